"""Modality and measure, round 7 (stop 20, DEV3 sample of bench/audit.py, seed 2003, drafts of extractor 0.3.8, and the
error classes of the blind samples TEST3/TEST4; bench/README.md "Round 7: qualifiers and measure"). Real registry,
real extractor; wordings of corpus reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest


def facts(facts_of, sentence: str, part: str = "plan") -> dict[str, list]:
    """value as written → the drafted facts of one sentence, in order."""
    out: dict[str, list] = {}
    for f in facts_of(sentence, part):
        out.setdefault(f.quantity.value, []).append(f)
    return out


def modality(got: dict[str, list], value: str) -> tuple[str, str]:
    r = got[value][0].reading
    return r.modality, r.modality_written


@pytest.mark.parametrize("sentence,values", [
    ("奋斗目标是：力争到2025年，全市生产总值超1400亿元、年均增长7.5%以上，人均生产总值达9.2万元。",
     ["1400亿元", "7.5%", "9.2万元"]),                                  # TEST3
    ("力争到2020年，规模以上工业增加值年均增长6.5%以上，主营业务收入超100亿元企业达到10家。", ["6.5%", "10家"]),
    ("力争到“十四五”末，全州小麦面积稳定在220万亩左右、主要农作物制种面积达到80万亩，牲畜存栏375万头。",
     ["220万亩", "80万亩", "375万头"]),                                 # Changji 2021
    ("争取“十四五”末，铝镁新材料产业产值突破1000亿元，特钢产业产值突破500亿元。",   # Lvliang 2021
     ["1000亿元", "500亿元"]),
])
def test_an_aim_headed_by_its_year_governs_the_list_after_it(facts_of, sentence, values):
    """力争到2025年， with nothing but its year in its clause heads the targets after it up to the ； or 。"""
    got = facts(facts_of, sentence)
    for value in values:
        assert modality(got, value)[0] == "aspirational", value


def test_the_aim_head_stops_at_a_binding_word_and_at_the_semicolon(facts_of):
    """Negative: 确保 starts a binding target of its own; after ； a new statement begins."""
    got = facts(facts_of, "力争到2020年，规模以上工业增加值年均增长6.5%以上，确保主营业务收入超100亿元企业达到10家。")
    assert modality(got, "6.5%")[0] == "aspirational"
    assert modality(got, "10家")[0] == ""
    got = facts(facts_of, "力争到2025年，全市生产总值达到1400亿元；城镇新增就业2.5万人。")
    assert modality(got, "1400亿元")[0] == "aspirational"
    assert modality(got, "2.5万人")[0] == ""


def test_an_aim_with_a_value_of_its_own_does_not_head_the_next_clause(facts_of):
    """Negative: 力争突破千亿元 holds its own value; the income growth after it is not governed."""
    got = facts(facts_of, "全市地区生产总值增速年均保持两位数增长，力争突破1000亿元，"
                          "城乡居民人均可支配收入年均增长8%。")
    assert modality(got, "1000亿元")[0] == "aspirational"
    assert modality(got, "8%")[0] == ""


@pytest.mark.parametrize("sentence,values", [
    ("力争全年接待旅游人数7000万人次、增长16%，旅游总收入460亿元、增长18%。", ["7000万人次", "460亿元", "18%"]),  # DEV3
    ("力争新增贷款2000亿元，社会融资规模3300亿元。", ["2000亿元", "3300亿元"]),       # Guangxi 2013
    ("力争实现新增就业岗位6万个，安置下岗失业人员1.5万人。", ["6万个", "1.5万人"]),     # Nanchang 2005
])
def test_an_aim_opening_its_sentence_goes_on_through_the_things_it_lists(facts_of, sentence, values):
    """力争 opening the sentence governs the clauses after it that only name a thing and its value."""
    got = facts(facts_of, sentence)
    for value in values:
        assert modality(got, value)[0] == "aspirational", value


@pytest.mark.parametrize("sentence,value", [
    ("推进产业升级，力争新增贷款2000亿元，社会融资规模3300亿元。", "3300亿元"),    # the aim does not open the sentence
    ("力争新增贷款2000亿元，城镇新增就业2.5万人。", "2.5万人"),                     # a verb of its own (新增)
    ("努力壮大制造业规模，加快5000单元车间建设，主导产业规模达到1.4万亿元。", "1.4万亿元"),  # 努力 is no list head
])
def test_a_clause_with_its_own_verb_or_after_an_inner_aim_is_not_governed(facts_of, sentence, value):
    assert modality(facts(facts_of, sentence), value)[0] == ""


@pytest.mark.parametrize("sentence,value", [
    ("一年来，我们争取到国家试点项目28个、举办国家级会议13场。", "28个"),       # TEST4
    ("我们争取到国家民生方面的转移支付269亿元。", "269亿元"),                  # Heilongjiang 2009
])
def test_zhengqu_dao_what_was_obtained_is_no_aim(facts_of, sentence, value):
    assert modality(facts(facts_of, sentence, "review"), value)[0] == ""


def test_zhengqu_dao_a_year_is_an_aim(facts_of):
    """Negative: 争取到2025年 names the aim's year."""
    assert modality(facts(facts_of, "争取到2025年，高新技术企业达到500家。"), "500家") == ("aspirational", "争取")


