"""The indicator's label, round 15 (stop 22; classes read on DEV28 of stop 22, seed 2032, drafts of 0.3.16;
bench/README.md "Round 15: the indicator (stop 22)"): a verb's or a frame's words left at a label's end
(`indicators.TRAILING`), 加快推进 as an opener (`indicators.LEADING`), what became of things run on into their label
(`labels.RUN_ON`), 投资规模 after a count (`indicators.GENERIC`), a count after 和 whose label took the count before's
things (`labels.joined_after`) and the share of a sum spent on something (`labels.spent_share`).
Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.indicators import label_of
from tests.extract.texts import HEAD, facts


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry name) of each drafted value of a sentence."""
    drafted = facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject for v, f in drafted.items()}


def test_words_of_the_verb_or_frame_left_at_the_end_go(registry):
    """税收可达18.48亿元 (Tibet 2007), 资助标准确定为每人每年1200元 (Shandong 2012), 新型经营主体发展到2000家 (Harbin
    2026), 定量考核进入全省前5名 (Jining 2014): 可, 确定为每人每年, 发展到 and 进入全省前 are the verb's, not the
    thing's."""
    assert labels(registry, "地方财政一般预算收入可达14.56亿元；税收可达18.48亿元。")["18.48亿元"] == "税收"
    assert labels(registry, "对孤儿、家庭困难和残疾儿童入园资助标准确定为每人每年1200元。")["1200元"] \
        == "孤儿、家庭困难和残疾儿童入园资助标准"
    assert labels(registry, "新增适度规模经营面积130万亩，经营超千亩新型经营主体发展到2000家。")["2000家"] \
        == "经营超千亩新型经营主体"
    assert labels(registry, "城市环境综合整治定量考核进入全省前5名。")["5名"] == "城市环境综合整治定量考核"
    assert labels(registry, "大气环境质量稳居全省前两位。")["两位"] == "大气环境质量"
    assert labels(registry, "农民收入增幅连续5年稳居全省前3位。")["3位"].endswith("5年")
    assert labels(registry, "全球金融中心排名继续位居前50名。")["50名"] == "全球金融中心排名"
    assert labels(registry, "可持续发展指数达到80%。")["80%"] == "可持续发展指数"


def test_a_standard_per_person_and_period_loses_its_frame(registry):
    """城乡特困人员基本生活标准提至每人每月1124元 (Zhanjiang 2020), 基本养老金人均每月增加186元 (Beihai 2014), 最低工资
    标准由780元调整为860元 (Guangzhou 2009), 组成部门已由29个调整为22个 (Hainan 1999): the per-person frame, 提至,
    调整为 and 已 are the verb's."""
    got = labels(registry, "城乡特困人员基本生活标准提至每人每月1124元、775元。")
    assert got["1124元"] == "城镇特困人员基本生活标准"
    assert labels(registry, "企业退休人员基本养老金人均每月增加186元。")["186元"] == "企业退休人员基本养老金"
    assert labels(registry, "最低工资标准由780元调整为860元。")["860元"] == "最低工资标准"
    assert labels(registry, "省政府组成部门已由29个调整为22个。")["22个"] == "省政府组成部门"


def test_words_that_end_in_those_characters_keep_them(registry):
    """许可 and 认可 end in 可, 文化产业发展 in 发展 (not 发展到): words, not a verb's leftovers."""
    assert labels(registry, "办理行政许可事项1200件。")["1200件"] == "办理行政许可事项"
    assert label_of("办理行政许可") == "办理行政许可" and label_of("社会认可") == "社会认可"
    assert label_of("文化产业发展") == "文化产业发展"


