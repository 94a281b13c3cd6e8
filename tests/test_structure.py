"""Items, presenters and participants from small PDFs rendered here, in the
layouts other templates use. Each layout carries the same meeting, so the same
expectations must hold for every one of them (extraction only: no Prefect, no
DuckDB)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.record import extract_document
from schemas.document import Kind
from tests.pdfmaker import Sheet


# ---------------------------------------------------------------- protokoll

PARAGRAPHS = [
    # number, title lines, case number
    (41, ["Val av justerare"], "SN 2024/10"),
    (42, ["Budgetuppföljning 2024"], "SN 2024/11"),
    (43, ["Revidering av samverkansavtal om hälso- och", "sjukvård i hemmet"], "SN 2024/12"),
]


def _paragraph_body(sheet: Sheet, number: int, x: float) -> None:
    def label(text: str) -> None:
        sheet.space(4).line((x, text), bold=True)

    def text(t: str) -> None:
        sheet.line((x, t))

    if number == 41:
        label("Beslut")
        text("Anna Berg (M) utses att justera protokollet.")
        text("Paragrafen är justerad")
    elif number == 42:
        label("Sammanfattning")
        text("Ekonomichef Lars Holm och Sara Lind redovisar ärendet med stöd av en presentation.")
        label("Förslag till beslut")
        text("Socialnämnden godkänner budgetuppföljningen.")
        label("Yrkanden")
        text("Per Ek (S) yrkar bifall till förslaget.")
        label("Beslut")
        text("Socialnämnden beslutar enligt förslaget.")
        label("Reservation")
        text("Eva Nord (V) reserverar sig mot beslutet.")
        label("Beslutsunderlag")
        text("• Tjänsteskrivelse 2024-03-01")
        label("Expedieras till")
        text("Ekonomienheten")
    else:
        label("Sammanfattning")
        text("Ärendet föredras av Maja Sund.")
        label("Beslut")
        text("Socialnämnden beslutar att")
        sheet.line((x + 2, "1. förlänga avtalet till och med den 31 december 2025,"))
        sheet.line((x + 2, "2. ge förvaltningen i uppdrag att följa upp avtalet."))
        text("Omedelbart justerad")


def _protokoll_header(sheet: Sheet, value_x: float = 200) -> None:
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (value_x, "2024-03-12"))
    sheet.line((60, "Plats och tid", True), (value_x, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande ledamöter", True), (value_x, "Eva Nord (V) (ordförande)"))
    sheet.line((value_x, "Anna Berg (M) (vice ordförande)"))
    sheet.line((value_x, "Per Ek (S)"))
    # a label run into its value: only the value column tells them apart
    sheet.line((60, "Tjänstgörande ersättare", True), (value_x, "Ola Ström (C) (Kommunen)"))
    sheet.line((60, "Övriga närvarande", True), (value_x, "Lars Holm (Ekonomichef)"))
    sheet.line((value_x, "Sara Lind (Controller) §42"))
    sheet.line((60, "Utses att justera", True), (value_x, "Anna Berg"))
    sheet.line((60, "Sekreterare", True), (value_x, "Kim Dahl"))
    sheet.new_page()


def _protokoll(path: Path, heading) -> Path:
    """The same minutes with each § heading drawn by `heading(sheet, number,
    title lines, case number)`, which returns where the § text starts."""
    sheet = Sheet()
    _protokoll_header(sheet)
    for number, title, case in PARAGRAPHS:
        sheet.space(12)
        _paragraph_body(sheet, number, heading(sheet, number, title, case))
    return sheet.render(path)


def _own_line(sheet: Sheet, number: int, title: list[str], case: str) -> float:
    sheet.line((60, f"§ {number}"), size=12, bold=True, gap=20)
    for t in title:
        sheet.line((60, t), size=12, bold=True, gap=17)
    return 60


def _margin(sheet: Sheet, number: int, title: list[str], case: str) -> float:
    sheet.line((40, f"§ {number}", True), (140, title[0], True), size=11)
    for t in title[1:]:
        sheet.line((140, t), size=11, bold=True)
    return 140


def _dnr(sheet: Sheet, number: int, title: list[str], case: str) -> float:
    sheet.line((60, f"§ {number}", True), (140, f"Dnr {case}", False), size=11, gap=18)
    for t in title:
        sheet.line((60, t), size=11, bold=True)
    return 60


def _plain(sheet: Sheet, number: int, title: list[str], case: str) -> float:
    """A Word export without bold: '§ 41 Val av justerare' as a plain line of its own."""
    sheet.line((60, f"§ {number} {' '.join(title)}"), gap=18)
    return 60


def protokoll_dnr(path: Path) -> Path:
    return _protokoll(path, _dnr)


PROTOKOLL_LAYOUTS = {
    "own-line": lambda path: _protokoll(path, _own_line),
    "margin-column": lambda path: _protokoll(path, _margin),
    "dnr-heading": protokoll_dnr,
    "plain-heading": lambda path: _protokoll(path, _plain),
}


@pytest.fixture(scope="module", params=list(PROTOKOLL_LAYOUTS))
def protokoll(request, tmp_path_factory):
    path = PROTOKOLL_LAYOUTS[request.param](tmp_path_factory.mktemp("protokoll") / f"{request.param}.pdf")
    record = extract_document(path)
    return request.param, record


def test_protokoll_items_in_every_layout(protokoll):
    layout, record = protokoll
    assert record.kind is Kind.PROTOKOLL
    items = {i.number: i for i in record.items}
    assert list(items) == [41, 42, 43], layout
    assert items[43].title == "Revidering av samverkansavtal om hälso- och sjukvård i hemmet"
    assert items[42].title == "Budgetuppföljning 2024"
    assert record.items[0].page_start == 2  # page 1 is the header and participants


def test_protokoll_fields_keep_motions_and_dissent_out_of_the_decision(protokoll):
    _, record = protokoll
    item = {i.number: i for i in record.items}[42]
    assert item.decision == "Socialnämnden beslutar enligt förslaget."
    assert item.proposal == "Socialnämnden godkänner budgetuppföljningen."
    assert "yrkar bifall" in item.motions
    assert "reserverar sig" in item.dissent
    assert item.distribution == "Ekonomienheten"
    assert [a.title for a in item.attachments] == ["Tjänsteskrivelse 2024-03-01"]
    assert item.summary.startswith("Ekonomichef Lars Holm och Sara Lind redovisar")


def test_protokoll_decision_keeps_numbered_points_and_attestation(protokoll):
    _, record = protokoll
    items = {i.number: i for i in record.items}
    assert items[43].decision == (
        "Socialnämnden beslutar att\n"
        "1. förlänga avtalet till och med den 31 december 2025,\n"
        "2. ge förvaltningen i uppdrag att följa upp avtalet."
    )
    assert [items[n].attested for n in (41, 42, 43)] == [True, False, True]
    assert "justerad" not in items[43].decision


def test_protokoll_presenters_from_the_text(protokoll):
    _, record = protokoll
    items = {i.number: i for i in record.items}
    assert items[42].presenters == ["Lars Holm", "Sara Lind"]  # job title dropped
    assert items[43].presenters == ["Maja Sund"]  # 'föredras av'
    assert items[41].presenters == []


def test_protokoll_participants_from_the_label_column(protokoll):
    _, record = protokoll
    got = {(p.name, p.role.value, p.party, p.organization) for p in record.participants}
    assert got == {
        ("Eva Nord", "ordförande", "V", None),
        ("Anna Berg", "vice ordförande", "M", None),
        ("Per Ek", "ledamot", "S", None),
        ("Ola Ström", "tjänstgörande ersättare", "C", "Kommunen"),
        ("Lars Holm", "övrig", None, "Ekonomichef"),
        ("Sara Lind", "övrig", None, "Controller"),
        ("Anna Berg", "justerare", None, None),
        ("Kim Dahl", "sekreterare", None, None),
    }
    assert next(p for p in record.participants if p.name == "Sara Lind").sections == "§42"


def test_dnr_heading_gives_the_case_number(tmp_path):
    record = extract_document(protokoll_dnr(tmp_path / "dnr.pdf"))
    assert [i.case_number for i in record.items] == [case for _, _, case in PARAGRAPHS]


# ---------------------------------------------------------------- kallelse

AGENDA = [
    # number, title lines, presenters (as printed, wrapped over lines), time, section heading before
    (1, ["Mötet öppnas"], ["Eva Nord"], "09:00", None),
    (2, ["Budgetuppföljning 2024"], ["Lars Holm, Sara", "Lind m.fl."], "09:10", "Informationsärenden"),
    (3, ["Revidering av samverkansavtal om hälso- och", "sjukvård i hemmet"], ["Maja Sund (PwC)"], "09:40", "Beslutsärenden"),
    (4, ["Övriga frågor"], ["Eva Nord"], None, None),
]


def _kallelse_head(sheet: Sheet) -> None:
    sheet.line((60, "Kallelse"), size=16, bold=True, gap=22)
    sheet.line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Tid: 2024-03-12 kl. 09:00-12:00"))
    sheet.line((60, "Plats: Kommunhuset"))
    sheet.space(8).line((60, "Ledamöter"), bold=True)
    sheet.line((60, "Eva Nord (V), ordförande"))
    sheet.line((60, "Per Ek (S)"))
    sheet.space(8).line((60, "Ersättare"), bold=True)
    sheet.line((60, "Ola Ström (C)"))
    sheet.space(16)


def _agenda_body(sheet: Sheet, number: int) -> None:
    if number == 3:
        sheet.space(4).line((60, "Förslag till beslut"), bold=True)
        sheet.line((60, "Socialnämnden föreslås besluta att:"))
        sheet.line((64, "1. Förlänga avtalet till och med den 31 december 2025."))
        sheet.line((64, "2. Uppdra åt förvaltningen att följa upp avtalet."))
        sheet.space(4).line((60, "Beslutsunderlag"), bold=True)
        sheet.line((64, "• Tjänsteskrivelse samverkansavtal"))
    if number == 2:
        sheet.space(4).line((60, "Ärendebeskrivning"), bold=True)
        sheet.line((60, "Information om utfallet efter februari."))
        sheet.space(4).line((60, "PAUS/Kaffe kl. 09:30-09:40"), bold=True)


def kallelse_columns(path: Path, divider: bool = False, number_cell: bool = False) -> Path:
    """Three columns; with `number_cell` the number stands in a cell of its
    own left of the title, as in a Word table."""
    title_x = 90 if number_cell else 60
    sheet = Sheet()
    _kallelse_head(sheet)
    for number, title, presenters, time, heading in AGENDA:
        if heading:
            sheet.space(6).line((60, heading), size=13, bold=True, gap=22)
        lines = max(len(title), len(presenters))
        for k in range(lines):
            cells = []
            if number_cell and k == 0:
                cells.append((60, f"{number}.", True))
            if k < len(title):
                prefix = f"{number}. " if k == 0 and not number_cell else ""
                cells.append((title_x, prefix + title[k], True))
            if k < len(presenters):
                cells.append((330, presenters[k], False))
            if time and k == lines - 1:
                cells.append((480, time, False))
            sheet.line(*cells, size=9.5, gap=12)
        sheet.space(8)
        _agenda_body(sheet, number)
    if divider:
        sheet.new_page().space(40).line((60, " ".join(AGENDA[2][1])), size=20, bold=True)
        sheet.new_page().line((60, "Tjänsteskrivelse samverkansavtal"), size=13, bold=True, gap=22)
        sheet.line((60, "§ 21 Utdrag ur annan nämnds protokoll"), bold=True)
        sheet.line((60, "1. Ett numrerat stycke i bilagan som inte är en punkt på dagordningen."))
        sheet.line((60, "2. Ett till."))
    return sheet.render(path)


def kallelse_single_line(path: Path) -> Path:
    sheet = Sheet()
    _kallelse_head(sheet)
    for number, title, presenters, time, heading in AGENDA:
        if heading:
            sheet.space(6).line((60, heading), size=13, bold=True, gap=22)
        parts = [f"{number}. {' '.join(title)}", " ".join(presenters)] + ([time] if time else [])
        sheet.line((60, " — ".join(parts)), size=9)
        sheet.space(6)
        _agenda_body(sheet, number)
    return sheet.render(path)


KALLELSE_LAYOUTS = {
    "three-columns": kallelse_columns,
    "number-cell": lambda path: kallelse_columns(path, number_cell=True),
    "single-line": kallelse_single_line,
}


@pytest.fixture(scope="module", params=list(KALLELSE_LAYOUTS))
def kallelse(request, tmp_path_factory):
    path = KALLELSE_LAYOUTS[request.param](tmp_path_factory.mktemp("kallelse") / f"{request.param}.pdf")
    return request.param, extract_document(path)


def test_kallelse_rows_in_every_layout(kallelse):
    layout, record = kallelse
    assert record.kind is Kind.KALLELSE
    items = {i.number: i for i in record.items}
    assert list(items) == [1, 2, 3, 4], layout
    assert items[3].title == "Revidering av samverkansavtal om hälso- och sjukvård i hemmet"
    assert [items[n].scheduled_time for n in (1, 2, 3, 4)] == ["09:00", "09:10", "09:40", None]
    assert [items[n].section.value if items[n].section else None for n in (1, 2, 3, 4)] == [
        None, "information", "beslut", "beslut"]


def test_kallelse_presenters_wrapped_and_cleaned(kallelse):
    _, record = kallelse
    items = {i.number: i for i in record.items}
    assert items[2].presenters == ["Lars Holm", "Sara Lind"]
    assert items[3].presenters == ["Maja Sund"]
    assert items[1].presenters == ["Eva Nord"]


def test_kallelse_fields(kallelse):
    _, record = kallelse
    items = {i.number: i for i in record.items}
    assert items[3].proposal == (
        "Socialnämnden föreslås besluta att:\n"
        "1. Förlänga avtalet till och med den 31 december 2025.\n"
        "2. Uppdra åt förvaltningen att följa upp avtalet."
    )
    assert [a.title for a in items[3].attachments] == ["Tjänsteskrivelse samverkansavtal"]
    assert items[2].summary == "Information om utfallet efter februari."  # the pause is no part of it
    assert items[3].decision is None


def test_kallelse_participants(kallelse):
    _, record = kallelse
    got = {(p.name, p.role.value, p.party) for p in record.participants}
    assert got == {("Eva Nord", "ordförande", "V"), ("Per Ek", "ledamot", "S"), ("Ola Ström", "ersättare", "C")}


def test_bundled_attachment_starts_after_its_divider_and_its_numbers_are_not_items(tmp_path):
    record = extract_document(kallelse_columns(tmp_path / "bundle.pdf", divider=True))
    items = {i.number: i for i in record.items}
    assert list(items) == [1, 2, 3, 4]
    assert record.page_count == 3
    assert items[3].page_end == 3
    assert [(a.title, a.page_start) for a in items[3].attachments] == [("Tjänsteskrivelse samverkansavtal", 3)]


def test_unreadable_layout_loads_with_a_problem_per_page(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Kallelse"), size=16, bold=True, gap=22).line((60, "Socialnämnden"), size=12)
    sheet.line((60, "Sammanträdet hålls 2024-03-12 och behandlar budget och avtal i löpande text."))
    sheet.new_page().line((60, "Mer löpande text utan numrerade punkter."))
    record = extract_document(sheet.render(tmp_path / "prose.pdf"))
    assert record.status.value == "ok" and record.kind is Kind.KALLELSE
    assert record.items == []
    assert [p.page_no for p in record.problems] == [1, 2]
    assert all("no numbered agenda rows" in p.message for p in record.problems)


def test_a_role_in_the_presenter_column_is_the_participant_who_holds_it(tmp_path):
    sheet = Sheet()
    _kallelse_head(sheet)
    sheet.line((60, "1. Mötet öppnas", True), (330, "Ordförande"), (480, "09:00"), size=9.5)
    sheet.space(10).line((60, "2. Val av justerare", True), (330, "Ordförande"), size=9.5)
    record = extract_document(sheet.render(tmp_path / "roles.pdf"))
    assert [i.presenters for i in record.items] == [["Eva Nord"], ["Eva Nord"]]


def test_a_foredragningslista_numbered_with_paragraph_signs_reads_as_a_kallelse(tmp_path):
    sheet = Sheet()
    _kallelse_head(sheet)
    for number, title, *_ in PARAGRAPHS:
        sheet.space(10).line((60, f"§ {number} {' '.join(title)}"), bold=True)
        sheet.line((60, "Föredragande: Maja Sund"))
    record = extract_document(sheet.render(tmp_path / "paragrafer.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [(i.source.value, i.number, i.presenters) for i in record.items] == [
        ("kallelse", 41, ["Maja Sund"]), ("kallelse", 42, ["Maja Sund"]), ("kallelse", 43, ["Maja Sund"])]


def test_participants_listed_on_one_line_and_a_dnr_on_the_title_line(tmp_path):
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22).line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum 2024-03-12"))
    sheet.line((60, "Beslutande:", True), (170, "Eva Nord (V), ordförande, Per Ek (S), Anna Berg (M)"))
    sheet.space(20).line((60, "§ 7"), size=12, bold=True, gap=18)
    sheet.line((60, "Val av justerare", True), (400, "Dnr SN 2024/10", False), size=12)
    sheet.space(4).line((60, "Beslut"), bold=True).line((60, "Per Ek utses att justera protokollet."))
    record = extract_document(sheet.render(tmp_path / "one-line.pdf"))
    assert {(p.name, p.role.value, p.party) for p in record.participants} == {
        ("Eva Nord", "ordförande", "V"), ("Per Ek", "ledamot", "S"), ("Anna Berg", "ledamot", "M"),
        ("Per Ek", "justerare", None)}  # chosen to attest in § 7
    [item] = record.items
    assert (item.number, item.title, item.case_number) == (7, "Val av justerare", "SN 2024/10")


def test_participants_in_two_columns(tmp_path):
    sheet = Sheet()
    _kallelse_head(sheet)  # Ledamöter: Eva Nord, Per Ek; Ersättare: Ola Ström
    sheet.line((60, "Övriga"), bold=True)
    sheet.line((60, "Lars Holm (Ekonomichef)"), (300, "Sara Lind (Controller)"))
    sheet.space(10).line((60, "1. Mötet öppnas", True), (330, "Eva Nord"), (480, "09:00"), size=9.5)
    sheet.line((60, "2. Övriga frågor", True), (330, "Eva Nord"), size=9.5)
    record = extract_document(sheet.render(tmp_path / "columns.pdf"))
    others = {(p.name, p.organization) for p in record.participants if p.role.value == "övrig"}
    assert others == {("Lars Holm", "Ekonomichef"), ("Sara Lind", "Controller")}


TIMED_TITLES = ["Val av protokollsjusterare", "Budgetuppföljning efter mars", "Upphandling av skolskjutsar", "Information om sommarens badplatser"]


@pytest.mark.parametrize("label", ["{n}.", "§ {n}", "Punkt {n}"])
def test_kallelse_time_on_its_own_line_under_the_heading(tmp_path, label):
    """'kl. 13.00' alone on the line under an item's heading is the item's
    time, not the first line of its text — whether the items are numbered
    rows or § headings."""
    sheet = Sheet()
    _kallelse_head(sheet)
    for n, title in enumerate(TIMED_TITLES, 1):
        sheet.line((60, label.format(n=n)), (110, title), bold=True)
        if n != 3:
            sheet.line((110, f"kl. {8 + n}.{15 * (n - 1):02d}"))
        sheet.line((110, "Nämnden får en muntlig redovisning av ärendet."))
        sheet.space(8)
    record = extract_document(sheet.render(tmp_path / "timed.pdf"))
    items = {i.number: i for i in record.items}
    assert list(items) == [1, 2, 3, 4]
    assert [items[n].title for n in items] == TIMED_TITLES
    assert [items[n].scheduled_time for n in items] == ["09:00", "10:15", None, "12:45"]
    assert all("kl." not in (i.summary or "") for i in record.items)


@pytest.mark.parametrize("bold", [True, False])
@pytest.mark.parametrize("label", ["{n}.", "§ {n}", "{n})", "Ärende {n}"])
def test_kallelse_time_after_a_run_in_title(tmp_path, label, bold):
    """'§ 2 Budgetuppföljning efter mars. kl. 10.15' — a time after the title
    on the heading's line, whichever reader took the items."""
    sheet = Sheet()
    _kallelse_head(sheet)
    for n, title in enumerate(TIMED_TITLES, 1):
        sheet.line((60, f"{label.format(n=n)} {title}. kl. {8 + n}.{15 * (n - 1):02d}"), bold=bold)
        sheet.line((60, "Nämnden får en muntlig redovisning av ärendet och av de frågor som har kommit in från"))
        sheet.line((60, "kommunens invånare under våren."))
        sheet.space(8)
    record = extract_document(sheet.render(tmp_path / "runin.pdf"))
    assert [(i.title, i.scheduled_time) for i in record.items] == [
        (t, f"{8 + n:02d}:{15 * (n - 1):02d}") for n, t in enumerate(TIMED_TITLES, 1)]


