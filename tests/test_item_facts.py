"""Forms that carry across templates, rendered here with invented content:
an item's facts on one line behind their labels ('Dnr … Föredragande: …
Tid: …'), a number alone over a title that is also a section's word, officers'
reports bundled behind an agenda table, a list of §§ before the §§ without
page numbers, a roll's organisation in a column of its own, remarks on when
someone took part, guests, and minutes without numbered items that elect
their attester and close on the page before their signatures (extraction
only: no Prefect, no DuckDB)."""

from __future__ import annotations

from extractors.record import extract_document
from tests.pdfmaker import Sheet

LEFT = 60.0
TEXT = 120.0


def _items(record) -> dict:
    return {i.number: i for i in record.items}


def _people(record) -> dict[str, tuple]:
    return {p.name: (p.role.value, p.party, p.organization) for p in record.participants}


# ---------------------------------------------------------------- a notice's facts and rows


def _notice_head(sheet: Sheet) -> None:
    sheet.line((LEFT, "Kallelse och föredragningslista"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "Miljönämnden"), size=12, bold=True, gap=20)
    sheet.line((LEFT, "Tid: Onsdag 5 mars 2025, kl. 09.00-12.00"))
    sheet.line((LEFT, "Plats: Kommunhuset, sal Ekorren"), gap=24)
    sheet.line((LEFT, "Kallade ledamöter"), bold=True)
    sheet.line((LEFT, "Greta Nyman (S), ordförande"), (300, "Norrköpings kommun"))
    sheet.line((LEFT, "Pontus Ahl (M)"), (300, "Linköpings kommun"))
    sheet.line((LEFT, "Övriga kallade"), bold=True)
    sheet.line((LEFT, "Rut Sandell, nämndsekreterare"))
    sheet.line((LEFT, "Anmäl förhinder till nämndsekreteraren."))
    sheet.line((LEFT, "Greta Nyman"))
    sheet.line((LEFT, "Ordförande"))


def _facts_notice(path):
    sheet = Sheet()
    _notice_head(sheet)
    sheet.new_page()
    for number, title, facts, text in (
        (1, "Mötets öppnande", "Föredragande: Greta Nyman  Tid: 09.00", None),
        (2, "Tillsynsplan 2025", "Dnr 2025/031  Föredragande: Ivar Holt  Tid: 09.20",
         "Planen beskriver nämndens tillsyn under året och hur den prioriteras."),
        (3, "Delårsrapport", "Dnr 2025/044  Föredragande: Lisa Berg  Tid: 10.15", None),
    ):
        sheet.space(8).line((LEFT, f"Ärende {number}"), bold=True)
        sheet.line((LEFT, title), bold=True)
        sheet.line((LEFT, facts))
        if text:
            sheet.line((LEFT, text))
        sheet.line((LEFT, "Förslag till beslut"), bold=True)
        sheet.line((LEFT, f"Nämnden godkänner {title.lower()}."))
    return sheet.render(path)


def test_an_items_facts_on_one_line_and_a_number_alone_over_its_title(tmp_path):
    """'Dnr 2025/031  Föredragande: Ivar Holt  Tid: 09.20' is three facts, each
    behind its label: the presenter, the time; the description under it stays
    the summary. 'Ärende 1' alone over 'Mötets öppnande' (a section's word
    elsewhere) has that as its title."""
    record = extract_document(_facts_notice(tmp_path / "facts.pdf"))
    items = _items(record)
    assert [items[n].title for n in (1, 2, 3)] == ["Mötets öppnande", "Tillsynsplan 2025", "Delårsrapport"]
    assert [items[n].scheduled_time for n in (1, 2, 3)] == ["09:00", "09:20", "10:15"]
    assert [items[n].presenters for n in (1, 2, 3)] == [["Greta Nyman"], ["Ivar Holt"], ["Lisa Berg"]]
    assert "prioriteras" in items[2].summary
    assert items[2].proposal == "Nämnden godkänner tillsynsplan 2025."


def test_a_rolls_organisation_column_and_the_chair_who_signs_the_notice(tmp_path):
    """'Greta Nyman (S), ordförande | Norrköpings kommun': the office after the
    comma is her role, the kommun in its own column her organisation; her
    signature under the roll adds no second entry."""
    record = extract_document(_facts_notice(tmp_path / "roll.pdf"))
    people = _people(record)
    assert people["Greta Nyman"] == ("ordförande", "S", "Norrköpings kommun")
    assert people["Pontus Ahl"] == ("ledamot", "M", "Linköpings kommun")
    assert sum(p.name == "Greta Nyman" for p in record.participants) == 1


