"""Round 24 (stop 26, after TEST13 was measured): one value or a pair of values stated of two subjects joined by
和/与/及 and drafted with a merged or garbled label. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import labels


def test_a_wider_place_opening_the_last_item_is_its_own(registry):
    """城市和行政村光纤宽带网络覆盖率分别达到89.2%、71.0% (hainan-2016): each value is of one place with the head
    they share — 城市光纤宽带网络覆盖率, not 城市村…, the last item's 行政村 being wider than 城市; so 城市和建制村客运
    通达率."""
    got = labels(registry, "城市和行政村光纤宽带网络覆盖率分别达到89.2%、71.0%。")
    assert (got["89.2%"], got["71.0%"]) == (["城市光纤宽带网络覆盖率"], ["行政村光纤宽带网络覆盖率"])
    got = labels(registry, "城市和建制村客运通达率分别达到100%、99%。")
    assert got["100%"] == ["城市客运通达率"]


def test_a_rate_word_holding_ji_is_not_split(registry):
    """城镇和农村自来水普及率分别达到98%、85%: the 及 of 普及率 joins nothing, so the two values are of the two
    places (城镇自来水普及率, 农村自来水普及率), not both of the merged 城镇和农村自来水普及率."""
    got = labels(registry, "城镇和农村自来水普及率分别达到98%、85%。")
    assert (got["98%"], got["85%"]) == (["城镇自来水普及率"], ["农村自来水普及率"])


def test_an_item_with_a_verb_of_its_own_does_not_take_the_lists_act(registry):
    """建成棚户区改造项目10个、入住新居群众1.16万户 (lanzhou-2024): the people moved in themselves — 入住新居群众,
    not 建成入住新居群众; likewise 入学儿童 after 新建幼儿园."""
    got = labels(registry, "建成棚户区改造项目10个、入住新居群众1.16万户。")
    assert (got["10个"], got["1.16万户"]) == (["建成棚户区改造项目"], ["入住新居群众"])
    assert labels(registry, "新建幼儿园12所、入学儿童3000名。")["3000名"] == ["入学儿童"]
