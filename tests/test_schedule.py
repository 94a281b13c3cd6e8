"""The scheduled path end to end against real servers on loopback: a Prefect
server, a portal served over HTTP, and `paragraf schedule` serving its
deployment. A new PDF on the portal is ingested by the next run; the run after
that ingests nothing."""

from __future__ import annotations

import functools
import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import httpx
import pytest

from pipeline.portal import fetch_new, pdf_links
from tests.conftest import CORPUS, free_port

pytestmark = pytest.mark.flow


@pytest.fixture()
def portal(tmp_path):
    """A folder served on 127.0.0.1, with an index page the test rewrites."""
    folder = tmp_path / "portal"
    folder.mkdir()
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield folder, f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # noqa: D102 - keep test output clean
        pass


def publish(folder: Path, names: list[str]) -> None:
    links = "".join(f'<li><a href="dokument/{n}">{n}</a></li>' for n in names)
    (folder / "dokument").mkdir(exist_ok=True)
    for name in names:
        (folder / "dokument" / name).write_bytes((CORPUS / name).read_bytes())
    (folder / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")


def test_links_and_whole_downloads(portal, tmp_path):
    folder, url = portal
    publish(folder, ["svom-2025-03-07-protokoll.pdf"])
    assert pdf_links('<a href="a.pdf">a</a> <a href="/x/b.PDF?v=2">b</a> <a href="a.pdf">', "http://h/p/") == [
        "http://h/p/a.pdf", "http://h/x/b.PDF"]
    staging = tmp_path / "staging"
    assert [p.name for p in fetch_new(url, staging)] == ["svom-2025-03-07-protokoll.pdf"]
    assert fetch_new(url, staging) == []  # already here
    assert sorted(p.name for p in staging.iterdir()) == ["svom-2025-03-07-protokoll.pdf"]  # no .part left


def documents(db: Path) -> list[tuple]:
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:
        return []  # a run holds it right now, or it does not exist yet
    try:
        return con.execute("SELECT files_ok, files_skipped FROM ingest_runs ORDER BY started_at").fetchall(), \
            con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except duckdb.Error:
        return []
    finally:
        con.close()


def wait_for(check, limit: float = 180):
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if (value := check()):
            return value
        time.sleep(1)
    pytest.fail("the scheduled runs did not get there in time")


def test_scheduled_runs_ingest_what_is_new_and_nothing_else(prefect_server, portal, tmp_path):
    api, home = prefect_server
    folder, url = portal
    publish(folder, ["svom-2025-03-07-protokoll.pdf"])
    db = tmp_path / "w.duckdb"
    env = os.environ | {"PREFECT_API_URL": api, "PREFECT_HOME": str(home), "PREFECT_RUNNER_POLL_FREQUENCY": "2"}
    paragraf = Path(sys.executable).with_name("paragraf")
    served = subprocess.Popen(
        [str(paragraf), "schedule", "--portal", url, "--every", "5", "--db", str(db),
         "--staging", str(tmp_path / "staging"), "--name", "portal-test"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        def state():
            found = documents(db)
            return found if found else None

        wait_for(lambda: (s := state()) and s[1] == 1 and s)
        publish(folder, ["svom-2025-03-07-protokoll.pdf", "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"])
        runs_before, _ = wait_for(lambda: (s := state()) and s[1] == 2 and s)
        # a run after the new file was loaded finds nothing new
        runs, count = wait_for(lambda: (s := state()) and len(s[0]) > len(runs_before) and s)
        assert count == 2 and runs[-1] == (0, 2)
        assert [ok for ok, _ in runs].count(1) == 2  # each file was ingested by exactly one run

        def completed():
            flow_runs = httpx.post(f"{api}/flow_runs/filter", json={}, timeout=10).json()
            done = [r for r in flow_runs if r["name"] == f"scheduled ingest {db}" and r["state_type"] == "COMPLETED"]
            return len(done) >= 3

        wait_for(completed, limit=60)  # the server saw the scheduled runs through
    finally:
        os.killpg(served.pid, signal.SIGKILL)
        served.wait(timeout=30)
