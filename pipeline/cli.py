"""`paragraf` — a thin command line over the library.

Each command is a few lines over a function a user can import. Heavy imports
(Prefect, pdfplumber) happen inside the command that needs them, so `--help`
and queries start fast.

Every command runs inside `_run`, which turns what goes wrong around a
command into one line on stderr: a usage or environment error (`CliError`, a
warehouse path that cannot be used, a warehouse another process is writing,
a full disk) exits 2; Ctrl-C exits 130 (an interrupted ingest first prints
the summary of what it saved); output piped into a program that stops
reading (`| head -1`) ends quietly with status 141, as `cat` would.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
from pathlib import Path

from extractors.reading.backends import BACKENDS, DEFAULT_BACKEND
from warehouse.paths import WarehousePathError, check_readable, check_writable, is_writable, resolve_db


# Every command that looks something up (search, decisions, matter, watch news)
# exits 1 when it finds nothing, as grep does: a script tells "none" from "some"
# by the status alone. 2 stays for usage and environment errors.
NO_HITS = 1


class CliError(Exception):
    """One line for stderr, and the exit status (2: usage or environment)."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line (usage is in --help)."""

    def error(self, message: str):  # noqa: D102
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _count(minimum: int):
    """An argparse type: a whole number of at least `minimum`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or value < minimum:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of {minimum} or more")
        return value

    parse.__name__ = "count"
    return parse


def _port(text: str) -> int:
    """An argparse type: a TCP port, 1 to 65535."""
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port: give a whole number from 1 to 65535, e.g. 8000")
    return value


class _Version(argparse.Action):
    """--version: the package's version and the extractor version (what an
    ingest compares to decide which documents to read again)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from importlib.metadata import PackageNotFoundError, version

        from schemas.document import EXTRACTOR_VERSION

        try:
            package = version("paragraf")
        except PackageNotFoundError:
            package = "unknown (not installed: pip install -e .)"
        print(f"paragraf {package}, extractor version {EXTRACTOR_VERSION}")
        parser.exit(0)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds above 0")
    return value


