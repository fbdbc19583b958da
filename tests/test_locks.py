"""The two lock files: requirements.lock (everything, for tests) and requirements-serve.lock (what serving needs,
installed by the README's first command). The serve lock pins every runtime dependency of pyproject.toml and of
the packages they pull in, at the same versions as the full lock, and nothing of the test extra."""
from __future__ import annotations

import re
import tomllib

from tests.fixtures.root import REPO


def pins(name: str) -> dict[str, str]:
    found = {}
    for line in (REPO / name).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and "==" in line:
            package, version = line.split("==", 1)
            found[normal(package)] = version.split(";", 1)[0].strip()     # an environment marker may follow
    return found


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[\s<>=!~;\[]", name.strip(), maxsplit=1)[0]).lower()


def test_the_serve_lock_pins_every_runtime_dependency_as_the_full_lock_does():
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    runtime = {normal(d) for d in project["dependencies"]}
    tests_only = {normal(d) for d in project["optional-dependencies"]["test"]} - runtime
    serve, full = pins("requirements-serve.lock"), pins("requirements.lock")
    assert runtime <= set(serve), sorted(runtime - set(serve))
    assert not tests_only & set(serve), sorted(tests_only & set(serve))
    assert {p: v for p, v in serve.items() if full.get(p) != v} == {}
