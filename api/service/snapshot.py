"""Answers computed once when an on-disk store is written, kept beside it, and read by the service instead of
running their query at request time.

The search catalogue (queries/api-catalogue.rq) reads every labelled entity: about 40 ms for one report, but
30–90 s for 1,000, past the service's time limits. An on-disk store never changes, so `python -m api store`
runs the query there once, without a time limit, and saves its SPARQL 1.1 Query Results JSON answer
(https://www.w3.org/TR/sparql11-results-json/) as `catalogue.srj` in the store's folder, recording in the
store's manifest the SHA-256 of the query text and the base IRI it ran with. The service uses the file only
while both still match; otherwise it runs the query as before.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyoxigraph as ox

from api.settings import Settings
from api.store import MANIFEST, read_manifest, run_query

CATALOGUE = "catalogue.srj"
QUERY = "api-catalogue.rq"


def query_text(settings: Settings) -> str:
    return (settings.queries_dir / QUERY).read_text(encoding="utf-8")


def fingerprint(settings: Settings) -> dict:
    """What the saved answer depends on, besides the store itself."""
    return {"query_sha256": hashlib.sha256(query_text(settings).encode("utf-8")).hexdigest(),
            "base_iri": settings.base_iri}


def write_catalogue(settings: Settings, directory: Path) -> dict:
    """Run the catalogue query on the on-disk store at DIRECTORY (read-only) and save its answer beside it."""
    from api.service.engine import prefixes_for
    directory = Path(directory)
    manifest = read_manifest(directory)
    store = ox.Store.read_only(str(directory))
    answer = run_query(store, query_text(settings), prefixes=prefixes_for(settings))   # as the workers run it
    tmp = directory / (CATALOGUE + ".tmp")
    answer.serialize(str(tmp), ox.QueryResultsFormat.JSON)
    del answer, store
    tmp.replace(directory / CATALOGUE)
    manifest["catalogue"] = {"file": CATALOGUE, **fingerprint(settings),
                             "bytes": (directory / CATALOGUE).stat().st_size}
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest["catalogue"]


def read_catalogue(settings: Settings) -> bytes | None:
    """The saved catalogue answer of the on-disk store being served, if it is still the query's answer."""
    if not settings.store_dir:
        return None
    directory = Path(settings.store_dir)
    try:
        saved = read_manifest(directory).get("catalogue")
    except FileNotFoundError:
        return None
    if not saved or any(saved.get(k) != v for k, v in fingerprint(settings).items()):
        return None
    file = directory / saved["file"]
    return file.read_bytes() if file.exists() else None
