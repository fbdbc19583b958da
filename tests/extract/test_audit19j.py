"""Kind and period, round 6 (stop 19; classes read on DEV12 of bench/audit.py, seed 1912, and the earlier development
samples; bench/README.md "Round 6: kind and period"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.spans import part_span
from tests.extract.texts import HEAD, facts, when


def test_a_review_title_that_says_a_target_was_met_or_names_the_first_task(registry):
    """一、积极应对复杂的经济环境，基本实现了年初确定的主要经济增长目标 (Neimenggu 1999) reviews: a target met;
    一、狠抓首要任务，新农村建设扎实推进 after 2006年工作回顾 (Xizang 2007) reviews: 首要任务 is no plan's word.
    A part titled with the year's targets (二、2007年主要目标任务) is still the plan."""
    text = HEAD.format(year=1999) + (
        "一、积极应对复杂的经济环境，基本实现了年初确定的主要经济增长目标\n"
        "城镇居民人均可支配收入4353元，增加408元；农牧民人均纯收入1981.5元，增加201.5元。\n"
        "二、1999年的主要目标任务\n农牧民人均纯收入增加100元。\n")
    got = facts(registry, text, 1999)
    assert when(got["1981.5元"]) == ("result", 1998, None)
    assert when(got["100元"]) == ("target", 1999, None)
    text = HEAD.format(year=2007) + (
        "2006年工作回顾\n一年来，我们主要做了以下工作：\n一、狠抓首要任务，新农村建设扎实推进\n"
        "我们把增加农牧民收入作为首要任务。农牧民经纪人达到1.36万人，农牧区专业合作经济组织226个。\n"
        "二、2007年主要目标任务\n农牧民经纪人达到1.5万人。\n")
    got = facts(registry, text, 2007)
    assert when(got["1.36万人"]) == ("result", 2006, None)
    assert when(got["1.5万人"]) == ("target", 2007, None)


def test_the_plan_opens_at_the_report_s_own_year_or_a_heading_about_it(registry):
    """2001年政府工作的回顾 … 关于2002年的政府工作 / 2002年，是…的重要一年 / 政府工作的总体要求是：…预期目标是：
    (Gansu 2002): the targets are 2002's, not results of 2001; the review before stays 2001. A heading 关于…2015年工作
    in the 2016 report (Zhangye 2016: 关于“十二五”和2015年工作) reviews."""
    text = HEAD.format(year=2002) + (
        "2001年政府工作的回顾\n过去的一年，城镇居民人均可支配收入达到5383元，增加467元。\n"
        "关于2002年的政府工作\n2002年，是我们积极实施“十五”计划的重要一年。\n"
        "政府工作的总体要求是：以加快发展为主题。宏观经济和社会发展的预期目标是：出口贸易总额完成4.8亿美元。\n")
    got = facts(registry, text, 2002)
    assert when(got["5383元"]) == ("result", 2001, None)
    assert when(got["4.8亿美元"]) == ("target", 2002, None)
    text = HEAD.format(year=2002) + (
        "2001年政府工作的回顾\n过去的一年，城镇居民人均可支配收入达到5383元。\n"
        "2002年，是我们积极实施“十五”计划的重要一年。政府工作的总体要求是：出口贸易总额完成4.8亿美元。\n")
    got = facts(registry, text, 2002)
    assert when(got["4.8亿美元"]) == ("target", 2002, None)
    text = HEAD.format(year=2016) + (
        "关于“十二五”和2015年工作\n2015年，我们完成农业投资33.7亿元，增长28.8%。\n"
        "关于“十三五”总体部署和2016年工作\n2016年，是“十三五”规划的开局之年。农业投资增长10%。\n")
    got = facts(registry, text, 2016)
    assert when(got["28.8%"]) == ("result", 2015, None)
    assert when(got["10%"]) == ("target", 2016, None)
    # the year before the report's, written first, does not open the plan
    text = HEAD.format(year=2007) + "2006年工作回顾\n2006年，我们全区生产总值完成290.3亿元。\n"
    assert when(facts(registry, text, 2007)["290.3亿元"]) == ("result", 2006, None)


