"""Round 23h (stop 26, after TEST13 was measured): the fields other than the indicator — direction of a difference
from an earlier year and of a rate set higher or lower, a growth named after its rate, 方 for 立方米. Real registry,
real extractor; wordings of corpus reports."""
from __future__ import annotations

from api.settings import Settings
from api.vocab import load_vocabulary
from tests.extract.texts import PLAN, REVIEW, facts


def test_a_difference_from_last_year_has_a_direction(registry):
    """开复工率97%，高于上年25个百分点 (dandong-2020): a change up; 低于上年 and 比上年低 down."""
    text = REVIEW.format("实施5000万元以上项目262个，开复工率97%，高于上年25个百分点。")
    f = facts(registry, text, 2011)["25个百分点"]
    assert (f.reading.measure, f.reading.direction, f.reading.direction_written) == ("change", "increase", "高于")
    f = facts(registry, REVIEW.format("城镇登记失业率3.2%，低于上年0.4个百分点。"), 2011)["0.4个百分点"]
    assert (f.reading.measure, f.reading.direction) == ("change", "decrease")
    f = facts(registry, REVIEW.format("全市生产总值增长9%，增速比上年快1.5个百分点。"), 2011)["1.5个百分点"]
    assert f.reading.direction == "increase"


def test_a_rate_set_lower_or_higher_has_a_direction(registry):
    """全省农业税税率下调1个百分点 (jiangxi-2004); 企业退休人员基本养老金上调5%."""
    f = facts(registry, PLAN.format("全省农业税税率下调1个百分点，可减轻农民负担2亿元。"), 2023)["1个百分点"]
    assert (f.reading.measure, f.reading.direction, f.reading.direction_written) == ("change", "decrease", "下调")
    f = facts(registry, PLAN.format("企业退休人员基本养老金上调5%。"), 2023)["5%"]
    assert (f.reading.measure, f.reading.direction) == ("growth", "increase")


def test_a_growth_named_after_its_rate(registry):
    """力争游客接待量达到1790万人次、旅游综合收入达到75亿元，分别实现30%以上的增长 (zhaotong-2014): the rate
    after 分别实现 is a growth, and 力争 opening the sentence governs it."""
    f = facts(registry, PLAN.format("力争游客接待量达到1790万人次、旅游综合收入达到75亿元，分别实现30%以上的增长。"),
              2023)["30%"]
    assert (f.reading.measure, f.reading.direction, f.reading.comparison, f.reading.modality) == (
        "growth", "increase", "at-least", "aspirational")


def test_fang_is_a_cubic_metre_after_wan_or_yi(registry):
    """毗河供水一期工程累计调水2.1亿方 (ziyang-2025): 方 is the spoken 立方米; 共15方成员 (RCEP) counts parties."""
    f = facts(registry, REVIEW.format("毗河供水一期工程累计调水2.1亿方、惠及100余万群众。"), 2011)["2.1亿方"]
    assert f.quantity.unit == "方"
    assert str(load_vocabulary(Settings().ontology_dir).units["方"]).endswith("M3")
    assert "15方" not in facts(registry, REVIEW.format("中国、日本、韩国、澳大利亚和新西兰共15方。"), 2011)


def test_a_part_completing_an_earlier_years_targets_reviews(registry):
    """一、发挥各方面积极性，较好完成2013年目标任务 in the 2014 report (xishuangbannadaizu-2014; 全面完成2003年各项预期
    目标 in yunnan-2004): the part reviews 2013, its values are results; 全面完成2014年的各项任务 in the 2014 report
    plans."""
    text = ("2014年测试市政府工作报告\n各位代表：\n一、发挥各方面积极性，较好完成2013年目标任务\n"
            "对外开放进一步扩大。引进州外到位资金136.2亿元，增长20%。\n二、以改革创新为统领，全力做好2014年的工作\n"
            "今年要继续努力。\n")
    f = facts(registry, text, 2014)["136.2亿元"]
    assert (f.kind, f.period) == ("result", 2013)
    text = "2014年测试市政府工作报告\n各位代表：\n一、全面完成2014年的各项任务\n新建保障性住房5000套。\n"
    assert facts(registry, text, 2014)["5000套"].kind == "target"


def test_a_paragraph_reviewing_the_past_five_years_in_a_plan_part(registry):
    """二、“十三五”发展总体部署 / 过去的五年，是我州经济社会发展取得显著成就的五年…全州地区生产总值从2010年的
    517.5亿元增长到2015年的887亿元，年均增长9.8% (yanbianchaoxianzu-2016): results of the term, not targets."""
    text = ("2016年测试市政府工作报告\n各位代表：\n一、2015年工作回顾\n全市生产总值增长7%。\n二、“十三五”发展总体部署\n"
            "过去的五年，是我州经济社会发展取得显著成就的五年，“十二五”规划各项目标任务基本完成。全州地区生产总值从"
            "2010年的517.5亿元增长到2015年的887亿元，年均增长9.8%。\n")
    got = facts(registry, text, 2016)
    assert (got["887亿元"].kind, got["887亿元"].period) == ("result", 2015)
    assert (got["9.8%"].kind, got["9.8%"].period, got["9.8%"].period_end) == ("result", 2011, 2015)


def test_a_years_review_opening_with_a_spaced_year(registry):
    """一、克难奋进，“十二五”经济社会发展取得显著成绩 / 2015 年是 “十二五 ”的收官之年… (chuxiongyizu-2016, a text with
    spaces around its numbers): the paragraphs after it review 2015, not the term."""
    text = ("2016年测试市政府工作报告\n各位代表：\n一、克难奋进，“十二五”经济社会发展取得显著成绩\n"
            "2015 年是 “十二五 ”的收官之年，也是困难较大并取得显著成效的一年。\n"
            "——抓好 “三农 ”促增收。高原特色现代农业加快发展，新增省级农业龙头企业 8 户、州级 47 户。\n"
            "二、2016年工作安排\n今年要继续努力。\n")
    f = facts(registry, text, 2016)["47 户"]
    assert (f.kind, f.period, f.period_end) == ("result", 2015, None)


def test_an_appendix_numbering_again_keeps_the_reviews_span(registry):
    """一、过去五年工作回顾 / …五年招商引资到位资金达到1640亿元，引进世界、中国500强企业58家 (yinchuan-2013), its
    appendix numbering again (一、实施道路畅通工程): the review part keeps its title, both values are the term's."""
    text = ("2013年测试市政府工作报告\n各位代表：\n一、过去五年工作回顾\n——发展活力日益增强。承接产业转移成果斐然。"
            "五年招商引资到位资金达到1640亿元，引进世界、中国500强企业58家。\n二、2013年主要工作\n今年要继续努力。\n"
            "附件\n一、实施道路畅通工程\n新建道路10条。\n")
    got = facts(registry, text, 2013)
    assert (got["1640亿元"].period, got["1640亿元"].period_end) == (2008, 2012)
    assert (got["58家"].period, got["58家"].period_end) == (2008, 2012)


def test_projects_completed_over_the_term(registry):
    """一、“十三五”时期经济社会发展回顾 / 五年来，…76个冬奥项目已全部完工 (zhangjiakou-2021): completed over the
    term."""
    text = ("2021年测试市政府工作报告\n各位代表：\n一、“十三五”时期经济社会发展回顾\n五年来，冬奥会筹办工作扎实推进，"
            "76个冬奥项目已全部完工，达到了办赛条件。\n二、2021年主要工作\n今年要继续努力。\n")
    f = facts(registry, text, 2021)["76个"]
    assert (f.period, f.period_end) == (2016, 2020)
