"""Attachments bundled behind an agenda: where each begins and whose it is.

A bundle starts on a page that says whose attachment it is ('Bilaga till
ärende 8' in its running header or first lines, or 'Bilaga 3' where an agenda
row cites '(bilaga 3)'), or on a divider page that carries an item's title
(or, without dividers, a page headed by it); item numbers rise through the
bundles. A bundled document ends where its own running header stops, or
before a later page that opens with a heading as large as its title; the
pages after it belong to the next item that lists attachments without a
divider of its own. Each Beslutsunderlag line is placed on the page of the
bundle whose opening lines carry its words.
"""

from __future__ import annotations

import re
from typing import Sequence

from extractors.structure import blocks
from extractors.reading.placed import Placed
from schemas.meeting import Attachment

TITLE_MATCH = 0.8  # share of title words a divider or attachment heading must carry
SMALL_PRINT = 0.85  # lines this much smaller than running text, above a page heading, are furniture


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1 or w.isdigit()}


def _match(title: str, heading: str) -> float:
    """How well a page heading carries a title: the share of the title's words
    in the heading, and of the heading's words in the title, whichever is less."""
    a, b = words(title), words(heading)
    if not a or not b:
        return 0.0
    common = len(a & b)
    return min(common / len(a), common / len(b))


def page_heads(placed: Sequence[Placed], size: float, rows: set[int]) -> dict[int, tuple[str, bool, float]]:
    """Per page: its leading heading text, and whether the page is nothing but
    that heading (a divider page). A page that opens with an agenda row has no
    such heading: the agenda goes on there."""
    by_page: dict[int, list[int]] = {}
    for i, p in enumerate(placed):
        by_page.setdefault(p.page_no, []).append(i)
    heads = {}
    for page_no, indices in by_page.items():
        head: list[Placed] = []
        small = 0  # small print above the heading (a date stamp, a running line on too few pages)
        while small < min(2, len(indices) - 1) and (
            placed[indices[small]].line.size < SMALL_PRINT * size or _states_attachment(placed[indices[small]].text)
        ):
            small += 1
        # a document's addressee or sender over its title ('Kommunstyrelsens arbetsutskott' over a
        # tjänsteskrivelse's heading set large): a few short lines that are no heading nor sentence
        lead = small
        while lead < min(small + ADDRESS_LINES, len(indices) - 1) and _address_line(placed[indices[lead]], size):
            lead += 1
        if lead > small and placed[indices[lead]].line.size >= TITLE_SIZE * size and blocks.is_heading(placed[indices[lead]].line, size):
            small = lead
        for i in indices[small:]:
            p = placed[i]
            if i in rows or not blocks.is_heading(p.line, size) or (head and p.line.size != head[0].line.size):
                break
            head.append(p)
        if head:
            only = small + len(head) == len(indices) and len(head) <= 4
            heads[page_no] = (" ".join(p.text for p in head), only, head[0].line.size)
    return heads


ADDRESS_LINES = 5  # short lines over a bundled document's title (department, officer, office, addressee)
ADDRESS_WORDS = 6
TITLE_SIZE = 1.2  # … under which stands a title this much larger than running text


def _address_line(p: Placed, size: float) -> bool:
    text = p.text.strip()
    return (len(text.split()) <= ADDRESS_WORDS and not blocks.is_heading(p.line, size)
            and not text.endswith((".", ":")) and text[:1].isupper())


def _states_attachment(text: str) -> bool:
    """'Bilaga till ärende 8', 'Bilaga 3': a line that says whose attachment the page is."""
    text = text.strip()
    return bool(blocks.rule("agenda.attachment_of").pattern.match(text) or blocks.rule("agenda.attachment_label").pattern.fullmatch(text))


STATEMENT_LINES = 3  # a page states whose attachment it is in its margins or its first lines


def stated_bundles(
    placed: Sequence[Placed], margins: dict[int, tuple[str, ...]], numbers: set[int], cited: dict[str, int]
) -> dict[int, int]:
    """Pages that say whose attachment they are, in a running header or in
    their first lines: 'Bilaga till ärende 8', or 'Bilaga 3' where an agenda
    row cites '(bilaga 3)'. Page → item number."""
    to_item = blocks.rule("agenda.attachment_of").pattern
    label = blocks.rule("agenda.attachment_label").pattern
    texts: dict[int, list[str]] = {page: list(lines) for page, lines in margins.items()}
    first_lines: dict[int, list[Placed]] = {}
    for p in placed:
        first_lines.setdefault(p.page_no, []).append(p)
    for page, lines in first_lines.items():
        for p in sorted(lines, key=lambda p: p.line.top)[:STATEMENT_LINES]:
            texts.setdefault(page, []).extend([p.text, *p.line.segment_texts])
    out = {}
    for page, lines in texts.items():
        for text in lines:
            text = text.strip()
            if (m := to_item.match(text)) and int(m.group("number")) in numbers:
                out[page] = int(m.group("number"))
                break
            if (m := label.search(text)) and (number := _cited_item(m.group("label"), cited)) is not None:
                out[page] = number
                break
    return out


