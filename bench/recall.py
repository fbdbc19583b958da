"""Recall of drafted facts measured by hand on reports nobody here has read (issue 13, deliverable 6).

    python bench/recall.py sample --seed 1931 --n 40 --out F.tsv [--unshown]
    python bench/recall.py score F.tsv [--drafts var/drafts/drafts.nq.gz]

``sample`` draws n paragraphs uniformly at random, without replacement (Python's Mersenne Twister seeded with --seed),
from the body paragraphs of the eligible reports: those bench/audit.py samples from (not curated here, not of a place
read by hand: ``audit.population``), less every report of the earlier hand audits (bench/results/audit-stop*.tsv,
strata-stop*.tsv and the other recall samples; only their ``report`` column is read); with --unshown (once no report
is left unread), of every eligible report less each paragraph a row of those files showed (``audit.shown``). Reports
are taken in the manifest's order, a report's paragraphs in text order. A body paragraph is a line of the text
(``structure.split_paragraphs``) that is not a part heading (``structure.is_part``) and is not a title line (a line of
at most 40 characters without 。: 各位代表：, （一）着力稳增长). Each row is one number-like token of a drawn
paragraph, found by a pattern that knows nothing of the extractor (``NUMBER``: a run of Arabic digits with its decimal
point, and of Chinese numerals and scale words, together: 1.36亿, 十四, 两, 2023), with its code-point offsets in the
source file (W3C Web Annotation TextPositionSelector, §4.2.1), its sentence with the token in 【】, and an empty
judgement column.

A judgement cell ``j_quant`` is ``y`` (the token is the number of a quantitative statement, docs/records.md "facts —
every quantitative statement") or ``n:<class>`` (year, ordinal, name, part-of-name, list-count, scope-count, word,
restated, …: not one); empty is not judged. ``score`` drafts each sampled report with the extractor as it is now,
exactly as draft-corpus does (``corpus.draft_one``, year, place, level and title from the corpus listing), or reads
its graph from a stored drafted corpus (--drafts), and prints recall = tokens judged ``y`` that a drafted fact's
value covers (the value as written, at its offset, overlaps the token) / tokens judged ``y``, with the Wilson 95 %
interval (``audit.wilson``), and lists the misses.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.extract.structure import is_part, split_paragraphs  # noqa: E402
from bench import audit  # noqa: E402

ROOT = audit.ROOT
RESULTS = ROOT / "bench" / "results"
NUMBER = re.compile(r"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?|[〇零一二两三四五六七八九十百千万亿半])+")
COLUMNS = ["report", "paragraph", "start", "end", "token", "sentence", "j_quant", "reason"]
Value = tuple[int, int, str, str]          # start, end, value as written, fact IRI


def earlier(out: Path | None = None) -> list[Path]:
    """The files of the earlier hand audits, strata and recall samples, other than `out`."""
    return sorted(RESULTS.glob("audit-stop*.tsv")) + sorted(RESULTS.glob("strata-stop*.tsv")) + \
        [p for p in sorted(RESULTS.glob("recall-stop*.tsv")) if out is None or p.resolve() != out.resolve()]


def audited(out: Path | None = None) -> set[str]:
    """Reports of the earlier hand audits and recall samples other than `out` (their ``report`` column only)."""
    seen: set[str] = set()
    for path in earlier(out):
        with open(path, encoding="utf-8", newline="") as fh:
            seen |= {r["report"] for r in csv.DictReader(fh, delimiter="\t")}
    return seen


def eligible(out: Path | None = None) -> list[tuple[str, Path]]:
    left_out = audited(out)
    return [(report, Path(file)) for report, _facts, file in audit.population() if report not in left_out]


def body(text: str) -> list[tuple[int, int]]:
    """(start, end) of the body paragraphs (module docstring)."""
    out = []
    for p in split_paragraphs(text):
        line = text[p.start:p.end]
        if is_part(line) or (len(line) <= 40 and "。" not in line):
            continue
        out.append((p.start, p.end))
    return out


def tokens(report: str, number: int, text: str, start: int, end: int) -> list[dict[str, str]]:
    return [{"report": report, "paragraph": str(number), "start": str(m.start()), "end": str(m.end()),
             "token": m.group(), "sentence": audit.sentence(text, m.start(), m.end()).replace("\n", " "),
             "j_quant": "", "reason": ""}
            for m in NUMBER.finditer(text, start, end)]


def source(path: Path | str) -> str:
    """The file's text exactly as drafted (structure.read_text: no newline translation, so offsets agree)."""
    return Path(path).read_bytes().decode("utf-8")


