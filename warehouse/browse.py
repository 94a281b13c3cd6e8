"""Reads for the researcher's page (`paragraf serve`): one function per page,
each returning plain dicts and lists that the page renders and its
`?format=json` returns as they are.

The web application opens the warehouse only through `connect`, which
reads through `warehouse.snapshot.open_reader`: the main file read-only when
no process writes it, else the snapshot the writer last published (the
documents committed up to then, each whole). It holds it for one request, so
an ingest starting in another process is kept out for milliseconds, not for
as long as the page is open. Tables and columns
that later migrations add (boxes, motions, votes, matters …) are read when
they exist and left out when they do not: `Schema` says which.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import duckdb

from warehouse import meetings as meeting_keys
from warehouse.load import Warehouse
from warehouse.read import agreement_names, agreements_matching  # noqa: F401 - the page suggests close names
from warehouse.search import has_index, index_state, search
from warehouse.sensitive import secret_items, secret_pages
from warehouse.snapshot import meta_path, open_reader, snapshot_path

BOX = ("page_no", "x0", "top", "x1", "bottom")

# tables other parts of paragraf add; each is shown on an item's page when it exists
ITEM_TABLES = ("motions", "votes", "dissents", "conflicts", "matters")

# participants as a protokoll lists them: the chair first, officials last
ROLE_ORDER = ("ordförande", "vice ordförande", "ledamot", "tjänstgörande ersättare", "ersättare",
              "ej tjänstgörande ersättare", "sekreterare", "justerare", "övrig")


@contextlib.contextmanager
def connect(path: str | os.PathLike[str]) -> Iterator[Warehouse]:
    """The warehouse (or its read snapshot, while an ingest writes it),
    read-only, for one request; closed when it is done.
    One DuckDB thread: a page asks a few small queries, requests run side by
    side, and on a busy machine a query split over threads waits for them
    (the search took half the time single-threaded with the cores loaded)."""
    wh = open_reader(path)  # ReaderUnavailable: one line for the 503 page
    try:
        wh.con.execute("SET threads = 1")
        yield wh
    finally:
        wh.close()


_CACHE: dict[tuple, Any] = {}
_CACHE_LOCK = threading.Lock()


def file_state(path: str | os.PathLike[str]) -> tuple:
    """What changes whenever a warehouse file is written: its identity, size
    and time, and those of its write-ahead log."""
    found = []
    for name in (os.fspath(path), os.fspath(path) + ".wal"):
        try:
            st = os.stat(name)
            found.append((st.st_ino, st.st_size, st.st_mtime_ns))
        except OSError:
            found.append(None)
    return tuple(found)


def read_state(wh: Warehouse) -> tuple:
    """What changes whenever what `wh` reads may have changed: the file it
    reads (the main file, or the snapshot `open_reader` chose) and its
    `file_state`, and the state of the warehouse's snapshot and of its
    record (`<db>.snapshot.json`). A snapshot is replaced by a new file (a
    new inode) at every publish, and its record rewritten, so a cached
    answer never outlives the snapshot it was read from."""
    published = getattr(wh, "published", None)
    main = Path(wh.path) if published is None else Path(wh.path).with_name(
        Path(wh.path).name.removesuffix(".snapshot"))
    return (os.fspath(wh.path), file_state(wh.path), file_state(snapshot_path(main)), file_state(meta_path(main)))


def per_state(read):
    """`read(wh, *args)` answered once per state of what the request reads
    (see `read_state`): for what is the same on every page (the schema, the
    filters' values, the search index's state) and costs a catalogue scan."""

    def cached(wh: Warehouse, *args):
        key = (read.__qualname__, read_state(wh), args)
        with _CACHE_LOCK:
            if key in _CACHE:
                return _CACHE[key]
        value = read(wh, *args)
        with _CACHE_LOCK:
            if len(_CACHE) > 256:
                _CACHE.clear()
            _CACHE[key] = value
        return value

    return cached


class Schema:
    """Which tables and columns this warehouse has (`Schema.of(wh)`: read once per state of its file)."""

    def __init__(self, wh: Warehouse) -> None:
        rows = wh.con.execute(
            "SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
        ).fetchall()
        self.columns: dict[str, set[str]] = {}
        for table, column in rows:
            self.columns.setdefault(table, set()).add(column)

    @classmethod
    def of(cls, wh: Warehouse) -> "Schema":
        """This warehouse's schema, read again only when its file has changed."""
        return per_state(cls)(wh)

    def has(self, table: str, *columns: str) -> bool:
        have = self.columns.get(table)
        return have is not None and all(c in have for c in columns)


