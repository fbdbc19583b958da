"""Drafts against curated records, field by field.

Each curated report is drafted from its cleaned text (the text its records' offsets count in), with its own
year and place. A drafted fact matches a curated fact when their values' spans overlap (the value as written,
located inside each quote); a one-to-one matching prefers, among overlapping pairs, the same indicator, then the
same `order`. `found`: precision = matched drafts / drafts, recall = matched curated facts / curated facts.
Every other field is compared on the matched pairs: precision = pairs that agree / matched pairs, recall =
pairs that agree / curated facts (a missed fact counts against every field's recall).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from api.extract.draft import Draft, draft
from api.extract.facts import Fact
from api.records import load_records
from api.settings import Settings
from api.source import load_report
from api.vocab import load_vocabulary

FIELDS = ("found", "value", "unit", "comparison", "kind", "measure", "direction", "baseline", "period",
          "indicator", "about")


@dataclass
class Result:
    report: str
    curated: int
    drafted: int
    matched: int
    agree: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)     # curated quotes not found
    extras: list[str] = field(default_factory=list)     # drafted quotes not curated
    wrong: dict[str, list[str]] = field(default_factory=dict)


def curated_view(rec, place: str) -> dict:
    d = rec.data
    quote, value = str(d["quote"]), str(d["value"])
    at = d["start"] + quote.find(value)
    w = rec.written
    return {"value_span": (at, at + len(value)), "value": (w.minimum, w.maximum), "unit": w.unit,
            "comparison": d["comparison"], "kind": d["kind"], "measure": d["measure"],
            "direction": d.get("direction") or "", "indicator": d["indicator"], "about": d.get("about") or place,
            "baseline": (d.get("baseline") or ("previous-year" if d["measure"] in ("growth", "change") else "")),
            "period": d["period"], "order": d.get("order"), "quote": quote}


def draft_view(f: Fact) -> dict:
    q, r = f.quantity, f.reading
    return {"value_span": (q.start, q.end), "value": (q.minimum, q.maximum), "unit": q.unit,
            "comparison": r.comparison, "kind": f.kind, "measure": r.measure, "direction": r.direction,
            "indicator": f.indicator, "about": f.about, "baseline": r.baseline, "period": f.period,
            "order": f.order, "quote": q.value}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def compare(curated: list[dict], drafted: list[dict], report: str) -> Result:
    pairs = []
    for i, c in enumerate(curated):
        for j, d in enumerate(drafted):
            if overlap(c["value_span"], d["value_span"]):
                pairs.append((c["indicator"] != d["indicator"], c["order"] != d["order"], i, j))
    pairs.sort()
    used_c, used_d, matched = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_c and j not in used_d:
            used_c.add(i)
            used_d.add(j)
            matched.append((curated[i], drafted[j]))
    res = Result(report, len(curated), len(drafted), len(matched))
    for name in FIELDS[1:]:
        agree = [c for c, d in matched if c[name] == d[name]]
        res.agree[name] = len(agree)
        res.wrong[name] = [f"{c['quote']}: curated {c[name]} / drafted {d[name]}" for c, d in matched if c[name] != d[name]]
    res.agree["found"] = len(matched)
    res.misses = [c["quote"] for i, c in enumerate(curated) if i not in used_c]
    res.extras = [d["quote"] for j, d in enumerate(drafted) if j not in used_d]
    return res


def evaluate_report(settings: Settings, report_id: str, vocab=None) -> tuple[Result, Draft]:
    vocab = vocab or load_vocabulary(settings.ontology_dir)
    report = load_report(settings.reports_dir / report_id, settings.root)
    records = load_records(report, settings.root, vocab)
    d = draft(report.text, report_id, records.entities, year=int(report.meta["target_year"]),
              place=report.meta["place"])
    curated = [curated_view(r, report.meta["place"]) for r in records.of("facts")]
    return compare(curated, [draft_view(f) for f in d.facts], report_id), d


def evaluate_reports(settings: Settings, ids: list[str] | None = None) -> list[Result]:
    vocab = load_vocabulary(settings.ontology_dir)
    out = []
    for rid in ids or settings.report_ids():
        if not any((settings.reports_dir / rid / "records").glob("*.yaml")):
            continue
        out.append(evaluate_report(settings, rid, vocab)[0])
    return out


def scores(res: Result, name: str) -> tuple[float, float]:
    if name == "found":
        p = res.matched / res.drafted if res.drafted else 1.0
        return p, (res.matched / res.curated if res.curated else 1.0)
    agree = res.agree[name]
    return (agree / res.matched if res.matched else 1.0), (agree / res.curated if res.curated else 1.0)


def table(results: list[Result]) -> str:
    """Precision and recall per field and report (and over all reports when there are several)."""
    if len(results) > 1:
        total = Result("all", sum(r.curated for r in results), sum(r.drafted for r in results),
                       sum(r.matched for r in results),
                       {n: sum(r.agree[n] for r in results) for n in FIELDS})
        results = [*results, total]
    lines = []
    for res in results:
        lines.append(f"{res.report}: {res.curated} curated facts, {res.drafted} drafted, {res.matched} matched")
        lines.append(f"  {'field':<11} {'precision':>9} {'recall':>7}")
        for name in FIELDS:
            p, r = scores(res, name)
            lines.append(f"  {name:<11} {p:>9.1%} {r:>7.1%}")
    return "\n".join(lines)
