"""Placed lines → sentences → amounts, agreement mentions and item dates.

Sentences come from the same paragraph reading as item fields
(`blocks.paragraphs`), per page and per owning item, so every entity knows its
page, its item, and the sentence or table row it stands in; a sentence made of
table rows also knows where each cell begins (the lines' wide gaps), so that
numbers of neighbouring cells are never read as one. Amounts are in kronor:
what a number without a currency is follows from the document's own amounts
(`_currency`), and euro is never taken for kronor. Vocabulary lives in
`rules/sv/amounts.json` and `rules/sv/agreements.json`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import groupby
from typing import Sequence

from extractors import blocks, fields, provenance, rules
from extractors.blocks import Placed
from schemas.provenance import Region
from schemas.ids import slug
from schemas.meeting import AgreementMention, Amount, Item, ItemDate, Precision

CONTEXT_CHARS = 400


@dataclass(frozen=True)
class Sentence:
    text: str
    page_no: int
    item_number: int | None
    # where a table cell starts inside `text` (a line's wide gaps, and the end of
    # a line of several cells): numbers do not run across cells
    breaks: tuple[int, ...] = ()
    # where the sentence was read from: the lines of its stretch, and where it
    # starts in their text (-1: not found as printed); see `box`
    source: "_Stretch | None" = field(default=None, compare=False, repr=False)
    start: int = -1

    def box(self, start: int, end: int, surface: str) -> Region | None:
        """Where `surface`, at [start, end) of this sentence's text, stands on its page."""
        if self.source is None or self.start < 0:
            return None
        return self.source.box(self.start + start, self.start + end, surface)


class _Stretch:
    """The lines of one (item, page) stretch and the text read from them;
    its `provenance.Locator` is built the first time an entity asks for a box."""

    __slots__ = ("lines", "text", "_locator")

    def __init__(self, lines: Sequence[Placed], text: str):
        self.lines, self.text, self._locator = lines, text, None

    def box(self, start: int, end: int, surface: str) -> Region | None:
        if self._locator is None:
            self._locator = provenance.Locator(self.lines)
        near = len(provenance.keys(self.text[:start]))
        span = self._locator.find(surface, near)
        if span is None or span[0] - near > len(provenance.keys(self.text[start:end])):
            span = self._locator.find(surface)  # not where the offsets say: its first occurrence
        if span is None:
            return None
        return self._locator.region(*span, lead=provenance.leading_marks(surface))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”(])")


_CONTENTS_LINE = re.compile(r"^\W{0,2}(?:§\s*\d+|\d{1,3}[.)]?)\s+\S")


def sentences(placed: Sequence[Placed], owners: dict[int, int]) -> list[Sentence]:
    """Each paragraph or list point of each (page, item) stretch, split at
    sentence ends. In a document with items, a numbered line outside every
    item is its table of contents, not text about anything."""
    out: list[Sentence] = []
    keyed = [
        (owners.get(i), p)
        for i, p in enumerate(placed)
        if i in owners or not owners or not _CONTENTS_LINE.match(p.text)
    ]
    for (owner, page_no), group in groupby(keyed, key=lambda t: (t[0], t[1].page_no)):
        lines = [p for _, p in group]
        text = blocks.paragraphs(lines) or ""
        breaks = _cell_breaks(text, lines)
        stretch = _Stretch(lines, text)
        at = 0
        for paragraph in text.split("\n"):
            for part in _SENTENCE_END.split(paragraph):
                if part.strip():
                    start = text.find(part.strip(), at)
                    found_at = start
                    if start < 0:  # not found as printed: no cells known
                        start = at = len(text)
                    else:
                        at = start + len(part.strip())
                    cells = tuple(b - start for b in breaks if start < b < at)
                    out.append(Sentence(part.strip(), page_no, owner, cells, stretch, found_at))
    return out


def _cell_breaks(text: str, lines: Sequence[Placed]) -> list[int]:
    """Offsets in `text` where a cell of a table row begins: each segment of
    a line of several segments, and whatever follows such a line."""
    breaks: list[int] = []
    at = 0
    for p in lines:
        if len(p.line.segments) < 2:
            continue
        cells = [re.sub(r"\s+", " ", c).strip() for c in p.line.segment_texts]
        start = text.find(" ".join(cells), at)
        if start < 0:  # joined differently (hyphenation undone): no cells known
            continue
        for cell in cells:
            breaks.append(start)
            start += len(cell) + 1
        breaks.append(start - 1)  # the row ends here
        at = start - 1
    return sorted(set(b for b in breaks if b > 0))


# ---------------------------------------------------------------- amounts


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
    by_id = {r.id: r.pattern for r in rules.rules("amounts")}
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
    for word, multiplier in table_units:
        if f" {word} " in lowered or lowered.strip().endswith(word):
            return multiplier
    return None


# ---------------------------------------------------------------- agreements


