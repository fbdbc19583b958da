"""Records → graph files: reproducible, canonical, and fresh in the repository."""
import shutil
import subprocess
import sys

import pytest
from rdflib import Dataset

from api.build import build
from api.settings import Settings
from tests.fixtures.root import REPO

OUTPUTS = ["all.nq", "all.jsonld", "dalian-2024.ttl", "dalian-2025.ttl", "dalian-2026.ttl", "derived.ttl",
           "entities.ttl", "ontology.ttl"]


def test_build_writes_every_output(mini_settings):
    for name in OUTPUTS:
        assert (mini_settings.graph_dir / name).stat().st_size > 0
    assert (mini_settings.root / "docs" / "ontology.html").read_text(encoding="utf-8").count("Target") > 0


@pytest.mark.slow     # builds the graph again
def test_rebuild_is_byte_identical(mini_settings, tmp_path):
    before = {n: (mini_settings.graph_dir / n).read_bytes() for n in OUTPUTS}
    copy = tmp_path / "copy"
    shutil.copytree(mini_settings.root, copy)
    shutil.rmtree(copy / "data" / "graph")
    # another process, another hash seed: same bytes
    subprocess.run([sys.executable, "-m", "api", "build", "--quiet"], cwd=REPO, check=True,
                   env={"GWR_ROOT": str(copy), "PYTHONHASHSEED": "99", "PATH": "/usr/bin:/bin"})
    for name, data in before.items():
        assert (copy / "data" / "graph" / name).read_bytes() == data, name
    assert build(Settings(root=copy)).written == []


def test_nquads_dump_is_sorted_and_holds_a_named_graph_per_report_and_the_derived_one(mini_settings):
    lines = (mini_settings.graph_dir / "all.nq").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(lines) and len(lines) == len(set(lines))
    graphs = {line.rsplit(" ", 2)[1] for line in lines}
    assert graphs == {f"<https://w3id.org/gwr/graph/{name}>"
                      for name in ("ontology", "entities", "dalian-2024", "dalian-2025", "dalian-2026", "derived")}
    assert not any(part.startswith("_:") for line in lines for part in line.split(" ")[:1])


def test_dumps_agree(mini_settings):
    nq, jl = Dataset(), Dataset()
    nq.parse(mini_settings.graph_dir / "all.nq", format="nquads")
    context = (REPO / "ontology" / "context.jsonld").read_text(encoding="utf-8")
    import json
    doc = json.loads((mini_settings.graph_dir / "all.jsonld").read_text(encoding="utf-8"))
    doc["@context"] = json.loads(context)["@context"]
    jl.parse(data=json.dumps(doc), format="json-ld")
    assert len(jl) == len(nq)
    assert set(jl.quads()) == set(nq.quads())


@pytest.mark.slow     # builds the graph again
def test_committed_graph_is_fresh(tmp_path):
    """Building the repository's records reproduces the committed graph files exactly."""
    copy = tmp_path / "repo"
    for part in ("ontology", "queries"):
        shutil.copytree(REPO / part, copy / part)
    shutil.copytree(REPO / "data", copy / "data", ignore=shutil.ignore_patterns("graph"))
    build(Settings(root=copy))
    for name in OUTPUTS:
        assert (copy / "data" / "graph" / name).read_bytes() == (REPO / "data" / "graph" / name).read_bytes(), \
            f"data/graph/{name} is stale: run `python -m api build` and commit"
    assert (copy / "docs" / "ontology.html").read_bytes() == (REPO / "docs" / "ontology.html").read_bytes()


def test_cli_on_a_python_without_the_project_packages_says_how_to_install():
    """Regression: `python -m api validate` with a Python that lacks the packages (here: site-packages off, -S)
    ended in a ModuleNotFoundError traceback; it now names the package and the README's install command."""
    run = subprocess.run([sys.executable, "-S", "-m", "api", "validate"], cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 2
    assert "is not installed for" in run.stderr and "pip install -r requirements.lock" in run.stderr
    assert ".venv/bin/python -m api validate" in run.stderr and "Traceback" not in run.stderr
