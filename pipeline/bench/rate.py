"""`paragraf bench`: timings a user can reproduce.

`paragraf bench [CORPUS]` runs, side by side on the same files and the same
number of worker processes (one per core unless --workers says otherwise):

- reference: raw pdfplumber, `extract_words` on every page, each page closed;
- raw pypdfium2: the page text and every character's box, through
  pypdfium2's own API;
- paragraf: the full pipeline — `paragraf ingest` on the local engine into a
  fresh warehouse (files hashed, read, every rule, records validated and
  loaded, search index rebuilt) — and its re-run on the unchanged files;

each for several rounds (median, min and max pages per second), then in one
more, untimed round, the peak RSS of the largest single process and of the
whole process tree (sampled every 20 ms with psutil). It also measures the
peak RSS of one worker reading one long PDF, the fixed cost of one
`paragraf ingest` call on a small PDF (a new process each time), and the
query timings of `decisions --agreement` and `search` on a synthetic
warehouse of 100 000 items. `--scale N` first renders a corpus of N
documents from the sample corpus (`scale_corpus`), so figures at scale can
be reproduced anywhere.

`bench decisions|memory|import` are the single measurements on their own.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from pipeline.bench.corpus import render_pages, scale_corpus
from pipeline.bench.queries import queries_line, query_timings


# ---------------------------------------------------------------- the raw readers (the yardsticks)


def pdfplumber_words(path: str) -> int:
    """Raw pdfplumber as its documentation shows it, each page closed after use."""
    import pdfplumber

    pages = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
            page.close()
            pages += 1
    return pages


def pypdfium2_chars(path: str) -> int:
    """Raw pypdfium2 through its public API: the page text and each character's box."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            for k in range(textpage.count_chars()):
                textpage.get_charbox(k, loose=True)
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def _pool_run(read: Callable[[str], int], files: list[Path], workers: int) -> tuple[int, float]:
    """Pages read and seconds, files handed out one at a time, largest first."""
    ordered = sorted(files, key=lambda p: p.stat().st_size, reverse=True)
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {pool.submit(read, str(p)): p for p in ordered}
        pages = 0
        for future, path in futures.items():
            try:
                pages += future.result()
            except Exception as exc:  # noqa: BLE001 - named, for the user to take the file out
                raise RuntimeError(f"{read.__name__} cannot read {path} ({type(exc).__name__}: {exc}); "
                                   "a bench corpus must be readable PDFs: remove that file") from None
    return pages, time.perf_counter() - started


# ---------------------------------------------------------------- memory


