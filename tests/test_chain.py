"""Numbered structure of any form, found as a rising chain, and the kind
decided last from all the evidence (issue 19), on small PDFs rendered here
with invented Swedish text — and one plain rendering of our own SVOM minutes
of 2025-03-07 (tests/data, the text of corpus/svom-2025-03-07-protokoll.pdf).

- every numbering form ('§ 5', '§5', '5 §', 'KS § 5', '5.', '5', '5)',
  'Punkt 5', 'Ärende 5', '5/'), with the title beside the number or below it,
  bold or plain, reads into the same items;
- sub-items ('5.1', '5 a', a bold 'a)' under a bold '5.') are items of their
  own with the parent's number and `parent_label`; lettered points in running
  text are not;
- a table of contents, a list inside a § and a quoted earlier handling are
  not items;
- a title anywhere in the first lines, compounds included, names the kind;
  a document without one is read from its structure and text; an underlag
  holding a § series says so in a problem row.
"""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from extractors.record import extract_document
from extractors.structure import kind as kinds
from schemas.document import Kind, Line, Word
from tests.pdfmaker import Sheet, Text

TITLES = ["Mötets öppnande", "Val av justerare", "Godkännande av dagordningen", "Budget för nästa år", "Mötets avslutande"]
FORMS = ["§ {n}", "§{n}", "{n} §", "KS § {n}", "{n}.", "{n}", "{n})", "Punkt {n}", "Ärende {n}", "{n}/"]


def _minutes(path: Path, form: str, bold: bool, below: bool) -> Path:
    """A board's minutes whose items are numbered in `form`."""
    s = Sheet()
    s.line((60, "Protokoll"), size=16, bold=True, gap=22)
    s.line((60, "Styrelsen i Exempelföreningen"), gap=16)
    s.line((60, "Datum", True), (200, "2024-03-12"))
    s.line((60, "Närvarande", True), (200, "Eva Nord, Per Ek, Lena Ås"))
    s.space(10)
    for n, title in enumerate(TITLES, start=1):
        label = form.format(n=n)
        if below:
            s.line((60, label), bold=bold)
            s.line((60, title), bold=bold, gap=16)
        else:
            s.line((60, f"{label} {title}"), bold=bold, gap=16)
        s.line((60, f"Ordföranden redogjorde för frågan om {title.lower()} och den diskuterades."))
        s.line((60, "Mötet beslutar att godkänna förslaget."), gap=22)
    return s.render(path)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("bold", "below"), [(True, False), (False, False), (True, True), (False, True)])
def test_every_numbering_form_reads_into_the_same_items(tmp_path, form, bold, below):
    record = extract_document(_minutes(tmp_path / "m.pdf", form, bold, below))
    assert record.kind is Kind.PROTOKOLL
    assert [(i.number, i.title) for i in record.items] == list(enumerate(TITLES, start=1))
    if "§" in form:
        assert [i.label for i in record.items] == [form.format(n=n) for n in range(1, 6)]
    assert all(i.parent_label is None for i in record.items)


def _dagordning(path: Path, form: str, title: str | None, rows: list[str]) -> Path:
    s = Sheet()
    s.line((60, "Brf Exempelgården"), size=12, bold=True, gap=20)
    if title:
        s.line((60, title), size=14, bold=True, gap=22)
    s.line((60, "Tid: Onsdagen den 24 april 2024 kl. 19.00"))
    s.line((60, "Plats: Föreningslokalen"), gap=24)
    for n, row in enumerate(rows, start=1):
        s.line((72, f"{form.format(n=n)} {row}"))
    return s.render(path)


STAMMA = ["Stämmans öppnande.", "Val av stämmoordförande.", "Val av två justerare.", "Godkännande av dagordningen.",
          "Fråga om ansvarsfrihet för styrelsen.", "Övriga frågor.", "Stämmans avslutande."]


@pytest.mark.parametrize("form", ["{n}.", "§{n}", "§ {n}", "Punkt {n}", "{n})"])
@pytest.mark.parametrize("title", ["DAGORDNING", "Föreningsstämma 2024", None])
def test_the_rows_of_a_one_page_dagordning_are_items(tmp_path, form, title):
    """'1. Stämmans öppnande.' or '§1 Mötet öppnas': a list of rows with nothing
    under them is a dagordning, titled or not; its titles lose the full stop."""
    record = extract_document(_dagordning(tmp_path / "d.pdf", form, title, STAMMA))
    assert record.kind is Kind.KALLELSE
    assert [(i.number, i.title) for i in record.items] == [(n, t.rstrip(".")) for n, t in enumerate(STAMMA, start=1)]
    assert all(i.source.value == "kallelse" for i in record.items)


def test_a_letter_whose_line_wraps_at_a_time_keeps_its_proposed_agenda(tmp_path):
    """A kallelse in letter prose whose sentence wraps so a line opens with a
    time ('18.00 i Föreningsstugan'): no item is numbered 18.00, and the
    'Förslag till dagordning' below is still read."""
    s = Sheet()
    s.line((60, "Kallelse till årsmöte"), size=15, bold=True, gap=24)
    s.line((60, "Välkommen till Exempelföreningens årsmöte tisdagen den 12 mars 2024 kl"))
    s.line((60, "18.00 i Föreningsstugan, Exempelvägen 4. Vi bjuder på kaffe från kl"))
    s.line((60, "17.30."), gap=24)
    s.line((60, "Förslag till dagordning"), bold=True, gap=18)
    for n, title in enumerate(STAMMA, start=1):
        s.line((60, f"{n}. {title}"))
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert not [p.message for p in record.problems if "could not" in p.message]
    assert record.kind is Kind.KALLELSE
    assert [(i.number, i.title) for i in record.items] == [(n, t.rstrip(".")) for n, t in enumerate(STAMMA, start=1)]


# ---------------------------------------------------------------- titles


@pytest.mark.parametrize(("title", "expected"), [
    ("Exempelföreningen Årsmötesprotokoll 2024", Kind.PROTOKOLL),
    ("Föreningens vårmöte 2023 - Protokoll (2023-04-12)", Kind.PROTOKOLL),
    ("Sektionsmötesprotokoll 2024-02-01", Kind.PROTOKOLL),
    ("Mötesanteckningar styrelsemöte 12 mars", Kind.PROTOKOLL),
    ("Exempelföreningen Årsmöteskallelse", Kind.KALLELSE),
    ("Kallelse till årsstämma 2025-04-28", Kind.KALLELSE),
    ("Tillsynsprotokoll enskild väg", Kind.UNDERLAG),
    ("Tjänsteskrivelse", Kind.UNDERLAG),
])
def test_a_title_anywhere_in_a_short_line_names_the_kind(title, expected):
    found = kinds.title_in(_line(title, bold=True), top=True, size=10.0)
    assert found is not None and found[0] is expected


