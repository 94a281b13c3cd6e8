"""lines → the title a document gives itself, and its meeting header (body, date, times, place).

Read from the words on the page with the vocabulary in `rules/sv/header.json`.
The header is the top of page 1, and of page 2 when page 1 is a cover
(`head_of`); a title may stand in any cell of those lines or of the running
header ('HÖGSBY KOMMUN | Protokoll | 1(14)'). A field that the document's own
header does not state stays None: a date in the body text or in the file name
is never taken as the meeting date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.reading import layout
from extractors.structure.bodies import find_body
from extractors.structure.organisation_names import names_in
from extractors.structure.decisions import sentences
from schemas.document import Kind, Line
from schemas.meeting import MeetingHeader

HEAD_FRACTION = 0.45  # the meeting header sits in the upper part of page 1
HEAD_MAX_LINES = 24
TITLE_MAX_WORDS = 9
FIELD_PAGES = 3  # labelled header fields are looked for on this many first pages
TITLE_NEIGHBOURS = 3  # an association's meeting body is named within this many lines of the title
TITLE_LINE_MAX_WORDS = 16  # a longer line is text, not a title
COVER_MAX_WORDS = 40  # a first page with fewer words is a cover: the header is on page 2
LABEL_MAX_TYPOS = 2  # a long label misread by a broken text layer still counts ('Sammanträdentd')
LABEL_TYPO_MIN_LENGTH = 10


@dataclass(frozen=True)
class _Vocabulary:
    kinds: tuple[tuple[Kind, tuple[str, ...]], ...]
    qualifiers: tuple[str, ...]
    caps_titles: re.Pattern[str]
    labels: dict[str, re.Pattern[str]]
    label_words: dict[str, tuple[str, ...]]
    organ_suffixes: tuple[str, ...]
    date_iso: re.Pattern[str]
    date_text: re.Pattern[str]
    date_dotted: re.Pattern[str]
    date_slash: re.Pattern[str]
    time_range: re.Pattern[str]
    time_single: re.Pattern[str]
    time_bare: re.Pattern[str]
    place_online: re.Pattern[str]
    meeting_titles: re.Pattern[str]
    prose_header: re.Pattern[str]
    prose_body_after: re.Pattern[str]
    prose_body_before: re.Pattern[str]
    prose_body_called: re.Pattern[str]
    prose_other_meeting: re.Pattern[str]
    abbreviations: frozenset[str]
    place_prepositions: frozenset[str]


@cache
def vocabulary() -> _Vocabulary:
    data = rules.load("header")
    by_id = rules.patterns("header")

    def label_pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"^(?:{alternatives})(?:\s*:\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)

    one_word = sorted({t for k in data["kinds"] for t in k["titles"] if " " not in t and "/" not in t}, key=len, reverse=True)
    caps = "|".join(re.escape(t.upper()) for t in one_word)
    meeting_titles = "|".join(
        re.escape(t).replace(r"\ ", r"\s+")
        for t in sorted({t for k in data["kinds"] if k["kind"] != "underlag" for t in k["titles"] if "/" not in t},
                        key=len, reverse=True))
    return _Vocabulary(
        kinds=tuple((Kind(k["kind"]), tuple(k["titles"])) for k in data["kinds"]),
        qualifiers=tuple(data.get("title_qualifiers", ())),
        caps_titles=re.compile(rf"(?<![A-ZÅÄÖ])(?:{caps})(?![A-ZÅÄÖ])"),
        labels={name: label_pattern(words) for name, words in data["labels"].items()},
        label_words={name: tuple(words) for name, words in data["labels"].items()},
        organ_suffixes=tuple(data["organ_suffixes"]),
        date_iso=by_id["date.iso"],
        date_text=by_id["date.text"],
        date_dotted=by_id["date.dotted"],
        date_slash=by_id["date.slash"],
        time_range=by_id["time.range"],
        time_single=by_id["time.single"],
        time_bare=by_id["time.bare"],
        place_online=by_id["place.online"],
        meeting_titles=re.compile(rf"(?<![\wåäöÅÄÖ-])(?:{meeting_titles})(?![\wåäöÅÄÖ-])", re.IGNORECASE),
        prose_header=by_id["prose.header"],
        prose_body_after=by_id["prose.body_after"],
        prose_body_before=by_id["prose.body_before"],
        prose_body_called=by_id["prose.body_called"],
        prose_other_meeting=by_id["prose.other_meeting"],
        abbreviations=frozenset(a.casefold() for a in data["abbreviations"]),
        place_prepositions=frozenset(w.casefold() for w in data["place_prepositions"]["words"]),
    )


# ---------------------------------------------------------------- small readers


def find_date(text: str) -> dt.date | None:
    """The first full date stated in `text` ('2022-02-25', '25 februari 2022',
    '28.3.2023', '26/3 2011')."""
    v = vocabulary()
    candidates = []
    if m := v.date_iso.search(text):
        candidates.append((m.start(), _ymd(m.group(1), m.group(2), m.group(3))))
    if m := v.date_text.search(text):
        candidates.append((m.start(), _textual(m.group(0))))
    for pattern in (v.date_dotted, v.date_slash):
        if m := pattern.search(text):
            candidates.append((m.start(), _ymd(_full_year(m.group(3) or m.group(4)), m.group(2), m.group(1))))
    found = [(pos, d) for pos, d in candidates if d is not None]
    return min(found)[1] if found else None


TWO_DIGIT_PIVOT = 50  # '3/3-24' is 2024, '3/3-78' 1978: the same in every run


def _full_year(year: str) -> str:
    """A year written with two digits ('3/3-24') as four."""
    if len(year) != 2:
        return year
    return f"{20 if int(year) < TWO_DIGIT_PIVOT else 19}{year}"


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


@cache
def _dateparser():
    import dateparser

    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}
    return lambda s: dateparser.parse(s, languages=["sv"], settings=settings)


def _textual(candidate: str) -> dt.date | None:
    """A candidate found by rule, parsed by dateparser (never searched by it)."""
    parsed = _dateparser()(re.sub(r"(\d)\s*:?\s*[ae]\b", r"\1", candidate))
    return parsed.date() if parsed else None


def find_times(text: str, bare: bool = False) -> tuple[str | None, str | None]:
    """Start and end time ('kl. 13:00-16:00', '15.02–16.55', 'kl 9'); with
    `bare` (the value of a time field) also a lone '09:00' or '9.00'."""
    v = vocabulary()
    if m := v.time_range.search(text):
        return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
    if m := v.time_single.search(text):
        return f"{int(m.group(1)):02d}:{m.group(2) or '00'}", None
    if bare and (m := v.time_bare.search(_strip_dates(text))):
        return f"{int(m.group(1)):02d}:{m.group(2)}", None
    return None, None


def _strip_dates(text: str) -> str:
    v = vocabulary()
    for pattern in (v.date_iso, v.date_text, v.date_dotted, v.date_slash):
        text = pattern.sub(" ", text)
    return text


DATE_OPENS_WITHIN = 18  # a line opening with its date holds it in this many characters ('30 september 2024')
_WEEKDAY = r"\b(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\b"
# 'Måndag 14/11 kl 19 i Bystugan', 'tisdag 3 mars kl. 18': a weekday and day opening a line, the year in the title
_DAY_WITHOUT_YEAR = re.compile(
    rf"(?i)\s*{_WEEKDAY}\s+(?:den\s+)?\d{{1,2}}(?:/\d{{1,2}}|\s+"
    r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))(?![\d/])"
)


def _date_alone(text: str) -> bool:
    """A date, and nothing but brackets and stops around it ('(2022-11-14)')."""
    return not _strip_time_and_date(text).strip(" ()[]-–,.:")


def _strip_time_and_date(text: str) -> str:
    v = vocabulary()
    for pattern in (v.time_range, v.time_single):
        text = pattern.sub(" ", text)
    text = _strip_dates(text)
    text = re.sub(r"\b(kl|klockan)\b\.?", " ", text, flags=re.IGNORECASE)
    text = re.sub(rf"{_WEEKDAY}|\bden\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,;:–-")


def place_from(value: str) -> str | None:
    """The place in a 'Plats och tid' value: 'Kommunhusets tingssal måndagen den
    8 januari 2007 kl 08.30' → 'Kommunhusets tingssal'; 'Rådhuset, kl 08.30-13.40,
    ajournering kl 10.55' → 'Rådhuset'; 'Kommunhuset, Strömsund. Möjlighet finns
    att delta via Teams.' → 'Kommunhuset, Strömsund'."""
    v = vocabulary()
    cut, end = len(value), 0
    for pattern in (v.time_range, v.time_single, v.date_iso, v.date_text, v.date_dotted, v.date_slash, v.time_bare,
                    re.compile(_WEEKDAY, re.IGNORECASE), re.compile(r"\b(?:kl|klockan)\b", re.IGNORECASE)):
        for m in pattern.finditer(value):
            cut, end = min(cut, m.start()), max(end, m.end())
    opener = "|".join(map(re.escape, rules.load("header")["when_openers"]["words"]))
    if not re.sub(rf"\b(?:den|{opener})\b", "", value[:cut], flags=re.IGNORECASE).strip(" ,;:–-."):
        # the value opens with its date and time: the place follows them ('den 12 mars 2024,
        # kl. 18:30, föreningens lokal, Åbyvägen 17' → 'föreningens lokal, Åbyvägen 17')
        place = re.sub(r"^[\s,;:–-]*(?:(?:i|på)\s+)?", "", _first_sentence(value[end:]))
        place = re.sub(r"\s+", " ", place).strip(" ,;:–-.")
        return (v.place_online.match(place).group("platform") if v.place_online.match(place) else place) or None
    place = _first_sentence(value[:cut])
    place = re.sub(r"\s+", " ", place).strip(" ,;:–-.")
    if not place:
        place = _strip_time_and_date(value)
    if m := v.place_online.match(place):
        place = m.group("platform")
    return place or None