def test_a_time_label_without_a_time_is_text(tmp_path):
    """'Tid: enligt överenskommelse' states no time: the line stays text."""
    sheet = Sheet()
    _notice_head(sheet)
    sheet.new_page()
    sheet.line((LEFT, "Ärende 1"), bold=True).line((LEFT, "Studiebesök"), bold=True)
    sheet.line((LEFT, "Tid: enligt överenskommelse med värdkommunen"))
    sheet.line((LEFT, "Ärende 2"), bold=True).line((LEFT, "Övriga frågor"), bold=True)
    items = _items(extract_document(sheet.render(tmp_path / "notime.pdf")))
    assert items[1].scheduled_time is None
    assert "överenskommelse" in (items[1].summary or "")


def _table_notice(path):
    sheet = Sheet()
    _notice_head(sheet)
    sheet.space(10).line((LEFT, "Nr", True), (90, "Ärende", True), (330, "Föredragande", True), (470, "Tid", True))
    rows = ((1, "Val av justerare", "", "09.00"), (2, "Bidrag till naturskola", "Ivar Holt", "09.10"),
            (3, "Taxa för strandskydd", "Lisa Berg", "09.40"), (4, "Övriga frågor", "", "10.00"))
    for number, title, presenter, time in rows:
        sheet.line((LEFT, str(number)), (90, title), (330, presenter), (470, time))
    for title, officer, proposal, papers in (
        ("Bidrag till naturskola", "Ivar Holt", "Miljönämnden beslutar att bevilja 40 000 kronor i bidrag.",
         ("Tjänsteskrivelse 2025-02-10", "Ansökan från föreningen")),
        ("Taxa för strandskydd", "Lisa Berg", "Miljönämnden föreslår fullmäktige att anta taxan.",
         ("Tjänsteskrivelse 2025-02-12", "Förslag till taxa", "Jämförelse med grannkommuner")),
    ):
        sheet.new_page()
        sheet.line((LEFT, "Miljöförvaltningen"), (340, "Datum 2025-02-12"))
        sheet.line((LEFT, officer), (340, "Diarienummer MN 2025/0007"))
        sheet.line((LEFT, "Handläggare"))
        sheet.line((LEFT, "Miljönämnden"), gap=30)
        sheet.line((LEFT, title), size=14, bold=True, gap=24)
        sheet.line((LEFT, "Förslag till beslut"), bold=True)
        sheet.line((LEFT, proposal), gap=22)
        sheet.line((LEFT, "Sammanfattning"), bold=True)
        sheet.line((LEFT, "Förvaltningen har berett ärendet och redovisar sitt förslag här."), gap=22)
        sheet.line((LEFT, "Beslutsunderlag"), bold=True)
        for paper in papers:
            sheet.line((LEFT, f"• {paper}"))
        sheet.space(30).line((LEFT, officer)).line((LEFT, "Handläggare"))
    return sheet.render(path)


def test_reports_bundled_behind_an_agenda_table(tmp_path):
    """An agenda set as a table, an officer's report behind it for two of its
    rows: each row takes its report's 'Förslag till beslut' and the report's
    bulleted Beslutsunderlag — which ends at the officer's name under it."""
    record = extract_document(_table_notice(tmp_path / "bundled.pdf"))
    items = _items(record)
    assert sorted(items) == [1, 2, 3, 4]
    assert items[2].proposal == "Miljönämnden beslutar att bevilja 40 000 kronor i bidrag."
    assert [a.title for a in items[2].attachments] == ["Tjänsteskrivelse 2025-02-10", "Ansökan från föreningen"]
    assert [a.title for a in items[3].attachments] == [
        "Tjänsteskrivelse 2025-02-12", "Förslag till taxa", "Jämförelse med grannkommuner"]
    assert items[1].proposal is None and items[1].attachments == []


# ---------------------------------------------------------------- minutes