def _date(text: str):
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="paragraf",
        description="Swedish meeting PDFs (kallelser, protokoll, underlag) into a DuckDB warehouse.",
    )
    parser.add_argument("--version", action=_Version, help="print the version and the extractor version, and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    db_help = "warehouse file (default: $PARAGRAF_DB, else warehouse/paragraf.duckdb)"
    include_help = "show personal identity numbers and the text of items marked secret (masked and withheld by default)"

    ingest = sub.add_parser("ingest", help="ingest PDF files and folders (recursively)")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    ingest.add_argument("--db", help=db_help)
    ingest.add_argument(
        "--backend", default=DEFAULT_BACKEND, choices=sorted(BACKENDS),
        help=f"PDF text backend (default {DEFAULT_BACKEND}: same records, several times faster)",
    )
    ingest.add_argument("--workers", type=_count(1), default=None, help="extraction processes (default: one per core)")
    ingest.add_argument("--json", action="store_true", help="print the summary as JSON on stdout")
    ingest.add_argument("--dask", metavar="ADDRESS", help="extract on a Dask cluster (tcp://host:8786, or 'local'); a Prefect flow")
    ingest.add_argument(
        "--engine", default="auto", choices=["auto", "local", "prefect"],
        help="prefect: a Prefect flow run; local: the same ingest without Prefect; "
        "auto (default): prefect when PREFECT_API_URL names a server, else local",
    )
    ingest.add_argument("--include-sensitive", action="store_true",
                        help="index personal identity numbers as printed (by default the search index holds none of their digits)")
    ingest.set_defaults(func=cmd_ingest)

    evaluate = sub.add_parser("eval", help="compare the warehouse with the .gold.json files in a folder")
    evaluate.add_argument("gold_dir", metavar="GOLD_DIR", nargs="?", help="the folder of gold files (not with --generated)")
    evaluate.add_argument("--db", help=db_help)
    evaluate.add_argument("--json", nargs="?", const=True, default=None, metavar="OUT",
                          help="print the scores as JSON, or write them to OUT")
    evaluate.add_argument("--generated", type=_count(1), default=None, metavar="N",
                          help="render N documents in random layouts with their gold, ingest them into a fresh "
                          "warehouse and report macro-F1 per layout factor level (pipeline/bench/generated.py)")
    evaluate.add_argument("--seed", default=None, help="with --generated: the seed (default or 'random': a random seed, printed)")
    evaluate.add_argument("--keep", default=None, metavar="DIR", help="with --generated: keep the documents and warehouse in DIR")
    evaluate.add_argument(
        "--fail-under", type=float, default=None, metavar="F1",
        help="exit 1 when the macro-F1 (mean of the fields' F1) is below this",
    )
    evaluate.set_defaults(func=cmd_eval)

    decisions = sub.add_parser("decisions", help="items whose proposal or decision concerns an agreement")
    decisions.add_argument("--agreement", required=True, metavar="TEXT", help="name or alias (case and diacritics ignored)")
    decisions.add_argument("--db", help=db_help)
    decisions.add_argument("--format", choices=["table", "json", "csv"], default="table")
    decisions.add_argument("--include-sensitive", action="store_true", help=include_help)
    decisions.add_argument("--timeline", action="store_true",
                           help="group by matter: each matter's whole path through meetings and bodies (see 'paragraf matter')")
    decisions.set_defaults(func=cmd_decisions)

    matter = sub.add_parser("matter", help="a matter's path through meetings and bodies (diarienummer or title words)")
    matter.add_argument("text", metavar="TEXT", help="a diarienummer in any form ('Dnr KS 2024/512', 'RS/2023/145') or title words")
    matter.add_argument("--db", help=db_help)
    matter.add_argument("--format", choices=["table", "json"], default="table")
    matter.add_argument("--include-sensitive", action="store_true", help=include_help)
    matter.set_defaults(func=cmd_matter)

    search = sub.add_parser(
        "search", help="full-text search over items and pages (Swedish lemmas and compound parts)",
        description='TEXT is words and "quoted phrases": "avtal" finds avtalet, samverkansavtalet and hyresavtalen; '
                    '\'"ny samverkansstruktur"\' finds the two words in a row. Hits matching more of the words first.')
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--db", help=db_help)
    search.add_argument("--limit", type=_count(1), default=20, help="hits at most (default 20)")
    search.add_argument("--body", metavar="BODY", help="only documents of this body (organ), e.g. 'Kommunstyrelsen'")
    search.add_argument("--organisation", metavar="ORG",
                        help="only documents of this organisation (kommun, region, association), where the warehouse records it")
    search.add_argument("--kind", choices=["kallelse", "protokoll", "underlag", "okänd"], help="only documents of this kind")
    search.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="only meetings on or after this date")
    search.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="only meetings on or before this date")
    search.add_argument("--fuzzy", action="store_true",
                        help="also accept words one or two letters off (OCR misspellings: personalsektonen)")
    search.add_argument("--json", action="store_true", help="print the hits as JSON")
    search.add_argument("--include-sensitive", action="store_true", help=include_help)
    search.set_defaults(func=cmd_search)

    schedule = sub.add_parser("schedule", help="ingest new documents on a schedule, each round a Prefect flow run (a service)")
    schedule.add_argument("--inbox", help="an existing folder where new PDFs are dropped")
    schedule.add_argument("--portal", metavar="URL", help="an index page linking to meeting PDFs")
    schedule.add_argument("--staging", help="where portal downloads go (default: portal-staging beside the warehouse)")
    schedule.add_argument("--cron", default="*/15 * * * *", help="when to run (default: every 15 minutes)")
    schedule.add_argument("--every", type=_seconds, metavar="SECONDS", help="run at this interval instead of --cron")
    schedule.add_argument("--db", help=db_help)
    schedule.add_argument("--name", default="paragraf-schedule", help=argparse.SUPPRESS)  # kept for old scripts: rounds are flow runs, not a deployment
    schedule.set_defaults(func=cmd_schedule)

    bench = sub.add_parser(
        "bench", help="pages per second against raw pdfplumber and pypdfium2, memory, CLI start-up, queries",
        description="paragraf bench [CORPUS]: raw pdfplumber, raw pypdfium2 and the full pipeline side by side on "
                    "the PDFs in CORPUS (default corpus/), plus re-run, memory, CLI fixed cost and query timings. "
                    "bench decisions|memory|import: one of those measurements alone. "
                    "bench pages: every page of `paragraf serve` on the synthetic warehouse. "
                    "bench fuzz: damaged copies of the sample PDFs through ingest; "
                    "bench crash: an ingest killed at each fault point and at random moments, read while dead, "
                    "re-run, compared with an uninterrupted one (--list-points: the points). "
                    "bench snapshot [--db FILE]: what publishing a read snapshot costs a writer. "
                    "bench search --db FILE: recall@20 and precision@10 of the judged query set; "
                    "bench search [--items N]: the search index's cost on a synthetic warehouse. "
                    "bench ocr [PATH...] [--gold DIR]: OCR engines side by side on scanned pages, cost and character accuracy. "
                    "bench grow: ten documents added to synthetic warehouses of 10^2 to 10^6 documents. "
                    "bench writer [--files N]: documents per second the single writer loads. "
                    "bench stages [PATH...]: CPU time of each stage of extraction.",
    )
    bench.add_argument("what", nargs="?", default="corpus", metavar="CORPUS|decisions|pages|memory|import|writer|stages|fuzz|crash|snapshot|search|ocr|grow",
                       help="a folder of PDFs (default corpus/), or one single measurement")
    bench.add_argument("paths", nargs="*", default=[], metavar="PATH",
                       help="ocr: PDFs and folders whose scanned pages to read (default corpus-varied/)")
    bench.add_argument("--gold", action="append", default=[], metavar="DIR",
                       help="ocr: a folder of gold files for the PDFs given (besides a gold file beside each PDF)")
    bench.add_argument("--engines", default=None, metavar="A,B",
                       help="ocr: the engines to compare (default paragraf,paragraf-x-height,tesseract-plain; also paragraf-300dpi, paragraf-200dpi)")
    bench.add_argument("--sizes", default=None, metavar="N,N,…",
                       help="grow: warehouse sizes in documents (default 100,10000,100000,1000000)")
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
    bench.add_argument("--files", type=int, default=None, help="files in the bulk import (import: 1000), the killed ingest (crash: 60), "
                       "the documents added (grow: 10) or loaded (writer: 1000)")
    bench.add_argument("--mutants", type=int, default=300, help="damaged PDFs to make (fuzz)")
    bench.add_argument("--seed", type=int, default=0, help="seed of the mutants (fuzz) or of the kill moments (crash)")
    bench.add_argument("--kills", type=int, default=50, help="ingests killed with SIGKILL at random moments (crash)")
    bench.add_argument("--list-points", action="store_true",
                       help="crash: print the named fault points (PARAGRAF_CRASH_AT=<point>), one a line, and stop")
    bench.add_argument("--no-points", action="store_true",
                       help="crash: only the random moments, not a run killed at each fault point first")
    bench.add_argument("--corpus", default=None, help="the PDFs to make mutants from (fuzz; default corpus/)")
    bench.add_argument("--runs", type=int, default=20, help="timed query runs (decisions, pages)")
    bench.add_argument("--db", default=None, help="snapshot: also measure publishing a copy of this warehouse; "
                                                  "search: the warehouse the judged queries run on")
    bench.add_argument("--judge", action="store_true",
                       help="search: write the judged items and pages from the queries' patterns (the judging step)")
    bench.add_argument("--detail", action="store_true", help="search: name each query's missed and unwanted hits")
    bench.set_defaults(func=cmd_bench)

    problems = sub.add_parser("problems", help="documents loaded with problems: file, page and what went wrong")
    problems.add_argument("--db", help=db_help)
    problems.add_argument("--json", action="store_true", help="print the problems as JSON")
    problems.add_argument("--failed", action="store_true", help="the files that failed instead: path, error code and what to do")
    problems.set_defaults(func=cmd_problems)

    export = sub.add_parser(
        "export", help="every table as Parquet or CSV files, or an OParl 1.1 JSON view, for other tools",
        description="paragraf export --format parquet|csv|oparl DIR: every table of the warehouse as DIR/<table>.parquet "
                    "(or .csv), or OParl 1.1 objects under DIR/oparl/. Personal identity numbers are masked and the text "
                    "of items marked secret withheld unless --include-sensitive.",
    )
    export.add_argument("dir", metavar="DIR", help="folder to write into (made when missing)")
    export.add_argument("--format", required=True, choices=["parquet", "csv", "oparl"])
    export.add_argument("--db", help=db_help)
    export.add_argument("--include-sensitive", action="store_true", help=include_help)
    export.add_argument("--base-url", default=None, metavar="URL",
                        help="OParl ids start with this (default http://127.0.0.1:8000/oparl, as paragraf serve)")
    export.set_defaults(func=cmd_export)

    serve = sub.add_parser("serve", help="the researcher's page: a read-only web application over the warehouse",
                           description="Search, meetings, items beside their PDF page, agreement and matter timelines "
                                       "and the ingest overview in a browser; every page also answers ?format=json. "
                                       "Binds 127.0.0.1 unless --host says otherwise; any other host needs "
                                       "PARAGRAF_TOKEN, which every request must then carry.")
    serve.add_argument("--db", help=db_help)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=_port, default=8000, help="port, 1 to 65535 (default 8000)")
    serve.add_argument("--include-sensitive", action="store_true",
                       help=include_help + "; also page images unmasked and PDFs holding personal data served")
    serve.set_defaults(func=cmd_serve)

    watch = sub.add_parser("watch", help="saved searches, agreements and matters, and their new hits after each ingest",
                           description="paragraf watch add TEXT [--agreement|--matter|--search]: ask again after every "
                                       "ingest (by hand or scheduled) what the command of that name answers, of the newly "
                                       "loaded documents; watch news: what they found; paragraf serve gives each watch an "
                                       "Atom feed at /watch/<id>.atom.")
    actions = watch.add_subparsers(dest="action", required=True, metavar="add|list|remove|news")
    add = actions.add_parser("add", help="watch a search (default), an agreement or a matter")
    add.add_argument("text", metavar="TEXT")
    what = add.add_mutually_exclusive_group()
    what.add_argument("--search", dest="kind", action="store_const", const="search", help="search words (the default)")
    what.add_argument("--agreement", dest="kind", action="store_const", const="agreement",
                      help="an agreement's name or alias, as paragraf decisions --agreement")
    what.add_argument("--matter", dest="kind", action="store_const", const="matter",
                      help="a diarienummer or title words, as paragraf matter")
    add.set_defaults(kind="search")
    listing = actions.add_parser("list", help="the watches, with how many hits each has recorded")
    remove = actions.add_parser("remove", help="stop a watch and forget its hits")
    remove.add_argument("watch_id", type=_count(1), metavar="ID")
    news = actions.add_parser("news", help="the hits the watches recorded, newest first (exit 1 when none)")
    news.add_argument("watch_id", nargs="?", type=_count(1), metavar="ID", help="one watch only")
    news.add_argument("--limit", type=_count(1), default=50, help="hits at most (default 50)")
    for action in (add, listing, remove, news):
        action.add_argument("--db", help=db_help)
    for action in (listing, news):
        action.add_argument("--json", action="store_true", help="print as JSON")
    watch.set_defaults(func=cmd_watch)

    sub.add_parser("prefect", add_help=False,
                   help="the Prefect command line installed with paragraf, e.g. paragraf prefect server start")

    meetings = sub.add_parser("meetings", help="list the meetings in the warehouse")
    meetings.add_argument("--db", help=db_help)
    meetings.set_defaults(func=cmd_meetings)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from pipeline.ingest import Interrupted, run_local
    from pipeline.progress import NullReporter, RichReporter
    from pipeline.sources import UsageError, check_paths

    try:
        check_paths(args.paths)  # usage errors before any flow run starts
    except UsageError as exc:
        raise CliError(str(exc)) from None
    from schemas.faults import ENV, check

    if fault := check(os.environ.get(ENV)):
        raise CliError(fault)
    db = _writable_db(args.db)
    engine = _reachable_engine("prefect" if args.dask else args.engine, "--dask" if args.dask else f"--engine {args.engine}")
    print(f"paragraf: writing to {db}", file=sys.stderr)
    if getattr(args, "include_sensitive", False):
        os.environ["PARAGRAF_INDEX_PERSONAL"] = "1"  # read by warehouse.load.Warehouse, in this process and its flows
    reporter = RichReporter() if sys.stderr.isatty() and not args.json else NullReporter()
    interrupted = None
    try:
        with _warehouse_errors(db, writing=True), _full_disk(db):
            if engine == "prefect":
                from pipeline.flows import run_ingest  # imports Prefect (about 1.5 s)

                try:
                    summary = run_ingest(args.paths, db, args.backend, args.workers, reporter, args.dask, engine="prefect")
                except OSError as exc:
                    if not args.dask or "connect" not in str(exc).lower():
                        raise
                    raise CliError(f"the Dask scheduler at {args.dask} cannot be reached ({exc}); start it "
                                   "(dask scheduler) and its workers (dask worker ADDRESS), or check the address, "
                                   "then run the same command again.", status=1) from None
                except RuntimeError as exc:
                    if "Prefect API server" not in str(exc):
                        raise
                    raise CliError(
                        f"Prefect's temporary API server did not start in time ({exc}); start one "
                        "(prefect server start) and set PREFECT_API_URL, or give it longer "
                        "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS), then run the same command again.",
                        status=1) from None
            else:
                summary = run_local(args.paths, db, args.backend, args.workers, reporter)
    except Interrupted as exc:
        summary, interrupted = exc.summary, exc
    for note in summary.passed_over:
        print(f"passed over: {note}", file=sys.stderr)
    for note in summary.warnings:
        print(f"warning: {note}", file=sys.stderr)
    for failure in (f for f in summary.files if f.outcome == "failed"):
        print(f"failed [{failure.error_code}]: {failure.error}", file=sys.stderr)
    if args.json:
        extra = {"line": summary.line(), "db": str(db), "interrupted": interrupted is not None,
                 "unread": interrupted.unread if interrupted else 0}
        print(json.dumps(summary.model_dump() | extra, ensure_ascii=False, indent=2))
    else:
        print(summary.line())
    if interrupted is not None:
        print(f"paragraf: interrupted; {interrupted.unread} files not read (run the same command again to read them).",
              file=sys.stderr)
        return 130
    return summary.exit_status


