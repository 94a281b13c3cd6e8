"""Exports for other tools: every table as Parquet or CSV, and an OParl 1.1
JSON view (its objects are shaped in `warehouse/oparl.py`; the SQL is here).

Tables are found in the schema, not listed: every base table of the
warehouse is written, whatever migrations made it (the derived search index,
`search_units`, `search_postings` and `search_documents`, is made from the
others and left out). Each is one `COPY (SELECT …) TO … (FORMAT parquet|csv)` statement, so
DuckDB streams it without Python touching the rows.

Unless `include_sensitive`, the SELECT makes each row safe on its way out
(see `warehouse/sensitive.py`): every text column has its personal identity
numbers masked, and the free-text columns of an item marked secret — and of
the rows that belong to it, and of the pages it covers — read '[sekretess]'.
Masking runs in SQL: DuckDB's RE2 finds the few values that hold a candidate
(ten digits with a '-' or '+', or twelve from a century), and only those go
to `extractors.entities.sensitive.mask_text`, registered as a Python function, which
applies the date and Luhn checks. On the 100 000-item synthetic warehouse the
masked export costs about what the plain one does (README, Exports).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb

from extractors.entities.sensitive import SECRET_TEXT, mask_text
from warehouse.sensitive import SECRET_ITEMS_SQL, SECRET_PAGES_SQL

FORMATS = ("parquet", "csv", "oparl")
DEFAULT_BASE_URL = "http://127.0.0.1:8000/oparl"

# Derived from the other tables (warehouse/search.py; the last two are the index of earlier
# versions), and the writer's own bookkeeping of which documents are current and what the next
# settle of matters starts from (migrations 018 and 019).
DERIVED_TABLES = frozenset({"search_units", "search_documents", "search_stats", "search_postings",
                            *(f"search_postings_{level}" for level in range(1, 6)), "search_docs", "search_stopwords",
                            "document_sources", "superseded_documents", "matters_pending"})

# What a value needs to hold before it is worth a Python call: RE2 (no
# look-behind), wider than the rule of rules/sv/sensitive.json, never narrower.
CANDIDATE = r"\d{6}[-+–]\d{4}|(?:18|19|20)\d{10}"

# Columns of a secret item that stay: ids and what names the item.
_ITEM_KEEP = frozenset({"source", "number", "title", "label", "section", "scheduled_time", "case_number"})
# Columns of a row that belongs to a secret item that stay: words that classify it, not what it says.
_ROW_KEEP = frozenset({
    "source", "kind", "title", "label", "section", "role", "precision", "party", "name", "organization",
    "masked", "rule_id", "status",
})

_MASK_FUNCTION = "paragraf_mask"


def exported_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every base table of the warehouse's main schema but the derived search index, by name."""
    rows = con.execute(
        """SELECT table_name FROM duckdb_tables()
           WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
           ORDER BY table_name"""
    ).fetchall()
    return [name for (name,) in rows if name not in DERIVED_TABLES]


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return con.execute(
        """SELECT column_name, data_type FROM duckdb_columns()
           WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ?
           ORDER BY column_index""",
        [table],
    ).fetchall()


def register_mask(con: duckdb.DuckDBPyConnection) -> None:
    """`paragraf_mask(text)` in SQL: `mask_text` as a DuckDB function
    (NULL in, NULL out). Registering twice is harmless."""
    try:
        con.create_function(_MASK_FUNCTION, mask_text, ["VARCHAR"], "VARCHAR", side_effects=False)
    except (duckdb.CatalogException, duckdb.NotImplementedException):
        pass  # this connection has it already


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _masked(expr: str) -> str:
    return f"CASE WHEN regexp_matches({expr}, '{CANDIDATE}') THEN {_MASK_FUNCTION}({expr}) ELSE {expr} END"


def safe_select(con: duckdb.DuckDBPyConnection, table: str, include_sensitive: bool = False) -> str:
    """The SELECT that exports `table`: every row, as stored when
    `include_sensitive`, else with numbers masked and secret text withheld."""
    columns = _columns(con, table)
    names = [name for name, _ in columns]
    if include_sensitive:
        return f"SELECT * FROM {_quote(table)}"
    guarded = "sensitive" in exported_tables(con) and table != "sensitive"
    join, secret = "", None
    if guarded and table == "pages":
        join = (f" LEFT JOIN ({SECRET_PAGES_SQL}) paragraf_secret"
                " ON paragraf_secret.document_id = t.document_id AND paragraf_secret.page_no = t.page_no")
        secret, withheld = "paragraf_secret.page_no IS NOT NULL", {"text"}
    elif guarded and "item_id" in names:
        keep = _ITEM_KEEP if table == "items" else _ROW_KEEP
        secret = f"t.item_id IN ({SECRET_ITEMS_SQL})"
        withheld = {name for name, kind in columns if kind == "VARCHAR" and name not in keep and not name.endswith("_id")}
    select = []
    for name, kind in columns:
        column = f"t.{_quote(name)}"
        if kind == "VARCHAR":
            expr = _masked(column)
            if secret and name in withheld:
                expr = f"CASE WHEN {column} IS NOT NULL AND {secret} THEN '{SECRET_TEXT}' ELSE {expr} END"
        elif kind == "VARCHAR[]":
            expr = f"list_transform({column}, paragraf_v -> {_masked('paragraf_v')})"
        else:
            expr = column
        select.append(f"{expr} AS {_quote(name)}")
    return f"SELECT {', '.join(select)} FROM {_quote(table)} t{join}"


