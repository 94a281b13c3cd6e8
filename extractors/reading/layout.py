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
from functools import partial
from typing import Iterable, Sequence

import numpy as np

from extractors import rules
from extractors.reading.glyphs import Glyphs
from schemas.document import Char, Line, Word

# Word and segment splitting, in units of the font size (em).
WORD_GAP_EM = 0.18  # wider than kerning, narrower than any space
SEGMENT_GAP_EM = 1.5  # wider than a justified word space: a new cell or column
LETTERSPACE_MAX_GAP_EM = 0.8  # letter-spaced titles are tight; table cells are not
# Margin zones where running headers, footers and stamps live, as page fractions.
HEADER_ZONE = 0.13
FOOTER_ZONE = 0.88
POSITION_TOLERANCE = 3.0  # points: a running line sits at the same height on every page


# ---------------------------------------------------------------- glyphs → lines


_BAND_LOOKBACK = 4  # a glyph joins one of the last few lines started (superscripts, mixed sizes)


def chars_to_lines(chars: Sequence[Char] | Glyphs) -> list[Line]:
    """Group glyphs into lines (by vertical overlap, so superscripts stay on
    their line), lines into words (at spaces and gaps), words into segments."""
    glyphs = chars if isinstance(chars, Glyphs) else Glyphs.from_chars(chars)
    kept = np.flatnonzero((glyphs.bottom - glyphs.top > 0) & ~_underlines(glyphs))
    if not len(kept):
        return []
    order, band_of = _bands(glyphs, kept)  # glyphs in reading order, and each one's line
    return _lines(glyphs, kept[order], band_of[order])


def _underlines(g: Glyphs) -> np.ndarray:
    """Underscore glyphs that underline text ('F_ö_r_e_d_r_a_g_n_i_n_g_s_l_i_s_t_a'
    when a title is underlined with '_' characters): every '_' of a run that
    lies under letters, found by its box sharing most of its width with
    a letter's. An underscore inside a name ('gemensam_plan') and a rule of
    underscores on its own ('________') stay."""
    if "_" not in g.text:  # the usual page: no underscore glyph at all
        return np.zeros(len(g.text), bool)
    under = np.fromiter((t == "_" for t in g.text), bool, len(g.text))
    letters = np.flatnonzero(~under & np.fromiter((t.isalnum() for t in g.text), bool, len(g.text)))
    runs = np.flatnonzero(under)
    if not len(letters):
        return np.zeros(len(g.text), bool)
    over = np.zeros(len(runs), bool)
    for start in range(0, len(runs), 512):  # bounded memory on pages of form lines
        u = runs[start : start + 512]
        shared = np.minimum(g.x1[u, None], g.x1[None, letters]) - np.maximum(g.x0[u, None], g.x0[None, letters])
        hit = (  # under a letter, not beside one ('gemensam_plan' keeps its underscore)
            (shared > 0.5 * (g.x1[u] - g.x0[u])[:, None])
            & (g.top[u, None] < g.bottom[None, letters]) & (g.bottom[u, None] > g.top[None, letters])
        )
        over[start : start + 512] = hit.any(axis=1)
    if not over.any():
        return np.zeros(len(g.text), bool)
    tops = np.unique(np.round(g.top[runs[over]], 1))
    return under & np.isin(np.round(g.top, 1), tops)


