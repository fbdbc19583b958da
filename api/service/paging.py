"""Paging links on every list of the JSON API: in the body (`links`) and as an RFC 8288 Link header.

Every list answer carries `links` with `self`, `first`, `prev`, `next` and `last` (null where there is no such
page) and the same links, those that exist, in a `Link` header with the registered relation types
(RFC 8288 §3.3; IANA Link Relations: first, last, next, prev, self). The links keep the request's own parameters
and change only the paging ones; they are absolute, under GWR_PUBLIC_BASE_URL when it is set (urls.py).

Two paging styles exist, one per list family: `offset`/`limit` (rows: canned queries, facts, search,
the lists of queries) and `page`/`size` (/api/entities, numbered pages).
"""
from __future__ import annotations

from collections.abc import Callable

from fastapi import Request

from api.service.urls import public_base

RELATIONS = ("self", "first", "prev", "next", "last")


def url_with(request: Request, **params) -> str:
    """The request's URL with some parameters replaced, under the public base."""
    url = request.url.include_query_params(**params)
    return public_base(request) + url.path.lstrip("/") + ("?" + url.query if url.query else "")


def window_links(request: Request, total: int, offset: int, limit: int,
                 params: Callable[[int], dict] | None = None) -> dict[str, str | None]:
    """The links of the window offset … offset + limit - 1 of `total` items. `params(offset)` gives the paging
    parameters of the window starting at that offset (offset/limit by default)."""
    make = params or (lambda start: {"offset": start, "limit": limit})
    last = max(0, (total - 1) // limit * limit) if total else 0
    return {
        "self": url_with(request, **make(offset)),
        "first": url_with(request, **make(0)),
        "prev": url_with(request, **make(max(0, offset - limit))) if offset > 0 else None,
        "next": url_with(request, **make(offset + limit)) if offset + limit < total else None,
        "last": url_with(request, **make(last)),
    }


def page_links(request: Request, total: int, page: int, size: int) -> dict[str, str | None]:
    """The links of numbered pages (page from 1, `size` items each)."""
    return window_links(request, total, (page - 1) * size, size,
                        lambda start: {"page": start // size + 1, "size": size})


def link_header(links: dict[str, str | None]) -> str:
    """RFC 8288 §3: `<url>; rel="next", …` for the links that exist."""
    return ", ".join(f'<{links[rel]}>; rel="{rel}"' for rel in RELATIONS if links.get(rel))
