"""A test report's opening and the facts of a drafted text by value: shared by the extractor's round tests."""
from __future__ import annotations

from api.extract.draft import draft

HEAD = "{year}年测试市政府工作报告\n各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n"


def facts(registry, text: str, year: int) -> dict:
    """The drafted facts of `text` (a report of place/ceshi given in `year`), by their value as written."""
    d = draft(text, f"ceshi-{year}", registry, year=year, place="place/ceshi", level="city")
    return {f.quantity.value: f for f in d.facts}


def when(f) -> tuple[str, int, int | None]:
    """A fact's kind and the years it refers to."""
    return f.kind, f.period, f.period_end
