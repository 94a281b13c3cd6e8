"""Small PDFs the tests render themselves, placed word by word so a test can
build exactly the layout it is about (fpdf2, core Helvetica: Latin-1, so
Swedish letters work)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF


@dataclass(frozen=True)
class Text:
    x: float  # points from the left edge
    y: float  # points from the top edge (baseline)
    text: str
    size: float = 10.0
    bold: bool = False
    spacing: float = 0.0  # extra points between letters (letter-spaced titles)


def render(path: Path, pages: list[list[Text]]) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"  # en dash, curly quotes
    for page in pages:
        pdf.add_page()
        for t in page:
            pdf.set_font("Helvetica", "B" if t.bold else "", t.size)
            pdf.set_char_spacing(t.spacing)
            pdf.text(t.x, t.y, t.text)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def meeting_pages(
    title: str,
    organ: str,
    header_lines: list[str],
    body_pages: list[list[str]],
    running_header: str | None = None,
    stamp: str | None = "Sida {n} av {total}",
    title_spacing: float = 0.0,
) -> list[list[Text]]:
    """A meeting document: a title block on page 1, body lines, an optional
    running header on every page and a page stamp in the footer."""
    total = len(body_pages)
    pages = []
    for n, body in enumerate(body_pages, start=1):
        items: list[Text] = []
        y = 40.0
        if running_header:
            items.append(Text(60, 30, running_header, 8))
            y = 60.0
        if n == 1:
            items.append(Text(60, y + 20, title, 16, True, title_spacing))
            items.append(Text(60, y + 40, organ, 12))
            y += 60
            for line in header_lines:
                y += 15
                items.append(Text(60, y, line, 10))
        y = max(y + 30, 140)
        for line in body:
            items.append(Text(60, y, line, 10))
            y += 14
        if stamp:
            items.append(Text(270, 815, stamp.format(n=n, total=total), 8))
        pages.append(items)
    return pages


class Sheet:
    """Lines placed top to bottom; a cell is (x, text) or (x, text, bold).
    A page that fills up goes on on a new one; `header` is printed small at
    the top of every page (a running header), and `new_page(header=…)` adds
    one more line under it on that page alone."""

    def __init__(self, header: str | None = None, top: float = 70.0) -> None:
        self.header, self.top = header, top
        self.pages: list[list[Text]] = []
        self.new_page()

    def new_page(self, header: str | None = None) -> "Sheet":
        self.pages.append([])
        self.y = self.top
        for y, text in ((40, self.header), (62, header)):
            if text:
                self.pages[-1].append(Text(60.0, y, text, 8))
        return self

    def line(self, *cells, size: float = 10.0, bold: bool = False, gap: float = 15.0) -> "Sheet":
        if self.y > 770:
            self.new_page()
        for cell in cells:
            x, text, *style = cell
            self.pages[-1].append(Text(x, self.y, text, size, style[0] if style else bold))
        self.y += gap
        return self

    def space(self, points: float = 10.0) -> "Sheet":
        self.y += points
        return self

    def render(self, path: Path) -> Path:
        return render(path, self.pages)
