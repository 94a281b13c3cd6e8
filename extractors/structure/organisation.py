"""Pages → the organisation that issued a document: the kommun, region,
authority or association, as the document prints its name.

Read from the places a document names its issuer, never from its body text
(where other kommuner and authorities are named all the time):

- `margin`: the running header and footer of the first pages ('HÖGSBY
  KOMMUN | Protokoll | 1(14)', 'Brf Solgläntan · Org.nr 769600-1234');
- `head`: the top of page 1 (and of page 2 after a cover) down to the first
  labelled field or roll — letterhead, logo text, the title
  ('Exempelföreningen Årsmötesprotokoll 2024', 'Protokoll fört vid
  föreningsstämma med Brf Solgläntan', 'Datasektionens vårmöte 2024');
- `address`: a name standing over or beside an address, telephone, web
  address or organisation number on the first pages;
- `field`: a labelled field whose value names it ('Möte: Ordinarie
  årsstämma för Stenby samfällighetsförening').

A name is a run of capitalised words held by a kind word (`names_in`, with
the vocabulary of `rules/sv/organisation.json`). Each name scores the places
it was read in (a place counts once per page); the best scores, and where two
spellings differ only by a fuller kind word ('Stenby samfällighet',
'Stenby samfällighetsförening') the fuller one takes both. A web address and
an organisation number are kept as evidence, never made into a name: when
no name is printed the organisation is None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.structure import header
from schemas.document import Line, Page

FIRST_PAGES = 3  # running headers, address blocks and fields are read on this many first pages
HEAD_MAX_LINES = 12  # the head of page 1 is at most this many lines
HEAD_LINE_WORDS = 12  # a cell with more words is running text: the head has ended
SENTENCE_WORDS = 7  # … and so is a cell of more words that ends with a full stop
COVER_MAX_WORDS = 40  # a first page with fewer words is a cover: the next page's head is read too
NAME_WORDS = 3  # a name holds at most this many words beside its kind word
LOGO_WORDS = 3  # a name set over two lines: each of at most this many words
ADDRESS_REACH = 3  # an address block: a name at most this many lines from an address line
ADDRESS_LINE_WORDS = 8  # … each of its lines with at most this many words per cell (running text is no address)
SCORES = {"margin": 1, "head": 2, "address": 2, "field": 2}
_SEPARATORS = re.compile(r"\s+[|•·–—-]\s+|[,;:|•·()\"“”«»]")


@dataclass(frozen=True)
class Organisation:
    """The issuer's name (None when none is printed) and what it was read
    from: the places and lines, and any web address or organisation number."""

    name: str | None = None
    evidence: tuple[str, ...] = ()

    @property
    def evidence_text(self) -> str | None:
        return "; ".join(self.evidence) or None


@dataclass(frozen=True)
class _Vocabulary:
    after: tuple[tuple[str, ...], ...]  # kind words after a name, as word tuples, longest first
    after_exact: frozenset[str]
    before: tuple[tuple[str, ...], ...]
    compound_before: tuple[str, ...]
    compound_after: tuple[str, ...]
    compound_tail: re.Pattern[str]
    standalone: tuple[str, ...]
    generic: frozenset[str]
    authorities: tuple[tuple[str, str], ...]  # (folded, as written)
    not_name_stems: tuple[str, ...]
    not_name_words: frozenset[str]
    between: frozenset[str]
    left: frozenset[str]
    meeting_object: tuple[str, ...]
    meeting_object_before: frozenset[str]
    meeting_object_meetings: tuple[str, ...]
    addressee_before: frozenset[str]
    meeting_stems: tuple[str, ...]
    meeting_generic: frozenset[str]
    last: frozenset[str]
    openers: tuple[str, ...]
    field_labels: re.Pattern[str]
    field_label_alone: re.Pattern[str]
    number: re.Pattern[str]
    web: re.Pattern[str]
    address: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    data = rules.load("organisation")
    by_id = {r.id: r.pattern for r in rules.rules("organisation")}

    def phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(w.casefold().split()) for w in words), key=len, reverse=True))

    labels = "|".join(re.escape(w) for w in sorted(data["fields"]["labels"], key=len, reverse=True))
    return _Vocabulary(
        after=phrases(data["kinds_after"]["words"]),
        after_exact=frozenset(data["kinds_after"]["case_sensitive"]),
        before=phrases(data["kinds_before"]["words"]),
        compound_before=tuple(data["kinds_before"]["compound_before"]),
        compound_after=tuple(sorted(data["compound_after"]["endings"], key=len, reverse=True)),
        compound_tail=re.compile(data["compound_after"]["tail"]),
        standalone=tuple(data["compound_standalone"]["endings"]),
        generic=frozenset(data["generic_stems"]),
        authorities=tuple((_fold(n), n) for n in data["authorities"]["names"]),
        not_name_stems=tuple(data["not_name"]["stems"]),
        not_name_words=frozenset(data["not_name"]["words"]),
        between=frozenset(data["connectors"]["between"]),
        left=frozenset(data["connectors"]["left"]),
        meeting_object=tuple(data["meeting_object"]["endings"]),
        meeting_object_before=frozenset(data["meeting_object"]["before"]),
        meeting_object_meetings=tuple(data["meeting_object"]["meetings"]),
        addressee_before=frozenset(data["addressee_before"]["words"]),
        meeting_stems=tuple(data["meeting_genitive"]["stems"]),
        meeting_generic=frozenset(data["meeting_genitive"]["generic"]),
        last=frozenset(data["connectors"]["last"]),
        openers=tuple(data["head_stops"]["openers"]),
        field_labels=re.compile(rf"^(?:{labels})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE),
        field_label_alone=re.compile(rf"(?:{labels})\s*:?", re.IGNORECASE),
        number=by_id["organisation.number"],
        web=by_id["organisation.web"],
        address=by_id["organisation.address"],
    )


def _fold(text: str) -> str:
    """Letters and digits only, lower case, no diacritics: 'SVERIG ES RIKSBANK' → 'sverigesriksbank'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


