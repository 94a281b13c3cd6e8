"""Who presents an item of minutes: the names the § text gives in the
phrases of minutes, a 'Föredragande:' label, or the attendance list's notes.

Names come before a verb ('Eva Engström redogör för', 'Dina Olander,
kommundirektör redogör för', 'Bo Carlén, ekonom på avdelningen för
marknader, inledde med att redogöra') or after one ('Information lämnas av
Per Sillén och Eva Engström'); the verbs are rules in
`rules/sv/structure.json` ('presenter.before_verb', 'presenter.after_verb').
When the text names nobody, the attendance list may: a person noted as
föredragande for the §, or a guest who attended only it or a few §§.
"""

from __future__ import annotations

import re
from typing import Sequence

from extractors.structure import blocks, decisions, people
from extractors.structure.fields import Fields
from schemas.meeting import Participant, Role

MAX_GUEST_SECTIONS = 3  # a guest noted for at most this many §§, with where they come from, came to present them
_SENTENCE_END = re.compile(r"[.!?;:](?=\s|$)|\n")
_NAME_JOINERS = re.compile(r"\s*(?:,|;|&|\bsamt\b|\boch\b)\s*")  # between the names of one phrase


def item_presenters(found: Fields, number: int, participants: Sequence[Participant]) -> list[str]:
    """The presenters of § `number` from its fields, in the order named."""
    texts = [found.text.get(name) for name in ("summary", "procedure", "decision")]
    text = "\n".join(t for t in texts if t)
    presenters, named_verb = people.presenters_in_text(text, participants)
    phrases = "\n".join(t for t in (text, found.text.get("proposal")) if t)  # 'Information lämnas av' under a proposal
    _with_phrases(presenters, phrases, participants)
    for line in found.presenter_text:
        presenters += [n for n in people.split_names(line, participants) if n not in presenters]
    if not presenters:
        presenters = _noted_presenters(number, participants, named_verb)
    return presenters


def stated_presenters(text: str, participants: Sequence[Participant] = ()) -> list[str]:
    """Who the item's text says presents it ('Leif Askenbom informerade om …',
    'Information lämnas av …'), in the order named."""
    presenters, _ = people.presenters_in_text(text, participants)
    return _with_phrases(presenters, text, participants)


def _with_phrases(presenters: list[str], phrases: str, participants: Sequence[Participant]) -> list[str]:
    for name in presenters_in_phrases(phrases, participants):
        if not any(name == p or name.endswith(" " + p) for p in presenters):
            presenters.append(name)
    return presenters


def presenters_in_phrases(text: str, participants: Sequence[Participant] = ()) -> list[str]:
    """Who presents, from the phrases of minutes: names (with their titles)
    before a verb ('Dina Olander, kommundirektör redogör för', 'Bo Carlén,
    ekonom på avdelningen för analys, inledde med att redogöra') or after
    one ('Information lämnas av Per Sillén och Eva Engström')."""
    names: list[str] = []
    for m in blocks.rule("presenter.before_verb").pattern.finditer(text):
        starts = [s.end() for s in _SENTENCE_END.finditer(text, 0, m.start())]
        subject = text[starts[-1] if starts else 0 : m.start()]
        _add_names(names, (_subject_name(chunk, participants) for chunk in _NAME_JOINERS.split(subject)))
    for m in blocks.rule("presenter.after_verb").pattern.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        objects = text[m.end() : end.start() if end else len(text)]
        _add_names(names, (_leading_name(chunk) for chunk in _NAME_JOINERS.split(objects)))
    return names


