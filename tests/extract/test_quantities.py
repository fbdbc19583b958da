"""Quantities and their fields, sentence by sentence (real wordings of Dalian, Liaoning and national reports)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from api.extract.quantities import scan


def fields(f):
    r = f.reading
    return (f.quantity.value, r.comparison, r.comparison_written, r.measure, r.direction, r.baseline)


@pytest.mark.parametrize("sentence,part,expected", [
    ("地区生产总值增长6%左右", "plan", ("6%", "about", "左右", "growth", "increase", "previous-year")),
    ("规模以上工业增加值增长10%以上", "review", ("10%", "at-least", "以上", "growth", "increase", "previous-year")),
    ("居民消费价格涨幅控制在3%左右", "plan", ("3%", "at-most-about", "控制在…左右", "growth", "increase", "previous-year")),
    ("能耗强度比2020年累计下降13%以上", "review", ("13%", "at-least", "以上", "growth", "decrease", "cumulative-since:2020")),
    ("能耗强度较2020年累计下降12%", "plan", ("12%", "exactly", "", "growth", "decrease", "cumulative-since:2020")),
    ("新增国家级创新平台2—3家", "plan", ("2—3家", "range", "", "level", "", "")),
    ("经济增长6.5%—7%", "plan", ("6.5%—7%", "range", "", "growth", "increase", "previous-year")),
    ("技术合同成交额超过500亿元", "plan", ("500亿元", "more-than", "超过", "level", "", "")),
    ("近岸海域优良水质比例不低于96.9%", "plan", ("96.9%", "at-least", "不低于", "share", "", "")),
    ("海洋领域研发项目不少于20项", "plan", ("20项", "at-least", "不少于", "level", "", "")),
    ("石化产业营业收入突破千亿元", "review", ("千亿元", "more-than", "突破", "level", "", "")),
    ("带动社会投资上百亿元", "review", ("上百亿元", "at-least", "上", "level", "", "")),
    ("新增外贸企业100多家", "review", ("100多家", "more-than", "多", "level", "", "")),
    ("培育科技型企业3000余家", "review", ("3000余家", "more-than", "余", "level", "", "")),
    ("城镇新增就业近5万人", "review", ("5万人", "about", "近", "level", "", "")),
    ("全市接待游客约1.2亿人次", "review", ("1.2亿人次", "about", "约", "level", "", "")),
    ("赤字率控制在3%以内", "plan", ("3%", "at-most", "控制在…以内", "share", "", "")),
    ("城镇登记失业率4.5%以下", "plan", ("4.5%", "at-most", "以下", "share", "", "")),
    ("单位面积污染物排放不超过10吨", "plan", ("10吨", "at-most", "不超过", "level", "", "")),
    ("刑事案件破案率提升19.5个百分点", "review", ("19.5个百分点", "exactly", "", "change", "increase", "previous-year")),
    ("服务业比重同比提高1个百分点", "review", ("1个百分点", "exactly", "", "change", "increase", "previous-year")),
    ("城镇调查失业率5.5%左右", "plan", ("5.5%", "about", "左右", "share", "", "")),
    ("政务服务事项“网上办”达93%", "review", ("93%", "exactly", "", "share", "", "")),
    ("户籍人口自然增长率控制在1‰", "plan", ("1‰", "at-most", "控制在", "share", "", "")),
    ("信访总量下降20.3%", "review", ("20.3%", "exactly", "", "growth", "decrease", "previous-year")),
    ("公用经费按定额标准压缩10%", "review", ("10%", "exactly", "", "growth", "decrease", "standard")),
    ("地方财政收入年均递增21.2%", "review", ("21.2%", "exactly", "", "average-growth", "increase", "")),
    ("举办会展活动增长1.5倍", "review", ("1.5倍", "exactly", "", "growth", "increase", "previous-year")),
    ("数量和规模居全国首位", "review", ("首位", "exactly", "", "rank", "", "")),
    ("综合发展评价指数居全省第3位", "review", ("3位", "exactly", "", "rank", "", "")),
    ("一般公共预算支出比上年增加1.1万亿元", "plan", ("1.1万亿元", "exactly", "", "change", "increase", "previous-year")),
    ("化学需氧量排放减少3万吨", "review", ("3万吨", "exactly", "", "change", "decrease", "previous-year")),
    ("新开办公办幼儿园13所", "review", ("13所", "exactly", "", "level", "", "")),
    ("空气质量优良天数319天", "review", ("319天", "exactly", "", "level", "", "")),
    ("“十四五”规划确定的老旧小区改造任务提前两年完成", "review", ("两年", "exactly", "", "level", "", "")),
    ("两条跨海城市交通大动脉建成运行", "review", ("两条", "exactly", "", "level", "", "")),
    ("新增国家临床重点专科十五个", "review", ("十五个", "exactly", "", "level", "", "")),
])
def test_one_quantity(facts_of, sentence, part, expected):
    facts = facts_of(sentence, part)
    assert len(facts) == 1, [f.quantity.value for f in facts]
    assert fields(facts[0]) == expected
    assert facts[0].kind == ("result" if part == "review" else "target")
    year = 2023 if part == "review" else 2024
    if facts[0].reading.measure == "average-growth":       # a span: the five years up to the reviewed year
        assert (facts[0].period, facts[0].period_end) == (year - 4, year)
    else:
        assert (facts[0].period, facts[0].period_end) == (year, None)


@pytest.mark.parametrize("written,minimum,maximum,unit", [
    ("1.36亿人次", "136000000", "136000000", "人次"),
    ("12.5万人", "125000", "125000", "人"),
    ("9.6亿美元", "960000000", "960000000", "美元"),
    ("126万亿元", "126000000000000", "126000000000000", "元"),
    ("25亿斤", "2500000000", "2500000000", "斤"),
    ("9万公顷", "90000", "90000", "公顷"),
    ("1100万平方米", "11000000", "11000000", "平方米"),
    ("54.3公里", "54.3", "54.3", "公里"),
    ("402.1万亩", "4021000", "4021000", "亩"),
    ("30万千瓦", "300000", "300000", "千瓦"),
    ("2—3家", "2", "3", "家"),
    ("6.5%—7%", "6.5", "7", "%"),
    ("千亿元", "100000000000", "100000000000", "元"),
    ("两条", "2", "2", "条"),
    ("十五项", "15", "15", "项"),
    ("19.5个百分点", "19.5", "19.5", "个百分点"),
])
def test_value_scale_and_unit(written, minimum, maximum, unit):
    text = f"全年完成{written}。"
    (q,) = scan(text, 0, len(text))
    assert (q.value, q.minimum, q.maximum, q.unit) == (written, Decimal(minimum), Decimal(maximum), unit)
    assert text[q.start:q.end] == written


@pytest.mark.parametrize("sentence", [
    "奋力谱写“两先区”高质量发展新篇章",
    "“十四五”规划纲要全面实施",
    "十四五时期经济社会发展取得新成效",
    "加快建设地铁5号线和地铁4号线一期",
    "落实国务院安委会“十五条”硬措施",
    "2023年是全面贯彻落实党的二十大精神开局之年",
    "较好完成市十七届人大二次会议确定的年度目标任务",
    "2024年1月8日在大连市第十七届人民代表大会第三次会议上",
    "加快5G网络建设，PM2.5平均浓度持续下降",
    "五年来，我们坚持稳中求进",
    "坚决做到“两个维护”，深刻领悟“两个确立”",
    "实施三个一批工程",
    "教育、科技、人才三位一体、协同发力",
    "打造千亿级产业集群",
    "开工建设奇瑞汽车二期",
    "是三年新冠疫情防控转段后经济恢复发展的一年",
    "用3年时间基本完成改造",
    "商品房销售面积实现两位数增长",
    "推进中国—东盟自贸区3.0版谈判",
    "必须重点抓好以下九个方面的工作",
    "目前具有二类医疗器械资质的企业",
])
def test_numbers_in_names_are_not_quantities(facts_of, sentence):
    assert [f.quantity.value for f in facts_of(sentence, "review")] == []


def test_respectively_lists_subjects_in_order(facts_of):
    facts = facts_of("对日本、韩国、俄罗斯进出口分别增长2%、20%、80%", "review")
    assert [(f.quantity.value, f.about, f.order, f.reading.measure, f.reading.direction) for f in facts] == [
        ("2%", "place/japan", 1, "growth", "increase"), ("20%", "place/south-korea", 2, "growth", "increase"),
        ("80%", "place/russia", 3, "growth", "increase")]
    assert {f.indicator for f in facts} == {"indicator/foreign-trade"}


def test_respectively_refers_to_the_previous_clauses(facts_of):
    facts = facts_of("全年接待游客1.36亿人次,实现旅游收入1493亿元,分别恢复至2019年的148%和175%", "review")
    assert [f.quantity.value for f in facts] == ["1.36亿人次", "1493亿元", "148%", "175%"]
    ratio = facts[2:]
    assert [(f.indicator, f.order, f.reading.measure, f.reading.baseline) for f in ratio] == [
        ("indicator/tourist-arrivals", 1, "ratio", "level-of:2019"),
        ("indicator/tourism-revenue", 2, "ratio", "level-of:2019")]


def test_respectively_with_indicators_listed(facts_of):
    facts = facts_of("战略性新兴产业增加值、数字经济核心产业增加值占GDP比重分别升至13%和9.5%", "review")
    assert [(f.quantity.value, f.order, f.reading.measure, f.reading.direction) for f in facts] == [
        ("13%", 1, "share", ""), ("9.5%", 2, "share", "")]
    assert facts[0].indicator != facts[1].indicator
    assert {f.about for f in facts} == {"place/dalian"}


def test_a_value_shared_by_two_indicators_is_two_facts(facts_of):
    facts = facts_of("矛盾纠纷化解率、信访台账案件化解率保持在95%以上", "plan")
    assert [(f.quantity.value, f.order, f.reading.comparison) for f in facts] == [
        ("95%", 1, "at-least"), ("95%", 2, "at-least")]


def test_a_second_value_of_the_same_subject(facts_of):
    facts = facts_of("省外到位内资1885.6亿元、增长15.1%", "review")
    assert [(f.quantity.value, f.reading.measure) for f in facts] == [("1885.6亿元", "level"), ("15.1%", "growth")]
    # 省外到位内资 is its own indicator in the registry (not 实际到位内资): both values get it
    assert facts[0].indicator == facts[1].indicator == "indicator/domestic-capital-inflow-from-outside-province"


def test_the_subject_after_the_number(facts_of):
    (f,) = facts_of("2家企业成功上市", "review")
    assert (f.subject, f.indicator) == ("企业成功上市", "indicator/company-listings")
    (g,) = facts_of("12家银行设立科技支行", "review")
    assert g.indicator == "indicator/sci-tech-bank-branches"        # in the registry since the 2025 curation
    (h,) = facts_of("12家银行设立绿色金融事业部", "review")
    assert h.indicator.startswith("indicator/proposed-") and "银行设立绿色金融事业部" in h.proposed


def test_indicator_from_the_registry_and_about_an_industry(facts_of):
    (f,) = facts_of("新一代信息技术产业产值达到1800亿元", "plan")
    assert f.about == "industry/new-generation-information-technology"
    (g,) = facts_of("规上工业增加值增长7.5%", "plan")
    assert g.indicator == "indicator/industrial-value-added"


def test_estimates_and_aspirations_are_noted(facts_of):
    (f,) = facts_of("预计,地区生产总值增长6%以上", "review")
    assert f.notes and f.notes[0].startswith("预计")
    (g,) = facts_of("力争实际利用外资增长12%", "plan")
    assert any("aspirational" in n for n in g.notes)


def test_tense_in_the_plan_part(facts_of):
    (f,) = facts_of("到2025年，全社会研发投入强度达到3%", "plan")
    assert (f.kind, f.period) == ("target", 2025)
    (g,) = facts_of("去年，地区生产总值增长5%", "plan")
    assert (g.kind, g.period) == ("result", 2023)


@pytest.mark.parametrize("sentence", [
    "社保覆盖面扩大，城乡低保标准连续17年提高",                         # a streak's length (Dalian 2025)
    "空气质量优良天数连续4年超300天",                                   # 300天 stays, 4年 goes (Dalian 2022)
    "创业担保贷款放贷额连续两年全省最高",                               # Dongying 2021
    "瓦轴集团4兆瓦级风机主轴轴承填补国内空白",                          # a rating: X级
    "东营港4个10万吨级泊位完成主体",                                    # 4个 stays, 10万吨级 goes (Dongying 2021)
    "全球首艘7500立方米液态二氧化碳船成功交付",                         # the size of one vessel (Dalian 2025)
    "363吨级电动轮自卸车",                                              # Xiangtan 2016
    "推进智慧港口2.0项目",                                              # 项 of 项目 (Dalian 2023)
    "自贸片区和太平湾两个氢能产业园开工建设",                           # the count of the names listed (Dalian 2023)
    "实施普惠金融直达、资本市场提升、保险资金引入三项工程",             # Dalian 2025
    "精细化工、铜基新材料、化工新材料、稀土催化材料、高性能纤维材料五条产业链",  # Dongying 2021
    "华锐重工全球首批335吨智能、绿色、高效型鱼雷车顺利下线",              # Dalian 2022
    "7个村镇入选全国乡村特色产业十亿元镇和亿元村",                      # a class of towns (Dalian 2022)
    "建成超百亿元全产业链集群5个",                                      # 5个 stays (Dalian 2025)
    "继续推动百万吨乙烯项目前期工作",                                    # Dalian 2006
    "高质量承办全国现代五项锦标赛",                                      # a sport
    "成功入选全国60个废旧物资循环利用体系建设重点城市名单",              # the size of a national list
    "右玉县被水利部列为全国5个水土保持高质量发展先行区建设县之一",      # Shuozhou 2022
])
def test_streaks_ratings_and_list_counts_are_not_quantities(facts_of, sentence):
    values = [f.quantity.value for f in facts_of(sentence, "review")]
    kept = {"空气质量优良天数连续4年超300天": ["300天"], "东营港4个10万吨级泊位完成主体": ["4个"],
            "建成超百亿元全产业链集群5个": ["5个"], "7个村镇入选全国乡村特色产业十亿元镇和亿元村": ["7个"]}
    assert values == kept.get(sentence, [])


@pytest.mark.parametrize("sentence,values", [
    ("恒力新材料科创园160万吨树脂、260万吨聚酯等项目投产", ["160万吨", "260万吨"]),   # capacities stay
    ("能源综合生产能力达到58亿吨标准煤", ["58亿吨"]),
    ("引进和培育三家龙头企业", ["三家"]),                    # two verbs listed, three firms: a count
    ("金普新区等6个地区城中村改造", ["6个"]),               # 等: the list is not complete
    ("接待游客连续增长，达到5000万人次", ["5000万人次"]),
    ("石化产业营业收入突破千亿元大关", ["千亿元"]),
    ("在全国10个试点城市中完成投资50亿元", ["10个", "50亿元"]),
])
def test_capacities_and_counts_that_stay_quantities(facts_of, sentence, values):
    assert [f.quantity.value for f in facts_of(sentence, "review")] == values


# Stop 18: the extras of the fully curated dev reports, by class; the rules checked on drafts of Beijing 2010,
# Chengdu 2022, Kunming 2021, Ningbo 2012, Fuzhou 2017, Sichuan 2019, Yuxi 2024, Dongguan 2022 and others.
@pytest.mark.parametrize("sentence,values", [
    ("严格落实安全生产15条硬措施", []),                                              # Dalian 2023: implemented, a name
    ("全面落实国家关于构建数据基础制度，更好发挥数据要素作用20条政策措施", []),        # Dalian 2023
    ("落实扶持“双创”7条措施", []),                                                  # Fuzhou 2017
    ("相继推出经济稳中求进22条、稳增长30条、科创32条等政策", []),                     # Dalian 2025: name-first
    ("出台实施应对疫情稳增长20条、支持实体经济发展20条、促进外贸稳增长23条等政策", []),  # Kunming 2021
    ("出台促进养老服务发展21条政策措施", ["21条"]),                                  # Dalian 2022: issued, a count
    ("发布稳市场主体促经济发展12条政策措施", ["12条"]),                              # Dalian 2022
    ("11条政策举措出台", ["11条"]),                                                  # Dalian 2025
    ("新开通公交线路15条", ["15条"]),
])
def test_policy_packages_named_by_their_size(facts_of, sentence, values):
    assert [f.quantity.value for f in facts_of(sentence, "review")] == values


@pytest.mark.parametrize("sentence,values,unit", [
    ("PM2.5达到28微克／立方米", ["28微克／立方米"], "微克／立方米"),               # Dalian 2022
    ("PM_2.5累计均值24微克/立方米、下降14.3%", ["24微克/立方米", "14.3%"], "微克/立方米"),  # Dalian 2023
    ("项目达产后将新增芯片产能48万片、总产能达到148万片", ["48万片", "148万片"], "片"),      # Dalian 2023
    ("新建改造“三大球”“三小球”等场地330片", ["330片"], "片"),                     # Dalian 2025
    ("游泳池11片、智慧体育公园4个", ["11片", "4个"], "片"),                          # Fuzhou 2022
])
def test_units_of_concentration_and_pieces(facts_of, sentence, values, unit):
    facts = facts_of(sentence, "review")
    assert [f.quantity.value for f in facts] == values
    assert facts[0].quantity.unit == unit


@pytest.mark.parametrize("sentence", ["一轴两岸、四片多点", "推进中心城区3片区改造"])
def test_pieces_in_slogans_and_names(facts_of, sentence):
    assert facts_of(sentence, "review") == []


def test_m2_inside_pm25_is_not_broad_money(facts_of):
    pm = facts_of("PM2.5平均浓度下降6.4%", "review")                              # Quanzhou 2026
    assert [f.indicator for f in pm] != ["indicator/m2"]
    m2 = facts_of("广义货币M2余额增长9%", "review")
    assert [f.indicator for f in m2] == ["indicator/m2"]
    gdp = facts_of("全市GDP增长5%", "review")                                     # a Latin name alone still names
    assert [f.indicator for f in gdp] == ["indicator/gdp"]


@pytest.mark.parametrize("sentence,expected", [
    # 等 + the class: the number counts the class, one fact (Dalian 2025, Yuxi 2024)
    ("培育概念验证中心、中试基地等成果转化服务机构10家", 1),
    ("全市地区生产总值、固定资产投资、外贸进出口总额等8项指标没有实现既定目标", 1),
    # a count after names joined by 和 without 均/分别 is their total (Dalian 2023)
    ("培育农业产业化联合体和农业龙头企业15家以上", 1),
    # a rate or an amount stays each item's
    ("实现生产总值、工业总产值、财政收入等主要指标30%以上增长", 3),                  # Changde 2014
    ("生产总值、固定资产投资突破千亿元大关", 2),                                     # Fuzhou 2016
    ("矛盾纠纷化解率、信访台账案件化解率保持在95%以上", 2),
])
def test_a_count_of_listed_kinds_is_one_total(facts_of, sentence, expected):
    assert len(facts_of(sentence, "review")) == expected