# ---------------------------------------------------------------- names in a line of text


def _case(word: str) -> str:
    """A word in capitals as a name is written ('HÖGSBY' → 'Högsby',
    'UPPLANDS-BRO' → 'Upplands-Bro'); short ones ('AB', 'BRF', 'HSB') stay."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def _name_word(word: str) -> bool:
    """A capitalised word that may stand in a name: not a title, meeting,
    body, weekday or label ('Protokoll', 'Årsmöte', 'Kommunstyrelsen', 'Datum')."""
    v = vocabulary()
    folded = word.casefold().strip(".")
    if not word[:1].isupper() or folded in v.not_name_words or any(c.isdigit() for c in word):
        return False
    if len(word) <= 3 and word.isupper():
        return False  # an abbreviation ('Region JH', 'RJH') is no name as printed in full
    return not any(stem in folded for stem in v.not_name_stems)


def _genitive(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _left_name(words: list[str], end: int) -> list[str]:
    """The capitalised name words that end just before index `end`, with
    'och' between two of them ('Exempel Vatten och Avfall AB')."""
    v = vocabulary()
    taken: list[str] = []
    k = end - 1
    while k >= 0 and sum(1 for w in taken if w[:1].isupper()) < NAME_WORDS:
        if _name_word(words[k]):
            taken.insert(0, words[k])
        elif taken and words[k] in v.left and k > 0 and _name_word(words[k - 1]):
            taken.insert(0, words[k])
        else:
            break
        k -= 1
    return taken


def _right_name(words: list[str], start: int) -> list[str]:
    """The capitalised name words from index `start` on, with connectors
    between them ('i Exempellän län') and a number at the end ('Brf Björken
    12'); a genitive dropped before a lower-case word ('Region Exempellands
    verksamhetsplan')."""
    v = vocabulary()
    taken: list[str] = []
    k = start
    while k < len(words) and sum(1 for w in taken if w[:1].isupper()) < NAME_WORDS:
        word = words[k]
        if _name_word(word):
            taken.append(word)
        elif taken and word in v.last:
            taken.append(word)
            break
        elif word in v.between and k + 1 < len(words) and _name_word(words[k + 1]):
            taken.append(word)
        elif taken and word.isdigit() and len(word) <= 3:
            taken.append(word)
            break
        else:
            break
        k += 1
    end = start + len(taken)
    if taken and end < len(words) and words[end][:1].islower() and taken[-1].endswith("s"):
        taken[-1] = _genitive(taken[-1])
    return taken


def _matches_phrase(words: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    """`phrase` (folded words) stands at `at`, its last word perhaps in the genitive."""
    if at + len(phrase) > len(words):
        return False
    got = [w.casefold() for w in words[at:at + len(phrase)]]
    return got[:-1] == list(phrase[:-1]) and got[-1] in (phrase[-1], phrase[-1] + "s")


def _compound(word: str, endings: Sequence[str]) -> tuple[str, str] | None:
    """(stem, ending) when `word` (a genitive -s allowed) ends in one of `endings`."""
    folded = word.casefold()
    for ending in endings:
        for form in (ending, ending + "s"):
            if folded.endswith(form):
                return folded[: -len(form)], form
    return None


def names_in(text: str, alone: bool = False) -> list[str]:
    """The organisation names printed in a line or cell of text, in order:
    'HÖGSBY KOMMUN' → ['Högsby kommun']; 'Exempelföreningen Årsmötesprotokoll
    2024' → ['Exempelföreningen']; 'Protokoll fört vid föreningsstämma med Brf
    Solgläntan' → ['Brf Solgläntan']; 'Region Jämtland Härjedalen' → itself;
    'SVERIG ES RIKSBANK' → ['Sveriges riksbank']. `alone`: the text is a cell
    of its own (a logo, a letterhead), where an authority's compound
    ('TRAFIKVERKET') counts too."""
    v = vocabulary()
    text = re.sub(r"\([^)]*\)", " ", text)  # '(Östersunds kommun)' beside a participant's name
    text = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ]{4,})", " ", text)  # 'Exempel HärjedalenSAMMANTRÄDESPROTOKOLL'
    found: list[tuple[int, str]] = []
    offset = 0
    for part in _SEPARATORS.split(text):
        words = [_case(w.strip(".'’!?")) for w in part.split()]
        words = [w for w in words if w]
        if authority := _authority(words):
            found.append((offset, authority))
        for start, name in _names_in_words(words, alone and len(_SEPARATORS.split(text)) == 1):
            found.append((offset + start, name))
        offset += 1000
    names: list[str] = []
    for _, name in sorted(found, key=lambda f: f[0]):
        if not any(_fold(name) in _fold(other) or _fold(other) in _fold(name) for other in names):
            names.append(name)
    return names