def test_the_year_and_frame_of_a_starting_level_go(registry):
    """普通高等学校在校学生由一九八〇年的一百一十四万人 (national 1986), 新农合筹资标准由人均290元 (Baiyin 2014): the
    year written in numerals and 由人均 are the starting level's frame (由2001年 and 由每人每月 were before)."""
    got = labels(registry, "普通高等学校在校学生由一九八〇年的一百一十四万人增加到一九八五年的一百七十万人。", 1986)
    assert got["一百一十四万人"] == "普通高等学校在校学生"
    assert labels(registry, "新农合筹资标准由人均290元提高到340元。")["340元"] == "新农合筹资标准"
    assert label_of("工农业总产值比一九七七年") == "工农业总产值"
    assert label_of("一九五八年度计划完成率").startswith("一九五八年度")


def test_what_became_of_the_things_is_no_part_of_their_label(registry):
    """160个改革堵点全面打通 (Yantai 2021), 34条跨区域道路相继打通 (Suzhou 2026), 兰铝26万吨电解铝大型预焙槽即将投产
    (Gansu 2007), 87座小型病险水库整险加固年内达标竣工验收 (Xianning 2022); words before the value keep them."""
    assert labels(registry, "160个改革堵点全面打通。")["160个"] == "改革堵点"
    assert labels(registry, "34条跨区域道路相继打通。")["34条"] == "跨区域道路"
    assert labels(registry, "兰铝26万吨电解铝大型预焙槽即将投产。", 2007)["26万吨"] == "兰铝电解铝大型预焙槽"
    assert labels(registry, "确保87座小型病险水库整险加固年内达标竣工验收。")["87座"] == "小型病险水库整险加固"
    assert labels(registry, "新建公路通车300公里。")["300公里"] == "新建公路通车"


def test_speeding_up_is_framing(registry):
    """加快推进300万头生猪规模化养殖工程 (Liuzhou 2021): 加快推进 frames a plan; 推进 alone is the act counted
    (全市推进飞地项目不少于300个)."""
    assert labels(registry, "加快推进300万头生猪规模化养殖工程。")["300万头"] == "生猪规模化养殖工程"
    assert labels(registry, "全市推进飞地项目不少于300个。")["300个"] == "推进飞地项目"
    # alone before the number it stays, so that the label is not emptied and taken from the value before; 共有产权住房
    # is a kind of housing, not 共 (in all) 有 (there are)
    got = labels(registry, "完成全口径水利固定资产投资60亿元，加快推进36座在建骨干水源工程及配套水网建设。")
    assert got["36座"] == "在建骨干水源工程及配套水网建设"
    assert labels(registry, "加快推进3000套共有产权住房、2500套公租房建设。")["3000套"] == "共有产权住房"
    assert labels(registry, "全市共有A级景区50个。")["50个"] == "A级景区"


def test_an_investment_scale_after_a_count_is_of_its_things(registry):
    """储备市级重大项目超600个、投资规模超2000亿元 (Leshan 2025): 投资规模 names no thing; a scale of its own words
    keeps them (总投资规模)."""
    got = labels(registry, "储备市级重大项目超600个、投资规模超2000亿元。")
    assert got["2000亿元"] == "储备市级重大项目投资规模"
    assert labels(registry, "全年重点项目投资规模超2000亿元。")["2000亿元"] == "重点项目投资规模"


def test_a_count_after_and_counts_what_follows_its_number(registry):
    """完成243个老旧小区改造和剩余2个“烂尾楼”项目整治 (Shijiazhuang 2024): the words between the numbers are the first
    count's things and a modifier of the second's; 新建5所幼儿园和3所小学 and counts with the thing first keep
    theirs."""
    got = labels(registry, "完成243个老旧小区改造和剩余2个“烂尾楼”项目整治。")
    assert got["2个"] == "剩余“烂尾楼”项目整治" and got["243个"] == "老旧小区改造"
    assert labels(registry, "新建5所幼儿园和3所小学。")["3所"] == "新建小学"     # round 23: the list's act
    assert labels(registry, "改造老旧小区120个和背街小巷80条。")["80条"] == "背街小巷"
    # 113个国家和地区的338个港口: the ports are of both; the words after 和 end in 的; 及其 (the towns' villages)
    assert "贫困镇" in labels(registry, "以我市北部山区8个贫困镇及其206个贫困村为重点。")["206个"]
    assert labels(registry, "货物流向通达全球113个国家和地区的338个港口。")["338个"] == "国家和地区的港口"
    # the first count's things must open the label: 重大 opening both is no sign (…项目和8个重大科技专项、科技攻关计划)
    got = labels(registry, "继续滚动实施50项重大高新技术产业化项目和8个重大科技专项、科技攻关计划。")
    assert got["8个"] == "重大科技专项、科技攻关计划"


