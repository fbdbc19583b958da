"""What the remote backend (remote.py) learns about its endpoint at start-up, by standard SPARQL 1.1 only: the
dataset's graphs (discover), whether the materialised set graphs hold exactly the union of their members
(check_set_graphs: then one of them is the default graph sent, README "Running on another SPARQL endpoint"), and
the endpoint's row limit (check_row_limit). A mixin of `Remote`, which holds the HTTP client and `_post`."""
from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pyoxigraph as ox

from api.service import dialect
from api.service.backend import QueryFailed

EMPTY_GRAPH = "urn:x-gwr:no-such-graph"        # stands for a graph IRI the endpoint does not hold
# JSON, not XML: pyoxigraph's XML results reader trims the white space around a literal's text (a quote's
# prefix "…\n" would lose its line break); Virtuoso's JSON (with SPARQL 1.0 "typed-literal") reads back exactly.
ACCEPT = {"solutions": "application/sparql-results+json", "boolean": "application/sparql-results+json",
          "graph": "application/n-triples"}
SCAN_SECONDS = 5.0               # start-up's scan of every quad's graph, before the lookups take over (discover)
CHECK_SECONDS = 5.0              # start-up's count of a set's union, before the check by sample (check_set_graphs)
SAMPLE = 16                      # members whose every triple the check by sample looks for in the set graph


