"""`paragraf bench pages`: every page of `paragraf serve` timed on the
synthetic warehouse of `bench decisions` (100 000 items by default), with one
real protokoll of the sample corpus loaded beside them so that an item beside
its PDF page, the page images and the PDF itself are timed on a real file.

The application runs under uvicorn on 127.0.0.1 in a thread, and one HTTP
client with keep-alive asks for each page: the times are what a browser on
the same machine waits for the answer, warehouse opening included (each
request opens it read-only and closes it). Each page is asked once to warm
up, then `runs` times; median and slowest are reported. Page images are
timed twice: the first render of each page (pypdfium2, on demand) and the
cached answer.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

BUDGET_MS = 200.0
SAMPLE = Path(__file__).resolve().parents[2] / "corpus" / "svom-2025-03-07-protokoll.pdf"


@contextlib.contextmanager
def running(app) -> Iterator[str]:
    """`app` under uvicorn on 127.0.0.1 at a free port, in a thread; yields its base URL."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the page's server did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def build(db: Path, items: int, sample: Path) -> dict[str, str]:
    """The synthetic warehouse with `sample` loaded too; returns ids to ask for."""
    from extractors.record import extract_document
    from extractors.entities.agreements import catalogue
    from warehouse import search, synthetic
    from warehouse.load import Warehouse

    with Warehouse(db) as wh:
        synthetic.fill(wh, items, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        wh.load_document(extract_document(sample.resolve()))  # after: the fill spreads mentions over the catalogue alone
        search.rebuild_index(wh)
        real = wh.con.execute(
            """SELECT i.item_id, i.document_id, i.page_start, d.page_count FROM items i JOIN documents d USING (document_id)
               WHERE d.source_path NOT LIKE 'synthetic/%' AND i.page_start > 1 ORDER BY i.number LIMIT 1""").fetchone()
        middle = wh.con.execute("SELECT meeting_id FROM meetings ORDER BY meeting_date LIMIT 1 OFFSET ?",
                                [max(0, items // 100 - 1)]).fetchone()[0]
    return {"item": real[0], "document": real[1], "page": str(real[2]), "pages": str(real[3]),
            "synthetic_item": f"i{items // 2}", "meeting": middle}


def pages(ids: dict[str, str]) -> list[tuple[str, str]]:
    """(name, address) of every page timed."""
    listed = [
        ("front page (meetings)", "/"),
        ("search 'hemsjukvård'", "/search?q=hemsjukv%C3%A5rd"),
        ("search 'avtal', body and year", "/search?q=avtal&organ=Syntetisk+n%C3%A4mnd&year=2001"),
        ("meeting (50 items)", f"/meeting/{ids['meeting']}"),
        ("item beside its PDF page", f"/item/{ids['item']}"),
        ("item (synthetic, file absent)", f"/item/{ids['synthetic_item']}"),
        ("agreement LOSUS timeline", "/agreement/LOSUS"),
        ("ingest overview", "/ingest"),
    ]
    return [*listed, *[(f"{name}, json", url + ("&" if "?" in url else "?") + "format=json") for name, url in listed],
            ("page image (cached)", f"/page/{ids['document']}/{ids['page']}.png"),
            ("PDF", f"/pdf/{ids['document']}")]


def measure(items: int = 100_000, runs: int = 20, sample: Path = SAMPLE) -> dict:
    import httpx

    from web.app import create_app, settle_heap

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-pages-") as folder:
        db = Path(folder) / "synthetic.duckdb"
        started = time.perf_counter()
        ids = build(db, items, sample)
        built = time.perf_counter() - started
        rows = []
        app = create_app(db)
        settle_heap()  # as `paragraf serve` does before it listens
        with running(app) as base, httpx.Client(base_url=base, timeout=60) as client:
            first_renders, cpu = [], []
            for page_no in range(1, int(ids["pages"]) + 1):  # each page rendered for the first time
                elapsed, used, answer = _ask(client, f"/page/{ids['document']}/{page_no}.png")
                first_renders.append(elapsed)
                cpu.append(used)
            rows.append(_row("page image (first render)", len(first_renders), first_renders, cpu, len(answer.content)))
            for name, url in pages(ids):
                timings, cpu = [], []
                for n in range(runs + 1):
                    elapsed, used, answer = _ask(client, url)
                    if n:  # the first asks once to warm up
                        timings.append(elapsed)
                        cpu.append(used)
                rows.append(_row(name, runs, timings, cpu, len(answer.content)))
    return {"items": items, "runs": runs, "built_s": round(built, 1), "pages": rows,
            "slowest_ms": max(r["max_ms"] for r in rows), "cpu_slowest_ms": max(r["cpu_max_ms"] for r in rows),
            "budget_ms": BUDGET_MS, "load_average": [round(x, 1) for x in os.getloadavg()], "cores": os.cpu_count()}


def _ask(client, url: str):
    """(wall ms, CPU ms of this process, answer): server and client share the
    process, so its CPU time is what the answer cost, whatever else runs on
    the machine (wall time on a busy machine waits for the cores too)."""
    began, began_cpu = time.perf_counter(), time.process_time()
    answer = client.get(url)
    elapsed, used = (time.perf_counter() - began) * 1000, (time.process_time() - began_cpu) * 1000
    if answer.status_code != 200:
        raise RuntimeError(f"{url} answered {answer.status_code}")
    return elapsed, used, answer


def _row(name: str, runs: int, timings: list[float], cpu: list[float], size: int) -> dict:
    return {"page": name, "runs": runs, "median_ms": round(statistics.median(timings), 1),
            "max_ms": round(max(timings), 1), "cpu_median_ms": round(statistics.median(cpu), 1),
            "cpu_max_ms": round(max(cpu), 1), "bytes": size}


def report(result: dict) -> str:
    items = f"{result['items']:,}".replace(",", " ")
    lines = [f"paragraf serve on a synthetic warehouse of {items} items (built in {result['built_s']} s) "
             f"plus {SAMPLE.name}; {result['runs']} runs per page after one warm-up, over HTTP on 127.0.0.1",
             f"{'':<38} {'wall ms':>19} {'CPU ms':>17}",
             f"{'page':<38} {'median':>9} {'slowest':>9} {'median':>8} {'slowest':>8} {'bytes':>9}"]
    for row in result["pages"]:
        lines.append(f"{row['page']:<38} {row['median_ms']:>9.1f} {row['max_ms']:>9.1f} "
                     f"{row['cpu_median_ms']:>8.1f} {row['cpu_max_ms']:>8.1f} {row['bytes']:>9}")
    budget = result["budget_ms"]
    lines.append(f"slowest answer {result['slowest_ms']:.1f} ms wall "
                 f"({'within' if result['slowest_ms'] <= budget else 'OVER'} the {budget:.0f} ms budget), "
                 f"{result['cpu_slowest_ms']:.1f} ms CPU; load average {result['load_average'][0]} on {result['cores']} cores")
    return "\n".join(lines)
