"""The service's query engine: the store, the worker pool and the canned queries, in one object that
the app factory creates and every route reaches through `request.app.state.engine` (no globals).

Routes of the JSON API run the `queries/api-*.rq` canned queries; researchers' queries/*.rq run
the same way at /api/queries/{name}. Parameters are bound as RDF terms (SEP-0007 substitutions).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from api.iris import DEFAULT_BASE
from api.queries import CannedQuery, list_queries, read_moved
from api.service.admission import Admission
from api.service.answers import Saved, answer_for, read_saved
from api.service.backend import Answer, Backend, Overloaded, QueryTimeout
from api.service.pool import Pool
from api.service.prefixes import prefixes_for
from api.service.terms import Terms
from api.settings import Settings
from api.store import dump_path, open_store, read_manifest, sha256_of

log = logging.getLogger("api.service")

def term_spec(term) -> tuple:
    """An RDF term as a picklable tuple for the worker (see worker.term)."""
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value, None, None)
    return ("literal", term.value, term.datatype.value if term.datatype else None, term.language)


@dataclass
class Engine:
    settings: Settings
    store: ox.Store | str | None = None    # in-memory, or an on-disk store's folder (each worker opens it)
    pool: Backend | None = None        # the own lane (JSON API, /id/, canned queries, pages, /health): a Pool or Remote
    open: Pool | None = None           # the open lane: /sparql only, elastic, lower CPU priority (embedded store)
    admission: Admission | None = None  # per-client admission to the open lane (admission.py)
    abandoned: int = 0                 # /sparql queries stopped because their client hung up
    canned: dict[str, CannedQuery] = field(default_factory=dict)
    moved: dict[str, str] = field(default_factory=dict)     # renamed canned queries (queries/moved.tsv)
    dump_sha256: str = ""
    cache: dict = field(default_factory=dict)       # results derived once from the immutable store
    saved: dict[str, Saved] = field(default_factory=dict)   # answers saved with an on-disk store
    locks: dict = field(default_factory=dict)

    @cached_property
    def prefixes(self) -> dict[str, str]:
        return prefixes_for(self.settings)

    @cached_property
    def terms(self) -> Terms:
        """CURIEs of the JSON API and the identifiers its requests give (terms.py)."""
        return Terms(self.prefixes, self.settings.base_iri)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        if self.settings.sparql_endpoint:          # another SPARQL endpoint instead of the embedded store
            await self.start_remote()
            return
        path = dump_path(self.settings)
        early = _preloads.pop(str(path), None)     # see preload(): started before the app was imported
        store: ox.Store | str
        if self.settings.store_dir:                # on-disk store: every worker opens it read-only
            store, self.dump_sha256 = await loop.run_in_executor(None, locate, self.settings)
        elif early is not None:
            store, self.dump_sha256 = await asyncio.wrap_future(early)
        else:
            store, self.dump_sha256 = await loop.run_in_executor(None, load, self.settings, path)
        self.store = store
        if not isinstance(store, str):
            warn_if_memory_short(self.settings.workers + self.settings.own_workers)
        self.canned = {q.name: q for q in await loop.run_in_executor(None, read_canned, self.settings.queries_dir,
                                                                   self.settings.base_iri)}
        self.moved = read_moved(self.settings.queries_dir, self.settings.base_iri)
        self.saved = await loop.run_in_executor(None, read_saved, self.settings, self.canned)
        # What every query shares goes to the workers once, when they are forked; a request carries the rest.
        defaults = {"base_iri": self.settings.base_iri, "prefixes": self.prefixes,
                    "threshold": self.settings.stream_threshold, "max_bytes": self.settings.max_result_bytes}
        defaults.update(worker_options(self.settings))     # sandbox, guard, depth, crash memory (pool.py)
        s = self.settings
        self.pool = Pool(store, max(1, s.own_workers), s.max_pending, defaults)
        size = max(1, s.workers)
        self.open = Pool(store, size, s.max_pending, {**defaults, "nice": s.open_nice},
                         max_size=max(size, s.open_workers_max), idle_after=s.worker_idle)
        self.admission = self.make_admission(max(size, s.open_workers_max))
        await self.pool.start()
        await self.open.start()

    def make_admission(self, limit: int) -> Admission:
        """Open queries may hold half of GWR_MAX_PENDING (rounded up): the rest is the own lane's."""
        s = self.settings
        return Admission(limit=limit, per_client=max(1, s.client_queries), per_client_waiting=max(0, s.client_waiting),
                         bound=max(1, (s.max_pending + 1) // 2), spare=limit // 4)

    async def start_remote(self) -> None:
        from api.service.remote import Remote
        loop = asyncio.get_running_loop()
        self.canned = {q.name: q for q in await loop.run_in_executor(None, read_canned, self.settings.queries_dir,
                                                                   self.settings.base_iri)}
        self.moved = read_moved(self.settings.queries_dir, self.settings.base_iri)
        path = dump_path(self.settings)
        if path.exists():
            self.dump_sha256 = await loop.run_in_executor(None, sha256_of, path)
        self.pool = Remote(self.settings.sparql_endpoint, self.settings.base_iri, self.prefixes,
                           self.settings.max_pending, self.settings.max_result_bytes)
        self.admission = self.make_admission(max(1, self.settings.open_workers_max))
        await self.pool.start()

    async def close(self) -> None:
        for backend in (self.open, self.pool):
            if backend is not None:
                await backend.close()

    @property
    def own(self) -> Backend:
        """The own lane's backend (`pool`), set by start()."""
        if self.pool is None:
            raise RuntimeError("the engine has not been started: no query backend yet (Engine.start)")
        return self.pool

    @property
    def admitting(self) -> Admission:
        """The open lane's admission, set by start()."""
        if self.admission is None:
            raise RuntimeError("the engine has not been started: no admission to the open lane yet (Engine.start)")
        return self.admission

    def lanes(self) -> dict[str, Backend]:
        """The backend of each lane: a remote backend runs the open lane's queries too."""
        own = self.own
        return {"own": own, "open": self.open or own}

    @property
    def pending(self) -> int:
        """Queries running or waiting in both lanes (a remote backend runs open queries in `pool`)."""
        own = self.own
        if self.admission is None:
            return own.pending
        if self.open is None:
            return own.pending + self.admission.total_waiting
        return own.pending + self.admission.pending

    def timeout(self, requested: float | None = None) -> float:
        limit = self.settings.effective_timeout
        if requested is not None and requested > 0:
            limit = requested
        return min(limit, self.settings.max_query_timeout)

    async def run(self, text: str, *, results: str | None = "json", graph: str | None = "ntriples",
                  substitutions: dict | None = None, union: bool = True, default_graph: list[str] | None = None,
                  named_graphs: list[str] | None = None, base_iri: str | None = None,
                  timeout: float | None = None, lane: str = "own", client: str = "",
                  screen: bool = False, graphs: str | None = None) -> Answer:
        """Run a query in the own lane, or with lane="open" (only /sparql) in the open lane, admitted per
        `client` (its address): see admission.py. `graphs` names the graph set a query without a dataset sees
        (api/graphsets.py: reviewed, the default; drafted; all)."""
        request: dict[str, object] = {"text": text, "results": results, "graph": graph, "union": union}
        if graphs:
            request["graphs"] = graphs
        if screen:      # /sparql's query: the worker runs the guard on it (worker.screened)
            request["screen"] = True
        if default_graph is not None or named_graphs is not None:
            request["default_graph"], request["named_graphs"] = default_graph, named_graphs
        if base_iri and base_iri != self.settings.base_iri:     # else the worker's default
            request["base_iri"] = base_iri
        if substitutions:
            request["substitutions"] = {v.value if isinstance(v, ox.Variable) else v: term_spec(t)
                                        for v, t in substitutions.items()}
        if lane == "open":
            return await self.run_open(request, self.timeout(timeout), client)
        if self.pending >= self.settings.max_pending:
            raise Overloaded()
        return await self.own.run(request, self.timeout(timeout))

    async def run_open(self, request: dict, timeout: float, client: str) -> Answer:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        admission = self.admitting
        try:
            async with asyncio.timeout_at(deadline):     # waiting for one's turn counts against the time limit
                await admission.enter(client)
        except TimeoutError:
            raise QueryTimeout() from None
        try:
            answer = await (self.open or self.own).run(request, max(0.001, deadline - loop.time()))
        except BaseException:
            admission.leave(client)
            raise
        if answer.rest is None:
            admission.leave(client)
        else:
            answer.rest = self._leave_after(answer.rest, client)
        return answer

    async def _leave_after(self, rest, client: str):
        """The stream of a streamed open answer; the client's slot is given back when it ends or is dropped."""
        try:
            async for chunk in rest:
                yield chunk
        finally:
            self.admitting.leave(client)
            await rest.aclose()     # its own `finally` frees or retires the worker, without awaiting

    async def select(self, name: str, values: dict[str, str] | None = None,
                     substitutions: dict | None = None, graphs: str | None = None) -> list[dict[str, dict]]:
        """Rows of a canned SELECT query as SPARQL JSON bindings ({var: {type, value, …}}), over the graph set
        `graphs` (reviewed by default)."""
        query = self.canned[name]
        subs = substitutions if substitutions is not None else query.substitutions(values or {})
        answer = await self.run(query.text, results="json", substitutions=subs, graphs=graphs)
        return json.loads(await answer.body())["results"]["bindings"]

    def saved_answer(self, query: CannedQuery, substitutions: dict) -> Saved | None:
        """The answer saved with the on-disk store for this request of a canned query, if any (answers.py)."""
        return answer_for(self.saved, query, substitutions)

    async def once(self, key: str, compute):
        """Compute a value derived from the store once (the store never changes while serving)."""
        if key in self.cache:
            return self.cache[key]
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key not in self.cache:
                self.cache[key] = await compute()
        return self.cache[key]

    async def recent(self, group: str, key, compute, kept: int):
        """`once` for values asked for by request parameters: computed once per key (one computation at a time per
        key), and the `kept` most recently used of the group remembered, the others dropped."""
        memo: OrderedDict = self.cache.setdefault(group, OrderedDict())
        if key in memo:
            memo.move_to_end(key)
            return memo[key]
        lock = self.locks.setdefault((group, key), asyncio.Lock())
        async with lock:
            if key not in memo:
                memo[key] = await compute()
                while len(memo) > kept:
                    memo.popitem(last=False)
        self.locks.pop((group, key), None)
        return memo[key]

    def iri(self, ref: str) -> str:
        """`place/dalian`, `id/place/dalian` or a full IRI → the entity IRI."""
        if ref.startswith(("http://", "https://", "urn:")):
            return ref
        return self.settings.base_iri + "id/" + ref.removeprefix("id/").strip("/")

    def ref(self, iri: str) -> str:
        """The entity IRI → `kind/key` (other IRIs unchanged)."""
        return iri.removeprefix(self.settings.base_iri + "id/")


_preloads: dict[str, concurrent.futures.Future] = {}


def preload(settings: Settings) -> None:
    """Start loading the store (and hashing the dump) in a thread right away.

    `python -m api serve` calls this before it imports FastAPI and the app: the import takes most of
    the start-up and holds the GIL, while pyoxigraph's bulk load runs without it, so the store is
    ready when the app starts instead of after. Engine.start() takes the result.
    """
    path = dump_path(settings)
    if settings.store_dir or settings.sparql_endpoint or not path.exists():
        return
    future: concurrent.futures.Future = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(load(settings, path))
        except BaseException as exc:  # noqa: BLE001 — handed to Engine.start, which raises it
            future.set_exception(exc)

    _preloads[str(path)] = future
    threading.Thread(target=run, name="preload-store", daemon=True).start()


def worker_options(settings: Settings) -> dict:
    """What the query workers and their pool know from the settings (worker.Options, Pool.refusal)."""
    return {"sandbox": settings.sandbox, "guard": not settings.unsafe_no_guard,
            "allowlist": settings.federation_allowlist, "max_depth": settings.max_query_depth,
            "crash_memory": settings.crash_memory, "allow_unsandboxed": settings.allow_unsandboxed}


def locate(settings: Settings) -> tuple[str, str]:
    """The on-disk store's folder (the workers open it) and the dump digest from its manifest."""
    directory = Path(settings.store_dir).resolve()
    manifest = read_manifest(directory)
    ox.Store.read_only(str(directory))      # fail here, at start-up, rather than in every worker
    return str(directory), manifest["sha256"]


def proc_kb(path: str, field_name: str) -> int | None:
    """One `Name:  123 kB` field of a /proc file such as /proc/meminfo or /proc/PID/status (proc(5)), in kB;
    None where there is none (or no such process)."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def warn_if_memory_short(workers: int) -> bool:
    """Warn when the workers could not each hold a copy of the in-memory store.

    Workers share the store copy-on-write, but queries that touch much of it un-share its pages (measured at
    1,000 reports: 10.9 GB loaded, 23 GB with two workers, bench/README.md), and the kernel then kills
    processes. Returns whether it warned."""
    store_kb = proc_kb("/proc/self/status", "VmRSS")
    free_kb = proc_kb("/proc/meminfo", "MemAvailable")
    if store_kb is None or free_kb is None or store_kb * max(1, workers) <= free_kb:
        return False
    log.warning("the in-memory store takes %d MB and each of the %d query workers may come to copy it, more "
                "than the %d MB available: for a corpus this size serve an on-disk store "
                "(`python -m api store DIR`, then GWR_STORE_DIR=DIR)", store_kb // 1024, workers, free_kb // 1024)
    return True


def load(settings: Settings, path: Path) -> tuple[ox.Store, str]:
    """The in-memory store and the data's digest: the dump's SHA-256, or with GWR_DRAFTS the SHA-256 of the
    dump's and the drafts' digests (the drafts' read from their manifest.json when it names them)."""
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `python -m api build` first")
    digest = sha256_of(path)
    store = open_store(settings, path)
    if settings.drafts:
        import hashlib
        digest = hashlib.sha256(f"{digest} {drafts_digest(Path(settings.drafts))}".encode()).hexdigest()
    return store, digest


def drafts_digest(path: Path) -> str:
    """The drafted N-Quads' SHA-256, from the manifest draft-corpus wrote beside them, else computed."""
    manifest = path.with_name("manifest.json")
    if manifest.exists():
        recorded = json.loads(manifest.read_text(encoding="utf-8"))
        if recorded.get("nquads") == path.name and recorded.get("nquads_sha256"):
            return recorded["nquads_sha256"]
    return sha256_of(path)


def read_canned(directory: Path, base: str = DEFAULT_BASE) -> list[CannedQuery]:
    return list_queries(directory, base) if directory.exists() else []
