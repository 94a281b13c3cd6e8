"""Personal data and secrecy markings: found at extraction, masked on output.

Pure functions over text (no DuckDB, no PDF): what to flag is the vocabulary
of `rules/sv/sensitive.json`; what this module adds is what a pattern cannot
say — that the date of a personal identity number exists (the day minus 60
for a samordningsnummer), that a twelve-digit one is not born in the future,
and that its last digit passes the Luhn check.

Two entry points are for everything that shows or exports document text
(the command line, `warehouse/export.py`, the web page):

- `mask_text(text)` hides the last four digits of every valid personal
  identity number: '19121212-1212' → '19121212-****', '121212-1212' →
  '121212-****'. Other numbers (a telephone number, a diarienummer, a number
  whose check digit is wrong) are left as they are. None stays None.
- `SECRET_TEXT` ('[sekretess]') stands in for the text fields of an item
  marked secret (its title stays); `warehouse.sensitive.secret_items` says
  which items those are.

`read_sensitive(pages, items)` is the arrow of extraction: the findings of
one document, each with its page, item and (when one line holds it) box.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Iterable, NamedTuple

from extractors import rules
from schemas.document import Line, Page
from schemas.meeting import Item
from schemas.sensitive import SensitiveFinding, SensitiveKind

SECRET_TEXT = "[sekretess]"
MASK = "****"

# The free-text fields of an item: withheld when the item is marked secret,
# and where its personal identity numbers and markings are looked for.
ITEM_TEXT_FIELDS = ("summary", "proposal", "decision", "motions", "procedure", "dissent", "distribution")


class PersonalNumber(NamedTuple):
    """A valid personal identity or coordination number in a text."""

    start: int
    end: int
    kind: SensitiveKind
    masked: str


@cache
def _rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("sensitive") if r.id == rule_id)


def luhn_valid(digits: str) -> bool:
    """The Luhn check over the ten digits YYMMDDNNNC (every other digit from
    the first doubled, digit sums added, a multiple of ten)."""
    total = 0
    for position, char in enumerate(digits):
        value = int(char) * (2 if position % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _birth_date(century: str | None, date: str, sep: str, today: dt.date) -> tuple[dt.date, bool] | None:
    """The date a number states and whether it is a samordningsnummer; None
    when no such day exists (or a stated century puts it in the future)."""
    yy, mm, dd = int(date[:2]), int(date[2:4]), int(date[4:6])
    coordination = dd > 60
    if coordination:
        dd -= 60
    if century is not None:
        years = [int(century) * 100 + yy]
    else:
        # the ten-digit form: '-' under 100 years old, '+' 100 or more; the
        # century is whichever makes that true (the day must exist in one)
        base = today.year - (100 if sep == "+" else 0)
        year = base - (base - yy) % 100
        years = [year, year - 100]
    for year in years:
        try:
            born = dt.date(year, mm, dd)
        except ValueError:
            continue
        if born <= today:
            return born, coordination
    return None


def personal_numbers(text: str | None, today: dt.date | None = None) -> list[PersonalNumber]:
    """Every valid personnummer and samordningsnummer in `text`, in order."""
    if not text:
        return []
    today = today or dt.date.today()
    found = []
    for m in _rule("sensitive.personnummer").pattern.finditer(text):
        century, date, sep, serial, check = m.group("century", "date", "sep", "serial", "check")
        dated = _birth_date(century, date, sep, today)
        if dated is None or not luhn_valid(date + serial + check):
            continue
        kind = SensitiveKind.COORDINATION_NUMBER if dated[1] else SensitiveKind.PERSONAL_NUMBER
        found.append(PersonalNumber(m.start(), m.end(), kind, f"{century or ''}{date}{sep}{MASK}"))
    return found


_SIX_DIGITS = re.compile(r"\d{6}")


def mask_text(text: str | None) -> str | None:
    """`text` with the last four digits of every valid personal identity
    number replaced by '****'. The one function every output that shows or
    exports document text calls (unless the operator asked for
    --include-sensitive); cheap on text without such a number."""
    if not text or not _SIX_DIGITS.search(text):  # every form of the number holds six digits in a row
        return text
    numbers = personal_numbers(text)
    if not numbers:
        return text
    out, last = [], 0
    for number in numbers:
        out.append(text[last:number.start])
        out.append(number.masked)
        last = number.end
    out.append(text[last:])
    return "".join(out)


def secrecy_markings(text: str | None) -> list[re.Match[str]]:
    """The secrecy markings ('Sekretess enligt OSL 26 kap. 1 §') in `text`."""
    if not text:
        return []
    return list(_rule("sensitive.secret").pattern.finditer(text))


# ---------------------------------------------------------------- pages and items → findings


class _Hit(NamedTuple):
    kind: SensitiveKind
    masked: str
    rule_id: str
    surface: str  # the words as written: found again in an item's text, never stored


def _hits(text: str) -> list[_Hit]:
    hits = [_Hit(n.kind, n.masked, "sensitive.personnummer", text[n.start:n.end]) for n in personal_numbers(text)]
    hits += [_Hit(SensitiveKind.SECRET, " ".join(m.group(0).split()), "sensitive.secret", m.group(0))
             for m in secrecy_markings(text)]
    return hits


def _box(lines: Iterable[Line], surface: str) -> tuple[float, float, float, float] | None:
    """(x0, top, x1, bottom) of the words of the one line that holds `surface`."""
    wanted = " ".join(surface.split())
    for line in lines:
        at = line.text.find(wanted)
        if at < 0:
            continue
        words, offset = [], 0
        for word in line.words:
            if offset < at + len(wanted) and offset + len(word.text) > at:
                words.append(word)
            offset += len(word.text) + 1
        if words:
            return (min(w.x0 for w in words), min(w.top for w in words),
                    max(w.x1 for w in words), max(w.bottom for w in words))
    return None


def _holder(items: list[Item], page_no: int, surface: str) -> Item | None:
    """The item on this page whose text holds these words, else the only item on the page."""
    on_page = [i for i in items if i.page_start <= page_no <= i.page_end]
    for item in on_page:
        if any(surface in (getattr(item, name) or "") for name in ("title", *ITEM_TEXT_FIELDS)):
            return item
    return on_page[0] if len(on_page) == 1 else None


def read_sensitive(pages: list[Page], items: list[Item]) -> list[SensitiveFinding]:
    """pages and items → findings: every valid personal identity number and
    secrecy marking on a page (its text, and for markings also its running
    header or footer), placed in the item that holds it; then those an item's
    text holds that no page showed whole (joined across a page break), on the
    item's first page without a box. An item with a marking is one finding of
    kind 'sekretess' at least."""
    findings: list[SensitiveFinding] = []
    placed: set[tuple[int | None, str, str]] = set()  # (item, kind, surface) already recorded
    index = {id(item): k for k, item in enumerate(items)}

    def add(hit: _Hit, page_no: int | None, item: Item | None, box) -> None:
        placed.add((None if item is None else index[id(item)], hit.kind.value, hit.surface))
        x0, top, x1, bottom = box or (None, None, None, None)
        findings.append(SensitiveFinding(
            kind=hit.kind, masked=hit.masked, rule_id=hit.rule_id, page_no=page_no,
            item_source=item.source.value if item else None, item_label=item.id_label if item else None,
            item_number=item.number if item else None, x0=x0, top=top, x1=x1, bottom=bottom,
        ))

    for page in pages:
        margin = "\n".join(line.text for line in page.margin_lines)
        hits = _hits(page.text) + [h for h in _hits(margin) if h.kind is SensitiveKind.SECRET]
        for hit in hits:
            item = _holder(items, page.page_no, hit.surface)
            add(hit, page.page_no, item, _box([*page.lines, *page.margin_lines], hit.surface))
    for item in items:
        for name in ("title", *ITEM_TEXT_FIELDS):
            for hit in _hits(getattr(item, name) or ""):
                if (index[id(item)], hit.kind.value, hit.surface) not in placed:
                    add(hit, item.page_start, item, None)
    return findings
