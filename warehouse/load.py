"""The warehouse: the only module that writes SQL.

Each document is loaded inside one transaction — delete by key, insert — so a
reader or a crash never sees half a document, and loading the same record
twice leaves the same rows. Rows go in as whole columns, not one `execute`
per row: the documents of one load are staged table by table and each
table's rows inserted as one Arrow table.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow

from schemas.document import DocumentRecord, Status
from warehouse.paths import DEFAULT_DB, default_db_path  # noqa: F401 - where callers have always found them


# Tables whose rows belong to one document: replaced together when it is loaded again.
_DOCUMENT_TABLES = (
    "pages", "items", "presenters", "attachments", "participants", "problems",
    "amounts", "agreement_mentions", "item_dates", "documents",
)


# items columns that are stored as the Item model holds them
_ITEM_COLUMNS = (
    "number", "label", "title", "scheduled_time", "summary", "proposal", "decision", "page_start", "page_end",
    "case_number", "motions", "procedure", "dissent", "distribution", "attested",
)


def _insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list], on_conflict: str = "") -> None:
    """INSERT one table's rows given as columns, as one Arrow table: one
    statement whatever the row count (DuckDB reads Arrow without converting
    row by row: about 2.6 million rows a second against 3 600 for executemany,
    and without the per-parameter type probing of `?` parameters)."""
    if not next(iter(columns.values())):
        return
    sql = f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM rows {on_conflict}"
    con.from_arrow(pyarrow.table(columns)).query("rows", sql)


# Tables whose rows several documents of one load may share, by key: one row
# each in an INSERT (ON CONFLICT cannot update a row twice in one statement),
# a field taken from the first document that states it.
_SHARED_KEYS = {"meetings": "meeting_id", "agreements": "agreement_id"}


def _distinct_keys(table: str, columns: dict[str, list]) -> dict[str, list]:
    key = _SHARED_KEYS.get(table)
    if key is None or len(set(columns[key])) == len(columns[key]):
        return columns
    merged: dict[object, dict[str, object]] = {}
    names = list(columns)
    for row in zip(*columns.values()):
        record = dict(zip(names, row))
        kept = merged.setdefault(record[key], record)
        for name, value in record.items():
            if kept[name] is None:
                kept[name] = value
    return {name: [row[name] for row in merged.values()] for name in names}


class WarehouseLocked(RuntimeError):
    """Another process holds the warehouse file for writing."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files(__package__).joinpath("schema")
    found = []
    for entry in folder.iterdir():
        if m := re.match(r"^(\d{3})_(.+)\.sql$", entry.name):
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Warehouse:
    def __init__(self, path: str | os.PathLike[str], read_only: bool = False):
        self.path = Path(path)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" in message.lower():
                holder = re.search(r"PID (\d+)", message)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise WarehouseLocked(
                    f"{self.path} is in use by {who}; wait for it to finish or stop it, then run again."
                ) from None
            raise
        if not read_only:
            self.migrate()

    # ------------------------------------------------------------ schema

    def migrate(self) -> int:
        """Apply every schema file not yet applied; returns the schema version."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)"
        )
        applied = {row[0] for row in self.con.execute("SELECT version FROM schema_version").fetchall()}
        for version, name, sql in _migrations():
            if version in applied:
                continue
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
        return self.schema_version()

    def schema_version(self) -> int:
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    # ------------------------------------------------------------ reads the flow needs

    def statuses(self, document_ids: Iterable[str]) -> dict[str, tuple[str, int]]:
        """document_id → (status, extractor version) for the ids already in the warehouse."""
        ids = list(set(document_ids))
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT document_id, status, extractor_version FROM documents WHERE document_id IN (SELECT unnest($ids))",
            {"ids": ids},
        ).fetchall()
        return {doc_id: (status, version) for doc_id, status, version in rows}

    def table_counts(self) -> dict[str, int]:
        tables = [r[0] for r in self.con.execute("SELECT table_name FROM duckdb_tables() ORDER BY table_name").fetchall()]
        return {t: self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}

    # ------------------------------------------------------------ writes

    def load_document(self, record: DocumentRecord, new: bool = False) -> None:
        """Replace everything stored for this document with `record`,
        atomically. `new`: the caller knows the warehouse has no row of this
        document, so there is nothing to delete first (eleven statements fewer)."""
        self.load_documents([record], {record.document_id} if new else set())

    def load_documents(self, records: list[DocumentRecord], new: set[str] | frozenset[str] = frozenset()) -> None:
        """Replace everything stored for each of `records`, in one transaction:
        every document whole or not at all, and one INSERT per table for all of
        them (a statement costs about 2 ms whatever its rows; a document has
        ten tables). `new`: ids the caller knows the warehouse lacks."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            self._staged: dict[str, tuple[dict[str, list], str]] = {}
            for record in records:
                self._stage(record, record.document_id in new)
            for table, (columns, on_conflict) in self._staged.items():
                _insert_columns(con, table, _distinct_keys(table, columns), on_conflict)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        finally:
            self._staged = {}

    def _put(self, table: str, columns: dict[str, list], on_conflict: str = "") -> None:
        staged = self._staged.get(table)
        if staged is None:
            self._staged[table] = ({name: list(values) for name, values in columns.items()}, on_conflict)
        else:
            for name, values in columns.items():
                staged[0][name].extend(values)

    def _stage(self, record: DocumentRecord, new: bool) -> None:
        doc_id = record.document_id
        header = record.header
        meeting_id = header.meeting_id if record.status is Status.OK else None
        con = self.con
        if not new:
            previous = con.execute("SELECT meeting_id FROM documents WHERE document_id = ?", [doc_id]).fetchone()
            for table in _DOCUMENT_TABLES:
                con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
            if previous and previous[0] and previous[0] != meeting_id:
                self._drop_orphan_meeting(previous[0])
        if meeting_id is not None:
            self._put("meetings", {
                "meeting_id": [meeting_id], "organ": [header.organ], "meeting_date": [header.meeting_date],
                "start_time": [header.start_time], "end_time": [header.end_time], "location": [header.location],
            }, on_conflict="""ON CONFLICT (meeting_id) DO UPDATE SET
                    start_time = coalesce(meetings.start_time, excluded.start_time),
                    end_time   = coalesce(meetings.end_time, excluded.end_time),
                    location   = coalesce(meetings.location, excluded.location)""")
        ok = record.status is Status.OK
        self._put("documents", {
            "document_id": [doc_id],
            "source_path": [record.source_path],
            "kind": [record.kind.value],
            "organ": [header.organ if ok else None],
            "meeting_date": [header.meeting_date if ok else None],
            "meeting_id": [meeting_id],
            "page_count": [record.page_count],
            "text_source": [record.text_source.value if record.text_source else None],
            "status": [record.status.value],
            "error_code": [record.error_code.value if record.error_code else None],
            "error": [record.error],
            "ingested_at": [record.ingested_at],
            "extractor_version": [record.extractor_version],
        })
        self._put("pages", {
            "document_id": [doc_id] * len(record.pages),
            "page_no": [p.page_no for p in record.pages],
            "text": [p.text for p in record.pages],
            "text_source": [p.text_source.value for p in record.pages],
        })
        self._stage_structure(record, meeting_id)

    def _stage_structure(self, record: DocumentRecord, meeting_id: str | None) -> None:
        """Stage items, presenters, attachments, participants and problems,
        each as whole columns."""
        doc_id = record.document_id
        items = record.items
        ids = [item.item_id(doc_id) for item in items]
        columns = {
            "item_id": ids,
            "document_id": [doc_id] * len(items),
            "meeting_id": [meeting_id] * len(items),
            "source": [i.source.value for i in items],
            "section": [i.section.value if i.section else None for i in items],
        }
        columns |= {name: [getattr(i, name) for i in items] for name in _ITEM_COLUMNS}
        self._put("items", columns)
        presenters = [(item_id, name, pos) for item_id, i in zip(ids, items) for pos, name in enumerate(i.presenters)]
        self._put("presenters", {
            "item_id": [p[0] for p in presenters],
            "name": [p[1] for p in presenters],
            "document_id": [doc_id] * len(presenters),
            "position": [p[2] for p in presenters],
        })
        attachments = [(item_id, a, pos) for item_id, i in zip(ids, items) for pos, a in enumerate(i.attachments)]
        self._put("attachments", {
            "item_id": [a[0] for a in attachments],
            "title": [a[1].title for a in attachments],
            "page_start": [a[1].page_start for a in attachments],
            "document_id": [doc_id] * len(attachments),
            "position": [a[2] for a in attachments],
        })
        people = record.participants
        self._put("participants", {
            "meeting_id": [meeting_id] * len(people),
            "document_id": [doc_id] * len(people),
            "name": [p.name for p in people],
            "party": [p.party for p in people],
            "organization": [p.organization for p in people],
            "role": [p.role.value for p in people],
            "sections": [p.sections for p in people],
        })
        self._stage_entities(record, dict(zip((i.number for i in items), ids)))
        self._put("problems", {
            "document_id": [doc_id] * len(record.problems),
            "page_no": [p.page_no for p in record.problems],
            "message": [p.message for p in record.problems],
        })

    def _stage_entities(self, record: DocumentRecord, item_ids: dict[int, str]) -> None:
        doc_id = record.document_id
        amounts = record.amounts
        self._put("amounts", {
            "document_id": [doc_id] * len(amounts),
            "item_id": [item_ids.get(a.item_number) for a in amounts],
            "page_no": [a.page_no for a in amounts],
            "value_sek": [a.value_sek for a in amounts],
            "raw": [a.raw for a in amounts],
            "context": [a.context for a in amounts],
        })
        mentions = record.agreement_mentions
        new = {m.agreement_id: m for m in mentions if m.agreement_id.startswith("new:")}
        if new:
            self._put("agreements", {
                "agreement_id": list(new), "name": [m.name for m in new.values()],
                "aliases": [[m.surface] for m in new.values()],
            }, on_conflict="ON CONFLICT (agreement_id) DO NOTHING")
        self._put("agreement_mentions", {
            "agreement_id": [m.agreement_id for m in mentions],
            "document_id": [doc_id] * len(mentions),
            "item_id": [item_ids.get(m.item_number) for m in mentions],
            "page_no": [m.page_no for m in mentions],
            "surface": [m.surface for m in mentions],
            "in_decision": [m.in_decision for m in mentions],
        })
        dates = record.item_dates
        self._put("item_dates", {
            "item_id": [item_ids[d.item_number] for d in dates],
            "date": [d.date for d in dates],
            "raw": [d.raw for d in dates],
            "context": [d.context for d in dates],
            "precision": [d.precision.value for d in dates],
            "document_id": [doc_id] * len(dates),
        })

    def sync_agreements(self, catalogue: Iterable[tuple[str, str, list[str]]]) -> None:
        """Make the agreements table hold the catalogue as it is now: (id, name, aliases)."""
        rows = list(catalogue)
        stored = {
            (agreement_id, name, tuple(aliases))
            for agreement_id, name, aliases in self.con.execute("SELECT * FROM agreements").fetchall()
        }
        if not rows or {(a, n, tuple(al)) for a, n, al in rows} <= stored:
            return  # nothing changed: an ingest with nothing new writes nothing
        self.con.execute(
            """INSERT INTO agreements SELECT unnest($id), unnest($name), unnest($aliases)
               ON CONFLICT (agreement_id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases""",
            {"id": [r[0] for r in rows], "name": [r[1] for r in rows], "aliases": [list(r[2]) for r in rows]},
        )

    def _drop_orphan_meeting(self, meeting_id: str) -> None:
        self.con.execute(
            "DELETE FROM meetings WHERE meeting_id = $m AND NOT EXISTS "
            "(SELECT 1 FROM documents WHERE meeting_id = $m)",
            {"m": meeting_id},
        )

    def update_source_path(self, document_id: str, source_path: str) -> None:
        """An unchanged file seen again, perhaps at a new path: remember the latest path."""
        self.con.execute(
            "UPDATE documents SET source_path = ? WHERE document_id = ? AND source_path <> ?",
            [source_path, document_id, source_path],
        )

    def record_run(self, run_id: str, started_at: dt.datetime, ok: int, skipped: int, failed: int, pages: int) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO ingest_runs VALUES (?, ?, now(), ?, ?, ?, ?)",
            [run_id, started_at, ok, skipped, failed, pages],
        )

    # ------------------------------------------------------------ queries users run from the README

    def meetings_overview(self) -> list[tuple]:
        """One row per meeting: date, body, documents by kind, pages."""
        return self.con.execute(
            """
            SELECT m.meeting_date, m.organ, m.start_time, m.end_time, m.location,
                   string_agg(DISTINCT d.kind, ', ' ORDER BY d.kind) AS kinds,
                   sum(d.page_count) AS pages
            FROM meetings m JOIN documents d USING (meeting_id)
            WHERE d.status = 'ok'
            GROUP BY ALL
            ORDER BY m.meeting_date
            """
        ).fetchall()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
