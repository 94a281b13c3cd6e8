"""§ items in the numbering styles of other vendors' minutes, from small PDFs
rendered here: a body's prefix and letters ('KS § 42 a') with earlier
handlings quoted in the margin, Finland-Swedish minutes ('13 §', run-in
'Förslag:'/'Beslut:', earlier handlings, a table of contents), letters with a
period ('§ 3a.') and a signature block, a contents table and '§ 67 forts'
continuations; and what the title page states compared with what was found.

The structure is read with the kind fixed to protokoll, so these tests are
about items and fields, not about how a kind is recognised."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors import structure
from extractors.record import extract_document
from schemas.document import Kind
from tests.pdfmaker import Sheet, Text


def _read(path: Path):
    record = extract_document(path)
    return structure.read_structure(Kind.PROTOKOLL, record.pages)


def _head(sheet: Sheet, statement: tuple[str, str]) -> None:
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Sammanträdesdatum", True), (200, "2024-03-12"))
    sheet.line((60, "Beslutande", True), (200, "Eva Nord (V), ordförande"))
    sheet.line((200, "Per Ek (S)"))
    sheet.line((60, "Övriga närvarande", True), (200, "Lena Ås (Regionen) § 43"))
    sheet.line((60, statement[0], True), (200, statement[1]))
    sheet.new_page()


# ---------------------------------------------------------------- prefix and letters


def prefixed_minutes(path: Path, stated: str = "41-43") -> Path:
    """'KS § 42 a   DNR:KS/2024.11' headings; earlier handlings quoted in the
    margin ('KU § 317 24-02-05', 'KS § 437 24-02-13'); a law's '1 §' opening
    a line of running text."""
    s = Sheet()
    _head(s, ("Paragrafer", stated))

    def heading(label: str, dnr: str, title: str) -> None:
        s.space(10).line((110, label), (300, dnr), size=12, gap=18)
        s.line((110, title), size=12, bold=True, gap=18)

    def label(text: str) -> None:
        s.line((110, text), size=12, bold=True, gap=17)

    def text(t: str, x: float = 110) -> None:
        s.line((x, t), size=12, gap=16)

    heading("KS § 41", "DNR:KS/2024.10", "Val av justerare")
    label("Kommunstyrelsens beslut")
    text("Anna Berg utses att justera protokollet.")
    s.new_page()
    heading("KS § 42 a", "DNR:KS/2024.11", "Budgetuppföljning 2024")
    text("Ekonomichef Lars Holm redogör för utfallet.")
    label("Kommunstyrelsens beslut")
    text("Godkänna informationen.")
    heading("KS § 42 b", "DNR: KS/2024.12", "Val av kommunledningsutskott")
    label("Kommunledningsutskottets förslag")
    text("KU § 317 24-02-05", x=30)
    text("Utskottet föreslår att ett utskott väljs.")
    text("Information lämnas av Peter Sund och Eva Nord.")
    text("KS § 437 24-02-13", x=38)
    text("Ett utskott tillsätts.")
    label("Kommunstyrelsens beslut")
    text("Till utskottet utses Per Ek.")
    s.new_page()
    heading("KS § 43", "DNR:KS/2024.13", "Yttrande över remiss")
    text("Remissen gäller en ändring som följer av 25 kap. 1 § i lagen och av")
    text("1 § förordningen om kommunala ärenden, som båda ska tillämpas från och med")
    text("den 1 juli.")
    label("Kommunstyrelsens beslut")
    text("Yttrandet antas.")
    s.space(20).line((110, "Ordförande"), (250, "Justerare"), (390, "Sekreterare"), size=9)
    s.line((110, "Eva Nord"), (250, "Anna Berg"), (390, "Kim Dahl"))
    return s.render(path)


@pytest.fixture(scope="module")
def prefixed(tmp_path_factory):
    return _read(prefixed_minutes(tmp_path_factory.mktemp("prefixed") / "ks.pdf"))


def test_prefix_and_letter_labels_are_kept_and_share_a_number(prefixed):
    assert [i.label for i in prefixed.items] == ["KS § 41", "KS § 42 a", "KS § 42 b", "KS § 43"]
    assert [i.number for i in prefixed.items] == [41, 42, 42, 43]
    assert [i.case_number for i in prefixed.items] == ["KS/2024.10", "KS/2024.11", "KS/2024.12", "KS/2024.13"]
    assert [i.title for i in prefixed.items][1:3] == ["Budgetuppföljning 2024", "Val av kommunledningsutskott"]
    ids = {i.item_id("d" * 64) for i in prefixed.items}
    assert len(ids) == 4  # '§ 42 a' and '§ 42 b' are two items


def test_quoted_earlier_handlings_and_law_paragraphs_are_not_items(prefixed):
    assert {i.number for i in prefixed.items} == {41, 42, 43}
    last = prefixed.items[-1]
    assert "25 kap. 1 §" in last.summary and "1 § förordningen" in last.summary
    assert last.decision == "Yttrandet antas."  # the signature captions and names are no decision


def test_genitive_body_headings_hold_proposal_and_decision(prefixed):
    item = prefixed.items[2]
    assert item.decision == "Till utskottet utses Per Ek."
    assert "Utskottet föreslår att ett utskott väljs." in item.proposal
    assert "utses" not in item.proposal
    assert prefixed.items[1].decision == "Godkänna informationen."


def test_presenters_from_minutes_phrases(prefixed):
    assert prefixed.items[1].presenters == ["Lars Holm"]  # 'Ekonomichef Lars Holm redogör för'
    assert prefixed.items[2].presenters == ["Peter Sund", "Eva Nord"]  # 'Information lämnas av'
    assert prefixed.items[0].presenters == []
    # a guest who attended only § 43, whose text names nobody, came to present it
    assert prefixed.items[3].presenters == ["Lena Ås"]


def test_stated_range_that_agrees_gives_no_problem(prefixed):
    assert not [p for p in prefixed.problems if "states" in p.message]


def test_stated_range_that_disagrees_is_a_problem(tmp_path):
    found = _read(prefixed_minutes(tmp_path / "ks.pdf", stated="41-45"))
    messages = [p.message for p in found.problems if "states" in p.message]
    assert len(messages) == 1
    assert "41–45" in messages[0] and "44, 45 were not found" in messages[0]


# ---------------------------------------------------------------- Finland-Swedish


def finland_swedish_minutes(path: Path) -> Path:
    """'13 § Title' headings, a contents page with dotted leaders, run-in
    'Förslag:' / 'Beslut:' labels, and a matter whose earlier handlings come
    first, each closed by a rule line."""
    s = Sheet()
    _head(s, ("Ärenden", "13-15"))
    s.line((57, "Ärenden"), (480, "Sida"))
    for number, title, page in [(13, "Sammanträdets laglighet", 3), (14, "Val av protokolljusterare", 4), (15, "Personalenkät 2024", 5)]:
        s.line((57, f"{number} § {title} " + "." * 60 + f" {page}"), size=11)
    s.new_page()

    def heading(text: str) -> None:
        s.line((71, text), size=12, bold=True, gap=18)

    def label(text: str) -> None:
        s.line((71, text), size=12, bold=True, gap=16)

    def text(t: str) -> None:
        s.line((135, t), size=12, gap=16)

    heading("13 § Sammanträdets laglighet och beslutförhet")
    text("Ordförande konstaterar att rådet är lagligt sammankallat.")
    label("Beslut:")
    text("Sammanträdet konstaterades lagligt sammankallat.")
    text("_____")
    s.new_page()
    heading("14 § Val av protokolljusterare")
    label("Förslag:")
    text("Rådet utser protokolljusterare.")
    label("Rådets beslut:")
    text("Till protokolljusterare valdes Per Ek.")
    text("_____")
    s.new_page()
    heading("15 § Personalenkät 2024")
    s.line((71, "Tidigare behandling:"), size=12)
    s.line((71, "Rådet 20.2.2024, 4 §"), size=12)
    s.line((71, "Beredning: personalchef Kim Dahl"), size=12)
    text("Enkäten ska genomföras under året.")
    s.line((71, "Bilaga:"), (135, "Enkätresultat 2023"), size=12)
    label("Sekreterarens anteckning:")  # a heading paragraf has no word for
    text("Enkäten skickas ut i april.")
    label("Stadsdirektörens förslag:")
    text("Rådet antecknar ärendet för kännedom.")
    label("Rådets beslut:")
    text("Ärendet bordlades.")
    text("_____")
    s.line((71, "Rådet 28.3.2024, 11 §"), size=12)
    s.line((71, "Beredning: personalchef Kim Dahl"), size=12)
    text("Anna Berg, personalchef redogör för enkäten.")
    s.line((71, "Bilaga:"), (135, "Enkätresultat 2023"), size=12)
    s.line((71, "Stadsdirektör Ola Ströms förslag:", True), (330, "Rådet godkänner enkäten."), size=12)
    s.line((71, "Beslut:", True), (135, "Enkäten godkändes."), size=12)
    text("_____")
    return s.render(path)


@pytest.fixture(scope="module")
def finnish(tmp_path_factory):
    return _read(finland_swedish_minutes(tmp_path_factory.mktemp("fs") / "fs.pdf"))


def test_number_before_the_sign_and_the_contents_is_no_item(finnish):
    assert [i.label for i in finnish.items] == ["13 §", "14 §", "15 §"]
    assert [i.title for i in finnish.items][:2] == ["Sammanträdets laglighet och beslutförhet", "Val av protokolljusterare"]
    assert finnish.items[0].page_start == 3  # page 2 is the table of contents
    assert not [p for p in finnish.problems if "states" in p.message or "contents" in p.message]


def test_run_in_labels_and_the_latest_handling(finnish):
    first, second, third = finnish.items
    assert first.decision == "Sammanträdet konstaterades lagligt sammankallat."
    assert second.proposal == "Rådet utser protokolljusterare."
    assert second.decision == "Till protokolljusterare valdes Per Ek."
    assert third.proposal == "Rådet godkänner enkäten."  # the latest handling, not the earlier one
    assert third.decision == "Enkäten godkändes."
    assert third.presenters == ["Anna Berg"]  # 'Anna Berg, personalchef redogör för'
    # listed by both handlings, once; an unknown heading ends the list
    assert [a.title for a in third.attachments] == ["Enkätresultat 2023"]


# ---------------------------------------------------------------- letters with a period, signatures


def lettered_minutes(path: Path) -> Path:
    s = Sheet()
    _head(s, ("Närvarande", "Kim Dahl"))
    s.line((70, "§ 3a. Den ekonomiska utvecklingen"), size=16, gap=24)
    s.line((113, "Marknaderna sedan förra mötet"), size=12, bold=True, gap=17)
    s.line((113, "Anna Berg, ekonom på avdelningen för analys, inledde med att redogöra"), gap=14)
    s.line((113, "för utvecklingen på de finansiella marknaderna."), gap=14)
    s.line((70, "§ 3b. Det ekonomiska läget"), size=16, gap=24)
    s.line((113, "Ledamöterna diskuterade läget."), gap=14)
    s.line((70, "§ 4. Penningpolitiskt beslut"), size=16, gap=24)
    s.line((113, "Direktionen beslutade"), size=12, bold=True, gap=17)
    s.line((131, "• att lämna styrräntan oförändrad."), gap=14)
    s.line((113, "Vid protokollet"), gap=14)
    s.line((113, "Kim Dahl"), gap=14)
    s.line((113, "Justeras"), gap=14)
    s.line((113, "Eva Nord"), gap=14)
    return s.render(path)


def test_letters_with_a_period_and_a_signature_block(tmp_path):
    found = _read(lettered_minutes(tmp_path / "letters.pdf"))
    assert [i.label for i in found.items] == ["§ 3a", "§ 3b", "§ 4"]
    assert [i.title for i in found.items] == ["Den ekonomiska utvecklingen", "Det ekonomiska läget", "Penningpolitiskt beslut"]
    assert found.items[0].presenters == ["Anna Berg"]
    assert found.items[2].decision == "- att lämna styrräntan oförändrad."  # the signatures are no decision


# ---------------------------------------------------------------- contents table, continuations


def continued_minutes(path: Path) -> Path:
    s = Sheet()
    _head(s, ("Paragrafer", "66-68"))
    s.line((57, "Beslut", True), (110, "Rubrik", True), (400, "Ärende", True), (480, "Sida", True))
    for number, title, case, page in [(66, "Val av justerare", "2024/1", "3"), (67, "Sommarkort 2024", "2024/240", "4 - 5"), (68, "Meddelanden", "2024/2", "6")]:
        s.line((62, f"§ {number}"), (110, title), (400, case), (480, page))
    s.new_page()

    def heading(label: str, case: str, title: str | None) -> None:
        s.line((99, label), (300, f"Dnr {case}"), size=12, gap=18)
        if title:
            s.line((99, title), size=14, bold=True, gap=19)

    heading("§ 66", "2024/1", "Val av justerare")
    s.line((99, "SAMHÄLLSPLANERINGSNÄMNDENS BESLUT"), size=12, bold=True, gap=16)
    s.line((117, "• Anna Berg väljs att justera."), size=12)
    s.new_page()
    heading("§ 67", "2024/240", "Sommarkort 2024")
    s.line((99, "Ärendebeskrivning"), size=12, bold=True, gap=16)
    s.line((99, "Kommunstyrelsen beslutade den 13 mars 2024, § 54 att varje nämnd beslutar själv."), size=12)
    s.y = 760
    s.line((140, "Justerandes sign", False), (300, "Protokollsutdrag intygas:"), size=8)
    s.new_page()
    heading("§ 67 forts", "2024/240", None)
    s.line((99, "SAMHÄLLSPLANERINGSNÄMNDENS BESLUT"), size=12, bold=True, gap=16)
    s.line((117, "• Nämnden erbjuder sommarkort."), size=12)
    s.new_page()
    heading("§ 68", "2024/2", "Meddelanden")
    # a signing service's marks down the left margin, beside the label and on lines of their own
    s.line((10, "a2520", False), (99, "SAMHÄLLSPLANERINGSNÄMNDENS BESLUT", True), size=12, gap=16)
    s.line((10, "7-"), size=8, gap=10)
    s.line((10, "25bd8-c-", False), (117, "• Meddelandena läggs till handlingarna.", False), size=12)
    return s.render(path)


def test_contents_table_and_continued_paragraphs(tmp_path):
    found = _read(continued_minutes(tmp_path / "forts.pdf"))
    assert [i.label for i in found.items] == ["§ 66", "§ 67", "§ 68"]
    assert [i.page_start for i in found.items] == [3, 4, 6]
    item = found.items[1]
    assert item.page_end == 5
    assert item.decision == "- Nämnden erbjuder sommarkort."
    assert "forts" not in (item.summary or "") and "intygas" not in (item.summary or "")
    assert found.items[2].decision == "- Meddelandena läggs till handlingarna."  # the margin marks are gone
    assert not [p for p in found.problems if "states" in p.message or "contents" in p.message]


# ---------------------------------------------------------------- the warehouse keeps the label


def test_label_is_stored_and_items_sharing_a_number_are_two_rows(tmp_path):
    from schemas.document import DocumentRecord
    from warehouse.load import Warehouse

    record = extract_document(prefixed_minutes(tmp_path / "ks.pdf"))
    found = structure.read_structure(Kind.PROTOKOLL, record.pages)
    record = DocumentRecord(**{**record.model_dump(), "kind": Kind.PROTOKOLL, "items": found.items})
    with Warehouse(tmp_path / "w.duckdb") as wh:
        for _ in range(2):  # loading again changes nothing
            wh.load_document(record)
        rows = wh.con.execute("SELECT number, label FROM items ORDER BY page_start, label").fetchall()
    assert rows == [(41, "KS § 41"), (42, "KS § 42 a"), (42, "KS § 42 b"), (43, "KS § 43")]


# ---------------------------------------------------------------- real minutes, when they are here

REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs" / "pdf"


def _real(name: str):
    path = REALDOCS / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the real documents are never part of the repository)")
    return _read(path)


def test_real_prefix_and_letters_and_quoted_handlings():
    found = _real("rotsee-protokollen__temp__edf52605a5fe72193f1f138103ab0081.pdf")
    labels = [i.label for i in found.items]
    assert labels[:5] == ["KS § 1", "KS § 2", "KS § 3 a", "KS § 3 b", "KS § 4"]
    assert [i.number for i in found.items] == [1, 2, 3, 3, *range(4, 13)]  # no 'KS § 437', no 'KU § 317'
    assert all(i.case_number for i in found.items) and all(i.decision for i in found.items)
    assert not [p for p in found.problems if "states" in p.message]  # 'Paragrafer 1-12' agrees


def test_real_contents_table_and_continuations():
    found = _real("simrishamn__Protokoll  SPn april 2024_Bortredigerad.pdf")
    assert [i.number for i in found.items] == list(range(66, 90))
    assert found.items[0].page_start == 4  # page 3 is the table of contents
    assert sum(1 for i in found.items if i.decision) >= 15
    assert not [p for p in found.problems if "states" in p.message or "contents" in p.message]


def test_real_letters_with_a_period():
    found = _real("riksbank__protokoll-fran-det-penningpolitiska-motet-den-19-mars-2025.pdf")
    assert [i.label for i in found.items] == ["§ 3a", "§ 3b", "§ 4"]
    assert found.items[2].decision and "Vid protokollet" not in found.items[2].decision


def test_real_number_before_the_sign():
    found = _real("nykarleby__radet_for_funktionshindrade_protokoll_24_05_2023_16_00_163978.pdf")
    assert [i.label for i in found.items] == [f"{n} §" for n in range(10, 20)]
    assert all(i.decision for i in found.items)


# ---------------------------------------------------------------- OCR's readings of the sign


def _ocr_page(rows: list[list[tuple[float, str]]]):
    """An OCRed page built by hand: each row a list of (x, cell text); words
    10 points high, 6 points a character."""
    from schemas.document import Line, Page, TextSource, Word

    lines = []
    for k, row in enumerate(rows):
        top = 100.0 + 16 * k
        segments = []
        for x, text in row:
            words = []
            for word in text.split():
                words.append(Word(word, x, x + 6 * len(word), top, top + 10, 10.0))
                x += 6 * len(word) + 4
            segments.append(tuple(words))
        lines.append(Line(tuple(segments)))
    return Page(page_no=1, width=595, height=842, text_source=TextSource.OCR, lines=lines)


def test_ocr_misreadings_of_the_sign_are_headings():
    dnr = _ocr_page([
        [(60, "845"), (400, "Dnr SN 2025/0112")],
        [(60, "Förlängning av avtal")],
        [(60, "Beslut")],
        [(60, "Socialnämnden beslutar att förlänga avtalet.")],
    ])
    found = structure.read_structure(Kind.PROTOKOLL, [dnr])
    assert [(i.label, i.title, i.case_number) for i in found.items] == [("§ 45", "Förlängning av avtal", "SN 2025/0112")]
    titled = _ocr_page([
        [(60, "$ 78 Godkännande av samarbetsavtal")],
        [(60, "Beslut")],
        [(60, "Nämnden godkänner avtalet.")],
    ])
    found = structure.read_structure(Kind.PROTOKOLL, [titled])
    assert [(i.label, i.title, i.decision) for i in found.items] == [("§ 78", "Godkännande av samarbetsavtal", "Nämnden godkänner avtalet.")]


def test_a_sign_ocr_read_as_letters_heads_a_paragraph_where_it_fits_the_series():
    # a scanned board meeting's continuous numbering: '§' read as 'g', 'S', 'ss', 's';
    # each paragraph's decision ends where the next begins
    page = _ocr_page([
        [(60, "§ 11 Godkännande av dagordningen")],
        [(60, "Dagordningen godkändes.")],
        [(60, "g 12 Föregående protokoll")],
        [(60, "Protokollet från den 2 mars lades till handlingarna.")],
        [(60, "S 13 Kassarapport")],
        [(60, "Rapporten godkändes:")],
        [(60, "ss 14 Inköp av båt")],
        [(60, "Styrelsen beslutade att köpa en roddbåt.")],
        [(60, "§ 15 Mötets avslutande")],
        [(60, "Ordföranden avslutade mötet, se 4 sidor bilagor och s 12 i pärmen.")],
    ])
    found = structure.read_structure(Kind.PROTOKOLL, [page])
    assert [(i.number, i.title, i.decision) for i in found.items] == [
        (11, "Godkännande av dagordningen", "Dagordningen godkändes."),
        (12, "Föregående protokoll", "Protokollet från den 2 mars lades till handlingarna."),
        (13, "Kassarapport", "Rapporten godkändes:"),
        (14, "Inköp av båt", "Styrelsen beslutade att köpa en roddbåt."),
        (15, "Mötets avslutande", None),
    ]


def test_headings_at_the_top_of_every_page_are_not_taken_for_a_running_header(tmp_path):
    """'§ 5' printed at the same place on top of every page of § 5 and '§ 6'
    on every page of § 6 look, numbers blanked, like a running header."""
    s = Sheet()
    _head(s, ("Paragrafer", "5-6"))
    for number, title, texts in [(5, "Budget 2025", ["Ärendet gäller budgeten.", "Budgeten bifalls."]), (6, "Taxor 2025", ["Ärendet gäller taxorna.", "Taxorna bifalls."])]:
        for page, text in enumerate(texts):
            s.line((60, f"§ {number}"), size=12, bold=True, gap=18)
            if page == 0:
                s.line((60, title), size=12, bold=True, gap=18)
                s.line((60, "Beslut"), size=12, bold=True, gap=16)
            s.line((60, text), size=10)
            s.new_page()
    found = _read(s.render(tmp_path / "tops.pdf"))
    assert [(i.label, i.title, i.page_start, i.page_end) for i in found.items] == [("§ 5", "Budget 2025", 2, 3), ("§ 6", "Taxor 2025", 4, 5)]
    decision = found.items[0].decision
    assert decision.startswith("Ärendet gäller budgeten.") and decision.endswith("Budgeten bifalls.")  # both pages
    assert not [p for p in found.problems if "states" in p.message]


# ---------------------------------------------------------------- what ends a § text


def bundled_minutes(path: Path) -> Path:
    """Finland-Swedish minutes with a running header on every page, a diary
    number alone above each heading, a § followed by its bundled attachment
    (pages whose running header says 'Bilaga …'), and the appeal instructions
    after the last § on a page whose header is not the others'. The second
    attachment has two pages only: its header is their top line."""
    s = Sheet()
    _head(s, ("Ärenden", "11-12"))

    def header(text: str) -> None:
        s.pages[-1].append(Text(60, 30, text, 8))

    def label(text: str) -> None:
        s.line((71, text), size=12, bold=True, gap=16)

    def text(t: str) -> None:
        s.line((135, t), size=12, gap=16)

    header("Protokoll 11 § 12.03.2024 Sida 1")
    s.line((400, "KS/2024/101"), size=12, gap=18)
    s.line((71, "11 § Budget 2024"), size=12, bold=True, gap=18)
    text("Budgeten gäller året 2024.")
    label("Förslag:")
    text("Rådet godkänner budgeten.")
    s.new_page()
    header("Protokoll 11 § 12.03.2024 Sida 2")
    label("Rådets beslut:")
    text("Budgeten godkändes. Beslutet delges ekonomichefen.")
    for page in (1, 2, 3):
        s.new_page()
        header(f"Bilaga Rådet, 12.03.2024 § 11   {page}")
        s.y = 120.0 + 40 * page
        s.line((54, f"Avdelning {'ABC'[page - 1]}"), size=14, bold=True, gap=20)
        s.line((54, f"Avdelningen har en budget på {page} 000 euro för året och {page + 2}"), size=11)
        s.line((54, f"investeringar under {page + 1} år."), size=11)
    s.new_page()
    header("Protokoll 12 § 12.03.2024 Sida 3")
    s.line((400, "KS/2024/102"), size=12, gap=18)
    s.line((71, "12 § Taxor 2024"), size=12, bold=True, gap=18)
    label("Förslag:")
    text("Rådet godkänner taxorna.")
    label("Rådets beslut:")
    text("Taxorna godkändes.")
    for page in (1, 2):  # a header on too few pages to be a running one: the top line says it
        s.new_page()
        header(f"Bilaga Taxor, Rådet 12.03.2024 § 12   {page}")
        s.line((54, f"Taxa {page}: {page * 40} euro per timme och {page + 3} dagar"), size=11)
    s.new_page()
    s.line((71, "Protokoll"), (250, "12.03.2024"), (480, "Sida"), size=12, gap=18)
    s.line((71, "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING OCH BESVÄR"), size=12, bold=True, gap=18)
    s.line((71, "Den som är missnöjd med beslutet kan begära omprövning skriftligt."), size=11)
    s.line((71, "Omprövning begärs hos rådet inom fjorton dagar."), size=11)
    return s.render(path)


def test_attachment_pages_appeal_instructions_and_a_diary_number_end_the_decision(tmp_path):
    found = _read(bundled_minutes(tmp_path / "bundled.pdf"))
    assert [i.label for i in found.items] == ["11 §", "12 §"]
    budget, taxes = found.items
    # the bundled attachment's pages and the next §'s diary number are no decision
    assert budget.decision == "Budgeten godkändes. Beslutet delges ekonomichefen."
    assert budget.proposal == "Rådet godkänner budgeten."
    assert budget.page_end == 6  # the attachment still belongs to the §
    # the diary number above a heading is that §'s
    assert [i.case_number for i in found.items] == ["KS/2024/101", "KS/2024/102"]
    # the appeal instructions and the line above them on their page are no decision
    assert taxes.decision == "Taxorna godkändes."


def test_a_margin_label_repeating_the_paragraph_number_does_not_give_the_title(tmp_path):
    """Finland-Swedish minutes: a bold '41 § | Sammanträdets laglighet …', then
    in the margin the handling label 'KST 12.9.2023' over '41 §', the text of
    the paragraph beside it: the bold line is the title."""
    from extractors.record import extract_document
    from tests.pdfmaker import Sheet

    s = Sheet()
    s.line((54, "EXEMPELBY KOMMUN"), (250, "PROTOKOLL"), bold=True, gap=16)
    s.line((54, "Kommunstyrelsen"), (250, "12.9.2023"), gap=30)
    for n, title in [(41, "Sammanträdets laglighet och beslutförhet"), (42, "Val av protokolljusterare"),
                     (43, "Delegeringsbeslut")]:
        s.line((54, f"{n} §"), (181, title), size=11, bold=True, gap=22)
        s.line((54, "KST 12.9.2023"), (181, "Beredning: kommundirektör Rasmus Lind, tfn 040 731 2204,"), gap=12)
        s.line((54, f"{n} §"), (181, "rasmus.lind@exempelby.fi och kommunsekreteraren."), gap=18)
        s.line((181, "Förslag: Kommunstyrelsen antecknar ärendet för kännedom."), bold=True, gap=16)
        s.line((181, "Beslut: Förslaget godkändes."), bold=True, gap=30)
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [(i.number, i.title) for i in record.items] == [
        (41, "Sammanträdets laglighet och beslutförhet"), (42, "Val av protokolljusterare"), (43, "Delegeringsbeslut")]


def test_a_bold_title_wrapped_beside_the_case_number_in_the_margin(tmp_path):
    """'KSAU § 145 | Medfinansiering av projektet Digital landsbygd' over 'Dnr KS
    2023/0412 | 2024-2026': the margin holds the case number, the title goes on
    beside it in its own weight."""
    from extractors.record import extract_document
    from tests.pdfmaker import Sheet

    s = Sheet()
    s.line((60, "EXEMPELBY KOMMUN"), (330, "SAMMANTRÄDESPROTOKOLL"), bold=True, gap=16)
    s.line((60, "Kommunstyrelsens arbetsutskott"), (330, "2023-11-07"), gap=30)
    for n, title, more in [(145, "Medfinansiering av projektet Digital landsbygd", "2024-2026"),
                           (146, "Hyresavtal för biblioteksfilialen i Storvik", None),
                           (147, "Ansökan om bidrag till föreningen Exempelby", "Bygdenät 2025")]:
        s.line((60, f"KSAU § {n}"), (196, title), bold=True, gap=16)
        s.line((60, f"Dnr KS 2023/0{n}"), *([(196, more)] if more else []), bold=bool(more), gap=24)
        s.line((196, "Arbetsutskottet föreslår kommunstyrelsen besluta att bevilja ansökan."), gap=16)
        s.line((60, "Beslut"), (196, "Arbetsutskottet beslutar enligt förslaget."), gap=30)
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [i.title for i in record.items] == [
        "Medfinansiering av projektet Digital landsbygd 2024-2026", "Hyresavtal för biblioteksfilialen i Storvik",
        "Ansökan om bidrag till föreningen Exempelby Bygdenät 2025"]


def test_sub_items_numbered_with_a_colon_set_in_plain_under_a_bold_parent(tmp_path):
    """'9) Propositioner' in bold, '9:1 Proposition om …' and '9:2 …' set in
    under it in plain type, each with its presenter and proposal: items of their
    own; '7a) Matutdelning: Ali samordnar …' running on in small letters is a
    point of item 7's text."""
    from extractors.record import extract_document
    from tests.pdfmaker import Sheet

    s = Sheet()
    s.line((68, "Kallelse till styrelsemöte"), size=14, bold=True, gap=20)
    s.line((68, "Datum: 2024-12-02"), gap=24)
    for n, title in enumerate(["Mötets öppnande", "Val av justerare", "Fastställande av dagordning", "Rapporter",
                               "Ekonomi", "Beslutsuppföljning"], 1):
        s.line((68, f"{n}) {title}"), bold=True, gap=18)
    s.line((68, "7) Ansvarsområden 2025"), bold=True, gap=16)
    s.line((82, "7a) Matutdelning: Ali Warsame samordnar volontärschemat för tisdagar"), gap=13)
    s.line((82, "och lördagar."), gap=13)
    s.line((82, "7b) Kommunikation: Therese Borg ansvarar för hemsidan och"), gap=13)
    s.line((82, "nyhetsbrevet."), gap=18)
    s.line((68, "8) Propositioner"), bold=True, gap=16)
    for k, (title, who) in enumerate([("Proposition om reviderad budget för caféet", "Jakob Hult"),
                                      ("Proposition om samarbetsavtal med bostadsbolaget", "Ebba Lind")], 1):
        s.line((93, f"8:{k} {title}"), gap=15)
        s.line((119, f"Föredragande: {who}"), gap=15)
        s.line((119, "Förslag till beslut:"), gap=14)
        s.line((133, "att anta förslaget enligt bilaga"), gap=18)
    s.line((68, "9) Mötets avslutande"), bold=True)
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert [(i.number, i.title) for i in record.items if i.number in (7, 8)] == [
        (7, "Ansvarsområden 2025"), (8, "Propositioner"), (8, "Proposition om reviderad budget för caféet"),
        (8, "Proposition om samarbetsavtal med bostadsbolaget")]
    assert [p for i in record.items if i.title.startswith("Proposition om s") for p in i.presenters] == ["Ebba Lind"]


