"""The warehouse: the only module that writes SQL.

Each document is loaded inside one transaction — delete by key, insert — so a
reader or a crash never sees half a document, and loading the same record
twice leaves the same rows. Rows go in as whole columns, not one `execute`
per row: the documents of one load are staged table by table and each
table's rows inserted as one Arrow table.

Nothing one document holds stops the others: when a group of documents
cannot be loaded together, each is loaded on its own, and one that still
cannot be loaded is stored as a failed document (`internal`, with a sentence
naming the file) instead.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import time
from importlib import resources
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow

from schemas.document import DocumentRecord, ErrorCode, Status, record_faults
from schemas import ids as _ids
from schemas.faults import crash_point
from schemas.ids import stable_hash
from warehouse import meetings as meeting_keys
from extractors.entities.words import LexiconUnavailable
from warehouse import search_index
from warehouse.matters import MATTER_TABLES, matters_settled_from, settle_matters
from warehouse.paths import DEFAULT_DB, default_db_path  # noqa: F401 - where callers have always found them


UNREAD_BODY = "(body not read)"  # how `paragraf meetings` lists a dated meeting document whose body it could not read
_SETTLED_MARK = "nodes "  # matters settled by this version (019_matters_touched): the comment's prefix
_TERM = "hash(d.document_id || '@' || coalesce(d.ingested_at::VARCHAR, ''))"  # a document's part of the fingerprint

# Tables whose rows belong to one document: replaced together when it is loaded again.
_DOCUMENT_TABLES = (
    "pages", "items", "presenters", "attachments", "participants", "problems",
    "amounts", "agreement_mentions", "item_dates", "sensitive",
    "motions", "votes", "vote_records", "dissents", "conflicts",  # 007_procedure
    "matter_references", "body_aliases",  # 008_matters
    "field_boxes",  # 009_provenance
    "search_units", "search_documents",  # 015_search_index (the postings: by unit, first)
    "document_sources",  # 018_current_kept
    "documents",
)


# items columns that are stored as the Item model holds them
_ITEM_COLUMNS = (
    "number", "label", "title", "scheduled_time", "summary", "proposal", "decision", "page_start", "page_end",
    "case_number", "motions", "procedure", "dissent", "distribution", "attested", "case_number_raw",
    "parent_label",  # 012_parent_label
)


def _insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list], on_conflict: str = "") -> None:
    """INSERT one table's rows given as columns, as one Arrow table: one
    statement whatever the row count (DuckDB reads Arrow without converting
    row by row: about 2.6 million rows a second against 3 600 for executemany,
    and without the per-parameter type probing of `?` parameters)."""
    if not next(iter(columns.values())):
        return
    # a temporary view, never stored in the warehouse file (a relation's
    # .query() would leave a view behind in the user's warehouse)
    con.register(_STAGED_VIEW, pyarrow.table(columns))
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM {_STAGED_VIEW} {on_conflict}")
    finally:
        con.unregister(_STAGED_VIEW)


_STAGED_VIEW = "paragraf_staged_rows"


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


# provenance (009_provenance.sql): where each record stands in its PDF
_BOX = ("x0", "top", "x1", "bottom")


def _boxes(regions: list, page: bool = True) -> dict[str, list]:
    """Columns page_no (with `page`), x0, top, x1, bottom of boxes that may be None."""
    out = {"page_no": [r.page_no if r else None for r in regions]} if page else {}
    return out | {name: [getattr(r, name) if r else None for r in regions] for name in _BOX}


# Which document of a meeting answers for it (018_current_kept): the first of
# its documents of one source by what they print — a revision, the justering
# date, the posting date, the PDF's modification date — then the smallest id.
_CURRENT_ORDER = ("coalesce(revision, 0) DESC, attested_on DESC NULLS LAST, posted_on DESC NULLS LAST, "
                  "pdf_modified_at DESC NULLS LAST, document_id")


def refresh_current(con: duckdb.DuckDBPyConnection, meeting_ids: Iterable[str] | None = None) -> None:
    """Rank again the documents of these meetings (all when None) and keep
    those not ranked first in `superseded_documents`, inside the caller's
    transaction. Reads `document_sources` and `documents` only: the items of
    the other documents are not read, so a load's cost does not grow with
    the warehouse."""
    if meeting_ids is None:
        where, params = "", {}
    else:
        params = {"m": sorted(set(meeting_ids))}
        if not params["m"]:
            return
        where = "WHERE meeting_id IN (SELECT unnest($m))"
    con.execute(f"DELETE FROM superseded_documents {where}", params)
    con.execute(f"""
        INSERT INTO superseded_documents
        SELECT meeting_id, source, document_id FROM (
            SELECT s.meeting_id, s.source, s.document_id, d.revision, d.attested_on, d.posted_on, d.pdf_modified_at
            FROM (SELECT * FROM document_sources {where}) s JOIN documents d USING (document_id)
        )
        QUALIFY dense_rank() OVER (PARTITION BY meeting_id, source ORDER BY {_CURRENT_ORDER}) > 1""", params)


def rebuild_current(con: duckdb.DuckDBPyConnection) -> None:
    """`document_sources` and `superseded_documents` made again from every
    stored item (for rows written other than by a load: warehouse.synthetic)."""
    con.execute("DELETE FROM document_sources")
    con.execute("""INSERT INTO document_sources
                   SELECT DISTINCT i.meeting_id, i.source, i.document_id
                   FROM items i JOIN documents d USING (document_id)
                   WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL""")
    refresh_current(con)


def warehouse_fault(exc: BaseException) -> bool:
    """Whether `exc` is the warehouse's own failure (a full disk, a file that
    cannot be written, a database DuckDB has invalidated) rather than one
    document's: then no document can be loaded, and the run stops."""
    if isinstance(exc, (duckdb.FatalException, duckdb.IOException)) or disk_full(exc):
        return True
    return "invalidated" in str(exc)


