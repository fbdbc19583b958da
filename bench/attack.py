"""Under attack: latency of lookups, Linked Data documents and a cheap ASK during a storm of slow queries.

    python bench/attack.py [--clients 4] [--storm 20] [--burst 200] [--burst-time 15] [--json out.json]

Starts `python -m api serve` on a free port of 127.0.0.1 (the repository's dump; GWR_* variables of the
environment pass through), then runs two scenarios, each bounded in time:

1. **slow clients**: `--clients` attackers, each from its own source address (127.0.0.11, .12, …, so that the
   service counts them as distinct clients), each keeping `--per-client` slow queries in flight
   (a four-way cartesian product COUNT, `timeout=60`): half the clients hang up after `--hangup` s and send the
   next one, the others wait for their answer. On a 429 an attacker waits a little and tries again.
2. **burst**: `--burst` slow queries sent at once (spread over the attackers' addresses), held open for
   `--burst-time` s, then dropped.

Meanwhile a prober on another address (127.0.0.100) asks in turn, one request at a time: the JSON entity
lookup `/api/entities/place/dalian`, the Linked Data document `/id/place/dalian.ttl`, a cheap `ASK` on
/sparql and `/health`. Printed per scenario: the probes' statuses and latency percentiles (p50/p95/p99/max),
the attackers' 429 and 503 counts, the highest RSS and PSS of the process tree (server + query workers, sampled
from /proc every 0.25 s) and the worker replacements the service reports in /health.
Loopback only; every loop stops at its deadline. Target (issue 12): lookups, /id/ documents and ASK answer
200 within 1 s at the 95th percentile on a 2-core machine.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale_server

ROOT = scale_server.ROOT
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
PROBES = {
    "lookup": ("/api/entities/place/dalian", {}, "application/json"),
    "id.ttl": ("/id/place/dalian.ttl", {}, "text/turtle"),
    "ask": ("/sparql", {"query": "ASK { <https://w3id.org/gwr/id/place/dalian> ?p ?o }"},
            "application/sparql-results+json"),
    "health": ("/health", {}, "application/json"),
}
PROBER = "127.0.0.100"


def attacker_address(i: int) -> str:
    return f"127.0.0.{11 + i % 80}"


def client(address: str, timeout: float = 90) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.AsyncHTTPTransport(local_address=address),
                             timeout=httpx.Timeout(timeout, connect=10),
                             limits=httpx.Limits(max_connections=400, max_keepalive_connections=0))


class Tally:
    def __init__(self):
        self.statuses: dict[str, int] = {}

    def add(self, status) -> None:
        self.statuses[str(status)] = self.statuses.get(str(status), 0) + 1


async def slow_query(http: httpx.AsyncClient, url: str, tally: Tally, hangup: float | None) -> float:
    """One slow query; returns the Retry-After to honour (0 when none)."""
    request = http.get(url + "/sparql", params={"query": SLOW, "timeout": "60"},
                       headers={"Accept": "application/sparql-results+json"})
    try:
        r = await (asyncio.wait_for(request, hangup) if hangup else request)
    except TimeoutError:
        tally.add("hung up")
        return 0
    except httpx.HTTPError as exc:
        tally.add(type(exc).__name__)
        return 0.2
    tally.add(r.status_code)
    return min(float(r.headers.get("retry-after", "0") or 0), 1.0) if r.status_code in (429, 503) else 0


async def attacker(i: int, url: str, per_client: int, hangup: float | None, deadline: float, tally: Tally):
    async with client(attacker_address(i)) as http:
        async def loop():
            while time.monotonic() < deadline:
                wait = await slow_query(http, url, tally, hangup)
                if wait:
                    await asyncio.sleep(min(wait, max(0.0, deadline - time.monotonic())))
        tasks = [asyncio.create_task(loop()) for _ in range(per_client)]
        try:
            await asyncio.sleep(max(0.0, deadline - time.monotonic()))
        finally:
            for t in tasks:     # hang up whatever is still in flight
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


async def prober(url: str, start: float, deadline: float, samples: dict[str, list], statuses: dict[str, Tally]):
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    async with client(PROBER, timeout=30) as http:
        while time.monotonic() < deadline:
            for name, (path, params, accept) in PROBES.items():
                t0 = time.monotonic()
                try:
                    r = await http.get(url + path, params=params, headers={"Accept": accept})
                    status = r.status_code
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                samples.setdefault(name, []).append(time.monotonic() - t0)
                statuses.setdefault(name, Tally()).add(status)
            await asyncio.sleep(0.1)


async def burst(url: str, count: int, clients: int, deadline: float, tally: Tally):
    https = [client(attacker_address(i)) for i in range(clients)]
    try:
        tasks = [asyncio.create_task(slow_query(https[n % clients], url, tally, None)) for n in range(count)]
        await asyncio.wait(tasks, timeout=max(0.0, deadline - time.monotonic()))
        for t in tasks:
            if not t.done():
                tally.add("dropped at the end")
                t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    finally:
        for h in https:
            await h.aclose()


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


class MemorySampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.stop = pid, threading.Event()
        self.rss = self.pss = self.processes = 0

    def run(self):
        while not self.stop.wait(0.25):
            m = scale_server.memory(self.pid)
            self.rss, self.pss = max(self.rss, m.total_rss), max(self.pss, m.total_pss)
            self.processes = max(self.processes, m.processes)


def health(url: str) -> dict:
    for _ in range(40):
        try:
            r = httpx.get(url + "/health", timeout=5)
            if r.status_code == 200:
                return r.json()
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    return {}


def scenario(name: str, url: str, pid: int, attack) -> dict:
    before = health(url)
    sampler = MemorySampler(pid)
    sampler.start()
    samples: dict[str, list] = {}
    statuses: dict[str, Tally] = {}
    tally = Tally()
    t0 = time.monotonic()

    async def main():
        attackers, deadline = await attack(tally)
        await asyncio.gather(attackers, prober(url, t0 + 1.0, deadline, samples, statuses))

    asyncio.run(main())
    sampler.stop.set()
    sampler.join()
    time.sleep(1.5)         # let the hung-up queries' workers go
    after = health(url)
    probes = {}
    for probe, values in samples.items():
        probes[probe] = {"n": len(values), "statuses": statuses[probe].statuses,
                         **{f"p{q}_ms": round(1000 * percentile(values, q)) for q in (50, 95, 99)},
                         "max_ms": round(1000 * max(values))}
    return {"scenario": name, "seconds": round(time.monotonic() - t0, 1), "attack": tally.statuses,
            "probes": probes, "max_total_rss_mb": round(sampler.rss / 2**20),
            "max_total_pss_mb": round(sampler.pss / 2**20), "max_processes": sampler.processes,
            "replaced": (after.get("replaced", 0) - before.get("replaced", 0)) if after and before else None,
            "health_after": after}


def start(env: dict) -> tuple[subprocess.Popen, str, Path]:
    port = scale_server.free_port()
    log = Path(tempfile.mkdtemp(prefix="gwr-attack-")) / "serve.log"
    variables = {**os.environ, "GWR_ROOT": os.environ.get("GWR_ROOT", str(ROOT)),
                 "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), **env}
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=variables, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    t0 = time.monotonic()
    while time.monotonic() - t0 < 120:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return proc, url, log
        except httpx.HTTPError:
            time.sleep(0.1)
    stop(proc)
    raise RuntimeError(f"{url} did not answer within 120 s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


def table(results: list[dict]) -> str:
    lines = ["| scenario | probe | n | statuses | p50 ms | p95 ms | p99 ms | max ms |",
             "|---|---|---:|---|---:|---:|---:|---:|"]
    for r in results:
        for probe, p in r["probes"].items():
            lines.append(f"| {r['scenario']} | {probe} | {p['n']} | "
                         f"{', '.join(f'{k}: {v}' for k, v in sorted(p['statuses'].items()))} | "
                         f"{p['p50_ms']} | {p['p95_ms']} | {p['p99_ms']} | {p['max_ms']} |")
    lines += ["", "| scenario | seconds | attackers' answers | 429 | 503 | max RSS MB (tree) | max PSS MB | "
              "processes | worker replacements |", "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        a = r["attack"]
        lines.append(f"| {r['scenario']} | {r['seconds']} | {', '.join(f'{k}: {v}' for k, v in sorted(a.items()))} | "
                     f"{a.get('429', 0)} | {a.get('503', 0)} | {r['max_total_rss_mb']} | {r['max_total_pss_mb']} | "
                     f"{r['max_processes']} | {r['replaced']} |")
    return "\n".join(lines)


def meets_target(results: list[dict], scenario_name: str) -> bool:
    r = next(r for r in results if r["scenario"] == scenario_name)
    return all(p["p95_ms"] <= 1000 and set(p["statuses"]) == {"200"}
               for name, p in r["probes"].items() if name in ("lookup", "id.ttl", "ask"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=4, help="attackers, each from its own 127.0.0.x address")
    ap.add_argument("--per-client", type=int, default=3, help="slow queries each attacker keeps in flight")
    ap.add_argument("--hangup", type=float, default=2.0, help="seconds before half of the attackers hang up")
    ap.add_argument("--storm", type=float, default=20.0, help="seconds of scenario 1")
    ap.add_argument("--burst", type=int, default=200, help="slow queries sent at once in scenario 2 (0: skip)")
    ap.add_argument("--burst-time", type=float, default=15.0, help="seconds scenario 2 holds them open")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    args = ap.parse_args()
    args.clients = max(1, min(args.clients, 64))
    args.per_client = max(1, min(args.per_client, 16))
    args.burst = max(0, min(args.burst, 1000))
    args.storm, args.burst_time = min(args.storm, 300), min(args.burst_time, 300)

    proc, url, log = start({})
    results = []
    try:
        async def first(tally):
            deadline = time.monotonic() + args.storm
            attackers = [attacker(i, url, args.per_client, args.hangup if i % 2 == 0 else None, deadline, tally)
                         for i in range(args.clients)]
            return asyncio.gather(*attackers), deadline

        results.append(scenario(f"{args.clients} slow clients", url, proc.pid, first))
        print(table(results[-1:]), flush=True)
        if args.burst:
            async def second(tally):
                deadline = time.monotonic() + args.burst_time
                return burst(url, args.burst, args.clients, deadline, tally), deadline
            results.append(scenario(f"{args.burst} at once", url, proc.pid, second))
        alive = proc.poll() is None
    finally:
        stop(proc)
    print()
    print(table(results))
    ok = meets_target(results, results[0]["scenario"])
    print(f"\nserver alive: {alive}; target (lookup, id.ttl, ask: all 200, p95 ≤ 1 s) in scenario 1: "
          f"{'met' if ok else 'NOT met'}; server log: {log}")
    if args.json:
        args.json.write_text(json.dumps({"args": vars(args) | {"json": str(args.json)}, "results": results},
                                        indent=1, default=str))
    return 0 if ok and alive else 1


if __name__ == "__main__":
    raise SystemExit(main())
