"""Bringing the search index up to date for documents stored without it: a
warehouse made before the index existed (migration 015), documents stored
while the dictionary was missing, an analyser of another version, and the
synthetic warehouses of the benchmarks (millions of items made by SQL).

The writer indexes a document in Python as it loads it
(warehouse/search_index.py); here the same rows are made for many documents
at once with Python touching only what needs it: DuckDB cuts the texts into
words (with the characters before each, to tell a name from a sentence's
first word) and numbers their positions, Python analyses each distinct word
once (extractors/entities/words.py) and masks the few texts that hold six
digits in a row, and DuckDB joins words to terms and groups them into
postings. The rows are those the writer would have stored
(tests/test_search.py compares them). Each batch of documents is one
transaction: an update killed half-way keeps the batches it finished, and
the next one does the rest.
"""

from __future__ import annotations

from typing import Callable

import duckdb
import pyarrow

from extractors.entities import words
from extractors.entities.sensitive import mask_text
from warehouse import search_index

BATCH_DOCUMENTS = 2000  # documents per transaction: bounded memory, and progress kept as it goes

# what a word is, as words.WORD says it ([^\W_]+: letters and digits of any script); the
# text split at the words gives what stands before each
_WORD_SQL = r"[\pL\pN]+"


def todo(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    return [r[0] for r in con.execute(
        """SELECT document_id FROM documents
           WHERE document_id NOT IN (SELECT document_id FROM search_documents WHERE analyser = $v)
           ORDER BY document_id""", {"v": version}).fetchall()]


# told, inside each transaction, which tables it rewrites beyond the rows of
# documents loaded (Warehouse.note_written: read snapshots copy them again)
Note = Callable[..., None]


def _noted(note: Note | None, *tables: str) -> None:
    if note is not None:
        note(*tables)


def update(con: duckdb.DuckDBPyConnection, version: str, personal: bool, batch: int = BATCH_DOCUMENTS,
           note: Note | None = None) -> int:
    """Index every document `todo` names, then merge the levels that grew
    past their size; returns how many units were written."""
    con.execute("SET enable_progress_bar = false")  # a long statement here draws no bar over the caller's output
    documents = todo(con, version)
    written = 0
    for start in range(0, len(documents), batch):
        group = documents[start:start + batch]
        con.execute("BEGIN TRANSACTION")
        try:
            written += _index(con, group, version, personal)
            _noted(note, "search_units", "search_documents", "search_stats", *search_index.POSTING_LEVELS)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the connection itself failed (a full disk): nothing was committed
            raise
    compact(con, note)
    return written


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list]) -> None:
    con.register(name, pyarrow.table(columns))


