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


def _render_pages(path: Path, pages: int, body: str = "Socialnämnden", first: int = 0) -> Path:
    """A meeting-like PDF of `pages` pages (fpdf2, installed with the test extra)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(60, 60, f"Kallelse {body}" if n == 0 else f"{body} 2024-03-{1 + first % 28:02d}")
        pdf.set_font("Helvetica", "", 10)
        for k in range(40):
            pdf.text(60, 100 + 17 * k, f"{k + 1}. Ärende {first + n}-{k}: nämnden föreslås besluta om 12 000 kronor "
                                       "enligt samverkansavtalet.")
    pdf.output(str(path))
    return path


def bench_memory(pages: int = 1000) -> str:
    """Peak RSS of the child that reads one `pages`-page PDF (as every worker does)."""
    import resource

    from extractors.guard import extract_guarded

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        path = _render_pages(Path(folder) / "lang.pdf", pages)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        record = extract_guarded(path, "0" * 64)
        seconds = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    note = "" if peak_mb > before / 1024 else " (no higher than an earlier child)"
    return (f"one worker's child on a {pages}-page PDF: {record.status.value}, {record.page_count} pages in "
            f"{seconds:.1f} s ({record.page_count / seconds:.0f} pages/s), peak RSS {peak_mb:.0f} MB{note}")


def bench_import(files: int = 1000, workers: int | None = None) -> str:
    """A bulk import of `files` two-page PDFs into a fresh warehouse, then the same again (all skipped)."""
    from pipeline.flows import run_ingest

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        archive = Path(folder) / "arkiv"
        archive.mkdir()
        bodies = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]
        for n in range(files):
            _render_pages(archive / f"kallelse-{n:04d}.pdf", 2, bodies[n % len(bodies)], first=n)
        db = Path(folder) / "w.duckdb"
        started = time.perf_counter()
        first = run_ingest([archive], db, workers=workers)
        wall = time.perf_counter() - started
        started = time.perf_counter()
        again = run_ingest([archive], db, workers=workers)
        rerun = time.perf_counter() - started
    return (f"bulk import of {files} files ({first.pages} pages): {first.line()}; wall {wall:.1f} s "
            f"= {first.pages / wall:.1f} pages/s including Prefect start-up; re-run: {again.line()}, wall {rerun:.1f} s")
