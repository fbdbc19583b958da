"""Candidate new entities from their names' patterns (issue 13, deliverable 4): proposed with span, kind and name,
once per name, never a registry entity, never a generic name (重点项目, 创新平台) or a number (3个产业园)."""
from __future__ import annotations

import pytest

from api.extract.candidates import candidates
from api.extract.indicators import Lexicon


@pytest.fixture(scope="module")
def lexicon(registry):
    return Lexicon(registry, "place/dalian", "大连市")


def names(text: str, lexicon) -> dict[str, str]:
    return {c.name: c.kind for c in candidates(text, lexicon)}


@pytest.mark.parametrize("text,name,kind", [
    ("加快建设长海风电项目，", "长海风电项目", "project"),
    ("开工建设渤海海峡跨海大桥，", "渤海海峡跨海大桥", "project"),
    ("推进地铁7号线建设，", "地铁7号线", "project"),
    ("建设金马湾国际商务区，", "金马湾国际商务区", "zone"),
    ("建成营口港，", "营口港", "zone"),
    ("组建星海湾实验室，", "星海湾实验室", "lab"),
    ("启用中关村科技服务平台，", "中关村科技服务平台", "platform"),
    ("引进联想集团，", "联想集团", "organisation"),
    ("实施振兴辽宁三年行动，", "振兴辽宁三年行动", "programme"),
])
def test_named_things_are_proposed(lexicon, text, name, kind):
    found = candidates(text, lexicon)
    assert [(c.name, c.kind) for c in found] == [(name, kind)]
    (c,) = found
    assert text[c.start:c.end] == name and c.id.startswith(("project/", "zone/", "org/", "programme/"))


@pytest.mark.parametrize("text", [
    "加快推进重点项目建设，",          # generic: a kind of project
    "搭建一批创新平台，",
    "新建3个产业园，",                 # a number, not a name
    "建设国家级现代农业产业园，",
    "完善政务服务中心功能，",
    "优化中心城区布局，",             # 中心 followed by 城区 is not a head
    "推动香港企业投资，",
    "做好计划单列市工作，",
])
def test_generic_words_and_numbers_are_not_proposed(lexicon, text):
    assert candidates(text, lexicon) == []


def test_registry_entities_are_mentions_not_candidates(lexicon):
    text = "加快建设金州湾国际机场主体工程，推进恒力临海装备制造基地项目，建设辽宁滨海实验室，"
    assert candidates(text, lexicon) == []
    assert {c.name for c in candidates(text, lexicon, exclude_registry=False)} >= {"辽宁滨海实验室"}


def test_a_name_is_proposed_once_with_all_its_spans(lexicon):
    text = "建设长海风电项目。长海风电项目年内并网。"
    (c,) = candidates(text, lexicon)
    assert c.spans == [(2, 8), (9, 15)] and (c.start, c.end) == (2, 8)
