"""Glyphs as a backend hands them on: a page's characters as columns of
text, boxes, size and weight, and the two facts a backend reads off a glyph's
font — whether it is bold, and what its text is when the font maps it to no
Unicode. Both backends (`backends`, `pdfium_glyphs`) and OCR produce these."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from schemas.document import Char

# Glyphs that a PDF font maps to no Unicode come out of pdfminer as "(cid:N)".
# These codes are the bullets of the WinAnsi/Symbol encodings that word
# processors use for lists; anything else unmapped becomes U+FFFD so a text
# quality check can see it.
_BULLET_CIDS = {"(cid:127)", "(cid:149)", "(cid:183)", "(cid:108)"}
_CID = re.compile(r"^\(cid:\d+\)$")
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)


@dataclass(slots=True)
class Glyphs:
    """A page's glyphs as columns (PDF points, origin top-left): what a
    backend hands to `glyphs_to_lines`. Columns rather than one object per
    glyph because a dense page has 2 000 glyphs and every step below is a
    whole-column operation; the pdfium backend fills them without building a
    Python object per glyph."""

    text: list[str]
    x0: np.ndarray
    x1: np.ndarray
    top: np.ndarray
    bottom: np.ndarray
    size: np.ndarray
    bold: np.ndarray

    def __len__(self) -> int:
        return len(self.text)

    @classmethod
    def from_chars(cls, chars: Sequence[Char]) -> "Glyphs":
        if not chars:
            empty = np.empty(0)
            return cls([], empty, empty, empty, empty, empty, np.empty(0, bool))
        text, x0, x1, top, bottom, size, bold = zip(*chars)
        return cls(list(text), np.array(x0, float), np.array(x1, float), np.array(top, float),
                   np.array(bottom, float), np.array(size, float), np.array(bold, bool))


def is_bold(font_name: str) -> bool:
    return bool(_BOLD.search(font_name))


def char_text(raw: str) -> str:
    if raw in _BULLET_CIDS:
        return "•"
    if _CID.match(raw):
        return "\ufffd"
    return raw
