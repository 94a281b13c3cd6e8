"""lines → kind and meeting header (body, date, times, place).

Read from the words on the page with the vocabulary in `rules/sv/header.json`.
A field that the document's own header does not state stays None: a date in
the body text or in the file name is never taken as the meeting date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules
from schemas.document import Kind, Line
from schemas.meeting import MeetingHeader

HEAD_FRACTION = 0.45  # the meeting header sits in the upper part of page 1
HEAD_MAX_LINES = 24
TITLE_MAX_WORDS = 9
FIELD_PAGES = 3  # labelled header fields are looked for on this many first pages


@dataclass(frozen=True)
class _Vocabulary:
    kinds: tuple[tuple[Kind, tuple[str, ...]], ...]
    labels: dict[str, re.Pattern[str]]
    organ_suffixes: tuple[str, ...]
    date_iso: re.Pattern[str]
    date_text: re.Pattern[str]
    time_range: re.Pattern[str]
    time_single: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    data = rules.load("header")
    by_id = {r.id: r.pattern for r in rules.rules("header")}

    def label_pattern(words: list[str]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"^(?:{alternatives})(?:\s*:\s*|\s+|$)(?P<value>.*)$", re.IGNORECASE)

    return _Vocabulary(
        kinds=tuple((Kind(k["kind"]), tuple(k["titles"])) for k in data["kinds"]),
        labels={name: label_pattern(words) for name, words in data["labels"].items()},
        organ_suffixes=tuple(data["organ_suffixes"]),
        date_iso=by_id["date.iso"],
        date_text=by_id["date.text"],
        time_range=by_id["time.range"],
        time_single=by_id["time.single"],
    )


# ---------------------------------------------------------------- small readers


def find_date(text: str) -> dt.date | None:
    """The first full date stated in `text` (ISO or '25 februari 2022')."""
    v = vocabulary()
    candidates = []
    if m := v.date_iso.search(text):
        candidates.append((m.start(), _iso(m)))
    if m := v.date_text.search(text):
        candidates.append((m.start(), _textual(m.group(0))))
    found = [(pos, d) for pos, d in candidates if d is not None]
    return min(found)[1] if found else None


def _iso(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
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


def find_times(text: str) -> tuple[str | None, str | None]:
    v = vocabulary()
    if m := v.time_range.search(text):
        return f"{int(m.group(1)):02d}:{m.group(2)}", f"{int(m.group(3)):02d}:{m.group(4)}"
    if m := v.time_single.search(text):
        return f"{int(m.group(1)):02d}:{m.group(2) or '00'}", None
    return None, None


def _strip_time_and_date(text: str) -> str:
    v = vocabulary()
    for pattern in (v.time_range, v.time_single, v.date_iso, v.date_text):
        text = pattern.sub(" ", text)
    text = re.sub(r"\b(kl|klockan)\b\.?", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(en)?\b|\bden\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", text).strip(" ,;:–-")


def label_value(line: Line, label: str, strict: bool = False) -> str | None:
    """The value after a label at the start of a line ('Plats: Teams',
    'Plats och tid | Digitalt kl. 13:00'), '' when the label stands alone,
    None when the line does not start with that label. `strict` (for body
    text) wants the label set off by a colon or a column gap, so that a
    sentence starting with the same word is not read as a field."""
    pattern = vocabulary().labels[label]
    first = line.segment_texts[0]
    if m := pattern.match(first):
        if strict and m.group("value") and ":" not in first[: m.start("value")]:
            return None
        return " ".join((m.group("value"), *line.segment_texts[1:])).strip()
    return None


def _title_kind(text: str) -> Kind | None:
    folded = text.casefold().strip(" :.-")
    if len(folded.split()) > TITLE_MAX_WORDS:
        return None
    for kind, titles in vocabulary().kinds:
        for title in titles:
            if folded == title or re.match(rf"{re.escape(title)}(\b|/|\s|\d)", folded):
                return kind
    return None


def organ_from_line(text: str) -> str | None:
    """'Sociala vård och omsorgsgruppen 2022-02-25' → 'Sociala vård och omsorgsgruppen'
    when the line names a body: its last word ends like one (-nämnden, -styrelsen,
    -fullmäktige, -gruppen …)."""
    name = _strip_time_and_date(text)
    words = name.split()
    if not words or len(words) > 8 or not name[:1].isupper() or any(ch.isdigit() for ch in name):
        return None
    last = words[-1].casefold().strip(",.;:")
    if any(last.endswith(suffix) for suffix in vocabulary().organ_suffixes):
        return name
    return None


# ---------------------------------------------------------------- the header


def head_lines(first_page: Sequence[Line], height: float) -> list[Line]:
    return [ln for ln in first_page if ln.top <= HEAD_FRACTION * height][:HEAD_MAX_LINES]


def read_kind(head: Sequence[Line], word_count: int) -> Kind:
    for line in head[:10]:
        if (kind := _title_kind(line.segment_texts[0])) is not None:
            return kind
    return Kind.UNDERLAG if word_count >= 20 else Kind.UNKNOWN


def read_header(kind: Kind, head: Sequence[Line], margins: Sequence[Line], first_pages: Sequence[Line]) -> MeetingHeader:
    """Body, date, times and place from a document's own header.

    `head` is the top of page 1 (all its lines, headers included), `margins` the
    running header and footer lines of every page, `first_pages` the content
    lines of the first pages."""
    meeting_doc = kind in (Kind.KALLELSE, Kind.PROTOKOLL)
    organ = _labelled_value([*head, *margins], "organ")
    date = _labelled_date([*head, *margins], "meeting_date_only")
    start = end = location = None
    if meeting_doc:
        title_at = next((i for i, ln in enumerate(head) if _title_kind(ln.segment_texts[0])), 0)
        block = [*head[title_at:], *margins]
        if organ is None:
            organ = next((o for ln in block if (o := organ_from_line(ln.text))), None)
        if date is None:
            date = _labelled_date(block, "date") or _title_block_date(head[title_at:]) or _date_in_time_fields(head)
        start, end, location = _time_and_place(head)
    # Last, a labelled field on the document's first pages ('Organ',
    # 'Sammanträdesdatum' on a protokoll's signature page). Later pages are
    # bundled attachments, whose fields speak of other meetings.
    if organ is None:
        organ = _labelled_value(first_pages, "organ", strict=True)
    if date is None:
        date = _labelled_date(first_pages, "meeting_date_only", strict=True)
    return MeetingHeader(organ=organ, meeting_date=date, start_time=start, end_time=end, location=location)


def _labelled_value(lines: Sequence[Line], label: str, strict: bool = False) -> str | None:
    for line in lines:
        value = label_value(line, label, strict)
        if value:
            return value
    return None


def _labelled_date(lines: Sequence[Line], label: str, strict: bool = False) -> dt.date | None:
    for i, line in enumerate(lines):
        value = label_value(line, label, strict)
        if value is None:
            continue
        if value:
            if (d := find_date(value)) is not None:
                return d
        elif i + 1 < len(lines) and (d := find_date(lines[i + 1].text)) is not None:
            return d
    return None


def _title_block_date(block: Sequence[Line]) -> dt.date | None:
    """A date on a line of its own, or ending the title or body line, in the
    first lines after the title (before any labelled field)."""
    for line in block[:5]:
        if any(vocabulary().labels[name].match(line.segment_texts[0]) for name in ("time", "location", "place_and_time")):
            break
        rest = _strip_time_and_date(line.text)
        if (d := find_date(line.text)) is not None and (not rest or _title_kind(rest) or organ_from_line(rest)):
            return d
    return None


def _time_and_place(head: Sequence[Line]) -> tuple[str | None, str | None, str | None]:
    start = end = location = None
    for i, line in enumerate(head):
        for label in ("place_and_time", "time", "location"):
            value = label_value(line, label)
            if value is None:
                continue
            if value == "" and i + 1 < len(head):
                value = head[i + 1].text
            if label in ("place_and_time", "time") and start is None:
                start, end = find_times(value)
            if label in ("place_and_time", "location") and location is None:
                location = _strip_time_and_date(value) or None
            break
    return start, end, location


def _date_in_time_fields(head: Sequence[Line]) -> dt.date | None:
    for line in head:
        for label in ("place_and_time", "time"):
            value = label_value(line, label)
            if value and (d := find_date(value)) is not None:
                return d
    return None
