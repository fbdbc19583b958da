"""The indicator with the entity it is about, round 4 (stop 19, DEV7 sample of bench/audit.py, seed 1907, and the
indicator errors left in DEV4 after round 3; bench/README.md "Round 4: the indicator"). Real registry, real
extractor; wordings of corpus reports (positive and negative examples of each class)."""
from __future__ import annotations

import pytest


def facts(facts_of, sentence: str, part: str = "review") -> dict[str, list[tuple[str, str]]]:
    """value as written → [(indicator, label)] of the drafted facts of one sentence, in order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for f in facts_of(sentence, part):
        out.setdefault(f.quantity.value, []).append((f.indicator, f.subject))
    return out


@pytest.mark.parametrize("sentence,value,label", [
    # 五年来 (stop 20): a starting level with no year in a review of one year is not recorded (test_audit20f.py)
    ("五年来，大幅提高补贴标准，基础养老金由每人每月165元提高至330元。", "165元", "基础养老金"),      # Zhuhai 2013
    ("五年来，城镇居民基本医保和新农合年人均财政补助标准由280元提高到320元。", "280元",
     "城镇居民基本医保和新农合年人均财政补助标准"),                                                       # Shanxi 2014
    ("贫困农牧民由2011年底的55.8万人减少到15万人。", "55.8万人", "贫困农牧民"),                        # Wulanchabu 2016
    ("财政支出由274亿元增加到675.1亿元，年均增长19.8％。", "19.8％", "财政支出"),                        # Gansu 2008
    ("告知承诺事项由39项扩大到100项。", "100项", "告知承诺事项"),                                         # Ningbo 2021
    ("刑事、治安、电诈发案较“十三五”末分别下降65.9%、38.7%和80.2%。", "80.2%", "电诈发案"),            # Lanzhou 2026
    ("支持民族乡村加快发展，和美乡村覆盖率达80%。", "80%", "和美乡村覆盖率"),                            # Wenzhou 2026
    ("建设心脑血管疾病一体化防治站30家、共同缔造示范村卫生室100个。", "100个", "共同缔造示范村卫生室"),  # Shiyan 2023
    ("（7）解决126.58万农村人口安全饮水问题。", "126.58万", "解决农村人口安全饮水问题"),                  # Gansu 2015
])
def test_a_label_keeps_its_words_and_loses_the_framing(facts_of, sentence, value, label):
    """A label is what the number measures: not the 由/从 of a starting level, the verb of a change (扩大到), the
    five-year base (较“十三五”末) nor a list's numbering; but 和 of 和美 and 共 of 共同 open words of the name."""
    assert facts(facts_of, sentence)[value][0][1] == label


def test_a_label_still_keeps_a_word_that_only_looks_like_framing(facts_of):
    """Negative examples: 和 and 共 joining or totalling are still dropped; 自由 is not a starting level."""
    assert facts(facts_of, "共完成造林29.58万亩。")["29.58万亩"][0][1] == "造林"
    assert facts(facts_of, "自由贸易试验区新设企业1200家。")["1200家"][0][1].endswith("新设企业")


@pytest.mark.parametrize("sentence,value,items", [
    ("城市、农村低保平均保障月标准分别提高到300元、130元。", "300元", "城市低保平均保障月标准"),          # Jiangxi 2011
    ("养老、失业、医疗保险参保人员分别新增17.89万人、6.77万人和26.03万人。", "6.77万人",
     "失业保险参保人员"),                                                                                  # Wuhan 2005
    ("刑事、治安、电诈发案较“十三五”末分别下降65.9%、38.7%和80.2%。", "38.7%", "治安发案"),
    ("粮食、肉类、乳品加工能力分别达到3450万吨、578万吨和255万吨。", "578万吨", "肉类加工能力"),       # Henan 2008
])
def test_short_parallel_items_share_the_last_items_head(facts_of, sentence, value, items):
    """城市、农村低保…标准分别… : each short item (the same width, up to three characters) is completed by the head
    the last item spells out, as 城乡X is the urban then the rural X (docs/records.md, 分别 lists)."""
    assert facts(facts_of, sentence)[value][0][1] == items