def _rows(wh: Warehouse, sql: str, params: Any = None) -> list[dict[str, Any]]:
    cursor = wh.con.execute(sql, params) if params is not None else wh.con.execute(sql)
    names = [d[0] for d in cursor.description]
    return [{n: _plain(v) for n, v in zip(names, row)} for row in cursor.fetchall()]


def _plain(value: Any) -> Any:
    """JSON-ready: dates as YYYY-MM-DD, decimals as floats."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _label(schema: Schema, alias: str = "i") -> str:
    return f"{alias}.label" if schema.has("items", "label") else "NULL"


def _organisation(schema: Schema, alias: str, table: str = "meetings") -> str:
    """The organisation column (013_organisation), NULL in a warehouse read without migrating it."""
    return f"{alias}.organisation" if schema.has(table, "organisation") else "NULL"


# ---------------------------------------------------------------- search and the front page


@per_state
def facets(wh: Warehouse) -> dict[str, list]:
    """The values the search filters offer: bodies, kinds, years and (where
    the warehouse records them) organisations of the stored documents."""
    organs = [r[0] for r in wh.con.execute(
        "SELECT DISTINCT organ FROM documents WHERE status = 'ok' AND organ IS NOT NULL ORDER BY organ").fetchall()]
    kinds = [r[0] for r in wh.con.execute(
        "SELECT DISTINCT kind FROM documents WHERE status = 'ok' ORDER BY kind").fetchall()]
    years = [r[0] for r in wh.con.execute(
        "SELECT DISTINCT year(meeting_date) AS y FROM documents WHERE meeting_date IS NOT NULL ORDER BY y DESC").fetchall()]
    organisations = [r[0] for r in wh.con.execute(
        "SELECT DISTINCT organisation FROM documents WHERE status = 'ok' AND organisation IS NOT NULL ORDER BY 1"
    ).fetchall()] if Schema.of(wh).has("documents", "organisation") else []
    return {"organs": organs, "kinds": kinds, "years": years, "organisations": organisations}


def meetings(wh: Warehouse, organ: str | None = None, kind: str | None = None, year: int | None = None,
             limit: int = 200) -> list[dict[str, Any]]:
    """Meetings, newest first, with their documents' kinds and organisation, under the same filters as a search."""
    return _rows(wh, f"""
        SELECT m.meeting_id, m.meeting_date, m.organ, {_organisation(Schema.of(wh), "m")} AS organisation,
               m.start_time, m.end_time, m.location,
               string_agg(DISTINCT d.kind, ', ' ORDER BY d.kind) AS kinds, sum(d.page_count) AS pages
        FROM meetings m JOIN documents d USING (meeting_id)
        WHERE d.status = 'ok' AND ($organ IS NULL OR m.organ = $organ)
          AND ($kind IS NULL OR d.kind = $kind) AND ($year IS NULL OR year(m.meeting_date) = $year)
        GROUP BY ALL ORDER BY m.meeting_date DESC, m.organ LIMIT $limit
        """, {"organ": organ, "kind": kind, "year": year, "limit": limit})


@per_state
def search_state(wh: Warehouse) -> str:
    """'current', 'stale' or 'missing' (a read-only page cannot rebuild it; an ingest does)."""
    state = index_state(wh)
    return "stale" if state != "current" and has_index(wh) else state


def search_hits(wh: Warehouse, text: str, organ: str | None = None, kind: str | None = None,
                year: int | None = None, limit: int = 50, *, organisation: str | None = None,
                date_from: dt.date | None = None, date_to: dt.date | None = None, fuzzy: bool = False,
                include_sensitive: bool = False) -> list[dict[str, Any]]:
    """The hits of `paragraf search` (the same index, analyser, order and
    scores), within a body, organisation, kind, year and date range when
    given; each with an excerpt and the places of its matched words."""
    if year is not None:
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        date_from = max(date_from, first) if date_from else first
        date_to = min(date_to, last) if date_to else last
    hits = search(wh, text, limit, body=organ, organisation=organisation, kind=kind, date_from=date_from,
                  date_to=date_to, fuzzy=fuzzy, include_sensitive=include_sensitive)
    for hit in hits:
        hit["score"] = round(hit["score"], 3)
        hit["item_label"] = hit.get("item_label")
    return hits


# ---------------------------------------------------------------- a meeting


