"""The on-disk store (`python -m api store DIR`, served with GWR_STORE_DIR): the same answers as the
in-memory store, opened read-only by every worker, refused when it was not written by the project."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.service.app import create_app
from api.service.snapshot import CATALOGUE, read_catalogue, write_catalogue
from api.settings import Settings
from api.store import MANIFEST, dump_path, open_disk_store, write_disk_store
from tests.service.conftest import REPO

QUERY = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g")


@pytest.fixture(scope="module")
def disk(tmp_path_factory):
    settings = Settings(root=REPO)
    if not dump_path(settings).exists():
        from api.build import build
        build(settings)
    out = tmp_path_factory.mktemp("disk") / "store"
    manifest = write_disk_store(settings, out)
    write_catalogue(settings, out)
    return settings, out, manifest


def test_cli_writes_a_store_with_its_manifest(tmp_path):
    out = tmp_path / "s"
    run = subprocess.run([sys.executable, "-m", "api", "store", str(out)], cwd=REPO, capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert run.returncode == 0, run.stderr
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["quads"] == len(open_disk_store(out)) > 30000
    assert f"GWR_STORE_DIR={out}" in run.stdout
    assert manifest["catalogue"]["file"] == CATALOGUE and (out / CATALOGUE).stat().st_size > 0
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
            assert rb.json() == ra.json()
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
    assert read_catalogue(served) == (out / CATALOGUE).read_bytes()
    answer = json.loads((copy / CATALOGUE).read_text())
    airport = "https://w3id.org/gwr/id/project/jinzhouwan-international-airport"
    answer["results"]["bindings"] = [b for b in answer["results"]["bindings"] if b["entity"]["value"] != airport]
    (copy / CATALOGUE).write_text(json.dumps(answer))
    with TestClient(create_app(served)) as c:
        ids = [i["id"] for i in c.get("/api/search", params={"q": "jinzhouwan"}).json()["items"]]
        assert "project/jinzhouwan-international-airport" not in ids
    # another base IRI (or another query text): the saved answer no longer applies, the query runs
    assert read_catalogue(dataclasses.replace(served, base_iri="https://example.org/gwr/")) is None
    with TestClient(create_app(dataclasses.replace(served, base_iri="https://example.org/gwr/"))) as c:
        assert c.get("/api/search", params={"q": "jinzhouwan"}).status_code == 200
