"""An item's unlabelled text → the decisions it states in running sentences.

Minutes of associations, housing cooperatives and student unions seldom set
a decision under a 'Beslut' label; they state it: 'Mötet beslutar att …',
'Stämman beslutade …', 'Årsmötet beslöt att …', 'Föredragningslistan
godkändes', 'Till justerare valdes Eva Nord', 'Beslut: …'. A § of a
protokoll that has no labelled decision gets, as its decision, the sentences
of its text that state one — whole sentences as printed, the discussion
around them left in the summary. A sentence that ends by opening a list
('… valdes:', '… beslöt att') takes the list points after it.

Whether a sentence states a decision is read from the vocabulary in
`rules/sv/decisions.json`: a body and a decision verb, a passive decision
verb, or a decision opener; not when the words before the verb make it a
proposal ('Styrelsen föreslår att stämman beslutar …'), a condition, or
another meeting's handling ('Vid förra mötet beslutades …', 'Kommunstyrelsen
beslutade 2023-05-12, § 45, att …'), nor inside quotation marks.

A labelled proposal ('Styrelsens förslag: …') in minutes that state their
decisions runs on into the meeting's handling of it: it ends before the first
sentence after its own first that states a decision, makes a motion or puts
a question, and what follows goes back to the item's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.reading import boxes
from extractors.reading.placed import Placed
from extractors.structure.people import clean_name
from schemas.meeting import Item
from schemas.provenance import FieldRegion

_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[\"”»(]?[A-ZÅÄÖ])|(?<=\d[.!?])\s+(?=[A-ZÅÄÖ])"
                           r"|(?<=[^\W\d_][)\"”»][.!?])\s+(?=[A-ZÅÄÖ])")  # '… (ingång från gården). Vi bjuder …'
_OPENS_LIST = re.compile(r"(?:[:;]|\batt)\s*$", re.IGNORECASE)
_LIST_POINT = re.compile(r"^\s*(?:[-–•·*]|\d{1,2}[.)/]|[a-zåäö][.)/]|att\b|[a-zåäö])")
_QUOTES = "\"“”„«»"
HEAD_WORDS = 4  # a line holds a decision sentence when it holds its first words


@dataclass(frozen=True)
class _Rules:
    verbs: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]  # a verb rule, and what undoes it
    election_title: re.Pattern[str]
    proposal_before: re.Pattern[str]
    condition_before: re.Pattern[str]
    earlier_before: re.Pattern[str]
    earlier: re.Pattern[str]


@cache
def _rules() -> _Rules:
    by_id = rules.patterns("decisions")
    header = rules.patterns("header")
    verbs = tuple(
        (r.pattern, tuple(header[u] for u in r.data.get("unless", ())))
        for r in rules.rules("decisions")
        if r.data.get("states")  # a rule that finds a decision stated; the others undo one
    )
    return _Rules(verbs, by_id["decision.election_title"], by_id["decision.proposal_before"], by_id["decision.condition_before"],
                  by_id["decision.earlier_before"], by_id["decision.earlier"])


def sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences: split after '.', '!' or '?' ending a word
    (not an initial, nor 'kl.' before a time) where a capital follows."""
    return [s for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]


def states_decision(sentence: str) -> bool:
    """Does this sentence state a decision of this meeting?"""
    return decision_at(sentence) is not None


def decision_at(sentence: str) -> int | None:
    """Where in this sentence the words stand that state a decision of this
    meeting ('Mötet beslutar', 'beslutade mötet'), or None."""
    r = _rules()
    if sentence.rstrip().endswith("?") or r.earlier.search(sentence):
        return None
    for verb, unless in r.verbs:
        if any(u.search(sentence) for u in unless):
            continue  # 'konstaterar att sammanträdet är behörigt utlyst och öppnar mötet': the opening
        for m in verb.finditer(sentence):
            before = sentence[: m.start()]
            if sum(before.count(q) for q in _QUOTES) % 2:
                continue  # quoted: an earlier handling cited, or a motion's words
            if r.proposal_before.search(before) or r.condition_before.search(before) or r.earlier_before.search(before):
                continue
            return m.start()
    return None