def _reachable_engine(asked: str, option: str) -> str:
    """The engine an ingest runs on. 'auto' with a Prefect server configured
    that does not answer says so in one line and runs on the local engine (an
    archivist can import exactly when the server is down); asking for Prefect
    by name (--engine prefect, --dask) refuses instead."""
    from pipeline.ingest import chosen_engine
    from pipeline.server import api_url, unreachable

    engine = chosen_engine(asked)
    if engine != "prefect":
        return engine
    url = api_url()
    why = unreachable(url) if url else None
    if why is None:
        return engine
    if asked == "auto":
        print(f"paragraf: the Prefect server at {url} cannot be reached ({why}); ingesting on the local engine "
              "instead (the run is not recorded there; --engine prefect would refuse).", file=sys.stderr)
        return "local"
    raise CliError(f"{option} needs the Prefect server at {url} (PREFECT_API_URL), which cannot be reached ({why}); "
                   "start it (paragraf prefect server start) or run without it (--engine local).")


def _existing_db(explicit: str | None) -> Path:
    """The warehouse a read command reads: it must exist and be a readable file."""
    return _checked_db(explicit, check_readable)


def _writable_db(explicit: str | None) -> Path:
    return _checked_db(explicit, check_writable)


def _checked_db(explicit: str | None, check) -> Path:
    path = resolve_db(explicit)
    try:
        check(path)
    except WarehousePathError as exc:
        raise CliError(str(exc)) from None
    return path


