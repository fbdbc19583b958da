"""Lists and cut labels, round 11 (stop 21; classes read on DEV14 of stop 21, seed 2014, drafts of 0.3.12;
bench/README.md "Round 11: lists and cut labels (stop 21)"): a measure the last listed item ends with is the
bare items' too; a word split by 、 (存、贷款余额) is whole in each item; a later bare count shares the first
item's owner (金牌数、奖牌数); a list's numbering (1、, 八是) and another value (153项509条) open no label; the
words of the value before, closed by 、, are not the next value's. Real registry, real extractor; wordings of
corpus reports."""
from __future__ import annotations

from tests.extract.texts import labels


def test_the_last_items_measure_is_the_bare_items_too(registry):
    """化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别降低 (DEV14): 氨氮排放量; 企业、个体工商户营业收入; 基本养老、
    失业、工伤保险参保人数: 基本养老保险参保人数; 城乡基本养老、城镇基本医疗保险均新增 (DEV10): 城乡基本养老保险."""
    got = labels(registry, "确保化学需氧量、氨氮、二氧化硫、氮氧化物排放量分别降低2%、1.5%、0.5%、6%。"
                           "企业、个体工商户营业收入分别增长3%、5%。"
                           "基本养老、失业、工伤保险参保人数分别增长0.9%、6.2%、8.5%。"
                           "城乡基本养老、城镇基本医疗保险均新增1万人。")
    assert got["1.5%"] == ["氨氮排放量"] and got["6%"] == ["氮氧化物排放量"]
    assert got["3%"] == ["企业营业收入"] and got["5%"] == ["个体工商户营业收入"]
    assert got["0.9%"] == ["基本养老保险参保人数"] and got["6.2%"] == ["失业保险参保人数"]
    assert sorted(got["1万人"]) == ["城乡基本养老保险", "城镇基本医疗保险"]


def test_an_item_with_a_measure_of_its_own_takes_no_tail(registry):
    """Negative: 高新技术产业投资、高技术产业增加值分别增长80%、29.9%: 投资 is the first item's own measure (not
    高新技术产业投资增加值); 供水、供气普及率 keeps its two-character siblings."""
    got = labels(registry, "高新技术产业投资、高技术产业增加值分别增长80%、29.9%。供水、供气普及率分别达到98%、95%。")
    assert got["80%"] == ["高新技术产业投资"] and got["29.9%"] == ["高技术产业增加值"]
    assert got["98%"] == ["供水普及率"] and got["95%"] == ["供气普及率"]


def test_a_word_split_by_the_list_is_whole_in_each_item(registry):
    """金融机构各项存、贷款余额分别增长10%、12% (round 10's 各项存): 存款余额, then 贷款余额, each with the owner."""
    got = labels(registry, "金融机构各项存、贷款余额分别增长10%、12%。")
    assert got["10%"] == ["金融机构各项存款余额"] and got["12%"] == ["金融机构各项贷款余额"]


def test_a_later_bare_count_shares_the_first_items_owner(registry):
    """省运会金牌数、奖牌数分别居全省第一、第二 (round 10's partial owner): 省运会奖牌数."""
    got = labels(registry, "省运会金牌数、奖牌数分别居全省第一、第二。")
    assert got["一"] == ["省运会金牌数"] and got["二"] == ["省运会奖牌数"]


def test_numbering_and_another_value_open_no_label(registry):
    """1、改造城市供水设施35处, 八是建成社会足球场68个, 十二是…生态蓄水工程15处 (DEV14): no numbering; 完成153项509条
    改革措施: 改革措施; 28条入江支流水质达标率: the number of tributaries is no part of the rate's name."""
    got = labels(registry, "1、改造城市供水设施35处，提高供水质量。八是建成社会足球场68个。十二是建设生态蓄水工程15处。"
                           "完成153项509条改革措施。28条入江支流水质达标率保持100%。")
    assert got["35处"] == ["改造城市供水设施"] and got["68个"] == ["建成社会足球场"]
    assert got["15处"] == ["建设生态蓄水工程"]
    assert got["153项"] == ["改革措施"] and got["509条"] == ["改革措施"]
    assert got["100%"] == ["入江支流水质达标率"]


def test_names_and_thresholds_that_look_like_numbering_stay(registry):
    """Negative: 三一、中联、中烟 (a company's name), 二、三产业 (secondary and tertiary), 30户以上自然村 (a class
    threshold) and 1个月内 are not numbering or another value."""
    got = labels(registry, "三一、中联、中烟3家企业年销售收入均过300亿元。"
                           "二、三产业的比重分别比2002年提高了3.7和3.2个百分点。"
                           "乡镇通三级公路、30户以上自然村通硬化路的比例分别达70%、78%。口罩日产量1个月内提高到200万只。")
    assert got["300亿元"][0].startswith("三一、中联")
    assert got["3.2个百分点"] == ["三产业的比重"] and "3.7" in got     # round 25b: each value read
    assert got["78%"] == ["30户以上自然村通硬化路的比例"]
    assert "个月" in got["200万只"][0]


def test_the_words_of_the_value_before_are_not_the_next_values(registry):
    """解决了…1600个村、89万人的饮水安全问题 (DEV14): 1600个 counts villages, 89万人 the people whose drinking-water
    problem was solved (not 村、的饮水安全问题); negative: a value with words of its own after the 、 keeps them
    (新建2座变电站、安装变压器130台)."""
    got = labels(registry, "解决了无电村屯5.6万人的用电和1600个村、89万人的饮水安全问题。"
                           "新建2座变电站、安装变压器130台。")
    assert got["1600个"] == ["村"] and got["89万人"] == ["饮水安全问题"]
    assert got["130台"] == ["安装变压器"]


def test_urban_and_rural_are_proposed_when_the_registry_lacks_them(registry):
    """城乡居民人均收入分别增长4.1%、7% and 城乡低保平均标准分别提高5%、6.7% (corpus wordings; round 10's
    城乡X): the urban,
    then the rural one, proposed as 城镇X and 农村X; negative: a unified scheme (城乡居民医保) or 城乡 as one whole
    (城乡一体化) is no pair, nor is 城乡建设用地."""
    got = labels(registry, "城乡居民人均收入分别增长4.1%、7%。城乡低保平均标准分别提高5%、6.7%。"
                           "城乡居民医保财政补助标准分别达到520元和480元。城乡建设用地分别减少20公顷和30公顷。")
    assert got["4.1%"] == ["城镇居民人均收入"] and got["7%"] == ["农村居民人均收入"]
    assert got["5%"] == ["城镇低保平均标准"] and got["6.7%"] == ["农村低保平均标准"]
    assert got["520元"] == got["480元"] == ["城乡居民医保财政补助标准"]
    assert got["20公顷"] == got["30公顷"] == ["城乡建设用地"]
