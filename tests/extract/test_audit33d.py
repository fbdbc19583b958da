"""Round 20 (letter d): doublings drafted (翻一番, 翻了两番, 翻番: a ratio of 2^N to the base, unit 番), and a growth
over a reviewed term written as a multiple with no base in its sentence not recorded (docs/records.md). Real
registry, real extractor; wordings of corpus reports, with the names and the kept cases that must not change."""
from __future__ import annotations

from decimal import Decimal

import pytest

from api.numbers import parse
from tests.extract.texts import PLAN, REVIEW, TERM, facts


@pytest.mark.parametrize("written, times, number", [
    ("翻一番", 2, "一"), ("翻两番", 4, "两"), ("翻三番", 8, "三"), ("翻番", 2, ""), ("翻了一番", 2, "一"),
    ("一番", 2, "一")])
def test_a_doubling_as_written_parses_to_its_multiple(written, times, number):
    w = parse(written)
    assert (w.minimum, w.maximum, w.number, w.unit) == (Decimal(times), Decimal(times), number, "番")


def test_doublings_are_ratios_to_their_base(registry):
    got = facts(registry, PLAN.format("到2025年，营业收入较“十三五”末期翻一番、利润翻三番。"), 2023)
    assert got["翻一番"].quantity.minimum == 2 and got["翻一番"].reading.measure == "ratio"
    assert got["翻一番"].reading.baseline == "level-of:2020"
    assert got["翻三番"].quantity.minimum == 8 and got["翻三番"].reading.measure == "ratio"
    got = facts(registry, PLAN.format("人均生产总值比2000年翻两番，达到4.6万元。"), 2023)
    assert got["翻两番"].quantity.minimum == 4 and got["翻两番"].reading.baseline == "level-of:2000"
    assert got["翻两番"].indicator == got["4.6万元"].indicator == "indicator/per-capita-gdp"
    got = facts(registry, REVIEW.format("经济总量比2007年翻一番以上。"), 2011)
    assert (got["翻一番"].reading.comparison, got["翻一番"].reading.baseline) == ("at-least", "level-of:2007")
    got = facts(registry, REVIEW.format("进出口总额比2005年翻了一番多。"), 2011)
    assert (got["翻了一番"].reading.comparison, got["翻了一番"].reading.baseline) == ("more-than", "level-of:2005")


def test_the_clause_after_a_doubling_keeps_its_subject(registry):
    """社会消费品零售总额实现翻番，达到1608亿元 (Nanchang 2016): both facts are of retail sales."""
    got = facts(registry, REVIEW.format("社会消费品零售总额实现翻番，达到1608亿元，年均增长16%。"), 2011)
    assert got["翻番"].indicator == got["1608亿元"].indicator == "indicator/retail-sales"


@pytest.mark.parametrize("sentence", [
    "确定“两个翻番”的目标，实现第三个翻番。",
    "实施博士后“双翻番、三覆盖”专项行动。",
    "为2020年实现“翻两番、三步走”奋斗目标打好基础。",
    "实施生物医药产业三年翻番计划，启动“翻一番”工程。",
    "到2007年完成人均翻番目标的70%以上。",
    "2010年人均生产总值比2000年翻一番半。",
    "现代服务业翻番式增长，新产业加快成长。",                 # changchun-2016 (corpus seed 3362)
    "城镇居民人均可支配收入39466元，高出翻番目标2178元；一是既要确保翻番的要求。",
])
def test_names_and_slogans_of_doublings_are_no_quantity(registry, sentence):
    got = facts(registry, PLAN.format(sentence), 2023)
    assert not [v for v in got if "番" in v]


@pytest.mark.parametrize("sentence, dropped, kept", [
    ("生产总值年均增长13.2%，五年增长1.3倍。", "1.3倍", "13.2%"),                        # jiangxi-2011
    ("技术合同成交额增长1.71倍，万人有效发明专利拥有量突破26.7件。", "1.71倍", "26.7件"),  # dalian-2022
    ("金融机构总资产突破7万亿元，五年翻了一番。", "翻了一番", "7万亿元"),
])
def test_a_multiple_over_the_term_without_its_base_is_not_recorded(registry, sentence, dropped, kept):
    got = facts(registry, TERM.format(sentence), 2011)
    assert dropped not in got and kept in got


def test_a_multiple_with_its_base_or_over_one_year_stays(registry):
    got = facts(registry, TERM.format("地区生产总值比2005年翻一番多，达到1200亿元；财政收入是2005年的2.7倍。"), 2011)
    assert "翻一番" in got and "2.7倍" in got
    got = facts(registry, TERM.format("2010年，地区生产总值比2005年增长65.5%；财政收入达到513亿元，增长1.71倍。"), 2011)
    assert "1.71倍" in got                                   # national-2008: the base earlier in the sentence
    got = facts(registry, TERM.format("固定资产投资从6935亿元增至15480亿元，增长1.2倍。"), 2011)
    assert "1.2倍" in got                                    # chongqing-2016: the starting level is the base
    got = facts(registry, TERM.format("工业增加值达到1050亿元，实现在2000年基础上翻一番。"), 2011)
    assert got["翻一番"].reading.baseline == "level-of:2000"
    got = facts(registry, TERM.format("五年累计，单位生产总值能耗下降19.1%。"), 2011)
    assert "19.1%" in got                                    # a percent over the term stays (national-2011)
    got = facts(registry, REVIEW.format("出口增长1.5倍，苹果和果汁出口量翻了一番。"), 2011)
    assert "1.5倍" in got and "翻了一番" in got              # one year's growth
    got = facts(registry, REVIEW.format("全市工业总产值突破1000亿元，实现了四年翻番。"), 2011)
    assert "翻番" not in got                                 # over four years, no base
