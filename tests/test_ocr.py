"""Scanned pages and garbage text layers go through Tesseract (real OCR,
Swedish model) and then through the same structure rules as any page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from extractors import ocr
from extractors.document import extract_document
from extractors.pdf import render_page
from schemas.document import Char, TextSource
from tests.conftest import CORPUS, gold_for
from tests.pdfmaker import Text, render

pytestmark = pytest.mark.skipif(not ocr.available(), reason="tesseract-ocr-swe is installed by scripts/install")


def scan(source: Path, out: Path, dpi: int = 300, hidden: str | None = None) -> Path:
    """An image-only rendering of `source`, as a scanner would make it;
    `hidden` puts an invisible (garbage) text layer over page 1."""
    import pypdfium2

    count = len(pypdfium2.PdfDocument(str(source)))
    pdf = FPDF(unit="pt", format="A4")
    for page_no in range(1, count + 1):
        pdf.add_page()
        pdf.image(render_page(source, page_no, dpi), x=0, y=0, w=pdf.w, h=pdf.h)
        if hidden and page_no == 1:
            pdf.set_font("Helvetica", size=10)
            pdf.text_mode = TextMode.INVISIBLE
            for k, line in enumerate(hidden.splitlines()):
                pdf.text(60, 100 + 14 * k, line)
            pdf.text_mode = TextMode.FILL
    pdf.output(str(out))
    return out


@pytest.fixture(scope="module")
def scanned_protokoll(tmp_path_factory):
    source = CORPUS / "svom-2025-03-07-protokoll.pdf"
    path = scan(source, tmp_path_factory.mktemp("scan") / "protokoll-skannat.pdf")
    return gold_for(source), extract_document(path)


def test_a_scanned_protokoll_is_read_by_ocr(scanned_protokoll):
    gold, record = scanned_protokoll
    assert record.status.value == "ok" and record.text_source is TextSource.OCR
    assert {p.text_source for p in record.pages} == {TextSource.OCR}
    assert record.header.meeting_date == dt.date(2025, 3, 7)
    # '§3' comes back from Tesseract as '83', '&1', '$10': the § headings are still found
    assert [i.number for i in record.items] == [i["number"] for i in gold["items"]]
    titles = sum(i.title == g["title"] for i, g in zip(record.items, gold["items"]))
    assert titles >= 0.9 * len(gold["items"])


def test_a_scanned_protokoll_keeps_its_participants_and_dates(scanned_protokoll):
    gold, record = scanned_protokoll
    want = {(p["name"], p["role"]) for p in gold["participants"]}
    got = {(p.name, p.role.value) for p in record.participants}
    assert len(want & got) >= 0.85 * len(want)
    dates = {(d.item_number, d.date) for d in record.item_dates}
    assert (12, dt.date(2025, 12, 31)) in dates and (11, dt.date(2025, 12, 31)) in dates


def test_a_garbage_text_layer_is_replaced_by_ocr(tmp_path):
    clean = render(tmp_path / "ren.pdf", [[
        Text(60, 80, "Kallelse", 16, True),
        Text(60, 110, "Socialnämnden i Bräcke kommun"),
        Text(60, 130, "Ledamöter och ersättare kallas till sammanträde för att behandla ärendena."),
        Text(60, 150, "Förslag till beslut: nämnden godkänner årsredovisningen för förvaltningen."),
    ]])
    broken = "Socialn{mnden i Br{cke kommun\nLedam|ter och ers{ttare kallas till sammantr{de f|r att behandla [rendena.\n" \
             "F|rslag till beslut: n{mnden godk{nner }rsredovisningen f|r f|rvaltningen."
    record = extract_document(scan(clean, tmp_path / "trasig.pdf", hidden=broken))
    assert record.pages[0].text_source is TextSource.OCR
    assert "Bräcke" in record.pages[0].text and "Br{cke" not in record.pages[0].text


def test_text_quality_check():
    def chars(text: str) -> list[Char]:
        return [Char(c, i * 5.0, i * 5.0 + 5, 0, 10, 10) for i, c in enumerate(text)]

    assert ocr.needs_ocr([])
    assert ocr.needs_ocr(chars("Ledam|ter och ers{ttare i Br{cke kommun kallas f|r att behandla [rendena"))
    assert not ocr.needs_ocr(chars("Ledamöter och ersättare i Bräcke kommun kallas för att behandla ärendena"))
    assert not ocr.needs_ocr(chars("Figur 3"))  # too little text to judge
