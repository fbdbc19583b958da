"""Found, round 14 (stop 22): class thresholds the earlier rules missed and the places a benefit reaches (classes of
the found errors of audit-stop22-dev25; bench/README.md "Round 14: found (stop 22)"). Real registry, real extractor;
wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "二、2019年工作安排\n"


def test_households_classing_settlements_past_a_modifier(registry):
    """确保20户以上具备条件的自然村全部通上硬化路 (DEV25): the class of villages, with words ending 的 between. The
    road length stays; households helped (帮扶20户以上困难群众) stay counts."""
    got = facts(registry, PLAN + "年内完成农村公路改造提升4500公里，"
                "确保20户以上具备条件的自然村全部通上硬化路。\n", 2019)
    assert "4500公里" in got and "20户" not in got
    got = facts(registry, PLAN + "每名干部帮扶20户以上困难群众。全年搬迁30户以上。\n", 2019)
    assert "30户" in got


def test_area_classing_things_counted(registry):
    """5000平方米以上公园绿地达到177个, 新建5000平方米以上综合公园20个 (DEV25; corpus): the area sizes the things
    counted. An area built with no count after it (新建2万亩以上中药材基地) and an amount then a comma stay."""
    got = facts(registry, REVIEW + "5000平方米以上公园绿地达到177个。新建5000平方米以上综合公园20个。\n", 2019)
    assert "177个" in got and "20个" in got
    assert "5000平方米" not in got
    got = facts(registry, REVIEW + "新建2万亩以上中药材基地。新增绿地5000平方米以上，建成公园3个。\n", 2019)
    assert "2万亩" in got and "5000平方米" in got and "3个" in got


def test_scale_with_shang_classing_projects(registry):
    """建成…等投资上千万元的农业产业化重点项目12项 (DEV25): 上千万元 is the class, 12项 the count. One project's size
    and the total of a set of projects (近800个项目、投资规模上万亿元的重点项目库) stay."""
    got = facts(registry, REVIEW + "建成沅博肉牛肉羊屠宰、亚兰中草药饲料化利用等"
                "投资上千万元的农业产业化重点项目12项。\n", 2019)
    assert "12项" in got and "上千万元" not in got
    got = facts(registry, REVIEW + "建立了近800个项目、投资规模上万亿元的重点项目库。\n", 2019)
    assert "上万亿元" in got


def test_places_a_benefit_reaches_before_its_people(registry):
    """助推省内13个贫困县51万贫困人口实现脱贫, 覆盖336个行政村，新增受益人口40万 (DEV25): the places are the scope,
    the people the count (docs/records.md). Places reached with no people (覆盖全市107个村) and places built in stay."""
    got = facts(registry, REVIEW + "助推省内13个贫困县51万贫困人口实现脱贫。"
                "开展农村饮用水达标提标行动，覆盖336个行政村，新增受益人口40万。\n", 2019)
    assert "51万" in got and "40万" in got
    assert "13个" not in got and "336个" not in got
    got = facts(registry, REVIEW + "农村生活污水治理覆盖全市107个村。新建13个示范村，带动3000人就业。\n", 2019)
    assert "107个" in got and "13个" in got


def test_rate_over_places_with_the_place_word_between(registry):
    """全区14个市城镇居民基本医疗保险参保率达到70％以上 (round 13's list): 14个 is the rate's population even when the
    verb 达到 stands before the rate's value. A count built before the rate (建成44个断面，…) stays."""
    got = facts(registry, REVIEW + "抓好职工医疗保险，全区14个市城镇居民基本医疗保险参保率达到70％以上。\n", 2019)
    assert "70％" in got and "14个" not in got
    got = facts(registry, REVIEW + "新建44个监测断面，水质优良率达到90%。\n", 2019)
    assert "44个" in got and "90%" in got


def test_the_rule_a_policy_sets_per_couple(registry):
    """全面落实一对夫妇可生育两个孩子政策 (DEV25; 62 drafted in the corpus): the rule of a policy, not a count.
    Children counted (救助孤儿200个) stay."""
    got = facts(registry, PLAN + "全面落实一对夫妇可生育两个孩子政策。\n", 2019)
    assert "两个" not in got
    got = facts(registry, REVIEW + "新增托育位置200个，救助困境儿童300名。\n", 2019)
    assert "200个" in got and "300名" in got


def test_a_structure_named_by_the_sizes_of_its_parts(registry):
    """构建以中心城区为核心、三个县域城市为支撑、五条城镇带为纽带的“一主三副五带”格局 (round 13's list): the counts name
    the parts. A system a review says was formed (形成了以4个国家级园区为龙头、13个省级园区为支撑的园区体系) and
    parts built with no 格局/体系 after stay."""
    got = facts(registry, PLAN + "构建以中心城区为核心、三个县域城市为支撑、"
                "五条城镇带为纽带的“一主三副五带”全域城镇化格局。\n", 2019)
    assert "三个" not in got and "五条" not in got
    got = facts(registry, REVIEW + "形成了以4个国家级园区为龙头，13个省级园区为支撑的园区体系。"
                "新建3个物流园区，为商贸发展提供支撑。\n", 2019)
    assert "13个" in got and "3个" in got


def test_one_thing_each_member_does_with_fenbie(registry):
    """县级和各产业园区分别聚焦1至2个首位产业 (round 13's list), 各县区分别建设1-2个…项目: the rule per member. More
    than one each (各开发区分别引进3个项目) and members without 各/每 (东、西两区分别建成1个) stay."""
    got = facts(registry, PLAN + "县级和各产业园区分别聚焦1至2个首位产业重点突破。"
                "各县区分别建设1-2个产业扶贫重大项目。\n", 2019)
    assert "1至2个" not in got and "1-2个" not in got
    got = facts(registry, PLAN + "力争各开发区分别引进3个10亿元以上项目。东、西两区分别建成1个物流中心。\n", 2019)
    assert "3个" in got and "1个" in got
