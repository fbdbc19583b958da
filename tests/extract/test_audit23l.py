"""List labels, round 10 (stop 21; classes read on DEV10 of stop 21, seed 2010, drafts of 0.3.11, and on the blind
samples TEST5/TEST6; bench/README.md "Round 10: list labels (stop 21)"): a value of a list is its own item's, with
the head or tail the items share; a time word is no item; a value opening an item of a list of named things is of
the thing after it. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts, labels


def test_values_joined_without_fenbie_pair_with_the_listed_items(registry):
    """工业和建筑业增加值年均增长10.4%、23.8%; 城镇和农村常住居民人均可支配收入年均增长5.5%和7.8%; 金融机构存贷款余额
    增长2.98%、12.78% (TEST6): 分别 is understood, each value its own item's, the shared tail distributed."""
    got = labels(registry, "工业和建筑业增加值年均增长10.4%、23.8%。"
                           "城镇和农村常住居民人均可支配收入年均增长5.5%和7.8%。金融机构存贷款余额增长2.98%、12.78%。")
    assert got["10.4%"] == ["工业增加值"] and got["23.8%"] == ["建筑业增加值"]
    assert got["5.5%"] == ["城镇常住居民人均可支配收入"] and got["7.8%"] == ["农村常住居民人均可支配收入"]
    assert got["2.98%"] == ["金融机构存款余额"] and got["12.78%"] == ["金融机构贷款余额"]


def test_two_values_of_one_item_are_not_a_list(registry):
    """Negative: values joined after one item that is no list (粮食产量达到500万吨和10万吨) keep the item; values each
    with words of their own (生产总值增长8%、财政收入增长10%) keep their own."""
    got = labels(registry, "生产总值增长8%、财政收入增长10%。全市粮食产量达到500万吨和10万吨。")
    assert got["8%"] == ["生产总值"] and got["10%"] == ["财政收入"]
    assert got["500万吨"] == got["10万吨"]


def test_a_named_modifier_before_a_listed_rate_takes_the_rate(registry):
    """常住人口和户籍人口城镇化率分别达到62%和48% (TEST6): 62% is the resident population's urbanisation rate, not the
    resident population; two indicators both named alone (一般公共预算收入和工业增加值) keep their names."""
    got = labels(registry, "常住人口和户籍人口城镇化率分别达到62%和48%。"
                           "一般公共预算收入和工业增加值分别增长6.5%和7.9%。")
    assert got["62%"] == ["常住人口城镇化率"] and got["48%"] == ["户籍人口城镇化率"]
    assert got["6.5%"] == ["一般公共预算收入"] and got["7.9%"] == ["工业增加值"]


def test_later_bare_measures_share_the_first_items_owner(registry):
    """生产安全事故起数、死亡人数、直接经济损失分别下降 (TEST6); 供热、供水普及率 (corpus): the owner and the tail
    shared; negative: 营业收入、利润总额 (营业 is no owner of 利润总额: round 26, the enterprises' 企业利润总额)."""
    got = labels(registry, "安全生产事故起数、死亡人数、直接经济损失分别下降10%、20%和30%。"
                           "全市供热、供水普及率达到73.1%和76.5%。企业营业收入、利润总额分别增长12%和15%。")
    assert got["20%"] == ["安全生产事故死亡人数"] and got["30%"] == ["安全生产事故直接经济损失"]
    assert got["73.1%"] == ["供热普及率"] and got["76.5%"] == ["供水普及率"]
    assert got["15%"] == ["企业利润总额"]


def test_the_comma_list_pairs_when_he_joins_modifiers(registry):
    """中央和省级环保督察反馈问题整改销号率、信访案件办结率分别达到93.4%、98% (TEST6): two items, not three."""
    got = labels(registry, "中央和省级环保督察反馈问题整改销号率、信访案件办结率分别达到93.4%、98%。")
    assert got["93.4%"] == ["中央和省级环保督察反馈问题整改销号率"] and got["98%"] == ["信访案件办结率"]