class _warehouse_errors:
    """A warehouse another process holds, as one line."""

    def __init__(self, path: Path, writing: bool = False) -> None:
        self.path, self.writing = path, writing

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        if exc is None or type(exc).__name__ != "WarehouseLocked":
            return False
        holder = re.search(r"process (\d+)", str(exc))
        who = f"process {holder.group(1)}" if holder else "another process"
        if self.writing:
            raise CliError(f"{self.path} is in use by {who} (another ingest?); wait for it to finish or stop it, then run again.") from None
        raise CliError(f"{self.path} is being written by {who} (an ingest); run this again when it has finished.") from None


class _full_disk:
    """A full disk under the warehouse, as one line: which warehouse, how much
    is free and how much to free (exit 2, as every environment error). What
    was committed stays: the same command again, with room, goes on from it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, exc, tb) -> bool:
        from warehouse.load import disk_full

        if exc is None or not disk_full(exc):
            return False
        import shutil

        size = sum(p.stat().st_size for p in (self.path, self.path.with_name(self.path.name + ".wal")) if p.exists())
        try:
            free = shutil.disk_usage(self.path.parent).free
        except OSError:
            free = 0
        need = max(64 * 2**20, 2 * size) - free
        raise CliError(
            f"the disk holding {self.path} is full ({free / 2**20:.0f} MB free); free at least "
            f"{max(need, 64 * 2**20) / 2**20:.0f} MB (the warehouse is {size / 2**20:.0f} MB and its read snapshots "
            "are copies of it), then run the same command again: the documents already loaded are kept."
        ) from None


def _read_warehouse(path: Path):
    """Open the warehouse for reading — its read snapshot while an ingest
    writes it (warehouse.snapshot.open_reader) — or say in one line why not."""
    from warehouse.snapshot import ReaderUnavailable, open_reader

    try:
        with _warehouse_errors(path):
            return open_reader(path)
    except ReaderUnavailable as exc:
        raise CliError(str(exc)) from None


def cmd_eval(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pipeline import evaluate

    if args.generated is not None:
        out = args.json if isinstance(args.json, str) else None
        from pipeline.bench import generated

        try:
            return generated.run(args.generated, args.seed, out, args.keep, args.fail_under)
        except (FileExistsError, RuntimeError) as exc:
            raise CliError(str(exc)) from None
    if args.gold_dir is None and isinstance(args.json, str) and Path(args.json).is_dir():
        args.gold_dir, args.json = args.json, True  # 'eval --json GOLD_DIR' as before --json took a value
    if args.gold_dir is None:
        raise CliError("give the folder of gold files (GOLD_DIR), or --generated N.")
    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        raise CliError(f"{gold_dir} is not a folder; give the folder that holds the .gold.json files.")
    path = _existing_db(args.db)
    from warehouse.snapshot import ReaderUnavailable

    try:
        with _warehouse_errors(path):
            scores = evaluate.evaluate(gold_dir, path)
    except (FileNotFoundError, ReaderUnavailable) as exc:
        raise CliError(str(exc)) from None
    if isinstance(args.json, str):
        Path(args.json).write_text(json.dumps(evaluate.as_json(scores), indent=2), encoding="utf-8")
    print(json.dumps(evaluate.as_json(scores), indent=2) if args.json is True else evaluate.report(scores))
    missing = [d.file for d in scores if not d.found]
    if missing:
        print(f"not in the warehouse (ingest them first): {', '.join(missing)}", file=sys.stderr)
    if args.fail_under is not None:
        return int(evaluate.macro_f1(evaluate.totals(scores)) < args.fail_under)
    return 0


def cmd_decisions(args: argparse.Namespace) -> int:
    import csv
    import difflib

    from warehouse.read import DECISION_COLUMNS, agreement_names, agreements_matching, decisions

    if not args.agreement.strip():
        raise CliError("--agreement needs a name or alias, e.g. --agreement LOSUS (an empty one would match every agreement).")
    with _query_warehouse(_existing_db(args.db)) as wh:
        matched = agreements_matching(wh, args.agreement)
        if not matched:
            close = difflib.get_close_matches(args.agreement, agreement_names(wh), n=5, cutoff=0.4)
            hint = f" Close names: {', '.join(close)}." if close else ""
            print(f"paragraf: no agreement matches '{args.agreement}'.{hint}", file=sys.stderr)
            return NO_HITS
        ids = [agreement_id for agreement_id, _ in matched]
        rows = decisions(wh, ids)
        if args.format == "json":  # each item's motions, votes, dissents and conflicts (007_procedure)
            from warehouse.read import with_procedure

            rows = with_procedure(wh, rows)
        rows, timeline = _with_matters(wh, rows, ids, args.timeline)
        if not args.include_sensitive:
            from warehouse.sensitive import guard_decisions, guard_steps

            rows = guard_decisions(wh.con, rows)
            timeline = [group | {"steps": guard_decisions(wh.con, group["steps"]) if group["matter"] is None
                                 else guard_steps(wh.con, group["steps"])} for group in timeline]
    if args.format == "json":
        print(json.dumps(timeline if args.timeline else rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=DECISION_COLUMNS, extrasaction="ignore")  # the contract's columns
        writer.writeheader()
        writer.writerows(rows)
    elif args.timeline:
        names = ", ".join(name for _, name in matched)
        print(f"{_counted(len(rows), 'item')} whose proposal or decision concerns: {names}; their matters, oldest first")
        _print_timeline(timeline)
    else:
        names = ", ".join(name for _, name in matched)
        print(f"{_counted(len(rows), 'item')} whose proposal or decision concerns: {names}")
        for row in rows:
            label = f"§ {row['number']}" if row["source"] == "protokoll" else f"{row['number']}."
            matter = f"  ({row['matter']})" if row.get("matter") else ""
            appeal = f"  överklagbar t.o.m. {row['appeal_until']}" if row.get("appeal_until") else ""
            print(f"{row['meeting_date'] or '':<10}  {row['source']:<9}  {label:>5}  {row['title']}  "
                  f"[{row['organ'] or '–'}, p. {row['page_start']}]{matter}{appeal}")
    return 0 if rows else NO_HITS


# ---------------------------------------------------------------- matters (paragraf matter, decisions --timeline)


def _matters_ready(wh) -> None:
    if "matters" not in {r[0] for r in wh.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}:
        raise CliError(f"{wh.path} was made before matters were stored; run 'paragraf ingest' on it once to upgrade it.")


def _has_matters(wh) -> bool:
    return "matters" in {r[0] for r in wh.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def _with_matters(wh, rows: list[dict], agreement_ids: list[str], timeline: bool) -> tuple[list[dict], list[dict]]:
    """Each decision row with the key of its matter; the timeline when asked (warehouse.matters)."""
    from warehouse.matters import agreement_timeline

    if not _has_matters(wh):
        return [row | {"matter": None} for row in rows], []  # a warehouse from before matters (read-only here)
    return agreement_timeline(wh, rows, agreement_ids, timeline)


def _query_warehouse(path: Path):
    """The reader of `decisions` and `matter`, on one DuckDB thread (warehouse.read.QUERY_THREADS)."""
    from warehouse.read import QUERY_THREADS

    wh = _read_warehouse(path)
    wh.con.execute(f"SET threads = {QUERY_THREADS}")
    return wh


def _step_line(step: dict) -> str:
    if step.get("number") is None:
        where = step.get("source") or ""
    else:
        where = step.get("label") or (f"§ {step['number']}" if step["source"] == "protokoll" else f"{step['number']}.")
    said = step.get("decision") or step.get("proposal") or ""
    said = ("beslut: " if step.get("decision") else "förslag: " if said else "") + " ".join(said.split())
    said = said if len(said) <= 110 else said[:109] + "…"
    return (f"{step.get('meeting_date') or '–':<10}  {(step.get('organ') or '–')[:34]:<34}  {step.get('source') or '':<9}  "
            f"{where:>8}  {step.get('title') or ''}" + (f"\n{'':>68}{said}" if said else ""))


def _counted(n: int, one: str, many: str | None = None) -> str:
    """'1 step', '2 steps', '1 body', '3 bodies'."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _print_timeline(timeline: list[dict]) -> None:
    for group in timeline:
        print(f"\n{'matter ' + group['matter'] if group['matter'] else 'in no matter'}:")
        for step in group["steps"]:
            print("  " + _step_line(step))