def _authority(words: list[str]) -> str | None:
    """A named authority that opens a run of words, as its own name and not
    in a sentence ('SVERIG ES RIKSBANK', 'iTI TRAFIKVERKET' after a logo's
    noise, 'Trafikverket Region Öst'), as the vocabulary writes it."""
    v = vocabulary()
    # at the start, or after noise and numbers: 'iTI TRAFIKVERKET', 'Nr 2 SVERIGES RIKSBANK'
    lead = next((k for k, w in enumerate(words) if len(w) > 3 and not w.isdigit()), 0)
    for start in sorted({0, lead}):
        for end in range(start + 1, min(len(words), start + 6) + 1):
            folded = _fold(" ".join(words[start:end]))
            name = next((n for f, n in v.authorities if f == folded), None)
            if name and (end == len(words) or words[end][:1].isupper()):
                return name
    return None


def _names_in_words(words: list[str], alone: bool) -> list[tuple[int, str]]:
    """(index of its first word, name) of each name in a run of words."""
    v = vocabulary()
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(words):
        word = words[k]
        # a kind word before the name: 'Region Exempelland', 'Brf Solgläntan', 'Kommunförbundet Exempelbygden'
        before = next((p for p in v.before if word[:1].isupper() and _matches_phrase(words, k, p)), None)
        compound = _compound(word, v.compound_before) if word[:1].isupper() else None
        if before or (compound and compound[0] not in v.generic):
            size = len(before) if before else 1
            if tail := _right_name(words, k + size):
                if not _addressed(words, k):
                    out.append((k, _written([*words[k:k + size], *tail])))
                k += size + len(tail)
                continue
        if found := _after_name(words, k, alone):
            start, end = found
            if not _addressed(words, start) or _meeting_follows(words, end):
                out.append((start, _written(words[start:end])))
            k = end
            continue
        if _meeting_object(words, k):  # 'Protokoll fört vid sektionsmöte med Datasektionen'
            out.append((k, words[k]))
            k += 1
            continue
        if found := _genitive_before_meeting(words, k):
            start, end = found
            out.append((start, " ".join([*words[start:end - 1], _genitive(words[end - 1])])))
            k = end
            continue
        k += 1
    return out


