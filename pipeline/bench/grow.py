"""`paragraf bench grow`: what adding ten documents costs as the warehouse grows.

For each size (10², 10⁴, 10⁵ and 10⁶ documents by default, of 50 items each:
`warehouse.synthetic`, with its search index and read snapshot made as an
ingest leaves them), ten documents rendered from the sample corpus are
ingested into it on the local engine, and then the first `search`,
`decisions --agreement` and `matter` are asked of what it published, each as
the command runs it (a reader opened on the warehouse's read snapshot). The
time of the ingest is split into what the writer did after the rows were in
(`settle_matters`, the search index, the read snapshot) and the rest, so a
reader sees which part still grows with the warehouse. Then `search` is asked
`--runs` times more at that size for its p95.

A cost that does not grow gives a ratio largest/smallest near 1; the issue
asks ≤ 1.5, and search p95 ≤ 200 ms at 10⁶ documents. Building the largest
warehouse takes long (5·10⁷ items and their search index): `--sizes` picks
the sizes to run.
"""

from __future__ import annotations

import functools
import os
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

SIZES = (100, 10_000, 100_000, 1_000_000)
ADDED = 10
SEARCH_TEXT = "hemsjukvård"
AGREEMENT = "LOSUS"


@contextmanager
def _timing(spent: dict[str, float]) -> Iterator[None]:
    """Time, in this process, the writer's work after the rows: matters,
    the search index and the read snapshot (each summed over the run)."""
    from warehouse import load, search, snapshot

    # the search index: each document's rows go in with its load ('rows loaded');
    # what is timed here is catching up an older warehouse and merging levels at the run's end
    patched = [(load, "settle_matters", "matters settled"), (search, "update_index", "search index"),
               (search, "compact", "search index"), (snapshot, "publish", "read snapshot"),
               (load.Warehouse, "_load_group", "rows loaded")]
    originals = []
    for owner, name, label in patched:
        original = getattr(owner, name)
        originals.append((owner, name, original))

        def timed(*args, _original=original, _label=label, **kwargs):
            started = time.perf_counter()
            try:
                return _original(*args, **kwargs)
            finally:
                spent[_label] = spent.get(_label, 0.0) + time.perf_counter() - started

        setattr(owner, name, functools.wraps(original)(timed))
    try:
        yield
    finally:
        for owner, name, original in originals:
            setattr(owner, name, original)


