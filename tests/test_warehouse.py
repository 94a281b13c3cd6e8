"""The warehouse on a real DuckDB file, fed records built here (no PDF parsing)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import duckdb
import pytest

from schemas.document import DocumentRecord, ErrorCode, Kind, Page, Status, TextSource
from schemas.meeting import MeetingHeader
from warehouse.load import Warehouse, WarehouseLocked, _migrations


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
        again = wh.table_counts()
        # settled_keys notes what the second load's settle rewrote (020): a key a row, not a row a settle
        assert {**again, "settled_keys": 0} == {**first, "settled_keys": 0}
        wh.load_document(record())
        assert wh.table_counts() == again
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


def test_a_document_the_warehouse_cannot_hold_fails_alone_and_the_rest_of_its_group_loads(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record("c" * 64, pages=2))
        broken = record("c" * 64, pages=3)
        broken.pages[2] = broken.pages[1]  # duplicate page number, past validation: the insert must fail
        group = [record("a" * 64), broken, record("b" * 64, date=dt.date(2024, 6, 1))]
        stored = wh.load_documents(group)
        assert [(r.document_id[0], r.status.value) for r in stored] == [("a", "ok"), ("c", "failed"), ("b", "ok")]
        rows = dict(((d[0], d[1:]) for d in wh.con.execute(
            "SELECT left(document_id, 1), status, error_code, error, "
            "(SELECT count(*) FROM pages p WHERE p.document_id = d.document_id) FROM documents d").fetchall()))
    assert rows["a"][:2] == rows["b"][:2] == ("ok", None)
    status, code, error, pages = rows["c"]
    assert (status, code, pages) == ("failed", "internal", 0)  # nothing of the failed load is left half-stored
    assert "in/protokoll.pdf" in error and "InconsistentRecord: page numbers are distinct" in error


def test_what_the_database_refuses_fails_that_document_alone_too(tmp_path, monkeypatch):
    original = Warehouse._put

    def null_page_text_for_c(self, table, columns, on_conflict=""):
        if table == "pages" and columns["document_id"] and columns["document_id"][0].startswith("c"):
            columns = columns | {"text": [None] * len(columns["text"])}  # pages.text is NOT NULL
        original(self, table, columns, on_conflict)

    monkeypatch.setattr(Warehouse, "_put", null_page_text_for_c)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        stored = wh.load_documents([record("a" * 64), record("c" * 64), record("b" * 64)])
        assert [r.status.value for r in stored] == ["ok", "failed", "ok"]
        assert "ConstraintException" in stored[1].error
        assert wh.con.execute("SELECT count(*) FROM pages").fetchone()[0] == 4


def test_a_group_that_loads_is_one_transaction_per_group_not_per_document(tmp_path, monkeypatch):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        calls = []
        original = wh._load_group
        monkeypatch.setattr(wh, "_load_group", lambda records, new: calls.append(len(records)) or original(records, new))
        wh.load_documents([record("a" * 64), record("b" * 64)])
    assert calls == [2]


def test_a_failed_row_that_cannot_be_stored_is_an_error_of_the_warehouse(tmp_path, monkeypatch):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        def broken(*args):
            raise duckdb.IOException("disk full")
        monkeypatch.setattr(wh, "_stage", broken)
        with pytest.raises(duckdb.IOException):
            wh.load_documents([record("a" * 64)])


def test_schema_is_versioned_and_migrating_again_is_harmless(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        version = wh.schema_version()
    from warehouse.load import _migrations

    with Warehouse(path) as wh:
        assert wh.migrate() == version == max(v for v, _, _ in _migrations())
        # each schema file applied once (numbers may skip: a branch's migration keeps the number it was given)
        assert wh.con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(_migrations())


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


# What a user's warehouse may hold: the contract (../shared/CONTRACT.md), the
# additions the contract names for the current issues, and the additions the
# README documents. Anything else is a stray object.
CONTRACT_TABLES = {
    "documents", "pages", "meetings", "items", "presenters", "attachments", "participants", "amounts",
    "agreements", "agreement_mentions", "item_dates",
}
CONTRACT_VIEWS = {"current_items"}
DOCUMENTED_VIEWS = {"current_documents"}  # README: Warehouse
CONTRACT_ADDITIONS = {"motions", "votes", "vote_records", "dissents", "conflicts", "matters", "sensitive"}
DOCUMENTED_TABLES = {"schema_version", "ingest_runs", "problems", "search_units", "search_documents", "search_stats",
                     "search_postings", *(f"search_postings_{level}" for level in range(1, 6)),
                     "matter_references", "body_aliases", "field_boxes",  # README: Matters and references; Search
                     "watches", "watch_hits", "watch_checked",  # docs/researcher.md: Watches
                     "meeting_aliases",  # docs/warehouse.md: Meetings and organisations
                     "write_log",  # docs/warehouse.md: what each write changed, for read snapshots
                     "document_sources", "superseded_documents",  # docs/warehouse.md: current_items and current_documents
                     "matters_pending",  # docs/warehouse.md: migrations (019)
                     "settled_keys"}  # docs/warehouse.md: what each write changed (020)


def stored_objects(con) -> dict[str, set[tuple[str, str]]]:
    return {
        "tables": set(con.execute("SELECT schema_name, table_name FROM duckdb_tables() WHERE NOT temporary").fetchall()),
        "views": set(con.execute(
            "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal AND NOT temporary").fetchall()),
        "temporary": set(con.execute(
            "SELECT schema_name, view_name FROM duckdb_views() WHERE NOT internal AND temporary").fetchall()),
    }


def test_a_warehouse_holds_the_contract_and_its_documented_additions_and_nothing_else(tmp_path):
    from warehouse import search

    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([record("a" * 64), record("b" * 64, date=dt.date(2024, 6, 1))])
        wh.load_document(DocumentRecord.failed("c" * 64, "x.pdf", ErrorCode.DAMAGED, "x.pdf is damaged."))
        try:
            search.rebuild_index(wh)
        except search.SearchUnavailable:
            pass
        found = stored_objects(wh.con)
        for schema, name in found["tables"] | found["views"]:  # every object answers a plain SELECT
            wh.con.execute(f'SELECT * FROM "{schema}"."{name}" LIMIT 1').fetchall()
    main_tables = {name for schema, name in found["tables"] if schema == "main"}
    assert CONTRACT_TABLES <= main_tables
    assert main_tables - CONTRACT_TABLES - CONTRACT_ADDITIONS - DOCUMENTED_TABLES == set()
    assert {name for schema, name in found["views"]} == CONTRACT_VIEWS | DOCUMENTED_VIEWS
    assert {schema for schema, _ in found["tables"] | found["views"]} <= {"main"}
    assert found["temporary"] == set()  # the staging view of an insert does not outlive it


def test_migrating_an_older_warehouse_removes_its_stray_view(tmp_path):
    from warehouse.load import _migrations

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for version, name, sql in _migrations():
        if version <= 3:  # a warehouse written before version 4
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    con.execute("CREATE VIEW main.rows AS SELECT 1 AS a WHERE false")  # what those writers left behind
    con.close()
    with Warehouse(path) as wh:
        views = {name for _, name in stored_objects(wh.con)["views"]}
        columns = {r[0] for r in wh.con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'documents'").fetchall()}
    assert views == CONTRACT_VIEWS | DOCUMENTED_VIEWS
    assert {"loaded_at", "attested_on", "revision"} <= columns
