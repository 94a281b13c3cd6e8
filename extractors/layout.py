"""pages → lines → clean text.

Everything here works on positions, not on flattened text, and knows no PDF
library: `chars_to_lines` builds words and lines from glyph boxes (rejoining
letter-spaced titles), `order_columns` keeps newspaper-style columns in reading
order, `find_running_lines` finds headers and footers by their repetition
across pages, `strip_page_furniture` drops them and page stamps, and
`lines_to_text` undoes end-of-line hyphenation.
"""

from __future__ import annotations

import re
from sys import intern
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from extractors import rules
from schemas.document import Char, Line, Word

# Word and segment splitting, in units of the font size (em).
WORD_GAP_EM = 0.18  # wider than kerning, narrower than any space
SEGMENT_GAP_EM = 1.5  # wider than a justified word space: a new cell or column
LETTERSPACE_MAX_GAP_EM = 0.8  # letter-spaced titles are tight; table cells are not
# Margin zones where running headers, footers and stamps live, as page fractions.
HEADER_ZONE = 0.13
FOOTER_ZONE = 0.88
POSITION_TOLERANCE = 3.0  # points: a running line sits at the same height on every page


# ---------------------------------------------------------------- chars → lines


@dataclass(slots=True)
class _Token:
    chars: list[Char]
    space_before: bool = False

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.chars)

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def x1(self) -> float:
        return self.chars[-1].x1


_BAND_LOOKBACK = 4  # a glyph joins one of the last few lines started (superscripts, mixed sizes)


def chars_to_lines(chars: Sequence[Char]) -> list[Line]:
    """Group glyphs into lines (by vertical overlap, so superscripts stay on
    their line), lines into words (at spaces and gaps), words into segments."""
    # Glyphs with the very same top and bottom lie on one line whatever else
    # is on the page, so lines are found between such groups (a few dozen a
    # page) rather than between glyphs (a thousand or more). A band is
    # [top, bottom, groups]; a group joins the most recent of the last few
    # bands it overlaps by at least half of the smaller height.
    groups: dict[tuple[float, float], list[Char]] = {}
    for c in chars:
        key = (c.top, c.bottom)
        group = groups.get(key)
        if group is None:
            groups[key] = [c]
        else:
            group.append(c)
    bands: list[list] = []
    for (top, bottom), group in sorted(groups.items(), key=_group_order):
        height = bottom - top
        if height <= 0:
            continue
        for band in reversed(bands[-_BAND_LOOKBACK:]):
            btop, bbottom = band[0], band[1]
            inter = (bbottom if bbottom < bottom else bottom) - (btop if btop > top else top)
            if inter > 0 and inter >= 0.5 * max(min(bbottom - btop, height), 0.01):
                band[2].extend(group)
                if top < btop:
                    band[0] = top
                if bottom > bbottom:
                    band[1] = bottom
                break
        else:
            bands.append([top, bottom, group])
    lines = []
    for band in sorted(bands, key=_band_top):
        words = _tokens_to_words(_rejoin_letterspaced(_band_tokens(band[2])))
        if words:
            lines.append(Line(segments=_split_segments(words)))
    return lines


def _group_order(item: tuple[tuple[float, float], list[Char]]) -> tuple[float, float]:
    return (item[0][0], min([c.x0 for c in item[1]]))


def _band_top(band: list) -> float:
    return band[0]


def _band_tokens(chars: list[Char]) -> list[_Token]:
    tokens: list[_Token] = []
    pending_space = False
    previous: Char | None = None
    for c in sorted(chars, key=_left):
        text = c.text
        if not text or text.isspace():
            pending_space = True
            continue
        if previous is None:
            tokens.append(_Token([c], pending_space))
        else:
            if text == previous.text and abs(c.x0 - previous.x0) < 0.3 * max(c.x1 - c.x0, 0.1):
                continue  # the same glyph printed twice (fake bold)
            size = max(c.size, previous.size, 1.0)
            if pending_space or c.x0 - previous.x1 > WORD_GAP_EM * size:
                tokens.append(_Token([c], pending_space))
            else:
                tokens[-1].chars.append(c)
        pending_space = False
        previous = c
    return tokens


