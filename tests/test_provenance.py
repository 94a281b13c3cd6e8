"""Provenance to the box: every item heading, title, field, presenter,
participant, amount, agreement mention and item date of the sample corpora
records a page and a box, and the text printed inside that box is the text
stored (issue 14, point 2).

'Inside the box' is read from the PDF itself, not from paragraf's words: the
glyphs whose centre lies in the box, by pdfplumber (`Page.filter`, then
`extract_text`) or by pypdfium2 (`get_text_bounded`, with the box shrunk to the
glyphs' centres), whichever backend read the document; on an OCRed page
(no text layer) the OCR words whose centre lies in the box. Both sides are
compared by their keys (`extractors.provenance.keys`: no whitespace, no
hyphens or bullets, lower case — what the stored text's normalisation leaves
alone). A surface that wraps onto the next line has the union of its two
parts as its box, which holds the surface between the end of one line and the
start of the next: for those, the box's text must contain the surface.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from extractors.document import extract_document
from extractors.provenance import Locator, keys, lines_regions
from extractors.blocks import Placed
from schemas.document import DocumentRecord, Line, TextSource, Word
from schemas.provenance import FIELDS, Region

REPO = Path(__file__).resolve().parent.parent
CORPORA = sorted((REPO / "corpus").glob("*.pdf")) + sorted((REPO / "corpus-varied").glob("*.pdf"))


def _centre_in(box: Region, x0: float, top: float, x1: float, bottom: float) -> bool:
    cx, cy = (x0 + x1) / 2, (top + bottom) / 2
    return box.x0 <= cx <= box.x1 and box.top <= cy <= box.bottom


class _PdfText:
    """The text inside a box on a page, as one backend reads the PDF."""

    def __init__(self, path: Path, backend: str):
        self.path, self.backend = path, backend
        if backend == "pdfplumber":
            import pdfplumber

            self.doc = pdfplumber.open(path)
        else:
            import pypdfium2

            self.doc = pypdfium2.PdfDocument(path)
        self.text_pages: dict = {}

    def inside(self, box: Region) -> str:
        if self.backend == "pdfplumber":
            page = self.doc.pages[box.page_no - 1]
            chars = page.filter(lambda o: o.get("object_type") == "char" and _centre_in(box, o["x0"], o["top"], o["x1"], o["bottom"]))
            return chars.extract_text()
        if box.page_no not in self.text_pages:
            self.text_pages[box.page_no] = _pdfium_chars(self.doc[box.page_no - 1])
        chars = [c for c in self.text_pages[box.page_no] if _centre_in(box, *c[1:])]
        return _in_lines(chars)

    def close(self) -> None:
        self.doc.close()


def _pdfium_chars(page) -> list[tuple[str, float, float, float, float]]:
    """Each glyph of the page with its box (pypdfium2's own, turned to origin top-left)."""
    height = page.get_height()
    text = page.get_textpage()
    out = []
    for i in range(text.count_chars()):
        left, bottom, right, top = text.get_charbox(i, loose=True)
        out.append((text.get_text_range(i, 1), left, height - top, right, height - bottom))
    return out


def _in_lines(chars: list[tuple[str, float, float, float, float]]) -> str:
    """Glyphs in reading order: by line (tops within half a glyph), then left to right."""
    rows: list[list] = []
    for c in sorted(chars, key=lambda c: (c[2] + c[4]) / 2):
        if rows and abs((c[2] + c[4]) / 2 - rows[-1][0]) <= (c[4] - c[2]) / 2:
            rows[-1][1].append(c)
        else:
            rows.append([(c[2] + c[4]) / 2, [c]])
    return "\n".join("".join(c[0] for c in sorted(row, key=lambda c: c[1])) for _, row in rows)


def _ocr_text(record: DocumentRecord, box: Region) -> str:
    """The OCR words' glyphs whose centre lies in the box (OCR spaces a word's glyphs evenly)."""
    page = record.pages[box.page_no - 1]
    chars = []
    for line in [*page.lines, *page.margin_lines]:
        for w in line.words:
            step = (w.x1 - w.x0) / max(len(w.text), 1)
            chars += [(c, w.x0 + k * step, w.top, w.x0 + (k + 1) * step, w.bottom) for k, c in enumerate(w.text)]
    return _in_lines([c for c in chars if _centre_in(box, *c[1:])])


@dataclass
class Checked:
    """What was compared, and what disagreed."""

    compared: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)  # no box
    wrong: list[str] = field(default_factory=list)

    def count(self, what: str, table: dict) -> None:
        table[what] = table.get(what, 0) + 1


