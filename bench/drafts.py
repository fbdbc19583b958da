"""Scale on the real corpus (issue 13, deliverable 8): the reviewed graph plus every drafted report of ../shared
(`python -m api draft-corpus`, var/drafts/drafts.nq.gz) in one on-disk store, served.

    python bench/drafts.py [--drafts var/drafts/drafts.nq.gz] [--store /tmp/gwr-drafts/store] [--reuse-store]
                           [--reps 20] [--budget 20] [--json out.json]
    python bench/drafts.py --virtuoso /tmp/gwr-drafts/virtuoso ...   # the same in Virtuoso, remote backend
    python bench/drafts.py --endpoint URL --endpoint-pid PID ...     # a Virtuoso loaded already (load_virtuoso)

Measures: the store's load time (`python -m api store DIR --drafts …`, answers of the canned queries included),
its size on disk and quads; start-up (launch → first /health answer, GWR_STORE_DIR); latency (p50/p99, sequential
requests on one keep-alive connection) of every entity lookup and search of bench/scale.py, of every canned query at
/api/queries/{name} (reviewed graphs: the default dataset), of the same texts at /sparql, of queries over the
drafted graph set (api/graphsets.py), of the fact routes (/api/targets, /api/results) and the entity pages with
?graphs=reviewed|drafted|all; memory (RSS/PSS of server + workers) after start, at the peak and at the end.
Nothing is asserted: the script prints what it measures, then a Markdown table (runs, first, median, p99).
`--only facts pages …` measures some sections only.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402
import scale_server  # noqa: E402  (puts this checkout's `api` on the path)

ROOT = Path(__file__).resolve().parent.parent
SET = "https://w3id.org/gwr/graph/set/"
PREFIXES = "PREFIX gwr: <https://w3id.org/gwr/ontology#>\n"
DRAFTED = [     # (label, path): the drafted graph set, asked for explicitly
    ("sparql count drafted facts", "/sparql?" + urllib.parse.urlencode({
        "query": PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?f a gwr:DraftedStatement ; gwr:indicator ?i }",
        "default-graph-uri": SET + "drafted"})),
    ("sparql drafted gdp targets 2010", "/sparql?" + urllib.parse.urlencode({
        "query": PREFIXES + "SELECT ?f ?v WHERE { ?f a gwr:Target ; gwr:indicator <https://w3id.org/gwr/id/"
                            "indicator/gdp> ; gwr:period \"2010\"^^xsd:gYear ; gwr:value ?v }",
        "default-graph-uri": SET + "drafted"})),
    ("sparql one drafted graph (FROM)", "/sparql?" + urllib.parse.urlencode({
        "query": PREFIXES + "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/gwr/graph/draft/beijing-2010> "
                            "WHERE { ?f a gwr:Target }"})),
    ("sparql reviewed (default) targets", "/sparql?" + urllib.parse.urlencode({
        "query": PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?f a gwr:Target }"})),
    ("api targets gdp 2010 drafted", "/api/targets?indicator=gdp&period=2010&graphs=drafted"),
    ("api targets gdp all", "/api/targets?indicator=gdp&graphs=all"),
    ("api targets gdp reviewed", "/api/targets?indicator=gdp"),
]
# The fact routes on each graph set (reviewed is the default): `first` computes the listing's ordered facts
# (api/service/listing.py, kept after), the timed runs page through it; unfiltered listings touch every fact.
FACTS = [(f"{route} {label} {graphs}", f"/api/{route}?{query}" + ("&" if query else "") + f"graphs={graphs}")
         for graphs in ("reviewed", "drafted", "all")
         for route in ("targets", "results")
         for label, query in (("gdp 2010", "indicator=gdp&period=2010"), ("gdp", "indicator=gdp"),
                              ("all", ""), ("all p.100", "offset=10000"))]
# Entity pages and machine twins with the facts of a graph set (HTML and JSON-LD, ?graphs= as the pages read it).
PAGES = [(f"{label} {graphs}", f"/id/{ref}?graphs={graphs}", accept)
         for graphs in ("reviewed", "drafted", "all")
         for label, ref, accept in (("page place dalian", "place/dalian", "text/html"),
                                    ("page indicator gdp", "indicator/gdp", "text/html"),
                                    ("jsonld place dalian", "place/dalian", "application/ld+json"))]


def build(store: Path, drafts: Path, reuse: bool) -> dict:
    manifest = store / "gwr-store.json"
    t0 = time.monotonic()
    if not (reuse and manifest.exists()):
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "api", "store", str(store), "--drafts", str(drafts)], cwd=ROOT,
                       env=scale_server.project_env(ROOT), check=True, stdout=subprocess.DEVNULL)
    seconds = None if reuse and manifest.exists() and time.monotonic() - t0 < 5 else round(time.monotonic() - t0, 1)
    m = json.loads(manifest.read_text())
    size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    return {"build_s": seconds, "size_mb": round(size / 2**20, 1), "quads": m["quads"], "drafts": m.get("drafts"),
            "answers": {n: {k: a[k] for k in ("rows", "seconds", "bytes")} for n, a in m.get("answers", {}).items()}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drafts", type=Path, default=ROOT / "var" / "drafts" / "drafts.nq.gz")
    ap.add_argument("--store", type=Path, default=Path("/tmp/gwr-drafts/store"))
    ap.add_argument("--reuse-store", action="store_true")
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--budget", type=float, default=20)
    ap.add_argument("--timeout", type=float, default=60, help="GWR_QUERY_TIMEOUT")
    ap.add_argument("--sparql-reps", type=int, default=3, help="timed runs of each canned text at /sparql")
    ap.add_argument("--only", nargs="*", default=[], help="sections to measure (default: all): " + " ".join(SECTIONS))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--load-budget", type=float, default=3600, help="seconds of Virtuoso loading before stopping")
    ap.add_argument("--virtuoso", type=Path, help="load into a Virtuoso started in this folder instead")
    ap.add_argument("--endpoint", help="serve from this SPARQL endpoint, loaded already (no store, no load)")
    ap.add_argument("--endpoint-pid", type=int, help="the endpoint's process, whose memory is sampled too")
    args = ap.parse_args()
    virtuoso = None
    if args.endpoint:
        result = {"virtuoso": {"endpoint": args.endpoint}}
        env = {"GWR_SPARQL_ENDPOINT": args.endpoint}
    elif args.virtuoso:
        virtuoso, loaded = load_virtuoso(args.virtuoso, args.drafts, args.load_budget)
        result: dict = {"virtuoso": loaded}
        if virtuoso is None:        # stopped: the load ran past its budget
            print(json.dumps(loaded), flush=True)
            if args.json:
                args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            return 1
        env = {"GWR_SPARQL_ENDPOINT": virtuoso.endpoint}
        args.endpoint_pid = virtuoso.process.pid
    else:
        result = {"store": build(args.store, args.drafts, args.reuse_store)}
        env = {"GWR_STORE_DIR": str(args.store)}
    print(json.dumps({k: v for k, v in next(iter(result.values())).items() if k != "answers"}), flush=True)
    try:
        run(args, result, env)
    finally:
        if virtuoso is not None:
            virtuoso.stop()
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(table(result))
    return 0


SECTIONS = ("lookups", "search", "drafted", "facts", "pages", "canned", "sparql")


def table(result: dict) -> str:
    """The latencies as a Markdown table (bench/README.md): runs are the timed requests after the first (which is
    shown alone: it computes what later runs reuse), median (p50) and p99 of those."""
    lines = ["| section | request | runs | first ms | p50 ms | p99 ms | status | rows |",
             "|---|---|---:|---:|---:|---:|---|---:|"]
    for section in SECTIONS:
        for label, m in result.get(section, {}).items():
            status = ",".join(f"{k}:{v}" for k, v in sorted(m["status"].items(), key=lambda kv: str(kv[0])))
            lines.append(f"| {section} | {label} | {m['n']} | {m['first_ms']} | {m['p50_ms']} | {m['p99_ms']} | "
                         f"{status} | {m['rows'] if m['rows'] is not None else ''} |")
    return "\n".join(lines)


def load_virtuoso(folder: Path, drafts: Path, budget: float = 3600):
    """A Virtuoso (tests/fixtures/virtuoso.py, more buffers) with the reviewed dump and the drafts bulk-loaded."""
    sys.path.insert(0, str(ROOT))
    from api.graphsets import materialise_update
    from tests.fixtures import virtuoso as fixture
    shutil.rmtree(folder, ignore_errors=True)
    data = folder / "data"
    data.mkdir(parents=True)
    os.symlink(ROOT / "data" / "graph" / "all.nq", data / "all.nq")
    os.symlink(drafts.resolve(), data / "drafts.nq.gz")
    fixture.INI = fixture.INI.replace("NumberOfBuffers = 20000", "NumberOfBuffers = 680000").replace(
        "MaxDirtyBuffers = 15000", "MaxDirtyBuffers = 500000")
    v = fixture.Virtuoso(folder / "db", max_rows=20_000_000)     # ResultSetMaxRows above the 16.3 M quads
    t0 = time.monotonic()
    v.start(data / "all.nq")
    started = time.monotonic()
    steps = {"drafts_load_s": f"ld_dir('{data}', 'drafts.nq.gz', 'urn:x-gwr:unused'); rdf_loader_run(); checkpoint;",
             # the drafted set graph (api/graphsets.py), as the README's isql line does for the reviewed one
             "drafted_set_graph_s": "log_enable(2,1); SPARQL " + materialise_update(fixture.BASE, "drafted")
                                    + "; checkpoint;"}
    loaded: dict = {"start_and_reviewed_s": round(started - t0, 1)}
    for key, commands in steps.items():
        t1 = time.monotonic()
        left = budget - (t1 - started)
        try:
            run = subprocess.run([fixture.ISQL, f"127.0.0.1:{v.sql_port}", "dba", "dba", f"exec={commands}"],
                                 capture_output=True, text=True, timeout=max(1.0, left))
        except subprocess.TimeoutExpired:
            v.stop()
            loaded[key] = f"stopped after {round(time.monotonic() - t1, 1)} s (load budget {budget:.0f} s)"
            loaded["db_mb"] = round(sum(f.stat().st_size for f in (folder / "db").rglob("*") if f.is_file()) / 2**20, 1)
            return None, loaded
        if run.returncode != 0 or "*** Error" in run.stdout + run.stderr:
            v.stop()
            raise RuntimeError(run.stdout + run.stderr)
        loaded[key] = round(time.monotonic() - t1, 1)
        print(json.dumps(loaded), flush=True)
    size = sum(f.stat().st_size for f in (folder / "db").rglob("*") if f.is_file())
    return v, {**loaded, "db_mb": round(size / 2**20, 1)}


def run(args, result: dict, env: dict) -> None:
    server = scale_server.start(ROOT, workers=2, query_timeout=args.timeout,
                                env={**env, "GWR_MAX_QUERY_TIMEOUT": str(args.timeout)})
    peak = {"total_pss_mb": 0}
    want = lambda section: not args.only or section in args.only  # noqa: E731

    def engine() -> dict:
        """The endpoint's own process (Virtuoso), beside the service's: its RSS and PSS in MB."""
        pid = getattr(args, "endpoint_pid", None)
        if not pid:
            return {}
        return {"engine_rss_mb": round(scale_server._field(f"/proc/{pid}/status", "VmRSS") / 2**20),
                "engine_pss_mb": round(scale_server._field(f"/proc/{pid}/smaps_rollup", "Pss") / 2**20)}

    def sample() -> None:
        m = {**server.memory().mb(), **engine()}
        if m["total_pss_mb"] >= peak["total_pss_mb"]:
            peak.update(m)
    try:
        result.update(startup_s=round(server.started, 2), memory_started={**server.memory().mb(), **engine()},
                      lookups={}, search={}, canned={}, sparql={}, drafted={}, facts={},
                      pages={})
        print(f"started in {server.started:.2f} s, memory {result['memory_started']}", flush=True)
        with httpx.Client(base_url=server.url, timeout=httpx.Timeout(300.0)) as client:
            for label, path, accept, _ in (scale.LOOKUPS if want("lookups") else []):
                result["lookups"][label] = scale.timed(client, path, accept, args.reps, args.budget)
                print(f"  {label:34} {result['lookups'][label]}", flush=True)
                sample()
            for label, path in (scale.SEARCHES if want("search") else []):
                result["search"][label] = scale.timed(client, path, "application/json", args.reps, args.budget)
                print(f"  {label:34} {result['search'][label]}", flush=True)
                sample()
            for label, path in (DRAFTED if want("drafted") else []):
                accept = "application/sparql-results+json" if path.startswith("/sparql") else "application/json"
                result["drafted"][label] = scale.timed(client, path, accept, max(3, args.reps // 4), args.budget)
                print(f"  {label:34} {result['drafted'][label]}", flush=True)
                sample()
            for label, path in (FACTS if want("facts") else []):
                result["facts"][label] = scale.timed(client, path, "application/json", max(3, args.reps // 4),
                                                     args.budget)
                print(f"  {label:34} {result['facts'][label]}", flush=True)
                sample()
            for label, path, accept in (PAGES if want("pages") else []):
                result["pages"][label] = scale.timed(client, path, accept, max(3, args.reps // 4), args.budget)
                print(f"  {label:34} {result['pages'][label]}", flush=True)
                sample()
            canned = want("canned") or want("sparql")
            for q in (client.get("/api/queries").json()["items"] if canned else []):
                name = q["name"]
                if name in scale.BOUND_ONLY:
                    continue
                if want("canned"):
                    result["canned"][name] = scale.timed(client, f"/api/queries/{name}", "application/json",
                                                         max(3, args.reps // 5), args.budget)
                    print(f"  {name:34} {result['canned'][name]}", flush=True)
                    sample()
                if q["params"] or name == "api-catalogue" or not want("sparql"):
                    continue
                text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
                result["sparql"][name] = scale.timed(client, "/sparql?" + urllib.parse.urlencode({"query": text}),
                                                     "application/sparql-results+json", args.sparql_reps, args.budget)
                print(f"  {'sparql ' + name:34} {result['sparql'][name]}", flush=True)
                sample()
        result.update(memory_after={**server.memory().mb(), **engine()}, memory_peak=dict(peak),
                      loadavg_1m=round(os.getloadavg()[0], 2))
        print(f"memory after {result['memory_after']}, peak {result['memory_peak']}", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    raise SystemExit(main())
