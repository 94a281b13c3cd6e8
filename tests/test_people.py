"""Participants from rolls of other layouts, rendered here: checkbox rolls
with surnames first, label columns with substitutes who serve, labels split
over two lines, rows of signers, groups split by '---', run-on lists; and
the name-order decision on plain strings. Names and bodies are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.structure import name_order
from extractors.record import extract_document
from schemas.document import Kind

from tests.test_structure import Sheet


def _people(record) -> set[tuple]:
    return {(p.name, p.role.value, p.party, p.organization) for p in record.participants}


def _first_item(sheet: Sheet, number: int = 1) -> None:
    sheet.space(20).line((60, f"§ {number} Mötets öppnande"), size=12, bold=True, gap=18)
    sheet.line((60, "Ordföranden öppnar mötet och hälsar alla välkomna till sammanträdet."))
    sheet.space(4).line((60, "Beslut"), bold=True).line((60, "Mötet förklaras öppnat."))


def test_checkbox_roll_with_surnames_first(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll", True), (170, "3/2023"), size=12)
    sheet.space(10).line((60, "Organ", True), (170, "Tekniska sektionen"), size=12)
    sheet.line((60, "Sammanträdestid"), (170, "14.6.2023 kl. 15.02–16.55"))
    sheet.line((60, "Sammanträdesplats"), (170, "Stadshuset, Storgatan 7"))
    sheet.space(10).line((60, "Beslutande"), bold=True)
    sheet.line((60, "ordinarie"), (330, "ersättare"), bold=True)
    sheet.line((60, "[X] Lindqvist Maria, ordförande, på distans"), (330, "[ ] Nyström Per"))
    sheet.line((60, "[ ] Holm Erik, vice ordförande"), (330, "[X] Ek Johan"))
    sheet.line((60, "[X] Sandberg Karin"), (330, "[ ] Dahl Lena"))
    sheet.line((60, "[X] Åberg Anders"))
    sheet.space(10).line((60, "Övriga närvarande"), bold=True)
    sheet.line((60, "Strand Eva, kanslichef, protokollförare"))
    _first_item(sheet, 13)
    record = extract_document(sheet.render(tmp_path / "checkbox.pdf"))
    assert record.kind is Kind.PROTOKOLL
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Tekniska sektionen", dt.date(2023, 6, 14), "15:02", "16:55", "Stadshuset, Storgatan 7")
    assert _people(record) == {
        ("Maria Lindqvist", "ordförande", None, None),  # 'på distans' is how, not where
        ("Karin Sandberg", "ledamot", None, None),
        ("Anders Åberg", "ledamot", None, None),
        ("Johan Ek", "tjänstgörande ersättare", None, None),  # ticked under 'ersättare'
        ("Eva Strand", "övrig", None, "kanslichef, protokollförare"),
        ("Eva Strand", "sekreterare", None, None),
    }  # Erik Holm, Per Nyström and Lena Dahl are not ticked: absent


def test_label_column_with_substitutes_signers_and_a_form_read_by_rows(tmp_path):
    sheet = Sheet()
    sheet.line((60, "VÄSTBY KOMMUN", True), (250, "Protokoll", True), (500, "1(3)", True), size=12)
    sheet.line((60, "Byggnadsnämnden"), size=12, bold=True)
    sheet.line((60, "Sammanträdesdatum"), (200, "2007-01-08"))
    sheet.space(8).line((60, "Plats och tid"), (200, "Kommunhuset måndagen den 8 januari 2007"))
    sheet.line((200, "kl 08.30-09.30"))
    sheet.space(8).line((60, "Beslutande"), (200, "Karin Holm (c), ordförande"))
    sheet.line((200, "Per Ek (s)"))
    sheet.line((200, "Jonas Berg (m) tjänstgör för Lena Ström (m)"))
    sheet.line((60, "Ej tjänstgörande"), (200, "Eva Nord (v)"))
    sheet.line((60, "ersättare"), (200, "Ulf Sten (kd)"))
    sheet.line((60, "Övriga deltagande"), (200, "Ekonomichef Anders Lund"))
    sheet.line((60, "Utses att justera"), (200, "Per Ek och Eva Nord"))
    sheet.space(10).line((100, "Sekreterare"), (250, "Ordförande"), (400, "Justerare"))
    sheet.line((100, "____________"), (250, "____________"), (400, "____________"))
    sheet.line((100, "Anders Lund"), (250, "Karin Holm"), (400, "Per Ek"))
    sheet.new_page()
    sheet.line((60, "BN § 1"), (300, "Dnr BN/2007.9"), size=12)
    sheet.line((60, "Godkännande av dagordning"), size=12, bold=True)
    sheet.line((60, "Dagordningen godkänns utan ändringar av nämnden vid dagens sammanträde."))
    record = extract_document(sheet.render(tmp_path / "labels.pdf"))
    assert record.kind is Kind.PROTOKOLL
    h = record.header
    assert (h.organ, h.meeting_date, h.start_time, h.end_time, h.location) == (
        "Byggnadsnämnden", dt.date(2007, 1, 8), "08:30", "09:30", "Kommunhuset")
    assert _people(record) == {
        ("Karin Holm", "ordförande", "C", None),
        ("Per Ek", "ledamot", "S", None),
        ("Jonas Berg", "tjänstgörande ersättare", "M", None),
        ("Eva Nord", "ej tjänstgörande ersättare", "V", None),
        ("Ulf Sten", "ej tjänstgörande ersättare", "KD", None),
        ("Anders Lund", "övrig", None, "Ekonomichef"),
        ("Per Ek", "justerare", None, None),
        ("Eva Nord", "justerare", None, None),
        ("Anders Lund", "sekreterare", None, None),
    }


def test_a_run_in_roll_in_groups_and_signers_where_the_minutes_end(tmp_path):
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=18, gap=26)
    sheet.line((60, "Direktionen, Nr 4"), size=16, gap=24)
    sheet.line((80, "DATUM:"), (160, "2021-05-12"))
    sheet.line((80, "MÖTESTID:"), (160, "9.00"))
    sheet.space(10).line((80, "NÄRVARANDE: Karin Lund, ordförande"))
    sheet.line((160, "Per Holm"))
    sheet.line((160, "Eva Berg"))
    sheet.line((160, "---"))
    sheet.line((160, "Olof Nyberg, ordförande, fullmäktige"))
    sheet.line((160, "---"))
    sheet.line((160, "Sara Ek"))
    sheet.line((160, "Johan Sten (§ 1–2a)"))
    _first_item(sheet)
    sheet.space(20).line((80, "Vid protokollet"))
    sheet.space(10).line((80, "Sara Ek"))
    sheet.space(10).line((80, "Justeras"))
    sheet.space(10).line((80, "Karin Lund"), (250, "Per Holm"), (400, "Eva Berg"))
    record = extract_document(sheet.render(tmp_path / "groups.pdf"))
    h = record.header
    assert (record.kind, h.organ, h.meeting_date, h.start_time) == (Kind.PROTOKOLL, "Direktionen", dt.date(2021, 5, 12), "09:00")
    assert _people(record) == {
        ("Karin Lund", "ordförande", None, None),
        ("Per Holm", "ledamot", None, None),
        ("Eva Berg", "ledamot", None, None),
        ("Olof Nyberg", "övrig", None, "ordförande, fullmäktige"),  # chairs another body, not this meeting
        ("Sara Ek", "övrig", None, None),
        ("Johan Sten", "övrig", None, None),
        ("Sara Ek", "sekreterare", None, None),
        ("Karin Lund", "justerare", None, None),
        ("Per Holm", "justerare", None, None),
        ("Eva Berg", "justerare", None, None),
    }


def test_a_list_run_on_over_lines_ends_where_absence_begins(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Föreningen Bäcken"), size=20, gap=26)
    sheet.line((60, "PROTOKOLL"), size=13)
    sheet.line((60, "Styrelsemöte nr 7"), size=12)
    sheet.line((60, "Datum och tid:"), (140, "2025-12-16 19.00"))
    sheet.line((60, "Plats:"), (140, "Hos Lars Berg"))
    sheet.line((60, "Närvarande:"), (140, "Lars Berg, Anna Holm, Erik Lund, Maria Sten,"))
    sheet.line((140, "Karin Ek"))
    sheet.line((60, "Frånvarande:"), (140, "Per Nord, Eva Strand"))
    _first_item(sheet)
    record = extract_document(sheet.render(tmp_path / "runon.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert (record.header.meeting_date, record.header.start_time, record.header.location) == (
        dt.date(2025, 12, 16), "19:00", "Hos Lars Berg")
    assert {(p.name, p.role.value) for p in record.participants} == {
        ("Lars Berg", "ledamot"), ("Anna Holm", "ledamot"), ("Erik Lund", "ledamot"),
        ("Maria Sten", "ledamot"), ("Karin Ek", "ledamot")}


@pytest.mark.parametrize(("lists", "straight", "expected"), [
    ([["Wik Tobias", "Holm Maria", "Frostberg Siw"]], [False], [True]),  # the known first names stand last
    ([["Tobias Wik", "Maria Holm", "Siw Frostberg"]], [False], [False]),
    ([["Frostberg Siw", "Norrlid Kristna"]], [False], [False]),  # no evidence: as printed
    # no evidence of its own, but the signatures spell the same people the other way round
    ([["Frostberg Siw", "Norrlid Kristna"], ["Siw Frostberg"]], [False, True], [True, False]),
    # no evidence of its own: follows the document's other roll
    ([["Wik Tobias", "Holm Maria"], ["Norrlid Martn"]], [False, False], [True, True]),
])
def test_surname_first_is_decided_per_list_from_evidence(lists, straight, expected):
    assert name_order.surname_first(lists, straight) == expected


def test_turned_name():
    assert name_order.turned("Persson Westin Gunnel") == "Gunnel Persson Westin"
    assert name_order.turned("Frostberg-Blom Siw") == "Siw Frostberg-Blom"


def test_a_roll_on_the_page_the_form_refers_to(tmp_path):
    sheet = Sheet()
    sheet.line((120, "Miljönämnden", True), (330, "Sammanträdesprotokoll", True), size=12)
    sheet.line((330, "2024-04-25"))
    sheet.space(10).line((60, "Plats och tid"), (160, "Rådhuset, kl 08.30-12.00"))
    sheet.line((60, "Beslutande"), (160, "Enligt särskild förteckning, sidan 3"))
    sheet.line((60, "Utses att justera"), (160, "Lena Holm"))
    _first_item(sheet, 66)
    sheet.new_page()
    sheet.line((60, "§ 67 Val av justerare"), size=12, bold=True, gap=18)
    sheet.line((60, "Nämnden utser Lena Holm att justera dagens protokoll tillsammans med ordföranden."))
    sheet.new_page()
    sheet.line((60, "Beslutande:"), (190, "Karl Berg (M), ordförande"))
    sheet.line((190, "Lena Holm (S)"))
    sheet.line((190, "Tommy Ek (S) tjänstgör för Lars Lind (S)"))
    sheet.line((60, "Närvarande ersättare:"), (190, "Jan Dahl (SD)"))
    record = extract_document(sheet.render(tmp_path / "elsewhere.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert _people(record) == {
        ("Karl Berg", "ordförande", "M", None),
        ("Lena Holm", "ledamot", "S", None),
        ("Tommy Ek", "tjänstgörande ersättare", "S", None),
        ("Jan Dahl", "ej tjänstgörande ersättare", "SD", None),
        ("Lena Holm", "justerare", None, None),
    }


def test_a_column_of_ticks_before_the_names(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll", True), (170, "5/2022"), size=12)
    sheet.line((60, "Organ"), (170, "Kulturnämnden"))
    sheet.line((60, "Sammanträdestid"), (170, "15.9.2022 kl. 18.00 – 19.37"))
    sheet.space(10).line((60, "Beslutande"), bold=True)
    sheet.line((60, "X"), (80, "Lindqvist Mikael, ordförande"))
    sheet.line((80, "Backman Anna"))
    sheet.line((60, "X"), (80, "Hellsten Karin, vice ordförande"))
    sheet.line((60, "x"), (80, "Norrby Johan"))
    _first_item(sheet, 39)
    record = extract_document(sheet.render(tmp_path / "ticks.pdf"))
    assert (record.header.meeting_date, record.header.start_time, record.header.end_time) == (
        dt.date(2022, 9, 15), "18:00", "19:37")
    assert {(p.name, p.role.value) for p in record.participants} == {
        ("Mikael Lindqvist", "ordförande"), ("Karin Hellsten", "vice ordförande"), ("Johan Norrby", "ledamot")}


def test_a_bare_narvarande_list_parted_by_blank_lines_with_a_wrapped_entry(tmp_path):
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=18, gap=26)
    sheet.line((60, "Direktionen, Nr 3"), size=16, gap=24)
    sheet.line((80, "DATUM:"), (160, "2016-02-10"))
    sheet.space(10).line((80, "NÄRVARANDE: Karin Lund, ordförande"), gap=12)
    sheet.line((150, "Per Holm"), gap=12)
    sheet.line((150, "Eva Berg"), gap=24)
    sheet.line((150, "Olof Nyberg, fullmäktiges vice"), gap=12)
    sheet.line((150, "ordförande"), gap=24)
    sheet.line((150, "Sara Ek"), gap=12)
    sheet.line((150, "Johan Sten"), gap=12)
    _first_item(sheet)
    record = extract_document(sheet.render(tmp_path / "gaps.pdf"))
    assert {(p.name, p.role.value, p.organization) for p in record.participants} == {
        ("Karin Lund", "ordförande", None), ("Per Holm", "ledamot", None), ("Eva Berg", "ledamot", None),
        ("Olof Nyberg", "övrig", "fullmäktiges vice ordförande"), ("Sara Ek", "övrig", None), ("Johan Sten", "övrig", None)}
