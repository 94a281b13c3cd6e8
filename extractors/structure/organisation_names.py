"""Lines → organisation names: the kommun, region, authority or association
names a line of text prints ('HÖGSBY KOMMUN', 'Exempelföreningen
Årsmötesprotokoll 2024', 'Protokoll fört vid föreningsstämma med Brf
Solgläntan'), with the vocabulary of `rules/sv/organisation.json`.

A name is a run of capitalised words held by a kind word: after it ('Högsby
kommun', 'Stenby samfällighetsförening', 'Exempelföreningen'), before it
('Region Jämtland Härjedalen', 'Brf Solgläntan', 'Kommunförbundet
Exempelbygden'), one of the named authorities ('Sveriges riksbank'), a name
in the genitive before a members' meeting ('Datasektionens vårmöte') or a
section named as what such a meeting is of ('sektionsmöte med
Datasektionen'). A bare kind word ('Föreningen'), an abbreviation ('Region
JH'), a participant's organisation in brackets and a name after 'över' or
'till' (whom a document answers) are none. Where in a document to look is
`extractors.structure.organisation`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors import rules

NAME_WORDS = 3  # a name holds at most this many words beside its kind word
_SEPARATORS = re.compile(r"\s+[|•·–—-]\s+|[,;:|•·()\"“”«»]")


@dataclass(frozen=True)
class _Vocabulary:
    after: tuple[tuple[str, ...], ...]  # kind words after a name, as word tuples, longest first
    after_exact: frozenset[str]
    before: tuple[tuple[str, ...], ...]
    compound_before: tuple[str, ...]
    compound_after: tuple[str, ...]
    compound_tail: re.Pattern[str]
    standalone: tuple[str, ...]
    generic: frozenset[str]
    authorities: tuple[tuple[str, str], ...]  # (folded, as written)
    not_name_stems: tuple[str, ...]
    not_name_words: frozenset[str]
    between: frozenset[str]
    left: frozenset[str]
    meeting_object: tuple[str, ...]
    meeting_object_before: frozenset[str]
    meeting_object_meetings: tuple[str, ...]
    addressee_before: frozenset[str]
    meeting_stems: tuple[str, ...]
    meeting_generic: frozenset[str]
    last: frozenset[str]
    openers: tuple[str, ...]
    field_labels: re.Pattern[str]
    field_label_alone: re.Pattern[str]
    number: re.Pattern[str]
    web: re.Pattern[str]
    address: re.Pattern[str]


@cache
def vocabulary() -> _Vocabulary:
    data = rules.load("organisation")
    by_id = rules.patterns("organisation")

    def phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
        return tuple(sorted((tuple(w.casefold().split()) for w in words), key=len, reverse=True))

    labels = "|".join(re.escape(w) for w in sorted(data["fields"]["labels"], key=len, reverse=True))
    return _Vocabulary(
        after=phrases(data["kinds_after"]["words"]),
        after_exact=frozenset(data["kinds_after"]["case_sensitive"]),
        before=phrases(data["kinds_before"]["words"]),
        compound_before=tuple(data["kinds_before"]["compound_before"]),
        compound_after=tuple(sorted(data["compound_after"]["endings"], key=len, reverse=True)),
        compound_tail=re.compile(data["compound_after"]["tail"]),
        standalone=tuple(data["compound_standalone"]["endings"]),
        generic=frozenset(data["generic_stems"]),
        authorities=tuple((fold(n), n) for n in data["authorities"]["names"]),
        not_name_stems=tuple(data["not_name"]["stems"]),
        not_name_words=frozenset(data["not_name"]["words"]),
        between=frozenset(data["connectors"]["between"]),
        left=frozenset(data["connectors"]["left"]),
        meeting_object=tuple(data["meeting_object"]["endings"]),
        meeting_object_before=frozenset(data["meeting_object"]["before"]),
        meeting_object_meetings=tuple(data["meeting_object"]["meetings"]),
        addressee_before=frozenset(data["addressee_before"]["words"]),
        meeting_stems=tuple(data["meeting_genitive"]["stems"]),
        meeting_generic=frozenset(data["meeting_genitive"]["generic"]),
        last=frozenset(data["connectors"]["last"]),
        openers=tuple(data["head_stops"]["openers"]),
        field_labels=re.compile(rf"^(?:{labels})\s*:\s*(?P<value>\S.*)$", re.IGNORECASE),
        field_label_alone=re.compile(rf"(?:{labels})\s*:?", re.IGNORECASE),
        number=by_id["organisation.number"],
        web=by_id["organisation.web"],
        address=by_id["organisation.address"],
    )


def fold(text: str) -> str:
    """Letters and digits only, lower case, no diacritics: 'SVERIG ES RIKSBANK' → 'sverigesriksbank'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


