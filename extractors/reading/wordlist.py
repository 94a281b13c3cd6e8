"""The Swedish word list that judges text layers (extractors.reading.ocr),
held compactly: wordfreq's large list (about 340 000 forms) as two sorted
numpy arrays of 64-bit hashes, 5.5 MB where the same forms as a frozenset of
str took 60 MB in every worker and reader child. A page's words are asked all
at once, hashed by numpy.

The answers are the frozenset's (tests/test_wordlist.py asks every form and
near misses of them): a word is in the list when both of its hashes are those
of one form; two independent hashes make a false yes about 10⁻³³ a question.

The arrays are built once from wordfreq's data (scripts/install, or the first
use) and kept beside this module in `_wordlist-sv-<wordfreq version>.npz`
(git-ignored, like the compiled `_glyphs.so`); a new wordfreq gets a new file.
Where that folder cannot be written the list is built in memory each time.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

LANGUAGE = "sv"
WORDLIST = "large"
_HERE = Path(__file__).parent


# Odd 64-bit constants (the digits of pi and of e): a word's 64-bit cells
# (two characters each) are mixed each alone, then summed with a weight per
# place and mixed again, once for each of the two hashes.
_MIX = np.uint64(0x9E3779B97F4A7C15)
_WEIGHTS = np.array([[0x243F6A8885A308D3, 0x13198A2E03707345], [0xA4093822299F31D1, 0x082EFA98EC4E6C89],
                     [0x452821E638D01377, 0xBE5466CF34E90C6D], [0xC0AC29B7C97C50DD, 0x3F84D5B5B5470917],
                     [0x9216D5D98979FB1B, 0xD1310BA698DFB5AD], [0x2FFD72DBD01ADFB7, 0xB8E1AFED6A267E97],
                     [0xBA7C9045F12C7F99, 0x24A19947B3916CF7], [0x0801F2E2858EFC17, 0x636920D871574E69],
                     [0xA458FEA3F4933D7F, 0x0D95748F728EB659], [0x718BCD5882154AEF, 0x7B54A41DC25A59B5],
                     [0x9C30D5392AF26013, 0xC5D1B023286085F1], [0xCA417918B8DB38EF, 0x8E79DCB0603A180F],
                     [0x6C9E0E8BB01E8A3F, 0xD71577C1BD314B27], [0x78AF2FDA55605C61, 0xE65525F3AA55AB95],
                     [0x5748986263E81441, 0x55CA396A2AAB10B7], [0xB4CC5C341141E8CF, 0xA15486AF7C72E993],
                     [0xB3EE1411636FBC2B, 0x2BA9C55D741831F7], [0xCE5C3E169B87931F, 0xAFD6BA336C24CF5D],
                     [0x7A32538128958677, 0x3B8F48986B4BB9AF], [0xC4BFE81B66282193, 0x61D809CCFB21A991],
                     [0x487CAC605DEC8033, 0xEF845D5DE98575B1], [0xDC262302EB651B89, 0x23893E81D396ACC5],
                     [0x0F6D6FF383F44239, 0x2E0B4482A4842005], [0x69C8F04A9E1F9B5F, 0x21C66842F6E96C9B]],
                    dtype=np.uint64)  # one row a cell: words of up to 48 characters


class WordList:
    """Membership in a set of words, held as two sorted 64-bit hashes of each
    word (16 bytes a word): a word is in the list when both its hashes are a
    word's. Two independent hashes: the chance that a word which is not in the
    list has both a listed word's is about 10⁻³³ a question."""

    def __init__(self, first: np.ndarray, second: np.ndarray, width: int) -> None:
        self._first = first  # sorted, no two alike (checked when built)
        self._second = second  # of the same word as `first` at each place
        self._width = width  # the longest word, in characters, rounded up to even

    def __len__(self) -> int:
        return len(self._first)

    def __contains__(self, word: str) -> bool:
        return bool(self.asked((word,))[0])

    def asked(self, words: Sequence[str]) -> np.ndarray:
        """For each of `words`, whether it is in the list (one numpy pass)."""
        if not len(words) or not len(self._first):
            return np.zeros(len(words), dtype=bool)
        cells = np.array(words, dtype=f"<U{self._width}")  # a longer word is cut: never in the list
        first, second = _hashes(cells)
        order = first.argsort()  # sorted questions walk the list once
        at = np.empty_like(order)
        at[order] = np.minimum(self._first.searchsorted(first[order]), len(self._first) - 1)
        found = (self._first[at] == first) & (self._second[at] == second)
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=len(words))
        found &= lengths <= self._width
        if "\0" in "".join(words):  # numpy drops a trailing NUL; no word in the list has one
            found &= np.strings.str_len(cells) == lengths
        return found

    def known(self, words: Iterable[str]) -> set[str]:
        """Those of `words` that are in the list."""
        unique = list(set(words))
        return set(itertools.compress(unique, self.asked(unique).tolist()))

    @classmethod
    def of(cls, words: Iterable[str]) -> "WordList":
        unique = sorted(set(words))
        if any("\0" in w for w in unique):
            raise ValueError("a word with a NUL cannot be held")
        width = max(map(len, unique), default=1)
        width += width % 2  # whole 64-bit cells
        if width > 2 * len(_WEIGHTS):
            raise ValueError(f"words of more than {2 * len(_WEIGHTS)} characters cannot be held")
        first, second = _hashes(np.array(unique, dtype=f"<U{width}"))
        order = np.argsort(first, kind="stable")
        first, second = first[order], second[order]
        if len(first) > 1 and not (first[1:] != first[:-1]).all():
            raise ValueError("two words share a hash: change _SEEDS")
        return cls(first, second, width)

    def save(self, path: Path) -> None:
        """Write atomically (several processes may build it at once)."""
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                np.savez(out, first=self._first, second=self._second, width=np.int64(self._width))
            os.chmod(temporary, 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path) -> "WordList":
        with np.load(path) as stored:
            return cls(stored["first"], stored["second"], int(stored["width"]))


