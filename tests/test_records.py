"""Curated records → checked records: every kind of bad input stops the build with file, record and reason."""
import subprocess
import sys

import pytest
import yaml

from api.build import build
from api.records import RecordsError
from api.settings import Settings
from tests.fixtures.root import MINI, REPO

GOOD = yaml.safe_load((MINI / "records" / "mini.yaml").read_text(encoding="utf-8"))


def write_records(root, doc) -> None:
    path = root / "data" / "reports" / "dalian-2024" / "records" / "mini.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")


def first_fact(**changes):
    doc = yaml.safe_load(yaml.safe_dump(GOOD))
    doc["facts"][0].update(changes)
    return doc


def problems_of(root):
    with pytest.raises(RecordsError) as info:
        build(Settings(root=root))
    return info.value.problems


@pytest.mark.parametrize("changes,reason", [
    ({"quote": "地区生产总值增长7%以上"}, "is not at 430..442"),
    ({"start": 431}, "is not at 431..442"),
    ({"value": "7%"}, "value '7%' is not inside the quote"),
    ({"comparison": "roughly"}, "unknown comparison 'roughly'"),
    ({"comparison_written": "左右"}, "comparison_written '左右' is not inside the quote"),
    ({"indicator": "indicator/no-such-thing"}, "unknown entity 'indicator/no-such-thing'"),
    ({"about": "place/atlantis"}, "unknown entity 'place/atlantis'"),
    ({"measure": "growth", "direction": ""}, "a growth or change needs a direction"),
    ({"measure": "average-growth", "direction": "", "period_end": 2025}, "a growth or change needs a direction"),
    ({"period": "last year"}, "is not a year"),
    ({"colour": "red"}, "unknown field 'colour'"),
    ({"value": "6个百分点"}, "is not inside the quote"),
    ({"baseline": "cumulative-since"}, "needs a year"),
])
def test_bad_fact_stops_the_build_with_file_record_and_reason(fresh_root, changes, reason):
    write_records(fresh_root, first_fact(**changes))
    problems = problems_of(fresh_root)
    assert any(p.file.endswith("records/mini.yaml") and p.record == "r2023-gdp-growth" and reason in p.reason
               for p in problems), problems


def test_unit_missing_from_the_unit_table(fresh_root):
    doc = first_fact()
    quote = "中华人民共和国成立75周年"   # 周年 is not a unit the table knows
    start = 6553
    doc["facts"].append({**doc["facts"][0], "id": "anniversary", "quote": quote,
                         "start": start, "end": start + len(quote), "value": "75周年", "comparison": "exactly",
                         "comparison_written": "", "measure": "level", "direction": "", "direction_written": ""})
    write_records(fresh_root, doc)
    problems = problems_of(fresh_root)
    assert any(p.record == "anniversary" and "unit '周年' is not in the unit table" in p.reason for p in problems)


def test_dangling_relation_and_duplicate_id(fresh_root):
    doc = yaml.safe_load(yaml.safe_dump(GOOD))
    doc["relations"][0]["object"] = "zone/nowhere"
    doc["facts"][1]["id"] = doc["facts"][0]["id"]
    write_records(fresh_root, doc)
    reasons = [p.reason for p in problems_of(fresh_root)]
    assert "unknown entity 'zone/nowhere'" in reasons
    assert any(r.startswith("id used again") for r in reasons)


def test_malformed_yaml_names_the_file(fresh_root):
    path = fresh_root / "data" / "reports" / "dalian-2024" / "records" / "mini.yaml"
    path.write_text("facts:\n  - id: [unclosed\n", encoding="utf-8")
    problems = problems_of(fresh_root)
    assert problems[0].file.endswith("records/mini.yaml") and "not readable YAML" in problems[0].reason


def test_entity_problems(fresh_root):
    path = fresh_root / "data" / "entities" / "fixture.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    items.append({"id": "place/dalian", "types": ["AdministrativeDivision"], "zh": "大连"})
    items.append({"id": "org/bad", "types": ["Spaceship"], "zh": "大连"})
    items.append({"id": "place/fake", "types": ["AdministrativeDivision"], "zh": "甘井子区", "code": "21021"})
    items.append({"id": "brand/ghost", "types": ["Brand"], "zh": "不存在的品牌"})
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    reasons = {p.record: p.reason for p in problems_of(fresh_root)}
    assert reasons["entity place/dalian"].startswith("defined again")
    assert "unknown type 'Spaceship'" in reasons["entity org/bad"]
    assert "is not six digits" in reasons["entity place/fake"]
    assert "entity brand/ghost" not in reasons       # an entity no record uses need not occur in the text


def test_an_entity_a_record_uses_must_be_named_in_the_report(fresh_root):
    """Named by a proper name of the registry or by a relative name of report.yaml; else file, record, reason."""
    path = fresh_root / "data" / "entities" / "fixture.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    items.append({"id": "brand/ghost", "types": ["Brand"], "zh": "不存在的品牌"})
    items.append({"id": "org/city-government", "types": ["GovernmentBody"], "zh": "市政府", "zh_relative": True})
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    doc = yaml.safe_load(yaml.safe_dump(GOOD))
    doc["relations"][0]["object"] = "brand/ghost"
    doc["facts"][0]["about"] = "org/city-government"    # 市政府 is in the text, but only as a relative name
    write_records(fresh_root, doc)
    problems = [p for p in problems_of(fresh_root) if "is not named in the report text" in p.reason]
    assert {(p.file.rsplit("/", 1)[1], p.record, p.reason.split(" is ")[0]) for p in problems} == {
        ("mini.yaml", "relations[1]", "entity brand/ghost"),
        ("mini.yaml", "r2023-gdp-growth", "entity org/city-government")}


def test_cli_build_reports_problems_and_writes_nothing(fresh_root):
    write_records(fresh_root, first_fact(value="7%"))
    proc = subprocess.run([sys.executable, "-m", "api", "build"], cwd=REPO, capture_output=True, text=True,
                          env={"GWR_ROOT": str(fresh_root), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 1
    assert "records/mini.yaml: r2023-gdp-growth: value '7%' is not inside the quote" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (fresh_root / "data" / "graph").exists()