def draw(reports: list[tuple[str, Path]], seed: int, n: int,
         shown: dict[str, list[tuple[int, int]]] | None = None) -> tuple[list[dict[str, str]], int]:
    """The rows of n body paragraphs drawn uniformly from the reports' body paragraphs (less the `shown` ones), and
    how many there were."""
    slots: list[tuple[str, int, int, int]] = []          # report, paragraph number, start, end
    texts: dict[str, str] = {}
    for report, path in reports:
        text = source(path)
        paragraphs = body(text)
        if paragraphs:
            texts[report] = text
        seen = set((shown or {}).get(report, []))
        slots += [(report, i + 1, s, e) for i, (s, e) in enumerate(paragraphs) if (s, e) not in seen]
    chosen = random.Random(seed).sample(range(len(slots)), min(n, len(slots)))
    rows = []
    for report, number, start, end in sorted((slots[i] for i in chosen), key=lambda s: (s[0], s[2])):
        rows += tokens(report, number, texts[report], start, end)
    return rows, len(slots)


def write(rows: list[dict[str, str]], out: Path) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def sample(seed: int, n: int, out: Path, unshown: bool = False) -> None:
    """n paragraphs of the reports no earlier sample touched; with `unshown`, of every eligible report, less the
    paragraphs an earlier sample's row showed (audit.shown): blind once no report is left unread."""
    if unshown:
        reports = [(report, Path(file)) for report, _facts, file in audit.population()]
        rows, total = draw(reports, seed, n, audit.shown(earlier(out), {r: str(f) for r, f in reports}))
    else:
        reports = eligible(out)
        rows, total = draw(reports, seed, n)
    write(rows, out)
    print(f"{n} paragraphs of {len({r['report'] for r in rows})} reports, {len(rows)} number-like tokens, drawn from "
          f"{total} body paragraphs of {len(reports)} eligible reports (seed {seed}) → {out}")


def values(graph: dict[str, dict[str, list[str]]], text: str) -> list[Value]:
    """The value as written of every drafted fact of one graph, at its offset. The offset is in the fact's IRI
    (api/extract/draft.py fact_id: …-<value start>[-<order>]); the one of its last two numbers that holds the value
    inside the quote is taken."""
    out = []
    for iri, props in graph.items():
        if not iri.startswith(audit.FACT) or "#" in iri or audit.ONT + "quote" not in props:
            continue
        written = props[audit.ONT + "valueAsWritten"][0]
        position = graph[iri + "#position"]
        q_start, q_end = int(position["http://www.w3.org/ns/oa#start"][0]), int(position["http://www.w3.org/ns/oa#end"][0])
        numbers = [int(x) for x in re.findall(r"\d+", iri.rsplit("-", 2)[-2] + "-" + iri.rsplit("-", 2)[-1])]
        starts = [s for s in reversed(numbers) if q_start <= s and text[s:s + len(written)] == written] or \
            [m.start() for m in re.finditer(re.escape(written), text[:q_end]) if m.start() >= q_start]
        if starts:
            out.append((starts[0], starts[0] + len(written), written, iri))
    return out


