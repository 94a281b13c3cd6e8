"""One ingest, whoever runs the extraction: the orchestration both engines share.

`ingest` walks the given paths, skips files whose bytes the warehouse already
holds (read by this extractor version), hands the rest to an *extraction
engine* (file paths in, records out, in parallel), and gives every record to
one writer in this process, which loads each document whole inside one
transaction (documents that arrive together share it). A bad file becomes a
failed record; the batch goes on. The writer indexes each document for
`paragraf search` in its own transaction; at the run's end, documents stored
without the index (an older warehouse) are indexed and the index's levels
that grew past their size are merged (warehouse/search.py).

Two engines:
- `pipeline.flows` submits batches of files as Prefect tasks inside a Prefect
  flow run (a server records it: the scheduled path, `--engine prefect`);
- `local_engine` here hands files one by one to a process pool whose workers
  come from a fork server, with no Prefect at all: a one-file `paragraf
  ingest` on a machine with no Prefect server configured would otherwise
  wait 6–12 s for Prefect to start a temporary API server, longer than
  reading the file.
Both load exactly the same rows (tests/test_ingest_flow.py).

Stopping: Ctrl-C (SIGINT) asks the ingest to stop (`stop_requested`); the
engines stop waiting, stop their workers (SIGTERM: each kills its reader
child), the records already received are loaded whole, and `ingest` raises
`Interrupted` carrying the summary of what was saved. A second Ctrl-C leaves
at once (committed documents are kept; an open transaction is discarded, as
after a crash). Files not read are simply read by the next run.

Temporary files of the readers live in one folder per run
(`pipeline.scratch`), which the next run removes if this one was killed.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import threading
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import duckdb

from extractors.entities.agreements import catalogue
from extractors.reading.guard import close_readers
from pipeline.extract import extract_batch
from pipeline.progress import NullReporter, Reporter, current_reporter, reporting
from pipeline.scratch import run_scratch
from pipeline.workerinit import start_worker
from pipeline.sources import discover
from pipeline.summary import FileOutcome, IngestSummary
from schemas.document import EXTRACTOR_VERSION, DocumentRecord, ErrorCode
from schemas.ids import file_sha256, path_id
from warehouse import search, snapshot, watches
from warehouse.load import Warehouse

Batch = list[tuple[str, str]]  # (path, document_id)
LOAD_GROUP_DOCUMENTS = 16  # documents loaded in one transaction at most …
LOAD_GROUP_SECONDS = 0.5  # … or what arrived within this long
# An engine: the files to read (with their sizes) and a backend in; each batch
# it made back with its records, or with the exception that lost them (a
# worker that died), in any order.
Engine = Callable[[Batch, dict[str, int], str], Iterable[tuple[Batch, "list[DocumentRecord] | BaseException"]]]


ENGINES = ("auto", "local", "prefect")
POLL_SECONDS = 0.1  # how often an engine waiting on its workers looks whether it should stop


class Interrupted(KeyboardInterrupt):
    """Ctrl-C stopped an ingest: `summary` tells what was saved (each document
    whole), `unread` how many files were not read (the next run reads them)."""

    def __init__(self, summary: IngestSummary, unread: int) -> None:
        super().__init__(f"interrupted: {unread} files not read")
        self.summary, self.unread = summary, unread


_stop = threading.Event()
_pools: list[ProcessPoolExecutor] = []  # the local engine's worker pool while it runs
_statements: list = []  # a warehouse whose long statement Ctrl-C may interrupt (the index rebuild)


@contextmanager
def _interrupts_statements(wh: Warehouse) -> Iterator[None]:
    _statements.append(wh.con)
    try:
        yield
    finally:
        _statements.remove(wh.con)


def stop_requested() -> bool:
    """Whether the user asked the running ingest to stop (engines poll this)."""
    return _stop.is_set()


def _stop_workers(pids: Iterable[int]) -> None:
    for pid in list(pids):
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


def _stop_all_workers() -> None:
    """Leaving at once: the fork server first (so it starts no worker the pool
    asked for), then every worker (each kills its reader child). A worker left
    alive would wait on its task queue for ever, holding the terminal."""
    from multiprocessing import forkserver

    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server:
        try:
            os.kill(server, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for pool in list(_pools):
        _stop_workers(pool._processes or {})


@contextmanager
def _interruptible() -> Iterator[None]:
    """SIGINT asks the ingest to stop (once), or leaves at once (twice).
    Only the main thread can take signals; elsewhere Ctrl-C is the caller's."""
    _stop.clear()
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_interrupt(signum, frame) -> None:
        if _stop.is_set():
            _stop_all_workers()
            os.write(2, b"paragraf: stopped at once; documents already loaded are kept, run the same command again.\n")
            os._exit(130)
        _stop.set()
        for con in list(_statements):
            con.interrupt()
        os.write(2, b"paragraf: stopping after the documents in hand are saved (Ctrl-C again to stop at once)\n")

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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
    with run_scratch():  # before the fork server starts: its children inherit TMPDIR
        start_workers_early()
        with reporting(reporter or NullReporter()):
            return ingest([str(p) for p in paths], str(db), backend, workers, local_engine(workers))


def default_workers() -> int:
    return max(1, int(os.environ.get("PARAGRAF_WORKERS", 0)) or (os.cpu_count() or 1))


def ingest(paths: list[str], db: str, backend: str, workers: int, engine: Engine) -> IngestSummary:
    with run_scratch(), _interruptible():
        summary = _ingest(paths, db, backend, workers, engine)
    _record_watches(db, summary)
    return summary


