"""Fixtures of the service tests that compare the two backends (test_remote.py, test_parity.py)."""
from __future__ import annotations

import pytest

from tests.fixtures.service import make_client


@pytest.fixture(scope="module")
def remote(built, virtuoso):
    """The service on the Virtuoso backend; whole-dataset canned queries may take a while on a busy machine."""
    with make_client(built, sparql_endpoint=virtuoso.endpoint, query_timeout=60) as c:
        yield c


@pytest.fixture(scope="module")
def embedded(built):
    """The service on the embedded store, with the same time limit as `remote`."""
    with make_client(built, query_timeout=60) as c:
        yield c
