"""Stop 27: a registry indicator counting things done in a year (a flow) names its act in its zh label
(建成口袋公园, 新增省级临床重点专科; data/entities/indicators.yaml), its bare name an alias. A count with the act is the
flow; a count of all there is (达到, 总数) in a clause naming no act is the stock, proposed by its own words. Real
registry, real extractor."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts


def test_a_count_of_things_built_is_the_registry_flow(registry):
    got = facts(registry, REVIEW.format("全市建成“口袋公园”116处，新增省级临床重点专科37个，"
                                        "培育农民专业合作示范社15个、高素质农民1300人。"), 2011)
    assert got["116处"].indicator == "indicator/pocket-parks-built"
    assert got["37个"].indicator == "indicator/provincial-key-clinical-specialties-added"
    assert got["1300人"].indicator == "indicator/high-quality-farmers-trained"
    assert got["1300人"].reading.measure == "level"


def test_a_stock_named_by_the_bare_name_is_not_the_flow(registry):
    got = facts(registry, REVIEW.format("全市口袋公园达到300个，省级临床重点专科总数达80个。"), 2011)
    assert got["300个"].indicator.startswith("indicator/proposed-") and got["300个"].proposed == "口袋公园"
    assert got["80个"].indicator.startswith("indicator/proposed-") and got["80个"].proposed == "省级临床重点专科总数"


def test_a_flow_label_opens_with_its_act(registry):
    """The registry's zh label of a flow is what a reader sees: it says what the number counts."""
    for ref in ("indicator/pocket-parks-built", "indicator/complete-communities-built",
                "indicator/rural-sanitary-toilets-built", "indicator/national-key-clinical-specialties-added"):
        zh = registry[ref].zh
        assert zh.startswith(("建成", "新增")), (ref, zh)
        assert zh[2:] in registry[ref].aliases
