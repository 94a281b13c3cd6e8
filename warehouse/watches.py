"""Watches: saved searches, agreements and matters, and their new hits.

A watch (`paragraf watch add "LOSUS" --agreement`) asks the same question
after every ingest, of the documents that ingest loaded for the first time
only: a document read again (a new extractor version) is no news. Each hit is
recorded once, as a row of `watch_hits`, and `paragraf watch news` and the
Atom feed of `paragraf serve` (`/watch/<id>.atom`) read those rows.

Which documents a watch has already been asked about is a row each in
`watch_checked`, written in the same transaction as the hits: an ingest
stopped before it recorded its watches leaves them to the next one, and a
document is never reported twice. A watch added today reports documents first
loaded after it was added, not the warehouse it was added to.

The three kinds ask what the commands of the same name answer:
- `search`: `warehouse.search.search` (whatever analyser it has): each item
  hit, and each page hit on a page no item hit covers (as that page);
- `agreement`: the items whose proposal or decision mentions an agreement
  matching the text (`paragraf decisions --agreement`);
- `matter`: the items of the matter the text names (`paragraf matter`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from warehouse.load import Warehouse

KINDS = ("search", "agreement", "matter")
SEARCH_DEPTH = 10_000  # a search watch looks this deep into the ranked hits for those in new documents


class WatchError(ValueError):
    """A watch that cannot be added or found: one sentence for the user."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def add_watch(wh: Warehouse, text: str, kind: str = "search") -> dict[str, Any]:
    """Save a watch; returns it as `list_watches` shows it."""
    text = " ".join(text.split())
    if not text:
        raise WatchError("a watch needs words to watch for, e.g. paragraf watch add LOSUS --agreement")
    if kind not in KINDS:
        raise WatchError(f"unknown kind of watch {kind!r}; one of {', '.join(KINDS)}")
    con = wh.con
    existing = con.execute("SELECT watch_id FROM watches WHERE kind = ? AND text = ?", [kind, text]).fetchone()
    if existing:
        raise WatchError(f"watch {existing[0]} already watches {kind} '{text}'; see paragraf watch list")
    (watch_id,) = con.execute("SELECT coalesce(max(watch_id), 0) + 1 FROM watches").fetchone()
    con.execute("INSERT INTO watches (watch_id, kind, text, created_at) VALUES (?, ?, ?, ?)", [watch_id, kind, text, _now()])
    return next(w for w in list_watches(wh) if w["watch_id"] == watch_id)


def remove_watch(wh: Warehouse, watch_id: int) -> dict[str, Any]:
    found = [w for w in list_watches(wh) if w["watch_id"] == watch_id]
    if not found:
        raise WatchError(f"there is no watch {watch_id}; paragraf watch list shows them")
    con = wh.con
    con.execute("BEGIN TRANSACTION")
    try:
        for table in ("watch_hits", "watch_checked", "watches"):
            con.execute(f"DELETE FROM {table} WHERE watch_id = ?", [watch_id])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return found[0]


def list_watches(wh: Warehouse) -> list[dict[str, Any]]:
    if not has_watches(wh):
        return []
    rows = wh.con.execute(
        """
        SELECT w.watch_id, w.kind, w.text, w.created_at, count(h.watch_id) AS hits, max(h.found_at) AS last_hit
        FROM watches w LEFT JOIN watch_hits h USING (watch_id)
        GROUP BY ALL ORDER BY w.watch_id
        """
    ).fetchall()
    keys = ("watch_id", "kind", "text", "created_at", "hits", "last_hit")
    return [dict(zip(keys, row)) for row in rows]


