"""HTML for people: RDF documents as tables, inside the site's layout (api/service/web/templates).
Entity pages, the report reader and the SPARQL editor live in api/service/web."""
from __future__ import annotations

from html import escape

import pyoxigraph as ox
from markupsafe import Markup

from api.service.urls import href
from api.service.web import render


def shell(title: str, body: str, alternates: list[tuple[str, str]] | None = None) -> bytes:
    """A page of the site's layout around already escaped HTML."""
    return render("plain.html", title=title, body=Markup(body), alternates=alternates or [])


def prefixed(iri: str, prefixes: dict[str, str]) -> str:
    """An IRI as a prefixed name (rdf:type) by the longest namespace that fits; the IRI when none does."""
    best = ""
    for name, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, label = ns, f"{name}:{iri[len(ns):]}"
    return label if best else iri


def cell(term: dict, prefixes: dict[str, str], base_iri: str, label: str | None = None) -> str:
    """A SPARQL JSON term as HTML."""
    if term["type"] == "uri":
        text = escape(prefixed(term["value"], prefixes))
        extra = f" <small>{escape(label)}</small>" if label else ""
        return f'<a href="{escape(href(term["value"], base_iri))}">{text}</a>{extra}'
    if term["type"] == "bnode":
        return f"<code>_:{escape(term['value'])}</code>"
    lang = term.get("xml:lang")
    tail = f" <small>@{escape(lang)}</small>" if lang else ""
    if term.get("datatype"):
        tail = f" <small>{escape(prefixed(term['datatype'], prefixes))}</small>"
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


def head(*names: str) -> str:
    """Column headings of a table."""
    return "".join(f'<th scope="col">{name}</th>' for name in names)


def triples_page(title: str, triples, prefixes: dict[str, str]) -> bytes:
    out = ['<div class="scroll"><table><tr>' + head("subject", "property", "value") + "</tr>"]
    for t in triples:
        out.append("<tr>" + "".join("<td>" + escape(prefixed(x.value, prefixes) if isinstance(x, ox.NamedNode)
                                                     else str(x)) + "</td>"
                                    for x in (t.subject, t.predicate, t.object)) + "</tr>")
    out.append("</table></div>")
    return shell(title, "".join(out))


def terms_page(title: str, rows: list[dict], prefixes: dict[str, str], alternates) -> bytes:
    out = ['<div class="scroll"><table><tr>' + head("term", "kind", "zh", "en", "definition") + "</tr>"]
    for row in rows:
        name = row["term"]["value"].rsplit("#", 1)[-1]
        out.append(f'<tr id="{escape(name)}"><td><code>{escape(prefixed(row["term"]["value"], prefixes))}</code></td>'
                   f'<td>{escape(prefixed(row["kind"]["value"], prefixes))}</td>'
                   + "".join(f"<td>{escape(row[k]['value']) if k in row else ''}</td>"
                             for k in ("zh", "en", "definition"))
                   + "</tr>")
    out.append("</table></div>")
    return shell(title, "".join(out), alternates)

