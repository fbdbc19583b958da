"""One settings object for the CLI and the service. Values come from arguments, then GWR_* environment
variables, then these defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(f"GWR_{name}", default)


@dataclass(frozen=True)
class Settings:
    root: Path = field(default_factory=lambda: Path(_env("ROOT", str(ROOT))))
    base_iri: str = field(default_factory=lambda: _env("BASE_IRI", "https://w3id.org/gwr/"))

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

    def report_ids(self) -> list[str]:
        return sorted(p.name for p in self.reports_dir.iterdir() if (p / "report.yaml").exists())
