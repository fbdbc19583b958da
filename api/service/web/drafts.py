"""Reviewed and drafted facts on the pages (issue 13, deliverable 7; README, "Reviewed and drafted").

Every page that lists facts reads ?graphs= by the JSON API's one rule (api/graphsets.check: reviewed, the default;
drafted; all; anything else a 400), runs its queries over that graph set, and:

- shows a switch (reviewed / drafted / all) that keeps the page's other query parameters, when the store holds
  drafted graphs (none: no switch);
- keeps ?graphs= in the links between pages when it is not the default (`keep`);
- marks every drafted fact it shows (机器草拟·未审核 / machine-drafted, unreviewed), linking to the extraction
  activity that generated its graph (PROV-O, https://www.w3.org/TR/prov-o/#wasGeneratedBy) and saying the
  extractor's precision the graph carries (DQV, https://www.w3.org/TR/vocab-dqv/#dqv:hasQualityMeasurement).

The page's set is held in a context variable for the time of one handler (`pages`), as i18n.current holds its
language, so that the templates' links and marks read it without every render call passing it on.
"""
from __future__ import annotations

import json
from contextvars import ContextVar
from dataclasses import dataclass, field
from urllib.parse import urlencode

from markupsafe import Markup
from starlette.requests import Request

from api.graphsets import DEFAULT_SET, DRAFT_FACT, SETS, check, draft_prefix, drafted
from api.service.web.i18n import t

# The draft graphs, their extraction activity and the precision they carry. Over the drafted set's default graph
# (one materialised graph where drafts are loaded): one scan, once per store.
PROVENANCE = """PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dqv: <http://www.w3.org/ns/dqv#>
SELECT ?g ?activity ?metric ?value WHERE {
  ?g prov:wasGeneratedBy ?activity .
  FILTER(STRSTARTS(STR(?g), "%s"))
  OPTIONAL { ?g dqv:hasQualityMeasurement ?m . ?m dqv:isMeasurementOf ?metric ; dqv:value ?value }
}"""


@dataclass
class Draft:
    """One drafted graph: the report key it was drafted from, its activity and precision by field."""
    key: str
    activity: str
    precision: dict[str, float] = field(default_factory=dict)


@dataclass
class PageSet:
    name: str                                   # reviewed | drafted | all
    drafts: dict[str, Draft]                    # report key → its draft graph ({} where none are loaded)
    base: str = ""                              # the base IRI
    path: str = "/"
    params: list[tuple[str, str]] = field(default_factory=list)   # the page's other query parameters


current: ContextVar[PageSet | None] = ContextVar("graph_set", default=None)


async def drafted_graphs(engine) -> dict[str, Draft]:
    """The store's draft graphs by report key (computed once: the store never changes while serving)."""
    base = engine.settings.base_iri
    prefix = draft_prefix(base)

    async def load() -> dict[str, Draft]:
        answer = await engine.run(PROVENANCE % prefix, results="json", graphs="drafted")
        rows = json.loads(await answer.body())["results"]["bindings"]
        out: dict[str, Draft] = {}
        for r in rows:
            key = r["g"]["value"][len(prefix):]
            d = out.setdefault(key, Draft(key, r["activity"]["value"]))
            if "metric" in r and "value" in r:
                metric = r["metric"]["value"].rsplit("/", 1)[-1].removeprefix("extract-precision-")
                try:
                    d.precision[metric] = float(r["value"]["value"])
                except ValueError:
                    pass
        return out
    return await engine.once("web:drafts", load)


def name() -> str:
    """The page's graph set (reviewed outside a page)."""
    state = current.get()
    return state.name if state else DEFAULT_SET


def graphs() -> str | None:
    """What the engine's `graphs` argument takes for the page's set (None: the default, reviewed)."""
    chosen = name()
    return None if chosen == DEFAULT_SET else chosen


def described(chosen: str | None = None) -> str | None:
    """The graph set a resource's own description is read from, for a page (or machine twin) of the set `chosen`
    (the page's by default): the reviewed graphs by default; under drafted or all, every graph, so that a drafted
    fact and the reviewed entities it names both resolve."""
    chosen = chosen or name()
    return None if chosen == DEFAULT_SET else "all"


def keep(url: str) -> str:
    """A link to another page of the service that keeps the page's set when it is not the default."""
    chosen = name()
    if chosen == DEFAULT_SET or not url.startswith(("/", "?")) or url.startswith(("/sparql", "/docs", "/static")):
        return url
    url, hash_, fragment = url.partition("#")
    if "graphs=" in url:
        return url + hash_ + fragment
    return url + ("&" if "?" in url else "?") + "graphs=" + chosen + hash_ + fragment


# the switch's wording (web/i18n.py keys) for each graph set
SET_WORDS = {"reviewed": "graphs_reviewed", "drafted": "graphs_drafted", "all": "graphs_all"}


def switch() -> list[dict]:
    """The switch's links (reviewed / drafted / all), each keeping the page's other query parameters; [] when the
    store holds no drafted graph."""
    state = current.get()
    if state is None or not state.drafts:
        return []
    out = []
    for s in SETS:
        params = state.params + ([("graphs", s)] if s != DEFAULT_SET else [])
        out.append({"name": s, "href": state.path + ("?" + urlencode(params) if params else ""),
                    "current": s == state.name, "words": SET_WORDS[s]})
    return out


def draft_of(iri: str) -> Draft | None:
    """The draft graph a drafted fact belongs to: its IRI is id/draft-fact/<report>-<n> (the longest report key
    that prefixes it)."""
    state = current.get()
    if state is None or not drafted(iri):
        return None
    local = iri.split(DRAFT_FACT, 1)[1]
    found = [d for k, d in state.drafts.items() if local.startswith(k + "-")]
    return max(found, key=lambda d: len(d.key)) if found else None


def mark(iri: str) -> Markup:
    """The visible mark of a drafted fact (nothing for a reviewed one): its words, a link to the activity that
    drafted it, the extractor's measured precision (also in its title), and a link to the drafted graph itself
    (/graph/draft/<report>, linked.drafted_graph: the RDF document of everything drafted from that report)."""
    if not drafted(iri):
        return Markup("")
    state = current.get()
    base = state.base if state else ""
    d = draft_of(iri)
    words = t("drafted_mark")
    if d is None:
        return Markup('<span class="drafted-mark">{}</span>').format(words)
    precision = ", ".join(f"{k} {v:.0%}" for k, v in sorted(d.precision.items())) or t("drafted_no_precision")
    title = f"{words} — {t('drafted_precision')}: {precision}"
    href = keep("/" + d.activity[len(base):]) if d.activity.startswith(base) else d.activity
    return Markup('<a class="drafted-mark" href="{}" title="{}">{}</a> <small class="precision">{}: {} · '
                  '<a class="drafted-graph" href="/graph/draft/{}">{}</a></small>'
                  ).format(href, title, words, t("drafted_precision"), precision, d.key, t("drafted_graph"))


async def enter(request: Request) -> PageSet:
    """Read ?graphs= (UnknownGraphSet for another value) and the store's draft graphs: the page's set."""
    chosen = check(request.query_params.get("graphs"))
    sets = await drafted_graphs(request.app.state.engine)
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("graphs", "lang")]
    return PageSet(chosen, sets, request.app.state.engine.settings.base_iri, request.url.path, params)
