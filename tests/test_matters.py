"""Matters across bodies: every diarienummer form normalised, every reference
form read, bodies resolved by name, defined abbreviation and initials, and a
matter followed from one body's protokoll to another's in PDFs rendered here
(loaded in either order), plus `paragraf matter` on the bench's synthetic
warehouse."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extractors.entities import matters
from extractors.record import extract_document
from extractors.entities.agreements import catalogue
from pipeline import cli
from tests.pdfmaker import Sheet
from warehouse import synthetic
from warehouse.load import Warehouse
from warehouse.matters import MatterAmbiguous, MatterNotFound, find_matter, matter_path, resolve_body

# ---------------------------------------------------------------- diarienummer


@pytest.mark.parametrize(("printed", "normal"), [
    ("Dnr KS 2024/512", "KS 2024/512"),
    ("DNR:KU/2007.9", "KU 2007/9"),
    ("RS/2023/145", "RS 2023/145"),
    ("Diarienr SN 2025/123", "SN 2025/123"),
    ("Dnr 2023/12", "2023/12"),
    ("Dnr: SVOM 2023/12", "SVOM 2023/12"),
    ("Diarienummer: KFJH 2024/0031", "KFJH 2024/31"),  # leading zeros of the serial
    ("SN 2025/0112", "SN 2025/112"),
    ("KS/2024.10", "KS 2024/10"),
    ("KS/KU 2007/9", "KS/KU 2007/9"),
    ("LM2024/027148", "LM 2024/27148"),
    ("dnr 2023-00145", "2023/145"),
    ("KS 2023/145-3", "KS 2023/145"),  # document 3 of the matter
    ("STAD/302/00.01.03.01/2022", "STAD 2022/302"),  # Finland-Swedish: serial, classification code, year
    ("Dnro 123/2022", "2022/123"),
    ("15548-2024", "2024/15548"),
])
def test_every_diarienummer_form_has_one_normal_form(printed, normal):
    found = matters.case_number(printed)
    assert (found.normal, found.raw) == (normal, printed)


def test_a_number_no_form_fits_keeps_its_printed_form():
    found = matters.case_number("DNR:ABCDE/20014197")
    assert (found.normal, found.year, found.series) == ("ABCDE/20014197", None, None)
    assert matters.case_number("  ") is None


def test_a_labelled_number_is_found_in_a_line_and_others_are_not():
    assert matters.find_case_number("Datum: 2024-01-15  Diarienummer: KFJH 2024/0031").normal == "KFJH 2024/31"
    assert matters.find_case_number("Ert dnr 2023/12") is None
    assert matters.find_case_number("Budget 2024 enligt beslut") is None


# ---------------------------------------------------------------- references


@pytest.mark.parametrize(("text", "expected"), [
    ("Sociala vård- och omsorgsgruppen (SVOM) beslutade den 6 oktober 2023, § 49, att rekommendera rådet",
     ("Sociala vård- och omsorgsgruppen", "SVOM", dt.date(2023, 10, 6), 49)),
    ("SVOM beslutade den 6 oktober 2023, § 49", ("SVOM", None, dt.date(2023, 10, 6), 49)),
    ("Kommunstyrelsen 2024-11-18 § 255", ("Kommunstyrelsen", None, dt.date(2024, 11, 18), 255)),
    ("- Protokollsutdrag SVOM 2023-10-06 § 49", ("SVOM", None, dt.date(2023, 10, 6), 49)),
    ("Enligt beslut i Kommunfullmäktige 2024-03-04, § 12 ska", ("Kommunfullmäktige", None, dt.date(2024, 3, 4), 12)),
    ("KS § 437 06-12-13 Tillsätta en arbetsgrupp", ("KS", None, dt.date(2006, 12, 13), 437)),
    ("Kommunledningsutskottets förslag KU § 317", ("KU", None, None, 317)),
    ("Stadsstyrelsen 14.6.2021, 118 §", ("Stadsstyrelsen", None, dt.date(2021, 6, 14), 118)),
    ("Nämnden för utbildning och småbarnspedagogik 12.10.2022, 91 §",
     ("Nämnden för utbildning och småbarnspedagogik", None, dt.date(2022, 10, 12), 91)),
])
def test_every_reference_form_is_read(text, expected):
    [ref] = matters.references_in(text, 3, 7)
    assert (ref.body, ref.short, ref.meeting_date, ref.paragraph) == expected
    assert (ref.page_no, ref.item_number) == (3, 7)
    assert ref.raw in text and text.index(ref.raw) <= text.index(expected[0])


def test_several_references_in_one_run_of_earlier_handlings():
    text = "Stadsfullmäktige 17.2.2022, 9 § Stadsstyrelsen 15.3.2022, 51 §"
    assert [(r.body, r.paragraph) for r in matters.references_in(text, 1, None)] == [
        ("Stadsfullmäktige", 9), ("Stadsstyrelsen", 51)]


@pytest.mark.parametrize("text", [
    "Enligt 11 kap. 10 § kommunallagen ska nämnden",
    "Åtgärden är bygglovspliktig enligt PBL §8:13.",
    "Stöd enligt LSS § 9 beviljas.",
    "Nämnden beslutade den 6 oktober 2023 att godkänna avtalet.",  # no §: nothing to resolve
    "Mötet hölls 2024-11-18 kl. 13.00.",
    "Personalsektionen 28.3.3023, 16 §",  # a digit misread by a broken font map: no meeting's date
])
def test_law_paragraphs_and_dates_alone_are_no_references(text):
    assert matters.references_in(text, 1, None) == []


def test_abbreviations_a_document_defines():
    found = matters.aliases_in("Till Sociala vård- och omsorgsgruppen (SVOM) och Katarina Nyberg Finn (S), Per Ek (KD)", 1)
    assert [(a.short, a.name) for a in found] == [("SVOM", "Sociala vård- och omsorgsgruppen")]


# ---------------------------------------------------------------- bodies


ORGANS = ["Kommunstyrelsen", "Kultur- och fritidsnämnden", "Sociala vård och omsorgsgruppen",
          "Socialnämnden", "Samhällsbyggnadsnämnden", "Regionala samverkansrådet", "Personalsektionen"]


@pytest.mark.parametrize(("body", "short", "aliases", "organ"), [
    ("Sociala vård- och omsorgsgruppen", "SVOM", {}, "Sociala vård och omsorgsgruppen"),  # hyphen, case
    ("Ärendet Kommunstyrelsen", None, {}, "Kommunstyrelsen"),  # a leading word that is no name
    ("Kommunstyrelsens", None, {}, "Kommunstyrelsen"),  # genitive
    ("KS", None, {}, "Kommunstyrelsen"),  # initials of compound parts beat letters inside words
    ("SVOM", None, {}, "Sociala vård och omsorgsgruppen"),  # letters in order, all but one initials
    ("KU", None, {}, None),  # Kommunledningsutskottet, not stored: its 'u' inside 'kommun' does not make it Kommunstyrelsen
    ("PES", None, {}, "Personalsektionen"),
    ("RSR", None, {"RSR": {"Regionala samverkansrådet"}}, "Regionala samverkansrådet"),  # defined
    ("Personalsektonen", None, {}, "Personalsektionen"),  # a letter lost by a broken font map
    ("Byggnadsnämnden", None, {}, None),  # a body the warehouse does not hold
    ("SN", None, {}, None),  # Socialnämnden and Samhällsbyggnadsnämnden fit as well: none chosen
    ("SN", None, {"SN": {"Socialnämnden"}}, "Socialnämnden"),  # unless a document defines it
])
def test_a_reference_resolves_to_one_stored_body_or_none(body, short, aliases, organ):
    assert resolve_body(body, short, ORGANS, aliases) == organ


# ---------------------------------------------------------------- a matter through two bodies, from PDFs


def _minutes(path: Path, organ: str, date: str, paragraphs: list[tuple[int, str, str | None, list[tuple[str, list[str]]]]]) -> Path:
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, organ), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, date))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande", True), (200, "Eva Nord (V) (ordförande)"))
    sheet.line((200, "Per Ek (S)"))
    sheet.line((60, "Sekreterare", True), (200, "Kim Dahl"))
    sheet.new_page()
    for number, title, case, fields in paragraphs:
        sheet.space(12)
        cells = [(60, f"§ {number}", True)] + ([(140, f"Dnr {case}", False)] if case else [])
        sheet.line(*cells, size=11, gap=18)
        sheet.line((60, title), size=11, bold=True)
        for label, lines in fields:
            sheet.space(4).line((60, label), bold=True)
            for text in lines:
                sheet.line((60, text))
    return sheet.render(path)


def recommending_minutes(path: Path) -> Path:
    return _minutes(path, "Tekniska nämnden", "2024-03-04", [
        (20, "Val av justerare", None, [("Beslut", ["Per Ek utses att justera protokollet."])]),
        (21, "Ny cykelplan för centrum", None, [
            ("Sammanfattning", ["Förvaltningen har tagit fram en cykelplan för centrum."]),
            ("Beslut", ["Tekniska nämnden föreslår kommunfullmäktige att anta cykelplanen."]),
        ]),
    ])


def deciding_minutes(path: Path) -> Path:
    return _minutes(path, "Kommunfullmäktige", "2024-04-22", [
        (7, "Cykelplan för centrum", "KF/2024/0088", [
            ("Ärendebeskrivning", [
                "Tekniska nämnden (TN) beslutade den 4 mars 2024, § 21, att föreslå",
                "kommunfullmäktige att anta en ny cykelplan för centrum.",
            ]),
            ("Beslut", ["Kommunfullmäktige antar cykelplanen."]),
            ("Beslutsunderlag", ["• Protokollsutdrag TN 2024-03-04 § 21", "• Tjänsteskrivelse 2024-02-10"]),
        ]),
        (8, "Motion om gatubelysning", "KF 2024/90", [("Beslut", ["Motionen bifalls."])]),
    ])


def memo(path: Path) -> Path:
    sheet = Sheet()
    sheet.line((60, "Tjänsteskrivelse"), size=16, bold=True, gap=22)
    sheet.line((60, "Datum: 2024-02-10"))
    sheet.line((60, "Diarienummer: KF 2024/88"))
    sheet.space(10).line((60, "Cykelplan för centrum"), size=12, bold=True)
    sheet.line((60, "Förvaltningen föreslår att en ny cykelplan antas för centrum."))
    return sheet.render(path)


def citing_memo(path: Path) -> Path:
    """An underlag without a number of its own that cites the recommending §."""
    sheet = Sheet()
    sheet.line((60, "Tjänsteskrivelse"), size=16, bold=True, gap=22)
    sheet.line((60, "Datum: 2024-03-20"))
    sheet.space(10).line((60, "Genomförande av cykelplanen"), size=12, bold=True)
    sheet.line((60, "Tekniska nämnden beslutade den 4 mars 2024, § 21, att föreslå en ny cykelplan."))
    return sheet.render(path)


def test_an_underlag_citing_a_paragraph_belongs_to_its_matter(records, tmp_path):
    cited = extract_document(citing_memo(tmp_path / "citing.pdf"))
    assert cited.case_number is None and [(r.item_number, r.paragraph) for r in cited.references] == [(None, 21)]
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([*records, cited])
        steps = matter_path(wh, "KF 2024/88")
    assert sorted((s["linked_by"], s["document_id"] == cited.document_id) for s in steps if s["linked_by"] == "underlag") == [
        ("underlag", False), ("underlag", True)]


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("matter")
    return [extract_document(make(folder / f"{make.__name__}.pdf")) for make in (recommending_minutes, deciding_minutes, memo)]


def test_the_rendered_minutes_state_their_numbers_and_references(records):
    recommending, deciding, underlag = records
    assert [(i.number, i.case_number) for i in recommending.items] == [(20, None), (21, None)]
    assert [(i.number, i.case_number, i.case_number_raw) for i in deciding.items] == [
        (7, "KF 2024/88", "KF/2024/0088"), (8, "KF 2024/90", "KF 2024/90")]
    assert {(r.item_number, r.body, r.short, r.meeting_date, r.paragraph) for r in deciding.references} == {
        (7, "Tekniska nämnden", "TN", dt.date(2024, 3, 4), 21), (7, "TN", None, dt.date(2024, 3, 4), 21)}
    assert [(a.short, a.name) for a in deciding.body_aliases] == [("TN", "Tekniska nämnden")]
    assert underlag.case_number.normal == "KF 2024/88" and not underlag.items


def _matters_rows(db: Path) -> list[tuple]:
    with Warehouse(db, read_only=True) as wh:
        return wh.con.execute(
            "SELECT matter_key, organ, number, linked_by, document_id IS NOT NULL FROM matters ORDER BY ALL").fetchall()


def test_a_matter_is_followed_from_one_body_to_another_whatever_the_load_order(records, tmp_path):
    forwards, backwards = tmp_path / "forwards.duckdb", tmp_path / "backwards.duckdb"
    with Warehouse(forwards) as wh:
        for record in records:
            wh.load_document(record)
    with Warehouse(backwards) as wh:
        for record in reversed(records):
            wh.load_document(record)
        wh.load_document(records[1])  # loaded again: the same rows
    assert _matters_rows(forwards) == _matters_rows(backwards)
    with Warehouse(forwards, read_only=True) as wh:
        key = find_matter(wh, "Dnr KF/2024/88")
        steps = matter_path(wh, key)
        assert find_matter(wh, "cykelplan") == key == "KF 2024/88"
        assert find_matter(wh, "2024/88") == key  # without its series
    assert [(s["meeting_date"], s["organ"], s["number"], s["linked_by"]) for s in steps] == [
        ("2024-03-04", "Tekniska nämnden", 21, "reference"),
        ("2024-04-22", "Kommunfullmäktige", 7, "case_number"),
        (None, None, None, "underlag"),
    ]
    assert steps[0]["decision"] == "Tekniska nämnden föreslår kommunfullmäktige att anta cykelplanen."


def test_paragraf_matter_prints_the_path_or_says_what_is_wrong(records, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_documents(records)
    assert cli.main(["matter", "KF/2024/0088", "--db", str(db), "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["matter"] == "KF 2024/88"
    assert [s["organ"] for s in shown["steps"]][:2] == ["Tekniska nämnden", "Kommunfullmäktige"]
    assert cli.main(["matter", "cykelplan", "--db", str(db)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("matter KF 2024/88: 3 steps in 2 bodies")
    assert table[1].startswith("2024-03-04  Tekniska nämnden") and "beslut: Tekniska nämnden föreslår" in table[2]
    assert cli.main(["matter", "simhall", "--db", str(db)]) == 1
    assert "no matter matches 'simhall'" in capsys.readouterr().err
    assert cli.main(["matter", "2024", "--db", str(db)]) == 1  # words of both titles' matters? no: of no title
    capsys.readouterr()


def test_a_reference_to_a_paragraph_not_stored_resolves_to_nothing(records, tmp_path):
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_documents(records[1:])  # the recommending minutes are not stored
        targets = wh.con.execute("SELECT target_organ, target_item_id FROM matter_references").fetchall()
        assert targets == [(None, None), (None, None)]
        assert wh.con.execute("SELECT DISTINCT matter_key FROM matters ORDER BY 1").fetchall() == [
            ("KF 2024/88",), ("KF 2024/90",)]


# ---------------------------------------------------------------- the bench's synthetic warehouse


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("synthetic") / "s.duckdb"
    with Warehouse(db) as wh:
        synthetic.fill(wh, 3000, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
    return db


def test_the_synthetic_warehouse_has_matters_across_both_bodies(synthetic_db):
    with Warehouse(synthetic_db, read_only=True) as wh:
        key = find_matter(wh, "Dnr SN/2000/00017")
        steps = matter_path(wh, key)
        counts = dict(wh.con.execute("SELECT linked_by, count(*) FROM matters GROUP BY 1").fetchall())
        with pytest.raises(MatterNotFound):
            find_matter(wh, "Dnr SN 1999/1")
        with pytest.raises(MatterAmbiguous) as ambiguous:
            find_matter(wh, "ärende")
    assert key == "SN 2000/17"
    assert [s["title"] for s in steps] == ["Ärende 17", "Ärende 1017", "Ärende 2017"]
    assert [s["meeting_date"] for s in steps] == sorted(s["meeting_date"] for s in steps)
    assert counts["reference"] > 0 and counts["case_number"] > 0
    assert len(ambiguous.value.candidates) == 10


def test_a_council_item_citing_the_day_before_joins_that_matter(synthetic_db):
    with Warehouse(synthetic_db, read_only=True) as wh:
        # meeting 10 is the council's; its item 10*50 cites § 1 of meeting 9 (by name), 10*50+5 § 6 (by 'SN')
        cited = dict(wh.con.execute(
            "SELECT item_id, target_item_id FROM matter_references WHERE item_id IN ('i500', 'i505')").fetchall())
        keys = dict(wh.con.execute(
            "SELECT item_id, matter_key FROM matters WHERE item_id IN ('i500', 'i450', 'i505', 'i455')").fetchall())
    assert cited == {"i500": "i450", "i505": "i455"}
    assert keys["i500"] == keys["i450"] and keys["i505"] == keys["i455"]


def test_an_agenda_item_takes_the_bare_number_printed_above_its_heading(tmp_path):
    """A Finland-Swedish föredragningslista prints each item's number above its '194 §' heading."""
    sheet = Sheet()
    sheet.line((60, "Föredragningslista"), size=16, bold=True, gap=22)
    sheet.line((60, "Stadsstyrelsen"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "26.9.2022"))
    sheet.new_page()
    for number, printed in ((193, "STAD/520/10.02.03/2022"), (194, "STAD/534/10.02.03/2021")):
        sheet.line((60, printed), size=9)
        sheet.line((60, f"{number} §"), (120, f"Ärende {number}"), bold=True, size=11)
        sheet.line((60, "Tidigare behandling:"))
        sheet.line((60, "Stadsstyrelsen 29.11.2021, 393 §"))
        sheet.space(10)
    record = extract_document(sheet.render(tmp_path / "foredragningslista.pdf"))
    assert [(i.number, i.case_number, i.case_number_raw) for i in record.items] == [
        (193, "STAD 2022/520", "STAD/520/10.02.03/2022"), (194, "STAD 2021/534", "STAD/534/10.02.03/2021")]
    assert [(r.item_number, r.body, r.paragraph) for r in record.references] == [
        (193, "Stadsstyrelsen", 393), (194, "Stadsstyrelsen", 393)]


