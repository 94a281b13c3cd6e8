"""Once end to end against a real `prefect server` on 127.0.0.1: the CLI in its
own process, pointed at the server, records one completed flow run with one
extract task run per batch of files."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.flow


def test_cli_ingest_is_recorded_on_a_real_server(prefect_server, tmp_path):
    api, home = prefect_server
    db = tmp_path / "w.duckdb"
    files = [CORPUS / "svom-2025-03-07-protokoll.pdf", CORPUS / "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"]
    env = os.environ | {"PREFECT_API_URL": api, "PREFECT_HOME": str(home)}
    paragraf = Path(sys.executable).with_name("paragraf")
    done = subprocess.run([str(paragraf), "ingest", *map(str, files), "--db", str(db), "--workers", "2"],
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "ingested 2 / skipped 0 / failed 0 files" in done.stdout

    # the server is the session's: other tests' runs are on it too, each named by its warehouse
    runs = [r for r in httpx.post(f"{api}/flow_runs/filter", json={}, timeout=10).json() if str(db) in r["name"]]
    assert [(r["name"], r["state_type"]) for r in runs] == [(f"ingest {db}", "COMPLETED")]
    tasks = httpx.post(f"{api}/task_runs/filter",
                       json={"flow_runs": {"id": {"any_": [runs[0]["id"]]}}}, timeout=10).json()
    names = sorted(t["name"] for t in tasks)
    # two files on two workers: one extraction task (a batch of one) each
    assert names == sorted(f"extract {f} (+0 more)" for f in files)
    assert all(t["state_type"] == "COMPLETED" for t in tasks)
