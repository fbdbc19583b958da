"""The service on Virtuoso against the service on its embedded store: time per route, in process (issue 14 §7).

    python bench/virtuoso.py [--endpoint URL] [--runs 15] [--path /api/series ...] [--out bench/results/virtuoso.json]

Without --endpoint it starts a Virtuoso 7.2 on 127.0.0.1 holding data/graph/all.nq, as the tests do
(tests/fixtures/virtuoso.py: the README's virtuoso.ini settings), and stops it at the end. Both services run
in this process (`TestClient`, no network between client and service; the service talks to Virtuoso over
HTTP on 127.0.0.1). Each path is asked once of each to warm up, then `--runs` times, interleaved (embedded,
Virtuoso, embedded, …) so that a noisy neighbour hits both alike; the median is reported, with the load
average of the machine before and after (the 2-core machine is shared). Asserts nothing.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PATHS = ["/id/place/dalian", "/id/place/dalian.ttl", "/api/entities/place/dalian", "/api/series", "/api/cascade"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint", help="a running Virtuoso's SPARQL endpoint holding the dump")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--path", action="append", help="a path to time (repeatable); default: " + " ".join(PATHS))
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    from fastapi.testclient import TestClient

    from api.service.app import create_app
    from api.settings import Settings
    from tests.fixtures import virtuoso as v

    settings = dataclasses.replace(Settings(root=ROOT), workers=2, public_base_url="", query_timeout=60)
    server = None
    endpoint = args.endpoint
    if endpoint is None:
        server = v.Virtuoso(Path(tempfile.mkdtemp(prefix="bench-virtuoso-"))).start(settings.graph_dir / "all.nq")
        endpoint = server.endpoint
    paths = args.path or PATHS
    load_before = os.getloadavg()
    rows = []
    try:
        with TestClient(create_app(settings)) as embedded, \
                TestClient(create_app(dataclasses.replace(settings, sparql_endpoint=endpoint))) as remote:
            for path in paths:
                times: dict[str, list[float]] = {"embedded": [], "virtuoso": []}
                for name, client in (("embedded", embedded), ("virtuoso", remote)):
                    status = client.get(path).status_code
                    if status != 200:
                        raise SystemExit(f"{path} answered {status} on {name}")
                for _ in range(args.runs):
                    for name, client in (("embedded", embedded), ("virtuoso", remote)):
                        began = time.perf_counter()
                        client.get(path)
                        times[name].append((time.perf_counter() - began) * 1000)
                a, b = statistics.median(times["embedded"]), statistics.median(times["virtuoso"])
                rows.append({"path": path, "embedded_ms": round(a, 1), "virtuoso_ms": round(b, 1),
                             "ratio": round(b / a, 2)})
                print(f"{path:40} embedded {a:8.1f} ms  virtuoso {b:8.1f} ms  {b / a:5.1f}x", flush=True)
    finally:
        if server is not None:
            server.stop()
    load_after = os.getloadavg()
    quads = sum(1 for _ in (settings.graph_dir / "all.nq").open("rb"))
    print(f"median of {args.runs}; {quads} quads; load average before {load_before[0]:.2f}, "
          f"after {load_after[0]:.2f} on {os.cpu_count()} cores")
    if args.out:
        args.out.write_text(json.dumps({"runs": args.runs, "quads": quads, "load_before": load_before,
                                        "load_after": load_after, "cpus": os.cpu_count(), "rows": rows},
                                       indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
