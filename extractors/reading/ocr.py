"""OCR for pages without a usable text layer: Tesseract's Swedish model.

A page is OCRed when it has no characters, or when its text layer is garbage:
a broken font map that prints 'ledam|ter' for 'ledamöter' (ISO 646
substitutes where Swedish letters should be), mostly unmapped glyphs, or
words that are not Swedish ('funktinnshndrade', 'protokojjet') — the share of
a page's words that a Swedish word list knows (`known_share`), far below a
floor or below the document's other pages (`suspect_pages`).

The page image is prepared as a scanner's would be before reading
(`prepare`): the background flattened (a grey edge, a shadow), the ink
separated by Otsu's threshold, the skew measured from the rows of ink and
turned away. Tesseract then reads it (its library in this process, kept
loaded from page to page, or else its program; one thread each: a reader's
OCR threads and one worker per core are the parallelism) in page
segmentation mode 4 (one column
of lines of varying size: it keeps a margin number on the line of its title,
where mode 3 cuts it into a block of its own and misreads '1.' as 'på'), and
its hOCR comes back as word boxes in PDF points, so layout and structure read
an OCRed page like any other:

* every word of a line shares the line's box, and the line's size is
  Tesseract's estimate of the font size (x_size), so a heading is as much
  larger than body text as it is in print;
* a word is bold when its strokes are thicker, for its size, than the page's
  usual stroke (`_stroke_width`): OCR has no font names, and § headings and
  field labels are told apart from body text by weight;
* Tesseract's Swedish model has no '§' and reads it as '$', '&', '8' or 'S'
  ('§ 78' → '$ 78', '§3' → '83'): such words are read again with the English
  model, which has the sign, and take its '§' when it sees one (`_restore_section_signs`);
* each word keeps its confidence; a page whose words are mostly unsure is
  named in a problem by the caller (`OcrPage.confidence`).

Tesseract rather than ocrmypdf: paragraf needs word boxes for one page at a
time inside its own worker, not a new PDF; Tesseract's library (or its
command-line program) with an hOCR result gives exactly that and nothing to
install beyond tesseract-ocr-swe
(and -eng, which Debian installs with it).
"""

from __future__ import annotations

import atexit
import html
import os
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass, field
from functools import cache
from typing import AbstractSet, Iterable, Sequence

import numpy as np

from extractors import rules
from extractors.reading import wordlist
from extractors.reading.glyphs import Glyphs
from extractors.reading.wordlist import WordList
from schemas.document import Char, Line

DPI = int(os.environ.get("PARAGRAF_OCR_DPI", "300"))  # the most a scanned page is read at (and a page whose text cannot be measured)
# With PARAGRAF_OCR_LEAST_DPI below DPI (200, say), a scanned page is rendered
# at that resolution first and read there when its body text's x-height is at
# least X_HEIGHT_PIXELS in it (`reading_dpi`), else at the resolution that
# gives it that x-height (at most DPI). Tesseract scales every line to its
# model's height before reading, so its reading costs about the same at any
# resolution, while rendering and preparing the page cost less than half at
# 200 dpi: 1.76 → 1.26 CPU s a page on the corpora's 78 scanned pages, the
# gold strings read as well (0.9734 → 0.9738), but the records not:
# `paragraf eval` of those 32 documents 0.846 → 0.811, 21 of them lower
# (items, titles, participants: docs/speed.md, round 9). So every page is
# still read at DPI unless asked.
LEAST_DPI = min(int(os.environ.get("PARAGRAF_OCR_LEAST_DPI", str(DPI))), DPI)
X_HEIGHT_PIXELS = float(os.environ.get("PARAGRAF_OCR_X_HEIGHT", "14"))  # Tesseract asks for about 20
MOST_X_HEIGHT = 0.15  # of an inch (11 pt type's is about 0.08): taller is no body text (a dark page's background read as ink)
LANGUAGE = os.environ.get("PARAGRAF_OCR_LANG", "swe")
SIGN_LANGUAGE = "eng"  # a model that knows '§' (Tesseract's Swedish one does not)
PAGE_SEGMENTATION = os.environ.get("PARAGRAF_OCR_PSM", "4")
TIMEOUT_SECONDS = int(os.environ.get("PARAGRAF_OCR_TIMEOUT", "120"))
# A word of punctuation only ('.', '|', '=', '»«') read with less confidence
# (0-100) than this is a speck or a table rule; letters and digits are kept
# whatever Tesseract's confidence: it says 0 for '09:40' and 5 for a bold '§2'.
MIN_PUNCTUATION_CONFIDENCE = 75
MIN_DASH_CONFIDENCE = 50  # a dash between two words ('Strömsund – kommunens') is kept from this on
_HAS_TEXT = re.compile(r"[\w§]")
_BORDER = re.compile(r"[|¦]+")  # a word that is only a table's rule, read as a letter
_DASHES = frozenset("-–—")
LOW_CONFIDENCE = 60  # a page whose mean word confidence is below this is worth a look
X_HEIGHT_DENSITY = 0.4  # rows with this share of a line's densest row's ink are its x-height band
SAME_SIZE = 0.15  # OCR line sizes this close to the page's body size are body size
OTHER_X_HEIGHT = 0.2  # a line's x-height this far from the body's: sized by it (capitals in a line inflate it by up to a sixth)
BOLD_STROKE_RATIO = 1.25  # strokes this much thicker (for their size) than the page's usual: bold
MAX_SKEW_DEGREES = 5.0
RULE_ROW = 0.85  # a row of a word's or line's box this full of ink is a rule, not a letter
SIDEWAYS_RATIO = 2.0  # columns of ink this much sharper than rows: the page is printed across (seen: 8.9; upright at most 0.3)

# Text-layer quality: the share of a page's words a Swedish word list knows.
MIN_WORDS_TO_JUDGE = 25  # fewer words (a figure, a signature page): no verdict
KNOWN_SHARE_FLOOR = 0.80  # below this a text layer is not Swedish as printed (good pages: 0.83 and up)
KNOWN_SHARE_DROP = 0.20  # …or this far below the document's usual page
SANDWICH_TRUST = 0.95  # an earlier OCR's invisible text layer with fewer known words is read again (a good one: 0.97 and up)
REREAD_DPI = int(os.environ.get("PARAGRAF_OCR_REREAD_DPI", "200"))  # a born-digital page renders clean: 200 dpi reads it
LIGATURES = ("fi", "fl", "ff", "ft", "fj", "ti", "tt", "tf")  # the common ones of text fonts (Calibri has all)
LIGATURE_WORDS = 2  # different words explained by a lost ligature on one page…
LIGATURE_SHARE = 0.02  # …and at least this share of its words (good pages: at most 0.012)
MIN_COMPOUND_PART = 4  # 'löp|ände' is no compound of 'löpände'
_WORD = re.compile(r"[^\W\d_]{2,}")


class OcrUnavailable(RuntimeError):
    """Tesseract or its Swedish model is missing."""


@dataclass
class OcrPage:
    """What Tesseract read on one page: glyph boxes in PDF points, and the
    mean confidence of its words (0-100; None when it read nothing)."""

    chars: list[Char] = field(default_factory=list)
    confidence: float | None = None
    skew_degrees: float = 0.0


# ---------------------------------------------------------------- is the text layer telling the truth?


@cache
def _quality_rules():
    return {r.id: r for r in rules.rules("layout") if r.id.startswith("quality.")}


@cache
def _vocabulary() -> WordList | None:
    """Swedish words (wordfreq's large list, about 340 000 forms, held
    compactly: extractors.reading.wordlist), or None when wordfreq is not
    installed: then only the glyph checks judge."""
    return wordlist.swedish()


