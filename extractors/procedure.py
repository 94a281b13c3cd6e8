"""An item's lines → how its decision was made: motions, votes (with a
roll-call table's marks), dissents and conflicts of interest.

Each § is read on its own, from the lines the protokoll reader gave it
(`owners`), in three steps:
- `vote_table.roll_call_tables`: a table whose head row names the choices
  ('Ja', 'Nej', 'Avstår') is read by word positions: each row's name on the
  left, each mark ('X') under the column head it stands beneath, a 'Summa' row
  as printed counts;
- `passages`: the other lines joined into paragraphs (wrapped lines rejoined,
  a new paragraph at each heading) and split into sentences, each with its page
  and the heading it stands under ('Yrkanden', 'Propositionsordning',
  'Reservation', or a field of `rules/sv/structure.json`);
- `read_sentences`: the vocabulary of `rules/sv/procedure.json` finds the verb
  of each sentence ('yrkar', 'ställer proposition på', 'reserverar sig',
  'anmäler jäv'); who it names comes from the words before (or after) it, read
  with the project's name and party rules (`movers.read_people`). A chair
  named only by role ('Ordföranden') is the meeting's chair when the roll
  names exactly one.

A sentence whose verb is found but whose people cannot be read yields no row,
only a problem naming the § and the sentence: the item keeps its raw text in
its `motions`, `procedure` and `dissent` columns. Printed counts that differ
from the named votes are kept as printed, with a problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from extractors import fields
from extractors.blocks import Placed
from extractors.movers import Person, number, read_people, rule, rules_with, same_person
from extractors.passages import Sentence, passages, person_lead
from extractors.vote_table import Table, roll_call_tables
from schemas.document import Problem
from schemas.meeting import Item, Participant, Source
from schemas.procedure import (
    Choice,
    Conflict,
    Dissent,
    DissentKind,
    Motion,
    MotionKind,
    Vote,
    VoteKind,
    VoteRecord,
)


@dataclass
class Procedure:
    motions: list[Motion] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


# ---------------------------------------------------------------- sentences → rows


class _Reader:
    def __init__(self, item: Item, participants: Sequence[Participant], numbers: frozenset[int] = frozenset()):
        self.item = item
        self.numbers = numbers  # the document's § numbers
        self.participants = participants
        self.out = Procedure()
        self.supports: dict[int, str] = {}  # motion index → the name whose motion it supports
        self.open_vote: Vote | None = None

    def people(self, text: str) -> list[Person] | None:
        return read_people(text, self.participants)

    def problem(self, s: Sentence, what: str) -> None:
        self.out.problems.append(Problem(page_no=s.page_no, message=(
            f"{_label(self.item)}: {what} could not be read from "
            f"'{s.text[:160]}'; its text stays in the item")))

    # -- motions
    def motion(self, s: Sentence, who: str, text: str, sentence: str | None = None) -> bool:
        seconders: list = []
        if (second := rule("motion.seconded").search(who)) is not None:
            who, seconders = who[: second.start()], self.people(who[second.end():]) or []
        people = self.people(who)
        if people is None:
            return False
        if (second := rule("motion.seconded").pattern.match(text)) is not None:
            # 'X (C) yrkar, med instämmande av Y (S), avslag …': the seconder between commas after the verb
            rest = text[second.end():]
            cut = rest.find(",")
            if cut > 0 and (named := self.people(rest[:cut])):
                seconders, text = [*seconders, *named], rest[cut + 1:]
        kind = _motion_kind(text)
        whom = None
        if m := rule("motion.support").search(text):
            whom = m.group("whom")
            if kind is MotionKind.OTHER:  # 'instämmer i Per Eks yrkande': for it, as its mover is
                kind = MotionKind.APPROVE
        movers = [(person, whom or "") for person in people] + [(person, people[0].name) for person in seconders]
        for person, supports in movers:
            self.supports[len(self.out.motions)] = supports
            self.out.motions.append(Motion(
                item_number=self.item.number, ordinal=len(self.out.motions), mover=person.name, party=person.party,
                role=person.role, kind=kind, text=text.strip(" .,") or text, page_no=s.page_no,
                sentence=sentence or s.text))
        return True

    def named_under_heading(self, s: Sentence, paragraph: str, others: list[str]) -> bool:
        """'Reservation' over 'Anna Berg (M), Per Ek (S)': those people
        reserved themselves (orally, unless the heading's text says written);
        a note's author under 'Protokollsanteckning', its text the rest."""
        people = self.people(paragraph)
        if not people or any(p.role for p in people):
            return False
        kind = DissentKind(s.heading)
        note = " ".join(others) or None
        written = None
        if kind is not DissentKind.ABSTENTION:
            written = rule("dissent.written").search(" ".join([paragraph, *others])) is not None
        for person in people:
            self.out.dissents.append(Dissent(
                item_number=self.item.number, ordinal=len(self.out.dissents), kind=kind, name=person.name,
                party=person.party, written=written if kind is not DissentKind.NOTE or written else None,
                text=note if kind in (DissentKind.NOTE, DissentKind.STATEMENT) else None,
                page_no=s.page_no, sentence=paragraph))
        return True

    def withdraw(self, s: Sentence, m: re.Match) -> bool:
        people = self.people(s.text[: m.start()])
        if not people:
            return False
        for k, motion in enumerate(self.out.motions):
            if any(same_person(motion.mover, p.name) for p in people):
                self.out.motions[k] = motion.model_copy(update={"withdrawn": True})
        return True

    # -- votes
    def proposition(self, s: Sentence) -> bool:
        text = s.text.rstrip(".")
        if m := rule("vote.against_each_other").search(text):
            put, rest = m.group("put"), text[m.end():]
        elif (m := rule("vote.put").search(text)) or (
            (m := rule("vote.asks").search(text)) and rule("vote.finds").pattern.search(text, m.end())
        ):
            put, rest = "", text[m.end():]
        else:
            return False
        result = winner = None
        if f := rule("vote.finds").search(rest):
            put, result = put or rest[: f.start()], rest[f.end():]
        elif c := rule("vote.carried").search(rest):
            put, result = put or rest[: c.start()], c.group("result")
        else:
            put = put or rest
        if result:
            result = result.strip(" ,.")
            if w := rule("vote.winner").search(result):
                winner = (w.group("winner") or w.group("winner2")).strip(" ,.")
                if rule("vote.same").pattern.fullmatch(winner):  # 'bifalla det samma': what was put
                    winner = re.split(r"\s+mot\s+", put)[0].strip(" ,.")
            elif rule("vote.carried_as_put").search(result):
                winner = re.split(r"\s+mot\s+", put)[0].strip(" ,.")
        self.out.votes.append(Vote(
            item_number=self.item.number, ordinal=len(self.out.votes), kind=VoteKind.PROPOSITION,
            proposition=put.strip(" ,.") or None, result=result or None, winner=winner or None,
            page_no=s.page_no, sentence=s.text))
        return True

    def roll_call(self, s: Sentence) -> bool:
        text = s.text
        started = rule("vote.roll_call").search(text)
        yes_for = rule("vote.yes_for").search(text)
        no_for = rule("vote.no_for").search(text)
        counts = {c: m for r in rules_with("vote.count.") if (m := r.search(text)) for c in [Choice(r.data["choice"])]}
        if not (started or yes_for or no_for or counts):
            return False
        vote = self.open_vote
        if vote is None or (started and (vote.yes is not None or vote.records)):
            vote = Vote(item_number=self.item.number, ordinal=len(self.out.votes), kind=VoteKind.ROLL_CALL,
                        page_no=s.page_no, sentence=s.text)
            self.out.votes.append(vote)
            self.open_vote = vote
        update: dict = {}
        if yes_for:
            update["yes_for"] = yes_for.group("what").strip(" ,.")
        if no_for:
            update["no_for"] = no_for.group("what").strip(" ,.")
        if counts:
            records = list(vote.records)
            end = 0
            for choice, m in counts.items():
                n = number(m.group("n") or m.group("n2"))
                update[{Choice.YES: "yes", Choice.NO: "no", Choice.ABSTAIN: "abstain"}[choice]] = n
                named, stop = _named_after(text, m.end())
                end = max(end, stop)
                for person in self.people(named) or [] if named else []:
                    records.append(VoteRecord(name=person.name, party=person.party, choice=choice,
                                              page_no=s.page_no, raw=f"{person.name}" + (f" ({person.party})" if person.party else "")))
                if named and self.people(named) is None:
                    self.problem(s, f"the names of the {choice.value} votes")
            update["records"] = records
            rest = text[end:].strip(" ,.")
            if rest and not any(r.search(rest) for r in rules_with("vote.count.")):
                update["result"] = rest
        self._replace(vote, vote.model_copy(update=update))
        return True

    def _replace(self, old: Vote, new: Vote) -> None:
        self.out.votes[self.out.votes.index(old)] = new
        if self.open_vote is old:
            self.open_vote = new

    def table(self, table: Table) -> None:
        vote = self.open_vote
        if vote is None or vote.records:
            vote = Vote(item_number=self.item.number, ordinal=len(self.out.votes), kind=VoteKind.ROLL_CALL,
                        page_no=table.page_no, sentence=table.raw)
            self.out.votes.append(vote)
            self.open_vote = vote
        update: dict = {"records": table.records}
        for choice, n in table.counts.items():
            name = {Choice.YES: "yes", Choice.NO: "no", Choice.ABSTAIN: "abstain"}[choice]
            if getattr(vote, name) is not None and getattr(vote, name) != n:
                self.out.problems.append(Problem(page_no=table.page_no, message=(
                    f"{_label(self.item)}: the roll-call table counts {n} {choice.value} "
                    f"and the text {getattr(vote, name)}; the text's count is kept")))
            else:
                update[name] = n
        self._replace(vote, vote.model_copy(update=update))

    # -- dissents and conflicts
    def dissent(self, s: Sentence, following: Sequence[Sentence]) -> bool:
        text = s.text
        for found_rule in rules_with("dissent."):
            if "dissent_kind" not in found_rule.data or not (m := found_rule.search(text)):
                continue
            kind = DissentKind(found_rule.data["dissent_kind"])
            who, after = (text[m.end():], "") if found_rule.id == "dissent.reservation_by" else (text[: m.start()], text[m.end():])
            if found_rule.id == "dissent.reservation_by":
                who = re.split(r"\s+(?:mot|till förmån för)\s+|[.;]", who)[0]
                after = text[m.end() + len(who):]
            people = self.people(who)
            if people is None:
                self.problem(s, f"who made the {kind.value}")
                return True
            against = favour = note = None
            written: bool | None = None
            if kind in (DissentKind.RESERVATION, DissentKind.STATEMENT):
                if a := rule("dissent.against").search(after):
                    against = a.group("against").strip(" ,.")
                if f := rule("dissent.in_favour").search(after):
                    favour = f.group("favour").strip(" ,.")
                written = rule("dissent.written").search(text) is not None
            elif kind is DissentKind.NOTE:
                written = True if rule("dissent.written").search(text) else None
                if ":" in after:
                    note = after.partition(":")[2].strip() or None
                if text.rstrip().endswith(":") and following:
                    note = following[0].text
            for person in people:
                self.out.dissents.append(Dissent(
                    item_number=self.item.number, ordinal=len(self.out.dissents), kind=kind, name=person.name,
                    party=person.party, against=against, in_favour_of=favour, written=written, text=note,
                    page_no=s.page_no, sentence=text))
            return True
        return False

    def conflict(self, s: Sentence) -> bool:
        text = s.text.rstrip(".")
        declared = rule("conflict.declared").search(text)
        because = rule("conflict.because").search(text)
        if not (declared or because):
            return False
        if declared:
            who = text[: declared.start()]
        else:
            apart = rule("conflict.not_taking_part").search(text)
            if apart is None:
                self.problem(s, "who has a conflict of interest")
                return True
            if because.start() < apart.start():  # 'På grund av jäv deltar inte X (M) i handläggningen'
                who = rule("conflict.taking_part_in").pattern.sub("", text[apart.end():])
            else:  # 'X (M) deltar inte på grund av jäv'
                who = text[: apart.start()]
        people = self.people(who)
        if people is None:
            self.problem(s, "who has a conflict of interest")
            return True
        sub = None
        if r := rule("conflict.replaced_by").search(text):
            sub = self.people(r.group("sub"))
        target = self.item.number
        refs = [int(m.group(1)) for m in _PARAGRAPH_REF.finditer(s.text)]
        if len(set(refs)) == 1 and refs[0] in self.numbers:
            target = refs[0]  # 'X anmäler jäv i § 12', read under another §
        for person in people:
            self.out.conflicts.append(Conflict(
                item_number=target, ordinal=len(self.out.conflicts), name=person.name, party=person.party,
                substitute=sub[0].name if sub else None, substitute_party=sub[0].party if sub else None,
                page_no=s.page_no, sentence=s.text))
        return True

    def substitute(self, s: Sentence) -> bool:
        """'Y (S) tjänstgör i X:s ställe' for a conflict of this item."""
        if not self.out.conflicts or not (m := rule("conflict.substitute").search(s.text)):
            return False
        subs = self.people(s.text[: m.start()])
        whose = m.group("whose") or m.group("for1") or m.group("for2") or ""
        if not subs:
            return False
        for k, c in enumerate(self.out.conflicts):
            if c.substitute is None and same_person(c.name, whose):
                self.out.conflicts[k] = c.model_copy(update={"substitute": subs[0].name, "substitute_party": subs[0].party})
                return True
        return False

    def resolve_supports(self) -> None:
        for k, whom in self.supports.items():
            if not whom:
                continue
            motion = self.out.motions[k]
            for other in self.out.motions:
                if other is not motion and same_person(other.mover, whom):
                    self.out.motions[k] = motion.model_copy(update={"supports": other.mover})
                    break


def _named_after(text: str, at: int) -> tuple[str | None, int]:
    """The bracketed list of names right after a count ('8 JA-röster (A (M), B (S))'), and where it ends."""
    rest = text[at:]
    stripped = rest.lstrip()
    if not stripped.startswith("("):
        return None, at
    start = at + len(rest) - len(stripped)
    depth = 0
    for k in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[k], 0)
        if depth == 0:
            return text[start + 1:k], k + 1
    return None, at


