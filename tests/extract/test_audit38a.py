"""Round 25 (r25a): the subjects of a label — a bare measure whose sector a clause or a run-in sentence before it
names. Real registry, real extractor; wordings of corpus
reports."""
from __future__ import annotations

from tests.extract.texts import labels


def test_a_bare_measure_takes_the_sector_the_clause_before_says_fared(registry):
    """民营经济发展加快，实现增加值5273.1亿元 (sichuan-2007), 第三产业蓬勃发展，增加值达到126亿元 (ningxia-2003),
    非公经济更加活跃，实现增加值8500亿元 (hunan-2011): the value added is the sector's, not a bare 增加值."""
    got = labels(registry, "民营经济发展加快，实现增加值5273.1亿元，增长21%。")
    assert (got["5273.1亿元"], got["21%"]) == (["民营经济增加值"], ["民营经济增加值"])
    assert labels(registry, "第三产业蓬勃发展，增加值达到126亿元。")["126亿元"] == ["第三产业增加值"]
    assert labels(registry, "非公经济更加活跃，实现增加值8500亿元。")["8500亿元"] == ["非公经济增加值"]
    assert labels(registry, "建筑业持续高速增长，增加值达到48.4亿元。")["48.4亿元"] == ["建筑业增加值"]


def test_a_bare_measure_after_a_developed_sector_framed_by_a_year_or_an_estimate(registry):
    """大力发展非公有制经济，预计增加值达到4946亿元 (heilongjiang-2011), 加速发展文化产业，实现营业收入520亿元
    (zhenjiang-2014), 以…为代表的高新技术产业快速发展，产值… (harbin-2012): the sector developed owns the figure."""
    assert labels(registry, "大力发展非公有制经济，预计增加值达到4946亿元。")["4946亿元"] == ["非公有制经济增加值"]
    assert labels(registry, "加速发展文化产业，实现营业收入520亿元。")["520亿元"] == ["文化产业营业收入"]
    got = labels(registry, "以电子信息、绿色食品为代表的高新技术产业快速发展，产值达到2452亿元。")
    assert got["2452亿元"] == ["高新技术产业产值"]


def test_a_run_in_topic_sentence_owns_the_bare_measure_after_it(registry):
    """服务业发展加快。实现增加值362.9亿元，增长9.9% (deyang-2014): the short sentence before names the sector."""
    got = labels(registry, "服务业发展加快。实现增加值362.9亿元，增长9.9%。")
    assert (got["362.9亿元"], got["9.9%"]) == (["服务业增加值"], ["服务业增加值"])