def test_a_preliminary_forecast_is_an_estimate_across_the_list(facts_of):
    """初步预测，… (TEST4, Guilin 2022): the results the report forecasts before the statistics are estimates."""
    got = facts(facts_of, "初步预测，地区生产总值增长6.5%—7%；组织财政收入按可比口径增长13.3%，"
                          "其中一般公共预算收入增长5.4%。", "review")
    for value in ("6.5%—7%", "13.3%", "5.4%"):
        assert modality(got, value) == ("estimate", "初步预测"), value


def test_a_forecasting_system_is_no_estimate(facts_of):
    """Negative: 预测 alone (监测预测预警) is not 初步预测."""
    got = facts(facts_of, "建成监测预测预警平台12个。", "review")
    assert modality(got, "12个")[0] == ""


@pytest.mark.parametrize("sentence,value,measure,direction", [
    ("实现工业总产值 220.57 亿元，增长 39.5% ，工业对经济增长的贡献率达到 47.9% 。", "39.5%", "growth",  # TEST4
     "increase"),
    ("义务教育标准化公办学校覆盖率达 97.2% ，同比提高 15.7% 。", "15.7%", "growth", "increase"),  # DEV3 Qingyuan 2015
    ("政府行政职权和行政审批事项分别减少 1417 项和 150 项。", "1417 项", "change", "decrease"),  # Songyuan 2016
    ("上交利润增长百分之十二点六。", "百分之十二点六", "growth", "increase"),        # TEST3
])
def test_a_growth_written_with_spaces_or_in_words_is_a_growth(facts_of, sentence, value, measure, direction):
    """The space some texts put between the verb and the number does not part them (增长 39.5%)."""
    r = facts(facts_of, sentence, "review")[value][0].reading
    assert (r.measure, r.direction) == (measure, direction)


@pytest.mark.parametrize("sentence,value", [
    ("工业经济对经济增长的贡献率达到 47.9% 。", "47.9%"),
    ("恩格尔系数由41.9%下降为37％。", "37％"),                          # Xiamen 2006: the level reached
    ("人口自然增长率 1997 年下降为 13.56 ‰。", "13.56 ‰"),               # Hainan 1998
])
def test_a_rate_stays_a_share(facts_of, sentence, value):
    """Negative: a rate with no direction word before it, and a level reached (下降为37%), stay shares."""
    r = facts(facts_of, sentence, "review")[value][0].reading
    assert (r.measure, r.direction) == ("share", "")


