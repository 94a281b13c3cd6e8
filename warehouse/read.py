"""Reads for commands that compare or report: one document as nested data.

SQL stays in this package; callers get plain dicts and lists.
"""

from __future__ import annotations

import functools
from typing import Any

import pyarrow

from warehouse.load import Warehouse


# `paragraf decisions` and `paragraf matter` run their queries on one DuckDB
# thread (as the web's requests do, warehouse.browse.connect): each reads a
# table's row groups in turn whatever the thread count (a table of 100 000
# rows is one row group), and a second thread only waits — for a core, and for
# the first. On the bench warehouse, the cores shared (load 3): decisions
# 60 → 39 ms, the timeline 141 → 108 ms; on one of 500 000 items 275 → 203 ms
# and 660 → 610 ms (docs/speed.md).
QUERY_THREADS = 1


def _tables(wh: Warehouse) -> set[str]:
    return {r[0] for r in wh.con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}


def _columns(wh: Warehouse, table: str) -> set[str]:
    return {r[0] for r in wh.con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall()}


def find_document(wh: Warehouse, document_id: str, file_name: str) -> str | None:
    """The stored document with these bytes, else the newest ok one ingested under this file name."""
    row = wh.con.execute("SELECT document_id FROM documents WHERE document_id = ?", [document_id]).fetchone()
    if row:
        return row[0]
    row = wh.con.execute(
        """SELECT document_id FROM documents
           WHERE status = 'ok' AND (source_path = $name OR source_path LIKE '%/' || $name)
           ORDER BY ingested_at DESC LIMIT 1""",
        {"name": file_name},
    ).fetchone()
    return row[0] if row else None


def document_view(wh: Warehouse, document_id: str) -> dict[str, Any]:
    """A document as the gold files describe one: header (with the
    organisation that issued it), items with their
    presenters and attachments, participants, and (when those tables exist)
    amounts and agreement mentions keyed by item number."""
    con = wh.con
    tables = _tables(wh)
    organisation = "organisation" if "organisation" in _columns(wh, "documents") else "NULL"  # 013_organisation
    kind, organ, organisation, meeting_date, page_count, status = con.execute(
        f"SELECT kind, organ, {organisation}, meeting_date, page_count, status FROM documents WHERE document_id = ?",
        [document_id],
    ).fetchone()
    view: dict[str, Any] = {
        "kind": kind,
        "organ": organ,
        "organisation": organisation,
        "meeting_date": meeting_date.isoformat() if meeting_date else None,
        "page_count": page_count,
        "status": status,
        "items": [],
        "participants": [],
        "amounts": [],
        "agreements": [],
    }
    if "meetings" in tables:  # start/end time and place live with the meeting
        meeting = con.execute(
            """SELECT m.start_time, m.end_time, m.location FROM documents d JOIN meetings m USING (meeting_id)
               WHERE d.document_id = ?""",
            [document_id],
        ).fetchone()
        view["meeting"] = dict(zip(("start_time", "end_time", "location"), meeting or (None, None, None)))
    if "items" not in tables:
        return view
    stored = _columns(wh, "items")
    label = "i.label" if "label" in stored else "NULL"  # the printed '§ 3 a', when stored
    parent = "i.parent_label" if "parent_label" in stored else "NULL"  # the '2.' a '2.1' belongs to
    rows = con.execute(
        f"""
        SELECT i.number, {label}, {parent}, i.title, i.section, i.scheduled_time, i.proposal, i.decision,
               coalesce((SELECT list(p.name ORDER BY p.position) FROM presenters p WHERE p.item_id = i.item_id), []),
               coalesce((SELECT list(a.title ORDER BY a.position) FROM attachments a WHERE a.item_id = i.item_id), [])
        FROM items i WHERE i.document_id = ? ORDER BY i.number, ({parent}) IS NOT NULL, i.page_start, {label} NULLS FIRST
        """,
        [document_id],
    ).fetchall()
    keys = ("number", "label", "parent_label", "title", "section", "scheduled_time", "proposal", "decision", "presenters", "attachments")
    view["items"] = [dict(zip(keys, row)) for row in rows]
    view["participants"] = [
        dict(zip(("name", "party", "organization", "role"), row))
        for row in con.execute(
            "SELECT name, party, organization, role FROM participants WHERE document_id = ?", [document_id]
        ).fetchall()
    ]
    if "amounts" in tables:
        view["amounts"] = [
            {"item": number, "value_sek": float(value)}
            for number, value in con.execute(
                """SELECT i.number, a.value_sek FROM amounts a LEFT JOIN items i USING (item_id)
                   WHERE a.document_id = ?""",
                [document_id],
            ).fetchall()
        ]
    if "agreement_mentions" in tables:
        view["agreements"] = [
            {"item": number, "name": name, "in_decision": in_decision}
            for number, name, in_decision in con.execute(
                """SELECT i.number, g.name, bool_or(m.in_decision)
                   FROM agreement_mentions m JOIN agreements g USING (agreement_id)
                   LEFT JOIN items i USING (item_id)
                   WHERE m.document_id = ? GROUP BY ALL""",
                [document_id],
            ).fetchall()
        ]
    return view


