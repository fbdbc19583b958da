"""Helpers of the scale and load benchmarks: start `python -m api serve` on a project root, wait for it,
measure its memory (the server process and its forked query workers), stop it."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))           # this checkout's `api`, as the servers it starts get it

from api.service.engine import proc_kb  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid: int) -> list[int]:
    """Every descendant of pid (the query workers are forked from the server)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    kids = [int(x) for x in f.read().split()]
                out.extend(kids)
                todo.extend(kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return out


def _field(path: str, name: str) -> int:
    """A `Name:  123 kB` field of a /proc file, in bytes (0 when missing)."""
    return (proc_kb(path, name) or 0) * 1024


@dataclass
class Memory:
    server_rss: int      # the server process
    total_rss: int       # server + workers, shared pages counted in each (overstates)
    total_pss: int       # server + workers, shared pages split between them (the honest total)
    peak_rss: int        # the server process's high-water mark (VmHWM)
    processes: int

    def mb(self) -> dict:
        return {"server_rss_mb": round(self.server_rss / 2**20), "total_rss_mb": round(self.total_rss / 2**20),
                "total_pss_mb": round(self.total_pss / 2**20), "peak_rss_mb": round(self.peak_rss / 2**20),
                "processes": self.processes}


def memory(pid: int) -> Memory:
    pids = [pid, *children(pid)]
    rss = [_field(f"/proc/{p}/status", "VmRSS") for p in pids]
    pss = [_field(f"/proc/{p}/smaps_rollup", "Pss") for p in pids]
    return Memory(rss[0], sum(rss), sum(pss), _field(f"/proc/{pid}/status", "VmHWM"), len(pids))


def available_memory() -> int:
    return _field("/proc/meminfo", "MemAvailable")


@dataclass
class Server:
    proc: subprocess.Popen
    url: str
    started: float       # seconds from launch to the first answer of /health
    log: Path

    @property
    def pid(self) -> int:
        return self.proc.pid

    def memory(self) -> Memory:
        return memory(self.proc.pid)

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


def project_env(root: Path) -> dict:
    """The environment of a `python -m api …` child on the corpus at ROOT (GWR_ROOT), this checkout's code first."""
    return {**os.environ, "GWR_ROOT": str(root),
            "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def start(root: Path, *, port: int | None = None, workers: int = 2, query_timeout: float | None = None,
          env: dict | None = None, ready_within: float = 1800) -> Server:
    """`python -m api serve` on ROOT (GWR_ROOT), ready when /health answers 200."""
    port = port or free_port()
    variables = {**project_env(root), "GWR_WORKERS": str(workers)}
    if query_timeout is not None:
        variables["GWR_QUERY_TIMEOUT"] = str(query_timeout)
    variables.update(env or {})
    log = Path(root) / f"serve-{port}.log"
    t0 = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=variables, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    while time.monotonic() - t0 < ready_within:
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    return Server(proc, url, time.monotonic() - t0, log)
        except Exception:     # not up yet
            time.sleep(0.05)
    Server(proc, url, 0, log).stop()
    raise RuntimeError(f"{url} did not answer within {ready_within} s")
