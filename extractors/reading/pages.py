"""A file's source → its pages as lines, and clean pages.

`read_pages` asks a backend for each page's glyphs and turns them into lines
at once (only lines stay in memory), OCRs a page that has no usable text
layer, and reads again by OCR a page whose text layer is not Swedish as
printed. `clean_pages` takes the running headers, footers and page stamps
off every page (`layout`) and keeps newspaper columns in reading order. Both
only read: what the pages mean is the later stages' business.
"""

from __future__ import annotations

import os
import subprocess
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

from extractors.reading import layout, ocr
from extractors.reading.backends import RawPage, Source, get_backend, render_page
from schemas.document import Line, Page, Problem, TextSource, Word

# Pages OCRed at once by one reader (each by a Tesseract engine of its own): every core,
# so that one long scan is read on all of them.
GLYPH_BEARING = 0.1  # ems between a glyph's box and its ink, each side (a number read from a scan's ink)
OCR_THREADS = max(1, int(os.environ.get("PARAGRAF_OCR_THREADS", "0")) or (os.cpu_count() or 1))


def read_pages(source: Source, backend: str, problems: list[Problem]) -> list[tuple[RawPage, list[Line]]]:
    """Every page of the file as (page without glyphs, its lines); what went
    wrong on a page is added to `problems`."""
    reader = get_backend(backend)
    raw_pages = _reread_untrue_pages(source, list(_read_lines(source, reader.pages(source), problems)), problems)
    problems.extend(Problem(message=note) for note in getattr(reader, "notes", ()))
    for _, lines in raw_pages:  # lines read again by OCR, or numbered, are new
        for line in lines:
            line.pack()
    return raw_pages


def _read_lines(path: Source, pages, problems: list[Problem]):
    """Turn each page into lines as soon as it is read, so only lines (not the
    parser's page objects) stay in memory. A page without a usable text layer
    is OCRed first: rendered here (PDFium is not thread-safe), read by
    Tesseract on one of OCR_THREADS threads (each with a Tesseract engine of
    its own, which reads without the GIL, so a long scan keeps every core
    busy), and its lines
    yielded in page order with its problems."""
    pending: deque[tuple[RawPage, Future | None, list[Problem]]] = deque()
    with ThreadPoolExecutor(OCR_THREADS, thread_name_prefix="paragraf-ocr") as pool:
        for raw in pages:
            if not raw.blank and ocr.needs_ocr(raw.chars):  # a blank page (no ink) has nothing to read
                noted: list[Problem] = []
                pending.append((raw, pool.submit(_ocr_image, _render(path, raw), raw, noted), noted))
            else:
                pending.append((raw, None, []))
            # the next page in order is done, or enough are waiting (a text page waiting keeps its glyphs)
            while pending and (pending[0][1] is None or pending[0][1].done() or len(pending) > 2 * OCR_THREADS):
                yield _lines_of(*pending.popleft(), problems)
        while pending:
            yield _lines_of(*pending.popleft(), problems)


def _lines_of(raw: RawPage, reading: "Future | None", noted: list[Problem], problems: list[Problem]):
    if reading is not None:
        raw = reading.result()
        problems.extend(noted)
    # the lines packed (schemas.text): a page's words are kept until the
    # document is read, 25 bytes a word instead of 170
    lines = [line.pack() for line in layout.chars_to_lines(raw.chars)]
    # the glyphs are done with: keeping them for every page of a long
    # document would cost about a megabyte a page
    return RawPage(raw.page_no, raw.width, raw.height, [], raw.source, raw.blank), lines


