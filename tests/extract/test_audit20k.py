"""Kind and period, round 7 (stop 20; classes read on DEV2 of stop 20, seed 2002, and the blind samples of stop 19;
bench/README.md "Round 7: kind (stop 20)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts, when


def test_a_paragraph_opening_with_the_reviewed_year_does_not_open_the_plan(registry):
    """一、2013年工作回顾 / 2013年，…圆满实现全年经济社会发展主要预期目标 (Taiyuan 2014; 2009年，是…最为困难的一年…
    主要预期目标…全面完成, Zhejiang 2010): the review goes on, its figures are 2013's. The report's own year or 今年
    with the targets still opens the plan."""
    review = ("一、2013年工作回顾\n2013年，全市积极应对挑战，圆满实现全年经济社会发展主要预期目标。\n"
              "——经济运行稳中向好。完成地区生产总值2412.87亿元，增长8.1%。\n")
    plan = "二、2014年工作安排\n主要预期目标是：地区生产总值增长9%左右。\n"
    got = facts(registry, HEAD.format(year=2014) + review + plan, 2014)
    assert when(got["2412.87亿元"]) == ("result", 2013, None)
    assert when(got["9%"]) == ("target", 2014, None)
    for opening in ("2014年，全市经济社会发展的主要预期目标是：", "今年经济社会发展的主要预期目标是："):
        got = facts(registry, HEAD.format(year=2014) + "过去一年，地区生产总值完成2412.87亿元。\n"
                    + opening + "地区生产总值增长9%左右。\n", 2014)
        assert when(got["2412.87亿元"]) == ("result", 2013, None)
        assert when(got["9%"]) == ("target", 2014, None)


def test_a_title_saying_the_targets_were_completed_reviews_a_pledge_does_not(registry):
    """一、海峡西岸经济区建设全面展开 “十五”目标任务胜利完成 (Fujian 2006) reviews 2005; 二、凝心聚力，确保全年目标任务
    全面完成 is the plan's pledge."""
    text = HEAD.format(year=2006) + (
        "一、海峡西岸经济区建设全面展开 “十五”目标任务胜利完成\n"
        "一年来的主要工作和成效是：全省农林牧渔业总产值增长4.6%。\n"
        "二、凝心聚力，确保全年目标任务全面完成\n全省农林牧渔业总产值增长4%。\n")
    got = facts(registry, text, 2006)
    assert when(got["4.6%"]) == ("result", 2005, None)
    assert when(got["4%"]) == ("target", 2006, None)


TERSE = ("一、挖增量、提质量，经济持续快速发展\n全州实现地区生产总值233.99亿元，增长10.2%。加快推进项目建设，"
         "加强招商引资，加快园区建设，争取中央资金45亿元，加强要素保障，加快推动产业升级，完成固定资产投资368亿元，增长12.1%。\n"
         "二、抓统筹、强保障，民生建设成果丰硕\n加强民生投入，全年民生投入33亿元，增长13.8%。\n")


def test_under_a_review_heading_a_terse_review_is_no_plan(registry):
    """2013年工作回顾 / 一、挖增量、提质量，经济持续快速发展 (Abazhou 2014; Boertala 2016, Abazhou 2022): a review
    whose words of the future (加快, 加强, 争取) outnumber those of the past is still the review when some past is there
    (a share of past words of 0.15 or more); the short part after it follows it. Without the review heading, or
    when the part's words are all of the future, it is the plan."""
    plan = "2014年工作安排\n主要预期目标是：地区生产总值增长12%。\n"
    got = facts(registry, HEAD.format(year=2014) + "2013年工作回顾\n" + TERSE + plan, 2014)
    assert when(got["233.99亿元"]) == ("result", 2013, None)
    assert when(got["33亿元"]) == ("result", 2013, None)
    assert when(got["12%"]) == ("target", 2014, None)
    future = ("一、夯实跨越发展基础\n要加快项目建设，加强招商引资，加快园区建设，力争中央资金45亿元，加强要素保障，"
              "加快推动产业升级，确保固定资产投资增长15%。\n")
    got = facts(registry, HEAD.format(year=2014) + "2013年工作回顾\n" + future, 2014)
    assert when(got["15%"]) == ("target", 2014, None)


