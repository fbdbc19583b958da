"""Classes found by reading drafted facts, round 9 of *found* (stop 20: the blind sample TEST5 of extractor 0.3.10 and
the DEV7 sample, seed 2007; bench/README.md "Round 9: found (stop 20)"; api/extract/classes.py, quantities.py). Real
registry, real extractor; wordings of corpus reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest

from tests.extract import texts


def values(registry, sentence: str) -> list[str]:
    return texts.values(registry, texts.REVIEW, sentence, 2011)


@pytest.mark.parametrize("sentence, kept", [
    # TEST5, recall TEST; Shanxi 2006, Henan 2022, Zhejiang 2009, Honghe 2025, Ningbo 2026 (corpus check)
    ("对年综合能源消费总量超过1000吨标煤的项目开展节能审查。", []),
    ("对人均纯收入8500元以下的脱贫户给予帮扶。", []),
    ("免除年人均收入4000元以下农村家庭子女的学费。", []),
    ("关停30万千瓦以上机组2台。", ["2台"]),
    ("百万吨以上煤矿产量占全省原煤产量的比重达80%以上。", ["80%"]),
    ("17.9万个20户以上自然村全部通硬化路。", ["17.9万个"]),
    ("补齐常住人口1000人以上行政村卫生室空白点62个。", ["62个"]),
    # amounts built or consumed, counts of households and incomes stay
    ("新增装机30万千瓦以上。", ["30万千瓦"]),
    ("全年综合能源消费总量超过1000万吨标煤。", ["1000万吨"]),
    ("新建2万亩以上中药材基地。", ["2万亩"]),
    ("搬迁25户以上。", ["25户"]),
    ("帮扶脱贫户8500户以上。", ["8500户"]),
    ("农民人均纯收入8500元以上。", ["8500元"]),
])
def test_a_threshold_inside_a_class_before_its_noun_is_no_quantity(registry, sentence, kept):
    """以上/以下/超过 of a unit size, an income or a settlement's households before the things it classes (round 9)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("堤防达到50年一遇防洪标准。", []),
    ("战胜了50年一遇的严重干旱。", []),
    ("防洪标准由10年一遇提高到20年一遇。", []),
    ("连续5年粮食增产，新建堤防50公里。", ["50公里"]),
    ("成立50年来，累计建成水库12座。", ["12座"]),
])
def test_a_flood_standard_is_a_name(registry, sentence, kept):
    """N年一遇 names a standard or the rarity of an event, not a length (round 9)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("惠及沿线21个镇街107个村居76万多名群众。", ["76万多名"]),
    ("惠及12个乡镇。", ["12个"]),
    ("覆盖全市107个村。", ["107个"]),
    ("惠及4.7万名困难群众。", ["4.7万名"]),
    ("新建21个镇街文化站，服务群众76万人。", ["21个", "76万人"]),
])
def test_the_places_a_benefit_reaches_before_its_people_are_its_scope(registry, sentence, kept):
    """The places are the scope of the people counted (docs/records.md, population of a statement; round 9)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("建设五个商贸区（东区、西区、南区、北区、中区）。", []),
    ("在2个区域（萧山区、富阳市）开展试点。", []),
    ("建设五个商贸区（东区、西区等）。", ["五个"]),
    ("力争2个县（市、区）突破30亿元。", ["2个", "30亿元"]),
    ("建成三个园区（东区、西区），新增企业5家。", ["三个", "5家"]),
])
def test_a_count_whose_names_follow_in_brackets_repeats_them(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("团结带领3300万重庆人民奋力前进。", []),
    ("是全市807万人民拼搏进取的结果。", []),
    ("300多万陇中儿女的幸福感更实更足。", []),
    ("服务30万人民群众。", ["30万人"]),
    ("全市人口达到3300万。", ["3300万"]),
])
def test_the_people_of_a_place_named_by_their_number_is_an_epithet(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # DEV7 (Nantong 2022, Zhejiang 1987, Yanbian 2023, Wuxi 2021); Guiyang 2006, Gansu 2024, Nanjing 2020 (corpus check)
    ("所辖县（市、区）均超千亿元。", []),
    ("县县财政收入过10亿元。", []),
    ("各区（市、县）地方财政收入均突破1亿元。", []),
    ("襄阳、宜昌总量均超过3100亿元。", ["3100亿元"]),
    ("全市地区生产总值、固定资产投资、全部工业总产值均突破4000亿元。", ["4000亿元"] * 3),
    ("人均超过3000美元。", ["3000美元"]),
    ("进出口总额年均超过百亿美元。", ["百亿美元"]),
    ("财政收入超10亿元。", ["10亿元"]),
    ("自营出口商品创汇突破10亿美元大关，达到11.56亿美元。", ["11.56亿美元"]),
    ("自营出口创汇突破10亿美元大关。", ["10亿美元"]),
    ("24个国考断面优良水体比例达81.8%。", ["81.8%"]),
    ("建成24个断面，优良水体比例达81.8%。", ["24个", "81.8%"]),
    ("强化旅游景区3公里范围内景观改造和秩序管理。", []),
    ("新建道路3公里。", ["3公里"]),
])
def test_dev7_classes(registry, sentence, kept):
    """A mark every unnamed member passes, a mark passed before the value, a share's population, a bounding distance."""
    assert values(registry, sentence) == kept
