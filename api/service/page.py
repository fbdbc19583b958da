"""HTML for people: entity pages, RDF documents as tables, the query form. Plain, escaped, no scripts
except the query form's own few lines."""
from __future__ import annotations

from html import escape

import pyoxigraph as ox

STYLE = """body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;
text-align:left;vertical-align:top}th{background:#f5f5f5}code{font-size:.9em}a{color:#0645ad}
.alt{font-size:.9em;color:#555}textarea{width:100%;font-family:monospace}small{color:#666}"""


def shell(title: str, body: str, alternates: list[tuple[str, str]] | None = None) -> bytes:
    alt = ""
    if alternates:
        alt = '<p class="alt">Also as: ' + " · ".join(
            f'<a href="{escape(href)}">{escape(label)}</a>' for label, href in alternates) + "</p>"
    return (f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>{alt}{body}</body></html>").encode()


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


def description_page(iri: str, title: str, rows: list[dict], prefixes: dict[str, str], base_iri: str,
                     alternates: list[tuple[str, str]]) -> bytes:
    out = [f'<p><code>{escape(iri)}</code></p><table><tr><th>subject</th><th>property</th><th>value</th></tr>']
    for row in rows:
        label = " / ".join(x["value"] for x in (row.get("zh"), row.get("en")) if x)
        subject = row["s"]["value"]
        subject_text = "#" + subject.split("#", 1)[1] if subject.startswith(iri + "#") else "·"
        out.append(f"<tr><td>{escape(subject_text)}</td><td>{cell(row['p'], prefixes, base_iri)}</td>"
                   f"<td>{cell(row['o'], prefixes, base_iri, label or None)}</td></tr>")
    out.append("</table>")
    return shell(title, "".join(out), alternates)


def triples_page(title: str, triples, prefixes: dict[str, str]) -> bytes:
    out = ["<table><tr><th>subject</th><th>property</th><th>value</th></tr>"]
    for t in triples:
        out.append("<tr>" + "".join(f"<td>{escape(short(x.value, prefixes) if isinstance(x, ox.NamedNode) else str(x))}</td>"
                                    for x in (t.subject, t.predicate, t.object)) + "</tr>")
    out.append("</table>")
    return shell(title, "".join(out))


def terms_page(title: str, rows: list[dict], prefixes: dict[str, str], alternates) -> bytes:
    out = ["<table><tr><th>term</th><th>kind</th><th>zh</th><th>en</th><th>definition</th></tr>"]
    for row in rows:
        name = row["term"]["value"].rsplit("#", 1)[-1]
        out.append(f'<tr id="{escape(name)}"><td><code>{escape(short(row["term"]["value"], prefixes))}</code></td>'
                   f'<td>{escape(short(row["kind"]["value"], prefixes))}</td>'
                   + "".join(f"<td>{escape(row[k]['value']) if k in row else ''}</td>" for k in ("zh", "en", "definition"))
                   + "</tr>")
    out.append("</table>")
    return shell(title, "".join(out), alternates)


def query_form(endpoint: str, description_turtle: str) -> bytes:
    body = f"""<form method="post" action="{escape(endpoint)}">
<textarea name="query" rows="12">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 10</textarea>
<p><label>Results as <select name="format"><option>json</option><option>xml</option><option>csv</option>
<option>tsv</option><option>turtle</option><option>jsonld</option></select></label>
<button type="submit">Run</button></p></form>
<p>Read-only SPARQL 1.1 endpoint. The default graph is the union of all named graphs. Queries are
limited in time and size; SERVICE is not available.</p>
<h2>Service description</h2><pre>{escape(description_turtle)}</pre>"""
    return shell("SPARQL endpoint", body)
