"""Benchmark: our service vs rdflib-endpoint vs a bare FastAPI + pyoxigraph endpoint, with wrk.

    python bench/run.py [--duration 8] [--rounds 3] [--connections 16] [--wrk-cpus 1]
                        [--only ours bare rdflib] [--rdflib-endpoint /tmp/rdflib-endpoint-venv/bin/rdflib-endpoint]

Fairness, as the issue asks (§7):
- every server serves the same dump (data/graph/all.nq) on 127.0.0.1 and gets the same queries with the
  same wrk settings (-t2 -c16 --timeout 30s, Accept: application/sparql-results+json, keep-alive);
- all servers are started first and stay up, idle while another one is measured; each one is warmed up
  (one request, then a 2 s wrk run per query) before anything is measured;
- before measuring, the answers of every server to every query are compared (as multisets of
  solutions, terms normalised; ASK by its boolean): a server that answers differently is reported;
- measurements are interleaved (round 1: ours, bare, rdflib for query 1, then query 2, …; round 2 …) and
  the median of the rounds is reported, so that a noisy neighbour on a shared machine hits every server
  alike; `--wrk-cpus 1` pins wrk to CPU 1 with taskset (servers float), which steadies the figures;
- nobody caches results: each request runs the query (ours in a worker process, bare in its thread).

Prints requests/s per query and server, the ratios the issue asks for, and our cold start
(launch → first answered query with a prebuilt dump, median of --cold-runs).
rdflib-endpoint is installed in its own venv, never in the project's:
    python -m venv /tmp/rdflib-endpoint-venv && /tmp/rdflib-endpoint-venv/bin/pip install rdflib-endpoint[cli]==0.6.3
"""
from __future__ import annotations

import argparse
import json
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GWR = "https://w3id.org/gwr/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
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
GOAL = {"analytic": 30.0, "point": 3.0}     # × rdflib-endpoint; and ≥ 80 % of bare everywhere
ACCEPT = "application/sparql-results+json"


def wait_ready(url: str, limit: float = 120) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                r.read()
                return time.monotonic() - start
        except Exception:     # not up yet
            time.sleep(0.005)
    raise RuntimeError(f"{url} never answered")


