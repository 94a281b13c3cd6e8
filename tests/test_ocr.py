"""Scanned pages and garbage text layers go through Tesseract (real OCR,
Swedish model) and then through the same structure rules as any page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fpdf import FPDF
from fpdf.enums import TextMode

from extractors.reading import ocr
from extractors.record import extract_document
from extractors.reading.backends import render_page
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


# ---------------------------------------------------------------- the print, read honestly

BODY = [
    "Nämnden har tagit del av informationen och lägger den till handlingarna.",
    "Förvaltningen redovisar hur arbetet med budgeten har fortskridit under året.",
    "Ledamöterna ställer frågor om kostnaderna och förvaltningen svarar på dem.",
    "Ärendet bereds vidare och återkommer till nämnden vid nästa sammanträde.",
]


def _minutes_page() -> list[Text]:
    lines = [Text(60, 80, "Protokoll", 20, True), Text(60, 130, "§ 12 Godkännande av avtal om samverkan", 12, True)]
    lines += [Text(60, 160 + 16 * k, line, 10) for k, line in enumerate(BODY)]
    lines += [Text(60, 260, "13 § Val av justerare", 12, True)]
    lines += [Text(60, 290 + 16 * k, line, 10) for k, line in enumerate(BODY)]
    return lines


@pytest.fixture(scope="module")
def scanned_minutes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print")
    clean = render(folder / "ren.pdf", [_minutes_page()])
    image = render_page(scan(clean, folder / "skannad.pdf", dpi=200), 1, ocr.DPI)
    return ocr.read_page(image, 595.28, 841.89)


def _lines(page: ocr.OcrPage):
    from extractors.reading.layout import chars_to_lines

    return chars_to_lines(page.chars)


def test_the_section_sign_survives_tesseracts_swedish_model(scanned_minutes):
    # the Swedish model has no '§' and reads '$ 12' / '138'; the sign model restores it
    texts = [line.text for line in _lines(scanned_minutes)]
    assert any(t.startswith("§ 12 Godkännande") for t in texts), texts
    assert any(t.startswith("13 § Val av justerare") for t in texts), texts


def test_ocr_words_carry_weight_and_size_from_the_print(scanned_minutes):
    lines = {line.text.split()[0]: line for line in _lines(scanned_minutes)}
    title, heading, body = lines["Protokoll"], lines["§"], lines["Nämnden"]
    assert all(w.bold for w in title.words) and sum(w.bold for w in heading.words) >= 4
    assert not any(w.bold for w in body.words)
    assert title.size > 1.5 * body.size and heading.size > body.size
    assert 8 <= body.size <= 12  # printed at 10 pt


def test_ocr_keeps_word_confidence(scanned_minutes):
    assert scanned_minutes.confidence is not None and 80 <= scanned_minutes.confidence <= 100


requires_library = pytest.mark.skipif(ocr._library() is None, reason="libtesseract comes with tesseract-ocr")


@requires_library
def test_the_library_reads_as_the_program_does_and_forgets_a_whitelist(tmp_path):
    clean = render(tmp_path / "ren.pdf", [_minutes_page()])
    ink, _ = ocr.prepare(render_page(clean, 1, ocr.DPI))
    words = lambda hocr: [(w.text, w.box) for line in ocr._parse_hocr(hocr) for w in line.words]  # noqa: E731
    program = words(ocr._tesseract_program(ink, ocr.LANGUAGE, ocr.PAGE_SEGMENTATION))
    assert words(ocr._tesseract(ink, ocr.LANGUAGE, ocr.PAGE_SEGMENTATION)) == program and len(program) > 20
    digits = words(ocr._tesseract(ink, ocr.LANGUAGE, ocr.PAGE_SEGMENTATION, ("-c", "tessedit_char_whitelist=0123456789§")))
    assert all(set(text) <= set("0123456789§") for text, _ in digits)
    # the next reading by the same engine is the model's own again, letters and all
    assert words(ocr._tesseract(ink, ocr.LANGUAGE, ocr.PAGE_SEGMENTATION)) == program


def test_skew_is_measured_and_turned_away(tmp_path):
    clean = render(tmp_path / "ren.pdf", [_minutes_page()])
    image = render_page(clean, 1, 150).rotate(2.0, fillcolor=255, expand=False)
    ink, skew = ocr.prepare(image)
    assert abs(abs(skew) - 2.0) <= 0.3
    level_ink, level_skew = ocr.prepare(render_page(clean, 1, 150))
    assert abs(level_skew) <= 0.2 and level_ink.shape == ink.shape


# ---------------------------------------------------------------- the resolution a page is read at

HELVETICA_X_HEIGHT = 0.523  # of an em


def _body_page(size: float) -> list[Text]:
    return [Text(60, 80 + 2 * size * k, line, size) for k, line in enumerate(BODY * 3)]


@pytest.mark.parametrize("size", [7, 10, 14])
@pytest.mark.parametrize("dpi", [100, 200, 300])
def test_the_body_texts_x_height_is_measured_from_the_ink(tmp_path, size, dpi):
    import numpy as np

    gray = np.asarray(render_page(render(tmp_path / "ren.pdf", [_body_page(size)]), 1, dpi))
    assert ocr.body_x_height(gray < ocr._otsu(gray)) == pytest.approx(size * HELVETICA_X_HEIGHT * dpi / 72, abs=1.0)


def test_body_text_is_read_at_the_least_resolution_and_small_print_higher(tmp_path):
    least = 200  # PARAGRAF_OCR_LEAST_DPI=200
    body = render_page(render(tmp_path / "tio.pdf", [_body_page(10)]), 1, least)  # x-height 14.5 px at 200 dpi
    small = render_page(render(tmp_path / "sju.pdf", [_body_page(7)]), 1, least)  # 10.2 px
    blank = render_page(render(tmp_path / "tom.pdf", [[]]), 1, least)
    assert ocr.reading_dpi(body, least) == least
    wanted = ocr.reading_dpi(small, least)
    assert least < wanted <= ocr.DPI and 7 * HELVETICA_X_HEIGHT * wanted / 72 >= 0.95 * ocr.X_HEIGHT_PIXELS
    assert ocr.reading_dpi(blank, least) == ocr.DPI  # nothing to measure: the most


def test_every_scan_is_read_at_300_dpi_unless_a_least_resolution_is_asked_for(tmp_path, monkeypatch):
    from extractors.reading import pages
    from extractors.reading.backends import RawPage

    path = scan(render(tmp_path / "tio.pdf", [_body_page(10)]), tmp_path / "tio-skannad.pdf")
    assert ocr.LEAST_DPI == ocr.DPI == 300 and abs(pages._render(path, RawPage(1, 595.28, 841.89, [])).width - 2480) <= 1
    monkeypatch.setattr(ocr, "LEAST_DPI", 200)
    assert abs(pages._render(path, RawPage(1, 595.28, 841.89, [])).width - 595.28 * 200 / 72) <= 1


def test_a_scan_in_small_print_is_rendered_higher_and_read(tmp_path, monkeypatch):
    from extractors.reading import pages
    from extractors.reading.backends import RawPage

    monkeypatch.setattr(ocr, "LEAST_DPI", 200)
    path = scan(render(tmp_path / "sju.pdf", [_body_page(7)]), tmp_path / "sju-skannad.pdf")
    image = pages._render(path, RawPage(1, 595.28, 841.89, []))
    assert image.width > round(595.28 * 200 / 72)
    text = " ".join(line.text for line in _lines(ocr.read_page(image, 595.28, 841.89)))
    assert all(word in text for word in ("Nämnden", "Förvaltningen", "sammanträde")), text


# ---------------------------------------------------------------- is the text layer telling the truth?

GOOD = " ".join(BODY * 2)
# what a broken font map does: letters dropped or swapped for others
BROKEN = GOOD.replace("o", "").replace("i", "h").replace("l", "j")

requires_word_list = pytest.mark.skipif(ocr._vocabulary() is None, reason="wordfreq is installed by scripts/install")


@requires_word_list
def test_known_share_tells_swedish_from_a_broken_font_map():
    assert ocr.known_share(GOOD) >= 0.95
    assert ocr.known_share(BROKEN) < ocr.KNOWN_SHARE_FLOOR
    assert ocr.known_share("Figur 3 visar") is None  # too few words to judge
    # compounds of two known words are Swedish too
    assert ocr._is_known("sammanträdesprotokoll", ocr._vocabulary())


def test_suspect_pages_by_floor_and_by_neighbours():
    assert ocr.suspect_pages([0.97, 0.95, 0.40, None, 0.98]) == [2]
    assert ocr.suspect_pages([0.97, 0.84, 0.99]) == []  # a page of names and numbers is not broken
    assert ocr.suspect_pages([0.99, 0.99, 0.78, 0.99]) == [2]
    assert ocr.suspect_pages([None, None]) == []


@requires_word_list
def test_a_text_layer_that_is_not_swedish_is_read_by_ocr_and_a_good_one_is_not(tmp_path):
    page = [Text(60, 80, "Protokoll", 16, True)] + [Text(60, 110 + 16 * k, line, 10) for k, line in enumerate(BODY * 2)]
    clean = render(tmp_path / "ren.pdf", [page, page])
    # page 1: the print over a text layer whose letters are wrong (no ISO 646 signs:
    # only the words give it away); page 2 stays a good text layer
    broken = scan(clean, tmp_path / "trasig.pdf", hidden="\n".join(BROKEN.split(". ")))
    record = extract_document(broken)
    assert record.pages[0].text_source is TextSource.OCR
    assert "handlingarna" in record.pages[0].text
    # invisible text over a scan: named as an earlier OCR
    assert any(("not Swedish" in p.message or "earlier OCR" in p.message) and p.page_no == 1 for p in record.problems)

    good = extract_document(clean)
    assert {p.text_source for p in good.pages} == {TextSource.TEXT}
    assert not any("not Swedish" in p.message for p in good.problems)


def _line(y: float, *words: str, bold: bool = False, size: float = 11.0, step: float = 40.0) -> "Line":
    from schemas.document import Line, Word

    return Line((tuple(Word(w, 70 + k * step, 70 + k * step + 6 * len(w), y, y + 10, size, bold) for k, w in enumerate(words)),))


def test_a_partly_untrue_text_layer_keeps_its_true_lines_and_its_signs():
    printed = [
        _line(100, "13", "§", "Val", "av", "ordförande", bold=True),  # Swedish as printed: the text layer's, bold and '§'
        _line(120, "Sektionen", "valde", "Martn", "til", "ordförande"),  # a dropped 'ti': OCR's
        _line(140, "Beslut", "11...2022,", "31", "§"),  # broken digits: OCR's, but the '§' the text layer prints
        _line(160, "Protokoll", "1.", "§"),  # '15 §' with a broken 5: OCR's
        _line(180, "15", "§", bold=True),  # OCR sees no digit (printed over other text): the text layer's
        _line(200, "Beredning:", "sekreterare", "Johan", "Svenlin"),  # OCR garbles it: the text layer's
    ]
    read = [
        _line(40, "IF", "KOMMUN"),  # a logo: no text in the layer there
        _line(101, "138", "Val", "av", "ordförande", size=9.0),
        _line(121, "Sektionen", "valde", "Martin", "till", "ordförande", size=9.0),
        _line(141, "Beslut", "16.5.2022,", "31", "&", size=9.0),
        _line(161, "Protokoll", "15", "&", size=9.0),
        _line(181, "S", size=9.0),
        _line(201, "Beredning:", "sekreterJodhiann", "Savtenolirn", size=9.0),
    ]
    merged, from_ocr = ocr.merge_reading(printed, read)
    assert [ln.text for ln in merged] == [
        "13 § Val av ordförande",
        "Sektionen valde Martin till ordförande",
        "Beslut 16.5.2022, 31 §",
        "Protokoll 15 §",
        "15 §",
        "Beredning: sekreterare Johan Svenlin",
    ]
    assert from_ocr == 3 and merged[0] is printed[0] and merged[4] is printed[4]
    assert all(w.size == 11.0 for ln in merged for w in ln.words)  # the text layer's sizes, not OCR's estimates
    assert ocr.merge_reading(printed[:1], [])[0] == printed[:1]


def test_a_page_printed_across_is_turned_upright(tmp_path):
    source = tmp_path / "across.pdf"
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=14)
    lines = [
        "Debiteringslängd för vägsamfälligheten",
        "Beloppet ska vara betalt senast den sista oktober",
        "Fastighet Andelstal Belopp Ägare",
        "Totalt utdebiterat belopp tjugofem tusen kronor",
    ]
    with pdf.rotation(90, x=300, y=420):
        for k, line in enumerate(lines):
            pdf.text(120, 300 + 24 * k, line)
    pdf.output(str(source))
    record = extract_document(scan(source, tmp_path / "across-scan.pdf"))
    text = record.pages[0].text
    assert "Debiteringslängd" in text and "Totalt utdebiterat belopp" in text
    assert text.index("Debiteringslängd") < text.index("Totalt")


def test_an_earlier_ocr_under_a_scan_is_told_from_a_printed_text_layer(tmp_path):
    clean = render(tmp_path / "ren.pdf", [[Text(60, 110, "Socialnämnden i Bräcke kommun")]])
    sandwich = scan(clean, tmp_path / "sandwich.pdf", hidden="Socialn{mnden i Br{cke kommun")
    assert ocr.invisible_text_pages(sandwich, [1]) == {1}
    assert ocr.invisible_text_pages(clean, [1]) == set()


def test_an_earlier_ocr_keeps_only_its_better_lines_and_no_typography():
    earlier = [_line(100, "TILLSYNSPROTOKOLL", "firTi:)I"), _line(120, "Ord", "inarie", "översyn")]
    read = [_line(101, "TENISLKILLSDYA", "NVSÄGPARROTOKOLL", bold=True), _line(121, "Ordinarie", "översyn", bold=True)]
    merged, from_ocr = ocr.merge_reading(earlier, read, earlier_ocr=True)
    assert merged[0] is earlier[0] and merged[1] is read[1] and from_ocr == 1


def _with_blank_pages(path: Path, blank: int, white_box: bool = False, scanned_text: bool = False) -> Path:
    """A one-page kallelse followed by `blank` pages with nothing on them (or
    only a white box drawn on the paper); with `scanned_text`, one more page
    that is an image of text and must still go to OCR."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_font("Helvetica", "", 12)
    pdf.add_page()
    pdf.text(60, 60, "Kallelse Socialnämnden")
    pdf.text(60, 80, "Datum: 2024-03-05")
    for _ in range(blank):
        pdf.add_page()
        if white_box:
            pdf.set_fill_color(255, 255, 255)
            pdf.rect(50, 50, 400, 600, style="F")
    if scanned_text:
        source = render(path.with_name("text.pdf"), [[Text(60, 80, "Justerare Anna Berg", 14)]])
        image = render_page(source, 1, 100)
        image_path = path.with_name("scan.png")
        image.save(image_path)
        pdf.add_page()
        pdf.image(str(image_path), x=0, y=0, w=595)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("white_box", [False, True])
