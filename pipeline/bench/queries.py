"""`paragraf bench decisions`: the commands researchers run most —
`decisions --agreement`, `search`, `matter`, `decisions --timeline` — timed
as the commands run them (library calls on a warehouse opened read-only), on
a synthetic warehouse of 100 000 items."""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from pathlib import Path
from typing import Callable

QUERY_RUNS = 20


def _timed(call: Callable[[], object], runs: int) -> tuple[dict, object]:
    timings, answer = [], None
    for _ in range(runs + 1):  # the first run warms the cache and is not counted
        started = time.perf_counter()
        answer = call()
        timings.append((time.perf_counter() - started) * 1000)
    timings = timings[1:]
    return {"median": round(statistics.median(timings), 1), "max": round(max(timings), 1)}, answer


def query_timings(items: int = 100_000, runs: int = QUERY_RUNS, agreement: str = "LOSUS",
                  text: str = "hemsjukvård") -> dict:
    """`decisions --agreement` and `search` as the commands run them (library
    calls on a warehouse opened read-only) on a synthetic warehouse."""
    from extractors.entities.agreements import catalogue
    from warehouse.read import QUERY_THREADS
    from warehouse import search, synthetic
    from warehouse.load import Warehouse
    from warehouse.matters import settle_matters
    from warehouse.read import agreements_matching, decisions

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        db = Path(folder) / "synthetic.duckdb"
        started = time.perf_counter()
        with Warehouse(db) as wh:
            synthetic.fill(wh, items, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
            search.rebuild_index(wh)
            settle_started = time.perf_counter()  # what every load pays for matters, timed once more alone
            wh.con.execute("BEGIN TRANSACTION")
            settle_matters(wh.con)
            wh.con.execute("COMMIT")
            _SETTLED["s"] = round(time.perf_counter() - settle_started, 2)
        built = time.perf_counter() - started
        gc.collect()
        gc.freeze()  # a command is a fresh process: its collector never walks a bench's leftovers
        with Warehouse(db, read_only=True) as wh:
            wh.con.execute(f"SET threads = {QUERY_THREADS}")  # as `paragraf decisions` and `matter` run (cli)
            decided, rows = _timed(lambda: decisions(wh, [a for a, _ in agreements_matching(wh, agreement)]), runs)
            wh.con.execute("RESET threads")  # `paragraf search` runs on DuckDB's default
            searched, hits = _timed(lambda: search.search(wh, text), runs)
            found = {"items": items, "built_s": round(built, 1), "runs": runs, "agreement": agreement,
                     "decisions_found": len(rows), "decisions_ms": decided, "search_text": text,
                     "search_hits": len(hits), "search_ms": searched}
            wh.con.execute(f"SET threads = {QUERY_THREADS}")
            found |= _matter_timings(wh, agreement, runs, items)
    return found


def _matter_timings(wh, agreement: str, runs: int, items: int) -> dict:
    """`paragraf matter` (by a diarienummer as printed, and by title words) and
    `decisions --agreement … --timeline` as the commands run them."""
    from warehouse import matters, synthetic
    from warehouse.read import agreements_matching, decisions

    def timeline():
        ids = [a for a, _ in agreements_matching(wh, agreement)]
        return matters.agreement_timeline(wh, decisions(wh, ids), ids)[1]

    def with_matters():
        ids = [a for a, _ in agreements_matching(wh, agreement)]
        return matters.agreement_timeline(wh, decisions(wh, ids), ids, timeline=False)[0]

    timed_rows, _ = _timed(with_matters, runs)
    timed_timeline, groups = _timed(timeline, runs)
    timings = []
    serial = 17 % max(1, items // synthetic.STEPS_PER_MATTER)
    for text in (f"Dnr SN/2000/{serial:05d}", f"Ärende {min(items - 1, items // 3 + 12)}"):
        timed, steps = _timed(lambda: matters.matter_path(wh, matters.find_matter(wh, text)), runs)
        timings.append((text, len(steps), timed))
    settle = wh.con.execute("SELECT count(*) FROM matters").fetchone()[0]
    return {"matters": settle, "decisions_matter_ms": timed_rows, "timeline_ms": timed_timeline, "timeline_matters": len(groups), "matter_ms": timings,
            "settle_s": _SETTLED.get("s")}


_SETTLED: dict = {}


def bench_decisions(items: int = 100_000, runs: int = QUERY_RUNS, agreement: str = "LOSUS") -> str:
    return queries_line(query_timings(items, runs, agreement))


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def queries_line(q: dict) -> str:
    line = (f"on a synthetic warehouse of {_n(q['items'])} items: decisions --agreement {q['agreement']} "
            f"({_n(q['decisions_found'])} items): median {q['decisions_ms']['median']:.1f} ms, slowest "
            f"{q['decisions_ms']['max']:.1f} ms; search '{q['search_text']}' ({_n(q['search_hits'])} hits shown): "
            f"median {q['search_ms']['median']:.1f} ms, slowest {q['search_ms']['max']:.1f} ms ({q['runs']} runs each)")
    if "matter_ms" in q:
        line += (f"\n  matters ({_n(q['matters'])} links, settled in {q['settle_s']} s): "
                 f"decisions --agreement {q['agreement']} with each row's matter: median "
                 f"{q['decisions_matter_ms']['median']:.1f} ms, slowest {q['decisions_matter_ms']['max']:.1f} ms; "
                 f"decisions --agreement {q['agreement']} --timeline ({_n(q['timeline_matters'])} matters): "
                 f"median {q['timeline_ms']['median']:.1f} ms, slowest {q['timeline_ms']['max']:.1f} ms; "
                 + "; ".join(f"matter '{text}' ({steps} steps): median {t['median']:.1f} ms, slowest {t['max']:.1f} ms"
                             for text, steps, t in q["matter_ms"]))
    return line
