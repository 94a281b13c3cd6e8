"""PDF backends: the only place that talks to a PDF library about glyphs.

A backend turns a file into `RawPage`s (size plus the characters with their
boxes), one page at a time, releasing each page before the next, so memory does
not grow with document length. Everything after this module works on `Char`s
and never imports a PDF library, so OCR or a faster parser can stand behind the
same interface without touching the rules.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator, Protocol, Union

from extractors.reading.glyphs import char_text, is_bold
from schemas.document import Char, ErrorCode, TextSource


MAX_FILE_BYTES = int(os.environ.get("PARAGRAF_MAX_FILE_BYTES", 512 * 1024 * 1024))

# pdfminer logs what it skips in a broken file as warnings, which would reach
# the user's terminal from every worker; what matters about a file reaches its
# record as an error code or a problem row instead
logging.getLogger("pdfminer").setLevel(logging.ERROR)


class ExtractionError(Exception):
    """A file that cannot be read, with a contract error code and a sentence
    that names the file and says what to do."""

    def __init__(self, code: ErrorCode, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class RawPage:
    page_no: int
    width: float
    height: float
    chars: "list[Char] | Glyphs"  # pdfium fills columns (extractors.reading.layout.Glyphs) directly
    source: TextSource = TextSource.TEXT  # OCR when the chars came from Tesseract
    blank: bool = False  # no glyphs and no ink at all: nothing for OCR to read (see `has_ink`)


@dataclass(frozen=True)
class Source:
    """A file's bytes, read once: what is hashed is what is parsed, so a file
    rewritten while a batch runs is stored under the hash of the bytes that
    were read, never under an older hash with newer content. `data` is what
    the parsers read (after `probe`, perhaps a copy with a mended page tree);
    `notes` say what a reader of the record should know about that."""

    path: Path
    data: bytes
    document_id: str  # sha256 hex of the file's bytes as read
    notes: tuple[str, ...] = field(default=())
    # the PDF's own modification date (its /Info /ModDate, UTC): one of the
    # things that say which of two documents of a meeting is the newer
    modified_at: dt.datetime | None = None

    def __str__(self) -> str:
        return str(self.path)


PdfInput = Union[Source, Path, str, bytes]


def pdf_bytes(pdf: PdfInput) -> bytes | str:
    """What a parser opens: bytes in memory, or a path name."""
    if isinstance(pdf, Source):
        return pdf.data
    return pdf if isinstance(pdf, bytes) else str(pdf)


class PdfBackend(Protocol):
    name: str

    def pages(self, pdf: PdfInput) -> Iterator[RawPage]:
        """Yield every page in order; raise ExtractionError for an unreadable file."""
        ...


def read_source(path: Path) -> Source:
    """The file's bytes and their sha256, read once; the cheap refusals first
    (gone, empty, too large), so nothing huge is read into memory."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExtractionError(
                ErrorCode.TOO_LARGE,
                f"{path} is {size / 2**20:.0f} MiB, above the limit of {MAX_FILE_BYTES / 2**20:.0f} MiB; "
                "raise PARAGRAF_MAX_FILE_BYTES if it is a real meeting document.",
            )
        with open(path, "rb") as handle:
            # read() allocates what it is asked for: the size found, and a byte to see growth
            data = handle.read(size + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise ExtractionError(ErrorCode.MISSING, f"{path} was no longer there when it was to be read "
                              "(moved or deleted while the batch ran); ingest it again from where it is now.") from None
    except IsADirectoryError:
        raise ExtractionError(ErrorCode.MISSING, f"{path} is now a folder, not the file that was found; "
                              "ingest the folder itself.") from None
    except PermissionError:
        raise ExtractionError(ErrorCode.MISSING, f"{path} cannot be read by this user (permission denied); "
                              "make it readable and ingest it again.") from None
    if not data:
        raise ExtractionError(
            ErrorCode.EMPTY,
            f"{path} is empty (0 bytes); the download or copy probably failed — fetch the file again.",
        )
    if len(data) > size:
        raise ExtractionError(ErrorCode.DAMAGED, f"{path} was growing while it was read (still being written or "
                              "downloaded?); ingest it again once it is complete.")
    return Source(path, data, hashlib.sha256(data).hexdigest())


def probe(source: Source) -> Source:
    """Cheap checks before any parser runs: not a PDF at all, locked with a
    password, a page tree with no pages. Raises ExtractionError; returns what
    the parsers should read: the source itself, or a copy whose page tree was
    mended (`mend_page_tree`)."""
    head = source.data[:1024]
    if b"%PDF-" not in head:
        raise ExtractionError(ErrorCode.NOT_A_PDF, f"{source.path} is not a PDF ({_describe(head)}); "
                              "replace it with the PDF itself or remove it from the folder.")
    return _check_structure(source)


def _describe(head: bytes) -> str:
    sample = head.lstrip().lower()
    if sample.startswith((b"<!doctype html", b"<html")) or b"<html" in sample[:200]:
        return "it is an HTML page, perhaps an error or login page saved instead of the document"
    if sample.startswith(b"pk\x03\x04"):
        return "it is a ZIP archive or an Office file"
    if sample.startswith((b"\xd0\xcf\x11\xe0",)):
        return "it is an old Office document"
    try:
        head.decode("utf-8")
        return "it is plain text"
    except UnicodeDecodeError:
        return "its first bytes are not a PDF header"


def _check_structure(source: Source) -> Source:
    """Password and page tree, through qpdf (pikepdf), which opens lazily."""
    import pikepdf

    try:
        # qpdf would walk the page tree on open to push inherited attributes
        # down, and refuse a tree that loops: the walk here is our own
        with pikepdf.open(io.BytesIO(source.data), inherit_page_attributes=False) as pdf:
            tree = page_tree(pdf)
            source = replace(source, modified_at=_modified_at(pdf), notes=source.notes + _xref_notes(pdf, source.data))
            if tree is None or tree.regular:
                if tree is not None and not tree.leaves and tree.declared_empty:
                    raise ExtractionError(ErrorCode.EMPTY, f"{source.path} is a PDF with no pages "
                                          "(its page tree says /Count 0); fetch the file again.")
                return source
            return replace(source, data=mend_page_tree(pdf, tree), notes=source.notes + (tree.note(),))
    except pikepdf.PasswordError:
        raise ExtractionError(
            ErrorCode.ENCRYPTED,
            f"{source.path} is protected by a password; ask the publisher for an unprotected copy, "
            "or remove the password (qpdf --decrypt --password=… in out) and ingest that.",
        ) from None
    except (pikepdf.PdfError, RuntimeError, ValueError, TypeError, AttributeError, KeyError, RecursionError):
        # Damage is judged by the parser that has to read the pages.
        return source


def _modified_at(pdf) -> dt.datetime | None:
    """The /ModDate of the document information dictionary, in UTC."""
    try:
        info = pdf.trailer.get("/Info")
        stamp = info.get("/ModDate") if info is not None else None
        return pdf_date(str(stamp)) if stamp is not None else None
    except Exception:  # noqa: BLE001 - a broken /Info says nothing about the pages
        return None


_PDF_DATE = re.compile(r"^\s*(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])\s*(\d{2})?'?\s*(\d{2})?'?)?")


def pdf_date(text: str) -> dt.datetime | None:
    """A PDF date string ('D:20240315143000+01'00'', 'D:2024', with or
    without its prefix and apostrophes) as a naive UTC datetime; None when it
    is no date."""
    m = _PDF_DATE.match(text or "")
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) if g else d for g, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0)))
    try:
        stamp = dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    sign, hours, minutes = m.group(7), int(m.group(8) or 0), int(m.group(9) or 0)
    if sign in ("+", "-") and hours <= 23 and minutes <= 59:
        offset = dt.timedelta(hours=hours, minutes=minutes)
        stamp = stamp - offset if sign == "+" else stamp + offset
    return stamp


