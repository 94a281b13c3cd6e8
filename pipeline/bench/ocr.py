"""`paragraf bench ocr`: OCR engines side by side on scanned pages.

Every scanned page of the given PDFs (a page with no usable text layer, or a
scan under an earlier OCR's invisible text: the pages ingest reads by OCR) is
read by each engine in a pool of worker processes, and each engine is given:

- its cost: CPU seconds a page (the worker's own, Tesseract's library
  reading in it included, and its tesseract processes' when the program
  reads), so pages per second per core, which on a machine shared with
  other work says more than the wall clock; and the wall-clock pages per
  second of the pool;
- its character accuracy: each string that a gold file gives as printed
  (titles, proposals, decisions, attachments, names, the body and place) is
  looked for in the engine's text of its document, at the least edit
  distance to any stretch of it; accuracy = 1 − distance / length, summed
  over all strings by length;
- how far it agrees with the first engine, on documents without a gold file.

Then one PDF made of all the scanned pages is read by one worker as ingest
reads it, with the OCR on one thread and on one per core: a long scan's pages
are spread over every core (`extractors.reading.pages.OCR_THREADS`).

Engines: `paragraf` (what ingest runs: the page rendered at 300 dpi, or as
PARAGRAF_OCR_LEAST_DPI asks, prepared, read by Tesseract's Swedish model, §
signs read again, sizes and weight measured), `paragraf-300dpi` and
`paragraf-200dpi` (the same from a rendering at that resolution),
`paragraf-x-height` (PARAGRAF_OCR_LEAST_DPI=200: each page at the resolution
its body text's x-height asks for, 200 to 300 dpi), and
`tesseract-plain` (the rendered page thresholded at Otsu's level and handed to
Tesseract as paragraf hands it, its library or else its program, nothing else
before or after: what the engine alone costs). Debian's tesseract-ocr-swe is already
Tesseract's fast (integer) model; no other engine that reads Swedish installs
from Debian or PyPI without fetching its models at run time.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import resource
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

DEFAULT_ENGINES = ("paragraf", "paragraf-x-height", "tesseract-plain")


# ---------------------------------------------------------------- engines (run in the workers)


def _paragraf(dpi: int | None) -> Callable:
    """paragraf's reading of the page rendered at `dpi`, or as ingest renders
    it (None: at the resolution its text's x-height asks for; a scan under an
    earlier OCR's text at ocr.DPI, as ingest reads it again)."""
    def read(source, page_no: int, width: float, height: float, earlier_ocr: bool = False) -> str:
        from extractors.reading import layout, ocr, pages
        from extractors.reading.backends import RawPage

        wanted = ocr.DPI if dpi is None and earlier_ocr else dpi
        image = pages._render(source, RawPage(page_no, width, height, []), wanted)
        chars = ocr.read_page(image, width, height).chars
        return layout.lines_to_text(layout.chars_to_lines(chars))

    return read


def _tesseract_plain(source, page_no: int, width: float, height: float, earlier_ocr: bool = False) -> str:
    import numpy as np

    from extractors.reading import ocr
    from extractors.reading.backends import render_page

    grey = np.asarray(render_page(source, page_no, ocr.DPI))
    ink = grey < ocr._otsu(grey)
    lines = ocr._parse_hocr(ocr._tesseract(ink, ocr.LANGUAGE, ocr.PAGE_SEGMENTATION))
    return "\n".join(" ".join(w.text for w in line.words) for line in lines)


def _paragraf_x_height(source, page_no: int, width: float, height: float, earlier_ocr: bool = False) -> str:
    """paragraf with PARAGRAF_OCR_LEAST_DPI=200: each page at the resolution
    its text's x-height asks for, 200 to 300 dpi."""
    from extractors.reading import ocr

    least, ocr.LEAST_DPI = ocr.LEAST_DPI, 200
    try:
        return _paragraf(None)(source, page_no, width, height, earlier_ocr)
    finally:
        ocr.LEAST_DPI = least


ENGINES: dict[str, Callable] = {
    "paragraf": _paragraf(None),
    "paragraf-300dpi": _paragraf(300),
    "paragraf-200dpi": _paragraf(200),
    "paragraf-x-height": _paragraf_x_height,
    "tesseract-plain": _tesseract_plain,
}


def _cpu() -> tuple[float, float]:
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, children.ru_utime + children.ru_stime


def _read_page(engine: str, path: str, page_no: int, width: float, height: float, earlier_ocr: bool = False) -> tuple[str, float]:
    """In a worker: (the engine's text of the page, the CPU seconds it cost,
    tesseract's included)."""
    from extractors.reading.backends import read_source

    source = read_source(Path(path))
    before = _cpu()
    text = ENGINES[engine](source, page_no, width, height, earlier_ocr)
    after = _cpu()
    return text, (after[0] - before[0]) + (after[1] - before[1])


# ---------------------------------------------------------------- which pages are scanned


@dataclass
class ScannedPage:
    path: str
    page_no: int
    width: float
    height: float
    earlier_ocr: bool = False  # a scan under an earlier OCR's invisible text


def scanned_pages(paths: Iterable[Path]) -> list[ScannedPage]:
    """The pages ingest reads by OCR: no usable text layer, or an earlier
    OCR's invisible text over a scan."""
    from extractors.reading import ocr
    from extractors.reading.backends import ExtractionError, get_backend, read_source

    out = []
    for path in paths:
        try:
            source = read_source(path)
            pages = list(get_backend().pages(source))
        except ExtractionError:
            continue
        invisible = ocr.invisible_text_pages(source, [p.page_no for p in pages])
        out.extend(ScannedPage(str(path), p.page_no, p.width, p.height, p.page_no in invisible) for p in pages
                   if ocr.needs_ocr(p.chars) or p.page_no in invisible)
    return out


def _pdfs(paths: Iterable[Path]) -> list[Path]:
    found = []
    for path in paths:
        found.extend(sorted(path.rglob("*.pdf")) if path.is_dir() else [path])
    return found


# ---------------------------------------------------------------- accuracy


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def substring_distance(needle: str, haystack: str) -> int:
    """The least edit distance from `needle` to any stretch of `haystack`
    (Sellers' algorithm, a row of the table at a time: the insertions along
    a row are a running minimum)."""
    if not needle:
        return 0
    hay = np.frombuffer(haystack.encode("utf-32-le"), np.uint32)
    columns = np.arange(len(hay) + 1)
    row = np.zeros(len(hay) + 1, np.int64)  # a match may start anywhere
    for i, ch in enumerate(needle, 1):
        best = np.empty_like(row)
        best[0] = i
        np.minimum(row[:-1] + (hay != ord(ch)), row[1:] + 1, out=best[1:])
        row = np.minimum.accumulate(best - columns) + columns
    return int(row.min())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, row by row as above (the first column is not free)."""
    if not a or not b:
        return max(len(a), len(b))
    hay = np.frombuffer(b.encode("utf-32-le"), np.uint32)
    columns = np.arange(len(hay) + 1)
    row = columns.copy()
    for i, ch in enumerate(a, 1):
        best = np.empty_like(row)
        best[0] = i
        np.minimum(row[:-1] + (hay != ord(ch)), row[1:] + 1, out=best[1:])
        row = np.minimum.accumulate(best - columns) + columns
    return int(row[-1])


def gold_strings(gold: dict) -> list[str]:
    """What a gold file gives as printed: the body, organisation and place,
    each item's title, proposal, decision and attachments, and names."""
    out = [gold.get("organ"), gold.get("organisation"), (gold.get("meeting") or {}).get("location")]
    for item in gold.get("items") or []:
        out += [item.get("title"), item.get("proposal"), item.get("decision"), *(item.get("attachments") or [])]
    out += [p.get("name") for p in gold.get("participants") or []]
    return [_squeeze(s) for s in out if isinstance(s, str) and len(_squeeze(s)) >= 3]


def find_gold(pdf: Path, folders: Iterable[Path]) -> dict | None:
    name = pdf.stem + ".gold.json"
    for candidate in [pdf.with_name(name), *(p for folder in folders for p in sorted(folder.rglob(name)))]:
        if candidate.exists():
            return json.loads(candidate.read_text(encoding="utf-8"))
    return None


def accuracy(strings: list[str], text: str) -> tuple[int, int]:
    """(characters right, characters) of the strings found in the text."""
    text = _squeeze(text)
    right = sum(max(len(s) - substring_distance(s, text), 0) for s in strings)
    return right, sum(len(s) for s in strings)


# ---------------------------------------------------------------- one scan over every core


def _one_scan(path: str, threads: int) -> tuple[float, int]:
    """In a fresh process: wall seconds for ingest's extraction of one PDF
    with its OCR on `threads` threads, and its pages."""
    from extractors import record
    from extractors.reading import pages

    pages.OCR_THREADS = threads
    started = time.perf_counter()
    read = record.extract_document(path)
    return time.perf_counter() - started, read.page_count


def _scan_of(pages: list[ScannedPage], folder: Path) -> Path:
    import pypdfium2

    out = pypdfium2.PdfDocument.new()
    for path in sorted({p.path for p in pages}):
        wanted = [p.page_no - 1 for p in pages if p.path == path]
        source = pypdfium2.PdfDocument(path)
        out.import_pages(source, wanted)
        source.close()
    target = folder / "scan.pdf"
    out.save(str(target))
    out.close()
    return target


# ---------------------------------------------------------------- the bench


@dataclass
class EngineResult:
    engine: str
    pages: int
    cpu_seconds: float
    wall_seconds: float
    texts: dict[str, str] = field(repr=False, default_factory=dict)  # document → its text
    gold_right: int = 0
    gold_chars: int = 0
    agreement: float | None = None


def bench_ocr(paths: list[Path], gold_folders: list[Path], engines: Iterable[str] = DEFAULT_ENGINES,
              workers: int | None = None, progress: Callable[[str], None] = lambda _: None) -> dict:
    from pipeline.ingest import default_workers

    workers = workers or default_workers()
    pdfs = _pdfs(paths)
    pages = scanned_pages(pdfs)
    if not pages:
        raise ValueError(f"no scanned page in {', '.join(map(str, paths))}; give PDFs with scanned pages "
                         "(for example corpus-varied/)")
    golds = {p: find_gold(Path(p), gold_folders) for p in sorted({page.path for page in pages})}
    results: list[EngineResult] = []
    context = multiprocessing.get_context("fork")
    for engine in engines:
        if engine not in ENGINES:
            raise ValueError(f"unknown OCR engine {engine!r}; choose among {', '.join(ENGINES)}")
        progress(f"{engine}: {len(pages)} pages …")
        started = time.perf_counter()
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_read_page, engine, p.path, p.page_no, p.width, p.height, p.earlier_ocr) for p in pages]
            read = [f.result() for f in futures]
        result = EngineResult(engine, len(pages), sum(cpu for _, cpu in read), time.perf_counter() - started)
        for page, (text, _) in zip(pages, read):
            result.texts[page.path] = (result.texts.get(page.path, "") + "\n" + text).strip()
        for path, gold in golds.items():
            if gold:
                right, chars = accuracy(gold_strings(gold), result.texts.get(path, ""))
                result.gold_right += right
                result.gold_chars += chars
        results.append(result)
    reference = results[0]
    for result in results[1:]:
        ungolded = [p for p, g in golds.items() if not g]
        if ungolded:
            distance = sum(edit_distance(_squeeze(reference.texts[p]), _squeeze(result.texts[p])) for p in ungolded)
            length = sum(len(_squeeze(reference.texts[p])) for p in ungolded)
            result.agreement = 1 - distance / max(length, 1)

    progress(f"one PDF of the {len(pages)} scanned pages, read as ingest reads it …")
    from extractors.reading.pages import OCR_THREADS

    spread = {}
    with tempfile.TemporaryDirectory(prefix="paragraf-bench-") as folder:
        scan = _scan_of(pages, Path(folder))
        for threads in sorted({1, OCR_THREADS}):
            with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
                seconds, count = pool.submit(_one_scan, str(scan), threads).result()
            spread[threads] = {"seconds": round(seconds, 2), "pages": count}
    return {
        "workers": workers, "cores": os.cpu_count(), "load_average": [round(x, 2) for x in os.getloadavg()],
        "files": len(golds), "pages": len(pages), "with_gold": sum(1 for g in golds.values() if g),
        "engines": [{
            "engine": r.engine, "pages": r.pages, "cpu_seconds": round(r.cpu_seconds, 2),
            "cpu_seconds_per_page": round(r.cpu_seconds / r.pages, 3),
            "pages_per_second_per_core": round(r.pages / r.cpu_seconds, 3),
            "wall_pages_per_second": round(r.pages / r.wall_seconds, 3),
            "gold_characters": r.gold_chars,
            "character_accuracy": round(r.gold_right / r.gold_chars, 4) if r.gold_chars else None,
            "agreement_with_first": None if r.agreement is None else round(r.agreement, 4),
        } for r in results],
        "one_scan": {"pages": len(pages), "by_threads": spread},
    }


