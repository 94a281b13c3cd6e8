"""Text → tokens, cut as spaCy's Swedish tokenizer cuts it, without spaCy.

The presenter verbs of `people.presenters_in_text` are matched over tokens,
and the names beside a verb are the tokens that look like names; spaCy's
tokenizer (`spacy.blank("sv")`) cut them until spaCy cost every worker 48 MB
for this alone. Its rules are data (`rules/sv/tokenizer.json`, written out
from spaCy) and its way of applying them is `tokenize` below, step for step
as spaCy's `Tokenizer` (spacy/tokenizer.pyx) takes them:

1. the text is cut at whitespace; one space between two chunks is no token,
   any other run of whitespace is one;
2. a chunk that is an exception is cut as the exception says ('bl.a.' stays
   whole); otherwise prefixes ('(', '"') and suffixes (',', '.', ')') are
   taken off its ends until none is left or what is left is an exception;
3. what is left is one token if it is a web address, else it is cut at its
   infixes ('/' between letters; not '-': 'Karl-Erik' stays whole);
4. tokens that together spell an exception holding such marks ('Kungl' '.')
   are joined again as the exception says.

`tests/test_tokens.py` cuts every line of the sample corpora and thousands
of made-up strings with both and compares the tokens.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from extractors import rules

_CHUNK_CACHE = 20_000  # chunks remembered (a document's vocabulary, many times over)


class Token(NamedTuple):
    start: int  # offset in the text
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Tokenizer:
    """spaCy's tokenizer algorithm over rules given as data (see the module)."""

    def __init__(self, data: dict) -> None:
        classes = data["classes"]

        def spelled(piece: str) -> str:
            for name, chars in classes.items():
                piece = piece.replace("{" + name + "}", chars)
            return piece

        self._prefix = re.compile("|".join("^" + spelled(p) for p in data["prefixes"] if p.strip())).search
        self._suffix = re.compile("|".join(spelled(p) + "$" for p in data["suffixes"] if p.strip())).search
        self._infixes = re.compile("|".join(spelled(p) for p in data["infixes"] if p.strip())).finditer
        self._url = re.compile("(?u)" + spelled(data["url"])).match
        self._specials: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data["exceptions"].items()}
        # exceptions that affixes would cut, as affixes cut them: joined again after cutting (step 4)
        self._phrases: set[tuple[str, ...]] = {
            tuple(t.text for t in self._cut(chunk, specials=False))
            for chunk in self._specials
            if self._prefix(chunk) or self._suffix(chunk) or self._infix_list(chunk) or " " in chunk
        }
        self._longest_phrase = max(map(len, self._phrases), default=0)
        self._firsts = {phrase[0] for phrase in self._phrases}
        self._cache: dict[str, tuple[str, ...]] = {}

    def tokenize(self, text: str) -> list[Token]:
        return self._joined(text, self._cut(text, specials=True))

    # ------------------------------------------------------------ steps 1–3

    def _cut(self, text: str, specials: bool) -> list[Token]:
        tokens: list[Token] = []
        if not text:
            return tokens
        start = 0
        in_space = text[0].isspace()
        for i, char in enumerate(text):
            if char.isspace() != in_space:
                if start < i:
                    self._add_chunk(tokens, text[start:i], start, specials)
                start = i + 1 if char == " " else i
                in_space = not in_space
        if start < len(text):
            self._add_chunk(tokens, text[start:], start, specials)
        return tokens

    def _add_chunk(self, tokens: list[Token], chunk: str, at: int, specials: bool) -> None:
        pieces = self._specials.get(chunk) if specials else None
        if pieces is None:
            pieces = self._cache.get(chunk) if specials else None
            if pieces is None:
                pieces = self._pieces(chunk, specials)
                if specials:
                    if len(self._cache) >= _CHUNK_CACHE:
                        self._cache.clear()
                    self._cache[chunk] = pieces
        for piece in pieces:
            tokens.append(Token(at, piece))
            at += len(piece)

    def _pieces(self, chunk: str, specials: bool) -> tuple[str, ...]:
        """A chunk that is not an exception, cut (spaCy's _split_affixes and _attach_tokens)."""
        prefixes: list[str] = []
        suffixes: list[str] = []
        string, last_size = chunk, 0
        while string and len(string) != last_size:
            if specials and string in self._specials:
                break
            last_size = len(string)
            found = self._prefix(string)
            pre_len = found.end() - found.start() if found else 0
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and specials and minus_pre in self._specials:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            found = self._suffix(string[pre_len:])
            suf_len = found.end() - found.start() if found else 0
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and specials and minus_suf in self._specials:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        middle: list[str] = []
        if string:
            if specials and string in self._specials:
                middle = list(self._specials[string])
            elif self._url(string):
                middle = [string]
            else:
                middle = self._infixed(string)
        return (*prefixes, *middle, *reversed(suffixes))

    def _infix_list(self, string: str) -> list[re.Match[str]]:
        return list(self._infixes(string))

    def _infixed(self, string: str) -> list[str]:
        matches = self._infix_list(string)
        if not matches:
            return [string]
        out: list[str] = []
        start = 0
        for match in matches:
            infix_start, infix_end = match.start(), match.end()
            if infix_start == 0:
                continue  # an infix at the very start stays with what follows
            if infix_start != start:
                out.append(string[start:infix_start])
            if infix_start != infix_end:
                out.append(string[infix_start:infix_end])
            start = infix_end
        if string[start:]:
            out.append(string[start:])
        return out

    # ------------------------------------------------------------ step 4

    def _joined(self, text: str, tokens: list[Token]) -> list[Token]:
        """Runs of tokens that spell an exception cut by affixes, joined again as
        the exception says: of overlapping runs the longest, then the first
        (spaCy's _filter_special_spans); a run with space inside is left alone."""
        if not self._phrases:
            return tokens
        texts = [t.text for t in tokens]
        found: list[tuple[int, int]] = []
        for i, first in enumerate(texts):
            if first not in self._firsts:
                continue
            for length in range(1, min(self._longest_phrase, len(texts) - i) + 1):
                if tuple(texts[i : i + length]) in self._phrases:
                    found.append((i, i + length))
        if not found:
            return tokens
        seen: set[int] = set()
        kept: list[tuple[int, int]] = []
        for start, end in sorted(found, key=lambda span: (-(span[1] - span[0]), span[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))
        out: list[Token] = []
        at = 0
        for start, end in sorted(kept):
            out.extend(tokens[at:start])
            spelled = text[tokens[start].start : tokens[end - 1].end]
            pieces = self._specials.get(spelled)
            if pieces is None:
                out.extend(tokens[start:end])
            else:
                offset = tokens[start].start
                for piece in pieces:
                    out.append(Token(offset, piece))
                    offset += len(piece)
            at = end
        out.extend(tokens[at:])
        return out


@cache
def swedish() -> Tokenizer:
    return Tokenizer(rules.load("tokenizer"))


def tokenize(text: str) -> list[Token]:
    """The tokens of `text` as `spacy.blank("sv")` cuts it."""
    return swedish().tokenize(text)
