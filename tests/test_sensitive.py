"""The personal data guard: a personal identity number planted in a rendered
protokoll (in a § decision, so on its page too) is found, stored masked, and
masked in every output — search, decisions, Parquet, CSV, OParl — unless the
operator passes --include-sensitive; an item marked secret keeps its title
and withholds its text; a number whose Luhn check fails is never flagged.

The numbers are Skatteverket's published test numbers and invented ones."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pytest

from extractors import rules
from extractors.record import extract_document
from extractors.entities.agreements import catalogue
from extractors.entities.sensitive import SECRET_TEXT, luhn_valid, mask_text, personal_numbers, secrecy_markings
from pipeline.cli import main
from schemas.sensitive import SensitiveKind
from tests.pdfmaker import Sheet
from warehouse.load import Warehouse
from warehouse.search import rebuild_index

PERSONAL = "19121212-1212"  # valid: flagged, masked
COORDINATION = "701063-2391"  # valid samordningsnummer (day 63 = the 3rd)
NOT_LUHN = "121212-1213"  # the check digit is wrong: an ordinary number
RAW = (PERSONAL, COORDINATION)


def _rule(rule_id: str) -> dict:
    return next(r for r in rules.load("sensitive")["rules"] if r["id"] == rule_id)


# ---------------------------------------------------------------- the detector on text


def test_luhn_check_digit():
    assert luhn_valid("1212121212") and luhn_valid("8112189876") and luhn_valid("7010632391")
    assert not luhn_valid("1212121213") and not luhn_valid("8112189875")


def test_every_rule_example_is_a_valid_number_and_every_rejected_one_is_found_by_the_pattern_but_not_flagged():
    rule = _rule("sensitive.personnummer")
    today = dt.date(2026, 1, 1)
    for text in rule["examples"]:
        assert len(personal_numbers(text, today)) == 1, text
    for text in rule["counterexamples"]:
        assert personal_numbers(text, today) == [], text
    pattern = rules.rules("sensitive")[0].pattern
    for text in rule["rejected"]:
        assert pattern.search(text), f"{text}: the pattern should find it, so that the check is what rejects it"
        assert personal_numbers(text, today) == [], text


def test_mask_text_hides_the_last_four_digits_of_valid_numbers_only():
    text = f"Sökande {PERSONAL}, medsökande 121212+1212 (över 100 år), {COORDINATION}; ref {NOT_LUHN}, tel 0701234567."
    assert mask_text(text) == ("Sökande 19121212-****, medsökande 121212+**** (över 100 år), 701063-****; "
                               f"ref {NOT_LUHN}, tel 0701234567.")
    assert mask_text(None) is None and mask_text("") == ""
    assert [n.kind for n in personal_numbers(text)] == [
        SensitiveKind.PERSONAL_NUMBER, SensitiveKind.PERSONAL_NUMBER, SensitiveKind.COORDINATION_NUMBER]


def test_a_ten_digit_number_takes_the_century_its_separator_says():
    today = dt.date(2026, 1, 1)
    assert personal_numbers("121212-1212", today)[0].masked == "121212-****"  # born 2012
    assert personal_numbers("121212+1212", today)[0].masked == "121212+****"  # born 1912
    # 29 February exists in 2000 but not in 1900: with '+' (100 or more) the day is 1900-02-29, which never was
    born_2000 = "000229" + "-" + "000" + next(c for c in "0123456789" if luhn_valid("000229000" + c))
    assert personal_numbers(born_2000, today) and not personal_numbers(born_2000.replace("-", "+"), today)


def test_secrecy_markings():
    assert secrecy_markings("Sekretess enligt OSL 26 kap. 1 §")
    assert not secrecy_markings("Information om sekretess och tystnadsplikt")


# ---------------------------------------------------------------- a planted protokoll, end to end


def planted_protokoll(path: Path) -> Path:
    """Minutes of three §§ (each with its diarienummer): § 2 decides on an applicant named by personnummer
    (and cites a reference whose check digit is wrong), § 3 is marked secret
    and names a child by samordningsnummer; §§ 2 and 3 concern LOSUS."""
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "2024-03-12"))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande ledamöter", True), (200, "Eva Nord (V) (ordförande)"))
    sheet.line((200, "Per Ek (S)"))
    sheet.line((60, "Sekreterare", True), (200, "Kim Dahl"))
    sheet.new_page()

    def paragraph(number: int, title: str, parts: list[tuple[str, list[str]]]) -> None:
        sheet.space(12).line((60, f"§ {number}", True), (140, f"Dnr SN 2024/{number}", False), size=11, gap=18)
        sheet.line((60, title), size=11, bold=True)
        for label, lines in parts:
            sheet.space(4).line((60, label), bold=True)
            for line in lines:
                sheet.line((60, line))

    paragraph(1, "Val av justerare", [("Beslut", ["Per Ek (S) utses att justera protokollet."])])
    paragraph(2, "Ansökan om bistånd", [
        ("Sammanfattning", ["En ansökan om bistånd har kommit in. Telefon 070-123 45 67, dnr SN 2024/12."]),
        ("Beslut", [f"Nämnden beviljar bistånd enligt LOSUS-avtalet till sökande {PERSONAL}.",
                    f"Referensnummer {NOT_LUHN} avser en tidigare ansökan."]),
    ])
    paragraph(3, "Placering av barn", [
        ("Sammanfattning", ["Sekretess enligt OSL 26 kap. 1 §",
                            f"Ärendet gäller ett enskilt barn med samordningsnummer {COORDINATION}."]),
        ("Beslut", ["Nämnden beslutar om placering enligt LOSUS-avtalet för det enskilda barnet."]),
    ])
    return sheet.render(path)


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> tuple[Path, object]:
    """The planted protokoll read and loaded into a warehouse with its search index."""
    folder = tmp_path_factory.mktemp("sensitive")
    record = extract_document(planted_protokoll(folder / "planted.pdf"))
    db = folder / "w.duckdb"
    with Warehouse(db) as wh:
        wh.sync_agreements([(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])  # as an ingest does
        wh.load_document(record)
        rebuild_index(wh)
    return db, record


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_the_planted_numbers_and_the_marking_are_found_in_their_items_with_boxes(planted):
    _, record = planted
    found = {(f.kind, f.item_number, f.masked) for f in record.sensitive}
    assert found == {
        (SensitiveKind.PERSONAL_NUMBER, 2, "19121212-****"),
        (SensitiveKind.COORDINATION_NUMBER, 3, "701063-****"),
        (SensitiveKind.SECRET, 3, "Sekretess enligt OSL"),
    }
    page_2 = next(p for p in record.pages if PERSONAL in p.text)
    assert all(f.page_no == page_2.page_no and f.x0 is not None and f.x0 < f.x1 and f.top < f.bottom
               for f in record.sensitive)
    number = next(f for f in record.sensitive if f.kind is SensitiveKind.PERSONAL_NUMBER)
    words = [w for line in page_2.lines for w in line.words if w.text.startswith(PERSONAL)]
    assert words and (number.x0, number.top) == (words[0].x0, words[0].top)


def test_the_warehouse_stores_the_masked_form_only(planted):
    db, _ = planted
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT kind, masked, item_id IS NOT NULL FROM sensitive ORDER BY kind").fetchall()
    con.close()
    assert rows == [("personnummer", "19121212-****", True), ("samordningsnummer", "701063-****", True),
                    ("sekretess", "Sekretess enligt OSL", True)]
    assert not any(raw in str(rows) for raw in RAW)


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_decisions_mask_numbers_and_withhold_the_secret_decision(planted, capsys, fmt):
    db, _ = planted
    out = run(capsys, "decisions", "--agreement", "LOSUS", "--db", str(db), "--format", fmt)
    assert "Ansökan om bistånd" in out and "Placering av barn" in out  # titles stay
    assert not any(raw in out for raw in RAW)
    if fmt == "json":
        rows = {r["number"]: r for r in json.loads(out)}
        assert "sökande 19121212-****" in rows[2]["decision"] and NOT_LUHN in rows[2]["decision"]
        assert rows[3]["decision"] == SECRET_TEXT
    elif fmt == "csv":
        rows = {r["number"]: r for r in csv.DictReader(io.StringIO(out))}
        assert rows["3"]["decision"] == SECRET_TEXT and "19121212-****" in rows["2"]["decision"]
    shown = run(capsys, "decisions", "--agreement", "LOSUS", "--db", str(db), "--format", "json", "--include-sensitive")
    rows = {r["number"]: r for r in json.loads(shown)}
    assert PERSONAL in rows[2]["decision"] and "placering" in rows[3]["decision"]


def test_search_masks_excerpts_and_withholds_secret_hits(planted, capsys):
    db, _ = planted
    hits = json.loads(run(capsys, "search", "beviljar", "--db", str(db), "--json"))
    assert hits and any("19121212-****" in h["excerpt"] for h in hits)
    secret = json.loads(run(capsys, "search", "barn", "--db", str(db), "--json"))
    assert secret and all(h["excerpt"] == SECRET_TEXT for h in secret)  # § 3 and its page
    text = run(capsys, "search", "beviljar", "--db", str(db)) + run(capsys, "search", "barn", "--db", str(db))
    assert not any(raw in text for raw in RAW) and SECRET_TEXT in text
    assert PERSONAL in run(capsys, "search", "beviljar", "--db", str(db), "--json", "--include-sensitive")
    shown = json.loads(run(capsys, "search", "barn", "--db", str(db), "--json", "--include-sensitive"))
    assert all(h["excerpt"] != SECRET_TEXT and "barn" in h["excerpt"] for h in shown)


def _exported_text(folder: Path) -> str:
    """Everything an export wrote, as text (Parquet read back through DuckDB)."""
    con = duckdb.connect()
    parts = []
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".parquet":
            parts.append(str(con.execute(f"SELECT * FROM '{path}'").fetchall()))
        elif path.is_file():
            parts.append(path.read_text(encoding="utf-8"))
    return "\n".join(parts)


@pytest.mark.parametrize("fmt", ["parquet", "csv", "oparl"])
def test_every_export_masks_the_numbers_unless_asked(planted, capsys, tmp_path, fmt):
    db, _ = planted
    run(capsys, "export", "--format", fmt, str(tmp_path / "masked"), "--db", str(db))
    masked = _exported_text(tmp_path / "masked")
    assert "19121212-****" in masked and NOT_LUHN in masked
    assert ("701063-****" in masked) is (fmt != "oparl")  # the OParl view has no summaries
    assert not any(raw in masked for raw in RAW)
    assert "Placering av barn" in masked and "beslutar om placering" not in masked and SECRET_TEXT in masked
    run(capsys, "export", "--format", fmt, str(tmp_path / "all"), "--db", str(db), "--include-sensitive")
    everything = _exported_text(tmp_path / "all")
    assert PERSONAL in everything and "beslutar om placering" in everything
    if fmt != "oparl":  # the OParl view has no summaries: the coordination number stands in § 3's
        assert COORDINATION in everything


def test_the_readers_a_web_page_plugs_in(planted):
    from warehouse.sensitive import guard_page, secret_items, secret_pages

    db, record = planted
    con = duckdb.connect(str(db), read_only=True)
    secret = secret_items(con)
    titles = {r[0] for r in con.execute("SELECT title FROM items WHERE item_id IN (SELECT unnest(?))", [list(secret)]).fetchall()}
    assert titles == {"Placering av barn"}
    page = next(p for p in record.pages if PERSONAL in p.text)
    assert (record.document_id, page.page_no) in secret_pages(con)  # § 3 stands on it
    assert guard_page(con, record.document_id, page.page_no, page.text) == SECRET_TEXT
    assert guard_page(con, record.document_id, 1, f"Sekreterare {PERSONAL}") == "Sekreterare 19121212-****"
    con.close()


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_a_matters_path_and_the_agreement_timeline_are_guarded_too(planted, capsys, fmt):
    db, _ = planted
    path = run(capsys, "matter", "SN 2024/2", "--db", str(db), "--format", fmt)
    assert "Ansökan om bistånd" in path and "19121212-****" in path and not any(raw in path for raw in RAW)
    secret = run(capsys, "matter", "Dnr SN 2024/3", "--db", str(db), "--format", fmt)
    assert "Placering av barn" in secret and "placering" not in secret.lower().replace("placering av barn", "")
    timeline = run(capsys, "decisions", "--agreement", "LOSUS", "--timeline", "--db", str(db), "--format", fmt)
    assert "Placering av barn" in timeline and not any(raw in timeline for raw in RAW)
    assert "beslutar om placering" not in timeline
    shown = run(capsys, "matter", "SN 2024/2", "--db", str(db), "--format", fmt, "--include-sensitive")
    assert PERSONAL in shown
