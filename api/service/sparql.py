"""SPARQL 1.1 Protocol at /sparql: query operation by GET, POST form and POST direct; read-only.

https://www.w3.org/TR/sparql11-protocol/ — the request checks below follow the read-only cases of the
W3C protocol test suite (wrong method, duplicate parameters, wrong or missing media type, non-UTF-8
charset, syntax errors → 4xx with a message).
"""
from __future__ import annotations

import asyncio
import codecs
import logging
from urllib.parse import parse_qsl

from fastapi import Request
from fastapi.responses import Response, StreamingResponse

from api.params import BadNumber, seconds
from api.service import description, formats
from api.service.admission import ClientBusy
from api.service.backend import Overloaded, QueryFailed, QueryTimeout
from api.service.connection import cut_short
from api.service.guard import GuardSyntaxError, QueryRefused, screen
from api.service.headers import secure
from api.service.problems import protocol_error

log = logging.getLogger("api.service")
READ_ONLY = ("this endpoint is read-only: SPARQL Update is not accepted "
             "(the data is rebuilt from curated records, see the repository)")
FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def media_type(header: str | None) -> tuple[str, dict[str, str]]:
    if not header:
        return "", {}
    kind, _, rest = header.partition(";")
    params = {}
    for part in rest.split(";"):
        key, _, value = part.strip().partition("=")
        if key:
            params[key.strip().lower()] = value.strip().strip('"').lower()
    return kind.strip().lower(), params


def decode(body: bytes, charset: str | None) -> str:
    if charset and charset.replace("_", "-") not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"charset {charset} is not supported: send the query in UTF-8")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request body is not valid UTF-8") from None


def parse_query(text: str) -> list[tuple[str, str]]:
    """`parse_qsl(text, keep_blank_values=True)`, several times faster on long percent-encoded queries.

    urllib unquotes %XX escapes one by one in Python; here codecs.escape_decode does it in C once the
    escapes are spelt \\xXX. Anything unusual (a backslash, a non-ASCII character, a malformed escape)
    goes to parse_qsl itself, so the result is always parse_qsl's.
    """
    if "\\" in text or not text.isascii():
        return parse_qsl(text, keep_blank_values=True)
    pairs = []
    try:
        for piece in text.split("&"):
            if piece:
                name, _, value = piece.partition("=")
                pairs.append((_unquote_plus(name), _unquote_plus(value)))
    except ValueError:      # a malformed %-escape
        return parse_qsl(text, keep_blank_values=True)
    return pairs


def _unquote_plus(part: str) -> str:
    if "%" not in part and "+" not in part:
        return part
    return codecs.escape_decode(part.replace("+", " ").replace("%", "\\x"))[0].decode("utf-8", "replace")


