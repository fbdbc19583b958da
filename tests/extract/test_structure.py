"""Report structure from the text as given: paragraphs and their offsets, parts, sections, items, targets."""
from __future__ import annotations

from api.extract.origin import infer_place, infer_year
from api.extract.structure import parse
from api.settings import Settings

SOURCE = Settings().root / "data" / "sources" / "dalian-2024.txt"


def test_dalian_parts_sections_and_targets():
    text = SOURCE.read_text(encoding="utf-8")
    doc = parse(text)
    parts = [d for d in doc.divisions if d.kind == "part"]
    sections = [d for d in doc.divisions if d.kind == "section"]
    assert [(p.number, p.title) for p in parts][:2] == [(1, "2023年工作回顾"), (2, "2024年政府工作目标和主要任务")]
    assert len(parts) == 3
    assert sum(1 for s in sections if str(s.number).startswith("1-")) == 8
    assert sum(1 for s in sections if str(s.number).startswith("2-")) == 9
    for d in doc.divisions:
        assert d.title == "" or text[d.start:d.end] == d.title or d.kind == "part" and d.title in text[d.start:d.end]
    (targets,) = [p for p in doc.paragraphs if p.targets]
    assert text[targets.start:targets.end].startswith("全市经济社会发展主要预期目标是")
    assert targets.role == "plan"
    review = [p for p in doc.paragraphs if p.part == 1 and not p.heading]
    assert review and {p.role for p in review} == {"review"}
    assert {p.role for p in doc.paragraphs if p.part in (2, 3)} == {"plan"}
    assert (doc.year, doc.place_name) == (2024, "大连市")


def test_paragraph_offsets_are_those_of_the_text_as_given():
    text = "\ufeff2025年某市政府工作报告\r\n\r\n  各位代表：\r\n一、2024年工作回顾\r\n全年增长5%。\r\n"
    doc = parse(text)
    assert [text[p.start:p.end] for p in doc.paragraphs] == [
        "\ufeff2025年某市政府工作报告", "各位代表：", "一、2024年工作回顾", "全年增长5%。"]
    assert doc.year == 2025


def test_plan_without_part_headings_starts_at_the_targets():
    text = ("各位代表：\n过去一年，全市生产总值增长6%。\n"
            "今年经济社会发展的主要预期目标是：生产总值增长5%左右。\n一是扩大内需；二是稳定就业。\n")
    doc = parse(text)
    roles = [p.role for p in doc.paragraphs]
    assert roles == ["review", "review", "plan", "plan"]
    assert [d.number for d in doc.divisions if d.kind == "item"] == ["一是", "二是"]
    assert doc.paragraphs[2].targets


def test_headings_numbered_lists():
    text = "三、2024年工作任务\n（一）扩大有效需求。(1)稳定投资；(2)促进消费。\n①新建学校；②新增床位。\n"
    doc = parse(text)
    kinds = [(d.kind, d.number) for d in doc.divisions]
    assert ("part", 3) in kinds and ("section", "3-1") in kinds
    assert [n for k, n in kinds if k == "item"] == ["(1)", "(2)", "①", "②"]


def test_year_and_place_from_the_first_lines():
    assert infer_year("政府工作报告\n——2019年1月15日在北京市第十五届人民代表大会第二次会议上\n") == 2019
    assert infer_place("政府工作报告\n——2019年1月15日在北京市第十五届人民代表大会第二次会议上\n") == "北京市"
    assert infer_place("2025年大连市政府工作报告\n") == "大连市"
    assert infer_place("政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理") \
        == "中华人民共和国"
    assert infer_year("政府工作报告\n各位代表：\n一、2023年工作回顾\n") == 2024


def test_the_speakers_words_are_no_place():
    """Regression: 合肥市2006年政府工作报告 … 我代表市人民政府 gave the place 我代表市 (171 corpus reports named a place
    that is not one; their drafts from the command line, without the corpus table's place, were about it)."""
    hefei = "合肥市2006年政府工作报告\n\n各位代表：\n现在，我代表市人民政府，向大会作政府工作报告"
    assert infer_place(hefei) == "合肥市"
    assert infer_place("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n……\n"
                       "在长沙市第十二届人民代表大会上") == "长沙市"
    assert infer_place("各位代表：\n现在，我代表省人民政府，向大会报告工作") == ""