def _bands(g: Glyphs, kept: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lines by vertical overlap. Glyphs with the very same top and bottom lie
    on one line whatever else is on the page, so lines are found between such
    groups (a few dozen a page), not between glyphs. A band is [top, bottom];
    a group joins the most recent of the last few bands it overlaps by at least
    half of the smaller height. Returns the kept glyphs' order (line by line,
    left to right) and each one's line rank (lines ordered by their top)."""
    top, bottom, x0 = g.top[kept], g.bottom[kept], g.x0[kept]
    by_box = np.lexsort((bottom, top))
    sorted_top, sorted_bottom = top[by_box], bottom[by_box]
    first = np.ones(len(by_box), bool)
    first[1:] = (sorted_top[1:] != sorted_top[:-1]) | (sorted_bottom[1:] != sorted_bottom[:-1])
    starts = np.flatnonzero(first)
    group = np.empty(len(by_box), np.intp)
    group[by_box] = np.cumsum(first) - 1
    group_top, group_bottom = sorted_top[starts], sorted_bottom[starts]
    group_left = np.minimum.reduceat(x0[by_box], starts)
    visit = np.lexsort((group_left, group_top))
    band_of_group = np.empty(len(starts), np.intp)
    bands: list[list[float]] = []
    tops, bottoms = group_top.tolist(), group_bottom.tolist()
    for g_index in visit.tolist():
        gtop, gbottom = tops[g_index], bottoms[g_index]
        height = gbottom - gtop
        for b_index in range(len(bands) - 1, max(len(bands) - _BAND_LOOKBACK, 0) - 1, -1):
            band = bands[b_index]
            btop, bbottom = band[0], band[1]
            inter = (bbottom if bbottom < gbottom else gbottom) - (btop if btop > gtop else gtop)
            if inter > 0 and inter >= 0.5 * max(min(bbottom - btop, height), 0.01):
                band[0], band[1] = min(btop, gtop), max(bbottom, gbottom)
                band_of_group[g_index] = b_index
                break
        else:
            band_of_group[g_index] = len(bands)
            bands.append([gtop, gbottom])
    _split_stacked(g, kept, group, band_of_group, bands, tops, bottoms)
    rank = np.empty(len(bands), np.intp)
    rank[np.argsort(np.array([b[0] for b in bands]), kind="stable")] = np.arange(len(bands))
    visited = np.empty(len(starts), np.intp)
    visited[visit] = np.arange(len(starts))
    line = rank[band_of_group[group]]
    # left to right within a line; among glyphs at one x, groups in the order visited
    order = np.lexsort((visited[group], x0, line))
    return order, line


STACKED_BAND = 1.5  # a line this many times taller than its glyphs may hold two rows a big glyph run bridged
STACKED_SPAN = 4.0  # … over more than this many letters' widths (a column of letters is text turned on its side)
STACKED_OVERLAP = 0.3  # two letters over each other by this share of the narrower one's width are on two rows


def _split_stacked(g: Glyphs, kept: np.ndarray, group: np.ndarray, band_of_group: np.ndarray,
                   bands: list[list[float]], tops: list[float], bottoms: list[float]) -> None:
    """Rows stacked beside a taller run of text, which a line grown by overlap
    bridges ('SAMMANTRÄDESPROTOKOLL' over 'Sammanträdesdatum 2024-03-25' beside a
    logo's 'VINTERSJÖ KOMMUN' set across both): where letters of one line lie
    over each other, its groups of glyphs are parted again into rows, each
    group joining the row whose first group it overlaps by half the smaller
    height, as a line's glyphs do. A superscript or an accent printed apart
    (no letter) stays on its line. `band_of_group` and `bands` are changed in place."""
    heights = np.array(bottoms) - np.array(tops)
    lowest = np.full(len(bands), np.inf)
    np.minimum.at(lowest, band_of_group, heights)
    extent = np.array([b[1] - b[0] for b in bands])
    for b_index in np.flatnonzero(extent > STACKED_BAND * lowest).tolist():  # the usual page: none or a few
        members = np.flatnonzero(band_of_group == b_index)
        if len(members) < 2:
            continue
        btop, bbottom = bands[b_index]
        if bbottom - btop <= STACKED_BAND * float(np.median(heights[members])):
            continue
        glyphs = kept[np.isin(group, members)]
        letters = glyphs[np.fromiter((g.text[i].isalnum() for i in glyphs.tolist()), bool, len(glyphs))]
        if len(letters) < 2:
            continue
        x0, x1, top, bottom = g.x0[letters], g.x1[letters], g.top[letters], g.bottom[letters]
        width = np.maximum(np.minimum((x1 - x0)[:, None], (x1 - x0)[None, :]), 0.1)
        over_x = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :]) > STACKED_OVERLAP * width
        apart_y = (bottom[:, None] <= top[None, :]) | (bottom[None, :] <= top[:, None])
        stacked = (over_x & apart_y).any(axis=1)
        if not stacked.any() or np.ptp(np.r_[x0[stacked], x1[stacked]]) <= STACKED_SPAN * float(np.median(x1 - x0)):
            continue  # none, or letters set one under the other in a narrow column: text turned on its side
        rows: list[list[float]] = []  # each row's first group: [top, bottom, band index]
        for g_index in sorted(members.tolist(), key=lambda k: (tops[k], bottoms[k])):
            gtop, gbottom = tops[g_index], bottoms[g_index]
            best, best_inter = None, 0.0
            for row in rows:
                inter = min(row[1], gbottom) - max(row[0], gtop)
                if inter >= 0.5 * max(min(row[1] - row[0], gbottom - gtop), 0.01) and inter > best_inter:
                    best, best_inter = row, inter
            if best is None:
                best = [gtop, gbottom, b_index if not rows else len(bands)]
                if rows:
                    bands.append([gtop, gbottom])
                rows.append(best)
            band_of_group[g_index] = int(best[2])
        for row in rows:  # each row's extent is its own groups'
            own = np.flatnonzero(band_of_group == row[2])
            bands[int(row[2])] = [min(tops[k] for k in own.tolist()), max(bottoms[k] for k in own.tolist())]