def check_record(record: DocumentRecord, path: Path, backend: str) -> Checked:
    out = Checked()
    pdf = _PdfText(path, backend)
    ocr_pages = {p.page_no for p in record.pages if p.text_source is TextSource.OCR}

    def inside(box: Region) -> str:
        return _ocr_text(record, box) if box.page_no in ocr_pages else pdf.inside(box)

    def compare(what: str, surface: str, box: Region | None) -> None:
        if box is None:
            out.count(what, out.missing)
            return
        out.count(what, out.compared)
        found, wanted = keys(inside(box)), keys(surface)
        wraps = _wraps(record, box)
        if found != wanted and not (wraps and wanted in found):
            out.wrong.append(f"{path.name} p{box.page_no} {what}: stored {surface!r}, in its box {inside(box)!r}")

    try:
        for person in record.participants:
            compare("participant", person.name, person.box)
        for item in record.items:
            _heading(out, item, item.box and inside(item.box), path, record)
            for name, box in zip(item.presenters, item.presenter_boxes, strict=True):
                compare("presenter", name, box)
            for name in FIELDS:
                text = item.title if name == "title" else getattr(item, name)
                boxes = [b for b in item.field_boxes if b.field == name]
                if text is None:
                    assert not boxes, f"{path.name} item {item.number}: a {name} box without a {name}"
                    continue
                if not boxes:
                    out.count(f"field {name}", out.missing)
                    continue
                out.count(f"field {name}", out.compared)
                found = "".join(keys(inside(b)) for b in sorted(boxes, key=lambda b: b.page_no))
                if keys(text) not in found:
                    out.wrong.append(f"{path.name} item {item.number} {name}: stored {text[:80]!r}, in its boxes {found[:120]!r}")
        for amount in record.amounts:
            compare("amount", amount.raw, amount.box)
            assert amount.box is None or amount.box.page_no == amount.page_no
        for mention in record.agreement_mentions:
            compare("agreement mention", mention.surface, mention.box)
            assert mention.box is None or mention.box.page_no == mention.page_no
        for date in record.item_dates:
            compare("item date", date.raw, date.box)
    finally:
        pdf.close()
    return out


def _heading(out: Checked, item, found: str | None, path: Path, record: DocumentRecord) -> None:
    """The heading box holds the title, and before it at most the label (or the number)."""
    if found is None:
        out.count("item heading", out.missing)
        return
    out.count("item heading", out.compared)
    found, title = keys(found), keys(item.title)
    label = keys(item.label or str(item.number))
    if _wraps(record, item.box) and title in found:
        return  # a title over two lines: the union of its lines holds it
    if not found.endswith(title) or (found[: -len(title)] and label not in found[: -len(title)]) or len(found) - len(title) > len(label) + 2:
        out.wrong.append(f"{path.name} p{item.box.page_no} heading of item {item.number}: stored {item.label!r} {item.title!r}, in its box {found!r}")


def _wraps(record: DocumentRecord, box: Region) -> bool:
    return box.bottom - box.top > 1.8 * _line_height(record, box)


def _line_height(record: DocumentRecord, box: Region) -> float:
    page = record.pages[box.page_no - 1]
    heights = sorted(w.bottom - w.top for ln in page.lines for w in ln.words if w.top >= box.top - 1 and w.bottom <= box.bottom + 1)
    return heights[len(heights) // 2] if heights else box.bottom - box.top
