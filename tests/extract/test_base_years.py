"""Stop 27 (TEST14): the year of a base level written with 比/较 (比1997年的447亿元增长81.7%: the base is 1997's
level, docs/records.md "a starting level ... with its year written"), and a plan's later year set inside the clause
before the verb of its aim (全国人口2000年要控制在13亿以内, national-1996: a target of 2000, labelled 人口). Real
registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, REVIEW, TERM, facts


def test_a_base_level_with_its_year_is_that_years(registry):
    got = facts(registry, TERM.format("全社会固定资产投资812亿元，比1997年的447亿元增长81.7%，年均增长12.7%。"), 2011)
    assert (got["447亿元"].kind, got["447亿元"].period, got["447亿元"].period_end) == ("result", 1997, None)
    assert got["812亿元"].period == 2010
    got = facts(registry, REVIEW.format("城镇新增就业5.1万人，较2005年的3.2万人增加1.9万人。"), 2011)
    assert got["3.2万人"].period == 2005


def test_a_plans_year_before_the_verb_of_its_aim(registry):
    got = facts(registry, PLAN.format("全国人口2030年要控制在15亿以内，2040年要控制在16亿以内。"), 2023)
    assert (got["15亿"].kind, got["15亿"].period) == ("target", 2030)
    assert (got["16亿"].kind, got["16亿"].period) == ("target", 2040)
    assert got["15亿"].proposed == "人口"


def test_the_aims_words_that_are_no_year_stay(registry):
    """主要, 需要 are not the 要 of an aim; a plan's figure with no later year is of the plan's year."""
    got = facts(registry, PLAN.format("主要污染物排放总量需要下降2%。"), 2023)
    assert got["2%"].period == 2023
