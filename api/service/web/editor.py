"""The SPARQL editor page (GET /sparql by a browser): a form that works without script, made a CodeMirror editor
with a results table, downloads and a chart by static/editor.js; the service description in Turtle beside it."""
from __future__ import annotations

import json

from starlette.requests import Request

from api.service.web import i18n, render
from api.service.web.i18n import t

SERVICE = ("api-", "web-")      # the queries the service itself runs (JSON API, pages): listed after the others
START = "main-targets"          # the editor opens with it: every report's main targets, whatever the reports are


def editor_page(endpoint: str, description_turtle: str, request: Request | None) -> bytes:
    examples = []
    prefixes = {}
    if request is not None:
        engine = request.app.state.engine
        prefixes = engine.prefixes
        research = [q for q in engine.canned.values() if not q.name.startswith(SERVICE)]
        for q in research + [q for q in engine.canned.values() if q.name.startswith(SERVICE)]:
            examples.append({"name": q.name, "title": q.title or q.name, "text": q.text.strip(),
                             "api": q.name.startswith(SERVICE)})
    start = next((e["text"] for e in examples if e["name"] == START), "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10")
    config = {"endpoint": endpoint, "examples": examples, "prefixes": prefixes,
              "base": request.app.state.engine.settings.base_iri if request is not None else "",
              "lang": i18n.current.get(),
              "text": {k: t(k) for k in ("run", "table", "chart", "download", "results_as")}}
    return render("sparql.html", title=t("editor_title"), endpoint=endpoint, turtle=description_turtle,
                  examples=examples, start=start, config=json.dumps(config, ensure_ascii=False).replace("</", "<\\/"),
                  prefixes=prefixes)