# ---------------------------------------------------------------- names in a line of text


def _case(word: str) -> str:
    """A word in capitals as a name is written ('HÖGSBY' → 'Högsby',
    'UPPLANDS-BRO' → 'Upplands-Bro'); short ones ('AB', 'BRF', 'HSB') stay."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return "-".join(part.capitalize() for part in word.split("-"))
    return word


def _name_word(word: str) -> bool:
    """A capitalised word that may stand in a name: not a title, meeting,
    body, weekday or label ('Protokoll', 'Årsmöte', 'Kommunstyrelsen', 'Datum')."""
    v = vocabulary()
    folded = word.casefold().strip(".")
    if not word[:1].isupper() or folded in v.not_name_words or any(c.isdigit() for c in word):
        return False
    if len(word) <= 3 and word.isupper():
        return False  # an abbreviation ('Region JH', 'RJH') is no name as printed in full
    return not any(stem in folded for stem in v.not_name_stems)


def _genitive(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _left_name(words: list[str], end: int) -> list[str]:
    """The capitalised name words that end just before index `end`, with
    'och' between two of them ('Exempel Vatten och Avfall AB')."""
    v = vocabulary()
    taken: list[str] = []
    k = end - 1
    while k >= 0 and sum(1 for w in taken if w[:1].isupper()) < NAME_WORDS:
        if _name_word(words[k]):
            taken.insert(0, words[k])
        elif taken and words[k] in v.left and k > 0 and _name_word(words[k - 1]):
            taken.insert(0, words[k])
        else:
            break
        k -= 1
    return taken


def _right_name(words: list[str], start: int) -> list[str]:
    """The capitalised name words from index `start` on, with connectors
    between them ('i Exempellän län') and a number at the end ('Brf Björken
    12'); a genitive dropped before a lower-case word ('Region Exempellands
    verksamhetsplan')."""
    v = vocabulary()
    taken: list[str] = []
    k = start
    while k < len(words) and sum(1 for w in taken if w[:1].isupper()) < NAME_WORDS:
        word = words[k]
        if _name_word(word):
            taken.append(word)
        elif taken and word in v.last:
            taken.append(word)
            break
        elif word in v.between and k + 1 < len(words) and _name_word(words[k + 1]):
            taken.append(word)
        elif taken and word.isdigit() and len(word) <= 3:
            taken.append(word)
            break
        else:
            break
        k += 1
    end = start + len(taken)
    if taken and end < len(words) and words[end][:1].islower() and taken[-1].endswith("s"):
        taken[-1] = _genitive(taken[-1])
    return taken


def _matches_phrase(words: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    """`phrase` (folded words) stands at `at`, its last word perhaps in the genitive."""
    if at + len(phrase) > len(words):
        return False
    got = [w.casefold() for w in words[at:at + len(phrase)]]
    return got[:-1] == list(phrase[:-1]) and got[-1] in (phrase[-1], phrase[-1] + "s")


def _compound(word: str, endings: Sequence[str]) -> tuple[str, str] | None:
    """(stem, ending) when `word` (a genitive -s allowed) ends in one of `endings`."""
    folded = word.casefold()
    for ending in endings:
        for form in (ending, ending + "s"):
            if folded.endswith(form):
                return folded[: -len(form)], form
    return None


def names_in(text: str, alone: bool = False) -> list[str]:
    """The organisation names printed in a line or cell of text, in order:
    'HÖGSBY KOMMUN' → ['Högsby kommun']; 'Exempelföreningen Årsmötesprotokoll
    2024' → ['Exempelföreningen']; 'Protokoll fört vid föreningsstämma med Brf
    Solgläntan' → ['Brf Solgläntan']; 'Region Jämtland Härjedalen' → itself;
    'SVERIG ES RIKSBANK' → ['Sveriges riksbank']. `alone`: the text is a cell
    of its own (a logo, a letterhead), where an authority's compound
    ('TRAFIKVERKET') counts too."""
    text = re.sub(r"\([^)]*\)", " ", text)  # '(Östersunds kommun)' beside a participant's name
    text = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ]{4,})", " ", text)  # 'Exempel HärjedalenSAMMANTRÄDESPROTOKOLL'
    found: list[tuple[int, str]] = []
    offset = 0
    for part in _SEPARATORS.split(text):
        words = [_case(w.strip(".'’!?")) for w in part.split()]
        words = [w for w in words if w]
        if authority := _authority(words):
            found.append((offset, authority))
        for start, name in _names_in_words(words, alone and len(_SEPARATORS.split(text)) == 1):
            found.append((offset + start, name))
        offset += 1000
    names: list[str] = []
    for _, name in sorted(found, key=lambda f: f[0]):
        if not any(fold(name) in fold(other) or fold(other) in fold(name) for other in names):
            names.append(name)
    return names


