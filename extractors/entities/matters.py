"""Matters across bodies: diary numbers normalised, references to other
meetings' §§, and the abbreviations a document defines for bodies.

Pure functions over strings and placed lines; the vocabulary is
`rules/sv/matters.json`. The normal form of a diarienummer is
`SERIES YEAR/SERIAL` ('KS 2024/512'), or `YEAR/SERIAL` when the number has no
series: the series in capitals, its parts joined by '/', the serial without
leading zeros, the part after the serial ('2023/145-3': document 3 of the
matter) and a Finland-Swedish classification code ('302/00.01.03.01/2022')
left out, because they name a document or a filing place, not the matter.
A number these forms do not fit keeps its printed form in capitals, spaces
collapsed.

A reference is read where its date and § stand ('… 2024-11-18 § 255',
'… 14.6.2021, 118 §', 'KS § 437 06-12-13'); the body is read backwards from
there over the words of a name. Which item it names is decided in the
warehouse (warehouse/matters.py) among the items stored, so the order in
which documents arrive never matters.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Sequence

from extractors.structure import blocks, name_order
from extractors import rules
from extractors.reading.placed import Placed
from schemas.matters import BodyAlias, CaseNumber, Reference
from schemas.meeting import Item

CONTEXT_CHARS = 300
BODY_WORDS = 8  # a body's name is at most this many words
HEADER_LINES = 25  # an underlag states its diary number among its first lines


@cache
def _vocabulary() -> dict:
    return rules.load("matters")


@cache
def rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("matters") if r.id == rule_id)


# ---------------------------------------------------------------- diary numbers


def case_number(text: str | None) -> CaseNumber | None:
    """A diary number as printed ('Dnr KS 2024/512', 'DNR:KU/2007.9',
    'RS/2023/145') in its normal form; None for empty text."""
    if text is None or not text.strip():
        return None
    raw = " ".join(text.split())
    rest = raw
    if m := rule("case.label").pattern.match(rest):
        rest = rest[m.end():]
    rest = rest.strip(" :.-–")
    if not rest:
        return None
    m = rule("case.value").pattern.match(rest.upper() if rest[:1].islower() else rest)
    if m is None:
        return CaseNumber(raw=raw, normal=re.sub(r"\s+", " ", rest.upper()).strip())
    series = m.group("series")
    if series:
        series = "/".join(re.split(r"\s*[/-]\s*", series.upper().strip()))
    year = int(m.group("year") or m.group("year_last"))
    serial = int(m.group("serial") or m.group("serial_first"))
    normal = f"{series} {year}/{serial}" if series else f"{year}/{serial}"
    return CaseNumber(raw=raw, normal=normal, series=series or None, year=year, serial=serial)


def find_case_number(text: str) -> CaseNumber | None:
    """The first diary number introduced by its label ('Diarienummer: KFJH
    2024/0031') in a line of text."""
    for m in rule("case.label").pattern.finditer(text):
        value = rule("case.value").pattern.match(text[m.end():])
        if value:
            return case_number(text[m.start(): m.end() + value.end()])
    return None


def with_case_numbers(items: Sequence[Item], stated: dict[int, CaseNumber] | None = None) -> list[Item]:
    """Items with `case_number` normalised and the printed form kept in
    `case_number_raw` (an item read before keeps what it has); an item
    without one takes the number its own text states (`stated`, by item
    number: the header of a tjänsteskrivelse bundled under an agenda item)."""
    out = []
    for item in items:
        if item.case_number_raw is not None:
            out.append(item)
            continue
        if item.case_number is None:
            if (found := (stated or {}).get(item.number)) is not None:
                item = item.model_copy(update={"case_number": found.normal, "case_number_raw": found.raw})
            out.append(item)
            continue
        found = case_number(item.case_number)
        out.append(item.model_copy(update={
            "case_number": found.normal if found else None, "case_number_raw": item.case_number}))
    return out


def document_case_number(placed: Sequence[Placed], margins: Sequence[str] = ()) -> CaseNumber | None:
    """An underlag's own diary number: the first one its header states
    ('Diarienummer: KFJH 2024/0031' among the first lines, or in the
    running header)."""
    first_page = placed[0].page_no if placed else 1
    lines = [p.text for p in placed[:HEADER_LINES] if p.page_no == first_page]
    for text in [*margins, *lines]:
        if found := find_case_number(text):
            return found
    return None


# ---------------------------------------------------------------- dates


def _date(text: str) -> dt.date | None:
    """'2023-10-06', '16.8.2021', '6 oktober 2023', '06-12-13' (YY-MM-DD); None for a date no meeting can have had."""
    return _plausible(_read_date(text))


def _read_date(text: str) -> dt.date | None:
    text = text.strip().lower()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{2})-(\d{2})-(\d{2})", text):
            year = int(m[1])
            return dt.date(2000 + year if year < 70 else 1900 + year, int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})\s+([a-zåäö]+)\s+(\d{4})", text):
            month = _vocabulary()["months"].get(m[2])
            return dt.date(int(m[3]), month, int(m[1])) if month else None
    except ValueError:
        return None
    return None


