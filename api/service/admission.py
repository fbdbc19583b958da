"""Per-client admission to the open /sparql lane: a cap on each client's running queries, a fair queue, 429.

A *client* is the IP address the connection comes from (the ASGI scope's `client`). Behind a reverse proxy
every request comes from the proxy's address, so all clients share one budget there: run the service on its
own address, or give the proxy the per-client limits.

Like Wikidata Query Service's per-client limits (a client may run a few queries at once; more get HTTP 429
with Retry-After, RFC 6585 §4 / RFC 9110 §10.2.3), a client here runs at most `per_client` queries at once.
Its further queries wait, up to `per_client_waiting` of them; beyond that it gets ClientBusy (429). Waiting
queries start in round-robin order across clients: one client's backlog never delays another client's first
query. `limit` is how many open queries run at once over all clients (the open lane's elastic worker cap);
`spare` of those slots only go to a client that has nothing running, so that a few clients each holding
`per_client` slow queries cannot take every slot from a newcomer. `bound` caps running + waiting over all
clients (the open lane's share of GWR_MAX_PENDING): beyond it, Overloaded (429).

Everything here runs on the event loop, synchronously between awaits: no locks.
"""
from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field

from api.service.backend import Overloaded

RETRY_AFTER = 2         # seconds; a client over its cap waits for one of its own queries to end


class ClientBusy(Overloaded):
    """This client already has as many queries running and waiting as it may."""

    def __init__(self, message: str, retry_after: int = RETRY_AFTER):
        super().__init__(message)
        self.message, self.retry_after = message, retry_after


@dataclass
class Admission:
    limit: int                  # open queries running at once, all clients together
    per_client: int             # running queries per client
    per_client_waiting: int     # waiting queries per client
    bound: int                  # running + waiting, all clients together
    spare: int = 0              # running slots kept for clients with nothing running
    running: dict[str, int] = field(default_factory=dict)
    queues: dict[str, deque] = field(default_factory=dict)     # client → its waiting futures, oldest first
    turn: deque = field(default_factory=deque)                  # clients with waiters, round-robin order
    total_running: int = 0
    total_waiting: int = 0
    refused: int = 0            # ClientBusy answers so far (for /health)

    @property
    def pending(self) -> int:
        return self.total_running + self.total_waiting

    def may_start(self, client: str) -> bool:
        mine = self.running.get(client, 0)
        if mine >= self.per_client or self.total_running >= self.limit:
            return False
        return mine == 0 or self.total_running < self.limit - self.spare

    async def enter(self, client: str) -> None:
        """Wait for this client's turn to run one query; `leave(client)` when it is over."""
        if self.pending >= self.bound:
            raise Overloaded()
        if client not in self.queues and self.may_start(client):
            self._start(client)
            return
        queue = self.queues.get(client)
        if queue is not None and len(queue) >= self.per_client_waiting:
            self.refused += 1
            raise ClientBusy(f"this client already has {self.running.get(client, 0)} queries running and "
                             f"{len(queue)} waiting, the most one client may have on /sparql; "
                             "retry when one of them has finished")
        if queue is None:
            queue = self.queues[client] = deque()
            self.turn.append(client)
        ticket = asyncio.get_running_loop().create_future()
        queue.append(ticket)
        self.total_waiting += 1
        try:
            await ticket
        except BaseException:       # cancelled (the client left, or its time ran out) while waiting
            if ticket.done() and not ticket.cancelled():
                self.leave(client)      # it was granted just before: hand the slot on
            elif ticket in queue:
                queue.remove(ticket)
                self.total_waiting -= 1
                if not queue and self.queues.get(client) is queue:
                    del self.queues[client]
                    self.turn.remove(client)
            raise

    def leave(self, client: str) -> None:
        mine = self.running.get(client, 0) - 1
        if mine > 0:
            self.running[client] = mine
        else:
            self.running.pop(client, None)
        self.total_running -= 1
        self._grant()

    def _start(self, client: str) -> None:
        self.running[client] = self.running.get(client, 0) + 1
        self.total_running += 1

    def _grant(self) -> None:
        """Start waiting queries, one per client per round, while there are free slots."""
        progress = True
        while progress and self.turn and self.total_running < self.limit:
            progress = False
            for _ in range(len(self.turn)):
                if self.total_running >= self.limit:    # the rest keep their place in the round
                    break
                client = self.turn.popleft()
                queue = self.queues[client]
                while queue and queue[0].done():       # cancelled while waiting; its task tidies nothing more
                    queue.popleft()
                    self.total_waiting -= 1
                if queue and self.may_start(client):
                    queue.popleft().set_result(None)
                    self.total_waiting -= 1
                    self._start(client)
                    progress = True
                if queue:
                    self.turn.append(client)
                else:
                    del self.queues[client]
