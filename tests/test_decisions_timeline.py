"""`decisions --agreement … --timeline` (warehouse.read.decisions and
warehouse.matters.agreement_timeline) answer exactly as the implementation
before round 9 did — the same rows, the same steps, in the same order — on a
synthetic warehouse made to hold what orders differently: items of no matter
(one group of loose rows), sub-items that share a number, a document and a
matter (steps that tie on every sort key), undated underlag (last in their
matter) and kallelser beside protokoll of the same meeting.

Round 9 sorts a matter's steps in DuckDB and makes rows into dicts column by
column; the functions below are the earlier ones, kept here as the reference."""

from __future__ import annotations

from typing import Any

import pytest

from extractors.entities.agreements import catalogue
from warehouse import matters, synthetic
from warehouse.load import Warehouse, rebuild_current
from warehouse.matters import settle_matters
from warehouse.read import (DECISION_APPEAL, DECISION_COLUMNS, DECISION_PROVENANCE, _decision_boxes,
                            agreements_matching, decisions)


# ---------------------------------------------------------------- the implementation before round 9


def decisions_before(wh, agreement_ids: list[str]) -> list[dict[str, Any]]:
    rows = wh.con.execute(
        """
        SELECT strftime(m.meeting_date, '%Y-%m-%d'), m.organ, i.source, i.number, i.title, i.proposal, i.decision,
               g.name, i.document_id, i.page_start, i.item_id, i.page_no, i.x0, i.top, i.x1, i.bottom,
               strftime(d.posted_on, '%Y-%m-%d'), strftime(d.appeal_until, '%Y-%m-%d')
        FROM (SELECT DISTINCT item_id, agreement_id FROM agreement_mentions
              WHERE in_decision AND agreement_id IN (SELECT unnest($ids))) am
        JOIN items i USING (item_id)
        JOIN agreements g USING (agreement_id)
        LEFT JOIN meetings m ON m.meeting_id = i.meeting_id
        JOIN documents d ON d.document_id = i.document_id
        LEFT JOIN superseded_documents c
          ON c.meeting_id = i.meeting_id AND c.source = i.source AND c.document_id = i.document_id
        WHERE i.meeting_id IS NULL OR (d.status = 'ok' AND c.document_id IS NULL)
        ORDER BY m.meeting_date NULLS LAST, m.organ, i.source, i.number, g.name
        """,
        {"ids": agreement_ids},
    ).fetchall()
    found = [dict(zip(DECISION_COLUMNS + DECISION_PROVENANCE + DECISION_APPEAL, row)) for row in rows]
    by_item: dict[str, list] = {}
    for item_id, agreement, box in _decision_boxes(wh, agreement_ids) if found else ():
        by_item.setdefault(item_id, []).append((agreement, box))
    for row in found:
        row["boxes"] = [box for agreement, box in by_item.get(row["item_id"], ()) if agreement in (None, row["agreement"])]
    return found


def _step_order(step: dict[str, Any]) -> tuple:
    return (step["meeting_date"] is None, step["meeting_date"] or "", step["source"] == "protokoll",
            step["organ"] or "", step["number"] or 0, step["document_id"])


def paths_before(wh, keys_sql: str, params: dict) -> dict[str, list[dict[str, Any]]]:
    steps = wh.con.execute(
        f"""
        WITH wanted AS ({keys_sql})
        SELECT x.matter_key, strftime(x.meeting_date, '%Y-%m-%d') AS meeting_date, x.organ, x.source, x.number,
               x.label, x.title, x.decision, CASE WHEN x.decision IS NULL THEN x.proposal END AS proposal,
               x.linked_by, x.case_number, x.document_id, x.page_start, x.item_id
        FROM matters x JOIN wanted USING (matter_key)
        """,
        params,
    ).fetch_arrow_table().to_pylist()
    out: dict[str, list[dict[str, Any]]] = {}
    for step in steps:
        out.setdefault(step.pop("matter_key"), []).append(step)
    for steps in out.values():
        steps.sort(key=_step_order)
    return out


def timeline_before(wh, rows, agreement_ids):
    paths = paths_before(wh, matters._AGREEMENT_KEYS, {"ids": agreement_ids})
    keys = {(step["document_id"], step["source"], step["number"]): key for key, steps in paths.items() for step in steps}
    rows = [row | {"matter": keys.get((row["document_id"], row["source"], row["number"]))} for row in rows]
    out, seen, loose = [], set(), None
    for row in rows:
        if row["matter"] is None:
            if loose is None:
                loose = {"matter": None, "steps": []}
                out.append(loose)
            loose["steps"].append(row)
        elif row["matter"] not in seen:
            seen.add(row["matter"])
            out.append({"matter": row["matter"], "steps": paths.get(row["matter"], [])})
    return rows, out


