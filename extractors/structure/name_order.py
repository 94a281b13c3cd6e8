"""Which way round a roll prints its names: 'Lindqvist Mikael' or 'Mikael Lindqvist'.

Decided per list, not per name, from evidence: first names that public name
statistics know (`rules/sv/people.json`), and the same person written the
other way round elsewhere in the document ('Lindqvist Mikael' in the roll,
'Mikael Lindqvist' under the signature). A list with no evidence of its own
follows the document's other lists; with none at all, names stay as printed.
"""

from __future__ import annotations

from functools import cache
from typing import Sequence

from extractors import rules


@cache
def first_names() -> frozenset[str]:
    data = rules.load("people")["first_names"]
    return frozenset(n.casefold() for key, names in data.items() if key != "about" for n in names)


def _is_first_name(token: str) -> bool:
    known = first_names()
    token = token.casefold()
    return token in known or all(part in known for part in token.split("-") if part)


def surname_first_score(name: str) -> int:
    """+1 when the name reads 'Surname First' ('Wik Tobias'), -1 when it reads
    'First Surname' ('Tobias Wik'), 0 when the first-name list cannot tell."""
    tokens = name.split()
    if len(tokens) < 2:
        return 0
    head, tail = _is_first_name(tokens[0]), _is_first_name(tokens[-1])
    if tail and not head:
        return 1
    if head and not tail:
        return -1
    return 0


def turned(name: str) -> str:
    """'Frostberg-Blom Siw' → 'Siw Frostberg-Blom';
    'Persson Westin Gunnel' → 'Gunnel Persson Westin'."""
    tokens = name.split()
    return " ".join([tokens[-1], *tokens[:-1]]) if len(tokens) > 1 else name


def surname_first(lists: Sequence[Sequence[str]], straight: Sequence[bool] = ()) -> list[bool]:
    """For each list of printed names: does it print the surname first?
    Lists marked `straight` (signatures, 'First Last' by convention) are
    evidence for the others and are never turned."""
    straight = list(straight) or [False] * len(lists)
    votes = [0 if fixed else sum(surname_first_score(n) for n in names) for names, fixed in zip(lists, straight)]
    decided: list[bool | None] = [False if fixed else (v > 0 if v else None) for v, fixed in zip(votes, straight)]
    # a name printed the other way round in a decided list decides this one
    for _ in range(2):
        for i, names in enumerate(lists):
            if decided[i] is not None:
                continue
            for j, others in enumerate(lists):
                if j == i or decided[j] is None:
                    continue
                mirrored = {turned(n) for n in others} | {" ".join(n.split()[1:] + n.split()[:1]) for n in others}
                if any(n in mirrored and n not in others for n in names):
                    decided[i] = not decided[j]
                    break
    document = sum(v for v in votes)
    return [d if d is not None else document > 0 for d in decided]
