"""A typed, valid OpenAPI description (issue 14, deliverable 3): it validates with openapi-spec-validator (OpenAPI
3.1), documents the errors really sent (RFC 9457 problem+json, never FastAPI's 422), /sparql with its parameters,
bodies and media types, a pydantic model for every JSON answer; and a client generated from it by
openapi-python-client returns typed objects from a live server."""
from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from openapi_spec_validator import validate

from tests.fixtures.root import REPO

METHODS = ("get", "post", "head", "put", "delete", "patch")


@pytest.fixture(scope="module")
def spec(client) -> dict:
    return client.get("/openapi.json").json()


def operations(spec: dict):
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


def test_the_description_validates(spec):
    validate(spec)       # openapi-spec-validator: OpenAPI 3.1 schema and semantics (unique operationIds, refs…)
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    assert {m for p, m, _ in operations(spec) if p == "/sparql"} == {"get", "post", "head"}


def test_errors_are_the_problems_really_sent(spec):
    text = json.dumps(spec)
    assert "HTTPValidationError" not in text and '"422"' not in text
    assert set(spec["components"]["schemas"]["Problem"]["required"]) >= {"title", "status", "detail"}
    for path, _, op in operations(spec):
        if not path.startswith("/api/"):
            continue
        errors = {s: r for s, r in op["responses"].items() if s.startswith(("4", "5"))}
        assert errors or path == "/api/queries", path
        for response in errors.values():
            assert list(response["content"]) == ["application/problem+json"], path
        assert "304" in op["responses"] and "ETag" in op["responses"]["200"]["headers"]


def test_every_json_route_has_a_typed_answer(spec):
    for path, _, op in operations(spec):
        if path.startswith("/api/") or path in ("/health", "/version"):
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            assert "$ref" in schema or "anyOf" in schema, path


def test_sparql_documents_its_parameters_bodies_and_media_types(spec):
    get, post = spec["paths"]["/sparql"]["get"], spec["paths"]["/sparql"]["post"]
    names = {p["name"] for p in get["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri", "format", "output", "results", "timeout"} <= names
    assert set(post["requestBody"]["content"]) == {"application/x-www-form-urlencoded", "application/sparql-query"}
    answers = set(get["responses"]["200"]["content"])
    assert {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/turtle",
            "application/ld+json", "application/rdf+xml"} <= answers
    assert get["responses"]["400"]["content"] == {"text/plain": {"schema": {"type": "string"}}}


@pytest.mark.parametrize(("path", "params"), [
    ("/api/entities", {"page": "x"}), ("/api/entities", {"size": "0"}), ("/api/entities", {"size": "501"}),
    ("/api/search", {}), ("/api/search", {"q": "a", "limit": "-1"}), ("/api/targets", {"period": "二〇二四"}),
    ("/api/results", {"offset": "1e3"}), ("/api/compare", {}), ("/api/compare", {"indicator": "gdp",
                                                                                 "result_year": "abc"}),
    ("/api/queries/main-targets", {"limit": "0"}),
])
def test_invalid_parameters_are_400_problems(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 400 and r.headers["content-type"] == "application/problem+json", r.text
    assert r.json()["status"] == 400 and r.json()["detail"]


@pytest.mark.slow
def test_a_generated_client_returns_typed_objects(plain_server, tmp_path):
    """openapi-python-client generates a package from the live /openapi.json; its calls against the live
    server return its own model classes, with typed fields, and its Problem for a 404."""
    (tmp_path / "openapi.json").write_bytes(httpx.get(plain_server + "/openapi.json", timeout=30).content)
    env = {**os.environ, "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    subprocess.run([str(Path(sys.executable).parent / "openapi-python-client"), "generate", "--path", "openapi.json",
                    "--output-path", "gwr_client", "--meta", "none"], cwd=tmp_path, env=env, check=True,
                   capture_output=True, timeout=300)
    sys.path.insert(0, str(tmp_path))
    try:
        gen = importlib.import_module("gwr_client")
        client_mod = importlib.import_module("gwr_client.client")
        json_api = "gwr_client.api.json_api."
        list_entities = importlib.import_module(json_api + "list_entities_api_entities_get")
        detail = importlib.import_module(json_api + "entity_detail_api_entities_kind_key_get")
        targets = importlib.import_module(json_api + "targets_api_targets_get")
        models = importlib.import_module("gwr_client.models")
        client = client_mod.Client(base_url=plain_server, timeout=httpx.Timeout(30.0))

        listed = list_entities.sync(client=client, kind="place", size=5)
        assert isinstance(listed, models.EntityList) and listed.total > 5 and len(listed.items) == 5
        first = listed.items[0]
        assert isinstance(first, models.EntitySummary) and isinstance(first.labels, models.Labels)
        assert isinstance(first.labels.zh, str) and all(t.startswith("gwr:") for t in first.types)
        assert isinstance(listed.links, models.Links) and listed.links.next_      # `next` is a builtin

        dalian = detail.sync("place", "dalian", client=client)
        assert isinstance(dalian, models.EntityDetail) and dalian.labels.zh == "大连"
        assert all(isinstance(f, models.Fact) for f in dalian.facts)

        gdp = targets.sync(client=client, indicator="gdp", place="dalian", period=2024)
        assert isinstance(gdp, models.FactList)
        (fact,) = gdp.items
        assert isinstance(fact.value, float | int) and fact.value == 6 and isinstance(fact.period, int)
        assert isinstance(fact.paragraph, models.Ref) and fact.paragraph.en.startswith("Paragraph ")

        missing = detail.sync("place", "atlantis", client=client)
        assert isinstance(missing, models.Problem) and missing.status == 404
        assert gen.__name__ == "gwr_client"
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == "gwr_client" or m.startswith("gwr_client.")]:
            del sys.modules[name]


def test_the_test_extra_has_the_openapi_tools():
    import tomllib
    extra = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["optional-dependencies"]["test"]
    assert any(d.startswith("openapi-spec-validator") for d in extra)
    assert any(d.startswith("openapi-python-client") for d in extra)
