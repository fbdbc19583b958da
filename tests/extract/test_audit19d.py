"""Kind, period and the report's appendices, round 4 (stop 19; classes read on DEV6 of bench/audit.py, seed 1906,
and the earlier development samples; bench/README.md "Round 4: kind, period and appendices"). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.draft import draft
from api.extract.structure import parse
from tests.extract.texts import HEAD, facts


def test_counts_of_what_was_done_over_a_span_are_the_span(registry):
    """docs/records.md "Modality, spans of years": what was built, set up or lifted over the years a paragraph
    reviews (五年来…建设美丽乡村76个, Haibei 2021; 4个机场相继建成, Hebei 2011; 四年来…实施保障性住房46458套, Pu'er
    2022) adds up over the span, as curated dalian-2022 records 完成老旧小区改造747万平方米 for 2018–2021; a stock the
    span ended at (城镇化率达到54%, 建成区面积增至75.1平方公里) is a level of its last year."""
    text = HEAD.format(year=2021) + (
        "一、2020年和“十三五”工作回顾\n"
        "五年来，我们立足全面建成小康目标，城乡区域发展更加协调。全州城镇化率达到54%，建设美丽乡村76个。"
        "市区建成区面积增至75.1平方公里，端州城区50条“瓶颈路”全面打通。\n"
        "二、2021年工作安排\n建设美丽乡村10个。\n")
    got = facts(registry, text, 2021)
    assert (got["76个"].period, got["76个"].period_end) == (2016, 2020)
    assert (got["50条"].period, got["50条"].period_end) == (2016, 2020)      # the verb after the count
    assert (got["54%"].period, got["54%"].period_end) == (2020, None)
    assert (got["75.1平方公里"].period, got["75.1平方公里"].period_end) == (2020, None)
    assert (got["10个"].kind, got["10个"].period, got["10个"].period_end) == ("target", 2021, None)


def test_a_five_year_plan_flow_is_the_span_a_planned_level_its_last_year(registry):
    """今后五年工作安排: 新改扩建幼儿园339所 (Zhaotong 2022) is built over 2022–2026; 城镇化率达到60% a level of 2026;
    a duration (提前两年完成) is no count of things done."""
    text = HEAD.format(year=2022) + (
        "一、今后五年工作安排\n新改扩建幼儿园339所、义务教育学校2000所，常住人口城镇化率达到60%。\n"
        "“十四五”规划确定的老旧小区改造任务提前两年完成。\n")
    got = facts(registry, text, 2022)
    assert (got["339所"].period, got["339所"].period_end) == (2022, 2026)
    assert (got["60%"].period, got["60%"].period_end) == (2026, None)
    assert "两年" not in got or got["两年"].period_end is None


def test_a_year_of_the_plan_is_no_span(registry):
    """今年是…实施“十三五”规划的重要一年 (Harbin 2017) names a year of the plan, not its span: the year's targets
    are that year's; a paragraph that does name the span keeps it."""
    text = HEAD.format(year=2017) + (
        "二、2017年工作安排\n各位代表，今年是新一届政府的开局之年，是实施“十三五”规划的重要一年。"
        "今年经济社会发展的主要预期目标是：地区生产总值增长7%左右。\n"
        "“十三五”期间，地区生产总值年均增长7%。\n")
    d = draft(text, "ceshi-2017", registry, year=2017, place="place/ceshi", level="city")
    annual, span = sorted((f for f in d.facts if f.quantity.value == "7%"), key=lambda f: f.value_start)
    assert (annual.kind, annual.period, annual.period_end) == ("target", 2017, None)
    assert (span.period, span.period_end) == (2017, 2020)


def test_a_paragraph_of_one_year_in_a_span_part_is_that_year(registry):
    """一年来… in the part headed “十二五”工作回顾 (Xiaogan 2016) reviews the last year, not the span."""
    text = HEAD.format(year=2016) + (
        "一、“十二五”工作回顾\n一年来，我们致力于惠民生兜底线。全市新增校车582台。\n"
        "全市新增城镇就业28万人。\n二、2016年工作安排\n新增校车50台。\n")
    got = facts(registry, text, 2016)
    assert (got["582台"].period, got["582台"].period_end) == (2015, None)
    assert (got["28万人"].period, got["28万人"].period_end) == (2011, 2015)   # no year of its own: the span


