"""Where clauses and sentences begin and end in a report's text, as offsets into the text as given.

A clause ends at ，；。！？, a line break, a colon that is no ratio or time (2.95:1) and a comma that is no
thousands separator (`clauses`); a sentence ends at 。！？； or a line break (`sentence_start`, `sentence_end`), or,
where ； does not end it, at 。！？ (`full_stop`, `next_stop`: 预计 governs a list of results across ；). A module of
its own because facts.py, subjects.py and labels.py all cut the text by these same bounds.
"""
from __future__ import annotations

import re
from typing import Any

CLAUSE_END = re.compile(r"[，；;。！？!?\n]|(?<!\d)[：:]|[：:](?!\d)|,(?!\d{3})")
# a colon between digits is a ratio or a time (收入比由2.95:1缩小到2.69:1), not the end of a clause (round 14)
SENTENCE_MARKS = "。！？!?；;\n"
SENTENCE_END = re.compile("[" + SENTENCE_MARKS + "]")


def clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, at = [], lo
    for m in CLAUSE_END.finditer(text, lo, hi):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < hi:
        out.append((at, hi))
    return out


def sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding `at` begins (after the last SENTENCE_MARKS in [lo, at)), or `lo`; searched back from
    `at`, so a call with lo = 0 does not read the whole text before it."""
    return max(lo, max(text.rfind(c, lo, at) for c in SENTENCE_MARKS) + 1)


def sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends (SENTENCE_END), or the text's end."""
    m = SENTENCE_END.search(text, at)
    return m.start() if m else len(text)


def full_stop(text: str, lo: int, at: int) -> int:
    """Where the sentence of `at` begins, ； not ending it (预计 governs a list of results across ；)."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in "。！？!?"))


def next_stop(text: str, at: int) -> int:
    m = re.compile(r"[。！？!?\n]").search(text, at)
    return m.start() if m else len(text)


def fact_before(f: Any, facts: list[Any]) -> Any:
    """The drafted fact whose value ends last before `f`'s value starts (another quantity), else None: the value
    before it, whose label a bare or cut label may take (acts, owners, fragments)."""
    before = [g for g in facts if g.value_end <= f.value_start and g.quantity is not f.quantity]
    return max(before, key=lambda g: g.value_end) if before else None
