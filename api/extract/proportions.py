"""The terms of the three sectors' proportion (三次产业比重调整为10：42：48): each term is the share of its own sector.

docs/records.md: each term of the three sectors' proportion is a `share`, three facts; the indicator names what is
measured, so the first term is the primary sector's value added (its share), the second the secondary's, the third
the services' — not the proportion as a whole, which names none of them.
"""
from __future__ import annotations

import re

from api.extract.indicators import label_of

# the proportion of the three sectors by name (三次产业比重, 三次产业结构, 一二三产比例, 三产结构比), not of others
THREE_SECTORS = re.compile(r"三次产业|[一二三]、?[一二三]、?[一二三]产|三产")
SECTORS = ("第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重")
SEPARATOR = r"\s*[:：∶]\s*"
NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?%?"
TERMS_BEFORE = re.compile(r"(?:" + NUMBER + SEPARATOR + r")+$")
TERMS_AFTER = re.compile(r"(?:" + SEPARATOR + NUMBER + r")*")


def sector_term(text: str, name: str, start: int, end: int) -> str:
    """The share a term of the proportion `name` at text[start:end] is (三次产业比重…10：42：48, the 48 →
    第三产业增加值比重); "" when `name` is no three-sector proportion or the ratio has not three terms."""
    if not THREE_SECTORS.search(name):
        return ""
    before = TERMS_BEFORE.search(text, max(0, start - 40), start)
    k = len(re.findall(SEPARATOR, before.group())) if before else 0
    after = TERMS_AFTER.match(text, end)
    n = k + 1 + len(re.findall(SEPARATOR, after.group() if after else ""))
    return SECTORS[k] if n == 3 else ""


# a share of a whole named after 占 (占全国总产量, 占财政总支出, 占年度投资计划): not a word that opens with 占 (占道经营,
# 占地, 占用, 占有, 占据, 占领)
SHARE_OF_WHOLE = re.compile(r"占(?![道地用有据领压])[^\W\d_]{2,14}")

# the thing before that a share cannot be of: a rate, a growth or a mark passed (贡献率, 年均递增, 增长速度, 首次突破)
NO_PART = re.compile(r"(?:率|比重|比例|占比|增长|递增|增速|速度|增幅|突破|超过)$")


def share_of_whole(label: str, thing: str, gap: str) -> bool:
    """A label that is only the whole a share is of (占全国总产量 of 新能源汽车产量11.8万辆，占全国总产量的10%), after
    the value of `thing` with only `gap` (a qualifier and the mark) between: the share is of that thing, whose name the
    label takes; not after a clause of other words (…上市企业达到482家，民营经济…全面实现，占全市经济比重…)."""
    between = re.fullmatch(r"([^，,、；;]*?)\s*[，,、；;]\s*", gap)     # a qualifier (以上), or the thing's words after
    return bool(SHARE_OF_WHOLE.fullmatch(label)) and not re.search(r"[，,、；;]", label) and not NO_PART.search(thing) \
        and between is not None and (len(between.group(1)) <= 4 or between.group(1) in thing)     # its number (34万农户参与…)


# a share named by its word alone (占比提高至32%、43.8%; 比重分别为…): of what the values before it measured
BARE_SHARE = re.compile(r"(?:其|所)?(?:占比|比重|比例)")
RUN_MARK = re.compile(r"(?:以上|左右)?\s*[、和]\s*")


def run_share(text: str, c_lo: int, start: int, earlier_ends: list[tuple[int, int]]) -> str:
    """The bare share word (占比, 比重) that opens the run of values joined by 、/和 ending at the value at `start`, in
    its clause from `c_lo` (战略性新兴产业、高新技术产业产值分别增长8.8%、11%，占比提高至32%、43.8%: 占比 for both
    the 32% and the 43.8%); "" when the words before the run name more than that word. `earlier_ends`: the (start,
    end) of the values drafted before, in order."""
    first = start
    for lo, hi in reversed(earlier_ends):
        if hi <= c_lo or not RUN_MARK.fullmatch(text, hi, first):
            break
        first = lo
    words = label_of(text[c_lo:first], strict=True)
    return words if BARE_SHARE.fullmatch(words) else ""