def test_a_list_of_paragraphs_before_them_without_page_numbers(tmp_path):
    """'Ärendeförteckning' with 'BN § 41 | Title' rows, and then the §§
    themselves, each number alone over its title: the list is a table of
    contents (its §§ come again), the items are the §§ with their decisions."""
    titles = ("Val av justerare", "Bygglov för förskola", "Strandskyddsdispens vid Åsen", "Meddelanden")
    sheet = Sheet()
    sheet.line((LEFT, "Sammanträdesprotokoll"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "Byggnadsnämnden"), (300, "2025-04-02"))
    sheet.line((LEFT, "Plats och tid", True), (TEXT + 40, "Stadshuset, kl. 13.00-15.00"))
    sheet.line((LEFT, "Beslutande", True), (TEXT + 40, "Sven Lodin (S), ordförande"), gap=30)
    sheet.line((LEFT, "Ärendeförteckning"), bold=True)
    for k, title in enumerate(titles):
        sheet.line((LEFT, f"BN § {41 + k}"), (TEXT, title))
    for k, title in enumerate(titles):
        sheet.space(14).line((LEFT, f"BN § {41 + k}"), bold=True)
        sheet.line((TEXT, title), bold=True)
        sheet.line((TEXT, "Beslut"), bold=True)
        sheet.line((TEXT, f"Byggnadsnämnden beslutar i ärendet {title.lower()}."))
    items = _items(extract_document(sheet.render(tmp_path / "toc.pdf")))
    assert sorted(items) == [41, 42, 43, 44]
    assert [items[n].title for n in sorted(items)] == list(titles)
    assert all(items[n].decision and items[n].decision.startswith("Byggnadsnämnden beslutar") for n in items)


def test_unnumbered_minutes_elect_their_attester_and_close_before_the_signatures(tmp_path):
    """Board minutes of unnumbered headings: 'Karl Ek valdes att justera
    protokollet' makes him the attester, 'Mötet avslutades 21:05' on the first
    page is the end though the last page holds the signatures alone; a remark
    in brackets on when someone came is no organisation, a guest is 'övrig'."""
    sheet = Sheet()
    sheet.line((LEFT, "Styrelsemöte"), size=18, bold=True, gap=24)
    sheet.line((LEFT, "Sjöviks båtklubb - 3 mars 2024"), size=12, gap=22)
    sheet.line((LEFT, "Plats: Klubbhuset"))
    sheet.line((LEFT, "Närvarande: Maria Holm (ordf.), Karl Ek, Tove Lind (sekr.), Bo Sten (från punkten Hamnen)"))
    sheet.line((LEFT, "Gäst: Ulla Frid (Seglarförbundet)"))
    for heading, text in (("Mötets öppnande", "Ordföranden Maria Holm öppnade mötet kl. 19.05."),
                          ("Val av justerare", "Karl Ek valdes att justera protokollet."),
                          ("Hamnen", "Bryggan ska lagas före sjösättningen."),
                          ("Mötets avslutande", "Mötet avslutades 21:05.")):
        sheet.space(6).line((LEFT, heading), bold=True).line((LEFT, text))
    sheet.new_page()
    sheet.line((LEFT, "Vid tangenterna"), (300, "Justeras"))
    sheet.line((LEFT, "Tove Lind"), (300, "Karl Ek"))
    record = extract_document(sheet.render(tmp_path / "board.pdf"))
    assert (record.header.start_time, record.header.end_time) == ("19:05", "21:05")
    people = _people(record)
    assert people["Karl Ek"][0] == "justerare"
    assert people["Bo Sten"] == ("ledamot", None, None)
    assert people["Ulla Frid"] == ("övrig", None, "Seglarförbundet")


def _company_board(path):
    sheet = Sheet()
    sheet.line((LEFT, "NORRÅSENS ENERGI AB"), size=12, bold=True, gap=24)
    sheet.line((LEFT, "Protokoll fört vid styrelsesammanträde i Norråsens Energi AB"), size=12, bold=True, gap=22)
    sheet.line((LEFT, "Datum:", True), (TEXT + 40, "Måndagen den 7 oktober 2024, kl. 13.00-15.10"))
    sheet.line((LEFT, "Plats:", True), (TEXT + 40, "Bolagets kontor, Kraftvägen 2"))
    sheet.line((LEFT, "Närvarande:", True), (TEXT + 40, "Åsa Lindkvist, ordförande"))
    sheet.line((TEXT + 40, "Olof Brandt"))
    sheet.line((TEXT + 40, "Jenny Sahlin"))
    sheet.line((LEFT, "Suppleant:", True), (TEXT + 40, "Erik Modin"), gap=24)
    for number, title, text in (
        (1, "Val av justerare", "Styrelsen beslutade att utse Olof Brandt att jämte ordföranden justera protokollet."),
        (2, "Budget 2025", "Styrelsen beslutade att fastställa budgeten för 2025."),
    ):
        sheet.space(8).line((LEFT, str(number), True), (TEXT, title, True))
        sheet.line((TEXT, text))
    sheet.space(8).line((TEXT, "Bilaga 1 Budget 2025, Norråsens Energi AB"))
    return sheet.render(path)


