"""A protokoll's opening and closing sentences → when its meeting started and ended.

Minutes say it in prose: 'Ordföranden Anna Berg öppnar mötet kl 19.02',
'Mötet öppnades kl. 18.30', 'förklarar mötet avslutat 20:40', 'Stämman
avslutas 19.52'. The opening is looked for before the first items and in the
first of them, the closing in the last items and after them, so that a time
another meeting was opened at, told in a § between, is not taken; nor is a
sentence that names another meeting or a pause ('nästa möte', 'ajourneras',
'öppnades igen') or a date. The words are rules 'time.opened', 'time.closed'
and 'time.other_meeting' in `rules/sv/header.json`; the time is read by
`header.find_times`.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from extractors import rules
from extractors.reading.placed import Placed
from extractors.structure import blocks
from extractors.structure.decisions import sentences
from extractors.structure.header import ends_sentence, find_date, find_times, vocabulary

OPENING_ITEMS = 3  # a meeting is opened before or in its first items
CLOSING_ITEMS = 2  # and closed in its last items or after them


@cache
def _rules():
    by_id = rules.patterns("header")
    return by_id["time.opened"], by_id["time.closed"], by_id["time.other_meeting"]


def stated_times(placed: Sequence[Placed], owners: dict[int, int]) -> tuple[str | None, str | None]:
    """(start, end) as 'HH:MM' from the minutes' own opening and closing
    sentences; None where they state none. `owners` maps each line an item
    holds to its number; without items the first and last page are read, or
    the first and last half of its lines where that is more."""
    if not placed:
        return None, None
    starts: dict[int, int] = {}
    for index, number in sorted(owners.items()):
        starts.setdefault(number, index)
    firsts = sorted(starts.values())
    if firsts:
        opening = placed[: firsts[OPENING_ITEMS] if len(firsts) > OPENING_ITEMS else len(placed)]
        closing = placed[firsts[max(0, len(firsts) - CLOSING_ITEMS)] :]
    else:  # a last page may hold the signatures alone
        opening, closing = opening_lines(placed), closing_lines(placed)
    opened, closed, _ = _rules()
    start = _time_said(opening, opened, last=False)
    end = _time_said(closing, closed, last=True)
    return start, end


def opening_lines(placed: Sequence[Placed]) -> list[Placed]:
    """Where minutes without items open: their first page, or their first half of lines where that is more."""
    half = len(placed) // 2
    return [p for k, p in enumerate(placed) if k < half or p.page_no == placed[0].page_no]


def closing_lines(placed: Sequence[Placed]) -> list[Placed]:
    """Where minutes without items close: their last page, or their last half of lines where that is more."""
    half = len(placed) // 2
    return [p for k, p in enumerate(placed) if k >= half or p.page_no == placed[-1].page_no]



def _time_said(lines: Sequence[Placed], verb, last: bool) -> str | None:
    """The time of the first (or last) sentence among `lines` that says the meeting was opened (closed)."""
    _, _, other = _rules()
    found = []
    paragraphs = (blocks.paragraphs(lines) or "").split("\n")
    for n, paragraph in enumerate(paragraphs):
        said = sentences(paragraph)
        for k, sentence in enumerate(said):
            if k == len(said) - 1 and n + 1 < len(paragraphs):
                sentence = _run_on(sentence, paragraphs[n + 1])
            if not verb.search(sentence) or other.search(sentence) or find_date(sentence) is not None:
                continue
            start, _ = find_times(sentence.rstrip(" .!"), bare=True)  # '… avslutat 19:40.'
            if start is not None:
                found.append(start)
    if not found:
        return None
    return found[-1] if last else found[0]


def _run_on(sentence: str, below: str) -> str:
    """A sentence broken by a line end that was not joined as a wrap (a
    ragged typed page, a scan: '… och avslutade mötet kl' / '21.05.', '… och
    öppnade' / 'mötet kl 19.15.'): when it has not ended and holds no time
    yet, and the next line opens with the time or in lower case (no sentence
    does), that line's first sentence goes on it."""
    if not sentence.strip() or ends_sentence(sentence) or find_times(sentence, bare=True) != (None, None):
        return sentence
    if not (_opens_with_time(below) or below.lstrip()[:1].islower()):
        return sentence
    return f"{sentence.rstrip()} {sentences(below)[0].strip()}"


def _opens_with_time(text: str) -> bool:
    """'kl 21.05 …', '21.05.', '10.00. § 12 …': the line's first word is a time."""
    v = vocabulary()
    text = text.lstrip()
    first = text.split(" ", 1)[0].rstrip(".!,;")
    return bool(first) and (v.time_single.match(text) is not None or v.time_bare.fullmatch(first) is not None)