def _first_sentence(place: str) -> str:
    """A place's first sentence: 'Kommunhuset. Möjlighet finns att delta via
    Teams.' → 'Kommunhuset'. A point after a lone opening preposition is a
    speck a scan put there, not a sentence's end: 'Hos. Anna Berg, Byvägen 2'
    → 'Hos Anna Berg, Byvägen 2'."""
    first, *rest = re.split(r"(?<=[a-zåäö])\.\s+(?=[A-ZÅÄÖ\d])", place, maxsplit=1)  # 'Bystugan. 21 bybor närvarande'
    if rest and first.strip().casefold() in vocabulary().place_prepositions:
        return f"{first.strip()} {_first_sentence(rest[0])}"
    return first


def label_value(line: Line, label: str, strict: bool = False) -> str | None:
    """The value after a label at the start of a line ('Plats: Teams',
    'Plats och tid | Digitalt kl. 13:00'), '' when the label stands alone,
    None when the line does not start with that label. `strict` (for body
    text) wants the label set off by a colon or a column gap, so that a
    sentence starting with the same word is not read as a field. A label cell
    that a broken text layer misspells ('Sammanträdenplatn') matches the label
    it is within two letters of."""
    pattern = vocabulary().labels[label]
    first, *later = line.segment_texts
    if m := pattern.match(first):
        value = m.group("value")
        if value and ":" not in first[: m.start("value")] and (strict or value[:1].islower()):
            return None  # 'Lokal hyresgästförening för …': a phrase that opens with the label's word
        return " ".join((m.group("value"), *_own_cells(later))).strip()
    if later and _misread_label(first, label):
        return " ".join(later).strip(" |")
    for k, cell in enumerate(later):  # 'Datum: 2024-04-09 | Tid: 18.30–20.15 | Plats: Klubbhuset': a field of its own
        if (m := pattern.match(cell)) and ":" in cell[: m.start("value")]:
            return " ".join((m.group("value"), *_own_cells(later[k + 1 :]))).strip()
        if m and not m.group("value") and k + 1 < len(later) and _bare_label(later[k + 1]) is None:
            return " ".join(_own_cells(later[k + 1 :])).strip()  # 'Tid | 18:30–20:15 | Plats | Föreningsstugan': a label cell, its value the next
    return None


def _bare_label(cell: str) -> str | None:
    """The field a cell names when it holds a label and nothing else ('Plats', 'Tid:')."""
    return next((name for name, p in vocabulary().labels.items() if (m := p.match(cell.strip())) and not m.group("value")), None)


