"""The meeting header read from evidence other than a label table: a running
header that repeats the body and date on every page, a title line that names
the body beside the title (wrapped or not), a header written as one sentence,
and a 'Plats och tid' value that runs on to the next line. Invented meetings,
rendered here; extraction only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from extractors.record import extract_document
from extractors.structure import header
from schemas.document import Kind
from tests.pdfmaker import Sheet

X = 60.0


def _items(sheet: Sheet, first: int = 12) -> Sheet:
    titles = ["Val av justerare", "Godkännande av dagordning", "Ny taxa för bygglov", "Delegationsbeslut", "Övriga frågor"]
    for n, title in enumerate(titles, start=first):
        sheet.space(6).line((X, f"§ {n} {title}"), bold=True)
        sheet.line((X, "Nämnden beslutar att godkänna förslaget i enlighet med förvaltningens skrivelse."))
        sheet.line((X, "Ärendet har beretts av förvaltningen och det finns inget att erinra mot förslaget."))
    return sheet


def _read(tmp_path: Path, sheet: Sheet):
    record = extract_document(sheet.render(tmp_path / "m.pdf"))
    return record.kind, record.header


def test_a_running_header_names_the_body_and_the_date_beside_the_title(tmp_path):
    sheet = Sheet(header="Byggnadsnämnden    Protokoll    2023-04-12")
    sheet.line((X, "Exempelby kommun"), bold=True).line((X, "Protokoll"), size=14, bold=True)
    sheet.line((X, "Tid: 9.00–11.00")).line((X, "Plats: Rådhuset, sal Linden"))
    _items(sheet)
    for _ in range(12):  # a second page, so that the header repeats
        sheet.line((X, "Förvaltningen redovisar ärendet och nämnden för en diskussion om det fortsatta arbetet."))
    _items(sheet, first=17)
    kind, h = _read(tmp_path, sheet)
    assert kind is Kind.PROTOKOLL
    assert (h.organ, h.meeting_date) == ("Byggnadsnämnden", dt.date(2023, 4, 12))
    assert (h.start_time, h.end_time, h.location) == ("09:00", "11:00", "Rådhuset, sal Linden")


def test_a_title_line_names_the_body_after_the_title_and_may_wrap(tmp_path):
    one = Sheet().line((X, "Kallelse med föredragningslista Fritidsnämnden 2024-01-15"), size=14, bold=True)
    one.line((X, "Tid: kl. 18.00")).line((X, "Plats: Folkets hus"))
    kind, h = _read(tmp_path, _items(one, first=1))
    assert kind is Kind.KALLELSE
    assert (h.organ, h.meeting_date, h.start_time, h.location) == ("Fritidsnämnden", dt.date(2024, 1, 15), "18:00", "Folkets hus")

    wrapped = Sheet().line((X, "Sammanträdesprotokoll Kultur- och"), size=14, bold=True, gap=17)
    wrapped.line((X, "fritidsnämnden 2021-09-08"), size=14, bold=True)
    wrapped.line((X, "Tid: 13.00–15.00")).line((X, "Plats: Biblioteket"))
    kind, h = _read(tmp_path, _items(wrapped))
    assert (kind, h.organ, h.meeting_date) == (Kind.PROTOKOLL, "Kultur- och fritidsnämnden", dt.date(2021, 9, 8))


def test_a_header_written_as_a_sentence_gives_body_date_times_and_place(tmp_path):
    sheet = Sheet().line((X, "Exempelby kommun"), bold=True).space(8)
    sheet.line((X, "Protokoll fört vid sammanträde med valnämnden tisdagen den 7 mars 2023 kl."))
    sheet.line((X, "13.00–15.30 i Stadshuset, sal Ekan."))
    kind, h = _read(tmp_path, _items(sheet))
    assert kind is Kind.PROTOKOLL
    assert (h.organ, h.meeting_date) == ("Valnämnden", dt.date(2023, 3, 7))
    assert (h.start_time, h.end_time, h.location) == ("13:00", "15:30", "Stadshuset, sal Ekan")

    notice = Sheet().line((X, "Gatunämnden kallas till sammanträde torsdagen den 2 maj 2024 kl. 18.00 i Folkets hus."))
    kind, h = _read(tmp_path, _items(notice, first=1))
    assert (h.organ, h.meeting_date, h.start_time, h.location) == ("Gatunämnden", dt.date(2024, 5, 2), "18:00", "Folkets hus")


def test_a_place_and_time_value_continued_on_the_next_line_gives_the_date(tmp_path):
    sheet = Sheet().line((X, "KALLELSE"), size=14, bold=True).line((X, "Skolnämnden"), bold=True).space(6)
    sheet.line((X, "Plats och tid"), (200, "Skolans aula, Exempelby,"))
    sheet.line((200, "2022-06-01 kl. 10.00"))
    kind, h = _read(tmp_path, _items(sheet, first=1))
    assert (h.organ, h.meeting_date, h.start_time) == ("Skolnämnden", dt.date(2022, 6, 1), "10:00")


def test_a_title_in_a_line_splits_it_only_where_a_title_begins_with_a_capital():
    assert header.organ_from_line("Miljönämnden    Protokoll    2020-02-02") == "Miljönämnden"
    assert header.organ_from_line("Protokoll Tekniska nämnden 2022-02-01") == "Tekniska nämnden"
    assert header.organ_from_line("Miljönämnden beslutar att justera dagens protokoll") is None
    assert header.organ_from_line("Exempelby kommun") is None


def test_the_running_header_outweighs_a_line_of_body_text_further_down_the_header(tmp_path):
    sheet = Sheet(header="Gatunämnden    Protokoll    2023-10-05")
    sheet.line((X, "Exempelby kommun"), bold=True).line((X, "Protokoll"), size=14, bold=True)
    sheet.line((X, "Tid: 13.00–14.00")).line((X, "Plats: Rådhuset"))
    sheet.line((X, "Beslutande: Anna Berg (S), Per Ek (M)")).line((X, "Ersättare: Eva Nord (V)"))
    sheet.line((X, "§ 3 Cykelvägar"), bold=True)
    sheet.line((X, "Förvaltningen föreslår att Samverkansrådet"), (330, "Nämnden beslutar enligt förslaget."))
    _items(sheet, first=4)
    for _ in range(14):
        sheet.line((X, "Förvaltningen redovisar ärendet och nämnden för en diskussion om det fortsatta arbetet."))
    _items(sheet, first=9)
    kind, h = _read(tmp_path, sheet)
    assert (kind, h.organ, h.meeting_date) == (Kind.PROTOKOLL, "Gatunämnden", dt.date(2023, 10, 5))


def test_a_notice_with_day_time_and_place_fields_gives_the_meeting(tmp_path):
    """'Dag: Söndag 16 april 2023' / 'Tid: 14.00' / 'Plats: Bygdegården' under a
    prose call without a date: 'Dag' is the date's label."""
    s = Sheet()
    s.line((60, "Exempelbygdens byalag"), size=12, gap=30)
    s.line((140, "KALLELSE TILL ÅRSMÖTE"), size=15, bold=True, gap=20)
    s.line((60, "Medlemmarna i Exempelbygdens byalag kallas härmed till ordinarie årsmöte."), gap=20)
    s.line((90, "Dag:"), (160, "Söndag 16 april 2023"))
    s.line((90, "Tid:"), (160, "14.00"))
    s.line((90, "Plats:"), (160, "Bygdegården"), gap=24)
    s.line((60, "Förslag till dagordning"), bold=True, gap=16)
    for n, title in enumerate(["Val av ordförande för mötet", "Val av sekreterare för mötet", "Mötets avslutande"], 1):
        s.line((70, f"{n})"), (100, title))
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert record.kind is Kind.KALLELSE
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.location) == ("Årsmöte", dt.date(2023, 4, 16), "14:00", "Bygdegården")


