"""`paragraf` — a thin command line over the library.

Each command is a few lines over a function a user can import. Heavy imports
(Prefect, pdfplumber) happen inside the command that needs them, so `--help`
and queries start fast.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from extractors.pdf import BACKENDS, DEFAULT_BACKEND
from warehouse.paths import default_db_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="paragraf",
        description="Swedish meeting PDFs (kallelser, protokoll, underlag) into a DuckDB warehouse.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = "warehouse file (default: $PARAGRAF_DB, else warehouse/paragraf.duckdb)"

    ingest = sub.add_parser("ingest", help="ingest PDF files and folders (recursively)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--db", help=db_help)
    ingest.add_argument(
        "--backend", default=DEFAULT_BACKEND, choices=sorted(BACKENDS),
        help=f"PDF text backend (default {DEFAULT_BACKEND}: same records, several times faster)",
    )
    ingest.add_argument("--workers", type=int, default=None, help="extraction processes (default: one per core)")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    ingest.add_argument("--dask", metavar="ADDRESS", help="extract on a Dask cluster (tcp://host:8786, or 'local'); a Prefect flow")
    ingest.add_argument(
        "--engine", default="auto", choices=["auto", "local", "prefect"],
        help="prefect: a Prefect flow run; local: the same ingest without Prefect; "
        "auto (default): prefect when PREFECT_API_URL names a server, else local",
    )
    ingest.set_defaults(func=cmd_ingest)

    evaluate = sub.add_parser("eval", help="compare the warehouse with the .gold.json files in a folder")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR")
    evaluate.add_argument("--db", help=db_help)
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument(
        "--fail-under", type=float, default=None, metavar="F1",
        help="exit 1 when a structure field (items … participants) scores below this F1",
    )
    evaluate.set_defaults(func=cmd_eval)

    decisions = sub.add_parser("decisions", help="items whose proposal or decision concerns an agreement")
    decisions.add_argument("--agreement", required=True, metavar="TEXT", help="name or alias (case and diacritics ignored)")
    decisions.add_argument("--db", help=db_help)
    decisions.add_argument("--format", choices=["table", "json", "csv"], default="table")
    decisions.set_defaults(func=cmd_decisions)

    search = sub.add_parser("search", help="full-text search over items and pages (Swedish stemming)")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--db", help=db_help)
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.set_defaults(func=cmd_search)

    schedule = sub.add_parser("schedule", help="serve a Prefect deployment that ingests new documents on a schedule")
    schedule.add_argument("--inbox", help="a folder where new PDFs are dropped")
    schedule.add_argument("--portal", metavar="URL", help="an index page linking to meeting PDFs")
    schedule.add_argument("--staging", help="where portal downloads go (default: portal-staging beside the warehouse)")
    schedule.add_argument("--cron", default="*/15 * * * *", help="when to run (default: every 15 minutes)")
    schedule.add_argument("--every", type=float, metavar="SECONDS", help="run at this interval instead of --cron")
    schedule.add_argument("--db", help=db_help)
    schedule.add_argument("--name", default="paragraf-schedule", help="deployment name")
    schedule.set_defaults(func=cmd_schedule)

    bench = sub.add_parser(
        "bench", help="pages per second against raw pdfplumber and pypdfium2, memory, CLI start-up, queries",
        description="paragraf bench [CORPUS]: raw pdfplumber, raw pypdfium2 and the full pipeline side by side on "
                    "the PDFs in CORPUS (default corpus/), plus re-run, memory, CLI fixed cost and query timings. "
                    "bench decisions|memory|import: one of those measurements alone. "
                    "bench fuzz: damaged copies of the sample PDFs through ingest; "
                    "bench crash: an ingest killed at random moments, re-run, compared with an uninterrupted one.",
    )
    bench.add_argument("what", nargs="?", default="corpus", metavar="CORPUS|decisions|memory|import|fuzz|crash",
                       help="a folder of PDFs (default corpus/), or one single measurement")
    bench.add_argument("--rounds", type=int, default=5, help="timed rounds (median, min and max are reported)")
    bench.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    bench.add_argument("--scale", type=int, default=None, metavar="DOCUMENTS",
                       help="first render a corpus of this many documents from CORPUS, and measure on it")
    bench.add_argument("--scale-dir", default=None, help="keep (and reuse) the scale corpus in this folder")
    bench.add_argument("--json", default=None, metavar="OUT", help="also write every figure to this JSON file")
    bench.add_argument("--backend", default=None, choices=sorted(BACKENDS),
                       help=f"text backend of the pipeline rounds (default {DEFAULT_BACKEND})")
    bench.add_argument("--items", type=int, default=100_000, help="items in the synthetic warehouse (queries)")
    bench.add_argument("--pages", type=int, default=None,
                       help="pages of the long PDF (default 500; memory alone: 1000)")
    bench.add_argument("--files", type=int, default=None, help="files in the bulk import (import: 1000) or the killed ingest (crash: 200)")
    bench.add_argument("--mutants", type=int, default=300, help="damaged PDFs to make (fuzz)")
    bench.add_argument("--seed", type=int, default=0, help="seed of the mutants (fuzz) or of the kill moments (crash)")
    bench.add_argument("--kills", type=int, default=50, help="ingests killed with SIGKILL (crash)")
    bench.add_argument("--corpus", default=None, help="the PDFs to make mutants from (fuzz; default corpus/)")
    bench.add_argument("--runs", type=int, default=20, help="timed query runs (decisions)")
    bench.set_defaults(func=cmd_bench)

    meetings = sub.add_parser("meetings", help="list the meetings in the warehouse")
    meetings.add_argument("--db", help=db_help)
    meetings.set_defaults(func=cmd_meetings)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from pipeline.ingest import chosen_engine, run_local
    from pipeline.progress import NullReporter, RichReporter
    from pipeline.sources import UsageError, check_paths
    from warehouse.load import WarehouseLocked

    try:
        check_paths(args.paths)  # usage errors before any flow run starts
    except UsageError as exc:
        print(f"paragraf: {exc}", file=sys.stderr)
        return 2
    reporter = RichReporter() if sys.stderr.isatty() and not args.json else NullReporter()
    try:
        db = default_db_path(args.db)
        if args.dask or chosen_engine(args.engine) == "prefect":
            from pipeline.flows import run_ingest  # imports Prefect (about 1.5 s)

            summary = run_ingest(args.paths, db, args.backend, args.workers, reporter, args.dask, engine="prefect")
        else:
            summary = run_local(args.paths, db, args.backend, args.workers, reporter)
    except WarehouseLocked as exc:
        print(f"paragraf: {exc}", file=sys.stderr)
        return 2
    for note in summary.passed_over:
        print(f"passed over: {note}", file=sys.stderr)
    for note in summary.warnings:
        print(f"warning: {note}", file=sys.stderr)
    for failure in (f for f in summary.files if f.outcome == "failed"):
        print(f"failed [{failure.error_code}]: {failure.error}", file=sys.stderr)
    if args.json:
        print(json.dumps(summary.model_dump() | {"line": summary.line()}, ensure_ascii=False, indent=2))
    else:
        print(summary.line())
    return summary.exit_status


def _existing_db(explicit: str | None):
    path = default_db_path(explicit)
    if not path.exists():
        print(f"paragraf: no warehouse at {path}; run 'paragraf ingest PATH' first.", file=sys.stderr)
        return None
    return path


def cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline import evaluate

    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        print(f"paragraf: {gold_dir} is not a folder; give the folder that holds the .gold.json files.", file=sys.stderr)
        return 2
    if (path := _existing_db(args.db)) is None:
        return 2
    try:
        scores = evaluate.evaluate(gold_dir, path)
    except FileNotFoundError as exc:
        print(f"paragraf: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(evaluate.as_json(scores), indent=2) if args.json else evaluate.report(scores))
    missing = [d.file for d in scores if not d.found]
    if missing:
        print(f"not in the warehouse (ingest them first): {', '.join(missing)}", file=sys.stderr)
    if args.fail_under is not None:
        total = evaluate.totals(scores)
        return int(any(total[f].f1 < args.fail_under for f in evaluate.STRUCTURE_FIELDS))
    return 0


def cmd_decisions(args: argparse.Namespace) -> int:
    import csv
    import difflib

    from warehouse.load import Warehouse
    from warehouse.read import DECISION_COLUMNS, agreement_names, agreements_matching, decisions

    if (path := _existing_db(args.db)) is None:
        return 2
    with Warehouse(path, read_only=True) as wh:
        matched = agreements_matching(wh, args.agreement)
        if not matched:
            close = difflib.get_close_matches(args.agreement, agreement_names(wh), n=5, cutoff=0.4)
            hint = f" Close names: {', '.join(close)}." if close else ""
            print(f"paragraf: no agreement matches '{args.agreement}'.{hint}", file=sys.stderr)
            return 1
        rows = decisions(wh, [agreement_id for agreement_id, _ in matched])
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=DECISION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    else:
        names = ", ".join(name for _, name in matched)
        print(f"{len(rows)} items whose proposal or decision concerns: {names}")
        for row in rows:
            label = f"§ {row['number']}" if row["source"] == "protokoll" else f"{row['number']}."
            print(f"{row['meeting_date'] or '':<10}  {row['source']:<9}  {label:>5}  {row['title']}  "
                  f"[{row['organ'] or '–'}, p. {row['page_start']}]")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from warehouse.load import Warehouse
    from warehouse.search import SearchUnavailable, has_index, search

    if (path := _existing_db(args.db)) is None:
        return 2
    try:
        with Warehouse(path, read_only=True) as wh:
            if not has_index(wh):
                print(f"paragraf: {path} has no search index yet; run 'paragraf ingest' once to build it.", file=sys.stderr)
                return 2
            hits = search(wh, args.text, args.limit)
    except SearchUnavailable as exc:
        print(f"paragraf: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        item = f"item {hit['item_number']} {hit['item_title']}" if hit["item_number"] is not None else "no item"
        print(f"{hit['score']:6.2f}  {hit['source_path']} p. {hit['page_no']}  ({item})\n        {hit['excerpt']}")
    if not hits:
        print(f"no hits for '{args.text}'")
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    """Blocks, serving the deployment; needs a Prefect server (PREFECT_API_URL)."""
    import datetime as dt

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if not (args.inbox or args.portal):
        print("paragraf: give --inbox FOLDER, --portal URL or both.", file=sys.stderr)
        return 2
    if not os.environ.get("PREFECT_API_URL"):
        print("paragraf: a schedule needs a Prefect server: start one (prefect server start) and set "
              "PREFECT_API_URL, e.g. http://127.0.0.1:4200/api.", file=sys.stderr)
        return 2
    from pipeline.flows import scheduled_ingest

    db = str(default_db_path(args.db).resolve())
    parameters = {"db": db, "inbox": args.inbox and str(Path(args.inbox).resolve()), "portal": args.portal,
                  "staging": args.staging and str(Path(args.staging).resolve())}
    timing = {"interval": dt.timedelta(seconds=args.every)} if args.every else {"cron": args.cron}
    scheduled_ingest.serve(name=args.name, parameters=parameters, **timing)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from pipeline import bench

    if args.what == "memory":
        print(bench.bench_memory(args.pages or 1000))
    elif args.what == "import":
        print(bench.bench_import(args.files or 1000, args.workers))
    elif args.what in ("fuzz", "crash"):
        return bench.main_robustness(args.what, args)
    elif args.what == "decisions":
        print(bench.bench_decisions(args.items, args.runs))
    else:
        corpus = Path("corpus") if args.what == "corpus" else Path(args.what)
        if not corpus.is_dir():
            print(f"paragraf: {corpus} is not a folder of PDFs; give one, e.g. paragraf bench corpus/", file=sys.stderr)
            return 2
        try:
            return bench.main_bench(str(corpus), args.rounds, args.workers, args.scale, args.scale_dir,
                                    args.items, 500 if args.pages is None else args.pages, args.json, args.backend)
        except ValueError as exc:  # no PDFs in CORPUS
            print(f"paragraf: {exc}", file=sys.stderr)
            return 2
        except RuntimeError as exc:  # a file the pipeline failed on, or a CLI call that failed: named in the message
            print(f"paragraf: bench stopped: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from warehouse.load import Warehouse

    if (path := _existing_db(args.db)) is None:
        return 2
    with Warehouse(path, read_only=True) as wh:
        rows = wh.meetings_overview()
    print(f"{'date':<10}  {'time':<11}  {'place':<10}  {'documents':<20}  {'pages':>5}  body")
    for date, organ, start, end, location, kinds, pages in rows:
        span = f"{start or '':>5}-{end or '':<5}" if start else ""
        print(f"{date.isoformat():<10}  {span:<11}  {(location or ''):<10}  {kinds:<20}  {pages:>5}  {organ}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
