"""Answers computed once when an on-disk store is written, kept beside it, and served instead of running their
query at request time.

An on-disk store never changes, so the answer of a canned query asked without parameters (or with its declared
defaults) never changes either. Some of them read the whole corpus: at 1,000 reports the search catalogue
(queries/api-catalogue.rq) takes about 110 s and results-beside-targets about 45 s, past the service's time
limits or far from interactive. `python -m api store` therefore runs every such query there once, without a
time limit, and saves its answer in the store's folder as `answers/NAME.srj`, in SPARQL 1.1 Query Results JSON
(https://www.w3.org/TR/sparql11-results-json/) written one binding per line, so that a page of rows is read
without parsing the rest. The store's manifest records for each answer the SHA-256 of the query text, the base
IRI and the parameter values it ran with, and its row count. The service uses an answer only while all three
still match the request; otherwise the query runs as before.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from api.queries import CannedQuery, list_queries
from api.service.formats import RESULT_FORMATS, written
from api.service.prefixes import prefixes_for
from api.settings import Settings
from api.store import MANIFEST, read_manifest, run_query

FOLDER = "answers"
CATALOGUE = "api-catalogue"        # the search catalogue's query (api/service/entities.py)
TAIL = "]}}\n"


def saved_queries(queries: list[CannedQuery]) -> list[CannedQuery]:
    """The canned queries whose request without parameters has one answer per store: every parameter they
    declare has a default. (A parameter without one filters only when given; unbound it widens the query to
    everything, e.g. api-describe of every resource.)"""
    return [q for q in queries if all(p.default is not None for p in q.params)]


def bound(substitutions: dict) -> dict[str, str]:
    """The values a request binds, as {variable: N-Triples term}: what is compared with a saved answer's."""
    return {v.value: str(t) for v, t in sorted(substitutions.items(), key=lambda i: i[0].value)}


def fingerprint(settings: Settings, query: CannedQuery, substitutions: dict) -> dict:
    """What a saved answer depends on, besides the store itself: the query text, the base IRI, the values bound."""
    return {"query_sha256": hashlib.sha256(query.text.encode("utf-8")).hexdigest(),
            "base_iri": settings.base_iri, "substitutions": bound(substitutions)}


def write_lines(source: Path, out: Path) -> int:
    """Rewrite a SPARQL JSON results file as the same JSON document with one binding per line; its row count."""
    answer = json.loads(source.read_bytes())
    bindings = answer["results"]["bindings"]
    with out.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"head": answer["head"]}, ensure_ascii=False)[:-1] + ', "results": {"bindings": [\n')
        for i, b in enumerate(bindings):
            f.write(json.dumps(b, ensure_ascii=False, sort_keys=True) + ("," if i + 1 < len(bindings) else "") + "\n")
        f.write(TAIL)
    return len(bindings)


def write_answers(settings: Settings, directory: Path, log=None) -> dict:
    """Run every saved query on the on-disk store at DIRECTORY (read-only), as the service's workers would,
    and save the answers beside it; record them in the store's manifest."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    store = ox.Store.read_only(str(directory))
    folder = directory / FOLDER
    folder.mkdir(exist_ok=True)
    saved = {}
    for query in saved_queries(list_queries(settings.queries_dir, settings.base_iri)):
        subs = query.substitutions({})
        t0 = time.monotonic()
        answer = run_query(store, query.text, substitutions=subs, prefixes=prefixes_for(settings),
                           base=settings.base_iri)
        if not isinstance(answer, ox.QuerySolutions):
            continue                                   # ASK and graph answers are small; they run each time
        raw = folder / (query.name + ".raw")
        answer.serialize(str(raw), ox.QueryResultsFormat.JSON)
        file = folder / (query.name + ".srj")
        rows = write_lines(raw, file)
        raw.unlink()
        saved[query.name] = {"file": f"{FOLDER}/{file.name}", **fingerprint(settings, query, subs), "rows": rows,
                             "bytes": file.stat().st_size, "seconds": round(time.monotonic() - t0, 1)}
        if log:
            log(f"  {query.name}: {rows:,} rows in {saved[query.name]['seconds']} s")
    del store
    manifest["answers"] = saved
    (directory / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return saved


@dataclass(frozen=True)
class Saved:
    """One answer saved with the store."""
    name: str
    path: Path
    rows: int
    substitutions: dict[str, str]      # the values it was computed with (query text and base IRI: read_saved)

    def page(self, offset: int, limit: int) -> tuple[list[str], list[dict]]:
        """The variables and the bindings of rows offset … offset + limit - 1, reading only as far as those."""
        bindings = []
        with self.path.open(encoding="utf-8") as f:
            head = json.loads(f.readline() + TAIL)["head"]
            for i, line in enumerate(f):
                if line == TAIL or i >= offset + limit:
                    break
                if i >= offset:
                    bindings.append(json.loads(line.rstrip().rstrip(",")))
        return head["vars"], bindings

    def serialize(self, results: str) -> bytes:
        """The whole answer as SPARQL JSON, CSV or TSV (https://www.w3.org/TR/sparql11-results-csv-tsv/)."""
        if results == "json":
            return self.path.read_bytes()
        answer = ox.parse_query_results(path=str(self.path), format=ox.QueryResultsFormat.JSON)
        return written(answer.serialize(format=RESULT_FORMATS[results]))


def read_saved(settings: Settings, queries: dict[str, CannedQuery]) -> dict[str, Saved]:
    """The answers saved with the on-disk store being served that are still their query's answer: same text,
    same base IRI, checked here once, as neither changes while serving; the values bound, per request."""
    if not settings.store_dir:
        return {}
    directory = Path(settings.store_dir)
    try:
        entries = read_manifest(directory).get("answers") or {}
    except FileNotFoundError:
        return {}
    found = {}
    for name, entry in entries.items():
        query = queries.get(name)
        if query is None or not (directory / entry["file"]).exists():
            continue
        expected = fingerprint(settings, query, {})
        if all(entry.get(k) == expected[k] for k in ("query_sha256", "base_iri")):
            found[name] = Saved(name, directory / entry["file"], entry["rows"], entry["substitutions"])
    return found


def answer_for(saved: dict[str, Saved], query: CannedQuery, substitutions: dict) -> Saved | None:
    """The saved answer of this request, if there is one: the query's, computed with the values it binds."""
    entry = saved.get(query.name)
    return entry if entry is not None and entry.substitutions == bound(substitutions) else None