def _own_cells(cells: Sequence[str]) -> list[str]:
    """The cells after a field's value up to the next cell that opens with a
    label and a colon: a line of several fields side by side."""
    labels = vocabulary().labels.values()
    out = []
    for k, cell in enumerate(cells):
        if any((m := p.match(cell)) and ":" in cell[: m.start("value")] for p in labels):
            break
        if k and k + 1 < len(cells) and _bare_label(cell) is not None:
            break  # '18:30–20:15 | Plats | Föreningsstugan': the next field's label cell
        out.append(cell)
    return out


def _misread_label(cell: str, label: str) -> bool:
    word = cell.casefold().strip(" :.|")
    if word in vocabulary().label_words[label]:
        return True  # 'Plats.' in a cell of its own: a scan's stop for a colon
    if " ".join(re.sub(r"[^\w\s]", " ", word).split()) in vocabulary().label_words[label]:
        return True  # a scan's specks inside it ('Plats och .tid')
    if len(word) < LABEL_TYPO_MIN_LENGTH or " " in word:
        return False
    return any(
        len(known) >= LABEL_TYPO_MIN_LENGTH and within_edits(word, known, LABEL_MAX_TYPOS)
        for known in vocabulary().label_words[label]
    )


def within_edits(a: str, b: str, limit: int) -> bool:
    """Levenshtein distance of a and b is at most `limit`."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def _title_kind(text: str) -> Kind | None:
    """The kind a title names: 'Sammanträdesprotokoll', 'Protokoll 5/2022',
    'F_ö_r_e_d_r_a_g_n_i_n_g_s_l_i_s_t_a' (underlined), 'Justerat protokoll'."""
    folded = re.sub(r"\s+", " ", text.replace("_", "")).casefold().strip(" :.-")
    if len(folded.split()) > TITLE_MAX_WORDS:
        return None
    first, _, rest = folded.partition(" ")
    if first in vocabulary().qualifiers and rest:
        folded = rest
    for kind, titles in vocabulary().kinds:
        for title in titles:
            if folded == title or re.match(rf"{re.escape(title)}(\b|/|\s|\d)", folded):
                return kind
    return None


def cells(line: Line) -> list[str]:
    """A line's cells: its segments, split again where the text itself draws
    a column rule ('Sociala vård och omsorgsgruppen | Protokoll | 2024-02-02')."""
    return [part.strip() for seg in line.segment_texts for part in re.split(r"\s\|\s", seg) if part.strip(" |")]


def _line_kind(line: Line, later_cells: bool = True) -> Kind | None:
    """A title in any cell of a line ('HÖGSBY KOMMUN | Protokoll | 1(14)'),
    or a one-word title in capitals glued to other text; with `later_cells`
    false, in its first cell only."""
    for n, cell in enumerate(cells(line)):
        if n and not later_cells:
            break
        first = next((ch for ch in cell if ch.isalpha()), "")
        if first.isupper() and (kind := _title_kind(cell)) is not None:  # a title is capitalised: a cell that
            return kind  # opens in small letters goes on from a sentence ('samverkansavtal. Föredras av')
    if m := vocabulary().caps_titles.search(line.text):
        return _title_kind(m.group(0))
    return None


def line_title_kind(line: Line, later_cells: bool = True) -> Kind | None:
    """The kind a title opening a line or one of its cells names (extractors.structure.kind weighs it)."""
    return _line_kind(line, later_cells)


def organ_from_line(text: str) -> str | None:
    """The body a header line names, beside the document's title or in it:
    'Kommunfullmäktige   Protokoll   2024-12-02' (a running header) and
    'Protokoll Tekniska nämnden 2022-02-01' (a title line) → the words on either
    side of the title that name a body; else the line itself (`_organ_name`)."""
    for part in _around_title(text):
        if part and (organ := _organ_name(part)) is not None:
            return organ
    return _organ_name(text)


def _around_title(text: str) -> tuple[str, ...]:
    """The text before and after a meeting document's title printed in a line
    ('Kommunfullmäktige Protokoll 2024-12-02' → 'Kommunfullmäktige', '2024-12-02');
    the title must start with a capital, as a title does, so that 'justera
    dagens protokoll' in a sentence splits nothing. () when the line has none."""
    for m in vocabulary().meeting_titles.finditer(text):
        if text[m.start()].isupper():
            return text[: m.start()].strip(" |,;:–-"), text[m.end():].strip(" |,;:–-")
    return ()


_BODY_MEETING = re.compile(r"^(?P<body>[A-ZÅÄÖ][\wåäöÅÄÖ -]*?[a-zåäö])s\s+(?:[a-zåäö]+\s+)?(?:sammanträde|möte)(?:\s+(?:nr\.?\s*)?\d+)?$")
_ADDRESSED = re.compile(r"^(?i:till)\s+[a-zåäö][\wåäö ]*?\s(?:i|för)\s+(?P<body>[A-ZÅÄÖ].*)$")


def _organ_name(text: str) -> str | None:
    """'Sociala vård och omsorgsgruppen 2022-02-25' → 'Sociala vård och omsorgsgruppen'
    when the line names a body: its last word ends like one (-nämnden, -styrelsen,
    -fullmäktige, -gruppen …). A meeting number ('Direktionen, Nr 2') and a
    short form after a dash ('Sociala samrådsgruppen – SocSam') are dropped."""
    name = re.sub(r"[\"'’”«»]", " ", _strip_time_and_date(text)).strip()  # quotes are OCR's specks or a scan's ('Stadsstyrelsen\' "Nr 15/2022')
    name = re.sub(r",?\s+nr\.?\s*\d+(?:/\d{2,4})?\s*$", "", name, flags=re.IGNORECASE)
    name = re.sub(r",?\s+(?:19|20)\d\d/\d{2}(?:\d{2})?(?::\d+)?\s*$", "", name)  # a working year ('…sammanträde 3, 2023/24')
    name = re.sub(r"\s+[–—-]\s+\S+$|\s+\([^)]*\)$", "", name)
    # 'Kårfullmäktiges sammanträde 6', 'Kommunstyrelsens extra möte': the body whose meeting it is
    name = _BODY_MEETING.sub(r"\g<body>", name)
    # 'Till ledamöter och ersättare i Kårfullmäktige': an address names the body it is sent to
    if (to := _ADDRESSED.match(name)) is not None:
        name = to.group("body")
    words = name.split()
    if not words or len(words) > 8 or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return None
    last = words[-1].casefold().strip(",.;:")
    if any(last.endswith(suffix) for suffix in vocabulary().organ_suffixes):
        # 'Ordinarie årsstämma för Stenby samfällighetsförening': the body is the one the meeting is of
        before, sep, after = name.rpartition(" för ")
        if sep and after[:1].isupper() and len(after.split()) >= 2:
            return after
        return name
    return None


