"""Precision of drafted facts measured by hand on reports nobody here has read (issue 13, deliverable 6).

    python bench/audit.py sample --seed 18 --n 150 --out F.tsv [--exclude OTHER.tsv ...]
                                  [--exclude-reports SEEN.tsv ...] [--exclude-paragraphs SHOWN.tsv ...]
    python bench/audit.py score F.tsv
    python bench/audit.py redraft F.tsv --out F-after.tsv

``redraft`` drafts the sample's reports again with the extractor as it is now, exactly as draft-corpus does (year,
place, level and title from the corpus listing), and writes each row anew: judgements kept where no field changed,
``CHANGED: <columns>`` prefixed to the reason where one did (to judge again), and the row dropped where the fact is
gone (printed).

``sample`` draws n drafted facts uniformly at random (without replacement, Python's Mersenne Twister seeded with
--seed) from the drafted corpus (``var/drafts/drafts.nq.gz``, counts from ``var/drafts/manifest.json``), leaving
out every report curated here (``api/extract/split.tsv``, ``data/reports``), every fact of the --exclude files
(so that two samples are disjoint), every report of the --exclude-reports files, every fact inside a paragraph a row
of the --exclude-paragraphs files showed (its ``report`` and ``start``: a sample blind to every paragraph a reader
has seen, once no report is left unread) and every place an earlier session read by hand while developing the
extractor (README, "Drafting": ``READ_PLACES``). A report's facts are ordered by IRI. Each row carries the fact's
fields, the sentence around its quote taken from the source file by the fact's code-point offsets (W3C Web
Annotation TextPositionSelector, §4.2.1), and empty judgement columns.

A judgement cell is ``y`` (right), ``n:<error class>`` (wrong) or empty / ``-`` (not judged: the fact is not
found, or the field does not apply). ``score`` prints, per field, precision = right / judged with the Wilson score
interval at 95 % (Wilson 1927; Newcombe 1998, method 3) and the count of each error class.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import json
import math
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "var" / "drafts" / "drafts.nq.gz"
MANIFEST = ROOT / "var" / "drafts" / "manifest.json"

# Places whose reports an earlier session read by hand (README, extractor section): left out whole. Both Fuzhous
# are left out (the README does not say which one was read); Dali, Dezhou, Deyang, Jiayuguan, Jieyang, Jiuquan and
# Changde are named there too (stop 17b).
READ_PLACES = frozenset("""
guangdong sichuan henan hubei hunan hefei chengdu xiamen qingdao dongying jiamusi xiangtan beijing kunming ningbo
fuzhou-city fuzhou-prefecture yuxi dongguan guangzhou changsha zhenjiang fushun xian longnan wuhai changzhou
shuozhou hegang changjihuizu dalibaizu dezhou deyang jiayuguan jieyang jiuquan changde dalian liaoning
""".split())

GWR = "https://w3id.org/gwr/"
FACT = GWR + "id/draft-fact/"
ONT = GWR + "ontology#"
FIELDS = ["found", "kind", "value", "unit", "comparison", "measure", "direction", "modality", "period",
          "indicator"]
COLUMNS = ["report", "fact", "sentence", "quote", "start", "end", "value_written", "value", "unit_written",
           "unit", "kind", "comparison", "comparison_written", "measure", "direction", "direction_written",
           "modality", "modality_written", "period", "period_end", "baseline", "indicator", "indicator_zh",
           "about", "about_zh"] + ["j_" + f for f in FIELDS] + ["reason"]
QUAD = re.compile(r'^<([^>]*)> <([^>]*)> (<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[\w-]+)?) <([^>]*)> \.$')


def report_place(report: str) -> str:
    return re.sub(r"-\d{4}$", "", report)


def read_before() -> set[str]:
    """Ids of the reports curated here (read before): split.tsv and data/reports."""
    ids = {p.name for p in (ROOT / "data" / "reports").iterdir() if p.is_dir()}
    with open(ROOT / "api" / "extract" / "split.tsv", encoding="utf-8") as fh:
        ids |= {line.split("\t")[0] for line in fh if line.strip() and not line.startswith(("#", "report\t"))}
    return ids


def population() -> list[tuple[str, int, str]]:
    """(report, facts, file) of every eligible drafted report, in manifest order."""
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    before = read_before()
    return [(r["report"], r["facts"], r["file"]) for r in manifest["per_report"]
            if r["report"] not in before and report_place(r["report"]) not in READ_PLACES and r["facts"]]


def term(text: str) -> str:
    """The lexical form of an N-Quads term (N-Quads §3 / N-Triples string escapes)."""
    if text.startswith("<"):
        return text[1:-1]
    lexical = text[1:text.rindex('"')]
    return json.loads('"' + lexical + '"') if "\\" in lexical else lexical


def read_graphs(reports: set[str], drafts: Path = DRAFTS) -> dict[str, dict[str, dict[str, list[str]]]]:
    """subject → predicate → objects of the named graphs of the given reports (one pass over the dump)."""
    patterns = "\n".join(f"<{GWR}graph/draft/{r}> ." for r in sorted(reports))
    zcat = subprocess.Popen(["gzip", "-dc", str(drafts)], stdout=subprocess.PIPE)
    grep_p = subprocess.Popen(["grep", "-F", "--", patterns], stdin=zcat.stdout, stdout=subprocess.PIPE)
    assert zcat.stdout is not None and grep_p.stdout is not None
    zcat.stdout.close()
    graphs: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for raw in grep_p.stdout:
        m = QUAD.match(raw.decode("utf-8").rstrip("\n"))
        if not m:
            continue
        report = m.group(4).rsplit("/", 1)[1]
        if report in reports:
            graphs[report][m.group(1)][m.group(2)].append(term(m.group(3)))
    grep_p.wait()
    zcat.wait()
    return graphs


def sentence(text: str, start: int, end: int, limit: int = 160) -> str:
    """The sentence holding [start, end): from the last 。！？ or line break before it to the next one."""
    stops = "。！？!?\n"
    left = max(text.rfind(c, 0, start) for c in stops) + 1
    right = min([i for i in (text.find(c, end) for c in stops) if i >= 0] or [len(text)]) + 1
    left, right = max(left, start - limit), min(right, end + limit)
    return (text[left:start] + "【" + text[start:end] + "】" + text[end:right]).replace("\t", " ").strip()


def registry_labels() -> dict[str, str]:
    labels = {}
    for path in (ROOT / "data" / "entities").glob("*.yaml"):
        for entity in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            labels[GWR + "id/" + entity["id"]] = entity.get("zh", "")
    return labels


def local(iri: str, prefix: str = "") -> str:
    iri = iri.removeprefix(GWR + "id/")
    return iri.removeprefix(prefix)


def row_of(report: str, iri: str, props: dict[str, list[str]], text: str,
           labels: dict[str, str], graph: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    def one(pred: str, ns: str = ONT) -> str:
        values = props.get(ns + pred, [])
        return values[0] if values else ""

    def label(entity: str) -> str:
        if not entity:
            return ""
        found = graph.get(entity, {}).get("http://www.w3.org/2004/02/skos/core#prefLabel") or \
            graph.get(entity, {}).get("http://www.w3.org/2000/01/rdf-schema#label")
        return labels.get(entity) or (found[0] if found else "")

    position = graph.get(iri + "#position", {})
    start, end = int(position["http://www.w3.org/ns/oa#start"][0]), int(position["http://www.w3.org/ns/oa#end"][0])
    types = props.get("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", [])
    kind = "target" if ONT + "Target" in types else "result" if ONT + "Result" in types else ""
    value = one("value") or (one("minValue") + "—" + one("maxValue") if one("minValue") else "")
    row = {
        "report": report, "fact": iri, "sentence": sentence(text, start, end), "quote": one("quote"),
        "start": str(start), "end": str(end), "value_written": one("valueAsWritten"), "value": value,
        "unit_written": one("scaleAsWritten") + "|" + one("unitAsWritten"),
        "unit": one("unit", "http://qudt.org/schema/qudt/").rsplit("/", 1)[-1], "kind": kind,
        "comparison": local(one("comparison"), "comparison-"), "comparison_written": one("comparisonAsWritten"),
        "measure": local(one("measure"), "measure-"), "direction": local(one("direction"), "direction-"),
        "direction_written": one("directionAsWritten"), "modality": local(one("modality"), "modality-"),
        "modality_written": one("modalityAsWritten"), "period": one("period"), "period_end": one("periodEnd"),
        "baseline": local(one("baseline"), "baseline-"), "indicator": local(one("indicator")),
        "indicator_zh": label(one("indicator")), "about": local(one("about")), "about_zh": label(one("about")),
    }
    if text[start:end] != row["quote"]:
        row["sentence"] = "[offsets do not hold the quote] " + row["sentence"]
    return {c: row.get(c, "") for c in COLUMNS}


def shown(paths: list[Path], files: dict[str, str]) -> dict[str, list[tuple[int, int]]]:
    """The paragraphs (code-point spans, ``structure.split_paragraphs``) that rows of these samples showed: the one
    holding each row's ``start``, by report."""
    from api.extract.structure import split_paragraphs
    starts: dict[str, set[int]] = defaultdict(set)
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                if r.get("report") in files and (r.get("start") or "").isdigit():
                    starts[r["report"]].add(int(r["start"]))
    out: dict[str, list[tuple[int, int]]] = {}
    for report, offsets in sorted(starts.items()):
        paragraphs = split_paragraphs(Path(files[report]).read_bytes().decode("utf-8"))   # offsets as drafted
        out[report] = sorted({(p.start, p.end) for p in paragraphs for at in offsets if p.start <= at < p.end})
    return out


