"""The pool of query workers, seen from the event loop: a backend (backend.Backend) that schedules queries on
worker processes (forking, framing, killing and reaping one is processes.py; the worker's side, worker.py).

Every SPARQL query of the service runs in a worker process (api/service/worker.py) forked from the
server process after it has loaded the store, so a worker starts in milliseconds and shares the store's
memory copy-on-write. The event loop only moves bytes: it never waits on a query. A query that overruns
its time limit gets its worker killed (SIGKILL) and a new worker forked in its place, so a runaway
query really stops and never holds a slot. When all workers are busy, requests wait in line up to
`max_pending`; beyond that the pool says Overloaded (HTTP 429 with Retry-After).

Every worker sandboxes itself before it reads a query (sandbox.py) and reports how in its first frame;
when a worker could not, /sparql's queries (marked "screen") are refused with 503 unless the operator
accepted the risk (GWR_ALLOW_UNSANDBOXED=1). A worker that dies by SIGSEGV/SIGABRT/SIGBUS/SIGILL in the
middle of a query, or reports a Rust panic, is an engine failure: HTTP 422, and the query is remembered
(crashes.py) and answered 422 at once for GWR_CRASH_MEMORY seconds instead of being run again.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from api.service import crashes, processes
from api.service.backend import Answer, Isolation, Load, Overloaded, QueryFailed, QueryTimeout
from api.service.crashes import CrashMemory
from api.service.processes import Worker, WorkerLost

log = logging.getLogger("api.service")


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
    # Elastic size (the open /sparql lane): when no worker is idle, fork another, up to max_size; a worker
    # beyond `size` that has served nothing for idle_after seconds exits. 0 → a fixed size.
    max_size: int = 0
    idle_after: float = 30.0
    grown: int = 0              # workers forked on demand so far
    shrunk: int = 0             # extra workers retired after idling
    trimmer: asyncio.Task | None = None
    # The workers' sandbox (sandbox.py), from their reports: None until the first worker reported.
    sandboxed: bool | None = None
    sandbox_reason: str | None = None
    sandbox_how: list = field(default_factory=list)
    federation: bool = False            # the network was left open for the federation allowlist
    crashes: CrashMemory = field(init=False)     # made from defaults["crash_memory"]

    def __post_init__(self) -> None:
        self.crashes = CrashMemory(float(self.defaults.get("crash_memory", 600)))

    @property
    def refusal(self) -> str | None:
        """Why /sparql's queries are refused (503): the sandbox could not be set up and nobody accepted that."""
        if self.sandboxed is not False or self.federation or self.defaults.get("allow_unsandboxed"):
            return None
        return (f"this service refuses SPARQL queries: its query workers could not be sandboxed from the network "
                f"({self.sandbox_reason}); the operator may accept the risk with GWR_ALLOW_UNSANDBOXED=1")

    async def start(self) -> None:
        for _ in range(self.size):
            self.idle.put_nowait(await self.spawn())
        if self.sandboxed is False:
            log.warning("the query workers are not sandboxed from the network: %s. %s", self.sandbox_reason,
                        "/sparql answers 503 until GWR_ALLOW_UNSANDBOXED=1 accepts the risk" if self.refusal
                        else "/sparql is served anyway (the risk is accepted)")

    async def spawn(self) -> Worker:
        """Fork a worker and take note of its sandbox report."""
        w, report = await processes.fork(self.store, self.defaults)
        self.workers[w.pid] = w
        self._sandbox(report)
        return w

    def _sandbox(self, report: dict) -> None:
        self.sandboxed = bool(report.get("sandbox")) and self.sandboxed is not False
        if not report.get("sandbox"):
            self.sandbox_reason = report.get("reason") or "unknown"
            self.federation = bool(report.get("federation"))
        self.sandbox_how = list(report.get("how") or [])

    def retire(self, w: Worker) -> None:
        """Kill a worker (it may be deep in a query) and fork its replacement in the background.

        Synchronous on purpose: it runs in `finally` blocks of cancelled requests, where anyio
        cancels every further await.
        """
        processes.kill(w.pid)
        self._forget(w)

    def _forget(self, w: Worker) -> asyncio.Future:
        """Drop a worker that is dead or dying: reap it off the event loop (the future gives its wait
        status) and fork its replacement in the background."""
        self.workers.pop(w.pid, None)
        w.writer.close()
        loop = asyncio.get_running_loop()
        reaped = loop.run_in_executor(None, processes.reap, w.pid)
        if not self.closed:
            self.replaced += 1
            task = loop.create_task(self._replace())
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return reaped

    async def _replace(self) -> None:
        w = await self.spawn()
        if self.closed:
            self.retire(w)
        else:
            self.idle.put_nowait(w)

    async def close(self) -> None:
        self.closed = True
        self.stop_trimming()
        for w in list(self.workers.values()):
            self.workers.pop(w.pid, None)
            processes.kill(w.pid)
            w.writer.close()
            await asyncio.get_running_loop().run_in_executor(None, processes.reap, w.pid)

    async def run(self, request: dict, timeout: float) -> Answer:
        """Run one query. A streamed answer's `rest` must be consumed or closed to free the worker."""
        if request.get("screen") and self.refusal:
            raise QueryFailed(503, self.refusal)
        remembered = self.crashes.recall(request)
        if remembered is not None:          # it made the engine fail a moment ago: do not run it again
            raise QueryFailed(422, remembered, "engine")
        if self.pending >= self.max_pending:
            raise Overloaded()
        self.pending += 1
        deadline = asyncio.get_running_loop().time() + timeout
        w: Worker | None = None
        streaming = False
        try:
            async with asyncio.timeout_at(deadline):
                w = await self._take()
                w.send(request)
                frame = await w.frame()
                tag = frame[:1]
                if tag == b"W":         # the whole result in one frame: pass its bytes on as they are
                    self._release(w)
                    w = None
                    end = frame.index(b"\n")
                    header = json.loads(frame[1:end])
                    return Answer(header["kind"], header["format"], frame[end + 1:])
                if tag == b"X":
                    failure = processes.failure(frame)
                    if failure.kind == "engine":    # the worker exits after a panic: `finally` retires it
                        self.crashes.remember(request, failure.message)
                    else:
                        self._release(w)
                        w = None
                    raise failure
                header = json.loads(frame[1:])
                streaming = True
                return Answer(header["kind"], header["format"], b"", self._stream(w, deadline, request))
        except TimeoutError:
            raise QueryTimeout() from None
        except WorkerLost:
            lost, w = w, None
            assert lost is not None, "WorkerLost comes from a worker taken for this query"
            raise await self._lost(lost, request) from None
        finally:
            if not streaming:
                self.pending -= 1
                if w is not None:       # timed out, cancelled or lost with the worker busy
                    self.retire(w)

    async def _lost(self, w: Worker, request: dict) -> QueryFailed:
        """The failure to report for a worker that died mid-query: reaped off the event loop, a death by a
        fatal signal is an engine failure (422, remembered); SIGKILL (the OOM killer, our own retire) or
        anything else is a 503 "try again"."""
        reaped = self._forget(w)
        try:
            status = await asyncio.wait_for(asyncio.shield(reaped), 5)
        except TimeoutError:            # still alive without its socket: make sure it goes
            processes.kill(w.pid)
            status = None
        signum = os.WTERMSIG(status) if status is not None and os.WIFSIGNALED(status) else None
        if signum in crashes.FATAL_SIGNALS:
            panic = crashes.panic_text(processes.tail(w.stderr))
            detail = f"the worker stopped with {crashes.FATAL_SIGNALS[signum]}" + (f" ({panic})" if panic else "")
            log.warning("query worker %d: %s; query %.200r", w.pid, detail, request.get("text"))
            message = crashes.engine_message(detail)
            self.crashes.remember(request, message)
            return QueryFailed(422, message, "engine")
        return QueryFailed(503, "the query worker stopped unexpectedly; try again")

    async def _stream(self, w: Worker, deadline: float, request: dict | None = None) -> AsyncIterator[bytes]:
        done = False
        try:
            while True:
                try:
                    async with asyncio.timeout_at(deadline):
                        frame = await w.frame()
                except TimeoutError:    # past the limit half-way: the same failure as before the first frame
                    raise QueryTimeout() from None
                tag = frame[:1]
                if tag == b"D":
                    yield frame[1:]
                elif tag == b"E":
                    done = True
                    return
                else:  # the worker gave up half-way (e.g. the size cap): cut the response short
                    failure = processes.failure(frame)
                    if failure.kind == "engine" and request is not None:     # the worker exits: retire it
                        self.crashes.remember(request, failure.message)
                    else:
                        done = True
                    raise failure
        finally:
            self.pending -= 1
            if done:
                self._release(w)
            else:
                self.retire(w)

    # ---- elastic size (see max_size) ----

    async def _take(self) -> Worker:
        """An idle worker; when there is none and the pool may grow, fork one for whoever waits first."""
        # self.tasks holds the forks under way (growth, and replacements of retired workers): count them too
        if self.idle.empty() and len(self.workers) + len(self.tasks) < self.max_size and not self.closed:
            task = asyncio.get_running_loop().create_task(self._grow())
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
        return await self.idle.get()

    async def _grow(self) -> None:
        w = await self.spawn()
        self.grown += 1
        if self.closed:
            self.retire(w)
            return
        self.idle.put_nowait(w)
        if self.trimmer is None:
            self.trimmer = asyncio.get_running_loop().create_task(self._trim())

    async def _trim(self) -> None:
        """Let extra workers that served nothing for idle_after seconds exit (EOF on their socket)."""
        seen: dict[int, tuple[int, float]] = {}          # pid → (served, since when)
        loop = asyncio.get_running_loop()
        while not self.closed:
            await asyncio.sleep(max(0.05, self.idle_after / 4))
            now = loop.time()
            idle = []
            while not self.idle.empty():                  # no awaits: nobody takes from the queue meanwhile
                idle.append(self.idle.get_nowait())
            keep = []
            for w in idle:
                served, since = seen.get(w.pid, (w.served, now))
                if served != w.served:
                    served, since = w.served, now
                seen[w.pid] = (served, since)
                if len(self.workers) > self.size and now - since >= self.idle_after and w.pid in self.workers:
                    self.workers.pop(w.pid, None)
                    w.writer.close()                      # the worker reads EOF and exits
                    loop.run_in_executor(None, processes.reap, w.pid)
                    self.shrunk += 1
                    seen.pop(w.pid, None)
                else:
                    keep.append(w)
            for w in keep:
                self.idle.put_nowait(w)
            for pid in [p for p in seen if p not in self.workers]:
                seen.pop(pid)

    def stop_trimming(self) -> None:
        if self.trimmer is not None:
            self.trimmer.cancel()
            self.trimmer = None

    @property
    def busy(self) -> int:
        return max(0, len(self.workers) - self.idle.qsize())

    # ---- what /health reads (backend.Backend) ----

    def load(self) -> Load:
        return Load(len(self.workers), self.busy, self.pending, self.replaced, self.grown, self.shrunk)

    def isolation(self) -> Isolation:
        return Isolation(self.sandboxed, tuple(self.sandbox_how), self.sandbox_reason, self.refusal)

    def _release(self, w: Worker) -> None:
        w.served += 1
        self.idle.put_nowait(w)

