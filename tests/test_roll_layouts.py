"""Rolls as other systems print them, rendered here: a table headed
'Beslutande ledamöter | Parti | Anmärkning | Närvaro §' with the party in a
column of its own and a substitute 'ers. för' a member; 'Ersättare (ej tjg)';
a 'Justering' field under the attesters that names no one; an association's
'Kassör | Name' row; a notice's roll after its agenda ('Kallade ledamöter');
Finland-Swedish 'Kallade medlemmar' and 'Personliga ersättare' with their
parties (SFP, Saml). Names, bodies and places are invented."""

from __future__ import annotations

from extractors.record import extract_document
from schemas.document import Kind
from tests.pdfmaker import Sheet


def _people(record) -> set[tuple[str, str, str | None]]:
    return {(p.name, p.role.value, p.party) for p in record.participants}


def _paragraphs(sheet: Sheet, first: int) -> None:
    for n, title in enumerate(["Val av justerare", "Godkännande av dagordning", "Budget 2025"], first):
        sheet.space(10).line((60, f"§ {n}"), (120, title), bold=True)
        sheet.line((120, "Beslut"), bold=True)
        sheet.line((120, "Kommunstyrelsen beslutar att godkänna förslaget."))


def test_a_roll_table_with_party_and_remark_columns(tmp_path):
    sheet = Sheet()
    sheet.line((60, "VALLBY KOMMUN"), (250, "SAMMANTRÄDESPROTOKOLL"), bold=True)
    sheet.line((60, "Kommunstyrelsen"), (250, "Sammanträdesdatum 2024-03-12"), gap=20)
    sheet.line((60, "Närvarolista"), bold=True)
    sheet.line((60, "Beslutande ledamöter"), (250, "Parti"), (300, "Anmärkning"), (480, "Närvaro §"), bold=True)
    sheet.line((60, "Eva Lind"), (250, "S"), (300, "Ordförande"), (480, "21–23"))
    sheet.line((60, "Per Holm"), (250, "M"), (300, "1:e vice ordförande"), (480, "21–23"))
    sheet.line((60, "Ali Nur"), (250, "C"), (480, "21–23"))
    sheet.line((60, "Ida Sund"), (250, "KD"), (480, "21, 23"))
    sheet.line((60, "Eva Dahl"), (250, "S"), (300, "ers. för Jan Falk (S)"), (480, "21–23"))
    sheet.line((60, "Ersättare (ej tjg)"), (180, "Olle Berg (C), Siv Rask (S)"))
    sheet.line((60, "Sekreterare"), (180, "Maja Ek"))
    sheet.line((60, "Justerare"), (180, "Ali Nur (C)"))
    sheet.line((60, "Justering"), (180, "Kommunkansliet, fredagen den 15 mars 2024 kl. 13.00"))
    _paragraphs(sheet, 21)
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert {("Eva Lind", "ordförande", "S"), ("Per Holm", "vice ordförande", "M"), ("Ali Nur", "ledamot", "C"),
            ("Ida Sund", "ledamot", "KD"), ("Eva Dahl", "tjänstgörande ersättare", "S"),
            ("Olle Berg", "ej tjänstgörande ersättare", "C"), ("Siv Rask", "ej tjänstgörande ersättare", "S"),
            ("Maja Ek", "sekreterare", None), ("Ali Nur", "justerare", "C")} <= people
    assert not any(name.startswith("Justering") or name in ("Parti", "Anmärkning") for name, _, _ in people)


