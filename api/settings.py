"""One settings object for the CLI and the service. Values come from arguments, then GWR_* environment
variables, then these defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(f"GWR_{name}", default)


def _env_list(name: str, default: str = "") -> tuple[str, ...]:
    """A comma-separated GWR_* variable as a tuple of non-empty items."""
    return tuple(item.strip() for item in _env(name, default).split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=lambda: Path(_env("ROOT", str(ROOT))))
    base_iri: str = field(default_factory=lambda: _env("BASE_IRI", "https://w3id.org/gwr/"))
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
    # Another SPARQL 1.1 endpoint (e.g. Virtuoso's http://host:8890/sparql) holding the dumps; "" → embedded.
    sparql_endpoint: str = field(default_factory=lambda: _env("SPARQL_ENDPOINT", ""))
    dump_max_age: int = field(default_factory=lambda: int(_env("DUMP_MAX_AGE", "3600")))

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
