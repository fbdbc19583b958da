"""The query worker: a forked child process that owns a copy-on-write view of the store and runs one
query at a time. The service kills it when a query overruns its time limit (pyoxigraph cannot cancel
a query from Python) and forks a fresh one.

Wire format on the worker's socket, both ways: 4-byte big-endian length, then the payload.
Requests are pickled dicts (parent and child run the same code). Replies are frames that start with a
tag byte. A result that fits under the streaming threshold (almost all of them) is ONE frame,
W<json header>\n<bytes of the result>, sent with one system call, so that the service reads it with one
wake-up and hands the bytes to the HTTP response as they are (no re-encoding, no extra frames).
A larger result streams as  H<json header>  D<bytes>…  E (end). X<json {"status", "message"}> is a
failure; after an H it means the result was cut short (the service then aborts the response); with
"kind": "engine" it is an engine failure (a Rust panic), after which the worker exits.
The worker's first frame, before any request, is R<json sandbox report> (sandbox.py).

Requests marked "screen" (/sparql's, not the service's own queries) are read by the guard here, inside the
sandbox, and every request's nesting is checked (depth.py) before the engine sees it.
"""
from __future__ import annotations

import json
import os
import pickle
import signal
import socket
import struct
from typing import Any, NoReturn

import pyoxigraph as ox

from api.service import crashes, depth, sandbox
from api.service.formats import GRAPH_FORMATS, RESULT_FORMATS

LENGTH = struct.Struct("!I")
CHUNK = 64 * 1024
XSD = "http://www.w3.org/2001/XMLSchema#"



class ResultTooLarge(Exception):
    pass


class QueryError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def send_frame(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(LENGTH.pack(len(payload)) + payload)


def recv_exact(sock: socket.socket, n: int) -> bytes | None:
    chunks, remaining = [], n
    while remaining:
        chunk = sock.recv(remaining)
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def recv_frame(sock: socket.socket) -> bytes | None:
    head = recv_exact(sock, LENGTH.size)
    if head is None:
        return None
    return recv_exact(sock, LENGTH.unpack(head)[0])


class FrameWriter:
    """A binary file for pyoxigraph's serializers that collects the result and sends it as frames.

    The first `threshold` bytes are held back so that small results (and errors raised while the
    first rows are computed) go out whole, in one W frame with a proper status; past it the result
    streams as H, D… frames. `flush()` is what pyoxigraph calls when its own buffer empties: it must
    not start streaming, so it does nothing.
    """

    def __init__(self, sock: socket.socket, header: dict, threshold: int, limit: int):
        self.sock, self.header, self.threshold, self.limit = sock, header, threshold, limit
        self.buffer = bytearray()
        self.total = 0
        self.started = False

    def write(self, data) -> int:
        size = len(data)
        self.total += size
        if self.total > self.limit:
            raise ResultTooLarge()
        self.buffer += data
        if len(self.buffer) >= (CHUNK if self.started else self.threshold):
            self.send_chunks()
        return size

    def flush(self) -> None:
        """File protocol: pyoxigraph flushes its writer at the end; the frames go out in finish()."""

    def send_chunks(self) -> None:
        if not self.started:
            send_frame(self.sock, b"H" + json.dumps(self.header).encode())
            self.started = True
        view = memoryview(self.buffer)
        for at in range(0, len(view), CHUNK):
            send_frame(self.sock, b"D" + bytes(view[at:at + CHUNK]))
        self.buffer = bytearray()

    def finish(self) -> None:
        if self.started:
            self.send_chunks()
            send_frame(self.sock, b"E")
        else:   # the whole result in one frame and one system call
            head = b"W" + json.dumps(self.header).encode() + b"\n"
            self.sock.sendall(LENGTH.pack(len(head) + len(self.buffer)) + head + self.buffer)


def term(spec):
    """A substitution value from its picklable form (kind, value, datatype, language)."""
    kind, value, datatype, language = spec
    if kind == "iri":
        return ox.NamedNode(value)
    if language:
        return ox.Literal(value, language=language)
    return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)


def execute(store: ox.Store, req: dict):
    kwargs: dict[str, Any] = {"base_iri": req.get("base_iri") or None, "prefixes": req.get("prefixes") or None}
    if req.get("default_graph") is not None or req.get("named_graphs") is not None or req.get("union", True):
        # graph sets (api/graphsets.py): set IRIs expanded; no dataset named → the reviewed graphs only
        from api.graphsets import query_dataset
        kwargs.update(query_dataset(store, req.get("base_iri") or "", req.get("graphs"),
                                    req.get("default_graph"), req.get("named_graphs"), req["text"]))
    subs = req.get("substitutions")
    if subs:
        kwargs["substitutions"] = {ox.Variable(name): term(spec) for name, spec in subs.items()}
    try:
        return store.query(req["text"], **kwargs)
    except SyntaxError as exc:
        raise QueryError(400, f"SPARQL syntax error: {exc}") from None
    except (ValueError, RuntimeError, TypeError) as exc:
        raise QueryError(400, f"query cannot run: {exc}") from None


