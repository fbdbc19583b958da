"""`python -m api <verb>`: one verb per arrow of the data flow.

text → locate → check (curation aids); build (records → graph files); validate (SHACL + QC);
query (SPARQL file on pyoxigraph); store (graph → on-disk store, optional); serve (the HTTP service);
extract (any report text → draft records and graph); evaluate (drafts of the curated reports against their records);
draft-corpus (every uncurated report of ../shared → drafted named graphs, N-Quads + manifest, under var/).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from api.settings import Settings


def cmd_text(args, settings: Settings) -> int:
    from api.source import load_report
    report = load_report(settings.reports_dir / args.report, settings.root)
    if args.paragraphs:
        for p in report.paragraphs:
            print(f"[{p.number}] {p.start}..{p.end} part={p.part} section={p.section}\n{p.text}\n")
    else:
        sys.stdout.write(report.text + "\n")
    return 0


def cmd_locate(args, settings: Settings) -> int:
    from api.source import load_report
    report = load_report(settings.reports_dir / args.report, settings.root)
    at, found = 0, 0
    while (at := report.text.find(args.quote, at)) >= 0:
        p = report.paragraph_at(at, at + len(args.quote))
        print(f"paragraph {p.number if p else '-'}  start: {at}  end: {at + len(args.quote)}")
        found += 1
        at += 1
    if not found:
        print(f"not found: {args.quote!r}", file=sys.stderr)
        return 1
    return 0


def cmd_check(args, settings: Settings) -> int:
    from api.records import RecordsError, load_records
    from api.source import load_report
    from api.vocab import load_vocabulary
    vocab = load_vocabulary(settings.ontology_dir)
    status = 0
    for rid in args.report or settings.report_ids():
        report = load_report(settings.reports_dir / rid, settings.root)
        try:
            recs = load_records(report, settings.root, vocab)
        except RecordsError as exc:
            for p in exc.problems:
                print(p, file=sys.stderr)
            print(f"{rid}: {len(exc.problems)} problem(s)", file=sys.stderr)
            status = 1
            continue
        counts = {name: len(recs.of(name)) for name in ("facts", "statuses", "commitments", "relations")}
        print(f"{rid}: ok — {len(recs.entities)} entities, " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return status


def cmd_build(args, settings: Settings) -> int:
    return build_graph(settings, quiet=args.quiet)


def build_graph(settings: Settings, quiet: bool = True) -> int:
    """Build the graph files: 0, or 1 after saying what stopped the build (nothing is written then)."""
    from api.build import build
    from api.records import RecordsError
    from api.source import SourceError
    try:
        build(settings, quiet=quiet)
    except RecordsError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"build stopped: {len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    except SourceError as exc:
        print(f"build stopped: {exc}; nothing was written", file=sys.stderr)
        return 1
    return 0


def cmd_validate(args, settings: Settings) -> int:
    if args.drafts:
        from api.validate_drafts import run
        path = Path(args.drafts)
        if not path.is_file():
            print(f"validate: no such file: {path}", file=sys.stderr)
            return 2
        return run(settings, path, args.sample, args.limit, sys.stdout, sys.stderr)
    if args.sample is not None:
        print("validate: --sample goes with --drafts", file=sys.stderr)
        return 2
    from api.validate import validate
    report = validate(settings, jobs=max(1, args.jobs))
    print(report.text(limit=args.limit), file=sys.stderr if not report.ok else sys.stdout)
    return 0 if report.ok else 1


def cmd_query(args, settings: Settings) -> int:
    from api.queries import print_table, read_query
    from api.store import open_store, run_query
    text = read_query(args.file).text
    store = open_store(settings)
    print_table(run_query(store, text), sys.stdout)
    return 0


def cmd_store(args, settings: Settings) -> int:
    from pathlib import Path

    from api.service.answers import write_answers
    from api.store import write_disk_store
    out = Path(args.out or settings.store_dir or settings.root / "var" / "store")
    if args.drafts:
        from dataclasses import replace
        settings = replace(settings, drafts=args.drafts)
    try:
        manifest = write_disk_store(settings, out)
        print(f"{manifest['quads']} quads from {manifest['dump']} (sha256 {manifest['sha256'][:12]}…) in {out}\n"
              "canned queries answered in advance (served while their text is unchanged):", flush=True)
        answers = write_answers(settings, out, log=lambda line: print(line, flush=True))
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"{len(answers)} answers, {sum(a['bytes'] for a in answers.values()):,} bytes\n"
          f"serve it with: GWR_STORE_DIR={out} python -m api serve")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    """Serve; build the graph first when it is missing (the service itself never runs the curation code)."""
    from api.service.run import graph_missing, serve
    from api.store import dump_path
    if graph_missing(settings):
        print(f"{dump_path(settings)} is missing: building the graph first", file=sys.stderr)
        if build_graph(settings) != 0:
            print("cannot serve: the graph could not be built (see above)", file=sys.stderr)
            return 1
    return serve(settings, host=args.host, port=args.port)


def cmd_extract(args, settings: Settings) -> int:
    from pathlib import Path

    from api.extract.draft import draft, safe_id, write
    from api.extract.indicators import load_registry
    from api.extract.structure import InputError, read_text
    from api.vocab import load_vocabulary
    if not safe_id(args.id):
        print(f"--id {args.id!r}: use lower-case ASCII words joined by '-' (e.g. dalian-2025)", file=sys.stderr)
        return 2
    try:
        text = read_text(Path(args.path))
        vocab = load_vocabulary(settings.ontology_dir)
        d = draft(text, args.id, load_registry(settings.root, vocab), year=args.year, place=args.place)
    except (InputError, ValueError) as exc:
        print(f"extract: {exc}", file=sys.stderr)
        return 2
    files = write(d, vocab, Path(args.out), Path(args.path).name)
    print(f"{args.id}: {len(d.facts)} facts, {len(d.mentions)} mentions, year {d.year}, place {d.place} → "
          + ", ".join(str(f) for f in files))
    return 0


def cmd_evaluate(args, settings: Settings) -> int:
    from api.extract.evaluate import details, evaluate_reports, table
    results = evaluate_reports(settings, [args.report] if args.report else None, half=args.half,
                               level_name=args.level)
    print(table(results))
    if args.details:
        print("\n".join(details(r) for r in results))
    return 0


def cmd_draft_corpus(args, settings: Settings) -> int:
    from pathlib import Path

    from api.extract.corpus import draft_corpus
    shared = settings.root.parent / "shared"
    folders = [Path(f) for f in args.sources] if args.sources else [shared / "corpus", shared / "sources"]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"draft-corpus: no such folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else settings.root / "var" / "drafts"
    m = draft_corpus(settings, folders, out, jobs=args.jobs, limit=args.limit, quiet=args.quiet)
    print(f"{m['drafted']} of {m['reports']} reports drafted ({m['failed']} failed, {len(m['duplicates'])} texts "
          f"listed twice drafted once: see {out / 'manifest.json'}), "
          f"{m['facts']:,} facts, {m['candidates']:,} proposed entities, {m['quads']:,} quads in "
          f"{out / m['nquads']}, {m['seconds']} s with {m['jobs']} process(es)")
    return 0


def cmd_scaffold(args, settings: Settings) -> int:
    from api.scaffold import ScaffoldError, scaffold
    sources = Path(args.sources) if args.sources else settings.root.parent / "shared" / "sources"
    try:
        print(scaffold(settings, args.report, sources))
    except (ScaffoldError, OSError) as exc:
        print(f"scaffold: {exc}", file=sys.stderr)
        return 2
    return 0


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m api", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="verb", required=True)
    p = sub.add_parser("text", help="print a report's cleaned text (offsets count in it)")
    p.add_argument("report")
    p.add_argument("--paragraphs", action="store_true", help="number the paragraphs and show offsets")
    p.set_defaults(func=cmd_text)
    p = sub.add_parser("locate", help="print paragraph and offsets of every occurrence of a quote")
    p.add_argument("report")
    p.add_argument("quote")
    p.set_defaults(func=cmd_locate)
    p = sub.add_parser("check", help="check the curated records against the text and the vocabularies")
    p.add_argument("--report", action="append", help="only this report id (may be repeated)")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("scaffold", help="copy a text of ../shared/sources and write its report.yaml")
    p.add_argument("report", help="the report id, as in sources.tsv without .txt (dalian-2023)")
    p.add_argument("--sources", help="the sources folder (default: ../shared/sources)")
    p.set_defaults(func=cmd_scaffold)
    p = sub.add_parser("build", help="build the graph files under data/graph/ from sources and records")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("validate", help="SHACL (pySHACL) and QC queries on the built graph; non-zero on any violation")
    p.add_argument("--limit", type=int, default=20, help="findings shown per shape")
    p.add_argument("--jobs", type=int, default=2, help="processes for SHACL on the built graph (default 2)")
    p.add_argument("--drafts", metavar="PATH",
                   help="instead: each drafted graph of these N-Quads (draft-corpus's drafts.nq.gz, gzip or plain) "
                        "against ontology/drafted-shapes.ttl, streamed")
    p.add_argument("--sample", type=int, metavar="N",
                   help="with --drafts: only N graphs, evenly spaced over the sorted ids")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("query", help="run a SPARQL file against the built graph (pyoxigraph) and print a table")
    p.add_argument("file")
    p.set_defaults(func=cmd_query)
    p = sub.add_parser("store", help="load the built graph into an on-disk store that `serve` opens read-only")
    p.add_argument("out", nargs="?", help="the store's folder (default: GWR_STORE_DIR, else var/store)")
    p.add_argument("--drafts", help="also load these drafted N-Quads (draft-corpus's drafts.nq.gz; default GWR_DRAFTS)")
    p.set_defaults(func=cmd_store)
    p = sub.add_parser("extract", help="draft a report's facts from its text: DIR/ID.draft.yaml and DIR/ID.ttl")
    p.add_argument("path", help="the report's text, UTF-8 (offsets count in it exactly as given)")
    p.add_argument("--id", required=True, help="the report's id, e.g. dalian-2025")
    p.add_argument("--out", required=True, help="folder for the draft files")
    p.add_argument("--year", type=int, help="the report's year (default: from its title or first lines)")
    p.add_argument("--place", help="the reporting place: a registry ref (place/dalian) or its name (default: title)")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("evaluate", help="draft every curated report and compare with its records, field by field")
    p.add_argument("--report", help="only this report id")
    p.add_argument("--half", choices=("dev", "held-out"), help="only this half of api/extract/split.tsv")
    p.add_argument("--level", choices=("national", "liaoning", "dalian"), help="only the reports of this level")
    p.add_argument("--details", action="store_true", help="also list missed and extra facts and wrong fields")
    p.set_defaults(func=cmd_evaluate)
    p = sub.add_parser("draft-corpus", help="draft every uncurated report of ../shared into N-Quads (var/drafts)")
    p.add_argument("--sources", nargs="+", metavar="DIR",
                   help="folders with corpus.tsv / sources.tsv or *.txt (default: ../shared/corpus ../shared/sources)")
    p.add_argument("--out", help="output folder (default: var/drafts, not committed)")
    p.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    p.add_argument("--limit", type=int, help="only the first N reports (in id order)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_draft_corpus)
    p = sub.add_parser("serve", help="start the HTTP service on the built-in data")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args, Settings())
    except ModuleNotFoundError as exc:      # a Python without the project's packages: say so, not a traceback
        if (exc.name or "api").split(".")[0] == "api":
            raise
        print(f"{exc.name} is not installed for {sys.executable}. Install the project (README, first command):\n"
              "  python3 -m venv .venv && .venv/bin/pip install -r requirements.lock && .venv/bin/pip install "
              f"--no-deps -e .\nthen run it with that Python: .venv/bin/python -m api {args.verb}", file=sys.stderr)
        return 2
