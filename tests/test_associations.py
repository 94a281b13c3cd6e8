"""Association, housing-cooperative and student-union meetings, rendered here:
the body in its own word ('Föreningsstämma', 'Sektionsmöte', 'Styrelsen'),
decisions stated in running sentences, the officers elected in the first
items as participants, and start and end read from the opening and closing
sentences. Three invented meetings — a cooperative's föreningsstämma, a
student union's sektionsmöte and a road association's board meeting — each
with the phrases its kind of minutes use, and the counterexamples beside
them (a proposal that says 'beslutar', an earlier handling quoted, another
meeting's time). Names, associations and places are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.record import extract_document
from extractors.structure.bodies import find_body
from extractors.structure.decisions import split_decision, split_proposal, states_decision
from schemas.document import Kind
from tests.pdfmaker import Sheet


def _items(record) -> dict[int, object]:
    return {i.number: i for i in record.items}


def _people(record) -> set[tuple[str, str]]:
    return {(p.name, p.role.value) for p in record.participants}


def _read(tmp_path_factory, render) -> object:
    """The record of a meeting `render(path)` draws, rendered once per module."""
    return extract_document(render(tmp_path_factory.mktemp(render.__name__) / f"{render.__name__}.pdf"))


def _paragraph(sheet: Sheet, label: str, title: str, *text: str) -> None:
    sheet.space(10).line((60, f"{label} {title}"), size=11, bold=True, gap=17)
    for line in text:
        sheet.line((60, line))


# ---------------------------------------------------------------- a housing cooperative's föreningsstämma


def stamma(path):
    sheet = Sheet()
    sheet.line((60, "Protokoll fört vid ordinarie föreningsstämma med Brf Lindgården"), size=14, bold=True, gap=20)
    sheet.line((60, "Datum: 2024-05-14"))
    sheet.line((60, "Plats: Föreningslokalen, Lindvägen 3"))
    _paragraph(sheet, "§ 1", "Stämmans öppnande",
               "Karin Alm påminde om att extrastämman den 3 mars öppnades kl. 18.00 i samma lokal.",
               "Styrelsens ordförande Karin Alm öppnade stämman kl. 18.30 och hälsade alla välkomna.")
    _paragraph(sheet, "§ 2", "Val av stämmoordförande", "Till stämmoordförande valdes Karin Alm.")
    _paragraph(sheet, "§ 3", "Anmälan av stämmoordförandens val av protokollförare",
               "Ordföranden utsåg Petter Ek till protokollförare.")
    _paragraph(sheet, "§ 4", "Godkännande av dagordningen", "Dagordningen godkändes.")
    _paragraph(sheet, "§ 5", "Val av två personer att jämte ordföranden justera protokollet",
               "Till att jämte ordföranden justera protokollet valdes Eva Nordin och Olle Lundh.")
    _paragraph(sheet, "§ 6", "Fastställande av röstlängd", "Röstlängden fastställdes till 41 röstberättigade medlemmar.")
    _paragraph(sheet, "§ 7", "Beslut om ansvarsfrihet",
               "Styrelsen föreslår att stämman beslutar att bevilja styrelsen ansvarsfrihet.",
               "Stämman beslutade att bevilja styrelsen ansvarsfrihet för räkenskapsåret 2023.")
    _paragraph(sheet, "§ 8", "Motion om laddplatser",
               "Motionären citerade protokollet från 2022: \"Stämman beslutade att utreda frågan.\"",
               "Efter diskussion beslutade stämman att avslå motionen.")
    _paragraph(sheet, "§ 9", "Stämmans avslutande", "Ordföranden förklarade stämman avslutad kl. 20.05.")
    sheet.space(20).line((60, "Vid protokollet"), (300, "Justeras"))
    sheet.line((60, "Petter Ek"), (300, "Eva Nordin"))
    return sheet.render(path)


@pytest.fixture(scope="module")
def stamma_record(tmp_path_factory):
    return _read(tmp_path_factory, stamma)


def test_a_foreningsstamma_is_its_organ_and_its_times_are_the_opening_and_closing(stamma_record):
    record = stamma_record  # the extra meeting's opening, told in § 1, is not this meeting's start
    assert record.kind is Kind.PROTOKOLL
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.end_time) == ("Föreningsstämma", dt.date(2024, 5, 14), "18:30", "20:05")


def test_a_foreningsstamma_states_its_decisions_in_sentences(stamma_record):
    items = _items(stamma_record)
    assert list(items) == list(range(1, 10))
    assert items[1].decision is None  # an opening is no decision
    assert items[2].decision == "Till stämmoordförande valdes Karin Alm."
    assert items[3].decision is None  # the chair appoints, the meeting does not decide
    assert items[4].decision == "Dagordningen godkändes."
    assert items[6].decision == "Röstlängden fastställdes till 41 röstberättigade medlemmar."
    # the board's proposal says 'beslutar' too: only the meeting's decision is one
    assert items[7].decision == "Stämman beslutade att bevilja styrelsen ansvarsfrihet för räkenskapsåret 2023."
    assert items[7].summary == "Styrelsen föreslår att stämman beslutar att bevilja styrelsen ansvarsfrihet."
    # a decision quoted from an earlier meeting's minutes is not this meeting's
    assert items[8].decision == "Efter diskussion beslutade stämman att avslå motionen."
    assert items[9].decision is None


def test_a_foreningsstamma_without_a_roll_has_its_officers_as_participants(stamma_record):
    assert _people(stamma_record) == {
        ("Karin Alm", "ordförande"),
        ("Petter Ek", "sekreterare"),
        ("Eva Nordin", "justerare"),
        ("Olle Lundh", "justerare"),
    }


def test_a_stated_decision_has_its_own_box_apart_from_the_discussion(stamma_record):
    item = _items(stamma_record)[7]
    regions = {r.field: r for r in item.field_boxes}
    assert {"summary", "decision"} <= set(regions)
    assert regions["summary"].bottom <= regions["decision"].top  # the proposal's line above the decision's


# ---------------------------------------------------------------- a student union's sektionsmöte


def sektionsmote(path):
    sheet = Sheet()
    sheet.line((60, "Datateknologsektionen"), size=12, gap=18)
    sheet.line((60, "Protokoll fört vid sektionsmöte 2024-03-12"), size=14, bold=True, gap=20)
    sheet.line((60, "Plats: Sal K2, Kårhuset"))
    _paragraph(sheet, "§1", "Mötets öppnande", "Sektionsordförande Kim Dahl öppnade mötet 17:15.")
    _paragraph(sheet, "§2", "Val av mötesordförande", "Mötet väljer Kim Dahl till mötesordförande.")
    _paragraph(sheet, "§3", "Val av mötessekreterare", "Sara Lind")
    _paragraph(sheet, "§4", "Val av justerare tillika rösträknare",
               "Till justerare tillika rösträknare valdes Jonas Ek och Maja Sund.")
    _paragraph(sheet, "§5", "Godkännande av föredragningslistan", "Föredragningslistan godkändes med ett tillägg.")
    _paragraph(sheet, "§6", "Meddelanden",
               "Ordföranden berättade att fullmäktige beslutade den 3 mars att höja terminsavgiften.",
               "Vid förra mötet öppnades mötet kl. 17.00 i samma sal.")
    _paragraph(sheet, "§7", "Budget 2024")
    sheet.line((60, "Beslut: att fastställa budgeten för 2024 enligt bilaga.", True))
    _paragraph(sheet, "§8", "Val av representant till kårfullmäktige",
               "Om mötet beslutar att skicka två representanter höjs kostnaden.",
               "Mötet beslutar att skicka en representant.")
    _paragraph(sheet, "§9", "Mötets avslutande", "Mötesordföranden förklarar mötet avslutat 19:40.")
    return sheet.render(path)


@pytest.fixture(scope="module")
def sektion_record(tmp_path_factory):
    return _read(tmp_path_factory, sektionsmote)


def test_a_sektionsmote_is_its_organ_and_its_times_are_its_own(sektion_record):
    h = sektion_record.header
    # §6 tells when the last meeting opened: not this meeting's start
    assert (h.organ, h.meeting_date, h.start_time, h.end_time) == ("Sektionsmöte", dt.date(2024, 3, 12), "17:15", "19:40")


def test_a_sektionsmote_decisions_and_what_is_none(sektion_record):
    items = _items(sektion_record)
    assert items[2].decision == "Mötet väljer Kim Dahl till mötesordförande."
    assert items[3].decision == "Sara Lind"  # the name alone under an election's title
    assert items[5].decision == "Föredragningslistan godkändes med ett tillägg."
    assert items[6].decision is None  # another body's decision, told with its date
    assert items[7].decision == "att fastställa budgeten för 2024 enligt bilaga."
    assert items[8].decision == "Mötet beslutar att skicka en representant."  # not the condition before it


def test_a_sektionsmote_officers_from_sentences_and_from_a_name_under_its_office(sektion_record):
    assert _people(sektion_record) == {
        ("Kim Dahl", "ordförande"),
        ("Sara Lind", "sekreterare"),  # 'Sara Lind' alone under 'Val av mötessekreterare'
        ("Jonas Ek", "justerare"),
        ("Maja Sund", "justerare"),
    }


# ---------------------------------------------------------------- a road association's board meeting


def styrelsemote(path):
    sheet = Sheet()
    sheet.line((60, "Backby vägförening"), size=12, gap=18)
    sheet.line((60, "PROTOKOLL"), size=16, bold=True, gap=20)
    sheet.line((60, "Styrelsemöte nr 4"), size=12, gap=18)
    sheet.line((60, "Datum och tid: 2025-02-11 19.00"))
    sheet.line((60, "Plats: Hos Per Ek, Backby 12"))
    sheet.line((60, "Närvarande: Anna Berg, Per Ek, Eva Nord, Olle Lind"))
    _paragraph(sheet, "§ 1", "Mötet öppnas", "Ordföranden Anna Berg öppnar mötet kl 19.02.")
    _paragraph(sheet, "§ 2", "Val av justerare", "Olle väljs till justerare.")
    _paragraph(sheet, "§ 3", "Föregående protokoll", "Lades till handlingarna.")
    _paragraph(sheet, "§ 4", "Ekonomi",
               "Kassören redogjorde för ekonomin. Vi beslutar att flytta 50 000 kr till sparkontot.")
    _paragraph(sheet, "§ 5", "Vägunderhåll",
               "Styrelsen diskuterade grusningen.", "Beslutades att Per Ek beställer grus före maj.")
    _paragraph(sheet, "§ 6", "Mötet avslutas", "Mötet avslutades kl 21.15.")
    sheet.space(20).line((60, "Vid protokollet"), (300, "Justeras"))
    sheet.line((60, "Per Ek"), (300, "Olle Lind"))
    return sheet.render(path)


@pytest.fixture(scope="module")
def board_record(tmp_path_factory):
    return _read(tmp_path_factory, styrelsemote)


def test_a_board_meeting_is_styrelsen_not_the_association(board_record):
    h = board_record.header
    # the prose times ('öppnar mötet kl 19.02') are when it was held, over the header's 19.00
    assert (h.organ, h.meeting_date, h.start_time, h.end_time) == ("Styrelsen", dt.date(2025, 2, 11), "19:02", "21:15")


def test_a_board_meeting_decisions_in_its_own_words(board_record):
    items = _items(board_record)
    assert items[1].decision is None
    assert items[2].decision == "Olle väljs till justerare."
    assert items[3].decision == "Lades till handlingarna."
    assert items[4].decision == "Vi beslutar att flytta 50 000 kr till sparkontot."
    assert items[4].summary == "Kassören redogjorde för ekonomin."
    assert items[5].decision == "Beslutades att Per Ek beställer grus före maj."


def test_a_board_meeting_roll_with_the_attester_named_by_first_name(board_record):
    assert _people(board_record) == {
        ("Anna Berg", "ledamot"), ("Eva Nord", "ledamot"),
        ("Olle Lind", "justerare"),  # 'Olle' is the one Olle of the roll: elected, one entry with the office
        ("Per Ek", "sekreterare"),  # signs 'Vid protokollet': a meeting that elects its officers lists each once (GOLD.md)
    }


def test_a_chair_elected_from_the_roll_takes_that_place_in_it(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Årsmötesprotokoll 2024"), size=16, bold=True, gap=22)
    sheet.line((60, "Stenby fiskevårdsförening"), size=12, gap=18)
    sheet.line((60, "Datum: 2024-03-02"))
    sheet.line((60, "Närvarande: Anna Berg, Per Ek, Eva Nord"))
    _paragraph(sheet, "§ 1", "Mötets öppnande", "Mötet öppnades kl. 14.00.")
    _paragraph(sheet, "§ 2", "Val av ordförande och sekreterare för mötet",
               "Till ordförande för mötet valdes Eva Nord och till sekreterare Per Ek.")
    _paragraph(sheet, "§ 3", "Val av ordförande i föreningen för ett år", "Anna Berg valdes till ordförande.")
    record = extract_document(sheet.render(tmp_path / "arsmote.pdf"))
    assert record.header.organ == "Årsmöte"
    assert record.header.start_time == "14:00"
    assert _people(record) == {
        ("Anna Berg", "ledamot"),  # the association's chair for a year is no office of this meeting
        ("Per Ek", "sekreterare"),  # one entry per person in a roll without parties: the office elected
        ("Eva Nord", "ordförande"),
    }


def test_a_kallelse_names_the_meeting_it_calls_to(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Brf Ekbacken"), size=12, gap=18)
    sheet.line((60, "Kallelse till extra föreningsstämma"), size=16, bold=True, gap=22)
    sheet.line((60, "Tid: Torsdag 2024-11-21 kl. 19.00"))
    sheet.line((60, "Plats: Föreningslokalen"))
    sheet.space(10).line((60, "Dagordning"), bold=True)
    for n, title in enumerate(["Stämmans öppnande", "Val av stämmoordförande", "Beslut om stadgeändring",
                               "Stämmans avslutande"], start=1):
        sheet.line((80, f"{n}. {title}"), size=11)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    assert (record.header.organ, record.header.start_time) == ("Extra föreningsstämma", "19:00")
    assert all(i.decision is None for i in record.items)  # a notice decides nothing


def test_a_notice_that_lists_no_one_has_its_signatories(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Fysiksektionen"), size=12, gap=18)
    sheet.line((60, "Kallelse och föredragningslista till sektionsmöte"), size=16, bold=True, gap=22)
    sheet.line((60, "Tid: 2024-10-08, 17:15"))
    for n, title in enumerate(["Mötet öppnas", "Val av mötesordförande", "Budget", "Mötet avslutas"], start=1):
        sheet.line((60, f"§{n}"), (110, title), size=11)
    sheet.space(20).line((60, "Alla medlemmar är välkomna. Motioner lämnas till styrelsen, se stadgarna."))
    sheet.space(10).line((60, "Nora Lindén, ordförande"))
    sheet.line((60, "Axel Bro, kassör"))
    sheet.line((60, "Fysikhuset, plan 2"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    # the chair keeps the role; another office of the association signs as 'övrig'
    assert _people(record) == {("Nora Lindén", "ordförande"), ("Axel Bro", "övrig")}


# ---------------------------------------------------------------- the readers on their own


@pytest.mark.parametrize(("line", "organ", "rest"), [
    ("Protokoll fört vid ordinarie föreningsstämma med Brf Exempel", "Föreningsstämma", "Protokoll fört vid med Brf Exempel"),
    ("Exempelföreningen Årsmötesprotokoll 2024", "Årsmöte", "Exempelföreningen 2024"),
    ("Protokoll styrelsemöte nr 7", "Styrelsen", "Protokoll nr 7"),
    ("Kallelse till årsstämma", "Årsstämma", "Kallelse till"),
    ("Exempelkåren Extra stämma 2023-10-02", "Extra stämma", "Exempelkåren 2023-10-02"),
    ("Konstituerande möte för Brf Ek", "Konstituerande möte", "för Brf Ek"),
    ("Ekby IF:s vårmöte 2024 - Protokoll (2024-03-02)", "Vårmöte", "Ekby IF:s 2024 - Protokoll (2024-03-02)"),
    ("Fysiksektionens höstmöte", "Höstmöte", "Fysiksektionens"),
])
def test_find_body_gives_the_word_and_leaves_the_rest(line, organ, rest):
    mention = find_body(line)
    assert (mention.organ, mention.rest) == (organ, rest)


@pytest.mark.parametrize("line", ["Kommunstyrelsen", "Nämnd/styrelse", "Ungdomsfullmäktige", "Protokoll från det penningpolitiska mötet"])
def test_find_body_leaves_bodies_with_names_of_their_own(line):
    assert find_body(line) is None


@pytest.mark.parametrize(("sentence", "decides"), [
    ("Mötet beslutar att godkänna dagordningen.", True),
    ("Årsmötet beslöt att höja medlemsavgiften till 200 kr.", True),
    ("Stämman beviljade styrelsen ansvarsfrihet.", True),
    ("Mötet lägger verksamhetsberättelsen till handlingarna.", True),
    ("Till justerare valdes Eva Nord och Olle Lind.", True),
    ("Beslut: att anta budgeten.", True),
    ("Styrelsen föreslår att stämman beslutar att höja avgiften.", False),
    ("Kommunstyrelsen beslutade 2023-05-12, § 45, att ge förvaltningen i uppdrag att utreda.", False),
    ("Vid förra mötet beslutades att anlita en revisor.", False),
    ("Årsmötet 2022 beslöt att bygga en brygga.", False),
    ("Styrelsen har beslutat att avvakta.", False),
    ("Ska stämman besluta om detta?", False),
    ("Ordföranden öppnade mötet och hälsade alla välkomna.", False),
    ("Stämman anses vara behörigen sammankallad", True),
    ("Samtliga närvarande förklarade att mötet utlysts i behörig ordning.", True),
    ("Ordföranden hälsar välkommen, konstaterar att sammanträdet är behörigt utlyst och öppnar mötet.", False),
])
def test_states_decision(sentence, decides):
    assert states_decision(sentence) is decides


def test_split_decision_keeps_a_list_that_the_decision_opens():
    text = "Frågan diskuterades.\nTill styrelse valdes:\na) ordförande Anna Berg\nb) kassör Per Ek\nÖvriga frågor togs upp."
    assert split_decision(text) == (
        "Till styrelse valdes:\na) ordförande Anna Berg\nb) kassör Per Ek",
        "Frågan diskuterades.\nÖvriga frågor togs upp.",
    )


def test_a_when_line_under_the_title_and_a_bare_closing_time(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll för Ekby"), size=16, bold=True, gap=20)
    sheet.line((60, "samfällighets årsstämma 2024"), size=16, bold=True, gap=20)
    sheet.line((60, "Onsdag 24 april 2024 kl.19 i Byskolans matsal"))
    _paragraph(sheet, "§ 1", "Val av ordförande för stämman", "Anna Berg (12) är vald som ordförande för stämman")
    _paragraph(sheet, "§ 2", "Val av sekreterare för stämman", "Per Ek (7) valdes till sekreterare för stämman")
    _paragraph(sheet, "§ 3", "Godkännande av dagordning",
               "Ordföranden gick igenom dagordningen, som skickats ut till alla medlemmar tillsammans med kallelsen.",
               "Dagordningen för stämman godkännes")
    _paragraph(sheet, "§ 4", "Stämman avslutas", "Stämman avslutas 20.41")
    record = extract_document(sheet.render(tmp_path / "arsstamma.pdf"))
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Årsstämma", dt.date(2024, 4, 24), "19:00", "20:41", "Byskolans matsal")
    assert [i.decision for i in record.items] == [
        "Anna Berg (12) är vald som ordförande för stämman", "Per Ek (7) valdes till sekreterare för stämman",
        "Dagordningen för stämman godkännes", None]
    assert _people(record) == {("Anna Berg", "ordförande"), ("Per Ek", "sekreterare")}  # '(12)' is a house number


def test_officers_printed_as_header_fields_and_a_roll(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Ekby tennisklubb"), size=12, gap=18)
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=20)
    sheet.line((60, "Konstituerande styrelsemöte"), size=12, gap=18)
    sheet.line((60, "Datum: 2024-03-10"))
    sheet.line((60, "Närvarande: Anna Berg, Per Ek, Eva Nord, Olle Lind"))
    sheet.line((60, "Mötesordförande: Anna Berg"))
    sheet.line((60, "Sekreterare: Per Ek"))
    sheet.line((60, "Justerare: Eva Nord"))
    _paragraph(sheet, "§ 1", "Styrelsens konstituering", "Styrelsen beslutade att Olle Lind är kassör.")
    _paragraph(sheet, "§ 2", "Firmateckning", "Föreningens firma tecknas av ordförande och kassör var för sig.")
    record = extract_document(sheet.render(tmp_path / "konstituerande.pdf"))
    assert record.header.organ == "Styrelsen"
    assert _items(record)[1].decision == "Styrelsen beslutade att Olle Lind är kassör."
    assert _items(record)[2].decision is None
    assert _people(record) == {  # an association's roll of those present: once each, the highest office (GOLD.md)
        ("Anna Berg", "ordförande"), ("Per Ek", "sekreterare"), ("Eva Nord", "justerare"), ("Olle Lind", "ledamot"),
    }


def test_times_in_the_headings_that_open_and_close_the_meeting(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=20)
    sheet.line((60, "Extra föreningsstämma i Brf Ekbacken 2024-11-21"), size=12, gap=18)
    _paragraph(sheet, "§ 1", "Stämmans öppnande kl. 19.00")
    _paragraph(sheet, "§ 2", "Beslut om stadgeändring",
               "Stämman beslutade med erforderlig majoritet att anta de nya stadgarna enligt bilaga.")
    _paragraph(sheet, "§ 3", "Stämmans avslutande 19.45")
    record = extract_document(sheet.render(tmp_path / "extra.pdf"))
    h = record.header
    assert (h.organ, h.start_time, h.end_time) == ("Extra föreningsstämma", "19:00", "19:45")
    assert _items(record)[2].decision == "Stämman beslutade med erforderlig majoritet att anta de nya stadgarna enligt bilaga."


# ---------------------------------------------------------------- the body named in a prose opening


def test_a_prose_opening_names_the_body_before_the_items_sentences_do(tmp_path):
    """'Protokoll fört vid extra stämma i …' wrapped over two lines, then items
    whose decisions open 'Stämman väljer …': the opening sentence is the title,
    and the body is the one it names, not the subject of a decision below."""
    sheet = Sheet()
    sheet.line((60, "Bostadsrättsföreningen Exempelgården"), size=12, bold=True, gap=22)
    sheet.line((60, "Protokoll fört vid extra stämma i Bostadsrättsföreningen Exempelgården torsdagen den 10 september 2020 i"))
    sheet.line((60, "Föreningslokalen, Exempelgatan 6."), gap=20)
    sheet.line((60, "1 Mötets öppnande: Ordföranden Eva Nord öppnar mötet kl. 17.15."), gap=16)
    sheet.line((60, "2 Val av mötesordförande. Beslut: Stämman väljer Eva Nord till ordförande för mötet."), gap=16)
    sheet.line((60, "3 Val av sekreterare. Beslut: Stämman väljer Per Ek till sekreterare för mötet."), gap=16)
    sheet.line((60, "4 Fastställande av dagordning. Beslut: Stämman beslöt att godkänna dagordningen."), gap=16)
    sheet.line((60, "5 Mötets avslutande. Ordföranden förklarar mötet avslutat."), gap=16)
    record = extract_document(sheet.render(tmp_path / "extra.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert record.header.organ == "Extra stämma"
    assert record.header.meeting_date == dt.date(2020, 9, 10)


def test_a_notice_calling_its_members_to_a_named_body_files_it_under_that_body(tmp_path):
    """'Medlemmarna i … kallas härmed till kårfullmäktige den …', then a table of
    items: the body is the one called to, not an item's title ('Val av valberedning')."""
    sheet = Sheet()
    sheet.line((60, "Exempelkåren vid Norrby högskola"), size=12, bold=True, gap=22)
    sheet.line((60, "Medlemmarna i Exempelkåren vid Norrby högskola kallas härmed till"))
    sheet.line((60, "kårfullmäktige den 18 oktober 2022 kl. 17.15 i Kårhuset, sal Ugglan."), gap=20)
    sheet.line((60, "Nr", True), (120, "Ärende", True), (400, "Tid", True), gap=16)
    for n, (title, time) in enumerate([("Mötets öppnande", "17.15"), ("Val av valberedning", "17.30"),
                                        ("Mötets avslutande", "18.00")], start=1):
        sheet.line((60, f"KF § {n}"), (120, title), (400, time), gap=16)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    assert record.header.organ == "Kårfullmäktige"
    assert [i.title for i in record.items] == ["Mötets öppnande", "Val av valberedning", "Mötets avslutande"]

