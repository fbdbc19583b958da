"""The reports the store holds, as the graph describes them (queries/api-reports.rq): each report's title, the
place it is about (dcterms:spatial), the year it reviews (gwr:reviewedYear) and the year it sets targets for
(gwr:targetYear). The pages' navigation and titles, the charts' year labels and the API's default years come
from this list, never from code (issue 10: a second report is data)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReportInfo:
    iri: str
    key: str                     # the last segment of the IRI: /report/{key}, graph/{key}
    zh: str
    en: str
    place: str                   # the place's IRI ("" when the graph names none)
    place_zh: str
    place_en: str
    reviewed_year: int | None
    target_year: int | None


def year(text: str) -> int | None:
    """An xsd:gYear's year ("2023", "2023Z", "-0044") as a number."""
    digits = text[:5] if text.startswith("-") else text[:4]
    try:
        return int(digits)
    except ValueError:
        return None


async def listed(engine) -> list[ReportInfo]:
    """Every report, newest first (target year, then key), computed once (the store never changes while serving)."""
    async def load():
        out = []
        for row in await engine.select("api-reports"):
            v = {name: cell["value"] for name, cell in row.items()}
            iri = v["report"]
            out.append(ReportInfo(iri, iri.rsplit("/", 1)[-1], v.get("title", ""), v.get("titleEn", ""),
                                  v.get("place", ""), v.get("placeZh", ""), v.get("placeEn", ""),
                                  year(v.get("reviewedYear", "")), year(v.get("targetYear", ""))))
        out.sort(key=lambda r: (-(r.target_year or 0), r.key))
        return out
    return await engine.once("reports", load)


def latest(reports: list[ReportInfo], place: str | None = None) -> ReportInfo | None:
    """The newest report (the one with the latest target year), of one place if given (its IRI)."""
    return next((r for r in reports if place is None or r.place == place), None)
