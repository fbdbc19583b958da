"""Load test: wrk on loopback over a mix of lookups, searches and SPARQL, with the server's memory.

    python bench/load.py [--connections 64] [--duration 30] [--threads 2] [--root DIR]

Starts `python -m api serve` on a copy of the real dump (or on --root, e.g. a corpus from
bench/generate.py), warms every request of the mix once, then runs
    wrk -t2 -c64 -d30s --latency -s bench/load_mix.lua URL -- MIXFILE
which cycles through the mix (entity JSON, Linked Data JSON-LD and Turtle, entity lists, searches in
Chinese, pinyin and English, canned queries, SPARQL SELECT/ASK/CONSTRUCT by GET and POST). Reports wrk's
socket errors, the status of every response, latency percentiles, and the memory (RSS and PSS of the server
and its query workers) before, during (sampled every second) and after. Needs `apt-get install -y wrk`.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate
import scale_server

HERE = Path(__file__).resolve().parent
GWR = "https://w3id.org/gwr/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SPARQL = {
    "aggregate": f"SELECT ?indicator (COUNT(?f) AS ?n) WHERE {{ ?f <{GWR}indicator> ?indicator }} "
                 "GROUP BY ?indicator ORDER BY DESC(?n)",
    "join": f"SELECT ?f ?label ?period WHERE {{ ?f a <{GWR}Target> ; <{GWR}indicator> ?i ; <{GWR}period> ?period . "
            f"?i <{SKOS}prefLabel> ?label FILTER(LANG(?label) = 'zh') }}",
    "text": f"SELECT ?e ?label WHERE {{ ?e <{SKOS}prefLabel> ?label FILTER(CONTAINS(?label, '大连')) }}",
    "lookup": "SELECT ?p ?o WHERE { <https://w3id.org/gwr/id/place/dalian> ?p ?o }",
    "ask": "ASK { <https://w3id.org/gwr/id/place/dalian> ?p ?o }",
    "construct": "CONSTRUCT { <https://w3id.org/gwr/id/zone/jinpu-new-area> ?p ?o } "
                 "WHERE { <https://w3id.org/gwr/id/zone/jinpu-new-area> ?p ?o }",
}


def mix() -> list[tuple[str, str, str, str]]:
    """(method, path, Accept, body) of every request in the cycle."""
    q = urllib.parse.quote
    rows = [
        ("GET", "/api/entities/project/jinzhouwan-international-airport", "application/json", ""),
        ("GET", "/api/entities/zone/jinpu-new-area", "application/json", ""),
        ("GET", "/api/entities/place/dalian", "application/json", ""),
        ("GET", "/api/entities/indicator/gdp", "application/json", ""),
        ("GET", "/id/place/dalian", "application/ld+json", ""),
        ("GET", "/id/project/jinzhouwan-international-airport.ttl", "*/*", ""),
        ("GET", "/id/fact/dalian-2024-t2024-gdp-growth", "application/n-triples", ""),
        ("GET", "/api/entities?type=Project&size=20", "application/json", ""),
        ("GET", "/api/search?q=" + q("大连"), "application/json", ""),
        ("GET", "/api/search?q=jinzhou", "application/json", ""),
        ("GET", "/api/search?q=airport", "application/json", ""),
        ("GET", "/api/search?q=" + q("港"), "application/json", ""),
        ("GET", "/api/queries/main-targets", "application/json", ""),
        ("GET", "/api/queries/facts-by-indicator", "text/csv", ""),
    ]
    for name, text in SPARQL.items():
        accept = "text/turtle" if name == "construct" else "application/sparql-results+json"
        rows.append(("GET", "/sparql?query=" + q(text), accept, ""))
    rows.append(("POST", "/sparql", "application/sparql-results+json", SPARQL["lookup"]))
    return rows


def write_mix(path: Path) -> None:
    path.write_text("".join(f"{m}\t{p}\t{a}\t{b.replace(chr(10), chr(92) + 'n')}\n" for m, p, a, b in mix()),
                    encoding="utf-8")


def parse_wrk(out: str) -> dict:
    def grab(pattern, cast=float, default=None):
        m = re.search(pattern, out)
        return cast(m.group(1)) if m else default
    statuses = dict(kv.split("=") for kv in (grab(r"STATUSES ?(.*)", str, "") or "").split())
    summary = dict(kv.split("=") for kv in grab(r"SUMMARY (.*)", str, "").split())
    lat = dict(kv.split("=") for kv in grab(r"LATENCY_US (.*)", str, "").split())
    return {
        "requests": int(summary.get("requests", 0)),
        "requests_per_s": grab(r"Requests/sec:\s+([\d.]+)"),
        "socket_errors": {k: int(summary.get(k, 0)) for k in ("connect", "read", "write", "timeout")},
        "non_2xx_3xx": grab(r"Non-2xx or 3xx responses: (\d+)", int, 0),
        "statuses": {int(k): int(v) for k, v in statuses.items()},
        "latency_ms": {k: round(int(v) / 1000, 1) for k, v in lat.items()},
    }


def run(root: Path, connections: int, duration: int, threads: int, workers: int, log=print) -> dict:
    if not shutil.which("wrk"):
        raise RuntimeError("wrk is missing: apt-get install -y wrk")
    server = scale_server.start(root, workers=workers)
    samples: list[tuple[float, dict]] = []
    try:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            warm = {}
            for method, path, accept, body in mix():
                r = client.request(method, path, headers={"Accept": accept, **(
                    {"Content-Type": "application/sparql-query"} if body else {})}, content=body or None)
                warm[path[:60]] = r.status_code
            bad = {p: s for p, s in warm.items() if s >= 300}
            if bad:
                log(f"warm-up statuses not 2xx: {bad}")
        time.sleep(1)
        before = server.memory().mb()
        log(f"memory before: {before}")
        stop = threading.Event()

        def sample():
            t0 = time.monotonic()
            while not stop.wait(1.0):
                samples.append((round(time.monotonic() - t0, 1), server.memory().mb()))
        sampler = threading.Thread(target=sample, daemon=True)
        with tempfile.TemporaryDirectory() as tmp:
            mixfile = Path(tmp) / "mix.tsv"
            write_mix(mixfile)
            sampler.start()
            proc = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "30s",
                                   "--latency", "-s", str(HERE / "load_mix.lua"), server.url, "--", str(mixfile)],
                                  capture_output=True, text=True)
            stop.set()
            sampler.join()
        if proc.returncode != 0:
            raise RuntimeError(f"wrk failed: {proc.stderr}")
        time.sleep(2)
        after = server.memory().mb()
        log(f"memory after: {after}")
        result = parse_wrk(proc.stdout)
        during = [m for _, m in samples]
        half = during[len(during) // 2:] or during
        result.update({
            "connections": connections, "duration_s": duration, "threads": threads, "workers": workers,
            "mix": len(mix()), "server_alive": server.proc.poll() is None,
            "memory_before": before, "memory_after": after,
            "memory_during": {"samples": len(during),
                              "pss_min_mb": min((m["total_pss_mb"] for m in during), default=None),
                              "pss_max_mb": max((m["total_pss_mb"] for m in during), default=None),
                              "pss_second_half_first_last_mb": [half[0]["total_pss_mb"], half[-1]["total_pss_mb"]]
                              if half else None,
                              "server_rss_max_mb": max((m["server_rss_mb"] for m in during), default=None),
                              "processes_max": max((m["processes"] for m in during), default=None)},
            "wrk_output": proc.stdout,
        })
        return result
    finally:
        server.stop()


def report(r: dict) -> str:
    lat = r["latency_ms"]
    mem = r["memory_during"]
    return "\n".join([
        "| connections | duration | requests | req/s | socket errors | non-2xx/3xx | statuses "
        "| p50 ms | p90 ms | p99 ms | max ms |",
        "|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---:|",
        f"| {r['connections']} | {r['duration_s']} s | {r['requests']:,} | {r['requests_per_s']:.0f} | "
        f"{sum(r['socket_errors'].values())} ({', '.join(f'{k} {v}' for k, v in r['socket_errors'].items())}) | "
        f"{r['non_2xx_3xx']} | {', '.join(f'{k}: {v:,}' for k, v in sorted(r['statuses'].items()))} | "
        f"{lat.get('p50')} | {lat.get('p90')} | {lat.get('p99')} | {lat.get('max')} |",
        "",
        "| memory (server + query workers) | before | during: min–max | after |",
        "|---|---:|---:|---:|",
        f"| PSS MB | {r['memory_before']['total_pss_mb']} | {mem['pss_min_mb']}–{mem['pss_max_mb']} | "
        f"{r['memory_after']['total_pss_mb']} |",
        f"| server RSS MB | {r['memory_before']['server_rss_mb']} | –{mem['server_rss_max_mb']} | "
        f"{r['memory_after']['server_rss_mb']} |",
        f"| processes | {r['memory_before']['processes']} | –{mem['processes_max']} | "
        f"{r['memory_after']['processes']} |",
    ])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--connections", type=int, default=64)
    ap.add_argument("--duration", type=int, default=30)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--workers", type=int, default=2, help="GWR_WORKERS of the server")
    ap.add_argument("--root", type=Path, default=None,
                    help="a project root to serve (default: a copy of the real dump)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="gwr-load-") as tmp:
        root = args.root
        if root is None:
            root = Path(tmp)
            generate.generate(1, root, quiet=True)
        result = run(root, args.connections, args.duration, args.threads, args.workers)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(report(result))
    errors = sum(result["socket_errors"].values()) + result["non_2xx_3xx"]
    print(f"\n{'OK' if errors == 0 and result['server_alive'] else 'FAILED'}: {errors} errors or non-2xx responses")
    return 0 if errors == 0 and result["server_alive"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
