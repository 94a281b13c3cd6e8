"""The appeal window of a Swedish kommun's or region's protokoll: the printed
posting of its justering (anslag) and the last day for laglighetsprövning,
three weeks later (kommunallagen 13 kap. 5 §), moved past weekends and
holidays (lag 1930:173). Never guessed: no printed posting, a Finland-Swedish
body or an association gives NULL. Layouts are invented, of the forms real
protokoll print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractors.record import extract_document
from extractors.structure.version import appeal_until, easter_sunday, swedish_holidays
from schemas.document import Kind
from tests.pdfmaker import Text, render

D = dt.date

BODY = [(60, "§ 1 Val av justerare"), (60, "Beslut"), (60, "Eva Ek utses att justera protokollet."),
        (60, "§ 2 Budget 2026"), (60, "Beslut"), (60, "Nämnden godkänner budgeten.")]


def page(head: list[tuple[float, str]], bevis: list[list[tuple[float, str]]], body=BODY, top=60.0) -> list[Text]:
    """A protokoll's first page: `head` lines, then an anslag/bevis box whose
    rows are cells (x, text) on one baseline, then the § body."""
    out, y = [], top
    for x, text in head:
        out.append(Text(x, y, text, 10))
        y += 15
    y += 10
    for row in bevis:
        for x, text in row:
            out.append(Text(x, y, text, 9))
        y += 11
    y += 20
    for x, text in body:
        out.append(Text(x, y, text, 10))
        y += 15
    return out


HEAD = [(60, "Exempelby kommun"), (60, "Sammanträdesprotokoll"), (60, "Kommunstyrelsen"),
        (60, "Sammanträdesdatum 2025-03-07"), (60, "Justeringens plats och tid: Kommunhuset 2025-03-12")]


def read(tmp_path: Path, name: str, pages: list[list[Text]]):
    record = extract_document(render(tmp_path / f"{name}.pdf", pages))
    assert record.kind is Kind.PROTOKOLL and record.header.meeting_date == D(2025, 3, 7), name
    return record.posted_on, record.appeal_until


def test_posting_read_from_each_form_of_the_bevis(tmp_path):
    one_line = [[(60, "ANSLAG/BEVIS")], [(60, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")],
                [(60, "Datum för anslags uppsättande"), (260, "2025-03-14")],
                [(60, "Datum för anslags nedtagande"), (260, "2025-04-07")]]
    assert read(tmp_path, "one-line", [page(HEAD, one_line)]) == (D(2025, 3, 14), D(2025, 4, 4))
    # the label on two lines, the date beside its second part, the takedown in a second column
    two_lines = [[(60, "Datum för"), (300, "Datum för")],
                 [(60, "anslags uppsättande"), (170, "2025-03-13"), (300, "anslags nedtagande"), (400, "2025-04-04")]]
    assert read(tmp_path, "two-lines", [page(HEAD, two_lines)]) == (D(2025, 3, 13), D(2025, 4, 3))
    # … or beside its first part, the takedown's label beside it
    first_part = [[(60, "Datum för"), (170, "2025-03-17"), (230, "Datum för"), (330, "2025-04-08")],
                  [(60, "anslags uppsättande"), (230, "anslags nedtagande")]]
    assert read(tmp_path, "first-part", [page(HEAD, first_part)]) == (D(2025, 3, 17), D(2025, 4, 7))
    # present tense, a form of its own
    sets = [[(60, "BEVIS")], [(60, "Anslaget sätts upp"), (260, "2025-03-14")], [(60, "Anslaget tas ned"), (260, "2025-04-07")]]
    assert read(tmp_path, "sets", [page(HEAD, sets)]) == (D(2025, 3, 14), D(2025, 4, 4))
    # in a sentence, with the date in words
    sentence = [[(60, "Justeringen har tillkännagivits genom anslag den 19 mars 2025 på kommunens anslagstavla.")]]
    assert read(tmp_path, "sentence", [page(HEAD, sentence)]) == (D(2025, 3, 19), D(2025, 4, 9))
    # value under the label, in its column
    under = [[(60, "Datum för anslags uppsättande"), (300, "Datum för anslags nedtagande")],
             [(60, "2025-03-14"), (300, "2025-04-07")]]
    assert read(tmp_path, "under", [page(HEAD, under)]) == (D(2025, 3, 14), D(2025, 4, 4))


def test_no_posting_printed_no_finland_no_association_gives_none(tmp_path):
    empty = [[(60, "ANSLAG/BEVIS")], [(60, "Justering har tillkännagivits på kommunens anslagstavla")],
             [(60, "Datum för anslags uppsättande")], [(60, "Datum för anslags nedtagande"), (260, "2025-04-07")]]
    assert read(tmp_path, "empty", [page(HEAD, empty)]) == (None, None)
    posted = [[(60, "Datum för anslags uppsättande"), (260, "2025-03-14")]]
    finland = [(60, "Exempelby stad"), (60, "Protokoll"), (60, "Stadsstyrelsen"), (60, "Sammanträdesdatum 2025-03-07"),
               (60, "Justeringens plats och tid: Stadshuset 2025-03-12")]
    besvar = [*BODY, (60, "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING OCH BESVÄR"), (60, "Rättelseyrkande inom 14 dagar.")]
    assert read(tmp_path, "finland", [page(finland, posted, besvar)]) == (None, None)
    association = [(60, "Brf Exempelgården"), (60, "Protokoll"), (60, "Styrelsen"), (60, "Sammanträdesdatum 2025-03-07"),
                   (60, "Justeringens plats och tid: Föreningslokalen 2025-03-12")]
    assert read(tmp_path, "association", [page(association, posted)]) == (None, None)
    # a posting before the meeting is a misreading, not a posting
    early = [[(60, "Datum för anslags uppsättande"), (260, "2025-02-14")]]
    assert read(tmp_path, "early", [page(HEAD, early)]) == (None, None)
    # a date in an item's text about something else posted is not the protokoll's posting
    body = [*BODY, (60, "Kungörelsen om planen har anslagits den 20 mars 2025.")]
    assert read(tmp_path, "body-only", [page(HEAD, [], body)]) == (None, None)


@pytest.mark.parametrize("posted, last, why", [
    (D(2025, 3, 14), D(2025, 4, 4), "a Friday: three weeks later, the same weekday"),
    (D(2025, 3, 15), D(2025, 4, 7), "a Saturday: the next weekday"),
    (D(2025, 3, 28), D(2025, 4, 22), "långfredag, påskafton, påskdagen, annandag påsk"),
    (D(2025, 5, 8), D(2025, 5, 30), "Kristi himmelsfärdsdag"),
    (D(2025, 5, 16), D(2025, 6, 9), "nationaldagen (a Friday), then the weekend"),
    (D(2025, 5, 30), D(2025, 6, 23), "midsommarafton, midsommardagen"),
    (D(2025, 12, 3), D(2025, 12, 29), "julafton, juldagen, annandag jul, a weekend"),
    (D(2025, 12, 10), D(2026, 1, 2), "nyårsafton (a Wednesday), nyårsdagen"),
    (D(2025, 12, 16), D(2026, 1, 7), "trettondedag jul (a Tuesday)"),
    (D(2025, 4, 10), D(2025, 5, 2), "första maj (a Thursday)"),
    (D(2004, 5, 10), D(2004, 6, 1), "annandag pingst, a holiday until 2004"),
    (D(2005, 5, 26), D(2005, 6, 16), "no holiday: a Thursday"),
])
def test_last_day_for_laglighetsprovning(posted, last, why):
    assert appeal_until(posted) == last, why


def test_holidays_of_a_year():
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2038)] == [D(2024, 3, 31), D(2025, 4, 20), D(2026, 4, 5), D(2038, 4, 25)]
    days = swedish_holidays(2026)
    assert {D(2026, 6, 19), D(2026, 6, 20), D(2026, 10, 31), D(2026, 4, 3), D(2026, 5, 14), D(2026, 5, 24)} <= days
    assert D(2026, 5, 25) not in days and D(2026, 6, 18) not in days and len(days) == 16

