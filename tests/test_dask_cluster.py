"""`paragraf ingest --dask ADDRESS` against a real Dask cluster: a `dask
scheduler` and two `dask worker` processes on 127.0.0.1, started as an
operator would start them (not a LocalCluster inside the test process). The
writer stays in this process; extraction runs on the workers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.flows import run_ingest

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]

DASK = Path(sys.executable).with_name("dask")
START_SECONDS = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def cluster(tmp_path):
    """A scheduler and two single-threaded worker processes on loopback; the scheduler's address."""
    if not DASK.exists():
        pytest.skip("the dask command (distributed) is not installed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = [open(tmp_path / f"{name}.log", "w") for name in ("scheduler", "worker-1", "worker-2")]
    common = ["--no-dashboard"]
    processes = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                   *common], stdout=logs[0], stderr=subprocess.STDOUT, cwd=tmp_path)]
    for k, log in enumerate(logs[1:], 1):
        processes.append(subprocess.Popen(
            [str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "1", "--name", f"w{k}",
             "--host", "127.0.0.1", *common], stdout=log, stderr=subprocess.STDOUT, cwd=Path.cwd()))
    from distributed import Client

    try:
        deadline = time.monotonic() + START_SECONDS
        with Client(address, timeout=START_SECONDS) as client:
            while len(client.scheduler_info()["workers"]) < 2:
                if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                    pytest.fail("the Dask cluster did not start: " + " | ".join(
                        (tmp_path / f"{n}.log").read_text()[-400:] for n in ("scheduler", "worker-1", "worker-2")))
                time.sleep(0.5)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs:
            log.close()


def test_ingest_extracts_on_a_real_scheduler_and_two_workers(cluster, corpus_copy, tmp_path):
    from distributed import Client

    db = tmp_path / "w.duckdb"
    files = sorted(corpus_copy.glob("*.pdf"))
    summary = run_ingest(files, db, workers=2, dask=cluster)
    assert (summary.ok, summary.failed, summary.exit_status) == (len(files), 0, 0)
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == len(files)
        assert con.execute("SELECT count(*) FROM items WHERE document_id IN (SELECT document_id FROM documents "
                           "WHERE source_path LIKE '%svom-2025-03-07-protokoll.pdf')").fetchone()[0] == 14
    finally:
        con.close()
    with Client(cluster) as client:  # the extraction ran on the cluster's workers, not in this process
        executed = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert len(executed) == 2 and sum(executed.values()) >= 1