TABLE_PARAGRAPHS = [  # number, title, presenter cell lines
    (41, "Riktlinjer för föreningsbidrag", ["Lars Holm och", "Sara Lind"]),
    (42, "Taxa för färdtjänst", ["Sara Lind"]),
    (43, "Yttrande över remiss om kollektivtrafik", ["Per Ek", "kl. 10.30"]),
    (44, "Anmälan av delegationsbeslut", []),
]


@pytest.mark.parametrize("bold", [True, False])
def test_paragraph_headings_as_table_rows_keep_their_cells_apart(tmp_path, bold):
    """'§ 41 | Riktlinjer … | Lars Holm och / Sara Lind': the § headings are
    the rows of a table whose column right of the title they all share; the
    cell is who presents (or the time), a name wrapped within it goes on in
    the line below, and neither is the title's nor the § text's."""
    sheet = Sheet()
    _protokoll_header(sheet)
    for number, title, cell in TABLE_PARAGRAPHS:
        sheet.space(10)
        if number == 43:  # a presenter cell and a time cell on the heading's line
            sheet.line((60, f"§ {number}", bold), (110, title, bold), (400, cell[0]), (490, cell[1]))
        else:
            sheet.line((60, f"§ {number}", bold), (110, title, bold), *([(400, cell[0])] if cell else []))
            for more in cell[1:]:
                sheet.line((400, more))
        sheet.line((60, "Ärendet har beretts av förvaltningen som lämnar en redogörelse för bakgrunden och för"))
        sheet.line((60, "de synpunkter som har kommit in under remisstiden."))
        sheet.line((60, "Beslut", True))
        sheet.line((60, "Socialnämnden beslutar att godkänna förslaget."))
    record = extract_document(sheet.render(tmp_path / "table.pdf"))
    items = {i.number: i for i in record.items}
    assert list(items) == [41, 42, 43, 44]
    assert [items[n].title for n in items] == [t for _, t, _ in TABLE_PARAGRAPHS]
    assert items[41].presenters == ["Lars Holm", "Sara Lind"]
    assert items[42].presenters == ["Sara Lind"]
    assert items[43].scheduled_time == "10:30" and items[43].presenters == ["Per Ek"]
    assert not any("Sara Lind" in (i.summary or "") for i in record.items)