# ---------------------------------------------------------------- the header


def head_lines(first_page: Sequence[Line], height: float) -> list[Line]:
    return [ln for ln in first_page if ln.top <= HEAD_FRACTION * height][:HEAD_MAX_LINES]


def head_of(pages: Sequence[tuple[Sequence[Line], float]]) -> list[Line]:
    """The header lines: the top of page 1, and the top of page 2 as well when
    page 1 is a cover (a title and a month, few words). `pages` are the first
    pages' lines (running header included) with their heights."""
    if not pages:
        return []
    lines, height = pages[0]
    if len(pages) > 1 and sum(len(ln.words) for ln in lines) < COVER_MAX_WORDS:
        return [*lines, *head_lines(*pages[1])]  # a cover's title may stand anywhere on it
    return head_lines(lines, height)


def read_header(kind: Kind, head: Sequence[Line], margins: Sequence[Line], first_pages: Sequence[Line]) -> MeetingHeader:
    """Body, date, times and place from a document's own header.

    `head` is the top of page 1 (all its lines, headers included; page 2 too
    after a cover), `margins` the running header and footer lines of every
    page, `first_pages` the content lines of the first pages."""
    meeting_doc = kind in (Kind.KALLELSE, Kind.PROTOKOLL)
    organ = _labelled_organ([*head, *margins])
    date = _labelled_date([*head, *margins], "meeting_date_only")
    start = end = location = None
    if meeting_doc:
        title_at = next((i for i, ln in enumerate(head) if _line_kind(ln)), None)
        if (opening := _prose_header(head)) is not None and (title_at is None or opening.at < title_at):
            title_at = opening.at  # 'Protokoll fört vid extra stämma i …' is the title, not a later line
        head = _with_wrapped_title(head, title_at or 0)
        title_at = title_at or 0
        block = [*head[title_at:], *margins]
        if organ is None:  # an association's meeting in its own word: 'Protokoll fört vid ordinarie föreningsstämma'
            organ = _titled_body(head, title_at)
        prose = _prose_header(head, title_at)
        if organ is None and prose is not None:  # 'Protokoll fört vid sammanträde med socialnämnden den …'
            organ = prose.organ
        if organ is None:
            # a body named by the title or just after it, else in the running header
            # that repeats on every page, else further down the header, else above
            # the title ('Stenby samfällighet' over 'PROTOKOLL'): the nearer the
            # evidence to the title, the less a line of body text can pass for a name
            near = title_at + TITLE_NEIGHBOURS + 1
            lines = [*head[title_at:near], *margins, *head[near:], *head[:title_at]]
            organ = next((o for ln in lines for cell in _cells_and_line(ln) if (o := organ_from_line(cell))), None)
        if date is None:
            # a date the meeting's own time field states beats a 'Datum' field or one beside the title, which on a
            # notice is the day it was sent ('Datum 2024-03-28' over 'Tid | Tisdagen den 9 april 2024, kl. 08:30')
            # … and the date a sentence calling the meeting states beats one beside the title (a running header's print date)
            date = (_date_in_time_fields(head) or _labelled_date(block, "date") or (prose.date if prose else None)
                    or _title_block_date(head[title_at:]) or _running_header_date([*margins, *head[:title_at]]))
        start, end, location = _time_and_place(head)
        if start is None and location is None:
            start, end, location = _when_line(head[title_at:])
        if start is None and location is None and prose is not None:
            start, end, location = prose.start, prose.end, prose.place
        if start is None and location is None:  # 'Kallelse till årsmöte den 14 april 2024 kl. 15.00 i Bygdegården'
            start, end, location = _title_when(head[: title_at + TITLE_NEIGHBOURS + 1])
        if location is None:  # 'Medlemsmöte tisdag 5 november 2024' over 'Folkets hus, lilla salen'
            location = _place_line(head[title_at : title_at + TITLE_NEIGHBOURS + 2])
        if start is None:
            start, end = _time_in_date_field(head)
    # Last, a labelled field on the document's first pages ('Organ',
    # 'Sammanträdesdatum' on a protokoll's signature page). Later pages are
    # bundled attachments, whose fields speak of other meetings.
    if organ is None:
        organ = _labelled_organ(first_pages, strict=True)
    if date is None:
        date = _labelled_date(first_pages, "meeting_date_only", strict=True)
    if location:  # 'kommunalhuset , sammanträdesrummet': a scan's space before a comma is no part of the place
        location = re.sub(r"\s+(?=[,;])", "", location)
    return MeetingHeader(organ=organ, meeting_date=date, start_time=start, end_time=end, location=location)


WRAP_MAX_GAP = 0.8  # a title's second line follows within this many of its font sizes


def _with_wrapped_title(head: Sequence[Line], title_at: int) -> list[Line]:
    """The header with a title that wraps onto a second line joined into one
    line ('Sammanträdesprotokoll Kommunstyrelsens' over 'arbetsutskott
    2022-12-19'): the next line continues the title when it is set in the same
    size and weight, directly below, short, and no field of its own; a title
    line that already states its date is whole."""
    lines = list(head)
    if title_at + 1 >= len(lines):
        return lines
    title, below = lines[title_at], lines[title_at + 1]
    if (
        find_date(title.text) is not None
        or len(title.segments) > 1
        or len(below.segments) > 1
        or abs(title.size - below.size) > 0.5
        or any(w.bold for w in title.words) != any(w.bold for w in below.words)
        or not 0 <= below.top - title.bottom <= WRAP_MAX_GAP * title.size
        or len(below.words) > TITLE_MAX_WORDS
        or _date_alone(below.text)  # a date alone ('(2022-11-14)') is the meeting's, not the title's
        or _line_kind(below) is not None
        or any(label_value(below, name) is not None for name in ("time", "location", "place_and_time", "date", "organ"))
    ):
        return lines
    lines[title_at : title_at + 2] = [Line((title.words + below.words,))]
    return lines


