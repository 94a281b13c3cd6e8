"""Clean pages → a stream of placed lines, and the small readers the item
extractors share: labels, columns, headings and paragraph text.

Everything here reads word positions and styles (`Line.segments`, bold, size),
never the flattened page text, and takes its Swedish from
`rules/sv/structure.json`.
"""

from __future__ import annotations

import heapq
import re
from functools import cache
from statistics import median
from typing import Callable, Iterable, Sequence

from extractors import rules
from extractors.reading import layout
from extractors.reading.placed import Placed
from schemas.document import Line, Word

COLUMN_TOLERANCE = 6.0  # points: cells of one column start within this of each other


def body_size(placed: Sequence[Placed]) -> float:
    """The font size of running text: the median over words."""
    sizes = [w.size for p in placed for w in p.line.words]
    return median(sizes) if sizes else 10.0


def is_bold(line: Line) -> bool:
    words = line.words
    return sum(len(w.text) for w in words if w.bold) * 2 > sum(len(w.text) for w in words)


def is_heading(line: Line, size: float) -> bool:
    """Set off from running text by weight or size."""
    return is_bold(line) or line.size >= size * 1.15


# ---------------------------------------------------------------- rules


@cache
def _rules(prefix: str) -> tuple[rules.Rule, ...]:
    return tuple(r for r in rules.rules("structure") if r.id.startswith(prefix))


def rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("structure") if r.id == rule_id)


def _label_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(":").strip()


def whole(prefix: str, text: str) -> rules.Rule | None:
    """The first rule with this id prefix that matches all of `text` (a label)."""
    clean = _label_text(text)
    for r in _rules(prefix):
        if r.pattern.fullmatch(clean):
            return r
    return None


_NOTE_AFTER = re.compile(r"\s*\([^()]*\)\s*:?\s*$")


def leading_label(prefix: str, line: Line, max_words: int = 5) -> tuple[rules.Rule, list[Word]] | None:
    """A label that opens `line`, and the words after it: the whole line ('Beslut'),
    its first column ('Beslut | Nämnden beslutar …'), or words up to a colon
    ('Beslut: Nämnden beslutar …') or a preposition ('Föredras av Anna Berg'). A label run into its value with a single
    space is `label_run_into`'s job."""
    words = list(line.words)
    if (r := whole(prefix, line.text)) is not None:
        return r, []
    if (noted := _NOTE_AFTER.sub("", line.text)) != line.text and (r := whole(prefix, noted)) is not None:
        return r, []  # 'Ersättare (för kännedom)', 'Beslut (forts.)': a heading with a note in brackets
    first = line.segments[0]
    if len(line.segments) > 1 and (r := whole(prefix, " ".join(w.text for w in first))) is not None:
        return r, [w for seg in line.segments[1:] for w in seg]
    for n in range(1, min(max_words, len(words) - 1) + 1):
        if (r := closed_label(prefix, [w.text for w in words[:n]])) is not None:
            return r, words[n:]
    return None


AGENT_WORDS = ("av",)  # a label that ends in its agent's preposition runs into the names: 'Föredras av Anna Berg'


def closed_label(prefix: str, texts: Sequence[str]) -> rules.Rule | None:
    """The label these words are when they end as a label run into its value
    does: in a colon ('Beslut:') or its agent's preposition ('Föredras av')."""
    if not texts or not (texts[-1].endswith(":") or texts[-1].casefold() in AGENT_WORDS):
        return None
    return whole(prefix, " ".join(texts))


def label_run_into(prefix: str, line: Line, value_x: float | None, max_words: int = 5) -> tuple[rules.Rule, list[Word]] | None:
    """A label whose value follows after a single space, recognised because the
    value starts at the value column (`value_x`) of the label list it is in."""
    if value_x is None:
        return None
    words = list(line.words)
    for n in range(min(max_words, len(words) - 1), 0, -1):
        if abs(words[n].x0 - value_x) <= COLUMN_TOLERANCE and (r := whole(prefix, " ".join(w.text for w in words[:n]))):
            return r, words[n:]
    return None


def words_text(words: Iterable[Word]) -> str:
    return " ".join(w.text for w in words)


SPECKS = "\"'’”:;,.|`´"  # what a scan's dust reads as: before a line's first word, or a word of its own


def run_in(words: Sequence[Word], start: int = 1, states: Callable[[str], bool] | None = None) -> int | None:
    """Where a run-in heading's title ends and its text begins, on one line
    (the title holds at least `start` words): a bold title closed by a full
    stop or colon, then plain words that open a sentence ('**Val av
    justerare:** Beslut: Anna Berg utses …'); in any type, a closed title
    and then a field's label ('Val av justerare. Beslut: …') or a sentence
    that `states` finds to be an item's statement ('Val av justerare. RS
    beslutar att …', 'LOSUS-avtalet: Lars Sjöström redogör för ärendet.').
    None when nothing shows where the title ends."""
    def closed(k: int) -> bool:
        last = words[k - 1].text
        return last.endswith((".", ":", "?", "!")) and not rule("title.abbreviated_end").pattern.search(last)

    k = next((k for k, w in enumerate(words) if not w.bold), None)
    if k and k >= start and all(not w.bold for w in words[k:]) and closed(k) and words[k].text[:1].isupper():
        return k
    for k in range(start, len(words)):
        if closed(k) and words[k].text[:1].isupper() and (
                leading_label("field.", Line((tuple(words[k:]),))) is not None or (states is not None and states(words_text(words[k:])))):
            return k
    return None