def split_decision(text: str) -> tuple[str | None, str | None]:
    """(the decision sentences, the rest) of an item's unlabelled text. The
    decision keeps its sentences as printed: those of one paragraph joined
    by a space, paragraphs by a line break."""
    decision: list[str] = []
    rest: list[str] = []
    listing: list[str] | None = None  # where the points go of the list the last sentence opened
    for paragraph in text.split("\n"):
        if listing is not None and _LIST_POINT.match(paragraph):
            listing.append(paragraph.strip())  # a decision's points, or a proposal's: never a decision of their own
            continue
        listing = None
        said, other = [], []
        parts = sentences(paragraph)
        for sentence in parts:
            (said if states_decision(sentence) else other).append(sentence)
        if said:
            decision.append(" ".join(said))
        if other:
            rest.append(" ".join(other))
        last = parts[-1] if parts else ""
        if last and (_OPENS_LIST.search(last) or (last in said and not last.rstrip().endswith((".", "!", "?")))):
            listing = decision if last in said else rest  # 'RS beslutar' over '1. att notera …'
    return ("\n".join(decision) or None), ("\n".join(rest) or None)


def part_dissent(decision: str) -> tuple[str | None, str | None]:
    """(the decision, the dissent it recorded) of a labelled decision: a
    paragraph that opens by recording a reservation ('Anna Berg reserverade
    sig mot beslutet …') and those after it are the dissent, up to a
    paragraph that decides or attests the § at once ('Denna paragraf
    förklarades omedelbart justerad'), which is the decision's again."""
    dissent_rule = _rule("decision.dissent")
    attested = _rule("decision.attested_at_once")
    kept: list[str] = []
    dissent: list[str] = []
    dissenting = False
    for paragraph in decision.split("\n"):
        said = sentences(paragraph)
        first = said[0] if said else paragraph
        if dissent_rule.search(first):
            dissenting = True
        elif dissenting and (attested.search(paragraph) or states_decision(first) or _LIST_POINT_MARK.match(paragraph)):
            dissenting = False
        (dissent if dissenting else kept).append(paragraph)
    return ("\n".join(kept) or None), ("\n".join(dissent) or None)


_LIST_POINT_MARK = re.compile(r"^\s*(?:[-–•·*]|att\b)")  # a decision's next point ('- att …')


def _rule(rule_id: str) -> re.Pattern[str]:
    return next(r.pattern for r in rules.rules("decisions") if r.id == rule_id)


_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|\boch\b|\bsamt\b|\n)\s*")


def names_only(text: str) -> bool:
    """Is `text` people's names and nothing else ('Eva Nord (S) och Olle
    Lind', a house number or party in brackets beside a name)?"""
    parts = [p for p in _NAME_SEPARATORS.split(re.sub(r"\([^)]*\)", " ", text).strip(" .")) if p.strip()]
    return bool(parts) and all(clean_name(p) for p in parts)


def with_stated_decisions(items: Sequence[Item], placed: Sequence[Placed], owners: dict[int, int]) -> list[Item]:
    """The items of a protokoll, each § without a labelled decision given the
    decision its text states (under an election's title, the names alone
    are one: 'Sara Lind' under 'Val av mötessekreterare'); the boxes of its
    summary and decision follow the lines each sentence stands on."""
    lines_of: dict[int, list[Placed]] = {}
    for index, number in sorted(owners.items()):
        lines_of.setdefault(number, []).append(placed[index])
    out = []
    for item in items:
        if not item.decision and item.proposal:
            item = _proposal_ended(item, lines_of.get(item.number, []))
        if not item.decision and item.motions and (not item.summary or split_decision(item.summary)[0] is None):
            # 'Yrkande: Maja Ek yrkade tillägg … Beslutades att bifalla motionen med tillägget.': the
            # decision stated after the motions, under no label of its own
            decision, motions = split_decision(item.motions)
            if decision is not None:
                out.append(item.model_copy(update={"decision": decision, "motions": motions}))
                continue
        if item.decision or not item.summary:
            out.append(item)
            continue
        if _rules().election_title.search(item.title) and names_only(item.summary):
            decision, summary = item.summary, None  # 'Sara Lind' under 'Val av mötessekreterare'
        else:
            decision, summary = split_decision(item.summary)
        if decision is None:
            out.append(item)
            continue
        update = {"decision": decision, "summary": summary}
        if item.field_boxes:
            update["field_boxes"] = _boxes(item.field_boxes, lines_of.get(item.number, []), decision)
        out.append(item.model_copy(update=update))
    return out


_POINT = re.compile(r"^\s*(?:\d{1,2}|[a-h])\s?[.)]\s")  # a numbered or lettered point opening a paragraph