def all_words(words: Sequence[str]) -> bool:
    """Are all of `words` Swedish words (False without the word list)? A line
    of real words is no misreading of another ('Närvarande delägare' is not
    'Närvarande ersättare' misread)."""
    vocabulary = _vocabulary()
    return vocabulary is not None and bool(words) and bool(vocabulary.asked(list(words)).all())


def warm_up() -> None:
    """Load the word list once in the parent process (extractors.record.warm_up)."""
    _vocabulary()


def _page_text(chars: "Sequence[Char] | Glyphs") -> str:
    return "".join(chars.text if isinstance(chars, Glyphs) else [c.text for c in chars])


def known_share(text: str, fewest: int = MIN_WORDS_TO_JUDGE) -> float | None:
    """The share of the words of `text` that are Swedish: in the word list, or
    a compound of two words in it ('sammanträdes|datum', 'protokolls|utdrag').
    None when there are fewer than `fewest` words to judge or no word list."""
    return judged(text, fewest)[0]


def judged(text: str, fewest: int = MIN_WORDS_TO_JUDGE) -> tuple[float | None, bool]:
    """`known_share(text, fewest)` and `drops_ligatures(text)`, the words of
    `text` read and looked up once for both."""
    vocabulary = _vocabulary()
    words = [w.lower() for w in _WORD.findall(text)]
    if vocabulary is None or not words:
        return None, False
    known = _known(words, vocabulary)
    share = sum(w in known for w in words) / len(words) if len(words) >= max(fewest, 1) else None
    return share, _drops_ligatures(words, known, vocabulary)


def _is_known(word: str, vocabulary: "WordList | AbstractSet[str]") -> bool:
    if word in vocabulary:
        return True
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        head, tail = word[:cut], word[cut:]
        if tail in vocabulary and (head in vocabulary or (head[-1] == "s" and head[:-1] in vocabulary)):
            return True
    return False


_ANSWERS: dict[str, bool] = {}  # what _known has said of a word; a document repeats its words
_MOST_ANSWERS = 1 << 15  # then forgotten, all at once (about 3 MB)


def _known(words: Iterable[str], vocabulary: WordList) -> set[str]:
    """Those of `words` that `_is_known` says are Swedish, asked of the word
    list all at once (the words, then every part of the unknown ones); the
    answers are remembered."""
    answers = _ANSWERS
    asked = set(words)
    new = [w for w in asked if w not in answers]
    if not new:
        return {w for w in asked if answers[w]}
    if len(answers) + len(new) > _MOST_ANSWERS:
        answers.clear()  # forgotten all at once: this page's words are all asked again
        new = list(asked)
    found = _asked_of(new, vocabulary)
    answers.update(dict.fromkeys(new, False))
    answers.update(dict.fromkeys(found, True))
    return {w for w in asked if answers[w]}


def _asked_of(words: list[str], vocabulary: WordList) -> set[str]:
    direct = vocabulary.known(words)
    rest = set(words) - direct
    parts: set[str] = set()
    for word in rest:
        for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
            head = word[:cut]
            parts.add(head)
            parts.add(word[cut:])
            if head[-1] == "s":
                parts.add(head[:-1])
    if not parts:
        return direct
    known_parts = vocabulary.known(parts)  # a word of `rest` is not among them: it is not in the list
    return direct | {word for word in rest if _is_known(word, known_parts)}


def needs_ocr(chars: "list[Char] | Glyphs") -> bool:
    """No text layer, or one whose glyphs cannot be Swedish as printed
    (unmapped glyphs, ISO 646 substitutes for å, ä, ö)."""
    if not len(chars):
        return True
    text = _page_text(chars)
    letters = sum(map(str.isalpha, text))
    if letters < 20:
        return False  # a page with a figure and a caption: too little to judge
    if text.count("\ufffd") > 0.2 * len(text):
        return True
    found = _quality_rules()
    substitutes = len(found["quality.iso646"].pattern.findall(text))
    swedish = len(found["quality.swedish_letters"].pattern.findall(text))
    return substitutes >= 3 and substitutes > swedish


def suspect_pages(shares: Sequence[float | None], ligatures: Sequence[bool] = ()) -> list[int]:
    """Indexes of pages whose words a Swedish reader would not recognise: a
    share of known words below the floor, or far below the document's median
    page (the same font map broken on a page where it prints more of the
    letters it gets wrong), or words that a lost ligature explains
    (`drops_ligatures`)."""
    judged = [s for s in shares if s is not None]
    usual = statistics.median(judged) if judged else 0.0
    return [
        k for k, s in enumerate(shares)
        if (s is not None and (s < KNOWN_SHARE_FLOOR or s < usual - KNOWN_SHARE_DROP))
        or (k < len(ligatures) and ligatures[k])
    ]


def invisible_text_pages(path, page_numbers: Sequence[int]) -> set[int]:
    """Of the given pages (1-based), those whose text is all invisible over an
    image: a scan with an earlier OCR's text layer (render mode 3), which
    paragraf's own OCR may read better."""
    import pypdfium2
    import pypdfium2.raw as pdfium

    found: set[int] = set()
    if not page_numbers:
        return found
    try:
        from extractors.reading.backends import pdf_bytes  # the bytes that were hashed, not the file again

        document = pypdfium2.PdfDocument(pdf_bytes(path))
    except Exception:  # noqa: BLE001 - the reader has already reported an unreadable file
        return found
    try:
        for number in page_numbers:
            try:
                page = document[number - 1]
                modes, images = set(), 0
                for obj in page.get_objects(max_depth=1):
                    if obj.type == pdfium.FPDF_PAGEOBJ_TEXT:
                        modes.add(pdfium.FPDFTextObj_GetTextRenderMode(obj.raw))
                    elif obj.type == pdfium.FPDF_PAGEOBJ_IMAGE:
                        images += 1
            except Exception:  # noqa: BLE001 - a damaged page: no verdict, its text layer stays
                continue
            if images and modes == {pdfium.FPDF_TEXTRENDERMODE_INVISIBLE}:
                found.add(number)
    finally:
        document.close()
    return found


def drops_ligatures(text: str) -> bool:
    """A font map that prints a ligature as its first letter ('Martn' for
    'Martin', 'ersätare' for 'ersättare', 'underskrifer'): a page is suspect
    when at least LIGATURE_WORDS different unknown words become Swedish with
    one ligature's second letter put back, and they are LIGATURE_SHARE of its
    words or more. A few of its words still read as Swedish ('Kristna' for
    'Kristina'), so the share of known words alone misses such a page; on
    good pages such words are rare (a name, a Finnish word: at most 1 % of a
    page's words)."""
    return judged(text)[1]


def _drops_ligatures(words: list[str], known: set[str], vocabulary: WordList) -> bool:
    unknown = set(words) - known
    if len(unknown) < LIGATURE_WORDS:
        return False
    restored = {w: list(_ligatures_restored(w)) for w in unknown}
    known_restored = _known({r for rs in restored.values() for r in rs}, vocabulary)
    dropped = sum(any(r in known_restored for r in rs) for rs in restored.values())
    return dropped >= LIGATURE_WORDS and dropped >= LIGATURE_SHARE * len(words)


def _ligatures_restored(word: str):
    """`word` with one ligature's lost second letter put back, every way."""
    for k, letter in enumerate(word):
        for first, second in LIGATURES:
            if letter == first:
                yield word[:k + 1] + second + word[k + 1:]


# ---------------------------------------------------------------- reading a page image


@cache
def available() -> bool:
    if shutil.which("tesseract") is None:
        return False
    return LANGUAGE in _languages()


@cache
def _languages() -> tuple[str, ...]:
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    return tuple(listed.stdout.split())


