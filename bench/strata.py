"""Qualifiers and values audited by stratum (issue 13, deliverables 3 and 6; bench/README.md, "Qualifiers and values
by stratum (stop 19)").

    python bench/strata.py draw --n 6 --out bench/results/strata-stop19.tsv
    python bench/strata.py words --n 10 --out bench/results/strata-stop19-words.tsv
    python bench/strata.py score bench/results/strata-stop19.tsv
    python bench/strata.py redraft bench/results/strata-stop19.tsv --out bench/results/strata-stop19-after.tsv

A uniform sample holds few facts of the rarer qualifier words, so their errors stay unseen. ``draw`` draws up to
--n drafted facts (``var/drafts/drafts.nq.gz``) per stratum: per qualifier word as written (comparisonAsWritten,
modalityAsWritten) and per value form (Chinese numerals, full-width digits, ranges, 万/亿 scales, 倍, ‰, 个百分点),
with Python's Mersenne Twister seeded with --seed (1940). The population is that of bench/audit.py ``sample``
(unread reports) less every report of a ``bench/results/audit-stop1[89]-*.tsv`` file (only their ``report`` column
is read). A fact of two strata is drawn for the first it is drawn in. Rows are those of bench/audit.py with a
``stratum`` column first.

``words`` searches the texts of the same reports for each qualifier word written next to a number (including the
rare ones: 不足, 不到, 逾, 达…以上, 以下, 低于, 高于, 不超过, 上下, 开外, 将近, 接近, 约), draws --n occurrences of
each and writes how the drafted corpus reads the number there (the fact starting at it, if any: comparison,
comparison_written, value, unit), to be judged like the facts.

``redraft`` drafts the sample's reports again with the extractor as it is now (bench/audit.py ``redraft``: rows
whose fields changed get ``CHANGED: <columns>`` before their reason, to be judged again; gone rows are dropped).

``score`` prints right / judged per stratum and field with the Wilson 95 % interval (bench/audit.py ``wilson``).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from audit import (  # noqa: E402
    COLUMNS,
    DRAFTS,
    GWR,
    ONT,
    QUAD,
    ROOT,
    population,
    read_graphs,
    registry_labels,
    row_of,
    sentence,
    term,
    wilson,
)

SEED = 1940
CHINESE = re.compile(r"[一二两三四五六七八九十百千]")
FULL_WIDTH = re.compile(r"[０-９，．]|\d,\d")
VALUE_FORMS = (
    ("value:chinese-numeral", lambda v, s: bool(CHINESE.search(v.split("|")[0]))),
    ("value:full-width", lambda v, s: bool(FULL_WIDTH.search(v))),
    ("value:range", lambda v, s: bool(re.search(r"\d[—–\-~～至到]\d|[—–\-~～至到]", v.split("|")[0][1:]))),
    ("value:wan-yi-scale", lambda v, s: s in ("万", "亿", "万亿", "千万", "百万", "十万", "千亿", "百亿", "十亿")),
    ("value:bei", lambda v, s: v.endswith("倍")),
    ("value:permille", lambda v, s: "‰" in v),
    ("value:percentage-point", lambda v, s: v.endswith("百分点")),
)
PREDICATES = {"valueAsWritten": "value", "comparisonAsWritten": "comparison", "modalityAsWritten": "modality",
              "scaleAsWritten": "scale"}
OUT_COLUMNS = ["stratum"] + COLUMNS[:-1] + ["j_comparison_written", "j_modality_written", "reason"]
# qualifier words searched in the texts: (name, pattern; group "n" is where the number starts)
NUM = r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)"
UNIT_TAIL = r"(?:\.\d+)?(?:多|余)?(?:万亿|亿|万|千万)?(?:%|％|个百分点|[\u4e00-\u9fff]{0,2}?)"
WORDS = [(w, re.compile(rf"{w}{NUM}")) for w in (
    "不足", "不到", "不满", "逾", "低于", "高于", "不低于", "不少于", "不超过", "不高于", "超过", "突破", "将近",
    "接近", "近", "约", "大约", "控制在", "多于", "少于", "力争", "争取", "预计")] + [
    (w, re.compile(rf"{NUM}{UNIT_TAIL}{w}")) for w in ("以上", "以下", "以内", "左右", "上下", "开外")] + [
    ("达…以上", re.compile(rf"达(?:到)?{NUM}{UNIT_TAIL}以上")),
    ("力争…以上", re.compile(rf"力争[^，。；]{{0,12}}?{NUM}{UNIT_TAIL}以上")),
    ("余/多", re.compile(r"(?P<n>\d+)(?:多|余)(?:万亿|亿|万)?[\u4e00-\u9fff]"))]


def excluded_reports() -> set[str]:
    reports: set[str] = set()
    for path in sorted((ROOT / "bench" / "results").glob("audit-stop1[89]-*.tsv")):
        with open(path, encoding="utf-8", newline="") as fh:
            reports |= {row["report"] for row in csv.DictReader(fh, delimiter="\t")}
    return reports


def eligible() -> dict[str, str]:
    """report → source file of the reports in the audit population not in any stop-18/19 audit sample."""
    out = excluded_reports()
    return {report: file for report, _count, file in population() if report not in out}


def written_fields(reports: set[str]) -> dict[str, dict[str, str]]:
    """fact IRI → {value, comparison, modality, scale, report} as written, in one pass over the dump."""
    keys = "|".join(PREDICATES)
    zcat = subprocess.Popen(["gzip", "-dc", str(DRAFTS)], stdout=subprocess.PIPE)
    grep_p = subprocess.Popen(["grep", "-E", f"#({keys})> "], stdin=zcat.stdout, stdout=subprocess.PIPE)
    assert zcat.stdout is not None and grep_p.stdout is not None
    zcat.stdout.close()
    facts: dict[str, dict[str, str]] = defaultdict(dict)
    for raw in grep_p.stdout:
        m = QUAD.match(raw.decode("utf-8").rstrip("\n"))
        if not m:
            continue
        report = m.group(4).rsplit("/", 1)[1]
        if report in reports:
            fields = facts[m.group(1)]
            fields[PREDICATES[m.group(2).rsplit("#", 1)[1]]] = term(m.group(3))
            fields["report"] = report
    grep_p.wait()
    zcat.wait()
    return facts


def strata_of(fields: dict[str, str]) -> list[str]:
    out = []
    if fields.get("comparison"):
        out.append("comparison:" + fields["comparison"])
    if fields.get("modality"):
        out.append("modality:" + fields["modality"])
    value = fields.get("value", "")
    out += [name for name, test in VALUE_FORMS if value and test(value, fields.get("scale", ""))]
    return out


def draw(n: int, out: Path, seed: int) -> None:
    files = eligible()
    facts = written_fields(set(files))
    strata: dict[str, list[str]] = defaultdict(list)
    for iri in sorted(facts):
        for name in strata_of(facts[iri]):
            strata[name].append(iri)
    rng = random.Random(seed)
    chosen: dict[str, str] = {}
    for name in sorted(strata):
        pool = [iri for iri in strata[name] if iri not in chosen]
        for iri in rng.sample(pool, min(n, len(pool))):
            chosen[iri] = name
    graphs = read_graphs({facts[iri]["report"] for iri in chosen})
    labels = registry_labels()
    rows, texts = [], {}
    for iri, name in chosen.items():
        report = facts[iri]["report"]
        texts.setdefault(report, Path(files[report]).read_text(encoding="utf-8"))
        row = row_of(report, iri, graphs[report][iri], texts[report], labels, graphs[report])
        rows.append({"stratum": name, **row, "j_comparison_written": "", "j_modality_written": ""})
    rows.sort(key=lambda r: (r["stratum"], r["report"], int(r["start"])))
    write(out, rows, OUT_COLUMNS)
    sizes = ", ".join(f"{k} {len(v)}" for k, v in sorted(strata.items()))
    print(f"{len(rows)} facts of {len(strata)} strata from {len(facts)} facts of {len(files)} reports (seed {seed})"
          f" → {out}\nstratum sizes: {sizes}")


def words(n: int, out: Path, seed: int) -> None:
    files = eligible()
    rng = random.Random(seed)
    texts = {r: Path(f).read_text(encoding="utf-8") for r, f in sorted(files.items())}
    hits: list[dict[str, str]] = []
    for name, pattern in WORDS:
        found = [(r, m.start(), m.end(), m.start("n")) for r, t in texts.items() for m in pattern.finditer(t)]
        for r, s, e, at in sorted(rng.sample(found, min(n, len(found)))):
            hits.append({"word": name, "occurrences": str(len(found)), "report": r, "at": str(at),
                         "sentence": sentence(texts[r], s, e)})
    graphs = read_graphs({h["report"] for h in hits})
    at_value: dict[tuple[str, int], dict[str, list[str]]] = {}
    for report, graph in graphs.items():
        for s, props in graph.items():
            if s.startswith(GWR + "id/draft-fact/") and "#" not in s and s + "#position" in graph:
                start = int(graph[s + "#position"]["http://www.w3.org/ns/oa#start"][0])
                quote, value = props.get(ONT + "quote", [""])[0], props.get(ONT + "valueAsWritten", [""])[0]
                if value and (k := quote.rfind(value)) >= 0:      # the value's own offset inside its quote
                    at_value.setdefault((report, start + k), props)
    for h in hits:
        props = at_value.get((h["report"], int(h["at"])), {})
        h["comparison"] = props.get(ONT + "comparison", [""])[0].rsplit("comparison-", 1)[-1]
        h["comparison_written"] = props.get(ONT + "comparisonAsWritten", [""])[0]
        h["modality_written"] = props.get(ONT + "modalityAsWritten", [""])[0]
        h["value_written"] = props.get(ONT + "valueAsWritten", [""])[0]
        h["unit"] = props.get("http://qudt.org/schema/qudt/unit", [""])[0].rsplit("/", 1)[-1]
        h["j_read"] = ""
        h["reason"] = ""
    columns = ["word", "occurrences", "report", "at", "sentence", "value_written", "unit", "comparison",
               "comparison_written", "modality_written", "j_read", "reason"]
    write(out, hits, columns)
    print(f"{len(hits)} occurrences of {len(WORDS)} words → {out}")


def write(out: Path, rows: list[dict[str, str]], columns: list[str]) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


JUDGED = ("comparison", "comparison_written", "modality", "modality_written", "unit", "value")


def score(path: Path) -> None:
    """Per stratum, facts right (every judged field y) / facts judged; per field, right / judged over all strata."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    key = "stratum" if "stratum" in rows[0] else "word"
    fields = [f for f in JUDGED if "j_" + f in rows[0]] or ["read"]
    print(f"| {key} | facts | right / judged | precision | Wilson 95 % | errors |")
    print("|---|---:|---:|---:|---|---|")
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(row)
    for name, group in sorted(groups.items()):
        marks = [[(row.get("j_" + f) or "").strip() for f in fields] for row in group]
        judged = [m for m in marks if any(c == "y" or c.startswith("n") for c in m)]
        right = sum(not any(c.startswith("n") for c in m) for m in judged)
        errors = sorted({c[2:] for m in marks for c in m if c.startswith("n")})
        low, high = wilson(right, len(judged))
        share = f"{100 * right / len(judged):.1f}" if judged else "–"
        print(f"| {name} | {len(group)} | {right} / {len(judged)} | {share} | {100 * low:.1f}–{100 * high:.1f} | "
              f"{'; '.join(errors)} |")
    for f in fields:
        cells = [(row.get("j_" + f) or "").strip() for row in rows]
        right, judged = sum(c == "y" for c in cells), sum(c == "y" or c.startswith("n") for c in cells)
        low, high = wilson(right, judged)
        print(f"| all: {f} | {len(rows)} | {right} / {judged} | "
              f"{100 * right / max(judged, 1):.1f} | {100 * low:.1f}–{100 * high:.1f} | |")


