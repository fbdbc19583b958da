"""The corpus, drafted (issue 13, deliverable 7): every report of ../shared/corpus and every uncurated one of
../shared/sources drafted by the extractor into one N-Quads file, each report its own named graph, plus a manifest.

    python -m api draft-corpus [--sources DIR ...] [--out DIR] [--jobs 2] [--limit N]

Each source folder lists its files in corpus.tsv (file, report_id, level, place_zh, year, title, sha256 …) or
sources.tsv (file, level, place, year, title, sha256 …; the id is the file's stem); a folder with neither is read
as every *.txt under it, the id the file's stem. Reports of data/reports (report.yaml) are left out: they are reviewed here, their graph is built from records.

Graph sets, for SPARQL users (api/graphsets.py)
-----------------------------------------------
- Reviewed: https://w3id.org/gwr/graph/<report> — built from the curated records (`python -m api build`). The
  default dataset of /sparql, the API and the pages.
- Drafted: https://w3id.org/gwr/graph/draft/<report> — machine-drafted, NOT REVIEWED. Each such graph says so:
  `<graph> prov:wasGeneratedBy <activity>`, the activity (prov:Activity, rdfs:label "api.extract <version>")
  `prov:wasAssociatedWith` the software agent id:agent/api-extract (schema:softwareVersion) and `prov:used`
  id:source/<report>, whose schema:sha256 is the SHA-256 of the file exactly as drafted; every drafted fact,
  mention and proposed entity is typed gwr:DraftedStatement. The graph carries the extractor's per-field
  precision measured by `python -m api evaluate` on the fully curated reports, as DQV measurements:
  `<graph> dqv:hasQualityMeasurement [ dqv:isMeasurementOf id:metric/extract-precision-<field> ; dqv:value 0.97 ]`.
  Proposed entities (id:<kind>/proposed-<sha1>), indicators (id:indicator/proposed-<sha1>) and units
  (id:unit-proposed-<sha1>) exist only in drafted graphs and carry rdfs:comment "… NOT REVIEWED".
- All: both. Name a set where a dataset is named: `FROM <https://w3id.org/gwr/graph/set/drafted>`, or the
  protocol's `default-graph-uri` / `named-graph-uri` (…/graph/set/reviewed, …/drafted, …/all).

Slim by design: per fact its type and mark, indicator, about, period, value (or range), unit, comparison, measure,
direction, baseline, the words as written, the quote and one position selector (no TextQuoteSelector: its exact,
prefix and suffix are the source's characters at those offsets); per mention its entity and position.

Output (not committed; var/ is ignored by git): OUT/drafts.nq.gz — every drafted graph, reports in id order, each
report's quads sorted, gzip-compressed (byte-identical on rerun; `GWR_DRAFTS=OUT/drafts.nq.gz` serves it beside the
reviewed graph, api/service/graphsets.py) — and OUT/manifest.json: counts, failures with their reasons
(a bad file is reported, never stops the run), proposed units, the precision attached, and the run's time.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from multiprocessing import get_context
from pathlib import Path

from api.extract import VERSION
from api.extract.origin import infer_place, place_stem
from api.iris import prefixes

MANIFEST = "manifest.json"
QUADS = "drafts.nq.gz"      # gzip (RFC 1952, mtime 0: byte-identical on rerun); Oxigraph and Virtuoso load it


@dataclass(frozen=True)
class Item:
    report: str
    path: str
    place: str = ""
    year: int | None = None
    sha256: str = ""            # as listed; a mismatch is reported
    level: str = ""             # national, province, city, prefecture: the class of a place the registry lacks
    title: str = ""             # as listed; the text's own title line wins


def read_folder(folder: Path) -> list[Item]:
    """The reports a source folder lists (corpus.tsv or sources.tsv), else every *.txt under it."""
    for listing in ("corpus.tsv", "sources.tsv"):
        tsv = folder / listing
        if tsv.is_file():
            with tsv.open(encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
            out = []
            for row in rows:
                file = row.get("file") or ""
                if not file:
                    continue
                year = row.get("year") or ""
                out.append(Item(row.get("report_id") or Path(file).stem, str(folder / file),
                                row.get("place_zh") or row.get("place") or "",
                                int(year) if year.isdigit() else None, row.get("sha256") or "",
                                row.get("level") or "", row.get("title") or ""))
            return distinct(out)
    return [Item(p.stem, str(p)) for p in sorted(folder.rglob("*.txt"))]


ID_PARTS = re.compile(r"^(?P<key>[a-z0-9]+(?:-[a-z0-9]+)*?)-(?P<rest>\d{4}.*)$")


def distinct(items: list[Item]) -> list[Item]:
    """One folder's reports with ids that name one report each. A listing's ids are not always unique:
    ../shared/corpus lists fuzhou-2014 twice, 福州市 (city) and 抚州市 (prefecture), and likewise suzhou (苏州/宿州) and
    jilin (吉林省/吉林市). Every file is a report, so where an id's place key (the id before its year; the drafted
    place is place/<key> when the registry lacks it, indicators.place_ref) names more than one place of the listing,
    every report of each of those places gets the place's level after the key — fuzhou-city-2014,
    fuzhou-prefecture-2014, place/fuzhou-city — for all its years, so that one place keeps one IRI (the listing's
    own ids already do this with tone digits: tai1zhou1 台州, tai4zhou1 泰州). Two places of one key and one level
    get the first 8 hex digits of the SHA-1 of their name instead. Deterministic: the ids depend on the listing
    only, not on its order."""
    places: dict[str, set[tuple[str, str]]] = {}
    for item in items:
        m = ID_PARTS.match(item.report)
        if m:
            places.setdefault(m["key"], set()).add((item.place, item.level))
    out = []
    for item in items:
        m = ID_PARTS.match(item.report)
        shared = places.get(m["key"], set()) if m else set()
        if m and len({name for name, _ in shared}) > 1:
            levels = [level for name, level in shared if name != item.place]
            tag = item.level if item.level and item.level not in levels else \
                hashlib.sha1(item.place.encode("utf-8")).hexdigest()[:8]
            item = replace(item, report=f"{m['key']}-{tag}-{m['rest']}")
        out.append(item)
    return out


def once(items: list[Item]) -> tuple[list[Item], list[dict]]:
    """One draft per text: files listed with the same SHA-256 are one report listed twice (../shared/corpus lists
    淮安市's 2016 report also as huainan-2016, 淮南市), and drafting both would state its facts of two places. The
    one kept is the one whose listed place the text's first lines name (淮安市 …), else the first by id; the others
    are returned with the reason, for the manifest."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        if item.sha256:
            groups.setdefault(item.sha256, []).append(item)
    dropped: dict[str, dict] = {}
    for same in groups.values():
        if len(same) < 2:
            continue
        head = Path(same[0].path).read_text(encoding="utf-8", errors="replace")[:300]
        named = [i for i in same if i.place and place_stem(i.place) in head]
        keep = (named or same)[0]
        for i in same:
            if i is not keep:
                dropped[i.report] = {"report": i.report, "file": i.path, "same_as": keep.report,
                                     "reason": f"the same text (SHA-256 {i.sha256[:12]}…) as {keep.report}, whose "
                                               f"listed place {keep.place or '?'} the text names: drafted once"}
    return [i for i in items if i.report not in dropped], sorted(dropped.values(), key=lambda d: d["report"])


def collect(folders: list[Path], curated: set[str]) -> list[Item]:
    """Every listed report not curated here, once (the first folder listing an id wins), in id order."""
    seen: dict[str, Item] = {}
    for folder in folders:
        for item in read_folder(folder):
            if item.report not in curated and item.report not in seen:
                seen[item.report] = item
    return [seen[k] for k in sorted(seen)]


# --- the worker: registry and vocabulary loaded once per process ---------------------------------------------
_STATE: dict = {}


def _init(root: str, ontology: str, quality: dict[str, float]) -> None:
    from api.extract.indicators import load_registry
    from api.vocab import load_vocabulary
    vocab = load_vocabulary(Path(ontology))
    _STATE.update(vocab=vocab, registry=load_registry(Path(root), vocab), quality=quality)


NATION = {"中华人民共和国", "全国", "国务院"}      # the listing's and the text's names of the nation's government


def other_place(text: str, listed: str) -> str:
    """The place the text names as its government (origin.infer_place) when it is not the listed one, else "".
    ../shared/corpus lists 池州市's 2016 report as cangzhou-2016 (沧州市) and 宿州市's 2015 report as suqian-2015
    (宿迁市): their drafts would state one city's figures of another."""
    named = infer_place(text)
    if not named or not listed or {named, listed} <= NATION:
        return ""
    a, b = place_stem(named), place_stem(listed)
    return "" if a == b or a in listed or b in named else named


def text_year(text: str, listed: int | None) -> int | None:
    """The year the text itself gives when it contradicts the listing, else the listed year. The text wins only
    when two of its own witnesses agree — the date it was given (origin.given_year) and a part heading's year
    (origin.heading_years) — and no heading supports the listing: ../shared/corpus lists the 2014 report of 潮州
    (given 2014年2月20日, "2013年工作回顾") as chaozhou-2015, and Sichuan's reports by the year they review. A date line
    alone does not win (jiangsu-2003's says 2010年2月20日 of a report whose heading is "2003年预期目标")."""
    from api.extract.origin import given_year, heading_years
    given = given_year(text)
    if listed is None or given is None:
        return listed
    implied = heading_years(text)
    return given if given != listed and given in implied and listed not in implied else listed


def draft_one(item: Item) -> dict:
    """One report → its sorted N-Quads and counts, or the reason it could not be drafted (never raises)."""
    from api.extract.draft import draft, nquads, safe_id, unit_counts
    from api.extract.structure import InputError, read_text
    started = time.perf_counter()
    out: dict = {"report": item.report, "file": item.path}
    try:
        if not safe_id(item.report):
            raise ValueError(f"report id {item.report!r} is not lower-case ASCII words joined by '-'")
        text = read_text(Path(item.path))
        named = other_place(text, item.place)
        if named:
            raise ValueError(f"the text is {named}'s report, the listing says {item.place}: not drafted (a report "
                             "stated of the wrong place would be false)")
        year = text_year(text, item.year)
        d = draft(text, item.report, _STATE["registry"], year=year, place=item.place or None,
                  level=item.level, title=item.title)
        quads = nquads(d, _STATE["vocab"], _STATE["quality"], Path(item.path).name)
    except (InputError, ValueError) as exc:
        return {**out, "error": str(exc)}
    except Exception as exc:                # noqa: BLE001 — a bad file must not stop the corpus
        return {**out, "error": f"{type(exc).__name__}: {exc}"}
    out.update(sha256=d.sha256, facts=len(d.facts), mentions=len(d.mentions), candidates=len(d.candidates),
               quads=quads.count("\n"), bytes=len(quads.encode("utf-8")),
               units=unit_counts(d, _STATE["vocab"].units), nquads=quads,
               seconds=round(time.perf_counter() - started, 3))
    warnings = []
    if item.sha256 and item.sha256 != d.sha256:
        warnings.append(f"SHA-256 {d.sha256[:12]}… differs from the listing's {item.sha256[:12]}…")
    if year != item.year:
        warnings.append(f"the text's date and headings give the year {year}, the listing {item.year}: drafted as {year}")
    if warnings:
        out["warning"] = "; ".join(warnings)
    return out


def fully_curated(settings) -> list[str]:
    """Reports whose records cover every statement (report.yaml `scope` other than headline): only there does a
    drafted fact without a record count against precision."""
    import yaml
    out = []
    for rid in settings.report_ids():
        meta = yaml.safe_load((settings.reports_dir / rid / "report.yaml").read_text(encoding="utf-8")) or {}
        if meta.get("scope", "full") != "headline" and any((settings.reports_dir / rid / "records").glob("*.yaml")):
            out.append(rid)
    return out


def precision_of_curated(settings) -> dict[str, float]:
    """Per-field precision of the extractor over every fully curated report (`python -m api evaluate`)."""
    from api.extract.evaluate import FIELDS, Result, evaluate_reports, scores
    ids = fully_curated(settings)
    results = evaluate_reports(settings, ids) if ids else []
    if not results:
        return {}
    total = Result("all", sum(r.curated for r in results), sum(r.drafted for r in results),
                   sum(r.matched for r in results), {n: sum(r.agree[n] for r in results) for n in FIELDS})
    return {name: round(scores(total, name)[0], 4) for name in FIELDS}


def progress(total: int, quiet: bool):
    """tqdm's bar on a terminal (or when asked), else a plain line every 5 %."""
    try:
        from tqdm import tqdm
    except ModuleNotFoundError:         # pragma: no cover — tqdm is in requirements.lock
        tqdm = None
    if tqdm is not None and not quiet:
        return tqdm(total=total, unit="report", file=sys.stderr, mininterval=0.5)

    class Plain:
        n = 0

        def update(self, k: int = 1) -> None:
            step = max(1, total // 20)
            for _ in range(k):
                self.n += 1
                if not quiet and (self.n % step == 0 or self.n == total):
                    print(f"drafted {self.n}/{total}", file=sys.stderr, flush=True)

        def close(self) -> None:
            pass
    return Plain()


def draft_corpus(settings, folders: list[Path], out: Path, jobs: int = 2, limit: int | None = None,
                 quiet: bool = False) -> dict:
    started = time.time()
    curated = set(settings.report_ids())   # every report of data/reports is reviewed here: never drafted
    items, duplicates = once(collect(folders, curated))
    if limit is not None:
        items = items[:limit]
    quality = precision_of_curated(settings)
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / (QUADS + ".tmp")
    reports: list[dict] = []
    failures: list[dict] = []
    units: dict[str, int] = {}
    totals = {"facts": 0, "mentions": 0, "candidates": 0, "quads": 0, "bytes": 0}
    bar = progress(len(items), quiet)
    args = (str(settings.root), str(settings.ontology_dir), quality)
    with tmp.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as fh:
        if jobs <= 1:
            _init(*args)
            results: Iterator[dict] = map(draft_one, items)
            pool = None
        else:
            pool = get_context("fork" if os.name == "posix" else "spawn").Pool(jobs, _init, args)
            results = pool.imap(draft_one, items, chunksize=4)       # in order: the file is deterministic
        try:
            for res in results:
                bar.update(1)
                if "error" in res:
                    failures.append({"report": res["report"], "file": res["file"], "reason": res["error"]})
                    continue
                fh.write(res.pop("nquads"))
                for k in totals:
                    totals[k] += res[k]
                for u, n in res.pop("units").items():
                    units[u] = units.get(u, 0) + n
                reports.append(res)
        finally:
            bar.close()
            if pool is not None:
                pool.close()
                pool.join()
    tmp.replace(out / QUADS)
    seconds = round(time.time() - started, 1)
    manifest = {
        "extractor": f"api.extract {VERSION}", "jobs": jobs, "seconds": seconds,
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "sources": [str(f) for f in folders], "curated_left_out": sorted(curated),
        "reports": len(items), "drafted": len(reports), "failed": len(failures), **totals,
        "graphs": {"reviewed": prefixes()["graph"] + "<report>", "drafted": prefixes()["graph"] + "draft/<report>"},
        "precision_on_curated": quality, "precision_measured_on": fully_curated(settings),
        "proposed_units": dict(sorted(units.items(), key=lambda kv: (-kv[1], kv[0]))),
        "failures": failures, "duplicates": duplicates,
        "warnings": [{"report": r["report"], "warning": r.pop("warning")} for r in reports if "warning" in r],
        "per_report": [{k: r[k] for k in ("report", "file", "sha256", "facts", "mentions", "candidates", "quads",
                                          "bytes", "seconds")} for r in reports],
        "bytes_per_report": round(totals["bytes"] / max(1, len(reports))),
        "nquads_gz_bytes": (out / QUADS).stat().st_size,
        "nquads": QUADS, "nquads_sha256": hashlib.sha256((out / QUADS).read_bytes()).hexdigest(),
    }
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return manifest