@dataclass(frozen=True)
class Agreement:
    agreement_id: str
    name: str
    aliases: tuple[str, ...]


@cache
def catalogue() -> tuple[Agreement, ...]:
    return tuple(
        Agreement(a["id"], a["name"], tuple(a["aliases"])) for a in rules.load("agreements")["agreements"]
    )


_WORD = r"[0-9a-zåäöéüæø]+"


def _words_and_commas(text: str) -> tuple[list[str], list[int]]:
    """Lower-case words (hyphens, dashes and slashes separate words), and for
    each the number of commas before it (clause distance)."""
    words, commas, seen = [], [], 0
    for token in re.findall(_WORD + "|,", re.sub(r"[-–—/]", " ", text.casefold())):
        if token == ",":
            seen += 1
        else:
            words.append(token)
            commas.append(seen)
    return words, commas


@cache
def _matcher():
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    matcher = Matcher(nlp.vocab)
    needs: list[tuple[frozenset[str], tuple[str, ...]]] = []
    for entry in rules.load("agreements")["agreements"]:
        patterns = []
        for phrase in entry["patterns"]:
            patterns.append(
                [{"LOWER": {"REGEX": f"^{re.escape(w[:-1])}"}} if w.endswith("*") else {"LOWER": w} for w in phrase]
            )
            needs.append((frozenset(w for w in phrase if not w.endswith("*")),
                          tuple(" " + w[:-1] for w in phrase if w.endswith("*"))))
        matcher.add(entry["id"], patterns)
    return nlp, matcher, tuple(needs)


def _may_match(words: list[str], needs) -> bool:
    """Whether some pattern has all its words (and a word for each of its
    prefixes) in the sentence: most sentences have none and are passed over
    without building a spaCy Doc."""
    present = set(words)
    joined = " " + " ".join(words)  # ' ' + prefix in it: some word starts with the prefix
    return any(exact <= present and all(prefix in joined for prefix in prefixes) for exact, prefixes in needs)


def _agreement_word():
    return re.compile(rules.load("agreements")["agreement_word_pattern"])


def match_agreements(text: str) -> list[tuple[str, str]]:
    """(agreement id, surface) for each catalogue agreement named in one
    sentence: its words, in a sentence that also has an agreement word of its
    own ('Samverkansavtal Barnahus', 'Barnahus … bygger på en överenskommelse',
    'LOSUS-avtalet')."""
    from spacy.tokens import Doc

    nlp, matcher, needs = _matcher()
    words, commas = _words_and_commas(text)
    if not _may_match(words, needs):
        return []
    doc = Doc(nlp.vocab, words=words)
    spans = []
    for match_id, start, end in matcher(doc):
        spans.append((nlp.vocab.strings[match_id], start, end))
    agreement_word = _agreement_word()
    data = rules.load("agreements")
    window, max_commas = data["context_window"], data["context_max_commas"]
    claimed = {i for _, start, end in spans for i in range(start, end)}
    free = [i for i, w in enumerate(words) if i not in claimed and agreement_word.search(w)]
    out: list[tuple[str, str]] = []
    for agreement_id, start, end in sorted(spans, key=lambda s: (s[1], -(s[2] - s[1]))):
        named = any(agreement_word.search(words[i]) for i in range(start, end))
        near = any(
            start - window <= i < end + window and abs(commas[i] - commas[start]) <= max_commas for i in free
        )
        if (named or near) and agreement_id not in {a for a, _ in out}:
            out.append((agreement_id, _surface(text, words[start:end])))
    return out


def _surface(text: str, words: list[str]) -> str:
    """The words as printed, with the rest of a word they end inside of
    ('Mini Marias', 'LOSUS-avtalet')."""
    pattern = r"[\s\-–—/]+".join(re.escape(w) for w in words) + r"[\w]*(?:-[\w]+)*"  # 'LOSUS-avtalet' whole
    m = re.search(pattern, text, re.IGNORECASE)
    return m.group(0) if m else " ".join(words)


@cache
def _new_agreement_pattern() -> re.Pattern[str]:
    return re.compile(rules.load("agreements")["new_agreement"]["pattern"])


def new_agreements(text: str) -> list[str]:
    """Names of agreements the catalogue does not know: 'Överenskommelse för
    säkra digitala möten i samverkan', 'KOMET-avtalet'."""
    return [name for name, _ in _new_agreements(text)]


def _new_agreements(text: str) -> list[tuple[str, str]]:
    """(name, surface as written) of each agreement the catalogue does not know."""
    out = []
    for m in _new_agreement_pattern().finditer(text):
        surface = (m.group("name") or m.group("compound") or "").strip()
        surface = re.sub(r"\s+\w$", "", surface)  # cut at an abbreviation ('vid in- t.o.m.'): its first letter goes
        if not surface or surface.endswith("-"):  # cut at a suspended compound ('vid in-'): not a name
            continue
        name = surface
        if m.group("compound"):  # 'AKTA-avtalets', 'AKTA-avtal' → 'AKTA-avtalet': one agreement
            name = re.sub(r"-avtal(?:ets|ens|en|s)?$", "-avtalet", name)
        out.append((name[0].upper() + name[1:], surface))
    return out


