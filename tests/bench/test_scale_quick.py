"""The scale benchmark's quick mode (1 and 10 reports) and a short wrk load run, as tests.
They check that the scripts work and that nothing fails; they assert no timings (figures are printed)."""
import json
import shutil
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import scale  # noqa: E402


def test_generated_reports_have_the_real_shape(tmp_path):
    info = generate.generate(3, tmp_path, quiet=True)
    assert info["reports"] == 3 and info["synthetic"] == 2
    assert generate.check(tmp_path, 1) == [] and generate.check(tmp_path, 2) == []
    import pyoxigraph as ox
    quads = list(ox.parse(path=str(tmp_path / "data" / "graph" / "all.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == info["quads"]
    graphs = {q.graph_name.value for q in quads}
    assert "https://w3id.org/gwr/graph/dalian-2024-synth2" in graphs


def test_scale_quick_mode(tmp_path):
    results = []
    for n in (1, 10):
        root = tmp_path / str(n)
        generate.generate(n, root, quiet=True)
        results.append(scale.measure(root, n, reps=3, budget=5, query_timeout=None, workers=2,
                                     log=lambda *a: None))
    print(scale.growth_tables(results))
    print("\n".join(scale.verdicts(results)))
    for r in results:
        assert r["load_s"] > 0 and r["memory_after"]["total_pss_mb"] > 0
        for section in ("lookups", "search", "canned"):
            for name, m in r[section].items():
                assert all(int(code) < 500 for code in m["status"]), (r["reports"], name, m["status"])
                assert m["n"] >= 1


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed (apt-get install -y wrk)")
def test_load_short(tmp_path):
    import load
    generate.generate(1, tmp_path, quiet=True)
    result = load.run(tmp_path, connections=16, duration=3, threads=2, workers=2, log=lambda *a: None)
    print(load.report(result))
    assert result["requests"] > 0 and result["server_alive"]
    assert sum(result["socket_errors"].values()) == 0
    assert all(code < 500 for code in result["statuses"]), result["statuses"]