def _index(con: duckdb.DuckDBPyConnection, group: list[str], version: str, personal: bool) -> int:
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'items'").fetchall()}
    fields = ", ".join(f"nullif(i.{f}, '')" for f in search_index.ITEM_FIELDS if f in have)
    _register(con, "paragraf_backfill_docs", {"document_id": group})
    try:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE paragraf_units AS
            SELECT 'item:' || i.item_id AS doc_key, i.document_id, 'item' AS hit, i.page_start AS page_no, i.item_id,
                   coalesce(concat_ws(' ', {fields}), '') AS text
            FROM items i JOIN paragraf_backfill_docs USING (document_id)
            UNION ALL
            SELECT 'page:' || p.document_id || ':' || p.page_no, p.document_id, 'page', p.page_no,
                   (SELECT arg_min(i.item_id, (coalesce(i.page_end, i.page_start) - i.page_start, coalesce(i.number, 0), i.item_id))
                    FROM items i WHERE i.document_id = p.document_id AND i.page_start IS NOT NULL
                      AND p.page_no BETWEEN i.page_start AND coalesce(i.page_end, i.page_start)),
                   coalesce(p.text, '')
            FROM pages p JOIN paragraf_backfill_docs USING (document_id)""")
    finally:
        con.unregister("paragraf_backfill_docs")
    keys = [r[0] for r in con.execute("SELECT doc_key FROM paragraf_units").fetchall()]
    _register(con, "paragraf_unit_ids", {"doc_key": keys, "unit": [search_index.unit_id(k) for k in keys]})
    try:
        con.execute("""CREATE OR REPLACE TEMP TABLE paragraf_units_id AS
                       SELECT u.*, i.unit FROM paragraf_units u JOIN paragraf_unit_ids i USING (doc_key)""")
    finally:
        con.unregister("paragraf_unit_ids")
    if not personal:
        _mask(con)
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE paragraf_words AS
        SELECT unit, generate_subscripts(words, 1) - 1 AS pos, unnest(words) AS word, unnest(befores) AS before,
               generate_subscripts(words, 1) = 1 AS first
        FROM (SELECT unit, words, separators[1:len(words)] AS befores
              FROM (SELECT unit, regexp_extract_all(text, '{_WORD_SQL}') AS words,
                           string_split_regex(text, '{_WORD_SQL}') AS separators
                    FROM paragraf_units_id))""")
    distinct = con.execute("SELECT DISTINCT word, before, first FROM paragraf_words").fetchall()
    _register(con, "paragraf_vocabulary", _vocabulary(distinct))
    try:
        con.execute("""
            CREATE OR REPLACE TEMP TABLE paragraf_terms AS
            SELECT w.unit, w.pos, v.term, v.weight
            FROM paragraf_words w JOIN paragraf_vocabulary v USING (word, before, first)""")
    finally:
        con.unregister("paragraf_vocabulary")
    old_units, old_length = con.execute(
        "SELECT count(*), coalesce(sum(length), 0) FROM search_units WHERE document_id IN (SELECT unnest($ids))",
        {"ids": group}).fetchone()
    for level in search_index.POSTING_LEVELS:
        con.execute(f"""DELETE FROM {level} WHERE unit IN (SELECT unit FROM search_units WHERE document_id IN
                        (SELECT unnest($ids)))""", {"ids": group})
    for table in ("search_units", "search_documents"):
        con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest($ids))", {"ids": group})
    con.execute("""
        CREATE OR REPLACE TEMP TABLE paragraf_lengths AS
        SELECT u.unit, count(DISTINCT t.pos)::INTEGER AS length
        FROM paragraf_units_id u LEFT JOIN paragraf_terms t USING (unit) GROUP BY u.unit""")
    con.execute("""
        INSERT INTO search_units (unit, doc_key, document_id, hit, page_no, item_id, length, personal)
        SELECT u.unit, u.doc_key, u.document_id, u.hit, u.page_no, u.item_id, l.length, $personal
        FROM paragraf_units_id u JOIN paragraf_lengths l USING (unit)""", {"personal": personal})
    con.execute("""
        INSERT INTO search_postings (term, unit, tf, weight, length, positions)
        SELECT t.term, t.unit, count(*), round(sum(t.weight), 2)::REAL, any_value(l.length), list(t.pos ORDER BY t.pos)
        FROM paragraf_terms t JOIN paragraf_lengths l USING (unit) GROUP BY t.term, t.unit""")
    con.execute("INSERT INTO search_documents SELECT unnest($ids), $v", {"ids": group, "v": version})
    written, length = con.execute("SELECT count(*), coalesce(sum(length), 0) FROM paragraf_lengths").fetchone()
    con.execute("UPDATE search_stats SET units = units + ?, length = length + ?",
                [written - old_units, length - old_length])
    for table in ("paragraf_lengths", "paragraf_terms", "paragraf_words", "paragraf_units_id", "paragraf_units"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return written


def _mask(con: duckdb.DuckDBPyConnection) -> None:
    """Personal identity numbers masked in the few texts that hold six digits in a row."""
    rows = con.execute(r"SELECT unit, text FROM paragraf_units_id WHERE regexp_matches(text, '\p{Nd}{6}')").fetchall()
    changed = [(unit, masked) for unit, text in rows if (masked := mask_text(text)) != text]
    if not changed:
        return
    _register(con, "paragraf_masked", {"unit": [u for u, _ in changed], "text": [t for _, t in changed]})
    try:
        con.execute("""UPDATE paragraf_units_id SET text = m.text FROM paragraf_masked m
                       WHERE paragraf_units_id.unit = m.unit""")
    finally:
        con.unregister("paragraf_masked")


def _vocabulary(distinct: list[tuple[str, str, bool]]) -> dict[str, list]:
    """Each distinct (word, what stands before it, first of its text?) with
    its weighted terms: what `search_index.terms` gives the same word in the
    same place."""
    stop = search_index.stopwords()
    out: dict[str, list] = {"word": [], "before": [], "first": [], "term": [], "weight": []}
    for word, before, first in distinct:
        folded = word.casefold()
        if folded in stop:
            continue
        for term, weight in words.weighted_terms(folded, _name(word, before, first)):
            out["word"].append(word)
            out["before"].append(before)
            out["first"].append(first)
            out["term"].append(term)
            out["weight"].append(weight)
    return out


def _name(word: str, before: str, first: bool) -> bool:
    """search_index._is_name, from the characters between the previous word
    and this one: blanks only mean the previous word's last letter stands
    before it (a name), or, for the text's first word, nothing (no name)."""
    if not word[:1].isupper():
        return False
    gap = before.rstrip(" \t")
    if gap:
        return gap[-1] not in search_index._SENTENCE_END
    return not first


# ---------------------------------------------------------------- the levels

FIRST_LEVEL_ROWS = 1_000_000  # the level the writer appends to, before it is merged
LEVEL_FACTOR = 8  # each sorted level holds up to this many times the one before


def capacity(level: int) -> int:
    return FIRST_LEVEL_ROWS * LEVEL_FACTOR ** level


def compact(con: duckdb.DuckDBPyConnection, note: Note | None = None) -> list[str]:
    """Merge each level of the postings grown past its capacity into the
    next, rewritten in term order, one merge per transaction (a kill keeps
    the levels as they were before it); returns the levels merged. Called
    at the end of a run, so the levels depend on the postings alone."""
    merged = []
    levels = search_index.POSTING_LEVELS
    for i, level in enumerate(levels[:-1]):
        rows = con.execute(f"SELECT count(*) FROM {level}").fetchone()[0]
        if rows <= capacity(i):
            continue
        target = levels[i + 1]
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(f"""CREATE OR REPLACE TABLE {target}_merged AS
                            SELECT * FROM (SELECT * FROM {target} UNION ALL SELECT * FROM {level}) ORDER BY term, unit""")
            con.execute(f"DROP TABLE {target}")
            con.execute(f"ALTER TABLE {target}_merged RENAME TO {target}")
            con.execute(f"DELETE FROM {level}")
            _noted(note, level, target)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise
        merged.append(level)
    return merged
