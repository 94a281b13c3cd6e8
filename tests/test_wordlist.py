"""The compact Swedish word list (extractors.reading.wordlist) answers as
the frozenset of wordfreq's forms did: for every form, for words near them
that are not forms, and in the share of known words of a page."""

import random

import pytest

from extractors.reading import ocr, wordlist
from extractors.reading.wordlist import WordList

wordfreq = pytest.importorskip("wordfreq")


@pytest.fixture(scope="module")
def forms() -> frozenset[str]:
    return frozenset(wordfreq.get_frequency_dict("sv", wordlist="large"))


@pytest.fixture(scope="module")
def compact() -> WordList:
    return wordlist.swedish()


def _near_misses(forms: frozenset[str], count: int, seed: int = 7) -> list[str]:
    """Strings a page holds that may or may not be forms: a form with a letter
    dropped, doubled, swapped for å/ä/ö, a suffix added; the parts a compound
    is cut into; random letters."""
    rng = random.Random(seed)
    sample = rng.sample(sorted(forms), count)
    made = []
    for form in sample:
        k = rng.randrange(len(form))
        made += [form[:k] + form[k + 1:], form[:k] + form[k] + form[k:], form[:k] + rng.choice("åäöéx") + form[k + 1:],
                 form + rng.choice(["s", "en", "erna", "na"]), form[: len(form) // 2], form[len(form) // 2:],
                 "".join(rng.choice("abcdefghijklmnopqrstuvwxyzåäö") for _ in range(rng.randrange(1, 16)))]
    return made + ["", "\x00", "a\x00", "ö" * 40, "ﬁnns", "Ärende", "ÄRENDE"]


def test_every_form_is_in_the_compact_list(forms, compact):
    assert len(compact) == len(forms)
    assert compact.known(forms) == set(forms)
    assert all(form in compact for form in random.Random(3).sample(sorted(forms), 20_000))


def test_words_that_are_not_forms_are_not_in_it(forms, compact):
    asked = _near_misses(forms, 20_000)
    assert {w for w in asked if w in forms} == compact.known(asked)
    assert [w in forms for w in asked] == [w in compact for w in asked]
    assert sum(w in forms for w in asked) > 10_000  # near misses that are forms too: both answers are tested


def test_the_share_of_known_words_is_the_frozensets(forms, compact):
    rng = random.Random(11)
    words = _near_misses(forms, 5_000, seed=5)
    words += [a + rng.choice(["", "s"]) + b for a, b in zip(rng.sample(sorted(forms), 5_000), rng.sample(sorted(forms), 5_000))]
    for start in range(0, len(words), 300):  # pages of 300 words
        page = [w.lower() for w in words[start:start + 300] if w and "\x00" not in w]
        assert ocr._known(page, compact) == {w for w in page if ocr._is_known(w, forms)}


def test_the_list_is_written_once_and_read_back(tmp_path, forms):
    small = WordList.of(sorted(forms)[:1000])
    path = tmp_path / "words.npz"
    small.save(path)
    again = WordList.load(path)
    assert again.known(forms) == set(sorted(forms)[:1000])
    assert wordlist.cache_path().exists()  # the first use wrote the cache beside the module


def test_the_remembered_answers_are_forgotten_without_losing_a_pages_words(compact, monkeypatch):
    """When the answers remembered reach their limit they are forgotten at
    once; a page whose words were partly remembered still gets every answer."""
    monkeypatch.setattr(ocr, "_MOST_ANSWERS", 8)
    ocr._ANSWERS.clear()
    first = ["och", "att", "beslut", "styrelsen", "mötet"]
    ocr._known(first, compact)
    page = first + ["protokoll", "justerare", "ordförande", "xqzv"]
    assert ocr._known(page, compact) == {w for w in page if ocr._is_known(w, compact)}
    ocr._ANSWERS.clear()
