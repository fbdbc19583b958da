"""Graph sets (issue 13): reviewed facts and machine-drafted ones in one store, never mixed by default.

The store holds two kinds of named graph (docs: README, "Reviewed and drafted"):

- reviewed: <base>graph/<report>, graph/entities, graph/ontology … — built from curated records;
- drafted:  <base>graph/draft/<report> — written by `python -m api draft-corpus`, loaded with GWR_DRAFTS (or into an
  on-disk store with `python -m api store --drafts`), every statement typed gwr:DraftedStatement.

Three graph-set IRIs name them: <base>graph/set/reviewed, <base>graph/set/drafted, <base>graph/set/all. They are not
graphs of the store; wherever a query's dataset can name a graph they stand for their members:

- SPARQL 1.1 Protocol (§2.1.4): default-graph-uri / named-graph-uri = a set IRI;
- SPARQL 1.1 Query (§13.2): FROM <…/graph/set/drafted> / FROM NAMED <…/graph/set/all>;
- the JSON API and pages: ?graphs=reviewed (the default) | drafted | all.

A query that names no dataset sees the REVIEWED set as its RDF dataset (§13.1): the default graph is the union of
the reviewed graphs and GRAPH ?g ranges over them only. When the store holds no drafted graph this is the union of
every graph (Oxigraph's use_default_graph_as_union, the fast path), exactly as before drafts existed.

Materialised sets. Oxigraph evaluates a default graph made of N graphs as N index scans per pattern: over the 2,903
drafted graphs a lookup took minutes (bench/README.md). So where drafts are loaded (api/store.py) every quad is also
written, once, into the graph of its set, <…/graph/set/reviewed> or <…/graph/set/drafted>; a set's default graph is
then that one graph (two for "all"), and its named graphs stay the per-report graphs. These set graphs are never
among the named graphs of any set, so GRAPH ?g never sees a quad twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SETS = ("reviewed", "drafted", "all")
DRAFT_FACT = "/id/draft-fact/"          # the IRIs the drafter mints for facts (api/extract/draft.py)
DEFAULT_SET = "reviewed"


def set_prefix(base: str) -> str:
    return base + "graph/set/"


def draft_prefix(base: str) -> str:
    return base + "graph/draft/"


def set_iri(base: str, name: str) -> str:
    return set_prefix(base) + name


class UnknownGraphSet(ValueError):
    """A graph-set name or IRI that is none of SETS."""


def check(name: str | None) -> str:
    """A requested set name (None, "" → the default, reviewed); UnknownGraphSet otherwise."""
    if not name:
        return DEFAULT_SET
    if name not in SETS:
        raise UnknownGraphSet(f"unknown graph set {name!r}: use one of {', '.join(SETS)}")
    return name


@dataclass(frozen=True)
class GraphSets:
    """The store's named graphs split into reviewed and drafted, by IRI (graph/draft/ is the drafted prefix), and
    the set graphs materialised in the store (`materialised`: set names)."""
    base: str
    reviewed: tuple[str, ...]
    drafted: tuple[str, ...]
    materialised: frozenset[str] = frozenset()

    @classmethod
    def of(cls, graphs: Iterable[str], base: str) -> GraphSets:
        prefix, sets = draft_prefix(base), set_prefix(base)
        names = sorted(set(graphs))
        return cls(base, tuple(g for g in names if not g.startswith((prefix, sets))),
                   tuple(g for g in names if g.startswith(prefix)),
                   frozenset(g[len(sets):] for g in names if g.startswith(sets)))

    @property
    def has_drafts(self) -> bool:
        return bool(self.drafted)

    def iris(self) -> frozenset[str]:
        """The set IRIs, which a query may name as if they were graphs."""
        return frozenset(set_iri(self.base, name) for name in SETS)

    def members(self, name: str) -> tuple[str, ...]:
        name = check(name)
        if name == "reviewed":
            return self.reviewed
        if name == "drafted":
            return self.drafted
        return self.reviewed + self.drafted

    def default_members(self, name: str) -> tuple[str, ...]:
        """The graphs whose union is the set's default graph: its materialised set graph(s) where present."""
        parts = ("reviewed", "drafted") if check(name) == "all" else (name,)
        if all(p in self.materialised for p in parts):
            return tuple(set_iri(self.base, p) for p in parts)
        return self.members(name)

    def expand(self, graphs: Iterable[str], default: bool = False) -> list[str]:
        """Graph IRIs with every set IRI replaced by its members (in a default graph: its default members), in
        order, each once."""
        prefix = set_prefix(self.base)
        out: list[str] = []
        seen: set[str] = set()
        for g in graphs:
            name = g[len(prefix):] if g.startswith(prefix) else ""
            replaced = ((self.default_members(name) if default else self.members(name)) if name in SETS else (g,))
            for member in replaced:
                if member not in seen:
                    seen.add(member)
                    out.append(member)
        return out

    def names_a_set(self, graphs: Iterable[str]) -> bool:
        return any(g in self.iris() for g in graphs)

    def dataset(self, name: str | None) -> tuple[list[str], list[str]] | None:
        """The RDF dataset (default graph's members, named graphs) of a query that names none, for the set
        `name`; None where the union of every graph is that dataset (no drafts loaded)."""
        name = check(name)
        if not self.has_drafts:
            return None
        return list(self.default_members(name)), list(self.members(name))


# The last store asked about, held with its sets: a worker serves one store for its life, so this is read once
# per worker. Kept by identity, not by id(): an id is reused once its store is freed (tests open many stores), and
# a freed store's sets would then be served for another. One entry keeps at most one store alive.
_LAST: list = []


