"""The synthetic warehouse behind `paragraf bench decisions` answers like a real one."""

from __future__ import annotations

from extractors.entities.agreements import catalogue
from warehouse import synthetic
from warehouse.load import Warehouse
from warehouse.read import agreements_matching, decisions


def test_synthetic_warehouse_answers_decisions_oldest_first(tmp_path):
    with Warehouse(tmp_path / "s.duckdb") as wh:
        synthetic.fill(wh, 3000, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        assert wh.table_counts()["items"] == 3000
        ids = [a for a, _ in agreements_matching(wh, "losus")]
        rows = decisions(wh, ids)
        expected = wh.con.execute(
            "SELECT count(DISTINCT item_id) FROM agreement_mentions WHERE in_decision AND agreement_id = 'losus'"
        ).fetchone()[0]
    assert ids == ["losus"] and len(rows) == expected > 0
    dates = [r["meeting_date"] for r in rows]
    assert dates == sorted(dates)
