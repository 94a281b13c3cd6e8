"""Swedish words for search: each word's lemmas and, for a compound, its parts.

The lexicon is a Hunspell dictionary made for Swedish (the `hunspell-sv`
package: about 280 000 stems, each with the suffix classes it takes and the
flags that say where it may stand in a compound). Hunspell's own algorithm
answers "is this a word?"; search needs "which dictionary words is this word
made of?", so this module reads the same two files and walks them the other
way round:

- a *lemma* is a stem of the dictionary from which the word is made by one
  suffix rule of the stem's classes ("avtalet", "avtalen", "avtalets" →
  "avtal"; "nämndens" → "nämnd"). A word with several readings keeps them all
  ("beslutet": the noun "beslut" and the participle "besluten").
- a *compound* is split where Hunspell would accept it: a first part the
  dictionary lets begin a compound (flag COMPOUNDBEGIN, or a linking form such
  as "samverkans", "hyres", "skol" that a suffix rule with COMPOUNDPERMITFLAG
  makes), middle parts flagged COMPOUNDMIDDLE, and a last part whose stem is
  flagged COMPOUNDEND, inflected as a word ("samverkans|avtalet",
  "hem|sjuk|vården"). Fewest parts win.
- what Hunspell accepts but a reader does not split is data
  (`extractors/rules/sv/search.json`): a first part that is a particle or
  preposition makes a lexicalised word ("under|lag", "fram|tid", "om|val"),
  a derivation in -ing/-ning of a verb is no compound ("lagr|ing" is not
  "lag|ring"), and a participle head needs a linking -s- ("ordförande" is no
  "ord").

`index_terms(word)` is what a word puts in the index: its lemmas, and for a
compound the lemma of the whole and of every part ("samverkansavtalet" →
samverkansavtal, samverkan, avtal). `query_terms(word)` is what a word of a
query asks for: its lemmas only, so "avtal" finds "samverkansavtalet" while
"val" finds neither "avtal" (no compound: "tal" may not end one) nor
"förvaltning".
"""

from __future__ import annotations

import os
import re
import site
import sys
import sysconfig
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable

from extractors.rules import load as load_rules

# Words are runs of letters and digits (Swedish letters included); a hyphen,
# colon or apostrophe splits them ("LOSUS-avtalet" is two words).
WORD = re.compile(r"[^\W_]+", re.UNICODE)

DICTIONARY_NAME = "sv_SE"


class LexiconUnavailable(RuntimeError):
    """The Swedish Hunspell dictionary is not installed."""


def dictionary_folders() -> list[Path]:
    """Where the dictionary files may be: the Python environment's
    share/hunspell (where the `hunspell-sv` wheel puts them), then the
    system's (Debian's hunspell-sv package)."""
    found = []
    for base in (sys.prefix, sysconfig.get_path("data"), site.USER_BASE or "", sys.base_prefix):
        found.append(Path(base) / "share" / "hunspell")
    found += [Path("/usr/share/hunspell"), Path("/usr/share/myspell")]
    if extra := os.environ.get("PARAGRAF_HUNSPELL_DIR"):
        found.insert(0, Path(extra))
    return list(dict.fromkeys(found))


def dictionary_files() -> tuple[Path, Path]:
    for folder in dictionary_folders():
        dic, aff = folder / f"{DICTIONARY_NAME}.dic", folder / f"{DICTIONARY_NAME}.aff"
        if dic.is_file() and aff.is_file():
            return dic, aff
    raise LexiconUnavailable(
        f"Swedish search needs the Hunspell dictionary {DICTIONARY_NAME}.dic/.aff, which the hunspell-sv "
        "package installs; run scripts/install (or pip install -c requirements.lock hunspell-sv)."
    )


@dataclass(frozen=True)
class Suffix:
    flag: str
    strip: str
    add: str
    continuation: str
    condition: re.Pattern[str]