def not_acceptable(kind: str) -> NoReturn:
    """406: no requested media type can express this kind of result (the protocol's content negotiation)."""
    from api.service import formats
    forms, table = ("CONSTRUCT and DESCRIBE", formats.GRAPHS) if kind == "graph" else ("SELECT and ASK",
                                                                                    formats.RESULTS)
    raise QueryError(406, f"not acceptable: {forms} results are available as " + formats.acceptable(table))


def described(text: str) -> bool:
    """Whether a query is a DESCRIBE (guard.PROLOGUE: the form after the prologue)."""
    from api.service.guard import PROLOGUE
    found = PROLOGUE.match(text)
    return found is not None and found.group(1).lower() == "describe"


def distinct(triples):
    """A DESCRIBE's triples once each. Its answer is an RDF graph, a set (SPARQL 1.1 §16.4, RDF 1.1 Concepts
    §3), but Oxigraph repeats a triple once per graph of the default graph that holds it (a union of the reviewed
    graphs here); a client that streams triples (Comunica) would count it each time."""
    seen = set()
    for triple in triples:
        if triple not in seen:
            seen.add(triple)
            yield triple


def answer(sock: socket.socket, store: ox.Store, req: dict) -> None:
    result = execute(store, req)
    if isinstance(result, ox.QueryBoolean):
        kind, key = "boolean", req.get("results")
    elif isinstance(result, ox.QuerySolutions):
        kind, key = "solutions", req.get("results")
    else:
        kind, key = "graph", req.get("graph")
    if key is None:
        not_acceptable(kind)
    writer = FrameWriter(sock, {"kind": kind, "format": key}, req.get("threshold", 1 << 20),
                         req.get("max_bytes", 1 << 30))
    try:
        if kind == "graph":
            triples = distinct(result) if described(req["text"]) else result
            if key in ("turtle", "rdfxml") and req.get("prefixes"):
                # pyoxigraph writes to any object with write() and flush(); its stub asks for IO[bytes]
                ox.serialize(triples, writer, GRAPH_FORMATS[key], prefixes=req["prefixes"])  # type: ignore[arg-type]
            elif triples is result:
                result.serialize(writer, GRAPH_FORMATS[key])
            else:
                ox.serialize(triples, writer, GRAPH_FORMATS[key])  # type: ignore[arg-type]
        else:
            result.serialize(writer, RESULT_FORMATS[key])
    except ResultTooLarge:
        raise QueryError(422, f"the result is larger than this service's limit of {req.get('max_bytes')} bytes; "
                              "narrow the query or add a LIMIT") from None
    except OSError as exc:
        if isinstance(exc.__cause__, ResultTooLarge) or "ResultTooLarge" in repr(exc):
            raise QueryError(422, f"the result is larger than this service's limit of {req.get('max_bytes')} "
                                  "bytes; narrow the query or add a LIMIT") from None
        raise QueryError(400, f"query failed: {exc}") from None
    except (ValueError, RuntimeError, SyntaxError, TypeError) as exc:
        raise QueryError(400, f"query failed: {exc}") from None
    writer.finish()


def run(sock: socket.socket, store: ox.Store, req: dict, options: Options) -> None:
    """Depth checks, the guard for /sparql's requests, then the engine (on a big enough stack)."""
    text = req["text"]
    try:
        depth.check_depth(text, options.max_depth)
        stack = depth.stack_for(text)
    except depth.TooDeep as exc:
        raise QueryError(400, exc.message) from None
    if req.get("screen") and options.guard:
        form = screened(store, req, options)
        if form is not None and (req.get("graph") if form in ("construct", "describe") else req.get("results")) is None:
            not_acceptable("graph" if form in ("construct", "describe") else "solutions")
    if stack is None:
        answer(sock, store, req)
    else:
        depth.run_with_stack(stack, answer, sock, store, req)


def screened(store: ox.Store, req: dict, options: Options) -> str | None:
    """The guard (guard.screen) on a /sparql query: 403 refused, 400 not SPARQL; sets the union default
    graph off when the query has FROM / FROM NAMED and the protocol gave no dataset (SPARQL 1.1 §13.2)."""
    from api.service import guard
    syntax_error = getattr(guard, "GuardSyntaxError", None) or QueryError
    if options.graphs is None:      # the store's graphs, and the graph-set IRIs that stand for them
        from api.graphsets import of_store
        sets = of_store(store, req.get("base_iri") or "")
        options.graphs = frozenset(sets.reviewed + sets.drafted) | sets.iris()
    try:
        found = guard.screen(req["text"], options.allowlist, options.graphs,
                             base_iri=req.get("base_iri") or None, prefixes=req.get("prefixes") or None)
    except guard.QueryRefused as exc:
        raise QueryError(403, str(exc)) from None
    except syntax_error as exc:
        raise QueryError(400, str(exc)) from None
    if req.get("default_graph") is None and req.get("named_graphs") is None:
        req["union"] = not found.has_dataset_clause
        if found.has_dataset_clause:        # FROM <…/graph/set/drafted>: the set's graphs (api/graphsets.py)
            from api.graphsets import of_store
            if of_store(store, req.get("base_iri") or "").names_a_set(found.dataset[0] + found.dataset[1]):
                req["default_graph"], req["named_graphs"] = list(found.dataset[0]), list(found.dataset[1])
    return found.form


