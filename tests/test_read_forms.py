"""Forms of association and municipal minutes and notices that carry across templates,
rendered here with invented content (round 9): paragraphs that open with their
label and run their title into the text ('§ 5. Förvaltningsberättelse.
Kassören …'), re-elections ('omvaldes'), who read a report aloud, a roll of
'Närvarande delägare' whose officers and signers are one entry each, a list
run on in a sentence that wraps inside a name, two columns of names surname
first with a count under them, 'När' and 'Var' over their values in a
sidebar, a label table of two fields a row, and an agenda table whose group
rows are set in bold over their '§10.1' rows (extraction only: no Prefect, no
DuckDB)."""

from __future__ import annotations

from extractors.record import extract_document
from tests.pdfmaker import Sheet

LEFT = 60.0


def _people(record) -> list[tuple[str, str]]:
    return [(p.name, p.role.value) for p in record.participants]


# ---------------------------------------------------------------- run-in paragraphs


def _run_in_minutes(path):
    sheet = Sheet()
    sheet.line((LEFT, "NORRBY VÄGFÖRENING"), size=12, bold=True, gap=20)
    sheet.line((LEFT, "PROTOKOLL fört vid ordinarie föreningsstämma med Norrby vägförening"))
    sheet.line((LEFT, "onsdagen den 3 maj 1978 kl. 19.00 i Bygdegården i Västby."), gap=20)
    sheet.line((LEFT, "Närvarande delägare:"))
    for name, estate in (("Nils Ek", "Norrby 1:2"), ("Karin Dahl", "Norrby 1:5"), ("Olle Berg", "Västby 2:1"),
                         ("Greta Lund", "Västby 2:4"), ("Per Sund", "Åsen 1:1"), ("Maj Holm", "Åsen 1:3")):
        sheet.line((LEFT, name), (200, estate))
    sheet.space(10)
    for text in (
        "§ 1. Stämmans öppnande. Styrelsens ordf. Nils Ek hälsade de närvarande",
        "välkomna och förklarade stämman öppnad.",
        "§ 2. Val av ordförande och sekreterare. Till ordf. för stämman valdes Nils Ek",
        "och till sekr. Karin Dahl.",
        "§ 3. Val av justeringsmän. Valdes Olle Berg och Greta Lund att jämte ordf.",
        "justera protokollet.",
        "§ 4. Förvaltningsberättelse. Kassören Per Sund uppläste förvaltningsberättelsen",
        "för år 1977. Berättelsen godkändes.",
        "§ 5. Revisorernas berättelse. Revisorernas berättelse upplästes av Maj Holm.",
        "§ 6. Val av styrelse. Till ordinarie ledamöter för två år omvaldes Nils Ek och",
        "Per Sund.",
        "§ 7. Stämmans avslutande. Ordf. förklarade stämman avslutad kl. 20.30.",
    ):
        sheet.line((LEFT, text))
    sheet.space(14)
    sheet.line((LEFT, "Vid protokollet:"))
    sheet.line((LEFT, "Karin Dahl"), gap=20)
    sheet.line((LEFT, "Justeras:"))
    sheet.line((LEFT, "Nils Ek"), (200, "Olle Berg"), (340, "Greta Lund"))
    return sheet.render(path)


def test_paragraphs_that_run_their_title_into_the_text(tmp_path):
    """'§ 4. Förvaltningsberättelse. Kassören …' on a line that opens its
    paragraph is a heading whose title ends at its full stop; a '§ 4' that a
    wrapped sentence puts at the start of a line is none."""
    record = extract_document(_run_in_minutes(tmp_path / "run-in.pdf"))
    assert record.kind.value == "protokoll"
    assert [(i.number, i.title) for i in record.items] == [
        (1, "Stämmans öppnande"), (2, "Val av ordförande och sekreterare"), (3, "Val av justeringsmän"),
        (4, "Förvaltningsberättelse"), (5, "Revisorernas berättelse"), (6, "Val av styrelse"),
        (7, "Stämmans avslutande")]
    items = {i.number: i for i in record.items}
    assert items[4].decision == "Berättelsen godkändes."
    assert items[6].decision.startswith("Till ordinarie ledamöter för två år omvaldes Nils Ek")
    assert items[4].presenters == ["Per Sund"] and items[5].presenters == ["Maj Holm"]