def cmd_matter(args: argparse.Namespace) -> int:
    from warehouse.matters import MatterAmbiguous, MatterNotFound, find_matter, matter_path

    with _query_warehouse(_existing_db(args.db)) as wh:
        _matters_ready(wh)
        try:
            key = find_matter(wh, args.text)
        except MatterNotFound:
            raise CliError(f"no matter matches '{args.text}' (neither a diarienummer nor words of a title); "
                           "try fewer words, or 'paragraf search'.", status=NO_HITS) from None
        except MatterAmbiguous as exc:
            listed = "; ".join(f"{k} ({t})" if t else k for k, t in exc.candidates)
            raise CliError(f"'{args.text}' matches {len(exc.candidates)}{'+' if len(exc.candidates) >= 10 else ''} "
                           f"matters: {listed}; give one of these keys.", status=1) from None
        steps = matter_path(wh, key)
        if not args.include_sensitive:
            from warehouse.sensitive import guard_steps

            steps = guard_steps(wh.con, steps)
    if args.format == "json":
        print(json.dumps({"matter": key, "steps": steps}, ensure_ascii=False, indent=2, default=str))
        return 0
    bodies = list(dict.fromkeys(s["organ"] for s in steps if s["organ"]))
    print(f"matter {key}: {_counted(len(steps), 'step')} in {_counted(len(bodies), 'body', 'bodies')} "
          f"({', '.join(bodies)}), oldest first")
    for step in steps:
        print(_step_line(step))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from warehouse.search import SearchUnavailable, marked, search

    path = _existing_db(args.db)
    try:
        _ensure_index(path)
        with _read_warehouse(path) as wh:
            hits = search(wh, args.text, args.limit, body=args.body, organisation=args.organisation, kind=args.kind,
                          date_from=args.date_from, date_to=args.date_to, fuzzy=args.fuzzy,
                          include_sensitive=args.include_sensitive)
            if not args.include_sensitive:
                from warehouse.sensitive import guard_hits

                hits = guard_hits(wh.con, hits)
    except SearchUnavailable as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print(json.dumps(hits, ensure_ascii=False, indent=2, default=str))
        return 0 if hits else NO_HITS
    for hit in hits:
        label = hit.get("item_label") or (str(hit["item_number"]) if hit["item_number"] is not None else None)
        item = f"{label} {hit['item_title'] or ''}".rstrip() if label else "no item"
        where = f"item {item}" if hit["hit"] == "item" else f"page, in item {item}" if label else "page, no item"
        print(f"{hit['score']:6.2f}  {hit['source_path']} p. {hit['page_no']}  ({where})\n"
              f"        {marked(hit['excerpt'], hit.get('marks') or [])}")
    if not hits:
        print(f"no hits for '{args.text}'")
        return NO_HITS
    return 0


