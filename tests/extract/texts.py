"""A test report's opening and the facts of a drafted text by value: shared by the extractor's round tests."""
from __future__ import annotations

from api.extract.draft import draft

HEAD = "{year}年测试市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n"
# one sentence in a 2023 plan part, in a 2010 review part (the 2011 report), in a five-year review part
PLAN = "2023年测试市政府工作报告\n各位代表：\n一、2023年主要工作\n{}\n"
REVIEW = "2011年测试市政府工作报告\n各位代表：\n一、2010年工作回顾\n{}\n二、2011年主要工作\n今年要继续努力。\n"
TERM = "2011年测试市政府工作报告\n各位代表：\n一、过去五年工作回顾\n{}\n二、2011年主要工作\n今年要继续努力。\n"


def facts(registry, text: str, year: int) -> dict:
    """The drafted facts of `text` (a report of place/ceshi given in `year`), by their value as written."""
    d = draft(text, f"ceshi-{year}", registry, year=year, place="place/ceshi", level="city")
    return {f.quantity.value: f for f in d.facts}


def when(f) -> tuple[str, int, int | None]:
    """A fact's kind and the years it refers to."""
    return f.kind, f.period, f.period_end


def drafted(registry, template: str, sentence: str, year: int) -> dict:
    """The kind and period of each fact drafted from one sentence set in a template, by value as written."""
    return {value: (f.kind, f.period) for value, f in facts(registry, template.format(sentence), year).items()}


def values(registry, template: str, sentence: str, year: int) -> list[str]:
    """The values drafted from one sentence set in a template, in order."""
    d = draft(template.format(sentence), f"ceshi-{year}", registry, year=year, place="place/ceshi", level="city")
    return [f.quantity.value for f in d.facts]


def labels(registry, sentence: str) -> dict[str, list[str]]:
    """The labels of each value drafted from one review sentence (REVIEW, the 2011 report), by value as written."""
    d = draft(REVIEW.format(sentence), "ceshi-2011", registry, year=2011, place="place/ceshi", level="city")
    out: dict[str, list[str]] = {}
    for f in d.facts:
        out.setdefault(f.quantity.value, []).append(f.subject)
    return out
