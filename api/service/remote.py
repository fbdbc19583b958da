"""Another SPARQL 1.1 endpoint as the service's engine (GWR_SPARQL_ENDPOINT), in place of the worker pool.

`Remote` is a backend (backend.Backend) as the worker pool is: `start`, `close`, `run(request, timeout) -> Answer`,
and what /health reads (`load`, `isolation`), so every route works unchanged. For each query it

1. undoes its \\u escapes (SPARQL 1.1 §19.2), so that the text checked is the text sent, and screens it with
   the guard (api/service/guard.py: a real SPARQL 1.1 parse, in a thread): SERVICE and updates are refused,
   and the FROM / FROM NAMED graphs, the functions called and the WHERE group are read from that parse.
   We cannot sandbox another server: for this backend the guard is the only line of defence;
2. refuses function calls by IRI other than the XSD casts (§17.5), so no built-in of the engine (Virtuoso's
   `bif:http_get`, `sql:` procedures …) can fetch or run anything;
3. checks it with pyoxigraph on an empty store (with an empty VALUES block joined to its WHERE group, so
   that nothing is evaluated): only standard SPARQL 1.1 goes on (an engine's own extensions — Virtuoso's
   `define` pragmas, `OPTION` — are syntax errors), and the result form (solutions, boolean, graph) is known
   before sending;
4. sends it by the SPARQL 1.1 Protocol (§2.1.2, POST form) with the dataset fixed by `default-graph-uri` and
   `named-graph-uri` (§2.1.4): the union of this dataset's graphs, or the graphs the query's FROM / FROM NAMED
   name that exist there — so the endpoint's own system graphs stay out, and no FROM IRI is ever
   dereferenced; substitutions (canned-query parameters) go in as a VALUES block at the top of the WHERE
   group, terms written by pyoxigraph, never pasted into the text as strings;
5. passes the time limit to the endpoint (Virtuoso's `timeout` parameter, in ms: the engine stops the query
   there) and keeps its own deadline; a partial "anytime" answer (`X-SQL-State: S1TAT`) is a timeout;
6. parses the answer with pyoxigraph and writes it in the requested format, so clients get the same bytes
   and the same term forms as from the embedded store, after evening out what the engine answers
   differently (dialect.py: booleans, empty GROUP_CONCATs, DESCRIBE's shape);
7. never passes on a cut answer: Virtuoso cuts every answer at its `ResultSetMaxRows` with HTTP 200. The limit
   is probed at start-up (a dataset it cuts is refused there); a SELECT answer that says it was cut
   (`X-SPARQL-MaxRows`) and a graph answer with as many triples as the limit are refused (422).

The service never sends updates: the routes refuse them before a query gets here.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import httpx
import pyoxigraph as ox

from api.graphsets import GraphSets
from api.service import dialect
from api.service.backend import Answer, Isolation, Load, Overloaded, QueryFailed, QueryTimeout
from api.service.formats import GRAPH_FORMATS, RESULT_FORMATS, written
from api.service.guard import GuardSyntaxError, QueryRefused, Screening, screen, unescape
from api.service.inspection import ACCEPT, EMPTY_GRAPH, Inspection, ask_value
from api.service.worker import term

XSD = "http://www.w3.org/2001/XMLSchema#"
SCREENINGS = 256                 # query texts whose screening is remembered
MARGIN = 2.0                     # seconds the endpoint's limit is later than the service's (run)
INERT = " VALUES () { } "        # no solution: joined first, it keeps pyoxigraph from evaluating anything


@dataclass
class Prepared:
    kind: str                       # solutions | boolean | graph
    text: str                       # what the endpoint gets
    default_graphs: list[str]
    named_graphs: list[str]
    key: str                        # the format key of the answer (the request's "graph" or "results")
    assigned: dialect.Assigned = dialect.NOTHING        # variables bound by booleans and by GROUP_CONCAT


@dataclass
class Remote(Inspection):
    endpoint: str
    base_iri: str
    prefixes: dict[str, str]
    max_pending: int
    max_bytes: int
    graphs: list[str] = field(default_factory=list)          # this dataset's graphs on the endpoint
    row_limit: int | None = None                             # the endpoint's ResultSetMaxRows, if under the probe's
    counts: dict[str, int] = field(default_factory=dict)     # quads per graph, where start-up's scan counted them
    pending: int = 0
    replaced: int = 0                                        # never: there are no workers to replace
    client: httpx.AsyncClient | None = None
    screenings: dict[tuple[str, str], Screening] = field(default_factory=dict)      # screened_once's memory
    sets: tuple[list[str], GraphSets, frozenset[str]] | None = None                  # graph_sets' memory

    async def start(self) -> None:
        logging.getLogger("httpx").setLevel(logging.WARNING)     # not a log line per query
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(None, connect=5.0),
                                        limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))
        prefix = self.base_iri + "graph/"
        self.graphs = await self.discover()
        if not self.graphs:
            raise RuntimeError(f"{self.endpoint} holds no graph under {prefix}: load the dumps first (README)")
        await self.check_row_limit()
        await self.check_set_graphs()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()

    def load(self) -> Load:
        """The endpoint counts as one worker once started; its queries running are its busy ones."""
        return Load(1 if self.client is not None else 0, self.pending, self.pending, self.replaced)

    @property
    def http(self) -> httpx.AsyncClient:
        """The HTTP client, made by start()."""
        if self.client is None:
            raise RuntimeError("the remote backend has not been started (Remote.start)")
        return self.client

    def isolation(self) -> Isolation:
        """Another server cannot be sandboxed from here: unknown (the guard is the only line of defence)."""
        return Isolation()

    async def run(self, request: dict, timeout: float) -> Answer:
        if self.pending >= self.max_pending:
            raise Overloaded()
        self.pending += 1
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                prepared = await loop.run_in_executor(None, self.prepare, request)
                # the endpoint's own limit a little later than ours: past its `timeout` Virtuoso 7.2 may answer a
                # SELECT DISTINCT with the rows found so far, HTTP 200 and no S1TAT (seen at start-up, inspection.py);
                # ours fires first (503), and Virtuoso stops the query MARGIN seconds later
                form: dict[str, str | list[str]] = {"query": prepared.text,
                                                    "timeout": str(int((timeout + MARGIN) * 1000))}
                form["default-graph-uri"] = prepared.default_graphs
                form["named-graph-uri"] = prepared.named_graphs
                response = await self._post(form, ACCEPT[prepared.kind], timeout)
                if response.headers.get("x-sql-state", "").upper() == "S1TAT":
                    raise TimeoutError()
                cut = dialect.row_limit(response.headers)
                if cut is not None:
                    raise QueryFailed(422, self.cut_message(cut))
                body = await loop.run_in_executor(None, self.convert, prepared.kind, prepared.key, response.content,
                                                  prepared.assigned)
                return Answer("boolean" if prepared.kind == "boolean" else prepared.kind, prepared.key, body)
        except TimeoutError:
            raise QueryTimeout() from None
        finally:
            self.pending -= 1

    async def _post(self, form: dict, accept: str, timeout: float) -> httpx.Response:
        try:
            response = await self.http.post(self.endpoint, data=form, headers={"Accept": accept},
                                              timeout=httpx.Timeout(timeout + 1, connect=5.0))
        except httpx.TimeoutException:
            raise TimeoutError() from None
        except httpx.HTTPError as exc:
            raise QueryFailed(503, f"the SPARQL endpoint does not answer: {type(exc).__name__}") from None
        if response.headers.get("x-sql-state", "").upper() == "S1TAT":
            raise TimeoutError()        # Virtuoso's partial "anytime" answer, sent with another status than 200
        if response.status_code != 200:
            message = " ".join(response.text.split())[:500]
            # a timeout: Virtuoso's "anytime" error, which it may also append to the rows it has written (HTTP 500)
            if "S1TAT" in message or "timeout" in message.lower() and "SR171" in message \
                    or "Virtuoso S1TAT Error" in response.text:
                raise TimeoutError()
            raise QueryFailed(400, f"the SPARQL endpoint refused the query: {message}")
        return response

    # ---- in a thread: parsing and serialising are CPU work ----

    def prepare(self, request: dict) -> Prepared:
        text = unescape(request["text"])
        base = request.get("base_iri") or self.base_iri
        found = self.screened_once(text, base)
        check_functions(found)
        subs = request.get("substitutions") or {}
        substitutions = {ox.Variable(name): term(spec) for name, spec in subs.items()}
        try:
            result = ox.Store().query(join_at_where(text, found, INERT), base_iri=base, prefixes=self.prefixes,
                                      substitutions=substitutions or None)
        except SyntaxError as exc:
            raise QueryFailed(400, f"SPARQL syntax error: {exc}") from None
        except (ValueError, RuntimeError, TypeError) as exc:
            raise QueryFailed(400, f"query cannot run: {exc}") from None
        kind = ("boolean" if isinstance(result, ox.QueryBoolean)
                else "solutions" if isinstance(result, ox.QuerySolutions) else "graph")
        del result      # pyoxigraph's results are unsendable: drop it in the thread that made it
        key = request.get("graph") if kind == "graph" else request.get("results")
        if key is None:
            raise QueryFailed(406, f"none of the requested media types can express a {kind} result")
        default, named = self.dataset(request, found)
        if substitutions:
            text = with_values(text, found, substitutions)
            check_functions(self.screened(text, base))     # what is sent is screened, VALUES block included
        prologue = f"BASE <{base}>\n" + "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in self.prefixes.items())
        if found.form == "describe":        # outgoing triples, as the embedded store (dialect.py)
            prologue = dialect.DESCRIBE_MODE + prologue
        return Prepared(kind, prologue + text, default, named, key, dialect.assigned(text))

    def screened_once(self, text: str, base: str) -> Screening:
        """screened(), remembered for the last SCREENINGS texts: the service's own queries come again and again
        (a canned query's text is the same whatever its parameters; what is sent with them is screened anew)."""
        key = (text, base)
        found = self.screenings.get(key)
        if found is None:
            found = self.screened(text, base)
            if len(self.screenings) >= SCREENINGS:
                self.screenings.pop(next(iter(self.screenings)))
            self.screenings[key] = found
        return found

    def screened(self, text: str, base: str) -> Screening:
        """The guard's parse of text as the endpoint gets it (with this service's BASE and PREFIXes)."""
        try:        # empty allowlist: the embedded engine may federate, a remote one never does
            return screen(text, base_iri=base, prefixes=self.prefixes, full=True)
        except QueryRefused as exc:
            if "SERVICE" in str(exc):
                raise QueryFailed(403, f"{exc} (federation needs the embedded store)") from None
            raise QueryFailed(403, str(exc)) from None
        except GuardSyntaxError as exc:
            raise QueryFailed(400, str(exc)) from None

    def dataset(self, request: dict, found: Screening) -> tuple[list[str], list[str]]:
        """The graphs a query sees (SPARQL 1.1 Protocol §2.1.4 overrides the query's own FROM, and FROM /
        FROM NAMED as the guard's parse reads them override the union, SPARQL 1.1 §13.2)."""
        # graph sets (api/graphsets.py): set IRIs expanded; a query naming no dataset sees the reviewed graphs
        sets, known = self.graph_sets()
        if request.get("default_graph") is not None or request.get("named_graphs") is not None:
            default, named = request.get("default_graph") or [], request.get("named_graphs") or []
        elif found.has_dataset_clause:
            default, named = found.dataset
        elif request.get("union", True):
            # the set's default graph: its one materialised graph where the endpoint holds it (3× faster on
            # Virtuoso than a list of 81 graphs); the named graphs only for a query with a GRAPH pattern — without
            # one they cannot change its answer, and every IRI sent costs Virtuoso time on every query
            name = request.get("graphs") or "reviewed"
            default = list(sets.default_members(name))
            named = list(sets.members(name)) if found.names_graphs else []
            return default or [EMPTY_GRAPH], named or [EMPTY_GRAPH]
        else:       # neither FROM nor FROM NAMED nor the union: an empty default graph and the reviewed graphs
            return [EMPTY_GRAPH], list(sets.reviewed)
        default, named = sets.expand(default, default=True), sets.expand(named)
        return ([g for g in default if g in known] or [EMPTY_GRAPH],
                [g for g in named if g in known] or [EMPTY_GRAPH])

    def graph_sets(self) -> tuple[GraphSets, frozenset[str]]:
        """The graph sets of `graphs` and the set of them, made once per list (start-up settles it; a query only
        reads it): not sorted and split again on every query (2,989 graphs with the drafted corpus)."""
        if self.sets is None or self.sets[0] is not self.graphs:
            self.sets = (self.graphs, GraphSets.of(self.graphs, self.base_iri), frozenset(self.graphs))
        return self.sets[1], self.sets[2]

    def cut_message(self, limit: int) -> str:
        return (f"the SPARQL endpoint cut the result at {limit} rows (its ResultSetMaxRows); the answer would "
                "be incomplete: narrow the query or add a LIMIT")

    def convert(self, kind: str, key: str, content: bytes, found: dialect.Assigned = dialect.NOTHING) -> bytes:
        try:
            if kind == "graph":
                triples = list(ox.parse(content, format=ox.RdfFormat.N_TRIPLES))
                if self.row_limit is not None and len(triples) >= self.row_limit:
                    raise QueryFailed(422, self.cut_message(self.row_limit))
                # each subject's triples together, by predicate: one node per subject and one array per property in
                # JSON-LD, one block per subject in Turtle (Virtuoso sends them in storage order)
                triples.sort(key=lambda triple: (str(triple.subject), str(triple.predicate)))
                if key in ("turtle", "rdfxml"):
                    body = written(ox.serialize(triples, format=GRAPH_FORMATS[key], prefixes=self.prefixes))
                else:
                    body = written(ox.serialize(triples, format=GRAPH_FORMATS[key]))
            else:
                if kind == "solutions":
                    content = dialect.even_solutions(content, found)
                result = ox.parse_query_results(content, format=ox.QueryResultsFormat.JSON)
                if kind == "boolean" and isinstance(result, ox.QuerySolutions):
                    result = ask_value(result)      # Virtuoso answers ASK as one binding, __ASK_RETVAL
                body = written(result.serialize(format=RESULT_FORMATS[key]))
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryFailed(502, f"the SPARQL endpoint's answer could not be read: {exc}") from None
        if len(body) > self.max_bytes:
            raise QueryFailed(422, f"the result is larger than this service's limit of {self.max_bytes} bytes; "
                                   "narrow the query or add a LIMIT")
        return body


def check_functions(found: Screening) -> None:
    """Refuse a call of a function named by an IRI unless it is an XSD cast (SPARQL 1.1 §17.1, §17.5); the
    calls are those of the guard's parse (§19.8 [70] FunctionCall, [128] iriOrFunction)."""
    for iri in sorted(found.functions):
        if not iri.startswith(XSD):
            raise QueryFailed(400, f"function <{iri}> is not available here: only the SPARQL 1.1 built-in "
                                   "functions and XSD casts are (extension functions of the engine are not)")


def join_at_where(text: str, found: Screening, block: str) -> str:
    """text with `block` (a VALUES block) at the start of the query's WHERE group, which the guard's parse
    located; a group that is a sub-select is wrapped in a new group first. Without a WHERE group (DESCRIBE
    without one, CONSTRUCT WHERE's template): text unchanged."""
    if found.where is None:
        return text
    open_, close = found.where
    if found.where_select:
        return text[:open_ + 1] + block + "{ " + text[open_ + 1:close] + " }" + text[close:]
    return text[:open_ + 1] + block + text[open_ + 1:]


def with_values(text: str, found: Screening, substitutions: dict) -> str:
    """Bind variables by a VALUES block at the start of the query's WHERE group (the terms are written by
    pyoxigraph, so a value can never become query syntax)."""
    if found.where is None:
        raise QueryFailed(400, "parameters cannot be bound: the query has no WHERE group")
    names = list(substitutions)
    block = (" VALUES (" + " ".join(f"?{v.value}" for v in names) + ") { ("
             + " ".join(str(substitutions[v]) for v in names) + ") } ")
    return join_at_where(text, found, block)
