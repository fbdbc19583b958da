"""Shared fixtures: a small project root (real ontology and source, a few curated records) and the real one."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.settings import Settings
from tests.fixtures.root import REPO, make_root


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
def real_settings() -> Settings:
    """The repository itself; its committed graph is built when missing."""
    settings = Settings(root=REPO)
    if not (settings.graph_dir / "all.nq").exists():
        from api.build import build
        build(settings)
    return settings


@pytest.fixture(scope="session")
def real_store(real_settings):
    from api.store import open_store
    return open_store(real_settings)


