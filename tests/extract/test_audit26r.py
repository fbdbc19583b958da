"""Recall, round 13 (stop 22; classes read on recall-stop22-dev and the misses of recall-stop21-test/-test2;
bench/README.md "Round 13: recall (stop 22)"): quantities written in forms the number-and-unit pattern did not read.
Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from decimal import Decimal

from api.numbers import parse
from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"


def test_counts_in_mei_and_medals_kept_whole(registry):
    """新培育中国驰名商标1枚、四川省著名商标4枚 (Neijiang 2014), 压减毛纺锭6188枚 (Taiyuan 2000): counts in 枚; a
    medal count stays whole (获得3枚金牌), and 枚 joined to no number (不胜枚举) is nothing."""
    got = facts(registry, REVIEW + "新培育中国驰名商标1枚、四川省著名商标4枚。压减毛纺锭6188枚。获得3枚金牌。"
                "成果不胜枚举。\n", 2019)
    assert {"1枚", "4枚", "6188枚", "3枚金牌"} == set(got)
    assert got["4枚"].quantity.unit == "枚" and got["4枚"].reading.measure == "level"


def test_power_written_in_letters(registry):
    """隆基5GW单晶电池 (Yinchuan 2022), 新增储能装备产能2GWh (Ordos 2025): power and energy in letters; the rating of
    each unit of a set (2×150MW机组, Jinchang 2019) and letters inside a word (5GWA) are no quantity."""
    got = facts(registry, REVIEW + "确保隆基5GW单晶电池项目年内投产。新增储能装备产能2GWh。"
                "实施2×150MW机组超低排放改造。建设5GWA平台。\n", 2019)
    assert set(got) == {"5GW", "2GWh"}
    assert got["5GW"].quantity.minimum == 5


def test_computing_power_and_bandwidth(registry):
    """智能算力规模24000P (Xinjiang 2025), 算力规模突破1万P, 出省带宽达到1.7万G (Guizhou 2021): letters read as units
    only after 算力/智算 or 带宽 names what is measured; 实现5G县县通 and 4A级景区 stay nothing."""
    got = facts(registry, REVIEW + "建成智能算力规模24000P。算力规模突破1万P。出省带宽达到1.7万G。实现5G县县通。"
                "新增4A级景区2个。\n", 2019)
    assert {"24000P", "1万P", "1.7万G", "2个"} == set(got)
    assert got["1万P"].quantity.minimum == 10000 and got["1万P"].quantity.prefix == "突破"


def test_fractions_as_shares(registry):
    """新能源占比近1/3 (Xinjiang 2025), 分别占全省的1/5、2/3、1/2以上 (Heze 2016), 占总装机三分之一 (Inner Mongolia
    2020): shares written as fractions; a rule per period (每月至少三分之一时间), a quoted name (“三个三分之一”) and
    digits with no word of share before them (6/18) are not."""
    got = facts(registry, REVIEW + "新能源占比近1/3。淘宝村分别占全省的1/5、2/3、1/2以上。"
                "可再生能源装机占总装机三分之一。每月至少三分之一时间外出招商。"
                "落实“三个三分之一”要求。6/18举办购物节。\n", 2019)
    assert {"1/3", "1/5", "2/3", "1/2", "三分之一"} == set(got)
    assert got["1/3"].reading.measure == "share" and got["1/3"].quantity.prefix == "近"
    assert got["三分之一"].quantity.minimum == Decimal(1) / Decimal(3)


def test_ratio_to_one(registry):
    """城乡居民收入比缩小到2.69:1 (Baoshan 2022), 之比达3:1: the ratio of two incomes or outputs written X:1 (as 倍差);
    a matching rule (按1:1比例配套) is not."""
    got = facts(registry, REVIEW + "城乡居民收入比缩小到2.69:1。农产品加工产值与农业总产值之比达3:1。"
                "按1:1比例配套资金。\n", 2019)
    assert set(got) == {"2.69", "3"}


def test_curated_fractions_parse():
    """A curated value written 1/3 or 三分之一 reads as one third, with its unit word (unit:FRACTION)."""
    assert parse("1/3").minimum == Decimal(1) / Decimal(3) and parse("1/3").unit == "/"
    assert parse("三分之二").minimum == Decimal(2) / Decimal(3) and parse("三分之二").unit == "分之"
    assert parse("2—3家").unit == "家"