def _addressed(words: list[str], start: int) -> bool:
    """The name at `start` follows 'över', 'till', 'angående' …: what the
    document is about or addressed to ('Yttrande över Region Exempelland')."""
    return start > 0 and words[start - 1].casefold() in vocabulary().addressee_before


def _after_name(words: list[str], k: int, alone: bool) -> tuple[int, int] | None:
    """(start, end) of a name whose kind word stands at index k: 'Högsby
    kommun', 'Stenby samfällighetsförening', 'Exempelföreningen', 'Exempel
    Bostäder AB', 'Asketorps Dikningsföretag av år 1920'."""
    v = vocabulary()
    word = words[k]
    phrase = next((p for p in v.after if _matches_phrase(words, k, p)), None)
    if word in v.after_exact or phrase:
        size = len(phrase) if phrase else 1
        left = _left_name(words, k)
        return (k - len(left), k + size) if left else None
    compound = _compound(word, v.compound_after)
    if compound is None and alone and all(len(w) <= 3 for w in words[:k] + words[k + 1:]):
        compound = _compound(word, v.standalone)  # a logo: 'TRAFIKVERKET'
    if compound is None:
        return None
    stem = compound[0]
    left = _left_name(words, k)
    if not left and (not word[:1].isupper() or stem in v.generic or len(stem) < 2):
        return None
    end = k + 1
    if m := v.compound_tail.match(" " + " ".join(words[end:])):
        end += len(m.group(0).split())
    return k - len(left), end


def _meeting_follows(words: list[str], end: int) -> bool:
    """A name in the genitive before a meeting word ends at `end`: 'Kallelse till Exempelföreningens årsmöte'."""
    return (0 < end < len(words) and words[end - 1].endswith("s")
            and any(stem in words[end].casefold() for stem in vocabulary().meeting_stems))


def _meeting_object(words: list[str], k: int) -> bool:
    """A section or club named as what a meeting is of: 'sektionsmöte med
    Datasektionen' (a meeting word earlier in the line, then 'med', 'för' …)."""
    v = vocabulary()
    word = words[k]
    compound = _compound(word, v.meeting_object)
    if not (k > 0 and word[:1].isupper() and compound and compound[0] not in v.generic and len(compound[0]) >= 2):
        return False
    if words[k - 1].casefold() not in v.meeting_object_before or compound[1].endswith("s"):
        return False
    return any(stem in w.casefold() for w in words[:k - 1] for stem in v.meeting_object_meetings)


def _genitive_before_meeting(words: list[str], k: int) -> tuple[int, int] | None:
    """(start, end) of 'Datasektionens' in 'Datasektionens vårmöte 2024': a
    name in the genitive before a meeting word, not a bare kind word
    ('Föreningens årsmöte')."""
    v = vocabulary()
    word = words[k]
    if not _name_word(word) or not _meeting_follows(words, k + 1):
        return None
    if word[:-1].casefold() in v.meeting_generic:
        return None
    return k - len(_left_name(words, k)), k + 1


