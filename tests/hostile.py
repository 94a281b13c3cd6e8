"""Hostile PDFs the tests build themselves, each named after what it does."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pikepdf

from tests.conftest import CORPUS


def raw_pdf(path: Path, objects: list[bytes], root: int = 1) -> Path:
    """A PDF written by hand, object by object, with a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    path.write_bytes(bytes(out))
    return path


def _page(contents: int, parent: int = 2) -> bytes:
    return (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
            % (parent, contents))


def _stream(data: bytes, compressed: bool = False) -> bytes:
    extra = b" /Filter /FlateDecode" if compressed else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


TEXT = b"BT /F1 12 Tf 60 780 Td (Protokoll) Tj 0 -20 Td (Socialnamnden har sammantrade och beslutar om budget) Tj ET"


def decompression_bomb(path: Path, megabytes: int = 600, ink: bool = False) -> Path:
    """A content stream of a few hundred kilobytes that inflates to `megabytes` MB:
    of spaces (a page with no ink, which a reader may skip once parsed), or with
    `ink` of short strokes, each a path object of its own that must be parsed and
    drawn (a parser busy for as long as one lets it)."""
    packer = zlib.compressobj(9)
    stroke = b"10 10 m 20 20 l S\n"
    chunk = stroke * (2**20 // len(stroke)) if ink else b" " * 2**20
    data = b"".join(packer.compress(chunk) for _ in range(megabytes)) + packer.flush()
    return raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        _page(4),
        _stream(data, compressed=True),
    ])


def _one_page(path: Path, kids: bytes, count: int) -> Path:
    return raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        _page(4),
        _stream(TEXT),
    ])


def looping_page_tree(path: Path) -> Path:
    """/Pages whose kids include itself."""
    return _one_page(path, b"2 0 R 3 0 R", 2)


def page_tree_that_contains_itself(path: Path) -> Path:
    """Two pages; the second sits in a /Pages node whose kids start with the
    root again, and the root claims three pages: PDFium then reads the first
    page three times."""
    second = b"BT /F1 12 Tf 60 780 Td (Kommunstyrelsen beslutar om andra sidan) Tj ET"
    return raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 7 0 R] /Count 3 >>",
        _page(4),
        _stream(TEXT),
        _page(6, parent=7),
        _stream(second),
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 5 0 R] /Count 2 >>",
    ])


def same_page_twice(path: Path) -> Path:
    """One page object listed twice among the kids."""
    return _one_page(path, b"3 0 R 3 0 R", 2)


def page_count_zero(path: Path) -> Path:
    """A well-formed PDF whose page tree holds no pages: /Count 0, no kids."""
    return raw_pdf(path, [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ])


def lying_page_count(path: Path) -> Path:
    """Says it has 500 pages; has one."""
    return _one_page(path, b"3 0 R", 500)


def broken_xref(path: Path) -> Path:
    """A sample protokoll whose cross-reference offsets all point nowhere."""
    data = (CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes()
    start = data.rindex(b"startxref")
    return _write(path, data[:start] + b"startxref\n999999\n%%EOF\n")


def broken_xref_rows(path: Path) -> Path:
    """A sample protokoll whose cross-reference table stands where its
    startxref says, but three of its rows point into the middle of other
    objects (as a file edited by hand, or damaged in transit, has)."""
    data = bytearray((CORPUS / "svom-2025-03-07-protokoll.pdf").read_bytes())
    table = data.rindex(b"\nxref") + 1
    rows = [m for m in re.finditer(rb"(\d{10}) \d{5} n", data[table:])][1:4]
    for m in rows:
        at = table + m.start()
        data[at:at + 10] = b"%010d" % (int(m.group(1)) + 7)
    return _write(path, bytes(data))


def owner_password_only(path: Path) -> Path:
    """Encrypted with an owner password and an empty user password: opens for reading."""
    with pikepdf.open(CORPUS / "svom-2025-03-07-protokoll.pdf") as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="ägare", user="", R=6))
    return path


def with_javascript_and_attachment(path: Path) -> Path:
    """JavaScript run on open and an embedded executable: never run, never written out."""
    with pikepdf.open(CORPUS / "svom-2025-03-07-protokoll.pdf") as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert('hej');"))
        pdf.attachments["virus.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00 not really", mime_type="application/octet-stream")
        pdf.save(path)
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