def _build(db: Path, documents: int) -> float:
    from extractors.entities.agreements import catalogue
    from warehouse import search, snapshot, synthetic
    from warehouse.load import Warehouse

    started = time.perf_counter()
    with Warehouse(db) as wh:
        synthetic.fill(wh, documents * synthetic.ITEMS_PER_DOCUMENT,
                       [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        search.rebuild_index(wh)
        wh.con.execute("CHECKPOINT")
        seq = snapshot._last_write(wh)
        version = wh.schema_version()
    _as_a_writer_leaves_it(db, seq, version)
    return time.perf_counter() - started


def _as_a_writer_leaves_it(db: Path, seq: int, version: int) -> None:
    """The read snapshot and the staging copy an ingest leaves beside the
    warehouse (both copies of it, the staging copy one of this lineage that
    the next publish brings up to date), and the state of the main file its
    writer left recorded (`Publisher.left`): so that the ingest measured
    publishes as the next ingest of a warehouse does, not as the first writer
    of a file whose history it does not know (which copies it whole)."""
    from warehouse import snapshot

    for copy in (snapshot.snapshot_path(db), snapshot.staging_path(db)):
        snapshot._copy(db, copy)
    state = snapshot._state(db)
    snapshot._update_meta(db, main=state, snapshot=snapshot._state(snapshot.snapshot_path(db)), schema_version=version,
                          published_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), writer_pid=os.getpid(),
                          staging_valid=True, snapshot_seq=seq, staging_seq=seq, left=state)


def _first(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    answer = call()
    return (time.perf_counter() - started) * 1000, answer


def _queries(db: Path, matter: str | None, runs: int) -> dict:
    """The first search, decisions and matter as the commands ask them, then search's p95."""
    from warehouse import matters, search
    from warehouse.read import agreements_matching, decisions
    from warehouse.snapshot import open_reader

    from warehouse.read import QUERY_THREADS

    out: dict = {}
    with open_reader(db) as wh:
        out["search_ms"], hits = _first(lambda: search.search(wh, SEARCH_TEXT))
        out["search_hits"] = len(hits)
        wh.con.execute(f"SET threads = {QUERY_THREADS}")  # as `paragraf decisions` and `matter` run (cli)
        out["decisions_ms"], rows = _first(
            lambda: decisions(wh, [a for a, _ in agreements_matching(wh, AGREEMENT)]))
        out["decisions_rows"] = len(rows)
        if matter:
            out["matter_ms"], steps = _first(lambda: matters.matter_path(wh, matters.find_matter(wh, matter)))
            out["matter_steps"] = len(steps)
        wh.con.execute("RESET threads")
        timings = []
        for _ in range(runs):
            started = time.perf_counter()
            search.search(wh, SEARCH_TEXT)
            timings.append((time.perf_counter() - started) * 1000)
        out["search_p95_ms"] = round(statistics.quantiles(timings, n=20)[-1], 1) if len(timings) >= 2 else None
    return out


def _a_matter(db: Path, document_ids: list[str]) -> str | None:
    """A matter an added document's item belongs to (its key, as `paragraf matter` takes it);
    when none of them has one (the sample corpus's copies carry no diarienummer), a
    matter of the synthetic warehouse, as `bench decisions` asks it."""
    from warehouse.load import Warehouse

    with Warehouse(db, read_only=True) as wh:
        found = wh.con.execute(
            "SELECT matter_key FROM matters WHERE document_id IN (SELECT unnest($d)) ORDER BY matter_key LIMIT 1",
            {"d": document_ids}).fetchone() or wh.con.execute(
            "SELECT matter_key FROM matters ORDER BY matter_key LIMIT 1").fetchone()
    return found[0] if found else None


def grow(sizes=SIZES, added: int = ADDED, workers: int | None = None, runs: int = 20,
         corpus: Path = Path("corpus"), progress: Callable[[str], None] = lambda _: None) -> dict:
    from extractors.reading.backends import DEFAULT_BACKEND
    from pipeline.bench.corpus import scale_corpus
    from pipeline.ingest import run_local

    sample = sorted(Path(corpus).glob("*.pdf"))
    if not sample:
        raise ValueError(f"{corpus} holds no PDF files; run from the repository (corpus/) or give --corpus")
    results = []
    with tempfile.TemporaryDirectory(prefix="paragraf-grow-") as temporary:
        folder = Path(temporary)
        files = scale_corpus(sample, folder / "added", added)
        for size in sizes:
            db = folder / f"w{size}.duckdb"
            progress(f"building a synthetic warehouse of {size} documents …")
            built = _build(db, size)
            progress(f"adding {added} documents to it …")
            spent: dict[str, float] = {}
            with _timing(spent):
                started = time.perf_counter()
                summary = run_local(files, db, DEFAULT_BACKEND, workers)
                ingest_s = time.perf_counter() - started
            if summary.failed:
                raise RuntimeError(f"{summary.failed} of the added documents failed: "
                                   + "; ".join(f.error or "" for f in summary.files if f.outcome == "failed")[:300])
            ids = [f.document_id for f in summary.files if f.outcome == "ok"]
            queries = _queries(db, _a_matter(db, ids), runs)
            first = ingest_s + (queries["search_ms"] + queries["decisions_ms"] + queries.get("matter_ms", 0.0)) / 1000
            results.append({
                "documents": size, "built_s": round(built, 1), "ingest_s": round(ingest_s, 2),
                "after_rows_s": {k: round(v, 2) for k, v in spent.items()},
                "pages": summary.pages, **{k: round(v, 1) if isinstance(v, float) else v for k, v in queries.items()},
                "total_s": round(first, 2),
            })
            for leftover in folder.glob(f"w{size}.duckdb*"):
                leftover.unlink()
    smallest, largest = results[0]["total_s"], results[-1]["total_s"]
    return {"added": added, "sizes": list(sizes), "runs": runs, "results": results,
            "ratio_largest_to_smallest": round(largest / smallest, 2) if smallest else None}


def report(result: dict) -> str:
    def n(number: int) -> str:
        return f"{number:,}".replace(",", " ")

    lines = [f"paragraf bench grow — {result['added']} documents added to synthetic warehouses "
             f"of {', '.join(n(s) for s in result['sizes'])} documents (50 items each)", "",
             f"  {'documents':>10} {'ingest s':>9} {'rows':>6} {'matters':>8} {'index':>7} {'snapshot':>9} "
             f"{'search ms':>10} {'decisions ms':>13} {'matter ms':>10} {'total s':>8} {'search p95 ms':>14}"]
    for r in result["results"]:
        after = r["after_rows_s"]
        lines.append(
            f"  {n(r['documents']):>10} {r['ingest_s']:>9.2f} {after.get('rows loaded', 0):>6.2f} "
            f"{after.get('matters settled', 0):>8.2f} {after.get('search index', 0):>7.2f} {after.get('read snapshot', 0):>9.2f} "
            f"{r['search_ms']:>10.1f} {r['decisions_ms']:>13.1f} {r.get('matter_ms', float('nan')):>10.1f} "
            f"{r['total_s']:>8.2f} {r['search_p95_ms'] or float('nan'):>14.1f}")
    lines.append("")
    lines.append(f"  ratio largest/smallest (ingest and the first search, decisions and matter): "
                 f"{result['ratio_largest_to_smallest']}")
    lines.append("  (rows: the documents' own rows; matters, index, snapshot: what the writer does after them, "
                 "summed over the run; each column grows with the warehouse unless it is incremental)")
    return "\n".join(lines)
