"""`paragraf bench snapshot`: what publishing a read snapshot costs a writer.

A publish is: CHECKPOINT, then the staging copy `<db>.snapshot.next` brought
up to date with what was written since it was made (or the whole file
copied), and swapped with `<db>.snapshot` (`warehouse.snapshot.publish`).
Measured on the synthetic warehouse `bench decisions` uses
(`warehouse.synthetic`, 100 000 items by default) and, with `--db FILE`, on a
copy of a real warehouse: each round first loads ten documents, as a load
between two publishes does, then publishes — brought up to date ('synced'),
then the same with a whole copy each time ('copied'), and, as the ingest of
today does, after rebuilding the whole search index (which changes every
table of the index, so copying the file is then the cheaper way and is
chosen).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

DOCUMENTS_PER_ROUND = 10


def _documents(round_no: int, count: int) -> list:
    """`count` small protokolls of new meetings (a page, three items each)."""
    from schemas.document import DocumentRecord, Kind, Page, Status, TextSource
    from schemas.meeting import Item, MeetingHeader, Source

    out = []
    for n in range(count):
        key = f"bench-{round_no}-{n}"
        date = dt.date(2030, 1, 1) + dt.timedelta(days=round_no * count + n)
        out.append(DocumentRecord(
            document_id=hashlib.sha256(key.encode()).hexdigest(), source_path=f"bench/{key}.pdf", status=Status.OK,
            kind=Kind.PROTOKOLL, page_count=1, text_source=TextSource.TEXT,
            header=MeetingHeader(organ="Benchnämnden", meeting_date=date),
            pages=[Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, text=f"Protokoll {key}")],
            items=[Item(source=Source.PROTOKOLL, number=k, title=f"Ärende {k} om avtalet", page_start=1, page_end=1)
                   for k in range(1, 4)],
        ))
    return out


def _median_ms(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values) * 1000, 1), "max": round(max(values) * 1000, 1)}


def without_derived_tables(db: Path) -> None:
    """The warehouse at `db` without what is derived from every document at
    every write today — no diarienummer (so `matters` stays empty) — as a
    warehouse whose matters are kept per document would publish: what
    bringing the staging copy up to date costs when only the documents' own
    rows changed (the search index is kept per document: migration 015)."""
    from warehouse.load import Warehouse

    with Warehouse(db) as wh:
        wh.con.execute("UPDATE items SET case_number = NULL, case_number_raw = NULL")
        wh.con.execute("DELETE FROM matter_references")
        wh.con.execute("DELETE FROM matters")
        wh.con.execute("CHECKPOINT")


def publish_timings(db: Path, runs: int, index: bool = True) -> dict:
    """Publishes (ms) of the warehouse at `db` (written!) after ten documents
    are loaded: brought up to date, copied whole, and (`index`) after a
    rebuild of the search index (the index's own time apart); and the
    file's size."""
    from warehouse import search, snapshot
    from warehouse.load import Warehouse

    synced, copied, rebuilt, rebuilds, ways = [], [], [], [], []
    saved = os.environ.get("PARAGRAF_SNAPSHOT_SYNC_MB")
    os.environ["PARAGRAF_SNAPSHOT_SYNC_MB"] = "0"  # measure the way itself, whatever the file's size
    try:
        with Warehouse(db) as wh:
            publisher = snapshot.Publisher(wh)
            wh.load_documents(_documents(0, DOCUMENTS_PER_ROUND))
            publisher.publish()  # the first two publishes of a warehouse copy it (no staging copy yet)
            wh.load_documents(_documents(1, DOCUMENTS_PER_ROUND))
            publisher.publish()
            for k in range(runs):
                wh.load_documents(_documents(2 + k, DOCUMENTS_PER_ROUND))
                done = publisher.publish()
                assert done is not None, "a changed warehouse was not published"
                synced.append(done.seconds)
                ways.append(done.how)
            for k in range(runs):
                wh.load_documents(_documents(2 + runs + k, DOCUMENTS_PER_ROUND))
                started = time.perf_counter()
                assert snapshot.publish(wh, incremental=False) is not None
                copied.append(time.perf_counter() - started)
            publisher.publish()  # a staging copy of this lineage again
            for k in range(runs if index else 0):
                wh.load_documents(_documents(2 + 2 * runs + k, DOCUMENTS_PER_ROUND))
                started = time.perf_counter()
                search.rebuild_index(wh)
                between = time.perf_counter()
                done = publisher.publish()
                assert done is not None, "a changed warehouse was not published"
                rebuilds.append(between - started)
                rebuilt.append(time.perf_counter() - between)
                ways.append(f"after the index: {done.how}")
            size = db.stat().st_size
    finally:
        if saved is None:
            os.environ.pop("PARAGRAF_SNAPSHOT_SYNC_MB", None)
        else:
            os.environ["PARAGRAF_SNAPSHOT_SYNC_MB"] = saved
    return {
        "bytes": size, "runs": runs, "documents_per_round": DOCUMENTS_PER_ROUND,
        "synced_ms": _median_ms(synced), "copied_ms": _median_ms(copied),
        "after_index_ms": _median_ms(rebuilt) if rebuilt else None, "index_ms": _median_ms(rebuilds) if rebuilds else None,
        "ways": {way: ways.count(way) for way in sorted(set(ways))},
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
        named = f"synthetic warehouse of {items:,} items".replace(",", " ")
        lean = Path(folder) / "lean.duckdb"
        shutil.copyfile(synthetic_db, lean)
        # a whole index rebuild per round is minutes past a few hundred thousand items: those rounds are left out
        lines.append(_line(named, publish_timings(synthetic_db, runs, index=items <= 200_000)))
        without_derived_tables(lean)
        lines.append(_line(f"{named} without matters or search index", publish_timings(lean, runs, index=False)))
        if db:
            copy = Path(folder) / "copy.duckdb"
            shutil.copyfile(db, copy)
            lines.append(_line(f"copy of {db}", publish_timings(copy, runs)))
    return "\n".join(lines)


def _line(what: str, t: dict) -> str:
    ways = ", ".join(f"{n} {way}" for way, n in t["ways"].items())
    text = (f"snapshot of the {what} ({t['bytes'] / 1e6:.1f} MB), {t['documents_per_round']} documents loaded before "
            f"each publish, {t['runs']} rounds:\n"
            f"  a publish as the writer chooses it (staging copy brought up to date, or the file copied when that "
            f"costs less): median {t['synced_ms']['median']:.0f} ms, slowest {t['synced_ms']['max']:.0f} ms\n"
            f"  the whole file copied every time: median {t['copied_ms']['median']:.0f} ms, "
            f"slowest {t['copied_ms']['max']:.0f} ms\n")
    if t["index_ms"]:
        text += (f"  after the whole search index was rebuilt (median {t['index_ms']['median']:.0f} ms): publish median "
                 f"{t['after_index_ms']['median']:.0f} ms, slowest {t['after_index_ms']['max']:.0f} ms\n")
    return text + f"  ways taken: {ways}"