def _cells_and_line(line: Line) -> tuple[str, ...]:
    """A line's cells first ('Regionala samverkansrådet | Sammanträdesdatum'), then the whole line."""
    found = [part for cell in cells(line) for part in _TYPED_CELLS.split(cell) if part.strip()]
    return (*found, line.text) if len(found) > 1 else (line.text,)


_TYPED_CELLS = re.compile(r"\s+[·•|]\s+")  # cells set apart by a typed mark ('Vintersjö kommun · Kommunfullmäktige')


def _titled_body(head: Sequence[Line], title_at: int) -> str | None:
    """The meeting body an association's title names ('Protokoll styrelsemöte
    nr 7', 'Exempelföreningen Årsmötesprotokoll 2024', 'Kallelse till
    årsstämma'): on the title line, else on a line just below it, else just
    above it; a labelled field ('Nämnd / styrelse') is no title."""
    after = head[title_at : title_at + TITLE_NEIGHBOURS + 1]
    before = head[max(0, title_at - TITLE_NEIGHBOURS) : title_at][::-1]
    # the items begin where a line opens with a number ('2 Val av mötesordförande.
    # Beslut: Stämman väljer …'): a body named there is a sentence's subject, no title
    structure = rules.patterns("structure")
    opens_item = (structure["agenda.row"], structure["paragraph.heading"])
    after = after[: next((k for k, ln in enumerate(after) if k and any(p.match(ln.text) for p in opens_item)), len(after))]
    for line in [*after, *before]:
        if len(line.words) > TITLE_LINE_MAX_WORDS or label_value(line, "organ") is not None:
            continue
        if (mention := find_body(line.text)) is not None:
            return mention.organ
    return None


def _organ_value(value: str | None) -> str | None:
    """The body a label field names, without a date or meeting number beside
    it; an association's meeting in its own word ('Ordinarie årsstämma för
    Stenby samfällighetsförening' → 'Årsstämma')."""
    if not value:
        return None
    if (mention := find_body(value)) is not None:
        return mention.organ
    name = _strip_time_and_date(value)
    name = re.sub(r",?\s+nr\.?\s*\d+\s*$", "", name, flags=re.IGNORECASE).strip(" ,;:")
    if not name or len(name.split()) > 10 or not any(ch.isalpha() for ch in name):
        return None
    return name


def _labelled_organ(lines: Sequence[Line], strict: bool = False) -> str | None:
    """The body an 'Organ' / 'Nämnd / styrelse' field names, or a 'Sammanträde'
    field when its value is a body's name ('Sammanträde | Kommunfullmäktige',
    not 'Sammanträde | 2023-03-01')."""
    for line in lines:
        if (organ := _organ_value(label_value(line, "organ", strict))) is not None:
            return organ
        value = label_value(line, "organ_if_body", strict)
        if value and (organ := _body_in(value) or organ_from_line(value)) is not None:
            return organ
    return None


def _body_in(value: str) -> str | None:
    mention = find_body(value)
    return mention.organ if mention else None


def _labelled_value(lines: Sequence[Line], label: str, strict: bool = False) -> str | None:
    for line in lines:
        value = label_value(line, label, strict)
        if value:
            return value
    return None


def _labelled_date(lines: Sequence[Line], label: str, strict: bool = False) -> dt.date | None:
    """The date of the first field with this label: beside it, below it, or
    in or below a label that heads a later cell ('Socialnämnden |
    Sammanträdesdatum' over ': | 2025-04-23')."""
    pattern = vocabulary().labels[label]
    for i, line in enumerate(lines):
        below = lines[i + 1].text if i + 1 < len(lines) else ""
        value = label_value(line, label, strict)
        if value is None and not strict and label == "meeting_date_only":
            # a later cell: 'Sociala vård och omsorgsgruppen | Sammanträdesdatum 2022-02-25'
            value = next((m.group("value") for cell in cells(line)[1:] if (m := pattern.match(cell))), None)
        if value is None:
            continue
        if value:
            if (d := find_date(value)) is not None:
                return d
        elif (d := find_date(below)) is not None:
            return d
    return None


_PAGE_MARK = re.compile(r"(?i)\b(?:sida|blad|sid\.?|s\.)\s*\d+(?:\s*(?:av|/)\s*\d+|\s*\(\d+\))?\b|\b\d+\s*\(\d+\)|(?:\s[|]\s?)+")


def _names_meeting(text: str) -> bool:
    """Beside a date, a line holds nothing but the title and the body
    ('Socialnämnden Protokoll', an association's 'Medlemsmöte tisdag')."""
    rest = _PAGE_MARK.sub(" ", _strip_time_and_date(text)).strip(" -–|")  # 'Blad 1', '1 (14)', a scan's '|': no words of the line
    if not rest or _title_kind(rest) is not None or organ_from_line(rest) is not None:
        return True
    mention = find_body(rest)
    return mention is not None and not mention.rest


def _title_block_date(block: Sequence[Line]) -> dt.date | None:
    """A date on a line of its own, or beside the title or body (in the same
    line or cell row: 'Sociala vård och omsorgsgruppen | Kallelse | 2022-02-25'),
    in the first lines after the title (before any labelled field)."""
    for i, line in enumerate(block[:5]):
        if any(vocabulary().labels[name].match(line.segment_texts[0]) for name in ("time", "location", "place_and_time")):
            break
        if (d := find_date(line.text)) is None:
            continue
        if _date_alone(line.text):
            return d  # a date alone on its line ('(2022-11-14)' under the title): no sentence runs on into it
        if i and _wraps_into(block, block[i - 1], line):
            continue  # the rest of a sentence ('Nästa möte hålls tisdagen' / 'den 14 november …'), read as prose
        if _names_meeting(line.text) or all(_names_meeting(cell) for cell in cells(line)) or _opens_with_date(line.text):
            return d
        if i <= 1 and _name_beside_date(line.text):
            return d  # 'Styrelsemöte' over 'Björnbäckens scoutkår - 14 september 2021': who meets, and when
    return None