# ---------------------------------------------------------------- the warehouse


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory):
    db = tmp_path_factory.mktemp("timeline") / "w.duckdb"
    with Warehouse(db) as wh:
        synthetic.fill(wh, 6000, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        con = wh.con
        con.execute("BEGIN TRANSACTION")
        # every seventh item of no diarienummer: in no matter unless a reference joins it
        con.execute("UPDATE items SET case_number = NULL WHERE number % 7 = 0")
        # items 2 and 3 of a document become '§ 2 a' and '§ 2 b' of one matter: steps that tie on every key
        con.execute("""UPDATE items SET label = CASE number WHEN 2 THEN '2 a' ELSE '2 b' END, number = 2,
                                        parent_label = '2', case_number = 'SN 2000/tie ' || left(document_id, 8)
                       WHERE number IN (2, 3)""")
        # every fifth document a kallelse of the meeting before (same body and day as a protokoll)
        con.execute("""INSERT INTO documents (document_id, source_path, kind, organ, meeting_date, meeting_id, page_count,
                                              text_source, status, ingested_at, extractor_version)
                       SELECT sha256('kallelse' || document_id), 'synthetic/k-' || left(document_id, 8) || '.pdf',
                              'kallelse', organ, meeting_date, meeting_id, 3, 'text', 'ok', ingested_at, 0
                       FROM documents WHERE hash(document_id) % 5 = 0""")
        con.execute("""INSERT INTO items (item_id, document_id, meeting_id, source, number, title, proposal, decision,
                                          page_start, page_end, attested, case_number)
                       SELECT 'k' || i.item_id, sha256('kallelse' || i.document_id), i.meeting_id, 'kallelse', i.number,
                              i.title, i.proposal, NULL, 1, 1, false, i.case_number
                       FROM items i JOIN documents d ON d.document_id = i.document_id AND hash(d.document_id) % 5 = 0""")
        con.execute("""INSERT INTO agreement_mentions (agreement_id, document_id, item_id, page_no, surface, in_decision)
                       SELECT m.agreement_id, sha256('kallelse' || m.document_id), 'k' || m.item_id, 1, m.surface, true
                       FROM agreement_mentions m WHERE hash(m.document_id) % 5 = 0 AND m.in_decision""")
        # undated underlag carrying a diarienummer of a matter (no items, no meeting)
        con.execute("""INSERT INTO documents (document_id, source_path, kind, organ, page_count, text_source, status,
                                              ingested_at, extractor_version, case_number)
                       SELECT sha256('underlag' || k), 'synthetic/u-' || k || '.pdf', 'underlag', 'Syntetisk nämnd', 2,
                              'text', 'ok', TIMESTAMP '2026-01-01', 0, 'SN 2000/' || k
                       FROM range(0, 200, 3) t(k)""")
        rebuild_current(con)
        settle_matters(con)
        con.execute("COMMIT")
    return db


def test_the_warehouse_holds_what_orders_differently(warehouse):
    with Warehouse(warehouse, read_only=True) as wh:
        loose, ties, kallelser, underlag = wh.con.execute("""
            SELECT (SELECT count(*) FROM agreement_mentions a WHERE in_decision
                    AND NOT EXISTS (SELECT 1 FROM matters x WHERE x.item_id = a.item_id)),
                   (SELECT count(*) FROM (SELECT 1 FROM matters GROUP BY matter_key, document_id, number HAVING count(*) > 1)),
                   (SELECT count(*) FROM matters WHERE source = 'kallelse'),
                   (SELECT count(*) FROM matters WHERE linked_by = 'underlag')""").fetchone()
    assert loose and ties and kallelser and underlag


@pytest.mark.parametrize("text", ["LOSUS", "avtal", "a"])
def test_decisions_and_their_timeline_are_those_of_the_implementation_before(warehouse, text):
    with Warehouse(warehouse, read_only=True) as wh:
        wh.con.execute("SET threads = 1")  # as the commands run them: rows that tie on ORDER BY come in one order
        ids = [a for a, _ in agreements_matching(wh, text)]
        assert ids
        rows = decisions(wh, ids)
        assert rows == decisions_before(wh, ids) and len(rows) > 10
        assert matters.agreement_timeline(wh, rows, ids) == timeline_before(wh, rows, ids)
        assert matters.agreement_timeline(wh, rows, ids, timeline=False)[0] == timeline_before(wh, rows, ids)[0]
        keys = [k for (k,) in wh.con.execute("SELECT DISTINCT matter_key FROM matters ORDER BY 1 LIMIT 300").fetchall()]
        for key in keys:
            assert matters.matter_path(wh, key) == paths_before(wh, "SELECT unnest($k) AS matter_key", {"k": [key]})[key]