def _lines(g: Glyphs, index: np.ndarray, line: np.ndarray) -> list[Line]:
    """Glyphs in reading order (`index` into g, `line` rank of each) → lines
    of words: a new word at a space glyph or a gap wider than WORD_GAP_EM; a
    glyph printed twice at the same place (fake bold) counts once; letter-
    spaced titles are rejoined."""
    texts = g.text
    text = [texts[i] for i in index.tolist()]
    space = ~np.fromiter(map(bool, map(str.strip, text)), bool, len(text))  # '' or whitespace only
    x0, x1, size = g.x0[index], g.x1[index], g.size[index]
    ink = np.flatnonzero(~space)
    if not len(ink):
        return []
    # whitespace seen so far, for 'was there a space between these two glyphs'
    spaces_before = np.cumsum(space) - space
    same_line = np.zeros(len(ink), bool)
    same_line[1:] = line[ink[1:]] == line[ink[:-1]]
    prev = np.roll(ink, 1)
    twice = same_line & (np.abs(x0[ink] - x0[prev]) < 0.3 * np.maximum(x1[ink] - x0[ink], 0.1))
    if twice.any():
        for k in np.flatnonzero(twice).tolist():  # …printed twice only when it is the same glyph
            twice[k] = text[ink[k]] == text[ink[k - 1]]
        ink = ink[~twice]
        same_line = np.zeros(len(ink), bool)
        same_line[1:] = line[ink[1:]] == line[ink[:-1]]
        prev = np.roll(ink, 1)
    spaced = spaces_before[ink] - (spaces_before[prev] + space[prev]) > 0
    wide = x0[ink] - x1[prev] > WORD_GAP_EM * np.maximum(np.maximum(size[ink], size[prev]), 1.0)
    starts = np.flatnonzero(~same_line | spaced | wide)
    ends = np.append(starts[1:], len(ink))
    ktext = [text[i] for i in ink.tolist()]
    kx0, kx1, ksize = x0[ink], x1[ink], size[ink]
    tokens = _rejoin_letterspaced(starts, ends, ktext, kx0, kx1, ksize)
    if tokens is not None:
        starts = np.array([a for a, _ in tokens], np.intp)
        ends = np.array([b for _, b in tokens], np.intp)
    return _words_to_lines(g, index[ink], line[ink], ktext, starts, ends, kx0, kx1, ksize)




