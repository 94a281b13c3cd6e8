"""Sentences → amounts of money, in kronor.

What a number without a currency is follows from the document's own amounts
(`_currency`), and euro is never taken for kronor; percentages, years, dates,
counts and diary numbers are not amounts. Vocabulary: `rules/sv/amounts.json`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache
from typing import Sequence

from extractors import rules
from extractors.entities.sentence import CONTEXT_CHARS, Sentence
from schemas.meeting import Amount


@dataclass(frozen=True)
class _AmountVocabulary:
    with_unit: re.Pattern[str]
    grouped: re.Pattern[str]
    units: dict[str, int]
    table_units: tuple[tuple[str, int], ...]
    bare_units: frozenset[str]
    count_words: frozenset[str]
    count_suffixes: tuple[str, ...]
    count_headers: frozenset[str]
    foreign_after: re.Pattern[str]
    foreign_before: re.Pattern[str]
    euro_mark: re.Pattern[str]
    phone_before: re.Pattern[str]
    paragraph_sign: re.Pattern[str]
    contents_line: re.Pattern[str]


@cache
def _amount_vocabulary() -> _AmountVocabulary:
    data = rules.load("amounts")
    by_id = rules.patterns("amounts")
    return _AmountVocabulary(
        with_unit=by_id["amount.with_unit"],
        grouped=by_id["amount.grouped"],
        units={w: m["multiplier"] for m in data["units"] for w in m["words"]},
        table_units=tuple(sorted(
            ((w, m["multiplier"]) for m in data["table_units"] for w in m["words"]), key=lambda t: -len(t[0])
        )),
        bare_units=frozenset(data["bare_units"]),
        count_words=frozenset(data["count_words"]),
        count_suffixes=tuple(data["count_suffixes"]),
        count_headers=frozenset(data["count_headers"]),
        foreign_after=by_id["amount.foreign_after"],
        foreign_before=by_id["amount.foreign_before"],
        euro_mark=by_id["amount.euro_mark"],
        phone_before=by_id["amount.phone_before"],
        paragraph_sign=by_id["amount.paragraph_sign"],
        contents_line=by_id["amount.contents_line"],
    )


def _number(text: str) -> Decimal:
    return Decimal(re.sub(r"[\s .]", "", text).replace(",", "."))


def _signed(match: re.Match[str], value: Decimal) -> Decimal:
    return -value if match.group("sign") else value


_BARE_NUMBER = re.compile(r"(?<![\w,.:/-])(?<!\d, )(?P<sign>[-−–]\s?)?(?P<number>\d{1,3}(?:[  ]\d{3})*(?:,\d{1,2})?)(?![\w,.:/-]?\d)")
_YEAR = re.compile(r"^(19|20)\d\d$")
_RANGE_START = re.compile(r"(?<![\w,.])(?P<number>\d{1,3}(?:[  ]\d{3})+(?:,\d{1,2})?|\d+(?:,\d+)?)\s?[-–]\s?$")
_PLAIN_CELL = re.compile(r"\s*(?P<sign>[-−–]\s?)?(?P<number>\d{4,9})\s*")
_NUMERIC_CELL = re.compile(r"^[-−–]?\s?\d[\d  ]*(?:,\d+)?\s*(?:%|procent)?$")
_TRAILING_NUMBERS = re.compile(r"(?<!\S)[-−–]?\d[\d\s,−–-]*$")  # one character class: no backtracking


@dataclass
class _Found:
    start: int
    end: int
    value: Decimal
    raw: str


def amounts(items_sentences: Sequence[Sentence]) -> list[Amount]:
    """Every amount in kronor. Within a table headed '(tkr)' or 'Belopp
    kronor', every number of its value cells. Numbers without a currency
    count as kronor only as far as the document's currency allows (`_currency`)."""
    v = _amount_vocabulary()
    grouped_ok, millions_ok = _currency(items_sentences, v)
    out: list[Amount] = []
    table: tuple[int, Decimal] | None = None  # (page, multiplier) of the table being read
    for s in items_sentences:
        found: list[_Found] = []
        for m in v.with_unit.finditer(s.text):
            unit = re.sub(r"\s+", " ", m.group("unit").lower())
            if _crosses(s, m.start("number"), m.end("number")) or _elsewhere(s.text, m, v):
                continue
            if unit in v.bare_units and (not millions_ok or _counted(s.text, m, v)):
                continue  # '37 miljoner' in a document that never says kronor; '2 miljoner invånare'
            multiplier = v.units.get(unit, v.units.get(unit.rstrip("."), 1))
            low = _RANGE_START.search(s.text, 0, m.start("number"))
            if (low and not _crosses(s, low.start(), m.end())  # '1–2 mnkr': both ends, in the unit, neither negative
                    and _number(low.group("number")) < _number(m.group("number"))):
                raw = s.text[low.start():m.end()].strip()
                found.append(_Found(low.start(), low.end(), _number(low.group("number")) * multiplier, raw))
                found.append(_Found(low.end(), m.end(), _number(m.group("number")) * multiplier, raw))
                continue
            value = _signed(m, _number(m.group("number")) * multiplier)
            found.append(_Found(m.start(), m.end(), value, m.group(0).strip()))
        if table and table[0] != s.page_no:  # a table goes on over the page with rows of cells
            table = (s.page_no, table[1]) if s.page_no == table[0] + 1 and s.breaks else None
        if table and _prose(s.text):
            table = None
        if not found:
            unit = _table_unit(s.text, v.table_units)
            if unit is not None:
                table = (s.page_no, Decimal(unit))
                continue
        if grouped_ok and not v.contents_line.search(s.text):
            if table is not None:
                found += _table_numbers(s, table[1], found, v)
            else:
                found += _grouped_numbers(s, found, v)
        for f in sorted(found, key=lambda f: f.start):
            if abs(f.value) >= MAX_SEK:
                continue  # digits run together (a code, an account or a table read across): no sum of money
            at = _raw_at(s.text, f)
            out.append(Amount(item_number=s.item_number, page_no=s.page_no, value_sek=f.value, raw=f.raw,
                              context=s.text[:CONTEXT_CHARS], box=s.box(at, at + len(f.raw), f.raw)))
    return out


