"""Prefect flows: they orchestrate and nothing else.

`ingest` walks the given paths, skips files whose bytes the warehouse already
holds (read by this extractor version), extracts the rest in parallel worker processes (file paths in, records
out), and hands every record to one writer in this process, which loads it in
its own transaction. A bad file becomes a failed record; the batch goes on.
After loading, the full-text index of `paragraf search` is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import os
import time
import uuid
from pathlib import Path

from prefect import flow
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from extractors.entities import catalogue
from pipeline.progress import NullReporter, Reporter, current_reporter, reporting
from pipeline.sources import batches, discover
from pipeline.summary import FileOutcome, IngestSummary
from pipeline.tasks import extract
from schemas.document import EXTRACTOR_VERSION, DocumentRecord, ErrorCode
from schemas.ids import file_sha256
from warehouse import search
from warehouse.load import Warehouse


def default_workers() -> int:
    return max(1, int(os.environ.get("PARAGRAF_WORKERS", 0)) or (os.cpu_count() or 1))


@flow(name="ingest", flow_run_name="ingest {db}", validate_parameters=False)
def ingest_flow(
    paths: list[str],
    db: str,
    backend: str = "pdfplumber",
    workers: int = 1,
) -> IngestSummary:
    started = time.monotonic()
    started_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    reporter = current_reporter()
    found = discover(paths)
    summary = IngestSummary(passed_over=found.passed_over)
    with Warehouse(db) as wh:
        wh.sync_agreements((a.agreement_id, a.name, list(a.aliases)) for a in catalogue())
        hashes = {str(p): file_sha256(p) for p in found.files}
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
        sizes = {path: os.path.getsize(path) for path, _ in pairs}
        futures = {
            extract.submit(batch, backend, extra=len(batch) - 1): batch
            for batch in batches(pairs, sizes, workers)
        }
        for future in as_completed(list(futures)):
            for record in _results_or_failures(future, futures[future]):
                wh.load_document(record)
                outcome = FileOutcome.from_record(record)
                summary.add(outcome)
                reporter.advance(record.source_path, outcome.outcome, pages=outcome.pages)
        if summary.ok or not search.has_index(wh):
            try:
                search.rebuild_index(wh)
            except search.SearchUnavailable as exc:
                summary.warnings.append(f"search index not built: {exc}")
        summary.seconds = round(time.monotonic() - started, 2)
        wh.record_run(uuid.uuid4().hex, started_at, summary.ok, summary.skipped, summary.failed, summary.pages)
    reporter.finish()
    return summary


def _results_or_failures(future, batch: list[tuple[str, str]]) -> list[DocumentRecord]:
    """A worker that died (killed, out of memory) still yields a failed row per file."""
    try:
        return future.result()
    except Exception as exc:
        return [
            DocumentRecord.failed(
                doc_id,
                path,
                ErrorCode.INTERNAL,
                f"{path} could not be processed: the worker stopped ({type(exc).__name__}: {exc}); "
                "run the ingest again, and report the file if it keeps failing.",
            )
            for path, doc_id in batch
        ]


def run_ingest(
    paths: list[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    backend: str = "pdfplumber",
    workers: int | None = None,
    reporter: Reporter | None = None,
    dask: str | None = None,
) -> IngestSummary:
    """The library entry point behind `paragraf ingest`: one flow run per call.
    `dask` is the address of a Dask scheduler to extract on ('local' starts a
    LocalCluster of `workers` processes); the writer stays in this process."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    workers = workers or default_workers()
    if dask:
        runner = _dask_runner(dask, workers)
    # One worker process per core for real parallelism (pdfminer is pure
    # Python); a single file is not worth starting a process pool for.
    elif workers > 1:
        runner = ProcessPoolTaskRunner(max_workers=workers)
    else:
        runner = ThreadPoolTaskRunner(max_workers=1)
    configured = ingest_flow.with_options(task_runner=runner)
    # A heartbeat thread costs each flow run a second at exit; a crashed ingest
    # is detected by the warehouse (documents decides what is loaded) instead.
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}), reporting(reporter or NullReporter()):
        return configured([str(Path(p)) for p in paths], str(db), backend, workers)


@flow(name="scheduled-ingest", flow_run_name="scheduled ingest {db}")
def scheduled_ingest(db: str, inbox: str | None = None, portal: str | None = None, staging: str | None = None,
                     backend: str = "pdfplumber", workers: int = 1) -> IngestSummary:
    """One scheduled round: fetch what the portal has that staging lacks, then
    ingest the inbox and staging; unchanged files are skipped by their sha256,
    so a round with nothing new loads nothing."""
    from pipeline.portal import fetch_new

    paths = [p for p in (inbox,) if p]
    if portal:
        folder = Path(staging or Path(db).with_name("portal-staging"))
        fetch_new(portal, folder)
        paths.append(str(folder))
    for path in paths:
        Path(path).mkdir(parents=True, exist_ok=True)
    return ingest_flow(paths, db, backend, workers)


def _dask_runner(address: str, workers: int):
    from prefect_dask import DaskTaskRunner

    if address == "local":
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None},
        )
    return DaskTaskRunner(address=address)
