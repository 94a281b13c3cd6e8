"""Procedure: an item's lines → how its decision was made: motions, votes
(with a roll-call table's marks), dissents and conflicts of interest.

In: the placed lines, which § owns each (`owners`), the items and the roll.
Out: `Procedure` — rows of schemas.procedure, each with its item, page and the
sentence it came from — and problem rows for what could not be read.

Each § is read on its own, from the lines the protokoll reader gave it, in
three steps:
- `vote_tables.roll_call_tables`: a table whose head row names the choices
  ('Ja', 'Nej', 'Avstår') is read by word positions: each row's name on the
  left, each mark ('X') under the column head it stands beneath, a 'Summa' row
  as printed counts;
- `passages`: the other lines joined into paragraphs (wrapped lines rejoined,
  a new paragraph at each heading) and split into sentences, each with its page
  and the heading it stands under ('Yrkanden', 'Propositionsordning',
  'Reservation', or a field of `rules/sv/structure.json`);
- `_read_sentences`: the vocabulary of `rules/sv/procedure.json` finds the
  verb of each sentence ('yrkar', 'ställer proposition på', 'reserverar sig',
  'anmäler jäv') and hands it to the reader of that kind of row — `motions`,
  `votes`, `dissents`, `conflicts`, sharing one `state.Reading` per §; who a
  sentence names comes from the words before (or after) the verb, read with
  the project's name and party rules (`persons.read_people`). A chair
  named only by role ('Ordföranden') is the meeting's chair when the roll
  names exactly one.

A sentence whose verb is found but whose people cannot be read yields no row,
only a problem naming the § and the sentence: the item keeps its raw text in
its `motions`, `procedure` and `dissent` columns. Printed counts that differ
from the named votes are kept as printed, with a problem.
"""

from __future__ import annotations

import re
from typing import Sequence

from extractors.procedure import conflicts, dissents, motions, votes
from extractors.procedure.passages import Sentence, passages, person_lead
from extractors.procedure.persons import rule
from extractors.procedure.state import Procedure, Reading, label
from extractors.procedure.vote_tables import Table, roll_call_tables
from extractors.reading.placed import Placed
from extractors.structure import fields
from schemas.document import Problem
from schemas.meeting import Item, Participant, Source
from schemas.procedure import Choice


def _other_paragraph(lines: Sequence[Placed], number: int) -> int | None:
    """The § other than `number` these lines name, if they name one."""
    for p in lines:
        for m in conflicts.PARAGRAPH_REF.finditer(p.text):
            if int(m.group(1)) != number:
                return int(m.group(1))
    return None



PROCEDURE_SECTIONS = {"motions", "procedure", "dissent", "conflict"}