def test_a_fault_in_deriving_matters_never_costs_a_document_its_load(records, tmp_path, monkeypatch):
    from warehouse import load

    def broken(con, *touched, **kw):
        con.execute("SELECT no_such_column FROM matters")

    monkeypatch.setattr(load, "settle_matters", broken)
    with Warehouse(tmp_path / "w.duckdb") as wh:
        stored = wh.load_documents(records)
        assert [r.status.value for r in stored] == ["ok", "ok", "ok"]
        assert wh.con.execute("SELECT count(*) FROM documents WHERE status = 'ok'").fetchone()[0] == 3
        assert "could not be derived" in wh.matter_fault


def test_an_agenda_item_listed_first_takes_the_number_above_its_text_later(tmp_path):
    """The agenda rows come first; each item's text follows under '193 §' with its number above it."""
    sheet = Sheet()
    sheet.line((60, "Föredragningslista"), size=16, bold=True, gap=22)
    sheet.line((60, "Stadsstyrelsen"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "26.9.2022"))
    sheet.space(10).line((60, "Ärenden"), bold=True)
    for number in (193, 194):
        sheet.line((60, f"{number}"), (100, f"Ärende {number}"))
    sheet.new_page()
    for number, printed in ((193, "STAD/520/10.02.03/2022"), (194, "STAD/534/10.02.03/2021")):
        sheet.space(12).line((60, printed), size=9)
        sheet.line((60, f"{number} §"), (120, f"Ärende {number}"), bold=True, size=11)
        sheet.line((60, "Stadsdirektörens förslag:"))
        sheet.line((60, "Stadsstyrelsen godkänner förslaget."))
    record = extract_document(sheet.render(tmp_path / "lista.pdf"))
    assert {i.number: i.case_number for i in record.items} == {193: "STAD 2022/520", 194: "STAD 2021/534"}


