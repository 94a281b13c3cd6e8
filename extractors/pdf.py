"""PDF backends: the only place that talks to a PDF library about glyphs.

A backend turns a file into `RawPage`s (size plus the characters with their
boxes), one page at a time, releasing each page before the next, so memory does
not grow with document length. Everything after this module works on `Char`s
and never imports a PDF library, so OCR or a faster parser can stand behind the
same interface without touching the rules.
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Protocol

from schemas.document import Char, ErrorCode, TextSource

# Glyphs that a PDF font maps to no Unicode come out of pdfminer as "(cid:N)".
# These codes are the bullets of the WinAnsi/Symbol encodings that word
# processors use for lists; anything else unmapped becomes U+FFFD so a text
# quality check can see it.
_BULLET_CIDS = {"(cid:127)", "(cid:149)", "(cid:183)", "(cid:108)"}
_CID = re.compile(r"^\(cid:\d+\)$")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)

MAX_FILE_BYTES = int(os.environ.get("PARAGRAF_MAX_FILE_BYTES", 512 * 1024 * 1024))


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
    chars: "list[Char] | Glyphs"  # pdfium fills columns (extractors.layout.Glyphs) directly
    source: TextSource = TextSource.TEXT  # OCR when the chars came from Tesseract


class PdfBackend(Protocol):
    name: str

    def pages(self, path: Path) -> Iterator[RawPage]:
        """Yield every page in order; raise ExtractionError for an unreadable file."""
        ...


def probe(path: Path) -> None:
    """Cheap checks before any parser runs: empty, too large, not a PDF at all,
    locked with a password. Raises ExtractionError; returns None for a file
    worth parsing."""
    size = path.stat().st_size
    if size == 0:
        raise ExtractionError(
            ErrorCode.EMPTY,
            f"{path} is empty (0 bytes); the download or copy probably failed — fetch the file again.",
        )
    if size > MAX_FILE_BYTES:
        raise ExtractionError(
            ErrorCode.TOO_LARGE,
            f"{path} is {size / 2**20:.0f} MiB, above the limit of {MAX_FILE_BYTES / 2**20:.0f} MiB; "
            "raise PARAGRAF_MAX_FILE_BYTES if it is a real meeting document.",
        )
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        raise ExtractionError(ErrorCode.NOT_A_PDF, f"{path} is not a PDF ({_describe(head)}); "
                              "replace it with the PDF itself or remove it from the folder.")
    _check_encryption(path)


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


def _check_encryption(path: Path) -> None:
    import pikepdf

    try:
        with pikepdf.open(path):
            return
    except pikepdf.PasswordError:
        raise ExtractionError(
            ErrorCode.ENCRYPTED,
            f"{path} is protected by a password; ask the publisher for an unprotected copy, "
            "or remove the password (qpdf --decrypt --password=… in out) and ingest that.",
        ) from None
    except pikepdf.PdfError:
        # Damage is judged by the parser that has to read the pages.
        return


def is_bold(font_name: str) -> bool:
    return bool(_BOLD.search(font_name))


def char_text(raw: str) -> str:
    if raw in _BULLET_CIDS:
        return "•"
    if _CID.match(raw):
        return "\ufffd"
    return raw


class PdfplumberBackend:
    """pdfplumber (pdfminer.six) characters. The reference backend."""

    name = "pdfplumber"

    def pages(self, path: Path) -> Iterator[RawPage]:
        import pdfplumber
        from pdfplumber.utils.exceptions import PdfminerException

        try:
            pdf = pdfplumber.open(path)
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
                    raw = RawPage(index + 1, float(page.width), float(page.height), chars)
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
        # not damage: the caller's memory cap (extractors.guard) says what it is
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


@contextmanager
def repaired_copy(path: Path) -> Iterator[Path | None]:
    """A copy of a damaged PDF rewritten by qpdf (through pikepdf), in a
    temporary folder removed afterwards; None when qpdf cannot read it either,
    or when the file is cut short (no %%EOF at its end): a truncated download
    is fetched again, not half loaded."""
    import pikepdf

    with open(path, "rb") as handle:
        handle.seek(max(0, path.stat().st_size - 2048))
        if b"%%EOF" not in handle.read():
            yield None
            return

    with tempfile.TemporaryDirectory(prefix="paragraf-repair-") as folder:
        copy = Path(folder) / "repaired.pdf"
        try:
            with pikepdf.open(path) as pdf:
                pdf.save(copy)
        except (pikepdf.PdfError, OSError, RuntimeError):
            yield None
            return
        yield copy


class PdfiumBackend:
    """pypdfium2 (PDFium, C++) glyphs with their boxes, sizes and fonts, as
    columns (`extractors.layout.Glyphs`): the same glyphs as the pdfplumber
    backend gives, read about 17 times faster (`paragraf bench`).

    PDFium's own word guessing is not used: the spaces it generates are
    dropped, so words, lines and columns come from the glyph boxes by the same
    rules as with pdfplumber (tests/test_backends.py checks they agree on
    every corpus PDF). Per glyph only two C calls are made (its loose box,
    which like pdfminer's spans the font's ascent to descent, and its text
    object), in C when `extractors/_glyphs.c` is compiled; text comes for the
    whole page in one call, and font, size and orientation once per text
    object (extractors/pdfium_chars.py)."""

    name = "pdfium"

    def __init__(self) -> None:
        self.notes: list[str] = []  # what a reader of the record should know (pages left out)

    def pages(self, path: Path) -> Iterator[RawPage]:
        import pypdfium2

        try:
            pdf = pypdfium2.PdfDocument(str(path))
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
                except pypdfium2.PdfiumError as exc:
                    raise _pdfium_error(path, exc, page_no=index + 1) from None
                finally:
                    page.close()
                yield RawPage(index + 1, float(width), float(height), chars)
        finally:
            pdf.close()


def _pdfium():
    from extractors import pdfium_chars

    return pdfium_chars


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


def render_page(path: Path, page_no: int, dpi: int):
    """One page as a greyscale PIL image, for OCR (pypdfium2: fast, no shell)."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
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
