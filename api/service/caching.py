"""Validators and caching for the JSON API (/api/…), keyed on the data version.

The data never changes while the service runs: an /api answer is a function of the dump being served (its
SHA-256, engine.dump_sha256), the request's URL and the headers it varies on (Accept, for the canned queries'
formats). Every 200 answer to GET or HEAD under /api/ therefore carries an entity tag made of those
(RFC 9110 §8.8.3) and `Cache-Control: public, no-cache` (RFC 9111 §5.2.2.4: caches may keep it but must
revalidate), and a request whose If-None-Match names that tag is answered 304 Not Modified (RFC 9110 §13.1.2,
§15.4.5) without running the route. A new data version changes every tag. The tag is weak (W/), as a
JSON answer is the same in meaning, not necessarily byte for byte, across the store's backends.
"""
from __future__ import annotations

import hashlib

from api.service.headers import secure

PREFIX = "/api/"
CACHE_CONTROL = b"public, no-cache"


def entity_tag(version: str, scope) -> bytes:
    """W/"<data version>-<hash of the request's URL and Accept>"."""
    headers = dict(scope.get("headers") or ())
    key = b"\n".join([scope.get("path", "").encode("utf-8"), scope.get("query_string", b""),
                      headers.get(b"accept", b""), headers.get(b"host", b"")])
    return b'W/"' + version[:16].encode() + b"-" + hashlib.sha256(key).hexdigest()[:24].encode() + b'"'


def matches(if_none_match: bytes, tag: bytes) -> bool:
    """RFC 9110 §13.1.2: `*`, or any listed tag equal by weak comparison."""
    listed = [t.strip() for t in if_none_match.split(b",")]
    return b"*" in listed or tag.removeprefix(b"W/") in [t.removeprefix(b"W/") for t in listed]


class ApiCache:
    """ASGI middleware: ETag and Cache-Control on /api answers, 304 on a matching If-None-Match."""

    def __init__(self, app, engine):
        self.app = app
        self.engine = engine

    async def __call__(self, scope, receive, send):
        if (scope["type"] != "http" or scope["method"] not in ("GET", "HEAD")
                or not scope["path"].startswith(PREFIX) or not self.engine.dump_sha256):
            return await self.app(scope, receive, send)
        tag = entity_tag(self.engine.dump_sha256, scope)
        condition = dict(scope.get("headers") or ()).get(b"if-none-match")
        if condition is not None and matches(condition, tag):
            reply = secure(send)
            await reply({"type": "http.response.start", "status": 304,
                         "headers": [(b"etag", tag), (b"cache-control", CACHE_CONTROL)]})
            await reply({"type": "http.response.body", "body": b""})
            return

        async def sending(message):
            if message["type"] == "http.response.start" and message["status"] == 200:
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                if b"etag" not in present:
                    headers.append((b"etag", tag))
                if b"cache-control" not in present:
                    headers.append((b"cache-control", CACHE_CONTROL))
                message = {**message, "headers": headers}
            await send(message)
        await self.app(scope, receive, sending)