def test_deposits_and_loans_ranks_and_urban_rural_from_starting_levels(registry):
    """存贷款余额分别增长15.7%和18.4%，居全省第4位、第1位 (TEST6): the ranks in turn too; 城乡居民人均可支配收入从
    2015年的27393元、12806元分别提高到39270元、19410元 (DEV10): the starting levels are not items."""
    got = labels(registry, "存贷款余额分别增长15.7%和18.4%，分别居全省第4位、第1位。")
    assert got["4位"] == ["存款余额"] and got["1位"] == ["贷款余额"]
    got = labels(registry, "城乡居民人均可支配收入从2015年的27393元、12806元分别提高到39270元、19410元。")
    assert got["39270元"] == ["城镇居民人均可支配收入"] and got["19410元"] == ["农村居民人均可支配收入"]


def test_time_words_are_not_items(registry):
    """项目开工率一季度达到50%、上半年达到80%、三季度达到100% (TEST6): each the start rate; negative: 全年 inside a
    share's words stays (天数占到全年的60%)."""
    got = labels(registry, "项目开工率一季度达到50%、上半年达到80%、三季度达到100%。")
    assert got["50%"] == got["80%"] == got["100%"] == ["项目开工率"]
    got = labels(registry, "主城区空气质量达到2级及其以上标准的天数占到全年的60%。")
    assert "全年" in got["60%"][0]


def test_a_shared_value_is_each_items(registry):
    """园区营收、税收分别增长7%以上; 代表、委员满意率均达100% (DEV10, corpus): one fact per item; negative: 人均
    and 年均 are no 均 (为市直机关、事业单位在职职工年人均增加津补贴3600元), nor are examples before 等各类
    (发放粮食、畜牧等各类补贴), nor places (襄阳、宜昌总量均超过3100亿元)."""
    got = labels(registry, "力争园区营收、税收分别增长7%以上。代表、委员满意率均达100%。")
    assert got["7%"] == ["园区营收", "园区税收"] and got["100%"] == ["代表满意率", "委员满意率"]
    got = labels(registry, "为市直机关、事业单位在职职工年人均增加津补贴3600元。"
                           "发放粮食、畜牧、林业、良种和农机等各类补贴109亿元。襄阳、宜昌总量均超过3100亿元。")
    assert len(got["3600元"]) == 1 and len(got["109亿元"]) == 1 and len(got["3100亿元"]) == 1


def test_a_value_opening_an_item_of_named_things_is_of_the_thing_after_it(registry):
    """推进100万吨芳烃、15万吨裂化催化剂等项目; 打造10万亩果业标准化基地和3万亩药茶原料基地; 高质量完成30个示范村、
    400个达标村 (TEST6); “2+3”碳酸锂、60万吨烯烃 (DEV10). Negative: an item with its own words before its number
    (省级创新平台17家) keeps them."""
    got = labels(registry, "推进100万吨芳烃、15万吨裂化催化剂等项目建设。打造10万亩果业标准化基地和3万亩药茶原料基地。"
                           "高质量完成30个示范村、400个达标村创建目标。实施“2+3”碳酸锂、60万吨烯烃、镍钴矿采选等项目。"
                           "新增国家级创新平台1家、省级创新平台17家。")
    assert got["15万吨"] == ["裂化催化剂"] and got["3万亩"] == ["药茶原料基地"]
    assert got["10万亩"] == ["打造果业标准化基地"]
    assert got["400个"][0].startswith("达标村") and got["60万吨"] == ["烯烃"]
    assert got["17家"] == ["新增省级创新平台"]     # round 18: the act the list shares


def test_a_facts_helper_still_reads_the_values(registry):
    """The texts helper drafts the same values (a smoke check of the shared helper with the new list rules)."""
    got = facts(registry, REVIEW.format("工业和建筑业增加值年均增长10.4%、23.8%。"), 2011)
    assert set(got) == {"10.4%", "23.8%"}
