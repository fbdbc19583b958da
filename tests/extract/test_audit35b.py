"""Round 22 (stop 25, after TEST12 was measured): the kind and period of figures in reviews of a term. TEST12's
readers marked totals of a term review dated to its last year, the review half of a part titled review-and-plan drafted
as targets, and single years inside a span's paragraph. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, TERM, facts, when

HEAD = "2021年测试市政府工作报告\n各位代表：\n"


def test_a_part_that_reviews_then_plans_reviews_until_the_plan_opens(registry):
    """二、“十四五”发展成效和“十五五”目标任务 (nanjing-2026; beijing-, xian-, guangxi-2026, henan-2016 and
    1999年政府工作回顾和2000年的目标任务, shandong-2000, alike): its paragraphs review the term up to the one opening
    with the plan's time (“十五五”时期是…), which plans."""
    text = ("2026年测试市政府工作报告\n各位代表：\n一、2025年工作回顾\n全市生产总值增长5.5%。\n"
            "二、“十四五”发展成效和“十五五”目标任务\n“十四五”时期是极不平凡的五年。\n"
            "新增医疗床位1.12万张、普惠托位3.5万个，人均预期寿命达85岁。\n"
            "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。\n"
            "“十五五”时期经济社会发展的主要目标是：地区生产总值年均增长5%以上。\n"
            "三、2026年工作安排\n今年要继续努力。\n")
    got = facts(registry, text, 2026)
    assert when(got["1.12万张"]) == ("result", 2021, 2025)
    assert when(got["85岁"]) == ("result", 2025, None)
    assert got["5%"].kind == "target"
    text = ("1997年测试省政府工作报告\n各位代表：\n一、1996年的政府工作和1997年的奋斗目标\n"
            "省政府审查规章草案17件，批准发布7件。\n1997年是实施“九五”计划承上启下的重要一年。\n"
            "全省生产总值增长10%。\n二、集中精力抓好经济建设\n要加快发展。\n")
    got = facts(registry, text, 1997)                              # gansu-1997
    assert (got["7件"].kind, got["7件"].period) == ("result", 1996)
    assert got["10%"].kind == "target"


def test_the_work_a_part_carried_out_does_not_make_it_a_plan(registry):
    """五、落实新时代党的建设总要求，政府自身建设不断加强 after four review parts (boertalamenggu-2023): 要求 is what
    was carried out; the part's text reviews, “三公”经费压减16.3% is 2022's result."""
    body = ("坚持依法行政，办理人大代表建议90件、政协委员提案123件，办结率100%。完善了财政管理监督机制，"
            "“三公”经费压减16.3%，比上年下降了2个百分点，同比减少了支出。推行了政务公开，累计公开信息2万条。"
            "精简了会议文件，比上年减少了20%。")
    text = ("2023年测试州政府工作报告\n各位代表：\n一、全面推进反恐维稳，社会大局持续和谐稳定\n"
            "去年，全州生产总值增长了5%，比上年提高了1个百分点，同比增长了6%。社会大局保持了稳定，"
            "完成了各项任务，累计化解了矛盾纠纷3000件，比上年减少了10%。\n"
            f"二、落实新时代党的建设总要求，政府自身建设不断加强\n{body}\n"
            "三、2023年主要工作\n今年要继续努力。\n")
    assert when(facts(registry, text, 2023)["16.3%"]) == ("result", 2022, None)


def test_things_done_over_a_term_in_its_review_are_the_terms(registry):
    """植树造林175万亩 (xingtai-2021), 44万贫困人口饮水安全…问题全部解决 (liangshanyizu-2022), 发放残疾人“两项补贴”
    1.2亿元 (dandong-2022), 组建教育集团63个, 加装电梯54部: done over the five years, not in the last one; the level
    reached (森林覆盖率达到34.1%) stays the last year's."""
    got = facts(registry, TERM.format("植树造林175万亩，森林覆盖率达到34.1%。44万贫困人口饮水安全问题全部解决。"
                                      "发放残疾人“两项补贴”1.2亿元。组建教育集团63个，加装电梯54部。"), 2011)
    for value in ("175万亩", "44万", "1.2亿元", "63个", "54部"):
        assert when(got[value]) == ("result", 2006, 2010), value
    assert when(got["34.1%"]) == ("result", 2010, None)
    got = facts(registry, REVIEW.format("植树造林175万亩，发放残疾人补贴1.2亿元。"), 2011)     # a one-year review
    assert (when(got["175万亩"]), when(got["1.2亿元"])) == (("result", 2010, None), ("result", 2010, None))