def _words_to_lines(g: Glyphs, glyph: np.ndarray, line: np.ndarray, text: list[str], starts: np.ndarray,
                    ends: np.ndarray, x0: np.ndarray, x1: np.ndarray, size: np.ndarray) -> list[Line]:
    """Glyphs (`glyph` into g, in reading order, with their `line` rank) cut
    into words at `starts`/`ends` → lines of words, split into segments.
    Every step is a whole-column operation: a page's words are made in one
    pass, not glyph by glyph."""
    offsets = np.zeros(len(text) + 1, np.intp)
    offsets[1:] = np.cumsum(np.fromiter(map(len, text), np.intp, len(text)))
    joined = "".join(text)
    raw = [joined[a:b] for a, b in zip(offsets[starts].tolist(), offsets[ends].tolist())]
    words = list(map(intern, _normalised(raw)))
    low, high = np.minimum.reduceat(size, starts), np.maximum.reduceat(size, starts)
    sizes = low.tolist()
    for n in np.flatnonzero(low != high).tolist():  # mixed sizes in a word: rare
        sizes[n] = _median(size[starts[n]:ends[n]].tolist())
    tops = np.minimum.reduceat(g.top[glyph], starts)
    bottoms = np.maximum.reduceat(g.bottom[glyph], starts)
    bold = np.add.reduceat(g.bold[glyph].astype(np.intp), starts) * 2 > ends - starts
    keep = np.fromiter(map(bool, words), bool, len(words))
    if not keep.all():  # a word that normalised to nothing
        chosen = np.flatnonzero(keep)
        words = [words[n] for n in chosen.tolist()]
        sizes = [sizes[n] for n in chosen.tolist()]
        starts, ends, tops, bottoms, bold = starts[chosen], ends[chosen], tops[chosen], bottoms[chosen], bold[chosen]
    if not words:
        return []
    # words share their top, bottom and size floats (long documents keep them)
    size_column = np.array(sizes, np.float64)
    values, shared = np.unique(np.concatenate((tops, bottoms, size_column)), return_inverse=True)
    floats = values.tolist()
    count = len(words)
    left, right = x0[starts], x1[ends - 1]
    word_line = line[starts]
    new_line = np.ones(count, bool)
    new_line[1:] = word_line[1:] != word_line[:-1]
    # a gap wider than SEGMENT_GAP_EM (of the larger size) starts a new segment
    wide = np.zeros(count, bool)
    wide[1:] = left[1:] - right[:-1] > SEGMENT_GAP_EM * np.maximum(np.maximum(size_column[1:], size_column[:-1]), 1.0)
    cuts = np.flatnonzero(new_line | wide).tolist() + [count]
    line_start = new_line[cuts[:-1]].tolist() + [True]
    # a word's look: its top, bottom and size (numbers of shared floats) and weight, as one number
    base = len(floats) + 1
    look = ((shared[:count] * base + shared[count : 2 * count]) * base + shared[2 * count :]) * 2 + bold
    numbers, weights = shared.tolist(), bold.tolist()

    def style(k: int) -> tuple[float, float, float, bool]:
        return floats[numbers[k]], floats[numbers[count + k]], floats[numbers[2 * count + k]], weights[k]

    return _packed_lines(words, np.column_stack((left, right)).astype(np.float64).tobytes(), look.tolist(), style,
                         cuts, line_start)


def _packed_lines(words: list[str], edges: bytes, look: list[int], style_of_word, cuts: list[int],
                  line_start: list[bool]) -> list[Line]:
    """Words cut into segments at `cuts` and into lines where a cut starts one,
    each line packed (schemas.text) from the words' texts, their edges
    (float64 left and right of each word, in turn) and their looks (one
    number each; `style_of_word(k)` the look of word k as a Word holds it):
    no Word is made until a stage asks for a line's words."""
    styles: dict[int, tuple] = {}  # the page's lines share a look's tuple
    lines: list[Line] = []
    first, ends = 0, []
    for k in range(1, len(cuts)):
        ends.append(cuts[k] - first)
        if not line_start[k]:
            continue
        last = cuts[k]
        here = look[first:last]
        if here.count(here[0]) == len(here):
            if (style := styles.get(here[0])) is None:
                style = styles[here[0]] = style_of_word(first)
            style_of = None
        else:  # mixed looks on one line (a bold label, a superscript): each word's number among the line's
            own: dict[int, int] = {}
            numbered = [own.setdefault(n, len(own)) for n in here]
            style = tuple(style_of_word(first + here.index(n)) for n in own)
            style_of = bytes(numbered) if len(own) <= 256 else tuple(numbered)
        lines.append(Line.packed(tuple(words[first:last]), edges[16 * first : 16 * last], style, style_of, tuple(ends)))
        first, ends = last, []
    return lines