def resolve_meeting(wh: Warehouse, meeting_id: str) -> list[str]:
    """The meetings an id names now: itself, or — for the id of a retired
    meeting (`meeting_aliases`, warehouse/meetings.py) — the meetings its
    documents went to; [] for an id the warehouse never had."""
    return meeting_keys.resolve(wh.con, meeting_id, Schema.of(wh).has("meeting_aliases", "old_id"))


def meeting(wh: Warehouse, meeting_id: str) -> dict[str, Any] | None:
    """A meeting with its organisation, its documents, each document's items
    (§ or agenda list) and its participants."""
    schema = Schema.of(wh)
    found = _rows(wh, "SELECT * FROM meetings WHERE meeting_id = ?", [meeting_id])
    if not found:
        return None
    found[0].setdefault("organisation", None)
    documents = _rows(wh, f"""
        SELECT document_id, source_path, kind, {_organisation(schema, "documents", "documents")} AS organisation,
               page_count, text_source, status, error, {_appeal(schema, "documents")}
        FROM documents WHERE meeting_id = ? ORDER BY kind, source_path""", [meeting_id])
    items = _rows(wh, f"""
        SELECT i.item_id, i.document_id, i.source, i.number, {_label(schema)} AS label, i.title, i.section,
               i.scheduled_time, i.page_start, i.page_end,
               i.item_id IN (SELECT item_id FROM current_items WHERE meeting_id = $m) AS current
        FROM items i WHERE i.meeting_id = $m ORDER BY i.document_id, i.number, i.page_start""", {"m": meeting_id})
    participants = _rows(wh, """
        SELECT document_id, name, party, organization, role FROM participants
        WHERE meeting_id = $m
        ORDER BY document_id, coalesce(list_position($roles, role), 99), name""", {"m": meeting_id, "roles": list(ROLE_ORDER)})
    for document in documents:
        document["items"] = [i for i in items if i["document_id"] == document["document_id"]]
        document["participants"] = [p for p in participants if p["document_id"] == document["document_id"]]
    return found[0] | {"documents": documents}


# ---------------------------------------------------------------- an item


def item(wh: Warehouse, item_id: str) -> dict[str, Any] | None:
    """An item with its document and meeting, its people, amounts,
    agreements and dates, the rows other tables hold for it (motions, votes,
    dissents, conflicts, matters: when they exist), and its boxes."""
    schema = Schema.of(wh)
    found = _rows(wh, f"""
        SELECT i.*, d.source_path, d.kind, d.organ, {_organisation(schema, "d", "documents")} AS organisation,
               d.meeting_date, d.page_count, d.status, {_appeal(schema, "d")}, m.start_time, m.end_time, m.location
        FROM items i JOIN documents d USING (document_id) LEFT JOIN meetings m ON m.meeting_id = i.meeting_id
        WHERE i.item_id = ?""", [item_id])
    if not found:
        return None
    view = {k: v for k, v in found[0].items() if k not in BOX}
    view.setdefault("label", None)
    view["presenters"] = [r["name"] for r in _rows(
        wh, "SELECT name FROM presenters WHERE item_id = ? ORDER BY position", [item_id])]
    view["attachments"] = _rows(
        wh, "SELECT title, page_start FROM attachments WHERE item_id = ? ORDER BY position", [item_id])
    view["amounts"] = _rows(wh, """
        SELECT value_sek, raw, context, page_no FROM amounts WHERE item_id = ? ORDER BY page_no, value_sek""", [item_id])
    view["agreements"] = _rows(wh, """
        SELECT g.agreement_id, g.name, list(DISTINCT m.surface ORDER BY m.surface) AS surfaces,
               bool_or(m.in_decision) AS in_decision, min(m.page_no) AS page_no
        FROM agreement_mentions m JOIN agreements g USING (agreement_id)
        WHERE m.item_id = ? GROUP BY ALL ORDER BY g.name""", [item_id])
    view["dates"] = _rows(wh, "SELECT DISTINCT date, raw, precision FROM item_dates WHERE item_id = ? ORDER BY date, raw",
                          [item_id])
    view["tables"] = {t: _item_rows(wh, schema, t, item_id) for t in ITEM_TABLES if schema.has(t, "item_id")}
    if "votes" in view["tables"] and schema.has("vote_records", "vote_id") and schema.has("votes", "vote_id"):
        view["tables"]["vote_records"] = _rows(wh, """
            SELECT r.name, r.party, r.choice FROM vote_records r JOIN votes v USING (vote_id)
            WHERE v.item_id = ? ORDER BY v.position, r.position""", [item_id])
    # the page shows a table only when it holds rows (JSON keeps every table, empty or not)
    view["siblings"] = _rows(wh, f"""
        SELECT item_id, source, number, {_label(schema)} AS label, title FROM items i
        WHERE document_id = ? ORDER BY number, page_start""", [view["document_id"]])
    view["boxes"] = boxes(wh, item_id, schema)
    return view