def report(result: dict) -> str:
    lines = [
        f"paragraf bench ocr — {result['pages']} scanned pages in {result['files']} files "
        f"({result['with_gold']} with a gold file); {result['workers']} worker processes on {result['cores']} cores; "
        f"load average {result['load_average'][0]}",
        "",
        f"  {'engine':<18} {'CPU s/page':>10} {'pages/s/core':>13} {'wall pages/s':>13} {'char accuracy':>14} {'agrees with first':>18}",
    ]
    for e in result["engines"]:
        accuracy_text = "-" if e["character_accuracy"] is None else f"{e['character_accuracy']:.4f}"
        agreement = "-" if e["agreement_with_first"] is None else f"{e['agreement_with_first']:.4f}"
        lines.append(f"  {e['engine']:<18} {e['cpu_seconds_per_page']:>10.2f} {e['pages_per_second_per_core']:>13.2f} "
                     f"{e['wall_pages_per_second']:>13.2f} {accuracy_text:>14} {agreement:>18}")
    gold_chars = result["engines"][0]["gold_characters"]
    lines.append(f"  (character accuracy over {gold_chars} characters of gold strings; agreement over the documents without gold)")
    spread = result["one_scan"]["by_threads"]
    lines.append("  one PDF of all " + str(result["one_scan"]["pages"]) + " scanned pages, one worker: "
                 + "; ".join(f"OCR on {t} thread{'s' if int(t) > 1 else ''}: {v['seconds']:.1f} s "
                             f"({v['pages'] / v['seconds']:.2f} pages/s)" for t, v in spread.items()))
    return "\n".join(lines)