def _record_watches(db: str, summary: IngestSummary) -> None:
    """Each watch asked about the documents this run loaded first
    (warehouse.watches). A fault here costs the news, never the load: it is a
    warning, and the next run asks again."""
    if not summary.ok:
        return
    try:
        with Warehouse(db) as wh:
            summary.watch_news = {k: v for k, v in watches.record_new_hits(wh).items() if v}
    except Exception as exc:  # noqa: BLE001 - derived data: the documents are stored
        summary.warnings.append(f"watches not asked about the new documents ({type(exc).__name__}: {exc}); "
                                "the next ingest asks again")


def _ingest(paths: list[str], db: str, backend: str, workers: int, engine: Engine) -> IngestSummary:
    started = time.monotonic()
    started_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    reporter = current_reporter()
    found = discover(paths)
    summary = IngestSummary(passed_over=found.passed_over)
    with Warehouse(db) as wh:
        publisher = snapshot.Publisher(wh, prepare=lambda: _index_for_readers(wh))
        publisher.start()  # readers of a warehouse that has no current snapshot get one before the load
        wh.sync_agreements((a.agreement_id, a.name, list(a.aliases)) for a in catalogue())
        hashes: dict[str, str] = {}
        for p in found.files:
            if stop_requested():
                break
            hashes[str(p)] = _hash_or_path_id(p)
        known = wh.statuses(hashes.values())
        todo: dict[str, str] = {}  # document_id → path, each distinct content once
        reporter.start(len(found.files))
        try:
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
            if (plan := getattr(reporter, "plan", None)) is not None:  # a reporter of a library user may lack it
                plan(sizes, workers)  # the bar's estimate and the file being read (pipeline.progress)
            waiting: list[DocumentRecord] = []
            since = time.monotonic()

            def load() -> None:
                # a file rewritten after it was hashed comes back under its new bytes' id, perhaps one already stored
                stored = wh.load_documents(waiting, {r.document_id for r in waiting if r.document_id in todo} - known.keys())
                for record in stored:  # a document the warehouse could not hold comes back failed
                    outcome = FileOutcome.from_record(record)
                    summary.add(outcome)
                    reporter.advance(record.source_path, outcome.outcome, pages=outcome.pages,
                                     detail=f"[{outcome.error_code}] {outcome.error}" if outcome.error_code else "")
                waiting.clear()
                publisher.committed()  # readers see the loads so far (throttled: see warehouse.snapshot)

            if not stop_requested():
                results = engine(pairs, sizes, backend)
                try:
                    for batch, result in results:
                        if stop_requested() and isinstance(result, BaseException):
                            break  # a worker stopped because we stopped it: its files are unread, not failed
                        if not waiting:
                            since = time.monotonic()
                        waiting.extend(_records(result, batch))
                        # records that arrive close together share a transaction (each
                        # document whole in it): a statement costs the same for 1 row or 500
                        if len(waiting) >= LOAD_GROUP_DOCUMENTS or time.monotonic() - since >= LOAD_GROUP_SECONDS:
                            load()
                        if stop_requested():
                            break
                finally:
                    close = getattr(results, "close", None)
                    if close is not None:
                        close()  # an engine left early stops its workers
            if waiting:
                load()
            close_readers()  # an engine that extracted in this process leaves no reader child behind
            if not stop_requested():
                try:
                    with _interrupts_statements(wh):
                        if search.index_state(wh) != "current":
                            search.update_index(wh)  # documents stored without the index (an older warehouse)
                        search.compact(wh)  # the run's end: levels of the index grown past their size merged
                except search.SearchUnavailable as exc:
                    summary.warnings.append(f"search index not built: {exc}")
                except duckdb.InterruptException:
                    pass  # Ctrl-C: the index stays as it was (each merge is whole or not at all)
            interrupted = stop_requested()
            summary.seconds = round(time.monotonic() - started, 2)
            wh.record_run(uuid.uuid4().hex, started_at, summary.ok, summary.skipped, summary.failed, summary.pages)
            if not interrupted:
                publisher.publish()  # the whole run, for readers (an interrupted one: they read the main file)
            summary.warnings.extend(publisher.warnings)
        finally:
            reporter.finish()
    if interrupted:
        raise Interrupted(summary, len(found.files) - len(summary.files))
    return summary


def _index_for_readers(wh: Warehouse) -> bool:
    """Before a snapshot is published: the search index made current, so a
    reader of the snapshot searches every document it holds. False (do not
    publish now) when Ctrl-C stopped the rebuild."""
    if stop_requested():
        return False
    try:
        if search.index_state(wh) != "current":
            with _interrupts_statements(wh):
                search.update_index(wh)
    except search.SearchUnavailable:
        pass  # published without an index; the run's end says why
    except duckdb.InterruptException:
        return False
    return True


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
    import sys
    from multiprocessing import forkserver

    # An ingest left at once (a second Ctrl-C) leaves the pool's semaphores to
    # multiprocessing's resource tracker, which removes them; quietly, not
    # with a warning on the user's terminal. Its flags come from ours.
    quiet = "ignore:resource_tracker:UserWarning"
    if quiet not in sys.warnoptions:
        sys.warnoptions.append(quiet)
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
        pool = ProcessPoolExecutor(max_workers=min(workers, len(todo)), mp_context=worker_context(), initializer=start_worker)
        _pools.append(pool)
        pending = {pool.submit(extract_batch, batch, backend): batch for batch in todo}
        try:
            while pending and not stop_requested():
                done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                for future in done:
                    yield pending.pop(future), outcome(future)
        finally:
            if pending:  # stopped early: the files in hand are dropped, not waited for
                _stop_workers(pool._processes or {})
            pool.shutdown(wait=True, cancel_futures=True)
            _pools.remove(pool)

    return run
