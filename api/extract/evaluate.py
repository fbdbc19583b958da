"""Drafts against curated records, field by field.

Each curated report is drafted from its cleaned text (the text its records' offsets count in), with its own
year and place. A drafted fact matches a curated fact when their values' spans overlap (the value as written,
located inside each quote); a one-to-one matching prefers, among overlapping pairs, the same indicator, then the
same `order`. `found`: precision = matched drafts / drafts, recall = matched curated facts / curated facts.
Every other field is compared on the matched pairs: precision = pairs that agree / matched pairs, recall =
pairs that agree / curated facts (a missed fact counts against every field's recall).

Scope (report.yaml `scope`, docs/records.md): a `full` report's records cover every statement, so every drafted
fact counts. A `headline` report's records cover only some paragraphs (the main-targets paragraph and the
review's headline results): only drafted facts inside a paragraph holding a curated record (a fact or an aim)
are counted; a drafted fact elsewhere is neither right nor wrong, and the table says how many were set aside.
Aims (targets without a number) are not quantities: they are never in recall; they only mark their paragraph
as covered.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from api.extract.draft import Draft, draft
from api.extract.facts import Fact
from api.extract.split import level, read_split
from api.records import RecordsError, load_records
from api.settings import Settings
from api.source import load_report
from api.vocab import load_vocabulary

FIELDS = ("found", "value", "unit", "comparison", "kind", "modality", "measure", "direction", "baseline", "period",
          "period_end", "indicator", "about", "indicator+about")


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
    scope: str = "full"
    level: str = ""
    outside: int = 0                                    # drafted facts outside the curated paragraphs (headline)
    paragraphs: int = 0                                 # paragraphs compared (headline)


def curated_view(rec, place: str) -> dict:
    d = rec.data
    quote, value = str(d["quote"]), str(d["value"])
    found = re.search(r"(?<![\d.])" + re.escape(value), quote)     # 5% of 增长5%, not of 4.5%
    at = d["start"] + (found.start() if found else quote.find(value))
    w = rec.written
    view = {"value_span": (at, at + len(value)), "value": (w.minimum, w.maximum), "unit": w.unit,
            "comparison": d["comparison"], "kind": d["kind"], "measure": d["measure"],
            "direction": d.get("direction") or "", "indicator": d["indicator"], "about": d.get("about") or place,
            "baseline": (d.get("baseline") or ("previous-year" if d["measure"] in ("growth", "change") else "")),
            "period": d["period"], "period_end": d.get("period_end") or None, "modality": d.get("modality") or "",
            "order": d.get("order"), "quote": quote, "start": d["start"]}
    view["indicator+about"] = (view["indicator"], view["about"])
    return view


def draft_view(f: Fact) -> dict:
    q, r = f.quantity, f.reading
    return {"value_span": (q.start, q.end), "value": (q.minimum, q.maximum), "unit": q.unit,
            "comparison": r.comparison, "kind": f.kind, "measure": r.measure, "direction": r.direction,
            "indicator": f.indicator, "about": f.about, "baseline": r.baseline, "period": f.period,
            "period_end": getattr(f, "period_end", None), "modality": getattr(r, "modality", ""),
            "indicator+about": (f.indicator, f.about), "order": f.order, "quote": q.value}


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
    place = report.meta["place"]
    d = draft(report.text, report_id, records.entities, year=int(report.meta["target_year"]), place=place)
    curated = [curated_view(r, place) for r in records.of("facts")]
    drafted = [(f.value_start, draft_view(f)) for f in d.facts]
    scope = str(report.meta.get("scope") or "full")
    covered: set[int] = set()
    if scope == "headline":
        for r in records.of("facts") + records.of("aims"):
            p = d.doc.paragraph_at(int(r.data["start"]))
            if p is not None:
                covered.add(p.number)
        kept = []
        for at, view in drafted:
            p = d.doc.paragraph_at(at)
            if p is not None and p.number in covered:
                kept.append((at, view))
        outside, drafted = len(drafted) - len(kept), kept
    res = compare(curated, [v for _, v in drafted], report_id)
    res.scope, res.level = scope, level(place)
    if scope == "headline":
        res.outside, res.paragraphs = outside, len(covered)
    return res, d


def evaluate_reports(settings: Settings, ids: list[str] | None = None, half: str | None = None,
                     level_name: str | None = None) -> list[Result]:
    """Every curated report (or `ids`), optionally only one half of the split (split.tsv) or one level."""
    vocab = load_vocabulary(settings.ontology_dir)
    split = read_split() if half else {}
    out = []
    for rid in ids or settings.report_ids():
        if not any((settings.reports_dir / rid / "records").glob("*.yaml")):
            continue
        if half and split.get(rid) != half:
            continue
        try:
            res = evaluate_report(settings, rid, vocab)[0]
        except RecordsError as exc:            # records being curated: say so, measure the others
            print(f"{rid}: not evaluated, its records do not pass the checks ({len(exc.problems)} problems)",
                  file=sys.stderr)
            continue
        if level_name and res.level != level_name:
            continue
        out.append(res)
    return out


def scores(res: Result, name: str) -> tuple[float, float]:
    if name == "found":
        p = res.matched / res.drafted if res.drafted else 1.0
        return p, (res.matched / res.curated if res.curated else 1.0)
    agree = res.agree[name]
    return (agree / res.matched if res.matched else 1.0), (agree / res.curated if res.curated else 1.0)


def total(results: list[Result], name: str) -> Result:
    return Result(name, sum(r.curated for r in results), sum(r.drafted for r in results),
                  sum(r.matched for r in results), {n: sum(r.agree[n] for r in results) for n in FIELDS},
                  scope="/".join(sorted({r.scope for r in results})), outside=sum(r.outside for r in results),
                  paragraphs=sum(r.paragraphs for r in results))


def block(res: Result) -> list[str]:
    head = f"{res.report}: {res.curated} curated facts, {res.drafted} drafted, {res.matched} matched"
    if res.outside or "headline" in res.scope:
        head += (f" (headline scope: only drafted facts inside the {res.paragraphs} curated paragraphs count; "
                 f"{res.outside} drafted facts outside them not counted)")
    lines = [head, f"  {'field':<15} {'precision':>9} {'recall':>7}"]
    for name in FIELDS:
        p, r = scores(res, name)
        lines.append(f"  {name:<15} {p:>9.1%} {r:>7.1%}")
    return lines


def table(results: list[Result]) -> str:
    """Precision and recall per field: per report when there are few, else one line per report and the field
    tables per level (national, Liaoning, Dalian) and over all reports."""
    if len(results) <= 3:
        lines = [line for res in results for line in block(res)]
        if len(results) > 1:
            lines += block(total(results, "all"))
        return "\n".join(lines)
    lines = [f"{'report':<16} {'scope':<9} {'curated':>7} {'drafted':>7} {'matched':>7} {'found P':>8} {'found R':>8}"]
    for res in results:
        p, r = scores(res, "found")
        lines.append(f"{res.report:<16} {res.scope:<9} {res.curated:>7} {res.drafted:>7} {res.matched:>7} "
                     f"{p:>8.1%} {r:>8.1%}")
    for name in ("national", "liaoning", "dalian"):
        group = [r for r in results if r.level == name]
        if group:
            lines += block(total(group, f"{name} ({len(group)} reports)"))
    lines += block(total(results, f"all ({len(results)} reports)"))
    return "\n".join(lines)


def details(res: Result) -> str:
    """What to read when improving the rules: missed and extra quotes, and each disagreeing field."""
    lines = [f"== {res.report}"]
    lines += [f"  missed: {q}" for q in res.misses]
    lines += [f"  extra: {q}" for q in res.extras]
    for name, wrong in res.wrong.items():
        lines += [f"  {name}: {w}" for w in wrong]
    return "\n".join(lines)
