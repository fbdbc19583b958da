"""The act opening a list whose first items have no number (round 20): 建成全民健身中心、20个社区健身房 → the count's
label is 建成社区健身房, not 社区健身房 — the act before the list is each item's (docs/records.md: a list's items keep
the head they share). Run after labels.relabel, on its labels."""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import Lexicon
from api.extract.labels import OWN_ACT, SHARED_ACT, named
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports this module (tests/test_layers.py)

CLAUSE_START = re.compile(r"[，,；;。！？!?：:\n]")
# the items before the count: words with no number, joined by 、 (全民健身中心、; 体育公园、文化广场、)
UNNUMBERED = re.compile(r"(?:[^\W\d_][^，,；;。！？!?：:\n\d、]*、)+")


def act_of_the_list(text: str, f: Fact) -> str:
    """建成全民健身中心、20个社区健身房 → 建成社区健身房: a count whose label is the words after its number, after items
    with no number opened by an act of things done, takes that act; "" when the label has an act of its own, the words
    before the count are not such a list, or the count is no count."""
    q = f.quantity
    if q.unit not in COUNT_UNITS or q.rank or q.share or q.suffix or len(f.subject) < 2 \
            or not text.startswith(f.subject, q.suffix_end) or OWN_ACT.match(f.subject):
        return ""
    lo = max((m.end() for m in CLAUSE_START.finditer(text, max(0, q.start - 60), q.start)), default=max(0, q.start - 60))
    act = SHARED_ACT.match(text[lo:q.start])
    if not act or not UNNUMBERED.fullmatch(text, lo + act.end(), q.start):
        return ""
    return act.group() + f.subject


def relabel_list_acts(text: str, facts: list[Fact], lexicon: Lexicon) -> None:
    """Each count of a paragraph after a list's items with no number takes the list's act (act_of_the_list)."""
    for f in facts:
        if f.indicator.startswith("indicator/proposed-") and (label := act_of_the_list(text, f)):
            named(f, label, lexicon)
