"""Clean pages → the document's content lines in reading order, each with
its page and that page's text edges: the stream every reader of structure,
procedure and entities walks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from schemas.document import Line, Page, TextSource


@dataclass(frozen=True, slots=True)
class Placed:
    """A content line and where it stands: its page, and that page's text edges."""

    page_no: int
    line: Line
    left: float  # the page's text margin
    right: float
    ocr: bool = False  # the line was read by OCR
    column: bool = False  # the line is in one of the page's columns: left and right are the column's edges

    @property
    def text(self) -> str:
        return self.line.text


def place(pages: Sequence[Page]) -> list[Placed]:
    """Every content line of the document in reading order; a line of one of
    the page's columns has that column's edges."""
    out = []
    for page in pages:
        if not page.lines:
            continue
        left = min(ln.x0 for ln in page.lines)
        right = max(ln.x1 for ln in page.lines)
        ocr = page.text_source is TextSource.OCR
        edges = [(left, right, False)] * len(page.lines)
        for start, end, column_left, column_right in page.columns:
            edges[start:end] = [(column_left, column_right, True)] * len(edges[start:end])
        out.extend(Placed(page.page_no, ln, a, b, ocr, column) for ln, (a, b, column) in zip(page.lines, edges))
    return out