def _ensure_index(path: Path) -> None:
    """A search index that is missing or older than the documents (a run
    killed before it was rebuilt) is rebuilt now, when the warehouse may be
    written; otherwise one line says what to do."""
    from warehouse.load import Warehouse
    from warehouse.search import has_index, index_state, rebuild_index

    with _read_warehouse(path) as wh:
        state, snapshot, whole = index_state(wh), wh.published, has_index(wh)
    if state == "current":
        return
    if snapshot is not None:  # an ingest is writing: its snapshot cannot be indexed here
        if whole:
            print(f"paragraf: searching the read snapshot of {path}, whose search index is {state}; "
                  "documents loaded since it was built are found once the ingest has finished", file=sys.stderr)
            return
        raise CliError(f"{path} is being written by an ingest and its read snapshot has no search index yet; "
                       "run the search again when the ingest has finished.")
    if not (is_writable(path) and is_writable(path.parent)):
        raise CliError(f"the search index of {path} is {state} and the warehouse is read-only here; "
                       "run 'paragraf ingest' on it where it can be written.")
    with _warehouse_errors(path), Warehouse(path) as wh:
        if index_state(wh) != "current":
            print(f"paragraf: the search index is {state}; rebuilding it first", file=sys.stderr)
            rebuild_index(wh)


def cmd_schedule(args: argparse.Namespace) -> int:
    """Blocks, running rounds (pipeline.schedule) until SIGTERM or Ctrl-C;
    needs a Prefect server (PREFECT_API_URL) that answers."""
    from pipeline.schedule import Plan, Schedule
    from pipeline.server import api_url, unreachable

    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    if not (args.inbox or args.portal):
        raise CliError("give --inbox FOLDER, --portal URL or both.")
    if args.inbox and not Path(args.inbox).is_dir():
        what = "is not a folder" if Path(args.inbox).exists() else "does not exist"
        raise CliError(f"the inbox {Path(args.inbox).resolve()} {what}; create the folder (mkdir -p) or name an existing one.")
    if not args.every:
        _check_cron(args.cron)
    db = _writable_db(args.db)
    url = api_url()
    if not url:
        raise CliError("a schedule needs a Prefect server: start one (paragraf prefect server start) and set "
                       "PREFECT_API_URL, e.g. http://127.0.0.1:4200/api.")
    if (why := unreachable(url)) is not None:
        raise CliError(f"the Prefect server at {url} (PREFECT_API_URL) cannot be reached ({why}); "
                       "start it (paragraf prefect server start) and run the schedule again.")
    plan = Plan(db=str(db), inbox=args.inbox and str(Path(args.inbox).resolve()), portal=args.portal,
                staging=args.staging and str(Path(args.staging).resolve()), every=args.every,
                cron=None if args.every else args.cron)
    when = f"every {args.every:g} s" if args.every else f"at '{args.cron}'"
    print(f"paragraf: scheduled ingestion into {db}, {when}, runs recorded by {url}; the first round starts now "
          "(SIGTERM or Ctrl-C stops it)", file=sys.stderr, flush=True)
    return Schedule(plan, say=lambda line: print(line, flush=True)).run()


def _check_cron(cron: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=cron)
    except ValueError:
        raise CliError(f"--cron {cron!r} is not a cron expression: five fields, minute hour day month weekday, "
                       "e.g. '*/15 * * * *' (every 15 minutes) or '0 6 * * 1-5' (06:00 on weekdays).") from None


