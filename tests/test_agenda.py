"""Agenda items of a kallelse in layouts the shared sets do not all have,
rendered here: rows told apart by position, typography and rising numbers,
not by one template (extraction only: no Prefect, no DuckDB)."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from extractors.structure import agenda
from extractors.reading.placed import Placed
from extractors.record import extract_document
from schemas.document import Line, Word
from tests.pdfmaker import Sheet as PdfSheet
from tests.pdfmaker import Text, render

LEFT = 60.0


def Sheet(header: str | None = None) -> PdfSheet:
    """A sheet whose first line stands below room for a running header."""
    return PdfSheet(header=header, top=90.0)


def _head(sheet: Sheet) -> None:
    sheet.line((LEFT, "Kallelse"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "Tid: 2024-03-12 kl. 09:00-12:00"))
    sheet.line((LEFT, "Plats: Kommunhuset"), gap=30)


def _items(record) -> dict:
    return {i.number: i for i in record.items}


def _width(text: str, size: float, bold: bool) -> float:
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", "B" if bold else "", size)
    return pdf.get_string_width(text)


# ---------------------------------------------------------------- one-line rows


def test_one_line_rows_with_bold_titles_and_plain_presenters_that_wrap(tmp_path):
    """'5. Title — Presenters — 12:40': the title bold, the rest plain, so the
    row's weight is read from its number and first words; a row too long for
    the line goes on flush with it on the next."""
    sheet = Sheet()
    _head(sheet)
    rows = [
        ("1. Mötet öppnas", " — Eva Nord — 09:00"),
        ("2. Val av justerare", " — Eva Nord"),
        ("3. Skrivelse från samrådsgruppen om samverkan mellan kommunerna och psykiatrin i länet", None),
        ("4. Övriga frågor", " — Eva Nord — 11:50"),
    ]
    for title, rest in rows:
        sheet.line((LEFT, title, True), *([(LEFT + _width(title + " ", 10, True), rest, False)] if rest else []), size=10, gap=13)
        if title.startswith("3."):
            sheet.line((LEFT, "— Lars Holm, Sara Lind — 10:40", False), size=10, gap=13)
        sheet.space(6)
        if title.startswith("2."):
            sheet.line((LEFT + 14, "Förslag till beslut"), bold=True)
            sheet.line((LEFT + 14, "Nämnden föreslås besluta att:"))
            for n in (1, 2, 3):  # a list inside the item: restarts, so it is no agenda series
                sheet.line((LEFT + 16, f"{n}. Punkt {n} i förslaget."))
            sheet.space(6)
    record = extract_document(sheet.render(tmp_path / "one-line.pdf"))
    items = _items(record)
    assert list(items) == [1, 2, 3, 4]
    assert items[3].title == "Skrivelse från samrådsgruppen om samverkan mellan kommunerna och psykiatrin i länet"
    assert items[3].presenters == ["Lars Holm", "Sara Lind"]
    assert [items[n].scheduled_time for n in (1, 2, 3, 4)] == ["09:00", None, "10:40", "11:50"]
    assert items[2].proposal.splitlines()[1:] == ["1. Punkt 1 i förslaget.", "2. Punkt 2 i förslaget.", "3. Punkt 3 i förslaget."]


# ---------------------------------------------------------------- number cell, presenter line, stated divider


def _number_cell_agenda(tmp_path: Path, stated_in_header: bool) -> Path:
    sheet = Sheet(header="Socialnämnden   KALLELSE")
    _head(sheet)
    agenda = [(1, "Mötet öppnas", "Eva Nord", "09:00"), (2, "Budget 2025", "Lars Holm, Sara Lind", "09:15"),
              (3, "Samverkansavtal", "Maja Sund", "10:00"), (4, "Mötet avslutas", "Eva Nord", "11:00")]
    for number, title, presenters, time in agenda:
        sheet.line((LEFT, f"{number}.", True), (LEFT + 30, title, True), size=11, gap=15)
        sheet.line((LEFT + 30, f"Föredragande: {presenters}, kl. {time}"), gap=18)
        if number == 3:
            sheet.line((LEFT + 30, "Beslutsunderlag"), bold=True)
            sheet.line((LEFT + 34, "– Tjänsteskrivelse samverkansavtal"), gap=20)
    # the bundled attachment: a divider page that says whose it is, then the document
    statement = "Bilaga till ärende 3"
    if stated_in_header:
        sheet.new_page(header=statement)
    else:
        sheet.new_page().line((LEFT, statement), size=14, bold=True)
    sheet.new_page(header=statement if stated_in_header else None)
    sheet.line((LEFT, "Tjänsteskrivelse samverkansavtal"), size=14, bold=True, gap=24)
    for n in (1, 2):  # numbered headings of the attachment: not agenda rows
        sheet.line((LEFT, f"{n}. Avsnitt {n} i tjänsteskrivelsen", True), size=11)
        sheet.line((LEFT, "Löpande text i bilagan om avtalet och dess villkor."))
    sheet.new_page(header=statement if stated_in_header else None).line((LEFT, "Sista sidan i bilagan."))
    return sheet.render(tmp_path / f"number-cell-{stated_in_header}.pdf")


def test_number_cell_rows_take_their_time_from_the_presenter_line(tmp_path):
    record = extract_document(_number_cell_agenda(tmp_path, stated_in_header=False))
    items = _items(record)
    assert list(items) == [1, 2, 3, 4]
    assert [items[n].title for n in (1, 2, 3, 4)] == ["Mötet öppnas", "Budget 2025", "Samverkansavtal", "Mötet avslutas"]
    assert [items[n].scheduled_time for n in (1, 2, 3, 4)] == ["09:00", "09:15", "10:00", "11:00"]
    assert items[2].presenters == ["Lars Holm", "Sara Lind"]


def test_a_divider_that_states_its_item_starts_the_bundle_even_in_a_running_header(tmp_path):
    for in_header in (False, True):
        record = extract_document(_number_cell_agenda(tmp_path, stated_in_header=in_header))
        items = _items(record)
        assert list(items) == [1, 2, 3, 4], in_header
        assert (items[3].page_start, items[3].page_end) == (1, 4), in_header
        assert [(a.title, a.page_start) for a in items[3].attachments] == [("Tjänsteskrivelse samverkansavtal", 3)]
        assert items[4].page_end == 1


# ---------------------------------------------------------------- association agenda with cited attachments


def test_an_agenda_citing_bilaga_n_owns_the_pages_labelled_so_and_small_tables_are_not_rows(tmp_path):
    sheet = Sheet()
    sheet.line((LEFT, "Kallelse till årsstämma"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "DAGORDNING"), size=14, bold=True, gap=20)
    titles = ["Val av ordförande", "Val av sekreterare", "Styrelsens berättelse (Bilaga 1)",
              "Förslag till budget (Bilaga 2)", "Övriga frågor"]
    for n, title in enumerate(titles, start=1):
        sheet.line((LEFT + 18, f"{n}. {title}"), size=12, gap=16)
    sheet.new_page().line((480, "Bilaga 1"), size=9).line((LEFT, "Årsberättelse"), size=20, bold=True, gap=30)
    for _ in range(12):
        sheet.line((LEFT, "Styrelsen har sammanträtt elva gånger under året och skött föreningens gemensamma ytor."))
    sheet.new_page().line((480, "Bilaga 2"), size=9).line((LEFT, "Budget"), size=20, bold=True, gap=30)
    for n in range(1, 9):  # a budget table in small print numbers its lines too
        sheet.line((LEFT, str(n), False), (LEFT + 20, f"Post {n}"), (LEFT + 200, f"{n} 000"), size=6, gap=8)
    record = extract_document(sheet.render(tmp_path / "stamma.pdf"))
    items = _items(record)
    assert list(items) == [1, 2, 3, 4, 5]
    assert (items[3].page_start, items[3].page_end) == (1, 2)
    assert (items[4].page_start, items[4].page_end) == (1, 3)
    assert items[5].page_end == 1


# ---------------------------------------------------------------- scanned rows


def _ocr_line(page: int, top: float, *cells: tuple[float, str]) -> Placed:
    segments = []
    for x, text in cells:
        words, at = [], x
        for w in text.split():
            words.append(Word(w, at, at + 6 * len(w), top, top + 10, 10.0, False))
            at += 6 * len(w) + 4
        segments.append(tuple(words))
    return Placed(page, Line(tuple(segments)), 60.0, 540.0, ocr=True)


def test_scanned_rows_with_misread_numbers_are_found_by_their_presenter_lines():
    """OCR read '1.' as '5', '2.' as 'på' and lost '3.': the presenter line
    under each row finds the rows, the readable numbers give the start."""
    cells = [("5", "Mötet öppnas"), ("på", "Val av justerare"), (None, "Budget 2025"), ("4.", "Övriga frågor")]
    placed, top = [], 100.0
    for number, title in cells:
        row = ((60.0, number), (100.0, title)) if number else ((100.0, title),)
        placed.append(_ocr_line(1, top, *row))
        placed.append(_ocr_line(1, top + 14, (100.0, "Föredragande: Eva Nord, kl. 09:00")))
        top += 40
    found = agenda.find_rows(placed, 10.0)
    assert found == [0, 2, 4, 6]
    items, _ = agenda.agenda_items(placed, 10.0, found)
    assert [(i.number, i.title) for i in items] == [
        (1, "Mötet öppnas"), (2, "Val av justerare"), (3, "Budget 2025"), (4, "Övriga frågor")]
    assert all(i.presenters == ["Eva Nord"] and i.scheduled_time == "09:00" for i in items)


# ---------------------------------------------------------------- a table of contents


def test_a_table_of_contents_is_the_agenda_and_its_pages_place_items_and_attachments(tmp_path):
    """'39 § Title ........ 2' rows with attachments listed under them; the
    printed pages do not count the contents page, the headings show it."""
    dots = " " + "." * 60 + " "
    entries = [(39, "Val av protokolljusterare", 1, []), (40, "Budgetuppföljning", 2, [("Bilaga: Rapport", 3)]),
               (41, "Övriga ärenden", 4, [])]
    sheet = Sheet()
    sheet.line((LEFT, "Föredragningslista 7/2024"), size=14, bold=True, gap=24)
    sheet.line((LEFT, "Ärenden som skall behandlas"), (480, "Sida"), gap=20)
    for number, title, page, attachments in entries:
        sheet.line((LEFT, f"{number} § {title}{dots}{page}"), size=10)
        for name, at in attachments:
            sheet.line((LEFT, f"- {name}{dots}{at}"), size=10)
    for number, title, _, attachments in entries:
        sheet.new_page().line((LEFT, f"{number} § {title}"), size=12, bold=True, gap=20)
        sheet.line((LEFT, "Förslag:"), bold=True)
        sheet.line((LEFT + 60, f"Nämnden beslutar i ärende {number} enligt förslaget."))
        sheet.line((LEFT, "1. En numrerad rad i ärendets text."))
        if attachments:  # the item names its attachment too: one attachment, at the page the contents give
            sheet.line((LEFT, "Beslutsunderlag"), bold=True).line((LEFT + 60, "Rapport"))
            sheet.new_page().line((LEFT, "Rapport"), size=16, bold=True)
    record = extract_document(sheet.render(tmp_path / "contents.pdf"))
    items = _items(record)
    assert list(items) == [39, 40, 41]
    assert [items[n].title for n in (39, 40, 41)] == ["Val av protokolljusterare", "Budgetuppföljning", "Övriga ärenden"]
    assert [(items[n].page_start, items[n].page_end) for n in (39, 40, 41)] == [(2, 2), (3, 4), (5, 5)]
    assert [(a.title, a.page_start) for a in items[40].attachments] == [("Rapport", 4)]
    assert items[41].proposal.startswith("Nämnden beslutar i ärende 41 enligt förslaget.")


def test_a_cited_attachment_is_listed_with_the_page_labelled_so(tmp_path):
    sheet = Sheet()
    sheet.line((LEFT, "Kallelse till årsmöte"), size=16, bold=True, gap=22)
    for n, title in enumerate(["Mötets öppnande", "Verksamhetsberättelse (Bilaga 1)", "Val av styrelse (Bilaga 2)",
                               "Mötets avslutande"], start=1):
        sheet.line((LEFT, f"{n}. {title}"), size=11, gap=16)
    for label in ("Bilaga 1", "Bilaga 2"):
        sheet.new_page().line((480, label), size=9).line((LEFT, "Löpande text i bilagan om föreningens år."))
    items = _items(extract_document(sheet.render(tmp_path / "cited.pdf")))
    assert [(a.title, a.page_start) for a in items[2].attachments] == [("Bilaga 1", 2)]
    assert [(a.title, a.page_start) for a in items[3].attachments] == [("Bilaga 2", 3)]
    assert items[1].attachments == [] and items[4].attachments == []


def test_a_divider_with_small_print_above_its_heading_still_starts_the_bundle(tmp_path):
    sheet = Sheet()
    _head(sheet)
    sheet.line((LEFT, "1. Förlängning av samverkansavtal", True), (330, "Eva Nord"), (480, "09:00"), size=10)
    sheet.line((LEFT, "Beslutsunderlag"), bold=True).line((LEFT + 4, "• Tjänsteskrivelse förlängning"), gap=20)
    sheet.line((LEFT, "2. Mötet avslutas", True), (330, "Eva Nord"), (480, "09:30"), size=10)
    sheet.new_page().line((LEFT, "Nämnden 2024-03-12"), size=7).space(60)
    sheet.line((LEFT, "Förlängning av samverkansavtal"), size=20, bold=True)
    sheet.new_page().line((LEFT, "Tjänsteskrivelse förlängning"), size=14, bold=True, gap=24)
    sheet.line((LEFT, "Förslag till beslut"), bold=True).line((LEFT, "Nämnden föreslås förlänga avtalet."))
    items = _items(extract_document(sheet.render(tmp_path / "divider.pdf")))
    assert (items[1].page_end, items[2].page_end) == (3, 1)
    assert items[2].proposal is None
    assert [(a.title, a.page_start) for a in items[1].attachments] == [("Tjänsteskrivelse förlängning", 3)]


def test_a_title_underlined_with_underscores_reads_as_its_words(tmp_path):
    """Underscore glyphs drawn under a title interleave with its letters
    ('F_ö_r_e_d_r_a_g_n_i_n_g_s_l_i_s_t_a'); those go, an underscore inside a
    file name and a rule of underscores on its own line stay."""
    underline = "_" * int(_width("Föredragningslista 16/2022", 12, False) / _width("_", 12, False) + 1)
    page = [
        Text(LEFT, 80, "Föredragningslista 16/2022", 12),
        Text(LEFT, 80, underline, 12),
        Text(LEFT, 110, "gemensam_plan_sammanfattning (1)", 10),
        Text(LEFT, 130, "_" * 30, 10),
    ]
    record = extract_document(render(tmp_path / "underlined.pdf", [page]))
    texts = [line.text for line in record.pages[0].lines]
    assert texts[0] == "Föredragningslista 16/2022"
    assert "gemensam_plan_sammanfattning (1)" in texts
    assert "_" * 30 in texts


def test_an_attachment_bundled_without_divider_begins_at_the_next_title_as_large_as_the_bundles(tmp_path):
    sheet = Sheet()
    _head(sheet)
    sheet.line((LEFT, "1. Uppdrag Mini-Maria", True), (330, "Eva Nord"), (480, "09:00"), size=10)
    sheet.line((LEFT, "Beslutsunderlag"), bold=True).line((LEFT + 4, "• Tjänsteskrivelse Mini-Maria"), gap=20)
    sheet.line((LEFT, "2. Balanslista", True), (330, "Eva Nord"), (480, "09:30"), size=10)
    sheet.line((LEFT, "Beslutsunderlag"), bold=True).line((LEFT + 4, "• Balanslista mars"), gap=20)
    sheet.line((LEFT, "3. Mötet avslutas", True), (330, "Eva Nord"), (480, "10:00"), size=10)
    sheet.new_page().line((LEFT, "Bilaga till ärende 1"), size=9).line((LEFT, "Tjänsteskrivelse Mini-Maria"), size=16, bold=True, gap=24)
    sheet.line((LEFT, "Bakgrund"), size=12, bold=True).line((LEFT, "Text om uppdraget och dess bakgrund i länet."))
    sheet.new_page().line((LEFT, "Ekonomi"), size=12, bold=True).line((LEFT, "Uppdraget kostar 200 000 kronor."))
    for heading in ("Mål för hälsopolitiken", "Prioriterade områden"):  # the balanslista, no divider of its own
        sheet.new_page().line((LEFT, heading), size=16, bold=True, gap=24).line((LEFT, "Ärende pågår."))
    items = _items(extract_document(sheet.render(tmp_path / "tail.pdf")))
    assert (items[1].page_end, items[2].page_end, items[3].page_end) == (3, 5, 1)
    assert [(a.title, a.page_start) for a in items[2].attachments] == [("Balanslista mars", 4)]


def test_an_agenda_table_with_a_diary_column_and_officers_reports_bundled_behind_it(tmp_path):
    """'Nr | Ärende | Dnr | Föredragande': the diary numbers are no presenters;
    each tjänsteskrivelse behind the agenda (its addressee over its title set
    large) is its item's, and where the row states no proposal the report's
    'Förslag till beslut' and 'Beslutsunderlag' are the item's."""
    rows = [("1.", "Val av justerare", "", ""),
            ("2.", "Avtal om gemensam växel med Boviks kommun", "KS 2024/0217", "Jon Ekholm, IT-chef"),
            ("3.", "Revidering av riktlinjer för föreningsbidrag", "KS 2024/0189", "Maria Stenberg, kulturchef"),
            ("4.", "Övriga frågor", "", "")]
    page1 = [Text(60, 70, "Kallelse till sammanträde", 16, True),
             Text(60, 100, "Tid: Tisdagen den 10 september 2024, kl. 08.30"),
             Text(60, 140, "Föredragningslista", 13, True),
             *(Text(x, 165, h, 10, True) for x, h in zip((62, 97, 330, 420), ("Nr", "Ärende", "Dnr", "Föredragande")))]
    for k, row in enumerate(rows):
        page1 += [Text(x, 187 + 22 * k, cell) for x, cell in zip((62, 97, 330, 420), row) if cell]
    reports = []
    for title, dnr, proposal, basis in [
            ("Avtal om gemensam växel med Boviks kommun", "KS 2024/0217",
             "att godkänna avtal om gemensam växel med Boviks kommun.", ["Tjänsteskrivelse 2024-08-22", "Avtal, förslag"]),
            ("Revidering av riktlinjer för föreningsbidrag", "KS 2024/0189",
             "att anta reviderade riktlinjer för föreningsbidrag.", ["Tjänsteskrivelse 2024-08-19"])]:
        page = [Text(60, 40, "TJÄNSTESKRIVELSE", 9, True), Text(60, 66, f"Dnr {dnr}", 9),
                Text(60, 109, "Kommunstyrelsens arbetsutskott", 11), Text(60, 136, title, 16, True),
                Text(60, 166, "Förslag till beslut", 12.5, True),
                Text(60, 184, "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta", 12),
                Text(60, 200, proposal, 12), Text(60, 230, "Sammanfattning", 12.5, True),
                Text(60, 248, "Ärendet gäller en samverkan mellan kommunerna från och med nästa år.", 12),
                Text(60, 278, "Beslutsunderlag", 12.5, True)]
        page += [Text(60, 296 + 16 * n, line, 12) for n, line in enumerate(basis)]
        reports.append(page)
    record = extract_document(render(tmp_path / "k.pdf", [page1, *reports]))
    items = {i.number: i for i in record.items}
    assert [i.number for i in record.items] == [1, 2, 3, 4]
    assert items[2].presenters == ["Jon Ekholm"] and items[3].presenters == ["Maria Stenberg"]
    assert items[2].case_number == "KS 2024/217"
    assert items[2].proposal.endswith("att godkänna avtal om gemensam växel med Boviks kommun.")
    assert [a.title for a in items[2].attachments] == ["Tjänsteskrivelse 2024-08-22", "Avtal, förslag"]
    assert items[3].proposal.endswith("att anta reviderade riktlinjer för föreningsbidrag.")
    assert not items[4].proposal and not items[1].proposal


def test_a_scans_speck_glued_to_a_rows_number_leaves_the_row_and_its_title():
    """OCR read dust before two numbers ('"6.', '"7.'): the rows are found, at
    the number's own edge, and their titles are not taken for a presenter column."""
    from extractors.structure import chain

    titles = ["Mötets öppnande", "Val av justerare", "Dagordning", "Protokoll", "VD-rapport", "Ekonomisk rapport",
              "Hyresförhandlingar 2010", "Hyresavtal", "Övriga frågor"]
    lines = []
    for n, title in enumerate(titles, 1):
        label, x = (f'"{n}.', 66.0) if n in (6, 7) else (f"{n}.", 76.0)
        lines.append(_ocr_line(1, 100 + 40 * n, (x, label), (105.0, title)))
        lines.append(_ocr_line(1, 120 + 40 * n, (105.0, "Styrelsen beslutar enligt förslaget.")))
    rows = chain.numbered_rows(lines, 10.0)
    assert [r.number for r in rows] == list(range(1, 10))
    assert chain.columns_of(lines, rows).presenter_x is None
    assert all(abs(r.x - 76.0) < 6.0 for r in rows)
