"""The pool of query workers, seen from the event loop.

Every SPARQL query of the service runs in a worker process (api/service/worker.py) forked from the
server process after it has loaded the store, so a worker starts in milliseconds and shares the store's
memory copy-on-write. The event loop only moves bytes: it never waits on a query. A query that overruns
its time limit gets its worker killed (SIGKILL) and a new worker forked in its place, so a runaway
query really stops and never holds a slot. When all workers are busy, requests wait in line up to
`max_pending`; beyond that the pool says Overloaded (HTTP 429 with Retry-After).
"""
from __future__ import annotations

import asyncio
import json
import os
import pickle
import signal
import socket
from dataclasses import dataclass, field
from typing import AsyncIterator

import pyoxigraph as ox

from api.service import worker as worker_side

LENGTH = worker_side.LENGTH


class Overloaded(Exception):
    """Too many queries are running or waiting."""


class QueryTimeout(Exception):
    """The query overran its time limit; its worker was killed."""


class QueryFailed(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class WorkerLost(Exception):
    """The worker died in the middle of a query."""


@dataclass
class Worker:
    pid: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    served: int = 0

    async def frame(self) -> bytes:
        try:
            head = await self.reader.readexactly(LENGTH.size)
            return await self.reader.readexactly(LENGTH.unpack(head)[0])
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise WorkerLost() from exc


@dataclass
class Answer:
    """A query's answer: `kind` (solutions, boolean, graph), `format` key and the body, streamed."""
    kind: str
    format: str
    first: bytes
    rest: AsyncIterator[bytes] | None = None

    async def body(self) -> bytes:
        parts = [self.first]
        if self.rest is not None:
            async for chunk in self.rest:
                parts.append(chunk)
        return b"".join(parts)


@dataclass
class Pool:
    store: ox.Store | str       # an in-memory store, shared copy-on-write, or an on-disk store's folder
    size: int
    max_pending: int
    defaults: dict = field(default_factory=dict)    # request fields every worker knows from its fork
    idle: asyncio.Queue = field(default_factory=asyncio.Queue)
    workers: dict[int, Worker] = field(default_factory=dict)
    pending: int = 0
    replaced: int = 0
    closed: bool = False
    tasks: set = field(default_factory=set)

    async def start(self) -> None:
        for _ in range(self.size):
            self.idle.put_nowait(await self.spawn())

    async def spawn(self) -> Worker:
        parent, child = socket.socketpair()
        pid = await asyncio.get_running_loop().run_in_executor(None, self._fork, child)
        child.close()
        reader, writer = await asyncio.open_connection(sock=parent, limit=1 << 22)
        w = Worker(pid, reader, writer)
        self.workers[pid] = w
        return w

    def _fork(self, child: socket.socket) -> int:
        pid = os.fork()
        if pid == 0:  # pragma: no cover — runs in the child
            worker_side.main(child, self.store, self.defaults)
        return pid

    def retire(self, w: Worker) -> None:
        """Kill a worker (it may be deep in a query) and fork its replacement in the background.

        Synchronous on purpose: it runs in `finally` blocks of cancelled requests, where anyio
        cancels every further await.
        """
        self.workers.pop(w.pid, None)
        try:
            os.kill(w.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        w.writer.close()
        loop = asyncio.get_running_loop()
        loop.run_in_executor(None, _reap, w.pid)
        if not self.closed:
            self.replaced += 1
            task = loop.create_task(self._replace())
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)

    async def _replace(self) -> None:
        w = await self.spawn()
        if self.closed:
            self.retire(w)
        else:
            self.idle.put_nowait(w)

    async def close(self) -> None:
        self.closed = True
        for w in list(self.workers.values()):
            self.workers.pop(w.pid, None)
            try:
                os.kill(w.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            w.writer.close()
            await asyncio.get_running_loop().run_in_executor(None, _reap, w.pid)

    async def run(self, request: dict, timeout: float) -> Answer:
        """Run one query. A streamed answer's `rest` must be consumed or closed to free the worker."""
        if self.pending >= self.max_pending:
            raise Overloaded()
        self.pending += 1
        deadline = asyncio.get_running_loop().time() + timeout
        w: Worker | None = None
        streaming = False
        try:
            async with asyncio.timeout_at(deadline):
                w = await self.idle.get()
                w.writer.write(_framed(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)))
                frame = await w.frame()
                tag = frame[:1]
                if tag == b"W":         # the whole result in one frame: pass its bytes on as they are
                    self._release(w)
                    w = None
                    end = frame.index(b"\n")
                    header = json.loads(frame[1:end])
                    return Answer(header["kind"], header["format"], frame[end + 1:])
                if tag == b"X":
                    self._release(w)
                    w = None
                    raise _failure(frame)
                header = json.loads(frame[1:])
                streaming = True
                return Answer(header["kind"], header["format"], b"", self._stream(w, deadline))
        except TimeoutError:
            raise QueryTimeout() from None
        except WorkerLost:
            raise QueryFailed(503, "the query worker stopped unexpectedly; try again") from None
        finally:
            if not streaming:
                self.pending -= 1
                if w is not None:       # timed out, cancelled or lost with the worker busy
                    self.retire(w)

    async def _stream(self, w: Worker, deadline: float) -> AsyncIterator[bytes]:
        done = False
        try:
            while True:
                async with asyncio.timeout_at(deadline):
                    frame = await w.frame()
                tag = frame[:1]
                if tag == b"D":
                    yield frame[1:]
                elif tag == b"E":
                    done = True
                    return
                else:  # the worker gave up half-way (e.g. the size cap): cut the response short
                    done = True
                    raise _failure(frame)
        finally:
            self.pending -= 1
            if done:
                self._release(w)
            else:
                self.retire(w)

    def _release(self, w: Worker) -> None:
        w.served += 1
        self.idle.put_nowait(w)


def _failure(frame: bytes) -> QueryFailed:
    error = json.loads(frame[1:])
    return QueryFailed(error["status"], error["message"])


def _framed(payload: bytes) -> bytes:
    return LENGTH.pack(len(payload)) + payload


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