REVIEW_UNNUMBERED = HEAD.format(year=2016) + (
    "2015年及“十二五”工作回顾\n"
    "2015年是中卫设市以来面临困难最多的一年。一年来，我们重点抓了六方面工作：\n"
    "一、坚持精准施策，经济运行企稳回升\n"
    "狠抓项目建设。建立重点项目推进机制，加快推进项目建设，推动企业开足马力，加强协调服务，新开工项目52个。\n"
    "二、突出勤政务实，政府效能明显提升\n"
    "在肯定成绩的同时，我们也清醒地看到，经济总量小，人均地区生产总值仅为全区63%。要加快发展，要加强服务。\n"
    "2016年工作安排\n"
    "一、坚持改革创新，加快建设开放中卫\n要加快推进项目建设，新开工项目60个。\n")


def test_parts_under_an_unnumbered_review_heading_review(registry):
    """A heading without a number that opens the review (2015年及“十二五”工作回顾, 2017年工作回顾: Zhongwei 2016,
    Yunfu 2018) makes its numbered parts whose titles do not say their role (经济运行企稳回升) reviews, whatever the
    share of words such as 加快, 推动 in them; the plan's parts, numbered again after 2016年工作安排, stay plan."""
    doc = parse(REVIEW_UNNUMBERED)
    roles = [doc.paragraph_at(d.start).role for d in doc.divisions if d.kind == "part"]
    assert roles == ["review", "review", "plan"]
    got = facts(registry, REVIEW_UNNUMBERED, 2016)
    assert (got["52个"].kind, got["52个"].period) == ("result", 2015)
    assert (got["63%"].kind, got["63%"].period) == ("result", 2015)
    assert (got["60个"].kind, got["60个"].period) == ("target", 2016)


def test_numbered_parts_without_an_unnumbered_review_heading_keep_their_words_role():
    text = HEAD.format(year=2016) + (
        "一、坚持精准施策，经济运行企稳回升\n要加快推进项目建设，推动企业开足马力，加强协调服务，力争新开工项目52个，"
        "要确保，要加快，要推动。\n")
    doc = parse(text)
    assert [doc.paragraph_at(d.start).role for d in doc.divisions if d.kind == "part"] == ["plan"]


GLOSSARY = HEAD.format(year=2014) + (
    "一、2013年工作回顾\n全市生产总值增长9%。\n二、2014年工作安排\n新建学校10所。\n"
    "各位代表，全面深化改革，责任重大、使命光荣。\n"
    "《政府工作报告》注释\n"
    "1、服务业三年强攻计划：即“5568”计划，力争到2016年建成5个区域性服务业中心。\n"
    "2、八个方面的民生实事：就业和创业、社会保险、社会救助等8个方面。\n")


def test_a_glossary_appended_to_the_report_is_not_drafted(registry):
    """docs/records.md: facts are what the report states; a glossary after the closing (名词解释, 《政府工作报告》
    注释, 附注: Nanchang 2014, Suining 2021, Ziyang 2025, national-2012) explains words. Offsets of the rest do not
    move."""
    got = facts(registry, GLOSSARY, 2014)
    assert set(got) == {"9%", "10所"}
    assert got["10所"].quote_start == GLOSSARY.index("新建学校10所")


def test_an_appendix_that_is_no_glossary_is_drafted_and_the_listed_glossary_is_not(registry):
    """附件：1、2018年十件民生实事 / 2、注释 (Yunfu 2018): 附件1 is the report's own (its targets), 附件2 the
    glossary."""
    text = HEAD.format(year=2018) + (
        "一、2018年工作安排\n新建学校10所。\n各位代表，让我们团结奋斗。\n"
        "附件：1、2018年十件民生实事\n2、注释\n附件1\n一、帮扶1000名就业困难人员实现再就业。\n"
        "附件2\n①四新一特：新产业、新业态、新技术、新模式和1个特色产业，共5类。\n")
    got = facts(registry, text, 2018)
    assert set(got) == {"10所", "1000名"}


def test_a_glossary_heading_in_the_first_half_is_not_an_appendix():
    text = HEAD.format(year=2014) + "名词解释\n" + "一、2013年工作回顾\n全市生产总值增长9%。\n" * 20
    assert not any(p.glossary for p in parse(text).paragraphs)
