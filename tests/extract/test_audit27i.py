"""The indicator's label, round 14 (stop 22; classes read on DEV26 of stop 22, seed 2026, drafts of 0.3.15;
bench/README.md "Round 14: the indicator (stop 22)"): framing openers (`indicators.LEADING`: the speaker as a place,
a year written in numerals, 提前 and its lead) and a streak's 连续 left at a label's end (`indicators.TRAILING`).
Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.indicators import label_of
from tests.extract.texts import HEAD, facts


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry name) of each drafted value of a sentence."""
    drafted = facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject for v, f in drafted.items()}


def test_the_speaker_as_a_place_is_no_part_of_a_label(registry):
    """我区外送电能力突破2000万千瓦 (Ningxia), 我州, 我县: the place speaking, which `about` already names."""
    assert labels(registry, "我区外送电能力突破2000万千瓦。")["2000万千瓦"] == "外送电能力"
    assert labels(registry, "我州农村公路通车里程达到8000公里。")["8000公里"] == "农村公路通车里程"


def test_words_that_open_with_the_speaker_characters_keep_them(registry):
    """我区域 is no speaker; 我们 and 我市 were framing before (round 12)."""
    assert labels(registry, "我区域内新建污水管网120公里。")["120公里"].startswith("我区域")


def test_a_year_written_in_numerals_is_no_part_of_a_label(registry):
    """一九五八年由国家投资造林四百二十八万三千亩 (1958): the period, as 1997年 is (round 4); 一九五八年度 keeps it."""
    got = labels(registry, "一九五八年由国家投资造林四百二十八万三千亩。", 1958)
    assert got["四百二十八万三千亩"] == "由国家投资造林"
    assert labels(registry, "一九五八年度计划完成率达到百分之九十五。", 1958)["百分之九十五"].startswith("一九五八年度")


def test_ahead_of_time_keeps_its_words(registry):
    """提前两年完成省下达的改革目标 (Zhuhai): 两年 is how early, so 提前…完成 are its label's words (a rule
    dropping 提前 was tried and undone: it emptied the label of the lead time)."""
    assert labels(registry, "提前两年完成省下达的改革目标。")["两年"].startswith("提前")


def test_a_streak_left_at_the_end_of_a_label_goes(registry):
    """新批境外投资项目数连续五年保持全省第一 (Wuxi): 连续 is the streak's, not the thing's; 连续 opening a word
    (连续梁) stays."""
    assert labels(registry, "新批境外投资项目数连续五年保持全省第一。")["一"] == "新批境外投资项目数"
    assert "连续" in labels(registry, "建成连续刚构桥3座。")["3座"]


def test_the_adverbs_of_a_verb_gone_are_no_part_of_a_label(registry):
    """一九六五年国家预算收支都比上年增长百分之十以上, 一九六四年生铁合格率将达到百分之九十九以上 (1964): 都 and 将
    are the verb's; 首都 and 大将 are words."""
    assert labels(registry, "一九六五年国家预算收支都比上年增长百分之十以上。", 1965)["百分之十"] == "国家预算收支"
    assert labels(registry, "一九六四年生铁合格率将达到百分之九十九以上。", 1964)["百分之九十九"] == "生铁合格率"
    assert label_of("开通直达成都") == "开通直达成都" and label_of("服务首都") == "服务首都"
    assert label_of("培养体育名将") == "培养体育名将"


def test_a_count_and_a_second_measure_of_the_same_things_take_their_name(registry):
    """建设9条、30.4公里城市绿道 (Weihai): the count's label was the bare act 建设; the things follow the second
    measure. A list of two things each with its own number keeps its labels (建设9条道路、30.4公里城市绿道)."""
    got = labels(registry, "建设9条、30.4公里城市绿道，有机接驳城市慢行系统。")
    assert got["9条"] == "建设城市绿道"
    got = labels(registry, "建设9条道路、30.4公里城市绿道。")
    assert got["9条"] != "建设城市绿道"


def test_a_count_then_another_counted_item_is_no_second_measure(registry):
    """引进项目123个，已开工84个，48家医美器械企业抱团入园发展 (Yulin): 48家 counts other things (another count unit,
    after ，), so 开工84个 does not take their name."""
    got = labels(registry, "引进项目123个，已开工84个，48家医美器械企业抱团入园发展。")
    assert "医美" not in got["84个"]