def _written(words: list[str]) -> str:
    """A name as stored: its kind words in lower case after the name
    ('Högsby Kommun' → 'Högsby kommun'), a genitive dropped ('Högsby kommuns',
    'Exempelföreningens' → without the -s)."""
    v = vocabulary()
    out = list(words)
    last = out[-1]
    if not last[-1:].isdigit():
        kinds_after = {p[-1] for p in v.after}
        if last.casefold().endswith("s") and (last.casefold()[:-1] in kinds_after
                                              or _compound(last, v.compound_after + v.standalone)):
            if _compound(last[:-1], v.compound_after + v.standalone) or last.casefold()[:-1] in kinds_after:
                out[-1] = last[:-1]
        if len(out) > 1 and out[-1].casefold() in {p[-1] for p in v.after} | {"samfällighetsförening"}:
            out[-1] = out[-1].casefold()
    return " ".join(out)


# ---------------------------------------------------------------- where a document names itself


@dataclass
class _Found:
    name: str
    score: int = 0
    first: tuple[int, float] = (10**6, 0.0)  # the page and height it was first read at
    places: list[str] = field(default_factory=list)  # where it was read, as evidence
    seen: set[tuple[str, int]] = field(default_factory=set)  # (place, page) already scored


def read_organisation(pages: Sequence[Page]) -> Organisation:
    """The organisation that issued the document, from its clean pages (the
    running header and footer are each page's `margin_lines`), with its evidence."""
    v = vocabulary()
    first = list(pages[:FIRST_PAGES])
    found: dict[str, _Found] = {}

    def note(names: list[str], page_no: int, line: Line, place: str, printed: str | None = None) -> None:
        """The first name of a cell, scored once per place and page."""
        for name in names[:1]:
            entry = found.setdefault(_fold(name), _Found(name))
            if (place, page_no) in entry.seen:
                continue
            entry.seen.add((place, page_no))
            entry.score += SCORES[place]
            entry.first = min(entry.first, (page_no, line.top))
            entry.places.append(f"{place} p. {page_no}: {(printed or line.text)[:80]}")

    def cells_of(line: Line, page_no: int, place: str) -> None:
        for cell in header.cells(line):
            note(names_in(cell, alone=True), page_no, line, place)

    for page in first:
        for line in page.margin_lines:
            cells_of(line, page.page_no, "margin")
    head = _head(first)
    for k, (page_no, line) in enumerate(head):
        cells_of(line, page_no, "head")
        if k + 1 < len(head) and (joined := _logo_lines(line, head[k + 1][1])):
            note(names_in(joined, alone=True), page_no, line, "head", joined)
    for page in first:
        lines = _top_down(page)
        near = _near_address(lines)
        for i, line in enumerate(lines):
            if i in near:
                cells_of(line, page.page_no, "address")
            if value := _field_value(line):
                note(names_in(value), page.page_no, line, "field")
    evidence = _identity_evidence(first)
    # the document's own pages open with its issuer: a name first read on a
    # later page (the running header of a bundled attachment) is another's
    own_pages = len(_opening(first))
    chosen = _best([f for f in found.values() if f.first[0] <= own_pages])
    if chosen is None:
        return Organisation(None, tuple(evidence))
    return Organisation(chosen.name, (*chosen.places[:3], *evidence))


def _field_value(line: Line) -> str | None:
    """The value of a labelled field that may name the organisation: 'Möte:
    Ordinarie årsstämma för X', or the label in a cell of its own ('Förening | Brf X')."""
    v = vocabulary()
    first, rest = line.segment_texts[0], " ".join(line.segment_texts[1:])
    if m := v.field_labels.match(first):
        return f"{m.group('value')} {rest}".strip()
    if rest and v.field_label_alone.fullmatch(first.strip()):
        return rest
    return None


def _logo_lines(upper: Line, lower: Line) -> str | None:
    """Two short lines set one under the other, as a logo's words are
    ('Asketorps' over 'Vägsamfällighet'): their first cells as one text."""
    a, b = upper.segment_texts[0], lower.segment_texts[0]
    if not (len(a.split()) <= LOGO_WORDS and len(b.split()) <= LOGO_WORDS):
        return None
    if abs(upper.x0 - lower.x0) > 0.5 * upper.size or not 0 < lower.top - upper.top <= 1.8 * upper.size:
        return None
    return f"{a} {b}"


