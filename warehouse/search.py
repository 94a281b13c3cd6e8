"""Full-text search over items and pages, through Swedish morphology.

The index (migration 015) is kept by the writer: each document's units — its
items, and its pages — and their terms are stored in the document's own
transaction (warehouse/search_index.py), so adding a document costs the same
in a warehouse of any size, and a kill leaves the index as whole as the
documents. A term is a lemma or a compound part (extractors/entities/words.py):
"avtal" finds "avtalet", "samverkansavtalet" and "hyresavtalen"; "val" finds
"kommunvalet" but neither "avtal" nor "förvaltning".

A query is words and "quoted phrases". Every word asks for its lemmas; a
phrase asks for its words in a row (stopwords keep their places). Hits that
match more of the query's words and phrases rank first, then by BM25 (k1 1.2,
b 0.75) over the units. `fuzzy` also accepts index terms one or two edits
away from a word (one up to six letters, two beyond), for OCR misspellings:
"personalsektionen" finds "personalsektonen". Filters narrow the documents:
body (organ), organisation (when the warehouse has that column), kind, and a
meeting-date range. Item hits come from the documents that are current for
their meeting (see current_items); pages from every stored document.

A warehouse some of whose documents the index does not cover (one made
before 015, a document stored without the dictionary, another analyser
version) is 'stale': `update_index` indexes what is missing, in transactions
of a few documents each, so an interrupted update resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

import duckdb

from extractors.entities import words
from extractors.entities.sensitive import mask_text
from warehouse import search_index
from warehouse.load import Warehouse

UPDATE_BATCH = 20  # documents per transaction when the index is brought up to date


class SearchUnavailable(RuntimeError):
    """The Swedish dictionary the analyser reads is not installed."""


def _version() -> str:
    try:
        return search_index.analyser_version()
    except words.LexiconUnavailable as exc:
        raise SearchUnavailable(str(exc)) from None


# ---------------------------------------------------------------- the index's state


def _tables(wh: Warehouse) -> set[str]:
    return {r[0] for r in wh.con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND table_name LIKE 'search%'").fetchall()}


def has_index(wh: Warehouse) -> bool:
    """The index's tables exist (search can answer from them, current or not)."""
    return {"search_units", "search_postings", "search_documents"} <= _tables(wh)


def index_state(wh: Warehouse) -> str:
    """'current' (every stored document indexed by this analyser), 'stale'
    or 'missing' (a warehouse older than the index, opened read-only)."""
    if not has_index(wh):
        return "missing"
    version = _version()
    stored, indexed, other = wh.con.execute(
        """SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM search_documents),
                  (SELECT count(*) FROM search_documents WHERE analyser <> $v)""", {"v": version}).fetchone()
    return "current" if stored == indexed and not other else "stale"


def update_index(wh: Warehouse, batch: int = UPDATE_BATCH) -> int:
    """Index every stored document the index does not cover (or covers with
    another analyser), a few documents per transaction; returns how many
    units were written."""
    version = _version()
    con = wh.con
    todo = [r[0] for r in con.execute(
        """SELECT document_id FROM documents
           WHERE document_id NOT IN (SELECT document_id FROM search_documents WHERE analyser = $v)
           ORDER BY document_id""", {"v": version}).fetchall()]
    written = 0
    for start in range(0, len(todo), batch):
        group = todo[start:start + batch]
        units = _stored_units(wh, group)
        unit_rows, posting_rows = search_index.rows(units, personal=wh.index_personal)
        con.execute("BEGIN TRANSACTION")
        try:
            _delete(con, group)
            for table, columns in (("search_units", unit_rows), ("search_postings", posting_rows),
                                   ("search_documents", {"document_id": group, "analyser": [version] * len(group)})):
                _insert(con, table, columns)
            con.execute("COMMIT")
        except BaseException:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the connection itself failed (a full disk): nothing was committed
            raise
        written += len(unit_rows["unit"])
    return written