def _plausible(date: dt.date | None) -> dt.date | None:
    """A date a meeting can have had ('28.3.3023' is a misread digit)."""
    return date if date is not None and 1900 <= date.year <= 2100 else None


# ---------------------------------------------------------------- bodies


_TOKEN = re.compile(r"\([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,7}\)|[^\W\d_][\w]*(?:-(?=\s|$))?|\S")
_WORD = re.compile(r"[^\W\d_][\w]*-?$")


def body_before(text: str) -> tuple[str, str | None] | None:
    """The body's name that ends `text` (read backwards over the words of a
    name, stopping at a stop word or anything not a word, dropping lead words
    like 'Protokollsutdrag'), and the abbreviation written beside it:
    'Protokollsutdrag SVOM' → ('SVOM', None); 'Sociala vård- och
    omsorgsgruppen (SVOM)' → ('Sociala vård- och omsorgsgruppen', 'SVOM')."""
    found = _body_span(text)
    return None if found is None else found[:2]


def _body_span(text: str) -> tuple[str, str | None, int] | None:
    """`body_before`, and where in `text` the body begins."""
    vocabulary = _vocabulary()
    stop, lead = set(vocabulary["stop_words"]), set(vocabulary["lead_words"])
    tokens = list(_TOKEN.finditer(text))
    taken: list[re.Match[str]] = []
    short = None
    start = len(text)
    for m in reversed(tokens):
        token = m.group(0)
        if len(taken) >= BODY_WORDS:
            break
        if token.startswith("(") and not taken and short is None:
            short, start = token.strip("()"), m.start()
            continue
        if not _WORD.match(token) or token.rstrip("-").lower() in stop:
            break
        taken.append(m)
    taken.reverse()
    while taken and (not taken[0].group(0)[:1].isupper() or taken[0].group(0).lower() in lead):
        taken.pop(0)  # a name begins with a capital, after the words that lead to it
    if not taken:
        return (short, None, start) if short else None
    return " ".join(m.group(0) for m in taken), short, taken[0].start()


