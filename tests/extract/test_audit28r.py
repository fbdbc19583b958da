"""Recall, round 15 (stop 22; bench/README.md "Round 15: recall (stop 22)"): the misses of recall TEST3 and DEV3 by
class — count words the unit table lacked (大模型49款), the ratio sign ∶ (U+2236) and ratios the clause names
(进出比达到1∶1), the three sectors' proportion (三次产业比例调整为5.2∶41∶53.8) and counties counted with their kinds in
brackets (5县（市）…投入使用). Real registry, real extractor; corpus wordings."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"


def test_count_words_of_round_15(registry):
    """款, 盏, 眼, 块, 轮, 剂次, 人份, 锭 after digits are counts (and 重量箱, 担 measures): the value keeps its
    unit."""
    got = facts(registry, REVIEW + "累计通过国家备案人工智能大模型49款，安装路灯3200盏，新打机井8587眼，"
                "建成社会足球场41块，成功应对3轮强降雨，接种疫苗140.4万剂次，日检测能力达2万人份，纺纱产能达到30万锭，"
                "压减平板玻璃600万重量箱，收购烤烟180万担。\n", 2019)
    assert {"49款", "3200盏", "8587眼", "41块", "3轮", "140.4万剂次", "2万人份", "30万锭", "600万重量箱",
            "180万担"} <= set(got)
    assert got["49款"].quantity.unit == "款" and got["140.4万剂次"].quantity.unit == "剂次"


def test_count_words_of_round_15_not_in_names(registry):
    """After a Chinese numeral they are names (三块地, 三棵树, 四轮驱动, 五眼桥), and not a unit where the word goes on
    (10亿担保资金: 担保); 18块金牌 stays the medal count whole (negative)."""
    got = facts(registry, REVIEW + "深化农村“三块地”改革，三棵树产业园开工，构建“四轮驱动”格局，改造五眼桥市场，"
                "设立10亿担保资金，在省运会上获得18块金牌。\n", 2019)
    assert "18块金牌" in got
    assert not {v for v in got if v.startswith(("三", "四", "五"))}
    assert "10亿担" not in got and all(f.quantity.unit != "担" for f in got.values())


def test_ratio_sign_and_ratios_the_clause_names(registry):
    """进出比达到1∶1 (U+2236), 城乡居民收入差距缩小到2.5∶1, 农产品加工业与农业总产值比达2.3:1: the ratio's value."""
    got = facts(registry, REVIEW + "人才跨省流动进出比达到1∶1。城乡居民收入差距缩小到2.5∶1。"
                "农产品加工业与农业总产值比达2.3:1。\n", 2019)
    assert {"1", "2.5", "2.3"} <= set(got)
    assert got["1"].subject == "人才跨省流动进出比"


def test_ratio_rules_scales_and_marks_are_not_values(registry):
    """按1∶1比例筹集资金, 按照1000:1的生师比配备 (rules), 1:1万基础测绘 (a map's scale), 突破1：1的设区市 (a mark
    passed): no ratio value (negative)."""
    got = facts(registry, REVIEW + "省财政和工业园区按1∶1比例筹集资金。推动中小学按照1000:1的生师比配备专职教师。"
                "开展1:1万基础测绘。快件进出口量比为全省首个突破1：1的设区市。\n", 2019)
    assert not {"1", "1000"} & set(got)


def test_sector_proportion_terms_are_shares(registry):
    """三次产业比例调整为5.2∶41∶53.8: each sector's term is a share of the proportion named; the starting proportion
    of a one-year review without its year is not recorded (由5.8：55.3：38.9), one with its year is (由2010年的)."""
    got = facts(registry, REVIEW + "三次产业比例由5.8：55.3：38.9调整为5.2∶41∶53.8，城镇化率达到66%。\n", 2019)
    assert set(got) == {"5.2", "41", "53.8", "66%"}
    assert {got[v].reading.measure for v in ("5.2", "41", "53.8")} == {"share"}
    # round 20 (test_audit33c): each term is its own sector's share, not the proportion's name
    assert [got[v].subject for v in ("5.2", "41", "53.8")] == [
        "第一产业增加值比重", "第二产业增加值比重", "第三产业增加值比重"]
    dated = facts(registry, REVIEW + "三次产业结构不断优化，由2010年的6∶60.6∶33.4调整为9.5∶55∶35.5。\n", 2019)
    assert {v: f.period for v, f in dated.items()} == {"6": 2010, "60.6": 2010, "33.4": 2010, "9.5": 2018, "55": 2018,
                                                      "35.5": 2018}


def test_sector_proportion_terms_but_not_the_three_of_its_name():
    """三次产业结构比例由8:45:47调整为6:42:52 (test_kind's sentence of stop 17b): the six terms are quantities, the
    三 of 三次产业 is still none (it was the test's point when no term was read)."""
    from api.extract.quantities import scan
    sentence = "三次产业结构比例由8:45:47调整为6:42:52"
    got = scan(sentence, 0, len(sentence))
    assert [q.value for q in got] == ["8", "45", "47", "6", "42", "52"] and all(q.share for q in got)


def test_proportions_not_of_sectors_are_not_shares(registry):
    """分成比例由4:3:1.5:1.5 (four terms, a rule of sharing revenue) and 按照“4：3：2” (no sectors named): nothing
    (negative)."""
    got = facts(registry, REVIEW + "矿业权出让收益国、省、市、县分成比例由4:3:1.5:1.5调整。"
                "各方按照“4：3：2”比例分担风险。\n", 2019)
    assert not got


def test_counties_counted_with_their_kinds_in_brackets(registry):
    """5县（市）紧急医疗救援指挥中心投入使用, 7县（市、区）脱贫摘帽: counties counted, the clause saying what was
    done."""
    got = facts(registry, REVIEW + "5县（市）紧急医疗救援指挥中心投入使用，7县（市、区）脱贫摘帽。\n", 2019)
    assert {"5县", "7县"} <= set(got)


def test_counties_a_statement_is_over_are_not_counted(registry):
    """8县（市）平均空气优良天数比例达到90%, 人才政策覆盖5县（市）, 谋划阜城至5县（市）第二快速通道, 12县（市）疾病
    控制中心建成4个: the places a statement is over, a name, the set of another count; no count (negative)."""
    got = facts(registry, REVIEW + "8县（市）平均空气优良天数比例达到90%。人才引进政策全面覆盖5县（市）。"
                "谋划实施阜城至5县（市）第二快速通道。12县（市）疾病控制中心建成4个。\n", 2019)
    assert set(got) == {"90%", "4个"}
