"""Amounts, agreements and dates from sentences (no PDF, no Prefect, no DuckDB):
the catalogue's own examples and counterexamples, and the not-amounts of the
issue, each run here."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from extractors import entities, rules
from extractors.entities import Sentence


# a sentence elsewhere in the document that states an amount in kronor: numbers
# without a unit are kronor only in a document that writes its amounts in kronor
IN_KRONOR = Sentence("Avgiften är 100 kr.", 99, None)


def amounts_in(*texts: str, item: int | None = 1, document: tuple[Sentence, ...] = (IN_KRONOR,)) -> list[tuple[Decimal, str]]:
    found = entities.amounts([*document, *(Sentence(t, 1, item) for t in texts)])
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
    [amount] = entities.amounts([Sentence("Nämnden avsätter 200 000 kronor till projektet.", 4, 12)])
    assert (amount.item_number, amount.page_no, amount.raw) == (12, 4, "200 000 kronor")
    assert amount.context == "Nämnden avsätter 200 000 kronor till projektet."


def _catalogue_cases():
    for entry in rules.load("agreements")["agreements"]:
        for text in entry["examples"]:
            yield pytest.param(entry["id"], text, True, id=f"{entry['id']}+{text[:40]}")
        for text in entry["counterexamples"]:
            yield pytest.param(entry["id"], text, False, id=f"{entry['id']}-{text[:40]}")


@pytest.mark.parametrize(("agreement_id", "text", "expected"), list(_catalogue_cases()))
def test_catalogue_examples(agreement_id, text, expected):
    found = {a for a, _ in entities.match_agreements(text)}
    assert (agreement_id in found) is expected


def test_every_catalogue_entry_has_examples_and_counterexamples():
    for entry in rules.load("agreements")["agreements"]:
        assert entry["examples"] and entry["counterexamples"] and entry["aliases"], entry["id"]


@pytest.mark.parametrize("text", rules.load("agreements")["new_agreement"]["examples"])
def test_new_agreements_are_named_from_their_words(text):
    assert entities.new_agreements(text)


@pytest.mark.parametrize("text", rules.load("agreements")["new_agreement"]["counterexamples"])
def test_generic_agreement_words_name_no_agreement(text):
    assert entities.new_agreements(text) == []


def test_mentions_know_whether_they_stand_in_the_decision():
    from schemas.meeting import Item, Source

    item = Item(source=Source.PROTOKOLL, number=12, title="Avtal LOSUS", page_start=1, page_end=1,
                decision="SVOM rekommenderar att förlänga LOSUS avtalet till och med 31 december 2025.")
    said = [
        Sentence("Elsy Bäckström redovisar läget för LOSUS-avtalet.", 1, 12),
        Sentence("SVOM rekommenderar att förlänga LOSUS avtalet till och med 31 december 2025.", 1, 12),
        Sentence("Ett Överenskommelse för säkra digitala möten i samverkan tas fram.", 1, 12),
    ]
    mentions = entities.agreement_mentions(said, [item])
    assert [(m.agreement_id, m.in_decision) for m in mentions] == [
        ("losus", False), ("losus", True), ("new:overenskommelse-for-sakra-digitala-moten-i-samverkan", False)]
    assert mentions[0].surface == "LOSUS-avtalet"


def test_item_dates_by_rule_with_their_precision():
    said = [Sentence("Avtalet förlängs till och med 2022-10-31 och följs upp hösten 2022, "
                     "senast den 31 december 2025 och i december 2023.", 2, 9),
            Sentence("Utanför alla ärenden: 2024-01-01.", 1, None)]
    got = [(d.date, d.precision.value, d.raw) for d in entities.item_dates(said)]
    assert got == [
        (dt.date(2022, 10, 31), "day", "2022-10-31"),
        (dt.date(2025, 12, 31), "day", "31 december 2025"),
        (dt.date(2023, 12, 1), "month", "december 2023"),
        (dt.date(2022, 9, 1), "period", "hösten 2022"),
    ]
