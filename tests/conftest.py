from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

import pipeline  # noqa: E402,F401  (configures Prefect for a machine with no network)

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


# every table a document writes, compared whole (load times, latest paths and write numbers aside)
STORED_CONTENT = {
    "documents": "SELECT * EXCLUDE (ingested_at, loaded_at, source_path, write_seq) FROM documents",
    "pages": "SELECT * FROM pages",
    "meetings": "SELECT * FROM meetings",
    "items": "SELECT * FROM items",
    "presenters": "SELECT * FROM presenters",
    "attachments": "SELECT * FROM attachments",
    "participants": "SELECT * FROM participants",
    "amounts": "SELECT * FROM amounts",
    "agreement_mentions": "SELECT * FROM agreement_mentions",
    "item_dates": "SELECT * FROM item_dates",
    "problems": "SELECT * FROM problems",
    # the search index: what it holds, whichever of its levels holds it (warehouse/search.py)
    "search_units": "SELECT * FROM search_units",
    "search_postings": " UNION ALL ".join(
        f"SELECT * FROM {level}" for level in ("search_postings", *(f"search_postings_{n}" for n in range(1, 6)))),
    "search_stats": "SELECT * FROM search_stats",
}


def corpus_pdfs() -> list[Path]:
    return sorted(CORPUS.glob("*.pdf"))


def gold_for(pdf: Path) -> dict:
    return json.loads(pdf.with_suffix(".gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def prefect_harness():
    """One real Prefect API (a temporary local server) for every flow test."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """The sample corpus PDFs (without gold files) in a folder of the test's own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for pdf in corpus_pdfs():
        shutil.copy(pdf, folder / pdf.name)
    return folder


# ---------------------------------------------------------------- a real Prefect server on 127.0.0.1


def wait_until_healthy(api: str, server, limit: float = 90) -> None:
    """Until the Prefect server at `api` answers its health check (or fail the test)."""
    deadline = time.monotonic() + limit
    while True:
        try:
            if httpx.get(f"{api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            pytest.fail("prefect server did not start on 127.0.0.1")
        time.sleep(0.5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def prefect_server(tmp_path_factory):
    home = tmp_path_factory.mktemp("prefect-home")
    port = free_port()
    env = os.environ | {
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_API_URL": "",
    }
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    api = f"http://127.0.0.1:{port}/api"
    try:
        wait_until_healthy(api, server)
        yield api, home
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