def parse_nquads(nquads: str) -> dict[str, dict[str, list[str]]]:
    graph: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for line in nquads.splitlines():
        m = audit.QUAD.match(line)
        if m:
            graph[m.group(1)][m.group(2)].append(audit.term(m.group(3)))
    return graph


def drafted_now(reports: set[str], items: dict | None = None) -> dict[str, list[Value]]:
    """Draft the reports with the extractor as it is now, exactly as draft-corpus does (as ``audit.redraft``)."""
    from api.extract import corpus
    from api.settings import Settings
    settings = Settings()
    if items is None:
        shared = ROOT.parent / "shared"
        items = {i.report: i for i in corpus.collect([shared / "corpus", shared / "sources"],
                                                     set(settings.report_ids())) if i.report in reports}
    corpus._init(str(settings.root), str(settings.ontology_dir), {})
    out = {}
    for report in sorted(reports):
        result = corpus.draft_one(items[report])
        if "error" in result:
            sys.exit(f"{report}: {result['error']}")
        out[report] = values(parse_nquads(result["nquads"]), source(items[report].path))
    return out


def drafted_stored(reports: set[str], drafts: Path) -> dict[str, list[Value]]:
    files = {report: file for report, _facts, file in audit.population()}
    graphs = audit.read_graphs(reports, drafts)
    return {r: values(graphs[r], source(files[r])) for r in sorted(reports)}


def covers(drafted: dict[str, list[Value]], row: dict[str, str]) -> bool:
    """A drafted fact's value as written, at its offset, overlaps the token."""
    start, end = int(row["start"]), int(row["end"])
    return any(s < end and start < e for s, e, _w, _iri in drafted.get(row["report"], []))


def recall(rows: list[dict[str, str]], drafted: dict[str, list[Value]]) -> tuple[int, int, list[dict[str, str]]]:
    """(covered, judged quantitative, the missed rows)."""
    covered, judged, misses = 0, 0, []
    for row in rows:
        if (row.get("j_quant") or "").strip() != "y":
            continue
        judged += 1
        if covers(drafted, row):
            covered += 1
        else:
            misses.append(row)
    return covered, judged, misses


def score(path: Path, drafts: Path | None) -> None:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    reports = {r["report"] for r in rows}
    drafted = drafted_stored(reports, drafts) if drafts else drafted_now(reports)
    covered, judged, misses = recall(rows, drafted)
    low, high = audit.wilson(covered, judged)
    classes = Counter((r.get("j_quant") or "").strip().split(":", 1)[-1] for r in rows
                      if (r.get("j_quant") or "").strip().startswith("n"))
    share = f"{100 * covered / judged:.1f}" if judged else "–"
    kinds = ", ".join(f"{k} {v}" for k, v in classes.most_common())
    print(f"{path.name} against {drafts or 'the extractor as it is now'}: {len(rows)} tokens of {len(reports)} reports,"
          f" {judged} quantitative, {sum(classes.values())} not ({kinds})")
    print(f"recall {covered} / {judged} = {share} % (Wilson 95 % {100 * low:.1f}–{100 * high:.1f})")
    extra = Counter((r.get("j_quant") or "").strip().split(":", 1)[-1] for r in rows
                    if (r.get("j_quant") or "").strip().startswith("n") and covers(drafted, r))
    print(f"judged not quantitative, yet inside a drafted value (a precision matter, not recall): "
          f"{sum(extra.values())} ({', '.join(f'{k} {v}' for k, v in extra.most_common())})")
    for row in misses:
        print(f"miss: {row['report']} {row['start']} {row['token']!r} {row['reason']} | {row['sentence']}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, required=True)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--unshown", action="store_true",
                   help="every eligible report, less the paragraphs earlier samples showed (no report is left unread)")
    c = sub.add_parser("score")
    c.add_argument("file", type=Path)
    c.add_argument("--drafts", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.command == "sample":
        sample(args.seed, args.n, args.out, args.unshown)
    else:
        score(args.file, args.drafts)


if __name__ == "__main__":
    main()