def _hashes(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Two 64-bit hashes of each string of a fixed-width UCS-4 array (NUL-
    padded): each 64-bit cell (two characters) multiplied and folded so that
    both characters reach the low bits, the cells summed with a weight per
    place for each hash, the sums folded again."""
    words = cells.view(np.uint64).reshape(len(cells), -1)
    words = words * _MIX
    words ^= words >> np.uint64(32)
    sums = words @ _WEIGHTS[: words.shape[1]]
    sums *= _MIX
    sums ^= sums >> np.uint64(29)
    return sums[:, 0].copy(), sums[:, 1].copy()


def cache_path() -> Path:
    from importlib.metadata import version

    return _HERE / f"_wordlist-{LANGUAGE}-{WORDLIST}-wordfreq-{version('wordfreq')}.npz"


def swedish() -> WordList | None:
    """wordfreq's large Swedish list as a WordList, from the cached file
    (built and written on the first use); None without wordfreq."""
    try:
        path = cache_path()
    except Exception:  # noqa: BLE001 - wordfreq is not installed: the glyph checks judge alone
        return None
    if path.exists():
        try:
            return WordList.load(path)
        except Exception:  # noqa: BLE001 - a damaged cache: build it again
            pass
    words = build()
    try:
        words.save(path)
    except OSError:
        pass  # a read-only install: kept in memory only
    return words


def build() -> WordList:
    import wordfreq

    return WordList.of(wordfreq.get_frequency_dict(LANGUAGE, wordlist=WORDLIST))


if __name__ == "__main__":  # scripts/install: python -m extractors.reading.wordlist (builds it when missing)
    words = swedish()
    print(f"{len(words or ())} Swedish forms in {cache_path()}")