# what qpdf says when a file's cross-reference table could not be used as it is
_XREF_WARNINGS = re.compile(r"xref|cross-reference|reconstruct|file is damaged|startxref", re.IGNORECASE)


def _xref_notes(pdf, data: bytes) -> tuple[str, ...]:
    """A problem to record when the cross-reference table (the index of the
    file's objects) is broken: qpdf had to rebuild it by scanning the file, or
    a row of it points where no such object begins. PDFium reads such a file
    by scanning too, so it loads; what was read may not be what the publisher
    meant, and a reader of the record should know."""
    try:
        warnings = [str(w) for w in pdf.get_warnings()]
    except Exception:  # noqa: BLE001
        warnings = []
    if not any(_XREF_WARNINGS.search(w) for w in warnings) and not _xref_rows_point_nowhere(data):
        return ()
    return ("the PDF's cross-reference table is broken; its objects were found by scanning the file, so a page "
            "may be missing or out of place: compare with the original, or repair it (qpdf in.pdf out.pdf) "
            "and ingest the repaired copy",)


_XREF_SECTION = re.compile(rb"(?:^|[\r\n])xref[ \t]*\r?\n")
_XREF_SUBSECTION = re.compile(rb"[ \t]*(\d+)[ \t]+(\d+)[ \t]*\r?\n")
_XREF_ROW = re.compile(rb"(\d{10})[ \t](\d{5})[ \t]([nf])[ \t\r\n]{0,2}")
_OBJECT_AT = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")


