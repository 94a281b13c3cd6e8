"""Kind and meeting header from documents of other templates and bodies,
rendered by the test itself; and the small readers on plain strings."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.structure.header import find_date, find_times, organ_from_line, place_from
from extractors.record import extract_document
from schemas.document import Kind, Status

from tests.pdfmaker import Text, meeting_pages, render

BODY = [
    "Ärendet gäller uppföljning av verksamhetens ekonomi och kvalitet under året.",
    "Nämnden beslutade den 4 maj 2021 att ge förvaltningen i uppdrag att återkomma.",
    "Uppdraget redovisades 2021-09-14 och ska följas upp vid nästa sammanträde.",
]


def test_protokoll_of_another_body_with_labelled_fields(tmp_path):
    pages = meeting_pages(
        "Sammanträdesprotokoll", "Kommunstyrelsen",
        ["Sammanträdesdatum 2021-11-03", "Plats och tid: Stadshuset, Östersund, kl. 09.00–12.00"],
        [BODY, BODY, BODY], running_header="Kommunstyrelsen  Sammanträdesprotokoll", stamp="Sida {n}({total})",
        title_spacing=3.0,
    )
    record = extract_document(render(tmp_path / "ks.pdf", pages))
    assert record.status is Status.OK and record.kind is Kind.PROTOKOLL
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Kommunstyrelsen", dt.date(2021, 11, 3), "09:00", "12:00", "Stadshuset, Östersund")
    assert record.header.meeting_id == "kommunstyrelsen/2021-11-03"
    for page in record.pages:
        assert "Sida" not in page.text
        assert "Kommunstyrelsen Sammanträdesprotokoll" not in page.text
    assert record.pages[0].text.startswith("Sammanträdesprotokoll\nKommunstyrelsen\n")


def test_kallelse_with_a_written_out_date(tmp_path):
    pages = meeting_pages(
        "Kallelse", "Socialnämnden",
        ["Tid: Fredagen den 25 februari 2022 kl. 13.00", "Plats: Kommunhuset, sal A"], [BODY],
    )
    record = extract_document(render(tmp_path / "sn.pdf", pages))
    h = record.header
    assert record.kind is Kind.KALLELSE
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Socialnämnden", dt.date(2022, 2, 25), "13:00", None, "Kommunhuset, sal A")


def test_dates_in_body_text_are_not_the_meeting_date(tmp_path):
    pages = meeting_pages("Föredragningslista", "Barn- och utbildningsnämnden", ["Plats: Digitalt"], [BODY, BODY])
    record = extract_document(render(tmp_path / "bun.pdf", pages))
    assert record.kind is Kind.KALLELSE
    assert record.header.organ == "Barn- och utbildningsnämnden"
    assert record.header.meeting_date is None
    assert record.header.meeting_id is None


def test_underlag_has_no_meeting_even_when_it_names_a_body(tmp_path):
    pages = meeting_pages("Tjänsteskrivelse", "Socialnämnden", ["2022-01-18"], [BODY, BODY], stamp=None)
    record = extract_document(render(tmp_path / "ts.pdf", pages))
    assert record.kind is Kind.UNDERLAG
    assert (record.header.organ, record.header.meeting_date) == (None, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("2022-02-25", dt.date(2022, 2, 25)),
    ("Fredagen den 25 februari 2022 kl. 13", dt.date(2022, 2, 25)),
    ("den 1:a mars 2023", dt.date(2023, 3, 1)),
    ("hösten 2022", None),
    ("2022-13-45", None),
    ("Dnr RS/2023/145", None),
])
def test_find_date(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("kl. 13:00-16:00", ("13:00", "16:00")),
    ("Digitalt kl. 9.00–12.30", ("09:00", "12:30")),
    ("klockan 8.30", ("08:30", None)),
    ("Teams", (None, None)),
])
def test_find_times(text, expected):
    assert find_times(text) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Sociala vård och omsorgsgruppen 2022-02-25", "Sociala vård och omsorgsgruppen"),
    ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
    ("Regionfullmäktige", "Regionfullmäktige"),
    ("Region Jämtland Härjedalen", None),
    ("Förvaltningsområde regional utveckling", None),
    ("nämnden beslutade att godkänna planen och gruppen", None),
])
def test_organ_from_line(line, expected):
    assert organ_from_line(line) == expected


# ---------------------------------------------------------------- other layouts


def test_title_on_a_cover_and_the_header_on_page_2(tmp_path):
    cover = [Text(300, 300, "Penningpolitiskt", 30, True), Text(300, 335, "protokoll", 30, True), Text(450, 560, "Mars 2025", 13)]
    header = [
        Text(110, 95, "PENNINGPOLITISKT PROTOKOLL", 12), Text(110, 125, "Direktionen nr 2", 22),
        Text(110, 155, "DATUM:", 11), Text(220, 155, "2025-03-19", 11),
        Text(110, 174, "MÖTESTID:", 11), Text(220, 174, "09:00", 11),
        *[Text(110, 220 + 14 * k, line, 11) for k, line in enumerate(BODY * 3)],
    ]
    record = extract_document(render(tmp_path / "cover.pdf", [cover, header]))
    h = record.header
    assert record.kind is Kind.PROTOKOLL
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Direktionen", dt.date(2025, 3, 19), "09:00", None, None)


@pytest.mark.parametrize(("cells", "kind"), [
    (["NORRBY KOMMUN", "Protokoll", "1(14)"], Kind.PROTOKOLL),  # the title in a later cell of the running header
    (["Kommunförbundet VästSAMMANTRÄDESPROTOKOLL", "1 (3)"], Kind.PROTOKOLL),  # glued to the body's name
    (["F_ö_r_e_d_r_a_g_n_i_n_g_s_l_i_s_t_a____1_6_/_2_0_2_2"], Kind.KALLELSE),  # underlined with underscores
    (["Protokollsbilaga A"], Kind.UNDERLAG),
    (["TILLSYNSPROTOKOLL", "TRAFIKVERKET"], Kind.UNDERLAG),
])
def test_kind_from_any_cell_of_the_first_line(tmp_path, cells, kind):
    xs = [60, 390, 500]
    page = [Text(x, 40, cell, 11, True) for x, cell in zip(xs, cells)]
    page += [Text(60, 120 + 14 * k, line, 10) for k, line in enumerate(BODY * 2)]
    record = extract_document(render(tmp_path / "kind.pdf", [page]))
    assert record.kind is kind


def test_finland_swedish_header_with_a_misread_label(tmp_path):
    page = [
        Text(70, 78, "Protokoll", 12, True), Text(200, 78, "2/2023", 12, True),
        Text(70, 106, "Organ", 12, True), Text(200, 106, "Rådet för äldre", 12, True),
        Text(70, 120, "Sammanträdentd", 12), Text(200, 120, "24.5.2023, klockan 16.00–18.10", 12),  # broken text layer
        Text(70, 135, "Sammanträdenplatn", 12), Text(200, 135, "Stadshuset, Torggatan 7", 12),
        *[Text(70, 200 + 14 * k, line, 10) for k, line in enumerate(BODY * 2)],
    ]
    record = extract_document(render(tmp_path / "fi.pdf", [page]))
    h = record.header
    assert record.kind is Kind.PROTOKOLL
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Rådet för äldre", dt.date(2023, 5, 24), "16:00", "18:10", "Stadshuset, Torggatan 7")


@pytest.mark.parametrize(("text", "expected"), [
    ("28.3.2023 kl. 15.02–16.55", dt.date(2023, 3, 28)),
    ("Lördagen 26/3 2011, kl. 14.30", dt.date(2011, 3, 26)),
    ("måndagen den 8 januari 2007", dt.date(2007, 1, 8)),
    ("kl. 10.55.11.05", None),
    ("31.2.2023", None),
])
def test_find_date_in_other_forms(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize(("value", "place"), [
    ("Kommunhusets tingssal måndagen den 8 januari 2007 kl 08.30-09.30", "Kommunhusets tingssal"),
    ("Rådhuset, stora salen, kl 08.30-13.40, ajournering kl 10.55-11.05", "Rådhuset, stora salen"),
    ("Kommunhuset, Strömsund. Möjlighet finns att delta via Teams.", "Kommunhuset, Strömsund"),
    ("kl. 13.00-16.00, Regionens hus", "Regionens hus"),
    ("Teams", "Teams"),
    ("Digitalt via Teams, kl. 13:00–15:40", "Teams"),
    ("Digitalt kl. 13:00-16:00", "Digitalt"),
])
def test_place_without_weekday_date_or_time(value, place):
    assert place_from(value) == place


def test_times_of_a_time_field():
    assert find_times("09:00") == (None, None)  # a bare time only counts in a time field
    assert find_times("09:00", bare=True) == ("09:00", None)
    assert find_times("2025-12-16 19.00", bare=True) == ("19:00", None)
    assert find_times("kl. 08.30—-11.45") == ("08:30", "11:45")


@pytest.mark.parametrize(("label", "value", "organ"), [
    ("Nämnd / styrelse", "Kommunstyrelsen", "Kommunstyrelsen"),
    ("Organ:", "Socialnämnden", "Socialnämnden"),
    ("Sammanträde", "Kommunfullmäktige", "Kommunfullmäktige"),
    ("Sammanträde", "2023-03-01", None),
])
def test_organ_from_a_label_field(tmp_path, label, value, organ):
    page = [Text(60, 50, "Sammanträdesprotokoll", 16, True), Text(60, 90, label, 10), Text(200, 90, value, 10)]
    page += [Text(60, 140 + 14 * k, line, 10) for k, line in enumerate(BODY * 2)]
    record = extract_document(render(tmp_path / "organ.pdf", [page]))
    assert record.header.organ == organ