def test_a_company_boards_minutes_time_in_the_date_field_and_a_numbered_attachment(tmp_path):
    """'Datum: Måndagen den 7 oktober 2024, kl. 13.00-15.10' holds the times; a
    board of no parties keeps one entry a person (the member elected attester
    is the attester); 'Bilaga 1 Budget 2025, …' under a decision names an
    attachment, and is no part of the decision."""
    record = extract_document(_company_board(tmp_path / "board.pdf"))
    assert (record.header.start_time, record.header.end_time) == ("13:00", "15:10")
    assert record.header.location == "Bolagets kontor, Kraftvägen 2"
    people = [(p.name, p.role.value) for p in record.participants]
    assert [role for name, role in people if name == "Olof Brandt"] == ["justerare"]
    items = _items(record)
    assert items[2].decision == "Styrelsen beslutade att fastställa budgeten för 2025."
    assert [a.title for a in items[2].attachments] == ["Bilaga 1 Budget 2025, Norråsens Energi AB"]


# ---------------------------------------------------------------- a typed notice, scanned


def _scanned(page: int, text: str, x: float = 76.0, y: float = 100.0):
    """A line as OCR gives it: plain words, no weight."""
    from extractors.reading.placed import Placed
    from schemas.document import Line, Word

    words, at = [], x
    for w in text.split():
        words.append(Word(w, at, at + 6 * len(w), y, y + 10.0, 10.0, False))
        at += 6 * len(w) + 4
    return Placed(page, Line((tuple(words),)), 60.0, 540.0, ocr=True)


def test_a_row_number_ocr_misread_is_told_by_its_neighbours():
    """'2. Val av justeringsman' over '2. Föregående protokoll' (the first
    '1.' read as '2.', a speck early on the line) is row 1; '5.' between '3.'
    and '5.' is row 4."""
    from extractors.structure import agenda

    rows = ["2. Val av justeringsman", "2. Föregående protokoll", "3. Bygglov för ladugård",
            "5. Rivning av uthus", "5. Budget för nästa år", "6. Meddelanden"]
    placed = [_scanned(1, text, x=69.5 if k == 0 else 76.0, y=100.0 + 20 * k) for k, text in enumerate(rows)]
    items, _ = agenda.agenda_items(placed, 10.0, agenda.find_rows(placed, 10.0))
    assert [(i.number, i.title) for i in items] == [
        (1, "Val av justeringsman"), (2, "Föregående protokoll"), (3, "Bygglov för ladugård"),
        (4, "Rivning av uthus"), (5, "Budget för nästa år"), (6, "Meddelanden")]