class Lexicon:
    """The dictionary's stems and suffix rules, read once per process."""

    def __init__(self, dic: Path, aff: Path) -> None:
        self.settings: dict[str, str] = {}
        self.suffixes: dict[str, list[Suffix]] = {}  # by the text the rule adds
        self._read_aff(aff)
        self.begin = self.settings.get("COMPOUNDBEGIN", "X")
        self.middle = self.settings.get("COMPOUNDMIDDLE", "U")
        self.end = self.settings.get("COMPOUNDEND", "Y")
        self.only_in_compound = self.settings.get("ONLYINCOMPOUND", "Z")
        self.permit = self.settings.get("COMPOUNDPERMITFLAG", "W")
        self.need_affix = self.settings.get("NEEDAFFIX", "¤")
        self.forbidden = self.settings.get("FORBIDDENWORD", "%")
        self.stems: dict[str, str] = {}
        self._read_dic(dic)
        self.longest_add = max((len(a) for a in self.suffixes), default=0)

    def _read_aff(self, aff: Path) -> None:
        header: dict[str, bool] = {}
        for line in aff.read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split() if not line.startswith("#") else []
            if not fields:
                continue
            if fields[0] == "SFX":
                if len(fields) == 4 and fields[1] not in header:
                    header[fields[1]] = True
                    continue
                _, flag, strip, add, *rest = fields
                add, _, cont = add.partition("/")
                condition = rest[0] if rest else "."
                rule = Suffix(flag, "" if strip == "0" else strip, "" if add == "0" else add,
                              cont, re.compile(f"(?:{condition})$"))
                self.suffixes.setdefault(rule.add, []).append(rule)
            elif len(fields) == 2 and fields[0].isupper():
                self.settings[fields[0]] = fields[1]

    def _read_dic(self, dic: Path) -> None:
        """stem (lower case) → its flags as one string (Swedish flags are
        single characters; a stem listed twice gets both lists)."""
        stems: dict[str, str] = {}
        lines = dic.read_text(encoding="utf-8").split("\n")
        for line in lines[1:]:
            word, _, flags = line.partition("/")
            if not word or word[-1] == "-":
                continue
            word = word.lower()
            if word in stems:
                flags = stems[word] + flags
            stems[word] = flags
        self.stems = stems

    # ------------------------------------------------------------ words

    def readings(self, word: str) -> list[tuple[str, str, str, bool]]:
        """Every way the dictionary makes `word` without compounding: (stem,
        the stem's flags, the flags of the form, made by a suffix rule?). A
        stem's own form has the stem's flags; a suffixed form the rule's
        continuation flags."""
        found = []
        flags = self.stems.get(word)
        if flags is not None and self.need_affix not in flags and self.forbidden not in flags:
            found.append((word, flags, flags, False))
        for n in range(0, min(self.longest_add, len(word) - 1) + 1):
            for rule in self.suffixes.get(word[len(word) - n:], ()):
                stem = word[: len(word) - n] + rule.strip
                stem_flags = self.stems.get(stem)
                if stem_flags and rule.flag in stem_flags and rule.condition.search(stem):
                    found.append((stem, stem_flags, rule.continuation, True))
        return found

    def lemmas(self, word: str) -> tuple[str, ...]:
        """The stems `word` is a form of as a word of its own (not the forms
        that only begin compounds, like 'samverkans' or 'hyres')."""
        z = self.only_in_compound
        stems = [stem for stem, flags, form, affixed in self.readings(word)
                 if z not in (form if affixed else flags)]
        return tuple(dict.fromkeys(stems))

    def first_parts(self, part: str, flag: str) -> tuple[tuple[str, ...], bool]:
        """The lemmas of `part` as the first (flag COMPOUNDBEGIN) or a middle
        (COMPOUNDMIDDLE) part of a compound, and whether it is a linking form
        ('samverkans', 'hyres' of 'hyr', 'skol', 'avtals' of 'avtala') rather
        than a bare stem ('ram' in 'ramavtal')."""
        found: list[str] = []
        linking = False
        z = self.only_in_compound
        for stem, flags, form, affixed in self.readings(part):
            if not affixed and flag in flags:
                found += self.linked(stem)
                linking = linking or z in flags
            elif affixed and self.permit in form and flag in form:
                found += self.linked(stem)
                linking = True
        return tuple(dict.fromkeys(found)), linking

    def linked(self, stem: str) -> list[str]:
        """The words a first part's stem stands for: the stem, or for a stem
        that only stands in compounds the word it is a form of ('samverkans'
        → 'samverkan', 'skol' → 'skola', 'hyr' → 'hyra'); and a verb's noun
        ('avtala' → 'avtal')."""
        z = self.only_in_compound

        def word(candidate: str) -> bool:
            flags = self.stems.get(candidate)
            return flags is not None and not any(f in flags for f in (z, self.need_affix, self.forbidden))

        if word(stem):
            noun = stem[:-1] if stem.endswith("a") and len(stem) >= 4 else ""
            return [stem, noun] if noun and word(noun) else [stem]
        candidates = [stem + "a", stem + "e"]
        if len(stem) > 3 and stem[-1] in "saeou":
            candidates[:0] = [stem[:-1], stem[:-1] + "a"]
        for candidate in candidates:
            if word(candidate):
                return [candidate]
        return [stem[:-1] if stem.endswith("s") and len(stem) > 3 else stem]

    def last_parts(self, part: str, unflagged: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The lemmas of `part` as the last part of a compound (its stem
        flagged COMPOUNDEND, or one of the `unflagged` heads), inflected as
        words are."""
        z, end = self.only_in_compound, self.end
        return tuple(dict.fromkeys(stem for stem, flags, form, affixed in self.readings(part)
                                   if (end in flags or stem in unflagged) and z not in (form if affixed else flags)))


@cache
def lexicon() -> Lexicon:
    dic, aff = dictionary_files()
    return Lexicon(dic, aff)


@cache
def _rules() -> dict:
    return load_rules("search")


Part = tuple[str, tuple[str, ...]]  # the part as written, and its lemmas


def _derivation(word: str, cut: int) -> bool:
    """A noun made from a verb by a suffix of derivation ('lagring' of
    'lagra'), cut inside that suffix or just before it: no compound there."""
    lex = lexicon()
    for suffix in _rules()["derivations"]["suffixes"]:
        if word.endswith(suffix) and cut >= len(word) - len(suffix) - 1:
            base = word[: -len(suffix)]
            if base + "a" in lex.stems:
                return True
    return False


def _participle(word: str) -> bool:
    return word.endswith(tuple(_rules()["participle_heads"]["suffixes"]))


@lru_cache(maxsize=200_000)
def compound(word: str) -> tuple[Part, ...] | None:
    """The parts of a compound, each as (text, lemmas), fewest parts first
    and then the longest last part; None when `word` is no compound. A last
    part among the nouns the dictionary leaves unflagged (rules: 'ort',
    'råd', 'tal') is accepted only in a word the dictionary lists as a
    compound of it ('hemorten' of 'hemort'), never in one it reads otherwise
    ('fristen' is 'frist', no 'sten')."""
    best = _split(word, 0, True, frozenset())
    if best is None:
        lemmas = lexicon().lemmas(word)
        heads = {h for h in _unflagged_heads() if not lemmas or any(lemma.endswith(h) and lemma != h for lemma in lemmas)}
        if heads:
            best = _split(word, 0, True, frozenset(heads))
    return best if best and len(best) > 1 else None


def _split(word: str, depth: int, first: bool, unflagged: frozenset[str]) -> tuple[Part, ...] | None:
    lex, rules = lexicon(), _rules()
    if depth >= rules["max_parts"] - 1:
        return None
    shortest = rules["min_part"]
    barred = rules["no_compound_after"]["words"]
    best: tuple[Part, ...] | None = None
    for cut in range(shortest, len(word) - shortest + 1):
        head, rest = word[:cut], word[cut:]
        if (first and head in barred) or _derivation(word, cut):
            continue
        starts, linking = lex.first_parts(head, lex.begin if first else lex.middle)
        if not starts:
            continue
        tails = _tails(rest, depth, linking, unflagged)
        if tails is None and head[-1] == head[-2:-1] and rest[0] != head[-1]:
            tails = _tails(head[-1] + rest, depth, linking, unflagged)  # 'fall|lucka' written 'fallucka'
        if tails is None:
            continue
        found = ((head, starts), *tails)
        if best is None or (len(found), -len(found[-1][0])) < (len(best), -len(best[-1][0])):
            best = found
    return best


@cache
def _unflagged_heads() -> frozenset[str]:
    return frozenset(_rules()["unflagged_heads"]["words"])


def _tails(rest: str, depth: int, linking: bool, unflagged: frozenset[str]) -> tuple[Part, ...] | None:
    ends = lexicon().last_parts(rest, unflagged)
    if ends and (linking or not any(_participle(end) for end in ends)):  # 'ordförandes' is no 'ord'
        return ((rest, ends),)
    return _split(rest, depth + 1, False, unflagged)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.casefold())


# How much an occurrence counts for a term (the tf of BM25): a lemma of the
# word itself fully; the last part of a compound nearly so (a samverkansavtal
# is an avtal); a first part less (a deltidstjänst is no del).
WHOLE, HEAD, MODIFIER = 1.0, 0.8, 0.4


@lru_cache(maxsize=500_000)
def weighted_terms(word: str, name: bool = False) -> tuple[tuple[str, float], ...]:
    """What one word of a document puts in the index (lower case), each term
    with its weight: the word's lemmas; for a compound the lemma of the
    whole, of each later part with the parts after it, and of each earlier
    part ('hemsjukvården' → hemsjukvård, sjukvård, vård, hem, sjuk). A word
    the dictionary does not know is indexed as written (and without an
    inflection ending); when it is a `name` (capitalised inside a sentence:
    'Ramboll') it is not split into parts either."""
    word = _fold(word)
    if len(word) < 3 or not word.isalpha():
        return ((word, WHOLE),) if word else ()
    lex = lexicon()
    found: dict[str, float] = {}

    def add(terms: Iterable[str], weight: float) -> None:
        for term in terms:
            if found.get(term, 0.0) < weight:
                found[term] = weight

    lemmas = lex.lemmas(word)
    add(lemmas, WHOLE)
    parts = compound(word) if lemmas or not name else None
    if parts:
        for i in range(len(parts)):
            written = "".join(text for text, _ in parts[i:-1])
            add((written + lemma for lemma in parts[-1][1]), WHOLE if i == 0 else HEAD)  # the whole, then each tail
            for j in range(i, len(parts) - 1):  # each first part, and the first parts together ('hemsjukvård')
                add(("".join(text for text, _ in parts[i:j]) + lemma for lemma in parts[j][1]), MODIFIER)
            if i < len(parts) - 1:
                for lemma in parts[i][1]:
                    inner = compound(lemma)
                    if inner:
                        add((part for _, lemmas in inner for part in lemmas), MODIFIER)
        for lemma in parts[-1][1]:  # a last part that is itself a compound: 'kollektivavtal' in 'arbetskollektivavtalet'
            inner = compound(lemma)
            if inner:
                add(inner[-1][1], HEAD)
                add((part for _, lemmas in inner[:-1] for part in lemmas), MODIFIER)
    if not found:  # a word the dictionary does not know (a name, an OCR misreading): itself, and
        add([word], WHOLE)  # without an inflection ending ('minimarias' → 'minimaria')
        add([word[: -len(e)] for e in _rules()["unknown_endings"]["endings"]
             if word.endswith(e) and len(word) - len(e) >= 4][:1], HEAD)
    return tuple(found.items())


def index_terms(word: str, name: bool = False) -> tuple[str, ...]:
    """The terms of `weighted_terms`, without their weights."""
    return tuple(term for term, _ in weighted_terms(word, name))


@lru_cache(maxsize=100_000)
def query_terms(word: str) -> tuple[str, ...]:
    """What one word of a query asks for: its lemmas (a compound: the lemma
    of the whole), or the word itself when the dictionary does not know it."""
    word = _fold(word)
    if len(word) < 3 or not word.isalpha():
        return (word,) if word else ()
    lemmas = lexicon().lemmas(word)
    if lemmas:
        return lemmas
    parts = compound(word)
    if parts:
        written = "".join(text for text, _ in parts[:-1])
        return tuple(written + lemma for lemma in parts[-1][1])
    return (word,)


def _known(term: str) -> bool:
    """A word of the dictionary, or a compound of its words."""
    return term in lexicon().stems or compound(term) is not None


@lru_cache(maxsize=100_000)
def kin(term: str) -> str | None:
    """The verb a noun lemma is made from, by the first of the rules' ending
    pairs (`kin` in search.json) that makes a word the dictionary knows:
    'hinder' → 'hindra', 'justering' → 'justera', 'ordning' → 'ordna'."""
    for noun_end, verb_end in _rules()["kin"]["pairs"]:
        base = term[: len(term) - len(noun_end)]
        if term.endswith(noun_end) and len(base) >= 3 and _known(base + verb_end):
            return base + verb_end
    return None


@lru_cache(maxsize=100_000)
def query_weights(word: str) -> tuple[tuple[str, float], ...]:
    """`query_terms` with what each counts for: the word's own terms fully,
    their noun or verb relatives (`kin`) by the rules' weight."""
    own = query_terms(word)
    weight = float(_rules()["kin"]["weight"])
    related = [k for term in own if term.isalpha() and (k := kin(term)) and k not in own]
    return tuple([(t, 1.0) for t in own] + [(k, weight) for k in dict.fromkeys(related)])


def words(text: str) -> list[tuple[int, int, str]]:
    """The words of `text` as (start, end, word)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text or "")]
