"""A paragraph's text as HTML with spans marked: facts and statements shaded (<mark>), entity mentions
linked (<a>). Spans may nest or overlap, so the text is cut at every span boundary and each piece is
wrapped in the marks that cover it; neighbouring pieces with the same cover are merged."""
from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from markupsafe import Markup

from api.service.urls import href
from api.service.web import drafts

if TYPE_CHECKING:
    from api.service.web.model import SpanView


def mark(text: str, offset: int, spans, base_iri: str, labels=None, only: set[str] | None = None,
         focus: str | None = None) -> Markup:
    """`text` starts at code point `offset` of the report text. `only`: IRIs of the spans to mark (None: all).
    `focus`: the IRI of a span to mark as the one being shown (class "focus", id "focus")."""
    chosen = [s for s in spans if (only is None or s.iri in only) and offset <= s.start < s.end <= offset + len(text)]
    cuts = sorted({0, len(text)} | {s.start - offset for s in chosen} | {s.end - offset for s in chosen})
    pieces: list[tuple[str, tuple[SpanView, ...], SpanView | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        facts = tuple(s for s in chosen if s.kind != "mention" and s.start - offset <= a and b <= s.end - offset)
        mention = next((s for s in chosen if s.kind == "mention" and s.start - offset <= a and b <= s.end - offset),
                       None)
        piece = text[a:b]
        if pieces and pieces[-1][1] == facts and pieces[-1][2] is mention:
            pieces[-1] = (pieces[-1][0] + piece, facts, mention)
        else:
            pieces.append((piece, facts, mention))
    out = []
    focus_done = False
    for piece, facts, mention in pieces:
        html = escape(piece)
        if mention is not None:
            label = ""
            if labels is not None:
                e = labels(mention.entity)
                label = f' title="{escape(e)}"' if e else ""
            link = drafts.keep(href(mention.entity, base_iri))      # the page's graph set kept
            html = f'<a class="mention" href="{escape(link)}"{label}>{html}</a>'
        if facts:
            kinds = " ".join(sorted({f.kind for f in facts}))
            ids = " ".join(href(f.iri, base_iri) for f in facts)
            is_focus = focus is not None and any(f.iri == focus for f in facts)
            extra = ""
            if is_focus:
                kinds += " focus"
                if not focus_done:
                    extra = ' id="focus"'
                    focus_done = True
            title = " · ".join(f.label or f.quote for f in facts)
            html = (f'<mark class="{kinds}" data-facts="{escape(ids)}" title="{escape(title)}" tabindex="0"{extra}>'
                    f"{html}</mark>")
        out.append(html)
    return Markup("".join(out))
