"""Graph files → pyoxigraph store. Every query of the project runs here, natively on Oxigraph."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from api.settings import Settings

DUMP = "all.nq"


def dump_path(settings: Settings) -> Path:
    return settings.graph_dir / DUMP


def open_store(settings: Settings, path: Path | None = None) -> ox.Store:
    """An in-memory store holding every named graph of the N-Quads dump."""
    path = path or dump_path(settings)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `python -m api build` first")
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return store


def run_query(store: ox.Store, text: str, substitutions: dict | None = None):
    """A read query over the union of all named graphs (the service's default graph)."""
    from api.namespaces import PREFIXES   # rdflib: imported here, off the service's start-up path
    return store.query(text, use_default_graph_as_union=True,
                       prefixes={k: str(v) for k, v in PREFIXES.items()},
                       substitutions=substitutions)


def term_text(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    return term.value if hasattr(term, "value") else str(term)
