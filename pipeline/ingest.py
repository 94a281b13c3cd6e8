"""One ingest, whoever runs the extraction: the orchestration both engines share.

`ingest` walks the given paths, skips files whose bytes the warehouse already
holds (read by this extractor version), hands the rest to an *extraction
engine* (file paths in, records out, in parallel), and gives every record to
one writer in this process, which loads each document whole inside one
transaction (documents that arrive together share it). A bad file becomes a
failed record; the batch goes on. After loading, the full-text index of
`paragraf search` is rebuilt.

Two engines:
- `pipeline.flows` submits batches of files as Prefect tasks inside a Prefect
  flow run (a server records it: the scheduled path, `--engine prefect`);
- `local_engine` here hands files one by one to a process pool whose workers
  come from a fork server, with no Prefect at all: a one-file `paragraf
  ingest` on a machine with no Prefect server configured would otherwise
  wait 6–12 s for Prefect to start a temporary API server, longer than
  reading the file.
Both load exactly the same rows (tests/test_ingest_flow.py).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Callable, Iterable, Iterator

from extractors.entities import catalogue
from extractors.guard import close_readers, extract_files
from pipeline.progress import NullReporter, Reporter, current_reporter, reporting
from pipeline.sources import discover
from pipeline.summary import FileOutcome, IngestSummary
from schemas.document import EXTRACTOR_VERSION, DocumentRecord, ErrorCode
from schemas.ids import file_sha256, path_id
from warehouse import search
from warehouse.load import Warehouse

Batch = list[tuple[str, str]]  # (path, document_id)
LOAD_GROUP_DOCUMENTS = 16  # documents loaded in one transaction at most …
LOAD_GROUP_SECONDS = 0.5  # … or what arrived within this long
# An engine: the files to read (with their sizes) and a backend in; each batch
# it made back with its records, or with the exception that lost them (a
# worker that died), in any order.
Engine = Callable[[Batch, dict[str, int], str], Iterable[tuple[Batch, "list[DocumentRecord] | BaseException"]]]


ENGINES = ("auto", "local", "prefect")


def chosen_engine(engine: str) -> str:
    """'auto' is Prefect when a Prefect server is configured (PREFECT_API_URL
    in the environment), else the local engine: without a server Prefect
    would start a temporary one for every call (6–12 s)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if engine == "auto":
        return "prefect" if os.environ.get("PREFECT_API_URL") else "local"
    return engine


def run_local(paths, db, backend: str, workers: int | None = None, reporter: Reporter | None = None) -> IngestSummary:
    """`ingest` on the local engine: no Prefect imported, no server needed."""
    workers = workers or default_workers()
    start_workers_early()
    with reporting(reporter or NullReporter()):
        return ingest([str(p) for p in paths], str(db), backend, workers, local_engine(workers))


def default_workers() -> int:
    return max(1, int(os.environ.get("PARAGRAF_WORKERS", 0)) or (os.cpu_count() or 1))