def test_parallel_items_of_registry_names_are_unchanged(facts_of):
    """Negative examples: the registry's own completion and names of places still win."""
    got = facts(facts_of, "对日本、韩国进出口分别增长5%和6%。")
    assert got["5%"][0][0] == got["6%"][0][0] == "indicator/foreign-trade"
    got = facts(facts_of, "城镇和农村居民人均可支配收入分别增长8%和9%。")
    assert got["8%"][0][0] == "indicator/urban-disposable-income"
    assert got["9%"][0][0] == "indicator/rural-disposable-income"


@pytest.mark.parametrize("sentence,value,indicator", [
    ("完成地区生产总值210.73亿元，增长7.1%，增幅居全省第二位。", "二位", "indicator/gdp"),             # Nujiang 2021
    ("全年完成生产总值27367.04亿元，增长9.7%，增速居全国第七位。", "七位", "indicator/gdp"),           # Hubei 2015
    ("社会消费品零售总额实现翻番，达到1608亿元，年均增长16%。", "1608亿元", "indicator/retail-sales"),  # Nanchang 2016
    ("辖内财政收入迈过千亿大关，达1330亿元，增长28.55％。", "1330亿元", "indicator/fiscal-revenue"),    # Changsha 2012
])
def test_a_value_with_no_words_of_its_own_measures_what_came_just_before(facts_of, sentence, value, indicator):
    """增幅居全省第二位 ranks the growth just stated; 达到1608亿元 is the total the clause before names (no number of
    its own there)."""
    assert facts(facts_of, sentence)[value][0][0] == indicator


def test_a_share_clause_before_a_bare_rate_names_it(facts_of):
    """2007年…生产总值占全省的比重，由2002年的53.9%上升到57%: the share, not the GDP inside it."""
    got = facts(facts_of, "2007年中原城市群九市生产总值占全省的比重，由2002年的53.9%上升到57%。")
    assert got["53.9%"][0][1] == got["57%"][0][1] == "中原城市群九市生产总值占全省的比重"
    assert got["57%"][0][0].startswith("indicator/proposed-")


@pytest.mark.parametrize("sentence,value", [
    ("我市有8项增速位居15个副省级城市第一。", "一"),            # the 8项 counted before is no growth: 增速 stays
    ("民生支出占一般公共预算支出稳定在八成左右，总量较“十三五”时期增长超20%。", "20%"),   # the whole of a share
    ("积极推进商品林调整为生态公益林工作，完成调整5.17万亩。", "5.17万亩"),                   # no registry name before
])
def test_nothing_is_carried_where_the_words_before_name_something_else(facts_of, sentence, value):
    """Negative examples: a rank's 增速 after a count, the 总量 after a share's whole and a verb after a clause
    naming no registry indicator keep their own proposed labels."""
    assert facts(facts_of, sentence)[value][0][0].startswith("indicator/proposed-")


@pytest.mark.parametrize("sentence,value,label", [
    ("大青山自然保护区内100家工矿企业全部退出。", "100家", "工矿企业全部退出"),                        # Huhehaote 2020
    ("今年，省政府还要着力办好10件实事：一是完成茅草房改造。", "10件", "省政府还要着力办好实事"),        # Yunnan 2005
    ("新开业和新批筹27家金融机构，新增企业7家。", "27家", "新开业和新批筹金融机构"),                    # Shaoyang 2016
])
def test_a_count_after_a_place_or_an_act_counts_the_noun_after_it(facts_of, sentence, value, label):
    """The words before the count name a place (…保护区内) or an act (办好, 批筹), no counted thing: the noun after
    the number is what is counted."""
    assert facts(facts_of, sentence)[value][0][1] == label


def test_a_count_after_a_verb_keeps_the_verb(facts_of):
    """Negative example: 建成10个区域医疗中心 keeps 建成 (what is counted is the centres built), and the next
    listed item with its own number is not part of it."""
    got = facts(facts_of, "建成10个区域医疗中心、43个区域医疗次中心。")
    assert got["10个"][0][1] == "建成区域医疗中心"
