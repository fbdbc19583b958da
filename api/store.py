"""Graph files → pyoxigraph store. Every query of the project runs here, natively on Oxigraph."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox

from api import iris
from api.settings import Settings

DUMP = "all.nq"
MANIFEST = "gwr-store.json"     # beside RocksDB's files in an on-disk store: what it was loaded from


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file, read a MiB at a time (a dump can be gigabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def dump_path(settings: Settings) -> Path:
    return settings.graph_dir / DUMP


def drafts_path(settings: Settings) -> Path | None:
    """The drafted N-Quads to load beside the reviewed dump (GWR_DRAFTS), or None."""
    if not settings.drafts:
        return None
    path = Path(settings.drafts)
    if not path.exists():
        raise FileNotFoundError(f"GWR_DRAFTS={path} is missing: run `python -m api draft-corpus` first")
    return path


def load_drafts(store: ox.Store, path: Path, reviewed: Path, base: str = iris.DEFAULT_BASE) -> None:
    """Bulk-load drafted N-Quads (gzip-compressed when the name ends in .gz) into `store`; their graphs are
    graph/draft/<report> (api/graphsets.py keeps them out of the default dataset), and materialise the two set
    graphs (graphsets.materialise) from them and from the `reviewed` dump."""
    from api.graphsets import materialise
    _bulk(store, path)
    materialise(store, base, reviewed, drafted=False)
    materialise(store, base, path, drafted=True)


def _bulk(store: ox.Store, path: Path) -> None:
    if path.suffix == ".gz":
        import gzip
        with gzip.open(path, "rb") as fh:
            store.bulk_load(input=fh, format=ox.RdfFormat.N_QUADS)   # type: ignore[arg-type]  # a binary file
    else:
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)


def open_store(settings: Settings, path: Path | None = None) -> ox.Store:
    """An in-memory store holding every named graph of the N-Quads dump, and the drafts when GWR_DRAFTS says."""
    path = path or dump_path(settings)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `python -m api build` first")
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    drafts = drafts_path(settings)
    if drafts is not None:
        load_drafts(store, drafts, path, settings.base_iri)
    return store


def write_disk_store(settings: Settings, out: Path, path: Path | None = None) -> dict:
    """Load the N-Quads dump into an on-disk (RocksDB) store at `out`, replacing what is there.

    The store is loaded in a sibling folder and renamed into place, so a half-loaded store is never
    opened. Its manifest records the dump's SHA-256 and size, which the service reports as the data
    version without reading the dump again.
    """
    import json
    import shutil
    path = path or dump_path(settings)
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run `python -m api build` first")
    digest = sha256_of(path)
    out = out.resolve()
    tmp = out.with_name(out.name + ".loading")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    store = ox.Store(str(tmp))
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    drafts = drafts_path(settings)
    if drafts is not None:
        load_drafts(store, drafts, path, settings.base_iri)
    store.optimize()
    manifest = {"dump": path.name, "sha256": digest, "bytes": path.stat().st_size,
                "quads": len(store), "pyoxigraph": ox.__version__}
    if drafts is not None:
        manifest["drafts"] = {"file": str(drafts), "sha256": sha256_of(drafts), "bytes": drafts.stat().st_size}
    store.flush()
    del store
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return manifest


def read_manifest(directory: Path) -> dict:
    """The manifest of an on-disk store written by write_disk_store (FileNotFoundError when absent)."""
    import json
    file = Path(directory) / MANIFEST
    if not file.exists():
        raise FileNotFoundError(f"{directory} is not a store written by `python -m api store` ({MANIFEST} missing)")
    return json.loads(file.read_text(encoding="utf-8"))


def open_disk_store(directory: Path) -> ox.Store:
    """An on-disk store opened read-only: every query worker opens its own, and nothing can write to it."""
    read_manifest(directory)
    return ox.Store.read_only(str(directory))


def run_query(store: ox.Store, text: str, substitutions: dict | None = None, prefixes: dict | None = None,
              base: str = iris.DEFAULT_BASE):
    """A read query over the service's default dataset: the union of the reviewed named graphs (every graph when
    no drafts are loaded; api/graphsets.py); `prefixes` defaults to the project's namespaces."""
    from api.graphsets import query_dataset
    if prefixes is None:
        prefixes = iris.prefixes()
    return store.query(text, prefixes=prefixes, substitutions=substitutions, **query_dataset(store, base, text=text))