def test_a_wide_gap_in_one_title_is_no_column(tmp_path):
    """One heading whose line holds a gap is no table: its words stay its title."""
    sheet = Sheet()
    _protokoll_header(sheet)
    for number, title, _ in TABLE_PARAGRAPHS:
        sheet.space(10)
        if number == 42:
            sheet.line((60, f"§ {number}", True), (110, title, True), (400, "(revidering)", True))
        else:
            sheet.line((60, f"§ {number}", True), (110, title, True))
        sheet.line((60, "Beslut", True))
        sheet.line((60, "Socialnämnden beslutar att godkänna förslaget."))
    record = extract_document(sheet.render(tmp_path / "gap.pdf"))
    assert {i.number: i.title for i in record.items}[42] == "Taxa för färdtjänst (revidering)"


RUN_IN = [  # number, bold title as printed, the plain text run into it, the line it wraps to
    (42, "Val av justerare:", "Beslut: Nämnden utser Anna Berg att jämte ordföranden", "justera dagens protokoll."),
    (43, "Budget för kulturskolan.", "Förvaltningen redovisar ett förslag till budget för", "kulturskolan med avgifter."),
    (44, "Motion om cykelvägar m.fl.", "Nämnden föreslår att motionen bifalls. Ordföranden", "frågar om nämnden bifaller."),
]