def test_a_level_reached_after_a_cut_is_a_level(facts_of):
    """由119项削减为95项 (Handan 2014): 95 is the number left, not the cut."""
    r = facts(facts_of, "市本级行政许可事项由119项削减为95项。", "review")["95项"][0].reading
    assert (r.measure, r.direction) == ("level", "")


def test_the_growth_noun_before_wei_is_a_growth(facts_of):
    """Negative of the rule above: 增速为/涨幅为 name the growth itself."""
    r = facts(facts_of, "居民消费价格涨幅为2%。", "review")["2%"][0].reading
    assert (r.measure, r.direction) == ("growth", "increase")


@pytest.mark.parametrize("sentence,value", [
    ("地方一般公共预算支出超七成用于民生。", "七成"),                      # DEV3 Haikou 2026
    ("参加农业劳动互助组的农户达到了百分之六十左右。", "百分之六十"),        # TEST4
    ("固定资产交付使用率达到百分之八十左右。", "百分之八十"),                # TEST4
])
def test_tenths_and_percent_in_words_are_shares(facts_of, sentence, value):
    assert facts(facts_of, sentence, "review")[value][0].reading.measure == "share"


def test_a_count_is_not_a_share(facts_of):
    """Negative: a count stays a level."""
    assert facts(facts_of, "新增市场主体2.5万户。", "review")["2.5万户"][0].reading.measure == "level"


@pytest.mark.parametrize("sentence,value,measure,direction", [
    ("对外直接投资协议金额增长接近五成。", "五成", "growth", "increase"),           # Shenzhen 2007
    ("市本级行政职权减少3862项，减幅达到72%。", "72%", "growth", "decrease"),        # Yingkou 2016
    ("固定资产投资增速达到3%以上。", "3%", "growth", "increase"),                  # Naqu 2022
])
def test_a_change_word_reaches_its_value_through_daodao_and_jiejin(facts_of, sentence, value, measure, direction):
    """达到, 接近 between the word of a change and its value do not part them (减幅达到72%)."""
    r = facts(facts_of, sentence, "review")[value][0].reading
    assert (r.measure, r.direction) == (measure, direction)


def test_a_rate_reached_stays_a_share(facts_of):
    """Negative: a rate that reaches a level (覆盖率达到60%) has no change word before it."""
    r = facts(facts_of, "企业活跃度达到60%。")["60%"][0].reading
    assert (r.measure, r.direction) == ("share", "")


def test_zhengqu_a_subsidy_is_obtaining_funds(facts_of):
    """争取…补贴 (Wuwei 2025) is obtaining funds, like 争取…资金; 争取 before a count of things to win stays an aim."""
    got = facts(facts_of, "争取消费品以旧换新补贴1.58亿元，投入促消费专项资金5100万元。", "review")
    assert modality(got, "1.58亿元")[0] == modality(got, "5100万元")[0] == ""
    assert modality(facts(facts_of, "争取省级重点项目10个以上。"), "10个")[0] == "aspirational"


@pytest.mark.parametrize("sentence,value,label", [
    ("新增贷款1200亿元，同比多增532亿元。", "532亿元", "新增贷款"),                   # TEST4 Zhejiang 2009
    ("实现进出口总额6915.8亿元，增长7.8%，占全省49.3%。", "49.3%", "进出口总额"),  # Xiamen 2021
    ("单位工业增加值能耗下降14.5%，降幅全区第一。", "一", "单位工业增加值能耗"),        # Wuzhong 2021
])
def test_a_label_that_is_only_a_change_or_a_share_word_names_the_thing_before(facts_of, sentence, value, label):
    """多增, 降幅, 占全省 name no thing of their own: the value measures the thing the value before it measures."""
    assert facts(facts_of, sentence, "review")[value][0].subject == label


def test_a_label_with_its_own_thing_keeps_it(facts_of):
    """Negative: 出口增长11.1% names its own thing after a value of another."""
    assert facts(facts_of, "外贸进出口增长2.2%，其中出口增长11.1%。", "review")["11.1%"][0].subject != "外贸进出口"
