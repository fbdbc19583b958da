"""The on-disk store (`python -m api store DIR`, served with GWR_STORE_DIR): the same answers as the
in-memory store, opened read-only by every worker, refused when it was not written by the project."""
from __future__ import annotations

import collections
import dataclasses
import json
import os
import re
import subprocess
import sys

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.service.answers import CATALOGUE, FOLDER, read_saved, write_answers, write_lines
from api.service.app import create_app
from api.settings import Settings
from api.store import MANIFEST, dump_path, open_disk_store, read_manifest, write_disk_store
from tests.fixtures.root import REPO

pytestmark = pytest.mark.slow     # writes on-disk stores in subprocesses

QUERY = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    settings = Settings(root=REPO)
    if not dump_path(settings).exists():
        from api.build import build
        build(settings)
    out = tmp_path_factory.mktemp("disk") / "store"
    write_disk_store(settings, out)
    write_answers(settings, out)
    return settings, out, read_manifest(out)


def test_cli_writes_a_store_with_its_manifest(tmp_path):
    out = tmp_path / "s"
    run = subprocess.run([sys.executable, "-m", "api", "store", str(out)], cwd=REPO, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["quads"] == len(open_disk_store(out)) > 30000
    assert f"GWR_STORE_DIR={out}" in run.stdout
    answers = manifest["answers"]
    assert {CATALOGUE, "commitments-by-action", "results-beside-targets", "facts-by-indicator"} <= set(answers)
    assert not {"api-describe", "api-facts", "main-targets"} & set(answers)   # a parameter without a default
    assert answers[CATALOGUE]["file"] == f"{FOLDER}/{CATALOGUE}.srj" and answers[CATALOGUE]["rows"] > 500
    assert all((out / a["file"]).stat().st_size == a["bytes"] for a in answers.values())
    assert not (tmp_path / "s.loading").exists()


def test_served_from_disk_answers_like_memory(disk):
    settings, out, manifest = disk
    memory = dataclasses.replace(settings, workers=1)
    on_disk = dataclasses.replace(settings, workers=2, store_dir=str(out))
    with TestClient(create_app(memory)) as a, TestClient(create_app(on_disk)) as b:
        for path, params in (("/sparql", {"query": QUERY}),
                             ("/api/search", {"q": "jinzhouwan"}), ("/api/search", {"q": "大连"}),
                             ("/api/entities", {"district": "place/jinzhou-district", "size": 500}),
                             ("/api/entities/project/jinzhouwan-international-airport", {}),
                             ("/api/queries/entity-counts-by-type", {})):
            ra, rb = a.get(path, params=params), b.get(path, params=params)
            assert rb.status_code == ra.status_code == 200
            ja, jb = ra.json(), rb.json()
            ja.pop("saved", None), jb.pop("saved", None)      # the canned query's answer was saved with the store
            assert jb == ja
        version = b.get("/version").json()
        assert version["data"]["sha256"] == manifest["sha256"]
        assert version["data"]["triples"] == manifest["quads"]
        # read-only: updates are refused by the protocol layer, and the store itself cannot be written
        assert b.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).status_code >= 400
    with pytest.raises(RuntimeError):
        open_disk_store(out).add(ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.NamedNode("urn:c")))


def test_a_folder_without_manifest_is_refused_at_start(tmp_path, disk):
    settings, _, _ = disk
    ox.Store(str(tmp_path / "other")).flush()
    with pytest.raises(FileNotFoundError, match=MANIFEST):
        with TestClient(create_app(dataclasses.replace(settings, store_dir=str(tmp_path / "other")))):
            pass


def test_a_warning_points_to_the_on_disk_store_when_memory_is_short(caplog):
    """Read from this process's real /proc: one worker fits; a million copies of it do not."""
    import logging

    from api.service.engine import warn_if_memory_short
    with caplog.at_level(logging.WARNING, logger="api.service"):
        assert warn_if_memory_short(1) is False
        assert not caplog.records
        assert warn_if_memory_short(10**6) is True
    assert "GWR_STORE_DIR" in caplog.records[-1].getMessage()


def test_search_reads_the_catalogue_saved_with_the_store_while_it_matches_the_query(disk, tmp_path):
    """The saved answer is what search uses (an entity removed from the file is no longer found), and only
    while the query text and base IRI it was computed with still hold."""
    import shutil
    settings, out, _ = disk
    copy = tmp_path / "store"
    shutil.copytree(out, copy)
    served = dataclasses.replace(settings, workers=1, store_dir=str(copy))
    file = copy / FOLDER / f"{CATALOGUE}.srj"
    answer = json.loads(file.read_text())
    airport = "https://w3id.org/gwr/id/project/jinzhouwan-international-airport"
    answer["results"]["bindings"] = [b for b in answer["results"]["bindings"] if b["entity"]["value"] != airport]
    (tmp_path / "edited.srj").write_text(json.dumps(answer))
    write_lines(tmp_path / "edited.srj", file)
    with TestClient(create_app(served)) as c:
        ids = [i["id"] for i in c.get("/api/search", params={"q": "jinzhouwan"}).json()["items"]]
        assert "project/jinzhouwan-international-airport" not in ids
    # another base IRI (or another query text): the saved answer no longer applies, the query runs
    other = dataclasses.replace(served, base_iri="https://example.org/gwr/")
    from api.service.engine import read_canned
    assert read_saved(other, {q.name: q for q in read_canned(settings.queries_dir)}) == {}
    with TestClient(create_app(other)) as c:
        assert c.get("/api/search", params={"q": "jinzhouwan"}).status_code == 200


