from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import pipeline  # noqa: E402,F401  (configures Prefect for a machine with no network)

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


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
