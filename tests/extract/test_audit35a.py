"""Round 22 (stop 25, after TEST12 was measured): a label keeps the qualifier its text gives, and the figure of a part
of the place names the part. TEST12's readers marked labels that left out the whole a 其中 part is of, a 分别 list's
trailing head, a level class before a registry name, and a part of the place that opens its sentence. Real registry,
real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, REVIEW, facts


def review(registry, sentence):
    return facts(registry, REVIEW.format(sentence), 2011)


def plan(registry, sentence):
    return facts(registry, PLAN.format(sentence), 2023)


def test_a_part_after_其中_keeps_the_qualifier_of_the_whole(registry):
    """“小升规”企业1100家，其中工业企业485家 (huizhou-2019): the 485 are “小升规” industrial enterprises, not all
    industrial enterprises; 新增贷款2100亿元以上，其中制造业贷款360亿元以上 (jinhua-2025) are new loans."""
    got = review(registry, "推动市场主体发展壮大，“小升规”企业1100家，其中工业企业485家。")
    assert got["485家"].subject == "“小升规”工业企业"
    got = plan(registry, "深入实施融资畅通工程，新增贷款2100亿元以上，其中制造业贷款360亿元以上。")
    assert got["360亿元"].subject == "新增制造业贷款"
    # a part that names the whole already keeps its own label
    got = review(registry, "实际利用外资80亿美元，其中制造业实际利用外资18亿美元。")
    assert got["18亿美元"].indicator == "indicator/foreign-investment-utilised"


def test_items_of_a_list_take_the_measure_the_last_item_ends_with(registry):
    """黑恶“十类案件”、电信诈骗、传统侵财案件发案数分别下降36.1%、26.2%、20.2% (tongling-2025): each item's 发案数;
    小麦、玉米、大豆产量分别增长: each crop's 产量."""
    got = review(registry, "黑恶“十类案件”、电信诈骗、传统侵财案件发案数分别下降36.1%、26.2%、20.2%。")
    assert (got["36.1%"].subject, got["26.2%"].subject) == ("黑恶“十类案件”发案数", "电信诈骗发案数")
    got = review(registry, "小麦、玉米、大豆产量分别增长3%、5%、2%。")
    assert (got["3%"].subject, got["5%"].subject) == ("小麦产量", "玉米产量")


def test_a_level_class_before_a_registry_name_is_kept(registry):
    """省级以上农业龙头企业达243家 (zhangzhou-2024), 新认定市级以上农业龙头企业77家: the registry's concept is the
    broader one, so the label keeps the class and is proposed. 国家级高新技术企业 (huaian-2016) is the registry's own
    concept, there being no other level, and stays."""
    got = review(registry, "省级以上农业龙头企业达243家。")
    assert (got["243家"].subject, got["243家"].indicator.startswith("indicator/proposed-")) == (
        "省级以上农业龙头企业", True)
    assert review(registry, "国家级高新技术企业增加到246家。")["246家"].indicator == "indicator/high-tech-enterprises"


def test_a_part_of_the_place_opening_the_sentence_governs_its_clauses(registry):
    """今年县域规模以上工业增加值增长20%以上，财政总收入增长15%以上 (heilongjiang-2010): the counties' revenue; 年内，
    开发区引进省外资金和直接利用外资分别达到500亿元以上和9亿美元以上 (tangshan-2016): the zones' foreign investment."""
    got = plan(registry, "今年县域规模以上工业增加值增长20%以上，财政总收入增长15%以上。")
    assert got["15%"].subject == "县域财政总收入"
    got = plan(registry, "年内，开发区引进省外资金和直接利用外资分别达到500亿元以上和9亿美元以上。")
    assert got["9亿美元"].subject == "开发区直接利用外资"
    # the whole place named in the later clause keeps it
    got = plan(registry, "今年县域规模以上工业增加值增长20%以上，全省财政总收入增长10%以上。")
    assert got["10%"].subject == "财政总收入"
