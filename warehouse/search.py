"""Full-text search over items and pages with Swedish stemming.

DuckDB's `fts` extension does the indexing and BM25 ranking; it is loaded
from the file the `duckdb-ext-fts` package installs, never downloaded. The
index covers one row per item (title, summary, proposal, decision, and the
motions, procedure and dissent a protokoll prints) and one per page, and is
rebuilt by an ingest whenever it does not match the documents.

The index is derived data and is kept crash-safe the way the documents are:
it is rebuilt inside one transaction (a `kill -9` or a full disk half-way
leaves the previous index whole, never a schema without its `match_bm25`),
and the table it indexes carries, as its comment, a fingerprint of the
documents it was built from. `index_state` compares that fingerprint with the
documents now stored: an index that is missing, half-built by an older
version, or older than the last load (a run killed between loading and
indexing) is `stale` and the next ingest — or `paragraf search` itself, when
it may write — rebuilds it.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from importlib import resources
from typing import Any

import duckdb

from warehouse.load import Warehouse

# Words are runs of letters and digits, Swedish letters included (the
# extension's default would split 'hälsa' at the 'ä').
IGNORE = r"(\.|[^a-z0-9åäöéüæø])+"


# the tables a rebuild rewrites ('schema.*': every table of the schema the fts extension makes)
INDEX_TABLES = ("search_docs", "search_stopwords", "fts_main_search_docs.*")


class SearchUnavailable(RuntimeError):
    """The full-text extension file is not installed."""


def extension_path() -> str:
    pattern = os.path.join("duckdb_ext", "extensions", f"v{duckdb.__version__}", "*", "fts.duckdb_extension")
    for folder in sys.path:
        found = glob.glob(os.path.join(folder, pattern))
        if found:
            return found[0]
    raise SearchUnavailable(
        f"full-text search needs DuckDB's fts extension for DuckDB {duckdb.__version__}, which the "
        "duckdb-ext-fts package installs; run scripts/install (or pip install -c requirements.lock duckdb-ext-fts)."
    )


def _load(wh: Warehouse) -> None:
    wh.con.execute(f"LOAD '{extension_path()}'")


def _stopwords() -> list[str]:
    source = resources.files("extractors.rules").joinpath("sv", "stopwords.json")
    return json.loads(source.read_text(encoding="utf-8"))["words"]


def fingerprint(wh: Warehouse) -> str:
    """What the index must have been built from: the stored documents, each
    with its load time (a document loaded again gets a new one)."""
    count, mixed = wh.con.execute(
        "SELECT count(*), coalesce(bit_xor(hash(document_id || '@' || coalesce(ingested_at::VARCHAR, ''))), 0) FROM documents"
    ).fetchone()
    return f"paragraf-search v2 documents={count} hash={mixed}"


def index_state(wh: Warehouse) -> str:
    """'current', 'stale' (built from other documents than those stored, or
    never finished) or 'missing'."""
    con = wh.con
    complete = con.execute(
        "SELECT count(*) FROM duckdb_functions() WHERE schema_name = 'fts_main_search_docs' AND function_name = 'match_bm25'"
    ).fetchone()[0]
    built_from = con.execute(
        "SELECT comment FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'search_docs'"
    ).fetchone()
    if not complete and built_from is None:
        exists = con.execute("SELECT count(*) FROM duckdb_schemas() WHERE schema_name = 'fts_main_search_docs'").fetchone()[0]
        return "stale" if exists else "missing"
    if complete and built_from is not None and built_from[0] == fingerprint(wh):
        return "current"
    return "stale"


def has_index(wh: Warehouse) -> bool:
    """A whole index, current or not (search can answer from it)."""
    return bool(wh.con.execute(
        "SELECT count(*) FROM duckdb_functions() WHERE schema_name = 'fts_main_search_docs' AND function_name = 'match_bm25'"
    ).fetchone()[0])


def rebuild_index(wh: Warehouse) -> int:
    """(Re)build the search documents and their index in one transaction;
    returns how many rows it covers."""
    _load(wh)
    con = wh.con
    con.execute("BEGIN TRANSACTION")
    try:
        count = _build(con)
        con.execute(f"COMMENT ON TABLE search_docs IS '{fingerprint(wh)}'")
        wh.note_written(*INDEX_TABLES)  # read snapshots copy these again (warehouse/snapshot.py)
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # the connection itself failed (a full disk): nothing was committed
        raise
    return count


def _build(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE OR REPLACE TABLE search_stopwords AS SELECT unnest($w) AS sw", {"w": _stopwords()})
    con.execute(
        """
        CREATE OR REPLACE TABLE search_docs AS
        SELECT 'item:' || i.item_id AS doc_key, 'item' AS hit, i.document_id, i.page_start AS page_no, i.item_id,
               concat_ws(' ', i.title, i.summary, i.proposal, i.decision, i.motions, i.procedure, i.dissent) AS body
        FROM current_items i
        UNION ALL
        SELECT 'page:' || p.document_id || ':' || p.page_no, 'page', p.document_id, p.page_no,
               (SELECT i.item_id FROM items i
                WHERE i.document_id = p.document_id AND p.page_no BETWEEN i.page_start AND i.page_end
                ORDER BY i.page_end - i.page_start, i.number LIMIT 1),
               p.text
        FROM pages p
        """
    )
    con.execute(
        f"""PRAGMA create_fts_index('search_docs', 'doc_key', 'body', stemmer = 'swedish',
            stopwords = 'search_stopwords', ignore = '{IGNORE}', strip_accents = 0, lower = 1, overwrite = 1)"""
    )
    return con.execute("SELECT count(*) FROM search_docs").fetchone()[0]


def search(wh: Warehouse, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Hits ranked by BM25: items and pages, each with its document, page and item."""
    _load(wh)
    rows = wh.con.execute(
        """
        SELECT s.hit, s.score, d.source_path, s.document_id, s.page_no, i.number, i.title, s.body
        FROM (SELECT *, fts_main_search_docs.match_bm25(doc_key, $q) AS score FROM search_docs) s
        JOIN documents d USING (document_id)
        LEFT JOIN items i USING (item_id)
        WHERE s.score IS NOT NULL
        ORDER BY s.score DESC, d.source_path, s.page_no
        LIMIT $limit
        """,
        {"q": text, "limit": limit},
    ).fetchall()
    keys = ("hit", "score", "source_path", "document_id", "page_no", "item_number", "item_title")
    return [dict(zip(keys, row[:7])) | {"excerpt": excerpt(row[7], text)} for row in rows]


def excerpt(body: str, text: str, width: int = 70) -> str:
    """A little text around the first word that shares a stem-like start with the query."""
    flat = re.sub(r"\s+", " ", body or "")
    for word in re.findall(r"\w+", text.casefold()):
        stem = word[: max(4, len(word) - 3)]
        if (m := re.search(re.escape(stem), flat, re.IGNORECASE)) is not None:
            start = max(0, m.start() - width)
            return ("…" if start else "") + flat[start : m.end() + width].strip() + ("…" if m.end() + width < len(flat) else "")
    return flat[: 2 * width]
