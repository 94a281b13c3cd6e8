"""OCR for pages without a usable text layer: Tesseract's Swedish model.

A page is OCRed when it has no characters, or when its text layer is garbage —
a broken font map that prints 'ledam|ter' for 'ledamöter' and 'Br{cke' for
'Bräcke' (ISO 646 substitutes where Swedish letters should be), or mostly
unmapped glyphs. Tesseract runs as a program (no shell, one thread: one
process per core is the parallelism), and its words come back as boxes in PDF
points, so the layout and structure rules read an OCRed page like any other.

Tesseract rather than ocrmypdf: paragraf needs word boxes for one page at a
time inside its own worker, not a new PDF; the command-line program with a TSV
result gives exactly that and nothing to install beyond tesseract-ocr-swe.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path

from extractors import rules
from extractors.layout import Glyphs
from schemas.document import Char

DPI = int(os.environ.get("PARAGRAF_OCR_DPI", "300"))
LANGUAGE = os.environ.get("PARAGRAF_OCR_LANG", "swe")
TIMEOUT_SECONDS = int(os.environ.get("PARAGRAF_OCR_TIMEOUT", "120"))
MIN_CONFIDENCE = 30  # Tesseract's word confidence (0-100): below this, noise…
# …unless it looks like a word or a § number: a bold '§2' can come back as '82' at 5, '£8' at 0.
_WORDLIKE = re.compile(r"[\w§&$£]+")
LINE_HEIGHT_EM = 1.15  # a text line's box height, in units of its font size


class OcrUnavailable(RuntimeError):
    """Tesseract or its Swedish model is missing."""


@cache
def _quality_rules():
    return {r.id: r for r in rules.rules("layout") if r.id.startswith("quality.")}


def needs_ocr(chars: "list[Char] | Glyphs") -> bool:
    """No text layer, or one whose text cannot be Swedish as printed."""
    if not len(chars):
        return True
    text = "".join(chars.text if isinstance(chars, Glyphs) else [c.text for c in chars])
    letters = sum(map(str.isalpha, text))
    if letters < 20:
        return False  # a page with a figure and a caption: too little to judge
    if text.count("\ufffd") > 0.2 * len(text):
        return True
    found = _quality_rules()
    substitutes = len(found["quality.iso646"].pattern.findall(text))
    swedish = len(found["quality.swedish_letters"].pattern.findall(text))
    return substitutes >= 3 and substitutes > swedish


@cache
def available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return LANGUAGE in listed.stdout.split()


def page_chars(image, width: float, height: float) -> list[Char]:
    """Words Tesseract reads on a page image, as glyph boxes in PDF points:
    each word's box shared evenly by its letters, a space between the words
    of a line, the size from the line's height."""
    if not available():
        raise OcrUnavailable(
            f"tesseract with the '{LANGUAGE}' model is not installed; run scripts/install "
            "(apt-get install tesseract-ocr tesseract-ocr-swe)."
        )
    scale_x, scale_y = width / image.width, height / image.height
    with tempfile.TemporaryDirectory(prefix="paragraf-ocr-") as folder:
        png = Path(folder) / "page.png"
        image.save(png)
        result = subprocess.run(
            ["tesseract", str(png), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"],
            capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )
    if result.returncode != 0:
        raise RuntimeError(f"tesseract failed: {result.stderr.strip()[:200]}")
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t", quoting=csv.QUOTE_NONE))
    line_heights: dict[tuple[str, str, str], float] = {}
    for row in rows:
        if row["level"] == "4":
            line_heights[(row["block_num"], row["par_num"], row["line_num"])] = float(row["height"]) * scale_y
    chars: list[Char] = []
    previous: tuple[tuple[str, str, str], Char] | None = None
    for row in rows:
        text = (row.get("text") or "").strip()
        if row["level"] != "5" or not text or float(row["conf"]) < 0:
            continue
        if float(row["conf"]) < MIN_CONFIDENCE and not _WORDLIKE.fullmatch(text):
            continue
        line = (row["block_num"], row["par_num"], row["line_num"])
        left, top = float(row["left"]) * scale_x, float(row["top"]) * scale_y
        right, bottom = left + float(row["width"]) * scale_x, top + float(row["height"]) * scale_y
        size = max(line_heights.get(line, bottom - top) / LINE_HEIGHT_EM, 4.0)
        if previous is not None and previous[0] == line and previous[1].x1 < left:
            last = previous[1]
            chars.append(Char(" ", last.x1, left, last.top, last.bottom, size))
        # letters share the word's box evenly, as a text layer would give them
        step = (right - left) / len(text)
        for k, letter in enumerate(text):
            chars.append(Char(letter, left + k * step, left + (k + 1) * step, top, bottom, size))
        previous = (line, chars[-1])
    return chars
