"""The indicator page's data (issue 11, deliverable 9): one indicator's targets against its outcomes over the years for
one place (queries/series.rq), and the cascade of one year's targets across levels of government
(queries/cascade.rq). Both are canned queries run through the backend like every other page's; this module only
groups their rows. Which place, measure and year a page shows are chosen from the indicator's own facts (its
entity data), never from a list written here. The SVG is drawn by series_svg.py."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from api.iris import KINDS
from api.service.terms import BadIdentifier, Terms, Unknown
from api.service.web import model

SERIES, CASCADE = "series", "cascade"


@dataclass
class Point:
    """One target or outcome (a fact) as series.rq gives it."""
    fact: str
    year: int
    value: float | None
    low: float | None
    high: float | None
    unit: str
    comparison: str
    written: str          # the qualifier as written (以上, 左右 …)
    modality: str         # "" | aspirational | estimate | preliminary
    modality_written: str
    quote: str
    report: str
    attainments: list[dict] = field(default_factory=list)   # targets: {attainment, difference, tolerance, outcome}

    @property
    def top(self) -> float | None:
        return self.high if self.value is None else self.value

    @property
    def bottom(self) -> float | None:
        return self.low if self.value is None else self.value


@dataclass
class Year:
    year: int
    targets: list[Point] = field(default_factory=list)        # binding / expected targets
    aspirational: list[Point] = field(default_factory=list)   # 力争, 争取: kept apart
    outcomes: list[Point] = field(default_factory=list)


def number(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def chosen(raw: str | None, terms: Terms, places: list[dict]) -> str | None:
    """The subject a ?place= value names among the page's `places`, read by the API's one identifier rule
    (terms.py: dalian, place/dalian, id:place/dalian or the IRI; places first); None when it names none of them."""
    if not raw:
        return None
    known = {p["id"] for p in places}
    try:
        return terms.entity(raw, KINDS, known.__contains__)
    except (BadIdentifier, Unknown):
        return None


def choices(facts: list[dict]) -> list[dict]:
    """The places (subjects) the indicator's facts are about, most facts first: the place switcher."""
    counts: Counter = Counter()
    labels: dict[str, dict] = {}
    for f in facts:
        about = f.get("about") or {}
        if about.get("id"):
            counts[about["id"]] += 1
            labels[about["id"]] = about
    return [{**labels[ref], "count": n} for ref, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def measures(facts: list[dict], place: str) -> list[str]:
    """The measures of the place's facts, growth first when there is one, then by number of facts."""
    counts = Counter(f["measure"] for f in facts if (f.get("about") or {}).get("id") == place and f.get("measure"))
    return sorted(counts, key=lambda m: (m != "growth", -counts[m], m))


def direction(facts: list[dict], place: str, measure: str) -> str:
    """The direction the place's facts of this measure state (decrease for 下降), the most frequent one."""
    counts = Counter(f.get("direction") for f in facts
                     if (f.get("about") or {}).get("id") == place and f.get("measure") == measure
                     and f.get("direction"))
    return str(counts.most_common(1)[0][0]) if counts else ""


def point(r: dict) -> Point:
    return Point(r["fact"], int(r["period"][:4]), number(r.get("value")), number(r.get("minValue")),
                 number(r.get("maxValue")), r.get("unit", ""), r.get("comparison", ""),
                 r.get("comparisonAsWritten", ""),
                 r.get("modality", ""), r.get("modalityAsWritten", ""), r.get("quote", ""), r.get("report", ""))


def group(rows: list[dict]) -> tuple[list[Year], list[Point]]:
    """Years in order with their targets (binding and aspirational apart), outcomes and attainments; and the
    multi-year targets (gwr:periodEnd), which are not one year's and are listed beside the chart."""
    years: dict[int, Year] = {}
    targets: dict[str, Point] = {}
    outcomes: dict[str, Point] = {}
    multi: dict[str, Point] = {}
    for r in rows:
        p = point(r)
        if r.get("periodEnd"):
            multi.setdefault(p.fact, p)
            continue
        y = years.setdefault(p.year, Year(p.year))
        if r.get("kind") == "target" and p.fact not in targets:
            targets[p.fact] = p
            (y.aspirational if p.modality == "aspirational" else y.targets).append(p)
        elif r.get("kind") == "result" and p.fact not in outcomes:
            outcomes[p.fact] = p
            y.outcomes.append(p)
    for r in rows:
        if r.get("kind") == "result" and r.get("target") in targets and r.get("attainment"):
            targets[r["target"]].attainments.append({
                "attainment": r["attainment"], "difference": number(r.get("difference")),
                "tolerance": number(r.get("tolerance")), "outcome": r["fact"], "report": r.get("report", "")})
    return [years[k] for k in sorted(years)], list(multi.values())


async def series(engine, indicator: str, place_iri: str, measure: str) -> tuple[list[Year], list[Point]]:
    if SERIES not in engine.canned:
        return [], []
    rows = await model.canned_rows(engine, SERIES, {"indicator": indicator, "place": place_iri,
                                                    "measure": engine.settings.base_iri + "id/measure-" + measure})
    return group(rows)


def target_years(facts: list[dict], measure: str) -> list[int]:
    """The years some government set a one-year target of this measure for the indicator: the cascade's years."""
    return sorted({int(f["period"]) for f in facts if f.get("kind") == "target" and f.get("measure") == measure
                   and f.get("period")}, reverse=True)


async def cascade(engine, indicator: str, year: int, measure: str) -> list[dict]:
    if CASCADE not in engine.canned:
        return []
    rows = await model.canned_rows(engine, CASCADE, {"indicator": indicator, "year": str(year),
                                                     "measure": engine.settings.base_iri + "id/measure-" + measure})
    out, seen = [], set()
    for r in rows:
        if r["target"] in seen:
            continue
        seen.add(r["target"])
        out.append({**r, "level": int(r.get("level") or 3), "value": number(r.get("value")),
                    "low": number(r.get("minValue")), "high": number(r.get("maxValue"))})
    return out
