"""Queries that made the query engine fail, remembered for a while so that they are not run again.

An engine failure (a Rust panic in pyoxigraph, or a worker killed by SIGSEGV/SIGABRT/SIGBUS/SIGILL in the
middle of a query) is deterministic: the same query on the same data fails the same way. Such a query is
remembered by a hash of what decides its evaluation (text, dataset, base IRI, substitutions) for
GWR_CRASH_MEMORY seconds, in a bounded least-recently-used table, and answered 422 at once.
"""
from __future__ import annotations

import hashlib
import json
import time
from collections import OrderedDict

FATAL_SIGNALS = {4: "SIGILL", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV"}


def key(request: dict) -> str:
    """What decides how a query is evaluated (not how the result is written)."""
    parts = [request.get("text"), request.get("union", True), request.get("default_graph"),
             request.get("named_graphs"), request.get("base_iri"), request.get("substitutions")]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class CrashMemory:
    def __init__(self, seconds: float = 600.0, size: int = 1000):
        self.seconds, self.size = seconds, size
        self.entries: OrderedDict[str, tuple[float, str]] = OrderedDict()

    def recall(self, request: dict) -> str | None:
        """The message of a remembered failure of this request, or None."""
        if not self.entries or self.seconds <= 0:
            return None
        k = key(request)
        entry = self.entries.get(k)
        if entry is None:
            return None
        if entry[0] < time.monotonic():
            del self.entries[k]
            return None
        self.entries.move_to_end(k)
        return entry[1]

    def remember(self, request: dict, message: str) -> None:
        if self.seconds <= 0:
            return
        self.entries[key(request)] = (time.monotonic() + self.seconds, message)
        self.entries.move_to_end(key(request))
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


def engine_message(detail: str) -> str:
    """The 422 text of an engine failure: names the engine and says a retry fails the same way."""
    import pyoxigraph
    return (f"the query engine (Oxigraph {pyoxigraph.__version__}) failed on this query: {detail}; "
            "the same query fails the same way, so do not retry it")


def panic_text(stderr_tail: str) -> str | None:
    """The message of a Rust panic from what the process wrote to stderr ("thread … panicked at …:\\n<msg>")."""
    lines = stderr_tail.splitlines()
    for i in range(len(lines) - 1, -1, -1):
        if " panicked at " in lines[i]:
            after = lines[i].split(" panicked at ", 1)[1]
            if after.rstrip().endswith(":") and i + 1 < len(lines):
                return lines[i + 1].strip()[:500]
            return after.strip()[:500]
    return None