def _authority(words: list[str]) -> str | None:
    """A named authority that opens a run of words, as its own name and not
    in a sentence ('SVERIG ES RIKSBANK', 'iTI TRAFIKVERKET' after a logo's
    noise, 'Trafikverket Region Öst'), as the vocabulary writes it."""
    v = vocabulary()
    # at the start, or after noise and numbers: 'iTI TRAFIKVERKET', 'Nr 2 SVERIGES RIKSBANK'
    lead = next((k for k, w in enumerate(words) if len(w) > 3 and not w.isdigit()), 0)
    for start in sorted({0, lead}):
        for end in range(start + 1, min(len(words), start + 6) + 1):
            folded = fold(" ".join(words[start:end]))
            name = next((n for f, n in v.authorities if f == folded), None)
            if name and (end == len(words) or words[end][:1].isupper()):
                return name
    return None


def _names_in_words(words: list[str], alone: bool) -> list[tuple[int, str]]:
    """(index of its first word, name) of each name in a run of words."""
    v = vocabulary()
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(words):
        word = words[k]
        # a kind word before the name: 'Region Exempelland', 'Brf Solgläntan', 'Kommunförbundet Exempelbygden'
        before = next((p for p in v.before if word[:1].isupper() and _matches_phrase(words, k, p)), None)
        compound = _compound(word, v.compound_before) if word[:1].isupper() else None
        if before or (compound and compound[0] not in v.generic):
            size = len(before) if before else 1
            if tail := _right_name(words, k + size):
                if not _addressed(words, k):
                    out.append((k, _written([*words[k:k + size], *tail])))
                k += size + len(tail)
                continue
        if found := _after_name(words, k, alone):
            start, end = found
            if not _addressed(words, start) or _meeting_follows(words, end):
                out.append((start, _written(words[start:end])))
            k = end
            continue
        if _meeting_object(words, k):  # 'Protokoll fört vid sektionsmöte med Datasektionen'
            out.append((k, words[k]))
            k += 1
            continue
        if found := _genitive_before_meeting(words, k):
            start, end = found
            out.append((start, " ".join([*words[start:end - 1], _genitive(words[end - 1])])))
            k = end
            continue
        k += 1
    return out