def _xref_rows_point_nowhere(data: bytes) -> bool:
    """Whether a row of a classic cross-reference table gives an offset at
    which its object does not begin (cheap: no object is parsed)."""
    for section in _XREF_SECTION.finditer(data):
        at = section.end()
        while (sub := _XREF_SUBSECTION.match(data, at)) is not None:
            number, count = int(sub.group(1)), int(sub.group(2))
            at = sub.end()
            for k in range(count):
                row = _XREF_ROW.match(data, at)
                if row is None:
                    return True  # a table cut short or overwritten
                at = row.end()
                if row.group(3) == b"n" and int(row.group(1)):  # offset 0: a common slip readers treat as a free row
                    found = _OBJECT_AT.match(data, int(row.group(1)))
                    if found is None or int(found.group(1)) != number + k:
                        return True
    return False


@dataclass
class PageTree:
    """The leaves of a PDF's page tree, each distinct page once, in reading order."""

    leaves: list = field(default_factory=list)  # (page dictionary, inherited attributes)
    declared: int | None = None  # the root's /Count
    loops: int = 0  # nodes reached a second time (a tree that contains itself)
    repeats: int = 0  # pages reached a second time

    @property
    def regular(self) -> bool:
        return not self.loops and not self.repeats

    @property
    def declared_empty(self) -> bool:
        return self.declared == 0

    def note(self) -> str:
        what = "contains itself" if self.loops else "lists the same page more than once"
        return (f"the PDF's page tree {what}; each of its {len(self.leaves)} distinct pages was read once "
                f"(it claims {self.declared} pages)")


_INHERITED = ("Resources", "MediaBox", "CropBox", "Rotate")
_MAX_TREE_NODES = 1_000_000


def page_tree(pdf) -> PageTree | None:
    """Walk /Root /Pages depth-first with a set of visited objects, as a
    reader that refuses loops would (pdfminer does; PDFium reads a page of a
    looping tree more than once). None when there is no tree to walk."""
    import pikepdf

    root = pdf.Root.get("/Pages")
    if not isinstance(root, pikepdf.Dictionary):
        return None
    count = root.get("/Count")
    tree = PageTree(declared=int(count) if _is_int(count) else None)
    seen: set[tuple[int, int]] = set()
    stack = [(root, {})]
    steps = 0
    while stack:
        node, inherited = stack.pop()
        steps += 1
        if steps > _MAX_TREE_NODES:
            return None
        key = node.objgen if node.is_indirect else (0, id(node))
        is_page = node.get("/Type") == pikepdf.Name.Page or (
            "/Kids" not in node and node.get("/Type") != pikepdf.Name.Pages)
        if key in seen:
            if is_page:
                tree.repeats += 1
            else:
                tree.loops += 1
            continue
        seen.add(key)
        if is_page:
            tree.leaves.append((node, inherited))
            continue
        here = dict(inherited)
        for name in _INHERITED:
            if f"/{name}" in node:
                here[name] = node[f"/{name}"]
        kids = node.get("/Kids")
        if not isinstance(kids, pikepdf.Array):
            continue
        for kid in reversed(list(kids)):
            if isinstance(kid, pikepdf.Dictionary):
                stack.append((kid, here))
    return tree


def _is_int(value) -> bool:
    try:
        int(value)
    except (TypeError, ValueError):
        return False
    return True


def mend_page_tree(pdf, tree: PageTree) -> bytes:
    """The PDF with its page tree replaced by one flat node holding each
    distinct page once (inherited attributes copied onto the pages), in
    memory: the file itself is never touched."""
    import pikepdf

    flat = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Pages, Kids=pikepdf.Array(), Count=len(tree.leaves)))
    for page, inherited in tree.leaves:
        for name, value in inherited.items():
            if f"/{name}" not in page:
                page[f"/{name}"] = value
        page.Parent = flat
        flat.Kids.append(page)
    pdf.Root.Pages = flat
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


