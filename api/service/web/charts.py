"""Charts as server-rendered SVG (no script needed to see them; site.js adds tooltips and focus).

Every chart has a <title> and <desc> for screen readers and a data table next to it on the page."""
from __future__ import annotations

from collections import Counter, defaultdict
from html import escape

from markupsafe import Markup

from api.service.web.i18n import COMPARISON, DIRECTION, MEASURE, STATUS, current, pick, t

RESULT_COLOUR, TARGET_COLOUR = "#1f6fb2", "#d9822b"
STATUS_COLOURS = {"planned": "#9aa5b1", "approved": "#7e57c2", "signed": "#26a69a", "started": "#ffb300",
                  "under-construction": "#fb8c00", "completed": "#43a047", "in-operation": "#1e88e5",
                  "relocated": "#8d6e63"}


def number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def fmt(x: float) -> str:
    """A number for a chart label: 万 and 亿 in Chinese, thousands separators in English."""
    if current.get() == "en":
        return f"{x:,g}" if abs(x) < 1e6 else f"{x:,.0f}"
    if x >= 10000:
        return f"{x / 10000:g}万" if x < 1e8 else f"{x / 1e8:g}亿"
    return f"{x:g}"


def compare_rows(rows: list[dict], report: str | None = None, name=None) -> list[dict]:
    """One row per indicator/subject/measure of one report (its IRI; all reports when None): the result of the
    report's reviewed year and the target of its target year (queries/results-beside-targets.rq), each with its
    year. `name(indicator IRI)` gives the indicator's label in the page's language (the zh label otherwise)."""
    out, seen = [], set()
    for r in rows:
        if report and r.get("report", report) != report:
            continue
        r = {**r, "name": (name(r["indicator"]) if name and r.get("indicator") else "") or r.get("indicatorLabel", "")}
        key = (r.get("report"), r.get("indicatorLabel"), r.get("aboutLabel"), r.get("measure"))
        if key in seen:
            continue
        seen.add(key)
        res, tgt = number(r.get("resultValue")), number(r.get("targetValue"))
        if res is None and tgt is None:
            continue
        out.append({**r, "res": res, "tgt": tgt, "percent": r.get("resultUnit") == "%" and r.get("targetUnit") == "%"})
    out.sort(key=lambda r: (not r["percent"], r.get("measure") or "", r.get("indicatorLabel") or ""))
    return out


def span(periods: set[str]) -> str:
    """The years of one side of the chart as its label says them: 2023, 2018/2022, 2015–2024."""
    years = sorted(p[:4] for p in periods if p)
    if len(years) > 3:
        return f"{years[0]}–{years[-1]}"
    return "/".join(years)


def years(rows: list[dict]) -> tuple[str, str]:
    """The result years and the target years of the rows: the legend's and the table's labels (from the data)."""
    return span({r.get("resultPeriod") or "" for r in rows}), span({r.get("targetPeriod") or "" for r in rows})