def _appeal(schema: Schema, table: str) -> str:
    """The appeal window's columns (016_appeal_window), NULL in a warehouse made before them."""
    if schema.has("documents", "posted_on", "appeal_until"):
        return f"{table}.posted_on, {table}.appeal_until"
    return "NULL::DATE AS posted_on, NULL::DATE AS appeal_until"


# The item page's headings and column labels in Swedish, as the page is.
TABLE_HEADINGS = {
    "motions": "Yrkanden", "votes": "Omröstningar", "vote_records": "Röstlängd", "dissents": "Reservationer och protokollsanteckningar",
    "conflicts": "Jäv", "matters": "Ärenden",
}
COLUMN_LABELS = {
    "mover": "yrkande av", "party": "parti", "kind": "slag", "text": "text", "supports": "stöder", "withdrawn": "återtaget",
    "proposition": "proposition", "result": "utfall", "winner": "vinnande", "yes": "ja", "no": "nej", "abstain": "avstår",
    "consistent": "stämmer", "name": "namn", "choice": "röst", "written": "skriftlig", "against": "mot",
    "substitute": "ersättare", "substitute_party": "ersättarens parti", "matter_key": "ärende", "linked_by": "kopplat genom",
    "case_number": "diarienummer",
}


# What a reader wants of each item table, in this order, where the table has
# those columns (a table not listed shows every column but ids and boxes).
SHOWN_COLUMNS = {
    "motions": ("mover", "party", "kind", "text", "supports", "withdrawn"),
    "votes": ("kind", "proposition", "result", "winner", "yes", "no", "abstain", "consistent"),
    "vote_records": ("name", "party", "choice"),
    "dissents": ("kind", "name", "party", "written", "against", "text"),
    "conflicts": ("name", "party", "substitute", "substitute_party"),
    "matters": ("matter_key", "linked_by", "case_number"),
}


def _item_rows(wh: Warehouse, schema: Schema, table: str, item_id: str) -> list[dict[str, Any]]:
    hidden = ("item_id", "document_id", *BOX)
    present = [c for c in _ordered_columns(wh, table) if c not in hidden]
    wanted = [c for c in SHOWN_COLUMNS.get(table, ()) if c in present]
    columns = wanted or present
    if not columns:
        return []
    listed = ", ".join(f'"{c}"' for c in columns)
    return _rows(wh, f'SELECT {listed} FROM "{table}" WHERE item_id = ?', [item_id])


def _ordered_columns(wh: Warehouse, table: str) -> list[str]:
    return [r[0] for r in wh.con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index",
        [table]).fetchall()]


def boxes(wh: Warehouse, item_id: str, schema: Schema | None = None) -> list[dict[str, Any]]:
    """Every box recorded for an item, in PDF points from the page's top-left
    corner: its heading, its fields (title, proposal, decision …), and its
    presenters, amounts, agreement mentions and dates — each table read when
    it has box columns. `what` says what the box holds, `text` its words."""
    schema = schema or Schema.of(wh)
    found: list[dict[str, Any]] = []
    if schema.has("items", *BOX):
        found += _rows(wh, """
            SELECT 'heading' AS what, title AS text, page_no, x0, top, x1, bottom
            FROM items WHERE item_id = ? AND x0 IS NOT NULL""", [item_id])
    if schema.has("field_boxes", "item_id", "field", *BOX):
        found += _rows(wh, """
            SELECT field AS what, NULL AS text, page_no, x0, top, x1, bottom
            FROM field_boxes WHERE item_id = ? AND x0 IS NOT NULL ORDER BY page_no, top""", [item_id])
    for table, what, text in (("presenters", "'presenter'", "name"), ("amounts", "'amount'", "raw"),
                              ("agreement_mentions", "'agreement'", "surface"), ("item_dates", "'date'", "raw")):
        if schema.has(table, "item_id", *BOX):
            found += _rows(wh, f"""
                SELECT {what} AS what, {text} AS text, page_no, x0, top, x1, bottom
                FROM {table} WHERE item_id = ? AND x0 IS NOT NULL ORDER BY page_no, top""", [item_id])
    return found