def test_blank_pages_never_go_to_ocr_and_a_scan_among_them_does(tmp_path, monkeypatch, white_box):
    read = []
    real = ocr.read_page
    monkeypatch.setattr(ocr, "read_page", lambda image, w, h: read.append(1) or real(image, w, h))
    record = extract_document(_with_blank_pages(tmp_path / "k.pdf", 30, white_box=white_box, scanned_text=True))
    assert record.page_count == 32 and len(read) == 1  # the scanned page alone
    assert any("Justerare" in line.text for line in record.pages[-1].lines)
    blank = [p.message for p in record.problems if "blank" in p.message]
    assert blank == ["pages 2–31 are blank (no ink: not read by OCR)"]


def test_a_pdf_of_blank_pages_alone_fails_no_text_without_ocr(tmp_path, monkeypatch):
    monkeypatch.setattr(ocr, "read_page", lambda *a: pytest.fail("a blank page went to OCR"))
    pdf = FPDF()
    for _ in range(40):
        pdf.add_page()
    pdf.output(str(tmp_path / "blank.pdf"))
    record = extract_document(tmp_path / "blank.pdf")
    assert record.error_code.value == "no_text" and "none of them holds any ink" in record.error


def _table_minutes(path: Path, hidden_over: Path | None = None) -> Path:
    """An association's minutes whose items stand in a ruled table, the
    number alone in a narrow 'Punkt' column. With `hidden_over`, the page is
    that file's scan under an earlier OCR's invisible text that, as such
    engines do, left out the lone numbers and read a column rule as '|'."""
    rows = [
        ("1.", "Mötets öppnande", "Ordföranden hälsade alla välkomna."),
        ("2.", "Val av justerare", "Mötet valde Eva Lind till justerare."),
        ("3.", "Ekonomi", "Kassören redovisade läget i kassan."),
        ("4.", "Underhåll av vägen", "Mötet beslutade att anlita Vägbolaget."),
        ("5.", "Övrigt", "Inga övriga frågor togs upp."),
        ("6.", "Mötets avslutande", "Ordföranden tackade och avslutade mötet."),
    ]
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    pdf.add_page()
    if hidden_over is not None:
        pdf.image(render_page(hidden_over, 1, 300), x=0, y=0, w=pdf.w, h=pdf.h)
        pdf.text_mode = TextMode.INVISIBLE

    def text(x, y, words, size=10.0, bold=False):
        pdf.set_font("Helvetica", "B" if bold else "", size)
        pdf.text(x, y, words)

    text(60, 80, "Byalaget Norrskog", 18, True)
    text(60, 104, "PROTOKOLL", 12)
    text(60, 122, "Styrelsemöte 2024-03-12", 12)
    text(60, 150, "Datum och tid: 2024-03-12 kl. 19.00")
    text(60, 165, "Plats: Bygdegården")
    top = 190.0
    text(56, top + 12, "Punkt")
    text(96, top + 12, "Vad")
    y = top + 18
    for number, title, body in rows:
        if hidden_over is None:
            pdf.line(50, y, 500, y)
            text(70, y + 13, number)
        elif number == "5.":
            text(84, y + 13, "|")  # the rule between the columns, read as a letter
        text(96, y + 13, title, bold=True)
        text(96, y + 27, body)
        y += 36
    if hidden_over is None:
        pdf.line(50, top, 500, top)
        pdf.line(50, y, 500, y)
        for x in (50, 90, 500):
            pdf.line(x, top, x, y)
    pdf.text_mode = TextMode.FILL
    text(60, y + 40, "Vid protokollet")
    pdf.output(str(path))
    return path


