"""A document's own table of contents → where each agenda item and its
attachments begin.

A föredragningslista that bundles its items' texts often opens with a table
of contents: '188 § Sammanträdets laglighet ......... 2', with the item's
attachments listed under it ('- Bilaga: Konditionsrapport ....... 13'). Its
rows are the agenda; the page numbers say where each item's own text begins.
Printed page numbers may not count a cover or the contents page itself, so
the offset to the file's pages is measured: the page where an item's number
opens a heading, against the page the contents print for it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extractors.structure import blocks
from extractors.reading.placed import Placed

MOST = 2 / 3  # share of agenda rows that must end in a leader and a page number


@dataclass
class Entry:
    index: int  # the row's line in the placed lines
    number: int
    title: str
    page: int | None  # as printed in the contents
    attachments: list[tuple[str, int | None]] = field(default_factory=list)  # title, printed page
    start: int | None = None  # the line where the item's own text begins (its heading), once found
    page_no: int | None = None  # the file's page it begins on


def leader(text: str) -> re.Match | None:
    return blocks.rule("agenda.contents_entry").pattern.search(text)


def read_contents(placed: Sequence[Placed], rows: Sequence[tuple[int, int]]) -> list[Entry] | None:
    """The entries when the agenda rows (index, number) are a table of
    contents, else None. Lines between two rows that end in a page number
    are the first row's attachments; lines without one continue the entry
    they follow."""
    if len(rows) < 2 or sum(1 for i, _ in rows if leader(placed[i].text)) < MOST * len(rows):
        return None
    pattern = blocks.rule("agenda.row").pattern
    entries = []
    for k, (i, number) in enumerate(rows):
        stop = rows[k + 1][0] if k + 1 < len(rows) else _contents_end(placed, i)
        text = placed[i].text[pattern.match(placed[i].text).end():]
        j = i + 1
        while j < stop and not leader(text) and placed[j].page_no == placed[i].page_no:
            text += " " + placed[j].text  # a title wrapped before its page number
            j += 1
        title, page = _split(text)
        entry = Entry(i, number, title, page)
        pending = ""
        for p in placed[j:stop]:
            if not pending and not _sub_entry(p, placed[i]):
                break  # an entry of the contents that is no item's ('Anvisning för besvär ...... 43')
            pending = f"{pending} {p.text}".strip()
            if leader(pending):
                title, page = _split(pending)
                marker = blocks.list_marker(title)
                title = title[len(marker):].strip() if marker else title
                prefix = blocks.rule("agenda.attachment_prefix").pattern.match(title)
                entry.attachments.append((title[prefix.end():].strip() if prefix else title, page))
                pending = ""
        entries.append(entry)
    return entries


def _sub_entry(p: Placed, row: Placed) -> bool:
    """A line listed under a row: set off by a list marker or indented."""
    return blocks.list_marker(p.text) is not None or p.line.x0 > row.line.x0 + 4


def _split(text: str) -> tuple[str, int | None]:
    m = leader(text)
    if not m:
        return text.strip(), None
    return text[: m.start()].strip(), int(m.group("page"))


def _contents_end(placed: Sequence[Placed], last_row: int) -> int:
    """The contents end with the last row's page, or where its lines stop ending in a page number."""
    end = last_row + 1
    page = placed[last_row].page_no
    while end < len(placed) and placed[end].page_no == page:
        if leader(placed[end].text):
            end += 1
        elif end + 1 < len(placed) and placed[end + 1].page_no == page and leader(placed[end + 1].text):
            end += 2  # an entry wrapped before its page number
        else:
            break
    return end


def place_entries(placed: Sequence[Placed], entries: list[Entry], size: float) -> int:
    """Find each entry's own heading after the contents; returns the page
    offset (file page − printed page) the found headings agree on, and fills
    each entry's start line and page."""
    contents_end = max(e.index for e in entries)
    contents_page = placed[contents_end].page_no
    headings: dict[int, list[int]] = {}
    for i in range(contents_end + 1, len(placed)):
        p = placed[i]
        if p.line.x0 > p.left + 2 * size or leader(p.text):
            continue
        if (m := _HEADING.match(p.text)) is not None:
            headings.setdefault(int(m.group("a") or m.group("b") or m.group("c")), []).append(i)
    offsets: Counter[int] = Counter()
    for e in entries:
        for i in headings.get(e.number, []):
            if e.page is not None:
                offsets[placed[i].page_no - e.page] += 1
    offset = offsets.most_common(1)[0][0] if offsets else 0
    floor = contents_end + 1
    for e in entries:
        want = e.page + offset if e.page is not None else None
        found = [i for i in headings.get(e.number, []) if i >= floor and (want is None or placed[i].page_no == want)]
        if found:
            e.start = found[0]
        elif want is not None and want > contents_page:
            e.start = next((i for i in range(floor, len(placed)) if placed[i].page_no >= want), None)
        if e.start is not None:
            e.page_no = placed[e.start].page_no
            floor = e.start + 1
    return offset


def bare_heading(text: str) -> bool:
    """A heading that is only the number ('188 §'), its title on the next line."""
    m = _HEADING.match(text)
    return m is not None and not text[m.end():].strip()


# '188 §', '§ 188', '188.' opening a heading line
_HEADING = re.compile(r"^(?:(?P<a>\d{1,4})\s*§|§\s*(?P<b>\d{1,4})|(?P<c>\d{1,4})[.)])(?=\s|$)")