def split_proposal(text: str) -> tuple[str | None, str | None]:
    """(the proposal, what follows it) of a labelled proposal that runs on
    into the meeting's handling of it: the proposal ends before the first
    sentence after its own first that states a decision ('Stämman beslutade
    enligt styrelsens förslag'), makes a motion ('Per Ek yrkade bifall till
    motionen'), puts a question ('Ordföranden ställde proposition på …') or
    counts a vote ('Omröstning genom handuppräckning: 35 ja, 5 nej')."""
    handling = [rules.patterns("procedure")[r] for r in ("motion.verb", "vote.put", "vote.roll_call", "vote.count.yes", "heading.procedure")]
    member_proposes = rules.patterns("procedure")["motion.member_proposes"]
    kept: list[str] = []
    after: list[str] = []
    first = True
    for paragraph in text.split("\n"):
        said, rest = [], []
        point = _POINT.match(paragraph) is not None  # '1. Avtalet godkänns.': a point of the proposal's own list
        for sentence in sentences(paragraph):
            if not first and not after and not rest and not point and (
                    states_decision(sentence) or any(h.search(sentence) for h in handling)
                    or member_proposes.match(sentence)):
                rest.append(sentence)
            elif rest or after:
                rest.append(sentence)
            else:
                said.append(sentence)
            first = False
        if said:
            kept.append(" ".join(said))
        if rest:
            after.append(" ".join(rest))
    return ("\n".join(kept) or None), ("\n".join(after) or None)


def _proposal_ended(item: Item, lines: Sequence[Placed]) -> Item:
    """An item whose labelled proposal runs on into its handling, with that
    handling given back to its text (where its decision is read from)."""
    proposal, after = split_proposal(item.proposal or "")
    if after is None:
        return item
    update: dict = {"proposal": proposal, "summary": "\n".join(t for t in (item.summary, after) if t)}
    if item.field_boxes:
        update["field_boxes"] = moved_regions(list(item.field_boxes), lines, "proposal", "summary", after)
    return item.model_copy(update=update)


def _boxes(regions: list[FieldRegion], lines: Sequence[Placed], decision: str) -> list[FieldRegion]:
    """The item's regions with its summary split: the lines that hold a
    decision sentence (all of it, or its first words) are the decision's."""
    summary = [r for r in regions if r.field == "summary"]
    in_summary = [p for p in lines if any(_within(p, r) for r in summary)]
    flat = _flat(decision)
    heads = [" ".join(s.split()[:HEAD_WORDS]) for paragraph in decision.split("\n") for s in sentences(paragraph)]
    said = [p for p in in_summary if (t := _flat(p.text)) and (t in flat or any(_flat(h) in t for h in heads))]
    kept = [p for p in in_summary if p not in said]
    return [
        *(r for r in regions if r.field != "summary"),
        *boxes.field_regions("summary", kept),
        *boxes.field_regions("decision", said),
    ]


def moved_regions(regions: list[FieldRegion], lines: Sequence[Placed], source: str, target: str, text: str) -> list[FieldRegion]:
    """The regions with the lines of `source` that hold `text` (whole lines
    of it) given to `target`: a dissent taken out of a decision."""
    inside = [p for p in lines if any(r.field == source and _within(p, r) for r in regions)]
    flat = _flat(text)
    moved = [p for p in inside if (t := _flat(p.text)) and t in flat]
    if not moved:
        return regions
    kept = [p for p in inside if p not in moved]
    return [
        *(r for r in regions if r.field not in (source, target)),
        *(r for r in regions if r.field == target),
        *boxes.field_regions(source, kept),
        *boxes.field_regions(target, moved),
    ]


def _within(p: Placed, region: FieldRegion) -> bool:
    line = p.line
    return p.page_no == region.page_no and line.top >= region.top - 1.0 and line.bottom <= region.bottom + 1.0


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@cache
def _label_in_text() -> re.Pattern[str]:
    label = rules.patterns("structure")["field.decision"].pattern
    return re.compile(rf"(?:^|(?<=[.!?])\s+)(?:{label})\s*:\s*(?=\S)", re.IGNORECASE)


def without_label(item: Item) -> Item:
    """A decision read with its label run in ('Beslut: Dagordningen godkändes.',
    a cell of a table's 'Diskussion och beslut' column that tells the
    discussion first): the decision is what follows the last label, and what
    went before it is the item's text."""
    if not item.decision or (m := list(_label_in_text().finditer(item.decision))) == []:
        return item
    before, after = item.decision[: m[-1].start()].strip(), item.decision[m[-1].end():].strip()
    update = {"decision": after}
    if before:
        update["summary"] = "\n".join(t for t in (item.summary, before) if t)
    return item.model_copy(update=update)

