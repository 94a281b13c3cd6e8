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
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

BUDGET_MS = 200.0
SAMPLE = Path("corpus") / "svom-2025-03-07-protokoll.pdf"


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
    from extractors.document import extract_document
    from extractors.entities import catalogue
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

    from web.app import create_app

    with tempfile.TemporaryDirectory(prefix="paragraf-bench-pages-") as folder:
        db = Path(folder) / "synthetic.duckdb"
        started = time.perf_counter()
        ids = build(db, items, sample)
        built = time.perf_counter() - started
        rows = []
        with running(create_app(db)) as base, httpx.Client(base_url=base, timeout=60) as client:
            first_renders = []
            for page_no in range(1, int(ids["pages"]) + 1):  # each page rendered for the first time
                began = time.perf_counter()
                answer = client.get(f"/page/{ids['document']}/{page_no}.png")
                first_renders.append((time.perf_counter() - began) * 1000)
                answer.raise_for_status()
            rows.append(_row("page image (first render)", len(first_renders), first_renders, len(answer.content)))
            for name, url in pages(ids):
                timings, size = [], 0
                for n in range(runs + 1):
                    began = time.perf_counter()
                    answer = client.get(url)
                    elapsed = (time.perf_counter() - began) * 1000
                    if answer.status_code != 200:
                        raise RuntimeError(f"{url} answered {answer.status_code}")
                    if n:  # the first asks once to warm up
                        timings.append(elapsed)
                    size = len(answer.content)
                rows.append(_row(name, runs, timings, size))
    return {"items": items, "runs": runs, "built_s": round(built, 1), "pages": rows,
            "slowest_ms": max(r["max_ms"] for r in rows), "budget_ms": BUDGET_MS}


def _row(name: str, runs: int, timings: list[float], size: int) -> dict:
    return {"page": name, "runs": runs, "median_ms": round(statistics.median(timings), 1),
            "max_ms": round(max(timings), 1), "bytes": size}


def report(result: dict) -> str:
    lines = [f"paragraf serve on a synthetic warehouse of {result['items']:,} items (built in {result['built_s']} s) "
             f"plus {SAMPLE.name}; {result['runs']} runs per page after one warm-up, over HTTP on 127.0.0.1".replace(",", " "),
             f"{'page':<40} {'median ms':>10} {'slowest ms':>11} {'bytes':>9}"]
    for row in result["pages"]:
        lines.append(f"{row['page']:<40} {row['median_ms']:>10.1f} {row['max_ms']:>11.1f} {row['bytes']:>9}")
    verdict = "within" if result["slowest_ms"] <= result["budget_ms"] else "OVER"
    lines.append(f"slowest answer {result['slowest_ms']:.1f} ms: {verdict} the {result['budget_ms']:.0f} ms budget")
    return "\n".join(lines)