# ---------------------------------------------------------------- decisions by agreement

DECISION_COLUMNS = (
    "meeting_date", "organ", "source", "number", "title", "proposal", "decision", "agreement", "document_id", "page_start",
)
# JSON only (CSV keeps the columns above): the item's id, its heading's box
# (PDF points, origin top-left) and `boxes`, see `_decision_boxes`
DECISION_PROVENANCE = ("item_id", "page_no", "x0", "top", "x1", "bottom")
# JSON only: the protokoll's posting and the last day for laglighetsprövning (016_appeal_window; NULL when not printed)
DECISION_APPEAL = ("posted_on", "appeal_until")


def agreements_matching(wh: Warehouse, text: str) -> list[tuple[str, str]]:
    """(id, name) of the agreements whose name or an alias contains `text`,
    ignoring case and diacritics."""
    return wh.con.execute(
        """
        SELECT agreement_id, name FROM agreements
        WHERE strip_accents(lower(name)) LIKE '%' || strip_accents(lower($t)) || '%'
           OR list_bool_or(list_transform(aliases, a -> strip_accents(lower(a)) LIKE '%' || strip_accents(lower($t)) || '%'))
        ORDER BY name
        """,
        {"t": text.strip()},
    ).fetchall()


def agreement_names(wh: Warehouse) -> list[str]:
    """Every name and alias, for suggesting close ones."""
    rows = wh.con.execute("SELECT name, aliases FROM agreements").fetchall()
    return sorted({n for name, aliases in rows for n in [name, *aliases]})