# ---------------------------------------------------------------- an agreement, a matter


def agreement(wh: Warehouse, key: str, limit: int = 200, offset: int = 0) -> dict[str, Any] | None:
    """The agreements `key` names (an id, else a name or alias as
    `decisions --agreement` matches it), and their decisions across meetings
    and bodies, oldest first (`limit` from `offset`), each with the amounts
    its item states."""
    exact = wh.con.execute("SELECT agreement_id, name FROM agreements WHERE agreement_id = ?", [key]).fetchall()
    matched = exact or agreements_matching(wh, key)
    if not matched:
        return None
    ids = [agreement_id for agreement_id, _ in matched]
    steps = _timeline(wh, """
        SELECT item_id, list(DISTINCT g.name ORDER BY g.name) AS agreements
        FROM agreement_mentions am JOIN agreements g USING (agreement_id)
        WHERE am.in_decision AND am.agreement_id IN (SELECT unnest($ids)) GROUP BY item_id""",
        {"ids": ids}, limit, offset, current=True)
    others = wh.con.execute("""
        SELECT count(*) FROM agreement_mentions WHERE NOT in_decision AND agreement_id IN (SELECT unnest($ids))""",
        {"ids": ids}).fetchone()[0]
    total = steps[0]["total"] if steps else 0
    return {"key": key, "agreements": [{"agreement_id": a, "name": n} for a, n in matched],
            "total": total, "offset": offset, "limit": limit, "steps": steps, "other_mentions": others}


@per_state
def superseded(wh: Warehouse) -> list[str]:
    """'document_id:source' of the items `current_items` leaves out (a
    document replaced by a newer one for the same meeting): read from the
    view once per state of the warehouse, so a timeline need not evaluate
    the view for every meeting (about 50 ms on 100 000 items), and the view
    stays the one definition of what is current."""
    return [r[0] for r in wh.con.execute("""
        SELECT DISTINCT document_id || ':' || source FROM items WHERE meeting_id IS NOT NULL
        EXCEPT SELECT DISTINCT document_id || ':' || source FROM current_items WHERE meeting_id IS NOT NULL""").fetchall()]


def _timeline(wh: Warehouse, chosen: str, params: dict, limit: int, offset: int, current: bool) -> list[dict[str, Any]]:
    """The items `chosen` (a query giving item_id) as steps, oldest meeting
    first (`current`: only items of `current_items`), each with its meeting,
    amounts and the total number of steps."""
    schema = Schema.of(wh)
    if current:
        params = params | {"superseded": superseded(wh)}
    steps = _rows(wh, f"""
        WITH chosen AS ({chosen}),
        step AS (
            SELECT m.meeting_date, m.organ, i.meeting_id, i.item_id, i.document_id, i.source, i.number,
                   {_label(schema)} AS label, i.title, i.proposal, i.decision, i.page_start, c.* EXCLUDE (item_id),
                   count(*) OVER () AS total
            FROM chosen c JOIN items i USING (item_id)
            LEFT JOIN meetings m ON m.meeting_id = i.meeting_id
            {"WHERE i.document_id || ':' || i.source NOT IN (SELECT unnest($superseded))" if current else ""}
            ORDER BY m.meeting_date NULLS LAST, m.organ, i.source, i.number
            LIMIT $limit OFFSET $offset),
        money AS (
            SELECT item_id, list({{'value_sek': value_sek, 'raw': raw}} ORDER BY page_no, value_sek) AS amounts
            FROM amounts WHERE item_id IN (SELECT item_id FROM step) GROUP BY item_id)
        SELECT s.*, coalesce(money.amounts, []) AS amounts
        FROM step s LEFT JOIN money USING (item_id)
        ORDER BY s.meeting_date NULLS LAST, s.organ, s.source, s.number""",
        params | {"limit": limit, "offset": offset})
    for step in steps:
        step["amounts"] = [{"value_sek": _plain(a["value_sek"]), "raw": a["raw"]} for a in step["amounts"]]
    return steps


