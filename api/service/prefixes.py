"""The prefixes every query of the service may use without declaring them, and that its Turtle output uses
(SPARQL 1.1 §4.1.1.1: the prologue's PREFIX declarations; here given to the engine instead). The engine, the
workers, the remote backend, the dumps and the answers saved with an on-disk store all read them here."""
from __future__ import annotations

from api.iris import prefixes
from api.settings import Settings


def prefixes_for(settings: Settings) -> dict[str, str]:
    """The one table of api/iris.py, with gwr:, id: and graph: under the configured base."""
    return prefixes(settings.base_iri)
