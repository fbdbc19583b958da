"""The scale benchmark's quick mode (1 and 10 reports) and a short wrk load run, as tests.
They check that the scripts work and that nothing fails; they assert no timings (figures are printed)."""
import shutil
import sys

import pytest

from tests.fixtures.root import REPO

BENCH = REPO / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import scale  # noqa: E402

pytestmark = pytest.mark.bench      # and so slow (tests/conftest.py)


def test_generated_reports_have_the_real_shape(tmp_path):
    real = len(generate.generate(1, tmp_path / "probe", quiet=True)["real_reports"])   # the committed graph's
    info = generate.generate(real + 2, tmp_path, quiet=True)
    assert info["reports"] == real + 2 and info["synthetic"] == 2
    assert generate.check(tmp_path, 1) == [] and generate.check(tmp_path, 2) == []
    import pyoxigraph as ox
    quads = list(ox.parse(path=str(tmp_path / "data" / "graph" / "all.nq"), format=ox.RdfFormat.N_QUADS))
    assert len(quads) == info["quads"]
    graphs = {q.graph_name.value for q in quads}
    template = info["template"]            # the report the synthetic ones copy
    assert f"https://w3id.org/gwr/graph/{template}-synth2" in graphs


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


def test_tables_and_verdicts_report_an_endpoint_that_never_answered():
    """Regression: at 1,000 reports the server was killed (out of memory) mid-run; the first request of the
    next endpoints failed, their figures were None and printing the tables raised TypeError."""
    def ok(ms, rows=3):
        return {"n": 3, "first_ms": ms, "p50_ms": ms, "p99_ms": ms, "mean_ms": ms, "status": {200: 4},
                "rows": rows, "bytes": 10, "touches": "fixed"}
    lost = {"n": 0, "first_ms": None, "p50_ms": None, "p99_ms": None, "mean_ms": None, "status": {0: 1},
            "rows": None, "bytes": 0, "error": "ConnectError", "touches": "fixed"}
    memory = {"server_rss_mb": 90, "total_rss_mb": 200, "total_pss_mb": 130, "peak_rss_mb": 90, "processes": 3}
    gone = {"server_rss_mb": 0, "total_rss_mb": 0, "total_pss_mb": 0, "peak_rss_mb": 0, "processes": 1}

    def run(reports, canned, lookups, alive):
        return {"reports": reports, "quads": 100 * reports, "dump_mb": 1.0, "load_s": 1.0,
                "memory_loaded": memory, "memory_after": memory if alive else gone, "memory_peak": memory,
                "server_alive": alive, "catalogue_first_search_ms": 5.0, "catalogue_status": 200,
                "lookups": lookups, "search": {}, "canned": canned}
    results = [run(1, {"a": ok(2.0), "b": ok(3.0)}, {"x": ok(1.0)}, True),
               run(1000, {"a": ok(20.0, 3000), "b": lost}, {"x": lost}, False)]
    tables = scale.growth_tables(results)
    assert "— (ConnectError)" in tables and "| NO |" in tables
    lines = scale.verdicts(results)
    assert "canned b: FAILED (no answer: ConnectError)" in lines
    assert "lookup x: NOT measured at 1,000 reports" in lines
    assert any(line.startswith("canned a:") and line.endswith(": ok") for line in lines)


def test_scale_on_an_on_disk_store(tmp_path):
    generate.generate(1, tmp_path, quiet=True)
    r = scale.measure(tmp_path, 1, reps=2, budget=5, query_timeout=None, workers=2,
                      queries=["entity-counts-by-type", "main-targets"], log=lambda *a: None, store=True)
    assert r["store"] == "disk" and r["store_mb"] > 0 and (tmp_path / "store" / "gwr-store.json").exists()
    assert r["server_alive"] and set(r["canned"]) == {"entity-counts-by-type", "main-targets"}
    for section in ("lookups", "search", "canned"):
        for name, m in r[section].items():
            assert set(m["status"]) == {200}, (name, m["status"])
    # the store's saved answers are recorded with the time each took, and the parameterless query also ran
    # at /sparql, with the rows the canned route gives
    assert r["answers"]["entity-counts-by-type"]["rows"] == r["canned"]["entity-counts-by-type"]["rows"] > 10
    assert set(r["sparql"]) == {"entity-counts-by-type"}
    assert set(r["sparql"]["entity-counts-by-type"]["status"]) == {200}
    assert r["sparql"]["entity-counts-by-type"]["rows"] == r["canned"]["entity-counts-by-type"]["rows"]
    assert "| the same query at /sparql |" in scale.growth_tables([r, r])
    assert r["store_build_s"] > 0
    again = scale.measure(tmp_path, 1, reps=2, budget=5, query_timeout=None, workers=2,
                          queries=["entity-counts-by-type"], log=lambda *a: None, store=True, reuse=True)
    assert again["store_build_s"] is None and again["answers"] == {
        k: {**v, "seconds": again["answers"][k]["seconds"]} for k, v in r["answers"].items()}