def test_a_sentence_opening_with_a_title_names_the_kind():
    line = _line("Protokoll fört vid sammanträde med kultur- och fritidsnämnden den 7 februari 2020 kl. 11.15–16.00 i Kommunkontoret")
    assert kinds.title_in(line, top=True, size=10.0)[:2] == (Kind.PROTOKOLL, kinds.TITLE)


@pytest.mark.parametrize("text", ["4. Föregående protokoll", "§ 3 Justering av protokollet",
                                  "Revidering av samverkansavtal hälso- och sjukvård",
                                  "Protokollet justeras av ordföranden och en justerare den 12 mars på kansliet"])
def test_an_item_or_a_sentence_is_no_title(text):
    assert kinds.title_in(_line(text), top=True, size=10.0) is None


def _line(text: str, bold: bool = False) -> Line:
    words, x = [], 60.0
    for w in text.split():
        words.append(Word(w, x, x + 5.0 * len(w), 100.0, 110.0, 10.0, bold))
        x += 5.0 * len(w) + 3.0
    return Line((tuple(words),))


@pytest.mark.parametrize("title", ["Exempelföreningen Årsmötesprotokoll 2024", "Föreningens vårmöte 2023 - Protokoll (2023-04-12)"])
def test_association_minutes_titled_in_a_line_are_minutes_with_their_items(tmp_path, title):
    s = Sheet()
    s.line((60, title), size=14, bold=True, gap=24)
    s.line((60, "Närvarande: Eva Nord, Per Ek och Lena Ås"), gap=24)
    for n, t in enumerate(["Mötets öppnande", "Val av mötesordförande", "Val av justerare", "Övriga frågor"], start=1):
        s.line((60, f"{n}. {t}"), bold=True, gap=16)
        s.line((60, "Frågan diskuterades och mötet beslutade enligt förslaget."), gap=22)
    record = extract_document(s.render(tmp_path / "a.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert [i.number for i in record.items] == [1, 2, 3, 4]
    assert not [p for p in record.problems if "title says" in p.message]


# ---------------------------------------------------------------- the control case


def _plain_rendering(path: Path, text: str) -> Path:
    """Text set plainly, one size, no bold: a label and its value (a tab
    between them) in two columns, long lines wrapped, a blank line a space."""
    s = Sheet(top=60.0)
    for raw in text.splitlines():
        raw = raw.replace("**", "").rstrip()
        if not raw:
            s.space(6)
            continue
        label, tab, value = raw.partition("\t")
        if tab:
            lines = textwrap.wrap(value, 62) or [""]
            s.line((60, label), (200, lines[0]))
            for more in lines[1:]:
                s.line((200, more))
        else:
            for part in textwrap.wrap(raw, 92):
                s.line((60, part))
    return s.render(path)


def test_plain_rendering_of_our_minutes_is_a_protokoll_with_its_14_paragraphs(tmp_path):
    """The issue's control case: first lines 'Plats och tid', 'Beslutande',
    'Justerat av', 'ANSLAG/BEVIS', no title word; '§1' alone on its line with
    the title below; 'Paragrafen är justerad' after each §."""
    text = (Path(__file__).parent / "data" / "svom-2025-03-07-protokoll.txt").read_text(encoding="utf-8")
    record = extract_document(_plain_rendering(tmp_path / "svom.pdf", text))
    assert record.kind is Kind.PROTOKOLL
    assert [i.label for i in record.items] == [f"§{n}" for n in range(1, 15)]
    assert record.items[1].title == "Val av justerare"
    assert record.items[13].title == "Mötet avslutas"
    assert all(i.attested for i in record.items)


# ---------------------------------------------------------------- an underlag with a § series


def test_an_underlag_holding_a_paragraph_series_says_so(tmp_path):
    s = Sheet()
    s.line((60, "Tjänsteskrivelse"), size=16, bold=True, gap=22)
    s.line((60, "Utredning om lokalförsörjning inför 2025"), gap=24)
    s.line((60, "Bakgrund"), bold=True)
    s.line((60, "Frågan har behandlats av nämnden vid tre tillfällen, vilkas protokollsutdrag återges här."), gap=20)
    for n, t in ((12, "Lokaler för förskolan"), (13, "Lokaler för skolan"), (14, "Lokaler för äldreomsorgen")):
        s.line((60, f"§ {n} {t}"), bold=True, gap=16)
        s.line((60, "Förvaltningen har tagit fram ett underlag som redovisar behoven."), gap=20)
    s.line((60, "Förvaltningens bedömning"), bold=True)
    s.line((60, "Förvaltningen bedömer att behoven kan mötas inom befintlig ram."))
    record = extract_document(s.render(tmp_path / "u.pdf"))
    assert record.kind is Kind.UNDERLAG and record.items == []
    [problem] = [p for p in record.problems if "§ headings" in p.message]
    assert problem.page_no == 1 and "§ 12" in problem.message and "§ 14" in problem.message


# ---------------------------------------------------------------- what is no item


def test_contents_a_list_inside_a_paragraph_and_a_quoted_handling_are_no_items(tmp_path):
    s = Sheet()
    s.line((60, "Protokoll"), size=16, bold=True, gap=22)
    s.line((60, "Kommunstyrelsen 2024-05-06"), gap=20)
    s.line((60, "Innehåll"), bold=True)
    for n, t in enumerate(["Sammanträdets öppnande", "Val av justerare", "Budget 2025", "Sammanträdets avslutande"], start=1):
        s.line((60, f"§ {n} {t} {'.' * 40} {n + 1}"))
    for n, t in enumerate(["Sammanträdets öppnande", "Val av justerare", "Budget 2025", "Sammanträdets avslutande"], start=1):
        s.new_page()
        s.line((60, f"§ {n} {t}"), size=12, bold=True, gap=20)
        if n == 3:
            s.line((60, "KS § 437 2023-12-13"), gap=16)
            s.line((60, "Förslag till beslut"), bold=True)
            for k, point in enumerate(["Anta budgeten för 2025.", "Fastställa skattesatsen.", "Ge förvaltningen i uppdrag att följa upp."], start=1):
                s.line((80, f"{k}. {point}"))
            s.line((60, "Beslut"), bold=True)
            s.line((60, "Kommunstyrelsen beslutar enligt förslaget."))
        else:
            s.line((60, "Ordföranden redogjorde för ärendet och kommunstyrelsen beslutade enligt förslaget."))
    record = extract_document(s.render(tmp_path / "ks.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert [(i.label, i.page_start) for i in record.items] == [("§ 1", 2), ("§ 2", 3), ("§ 3", 4), ("§ 4", 5)]
    assert "1. Anta budgeten" in record.items[2].proposal


# ---------------------------------------------------------------- sub-items


def _with_subs(path: Path, subs: list[str], bold_subs: bool = True, form: str = "{n}.") -> Path:
    """An årsmöte's minutes with bold items numbered in `form`; item 5 has sub-items."""
    s = Sheet()
    s.line((60, "Protokoll fört vid årsmöte i Exempelföreningen"), size=14, bold=True, gap=22)
    s.line((60, "Datum: 2024-03-20"), gap=22)
    for n, t in enumerate(["Mötets öppnande", "Val av mötesordförande", "Val av justerare", "Godkännande av dagordningen",
                           "Motioner", "Övriga frågor"], start=1):
        s.line((60, f"{form.format(n=n)} {t}"), bold=True, gap=16)
        if n == 5:
            for sub, title in zip(subs, ["Motion om en cykelställning", "Motion om fler soptunnor"]):
                s.line((60, f"{sub} {title}"), bold=bold_subs, gap=16)
                s.line((60, "Mötet beslutar att bifalla motionen."), gap=20)
        else:
            s.line((60, "Mötet beslutar enligt förslaget."), gap=20)
    return s.render(path)


@pytest.mark.parametrize(("subs", "labels"), [
    (["5.1", "5.2"], ["5.1", "5.2"]),
    (["5 a", "5 b"], ["5 a", "5 b"]),
    (["5a)", "5b)"], ["5a", "5b"]),
    (["a)", "b)"], ["a)", "b)"]),
])
def test_sub_items_are_items_under_their_parent(tmp_path, subs, labels):
    record = extract_document(_with_subs(tmp_path / "s.pdf", subs))
    assert record.kind is Kind.PROTOKOLL
    assert [i.number for i in record.items] == [1, 2, 3, 4, 5, 5, 5, 6]
    subs_read = [i for i in record.items if i.parent_label]
    assert [(i.label, i.parent_label, i.title) for i in subs_read] == [
        (labels[0], "5", "Motion om en cykelställning"), (labels[1], "5", "Motion om fler soptunnor")]
    assert record.items[4].title == "Motioner" and record.items[4].parent_label is None


def test_lettered_points_in_running_text_are_no_items(tmp_path):
    record = extract_document(_with_subs(tmp_path / "s.pdf", ["a)", "b)"], bold_subs=False))
    assert [i.number for i in record.items] == [1, 2, 3, 4, 5, 6]
    assert all(i.parent_label is None for i in record.items)


def test_sub_items_are_stored_with_their_parent_label(tmp_path):
    from warehouse.load import Warehouse
    from warehouse.read import document_view

    record = extract_document(_with_subs(tmp_path / "s.pdf", ["5.1", "5.2"]))
    with Warehouse(tmp_path / "w.duckdb") as wh:
        for _ in range(2):  # loading again changes nothing
            wh.load_document(record)
        rows = wh.con.execute("SELECT number, label, parent_label FROM items ORDER BY number, parent_label NULLS FIRST, label").fetchall()
        view = document_view(wh, record.document_id)
    assert rows[4:7] == [(5, None, None), (5, "5.1", "5"), (5, "5.2", "5")]
    assert [(i["label"], i["parent_label"]) for i in view["items"]][4:7] == [(None, None), ("5.1", "5"), ("5.2", "5")]


# ---------------------------------------------------------------- the decision itself


def test_the_decision_weighs_the_evidence_and_says_why():
    e = kinds.Evidence
    titled = kinds.decide([e(Kind.KALLELSE, 5.0, "the title 'Dagordning'"), e(Kind.PROTOKOLL, 2.5, "§ series")], 300, Kind.KALLELSE)
    assert titled.kind is Kind.KALLELSE
    outweighed = kinds.decide([e(Kind.KALLELSE, 4.0, "the title 'Ärendelista'"), e(Kind.PROTOKOLL, 2.5, "a rising series of § headings"),
                               e(Kind.PROTOKOLL, 4.5, "'paragrafen är justerad'")], 300, Kind.KALLELSE)
    assert outweighed.kind is Kind.PROTOKOLL and "paragrafen är justerad" in outweighed.why()
    assert kinds.decide([], 300).kind is Kind.UNDERLAG
    assert kinds.decide([], 5).kind is Kind.UNKNOWN


def test_a_list_inside_the_one_paragraph_of_an_extract_is_no_item(tmp_path):
    s = Sheet()
    s.line((60, "Protokollsutdrag"), size=16, bold=True, gap=22)
    s.line((60, "Socialnämnden 2024-04-23"), gap=24)
    s.line((60, "§ 45 Riktlinjer för bistånd"), size=12, bold=True, gap=20)
    s.line((60, "Förslag till beslut"), bold=True)
    for k, point in enumerate(["Anta riktlinjerna.", "Upphäva de tidigare riktlinjerna.", "Ge förvaltningen i uppdrag att följa upp."], start=1):
        s.line((60, f"{k}. {point}"))
    s.line((60, "Beslut"), bold=True)
    s.line((60, "Socialnämnden beslutar enligt förslaget."))
    record = extract_document(s.render(tmp_path / "utdrag.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert [i.label for i in record.items] == ["§ 45"]


def test_a_notice_numbered_with_paragraphs_is_not_read_from_the_lists_in_its_items(tmp_path):
    s = Sheet()
    s.line((60, "Kallelse"), size=16, bold=True, gap=22)
    s.line((60, "Kommunstyrelsen 2024-05-06 kl. 09.00"), gap=24)
    for n, t in enumerate(["Sammanträdets öppnande", "Val av justerare", "Budget 2025", "Övriga frågor"], start=1):
        s.line((60, f"KS § {n} {t}"), size=12, bold=True, gap=20)
        if n == 3:
            s.line((60, "Förslag till beslut"), bold=True)
            for k, point in enumerate(["Anta budgeten.", "Fastställa skattesatsen.", "Ge förvaltningen i uppdrag att följa upp.",
                                       "Redovisa utfallet i oktober."], start=1):
                s.line((60, f"{k}. {point}"))
        else:
            s.line((60, "Ärendet föredras av kommundirektören."), gap=20)
    record = extract_document(s.render(tmp_path / "kallelse.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [i.label for i in record.items] == ["KS § 1", "KS § 2", "KS § 3", "KS § 4"]
    assert all(i.source.value == "kallelse" for i in record.items)


@pytest.mark.parametrize(("form", "subs"), [("§ {n}", ["5.1", "5.2"]), ("{n} §", ["5.1", "5.2"]), ("SocSam § {n}", ["5.1", "5.2"])])
def test_sub_items_under_paragraph_headings(tmp_path, form, subs):
    record = extract_document(_with_subs(tmp_path / "p.pdf", subs, form=form))
    assert record.kind is Kind.PROTOKOLL
    parent = form.format(n=5)
    assert [(i.label, i.parent_label) for i in record.items][4:7] == [(parent, None), (subs[0], parent), (subs[1], parent)]
    assert [i.number for i in record.items] == [1, 2, 3, 4, 5, 5, 5, 6]


@pytest.mark.parametrize("form", ["§ {n}", "KS § {n}"])
def test_a_notice_of_paragraph_rows_keeps_its_presenter_and_time_columns(tmp_path, form):
    s = Sheet()
    s.line((60, "Kallelse"), size=16, bold=True, gap=22)
    s.line((60, "Kommunstyrelsen 2024-05-06"), gap=22)
    s.line((60, "Ärende", True), (330, "Föredragande", True), (480, "Tid", True))
    for n, (t, who, at) in enumerate([("Mötet öppnas", "Ordföranden", "09.00"), ("Val av justerare", "Ordföranden", "09.05"),
                                      ("Budget 2025", "Anna Berg", "09.15"), ("Översiktsplan", "Per Ek", "10.00")], start=1):
        s.line((60, f"{form.format(n=n)} {t}"), (330, who), (480, at))
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [(i.label, i.title, i.scheduled_time) for i in record.items] == [
        (form.format(n=1), "Mötet öppnas", "09:00"), (form.format(n=2), "Val av justerare", "09:05"),
        (form.format(n=3), "Budget 2025", "09:15"), (form.format(n=4), "Översiktsplan", "10:00")]
    assert record.items[2].presenters == ["Anna Berg"]


def test_bare_letters_under_two_items_are_four_items(tmp_path):
    """'a)' under item 2 and 'a)' under item 3: the same printed label, two items (ids differ)."""
    s = Sheet()
    s.line((60, "Protokoll fört vid styrelsemöte"), size=14, bold=True, gap=22)
    for n, t in enumerate(["Mötets öppnande", "Motioner", "Val", "Mötets avslutande"], start=1):
        s.line((60, f"{n}. {t}"), bold=True, gap=16)
        if n in (2, 3):
            for sub, title in (("a)", f"Första delen av punkt {n}"), ("b)", f"Andra delen av punkt {n}")):
                s.line((60, f"{sub} {title}"), bold=True, gap=16)
                s.line((60, "Styrelsen beslutade enligt förslaget."), gap=20)
        else:
            s.line((60, "Mötet beslutar enligt förslaget."), gap=20)
    record = extract_document(s.render(tmp_path / "b.pdf"))
    subs = [i for i in record.items if i.parent_label]
    assert [(i.number, i.label, i.parent_label) for i in subs] == [(2, "a)", "2"), (2, "b)", "2"), (3, "a)", "3"), (3, "b)", "3")]
    assert len({i.item_id(record.document_id) for i in record.items}) == len(record.items) == 8


def test_lettered_rows_of_a_dagordning_stay_its_row_and_headings_in_plain_minutes_are_items(tmp_path):
    """'a. … b. … c.' one under the other under row 11 of a dagordning are
    that row's text; a plain 'a) Rapport från kassören' at the edge of plain
    minutes, with text of its own under it, is a sub-item."""
    rows = [*STAMMA[:4], "Motioner (Bilaga 4a-c)"]
    s = Sheet()
    s.line((60, "DAGORDNING"), size=14, bold=True, gap=22)
    for n, row in enumerate(rows, start=1):
        s.line((72, f"{n}. {row}"))
        if n == 5:
            for letter, motion in zip("abc", ["Motion om cykelställ", "Motion om soptunnor", "Motion om belysning"]):
                s.line((100, f"{letter}. {motion}"))
    s.line((72, "6. Stämmans avslutande."))
    notice = extract_document(s.render(tmp_path / "d.pdf"))
    assert notice.kind is Kind.KALLELSE and [i.number for i in notice.items] == [1, 2, 3, 4, 5, 6]

    m = Sheet()
    m.line((60, "Protokoll"), size=16, bold=True, gap=22)
    for n, t in enumerate(["Mötets öppnande", "Rapporter", "Mötets avslutande"], start=1):
        m.line((60, f"{n}. {t}"), gap=16)
        if n == 2:
            for letter, t2 in (("a)", "Rapport från kassören"), ("b)", "Rapport från festkommittén")):
                m.line((60, f"{letter} {t2}"), gap=16)
                m.line((60, "Rapporten lades till handlingarna."), gap=20)
        else:
            m.line((60, "Ordföranden öppnade och avslutade mötet."), gap=20)
    minutes = extract_document(m.render(tmp_path / "m.pdf"))
    assert minutes.kind is Kind.PROTOKOLL
    assert [(i.number, i.label, i.title) for i in minutes.items if i.parent_label] == [
        (2, "a)", "Rapport från kassören"), (2, "b)", "Rapport från festkommittén")]


def test_a_number_alone_at_the_top_of_a_page_is_an_item_not_a_page_number(tmp_path):
    s = Sheet()
    s.line((60, "Kallelse"), size=16, bold=True, gap=22)
    for n in range(1, 5):
        s.line((60, str(n)), bold=True, gap=16)
        s.line((60, f"Ärende nummer {n} om budget"), bold=True, gap=16)
        s.line((60, "Ärendet föredras av ekonomichefen."), gap=20)
    s.new_page()
    s.y = 50.0  # '5' stands where a page number would
    s.line((60, "5"), bold=True, gap=16)
    s.line((60, "Ärende nummer 5 om budget"), bold=True, gap=16)
    s.line((60, "Ärendet föredras av ekonomichefen."), gap=20)
    s.line((60, "6"), bold=True, gap=16)
    s.line((60, "Övriga frågor"), bold=True, gap=16)
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert [(i.number, i.title) for i in record.items][4:] == [(5, "Ärende nummer 5 om budget"), (6, "Övriga frågor")]


def test_a_sub_item_label_alone_has_its_title_below(tmp_path):
    s = Sheet()
    s.line((60, "Protokoll"), size=16, bold=True, gap=22)
    for label, title in (("§ 4", "Budget"), ("§ 5", "Anmälan av delegationsbeslut"), ("5.1", "Delegationsbeslut inom ekonomi"),
                         ("5.2", "Delegationsbeslut inom äldreomsorgen"), ("§ 6", "Övriga frågor")):
        s.line((60, label), bold=True, gap=15)
        s.line((60, title), bold=True, gap=16)
        s.line((60, "Nämnden beslutade att lägga redovisningen till handlingarna."), gap=20)
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [(i.label, i.parent_label, i.title) for i in record.items] == [
        ("§ 4", None, "Budget"), ("§ 5", None, "Anmälan av delegationsbeslut"), ("5.1", "§ 5", "Delegationsbeslut inom ekonomi"),
        ("5.2", "§ 5", "Delegationsbeslut inom äldreomsorgen"), ("§ 6", None, "Övriga frågor")]


def test_a_notice_of_paragraph_headings_takes_the_time_off_the_title(tmp_path):
    s = Sheet()
    s.line((60, "Kallelse till styrelsemöte"), size=16, bold=True, gap=22)
    for n, (t, at) in enumerate([("Mötets öppnande", "17.30"), ("Ekonomisk rapport", "17.45"), ("Övriga frågor", "18.30")], start=1):
        s.line((60, f"SM § {n} {t}: kl. {at}"), bold=True, gap=16)
        s.line((60, "Underlag skickas ut före mötet."), gap=20)
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert [(i.label, i.title, i.scheduled_time) for i in record.items] == [
        ("SM § 1", "Mötets öppnande", "17:30"), ("SM § 2", "Ekonomisk rapport", "17:45"), ("SM § 3", "Övriga frågor", "18:30")]


def test_a_misread_sign_after_the_number_is_read_the_way_the_series_rises():
    """On scanned minutes that print '8 §', OCR read '8 §' as '83': read as
    '§ 3' it breaks the series 7 → 9, read as '8 §' it fits."""
    from extractors.reading.placed import Placed
    from extractors.structure import minutes

    def ocr(page: int, text: str) -> Placed:
        words, at = [], 60.0
        for w in text.split():
            words.append(Word(w, at, at + 6 * len(w), 100.0, 110.0, 10.0, False))
            at += 6 * len(w) + 4
        return Placed(page, Line((tuple(words),)), 60.0, 540.0, ocr=True)

    placed = []
    for page, heading in enumerate(["6 § Budget", "7 § Val av revisorer", "83 Vårens möten", "9 § Övriga ärenden"], start=1):
        placed += [ocr(page, heading), ocr(page, "Ungdomsfullmäktige beslutade enligt förslaget.")]
    headings = minutes.find_headings(placed, 10.0)
    assert [(h.number, h.label) for h in headings] == [(6, "6 §"), (7, "7 §"), (8, "8 §"), (9, "9 §")]


def test_numbered_paragraphs_without_headings_are_items_whose_text_is_no_title(tmp_path):
    """A road association's minutes: '1/' alone on its line, the paragraph
    under it a sentence, not a title; a stray mark left of the text margin
    does not move the margin."""
    s = Sheet()
    s.line((78, "Protokoll från årsmötet 2010-08-15."), gap=22)
    paragraphs = ["Ordföranden hälsade samtliga välkomna och förklarade mötet öppnat.",
                  "Dagordningen fastställdes i enlighet med det förslag som sänts ut.",
                  "Till ordförande för mötet valdes Olle Ek och till sekreterare Rut Ek.",
                  "Kassören rapporterade om samfällighetens ekonomiska situation."]
    for n, text in enumerate(paragraphs, start=1):
        s.line((78, f"{n}/"), gap=14)
        s.line((78, text), gap=20)
        if n == 2:
            s.line((22, "v-"), gap=14)  # a speck of the scan
    record = extract_document(s.render(tmp_path / "v.pdf"))
    assert record.kind is Kind.PROTOKOLL
    assert [i.number for i in record.items] == [1, 2, 3, 4]
    assert all(not i.title.startswith(("Ordföranden", "Dagordningen")) for i in record.items)
    assert "Ordföranden hälsade" in (record.items[0].summary or "")


def test_an_untitled_report_that_proposes_and_recounts_decisions_is_an_underlag(tmp_path):
    s = Sheet()
    s.line((60, "Region Exempel"), size=12, bold=True, gap=20)
    s.line((60, "Underlag inför beslut om samverkan"), size=14, bold=True, gap=22)
    for text in ["Nämnden beslutade 2021 att inleda samverkan, och avtalet godkändes av fullmäktige.",
                 "Förvaltningen föreslår att avtalet förlängs ett år.",
                 "Avtalet föreslås gälla från och med den 1 januari 2023.",
                 "Förslag till beslut",
                 "Nämnden föreslås godkänna förlängningen."]:
        s.line((60, text), gap=16)
    record = extract_document(s.render(tmp_path / "u.pdf"))
    assert record.kind is Kind.UNDERLAG


def test_numbers_set_flush_right_before_their_titles_are_one_series(tmp_path):
    """A one-page dagordning whose numbers end where their titles begin
    ('9.' stands a digit right of '10.'), its long rows wrapped under their
    titles: every row is an item, a wrapped row's title whole."""
    digit, stop = 6.67, 3.34  # Helvetica at 12 pt: a digit is wider than a column's tolerance
    titles = [f"Punkt nummer {n} på stämman" for n in range(1, 15)]
    titles[11] = "Fråga om arvoden åt styrelsens ledamöter och föreningens revisorer för det"
    s = Sheet()
    s.line((200, "DAGORDNING"), size=18, bold=True, gap=26)
    s.line((150, "vid ordinarie föreningsstämma i Brf Exempelgården"), gap=24)
    for n, title in enumerate(titles, start=1):
        s.line((100 - len(str(n)) * digit - stop, f"{n}."), (106, title + ("" if n == 12 else ".")), size=12, gap=16)
        if n == 12:
            s.line((106, "kommande verksamhetsåret."), size=12, gap=16)
    s.space(12)
    s.line((80, "Handlingarna finns att hämta hos styrelsen. Välkomna!"), size=9)
    record = extract_document(s.render(tmp_path / "d.pdf"))
    assert record.kind is Kind.KALLELSE
    assert [i.number for i in record.items] == list(range(1, 15))
    assert record.items[11].title == titles[11] + " kommande verksamhetsåret"
    assert record.items[12].title == "Punkt nummer 13 på stämman"


def _ocr_line(page: int, text: str, x: float = 60.0):
    from extractors.reading.placed import Placed

    words, at = [], x
    for w in text.split():
        words.append(Word(w, at, at + 6 * len(w), 100.0, 110.0, 10.0, False))
        at += 6 * len(w) + 4
    return Placed(page, Line((tuple(words),)), 60.0, 540.0, ocr=True)


def test_a_sign_ocr_read_as_other_marks_fills_the_gap_the_series_leaves():
    """Scanned board minutes numbered on from the last meeting ('§ 41' …):
    OCR read the sign of three headings as 'g', 'S' and 'ss'. Where the
    series stands, and in the order the gap needs, they are headings; a mark
    and number indented into the text, or a number the gap does not need,
    are not."""
    from extractors.structure import minutes

    lines = [("§ 41 Mötets öppnande", 60), ("Ordföranden öppnade mötet.", 60),
             ("§ 42 Val av justerare", 60), ("Till justerare valdes Eva Lund.", 60),
             ("g 43 Föregående protokoll", 60), ("Protokollet lades till handlingarna.", 60),
             ("S 44 Ekonomisk rapport", 60), ("Kassören redogjorde för kontot.", 60),
             ("ss 45 Utsättning av fisk", 60), ("Mötet beslutade att köpa sättfisk.", 60),
             ("nr 47 Bryggan", 60),  # not the number the gap needs next
             ("ca 46 Medlemmar har betalat avgiften.", 90),  # indented into the text
             ("§ 47 Fiskevårdsdag", 60), ("Dagen hålls i juni.", 60),
             ("§ 48 Mötets avslutande", 60), ("Ordföranden avslutade mötet.", 60)]
    placed = [_ocr_line(1, text, x) for text, x in lines]
    headings = minutes.find_headings(placed, 10.0)
    assert [(h.number, h.label, " ".join(w.text for w in h.rest)) for h in headings] == [
        (41, "§ 41", "Mötets öppnande"), (42, "§ 42", "Val av justerare"), (43, "§ 43", "Föregående protokoll"),
        (44, "§ 44", "Ekonomisk rapport"), (45, "§ 45", "Utsättning av fisk"), (47, "§ 47", "Fiskevårdsdag"),
        (48, "§ 48", "Mötets avslutande")]


def test_a_misread_mark_on_a_page_with_a_text_layer_is_no_heading():
    """On a page with a text layer a 'g 43' is what the document prints, not a misread sign."""
    from extractors.structure import minutes

    placed = [_ocr_line(1, t) for t in ("§ 41 Mötets öppnande", "Text.", "§ 42 Val av justerare", "Text.",
                                          "g 43 Föregående protokoll", "Text.", "§ 44 Övriga frågor")]
    placed = [dataclasses.replace(p, ocr=False) for p in placed]
    assert [h.number for h in minutes.find_headings(placed, 10.0)] == [41, 42, 44]


def _table(path: Path, title: str, header: tuple[str, ...], rows: list[tuple[str, ...]], xs: tuple[float, ...], centred: bool) -> Path:
    """Rows set as a table under a header row, each cell's lines at the top
    of its row or centred on the row's number line (which stands alone)."""
    pitch = 13.0
    s = Sheet()
    s.line((60, title), size=14, bold=True, gap=20)
    s.line((60, "Föreningen Exempelbryggan, 2024-04-02"), gap=16)
    s.line((60, "Närvarande: Eva Nord (ordförande), Per Ek, Lena Ås"), gap=22)
    s.line(*[(x, h, True) for x, h in zip(xs, header)], gap=18)
    for row in rows:
        cells = [[c] if isinstance(c, str) else list(c) for c in row]
        height = max(len(c) for c in cells)
        page = s.pages[-1]
        for x, lines in zip(xs, cells):
            start = s.y + ((height - len(lines)) / 2 * pitch if centred else 0.0)
            for k, text in enumerate(lines):  # '**' opens a line set in bold
                page.append(Text(x, start + k * pitch, text.removeprefix("**"), bold=text.startswith("**")))
        s.y += height * pitch + 8
    s.space(20)
    s.line((60, "Vid protokollet"), gap=30)
    s.line((60, "Lena Ås"))
    return s.render(path)


@pytest.mark.parametrize("centred", [True, False])
def test_a_protokoll_set_as_a_table_reads_title_and_decision_from_their_columns(tmp_path, centred):
    """'Nr | Fråga | Beslut / anteckning': a title wrapped in its cell, a
    decision of three lines beside a number of one — set at the top of the
    row or centred on it; a cell's note of what was discussed, and the
    meeting's opening and closing, are no decision."""
    rows = [("Punkt 1", "Mötets öppnande", "Ordföranden Eva Nord öppnade mötet kl. 18.00."),
            ("Punkt 2", ("Val av", "justerare"), "Per Ek utsågs att justera protokollet."),
            ("Punkt 3", "Bryggan", ("Diskuterades hur bryggan ska lagas i vår.", "Styrelsen beslutade att köpa",
                                    "virke för högst 8 000 kr.")),
            ("Punkt 4", ("Medlems-", "avgift för", "nästa år"), ("Avgiften fastställdes till", "300 kr.")),
            ("Punkt 5", "Mötets avslutande", "Ordföranden avslutade mötet kl. 19.30.")]
    record = extract_document(_table(tmp_path / "t.pdf", "Protokoll styrelsemöte", ("Nr", "Fråga", "Beslut / anteckning"),
                                     rows, (60, 120, 260), centred))
    assert record.kind is Kind.PROTOKOLL
    assert [(i.number, i.title, i.decision) for i in record.items] == [
        (1, "Mötets öppnande", None),
        (2, "Val av justerare", "Per Ek utsågs att justera protokollet."),
        (3, "Bryggan", "Styrelsen beslutade att köpa virke för högst 8 000 kr."),
        (4, "Medlemsavgift för nästa år", "Avgiften fastställdes till 300 kr."),
        (5, "Mötets avslutande", None)]
    assert record.items[2].summary == "Diskuterades hur bryggan ska lagas i vår."


def test_a_notice_set_as_a_table_reads_each_field_from_the_column_its_header_names(tmp_path):
    """'Punkt | Ärende | Förslag till beslut | Föredragande | Tid': each
    column holds its field, cells wrapped at the top of their rows."""
    rows = [("1.", "Mötets öppnande", "", "Ordförande", "18.00"),
            ("2.", ("Budget för", "nästa år"), ("Styrelsen föreslår att", "budgeten fastställs."), "Per Ek", "18.10"),
            ("3.", "Bryggan", "Att bryggan lagas i maj.", ("Lena Ås,", "Per Ek"), "18.40"),
            ("4.", "Mötets avslutande", "", "", "19.30")]
    record = extract_document(_table(tmp_path / "k.pdf", "Kallelse till styrelsemöte",
                                     ("Punkt", "Ärende", "Förslag till beslut", "Föredragande", "Tid"),
                                     rows, (60, 100, 220, 380, 490), centred=False))
    assert record.kind is Kind.KALLELSE
    assert [(i.number, i.title, i.proposal, i.presenters, i.scheduled_time) for i in record.items] == [
        (1, "Mötets öppnande", None, ["Eva Nord"], "18:00"),
        (2, "Budget för nästa år", "Styrelsen föreslår att budgeten fastställs.", ["Per Ek"], "18:10"),
        (3, "Bryggan", "Att bryggan lagas i maj.", ["Lena Ås", "Per Ek"], "18:40"),
        (4, "Mötets avslutande", None, [], "19:30")]


def test_specks_beside_a_scanned_heading_are_no_part_of_its_title():
    """OCR read specks in the margin right of a heading as a cell of short
    'words' ('SS', '.'): the title ends before them; a cell with a word of
    its own stays."""
    from extractors.reading.placed import Placed
    from extractors.structure import minutes

    def line(text: str, cell: str) -> Placed:
        first = _ocr_line(1, text).line.words
        right = tuple(Word(w, 400.0 + 20 * k, 412.0 + 20 * k, 100.0, 110.0, 10.0, False) for k, w in enumerate(cell.split()))
        return Placed(1, Line((first, right)), 60.0, 540.0, ocr=True)

    placed = [line("§ 7 Ekonomisk rapport", "SS ."), _ocr_line(1, "Kassören redogjorde."),
              line("§ 8 Fiskekort", "Bilaga"), _ocr_line(1, "Mötet beslutade att sälja fiskekort.")]
    assert [" ".join(w.text for w in h.rest) for h in minutes.find_headings(placed, 10.0)] == [
        "Ekonomisk rapport", "Fiskekort Bilaga"]


def test_in_minutes_that_print_the_sign_after_the_number_a_misread_sign_after_it_fills_the_gap():
    from extractors.structure import minutes

    placed = []
    for heading in ["6 § Budget", "7 g Val av revisorer", "8 S Vårens möten", "9 § Övriga ärenden"]:
        placed += [_ocr_line(1, heading), _ocr_line(1, "Styrelsen beslutade enligt förslaget.")]
    assert [(h.number, h.label) for h in minutes.find_headings(placed, 10.0)] == [(6, "6 §"), (7, "7 §"), (8, "8 §"), (9, "9 §")]


def test_a_last_row_does_not_run_into_the_smaller_note_under_it(tmp_path):
    """Rows in 10.5 pt with a right-hand attachment column, a closing note in
    9.5 pt right under the last (both sizes round to 10): the note is no part
    of its title, nor the lettered points in small print under a row."""
    s = Sheet()
    s.line((60, "Föredragningslista sektionsmöte"), size=14, bold=True, gap=22)
    rows = [("Mötet öppnas", None), ("Val av justerare", None), ("Ekonomisk rapport", "Bilaga 1"),
            ("Val till förtroendeposter", "Bilaga 2"), ("Övriga frågor", None), ("Mötet avslutas", None)]
    for n, (title, attachment) in enumerate(rows, start=1):
        cells = [(60, f"§{n}", True), (100, title)] + ([(480, attachment)] if attachment else [])
        s.line(*cells, size=10.5, gap=16)
        if n == 4:
            for letter, post in (("a)", "Vice ordförande"), ("b)", "Kassör")):
                s.line((116, f"{letter} {post}"), size=9.5, gap=13)
    s.line((60, "Alla medlemmar är välkomna och har rösträtt på mötet."), size=9.5, gap=13)
    s.line((60, "Styrelsen"), size=9.5)
    record = extract_document(s.render(tmp_path / "f.pdf"))
    assert [i.title for i in record.items] == [t for t, _ in rows]


def test_numbers_centred_a_little_past_the_margins_reach_stand_with_the_others(tmp_path):
    """A board's minutes set as a table whose 'Punkt' column is wider than
    the margin's reach: the numbers of page 1 stand within it, those of page 2
    (whose margin a signature sets) a hair past it, at the same edge — they are
    one series; a line numbered a body size further in is no row."""
    s = Sheet()
    s.line((40, "Protokoll"), size=16, bold=True, gap=22)
    s.line((40, "Styrelsemöte i Exempelbyns vägförening"), gap=20)
    s.line((40, "Punkt"), (90, "Vad"), gap=16)
    for n in range(1, 5):
        s.line((59.5, f"{n}."), (90, f"Ärende nummer {n}"), bold=True, gap=14)
        s.line((90, "Styrelsen beslutade att lägga informationen till handlingarna."), gap=18)
    s.new_page()
    for n in range(5, 7):
        s.line((60.4, f"{n}."), (90, f"Ärende nummer {n}"), bold=True, gap=14)
        s.line((71, "9. Lista i punkten som inte är något ärende"), gap=14)
        s.line((90, "Styrelsen beslutade att lägga informationen till handlingarna."), gap=18)
    s.line((40, "Vid protokollet"), gap=16)
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [i.number for i in record.items] == [1, 2, 3, 4, 5, 6]
    assert record.items[5].title == "Ärende nummer 6"


@pytest.mark.parametrize("centred", [True, False])
def test_a_table_cell_that_opens_with_a_bold_heading_holds_the_title_and_the_text_under_it(tmp_path, centred):
    """'§ | Ärende | Beslut': the heading in bold on the cell's first line, the
    item's text under it in plain type — who informed is the presenter; a
    dash in the decision cell is no decision."""
    rows = [("34", ("**Mötets öppnande", "Ordföranden hälsade välkommen."), "–"),
            ("35", ("**Varvet och", "**sjösättning", "Leif Askenbom informerade om sjösättningen.", "Kranbil är bokad.",
                    "Bilaga: Offert på kranbil"),
             ("Styrelsen beslöt att godkänna", "kostnaden för kranbil.")),
            ("36", ("**Övriga frågor", "Inga övriga frågor."), ("–", "Nästa möte hålls 2024-05-14.")),
            ("37", "**Mötets avslutande", "–")]
    record = extract_document(_table(tmp_path / "t.pdf", "Styrelseprotokoll nr 4/2024", ("§", "Ärende", "Beslut"),
                                     rows, (60, 90, 330), centred))
    assert [(i.number, i.title, i.decision) for i in record.items] == [
        (34, "Mötets öppnande", None),
        (35, "Varvet och sjösättning", "Styrelsen beslöt att godkänna kostnaden för kranbil."),
        (36, "Övriga frågor", "Nästa möte hålls 2024-05-14."),
        (37, "Mötets avslutande", None)]
    assert record.items[1].presenters == ["Leif Askenbom"]
    assert "Kranbil är bokad" in record.items[1].summary and "Bilaga" not in record.items[1].summary
    assert [a.title for a in record.items[1].attachments] == ["Offert på kranbil"]


def test_scanned_pages_fed_askew_of_each_other_keep_one_series_from_each_pages_margin():
    """A scan whose second page lies 7 points right of the first: its last
    row stands where the rows of page 1 stand, counted from its own page's
    margin; on a page with a text layer the shift would set it apart."""
    from extractors.structure import chain

    def page(no: int, shift: float, rows: list[str]):
        out = []
        for text in rows:
            out += [_ocr_line(no, text, 72.7 + shift), _ocr_line(no, "Mötet beslutade att godkänna förslaget.", 98 + shift),
                    _ocr_line(no, "Diskuterades.", 72.5 + shift)]
        return out

    placed = page(1, 0.0, ["1. Mötets öppnande", "2. Val av justerare", "3. Budget"]) + page(2, 7.2, ["4. Mötets avslutande"])
    assert [r.number for r in chain.numbered_rows(placed, 10.0)] == [1, 2, 3, 4]
    printed = [dataclasses.replace(p, ocr=False) for p in placed]
    assert [r.number for r in chain.numbered_rows(printed, 10.0)] == [1, 2, 3]


def test_plain_paragraph_headings_after_a_full_line_wrapped_titles_and_sub_items_set_in(tmp_path):
    """A brf's stämma in one plain type: '§ 17.' under a decision that ended
    at the margin is a heading; '§ 19. Av styrelsen … av föreningsmedlem' /
    'anmälda ärenden (motioner)' is a title wrapped once; the motions
    '19.1', '19.2' set in under it are its sub-items; a typewriter's dashes
    after a title are no part of it; 'Bilaga 1: Röstlängd' names one
    attachment and the decision under it stays the decision."""
    s = Sheet()
    s.line((70, "PROTOKOLL fört vid ordinarie föreningsstämma i Brf Exempelstenen"), size=12, bold=True, gap=26)
    s.line((70, "§ 16. Val av styrelseledamöter och suppleanter"), gap=17)
    s.line((110, "Stämman beslutade att välja styrelse i enlighet med valberedningens förslag och"))
    s.line((110, "att välja Anna Berg som suppleant för ett år enligt valberedningens förslag."), gap=24)
    s.line((70, "§ 17. Val av revisor och revisorssuppleant"), gap=17)
    s.line((110, "Stämman beslutade att välja Revisionsbyrån Ekvall AB."), gap=24)
    s.line((70, "§ 18. Godkännande av röstlängd --------------------"), gap=17)
    s.line((110, "Bilaga 1: Röstlängd"))
    s.line((110, "Stämman beslutade att godkänna röstlängden."), gap=24)
    s.line((70, "§ 19. Av styrelsen till stämman hänskjutna frågor samt av föreningsmedlemmar"))
    s.line((110, "anmälda ärenden (motioner)"))
    s.line((110, "Tre motioner hade kommit in inom stadgeenlig tid."), gap=22)
    for k, title in enumerate(["Motion om laddplatser", "Motion om hönshus", "Motion om tvättstugan"], 1):
        s.line((99, f"19.{k} {title}"), gap=17)
        s.line((130, "Stämman beslutade att avslå motionen."), gap=22)
    s.line((70, "§ 20. Stämmans avslutande"), gap=17)
    s.line((110, "Ordföranden avslutade stämman."))
    record = extract_document(s.render(tmp_path / "p.pdf"))
    assert [(i.number, i.label) for i in record.items] == [
        (16, "§ 16"), (17, "§ 17"), (18, "§ 18"), (19, "§ 19"), (19, "19.1"), (19, "19.2"), (19, "19.3"), (20, "§ 20")]
    assert record.items[2].title == "Godkännande av röstlängd"
    assert [a.title for a in record.items[2].attachments] == ["Röstlängd"]
    assert record.items[2].decision == "Stämman beslutade att godkänna röstlängden."
    assert record.items[3].title.startswith("Av styrelsen till stämman")
    assert record.items[4].parent_label == "§ 19" and record.items[4].title == "Motion om laddplatser"


def test_a_notice_of_ärende_headings_with_times_and_sub_items_set_in(tmp_path):
    """'Ärende 1 (ca kl. 09.30)' over 'Sammanträdets öppnande': the number's
    line holds the time, the title is below; '12.1' set in under 'Ärende 12',
    alone on its line, heads a motion of its own."""
    s = Sheet()
    s.line((60, "KALLELSE"), size=16, bold=True, gap=24)
    s.line((60, "Regionfullmäktige kallas till sammanträde tisdagen den 23 april 2024 kl. 09.30."), gap=24)
    s.line((60, "Föredragningslista"), bold=True, gap=22)
    for n, (time, title) in enumerate([("(ca kl. 09.30)", "Sammanträdets öppnande"), ("", "Val av justerare"),
                                       ("(ca kl. 10.15)", "Årsredovisning 2023")], 1):
        s.line((60, f"Ärende {n} {time}".strip()), bold=True, gap=15)
        s.line((60, title), bold=True, gap=16)
        s.line((60, "Förslag till beslut"), bold=True, gap=14)
        s.line((60, "Regionfullmäktige godkänner förslaget."), gap=22)
    s.line((60, "Ärende 4"), bold=True, gap=15)
    s.line((60, "Svar på motioner"), bold=True, gap=22)
    for k, title in enumerate(["Motion om fler vårdplatser", "Motion om tolktjänst"], 1):
        s.line((94, f"4.{k}"), bold=True, gap=15)
        s.line((94, title), bold=True, gap=16)
        s.line((94, "Förslag till beslut"), bold=True, gap=14)
        s.line((94, "Motionen avslås."), gap=22)
    s.line((60, "Ärende 5"), bold=True, gap=15)
    s.line((60, "Sammanträdets avslutande"), bold=True)
    record = extract_document(s.render(tmp_path / "k.pdf"))
    assert [(i.number, i.label, i.title, i.scheduled_time) for i in record.items] == [
        (1, None, "Sammanträdets öppnande", "09:30"), (2, None, "Val av justerare", None),
        (3, None, "Årsredovisning 2023", "10:15"), (4, None, "Svar på motioner", None),
        (4, "4.1", "Motion om fler vårdplatser", None), (4, "4.2", "Motion om tolktjänst", None),
        (5, None, "Sammanträdets avslutande", None)]
    assert record.items[4].proposal == "Motionen avslås."
