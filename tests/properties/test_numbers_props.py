"""Numbers as written (api/numbers.py): parse and canonical round trips."""
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.numbers import SCALES, NumberError, canonical, chinese_number, parse

UNITS = ["", "%", "个百分点", "元", "人次", "家", "公里", "平方米", "亩", "项", "个", "吨", "美元"]
SCALE = st.sampled_from(["", "万", "亿", "万亿"])
DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """0…999 in Chinese numerals the way reports write them (十五, 二十三, 一百零五, 两百)."""
    if n == 0:
        return "零"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += ("两" if hundreds == 2 else DIGITS[hundreds]) + "百"
        if rest and tens == 0:
            out += "零"
    if tens:
        out += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    if ones:
        out += DIGITS[ones]
    return out


NUMBER = st.decimals(min_value=0, max_value=10**9, allow_nan=False, allow_infinity=False, places=3)


@given(n=st.integers(0, 999))
def test_chinese_numerals_round_trip(n):
    assert chinese_number(chinese(n)) == n


@given(value=st.decimals(allow_nan=False, allow_infinity=False))
def test_canonical_is_plain_and_exact(value):
    text = canonical(value)
    assert "E" not in text and "e" not in text
    assert Decimal(text) == value
    if "." in text:
        assert not text.endswith("0") and not text.endswith(".")


@given(value=NUMBER, scale=SCALE, unit=st.sampled_from(UNITS))
def test_parse_of_canonical_round_trips(value, scale, unit):
    written = canonical(value) + scale + unit
    w = parse(written)
    assert w.minimum == w.maximum == value * SCALES.get(scale, 1)
    assert (w.number, w.scale, w.unit) == (canonical(value), scale, unit)
    assert not w.is_range
    assert Decimal(canonical(w.minimum)) == w.minimum


@given(a=NUMBER, b=NUMBER, dash=st.sampled_from(["—", "–", "-", "~", "～", "至", "到"]), scale=SCALE,
       unit=st.sampled_from(UNITS))
def test_ranges_parse_in_order_or_are_refused(a, b, dash, scale, unit):
    written = canonical(a) + dash + canonical(b) + scale + unit
    factor = SCALES.get(scale, 1)
    if b < a:
        with pytest.raises(NumberError):
            parse(written)
        return
    w = parse(written)
    assert (w.minimum, w.maximum) == (a * factor, b * factor)
    assert w.is_range == (a != b) and w.number == canonical(a) + dash + canonical(b)


@given(n=st.integers(0, 999), scale=SCALE, unit=st.sampled_from([u for u in UNITS if u]))
def test_chinese_numbers_parse(n, scale, unit):
    assert parse(chinese(n) + scale + unit).minimum == n * SCALES.get(scale, 1)


@given(text=st.text(max_size=30))
def test_parse_reads_or_says_why_not(text):
    try:
        w = parse(text)
    except NumberError:
        return
    assert w.minimum <= w.maximum


def test_regression_canonical_keeps_every_digit():
    """canonical() normalised in the default 28-digit context and rounded longer numbers."""
    value = Decimal("12345678901234567890123456789012")
    assert canonical(value) == "12345678901234567890123456789012"
    assert canonical(Decimal("1234567890123456789012345678.90")) == "1234567890123456789012345678.9"
