"""Target vs result and numbers inside names: one test per class of error fixed at stop 17b (issue 13, deliverable
6), found in drafts of reports of other provinces and cities (../shared/corpus) read by hand and in the development
half, through the real parser, extractor and registry."""
from __future__ import annotations

import pytest

from api.extract.facts import extract_facts
from api.extract.indicators import Lexicon
from api.extract.origin import infer_year
from api.extract.quantities import scan
from api.extract.structure import parse


def kinds(registry, text: str, year: int | None = None) -> list[tuple[str, str, int]]:
    doc = parse(text)
    if year:
        doc.year = year
    facts = extract_facts(doc, Lexicon(registry, "place/x", "某市"), "place/x")
    return [(f.quantity.value, f.kind, f.period) for f in facts]


def roles(text: str) -> list[tuple[str, str]]:
    doc = parse(text)
    return [(text[p.start:p.end][:6], p.role) for p in doc.paragraphs if p.heading]


REVIEW = "去年全市生产总值增长了6%，比上年提高了1个百分点，累计完成投资100亿元，同比增长了8%。" * 2
PLAN = "要加快推进产业升级，力争规模以上工业增加值增长7%，确保完成目标，努力推动消费增长。" * 2


def test_a_part_whose_title_does_not_say_is_told_by_its_words():
    """一、全力以赴稳增长调结构，经济保持平稳较快发展 (a review) … 一、加快转型升级 (the plan, numbered anew)."""
    text = (f"2014年某市政府工作报告\n各位代表：\n一、经济保持平稳较快发展\n{REVIEW}\n二、城乡环境持续改善\n{REVIEW}\n"
            f"一、加快转型升级，实现更高质量发展\n{PLAN}\n二、深化改革创新\n{PLAN}\n")
    assert [r for _, r in roles(text)] == ["review", "review", "plan", "plan"]


def test_a_title_of_achievement_is_a_plan_when_its_words_are():
    """一、…在艰难环境中创造佳绩 reviews; 三、推动改革取得新突破 is a wish of the plan (its words: 要, 力争, 确保)."""
    text = (f"2022年某州政府工作报告\n各位代表：\n一、十四届州人民政府在艰难环境中创造佳绩\n{REVIEW}\n"
            f"二、2022年工作重点\n{PLAN}\n三、推动重点领域改革取得新突破\n{PLAN}\n")
    assert [r for _, r in roles(text)] == ["review", "plan", "plan"]


def test_a_part_opened_by_the_plan_words_is_the_plan():
    """二、适应新常态，奋力开创新局面 opens with 2015年是…: the plan, whatever the part before it."""
    text = (f"2015年某市政府工作报告\n一、拼搏奋进，经济社会发展迈出新步伐\n{REVIEW}\n"
            f"二、适应新常态，奋力开创新局面\n2015年是全面深化改革的关键之年。\n")
    assert [r for _, r in roles(text)] == ["review", "plan"]


@pytest.mark.parametrize("opening", ["2014年主要工作", "“十一五”时期奋斗目标与主要任务", "今后五年发展目标任务",
                                     "全市经济社会发展主要预期目标是：地区生产总值增长12.5%。"])
def test_the_plan_opens_without_a_numbered_heading(registry, opening):
    text = f"2014年某市政府工作报告\n各位代表：\n{REVIEW}\n{opening}\n规模以上工业增加值增长7%。\n"
    assert kinds(registry, text)[-1] == ("7%", "target", 2014)
    assert kinds(registry, text)[0] == ("6%", "result", 2013)


def test_a_plan_title_is_not_the_report_title_nor_a_sentence():
    text = "2014年某市政府工作报告\n各位代表：\n“十四五”规划确定的老旧小区改造任务提前两年完成\n"
    assert {p.role for p in parse(text).paragraphs} == {"review"}


def test_results_after_a_sentence_that_opens_the_past(registry):
    """过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，… in the plan part: 2010's results."""
    text = ("2011年政府工作报告\n一、2011年的工作\n2011年，是“十二五”开局之年，做好今年的工作至关重要。过去一年，"
            "我们的各项工作取得了很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。今年国内生产总值增长8%左右。\n")
    assert kinds(registry, text, 2011) == [("10.3%", "result", 2010), ("1168万人", "result", 2010),
                                           ("8%", "target", 2011)]


def test_a_sentence_of_the_future_after_the_past_is_a_target(registry):
    text = "2011年政府工作报告\n一、2011年的工作\n过去一年，成绩很大。要继续努力，城镇新增就业900万人。\n"
    assert kinds(registry, text, 2011) == [("900万人", "target", 2011)]


def test_a_report_given_in_december_is_the_next_years(registry):
    """酒泉市政府工作报告（2021年12月13日）is the 2022 report: 今年 is 2021 (results), 明年 opens the plan."""
    text = ("酒泉市政府工作报告（2021年12月13日 某某）\n各位代表：\n今年是极不平凡的一年。"
            "今年前三季度地区生产总值增长10.4%。\n明年经济社会发展的主要预期目标是：地区生产总值增长7%。\n"
            "今年全市新增就业2万人。明年新增就业3万人。\n")
    assert infer_year(text) == 2022
    assert kinds(registry, text) == [("10.4%", "result", 2021), ("7%", "target", 2022), ("2万人", "result", 2021),
                                     ("3万人", "target", 2022)]
    assert infer_year("某市政府工作报告（2022年1月7日 某某）\n各位代表：\n") == 2022


@pytest.mark.parametrize("sentence", [
    "三次产业协调发展",                                 # the primary, secondary and tertiary industries (the
    # proportion's terms, 由8:45:47调整为6:42:52, are shares since round 15 of stop 22: tests/extract/test_audit28r.py)
    "改造维修二次供水设施",
    "推进企业二次创业",
    "认真落实省委十一届七次、八次、九次、十次全会精神",   # numbers of plenary sessions
    "积极破除城乡二元结构",                             # a term, not 2 yuan
    "用好两个市场、两种资源",                           # slogans naming a policy
    "夺取两个文明建设双丰收",
    "守好发展和生态两条底线，划定三条控制线",
    "做好由大变强、由小变精两篇文章",
    "七台河市政府工作报告",                             # a city whose name begins with a numeral
])
def test_numbers_inside_names_are_not_quantities(sentence):
    assert scan(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize("sentence,value", [("开展三次集中整治", "三次"), ("新增两个国家级园区", "两个"),
                                            ("接待游客三次增长", "三次")])
def test_counts_stay_quantities(sentence, value):
    assert [q.value for q in scan(sentence, 0, len(sentence))] == [value]
