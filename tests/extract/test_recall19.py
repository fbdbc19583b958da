"""Classes of quantitative statements the extractor missed on unread reports, recall round 5 (stop 19; recall samples
recall-stop19.tsv and recall-stop19-dev2.tsv of bench/recall.py, and the classes the lead listed from the blind
sample; bench/README.md "Recall, round 5 (stop 19)"). Each class with its look-alikes that must stay no quantity.
Real registry, real extractor (draft as draft-corpus runs it); wordings of corpus reports."""
from __future__ import annotations

from decimal import Decimal

import pytest

from api.extract.draft import draft
from api.extract.quantities import scan
from api.settings import Settings
from api.vocab import load_vocabulary

PLAN = "2023年测试市政府工作报告\n各位代表：\n一、2022年主要工作\n{}\n"


def drafted(registry, sentence: str) -> list[tuple[str, Decimal, str]]:
    d = draft(PLAN.format(sentence), "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    return [(f.quantity.value, f.quantity.minimum, f.quantity.unit) for f in d.facts]


def values(sentence: str) -> list[tuple[str, Decimal]]:
    return [(q.value, q.minimum) for q in scan(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, expected", [
    ("民生支出占财政总支出超过七成。", [("七成", Decimal(70))]),                      # Dongguan 2020
    ("“两抢”发案量下降八成，命案发案数下降五成。", [("八成", Decimal(80)), ("五成", Decimal(50))]),
    ("近9成行政村达到省定美丽宜居村标准。", [("9成", Decimal(90))]),                   # Guangzhou 2022
    ("全市公共财政八成以上用于民生支出。", [("八成", Decimal(80))]),                    # Longyan 2020
])
def test_tenths_written_cheng_are_percent(sentence, expected):
    """五成 is 50 % (records.md: a share or a change is recorded with its value)."""
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", ["坚持一成不变的做法。", "成都、重庆两地协同。", "八成新的设备。",
                                      "取得九成就感。", "形成一批成果。"])
def test_cheng_in_words_is_no_quantity(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("就有百分之七十五以上的农户增加了收入。", [("百分之七十五", Decimal(75))]),      # national 1957
    ("实行劳动改造的占百分之四十二点三。", [("百分之四十二点三", Decimal("42.3"))]),
    ("只占去年全部支出的百分之五到百分之六。", [("百分之五", Decimal(5)), ("百分之六", Decimal(6))]),
])
def test_percent_written_out(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", ["实施政府性投资建设项目“十个百分之百”管理。", "要百分之百地落实。"])
def test_percent_words_in_names_and_adverbs(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("我省运动员在奥运会上获得了2金1银1铜的好成绩。", [("2金", 2), ("1银", 1), ("1铜", 1)]),     # Shandong 2001
    ("在全运会上获得6金、8银、12铜的历史最好成绩。", [("6金", 6), ("8银", 8), ("12铜", 12)]),   # Xinjiang 2018
    ("共获得17枚金牌、24枚银牌、14枚铜牌。", [("17枚金牌", 17), ("24枚银牌", 24), ("14枚铜牌", 14)]),
    ("勇夺5块金牌。", [("5块金牌", 5)]),
])
def test_medal_counts(sentence, expected):
    """10金 is 10 gold medals: a count (unit:NUM)."""
    assert values(sentence) == [(w, Decimal(n)) for w, n in expected]


@pytest.mark.parametrize("sentence", ["引进5金融机构。", "3铜仁籍人才。", "获得金奖。"])
def test_medal_look_alikes(sentence):
    assert values(sentence) == []


def test_zero_as_a_count_and_its_look_alikes():
    assert values("实现了人员“零伤亡”、水库“零垮坝”。") == [("零", Decimal(0)), ("零", Decimal(0))]
    assert values("疫情零发生。") == [("零", Decimal(0))]
    for sentence in ("促进传统零售业转型。", "坚持零容忍。", "保持“零就业家庭”动态清零。", "坚决做到“五个零发生”。"):
        assert values(sentence) == [], sentence


def test_titles_in_a_row_are_counted():
    """records.md (stop 19): the number of consecutive times an event happened, stated as such, is recorded."""
    assert values("实现“全国双拥模范城”八连冠。") == [("八连冠", Decimal(8))]
    assert values("城乡低保实现“十六连增”。") == []