def test_a_line_opening_with_a_long_month_date_then_times_and_place_gives_them_all(tmp_path):
    """'Tisdag 13 september 2024, 17:15–18:40, Grupprum Alfa, Studenthuset' under
    the title: a date written out in full opens the line as surely as a short one."""
    s = Sheet()
    s.line((60, "Mötesanteckningar"), size=15, bold=True, gap=20)
    s.line((60, "Styrelsemöte #4 – Studentföreningen Exempel"), size=12, gap=16)
    s.line((60, "Fredag 13 september 2024, 17:15–18:40, Grupprum Alfa, Studenthuset"), gap=22)
    s.line((60, "Närvarande: Eva Nord (ordförande), Per Ek, Lena Ås"), gap=20)
    for n, title in enumerate(["Mötets öppnande", "Val av justerare", "Mötets avslutande"], 1):
        s.line((60, f"{n}. {title}"), bold=True, gap=14)
        s.line((72, "Styrelsen beslutar att godkänna förslaget."), gap=18)
    record = extract_document(s.render(tmp_path / "m.pdf"))
    h = record.header
    assert (h.meeting_date, h.start_time, h.end_time, h.location) == (
        dt.date(2024, 9, 13), "17:15", "18:40", "Grupprum Alfa, Studenthuset")


