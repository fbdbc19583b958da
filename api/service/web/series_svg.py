"""Server-rendered SVG of the indicator page and the project pages: targets against outcomes over the years, the
cascade of one year's targets across levels of government, a project's statuses by year. Every chart has a <title>
and <desc> (WAI-ARIA graphics: role="img" with aria-labelledby) and a data table beside it on the page; every mark
has a <title> that says its value with its qualifier, its modality and its attainment; a machine-drafted fact's mark
also says so (class "drafted", a dashed outline, the words of the pages' drafted mark in its <title>)."""
from __future__ import annotations

import math
from html import escape

from markupsafe import Markup

from api.graphsets import drafted
from api.service.web.charts import STATUS_COLOURS, qualified
from api.service.web.i18n import ATTAINMENT, DIRECTION, MEASURE, MODALITY, STATUS, current, pick, t
from api.service.web.series import Point, Year

OUTCOME, TARGET, ASPIRATION = "#1f6fb2", "#d9822b", "#7e57c2"
ATTAIN_COLOURS = {"met": "#2e7d32", "missed": "#c62828", "not-assessable": "#9e9e9e"}
SYMBOL = {"at-least": "≥", "more-than": ">", "at-most": "≤", "less-than": "<", "about": "≈"}
# The levels of government as queries/cascade.rq numbers them (0 nation … 3 district): their i18n keys.
LEVELS = ("level_0", "level_1", "level_2", "level_3")


def level_name(level: int | str) -> str:
    """A level of government in the interface's language (the number itself for one cascade.rq does not name)."""
    n = int(level)
    return t(LEVELS[n]) if 0 <= n < len(LEVELS) else str(n)


def unit_text(unit: dict | None) -> str:
    """A fact's unit in the page's language: as written in Chinese; in English % or the unit's English label."""
    unit = unit or {}
    written = unit.get("asWritten") or ""
    if current.get() == "zh" or written in ("%", "％"):
        return "%" if written == "％" else written
    label = unit.get("label") or ""
    return f" {label}" if label else (f" {written}" if written else "")


def fact_value(f: dict) -> str:
    """A fact of the entity API as the facts table says it: qualified value, then its measure (and direction
    when it is a decrease: 下降 4%, not growth)."""
    q = f.get("qualifier") or {}
    text = qualified(f.get("value"), f.get("minValue"), f.get("maxValue"), unit_text(f.get("unit")),
                     q.get("comparison") or "", q.get("asWritten") or "")
    return text


def fact_measure(f: dict) -> str:
    measure = f.get("measure") or ""
    if f.get("direction") == "decrease":
        return pick(DIRECTION, "decrease") + (f" · {pick(MEASURE, measure)}" if measure not in ("", "growth") else "")
    return pick(MEASURE, measure)


def draft_note(iri: str) -> tuple[str, str, str]:
    """A mark's extras for a drafted fact (class, outline style, words for its <title>); nothing for a reviewed one."""
    if not drafted(iri):
        return "", "", ""
    return " drafted", ' stroke-dasharray="2 2"', f" — {t('drafted_mark')}"


def say(p: Point) -> str:
    text = qualified(p.value, p.low, p.high, p.unit, p.comparison, p.written)
    if p.modality:
        zh = current.get() == "zh" and p.modality_written
        text += f" ({p.modality_written if zh else pick(MODALITY, p.modality)})"
    return text


def axis_title(measure: str, direction: str, unit: str) -> str:
    """What the y axis counts: a decline is a decline (下降 %), not growth."""
    name = pick(DIRECTION, direction) if direction == "decrease" else pick(MEASURE, measure)
    return f"{name} ({unit})" if unit else name


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """About n round tick values from below lo to above hi (steps of 1, 2, 2.5 or 5 times a power of ten)."""
    raw = ((hi - lo) or 1) / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(s * mag for s in (1, 2, 2.5, 5, 10) if s * mag >= raw)
    v = math.floor(lo / step) * step
    ticks = [round(v, 6)]
    while ticks[-1] < hi - 1e-9:
        v += step
        ticks.append(round(v, 6))
    return ticks


def diamond(x: float, y: float, r: float, fill: str, stroke: str, dash: bool = False) -> str:
    extra = ' stroke-dasharray="2 1.5"' if dash else ""
    return (f'<path d="M{x:.1f} {y - r:.1f}L{x + r:.1f} {y:.1f}L{x:.1f} {y + r:.1f}L{x - r:.1f} {y:.1f}Z" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="1.6"{extra}/>')


def attainment_text(p: Point) -> str:
    if not p.attainments:
        return t("no_outcome")
    parts = []
    for a in p.attainments:
        d = a["difference"]
        parts.append(pick(ATTAINMENT, a["attainment"]) + (f" {d:+g}" if d is not None else ""))
    return "; ".join(parts)