def disk_full(exc: BaseException | None) -> bool:
    """Whether `exc`, or what caused it, is a full disk (or quota)."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "No space left on device" in str(exc) or "Disk quota exceeded" in str(exc):
            return True
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return False


class InconsistentRecord(ValueError):
    """A record whose parts do not fit together (changed after it was
    validated, or built without validation): the warehouse would trip on it."""


class WarehouseLocked(RuntimeError):
    """Another process holds the warehouse file for writing."""


def _migrations() -> list[tuple[int, str, str]]:
    folder = resources.files(__package__).joinpath("schema")
    found = []
    for entry in folder.iterdir():
        if m := re.match(r"^(\d{3})_(.+)\.sql$", entry.name):
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def _unloadable(record: DocumentRecord, exc: Exception) -> DocumentRecord:
    """The failed record stored for a document the warehouse could not hold."""
    failed = DocumentRecord.failed(
        record.document_id,
        record.source_path,
        ErrorCode.INTERNAL,
        f"{record.source_path} was read but could not be stored because of an internal error "
        f"({type(exc).__name__}: {str(exc)[:300]}); the rest of the batch was stored. "
        "Please report it with the file attached.",
    )
    return failed.model_copy(update={"kind": record.kind})


READERS_WAIT_SECONDS = 30.0  # a writer waits this long at most for readers of the main file to close it


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect; a writer that finds only readers on the file (DuckDB
    then says it could be opened read-only) waits for them to close it:
    readers hold it briefly, and most read the snapshot (warehouse.snapshot)."""
    deadline = time.monotonic() + READERS_WAIT_SECONDS
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as exc:
            readers_only = "lock" in str(exc).lower() and "read-only mode" in str(exc)
            if read_only or not readers_only or time.monotonic() > deadline:
                raise
        time.sleep(0.05)