def cmd_bench(args: argparse.Namespace) -> int:
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from pipeline.bench import rate

    if args.what == "memory":
        print(rate.bench_memory(args.pages or 1000))
    elif args.what == "import":
        print(rate.bench_import(args.files or 1000, args.workers))
    elif args.what == "writer":
        print(rate.writer_line(rate.bench_writer(args.files or 1000)))
    elif args.what in ("fuzz", "crash"):
        return _bench_robustness(args.what, args)
    elif args.what == "decisions":
        from pipeline.bench.queries import bench_decisions

        print(bench_decisions(args.items, args.runs))
    elif args.what == "snapshot":
        from pipeline.bench.snapshot import bench_snapshot

        print(bench_snapshot(args.items, min(args.rounds, args.runs), args.db))
    elif args.what == "search":  # the judged query set (pipeline/bench/search.py)
        from pipeline.bench.search import main as bench_search

        if args.db:
            print(bench_search(str(_existing_db(args.db)), args.judge, args.detail, args.json))
        else:  # the index at scale: a synthetic warehouse of --items items
            from pipeline.bench.search import scale

            print(scale(args.items, Path(__file__).resolve().parent.parent / "corpus" / "svom-2025-03-07-protokoll.pdf",
                        min(args.runs, 5)))
    elif args.what == "ocr":
        from pipeline.bench import ocr

        engines = args.engines.split(",") if args.engines else ocr.DEFAULT_ENGINES
        try:
            result = ocr.bench_ocr([Path(p) for p in args.paths or ["corpus-varied"]], [Path(g) for g in args.gold],
                                   engines, args.workers, progress=lambda m: print(m, file=sys.stderr, flush=True))
        except ValueError as exc:
            raise CliError(str(exc)) from None
        print(ocr.report(result))
        if args.json:
            rate.write_json(result, Path(args.json))
    elif args.what == "stages":
        from pipeline.bench import ocr as ocr_bench, stages

        pdfs = ocr_bench._pdfs([Path(p) for p in args.paths or ["corpus"]])
        if not pdfs:
            raise CliError(f"no PDF in {', '.join(args.paths or ['corpus'])}; give PDFs or folders of PDFs")
        print(stages.report(stages.stages(pdfs)))
    elif args.what == "grow":
        from pipeline.bench import grow

        try:
            sizes = [int(x) for x in args.sizes.split(",")] if args.sizes else grow.SIZES
        except ValueError:
            raise CliError(f"--sizes {args.sizes!r} is not a list of numbers; give e.g. --sizes 100,10000") from None
        try:
            result = grow.grow(sizes, added=args.files or grow.ADDED, workers=args.workers, runs=args.runs,
                               progress=lambda m: print(m, file=sys.stderr, flush=True))
        except (ValueError, RuntimeError) as exc:
            raise CliError(f"bench grow stopped: {exc}", status=1) from None
        print(grow.report(result))
        if args.json:
            rate.write_json(result, Path(args.json))
    elif args.what == "pages":  # every page of `paragraf serve` (pipeline/bench/pages.py)
        from pipeline.bench.pages import measure, report

        print(report(measure(args.items, args.runs)))
    else:
        corpus = Path("corpus") if args.what == "corpus" else Path(args.what)
        if not corpus.is_dir():
            raise CliError(f"{corpus} is not a folder of PDFs; give one, e.g. paragraf bench corpus/")
        try:
            return rate.main_bench(str(corpus), args.rounds, args.workers, args.scale, args.scale_dir,
                                   args.items, 500 if args.pages is None else args.pages, args.json, args.backend)
        except ValueError as exc:  # no PDFs in CORPUS
            raise CliError(str(exc)) from None
        except RuntimeError as exc:  # a file the pipeline failed on, or a CLI call that failed: named in the message
            raise CliError(f"bench stopped: {exc}", status=1) from None
    return 0


