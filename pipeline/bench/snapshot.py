"""`paragraf bench snapshot`: what publishing a read snapshot costs a writer.

A publish during a load is: make the search index current (so a reader of the
snapshot searches every document it holds), CHECKPOINT, copy the file, fsync,
rename (`warehouse.snapshot.publish`). Measured on the synthetic warehouse
`bench decisions` uses (`warehouse.synthetic`, 100 000 items by default) and,
with `--db FILE`, on a copy of a real warehouse; each round first changes one
document, as a load between two publishes does, so every round really copies.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path


def publish_timings(db: Path, runs: int) -> dict:
    """Median and slowest publish (ms) of the warehouse at `db` (written!),
    its size, and one rebuild of its search index (ms)."""
    from warehouse import search, snapshot
    from warehouse.load import Warehouse

    copies, rebuilds = [], []
    with Warehouse(db) as wh:
        for _ in range(runs):
            wh.con.execute(
                "UPDATE documents SET page_count = page_count + 1 WHERE document_id = (SELECT min(document_id) FROM documents)"
            )
            started = time.perf_counter()
            search.rebuild_index(wh)
            rebuilt = time.perf_counter()
            published = snapshot.publish(wh)
            done = time.perf_counter()
            assert published is not None, "a changed warehouse was not published"
            rebuilds.append((rebuilt - started) * 1000)
            copies.append((done - rebuilt) * 1000)
        size = db.stat().st_size
    mb, median = size / 1e6, statistics.median(copies)
    return {
        "bytes": size, "runs": runs,
        "publish_ms": {"median": round(statistics.median(copies), 1), "max": round(max(copies), 1)},
        "mb_per_s": round(mb / (median / 1000)) if median else 0,
        "index_ms": {"median": round(statistics.median(rebuilds), 1), "max": round(max(rebuilds), 1)},
    }


def bench_snapshot(items: int = 100_000, runs: int = 5, db: str | None = None) -> str:
    from extractors.entities.agreements import catalogue
    from warehouse import synthetic
    from warehouse.load import Warehouse

    lines = []
    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        synthetic_db = Path(folder) / "synthetic.duckdb"
        with Warehouse(synthetic_db) as wh:
            synthetic.fill(wh, items, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        lines.append(_line(f"synthetic warehouse of {items:,} items".replace(",", " "), publish_timings(synthetic_db, runs)))
        if db:
            copy = Path(folder) / "copy.duckdb"
            shutil.copyfile(db, copy)
            lines.append(_line(f"copy of {db}", publish_timings(copy, runs)))
    return "\n".join(lines)


def _line(what: str, t: dict) -> str:
    return (f"snapshot of the {what} ({t['bytes'] / 1e6:.1f} MB): checkpoint + copy + fsync + rename "
            f"median {t['publish_ms']['median']:.0f} ms, slowest {t['publish_ms']['max']:.0f} ms "
            f"(~{t['mb_per_s']:.0f} MB/s); search index rebuilt before it: median {t['index_ms']['median']:.0f} ms "
            f"({t['runs']} rounds)")