def agreement_mentions(
    items_sentences: Sequence[Sentence], items: Sequence[Item], outside: str = ""
) -> list[AgreementMention]:
    """Mentions per sentence; `in_decision` when the sentence stands in its
    item's proposal or decision (`outside`: the proposal of a document
    without items, such as a tjänsteskrivelse)."""
    by_id = {a.agreement_id: a for a in catalogue()}
    decided = {i.number: _flat(" ".join(t for t in (i.proposal, i.decision) if t)) for i in items}
    decided[None] = _flat(outside)
    out = []
    for s in items_sentences:
        flat = _flat(s.text)
        in_decision = bool(flat) and flat in decided.get(s.item_number, "")
        known = match_agreements(s.text)
        for agreement_id, surface in known:
            out.append(AgreementMention(
                agreement_id=agreement_id, name=by_id[agreement_id].name, item_number=s.item_number,
                page_no=s.page_no, surface=surface, in_decision=in_decision, box=_surface_box(s, surface),
            ))
        # a sentence about a catalogued agreement names it; its other 'avtal om …' are that one
        for name, surface in [] if known else _new_agreements(s.text):
            out.append(AgreementMention(
                agreement_id=f"new:{slug(name)}", name=name, item_number=s.item_number,
                page_no=s.page_no, surface=surface, in_decision=in_decision, box=_surface_box(s, surface),
            ))
    return out


def _surface_box(s: Sentence, surface: str) -> Region | None:
    at = s.text.find(surface)
    return s.box(at, at + len(surface), surface) if at >= 0 else s.box(0, len(s.text), surface)


def _flat(text: str) -> str:
    return " ".join(_words_and_commas(text)[0])


# ---------------------------------------------------------------- dates


@cache
def _date_patterns() -> tuple[tuple[Precision, re.Pattern[str]], ...]:
    header = rules.load("header")
    months = "|".join(header["months"])
    periods = "|".join(sorted(header["periods"]["words"], key=len, reverse=True))
    return (
        (Precision.DAY, re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")),
        (Precision.DAY, re.compile(rf"(?<!\d)(\d{{1,2}})(?::[ae])?\s+({months})\s+(\d{{4}})(?!\d)", re.I)),
        (Precision.MONTH, re.compile(rf"\b({months})\s+(\d{{4}})(?!\d)", re.I)),
        (Precision.PERIOD, re.compile(rf"\b({periods})\s+(\d{{4}})(?!\d)", re.I)),
    )


@cache
def _dateparser():
    import dateparser

    return dateparser.DateDataParser(languages=["sv"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def item_dates(items_sentences: Sequence[Sentence]) -> list[ItemDate]:
    """Dates stated inside items: found by rule, parsed by dateparser configured
    once for Swedish, day before month; a season keeps its text as a period."""
    out = []
    for s in items_sentences:
        if s.item_number is None:
            continue
        taken: list[tuple[int, int]] = []
        for precision, pattern in _date_patterns():
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                date = _parse_date(precision, m)
                if date is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(ItemDate(item_number=s.item_number, date=date, raw=m.group(0), context=s.text[:CONTEXT_CHARS],
                                   precision=precision, box=s.box(m.start(), m.end(), m.group(0))))
    return out


def _parse_date(precision: Precision, m: re.Match[str]) -> dt.date | None:
    try:
        header = rules.load("header")
        if precision is Precision.PERIOD:
            return dt.date(int(m.group(2)), header["periods"]["words"][m.group(1).lower()], 1)
        if precision is Precision.MONTH:
            return dt.date(int(m.group(2)), header["months"].index(m.group(1).lower()) + 1, 1)
        if m.re is _date_patterns()[0][1]:  # ISO 8601: no need to ask dateparser (1–2 ms a call)
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        data = _dateparser().get_date_data(m.group(0))
        return data.date_obj.date() if data and data.date_obj else None
    except ValueError:
        return None


# ---------------------------------------------------------------- all of it


@dataclass
class Entities:
    amounts: list[Amount]
    agreement_mentions: list[AgreementMention]
    item_dates: list[ItemDate]


def read_entities(placed: Sequence[Placed], owners: dict[int, int], items: Sequence[Item]) -> Entities:
    found = sentences(placed, owners)
    outside = ""
    if not items:  # an underlag: its own 'Förslag till beslut' is where it proposes
        text = fields.split_fields(placed).text
        outside = " ".join(t for t in (text["proposal"], text["decision"]) if t)
    return Entities(amounts(found), agreement_mentions(found, items, outside), item_dates(found))
