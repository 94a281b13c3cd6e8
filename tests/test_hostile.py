"""Hostile files, one by one, through the guarded extraction every worker uses:
each loads correctly or fails with the contract's code and a sentence naming
the file — and a stuck or swelling parser costs its child process, not the batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractors.guard import Reader, extract_guarded
from schemas.document import ErrorCode, Status
from tests import hostile

ID = "0" * 64


def test_a_decompression_bomb_hits_the_memory_cap(tmp_path):
    record = extract_guarded(hostile.decompression_bomb(tmp_path / "bomb.pdf"), ID, memory_mb=700, timeout=120)
    assert (record.status, record.error_code) == (Status.FAILED, ErrorCode.TOO_LARGE)
    assert "bomb.pdf" in record.error and "PARAGRAF_MEMORY_MB" in record.error


def test_a_stuck_parser_hits_the_time_limit(tmp_path):
    record = extract_guarded(hostile.decompression_bomb(tmp_path / "slow.pdf", megabytes=300), ID, timeout=1)
    assert (record.status, record.error_code) == (Status.FAILED, ErrorCode.TIMEOUT)
    assert "PARAGRAF_TIMEOUT_SECONDS" in record.error


def test_a_page_tree_that_loops_yields_its_one_real_page(tmp_path):
    record = extract_guarded(hostile.looping_page_tree(tmp_path / "loop.pdf"), ID, timeout=60)
    assert record.status is Status.OK and record.page_count == len(record.pages) == 1


def test_a_pdf_that_lies_about_its_page_count(tmp_path):
    record = extract_guarded(hostile.lying_page_count(tmp_path / "count.pdf"), ID)
    assert record.status is Status.OK and record.page_count == len(record.pages) == 1
    assert "Socialnamnden" in record.pages[0].text


def test_a_broken_xref_is_read_from_a_repaired_copy_and_the_original_is_untouched(tmp_path):
    path = hostile.broken_xref(tmp_path / "xref.pdf")
    before = path.read_bytes()
    record = extract_guarded(path, ID)
    assert record.status is Status.OK and record.page_count == 9 and len(record.items) == 14
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_an_owner_password_alone_does_not_stop_reading(tmp_path):
    record = extract_guarded(hostile.owner_password_only(tmp_path / "ägare (kopia); v2.pdf"), ID)
    assert record.status is Status.OK and len(record.items) == 14


def test_javascript_and_embedded_files_are_never_run_or_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = hostile.with_javascript_and_attachment(folder / "js.pdf")
    record = extract_guarded(path, ID)
    assert record.status is Status.OK and len(record.items) == 14
    assert sorted(os.listdir(folder)) == ["js.pdf"]


def test_a_mixed_batch_in_any_order_loads_the_corpus_as_gold_says(tmp_path):
    """The five sample PDFs among every hostile file, through the real CLI, in
    two orders: the five load exactly as their gold files say, every hostile
    file gets its outcome, exit status 1, no traceback."""
    import random
    import shutil
    import subprocess
    import sys

    import duckdb

    from pipeline import evaluate
    from tests.conftest import CORPUS, corpus_pdfs
    from tests.test_ingest_flow import make_bad_files

    folder = tmp_path / "blandat"
    folder.mkdir()
    for pdf in corpus_pdfs():
        shutil.copy(pdf, folder / pdf.name)
    expected = make_bad_files(folder) | {
        hostile.decompression_bomb(folder / "bomb.pdf").name: "too_large",
        hostile.looping_page_tree(folder / "loop.pdf").name: "ok",
        hostile.lying_page_count(folder / "count.pdf").name: "ok",
        hostile.broken_xref(folder / "xref.pdf").name: "ok",
        hostile.owner_password_only(folder / "ägare.pdf").name: "ok",
        hostile.with_javascript_and_attachment(folder / "js.pdf").name: "ok",
    }
    files = sorted(folder.iterdir())
    env = os.environ | {"PARAGRAF_MEMORY_MB": "500", "PARAGRAF_TIMEOUT_SECONDS": "120",
                        "PREFECT_HOME": str(tmp_path / "prefect")}
    paragraf = Path(sys.executable).with_name("paragraf")
    for order in (1, 2):
        random.Random(order).shuffle(files)
        db = tmp_path / f"w{order}.duckdb"
        done = subprocess.run([str(paragraf), "ingest", *map(str, files), "--db", str(db)],
                              env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
        con = duckdb.connect(str(db), read_only=True)
        rows = con.execute("SELECT source_path, status, error_code FROM documents").fetchall()
        ok_without_pages = con.execute(
            "SELECT count(*) FROM documents d WHERE status = 'ok' AND "
            "(page_count = 0 OR page_count <> (SELECT count(*) FROM pages p WHERE p.document_id = d.document_id))"
        ).fetchone()[0]
        con.close()
        outcome = {Path(path).name: code or status for path, status, code in rows}
        assert {name: outcome[name] for name in expected} == expected
        assert ok_without_pages == 0
        totals = evaluate.totals(evaluate.evaluate(CORPUS, db))
        assert {f: s.f1 for f, s in totals.items() if s.f1 < 1.0} == {}


def test_one_reader_child_reads_file_after_file_and_a_bad_one_costs_only_its_child(tmp_path):
    """The per-worker Reader: one child for many files; a file past the time
    limit or the memory cap fails alone, and the next file gets a new child
    and reads as it should."""
    protokoll = str(hostile.CORPUS / "svom-2025-03-07-protokoll.pdf")
    reader = Reader(timeout=20, memory_mb=700)
    try:
        first, crashed = reader.read(protokoll, ID, "pdfium")
        child = reader.pid
        second, _ = reader.read(protokoll, ID, "pdfium")
        assert not crashed and reader.pid == child  # no fork for the second file
        assert first.status is second.status is Status.OK and len(first.items) == len(second.items) == 14

        bomb, crashed = reader.read(str(hostile.decompression_bomb(tmp_path / "bomb.pdf")), ID, "pdfplumber")
        assert (bomb.error_code, crashed) == (ErrorCode.TOO_LARGE, False) and reader.pid is None
        after_bomb, _ = reader.read(protokoll, ID, "pdfium")
        assert after_bomb.status is Status.OK and reader.pid not in (None, child)

        stuck_reader = Reader(timeout=1, memory_mb=2048)
        stuck, _ = stuck_reader.read(str(hostile.decompression_bomb(tmp_path / "slow.pdf", megabytes=300)), ID, "pdfplumber")
        assert stuck.error_code is ErrorCode.TIMEOUT and stuck_reader.pid is None
        stuck_reader.timeout = 60
        after_stuck, _ = stuck_reader.read(protokoll, ID, "pdfium")
        assert after_stuck.status is Status.OK
        stuck_reader._stop(kill=True)
    finally:
        if reader.pid is not None:
            reader._stop(kill=True)