NAME_BESIDE_DATE_WORDS = 5


def _name_beside_date(text: str) -> bool:
    """A line of a name and a date only, just under the title ('Björnbäckens
    scoutkår - 14 september 2021'): a few words, no sentence, no other figure."""
    rest = _strip_dates(text).strip(" -–—,|()")
    words = rest.split()
    return (0 < len(words) <= NAME_BESIDE_DATE_WORDS and rest[:1].isupper() and not any(c.isdigit() for c in rest)
            and not ends_sentence(rest) and ":" not in rest)


def _running_header_date(margins: Sequence[Line]) -> dt.date | None:
    """The date in a running header that names the meeting beside it
    ('Kommunfullmäktige   Protokoll   2024-12-02' on every page): the rest of
    the line is the title or the body, not a footer's print date or a
    'Justerandes sign' line."""
    for line in margins:
        if (d := find_date(line.text)) is not None and _names_meeting(line.text):
            return d
    return None


@dataclass(frozen=True)
class _Prose:
    organ: str | None
    date: dt.date | None
    start: str | None
    end: str | None
    place: str | None
    at: int = 0  # the header line the sentence opens on


PROSE_MAX_LINES = 4  # a prose header sentence runs on over at most this many lines past its paragraph
PROSE_FIRST_LINES = 8  # and begins among the first lines of the header, counted from its title
PARAGRAPH_MAX_STEP = 2.0  # a paragraph's next line stands within this many of its font sizes below
PARAGRAPH_MAX_GAP = 0.8  # … or within this many below the bottom of the line above (an OCR box is tall)
PARAGRAPH_MAX_INDENT = 3.0  # and starts within this many font sizes of its left edge
PARAGRAPH_MIN_FILL = 0.6  # a line this full of the paragraph's width runs on when its sentence has not ended
FIELD_LABELS = ("date", "time", "location", "place_and_time")


def _prose_header(head: Sequence[Line], title_at: int = 0) -> _Prose | None:
    """A meeting header written as one sentence (rule prose.header):
    'Protokoll fört vid sammanträde med socialnämnden tisdagen den 3 mars 2024
    kl. 9.00–11.30 i Kommunhuset, sal A.', 'Tekniska nämnden kallas till
    sammanträde …', a letter's 'Välkommen till årsmöte tisdagen den 12 mars
    2024 kl 18.00 i Föreningsstugan.' → the body, date, times and the place
    after them. The running text of each paragraph is joined before it is
    read, so a line may wrap anywhere in the sentence ('… den 12 mars 2024
    kl' / '18.00 i …'), and the sentence is read up to its own full stop, not
    into the next one ('… Storgatan 4. Kaffe från kl 17.30.')."""
    v = vocabulary()
    first = title_at + PROSE_FIRST_LINES
    for indices in _paragraphs(head):
        if indices[0] >= first:
            break
        text, starts = _running_text([head[i] for i in indices])
        said = sentences(text)
        pos = 0
        for n, sentence in enumerate(said):
            begin = text.find(sentence, pos)
            pos = begin + len(sentence)
            if indices[bisect.bisect_right(starts, begin) - 1] >= first:
                break
            if not v.prose_header.search(sentence) or v.prose_other_meeting.search(sentence):
                continue  # not a call, or a call to the next meeting ('Nästa möte hålls den …')
            if n == len(said) - 1:  # the paragraph ends before its sentence does: 'fört vid …' / 'kl. 9.00 i …'
                sentence = _run_on(sentence, head[indices[-1] + 1 : indices[-1] + PROSE_MAX_LINES], head[indices[-1]])
            sentence = re.sub(r"\s+", " ", sentence).strip()
            called = sentence[v.prose_header.search(sentence).start() :]  # the meeting is stated after the call
            date = find_date(called)
            if date is None:
                continue  # a header states its date; a sentence without one is body text
            start, end = find_times(called)
            return _Prose(_prose_organ(sentence), date, start, end, _prose_place(sentence), indices[0])
    return None


def _paragraphs(lines: Sequence[Line]) -> list[list[int]]:
    """The indices of `lines` grouped into paragraphs: a line continues the
    one above, in the same type size and close below it, when that one ended
    only because the next word would not fit (it reaches the right edge of
    the lines set from its left edge), or, on a ragged edge (a typed page, a
    scan), when its sentence has not ended and it is long or the next line
    opens in lower case. A labelled field ('Tid: …') starts anew."""
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups and _wraps_into(lines, lines[groups[-1][-1]], line):
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _wraps_into(lines: Sequence[Line], prev: Line, cur: Line) -> bool:
    size = max(prev.size, cur.size)
    near = cur.top - prev.top <= PARAGRAPH_MAX_STEP * size or cur.top - prev.bottom <= PARAGRAPH_MAX_GAP * size  # an OCR line's box may be tall
    if not (0 < cur.top - prev.top and near) or abs(cur.size - prev.size) > 1.0:
        return False
    if abs(cur.x0 - prev.x0) > PARAGRAPH_MAX_INDENT * size or prev.text.rstrip().endswith(":"):
        return False
    if len(prev.segments) > 1:  # cells apart on one line ('Vallby förening      PROTOKOLL'): no sentence runs on from them
        return False
    if any(label_value(cur, label) is not None for label in FIELD_LABELS):
        return False
    if _bold(prev) and not _bold(cur) and cur.text[:1].isupper():
        return False  # a bold title over the plain sentence under it ('Kallelse till sammanträde med direktionen')
    right = max(ln.x1 for ln in lines if abs(ln.x0 - prev.x0) <= PARAGRAPH_MAX_INDENT * size)
    word = cur.words[0]
    if prev.x1 + (word.x1 - word.x0) + 0.25 * size >= right - 1.0:
        return True
    if ends_sentence(prev.text):
        return False
    return cur.text[:1].islower() or prev.x1 - prev.x0 >= PARAGRAPH_MIN_FILL * (right - prev.x0)


def _bold(line: Line) -> bool:
    return sum(len(w.text) for w in line.words if w.bold) * 2 > sum(len(w.text) for w in line.words)


