"""A synthetic warehouse for benchmarks: many meetings, items and agreement
mentions, made by DuckDB itself (INSERT … SELECT over range()), so building
100 000 items takes a second or two, not minutes.

Matters: every tenth meeting is one of a second body ('Syntetiska rådet');
each item carries a diarienummer shared with two other items far apart
('SN 2000/17' in three meetings), and every fifth item of the council cites
the same § of the nämnd's meeting a day earlier ('Syntetisk nämnd
2000-01-05 § 12', by name or by its initials 'SN'), so matters run across
both bodies; `settle_matters` then resolves and groups them as a load does."""

from __future__ import annotations

from warehouse.load import Warehouse
from warehouse.matters import settle_matters

ITEMS_PER_DOCUMENT = 50
COUNCIL_EVERY = 10  # every tenth meeting is the council's
STEPS_PER_MATTER = 3

def _organ(d: str) -> str:
    return f"CASE WHEN ({d}) % {COUNCIL_EVERY} = 0 THEN 'Syntetiska rådet' ELSE 'Syntetisk nämnd' END"


def _meeting(d: str) -> str:
    slug = f"CASE WHEN ({d}) % {COUNCIL_EVERY} = 0 THEN 'syntetiska-radet' ELSE 'syntetisk-namnd' END"
    return f"{slug} || '/' || strftime(DATE '2000-01-01' + ({d})::INTEGER, '%Y-%m-%d')"


def fill(wh: Warehouse, items: int, catalogue: list[tuple[str, str, list[str]]]) -> None:
    """`items` items in documents of ITEMS_PER_DOCUMENT, one meeting each (a
    day apart), each item mentioning one catalogue agreement (by name in its
    summary and proposal, so `search` has words to find), a third of them in
    the proposal; diarienummer, references and matters as the module says."""
    wh.sync_agreements(catalogue)
    documents = max(1, items // ITEMS_PER_DOCUMENT)
    matters = max(1, items // STEPS_PER_MATTER)
    con = wh.con
    con.execute("BEGIN TRANSACTION")
    con.execute(
        f"""
        INSERT INTO meetings (meeting_id, organ, meeting_date, start_time, end_time, location, first_id)
        SELECT {_meeting('d')}, {_organ('d')}, DATE '2000-01-01' + d::INTEGER, '13:00', '16:00', 'Kommunhuset',
               {_meeting('d')}
        FROM range($n) t(d)
        """,
        {"n": documents},
    )
    con.execute(
        f"""
        INSERT INTO documents (document_id, source_path, kind, organ, meeting_date, meeting_id, page_count,
                               text_source, status, error_code, error, ingested_at, extractor_version)
        SELECT sha256('doc' || d), 'synthetic/' || d || '.pdf', 'protokoll', {_organ('d')},
               DATE '2000-01-01' + d::INTEGER, {_meeting('d')},
               20, 'text', 'ok', NULL, NULL, TIMESTAMP '2026-01-01', 0
        FROM range($n) t(d)
        """,
        {"n": documents},
    )
    con.execute(
        f"""
        INSERT INTO items (item_id, document_id, meeting_id, source, number, title, section, scheduled_time,
                           summary, proposal, decision, page_start, page_end, attested, case_number, case_number_raw)
        SELECT 'i' || k, sha256('doc' || (k // $per)), {_meeting('k // $per')},
               'protokoll', k % $per + 1, 'Ärende ' || k, NULL, NULL,
               'Sammanfattning av ärende ' || k || ' om ' || a.names[1 + (k * 7919) % len(a.names)],
               'Nämnden föreslås besluta i ärende ' || k || ' att godkänna ' || a.names[1 + (k * 7919) % len(a.names)],
               'Nämnden beslutar i ärende ' || k, 1 + (k % $per) // 3, 1 + (k % $per) // 3, false,
               'SN 2000/' || (k % $matters), 'Dnr SN/2000/' || lpad((k % $matters)::VARCHAR, 5, '0')
        FROM range($items) t(k), (SELECT list(name ORDER BY agreement_id) AS names FROM agreements) a
        """,
        {"items": items, "per": ITEMS_PER_DOCUMENT, "matters": matters},
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
    # every fifth item of a council meeting cites the same § of the nämnd's meeting the day before
    con.execute(
        """
        INSERT INTO matter_references (document_id, item_id, page_no, body, short, meeting_date, paragraph, raw,
                                       context, position)
        SELECT sha256('doc' || (k // $per)), 'i' || k, 1,
               CASE WHEN k % 2 = 0 THEN 'Syntetisk nämnd' ELSE 'SN' END, NULL,
               DATE '2000-01-01' + (k // $per - 1)::INTEGER, k % $per + 1,
               'Syntetisk nämnd ' || strftime(DATE '2000-01-01' + (k // $per - 1)::INTEGER, '%Y-%m-%d') || ' § ' || (k % $per + 1),
               'Syntetisk nämnd beslutade den dagen före, § ' || (k % $per + 1), k % $per
        FROM range($items) t(k)
        WHERE (k // $per) % $council = 0 AND k // $per > 0 AND k % 5 = 0
        """,
        {"items": items, "per": ITEMS_PER_DOCUMENT, "council": COUNCIL_EVERY},
    )
    settle_matters(con)
    con.execute("COMMIT")