def series_svg(years: list[Year], measure: str, direction: str, title: str) -> Markup:
    points = [p for y in years for p in y.targets + y.aspirational + y.outcomes]
    values = [v for p in points for v in (p.value, p.low, p.high) if v is not None]
    if not values:
        return Markup("")
    unit = next((p.unit for p in points if p.unit), "")
    width, height, left, right, top, bottom = 760, 330, 56, 24, 52, 36
    lo, hi = min(0.0, min(values)), max(values)
    hi = hi + (hi - lo) * 0.12 or 1
    ticks = nice_ticks(lo, hi)
    lo, hi = min(lo, ticks[0]), max(hi, ticks[-1])
    y0, y1 = years[0].year, years[-1].year
    plot_w, plot_h = width - left - right, height - top - bottom

    def x(year: int) -> float:
        return left + (plot_w * (year - y0) / (y1 - y0) if y1 > y0 else plot_w / 2)

    def y(v: float) -> float:
        return top + plot_h * (hi - v) / ((hi - lo) or 1)

    out = [f'<svg class="chart series" viewBox="0 0 {width} {height}" role="img" aria-labelledby="s-title s-desc" '
           f'preserveAspectRatio="xMinYMin meet"><title id="s-title">{escape(title)}</title>'
           f'<desc id="s-desc">{escape(t("series_note"))}</desc>']
    # legend
    out.append('<g class="legend">' + diamond(left + 6, 14, 6, TARGET, TARGET)
               + f'<text x="{left + 16}" y="18">{escape(t("binding_target"))}</text>'
               + diamond(left + 106, 14, 6, "#fff", ASPIRATION, True)
               + f'<text x="{left + 116}" y="18">{escape(pick(MODALITY, "aspirational"))}</text>'
               + f'<circle cx="{left + 226}" cy="14" r="4.5" fill="{OUTCOME}"/>'
               + f'<text x="{left + 236}" y="18">{escape(t("outcome"))}</text>'
               + f'<circle cx="{left + 316}" cy="14" r="4.5" fill="#fff" stroke="{OUTCOME}" stroke-width="1.6"/>'
               + f'<text x="{left + 326}" y="18">{escape(pick(MODALITY, "estimate"))}</text>')
    lx = left + 420
    for key, colour in ATTAIN_COLOURS.items():
        name = pick(ATTAINMENT, key)
        out.append(f'<rect x="{lx}" y="9" width="10" height="10" fill="{colour}"/>'
                   f'<text x="{lx + 14}" y="18">{escape(name)}</text>')
        lx += 24 + (7 if current.get() == "en" else 13) * len(name)
    out.append("</g>")
    # axes
    out.append(f'<text class="axis-title" x="{left - 44}" y="{top - 14}">'
               f'{escape(axis_title(measure, direction, unit))}</text>')
    for v in ticks:
        if lo <= v <= hi:
            out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(v):.1f}" y2="{y(v):.1f}"/>'
                       f'<text class="tick" x="{left - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    every = 1 if y1 - y0 <= 14 else (2 if y1 - y0 <= 28 else 5)
    for year in range(y0, y1 + 1):
        if (year - y0) % every == 0 or year == y1:
            out.append(f'<text class="tick" x="{x(year):.1f}" y="{height - bottom + 18}" '
                       f'text-anchor="middle">{year}</text>')
    # outcomes: one line through each year's first stated outcome, every outcome a dot
    line = [(x(yr.year), y(p.top)) for yr in years for p in yr.outcomes[:1] if p.top is not None]
    if len(line) > 1:
        path = " ".join(f"{a:.1f},{b:.1f}" for a, b in line)
        out.append(f'<polyline class="outcome-line" fill="none" stroke="{OUTCOME}" stroke-width="2" '
                   f'points="{path}"/>')
    for yr in years:
        for i, p in enumerate(yr.outcomes):
            if p.top is None:
                continue
            hollow = p.modality in ("estimate", "preliminary")
            cx = x(yr.year) + 5 * i
            cls, dash, note = draft_note(p.fact)
            out.append(f'<g class="mark outcome{" estimate" if hollow else ""}{cls}" tabindex="0" '
                       f'data-fact="{escape(p.fact)}">'
                       f'<title>{yr.year} {escape(t("outcome"))}: {escape(say(p))}{escape(note)}</title>'
                       f'<circle cx="{cx:.1f}" cy="{y(p.top):.1f}" r="4.5" fill="{"#fff" if hollow else OUTCOME}" '
                       f'stroke="{OUTCOME}" stroke-width="1.6"{dash}/></g>')
        for kind, group in (("target", yr.targets), ("aspirational", yr.aspirational)):
            for i, p in enumerate(group):
                cx = x(yr.year) + (7 if kind == "aspirational" else 0) + 4 * i
                state = p.attainments[0]["attainment"] if p.attainments else ""
                fill = "#fff" if kind == "aspirational" else ATTAIN_COLOURS.get(state, "#fff")
                stroke = ASPIRATION if kind == "aspirational" else (ATTAIN_COLOURS.get(state) or TARGET)
                mark = []
                if p.value is None and p.low is not None and p.high is not None:
                    mark.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(p.high):.1f}" y2="{y(p.low):.1f}" '
                                f'stroke="{stroke}" stroke-width="3"/>')
                if p.top is None:
                    continue
                mark.append(diamond(cx, y(p.top), 6, fill, stroke, kind == "aspirational"))
                label = SYMBOL.get(p.comparison, "")
                mark.append(f'<text class="q" x="{cx + 8:.1f}" y="{y(p.top) - 6:.1f}">{escape(label)}</text>' if label
                            else "")
                what = t("binding_target") if kind == "target" else pick(MODALITY, kind)
                cls, _, note = draft_note(p.fact)
                out.append(f'<g class="mark {kind} {state}{cls}" tabindex="0" data-fact="{escape(p.fact)}">'
                           f'<title>{yr.year} {escape(what)}: '
                           f'{escape(say(p))} — {escape(t("attainment"))}: {escape(attainment_text(p))}'
                           f'{escape(note)}</title>' + "".join(mark) + "</g>")
    out.append("</svg>")
    return Markup("".join(out))