def _median(sizes: list[float]) -> float:
    if len(sizes) == 1 or sizes[0] == sizes[-1] == min(sizes) == max(sizes):
        return sizes[0]  # the usual case: one size, and the glyphs' own float
    ordered = sorted(sizes)
    middle = len(ordered) // 2
    below, size = ordered[middle - 1], ordered[middle]
    if not len(ordered) % 2 and below != size:
        size = (below + size) / 2
    return size


def _rejoin_letterspaced(starts: np.ndarray, ends: np.ndarray, text: list[str], x0_column: np.ndarray,
                         x1_column: np.ndarray, size_column: np.ndarray) -> list[tuple[int, int]] | None:
    """'K a l l e l s e / f ö r e d r a g n i n g s l i s t a' → one word.

    Tokens are (start, end) ranges of glyphs. A run of three or more one-glyph
    tokens, at least two of them letters, with tight gaps is a letter-spaced
    title. Inside the run, gaps up to 1.6 times the smallest are letter
    spacing; wider gaps are the spaces between words. None when no three
    one-glyph tokens follow each other (the usual page): nothing to rejoin."""
    single = ends - starts == 1
    if len(single) < 3 or not (single[:-2] & single[1:-1] & single[2:]).any():
        return None
    tokens = list(zip(starts.tolist(), ends.tolist()))
    x0, x1, size = x0_column.tolist(), x1_column.tolist(), size_column.tolist()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and tokens[j][1] - tokens[j][0] == 1 and _spaced_glyph(text[tokens[j][0]]):
            if j > i:
                gap = x0[tokens[j][0]] - x1[tokens[j - 1][0]]
                if gap > LETTERSPACE_MAX_GAP_EM * max(size[tokens[j][0]], 1.0):
                    break
            j += 1
        run = tokens[i:j]
        if len(run) >= 3 and sum(text[a].isalpha() for a, _ in run) >= 2:
            gaps = [x0[b[0]] - x1[a[0]] for a, b in zip(run, run[1:])]
            limit = max(min(gaps) * 1.6, min(gaps) + 0.12 * size[run[0][0]])
            merged_start, merged_end = run[0]
            for gap, (a, b) in zip(gaps, run[1:]):
                if gap <= limit:
                    merged_end = b
                else:
                    out.append((merged_start, merged_end))
                    merged_start, merged_end = a, b
            out.append((merged_start, merged_end))
            i = j
        else:
            out.append(tokens[i])
            i += 1
    return out


def _spaced_glyph(text: str) -> bool:
    return text.isalnum() or text in "/-&–"


_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})


_SPECIAL = tuple("\ufb00\ufb01\ufb02\ufb03\ufb04\u00a0")


def _normalised(words: list[str]) -> list[str]:
    """`_normalise` of each word, the work done only where a word needs it:
    most words are ASCII, or in NFC with no ligature or no-break space, and
    only lose surrounding whitespace."""
    joined = "".join(words)
    if any(ch in joined for ch in _SPECIAL):
        return list(map(_normalise, words))
    out = list(map(str.strip, words))
    if not joined.isascii():
        composed = np.fromiter(map(_is_nfc, words), bool, len(words))
        for k in np.flatnonzero(~composed).tolist():
            out[k] = _normalise(words[k])
    return out


_is_nfc = partial(unicodedata.is_normalized, "NFC")


def _normalise(text: str) -> str:
    if text.isascii():
        return text.strip()
    return unicodedata.normalize("NFC", text.translate(_LIGATURES)).replace("\u00a0", " ").strip()


# ---------------------------------------------------------------- columns


MIN_COLUMN_LINES = 6
MIN_GUTTER = 8.0


Column = tuple[int, int, float, float]  # lines[start:end] are one column, between its left and right edges


def order_columns(lines: list[Line], width: float | None = None) -> list[Line]:
    """Keep two-column text in reading order: the left column, then the right
    (`read_columns` without the columns)."""
    return read_columns(lines, width)[0]


