"""The warehouse on a real DuckDB file, fed records built here (no PDF parsing)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import duckdb
import pytest

from schemas.document import DocumentRecord, ErrorCode, Kind, Page, Status, TextSource
from schemas.meeting import MeetingHeader
from warehouse.load import Warehouse, WarehouseLocked


def record(doc_id: str = "a" * 64, pages: int = 2, date: dt.date = dt.date(2024, 5, 6)) -> DocumentRecord:
    return DocumentRecord(
        document_id=doc_id,
        source_path="in/protokoll.pdf",
        status=Status.OK,
        kind=Kind.PROTOKOLL,
        page_count=pages,
        text_source=TextSource.TEXT,
        header=MeetingHeader(organ="Socialnämnden", meeting_date=date, start_time="09:00", location="Sal A"),
        pages=[Page(page_no=n, width=595, height=842, text_source=TextSource.TEXT, text=f"sida {n}")
               for n in range(1, pages + 1)],
    )


def test_loading_twice_changes_nothing(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record())
        first = wh.table_counts()
        wh.load_document(record())
        assert wh.table_counts() == first
        assert first["documents"] == 1 and first["pages"] == 2 and first["meetings"] == 1


def test_reloading_replaces_pages_and_drops_an_orphaned_meeting(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record(pages=3))
        wh.load_document(record(pages=1, date=dt.date(2024, 6, 1)))
        assert wh.con.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
        assert wh.con.execute("SELECT meeting_id FROM meetings").fetchall() == [("socialnamnden/2024-06-01",)]


def test_failed_document_writes_one_row_and_nothing_else(tmp_path):
    failed = DocumentRecord.failed("b" * 64, "x.pdf", ErrorCode.DAMAGED, "x.pdf is damaged; download it again.")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(failed)
        counts = wh.table_counts()
        row = wh.con.execute("SELECT status, error_code, kind, meeting_id, page_count FROM documents").fetchone()
    assert (counts["documents"], counts["pages"], counts["meetings"]) == (1, 0, 0)
    assert row == ("failed", "damaged", "okänd", None, None)


def test_a_failing_load_leaves_the_previous_version_whole(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record(pages=2))
        broken = record(pages=3)
        broken.pages[2] = broken.pages[1]  # duplicate page number: the insert must fail
        with pytest.raises(duckdb.ConstraintException):
            wh.load_document(broken)
        assert wh.con.execute("SELECT count(*) FROM pages").fetchone()[0] == 2
        assert wh.con.execute("SELECT count(*) FROM documents").fetchone()[0] == 1


def test_schema_is_versioned_and_migrating_again_is_harmless(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        version = wh.schema_version()
    with Warehouse(path) as wh:
        assert wh.migrate() == version >= 1
        assert wh.con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == version


def test_ok_record_must_have_as_many_pages_as_it_claims():
    good = record(pages=2)
    with pytest.raises(ValueError, match="page_count equal to its pages"):
        DocumentRecord(**{name: getattr(good, name) for name in DocumentRecord.model_fields} | {"page_count": 5})


def test_second_writer_is_told_who_holds_the_file(tmp_path):
    path = tmp_path / "w.duckdb"
    Warehouse(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(WarehouseLocked, match=rf"in use by process {holder.pid}"):
            Warehouse(path)
    finally:
        holder.kill()
        holder.wait()