def clock(text: str | None) -> str | None:
    """'HH:MM' when the text is a time and nothing else ('kl. 13.00',
    '13:10–13:25': the start counts), else None."""
    m = rule("agenda.time").pattern.fullmatch(text.strip()) if text else None
    if m and int(m.group("hour")) < EARLIEST_HOUR and not re.search(r"(?i)\bkl", text):
        return None  # '4:12' wrapped under 'Försäljning av fastigheten Sjöbacka': a property, no meeting at dawn
    return hhmm(m) if m else None


EARLIEST_HOUR = 6  # a bare time before this hour is no meeting's ('4:12' is a property designation)


def hhmm(m: re.Match[str]) -> str:
    """'HH:MM' of a match of a time rule with groups 'hour' and 'minute'."""
    return f"{int(m.group('hour')):02d}:{m.group('minute')}"


_TYPED_RULE = re.compile(r"\s+[-–_=.]{4,}\s*$")


def heading_text(text: str) -> str:
    """A heading as it is kept: without the full stop or colon it ends with
    ('Stämmans öppnande.' → 'Stämmans öppnande'), unless the period is an
    abbreviation's ('… m.fl.'), nor the dashes a typewriter underlined it
    with ('KASSARAPPORT ---------')."""
    text = _TYPED_RULE.sub("", text).rstrip()
    if text.endswith(":"):
        return text[:-1].rstrip()
    if text.endswith(".") and not rule("title.abbreviated_end").pattern.search(text):
        return text[:-1].rstrip()
    return text


# ---------------------------------------------------------------- columns


def column_starts(xs: Iterable[float], min_count: int = 2) -> list[float]:
    """Left edges shared by at least `min_count` cells, each the mean of its cluster."""
    clusters: list[list[float]] = []
    for x in sorted(xs):
        if clusters and x - clusters[-1][-1] <= COLUMN_TOLERANCE:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [sum(c) / len(c) for c in clusters if len(c) >= min_count]


def split_at(words: Sequence[Word], boundaries: Sequence[float]) -> list[list[Word]]:
    """Words into columns: column k holds the words starting at or right of
    boundaries[k-1] and left of boundaries[k]."""
    cols: list[list[Word]] = [[] for _ in range(len(boundaries) + 1)]
    for w in words:
        k = sum(1 for b in boundaries if w.x0 >= b - COLUMN_TOLERANCE / 2)
        cols[k].append(w)
    return cols


def rising_chain(
    numbers: Sequence[int],
    max_step: int,
    min_length: int = 2,
    same: Callable[[int, int], bool | float] | None = None,
) -> list[int]:
    """Indices of the longest run (in order) whose numbers rise by 1..max_step
    each time — item numbers, as opposed to the numbered points of a list
    inside an item or the '§ 21' of another body's minutes quoted in an
    attachment. `same(i, j)` may require neighbours in the run to look alike
    (same position and typography): False (or 0) forbids the link, True
    allows it, a share of one allows it as weaker evidence (of two runs as
    long, the one whose rows are set alike wins: a '3.' of a list inside an
    item set in another weight does not take the place of the agenda's '3.').
    Among runs of equal length and weight the earliest wins. A run shorter
    than `min_length` is no run."""
    best = [1] * len(numbers)
    weight = [0.0] * len(numbers)  # the links' weights summed along the run
    prev = [-1] * len(numbers)
    # Row j goes on from the row i before it of the longest run that it may
    # follow (its number 1..max_step above, `same`), the heaviest of those
    # (the earliest among equals). The rows before it are kept by number and
    # by the length of their run, so it asks the rows of the longest runs
    # first and stops at the first length that fits: a long document's
    # thousands of numbered lines (a '1.' to '40.' on every page) are not each
    # compared with every line before them.
    by_number: dict[int, dict[int, list[int]]] = {}  # number → run length → rows, in order
    for j, nj in enumerate(numbers):
        runs = [found for n in range(nj - max_step, nj) if (found := by_number.get(n))]
        for length in sorted({length for found in runs for length in found}, reverse=True):
            rows = [found[length] for found in runs if length in found]
            pick, picked = -1, 0.0
            for i in rows[0] if len(rows) == 1 else heapq.merge(*rows):
                link = 1.0 if same is None else float(same(i, j))
                if link > 0 and (pick < 0 or weight[i] + link > picked):
                    pick, picked = i, weight[i] + link
                    if link == 1.0 and weight[i] == length - 1:
                        break  # set alike all along: no row of this length weighs more
            if pick >= 0:
                best[j], prev[j], weight[j] = length + 1, pick, picked
                break
        by_number.setdefault(nj, {}).setdefault(best[j], []).append(j)
    if not numbers or max(best) < min_length:
        return []
    k = max(range(len(numbers)), key=lambda n: (best[n], weight[n], -n))
    chain = []
    while k >= 0:
        chain.append(k)
        k = prev[k]
    return chain[::-1]


