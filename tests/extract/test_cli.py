"""`python -m api extract` on a real report and on bad inputs (a clear one-line error, exit 2, nothing written)."""
from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from api.cli import main
from api.settings import Settings

ROOT = Settings().root
SOURCE = ROOT / "data" / "sources" / "dalian-2024.txt"
GWR = Namespace("https://w3id.org/gwr/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    out = tmp_path_factory.mktemp("draft")
    run = subprocess.run([sys.executable, "-m", "api", "extract", str(SOURCE), "--id", "dalian-2024",
                          "--out", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    return out


def test_extract_writes_draft_records_and_turtle(drafted):
    text = SOURCE.read_text(encoding="utf-8")
    doc = yaml.safe_load((drafted / "dalian-2024.draft.yaml").read_text(encoding="utf-8"))
    assert doc["draft"]["year"] == 2024 and doc["draft"]["place"] == "place/dalian"
    assert doc["draft"]["reviewed"] is False
    facts = doc["facts"]
    assert len(facts) > 150
    for f in facts:
        assert text[f["start"]:f["end"]] == f["quote"]          # offsets into the file exactly as given
        assert f["value"] in f["quote"] and f["reviewed"] is False
        assert f["kind"] in ("result", "target")
    assert {f["kind"] for f in facts} == {"result", "target"}
    assert len({f["id"] for f in facts}) == len(facts)
    assert any(m["entity"] == "project/jinzhouwan-international-airport" for m in doc["mentions"])
    g = Graph().parse(drafted / "dalian-2024.ttl", format="turtle")
    targets = set(g.subjects(RDF.type, GWR.Target))
    results = set(g.subjects(RDF.type, GWR.Result))
    assert len(targets) + len(results) == len(facts)
    node = next(iter(targets))
    assert g.value(node, GWR.comparison) is not None and g.value(node, GWR.measure) is not None
    ev = g.value(node, GWR.evidence)
    positions = [s for s in g.objects(ev, OA.hasSelector) if (s, RDF.type, OA.TextPositionSelector) in g]
    (pos,) = positions
    start, end = int(g.value(pos, OA.start)), int(g.value(pos, OA.end))
    assert text[start:end] == str(g.value(node, GWR.quote))


def test_extract_is_deterministic(drafted, tmp_path, capsys):
    assert main(["extract", str(SOURCE), "--id", "dalian-2024", "--out", str(tmp_path)]) == 0
    for name in ("dalian-2024.draft.yaml", "dalian-2024.ttl"):
        assert (tmp_path / name).read_bytes() == (drafted / name).read_bytes()


@pytest.mark.slow     # a whole report through the extractor
def test_year_and_place_can_be_given(tmp_path, capsys):
    assert main(["extract", str(SOURCE), "--id", "d", "--out", str(tmp_path), "--year", "2024",
                 "--place", "place/dalian"]) == 0
    doc = yaml.safe_load((tmp_path / "d.draft.yaml").read_text(encoding="utf-8"))
    assert doc["draft"]["place"] == "place/dalian"


@pytest.mark.parametrize("content,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    ("各位代表：全年增长5%".encode("gb18030") * 100, "not UTF-8"),
    (b"The quick brown fox jumps over the lazy dog.\n" * 200, "not a report"),
    (("这是一段普通的文字，" * 100).encode("utf-8"), "not a report"),
    (b"\xe5\x90\x84" * (2 * 1024 * 1024), "limit"),
])
def test_bad_input_is_refused_and_nothing_written(tmp_path, capsys, content, reason):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    out = tmp_path / "out"
    assert main(["extract", str(path), "--id", "x-2024", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1
    assert not out.exists() or not any(out.iterdir())


def test_missing_file_and_bad_id(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "none.txt"), "--id", "x", "--out", str(tmp_path / "o")]) == 2
    assert main(["extract", str(SOURCE), "--id", "../x", "--out", str(tmp_path / "o")]) == 2
    assert not (tmp_path / "o").exists()