def sample(seed: int, n: int, out: Path, exclude: list[Path], exclude_reports: list[Path] | None = None,
           exclude_paragraphs: list[Path] | None = None) -> None:
    """n facts drawn uniformly from the eligible reports' facts, less the facts of `exclude` files, every report
    of `exclude_reports` files (their ``report`` column: reports a reader has seen, for a sample blind to them) and
    every fact inside a paragraph that a row of `exclude_paragraphs` files showed."""
    seen: set[str] = set()
    for path in exclude_reports or []:
        with open(path, encoding="utf-8", newline="") as fh:
            seen |= {r["report"] for r in csv.DictReader(fh, delimiter="\t")}
    eligible = [e for e in population() if e[0] not in seen]
    total = sum(count for _, count, _ in eligible)
    excluded = set()
    for path in exclude:
        with open(path, encoding="utf-8", newline="") as fh:
            excluded |= {r["fact"] for r in csv.DictReader(fh, delimiter="\t")}
    files_of = {report: file for report, _, file in eligible}
    spans = shown(exclude_paragraphs or [], files_of)
    rng = random.Random(seed)
    spare = 20 * n if spans else 0           # facts of shown paragraphs are skipped: draw more to reach n
    order = rng.sample(range(total), min(total, n + len(excluded) + spare))
    cumulative, starts = 0, []
    for _report, count, _ in eligible:
        starts.append(cumulative)
        cumulative += count
    slots = []
    for index in order:
        i = bisect.bisect_right(starts, index) - 1
        slots.append((eligible[i][0], index - starts[i]))
    graphs = read_graphs({report for report, _ in slots})
    files = {report: file for report, _, file in eligible}
    counts = {report: count for report, count, _ in eligible}
    labels = registry_labels()
    rows: list[dict[str, str]] = []
    texts: dict[str, str] = {}
    for report, k in slots:
        graph = graphs[report]
        facts = sorted(s for s in graph if s.startswith(FACT) and "#" not in s
                       and ONT + "quote" in graph[s])
        if len(facts) != counts[report]:
            sys.exit(f"{report}: {len(facts)} facts in the dump, {counts[report]} in the manifest")
        if facts[k] in excluded:
            continue
        if spans.get(report):
            at = int(graph[facts[k] + "#position"]["http://www.w3.org/ns/oa#start"][0])
            if any(a <= at < b for a, b in spans[report]):
                continue
        if report not in texts:
            texts[report] = Path(files[report]).read_text(encoding="utf-8")
        rows.append(row_of(report, facts[k], graph[facts[k]], texts[report], labels, graph))
        if len(rows) == n:
            break
    rows.sort(key=lambda r: (r["report"], int(r["start"]), r["fact"]))
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} facts of {len({r['report'] for r in rows})} reports drawn from {total} facts of "
          f"{len(eligible)} eligible reports (seed {seed}) → {out}")