def page_chars(image, width: float, height: float) -> list[Char]:
    """Words Tesseract reads on a page image, as glyph boxes in PDF points."""
    return read_page(image, width, height).chars


def read_page(image, width: float, height: float) -> OcrPage:
    """A page image → what Tesseract reads on it: each word's box shared
    evenly by its letters, a space between the words of a line, the size and
    weight from the print (see the module docstring)."""
    if not available():
        raise OcrUnavailable(
            f"tesseract with the '{LANGUAGE}' model is not installed; run scripts/install "
            "(apt-get install tesseract-ocr tesseract-ocr-swe)."
        )
    ink, skew = prepare(image)
    ink = _without_rules(ink, int(RULE_LENGTH * image.width / width), 0)  # an underline joins a heading's descenders into one blot
    if _sideways(ink):
        ink, lines = _upright(ink)
    else:
        lines = _parse_hocr(_tesseract(ink, LANGUAGE, PAGE_SEGMENTATION))
    _restore_section_signs(lines, ink)
    _measure_lines(lines, ink)
    _even_sizes(lines)
    _mark_bold(lines, ink)
    scale_x, scale_y = width / image.width, height / image.height
    if ink.shape != (image.height, image.width):  # turned upright: one scale that fits the page
        scale_x = scale_y = min(width / ink.shape[1], height / ink.shape[0])
    chars: list[Char] = []
    confidences: list[tuple[float, int]] = []
    for line in lines:
        words = _clean_words(line.words)
        top, bottom = line.box[1] * scale_y, line.box[3] * scale_y
        size = max(line.size * scale_y, 4.0)
        previous_right = None
        for word in words:
            left, right = word.box[0] * scale_x, word.box[2] * scale_x
            if previous_right is not None and previous_right < left:
                chars.append(Char(" ", previous_right, left, top, bottom, size))
            step = (right - left) / len(word.text)  # letters share the word's box, as a text layer would give them
            for k, letter in enumerate(word.text):
                chars.append(Char(letter, left + k * step, left + (k + 1) * step, top, bottom, size, word.bold))
            previous_right = right
            confidences.append((word.conf, len(word.text)))
    letters = sum(n for _, n in confidences)
    confidence = sum(c * n for c, n in confidences) / letters if letters else None
    return OcrPage(chars, confidence, skew)


def _clean_words(words: list[_Word]) -> list[_Word]:
    """Specks and rules out (unsure punctuation, except a dash between
    words); a letter a speck turned into å, ä or ö back ('löpände' →
    'löpande') when only the plain letter makes a Swedish word."""
    kept = []
    for k, word in enumerate(words):
        if _BORDER.fullmatch(word.text):
            continue  # a table's rule, or what is left of an underline, read as a letter
        if not _HAS_TEXT.search(word.text) and word.conf < MIN_PUNCTUATION_CONFIDENCE:
            between = 0 < k < len(words) - 1 and set(word.text) <= _DASHES
            if not between or word.conf < MIN_DASH_CONFIDENCE:
                continue
        word.text = _without_specks(word.text)
        kept.append(word)
    return kept


_SPECKED = {"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O"}


def _without_specks(text: str) -> str:
    vocabulary = _vocabulary()
    if vocabulary is None or not any(c in _SPECKED for c in text):
        return text
    core = text.strip(".,:;!?()\"'«»")
    if not core or _is_known(core.lower(), vocabulary):
        return text
    for k, letter in enumerate(core):
        if letter in _SPECKED:
            plain = core[:k] + _SPECKED[letter] + core[k + 1:]
            if _is_known(plain.lower(), vocabulary):
                return text.replace(core, plain)
    return text


# ---------------------------------------------------------------- preparing the image


def prepare(image) -> tuple[np.ndarray, float]:
    """A page image → its ink (a boolean array, True where printed) with the
    background flattened, Otsu's threshold applied and the skew turned away;
    and the skew that was removed, in degrees."""
    from PIL import Image, ImageFilter

    gray = image.convert("L")
    # the paper: the brightest pixels around each point, on a small copy (text
    # strokes are narrower than the window, so only paper survives the max filter)
    small = gray.reduce(8) if min(gray.size) >= 400 else gray
    paper = small.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2)).resize(gray.size, Image.BILINEAR)
    # one float image, divided, scaled and clipped in place (the same values as step by step)
    flat = np.array(gray, np.float32)
    flat /= np.maximum(np.asarray(paper, np.float32), 1.0)
    flat *= np.float32(255.0)
    np.clip(flat, 0, 255, out=flat)
    flat = flat.astype(np.uint8)
    ink = flat < _otsu(flat)
    skew = _skew_degrees(ink)
    if abs(skew) >= 0.1:
        turned = Image.fromarray(_grey(ink)).rotate(
            skew, resample=Image.BILINEAR, fillcolor=255
        )
        ink = np.asarray(turned) < 128
    return ink, skew


def reading_dpi(image, dpi: int) -> int:
    """The resolution to read a scanned page at, from its image rendered at
    `dpi`: the one that gives its body text an x-height of X_HEIGHT_PIXELS,
    never below `dpi` (a page is not read from less than it was measured
    on), at most DPI, in steps of 10 dpi; DPI when no body text is measured
    (a blank page, a photograph, a dark background taken for ink)."""
    gray = np.asarray(image.convert("L"))
    height = body_x_height(gray < _otsu(gray))
    if not height or height > MOST_X_HEIGHT * dpi:
        return DPI
    wanted = int(np.ceil(dpi * X_HEIGHT_PIXELS / height / 10.0)) * 10
    return int(min(max(wanted, dpi), DPI))


def body_x_height(ink: np.ndarray, strips: int = 8) -> float:
    """The x-height of most of a page's text, in pixels (0 when there is
    none): the page cut into `strips` columns, each column's runs of inked
    rows taken as its lines, each line's x-height the rows at least
    X_HEIGHT_DENSITY as full as its fullest (`_measure_lines` without
    Tesseract's line boxes), the median by ink. Columns narrow enough that
    a skew of a degree or two does not merge a column's lines."""
    height, width = ink.shape
    step = width // strips
    found: list[tuple[float, int]] = []
    for left in range(0, width - step + 1, step) if step else ():
        profile = np.count_nonzero(ink[:, left:left + step], axis=1)
        edges = np.diff(np.concatenate(([0], (profile > 0).view(np.int8), [0])))
        for top, bottom in zip(np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)):
            line = profile[top:bottom]
            fullest = int(line.max())
            if bottom - top >= 3 and fullest >= 3:
                found.append((float(np.count_nonzero(line >= X_HEIGHT_DENSITY * fullest)), int(line.sum())))
    return _weighted_median(found)


def _sideways(ink: np.ndarray) -> bool:
    """The page is printed across (a wide table turned onto a portrait
    page): its columns of ink alternate much more sharply than its rows
    (SIDEWAYS_RATIO times; upright pages, tables too, at most a third)."""
    from PIL import Image

    small = np.asarray(Image.fromarray(_grey(ink, white_ink=True)).reduce(4), np.float32)
    if min(small.shape) < 50:
        return False
    rows = float(np.var(np.diff(small.sum(axis=1)))) / small.shape[1] ** 2
    columns = float(np.var(np.diff(small.sum(axis=0)))) / small.shape[0] ** 2
    return columns > SIDEWAYS_RATIO * rows


def _upright(ink: np.ndarray) -> tuple[np.ndarray, list["_Line"]]:
    """A sideways page turned a quarter both ways and read each time; the
    reading with more Swedish words (then more sure words) is the upright one."""
    readings = []
    for quarter in (1, 3):
        turned = np.ascontiguousarray(np.rot90(ink, quarter))
        lines = _parse_hocr(_tesseract(turned, LANGUAGE, PAGE_SEGMENTATION))
        text = " ".join(w.text for line in lines for w in line.words)
        confidence = statistics.fmean(w.conf for line in lines for w in line.words) if text else 0.0
        readings.append(((known_share(text, fewest=1) or 0.0, confidence), turned, lines))
    _, turned, lines = max(readings, key=lambda r: r[0])
    return turned, lines