def test_a_typed_notice_calls_a_body_by_its_members_and_lists_them_with_offices(tmp_path):
    """'Ledamöterna och suppleanterna i miljönämnden kallas härmed till
    sammanträde …' calls the body, not its members; a presenter noted in
    brackets after a title, closed on the next line, is the item's presenter
    and no part of its title; a 'Sändlista' after the agenda lists the
    called with their offices as parts of their own ('Per Holm, ordf')."""
    sheet = Sheet()
    sheet.line((LEFT, "ÖSTRA LUNDBY KOMMUN"), (400, "KALLELSE"))
    sheet.line((LEFT, "Miljönämnden"), gap=30)
    sheet.line((LEFT, "Ledamöterna och suppleanterna i miljönämnden kallas härmed till"))
    sheet.line((LEFT, "sammanträde tisdagen den 12 mars 1974 kl 19.00 i kommunalhuset, sal 3."), gap=24)
    sheet.line((LEFT, "Ärenden:"))
    sheet.line((LEFT, "1."), (90, "Val av justeringsman"))
    sheet.line((LEFT, "2."), (90, "Nämndens budget för år 1975 (föredragande:"))
    sheet.line((90, "miljöinspektör Lars- Erik Ström)"))
    sheet.line((LEFT, "3."), (90, "Övriga frågor"), gap=30)
    sheet.line((LEFT, "Per Holm"))
    sheet.line((LEFT, "ordförande"), gap=30)
    sheet.line((LEFT, "Sändlista:"))
    sheet.line((LEFT, "Ledamöter: Per Holm, ordf, Eva Dal, v ordf, Nils Sund, Berit Ahl"))
    sheet.line((LEFT, "Suppleanter: Gun Ek, Tor Lind, Åke Berg"))
    sheet.line((LEFT, "Dessutom kallas: Miljöinspektör Lars-Erik Ström"))
    record = extract_document(sheet.render(tmp_path / "typed.pdf"))
    assert record.header.organ == "Miljönämnden"
    items = _items(record)
    assert items[2].title == "Nämndens budget för år 1975"
    assert items[2].presenters == ["Lars-Erik Ström"]
    people = {p.name: p.role.value for p in record.participants}
    assert people == {"Per Holm": "ordförande", "Eva Dal": "vice ordförande", "Nils Sund": "ledamot",
                      "Berit Ahl": "ledamot", "Gun Ek": "ersättare", "Tor Lind": "ersättare", "Åke Berg": "ersättare",
                      "Lars-Erik Ström": "övrig"}


def test_a_speck_before_a_roll_label_on_a_scan():
    """': Suppleanter: Gun Ek, Tor Lind, Åke Berg' as OCR read a typed roll: the speck
    is no part of the label."""
    from extractors.structure import roll

    placed = [_scanned(1, "Ledamöter: Per Holm, Eva Dal", y=100.0), _scanned(1, ": Suppleanter: Gun Ek, Tor Lind, Åke Berg", y=115.0)]
    assert {(p.name, p.role.value) for p in roll.participants(placed, 10.0)} == {
        ("Per Holm", "ledamot"), ("Eva Dal", "ledamot"), ("Gun Ek", "ersättare"), ("Tor Lind", "ersättare"),
        ("Åke Berg", "ersättare")}


# ---------------------------------------------------------------- a roll set as tables under headings


def test_a_roll_in_tables_under_role_headings_is_read_row_by_row(tmp_path):
    """'Närvarolista': tables of 'Namn | Parti | Funktion' under headings
    that name their role. The function column stands right of the page's
    middle, yet the table is no pair of text columns (its cells are short,
    its rows share their lines); 'Ej tjänstgörande ersättare' over a table
    whose cells say only 'Ersättare', and others under 'Övriga närvarande'
    with what they do in a 'Befattning' column, keep the heading's role.
    'Jimmy Lund (SD)' beside a party cell defines no abbreviation."""
    sheet = Sheet()
    sheet.line((LEFT, "Sammanträdesprotokoll"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "Kommunfullmäktige"), (300, "2024-05-20"))
    sheet.line((LEFT, "Plats och tid", True), (TEXT + 40, "Folkets hus, kl. 18.30-21.00"), gap=24)
    sheet.line((LEFT, "Ledamöter och tjänstgörande ersättare"), bold=True)
    sheet.line((LEFT, "Namn", True), (230, "Parti", True), (281, "Funktion", True))
    members = [("Karin Ek", "S", "Ordförande"), ("Olof Berg", "M", "1:e vice ordförande"), ("Lena Dahl", "S", "Ledamot"),
               ("Nils Stål", "C", "Ledamot"), ("Gun Ahl", "V", "Ledamot"), ("Bo Lind", "KD", "Ledamot"),
               ("Eva Nyberg", "SD", "Tjänstgörande ersättare för Jimmy Lund (SD)"), ("Per Ås", "L", "Ledamot")]
    for name, party, function in members:
        sheet.line((LEFT, name), (230, party), (281, function), gap=13)
    sheet.space(10).line((LEFT, "Ej tjänstgörande ersättare"), bold=True)
    sheet.line((LEFT, "Namn", True), (230, "Parti", True), (281, "Funktion", True))
    for name, party in (("Ulla Fors", "S"), ("Tor Hed", "M")):
        sheet.line((LEFT, name), (230, party), (281, "Ersättare"), gap=13)
    sheet.space(10).line((LEFT, "Övriga närvarande"), bold=True)
    sheet.line((LEFT, "Namn", True), (281, "Befattning", True))
    sheet.line((LEFT, "Sara Vik"), (281, "kommundirektör"), gap=13)
    sheet.space(14).line((LEFT, "§ 41"), (TEXT, "Val av justerare"), bold=True)
    sheet.line((TEXT, "Fullmäktige utser Lena Dahl att justera protokollet."))
    sheet.line((LEFT, "§ 42"), (TEXT, "Budget"), bold=True)
    sheet.line((TEXT, "Fullmäktige fastställer budgeten."))
    record = extract_document(sheet.render(tmp_path / "roll.pdf"))
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Karin Ek", "ordförande"), ("Olof Berg", "vice ordförande"), ("Nils Stål", "ledamot"), ("Per Ås", "ledamot"),
            ("Eva Nyberg", "tjänstgörande ersättare"), ("Ulla Fors", "ej tjänstgörande ersättare"),
            ("Tor Hed", "ej tjänstgörande ersättare"), ("Sara Vik", "övrig")} <= people
    assert next(p.organization for p in record.participants if p.name == "Sara Vik") == "kommundirektör"
    assert not [a for a in record.body_aliases if a.short == "SD"]


