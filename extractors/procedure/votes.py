"""Votes: the chair's proposition and what carried ('Ordföranden ställer
proposition på … och finner att …'), a roll call (omröstning) with its
meaning, counts and the names under each choice, and a roll-call table's
marks (`vote_tables`)."""

from __future__ import annotations

import re

from extractors.procedure.passages import Sentence
from extractors.procedure.persons import number, rule, rules_with
from extractors.procedure.state import Reading, label
from extractors.procedure.vote_tables import Table
from schemas.document import Problem
from schemas.procedure import Choice, Vote, VoteKind, VoteRecord


def proposition(reading: Reading, s: Sentence) -> bool:
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
    reading.out.votes.append(Vote(
        item_number=reading.item.number, ordinal=len(reading.out.votes), kind=VoteKind.PROPOSITION,
        proposition=put.strip(" ,.") or None, result=result or None, winner=winner or None,
        page_no=s.page_no, sentence=s.text))
    return True


def roll_call(reading: Reading, s: Sentence) -> bool:
    text = s.text
    started = rule("vote.roll_call").search(text)
    yes_for = rule("vote.yes_for").search(text)
    no_for = rule("vote.no_for").search(text)
    counts = {c: m for r in rules_with("vote.count.") if (m := r.search(text)) for c in [Choice(r.data["choice"])]}
    if not (started or yes_for or no_for or counts):
        return False
    vote = reading.open_vote
    if vote is None or (started and (vote.yes is not None or vote.records)):
        vote = Vote(item_number=reading.item.number, ordinal=len(reading.out.votes), kind=VoteKind.ROLL_CALL,
                    page_no=s.page_no, sentence=s.text)
        reading.out.votes.append(vote)
        reading.open_vote = vote
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
            for person in reading.people(named) or [] if named else []:
                records.append(VoteRecord(name=person.name, party=person.party, choice=choice,
                                          page_no=s.page_no, raw=f"{person.name}" + (f" ({person.party})" if person.party else "")))
            if named and reading.people(named) is None:
                reading.problem(s, f"the names of the {choice.value} votes")
        update["records"] = records
        rest = text[end:].strip(" ,.")
        if rest and not any(r.search(rest) for r in rules_with("vote.count.")):
            update["result"] = rest
    _replace(reading, vote, vote.model_copy(update=update))
    return True


def _replace(reading: Reading, old: Vote, new: Vote) -> None:
    reading.out.votes[reading.out.votes.index(old)] = new
    if reading.open_vote is old:
        reading.open_vote = new


def table(reading: Reading, table: Table) -> None:
    vote = reading.open_vote
    if vote is None or vote.records:
        vote = Vote(item_number=reading.item.number, ordinal=len(reading.out.votes), kind=VoteKind.ROLL_CALL,
                    page_no=table.page_no, sentence=table.raw)
        reading.out.votes.append(vote)
        reading.open_vote = vote
    update: dict = {"records": table.records}
    for choice, n in table.counts.items():
        name = {Choice.YES: "yes", Choice.NO: "no", Choice.ABSTAIN: "abstain"}[choice]
        if getattr(vote, name) is not None and getattr(vote, name) != n:
            reading.out.problems.append(Problem(page_no=table.page_no, message=(
                f"{label(reading.item)}: the roll-call table counts {n} {choice.value} "
                f"and the text {getattr(vote, name)}; the text's count is kept")))
        else:
            update[name] = n
    _replace(reading, vote, vote.model_copy(update=update))


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