def test_a_numbered_list_of_supporting_documents_keeps_their_titles_without_the_numbers(tmp_path):
    """'Beslutsunderlag' over '1. Tjänsteskrivelse 2022-05-30' / '2. Ekonomisk
    rapport per april 2022': the numbers only count the list."""
    from extractors.record import extract_document
    from tests.pdfmaker import Sheet

    s = Sheet()
    s.line((54, "Protokoll"), size=15, bold=True, gap=18)
    s.line((54, "Kollektivtrafiknämnden 2022-06-14"), size=12, bold=True, gap=26)
    for n, title in [(58, "Ekonomisk rapport per april 2022"), (59, "Trafikförsörjningsprogram"), (60, "Taxor 2023")]:
        s.line((54, f"§ {n}"), bold=True, gap=15).line((54, title), bold=True, gap=18)
        s.line((54, "Beslutsunderlag"), bold=True, gap=14)
        s.line((54, "1. Tjänsteskrivelse 2022-05-30"), gap=13).line((54, f"2. {title}"), gap=18)
        s.line((54, "Kollektivtrafiknämndens beslut"), bold=True, gap=14)
        s.line((54, "Nämnden beslutar enligt förslaget."), gap=26)
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [[a.title for a in i.attachments] for i in record.items][0] == [
        "Tjänsteskrivelse 2022-05-30", "Ekonomisk rapport per april 2022"]
