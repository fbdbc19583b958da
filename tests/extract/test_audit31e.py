"""Periods, round 18e (stop 24): a later year opening a clause of a plan (zhangye-2016, corpus seed 3332). Real
registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

PLAN = HEAD.format(year=2016) + "二、2016年工作安排\n"
REVIEW = HEAD.format(year=2014) + "一、2013年工作回顾\n"


def test_a_later_year_opening_a_clause_of_a_plan(registry):
    """生产总值年均增长8.5%，…，2020年达到600亿元，人均GDP接近5万元 (zhangye-2016): the level is the year's that
    opens the clause, and the clauses after it in the sentence; the growth before it stays the plan's span."""
    got = facts(registry, PLAN + "生产总值年均增长8.5%，提前2年实现比2010年翻一番目标，2020年达到600亿元，"
                "人均GDP接近5万元。\n", 2016)
    assert (got["600亿元"].period, got["5万元"].period) == (2020, 2020)
    assert (got["8.5%"].period, got["8.5%"].period_end) == (2016, 2020)


def test_a_list_of_years_with_fenbie_is_no_span(registry):
    """1995年、2000年粮食总产量分别达到…: a list of years whose values follow 分别 is no span of the plan; a year
    that opens a comparison (，2015年比…) neither."""
    plan = HEAD.format(year=1991) + "二、1991年工作安排\n"
    got = facts(registry, plan + "发展粮食生产，1995年、2000年粮食总产量分别达到300万吨和350万吨。\n", 1991)
    assert got["300万吨"].period_end is None and got["350万吨"].period_end is None
    got = facts(registry, PLAN + "推进工业转型，2020年比2015年工业增加值增长50%。\n", 2016)
    assert got["50%"].period_end is None


def test_a_year_opening_a_clause_of_a_review_is_no_plan(registry):
    """In a review the opening later-year rule does not apply: 2015年 opening a clause stays that year."""
    head = HEAD.format(year=2016) + "一、2015年工作回顾\n"
    got = facts(registry, head + "经济平稳增长，2015年全市生产总值达到1200亿元。\n", 2016)
    assert got["1200亿元"].period_end is None


def test_an_opening_year_ends_with_its_item(registry):
    """…，2023年除涉铁工程外全面完工；…整治城区道路46处易涝点 (zhengzhou-2022): the later year is its item's; the
    next item of the year's plan stays the year's."""
    got = facts(registry, HEAD.format(year=2022) + "二、2022年工作安排\n金水河综合整治工程全面开工，2023年除涉铁工程外"
                "全面完工；整治城区道路46处易涝点。\n", 2022)
    assert (got["46处"].period, got["46处"].period_end) == (2022, None)


def test_one_value_of_two_rates_is_two_facts(registry):
    """办结率和满意率均达到100%, 农残检测覆盖率和合格率均为100%, 开工率和基本建成率 (TEST10: one value shared by two
    indicators drafted once): one fact per rate, the later rate with the first's modifier when it has none of its
    own; 普及率's 及 joins nothing; a rate of its own (垃圾无害化处理率) keeps its words."""
    def labels(sentence):
        return [f.subject for f in drafted_facts(registry, REVIEW + sentence + "\n")]
    assert labels("人大代表建议和政协提案办结率和满意率均达到100%。")[-2:] == ["人大代表建议和政协提案办结率",
                                                                  "人大代表建议和政协提案满意率"]
    assert labels("大型超市农残检测覆盖率和合格率均为100%。") == ["大型超市农残检测覆盖率", "大型超市农残检测合格率"]
    assert labels("保障性安居工程的开工率和基本建成率均达到100%。")[1] == "保障性安居工程的基本建成率"
    assert labels("城乡社区卫生服务普及率和人口覆盖率均达到100%。") == ["城乡社区卫生服务普及率",
                                                                 "城乡社区卫生服务人口覆盖率"]
    assert labels("城市污水处理率和垃圾无害化处理率均达到90%以上。") == ["城市污水处理率", "垃圾无害化处理率"]
    assert labels("城镇化率和森林覆盖率分别达到55%和40%。") == ["城镇化率", "森林覆盖率"]
    assert len(labels("新建学校和幼儿园20所。")) == 1
    assert labels("人大代表建议、政协提案按时办复率和规范化率达100%。")[1] == "人大代表建议、政协提案规范化率"
    assert labels("按期办结率、见面答复率、满意率和基本满意率均达到100%。") == ["按期办结率", "见面答复率", "满意率",
                                                                  "基本满意率"]