def test_a_notice_letter_under_a_bold_title_and_a_running_header_date(tmp_path):
    """'Kallelse till sammanträde med direktionen' in bold over the plain
    sentence 'Direktionen kallas till sammanträde torsdagen den 26 maj 2011 …':
    the body is 'Direktionen', not the title run into the sentence; the date
    the sentence states beats the print date beside the running header."""
    sheet = Sheet()
    sheet.line((LEFT, "RÄDDNINGSTJÄNSTFÖRBUNDET", True), (480, "KALLELSE", True))
    sheet.line((LEFT, "NORRA ÅDALEN", True), (480, "2011-05-12"), gap=30)
    sheet.line((LEFT, "Till ledamöter och ersättare i direktionen"), gap=24)
    sheet.line((LEFT, "Kallelse till sammanträde med direktionen"), size=15, bold=True, gap=26)
    sheet.line((LEFT, "Direktionen kallas till sammanträde torsdagen den 26 maj 2011 kl. 09.30 på brandstationen i Ösby."))
    sheet.space(10).line((LEFT, "Ärenden"), bold=True)
    for n, title in enumerate(("Val av justerare", "Årsredovisning 2010", "Övriga frågor"), start=1):
        sheet.line((LEFT, f"{n}."), (80, title))
    header = extract_document(sheet.render(tmp_path / "letter.pdf")).header
    assert (header.organ, str(header.meeting_date), header.start_time) == ("Direktionen", "2011-05-26", "09:30")


def test_a_sandlista_by_surname_after_a_sentence_that_names_the_members(tmp_path):
    """A kungörelse's second page: 'Kungörelse till kommunfullmäktiges
    sammanträde … tillställes ledamöterna:' over two columns of 'Ahlberg,
    Stig (m)': the sentence's last words label the list, each entry is a
    member by surname, 'ordf' after one is the chair."""
    sheet = Sheet()
    sheet.line((80, "NORRBY KOMMUN"), bold=True)
    sheet.line((80, "KUNGÖRELSE"), bold=True, gap=24)
    sheet.line((80, "Kommunfullmäktige sammanträder torsdagen den 28 november 1974 kl 19.00 i Folkets hus."))
    sheet.line((80, "Därvid skall följande ärenden förekomma:"))
    for n, title in enumerate(["Val av två justeringsmän", "Budget för år 1975", "Motioner"], start=1):
        sheet.line((95, f"{n}."), (125, title))
    sheet.new_page()
    sheet.line((80, "SÄNDLISTA"), bold=True)
    sheet.line((80, "Kungörelse till kommunfullmäktiges sammanträde den 28 november"))
    sheet.line((80, "1974 tillställes ledamöterna:"))
    for left, right in [("Ahlberg, Stig (m)", "Lund, Elsa (s)"), ("Berg, Sixten (s)", "Lundmark, Erik (s) ordf"),
                        ("Dahl, Signe (c)", "Nordin, Greta (s)")]:
        sheet.line((95, left), (300, right))
    record = extract_document(sheet.render(tmp_path / "sandlista.pdf"))
    assert {(p.name, p.role.value) for p in record.participants} == {
        ("Stig Ahlberg", "ledamot"), ("Elsa Lund", "ledamot"), ("Sixten Berg", "ledamot"), ("Erik Lundmark", "ordförande"),
        ("Signe Dahl", "ledamot"), ("Greta Nordin", "ledamot")}


