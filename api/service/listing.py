"""The ordered facts of a fact listing (/api/targets, /api/results), computed once per listing and kept, so that
a page asks the store for its own facts' rows only (facts.fact_page).

A listing is a class (gwr:Target or gwr:Result), the filters bound (indicator, place, period) and a graph set
(api/graphsets.py). Its order is api-facts.rq's (ORDER BY ?indicator ?period ?fact …); on the reviewed graphs every
fact has one row there, so paging by facts gives the rows and totals of paging by rows (tests/service/test_json.py,
test_parity.py). Over the drafted corpus (239,381 targets) the whole api-facts query took minutes, and even its
core ordered by Oxigraph 100 s: Oxigraph's ORDER BY compares terms by reading their strings from the store. So the
core is asked for unordered, as TSV (SPARQL 1.1 Query Results CSV and TSV Formats §4), one string a fact (key_query:
what costs on Virtuoso is writing the answer, term by term), and sorted here by the same keys (IRIs by code point,
like Oxigraph; a year by its lexical form). Paging in the query instead (ORDER BY … OFFSET … LIMIT, measured over
the drafted corpus on Virtuoso 7.2) costs 1.5–2.2 s a page, every page, and Virtuoso refuses an OFFSET past its
MaxSortedTopRows (10,000: "SR353"); on Oxigraph every page would pay the 100 s ORDER BY.
"""
from __future__ import annotations

from array import array

# api-facts.rq's first pattern, and the predicate of each of its variables there.
CORE = "?fact gwr:about ?place ; gwr:indicator ?indicator ; gwr:period ?period ; a ?class ."
PREDICATES = (("place", "gwr:about"), ("indicator", "gwr:indicator"), ("period", "gwr:period"), ("class", "a"))
KEPT = 64           # listings kept (least recently used dropped); a listing of every drafted target is ~13 MB


def bound(substitutions: dict) -> dict[str, str]:
    """The core's bound variables → their terms in N-Triples syntax (RDF terms the service made: checked IRIs,
    a year; pyoxigraph writes them escaped)."""
    names = dict(PREDICATES)
    return {name: str(term) for v, term in substitutions.items() if (name := getattr(v, "value", v)) in names}


def core(substitutions: dict) -> str:
    """The core pattern with the bound variables written as constants, each then BOUND to its variable: the same
    solutions as the pattern joined with the bindings (SPARQL 1.1 Query §18.2.2.6), but a pattern Oxigraph can
    start from (it plans substituted variables as unbound)."""
    terms = bound(substitutions)
    pattern = " ; ".join(f"{pred} {terms.get(name, '?' + name)}"
                         for name, pred in sorted(PREDICATES, key=lambda np: np[0] not in terms))
    return f"?fact {pattern} ." + "".join(f" BIND({term} AS ?{name})" for name, term in terms.items())


def key_query(substitutions: dict) -> str:
    """The listing's sort keys, unordered: one string per solution, `fact indicator period place` (each term's
    STR, SPARQL 1.1 Query §17.4.2.5, joined by spaces, §17.4.3.12 CONCAT). One term a row, not four: Virtuoso 7.2
    writes a SPARQL JSON answer at ~25 µs a term, so the four columns of every drafted target (958 k terms, 100 MB)
    took 26 s and every drafted result ran past its 30 s limit (bench/README.md), one column 6.8 s; the query
    itself, COUNT(*) of it, 0.09 s. A fact (or place, indicator) that is not an IRI or literal has no STR: the row
    is dropped, as a fact that is no IRI was before. With only the class bound, each predicate is a subquery of its
    own: Oxigraph then joins four scans by hashing (15 s over the drafted corpus) instead of looking each fact's
    three values up one by one (50 s)."""
    terms = bound(substitutions)
    if set(terms) <= {"class"}:
        parts = [f"{{ SELECT ?fact WHERE {{ ?fact a {terms['class']} }} }}" if "class" in terms else ""]
        parts += [f"{{ SELECT ?fact ?{name} WHERE {{ ?fact {pred} ?{name} }} }}"
                  for name, pred in PREDICATES if name != "class"]
        where = " ".join(p for p in parts if p)
    else:
        where = core(substitutions)
    key = ", ' ', ".join(f"STR(?{name})" for name in ("fact", "indicator", "period", "place"))
    return f"SELECT (CONCAT({key}) AS ?key) WHERE {{ {where} }}"     # gwr: is predeclared (api/iris.py)


class Facts:
    """Fact IRIs (N-Triples syntax) in a listing's order, held compactly: one string and the offsets into it."""

    def __init__(self, facts: list[str]):
        self.text = "\n".join(facts)
        self.starts = array("q", [0])
        for f in facts:
            self.starts.append(self.starts[-1] + len(f) + 1)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def page(self, offset: int, limit: int) -> list[str]:
        end = min(offset + limit, len(self))
        return [self.text[self.starts[i]:self.starts[i + 1] - 1] for i in range(offset, end)]


def ordered(tsv: str) -> Facts:
    """TSV rows of key_query (one literal a row, "fact indicator period place": IRIs hold no space, RFC 3987; a
    year none) → the facts in api-facts.rq's order (?indicator ?period ?fact, then ?place; strings by code point),
    each once (at its first place in that order), in N-Triples syntax."""
    rows = []
    for line in tsv.splitlines()[1:]:
        if line.startswith('"'):
            fact, indicator, period, place = (line[1:line.rindex('"')].split(" ", 3) + ["", "", ""])[:4]
            rows.append((indicator, period, fact, place))
    rows.sort()
    seen: set[str] = set()
    out = []
    for r in rows:
        if r[2] not in seen:
            seen.add(r[2])
            out.append(f"<{r[2]}>")
    return Facts(out)


async def ordered_facts(engine, substitutions: dict, graphs: str) -> Facts:
    """The listing's ordered facts, computed once (per engine: a served store never changes) and kept among the
    KEPT most recently used. A listing with no filter touches every fact of its set: it runs with the longer
    GWR_MAX_QUERY_TIMEOUT, as the catalogue does (there are six such listings: two classes, three sets)."""
    key = (graphs, tuple(sorted(bound(substitutions).items())))

    async def compute() -> Facts:
        unfiltered = set(bound(substitutions)) <= {"class"}
        answer = await engine.run(key_query(substitutions), results="tsv", graphs=graphs,
                                  timeout=engine.settings.max_query_timeout if unfiltered else None)
        return ordered((await answer.body()).decode("utf-8"))
    return await engine.recent("listing.facts", key, compute, KEPT)