# the name the callers of the earlier, rebuilt index use
rebuild_index = update_index


def _delete(con: duckdb.DuckDBPyConnection, document_ids: list[str]) -> None:
    con.execute("DELETE FROM search_postings WHERE unit IN (SELECT unit FROM search_units WHERE document_id IN "
                "(SELECT unnest($ids)))", {"ids": document_ids})
    for table in ("search_units", "search_documents"):
        con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest($ids))", {"ids": document_ids})


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    import pyarrow

    if not next(iter(columns.values())):
        return
    con.register("paragraf_search_rows", pyarrow.table(columns))
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM paragraf_search_rows")
    finally:
        con.unregister("paragraf_search_rows")


def _stored_units(wh: Warehouse, document_ids: list[str]) -> list[search_index.Unit]:
    """The units of stored documents, read back from their items and pages."""
    con = wh.con
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'items'").fetchall()}
    fields = [f for f in search_index.ITEM_FIELDS if f in have]
    items = con.execute(
        f"""SELECT document_id, item_id, number, page_start, page_end, {', '.join(fields)}
            FROM items WHERE document_id IN (SELECT unnest($ids)) ORDER BY document_id, item_id""",
        {"ids": document_ids}).fetchall()
    pages = con.execute(
        "SELECT document_id, page_no, text FROM pages WHERE document_id IN (SELECT unnest($ids)) ORDER BY ALL",
        {"ids": document_ids}).fetchall()
    spans: dict[str, list] = {}
    units = []
    for doc, item_id, number, start, end, *values in items:
        spans.setdefault(doc, []).append((item_id, number, start, end))
        units.append(search_index.Unit(f"item:{item_id}", doc, "item", start, item_id,
                                       search_index.item_text(dict(zip(fields, values)))))
    for doc, page_no, text in pages:
        units.append(search_index.Unit(f"page:{doc}:{page_no}", doc, "page", page_no,
                                       search_index.page_item(page_no, spans.get(doc, [])), text or ""))
    return units


# ---------------------------------------------------------------- queries


@dataclass
class Clause:
    """A word of the query, or a quoted phrase: its words as (offset, word)."""
    words: list[tuple[int, str]]
    phrase: bool = False


@dataclass
class Query:
    text: str
    clauses: list[Clause] = field(default_factory=list)

    @property
    def words(self) -> list[str]:
        return [w for c in self.clauses for _, w in c.words]


_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|”([^”]*)”')


def parse(text: str) -> Query:
    """Words and quoted phrases; stopwords dropped (a phrase keeps their places)."""
    stop = search_index.stopwords()
    query = Query(text)
    rest, last = [], 0
    for m in _QUOTED.finditer(text):
        rest.append(text[last:m.start()])
        last = m.end()
        found = [(i, w.casefold()) for i, (_, _, w) in enumerate(words.words(next(g for g in m.groups() if g is not None)))]
        kept = [(i, w) for i, w in found if w not in stop]
        if len(kept) > 1:
            query.clauses.append(Clause([(i - kept[0][0], w) for i, w in kept], phrase=True))
        elif kept:
            query.clauses.append(Clause([(0, kept[0][1])]))
    rest.append(text[last:])
    for chunk in rest:
        for _, _, w in words.words(chunk):
            if w.casefold() not in stop:
                query.clauses.append(Clause([(0, w.casefold())]))
    return query


def _edits(term: str) -> int:
    return 1 if len(term) <= 6 else 2