def collect(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


async def read_operation(request: Request) -> tuple[str | None, dict[str, list[str]]]:
    """The query text (None: no query given) and the protocol parameters of a request."""
    url_params = collect(parse_query(request.scope["query_string"].decode("latin-1")))
    if request.method in ("GET", "HEAD"):
        params = url_params
        query = params.get("query")
    else:
        kind, type_params = media_type(request.headers.get("content-type"))
        body = await request.body()
        if kind == FORM:
            text = decode(body, type_params.get("charset"))
            params = collect(parse_query(text))
            for key, values in url_params.items():
                params.setdefault(key, []).extend(values)
            query = params.get("query")
        elif kind == DIRECT:
            params = url_params
            if "query" in params:
                raise ProtocolError(400, "a direct POST carries the query in its body, not in a query parameter")
            query = [decode(body, type_params.get("charset"))]
        elif kind == UPDATE:
            raise ProtocolError(403, READ_ONLY)
        elif not kind:
            raise ProtocolError(415, f"a POST needs a Content-Type: {FORM} or {DIRECT}")
        else:
            raise ProtocolError(415, f"unsupported Content-Type {kind}: use {FORM} or {DIRECT}")
    if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
        raise ProtocolError(403, READ_ONLY)
    if query is None:
        return None, params
    if len(query) != 1:
        raise ProtocolError(400, "exactly one query parameter is allowed")
    if not query[0].strip():
        raise ProtocolError(400, "the query is empty")
    return query[0], params


FORMAT_PARAMS = ("format", "output", "results")    # what SPARQL clients send besides Accept (SPARQLWrapper: all three)


def negotiated(request: Request, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
    """Result format keys for SELECT/ASK and for CONSTRUCT/DESCRIBE (None: nothing acceptable → 406).

    A `format`, `output` or `results` parameter, as SPARQL clients send instead of or beside Accept, wins over the
    Accept header for each kind of result it names a format of: a name (`json`, `xml`, `n3`, `rdf+xml`, `tsv` …:
    formats.NAMES; `xml` is SPARQL XML for a SELECT and RDF/XML for a CONSTRUCT) or media types (SPARQLWrapper
    sends `format=tsv&format=text/tab-separated-values`). Where it names nothing of a kind (`format=csv` on a
    CONSTRUCT, `format=xml` in SPARQLWrapper's defaults), the Accept header chooses (RFC 9110 §12.5.1), rather
    than a 406 for a request whose Accept header the service can meet. A name that is no format at all: 400.
    """
    given = [value.strip() for name in FORMAT_PARAMS for value in params.get(name, ()) if value.strip()]
    results = graph = None
    for value in given:
        if "/" in value:            # media types, as in an Accept header
            pick_results = formats.negotiate(value, formats.RESULTS) if "*" not in value else None
            pick_graph = formats.negotiate(value, formats.GRAPHS) if "*" not in value else None
        elif value.lower() in formats.NAMES:
            pick_results, pick_graph = formats.by_name(value, formats.RESULTS), formats.by_name(value, formats.GRAPHS)
        else:
            raise ProtocolError(400, f"unknown format {value!r}: use a media type or one of "
                                     + ", ".join(sorted(formats.NAMES)))
        results, graph = results or pick_results, graph or pick_graph
    accept = request.headers.get("accept")
    return (results or formats.negotiate(accept, formats.RESULTS),
            graph or formats.negotiate(accept, formats.GRAPHS))


def requested_timeout(params: dict[str, list[str]]) -> float | None:
    given = params.get("timeout")
    raw = given[0] if given else None
    if raw is None or raw == "":
        return None
    try:
        value = seconds(raw)        # ASCII digits only, bounded (api/params.py)
    except BadNumber as exc:
        raise ProtocolError(400, str(exc)) from None
    return value if value > 0 else None


async def sparql(request: Request) -> Response:
    """SPARQL 1.1 Protocol endpoint (query operation; read-only)."""
    engine = request.app.state.engine
    try:
        text, params = await read_operation(request)
        if text is None:
            return await description.service_description(request)
        results, graph = negotiated(request, params)
        # On the embedded store the worker runs the guard, inside its network sandbox (worker.screened,
        # sandbox.py), and answers 403/400/406; with a remote backend the guard here is the only line.
        embedded = not engine.settings.sparql_endpoint
        found = None
        if not embedded:
            try:
                found = await asyncio.to_thread(screen, text, engine.settings.federation_allowlist)
            except (QueryRefused, GuardSyntaxError) as exc:     # 403 refused, 400 not SPARQL
                raise ProtocolError(exc.status, str(exc)) from None
            if found.form in ("select", "ask") and results is None:
                raise ProtocolError(406, "not acceptable: SELECT and ASK results are available as "
                                    + formats.acceptable(formats.RESULTS))
            if found.form in ("construct", "describe") and graph is None:
                raise ProtocolError(406, "not acceptable: CONSTRUCT and DESCRIBE results are available as "
                                    + formats.acceptable(formats.GRAPHS))
        default_graph = params.get("default-graph-uri")
        named_graphs = params.get("named-graph-uri")
        dataset = default_graph is not None or named_graphs is not None
        answer = await unless_gone(request, engine.run(
            text, results=results, graph=graph,
            union=found is None or not found.has_dataset_clause,
            default_graph=(default_graph or []) if dataset else None,
            named_graphs=(named_graphs or []) if dataset else None,
            base_iri=engine.settings.base_iri, timeout=requested_timeout(params),
            lane="open", client=client_of(request), screen=embedded))
    except ProtocolError as exc:
        return protocol_error(exc.status, exc.message, exc.headers)
    except QueryFailed as exc:
        return protocol_error(exc.status, exc.message)
    except QueryTimeout:
        return protocol_error(503, f"the query ran past its time limit of {engine.timeout(None):g} s and was "
                                   "stopped; narrow it or add a LIMIT")
    except ClientBusy as exc:
        return protocol_error(429, exc.message, {"Retry-After": str(exc.retry_after)})
    except Overloaded:
        return protocol_error(429, "too many queries are running or waiting; retry shortly",
                              {"Retry-After": "1"})
    except ClientGone:
        engine.abandoned += 1
        return protocol_error(503, "the client went away; its query was stopped")
    headers = {"Vary": "Accept"}
    media = formats.CONTENT_TYPE[answer.format]
    if request.method == "HEAD":
        if answer.rest is not None:     # start the stream, so that closing it runs its clean-up
            await anext(answer.rest, None)
            await answer.rest.aclose()
        return Response(b"", media_type=media, headers=headers)
    if answer.rest is None:
        return Response(answer.first, media_type=media, headers=headers)
    return StreamingResponse(answer.rest, media_type=media, headers=headers)


class ClientGone(Exception):
    """The client hung up while its query waited or ran."""


def client_of(request: Request) -> str:
    """The client a /sparql query counts against: the peer's IP address (behind a proxy: the proxy's)."""
    peer = request.scope.get("client")
    return peer[0] if peer else ""


GRACE = 0.25    # seconds a query runs before its client is watched; a hang-up is still noticed within a second


async def unless_gone(request: Request, work):
    """Await `work` unless the client hangs up first; then cancel it and raise ClientGone.

    ASGI HTTP spec ("Disconnect - receive event"): once the request body has been read, the next receive()
    returns `http.disconnect` when the connection closes. Cancelling the query in the pool kills its worker if
    it was running (Pool.run's `finally` retires a busy worker) and frees its place in the queue if it waited,
    so a query whose client has gone stops at once instead of at its time limit. Streamed answers need nothing
    more: Starlette's StreamingResponse listens for the disconnect itself and cancels the stream.

    The watch starts only once the query has taken GRACE seconds: most answers come sooner, and then no task
    is made at all (a watcher task per request cost point queries some 10 % of their throughput). `work`
    runs in the request's own task, which the watcher cancels.
    """
    current = asyncio.current_task()
    assert current is not None
    state: dict = {"gone": False, "watch": None}

    async def watch() -> None:
        await _disconnected(request.receive)
        state["gone"] = True
        current.cancel()

    def start() -> None:
        state["watch"] = asyncio.ensure_future(watch())

    timer = asyncio.get_running_loop().call_later(GRACE, start)
    try:
        return await work
    except asyncio.CancelledError:
        if state["gone"]:
            current.uncancel()
            raise ClientGone() from None
        raise
    finally:
        timer.cancel()
        if state["watch"] is not None:
            state["watch"].cancel()


async def _disconnected(receive) -> None:
    try:
        while (await receive())["type"] != "http.disconnect":
            pass
    except Exception:  # noqa: BLE001 — the channel cannot tell: take the client as still there
        await asyncio.get_running_loop().create_future()


# /sparql is served by a plain Starlette route, and documented by a FastAPI one: see the route table
# (api/service/routes.py).


class FastPath:
    """The outermost ASGI layer: a plain `GET /sparql?query=…` goes straight to `sparql()`.

    Profiling the server process under wrk showed the middleware stack (error middleware, CORS, body
    limit, language, exception middleware, router) costing about 100 µs of each query's ~450 µs there,
    for nothing: a GET has no body, the language is not used by /sparql, and CORS only matters when
    the request has an Origin header. So requests with an Origin header or a `lang` parameter, other
    methods and other paths take the full stack, and this shortcut adds what the full stack would
    (`Vary: Origin` from CORS, the error handler's 500, the security headers, the cut-short ending). It
    switches itself off — every request then takes the full stack — as soon as the app has a middleware it
    does not know (KNOWN), so that a layer added later is never skipped silently.
    """

    # ApiCache (caching.py) acts on /api/ paths only: nothing for /sparql to skip
    KNOWN = {"FastPath", "CORSMiddleware", "BodyLimit", "LanguageMiddleware", "SecurityHeaders", "CutShort",
             "ApiCache"}

    def __init__(self, app, fastapi_app) -> None:
        self.app, self.fastapi_app = app, fastapi_app
        self.enabled: bool | None = None          # decided on the first request, once the stack is built
        self.cors = False

    def decide(self) -> bool:
        names = [m.cls.__name__ for m in self.fastapi_app.user_middleware]
        self.cors = "CORSMiddleware" in names
        return bool(names) and names[0] == "FastPath" and set(names) <= self.KNOWN

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["path"] == "/sparql" and scope["method"] == "GET":
            if self.enabled is None:
                self.enabled = self.decide()
            qs = scope["query_string"]
            if (self.enabled and (qs.startswith(b"query=") or b"&query=" in qs) and b"lang=" not in qs
                    and not any(name == b"origin" for name, _ in scope["headers"])):
                return await self.answer(scope, receive, send)
        return await self.app(scope, receive, send)

    async def answer(self, scope, receive, send):
        scope["app"] = self.fastapi_app
        request = Request(scope, receive)
        try:
            response = await sparql(request)
        except Exception:  # noqa: BLE001 — what problems.install's handler answers on /sparql
            log.exception("unexpected error on /sparql")
            response = protocol_error(500, "the service failed on this request; the error was logged")
        if self.cors:   # CORSMiddleware adds Origin to Vary on responses to requests without Origin
            response.headers["Vary"] = ", ".join([*response.headers.getlist("Vary"), "Origin"])
        # what SecurityHeaders and CutShort do on the full stack (headers.py, connection.py)
        await cut_short(response, scope, receive, secure(send))
