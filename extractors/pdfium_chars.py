"""A PDFium text page → `Char`s, with as few calls into C as it takes.

pypdfium2's Python helpers cost about 1.5 µs per call and per glyph; a dense
page has 1 500–2 500 glyphs, and five helper calls a glyph would cost more than
the rest of paragraf's reading. So this module binds the few PDFium functions
it needs directly (ctypes on the library pypdfium2 already loaded, plain
integer arguments), reads the page's text in one call, each glyph's loose box
into one shared buffer, and font, size and orientation once per text object
(a PDF text object has a single font, size and matrix).
"""

from __future__ import annotations

import ctypes
import math
import os
from functools import lru_cache

from schemas.document import Char

_P, _I = ctypes.c_void_p, ctypes.c_int
_BOX_BYTES = 16  # FS_RECTF: four floats (left, top, right, bottom)
_WHITESPACE = frozenset(" \r\n\t\u00a0")
# PDFium's codes for a hyphen it found at a line end (per glyph; in page text)
_HYPHEN_MARKS = frozenset("\x02\ufffe")
# Private-use code points that Symbol and Wingdings fonts use for list bullets.
_PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e8\uf0b2")


class _Pdfium:
    """The C functions. The three called per glyph have no `argtypes`: ctypes
    then passes the ready-made handle and `byref` pointers without converting
    them, a third faster; each call's arguments are C-typed at the call."""

    def __init__(self) -> None:
        import pypdfium2  # noqa: F401 - loads and initialises the library first
        import pypdfium2_raw

        lib = ctypes.CDLL(os.path.join(os.path.dirname(pypdfium2_raw.__file__), "libpdfium.so"))

        def bind(name: str, restype, *argtypes):
            function = getattr(lib, name)
            function.restype = restype
            if argtypes:
                function.argtypes = list(argtypes)
            return function

        self.count = bind("FPDFText_CountChars", _I, _P)
        self.text = bind("FPDFText_GetText", _I, _P, _I, _I, _P)
        self.unicode = bind("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
        self.unmapped = bind("FPDFText_HasUnicodeMapError", _I, _P, _I)
        self.font_size = bind("FPDFText_GetFontSize", ctypes.c_double, _P, _I)
        self.font_info = bind("FPDFText_GetFontInfo", ctypes.c_ulong, _P, _I, _P, ctypes.c_ulong, _P)
        self.matrix = bind("FPDFText_GetMatrix", _I, _P, _I, _P)
        # per glyph: (handle as c_void_p, int, byref)
        self.generated = bind("FPDFText_IsGenerated", _I)
        self.box = bind("FPDFText_GetLooseCharBox", _I)
        self.text_object = bind("FPDFText_GetTextObject", _P)


@lru_cache(maxsize=1)
def _c() -> _Pdfium:
    return _Pdfium()


def warm_up() -> None:
    _c()


def page_chars(textpage, height: float) -> list[Char]:
    """Every upright glyph of a PDFium text page (top-left origin, points),
    without the spaces and line breaks PDFium generates itself."""
    from extractors.pdf import is_bold

    c = _c()
    pointer = ctypes.cast(textpage.raw, _P)
    handle = pointer.value
    n = c.count(handle)
    if n <= 0:
        return []
    text = _page_text(c, handle, n)
    boxes = (ctypes.c_float * (4 * n))()
    box, text_object, generated, byref = c.box, c.text_object, c.generated, ctypes.byref
    objects: list[int | None] = [None] * n
    for k, ch in enumerate(text):
        if ch in _WHITESPACE and generated(pointer, k):
            continue
        box(pointer, k, byref(boxes, _BOX_BYTES * k))
        objects[k] = text_object(pointer, k) or 0
    values = memoryview(boxes).cast("B").cast("f").tolist()
    fonts: dict[int, tuple[float, bool, bool]] = {}
    name = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    matrix = (ctypes.c_float * 6)()
    chars: list[Char] = []
    append = chars.append
    # Glyphs of one line share their top and bottom: one float object each,
    # not one per glyph (a long document keeps them in its words).
    shared: dict[float, float] = {}
    share = shared.setdefault
    for k, obj in enumerate(objects):
        if obj is None:
            continue
        font = fonts.get(obj)
        if font is None:
            length = c.font_info(handle, k, ctypes.addressof(name), 256, ctypes.addressof(flags))
            c.matrix(handle, k, ctypes.addressof(matrix))
            a, b, cc, d = matrix[0], matrix[1], matrix[2], matrix[3]
            size = c.font_size(handle, k) * math.hypot(cc, d)
            bold = is_bold(name.raw[: max(length - 1, 0)].decode("latin-1"))
            # pdfminer's rule for 'upright': not mirrored, not turned a quarter
            font = fonts[obj] = (size, bold, a * d > 0 and b * cc <= 0)
        if not font[2]:
            continue
        ch = text[k]
        if ch < " " or "\ue000" <= ch <= "\uf8ff" or ch >= "\ufffd":
            ch = _odd_glyph(c, handle, k, ch)
        i = 4 * k
        left, top, right, bottom = values[i], values[i + 1], values[i + 2], values[i + 3]
        top, bottom = height - top, height - bottom
        append(Char(ch, left, right, share(top, top), share(bottom, bottom), font[0], font[1]))
    return chars


def _page_text(c: _Pdfium, handle: int, n: int) -> str:
    """One code point per glyph index: the page's text in one call, or glyph by
    glyph when a character outside the BMP makes UTF-16 longer than the index."""
    buffer = ctypes.create_string_buffer(2 * n + 2)
    written = c.text(handle, 0, n, ctypes.addressof(buffer))
    text = buffer.raw[: 2 * n].decode("utf-16-le", "replace")
    if written == n + 1 and not any("\ud800" <= ch <= "\udfff" for ch in text):
        return text
    return "".join(chr(c.unicode(handle, k) or 0xFFFD) for k in range(n))


def _odd_glyph(c: _Pdfium, handle: int, k: int, ch: str) -> str:
    """Control codes, private-use code points and unmapped glyphs, the way the
    pdfplumber backend reports them: PDFium's line-end hyphen mark is '-',
    symbol-font bullets are '•', a glyph without Unicode is U+FFFD."""
    if ch in _HYPHEN_MARKS:
        return "-"
    if ch in _PRIVATE_BULLETS:
        return "•"
    if ch < " " or c.unmapped(handle, k):
        return " " if ch in "\t\r\n" else "\ufffd"
    return ch