def wilson(right: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (Newcombe 1998, method 3)."""
    if n == 0:
        return (0.0, 1.0)
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def score(path: Path) -> list[tuple[str, int, int, Counter[str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    table = []
    for field in FIELDS:
        cells = [(r.get("j_" + field) or "").strip() for r in rows]
        right = sum(c == "y" for c in cells)
        errors = Counter(c[2:].strip() or "?" for c in cells if c.startswith("n"))
        table.append((field, right, right + sum(errors.values()), errors))
    return table


def print_score(path: Path) -> None:
    print("| field | right / judged | precision | Wilson 95 % | error classes |")
    print("|---|---:|---:|---|---|")
    for field, right, judged, errors in score(path):
        low, high = wilson(right, judged)
        share = f"{100 * right / judged:.1f}" if judged else "–"
        classes = ", ".join(f"{k} {v}" for k, v in errors.most_common())
        print(f"| {field} | {right} / {judged} | {share} | {100 * low:.1f}–{100 * high:.1f} | {classes} |")


JUDGED = ["sentence", "quote", "value", "unit", "kind", "comparison", "measure", "direction", "modality", "period",
          "period_end", "indicator", "indicator_zh", "about", "about_zh"]


def redraft(path: Path, out: Path) -> None:
    """Draft the reports of a sample again (as draft-corpus does) and carry the judgements over (module docstring)."""
    sys.path.insert(0, str(ROOT))
    from api.extract import corpus
    from api.settings import Settings
    settings = Settings()
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    wanted = {r["report"] for r in rows}
    shared = ROOT.parent / "shared"
    items = {i.report: i for i in corpus.collect([shared / "corpus", shared / "sources"], set(settings.report_ids()))
             if i.report in wanted}
    corpus._init(str(settings.root), str(settings.ontology_dir), {})
    labels = registry_labels()
    new_rows, changed, gone = [], 0, 0
    for report in sorted(wanted):
        result = corpus.draft_one(items[report])
        graph: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for line in result["nquads"].splitlines():
            m = QUAD.match(line)
            if m:
                graph[m.group(1)][m.group(2)].append(term(m.group(3)))
        text = Path(items[report].path).read_text(encoding="utf-8")
        facts = {s: row_of(report, s, graph[s], text, labels, graph) for s in graph
                 if s.startswith(FACT) and "#" not in s and ONT + "quote" in graph[s]}
        for old in (r for r in rows if r["report"] == report):
            match = facts.get(old["fact"]) or next(
                (f for f in facts.values() if (f["start"], f["value_written"]) == (old["start"], old["value_written"])),
                None) or next((f for f in facts.values() if f["value_written"] == old["value_written"]
                               and int(f["start"]) < int(old["end"]) and int(old["start"]) < int(f["end"])), None)
            if match is None:
                gone += 1
                print(f"gone: {report} {old['quote']!r}")
                continue
            row = {**match, **{c: old[c] for c in COLUMNS if c.startswith("j_") or c == "reason"}}
            diff = [c for c in JUDGED if match[c] != old[c]]
            if diff:
                changed += 1
                row["reason"] = f"CHANGED: {' '.join(diff)} | " + old["reason"]
            new_rows.append(row)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(new_rows)
    print(f"{len(new_rows)} rows ({changed} changed, {gone} gone) → {out}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, required=True)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--exclude", type=Path, action="append", default=[])
    s.add_argument("--exclude-reports", type=Path, action="append", default=[])
    s.add_argument("--exclude-paragraphs", type=Path, action="append", default=[])
    c = sub.add_parser("score")
    c.add_argument("file", type=Path)
    r = sub.add_parser("redraft")
    r.add_argument("file", type=Path)
    r.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "sample":
        sample(args.seed, args.n, args.out, args.exclude, args.exclude_reports, args.exclude_paragraphs)
    elif args.command == "redraft":
        redraft(args.file, args.out)
    else:
        print_score(args.file)


if __name__ == "__main__":
    main()
