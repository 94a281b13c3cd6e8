"""A Prefect-engine ingest tells the truth about itself in Prefect's terms:
files that failed make the flow run end `Completed` with a "failed N" message
and a table artifact naming them; the summary is a markdown artifact; every
file has a line in the run's log; a batch that cannot run at all is `Failed`."""

from __future__ import annotations

import shutil
import time

import pytest

from tests.conftest import CORPUS

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def _api(route: str, body: dict) -> list[dict]:
    import httpx
    from prefect.settings import PREFECT_API_URL

    answer = httpx.post(f"{PREFECT_API_URL.value()}/{route}", json=body, timeout=30)
    answer.raise_for_status()
    return answer.json()


def _artifacts(flow_run_id) -> list[dict]:
    return _api("artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [str(flow_run_id)]}}})


def _log_lines(flow_run_id) -> list[str]:
    return [log["message"] for log in _api("logs/filter", {"logs": {"flow_run_id": {"any_": [str(flow_run_id)]}}})]


def test_a_run_with_failed_files_says_so_in_its_state_artifacts_and_log(tmp_path):
    from pipeline.flows import ingest_flow

    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "protokoll.pdf"
    shutil.copy(CORPUS / "svom-2025-03-07-protokoll.pdf", good)
    bad = folder / "anteckningar.pdf"
    bad.write_text("Det här är ingen PDF.\n", encoding="utf-8")

    state = ingest_flow([str(folder)], str(tmp_path / "w.duckdb"), workers=1, return_state=True)

    assert state.is_completed()
    assert state.message.startswith("failed 1 of 2 files;")
    summary = state.result()
    assert (summary.ok, summary.failed) == (1, 1)
    flow_run_id = state.state_details.flow_run_id
    artifacts = {a["key"]: a for a in _artifacts(flow_run_id)}
    assert set(artifacts) == {"ingest-summary", "ingest-failed-files"}
    table = artifacts["ingest-failed-files"]["data"]
    assert str(bad) in table and "not_a_pdf" in table and str(good) not in table
    assert "ingested 1 / skipped 0 / failed 1 files" in artifacts["ingest-summary"]["data"]

    def logged() -> list[str]:  # the run's logs reach the API in batches, a moment after the run ends
        for _ in range(50):
            lines = _log_lines(flow_run_id)
            if any(line.startswith(f"failed {bad}") for line in lines) and any(line.startswith("ok ") for line in lines):
                break
            time.sleep(0.2)
        return lines

    lines = logged()
    assert any(line.startswith(f"failed {bad} [not_a_pdf]") for line in lines)
    assert any(line.startswith(f"ok {good}") for line in lines)


def test_a_clean_run_is_completed_with_its_summary_and_no_failure_table(tmp_path):
    from pipeline.flows import ingest_flow

    state = ingest_flow([str(CORPUS / "svom-2025-03-07-protokoll.pdf")], str(tmp_path / "w.duckdb"), return_state=True)
    assert state.is_completed() and state.message.startswith("ingested 1 / skipped 0 / failed 0 files")
    assert [a["key"] for a in _artifacts(state.state_details.flow_run_id)] == ["ingest-summary"]


def test_a_batch_that_cannot_run_is_failed(tmp_path):
    from pipeline.flows import ingest_flow

    folder_as_db = tmp_path / "not-a-file.duckdb"
    folder_as_db.mkdir()
    state = ingest_flow([str(CORPUS / "svom-2025-03-07-protokoll.pdf")], str(folder_as_db), return_state=True)
    assert state.is_failed()


def test_a_scheduled_round_whose_inbox_vanished_fails_and_makes_no_folder(tmp_path):
    from pipeline.flows import scheduled_ingest

    inbox = tmp_path / "inkorg"
    state = scheduled_ingest(str(tmp_path / "w.duckdb"), inbox=str(inbox), return_state=True)
    assert state.is_failed() and "does not exist" in state.message
    assert not inbox.exists()