def _reread_untrue_pages(path: Source, raw_pages: list, problems: list[Problem]) -> list:
    """A text layer whose words are not Swedish as printed (a broken font map:
    'funktinnshndrade') is read again by OCR, page by page, and the two
    readings merged line by line (`ocr.merge_reading`), as is a scan under an
    earlier OCR's invisible text with few Swedish words (read at scan resolution).
    The new reading is kept where more of its words are Swedish, and a
    problem says so."""
    texts = [layout.lines_to_text(lines) if raw.source is TextSource.TEXT else None for raw, lines in raw_pages]
    shares, ligatures = zip(*[(None, False) if text is None else ocr.judged(text) for text in texts]) if texts else ((), ())
    # a scan under an earlier OCR's invisible text: read again at the scan's resolution
    sandwiches = _sandwich_pages(path, raw_pages)
    distrusted = [raw.page_no for (raw, _), share in zip(raw_pages, shares) if share is not None and share < ocr.SANDWICH_TRUST]
    # a document scanned throughout has had every page looked at; another's doubtful pages are looked at now
    scans = {n for n in distrusted if n in sandwiches} if sandwiches else ocr.invisible_text_pages(path, distrusted)
    suspects = set(ocr.suspect_pages(shares, ligatures)) | {k for k, (raw, _) in enumerate(raw_pages) if raw.page_no in scans}
    for k in sorted(suspects):
        raw, lines = raw_pages[k]
        scan = raw.page_no in scans
        reread = _ocr_page(path, raw, problems, ocr.DPI if scan else ocr.REREAD_DPI)
        if reread.source is not TextSource.OCR:
            continue
        ocr_lines = layout.chars_to_lines(reread.chars)
        merged, from_ocr = ocr.merge_reading(lines, ocr_lines, earlier_ocr=scan)
        share = ocr.known_share(layout.lines_to_text(merged), fewest=1)  # the text layer's page was judged: so is this one
        before = ocr.known_share(texts[k], fewest=1) or 0.0
        better = from_ocr > 0 and share is not None and share > before
        if better:
            raw_pages[k] = (RawPage(raw.page_no, raw.width, raw.height, [], TextSource.OCR), merged)
        problems.append(Problem(page_no=raw.page_no, message=(
            f"the text layer of page {raw.page_no} is " + ("an earlier OCR of a scan" if scan else "not Swedish as printed")
            + f" ({before:.0%} of its words known, "
            f"{'-' if share is None else f'{share:.0%}'} by OCR): " + (f"read by OCR instead ({from_ocr} of {len(merged)} lines)" if better else "kept")
        )))
    _number_earlier_ocr(path, raw_pages, sandwiches, problems)
    return raw_pages


def _sandwich_pages(path: Source, raw_pages: list) -> set[int]:
    """Pages whose text layer is an earlier OCR's invisible text over a scan:
    looked for on every page when the first page with text is one (a scanned
    document is scanned throughout; a born-digital one costs one page's look)."""
    text_pages = [raw.page_no for raw, lines in raw_pages if raw.source is TextSource.TEXT and lines]
    first = ocr.invisible_text_pages(path, text_pages[:1])
    return first | ocr.invisible_text_pages(path, text_pages[1:]) if first else set()


def _number_earlier_ocr(path: Source, raw_pages: list, sandwiches: set[int], problems: list[Problem]) -> None:
    """An earlier OCR's text layer, mended where it is known to fail: a lone
    '|' that is a table's border goes, and the item numbers it left out of a
    narrow column or a margin are read from the scan (`ocr.numbers_beside`).
    Numbers are put in only when the document gives at least two, so a speck
    read as '1' beside one line adds nothing."""
    pending: list[tuple[int, list[Line], dict[int, tuple[str, float, float]]]] = []
    for k, (raw, lines) in enumerate(raw_pages):
        if raw.page_no not in sandwiches or raw.source is not TextSource.TEXT:
            continue
        lines = [line for line in map(ocr.without_borders, lines) if line is not None]
        found = ocr.numbers_beside(_render(path, raw, ocr.DPI), lines, raw.width, raw.height) if ocr.available() else {}
        pending.append((k, lines, found))
    numbered = sum(len(found) for _, _, found in pending) >= 2
    for k, lines, found in pending:
        raw = raw_pages[k][0]
        if numbered and found:
            lines = [_numbered(line, *found[j]) if j in found else line for j, line in enumerate(lines)]
            problems.append(Problem(page_no=raw.page_no, message=(
                f"page {raw.page_no} is a scan under an earlier OCR's text, which left out "
                f"{len(found)} item number(s) beside its lines: read from the scan"
            )))
        raw_pages[k] = (raw, lines)


def _numbered(line: Line, text: str, x0: float, x1: float) -> Line:
    """The line with its number before it, as a segment of its own; its box
    a little wider than its ink, as a glyph's box is (a tenth of an em each
    side), so it lines up with numbers a text layer placed."""
    first = line.words[0]
    x0, x1 = x0 - GLYPH_BEARING * first.size, x1 + GLYPH_BEARING * first.size
    parts = text.split()
    step = (x1 - x0) / len(parts)
    number = tuple(
        Word(part, x0 + n * step, x0 + (n + 1) * step, first.top, first.bottom, first.size)
        for n, part in enumerate(parts)
    )
    return Line((number, *line.segments))


