"""The two PDF backends agree: pdfium (the default, fast) reads every corpus
PDF into the same records as pdfplumber (the reference)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from extractors.reading import layout
from extractors.record import extract_document
from extractors.reading.backends import BACKENDS, DEFAULT_BACKEND, get_backend
from schemas.document import Status

from tests.conftest import corpus_pdfs

ALL = sorted(BACKENDS)


def _facts(record) -> dict:
    """What the parity bar names, plus the rest a user reads."""
    return {
        "status": record.status,
        "kind": record.kind,
        "header": record.header.model_dump(),
        "items": [i.model_dump(exclude=_BOXES) for i in record.items],
        "participants": [p.model_dump(exclude=_BOXES) for p in record.participants],
        "amounts": [a.model_dump(exclude=_BOXES) for a in record.amounts],
        "agreement_mentions": [m.model_dump(exclude=_BOXES) for m in record.agreement_mentions],
        "item_dates": [d.model_dump(exclude=_BOXES) for d in record.item_dates],
        "pages": [(p.page_no, p.text) for p in record.pages],
    }


# provenance boxes are compared apart: the backends' glyph boxes differ by a point or two
_BOXES = {"box", "field_boxes", "presenter_boxes"}
BOX_TOLERANCE = 0.25  # of the box's height (a large title's glyph boxes differ more), and at least 3 points


def _boxes(record) -> list:
    out = [b for i in record.items for b in (i.box, *i.field_boxes, *i.presenter_boxes)]
    return out + [p.box for parts in (record.participants, record.amounts, record.agreement_mentions, record.item_dates) for p in parts]


@pytest.mark.parametrize("pdf", corpus_pdfs(), ids=lambda p: p.name)
def test_backends_read_every_corpus_pdf_into_the_same_records(pdf: Path):
    records = {name: extract_document(pdf, backend=name) for name in ALL}
    assert all(r.status is Status.OK for r in records.values())
    reference = _facts(records["pdfplumber"])
    assert reference["items"] or reference["amounts"]  # a document with something to compare
    for name in ALL:
        facts = _facts(records[name])
        for key in reference:  # one key at a time, so a failure says which
            assert facts[key] == reference[key], f"{name} differs from pdfplumber in {key}"
        for a, b in zip(_boxes(records[name]), _boxes(records["pdfplumber"]), strict=True):
            near = a is not None and b is not None and max(3.0, BOX_TOLERANCE * (b.bottom - b.top))
            assert (a is None) == (b is None) and (a is None or a.page_no == b.page_no and all(
                abs(getattr(a, k) - getattr(b, k)) <= near for k in ("x0", "top", "x1", "bottom"))), (name, a, b)


def test_the_default_backend_is_a_registered_one():
    assert DEFAULT_BACKEND in BACKENDS


def _pdf(path: Path, content: str) -> Path:
    """One A4 page drawn by `content` (PDF operators; Helvetica as /R, bold as /B)."""
    pdf = pikepdf.new()

    def font(name: str):
        return pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name(name),
            Encoding=pikepdf.Name.WinAnsiEncoding,
        ))

    fonts = pikepdf.Dictionary(R=font("/Helvetica"), B=font("/Helvetica-Bold"))
    page = pikepdf.Dictionary(Type=pikepdf.Name.Page, MediaBox=[0, 0, 595, 842], Resources=pikepdf.Dictionary(Font=fonts),
                              Contents=pdf.make_stream(content.encode("cp1252")))
    pdf.pages.append(pikepdf.Page(page))
    pdf.save(path)
    return path


def _words(path: Path, backend: str) -> list[tuple[str, int, bool]]:
    (raw,) = get_backend(backend).pages(path)
    return [(w.text, round(w.size), w.bold) for line in layout.chars_to_lines(raw.chars) for w in line.words]


@pytest.mark.parametrize("backend", ALL)
def test_sizes_fonts_gaps_and_orientation_read_alike(tmp_path: Path, backend: str):
    """A font set at size 1 and scaled by the text matrix is 12 pt; words
    positioned apart without space glyphs are two words (PDFium's generated
    spaces are not used); bold comes from the font name; text turned a
    quarter is not read (pdfminer's 'upright')."""
    content = (
        "BT /B 1 Tf 12 0 0 12 72 760 Tm (Beslut) Tj ET "
        "BT /R 10 Tf 72 740 Td (Region) Tj 40 0 Td (Jämtland) Tj ET "
        "BT /R 10 Tf [(Sam) -30 (man) 0 (fattning)] TJ ET "
        "BT /R 10 Tf 0 1 -1 0 300 300 Tm (Sidled) Tj ET"
    )
    pdf = _pdf(tmp_path / "shapes.pdf", content)
    words = _words(pdf, backend)
    assert words[:3] == [("Beslut", 12, True), ("Region", 10, False), ("Jämtland", 10, False)]
    assert not any("Sidled" in w or w.startswith("S i") for w, _, _ in words)
    assert _words(pdf, backend) == _words(pdf, "pdfplumber")


@pytest.mark.parametrize("backend", ALL)
def test_a_hyphen_at_a_line_end_is_a_hyphen(tmp_path: Path, backend: str):
    """PDFium marks a line-end hyphen with a control code; it must come out
    as '-', so 'utrednings-' + 'processen' is joined like with pdfplumber."""
    content = "BT /R 10 Tf 72 760 Td (utrednings-) Tj 0 -12 Td (processen pågår) Tj ET"
    pdf = _pdf(tmp_path / "hyphen.pdf", content)
    (raw,) = get_backend(backend).pages(pdf)
    assert layout.lines_to_text(layout.chars_to_lines(raw.chars)) == "utredningsprocessen\npågår"