def _otsu(gray: np.ndarray) -> int:
    """The grey level that best separates ink from paper (Otsu 1979); never
    above 200, so a page of nearly blank paper keeps its specks out of the ink."""
    from PIL import Image

    if gray.dtype == np.uint8 and gray.ndim == 2:
        histogram = np.asarray(Image.fromarray(gray).histogram(), np.float64)  # the same counts, a fifth of bincount's time
    else:
        histogram = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    share = histogram / max(histogram.sum(), 1.0)
    weight = np.cumsum(share)
    mean = np.cumsum(share * np.arange(256))
    between = (mean[-1] * weight - mean) ** 2 / np.maximum(weight * (1.0 - weight), 1e-12)
    return int(min(np.argmax(between), 200))


def _skew_degrees(ink: np.ndarray) -> float:
    """The angle that makes the rows of ink sharpest (the variance of the row
    sums peaks when text lines lie level), searched on a quarter-size copy:
    whole degrees, then the half degrees beside the best, then tenths (each
    angle measured once; the same angle as every half degree then tenths
    around the best on the 67 scanned pages of the corpora and real scans, in
    half the time)."""
    from PIL import Image

    small = Image.fromarray(_grey(ink, white_ink=True)).reduce(4)
    if small.width < 50 or small.height < 50:
        return 0.0
    measured: dict[float, float] = {}

    def sharpness(angle: float) -> float:
        key = round(float(angle), 2)
        if key not in measured:
            rows = np.asarray(small.rotate(angle, resample=Image.NEAREST), np.float32).sum(axis=1)
            measured[key] = float(np.var(np.diff(rows)))
        return measured[key]

    best = max(np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 0.01, 1.0), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.51, 0.5), key=sharpness)
    best = max(np.arange(best - 0.4, best + 0.41, 0.1), key=sharpness)
    return round(float(best), 2)


def _grey(ink: np.ndarray, white_ink: bool = False) -> np.ndarray:
    """A boolean ink array as an 8-bit image: black ink on white paper, or
    white ink on black (what is summed and measured)."""
    return (ink if white_ink else ~ink).view(np.uint8) * np.uint8(255)


# ---------------------------------------------------------------- running Tesseract


def _tesseract(ink: np.ndarray, language: str, psm: str, options: Sequence[str] = ()) -> str:
    """Tesseract's hOCR of the ink: read by the Tesseract library in this
    process when it loads (`_Library`), else by the tesseract program."""
    library = _library()
    if library is not None:
        variables = dict(o.split("=", 1) for flag, o in zip(options[::2], options[1::2]) if flag == "-c")
        return library.hocr(ink, language, psm, variables)
    return _tesseract_program(ink, language, psm, options)


