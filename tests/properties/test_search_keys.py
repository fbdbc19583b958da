"""Search keys: fold() (api/service/catalogue.py) drops every nonspacing mark through a translate table; it
must give what the definition says, character by character, for any text."""
from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from api.service.catalogue import fold


def fold_by_definition(text: str) -> str:
    """Lower case, NFD, every character of category Mn dropped, NFC, separators removed."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    # separators: white space, hyphens and dashes, apostrophes, middle dot, full stops and commas, brackets and
    # quotation marks, in their ASCII and full-width Chinese forms
    return re.sub(r"[\s\-'’·.,()（）、，—–“”\"]+", "", unicodedata.normalize("NFC", plain))


@given(st.text(max_size=40))
def test_fold_is_its_definition(text):
    assert fold(text) == fold_by_definition(text)


@given(st.text(alphabet="āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀ jinzhouwandalian-'·金州湾大连", max_size=30))
def test_fold_on_pinyin_with_tones(text):
    assert fold(text) == fold_by_definition(text)
    assert not any(unicodedata.category(c) == "Mn" for c in fold(text))


def test_tone_marks_and_separators_go():
    assert fold("Jīnzhōu Wān") == fold("jinzhou-wan") == "jinzhouwan"
    assert fold("Lǜshùn") == "lushun" and fold("大连·金州") == "大连金州"