def _bench_robustness(what: str, args: argparse.Namespace) -> int:
    """`bench fuzz` (pipeline/bench/fuzz.py) and `bench crash` (pipeline/bench/crash.py):
    the report on stdout, exit 0 when nothing was found wrong, 1 otherwise,
    2 on a usage error."""
    try:
        if what == "fuzz":
            from pipeline.bench.fuzz import main_fuzz

            corpus = Path(args.corpus or "corpus")
            if args.corpus is None and not corpus.is_dir():  # run from elsewhere: the repository's samples
                corpus = Path(__file__).resolve().parent.parent / "corpus"
            if not corpus.is_dir():
                raise ValueError(f"{corpus} is not a folder of PDFs to make mutants from; give one with --corpus")
            return main_fuzz(corpus, args.mutants, args.seed, args.workers, args.json)
        from pipeline.bench.crash import main_crash

        return main_crash(args.files or 60, args.kills, args.seed, args.workers, args.json,
                          list_points=args.list_points, with_points=not args.no_points)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def cmd_export(args: argparse.Namespace) -> int:
    import time

    from warehouse.export import DEFAULT_BASE_URL, export_oparl, export_tables

    folder = Path(args.dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file; give a folder to write the export into.")
    started = time.perf_counter()
    with _read_warehouse(_existing_db(args.db)) as wh:
        if args.format == "oparl":
            counts = export_oparl(wh.con, folder, args.include_sensitive, args.base_url or DEFAULT_BASE_URL)
            what = f"{sum(counts.values())} OParl objects ({', '.join(f'{n} {k}' for k, n in sorted(counts.items()))})"
            where = folder / "oparl"
        else:
            counts = export_tables(wh.con, folder, args.format, args.include_sensitive)
            what = f"{len(counts)} tables, {sum(counts.values())} rows, as {args.format}"
            where = folder
    guard = "personal data included (--include-sensitive)" if args.include_sensitive else "personal data masked"
    print(f"exported {what} to {where} in {time.perf_counter() - started:.1f} s; {guard}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Blocks, serving the page until Ctrl-C."""
    from web.app import PortUnavailable, TokenMissing, serve, settings

    path = _existing_db(args.db)
    try:
        settings(args.host)  # refuse before anything listens
        serve(path, args.host, args.port, include_sensitive=args.include_sensitive)
    except (TokenMissing, PortUnavailable) as exc:
        raise CliError(str(exc)) from None
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Watches (warehouse.watches): add and remove write the warehouse, list and news read it."""
    from warehouse.load import Warehouse
    from warehouse.watches import WatchError, add_watch, list_watches, news, remove_watch

    if args.action in ("add", "remove"):
        path = _writable_db(args.db)
        try:
            with _warehouse_errors(path, writing=True), Warehouse(path) as wh:
                watch = add_watch(wh, args.text, args.kind) if args.action == "add" else remove_watch(wh, args.watch_id)
        except WatchError as exc:
            raise CliError(str(exc)) from None
        if args.action == "add":
            print(f"watch {watch['watch_id']}: {watch['kind']} '{watch['text']}'; new hits are recorded after each ingest "
                  f"(paragraf watch news {watch['watch_id']}; paragraf serve: /watch/{watch['watch_id']}.atom)")
        else:
            print(f"removed watch {watch['watch_id']}: {watch['kind']} '{watch['text']}' and its {watch['hits']} recorded hits")
        return 0
    with _read_warehouse(_existing_db(args.db)) as wh:
        if args.action == "list":
            rows = list_watches(wh)
        else:
            if args.watch_id is not None and args.watch_id not in {w["watch_id"] for w in list_watches(wh)}:
                raise CliError(f"there is no watch {args.watch_id}; paragraf watch list shows them")
            rows = news(wh, args.watch_id, limit=args.limit)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    elif args.action == "list":
        for w in rows:
            last = f", last {w['last_hit']:%Y-%m-%d %H:%M}" if w["last_hit"] else ""
            print(f"{w['watch_id']:>3}  {w['kind']:<9}  {w['text']}  ({_counted(w['hits'], 'hit')}{last})")
        if not rows:
            print("no watches; add one with paragraf watch add TEXT [--agreement|--matter|--search]")
    else:
        for hit in rows:
            where = (f"{hit['label'] or (('§ ' if hit['source'] == 'protokoll' else '') + str(hit['number']))} {hit['title'] or ''}"
                     if hit["item_id"] else f"p. {hit['page_no']}")
            print(f"{hit['found_at']:%Y-%m-%d %H:%M}  watch {hit['watch_id']} ({hit['kind']} '{hit['text']}')  "
                  f"{hit['meeting_date'] or '–'}  {hit['organ'] or '–'}  {hit['document_kind']}  {where}  [{hit['source_path']}]")
        if not rows:
            print("no news: the watches have recorded no hits yet")
    return 0 if rows or args.action == "list" else NO_HITS


def cmd_meetings(args: argparse.Namespace) -> int:
    with _read_warehouse(_existing_db(args.db)) as wh:
        rows = wh.meetings_overview()
    print(f"{'date':<10}  {'time':<11}  {'place':<10}  {'documents':<20}  {'pages':>5}  {'organisation':<28}  body")
    for date, organ, start, end, location, kinds, pages, organisation in rows:
        span = f"{start or '':>5}-{end or '':<5}" if start else ""
        print(f"{date.isoformat():<10}  {span:<11}  {(location or ''):<10}  {kinds:<20}  {pages:>5}  "
              f"{(organisation or '–')[:28]:<28}  {organ}")
    return 0


def cmd_problems(args: argparse.Namespace) -> int:
    from itertools import groupby

    from warehouse.read import failed_files, problems

    if args.failed:
        with _read_warehouse(_existing_db(args.db)) as wh:
            failed = failed_files(wh)
        if args.json:
            print(json.dumps(failed, ensure_ascii=False, indent=2))
            return 0
        for row in failed:
            print(f"{row['source_path']}  [{row['error_code']}]\n  {' '.join((row['error'] or '').split())}")
        print(f"{_counted(len(failed), 'file')} failed (paragraf ingest tries them again)" if failed else "no files failed")
        return 0
    with _read_warehouse(_existing_db(args.db)) as wh:
        rows = problems(wh)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    documents = 0
    for (source_path, _), group in groupby(rows, key=lambda r: (r["source_path"], r["document_id"])):
        group = list(group)
        documents += 1
        first = group[0]
        about = ", ".join(str(v) for v in (first["kind"], first["meeting_date"], first["organ"]) if v)
        print(f"{source_path} ({about}): {len(group)} problem{'s' if len(group) > 1 else ''}")
        for row in group:
            page = f"p. {row['page_no']}" if row["page_no"] is not None else "–"
            print(f"  {page:<7} {' '.join(row['message'].split())}")
    print(f"{documents} document{'s' if documents > 1 else ''} loaded with problems, {len(rows)} problems" if rows
          else "no documents loaded with problems")
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["prefect"]:
        return _prefect(argv[1:])
    args = _parser().parse_args(argv)
    return _run(args.func, args)


def _prefect(args: list[str]) -> int:
    """`paragraf prefect …`: the Prefect command line installed beside paragraf
    (`paragraf prefect server start`), whatever PATH holds."""
    prefect = Path(sys.executable).with_name("prefect")
    if not prefect.is_file():
        _say(f"no prefect command beside {sys.executable}; install paragraf with scripts/install (Prefect comes with it).")
        return 2
    sys.stdout.flush()
    os.execv(str(prefect), [str(prefect), *args])
    return 0  # not reached


def _run(command, args: argparse.Namespace) -> int:
    """Run one command; whatever goes wrong around it is one line on stderr."""
    try:
        return command(args)
    except CliError as exc:
        _say(str(exc))
        return exc.status
    except BrokenPipeError:
        _quiet_stdout()
        return 141  # the reader stopped reading (| head): as cat, grep and seq end
    except KeyboardInterrupt:
        _say("interrupted.")
        return 130
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT):
            _say(f"{exc.strerror}: {exc.filename}" if exc.filename else str(exc))
            return 2
        raise
    except Exception as exc:
        duckdb = sys.modules.get("duckdb")
        if duckdb is not None and isinstance(exc, (duckdb.IOException, duckdb.PermissionException)):
            # a full disk, a file another program broke: DuckDB names it on its first line
            _say(f"the warehouse could not be read or written: {str(exc).splitlines()[0]}")
            return 2
        raise


def _say(message: str) -> None:
    try:
        print(f"paragraf: {message}", file=sys.stderr)
    except OSError:
        pass


def _quiet_stdout() -> None:
    """Point stdout at /dev/null, so the flush at exit does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