def _add_names(names: list[str], found) -> None:
    for name in found:
        if name and name not in names:
            names.append(name)


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _trailing_name(chunk: str) -> str | None:
    """'Kommunstyrelsens ordförande Eva Engström' → 'Eva Engström': the longest
    run of capitalised words at the end that is a person's name."""
    words = blocks.rule("presenter.noise").pattern.sub(" ", chunk).split()
    run = 0
    while run < len(words) and run < 4 and _capitalised(words[len(words) - 1 - run]):
        run += 1
    while run > 2 and blocks.whole("field.", words[len(words) - run]):
        run -= 1  # 'Sammanfattning Elsy Bäckström': a label run into the text is no first name
    title = blocks.rule("name.title_word").pattern
    for n in range(run, 1, -1):
        if n > 2 and title.match(" ".join(words[len(words) - n :])):
            continue  # 'Huvudskyddsombudet Bertil Nyström': the office is no first name
        if name := people.clean_name(" ".join(words[len(words) - n :])):
            return name
    return None


def _subject_name(chunk: str, participants: Sequence[Participant] = ()) -> str | None:
    """The presenter a chunk before the verb names: the name at its end ('Kommunens
    ekonomichef Eva Engström'), a first name or surname alone that is one
    participant's ('Luisa berättar om …' with Luisa Ek on the roll), the
    participant whose role the word names ('Ordföranden redogör för …'), else the
    name before the word that joins it to where the person works ('Eva Lund
    från avdelningen för analys')."""
    if name := _trailing_name(chunk):
        return name
    if name := _participant_called(chunk.strip(), participants):
        return name
    if len(chunk.split()) == 1 and (held := people.split_names(chunk, participants)):
        return held[0]  # 'Ordföranden redogör för …': the participant who holds that role
    parts = blocks.rule("presenter.affiliation").pattern.split(chunk, maxsplit=1)
    return _trailing_name(parts[0]) if len(parts) == 2 else None


def _participant_called(word: str, participants: Sequence[Participant]) -> str | None:
    """The one participant whose first name or surname is `word`, a chunk that
    is a single capitalised word; None when none or several are."""
    if not (_capitalised(word) and word.isalpha()):
        return None
    names = {p.name for p in participants if word in (p.name.split()[0], p.name.split()[-1])}
    return names.pop() if len(names) == 1 else None


def _leading_name(chunk: str) -> str | None:
    """'Per Sillén, ekonomichef' → 'Per Sillén'; 'kassören Eva Nord' → 'Eva Nord'."""
    chunk = blocks.rule("name.title_word").pattern.sub("", chunk.strip(), count=1)
    words = blocks.rule("presenter.noise").pattern.sub(" ", chunk).split()
    run = 0
    while run < len(words) and run < 4 and _capitalised(words[run]):
        run += 1
    for n in range(run, 1, -1):
        if name := people.clean_name(" ".join(words[:n])):
            return name
    return None


def _noted_presenters(number: int, participants: Sequence[Participant], named_verb: bool) -> list[str]:
    """Who the attendance list notes for this § when its text names nobody:
    a person noted as föredragande ('Anna Frisk (RJH - föredragande) §§8-9')
    for a § whose text says that someone presents; and a guest who attended
    only this § ('Jessica Isaksson (Region JH) § 12': came for it), or a few
    §§ with where they come from or their office beside the name."""
    rule = blocks.rule("field.presenter").pattern
    out = []
    for person in participants:
        if not person.sections or number not in (numbers := _section_numbers(person.sections)):
            continue
        presenting = named_verb and rule.search(person.organization or "")
        # a bare name noted for a range of §§ ('Kim Berg (§ 2-4)' among the staff) sat in on them
        guest = person.role is Role.OTHER and (len(numbers) == 1 or (len(numbers) <= MAX_GUEST_SECTIONS and bool(person.organization)))
        if presenting or guest:
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


def opens_statement(text: str, within: int | None = None) -> bool:
    """Does `text` open with what an item's text says — a decision of the
    meeting ('RS beslutar att …') or who presents it ('Lars Sjöström
    redogör för ärendet') — so that a closed title run into it has ended?
    The statement begins within the first `within` characters (the line's
    own words, when the text reads on into the line under it)."""
    first = next(iter(decisions.sentences(text)), "")
    at = decisions.decision_at(first)
    if at is not None and at < (within if within is not None else len(first)):
        return True
    return any(first.startswith(name) for name in presenters_in_phrases(first))
