"""Items and people → where they stand on the page: the boxes of each
item's heading, title and presenters, and of each participant's name as
printed, found after the fact in the lines they were read from, with one
`extractors.reading.boxes.Locator` over the whole document. Called where the
stages meet (`extractors.record`), once the structure is read."""

from __future__ import annotations

from typing import Sequence

from extractors.reading.boxes import Locator, NameFinder, lines_regions
from extractors.reading.placed import Placed
from schemas.meeting import Item, Participant
from schemas.provenance import FieldRegion, Region


# ---------------------------------------------------------------- items and people


def place_structure(
    items: Sequence[Item], participants: Sequence[Participant], placed: Sequence[Placed], owners: dict[int, int]
) -> tuple[list[Item], list[Participant]]:
    """Items with the boxes of their heading, title and presenters, and
    participants with the box of their name as printed, found after the fact
    in the lines they were read from: an item's own lines (`owners`), the
    whole document for a name (each printed occurrence given to one record).
    One `Locator` over the document serves them all."""
    if not items and not participants:
        return list(items), list(participants)
    locator = Locator(placed)
    names = NameFinder(locator)
    people = [p.model_copy(update={"box": names.find(p.name)}) for p in participants]
    boxes_by_name: dict[str, Region] = {}
    for person in people:
        if person.box is not None:
            boxes_by_name.setdefault(person.name, person.box)
    spans: dict[int, list[int]] = {}  # item number → its first and last line
    for index, number in owners.items():
        span = spans.setdefault(number, [index, index])
        span[0], span[1] = min(span[0], index), max(span[1], index)
    out = []
    for item in items:
        if item.number not in spans:
            out.append(item)
            continue
        first, last = spans[item.number]
        out.append(item.model_copy(update=_item_boxes(item, locator, first, last, names, boxes_by_name)))
    return out, people


def _item_boxes(item: Item, locator: Locator, first: int, last: int, names: NameFinder, people: dict[str, Region]) -> dict:
    update: dict = {}
    lo, hi = locator.span_of(first, last)
    span = locator.find(item.title, lo, stop=hi)
    if span is not None:
        titles = [FieldRegion(field="title", **r.model_dump()) for r in locator.regions(*span)]
        update["field_boxes"] = [*titles, *item.field_boxes]
        if titles:
            # the heading: the title on its first page, and what stands left of it on its line (the label)
            head = titles[0]
            line = locator.lines[locator.line_of(span[0])].line
            box = Region(**head.model_dump(exclude={"field"}))
            for w in line.words:
                if w.x1 <= head.x0 + 0.5 and w.bottom > head.top and w.top < head.bottom:
                    box = box.union(Region(page_no=box.page_no, x0=w.x0, top=w.top, x1=w.x1, bottom=w.bottom))
            # a label on a line of its own above the title ('§ 12' / 'Avtal LOSUS')
            label = locator.find(item.label, lo, stop=span[0]) if item.label else None
            if label is not None and (above := locator.region(*label)) is not None and above.page_no == box.page_no:
                box = box.union(above)
            update["box"] = box
    if "box" not in update:  # a title not printed as such ('§ 5' made up from the label): the heading line
        heading = lines_regions([locator.lines[first]])
        update["box"] = heading[0] if heading else None
    if item.presenters:
        update["presenter_boxes"] = [names.find(name, lo, hi) or people.get(name) for name in item.presenters]
    return update
