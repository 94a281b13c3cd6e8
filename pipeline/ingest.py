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
from collections import deque
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
from schemas import faults
from schemas.document import EXTRACTOR_VERSION, DocumentRecord, ErrorCode, Problem
from schemas.faults import crash_point
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
    faults.arm(os.getpid())  # before the fork server starts: its children inherit the environment
    with run_scratch():  # before the fork server starts: its children inherit TMPDIR
        start_workers_early()
        with reporting(reporter or NullReporter()):
            return ingest([str(p) for p in paths], str(db), backend, workers, local_engine(workers))


def default_workers() -> int:
    return max(1, int(os.environ.get("PARAGRAF_WORKERS", 0)) or (os.cpu_count() or 1))


def ingest(paths: list[str], db: str, backend: str, workers: int, engine: Engine) -> IngestSummary:
    faults.arm(os.getpid())
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
        publisher = snapshot.Publisher(wh, prepare=lambda: _ready_for_readers(wh))
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
        crash_point("after-walk")
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
            asked = {path: doc_id for doc_id, path in todo.items()}
            loaded: set[str] = set()  # ids this run has stored
            if (plan := getattr(reporter, "plan", None)) is not None:  # a reporter of a library user may lack it
                plan(sizes, workers)  # the bar's estimate and the file being read (pipeline.progress)
            waiting: list[DocumentRecord] = []
            since = time.monotonic()

            def load() -> None:
                records = [_as_read(r, asked, todo, known, loaded) for r in waiting]
                # a file rewritten after it was hashed comes back under its new bytes' id, perhaps one already stored
                new = {r.document_id for r in records if r.document_id in todo} - known.keys() - loaded
                stored = wh.load_documents(records, new, settle=False)  # matters: once before a snapshot, and at the end
                for record in stored:  # a document the warehouse could not hold comes back failed
                    loaded.add(record.document_id)
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
                        # document whole in it): a statement costs the same for 1 row or 500;
                        # an engine says it is still waiting (an empty batch) often enough that a
                        # document finished alone is committed within LOAD_GROUP_SECONDS
                        if waiting and (len(waiting) >= LOAD_GROUP_DOCUMENTS
                                        or time.monotonic() - since >= LOAD_GROUP_SECONDS):
                            load()
                        if stop_requested():
                            break
                finally:
                    close = getattr(results, "close", None)
                    if close is not None:
                        close()  # an engine left early stops its workers
            if waiting:
                load()
            crash_point("after-last-load")
            close_readers()  # an engine that extracted in this process leaves no reader child behind
            wh.settle_matters(if_stale=True)  # after the loads, or after a run killed before it settled
            if not stop_requested():
                try:
                    with _interrupts_statements(wh):
                        _update_index(wh, run_end=True)
                except search.SearchUnavailable as exc:
                    summary.warnings.append(f"search index not built: {exc}")
                except duckdb.InterruptException:
                    pass  # Ctrl-C: the index stays as it was (each merge is whole or not at all)
            interrupted = stop_requested()
            summary.seconds = round(time.monotonic() - started, 2)
            wh.record_run(uuid.uuid4().hex, started_at, summary.ok, summary.skipped, summary.failed, summary.pages)
            crash_point("after-run-record")
            if not interrupted:
                publisher.publish()  # the whole run, for readers (an interrupted one: they read the main file)
            summary.warnings.extend(publisher.warnings)
        finally:
            reporter.finish()
    publisher.left()  # the main file as this writer left it: the next one brings the snapshot up to date from it
    if interrupted:
        raise Interrupted(summary, len(found.files) - len(summary.files))
    return summary


def _update_index(wh: Warehouse, run_end: bool = False) -> None:
    """The search index brought up to date with the documents — the
    documents stored without it indexed (each document's own load indexes
    it: an older warehouse, a run without the dictionary), and at a run's
    end the levels grown past their size merged — and the commit
    checkpointed into the file at once: a write-ahead log holding a merged
    index is what a read-only open cannot replay (DuckDB #24103), so the
    window in which a killed writer leaves one is kept to this step."""
    if search.index_state(wh) != "current":
        search.update_index(wh)
    if run_end:
        search.compact(wh)
        crash_point("after-index")
    wh.con.execute("CHECKPOINT")


