"""Hostile files, one by one, through the guarded extraction every worker uses:
each loads correctly or fails with the contract's code and a sentence naming
the file — and a stuck or swelling parser costs its child process, not the batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractors import record as extraction
from extractors.reading.guard import Reader, extract_guarded
from schemas.document import ErrorCode, Status
from tests import hostile

ID = "0" * 64


def test_a_decompression_bomb_hits_the_memory_cap(tmp_path):
    record = extract_guarded(extraction, hostile.decompression_bomb(tmp_path / "bomb.pdf"), ID, memory_mb=700, timeout=120)
    assert (record.status, record.error_code) == (Status.FAILED, ErrorCode.TOO_LARGE)
    assert "bomb.pdf" in record.error and "PARAGRAF_MEMORY_MB" in record.error


def test_a_stuck_parser_hits_the_time_limit(tmp_path):
    record = extract_guarded(extraction, hostile.decompression_bomb(tmp_path / "slow.pdf", megabytes=300, ink=True), ID, timeout=1)
    assert (record.status, record.error_code) == (Status.FAILED, ErrorCode.TIMEOUT)
    assert "PARAGRAF_TIMEOUT_SECONDS" in record.error


def test_a_page_tree_that_loops_yields_its_one_real_page(tmp_path):
    record = extract_guarded(extraction, hostile.looping_page_tree(tmp_path / "loop.pdf"), ID, timeout=60)
    assert record.status is Status.OK and record.page_count == len(record.pages) == 1


def test_a_page_tree_with_count_zero_is_empty_not_damaged(tmp_path):
    record = extract_guarded(extraction, hostile.page_count_zero(tmp_path / "noll.pdf"), ID)
    assert (record.status, record.error_code) == (Status.FAILED, ErrorCode.EMPTY)
    assert "noll.pdf" in record.error and "no pages" in record.error


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_page_tree_that_contains_itself_is_read_with_each_distinct_page_once(tmp_path, backend):
    import pypdfium2

    path = hostile.page_tree_that_contains_itself(tmp_path / "slinga.pdf")
    raw = pypdfium2.PdfDocument(str(path))
    assert len(raw) == 3 and raw[2].get_textpage().get_text_range() == raw[0].get_textpage().get_text_range()
    raw.close()  # PDFium on its own reads the first page three times

    record = extract_guarded(extraction, path, ID, backend=backend)
    assert record.status is Status.OK and record.page_count == len(record.pages) == 2
    assert "Socialnamnden" in record.pages[0].text and "andra sidan" in record.pages[1].text
    assert any("contains itself" in p.message for p in record.problems)


def test_a_page_listed_twice_is_read_once(tmp_path):
    record = extract_guarded(extraction, hostile.same_page_twice(tmp_path / "dubbel.pdf"), ID)
    assert record.status is Status.OK and record.page_count == 1 and "Socialnamnden" in record.pages[0].text


def test_a_pdf_that_lies_about_its_page_count(tmp_path):
    record = extract_guarded(extraction, hostile.lying_page_count(tmp_path / "count.pdf"), ID)
    assert record.status is Status.OK and record.page_count == len(record.pages) == 1
    assert "Socialnamnden" in record.pages[0].text


def test_a_broken_xref_is_read_from_a_repaired_copy_and_the_original_is_untouched(tmp_path):
    path = hostile.broken_xref(tmp_path / "xref.pdf")
    before = path.read_bytes()
    record = extract_guarded(extraction, path, ID)
    assert record.status is Status.OK and record.page_count == 9 and len(record.items) == 14
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("damage", [hostile.broken_xref, hostile.broken_xref_rows])
def test_a_broken_cross_reference_table_loads_with_a_problem_row_saying_so(tmp_path, damage):
    record = extract_guarded(extraction, damage(tmp_path / "xref.pdf"), ID)
    assert record.status is Status.OK and len(record.items) == 14
    assert any("cross-reference table is broken" in p.message for p in record.problems)
    clean = extract_guarded(extraction, hostile.CORPUS / "svom-2025-03-07-protokoll.pdf", ID)
    assert not any("cross-reference" in p.message for p in clean.problems)


def test_an_owner_password_alone_does_not_stop_reading(tmp_path):
    record = extract_guarded(extraction, hostile.owner_password_only(tmp_path / "ägare (kopia); v2.pdf"), ID)
    assert record.status is Status.OK and len(record.items) == 14


def test_javascript_and_embedded_files_are_never_run_or_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    path = hostile.with_javascript_and_attachment(folder / "js.pdf")
    record = extract_guarded(extraction, path, ID)
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
        hostile.page_tree_that_contains_itself(folder / "slinga.pdf").name: "ok",
        hostile.same_page_twice(folder / "dubbel.pdf").name: "ok",
        hostile.page_count_zero(folder / "noll.pdf").name: "empty",
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
    reader = Reader(extraction, timeout=20, memory_mb=700)
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

        stuck_reader = Reader(extraction, timeout=1, memory_mb=2048)
        stuck, _ = stuck_reader.read(str(hostile.decompression_bomb(tmp_path / "slow.pdf", megabytes=300, ink=True)), ID, "pdfplumber")
        assert stuck.error_code is ErrorCode.TIMEOUT and stuck_reader.pid is None
        stuck_reader.timeout = 60
        after_stuck, _ = stuck_reader.read(protokoll, ID, "pdfium")
        assert after_stuck.status is Status.OK
        stuck_reader._stop(kill=True)
    finally:
        if reader.pid is not None:
            reader._stop(kill=True)


# ---------------------------------------------------------------- files that change while the batch runs


def _ingest_with(paths, db, before_reading):
    """`ingest` on an engine that reads in this process (through the same
    guarded Reader as every worker), after `before_reading` has had its turn."""
    from pipeline.extract import extract_batch
    from pipeline.ingest import ingest

    def engine(files, sizes, backend):
        before_reading()
        for pair in files:
            yield [pair], extract_batch([pair], backend)

    return ingest([str(p) for p in paths], str(db), "pdfium", 1, engine)


def _rows(db) -> dict[str, tuple]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT source_path, document_id, status, error_code, error, page_count FROM documents").fetchall()
    finally:
        con.close()
    return {Path(row[0]).name: row[1:] for row in rows}


def test_a_file_deleted_while_the_batch_runs_fails_as_missing(tmp_path, monkeypatch):
    import pipeline.ingest

    folder = tmp_path / "in"
    folder.mkdir()
    keep = folder / "protokoll.pdf"
    keep.write_bytes((hostile.CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes())
    doomed = folder / "borttagen.pdf"
    doomed.write_bytes((hostile.CORPUS / "svom-2022-02-25-kallelse.pdf").read_bytes())
    found = pipeline.ingest.discover

    def discover_a_ghost(paths):  # a file that goes between discovery and hashing
        discovery = found(paths)
        discovery.files.append(folder / "spoke.pdf")
        return discovery

    monkeypatch.setattr(pipeline.ingest, "discover", discover_a_ghost)
    summary = _ingest_with([folder], tmp_path / "w.duckdb", doomed.unlink)
    rows = _rows(tmp_path / "w.duckdb")
    assert summary.exit_status == 1 and (summary.ok, summary.failed) == (1, 2)
    assert rows["protokoll.pdf"][1] == "ok"
    for name in ("borttagen.pdf", "spoke.pdf"):
        _, status, code, error, _ = rows[name]
        assert (status, code) == ("failed", "missing")
        assert name in error and "report" not in error and "internal" not in error


def test_a_file_cut_while_the_batch_runs_fails_as_damaged_under_the_hash_of_what_was_read(tmp_path):
    import hashlib

    path = tmp_path / "avklippt.pdf"
    data = (hostile.CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes()
    path.write_bytes(data)
    summary = _ingest_with([path], tmp_path / "w.duckdb", lambda: path.write_bytes(data[: len(data) // 2]))
    document_id, status, code, error, _ = _rows(tmp_path / "w.duckdb")["avklippt.pdf"]
    assert summary.exit_status == 1 and (status, code) == ("failed", "damaged")
    assert document_id == hashlib.sha256(data[: len(data) // 2]).hexdigest() and "avklippt.pdf" in error


@pytest.mark.parametrize("stored_before", [False, True])
def test_a_file_rewritten_after_it_was_hashed_is_stored_as_what_was_read(tmp_path, stored_before):
    """The id of a document is the hash of the bytes that were parsed, even
    when the file changes between the hashing that decides what to read and
    the reading; also when the new bytes are a document already stored."""
    import hashlib

    from pipeline.ingest import run_local

    kallelse = (hostile.CORPUS / "svom-2022-02-25-kallelse.pdf").read_bytes()
    protokoll = (hostile.CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes()
    db = tmp_path / "w.duckdb"
    if stored_before:
        (tmp_path / "protokoll.pdf").write_bytes(protokoll)
        assert run_local([tmp_path / "protokoll.pdf"], db, "pdfium", 1).ok == 1
    path = tmp_path / "ändras.pdf"
    path.write_bytes(kallelse)
    summary = _ingest_with([path], db, lambda: path.write_bytes(protokoll))
    assert summary.exit_status == 0
    rows = {row[0]: row for row in _rows(db).values()}
    new_id = hashlib.sha256(protokoll).hexdigest()
    assert hashlib.sha256(kallelse).hexdigest() not in rows
    assert rows[new_id][1:3] == ("ok", None) and rows[new_id][4] == 9


def test_a_file_above_the_size_limit_fails_too_large_without_being_read(tmp_path, monkeypatch):
    import extractors.reading.backends
    from extractors.record import extract_document

    monkeypatch.setattr(extractors.reading.backends, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "stor.pdf"
    path.write_bytes((hostile.CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes())
    record = extract_document(path, document_id=ID)
    assert record.error_code is ErrorCode.TOO_LARGE and "PARAGRAF_MAX_FILE_BYTES" in record.error


def test_a_file_that_makes_pdfium_crash_is_read_by_pdfplumber(tmp_path, monkeypatch):
    import signal

    from extractors.reading.backends import PdfiumBackend

    def crash(self, pdf_in):
        os.kill(os.getpid(), signal.SIGSEGV)  # what a PDFium bug does to the reader child
        yield

    monkeypatch.setattr(PdfiumBackend, "pages", crash)
    record = extract_guarded(extraction, hostile.CORPUS / "svom-2025-03-07-protokoll.pdf", ID)
    assert record.status is Status.OK and len(record.items) == 14
    assert "pdfium reader crashed" in record.problems[0].message


def test_a_worker_that_dies_costs_a_failed_row_per_file_it_held_and_the_batch_goes_on(tmp_path):
    from concurrent.futures.process import BrokenProcessPool

    from pipeline.extract import extract_batch
    from pipeline.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.pdf", "b.pdf"):
        (folder / name).write_bytes((hostile.CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes() + name.encode())

    def engine(files, sizes, backend):
        first, *rest = files
        yield [first], BrokenProcessPool("A process in the process pool was terminated abruptly")
        for pair in rest:
            yield [pair], extract_batch([pair], backend)

    summary = ingest([str(folder)], str(tmp_path / "w.duckdb"), "pdfium", 1, engine)
    rows = _rows(tmp_path / "w.duckdb")
    assert (summary.ok, summary.failed) == (1, 1) and sorted(r[1] for r in rows.values()) == ["failed", "ok"]
    (failed,) = [r for r in rows.values() if r[1] == "failed"]
    assert failed[2] == "internal" and "run the ingest again" in failed[3]