def query_terms(wh: Warehouse, query: Query, fuzzy: bool = False) -> list[list[str]]:
    """For each word of the query (clause by clause), the index terms it asks for."""
    asked = [list(words.query_terms(w)) for w in query.words]
    if not fuzzy:
        return asked
    # near the lemmas, and near the words as written (an OCR misreading is
    # indexed as written: 'personalsektonen' is near 'personalsektionen')
    asked = [list(dict.fromkeys(ts + [w])) for ts, w in zip(asked, query.words)]
    wanted = sorted({t for ts in asked for t in ts if t.isalpha() and len(t) >= 4})
    if not wanted:
        return asked
    near = wh.con.execute(
        """SELECT DISTINCT q.t, p.term FROM (SELECT unnest($wanted) AS t) q, search_postings p
           WHERE p.term[1] = q.t[1] AND abs(length(p.term) - length(q.t)) <= (CASE WHEN length(q.t) <= 6 THEN 1 ELSE 2 END)
             AND levenshtein(p.term, q.t) <= (CASE WHEN length(q.t) <= 6 THEN 1 ELSE 2 END)""",
        {"wanted": wanted}).fetchall()
    close: dict[str, set[str]] = {}
    for t, term in near:
        close.setdefault(t, set()).add(term)
    return [list(dict.fromkeys(ts + sorted({n for t in ts for n in close.get(t, ())}))) for ts in asked]


def _has_column(wh: Warehouse, table: str, column: str) -> bool:
    return bool(wh.con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? AND column_name = ?",
        [table, column]).fetchone()[0])


def search(wh: Warehouse, text: str, limit: int = 20, *, body: str | None = None, organisation: str | None = None,
           kind: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           fuzzy: bool = False, include_sensitive: bool = False) -> list[dict[str, Any]]:
    """Hits, best first: items and pages, each with its document, page and
    item, its score, an excerpt and the places of the words that matched in
    it (`marks`, offsets into the excerpt)."""
    query = parse(text)
    if not query.clauses or not has_index(wh):
        return []
    asked = query_terms(wh, query, fuzzy)
    word_rows = [(i, term) for i, terms in enumerate(asked) for term in terms]
    if not word_rows:
        return []
    clause_of, offset_of, index = [], [], 0
    for c, clause in enumerate(query.clauses):
        for offset, _ in clause.words:
            clause_of.append(c)
            offset_of.append(offset)
            index += 1
    phrases = [(c, clause) for c, clause in enumerate(query.clauses) if clause.phrase]
    phrase_sql = _phrase_sql(query, phrases)
    filters, params = _filters(wh, body, organisation, kind, date_from, date_to)
    params |= {"qword": [w for w, _ in word_rows], "qterm": [t for _, t in word_rows],
               "qclause": clause_of, "phrases": [c for c, _ in phrases]}
    label = "i.label" if _has_column(wh, "items", "label") else "NULL"
    rows = wh.con.execute(f"""
        WITH qt AS (SELECT unnest($qword) AS word, unnest($qterm) AS term),
        hits AS (SELECT qt.word, p.unit, p.weight, p.positions FROM search_postings p JOIN qt USING (term)),
        best AS (SELECT word, unit, max(weight) AS tf, list_sort(list_distinct(flatten(list(positions)))) AS pos
                 FROM hits GROUP BY word, unit),
        df AS (SELECT word, count(*) AS df FROM best GROUP BY word),
        stats AS (SELECT count(*) AS n, coalesce(avg(length), 1) AS avgdl FROM search_units),
        per_word AS (
            SELECT b.unit, b.word, $qclause[b.word + 1] AS clause,
                   log((stats.n - df.df + 0.5) / (df.df + 0.5) + 1)
                   * (b.tf * 2.2 / (b.tf + 1.2 * (0.25 + 0.75 * u.length / stats.avgdl))) AS score
            FROM best b JOIN df USING (word) JOIN search_units u USING (unit), stats),
        phrase_ok AS ({phrase_sql}),
        scored AS (
            SELECT unit, round(sum(score), 4) AS score, count(DISTINCT clause) AS clauses
            FROM per_word
            WHERE len($phrases) = 0 OR unit IN (SELECT unit FROM phrase_ok)
            GROUP BY unit),
        cand AS (
            SELECT s.unit, s.score, s.clauses, u.hit, u.document_id, u.page_no, u.item_id, d.meeting_id,
                   d.source_path, d.kind, d.organ, d.meeting_date
            FROM scored s JOIN search_units u USING (unit) JOIN documents d USING (document_id)
            WHERE true {filters}),
        current AS (
            SELECT document_id FROM current_documents
            WHERE meeting_id IN (SELECT meeting_id FROM cand WHERE hit = 'item' AND meeting_id IS NOT NULL))
        SELECT c.hit, c.score, c.source_path, c.document_id, c.page_no, i.number, i.title, c.item_id, {label},
               c.kind, c.organ, c.meeting_date, c.meeting_id, c.clauses
        FROM cand c LEFT JOIN items i USING (item_id)
        WHERE c.hit = 'page' OR c.meeting_id IS NULL OR c.document_id IN (SELECT document_id FROM current)
        ORDER BY c.clauses DESC, c.score DESC, c.source_path, c.page_no, c.hit, c.item_id
        LIMIT $fetch
        """, params | {"fetch": 3 * limit}).fetchall()
    keys = ("hit", "score", "source_path", "document_id", "page_no", "item_number", "item_title", "item_id",
            "item_label", "kind", "organ", "meeting_date", "meeting_id", "matched")
    hits = _one_per_item([dict(zip(keys, row)) for row in rows])[:limit]
    wanted = {t for terms in asked for t in terms}
    texts = _texts(wh, hits)
    for hit in hits:
        body_text = texts.get((hit["hit"], hit["item_id"] if hit["hit"] == "item" else (hit["document_id"], hit["page_no"])), "")
        if not include_sensitive:
            body_text = mask_text(body_text) or ""
        hit["excerpt"], hit["marks"] = excerpt(body_text, wanted)
        hit["score"] = float(hit["score"])
        if isinstance(hit["meeting_date"], dt.date):
            hit["meeting_date"] = hit["meeting_date"].isoformat()
    return hits