def fold(name: str) -> str:
    """A body's name as compared: case, diacritics, hyphens and punctuation
    ignored ('Sociala vård- och omsorgsgruppen' = 'Sociala vård och omsorgsgruppen')."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def _parts(name: str) -> list[str]:
    """The words of a name, compound words split before a known head
    ('kommunstyrelsen' → 'kommun', 'styrelsen'), folded."""
    heads = sorted({fold(h) for h in _vocabulary()["body_parts"]}, key=len, reverse=True)
    out: list[str] = []
    for word in fold(name).split():
        pieces: list[str] = []
        rest = word
        while rest:
            head = next((h for h in heads if rest.endswith(h) and len(rest) > len(h) + 1), None)
            if head is None:
                break
            pieces.insert(0, head)
            rest = rest[: -len(head)]
        out.extend([rest, *pieces] if rest else pieces)
    return out


def initials_match(short: str, name: str) -> int:
    """How well an abbreviation fits a body's name: 2 when its letters are
    the first letters of the name's words and compound parts in order
    ('KS' of 'Kommunstyrelsen', 'RSR' of 'Regionala samverkansrådet'); 1 when
    it has three letters or more, all found in order from the name's first
    letter and all but one of them first letters of parts ('SVOM' of
    'Sociala vård och omsorgsgruppen'); 0 otherwise ('KU' does not fit
    'Kommunstyrelsen': its 'u' stands inside 'kommun')."""
    letters = fold(short).replace(" ", "")
    parts = _parts(name)
    if not letters or not parts or parts[0][:1] != letters[:1]:
        return 0
    if _initials_in_order(letters, [p[0] for p in parts]):
        return 2
    if len(letters) < 3:
        return 0
    return 1 if _initials_in(letters, parts) >= len(letters) - 1 else 0


def _initials_in(letters: str, parts: list[str]) -> int:
    """How many of `letters` can be read, in order, as first letters of
    `parts`, the others inside the parts between (0 when they cannot be read
    in order at all). A small dynamic programme over (letter, part, offset)."""

    @cache
    def best(k: int, part: int, at: int) -> int:
        if k == len(letters):
            return 0
        found = -1
        for p in range(part, len(parts)):
            start = at if p == part else 0
            if start == 0 and parts[p][:1] == letters[k]:
                rest = best(k + 1, p, 1)
                if rest >= 0:
                    found = max(found, 1 + rest)
            inside = parts[p].find(letters[k], max(start, 1))
            if inside >= 0:
                rest = best(k + 1, p, inside + 1)
                if rest >= 0:
                    found = max(found, rest)
        return found

    return max(best(0, 0, 0), 0)


def _initials_in_order(letters: str, initials: list[str]) -> bool:
    """Every letter at the start of a part, parts between may be skipped
    ('och'), the first part's letter first."""
    k = 0
    for initial in initials:
        if k < len(letters) and initial == letters[k]:
            k += 1
    return k == len(letters)


# ---------------------------------------------------------------- references and aliases


def references_in(text: str, page_no: int, item_number: int | None, own: Item | None = None) -> list[Reference]:
    """Every reference to a § of a meeting in one sentence of text."""
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []
    context = text[:CONTEXT_CHARS]
    for m in rule("reference.date_paragraph").pattern.finditer(text):
        before = text[: m.start()]
        if between := rule("reference.between").pattern.search(before):
            before = before[: between.start()]
        body = _body_span(before.rstrip(" ,:"))
        date = _date(m.group("date"))
        if body is None or date is None:
            continue
        name, short, start = body
        number = int(m.group("number") or m.group("before"))
        found.append(Reference(item_number=item_number, page_no=page_no, body=name, short=short if short != name else None,
                               meeting_date=date, paragraph=number, raw=" ".join(text[start: m.end()].split()), context=context))
        taken.append((start, m.end()))
    for m in rule("reference.short_paragraph").pattern.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        number = int(m.group("number"))
        date = _date(m.group("date")) if m.group("date") else None
        if own is not None and date is None and number == own.number and (own.label or "").startswith(m.group("body")):
            continue  # the item's own heading 'KS § 3 a'
        found.append(Reference(item_number=item_number, page_no=page_no, body=m.group("body"), meeting_date=date,
                               paragraph=number, raw=" ".join(m.group(0).split()), context=context))
    return found