def of_store(store, base: str) -> GraphSets:
    """The graph sets of a pyoxigraph store (read once per store object: a served store never changes)."""
    if _LAST and _LAST[0] is store and _LAST[1] == base:
        return _LAST[2]
    import pyoxigraph as ox
    sets = GraphSets.of((g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)), base)
    _LAST[:] = [store, base, sets]
    return sets


# The words by which a query can reach named graphs (GRAPH …, FROM NAMED): outside IRIs (…/graph/set/…) and names
# (gwr:graphs). A text without them sees its default graph only (SPARQL 1.1 §13.3), whatever the named graphs are;
# a text with a codepoint escape (\u0047RAPH, which §19.2 processes before parsing) is taken to name them.
NAMING = re.compile(r"(?i)(?<![\w/:#-])(?:GRAPH|NAMED)(?![\w/:#-])")


def query_dataset(store, base: str, graphs: str | None = None, default_graph: list[str] | None = None,
                  named_graphs: list[str] | None = None, text: str | None = None) -> dict:
    """Store.query's dataset arguments: an explicit dataset (its set IRIs expanded), else the set `graphs` names
    (reviewed by default) — the union of every graph when that is the same. A set's named graphs are left out
    (an empty list) for a `text` that cannot reach them (NAMING): the answer is the same, and Oxigraph, given the
    drafted corpus' 2,999 named graphs, took 3 to 4 times as long over the default graph alone."""
    import pyoxigraph as ox
    sets = of_store(store, base)
    if default_graph is not None or named_graphs is not None:
        return {"default_graph": [ox.NamedNode(g) for g in sets.expand(default_graph or [], default=True)],
                "named_graphs": [ox.NamedNode(g) for g in sets.expand(named_graphs or [])]}
    dataset = sets.dataset(graphs)
    if dataset is None:
        return {"use_default_graph_as_union": True}
    default, named = dataset
    if text is not None and not NAMING.search(text) and "\\u" not in text.lower():
        named = []
    return {"default_graph": [ox.NamedNode(g) for g in default], "named_graphs": [ox.NamedNode(g) for g in named]}


def materialise(store, base: str, path, drafted: bool) -> None:
    """Copy every quad of an N-Quads file (gzip when it ends in .gz) into the graph of its set (<…/graph/set/
    drafted> when `drafted`, else <…/graph/set/reviewed>), streaming: the set's default graph is then one graph."""
    import gzip

    import pyoxigraph as ox
    target = ox.NamedNode(set_iri(base, "drafted" if drafted else "reviewed"))
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as fh:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, target)
                          for q in ox.parse(fh, format=ox.RdfFormat.N_QUADS))


def materialise_update(base: str, name: str) -> str:
    """The SPARQL 1.1 Update (§3.1.3 INSERT … WHERE) that copies the triples of a set's members into its set graph
    on another store (Virtuoso: run it in isql after loading the dumps, README "Running on another SPARQL
    endpoint"); the remote backend checks the copy at start-up and uses it as the set's default graph."""
    check(name)
    if name == "all":
        raise UnknownGraphSet("the set 'all' is the reviewed and drafted set graphs together: copy those two")
    graph, drafts, sets = base + "graph/", draft_prefix(base), set_prefix(base)
    # single-quoted literals (§19.8 [156] STRING_LITERAL1): the text goes inside isql's exec="…"
    keep = f"STRSTARTS(STR(?g), '{drafts}')" if name == "drafted" else \
        f"STRSTARTS(STR(?g), '{graph}') && !STRSTARTS(STR(?g), '{drafts}') && !STRSTARTS(STR(?g), '{sets}')"
    return (f"INSERT {{ GRAPH <{set_iri(base, name)}> {{ ?s ?p ?o }} }} "
            f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER({keep}) }}")


# ---- a canned query over a graph set: the one rule of the JSON API and the pages ----

def drafted(iri: str) -> bool:
    return DRAFT_FACT in (iri or "")


FACT_COLUMNS = ("fact", "target", "statement")      # a canned query's columns that name a fact
SELECT_CLAUSE = re.compile(r"\bSELECT\b(.*?)\bWHERE\b", re.S | re.I)


def fact_columns(text: str) -> list[str]:
    """The FACT_COLUMNS a canned query's first SELECT clause projects."""
    found = SELECT_CLAUSE.search(strip_comments(text))
    names = set(re.findall(r"[?$](\w+)", found.group(1))) if found else set()
    return [c for c in FACT_COLUMNS if c in names]


def strip_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def over_set(text: str, chosen: str | None) -> tuple[str, str | None]:
    """A canned query (text) as run for the graph set `chosen`, and the engine's `graphs` argument for it: the
    one rule of the JSON API's canned queries (/api/series, /api/cascade, /api/queries/…) and of the pages.

    Reviewed (the default) and all: the text unchanged, over that set. Drafted: drafted facts name the reviewed
    vocabulary and entities (a comparison's skos:notation, a place's label), which the drafted graphs do not hold,
    so over the drafted graphs alone a query that joins them answers nothing. A query whose rows name a fact
    (fact_columns) therefore runs over all the graphs and keeps the rows that name a drafted fact: a FILTER closing
    its outermost group (SPARQL 1.1 §17.4.3.5 CONTAINS; on an unbound column the test is an error, which `||`
    with a true test makes true, §17.2). Any other query runs over the drafted graphs."""
    chosen = check(chosen)
    if chosen == DEFAULT_SET:
        return text, None
    columns = fact_columns(text)
    if chosen != "drafted" or not columns:
        return text, chosen
    body = strip_comments(text)
    end = body.rfind("}")
    if end < 0:
        return text, chosen
    test = " || ".join(f'CONTAINS(STR(?{c}), "{DRAFT_FACT}")' for c in columns)
    return body[:end] + f"  FILTER({test})\n" + body[end:], "all"
