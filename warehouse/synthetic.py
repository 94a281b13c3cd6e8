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

import pyarrow

from warehouse import search_backfill, search_index
from warehouse.load import Warehouse, rebuild_current

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
    _index(con, items, documents)
    rebuild_current(con)
    con.execute("COMMIT")
    wh.settle_matters()  # as a load leaves them: every matter, noted as settled from these documents
    search_backfill.compact(con)  # the index's levels, as at the end of an ingest


# the item number as the template text holds it: a number no agreement name contains
_K = 987654321


def _index(con, items: int, documents: int) -> None:
    """The search index of the synthetic items, as the writer would store it
    (tests/test_synthetic.py compares), made by SQL from one analysed text per
    agreement name: every item's text is the same but for its number, so
    each name's terms, positions and weights are analysed once and the item's
    number put in for the placeholder. A warehouse of millions of items is
    indexed at the cost of its INSERTs, not of analysing millions of texts."""
    try:
        version = search_index.analyser_version()
    except Exception:  # noqa: BLE001 - no dictionary: left unindexed, as a load would leave it
        return
    names = con.execute("SELECT list(name ORDER BY agreement_id) FROM agreements").fetchone()[0] or []
    template: dict[str, list] = {"name_no": [], "term": [], "tf": [], "weight": [], "length": [], "positions": []}
    for n, name in enumerate(names, start=1):
        text = search_index.item_text({
            "title": f"Ärende {_K}", "summary": f"Sammanfattning av ärende {_K} om {name}",
            "proposal": f"Nämnden föreslås besluta i ärende {_K} att godkänna {name}",
            "decision": f"Nämnden beslutar i ärende {_K}"})
        found, length = search_index.terms(text)
        for term, (positions, weight) in found.items():
            for column, value in (("name_no", n), ("term", None if term == str(_K) else term), ("tf", len(positions)),
                                  ("weight", round(weight, 2)), ("length", length), ("positions", positions)):
                template[column].append(value)
    con.register("paragraf_synthetic_terms", pyarrow.table(template))
    step = 1_000_000
    try:
        for first in range(0, items, step):
            ks = range(first, min(items, first + step))
            con.register("paragraf_synthetic_units", pyarrow.table(
                {"k": list(ks), "unit": [search_index.unit_id(f"item:i{k}") for k in ks]}))
            try:
                con.execute(f"""
                    INSERT INTO search_units (unit, doc_key, document_id, hit, page_no, item_id, length, personal)
                    SELECT u.unit, 'item:i' || u.k, sha256('doc' || (u.k // {ITEMS_PER_DOCUMENT})), 'item',
                           1 + (u.k % {ITEMS_PER_DOCUMENT}) // 3, 'i' || u.k, t.length, false
                    FROM paragraf_synthetic_units u
                    JOIN (SELECT DISTINCT name_no, length FROM paragraf_synthetic_terms) t
                      ON t.name_no = 1 + (u.k * 7919) % {len(names)}""")
                con.execute(f"""
                    INSERT INTO search_postings (term, unit, tf, weight, length, positions)
                    SELECT coalesce(t.term, u.k::VARCHAR), u.unit, t.tf, t.weight, t.length, t.positions
                    FROM paragraf_synthetic_units u
                    JOIN paragraf_synthetic_terms t ON t.name_no = 1 + (u.k * 7919) % {len(names)}""")
            finally:
                con.unregister("paragraf_synthetic_units")
        con.execute(f"""
            UPDATE search_stats SET units = search_stats.units + added.n, length = search_stats.length + added.total
            FROM (SELECT count(*) AS n, coalesce(sum(t.length), 0) AS total FROM range({items}) r(k)
                  JOIN (SELECT DISTINCT name_no, length FROM paragraf_synthetic_terms) t
                    ON t.name_no = 1 + (r.k * 7919) % {len(names)}) added""")
    finally:
        con.unregister("paragraf_synthetic_terms")
    con.execute(f"INSERT INTO search_documents SELECT sha256('doc' || d), $v FROM range({documents}) t(d)", {"v": version})
