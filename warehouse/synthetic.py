"""A synthetic warehouse for benchmarks: many meetings, items and agreement
mentions, made by DuckDB itself (INSERT … SELECT over range()), so building
100 000 items takes a second or two, not minutes."""

from __future__ import annotations

from warehouse.load import Warehouse

ITEMS_PER_DOCUMENT = 50


def fill(wh: Warehouse, items: int, catalogue: list[tuple[str, str, list[str]]]) -> None:
    """`items` items in documents of ITEMS_PER_DOCUMENT, one meeting each (a
    day apart), each item mentioning one catalogue agreement (by name in its
    summary and proposal, so `search` has words to find), a third of them in
    the proposal."""
    wh.sync_agreements(catalogue)
    documents = max(1, items // ITEMS_PER_DOCUMENT)
    con = wh.con
    con.execute("BEGIN TRANSACTION")
    con.execute(
        """
        INSERT INTO meetings
        SELECT 'syntetisk-namnd/' || strftime(DATE '2000-01-01' + d::INTEGER, '%Y-%m-%d'), 'Syntetisk nämnd',
               DATE '2000-01-01' + d::INTEGER, '13:00', '16:00', 'Kommunhuset'
        FROM range($n) t(d)
        """,
        {"n": documents},
    )
    con.execute(
        """
        INSERT INTO documents (document_id, source_path, kind, organ, meeting_date, meeting_id, page_count,
                               text_source, status, error_code, error, ingested_at, extractor_version)
        SELECT sha256('doc' || d), 'synthetic/' || d || '.pdf', 'protokoll', 'Syntetisk nämnd',
               DATE '2000-01-01' + d::INTEGER,
               'syntetisk-namnd/' || strftime(DATE '2000-01-01' + d::INTEGER, '%Y-%m-%d'),
               20, 'text', 'ok', NULL, NULL, TIMESTAMP '2026-01-01', 0
        FROM range($n) t(d)
        """,
        {"n": documents},
    )
    con.execute(
        """
        INSERT INTO items (item_id, document_id, meeting_id, source, number, title, section, scheduled_time,
                           summary, proposal, decision, page_start, page_end, attested)
        SELECT 'i' || k, sha256('doc' || (k // $per)),
               'syntetisk-namnd/' || strftime(DATE '2000-01-01' + (k // $per)::INTEGER, '%Y-%m-%d'),
               'protokoll', k % $per + 1, 'Ärende ' || k, NULL, NULL,
               'Sammanfattning av ärende ' || k || ' om ' || a.names[1 + (k * 7919) % len(a.names)],
               'Nämnden föreslås besluta i ärende ' || k || ' att godkänna ' || a.names[1 + (k * 7919) % len(a.names)],
               'Nämnden beslutar i ärende ' || k, 1 + (k % $per) // 3, 1 + (k % $per) // 3, false
        FROM range($items) t(k), (SELECT list(name ORDER BY agreement_id) AS names FROM agreements) a
        """,
        {"items": items, "per": ITEMS_PER_DOCUMENT},
    )
    con.execute(
        """
        INSERT INTO agreement_mentions (agreement_id, document_id, item_id, page_no, surface, in_decision)
        SELECT a.ids[1 + (k * 7919) % len(a.ids)], sha256('doc' || (k // $per)), 'i' || k,
               1 + (k % $per) // 3, 'avtalet', k % 3 = 0
        FROM range($items) t(k), (SELECT list(agreement_id ORDER BY agreement_id) AS ids FROM agreements) a
        """,
        {"items": items, "per": ITEMS_PER_DOCUMENT},
    )
    con.execute("COMMIT")
