"""bench/recall.py on a small report: the generic number pattern, the paragraph draw, recall against the extractor
as it is (corpus.draft_one, as draft-corpus runs it) — real components, no mocks."""
from __future__ import annotations

import csv

from api.extract.corpus import Item
from bench import recall

TEXT = """2027年大连市政府工作报告
各位代表：
现在，我代表市人民政府，向大会报告工作，请予审议。
一、2026年工作回顾
过去一年，全市地区生产总值增长5.8%，一般公共预算收入增长6.2%，城镇新增就业12.5万人，进一步巩固了经济回升向好的态势。
全市上下众志成城，有力抗击了特大洪水，实现了人员“零伤亡”，灾后恢复重建工作有序推进，群众生产生活秩序全面恢复正常，受灾地区的道路桥梁和学校医院重建工作按期完成。
二、2027年主要预期目标
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。
"""


def judged(path):
    """Judge the drawn tokens as a reader would: the percentages, the 12.5万 and 零 of 零伤亡 are quantitative."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    for row in rows:
        after = TEXT[int(row["end"]):int(row["end"]) + 2]
        row["j_quant"] = "y" if after[:1] == "%" or after == "人，" or row["token"] == "零" else "n:word"
    return rows


def test_sample_and_score_on_a_report(tmp_path):
    source = tmp_path / "dalian-2027.txt"
    source.write_text(TEXT, encoding="utf-8")
    rows, total = recall.draw([("dalian-2027", source)], seed=1931, n=10)
    assert total == 4                       # body paragraphs: headings, title and 各位代表： are not
    tokens = [r["token"] for r in rows]
    assert tokens == ["一", "5.8", "一", "6.2", "12.5万", "一", "零", "5.5", "5.5", "3"]   # not the title's 2027
    for r in rows:
        assert TEXT[int(r["start"]):int(r["end"])] == r["token"] and "【" + r["token"] + "】" in r["sentence"]
    out = tmp_path / "sample.tsv"
    recall.write(rows, out)
    rows = judged(out)
    drafted = recall.drafted_now({"dalian-2027"}, {"dalian-2027": Item("dalian-2027", str(source), "大连市", 2027)})
    covered, quantitative, misses = recall.recall(rows, drafted)
    assert quantitative == 7                # 5.8 6.2 12.5万 零 5.5 5.5 3
    assert covered == 7 and misses == []    # 零 of 零伤亡 is drafted since recall round 5 (api/extract/wordforms.py)


def test_the_paragraphs_a_sample_showed_are_found_by_its_rows(tmp_path):
    """bench/audit.py sample --exclude-paragraphs: the paragraph holding a row's start is shown, the others are not
    (a sample blind to every paragraph a reader has seen)."""
    from bench import audit
    source = tmp_path / "ceshi-2027.txt"
    source.write_text(TEXT, encoding="utf-8")
    at = TEXT.index("12.5万人")
    rows = tmp_path / "seen.tsv"
    rows.write_text(f"report\tstart\nceshi-2027\t{at}\nother-2027\t5\nceshi-2027\t\n", encoding="utf-8")
    (span,) = audit.shown([rows], {"ceshi-2027": str(source)})["ceshi-2027"]
    assert TEXT[span[0]:span[1]].startswith("过去一年") and span[0] <= at < span[1]
    assert TEXT.index("今年经济社会发展") > span[1]              # the plan's paragraph was not shown
    assert audit.shown([], {"ceshi-2027": str(source)}) == {}


def test_a_draw_leaves_out_the_paragraphs_shown(tmp_path):
    """bench/recall.py sample --unshown: a paragraph an earlier sample showed is never drawn again."""
    source = tmp_path / "ceshi-2027.txt"
    source.write_text(TEXT, encoding="utf-8")
    paragraphs = recall.body(TEXT)
    rows, total = recall.draw([("ceshi-2027", source)], 1, 10, {"ceshi-2027": paragraphs[:1]})
    assert total == len(paragraphs) - 1
    assert rows and all(int(r["start"]) >= paragraphs[1][0] for r in rows)
