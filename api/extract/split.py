"""The held-out split of the headline-scope reports (issue 13, deliverable 6), written down in split.tsv.

Within each level (national, Liaoning, Dalian) the headline reports are ordered by the SHA-256 of their id and
dealt alternately to `dev` (rules may be tuned looking at these) and `held-out` (only measured, never read while
tuning). The split depends on nothing but the ids, so anyone can recompute it; split.tsv is the record of it,
and tests/extract/test_split.py checks the two agree. The fully curated dalian-2024 is the original development
report and is in neither half.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from api.settings import Settings

SPLIT_FILE = Path(__file__).with_name("split.tsv")
LEVELS = {"place/china": "national", "place/liaoning": "liaoning", "place/dalian": "dalian"}


def level(place: str) -> str:
    return LEVELS.get(place, "other")


def compute(reports: dict[str, str]) -> dict[str, str]:
    """reports: id → place of every headline-scope report; returns id → dev | held-out."""
    out: dict[str, str] = {}
    by_level: dict[str, list[str]] = {}
    for rid, place in reports.items():
        by_level.setdefault(level(place), []).append(rid)
    for ids in by_level.values():
        for n, rid in enumerate(sorted(ids, key=lambda r: hashlib.sha256(r.encode("utf-8")).hexdigest())):
            out[rid] = "dev" if n % 2 == 0 else "held-out"
    return dict(sorted(out.items()))


def headline_reports(settings: Settings) -> dict[str, str]:
    import yaml
    out = {}
    for rid in settings.report_ids():
        meta = yaml.safe_load((settings.reports_dir / rid / "report.yaml").read_text(encoding="utf-8"))
        if meta.get("scope") == "headline":
            out[rid] = meta["place"]
    return out


def read_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """split.tsv: report id → dev | held-out."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {r[0]: r[2] for r in rows[1:]}


def write_split(settings: Settings, path: Path = SPLIT_FILE) -> None:
    reports = headline_reports(settings)
    lines = ["# The held-out split of the headline reports: api/extract/split.py (sha256 of the id, by level).",
             "report\tlevel\thalf"]
    lines += [f"{rid}\t{level(reports[rid])}\t{half}" for rid, half in compute(reports).items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_split(Settings())
