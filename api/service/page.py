"""HTML for people: RDF documents as tables, inside the site's layout (api/service/web/templates).
Entity pages, the report reader and the SPARQL editor live in api/service/web."""
from __future__ import annotations

from html import escape

import pyoxigraph as ox


def shell(title: str, body: str, alternates: list[tuple[str, str]] | None = None) -> bytes:
    """A page of the site's layout around already escaped HTML."""
    from markupsafe import Markup

    from api.service.web import render
    return render("plain.html", title=title, body=Markup(body), alternates=alternates or [])


def short(iri: str, prefixes: dict[str, str]) -> str:
    best = ""
    for name, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, label = ns, f"{name}:{iri[len(ns):]}"
    return label if best else iri


def local_href(iri: str, base_iri: str) -> str:
    """Our own IRIs link to this service; others stay as they are."""
    if iri.startswith(base_iri):
        return "/" + iri[len(base_iri):]
    return iri


def cell(term: dict, prefixes: dict[str, str], base_iri: str, label: str | None = None) -> str:
    """A SPARQL JSON term as HTML."""
    if term["type"] == "uri":
        text = escape(short(term["value"], prefixes))
        extra = f" <small>{escape(label)}</small>" if label else ""
        return f'<a href="{escape(local_href(term["value"], base_iri))}">{text}</a>{extra}'
    if term["type"] == "bnode":
        return f"<code>_:{escape(term['value'])}</code>"
    lang = term.get("xml:lang")
    tail = f" <small>@{escape(lang)}</small>" if lang else ""
    if term.get("datatype"):
        tail = f" <small>{escape(short(term['datatype'], prefixes))}</small>"
    return escape(term["value"]) + tail


def description_table(iri: str, rows: list[dict], prefixes: dict[str, str], base_iri: str) -> str:
    out = ['<div class="scroll"><table class="describe"><thead><tr><th scope="col">subject</th>'
           '<th scope="col">property</th><th scope="col">value</th></tr></thead><tbody>']
    for row in rows:
        label = " / ".join(x["value"] for x in (row.get("zh"), row.get("en")) if x)
        subject = row["s"]["value"]
        subject_text = "#" + subject.split("#", 1)[1] if subject.startswith(iri + "#") else "·"
        out.append(f"<tr><td>{escape(subject_text)}</td><td>{cell(row['p'], prefixes, base_iri)}</td>"
                   f"<td>{cell(row['o'], prefixes, base_iri, label or None)}</td></tr>")
    out.append("</tbody></table></div>")
    return "".join(out)


def description_page(iri: str, title: str, rows: list[dict], prefixes: dict[str, str], base_iri: str,
                     alternates: list[tuple[str, str]]) -> bytes:
    body = f'<p><code>{escape(iri)}</code></p>' + description_table(iri, rows, prefixes, base_iri)
    return shell(title, body, alternates)


def triples_page(title: str, triples, prefixes: dict[str, str]) -> bytes:
    out = ['<div class="scroll"><table><tr><th scope="col">subject</th><th scope="col">property</th><th scope="col">value</th></tr>']
    for t in triples:
        out.append("<tr>" + "".join(f"<td>{escape(short(x.value, prefixes) if isinstance(x, ox.NamedNode) else str(x))}</td>"
                                    for x in (t.subject, t.predicate, t.object)) + "</tr>")
    out.append("</table></div>")
    return shell(title, "".join(out))


def terms_page(title: str, rows: list[dict], prefixes: dict[str, str], alternates) -> bytes:
    out = ['<div class="scroll"><table><tr><th scope="col">term</th><th scope="col">kind</th><th scope="col">zh</th><th scope="col">en</th><th scope="col">definition</th></tr>']
    for row in rows:
        name = row["term"]["value"].rsplit("#", 1)[-1]
        out.append(f'<tr id="{escape(name)}"><td><code>{escape(short(row["term"]["value"], prefixes))}</code></td>'
                   f'<td>{escape(short(row["kind"]["value"], prefixes))}</td>'
                   + "".join(f"<td>{escape(row[k]['value']) if k in row else ''}</td>" for k in ("zh", "en", "definition"))
                   + "</tr>")
    out.append("</table></div>")
    return shell(title, "".join(out), alternates)


def query_form(endpoint: str, description_turtle: str, request=None) -> bytes:
    """The SPARQL editor (GET /sparql by a browser): a form that works without script, made a CodeMirror
    editor with a results table, downloads and a chart by static/editor.js."""
    from api.service.web.routes import editor_page
    return editor_page(endpoint, description_turtle, request)
