"""The period, round 20 (blind readers of the corpus): totals over a reviewed term dated to its last year, and the
targets of a five-year plan's list dated to the report's year. Real registry, real extractor; wordings of corpus
reports (docs/records.md "Modality, spans of years"; api/extract/spans.py)."""
from __future__ import annotations

from tests.extract.texts import HEAD, TERM, facts, when

REVIEW_2011 = "2011年测试市政府工作报告\n各位代表：\n一、2010年工作回顾\n{}\n二、2011年主要工作\n今年要继续努力。\n"


def text_of(year: int, *lines: str) -> str:
    """A report of `year` whose lines follow its opening."""
    return HEAD.format(year=year) + "".join(lines)


def test_money_spent_over_the_term_is_the_terms(registry):
    """这五年…水利投资767亿元; “三供三治”投资628.1亿元; 投入10.3亿元大幅提高… (heilongjiang-2018): money
    named by its spending alone, in a review of the term, adds up over it; not the year's statistic
    (全社会固定资产投资…，比2007年增长1.9倍, 全社会研发投入), a project's size (总投资), nor in a paragraph of
    a year (一年来，…四年来的峰值)."""
    got = facts(registry, TERM.format("这五年是我省历史上水利、铁路建设投资最多的时期。水利投资767亿元，"
                                      "三江治理堤防工程基本建成。“三供三治”投资628.1亿元。"
                                      "投入10.3亿元大幅提高城市清冰雪能力。"), 2011)
    assert when(got["767亿元"]) == when(got["628.1亿元"]) == ("result", 2006, 2010)
    assert when(got["10.3亿元"]) == ("result", 2006, 2010)
    got = facts(registry, TERM.format("五年来，一大批重大项目开工建设，全社会固定资产投资19661.3亿元，"
                                      "比2005年增长1.9倍。全社会研发投入1788亿元。"), 2011)
    assert when(got["19661.3亿元"]) == when(got["1788亿元"]) == ("result", 2010, None)
    got = facts(registry, REVIEW_2011.format("一年来，地区生产总值增速达到四年来的峰值；"
                                             "市级重点项目开复工221个、完成投资207.6亿元。"), 2011)
    assert when(got["207.6亿元"]) == ("result", 2010, None)


def test_years_opening_a_clause_are_the_span(registry):
    """加大社会事业投入，五年政府性投入累计达160亿元左右。…五年新增高等院校4所 (wuxi-2008): the years
    opening a clause before what was summed or done over them are its span, also under a heading of one year;
    and a sentence of the same paragraph naming no span keeps the part's (五年新增高速公路516公里。新建、改建
    区县高等级公路1748公里 under “十五”时期发展的回顾, chongqing-2006)."""
    got = facts(registry, REVIEW_2011.format("加大社会事业投入，五年政府性投入累计达160亿元左右。"
                                             "社会发展综合指数自2006年以来一直位居全省首位。"
                                             "五年新增高等院校4所。"), 2011)
    assert when(got["160亿元"]) == when(got["4所"]) == ("result", 2006, 2010)
    got = facts(registry, text_of(2006, "一、“十五”时期发展的回顾\n",
                                  "环城高速公路建成通车，五年新增高速公路516公里。",
                                  "新建、改建区县高等级公路1748公里。建成长江、嘉陵江大桥16座。\n",
                                  "二、2006年的重点工作\n今年要继续努力。\n"), 2006)
    assert when(got["516公里"]) == when(got["1748公里"]) == when(got["16座"]) == ("result", 2001, 2005)


def test_a_history_opening_the_term_review_does_not_date_it(registry):
    """一、过去五年工作的回顾 / 1994年3月，市十二届人大二次会议审议通过了… (tianjin-2003): a paragraph
    opening with a year before the reviewed one tells a history; the part's later paragraphs stay the term's
    (市中心区累计拆除…新建住宅4487万平方米: 1998–2002). One opening with the reviewed year still dates them."""
    got = facts(registry, text_of(2003, "一、过去五年工作的回顾\n",
                                  "1994年3月，市十二届人大二次会议审议通过了加快经济发展的目标。\n",
                                  "市中心区累计拆除各类旧房1523万平方米，新建住宅4487万平方米。\n",
                                  "二、2003年的主要任务\n今年要继续努力。\n"), 2003)
    assert when(got["1523万平方米"]) == when(got["4487万平方米"]) == ("result", 1998, 2002)
    got = facts(registry, text_of(2003, "一、过去五年工作的回顾\n",
                                  "2002年，市十二届人大五次会议审议通过了加快经济发展的目标。\n",
                                  "新建住宅4487万平方米。\n二、2003年的主要任务\n今年要继续努力。\n"), 2003)
    assert when(got["4487万平方米"]) == ("result", 2002, None)


