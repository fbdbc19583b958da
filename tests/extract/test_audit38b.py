"""Round 25b (found and direction): bare numbers listed before the rate unit the last one writes, the differences
from other places' or indicators' levels such lists give, a class threshold with a bracketed alternative, the
departments counted items belong to, and 万方 of floor area. Real registry, real extractor; wordings of corpus
reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts, labels


def readings(registry, sentence: str) -> dict[str, tuple[str, str]]:
    """The measure and direction of each value drafted from one review sentence, by value as written."""
    drafted = facts(registry, REVIEW.format(sentence), 2011)
    return {v: (f.reading.measure, f.reading.direction) for v, f in drafted.items()}


def test_bare_numbers_listed_before_a_rate_unit_share_it(registry):
    """电解铝和稀土钢深加工占比分别提高7.3和5个百分点 (baotou-2015), …分别较上年提高1.7、3.7和3.8个百分点 (huzhou-2023):
    each number is a change of its own item, with the direction of 提高; read alone the first were lost and the last
    had no direction. So 分别增长7.3和5% is two growths."""
    got = readings(registry, "电解铝和稀土钢深加工占比分别提高7.3和5个百分点。")
    assert got == {"7.3": ("change", "increase"), "5个百分点": ("change", "increase")}
    got = readings(registry, "战略性新兴产业、高新技术产业、装备制造业增加值占比分别较上年提高1.7、3.7和3.8个百分点。")
    assert got == {"1.7": ("change", "increase"), "3.7": ("change", "increase"), "3.8个百分点": ("change", "increase")}
    assert readings(registry, "城镇和农村居民收入分别增长7.3和5%。") == {"7.3": ("growth", "increase"),
                                                                          "5%": ("growth", "increase")}
    assert labels(registry, "全州高考特控和本科上线率分别提高6.36、8.91个百分点。")["8.91个百分点"] == ["本科上线率"]


def test_listed_differences_from_other_places_or_indicators_are_not_recorded(registry):
    """分别比全国高0.2、0.9、0.1个百分点 (sichuan-2023, drafted as three facts of 0.1), 分别低于全国、全省1.01和1.54个
    百分点, 分别高于一、二产业增速5.4和2.3个百分点: differences from another place's or indicator's level
    (docs/records.md), also when the places, the others or the values are listed."""
    got = readings(registry, "规模以上工业增加值、固定资产投资、社会消费品零售总额增速分别比全国高0.2、0.9、0.1个"
                             "百分点，进出口增长6.1%。")
    assert set(got) == {"6.1%"}
    assert set(readings(registry, "城镇登记失业率为2.65％，分别低于全国、全省1.01和1.54个百分点。")) == {"2.65％"}
    assert set(readings(registry, "服务业增加值增长10.7％，分别高于一、二产业增速5.4和2.3个百分点。")) == {"10.7％"}


def test_a_class_threshold_with_a_bracketed_alternative_is_no_quantity(registry):
    """其中10亿元（或1亿美元）以上重大产业项目88个 (a corpus report of 2024): both amounts bound the class of projects
    counted; 88个 is recorded."""
    got = readings(registry, "签约引进1亿元以上项目428个，其中10亿元（或1亿美元）以上重大产业项目88个。")
    assert set(got) == {"428个", "88个"}


def test_the_departments_counted_items_belong_to_are_no_count(registry):
    """29个部门的416项行政审批事项在政务大厅统一办理, 39个部门的571项事项接入市民网页: the departments group the matters
    counted (docs/records.md, the kinds or areas a second count falls into); 416项 and 571项 are recorded. 调整了…等
    7个部门的管理体制 (no second count) stays."""
    assert set(readings(registry, "29个部门的416项行政审批事项在政务大厅统一办理。")) == {"416项"}
    assert set(readings(registry, "39个部门的571项事项接入市民网页。")) == {"571项"}
    assert set(readings(registry, "调整了交通、水务、园林绿化等7个部门的管理体制。")) == {"7个"}


def test_wanfang_of_floor_area_is_square_metres(registry):
    """新增孵化空间400万方, 建成25万方标准厂房: 方 is the spoken 平方米 of a building's floor; 清淤1254万方 and
    天然气产量42亿方 stay cubic metres."""
    from api.extract.quantities import scan
    for text, meant in (("新增孵化空间400万方，", "平方米"), ("建成25万方标准厂房，", "平方米"),
                        ("河道清淤1254万方、", ""), ("天然气产量42亿方。", "")):
        (q,) = scan(text, 0, len(text))
        assert (q.unit, q.meant) == ("方", meant)


def test_a_band_of_sizes_before_the_projects_counted_is_no_quantity(registry):
    """各引进1个以上超百亿元项目、1个50亿~100亿元项目 (jiaxing-2020), 扎实推进28个投资5亿元至10亿元重点项目: both
    ends of the band class the projects counted; a band closing its clause (完成投资10亿至50亿元。) stays."""
    assert set(readings(registry, "扎实推进28个投资5亿元至10亿元重点项目。")) == {"28个"}
    assert set(readings(registry, "新培育营收50亿-100亿元企业5家。")) == {"5家"}
    assert set(readings(registry, "完成投资10亿至50亿元。")) == {"10亿", "50亿元"}


def test_principles_named_by_their_number_in_quotes_are_no_count(registry):
    """坚定贯彻两个“毫不动摇”方针 (heilongjiang-2005; the slogan was read within four characters only, so 毫不动摇 never
    matched), 严格落实教育经费两个“只增不减”要求 (dingxi-2025): a set of principles named by its size (docs/records.md);
    two campaigns carried out (开展冬夏旅游两个“百日行动”) stay a count."""
    assert readings(registry, "坚定贯彻两个“毫不动摇”方针，加快发展非公有制经济。") == {}
    assert readings(registry, "严格落实教育经费两个“只增不减”要求。") == {}
    assert set(readings(registry, "深入开展冬夏旅游两个“百日行动”。")) == {"两个"}


def test_a_comparative_after_a_growth_noun_gives_the_direction(registry):
    """对照“十二五”规划目标，…增速分别低0.8和3.7个百分点 (jian-2016): 低 says the rates are lower, not the 增 of 增速
    (read as an increase once the shared unit made 0.8 a value); 增速高3.7个百分点 is an increase."""
    got = readings(registry, "对照“十二五”规划目标，全市固定资产投资、社会消费品零售总额增速分别低0.8和3.7个百分点。")
    assert got == {"0.8": ("change", "decrease"), "3.7个百分点": ("change", "decrease")}
    assert readings(registry, "社会消费品零售总额增速低3.7个百分点。") == {"3.7个百分点": ("change", "decrease")}
