"""Numbers as the reports write them: digits or Chinese numerals, a scale word, a unit word.

"1.36亿人次" → 136000000 人次; "2—3家" → a range 2…3 家; "19.5个百分点" → 19.5 个百分点; "4成" → 40 (percent);
"1/3", "三分之一" → one third (unit "/" or "分之": a fraction); "翻两番" → 4 (unit "番": N doublings are 2^N times).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal

SCALES = {"万亿": Decimal(10) ** 12, "千亿": Decimal(10) ** 11, "百亿": Decimal(10) ** 10, "十亿": Decimal(10) ** 9,
          "亿": Decimal(10) ** 8, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6, "十万": Decimal(10) ** 5,
          "万": Decimal(10) ** 4, "千": Decimal(1000), "": Decimal(1)}
# every scale word the extractor reads (api/extract/quantities.py); a curated value writes only 万亿, 亿 or 万 (WRITTEN)
DIGITS = {"零": 0, "〇": 0, "首": 1, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
          "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
NUMBER = r"(?:\d+(?:\.\d+)?|[零〇首一二两三四五六七八九十百千]+(?:[万亿][零〇一二两三四五六七八九十百千]+)*)"
WRITTEN = re.compile(
    rf"^(?P<a>{NUMBER})(?:(?P<unit_a>[%％])?(?P<dash>[—–\-－~～至到])(?P<b>{NUMBER}))?(?P<more>[余多])?(?P<scale>万亿|亿|万)?(?P<more2>[余多])?\s?(?P<unit>\S*)$"
)


FRACTION = re.compile(r"^(?:(?P<a>[1-9])[/／](?P<b>[1-9]\d?)|"
                      r"(?P<d>[二三四五六七八九十])分之(?P<n>[一二三四五六七八九]))$")
# 近1/3, 三分之一: a share written as a fraction (unit "/" or "分之", ontology/units.ttl unit:FRACTION; round 13)
DOUBLINGS = re.compile(r"^翻?了?(?P<n>[一二两三四五六七八九])?番$")
# 翻一番, 翻了两番, 翻番 (and 一番 alone as the value inside such a quote): N doublings, a level 2^N times its base
# (翻番 with no numeral: once); the number as written is the numeral, the unit 番 (ontology/units.ttl unit-times)


class NumberError(ValueError):
    """A value as written that the parser does not understand."""


@dataclass(frozen=True)
class Written:
    minimum: Decimal
    maximum: Decimal
    number: str          # the digits as written, e.g. "1.36" or "2—3"
    scale: str           # "万", "亿", "万亿" or ""
    unit: str            # the unit word as written, e.g. "人次", "%", "个百分点"
    more: str = ""       # 余 or 多 after the number (200余场, 120多万人): more than the number, never exactly it

    @property
    def is_range(self) -> bool:
        return self.minimum != self.maximum


def chinese_number(text: str) -> Decimal:
    """Chinese numerals: 三 → 3, 十五 → 15, 两百 → 200, 七百零四 → 704; 首 (首位, first place) → 1; with sections of
    亿 and 万 (五万一千三百 → 51300, 一亿六千万 → 160000000), as old national reports write whole amounts."""
    total = Decimal(0)
    for marker, factor in (("亿", SCALES["亿"]), ("万", SCALES["万"])):
        head, sep, rest = text.partition(marker)
        if sep:
            if not head:
                raise NumberError(f"not a Chinese numeral: {text!r}")
            total += chinese_number(head) * factor
            text = rest.lstrip("零〇")
    return total + (_hundreds(text) if text else 0)


def _hundreds(text: str) -> Decimal:
    total, current = 0, 0
    for ch in text:
        if ch in DIGITS:
            current = DIGITS[ch]
        elif ch in UNITS:
            total += (current or 1) * UNITS[ch]
            current = 0
        else:
            raise NumberError(f"not a Chinese numeral: {text!r}")
    return Decimal(total + current)


def to_decimal(text: str) -> Decimal:
    return Decimal(text) if text[0].isdigit() else chinese_number(text)


def scaled(number: str, scale: str) -> Decimal:
    """A number times its scale word. A Chinese numeral with sections takes 万/亿 as its last section: 一亿六千 + 万 is
    160,000,000 (not 一亿六千 × 10,000)."""
    if scale in ("万", "亿") and not number[0].isdigit() and re.search(r"[万亿]", number):
        return chinese_number(number + scale)
    return to_decimal(number) * SCALES[scale]


def parse(written: str) -> Written:
    """Split a value as written into its range, scale word and unit word; expand the scale."""
    if f := FRACTION.match(written.strip()):
        value = Decimal(f.group("a")) / Decimal(f.group("b")) if f.group("a") else \
            chinese_number(f.group("n")) / chinese_number(f.group("d"))
        return Written(value, value, f.group(), "", "/" if f.group("a") else "分之")
    if d := DOUBLINGS.match(written.strip()):
        times = Decimal(2) ** int(chinese_number(d.group("n") or "一"))
        return Written(times, times, d.group("n") or "", "", "番")
    m = WRITTEN.match(written.strip())
    if not m:
        raise NumberError(f"cannot read the value {written!r} (expected digits, an optional 万/亿 and a unit)")
    if m.group("unit_a") and m.group("unit_a") != m.group("unit"):
        # a percent range writes the unit on both ends (6.5%—7%): the same unit, or it is not one range
        raise NumberError(f"range {written!r} has different units on its two ends")
    scale = m.group("scale") or ""
    tenth = 10 if m.group("unit") == "成" else 1   # 成 is a tenth, its unit percent (ontology/units.ttl): 超4成 → 40 %
    a = scaled(m.group("a"), scale) * tenth
    b = scaled(m.group("b"), scale) * tenth if m.group("b") else a
    if b < a:
        raise NumberError(f"range {written!r} runs backwards")
    number = m.group("a") + (m.group("dash") + m.group("b") if m.group("b") else "")
    more = m.group("more") or m.group("more2") or ""
    if m.group("more") and m.group("more2"):
        raise NumberError(f"cannot read the value {written!r} (余/多 twice)")
    if more and m.group("b"):
        raise NumberError(f"a range {written!r} cannot also be 余/多")
    return Written(a, b, number, scale, m.group("unit"), more)


def canonical(value: Decimal) -> str:
    """A decimal in plain notation without trailing zeros: 136000000, 1.5, 0.6."""
    # normalize() rounds to its context's precision (28 digits by default): give it every digit.
    text = format(value.normalize(Context(prec=max(28, len(value.as_tuple().digits)))), "f")
    return text