def drafted_facts(registry, text):
    from api.extract.draft import draft
    return draft(text, "ceshi-2014", registry, year=2014, place="place/ceshi", level="city").facts


def test_a_part_of_the_place_with_its_own_figure(registry):
    """高新区实现地区生产总值120亿元 (the zone's, not the city's GDP), 综合保税区要加快发展，进出口总额达到30亿美元
    (TEST10: a part of the place not named): the part stays in the label, the indicator a new concept; 全市实现地区
    生产总值 stays the place's."""
    got = facts(registry, REVIEW + "高新区实现地区生产总值120亿元，增长15%。\n", 2014)
    assert got["120亿元"].subject == "高新区地区生产总值" and got["120亿元"].indicator != "indicator/gdp"
    got = facts(registry, PLAN + "综合保税区要加快发展，进出口总额达到30亿美元。\n", 2016)
    assert got["30亿美元"].subject == "综合保税区进出口总额"
    got = facts(registry, REVIEW + "全市实现地区生产总值1200亿元。\n", 2014)
    assert got["1200亿元"].indicator == "indicator/gdp"


def test_a_label_holds_no_other_value(registry):
    """130个产业项目完成投资214.8亿元 (TEST10: the count's label held the next value), 石楼吕粮山猪20万头仔猪+30万头
    育肥猪: a label read from after the value stops before the next value and its clause's act."""
    got = facts(registry, REVIEW + "24个省重点项目完成投资100亿元以上，130个产业项目完成投资214.8亿元。\n", 2014)
    assert (got["24个"].subject, got["130个"].subject) == ("省重点项目", "产业项目")
    assert got["214.8亿元"].subject == "产业项目完成投资"
    got = facts(registry, PLAN + "重点推进石楼吕粮山猪20万头仔猪+30万头育肥猪等养殖项目。\n", 2016)
    assert got["20万头"].subject == "石楼吕粮山猪仔猪"


def test_a_capacity_after_a_listed_name(registry):
    """万向30万吨汽车零部件、弘锦鑫20万吨铝合金材料…等项目上半年开工建设 (TEST10), 交口东方希望100万头生猪: the
    capacity is of the product after it, named with the company before it, not of the list before."""
    got = facts(registry, PLAN + "万向30万吨汽车零部件、弘锦鑫20万吨铝合金材料等项目上半年开工建设。\n", 2016)
    assert got["20万吨"].subject == "弘锦鑫铝合金材料"
    got = facts(registry, PLAN + "重点推进交口东方希望100万头生猪项目。全年出栏生猪500万头。\n", 2016)
    assert got["100万头"].subject == "交口东方希望生猪" and got["500万头"].subject == "出栏生猪"


def test_people_counted_without_ren_after_another_value(registry):
    """城镇登记失业率控制在4.5％左右，为70万城镇困难群众提供了最低生活保障 (TEST10: labelled the unemployment rate):
    a number of people written without 人 counts the people after it."""
    got = facts(registry, REVIEW + "城镇登记失业率控制在4.5％左右，为70万城镇困难群众提供了最低生活保障。\n", 2014)
    assert got["70万"].indicator != got["4.5％"].indicator and "城镇困难群众" in got["70万"].subject


def test_how_early_or_how_long_names_no_thing(registry):
    """提前一年半实现66157名建档立卡贫困人口脱贫 (TEST8: labelled 提前一年半), 连续24个月保持20%以上增长 (TEST10:
    labelled 连续24个月): how early or how long a thing happened is no label; the people after the count, or the
    thing of the clause before, are."""
    got = facts(registry, REVIEW + "提前一年半实现66157名建档立卡贫困人口脱贫。\n", 2014)
    assert got["66157名"].subject == "建档立卡贫困人口脱贫"
    got = facts(registry, REVIEW + "规模以上工业增加值增长21%，连续24个月保持20%以上增长。\n", 2014)
    assert got["20%"].indicator == got["21%"].indicator