def _tesseract_program(ink: np.ndarray, language: str, psm: str, options: Sequence[str] = ()) -> str:
    """Tesseract's hOCR of the ink, handed over on its standard input as a
    one-bit PBM: no file, no compression (a PNG of a page cost more to write
    than to send), and the same reading as from the grey image it was made
    of, whose every pixel is black or white."""
    result = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", language, "--psm", psm, *options, "hocr"],
        input=_pbm(ink), capture_output=True, timeout=TIMEOUT_SECONDS,
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    if result.returncode != 0:
        raise RuntimeError(f"tesseract failed: {result.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return result.stdout.decode("utf-8", "replace")


class _Library:
    """The Tesseract library (libtesseract, which the tesseract program is
    built on and Debian installs with it) called in this process through
    its C API: the same reading as the program's (the same PBM read by the
    same Leptonica, the same recognition, the same hOCR: the same text on
    all 67 scanned pages of the corpora and real scans), without starting a
    program and loading its model for every page and every '§' strip (about
    0.13 s of CPU each time). An engine per model for each thread reading at
    the same moment, loaded on first use and kept for the next page: ctypes
    lets go of the GIL while it reads, so each of a reader's OCR threads
    reads on a core of its own. OpenMP is held to one thread, as the
    program is run (OMP_THREAD_LIMIT=1)."""

    def __init__(self, tesseract, leptonica):
        import ctypes
        import threading

        self.ctypes = ctypes
        self.tess, self.lept = tesseract, leptonica
        p, c = ctypes.c_void_p, ctypes.c_char_p
        for name, result, arguments in (
            ("TessBaseAPICreate", p, []), ("TessBaseAPIInit3", ctypes.c_int, [p, c, c]),
            ("TessBaseAPISetVariable", ctypes.c_int, [p, c, c]), ("TessBaseAPISetPageSegMode", None, [p, ctypes.c_int]),
            ("TessBaseAPISetImage2", None, [p, p]), ("TessBaseAPIRecognize", ctypes.c_int, [p, p]),
            ("TessBaseAPIGetHOCRText", p, [p, ctypes.c_int]), ("TessDeleteText", None, [p]),
            ("TessBaseAPIClear", None, [p]), ("TessBaseAPIDelete", None, [p]), ("TessMonitorCreate", p, []), ("TessMonitorDelete", None, [p]),
            ("TessMonitorSetDeadlineMSecs", None, [p, ctypes.c_int]),
        ):
            function = getattr(tesseract, name)
            function.restype, function.argtypes = result, arguments
        leptonica.pixReadMem.restype, leptonica.pixReadMem.argtypes = p, [c, ctypes.c_size_t]
        leptonica.pixDestroy.restype, leptonica.pixDestroy.argtypes = None, [ctypes.POINTER(p)]
        leptonica.setMsgSeverity.restype, leptonica.setMsgSeverity.argtypes = ctypes.c_int, [ctypes.c_int]
        leptonica.setMsgSeverity(_LEPTONICA_SILENT)  # its complaints ('box outside rectangle') went to the program's stderr, which was not shown
        self.lock = threading.Lock()
        self.idle: dict[str, list[int]] = {}
        atexit.register(self._close)

    def _close(self) -> None:
        """The engines ended before the program does (else Tesseract's cache of
        models complains of leaks on the way out)."""
        with self.lock:
            handles = [h for found in self.idle.values() for h in found]
            self.idle.clear()
        for handle in handles:
            self.tess.TessBaseAPIDelete(handle)

    def _engine(self, language: str) -> int:
        """An idle engine of the model, or a new one."""
        with self.lock:
            if self.idle.get(language):
                return self.idle[language].pop()
        handle = self.tess.TessBaseAPICreate()
        if self.tess.TessBaseAPIInit3(handle, None, language.encode()) != 0:
            raise OcrUnavailable(f"the Tesseract library could not load the '{language}' model")
        for name, value in _HOCR_CONFIG.items():  # what the program's 'hocr' config sets
            self.tess.TessBaseAPISetVariable(handle, name.encode(), value.encode())
        return handle

    def _done(self, language: str, handle: int) -> None:
        with self.lock:
            self.idle.setdefault(language, []).append(handle)

    def hocr(self, ink: np.ndarray, language: str, psm: str, variables: dict[str, str]) -> str:
        import time

        tess, ctypes = self.tess, self.ctypes
        handle = self._engine(language)
        data = _pbm(ink)
        pix = ctypes.c_void_p(self.lept.pixReadMem(data, len(data)))
        if not pix.value:
            raise RuntimeError("tesseract failed: Leptonica could not read the page image")
        monitor = tess.TessMonitorCreate()
        try:
            tess.TessBaseAPISetPageSegMode(handle, int(psm))
            for name, value in variables.items():
                tess.TessBaseAPISetVariable(handle, name.encode(), value.encode())
            tess.TessBaseAPISetImage2(handle, pix)
            tess.TessMonitorSetDeadlineMSecs(monitor, TIMEOUT_SECONDS * 1000)
            started = time.monotonic()
            failed = tess.TessBaseAPIRecognize(handle, monitor) != 0
            if time.monotonic() - started >= TIMEOUT_SECONDS:
                raise subprocess.TimeoutExpired("tesseract", TIMEOUT_SECONDS)
            if failed:
                raise RuntimeError("tesseract failed: the Tesseract library could not read the page")
            text = tess.TessBaseAPIGetHOCRText(handle, 0)
            try:
                return ctypes.string_at(text).decode("utf-8", "replace") if text else ""
            finally:
                if text:
                    tess.TessDeleteText(text)
        finally:
            for name in variables:  # back to the model's own settings for the next reading
                tess.TessBaseAPISetVariable(handle, name.encode(), _DEFAULTS.get(name, "").encode())
            tess.TessBaseAPIClear(handle)
            tess.TessMonitorDelete(monitor)
            self.lept.pixDestroy(ctypes.byref(pix))
            self._done(language, handle)


# what the program's 'hocr' config sets, and its messages ('Estimating resolution as 361') not on our stderr
_HOCR_CONFIG = {"tessedit_create_hocr": "1", "hocr_font_info": "0", "debug_file": os.devnull}
_DEFAULTS = {"tessedit_char_whitelist": ""}
_LEPTONICA_SILENT = 6  # L_SEVERITY_NONE


@cache
def _library() -> _Library | None:
    """The Tesseract library, or None (then the program reads): not found,
    or PARAGRAF_OCR_PROGRAM=1."""
    if os.environ.get("PARAGRAF_OCR_PROGRAM") == "1":
        return None
    import ctypes
    import ctypes.util

    try:
        with open("/proc/self/maps") as maps:
            if "libgomp" in maps.read() and os.environ.get("OMP_THREAD_LIMIT") != "1":
                return None  # OpenMP already started here, maybe with a thread per core: the program reads
    except OSError:
        pass
    os.environ["OMP_THREAD_LIMIT"] = "1"  # read by OpenMP when the library loads it
    try:
        tesseract = ctypes.CDLL(ctypes.util.find_library("tesseract") or "libtesseract.so.5")
        leptonica = ctypes.CDLL(ctypes.util.find_library("lept") or ctypes.util.find_library("leptonica") or "liblept.so.5")
        return _Library(tesseract, leptonica)
    except (OSError, AttributeError):
        return None


def _pbm(ink: np.ndarray) -> bytes:
    """Ink as a binary PBM (P4): a set bit is black."""
    height, width = ink.shape
    return b"P4\n%d %d\n" % (width, height) + np.packbits(ink, axis=1).tobytes()


@dataclass
class _Word:
    text: str
    box: tuple[int, int, int, int]  # pixels: left, top, right, bottom
    conf: float
    bold: bool = False


@dataclass
class _Line:
    box: tuple[int, int, int, int]
    size: float  # Tesseract's estimate of the font size, in pixels
    words: list[_Word]
    x_height: float = 0.0  # pixels, from the ink (_measure_lines)


_LINE = re.compile(r"<span class='ocr_(?:line|caption|header|textfloat)'[^>]*title=\"([^\"]*)\"")
_WORD_SPAN = re.compile(r"<span class='ocrx_word'[^>]*title='([^']*)'[^>]*>(.*?)</span>", re.S)
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
_X_SIZE = re.compile(r"x_size ([\d.]+)")
_CONF = re.compile(r"x_wconf (\d+)")
_TAG = re.compile(r"<[^>]+>")


def _parse_hocr(hocr: str) -> list[_Line]:
    """Tesseract's hOCR → lines of words (pixel boxes, confidences)."""
    lines: list[_Line] = []
    starts = [(m.start(), m.group(1)) for m in _LINE.finditer(hocr)]
    for k, (start, title) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(hocr)
        box = tuple(map(int, _BBOX.search(title).groups()))
        size = float(m.group(1)) if (m := _X_SIZE.search(title)) else float(box[3] - box[1])
        words = []
        for w in _WORD_SPAN.finditer(hocr, start, stop):
            text = html.unescape(_TAG.sub("", w.group(2))).strip()
            conf = float(m.group(1)) if (m := _CONF.search(w.group(1))) else 0.0
            if text:
                words.append(_Word(text, tuple(map(int, _BBOX.search(w.group(1)).groups())), conf))
        if words:
            lines.append(_Line(box, size, words))
    return lines


# ---------------------------------------------------------------- '§' and bold


# what the Swedish model makes of a '§': alone before a number ('$ 78', '8 45'),
# or joined to it ('$12', '&1', '83', '810')
_SIGN_ALONE = re.compile(r"[$&£8S5]")
_SIGN_JOINED = re.compile(r"[$&£8S5]{1,2}\d{1,3}[.:]?")  # '§9' can come back as '589'
_READ_SIGN_BEFORE = re.compile(r"§\s*(\d{1,4})")
_SIGN_AFTER = re.compile(r"\d{1,3}[$&£8S]")  # '11 §' (number first, Finland-Swedish minutes) read as '118'
_READ_SIGN_AFTER = re.compile(r"(\d{1,3})\s*§")
_NUMBER = re.compile(r"\d{1,4}[.:,]?")


def _restore_section_signs(lines: list[_Line], ink: np.ndarray) -> None:
    """Words that may be a misread '§' are cut out, read again with a model
    that knows the sign, and take the '§' when that model sees one."""
    if SIGN_LANGUAGE not in _languages():
        return
    suspects: list[tuple[_Word, tuple[int, int, int, int]]] = []
    for line in lines:
        for k, word in enumerate(line.words):
            after = line.words[k + 1] if k + 1 < len(line.words) else None
            if _SIGN_ALONE.fullmatch(word.text) and after is not None and _NUMBER.fullmatch(after.text):
                suspects.append((word, _union(word.box, after.box)))
            elif _SIGN_JOINED.fullmatch(word.text) and (word.text[0] in "$&£" or k == 0):
                suspects.append((word, word.box))
            elif _SIGN_AFTER.fullmatch(word.text) and k == 0:
                suspects.append((word, word.box))
            elif k == 1 and _SIGN_ALONE.fullmatch(word.text) and _NUMBER.fullmatch(line.words[0].text):
                suspects.append((word, _union(line.words[0].box, word.box)))  # '13 8 Val av' for '13 § Val av'
    if not suspects:
        return
    readings = _read_again([box for _, box in suspects], ink)
    for (word, _), reading in zip(suspects, readings):
        if _SIGN_AFTER.fullmatch(word.text) and (m := _READ_SIGN_AFTER.fullmatch(reading)) and m.group(1) == word.text[:-1]:
            word.text = word.text[:-1] + " §"  # the space splits the box into the number and the sign
        elif len(word.text) == 1 and (reading.startswith("§") or _READ_SIGN_AFTER.fullmatch(reading)):
            word.text = "§"
        elif (m := _READ_SIGN_BEFORE.match(reading)) and word.text.rstrip(".:").endswith(m.group(1)):
            word.text = "§" + word.text[len(word.text.rstrip(".:")) - len(m.group(1)):]


def _union(a, b):
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _read_again(
    boxes: list[tuple[int, int, int, int]], ink: np.ndarray,
    language: str = SIGN_LANGUAGE, scale: int = 1, characters: str = "",
) -> list[str]:
    """The cut-out boxes stacked on one strip (each `scale` times larger: a
    lone small number reads better so), read by `language`'s model in one
    run, `characters` the only ones it may see when given; each box's text,
    in order ('' where it read nothing)."""
    pad, gap = 12, 40
    crops = [_crop(ink, (b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad)) for b in boxes]
    if scale > 1:
        crops = [crop.repeat(scale, axis=0).repeat(scale, axis=1) for crop in crops]
    width = max(c.shape[1] for c in crops) + 2 * gap
    height = sum(c.shape[0] + gap for c in crops) + gap
    strip = np.zeros((height, width), bool)
    rows, y = [], gap
    for crop in crops:
        strip[y:y + crop.shape[0], gap:gap + crop.shape[1]] = crop
        rows.append((y, y + crop.shape[0]))
        y += crop.shape[0] + gap
    texts = [""] * len(boxes)
    options = ("-c", f"tessedit_char_whitelist={characters}") if characters else ()
    for line in _parse_hocr(_tesseract(strip, language, "6", options)):
        middle = (line.box[1] + line.box[3]) / 2
        for k, (top, bottom) in enumerate(rows):
            if top <= middle <= bottom:
                texts[k] = (texts[k] + " " + " ".join(w.text for w in line.words)).strip()
    return texts


def _crop(ink: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The ink inside box (left, top, right, bottom); what lies beyond the
    page is black, as a crop of the page image gives it."""
    left, top, right, bottom = box
    out = np.ones((max(bottom - top, 0), max(right - left, 0)), bool)
    height, width = ink.shape
    y0, y1, x0, x1 = max(top, 0), min(bottom, height), max(left, 0), min(right, width)
    if y1 > y0 and x1 > x0:
        out[y0 - top:y1 - top, x0 - left:x1 - left] = ink[y0:y1, x0:x1]
    return out


def _measure_lines(lines: list[_Line], ink: np.ndarray) -> None:
    """Each line's x-height: the rows of its box where the ink is dense (at
    least X_HEIGHT_DENSITY of the densest row) — the band of the lower-case
    letters, the same for bold and regular type of one size; rows that are a
    rule (a table border touching the line) are left out."""
    for line in lines:
        left, top, right, bottom = line.box
        box = ink[top:bottom, left:right]
        profile = box.sum(axis=1)
        if box.size:
            profile = profile[~_rule_rows(box)]  # a rule under the line is no letter
        line.x_height = float((profile >= X_HEIGHT_DENSITY * profile.max()).sum()) if profile.size and profile.max() else 0.0


def _even_sizes(lines: list[_Line]) -> None:
    """Tesseract's size estimate wavers by a tenth from line to line (a line
    without descenders looks smaller). Lines within SAME_SIZE of the page's
    body size (the size of most of its letters) take that size, so body text
    is one size; a line of lower-case text whose x-height is clearly larger or
    smaller than the body's is sized by its x-height, so a heading stands out
    as much as in print."""
    body = _weighted_median([(line.size, _letters(line)) for line in lines])
    body_x = _weighted_median([(line.x_height, _letters(line)) for line in lines if _lower_case(line)])
    for line in lines:
        if body_x and _lower_case(line) and abs(line.x_height - body_x) > OTHER_X_HEIGHT * body_x \
                and (line.x_height - body_x) * (line.size - body) > 0 and abs(line.size - body) > SAME_SIZE / 2 * body:
            # …when Tesseract's estimate leans the same way: the ascenders of a
            # bold line ('Förslag till budget (Bilaga 5)') can widen its dense band
            line.size = body * line.x_height / body_x
        elif abs(line.size - body) <= SAME_SIZE * body:
            line.size = body
        if body_x and not _lower_case(line):
            line.x_height = body_x * line.size / body  # digits and capitals have no x-height of their own


def _letters(line: "_Line") -> int:
    return sum(len(w.text) for w in line.words)


def _lower_case(line: "_Line") -> bool:
    text = "".join(w.text for w in line.words)
    return sum(map(str.islower, text)) * 2 > len(text)


def _weighted_median(values: list[tuple[float, int]]) -> float:
    values = sorted(v for v in values if v[1] > 0)
    total = sum(n for _, n in values)
    running = 0
    for value, n in values:
        running += n
        if running * 2 >= total:
            return value
    return 0.0


def _stroke_width(ink: np.ndarray) -> float:
    """Mean stroke width of the ink in a box: twice its area over the number
    of horizontal and vertical runs of ink (a stroke of width w and length h
    has area w·h and h + w runs). Rows that are a rule across the box (a
    table border or an underline touching the letters) are left out."""
    if ink.size and ink.shape[1] >= 8:
        ink = ink[~_rule_rows(ink)]
    area = int(ink.sum())
    if area == 0:
        return 0.0
    runs = int((ink[:, 1:] & ~ink[:, :-1]).sum() + ink[:, 0].sum())
    runs += int((ink[1:, :] & ~ink[:-1, :]).sum() + ink[0, :].sum())
    return 2.0 * area / max(runs, 1)


def _rule_rows(box: np.ndarray) -> np.ndarray:
    """Rows of a box that belong to a rule: RULE_ROW full of ink, and the two
    rows either side (a rule a little askew fills them in part)."""
    rule = box.mean(axis=1) >= RULE_ROW
    if rule.any():
        near = rule.copy()
        for shift in (1, 2):
            near[shift:] |= rule[:-shift]
            near[:-shift] |= rule[shift:]
        return near
    return rule


def _mark_bold(lines: list[_Line], ink: np.ndarray) -> None:
    """Bold: words whose strokes, for the x-height of their line, are
    thicker than the page's usual word by BOLD_STROKE_RATIO."""
    ratios: list[tuple[_Word, float]] = []
    for line in lines:
        for word in line.words:
            left, top, right, bottom = word.box
            if len(word.text) < 2 or right <= left or bottom <= top or line.x_height <= 0:
                continue
            ratios.append((word, _stroke_width(ink[top:bottom, left:right]) / line.x_height))
    if len(ratios) < 5:
        return
    usual = statistics.median(r for _, r in ratios)
    for word, ratio in ratios:
        word.bold = ratio > BOLD_STROKE_RATIO * usual
    # a whole line in bold (a heading) is told more surely from all its ink
    # than word by word: short and thin-lettered words ('av', 'till') measure
    # lighter, and a bold heading would otherwise read as half bold
    measured = []
    for line in lines:
        left, top, right, bottom = line.box
        if line.size > 0 and right > left and bottom > top:
            measured.append((line, _stroke_width(ink[top:bottom, left:right]) / line.size))
    if len(measured) < 5:
        return
    usual_line = _weighted_median([(ratio, _letters(line)) for line, ratio in measured])
    for line, ratio in measured:
        if ratio > BOLD_STROKE_RATIO * usual_line:
            for word in line.words:
                word.bold = True