def test_an_office_beside_its_holder_in_an_association_roll(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll – styrelsemöte 2024-05-06"), size=13, bold=True, gap=20)
    sheet.line((60, "Närvarande"), bold=True)
    for office, name in [("Ordförande", "Elin Sand"), ("Vice ordförande", "Oskar Lind"), ("Kassör", "Lena Berg"),
                         ("Sekreterare", "Julia Ek"), ("Ledamot", "Amir Haddad")]:
        sheet.line((60, office), (200, name))
    for n, title in enumerate(["Mötets öppnande", "Ekonomi", "Avslutning"], 1):
        sheet.space(8).line((60, f"§ {n}"), (120, title), bold=True)
        sheet.line((120, "Beslut: Styrelsen beslutar att godkänna."))
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert ("Lena Berg", "ledamot", None) in people
    assert {"Elin Sand", "Oskar Lind", "Julia Ek", "Amir Haddad"} <= {name for name, _, _ in people}
    assert not any(name.startswith("Kassör") for name, _, _ in people)


def test_a_notice_whose_roll_follows_its_agenda(tmp_path):
    sheet = Sheet()
    sheet.line((60, "REGION VALLMARK"), (300, "KALLELSE"), bold=True, gap=20)
    sheet.line((60, "Regionala utvecklingsnämnden"), size=13, bold=True, gap=18)
    sheet.line((60, "Tid"), (160, "2024-10-03 kl. 09.00"))
    sheet.line((60, "Plats"), (160, "Regionens hus, sal Älven"), gap=20)
    for n, title in enumerate(["Val av justerare", "Ekonomisk rapport", "Regional plan", "Övriga frågor"], 1):
        sheet.space(6).line((60, f"{n}. {title}"), bold=True)
        sheet.line((75, "Föredragande: Kim Berg"))
    sheet.space(14).line((60, "Kallade ledamöter"), bold=True)
    sheet.line((60, "Lars Holm (S), ordförande"))
    sheet.line((60, "Ewa Nord (M), vice ordförande"))
    sheet.line((60, "Sami Ek (C)"))
    sheet.line((60, "Kallade ersättare"), bold=True)
    sheet.line((60, "Jessica Rönn (S)"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE and len(record.items) == 4
    assert {("Lars Holm", "ordförande", "S"), ("Ewa Nord", "vice ordförande", "M"), ("Sami Ek", "ledamot", "C"),
            ("Jessica Rönn", "ersättare", "S")} <= _people(record)


def test_a_finland_swedish_notice_calls_members_and_personal_substitutes(tmp_path):
    sheet = Sheet()
    sheet.line((60, "STORBY STAD"), (300, "FÖREDRAGNINGSLISTA"), bold=True, gap=20)
    sheet.line((60, "Bildningsnämnden"), size=13, bold=True, gap=18)
    sheet.line((60, "Tid"), (180, "Onsdag 12.4.2023 kl. 18.00"))
    sheet.line((60, "Plats"), (180, "Kommungården, mötesrummet Bryggan"))
    sheet.line((60, "Kallade medlemmar"), (180, "Kim Nyholm (SFP), ordförande"))
    sheet.line((180, "Eva Lassila (SDP), vice ordförande"))
    sheet.line((180, "Ville Rantala (Saml)"))
    sheet.line((60, "Personliga ersättare"), (180, "Hanna Lind (SFP)"))
    sheet.space(10).line((60, "ÄRENDEN"), bold=True)
    for n, title in enumerate(["Mötets laglighet och beslutförhet", "Val av protokolljusterare", "Budget 2024"], 38):
        sheet.space(6).line((60, f"{n} §"), (120, title), bold=True)
        sheet.line((120, "Förslag: Nämnden godkänner förslaget."))
    people = _people(extract_document(sheet.render(tmp_path / "lista.pdf")))
    assert {("Kim Nyholm", "ordförande", "SFP"), ("Eva Lassila", "vice ordförande", "SDP"),
            ("Ville Rantala", "ledamot", "Saml"), ("Hanna Lind", "ersättare", "SFP")} <= people


def test_another_bodys_chair_in_the_roll_is_no_chair_of_this_meeting(tmp_path):
    sheet = Sheet()
    sheet.line((60, "STORBY STAD"), (300, "PROTOKOLL"), bold=True, gap=20)
    sheet.line((60, "Stadsstyrelsen"), (300, "15.9.2022"), gap=18)
    sheet.line((60, "Närvarande"), (180, "Mia Sund (SFP), ordförande"))
    sheet.line((180, "Jari Koski (SDP)"))
    sheet.line((60, "Övriga närvarande"), (180, "Rolf Wik (SFP), fullmäktiges ordförande"))
    sheet.line((180, "Petra Grön, stadsdirektör"))
    for n, title in enumerate(["Laglighet och beslutförhet", "Val av protokolljusterare", "Budget 2023"], 201):
        sheet.space(8).line((60, f"{n} §"), (120, title), bold=True)
        sheet.line((120, "Beslut: Förslaget godkändes."))
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert ("Mia Sund", "ordförande", "SFP") in people
    assert [(n, r) for n, r, _ in people if n == "Rolf Wik"] == [("Rolf Wik", "övrig")]


def test_a_serving_substitute_noted_after_the_name_and_others_parted_by_semicolons(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kommunfullmäktiges protokoll"), size=14, bold=True, gap=20)
    sheet.line((60, "Plats"), (190, "Folkets hus, Vallby"))
    sheet.line((60, "Tid"), (190, "2023-11-27 kl. 18.00–21.40"), gap=18)
    sheet.line((60, "Beslutande"), bold=True)
    sheet.line((60, "Eva Sand (S), ordförande"), (300, "Lena Gran (C)"))
    sheet.line((60, "Per Ölund (M)"), (300, "Viktor Eng (S), tjänstgörande ersättare"))
    sheet.line((60, "Övriga närvarande"), (190, "Birgitta Sälg, kommundirektör; Emma Krantz, kanslichef"))
    sheet.line((60, "Sekreterare"), (190, "Karl Vestin"), gap=20)
    _paragraphs(sheet, 112)
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert {("Eva Sand", "ordförande", "S"), ("Lena Gran", "ledamot", "C"), ("Per Ölund", "ledamot", "M"),
            ("Viktor Eng", "tjänstgörande ersättare", "S"), ("Birgitta Sälg", "övrig", None),
            ("Emma Krantz", "övrig", None), ("Karl Vestin", "sekreterare", None)} <= people


def test_a_roll_in_two_columns_each_under_its_heading(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Miljö- och byggnadsnämnden"), size=13, bold=True)
    sheet.line((60, "Sammanträdesprotokoll"), bold=True)
    sheet.line((60, "Onsdagen den 8 oktober 2003, kl. 09.00 - 15.20, Sörbygården"), gap=20)
    sheet.line((60, "Beslutande ledamöter"), (330, "Övriga närvarande"), bold=True)
    sheet.line((60, "Gun Wall (S), ordförande"), (330, "Ersättare: Tom Lund (S), Maj Ed (V)"))
    sheet.line((60, "Rolf Frans (M), vice ordförande"), (330, "Leif Hed, miljö- och byggchef"))
    sheet.line((60, "Irene Bäck (S)"), (330, "Berit Wessman, sekreterare"))
    sheet.line((60, "Ulla Kvist (FP), tjänstgörande ersättare för"))
    sheet.line((60, "Bertil Stål (FP)"), gap=20)
    sheet.line((60, "Justerare: Irene Bäck (S)"))
    _paragraphs(sheet, 112)
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert {("Gun Wall", "ordförande", "S"), ("Rolf Frans", "vice ordförande", "M"), ("Irene Bäck", "ledamot", "S"),
            ("Ulla Kvist", "tjänstgörande ersättare", "FP"), ("Tom Lund", "ersättare", "S"), ("Maj Ed", "ersättare", "V"),
            ("Leif Hed", "övrig", None), ("Irene Bäck", "justerare", "S")} <= people
    assert not any(name == "Bertil Stål" for name, _, _ in people)  # replaced, not present


def test_offices_abbreviated_after_the_name_as_a_typewriter_roll_writes_them(tmp_path):
    sheet = Sheet()
    sheet.line((60, "VALLBY KOMMUN"), (330, "SAMMANTRÄDESPROTOKOLL"), bold=True)
    sheet.line((60, "Tekniska nämnden"), (330, "1996-04-16"), gap=18)
    sheet.line((60, "Beslutande"), (190, "Sven Lind (S) ordf"))
    sheet.line((190, "Gösta Moll (M) v ordf"))
    sheet.line((190, "Inga Persson (S)"))
    sheet.line((60, "Övriga deltagande"), (190, "Yvonne Malm, sekr."), gap=20)
    _paragraphs(sheet, 54)
    people = _people(extract_document(sheet.render(tmp_path / "protokoll.pdf")))
    assert {("Sven Lind", "ordförande", "S"), ("Gösta Moll", "vice ordförande", "M"),
            ("Inga Persson", "ledamot", "S")} <= people


def test_a_roll_table_headed_name_function_presence_keeps_who_came_in_their_office(tmp_path):
    """'Namn | Funktion | Närvaro' over one row per board member, above a
    line of fields side by side ('Datum: … | Tid: … | Plats: …'): the office
    is the role, a treasurer a member, a co-opted expert another present with
    what they do, and the absent are left out."""
    sheet = Sheet()
    sheet.line((60, "SS EXEMPELVIKEN"), size=16, bold=True, gap=24)
    sheet.line((60, "Styrelseprotokoll nr 4/2024"), size=13, bold=True, gap=20)
    sheet.line((60, "Datum: 2024-04-09"), (200, "Tid: 18.30–20.15"), (330, "Plats: Klubbhuset, Hamnvägen 2"), gap=22)
    sheet.line((60, "Namn"), (200, "Funktion"), (380, "Närvaro"), bold=True)
    for name, office, present in [("Cecilia Brandt", "Ordförande", "Närvarande"),
                                  ("Maria Sandell", "Sekreterare", "Närvarande"),
                                  ("Jonas Kvarnström", "Kassör", "Närvarande"),
                                  ("Eva Lindroos", "Ledamot, hamnansvarig", "Frånvarande"),
                                  ("Petter Granlund", "Ledamot, juniorverksamhet", "Närvarande"),
                                  ("Siri Holm", "Suppleant", "Närvarande"),
                                  ("Leif Askenbom", "Adjungerad, varvschef", "§ 37–38")]:
        sheet.line((60, name), (200, office), (380, present))
    sheet.space(10)
    _paragraphs(sheet, 36)
    record = extract_document(sheet.render(tmp_path / "p.pdf"))
    assert {(p.name, p.role.value, p.organization) for p in record.participants} == {
        ("Cecilia Brandt", "ordförande", None), ("Maria Sandell", "sekreterare", None),
        ("Jonas Kvarnström", "ledamot", None), ("Petter Granlund", "ledamot", None),
        ("Siri Holm", "ersättare", None), ("Leif Askenbom", "övrig", "varvschef")}
    header = record.header
    assert (header.meeting_date.isoformat(), header.start_time, header.end_time, header.location) == (
        "2024-04-09", "18:30", "20:15", "Klubbhuset, Hamnvägen 2")


def test_a_roll_headed_present_with_a_qualifier_and_a_decision_under_a_long_title(tmp_path):
    """'Närvarande från styrelsen:' over the board, one per line with their
    office; '§ 7. Val av två personer att jämte stämmoordföranden justera
    protokollet' runs to the margin and 'Stämman beslutade att välja …' under
    it is the decision, not the title going on — and elects the attesters."""
    sheet = Sheet()
    sheet.line((70, "PROTOKOLL fört vid ordinarie föreningsstämma i Brf Exempelstenen,"), size=12, bold=True, gap=16)
    sheet.line((70, "tisdagen den 14 maj 2024 i föreningslokalen, Storgatan 4."), size=12, bold=True, gap=24)
    sheet.line((70, "Närvarande från styrelsen:"), gap=15)
    for person in ("Göran Wik, ordförande", "Helena Sjöqvist, kassör", "Ahmed Rashid, ledamot"):
        sheet.line((100, person))
    sheet.space(10)
    sheet.line((70, "§ 6."), (110, "Godkännande av dagordningen"), gap=16)
    sheet.line((110, "Stämman beslutade att godkänna dagordningen."), gap=22)
    sheet.line((70, "§ 7."), (110, "Val av två personer att jämte stämmoordföranden justera protokollet"), gap=16)
    sheet.line((110, "Stämman beslutade att välja Marta Grönlund och Fredrik Ohlin att jämte"))
    sheet.line((110, "stämmoordföranden justera protokollet."), gap=22)
    sheet.line((70, "§ 8."), (110, "Stämmans avslutande"), gap=16)
    sheet.line((110, "Ordföranden avslutade stämman."))
    record = extract_document(sheet.render(tmp_path / "p.pdf"))
    assert record.items[1].title == "Val av två personer att jämte stämmoordföranden justera protokollet"
    assert record.items[1].decision.startswith("Stämman beslutade att välja Marta Grönlund")
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Helena Sjöqvist", "ledamot"), ("Ahmed Rashid", "ledamot"),
            ("Marta Grönlund", "justerare"), ("Fredrik Ohlin", "justerare")} <= people
    assert any(name == "Göran Wik" for name, _ in people)


def test_a_notice_calls_its_chair_substitutes_for_information_and_guests_with_a_say(tmp_path):
    """'Fullmäktiges ordförande: …', 'Ersättare (för kännedom)' (a heading with
    a note in brackets) and 'Med närvaro- och yttranderätt' (guests) under
    'Kallade' after a student union's agenda."""
    sheet = Sheet()
    sheet.line((60, "Kallelse till Kårfullmäktiges sammanträde 6"), size=14, bold=True, gap=20)
    sheet.line((60, "Datum: torsdag 7 december 2023"), gap=20)
    sheet.line((60, "Föredragningslista"), bold=True)
    for n, title in enumerate(["Mötets öppnande", "Val av justerare", "Mötets avslutande"], 1):
        sheet.line((60, f"{n}."), (90, title), bold=True)
    sheet.space(12)
    sheet.line((60, "Kallade"), bold=True)
    sheet.line((60, "Fullmäktiges ordförande: Johan Berglund"))
    sheet.line((60, "Ordinarie ledamöter"), bold=True)
    sheet.line((60, "Amanda Sjödin"), (200, "Erik Lundkvist"), (340, "Hanna Öberg"))
    sheet.line((60, "Ersättare (för kännedom)"), bold=True)
    sheet.line((60, "Felicia Grahn, Adam Boström"))
    sheet.line((60, "Med närvaro- och yttranderätt"), bold=True)
    sheet.line((60, "Farid Karimi, kårordförande"))
    record = extract_document(sheet.render(tmp_path / "k.pdf"))
    assert record.kind is Kind.KALLELSE
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Johan Berglund", "ordförande"), ("Amanda Sjödin", "ledamot"), ("Hanna Öberg", "ledamot"),
            ("Felicia Grahn", "ersättare"), ("Adam Boström", "ersättare"), ("Farid Karimi", "övrig")} <= people


def test_a_roll_table_with_parties_written_out_and_substitutes_serving(tmp_path):
    """'Namn | Parti | Funktion' with 'Moderaterna' written out (kept as 'M',
    as a roll in brackets gives it), '1:e vice ordförande' and 'Tjänstgörande
    ersättare för Tove Sandberg (S)'; the place that wraps after a comma in
    its field is whole."""
    sheet = Sheet()
    sheet.line((54, "Kommunstyrelsen"), size=14, bold=True, gap=22)
    sheet.line((54, "Sammanträdesprotokoll 2024-02-06"), gap=24)
    sheet.line((54, "Tid och plats", True), (162, "Tisdagen den 6 februari 2024 kl. 08.30–15.10, Sammanträdesrummet Bräntan,"), gap=14)
    sheet.line((162, "Kommunhuset"), gap=20)
    sheet.line((54, "Namn"), (200, "Parti"), (330, "Funktion"), bold=True)
    for row in [("Marie Gustavsson", "Moderaterna", "Ordförande"),
                ("Lennart Boström", "Socialdemokraterna", "1:e vice ordförande"),
                ("Peter Nordström", "M", "Ledamot"),
                ("Mona Edlund", "Socialdemokraterna", "Tjänstgörande ersättare för Tove Sandberg (S)")]:
        sheet.line(*zip((54, 200, 330), row))
    sheet.space(10)
    _paragraphs(sheet, 12)
    sheet.space(20).line((54, "Ordförande"), gap=16).line((162, "Marie Gustavsson"))
    record = extract_document(sheet.render(tmp_path / "p.pdf"))
    assert {("Marie Gustavsson", "ordförande", "M"), ("Lennart Boström", "vice ordförande", "S"),
            ("Peter Nordström", "ledamot", "M"), ("Mona Edlund", "tjänstgörande ersättare", "S")} <= _people(record)
    assert record.header.location == "Sammanträdesrummet Bräntan, Kommunhuset"


def test_a_typed_roll_of_name_party_and_office_between_commas(tmp_path):
    """A 1987 kommunalförbund's typed roll: 'Gösta Lindberg, s, ordförande'
    one person a line (a note wrapping onto the next), 'Elsa Pettersson, c
    (ej tjänstgörande)' under 'Ersättare:', and 'Dessutom:' over officials
    named after their office ('kamrer Gun Ek')."""
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=14, bold=True, gap=20)
    sheet.line((60, "Protokoll fört vid sammanträde med direktionen för Exempelbygdens"))
    sheet.line((60, "räddningstjänstförbund onsdagen den 14 oktober 1987 kl 14.00 på Brandstationen."), gap=22)
    sheet.line((60, "Närvarande:"))
    for text in ("Gösta Lindberg, s, ordförande", "Karl-Erik Andersson, c, vice ordförande", "Margit Johansson, s",
                 "Bertil Håkansson, fp", "Ingvar Persson, s, tjänstgörande ersättare för Rune Olsson,", "s"):
        sheet.line((122, text))
    sheet.line((60, "Ersättare:")).line((122, "Elsa Pettersson, c (ej tjänstgörande)"))
    sheet.line((60, "Dessutom:"))
    for text in ("brandchef Harry Svensson", "kamrer Gun Ek", "förbundssekreterare Nils Forsberg"):
        sheet.line((122, text))
    sheet.space(10)
    _paragraphs(sheet, 24)
    people = _people(extract_document(sheet.render(tmp_path / "p.pdf")))
    assert {("Gösta Lindberg", "ordförande", "S"), ("Karl-Erik Andersson", "vice ordförande", "C"),
            ("Margit Johansson", "ledamot", "S"), ("Bertil Håkansson", "ledamot", "FP"),
            ("Ingvar Persson", "tjänstgörande ersättare", "S"), ("Elsa Pettersson", "ej tjänstgörande ersättare", "C"),
            ("Harry Svensson", "övrig", None), ("Gun Ek", "övrig", None), ("Nils Forsberg", "övrig", None)} <= people


def test_roman_vice_chairs_and_a_notice_that_quotes_the_boards_decision(tmp_path):
    """Finland-Swedish: 'I vice ordförande', 'II vice ordförande' in the roll,
    a guest who is 'stadsfullmäktiges I vice ordförande' no chair of this
    meeting; a föredragningslista's item quoting the board's 'Beslut:
    Förslaget godkändes.' decides nothing yet."""
    sheet = Sheet()
    sheet.line((56, "KVARNVIKS KOMMUN"), (300, "MÖTESKALLELSE"), bold=True, gap=18)
    sheet.line((56, "Kommunfullmäktige"), (300, "23.10.2023"), gap=22)
    sheet.line((56, "Tid", True), (148, "måndag 23.10.2023 kl. 19.00"))
    sheet.line((56, "Kallade ledamöter"), bold=True)
    for row in [("Bo-Erik Sundqvist", "SFP", "ordförande"), ("Gunilla Kronholm", "SDP", "I vice ordförande"),
                ("Mats Björkas", "C", "II vice ordförande"), ("Kurt Grönlund", "SFP", "")]:
        sheet.line(*[(x, t) for x, t in zip((56, 200, 260), row) if t])
    sheet.line((56, "Övriga kallade", True), (148, "Jessica Finnholm, stadsfullmäktiges I vice ordförande"), gap=22)
    sheet.line((56, "Ärenden"), bold=True, gap=18)
    for n, title in [(54, "Mötets öppnande"), (55, "Tilläggsanslag för skolans ventilation"), (56, "Mötets avslutande")]:
        sheet.line((56, f"{n} §"), (117, title), bold=True)
        if n == 55:
            sheet.line((117, "Kommunstyrelsen 9.10.2023 § 178"), bold=True)
            sheet.line((117, "Kommundirektörens förslag: Ett tilläggsanslag om 185 000 euro beviljas."))
            sheet.line((117, "Beslut: Förslaget godkändes."))
            sheet.line((117, "Förslag:"), bold=True)
            sheet.line((117, "Kommunfullmäktige beviljar ett tilläggsanslag om 185 000 euro."))
        sheet.space(8)
    record = extract_document(sheet.render(tmp_path / "k.pdf"))
    assert record.kind is Kind.KALLELSE
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Gunilla Kronholm", "vice ordförande"), ("Mats Björkas", "vice ordförande"), ("Jessica Finnholm", "övrig")} <= people
    assert all(i.decision is None for i in record.items)
    assert "Förslaget godkändes" in record.items[1].summary


def test_a_notices_roll_on_a_page_of_its_own_after_the_signature_page(tmp_path):
    """Agenda on page 1, 'Välkomna!' and the chair's and secretary's signatures on
    page 2, 'Kallade' with its members and substitutes on page 3."""
    sheet = Sheet()
    sheet.line((60, "EXEMPELBY KOMMUN"), (300, "KALLELSE"), bold=True, gap=20)
    sheet.line((60, "Fritidsnämnden"), size=13, bold=True, gap=18)
    sheet.line((60, "Tid:"), (160, "2025-02-18 kl. 13.15"))
    sheet.line((60, "Plats:"), (160, "Kulturhuset, rum Scenen"), gap=20)
    for n, title in enumerate(["Val av justerare", "Ekonomisk rapport", "Bidrag till föreningar", "Övriga frågor"], 1):
        sheet.space(6).line((60, f"{n})"), (90, title), bold=True)
    sheet.new_page().line((60, "Välkomna!"), gap=30)
    sheet.line((60, "Maria Lund"), (300, "Sofia Berg"))
    sheet.line((60, "Ordförande"), (300, "Nämndsekreterare"))
    sheet.new_page().line((60, "Kallade"), size=13, bold=True, gap=20)
    sheet.line((60, "Ledamöter"), bold=True)
    sheet.line((60, "Maria Lund"), (200, "S"), (240, "ordförande"))
    sheet.line((60, "Hugo Lind"), (200, "M"), (240, "vice ordförande"))
    sheet.line((60, "Emma Sjö"), (200, "S"))
    sheet.line((60, "Ersättare"), bold=True)
    sheet.line((60, "Jan Holm"), (200, "C"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE and len(record.items) == 4
    assert {("Hugo Lind", "vice ordförande", "M"), ("Emma Sjö", "ledamot", "S"), ("Jan Holm", "ersättare", "C")} <= _people(record)


def test_a_roll_table_with_a_speaker_substitutes_serving_and_groups_headed_inside_it(tmp_path):
    """'Namn | Uppdrag | Anmärkning': 'Talman' chairs, 'Vice talman' is vice
    chair, an 'Ersättare' whose remark says 'tjänstgör för …' serves, and the
    rows under a heading row of their own ('Kårstyrelsen (närvaro- och
    yttranderätt)') are others present from that body — each row read once."""
    sheet = Sheet()
    sheet.line((60, "Protokoll från Kårfullmäktiges sammanträde 2, 2024/25"), size=13, bold=True, gap=20)
    sheet.line((60, "Tid: torsdag 14 november 2024, kl. 18.00"))
    sheet.line((60, "Plats: Kårhuset, Aulan"), gap=22)
    sheet.line((60, "Närvarande"), bold=True)
    sheet.line((60, "Namn"), (200, "Uppdrag"), (330, "Anmärkning"), bold=True)
    for cells in [("Ida Ahl", "Talman"), ("Per Gran", "Vice talman"), ("Eva Ek", "Ledamot"), ("Omar Said", "Ledamot"),
                  ("Lisa Holm", "Ersättare", "tjänstgör för Karl Berg")]:
        sheet.line(*((x, text) for x, text in zip((60, 200, 330), cells)))
    sheet.line((60, "Kårstyrelsen (närvaro- och yttranderätt)"))
    sheet.line((60, "Wilma Ström"), (200, "Kårordförande"))
    sheet.line((60, "Dan Kask"), (200, "Ekonomiansvarig"))
    sheet.space(10)
    _paragraphs(sheet, 1)
    record = extract_document(sheet.render(tmp_path / "p.pdf"))
    people = {(p.name, p.role.value, p.organization) for p in record.participants}
    assert {("Ida Ahl", "ordförande", None), ("Per Gran", "vice ordförande", None), ("Eva Ek", "ledamot", None),
            ("Lisa Holm", "tjänstgörande ersättare", None), ("Wilma Ström", "övrig", "Kårstyrelsen"),
            ("Dan Kask", "övrig", "Kårstyrelsen")} <= people
    assert not {p for p in people if p[0] in ("Wilma Ström", "Dan Kask", "Lisa Holm") and p[1] in ("ledamot", "ersättare")}
    assert record.header.organ == "Kårfullmäktige"


def test_a_party_written_out_in_a_cell_of_its_own_is_the_partys_abbreviation():
    from extractors.structure import roll

    assert roll._party_cells_joined(["Britt-Marie Sandström", "Socialdemokraterna"]) == ["Britt-Marie Sandström (S)"]
    assert roll._party_cells_joined(["Kerstin Åberg", "C", "21–34"]) == ["Kerstin Åberg (C)", "21–34"]
    assert roll._party_cells_joined(["Olle Grahn", "ordförande"]) == ["Olle Grahn", "ordförande"]
