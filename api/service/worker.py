"""The query worker: a forked child process that owns a copy-on-write view of the store and runs one
query at a time. The service kills it when a query overruns its time limit (pyoxigraph cannot cancel
a query from Python) and forks a fresh one.

Wire format on the worker's socket, both ways: 4-byte big-endian length, then the payload.
Requests are pickled dicts (parent and child run the same code). Replies are frames that start with a
tag byte. A result that fits under the streaming threshold (almost all of them) is ONE frame,
W<json header>\n<bytes of the result>, sent with one system call, so that the service reads it with one
wake-up and hands the bytes to the HTTP response as they are (no re-encoding, no extra frames).
A larger result streams as  H<json header>  D<bytes>…  E (end). X<json {"status", "message"}> is a
failure; after an H it means the result was cut short (the service then aborts the response).
"""
from __future__ import annotations

import json
import os
import pickle
import signal
import socket
import struct

import pyoxigraph as ox

LENGTH = struct.Struct("!I")
CHUNK = 64 * 1024
XSD = "http://www.w3.org/2001/XMLSchema#"

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}


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
    kwargs = {"base_iri": req.get("base_iri") or None, "prefixes": req.get("prefixes") or None}
    if req.get("default_graph") is not None or req.get("named_graphs") is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in req.get("default_graph") or []]
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.get("named_graphs") or []]
    elif req.get("union", True):
        kwargs["use_default_graph_as_union"] = True
    subs = req.get("substitutions")
    if subs:
        kwargs["substitutions"] = {ox.Variable(name): term(spec) for name, spec in subs.items()}
    try:
        return store.query(req["text"], **kwargs)
    except SyntaxError as exc:
        raise QueryError(400, f"SPARQL syntax error: {exc}") from None
    except (ValueError, RuntimeError, TypeError) as exc:
        raise QueryError(400, f"query cannot run: {exc}") from None


def answer(sock: socket.socket, store: ox.Store, req: dict) -> None:
    result = execute(store, req)
    if isinstance(result, ox.QueryBoolean):
        kind, key = "boolean", req.get("results")
    elif isinstance(result, ox.QuerySolutions):
        kind, key = "solutions", req.get("results")
    else:
        kind, key = "graph", req.get("graph")
    if key is None:
        raise QueryError(406, f"none of the requested media types can express a {kind} result")
    writer = FrameWriter(sock, {"kind": kind, "format": key}, req.get("threshold", 1 << 20),
                         req.get("max_bytes", 1 << 30))
    try:
        if kind == "graph":
            if key in ("turtle", "rdfxml") and req.get("prefixes"):
                ox.serialize(result, writer, GRAPH_FORMATS[key], prefixes=req["prefixes"])
            else:
                result.serialize(writer, GRAPH_FORMATS[key])
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


def serve_forever(sock: socket.socket, store: ox.Store, defaults: dict | None = None) -> None:
    defaults = defaults or {}
    while True:
        frame = recv_frame(sock)
        if frame is None:        # the service closed our socket: it is gone or retired us
            return
        req = {**defaults, **pickle.loads(frame)}
        try:
            answer(sock, store, req)
        except QueryError as exc:
            send_frame(sock, b"X" + json.dumps({"status": exc.status, "message": exc.message}).encode())
        except ResultTooLarge:
            send_frame(sock, b"X" + json.dumps({"status": 422, "message": "result too large"}).encode())
        except Exception as exc:  # noqa: BLE001 — report, never die on one query
            send_frame(sock, b"X" + json.dumps({"status": 400, "message": f"query failed: {exc}"}).encode())


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


def main(sock: socket.socket, store: ox.Store | str, defaults: dict | None = None) -> None:
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
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 65536)
    try:
        if isinstance(store, str):
            store = ox.Store.read_only(store)
        serve_forever(sock, store, defaults)
    finally:
        os._exit(0)