def cited(titles: dict[int, str]) -> dict[str, int]:
    """Attachment labels the agenda rows cite ('(Bilaga 2a & 2b)', '(bilaga 4a-f)') → item number."""
    pattern = blocks.rule("agenda.cites_attachment").pattern
    out: dict[str, int] = {}
    for number, title in sorted(titles.items()):
        for m in pattern.finditer(title):
            for label in _labels(m.group("labels")):
                out.setdefault(label, number)
    return out


def citations(titles: dict[int, str]) -> dict[int, str]:
    """Item number → the attachment its row cites, as printed ('Bilaga 2a & 2b')."""
    pattern = blocks.rule("agenda.cites_attachment").pattern
    out = {}
    for number, title in titles.items():
        if m := pattern.search(title):
            out[number] = m.group(0).strip("() ")
    return out


def cited_in(title: str, decision: str | None, other: Sequence[str | None] = ()) -> list[str]:
    """The attachments an item cites by label, as printed ('Bilaga 3',
    'protokollsbilaga A Beslut om budget'): anywhere in its title or its
    decision, and in its other text only in brackets ('… godkändes (bilaga 2)')
    — a label named in running discussion ('som beskrivs i bilaga A') is
    talk about a paper, not the item's attachment."""
    pattern = blocks.rule("attachment.cited").pattern
    found = [m.group(0) for text in (title, decision) if text for m in pattern.finditer(text)]
    for text in other:
        for bracket in re.findall(r"\(([^()]*)\)", text or ""):
            found += [m.group(0) for m in pattern.finditer(bracket)]
    out: dict[str, str] = {}
    for label in found:
        label = re.sub(r"\s+", " ", label).strip()
        if label.count(")") > label.count("("):
            label = label[: label.rfind(")")].strip()  # '(Bilaga 3 Budget)': the bracket is the text's
        out.setdefault(label.casefold(), label)
    return list(out.values())


def cited_label(cited: str) -> str:
    """The label a citation names, whatever word carries it: 'protokollsbilaga
    B' and 'bilaga B' → 'b', 'Bilaga § 4' → '§4'."""
    m = re.search(r"bilaga\s+(?:nr\.?\s*)?(§\s*\d+|\d+[a-z]?|\w)", cited, re.IGNORECASE)
    return re.sub(r"\s+", "", m.group(1)).casefold() if m else cited.casefold()


def _labels(text: str) -> list[str]:
    """'2a & 2b' → 2a, 2b; '4a-f' → 4a … 4f; '1-3' → 1, 2, 3."""
    out = []
    for part in re.split(r"\s*(?:&|,|och)\s*", text.casefold()):
        m = re.fullmatch(r"(\d{1,2})([a-z]?)(?:\s*[-–]\s*(\d{0,2})([a-z]?))?", part.strip())
        if not m:
            continue
        number, letter, to_number, to_letter = m.groups()
        if to_letter and letter and not to_number:
            out += [f"{number}{chr(c)}" for c in range(ord(letter), ord(to_letter) + 1)]
        elif to_number and not letter and int(to_number) > int(number):
            out += [str(n) for n in range(int(number), min(int(to_number), int(number) + 20) + 1)]
        else:
            out.append(number + letter)
    return out


def _cited_item(label: str, cited: dict[str, int]) -> int | None:
    label = label.casefold()
    if label in cited:
        return cited[label]
    digits = re.match(r"\d+", label).group()
    return next((n for key, n in cited.items() if re.match(r"\d+", key).group() == digits), None)