def _addressed(words: list[str], start: int) -> bool:
    """The name at `start` follows 'över', 'till', 'angående' …: what the
    document is about or addressed to ('Yttrande över Region Exempelland')."""
    return start > 0 and words[start - 1].casefold() in vocabulary().addressee_before


def _after_name(words: list[str], k: int, alone: bool) -> tuple[int, int] | None:
    """(start, end) of a name whose kind word stands at index k: 'Högsby
    kommun', 'Stenby samfällighetsförening', 'Exempelföreningen', 'Exempel
    Bostäder AB', 'Asketorps Dikningsföretag av år 1920'."""
    v = vocabulary()
    word = words[k]
    phrase = next((p for p in v.after if _matches_phrase(words, k, p)), None)
    if word in v.after_exact or phrase:
        size = len(phrase) if phrase else 1
        left = _left_name(words, k)
        return (k - len(left), k + size) if left else None
    compound = _compound(word, v.compound_after)
    if compound is None and alone and all(len(w) <= 3 for w in words[:k] + words[k + 1:]):
        compound = _compound(word, v.standalone)  # a logo: 'TRAFIKVERKET'
    if compound is None:
        return None
    stem = compound[0]
    left = _left_name(words, k)
    if not left and (not word[:1].isupper() or stem in v.generic or len(stem) < 2):
        return None
    end = k + 1
    if m := v.compound_tail.match(" " + " ".join(words[end:])):
        end += len(m.group(0).split())
    return k - len(left), end


def _meeting_follows(words: list[str], end: int) -> bool:
    """A name in the genitive before a meeting word ends at `end`: 'Kallelse till Exempelföreningens årsmöte'."""
    return (0 < end < len(words) and words[end - 1].endswith("s")
            and any(stem in words[end].casefold() for stem in vocabulary().meeting_stems))


def _meeting_object(words: list[str], k: int) -> bool:
    """A section or club named as what a meeting is of: 'sektionsmöte med
    Datasektionen' (a meeting word earlier in the line, then 'med', 'för' …)."""
    v = vocabulary()
    word = words[k]
    compound = _compound(word, v.meeting_object)
    if not (k > 0 and word[:1].isupper() and compound and compound[0] not in v.generic and len(compound[0]) >= 2):
        return False
    if words[k - 1].casefold() not in v.meeting_object_before or compound[1].endswith("s"):
        return False
    return any(stem in w.casefold() for w in words[:k - 1] for stem in v.meeting_object_meetings)


def _genitive_before_meeting(words: list[str], k: int) -> tuple[int, int] | None:
    """(start, end) of 'Datasektionens' in 'Datasektionens vårmöte 2024': a
    name in the genitive before a meeting word, not a bare kind word
    ('Föreningens årsmöte')."""
    v = vocabulary()
    word = words[k]
    if not _name_word(word) or not _meeting_follows(words, k + 1):
        return None
    if word[:-1].casefold() in v.meeting_generic:
        return None
    return k - len(_left_name(words, k)), k + 1


def _written(words: list[str]) -> str:
    """A name as stored: its kind words in lower case after the name
    ('Högsby Kommun' → 'Högsby kommun'), a genitive dropped ('Högsby kommuns',
    'Exempelföreningens' → without the -s)."""
    v = vocabulary()
    out = list(words)
    last = out[-1]
    if not last[-1:].isdigit():
        kinds_after = {p[-1] for p in v.after}
        if last.casefold().endswith("s") and (last.casefold()[:-1] in kinds_after
                                              or _compound(last, v.compound_after + v.standalone)):
            if _compound(last[:-1], v.compound_after + v.standalone) or last.casefold()[:-1] in kinds_after:
                out[-1] = last[:-1]
        if len(out) > 1 and out[-1].casefold() in {p[-1] for p in v.after} | {"samfällighetsförening"}:
            out[-1] = out[-1].casefold()
    return " ".join(out)
