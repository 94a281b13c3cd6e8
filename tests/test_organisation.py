"""The organisation that issued a document: read from where documents print
their issuer (running header and footer, letterhead, title, meeting field,
address block), never from body text or a participant's organisation; None
when nothing is printed. Names are invented, of the forms real documents use."""

from __future__ import annotations

import pytest

from extractors.record import extract_document
from extractors.structure.organisation_names import names_in
from tests.pdfmaker import Sheet, Text, meeting_pages, render

BODY = [
    "Ärendet gäller uppföljning av verksamhetens ekonomi och kvalitet under året.",
    "Region Norrbyn och Söderås kommun har yttrat sig över förslaget i remissen.",
    "Uppdraget redovisades 2021-09-14 och ska följas upp vid nästa sammanträde.",
]


@pytest.mark.parametrize(("text", "names"), [
    ("EXEMPELBY KOMMUN", ["Exempelby kommun"]),
    ("Exempelby kommun  Protokoll  1(14)", ["Exempelby kommun"]),
    ("Kommunstyrelsen i Västeråsa kommun", ["Västeråsa kommun"]),
    ("Norrbyns stad", ["Norrbyns stad"]),
    ("Region Norrbyn Söderås", ["Region Norrbyn Söderås"]),
    ("Kommunförbundet Norrbyn Söderås | Tjänsteskrivelse", ["Kommunförbundet Norrbyn Söderås"]),
    ("Kommunförbundet Norrbyn SöderåsSAMMANTRÄDESPROTOKOLL 1 (3)", ["Kommunförbundet Norrbyn Söderås"]),
    ("Exempelföreningen Årsmötesprotokoll 2024", ["Exempelföreningen"]),
    ("Exempelföreningens vårmöte 2024 - Protokoll (2024-03-14)", ["Exempelföreningen"]),
    ("Teknologsektionens höstmöte 2023", ["Teknologsektionen"]),
    ("Kallelse till Exempelföreningens årsmöte", ["Exempelföreningen"]),
    ("Protokoll fört vid sektionsmöte med Datasektionen", ["Datasektionen"]),
    ("Möte med Personalsektionen", []),  # a municipal body's meeting: the section is no organisation here
    ("Exempel Vatten och Avfall AB", ["Exempel Vatten och Avfall AB"]),
    ("Exempelby IF", ["Exempelby IF"]),
    ("Norrbyns välfärdsområde", ["Norrbyns välfärdsområde"]),
    ("Yttrande över Region Norrbyn", []),  # what the document answers, not who issued it
    ("Svar till Söderås kommun", []),
    ("Protokoll fört vid föreningsstämma med Brf Solgläntan", ["Brf Solgläntan"]),
    ("BRF LÖNNEN 12 · Org.nr 769600-1234", ["BRF Lönnen 12"]),
    ("Bostadsrättsföreningen Solgläntan", ["Bostadsrättsföreningen Solgläntan"]),
    ("Ordinarie årsstämma för Stenby samfällighetsförening", ["Stenby samfällighetsförening"]),
    ("Stenby samfällighetsförenings styrelse, Exempelby 2025-04-09", ["Stenby samfällighetsförening"]),
    ('Delägarna i "Backa Dikningsföretag av år 1931",', ["Backa Dikningsföretag av år 1931"]),
    ("Länsstyrelsen i Exempellän län", ["Länsstyrelsen i Exempellän län"]),
    ("Norrbyns studentkår", ["Norrbyns studentkår"]),
    ("Exempelvikens båtklubb", ["Exempelvikens båtklubb"]),  # clubs, societies, village associations
    ("Norrbyns schacksällskap Revisionsberättelse för 2022", ["Norrbyns schacksällskap"]),
    ("Söderås Byalag", ["Söderås Byalag"]),
    ("Sportfiskeklubben Gäddsjön | Konstituerande styrelsemöte", ["Sportfiskeklubben Gäddsjön"]),
    ("SÅNGSÄLLSKAPET TRASTEN", ["Sångsällskapet Trasten"]),
    ("Klubben", []),
    ("Exempel Fastigheter AB", ["Exempel Fastigheter AB"]),
    ("SVERIG ES RIKSBANK", ["Sveriges riksbank"]),  # a broken text layer spaces a word apart
    ("iTI TRAFIKVERKET", ["Trafikverket"]),  # a logo: OCR noise beside the name
    ("Granskning av Skattmyndigheten", []),  # an authority's ending in running text is no logo
    ("Föreningens årsmöte 2024", []),  # a bare kind word names nobody
    ("Samfällighetsföreningen", []),
    ("Kommunstyrelsen", []),
    ("Protokoll från årsmötet 2010-08-15", []),
    ("Region JH", []),  # an abbreviation is not the name printed in full
    ("Anna Berg (S) (Söderås kommun)", []),  # a participant's organisation, in brackets
    ("www.exempelby.se", []),  # a web address is evidence, never a name
    ("Org.nr 802400-1234", []),
])
def test_names_in_a_line(text, names):
    assert names_in(text) == names


def test_a_running_header_names_the_kommun_not_the_bodies_in_the_text(tmp_path):
    pages = meeting_pages(
        "Protokoll", "Kommunstyrelsen", ["Sammanträdesdatum 2024-05-06", "Plats och tid: Kommunhuset kl. 09.00"],
        [BODY, BODY, BODY], running_header="VÄSTERÅSA KOMMUN    Protokoll")
    record = extract_document(render(tmp_path / "ks.pdf", pages))
    assert record.header.organisation == "Västeråsa kommun"
    assert record.header.organ == "Kommunstyrelsen"
    assert record.header.meeting_id == "vasterasa-kommun/kommunstyrelsen/2024-05-06"
    assert "margin p. 1" in record.organisation_evidence


