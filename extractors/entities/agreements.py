"""Sentences → mentions of agreements: the catalogue's names and aliases
(`rules/sv/agreements.json`, matched over lower-cased words), and
agreements the catalogue does not know, named from how they are written
('Överenskommelse om …', 'Avtal om …', 'NN-avtalet'); whether a mention stands
in an item's proposal or decision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
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


@dataclass(frozen=True)
class _Patterns:
    """The catalogue's patterns: each a sequence of words, a word either
    exact or a prefix ('sluten*'), matched against a sentence's lower-cased
    words. Each pattern is filed under one of its exact words, so a sentence
    is held against the few patterns whose word it has (and those made of
    prefixes only, whose prefixes one regular expression finds), not against
    all."""

    ids: tuple[str, ...]
    tokens: tuple[tuple[tuple[bool, str], ...], ...]  # (is a prefix, text) per word
    by_word: dict[str, tuple[int, ...]]
    prefixes_only: tuple[int, ...]
    any_prefix: re.Pattern[str] | None

    @classmethod
    def of(cls, entries: list[dict]) -> "_Patterns":
        ids, tokens = [], []
        for entry in entries:
            for phrase in entry["patterns"]:
                ids.append(entry["id"])
                tokens.append(tuple((w.endswith("*"), w[:-1] if w.endswith("*") else w) for w in phrase))
        by_word: dict[str, list[int]] = {}
        for k, pattern in enumerate(tokens):
            exact = [text for prefix, text in pattern if not prefix]
            if exact:
                by_word.setdefault(min(exact), []).append(k)
        prefixes_only = tuple(k for k, pattern in enumerate(tokens) if all(prefix for prefix, _ in pattern))
        firsts = sorted({tokens[k][0][1] for k in prefixes_only})
        any_prefix = re.compile(" (?:" + "|".join(map(re.escape, firsts)) + ")") if firsts else None
        return cls(tuple(ids), tuple(tokens), {w: tuple(ks) for w, ks in by_word.items()}, prefixes_only, any_prefix)

    def candidates(self, words: list[str]) -> list[int]:
        """The patterns that may match: all their exact words in the
        sentence, and a word for each of their prefixes (most sentences
        have none)."""
        present = set(words)
        joined = " " + " ".join(words)  # ' ' + prefix in it: some word starts with the prefix
        found = [k for w in present & self.by_word.keys() for k in self.by_word[w]]
        if self.any_prefix is not None and self.any_prefix.search(joined):
            found.extend(self.prefixes_only)
        return sorted(
            k for k in found
            if all((" " + text in joined) if prefix else (text in present) for prefix, text in self.tokens[k])
        )

    def spans(self, words: list[str]) -> list[tuple[str, int, int]]:
        """(agreement id, start, end) of every match of every pattern, by
        start, longest first, then in catalogue order."""
        out = []
        for k in self.candidates(words):
            pattern = self.tokens[k]
            for start in range(len(words) - len(pattern) + 1):
                if all(words[start + j].startswith(text) if prefix else words[start + j] == text
                       for j, (prefix, text) in enumerate(pattern)):
                    out.append((start, -len(pattern), k))
        return [(self.ids[k], start, start - minus) for start, minus, k in sorted(out)]


@cache
def _patterns() -> _Patterns:
    return _Patterns.of(rules.load("agreements")["agreements"])


def _matcher() -> _Patterns:
    """Built once in the process that workers are forked from."""
    return _patterns()


@cache
def _agreement_word():
    return re.compile(rules.load("agreements")["agreement_word_pattern"])


def match_agreements(text: str) -> list[tuple[str, str]]:
    """(agreement id, surface) for each catalogue agreement named in one
    sentence: its words, in a sentence that also has an agreement word of its
    own ('Samverkansavtal Barnahus', 'Barnahus … bygger på en överenskommelse',
    'LOSUS-avtalet')."""
    return _match(text, *_words_and_commas(text))


def _match(text: str, words: list[str], commas: list[int]) -> list[tuple[str, str]]:
    """`match_agreements` of a sentence whose words and commas are read."""
    spans = _patterns().spans(words)
    if not spans:
        return []
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
    m = _surface_pattern(tuple(words)).search(text)
    return m.group(0) if m else " ".join(words)


@lru_cache(maxsize=4096)
def _surface_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The same agreement's words recur sentence after sentence: compiled once."""
    return re.compile(r"[\s\-–—/]+".join(re.escape(w) for w in words) + r"[\w]*(?:-[\w]+)*",  # 'LOSUS-avtalet' whole
                      re.IGNORECASE)


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
        words, commas = _words_and_commas(s.text)
        flat = " ".join(words)
        in_decision = bool(flat) and flat in decided.get(s.item_number, "")
        known = _match(s.text, words, commas)
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
