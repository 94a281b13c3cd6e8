"""file → DocumentRecord: the whole of extraction for one file, as one pure
function of its bytes. No Prefect, no DuckDB: the flow calls this in a worker
and hands the record to the single writer."""

from __future__ import annotations

import subprocess
from pathlib import Path

from extractors import classify, entities, layout, ocr, structure
from extractors.pdf import (
    DEFAULT_BACKEND,
    ExtractionError,
    RawPage,
    Source,
    get_backend,
    probe,
    read_source,
    render_page,
    repaired_copy,
)
from schemas.document import (
    DocumentRecord,
    ErrorCode,
    Line,
    Page,
    Problem,
    Status,
    TextSource,
)
from schemas.ids import path_id


def extract_document(path: str | Path, backend: str = DEFAULT_BACKEND, document_id: str | None = None) -> DocumentRecord:
    """Read one file into a record. Never raises for a bad file: an unreadable
    one comes back as `status=failed` with an error code and a sentence that
    names the file and what to do.

    The file's bytes are read once, and the record's document_id is their
    sha256, whatever `document_id` the caller hashed earlier: a file rewritten
    in between is stored as what was read. `document_id` names a file that
    could not be read at all (else an id made from its path)."""
    path = Path(path)
    document_id = document_id or path_id(path)
    try:
        source = read_source(path)
        document_id = source.document_id
        source = probe(source)
        try:
            return _extract(source, path, backend, document_id)
        except ExtractionError as exc:
            if exc.code is not ErrorCode.DAMAGED:
                raise
            copy = repaired_copy(source)  # in memory; the original is never touched
            if copy is None:
                raise
            try:
                record = _extract(copy, path, backend, document_id)
            except ExtractionError:
                raise exc from None  # the message names the file the user gave, not the copy
            record.problems.insert(0, Problem(message=f"read from a repaired copy ({exc.message})"))
            return record
    except ExtractionError as exc:
        return DocumentRecord.failed(document_id, str(path), exc.code, exc.message)
    except MemoryError:
        raise  # the memory cap of extractors.guard turns this into 'too_large'
    except Exception as exc:  # a bug of ours must not lose the rest of the batch
        return DocumentRecord.failed(
            document_id,
            str(path),
            ErrorCode.INTERNAL,
            f"{path} could not be processed because of an internal error ({type(exc).__name__}: {exc}); "
            "please report it with the file attached.",
        )


def warm_up() -> None:
    """Import the readers and build the rule matchers once, in the process
    that extraction workers and their reader children are forked from
    (pipeline/worker.py, extractors.guard), so none loads them again. The
    pdfplumber reader is imported where it is asked for."""
    import pikepdf  # noqa: F401
    import pypdfium2  # noqa: F401

    from extractors import blocks, classify, people, pdfium_chars
    from extractors import rules as rule_files

    for name in rule_files.rule_files():
        if "rules" in rule_files.load(name):
            rule_files.rules(name)
    classify.vocabulary()
    blocks.rule("agenda.row")
    pdfium_chars.warm_up()
    people._nlp()
    entities._matcher()
    entities._amount_vocabulary()
    entities._date_patterns()
    # dateparser compiles hundreds of patterns on its first parse (0.4 s):
    # once here, inherited by every reader, not once per process
    entities._dateparser().get_date_data("12 mars 2024")


def _extract(read_from: Source, path: Path, backend: str, document_id: str) -> DocumentRecord:
    problems: list[Problem] = [Problem(message=note) for note in read_from.notes]
    reader = get_backend(backend)
    raw_pages = list(_read_lines(read_from, reader.pages(read_from), problems))
    problems.extend(Problem(message=note) for note in getattr(reader, "notes", ()))
    record = build_record(document_id, str(path), raw_pages)
    record.problems[:0] = problems
    return record


def _read_lines(path: Source, pages, problems: list[Problem]):
    """Turn each page into lines as soon as it is read, so only lines (not the
    parser's page objects) stay in memory. A page without a usable text layer
    is OCRed first."""
    for raw in pages:
        if ocr.needs_ocr(raw.chars):
            raw = _ocr_page(path, raw, problems)
        lines = layout.chars_to_lines(raw.chars)
        # the glyphs are done with: keeping them for every page of a long
        # document would cost about a megabyte a page
        yield RawPage(raw.page_no, raw.width, raw.height, [], raw.source), lines