def _as_read(record: DocumentRecord, asked: dict[str, str], todo: dict[str, str], known: dict, loaded: set[str]) -> DocumentRecord:
    """A record whose bytes are not those the walk hashed (the file was
    rewritten while the batch ran) is stored under the hash of what was read
    — unless that content is another file's of this batch, or already
    stored: then this file's row says what happened (`changed`), under the id
    it was found with, and the content is the other file's row."""
    found_as = asked.get(record.source_path)
    if found_as is None or record.document_id == found_as:
        return record
    now = record.document_id
    if now in todo or now in known or now in loaded:
        other = todo.get(now)
        held = f"the content of {other}, which this batch reads too" if other else "a document the warehouse holds"
        return DocumentRecord.failed(
            found_as, record.source_path, ErrorCode.CHANGED,
            f"{record.source_path} changed while the batch ran: its bytes are now {held} "
            f"(sha256 {now[:12]}…); run the ingest again to read it as it is now.")
    record.problems.insert(0, Problem(message=(
        f"the file changed while the batch ran (it was found with sha256 {found_as[:12]}…); what was read is "
        f"stored, under the sha256 of those bytes ({now[:12]}…)")))
    return record


def _ready_for_readers(wh: Warehouse) -> bool:
    """Before a snapshot is published: the matters settled and the search
    index made current, so a reader of the snapshot finds every document it
    holds. False (do not publish now) when Ctrl-C stopped the rebuild."""
    if stop_requested():
        return False
    wh.settle_matters(if_stale=True)
    try:
        if search.index_state(wh) != "current":
            with _interrupts_statements(wh):
                _update_index(wh)
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
    # pipeline.worker: the fork server dies with us (its parent-death signal only when this is our main
    # thread); in its environment alone, so no other process we start takes it for its own
    saved = os.environ.get("PARAGRAF_FORK_SERVER_OF")
    os.environ["PARAGRAF_FORK_SERVER_OF"] = (
        f"{os.getpid()}:{'main' if threading.current_thread() is threading.main_thread() else 'thread'}")
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            os.environ.pop("PARAGRAF_FORK_SERVER_OF", None)
        else:
            os.environ["PARAGRAF_FORK_SERVER_OF"] = saved


def local_engine(workers: int) -> Engine:
    """Files in worker processes (one per core: pdfium and the rules are
    CPU-bound Python) from the fork server of `worker_context`, one file a
    task (no per-task bookkeeping here).

    Order: the largest files first keep the workers finishing together, but
    a run stopped after a minute would then have finished nothing while both
    workers read long scans. So at most half the workers (rounded down) read
    from the large end of the list, the rest from the small end: documents
    finish, and are committed, from the first seconds on, and one worker
    alone reads the smallest first. While it waits, the engine hands the
    writer an empty batch every POLL_SECONDS, so a document finished alone is
    committed without waiting for the next."""

    def run(files: Batch, sizes: dict[str, int], backend: str) -> Iterator[tuple[Batch, list[DocumentRecord] | BaseException]]:
        if not files:
            return
        queue = deque(sorted(files, key=lambda pair: sizes.get(pair[0], 0), reverse=True))
        large_lane = min(workers, len(queue)) // 2
        # the writer holds the only write end: the workers' pipe reaches end of file when it is gone
        alive_r, alive_w = worker_context().Pipe(duplex=False)
        pool = ProcessPoolExecutor(max_workers=min(workers, len(queue)), mp_context=worker_context(),
                                   initializer=start_worker, initargs=(alive_r,))
        _pools.append(pool)
        pending: dict = {}  # future → (batch, lane)

        def hand_out() -> None:
            while queue and len(pending) <= min(workers, len(files)):  # one queued beyond the workers: none waits
                lane = "large" if sum(v[1] == "large" for v in pending.values()) < large_lane else "small"
                pair = queue.popleft() if lane == "large" else queue.pop()
                pending[pool.submit(extract_batch, [pair], backend)] = ([pair], lane)

        try:
            hand_out()
            while pending and not stop_requested():
                done, _ = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
                if not done:
                    yield [], []
                for future in done:
                    batch, _ = pending.pop(future)
                    hand_out()
                    yield batch, outcome(future)
        finally:
            if pending:  # stopped early: the files in hand are dropped, not waited for
                _stop_workers(pool._processes or {})
            pool.shutdown(wait=True, cancel_futures=True)
            _pools.remove(pool)
            alive_r.close()
            alive_w.close()

    return run