def _one_per_item(hits: list[dict]) -> list[dict]:
    """The hits with one per item first: an item's first page right below
    the item (or the item below that page) prints the same text, and is
    left out; further hits within an item already shown (more pages of its
    attachments) move below the first hit of every other item, so the first
    screen shows as many items as there are. Pages outside any item keep
    their places."""
    shown: set[str] = set()
    same: set[tuple[str, int]] = set()
    first, later = [], []
    for hit in hits:
        item = hit["item_id"]
        if item is None:
            first.append(hit)
            continue
        if (item, hit["page_no"]) in same:
            continue
        same.add((item, hit["page_no"]))
        (later if item in shown else first).append(hit)
        shown.add(item)
    return first + later


def _phrase_sql(query: Query, phrases: list[tuple[int, Clause]]) -> str:
    """Units where every phrase's words stand in a row (each word at its
    offset from the phrase's first)."""
    if not phrases:
        return "SELECT NULL::BIGINT AS unit WHERE false"
    word_no = 0
    numbered: dict[int, list[tuple[int, int]]] = {}
    for c, clause in enumerate(query.clauses):
        numbered[c] = [(word_no + k, offset) for k, (offset, _) in enumerate(clause.words)]
        word_no += len(clause.words)
    parts = []
    for c, _clause in phrases:
        (first, _), *others = numbered[c]
        joins = " ".join(f"JOIN best b{k} ON b{k}.unit = b0.unit AND b{k}.word = {w}" for k, (w, _) in enumerate(others, 1))
        test = " AND ".join(f"list_contains(b{k}.pos, x + {offset})" for k, (_, offset) in enumerate(others, 1))
        parts.append(f"SELECT b0.unit FROM best b0 {joins} WHERE b0.word = {first} "
                     f"AND len(list_filter(b0.pos, x -> {test})) > 0")
    return " INTERSECT ".join(parts)