def _running_text(lines: Sequence[Line]) -> tuple[str, list[int]]:
    """A paragraph's lines as one text (hyphenation undone), with where each line starts in it."""
    text, starts = "", []
    for line in lines:
        piece = re.sub(r"\s+", " ", line.text).strip()
        starts.append(len(text) + 1 if text else 0)
        text = layout.join_wrapped(text, piece) if text else piece
    return text, starts


def _run_on(sentence: str, below: Sequence[Line], last: Line | None = None) -> str:
    """A sentence the paragraph ends before its full stop, run on over the
    lines below up to it (a centred 'Protokoll fört vid sammanträde med …'
    over 'kl. 9.00–11.30 i Kommunhuset.'), not past a time field, nor from a
    bold title (its `last` line) into the plain sentence under it."""
    for more in below:
        if ends_sentence(sentence) or label_value(more, "time") is not None:
            break
        if last is not None and _bold(last) and not _bold(more) and more.text.lstrip()[:1].isupper():
            break
        sentence = layout.join_wrapped(sentence, re.sub(r"\s+", " ", more.text).strip())
    return sentences(sentence)[0] if sentence.strip() else sentence


def ends_sentence(text: str) -> bool:
    """A full stop that is not an abbreviation's ('… kl.' runs on: '15.00–17.15 i Kommunhuset.')."""
    m = re.search(r"(?<![\wåäö.])([\wåäö.]+)\.\s*$", text)
    return m is not None and m.group(1).casefold() not in vocabulary().abbreviations


def _prose_organ(sentence: str) -> str | None:
    """The body: after 'sammanträde med' (capitalised as a name is filed),
    else an association's meeting in its own word ('kallas härmed till
    årsmöte' → 'Årsmöte'), else before 'kallas till'."""
    v = vocabulary()
    if (m := v.prose_body_after.search(sentence)) is not None:
        name = m.group("organ").strip()
        if (organ := _organ_name(name[:1].upper() + name[1:])) is not None:
            return organ
    if (mention := find_body(sentence)) is not None:
        return mention.organ
    if (m := v.prose_body_called.search(sentence)) is not None:  # 'kallas härmed till kårfullmäktige den …'
        name = m.group("organ").strip()
        if (organ := _organ_name(name[:1].upper() + name[1:])) is not None:
            return organ
    if (m := v.prose_body_before.search(sentence)) is not None:
        name = (m.group("organ") or m.group("organ_in")).strip()  # 'Ledamöterna … i byggnadsnämnden': the body
        return _organ_name(name[:1].upper() + name[1:])
    return None


def _prose_place(sentence: str, after_comma: bool = False) -> str | None:
    """The place a prose header names after its date and time: '… kl. 9.00–11.30
    i Kommunhuset, sal A.' → 'Kommunhuset, sal A'; with `after_comma` (a title
    line, which says nothing else after its time) also without the
    preposition: '… kl. 14.00, Folkets hus, lilla salen'."""
    v = vocabulary()
    after = 0
    for pattern in (v.time_range, v.time_single, v.date_iso, v.date_text, v.date_dotted, v.date_slash):
        for m in pattern.finditer(sentence):
            after = max(after, m.end())
    m = re.match(r"\s*,?\s*(?:i|på)\s+(?P<place>.+?)\.?(?:\s*$|\.\s)", sentence[after:])
    if m is None and after_comma:
        m = re.match(r"\s*,\s*(?P<place>[A-ZÅÄÖ][^!?]+?)\.?\s*$", sentence[after:])
    if after == 0 or m is None:
        return None
    place = m.group("place").strip(" ,;:")
    if (online := v.place_online.match(place)) is not None:
        place = online.group("platform")
    return place or None


_OPENER = (r"\s*(?:[\wåäö-]+s\s+)?(?:" + "|".join(map(re.escape, rules.load("header")["when_openers"]["words"]))
           + r"|[\wåäö]*(?:möte|mötet|stämma|stämman|sammanträde|sammanträdet))\s+(?=\D)")
_WHEN_OPENER = re.compile("(?i)^" + _OPENER)  # 'Sammanträde', 'Styrelsemöte' before the date
_WHEN_PREFIX = re.compile(rf"(?i)^\s*(?:{_OPENER})?(?:{_WEEKDAY}\s*)?(?:den\s+)?")  # … and the weekday


def _opens_with_date(text: str) -> bool:
    """'Onsdag 29 april 2026 kl.19 i Gunnesboskolans matsal', 'Sammanträde tisdagen
    den 14 mars 1978 kl. 17.00 i …', 'Styrelsemöte tisdag 9 februari 2016 kl.
    14.00' (a meeting in a word of its own): the line is the meeting's when (and where)."""
    rest = _WHEN_PREFIX.sub("", text)
    return find_date(rest) is not None and find_date(rest[:DATE_OPENS_WITHIN]) is not None


def _time_and_place(head: Sequence[Line]) -> tuple[str | None, str | None, str | None]:
    start = end = location = None
    for i, line in enumerate(head):
        for label in ("place_and_time", "time", "location"):
            value = _field_value(head, i, label)
            if value is None:
                continue
            if label in ("place_and_time", "time") and start is None:
                start, end = find_times(value, bare=label == "time")
            if label in ("place_and_time", "location") and location is None:
                location = place_from(value)
            if label != "time":  # a time's line may hold the place in a cell of its own ('Tid: 18.30 | Plats: …')
                break
    return start, end, location


def _time_in_date_field(head: Sequence[Line]) -> tuple[str | None, str | None]:
    """'Datum: Torsdagen den 21 mars 2024, kl. 15.00-17.20': the date's field holds the time."""
    return next((times for i in range(len(head)) if (value := _field_value(head, i, "date")) is not None
                 and (times := find_times(value))[0] is not None), (None, None))


