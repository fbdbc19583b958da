"""One settings object for the CLI and the service. Values come from arguments, then GWR_* environment
variables, then these defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from api.iris import DEFAULT_BASE

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(f"GWR_{name}", default)


def _env_list(name: str, default: str = "") -> tuple[str, ...]:
    """A comma-separated GWR_* variable as a tuple of non-empty items."""
    return tuple(item.strip() for item in _env(name, default).split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=lambda: Path(_env("ROOT", str(ROOT))))
    base_iri: str = field(default_factory=lambda: _env("BASE_IRI", DEFAULT_BASE))
    # The HTTP service (api/service). Every limit has a default that is safe on a public address.
    public_base_url: str = field(default_factory=lambda: _env("PUBLIC_BASE_URL", ""))  # "" → from the request
    workers: int = field(default_factory=lambda: int(_env("WORKERS", str(max(2, os.cpu_count() or 2)))))
    query_timeout: float = field(default_factory=lambda: float(_env("QUERY_TIMEOUT", "10")))
    max_query_timeout: float = field(default_factory=lambda: float(_env("MAX_QUERY_TIMEOUT", "60")))
    max_pending: int = field(default_factory=lambda: int(_env("MAX_PENDING", "256")))  # queued + running
    max_body_bytes: int = field(default_factory=lambda: int(_env("MAX_BODY_BYTES", str(1 << 20))))
    max_result_bytes: int = field(default_factory=lambda: int(_env("MAX_RESULT_BYTES", str(256 << 20))))
    page_size: int = field(default_factory=lambda: int(_env("PAGE_SIZE", "1000")))      # JSON rows of a canned query
    max_page_size: int = field(default_factory=lambda: int(_env("MAX_PAGE_SIZE", "10000")))
    stream_threshold: int = field(default_factory=lambda: int(_env("STREAM_THRESHOLD", str(1 << 20))))
    cors_origins: tuple[str, ...] = field(default_factory=lambda: _env_list("CORS_ORIGINS", "*"))
    federation_allowlist: tuple[str, ...] = field(default_factory=lambda: _env_list("FEDERATION_ALLOWLIST"))
    licence: str = field(default_factory=lambda: _env("LICENCE", "https://creativecommons.org/licenses/by/4.0/"))
    # An on-disk store written by `python -m api store DIR`; "" → the dump is loaded into memory at start.
    store_dir: str = field(default_factory=lambda: _env("STORE_DIR", ""))
    # Machine-drafted graphs (`python -m api draft-corpus`: var/drafts/drafts.nq.gz, N-Quads, gzip or plain) loaded
    # beside the reviewed graph into the in-memory store (or by `python -m api store`); "" → none. Queries, the API
    # and pages see the reviewed graphs unless they ask for a graph set (api/graphsets.py).
    drafts: str = field(default_factory=lambda: _env("DRAFTS", ""))
    # Another SPARQL 1.1 endpoint (e.g. Virtuoso's http://host:8890/sparql) holding the dumps; "" → embedded.
    sparql_endpoint: str = field(default_factory=lambda: _env("SPARQL_ENDPOINT", ""))
    dump_max_age: int = field(default_factory=lambda: int(_env("DUMP_MAX_AGE", "3600")))
    # Attack safety of the query workers (api/service/sandbox.py, depth.py, crashes.py). Every worker cuts
    # itself off the network (seccomp; a network namespace where permitted); when it cannot, /sparql answers
    # 503 unless allow_unsandboxed (GWR_ALLOW_UNSANDBOXED=1) accepts the risk. sandbox "off" is a test
    # setting that pretends the sandbox failed; unsafe_no_guard (test only) skips the guard in the workers
    # so that the sandbox alone is tested. max_query_depth: levels of ( { [ a query may nest (400 beyond).
    # crash_memory: seconds a query that made the engine fail is answered 422 without being run again.
    allow_unsandboxed: bool = field(
        default_factory=lambda: _env("ALLOW_UNSANDBOXED", "0").lower() in ("1", "true", "yes"))
    sandbox: str = field(default_factory=lambda: _env("SANDBOX", "on"))
    unsafe_no_guard: bool = field(default_factory=lambda: _env("UNSAFE_NO_GUARD", "0").lower() in ("1", "true", "yes"))
    max_query_depth: int = field(default_factory=lambda: int(_env("MAX_QUERY_DEPTH", "256")))
    crash_memory: float = field(default_factory=lambda: float(_env("CRASH_MEMORY", "600")))
    # Fairness (api/service/admission.py). `workers` above are the open /sparql lane's resident workers; the
    # service's own routes (JSON API, /id/, canned queries, pages, /health) have their own lane of own_workers.
    own_workers: int = field(default_factory=lambda: int(_env("OWN_WORKERS", str(max(2, os.cpu_count() or 2)))))
    open_workers_max: int = field(default_factory=lambda: int(_env("OPEN_WORKERS_MAX", "8")))  # elastic cap
    open_nice: int = field(default_factory=lambda: int(_env("OPEN_NICE", "10")))     # CPU niceness of /sparql workers
    worker_idle: float = field(default_factory=lambda: float(_env("WORKER_IDLE", "30")))  # s before an extra retires
    client_queries: int = field(default_factory=lambda: int(_env("CLIENT_QUERIES", "2")))  # running per client
    client_waiting: int = field(default_factory=lambda: int(_env("CLIENT_WAITING", "4")))  # queued per client
    # Connections (api/service/connection.py): the request line and headers together may not exceed
    # max_header_bytes (HTTP 431 beyond) and must arrive within header_timeout seconds of their first byte
    # (or of the connection opening); a request body must arrive within body_timeout seconds of its headers;
    # an idle keep-alive connection is closed after keepalive_timeout seconds.
    max_header_bytes: int = field(default_factory=lambda: int(_env("MAX_HEADER_BYTES", str(64 << 10))))
    header_timeout: float = field(default_factory=lambda: float(_env("HEADER_TIMEOUT", "10")))
    body_timeout: float = field(default_factory=lambda: float(_env("BODY_TIMEOUT", "30")))
    keepalive_timeout: int = field(default_factory=lambda: int(_env("KEEPALIVE_TIMEOUT", "5")))
    # GWR_ACCESS_LOG=1: uvicorn's access log (one line a request on stderr); off by default.
    access_log: bool = field(default_factory=lambda: _env("ACCESS_LOG", "0").lower() in ("1", "true", "yes"))

    @property
    def ontology_dir(self) -> Path:
        return self.root / "ontology"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def graph_dir(self) -> Path:
        """The generated, committed graph files."""
        return self.data_dir / "graph"

    @property
    def queries_dir(self) -> Path:
        return self.root / "queries"

    @property
    def cache_dir(self) -> Path:
        """Files the service derives from the dump (per-graph Turtle, JSON-LD); not committed."""
        return self.root / "var" / "service"

    @property
    def effective_timeout(self) -> float:
        """The default query time limit, never above the cap."""
        return min(self.query_timeout, self.max_query_timeout)

    def report_ids(self) -> list[str]:
        return sorted(p.name for p in self.reports_dir.iterdir() if (p / "report.yaml").exists())