class PdfplumberBackend:
    """pdfplumber (pdfminer.six) characters. The reference backend."""

    name = "pdfplumber"

    def pages(self, pdf_in: PdfInput) -> Iterator[RawPage]:
        import pdfplumber
        from pdfplumber.utils.exceptions import PdfminerException

        path = pdf_in.path if isinstance(pdf_in, Source) else pdf_in
        opened = pdf_bytes(pdf_in)
        try:
            pdf = pdfplumber.open(io.BytesIO(opened) if isinstance(opened, bytes) else opened)
        except PdfminerException as exc:
            raise _parser_error(path, exc) from None
        with pdf:
            try:
                page_list = pdf.pages
            except Exception as exc:  # pdfminer raises many kinds on a broken page tree
                raise _parser_error(path, exc) from None
            for index, page in enumerate(page_list):
                try:
                    chars = [
                        Char(
                            text=char_text(c["text"]),
                            x0=float(c["x0"]),
                            x1=float(c["x1"]),
                            top=float(c["top"]),
                            bottom=float(c["bottom"]),
                            size=float(c.get("size") or 0.0),
                            bold=is_bold(c.get("fontname") or ""),
                        )
                        for c in page.chars
                        if c.get("upright", True)
                    ]
                    blank = not chars and not any(page.objects.get(k) for k in ("char", "rect", "line", "curve", "image"))
                    raw = RawPage(index + 1, float(page.width), float(page.height), chars, blank=blank)
                except Exception as exc:
                    raise _parser_error(path, exc, page_no=index + 1) from None
                finally:
                    page.close()
                yield raw


def _parser_error(path: Path, exc: Exception, page_no: int | None = None) -> ExtractionError:
    chain, cause = [exc], exc.__cause__ or exc.__context__
    while cause is not None:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(isinstance(e, MemoryError) or "unable to allocate" in str(e).lower() for e in chain):
        # not damage: the caller's memory cap (extractors.reading.guard) says what it is
        raise MemoryError(f"{path}: {exc}") from exc
    names = {cls.__name__ for cls in type(exc).__mro__}
    cause = exc.__cause__ or exc.__context__
    while cause is not None:
        names |= {cls.__name__ for cls in type(cause).__mro__}
        cause = cause.__cause__ or cause.__context__
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"}:
        return ExtractionError(
            ErrorCode.ENCRYPTED,
            f"{path} is encrypted in a way that cannot be opened without a password; "
            "ask the publisher for an unprotected copy.",
        )
    where = f" on page {page_no}" if page_no else ""
    return ExtractionError(
        ErrorCode.DAMAGED,
        f"{path} is damaged{where} ({type(exc).__name__}: {str(exc)[:120] or 'no detail'}); "
        "download it again, or repair it (qpdf in.pdf out.pdf) and ingest the repaired copy.",
    )


def repaired_copy(source: Source) -> Source | None:
    """A damaged PDF rewritten by qpdf (through pikepdf), in memory (nothing
    is written to disk, so a killed run leaves no copy behind); None when qpdf
    cannot read it either, or when the file is cut short (no %%EOF at its
    end): a truncated download is fetched again, not half loaded."""
    import pikepdf

    if b"%%EOF" not in source.data[-2048:]:
        return None
    out = io.BytesIO()
    try:
        with pikepdf.open(io.BytesIO(source.data)) as pdf:
            pdf.save(out)
    except (pikepdf.PdfError, OSError, RuntimeError, ValueError):
        return None
    return replace(source, data=out.getvalue())