def _raw_at(text: str, f: _Found) -> int:
    """Where an amount's raw text starts in its sentence: the occurrence
    that holds the number (a range's raw starts before its upper end's number)."""
    at = text.find(f.raw, max(0, f.start - len(f.raw)))
    while 0 <= at and at + len(f.raw) <= f.start:
        at = text.find(f.raw, at + 1)
    return at if at >= 0 else f.start


MAX_SEK = Decimal(10) ** 15  # what DECIMAL(18,2) holds, and far more than any public budget


def _currency(items_sentences: Sequence[Sentence], v: _AmountVocabulary) -> tuple[bool, bool]:
    """What numbers without a currency are, from the document's own amounts:
    kronor amounts and kronor table headers against mentions of euro.
    Numbers in thousand groups and table cells are kronor unless euro is
    mentioned more often (a Finland-Swedish document in euro has no amounts
    in SEK); a bare '37 miljoner' only when the document states kronor at all.
    Returns (grouped numbers are kronor, bare millions are kronor)."""
    kronor = euro = 0
    for s in items_sentences:
        euro += len(v.euro_mark.findall(s.text))
        kronor += sum(1 for m in v.with_unit.finditer(s.text)
                      if m.group("unit").lower() not in v.bare_units and not _elsewhere(s.text, m, v))
        kronor += _table_unit(s.text, v.table_units) is not None
    return euro <= kronor, 0 < kronor >= euro


def _prose(text: str) -> bool:
    """A sentence of running text, which ends a table (its label cells, short
    and often without digits, do not)."""
    words = len(re.findall(r"[^\W\d_]{2,}", text))
    return words >= 12 or (words >= 6 and text.rstrip().endswith((".", "!", "?", ":")))


def _cells(s: Sentence) -> list[tuple[int, int]]:
    edges = [0, *s.breaks, len(s.text)]
    return [(a, b) for a, b in zip(edges, edges[1:]) if s.text[a:b].strip()]


def _crosses(s: Sentence, start: int, end: int) -> bool:
    return any(start < b < end for b in s.breaks)


def _elsewhere(text: str, m: re.Match[str], v: _AmountVocabulary) -> bool:
    """Not money in kronor, or not money: another currency after or before
    it, a § beside it, a phone label or country code before it."""
    before, after = text[: m.start()], text[m.end():]
    return bool(
        v.foreign_after.search(after) or v.foreign_before.search(before)
        or v.paragraph_sign.search(after[:2]) or v.paragraph_sign.search(before[-2:])
        or v.phone_before.search(before)
    )