def test_run_in_paragraph_heading_ends_where_the_weight_changes(tmp_path):
    """'**§ 42 Val av justerare:** Beslut: Nämnden utser …' — a bold title run
    into plain text on its line: the title ends at its full stop or colon
    where the type turns plain, the rest is the §'s text (a field label
    included); an abbreviation's period ('m.fl.') does not end it."""
    sheet = Sheet()
    _protokoll_header(sheet)
    for number, title, text, wrapped in RUN_IN:
        sheet.space(10)
        head = f"§ {number} {title}"
        sheet.line((60, head, True), (60 + 5.0 * len(head) + 3, text))
        sheet.line((60, wrapped))
    record = extract_document(sheet.render(tmp_path / "runin.pdf"))
    items = {i.number: i for i in record.items}
    assert [items[n].title for n in (42, 43)] == ["Val av justerare", "Budget för kulturskolan"]
    assert items[42].decision.startswith("Nämnden utser Anna Berg") and items[42].decision.endswith("justera dagens protokoll.")
    assert items[43].summary.startswith("Förvaltningen redovisar")
    assert items[44].title.startswith("Motion om cykelvägar m.fl.")


@pytest.mark.parametrize("label", ["{n}.", "Punkt {n}", "{n})"])
def test_run_in_agenda_row_ends_where_the_weight_changes(tmp_path, label):
    """'**3. Internkontrollplan.** Planen anger …' in a kallelse: the row's
    title ends where the bold turns plain after its full stop; the plain words
    and the line they wrap to are the item's text, not its title."""
    sheet = Sheet()
    _kallelse_head(sheet)
    for n, title in enumerate(["Val av justerare:", "Internkontrollplan för året.", "Taxor för hemtjänsten."], 1):
        head = f"{label.format(n=n)} {title}"
        sheet.line((60, head, True), (60 + 5.0 * len(head) + 3, "Förvaltningen redovisar ärendet och de frågor som"))
        sheet.line((60, "har kommit in under året till nämnden."))
        sheet.space(8)
    record = extract_document(sheet.render(tmp_path / "runin-rows.pdf"))
    assert [i.title for i in record.items] == ["Val av justerare", "Internkontrollplan för året", "Taxor för hemtjänsten"]
    assert all(" ".join(i.summary.split()) == "Förvaltningen redovisar ärendet och de frågor som har kommit in under året till nämnden."
               for i in record.items)