def read_columns(lines: list[Line], width: float | None = None) -> tuple[list[Line], list[Column]]:
    """Keep two-column text in reading order: the left column, then the right;
    and where each column's lines are in the result, with its edges (a line
    of a column wraps at the column's right edge, not the page's).

    A run of consecutive lines that share a vertical gutter is read column by
    column only when it looks like running text: most lines have words on both
    sides and both sides fill their column (justified or ragged-right prose),
    or the sides flow on their own, or the gutter splits the page (`width`,
    when known) in two columns laid out alike (`_page_columns`).
    Tables and label/value blocks (agenda rows, a protokoll's participant
    list) have ragged cells or one-sided lines and stay row by row, and so
    does a table whose rows start on both sides on one line, all of it.
    Of the gutters a run's first line opens (a hanging number's, a table
    cell's, the page's), the longest that holds columns is taken."""
    centre = width / 2 if width else _centre(lines)
    body = (max(ln.bottom for ln in lines) - min(ln.top for ln in lines)) if lines else 0.0
    out: list[Line] = []
    columns: list[Column] = []
    rejected = -1  # where the last run found not to be columns ends
    i = 0
    while i < len(lines):
        runs = _gutter_runs(lines, i)
        # a run that ends where a longer one, found no columns, ends is the rest of that block (a
        # table's lower rows): only the page's columns are looked for in it
        chosen = next(((end, gutter) for k, (end, gutter) in enumerate(runs)
                       if _columns(lines[i:end], gutter, centre, body, longest=k == 0 and end != rejected)), None)
        if chosen is None and runs:
            rejected = runs[0][0]
        if chosen is not None:
            end, gutter = chosen
            left, right = [], []
            for line in lines[i:end]:
                if lsegs := _side(line, gutter, True):
                    left.append(Line(lsegs))
                if rsegs := _side(line, gutter, False):
                    right.append(Line(rsegs))
            columns.extend(_edges(left, right, len(out)))
            out.extend(left + right)
            i = end
        elif runs and _rows_start_together(lines[i:runs[0][0]], runs[0][1]):
            out.extend(lines[i:runs[0][0]])  # a table: no later line of it starts columns of its own
            i = runs[0][0]
        else:
            out.append(lines[i])
            i += 1
    return out, columns


def _edges(left: list[Line], right: list[Line], start: int) -> list[Column]:
    """The two columns' line ranges from `start`, and their edges: a column
    is as wide as the wider of the two (a short column's lines may all end early)."""
    if not left or not right:
        return []
    left_x0, right_x0 = min(ln.x0 for ln in left), min(ln.x0 for ln in right)
    wide = max(max(ln.x1 for ln in left) - left_x0, max(ln.x1 for ln in right) - right_x0)
    return [(start, start + len(left), left_x0, max(max(ln.x1 for ln in left), min(left_x0 + wide, right_x0))),
            (start + len(left), start + len(left) + len(right), right_x0, right_x0 + wide)]


def _centre(lines: list[Line]) -> float | None:
    """The middle of the lines' extent, when the page's width is not known."""
    if not lines:
        return None
    return (min(ln.x0 for ln in lines) + max(ln.x1 for ln in lines)) / 2


def _columns(run: list[Line], gutter: tuple[float, float], centre: float | None, body: float, longest: bool) -> bool:
    """Is `run` two columns at `gutter`? Running text on both sides or two
    flows are looked for at the longest run's gutter only (a shorter one is
    a cell's edge inside what the longest spans), the page's columns at any."""
    if len(run) < 2 or _rows_start_together(run, gutter):
        return False
    if longest and (_looks_like_columns(run, gutter) or _independent_flows(run, gutter)):
        return True
    return run[-1].bottom - run[0].top >= PAGE_SHARE * body and _page_columns(run, gutter, centre)


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


def _gutter_runs(lines: list[Line], start: int) -> list[tuple[int, tuple[float, float]]]:
    """The gutters between the segments of line `start`, each with the end of
    the run of lines that keep it free, the longest run first."""
    first = lines[start]
    found: list[tuple[int, tuple[float, float]]] = []
    for a, b in zip(first.segments, first.segments[1:]):
        gutter = (a[-1].x1, b[0].x0)
        end = start + 1
        while end < len(lines) and (narrowed := _free_interval(lines[end], *gutter)) is not None:
            gutter = narrowed
            end += 1
        found.append((end, gutter))
    return sorted(found, key=lambda f: start - f[0])  # stable: of equal runs, the leftmost gutter first


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