class Warehouse:
    # what a reader opened by warehouse.snapshot.open_reader reads: None for
    # the main file, else the snapshot (a warehouse.snapshot.Published)
    published = None

    def __init__(self, path: str | os.PathLike[str], read_only: bool = False):
        self.path = Path(path)
        # documents this writer stores first are stamped with this time: the
        # documents of one ingest share it (see the current_items view)
        self.opened_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        if not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:  # the file as found, before this open changes anything (warehouse.snapshot.Publisher)
            st = self.path.stat()
            self.state_at_open: dict[str, int] | None = {"ino": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
        except OSError:
            self.state_at_open = None
        try:
            self.con = _connect(self.path, read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" in message.lower():
                holder = re.search(r"PID (\d+)", message)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise WarehouseLocked(
                    f"{self.path} is in use by {who}; wait for it to finish or stop it, then run again."
                ) from None
            raise
        self.matter_fault: str | None = None  # why the last settle of matters failed, if it did
        self._write_seq: int | None = None  # the number of this writer's last write (see note_written)
        self.search_fault: str | None = None  # why documents were stored unindexed, if they were
        # index the text with personal identity numbers unmasked (ingest --include-sensitive)
        # (the environment's PARAGRAF_INDEX_PERSONAL=1, which ingest sets for its flows)
        self.index_personal = os.environ.get("PARAGRAF_INDEX_PERSONAL") == "1"
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
                crash_point("during-migration")  # applied, not yet recorded: a kill leaves neither
                self.con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
                self.con.execute("COMMIT")
            except Exception:
                self.con.execute("ROLLBACK")
                raise
        return self.schema_version()

    # ------------------------------------------------------------ what changed (014: read snapshots follow it)

    def next_write(self) -> int:
        """The sequence number of a new write: above every number stored, so
        a read snapshot holding writes up to N is brought up to date by the
        writes numbered above N (warehouse/snapshot.py)."""
        if self._write_seq is None:
            self._write_seq = int(self.con.execute(
                "SELECT greatest((SELECT coalesce(max(write_seq), 0) FROM documents), "
                "(SELECT coalesce(max(write_seq), 0) FROM write_log))").fetchone()[0])
        self._write_seq += 1
        return self._write_seq

    def note_written(self, *tables: str, seq: int | None = None) -> None:
        """Record, inside the caller's transaction, that `tables` were written
        beyond the rows of the documents loaded ('meetings', 'matters', a
        search index's tables; 'schema.*' for every table of a schema). A
        table written by a write that does not say so is copied whole into
        each snapshot, so saying it is what makes a publish cheap, never what
        makes it right."""
        seq = self.next_write() if seq is None else seq
        self.con.execute("INSERT OR REPLACE INTO write_log SELECT unnest($names), $seq",
                         {"names": sorted(set(tables)), "seq": seq})

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

    def load_document(self, record: DocumentRecord, new: bool = False) -> DocumentRecord:
        """Replace everything stored for this document with `record`,
        atomically; returns what was stored (see `load_documents`). `new`: the
        caller knows the warehouse has no row of this document, so there is
        nothing to delete first (eleven statements fewer)."""
        return self.load_documents([record], {record.document_id} if new else set())[0]

    def load_documents(self, records: list[DocumentRecord], new: set[str] | frozenset[str] = frozenset(),
                       settle: bool = True) -> list[DocumentRecord]:
        """Replace everything stored for each of `records`, in one transaction:
        every document whole or not at all, and one INSERT per table for all of
        them (a statement costs about 2 ms whatever its rows; a document has
        ten tables). `new`: ids the caller knows the warehouse lacks.

        When the group cannot be loaded, each document is loaded in a
        transaction of its own, and a document that cannot be loaded even
        alone is stored as a failed one (`internal`, naming its file), so the
        others load. Returns the records as stored, in the given order.
        `settle=False` leaves the matters to the caller (`settle_matters`):
        an ingest settles them once before readers are shown the warehouse,
        not after every group it loads."""
        try:
            self._load_group(records, new)
            stored = list(records)
        except Exception as exc:  # noqa: BLE001 - which document it was is found below
            if warehouse_fault(exc) or (len(records) == 1 and records[0].status is Status.FAILED):
                raise  # the warehouse itself is at fault (a full disk): no document would load
            stored = self._load_one_by_one(records, new)
        if settle:
            self.settle_matters()
        return stored

    def _load_one_by_one(self, records: list[DocumentRecord], new: set[str] | frozenset[str]) -> list[DocumentRecord]:
        stored = []
        for record in records:
            try:
                self._load_group([record], new)
            except Exception as exc:  # noqa: BLE001
                record = _unloadable(record, exc)
                self._load_group([record], new)  # if even this fails, the warehouse is at fault: raise
            stored.append(record)
        return stored

    def _load_group(self, records: list[DocumentRecord], new: set[str] | frozenset[str]) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            self._staged: dict[str, tuple[dict[str, list], str]] = {}
            self._meetings: set[str] = set()
            self._seq = self.next_write()
            self._groups: set[str] = set()  # the bodies and days (schemas.ids.meeting_group) this load touches
            self._previous: dict[str, str] = {}  # document → the meeting it was in before
            self._search_stats = [0, 0]  # units and their length added (less those replaced)
            self._terms_before: dict[str, int] = {}  # document → its fingerprint term before this load
            for record in records:
                self._stage(record, record.document_id in new)
            groups = self._groups | {_ids.group_of(m) for m in self._previous.values()}
            existed = meeting_keys.groups_present(con, groups)
            for table, (columns, on_conflict) in self._staged.items():
                _insert_columns(con, table, _distinct_keys(table, columns), on_conflict)
            self._meetings |= meeting_keys.settle(con, groups, self._previous, existed, self.opened_at,
                                                 write_seq=self._seq)
            if self._search_stats != [0, 0]:
                con.execute("UPDATE search_stats SET units = units + ?, length = length + ?", self._search_stats)
            self._settle_meetings(self._meetings)
            refresh_current(con, self._meetings)
            # what the next settle of matters starts from, and how the documents' fingerprint changed
            # (019_matters_touched; Warehouse.settle_matters)
            loaded = {r.document_id: self._terms_before.get(r.document_id) for r in records}
            con.execute(f"""
                INSERT INTO matters_pending
                SELECT d.document_id, NULL, xor({_TERM}, coalesce(b.term, 0)), b.term IS NULL, NULL
                FROM documents d JOIN (SELECT unnest($d) AS document_id, unnest($t)::UBIGINT AS term) b USING (document_id)
                UNION ALL SELECT NULL, unnest($m), NULL, NULL, NULL""",
                        {"d": list(loaded), "t": list(loaded.values()), "m": sorted(self._meetings)})
            self.note_written("meetings", "meeting_aliases", "agreements", "search_stats", "superseded_documents",
                              "matters_pending", seq=self._seq)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            self._staged = {}
        crash_point("after-commit")

    def settle_matters(self, if_stale: bool = False) -> None:
        """Matters and resolved references (warehouse/matters.py), in a
        transaction of their own after the documents': a fault there leaves
        the previous matters (the next settle does the work again: what the
        loads touched stays noted) and never costs a document its load. The
        documents they were settled from are noted on the table
        (`documents_fingerprint`); `if_stale`: only when those are not the
        documents stored now (loads since, or a run killed before it settled).

        What the loads since the last settle touched (`matters_pending`) is
        settled alone when the matters were settled by this version; else —
        a new or migrated warehouse, documents written by other means — every
        matter is derived again from every stored row."""
        con = self.con
        fingerprint = self.documents_fingerprint()
        settled = matters_settled_from(con)
        pending = con.execute("SELECT document_id, meeting_id, target_item_id FROM matters_pending").fetchall()
        if if_stale and settled == _SETTLED_MARK + fingerprint and not pending:
            return
        touched = None
        if (settled is not None and settled.startswith(_SETTLED_MARK) and pending
                and self._pending_explains(settled[len(_SETTLED_MARK):], fingerprint)):
            touched = tuple({row[k] for row in pending if row[k] is not None} for k in range(3))
        # else documents changed that no load noted (or the matters were settled by another version): everything
        attempts = [touched, None] if touched is not None else [None]  # what was touched failing: everything
        for attempt in attempts:
            con.execute("BEGIN TRANSACTION")
            try:
                seq = self.next_write()
                if attempt is not None:  # the rows rewritten noted by key (settled_keys): a publish takes those alone
                    settle_matters(con, attempt, seq=seq)
                    self.note_written("matters_pending", seq=seq)
                else:  # every row rewritten: noted whole, and the keys noted before need not be kept
                    settle_matters(con)
                    con.execute("DELETE FROM settled_keys")
                    self.note_written(*MATTER_TABLES, "settled_keys", "matters_pending", seq=seq)
                con.execute("DELETE FROM matters_pending")
                con.execute(f"COMMENT ON TABLE matters IS '{_SETTLED_MARK}{fingerprint}'")
                con.execute("COMMIT")
                return
            except Exception as exc:  # noqa: BLE001 - derived data: the documents are stored
                con.execute("ROLLBACK")
                if attempt is None:
                    self.matter_fault = f"matters could not be derived ({type(exc).__name__}: {str(exc)[:200]})"

    def documents_fingerprint(self) -> str:
        """The stored documents, each with its load time (a document loaded
        again gets a new one): what derived data was derived from."""
        count, mixed = self.con.execute(f"SELECT count(*), coalesce(bit_xor({_TERM}), 0) FROM documents d").fetchone()
        return f"documents={count} hash={mixed}"

    def _pending_explains(self, settled: str, fingerprint: str) -> bool:
        """Whether the documents stored now are those the matters were
        settled from (`settled`) changed only by the loads `matters_pending`
        notes: the fingerprint is a count and a XOR of one term a document,
        and each load noted its documents' terms before and after."""
        try:
            old = dict(part.split("=", 1) for part in settled.split())
            now = dict(part.split("=", 1) for part in fingerprint.split())
        except ValueError:
            return False
        added, change = self.con.execute(
            "SELECT count(*) FILTER (WHERE added), coalesce(bit_xor(change), 0) FROM matters_pending "
            "WHERE document_id IS NOT NULL").fetchone()
        return (int(old["documents"]) + added == int(now["documents"])
                and int(old["hash"]) ^ int(change) == int(now["hash"]))

    def _put(self, table: str, columns: dict[str, list], on_conflict: str = "") -> None:
        staged = self._staged.get(table)
        if staged is None:
            self._staged[table] = ({name: list(values) for name, values in columns.items()}, on_conflict)
        else:
            for name, values in columns.items():
                staged[0][name].extend(values)

    def _stage(self, record: DocumentRecord, new: bool) -> None:
        if faults := record_faults(record):  # checked again: a record may have changed since it was built
            raise InconsistentRecord("; ".join(faults[:3]))
        doc_id = record.document_id
        header = record.header
        meeting_id = header.meeting_id if record.status is Status.OK else None
        con = self.con
        loaded_at = self.opened_at
        if not new:
            previous = con.execute(
                f"SELECT meeting_id, coalesce(loaded_at, ingested_at), {_TERM} FROM documents d WHERE document_id = ?",
                [doc_id]).fetchone()
            if previous and doc_id not in self._terms_before:  # (a document twice in one load: its first state)
                self._terms_before[doc_id] = previous[2]
            if previous:
                loaded_at = previous[1]  # first stored then: read again now, it is no newer
                if previous[0]:
                    self._meetings.add(previous[0])
                    self._previous[doc_id] = previous[0]  # retired after the load if no document stays (meetings.settle)
            units, length = con.execute(
                "SELECT count(*), coalesce(sum(length), 0) FROM search_units WHERE document_id = ?", [doc_id]).fetchone()
            if units:
                self._search_stats[0] -= units
                self._search_stats[1] -= length
                for level in search_index.POSTING_LEVELS:
                    con.execute(f"DELETE FROM {level} WHERE unit IN (SELECT unit FROM search_units WHERE document_id = ?)",
                                [doc_id])
            # the items its references named: their matters lose it (019_matters_touched)
            con.execute("""INSERT INTO matters_pending (target_item_id) SELECT DISTINCT target_item_id
                           FROM matter_references WHERE document_id = ? AND target_item_id IS NOT NULL""", [doc_id])
            for table in _DOCUMENT_TABLES:
                con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
        if meeting_id is not None:
            # the document's own meeting; a document without organisation may
            # join another of the same body and day (warehouse/meetings.py)
            self._meetings.add(meeting_id)
            self._groups.add(_ids.meeting_group(header.organ, header.meeting_date))
            self._put("meetings", {
                "meeting_id": [meeting_id], "organ": [header.organ], "meeting_date": [header.meeting_date],
                "start_time": [header.start_time], "end_time": [header.end_time], "location": [header.location],
                "organisation": [header.organisation], "first_id": [meeting_id],
            }, on_conflict="""ON CONFLICT (meeting_id) DO UPDATE SET
                    start_time = coalesce(meetings.start_time, excluded.start_time),
                    end_time   = coalesce(meetings.end_time, excluded.end_time),
                    location   = coalesce(meetings.location, excluded.location),
                    organisation = coalesce(meetings.organisation, excluded.organisation)""")
        ok = record.status is Status.OK
        self._put("documents", {
            "document_id": [doc_id],
            "source_path": [record.source_path],
            "kind": [record.kind.value],
            "organ": [header.organ if ok else None],
            "organisation": [header.organisation if ok else None],
            "organisation_evidence": [record.organisation_evidence if ok else None],
            "meeting_date": [header.meeting_date if ok else None],
            "meeting_id": [meeting_id],
            "page_count": [record.page_count],
            "text_source": [record.text_source.value if record.text_source else None],
            "status": [record.status.value],
            "error_code": [record.error_code.value if record.error_code else None],
            "error": [record.error],
            "ingested_at": [record.ingested_at],
            "extractor_version": [record.extractor_version],
            "loaded_at": [loaded_at],
            "attested_on": [record.attested_on],
            "posted_on": [record.posted_on],
            "appeal_until": [record.appeal_until],
            "revision": [record.revision],
            "pdf_modified_at": [record.pdf_modified_at],
            "write_seq": [self._seq],
            "start_time": [header.start_time if ok else None],
            "end_time": [header.end_time if ok else None],
            "location": [header.location if ok else None],
            "case_number": [record.case_number.normal if record.case_number else None],
            "case_number_raw": [record.case_number.raw if record.case_number else None],
        })
        self._put("pages", {
            "document_id": [doc_id] * len(record.pages),
            "page_no": [p.page_no for p in record.pages],
            "text": [p.text for p in record.pages],
            "text_source": [p.text_source.value for p in record.pages],
        })
        self._stage_structure(record, meeting_id)
        self._stage_search(record)
        if ok and meeting_id is not None:  # what refresh_current ranks (018_current_kept)
            sources = sorted({item.source.value for item in record.items})
            self._put("document_sources", {"meeting_id": [meeting_id] * len(sources), "source": sources,
                                           "document_id": [doc_id] * len(sources)})

    def _stage_search(self, record: DocumentRecord) -> None:
        """The document's search units and terms (warehouse/search_index.py),
        in its own transaction: the index is as whole as the documents. Without
        the Swedish dictionary the document is stored unindexed, and
        `paragraf search` says the index is stale."""
        try:
            version = search_index.analyser_version()
        except LexiconUnavailable as exc:
            self.search_fault = str(exc)
            return
        doc_id = record.document_id
        spans = [(item.item_id(doc_id), item.number, item.page_start, item.page_end) for item in record.items]
        units = [search_index.Unit(f"item:{item_id}", doc_id, "item", item.page_start, item_id,
                                   search_index.item_text({k: getattr(item, k, None) for k in search_index.ITEM_FIELDS}))
                 for item, (item_id, *_rest) in zip(record.items, spans)]
        units += [search_index.Unit(f"page:{doc_id}:{page.page_no}", doc_id, "page", page.page_no,
                                    search_index.page_item(page.page_no, spans), page.text or "")
                  for page in record.pages]
        unit_rows, posting_rows = search_index.rows(units, personal=self.index_personal)
        self._search_stats[0] += len(unit_rows["unit"])
        self._search_stats[1] += sum(unit_rows["length"])
        self._put("search_units", unit_rows)
        self._put("search_postings", posting_rows)
        self._put("search_documents", {"document_id": [doc_id], "analyser": [version]})

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
        self._put("items", columns | _boxes([i.box for i in items]))
        fields = [(item_id, box) for item_id, i in zip(ids, items) for box in i.field_boxes]
        self._put("field_boxes", {
            "item_id": [f[0] for f in fields], "field": [f[1].field for f in fields],
            "document_id": [doc_id] * len(fields),
        } | _boxes([f[1] for f in fields]))
        presenters = [
            (item_id, name, pos, i.presenter_boxes[pos] if pos < len(i.presenter_boxes) else None)
            for item_id, i in zip(ids, items) for pos, name in enumerate(i.presenters)
        ]
        self._put("presenters", {
            "item_id": [p[0] for p in presenters],
            "name": [p[1] for p in presenters],
            "document_id": [doc_id] * len(presenters),
            "position": [p[2] for p in presenters],
        } | _boxes([p[3] for p in presenters]))
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
        } | _boxes([p.box for p in people]))
        by_key: dict = {}
        for item, item_id in zip(items, ids):
            by_key.setdefault(item.key, item_id)  # '§ 3 a' and '§ 3 b': the first holds what names the number
        self._stage_entities(record, by_key)
        self._stage_sensitive(record)
        self._stage_procedure(record, by_key)
        self._stage_matters(record, by_key)
        self._put("problems", {
            "document_id": [doc_id] * len(record.problems),
            "page_no": [p.page_no for p in record.problems],
            "message": [p.message for p in record.problems],
        })

    def _stage_entities(self, record: DocumentRecord, item_ids: dict[object, str]) -> None:
        """Amounts, agreement mentions and item dates, each tied to its item
        by the item's key (the record's own consistency guarantees the key is
        there; a record that breaks it fails alone, see `load_documents`)."""
        doc_id = record.document_id
        amounts = record.amounts
        self._put("amounts", {
            "document_id": [doc_id] * len(amounts),
            "item_id": [item_ids.get(a.item_key) for a in amounts],
            "page_no": [a.page_no for a in amounts],
            "value_sek": [a.value_sek for a in amounts],
            "raw": [a.raw for a in amounts],
            "context": [a.context for a in amounts],
        } | _boxes([a.box for a in amounts], page=False))
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
            "item_id": [item_ids.get(m.item_key) for m in mentions],
            "page_no": [m.page_no for m in mentions],
            "surface": [m.surface for m in mentions],
            "in_decision": [m.in_decision for m in mentions],
        } | _boxes([m.box for m in mentions], page=False))
        dates = record.item_dates
        self._put("item_dates", {
            "item_id": [item_ids[d.item_key] for d in dates],
            "date": [d.date for d in dates],
            "raw": [d.raw for d in dates],
            "context": [d.context for d in dates],
            "precision": [d.precision.value for d in dates],
            "document_id": [doc_id] * len(dates),
        } | _boxes([d.box for d in dates]))

    def _stage_sensitive(self, record: DocumentRecord) -> None:
        """Personal identity numbers and secrecy markings (masked forms only),
        each tied to its item by the item's identity."""
        doc_id = record.document_id
        found = record.sensitive
        self._put("sensitive", {
            "document_id": [doc_id] * len(found),
            "item_id": [_ids.item_id(doc_id, f.item_source, f.item_label, f.item_number) if f.item_source else None
                        for f in found],
            "page_no": [f.page_no for f in found],
            "kind": [f.kind.value for f in found],
            "masked": [f.masked for f in found],
            "rule_id": [f.rule_id for f in found],
            **{name: [getattr(f, name) for f in found] for name in ("x0", "top", "x1", "bottom")},
        })

    def _stage_procedure(self, record: DocumentRecord, item_ids: dict[object, str]) -> None:
        """Motions, votes with their named votes, dissents and conflicts (007),
        each tied to its item by the item's key; ids from the item id, the kind
        of row and its ordinal, so loading again gives the same ids."""
        doc_id = record.document_id

        def row_id(kind: str, part) -> str:
            return stable_hash(item_ids[part.item_key], kind, part.ordinal)

        motions = record.motions
        motion_ids = [row_id("motion", m) for m in motions]
        by_mover = {(m.item_key, m.mover): mid for m, mid in zip(motions, motion_ids)}
        self._put("motions", {
            "motion_id": motion_ids,
            "item_id": [item_ids[m.item_key] for m in motions],
            "document_id": [doc_id] * len(motions),
            "position": [m.ordinal for m in motions],
            "mover": [m.mover for m in motions],
            "party": [m.party for m in motions],
            "role": [m.role for m in motions],
            "kind": [m.kind.value for m in motions],
            "text": [m.text for m in motions],
            "supports": [m.supports for m in motions],
            "supports_motion_id": [by_mover.get((m.item_key, m.supports)) for m in motions],
            "withdrawn": [m.withdrawn for m in motions],
            "page_no": [m.page_no for m in motions],
            "sentence": [m.sentence for m in motions],
        })
        votes = record.votes
        vote_ids = [row_id("vote", v) for v in votes]
        self._put("votes", {
            "vote_id": vote_ids,
            "item_id": [item_ids[v.item_key] for v in votes],
            "document_id": [doc_id] * len(votes),
            "position": [v.ordinal for v in votes],
            "kind": [v.kind.value for v in votes],
            **{name: [getattr(v, name) for v in votes] for name in (
                "proposition", "result", "winner", "yes_for", "no_for", "yes", "no", "abstain", "consistent",
                "page_no", "sentence")},
        })
        named = [(vid, pos, r) for vid, v in zip(vote_ids, votes) for pos, r in enumerate(v.records)]
        self._put("vote_records", {
            "vote_id": [n[0] for n in named],
            "document_id": [doc_id] * len(named),
            "position": [n[1] for n in named],
            "name": [n[2].name for n in named],
            "party": [n[2].party for n in named],
            "choice": [n[2].choice.value for n in named],
            "page_no": [n[2].page_no for n in named],
            "raw": [n[2].raw for n in named],
        })
        dissents = record.dissents
        self._put("dissents", {
            "dissent_id": [row_id("dissent", d) for d in dissents],
            "item_id": [item_ids[d.item_key] for d in dissents],
            "document_id": [doc_id] * len(dissents),
            "position": [d.ordinal for d in dissents],
            "kind": [d.kind.value for d in dissents],
            **{name: [getattr(d, name) for d in dissents] for name in (
                "name", "party", "against", "in_favour_of", "written", "text", "page_no", "sentence")},
        })
        conflicts = record.conflicts
        self._put("conflicts", {
            "conflict_id": [row_id("conflict", c) for c in conflicts],
            "item_id": [item_ids[c.item_key] for c in conflicts],
            "document_id": [doc_id] * len(conflicts),
            "position": [c.ordinal for c in conflicts],
            **{name: [getattr(c, name) for c in conflicts] for name in (
                "name", "party", "substitute", "substitute_party", "page_no", "sentence")},
        })

    def _stage_matters(self, record: DocumentRecord, item_ids: dict[object, str]) -> None:
        """References to other meetings' §§ and the abbreviations the document
        defines (what they resolve to, and the matters, are settled after the
        load: warehouse/matters.py)."""
        doc_id = record.document_id
        refs = record.references
        self._put("matter_references", {
            "document_id": [doc_id] * len(refs),
            "item_id": [item_ids.get(r.item_key) for r in refs],
            "page_no": [r.page_no for r in refs],
            "body": [r.body for r in refs],
            "short": [r.short for r in refs],
            "meeting_date": [r.meeting_date for r in refs],
            "paragraph": [r.paragraph for r in refs],
            "raw": [r.raw for r in refs],
            "context": [r.context for r in refs],
            "position": list(range(len(refs))),
        })
        aliases = record.body_aliases
        self._put("body_aliases", {
            "document_id": [doc_id] * len(aliases),
            "short": [a.short for a in aliases],
            "name": [a.name for a in aliases],
            "page_no": [a.page_no for a in aliases],
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
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                """INSERT INTO agreements SELECT unnest($id), unnest($name), unnest($aliases)
                   ON CONFLICT (agreement_id) DO UPDATE SET name = excluded.name, aliases = excluded.aliases""",
                {"id": [r[0] for r in rows], "name": [r[1] for r in rows], "aliases": [list(r[2]) for r in rows]},
            )
            self.note_written("agreements")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _settle_meetings(self, meeting_ids: set[str]) -> None:
        """Each of these meetings' times and place from its documents: per
        field, the first document that states it — a protokoll before a
        kallelse, then the newest by what the documents say (revision,
        justering date, posting date, the PDF's own modification date; the ranking of the
        current_documents view), then the smallest document_id — so the row is
        the same whatever order, and in however many runs, the documents
        arrived. A field no stored document states keeps what the row has
        (documents stored before the documents table kept these fields)."""
        if not meeting_ids:
            return
        order = ("kind <> 'protokoll', coalesce(revision, 0) DESC, attested_on DESC NULLS LAST, "
                 "posted_on DESC NULLS LAST, pdf_modified_at DESC NULLS LAST, document_id")
        self.con.execute(
            f"""
            UPDATE meetings SET
                start_time = coalesce(s.start_time, meetings.start_time),
                end_time   = coalesce(s.end_time, meetings.end_time),
                location   = coalesce(s.location, meetings.location),
                organisation = coalesce(s.organisation, meetings.organisation)
            FROM (
                SELECT meeting_id,
                       first(start_time ORDER BY {order}) FILTER (WHERE start_time IS NOT NULL) AS start_time,
                       first(end_time ORDER BY {order}) FILTER (WHERE end_time IS NOT NULL) AS end_time,
                       first(location ORDER BY {order}) FILTER (WHERE location IS NOT NULL) AS location,
                       first(organisation ORDER BY {order}) FILTER (WHERE organisation IS NOT NULL) AS organisation
                FROM documents
                WHERE status = 'ok' AND meeting_id IN (SELECT unnest($ids))
                GROUP BY meeting_id
            ) s
            WHERE meetings.meeting_id = s.meeting_id""",
            {"ids": sorted(meeting_ids)},
        )

    def update_source_path(self, document_id: str, source_path: str) -> None:
        """An unchanged file seen again, perhaps at a new path: remember the latest path."""
        changed = self.con.execute(
            "SELECT count(*) FROM documents WHERE document_id = ? AND source_path <> ?", [document_id, source_path],
        ).fetchone()[0]
        if changed:
            self.con.execute("UPDATE documents SET source_path = ?, write_seq = ? WHERE document_id = ?",
                             [source_path, self.next_write(), document_id])

    def record_run(self, run_id: str, started_at: dt.datetime, ok: int, skipped: int, failed: int, pages: int) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "INSERT OR REPLACE INTO ingest_runs VALUES (?, ?, now(), ?, ?, ?, ?)",
                [run_id, started_at, ok, skipped, failed, pages],
            )
            self.note_written("ingest_runs")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------ queries users run from the README

    def meetings_overview(self) -> list[tuple]:
        """One row per meeting: date, body, documents by kind, pages, and its
        organisation (None in a warehouse that predates 013_organisation and
        is read without migrating it)."""
        has_organisation = self.con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'meetings' AND column_name = 'organisation'"
        ).fetchone()[0]
        organisation = "m.organisation" if has_organisation else "NULL"
        return self.con.execute(
            f"""
            SELECT m.meeting_date, m.organ, m.start_time, m.end_time, m.location,
                   string_agg(DISTINCT d.kind, ', ' ORDER BY d.kind) AS kinds,
                   sum(d.page_count) AS pages, {organisation} AS organisation
            FROM meetings m JOIN documents d USING (meeting_id)
            WHERE d.status = 'ok'
            GROUP BY ALL
            UNION ALL
            -- a dated kallelse or protokoll whose body could not be read belongs to no
            -- meeting (a meeting is its body and date), yet it is a meeting's document:
            -- listed under its date, never dropped (its problem row says why)
            SELECT d.meeting_date, $unread, d.start_time, d.end_time, d.location, d.kind, d.page_count,
                   {organisation.replace("m.", "d.")} AS organisation
            FROM documents d
            WHERE d.status = 'ok' AND d.meeting_id IS NULL AND d.meeting_date IS NOT NULL AND d.kind IN ('kallelse', 'protokoll')
            ORDER BY 1, 2, 8 NULLS FIRST
            """, {"unread": UNREAD_BODY}
        ).fetchall()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
