"""The stored PDF behind a document id, and its pages as images.

A file is found only from what the warehouse recorded for a document id (its
`source_path`), never from a path in a URL, and used only when its bytes
still hash to that id: a file that has moved or changed is reported as such
(`FileState`), never shown in its place. A relative source path is tried
against the folder the server runs in, the warehouse's folder and the folder
above it (where `paragraf ingest` usually ran); the hash decides.

Pages are rendered on demand with pypdfium2 (grey, 1.5 × 72 dpi: the
highlights are drawn over them in colour) from bytes read and hashed in the
same breath (`verified_bytes`: what is rendered or served is what was
checked), and kept in a small cache in memory, keyed by document id (the
hash of the content); nothing is written to the warehouse or to disk. PDFium
is not thread-safe, so every call into it holds one lock.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageDraw

SCALE = 1.5  # pixels per PDF point of a rendered page
MASK_MARGIN = 1.0  # points a painted-over box reaches past the recorded one
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class FileState:
    """Whether the file of a document can be shown: `ok` (found, same
    sha256), `moved` (no file where it was read), `changed` (a file is there
    but its bytes differ) or `unknown` (no such document)."""

    state: str
    path: Path | None
    message: str

    @property
    def ok(self) -> bool:
        return self.state == "ok"


class Files:
    """Finds and checks the files of one warehouse's documents; renders pages."""

    def __init__(self, db: str | os.PathLike[str], cache_pages: int = 48) -> None:
        db = Path(db).resolve()
        self.roots = list(dict.fromkeys([Path.cwd(), db.parent, db.parent.parent]))
        self._hashes: dict[tuple, str] = {}  # (path, inode, size, mtime) → sha256
        self._pages: OrderedDict[tuple, bytes] = OrderedDict()
        self._sizes: dict[tuple, tuple[float, float]] = {}
        self._found: dict[tuple, dict | None] = {}
        self._cache_pages = cache_pages
        self._lock = threading.Lock()

    # ------------------------------------------------------------ finding

    def candidates(self, source_path: str) -> list[Path]:
        path = Path(source_path).expanduser()
        if path.is_absolute():
            return [path]
        return [root / path for root in self.roots]

    def check(self, document_id: str, source_path: str | None) -> FileState:
        """Where the file of `document_id` is now, if its bytes are still the same."""
        if not source_path:
            return FileState("unknown", None, "the warehouse has no file for this document.")
        existing = [p for p in self.candidates(source_path) if p.is_file()]
        for path in existing:
            if self.sha256(path) == document_id:
                return FileState("ok", path, "")
        if existing:
            return FileState("changed", None,
                             f"The file {source_path} has changed since it was read (its sha256 is no longer "
                             f"{document_id[:12]}…); the page is not shown, so that no other content stands in "
                             "for what was read. Ingest the file again to read the new version.")
        return FileState("moved", None,
                         f"The file {source_path} is no longer where it was read; the page cannot be shown. "
                         "Run the server from the folder the file was ingested from, or ingest it again from "
                         "where it is now.")

    def verified_bytes(self, document_id: str, state: FileState) -> bytes | None:
        """The file's bytes, read once and hashed: None if they are no longer
        the document's (changed since `check`), so what is served or rendered
        is exactly what was hashed."""
        try:
            data = state.path.read_bytes()
        except OSError:
            return None
        return data if hashlib.sha256(data).hexdigest() == document_id else None

    def sha256(self, path: Path) -> str:
        st = path.stat()
        key = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        with self._lock:
            known = self._hashes.get(key)
        if known is not None:
            return known
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        with self._lock:
            self._hashes[key] = digest.hexdigest()
        return digest.hexdigest()

    # ------------------------------------------------------------ pages

    def page_size(self, state: FileState, document_id: str, page_no: int) -> tuple[float, float] | None:
        """(width, height) of a page in PDF points, as shown; None past the last page."""
        key = (document_id, page_no)
        if key not in self._sizes:
            data = self.verified_bytes(document_id, state)
            if data is None:
                return None
            with _opened_page(data, page_no) as page:
                if page is None:
                    return None
                width, height = page.get_size()  # PDFium applies /Rotate
                self._sizes[key] = (round(width, 2), round(height, 2))
        return self._sizes[key]

    def png(self, state: FileState, document_id: str, page_no: int,
            masks: list[tuple[float, float, float, float]] | tuple = ()) -> bytes | None:
        """The page as a PNG (None past the last page), with an opaque box
        painted over each of `masks` (x0, top, x1, bottom in PDF points, a
        point wider on each side); rendered once per set of masks, then cached."""
        masks = tuple(tuple(float(v) for v in box) for box in masks)
        key = (document_id, page_no, masks)
        with self._lock:
            if key in self._pages:
                self._pages.move_to_end(key)
                return self._pages[key]
        data = self.verified_bytes(document_id, state)
        if data is None:
            return None
        with _opened_page(data, page_no) as page:
            if page is None:
                return None
            image = page.render(scale=SCALE, grayscale=True).to_pil()
        if masks:
            paint = ImageDraw.Draw(image)
            for x0, top, x1, bottom in masks:
                paint.rectangle([(x0 - MASK_MARGIN) * SCALE, (top - MASK_MARGIN) * SCALE,
                                 (x1 + MASK_MARGIN) * SCALE, (bottom + MASK_MARGIN) * SCALE], fill="black")
        out = io.BytesIO()
        image.save(out, "PNG", compress_level=3)
        png = out.getvalue()
        with self._lock:
            self._pages[key] = png
            while len(self._pages) > self._cache_pages:
                self._pages.popitem(last=False)
        return png

    def find_text(self, state: FileState, document_id: str, page_no: int, text: str) -> dict | None:
        """The box of `text` on a page (its first lines' words when the whole
        does not occur on one line), in PDF points from the top-left corner;
        None when it is not there. For warehouses that recorded no boxes."""
        key = (document_id, page_no, text)
        with self._lock:
            if key in self._found:
                return self._found[key]
        found = self._find_text(state, document_id, page_no, text)
        with self._lock:
            if len(self._found) > 4096:
                self._found.clear()
            self._found[key] = found
        return found

    def _find_text(self, state: FileState, document_id: str, page_no: int, text: str) -> dict | None:
        words = text.split()
        tries = [" ".join(words[:n]) for n in (len(words), 8, 5, 3) if 0 < n <= len(words)]
        data = self.verified_bytes(document_id, state)
        if data is None or not tries:
            return None
        with _PDFIUM:
            pdf = pdfium.PdfDocument(data)
            try:
                if not 1 <= page_no <= len(pdf):
                    return None
                page = pdf[page_no - 1]
                height = page.get_size()[1]
                textpage = page.get_textpage()
                for phrase in dict.fromkeys(tries):
                    found = textpage.search(phrase, match_case=False).get_next()
                    if found is None:
                        continue
                    rects = [textpage.get_rect(i) for i in range(textpage.count_rects(*found))]
                    if not rects:
                        continue
                    return {"x0": round(min(r[0] for r in rects), 2), "top": round(height - max(r[3] for r in rects), 2),
                            "x1": round(max(r[2] for r in rects), 2), "bottom": round(height - min(r[1] for r in rects), 2),
                            "text": phrase}
            finally:
                pdf.close()
        return None


@contextmanager
def _opened_page(data: bytes, page_no: int):
    """Page `page_no` (1-based) of the PDF in `data`, or None past its last
    page; PDFium is not thread-safe, so the whole use holds its lock."""
    with _PDFIUM:
        pdf = pdfium.PdfDocument(data)
        try:
            yield pdf[page_no - 1] if 1 <= page_no <= len(pdf) else None
        finally:
            pdf.close()
