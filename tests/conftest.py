"""The test suite's shared fixtures, in one place: project roots (a small one, the repository itself), the
repository's built settings, the service on both backends (in process and over real HTTP), a real Virtuoso,
a network probe. Helpers the fixtures use live in tests/fixtures/ (root.py, server.py, service.py,
listener.py, virtuoso.py).

Markers (registered in pyproject.toml, `--strict-markers`): `slow` (over ~2 s, or needing a browser, Virtuoso
or the benchmarks; `pytest -m "not slow"` is the quick loop), `browser`, `virtuoso`, `bench`, `embedded_only`.
`browser` and `virtuoso` are set here from the fixtures a test uses; the others are written on the tests."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from api.settings import Settings
from tests.fixtures.listener import Listener
from tests.fixtures.root import REPO, make_root
from tests.fixtures.server import serve

BACKENDS = ["embedded", "virtuoso"]


@pytest.hookimpl(tryfirst=True)        # before `-m` deselects: the markers set here count for it
def pytest_collection_modifyitems(config, items):
    """A test that uses Chromium is `browser`, one on Virtuoso (its fixture or the `settings` parameter) is
    `virtuoso`; every `browser`, `virtuoso` and `bench` test is also `slow`. An `embedded_only` test (it looks
    inside the worker pool) is skipped on Virtuoso."""
    for item in items:
        names = set(item.fixturenames)
        callspec = getattr(item, "callspec", None)
        on_virtuoso = bool(callspec and callspec.params.get("settings") == "virtuoso")
        if names & {"browser", "visit"}:
            item.add_marker(pytest.mark.browser)
        if on_virtuoso or "virtuoso" in names:
            item.add_marker(pytest.mark.virtuoso)
        if any(item.get_closest_marker(name) for name in ("browser", "virtuoso", "bench")):
            item.add_marker(pytest.mark.slow)
        only = item.get_closest_marker("embedded_only")
        if on_virtuoso and only:
            item.add_marker(pytest.mark.skip(reason=only.args[0] if only.args else "embedded store only"))


# ---- project roots ----

@pytest.fixture(scope="session")
def mini_root(tmp_path_factory) -> Path:
    """A built mini project: the fixture records, graph files written by the real build."""
    from api.build import build
    root = make_root(tmp_path_factory.mktemp("mini"))
    build(Settings(root=root))
    return root


@pytest.fixture(scope="session")
def mini_settings(mini_root) -> Settings:
    return Settings(root=mini_root)


@pytest.fixture()
def fresh_root(tmp_path) -> Path:
    """An unbuilt mini project that a test may change."""
    return make_root(tmp_path / "root")


@pytest.fixture(scope="session")
def built() -> Settings:
    """The repository's own data (its committed graph, built when missing), 2 query workers, links relative
    to the request."""
    settings = Settings(root=REPO)
    if not (settings.graph_dir / "all.nq").exists():
        from api.build import build
        build(settings)
    return dataclasses.replace(settings, workers=2, public_base_url="")


@pytest.fixture(scope="session")
def real_store(built):
    from api.store import open_store
    return open_store(built)


# ---- the service on both backends ----

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
    """The app in process (TestClient) on each backend."""
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="session")
def server(settings):
    """`python -m api serve` on each backend, with a 2 s query time limit."""
    with serve(settings, GWR_QUERY_TIMEOUT="2", GWR_WORKERS="2") as (_, url):
        yield url


@pytest.fixture(scope="module")
def plain_server(built):
    """`python -m api serve` on the repository's data with its default limits (embedded store, 2 workers);
    one per test module, so that what one module does to it (fuzzing) cannot touch another."""
    with serve(built, GWR_WORKERS="2") as (_, url):
        yield url


@pytest.fixture()
def listener():
    """A TCP listener on 127.0.0.1 that records every connection it gets."""
    probe = Listener()
    yield probe
    probe.close()