def test_a_ratio_with_no_unit():
    assert values("城乡居民收入倍差从2.42缩小至2.12。") == [("2.42", Decimal("2.42")), ("2.12", Decimal("2.12"))]
    assert values("城乡居民收入倍差进一步缩小至1.57。") == [("1.57", Decimal("1.57"))]
    assert values("城乡收入比为2.1：1。") == [("2.1", Decimal("2.1"))]   # X:1 after 收入比 (round 13)


@pytest.mark.parametrize("sentence, expected", [
    ("吸引高校毕业生返乡就业创业超万人。", [("万人", Decimal(10000))]),
    ("上万名干部群众深入一线。", [("上万名", Decimal(10000))]),
    ("近百家工商企业参与社会化服务。", [("百家", Decimal(100))]),
])
def test_a_bare_scale_with_a_lead_word(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", ["开展“万名干部进万村惠万民”活动。", "百家争鸣。", "实施百万农牧民培训转移工程。"])
def test_a_bare_scale_in_a_name(sentence):
    assert values(sentence) == []


def test_spaces_between_number_and_unit():
    assert values("实施PPP 项目13 个，抓好27 个国有林场改革试点。") == [("13 个", Decimal(13)), ("27 个", Decimal(27))]
    assert values("增长27.7 %。") == [("27.7 %", Decimal("27.7"))]


def test_cities_and_counties_counted():
    assert values("全市1市17县全部摘帽。") == [("1市", Decimal(1)), ("17县", Decimal(17))]
    assert values("市县两级政府。") == []


def test_units_the_table_lacked():
    assert values("新建日光节能温室1万栋、畜用暖棚3030幢。") == [("1万栋", Decimal(10000)), ("3030幢", Decimal(3030))]
    assert values("淘汰燃煤锅炉290.3蒸吨。") == [("290.3蒸吨", Decimal("290.3"))]
    assert values("新建户用沼气池4484口。") == [("4484口", Decimal(4484))]
    assert values("新建高标准农田5.33千公顷。") == [("5.33千公顷", Decimal("5330"))]
    assert values("PM2.5平均浓度每立方米26微克。") == [("每立方米26微克", Decimal(26))]
    # look-alikes: a class of boilers, a family's size, 5千米 stays kilometres
    assert values("淘汰10蒸吨及以下燃煤锅炉。") == []
    assert values("一户3口之家。") == []
    assert [(q.value, q.unit) for q in scan("修建道路5千米。", 0, 8)] == [("5千米", "千米")]


def test_the_unit_table_has_the_new_unit_words():
    units = load_vocabulary(Settings().ontology_dir).units
    assert str(units["成"]).endswith("/PERCENT") and str(units["百分之"]).endswith("/PERCENT")
    for word in ("幢", "口", "连冠", "枚", "金", "银", "铜", "市", "县"):
        assert str(units[word]).endswith("/NUM"), word
    assert str(units["蒸吨"]).endswith("unit-steam-tonne")


@pytest.mark.parametrize("sentence, expected", [
    ("固定资产投资增长19%、全省第一。", ["19%", "一"]),
    ("增速全省第1。", ["1"]),
    ("《水月洛神》荣获“荷花奖”金奖第一名。", ["一名"]),
    ("经济总量从世界第六位上升到第四位。", ["六位", "四位"]),
])
def test_ranks_without_a_rank_verb(sentence, expected):
    assert [v for v, _n in values(sentence)] == expected
    assert all(q.rank for q in scan(sentence, 0, len(sentence)) if not q.value.endswith("%"))


@pytest.mark.parametrize("sentence", ["切实抓好全省第二批试点。", "建成全国第一个自贸港。", "创造了许多全国第一。",
                                      "办好第四届运动会。"])
def test_rank_look_alikes(sentence):
    assert values(sentence) == []


def test_drafted_with_the_right_value_and_unit(registry):
    """Through the whole draft: 五成 is recorded as 50 with its unit word 成 (unit:PERCENT in the unit table)."""
    facts = drafted(registry, "命案发案数下降五成，获得6金5银2铜，实施PPP项目13 个。")
    assert ("五成", Decimal(50), "成") in facts
    assert ("6金", Decimal(6), "金") in facts and ("13 个", Decimal(13), "个") in facts