def test_a_part_s_text_ends_where_an_unnumbered_plan_heading_opens(registry):
    """三、统筹抓好“五大重点工作”，形成大抓发展的良好局面 … 今后五年目标任务 … 2022年工作安排 … 今年是… (Shanwei 2022):
    the words of the plan after 今后五年目标任务 do not make the part before it a plan; its figures are 2021's."""
    text = HEAD.format(year=2022) + (
        "过去五年及2021年工作回顾\n三、统筹抓好“五大重点工作”，形成大抓发展的良好局面\n"
        "——城乡品质强基提能。改造升级18个老旧小区，建成老城区街头公园6座。\n"
        "今后五年目标任务\n今后五年，要加快建设，力争推动产业升级，确保加强民生，努力加快发展，要加强治理，力争地区生产"
        "总值年均增长7%，将加快推进，要加强服务。\n2022年工作安排\n今年是新一届政府的开局之年。地区生产总值增长8%。\n")
    got = facts(registry, text, 2022)
    assert when(got["18个"]) == ("result", 2021, None)
    assert when(got["8%"]) == ("target", 2022, None)


def test_a_later_year_is_a_target_in_a_plan_and_a_target_opening_in_a_review(registry):
    """In the plan, a clause opening with a later year (力争到2010年…；2020年全省国内生产总值达到4万亿元以上, Shandong
    2003; 2015年，人均公园绿地面积达到11平方米, Foshan 2011) is that year's target, an earlier year (2002年全省…) a
    result. In a paragraph read as the review, one opening 到2026年， (Fuyang 2022) or 奋斗目标是：力争到2025年，
    (Huangshan 2021) is the target of that year; 到2020年底，… in the 2021 report is still the result."""
    text = HEAD.format(year=2003) + ("2003年工作安排\n今年要加快发展。2015年，人均公园绿地面积达到11平方米。"
                                     "2002年全省国内生产总值达到1.05万亿元。\n")
    got = facts(registry, text, 2003)
    assert when(got["11平方米"]) == ("target", 2015, None)
    assert when(got["1.05万亿元"]) == ("result", 2002, None)
    text = HEAD.format(year=2022) + ("2021年工作回顾\n过去一年，全市生产总值增长8.1%。\n"
                                     "——中心城市能级显著提升。到2026年，阜城建成区面积超过200平方公里。\n"
                                     "奋斗目标是：力争到2025年，全市生产总值超1400亿元。\n"
                                     "到2021年底，全市建成区面积达到160平方公里。\n")
    got = facts(registry, text, 2022)
    assert when(got["200平方公里"]) == ("target", 2026, None)
    assert when(got["1400亿元"]) == ("target", 2025, None)
    assert when(got["8.1%"]) == ("result", 2021, None)
    assert when(got["160平方公里"])[0] == "result"


def test_the_listed_year_reads_the_structure_of_a_text_that_gives_none(registry):
    """A text whose first lines give no year (Beijing 2007: 各位代表： / 2006年工作回顾 … 2007年工作安排): with the year
    as listed, 2007年工作安排 opens the plan, the review before it stays 2006's."""
    from api.extract.draft import draft
    text = ("各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n2006年工作回顾\n"
            "一、经济发展保持良好态势\n全市地区生产总值增长12%。\n"
            "七、精神文明与民主法制建设得到加强\n办理人大代表建议1762件。\n2007年工作安排\n"
            "综观国内外形势，首都发展面临良好机遇。全市地区生产总值增长9%。\n")
    d = draft(text, "ceshi-2007", registry, year=2007, place="place/ceshi", level="city")
    got = {f.quantity.value: f for f in d.facts}
    assert when(got["1762件"]) == ("result", 2006, None)
    assert when(got["9%"]) == ("target", 2007, None)
