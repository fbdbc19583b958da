"""Scale benchmark: the service on 1, 10, 100 and 1,000 reports' worth of triples.

    python bench/scale.py [--sizes 1 10 100 1000] [--workdir /tmp/gwr-scale] [--reps 50] [--json out.json]
    python bench/scale.py --quick            # 1 and 10 reports, few repetitions (what CI runs)
    python bench/scale.py --store ...        # each corpus served from an on-disk store (GWR_STORE_DIR)

For each size it generates the corpus (bench/generate.py: the real dump plus synthetic report-shaped
copies), starts `python -m api serve` on it (GWR_ROOT), and measures
  - load: launch → first /health answer (the service reads, hashes and bulk-loads the dump, forks workers);
  - store size: quads, dump bytes, and memory: server RSS, RSS and PSS of server + query workers, peak;
  - latency (p50/p99 over sequential requests on one keep-alive connection) of entity lookups
    (/api/entities/{kind}/{key} and /id/{kind}/{key} as JSON-LD), of search, and of every canned query
    at /api/queries/{name} with its default parameters.
Lookups of report-specific entities touch the same data at every size (goal: within 2× of one report);
lookups of shared concepts (indicator/gdp, industry/…) and the canned queries touch data that grows with
the corpus, so their latency growth is compared with the growth of their result rows and of the corpus.
Nothing is asserted here: the script prints what it measures.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate
import scale_server  # puts this checkout's `api` on the path

from api.store import sha256_of

# (label, path, Accept, what it touches)
FIXED = "fixed"      # the same triples at every size
GROWS = "grows"      # data that grows with the corpus
LOOKUPS = [
    ("api project", "/api/entities/project/jinzhouwan-international-airport", "application/json", FIXED),
    ("api zone", "/api/entities/zone/jinpu-new-area", "application/json", FIXED),
    ("api place (hub)", "/api/entities/place/dalian", "application/json", FIXED),
    ("api indicator (shared)", "/api/entities/indicator/gdp", "application/json", GROWS),
    ("api industry (shared)", "/api/entities/industry/marine-economy", "application/json", GROWS),
    ("id project jsonld", "/id/project/jinzhouwan-international-airport", "application/ld+json", FIXED),
    ("id place jsonld", "/id/place/dalian", "application/ld+json", FIXED),
    ("id fact jsonld", "/id/fact/dalian-2024-t2024-gdp-growth", "application/ld+json", FIXED),
    ("id indicator jsonld (shared)", "/id/indicator/gdp", "application/ld+json", GROWS),
    ("id project ttl", "/id/project/jinzhouwan-international-airport.ttl", "*/*", FIXED),
]
SEARCHES = [("search zh", "/api/search?q=金州湾"), ("search pinyin", "/api/search?q=jinzhou"),
            ("search en", "/api/search?q=airport")]
# Canned queries meant to be run with a bound parameter (the entity routes do that); unbound they
# describe the whole graph, which is not a query anyone runs.
BOUND_ONLY = {"api-describe", "api-describe-rows", "api-links", "api-facts", "api-statements"}


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def timed(client: httpx.Client, path: str, accept: str, reps: int, budget: float) -> dict:
    """Sequential requests: warm-up, then up to `reps` timed ones within `budget` seconds."""
    times, statuses, rows, size = [], {}, None, 0
    try:
        r = client.get(path, headers={"Accept": accept})
    except httpx.HTTPError as exc:
        return {"n": 0, "first_ms": None, "p50_ms": None, "p99_ms": None, "mean_ms": None,
                "status": {0: 1}, "rows": None, "bytes": 0, "error": type(exc).__name__}
    statuses[r.status_code] = 1
    if r.status_code == 200 and r.headers.get("content-type", "").startswith("application/json"):
        body = r.json()
        rows = body.get("total", len(body.get("facts", [])) + len(body.get("linked", [])))
    elif r.status_code == 200 and r.headers.get("content-type", "").startswith("application/sparql-results+json"):
        rows = len(r.json()["results"]["bindings"])
    size = len(r.content)
    first = r.elapsed.total_seconds()
    t_end = time.monotonic() + budget
    for i in range(reps):
        t0 = time.perf_counter()
        try:
            r = client.get(path, headers={"Accept": accept})
            code = r.status_code
        except httpx.HTTPError:      # the server dropped the connection: count it, go on
            code = 0
        times.append(time.perf_counter() - t0)
        statuses[code] = statuses.get(code, 0) + 1
        if time.monotonic() > t_end and i >= 2:
            break
    return {"n": len(times), "first_ms": round(first * 1000, 2),
            "p50_ms": round(percentile(times, 50) * 1000, 2), "p99_ms": round(percentile(times, 99) * 1000, 2),
            "mean_ms": round(statistics.fmean(times) * 1000, 2), "status": statuses, "rows": rows, "bytes": size}


def measured(m: dict | None) -> bool:
    """A measurement with figures (not one whose first request already failed)."""
    return bool(m) and m.get("p50_ms") is not None


def build_disk_store(root: Path, reuse: bool = False) -> dict:
    """`python -m api store ROOT/store` on the corpus (GWR_ROOT=ROOT): build time, size on disk, and the time
    each saved answer took to compute (the query run once on the store, without a time limit). With `reuse`,
    a store already there that was loaded from this very dump is kept and only its answers are computed again."""
    out = root / "store"
    dump = root / "data" / "graph" / "all.nq"
    manifest = out / "gwr-store.json"
    t0 = time.monotonic()
    if reuse and manifest.exists() and json.loads(manifest.read_text())["sha256"] == sha256_of(dump):
        from api.service.answers import write_answers
        from api.settings import Settings
        write_answers(Settings(root=root), out)
        built = None
    else:
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "api", "store", str(out)], cwd=generate.ROOT,
                       env=scale_server.project_env(root), check=True, stdout=subprocess.DEVNULL)
        built = round(time.monotonic() - t0, 1)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    answers = json.loads(manifest.read_text()).get("answers", {})
    return {"dir": out, "build_s": built, "size_mb": round(size / 2**20, 1),
            "answers": {name: {k: a[k] for k in ("rows", "seconds", "bytes")} for name, a in answers.items()}}


def measure(root: Path, reports: int, reps: int, budget: float, query_timeout: float | None,
            workers: int, queries: list[str] | None = None, log=print, store: bool = False,
            reuse: bool = False) -> dict:
    """Start the service on ROOT (in memory, or on an on-disk store built first) and time every endpoint."""
    info = json.loads((root / "shape.json").read_text(encoding="utf-8"))["generated"]
    disk = build_disk_store(root, reuse) if store else None
    env = {"GWR_STORE_DIR": str(disk["dir"])} if disk else None
    server = scale_server.start(root, workers=workers, query_timeout=query_timeout, env=env)
    peak = {"total_pss_mb": 0}

    def sample():
        m = server.memory().mb()
        if m["total_pss_mb"] >= peak["total_pss_mb"]:
            peak.update(m)
    try:
        result = {"reports": reports, "quads": info["quads"], "dump_mb": round(info["bytes"] / 2**20, 1),
                  "store": "disk" if disk else "memory",
                  "store_build_s": disk and disk["build_s"], "store_mb": disk and disk["size_mb"],
                  "answers": disk and disk["answers"],
                  "load_s": round(server.started, 2), "memory_loaded": server.memory().mb(),
                  "lookups": {}, "search": {}, "canned": {}, "sparql": {}}
        log(f"[{reports} reports] {info['quads']:,} quads, loaded in {server.started:.1f} s, "
            f"memory {result['memory_loaded']}")
        with httpx.Client(base_url=server.url, timeout=httpx.Timeout(120.0)) as client:
            for label, path, accept, touches in LOOKUPS:
                result["lookups"][label] = {**timed(client, path, accept, reps, budget), "touches": touches,
                                            "path": path}
                log(f"  {label:32} {result['lookups'][label]}")
                sample()
            t0 = time.perf_counter()
            first = client.get("/api/search?q=大连")      # builds the catalogue (api-catalogue.rq) once
            result["catalogue_first_search_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            result["catalogue_status"] = first.status_code
            for label, path in SEARCHES:
                result["search"][label] = timed(client, path, "application/json", reps, budget)
                log(f"  {label:32} {result['search'][label]}")
                sample()
            listing = client.get("/api/queries").json()["items"]
            for q in listing:
                name = q["name"]
                if name in BOUND_ONLY or (queries and name not in queries):
                    continue
                result["canned"][name] = timed(client, f"/api/queries/{name}", "application/json",
                                               max(3, reps // 5), budget)
                log(f"  {name:32} {result['canned'][name]}")
                sample()
                if q["params"] or name == "api-catalogue":
                    continue
                # The same query text at the SPARQL endpoint: what the engine takes at request time (canned
                # queries of an on-disk store are answered from the answers saved with it). The catalogue
                # is left out: it runs past any limit at 1,000 reports (its time is in "answers").
                text = (root / "queries" / f"{name}.rq").read_text(encoding="utf-8")
                result["sparql"][name] = timed(client, "/sparql?" + urllib.parse.urlencode({"query": text}),
                                               "application/sparql-results+json", max(3, reps // 5), budget)
                log(f"  {'sparql ' + name:32} {result['sparql'][name]}")
                sample()
        result["memory_after"] = server.memory().mb()
        result["memory_peak"] = dict(peak)
        result["server_alive"] = server.proc.poll() is None
        result["loadavg_1m"] = round(os.getloadavg()[0], 2)
        log(f"  memory after: {result['memory_after']}")
    finally:
        server.stop()
    return result


def growth_tables(results: list[dict]) -> str:
    """Markdown tables: lookups and canned queries, p50/p99 per size, and growth against one report."""
    base = results[0]
    sizes = [r["reports"] for r in results]
    out = []
    out.append("| reports | quads | dump MB | store | store build s / MB | load s | PSS loaded MB |"
               " PSS highest MB | server peak RSS MB | server alive at end | catalogue (first search) ms | load avg |")
    out.append("|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---:|---:|")
    for r in results:
        loaded, high = r["memory_loaded"], r.get("memory_peak") or r["memory_after"]
        disk = f"{r['store_build_s'] or 'reused'} / {r['store_mb']:,}" if r.get("store_mb") else "—"
        out.append(f"| {r['reports']:,} | {r['quads']:,} | {r['dump_mb']} | {r.get('store', 'memory')} | {disk} | "
                   f"{r['load_s']} | {loaded['total_pss_mb']:,} | {high['total_pss_mb']:,} | "
                   f"{high['peak_rss_mb']:,} | {'yes' if r.get('server_alive', True) else 'NO'} | "
                   f"{r['catalogue_first_search_ms']} ({r['catalogue_status']}) | {r.get('loadavg_1m')} |")
    out.append("")

    def table(section: str, title: str, touches_col: bool):
        head = f"| {title} | " + " | ".join(f"{n:,} p50 / p99 ms" for n in sizes) + \
               f" | p50 ×{sizes[-1]:,} vs ×1 | rows ×1 → ×{sizes[-1]:,} | status |"
        out.append(head)
        out.append("|---|" + "---:|" * len(sizes) + "---:|---:|---|")
        for name in base[section]:
            cells, statuses = [], set()
            for r in results:
                m = r[section].get(name)
                if not measured(m):
                    cells.append(f"— ({m['error']})" if m and m.get("error") else "—")
                    statuses |= {int(s) for s in (m or {}).get("status", {})}
                    continue
                cells.append(f"{m['p50_ms']:.1f} / {m['p99_ms']:.1f}")
                statuses |= {int(s) for s in m["status"]}
            first, last = base[section][name], results[-1][section].get(name)
            ratio = f"{last['p50_ms'] / first['p50_ms']:.2f}×" if measured(last) and measured(first) else "—"
            rows = f"{first.get('rows')} → {last.get('rows')}" if last else "—"
            label = f"{name} ({base[section][name].get('touches', '')})" if touches_col else name
            out.append(f"| {label} | " + " | ".join(cells) + f" | {ratio} | {rows} | "
                       f"{','.join(map(str, sorted(statuses)))} |")
        out.append("")
    table("lookups", "entity lookup", True)
    table("search", "search", False)
    table("canned", "canned query", False)
    if any(r.get("sparql") for r in results):
        table("sparql", "the same query at /sparql", False)
    if any(r.get("answers") for r in results):
        out.append("| saved answer (python -m api store) | " + " | ".join(f"{n:,} rows / s" for n in sizes) + " |")
        out.append("|---|" + "---:|" * len(sizes))
        for name in (results[-1].get("answers") or {}):
            cells = [f"{a['rows']:,} / {a['seconds']}" if (a := (r.get("answers") or {}).get(name)) else "—"
                     for r in results]
            out.append(f"| {name} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def verdicts(results: list[dict]) -> list[str]:
    """The issue's two goals, checked on what was measured."""
    base, last = results[0], results[-1]
    data_growth = last["quads"] / base["quads"]
    lines = []
    for name, m in base["lookups"].items():
        if m["touches"] != FIXED:
            continue
        if not (measured(m) and measured(last["lookups"].get(name))):
            lines.append(f"lookup {name}: NOT measured at {last['reports']:,} reports")
            continue
        ratio = last["lookups"][name]["p50_ms"] / m["p50_ms"]
        lines.append(f"lookup {name}: p50 {ratio:.2f}× one report's at {last['reports']:,} reports "
                     f"({'within' if ratio <= 2 else 'NOT within'} 2×)")
    for section, name, m in [(s, n, m) for s in ("canned", "sparql") for n, m in base.get(s, {}).items()]:
        now = last.get(section, {}).get(name)
        if not now:
            continue
        if section == "sparql":
            name = "/sparql " + name
        if not (measured(m) and measured(now)):
            lines.append(f"canned {name}: FAILED (no answer: {now.get('error') or m.get('error')})")
            continue
        ok = set(map(int, now["status"])) == {200}
        ratio = now["p50_ms"] / m["p50_ms"]
        rows = (now["rows"] or 0) / m["rows"] if m.get("rows") else None
        # What a query touches grows at most like the corpus (every report is in the default graph) or
        # like its result, whichever is larger; a query confined to fixed data touches less.
        touched = max(rows or 1.0, data_growth)
        verdict = ("FAILED " + str(sorted(map(int, now["status"]))) if not ok else
                   "GROWS FASTER than the data it touches" if ratio > 1.5 * touched else "ok")
        lines.append(f"canned {name}: p50 ×{ratio:.1f}, rows ×{rows:.1f}, corpus ×{data_growth:.1f}: {verdict}"
                     if rows is not None else
                     f"canned {name}: p50 ×{ratio:.1f}, corpus ×{data_growth:.1f}: {verdict}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[1, 10, 100, 1000])
    ap.add_argument("--quick", action="store_true", help="1 and 10 reports, 10 repetitions")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/gwr-scale"))
    ap.add_argument("--reps", type=int, default=50, help="timed requests per lookup (canned queries: reps/5)")
    ap.add_argument("--budget", type=float, default=30, help="seconds at most per endpoint and size")
    ap.add_argument("--query-timeout", type=float, default=None, help="GWR_QUERY_TIMEOUT (default: the service's)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--store", action="store_true",
                    help="serve each corpus from an on-disk store (python -m api store, GWR_STORE_DIR)")
    ap.add_argument("--reuse-store", action="store_true",
                    help="with --store: keep an on-disk store already loaded from the same dump "
                         "(answers are recomputed)")
    ap.add_argument("--json", type=Path, default=None, help="write the raw figures here")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora")
    ap.add_argument("--fresh", action="store_true", help="snapshot data/graph/all.nq again")
    args = ap.parse_args()
    if args.quick:
        args.sizes, args.reps = [1, 10], min(args.reps, 10)
    results = []
    per_quad = None
    # One snapshot of the real dump for every size (data/graph/all.nq may be rebuilt meanwhile).
    args.workdir.mkdir(parents=True, exist_ok=True)
    source = args.workdir / "source.nq"
    real = generate.ROOT / "data" / "graph" / "all.nq"
    if not source.exists() or args.fresh:
        shutil.copyfile(real, source)
    digest = sha256_of(source)
    for n in args.sizes:
        root = args.workdir / str(n)
        dump = root / "data" / "graph" / "all.nq"
        made = json.loads((root / "shape.json").read_text())["generated"] if (root / "shape.json").exists() else {}
        if not dump.exists() or made.get("reports") != n or made.get("source_sha256") != digest:
            print(f"generating {n} reports in {root} …", file=sys.stderr, flush=True)
            generate.generate(n, root, source)
        quads = json.loads((root / "shape.json").read_text())["generated"]["quads"]
        if per_quad and not args.store:
            # The store grows with the quads; the service also reads the dump whole once to hash it
            # (before loading the store, so the two do not add up).
            need = max(per_quad * quads, dump.stat().st_size) * 1.15
            if need > scale_server.available_memory() * 0.9:
                print(f"[{n} reports] skipped: needs about {need / 2**30:.1f} GB, "
                      f"{scale_server.available_memory() / 2**30:.1f} GB available", flush=True)
                continue
        results.append(measure(root, n, args.reps, args.budget, args.query_timeout, args.workers,
                               store=args.store, reuse=args.reuse_store))
        per_quad = results[-1]["memory_loaded"]["total_pss_mb"] * 2**20 / quads
        if args.json:
            args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False))
        if not args.keep and n != args.sizes[0]:
            shutil.rmtree(root / "data", ignore_errors=True)
            shutil.rmtree(root / "store", ignore_errors=True)
    if not results:
        return 1
    print()
    print(growth_tables(results))
    for line in verdicts(results):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