def rows_multiset(body: dict) -> collections.Counter:
    """Rows as a multiset; each value's space- or |-separated parts sorted, as GROUP_CONCAT's order is the
    engine's (it differs between the in-memory and the on-disk store). Numbers and booleans (JSON values of typed
    literals) are compared as they are."""
    def parts(v):
        return tuple(sorted(re.split(r"[ |]", v))) if isinstance(v, str) else v
    return collections.Counter(tuple(sorted((k, parts(v)) for k, v in r.items())) for r in body["rows"])


def test_saved_answers_are_the_answers_the_query_gives(disk):
    """Every saved answer, served as JSON pages, CSV, TSV and SPARQL JSON, equals the same request run on the
    in-memory store (as multisets: rows the query leaves unordered may come in another order)."""
    settings, out, manifest = disk
    memory = dataclasses.replace(settings, workers=1)
    on_disk = dataclasses.replace(settings, workers=1, store_dir=str(out))
    with TestClient(create_app(memory)) as a, TestClient(create_app(on_disk)) as b:
        for name in manifest["answers"]:
            ra = a.get(f"/api/queries/{name}", params={"limit": 10000}).json()
            rb = b.get(f"/api/queries/{name}", params={"limit": 10000}).json()
            assert rb["saved"] is True and ra["saved"] is False, name
            assert rb["columns"] == ra["columns"] and rb["total"] == ra["total"] == manifest["answers"][name]["rows"]
            assert rows_multiset(rb) == rows_multiset(ra), name
            for suffix in (".csv", ".tsv"):
                ta, tb = a.get(f"/api/queries/{name}{suffix}"), b.get(f"/api/queries/{name}{suffix}")
                assert tb.headers["content-type"] == ta.headers["content-type"]
                head_a, *lines_a = ta.text.splitlines()
                head_b, *lines_b = tb.text.splitlines()
                assert head_a == head_b and len(lines_a) == len(lines_b), (name, suffix)
                if name != CATALOGUE:                          # GROUP_CONCAT (above)
                    assert sorted(lines_a) == sorted(lines_b), (name, suffix)
            sa = a.get(f"/api/queries/{name}", params={"format": "sparql-json"})
            sb = b.get(f"/api/queries/{name}", params={"format": "sparql-json"})
            assert sb.headers["content-type"] == sa.headers["content-type"] == "application/sparql-results+json"
            assert len(sb.json()["results"]["bindings"]) == len(sa.json()["results"]["bindings"])
        # a page of a saved answer is that slice of it
        whole = b.get("/api/queries/commitments-by-action", params={"limit": 10000}).json()
        part = b.get("/api/queries/commitments-by-action", params={"offset": 40, "limit": 25}).json()
        assert part["rows"] == whole["rows"][40:65] and part["total"] == whole["total"]
        # a request with other values than the defaults is not the saved one: it runs
        r = b.get("/api/queries/facts-by-indicator", params={"indicator": "indicator/cpi"}).json()
        assert r["saved"] is False and r["total"] == a.get("/api/queries/facts-by-indicator",
                                                            params={"indicator": "cpi"}).json()["total"] > 0
        # an indicator the dataset lacks is a 404 problem (every identifier is resolved: README, Identifiers)
        assert b.get("/api/queries/facts-by-indicator", params={"indicator": "indicator/none"}).status_code == 404


def test_an_edited_query_is_not_answered_from_the_store(disk, tmp_path):
    """The saved answer belongs to the query text it was computed with."""
    import shutil
    settings, out, _ = disk
    root = tmp_path / "root"
    shutil.copytree(settings.root / "queries", root / "queries")
    (root / "data").symlink_to(settings.root / "data")
    (root / "ontology").symlink_to(settings.root / "ontology")
    edited = root / "queries" / "commitments-by-action.rq"
    edited.write_text(edited.read_text().replace("ORDER BY DESC(?commitments) ?action", "ORDER BY ?action"))
    with TestClient(create_app(dataclasses.replace(settings, root=root, workers=1, store_dir=str(out)))) as c:
        assert c.get("/api/queries/commitments-by-action").json()["saved"] is False
        assert c.get("/api/queries/labs-and-hosts").json()["saved"] is True