def decisions(wh: Warehouse, agreement_ids: list[str]) -> list[dict[str, Any]]:
    """Every current item whose proposal or decision mentions one of these
    agreements, oldest meeting first."""
    appeal = ("strftime(d.posted_on, '%Y-%m-%d'), strftime(d.appeal_until, '%Y-%m-%d')"
              if _has_columns(wh, "documents", "posted_on", "appeal_until") else "NULL, NULL")
    if "superseded_documents" in _tables(wh):  # 018: the documents current_items leaves out, kept by the writer
        current = """LEFT JOIN superseded_documents c
          ON c.meeting_id = i.meeting_id AND c.source = i.source AND c.document_id = i.document_id
        WHERE i.meeting_id IS NULL OR (d.status = 'ok' AND c.document_id IS NULL)"""
    else:  # a warehouse of an older schema read as it is: the view ranks every document
        current = """LEFT JOIN current_documents c
          ON c.meeting_id = i.meeting_id AND c.source = i.source AND c.document_id = i.document_id
        WHERE i.meeting_id IS NULL OR c.document_id IS NOT NULL"""
    table = wh.con.execute(
        f"""
        SELECT strftime(m.meeting_date, '%Y-%m-%d'), m.organ, i.source, i.number, i.title, i.proposal, i.decision,
               g.name, i.document_id, i.page_start, i.item_id, i.page_no, i.x0, i.top, i.x1, i.bottom, {appeal}
        FROM (SELECT DISTINCT item_id, agreement_id FROM agreement_mentions
              WHERE in_decision AND agreement_id IN (SELECT unnest($ids))) am
        JOIN items i USING (item_id)
        JOIN agreements g USING (agreement_id)
        LEFT JOIN meetings m ON m.meeting_id = i.meeting_id
        JOIN documents d ON d.document_id = i.document_id
        {current}  -- the items of current_items, found item first
        ORDER BY m.meeting_date NULLS LAST, m.organ, i.source, i.number, g.name
        """,
        {"ids": agreement_ids},
    ).fetch_arrow_table()  # made into dicts column by column: a fifth cheaper than fetchall's rows
    keys = DECISION_COLUMNS + DECISION_PROVENANCE + DECISION_APPEAL
    found = list(map(dict, map(functools.partial(zip, keys), zip(*(c.to_pylist() for c in table.columns)))))
    by_item: dict[str, list[tuple[str | None, dict]]] = {}
    for item_id, agreement, box in _decision_boxes(wh, agreement_ids) if found else ():
        by_item.setdefault(item_id, []).append((agreement, box))
    for row in found:
        row["boxes"] = [box for agreement, box in by_item.get(row["item_id"], ()) if agreement in (None, row["agreement"])]
    return found


