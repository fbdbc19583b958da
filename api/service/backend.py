"""What the service runs its SPARQL queries on: a backend, and what every backend answers.

Two backends implement `Backend`: the pool of forked query workers on the embedded store (pool.py), and
another SPARQL 1.1 endpoint (remote.py, GWR_SPARQL_ENDPOINT). The engine (engine.py) holds one or two of them
(its lanes) and the routes reach them only through the engine; /health reads their `load()` and `isolation()`.
A request is a dict (engine.Engine.run makes it: the text, the result format keys, substitutions, dataset);
the answer is an `Answer`, its body streamed or whole. Failures are these exceptions, which problems.py maps
to HTTP statuses once for every route.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Protocol


class Overloaded(Exception):
    """Too many queries are running or waiting (HTTP 429)."""


class QueryTimeout(Exception):
    """The query overran its time limit and was stopped (HTTP 503)."""


class QueryFailed(Exception):
    """The query cannot be answered: `status` is the HTTP status to say so with."""

    def __init__(self, status: int, message: str, kind: str | None = None):
        super().__init__(message)
        self.status, self.message, self.kind = status, message, kind      # kind "engine": an engine failure


@dataclass
class Answer:
    """A query's answer: `kind` (solutions, boolean, graph), `format` key and the body, streamed.
    A streamed answer's `rest` must be consumed or closed, which frees what runs it."""
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


@dataclass(frozen=True)
class Load:
    """A backend's counters, as /health shows them for each lane."""
    workers: int            # query workers (a remote endpoint counts as one)
    busy: int               # of those, running a query
    pending: int            # queries running or waiting
    replaced: int           # workers replaced after a timeout, a crash or a client that hung up
    grown: int = 0          # workers forked on demand (an elastic pool)
    shrunk: int = 0         # extra workers retired after idling


@dataclass(frozen=True)
class Isolation:
    """Whether a backend's queries run sandboxed from the network (sandbox.py), how, and whether /sparql
    refuses queries for want of it. `sandboxed` is None where the service cannot tell (a remote endpoint)."""
    sandboxed: bool | None = None
    how: tuple[str, ...] = ()
    reason: str | None = None
    refusal: str | None = None      # why /sparql's queries are refused (503), or None


class Backend(Protocol):
    """Runs queries. `start` before the first, `close` after the last; `run` raises Overloaded,
    QueryTimeout or QueryFailed."""
    pending: int
    replaced: int

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def run(self, request: dict, timeout: float) -> Answer: ...

    def load(self) -> Load: ...

    def isolation(self) -> Isolation: ...
