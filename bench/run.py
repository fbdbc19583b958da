"""Benchmark: our service vs rdflib-endpoint vs a bare FastAPI + pyoxigraph endpoint, with wrk.

    python bench/run.py [--duration 10] [--connections 16] [--rdflib-endpoint /tmp/rdflib-endpoint-venv/bin/rdflib-endpoint]

Every server serves the same dump (data/graph/all.nq) on 127.0.0.1. Prints requests/s per query and
server, the ratios the issue asks for, and our cold start (launch → first answer, prebuilt dump).
rdflib-endpoint is installed in its own venv, never in the project's:
    python -m venv /tmp/rdflib-endpoint-venv && /tmp/rdflib-endpoint-venv/bin/pip install rdflib-endpoint[cli]==0.6.3
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GWR = "https://w3id.org/gwr/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
QUERIES = {
    # analytic: aggregates, joins, text filters
    "aggregate": f"SELECT ?indicator (COUNT(?f) AS ?n) WHERE {{ ?f <{GWR}indicator> ?indicator }} "
                 "GROUP BY ?indicator ORDER BY DESC(?n)",
    "join": f"SELECT ?f ?label ?value ?period WHERE {{ ?f a <{GWR}Target> ; <{GWR}indicator> ?i ; "
            f"<{GWR}period> ?period . OPTIONAL {{ ?f <{GWR}value> ?value }} ?i <{SKOS}prefLabel> ?label "
            "FILTER(LANG(?label) = 'zh') }",
    "text": f"SELECT ?e ?label WHERE {{ ?e <{SKOS}prefLabel> ?label FILTER(CONTAINS(?label, '大连')) }}",
    # point lookups
    "lookup": "SELECT ?p ?o WHERE { <https://w3id.org/gwr/id/place/dalian> ?p ?o }",
    "ask": "ASK { <https://w3id.org/gwr/id/place/dalian> ?p ?o }",
}
KIND = {"aggregate": "analytic", "join": "analytic", "text": "analytic", "lookup": "point", "ask": "point"}


def wait_ready(url: str, limit: float = 120) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                r.read()
                return time.monotonic() - start
        except Exception:  # noqa: BLE001 — not up yet
            time.sleep(0.01)
    raise RuntimeError(f"{url} never answered")


def start(cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)


def wrk(url: str, duration: int, connections: int) -> float:
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s",
                          "-H", "Accept: application/sparql-results+json", url],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"  warning: {errors.group(1)} non-2xx responses from {url[:60]}…", file=sys.stderr)
    return float(m.group(1)) if m else 0.0


def url_for(base: str, query: str, path: str = "/sparql") -> str:
    return f"{base}{path}?query={urllib.parse.quote(query)}"


def cold_start(python: str, port: int, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        proc = start([python, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)])
        wait_ready(url_for(f"http://127.0.0.1:{port}", "ASK {}"))
        times.append(time.monotonic() - t0)
        stop(proc)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=10)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--rdflib-endpoint", default="/tmp/rdflib-endpoint-venv/bin/rdflib-endpoint")
    ap.add_argument("--only", nargs="*", default=None, help="servers to run: ours bare rdflib")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2
    dump = ROOT / "data" / "graph" / "all.nq"
    python = sys.executable
    servers = {
        "ours": ([python, "-m", "api", "serve", "--host", "127.0.0.1", "--port", "8101"], 8101),
        "bare": ([python, "-m", "uvicorn", "--app-dir", str(ROOT / "bench"), "bare:app", "--host", "127.0.0.1",
                  "--port", "8102", "--log-level", "warning"], 8102),
        "rdflib": ([args.rdflib_endpoint, "serve", str(dump), "--host", "127.0.0.1", "--port", "8103"], 8103),
    }
    paths = {"ours": "/sparql", "bare": "/sparql", "rdflib": "/"}   # rdflib-endpoint answers at /
    results: dict[str, dict[str, float]] = {}
    for name, (cmd, port) in servers.items():
        if args.only and name not in args.only:
            continue
        proc = start(cmd, {"GWR_ROOT": str(ROOT)} if name != "bare" else {"BARE_DUMP": str(dump)})
        try:
            base = f"http://127.0.0.1:{port}"
            wait_ready(url_for(base, "ASK {}", paths[name]))
            results[name] = {}
            for qname, q in QUERIES.items():
                urllib.request.urlopen(url_for(base, q, paths[name]), timeout=120).read()   # warm up
                results[name][qname] = wrk(url_for(base, q, paths[name]), args.duration, args.connections)
                print(f"{name:7} {qname:10} {results[name][qname]:10.1f} req/s", flush=True)
        finally:
            stop(proc)
    print("\n| query | kind | ours req/s | bare req/s | rdflib-endpoint req/s | ours ÷ rdflib | ours ÷ bare |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for qname in QUERIES:
        ours = results.get("ours", {}).get(qname, 0)
        bare = results.get("bare", {}).get(qname, 0)
        rdf = results.get("rdflib", {}).get(qname, 0)
        print(f"| {qname} | {KIND[qname]} | {ours:.0f} | {bare:.0f} | {rdf:.1f} | "
              f"{(ours / rdf if rdf else float('nan')):.0f}× | {(ours / bare * 100 if bare else float('nan')):.0f} % |")
    if not args.only or "ours" in args.only:
        print(f"\ncold start (launch → first answer, prebuilt dump, median of 3): {cold_start(python, 8104):.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
