"""`python -m api evaluate` on the curated report: it runs, and the extractor keeps the figures it reached
(dalian-2024, issue 13: found 100 % precision / 97.5 % recall; fields on matched facts 100 % except indicator
and about). Thresholds sit a little under those figures so that a regression fails, not a wording change."""
from __future__ import annotations

from api.cli import main
from api.extract.evaluate import evaluate_report, scores
from api.settings import Settings


def test_evaluate_dalian_keeps_its_figures():
    res, draft = evaluate_report(Settings(), "dalian-2024")
    assert res.curated == 204
    precision, recall = scores(res, "found")
    assert precision >= 0.97 and recall >= 0.95
    for name in ("value", "unit", "comparison", "kind", "period"):
        assert scores(res, name)[0] >= 0.97, name
    for name in ("measure", "direction", "baseline"):
        assert scores(res, name)[0] >= 0.95, name
    assert scores(res, "indicator")[0] >= 0.78
    assert scores(res, "about")[0] >= 0.88


def test_evaluate_cli_prints_the_table(capsys):
    assert main(["evaluate", "--report", "dalian-2024"]) == 0
    out = capsys.readouterr().out
    assert "dalian-2024: 204 curated facts" in out
    for name in ("found", "value", "unit", "comparison", "kind", "measure", "direction", "indicator", "about"):
        assert f"  {name} " in out