def test_a_roll_of_those_present_holds_each_once_with_their_office(tmp_path):
    """'Närvarande delägare' lists who came (no seats): the chair, secretary and
    attesters the first §§ elect ('ordf.', 'sekr.', 'att jämte ordf.
    justera') and who signs take the place of their plain entries."""
    record = extract_document(_run_in_minutes(tmp_path / "run-in.pdf"))
    assert sorted(_people(record)) == sorted([
        ("Nils Ek", "ordförande"), ("Karin Dahl", "sekreterare"), ("Olle Berg", "justerare"),
        ("Greta Lund", "justerare"), ("Per Sund", "ledamot"), ("Maj Holm", "ledamot")])


def test_a_line_wrapped_inside_a_sentence_is_not_a_heading(tmp_path):
    """A sentence that wraps so that '§ 3' opens a line is running text: no item."""
    sheet = Sheet()
    sheet.line((LEFT, "Protokoll fört vid styrelsemöte i Föreningen Ekbacken den 4 maj 2021."), gap=20)
    sheet.line((LEFT, "§ 1. Mötets öppnande. Ordföranden öppnade mötet."))
    sheet.line((LEFT, "§ 2. Stadgarna. Styrelsen gick igenom förslaget till nya stadgar för föreningen."))
    sheet.line((LEFT, "Förslaget ändrar bland annat det som föreningens nuvarande och alla tidigare stadgar säger i"))
    sheet.line((LEFT, "§ 3. Ändrat ska gälla från årsmötet. Styrelsen beslutade att skicka förslaget."))
    sheet.line((LEFT, "§ 3. Mötets avslutande. Ordföranden avslutade mötet."))
    record = extract_document(sheet.render(tmp_path / "wrapped.pdf"))
    assert [(i.number, i.title) for i in record.items] == [
        (1, "Mötets öppnande"), (2, "Stadgarna"), (3, "Mötets avslutande")]


# ---------------------------------------------------------------- rolls


def test_a_list_of_those_present_wrapped_inside_a_name(tmp_path):
    """'Närvarande: A, B, C och Yusuf' / 'Demir (suppleant).': five people, the last a substitute."""
    sheet = Sheet()
    sheet.line((LEFT, "Protokoll"), size=14, bold=True)
    sheet.line((LEFT, "fört vid styrelsemöte i Föreningen Strandens vänner lördagen den 2 april 2022."), gap=20)
    sheet.line((LEFT, "Närvarande: Hans Ek, Marianne Rosén, Tomas Sjöberg, Elin Dahlgren och Yusuf"))
    sheet.line((LEFT, "Demir (suppleant)."), gap=20)
    sheet.line((LEFT, "1) Mötets öppnande"), bold=True)
    sheet.line((LEFT, "Hans Ek öppnade mötet kl. 16.10."))
    sheet.line((LEFT, "2) Nästa möte"), bold=True)
    sheet.line((LEFT, "Styrelsen beslutar att nästa möte hålls den 7 april 2022."))
    record = extract_document(sheet.render(tmp_path / "wrapped-roll.pdf"))
    people = dict(_people(record))
    assert set(people) == {"Hans Ek", "Marianne Rosén", "Tomas Sjöberg", "Elin Dahlgren", "Yusuf Demir"}
    assert people["Yusuf Demir"] == "ersättare"


def test_two_columns_of_names_surname_first_with_a_count_under_them(tmp_path):
    """'Backman Tor | Rönnqvist Stig' rows, then '(6 medlemmar)': six people, not three run together."""
    sheet = Sheet()
    sheet.line((LEFT, "PROTOKOLL"), size=14, bold=True)
    sheet.line((LEFT, "fört vid Västerby frivilliga brandkårs årsmöte"), gap=18)
    sheet.line((LEFT, "Tid"), (150, "Söndagen 20.2.1994 kl. 14.00"))
    sheet.line((LEFT, "Plats"), (150, "Brandstationen i Västerby"))
    sheet.line((LEFT, "Närvarande"), (150, "Backman Tor"), (300, "Rönnqvist Stig"))
    sheet.line((150, "Granqvist Ulla"), (300, "Sjöholm Bengt"))
    sheet.line((150, "Hellund Sixten"), (300, "Storbacka Mikaela"))
    sheet.line((150, "(6 medlemmar)"), gap=20)
    sheet.line((LEFT, "1 §"), (150, "Mötets öppnande"), bold=True)
    sheet.line((150, "Ordföranden Tor Backman öppnade mötet kl. 14.05."))
    sheet.line((LEFT, "2 §"), (150, "Mötets avslutande"), bold=True)
    sheet.line((150, "Ordföranden avslutade mötet kl. 15.30."))
    record = extract_document(sheet.render(tmp_path / "columns.pdf"))
    assert {name for name, _ in _people(record)} == {
        "Tor Backman", "Stig Rönnqvist", "Ulla Granqvist", "Bengt Sjöholm", "Sixten Hellund", "Mikaela Storbacka"}


