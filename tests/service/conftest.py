"""Fixtures: the real built graph, an in-process app (TestClient) and a real uvicorn server."""
from __future__ import annotations

import contextlib
import dataclasses
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from api.settings import Settings

REPO = Path(__file__).resolve().parents[2]
BASE = "https://w3id.org/gwr/"


BACKENDS = ["embedded", "virtuoso"]


def pytest_collection_modifyitems(config, items):
    """Tests marked `embedded_only` (they look inside the worker pool) run on the embedded store only."""
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec and callspec.params.get("settings") == "virtuoso" and item.get_closest_marker("embedded_only"):
            item.add_marker(pytest.mark.skip(reason=item.get_closest_marker("embedded_only").args[0]))


def pytest_configure(config):
    config.addinivalue_line("markers", "embedded_only(reason): the test is about the embedded worker pool")


@pytest.fixture(scope="session")
def built() -> Settings:
    """The repository's own data; the graph is built when it is missing."""
    s = Settings(root=REPO)
    if not (s.graph_dir / "all.nq").exists():
        from api.build import build
        build(s)
    return dataclasses.replace(s, workers=2, public_base_url="")


@pytest.fixture(scope="session")
def virtuoso(built, tmp_path_factory):
    """A real Virtuoso on 127.0.0.1 holding the dump (tests/fixtures/virtuoso.py)."""
    from tests.fixtures import virtuoso as v
    if not v.available():
        if v.required():
            pytest.fail("virtuoso-opensource is not installed (apt-get install virtuoso-opensource)")
        pytest.skip("virtuoso-opensource is not installed")
    server = v.Virtuoso(tmp_path_factory.mktemp("virtuoso")).start(built.graph_dir / "all.nq")
    yield server
    server.stop()


@pytest.fixture(scope="session", params=BACKENDS)
def settings(request, built) -> Settings:
    """Every service test runs twice: on the embedded Oxigraph store and on Virtuoso (GWR_SPARQL_ENDPOINT)."""
    if request.param == "virtuoso":
        return dataclasses.replace(built, sparql_endpoint=request.getfixturevalue("virtuoso").endpoint)
    return built


@pytest.fixture(scope="session")
def client(settings):
    with TestClient(create_app(settings)) as c:
        yield c


def make_client(settings: Settings, **changes):
    return TestClient(create_app(dataclasses.replace(settings, **changes)))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(settings: Settings, **variables: str):
    """`python -m api serve` as a subprocess on a free port (GWR_* variables as keyword arguments);
    yields the process and its URL once /health answers."""
    port = free_port()
    env = {**os.environ, "GWR_ROOT": str(settings.root), "PYTHONPATH": str(REPO),
           "GWR_SPARQL_ENDPOINT": settings.sparql_endpoint, **variables}
    proc = subprocess.Popen([sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.05)
    else:
        proc.kill()
        raise RuntimeError(proc.stdout.read().decode())
    try:
        yield proc, url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def server(settings):
    """`python -m api serve` as a subprocess, with a 2 s query time limit."""
    with serve(settings, GWR_QUERY_TIMEOUT="2", GWR_WORKERS="2") as (_, url):
        yield url


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it gets."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.connections = []
        self.running = True
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def loop(self):
        while self.running:
            try:
                conn, addr = self.sock.accept()
            except OSError:
                continue
            self.connections.append(addr)
            conn.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture()
def listener():
    probe = Listener()
    yield probe
    probe.close()
