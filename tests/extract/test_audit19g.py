"""Kind and period, round 5 (stop 19; classes read on DEV9 of bench/audit.py, seed 1909, and the earlier development
samples; bench/README.md "Round 5: period and kind"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts, when


def test_a_plan_named_as_the_base_of_a_change_is_not_the_span(registry):
    """是“十二五”末的1.55倍 in the 十三五 review (Anshun 2021) and 较“十三五”末 (Lanzhou 2026) name the base of a
    change: the span is the next plan's years; 由“十五”末的40% in a 2006 plan (Shanxi) is the level of 2005 and
    到2010年 sets the target's year. A plan's own end (到“十四五”末) is still the target's year."""
    text = HEAD.format(year=2021) + (
        "一、2020年和“十三五”工作回顾\n"
        "“十三五”时期，全市地区生产总值达966.74亿元，是“十二五”末的1.55倍，年均增长9.2%；固定资产投资年均增长5.7%。\n"
        "二、“十四五”时期主要目标\n到“十四五”末，常住人口城镇化率达到65%。\n")
    got = facts(registry, text, 2021)
    assert when(got["5.7%"]) == ("result", 2016, 2020)
    assert when(got["9.2%"]) == ("result", 2016, 2020)
    assert when(got["65%"]) == ("target", 2025, None)
    text = HEAD.format(year=2006) + (
        "一、2006年工作安排\n"
        "到2010年，矿区煤炭资源回采率由“十五”末的40%提高到60%以上，全省原煤年产量控制在7亿吨左右。\n")
    got = facts(registry, text, 2006)
    assert when(got["7亿吨"]) == ("target", 2010, None)
    assert when(got["40%"]) == ("result", 2005, None)


def test_a_starting_level_is_dated_to_its_year(registry):
    """docs/records.md (stop 19): a starting level is recorded with the year written (由2010年的42.5%), else the year
    before the span its paragraph reviews (五年来…从126家增加到467家: 2015, as curated national-2018); a plan's level
    now (由每人每月165元提高到…) is not recorded (stop 20, round 8). A one-year review gives it no year: not
    recorded (由33%上升至40%; stop 20, test_audit20f.py)."""
    text = HEAD.format(year=2021) + (
        "一、“十三五”时期工作回顾\n"
        "五年来，国家高新技术企业从126家增加到467家，科技进步贡献率由2010年的42.5%提高到50.3%。\n"
        "二、2021年工作安排\n城乡居民基础养老金由每人每月165元提高到200元。\n")
    got = facts(registry, text, 2021)
    assert when(got["126家"]) == ("result", 2015, None)
    assert when(got["467家"]) == ("result", 2020, None)
    assert when(got["42.5%"]) == ("result", 2010, None)
    assert "165元" not in got      # a plan's level "now" with no year: not recorded (round 8, test_audit21g.py)
    assert when(got["200元"]) == ("target", 2021, None)
    text = HEAD.format(year=2020) + "一、2019年工作回顾\n全市城镇化率由33%上升至40%。\n"
    got = facts(registry, text, 2020)
    assert "33%" not in got and when(got["40%"]) == ("result", 2019, None)


def test_a_lead_paragraph_opens_the_span_of_the_paragraphs_after_it(registry):
    """各位代表，过去的五年，是…具体成效如下： then （一）…（五）… (Guyuan 2021), 各位代表，“十三五”时期是… then 一、…
    (Shannan 2021): what was done in those paragraphs adds up over the span, until a paragraph opens another year
    (各位代表，刚刚过去的2020年) or announces the year's work (主要做了以下几个方面工作：)."""
    text = HEAD.format(year=2021) + (
        "“十三五”及2020年工作回顾\n"
        "各位代表，过去的五年，是全市蓄势储能大追赶的五年。具体成效如下：\n"
        "（一）创新发展渐入人心。新增9家产值亿元以上工业企业。\n"
        "（二）共享成果温暖人心。累计办理民生实事79件。\n"
        "各位代表，刚刚过去的2020年令人难忘。\n"
        "（一）项目建设。新增12家规模以上工业企业。\n")
    got = facts(registry, text, 2021)
    assert when(got["9家"]) == ("result", 2016, 2020)
    assert when(got["79件"]) == ("result", 2016, 2020)
    assert when(got["12家"]) == ("result", 2020, None)
    text = HEAD.format(year=2022) + (
        "一、过去五年及2021年工作回顾\n"
        "——五年来，我们积极应对经济下行压力，建设高标准农田120万亩。\n"
        "主要做了以下几个方面工作：\n"
        "一是农业经济提质增效。建设高标准农田35.1万亩。\n")
    got = facts(registry, text, 2022)
    assert when(got["120万亩"]) == ("result", 2017, 2021)
    assert when(got["35.1万亩"]) == ("result", 2021, None)


def test_what_was_phased_out_over_a_span_adds_up_and_public_budgets_are_stocks(registry):
    """五年来…淘汰黄标车及老旧车31.2万辆 (Shenzhen 2016) is a count over 2011–2015; 一般公共预算收入达到1114.5亿元 is a
    level of the last year (共 of 公共 is no 共完成), and so is a streak (连续三届获评, “四连冠”)."""
    text = HEAD.format(year=2016) + (
        "一、“十二五”时期工作回顾\n"
        "五年来，我们着力建设美丽城市，淘汰黄标车及老旧车31.2万辆，一般公共预算收入达到1114.5亿元。"
        "连续三届获评全国社会治安综治优秀城市，荣获全国文明城市“四连冠”。\n")
    got = facts(registry, text, 2016)
    assert when(got["31.2万辆"]) == ("result", 2011, 2015)
    assert when(got["1114.5亿元"]) == ("result", 2015, None)
    streaks = [f for f in got.values() if f.quantity.start > text.find("连续")]
    assert streaks and all(when(f) == ("result", 2015, None) for f in streaks)   # a streak is a level (Xiamen 2017)


def test_a_later_year_written_in_a_plan_is_the_targets_year(registry):
    """2026年，肉牛饲养量103万头 (Pingliang 2022) and 力争至2016年…达9000亿元 (Quanzhou 2012) are targets of 2026 and
    2016; the report's own year written so is its year."""
    text = HEAD.format(year=2022) + (
        "一、2022年工作安排\n"
        "加快建设肉牛育种核心区，2026年，肉牛饲养量103万头、出栏40.5万头。\n"
        "2022年，新增规模以上工业企业30家。\n")
    got = facts(registry, text, 2022)
    assert when(got["103万头"]) == ("target", 2026, None)
    assert when(got["40.5万头"]) == ("target", 2026, None)
    assert when(got["30家"]) == ("target", 2022, None)
    text = HEAD.format(year=2012) + "一、2012年工作安排\n力争至2016年，战略性新兴产业产值达9000亿元。\n"
    got = facts(registry, text, 2012)
    assert when(got["9000亿元"]) == ("target", 2016, None)
