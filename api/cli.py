"""`python -m api <verb>`: one verb per arrow of the data flow.

text → locate → check (curation aids); build (records → graph files); validate (SHACL + QC);
query (SPARQL file on pyoxigraph); store (graph → on-disk store, optional); serve (the HTTP service).
"""
from __future__ import annotations

import argparse
import sys

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
    for rid in settings.report_ids():
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
    from api.build import build
    from api.records import RecordsError
    try:
        build(settings, quiet=args.quiet)
    except RecordsError as exc:
        for p in exc.problems:
            print(p, file=sys.stderr)
        print(f"build stopped: {len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    return 0


def cmd_validate(args, settings: Settings) -> int:
    from api.validate import validate
    report = validate(settings)
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

    from api.service.snapshot import write_answers
    from api.store import write_disk_store
    out = Path(args.out or settings.store_dir or settings.root / "var" / "store")
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
    from api.service.run import serve
    return serve(settings, host=args.host, port=args.port)


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
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("build", help="build the graph files under data/graph/ from sources and records")
    p.add_argument("--quiet", action="store_true")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("validate", help="SHACL (pySHACL) and QC queries on the built graph; non-zero on any violation")
    p.add_argument("--limit", type=int, default=20, help="findings shown per shape")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("query", help="run a SPARQL file against the built graph (pyoxigraph) and print a table")
    p.add_argument("file")
    p.set_defaults(func=cmd_query)
    p = sub.add_parser("store", help="load the built graph into an on-disk store that `serve` opens read-only")
    p.add_argument("out", nargs="?", help="the store's folder (default: GWR_STORE_DIR, else var/store)")
    p.set_defaults(func=cmd_store)
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