# ---------------------------------------------------------------- the officers and proposals of minutes without a roll


def samfallighet(path):
    """A road association's årsstämma: no roll, the officers elected in
    decisions ('Stämman beslöt att välja …'), the secretary appointed by the
    chair, a labelled proposal run on into the handling, signatures with
    captions over the lines and roles under the names."""
    sheet = Sheet()
    sheet.line((60, "Protokoll fört vid årsstämma med Ekbackens vägsamfällighet"), size=14, bold=True, gap=20)
    sheet.line((60, "Datum: 2024-04-20"))
    sheet.line((60, "Närvarande: 14 delägare enligt närvarolista"))
    _paragraph(sheet, "§ 1", "Stämmans öppnande",
               "Föreningens ordförande Nils Brandberg hälsade alla välkomna och öppnade stämman kl. 10.00.")
    _paragraph(sheet, "§ 2", "Val av ordförande för stämman",
               "Stämman beslöt att välja Agneta Sörlin till ordförande för stämman.")
    _paragraph(sheet, "§ 3", "Anmälan av protokollförare",
               "Stämmoordföranden anmälde att hon utsett Tomas Lindroth att föra dagens protokoll.")
    _paragraph(sheet, "§ 4", "Val av två justerare tillika rösträknare",
               "Stämman beslöt att välja Berit Hägglund och Kjell Nyström att jämte stämmoordföranden",
               "justera protokollet.")
    _paragraph(sheet, "§ 5", "Revisorernas berättelse", "Revisor Maj Öberg redogjorde för revisionsberättelsen.")
    _paragraph(sheet, "§ 6", "Avgift för 2025", "Styrelsens förslag: Oförändrad avgift, 300 kr per andel.",
               "Stämman beslöt enligt styrelsens förslag.")
    _paragraph(sheet, "§ 7", "Motion om vägbommar", "Styrelsens förslag:",
               "Att avslå motionen eftersom bommar hindrar räddningstjänsten.")
    sheet.line((60, "Efter diskussion yrkade Ove Lind bifall till motionen."))
    sheet.line((60, "Stämman beslöt att avslå motionen."))
    _paragraph(sheet, "§ 8", "Stämmans avslutande", "Ordföranden förklarade stämman avslutad kl. 11.30.")
    sheet.space(30).line((60, "Vid protokollet"), (300, "Justeras"))
    sheet.space(20).line((60, "____________________"), (300, "____________________"))
    sheet.line((60, "Tomas Lindroth"), (300, "Agneta Sörlin"), gap=12)
    sheet.line((60, "protokollförare"), (300, "stämmoordförande"))
    sheet.space(10).line((60, "Justeras"), (300, "Justeras"))
    sheet.space(20).line((60, "____________________"), (300, "____________________"))
    sheet.line((60, "Berit Hägglund"), (300, "Kjell Nyström"))
    return sheet.render(path)


