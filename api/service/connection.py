"""Connections: bounded request heads, timeouts for slow and idle clients, and how a cut answer ends.

uvicorn's httptools protocol puts no bound on the request line and headers (httptools gathers a header
value piece by piece, so one 100 MB header held the event loop for 18 s) and no time limit on a request
that never completes. `protocol(settings)` makes the HTTP protocol class run.py hands to uvicorn
(`http=`), a subclass of uvicorn's HttpToolsProtocol that adds:

* **Head size** (RFC 9110 §15.5.22 and RFC 6585 §5, 431 Request Header Fields Too Large): the request line
  and header fields of a request together may take GWR_MAX_HEADER_BYTES (default 64 KiB). Bytes are
  counted as they arrive and the parser is never fed more than that before the end of the head, so
  nothing beyond the limit is buffered: the client gets 431 and the connection is closed. (A pipelined
  request whose head starts in the middle of a slice the parser was given is counted from the next slice
  on: such a head is still bounded, at twice the limit.)
* **Head time** (RFC 9112 §9.5 lets a server close a connection it no longer wants): a head must be
  complete within GWR_HEADER_TIMEOUT seconds (default 10) of its first byte, and a new connection must
  send a complete head within that time too; otherwise 408 Request Timeout (when part of a head came)
  and the connection is closed. This stops slowloris-style clients and connections that never speak.
* **Body time**: a request body must have arrived within GWR_BODY_TIMEOUT seconds (default 30) of the end
  of its head; otherwise 408 (when no answer was started yet) and the connection is closed; the route
  reading the body sees the client as gone. With bodies capped at GWR_MAX_BODY_BYTES (1 MiB, body.py)
  this asks for about 35 kB/s at worst. The clock stops while the service itself holds reading back.
* **Idle keep-alive connections** are closed by uvicorn after GWR_KEEPALIVE_TIMEOUT seconds (default 5).

**A cut answer.** Answers larger than the streaming threshold are sent with chunked transfer coding
(RFC 9112 §7.1) while the worker still produces them. When the worker then stops — the result passed
GWR_MAX_RESULT_BYTES, or the query ran past its time limit — the status line went out long ago, so the
only honest signal left is the framing: the connection is closed *without the last, zero-length chunk*.
HTTP clients report such a body as incomplete (curl: "transfer closed with outstanding read data
remaining", httpx: RemoteProtocolError "incomplete chunked read", browsers: a network error), never as a
complete answer. `CutShort` (a plain ASGI middleware, and the same code on sparql.FastPath's path) does
this through the `gwr.abort` scope extension the protocol provides, and logs one WARNING line naming the
request, the client, how much was sent and why, instead of uvicorn's ERROR with a traceback. A result
that passes the cap before anything was sent is a clean 422 (worker.py). Without the extension (an
in-process test client) the exception is raised as before. A route that was reading the body of a client
that has gone (or was timed out) ends quietly too, instead of logging Starlette's ClientDisconnect as an error.
"""
from __future__ import annotations

import logging
import weakref

from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.httptools_impl import STATUS_LINE, HttpToolsProtocol

from api.service.backend import QueryFailed, QueryTimeout
from api.service.headers import EVERY

log = logging.getLogger("api.service")
ABORT = "gwr.abort"
LINGER_SECONDS, LINGER_BYTES = 1.0, 1 << 20


def plain_response(status: int, message: str) -> bytes:
    """A complete `Connection: close` response the protocol writes itself, with the security headers."""
    body = message.encode() + b"\n"
    lines = [STATUS_LINE[status], *(name + b": " + value + b"\r\n" for name, value in EVERY),
             b"content-type: text/plain; charset=utf-8\r\n", b"content-length: %d\r\n" % len(body),
             b"connection: close\r\n", b"\r\n", body]
    return b"".join(lines)