def cascade_svg(rows: list[dict], place_label, title: str) -> Markup:
    """One bar per government (nation, province, city …), the value with its qualifier beside it."""
    values = [v for r in rows for v in (r["value"], r["low"], r["high"]) if v is not None]
    if not values:
        return Markup("")
    width, label_w, row_h, top = 760, 200, 30, 10
    bar_w = width - label_w - 150
    hi = max(max(values), 0.0) or 1
    height = top + row_h * len(rows) + 10
    out = [f'<svg class="chart cascade" viewBox="0 0 {width} {height}" role="img" aria-labelledby="c-title c-desc" '
           f'preserveAspectRatio="xMinYMin meet"><title id="c-title">{escape(title)}</title>'
           f'<desc id="c-desc">{escape(t("cascade_note"))}</desc>']
    for i, r in enumerate(rows):
        yy = top + i * row_h
        aspirational = r.get("modality") == "aspirational"
        v = r["value"] if r["value"] is not None else r["high"]
        text = qualified(r["value"], r["low"], r["high"], r.get("unit", ""), r.get("comparison", ""),
                         r.get("comparisonAsWritten", ""))
        if aspirational:
            text += f" ({pick(MODALITY, 'aspirational')})"
        name = f'{place_label(r["place"]) or r.get("placeLabel", "")} · {level_name(r["level"])}'
        w = max(1.0, bar_w * max(v or 0, 0) / hi)
        x0 = label_w + (bar_w * max(r["low"], 0) / hi if r["value"] is None and r["low"] is not None else 0)
        fill = "#fff" if aspirational else TARGET
        cls, dash, note = draft_note(r["target"])
        out.append(f'<g class="row level-{r["level"]}{cls}" tabindex="0" data-fact="{escape(r["target"])}">'
                   f'<title>{escape(name)}: {escape(text)}{escape(note)}</title>'
                   f'<text class="label" x="{label_w - 8}" y="{yy + 19}" text-anchor="end">{escape(name)}</text>'
                   f'<rect x="{x0:.1f}" y="{yy + 5}" width="{max(1.0, label_w + w - x0):.1f}" height="18" '
                   f'fill="{fill}" '
                   f'stroke="{ASPIRATION if aspirational else TARGET}"{dash}/>'
                   f'<text class="value" x="{label_w + w + 6:.1f}" y="{yy + 19}">{escape(text)}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))


def timeline_svg(items: list[dict], title: str) -> Markup:
    """A project's statements on a line of years: one dot per statement, coloured by its status."""
    if not items:
        return Markup("")
    years = sorted({i["year"] for i in items})
    width, left, right, top = 760, 40, 150, 30
    per_year: dict[int, int] = {}
    for i in items:
        per_year[i["year"]] = per_year.get(i["year"], 0) + 1
    height = top + 26 * max(per_year.values()) + 30
    step = (width - left - right) / max(1, len(years) - 1)

    def x(year: int) -> float:
        return left + step * years.index(year) if len(years) > 1 else width / 2

    out = [f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" aria-labelledby="tl-title tl-desc" '
           f'preserveAspectRatio="xMinYMin meet"><title id="tl-title">{escape(title)}</title>'
           f'<desc id="tl-desc">{escape(t("timeline_alt"))}</desc>'
           f'<line class="axis" x1="{left - 20}" x2="{width - right + 20}" y1="{top}" y2="{top}"/>']
    for year in years:
        out.append(f'<text class="tick" x="{x(year):.1f}" y="{top - 10}" text-anchor="middle">{year}</text>')
    seen: dict[int, int] = {}
    for i in items:
        n = seen[i["year"]] = seen.get(i["year"], 0) + 1
        cx, cy = x(i["year"]), top + 26 * n - 6
        colour = STATUS_COLOURS.get(i["status"], "#9aa5b1")
        name = pick(STATUS, i["status"]) if i["status"] else t("commitment")
        out.append(f'<g class="mark status-{escape(i["status"] or "none")}" tabindex="0">'
                   f'<title>{i["year"]}: {escape(name)} — {escape(i["written"])}</title>'
                   f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{colour}"/>'
                   f'<text class="label" x="{cx + 10:.1f}" y="{cy + 4:.1f}">{escape(name)}</text></g>')
    out.append("</svg>")
    return Markup("".join(out))
