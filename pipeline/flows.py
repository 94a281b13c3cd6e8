"""Prefect flows: they orchestrate and nothing else.

`ingest_flow` is `pipeline.ingest.ingest` with its batches submitted as Prefect
tasks, so a Prefect server records the run and each extraction task;
`scheduled_ingest` fetches from a portal and ingests on a schedule.
"""

from __future__ import annotations

import os
from pathlib import Path

from prefect import flow
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from extractors.pdf import DEFAULT_BACKEND
from pipeline.ingest import Batch, chosen_engine, default_workers, ingest, outcome, run_local
from pipeline.progress import NullReporter, Reporter, reporting
from pipeline.sources import batches
from pipeline.summary import IngestSummary
from pipeline.tasks import extract

@flow(name="ingest", flow_run_name="ingest {db}", validate_parameters=False)
def ingest_flow(
    paths: list[str],
    db: str,
    backend: str = DEFAULT_BACKEND,
    workers: int = 1,
) -> IngestSummary:
    return ingest(paths, db, backend, workers, _prefect_engine(workers))


def _prefect_engine(workers: int):
    """Batches as Prefect tasks: a task run costs bookkeeping against the API,
    so files go in batches (`pipeline.sources.batches`)."""

    def run(files: Batch, sizes: dict[str, int], backend: str):
        futures = {extract.submit(batch, backend, extra=len(batch) - 1): batch for batch in batches(files, sizes, workers)}
        for future in as_completed(list(futures)):
            yield futures[future], outcome(future)

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
    # Python); a single file is not worth starting a process pool for.
    elif workers > 1:
        runner = ProcessPoolTaskRunner(max_workers=workers)
    else:
        runner = ThreadPoolTaskRunner(max_workers=1)
    configured = ingest_flow.with_options(task_runner=runner)
    # A heartbeat thread costs each flow run a second at exit; a crashed ingest
    # is detected by the warehouse (documents decides what is loaded) instead.
    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}), reporting(reporter or NullReporter()):
        return configured(paths, str(db), backend, workers)


@flow(name="scheduled-ingest", flow_run_name="scheduled ingest {db}")
def scheduled_ingest(db: str, inbox: str | None = None, portal: str | None = None, staging: str | None = None,
                     backend: str = DEFAULT_BACKEND, workers: int = 1) -> IngestSummary:
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