class PdfiumBackend:
    """pypdfium2 (PDFium, C++) glyphs with their boxes, sizes and fonts, as
    columns (`extractors.reading.layout.Glyphs`): the same glyphs as the pdfplumber
    backend gives, read about 17 times faster (`paragraf bench`).

    PDFium's own word guessing is not used: the spaces it generates are
    dropped, so words, lines and columns come from the glyph boxes by the same
    rules as with pdfplumber (tests/test_backends.py checks they agree on
    every corpus PDF). Per glyph only two C calls are made (its loose box,
    which like pdfminer's spans the font's ascent to descent, and its text
    object), in C when `extractors/_glyphs.c` is compiled; text comes for the
    whole page in one call, and font, size and orientation once per text
    object (extractors/reading/pdfium_glyphs.py)."""

    name = "pdfium"

    def __init__(self) -> None:
        self.notes: list[str] = []  # what a reader of the record should know (pages left out)

    def pages(self, pdf_in: PdfInput) -> Iterator[RawPage]:
        import pypdfium2

        path = pdf_in.path if isinstance(pdf_in, Source) else pdf_in
        try:
            pdf = pypdfium2.PdfDocument(pdf_bytes(pdf_in))
        except pypdfium2.PdfiumError as exc:
            raise _pdfium_error(path, exc) from None
        try:
            count = len(pdf)
            for index in range(count):
                try:
                    page = pdf[index]
                except pypdfium2.PdfiumError as exc:
                    if index and not _any_page_loads(pdf, index + 1, count):
                        # the page tree holds fewer pages than its /Count (or loops)
                        self.notes.append(f"the PDF claims {count} pages; only {index} could be found in its page tree")
                        return
                    raise _pdfium_error(path, exc, page_no=index + 1) from None
                try:
                    width, height = page.get_size()
                    textpage = page.get_textpage()
                    try:
                        chars = _pdfium().page_chars(textpage, height)
                    finally:
                        textpage.close()
                    blank = not len(chars) and not has_ink(page)
                except pypdfium2.PdfiumError as exc:
                    raise _pdfium_error(path, exc, page_no=index + 1) from None
                finally:
                    page.close()
                yield RawPage(index + 1, float(width), float(height), chars, blank=blank)
        finally:
            pdf.close()


INK_DPI = 72  # enough for a stroke of 10-point text to reach a whole pixel
INK_LEVEL = 224  # a pixel darker than this (of 255) is ink; paper, and white boxes drawn on it, are not


def has_ink(page) -> bool:
    """Whether a PDFium page with no glyphs puts anything visible on the
    paper: no page object at all (an empty content stream) is no ink, in
    microseconds; otherwise the page rendered small, in a few milliseconds,
    has a pixel darker than light grey. A blank page never goes to OCR (2 000
    of them cost OCR about ten minutes); a scan of text, or of a faint page,
    has ink."""
    import pypdfium2.raw as pdfium_c

    if pdfium_c.FPDFPage_CountObjects(page.raw) == 0:
        return False
    bitmap = page.render(scale=INK_DPI / 72, grayscale=True)
    try:
        return int(bitmap.to_numpy().min()) < INK_LEVEL
    finally:
        bitmap.close()


def _pdfium():
    from extractors.reading import pdfium_glyphs

    return pdfium_glyphs


def _any_page_loads(pdf, start: int, count: int) -> bool:
    for index in range(start, count):
        try:
            pdf[index].close()
            return True
        except Exception:  # noqa: BLE001 - PdfiumError: not a page
            continue
    return False


def _pdfium_error(path: Path, exc: Exception, page_no: int | None = None) -> ExtractionError:
    text = str(exc).lower()
    if "password" in text or "security" in text:
        return ExtractionError(
            ErrorCode.ENCRYPTED,
            f"{path} is encrypted in a way that cannot be opened without a password; "
            "ask the publisher for an unprotected copy.",
        )
    return _parser_error(path, exc, page_no)


def render_page(pdf_in: PdfInput, page_no: int, dpi: int):
    """One page as a greyscale PIL image, for OCR (pypdfium2: fast, no shell)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(pdf_bytes(pdf_in))
    try:
        page = pdf[page_no - 1]
        try:
            return page.render(scale=dpi / 72, grayscale=True).to_pil()
        finally:
            page.close()
    finally:
        pdf.close()


BACKENDS: dict[str, type] = {"pdfium": PdfiumBackend, "pdfplumber": PdfplumberBackend}
# Chosen by measurement (`paragraf bench`, README "Speed"): identical records, many times the pages per second.
DEFAULT_BACKEND = "pdfium"
REFERENCE_BACKEND = "pdfplumber"  # pure Python: fails with an exception where C++ would end the process


def get_backend(name: str = DEFAULT_BACKEND) -> PdfBackend:
    try:
        return BACKENDS[name]()
    except KeyError:
        raise ValueError(f"unknown backend {name!r}; choose one of {', '.join(sorted(BACKENDS))}") from None
