"""Prefect flows: they orchestrate and nothing else.

`ingest_flow` is `pipeline.ingest.ingest` with its batches submitted as Prefect
tasks, so a Prefect server records the run and each extraction task;
`scheduled_ingest` fetches from a portal and ingests on a schedule.

A flow run tells what happened in Prefect's own terms: one line per file in
the run's log, the summary as a markdown artifact, and a final state whose
message is the summary — `Completed` with "failed N of M files …" and a table
artifact of the failed files when some files failed (the batch itself
succeeded: every file has its row), `Failed` when the batch itself failed (the
warehouse could not be opened or written: the exception is the state's).
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.futures import wait
from prefect.states import Completed, State
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from extractors.reading.backends import DEFAULT_BACKEND
from pipeline.ingest import POLL_SECONDS, Batch, chosen_engine, default_workers, ingest, outcome, run_local, stop_requested
from pipeline.progress import Both, LogReporter, NullReporter, Reporter, current_reporter, reporting
from pipeline.scratch import run_scratch
from pipeline.sources import batches, discover
from pipeline.summary import IngestSummary
from pipeline.tasks import extract

@flow(name="ingest", flow_run_name="ingest {db}", validate_parameters=False)
def ingest_flow(
    paths: list[str],
    db: str,
    backend: str = DEFAULT_BACKEND,
    workers: int = 1,
) -> State:
    with reporting(Both(current_reporter(), LogReporter(get_run_logger()))):
        summary = ingest(paths, db, backend, workers, _prefect_engine(workers))
    return report_run(summary, db)


def report_run(summary: IngestSummary, db: str) -> State:
    """The summary as the run's artifacts, and the run's final state (whose
    result is the summary itself)."""
    create_markdown_artifact(
        key="ingest-summary",
        markdown=f"**{summary.line()}**\n\nwarehouse: `{db}`\n\n"
        + "".join(f"- passed over: {note}\n" for note in summary.passed_over)
        + "".join(f"- warning: {note}\n" for note in summary.warnings),
        description="paragraf ingest: what this run loaded",
    )
    failed = [f for f in summary.files if f.outcome == "failed"]
    if not failed:
        return Completed(message=summary.line(), data=summary)
    create_table_artifact(
        key="ingest-failed-files",
        table=[{"path": f.path, "error_code": f.error_code, "error": f.error, "document_id": f.document_id} for f in failed],
        description=f"paragraf ingest: the {len(failed)} files that failed, each stored with status 'failed'",
    )
    return Completed(message=f"failed {len(failed)} of {len(summary.files)} files; {summary.line()}", data=summary)


def _prefect_engine(workers: int):
    """Batches as Prefect tasks: a task run costs bookkeeping against the API,
    so files go in batches (`pipeline.sources.batches`)."""

    def run(files: Batch, sizes: dict[str, int], backend: str):
        futures = {extract.submit(batch, backend, extra=len(batch) - 1): batch for batch in batches(files, sizes, workers)}
        pending = list(futures)
        while pending and not stop_requested():
            done, pending = wait(pending, timeout=POLL_SECONDS)
            pending = list(pending)
            if not done:
                yield [], []  # still waiting: the writer commits what it holds (pipeline.ingest.local_engine)
            for future in done:
                yield futures[future], outcome(future)
        for future in pending:  # stopped: what has not started is not started
            wrapped = getattr(future, "wrapped_future", None)
            if wrapped is not None:
                wrapped.cancel()

    return run


def run_ingest(
    paths: list[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    backend: str = DEFAULT_BACKEND,
    workers: int | None = None,
    reporter: Reporter | None = None,
    dask: str | None = None,
    engine: str = "prefect",
) -> IngestSummary:
    """The library entry point behind `paragraf ingest`: one Prefect flow run
    per call, or with `engine='local'` the same ingest without Prefect ('auto':
    see `chosen_engine`). `dask` is the address of a Dask scheduler to extract
    on ('local' starts a LocalCluster of `workers` processes); the writer stays
    in this process."""
    workers = workers or default_workers()
    paths = [str(Path(p)) for p in paths]
    if chosen_engine("prefect" if dask else engine) == "local":
        return run_local(paths, db, backend, workers, reporter)

    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    if dask:
        runner = _dask_runner(dask, workers)
    # One worker process per core for real parallelism (the rules are pure
    # Python); a single file is not worth starting a process pool for (each
    # pool process imports Prefect and the rules again: about 6 s on two cores).
    elif workers > 1 and len(discover(paths).files) > 1:
        runner = ProcessPoolTaskRunner(max_workers=workers)
    else:
        runner = ThreadPoolTaskRunner(max_workers=1)
    configured = ingest_flow.with_options(task_runner=runner)
    # A heartbeat thread costs each flow run a second at exit; a crashed ingest
    # is detected by the warehouse (documents decides what is loaded) instead.
    with run_scratch(), temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}), reporting(reporter or NullReporter()):
        return configured(paths, str(db), backend, workers)


@flow(name="scheduled-ingest", flow_run_name="scheduled ingest {db}")
def scheduled_ingest(db: str, inbox: str | None = None, portal: str | None = None, staging: str | None = None,
                     backend: str = DEFAULT_BACKEND, workers: int = 1) -> State:
    """One scheduled round: fetch what the portal has that staging lacks, then
    ingest the inbox and staging; unchanged files are skipped by their sha256,
    so a round with nothing new loads nothing."""
    from pipeline.portal import fetch_new

    paths = [p for p in (inbox,) if p]
    if inbox and not Path(inbox).is_dir():  # gone since the schedule started: say so, make nothing up
        raise FileNotFoundError(f"the inbox folder {inbox} does not exist (any more); create it or change the schedule.")
    if portal:
        folder = Path(staging or Path(db).with_name("portal-staging"))
        folder.mkdir(parents=True, exist_ok=True)
        fetch_new(portal, folder)
        paths.append(str(folder))
    # the round ends in the state of its ingest: "failed N of M files" shows on the scheduled run too
    return ingest_flow(paths, db, backend, workers, return_state=True)


def _dask_runner(address: str, workers: int):
    from prefect_dask import DaskTaskRunner

    if address == "local":
        return DaskTaskRunner(
            cluster_class="distributed.LocalCluster",
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None},
        )
    return DaskTaskRunner(address=address)
