"""Values as written → numbers, scale words and units."""
from decimal import Decimal

import pytest

from api.numbers import NumberError, canonical, parse


@pytest.mark.parametrize("written,minimum,maximum,scale,unit", [
    ("1.36亿人次", "136000000", "136000000", "亿", "人次"),
    ("12.5万人", "125000", "125000", "万", "人"),
    ("1493亿元", "149300000000", "149300000000", "亿", "元"),
    ("6%", "6", "6", "", "%"),
    ("19.5个百分点", "19.5", "19.5", "", "个百分点"),
    ("2—3家", "2", "3", "", "家"),
    ("两条", "2", "2", "", "条"),
    ("十五项", "15", "15", "", "项"),
    ("25亿斤", "2500000000", "2500000000", "亿", "斤"),
    ("0.6%", "0.6", "0.6", "", "%"),
    ("6.5%—7%", "6.5", "7", "", "%"),      # a percent range with the unit on both ends (national 2016 GDP target)
    ("4成", "40", "40", "", "成"),          # a tenth, read as percent (dalian-2025: 经济总量占全市比重超4成)
    ("五成", "50", "50", "", "成"),
    # whole Chinese numerals of old national reports, with 千, 零 and sections (extractor round 8 reads them too)
    ("七百零四亿元", "70400000000", "70400000000", "亿", "元"),
    ("三千二百亿元", "320000000000", "320000000000", "亿", "元"),
    ("五万一千三百人", "51300", "51300", "", "人"),
    ("一亿六千万平方米", "160000000", "160000000", "万", "平方米"),     # 万 is the last section, not × 10,000
    ("一千三百八十六万九千人", "13869000", "13869000", "", "人"),
])
def test_parse(written, minimum, maximum, scale, unit):
    w = parse(written)
    assert canonical(w.minimum) == minimum and canonical(w.maximum) == maximum
    assert (w.scale, w.unit) == (scale, unit)
    assert w.is_range == (minimum != maximum)


@pytest.mark.parametrize("bad", ["", "约", "3—2家", "abc", "6%—7个百分点", "万一千人"])
def test_parse_rejects(bad):
    with pytest.raises(NumberError):
        parse(bad)


def test_canonical_has_no_exponent_or_trailing_zeros():
    assert canonical(Decimal("1.3600E+8")) == "136000000"
    assert canonical(Decimal("9.50")) == "9.5"


@pytest.mark.parametrize("written, number, scale, unit, value, more", [
    ("200余场", "200", "", "场", 200, "余"), ("1.2万余套", "1.2", "万", "套", 12000, "余"),
    ("120多万人", "120", "万", "人", 1200000, "多"), ("20多个", "20", "", "个", 20, "多"), ("6%", "6", "", "%", 6, "")])
def test_yu_and_duo_after_a_number_mean_more_than_it(written, number, scale, unit, value, more):
    w = parse(written)
    assert (w.number, w.scale, w.unit, w.minimum, w.more) == (number, scale, unit, value, more)


def test_yu_twice_or_on_a_range_is_refused():
    for written in ("200余多场", "2—3余家"):
        with pytest.raises(NumberError):
            parse(written)
