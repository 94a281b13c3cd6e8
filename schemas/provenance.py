"""Where a record stands in its PDF: a page and a box on it.

Boxes are in PDF points with the origin at the top left of the page (x to the
right, y downwards), as pdfplumber and docling give them and as extraction
reads words (`schemas.document.Box`); an OCRed page's boxes are converted from
the scan's pixels to the page's points. A box is the union of the words as
written: a field's box on a page is the union of that field's lines there, an
amount's or a mention's box the part of its words that holds the surface
(cut inside a word, such as 'LOSUS' of 'LOSUS-avtalet', in proportion to
typical glyph widths). A record whose text is not printed anywhere (a name resolved
from a role word, a title made up from the number) has no box (None).
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from schemas.compact import CompactModel

FIELDS = ("title", "summary", "proposal", "decision", "motions", "procedure", "dissent")


class Region(CompactModel):
    """A box on one page: PDF points, origin top-left."""

    model_config = ConfigDict(frozen=True)

    page_no: int = Field(ge=1)
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: "Region") -> "Region":
        """Both boxes in one (the same page)."""
        return Region(
            page_no=self.page_no, x0=min(self.x0, other.x0), top=min(self.top, other.top),
            x1=max(self.x1, other.x1), bottom=max(self.bottom, other.bottom),
        )


class FieldRegion(Region):
    """The union box of one field's lines of an item on one page."""

    field: str
