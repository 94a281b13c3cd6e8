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
b 0.75) over the units. `fuzzy` also accepts index terms one edit away from
a word of six to eight letters, two from a longer one, for OCR misspellings:
"personalsektionen" finds "personalsektonen". Filters narrow the documents:
body (organ), organisation (when the warehouse has that column), kind, and a
meeting-date range. Item hits come from the documents that are current for
their meeting (see current_items); pages from every stored document.

A warehouse some of whose documents the index does not cover (one made
before 015, a document stored without the dictionary, another analyser
version) is 'stale': `update_index` indexes what is missing, in transactions
of 2 000 documents (warehouse/search_backfill.py), so an interrupted update
resumes where it stopped. The postings are kept in levels merged in term
order at a run's end (`compact`; migration 015 says why), and a query reads
each of its terms from the few row groups of each level that can hold it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

import duckdb

from extractors.entities import words
from extractors.entities.sensitive import mask_text
from warehouse import search_backfill, search_index
from warehouse.load import Warehouse

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
    return {"search_units", "search_documents", "search_stats", *search_index.POSTING_LEVELS} <= _tables(wh)


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


def update_index(wh: Warehouse) -> int:
    """Index every stored document the index does not cover (or covers with
    another analyser), in batches of documents, each its own transaction
    (warehouse/search_backfill.py); returns how many units were written."""
    return search_backfill.update(wh.con, _version(), wh.index_personal, note=wh.note_written)


# the name the callers of the earlier, rebuilt index use
rebuild_index = update_index


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


def query_terms(wh: Warehouse, query: Query, fuzzy: bool = False) -> list[dict[str, float]]:
    """For each word of the query (clause by clause), the index terms it
    asks for, each with what a match counts for: the word's lemmas 1, a
    noun's verb (`words.query_weights`) less; with `fuzzy`, index terms one
    or two letters off as much as the term they are near."""
    asked = [dict(words.query_weights(w)) for w in query.words]
    if not fuzzy:
        return asked
    # near the lemmas, and near the words as written (an OCR misreading is
    # indexed as written: 'personalsektonen' is near 'personalsektionen')
    asked = [ts | {w: ts.get(w, 1.0)} for ts, w in zip(asked, query.words)]
    wanted = sorted({t for ts in asked for t in ts if t.isalpha() and len(t) >= 6})
    if not wanted:
        return asked
    levels = " UNION ".join(f"SELECT DISTINCT term FROM {level}" for level in search_index.POSTING_LEVELS)
    # one letter off for words of six to eight letters, two for longer ones; shorter words are
    # left exact (one letter turns 'avtal' into 'antal')
    near = wh.con.execute(
        f"""SELECT DISTINCT q.t, p.term FROM (SELECT unnest($wanted) AS t) q, ({levels}) p
           WHERE p.term[1] = q.t[1] AND abs(length(p.term) - length(q.t)) <= (CASE WHEN length(q.t) <= 8 THEN 1 ELSE 2 END)
             AND levenshtein(p.term, q.t) <= (CASE WHEN length(q.t) <= 8 THEN 1 ELSE 2 END)""",
        {"wanted": wanted}).fetchall()
    close: dict[str, set[str]] = {}
    for t, term in near:
        close.setdefault(t, set()).add(term)
    widened = []
    for ts in asked:
        more = dict(ts)
        for t, weight in ts.items():
            for n in sorted(close.get(t, ())):
                more[n] = max(more.get(n, 0.0), weight)
        widened.append(more)
    return widened


def _has_column(wh: Warehouse, table: str, column: str) -> bool:
    return bool(wh.con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? AND column_name = ?",
        [table, column]).fetchone()[0])