# ---------------------------------------------------------------- a partly untrue text layer and its OCR reading together

_SIGN_LOOKALIKES = "§$&£85S"
_NOT_SKELETON = re.compile(r"[^\d§$&£]")
_LETTERS = re.compile(r"[^\W\d_]")


def merge_reading(text_lines: Sequence[Line], ocr_lines: Sequence[Line], earlier_ocr: bool = False) -> tuple[list[Line], int]:
    """A page whose text layer is partly untrue (a font map that drops 'ti'
    and prints 'ffr' for 'för') and its OCR reading, line by line: the text
    layer's line where its words are Swedish as printed and its numbers and
    '§' agree with what OCR saw (it has the exact '§', weight and size, where
    OCR misreads '13 §' as '138'), else the OCR line with the text layer's
    weight and size, and its '§' and numbers where the two agree but for a
    sign OCR misread. OCR lines where the text layer has no text (a logo) are
    left out: the text layer says where text is. When most text lines find
    no OCR line, the OCR reading is taken whole. An `earlier_ocr` text layer
    (invisible text over a scan) has no typography to give: its line is kept
    only where it has fewer unknown words, and OCR's lines keep their own
    weight and size. Returns the lines and how many came from OCR."""
    vocabulary = _vocabulary()
    pairs = _pair_lines(text_lines, ocr_lines)
    if ocr_lines and sum(o is not None for _, o in pairs) * 2 < len(pairs):
        # the two readings do not lie on the same lines (OCR turned a page
        # printed across upright): they cannot be merged, OCR's is whole
        return list(ocr_lines), len(ocr_lines)
    scale = _size_scale(pairs)
    out: list[Line] = []
    from_ocr = 0
    for t_line, o_line in pairs:
        if o_line is None or (_fewer_unknown(t_line, o_line, vocabulary) if earlier_ocr else _trustworthy(t_line, o_line, vocabulary)):
            out.append(t_line)
            continue
        if earlier_ocr:
            out.append(o_line)
            from_ocr += 1
            continue
        segments = tuple(tuple(_typeset(o_line, seg, t_line, scale)) for seg in o_line.segments)
        out.append(Line(tuple(s for s in segments if s)))
        from_ocr += 1
    return out, from_ocr