def start(cmd: list[str], env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen(cmd, cwd=(env or {}).get("BEFORE_CWD", ROOT), env={**os.environ, **(env or {})},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


def stop(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def wrk(url: str, duration: int, connections: int, cpus: str | None) -> float:
    pin = ["taskset", "-c", cpus] if cpus else []
    out = subprocess.run([*pin, "wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "30s",
                          "-H", f"Accept: {ACCEPT}", url],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        print(f"  warning: {errors.group(1)} non-2xx responses from {url[:60]}…", file=sys.stderr)
    return float(m.group(1)) if m else 0.0


def url_for(base: str, query: str, path: str = "/sparql") -> str:
    return f"{base}{path}?query={urllib.parse.quote(query)}"


def fetch(url: str) -> dict:
    req = urllib.request.Request(url, headers={"Accept": ACCEPT})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())


def normalised(result: dict):
    """A SPARQL JSON result as something comparable: the boolean, or the multiset of solutions."""
    if "boolean" in result:
        return result["boolean"]
    rows = []
    for binding in result["results"]["bindings"]:
        row = []
        for var, term in sorted(binding.items()):
            kind = "literal" if term["type"] == "typed-literal" else term["type"]
            datatype = term.get("datatype")
            if datatype == XSD_STRING or term.get("xml:lang"):
                datatype = None
            lang = term.get("xml:lang")
            row.append((var, kind, term["value"], datatype, lang.lower() if lang else None))  # tags: any case
        rows.append(tuple(row))
    return Counter(rows)


def cold_start(python: str, port: int, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t0 = time.monotonic()
        proc = start([python, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
                     {"GWR_ROOT": str(ROOT)})
        try:
            wait_ready(url_for(f"http://127.0.0.1:{port}", "ASK {}"))
            times.append(time.monotonic() - t0)
        finally:
            stop(proc)
    return statistics.median(times), times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=8, help="seconds of wrk per measurement")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the median is reported")
    ap.add_argument("--rdflib-rounds", type=int, default=1, help="rounds for rdflib-endpoint (slow, steady)")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--wrk-cpus", default=None, help="pin wrk with taskset -c CPUS (e.g. 1)")
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--rdflib-endpoint", default="/tmp/rdflib-endpoint-venv/bin/rdflib-endpoint")
    ap.add_argument("--only", nargs="*", default=None, help="servers to run: ours bare rdflib (before)")
    ap.add_argument("--before", default=None, help="also measure `python -m api serve` from this older checkout "
                    "(e.g. `git archive HEAD api queries | tar -x -C /tmp/before`), on the same dump")
    ap.add_argument("--queries", nargs="*", default=list(QUERIES), help="queries to run")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        print("wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 2
    dump = ROOT / "data" / "graph" / "all.nq"
    python = sys.executable
    servers = {
        # wrk is ONE client (one address) with 16 connections: per-client admission (GWR_CLIENT_QUERIES, 2 by
        # default) would answer most of them 429, so it is opened to the 16; the /sparql lane keeps the 2 workers
        # it had before the lanes (no elastic growth), so that "before" and "ours" run on the same processes.
        "ours": ([python, "-m", "api", "serve", "--host", "127.0.0.1", "--port", "8101"], 8101, "/sparql",
                 {"GWR_ROOT": str(ROOT), "GWR_CLIENT_QUERIES": "16", "GWR_CLIENT_WAITING": "16",
                  "GWR_OPEN_WORKERS_MAX": "2"}),
        # the same uvicorn as ours (uvloop + httptools, access log off); one process, sync route → threadpool
        "bare": ([python, "-m", "uvicorn", "--app-dir", str(ROOT / "bench"), "bare:app", "--host", "127.0.0.1",
                  "--port", "8102", "--log-level", "warning", "--no-access-log"], 8102, "/sparql",
                 {"BARE_DUMP": str(dump)}),
        "rdflib": ([args.rdflib_endpoint, "serve", str(dump), "--host", "127.0.0.1", "--port", "8103"], 8103, "/",
                   {}),
    }
    if args.before:
        servers["before"] = ([python, "-m", "api", "serve", "--host", "127.0.0.1", "--port", "8105"], 8105,
                             "/sparql", {"GWR_ROOT": str(ROOT), "PYTHONPATH": args.before, "BEFORE_CWD": args.before})
    names = [n for n in servers if not args.only or n in args.only]
    if "rdflib" in names and not Path(args.rdflib_endpoint).exists():
        print(f"{args.rdflib_endpoint} is missing (see the docstring); skipping rdflib-endpoint", file=sys.stderr)
        names.remove("rdflib")
    queries = {q: QUERIES[q] for q in args.queries}
    procs = {}
    samples: dict[str, dict[str, list[float]]] = {n: {q: [] for q in queries} for n in names}
    try:
        for name in names:
            cmd, port, path, env = servers[name]
            procs[name] = start(cmd, env)
        bases = {n: f"http://127.0.0.1:{servers[n][1]}" for n in names}
        for name in names:
            wait_ready(url_for(bases[name], "ASK {}", servers[name][2]))
        # same answers?
        for qname, q in queries.items():
            answers = {n: fetch(url_for(bases[n], q, servers[n][2])) for n in names}
            ref = normalised(answers[names[0]])
            for n in names[1:]:
                same = normalised(answers[n]) == ref
                size = len(answers[n].get("results", {}).get("bindings", [])) if "results" in answers[n] else "ASK"
                print(f"check {qname:10} {names[0]} vs {n}: {'same' if same else 'DIFFERENT'} ({size} rows)",
                      flush=True)
        # warm up
        for name in names:
            for q in queries.values():
                wrk(url_for(bases[name], q, servers[name][2]), 2, args.connections, args.wrk_cpus)
        for rnd in range(args.rounds):
            for qname, q in queries.items():
                for name in names:
                    if name == "rdflib" and rnd >= args.rdflib_rounds:
                        continue
                    rate = wrk(url_for(bases[name], q, servers[name][2]), args.duration, args.connections,
                               args.wrk_cpus)
                    samples[name][qname].append(rate)
                    print(f"round {rnd + 1} {name:7} {qname:10} {rate:10.1f} req/s", flush=True)
    finally:
        for proc in procs.values():
            stop(proc)
    med = {n: {q: statistics.median(v) if v else 0.0 for q, v in per.items()} for n, per in samples.items()}
    pin = f", wrk pinned to CPU {args.wrk_cpus}" if args.wrk_cpus else ""
    print(f"\nwrk -t2 -c{args.connections} -d{args.duration}s, median of {args.rounds} interleaved rounds{pin}")
    before_col = "before" in med
    print("| query | kind | " + ("before req/s | " if before_col else "") + "ours req/s | bare req/s | "
          "rdflib-endpoint req/s | ours ÷ rdflib (goal) | ours ÷ bare (goal ≥ 80 %) |")
    print("|---|---|" + ("---:|" if before_col else "") + "---:|---:|---:|---:|---:|")
    for qname in queries:
        ours = med.get("ours", {}).get(qname, 0)
        bare = med.get("bare", {}).get(qname, 0)
        rdf = med.get("rdflib", {}).get(qname, 0)
        kind = KIND[qname]
        ratio = f"{ours / rdf:.0f}× (≥ {GOAL[kind]:.0f}×)" if rdf else "–"
        share = f"{ours / bare * 100:.0f} %" if bare else "–"
        before = f"{med['before'][qname]:.0f} | " if before_col else ""
        print(f"| {qname} | {kind} | {before}{ours:.0f} | {bare:.0f} | {rdf:.1f} | {ratio} | {share} |")
    if "ours" in names and args.cold_runs:
        median, runs = cold_start(python, 8104, args.cold_runs)
        print(f"\ncold start (launch → first answer, prebuilt dump, median of {args.cold_runs}): {median:.2f} s "
              f"(runs: {', '.join(f'{t:.2f}' for t in runs)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
