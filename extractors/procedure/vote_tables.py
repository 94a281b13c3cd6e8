"""A roll-call table (omröstningslista) → each member's vote, read from word
positions: a head row with a column for yes and for no ('Ja', 'Nej', often
'Avstår'), each row below it a name on the left and a mark ('X') under the
head it stands nearest beneath, a 'Summa' row the printed counts. Which words
are heads, marks and totals is vocabulary (`vote.table.*` in
`rules/sv/procedure.json`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from extractors.structure import blocks
from extractors.reading.placed import Placed
from extractors.procedure.persons import Person, person, rule
from extractors.structure.people import clean_name
from schemas.document import Word
from schemas.procedure import Choice, VoteRecord

_TABLE_GAP = 3  # lines without a mark that end a roll-call table


@dataclass
class Table:
    records: list[VoteRecord]
    counts: dict[Choice, int]
    page_no: int
    raw: str  # the rows as printed


def roll_call_tables(lines: Sequence[Placed]) -> tuple[list[tuple[int, Table]], set[int]]:
    """Roll-call tables among the lines: (index of the head row, table) and
    the indices the tables take. A head row has a column head for yes and
    for no ('Ja', 'Nej', and often 'Avstår'); each row below it with a name
    on the left and a mark under a head is a member's vote."""
    found: list[tuple[int, Table]] = []
    taken: set[int] = set()
    k = 0
    while k < len(lines):
        heads = _choice_columns(lines[k].line.words)
        if heads is None:
            k += 1
            continue
        left = min(x0 for x0, _, _ in heads) - blocks.COLUMN_TOLERANCE
        records: list[VoteRecord] = []
        counts: dict[Choice, int] = {}
        rows = [lines[k].text]
        misses, j, last = 0, k + 1, k
        while j < len(lines) and misses < _TABLE_GAP and lines[j].page_no == lines[k].page_no:
            row = lines[j]
            name_words = [w for w in row.line.words if w.x1 <= left]
            cells = [w for w in row.line.words if w.x1 > left]
            label = " ".join(w.text for w in name_words)
            if rule("vote.table.total").pattern.search(label) and cells:
                counts = _row_counts(cells, heads)
                rows.append(row.text)
                last = j
                break
            marks = [w for w in cells if rule("vote.table.mark").pattern.fullmatch(w.text)]
            member = _row_person(row, left)
            if member is None or len(marks) != 1:
                misses += 1
                j += 1
                continue
            choice = _nearest(marks[0], heads)
            records.append(VoteRecord(name=member.name, party=member.party, choice=choice, page_no=row.page_no, raw=row.text))
            rows.append(row.text)
            misses, last = 0, j
            j += 1
        if records or counts:
            found.append((k, Table(records, counts, lines[k].page_no, "\n".join(rows))))
            taken.update(range(k, last + 1))
            k = last + 1
        else:
            k += 1
    return found, taken


def _choice_columns(words: Sequence[Word]) -> list[tuple[float, float, Choice]] | None:
    heads = []
    for w in words:
        if rule("vote.table.choice").pattern.fullmatch(w.text.strip(":")):
            low = w.text.casefold()
            choice = Choice.YES if low.startswith("ja") else Choice.NO if low.startswith("nej") else Choice.ABSTAIN
            heads.append((w.x0, w.x1, choice))
    choices = {c for _, _, c in heads}
    if Choice.YES in choices and Choice.NO in choices and len(heads) == len(choices) and len(heads) * 2 >= len(words) - 2:
        return heads
    return None


def _nearest(word: Word, heads: Sequence[tuple[float, float, Choice]]) -> Choice:
    centre = (word.x0 + word.x1) / 2
    return min(heads, key=lambda h: abs((h[0] + h[1]) / 2 - centre))[2]


def _row_counts(cells: Sequence[Word], heads) -> dict[Choice, int]:
    counts: dict[Choice, int] = {}
    for w in cells:
        if w.text.isdigit():
            counts[_nearest(w, heads)] = int(w.text)
    return counts


def _row_person(row: Placed, left: float) -> Person | None:
    """The member a row's vote is: its name cell, or, where the table has a
    column for members and one for the substitutes serving for them, the
    rightmost name cell that reads as a person (the one who voted)."""
    cells = [[w for w in seg if w.x1 <= left] for seg in row.line.segments]
    cells = [c for c in cells if c]
    for cell in reversed(cells):
        if (member := _table_person(cell)) is not None:
            return member
    return None


def _table_person(words: Sequence[Word]) -> Person | None:
    """A row's name cell: 'Anna Berg (S)', or 'Anna Berg' and 'S' in a party column."""
    text = " ".join(w.text for w in words)
    if (found := person(text, ())) is not None and found.role is None:
        return found
    head, _, last = text.rpartition(" ")
    if re.fullmatch(r"[A-ZÅÄÖ]{1,4}", last) and (name := clean_name(head)):
        return Person(name, last)
    return None