def test_a_number_without_a_series_joins_within_its_body_only(tmp_path):
    """'Dnr 2024/7' is written by every kommun's diary: two §§ of one body with it
    are one matter, the same number in another body's minutes is another matter,
    and asking for the number names both."""
    one = _minutes(tmp_path / "one.pdf", "Byggnadsnämnden", "2024-03-04", [
        (3, "Bygglov för förskola", "2024/7", [("Beslut", ["Nämnden återremitterar ärendet."])]),
        (4, "Bygglov för förskola, fortsatt", "2024/7", [("Beslut", ["Nämnden beviljar bygglov."])]),
    ])
    other = _minutes(tmp_path / "other.pdf", "Socialnämnden", "2024-03-05", [
        (9, "Avgifter för hemtjänst", "2024/7", [("Beslut", ["Nämnden fastställer avgifterna."])]),
    ])
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        for pdf in (one, other):
            wh.load_document(extract_document(pdf))
    rows = _matters_rows(db)
    assert {(key, organ, number) for key, organ, number, _, _ in rows} == {
        ("2024/7 (Byggnadsnämnden)", "Byggnadsnämnden", 3), ("2024/7 (Byggnadsnämnden)", "Byggnadsnämnden", 4),
        ("2024/7 (Socialnämnden)", "Socialnämnden", 9)}
    with Warehouse(db, read_only=True) as wh:
        with pytest.raises(MatterAmbiguous) as asked:
            find_matter(wh, "Dnr 2024/7")
        assert [key for key, _ in asked.value.candidates] == ["2024/7 (Byggnadsnämnden)", "2024/7 (Socialnämnden)"]
        assert [s["number"] for s in matter_path(wh, "2024/7 (Byggnadsnämnden)")] == [3, 4]
        assert find_matter(wh, "2024/7 (Socialnämnden)") == "2024/7 (Socialnämnden)"  # a key as listed

