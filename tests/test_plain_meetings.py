"""Meetings that print less than a template does, rendered here: a letter's
agenda set in from the margin, a meeting named by a compound word of its own
('månadsmöte'), the date as '3/3-24', the place after the time on a title
line, and minutes without a roll signed by their secretary and chair. Names,
associations and places are invented."""

from __future__ import annotations

import datetime as dt

from extractors.record import extract_document
from extractors.structure.bodies import find_body
from extractors.structure.header import find_date
from schemas.document import Kind
from tests.pdfmaker import Sheet

AGENDA = ["Mötets öppnande", "Val av ordförande och sekreterare för mötet", "Val av två justerare",
          "Fastställande av dagordning", "Styrelsens verksamhetsberättelse", "Fråga om ansvarsfrihet",
          "Val av styrelse", "Övriga frågor", "Mötets avslutande", "Motioner", "Medlemsavgift", "Avslutning"]


def test_an_agenda_indented_under_its_heading_is_read_with_numbers_set_flush_right(tmp_path):
    sheet = Sheet()
    sheet.line((200, "Vallby bygdeförening"), size=13, bold=True, gap=20)
    sheet.line((180, "KALLELSE TILL ÅRSMÖTE"), size=14, bold=True, gap=22)
    sheet.line((70, "Medlemmarna kallas härmed till årsmöte söndagen den 14 april 2024 kl. 15.00 i"))
    sheet.line((70, "Vallby bygdegård. Efter mötet bjuder föreningen på kaffe."), gap=22)
    sheet.line((70, "Dagordning"), bold=True)
    for n, title in enumerate(AGENDA, 1):
        sheet.line((100 if n < 10 else 94, f"{n}."), (122, title))  # '9.' and '10.' end at one edge
    sheet.space(10).line((70, "Motioner ska vara styrelsen tillhanda senast den 1 mars."))
    sheet.line((70, "Välkomna! Styrelsen"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [(i.number, i.title) for i in record.items] == list(enumerate(AGENDA, 1))
    assert record.header.meeting_date == dt.date(2024, 4, 14) and record.header.organ == "Årsmöte"


def test_a_list_inside_an_item_is_still_no_agenda_of_its_own(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse till styrelsemöte"), size=14, bold=True, gap=22)
    sheet.line((60, "Datum: 2024-03-05"))
    for n, title in enumerate(["Mötets öppnande", "Budget", "Övriga frågor", "Avslutning"], 1):
        sheet.space(6).line((60, f"{n}. {title}"), bold=True)
        if n == 2:
            for k, point in enumerate(["Intäkter", "Kostnader", "Investeringar", "Resultat"], 1):
                sheet.line((90, f"{k}. {point}"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [i.title for i in record.items] == ["Mötets öppnande", "Budget", "Övriga frågor", "Avslutning"]


def test_a_meeting_in_a_compound_word_of_its_own_is_the_body():
    assert find_body("Protokoll från månadsmöte onsdagen 14/2 2024").organ == "Månadsmöte"
    assert find_body("Kretsstämmans protokoll").organ == "Kretsstämma"
    assert find_body("Protokoll styrelsemöte nr 7").organ == "Styrelsen"  # a listed body first
    for text in ("Vi bemöter frågan", "tillmötesgående", "Nästa möte hålls den 3 maj", "Kommunstyrelsen"):
        assert find_body(text) is None, text


def test_a_date_with_a_hyphen_before_its_year():
    assert find_date("PROTOKOLL, EXTRA STÄMMA 3/3-24") == dt.date(2024, 3, 3)
    assert find_date("måndagen 14/10-2024") == dt.date(2024, 10, 14)
    assert find_date("den 3/3 -78") == dt.date(1978, 3, 3)
    assert find_date("1/2 h") is None and find_date("RS/2023/145") is None


def _minutes_without_roll(path):
    sheet = Sheet()
    sheet.line((60, "PRO Vallby"), size=13, bold=True, gap=18)
    sheet.line((60, "Protokoll från månadsmöte onsdagen 6/3-24 kl. 14.00, Folkets hus, stora salen"), gap=22)
    sheet.line((60, "Närvarande: 35 medlemmar"), gap=20)
    paragraphs = [
        ("Mötets öppnande", "Ordförande Siv Lund hälsade alla välkomna och öppnade mötet."),
        ("Val av justerare", "Att jämte ordföranden justera dagens protokoll valdes Rut Berg och Leif Sand."),
        ("Dagordningen", "Dagordningen godkändes."),
        ("Mötets avslutande", "Ordföranden avslutade mötet kl 15.40."),
    ]
    for n, (title, text) in enumerate(paragraphs, 1):
        sheet.space(8).line((60, f"Punkt {n} - {title}"), bold=True)
        sheet.line((60, text))
    sheet.space(20).line((60, "Vid protokollet"), gap=30)
    sheet.line((60, "Mona Vik, sekreterare"), gap=30)
    sheet.line((60, "Justeras"), gap=30)
    sheet.line((60, "Siv Lund, ordförande"), gap=30)
    sheet.line((60, "Justeras"), (260, "Justeras"), gap=30)
    sheet.line((60, "Rut Berg"), (260, "Leif Sand"))
    return sheet.render(path)


def test_minutes_without_a_roll_name_their_meeting_place_and_signing_officers(tmp_path):
    record = extract_document(_minutes_without_roll(tmp_path / "protokoll.pdf"))
    header = record.header
    assert (header.organ, header.meeting_date, header.start_time, header.end_time, header.location) == (
        "Månadsmöte", dt.date(2024, 3, 6), "14:00", "15:40", "Folkets hus, stora salen")
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Siv Lund", "ordförande"), ("Mona Vik", "sekreterare"), ("Rut Berg", "justerare"),
            ("Leif Sand", "justerare")} <= people
    assert [p.name for p in record.participants].count("Siv Lund") == 1  # the chair, once


def test_an_association_title_line_with_a_weekday_dates_the_meeting(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Vallby arbetarekommun"), (420, "PROTOKOLL"), size=12, bold=True, gap=22)
    sheet.line((60, "Medlemsmöte tisdag 5 november 2024"), size=12, gap=16)
    sheet.line((60, "Folkets hus"), gap=20)
    for n, (title, text) in enumerate([("Mötets öppnande", "Mötet öppnades 19.05 av ordföranden."),
                                       ("Dagordning", "Godkändes."), ("Avslutning", "Mötet avslutades kl 21.10.")], 1):
        sheet.space(8).line((60, f"Ärende {n}"), bold=True)
        sheet.line((60, title), bold=True)
        sheet.line((60, text))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    assert (record.header.organ, record.header.meeting_date) == ("Medlemsmöte", dt.date(2024, 11, 5))
    assert record.header.location == "Folkets hus"  # the short line under the date line


def test_the_line_under_the_date_is_no_place_when_it_names_the_issuer_or_says_a_sentence(tmp_path):
    for below in ("Vallby kommun", "Mötet hölls i god stämning."):
        sheet = Sheet()
        sheet.line((60, "Protokoll styrelsemöte 2024-03-05"), size=13, bold=True, gap=18)
        sheet.line((60, below), gap=22)
        for n, title in enumerate(["Mötets öppnande", "Dagordning", "Avslutning"], 1):
            sheet.space(8).line((60, f"§ {n} {title}"), bold=True)
            sheet.line((60, "Beslut: Godkändes."))
        record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
        assert record.header.meeting_date == dt.date(2024, 3, 5) and record.header.location is None, below


def test_a_place_after_the_date_and_time_of_a_line_that_opens_with_the_date(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Föreningen Vallby matlag"), size=12, bold=True, gap=16)
    sheet.line((60, "Protokoll från konstituerande styrelsemöte"), size=12, bold=True, gap=16)
    sheet.line((60, "den 12 mars 2024, kl. 18:30, föreningens lokal, Storgatan 7"), gap=22)
    sheet.line((60, "Närvarande: Eva Ek, ordförande; Per Berg; Ola Lind"), gap=20)
    for n, title in enumerate(["Mötets öppnande", "Konstituering", "Avslutning"], 1):
        sheet.space(8).line((60, f"{n}) {title}"), bold=True)
        sheet.line((60, "Styrelsen beslutar att godkänna."))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    assert (record.header.start_time, record.header.location) == ("18:30", "föreningens lokal, Storgatan 7")


def test_a_paragraph_label_set_after_its_title_at_the_right(tmp_path):
    sheet = Sheet()
    sheet.line((60, "STORBY STAD"), (300, "PROTOKOLL"), bold=True, gap=20)
    sheet.line((60, "Stadsstyrelsen"), (300, "15.9.2022"), gap=18)
    sheet.line((60, "Tid"), (180, "15.9.2022 kl. 17.00–19.25"), gap=20)
    titles = ["Laglighet och beslutförhet", "Val av protokolljusterare", "Delårsrapport januari–juni 2022",
              "Budgetramar för 2023"]
    for n, title in enumerate(titles, 201):
        sheet.space(10).line((60, title), (480, f"§ {n}"), bold=True)
        sheet.line((60, "Stadsdirektörens förslag:"), (180, "Stadsstyrelsen godkänner förslaget."))
        sheet.line((60, "Beslut:"), (180, "Förslaget godkändes."))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert [(i.label, i.title) for i in record.items] == [(f"§ {n}", t) for n, t in enumerate(titles, 201)]
    assert all(i.decision == "Förslaget godkändes." for i in record.items)


def test_an_agenda_table_whose_wrapped_titles_are_centred_on_their_numbers(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Vallby kommun"), (400, "KALLELSE"), bold=True)
    sheet.line((60, "Socialnämnden"), gap=18)
    sheet.line((60, "Tid"), (160, "Tisdagen den 18 februari 2025 kl. 13.00"))
    sheet.line((60, "Plats"), (160, "Socialförvaltningen, rum Ljusnan"), gap=20)
    sheet.line((60, "Nr"), (90, "Ärende"), (370, "Dnr"), (450, "Föredragande"), bold=True)
    rows = [("Val av justerare", "", ""), ("Internkontrollplan 2025", "SN.2024.131", "Helén Rask"),
            (("Samverkansavtal med Region Hälsingmark om barn och", "unga med psykisk ohälsa"), "SN.2024.97", "Mia Eld"),
            ("Förlängning av hyresavtalet", "SN.2025.5", "Pontus Ahl"), ("Övriga frågor", "", "")]
    for n, (title, dnr, who) in enumerate(rows, 1):
        rest = [(370, dnr)] * bool(dnr) + [(450, who)] * bool(who)
        if isinstance(title, tuple):  # a cell of two lines, set in the middle of its row: number level between them
            sheet.line((90, title[0]), gap=7.8)
            sheet.line((60, str(n)), *rest, gap=7.8)
            sheet.line((90, title[1]))
        else:
            sheet.line((60, str(n)), (90, title), *rest)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    titles = [i.title for i in record.items]
    assert titles == ["Val av justerare", "Internkontrollplan 2025",
                      "Samverkansavtal med Region Hälsingmark om barn och unga med psykisk ohälsa",
                      "Förlängning av hyresavtalet", "Övriga frågor"]
    assert record.items[2].presenters == ["Mia Eld"] and record.items[2].case_number == "SN 2024/97"


def test_a_long_bold_title_under_its_label_wraps_onto_a_second_bold_line(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kommunfullmäktiges protokoll"), size=14, bold=True, gap=20)
    sheet.line((60, "Sammanträdesdatum"), (200, "2023-11-27"), gap=20)
    titles = [("Val av justerare",), ("Interpellation från Robin Berg (L) till kommunstyrelsens ordförande", "om skolskjutsar"),
              ("Avslutning",)]
    for n, title in enumerate(titles, 125):
        sheet.space(12).line((250, f"§ {n}"), bold=True)
        for part in title:
            sheet.line((60, part), bold=True)
        sheet.line((60, "Interpellationen besvaras av Eva Sand (S). Debatt förs."))
        sheet.line((60, "Beslut"), bold=True)
        sheet.line((60, "Kommunfullmäktige beslutar att godkänna."))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    assert [i.title for i in record.items] == [" ".join(t) for t in titles]


def test_a_proposal_label_wrapped_in_its_label_column(tmp_path):
    sheet = Sheet()
    sheet.line((60, "STORBY KOMMUN"), (300, "PROTOKOLL"), bold=True, gap=20)
    sheet.line((60, "Bildningsnämnden"), (300, "12.4.2023"), gap=18)
    sheet.line((60, "Tid"), (173, "Onsdag 12.4.2023 kl. 18.00"), gap=20)
    paragraphs = [("Mötets laglighet", ["Mötet konstateras lagligen sammankallat."]),
                  ("Bokslut 2022", ["Nämnden godkänner bokslutet och verksamhetsberättelsen för",
                                    "bildningsväsendet 2022."]),
                  ("Riktlinjer", ["Nämnden antar riktlinjerna."])]
    for n, (title, proposal) in enumerate(paragraphs, 38):
        sheet.space(10).line((60, f"{n} §"), (110, title), bold=True)
        sheet.line((173, "Riktlinjerna behöver anpassas till Skatteverkets"))
        sheet.line((173, "regler."))
        sheet.line((60, "Bildningsdirektörens"), (173, proposal[0]))
        sheet.line((60, "förslag:"), *[(173, line) for line in proposal[1:]])
        sheet.line((60, "Beslut:"), (173, "Förslaget godkändes."))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    assert [i.proposal for i in record.items] == [" ".join(p) for _, p in paragraphs]
    assert all(i.decision == "Förslaget godkändes." for i in record.items)
    assert all("Skatteverkets" in (i.summary or "") for i in record.items)  # a sentence's word over a label is no label


def test_decisions_an_association_states_in_its_own_formulas(tmp_path):
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL, EXTRA FÖRENINGSSTÄMMA 3/3-24"), size=13, bold=True, gap=20)
    sheet.line((60, "Plats: Bygdegården i Norrås"), gap=20)
    paragraphs = [
        ("Val av ordförande för stämman", ["Föreslogs och beslutades att välja Anna Berg till ordförande för stämman."]),
        ("Ändring av stadgarna", ["Styrelsens förslag: att insatsen ska vara 300 kronor per ton.",
                                  "Omröstning genom handuppräckning: 35 ja, 5 nej, 2 avstod.",
                                  "Stämman beslöt att anta styrelsens förslag till ändrad lydelse av stadgarna § 7."]),
        ("Motion om busslinjen", ["Motionen föreslår att linjen ska gå på helger.",
                                  "Yrkande: Eva Ek yrkade tillägg att även kvällar ska omfattas.",
                                  "Beslutades att bifalla motionen med Eva Eks tillägg."]),
    ]
    for n, (title, lines) in enumerate(paragraphs, 1):
        sheet.space(10).line((60, f"§{n}"), bold=True)
        sheet.line((60, title), bold=True)
        for line in lines:
            sheet.line((60, line))
    items = extract_document(sheet.render(tmp_path / "protokoll.pdf")).items
    assert items[0].decision == "Föreslogs och beslutades att välja Anna Berg till ordförande för stämman."
    assert items[1].proposal == "att insatsen ska vara 300 kronor per ton."  # the vote ends it
    assert items[1].decision == "Stämman beslöt att anta styrelsens förslag till ändrad lydelse av stadgarna § 7."
    assert items[2].decision == "Beslutades att bifalla motionen med Eva Eks tillägg."


def test_a_centred_agenda_table_with_times_set_flush_right_under_their_header(tmp_path):
    sheet = Sheet()
    sheet.line((60, "REGION VALLMARK"), bold=True, gap=18)
    sheet.line((60, "Kallelse"), size=14, bold=True)
    sheet.line((60, "Regionstyrelsen"), gap=18)
    sheet.line((60, "Datum"), (170, "tisdag 8 april 2025"))
    sheet.line((60, "Tid"), (170, "09.00–15.30"), gap=20)
    sheet.line((60, "Nr"), (90, "Ärende"), (330, "Föredragande"), (495, "Tid"), bold=True)
    rows = [("Sammanträdets öppnande", "Eva Lind", "09.00"), ("Månadsrapport februari 2025", "Per Holm", "09.30"),
            (("Samverkansavtal om ambulanshelikopter med Region", "Nordmark"), "Cecilia Ek", "11.30"),
            ("Hyresavtal för vårdcentralen", "Mats Krook", "11.45")]
    for n, (title, who, at) in enumerate(rows, 1):
        cells = [(330, who), (487, at)]  # '09.00' ends under 'Tid', starting left of it
        if isinstance(title, tuple):
            sheet.line((90, title[0]), gap=7.8)
            sheet.line((62, str(n)), *cells, gap=7.8)
            sheet.line((90, title[1]))
        else:
            sheet.line((62, str(n)), (90, title), *cells)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [(i.title, i.presenters, i.scheduled_time) for i in record.items] == [
        ("Sammanträdets öppnande", ["Eva Lind"], "09:00"), ("Månadsrapport februari 2025", ["Per Holm"], "09:30"),
        ("Samverkansavtal om ambulanshelikopter med Region Nordmark", ["Cecilia Ek"], "11:30"),
        ("Hyresavtal för vårdcentralen", ["Mats Krook"], "11:45")]


def _two_column_minutes(path, last_page: list[str] = ()):
    """A page set in two columns (as some regions print their minutes): the roll and the first §§
    in the left column, the rest in the right, each § a bare number before its title, the text
    of each wrapped to its column's width."""
    left = ["Ledamöter", "Olof Åkesson (L), Bräcke kommun,", "ordförande", "Agnes Berg (V), Bräcke kommun, vice",
            "ordförande", "Leif Sand (SD), Östersunds kommun", "Britt Berg (L), Bräcke kommun", "",
            "122 Mötet öppnas", "Ordföranden hälsar samtliga ledamöter och", "ersättare välkomna och förklarar mötet",
            "öppnat för dagens sammanträde i regionen.", "",
            "123 Val av justerare", "Beslut: Agnes Berg (V) utses att jämte", "ordföranden justera dagens protokoll vid",
            "ett tillfälle som sekreteraren meddelar.", "",
            "124 Revidering av samverkansavtal", "Beslut: Styrelsen beslutar att godkänna", "det reviderade avtalet om hälso- och",
            "sjukvård i hemmet från och med januari."]
    right = ["125 Information om budgetläget", "Föredragande: Mats Vik och Ulla Fors", "Beslut: Styrelsen har tagit del av",
             "informationen om budgetläget och ger", "förvaltningen i uppdrag att återkomma.", "",
             "126 Gemensamt möte med Region", "Västernorrland", "Beslut: Mötet med Region Västernorrland",
             "hålls den 18 april 2024 i Östersund med", "lunch till lunch som tidigare år.", "",
             "127 Övriga frågor", "Beslut: Inga övriga frågor anmäldes vid", "dagens sammanträde med styrelsen.", "",
             "128 Mötets avslutande", "Beslut: Ordföranden tackar för visat", "intresse och avslutar mötet.", "", "", ""]
    sheet = Sheet()
    sheet.line((60, "Region Vallmark"), size=13, bold=True)
    sheet.line((60, "Sammanträdesprotokoll"), bold=True)
    sheet.line((60, "Regionstyrelsen"))
    sheet.line((60, "Tid: 2022-04-14 kl. 17:15–18:30"))
    sheet.line((60, "Plats: Regionens hus, sal Storsjön"), gap=22)
    top = sheet.y
    for x, column, drift in ((60, left, 0.0), (320, right, 4.0)):  # each column flows on its own
        sheet.y = top + drift
        for text in column:
            if text:
                sheet.line((x, text), gap=13)
            else:
                sheet.space(8)
    if last_page:  # the text ends in the left column of the last page: a page of one column
        sheet.new_page()
        for text in last_page:
            sheet.line((60, text), gap=13) if text else sheet.space(8)
    return sheet.render(path)


def test_a_page_in_two_columns_keeps_its_numbered_paragraphs_and_its_roll(tmp_path):
    record = extract_document(_two_column_minutes(tmp_path / "protokoll.pdf"))
    assert [i.number for i in record.items] == list(range(122, 129))
    assert record.items[4].title == "Gemensamt möte med Region Västernorrland"
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Olof Åkesson", "ordförande"), ("Agnes Berg", "vice ordförande"), ("Leif Sand", "ledamot"),
            ("Britt Berg", "ledamot")} <= people


def test_the_last_page_of_two_columns_holds_one_and_its_paragraphs_rise_on(tmp_path):
    last = ["129 Anmälan av delegationsbeslut", "Beslut: Styrelsen lägger anmälan till", "handlingarna.", "",
            "130 Informationsärenden", "Föredras av Mats Vik", "Beslut: Styrelsen noterar informationen.",
            "", "131 Nästa sammanträde", "Beslut: Nästa möte hålls den 5 juni."]
    record = extract_document(_two_column_minutes(tmp_path / "protokoll.pdf", last))
    assert [i.number for i in record.items] == list(range(122, 132))


def test_a_label_that_ends_in_av_runs_into_the_names_of_who_presents(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse"), size=14, bold=True, gap=20)
    sheet.line((60, "Kultur- och fritidsnämnden 2024-05-20 kl. 13.00"), gap=22)
    for n, title, presenter in ((1, "Val av justerare", None), (2, "Taxa för bygglov 2025", "Sara Åström"),
                                (3, "Föreningsbidrag 2025", "Johan Sjöberg och Sara Åström")):
        sheet.space(8).line((60, f"{n}. {title}"), bold=True)
        if presenter:
            sheet.line((60, f"Föredras av {presenter}"))
            sheet.line((60, "Förslag till beslut"), bold=True)
            sheet.line((60, "Nämnden föreslås besluta att anta förslaget."))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [i.presenters for i in record.items] == [[], ["Sara Åström"], ["Johan Sjöberg", "Sara Åström"]]
    assert all("Föredras" not in (i.summary or "") for i in record.items)


def test_a_title_in_a_later_cell_counts_only_at_the_top_or_set_off_by_type():
    from extractors.structure.kind import title_in
    from schemas.document import Line
    from tests.test_layout import line_of

    # two columns read as one line, far down the head: an item's title, not the document's
    line = Line(line_of("(ordförande), Magnus Dahlberg", 60).segments + line_of("Motion om fler laddstolpar vid", 312).segments)
    assert title_in(line, top=False, size=10.0) is None
    assert title_in(line, top=True, size=10.0)[0] is Kind.UNDERLAG
    first = Line(line_of("Motion om fler laddstolpar", 60).segments + line_of("Dnr 2024/12", 312).segments)
    assert title_in(first, top=False, size=10.0)[0] is Kind.UNDERLAG  # in its first cell, as before


def test_a_cell_that_opens_in_small_letters_names_no_kind_of_document():
    from extractors.structure.header import line_title_kind
    from schemas.document import Line
    from tests.test_layout import line_of

    def two_cells(left: str, right: str) -> Line:
        return Line(line_of(left, 60).segments + line_of(right, 330).segments)

    # two columns read as one line: the right one goes on from a sentence, no title of an agreement
    assert line_title_kind(two_cells("JH), Mikael Gunnarsson (C) (Region JH),", "samverkansavtal. Föredras av")) is None
    assert line_title_kind(two_cells("Region Vallmark", "Samverkansavtal")) is Kind.UNDERLAG
    assert line_title_kind(two_cells("Region Vallmark", "PROTOKOLLSUTDRAG")) is Kind.PROTOKOLL


def test_a_plain_title_run_into_what_the_item_says_ends_where_the_statement_begins(tmp_path):
    """'107) Val av justerare. RS beslutar att …' and 'LOSUS-avtalet: Lars
    Sjöström redogör för ärendet.' in one plain type, the name broken over
    two lines: the decision or the presenter's sentence is the item's text,
    the title ends before it; 'RS beslutar' over numbered 'att' points is a
    decision with its points, a proposal's points are not decisions."""
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=14, bold=True, gap=20)
    sheet.line((60, "Regionstyrelsen"), gap=16)
    sheet.line((60, "Sammanträdesdatum 2025-07-16"), gap=16)
    sheet.line((60, "Plats Regionens hus, sal Storsjön"), gap=24)
    lines = [
        "106) Mötet öppnas",
        "107) Val av justerare. RS beslutar att utse Hans Fransson (MP) och Eva",
        "Berg (S) att justera protokollet.",
        "108) Förlängning av hemsjukvårdsavtalet i Jämtland och Härjedalen. Lars",
        "Sjöström informerar i ärendet.",
        "RS beslutar",
        "1. att notera att hemsjukvårdsavtalet är förlängt,",
        "2. att nytt avtal ska redovisas för rådet.",
        "109) Förlängning av samverkansavtal för Barnahus: Ulf Nordström föredrar",
        "ärendet.",
        "Styrgruppen föreslår att Barnarenan beslutar att:",
        "1. Rekommendera parterna att förlänga avtalet.",
        "2. Kommunernas andel av kostnaderna fastställs till 925 tkr.",
        "110) Budget 2025: Investeringar i skolan",
        "Regionstyrelsen godkänner förslaget.",
    ]
    for text in lines:
        if text[:3].isdigit():
            sheet.space(8)
        sheet.line((60, text))
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    items = {i.number: i for i in record.items}
    assert [items[n].title for n in (106, 107, 108, 109, 110)] == [
        "Mötet öppnas", "Val av justerare", "Förlängning av hemsjukvårdsavtalet i Jämtland och Härjedalen",
        "Förlängning av samverkansavtal för Barnahus", "Budget 2025: Investeringar i skolan"]
    assert items[107].decision == "RS beslutar att utse Hans Fransson (MP) och Eva Berg (S) att justera protokollet."
    assert items[108].presenters == ["Lars Sjöström"] and items[109].presenters == ["Ulf Nordström"]
    assert items[108].decision.startswith("RS beslutar") and "2. att nytt avtal" in items[108].decision
    assert items[109].decision is None  # the points of a proposal: no decision
    assert items[110].decision == "Regionstyrelsen godkänner förslaget."


def test_an_extract_of_minutes_in_prose_with_its_one_numbered_item(tmp_path):
    """'Utdrag ur årsmötesprotokoll i <förening> den … kl. …–… i …' and one
    numbered item with its decision under a label: the header is read from
    the sentence and the lone row is an item, as an extract holds one."""
    sheet = Sheet()
    sheet.line((60, "Exempelvikens båtklubb"), size=13, bold=True, gap=20)
    sheet.line((60, "Utdrag ur årsmötesprotokoll i Exempelvikens båtklubb den 26 augusti 2024 kl. 18:30–20:07 i"))
    sheet.line((60, "Klubbstugan vid hamnen."), gap=22)
    sheet.line((60, "7. Fastställande av medlemsavgift"), gap=16)
    sheet.line((60, "Beslut"), bold=True)
    sheet.line((60, "Årsmötet beslutar att medlemsavgiften för 2025 är 300 kronor."), gap=30)
    sheet.line((60, "Rätt utdraget intygar"))
    sheet.line((60, "Peter Vik, sekreterare"))
    record = extract_document(sheet.render(tmp_path / "utdrag.pdf"))
    assert record.kind is Kind.PROTOKOLL
    h = record.header
    assert (h.meeting_date, h.start_time, h.end_time, h.location) == (dt.date(2024, 8, 26), "18:30", "20:07", "Klubbstugan vid hamnen")
    assert h.organisation == "Exempelvikens båtklubb"
    assert [(i.number, i.title) for i in record.items] == [(7, "Fastställande av medlemsavgift")]
    assert record.items[0].decision.startswith("Årsmötet beslutar att medlemsavgiften")


def test_a_lone_numbered_line_without_a_label_under_it_is_no_item(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Tjänsteskrivelse"), size=14, bold=True, gap=20)
    sheet.line((60, "Ärendet gäller en ny taxa för bygglov som ska gälla från och med nästa år."))
    sheet.line((60, "1. Bakgrund"), bold=True)
    sheet.line((60, "Taxan har inte räknats upp sedan 2019 och täcker inte längre kostnaderna."))
    sheet.line((60, "Förvaltningen föreslår att taxan räknas upp med prisbasbeloppet."))
    record = extract_document(sheet.render(tmp_path / "tjansteskrivelse.pdf"))
    assert record.kind is Kind.UNDERLAG and record.items == []


def test_an_extract_that_states_its_one_item_keeps_it_over_the_numbered_points_inside(tmp_path):
    """'Paragrafer Punkt 62' on the title page and 'Punkt 62' heading an
    item whose proposal and decision list '1.' and '2.': the stated item is
    the item, the points are its text."""
    sheet = Sheet()
    sheet.line((60, "Region Vallmark"), size=13, bold=True)
    sheet.line((60, "PROTOKOLLSUTDRAG"), size=14, bold=True, gap=20)
    sheet.line((60, "Sociala samrådsgruppen"), gap=16)
    sheet.line((60, "Sammanträdesdatum"), (200, "2024-09-18"))
    sheet.line((60, "Paragrafer"), (200, "Punkt 62"), gap=24)
    sheet.line((60, "Punkt 62"), bold=True)
    sheet.line((60, "Godkännande av samarbetsavtal avseende Mini Maria 2025"), bold=True, gap=18)
    for label in ("Förslag till beslut", "Beslut"):
        sheet.line((60, label), bold=True)
        sheet.line((60, "Hälso- och sjukvårdsnämnden beslutar"))
        sheet.line((60, "1. Samarbetsavtal avseende Mini Maria godkänns."))
        sheet.line((60, "2. Avtalet gäller från och med den 1 juli 2025."), gap=18)
    record = extract_document(sheet.render(tmp_path / "utdrag.pdf"))
    assert [(i.number, i.title) for i in record.items] == [(62, "Godkännande av samarbetsavtal avseende Mini Maria 2025")]
    assert record.items[0].decision.endswith("2. Avtalet gäller från och med den 1 juli 2025.")


def _narrow_minutes(path):
    """Minutes in a narrow column of plain type: § titles wrapped over up to three
    lines before their first label ('… 2024:' / 'Föredras av …'), the roll's last
    entry as long as the column is wide, a label broken over two lines after a
    run-in title, and signatures on dotted lines after the last decision."""
    lines = ["Protokoll", "Regionala samrådsgruppen", "Tid: 2024-09-18 kl. 12.15–16.30", "Plats: Regionens hus", "",
             "Övriga deltagare", "Sigrid Åberg, RJH - Regionstaben", "Britt Ström, RJH - Regionstaben",
             "Emma Sjöström, RJH - Regionstaben xx", "",
             "§ 141 Kommunförbundet Jämtland", "Härjedalen – finansiering av", "samverkansfunktioner 2024:",
             "Föredras av Britt Ström", "Barnarenans beslut", "Barnarenan beslutar att godkänna", "finansieringen.", "",
             "§ 142 Göteborgs universitet –", "Återrapportering av forskning om", "samverkan kring äldre i länet. Föredras",
             "av Emma Sjöström", "Barnarenans beslut", "Barnarenan har tagit del av", "informationen.", "",
             "§ 143 Övriga frågor", "Barnarenans beslut", "Inga övriga frågor anmäldes.", "",
             "Sekreterare", "..................................", "Ingrid Strömberg", "Justerande",
             "..................................", "Anna Åkesson"]
    sheet = Sheet()
    for text in lines:
        if not text:
            sheet.space(8)
        else:
            sheet.line((60, text), size=14 if text == "Protokoll" else 10, bold=text == "Protokoll", gap=13)
    return sheet.render(path)


def test_a_title_wrapped_in_a_narrow_column_up_to_its_first_label_heads_its_paragraph(tmp_path):
    record = extract_document(_narrow_minutes(tmp_path / "protokoll.pdf"))
    items = {i.number: i for i in record.items}
    assert sorted(items) == [141, 142, 143]
    assert items[141].title == "Kommunförbundet Jämtland Härjedalen – finansiering av samverkansfunktioner 2024"
    assert items[142].title == "Göteborgs universitet – Återrapportering av forskning om samverkan kring äldre i länet"
    assert items[141].presenters == ["Britt Ström"] and items[142].presenters == ["Emma Sjöström"]
    assert items[143].decision == "Inga övriga frågor anmäldes."  # the signatures on dotted lines are no decision


def test_a_notice_that_opens_by_calling_its_members_is_a_kallelse_though_its_items_carry_paragraph_signs(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Region Vallmark"), size=13, bold=True)
    sheet.line((60, "Sociala samrådsgruppen kallas till sammanträde den 18 mars 2019 kl. 11.00 i Regionens hus."), gap=22)
    for n, title in enumerate(["Mötet öppnas", "Val av justerare", "Fastställande av dagordning", "Budget 2020",
                               "Övriga frågor", "Mötet avslutas"], 33):
        sheet.line((60, f"SVOM § {n} {title}"))
        sheet.line((60, "Föredragande: Anna Berg"), gap=18)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [i.number for i in record.items] == list(range(33, 39))


def test_a_label_of_its_own_wrapped_in_a_narrow_column_is_one_label():
    from extractors.structure.fields import split_fields
    from extractors.reading.placed import Placed
    from tests.test_layout import line_of

    lines = [Placed(1, line_of(text, 60), 60.0, 200.0) for text in
             ("Förslag till", "beslut", "Styrelsen föreslår att årets", "resultat balanseras i ny räkning.")]
    found = split_fields(lines)
    assert found.text.get("proposal", "").startswith("Styrelsen föreslår") and not found.text.get("decision")


def test_an_agenda_numbered_in_roman_numerals(tmp_path):
    titles = ["Mötets öppnande", "Fastställande av röstlängd", "Val av ordförande för mötet", "Val av justerare",
              "Fråga om mötet utlysts", "Fastställande av dagordning", "Verksamhetsberättelse", "Revisorernas berättelse",
              "Fråga om ansvarsfrihet", "Medlemsavgift 2026", "Val av styrelse", "Val av revisorer", "Val av valberedning",
              "Motioner", "Mötets avslutande"]
    sheet = Sheet()
    sheet.line((60, "Idrottsklubben Granåsen"), size=13, bold=True)
    sheet.line((60, "Kallelse till årsmöte"), size=14, bold=True, gap=20)
    sheet.line((60, "Medlemmarna kallas härmed till årsmöte torsdagen den 20 februari 2025 kl. 19.00 i klubbstugan."), gap=20)
    sheet.line((60, "Dagordning"), bold=True)
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
    for numeral, title in zip(numerals, titles):
        sheet.line((60, f"{numeral}."), (100, title))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [(i.number, i.title) for i in record.items] == list(enumerate(titles, 1))


def test_roman_numerals_are_read_as_numerals_are_written():
    from extractors.structure import blocks

    row = blocks.rule("agenda.row").pattern
    assert [blocks.row_number(row.match(f"{n}. Titel")) for n in ("IV", "IX", "XIV", "XVIII", "9")] == [4, 9, 14, 18, 9]
    assert blocks.row_number(row.match("IIII. Titel")) is None and row.match("Ivar Berg öppnar mötet") is None


def test_a_sidebar_of_labels_over_their_values_beside_the_roll():
    """A company's board minutes: a narrow left column of labels in capitals,
    each over its value ('PLATS' / 'Bolagets huvudkontor,' / 'Kraftverksvägen 3,
    rum' / 'Turbinen'), beside a wide column that opens with the roll. Read
    across, a label's line holds the roll's line beside it; read as the page's
    columns are, its value is the lines under it in its column."""
    from extractors.record import _in_columns
    from extractors.structure.header import read_header
    from schemas.document import Line, Page, TextSource
    from tests.test_layout import line_of

    side = ["DATUM", "11 juni 2024", "TID", "13.00–16.10", "PLATS", "Bolagets huvudkontor,", "Kraftverksvägen 3, rum",
            "Turbinen"]
    main = ["Närvarande styrelseledamöter", "Göran Asplund (S), ordförande", "Lisa Hedberg (M), vice ordförande",
            "Arbetstagarrepresentanter", "Mikko Salonen, arbetstagarrepresentant", "Övriga närvarande",
            "Håkan Ståhl, verkställande direktör", "Emil Rydberg, protokollförare"]
    title = line_of("Protokoll från styrelsemöte", 190, top=60, size=14)
    across = [title] + [Line(line_of(a, 31, top=90 + 13 * k).segments + line_of(b, 190, top=90 + 13 * k).segments)
                        for k, (a, b) in enumerate(zip(side, main))]
    columns = [title] + [line_of(a, 31, top=90 + 13 * k) for k, a in enumerate(side)] + [
        line_of(b, 190, top=90 + 13 * k) for k, b in enumerate(main)]
    page = Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, lines=columns,
                columns=[(1, 9, 31.0, 150.0), (9, 17, 190.0, 560.0)])
    head = _in_columns(across, page)
    h = read_header(Kind.PROTOKOLL, head, [], head)
    assert (h.meeting_date, h.start_time, h.end_time) == (dt.date(2024, 6, 11), "13:00", "16:10")
    assert h.location == "Bolagets huvudkontor, Kraftverksvägen 3, rum Turbinen"


def test_a_scan_s_specks_around_the_body_and_a_stop_for_a_colon_in_the_header():
    from extractors.structure.header import label_value, organ_from_line
    from schemas.document import Line
    from tests.test_layout import line_of

    assert organ_from_line('Stadsstyrelsen\' "Nr 15/2022') == "Stadsstyrelsen"
    assert organ_from_line("Tekniska nämnden, nr 4") == "Tekniska nämnden"
    plats = Line(line_of("Plats.", 55).segments + line_of("|", 116).segments + line_of("Stadshuset, styrelsesalen", 173).segments)
    assert label_value(plats, "location") == "Stadshuset, styrelsesalen"
    assert label_value(line_of("Platsen var full av folk"), "location") is None


def test_a_date_beside_the_body_and_the_sheet_number_of_a_typewritten_header():
    from extractors.structure.header import _names_meeting

    assert _names_meeting("Tekniska nämnden | | - 1996-04-16 Blad 1")
    assert _names_meeting("Kommunstyrelsen 2024-01-02 1 (14)")
    assert not _names_meeting("Utskriftsdatum 2024-01-02 Sida 1")
    assert not _names_meeting("Nästa möte hålls 2024-05-02")


def test_a_notice_names_who_presents_in_its_description(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse med föredragningslista"), size=14, bold=True, gap=20)
    sheet.line((60, "Regionala utvecklingsnämnden"))
    sheet.line((60, "Datum"), (160, "Torsdag 3 oktober 2024"), gap=20)
    for n, title, text in ((1, "Sammanträdets öppnande", "Ordföranden öppnar sammanträdet."),
                           (2, "Delårsrapport augusti 2024", "Prognosen visar ett överskott. Ekonomichef Kristoffer Nyqvist föredrar ärendet."),
                           (3, "Samverkansavtal om besöksnäring", "Johanna Sallmén, strateg besöksnäring, föredrar ärendet.")):
        sheet.space(6).line((60, f"{n}. {title}"), bold=True)
        sheet.line((60, "Ärendebeskrivning"), bold=True)
        sheet.line((60, text))
        sheet.line((60, "Förslag till beslut"), bold=True)
        sheet.line((60, "Nämnden godkänner förslaget."))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [i.presenters for i in record.items] == [[], ["Kristoffer Nyqvist"], ["Johanna Sallmén"]]


def test_a_notice_that_names_only_its_justerare_before_the_agenda_calls_its_members_after_it(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse med föredragningslista"), size=14, bold=True, gap=20)
    sheet.line((60, "Regionala utvecklingsnämnden"))
    sheet.line((60, "Datum"), (160, "Torsdag 3 oktober 2024"))
    sheet.line((60, "Justerare"), (160, "Ewa Hultgren (M)"), gap=20)
    for n, title in enumerate(["Sammanträdets öppnande", "Delårsrapport augusti 2024", "Övriga frågor"], 1):
        sheet.space(6).line((60, f"{n}. {title}"), bold=True)
        if n < 3:
            sheet.line((60, "Förslag till beslut"), bold=True)
            sheet.line((60, "Nämnden godkänner förslaget."))
    sheet.space(10).line((60, "Kallade ledamöter"), bold=True)
    for name in ("Lars Bjuhr (S), ordförande", "Ewa Hultgren (M), vice ordförande", "Samir Haddad (S)"):
        sheet.line((60, name))
    sheet.line((60, "Kallade ersättare"), bold=True)
    sheet.line((60, "Jessica Rönn (S)"))
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Lars Bjuhr", "ordförande"), ("Samir Haddad", "ledamot"), ("Jessica Rönn", "ersättare")} <= people


def test_an_office_before_a_presenter_s_name_and_a_scan_s_tall_line_box():
    from extractors.structure import header as H
    from extractors.structure.presenters import presenters_in_phrases
    from schemas.document import Line, Word

    assert presenters_in_phrases("Huvudskyddsombudet Bertil Nyström redogjorde för bullermätningen.") == ["Bertil Nyström"]
    assert presenters_in_phrases("Herman Lind redogör för läget.") == ["Herman Lind"]

    def ocr_line(text: str, top: float, bottom: float) -> Line:
        words, x = [], 72.0
        for token in text.split():
            words.append(Word(token, x, x + 6.0 * len(token), top, bottom, 11.5))
            x += 6.0 * len(token) + 3
        return Line((tuple(words),))

    # OCR drew the first line's box 28 points tall: the place still runs on into the line under it
    head = [ocr_line("STYRELSEPROTOKOLL NR 3/1978", 100, 116),
            ocr_line("Sammanträde tisdagen den 14 mars 1978 kl. 17.00 i klubbexpeditionen,", 129, 157),
            ocr_line("Verkstadsgatan 9.", 155, 166), ocr_line("Närvarande:", 180, 194)]
    assert H._when_line(head) == ("17:00", None, "klubbexpeditionen, Verkstadsgatan 9")


def test_a_typed_roll_of_names_and_offices_with_a_scan_s_specks(tmp_path):
    sheet = Sheet()
    sheet.line((72, "FACKKLUBBEN VID AB EXEMPELVIKS VERKSTAD"), bold=True)
    sheet.line((72, "STYRELSEPROTOKOLL NR 3/1978"), size=14, bold=True, gap=20)
    sheet.line((72, "Sammanträde tisdagen den 14 mars 1978 kl. 17.00 i klubbexpeditionen."), gap=20)
    sheet.line((72, "Närvarande:"))
    for name, office in (("Rune Axelsson", "ordf."), ("Ivar Sjögren", "v. ordf."), ('"Sture Hägg.', '"sekr.'),
                         ("Bertil Nyström", "skyddsombud"), ("Karl-Erik Bohm", "")):
        sheet.line((100, name), *((232, office),) if office else ())
    sheet.line((72, "Anmält förhinder: Elsa Wiklund"), gap=20)
    for n, title in enumerate(["MÖTETS ÖPPNANDE.", "EKONOMI.", "MÖTETS AVSLUTANDE."], 1):
        sheet.line((72, f"§ {n}. {title}"))
        sheet.line((105, "Beslutades att lägga rapporten till handlingarna."), gap=18)
    record = extract_document(sheet.render(tmp_path / "protokoll.pdf"))
    people = {(p.name, p.role.value) for p in record.participants}
    assert {("Rune Axelsson", "ordförande"), ("Ivar Sjögren", "vice ordförande"), ("Sture Hägg", "sekreterare"),
            ("Bertil Nyström", "ledamot"), ("Karl-Erik Bohm", "ledamot")} <= people


def test_an_agenda_table_in_small_print_is_read_a_budget_table_is_not(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse med föredragningslista"), size=16, bold=True, gap=22)
    sheet.line((60, "Kommunstyrelsens arbetsutskott 2023-06-07"), size=13)
    sheet.line((60, "Plats: Kommunhuset, KS-salen"), size=13, gap=22)
    sheet.line((63, "Nr", True), (96, "Ärende", True), (196, "Föredragande", True), (260, "Tid", True), size=7.5, gap=12)
    for n, title, who, at in ((124, "Val av justerare", "", "18:45"), (125, "Budget 2024", "Märta Ek", "19:05"),
                              (126, "Skolskjutsreglemente", "Rasmus Holm", "19:35")):
        sheet.line((63, f"{n})"), (96, title), *(((196, who),) if who else ()), (260, at), size=7.5, gap=12)
    sheet.space(10)
    for k in range(1, 12):
        sheet.line((60, "Kommunstyrelsens arbetsutskott föreslås besluta att godkänna förslaget."), size=13)
    sheet.new_page().line((60, "Budget"), size=20, bold=True, gap=30)
    for n in range(1, 5):
        sheet.line((60, str(n)), (80, f"Post {n}"), (260, f"{n} 000"), size=6, gap=8)
    record = extract_document(sheet.render(tmp_path / "kallelse.pdf"))
    assert [(i.number, i.title, i.scheduled_time) for i in record.items] == [
        (124, "Val av justerare", "18:45"), (125, "Budget 2024", "19:05"), (126, "Skolskjutsreglemente", "19:35")]


def test_a_property_designation_wrapped_onto_a_line_of_its_own_is_no_time():
    from extractors.structure import blocks

    assert blocks.clock("4:12") is None  # 'Försäljning av fastigheten Sjöbacka' / '4:12' in a narrow cell
    assert [blocks.clock(t) for t in ("kl. 4.30", "9:30", "18:45")] == ["04:30", "09:30", "18:45"]


def test_a_call_naming_who_is_called_at_length_still_states_the_meeting(tmp_path):
    """'Härmed kallas alla medlemmar i IK Exempel till ordinarie årsmöte torsdag
    20' / 'februari 2025 kl. 19:00 i klubbstugan …': five words between
    'kallas' and 'till', the date broken over the lines."""
    sheet = Sheet()
    sheet.line((60, "IDROTTSKLUBBEN SNÖSTJÄRNAN"), size=16, bold=True, gap=30)
    sheet.line((60, "Kallelse till årsmöte"), size=13, bold=True, gap=22)
    sheet.line((60, "Härmed kallas alla medlemmar i IK Snöstjärnan till ordinarie årsmöte torsdag 20"))
    sheet.line((60, "februari 2025 kl. 19:00 i klubbstugan vid Snöbacka IP."), gap=24)
    sheet.line((60, "Dagordning"), bold=True, gap=18)
    for n, title in enumerate(AGENDA[:4], 1):
        sheet.line((60, f"{n}."), (80, title))
    header = extract_document(sheet.render(tmp_path / "kallelse.pdf")).header
    assert header.meeting_date == dt.date(2025, 2, 20) and header.start_time == "19:00"
    assert header.location == "klubbstugan vid Snöbacka IP"
