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


def test_a_synthetic_warehouse_is_indexed_as_the_writer_would_index_it(tmp_path):
    """The fill's SQL-made index equals what bringing the index up to date
    stores for the same items (the writer's rows: tests/test_search.py)."""
    import duckdb

    from warehouse import search

    def rows(path) -> list:
        con = duckdb.connect(str(path), read_only=True)
        out = [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
               for t in ("search_units", "search_postings", "search_stats", "search_documents")]
        con.close()
        return out

    agreements = [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()]
    with Warehouse(tmp_path / "filled.duckdb") as wh:
        synthetic.fill(wh, 700, agreements)
        assert search.index_state(wh) == "current"
        assert [h["item_id"] for h in search.search(wh, "ärende 123", 5)][0] == "i123"
    with Warehouse(tmp_path / "updated.duckdb") as wh:
        synthetic.fill(wh, 700, agreements)
        for table in ("search_units", "search_postings", "search_documents"):
            wh.con.execute(f"DELETE FROM {table}")
        wh.con.execute("UPDATE search_stats SET units = 0, length = 0")
        assert search.index_state(wh) == "stale"
        search.update_index(wh)
    assert rows(tmp_path / "filled.duckdb") == rows(tmp_path / "updated.duckdb")
