"""Classes found by reading drafted facts of unread corpus reports by hand, round 5 (stop 19, DEV8 sample of
bench/audit.py, seed 1908; bench/README.md "Round 5: found (stop 19)"; api/extract/classes.py). Real registry, real
extractor; wordings of corpus reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest

from api.extract.draft import draft

PLAN = "2023年测试市政府工作报告\n各位代表：\n一、2023年主要工作\n{}\n"


def values(registry, sentence: str) -> list[str]:
    d = draft(PLAN.format(sentence), "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    return [f.quantity.value for f in d.facts]


@pytest.mark.parametrize("sentence, kept", [
    # Hainan 2013 (DEV8), Sichuan 2020, Jinan 2013, Heilongjiang 2022, Shijiazhuang 2014
    ("地区生产总值超百亿元的市县9个，地方公共财政收入超10亿元的市县8个。", ["9个", "8个"]),
    ("地区生产总值超200亿元的县（市、区）77个、超500亿元的18个、超1000亿元的9个。", ["77个", "18个", "9个"]),
    ("预计10个县（市）区和高新区，生产总值过400亿元的5个、财政收入过30亿元的3个。", ["10个", "5个", "3个"]),
    ("力争地区生产总值超100亿元的县（市）达到28个。", ["28个"]),
    ("培育超500亿元的县域3个。", ["3个"]),
])
def test_places_classed_by_an_amount_over_it(registry, sentence, kept):
    """docs/records.md, facts ("Not recorded": the threshold of a class of things counted): counties classed by an
    amount over them are counted; the amount is the class (round 4's rule, now with places)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("全市地区生产总值超过1000亿元，县级财政收入超过100亿元。", ["1000亿元", "100亿元"]),
    ("全县地区生产总值超过200亿元。", ["200亿元"]),
])
def test_an_amount_a_county_reaches_stays_a_quantity(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Jincheng 2023 (DEV8); Shanxi-like wording
    ("251处煤矿采掘工作面智能化改造全面完成，年产180万吨以上生产煤矿智能化改造全部开工。", ["251处"]),
    ("年产30万吨以上生产矿井智能化改造全覆盖。", []),
])
def test_a_yearly_capacity_over_which_things_are_classed_is_no_quantity(registry, sentence, kept):
    """年产 with 以上 and then the things (煤矿, 矿井): each thing's size, the class of what is upgraded."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新建2万亩以上中药材基地。", ["2万亩"]),                     # round 3: an area built, no yearly capacity
    ("新增年产30万吨以上生产能力。", ["30万吨"]),                 # a capacity added, no things classed
    ("加快推进50万吨建筑垃圾资源化利用项目。", ["50万吨"]),      # a project's capacity (docs/records.md)
])
def test_an_area_or_capacity_stays_a_quantity(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence", [
    # Guangxi 2013 (DEV8), Xishuangbanna 2022, Guangzhou 2016, Haerbin 2011, Zhejiang 2000
    "过去5年，是我区迎难而上、艰苦创业、阔步前进的5年，是打基础、建平台、增后劲的5年。",
    "过去的5年，是西双版纳发展历史上具有划时代意义的5年。",
    "这是综合经济实力全面跃升的5年。",
    "“十一五”时期是我市发展史上极不平凡的5年。",
    "回顾新中国成立以来的50年，特别是改革开放以来的21年，全省人民创造了辉煌的历史成就。",
])
def test_the_term_a_review_characterises_is_no_quantity(registry, sentence):
    """是…的5年 names the reviewed term; it states no length (round 5)."""
    assert values(registry, sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("人均受教育年限提高到现在的9.5年。", ["9.5年"]),              # a length reached
    ("全市义务教育年限是全省最长的12年。", ["12年"]),               # the subject is a length
])
def test_a_length_stays_a_quantity(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence", [
    "实施五项建设巩固提升行动：一是推进产业升级。",
    "重点推进10项工作：一是稳增长。",
    "完成了5个方面的改革任务：（一）深化国企改革。",
])
def test_a_count_announcing_its_list_is_no_quantity(registry, sentence):
    """Rounds 1–2 *list-count*: the count a colon and 一是/（一） follow announces the list; the items are stated."""
    assert values(registry, sentence) == []


@pytest.mark.parametrize("sentence, kept", [
    ("办好10件民生实事：一是新建学校。", ["10件"]),                # 实事 undertaken are a count (docs/records.md)
    ("新建10所学校，改造5个小区。", ["10所", "5个"]),
    ("新开工项目120个：其中工业项目80个。", ["120个", "80个"]),     # no first item after the colon
])
def test_a_count_not_announcing_a_list_stays(registry, sentence, kept):
    assert values(registry, sentence) == kept