def _left(c: Char) -> float:
    return c.x0


def _rejoin_letterspaced(tokens: list[_Token]) -> list[_Token]:
    """'K a l l e l s e / f ö r e d r a g n i n g s l i s t a' → one word.

    A run of three or more one-glyph tokens, at least two of them letters, with
    tight gaps is a letter-spaced title. Inside the run, gaps up to 1.6 times
    the smallest are letter spacing; wider gaps are the spaces between words."""
    out: list[_Token] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j].chars) == 1 and _spaced_glyph(tokens[j].text):
            if j > i:
                gap = tokens[j].x0 - tokens[j - 1].x1
                if gap > LETTERSPACE_MAX_GAP_EM * max(tokens[j].chars[0].size, 1.0):
                    break
            j += 1
        run = tokens[i:j]
        if len(run) >= 3 and sum(t.text.isalpha() for t in run) >= 2:
            gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
            limit = max(min(gaps) * 1.6, min(gaps) + 0.12 * run[0].chars[0].size)
            merged = _Token(list(run[0].chars), run[0].space_before)
            for gap, tok in zip(gaps, run[1:]):
                if gap <= limit:
                    merged.chars.extend(tok.chars)
                else:
                    out.append(merged)
                    merged = _Token(list(tok.chars), True)
            out.append(merged)
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _spaced_glyph(text: str) -> bool:
    return text.isalnum() or text in "/-&–"


def _tokens_to_words(tokens: list[_Token]) -> list[Word]:
    words = []
    for tok in tokens:
        chars = tok.chars
        if len(chars) == 1:
            c = chars[0]
            text = _normalise(c.text)
            if text:
                words.append(Word(intern(text), c.x0, c.x1, c.top, c.bottom, c.size, c.bold))
            continue
        # one string per distinct word ('och', 'att', '§'): a long document keeps them all
        text = intern(_normalise("".join([c.text for c in chars])))
        if not text:
            continue
        sizes = sorted([c.size for c in chars])
        middle = len(sizes) // 2
        below, size = sizes[middle - 1], sizes[middle]
        if not len(sizes) % 2 and below != size:  # (equal: keep the one float the glyphs share)
            size = (below + size) / 2
        words.append(
            Word(
                text,
                chars[0].x0,
                chars[-1].x1,
                min([c.top for c in chars]),
                max([c.bottom for c in chars]),
                size,
                sum([c.bold for c in chars]) * 2 > len(chars),
            )
        )
    return words


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


def _normalise(text: str) -> str:
    if text.isascii():
        return text.strip()
    return unicodedata.normalize("NFC", text.translate(_LIGATURES)).replace("\u00a0", " ").strip()


def _split_segments(words: list[Word]) -> tuple[tuple[Word, ...], ...]:
    segments: list[list[Word]] = [[words[0]]]
    for prev, word in zip(words, words[1:]):
        if word.x0 - prev.x1 > SEGMENT_GAP_EM * max(prev.size, word.size, 1.0):
            segments.append([word])
        else:
            segments[-1].append(word)
    return tuple(tuple(s) for s in segments)


# ---------------------------------------------------------------- columns


MIN_COLUMN_LINES = 6
MIN_GUTTER = 8.0


