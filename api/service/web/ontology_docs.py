"""pyLODE's documentation page of the ontology (docs/ontology.html, written by the build), served by /ontology
(linked.py) and /docs/ontology.html (web/routes.py)."""
from __future__ import annotations

from fastapi import Request
from fastapi.concurrency import run_in_threadpool


async def ontology_docs_parts(request: Request, path) -> tuple[bytes, bytes]:
    """pyLODE's page and its stylesheet, which it writes inline: served as /docs/ontology.css so that
    the page keeps to the site's Content-Security-Policy (no inline style; headers.py)."""
    def load():
        text = path.read_text("utf-8")
        # pyLODE writes <html> without a language; the ontology's documentation is in English.
        text = text.replace("<html>", '<html lang="en">', 1)
        styles = []
        while (start := text.find("<style>")) != -1 and (end := text.find("</style>", start)) != -1:
            styles.append(text[start + len("<style>"):end])
            text = text[:start] + text[end + len("</style>"):]
        link = '<link rel="stylesheet" href="/docs/ontology.css">'
        text = text.replace("</head>", link + "\n</head>", 1) if styles else text
        return text.encode("utf-8"), "\n".join(styles).encode("utf-8")

    async def parts():
        return await run_in_threadpool(load)
    return await request.app.state.engine.once("web:ontology-docs", parts)
