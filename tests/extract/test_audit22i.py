"""The indicator's label, round 9 (stop 20; classes read on DEV9 of stop 20, seed 2009, drafts of 0.3.10;
bench/README.md "Round 9: the indicator (stop 20)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.indicators import label_of
from tests.extract.texts import HEAD, facts


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry key) of each drafted value of a sentence."""
    got = facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject for v, f in got.items()}


def test_a_quotation_mark_stays_with_its_pair():
    """全年解决…房屋确权“办证难”10408户 (Benxi), “两定制兜底线”健康扶贫模式惠及…, “煤变气”拆改燃煤供热小锅炉: trimming
    the words around a value no longer leaves one mark of a pair (房屋确权“办证难, 两定制兜底线”健康扶贫…)."""
    assert label_of("房屋确权“办证难”") == "房屋确权“办证难”"
    assert label_of("“两定制兜底线”健康扶贫模式惠及困难群众") == "“两定制兜底线”健康扶贫模式惠及困难群众"
    assert label_of("新建改（扩）建公办义务教育学校") == "新建改（扩）建公办义务教育学校"
    assert label_of("新增体育公园（体育设施进公园）") == "新增体育公园（体育设施进公园）"


def test_marks_around_the_whole_label_or_alone_at_an_end_still_go():
    """“五个一” and 《条例》 wrap the whole label, and a lone mark at an end (所有“) pairs with nothing: they go,
    as before."""
    assert label_of("“五个一”") == "五个一"
    assert label_of("《条例》") == "条例"
    assert label_of("“菜篮子") == "菜篮子"
    assert label_of("重点项目”") == "重点项目"


def test_a_word_the_leading_verb_opens_is_kept():
    """对台贸易额69亿美元 (Fujian), 对接项目419个 (Quanzhou), 达成产学研合作协议400项 (Yangzhou), 在建项目, 在校生,
    达标坝区: 对, 达 and 在 open a word here, not the clause; the whole word is the label."""
    assert label_of("对台贸易额") == "对台贸易额"
    assert label_of("对接项目") == "对接项目"
    assert label_of("对外承包工程完成营业额") == "对外承包工程完成营业额"
    assert label_of("达成产学研合作协议") == "达成产学研合作协议"
    assert label_of("达标坝区") == "达标坝区"
    assert label_of("全市在建亿元以上项目") == "在建亿元以上项目"
    assert label_of("在校大学生达") == "在校大学生"


def test_the_leading_verb_alone_still_goes():
    """对全市所有学校, 达到, 在全省: the verb or preposition opens the clause and is still trimmed."""
    assert label_of("对全市所有学校") == "所有学校"
    assert label_of("在全省率先建成示范区") == "率先建成示范区"
    assert label_of("使全市森林覆盖率") == "森林覆盖率"
    assert label_of("达到") == "达到"          # nothing left: the words as written


def test_a_list_of_rates_sharing_the_first_items_head(registry):
    """专利申请量和授权量分别增长60%、83% (Wuxi), 牲畜总增率、出栏率、商品率分别达到…: the later items share the first
    item's head (专利, 牲畜); the label is the whole name."""
    got = labels(registry, "专利申请量和授权量分别增长60%、83%。")
    assert got["83%"] == "专利授权量"
    got = labels(registry, "牲畜总增率、出栏率、商品率分别达到35.5%、46.5%、40.2%。")
    assert got["46.5%"] == "牲畜出栏率" and got["40.2%"] == "牲畜商品率"


def test_a_list_of_full_names_or_of_other_heads_is_unchanged(registry):
    """进口额和出口额 name themselves; 工业增加值和税收 share no head (值, 收): no head is borrowed."""
    got = labels(registry, "旅游人数和收入分别增长10%、12%。")
    assert got["12%"] != "旅游人数收入"
    got = labels(registry, "粮食产量和农民收入分别增长3%、8%。")
    assert "粮食" not in got["8%"]


def test_a_level_listed_before_another_takes_its_head(registry):
    """力争建成20家国家级和200家省级企业研发中心 (Shaanxi): 20 counts the 国家级企业研发中心, not 建成国家级."""
    got = labels(registry, "力争建成20家国家级和200家省级企业研发中心。", 2022)
    assert got["20家"].endswith("国家级企业研发中心")
    assert got["200家"].endswith("省级企业研发中心")


def test_two_counted_items_of_other_kinds_stay_apart(registry):
    """实施10项亮化和22项绿化工程 keeps its rule (亮化工程); 建设3个国家级和5个示范基地: no level opens the second item,
    so the first stays itself."""
    got = labels(registry, "实施10项亮化和22项绿化工程。", 2022)
    assert got["10项"].endswith("亮化工程")
    got = labels(registry, "建设3个国家级和5个示范基地。", 2022)
    assert not got["3个"].endswith("国家级示范基地")
