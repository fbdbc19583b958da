"""The service's own URLs: its public base, and the links its pages make to the IRIs it serves."""
from __future__ import annotations

from starlette.requests import Request


def public_base(request: Request) -> str:
    """The service's own URL prefix: the configured public one (GWR_PUBLIC_BASE_URL), else the one the client
    used."""
    configured = request.app.state.engine.settings.public_base_url
    return (configured or str(request.base_url)).rstrip("/") + "/"


def href(iri: str, base_iri: str) -> str:
    """Our own IRIs (under the base IRI) link to this service, by path; others stay as they are."""
    return "/" + iri[len(base_iri):] if iri.startswith(base_iri) else iri