def compare_svg(rows: list[dict]) -> Markup:
    result_years, target_years = years(rows)
    width, label_w, row_h, top = 760, 230, 34, 34
    bar_w = width - label_w - 80
    height = top + row_h * len(rows) + 10
    shared = max([max(r["res"] or 0, r["tgt"] or 0) for r in rows if r["percent"]] or [1]) or 1
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="cmp-title cmp-desc" '
             f'preserveAspectRatio="xMinYMin meet">',
             f'<title id="cmp-title">{escape(t("chart_compare"))}</title>',
             f'<desc id="cmp-desc">{escape(t("chart_alt_compare"))}</desc>',
             f'<g class="legend"><rect x="{label_w}" y="6" width="12" height="12" fill="{RESULT_COLOUR}"/>'
             f'<text x="{label_w + 18}" y="16">{escape(result_years)} {escape(t("result"))}</text>'
             f'<rect x="{label_w + 120}" y="6" width="12" height="12" fill="{TARGET_COLOUR}"/>'
             f'<text x="{label_w + 138}" y="16">{escape(target_years)} {escape(t("target"))}</text></g>']
    divider_done = False
    several = len({r.get("aboutLabel") for r in rows}) > 1      # then each row says what it is about
    for i, r in enumerate(rows):
        about = f' ({escape(r.get("aboutLabel") or "")})' if several else ""
        y = top + i * row_h
        if not r["percent"] and not divider_done and i:
            parts.append(f'<line x1="0" x2="{width}" y1="{y - 3}" y2="{y - 3}" class="divider"/>')
            divider_done = True
        scale = shared if r["percent"] else (max(r["res"] or 0, r["tgt"] or 0) or 1)
        label = r.get("name") or r.get("indicatorLabel") or ""
        cut = 30 if current.get() == "en" else 16
        measure = measure_word(r.get("measure") or "", r.get("direction") or "")
        got, goal = (say(r, side) for side in ("result", "target"))
        parts.append(f'<g class="row" tabindex="0"><title>{escape(label)}{about}'
                     f'{(" · " + escape(measure)) if measure else ""}: '
                     f'{escape((r.get("resultPeriod") or "")[:4])} {escape(got)}'
                     f' · {escape((r.get("targetPeriod") or "")[:4])} {escape(goal)}</title>'
                     f'<text class="label" x="{label_w - 8}" y="{y + 19}" text-anchor="end">'
                     f'{escape(label[:cut])}{"…" if len(label) > cut else ""}'
                     f'{(" · " + escape(measure)) if measure else ""}</text>')
        sides = ((r["res"], "result", RESULT_COLOUR), (r["tgt"], "target", TARGET_COLOUR))
        for j, (val, side, colour) in enumerate(sides):
            by = y + 4 + j * 13
            if val is None:
                parts.append(f'<text class="value" x="{label_w + 4}" y="{by + 10}">–</text>')
                continue
            w = max(1.0, bar_w * max(val, 0) / scale)
            parts.append(f'<rect x="{label_w}" y="{by}" width="{w:.1f}" height="11" fill="{colour}"/>'
                         f'<text class="value" x="{label_w + w + 4:.1f}" y="{by + 10}">{escape(say(r, side))}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def measure_word(measure: str, direction: str) -> str:
    """What a row's numbers are: a decline target is a decline (下降 / decrease), never "growth"."""
    if direction == "decrease":
        return pick(DIRECTION, "decrease")
    return pick(MEASURE, measure) if measure in ("growth", "share", "change", "average-growth") else ""


def say(r: dict, side: str) -> str:
    """One side of a compare row with its qualifier: 6%左右 / about 6%, 6%以上 / at least 6%."""
    unit = r.get(side + "Unit") or ""
    return qualified(number(r.get(side + "Value")), None, None, "%" if unit == "％" else unit,
                     r.get(side + "Comparison") or "", r.get(side + "ComparisonAsWritten") or "")


def qualified(value: float | None, low: float | None, high: float | None, unit: str, comparison: str,
              written: str = "") -> str:
    """A value with its qualifier, as a reader of the page's language says it: 6%左右 / about 6%, 6%以上 / at least
    6%, 6.5–7%. Chinese keeps the words as written; English gives the qualifier's label from the scheme."""
    number = f"{fmt(float(low))}–{fmt(float(high))}" if value is None and low is not None and high is not None \
        else (fmt(float(value)) if value is not None else "–")
    if comparison in ("", "exactly", "range"):
        return f"{number}{unit}"
    if current.get() == "en":
        return f"{pick(COMPARISON, comparison)} {number}{unit}"
    return f"{number}{unit}{written or pick(COMPARISON, comparison)}"


def project_table(rows: list[dict]) -> tuple[list[str], list[str], dict]:
    """Places (most projects first), statuses, and counts[place][status] of distinct projects."""
    counts: dict[str, Counter] = defaultdict(Counter)
    seen = set()
    for r in rows:
        place = r.get("placeLabel") or ""
        key = (r.get("project"), place, r.get("status"))
        if key in seen:
            continue
        seen.add(key)
        counts[place][r.get("status") or "?"] += 1
    places = sorted(counts, key=lambda p: (-sum(counts[p].values()), p == "", p))
    statuses = [s for s in STATUS_COLOURS if any(counts[p][s] for p in places)]
    statuses += sorted({s for p in places for s in counts[p]} - set(statuses))
    return places, statuses, counts


def projects_svg(rows: list[dict]) -> Markup:
    places, statuses, counts = project_table(rows)
    width, label_w, row_h, top = 760, 150, 30, 44
    bar_w = width - label_w - 40
    most = max([sum(counts[p].values()) for p in places] or [1])
    height = top + row_h * len(places) + 10
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="prj-title prj-desc" '
             f'preserveAspectRatio="xMinYMin meet">',
             f'<title id="prj-title">{escape(t("chart_projects"))}</title>',
             f'<desc id="prj-desc">{escape(t("chart_alt_projects"))}</desc><g class="legend">']
    x: float = 0
    for s in statuses:
        name = pick(STATUS, s)
        parts.append(f'<rect x="{x}" y="6" width="12" height="12" fill="{STATUS_COLOURS.get(s, "#999")}"/>'
                     f'<text x="{x + 16}" y="16">{escape(name)}</text>')
        x += 24 + 8 * len(name) if current.get() == "en" else 34 + 14 * len(name)
    parts.append("</g>")
    for i, place in enumerate(places):
        y = top + i * row_h
        total = sum(counts[place].values())
        name = place or t("unspecified")
        parts.append(f'<g class="row" tabindex="0"><title>{escape(name)}: {total} {escape(t("projects"))} — '
                     + escape(", ".join(f"{pick(STATUS, s)} {counts[place][s]}" for s in statuses if counts[place][s]))
                     + f'</title><text class="label" x="{label_w - 8}" y="{y + 18}" text-anchor="end">'
                     f'{escape(name)}</text>')
        x = float(label_w)
        for s in statuses:
            n = counts[place][s]
            if not n:
                continue
            w = bar_w * n / most
            colour = STATUS_COLOURS.get(s, "#999")
            parts.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="20" fill="{colour}"/>')
            if w > 16:
                parts.append(f'<text class="in" x="{x + w / 2:.1f}" y="{y + 18}" text-anchor="middle">{n}</text>')
            x += w
        parts.append(f'<text class="value" x="{x + 4:.1f}" y="{y + 18}">{total}</text></g>')
    parts.append("</svg>")
    return Markup("".join(parts))
