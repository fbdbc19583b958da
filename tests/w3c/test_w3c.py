"""The W3C SPARQL test suites through the service: it accepts, refuses and answers exactly as Oxigraph alone
does on the same dataset, except where its policy refuses (SERVICE, updates), which must be a 403/400 that
says so. See tests/w3c/suite.py for how each test is run and compared; `python -m tests.w3c.suite --table`
prints the README's table.
"""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from tests.w3c import suite

TESTS = suite.all_tests()
NS10 = "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/"
NS11 = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"

# Disagreements between the service and the engine alone that are known and being fixed elsewhere
# (IRI → why). The lead empties this as the fixes land; an entry that passes fails the run (strict xfail).
EXPECTED_FAILURES: dict[str, str] = {}

# Tests where Oxigraph 0.5.13 itself fails or differs from the W3C verdict (the service agrees with it).
# Listed so that a harness fault (data not loaded, a wrong dataset) cannot hide as an "engine limit",
# and so that an engine upgrade that fixes one is noticed (the README's table must then change).
CUSTOM_FUNCTION = "a valid query calling an unknown extension function: Oxigraph parses it, cannot run it"
ENGINE_LIMITS: dict[str, str] = {
    **{NS10 + f"syntax-sparql{n}/manifest#{name}": CUSTOM_FUNCTION for n, name in [
        (1, "syntax-expr-05"), (1, "syntax-order-05"), (1, "syntax-order-06"), (2, "syntax-function-01"),
        (2, "syntax-function-02"), (2, "syntax-function-03"), (2, "syntax-function-04")]},
    NS11 + "syntax-query/manifest#test_4": CUSTOM_FUNCTION,
    NS10 + "syntax-sparql3/manifest#syn-bad-26": "Oxigraph accepts `?x<?a&&?b>?y` (longest-token rule)",
    NS11 + "aggregates/manifest#agg-groupconcat-04": "GROUP_CONCAT keeps a shared language tag",
    NS11 + "aggregates/manifest#agg-groupconcat-06": "GROUP_CONCAT keeps a shared language tag",
    NS11 + "aggregates/manifest#agg-empty-group-count-graph": "COUNT in a sub-SELECT inside GRAPH ?g: one row, "
                                                              "?g unbound",
    NS11 + "bindings/manifest#graph": "VALUES inside GRAPH binding the graph variable",
    NS11 + "functions/manifest#bnode01": "BNODE(str) gives the same blank node across solutions",
    NS11 + "negation/manifest#graph-minus": "MINUS inside GRAPH ?g treats ?g as shared",
    **{NS11 + f"property-path/manifest#{name}": "a * or ? path with a constant end on an empty dataset "
                                                "gives no solution"
       for name in ("zero_or_more_set_start", "zero_or_more_set_end", "zero_or_one_set_start",
                    "zero_or_one_set_end")},
}


@pytest.fixture(scope="module")
def w3c(tmp_path_factory):
    """One test store with every evaluation test's data, the engine's answers (computed once, offline),
    and one app serving that store."""
    root = tmp_path_factory.mktemp("w3c-root")
    dump = suite.write_root(root, TESTS)
    settings = suite.settings_for(root)
    alone = dict(zip((t.iri for t in TESTS), suite.run_engine(dump, settings, TESTS), strict=True))
    with TestClient(create_app(settings)) as client:
        yield client, alone


def test_every_test_has_a_unique_iri_and_each_suite_is_read():
    iris = [t.iri for t in TESTS]
    assert len(iris) == len(set(iris))
    counts = {suite_name: sum(t.suite == suite_name for t in TESTS) for suite_name in suite.SUITES}
    assert all(n > 0 for n in counts.values()), counts
    assert counts["1.1 evaluation"] > 200 and sum(counts.values()) > 550


def marks(test: suite.Test):
    reason = EXPECTED_FAILURES.get(test.iri)
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("test", [pytest.param(t, id=t.iri, marks=marks(t)) for t in TESTS])
def test_service_answers_as_the_engine(w3c, test: suite.Test):
    client, alone = w3c
    reply = suite.ask_service(client, test)
    verdict = suite.classify(test, reply, alone[test.iri])
    where = f"{test.iri} ({test.query.relative_to(suite.TESTS)})"
    assert verdict.outcome != "disagree", f"{where}: {verdict.detail}"
    if verdict.outcome == "policy":
        assert reply.status in (400, 403) and suite.POLICY.search(reply.message), where
    if verdict.outcome == "engine":
        assert test.iri in ENGINE_LIMITS, f"{where}: a new engine limit? {verdict.detail}"
    else:
        assert test.iri not in ENGINE_LIMITS, f"{where}: now {verdict.outcome}; remove it from ENGINE_LIMITS"