def read_item(
    item: Item, lines: Sequence[Placed], participants: Sequence[Participant] = (), numbers: frozenset[int] = frozenset()
) -> Procedure:
    """One item's lines → its motions, votes, dissents and conflicts (a
    conflict that names another of the document's §§, `numbers`, is that §'s)."""
    body_x = fields._text_column(lines)
    lines = [q for p in lines if (q := fields._without_margin_mark(p, body_x)).line.segments]
    tables, taken = roll_call_tables(lines)
    reader = Reading(item, participants, numbers)
    # sentences before each table, so a table follows the vote its text opens
    chunks: list[tuple[list[Placed], Table | None]] = []
    start = 0
    for k, table in tables:
        other = _other_paragraph(lines[max(0, k - 2):k], item.number)
        if other is not None:  # an omröstningslista of another § printed here (an appendix after the §§)
            reader.out.problems.append(Problem(page_no=table.page_no, message=(
                f"{label(item)}: a roll-call table for § {other} stands here, outside its §; it is not read")))
            table = None
        chunks.append(([p for i, p in enumerate(lines[start:k], start) if i not in taken], table))
        start = k
    chunks.append(([p for i, p in enumerate(lines[start:], start) if i not in taken], None))
    sentences: list[Sentence] = []
    for chunk, table in chunks:
        found = passages(chunk)
        sentences += found
        _read_sentences(reader, found)
        if table is not None:
            votes.table(reader, table)
    motions.resolve_supports(reader)
    for vote in reader.out.votes:
        if vote.consistent is False:
            named = {c: sum(1 for r in vote.records if r.choice is c) for c in Choice}
            reader.out.problems.append(Problem(page_no=vote.page_no, message=(
                f"{label(item)}: the vote counts {vote.yes} ja, {vote.no} nej"
                + (f", {vote.abstain} avstår" if vote.abstain is not None else "")
                + f" but names {named[Choice.YES]} ja, {named[Choice.NO]} nej, {named[Choice.ABSTAIN]} avstår; "
                "both are kept as printed")))
    return reader.out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _read_sentences(reader: Reading, sentences: Sequence[Sentence]) -> None:
    for k, s in enumerate(sentences):
        if s.section == "summary" and _YEAR.search(s.text):
            continue  # the matter's history ('beslutade den 14 februari 2024 efter omröstning'), not this meeting
        if conflicts.conflict(reader, s) or conflicts.substitute(reader, s):
            continue
        if m := rule("motion.withdrawn").search(s.text):
            motions.withdraw(reader, s, m)
            continue
        read = False
        verb = rule("motion.verb").search(s.text)
        if verb is None and (proposes := rule("motion.verb_proposes").search(s.text)) is not None:
            # 'föreslår' is an officer's word too: a motion under a motions heading, or with a seconder
            if s.section in ("motions", "procedure") or rule("motion.seconded").search(s.text[: proposes.start()]):
                verb = proposes
        if verb is not None:
            who, text = s.text[: verb.start()], s.text[verb.end():]
            read = motions.motion(reader, s, who, text)
            if not read and (after := rule("motion.movers_after_verb").search(text)) is not None:
                # 'Under överläggningen yrkar Per Ek (S) bifall …': the subject follows the verb
                read = motions.motion(reader, s, after.group("who"), text[after.end():])
            if not read and s.section in PROCEDURE_SECTIONS:
                reader.problem(s, "who made the motion")
            read = True
        elif s.section == "motions" and s.first and person_lead(s.text) is not None:
            # 'Rune Dahl (M): Inte godkänna …' under 'Förslag till beslut på sammanträdet'
            paragraph = " ".join(t.text for t in sentences if t.paragraph == s.paragraph and t.page_no == s.page_no)
            lead = person_lead(paragraph)
            if lead is not None:
                read = motions.motion(reader, s, lead[0], lead[1], sentence=paragraph)
        if votes.proposition(reader, s):
            read = True
        if votes.roll_call(reader, s):
            read = True
        if not read:
            following = [t for t in sentences[k + 1:] if t.section == s.section][:1]
            read = dissents.dissent(reader, s, following)
        if not read and s.heading and s.first:
            # under 'Reservation' or 'Protokollsanteckning', a paragraph that only names people
            paragraph = [t for t in sentences if t.paragraph == s.paragraph]
            others = [t.text for t in sentences if t.block == s.block and t.paragraph != s.paragraph]
            dissents.named_under_heading(reader, s, " ".join(t.text for t in paragraph), others)


def read_procedure(
    placed: Sequence[Placed],
    owners: dict[int, int],
    items: Sequence[Item],
    participants: Sequence[Participant] = (),
) -> Procedure:
    """Every item's motions, votes, dissents and conflicts (items that share a
    number, '§ 3 a' and '§ 3 b', are read as the one their lines are owned by)."""
    by_number: dict[int, list[Placed]] = {}
    for index in sorted(owners):
        by_number.setdefault(owners[index], []).append(placed[index])
    out = Procedure()
    seen: set[int] = set()
    numbers = frozenset(by_number)
    for item in items:
        if item.source is not Source.PROTOKOLL or item.number in seen or item.number not in by_number:
            continue
        seen.add(item.number)
        found = read_item(item, by_number[item.number], participants, numbers)
        out.motions += found.motions
        out.votes += found.votes
        out.dissents += found.dissents
        out.conflicts += found.conflicts
        out.problems += found.problems
    # a conflict read under one § may name another ('anmäler jäv i § 12'): number them per item again
    counted: dict[int, int] = {}
    for k, conflict in enumerate(out.conflicts):
        ordinal = counted.get(conflict.item_number, 0)
        counted[conflict.item_number] = ordinal + 1
        if conflict.ordinal != ordinal:
            out.conflicts[k] = conflict.model_copy(update={"ordinal": ordinal})
    return out


def held_only(found: Procedure, keys: set, page_count: int) -> Procedure:
    """The parts a record can hold: under an item it holds, on a page it has
    (schemas.document.record_faults); what is dropped is noted as a problem."""
    def ok(part) -> bool:
        pages = [part.page_no, *(r.page_no for r in getattr(part, "records", ()))]
        return part.item_key in keys and all(1 <= p <= page_count for p in pages)

    out = Procedure(problems=list(found.problems))
    for name in ("motions", "votes", "dissents", "conflicts"):
        parts = getattr(found, name)
        kept = [p for p in parts if ok(p)]
        setattr(out, name, kept)
        if len(kept) != len(parts):
            out.problems.append(Problem(message=f"{len(parts) - len(kept)} {name} under items or pages the record lacks are dropped"))
    out.problems = [p if p.page_no is None or 1 <= p.page_no <= page_count else Problem(message=p.message) for p in out.problems]
    return out