class Options:
    """What a worker knows from its fork (popped from the defaults): the guard's allowlist and switch,
    the nesting limit, the sandbox mode; the store's graph IRIs once it has read them."""

    def __init__(self, defaults: dict):
        self.allowlist = tuple(defaults.pop("allowlist", ()) or ())
        self.guard = defaults.pop("guard", True)
        self.max_depth = int(defaults.pop("max_depth", 256))
        self.sandbox = defaults.pop("sandbox", "on")
        for pool_side in ("crash_memory", "allow_unsandboxed"):    # read by the pool, not by the worker
            defaults.pop(pool_side, None)
        self.graphs: frozenset[str] | None = None


def failure(status: int, message: str, kind: str | None = None) -> bytes:
    body = {"status": status, "message": message}
    if kind:
        body["kind"] = kind
    return b"X" + json.dumps(body).encode()


def serve_forever(sock: socket.socket, store: ox.Store, defaults: dict | None = None,
                  options: Options | None = None) -> None:
    defaults = dict(defaults or {})
    options = options or Options(defaults)
    while True:
        frame = recv_frame(sock)
        if frame is None:        # the service closed our socket: it is gone or retired us
            return
        req = {**defaults, **pickle.loads(frame)}
        try:
            run(sock, store, req, options)
        except QueryError as exc:
            send_frame(sock, failure(exc.status, exc.message))
        except ResultTooLarge:
            send_frame(sock, failure(422, "result too large"))
        except Exception as exc:  # noqa: BLE001 — report, never die on one query
            send_frame(sock, failure(400, f"query failed: {exc}"))
        except BaseException as exc:
            if type(exc).__name__ != "PanicException":      # pyo3_runtime.PanicException: a Rust panic
                raise
            # An engine failure: the same query fails the same way. The engine's state after a panic is
            # not to be trusted, so this worker stops after saying so (the pool forks a fresh one).
            send_frame(sock, failure(422, crashes.engine_message(str(exc).strip() or "a panic"), "engine"))
            return


def die_with_parent() -> None:
    """Linux: get SIGKILL when the service process dies, whatever way it dies."""
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 — best effort; EOF on the socket also ends the worker
        pass


def offer_to_oom_killer() -> None:
    """Linux: when memory runs out, let the kernel kill a worker, not the service process.

    Workers fork from the service process and share its in-memory store copy-on-write; queries over a large
    corpus un-share pages, and with several workers the machine can run out of memory. A killed worker only
    costs its query a 503 (pool.WorkerLost) and is replaced by a fresh fork that shares the pages again;
    a killed service process would take the whole service down. proc(5): /proc/pid/oom_score_adj, where
    1000 makes the process the first to go; raising one's own value needs no privilege."""
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")
    except OSError:  # not Linux, or /proc not mounted: best effort
        pass


def main(sock: socket.socket, store: ox.Store | str, defaults: dict | None = None,
         stderr_fd: int | None = None) -> None:
    """Entry point in the forked child: drop what the server process owned, then serve queries.

    `store` is the in-memory store inherited from the server process, or the folder of an on-disk
    store that the worker opens read-only itself (RocksDB must not be opened before a fork)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        signal.set_wakeup_fd(-1)
    except ValueError:
        pass
    die_with_parent()
    offer_to_oom_killer()
    nice = (defaults or {}).get("nice")
    if nice:        # the open /sparql lane yields the CPU to the event loop and the own lane
        os.nice(nice)
    if stderr_fd is not None:          # what the engine writes (a Rust panic's message) goes where the pool reads it
        os.dup2(stderr_fd, 2)
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 65536)
    try:
        defaults = dict(defaults or {})
        options = Options(defaults)
        # Before any query is read: the network sandbox (sandbox.py), then its report to the pool.
        report = sandbox.install(options.sandbox, network=bool(options.allowlist))
        die_with_parent()               # again: a new user namespace may have cleared it
        send_frame(sock, b"R" + json.dumps(report).encode())
        if isinstance(store, str):
            store = ox.Store.read_only(store)
        serve_forever(sock, store, defaults, options)
    finally:
        os._exit(0)
