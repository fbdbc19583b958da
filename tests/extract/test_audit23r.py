"""Recall and found, round 10 (stop 21; classes read on recall-stop21-dev, audit-stop21-dev12 and the scored blind
samples recall-stop20-test/-test2; bench/README.md "Round 10: recall and found (stop 21)"). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "一、2018年工作回顾\n全市生产总值增长7%。\n二、2019年工作安排\n"


def test_ranks_after_pai_and_baochi(registry):
    """排第二位 (Bijie 2016 排第11位), 保持全省第一位, 保持中部地区第1 (Jiangxi 2025), 排位均为第一位 (Ningxia 2023):
    ranks with 排 or 保持 and no 居; 安排第二批资金 and 保持第一方阵 are no ranks."""
    got = facts(registry, REVIEW + "全市经济总量排第二位，增速保持全省第一位。"
                "出口通关效率保持中部地区第1，口岸扩大开放。在西北五省（区）的排位均为第一位。\n", 2019)
    for value in ("二位", "一位", "1"):
        assert got[value].reading.measure == "rank", value
    got = facts(registry, REVIEW + "安排第二批资金3亿元。综合实力保持第一方阵。\n", 2019)
    assert set(got) == {"3亿元"}


def test_a_range_with_a_full_width_hyphen(registry):
    """8－10个, 4％－5％ (Fujian 2003), 6－6.5％ (Guangzhou 2019): the full-width hyphen joins a range as — does."""
    got = facts(registry, PLAN + "引进企业8－10个。地区生产总值增长6－6.5％。\n", 2019)
    assert got["8－10个"].quantity.minimum == 8 and got["8－10个"].quantity.maximum == 10
    assert "6－6.5％" in got and "6.5％" not in got


def test_kilovolt_amperes_and_years_of_life(registry):
    """新增变电容量169万千伏安 (Shijiazhuang 2016), 人均预期寿命达到78.5岁 and 比五年前提高3岁 are quantities with their
    unit; an age bounding a class of people (60岁以上老年人, 0-6岁儿童, 妇女（35至64岁）, 年龄在75岁以上、…), a class of
    furnaces (淘汰3万千伏安以下矿热炉) and a difference from the nation (高出全国5岁) are not."""
    got = facts(registry, REVIEW + "新增变电容量169万千伏安。人均预期寿命达到78.5岁、比五年前提高3岁。\n", 2019)
    assert {"169万千伏安", "78.5岁", "3岁"} <= set(got)
    assert got["3岁"].reading.measure == "change"
    got = facts(registry, REVIEW + "为65岁以上老年人免费体检。0-6岁儿童残疾筛查全覆盖。为4万名农村适龄妇女（35至64岁）"
                "免费提供筛查。为年龄在75岁以上、本人月收入较低的老人提供补贴。全面淘汰3万千伏安以下矿热炉。"
                "居民平均预期寿命83.62岁、高出全国5岁。\n", 2019)
    assert set(got) == {"4万名", "83.62岁"}


def test_a_scale_word_reached(registry):
    """投资突破百亿。 (Qinhuangdao 2022), 总资产净增40亿元、突破百亿 (Fuxin 2022): a scale word alone closing its clause
    after 突破/超过/达到 is the value; not a mark passed before or after the value (突破千亿，达到1020亿元; 签约金额达到
    1367亿元，超过千亿) nor a class (超过千亿的产业集群)."""
    got = facts(registry, REVIEW + "产业项目及配套设施投资突破百亿。总资产净增40亿元、突破百亿。\n", 2019)
    assert [v for v in got if v == "百亿"] and got["百亿"].reading.comparison == "more-than"
    got = facts(registry, REVIEW + "全市地区生产总值突破千亿，达到1020亿元。签约金额达到1367亿元，超过千亿。"
                "打造产值超过千亿的产业集群。\n", 2019)
    assert set(got) == {"1020亿元", "1367亿元"}


def test_names_with_a_numeral(registry):
    """和平共处五项原则 (national 1995–1999) and 三台、北川、平武 (Mianyang 2020: 三台县) are names; 购置挖掘机三台 is a
    count."""
    text = REVIEW + "在和平共处五项原则的基础上发展关系。涪城入选强县，三台、北川、平武入选先进县。新购置挖掘机三台。\n"
    got = facts(registry, text, 2019)
    assert set(got) == {"三台"} and got["三台"].value_start == text.index("挖掘机三台") + 3