def aliases_in(text: str, page_no: int) -> list[BodyAlias]:
    """Abbreviations defined for bodies: 'Sociala vård- och omsorgsgruppen
    (SVOM)' — the name's first letter must be the abbreviation's."""
    out = []
    for m in rule("alias.definition").pattern.finditer(text):
        short = m.group("short")
        body = body_before(text[: m.start() + 1])
        if body is None:
            continue
        words = body[0].split()
        # the longest tail of the words that starts with a capital the abbreviation starts with
        name = next((" ".join(words[k:]) for k in range(len(words))
                     if words[k][:1].isupper() and fold(words[k])[:1] == fold(short)[:1]), "")
        if not name or name == short or len(name) < 2 * len(short):
            continue
        if name_order.surname_first_score(" ".join(words[-2:])) != 0:
            continue  # 'Jimmy Lundh (SD)': a person and their party, beside a cell of the table
        out.append(BodyAlias(short=short, name=name, page_no=page_no))
    return out


def numbers_above(placed: Sequence[Placed], owners: dict[int, int], items: Sequence[Item]) -> dict[int, CaseNumber]:
    """Agenda items of a kallelse with a bare diary number on the line just
    above a heading of theirs, on its page ('STAD/534/10.02.03/2021' over
    '194 § Revidering …'), read the way protokoll.py reads one over a §
    heading: item number → its number. The heading is the item's first line,
    or, where the agenda rows come first and the items' texts follow, a line
    that opens with the item's number and '§' ('194 §', '§ 194')."""
    bare = blocks.rule("paragraph.bare_case_number").pattern
    wanted = {i.number for i in items if i.source.value == "kallelse" and i.case_number is None}
    if not wanted:
        return {}
    first: dict[int, int] = {}
    for index, number in owners.items():
        if number in wanted and (number not in first or index < first[number]):
            first[number] = index
    heading = re.compile(r"^\s*(?:§\s*(?P<after>\d{1,4})|(?P<before>\d{1,4})\s*§)(?![\d§])")
    out: dict[int, CaseNumber] = {}
    for index in range(1, len(placed)):
        above = placed[index - 1]
        if above.page_no != placed[index].page_no or not (m := bare.fullmatch(above.text.strip())):
            continue
        opens = heading.match(placed[index].text)
        number = int(opens.group("after") or opens.group("before")) if opens else None
        if number is None or number not in wanted:
            number = next((n for n, at in first.items() if at == index), None)
        if number is not None and number not in out and (found := case_number(m.group("value"))):
            out[number] = found
    return out


@dataclass
class Matters:
    references: list[Reference] = field(default_factory=list)
    aliases: list[BodyAlias] = field(default_factory=list)
    stated: dict[int, CaseNumber] = field(default_factory=dict)  # item number → the first diarienummer its text opens a line with


def read_matters(sentences, items: Sequence[Item]) -> Matters:
    """References, abbreviations and stated diary numbers in a document's
    sentences (`entities.sentences`: text, page, owning item number). A
    diary number counts as an agenda item's own when a line of its text
    opens with it ('Diarienummer: KS 2024/512', a bundled tjänsteskrivelse's
    header) — only for items of a kallelse: a § states its own beside its heading."""
    by_number = {}
    for item in items:
        by_number.setdefault(item.number, item)
    found = Matters()
    aliases: dict[tuple[str, str], BodyAlias] = {}
    for sentence in sentences:
        own = by_number.get(sentence.item_number)
        item_number = sentence.item_number if own is not None else None
        found.references.extend(references_in(sentence.text, sentence.page_no, item_number, own))
        for alias in aliases_in(sentence.text, sentence.page_no):
            aliases.setdefault((alias.short, fold(alias.name)), alias)
        if own is not None and own.source.value == "kallelse" and item_number not in found.stated:
            for line in sentence.text.split("\n"):
                if rule("case.label").pattern.match(line) and (number := find_case_number(line)):
                    found.stated[item_number] = number
                    break
    found.aliases = list(aliases.values())
    return found