def test_the_targets_a_five_year_list_announces_are_the_terms(registry):
    """建议今后五年经济社会发展的主要目标是：一是…全员劳动生产率达到18万元/人 (hebi-2023, under
    今后五年奋斗目标和2023年总体要求): the span the paragraph announces its list with; a level is the span's
    last year's, a sum the span's. The year's own targets after it stay the year's."""
    got = facts(registry, text_of(2023, "二、今后五年奋斗目标和2023年总体要求\n",
                                  "根据市委十届五次全会提出的分阶段目标，结合当前测试市发展实际和面临形势，",
                                  "建议今后五年经济社会发展的主要目标是：一是发展质量效益更优。",
                                  "地区生产总值年均增长8.5%以上，全员劳动生产率达到18万元/人。",
                                  "新增省级以上研发平台45家以上。\n",
                                  "2023年是全面贯彻落实党的二十大精神的开局之年。\n",
                                  "经济社会发展的主要目标是：地区生产总值增长7%，城镇新增就业3万人以上。\n"), 2023)
    assert when(got["18万元/人"]) == ("target", 2027, None)
    assert when(got["45家"]) == when(got["8.5%"]) == ("target", 2023, 2027)
    assert when(got["7%"]) == when(got["3万人"]) == ("target", 2023, None)


def test_the_items_after_a_five_year_list_heading_paragraph(registry):
    """今后五年的发展目标是： then ——综合实力明显增强。…人均生产总值超过2万元 (anhui-2008, under a heading
    naming the span and the year): the list's items are the span's, until a paragraph names the year."""
    got = facts(registry, text_of(2008, "二、今后五年和2008年的目标\n今后五年的发展目标是：\n",
                                  "——综合实力明显增强。人均生产总值超过2万元。",
                                  "新增城镇就业225万人，城镇登记失业率控制在4.5%以内。\n",
                                  "2008年是全面贯彻党的十七大精神的第一年。\n——地区生产总值增长10%。\n"), 2008)
    assert when(got["2万元"]) == when(got["4.5%"]) == ("target", 2012, None)
    assert when(got["225万人"]) == ("target", 2008, 2012)
    assert when(got["10%"]) == ("target", 2008, None)


def test_a_later_year_of_an_earlier_sentence_leaves_the_span(registry):
    """今后五年…主要目标 / 力争在2020年前实现全市生产总值…翻一番。第三产业增加值占全市生产总值的比重达到
    65%以上 (shanghai-2013): a year outside the span an earlier sentence names is that sentence's target; the
    next sentence is the span's (2017), not the report's year."""
    got = facts(registry, text_of(2013, "二、今后五年工作的总体要求和主要目标\n",
                                  "——努力实现经济发展方式的根本性转变。力争在2020年前实现全市生产总值比2010年翻一番。",
                                  "第三产业增加值占全市生产总值的比重达到65%以上。\n",
                                  "三、2013年主要工作\n今年要继续努力。\n"), 2013)
    assert when(got["65%"]) == ("target", 2017, None)


def test_an_estimated_year_opening_a_sentence_of_a_term_review(registry):
    """五年来，…。预计2015年，实现地区生产总值2700亿元；…工业投资1295亿元，社会消费品零售总额971亿元
    (huaian-2016): a sentence opening with 预计 and the reviewed year is that year's, sums of the term aside."""
    got = facts(registry, text_of(2016, "一、“十二五”时期工作回顾\n五年来，经济总量实现翻番。",
                                  "预计2015年，实现地区生产总值2700亿元，工业投资1295亿元，社会消费品零售总额971亿元。\n",
                                  "二、2016年主要工作\n今年要继续努力。\n"), 2016)
    assert when(got["1295亿元"]) == when(got["971亿元"]) == when(got["2700亿元"]) == ("result", 2015, None)


def test_a_stock_or_share_named_with_a_total_stays_the_last_years(registry):
    """A term's paragraph with a span of another sentence (五年财政累计投入…) keeps the part's span for
    sentences naming none, and a stock reached (国有企业资产总额突破7000亿元, liuzhou-2021) or a share of a
    total (服务性消费占市场消费总额的比重达到44.6%, beijing-2016) is the last year's, not a sum; a span of an
    earlier item of the sentence (“十四五”期间…项目326个；137个省市重点项目实现投资206.3亿元,
    panzhihua-2023) does not reach the money of a later one."""
    got = facts(registry, TERM.format("组建国有九大集团公司，国有企业资产总额突破7000亿元。民生福祉得到新提升，"
                                      "五年财政累计投入民生资金1726.5亿元。服务性消费占市场消费总额的比重达到44.6%。"),
                2011)
    assert when(got["7000亿元"]) == when(got["44.6%"]) == ("result", 2010, None)
    assert when(got["1726.5亿元"]) == ("result", 2006, 2010)
    got = facts(registry, REVIEW_2011.format("梳理报送“十二五”期间重大工程清单项目326个；"
                                             "137个省市重点项目实现投资206.3亿元。"), 2011)
    assert when(got["206.3亿元"]) == ("result", 2010, None)


def test_a_marker_of_other_years_leaves_the_part_span_aside(registry):
    """二、“十三五”发展总体部署 / 过去的五年，…“十二五”规划各项目标任务基本完成。…增长到2015年的887亿元
    (yanbianchaoxianzu-2016): a paragraph naming a span other than its part's does not take the part's."""
    got = facts(registry, text_of(2016, "一、2015年工作回顾\n今年要继续努力。\n二、“十三五”发展总体部署\n",
                                  "过去的五年，是我州经济社会发展取得显著成就的五年，“十二五”规划各项目标任务基本完成。",
                                  "全州地区生产总值从417.5亿元增长到2015年的887亿元，年均增长9.8%。\n"), 2016)
    assert got["887亿元"].period == 2015
