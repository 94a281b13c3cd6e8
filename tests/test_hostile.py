"""Hostile files, one by one, through the guarded extraction every worker uses:
each loads correctly or fails with the contract's code and a sentence naming
the file — and a stuck or swelling parser costs its child process, not the batch."""

from __future__ import annotations

import os

import pytest

from extractors.guard import extract_guarded
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
