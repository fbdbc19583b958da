"""Round 27b (TEST14's judged errors): a share of things meeting something and a sum spent on solving a problem are
named by the words after the value, a starting level's 从上年 is no word of the thing; list counts of quoted names
or closing their clause, work items per member of a set, the conditions of a rule's cases and policy packages
written name-first (joined by 以及/和) are no quantities. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, REVIEW, TERM, labels, values


def test_a_percent_of_things_meeting_something_is_their_share(registry):
    """确保重点治理行业80%的企业大气污染物排放达标 (guizhou-2007), 推进义务教育学校100%达省定标准 (wuhu-2022): the share
    of the things that meet it, not the words before the number."""
    got = labels(registry, "推进大气污染治理，确保重点治理行业80%的企业大气污染物排放达标。")
    assert got["80%"] == ["重点治理行业企业大气污染物排放达标比例"]
    got = labels(registry, "推进义务教育学校100%达省定标准，普通高中多样化发展。")
    assert got["100%"] == ["义务教育学校达省定标准比例"]
    assert labels(registry, "全市行政村80%通了公交。")["80%"] == ["行政村通了公交比例"]
    assert labels(registry, "城镇化率达到55%，服务业比重达到45%。")["55%"] == ["城镇化率"]


def test_a_sum_put_into_solving_a_problem_is_that_purposes_investment(registry):
    """投入超20亿元解决6060个自然村、136.42万人安全饮用水问题 (shaoguan-2022): the investment in that purpose, not 投入
    with the villages counted inside it."""
    got = labels(registry, "投入超20亿元解决6060个自然村、136.42万人安全饮用水问题。")
    assert got["20亿元"] == ["解决安全饮用水问题投入"]


def test_a_starting_levels_time_is_no_word_of_the_thing(registry):
    """使受惠学生从上年的46.9万人增至57.6万人 (guiyang-2008): 从上年 is the base, the thing is 受惠学生."""
    got = labels(registry, "全面实行“两免一补”，使受惠学生从上年的46.9万人增至57.6万人。")
    assert got["57.6万人"] == ["受惠学生"]


def test_a_count_repeating_quoted_names_or_closing_its_clause_is_a_list_count(registry):
    """深入实施“粤菜师傅”“广东技工”“南粤家政”三项工程 (shaoguan-2022), 一九八四年光粮、棉、油三项，… (zhejiang-1985):
    the count repeats the names just listed."""
    got = values(registry, TERM, "深入实施“粤菜师傅”“广东技工”“南粤家政”三项工程，城镇新增就业累计14.4万人。", 2011)
    assert "三项" not in got and "14.4万人" in got
    got = values(registry, REVIEW, "一九八四年光粮、棉、油三项，国家财政就补贴了208亿元。", 2011)
    assert "三项" not in got and "208亿元" in got
    assert "3处" in values(registry, REVIEW, "建成公园、广场3处，新增绿地10万平方米。", 2011)


def test_work_items_per_member_of_a_set_are_a_rule(registry):
    """今年省政府抓10项、每个市县和部门抓5项创新性亮点工作 (hainan-2023): 5项 is what each member takes on; the
    province's own 10项 and a count built each (每个县建成3个示范点, test_audit31b) stay."""
    got = values(registry, PLAN, "今年省政府抓10项、每个市县和部门抓5项创新性亮点工作。每个县建成3个示范点。", 2023)
    assert "5项" not in got and "10项" in got and "3个" in got


def test_the_condition_of_a_rules_cases_is_a_class(registry):
    """城镇职工当年医疗费用总额超过5万元的、…超过3万元的，…再报销50% (wulanchabu-2014), 对集体收入低于5万元的，实行
    财政差额补贴: the threshold of the cases a rule is over, not a quantity; the rule's own 50% stays."""
    got = values(registry, PLAN, "城镇职工当年医疗费用总额超过5万元的、城镇居民当年医疗费用总额超过3万元的，"
                                 "属于政策范围内的个人自付部分再报销50%。", 2023)
    assert "5万元" not in got and "3万元" not in got and "50%" in got
    assert "5万元" not in values(registry, PLAN, "对集体收入低于5万元的，实行财政差额补贴。", 2023)
    assert "5万元" in values(registry, PLAN, "村集体收入超过5万元，增长10%。", 2023)


def test_policy_packages_written_name_first_are_names(registry):
    """连续出台培育发展市场主体23条、服务业21条…以及创新园区发展21条和公共服务体系建设42条等政策措施 (yantai-2014):
    packages named by their size (docs/records.md), joined by 以及 and 和 too."""
    got = values(registry, REVIEW, "连续出台培育发展市场主体23条、服务业21条、旅游业20条、金融业26条、"
                                   "电子商务27条、健康服务业16条、养老产业18条以及创新园区发展21条"
                                   "和公共服务体系建设42条等政策措施。", 2011)
    assert not [v for v in got if v.endswith("条")]
    assert "21条" in values(registry, REVIEW, "出台促进养老服务发展21条政策措施。", 2011)
