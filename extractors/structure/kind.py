"""Evidence → a document's kind: kallelse, protokoll or underlag, decided
last, from everything the document shows, each piece weighed.

No single piece is a gate. A title says what the document calls itself —
wherever it stands in the first lines, compounds included ('Exempelföreningen
Årsmötesprotokoll 2024', 'Vårmöte 2023 - Protokoll (2023-04-12)'); the
numbered structure says what it is built as (a rising series of § headings
spanning the body, or a list of agenda rows with nothing under them); the
text says whether decisions were made ('beslutade', 'Mötet beslutar') or
proposed ('föreslås'), whether it was attested ('Paragrafen är justerad',
'ANSLAG/BEVIS') and whether it calls people to a meeting ('kallas härmed').

The scoring is small on purpose: each piece of evidence adds a weight to the
kind it speaks for, and the kind with the most wins (a tie goes to the kind
the title names, then protokoll before kallelse before underlag). The
evidence is returned with the kind, so a problem row can say why. Titles come
from `rules/sv/header.json`, the other vocabulary from `rules/sv/kind.json`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.reading.placed import Placed
from extractors.structure import blocks, header
from schemas.document import Kind, Line

MEETING_KINDS = (Kind.PROTOKOLL, Kind.KALLELSE)
TITLE_LINES = 12  # a title is looked for in this many first lines of the header
TITLE_MAX_WORDS = 12  # a longer line is a sentence, not a title
TOP_LINES = 3  # a title word counts in these first lines even when not set off by type
MIN_WORDS = 20  # a document with fewer words and no evidence is of unknown kind

# weights: a title the document gives itself outweighs any single other piece of
# evidence, but not the structure and the text together
TITLE = 4.0  # a line or cell that opens with a title ('Protokoll', 'Kallelse till årsmöte')
TITLE_WORD = 3.0  # a title as a word of a short title line ('Exempelföreningen Årsmötesprotokoll 2024')
TITLE_COMPOUND = 2.0  # a compound ending in a kind's head word ('Sektionsmötesprotokoll')
FIRST_TITLE = 1.0  # added to the first title of the document: what it calls itself
PARAGRAPH_SERIES = 2.5  # a rising series of § headings: minutes number their §§
ONE_PARAGRAPH = 1.0  # a single § heading (a protokollsutdrag)
MEETING_SERIES = 2.0  # numbered headings that name a meeting's formal items
BARE_LIST = 3.0  # agenda rows with nothing under them: a dagordning
UNDERLAG = 1.0  # a document that shows nothing of a meeting
MOST_PHRASES = 4.5  # justering phrases together weigh at most this
MEETING_TITLES = 2  # formal items named among the headings for a series to be a meeting's
EARLY_PAGES = 4  # a meeting document's items begin on one of its first pages (after a cover, a roll, contents)


@dataclass(frozen=True)
class Evidence:
    kind: Kind | None  # None: a meeting document, kallelse or protokoll alike
    weight: float
    reason: str
    alone: bool = True  # False: tells kallelse from protokoll only, once a document shows a meeting


@dataclass(frozen=True)
class Series:
    """A rising series of numbered headings a reader found, as evidence."""

    form: str  # 'paragraph' (§ headings) or 'numbered' (rows that open with a number)
    labels: tuple[str, ...]  # as printed, in order
    titles: tuple[str, ...]
    pages: tuple[int, ...]  # the page of each heading
    bare: bool  # nothing under the rows: a list of titles

    def describe(self) -> str:
        labels = self.labels if len(self.labels) <= 4 else (*self.labels[:2], "…", self.labels[-1])
        where = f"page {self.pages[0]}" if self.pages[0] == self.pages[-1] else f"pages {self.pages[0]}–{self.pages[-1]}"
        return f"{' '.join(labels)} ({len(self.labels)} headings, {where})"


@dataclass(frozen=True)
class Decision:
    kind: Kind
    evidence: tuple[Evidence, ...]
    titled: Kind | None  # the kind the document's own title names, if any

    def why(self, limit: int = 3) -> str:
        """The heaviest evidence for the kind decided, as a clause."""
        mine = sorted((e for e in self.evidence if e.kind in (self.kind, None) and e.weight > 0), key=lambda e: -e.weight)
        return "; ".join(e.reason for e in mine[:limit]) or "no evidence of a meeting"


# ---------------------------------------------------------------- titles


@cache
def _titles() -> tuple[tuple[Kind, re.Pattern[str], tuple[str, ...], frozenset[str]], ...]:
    """Per kind: its titles as whole words, its head words, its one-word titles."""
    out = []
    for entry in rules.load("header")["kinds"]:
        titles = sorted(entry["titles"], key=len, reverse=True)
        words = "|".join(re.escape(t) for t in titles)
        out.append((
            Kind(entry["kind"]),
            re.compile(rf"(?<![\wåäö])(?:{words})(?![\wåäö])"),
            tuple(entry.get("heads", ())),
            frozenset(t for t in titles if " " not in t and "/" not in t),
        ))
    return tuple(out)


def _numbered(text: str) -> bool:
    return bool(blocks.rule("agenda.row").pattern.match(text) or blocks.rule("paragraph.heading").pattern.match(text))


def title_in(line: Line, top: bool, size: float) -> tuple[Kind, float, str] | None:
    """The kind a title line names and how strongly: a line or cell that opens
    with a title, or one of the first lines opening with a title of several
    words however long ('Protokoll fört vid sammanträde med …'); else, in a
    short line that is one of the first or set off by type, a meeting
    document's title as a whole word, or a compound ending in a kind's head
    word. A numbered row ('4. Föregående protokoll') is an item, not a title."""
    # a title in a later cell counts on the first lines or set off by type: further down, two
    # columns read as one line put an item's words there ('(ordförande), Eva Berg | Motion om …')
    if (kind := header.line_title_kind(line, later_cells=top or blocks.is_heading(line, size))) is not None:
        return kind, TITLE, line.text.strip()
    text = re.sub(r"\s+", " ", line.text.replace("_", "")).strip()
    folded = text.casefold()
    for kind, phrase in _opening_phrases():  # 'Protokoll fört vid sammanträde med … den 7 februari 2020 kl. …'
        if top and folded.startswith(phrase + " "):
            return kind, TITLE, text[: len(phrase)]
    if len(text.split()) > TITLE_MAX_WORDS or _numbered(text) or not (top or blocks.is_heading(line, size)):
        return None
    # elsewhere in a line, only a meeting document's titles: an underlag's ('avtal',
    # 'rapport', 'motion') name the matters of agenda rows too
    for kind, pattern, _, _ in _titles():
        if kind in MEETING_KINDS and (m := pattern.search(folded)):
            return kind, TITLE_WORD, text[m.start():m.end()]
    listed = {word for _, _, _, words in _titles() for word in words}
    for token in re.findall(r"[\wåäö]+", folded):
        for kind, _, heads, _ in _titles():
            if token not in listed and any(token.endswith(h) and len(token) > len(h) + 2 for h in heads):
                return kind, TITLE_COMPOUND, token
    return None


@cache
def _opening_phrases() -> tuple[tuple[Kind, str], ...]:
    """Titles of several words that open a sentence naming the meeting ('protokoll fört vid', 'kallelse till')."""
    return tuple((Kind(e["kind"]), t) for e in rules.load("header")["kinds"] if Kind(e["kind"]) in MEETING_KINDS
                 for t in sorted(e["titles"], key=len, reverse=True) if " " in t and "/" not in t)


def title_evidence(head: Sequence[Line], size: float) -> tuple[list[Evidence], Kind | None]:
    """The strongest title of each kind among the first lines, and the kind of
    the first title found: what the document calls itself (it weighs a little more)."""
    best: dict[Kind, Evidence] = {}
    first: Kind | None = None
    for n, line in enumerate(head[:TITLE_LINES]):
        found = title_in(line, n < TOP_LINES, size)
        if found is None:
            continue
        kind, weight, words = found
        if first is None:
            first, weight = kind, weight + FIRST_TITLE
        if kind not in best or weight > best[kind].weight:
            best[kind] = Evidence(kind, weight, f"the title '{words}'")
    called = rules_by_id()["kind.called_opening"]
    for line in head[:TOP_LINES]:  # 'Tekniska nämnden kallas till sammanträde …' opening the document
        if (m := called.pattern.search(line.text)) and (Kind.KALLELSE not in best or best[Kind.KALLELSE].weight < called.data["weight"]):
            best[Kind.KALLELSE] = Evidence(Kind.KALLELSE, called.data["weight"], f"the opening sentence '… {m.group(0)} …'")
            break
    return sorted(best.values(), key=lambda e: -e.weight), first


# ---------------------------------------------------------------- structure


def _meeting_items(titles: Sequence[str]) -> int:
    pattern = rules_by_id()["kind.meeting_item"].pattern
    return sum(1 for t in titles if pattern.search(t))


def structure_evidence(series: Sequence[Series]) -> list[Evidence]:
    """What the numbered headings say: § headings are how minutes number their
    paragraphs; headings that name a meeting's formal items (its opening,
    its justerare, other questions) make a meeting document of any kind; rows
    with nothing under them are a dagordning. A series counts when it begins
    on the first pages, as a meeting document's own items do."""
    out: list[Evidence] = []
    for s in series:
        if s.pages[0] > EARLY_PAGES:
            continue  # headings that begin deep in a document are its parts' (a law's '57 §' quoted in a guide)
        if s.form == "paragraph":
            weight = PARAGRAPH_SERIES if len(s.labels) >= 2 else ONE_PARAGRAPH
            out.append(Evidence(Kind.PROTOKOLL, weight, f"a rising series of § headings {s.describe()}"))
        if len(s.labels) >= 3 and _meeting_items(s.titles) >= MEETING_TITLES:
            out.append(Evidence(None, MEETING_SERIES, f"numbered headings that name a meeting's items {s.describe()}"))
            if s.bare:
                out.append(Evidence(Kind.KALLELSE, BARE_LIST, f"a list of agenda rows with no text under them {s.describe()}"))
    return out