class Abort:
    """The `gwr.abort` extension of one request. Weak references: the scope holding it does not keep the
    connection and the request alive in a reference cycle."""

    __slots__ = ("protocol", "cycle")

    def __init__(self, protocol, cycle):
        self.protocol, self.cycle = weakref.ref(protocol), weakref.ref(cycle)

    def __call__(self) -> None:
        protocol, cycle = self.protocol(), self.cycle()
        if protocol is not None and cycle is not None:
            protocol.abort(cycle)


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a bounded request head and time limits (see the module's docstring)."""

    max_head_bytes = 64 << 10
    head_timeout = 10.0
    body_timeout = 30.0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_head = True          # between requests or inside a request line / header fields
        self.head_bytes = 0
        self.head_timer = None
        self.body_timer = None
        self.refused = False
        self.linger_bytes = LINGER_BYTES

    # -- asyncio.Protocol
    def connection_made(self, transport) -> None:
        super().connection_made(transport)
        self.head_timer = self.loop.call_later(self.head_timeout, self.head_timed_out)

    def connection_lost(self, exc) -> None:
        self.stop_timers()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.refused:        # answered and closing: read and drop what still comes, for a little while
            self.linger_bytes -= len(data)
            if self.linger_bytes < 0:
                self.transport.close()
            return
        while data:
            if not self.in_head:    # a body: fed in slices, so that a head pipelined behind it is counted soon
                piece, data = data[:self.max_head_bytes], data[self.max_head_bytes:]
                super().data_received(piece)
                if self.refused or self.transport.is_closing():
                    return
                continue
            if self.head_timer is None:
                self.head_timer = self.loop.call_later(self.head_timeout, self.head_timed_out)
            room = self.max_head_bytes - self.head_bytes
            piece, data = data[:room], data[room:]
            self.head_bytes += len(piece)
            super().data_received(piece)
            if self.refused or self.transport.is_closing():
                return
            if self.in_head and self.head_bytes >= self.max_head_bytes:
                self.refuse(431, f"the request line and headers are larger than {self.max_head_bytes} bytes")
                return
        if not self.in_head and self.body_timer is None and not self.transport.is_closing():
            self.body_timer = self.loop.call_later(self.body_timeout, self.body_timed_out)

    # -- parser callbacks
    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self.in_head = False
        if self.head_timer is not None:
            self.head_timer.cancel()
            self.head_timer = None
        cycle = self.cycle
        if cycle is not None and cycle.scope is self.scope:
            # asgiref's scope type wants every extension's value a dict; this one is an object (read at cut_short)
            self.scope["extensions"] = {**self.scope.get("extensions", {}), ABORT: Abort(self, cycle)}  # type: ignore[dict-item]

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self.in_head, self.head_bytes = True, 0
        if self.body_timer is not None:
            self.body_timer.cancel()
            self.body_timer = None

    def send_400_response(self, msg: str) -> None:      # uvicorn's answer to a request it cannot parse
        self.answer_and_close(plain_response(400, msg))

    # -- limits
    def stop_timers(self) -> None:
        for timer in (self.head_timer, self.body_timer):
            if timer is not None:
                timer.cancel()
        self.head_timer = self.body_timer = None

    def busy(self) -> bool:
        """An answer is being produced or sent on this connection."""
        return self.cycle is not None and not self.cycle.response_complete and not self.cycle.disconnected

    def refuse(self, status: int, message: str) -> None:
        """Answer `status` and close; with an answer still going out, only stop reading and close after it."""
        self.refused = True
        self.stop_timers()
        if self.busy() and self.cycle.response_started:
            self.transport.pause_reading()
            self.cycle.keep_alive = False
            return
        if self.busy():
            self.cycle.disconnected = True
            self.cycle.message_event.set()
        self.answer_and_close(plain_response(status, message))

    def answer_and_close(self, response: bytes) -> None:
        """Write a last answer, then close gently: send FIN after it and read (and drop) what the client
        still sends for up to LINGER_SECONDS or LINGER_BYTES before closing. Closing a socket with unread
        input makes the kernel send RST, and the client might lose the answer (nginx's lingering close)."""
        self.refused = True
        self.stop_timers()
        self.transport.write(response)
        if self.transport.can_write_eof():
            self.transport.write_eof()
            self.loop.call_later(LINGER_SECONDS, self.transport.close)
        else:
            self.transport.close()

    def head_timed_out(self) -> None:
        self.head_timer = None
        if self.transport.is_closing() or not self.in_head:
            return
        if self.busy():     # a pipelined head while an answer is going out: wait for the answer first
            self.head_timer = self.loop.call_later(self.head_timeout, self.head_timed_out)
            return
        if self.head_bytes:
            self.refuse(408, f"the request headers did not arrive within {self.head_timeout:g} s")
        else:
            self.refused = True
            self.transport.close()

    def body_timed_out(self) -> None:
        self.body_timer = None
        if self.transport.is_closing() or self.in_head:
            return
        if self.flow.read_paused:   # the service holds reading back (the route has not read the body yet)
            self.body_timer = self.loop.call_later(self.body_timeout, self.body_timed_out)
            return
        self.refuse(408, f"the request body did not arrive within {self.body_timeout:g} s")

    def abort(self, cycle) -> None:
        """The `gwr.abort` extension: end the connection now, without completing the answer's framing."""
        cycle.disconnected = True       # uvicorn then writes nothing more and reports nothing
        cycle.keep_alive = False
        self.refused = True
        self.stop_timers()
        self.transport.close()          # what was written still goes out; then FIN


def protocol(settings) -> type[BoundedHttpToolsProtocol]:
    """The protocol class for uvicorn's `http=` with this service's limits."""
    return type("ServiceHttpProtocol", (BoundedHttpToolsProtocol,), {
        "max_head_bytes": settings.max_header_bytes, "head_timeout": settings.header_timeout,
        "body_timeout": settings.body_timeout})


# -- a cut answer

def causes(exc: BaseException):
    """`exc` and what it wraps (causes, contexts, the members of exception groups)."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        todo.extend([e.__cause__, e.__context__, *getattr(e, "exceptions", ())])


def cut_reason(exc: BaseException) -> str | None:
    """Why an answer stopped part-way, if `exc` (or what it wraps) is a query's failure, not a bug."""
    for e in causes(exc):
        if isinstance(e, QueryFailed):
            return e.message
        if isinstance(e, (QueryTimeout, TimeoutError)):
            return "the query ran past its time limit"
    return None


async def cut_short(app, scope, receive, send) -> None:
    """Run `app`; if its answer breaks off after it started (see the module's docstring), end the
    connection without the final chunk and log a WARNING line."""
    started, sent = False, 0

    async def watching(message):
        nonlocal started, sent
        if message["type"] == "http.response.start":
            started = True
        elif message["type"] == "http.response.body":
            sent += len(message.get("body", b""))
        await send(message)

    try:
        await app(scope, receive, watching)
    except Exception as exc:
        if any(isinstance(e, ClientDisconnect) for e in causes(exc)):
            return      # the client left (or was timed out) while its body was read: there is no one to answer
        abort = scope.get("extensions", {}).get(ABORT)
        reason = cut_reason(exc) if started else None
        if reason is None or abort is None:
            raise
        client = scope.get("client") or ("?", 0)
        log.warning("answer cut short after %d bytes, connection closed without the final chunk: %s; "
                    "%s %s (query string %d bytes) from %s:%s", sent, reason, scope["method"], scope["path"],
                    len(scope.get("query_string", b"")), client[0], client[1])
        abort()


class CutShort:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        return await cut_short(self.app, scope, receive, send)