class TreeMemory:
    """Peak RSS of this process and its descendants, sampled by a thread:
    the largest single process, and the largest sum over the tree."""

    def __init__(self, interval: float = 0.02) -> None:
        self.interval = interval
        self.process_mb = 0.0
        self.tree_mb = 0.0
        self._stop = threading.Event()

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = 0.0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    rss = proc.memory_info().rss / 2**20
                except psutil.Error:  # ended between the listing and the reading
                    continue
                total += rss
                self.process_mb = max(self.process_mb, rss)
            self.tree_mb = max(self.tree_mb, total)
            self._stop.wait(self.interval)

    @contextmanager
    def watching(self) -> Iterator["TreeMemory"]:
        thread = threading.Thread(target=self._sample, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()


def _peaks(read: Callable[[str], object], path: str) -> tuple[float, float, object]:
    """In a worker: (its peak RSS MB, the largest child's), as the kernel counts
    them. Its own peak is VmHWM, not ru_maxrss: a spawned process's ru_maxrss
    keeps the RSS its parent had when it was forked, before exec."""
    import resource

    answer = read(path)
    with open("/proc/self/status") as status:
        self_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, children_kb / 1024, answer


def _ingest_read(path: str) -> tuple[str, int]:
    from extractors.reading.guard import close_readers
    from pipeline.extract import extract_batch

    (record,) = extract_batch([(path, "0" * 64)])
    close_readers()  # the reader child is counted once it has been waited for
    return record.status.value, record.page_count


def long_pdf_memory(pages: int = 500) -> dict:
    """One ingest worker (from the same fork server as `paragraf ingest`'s)
    reading one `pages`-page PDF in its guarded child, against raw pdfplumber
    reading it with every page closed in a fresh process."""
    from extractors.reading.backends import DEFAULT_BACKEND
    from pipeline.ingest import worker_context

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        path = str(render_pages(Path(folder) / "lang.pdf", pages))
        with ProcessPoolExecutor(max_workers=1, mp_context=worker_context()) as pool:
            worker_mb, child_mb, (status, read) = pool.submit(_peaks, _ingest_read, path).result()
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            raw_mb, _, _ = pool.submit(_peaks, pdfplumber_words, path).result()
    return {"pages": pages, "backend": DEFAULT_BACKEND, "status": status, "pages_read": read,
            "worker_peak_mb": round(max(worker_mb, child_mb), 1), "worker_itself_mb": round(worker_mb, 1),
            "raw_pdfplumber_peak_mb": round(raw_mb, 1)}


# ---------------------------------------------------------------- the whole bench


def _rates(pages: int, seconds: list[float]) -> dict:
    per_second = sorted(pages / s for s in seconds)
    return {"pages": pages, "rounds": len(seconds), "seconds": [round(s, 3) for s in seconds],
            "pages_per_second": {"median": round(statistics.median(per_second), 1),
                                 "min": round(per_second[0], 1), "max": round(per_second[-1], 1)}}


def _pipeline_round(files: list[Path], folder: Path, workers: int, backend: str) -> tuple[object, float, Path]:
    from pipeline.ingest import run_local

    db = Path(tempfile.mkdtemp(prefix="round-", dir=folder)) / "w.duckdb"
    started = time.perf_counter()
    summary = run_local(files, db, backend, workers)
    return summary, time.perf_counter() - started, db


def cli_fixed_cost(pdf: Path, runs: int = 3) -> dict:
    """Wall seconds of `paragraf ingest PDF --db NEW`, a new process each time."""
    from pipeline.ingest import chosen_engine

    paragraf = Path(sys.executable).with_name("paragraf")
    command = [str(paragraf)] if paragraf.exists() else [sys.executable, "-m", "pipeline.cli"]
    seconds = []
    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        for n in range(runs):
            started = time.perf_counter()
            done = subprocess.run([*command, "ingest", str(pdf), "--db", str(Path(folder) / f"{n}.duckdb")],
                                  capture_output=True, text=True)
            seconds.append(time.perf_counter() - started)
            if done.returncode != 0:
                raise RuntimeError(f"paragraf ingest {pdf} failed: {done.stderr.strip()[-400:]}")
    return {"file": pdf.name, "engine": chosen_engine("auto"), "runs": runs,
            "median_s": round(statistics.median(seconds), 2), "max_s": round(max(seconds), 2)}


def bench(corpus: Path, rounds: int = 5, workers: int | None = None, scale: int | None = None,
          scale_dir: Path | None = None, items: int = 100_000, memory_pages: int = 500,
          progress: Callable[[str], None] = lambda _: None, backend: str | None = None) -> dict:
    from extractors.reading.backends import DEFAULT_BACKEND
    from pipeline.ingest import default_workers

    workers = workers or default_workers()
    backend = backend or DEFAULT_BACKEND
    sample = sorted(Path(corpus).glob("*.pdf"))
    if not sample:
        raise ValueError(f"{corpus} holds no PDF files; give a folder of PDFs (for example corpus/)")
    result: dict = {"cores": os.cpu_count(), "workers": workers, "backend": backend, "rounds": rounds}
    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as temporary:
        folder = Path(temporary)
        if scale:
            target = Path(scale_dir) if scale_dir else folder / "scale"
            progress(f"rendering a scale corpus of {scale} documents from {corpus} into {target} …")
            files = scale_corpus(sample, target, scale)
            result["corpus"] = {"path": str(target), "generated_from": str(corpus)}
        else:
            files = sample
            result["corpus"] = {"path": str(corpus)}
        result["corpus"].update(files=len(files), megabytes=round(sum(p.stat().st_size for p in files) / 2**20, 1))

        timed: dict[str, list[float]] = {"pdfplumber": [], "pypdfium2": [], "paragraf": []}
        pages: dict[str, int] = {}
        for n in range(rounds):
            progress(f"round {n + 1} of {rounds} …")
            for name, read in (("pdfplumber", pdfplumber_words), ("pypdfium2", pypdfium2_chars)):
                pages[name], seconds = _pool_run(read, files, workers)
                timed[name].append(seconds)
            summary, seconds, db = _pipeline_round(files, folder, workers, backend)
            if summary.failed:
                raise RuntimeError(f"the pipeline failed on {summary.failed} files of {corpus}: "
                                   + "; ".join(f.error or "" for f in summary.files if f.outcome == "failed")[:400])
            pages["paragraf"] = summary.pages
            timed["paragraf"].append(seconds)
        result["reference_pdfplumber"] = _rates(pages["pdfplumber"], timed["pdfplumber"])
        result["raw_pypdfium2"] = _rates(pages["pypdfium2"], timed["pypdfium2"])
        result["paragraf"] = _rates(pages["paragraf"], timed["paragraf"])
        result["ratio_paragraf_to_pdfplumber"] = round(
            result["paragraf"]["pages_per_second"]["median"] / result["reference_pdfplumber"]["pages_per_second"]["median"], 2)

        progress("re-run on the unchanged files …")
        from pipeline.ingest import run_local

        started = time.perf_counter()
        again = run_local(files, db, backend, workers)
        result["rerun"] = {"files": len(files), "skipped": again.skipped, "seconds": round(time.perf_counter() - started, 2)}

        progress("memory round …")
        result["memory"] = {}
        for name, run in (
            ("pdfplumber", lambda: _pool_run(pdfplumber_words, files, workers)),
            ("paragraf", lambda: _pipeline_round(files, folder, workers, backend)),
        ):
            with TreeMemory().watching() as watched:
                run()
            result["memory"][name] = {"largest_process_mb": round(watched.process_mb, 1), "tree_mb": round(watched.tree_mb, 1)}

        if memory_pages:
            progress(f"one worker on a {memory_pages}-page PDF …")
            result["long_pdf"] = long_pdf_memory(memory_pages)

        progress("fixed cost of one CLI call …")
        smallest = min(sample, key=lambda p: p.stat().st_size)
        result["cli_fixed_cost"] = cli_fixed_cost(smallest)

    if items:
        progress(f"queries on a synthetic warehouse of {items} items …")
        result["queries"] = query_timings(items)
    return result


def report(result: dict) -> str:
    def rate(name: str, label: str) -> str:
        r = result[name]["pages_per_second"]
        return f"  {label:<44} {r['median']:>8.1f} {r['min']:>8.1f} {r['max']:>8.1f}"

    corpus = result["corpus"]
    lines = [
        f"paragraf bench — {corpus['files']} files, {result['paragraf']['pages']} pages ({corpus['megabytes']} MB) "
        f"from {corpus['path']}; {result['workers']} worker processes on {result['cores']} cores; "
        f"{result['rounds']} rounds",
        "",
        f"  {'pages per second':<44} {'median':>8} {'min':>8} {'max':>8}",
        rate("reference_pdfplumber", "raw pdfplumber extract_words (reference)"),
        rate("raw_pypdfium2", "raw pypdfium2 text + character boxes"),
        rate("paragraf", f"paragraf ingest, full pipeline ({result['backend']})"),
        "",
        f"  paragraf / raw pdfplumber: {result['ratio_paragraf_to_pdfplumber']:.2f}×",
        f"  re-run on the {result['rerun']['files']} unchanged files: {result['rerun']['seconds']:.2f} s "
        f"({result['rerun']['skipped']} skipped)",
    ]
    for name, memory in result["memory"].items():
        lines.append(f"  peak RSS, {name}: largest process {memory['largest_process_mb']:.0f} MB, "
                     f"whole process tree {memory['tree_mb']:.0f} MB")
    if "long_pdf" in result:
        long = result["long_pdf"]
        lines.append(f"  one worker reading a {long['pages']}-page PDF: peak RSS {long['worker_peak_mb']:.0f} MB "
                     f"(raw pdfplumber, pages closed: {long['raw_pdfplumber_peak_mb']:.0f} MB)")
    fixed = result["cli_fixed_cost"]
    lines.append(f"  one `paragraf ingest` call on {fixed['file']} ({fixed['engine']} engine): "
                 f"median {fixed['median_s']:.2f} s, slowest {fixed['max_s']:.2f} s of {fixed['runs']}")
    if "queries" in result:
        lines.append("  " + queries_line(result["queries"]))
    return "\n".join(lines)


def _n(number: int) -> str:
    return f"{number:,}".replace(",", " ")


# ---------------------------------------------------------------- single measurements


def bench_memory(pages: int = 1000) -> str:
    m = long_pdf_memory(pages)
    return (f"one worker reading a {pages}-page PDF ({m['backend']}): peak RSS {m['worker_peak_mb']:.0f} MB; "
            f"raw pdfplumber with pages closed: {m['raw_pdfplumber_peak_mb']:.0f} MB")


def bench_import(files: int = 1000, workers: int | None = None) -> str:
    """A bulk import of `files` two-page PDFs into a fresh warehouse, then the same again (all skipped)."""
    from pipeline.ingest import run_local

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        archive = Path(folder) / "arkiv"
        archive.mkdir()
        bodies = ["Socialnämnden", "Kommunstyrelsen", "Barn- och utbildningsnämnden", "Regionala samverkansrådet"]
        for n in range(files):
            render_pages(archive / f"kallelse-{n:04d}.pdf", 2, bodies[n % len(bodies)], first=n)
        db = Path(folder) / "w.duckdb"
        from extractors.reading.backends import DEFAULT_BACKEND

        started = time.perf_counter()
        first = run_local([archive], db, DEFAULT_BACKEND, workers)
        wall = time.perf_counter() - started
        started = time.perf_counter()
        again = run_local([archive], db, DEFAULT_BACKEND, workers)
        rerun = time.perf_counter() - started
    return (f"bulk import of {files} files ({first.pages} pages): {first.line()}; wall {wall:.1f} s "
            f"= {first.pages / wall:.1f} pages/s; re-run: {again.line()}, wall {rerun:.1f} s")


def write_json(result: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main_bench(corpus: str, rounds: int, workers: int | None, scale: int | None, scale_dir: str | None,
               items: int, memory_pages: int, json_out: str | None, backend: str | None = None) -> int:
    def say(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    result = bench(Path(corpus), rounds, workers, scale, Path(scale_dir) if scale_dir else None, items,
                   memory_pages, progress=say, backend=backend)
    print(report(result))
    if json_out:
        write_json(result, Path(json_out))
    return 0


def bench_writer(documents: int = 1000, group: int = 16) -> dict:
    """What the single writer sustains: the sample corpus extracted once (its
    records as the workers hand them on: pages without word positions), then
    loaded `documents` times under new document ids into a fresh warehouse,
    `group` documents a transaction as an ingest groups them, its matters
    settled once at the end and its search index built, as an ingest ends."""
    import hashlib

    from extractors import record as extraction
    from extractors.entities.agreements import catalogue
    from warehouse import search
    from warehouse.load import Warehouse

    samples = []
    for pdf in sorted(Path("corpus").glob("*.pdf")):
        read = extraction.extract_document(pdf)
        read.pages = [p.model_copy(update={"lines": [], "margin_lines": []}) for p in read.pages]
        samples.append(read)
    if not samples:
        raise ValueError("corpus/ holds no PDF files; run from the repository")
    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        with Warehouse(Path(folder) / "w.duckdb") as wh:
            wh.sync_agreements((a.agreement_id, a.name, list(a.aliases)) for a in catalogue())
            records = [samples[k % len(samples)].model_copy(update={
                "document_id": hashlib.sha256(f"writer {k}".encode()).hexdigest()}) for k in range(documents)]
            pages = sum(r.page_count for r in records)
            started = time.perf_counter()
            for start in range(0, documents, group):
                chunk = records[start:start + group]
                wh.load_documents(chunk, {r.document_id for r in chunk}, settle=False)
            loaded = time.perf_counter() - started
            started = time.perf_counter()
            wh.settle_matters()
            settled = time.perf_counter() - started
            started = time.perf_counter()
            search.rebuild_index(wh)
            indexed = time.perf_counter() - started
    return {"documents": documents, "pages": pages, "group": group, "load_s": round(loaded, 2),
            "documents_per_second": round(documents / loaded, 1), "pages_per_second": round(pages / loaded, 1),
            "settle_s": round(settled, 2), "index_s": round(indexed, 2)}


def writer_line(w: dict) -> str:
    return (f"the single writer: {w['documents']} documents ({w['pages']} pages) loaded {w['group']} a transaction "
            f"in {w['load_s']:.1f} s = {w['documents_per_second']:.1f} documents/s ({w['pages_per_second']:.0f} pages/s); "
            f"then matters settled in {w['settle_s']:.1f} s and the search index built in {w['index_s']:.1f} s")
