"""Recall, round 14 (stop 22; bench/README.md "Round 14: recall (stop 22)"): what round 13 left of its classes — the
starting level of a ratio to one (由2.95:1缩小到…) still drafted, and the uneven measure of a fraction or amount made
smaller (缩短三分之一 read as a share, 压缩三分之一 as a decrease). Real registry, real extractor; corpus wordings."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"


def test_ratio_to_one_starting_level_not_recorded(registry):
    """城乡居民收入比由2.95:1缩小到2.69:1 in a one-year review: the starting level has no year (docs/records.md, not
    recorded) and the level reached is the ratio's (the colon between digits ends no clause: not labelled “1”)."""
    got = facts(registry, REVIEW + "城乡居民收入比由2.95:1缩小到2.69:1。\n", 2019)
    assert set(got) == {"2.69"}
    assert got["2.69"].subject == "城乡居民收入比" and got["2.69"].reading.measure == "level"


def test_ratio_to_one_starting_level_with_its_year_kept(registry):
    """由2013年的2.95:1缩小到2.69:1: the year is written, so the starting level is recorded as 2013's (negative)."""
    got = facts(registry, REVIEW + "城乡居民收入比由2013年的2.95:1缩小到2.69:1。\n", 2019)
    assert set(got) == {"2.95", "2.69"}
    assert got["2.95"].period == 2013 and got["2.95"].subject == "城乡居民收入比"


def test_colon_not_between_digits_still_ends_a_clause(registry):
    """主要指标：地区生产总值增长6.5%: a colon after words still ends the clause (negative of the ratio colon)."""
    got = facts(registry, REVIEW + "全年主要指标：地区生产总值增长6.5%，规模以上工业增加值增长7%。\n", 2019)
    assert got["6.5%"].subject == "地区生产总值" and got["7%"].subject == "规模以上工业增加值"


def test_made_shorter_is_a_decrease(registry):
    """审批时间缩短三分之一 (as 压缩三分之一, 减少三分之一): a growth down, not a share; 缩短5个工作日 an absolute
    change down (as 减少3万吨); 缩短至2个工作日 and 缩小到2.5倍 stay the level reached (negative)."""
    got = facts(registry, REVIEW + "审批时间缩短三分之一。会议文件压缩三分之一。项目审批时间缩短5个工作日。"
                "企业开办时间缩短至2个工作日。城乡居民收入差距缩小到2.5倍。\n", 2019)
    short = [f for f in facts(registry, REVIEW + "审批时间缩短三分之一。\n", 2019).values()]
    assert [(f.reading.measure, f.reading.direction, f.reading.direction_written) for f in short] == [
        ("growth", "decrease", "缩短")]
    assert got["5个工作日"].reading.measure == "change" and got["5个工作日"].reading.direction == "decrease"
    assert got["2个工作日"].reading.measure == "level" and got["2个工作日"].reading.direction == ""
    assert got["2.5倍"].reading.measure == "ratio"
