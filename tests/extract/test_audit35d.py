"""Round 22 (stop 25, TEST12 as a development sample): proposed labels cut from the words around a number without
finding the thing it counts — a label holding another value, ending in a preposition or 把, or naming only a base or a
span of years. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts


def drafted(registry, sentence):
    return facts(registry, REVIEW.format(sentence), 2011)


def test_a_base_or_a_span_alone_is_of_the_thing_named_before(registry):
    """较2019年同期增长8.2%, 两年平均增速4% (xingtai-2021-08), 前四年年均增长7.6% (xiaogan-2021), 平均每年递增百分之四
    (national-1982): the thing the sentence named before, not the base or span."""
    got = drafted(registry, "上半年，地区生产总值完成1073.75亿元，同比增长6.6%，较2019年同期增长8.2%，两年平均增速4%。")
    assert (got["8.2%"].indicator, got["4%"].indicator) == ("indicator/gdp", "indicator/gdp")
    assert drafted(registry, "地区生产总值迈过2000亿元，前四年年均增长7.6%。")["7.6%"].indicator == "indicator/gdp"
    got = drafted(registry, "在这个期间，我国工农业总产值计划增长百分之二十一点七，平均每年递增百分之四。")
    assert got["百分之四"].indicator == got["百分之二十一点七"].indicator


def test_a_label_holds_no_value_of_the_paragraph(registry):
    """向社会推介59项208亿元的PPP项目 (boertalamenggu-2016), 开工建设投资10亿元的…公司年产30万头…项目
    (liaoyuan-2020): the values are out of the labels, a sum before 的 is the things' investment; a class threshold
    stays (negative)."""
    got = drafted(registry, "向社会推介59项208亿元的PPP项目，盘活社会存量资本。")
    assert (got["59项"].subject, got["208亿元"].subject) == ("向社会推介PPP项目", "向社会推介PPP项目投资")
    got = drafted(registry, "开工建设投资10亿元的双天生态农业公司年产30万头东辽黑猪养殖及深加工项目。")
    assert got["10亿元"].subject == "开工建设双天生态农业公司东辽黑猪养殖及深加工项目投资"
    assert drafted(registry, "销售收入过10亿元的企业达到77户。")["77户"].subject == "销售收入过10亿元的企业"


def test_the_subjects_of_a_list_follow_the_last_item_with_a_value(registry):
    """蔬菜出口突破100亿元、货值和总量分别居全国地级市第1位、第3位 (yongzhou-2024): the ranks are 货值's and 总量's, of
    蔬菜出口."""
    got = drafted(registry, "蔬菜出口突破100亿元、货值和总量分别居全国地级市第1位、第3位。")
    assert (got["1位"].subject, got["3位"].subject) == ("蔬菜出口货值", "蔬菜出口总量")


def test_a_preposition_or_ba_before_the_value_names_its_object(registry):
    """按每人每年2万元标准进行补贴 (zhaoqing-2020) is a subsidy standard; 把三分之一的企业建成大庆式企业
    (national-1978) a share of the things after 的; 与131个国家发生贸易往来 (puyang-2021) counts the partners."""
    got = drafted(registry, "对1151名行政村卫生站医生按每人每年2万元标准进行补贴。")
    assert got["2万元"].subject == "行政村卫生站医生补贴标准"
    got = drafted(registry, "保证到一九八〇年把三分之一的企业建成大庆式企业。")
    assert got["三分之一"].subject == "企业建成大庆式企业"
    assert drafted(registry, "与131个国家发生贸易往来。")["131个"].subject == "发生贸易往来的国家"


def test_framing_words_and_the_things_given_are_out_of_a_label(registry):
    """又解决近15万农村人口饮水安全问题 (jilin-prefecture-2014); 向…13个县授予…行政审批权262项 (qinghai-2012): what was
    given, not the counties; 整合13.3亿元支持马铃薯… (gansu-2010): the sum with what it supports; a bracket opening a
    subject of its own (nanchang-2009)."""
    assert drafted(registry, "又解决近15万农村人口饮水安全问题。")["15万"].subject == "解决农村人口饮水安全问题"
    got = drafted(registry, "先后向纳入绩效考核的13个县授予州（地、市）一级行政审批权262项。")
    assert got["262项"].subject == "向县授予州（地、市）一级行政审批权"
    got = drafted(registry, "整合13.3亿元支持马铃薯、中药材和43个牛羊产业大县建设。")
    assert got["13.3亿元"].subject == "整合资金支持马铃薯、中药材和牛羊产业大县建设"
    got = drafted(registry, "降低了低保住房困难家庭准入标准（人均使用面积由8平方米提高到10平方米）。")
    assert got["10平方米"].subject == "人均使用面积"