PHASE_TOLERANCE = 1.0  # points: cells of one table row share their top; two columns' lines drift apart
OUT_OF_PHASE_SHARE = 0.5  # of the lines with words on both sides
COLUMN_FILL = 0.7  # a line of running text reaches this far across its column …
FILLED_SHARE = 0.2  # … and this share of each side's lines does
RUN_SHARE = 0.5  # … with one run of words this share of the column wide (not a far cell of a table row)


def _independent_flows(run: list[Line], gutter: tuple[float, float]) -> bool:
    """Two columns of text that each flow on their own (headings, short
    paragraphs, gaps of their own): their lines do not keep one baseline grid
    — where a band holds words of both sides, the two sides' tops differ, as
    the cells of a table row's do not — and each side holds wrapped text that
    fills its column, as a label column or a column of numbers never does."""
    def side(line: Line, left: bool) -> tuple[tuple[Word, ...], ...]:
        if left:
            return tuple(s for s in line.segments if s[-1].x1 <= gutter[0] + 0.01)
        return tuple(s for s in line.segments if s[0].x0 >= gutter[1] - 0.01)

    lefts = [segs for ln in run if (segs := side(ln, True))]
    rights = [segs for ln in run if (segs := side(ln, False))]
    if len(lefts) < MIN_COLUMN_LINES or len(rights) < MIN_COLUMN_LINES:
        return False
    left_x0 = min(segs[0][0].x0 for segs in lefts)
    right_x1 = max(segs[-1][-1].x1 for segs in rights)
    left_width, right_width = gutter[0] - left_x0, right_x1 - gutter[1]
    if left_width < 80 or right_width < 80:
        return False

    def top(segs: tuple[tuple[Word, ...], ...]) -> float:
        return min(w.top for seg in segs for w in seg)

    both = [(side(ln, True), side(ln, False)) for ln in run if side(ln, True) and side(ln, False)]
    drifted = sum(abs(top(a) - top(b)) > PHASE_TOLERANCE for a, b in both)
    if not both or drifted < OUT_OF_PHASE_SHARE * len(both):
        return False
    left_filled = sum(segs[-1][-1].x1 >= left_x0 + COLUMN_FILL * left_width for segs in lefts)
    right_filled = sum(segs[-1][-1].x1 >= gutter[1] + COLUMN_FILL * right_width for segs in rights)
    return left_filled >= FILLED_SHARE * len(lefts) and right_filled >= FILLED_SHARE * len(rights)


EDGE_TOLERANCE = 2.0  # points: the segments of one column start at the x of the other's, shifted
REPEATED_SHARE = 0.8  # of the right column's segments start where the left column's do, shifted
CENTRE_TOLERANCE = 0.04  # of the page's width: the page's middle lies in (or this close to) the gutter
PAGE_SHARE = 0.5  # of the height of the page's text: the page's columns run down at least this much of it
GUTTER_SHARE = 0.3  # of a column's width: a gutter is narrow beside its columns, a table's gap need not be
ROW_START_SHARE = 0.8  # a table's rows start both sides on one line: this share of the starts coincide


