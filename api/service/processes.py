"""A query worker process seen from the server: fork it, read its frames, read what it wrote to stderr, kill
it and reap it. Which worker runs which query is the pool's business (pool.py); the worker's own side is
worker.py.

Frames are length-prefixed (worker.LENGTH). The first frame a worker sends is its sandbox report ("R" + JSON);
then, per query, "W" (the whole answer), or a header and "D" chunks ended by "E", or "X" (a failure as JSON).
"""
from __future__ import annotations

import asyncio
import io
import json
import os
import pickle
import signal
import socket
from dataclasses import dataclass

from api.service import worker as worker_side
from api.service.backend import QueryFailed

LENGTH = worker_side.LENGTH
START_TIMEOUT = 30.0        # seconds a new worker has to send its sandbox report


class WorkerLost(Exception):
    """The worker died in the middle of a query."""


@dataclass
class Worker:
    pid: int
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    served: int = 0
    stderr: io.FileIO | None = None     # what the worker writes to stderr (a Rust panic's message), a memfd

    async def frame(self) -> bytes:
        try:
            head = await self.reader.readexactly(LENGTH.size)
            return await self.reader.readexactly(LENGTH.unpack(head)[0])
        except (asyncio.IncompleteReadError, ConnectionError) as exc:
            raise WorkerLost() from exc

    def send(self, request: dict) -> None:
        payload = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer.write(LENGTH.pack(len(payload)) + payload)


async def fork(store, defaults: dict) -> tuple[Worker, dict]:
    """Fork a worker on `store` (it knows `defaults` from its fork) and read its sandbox report, its first
    frame. A worker that does not report within START_TIMEOUT is killed: RuntimeError with its stderr."""
    parent, child = socket.socketpair()
    stderr = memfd()
    loop = asyncio.get_running_loop()
    pid = await loop.run_in_executor(None, _fork, child, store, defaults, stderr.fileno() if stderr else None)
    child.close()
    reader, writer = await asyncio.open_connection(sock=parent, limit=1 << 22)
    w = Worker(pid, reader, writer, stderr=stderr)
    try:
        async with asyncio.timeout(START_TIMEOUT):
            frame = await w.frame()
    except (WorkerLost, TimeoutError):
        kill(pid)
        writer.close()
        await loop.run_in_executor(None, reap, pid)
        raise RuntimeError("a query worker failed to start: " + tail(stderr)[-500:]) from None
    report = json.loads(frame[1:]) if frame[:1] == b"R" else {"sandbox": False, "reason": "no report"}
    return w, report


def _fork(child: socket.socket, store, defaults: dict, stderr_fd: int | None) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover — runs in the child
        worker_side.main(child, store, defaults, stderr_fd)
    return pid


def kill(pid: int) -> None:
    """SIGKILL a worker, which may be deep in a query; nothing if it is gone already."""
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def reap(pid: int) -> int | None:
    """waitpid(2) on a worker: its wait status (None when it was reaped already)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return None


def failure(frame: bytes) -> QueryFailed:
    """The failure an "X" frame reports."""
    error = json.loads(frame[1:])
    return QueryFailed(error["status"], error["message"], error.get("kind"))


def memfd() -> io.FileIO | None:
    """An anonymous file for a worker's stderr (memfd_create(2)); None where there is none."""
    try:
        return io.FileIO(os.memfd_create("gwr-worker-stderr", os.MFD_CLOEXEC), "r+")
    except (AttributeError, OSError):
        return None


def tail(f: io.FileIO | None, size: int = 1 << 16) -> str:
    """The last `size` bytes a worker wrote to its stderr."""
    if f is None or f.closed:
        return ""
    try:
        end = os.fstat(f.fileno()).st_size
        return os.pread(f.fileno(), size, max(0, end - size)).decode("utf-8", "replace")
    except OSError:
        return ""