def _ocr_page(path: Source, raw: RawPage, problems: list[Problem]) -> RawPage:
    """The page read by Tesseract; as it was, with a problem noted, when OCR cannot run."""
    try:
        image = render_page(path, raw.page_no, ocr.DPI)
        chars = ocr.page_chars(image, raw.width, raw.height)
    except ocr.OcrUnavailable as exc:
        problems.append(Problem(page_no=raw.page_no, message=f"page has no usable text layer and OCR could not run: {exc}"))
        return raw
    except subprocess.TimeoutExpired:
        problems.append(Problem(page_no=raw.page_no, message=f"OCR gave up after {ocr.TIMEOUT_SECONDS} s (PARAGRAF_OCR_TIMEOUT)"))
        return raw
    if not chars:
        return raw if len(raw.chars) else RawPage(raw.page_no, raw.width, raw.height, [], TextSource.OCR)
    return RawPage(raw.page_no, raw.width, raw.height, chars, TextSource.OCR)


def build_record(document_id: str, source_path: str, raw_pages: list[tuple[RawPage, list[Line]]]) -> DocumentRecord:
    """pages → clean pages → kind and header → record."""
    if not raw_pages:
        raise ExtractionError(ErrorCode.EMPTY, f"{source_path} is a PDF with no pages; fetch the file again.")
    if not any(lines for _, lines in raw_pages):
        raise ExtractionError(
            ErrorCode.NO_TEXT,
            f"{source_path} has no text on any of its {len(raw_pages)} pages, and OCR found none either "
            "(a blank scan, or tesseract-ocr-swe missing: run scripts/install); check the file.",
        )
    line_sets = [lines for _, lines in raw_pages]
    running = layout.find_running_lines(line_sets, [raw.height for raw, _ in raw_pages])
    pages: list[Page] = []
    problems: list[Problem] = []
    margins: list[Line] = []
    for (raw, lines), running_here in zip(raw_pages, running):
        content, margin = layout.strip_page_furniture(lines, running_here, raw.height)
        content = layout.order_columns(content)
        margins.extend(margin)
        if not lines:
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
            )
        )
    first_raw, first_lines = raw_pages[0]
    head = classify.head_lines(first_lines, first_raw.height)
    word_count = sum(len(ln.words) for p in pages for ln in p.lines)
    kind = classify.read_kind(head, word_count)
    first_pages = [ln for p in pages[: classify.FIELD_PAGES] for ln in p.lines]
    header = classify.read_header(kind, head, _unique(margins), first_pages)
    found, named = _structure(kind, pages)
    return DocumentRecord(
        document_id=document_id,
        source_path=source_path,
        status=Status.OK,
        kind=kind,
        page_count=len(pages),
        text_source=_document_source({p.text_source for p in pages}),
        header=header,
        pages=pages,
        items=found.items,
        participants=found.participants,
        amounts=named.amounts,
        agreement_mentions=named.agreement_mentions,
        item_dates=named.item_dates,
        problems=problems + found.problems,
    )


def _structure(kind, pages: list[Page]) -> tuple[structure.Structure, entities.Entities]:
    """Items, participants, amounts, agreements and dates; a bug in reading
    them costs this one document its structure (recorded as a problem), never
    its pages."""
    try:
        found = structure.read_structure(kind, pages)
        return found, entities.read_entities(found.placed, found.owners, found.items)
    except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
        problem = Problem(message=f"items could not be read ({type(exc).__name__}: {exc}); please report it with the file")
        return structure.Structure(problems=[problem]), entities.Entities([], [], [])


def _document_source(sources: set[TextSource]) -> TextSource:
    if sources == {TextSource.OCR}:
        return TextSource.OCR
    return TextSource.MIXED if TextSource.OCR in sources else TextSource.TEXT


def _unique(lines: list[Line]) -> list[Line]:
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.text not in seen:
            seen.add(line.text)
            out.append(line)
    return out