# ---------------------------------------------------------------- headers


def test_when_and_where_over_their_values_in_a_sidebar(tmp_path):
    """'NÄR' over 'Lördag 16 november' / '2024' / 'kl. 13.00' and 'VAR' over the
    place: the meeting's date, start and place."""
    sheet = Sheet()
    sheet.line((LEFT, "Föreningen Gamla Lokstallet"), size=12, bold=True, gap=20)
    sheet.line((LEFT, "NÄR"), bold=True)
    sheet.line((LEFT, "Lördag 16 november"))
    sheet.line((LEFT, "2024"))
    sheet.line((LEFT, "kl. 13.00"), gap=20)
    sheet.line((LEFT, "VAR"), bold=True)
    sheet.line((LEFT, "Lokstallet, Banvägen 3,"))
    sheet.line((LEFT, "Fjällåsa"), gap=24)
    sheet.line((LEFT, "KALLELSE"), size=14, bold=True)
    sheet.line((LEFT, "Höstmöte 2024"), size=12, bold=True, gap=18)
    sheet.line((LEFT, "Medlemmarna kallas härmed till föreningens ordinarie höstmöte."))
    for n, title in enumerate(("Mötets öppnande", "Val av justerare", "Verksamhetsplan", "Mötets avslutande"), 1):
        sheet.line((LEFT, f"{n}. {title}"))
    record = extract_document(sheet.render(tmp_path / "sidebar.pdf"))
    header = record.header
    assert (str(header.meeting_date), header.start_time, header.location) == (
        "2024-11-16", "13:00", "Lokstallet, Banvägen 3, Fjällåsa")


def test_two_fields_a_row_of_a_label_table(tmp_path):
    """'Tid | 18:30–20:15 | Plats | Föreningsstugan, Rosenlundsvägen 2': the time and the place."""
    sheet = Sheet()
    sheet.line((LEFT, "PROTOKOLL – STYRELSEMÖTE"), size=14, bold=True, gap=20)
    sheet.line((LEFT, "Datum"), (120, "2014-09-09"), (260, "Mötesnummer"), (360, "7/2014"))
    sheet.line((LEFT, "Tid"), (120, "18:30–20:15"), (260, "Plats"), (360, "Föreningsstugan, Rosenlundsvägen 2"), gap=20)
    sheet.line((LEFT, "§ 1"), (100, "Mötets öppnande"), bold=True)
    sheet.line((100, "Ordföranden öppnade mötet."))
    sheet.line((LEFT, "§ 2"), (100, "Mötets avslutande"), bold=True)
    sheet.line((100, "Ordföranden avslutade mötet."))
    record = extract_document(sheet.render(tmp_path / "label-table.pdf"))
    header = record.header
    assert (header.start_time, header.end_time, header.location) == ("18:30", "20:15", "Föreningsstugan, Rosenlundsvägen 2")


# ---------------------------------------------------------------- agenda tables


def test_bold_group_rows_and_their_decimal_rows_in_an_agenda_table(tmp_path):
    """'§9 | Ekonomisk rapport | I', a bold '§10 | Propositioner', '§10.1 | …',
    then plain rows again: one series of fourteen, the decimal rows under
    their group row, titles whole."""
    sheet = Sheet()
    sheet.line((LEFT, "Kallelse till sektionsmöte VT2 2019"), size=14, bold=True, gap=18)
    sheet.line((LEFT, "Tid"), (150, "Onsdag 24 april 2019, kl. 17:15"))
    sheet.line((LEFT, "Plats"), (150, "Sal K2, Kemihuset"), gap=20)
    sheet.line((LEFT, "§"), (110, "Ärende"), (420, "Typ"), bold=True)
    rows = [(n, t, False) for n, t in enumerate((
        "Mötets öppnande", "Val av mötesordförande", "Val av mötessekreterare", "Val av justerare",
        "Mötets behöriga utlysande", "Godkännande av dagordningen", "Föregående protokoll", "Meddelanden",
        "Ekonomisk rapport"), 1)]
    rows += [("10", "Propositioner", True), ("10.1", "Proposition: Inköp av ny kaffebryggare", False),
             ("10.2", "Proposition: Revidering av reglementet", False), ("11", "Motioner", True),
             ("11.1", "Motion om sektionströjor", False), ("12", "Övriga frågor", False), ("13", "Mötets avslutande", False)]
    for number, title, group in rows:
        cells = [(LEFT, f"§{number}"), (110 if "." not in str(number) else 120, title)]
        if not group:
            cells.append((420, "B"))
        sheet.line(*cells, bold=group)
    record = extract_document(sheet.render(tmp_path / "groups.pdf"))
    got = [(i.label, i.title, i.parent_label) for i in record.items]
    assert got[9:] == [
        ("§10", "Propositioner", None), ("§10.1", "Proposition: Inköp av ny kaffebryggare", "§10"),
        ("§10.2", "Proposition: Revidering av reglementet", "§10"), ("§11", "Motioner", None),
        ("§11.1", "Motion om sektionströjor", "§11"), ("§12", "Övriga frågor", None), ("§13", "Mötets avslutande", None)]
    assert [i.title for i in record.items[:9]][-1] == "Ekonomisk rapport"


