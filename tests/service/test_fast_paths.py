"""The shortcuts of the /sparql hot path give exactly what the slow, obvious code gives."""
from __future__ import annotations

import itertools
import random
from urllib.parse import parse_qsl, quote, quote_plus

import pytest

from api.service.guard import GuardSyntaxError, QueryRefused, screen, unescape
from api.service.sparql import parse_query
from tests.fixtures.root import REPO

QUERIES = [p.read_text(encoding="utf-8") for p in sorted((REPO / "queries").glob("*.rq"))]
EXTRA = [
    "SELECT * { ?s ?p ?o }", "ask {}", "PREFIX a: <http://x/select> ASK {}", "select * FrOm <g> { ?s ?p ?o }",
    "SELECT * { SeRvIcE <http://a/> { ?s ?p ?o } }", "SELECT * { SERVICE SILENT ?x { } }",
    "SELECT * { \\u0053ERVICE <http://a/> { } }", "iNsErT DATA { <a> <b> <c> }", "SELECT ?from { ?from ?p 'with' }",
    "# from a comment\nSELECT * { ?s <http://x/load> \"delete\" }", "CONSTRUCT WHERE { ?s ?p ?o }",
    "DESCRIBE <http://x/y>", "SELECT * { ?s ?p ?o } # service", "LOAD <http://127.0.0.1:9/x>",
    "SELECT * FROM NAMED <g> { GRAPH ?g { ?s ?p ?o } }", "SELECT (1 AS ?x) {}", "PREFIX service: <x:> SELECT * {}",
]


def slow_screen(text: str, allowlist=()):
    """The full parse on every query (what screen() does without its shortcut)."""
    return screen(text, allowlist, full=True)


def outcome(fn, text):
    """What the /sparql route uses of a Screening (the form, FROM present), or the refusal."""
    try:
        found = fn(text)
        return found.form, found.has_dataset_clause
    except QueryRefused as exc:
        return ("refused", str(exc))
    except GuardSyntaxError:
        return "syntax"


def variants(text: str, seed: int):
    rnd = random.Random(seed)
    yield text
    yield text.upper()
    yield "".join(c.upper() if rnd.random() < 0.5 else c.lower() for c in text)


@pytest.mark.parametrize("index", range(len(QUERIES) + len(EXTRA)))
def test_screen_shortcut_agrees_with_the_full_parse(index):
    text = (QUERIES + EXTRA)[index]
    for variant in variants(text, index):
        slow = outcome(slow_screen, variant)
        if slow != "syntax":        # (the shortcut leaves syntax errors to the engine: `A` for `a` upper-cased)
            assert outcome(screen, variant) == slow, variant


def test_unescape_once():
    """§19.2 escapes are undone in one pass: an escaped backslash does not start a second escape."""
    assert unescape("\\u005Cu0053ERVICE") == "\\u0053ERVICE"
    assert unescape("\\U0001F600 \\u00e9 \\uD800") == "\U0001F600 \u00e9 \\uD800"
    assert screen("SELECT * { ?s ?p \"\\u005Cu0053ERVICE\" }").form == "select"


@pytest.mark.parametrize("text", [
    "", "query=", "query", "&&", "a=1&&b=2", "a=%zz", "a=%4", "a=%E5%A4%A7%E8%BF%9E", "a=%E5%A4", "a=b+c%2B",
    "a=x\\y%41", "q=%C3%A9&q=%c3%a9&format=json", "query=" + quote("SELECT * { ?s ?p '大连' }"),
    "query=" + quote_plus("ASK { <a> ?p \"x y\" }") + "&timeout=2&default-graph-uri=" + quote("http://g/1"),
    "caf\u00e9=1", "a=%FF%FE",
])
def test_parse_query_is_parse_qsl(text):
    assert parse_query(text) == parse_qsl(text, keep_blank_values=True)


def test_parse_query_random():
    rnd = random.Random(7)
    alphabet = ["%", "+", "&", "=", "a", "Z", "0", "9", "F", "%4", "%41", "%E5%A4%A7", "%zz", " ", "\\", "é"]
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 12)))
        assert parse_query(text) == parse_qsl(text, keep_blank_values=True), text
    for combo in itertools.product(["", "%", "%4", "%41", "+", "="], repeat=3):
        text = "".join(combo)
        assert parse_query(text) == parse_qsl(text, keep_blank_values=True), text


def test_small_results_go_out_whole(client):
    """A result under the streaming threshold is one worker frame and one response with Content-Length
    (pyoxigraph flushing its writer at the end must not switch the answer to streaming)."""
    for query, accept in [("SELECT * WHERE { ?s ?p ?o } LIMIT 50", "application/sparql-results+json"),
                          ("ASK {}", "application/sparql-results+json"),
                          ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 20", "text/turtle")]:
        r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
        assert r.status_code == 200, r.text
        assert r.headers.get("content-length") == str(len(r.content))
        assert "chunked" not in r.headers.get("transfer-encoding", "")


def test_sparql_is_documented(client):
    assert set(client.get("/openapi.json").json()["paths"]["/sparql"]) >= {"get", "post"}


def fast_path_of(app):
    layer = app.middleware_stack
    while layer is not None and type(layer).__name__ != "FastPath":
        layer = getattr(layer, "app", None)
    return layer


@pytest.mark.parametrize("query,accept", [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", "application/sparql-results+json"),
    ("ASK {}", "text/csv"), ("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2", "text/turtle"),
    ("SELECT * {", "application/sparql-results+json"), ("SELECT * { SERVICE <http://x/> {} }", "*/*"),
    ("ASK {}", "image/png"), ("INSERT DATA { <a> <b> <c> }", "*/*"),
])
def test_fast_path_answers_like_the_full_stack(client, query, accept):
    fast = fast_path_of(client.app)
    assert fast is not None
    r1 = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert fast.enabled is True
    fast.enabled = False
    try:
        r2 = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    finally:
        fast.enabled = True
    assert (r1.status_code, r1.content) == (r2.status_code, r2.content)
    drop = {"date"}
    assert ({k: v for k, v in r1.headers.items() if k not in drop}
            == {k: v for k, v in r2.headers.items() if k not in drop})


def test_fast_path_steps_aside_for_unknown_middleware(settings):
    from fastapi.testclient import TestClient

    from api.service.app import create_app

    class Stamp:
        def __init__(self, app):
            self.app = app

        async def __call__(self, scope, receive, send):
            async def stamped(message):
                if message["type"] == "http.response.start":
                    message["headers"] = list(message.get("headers", [])) + [(b"x-stamp", b"1")]
                await send(message)
            await self.app(scope, receive, stamped)

    app = create_app(settings)
    app.user_middleware.insert(1, __import__("starlette.middleware", fromlist=["Middleware"]).Middleware(Stamp))
    with TestClient(app) as c:
        r = c.get("/sparql", params={"query": "ASK {}"})
        assert r.status_code == 200 and r.headers.get("x-stamp") == "1"
        assert fast_path_of(app).enabled is False