# ---------------------------------------------------------------- paragraphs

_LIST_MARKER = re.compile(
    r"^(?P<marker>[•·▪■●◦○«»\-–—*]|\d{1,2}[.)]|[a-zåäö][.)]|[IVX]{1,4}(?=\s+[A-ZÅÄÖ]))(?=\s)"
)
_BULLETS = "•·▪■●◦○«»–—*-"  # « and » are how OCR often reads a round bullet


def list_marker(text: str) -> str | None:
    m = _LIST_MARKER.match(text)
    return m.group("marker") if m else None


def _marker_text(text: str) -> str:
    """A bullet becomes '- '; numbers and letters keep their printed label."""
    marker = list_marker(text)
    if marker and marker in _BULLETS:
        return "- " + text[len(marker):].lstrip()
    return text


def wraps_into(prev: Placed, cur: Placed) -> bool:
    """Did `prev` end only because the next word would not fit? Then `cur`
    continues it. A line that ends short, or with a colon, ends its paragraph."""
    if prev.text.rstrip().endswith(":"):
        return False
    first = cur.line.words[0]
    needed = prev.line.x1 + (first.x1 - first.x0) + 0.25 * first.size
    return needed >= prev.right - 1.0


def same_weight_at_wrap(prev: Placed, cur: Placed) -> bool:
    """Do the words either side of a line break share their weight? A title
    that wraps keeps its type ('… om samverkan kring äldre – Stefan' / 'Szücs
    — 13:10', a name broken in plain type); a bold title is not run into the
    plain line under it ('… utökning av närmottagningar' / 'Nils Eklund …').
    A break at a dash between a one-line row's cells ('… i länet' / '— Lars
    Holm — 10:40') joins whatever the weight."""
    if cur.text.lstrip()[:1] in "—–|" or prev.text.rstrip()[-1:] in "—–|":
        return True
    return prev.line.words[-1].bold == cur.line.words[0].bold


def paragraphs(lines: Sequence[Placed]) -> str | None:
    """Lines → text: wrapped lines joined (hyphenation undone), each paragraph
    and each list point on a line of its own, bullets written '- '."""
    out: list[str] = []
    hang: float | None = None  # where a list point's text continues
    prev: Placed | None = None
    for cur in lines:
        text = re.sub(r"\s+", " ", cur.text).strip()
        if not text:
            continue
        marker = list_marker(text)
        outdented = hang is not None and cur.page_no == prev.page_no and cur.line.x0 < hang - 2.0
        if out and prev is not None and not marker and not outdented and wraps_into(prev, cur):
            out[-1] = layout.join_wrapped(out[-1], text)
        else:
            out.append(_marker_text(text))
            words = cur.line.words
            hang = words[1].x0 if marker and len(words) > 1 else None
        prev = cur
    return "\n".join(out) if out else None


STATEMENT_PAGES = 3  # where a protokoll states its range of §§


def stated_range(placed: Sequence[Placed]) -> tuple[int, int] | None:
    """'Paragrafer 1-12', 'Paragrafer | §§ 10–16', 'Ärenden 13-24' on the
    first pages: the first and last § the protokoll says it holds."""
    pattern = rule("paragraph.range").pattern
    for p in placed:
        if p.page_no > STATEMENT_PAGES:
            break
        texts = p.line.segment_texts
        for k in range(len(texts)):
            if m := pattern.match(" ".join(texts[k:])):
                first, last = int(m.group("first") or m.group("only")), int(m.group("last") or m.group("only"))
                if first <= last:
                    return first, last
    return None


_ROMAN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def row_number(m: re.Match[str]) -> int | None:
    """The number of a row's match: its digits, or its roman numeral ('XIV' → 14,
    written as numerals are: 'IIII' and 'VX' are none)."""
    if m.group("number"):
        return int(m.group("number"))
    roman = m.groupdict().get("roman")
    if not roman:
        return None
    value, rest = 0, roman
    for letters, worth in _ROMAN:
        while rest.startswith(letters):
            value, rest = value + worth, rest[len(letters):]
    return value if not rest and _roman(value) == roman else None


def _roman(value: int) -> str:
    out = ""
    for letters, worth in _ROMAN:
        while value >= worth:
            out, value = out + letters, value - worth
    return out