def _best(candidates: list[_Found]) -> _Found | None:
    """The highest score, the earliest on ties; a name that another only
    extends with a fuller kind word ('Stenby samfällighet' → 'Stenby
    samfällighetsförening') gives its score to the fuller one."""
    for short in list(candidates):
        words = short.name.split()
        fuller = [c for c in candidates if c is not short and (w := c.name.split())
                  and len(w) == len(words) and w[:-1] == words[:-1]
                  and w[-1].casefold().startswith(words[-1].casefold()) and len(w[-1]) > len(words[-1])]
        if len(fuller) == 1:
            fuller[0].score += short.score
            fuller[0].first = min(fuller[0].first, short.first)
            fuller[0].places += short.places
            candidates.remove(short)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.first[0], -c.first[1]))


def _top_down(page: Page) -> list[Line]:
    """A page's lines, margins included, from the top (columns side by side)."""
    return sorted([*page.lines, *page.margin_lines], key=lambda ln: (round(ln.top), ln.x0))


def _head(pages: Sequence[Page]) -> list[tuple[int, Line]]:
    """The top of page 1 (and of page 2 after a cover) down to the first
    labelled field, roll opener or line of running text, at most
    HEAD_MAX_LINES lines each."""
    if not pages:
        return []
    out: list[tuple[int, Line]] = []
    heads = _opening(pages)
    for page in heads:
        for line in _top_down(page)[:HEAD_MAX_LINES]:
            if _stops_head(line):
                break
            out.append((page.page_no, line))
    return out


def _opening(pages: Sequence[Page]) -> list[Page]:
    """The pages a document opens with: any covers (few words: a title, a
    month; a page of no text at all), and the first page of text after them."""
    out: list[Page] = []
    for page in pages:
        out.append(page)
        if sum(len(ln.words) for ln in page.lines) >= COVER_MAX_WORDS:
            break
    return out


def _stops_head(line: Line) -> bool:
    """A labelled field, a roll's opener or running text: the head is over."""
    v = vocabulary()
    for cell in line.segment_texts:
        words = len(cell.split())
        if words > HEAD_LINE_WORDS or (words > SENTENCE_WORDS and cell.rstrip().endswith(".")):
            return True
    first = line.segment_texts[0].casefold().strip(" :")
    if any(first == o or first.startswith(o + " ") or first.startswith(o + ":") for o in v.openers):
        return True
    if _field_value(line) is not None:
        return True
    return any(header.label_value(line, label) not in (None, "")
               for label in ("time", "location", "place_and_time", "date", "meeting_date_only", "organ"))


def _near_address(lines: Sequence[Line]) -> set[int]:
    """Indices of the lines of an address block: each short line (no
    running text) within ADDRESS_REACH lines of a short address, telephone,
    web or organisation-number line, in the same column."""
    v = vocabulary()
    short = [all(sum(any(c.isalpha() for c in w) for w in cell.split()) <= ADDRESS_LINE_WORDS
                 for cell in ln.segment_texts) for ln in lines]
    anchors = [i for i, ln in enumerate(lines) if short[i]
               and (v.address.search(ln.text) or v.number.search(ln.text) or v.web.search(ln.text))]
    near: set[int] = set()
    for i in anchors:
        for j in range(max(0, i - ADDRESS_REACH), min(len(lines), i + ADDRESS_REACH + 1)):
            if short[j] and _same_column(lines[i], lines[j]):
                near.add(j)
    return near


def _same_column(a: Line, b: Line) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0 or abs(a.x0 - b.x0) < 30


def _identity_evidence(pages: Sequence[Page]) -> list[str]:
    """Web addresses and organisation numbers printed on the first pages, each once."""
    v = vocabulary()
    out: list[str] = []
    for page in pages:
        for line in _top_down(page):
            for m in v.web.finditer(line.text):
                if (item := f"web {m.group('domain').lower()}") not in out:
                    out.append(item)
            for m in v.number.finditer(line.text):
                number = re.sub(r"\s", "", m.group("number"))
                if (item := f"org.nr {number}") not in out:
                    out.append(item)
    return out
