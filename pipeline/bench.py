"""`paragraf bench`: timings a user can reproduce.

`bench decisions` builds a synthetic warehouse (warehouse.synthetic) in a
temporary folder and times the query behind `paragraf decisions --agreement`
— the library call the command makes, on a warehouse opened read-only like the
command opens it — reporting the median and the slowest of repeated runs.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path


def bench_decisions(items: int = 100_000, runs: int = 20, agreement: str = "LOSUS") -> str:
    from extractors.entities import catalogue
    from warehouse import synthetic
    from warehouse.load import Warehouse
    from warehouse.read import agreements_matching, decisions

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        db = Path(folder) / "synthetic.duckdb"
        started = time.perf_counter()
        with Warehouse(db) as wh:
            synthetic.fill(wh, items, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        built = time.perf_counter() - started
        timings = []
        with Warehouse(db, read_only=True) as wh:
            for _ in range(runs + 1):  # the first run warms the cache and is not counted
                t = time.perf_counter()
                ids = [agreement_id for agreement_id, _ in agreements_matching(wh, agreement)]
                rows = decisions(wh, ids)
                timings.append(time.perf_counter() - t)
        timings = timings[1:]
    median_ms, worst_ms = statistics.median(timings) * 1000, max(timings) * 1000
    return (
        f"decisions --agreement {agreement} on a synthetic warehouse of {items:_} items "
        f"(built in {built:.1f} s): {len(rows):_} items found; "
        f"median {median_ms:.1f} ms, slowest {worst_ms:.1f} ms over {runs} runs"
    ).replace("_", " ")