def test_the_share_of_a_sum_spent_on_something_is_that_spending(registry):
    """把一般公共预算支出的70%以上用于民生领域 (Urumqi 2022): the share spent on 民生, not the budget; a share with no
    spending (财政支出的70%以上来自…) or no 的 keeps its label."""
    got = labels(registry, "坚持把一般公共预算支出的70%以上用于民生领域。")
    assert got["70%"] == "一般公共预算支出用于民生领域的比重"
    assert labels(registry, "土地出让收益的10%用于农田水利建设。")["10%"] == "土地出让收益用于农田水利建设的比重"
    assert "用于" not in labels(registry, "财政支出的70%以上来自中央转移支付。")["70%"]
    assert "用于" not in labels(registry, "财政支出增长7%，主要用于民生。")["7%"]
    got = labels(registry, "各地要确保年度新增建设用地的40%用于发展工业。")
    assert got["40%"] == "年度新增建设用地用于发展工业的比重"
    # two sums before one 用于: the first's label does not take the verb twice
    got = labels(registry, "坚持把每年财政支出的70%以上和援疆资金的80%以上用于改善民生。")
    assert got["80%"] == "援疆资金用于改善民生的比重"
    assert labels(registry, "将财政支出的80%以上投向民生领域。")["80%"] == "财政支出用于民生领域的比重"


def test_a_capacity_between_a_name_and_its_product_takes_the_product(registry):
    """加快推进泰格林纸70万吨涂布包装纸 (Yueyang 2014), 中石油塔里木3000万吨油气田 (Xinjiang 2020): the name before the
    number is the company's or project's, the product follows; a label naming a measure or an act keeps its own."""
    got = labels(registry, "加快推进泰格林纸70万吨涂布包装纸、北斗导航“两中心两基地”等项目建设。")
    assert got["70万吨"] == "泰格林纸涂布包装纸"
    assert labels(registry, "加快推进中石油塔里木3000万吨油气田、玛湖油田建设。")["3000万吨"] == "中石油塔里木油气田"
    assert labels(registry, "建成光伏电站100万千瓦。")["100万千瓦"] == "建成光伏电站"
    assert labels(registry, "全市钢铁产能500万吨以上。")["500万吨"] == "钢铁产能"
    assert labels(registry, "新增储能100万千瓦时，全社会用电量增长5%。")["100万千瓦时"] == "新增储能"
    # the sentence's act before the name is no part of it; a unit's own word after the number (吨标准煤) is no product
    assert labels(registry, "建成投产中韩石化280万吨催化裂化装置等项目。")["280万吨"] == "中韩石化催化裂化"
    assert labels(registry, "全年新增建筑节能48万吨标准煤。")["48万吨"] == "新增建筑节能"
    assert labels(registry, "实施好青海碱业90万吨纯碱项目。")["90万吨"] == "青海碱业纯碱"
    # a name after 和 follows another item's product: not a name of its own (…二甲醚和上海庙100万吨乙二醇)
    assert "乙二醇" not in labels(registry, "争取开工中天合创300万吨二甲醚和上海庙100万吨乙二醇项目。")["100万吨"]
    got = labels(registry, "推动协和绿电园区15万千瓦风电、鼎研精细化工产品等新建项目开工。")
    assert got["15万千瓦"] == "协和绿电园区风电"
    # what became of the plant after the number is no product (第一批200万千瓦建成并网)
    assert labels(registry, "大型风电光伏基地第一批200万千瓦建成并网。")["200万千瓦"] == "大型风电光伏基地第一批"