def find_bundles(
    placed: Sequence[Placed],
    titles: dict[int, str],
    size: float,
    after_page: int,
    stated: dict[int, int],
    rows: set[int],
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """start page → (item number, last page) of each bundled attachment, and
    the starts that are an attachment's first page rather than a divider.
    A page that states its item ('Bilaga till ärende 8') starts that item's
    bundle (unless the page before stated the same); elsewhere a divider page,
    or without dividers a page heading, that carries an item's title does.
    Item numbers rise through the bundles."""
    heads = {n: h for n, h in page_heads(placed, size, rows).items() if n > after_page}
    dividers = {n: text for n, (text, only, _) in heads.items() if only}
    candidates = dividers or {n: text for n, (text, _, _) in heads.items()}
    stated = {n: number for n, number in stated.items() if n > after_page}
    lines_on = {p.page_no for p in placed}
    starts: list[tuple[int, int]] = []
    undivided: set[int] = set()
    last_number = 0
    for page_no in sorted(set(candidates) | set(stated)):
        if page_no in stated:
            number = stated[page_no]
            if number <= last_number:
                continue  # the same item's bundle goes on (or a number out of order)
            starts.append((page_no, number))
            last_number = number
            if page_no in lines_on and not heads.get(page_no, ("", False, 0.0))[1]:
                undivided.add(page_no)  # the attachment itself begins on the page
            continue
        ceiling = min((n for p, n in stated.items() if p > page_no), default=None)
        scored = [
            (_match(title, candidates[page_no]), number)
            for number, title in titles.items()
            if number > last_number and (ceiling is None or number < ceiling)
        ]
        if not scored:
            continue
        score, number = max(scored, key=lambda s: (s[0], -s[1]))
        if score >= TITLE_MATCH:
            starts.append((page_no, number))
            last_number = number
    last_page = placed[-1].page_no if placed else 0
    last_page = max([last_page, *stated])
    out = {}
    for k, (page_no, number) in enumerate(starts):
        end = starts[k + 1][0] - 1 if k + 1 < len(starts) else last_page
        out[page_no] = (number, end)
    return out, undivided


def hand_on_tails(
    bundles: dict[int, tuple[int, int]],
    margins: dict[int, frozenset[str]],
    with_attachments: list[int],
    title_sizes: dict[int, float],
    undivided: set[int],
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """A bundled document ends where its own running header ('Tjänsteskrivelse')
    stops or, without one, before a later page that opens with a heading as
    large as the document's own title (another document begins). Pages after
    it, before the next divider, belong to the next item that lists
    attachments but has no divider of its own (an attachment bundled without
    one) — when no bundled item stands between the two, for bundles follow
    the agenda's order."""
    out = dict(bundles)
    tails: set[int] = set()
    has_bundle = {number for number, _ in bundles.values()}
    for start, (number, end) in sorted(bundles.items()):
        first = start if start in undivided else start + 1  # the bundled document's first page
        if first > end:
            continue
        before = margins.get(start if first > start else start - 1, frozenset())
        own = margins.get(first, frozenset()) - before
        if first + 1 <= end and start in undivided:
            own &= margins.get(first + 1, frozenset())  # a header of its own repeats; a stated divider line need not
        last = first
        if own:
            while last + 1 <= end and margins.get(last + 1, frozenset()) & own:
                last += 1
        elif first in title_sizes:
            while last + 1 <= end and title_sizes.get(last + 1, 0.0) < title_sizes[first] - 0.5:
                last += 1
        else:
            continue
        if last == end:
            continue
        target = next((n for n in with_attachments if n > number and n not in has_bundle), None)
        if target is None or any(number < n < target for n in has_bundle):
            continue
        out[start] = (number, last)
        out[last + 1] = (target, end)
        tails.add(last + 1)
        has_bundle.add(target)
    return out, tails


def place_attachments(placed: Sequence[Placed], titles: list[str], bundle: tuple[int, int], divider: bool) -> list[Attachment]:
    """Each Beslutsunderlag line → the page where it begins inside the item's
    bundle: the page whose opening lines carry its words best; the first one
    otherwise starts right after the divider (or on the bundle's first page
    when it has none)."""
    start, end = bundle
    start = start if divider else start - 1
    openings: dict[int, str] = {}
    for p in placed:
        if start < p.page_no <= end and len(openings.get(p.page_no, "").split()) < 30:
            openings[p.page_no] = (openings.get(p.page_no, "") + " " + p.text).strip()
    out = []
    floor = start + 1
    for k, title in enumerate(titles):
        scored = [(len(words(title) & words(text)) / max(len(words(title)), 1), n) for n, text in openings.items() if n >= floor]
        score, page = max(scored, key=lambda s: (s[0], -s[1]), default=(0.0, None))
        if score < 0.5:
            page = min(floor, end) if k == 0 and floor <= end else None
        if page is not None:
            floor = page
        out.append(Attachment(title=title, page_start=page))
    return out