class Inspection:
    """Start-up checks of the endpoint (see the module's docstring); `Remote` provides what is declared here."""
    endpoint: str
    base_iri: str
    graphs: list[str]
    row_limit: int | None
    counts: dict[str, int]

    async def _post(self, form: dict, accept: str, timeout: float) -> httpx.Response:
        raise NotImplementedError

    async def discover(self) -> list[str]:
        """This dataset's graphs on the endpoint (<base>graph/…), by standard SPARQL 1.1 only:

        1. the scan, every quad's graph (§13.3 GRAPH ?g) grouped and counted (scanned), under a short limit
           (SCAN_SECONDS): exact, and on Virtuoso 7.2 quick at any size (0.45 s over the drafted corpus' 32 M quads);
        2. past it (another engine, or a busy one), index lookups:
           the drafted graphs describe themselves (`<graph/draft/x> prov:wasGeneratedBy ?activity` inside graph x,
           api/extract/draft.py; PROV-O §3.1) — one predicate — and the reviewed graphs are those holding the
           triples of the reviewed set graph, <…/graph/set/reviewed> (api/graphsets.py: the README's isql line
           copies it), joined on ?s ?p ?o. Without that copy the scan is tried once more with the long limit.
           A reviewed graph that shares no triple with the copy (loaded after it was made) is not found this way;
           check_set_graphs cannot see that either: copy the set graph again after loading (README)."""
        try:
            return await self.scanned(SCAN_SECONDS)
        except TimeoutError:
            pass
        found = await self.looked_up()
        if found is None:
            logging.getLogger("api.service").warning(
                "listing the graphs of %s took more than %s s, and it holds no reviewed set graph: listing them "
                "without a limit", self.endpoint, SCAN_SECONDS)
            return await self.scanned(120.0)
        return found

    async def scanned(self, seconds: float) -> list[str]:
        """discover()'s first step: the graphs under <base>graph/ and their quads (kept in `counts`), by one
        grouped count (§11.1). Virtuoso 7.2 answers it from its graph index (0.45 s over 32 M quads) where the
        same as SELECT DISTINCT ?g runs past 30 s, and so does any FILTER or HAVING on ?g: the prefix is kept
        here."""
        query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
        answer = await self._checking({"query": query, "timeout": str(int((seconds + 5) * 1000))}, seconds)
        prefix = self.base_iri + "graph/"
        self.counts = {row["g"]["value"]: int(row["n"]["value"])
                       for row in json.loads(answer.content).get("results", {}).get("bindings", [])
                       if row.get("g", {}).get("type") == "uri" and row["g"]["value"].startswith(prefix)}
        return sorted(self.counts)

    async def looked_up(self) -> list[str] | None:
        """discover()'s second step: the drafted graphs by their prov:wasGeneratedBy, the reviewed ones by the
        triples of the reviewed set graph, the set graphs that hold a triple; None without a reviewed set graph."""
        from api.graphsets import draft_prefix, set_iri, set_prefix
        prefix, drafts, sets = self.base_iri + "graph/", draft_prefix(self.base_iri), set_prefix(self.base_iri)
        copies = await self._graphs("SELECT ?g WHERE { VALUES ?g { " + " ".join(
            f"<{set_iri(self.base_iri, name)}>" for name in ("reviewed", "drafted"))
            + " } FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }", 120.0)
        reviewed_copy = set_iri(self.base_iri, "reviewed")
        if reviewed_copy not in copies:
            return None
        drafted = await self._graphs("SELECT ?g WHERE { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasGeneratedBy> "
                                     "?activity } FILTER(STRSTARTS(STR(?g), " + literal(drafts) + ")) }", 120.0)
        reviewed = await self._graphs(f"SELECT DISTINCT ?g WHERE {{ GRAPH <{reviewed_copy}> {{ ?s ?p ?o }} "
                                      "GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), " + literal(prefix) + ")) }",
                                      120.0)
        reviewed = [g for g in reviewed if not g.startswith((sets, drafts))]
        logging.getLogger("api.service").info(
            "listing the graphs of %s took more than %s s: %d drafted graphs found by their prov:wasGeneratedBy, "
            "%d reviewed ones by the triples of %s", self.endpoint, SCAN_SECONDS, len(drafted), len(reviewed),
            reviewed_copy)
        return sorted({*drafted, *reviewed, *copies})

    async def _graphs(self, query: str, seconds: float) -> list[str]:
        """The ?g column of a SELECT sent with the time limit `seconds` (to the endpoint too): TimeoutError past it."""
        # Virtuoso's own limit later than ours, never sooner: past its `timeout` it may answer a SELECT DISTINCT
        # with the rows found so far, HTTP 200 and no S1TAT header (seen with 7.2: 2,955 of 2,986 graphs at 2 s)
        response = await self._checking({"query": query, "timeout": str(int((seconds + 5) * 1000))}, seconds)
        solutions = ox.parse_query_results(response.content, format=ox.QueryResultsFormat.JSON)
        if not isinstance(solutions, ox.QuerySolutions):
            raise RuntimeError(f"{self.endpoint} answered a SELECT query with a boolean")
        graphs = sorted({s["g"].value for s in solutions if isinstance(s["g"], ox.NamedNode)})
        del solutions           # unsendable: not kept alive by a traceback that another thread drops
        return graphs

    async def check_set_graphs(self) -> None:
        """Keep a materialised set graph (<…/graph/set/reviewed>, api/graphsets.py) only if it holds exactly the
        union of its members' triples: a query whose default graph is that one graph then runs 3× faster on
        Virtuoso than over the list of its members (README, "Running on another SPARQL endpoint"). A stale or
        partial copy is left unused (the members are named instead), with a warning.

        The cheapest check first. A copy made from the members holds at most their union, which holds at most
        their quads Σ (counted by the scan): a copy of exactly Σ triples is their union. Else the union is
        counted (SELECT DISTINCT over the members as default graph, §18.5; 1 s for the reviewed graphs). Where
        that runs past CHECK_SECONDS (the 2,903 drafted graphs, which share 579 k triples: more than 30 s on
        Virtuoso) the check is a sample: the copy holds at most Σ triples, and every triple of SAMPLE members
        spread over the list (§8.1 FILTER NOT EXISTS, 0.1 s each)."""
        from api.graphsets import SETS, GraphSets
        sets = GraphSets.of(self.graphs, self.base_iri)
        names = sorted(sets.materialised & set(SETS))       # checked side by side: each may wait CHECK_SECONDS
        checked = await asyncio.gather(*(self.check_set_graph(list(sets.members(n)) or [EMPTY_GRAPH], n)
                                         for n in names))
        unused = {iri for iri, ok in checked if not ok}
        self.graphs = [g for g in self.graphs if g not in unused]

    async def check_set_graph(self, members: list[str], name: str) -> tuple[str, bool]:
        from api.graphsets import set_iri
        iri = set_iri(self.base_iri, name)
        copy = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        held = await self._count({"query": copy, "default-graph-uri": [iri]})
        quads = sum(self.counts.get(g, 0) for g in members) if self.counts else None
        if held == quads:
            return iri, True
        union = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
        try:
            expected = await self._count({"query": union, "default-graph-uri": members}, CHECK_SECONDS)
        except TimeoutError:
            expected = held if await self.sampled(members, iri, held, quads) else -1
        if expected != held:
            logging.getLogger("api.service").warning(
                "%s holds %d triples, the union of its %d graphs %s: not used (load it again, README)",
                iri, held, len(members), expected if expected >= 0 else "is not there (checked by sample)")
        return iri, expected == held

    async def sampled(self, members: list[str], iri: str, held: int, quads: int | None) -> bool:
        """check_set_graphs' sample: at most Σ triples in the copy, and SAMPLE members wholly in it."""
        if quads is not None and held > quads:
            return False
        step = max(1, len(members) // SAMPLE)
        for member in members[step - 1::step][:SAMPLE]:
            query = f"ASK {{ GRAPH <{member}> {{ ?s ?p ?o }} FILTER NOT EXISTS {{ GRAPH <{iri}> {{ ?s ?p ?o }} }} }}"
            answer = await self._checking({"query": query, "timeout": str(int((CHECK_SECONDS + 5) * 1000))},
                                          CHECK_SECONDS)
            result = ox.parse_query_results(answer.content, format=ox.QueryResultsFormat.JSON)
            missing = result if isinstance(result, ox.QueryBoolean) else ask_value(result)
            if bool(missing):
                return False
        logging.getLogger("api.service").info("%s checked by sample: %d of its %d graphs, %d triples (Σ %s)",
                                              iri, min(SAMPLE, len(members)), len(members), held, quads)
        return True

    async def _checking(self, form: dict, seconds: float) -> httpx.Response:
        """A start-up query's answer (JSON results); TimeoutError past `seconds` or the endpoint's own limit."""
        try:
            return await self._post(form, ACCEPT["solutions"], seconds)
        except QueryFailed as exc:
            if "SR171" in exc.message:      # Virtuoso's "Transaction timed out" (its MaxQueryExecutionTime)
                raise TimeoutError() from None
            raise

    async def _count(self, form: dict, seconds: float = 120.0) -> int:
        answer = await self._checking({**form, "timeout": str(int((seconds + 5) * 1000))}, seconds)
        rows = json.loads(answer.content).get("results", {}).get("bindings", [])
        return int(rows[0]["n"]["value"]) if rows and "n" in rows[0] else 0

    async def check_row_limit(self) -> None:
        """Probe the endpoint's row limit (Virtuoso's ResultSetMaxRows) and refuse to start when it would cut a
        listing of this dataset's quads (README, "Running on another SPARQL endpoint"). The probe's dataset: the
        largest graphs that hold 1,001 quads together (every IRI sent costs Virtuoso time), else all; the quads
        counted are those the scan counted, else counted here (§13.3 GRAPH ?g over the members as named graphs)."""
        probed: list[str] = []
        for graph in sorted(self.counts, key=lambda g: -self.counts[g]):
            probed.append(graph)
            if sum(self.counts[g] for g in probed) > dialect.PROBE_ROWS ** 0.5:
                break
        else:
            probed = self.graphs
        form = {"query": dialect.probe_query(), "default-graph-uri": probed, "named-graph-uri": probed}
        response = await self._post(form, "text/csv", 120.0)
        self.row_limit = dialect.row_limit(response.headers)
        if self.row_limit is None:
            return
        count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        from api.graphsets import GraphSets
        members = list(GraphSets.of(self.graphs, self.base_iri).members("all"))     # not the set graphs' copies
        quads = (sum(self.counts.get(g, 0) for g in members) if self.counts
                 else await self._count({"query": count, "named-graph-uri": members}))
        if self.row_limit <= quads:
            raise RuntimeError(f"{self.endpoint} cuts every answer at {self.row_limit} rows, fewer than the "
                               f"{quads} quads of this dataset: set ResultSetMaxRows (virtuoso.ini [SPARQL]) to "
                               f"{dialect.PROBE_ROWS} or more (README, Running on another SPARQL endpoint)")


def ask_value(solutions: ox.QuerySolutions) -> ox.QueryBoolean:
    rows = list(solutions)
    value = bool(rows) and rows[0][0] is not None and rows[0][0].value not in ("0", "false")
    result = ox.parse_query_results('{"head": {}, "boolean": %s}' % ("true" if value else "false"),
                                    format=ox.QueryResultsFormat.JSON)
    assert isinstance(result, ox.QueryBoolean), "a boolean result reads back as one"
    return result


def literal(value: str) -> str:
    return str(ox.Literal(value))