# ---------------------------------------------------------------- municipal forms


def test_a_notice_row_whose_number_line_holds_only_its_diary_number(tmp_path):
    """'Ärende 4 | Dnr BUN 2025/0043' over a bold 'Ekonomisk månadsrapport':
    the title is the line below, the diary number the item's; a later page
    that opens with a row's number and title is the notice's own, no
    bundled report."""
    sheet = Sheet()
    sheet.line((LEFT, "Barn- och utbildningsnämnden – kallelse till sammanträde"), size=14, bold=True, gap=22)
    sheet.line((LEFT, "Tid"), (150, "Tisdag 18 mars 2025, kl. 13:00–16:30"))
    sheet.line((LEFT, "Plats"), (150, "Kommunhuset, Sjövikssalen"), gap=22)
    cases = {2: "BUN 2025/0043", 3: "BUN 2024/0310", 4: "BUN 2025/0021"}
    titles = {1: "Sammanträdets öppnande", 2: "Ekonomisk månadsrapport", 3: "Avtal om skolskjuts",
              4: "Riktlinjer för fritidshem", 5: "Meddelanden"}
    for n, title in titles.items():
        if n == 5:
            sheet.new_page()
        sheet.space(8)
        if n in cases:
            sheet.line((LEFT + 15, f"Ärende {n}"), (140, f"Dnr {cases[n]}"))
        else:
            sheet.line((LEFT + 15, f"Ärende {n}"), bold=True)
        sheet.line((LEFT + 15, title), bold=True)
        sheet.line((LEFT, "Förslag till beslut"), bold=True)
        sheet.line((LEFT, "Nämnden godkänner förvaltningens förslag."))
    record = extract_document(sheet.render(tmp_path / "cased.pdf"))
    assert [(i.number, i.title, i.case_number) for i in record.items] == [
        (1, "Sammanträdets öppnande", None), (2, "Ekonomisk månadsrapport", "BUN 2025/43"),
        (3, "Avtal om skolskjuts", "BUN 2024/310"), (4, "Riktlinjer för fritidshem", "BUN 2025/21"), (5, "Meddelanden", None)]


def test_a_place_under_its_time_and_a_bodys_proposal_to_another_and_a_run_in_decision_label(tmp_path):
    """'Tid och plats | … kl. 18.30–21.40' over 'Folkets hus, stora salen' in
    the value column: the place; 'Kommunstyrelsens förslag till
    kommunfullmäktige' labels a proposal; 'Beslut: …' in a decision's text
    is no part of the decision."""
    sheet = Sheet()
    sheet.line((LEFT, "Kommunfullmäktige"), size=14, bold=True)
    sheet.line((LEFT, "Protokoll"), size=12, bold=True, gap=20)
    sheet.line((LEFT, "Tid och plats"), (190, "Måndagen den 19 juni 2023 kl. 18.30–21.40"))
    sheet.line((190, "Kvarnby Folkets hus, stora salen"), gap=22)
    sheet.line((LEFT, "§ 91 Taxa för tillsyn enligt miljöbalken"), bold=True)
    sheet.line((LEFT, "Kommunstyrelsens förslag till kommunfullmäktige"), bold=True)
    sheet.line((LEFT, "Kommunfullmäktige beslutar att anta taxan."))
    sheet.line((LEFT, "Beslut"), bold=True)
    sheet.line((LEFT, "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."), gap=20)
    sheet.line((LEFT, "§ 92 Meddelanden"), bold=True)
    sheet.line((LEFT, "Meddelandena redovisades. Beslut: Meddelandena läggs till handlingarna."))
    record = extract_document(sheet.render(tmp_path / "kf.pdf"))
    assert record.header.location == "Kvarnby Folkets hus, stora salen"
    items = {i.number: i for i in record.items}
    assert items[91].proposal == "Kommunfullmäktige beslutar att anta taxan."
    assert items[91].decision == "Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."
    assert items[92].decision == "Meddelandena läggs till handlingarna."