def _has_columns(wh: Warehouse, table: str, *columns: str) -> bool:
    """Whether this warehouse has these columns (one made by an older version, read-only, may lack them)."""
    have = {r[0] for r in wh.con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ?", [table]).fetchall()}
    return set(columns) <= have


def _decision_boxes(wh: Warehouse, agreement_ids: list[str]) -> list[tuple[str, str | None, dict]]:
    """(item id, agreement name or None, box) of the title, proposal and
    decision lines of every item whose proposal or decision mentions one of
    these agreements, and of those mentions; each box {what, text (a
    mention's surface), page_no, x0, top, x1, bottom}."""
    rows = wh.con.execute(
        """
        WITH mentions AS (
            SELECT * FROM agreement_mentions WHERE in_decision AND agreement_id IN (SELECT unnest($ids))
        )
        SELECT item_id, NULL, field, NULL, page_no, x0, top, x1, bottom FROM field_boxes
        WHERE field IN ('title', 'proposal', 'decision') AND item_id IN (SELECT item_id FROM mentions)
        UNION ALL
        SELECT m.item_id, g.name, 'mention', m.surface, m.page_no, m.x0, m.top, m.x1, m.bottom
        FROM mentions m JOIN agreements g USING (agreement_id)
        ORDER BY 1, 5, 7, 6
        """,
        {"ids": agreement_ids},
    ).fetchall()
    keys = ("what", "text", "page_no", "x0", "top", "x1", "bottom")
    return [(r[0], r[1], dict(zip(keys, r[2:]))) for r in rows]


# ---------------------------------------------------------------- documents loaded with problems

PROBLEM_COLUMNS = ("source_path", "document_id", "kind", "organ", "meeting_date", "page_no", "message")


def problems(wh: Warehouse) -> list[dict[str, Any]]:
    """Every problem of every document that loaded (status ok) with parts it
    could not read: file, page (None for the whole document) and the sentence,
    by file and page."""
    rows = wh.con.execute(
        """
        SELECT d.source_path, d.document_id, d.kind, d.organ, strftime(d.meeting_date, '%Y-%m-%d'),
               p.page_no, p.message
        FROM problems p JOIN documents d USING (document_id)
        WHERE d.status = 'ok'
        ORDER BY d.source_path, d.document_id, p.page_no NULLS FIRST, p.message
        """
    ).fetchall()
    return [dict(zip(PROBLEM_COLUMNS, row)) for row in rows]


FAILED_COLUMNS = ("source_path", "document_id", "error_code", "error", "ingested_at")


def failed_files(wh: Warehouse) -> list[dict[str, Any]]:
    """Every file that failed (status failed), by path: its code and the sentence that says what to do."""
    rows = wh.con.execute(
        """SELECT source_path, document_id, error_code, error, strftime(ingested_at, '%Y-%m-%d %H:%M:%S')
           FROM documents WHERE status = 'failed' ORDER BY source_path, document_id"""
    ).fetchall()
    return [dict(zip(FAILED_COLUMNS, row)) for row in rows]


# ---------------------------------------------------------------- how each decision was made (007_procedure)

_PROCEDURE_PARTS = {
    "motions": ("motions", "mover, party, role, kind, text, supports, withdrawn, page_no, sentence"),
    "votes": ("votes", "vote_id, kind, proposition, result, winner, yes_for, no_for, yes, no, abstain, consistent, page_no, sentence"),
    "dissents": ("dissents", "kind, name, party, against, in_favour_of, written, text, page_no, sentence"),
    "conflicts": ("conflicts", "name, party, substitute, substitute_party, page_no, sentence"),
}


def with_procedure(wh: Warehouse, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row (an item named by `document_id`, `source` and `number`) with
    its motions, votes (each with its named `records`), dissents and
    conflicts, in the order the § prints them; empty lists where none were
    read, and the rows unchanged in a warehouse without those tables. The
    rows' keys go to DuckDB as one Arrow table (a list parameter of a few
    thousand values costs a second to bind)."""
    if not rows or "motions" not in _tables(wh):
        return rows
    keys = sorted({(r["document_id"], r["source"], r["number"]) for r in rows})
    found: dict[tuple, dict[str, list]] = {k: {name: [] for name in _PROCEDURE_PARTS} for k in keys}
    con = wh.con
    con.register(_WANTED_VIEW, pyarrow.table({
        "document_id": [k[0] for k in keys], "source": [k[1] for k in keys],
        "number": pyarrow.array([k[2] for k in keys], pyarrow.int64()),
    }))
    try:  # the items behind the rows, found once ('§ 3 a' and '§ 3 b' share a number: both answer for it)
        owners = con.execute(f"""
            SELECT i.item_id, i.document_id, i.source, i.number FROM items i
            JOIN {_WANTED_VIEW} w ON i.document_id = w.document_id AND i.source = w.source AND i.number = w.number
            ORDER BY i.document_id, i.number, i.label NULLS FIRST""").fetchall()
    finally:
        con.unregister(_WANTED_VIEW)
    owner = {item_id: tuple(key) for item_id, *key in owners}
    con.register(_WANTED_VIEW, pyarrow.table({"item_id": list(owner), "rank": list(range(len(owner)))}))
    try:
        for name, (table, columns) in _PROCEDURE_PARTS.items():
            fields = [c.strip() for c in columns.split(",")]
            result = con.execute(f"""
                SELECT t.item_id, {', '.join('t.' + f for f in fields)} FROM {table} t JOIN {_WANTED_VIEW} w USING (item_id)
                ORDER BY w.rank, t.position""").fetchall()
            for item_id, *values in result:
                found[owner[item_id]][name].append(dict(zip(fields, values)))
        records: dict[str, list] = {}
        for vote_id, name, party, choice, page_no in con.execute(f"""
                SELECT r.vote_id, r.name, r.party, r.choice, r.page_no
                FROM vote_records r JOIN votes t ON t.vote_id = r.vote_id JOIN {_WANTED_VIEW} w ON w.item_id = t.item_id
                ORDER BY r.vote_id, r.position""").fetchall():
            records.setdefault(vote_id, []).append({"name": name, "party": party, "choice": choice, "page_no": page_no})
    finally:
        con.unregister(_WANTED_VIEW)
    for parts in found.values():
        for vote in parts["votes"]:
            vote["records"] = records.get(vote.pop("vote_id"), [])
    return [{**r, **found[(r["document_id"], r["source"], r["number"])]} for r in rows]


_WANTED_VIEW = "paragraf_wanted_items"