def test_a_footer_with_address_and_organisation_number(tmp_path):
    pages = meeting_pages("Kallelse", "Styrelsen", ["Datum: 2024-03-14", "Plats: Föreningslokalen"], [BODY, BODY],
                          stamp=None)
    for page in pages:
        page.append(Text(60, 790, "Brf Lönnlunden · Storgatan 4, 123 45 Exempelby · Org.nr 769600-1234", 8))
        page.append(Text(60, 802, "www.brflonnlunden.se", 8))
    record = extract_document(render(tmp_path / "brf.pdf", pages))
    assert record.header.organisation == "Brf Lönnlunden"
    assert "org.nr 769600-1234" in record.organisation_evidence
    assert "web brflonnlunden.se" in record.organisation_evidence


def test_the_title_of_an_association_meeting(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Exempelföreningens vårmöte 2024 - Protokoll (2024-03-14)", True), size=14, gap=30)
    sheet.line((60, "Närvarande: Anna Berg, Bo Ek, Cecilia Dahl"))
    for line in BODY:
        sheet.line((60, line))
    record = extract_document(sheet.render(tmp_path / "var.pdf"))
    assert record.header.organisation == "Exempelföreningen"


def test_a_meeting_field_names_the_association_in_full(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Stenby samfällighet", True), size=14, gap=22)
    sheet.line((60, "Kallelse till årsstämma 2025-04-28", True), size=12, gap=22)
    sheet.line((60, "Möte:"), (150, "Ordinarie årsstämma för Stenby samfällighetsförening"))
    sheet.line((60, "Datum:"), (150, "Måndag den 28 april 2025"))
    for line in BODY:
        sheet.line((60, line))
    record = extract_document(sheet.render(tmp_path / "stamma.pdf"))
    assert record.header.organisation == "Stenby samfällighetsförening"  # the fuller form of the letterhead's name


def test_nothing_printed_nothing_read(tmp_path):
    """No issuer in header, footer or title: None, however often the text and
    the roll name kommuner and regions; a web address is kept as evidence only."""
    sheet = Sheet()
    sheet.line((60, "Protokoll", True), size=16, gap=24)
    sheet.line((60, "Sociala samrådet"), gap=20)
    sheet.line((60, "Mötesdatum"), (200, "2024-02-02"))
    sheet.line((60, "Beslutande"), (200, "Anna Berg (S) (Söderås kommun)"))
    sheet.line((200, "Bo Ek (C) (Region Norrbyn)"))
    for line in BODY * 3:
        sheet.line((60, line))
    sheet.line((60, "Protokollet publiceras på www.exempelstad.fi 8.2.2024"))
    record = extract_document(sheet.render(tmp_path / "none.pdf"))
    assert record.header.organisation is None
    assert record.header.meeting_id == "sociala-samradet/2024-02-02"
    assert record.organisation_evidence == "web exempelstad.fi"


def test_a_name_set_over_two_lines_as_in_a_logo(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Backa", True), size=14, gap=16)
    sheet.line((60, "Vägsamfällighet", True), size=14, gap=40)
    sheet.line((60, "Protokoll från årsmötet 2010-08-15."))
    sheet.line((60, "Närvarande:"), (140, "Anna Berg"))
    for line in BODY:
        sheet.line((60, line))
    record = extract_document(sheet.render(tmp_path / "logo.pdf"))
    assert record.header.organisation == "Backa Vägsamfällighet"


def test_a_bundled_attachment_s_running_header_is_not_the_issuer(tmp_path):
    """A kallelse that prints no issuer, with another organisation's report
    bundled from page 2 on: that report's running header names its author."""
    pages = meeting_pages("Kallelse", "Sociala samrådet", ["Datum: 2024-03-14"], [BODY * 2, BODY, BODY], stamp=None)
    for page in pages[1:]:
        page.append(Text(60, 30, "Region Norrbyn    Tjänsteskrivelse", 8))
    record = extract_document(render(tmp_path / "bundle.pdf", pages))
    assert record.header.organisation is None


def test_a_fault_in_reading_the_organisation_is_a_problem_not_a_lost_document(tmp_path, monkeypatch):
    from extractors.structure import organisation

    def broken(pages):
        raise ValueError("no such cell")

    monkeypatch.setattr(organisation, "read_organisation", broken)
    pages = meeting_pages("Protokoll", "Kommunstyrelsen", ["Sammanträdesdatum 2024-05-06"], [BODY, BODY])
    record = extract_document(render(tmp_path / "ks.pdf", pages))
    assert record.status.value == "ok" and record.header.organisation is None
    assert record.header.meeting_id == "kommunstyrelsen/2024-05-06" and len(record.pages) == 2
    assert any("organisation" in p.message and "ValueError" in p.message for p in record.problems)


@pytest.mark.parametrize("text, name", [
    ("Pensionärsföreningen Granlunda Verksamhetsberättelse 2024 2025-04-28", "Pensionärsföreningen Granlunda"),
    ("Brf Kvarnbacken Revisionsberättelse för 2020", "Brf Kvarnbacken"),
    ("Föreningen Exempelgården Budget 2025", "Föreningen Exempelgården"),
])
def test_a_running_header_naming_the_association_then_its_report(text, name):
    """An association's report in its running header after its name: the
    report's word (verksamhetsberättelse, revisionsberättelse, budget) is
    no part of the name."""
    assert names_in(text)[:1] == [name]