@pytest.fixture(scope="module")
def samfallighet_record(tmp_path_factory):
    return _read(tmp_path_factory, samfallighet)


def test_minutes_without_a_roll_have_their_elected_officers_and_those_who_acted(samfallighet_record):
    # one entry per person: the chair signs 'Justeras' under the captions yet stays the chair;
    # who opened the meeting and who presented were there
    assert _people(samfallighet_record) == {
        ("Agneta Sörlin", "ordförande"),
        ("Tomas Lindroth", "sekreterare"),
        ("Berit Hägglund", "justerare"),
        ("Kjell Nyström", "justerare"),
        ("Nils Brandberg", "ledamot"),
        ("Maj Öberg", "ledamot"),
    }


def test_a_labelled_proposal_ends_where_the_meeting_handles_it(samfallighet_record):
    items = _items(samfallighet_record)
    assert items[6].proposal == "Oförändrad avgift, 300 kr per andel."
    assert items[6].decision == "Stämman beslöt enligt styrelsens förslag."
    assert items[7].proposal == "Att avslå motionen eftersom bommar hindrar räddningstjänsten."
    assert items[7].decision == "Stämman beslöt att avslå motionen."
    assert "yrkade Ove Lind" in (items[7].summary or "")  # the motion is the handling, not the proposal