def test_a_date_alone_under_the_title_and_a_weekday_line_give_the_meeting(tmp_path):
    """'Hamnviks byalags höstmöte 2022 - Protokoll' over '(2022-11-14)' (a
    date alone is no part of the title) over 'Måndag 14/11 kl 19 i Bystugan.
    21 bybor närvarande.' (the weekday and day open the line, the year is the
    title's; the place ends with its sentence)."""
    s = Sheet()
    s.line((72, "Exempelviks byalags höstmöte 2022 - Protokoll"), size=14, bold=True, gap=20)
    s.line((72, "(2022-11-14)"), size=14, bold=True, gap=26)
    s.line((72, "Måndag 14/11 kl 19 i Bystugan. 21 bybor närvarande."), gap=28)
    for n, t in enumerate(["Mötets öppnande", "Val av justerare", "Mötets avslutande"], 1):
        s.line((72, f"{n}."), (98, t))
        s.line((98, "Mötet beslutade att godkänna förslaget."), gap=22)
    header = extract_document(s.render(tmp_path / "p.pdf")).header
    assert (header.meeting_date.isoformat(), header.start_time, header.location) == ("2022-11-14", "19:00", "Bystugan")


def test_a_body_named_in_an_address_or_in_the_genitive_of_its_meeting():
    assert header.organ_from_line("Till ledamöter och ersättare i Kårfullmäktige") == "Kårfullmäktige"
    assert header.organ_from_line("Kallelse till Kårfullmäktiges sammanträde 6") == "Kårfullmäktige"
    assert header.organ_from_line("Kommunstyrelsens extra möte nr 3") == "Kommunstyrelsen"
    assert header.organ_from_line("Socialnämndens arbetsutskott") == "Socialnämndens arbetsutskott"
    assert header.organ_from_line("Till ledamöter och ersättare i god tid") is None


def test_a_line_naming_the_meeting_then_its_weekday_date_and_time(tmp_path):
    """A one-page dagordning: 'Styrelsemöte tisdag 9 februari 2016 kl. 14.00'
    over 'Lokalen, Björkvägen 10' — the meeting's word opens the when-line and
    is no place."""
    s = Sheet()
    s.line((88, "Dagordning"), size=16, bold=True, gap=30)
    s.line((88, "Styrelsemöte tisdag 9 februari 2016 kl. 14.00"), size=12, gap=18)
    s.line((88, "Lokalen, Björkvägen 10"), size=12, gap=40)
    for n, t in enumerate(["Mötets öppnande", "Val av justerare", "Mötets avslutande"], 1):
        s.line((110, f"{n}. {t}"), size=12, gap=27)
    header = extract_document(s.render(tmp_path / "d.pdf")).header
    assert (header.meeting_date, header.start_time, header.location) == (dt.date(2016, 2, 9), "14:00", "Lokalen, Björkvägen 10")


def test_a_sentence_opening_with_the_bodys_meeting_gives_date_times_and_place(tmp_path):
    """'Fritidsnämndens sammanträde onsdagen den 8 maj 2024 kl. 13.00–16.10 i
    Stadshuset, rum Ekan. Sammanträdet ajournerades …' under the title: the
    body's genitive and its meeting word open the when-line; the place ends
    with the first sentence."""
    s = Sheet()
    s.line((X, "Protokoll"), size=15, bold=True, gap=20)
    s.line((X, "Fritidsnämnden"), size=12, bold=True, gap=20)
    s.line((X, "Fritidsnämndens sammanträde onsdagen den 8 maj 2024 kl. 13.00–16.10 i Stadshuset,"))
    s.line((X, "rum Ekan, Exempelby. Sammanträdet ajournerades kl. 14.30–14.45."), gap=24)
    kind, h = _read(tmp_path, _items(s))
    assert (kind, h.organ, h.meeting_date) == (Kind.PROTOKOLL, "Fritidsnämnden", dt.date(2024, 5, 8))
    assert (h.start_time, h.end_time, h.location) == ("13:00", "16:10", "Stadshuset, rum Ekan, Exempelby")


def test_a_notices_time_field_dates_the_meeting_not_the_date_beside_its_title(tmp_path):
    """'Fritidsnämnden | 2025-02-07' (the day the notice went out) over 'Tid:
    Tisdagen den 18 februari 2025 kl. 13.15': the meeting is on the 18th."""
    s = Sheet()
    s.line((X, "EXEMPELBY KOMMUN"), (400, "KALLELSE"), bold=True)
    s.line((X, "Fritidsnämnden"), (400, "2025-02-07"), gap=30)
    s.line((X, "Kallelse till sammanträde"), size=13, bold=True, gap=20)
    s.line((X, "Tid:"), (130, "Tisdagen den 18 februari 2025 kl. 13.15"))
    s.line((X, "Plats:"), (130, "Kulturhuset, rum Scenen"), gap=24)
    s.line((X, "Föredragningslista"), bold=True, gap=16)
    for n, title in enumerate(["Val av justerare", "Godkännande av dagordning", "Bidrag till föreningar 2025"], 1):
        s.line((X, f"{n})"), (90, title), gap=18)
    kind, h = _read(tmp_path, s)
    assert (kind, h.organ, h.meeting_date, h.start_time) == (Kind.KALLELSE, "Fritidsnämnden", dt.date(2025, 2, 18), "13:15")