def _pair_lines(text_lines: Sequence[Line], ocr_lines: Sequence[Line]) -> list[tuple[Line, Line | None]]:
    """Each text-layer line with the OCR line nearest to its middle, when
    that is within half the smaller line height; an OCR line is given to one
    text line only (the nearest), a second one keeps its own text."""
    best: dict[int, tuple[float, int]] = {}
    candidates: list[int | None] = []
    for k, t in enumerate(text_lines):
        middle, height = (t.top + t.bottom) / 2, t.bottom - t.top
        found = None
        for j, o in enumerate(ocr_lines):
            distance = abs((o.top + o.bottom) / 2 - middle)
            overlap = min(t.x1, o.x1) - max(t.x0, o.x0)
            if overlap > 0 and distance <= 0.5 * min(height, o.bottom - o.top) and (found is None or distance < found[0]):
                found = (distance, j)
        candidates.append(None if found is None else found[1])
        if found is not None and (found[1] not in best or found[0] < best[found[1]][0]):
            best[found[1]] = (found[0], k)
    return [
        (t, ocr_lines[j] if j is not None and best[j][1] == k else None)
        for k, (t, j) in enumerate(zip(text_lines, candidates))
    ]


def _fewer_unknown(t_line: Line, o_line: Line, vocabulary) -> bool:
    if vocabulary is None:
        return False
    printed = [w.lower() for w in _WORD.findall(t_line.text)]
    read = [w.lower() for w in _WORD.findall(o_line.text)]
    return sum(not _is_known(w, vocabulary) for w in printed) < sum(not _is_known(w, vocabulary) for w in read)


def _trustworthy(t_line: Line, o_line: Line, vocabulary) -> bool:
    """The text layer's line is as printed unless OCR's reading of it has
    fewer words that are not Swedish, or as few and either a word that the
    text layer prints without a ligature's letter ('Kristna' where OCR reads
    'Kristina': OCR does not invent letters) or other numbers. A line OCR
    garbles (text printed over text) keeps the text layer's words."""
    if vocabulary is None:
        return _same_numbers(t_line.text, o_line.text)
    printed = [w.lower() for w in _WORD.findall(t_line.text)]
    read = [w.lower() for w in _WORD.findall(o_line.text)]
    unknown_printed = sum(not _is_known(w, vocabulary) for w in printed)
    unknown_read = sum(not _is_known(w, vocabulary) for w in read)
    if unknown_printed != unknown_read:
        return unknown_printed < unknown_read
    seen = set(read)
    if any(r in seen for w in printed for r in _ligatures_restored(w)):
        return False
    return _same_numbers(t_line.text, o_line.text)


def _same_numbers(printed: str, read: str) -> bool:
    """The digits and '§' of the text layer are what OCR read, but for a '§'
    that OCR missed or read as a look-alike ('168' for '16 §'); OCR that read
    no digit at all says nothing against them."""
    if not any(c.isdigit() for c in read):
        return True
    skeleton = _NOT_SKELETON.sub("", printed)
    pattern = "".join(f"[{re.escape(_SIGN_LOOKALIKES)}]?" if c == "§" else re.escape(c) for c in skeleton)
    return re.fullmatch(pattern, _NOT_SKELETON.sub("", read)) is not None


def _typeset(o_line, segment, t_line, scale: float):
    """The OCR words of one segment with the weight and size of the text-layer
    words they lie on; a word without letters ('138', '&') that the text
    layer prints with the same digits and a '§' ('13 §') is the text layer's."""
    from schemas.document import Word

    t_words = t_line.words if t_line is not None else ()
    for word in segment:
        under = [t for t in t_words if min(t.x1, word.x1) - max(t.x0, word.x0) > 0.5 * min(t.x1 - t.x0, word.x1 - word.x0)]
        if under and not _LETTERS.search(word.text.replace("S", "")) and "§" in "".join(t.text for t in under) \
                and not any(_LETTERS.search(t.text) for t in under) and _same_numbers(" ".join(t.text for t in under), word.text):
            yield from under
            continue
        if under:
            bold = sum(len(t.text) for t in under if t.bold) * 2 > sum(len(t.text) for t in under)
            yield Word(word.text, word.x0, word.x1, word.top, word.bottom, statistics.median(t.size for t in under), bold)
        else:
            yield Word(word.text, word.x0, word.x1, word.top, word.bottom, word.size * scale, word.bold)


def _size_scale(pairs) -> float:
    """Text-layer size over OCR size, the median over paired lines: OCR's
    sizes are estimates from the x-height."""
    ratios = [t.size / o.size for t, o in pairs if o is not None and o.size > 0 and t.size > 0]
    return statistics.median(ratios) if ratios else 1.0


# ---------------------------------------------------------------- numbers an earlier OCR left out


NUMBER_REACH = 60.0  # points left of a line where its number may stand (a 'Punkt' column, a margin '§ 5')
RULE_ACROSS = 12.0  # points: ink running this far across (or RULE_DOWN down) is a rule, not a letter
RULE_DOWN = 11.0
RULE_LENGTH = 30.0  # points: on a page read by OCR, ink running this far straight is a rule or an underline
_NUMBERING = re.compile(r"(?:§\s*)?\d{1,3}(?:\.\d{1,2})?[.):]?(?:\s*§)?")


def numbers_beside(image, lines: Sequence[Line], width: float, height: float) -> dict[int, tuple[str, float, float]]:
    """Item numbers that an earlier OCR left out of a scan's invisible text
    layer: the engine that made it drops a lone '1.' in a table's narrow
    'Punkt' column or a '§ 5' in the margin, and keeps the title beside it.
    The ink just left of a line that no line of the text layer covers (table
    rules taken away) is cut out and read again, and where it reads as a
    number ('5.', '5)', '§ 5', '5.1') standing level with the line, that line
    gets it: {line index: (text, x0, x1) in points}."""
    if not lines:
        return {}
    gray = np.asarray(image.convert("L"))
    sx, sy = gray.shape[1] / width, gray.shape[0] / height
    ink = _without_rules(gray < _otsu(gray), int(RULE_ACROSS * sx), int(RULE_DOWN * sy))
    covered = np.zeros_like(ink)
    for line in lines:  # a little wider than the words: invisible text boxes are approximate
        covered[max(int((line.top - 2) * sy), 0):int((line.bottom + 2) * sy), max(int((line.x0 - 3) * sx), 0):int((line.x1 + 3) * sx)] = True
    free = ink & ~covered
    found: list[tuple[int, tuple[int, int, int, int]]] = []
    for k, line in enumerate(lines):
        box = _number_box(free, line, sx, sy)
        if box is not None:
            found.append((k, box))
    if not found:
        return {}
    readings = _read_again([box for _, box in found], ink, language=LANGUAGE, scale=2, characters="0123456789.):§")
    out: dict[int, tuple[str, float, float]] = {}
    for (k, box), text in zip(found, readings):
        if _NUMBERING.fullmatch(text):
            out[k] = (text, box[0] / sx, box[2] / sx)
    return out