def test_a_roll_with_office_notes_and_an_attester_elected_from_it(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll styrelsemöte"), size=14, bold=True, gap=20)
    sheet.line((60, "Skogsbyns skidklubb"), size=12, gap=18)
    sheet.line((60, "Datum: 2024-09-03"))
    sheet.line((60, "Närvarande: Lisa Grahn (ordf.), Omid Karimi (kassör), Elin Wahl (sekr.), Bo Sten,"))
    sheet.line((60, "Frida Holm (suppleant)"))
    sheet.line((60, "Frånvarande: Anton Rask"))
    _paragraph(sheet, "1)", "Mötets öppnande", "Ordföranden öppnade mötet kl. 19.00.")
    _paragraph(sheet, "2)", "Val av justerare", "Bo Sten valdes att jämte ordföranden justera protokollet.")
    _paragraph(sheet, "3)", "Mötets avslutande", "Ordföranden avslutade mötet kl. 20.10.")
    record = extract_document(sheet.render(tmp_path / "styrelse.pdf"))
    people = {(p.name, p.role.value, p.organization) for p in record.participants}
    assert people == {
        ("Lisa Grahn", "ordförande", None),
        ("Omid Karimi", "ledamot", None),  # an office of the club is no organisation
        ("Elin Wahl", "sekreterare", None),
        ("Bo Sten", "justerare", None),  # elected from the roll: one entry, the office
        ("Frida Holm", "ersättare", None),
    }  # the absent are no participants


def test_a_roll_one_a_line_with_notes_in_brackets(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll Höstmöte 2024 – Geologsektionen"), size=14, bold=True, gap=20)
    sheet.line((60, "Datum: 2024-11-12"))
    sheet.line((60, "Närvarande:"))
    for name in ("Alva Kron (mötesordförande)", "Mira Dahl (mötessekreterare)", "Sam Berg (sektionsordförande)",
                 "Ivar Lund", "Tea Ahl (revisor)", "Leo Falk (ombudsman, adjungerad)"):
        sheet.line((75, name))
    _paragraph(sheet, "§1", "Mötets öppnande", "Sam Berg öppnar mötet 17:10.")
    _paragraph(sheet, "§2", "Val av justerare", "Mötet beslutar att välja Ivar Lund till justerare.")
    _paragraph(sheet, "§3", "Mötets avslutande", "Mötesordföranden avslutar mötet 18:00.")
    record = extract_document(sheet.render(tmp_path / "hostmote.pdf"))
    assert {(p.name, p.role.value, p.organization) for p in record.participants} == {
        ("Alva Kron", "ordförande", None), ("Mira Dahl", "sekreterare", None), ("Sam Berg", "ledamot", None),
        ("Ivar Lund", "justerare", None), ("Tea Ahl", "ledamot", None), ("Leo Falk", "övrig", None),
    }


@pytest.mark.parametrize("roll", [
    "Närvarande: Anna Berg (S), Per Ek (M), Eva Nord (V)",  # members of parties
    "Beslutande: Anna Berg, Per Ek, Eva Nord",  # a roll of seats, without parties
])
def test_a_member_keeps_the_seat_beside_the_attester_task(tmp_path, roll):
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=20)
    sheet.line((60, "Kultur- och fritidsnämnden"), size=12, gap=18)
    sheet.line((60, "Datum: 2024-02-14"))
    sheet.line((60, roll))
    _paragraph(sheet, "§ 1", "Val av justerare", "Per Ek utses att jämte ordföranden justera protokollet.")
    _paragraph(sheet, "§ 2", "Budget", "Nämnden beslutar att godkänna budgeten.")
    record = extract_document(sheet.render(tmp_path / "namnd.pdf"))
    assert ("Per Ek", "ledamot") in _people(record)
    assert ("Per Ek", "justerare") in _people(record)


@pytest.mark.parametrize("text, proposal, after", [
    ("Till förfogande står 12 000 kr. Styrelsen föreslår att beloppet balanseras. Stämman beslutade enligt förslaget.",
     "Till förfogande står 12 000 kr. Styrelsen föreslår att beloppet balanseras.", "Stämman beslutade enligt förslaget."),
    ("Att bifalla motionen.\nEfter diskussion yrkade Per Ek avslag.\nMötet beslutar att avslå motionen.",
     "Att bifalla motionen.", "Efter diskussion yrkade Per Ek avslag.\nMötet beslutar att avslå motionen."),
    # a proposal phrased as the decision it asks for is the proposal
    ("Kommunstyrelsen beslutar att godkänna avtalet.", "Kommunstyrelsen beslutar att godkänna avtalet.", None),
    # the points of a proposal's own list are the proposal, however they are phrased
    ("Nämnden beslutar\n1. Avtalet godkänns.\n2. Avtalet gäller från och med den 1 juli.",
     "Nämnden beslutar\n1. Avtalet godkänns.\n2. Avtalet gäller från och med den 1 juli.", None),
    ("Mötet godkänner arrendeavtalet för tio år.\nLars-Erik Sjöberg föreslog att avtalsperioden skulle vara fem år.",
     "Mötet godkänner arrendeavtalet för tio år.", "Lars-Erik Sjöberg föreslog att avtalsperioden skulle vara fem år."),
    ("Styrelsen föreslår att avgiften höjs.\nStyrelsen föreslår vidare att den gäller från 1 juli.",
     "Styrelsen föreslår att avgiften höjs.\nStyrelsen föreslår vidare att den gäller från 1 juli.", None),
])
def test_split_proposal(text, proposal, after):
    assert split_proposal(text) == (proposal, after)


@pytest.mark.parametrize("break_after", [3, 5, 8])
def test_a_roll_run_on_in_a_sentence_keeps_a_name_the_line_break_cuts(tmp_path, break_after):
    """'Närvarande: Eva Nord (ordförande), Per Ek (kassör), Lena' / 'Ås, Bo
    Lind, …': the line break may fall inside a name; the list is read whole."""
    names = ["Eva Nord", "Per Ek", "Lena Ås", "Bo Lind", "Sara Holm", "Nils Berg"]
    words = "Närvarande: Eva Nord (ordförande), Per Ek (kassör), Lena Ås, Bo Lind, Sara Holm, Nils Berg".split()
    cut = next(k for k, w in enumerate(words) if k >= break_after and not w.endswith((",", ")")))
    sheet = Sheet()
    sheet.line((60, "Exempelföreningen"), size=14, bold=True, gap=20)
    sheet.line((60, "Årsmötesprotokoll 2024-03-12"), size=14, bold=True, gap=20)
    sheet.line((60, " ".join(words[: cut + 1])))
    sheet.line((60, " ".join(words[cut + 1 :])), gap=24)
    for n, title in enumerate(["Mötets öppnande", "Val av sekreterare", "Mötets avslutande"], start=1):
        _paragraph(sheet, f"{n}", title, "Årsmötet beslutade att godkänna förslaget.")
    record = extract_document(sheet.render(tmp_path / "roll.pdf"))
    assert [p.name for p in record.participants] == names
    assert record.participants[0].role.value == "ordförande"


def test_a_roll_whose_last_name_has_its_note_on_the_next_line_and_a_table_of_names(tmp_path):
    """'Närvarande: Eva Nord (ordf.), Per Ek, Lena Ås (sekr.), Bo Lind' over
    '(kassör), Sara Holm' under a label table, and a roll printed as a table
    'Namn | Sektion' whose second column says where each sits."""
    s = Sheet()
    s.line((150, "Exempelbygdens viltvårdsförening"), size=13, bold=True)
    s.line((170, "Protokoll fört vid styrelsemöte"), size=12, gap=22)
    s.line((60, "Datum", True), (200, "Tid", True), (330, "Plats", True))
    s.line((60, "2023-08-17"), (200, "19.00–21.10"), (330, "Jaktstugan, Exempelberget"), gap=22)
    s.line((60, "Närvarande: Eva Nord (ordf.), Per Ek, Lena Ås (sekr.), Bo Lind"))
    s.line((60, "(kassör), Sara Holm"))
    s.line((60, "Frånvarande: Nils Berg"), gap=22)
    for n, title in enumerate(["Mötets öppnande", "Val av justerare", "Mötets avslutande"], start=1):
        _paragraph(s, f"Punkt {n}.", title, "Beslöts att godkänna förslaget.")
    record = extract_document(s.render(tmp_path / "roll.pdf"))
    assert [(p.name, p.role.value, p.organization) for p in record.participants] == [
        ("Eva Nord", "ordförande", None), ("Per Ek", "ledamot", None), ("Lena Ås", "sekreterare", None),
        ("Bo Lind", "ledamot", None), ("Sara Holm", "ledamot", None)]

    s = Sheet()
    s.line((60, "Protokoll - Fullmäktigemöte 4"), size=14, bold=True, gap=20)
    s.line((60, "Datum: 2023-12-05"))
    s.line((60, "Plats: Sal K2, Kårhuset"), gap=20)
    s.line((60, "Närvarande ledamöter"), bold=True)
    s.line((60, "Namn", True), (300, "Sektion", True))
    for name, section in [("Eva Nord", "Maskinsektionen"), ("Per Ek", "Kemisektionen"), ("Lena Ås", "Datasektionen")]:
        s.line((60, name), (300, section))
    s.space(16)
    for n, title in enumerate(["Mötets öppnande", "Mötets avslutande"], start=1):
        _paragraph(s, f"§ {n}", title, "Mötet beslutar att godkänna förslaget.")
    record = extract_document(s.render(tmp_path / "table.pdf"))
    assert [p.name for p in record.participants] == ["Eva Nord", "Per Ek", "Lena Ås"]


# ---------------------------------------------------------------- an årsstämma set in two columns


def _wrapped(text: str, width: float, size: float = 10.0, bold: bool = False) -> list[str]:
    """`text` broken into lines no wider than `width` points, in Sheet's font."""
    from fpdf import FPDF
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", "B" if bold else "", size)
    lines, line = [], ""
    for word in text.split():
        if line and pdf.get_string_width(f"{line} {word}") > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


_TWO_COLUMN_ITEMS = [
    ("Stämmans öppnande", "Ordföranden Sven Ekholm hälsade alla välkomna och förklarade stämman öppnad kl. 14.00."),
    ("Val av ordförande för stämman", "Stämman beslöt att välja Sven Ekholm till ordförande för stämman."),
    ("Val av sekreterare", "Stämman beslöt att välja Lena Grip till sekreterare för stämman."),
    ("Val av två justerare", "Stämman beslöt att välja Tor Nyman och Ada Sjö att justera dagens protokoll."),
    ("Styrelsens verksamhetsberättelse", "Ordföranden redogjorde för året. Vägen har fått nytt slitlager på "
     "en sträcka av fyra hundra meter och två vägtrummor har bytts ut efter vårens flöden.",
     "Stämman beslöt att lägga verksamhetsberättelsen till handlingarna."),
    ("Ansvarsfrihet för styrelsen", "Stämman beslöt att bevilja styrelsen ansvarsfrihet för det gångna året."),
    ("Utgifts- och inkomststat", "Kassören presenterade förslaget med en uttaxering om sextio kronor per andel.",
     "Stämman beslöt att fastställa staten enligt styrelsens förslag."),
    ("Val av styrelse", "Stämman beslöt att välja om Sven Ekholm som ordförande för ett år."),
    ("Övriga frågor", "Frågan om farthinder vid skolan och vid busshållplatsen diskuterades."),
    ("Stämmans avslutande", "Ordföranden tackade de närvarande och förklarade stämman avslutad kl. 15.30."),
]


def two_column_stamma(path, bold: bool = True, items=None):
    """Title and header across the page, then the items in two columns on
    one baseline grid: the left column full, the right one ending half-way
    down, the gutter narrow (14 pt) and the page's middle in it."""
    items = items or _TWO_COLUMN_ITEMS
    sheet = Sheet()
    sheet.line((60, "Protokoll fört vid årsstämma med Ekbackens vägförening"), size=14, bold=True, gap=20)
    sheet.line((60, "Datum: 2024-04-20"))
    sheet.line((60, "Plats: Ekbackens bygdegård, stora salen, där stämman hölls i år som alla tidigare år"), gap=24)
    flow: list[tuple[str, bool]] = []
    for n, (title, *paragraphs) in enumerate(items, start=1):
        flow += [(line, bold) for line in _wrapped(f"§ {n} {title}", 220, bold=bold)]
        for paragraph in paragraphs:
            flow += [(line, False) for line in _wrapped(paragraph, 220)]
        flow.append(("", False))
    left, right = flow[:31], flow[31:]
    for row in range(len(left)):
        cells = [(x, text, bold) for x, (text, bold) in ((60, left[row]), (304, right[row] if row < len(right) else ("", False)))
                 if text]
        if cells:
            sheet.line(*cells, gap=13)
        else:
            sheet.space(13)
    return sheet.render(path)


@pytest.fixture(scope="module")
def two_column_record(tmp_path_factory):
    return _read(tmp_path_factory, two_column_stamma)


def test_two_columns_on_one_grid_are_read_column_after_column(two_column_record):
    items = _items(two_column_record)
    assert sorted(items) == list(range(1, len(_TWO_COLUMN_ITEMS) + 1))
    assert [items[n].title for n in sorted(items)] == [title for title, *_ in _TWO_COLUMN_ITEMS]
    assert items[2].decision == "Stämman beslöt att välja Sven Ekholm till ordförande för stämman."
    assert items[7].decision == "Stämman beslöt att fastställa staten enligt styrelsens förslag."
    assert items[8].decision == "Stämman beslöt att välja om Sven Ekholm som ordförande för ett år."
    header = two_column_record.header
    assert (header.meeting_date, header.start_time, header.end_time) == (dt.date(2024, 4, 20), "14:00", "15:30")


def test_plain_headings_whose_titles_wrap_in_a_narrow_column_are_headings(tmp_path):
    """A plain '§ 5 Title' that runs on into the next line reads as running
    text on a full-width page; in a column a title wraps once ('… och' over
    'revisorernas berättelse') and the text goes on under it."""
    items = list(_TWO_COLUMN_ITEMS)
    items[4] = ("Styrelsens verksamhetsberättelse samt revisorernas berättelse", *items[4][1:])
    record = extract_document(two_column_stamma(tmp_path / "plain.pdf", bold=False, items=items))
    found = _items(record)
    assert [found[n].title for n in sorted(found)] == [title for title, *_ in items]
    assert found[5].decision == "Stämman beslöt att lägga verksamhetsberättelsen till handlingarna."
