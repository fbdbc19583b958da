"""A source text of ../shared/sources → a new report folder: the text copied verbatim, report.yaml filled in.

`python -m api scaffold dalian-2023` writes data/sources/dalian-2023.txt (unedited, checked against the
SHA-256 of sources.tsv) and data/reports/dalian-2023/report.yaml with what sources.tsv says of it: title, place,
years, hash, the whole text as the body, and the relative names of its level of government. A curator then
reviews report.yaml and writes the records; nothing here guesses a fact.
"""
from __future__ import annotations

import csv
import hashlib
import shutil
from pathlib import Path

import yaml

from api.settings import Settings

PLACES = {"city": {"大连市": "place/dalian"}, "province": {"辽宁省": "place/liaoning"}, "national": {"": "place/china"}}
ENGLISH = {"place/dalian": ("Dalian Municipal", "Dalian"), "place/liaoning": ("Liaoning Provincial", "Liaoning"),
           "place/china": ("State Council", "China")}
# The names that mean a place or body only relative to the speaker, by the speaker (docs/records.md).
RELATIVE = {
    "place/dalian": {"全市": "place/dalian", "我市": "place/dalian", "全省": "place/liaoning",
                     "市政府": "org/dalian-municipal-government"},
    "place/liaoning": {"全省": "place/liaoning", "我省": "place/liaoning",
                       "省政府": "org/liaoning-provincial-government"},
    "place/china": {"全国": "place/china", "我国": "place/china"},
}


class ScaffoldError(Exception):
    """The source is not listed, already scaffolded, or differs from its listed hash."""


def listed(sources: Path) -> dict[str, dict[str, str]]:
    with (sources / "sources.tsv").open(encoding="utf-8", newline="") as f:
        return {row["file"].removesuffix(".txt"): row for row in csv.DictReader(f, delimiter="\t")}


def body_lines(text: str) -> tuple[str, str]:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        raise ScaffoldError("the source text is empty")
    return lines[0], lines[-1]


def scaffold(settings: Settings, report_id: str, sources: Path) -> Path:
    """Copy the source and write report.yaml; refuses to overwrite either."""
    rows = listed(sources)
    if report_id not in rows:
        raise ScaffoldError(f"{report_id} is not in {sources / 'sources.tsv'}")
    row = rows[report_id]
    src = sources / row["file"]
    data = src.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != row["sha256"]:
        raise ScaffoldError(f"{src}: sha256 {digest} differs from sources.tsv ({row['sha256']})")
    report_dir = settings.reports_dir / report_id
    target = settings.root / "data" / "sources" / row["file"]
    if report_dir.exists() or target.exists():
        raise ScaffoldError(f"{report_dir} or {target} exists already")
    place = PLACES.get(row["level"], {}).get(row["place"]) or PLACES.get(row["level"], {}).get("")
    if place is None:
        raise ScaffoldError(f"no registry place for level {row['level']!r}, place {row['place']!r}")
    first, last = body_lines(data.decode("utf-8"))
    year = int(row["year"])
    speaker, name = ENGLISH[place]
    meta = {
        "id": report_id, "title": row["title"],
        "title_en": f"{year} {speaker} Government Work Report" if place != "place/china"
        else f"{year} Report on the Work of the Government ({name})",
        "language": "zh-Hans", "place": place, "publisher": place,
        "reviewed_year": year - 1, "target_year": year,
        "source": {"file": f"data/sources/{row['file']}", "sha256": digest,
                   "note": f"From the public collection ({row['collection_path']})"
                           + (f"; published at {row['official_url']}." if row["official_url"] else ".")},
        "cleaning": {"body_first": first, "body_last": last},
        "relative_names": RELATIVE[place],
    }
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, target)
    (report_dir / "records").mkdir(parents=True)
    (report_dir / "report.yaml").write_text(
        "# Scaffolded from sources.tsv by `python -m api scaffold`; reviewed by a curator.\n"
        + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    return report_dir
