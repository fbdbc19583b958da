"""schemathesis against the service's own OpenAPI spec (/openapi.json), over real HTTP on
`python -m api serve`: for every operation, a bounded number of generated requests, and no response may be
a server error (≥ 500). About half a minute."""
import os

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings

pytestmark = pytest.mark.slow     # a real server and generated requests for every operation

EXAMPLES = int(os.environ.get("GWR_FUZZ_EXAMPLES", "20"))


def test_no_server_errors(plain_server):
    """Every operation of /openapi.json, EXAMPLES generated requests each (schemathesis strategies run by
    Hypothesis directly: schemathesis's pytest plugin does not work with pytest 9)."""
    schema = schemathesis.openapi.from_url(plain_server + "/openapi.json")
    failures, operations = [], 0
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1

        @settings(max_examples=EXAMPLES, deadline=None, phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def fuzz(case):
            try:
                response = case.call(base_url=plain_server, timeout=30)
            except Exception as exc:     # a request that hangs or breaks the connection fails too
                raise AssertionError(f"{case.method} {case.formatted_path} query={case.query} "
                                     f"headers={case.headers} → no answer: {type(exc).__name__}") from None
            assert response.status_code < 500, (
                f"{case.method} {case.formatted_path} query={case.query} headers={case.headers} "
                f"→ {response.status_code}: {response.text[:300]}")
        try:
            fuzz()
        except AssertionError as exc:
            failures.append(str(exc).splitlines()[0])
    assert operations >= 15
    assert not failures, "\n".join(failures)


# Regressions: server errors schemathesis found (paths with characters no IRI may hold → 500).

def test_regression_invalid_iri_characters_in_paths_are_404(plain_server):
    # never a 500: a thing that cannot exist is a 404; an unknown kind of entity, or an identifier that cannot
    # name one (white space: api/service/terms.py), is a 400 that says why
    for path, status in (("/id/%C2%9A%C3%A6%F0%A8%AA%B7", 404), ("/id/place/a%0Ab", 404), ("/graph/%C3%BE%0A%1A", 404),
                         ("/api/entities/0/%C3%B2Su%19l%05d9", 400), ("/api/entities/place/a%20b", 400)):
        r = httpx.get(plain_server + path, timeout=30)
        assert r.status_code == status, (path, r.status_code, r.text[:200])