def _filters(wh: Warehouse, body, organisation, kind, date_from, date_to) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {}
    if body:
        clauses.append("lower(d.organ) = lower($body)")
        params["body"] = body
    if organisation and _has_column(wh, "documents", "organisation"):
        clauses.append("lower(d.organisation) = lower($organisation)")
        params["organisation"] = organisation
    if kind:
        clauses.append("d.kind = $kind")
        params["kind"] = kind
    if date_from:
        clauses.append("d.meeting_date >= $date_from")
        params["date_from"] = date_from
    if date_to:
        clauses.append("d.meeting_date <= $date_to")
        params["date_to"] = date_to
    return "".join(f" AND {c}" for c in clauses), params


def _texts(wh: Warehouse, hits: list[dict]) -> dict:
    """The text of each hit's unit: an item's fields, a page's text."""
    out: dict = {}
    item_ids = [h["item_id"] for h in hits if h["hit"] == "item"]
    if item_ids:
        have = {r[0] for r in wh.con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'items'").fetchall()}
        fields = [f for f in search_index.ITEM_FIELDS if f in have]
        for item_id, *values in wh.con.execute(
                f"SELECT item_id, {', '.join(fields)} FROM items WHERE item_id IN (SELECT unnest($ids))",
                {"ids": item_ids}).fetchall():
            out[("item", item_id)] = search_index.item_text(dict(zip(fields, values)))
    pages = [(h["document_id"], h["page_no"]) for h in hits if h["hit"] == "page"]
    if pages:
        for doc, page_no, text in wh.con.execute(
                """SELECT p.document_id, p.page_no, p.text FROM pages p
                   JOIN (SELECT unnest($docs) AS document_id, unnest($pages) AS page_no) w USING (document_id, page_no)""",
                {"docs": [d for d, _ in pages], "pages": [n for _, n in pages]}).fetchall():
            out[("page", (doc, page_no))] = text or ""
    return out


def matching_words(text: str, wanted: Iterable[str]) -> list[tuple[int, int]]:
    """Where in `text` the words stand whose terms the query asked for."""
    wanted = set(wanted)
    return [(start, end) for start, end, word in words.words(text)
            if not wanted.isdisjoint(words.index_terms(word.casefold(), search_index._is_name(text, start, word)))]


def excerpt(text: str, wanted: Iterable[str], width: int = 180) -> tuple[str, list[tuple[int, int]]]:
    """About `width` characters of the text, whitespace collapsed, where
    most of the query's words match (the first such place), and the matched
    words' places in it."""
    flat = re.sub(r"\s+", " ", text or "").strip()
    marks = matching_words(flat, wanted)
    if not marks:
        return flat[:width] + ("…" if len(flat) > width else ""), []
    lead = width // 6  # some words before the first match

    def covered(first: tuple[int, int]) -> int:
        return sum(1 for s, e in marks if first[0] <= s and e <= first[0] - lead + width)

    anchor = max(marks, key=lambda m: (covered(m), -m[0]))[0]
    start = max(0, anchor - lead)
    if start:
        space = flat.find(" ", start, anchor)
        start = space + 1 if space >= 0 else start
    end = min(len(flat), start + width)
    if end < len(flat):
        space = flat.rfind(" ", anchor, end)
        end = space if space > anchor else end
    shown = flat[start:end]
    prefix = "…" if start else ""
    suffix = "…" if end < len(flat) else ""
    inside = [(s - start + len(prefix), e - start + len(prefix)) for s, e in marks if s >= start and e <= end]
    return prefix + shown + suffix, inside


def marked(text: str, marks: list[tuple[int, int]], before: str = "[", after: str = "]") -> str:
    """`text` with each mark wrapped: the excerpt as a terminal prints it."""
    out, last = [], 0
    for start, end in sorted(marks):
        out += [text[last:start], before, text[start:end], after]
        last = end
    out.append(text[last:])
    return "".join(out)
