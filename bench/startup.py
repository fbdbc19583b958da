"""Start-up time of `python -m api serve`: launch → first 200 from /health, in-memory store vs on-disk store.

    python bench/startup.py [--root DIR] [--runs 5]

ROOT is a project root with data/graph/all.nq (the repository by default; a bench/generate.py corpus for
larger data). The on-disk store is written once to ROOT/var/store with `python -m api store` (its load time
is printed too, it is not part of the start-up). /health answers only once the workers have run a query,
so the time includes loading or opening the store and forking the workers. Prints the median and the
range; asserts nothing.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from scale_server import ROOT, free_port  # bench/scale_server.py (a script's folder is on sys.path)


def start_once(root: Path, extra_env: dict) -> float:
    port = free_port()
    env = {**os.environ, "GWR_ROOT": str(root), "PYTHONPATH": str(ROOT), **extra_env}
    began = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "api", "serve", "--port", str(port)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with httpx.Client(timeout=1) as client:
            while True:
                try:
                    if client.get(f"http://127.0.0.1:{port}/health").status_code == 200:
                        return time.perf_counter() - began
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None:
                    raise RuntimeError(f"the service exited with {proc.returncode}")
                time.sleep(0.005)
    finally:
        proc.terminate()
        proc.wait(30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", type=Path, default=ROOT)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    root = args.root.resolve()
    store = root / "var" / "store"
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "api", "store", str(store)], cwd=ROOT, check=True,
                   env={**os.environ, "GWR_ROOT": str(root), "PYTHONPATH": str(ROOT)}, stdout=subprocess.DEVNULL)
    print(f"{root}: dump {(root / 'data/graph/all.nq').stat().st_size / 1e6:.1f} MB; "
          f"`python -m api store` took {time.perf_counter() - began:.2f} s")
    for name, env in (("in-memory store", {}), ("on-disk store", {"GWR_STORE_DIR": str(store)})):
        times = [start_once(root, env) for _ in range(args.runs)]
        print(f"{name:16} start-up median {statistics.median(times):.3f} s "
              f"(min {min(times):.3f}, max {max(times):.3f}, {args.runs} runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