def _page_columns(run: list[Line], gutter: tuple[float, float], centre: float | None) -> bool:
    """Two columns of the page, whether their lines drift or keep one
    baseline grid (a word processor's columns: both sides at the same
    heights), and however early one side ends (the last column of a
    document, an item that ends the page): the gutter holds the middle of
    the page; the right column is laid out as the left one is, moved over
    by one column's pitch (its text, hanging numbers and table cells start
    where the left column's do, shifted); and at least the longer column
    holds running text that fills its width; the gutter is narrow beside
    the columns, and they run down most of the page's text (`_columns`).
    A table is none of these at once: its columns do not split the page in
    halves, its right column starts its own cells (a presenter, a time), and
    where its rows are set apart every row starts on both sides on one line
    (`_rows_start_together`)."""
    if centre is None:
        return False
    lefts = [segs for ln in run if (segs := _side(ln, gutter, True))]
    rights = [segs for ln in run if (segs := _side(ln, gutter, False))]
    if max(len(lefts), len(rights)) < MIN_COLUMN_LINES or min(len(lefts), len(rights)) < 2:
        return False
    left_edge = min(segs[0][0].x0 for segs in lefts)
    right_edge = min(segs[0][0].x0 for segs in rights)
    column = gutter[0] - left_edge
    page = 2 * (centre - left_edge)
    if column < 80 or gutter[1] - gutter[0] > GUTTER_SHARE * column:
        return False
    if not gutter[0] - CENTRE_TOLERANCE * page <= centre <= gutter[1] + CENTRE_TOLERANCE * page:
        return False
    if _repeated_share([s[0].x0 for segs in lefts for s in segs], [s[0].x0 for segs in rights for s in segs],
                       right_edge - left_edge) < REPEATED_SHARE:
        return False
    longer, edge = (lefts, left_edge) if len(lefts) >= len(rights) else (rights, right_edge)
    # running text fills its column with one run of words; a table's last cell (a party's letters) only reaches far
    filled = sum(segs[-1][-1].x1 >= edge + COLUMN_FILL * column and segs[-1][-1].x1 - segs[-1][0].x0 >= RUN_SHARE * column
                 for segs in longer)
    return filled >= max(2, FILLED_SHARE * len(longer))


def _repeated_share(left: list[float], right: list[float], pitch: float) -> float:
    """The share of the right column's segment starts that lie where a left
    one's does, moved over by the shift (near `pitch`) that most of them fit:
    the same layout repeated one column over."""
    left_starts = np.unique(np.round(np.array(left), 1))
    right_starts = np.array(right)
    best = 0
    for shift in {round(r - l, 1) for r in np.unique(np.round(right_starts, 1)).tolist() for l in left_starts.tolist()
                  if abs(r - l - pitch) <= 4 * EDGE_TOLERANCE}:
        moved = right_starts - shift
        fits = np.abs(moved[:, None] - left_starts[None, :]).min(axis=1) <= EDGE_TOLERANCE
        best = max(best, int(fits.sum()))
    return best / len(right_starts)


def _side(line: Line, gutter: tuple[float, float], left: bool) -> tuple[tuple[Word, ...], ...]:
    """The segments of `line` left of the gutter, or right of it."""
    if left:
        return tuple(s for s in line.segments if s[-1].x1 <= gutter[0] + 0.01)
    return tuple(s for s in line.segments if s[0].x0 >= gutter[1] - 0.01)


def _rows_start_together(run: list[Line], gutter: tuple[float, float]) -> bool:
    """Do both sides start their blocks (a line after a gap wider than the
    side's usual line pitch) on the same lines, as a table's rows do, nearly
    every start of either side beside one of the other's?"""
    def starts(left: bool) -> list[float]:
        tops = [min(w.top for seg in segs for w in seg) for ln in run if (segs := _side(ln, gutter, left))]
        steps = [b - a for a, b in zip(tops, tops[1:])]
        if len(steps) < 3:
            return []
        pitch = sorted(steps)[len(steps) // 4]  # the line pitch: most steps are one line, gaps are few
        return [b for a, b in zip(tops, tops[1:]) if b - a > 1.5 * pitch]

    left, right = starts(True), starts(False)
    fewer, more = sorted((left, right), key=len)
    if len(fewer) < 3:
        return False
    together = sum(any(abs(a - b) <= PHASE_TOLERANCE * 2 for b in more) for a in fewer)
    # of both sides' starts: a column that ends early starts few blocks, each maybe beside one of the other's
    return together >= ROW_START_SHARE * len(more)


# ---------------------------------------------------------------- running headers, footers, stamps


def margin_key(text: str) -> str:
    """Page furniture with its numbers blanked and its punctuation ignored:
    'Page 3 of 28' and 'Page 4 of 28' are one line, and so are two OCR
    readings of one header ('Region X | | KALLELSE', 'Region X : ; KALLELSE')."""
    words = re.findall(r"[\w#]+", re.sub(r"\d+", "#", text.casefold()))
    return " ".join(words) or text.casefold()


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
