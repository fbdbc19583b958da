"""Kind and period, round 8 (stop 20; classes read on DEV6 of stop 20, seed 2006, drafts of 0.3.9; bench/README.md
"Round 8: kind and period (stop 20)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts, when


def test_a_year_later_in_a_five_year_paragraph_dates_only_what_follows_it(registry):
    """一、过去五年工作回顾 / （三）…累计向河北、山东供水22亿立方米。…2022年，市城区建成区面积扩大至133平方公里 (Puyang
    2023): the values before the sentence naming 2022 are the five years' (before, the whole paragraph was 2022's);
    the 2022 sentence's stay 2022's."""
    text = HEAD.format(year=2023) + (
        "一、过去五年工作回顾\n五年来，主要做了以下工作：\n"
        "（三）补短板、夯基础，城市能级迈上新台阶。引黄入冀工程累计向河北供水22亿立方米，新建城市道路120公里。"
        "2022年，市城区建成区面积扩大至133平方公里。\n")
    got = facts(registry, text, 2023)
    assert when(got["22亿立方米"]) == ("result", 2018, 2022)
    assert when(got["120公里"]) == ("result", 2018, 2022)
    assert when(got["133平方公里"]) == ("result", 2022, None)


def test_a_heading_naming_the_span_first_dates_its_paragraphs_until_the_year_opens(registry):
    """一、过去五年和2021年工作简要回顾 (Harbin 2022), 一、过去五年工作简要回顾和2017年主要工作 (Liaoyang 2018): the
    paragraphs before the one that opens the year (过去一年…, 在刚刚过去的2015年…) review the five years; from it
    on, the year. A heading naming the year first (2022年工作回顾及过去五年主要成就) dates nothing as before."""
    body = ("——城市功能日益完善。新建改造道路300公里，建成公园游园51处。\n"
            "{opening}，全市地区生产总值增长5.5%。\n——民生保障尽力有效。新建公园游园12处。\n")
    for opening in ("过去一年", "在刚刚过去的2021年"):
        got = facts(registry, HEAD.format(year=2022) + "一、过去五年和2021年工作简要回顾\n"
                    + body.format(opening=opening), 2022)
        assert when(got["300公里"]) == ("result", 2017, 2021)
        assert when(got["51处"]) == ("result", 2017, 2021)
        assert when(got["12处"]) == ("result", 2021, None)
    got = facts(registry, HEAD.format(year=2022) + "一、2021年工作回顾及过去五年主要成就\n"
                + body.format(opening="过去一年"), 2022)
    assert when(got["300公里"]) == ("result", 2021, None)


def test_a_lead_closing_with_five_years_announcing_the_list_opens_the_span(registry):
    """…进出口总额增长35%，创五年新高。五年来，主要做了以下工作： (Harbin 2022) then （一）…（五）…: the items
    review the five years; a lead closing with 一年来，主要做了以下工作： or naming no span does not."""
    lead = ("过去一年，我市经受了多轮疫情冲击。" + "我们统筹疫情防控和经济社会发展，扎实做好“六稳”“六保”工作。" * 6
            + "地区生产总值增长5.5%，创五年新高。{tail}\n")        # the lead is long: its last sentence opens the span
    item = "（五）坚持以人民为中心。实施老旧小区改造2733万平方米、棚户区改造5.06万户。\n"
    got = facts(registry, HEAD.format(year=2022) + "一、工作回顾\n" + lead.format(tail="五年来，主要做了以下工作：")
                + item, 2022)
    assert when(got["2733万平方米"]) == ("result", 2017, 2021)
    assert when(got["5.5%"]) == ("result", 2021, None)
    for tail in ("一年来，主要做了以下工作：", "主要做了以下工作："):
        got = facts(registry, HEAD.format(year=2022) + "一、工作回顾\n" + lead.format(tail=tail) + item, 2022)
        assert when(got["2733万平方米"]) == ("result", 2021, None)


def test_a_five_years_heading_without_past_reviews_the_five_years(registry):
    """一、五年工作回顾 (Ningxia 2013) names the five years up to the reviewed one, as 过去五年工作回顾 does;
    一、工作回顾 names no span."""
    para = "这是发展后劲大增强的五年。建成任家庄等大型矿井12个，新建高速公路300公里。\n"
    got = facts(registry, HEAD.format(year=2013) + "一、五年工作回顾\n" + para, 2013)
    assert when(got["300公里"]) == ("result", 2008, 2012)
    plain = para.replace("这是发展后劲大增强的五年。", "")
    got = facts(registry, HEAD.format(year=2013) + "一、工作回顾\n" + plain, 2013)
    assert when(got["300公里"]) == ("result", 2012, None)


def test_counts_done_over_a_span_and_the_stock_it_ended_at(registry):
    """Under 一、“十二五”时期政府工作回顾 (Weihai 2016): 减少农村贫困人口3.5万人 and 开通航线25条 were done over
    the five years; 审批事项减少到383项, 通航城市达24个, 开通国际航线达到50条 are the stock at the end; money
    spent over the span adds up (基本建设资金达到7.26亿元, Hainan 2006)."""
    text = HEAD.format(year=2016) + (
        "一、“十二五”时期政府工作回顾\n完善扶贫济困工作机制，减少农村贫困人口3.5万人。机场开通航线25条，通航城市达24个。"
        "审批事项减少到383项。省政府用于科技、教育事业的基本建设资金达到7.26亿元。\n")
    got = facts(registry, text, 2016)
    assert when(got["3.5万人"]) == ("result", 2011, 2015)
    assert when(got["25条"]) == ("result", 2011, 2015)
    assert when(got["24个"]) == ("result", 2015, None)
    assert when(got["383项"]) == ("result", 2015, None)
    assert when(got["7.26亿元"]) == ("result", 2011, 2015)
    plan = HEAD.format(year=2016) + ("一、“十三五”发展的目标任务\n着力提升对外开放品质，开通国际航线达到50条。"
                                     "每年新增城镇就业60万人。新建幼儿园339所。\n")
    got = facts(registry, plan, 2016)
    assert when(got["50条"]) == ("target", 2020, None)
    assert when(got["60万人"]) == ("target", 2016, None)       # each year's, no sum over the span
    assert when(got["339所"]) == ("target", 2016, 2020)


def test_a_term_review_heading_with_the_year_keeps_its_parts_reviews(registry):
    """市十五届人民政府工作回顾和2016年工作 (Urumqi 2017), then 一、…二、… whose titles say nothing and whose words read
    like a plan (加强, 推动): the review's parts, results of 2016; 城市规划建设管理 in a title is no plan. A numbered
    plan heading after them (2017年主要工作) still opens the plan."""
    review = ("市十五届人民政府工作回顾和2016年工作\n"
              "一、城市规划建设管理和生态建设再上新水平\n五是环保和生态建设持续加强。不断巩固大气污染治理成果，加快推进"
              "清洁能源改造，加强扬尘治理，推动工业企业污染治理，加快老旧管网改造，加强环境执法，新增电采暖面积92万平方米。\n")
    plan = "二、2017年主要工作\n要加快推进清洁能源改造，新增电采暖面积100万平方米。\n"
    got = facts(registry, HEAD.format(year=2017) + review + plan, 2017)
    assert when(got["92万平方米"]) == ("result", 2016, None)
    assert when(got["100万平方米"]) == ("target", 2017, None)