def test_run_in_title_ends_at_a_field_label_in_any_type(tmp_path):
    """'§ 42 Val av justerare. Beslut: …' in one plain type, and a title
    wrapped before it runs in ('§ 43 Val av justerare tillika' /
    'rösträknare. Beslut: …'): a field's label after the closed title starts
    the text; a colon inside a title that no label follows does not."""
    sheet = Sheet()
    _protokoll_header(sheet)
    rows = [
        (42, ["§ 42 Val av justerare. Beslut: Nämnden utser Anna Berg att jämte ordföranden justera"], "Val av justerare"),
        (43, ["§ 43 Val av justerare tillika", "rösträknare. Beslut: Nämnden utser Per Ek."], "Val av justerare tillika rösträknare"),
        (44, ["§ 44 Budget 2025: Investeringar i skolan"], "Budget 2025: Investeringar i skolan"),
    ]
    for number, lines, _ in rows:
        sheet.space(10)
        sheet.line((60, lines[0]), bold=True)
        for more in lines[1:]:
            sheet.line((60, more), bold=True)
        sheet.line((60, "Nämnden godkänner förslaget."))
        sheet.space(6)
    record = extract_document(sheet.render(tmp_path / "labels.pdf"))
    items = {i.number: i for i in record.items}
    assert [items[n].title for n, _, _ in rows] == [t for _, _, t in rows]
    assert items[43].decision.startswith("Nämnden utser Per Ek.")


def test_a_property_designation_ending_a_title_is_no_time(tmp_path):
    """'Försäljning av fastigheten Granlunda 3:14' — a property's designation
    (block:unit) ends the title; a time under it ('kl. 09.50') is the item's."""
    sheet = Sheet()
    _kallelse_head(sheet)
    titles = ["Val av justerare", "Försäljning av fastigheten Granlunda 3:14", "Arrende av Mossen 1:7", "Övriga frågor"]
    for n, title in enumerate(titles, 1):
        sheet.line((60, f"{n}. {title}"), bold=True)
        sheet.line((60, f"kl. 1{n}.00"))
        sheet.line((60, "Nämnden får en redovisning av ärendet."))
        sheet.space(8)
    record = extract_document(sheet.render(tmp_path / "property.pdf"))
    assert [(i.title, i.scheduled_time) for i in record.items] == [(t, f"1{n}:00") for n, t in enumerate(titles, 1)]
