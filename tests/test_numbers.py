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
])
def test_parse(written, minimum, maximum, scale, unit):
    w = parse(written)
    assert canonical(w.minimum) == minimum and canonical(w.maximum) == maximum
    assert (w.scale, w.unit) == (scale, unit)
    assert w.is_range == (minimum != maximum)


@pytest.mark.parametrize("bad", ["", "约", "3—2家", "abc"])
def test_parse_rejects(bad):
    with pytest.raises(NumberError):
        parse(bad)


def test_canonical_has_no_exponent_or_trailing_zeros():
    assert canonical(Decimal("1.3600E+8")) == "136000000"
    assert canonical(Decimal("9.50")) == "9.5"