def matter(wh: Warehouse, key: str, limit: int = 200) -> dict[str, Any] | None:
    """A matter's items across meetings and bodies, oldest first: the rows of
    `matters` whose id or case number equals `key` (or, failing that, items
    whose case number does), when the warehouse has those columns."""
    schema = Schema.of(wh)
    item_ids: list[str] = []
    rows: list[dict[str, Any]] = []
    if schema.has("matters", "item_id"):
        keys = [c for c in ("matter_key", "matter_id", "case_number", "key") if schema.has("matters", c)]
        if keys:
            where = " OR ".join(f'lower("{c}") = lower($k)' for c in keys)
            columns = "* EXCLUDE (node)" if schema.has("matters", "node") else "*"  # node: the settle's own (019)
            rows = _rows(wh, f'SELECT {columns} FROM matters WHERE {where}', {"k": key})
            item_ids = [r["item_id"] for r in rows if r.get("item_id")]
    if not item_ids and schema.has("items", "case_number"):
        item_ids = [r[0] for r in wh.con.execute(
            "SELECT item_id FROM items WHERE lower(case_number) = lower(?)", [key]).fetchall()]
    if not item_ids:
        return None
    steps = _timeline(wh, "SELECT DISTINCT unnest($ids) AS item_id", {"ids": item_ids}, limit, 0, current=False)
    return {"key": key, "matters": rows, "total": steps[0]["total"] if steps else 0, "steps": steps}


# ---------------------------------------------------------------- what was loaded


def ingest_overview(wh: Warehouse, limit: int = 200) -> dict[str, Any]:
    """Documents by status and kind, the newest loaded first; failed files
    with their error sentences; problems per page of documents that loaded."""
    counts = _rows(wh, "SELECT status, kind, count(*) AS documents, sum(page_count) AS pages FROM documents GROUP BY ALL ORDER BY ALL")
    documents = _rows(wh, f"""
        SELECT document_id, source_path, kind, organ, {_organisation(Schema.of(wh), "d", "documents")} AS organisation,
               meeting_date, meeting_id, page_count, text_source, ingested_at,
               (SELECT count(*) FROM problems p WHERE p.document_id = d.document_id) AS problems
        FROM documents d WHERE status = 'ok' ORDER BY ingested_at DESC, source_path LIMIT $limit""", {"limit": limit})
    failed = _rows(wh, """
        SELECT document_id, source_path, error_code, error, ingested_at FROM documents
        WHERE status = 'failed' ORDER BY ingested_at DESC, source_path LIMIT $limit""", {"limit": limit})
    problems = _rows(wh, """
        SELECT d.source_path, p.document_id, p.page_no, p.message FROM problems p JOIN documents d USING (document_id)
        WHERE d.status = 'ok' ORDER BY d.source_path, p.page_no NULLS FIRST, p.message LIMIT $limit""", {"limit": limit})
    total = wh.con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0]
    return {"counts": counts, "documents": documents, "documents_total": total, "failed": failed, "problems": problems}


def document_file(wh: Warehouse, document_id: str) -> dict[str, Any] | None:
    """Where a stored document's file was read from, and its page count; None for an id the warehouse lacks."""
    found = _rows(wh, """
        SELECT document_id, source_path, page_count, status FROM documents WHERE document_id = ?""", [document_id])
    return found[0] if found else None


# ---------------------------------------------------------------- personal data (warehouse/sensitive.py)


@per_state
def secret_item_ids(wh: Warehouse) -> frozenset[str]:
    """The items marked secret (their text fields are withheld), read once per state."""
    return frozenset(secret_items(wh.con))


@per_state
def secret_page_keys(wh: Warehouse) -> frozenset[tuple[str, int]]:
    """(document_id, page_no) of the pages whose text, and image, are withheld."""
    return frozenset(secret_pages(wh.con))


def sensitive_boxes(wh: Warehouse, document_id: str, page_no: int) -> list[dict[str, Any]] | None:
    """The boxes of the personal data the `sensitive` table found on a page
    (what a page image paints over), or None when one of them has no box
    (no single line held it: the image cannot be made safe by painting)."""
    if not Schema.of(wh).has("sensitive", *BOX):
        return []
    rows = _rows(wh, """
        SELECT kind, x0, top, x1, bottom FROM sensitive
        WHERE document_id = ? AND page_no = ? ORDER BY top, x0""", [document_id, page_no])
    if any(r["x0"] is None for r in rows):
        return None
    return rows


def has_sensitive(wh: Warehouse, document_id: str) -> bool:
    """Whether the `sensitive` table holds anything of a document."""
    if not Schema.of(wh).has("sensitive", "document_id"):
        return False
    return bool(wh.con.execute("SELECT count(*) FROM sensitive WHERE document_id = ?", [document_id]).fetchone()[0])
