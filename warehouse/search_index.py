"""What one document puts in the search index: its units (each item, each
page) and each unit's terms with their positions — pure functions from
text to rows, which the writer (warehouse/load.py) stores in the document's
own transaction and the backfill (warehouse/search.py) for documents stored
before the index existed.

A unit's text is masked first (`mask_text`: a personal identity number keeps
its date, never its last four digits) unless the operator asked for
personal data; then every word is analysed (extractors/entities/words.py):
a word's position is its place among the unit's words, stopwords counted (so
a phrase with "och" in it keeps its gaps) but not indexed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Iterable

from extractors.entities import words
from extractors.entities.sensitive import mask_text

# the item fields a search reads, as the index of the earlier rounds did
ITEM_FIELDS = ("title", "summary", "proposal", "decision", "motions", "procedure", "dissent")

# the levels of search_postings (migration 015): the first, appended to, then the sorted ones
POSTING_LEVELS = ("search_postings", "search_postings_1", "search_postings_2", "search_postings_3",
                  "search_postings_4", "search_postings_5")

# bump when what a text puts in the index changes: a warehouse indexed by
# another version is indexed again (search.index_state says 'stale')
ANALYSER_VERSION = "sv-hunspell-5"


@cache
def stopwords() -> frozenset[str]:
    source = resources.files("extractors.rules").joinpath("sv", "stopwords.json")
    return frozenset(json.loads(source.read_text(encoding="utf-8"))["words"])


def analyser_version() -> str:
    """The analyser and the dictionary it reads (another dictionary file makes other terms)."""
    dic, _ = words.dictionary_files()
    return f"{ANALYSER_VERSION}:{dic.stat().st_size}"


def unit_id(doc_key: str) -> int:
    """A stable 63-bit id for a unit key (the same in every run and process)."""
    return int.from_bytes(hashlib.blake2b(doc_key.encode("utf-8"), digest_size=8).digest(), "big") >> 1


@dataclass(frozen=True)
class Unit:
    doc_key: str
    document_id: str
    hit: str  # 'item' or 'page'
    page_no: int | None
    item_id: str | None
    text: str


def item_text(fields: dict[str, str | None]) -> str:
    return " ".join(v for k in ITEM_FIELDS if (v := fields.get(k)))


def page_item(page_no: int, spans: Iterable[tuple[str, int | None, int | None, int | None]]) -> str | None:
    """The narrowest item spanning a page (then the lowest number): what a page hit opens."""
    best = None
    for item_id, number, start, end in spans:
        if start is None:
            continue
        end = end if end is not None else start
        if start <= page_no <= end:
            key = (end - start, number if number is not None else 0, item_id)
            if best is None or key < best[0]:
                best = (key, item_id)
    return best[1] if best else None


# what ends a sentence, or a line: the next word's capital is the sentence's, not a name's
_SENTENCE_END = frozenset(".!?:;•–-\n\u2022")


def _is_name(text: str, start: int, word: str) -> bool:
    """A word capitalised inside a sentence ('… enligt Ramboll …'), not at its start."""
    if not word[:1].isupper():
        return False
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in _SENTENCE_END


def terms(text: str) -> tuple[dict[str, tuple[list[int], float]], int]:
    """term → the positions of the words that put it there and their summed
    weight (see words.weighted_terms), and how many words were indexed (the
    unit's length for BM25)."""
    found: dict[str, tuple[list[int], float]] = {}
    stop = stopwords()
    length = 0
    for position, (start, _, word) in enumerate(words.words(text)):
        folded = word.casefold()
        if folded in stop:
            continue
        length += 1
        for term, weight in words.weighted_terms(folded, _is_name(text, start, word)):
            at, total = found.get(term, ([], 0.0))
            if not at or at[-1] != position:
                at.append(position)
            found[term] = (at, total + weight)
    return found, length


def rows(units: Iterable[Unit], personal: bool = False) -> tuple[dict[str, list], dict[str, list]]:
    """The rows of search_units and search_postings for `units`, as columns."""
    unit_cols: dict[str, list] = {k: [] for k in ("unit", "doc_key", "document_id", "hit", "page_no", "item_id",
                                                    "length", "personal")}
    posting_cols: dict[str, list] = {"term": [], "unit": [], "tf": [], "weight": [], "length": [], "positions": []}
    for unit in units:
        text = unit.text if personal else (mask_text(unit.text) or "")
        found, length = terms(text)
        uid = unit_id(unit.doc_key)
        for column, value in (("unit", uid), ("doc_key", unit.doc_key), ("document_id", unit.document_id),
                              ("hit", unit.hit), ("page_no", unit.page_no), ("item_id", unit.item_id),
                              ("length", length), ("personal", personal)):
            unit_cols[column].append(value)
        for term, (positions, weight) in found.items():
            posting_cols["term"].append(term)
            posting_cols["unit"].append(uid)
            posting_cols["tf"].append(len(positions))
            posting_cols["weight"].append(round(weight, 2))
            posting_cols["length"].append(length)
            posting_cols["positions"].append(positions)
    return unit_cols, posting_cols
