"""The tokenizer of extractors/structure/tokens.py cuts text as spaCy's Swedish
tokenizer does, so the presenter verbs find the same names as when spaCy's
Matcher found them. spaCy is needed only here (tests/spacy_tokenizer.py)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from extractors.structure import blocks, people
from extractors.structure.tokens import tokenize
from schemas.meeting import Participant, Role

REPO = Path(__file__).resolve().parent.parent


def _texts(tokens) -> list[str]:
    return [t.text for t in tokens]


@pytest.mark.parametrize(("text", "expected"), [
    ("Karl-Erik Ek föredrar ärendet.", ["Karl-Erik", "Ek", "föredrar", "ärendet", "."]),
    ("(Anna Berg, ekonom) informerar", ["(", "Anna", "Berg", ",", "ekonom", ")", "informerar"]),
    ("m.fl. bl.a. t.ex.", ["m.fl.", "bl.a.", "t.ex."]),
    ("beslut.Anna Berg", ["beslut", ".", "Anna", "Berg"]),  # a period run into the next sentence
    ("se www.kommun.se/protokoll.", ["se", "www.kommun.se/protokoll", "."]),  # a web address stays whole
    ("Per/Kungl.", ["Per", "/", "Kungl."]),  # cut at the infix, then joined as the exception says
    ("Hörru  du\nnu", ["Hörr", "u", " ", "du", "\n", "nu"]),  # whitespace beyond one space is a token
])
def test_cuts_as_spacys_swedish_tokenizer(text, expected):
    tokens = tokenize(text)
    assert _texts(tokens) == expected
    assert all(text[t.start : t.end] == t.text for t in tokens)


@pytest.mark.parametrize(("text", "names", "verb"), [
    ("Anna Frisk och Jan Persson föredrar ärendet.", ["Anna Frisk", "Jan Persson"], True),
    ("Ärendet föredras av Maria Höög, nämndsekreterare.", ["Maria Höög"], True),
    ("Kommunchef Eva Lund (S) föredrar", [], True),  # the party in brackets ends the names
    ("Redovisningen sker i april", [], False),
    ("Ordföranden informerar om läget.", ["Eva Nord"], True),  # the role word: who holds it
])
def test_presenters_in_text(text, names, verb):
    roll = [Participant(name="Eva Nord", role=Role.CHAIR)]
    assert people.presenters_in_text(text, roll) == (names, verb)


# ---------------------------------------------------------------- against spaCy itself


spacy_tokenizer = pytest.importorskip("tests.spacy_tokenizer")
pytest.importorskip("spacy")


def test_rules_file_is_spacys():
    """rules/sv/tokenizer.json is what spaCy's Swedish defaults say now (to make
    it again after a spaCy upgrade: `python -m tests.spacy_tokenizer`)."""
    import json

    assert json.loads(spacy_tokenizer.RULES.read_text(encoding="utf-8")) == spacy_tokenizer.spacy_rules()


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("sv")


def _corpus_lines() -> list[str]:
    """Every line of the sample corpus's text layers, and each page's text."""
    from extractors.reading import layout
    from extractors.reading.backends import get_backend

    texts = []
    for pdf in sorted(REPO.glob("corpus/*.pdf")):
        for raw in get_backend().pages(pdf):
            lines = layout.chars_to_lines(raw.chars)
            texts += [ln.text for ln in lines]
            texts.append(layout.lines_to_text(lines))
    return texts


def _made_up(rng: random.Random, exceptions: list[str]) -> str:
    """A string of words, exceptions, marks and whitespace that spaCy's rules treat apart."""
    words = ["Anna", "Karl-Erik", "föredrar", "av", "och", "O'Neil", "Ek:s", "12", "2024-03-01", "http://", "www.",
             ".se", "e-post", "°C", "XD", *rng.sample(exceptions, 20)]
    marks = list("aAåÄöÉü09 .,;:!?()[]{}\"'’‘”“«»-–—/\\&%§$€+*=<>#_@~…°²") + ["\n", "\t", "\u00a0", "..", "--"]
    parts = []
    for _ in range(rng.randint(1, 8)):
        parts.append(rng.choice(words) if rng.random() < 0.5 else "".join(rng.choices(marks, k=rng.randint(1, 5))))
        parts.append(rng.choice([" ", " ", "", "\n", "  ", ", ", ". ", "/"]))
    return "".join(parts)


def test_same_tokens_as_spacy_on_the_corpus_and_made_up_strings(nlp):
    rng = random.Random(22)
    exceptions = sorted(spacy_tokenizer.spacy_rules()["exceptions"])
    texts = _corpus_lines() + [_made_up(rng, exceptions) for _ in range(5000)]
    differ = [t for t in texts if [(t_.start, t_.text) for t_ in tokenize(t)] != [(k.idx, k.text) for k in nlp(t)]]
    assert not differ, differ[:5]


def test_same_presenters_as_spacys_matcher():
    """Sentences made of the presenter verbs, names, joiners and marks: the
    names found and whether a verb was, as spaCy's Matcher found them."""
    rng = random.Random(22)
    rule = blocks.rule("presenter.verb")
    verbs = rule.data["verbs"] + rule.data["passive"]
    names = ["Anna Berg", "Jan Persson", "Per-Olof Wik", "Anna", "Höög", "O'Neil", "Ek:s", "S", "Kungl.", "Ordföranden"]
    others = ["och", "samt", ",", "&", "ärendet", "om", "av", "AV", "m.fl.", "(S)", "t.ex.", "§", "12"]
    marks = ["", "", "", ",", ".", ":", ")", "(", "”", "’", "-"]
    roll = [Participant(name="Anna Berg", role=Role.CHAIR), Participant(name="Jan Persson", role=Role.OTHER)]
    found = 0
    for n in range(3000):
        words = [rng.choice(verbs if r < 0.2 else names if r < 0.6 else others) for r in
                 (rng.random() for _ in range(rng.randint(2, 12)))]
        text = "".join(w + rng.choice(marks) + rng.choice([" ", " ", "\n", ""]) for w in words)
        participants = roll if n % 2 else []
        expected = spacy_tokenizer.spacy_presenters_in_text(text, participants)
        assert people.presenters_in_text(text, participants) == expected, text
        found += bool(expected[0])
    assert found > 50  # the sentences do name presenters
