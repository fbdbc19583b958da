"""Fixtures for the web face: an in-process app for HTML checks and headless Chromium (Debian's
/usr/bin/chromium driven by Python Playwright) against a real `python -m api serve` (tests/conftest.py's
`plain_server`) for browser tests."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from tests.fixtures.root import REPO

SCREENSHOTS = REPO / "var" / "screenshots"
CHROMIUM = os.environ.get("GWR_CHROMIUM", "/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def web_client(built):
    with TestClient(create_app(built)) as c:
        yield c


def browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (pip install playwright)"
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    return None


@pytest.fixture(scope="session")
def browser():
    missing = browser_missing()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(missing + " — CI must install it")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright
    # Playwright gives every launch a fresh temporary profile (--user-data-dir) of its own and refuses
    # the flag in `args`; each test then opens a new, isolated context.
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${where}`);
});
"""


class Visit:
    """A page in a fresh context that records every request, console error and page error."""

    def __init__(self, browser, base: str, width: int = 1280, height: int = 900, locale: str = "zh-CN"):
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("requestfailed", lambda r: self.errors.append(f"failed: {r.url} {r.failure}"))
        # Every Content-Security-Policy violation (the server's policy, api/service/headers.py), as the page saw it;
        # Chromium also reports each one as a console error, which `errors` records.
        self.context.add_init_script(CSP_LISTENER)

    def open(self, path: str):
        response = self.page.goto(self.base + path, wait_until="load")
        assert response is not None and response.status == 200, (path, response and response.status)
        self.page.wait_for_load_state("networkidle")
        return response

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations || []")

    def foreign(self) -> list[str]:
        return [u for u in self.requests if not (u.startswith(self.base + "/") or u.startswith(("data:", "blob:")))]

    def shot(self, name: str, full_page: bool = False) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path

    def close(self):
        self.context.close()


def visits(browser, url):
    """A factory of Visits to the server at `url` (yielded by a fixture), each closed at the fixture's end."""
    opened: list[Visit] = []

    def make(**kw) -> Visit:
        v = Visit(browser, url, **kw)
        opened.append(v)
        return v
    yield make
    for v in opened:
        v.close()


@pytest.fixture
def visit(browser, plain_server):
    yield from visits(browser, plain_server)


# ---- a few reports of three levels of government over three years, built by the real pipeline ----

SERIES_REPORTS = ("national-2024", "liaoning-2024", "dalian-2023", "dalian-2024", "dalian-2025")


@pytest.fixture(scope="session")
def series_root(tmp_path_factory):
    """A project root with the repository's ontology, queries, entities and five of its reports (their sources
    and records), checked and built by `python -m api build` (the derived assessments included): enough for
    a GDP series of Dalian with estimates, an aspirational target and attainments, and the 2024 cascade."""
    import shutil
    import subprocess
    import sys

    root = tmp_path_factory.mktemp("series") / "root"
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, root / part)
    shutil.copytree(REPO / "data" / "entities", root / "data" / "entities")
    (root / "data" / "sources").mkdir(parents=True)
    for key in SERIES_REPORTS:
        shutil.copytree(REPO / "data" / "reports" / key, root / "data" / "reports" / key)
        shutil.copy(REPO / "data" / "sources" / f"{key}.txt", root / "data" / "sources" / f"{key}.txt")
    run = subprocess.run([sys.executable, "-m", "api", "build"], cwd=REPO, capture_output=True, text=True,
                         env={"GWR_ROOT": str(root), "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0, run.stdout + run.stderr
    return root


@pytest.fixture(scope="session")
def series_client(series_root):
    import dataclasses

    from api.settings import Settings
    settings = dataclasses.replace(Settings(root=series_root), workers=1, public_base_url="", query_timeout=60)
    with TestClient(create_app(settings)) as c:
        yield c


@pytest.fixture(scope="module")
def series_server(series_root):
    from api.settings import Settings
    from tests.fixtures.server import serve
    with serve(Settings(root=series_root), GWR_WORKERS="1") as (_, url):
        yield url


@pytest.fixture
def series_visit(browser, series_server):
    yield from visits(browser, series_server)
