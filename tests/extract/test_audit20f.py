"""Classes found by reading drafted facts of corpus reports by hand, round 7 of *found* (stop 20: the DEV1 sample of
bench/audit.py, seed 2001, and the classes of the blind samples of stop 19; bench/README.md "Round 7: found (stop
20)"; api/extract/quantities.py, classes.py, facts.py). Real registry, real extractor; wordings of corpus reports,
positive and negative examples of each class."""
from __future__ import annotations

import pytest

from tests.extract.texts import PLAN, REVIEW, TERM, drafted


def values(registry, sentence: str) -> list[str]:
    return list(drafted(registry, PLAN, sentence, 2023))


@pytest.mark.parametrize("sentence, kept", [
    # Chongqing 2022, Qitaihe 2020, Shenyang 2023 (blind, stop 19), Jixi 2022 (DEV1), Quanzhou 2018, Xi'an 2014
    ("改造提升39个基层综合文化服务中心，新建一批24小时城市书房。", ["39个"]),
    ("实现主城区24 小时供水全覆盖。", []),
    ("1小时交通网初步建成，12条重点产业链加快融合。", ["12条"]),
    ("深化基层“一站式”综合服务平台建设，打造15分钟便民服务圈。", []),
    ("建成24小时街区自助图书馆46个。", ["46个"]),
    ("尽快落实72小时过境免签，提升7×24小时不打烊“随时办”质效。", []),
    ("加快形成主城区15分钟通勤圈。", []),
    ("构建15分钟就医圈。", []),                                  # DEV5 (round 8): 就 does not start a verb here
])
def test_a_duration_naming_a_kind_of_service_is_no_quantity(registry, sentence, kept):
    """A duration before the noun it describes names a service or network (round 7, *descriptor*)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("不动产转移登记1小时办结。", ["1小时"]),                   # a processing time
    ("早日实现3小时通西安、兰州等周边城市。", ["3小时"]),        # a travel time
    ("省会城市群2小时通达，市域内1小时通勤。", ["2小时", "1小时"]),
    ("推动30分钟对接广州都市圈。", ["30分钟"]),
    ("实现2小时到场、24小时基本完成流调报告。", ["2小时", "24小时"]),
    ("企业开办时间压缩至48小时。", ["48小时"]),
    ("全年开展志愿服务1.2万小时。", ["1.2万小时"]),
])
def test_a_duration_stated_stays_a_quantity(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Jilin 2006 (blind, stop 19), Hebei 2021, Guangdong 2005
    ("县（市）财政收入增幅高出全省平均15.6个百分点。", []),
    ("网络零售额增长16%、高于全国平均水平5.1个百分点。", ["16%"]),
    ("地方财政收入增长5.59%，增幅比全省平均水平高0.8个百分点。", ["5.59%"]),
])
def test_a_difference_from_another_places_level_is_not_recorded(registry, sentence, kept):
    """docs/records.md, facts ("Not recorded": a difference from another place's level; round 7, *difference*)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("增速比上年高出2个百分点。", ["2个百分点"]),
    ("城镇化率高于预期目标2个百分点。", ["2个百分点"]),
    ("研发投入占比提高1.2个百分点。", ["1.2个百分点"]),
])
def test_a_difference_from_the_year_before_or_a_target_stays(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Guyuan 2024 (blind, stop 19), Sichuan 2025: counts joined by 和 before one rate are its population
    ("16件人大议案建议和100件政协提案办复率100%。", ["100%"]),
    ("203个国考断面优良率和285个省考断面优良率均达100%。", ["100%"]),
    # a count with a verb, separated from the rate: a count
    ("办理人大代表建议120件、政协提案210件，办复率100%。", ["120件", "210件", "100%"]),
])
def test_counts_joined_before_a_rate_are_its_population(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Shenzhen 2006 (blind, stop 19), Eerduosi 2016 (DEV1), Guiyang 2019: a programme's rule per household
    ("2900多户“零就业家庭”实现每户1人以上就业。", ["2900多户"]),
    ("零就业家庭实现至少1人稳定就业。", []),
    # people counted and an average stay
    ("帮助零就业家庭1500人实现就业。", ["1500人"]),
    ("家庭户均2.8人。", ["2.8人"]),
])
def test_the_people_a_programme_guarantees_each_household(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("深入推进“工资倍增计划”，连续 4年提高最低工资标准。", []),      # Siping 2014 (blind): the space
    ("（一）强化宜居宜游首位产业主导地位。", []),                     # Zhangye 2014 (DEV1): a name
    ("增速居全省首位。", ["首位"]),
    ("连续4年超300天。", ["300天"]),
])
def test_a_streak_with_a_space_and_a_leading_industry(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Linyi 2014 (DEV1), Wuxi 2012 (blind, stop 19), Guangzhou 2009: a starting level, no year, in a part
    # reviewing one year
    ("行政村规模布局得到优化，数量由7151个减少到3990个。", {"3990个": ("result", 2010)}),
    ("市区低保标准由420元调为460元。", {"460元": ("result", 2010)}),
    ("乡镇从35个整合为20个。", {"20个": ("result", 2010)}),
    # the year written, or the year before (上年): recorded with it
    ("城市化率由2005年的40%提高到48%。", {"40%": ("result", 2005), "48%": ("result", 2010)}),
    ("证券化率从上年的25.4%提高到30.5%。", {"25.4%": ("result", 2009), "30.5%": ("result", 2010)}),
])
def test_a_starting_level_in_a_review_of_one_year(registry, sentence, kept):
    """docs/records.md: a starting level is recorded when its year is given or is the year before a reviewed span."""
    assert drafted(registry, REVIEW, sentence, 2011) == kept


def test_a_starting_level_of_a_five_year_review_stays(registry):
    facts = drafted(registry, TERM, "高新技术企业从126家增加到467家。", 2011)
    assert facts["126家"] == ("result", 2005) and "467家" in facts


def test_a_review_of_one_year_that_speaks_of_five_stays(registry):
    """A part headed by the year that also reviews five years (五年来) keeps its starting levels: their year may be
    the span's."""
    text = "财政支出由209亿元增加到240亿元。\n五年来，我们砥砺前行。"
    assert "209亿元" in drafted(registry, REVIEW, text, 2011)