def test_header_fields_read_through_a_scans_specks_and_a_label_wrapped_over_two_lines(tmp_path):
    """'Plats och .tid' is the 'Plats och tid' label; 'Justeringens' over 'plats
    och tid | Kommunkansliet 1986-04-18' is the justering's field, whose place
    and date are not the meeting's."""
    s = Sheet()
    s.line((X, "EXEMPELBY KOMMUN"), (330, "SAMMANTRÄDESPROTOKOLL"), gap=20)
    s.line((X, "Kommunstyrelsen"), size=12, bold=True, gap=24)
    s.line((X, "Plats och .tid"), (200, "Kommunalhuset, Exempelby, kl 14.00-16.30"), gap=24)
    s.line((X, "Justeringens"), gap=12)
    s.line((X, "plats och tid"), (200, "Kommunkansliet 1986-04-18"), gap=24)
    kind, h = _read(tmp_path, _items(s))
    assert (h.start_time, h.end_time, h.location) == ("14:00", "16:30", "Kommunalhuset, Exempelby")
    assert h.meeting_date != dt.date(1986, 4, 18)


def test_a_body_beside_a_typed_mark_or_before_a_working_year():
    assert header.organ_from_line("Protokoll från Kårfullmäktiges sammanträde 3, 2023/24") == "Kårfullmäktige"
    assert header._organ_name("Kårfullmäktiges sammanträde 3, 2023/24") == "Kårfullmäktige"
    line = Sheet().line((X, "Exempelby kommun · Kommunfullmäktige"))
    cells = header._cells_and_line(_one_line(line))
    assert "Kommunfullmäktige" in cells and "Exempelby kommun" in cells


def _one_line(sheet: Sheet):
    """The first line of a rendered sheet, as the readers see it."""
    import tempfile

    from extractors.reading.backends import read_source
    from extractors.reading.pages import clean_pages, read_pages

    with tempfile.TemporaryDirectory() as tmp:
        pdf = sheet.render(Path(tmp) / "l.pdf")
        pages, _, _ = clean_pages(read_pages(read_source(pdf), "pdfium", []))
    return pages[0].lines[0]


def test_a_notices_date_field_is_the_letters_and_a_name_beside_a_date_under_the_title(tmp_path):
    """'Datum 2024-03-28' at the top (the day the notice was written) over 'Tid |
    Tisdagen den 9 april 2024, kl. 08:30': the meeting is on the 9th. And
    'Styrelsemöte' over 'Exempelbäckens scoutkår - 14 september 2021': who meets, and when."""
    s = Sheet()
    s.line((X, "EXEMPELBY KOMMUN"), (300, "KALLELSE"), bold=True, gap=20)
    s.line((343, "Datum 2024-03-28"), gap=30)
    s.line((X, "Kommunstyrelsens arbetsutskott"), size=12, bold=True, gap=30)
    s.line((X, "Tid"), (180, "Tisdagen den 9 april 2024, kl. 08:30"))
    s.line((X, "Plats"), (180, "Kommunhuset, rum Hammaren"), gap=26)
    s.line((X, "Föredragningslista"), bold=True, gap=16)
    for n, title in enumerate(["Val av justerare", "Ekonomisk uppföljning", "Delegationsbeslut"], 1):
        s.line((X, f"{n}."), (90, title), gap=18)
    kind, h = _read(tmp_path, s)
    assert (kind, h.meeting_date, h.start_time) == (Kind.KALLELSE, dt.date(2024, 4, 9), "08:30")

    s = Sheet()
    s.line((75, "Styrelsemöte"), size=16, gap=30)
    s.line((75, "Exempelbäckens scoutkår - 14 september 2021"), size=12, gap=26)
    s.line((75, "Plats: Scoutstugan"), gap=16)
    s.line((75, "Närvarande: Sofia Karlsson (ordf.), Elias Nilsson, Maja Öberg (sekr.)"), gap=26)
    s.line((75, "Mötets öppnande"), bold=True, gap=16)
    s.line((75, "Ordföranden Sofia Karlsson öppnade mötet kl. 19.02."), gap=22)
    for title in ["Val av justerare", "Ekonomi"]:
        s.line((75, title), bold=True, gap=16)
        s.line((75, "Styrelsen beslutade att godkänna förslaget."), gap=22)
    record = extract_document(s.render(tmp_path / "s.pdf"))
    assert (record.kind, record.header.meeting_date) == (Kind.PROTOKOLL, dt.date(2021, 9, 14))