def test_a_table_whose_cells_are_centred_on_their_rows_number(tmp_path):
    """'Nr | Ärende | Diskussion och beslut | Ansvarig', each row's number and
    title set in the middle of its cell: the decision's first line stands
    above the number. A line of a cell above the first row's number tells
    the table is centred, so each line goes to the row it is centred on."""
    sheet = Sheet()
    sheet.line((LEFT, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((LEFT, "Styrelsemöte i Solrosens föräldrakooperativ"), gap=16)
    sheet.line((LEFT, "Tid", True), (140, "2018-04-10, kl. 19.00-20.30"))
    sheet.line((LEFT, "Närvarande", True), (140, "Karin Ek, ordförande"))
    sheet.line((140, "Olle Berg, kassör"), gap=24)
    sheet.line((55, "Nr", True), (86, "Ärende", True), (194, "Diskussion och beslut", True), (470, "Ansvarig", True), gap=22)
    for n, title, first, second in (
        (1, "Mötets öppnande", "Ordföranden Karin Ek hälsade välkommen och", "öppnade mötet."),
        (2, "Val av justerare", "Beslut: Att jämte ordföranden justera protokollet", "utsågs Olle Berg."),
    ):
        sheet.line((194, first), gap=6.5)
        sheet.line((55, str(n)), (86, title), gap=6.5)
        sheet.line((194, second), gap=22)
    sheet.line((86, "Godkännande av"), gap=6.5)  # a title of two lines about a one-line cell
    sheet.line((55, "3"), (194, "Beslut: Dagordningen godkändes."), gap=6.5)
    sheet.line((86, "dagordning"), gap=22)
    sheet.line((194, "Beslut: Förskolan stänger veckorna 28-31 och"), gap=6.5)
    sheet.line((55, "4"), (86, "Sommarstängning"), gap=6.5)
    sheet.line((194, "föräldrarna informeras i maj."), gap=22)
    items = _items(extract_document(sheet.render(tmp_path / "centred.pdf")))
    assert [items[n].title for n in (1, 2, 3, 4)] == ["Mötets öppnande", "Val av justerare", "Godkännande av dagordning",
                                                      "Sommarstängning"]
    assert "godkändes" in items[3].decision
    assert "Olle Berg" in items[2].decision and "Olle Berg" not in (items[1].decision or "")
    assert "28-31" in items[4].decision and "28-31" not in (items[3].decision or "")


def test_a_finland_swedish_roll_table_by_surname_with_party_groups(tmp_path):
    """'Namn | Grupp' with 'Backman Tua | SFP': the group is the party
    ('Saml' as Finland-Swedish rolls abbreviate it), and the names, surname
    first, are turned."""
    sheet = Sheet()
    sheet.line((LEFT, "FÖREDRAGNINGSLISTA"), size=14, bold=True, gap=20)
    sheet.line((LEFT, "Stadsfullmäktige"), (300, "9.11.2015"), gap=20)
    sheet.line((LEFT, "Tid", True), (TEXT, "9.11.2015 kl. 18.00"))
    sheet.line((LEFT, "Plats", True), (TEXT, "Stadshuset, fullmäktigesalen"), gap=20)
    sheet.line((LEFT, "Kallade ledamöter"), bold=True)
    sheet.line((LEFT, "Namn", True), (220, "Grupp", True))
    for name, group in (("Backman Tua", "SFP"), ("Wik Tobias", "SDP"), ("Lindqvist Mikael", "Saml"), ("Palm Maria", "SFP")):
        sheet.line((LEFT, name), (220, group), gap=13)
    sheet.space(12)
    for n, title in ((45, "Val av protokolljusterare"), (46, "Budget 2016")):
        sheet.line((LEFT, f"{n} §"), (TEXT, title), bold=True)
        sheet.line((TEXT, "Stadsstyrelsens förslag:")).line((TEXT, "Fullmäktige godkänner förslaget."))
    record = extract_document(sheet.render(tmp_path / "sfm.pdf"))
    assert {(p.name, p.party, p.role.value) for p in record.participants} == {
        ("Tua Backman", "SFP", "ledamot"), ("Tobias Wik", "SDP", "ledamot"),
        ("Mikael Lindqvist", "Saml", "ledamot"), ("Maria Palm", "SFP", "ledamot")}