def test_a_five_year_lead_yields_to_the_year_the_plan_paragraph_turns_to(registry):
    """各位代表，千里之行，始于足下，实现今后五年各项发展目标和任务，首先必须做好2003年工作。今年是…主要调控预期目标
    是：…城镇登记失业率控制在4.5%左右 (Zhejiang 2003): 2003's targets, not 2007's. A paragraph of the five years that
    names no year of its own keeps the span's last year (今后五年…城镇化率达到70%: 2026)."""
    text = HEAD.format(year=2003) + (
        "二、今后五年的发展目标\n"
        "各位代表，实现今后五年各项发展目标和任务，首先必须做好2003年工作。今年全省经济和社会发展的主要预期目标是："
        "城镇登记失业率控制在4.5%左右。\n")
    got = facts(registry, text, 2003)
    assert when(got["4.5%"]) == ("target", 2003, None)
    text = HEAD.format(year=2022) + (
        "二、今后五年奋斗目标\n今后五年经济社会发展的主要目标是：全社会研发投入占比达2.5%，常住人口城镇化率达到70%。\n")
    got = facts(registry, text, 2022)
    assert when(got["70%"]) == ("target", 2026, None)


def test_a_dated_opening_whose_next_sentence_opens_the_plan_span(registry):
    """2020年，我区工作取得扎实成效，实现“十三五”规划胜利收官。“十三五”时期，我们… then ——取得两个历史性成就。…
    54个贫困县全部摘帽 (Guangxi 2021): counted over 2016–2020. A dated opening without such a sentence (2020年，…。
    我们…) keeps its part's paragraphs that year's."""
    body = ("——取得两个历史性成就。5379个贫困村全部出列、54个贫困县全部摘帽。\n")
    text = HEAD.format(year=2021) + (
        "一、2020年和“十三五”工作回顾\n"
        "2020年，我区工作取得扎实成效，实现“十三五”规划胜利收官。“十三五”时期，我们坚持改革创新，取得了重大成果。\n"
        + body)
    got = facts(registry, text, 2021)
    assert when(got["54个"]) == ("result", 2016, 2020)
    text = HEAD.format(year=2021) + (
        "一、2020年和“十三五”工作回顾\n2020年，我区工作取得扎实成效。我们坚持改革创新，取得了重大成果。\n" + body)
    got = facts(registry, text, 2021)
    assert when(got["54个"]) == ("result", 2020, None)


def test_a_target_year_after_li_zheng(registry):
    """力争2020年接待游客突破3000万人次 in the 2016 plan (Zhangye 2016): the target of 2020; 力争 without a year
    is the plan's year."""
    text = HEAD.format(year=2016) + (
        "一、2016年工作安排\n大力发展旅游业，力争2020年接待游客突破3000万人次。力争全年接待游客突破1800万人次。\n")
    got = facts(registry, text, 2016)
    assert when(got["3000万人次"]) == ("target", 2020, None)
    assert when(got["1800万人次"]) == ("target", 2016, None)


def test_a_term_of_government_heading_is_its_five_years():
    """一、十届政府工作回顾 (a government's term) in the 2022 report reviews 2017–2021, like 过去五年工作回顾; not
    a paragraph naming its own year, nor a heading that names a year too (2021年及市七届人民政府工作回顾)."""
    assert part_span("十届政府工作回顾", "——乡村振兴成效明显。建设供水工程94处。", "review", 2022) == (2017, 2021)
    assert part_span("本届政府工作回顾", "建成绿色矿山437个。", "review", 2018) == (2013, 2017)
    assert part_span("十届政府工作回顾", "2021年，建设供水工程94处。", "review", 2022) is None
    assert part_span("2021年及市七届人民政府工作回顾", "建设供水工程94处。", "review", 2022) is None
    assert part_span("切实加强政府自身建设", "建设供水工程94处。", "review", 2022) is None
