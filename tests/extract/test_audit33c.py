"""The indicator, round 20 (helper c): labels that missed what is counted — a word cut in half by the trimming (并购,
对上争取), framing words kept (仅…就, a clause of when it was set), the noun after the number of a having or setting
up (拥有35张床位), the thing of a list of levels written once after the last (16个省级、30个市级集中安置区), and the
three sectors' proportion read as one label. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

PLAN = HEAD.format(year=2014) + "二、2014年工作安排\n"
REVIEW = HEAD.format(year=2014) + "一、2013年工作回顾\n"


def labels(registry, text: str) -> list[tuple[str, str]]:
    from api.extract.draft import draft
    return [(f.quantity.value, f.subject) for f in
            draft(text, "ceshi-2014", registry, year=2014, place="place/ceshi", level="city").facts]


def test_a_word_is_not_cut_by_the_trimming(registry):
    """并购重组31笔 (was 购重组), 并网装机容量 (was 网装机容量), 对深招商选资196宗, 对上争取资金 (was 上争取资金):
    并 and 对 opening a word are not the joining 并 or the framing 对; 并 and 对 as such still go (并新建…, 对…实施)."""
    assert labels(registry, REVIEW + "并购重组31笔。\n") == [("31笔", "并购重组")]
    got = facts(registry, REVIEW + "并网装机容量达到500万千瓦。\n", 2014)
    assert got["500万千瓦"].subject == "并网装机容量"
    assert labels(registry, REVIEW + "对深招商选资196宗。\n") == [("196宗", "对深招商选资")]
    got = facts(registry, REVIEW + "累计对上争取资金1812亿元。\n", 2014)
    assert got["1812亿元"].subject == "对上争取资金"
    got = facts(registry, REVIEW + "全面完成各项任务，并新建污水处理厂3座。\n", 2014)
    assert got["3座"].subject == "新建污水处理厂"


def test_framing_of_only_and_of_when_set_is_no_part_of_the_label(registry):
    """仅2005年中央和省安排的转移支付和专项资金就达到100亿元: neither 仅, the year nor 就 names the money; 市政府2019年
    年初确定的十件民生实事: the things, not when they were set. 成就 and 迁就 keep 就."""
    got = facts(registry, REVIEW + "仅2013年中央和省安排的转移支付和专项资金就达到100亿元。\n", 2014)
    assert got["100亿元"].subject == "中央和省安排的转移支付和专项资金"
    got = facts(registry, REVIEW + "仅主城区已完成棚户区改造420万平方米。\n", 2014)
    assert got["420万平方米"].subject == "主城区已完成棚户区改造"
    got = facts(registry, REVIEW + "市政府2013年年初确定的十件民生实事全部完成。\n", 2014)
    assert got["十件"].subject == "民生实事"


def test_the_thing_counted_after_a_having_or_setting_up(registry):
    """确保每千名老人拥有35张养老机构床位 (was 每千名老人拥有), “运城面粉”在北京、上海、深圳等地布局9个品牌宣介直销网点
    (was the whole clause before the number), 为基层社区设置100个首席专家工作室: the thing after the number; the places
    listed as examples of where it was done are not its name. A label naming a thing keeps it (养老床位达到3.5万张)."""
    got = facts(registry, PLAN + "确保每千名老人拥有35张养老机构床位。\n", 2014)
    assert got["35张"].subject == "每千名老人拥有养老机构床位"
    got = facts(registry, REVIEW + "“运城面粉”在北京、上海、深圳等地布局9个品牌宣介直销网点。\n", 2014)
    assert got["9个"].subject == "布局品牌宣介直销网点"
    got = facts(registry, PLAN + "为基层社区设置100个首席专家工作室。\n", 2014)
    assert got["100个"].subject == "基层社区设置首席专家工作室"
    got = facts(registry, REVIEW + "全市养老床位达到3.5万张。\n", 2014)
    assert got["3.5万张"].subject == "养老床位"


def test_a_list_of_levels_shares_the_thing_written_after_the_last(registry):
    """新建16个省级、30个市级集中安置区 (was 新建省级), 新建3个国家级、31个省级工程（技术）研究中心: the thing after the
    last level is each level's; a joining 和 before a further item is no part of it; a level item after its thing
    (国家级企业技术中心3家、省级12家) and an item with a thing of its own are as before."""
    got = facts(registry, REVIEW + "新建16个省级、30个市级集中安置区。\n", 2014)
    assert got["16个"].subject == "新建省级集中安置区"
    assert got["30个"].subject == "新建市级集中安置区"
    got = facts(registry, REVIEW + "新建3个国家级、31个省级工程（技术）研究中心。\n", 2014)
    assert got["3个"].subject == "新建国家级工程（技术）研究中心"
    got = labels(registry, PLAN + "积极创建40个市级、20个省级生态乡镇（街道）和20个国家级生态村。\n")
    assert got[0] == ("40个", "积极创建市级生态乡镇（街道）")
    got = facts(registry, REVIEW + "新增国家级企业技术中心3家、省级12家。\n", 2014)
    assert got["12家"].subject == "新增省级企业技术中心"
    got = facts(registry, REVIEW + "新建5个文化站、30个农家书屋。\n", 2014)
    assert got["5个"].subject == "新建文化站"


def test_each_term_of_the_three_sectors_proportion_is_its_sectors_share(registry):
    """三次产业比重调整为10：42：48 (was 三次产业比重 for each): the first term is the primary sector's share, the
    second the secondary's, the third the services'; a ratio of two (城乡居民收入比2.69:1) or of other parts
    (农轻重比例) is not read so."""
    got = labels(registry, REVIEW + "三次产业比重调整为10：42：48。\n")
    assert got == [("10", "第一产业增加值比重"), ("42", "第二产业增加值比重"), ("48", "第三产业增加值比重")]
    got = facts(registry, REVIEW + "三次产业结构由22:28.2:49.8调整优化为21.8:26.9:51.3。\n", 2014)
    assert got["51.3"].indicator == "indicator/services-value-added"
    assert got["21.8"].indicator == "indicator/primary-industry-value-added"
    got = facts(registry, REVIEW + "城乡居民收入比缩小到2.69:1。\n", 2014)
    assert got["2.69"].subject == "城乡居民收入比"


def test_a_lists_act_is_the_count_after_items_with_no_number(registry):
    """建成全民健身中心、20个社区健身房 (was 社区健身房), 开工建设竹园-白龙港污水连通管、5座雨水调蓄池 (seed 3350):
    the act opening the list is the count's too; a count with an act of its own, or no act opening the list, is as
    before."""
    got = facts(registry, REVIEW + "建成全民健身中心、20个社区健身房。\n", 2014)
    assert got["20个"].subject == "建成社区健身房"
    got = facts(registry, PLAN + "开工建设竹园-白龙港污水连通管、5座雨水调蓄池，完成350公里河道整治。\n", 2014)
    assert got["5座"].subject == "开工建设雨水调蓄池"
    got = facts(registry, REVIEW + "城市面貌明显改善、12个老旧小区完成改造。\n", 2014)
    assert not got["12个"].subject.startswith("城市")


def test_two_parallel_counts_share_what_follows_the_second(registry):
    """15个贫困乡和509个贫困村出列 (was 贫困乡): the two differ in one character after shared words, and the second's
    rest is the first's too; items that share nothing (5所幼儿园和3所小学) or differ in more (2条历史文化街区和10个
    历史文化名镇名村保护) are as before."""
    got = facts(registry, REVIEW + "15个贫困乡和509个贫困村出列。\n", 2014)
    assert got["15个"].subject == "贫困乡出列"
    got = facts(registry, REVIEW + "新建5所幼儿园和3所小学。\n", 2014)
    assert got["5所"].subject == "新建幼儿园"
    got = facts(registry, REVIEW + "开展2条历史文化街区和10个历史文化名镇名村保护。\n", 2014)
    assert got["2条"].subject == "开展历史文化街区"


def test_a_share_of_a_whole_is_of_the_thing_before_it(registry):
    """新能源汽车产量11.8万辆，占全国总产量的10% (was 占全国总产量): the share is of the thing the value before it in
    the sentence measured; 占全省 keeps the thing's indicator (two-integration enterprises), 占道经营 is a word, and a
    rate before (贡献率) is not what a share is of."""
    got = facts(registry, REVIEW + "新能源汽车产量11.8万辆，占全国总产量的10%。\n", 2014)
    assert got["10%"].subject == "新能源汽车产量占全国总产量"
    got = facts(registry, REVIEW + "全年民生支出392.5亿元，占财政总支出的85%。\n", 2014)
    assert got["85%"].subject == "民生支出占财政总支出"
    got = facts(registry, REVIEW + "民生支出328亿元、占财政支出的83.9%。\n", 2014)
    assert got["83.9%"].subject == "民生支出占财政支出"
    got = facts(registry, REVIEW + "两化融合贯标企业累计146家、占全省80%以上。\n", 2014)
    assert got["80%"].indicator == got["146家"].indicator
    got = facts(registry, REVIEW + "清理流动摊贩7万处、占道经营1.3万处。\n", 2014)
    assert got["1.3万处"].subject == "占道经营"
    got = facts(registry, REVIEW + "畜牧业对农业增长的贡献率达70%以上，占农业增加值的比重提高1.5个百分点。\n", 2014)
    assert got["1.5个百分点"].subject == "占农业增加值的比重"        # a rate before is not the thing (negative)
    got = facts(registry, REVIEW + "高技术产品产值605.9亿元，五年年均递增34.8%，占工业总产值比重达22.4%。\n", 2014)
    # round 22: 递增 is a change word, so the growth's subject is 高技术产品产值 and the share is that output's
    assert got["22.4%"].subject == "高技术产品产值占工业总产值比重"
    got = facts(registry, REVIEW + "上市企业达到482家，民营经济发展目标全面实现，占全市经济比重提高到48%。\n", 2014)
    assert got["48%"].subject == "占全市经济比重"                  # nor a value a clause of other words before