def test_money_put_in_over_a_term_named_with_its_funds(registry):
    """——这是以人为本、社会事业全面进步的五年。投入财政资金1400多亿元 (pingdingshan-2023): an item of the term's
    review opening 这是…的五年, and money spent named with its funds' kind, add up over the five years."""
    text = (HEAD + "一、过去五年及2020年工作回顾\n"
            "——这是以人为本、社会事业全面进步的五年。投入财政资金1400多亿元，问题得到有效解决。\n"
            "二、2021年主要工作\n今年要继续努力。\n")
    assert when(facts(registry, text, 2021)["1400多亿元"]) == ("result", 2016, 2020)


def test_a_spans_list_goes_on_past_an_item_naming_its_last_year(registry):
    """“十二五”时期是…极不平凡的五年。 then 经济实力实现新跨越。2015年全市GDP达2886.3亿元 then 深化改革迈出新步伐。…
    新增3家上市企业 (yueyang-2016); ——综合经济实力大幅提升。2010年同2005年相比… (gansu-2011): a year in a later
    sentence of an item is that sentence's, the items after it stay the span's."""
    text = ("2016年测试市政府工作报告\n各位代表：\n“十二五”及2015年工作回顾\n“十二五”时期是极不平凡的五年。\n"
            "经济实力实现新跨越。2015年全市GDP达2886.3亿元。\n深化改革迈出新步伐。引进3家股份制商业银行，新增3家上市企业。\n"
            "2015年是“十二五”收官之年。\n一、2016年主要工作\n今年要继续努力。\n")
    got = facts(registry, text, 2016)
    assert when(got["2886.3亿元"]) == ("result", 2015, None)
    assert when(got["3家"]) == ("result", 2011, 2015)


def test_a_review_of_five_years_opened_by_huigu(registry):
    """一、2020年和“十三五”工作回顾 … 回顾过去五年，全市经济社会发展取得丰硕成果。 then ——城乡面貌焕然一新。…常住人口
    城镇化率提升近8个百分点 (baoshan-2021): a change over the five years."""
    text = (HEAD + "一、2020年和“十三五”工作回顾\n2020年，全市生产总值增长4%。\n"
            "回顾过去五年，全市经济社会发展取得丰硕成果。\n"
            "——城乡面貌焕然一新。城镇建成区面积增加11.5平方公里，常住人口城镇化率提升近8个百分点。\n"
            "二、2021年主要工作\n今年要继续努力。\n")
    assert when(facts(registry, text, 2021)["8个百分点"]) == ("result", 2016, 2020)


def test_a_change_from_a_base_year_in_a_term_review_is_the_spans(registry):
    """五年来，… then 与2015年相比，优良天数增加72天，PM2.5平均浓度下降47.5% (xingtai-2021): the base year is no year of
    the paragraph's own; the change runs over the five years."""
    text = HEAD + "“十三五”时期经济社会发展\n五年来，我们坚持新发展理念。\n" \
        "生态环境得到新改善。累计投入73.7亿元。与2015年相比，PM2.5平均浓度下降47.5%。\n一、2021年主要工作\n今年要继续努力。\n"
    assert when(facts(registry, text, 2021)["47.5%"]) == ("result", 2016, 2020)


def test_the_first_years_of_a_term(registry):
    """这五年，… 地区生产总值迈过2000亿元，前四年年均增长7.6% (xiaogan-2021, the 2016–2020 term): the term's first
    four years, 2016–2019, not the four years before the report."""
    text = HEAD + "一、“十三五”工作回顾\n这五年，发展质效持续提升。地区生产总值迈过2000亿元，前四年年均增长7.6%。\n" \
        "二、2021年主要工作\n今年要继续努力。\n"
    assert when(facts(registry, text, 2021)["7.6%"]) == ("result", 2016, 2019)


def test_a_year_named_after_tebie_shi_in_a_span_paragraph(registry):
    """五年来，…。特别是2021年…，自“十三五”以来，首次超额完成…能耗强度下降目标任务，预计下降3.2%以上；…预计比2020年
    提高1个百分点 (shaoguan-2022): that year's, not the span's; 自…以来，首次 names no span."""
    text = ("2022年测试市政府工作报告\n各位代表：\n一、过去五年工作回顾\n五年来，经济综合实力迈上新台阶。"
            "特别是2021年以改革创新为牵引，自“十三五”以来，首次超额完成省下达的能耗强度下降目标任务，预计下降3.2%以上；"
            "与此同时，工业增加值占全市生产总值比重预计比2020年提高1个百分点。\n二、2022年主要工作\n今年要继续努力。\n")
    got = facts(registry, text, 2022)
    assert when(got["3.2%"]) == ("result", 2021, None)
    assert when(got["1个百分点"]) == ("result", 2021, None)