def export_tables(con: duckdb.DuckDBPyConnection, folder: str | os.PathLike[str], fmt: str,
                  include_sensitive: bool = False) -> dict[str, int]:
    """Write every table to `folder/<table>.parquet` (or `.csv`, with a
    header); returns the rows written per table."""
    if fmt not in ("parquet", "csv"):
        raise ValueError(f"format {fmt!r} is not parquet or csv")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    register_mask(con)
    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    written = {}
    for table in exported_tables(con):
        target = folder / f"{table}.{fmt}"
        path = str(target).replace("'", "''")
        con.execute(f"COPY ({safe_select(con, table, include_sensitive)}) TO '{path}' ({options})")
        written[table] = con.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0]
    return written


# ---------------------------------------------------------------- OParl: what the objects are made of


def _rows(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    keys = [d[0] for d in cursor.description]
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def oparl_sources(con: duckdb.DuckDBPyConnection, include_sensitive: bool = False) -> dict[str, list[dict[str, Any]]]:
    """The rows the OParl view is made of: meetings, documents (Files),
    agenda items (per meeting, the protokoll's §§ where there is one, else the
    kallelse's items), participants, and the secret items' ids. Text is as
    stored; `warehouse/oparl.py` masks it."""
    tables = set(exported_tables(con))
    secret = set() if include_sensitive or "sensitive" not in tables else {
        r[0] for r in con.execute(SECRET_ITEMS_SQL).fetchall()}
    # 013_organisation: a warehouse exported without migrating it has one body, as before
    organised = con.execute("""SELECT count(*) FROM duckdb_columns()
                               WHERE table_name = 'meetings' AND column_name = 'first_id'""").fetchone()[0] > 0
    meeting_columns = "m.organisation, coalesce(m.first_id, m.meeting_id) AS first_id" if organised else \
        "NULL AS organisation, m.meeting_id AS first_id"
    return {
        "meetings": _rows(con, f"""
            SELECT m.meeting_id, m.organ, m.meeting_date, m.start_time, m.end_time, m.location, {meeting_columns},
                   min(d.ingested_at) AS created, max(d.ingested_at) AS modified
            FROM meetings m JOIN documents d USING (meeting_id)
            WHERE d.status = 'ok'
            GROUP BY ALL ORDER BY m.meeting_date, m.organ, m.meeting_id"""),
        "documents": _rows(con, f"""
            SELECT document_id, source_path, kind, meeting_id, meeting_date, organ,
                   {"organisation" if organised else "NULL AS organisation"}, ingested_at
            FROM documents WHERE status = 'ok' ORDER BY ingested_at, document_id"""),
        "items": _rows(con, """
            SELECT i.item_id, i.meeting_id, i.document_id, i.source, i.number, i.label, i.title, i.decision,
                   i.case_number, d.ingested_at
            FROM current_items i JOIN documents d USING (document_id)
            WHERE i.meeting_id IS NOT NULL
            QUALIFY dense_rank() OVER (PARTITION BY i.meeting_id ORDER BY (i.source = 'protokoll') DESC) = 1
            ORDER BY i.meeting_id, i.number, i.label NULLS FIRST"""),
        "participants": _rows(con, """
            SELECT p.name, p.role, m.organ, p.meeting_id, d.kind,
                   min(d.ingested_at) AS created, max(d.ingested_at) AS modified
            FROM participants p JOIN documents d USING (document_id) JOIN meetings m ON m.meeting_id = p.meeting_id
            WHERE d.status = 'ok'
            GROUP BY ALL ORDER BY p.name, m.organ, p.role"""),
        "secret_items": [{"item_id": item_id} for item_id in sorted(secret)],
    }


def export_oparl(con: duckdb.DuckDBPyConnection, folder: str | os.PathLike[str], include_sensitive: bool = False,
                 base_url: str = DEFAULT_BASE_URL) -> dict[str, int]:
    """Write the OParl 1.1 view under `folder/oparl/` (see warehouse/oparl.py);
    returns the objects written per type."""
    from warehouse import oparl

    view = oparl.build(oparl_sources(con, include_sensitive), base_url, include_sensitive)
    root = Path(folder) / "oparl"
    counts: dict[str, int] = {}
    for relative, payload in view.files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    seen: set[str] = set()
    for obj in view.objects():  # embedded objects are also in their type's list: each counted once
        if obj["id"] not in seen:
            seen.add(obj["id"])
            kind = obj["type"].rsplit("/", 1)[-1]
            counts[kind] = counts.get(kind, 0) + 1
    return counts
