"""Round 23 (after TEST12 and TEST13): the figures of a NAMED part of the place (a new area, a zone, a park, the
生产建设兵团) that is the topic of its sentence or paragraph are the part's, not the place's: their label names the
part. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, REVIEW, facts


def review(registry, text):
    return facts(registry, REVIEW.format(text), 2011)


def plan(registry, text):
    return facts(registry, PLAN.format(text), 2023)


def test_a_named_part_opening_the_sentence_governs_its_clauses(registry):
    """科技创新城新开发4平方公里，完成投资50亿元 (haerbin-2012); 雨溆工业园5个月引进企业9家、投资2.83亿元
    (huaihua-2023): the part's investment, not the city's."""
    got = plan(registry, "科技创新城新开发4平方公里，完成投资50亿元，确保新开工项目面积80万平方米。")
    assert got["50亿元"].subject == "科技创新城投资"
    got = review(registry, "雨溆工业园5个月引进企业9家、投资2.83亿元，合力推动园区新样板模式获省政府通报表扬。")
    assert got["2.83亿元"].subject == "雨溆工业园投资"
    # a later clause naming the whole place is the place's
    got = plan(registry, "科技创新城新开发4平方公里，全市完成投资500亿元。")
    assert got["500亿元"].subject == "投资"
    # …nor a later clause naming its own subjects (湘潭经开区获批国家级绿色园区，吉利汽车、五洲通等8家企业…:
    # xiangtan-2022)
    got = review(registry, "湘潭经开区获批国家级绿色园区，吉利汽车、五洲通等8家企业获批国家级绿色工厂。")
    assert "湘潭经开区" not in got["8家"].subject


def test_a_named_part_a_heading_names_owns_the_paragraph_s_figures(registry):
    """（二）加快滨海新区开发开放… / …生产总值增长23%，…地方财政收入增长31% (tianjin-2009); 十二、加快兵团经济社会发展…
    / 生产建设兵团要…。预期生产总值增长10%，…进出口总额增长13.3% (xinjiang-2006)."""
    got = review(registry, "（二）加快滨海新区开发开放，龙头带动作用明显增强\n"
                           "我们坚持把加快滨海新区开发开放作为全市工作的重中之重，滨海新区进入全面开发建设新阶段。"
                           "生产总值增长23%，地方财政收入增长31%。")
    assert (got["23%"].subject, got["31%"].subject) == ("滨海新区生产总值", "滨海新区地方财政收入")
    got = plan(registry, "十二、加快兵团经济社会发展，努力提高职工生活水平\n"
                         "生产建设兵团要保证粮食生产，依托城市加快工业园区建设。预期生产总值增长10%，进出口总额增长13.3%。")
    assert (got["10%"].subject, got["13.3%"].subject) == ("生产建设兵团生产总值", "生产建设兵团进出口总额")


def test_a_named_part_the_first_sentence_is_on_owns_the_paragraph_s_figures(registry):
    """着力增强兰州新区产业集聚功能。…力争完成固定资产投资200亿元，实现生产总值100亿元 (lanzhou-2012); 五年来，全市上下
    大力开发建设兰州新区，…。累计完成投资1986.58亿元 (lanzhou-2017). A later sentence naming the whole place keeps its
    figures the place's, as does a paragraph the part is only the occasion of."""
    got = plan(registry, "着力增强兰州新区产业集聚功能。完成造林绿化3.5万亩。"
                         "力争完成固定资产投资200亿元，实现生产总值100亿元。")
    assert (got["200亿元"].subject, got["100亿元"].subject) == ("兰州新区固定资产投资", "兰州新区生产总值")
    got = facts(registry, "2017年测试市政府工作报告\n各位代表：\n一、过去五年工作回顾\n"
                          "五年来，全市上下大力开发建设兰州新区，一个产业新城正在快速崛起。累计完成投资1986.58亿元。\n"
                          "二、2017年主要工作\n今年要继续努力。\n", 2017)
    assert got["1986.58亿元"].subject == "兰州新区投资"
    got = plan(registry, "着力增强兰州新区产业集聚功能。全市生产总值增长8%，完成造林绿化3.5万亩。")
    assert got["3.5万亩"].subject == "造林绿化"
    # a part that is the occasion of a paragraph on the whole place (以滨海新区综合配套改革为契机，带动全市…:
    # tianjin-2007)
    got = plan(registry, "以滨海新区综合配套改革为契机，带动全市经济体制改革。推进国有大中型企业股份制改造，"
                         "市属国有企业的改制面达到90%以上。")
    assert got["90%"].subject == "市属国有企业的改制面"