def has_watches(wh: Warehouse) -> bool:
    """Whether this warehouse has the watch tables (016_appeal_window_and_watches)."""
    return bool(wh.con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'watches'").fetchone()[0])


def news(wh: Warehouse, watch_id: int | None = None, since: dt.datetime | None = None,
         limit: int | None = None) -> list[dict[str, Any]]:
    """The recorded hits, newest first: of one watch or all, found after `since`."""
    if not has_watches(wh):
        return []
    rows = wh.con.execute(
        f"""
        SELECT h.watch_id, w.kind, w.text, h.found_at, h.document_id, h.item_id, h.page_no, h.title,
               d.source_path, d.kind AS document_kind, d.organ, strftime(d.meeting_date, '%Y-%m-%d') AS meeting_date,
               i.number, i.label, i.source
        FROM watch_hits h JOIN watches w USING (watch_id) JOIN documents d USING (document_id)
        LEFT JOIN items i ON i.item_id = h.item_id
        WHERE ($w IS NULL OR h.watch_id = $w) AND ($since IS NULL OR h.found_at > $since)
        ORDER BY h.found_at DESC, d.meeting_date DESC NULLS LAST, h.document_id, i.number, h.page_no
        {f'LIMIT {int(limit)}' if limit else ''}
        """,
        {"w": watch_id, "since": since},
    ).fetchall()
    keys = ("watch_id", "kind", "text", "found_at", "document_id", "item_id", "page_no", "title", "source_path",
            "document_kind", "organ", "meeting_date", "number", "label", "source")
    return [dict(zip(keys, row)) for row in rows]


def record_new_hits(wh: Warehouse) -> dict[int, int]:
    """Ask every watch about the documents first loaded since it was added
    that it has not been asked about yet, and record what it finds, in one
    transaction. Returns watch_id → new hits. A search watch needs a current
    search index (an ingest rebuilds it first); when it has none its
    documents wait for the next round, unasked."""
    if not has_watches(wh):
        return {}
    from warehouse import search

    con = wh.con
    watches = con.execute("SELECT watch_id, kind, text, created_at FROM watches ORDER BY watch_id").fetchall()
    searchable = bool(watches) and search.index_state(wh) == "current"
    found: dict[int, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        for watch_id, kind, text, created_at in watches:
            fresh = [r[0] for r in con.execute(
                """
                SELECT d.document_id FROM documents d
                WHERE d.status = 'ok' AND coalesce(d.loaded_at, d.ingested_at) >= $since
                  AND d.document_id NOT IN (SELECT document_id FROM watch_checked WHERE watch_id = $w)
                """, {"since": created_at, "w": watch_id}).fetchall()]
            if not fresh or (kind == "search" and not searchable):
                continue
            hits = _HITS[kind](wh, text, set(fresh))
            now = _now()
            for hit in hits:
                con.execute(
                    "INSERT INTO watch_hits (watch_id, document_id, item_id, page_no, title, found_at, hit_key) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [watch_id, hit["document_id"], hit["item_id"], hit["page_no"], hit["title"], now, _key(hit)])
            con.execute("INSERT INTO watch_checked SELECT $w, unnest($ids) ON CONFLICT DO NOTHING", {"w": watch_id, "ids": fresh})
            found[watch_id] = len(hits)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return found


def _search_hits(wh: Warehouse, text: str, documents: set[str]) -> list[dict[str, Any]]:
    from warehouse import search

    hits = [h for h in search.search(wh, text, SEARCH_DEPTH) if h["document_id"] in documents]
    items = _distinct([_as_item(wh, h["document_id"], h.get("item_number"), h["page_no"]) for h in hits if h["hit"] == "item"])
    covered = {(i["document_id"], page) for i in items for page in _pages_of(wh, i["item_id"])}
    # a page hit is news only where no item hit already covers that page; it is
    # the page, not an item it happens to belong to (the words may stand outside it)
    pages = [{"document_id": h["document_id"], "item_id": None, "page_no": h["page_no"], "title": None}
             for h in hits if h["hit"] == "page" and (h["document_id"], h["page_no"]) not in covered]
    return _distinct(items + pages)


def _pages_of(wh: Warehouse, item_id: str | None) -> range:
    row = wh.con.execute("SELECT page_start, page_end FROM items WHERE item_id = ?", [item_id]).fetchone() if item_id else None
    return range(row[0], (row[1] or row[0]) + 1) if row and row[0] else range(0)


def _agreement_hits(wh: Warehouse, text: str, documents: set[str]) -> list[dict[str, Any]]:
    from warehouse.read import agreements_matching, decisions

    matched = agreements_matching(wh, text)
    if not matched:
        return []
    rows = decisions(wh, [agreement_id for agreement_id, _ in matched])
    return _distinct([{"document_id": r["document_id"], "item_id": r["item_id"], "page_no": r["page_start"],
                       "title": r["title"]} for r in rows if r["document_id"] in documents])


def _matter_hits(wh: Warehouse, text: str, documents: set[str]) -> list[dict[str, Any]]:
    from warehouse.matters import MatterAmbiguous, MatterNotFound, find_matter, matter_path

    try:
        key = find_matter(wh, text)
    except (MatterNotFound, MatterAmbiguous):
        return []  # not (yet) one matter: a later document may make it one
    return _distinct([{"document_id": s["document_id"], "item_id": s["item_id"], "page_no": s["page_start"],
                       "title": s["title"]} for s in matter_path(wh, key) if s["document_id"] in documents])


_HITS = {"search": _search_hits, "agreement": _agreement_hits, "matter": _matter_hits}


def _as_item(wh: Warehouse, document_id: str, number: int | None, page_no: int | None) -> dict[str, Any]:
    """A search hit as the item it stands in: its item by number, else the
    narrowest item spanning its page; a page outside every item stays a page."""
    row = wh.con.execute(
        """
        SELECT item_id, title, page_start FROM items
        WHERE document_id = $d AND (($n IS NOT NULL AND number = $n) OR ($n IS NULL AND $p BETWEEN page_start AND page_end))
        ORDER BY page_end - page_start, number, page_start LIMIT 1
        """, {"d": document_id, "n": number, "p": page_no}).fetchone()
    if row:
        return {"document_id": document_id, "item_id": row[0], "page_no": row[2], "title": row[1]}
    return {"document_id": document_id, "item_id": None, "page_no": page_no, "title": None}


def _key(hit: dict[str, Any]) -> str:
    return hit["item_id"] or f"page:{hit['page_no']}"


def _distinct(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen, out = set(), []
    for hit in hits:
        key = (hit["document_id"], _key(hit))
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out