# ---------------------------------------------------------------- text


@cache
def rules_by_id() -> dict[str, rules.Rule]:
    return {r.id: r for r in rules.rules("kind")}


PHRASE_RULES = ("kind.attested", "kind.attester", "kind.called")  # each phrase counts once
LINE_RULES = ("kind.decided_by_meeting", "kind.decided", "kind.decision_label")  # each line counts


def text_evidence(lines: Sequence[Placed]) -> list[Evidence]:
    """What the text says: justering only minutes print and people called
    (each phrase once); decisions made (per line) against decisions proposed
    (a line that proposes is no decision made, whatever else it says)."""
    by_id = rules_by_id()
    phrases: dict[str, set[str]] = defaultdict(set)
    made: dict[str, int] = defaultdict(int)
    proposed = 0
    for p in lines:
        text = re.sub(r"\s+", " ", p.text).strip()
        for rule_id in PHRASE_RULES:
            if m := by_id[rule_id].pattern.search(text):
                phrases[rule_id].add(re.sub(r"\s+[A-ZÅÄÖ]$", "", m.group(0)).casefold().strip(" :"))
        if by_id["kind.proposed"].pattern.search(text):
            proposed += 1
            continue
        for rule_id in LINE_RULES:
            rule = by_id[rule_id]
            if (rule.pattern.fullmatch(text) if rule.data["kind"] == "whole" else rule.pattern.search(text)):
                made[rule_id] += 1
                break
    out = []
    for rule_id in PHRASE_RULES:
        if found := sorted(phrases[rule_id]):
            rule = by_id[rule_id]
            weight = min(rule.data.get("most", MOST_PHRASES), rule.data["weight"] * len(found))
            out.append(Evidence(Kind(rule.data["speaks_for"]), weight, ", ".join(f"'{f}'" for f in found[:3])))
    for rule_id in LINE_RULES:
        if n := made[rule_id]:
            rule = by_id[rule_id]
            out.append(Evidence(Kind.PROTOKOLL, min(rule.data["most"], rule.data["weight"] * n), f"{n} {rule.data['says']}",
                                alone=rule.data.get("alone", True)))
    decided = sum(made.values())
    if proposed > decided:
        rule = by_id["kind.proposed"]
        out.append(Evidence(Kind.KALLELSE, min(rule.data["most"], rule.data["weight"] * (proposed - decided)),
                            f"{proposed} decisions proposed against {decided} made", alone=False))
    return out


