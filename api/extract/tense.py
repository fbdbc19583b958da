"""A value's kind and year from the words of its sentence (api/extract/facts.py gives the paragraph's role).

In the plan a value is a target of the report's year (a later year written, 到2025年, sets it), unless its sentence
speaks of the past (去年…, 过去一年…。国内生产总值增长10.3%). In the review it is a result of the reviewed year,
unless the sentence sets a later year to reach (保证到一九八〇年…, 到2026年，…), speaks of a plan (计划增长), or
is of the report's own year in a report given in the middle of it (上半年, 1-7月份 in a report of August).
"""
from __future__ import annotations

import re

from api.extract.sentences import full_stop, next_stop

# a year written in digits or in numerals read digit by digit (一九八〇年, the national reports before the 1990s)
YEAR = r"(?:19|20)\d{2}|[一二][九〇○零][〇○零一二三四五六七八九]{2}"
DIGITS = {c: str(n) for n, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}

PAST = re.compile(r"^(?:去年|上年|过去一年|过去五年|\d{4}年(?:全年|全市|全省)?)")
BY_YEAR = re.compile(rf"(?:[到至]|力争|争取)({YEAR})年(?:底|末)?")     # 力争2020年接待游客…突破: that year's
TARGET_OPENING = re.compile(rf"^[—\s]*(?:[^，,。；;：:]{{0,10}}[：:])?(?:力争|争取|努力)?[到至]({YEAR})年(?:底|末)?[，,]")
AT_YEAR = re.compile(r"(?:^|[，,；;：:])((?:19|20)\d{2})年[，,]")     # 2026年，肉牛饲养量103万头: a plan's later year
# a year to reach set by the words of an aim: 保证到一九八〇年把三分之一的企业建成大庆式企业 (national-1978), 争取到
# 2020年, 力争在2025年前, 要在…年 — in the review too, when the year is not before the report's; not what was done
# since (…，目前已完成)
AIMED = re.compile(rf"(?:保证|争取|力争|确保|努力|计划|(?<![主需重必只])要)(?:在|到|至)({YEAR})年(?:底|末|前|以前)?")
# a plan's figure spoken of in the review: 在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四
# (national-1982, on the sixth five-year plan): the plan of the years reviewed, from the first of them; not a plan
# done or exceeded (完成计划的105%, 超计划) nor one that is a base (自营出口创汇比上年计划增长15.7%, zhejiang-1989)
PLANNED = re.compile(r"(?<![完超按比原照订年])计划(?:平均)?(?:每年)?(?:增长|递增|提高|增加|为|达到)")
DONE_SINCE = re.compile(r"已|了|完成|实际|实现")
# the report's own year in a report given in its middle: 上半年，地区生产总值完成1073.75亿元 / 1-7月份，一般公共预算
# 收入完成139.7亿元 (xingtai-2021-08, given on 23 August 2021), 今年以来, 前三季度
OWN_YEAR_PART = re.compile(r"上半年|前三季度|一季度|今年|[1１一]\s*[-—－~～至到]\s*(?:[1-9]|1[0-2]|[二三四五六七八九十])\s*月")
# a plan's later year inside the clause, before the verb of its aim (全国人口2000年要控制在13亿以内, national-1996)
YEAR_AIM = re.compile(rf"({YEAR})年(?:底|末)?(?:前)?(?:要|将|力争|争取)")
FUTURE = re.compile(r"今年|明年|(?<![主需重必只])要|(?<!即)将(?!近)|力争|争取|确保|目标|预期|计划|继续|努力|到(?:19|20)\d{2}年")


def year_of(written: str) -> int:
    """2025 → 2025, 一九八〇 → 1980."""
    return int("".join(DIGITS.get(c, c) for c in written))


def tense(text: str, role: str, s_lo: int, at: int, year: int, estimated: bool = False,
          para_lo: int | None = None, spoken: int | None = None, midyear: bool = False) -> tuple[str, int]:
    """(kind, year) of the value at `at` in a paragraph of `role`; `midyear`: the report was given in the second
    half of its own year (its date line, August 2021 for the 2021 report)."""
    sentence = text[s_lo:at]
    if role == "plan" and estimated:
        return "result", year - 1          # 预计全年地区生产总值增长6% in the plan part: last year's estimate
    if role == "plan" and spoken and spoken < year and sentence.startswith("今年"):
        return "result", spoken            # given in December 2021: 今年全市生产总值增长8% is 2021's result
    if role == "plan":
        if PAST.match(sentence) and not sentence.startswith(f"{year}年"):
            m = re.match(r"(\d{4})年", sentence)
            if m and int(m.group(1)) > year:
                return "target", int(m.group(1))    # 2020年全省国内生产总值达到4万亿元 in the 2003 plan: a target
            return "result", int(m.group(1)) if m else year - 1
        stop = full_stop(text, para_lo, at) if para_lo is not None else s_lo
        if para_lo is not None and (past := past_context(text, para_lo, stop, year)) \
                and not FUTURE.search(text, stop, next_stop(text, at)):
            return "result", past          # 过去一年…。国内生产总值增长10.3%: the sentence before set the year
        m = BY_YEAR.search(sentence)
        if m is None and (later := [int(y) for y in AT_YEAR.findall(text, stop, at) if int(y) > year]):
            return "target", later[-1]      # 2026年，肉牛饲养量103万头: the plan's level of 2026
        clause = max(text.rfind(c, stop, at) for c in "，,；;：:") + 1 or stop
        if m is None and (aimed := [year_of(y) for y in YEAR_AIM.findall(text, max(clause, stop), at)
                                   if year_of(y) > year]):
            return "target", aimed[-1]       # 全国人口2000年要控制在13亿以内 in the 1996 plan: the aim of 2000
        return "target", year_of(m.group(1)) if m else year
    if (m := TARGET_OPENING.match(sentence)) and year_of(m.group(1)) >= year:
        return "target", year_of(m.group(1))    # a review's paragraph opening 到2026年，… / 奋斗目标是：力争到2025年，…
    stop = full_stop(text, para_lo, at) if para_lo is not None else s_lo
    aims = [m for m in AIMED.finditer(text, stop, at) if year_of(m.group(1)) >= year]
    if aims and not DONE_SINCE.search(text, aims[-1].end(), at):
        return "target", year_of(aims[-1].group(1))
    if (planned := list(PLANNED.finditer(text, stop, at))) and not DONE_SINCE.search(text, planned[-1].end(), at):
        return "target", year - 1
    if midyear and OWN_YEAR_PART.search(text, stop, at):
        return "result", year
    return "result", year - 1


def past_context(text: str, para_lo: int, s_lo: int, year: int) -> int:
    """The year a sentence of the plan part reports when the sentences before it in its paragraph opened the
    past without saying so again (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…): the
    nearest earlier sentence that begins with 过去一年/去年/上年/an earlier year, through sentences that speak
    of no future (今年, 要, 将, 力争, 目标 …); 0 when there is none."""
    sentences = [m for m in re.finditer(r"[^。！？!?]+[。！？!?]?", text[para_lo:s_lo])]
    for m in reversed(sentences):
        words = m.group().strip()
        if PAST.match(words) and not words.startswith(f"{year}年"):
            y = re.match(r"(\d{4})年", words)
            return (int(y.group(1)) if int(y.group(1)) < year else 0) if y else year - 1
        if FUTURE.search(words):
            return 0
    return 0