def test_numbers_an_earlier_ocr_left_out_of_a_table_are_read_from_the_scan(tmp_path):
    clean = _table_minutes(tmp_path / "tryckt.pdf")
    sandwich = _table_minutes(tmp_path / "skannat.pdf", hidden_over=clean)
    assert ocr.invisible_text_pages(sandwich, [1]) == {1}

    record = extract_document(sandwich)
    assert record.kind.value == "protokoll"
    assert [i.number for i in record.items] == [1, 2, 3, 4, 5, 6]
    assert [i.title for i in record.items][:5] == [
        "Mötets öppnande", "Val av justerare", "Ekonomi", "Underhåll av vägen", "Övrigt",
    ]
    assert "|" not in record.pages[0].text  # the column rule read as a letter is gone
    assert any("left out 6 item number" in p.message and p.page_no == 1 for p in record.problems)


def test_a_line_that_is_only_a_border_goes_and_its_words_stay():
    assert ocr.without_borders(_line(100, "7.", "|", "Övrigt")).text == "7. Övrigt"
    assert ocr.without_borders(_line(100, "|", "||")) is None
    kept = _line(100, "Sida", "1", "av", "3")
    assert ocr.without_borders(kept) is kept


def test_underlined_headings_of_a_scan_are_read_as_printed(tmp_path):
    """A typed page whose headings are underlined: the rule runs through the
    descenders ('g', 'j', 'p') and Tesseract read 'Val av två justerare' as
    'Vatlvå jaustevrare'. The underline is taken off the scan before it is
    read, the letters it crosses kept."""
    titles = ["Mötets öppnande", "Val av två justerare", "Godkännande av dagordningen",
              "Budget och byavgift för 2023", "Information från fiberföreningen", "Övrigt"]
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=12)
    pdf.text(72, 80, "Exempelviks byalags höstmöte 2022 - Protokoll")
    y = 120
    for n, title in enumerate(titles, 1):
        pdf.set_font("DejaVu", size=11)
        pdf.text(72, y, f"{n}.")
        pdf.set_font("DejaVu", "", 11)
        pdf.text(98, y, title)
        pdf.line(98, y + 2.2, 98 + pdf.get_string_width(title), y + 2.2)
        pdf.text(98, y + 16, "Mötet beslutade att godkänna förslaget.")
        y += 42
    typed = tmp_path / "typed.pdf"
    pdf.output(str(typed))
    record = extract_document(scan(typed, tmp_path / "scan.pdf"))
    assert record.text_source is TextSource.OCR
    assert [i.title for i in record.items] == titles
