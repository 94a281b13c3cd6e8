"""Amounts, agreements and dates from sentences (no Prefect, no DuckDB): the
catalogue's own examples and counterexamples, the not-amounts of the issue and
of real documents, each run here; and, when ../shared/realdocs is on the
machine, the amounts of its hand-annotated real PDFs."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from extractors import rules
from extractors.entities import agreements, dates, money
from extractors.entities.sentence import Sentence, sentences


# a sentence elsewhere in the document that states an amount in kronor: numbers
# without a unit are kronor only in a document that writes its amounts in kronor
IN_KRONOR = Sentence("Avgiften är 100 kr.", 99, None)


def amounts_in(*texts: str, item: int | None = 1, document: tuple[Sentence, ...] = (IN_KRONOR,)) -> list[tuple[Decimal, str]]:
    found = money.amounts([*document, *(Sentence(t, 1, item) for t in texts)])
    return [(a.value_sek, a.raw) for a in found if a.page_no != 99]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I Stärkt samverkan för personer med samsjuklighet (6 200 011),", 6200011),
        ("II Insatser för stärkt brukarmedverkan (1 000 000,00),", 1000000),
        ("Avsätta 200 000 kronor av statliga medel", 200000),
        ("uppgick till 4 660 000 kronor.", 4660000),
        ("kostar 1 205 000:-/år totalt", 1205000),
        ("kostnaden är ca 15 000 kr/år.", 15000),
        ("budgeten är 5 000 000 kr.", 5000000),
        ("ett tillskott på 1,2 mnkr under året", 1200000),
        ("ram på 350 tkr", 350000),
        ("totalt 2,5 miljoner kronor", 2500000),
        ("omfattar totalt 1 680 000 Mkr.", 1680000000000),
        ("Summa kostnader -1 318 526", -1318526),
        ("Resultat - överförs till år 2023 377 092", 377092),
        ("Barn och unga-satsningen fick 250 000 i tillskott", 250000),  # a count word first is no count header
    ],
)
def test_amounts_are_normalised_to_kronor(text, value):
    assert [v for v, _ in amounts_in(text)] == [Decimal(value)]


@pytest.mark.parametrize(
    "text",
    [
        "varav kommunerna föreslås finansiera 50,75 procent",
        "under perioden 2022-2023",
        "förlängs till och med 2022-10-31,",
        "mötet börjar kl. 14:30",
        "455 stycken ärenden",
        "Dnr RS/2023/145",
        "enligt § 12 i protokollet",
        "telefon 063-14 75 00",
        "länet har 12 000 invånare",
        "14 11 11 13 16 12 9 12 11 19 12 147",
        "ANTAL 190 258",
        "om 3 veckor",
    ],
)
def test_not_amounts(text):
    assert amounts_in(text) == []


def test_a_tkr_table_makes_every_number_of_its_rows_thousands():
    found = amounts_in("Kostnader (tkr)", "Personal 350", "Lokaler -75", "Summa 2024 275")
    assert [v for v, _ in found] == [Decimal(350000), Decimal(-75000), Decimal(275000)]


def test_an_amount_keeps_its_item_page_and_sentence():
    [amount] = money.amounts([Sentence("Nämnden avsätter 200 000 kronor till projektet.", 4, 12)])
    assert (amount.item_number, amount.page_no, amount.raw) == (12, 4, "200 000 kronor")
    assert amount.context == "Nämnden avsätter 200 000 kronor till projektet."


@pytest.mark.parametrize(
    "text",
    [
        "Minimilönen är 1 746,00 euro från 1.6.2023.",  # another currency, after or before
        "Uppgiftsrelaterad lön före höjningarna 2 550 €/mån.",
        "Projektbidraget var 25 450€, därtill 6000€.",
        "ett 6 miljoner euros lån med fast ränta",
        "kostnaden är EUR 12 000 per år",
        "Telefon: 0471-921 921",  # phone numbers
        "P +358 20 755 611",
        "1 188 § Sammanträdets laglighet och beslutförhet",  # § numbers
        "Val av protokolljusterare ........................ 12 345",  # a table of contents
        "Industritomtens byggrätt är drygt 60 000 m².",  # counts
        "Planområdet omfattar cirka 42 300 kvadratmeter",
        "Antalet sjukfrånvarodagar 4 423",
        "Beslutet fattades 15.9.2022 kl 08.30",  # dates and times
        "befolkningen är 2 miljoner invånare",
    ],
)
def test_not_amounts_in_kronor(text):
    assert amounts_in(text) == []


def test_numbers_without_a_unit_follow_the_documents_currency():
    euro = (Sentence("Lånet är 12 000 000 euro och räntan 3 %. Bidraget är 5 000 € per år.", 99, None),)
    assert amounts_in("Summa kostnader -1 318 526", "Av lånen är 23 miljoner kortfristiga.", document=euro) == []
    assert amounts_in("men 500 kr i avgift", document=euro) == [(Decimal(500), "500 kr")]  # kronor stated stay
    none = ()  # a document that states no currency at all: a budget table is kronor, a bare 'miljoner' is not
    assert amounts_in("Summa kostnader -1 318 526", "skära ner 37 miljoner", document=none) == [
        (Decimal(-1318526), "-1 318 526")]
    assert amounts_in("skära ner 37 miljoner") == [(Decimal(37000000), "37 miljoner")]
    assert amounts_in("upp till 300 miljarder svenska kronor", document=euro) == [
        (Decimal(300_000_000_000), "upp till 300 miljarder svenska kronor")]


def row(*cells: str, page: int = 1) -> Sentence:
    """A sentence made of table cells, as `sentences` marks them."""
    breaks, at = [], 0
    for cell in cells[:-1]:
        at += len(cell) + 1
        breaks.append(at)
    return Sentence(" ".join(cells), page, 1, tuple(breaks))


def test_numbers_do_not_run_across_table_cells():
    found = money.amounts([IN_KRONOR, row("Summa", "1 000", "500", "1 500", page=3),
                              row("Rehab. arbetsdagar", "2 357", page=3)])
    # no unit over the table: thousand groups are kronor, each in its own cell; a row that counts days is none
    assert [(a.value_sek, a.raw) for a in found if a.page_no == 3] == [(Decimal(1000), "1 000"), (Decimal(1500), "1 500")]
    found = money.amounts([IN_KRONOR, Sentence("Investeringar (tkr)", 4, 1),
                              row("1", "P", "6289 Utrustning uppstart", "1 000", "500", "0", "0", "4024", page=4),
                              row("Summa", "36 325 15 975", "65 975", page=4)])
    assert [(a.value_sek, a.raw) for a in found if a.page_no == 4] == [
        (Decimal(1_000_000), "1 000"), (Decimal(500_000), "500"), (Decimal(4_024_000), "4024"),
        (Decimal(36_325_000), "36 325"), (Decimal(15_975_000), "15 975"), (Decimal(65_975_000), "65 975")]


def test_a_table_goes_on_over_its_label_lines_and_onto_the_next_page_and_ends_at_prose():
    said = [IN_KRONOR, Sentence("Ändamål Belopp (tkr) Andel", 1, None),
            row("Suicidprevention", "1 200", "10,2 %"),
            Sentence("Brukarmedverkan", 1, None),  # a label read on its own line
            row("350", "3,0 %"),
            row("3 790", "32,1 %", page=2),
            Sentence("Medlen ska vara förbrukade senast den 31 december 2025 enligt villkoren.", 2, None),
            row("Reserv", "400", page=2)]
    found = [(a.value_sek, a.page_no) for a in money.amounts(said) if a.page_no != 99]
    assert found == [(Decimal(1_200_000), 1), (Decimal(350_000), 1), (Decimal(3_790_000), 2)]


def test_cells_come_from_the_lines_wide_gaps():
    from extractors.reading.placed import Placed
    from schemas.document import Line, Word

    def words(text, x):
        out = []
        for w in text.split():
            out.append(Word(w, x, x + 6 * len(w), 100, 110, 10))
            x += 6 * len(w) + 3
        return tuple(out)

    table = Line((words("Summa kostnader", 50), words("1 000", 300), words("500", 400)))
    prose = Line((words("Kostnaden blir 1 500 000 kronor.", 50),))
    placed = [Placed(1, table, 50, 500), Placed(1, prose, 50, 500)]
    said = sentences(placed, {})
    assert [s.text for s in said] == ["Summa kostnader 1 000 500", "Kostnaden blir 1 500 000 kronor."]
    assert [said[0].text[b:] for b in said[0].breaks] == ["1 000 500", "500"] and said[1].breaks == ()
    assert [a.raw for a in money.amounts(said)] == ["1 000", "1 500 000 kronor"]


def _catalogue_cases():
    for entry in rules.load("agreements")["agreements"]:
        for text in entry["examples"]:
            yield pytest.param(entry["id"], text, True, id=f"{entry['id']}+{text[:40]}")
        for text in entry["counterexamples"]:
            yield pytest.param(entry["id"], text, False, id=f"{entry['id']}-{text[:40]}")


@pytest.mark.parametrize(("agreement_id", "text", "expected"), list(_catalogue_cases()))
def test_catalogue_examples(agreement_id, text, expected):
    found = {a for a, _ in agreements.match_agreements(text)}
    assert (agreement_id in found) is expected


def test_every_catalogue_entry_has_examples_and_counterexamples():
    for entry in rules.load("agreements")["agreements"]:
        assert entry["examples"] and entry["counterexamples"] and entry["aliases"], entry["id"]


@pytest.mark.parametrize("text", rules.load("agreements")["new_agreement"]["examples"])
def test_new_agreements_are_named_from_their_words(text):
    assert agreements.new_agreements(text)


@pytest.mark.parametrize("text", rules.load("agreements")["new_agreement"]["counterexamples"])
def test_generic_agreement_words_name_no_agreement(text):
    assert agreements.new_agreements(text) == []


def test_mentions_know_whether_they_stand_in_the_decision():
    from schemas.meeting import Item, Source

    item = Item(source=Source.PROTOKOLL, number=12, title="Avtal LOSUS", page_start=1, page_end=1,
                decision="SVOM rekommenderar att förlänga LOSUS avtalet till och med 31 december 2025.")
    said = [
        Sentence("Elsy Bäckström redovisar läget för LOSUS-avtalet.", 1, 12),
        Sentence("SVOM rekommenderar att förlänga LOSUS avtalet till och med 31 december 2025.", 1, 12),
        Sentence("Ett Överenskommelse för säkra digitala möten i samverkan tas fram.", 1, 12),
    ]
    mentions = agreements.agreement_mentions(said, [item])
    assert [(m.agreement_id, m.in_decision) for m in mentions] == [
        ("losus", False), ("losus", True), ("new:overenskommelse-for-sakra-digitala-moten-i-samverkan", False)]
    assert mentions[0].surface == "LOSUS-avtalet"


def test_item_dates_by_rule_with_their_precision():
    said = [Sentence("Avtalet förlängs till och med 2022-10-31 och följs upp hösten 2022, "
                     "senast den 31 december 2025 och i december 2023.", 2, 9),
            Sentence("Utanför alla ärenden: 2024-01-01.", 1, None)]
    got = [(d.date, d.precision.value, d.raw) for d in dates.item_dates(said)]
    assert got == [
        (dt.date(2022, 10, 31), "day", "2022-10-31"),
        (dt.date(2025, 12, 31), "day", "31 december 2025"),
        (dt.date(2023, 12, 1), "month", "december 2023"),
        (dt.date(2022, 9, 1), "period", "hösten 2022"),
    ]


REALDOCS = Path(__file__).resolve().parent.parent.parent / "shared" / "realdocs"  # never copied into the repository


@pytest.mark.skipif(not (REALDOCS / "gold").is_dir(), reason="../shared/realdocs is not on this machine")
def test_real_documents_yield_the_amounts_of_their_gold():
    """Real minutes in euro (Nykarleby) and with only percentages (Riksbank):
    their page stamps, dates like 15.9.2022, § numbers and euro sums are no
    amounts in kronor."""
    from extractors.record import extract_document

    for gold_file in sorted((REALDOCS / "gold").glob("*.gold.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        record = extract_document(REALDOCS / "pdf" / gold["file"])
        got = {(a.item_number, round(float(a.value_sek), 2)) for a in record.amounts}
        assert got == {(a["item"], round(float(a["value_sek"]), 2)) for a in gold["amounts"]}, gold["file"]


def test_a_new_agreement_is_one_whatever_its_case_ending_and_keeps_its_words_as_written():
    said = [Sentence("Förhandling kring AKTA-avtalets lokala justeringspott.", 1, 3),
            Sentence("Lönepunkten fastställs i AKTA-avtalet.", 1, 3)]
    mentions = agreements.agreement_mentions(said, [])
    assert [(m.agreement_id, m.surface) for m in mentions] == [
        ("new:akta-avtalet", "AKTA-avtalets"), ("new:akta-avtalet", "AKTA-avtalet")]


def test_a_range_gives_both_ends_in_its_unit_and_its_dash_is_no_minus():
    assert amounts_in("Lagning uppskattas till 1 - 2 mnkr.") == [
        (Decimal(1_000_000), "1 - 2 mnkr"), (Decimal(2_000_000), "1 - 2 mnkr")]
    assert amounts_in("mellan 2,5–3,5 miljoner kronor") == [
        (Decimal(2_500_000), "2,5–3,5 miljoner kronor"), (Decimal(3_500_000), "2,5–3,5 miljoner kronor")]
    assert amounts_in("perioden 2024-2025 kostar 300 tkr") == [(Decimal(300_000), "300 tkr")]


def test_digits_run_together_past_any_sum_of_money_are_no_amount():
    # groups of three digits read across a list of fees make a 36-digit number: no amount, and no crash
    groups = " ".join(["100"] * 12)
    assert amounts_in(f"Debitering {groups} kr") == []
    assert amounts_in("Budget 2 500 000 kr") == [(Decimal(2_500_000), "2 500 000 kr")]
