"""Scheduled ingestion as a service, against a real Prefect server on loopback:
started as the systemd unit in docs/operations.md starts it (`paragraf prefect
server start`, `paragraf schedule …`), stopped with SIGTERM; a watch's feed
after a scheduled round; one line when the server is down."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import feedparser
import pytest

from tests.conftest import CORPUS, REPO, free_port, wait_until_healthy
from web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PARAGRAF = Path(sys.executable).with_name("paragraf")
VARIED = REPO / "corpus-varied"


class Lines:
    """A process's stdout and stderr, read line by line as they come."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, into in ((process.stdout, self.out), (process.stderr, self.err)):
            threading.Thread(target=self._read, args=(stream, into), daemon=True).start()

    @staticmethod
    def _read(stream, into: list[str]) -> None:
        for line in iter(stream.readline, ""):
            into.append(line.rstrip("\n"))

    def rounds(self) -> list[str]:
        return [line for line in self.out if " round" in line]

    def wait_rounds(self, n: int, limit: float = 240) -> list[str]:
        deadline = time.monotonic() + limit
        while len(self.rounds()) < n:
            if time.monotonic() > deadline:
                pytest.fail(f"no {n} rounds in time; out: {self.out}; err: {self.err[-5:]}")
            time.sleep(0.2)
        return self.rounds()


def schedule(api: str, home: Path, db: Path, inbox: Path, every: str) -> subprocess.Popen:
    env = os.environ | {"PREFECT_API_URL": api, "PREFECT_HOME": str(home)}
    return subprocess.Popen([str(PARAGRAF), "schedule", "--inbox", str(inbox), "--every", every, "--db", str(db)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def stop(process: subprocess.Popen, signum: int = signal.SIGTERM) -> int:
    process.send_signal(signum)
    try:
        return process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.mark.flow
def test_a_scheduled_round_feeds_a_watch_once(prefect_server, tmp_path):
    api, home = prefect_server
    db, inbox = tmp_path / "w.duckdb", tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(VARIED / "rsr-2023-12-08-protokoll.pdf", inbox)  # mentions no LOSUS
    (inbox / "empty.pdf").write_bytes(b"")
    assert subprocess.run([str(PARAGRAF), "watch", "add", "LOSUS", "--agreement", "--db", str(db)],
                          capture_output=True, timeout=120).returncode == 0
    served = schedule(api, home, db, inbox, "3")
    lines = Lines(served)
    try:
        first = lines.wait_rounds(1)[0]
        assert "found 2 files, loaded 1" in first and "failed 1" in first and "next round at" in first
        shutil.copy(CORPUS / "svom-2025-03-07-protokoll.pdf", inbox)  # a new protokoll whose § 12 is LOSUS
        count = len(lines.rounds())
        loaded = next(line for line in lines.wait_rounds(count + 2)[count:] if "loaded 1" in line)
        assert "1 new watch hit" in loaded
        after = len(lines.wait_rounds(lines.rounds().index(loaded) + 2))  # the next round …
        assert "new watch hit" not in lines.rounds()[after - 1]  # … adds none
    finally:
        status = stop(served)
    assert status == 0 and not any("Traceback" in line for line in lines.err)
    assert sum("failed [empty]" in line for line in lines.err) == 1  # told once, not every round
    client = TestClient(create_app(db), base_url="http://127.0.0.1")
    feed = feedparser.parse(client.get("/watch/1.atom").content)
    assert not feed.bozo and len(feed.entries) == 1
    (entry,) = feed.entries
    assert re.search(r"§ ?12 Avtal LOSUS", entry.title)
    page = client.get(entry.link)
    assert page.status_code == 200 and "Avtal LOSUS" in page.text


@pytest.mark.flow
def test_server_and_schedule_run_as_the_unit_says_and_stop_on_sigterm(tmp_path):
    """The commands docs/operations.md's units run (ExecStart), SIGTERM to each
    as systemd sends it: the schedule stops at once, mid-round or between
    rounds, without a traceback or another round; the server stops too."""
    unit = (REPO / "docs" / "operations.md").read_text(encoding="utf-8")
    starts = re.findall(r"^ExecStart=(.+)$", unit, re.MULTILINE)
    assert any("paragraf prefect server start" in s for s in starts) and any("paragraf schedule" in s for s in starts)
    home, port = tmp_path / "prefect-home", free_port()
    env = os.environ | {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                        "PREFECT_UI_ENABLED": "false", "PREFECT_API_URL": ""}
    server = subprocess.Popen([str(PARAGRAF), "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_until_healthy(api, server, limit=120)
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        shutil.copy(CORPUS / "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf", inbox)
        db = tmp_path / "w.duckdb"
        # between rounds: the first runs at once, the next would come in ten minutes
        idle = schedule(api, home, db, inbox, "600")
        lines = Lines(idle)
        (first,) = lines.wait_rounds(1)
        assert "loaded 1" in first and re.search(r"next round at \d\d:\d\d", first)
        started = time.monotonic()
        assert stop(idle) == 0
        idle_seconds = time.monotonic() - started
        time.sleep(0.5)
        assert lines.rounds() == [first] and not any("Traceback" in line for line in lines.err)
        # mid-round: a bigger inbox, stopped while its first round reads
        for pdf in VARIED.glob("svom-*.pdf"):
            shutil.copy(pdf, inbox)
        busy = schedule(api, home, db, inbox, "600")
        lines = Lines(busy)
        while not any("first round starts now" in line for line in lines.err):
            time.sleep(0.1)
        time.sleep(4)  # the round's child has started its flow run
        started = time.monotonic()
        assert stop(busy) == 0
        busy_seconds = time.monotonic() - started
        time.sleep(0.5)
        assert len(lines.rounds()) <= 1 and not any("Traceback" in line for line in lines.err)
        assert any("no further round" in line for line in lines.err + lines.out)
        print(f"schedule stopped by SIGTERM in {idle_seconds:.2f} s between rounds, {busy_seconds:.2f} s mid-round")
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        finally:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGKILL)
    assert "Traceback" not in server.stderr.read()


def test_an_unreachable_prefect_server_is_one_line(tmp_path):
    api = f"http://127.0.0.1:{free_port()}/api"  # nothing listens there
    env = os.environ | {"PREFECT_API_URL": api}
    pdf = CORPUS / "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"
    db = tmp_path / "w.duckdb"
    done = subprocess.run([str(PARAGRAF), "ingest", str(pdf), "--db", str(db)], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0 and "ingested 1 /" in done.stdout and "Traceback" not in done.stderr
    said = [line for line in done.stderr.splitlines() if "cannot be reached" in line]
    assert len(said) == 1 and "local engine" in said[0]
    for argv in (["ingest", str(pdf), "--db", str(db), "--engine", "prefect"],
                 ["schedule", "--inbox", str(tmp_path), "--every", "60", "--db", str(db)]):
        done = subprocess.run([str(PARAGRAF), *argv], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, argv
        assert "cannot be reached" in done.stderr and "Traceback" not in done.stderr