def _when_line(block: Sequence[Line]) -> tuple[str | None, str | None, str | None]:
    """Time and place from the line under a title that opens with the
    meeting's date and has no label ('Onsdag 29 april 2026 kl.19 i
    Gunnesboskolans matsal' → 19:00, 'Gunnesboskolans matsal')."""
    # a line that only continues a sentence ('… höstmöte onsdagen' / 'den 4 oktober 2023 kl 19 i …') is read as prose
    for indices in _paragraphs(block):
        if indices[0] >= 6:
            break
        if indices[0] == 0:
            continue
        paragraph = [block[k] for k in indices]
        text = next(iter(sentences(_running_text(paragraph)[0])), "")  # its first sentence: not the coffee 'kl 17.30' after it
        if not (_opens_with_date(text) or _DAY_WITHOUT_YEAR.match(text)):
            continue
        start, end = find_times(text)
        place = place_from(_WHEN_OPENER.sub("", text))  # 'Styrelsemöte tisdag …': the meeting is no place
        if place is not None:
            place = re.sub(r"^(?:i|på)\s+", "", place) or None  # 'i Bygdegården': the preposition is no part of the place
        return start, end, place
    return None, None, None


PLACE_LINE_MAX_WORDS = 8  # a place on a line of its own is a short name and address


def _place_line(block: Sequence[Line]) -> str | None:
    """The place on a line of its own just under the line that dates the
    meeting, in the title block ('onsdag 22 maj 2024, kl. 18:30' over
    'Föreningslokalen, Solrosvägen 6'): a short capitalised line that is no
    label, no date, no title or body, no numbered row and no sentence."""
    structure = rules.patterns("structure")
    for k, line in enumerate(block[:-1]):
        if find_date(line.text) is None:
            continue
        below = block[k + 1]
        text = below.text.strip()
        size = max(line.size, below.size)
        if not (0 < below.top - line.top <= PARAGRAPH_MAX_STEP * size and abs(below.x0 - line.x0) <= PARAGRAPH_MAX_INDENT * size):
            return None
        if (not text[:1].isupper() or ":" in text or len(text.split()) > PLACE_LINE_MAX_WORDS or ends_sentence(text)
                or find_date(text) is not None or find_times(text) != (None, None)
                or any(p.match(text) for p in (structure["agenda.row"], structure["paragraph.heading"]))
                or _title_kind(text) is not None or find_body(text) is not None or organ_from_line(text) is not None
                or names_in(text)):  # 'Bäckeby kommun' under the date names the issuer, not the place
            return None
        return re.sub(r"\s+", " ", text).strip(" ,;") or None
    return None


def _title_when(lines: Sequence[Line]) -> tuple[str | None, str | None, str | None]:
    """Times, and the place after them, of a title line that states its
    meeting's date and time ('Kallelse till årsmöte söndagen den 14 april 2024
    kl. 15.00 i Bygdegården'): a line of the header's first ones that opens
    with a meeting document's title."""
    for line in lines:
        if vocabulary().meeting_titles.match(line.text) is None or find_date(line.text) is None:
            continue
        start, end = find_times(line.text)
        if start is not None:
            return start, end, _prose_place(line.text, after_comma=True)
    return None, None, None


STACKED_MAX_LINES = 2  # a value under its label wraps onto at most this many more lines
STACKED_LINE_STEP = 1.6  # … each within this many of its font sizes below the last


def _label_goes_on(head: Sequence[Line], i: int) -> bool:
    """A label in small letters under one word of its own at its left edge is the
    rest of a longer label ('Justeringens' over 'plats och tid | Kommunkansliet
    1986-04-18'): that field is another one than the label's words alone say."""
    line = head[i]
    if i == 0 or not line.text[:1].islower():
        return False
    above = head[i - 1]
    return (len(above.segments) == 1 and len(above.words) == 1 and abs(above.x0 - line.x0) <= 6.0
            and 0 < line.top - above.top <= 2.0 * line.size)


def _field_value(head: Sequence[Line], i: int, label: str) -> str | None:
    """A field's value: beside its label, continued on the next line in the
    value column when it holds no time yet ('Kommunhusets tingssal måndagen den
    8 januari 2007' over 'kl 08.30-09.30'), or below a label that stands alone."""
    line = head[i]
    value = label_value(line, label)
    if value is None or _label_goes_on(head, i):
        return None
    below = head[i + 1] if i + 1 < len(head) else None
    if value == "":  # a label over its value, which may wrap in a narrow column ('PLATS' / 'Bolagets huvudkontor,' / 'Kraftverksvägen 3')
        if below is None:
            return ""
        parts, last = [below.text.strip()], below
        for more in head[i + 2 : i + 2 + STACKED_MAX_LINES]:
            if not (abs(more.x0 - last.x0) <= 3.0 and 0 < more.top - last.top <= STACKED_LINE_STEP * last.size
                    and (re.search(r"(?:,|\b[a-zåäö]+)$", parts[-1])  # 'Lördag 16 november' / '2024' / 'kl. 13.00'
                         or (find_date(" ".join(parts)) is not None and find_times(more.text)[0] is not None))):
                break
            parts.append(more.text.strip())
            last = more
        return " ".join(parts)
    if (
        label != "location"
        and below is not None
        and len(line.segments) > 1
        and (find_times(value) == (None, None) or value.rstrip().endswith(",")  # '…, Sammanträdesrummet Bräntan,' / 'Kommunhuset'
             or (label == "place_and_time" and place_from(value) is None))  # '… kl. 18.30–21.40' / 'Folkets hus, stora salen'
        and abs(below.x0 - line.segments[1][0].x0) <= 6.0
        and 0 < below.top - line.top <= 2.0 * line.size
    ):
        value = f"{value} {below.text}"
    elif (
        label != "time"
        and below is not None
        and value.rstrip().endswith(",")  # '… i Folkets hus, Stora salen,' over 'Vintersjö. Ajournering kl. 19.55–20.10.'
        and abs(below.x0 - line.x0) <= 6.0
        and 0 < below.top - line.top <= 2.0 * line.size
        and not any(label_value(below, other) is not None for other in FIELD_LABELS)
    ):
        value = f"{value} {next(iter(sentences(below.text)), below.text).strip()}"
    return value


def _date_in_time_fields(head: Sequence[Line]) -> dt.date | None:
    """The date in a 'Plats och tid' or 'Tid' field, its value continued on the next line included."""
    for i in range(len(head)):
        for label in ("place_and_time", "time"):
            value = _field_value(head, i, label)
            if value and (d := find_date(value)) is not None:
                return d
    return None
