"""One quantity, one fact (stop 25): a rank listed after another (…跃升至第35位、全省第2位, sanming-2021) was read by
two patterns and drafted twice under one IRI, so the corpus manifest counted a fact the dump did not hold.
Real registry, real extractor."""
from __future__ import annotations

from api.extract.draft import draft, fact_id
from tests.extract.texts import REVIEW


def test_a_listed_rank_read_by_two_patterns_is_one_fact(registry):
    text = REVIEW.format("三明综合信用指数在全国地级市中排名由2018年的第246位跃升至第35位、全省第2位。")
    d = draft(text, "ceshi-2011", registry, year=2011, place="place/ceshi", level="city")
    assert [f.quantity.value for f in d.facts] == ["246位", "35位", "2位"]


def test_no_two_facts_of_a_draft_share_an_iri(registry):
    """Ranks listed with and without a verb, 分别 ranks, and a list of counts: every fact's IRI is its own."""
    body = ("三明综合信用指数排名跃升至第35位、全省第2位。工业增加值、财政收入分别居全省第4、第2位。"
            "新建学校12所、医院3家，全市高新技术企业达到50家、新增10家。")
    d = draft(REVIEW.format(body), "ceshi-2011", registry, year=2011, place="place/ceshi", level="city")
    ids = [fact_id(f) for f in d.facts]
    assert len(d.facts) >= 7 and len(ids) == len(set(ids))