def search(wh: Warehouse, text: str, limit: int = 20, *, body: str | None = None, organisation: str | None = None,
           kind: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
           fuzzy: bool = False, include_sensitive: bool = False,
           documents: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Hits, best first: items and pages, each with its document, page and
    item, its score, an excerpt and the places of the words that matched in
    it (`marks`, offsets into the excerpt). `documents` keeps the hits of
    those documents only (a watch's new hits among the documents a run
    loaded).

    Two steps: the units are scored from the postings alone (each term read
    from the few row groups of each level that can hold it) and the best
    few taken; then those few are joined to their documents and items, the
    items of documents that are not current for their meeting dropped, and
    more fetched when too few are left."""
    query = parse(text)
    if not query.clauses or not has_index(wh):
        return []
    asked = query_terms(wh, query, fuzzy)
    if not any(asked):
        return []
    filters, params = _filters(wh, body, organisation, kind, date_from, date_to)
    if documents is not None:
        filters += " AND d.document_id IN (SELECT unnest($documents))"
        params["documents"] = sorted(documents)
    fetch = 3 * limit + 10
    while True:  # more candidates while the first screen is short of items and more there are
        scored = _scored(wh, query, asked, filters, params, fetch)
        details = _details(wh, scored)
        first, later = _one_per_item(details, _spans(wh, details))
        if len(first) >= limit or len(scored) < fetch or fetch >= 64 * limit:
            break
        fetch *= 4
    hits = (first + later)[:limit]
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


def _postings_sql(terms: list[str], positions: bool) -> tuple[str, dict[str, Any]]:
    """The postings of `terms` from every level: the first level (small,
    unsorted) by a list, each sorted level term by term (an equality its
    zone maps answer from a row group or two)."""
    columns = "term, unit, weight, length" + (", positions" if positions else "")
    parts = [f"SELECT {columns} FROM {search_index.POSTING_LEVELS[0]} WHERE term IN (SELECT unnest($terms))"]
    params: dict[str, Any] = {"terms": terms}
    for k, term in enumerate(terms):
        params[f"t{k}"] = term
        parts += [f"SELECT {columns} FROM {level} WHERE term = $t{k}" for level in search_index.POSTING_LEVELS[1:]]
    return " UNION ALL ".join(parts), params


def _scored(wh: Warehouse, query: Query, asked: list[dict[str, float]], filters: str, filter_params: dict[str, Any],
            fetch: int) -> list[tuple[int, float, int]]:
    """The best `fetch` units as (unit, score, clauses matched)."""
    clause_of = [c for c, clause in enumerate(query.clauses) for _ in clause.words]
    word_rows = [(i, term, 1 << min(clause_of[i], 62), weight)
                 for i, terms in enumerate(asked) for term, weight in terms.items()]
    phrases = [(c, clause) for c, clause in enumerate(query.clauses) if clause.phrase]
    postings, params = _postings_sql(sorted({t for _, t, _, _ in word_rows}), bool(phrases))
    params |= {"qword": [w for w, _, _, _ in word_rows], "qterm": [t for _, t, _, _ in word_rows],
               "qbit": [b for _, _, b, _ in word_rows], "qweight": [q for _, _, _, q in word_rows], "fetch": fetch}
    keep = ""
    if phrases:
        keep += f" AND unit IN ({_phrase_sql(query, phrases)})"
    if filters:
        keep += f""" AND unit IN (SELECT unit FROM search_units WHERE document_id IN
                     (SELECT document_id FROM documents d WHERE true {filters}))"""
        params |= filter_params
    return wh.con.execute(f"""
        WITH qt AS (SELECT unnest($qword) AS word, unnest($qterm) AS term, unnest($qbit)::UBIGINT AS bit,
                           unnest($qweight)::DOUBLE AS qweight),
        hits AS (SELECT qt.word, qt.bit, qt.qweight, p.* FROM ({postings}) p JOIN qt USING (term)),
        best AS (SELECT word, unit, any_value(bit) AS bit, max(weight * qweight) AS tf, any_value(length) AS length
                        {", list_sort(list_distinct(flatten(list(positions)))) AS pos" if phrases else ""}
                 FROM hits GROUP BY word, unit),
        df AS (SELECT word, log((any_value(s.units) - count(*) + 0.5) / (count(*) + 0.5) + 1) AS idf,
                      greatest(any_value(s.length), 1) / greatest(any_value(s.units), 1) AS avgdl
               FROM best, search_stats s GROUP BY word)
        SELECT unit, round(sum(df.idf * (b.tf * 2.2 / (b.tf + 1.2 * (0.25 + 0.75 * b.length / df.avgdl)))), 4) AS score,
               bit_count(bit_or(b.bit))::INTEGER AS clauses
        FROM best b JOIN df USING (word)
        WHERE true {keep}
        GROUP BY unit
        ORDER BY clauses DESC, score DESC, unit
        LIMIT $fetch""", params).fetchall()


def _quoted(values) -> str:
    """Values as SQL literals (a list of literals lets DuckDB look keys up in
    a primary key's index; a list parameter makes it read the whole table)."""
    return ", ".join(str(int(v)) if isinstance(v, int) else "'" + str(v).replace("'", "''") + "'" for v in values)


def _details(wh: Warehouse, scored: list[tuple[int, float, int]]) -> list[dict[str, Any]]:
    """The scored units with their documents and items, best first, the
    items of documents not current for their meeting left out. Each table
    is asked for its rows by key, so this costs the same in a warehouse of
    any size."""
    if not scored:
        return []
    con = wh.con
    units = {r[0]: r[1:] for r in con.execute(
        f"SELECT unit, hit, document_id, page_no, item_id FROM search_units WHERE unit IN ({_quoted(u for u, _, _ in scored)})"
    ).fetchall()}
    documents = {r[0]: r[1:] for r in con.execute(
        f"""SELECT document_id, source_path, kind, organ, meeting_date, meeting_id FROM documents
            WHERE document_id IN ({_quoted({u[1] for u in units.values()})})""").fetchall()} if units else {}
    item_ids = {u[3] for u in units.values() if u[3] is not None}
    label = "label" if _has_column(wh, "items", "label") else "NULL"
    items = {r[0]: r[1:] for r in con.execute(
        f"SELECT item_id, number, title, {label} FROM items WHERE item_id IN ({_quoted(item_ids)})").fetchall()} if item_ids else {}
    hits = []
    for unit, score, clauses in scored:
        if unit not in units or units[unit][1] not in documents:
            continue
        hit, document_id, page_no, item_id = units[unit]
        source_path, kind, organ, meeting_date, meeting_id = documents[document_id]
        number, title, item_label = items.get(item_id, (None, None, None))
        hits.append({"hit": hit, "score": score, "source_path": source_path, "document_id": document_id,
                     "page_no": page_no, "item_number": number, "item_title": title, "item_id": item_id,
                     "item_label": item_label, "kind": kind, "organ": organ, "meeting_date": meeting_date,
                     "meeting_id": meeting_id, "matched": clauses})
    hits.sort(key=lambda h: (-h["matched"], -h["score"], h["source_path"] or "", h["page_no"] or 0, h["hit"],
                             h["item_id"] or ""))
    stale = _not_current(wh, {h["meeting_id"] for h in hits if h["hit"] == "item" and h["meeting_id"]})
    return [h for h in hits if h["hit"] == "page" or h["document_id"] not in stale]


def _not_current(wh: Warehouse, meetings: set[str]) -> set[str]:
    """The documents of these meetings whose items another document of the
    same meeting replaces (see current_items). The view ranks every
    meeting's documents; it is asked only about meetings that hold more
    than one document, which most do not."""
    if not meetings:
        return set()
    shared = [r[0] for r in wh.con.execute(
        """SELECT meeting_id FROM documents WHERE meeting_id IN (SELECT unnest($m)) AND status = 'ok'
           GROUP BY meeting_id HAVING count(*) > 1""", {"m": sorted(meetings)}).fetchall()]
    if not shared:
        return set()
    return {r[0] for r in wh.con.execute(
        """SELECT d.document_id FROM documents d
           WHERE d.meeting_id IN (SELECT unnest($m))
             AND d.document_id NOT IN (SELECT document_id FROM current_documents WHERE meeting_id IN (SELECT unnest($m)))""",
        {"m": shared}).fetchall()}


def compact(wh: Warehouse) -> list[str]:
    """Merge the levels of the postings that grew past their size (an
    ingest calls this at the end of its run; see migration 015)."""
    if not has_index(wh):
        return []
    return search_backfill.compact(wh.con, wh.note_written)


def _one_per_item(hits: list[dict], spans: dict[str, list[tuple[str, int, int]]]) -> tuple[list[dict], list[dict]]:
    """The hits with one per item first: an item's first page right below
    the item (or the item below that page) prints the same text, and is
    left out; a hit within an item already shown — another page of its
    attachments, a page of an item whose span holds it — moves below the
    first hit of every other item, so the first screen shows as many items
    as there are. Pages outside any item keep their places. `spans`: each
    document's items as (item_id, first page, last page)."""
    shown: set[str] = set()
    same: set[tuple[str, int]] = set()
    first, later = [], []
    for hit in hits:
        if hit["item_id"] is None:
            first.append(hit)
            continue
        if (hit["item_id"], hit["page_no"]) in same:
            continue
        same.add((hit["item_id"], hit["page_no"]))
        if hit["hit"] == "item":
            items = {hit["item_id"]}
        else:
            items = {item for item, start, end in spans.get(hit["document_id"], ()) if start <= hit["page_no"] <= end}
            items.add(hit["item_id"])
        (later if items & shown else first).append(hit)
        shown |= items
    return first, later


def _spans(wh: Warehouse, hits: list[dict]) -> dict[str, list[tuple[str, int, int]]]:
    documents = sorted({h["document_id"] for h in hits if h["hit"] == "page" and h["item_id"] is not None})
    spans: dict[str, list[tuple[str, int, int]]] = {}
    if documents:
        for doc, item, start, end in wh.con.execute(
                """SELECT document_id, item_id, page_start, coalesce(page_end, page_start) FROM items
                   WHERE document_id IN (SELECT unnest($d)) AND page_start IS NOT NULL""", {"d": documents}).fetchall():
            spans.setdefault(doc, []).append((item, start, end))
    return spans


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
    """The text of each hit's unit: an item's fields, a page's text (by key)."""
    out: dict = {}
    item_ids = [h["item_id"] for h in hits if h["hit"] == "item"]
    if item_ids:
        have = {r[0] for r in wh.con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = 'items'").fetchall()}
        fields = [f for f in search_index.ITEM_FIELDS if f in have]
        for item_id, *values in wh.con.execute(
                f"SELECT item_id, {', '.join(fields)} FROM items WHERE item_id IN ({_quoted(item_ids)})").fetchall():
            out[("item", item_id)] = search_index.item_text(dict(zip(fields, values)))
    for hit in hits:
        if hit["hit"] == "page":
            row = wh.con.execute("SELECT text FROM pages WHERE document_id = ? AND page_no = ?",
                                 [hit["document_id"], hit["page_no"]]).fetchone()
            out[("page", (hit["document_id"], hit["page_no"]))] = (row[0] if row else "") or ""
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
