"""Round 21 (stop 25, after TEST12 was measured): a count of things done is a flow (docs/records.md). TEST12's readers
marked counts of new things labelled with the stock (新认定国家高新技术企业64家 → 高新技术企业, level) and list items
that lost the list's act. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts


def drafted(registry, sentence):
    return facts(registry, REVIEW.format(sentence), 2011)


def test_an_act_adding_to_a_registry_stock_is_a_change_of_it(registry):
    """新认定国家高新技术企业64家 (suining-2023), 新增全国重点实验室5家: the stock's indicator with measure change,
    direction increase, the act as written — as the curated dalian-2022 records 新增高新技术企业500家."""
    f = drafted(registry, "新认定国家高新技术企业64家。")["64家"]
    assert (f.indicator, f.reading.measure, f.reading.direction, f.reading.direction_written) == (
        "indicator/high-tech-enterprises", "change", "increase", "新认定")
    f = drafted(registry, "新增全国重点实验室5家。")["5家"]
    assert (f.reading.measure, f.reading.direction_written) == ("change", "新增")


def test_a_stock_reached_or_a_flow_named_stays_a_level(registry):
    """全市高新技术企业达到500家 is the stock, 累计认定…总数 all there is so far (round 23: 累计新认定 is additions
    summed, a change, test_audit36e); 新增就业 and 国家临床重点专科 (newly designated) are flows by name."""
    assert drafted(registry, "全市高新技术企业达到500家。")["500家"].reading.measure == "level"
    assert drafted(registry, "累计建成高新技术企业200家。")["200家"].reading.measure == "level"   # all there is so far
    f = drafted(registry, "新增就业10万人。")["10万人"]
    assert (f.indicator, f.reading.measure) == ("indicator/new-jobs", "level")
    f = drafted(registry, "新增国家临床重点专科十五个。")["十五个"]
    assert (f.indicator, f.reading.measure) == ("indicator/national-key-clinical-specialties-added", "level")


def test_later_items_keep_the_lists_act(registry):
    """、“专精特新”中小企业52家 (an item opening with a quoted name: qinhuangdao-2023), 新引育…博士200名 (wenzhou-2021),
    确定…中心村265个 (leshan-2022): the act opening the list is each item's."""
    got = drafted(registry, "新增高新技术企业34家、“专精特新”中小企业52家、国家级小巨人企业8家。")
    assert (got["52家"].subject, got["8家"].subject) == ("新增“专精特新”中小企业", "新增国家级小巨人企业")
    assert drafted(registry, "新引育院士2名、领军人才170名、博士200名。")["200名"].subject == "新引育博士"
    assert drafted(registry, "全市确定中心镇34个、中心村265个。")["265个"].subject == "确定中心村"
