"""Round 26 (r26a): the subjects of a label — a bare rate after the counts of the things it is of, two subjects of
one value or of values joined without 分别, a share two sectors share, and a bare 利税/税收/交易额/主营业务收入 after
the thing or company that earns it. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts, labels


def test_a_bare_rate_after_the_counts_of_its_things_names_them(registry):
    """办理人大代表建议94件、政协委员提案332件，答复率均达100% (binzhou-2018), …办复率、满意率均达100% (bijie-2020),
    新建农村卫生厕所3.8万座、普及率达74% (yinchuan-2020), 8890平台受理群众诉求13.3万件，办结率… (zhaoyang-2021): the
    rate is of the things counted (docs/records.md), given 分别 each of its own (xiamen-2006); a count of something else
    done before the list (制定…规章6件: neimenggu-2017) is no item of it, nor a thing counted after its number."""
    got = labels(registry, "办理人大代表建议132件、政协提案149件，办结率、满意率均为100%。")
    assert got["100%"] == ["人大代表建议和政协提案办结率", "人大代表建议和政协提案满意率"]
    got = labels(registry, "办理人大代表建议、政协提案524件，办结率、满意率100%。")
    assert got["100%"][0] == "人大代表建议和政协提案办结率"
    got = labels(registry, "认真办理人大代表议案、建议292件，政协提案488件，办结率均达100%，满意率分别达93.3%和95.5%。")
    assert (got["93.3%"], got["95.5%"]) == (["人大代表议案、建议满意率"], ["政协提案满意率"])
    assert labels(registry, "新建农村卫生厕所3.8万座、普及率达74%。")["74%"] == ["农村卫生厕所普及率"]
    got = labels(registry, "8890平台受理群众诉求13.3万件，办结率和群众满意率分别达到99.4%、96.3%。")
    assert got["99.4%"] == ["群众诉求办结率"]
    got = labels(registry, "制定、修改和废止政府规章6件，办理人大代表建议和政协提案1169件，办复率100%。")
    assert got["100%"] == ["人大代表建议和政协提案办复率"]
    assert labels(registry, "新建2座变电站，覆盖率90%。")["90%"] == ["覆盖率"]


def test_values_joined_without_fenbie_after_a_code_or_a_base_year_are_each_items(registry):
    """PM2.5、PM10浓度同比下降11.1%、11% (jiaozuo-2021), 旅游接待人数和综合收入比2011年增长4.7倍和4.8倍
    (zhangye-2017): the code's digits and the base year are no value, so 分别 is understood; each value is of its own
    item, and a 年均浓度 is the annual mean, not a growth per year (chengdu-2018)."""
    got = labels(registry, "PM2.5、PM10平均浓度下降33.3%和30.8%。")
    assert (got["33.3%"], got["30.8%"]) == (["PM2.5平均浓度"], ["PM10平均浓度"])
    got = labels(registry, "旅游接待人数和综合收入比2011年增长4.7倍和4.8倍。")
    assert got["4.7倍"] == ["旅游接待人数"]
    drafted = facts(registry, REVIEW.format("PM10、PM2.5年均浓度同比下降13.7%、10.2%。"), 2011)
    assert drafted["13.7%"].subject == "PM10年均浓度"
    assert {v: f.reading.measure for v, f in drafted.items()} == {"13.7%": "growth", "10.2%": "growth"}


def test_two_sectors_share_the_share_the_last_states(registry):
    """高新技术产业和战略性新兴产业占规模工业比重分别为59%和44%, 先进制造业和高技术制造业增加值占规模以上工业比重分别
    达56.3%和32% (guangdong-2020): the first sector's share, not the sector alone; not for a modifier
    (公办、普惠性幼儿园在园幼儿占比) or a last item naming nothing before 占 (药占比)."""
    got = labels(registry, "高新技术产业和战略性新兴产业占规模工业比重分别为59%和44%。")
    assert got["59%"] == ["高新技术产业占规模工业比重"]
    got = labels(registry, "先进制造业和高技术制造业增加值占规模以上工业比重分别达56.3%和32%。")
    assert got["56.3%"] == ["先进制造业占规模以上工业比重"]
    assert labels(registry, "医疗费用增速和药占比分别下降3.05个和4.94个百分点。")["3.05个"] == ["医疗费用增速"]


def test_a_later_measure_shares_the_owner_the_first_names_with_its_act(registry):
    """民营经济完成增加值、实现营业收入均增长12%: the private economy's income, not a bare 营业收入;
    房屋销售面积、销售额分别增长43.4%、51.6% (hainan-2017): 房屋销售额, the owner's 销售 not written twice."""
    assert labels(registry, "民营经济完成增加值、实现营业收入均增长12%。")["12%"][1] == "民营经济营业收入"
    assert labels(registry, "房屋销售面积、销售额分别增长43.4%、51.6%。")["51.6%"] == ["房屋销售额"]


def test_bare_profits_taxes_and_turnover_take_their_earner(registry):
    """长城汽车销售收入534亿元、增长27.1%，利税126亿元 (baoding-2014), 规模以上工业实现增加值…，利税…
    (heilongjiang-2006), 全省民营加油站销售额增长35.4%、税收增长19.3% (guizhou-2023), 电子商务发展迅猛，交易额…
    (zhengzhou-2015), 发展壮大健康食品产业，主营业务收入… (xingtai-2021); not a goal
    (民营经济三年腾飞目标全面实现: jilin-province-2010)."""
    got = labels(registry, "长城汽车销售收入534亿元、增长27.1%，利税126亿元、增长59.5%。")
    assert got["126亿元"] == ["长城汽车利税"]
    got = labels(registry, "规模以上工业实现增加值2166.3亿元，利税1467.7亿元，分别比上年增长15.3%和35.9%。")
    assert got["1467.7亿元"] == ["规模以上工业利税"]
    assert labels(registry, "全省民营加油站销售额增长35.4%、税收增长19.3%。")["19.3%"] == ["民营加油站税收"]
    assert labels(registry, "电子商务发展迅猛，交易额达到2800亿元。")["2800亿元"] == ["电子商务交易额"]
    assert labels(registry, "发展壮大健康食品产业，主营业务收入增长10%以上。")["10%"] == ["健康食品产业主营业务收入"]
    assert labels(registry, "民营经济三年腾飞目标全面实现，主营业务收入增长20%。")["20%"] == ["主营业务收入"]