def order_columns(lines: list[Line]) -> list[Line]:
    """Keep two-column text in reading order: the left column, then the right.

    A run of consecutive lines that share a vertical gutter is read column by
    column only when it looks like running text: most lines have words on both
    sides and both sides fill their column (justified or ragged-right prose).
    Tables and label/value blocks (agenda rows, a protokoll's participant
    list) have ragged cells or one-sided lines and stay row by row."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        run_end, gutter = _gutter_run(lines, i)
        if gutter is not None and _looks_like_columns(lines[i:run_end], gutter):
            left, right = [], []
            for line in lines[i:run_end]:
                lsegs = tuple(s for s in line.segments if s[-1].x1 <= gutter[0] + 0.01)
                rsegs = tuple(s for s in line.segments if s[0].x0 >= gutter[1] - 0.01)
                if lsegs:
                    left.append(Line(lsegs))
                if rsegs:
                    right.append(Line(rsegs))
            out.extend(left + right)
            i = run_end
        else:
            out.append(lines[i])
            i += 1
    return out


def _free_interval(line: Line, lo: float, hi: float) -> tuple[float, float] | None:
    """The part of (lo, hi) that no segment of `line` covers, if it is one interval."""
    for seg in line.segments:
        x0, x1 = seg[0].x0, seg[-1].x1
        if x1 <= lo or x0 >= hi:
            continue
        if x0 <= lo and x1 >= hi:
            return None
        if x0 > lo and x1 < hi:
            # a segment inside the gap: keep the wider side
            lo, hi = (lo, x0) if x0 - lo >= hi - x1 else (x1, hi)
        elif x0 <= lo:
            lo = x1
        else:
            hi = x0
    return (lo, hi) if hi - lo >= MIN_GUTTER else None


def _gutter_run(lines: list[Line], start: int) -> tuple[int, tuple[float, float] | None]:
    first = lines[start]
    if len(first.segments) < 2:
        return start + 1, None
    best: tuple[int, tuple[float, float] | None] = (start + 1, None)
    for a, b in zip(first.segments, first.segments[1:]):
        gutter: tuple[float, float] | None = (a[-1].x1, b[0].x0)
        end = start + 1
        while end < len(lines) and gutter is not None:
            narrowed = _free_interval(lines[end], *gutter)
            if narrowed is None:
                break
            gutter = narrowed
            end += 1
        if end - start > best[0] - start:
            best = (end, gutter)
    return best


def _looks_like_columns(run: list[Line], gutter: tuple[float, float]) -> bool:
    if len(run) < MIN_COLUMN_LINES:
        return False
    both = [ln for ln in run if ln.x0 < gutter[0] and ln.x1 > gutter[1]]
    if len(both) < 0.5 * len(run):
        return False
    left_x0 = min(ln.x0 for ln in run)
    right_x1 = max(ln.x1 for ln in run)
    left_width = gutter[0] - left_x0
    right_width = right_x1 - gutter[1]
    if left_width < 80 or right_width < 80:
        return False
    left_full = sum(
        max(s[-1].x1 for s in ln.segments if s[-1].x1 <= gutter[0] + 0.01) >= gutter[0] - 0.2 * left_width for ln in both
    )
    right_full = sum(ln.x1 >= right_x1 - 0.2 * right_width for ln in both)
    return left_full >= 0.6 * len(both) and right_full >= 0.6 * len(both)


# ---------------------------------------------------------------- running headers, footers, stamps


def margin_key(text: str) -> str:
    """Page furniture with its numbers blanked: 'Page 3 of 28' and 'Page 4 of 28' are one line."""
    return re.sub(r"\d+", "#", text.casefold())


def in_margin(line: Line, height: float) -> bool:
    return line.bottom <= HEADER_ZONE * height or line.top >= FOOTER_ZONE * height


def find_running_lines(pages: Sequence[Sequence[Line]], heights: Sequence[float]) -> list[set[int]]:
    """For each page, the indexes of its lines that are running headers or
    footers: lines in the top or bottom margin whose text (digits ignored)
    recurs at the same height on several pages — on every page of a two- or
    three-page document, on at least three pages of a longer one."""
    needed = 2 if len(pages) <= 3 else 3
    seen: dict[str, list[tuple[int, int, float]]] = defaultdict(list)
    for page_index, (lines, height) in enumerate(zip(pages, heights)):
        for line_index, line in enumerate(lines):
            if in_margin(line, height):
                seen[margin_key(line.text)].append((page_index, line_index, line.top))
    running: list[set[int]] = [set() for _ in pages]
    for occurrences in seen.values():
        if len({p for p, _, _ in occurrences}) < needed:
            continue
        # the modal height, within tolerance
        tops = Counter(round(t / POSITION_TOLERANCE) for _, _, t in occurrences)
        mode = tops.most_common(1)[0][0] * POSITION_TOLERANCE
        at_mode = [(p, i) for p, i, t in occurrences if abs(t - mode) <= 2 * POSITION_TOLERANCE]
        if len({p for p, _ in at_mode}) >= needed:
            for p, i in at_mode:
                running[p].add(i)
    return running


def _stamp_rules() -> tuple[rules.Rule, ...]:
    return rules.rules("layout")


def strip_stamp(text: str, margin: bool) -> str:
    """A line with its page stamp removed: '' when the line was only a stamp.
    Outside the margins only unmistakable stamps ('Page 3 of 28') count."""
    stripped = text.strip()
    for rule in _stamp_rules():
        if not (margin or rule.data.get("anywhere")):
            continue
        if rule.data["kind"] == "whole" and rule.pattern.fullmatch(stripped):
            return ""
        if rule.data["kind"] == "suffix" and (m := rule.pattern.search(stripped)):
            stripped = stripped[: m.start()].rstrip()
    return stripped


def _drop_words_after(line: Line, keep_chars: int) -> Line | None:
    """The line cut to the words that make up its first `keep_chars` characters."""
    kept: list[list[Word]] = []
    used = 0
    for seg in line.segments:
        part: list[Word] = []
        for word in seg:
            needed = used + (1 if used else 0) + len(word.text)
            if needed > keep_chars:
                break
            part.append(word)
            used = needed
        if part:
            kept.append(part)
        if len(part) < len(seg):
            break
    return Line(tuple(tuple(p) for p in kept)) if kept else None


def strip_page_furniture(lines: Sequence[Line], running: set[int], height: float) -> tuple[list[Line], list[Line]]:
    """Split a page's lines into (content, margin): running headers and footers
    and page stamps go to margin; a header line ending in a stamp keeps its text."""
    content: list[Line] = []
    margin: list[Line] = []
    for index, line in enumerate(lines):
        if index in running:
            margin.append(line)
            continue
        in_zone = in_margin(line, height)
        remaining = strip_stamp(line.text, in_zone)
        if remaining == line.text:
            content.append(line)
        elif not remaining:
            margin.append(line)
        else:
            cut = _drop_words_after(line, len(remaining))
            margin.append(line)
            if cut is not None:
                content.append(cut)
    return content, margin


# ---------------------------------------------------------------- lines → text


def _hyphen_keep_words() -> frozenset[str]:
    return frozenset(rules.load("layout")["hyphen_keep_words"]["words"])


_END_HYPHEN = re.compile(r"(\w)[-\u00ad]$")


def _hyphen_join(before: str, first: str) -> str | None:
    """How a line ending in a hyphen meets the next line's first word: the
    joined word, or None when the hyphen and the break stay ('hälso- och')."""
    if not _END_HYPHEN.search(before) or first.casefold() in _hyphen_keep_words() or not first[:1].isalnum():
        return None
    if first[:1].islower():
        return before[:-1] + first  # utrednings- + processen
    return before.rstrip("\u00ad") + first  # Mini- + Maria keeps its hyphen


def join_wrapped(before: str, after: str) -> str:
    """Two pieces of one paragraph broken at a line end, joined again."""
    first, _, rest = after.partition(" ")
    joined = _hyphen_join(before, first)
    if joined is None:
        return f"{before} {after}".replace("\u00ad", "")
    return f"{joined} {rest}".rstrip().replace("\u00ad", "")


def lines_to_text(lines: Iterable[Line]) -> str:
    """Lines joined by newlines, words by single spaces, with end-of-line
    hyphenation undone: 'utrednings-' + 'processen' → 'utredningsprocessen';
    'hälso-' + 'och sjukvård' stays a suspended compound; 'Mini-' + 'Maria'
    keeps its hyphen."""
    out: list[str] = []
    for line in lines:
        text = re.sub(r"\s+", " ", line.text).strip()
        if not text:
            continue
        if out:
            first, _, rest = text.partition(" ")
            joined = _hyphen_join(out[-1], first)
            if joined is not None:
                out[-1] = joined
                text = rest.lstrip()
                if not text:
                    continue
        out.append(text)
    return "\n".join(out).replace("\u00ad", "")
