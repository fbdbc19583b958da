"""Classes found by reading drafted facts by hand, round 8 of *found* (stop 20: the DEV5 sample of bench/audit.py,
seed 2005; bench/README.md "Round 8: found, numbers (stop 20)"; api/extract/quantities.py, facts.py). Real registry,
real extractor; wordings of corpus reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest

from tests.extract.texts import PLAN, REVIEW, drafted, facts

FIVE = "2023年测试市政府工作报告\n各位代表：\n一、2022年工作回顾\n去年经济增长5%。\n二、今后五年的主要任务\n{}\n"


@pytest.mark.parametrize("sentence, expected", [
    ("城乡低保标准由每人每月610元提升至640元。", {"640元": ("target", 2023)}),
    ("全市化工企业数量由现在的57个减少到40个。", {"40个": ("target", 2023)}),
    ("森林覆盖率由45%提高到46%。", {"46%": ("target", 2023)}),
])
def test_a_plans_starting_level_without_a_year_is_not_recorded(registry, sentence, expected):
    """docs/records.md: the level "now" in a one-year plan has no year of its own (round 8, *start-level*)."""
    assert drafted(registry, PLAN, sentence, 2023) == expected


@pytest.mark.parametrize("template, sentence, expected", [
    (PLAN, "今后五年，城镇化率由50%提高到60%。", {"50%": ("result", 2022), "60%": ("target", 2027)}),
    (PLAN, "森林覆盖率由2022年的45%提高到46%。", {"45%": ("result", 2022), "46%": ("target", 2023)}),
    (PLAN, "森林覆盖率由上年的45%提高到46%。", {"45%": ("result", 2022), "46%": ("target", 2023)}),
    (PLAN, "公交分担率从前年的22.04%提高至23.7%。", {"22.04%": ("result", 2021), "23.7%": ("target", 2023)}),
    (PLAN, "工资总量由2018年的13.8亿元增加到30.6亿元，人均月工资由478元增加到1060元。",
     {"13.8亿元": ("result", 2018), "30.6亿元": ("target", 2023), "478元": ("result", 2018),
      "1060元": ("target", 2023)}),
    (FIVE, "城镇化率由50%提高到60%。", {"5%": ("result", 2022), "50%": ("result", 2022), "60%": ("target", 2027)}),
])
def test_a_plans_starting_level_with_a_written_or_implied_year_stays(registry, template, sentence, expected):
    """今后五年…由X提高到Y (a marker, or the part's heading): the year before the span; a written year stays."""
    assert drafted(registry, template, sentence, 2023) == expected


@pytest.mark.parametrize("sentence, kept", [
    ("实现工业总产值 220.57 亿元，增长15%。", ["220.57 亿元", "15%"]),      # a space before the scale word
    ("实现工业总产值220.57亿 元。", ["220.57亿 元"]),                        # a space before the unit word
    ("办理政协委员提案 158件。", ["158件"]),
    ("完成投资 12.5亿元。", ["12.5亿元"]),
])
def test_a_value_written_with_a_space_is_drafted(registry, sentence, kept):
    """One space between the digits and the scale or unit word (吕梁 2016, 拉萨 2003) does not part the value."""
    assert list(drafted(registry, REVIEW, sentence, 2011)) == kept


@pytest.mark.parametrize("sentence, value", [
    ("全省财政收入达到七百零四亿元。", ("七百零四亿元", 70400000000)),
    ("全省财政收入达到三千二百亿元。", ("三千二百亿元", 320000000000)),
    ("完成投资五千万元。", ("五千万元", 50000000)),
    ("粮食总产量三千吨。", ("三千吨", 3000)),
    ("新建学校三所。", ("三所", 3)),
    ("五年共培养大学毕业生五万一千三百人。", ("五万一千三百人", 51300)),
    ("农村新建住宅一亿六千万平方米。", ("一亿六千万平方米", 160000000)),
    ("生猪出栏数达到一千零二十九万头。", ("一千零二十九万头", 10290000)),
])
def test_an_old_chinese_numeral_is_read_whole(registry, sentence, value):
    """Numerals of the old national style (七百零四亿元, 五万一千三百人) are read whole, not from their last digits."""
    got = facts(registry, REVIEW.format(sentence), 2011)
    assert [(v, f.quantity.minimum) for v, f in got.items()] == [value]


@pytest.mark.parametrize("sentence, kept", [
    ("增加科技三项费用500万元。", ["500万元"]),
    ("504线五十家子至新惠段改造完成，省道220线改造工程竣工。", []),
    ("三家子村建成示范村。", []),
    ("提高残疾人两项补贴标准，发放残疾人两项补贴1.2亿元。", ["1.2亿元"]),
    # look-alikes: counts of things done
    ("新设五家子公司。", ["五家"]),
    ("新增三项补贴政策。", ["三项"]),
    ("完成五项工程。", ["五项"]),
    ("新建3项补贴发放平台，新增50家企业。", ["3项", "50家"]),
    ("建设陕北百万千瓦风电基地。", []),                   # 百万千瓦 names the base's class, as before
])
def test_a_numeral_inside_a_name_is_no_quantity(registry, sentence, kept):
    """A Chinese numeral inside a proper name: before 家子 (a village), N项 + 费用/补贴 (a fixed name of funds)."""
    assert list(drafted(registry, REVIEW, sentence, 2011)) == kept
