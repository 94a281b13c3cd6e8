"""A protokoll's placed lines → its § items.

A § heading is a line that opens with '§ N': alone ('§1' with the title on the
next line), with a diary number ('§ 12   Dnr RS/2023/145'), with its title
beside it, or in a margin column left of the text. The numbers of the minutes
rise; a '§ 21' quoted from another body's minutes does not fit the run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from extractors import blocks, fields, people
from extractors.blocks import Placed
from schemas.document import Word
from schemas.meeting import Attachment, Item, Participant, Source

MAX_NUMBER_STEP = 5  # minutes number § across meetings and may leave gaps (a § under sekretess)


@dataclass
class _Heading:
    index: int
    number: int
    rest: list[Word]  # the words after '§ N' on the heading line


def find_headings(placed: Sequence[Placed], size: float) -> list[_Heading]:
    candidates = _candidates(placed, size)
    chain = blocks.rising_chain([c.number for c in candidates], MAX_NUMBER_STEP, min_length=1)
    return [candidates[k] for k in chain]


def paragraph_items(
    placed: Sequence[Placed], size: float, headings: list[_Heading], participants: Sequence[Participant] = ()
) -> tuple[list[Item], dict[int, int]]:
    """Items from the § headings `find_headings` found, and the owner of each
    line (index in `placed` → § number); `participants` resolve role words and
    'föredragande' notes."""
    items = []
    owners: dict[int, int] = {}
    for k, heading in enumerate(headings):
        stop = headings[k + 1].index if k + 1 < len(headings) else len(placed)
        items.append(_item(placed, heading, stop, size, participants))
        owners.update(dict.fromkeys(range(heading.index, stop), heading.number))
    return items, owners


def _candidates(placed: Sequence[Placed], size: float) -> list[_Heading]:
    pattern = blocks.rule("paragraph.heading").pattern
    case_rule = blocks.rule("paragraph.case_number").pattern
    found = []
    misread = blocks.rule("paragraph.ocr_heading").pattern
    for i, p in enumerate(placed):
        line = p.line
        if p.ocr and (m := misread.fullmatch(line.text)):
            found.append(_Heading(i, int(m.group("number")), []))  # '§3' that OCR read as '83'
            continue
        if not (m := pattern.match(line.text)):
            continue
        consumed = len(m.group(0).split())
        rest = list(line.words[consumed:])
        rest_text = blocks.words_text(rest)
        set_off = (
            blocks.is_heading(line, size)
            or not rest
            or case_rule.match(rest_text) is not None
            or len(line.segments[0]) <= consumed  # '§ 12' alone in a margin column
            or _stands_alone(placed, i, rest_text)  # '§ 12 Title' in plain text (Word, OCR)
        )
        if set_off:
            found.append(_Heading(i, int(m.group("number")), rest))
    return found


def _stands_alone(placed: Sequence[Placed], i: int, rest_text: str) -> bool:
    """A plain '§ 12 Title' line is a heading when it is a line of its own: the
    title is capitalised, and neither the line before nor the line itself
    runs on into the next (a cross-reference in running text does)."""
    if not rest_text[:1].isupper():
        return False
    def runs_on(a: Placed, b: Placed) -> bool:
        return (
            a.page_no == b.page_no
            and blocks.wraps_into(a, b)
            and blocks.leading_label("field.", b.line) is None
            and not blocks.is_bold(b.line)
        )

    before = i > 0 and runs_on(placed[i - 1], placed[i])
    after = i + 1 < len(placed) and runs_on(placed[i], placed[i + 1])
    return not before and not after


def _item(placed: Sequence[Placed], heading: _Heading, stop: int, size: float, participants: Sequence[Participant]) -> Item:
    case_rule = blocks.rule("paragraph.case_number").pattern
    head = placed[heading.index]
    rest_text = blocks.words_text(heading.rest)
    case_number = None
    if m := case_rule.search(rest_text):
        case_number = m.group("value").strip()
        rest_text = rest_text[: m.start()].strip(" -–|")
    title_lines = [rest_text] if rest_text else []
    i = heading.index + 1
    title_style = None
    title_x = heading.rest[0].x0 if rest_text else None
    while i < stop:
        p = placed[i]
        if blocks.leading_label("field.", p.line) is not None or blocks.whole("field.attested", p.text):
            break
        style = (blocks.is_bold(p.line), round(p.line.size))
        if not title_lines:
            title_lines.append(p.text)
            title_style, title_x = style, p.line.x0
        elif style == title_style or (title_style is None and blocks.is_bold(head.line) and style[0]):
            if title_x is not None and abs(p.line.x0 - title_x) > blocks.COLUMN_TOLERANCE:
                break
            title_lines.append(p.text)
        else:
            break
        title_style = style
        i += 1
    found = fields.split_fields(placed[i:stop])
    text = " ".join(t for t in (found.text.get("summary"), found.text.get("decision")) if t)
    presenters, named_verb = people.presenters_in_text(text, participants)
    for line in found.presenter_text:
        presenters += [n for n in people.split_names(line, participants) if n not in presenters]
    if named_verb and not presenters:
        presenters = _noted_presenters(heading.number, participants)
    last = placed[stop - 1] if stop - 1 >= heading.index else head
    title = " ".join(title_lines).strip()
    if m := case_rule.search(title):  # 'Val av justerare      Dnr SN 2024/10' on the title line
        case_number = case_number or m.group("value").strip()
        title = title[: m.start()].strip(" -–|")
    return Item(
        source=Source.PROTOKOLL,
        number=heading.number,
        title=title or f"§ {heading.number}",
        case_number=case_number,
        presenters=presenters,
        attachments=[Attachment(title=t) for t in found.attachments],
        page_start=head.page_no,
        page_end=max(head.page_no, last.page_no),
        attested=found.attested,
        **found.text,
    )


def _noted_presenters(number: int, participants: Sequence[Participant]) -> list[str]:
    """Who the attendance list notes as föredragande for this § ('Anna Frisk
    (RJH - föredragande) §§8-9'), for a § whose text says that someone presents
    without naming them."""
    rule = blocks.rule("field.presenter").pattern
    out = []
    for person in participants:
        note = f"{person.organization or ''}"
        if person.sections and number in _section_numbers(person.sections) and rule.search(note):
            out.append(person.name)
    return out


def _section_numbers(note: str) -> set[int]:
    numbers: set[int] = set()
    for part in note.strip("§").split(","):
        bounds = [int(x) for x in part.replace("–", "-").split("-") if x.strip().isdigit()]
        if len(bounds) == 2:
            numbers.update(range(bounds[0], bounds[1] + 1))
        elif len(bounds) == 1:
            numbers.add(bounds[0])
    return numbers