def redraft(path: Path, out: Path) -> None:
    """bench/audit.py ``redraft`` on the sample, the stratum and the written-word judgements carried in the reason."""
    import tempfile

    import audit
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    carried = ("stratum", "j_comparison_written", "j_modality_written")
    for row in rows:
        row["reason"] = "\x1f".join(row[c] for c in carried) + "\x1e" + row["reason"]
    with tempfile.TemporaryDirectory() as tmp:
        before, after = Path(tmp) / "before.tsv", Path(tmp) / "after.tsv"
        write(before, rows, COLUMNS)
        audit.redraft(before, after)
        with open(after, encoding="utf-8", newline="") as fh:
            new = list(csv.DictReader(fh, delimiter="\t"))
    for row in new:
        head, _, tail = row["reason"].partition("\x1e")
        changed = head.split(" | ")[0] + " | " if head.startswith("CHANGED:") else ""
        row.update(zip(carried, head.split(" | ")[-1].split("\x1f"), strict=True))
        row["reason"] = changed + tail
    new.sort(key=lambda r: (r["stratum"], r["report"], int(r["start"])))
    write(out, new, OUT_COLUMNS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("draw", "words"):
        p = sub.add_parser(name)
        p.add_argument("--n", type=int, required=True)
        p.add_argument("--out", type=Path, required=True)
        p.add_argument("--seed", type=int, default=SEED)
    c = sub.add_parser("score")
    c.add_argument("file", type=Path)
    r = sub.add_parser("redraft")
    r.add_argument("file", type=Path)
    r.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "draw":
        draw(args.n, args.out, args.seed)
    elif args.command == "words":
        words(args.n, args.out, args.seed)
    elif args.command == "redraft":
        redraft(args.file, args.out)
    else:
        score(args.file)


if __name__ == "__main__":
    main()
