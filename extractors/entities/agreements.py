"""Sentences → mentions of agreements: the catalogue's names and aliases
(`rules/sv/agreements.json`, matched with spaCy over lower-cased words), and
agreements the catalogue does not know, named from how they are written
('Överenskommelse om …', 'Avtal om …', 'NN-avtalet'); whether a mention stands
in an item's proposal or decision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.entities.sentence import Sentence
from schemas.ids import slug
from schemas.meeting import AgreementMention, Item
from schemas.provenance import Region


@dataclass(frozen=True)
class Agreement:
    agreement_id: str
    name: str
    aliases: tuple[str, ...]


@cache
def catalogue() -> tuple[Agreement, ...]:
    return tuple(
        Agreement(a["id"], a["name"], tuple(a["aliases"])) for a in rules.load("agreements")["agreements"]
    )


_WORD = r"[0-9a-zåäöéüæø]+"


def _words_and_commas(text: str) -> tuple[list[str], list[int]]:
    """Lower-case words (hyphens, dashes and slashes separate words), and for
    each the number of commas before it (clause distance)."""
    words, commas, seen = [], [], 0
    for token in re.findall(_WORD + "|,", re.sub(r"[-–—/]", " ", text.casefold())):
        if token == ",":
            seen += 1
        else:
            words.append(token)
            commas.append(seen)
    return words, commas


@cache
def _matcher():
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    matcher = Matcher(nlp.vocab)
    needs: list[tuple[frozenset[str], tuple[str, ...]]] = []
    for entry in rules.load("agreements")["agreements"]:
        patterns = []
        for phrase in entry["patterns"]:
            patterns.append(
                [{"LOWER": {"REGEX": f"^{re.escape(w[:-1])}"}} if w.endswith("*") else {"LOWER": w} for w in phrase]
            )
            needs.append((frozenset(w for w in phrase if not w.endswith("*")),
                          tuple(" " + w[:-1] for w in phrase if w.endswith("*"))))
        matcher.add(entry["id"], patterns)
    return nlp, matcher, tuple(needs)


def _may_match(words: list[str], needs) -> bool:
    """Whether some pattern has all its words (and a word for each of its
    prefixes) in the sentence: most sentences have none and are passed over
    without building a spaCy Doc."""
    present = set(words)
    joined = " " + " ".join(words)  # ' ' + prefix in it: some word starts with the prefix
    return any(exact <= present and all(prefix in joined for prefix in prefixes) for exact, prefixes in needs)


def _agreement_word():
    return re.compile(rules.load("agreements")["agreement_word_pattern"])


def match_agreements(text: str) -> list[tuple[str, str]]:
    """(agreement id, surface) for each catalogue agreement named in one
    sentence: its words, in a sentence that also has an agreement word of its
    own ('Samverkansavtal Barnahus', 'Barnahus … bygger på en överenskommelse',
    'LOSUS-avtalet')."""
    from spacy.tokens import Doc

    nlp, matcher, needs = _matcher()
    words, commas = _words_and_commas(text)
    if not _may_match(words, needs):
        return []
    doc = Doc(nlp.vocab, words=words)
    spans = []
    for match_id, start, end in matcher(doc):
        spans.append((nlp.vocab.strings[match_id], start, end))
    agreement_word = _agreement_word()
    data = rules.load("agreements")
    window, max_commas = data["context_window"], data["context_max_commas"]
    claimed = {i for _, start, end in spans for i in range(start, end)}
    free = [i for i, w in enumerate(words) if i not in claimed and agreement_word.search(w)]
    out: list[tuple[str, str]] = []
    for agreement_id, start, end in sorted(spans, key=lambda s: (s[1], -(s[2] - s[1]))):
        named = any(agreement_word.search(words[i]) for i in range(start, end))
        near = any(
            start - window <= i < end + window and abs(commas[i] - commas[start]) <= max_commas for i in free
        )
        if (named or near) and agreement_id not in {a for a, _ in out}:
            out.append((agreement_id, _surface(text, words[start:end])))
    return out


def _surface(text: str, words: list[str]) -> str:
    """The words as printed, with the rest of a word they end inside of
    ('Mini Marias', 'LOSUS-avtalet')."""
    pattern = r"[\s\-–—/]+".join(re.escape(w) for w in words) + r"[\w]*(?:-[\w]+)*"  # 'LOSUS-avtalet' whole
    m = re.search(pattern, text, re.IGNORECASE)
    return m.group(0) if m else " ".join(words)


@cache
def _new_agreement_pattern() -> re.Pattern[str]:
    return re.compile(rules.load("agreements")["new_agreement"]["pattern"])


def new_agreements(text: str) -> list[str]:
    """Names of agreements the catalogue does not know: 'Överenskommelse för
    säkra digitala möten i samverkan', 'KOMET-avtalet'."""
    return [name for name, _ in _new_agreements(text)]


def _new_agreements(text: str) -> list[tuple[str, str]]:
    """(name, surface as written) of each agreement the catalogue does not know."""
    out = []
    for m in _new_agreement_pattern().finditer(text):
        surface = (m.group("name") or m.group("compound") or "").strip()
        surface = re.sub(r"\s+\w$", "", surface)  # cut at an abbreviation ('vid in- t.o.m.'): its first letter goes
        if not surface or surface.endswith("-"):  # cut at a suspended compound ('vid in-'): not a name
            continue
        name = surface
        if m.group("compound"):  # 'AKTA-avtalets', 'AKTA-avtal' → 'AKTA-avtalet': one agreement
            name = re.sub(r"-avtal(?:ets|ens|en|s)?$", "-avtalet", name)
        out.append((name[0].upper() + name[1:], surface))
    return out


def agreement_mentions(
    items_sentences: Sequence[Sentence], items: Sequence[Item], outside: str = ""
) -> list[AgreementMention]:
    """Mentions per sentence; `in_decision` when the sentence stands in its
    item's proposal or decision (`outside`: the proposal of a document
    without items, such as a tjänsteskrivelse)."""
    by_id = {a.agreement_id: a for a in catalogue()}
    decided = {i.number: _flat(" ".join(t for t in (i.proposal, i.decision) if t)) for i in items}
    decided[None] = _flat(outside)
    out = []
    for s in items_sentences:
        flat = _flat(s.text)
        in_decision = bool(flat) and flat in decided.get(s.item_number, "")
        known = match_agreements(s.text)
        for agreement_id, surface in known:
            out.append(AgreementMention(
                agreement_id=agreement_id, name=by_id[agreement_id].name, item_number=s.item_number,
                page_no=s.page_no, surface=surface, in_decision=in_decision, box=_surface_box(s, surface),
            ))
        # a sentence about a catalogued agreement names it; its other 'avtal om …' are that one
        for name, surface in [] if known else _new_agreements(s.text):
            out.append(AgreementMention(
                agreement_id=f"new:{slug(name)}", name=name, item_number=s.item_number,
                page_no=s.page_no, surface=surface, in_decision=in_decision, box=_surface_box(s, surface),
            ))
    return out


def _surface_box(s: Sentence, surface: str) -> Region | None:
    at = s.text.find(surface)
    return s.box(at, at + len(surface), surface) if at >= 0 else s.box(0, len(s.text), surface)


def _flat(text: str) -> str:
    return " ".join(_words_and_commas(text)[0])
