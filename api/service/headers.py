"""Security headers on every response, as a plain ASGI middleware driven by one table.

Every response carries `X-Content-Type-Options: nosniff` (the Fetch standard, §"X-Content-Type-Options"
header: browsers must not guess a script or a stylesheet out of a JSON or text body) and a
`Referrer-Policy` (W3C Referrer Policy). Documents a browser renders — HTML, and SVG, which can carry
script — also get a Content-Security-Policy (W3C CSP Level 3) that allows only this site's own scripts,
styles, fonts and images (the vendored assets under /static; `data:` images for the icons Swagger UI's
stylesheet and pyLODE's page embed), no plugins, no framing (`frame-ancestors 'none'`, and RFC 7034's
`X-Frame-Options: DENY` for older browsers), and forms and fetches to this origin only. The templates
therefore have no inline script, style element, style attribute or event-handler attribute; JSON data
blocks (`<script type="application/json">`) are not scripts and are allowed.

A header a route sets itself is kept. sparql.FastPath, which answers `GET /sparql?query=…` without the
middleware stack, sends through `secure()` too; the connection layer (connection.py) writes EVERY on the
responses it makes itself (400, 408, 431); problems.py's 500 carries them as well.
"""
from __future__ import annotations

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])

# (which responses, header, value); "every" or "document" (see DOCUMENT_TYPES)
TABLE = (
    ("every", b"x-content-type-options", b"nosniff"),
    ("every", b"referrer-policy", b"strict-origin-when-cross-origin"),
    ("document", b"content-security-policy", CSP.encode()),
    ("document", b"x-frame-options", b"DENY"),
)
DOCUMENT_TYPES = (b"text/html", b"application/xhtml+xml", b"image/svg+xml")
EVERY = tuple((name, value) for which, name, value in TABLE if which == "every")
DOCUMENT = tuple((name, value) for which, name, value in TABLE if which == "document")


def with_security_headers(headers) -> list[tuple[bytes, bytes]]:
    """A response's raw headers with the table's added (those the response already has are kept)."""
    headers = list(headers)
    present = set()
    document = False
    for name, value in headers:
        name = name.lower()
        present.add(name)
        if name == b"content-type":
            document = value.lower().lstrip().startswith(DOCUMENT_TYPES)
    for name, value in EVERY + DOCUMENT if document else EVERY:
        if name not in present:
            headers.append((name, value))
    return headers


def secure(send):
    """`send` that adds the security headers to the response start."""
    async def sending(message):
        if message["type"] == "http.response.start":
            message = {**message, "headers": with_security_headers(message.get("headers", ()))}
        await send(message)
    return sending


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        return await self.app(scope, receive, secure(send))