def without_borders(line: Line) -> Line | None:
    """The line without the words that are only a table's border ('7. | Övrigt'
    in an earlier OCR's text layer); None when nothing else is left."""
    if not any(_BORDER.fullmatch(w.text) for w in line.words):
        return line
    segments = tuple(kept for seg in line.segments if (kept := tuple(w for w in seg if not _BORDER.fullmatch(w.text))))
    return Line(segments) if segments else None


def _number_box(free: np.ndarray, line: Line, sx: float, sy: float) -> tuple[int, int, int, int] | None:
    """The ink nearest left of the line, level with it and of a line's height
    (pixels: left, top, right, bottom), or None."""
    tall = line.bottom - line.top
    top, bottom = max(int((line.top - 0.3 * tall) * sy), 0), int((line.bottom + 0.3 * tall) * sy)
    left, right = max(int((line.x0 - NUMBER_REACH) * sx), 0), max(int((line.x0 - 3) * sx), 0)
    band = free[top:bottom, left:right]
    if not band.size:
        return None
    band_height, unit = bottom - top, tall * sy  # the line's own height in pixels measures the rest
    filled = band.sum(axis=0)
    border = filled >= 0.6 * band_height  # a table's column border, maybe leaning a pixel or two
    for shift in (1, 2, 3):
        border[shift:] |= border[:-shift].copy()
        border[:-shift] |= border[shift:].copy()
    groups: list[list[int]] = []
    for a, b in _runs((filled > 0) & ~border):
        if groups and a - groups[-1][1] < 0.8 * unit:
            groups[-1][1] = b
        else:
            groups.append([a, b])
    for a, b in reversed(groups):  # the nearest to the line first
        piece = band[:, a:b]
        rows = np.flatnonzero(piece.any(axis=1))
        if b - a < 0.3 * unit or b - a > 6 * unit or piece.sum() < 0.025 * unit ** 2:
            continue
        if rows[-1] - rows[0] + 1 < 0.5 * unit:
            continue
        middle = (top + (rows[0] + rows[-1] + 1) / 2) / sy
        if abs(middle - (line.top + line.bottom) / 2) > 0.35 * tall:
            return None  # the nearest ink is another line's
        return left + a, top + rows[0], left + b, top + rows[-1] + 1
    return None


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    edges = np.diff(np.concatenate(([0], mask.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))


def _without_rules(ink: np.ndarray, across: int, down: int, crossing: int = 10) -> np.ndarray:
    """Ink without a table's rules and underlines: runs of ink at least
    `down` pixels long down a column and `across` along a row, a pixel's lean
    allowed (a scan's rule wanders by a row now and then). Where a letter's
    stroke crosses a rule (the descender of a 'g' through an underline), ink
    within `crossing` pixels above and below the rule keeps the crossing.

    Only the rows near a rule are worked on: most of a page has none, and
    what is kept of a rule's pixels depends only on the ink within
    `crossing` rows of it."""
    if down:
        gone = _long_runs(ink, across)
        gone |= _long_runs(ink.T, down).T
    else:
        gone = _long_runs(ink, across, grid_reach=across // 2)
    rows = np.flatnonzero(gone.any(axis=1))
    if not rows.size:
        return ink.copy()
    kept = ink & ~gone
    breaks = np.flatnonzero(np.diff(rows) > 2 * crossing + 2)
    for first, last in zip(rows[np.concatenate(([0], breaks + 1))], rows[np.concatenate((breaks, [rows.size - 1]))]):
        top, bottom = max(first - crossing, 0), min(last + crossing + 1, ink.shape[0])
        _keep_crossings(ink[top:bottom], gone[top:bottom], kept[top:bottom], crossing)
    return kept


def _keep_crossings(ink: np.ndarray, gone: np.ndarray, kept: np.ndarray, crossing: int) -> None:
    """Put back into `kept` (in place) the pixels of a rule that a letter's
    stroke crosses, and a descender's ink that ends in it."""
    above, below, left, right = (np.zeros_like(ink) for _ in range(4))  # kept ink within `crossing` on each side
    for step in range(1, crossing + 1):
        above[step:] |= kept[:-step]
        below[:-step] |= kept[step:]
        left[:, step:] |= kept[:, :-step]
        right[:, :-step] |= kept[:, step:]
    crossed = gone & ink & ((above & below) | (left & right))
    kept |= crossed
    for _ in range(crossing):  # a descender that ends in the underline ('g', 'y' set low) goes on down into it
        grown = gone & ink & ~kept
        grown[1:] &= kept[:-1]
        grown[0] = False
        if not grown.any():
            break
        kept |= grown


def _long_runs(ink: np.ndarray, reach: int, grid_reach: int = 0) -> np.ndarray:
    """Pixels of runs along the rows at least `reach` long, counting a row
    and its neighbours as one (a line that leans a pixel), and those rows.
    With `grid_reach`, only the runs that meet no rule down the page (runs
    at least `grid_reach` long down a column: a table's): an underline, not a
    table's rule, whose cells' letters touch it and would be cut with it. The
    rules down the page are looked for only in the rows around the runs
    along them (a rule down through a row is a rule in that band too)."""
    height, width = ink.shape
    flat = np.zeros((height, width + 2), bool)
    thick = flat[:, 1:-1]
    thick |= ink
    thick[1:] |= ink[:-1]
    thick[:-1] |= ink[1:]
    edges = np.diff(flat.ravel().view(np.int8))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    long = ends - starts >= reach
    if not long.any():
        return np.zeros_like(ink)
    if grid_reach:
        run_rows = starts[long] // (width + 2)
        top = max(int(run_rows.min()) - grid_reach - 8, 0)
        bottom = min(int(run_rows.max()) + grid_reach + 9, height)
        grid = _long_runs(ink[top:bottom].T, grid_reach).T
        if grid.any():
            near = np.zeros((height, width + 2), bool)
            near[top:bottom, 1:-1] = grid
            for _ in range(3):  # a rule's end stops short of the one it meets, by a pixel or three
                near[1:] |= near[:-1].copy()
                near[:-1] |= near[1:].copy()
                near[:, 1:] |= near[:, :-1].copy()
                near[:, :-1] |= near[:, 1:].copy()
            met = np.concatenate(([0], np.cumsum(near.ravel(), dtype=np.int64)))
            long &= met[ends] - met[starts] == 0
            if not long.any():
                return np.zeros_like(ink)
    starts, ends = starts[long], ends[long]
    first, last = int(starts.min()) // (width + 2), int(ends.max()) // (width + 2)
    top, bottom = max(first - 1, 0), min(last + 2, height)  # the rows the runs lie in, and one either side
    offset = top * (width + 2)
    marks = np.zeros((bottom - top) * (width + 2) + 1, np.int32)
    np.add.at(marks, starts - offset + 1, 1)
    np.add.at(marks, ends - offset + 1, -1)
    runs = (np.cumsum(marks)[:-1] > 0).reshape(bottom - top, width + 2)[:, 1:-1]
    out = np.zeros_like(ink)
    band = out[top:bottom]
    band |= runs
    band[1:] |= runs[:-1]
    band[:-1] |= runs[1:]
    out &= ink
    return out
