"""Placed lines → sentences → amounts, agreement mentions and item dates.

Sentences come from the same paragraph reading as item fields
(`blocks.paragraphs`), per page and per owning item, so every entity knows its
page, its item, and the sentence or table row it stands in. Vocabulary lives
in `rules/sv/amounts.json` and `rules/sv/agreements.json`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import groupby
from typing import Sequence

from extractors import blocks, fields, rules
from extractors.blocks import Placed
from schemas.ids import slug
from schemas.meeting import AgreementMention, Amount, Item, ItemDate, Precision

CONTEXT_CHARS = 400


@dataclass(frozen=True)
class Sentence:
    text: str
    page_no: int
    item_number: int | None


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
        text = blocks.paragraphs([p for _, p in group]) or ""
        for paragraph in text.split("\n"):
            for part in _SENTENCE_END.split(paragraph):
                if part.strip():
                    out.append(Sentence(part.strip(), page_no, owner))
    return out


# ---------------------------------------------------------------- amounts


@cache
def _amount_vocabulary():
    data = rules.load("amounts")
    by_id = {r.id: r.pattern for r in rules.rules("amounts")}
    units = {w: m["multiplier"] for m in data["units"] for w in m["words"]}
    table_units = sorted(
        ((w, m["multiplier"]) for m in data["table_units"] for w in m["words"]), key=lambda t: -len(t[0])
    )
    counts = (frozenset(data["count_words"]), frozenset(data["count_headers"]))
    return by_id["amount.with_unit"], by_id["amount.grouped"], units, table_units, counts


def _number(text: str) -> Decimal:
    return Decimal(re.sub(r"[\s .]", "", text).replace(",", "."))


def _signed(match: re.Match[str], value: Decimal) -> Decimal:
    return -value if match.group("sign") else value


_BARE_NUMBER = re.compile(r"(?<![\w,.:/-])(?<!\d, )(?P<sign>[-−–]\s?)?(?P<number>\d{1,3}(?:[  ]\d{3})*(?:,\d{1,2})?)(?![\w,:/-]?\d)")
_YEAR = re.compile(r"^(19|20)\d\d$")


def amounts(items_sentences: Sequence[Sentence]) -> list[Amount]:
    """Every amount; within a table headed '(tkr)' or 'Belopp kronor', every number of its rows."""
    with_unit, grouped, units, table_units, count_words = _amount_vocabulary()
    out: list[Amount] = []
    table: tuple[int, Decimal] | None = None  # (page, multiplier) of the table being read
    for s in items_sentences:
        found: list[tuple[int, int, Decimal, str]] = []
        for m in with_unit.finditer(s.text):
            unit = re.sub(r"\s+", " ", m.group("unit").lower())
            value = _signed(m, _number(m.group("number")) * units.get(unit, units.get(unit.rstrip("."), 1)))
            found.append((m.start(), m.end(), value, m.group(0).strip()))
        for m in grouped.finditer(s.text):
            if _overlaps(found, m) or _counted(s.text, m, count_words) or _in_number_run(s.text, m):
                continue
            found.append((m.start(), m.end(), _signed(m, _number(m.group("number"))), m.group(0).strip()))
        if table and table[0] != s.page_no or not re.search(r"\d", s.text):
            table = None
        if not found:
            unit = _table_unit(s.text, table_units)
            if unit is not None:
                table = (s.page_no, Decimal(unit))
                continue
        if table is not None:
            for m in _BARE_NUMBER.finditer(s.text):
                if _overlaps(found, m) or _YEAR.match(m.group("number")):
                    continue
                found.append((m.start(), m.end(), _signed(m, _number(m.group("number")) * table[1]), m.group(0).strip()))
        for _, _, value, raw in sorted(found):
            out.append(Amount(item_number=s.item_number, page_no=s.page_no, value_sek=value, raw=raw, context=s.text[:CONTEXT_CHARS]))
    return out


def _overlaps(found, m: re.Match[str]) -> bool:
    return any(a < m.end() and m.start() < b for a, b, _, _ in found)


def _counted(text: str, m: re.Match[str], counts: tuple[frozenset[str], frozenset[str]]) -> bool:
    """'12 000 invånare', '1 500 besök', a row 'Antal 190 258': a count, not money."""
    words, headers = counts
    after = text[m.end():].lstrip().split(" ", 1)[0].lower().rstrip(".,;:)")
    first = " ".join(text.lower().split()[:2]).rstrip(":")
    return after in words or any(first == h or first.startswith(h + " ") for h in headers)


def _in_number_run(text: str, m: re.Match[str]) -> bool:
    """'… 19 12 147' in a table of counts: the grouping is ambiguous, so not money."""
    before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
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
    names = []
    for m in _new_agreement_pattern().finditer(text):
        name = (m.group("name") or m.group("compound") or "").strip()
        if not name or name.endswith("-"):  # cut at a suspended compound ('vid in-'): not a name
            continue
        name = name[0].upper() + name[1:]
        names.append(name)
    return names


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
                page_no=s.page_no, surface=surface, in_decision=in_decision,
            ))
        # a sentence about a catalogued agreement names it; its other 'avtal om …' are that one
        for name in [] if known else new_agreements(s.text):
            out.append(AgreementMention(
                agreement_id=f"new:{slug(name)}", name=name, item_number=s.item_number,
                page_no=s.page_no, surface=name, in_decision=in_decision,
            ))
    return out


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
                out.append(ItemDate(item_number=s.item_number, date=date, raw=m.group(0), context=s.text[:CONTEXT_CHARS], precision=precision))
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