def _grouped_numbers(s: Sentence, found: list[_Found], v: _AmountVocabulary) -> list[_Found]:
    """'6 200 011', '-755 072': thousand groups without a unit, cell by cell."""
    out = []
    for a, b in _cells(s):
        for m in v.grouped.finditer(s.text, a, b):
            if (_overlaps(found + out, m) or _counted(s.text, m, v) or _in_number_run(s.text, m, a)
                    or _elsewhere(s.text, m, v) or _row_counts(s, a, v)):
                continue
            out.append(_Found(m.start(), m.end(), _signed(m, _number(m.group("number"))), m.group(0).strip()))
    return out


def _table_numbers(s: Sentence, multiplier: Decimal, found: list[_Found], v: _AmountVocabulary) -> list[_Found]:
    """In a table with a unit: the numbers of its value cells, in that unit.
    A cell of text keeps only the numbers it ends with ('Personal 350');
    a row's leading number ('1', '6289 Utrustning') is its index or code;
    zeros, years and percentages are none."""
    out = []
    cells = _cells(s)
    for index, (a, b) in enumerate(cells):
        cell = s.text[a:b].strip()
        if not _NUMERIC_CELL.match(cell):
            tail = _TRAILING_NUMBERS.search(s.text, a, b)
            if tail is None or tail.start() == a:
                continue
            a = tail.start()
        elif index == 0 and len(cells) > 1 and re.fullmatch(r"\d{1,3}", cell) and not _NUMERIC_CELL.match(
                s.text[cells[1][0]:cells[1][1]].strip()):
            continue  # the row's number, before its text
        plain = _PLAIN_CELL.fullmatch(s.text, a, b)  # '4024': a cell holds one number, grouped or not
        for m in [plain] if plain else _BARE_NUMBER.finditer(s.text, a, b):
            value = _number(m.group("number"))
            if (not value or _overlaps(found + out, m) or _YEAR.match(m.group("number"))
                    or _counted(s.text, m, v) or _elsewhere(s.text, m, v)):
                continue
            out.append(_Found(m.start(), m.end(), _signed(m, value * multiplier), m.group(0).strip()))
    return out


def _overlaps(found: list[_Found], m: re.Match[str]) -> bool:
    return any(f.start < m.end() and m.start() < f.end for f in found)


def _counted(text: str, m: re.Match[str], v: _AmountVocabulary) -> bool:
    """'12 000 invånare', '1 500 besök', '60 000 m²', a row 'Antal 190 258': a count, not money."""
    after = text[m.end():].lstrip().split(" ", 1)[0].lower().rstrip(".,;:)")
    first = " ".join(text.lower().split()[:2]).rstrip(":")
    return (
        after in v.count_words or (after != "" and after.endswith(v.count_suffixes))
        or any(first == h or first.startswith(h + " ") for h in v.count_headers)
    )


def _row_counts(s: Sentence, cell_start: int, v: _AmountVocabulary) -> bool:
    """A table row whose label names a count ('Rehab. arbetsdagar | 2 357')."""
    if not s.breaks or cell_start == 0:
        return False
    label = s.text[: s.breaks[0]].lower()
    words = re.findall(r"[\wåäö²]+", label)
    return any(w.endswith(v.count_suffixes) for w in words)


def _in_number_run(text: str, m: re.Match[str], cell_start: int = 0) -> bool:
    """'… 19 12 147' in a table of counts (within one cell): the grouping is ambiguous, so not money."""
    before = text[cell_start: m.start()].rstrip().rsplit(" ", 1)[-1]
    return bool(re.fullmatch(r"\d{1,3}", before))


def _table_unit(text: str, table_units) -> int | None:
    lowered = f" {text.lower()} "
    if not _any_unit_word(table_units).search(lowered):
        return None  # no unit word anywhere in it (most sentences): none as a word or at the end either
    stripped = lowered.strip()
    for word, multiplier in table_units:
        if f" {word} " in lowered or stripped.endswith(word):
            return multiplier
    return None


@lru_cache(maxsize=8)
def _any_unit_word(table_units) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(word) for word, _ in table_units))