def ingest(paths: list[str], db: str, backend: str, workers: int, engine: Engine) -> IngestSummary:
    started = time.monotonic()
    started_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    reporter = current_reporter()
    found = discover(paths)
    summary = IngestSummary(passed_over=found.passed_over)
    with Warehouse(db) as wh:
        wh.sync_agreements((a.agreement_id, a.name, list(a.aliases)) for a in catalogue())
        hashes = {str(p): _hash_or_path_id(p) for p in found.files}
        known = wh.statuses(hashes.values())
        todo: dict[str, str] = {}  # document_id → path, each distinct content once
        reporter.start(len(hashes))
        for path, doc_id in hashes.items():
            already_ok = known.get(doc_id) == ("ok", EXTRACTOR_VERSION)
            if already_ok:
                wh.update_source_path(doc_id, path)
            if already_ok or doc_id in todo:
                summary.add(FileOutcome(path=path, document_id=doc_id, outcome="skipped"))
                reporter.advance(path, "skipped")
            else:
                todo[doc_id] = path
        pairs = [(path, doc_id) for doc_id, path in todo.items()]
        sizes = {path: os.path.getsize(path) if os.path.isfile(path) else 0 for path, _ in pairs}
        waiting: list[DocumentRecord] = []
        since = time.monotonic()

        def load() -> None:
            # a file rewritten after it was hashed comes back under its new bytes' id, perhaps one already stored
            wh.load_documents(waiting, {r.document_id for r in waiting if r.document_id in todo} - known.keys())
            for record in waiting:
                outcome = FileOutcome.from_record(record)
                summary.add(outcome)
                reporter.advance(record.source_path, outcome.outcome, pages=outcome.pages)
            waiting.clear()

        for batch, result in engine(pairs, sizes, backend):
            if not waiting:
                since = time.monotonic()
            waiting.extend(_records(result, batch))
            # records that arrive close together share a transaction (each
            # document whole in it): a statement costs the same for 1 row or 500
            if len(waiting) >= LOAD_GROUP_DOCUMENTS or time.monotonic() - since >= LOAD_GROUP_SECONDS:
                load()
        if waiting:
            load()
        close_readers()  # an engine that extracted in this process leaves no reader child behind
        if summary.ok or not search.has_index(wh):
            try:
                search.rebuild_index(wh)
            except search.SearchUnavailable as exc:
                summary.warnings.append(f"search index not built: {exc}")
        summary.seconds = round(time.monotonic() - started, 2)
        wh.record_run(uuid.uuid4().hex, started_at, summary.ok, summary.skipped, summary.failed, summary.pages)
    reporter.finish()
    return summary


def _hash_or_path_id(path) -> str:
    """The file's sha256; a file gone before it could be hashed is handed to
    the readers under an id made from its path, and they report it `missing`."""
    try:
        return file_sha256(path)
    except OSError:
        return path_id(path)


def _records(result: list[DocumentRecord] | BaseException, batch: Batch) -> list[DocumentRecord]:
    """A worker that died (killed, out of memory) still yields a failed row per file."""
    if not isinstance(result, BaseException):
        return result
    return [
        DocumentRecord.failed(
            doc_id,
            path,
            ErrorCode.INTERNAL,
            f"{path} could not be processed: the worker stopped ({type(result).__name__}: {result}); "
            "run the ingest again, and report the file if it keeps failing.",
        )
        for path, doc_id in batch
    ]


def outcome(future) -> list[DocumentRecord] | BaseException:
    """A finished extraction's records, or what stopped its worker: a dead
    worker costs its batch (failed rows), never the run."""
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001
        return exc


def worker_context():
    """Where extraction workers come from: a fork server, started once, that
    imports the readers and rules (`pipeline.worker`) and forks each worker.
    Forking from the writer instead would hand every worker, and every
    per-file child, the writer's DuckDB and Arrow (about 70 MB resident each,
    counted again in every child); spawning would import the rules again in
    each worker (about a second)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.worker"])
    return context


def start_workers_early() -> None:
    """Start the fork server now, so it loads the rules while the writer opens
    the warehouse and hashes the files."""
    from multiprocessing import forkserver

    worker_context()
    forkserver.ensure_running()


def local_engine(workers: int) -> Engine:
    """Batches in worker processes (one per core: pdfium and the rules are
    CPU-bound Python) from the fork server of `worker_context`."""

    def run(files: Batch, sizes: dict[str, int], backend: str) -> Iterator[tuple[Batch, list[DocumentRecord] | BaseException]]:
        if not files:
            return
        # No per-task bookkeeping here, so one file per task, largest first:
        # the workers finish together instead of one waiting on a long PDF.
        todo = [[pair] for pair in sorted(files, key=lambda pair: sizes.get(pair[0], 0), reverse=True)]
        with ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=worker_context()) as pool:
            pending = {pool.submit(extract_files, batch, backend): batch for batch in todo}
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), outcome(future)

    return run