_PARAGRAPH_REF = re.compile(r"(?<!§)§\s*(\d+)(?![\d\s]*[-–,]\s*\d)")  # '§ 12', not '§§ 12-13'


def _other_paragraph(lines: Sequence[Placed], number: int) -> int | None:
    """The § other than `number` these lines name, if they name one."""
    for p in lines:
        for m in _PARAGRAPH_REF.finditer(p.text):
            if int(m.group(1)) != number:
                return int(m.group(1))
    return None


def _label(item: Item) -> str:
    return item.label or f"§ {item.number}"


def _motion_kind(text: str) -> MotionKind:
    found = []
    for found_rule in rules_with("motion.kind."):
        if m := found_rule.search(text):
            found.append((found_rule.data["motion_kind"], m.start()))
    if not found:
        return MotionKind.OTHER
    procedural = [k for k, _ in found if k in ("återremiss", "bordläggning", "tillägg", "ändring")]
    if procedural:
        return MotionKind(procedural[0])
    return MotionKind(min(found, key=lambda f: f[1])[0])


PROCEDURE_SECTIONS = {"motions", "procedure", "dissent", "conflict"}


def read_item(
    item: Item, lines: Sequence[Placed], participants: Sequence[Participant] = (), numbers: frozenset[int] = frozenset()
) -> Procedure:
    """One item's lines → its motions, votes, dissents and conflicts (a
    conflict that names another of the document's §§, `numbers`, is that §'s)."""
    body_x = fields._text_column(lines)
    lines = [q for p in lines if (q := fields._without_margin_mark(p, body_x)).line.segments]
    tables, taken = roll_call_tables(lines)
    reader = _Reader(item, participants, numbers)
    # sentences before each table, so a table follows the vote its text opens
    chunks: list[tuple[list[Placed], Table | None]] = []
    start = 0
    for k, table in tables:
        other = _other_paragraph(lines[max(0, k - 2):k], item.number)
        if other is not None:  # an omröstningslista of another § printed here (an appendix after the §§)
            reader.out.problems.append(Problem(page_no=table.page_no, message=(
                f"{_label(item)}: a roll-call table for § {other} stands here, outside its §; it is not read")))
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
            reader.table(table)
    reader.resolve_supports()
    for vote in reader.out.votes:
        if vote.consistent is False:
            named = {c: sum(1 for r in vote.records if r.choice is c) for c in Choice}
            reader.out.problems.append(Problem(page_no=vote.page_no, message=(
                f"{_label(item)}: the vote counts {vote.yes} ja, {vote.no} nej"
                + (f", {vote.abstain} avstår" if vote.abstain is not None else "")
                + f" but names {named[Choice.YES]} ja, {named[Choice.NO]} nej, {named[Choice.ABSTAIN]} avstår; "
                "both are kept as printed")))
    return reader.out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _read_sentences(reader: _Reader, sentences: Sequence[Sentence]) -> None:
    for k, s in enumerate(sentences):
        if s.section == "summary" and _YEAR.search(s.text):
            continue  # the matter's history ('beslutade den 14 februari 2024 efter omröstning'), not this meeting
        if reader.conflict(s) or reader.substitute(s):
            continue
        if m := rule("motion.withdrawn").search(s.text):
            reader.withdraw(s, m)
            continue
        read = False
        verb = rule("motion.verb").search(s.text)
        if verb is None and (proposes := rule("motion.verb_proposes").search(s.text)) is not None:
            # 'föreslår' is an officer's word too: a motion under a motions heading, or with a seconder
            if s.section in ("motions", "procedure") or rule("motion.seconded").search(s.text[: proposes.start()]):
                verb = proposes
        if verb is not None:
            who, text = s.text[: verb.start()], s.text[verb.end():]
            read = reader.motion(s, who, text)
            if not read and (after := rule("motion.movers_after_verb").search(text)) is not None:
                # 'Under överläggningen yrkar Per Ek (S) bifall …': the subject follows the verb
                read = reader.motion(s, after.group("who"), text[after.end():])
            if not read and s.section in PROCEDURE_SECTIONS:
                reader.problem(s, "who made the motion")
            read = True
        elif s.section == "motions" and s.first and person_lead(s.text) is not None:
            # 'Rune Dahl (M): Inte godkänna …' under 'Förslag till beslut på sammanträdet'
            paragraph = " ".join(t.text for t in sentences if t.paragraph == s.paragraph and t.page_no == s.page_no)
            lead = person_lead(paragraph)
            if lead is not None:
                read = reader.motion(s, lead[0], lead[1], sentence=paragraph)
        if reader.proposition(s):
            read = True
        if reader.roll_call(s):
            read = True
        if not read:
            following = [t for t in sentences[k + 1:] if t.section == s.section][:1]
            read = reader.dissent(s, following)
        if not read and s.heading and s.first:
            # under 'Reservation' or 'Protokollsanteckning', a paragraph that only names people
            paragraph = [t for t in sentences if t.paragraph == s.paragraph]
            others = [t.text for t in sentences if t.block == s.block and t.paragraph != s.paragraph]
            reader.named_under_heading(s, " ".join(t.text for t in paragraph), others)


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