# ---------------------------------------------------------------- the decision


def decide(evidence: Sequence[Evidence], word_count: int, titled: Kind | None = None) -> Decision:
    """The kind with the most weight. Evidence for a meeting (kind None)
    counts for kallelse and protokoll alike; an underlag is what shows
    nothing of a meeting. Decisions made or proposed tell a kallelse from a
    protokoll, not a meeting from an officer's report (which proposes and
    tells what was decided before): they count only beside evidence of a
    meeting."""
    meeting = any(e.alone and e.kind in (None, *MEETING_KINDS) for e in evidence)
    evidence = [e for e in evidence if e.alone or meeting]
    score = {Kind.PROTOKOLL: 0.0, Kind.KALLELSE: 0.0, Kind.UNDERLAG: 0.0}
    for e in evidence:
        for kind in (Kind.PROTOKOLL, Kind.KALLELSE) if e.kind is None else (e.kind,):
            if kind in score:
                score[kind] += e.weight
    if not evidence and word_count < MIN_WORDS:
        return Decision(Kind.UNKNOWN, (), None)
    evidence = (*evidence, Evidence(Kind.UNDERLAG, UNDERLAG, "nothing of a meeting"))
    score[Kind.UNDERLAG] += UNDERLAG
    order = [Kind.PROTOKOLL, Kind.KALLELSE, Kind.UNDERLAG]
    kind = max(order, key=lambda k: (round(score[k], 6), k is titled, -order.index(k)))
    return Decision(kind, tuple(evidence), titled)


def kind_of(head: Sequence[Line], series: Sequence[Series], lines: Sequence[Placed], size: float, word_count: int) -> Decision:
    """The document's kind from its head lines (title), the series of
    numbered headings found in it, and its text lines."""
    titles, titled = title_evidence(head, size)
    return decide([*titles, *structure_evidence(series), *text_evidence(lines)], word_count, titled)
