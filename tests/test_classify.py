"""Kind and meeting header from documents of other templates and bodies,
rendered by the test itself; and the small readers on plain strings."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.classify import find_date, find_times, organ_from_line
from extractors.document import extract_document
from schemas.document import Kind, Status

from tests.pdfmaker import meeting_pages, render

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