def _ocr_page(path: Source, raw: RawPage, problems: list[Problem], dpi: int | None = None) -> RawPage:
    """The page read by Tesseract; as it was, with a problem noted, when OCR cannot run."""
    return _ocr_image(_render(path, raw, dpi), raw, problems)


def _render(path: Source, raw: RawPage, dpi: int | None = None):
    """The page's image at `dpi`, else at ocr.DPI; or, when
    PARAGRAF_OCR_LEAST_DPI is set below it, at the resolution its text needs
    (`ocr.reading_dpi`): rendered at ocr.LEAST_DPI, and again higher when
    its text is small there."""
    if dpi is not None or ocr.LEAST_DPI >= ocr.DPI:
        return render_page(path, raw.page_no, dpi or ocr.DPI)
    image = render_page(path, raw.page_no, ocr.LEAST_DPI)
    wanted = ocr.reading_dpi(image, ocr.LEAST_DPI)
    return image if wanted == ocr.LEAST_DPI else render_page(path, raw.page_no, wanted)


def _ocr_image(image, raw: RawPage, problems: list[Problem]) -> RawPage:
    """What Tesseract reads on the page's image (see `_ocr_page`)."""
    try:
        page = ocr.read_page(image, raw.width, raw.height)
        chars = page.chars
    except ocr.OcrUnavailable as exc:
        problems.append(Problem(page_no=raw.page_no, message=f"page has no usable text layer and OCR could not run: {exc}"))
        return raw
    except subprocess.TimeoutExpired:
        problems.append(Problem(page_no=raw.page_no, message=f"OCR gave up after {ocr.TIMEOUT_SECONDS} s (PARAGRAF_OCR_TIMEOUT)"))
        return raw
    if not chars:
        return raw if len(raw.chars) else RawPage(raw.page_no, raw.width, raw.height, [], TextSource.OCR)
    if page.confidence is not None and page.confidence < ocr.LOW_CONFIDENCE:
        problems.append(Problem(page_no=raw.page_no, message=(
            f"OCR of page {raw.page_no} is unsure (mean word confidence {page.confidence:.0f} of 100); check its text"
        )))
    return RawPage(raw.page_no, raw.width, raw.height, chars, TextSource.OCR)


def clean_pages(raw_pages: list[tuple[RawPage, list[Line]]]) -> tuple[list[Page], list[Line], list[Problem]]:
    """(clean pages, the lines taken off them as page furniture, problems)."""
    line_sets = [lines for _, lines in raw_pages]
    running = layout.find_running_lines(line_sets, [raw.height for raw, _ in raw_pages])
    pages: list[Page] = []
    problems: list[Problem] = []
    margins: list[Line] = []
    for (raw, lines), running_here in zip(raw_pages, running):
        content, margin = layout.strip_page_furniture(lines, running_here, raw.height)
        content, columns = layout.read_columns(content, raw.width)
        for line in (*content, *margin):  # a column's lines are new
            line.pack()
        margins.extend(margin)
        if not lines and not raw.blank:
            problems.append(Problem(page_no=raw.page_no, message="page has no text, not even by OCR"))
        pages.append(
            Page(
                page_no=raw.page_no,
                width=raw.width,
                height=raw.height,
                text_source=raw.source,
                lines=content,
                margin_lines=margin,
                text=layout.lines_to_text(content),
                columns=columns,
            )
        )
    return pages, margins, _blank_runs([raw for raw, _ in raw_pages]) + problems


def _blank_runs(raw_pages: list[RawPage]) -> list[Problem]:
    """One problem per run of blank pages (no ink: not read by OCR), at its first page."""
    out, run = [], []
    for raw in [*raw_pages, None]:
        if raw is not None and raw.blank:
            run.append(raw.page_no)
            continue
        if run:
            what = f"page {run[0]} is" if len(run) == 1 else f"pages {run[0]}–{run[-1]} are"
            out.append(Problem(page_no=run[0], message=f"{what} blank (no ink: not read by OCR)"))
            run = []
    return out
