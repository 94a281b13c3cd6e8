"""An item's body lines → its fields: summary, proposal, decision, attachments,
motions, procedure, dissent, distribution, attested, presenters named by label.

Labels ('Förslag till beslut', 'Beslut', 'Kommunstyrelsens beslut',
'Stadsdirektörens förslag:', 'Beslutsunderlag', …) are rules in
`rules/sv/structure.json`; a label may stand on its own line, in a label column
beside its text, or before a colon. Text before any label is the summary.

Minutes that carry a matter's earlier handlings (Finland-Swedish minutes
repeat each handling's 'Förslag:' and 'Beslut:', one after the other, set
apart by a rule line '_____') hold the latest proposal and decision last: read
with `latest_wins` (the protokoll reader does), a proposal or decision label
that comes again after another field starts that field afresh. A rule line
ends a handling. A label naming its author in several words ('Stadsdirektör
Mats Nordins förslag:') counts only when it is set off as a label (bold, a
colon, capitals), and an unknown bold heading ending in a colon ends a list. A signature caption ('Vid
protokollet', 'Justeras', 'Justerandes sign') ends the text: what follows it
is signatures, up to the next label, or to the next page when the caption was
the foot of its page. The heading of the appeal instructions printed after the
§§ ('Besvärsanvisning', 'Hur man överklagar') ends the text too; a line or two
above it at the top of its page are that page's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Sequence

from extractors.structure import blocks
from extractors.reading import boxes
from extractors.reading.placed import Placed
from schemas.document import Line
from schemas.provenance import FIELDS, FieldRegion

TEXT_FIELDS = ("summary", "proposal", "decision", "motions", "procedure", "dissent", "distribution")
LATEST_WINS = ("proposal", "decision")  # a later handling's proposal or decision replaces the earlier one
HEAD_LINES = 2  # lines above a heading at the top of its page that may be the page's header
WRAPPED_LABEL_WORDS = 3  # a label's second line in a label column holds at most this many words
LABEL_GAP = 0.6  # font sizes: a label column stands at least this far from its value (a space is about 0.25)
FOOT_LINES = 1  # a signature caption with at most this many lines after it on its page is a page foot
_RULE_LINE = re.compile(r"^[\s_\-–—=]*[_\-–—=]{3,}[\s_\-–—=]*$")  # '_____', '––––––––'
CLOSING = "closing"  # pseudo-field: signatures
LISTS = ("attachments", "presenter")  # fields that hold a list, ended by any heading
MAX_HEADING_WORDS = 6
_OCR_BULLETS = re.compile(r"^[•·▪■●◦○«»*]{2,3}\s+")
MIN_TEXT_CHARS = 20  # a line this long is text, not a mark or a caption


@dataclass
class Fields:
    text: dict[str, str | None] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    presenter_text: list[str] = field(default_factory=list)  # after a 'Föredragande:' label
    time_text: str | None = None  # after a 'Tid:' label
    attested: bool = False
    boxes: list[FieldRegion] = field(default_factory=list)  # each text field's lines, per page


def _rest_line(placed: Placed, words) -> Placed:
    return Placed(placed.page_no, Line((tuple(words),)), placed.left, placed.right, placed.ocr)


_NUMBERED_LABEL = re.compile(r"(?i)\s*bilaga\s+\d")


def split_fields(lines: Sequence[Placed], latest_wins: bool = False) -> Fields:
    """Lines → fields. With `latest_wins` (minutes that record a matter's
    earlier handlings) a proposal or decision label that comes again after
    another field starts that field afresh; otherwise the texts are joined."""
    buckets: dict[str, list[Placed]] = {}
    current = "summary"
    attested = False
    closed: tuple[int, str] | None = None  # (page, field before) while in signatures at a page foot
    list_starts: list[int] = []  # where each attachments label began its list
    lines, fact_lines = _meta_split(_wrapped_labels_joined(lines))
    before_facts = current
    after_on_page = _lines_after_on_page(lines)
    before_on_page = _lines_before_on_page(lines)
    body_x = _text_column(lines)
    for k, placed in enumerate(lines):
        if k in fact_lines.values():
            before_facts = current
        elif k - 1 in fact_lines:
            current = before_facts  # a line of facts ('Föredragande: … Tid: …') over the text that goes on
        placed = _without_margin_mark(placed, body_x)
        if not placed.line.segments:
            continue  # a margin mark on a line of its own
        if closed is not None and placed.page_no != closed[0]:
            current, closed = closed[1], None  # the foot of a page: the text goes on
        if _RULE_LINE.match(placed.text):
            current, closed = "summary", None  # a rule line ends a handling
            continue
        if blocks.whole("field.attested", placed.text):
            attested = True
            continue
        if blocks.whole("appeal.", placed.text):
            # the appeal instructions after the §§: no field's text; the lines above
            # the heading on its page are that page's header
            if before_on_page[k] <= HEAD_LINES:
                for name, kept in buckets.items():
                    buckets[name] = [p for p in kept if p.page_no != placed.page_no]
            current, closed = "other", None
            continue
        signs_below = k + 1 < len(lines) and _FILLER_LINE.match(lines[k + 1].text) is not None
        if _is_signature_caption(placed) or _FILLER_LINE.match(placed.text) or (signs_below and _signing_role(placed)):
            if current != CLOSING:
                closed = (placed.page_no, current) if after_on_page[k] <= FOOT_LINES else None
                current = CLOSING
            continue
        found = blocks.leading_label("field.", placed.line)
        if found is None and current not in LISTS and blocks.rule("listed.attachment").pattern.match(placed.text) and (
                k == 0 or not blocks.wraps_into(lines[k - 1], placed)):
            list_starts.append(len(buckets.get("attachments", ())))  # 'Bilaga 2 PM Stambyte …' under the decision
            buckets.setdefault("attachments", []).append(placed)
            continue
        if found is None and current in LISTS and _unknown_heading(placed):
            current = "other"  # a heading paragraf has no word for ends a list of attachments
            continue
        if found is None and current == "attachments" and _after_bullets(buckets.get(current, ()), placed):
            current = "other"  # '• Tjänsteskrivelse …' / '• Månadsrapport …' and then the officer's signature
            continue
        if found is None:
            buckets.setdefault(current, []).append(placed)
            continue
        rule, rest = found
        if rule.data["field"] == "time" and not blocks.clock(blocks.words_text(rest)):
            found = None  # 'Tid: enligt överenskommelse': no time, a sentence
        if found is None or rule.data.get("set_off") and not _set_off(placed, rest):
            buckets.setdefault(current, []).append(placed)  # reads like a label, stands like a sentence
            continue
        name = rule.data["field"]
        closed = None
        if name == "attested":  # 'Paragrafen är justerad' with more words after: keep them
            attested = True
            name = current
        elif name == current and buckets.get(current) and not rest:
            # a sub-heading inside the same field ('Bakgrund' under 'Ärendebeskrivning')
            buckets[current].append(placed)
            continue
        elif latest_wins and name in LATEST_WINS and name != current and buckets.get(name):
            buckets[name] = []  # a later handling of the matter: its proposal or decision counts
        before, current = current, name
        if name == "attachments":
            list_starts.append(len(buckets.get(name, ())))  # a list of its own, not run on into the last
        if rest:
            buckets.setdefault(current, []).append(_rest_line(placed, rest))
            if name == "attachments" and _NUMBERED_LABEL.match(placed.text):
                current = before  # 'Bilaga 1: Röstlängd' names one attachment; the text goes on under it
        if name == "time":
            current = before  # a time is its label's value alone: the text goes on under it
    out = Fields(attested=attested)
    for name in TEXT_FIELDS:
        out.text[name] = blocks.paragraphs(buckets.get(name, ()))
        if name in FIELDS and out.text[name]:
            out.boxes += boxes.field_regions(name, buckets[name])
    listed = buckets.get("attachments", [])
    bounds = sorted({0, *list_starts, len(listed)})
    attachment_text = "\n".join(t for a, b in zip(bounds, bounds[1:]) if (t := blocks.paragraphs(listed[a:b])))
    if attachment_text:
        titles = [_strip_marker(t) for t in attachment_text.split("\n")]
        # listed again by a later handling, perhaps with a stop the first listing had not
        titles = [part for t in titles for part in _cited_list(t)]
        firsts: dict[str, str] = {}
        for t in titles:
            if t:
                firsts.setdefault(t.rstrip(" .").casefold(), t)
        out.attachments = list(firsts.values())
    out.time_text = blocks.paragraphs(buckets.get("time", ()))
    presenter_text = blocks.paragraphs(buckets.get("presenter", ()))
    if presenter_text:
        out.presenter_text = presenter_text.split("\n")
    return out


def _after_bullets(listed: Sequence[Placed], placed: Placed) -> bool:
    """Does `placed` stand after a list of bulleted lines without a bullet of
    its own and without continuing the last one (a wrapped point)? Then the
    list has ended."""
    if not listed or blocks.list_marker(placed.text) is not None:
        return False
    last = listed[-1]
    if blocks.list_marker(last.text) is None or not all(blocks.list_marker(p.text) for p in listed[-2:]):
        return False
    return last.page_no != placed.page_no or not blocks.wraps_into(last, placed)


def _meta_split(lines: Sequence[Placed]) -> tuple[list[Placed], dict[int, int]]:
    """A line of an item's facts, each behind its label ('Dnr 2025/014
    Föredragande: Eva Sandberg  Tid: 13.30'), split before each label
    (rule 'fact.label') that does not open it, so each is read as a
    label of its own; with where each split line's last part is → where its first is."""
    pattern = blocks.rule("fact.label").pattern
    out: list[Placed] = []
    ends: dict[int, int] = {}
    for placed in lines:
        words = list(placed.line.words)
        cuts = [n for n in range(1, len(words)) if words[n].text.endswith(":") and (
            pattern.match(words[n].text) or pattern.match(f"{words[n - 1].text} {words[n].text}"))]
        cuts = sorted({n - 1 if not pattern.match(words[n].text) else n for n in cuts} - {0})
        if not cuts:
            out.append(placed)
            continue
        first = len(out)
        for a, b in zip([0, *cuts], [*cuts, len(words)]):
            out.append(Placed(placed.page_no, Line((tuple(words[a:b]),)), placed.left, placed.right, placed.ocr, placed.column))
        ends[len(out) - 1] = first
    return out, ends


def _wrapped_labels_joined(lines: Sequence[Placed]) -> list[Placed]:
    """A label wrapped in its label column ('Stadsdirektörens  Mötet …' over
    'förslag:') joined into the line it opens: the label's second line stands
    alone under the first, and only the words that open the first line and
    the second line together are a label."""
    out: list[Placed] = []
    skip = False
    for k, placed in enumerate(lines):
        if skip:
            skip = False
            continue
        below = lines[k + 1] if k + 1 < len(lines) else None
        words = list(placed.line.words)
        if (below is not None and below.page_no == placed.page_no and below.text[:1].islower()
                and len(below.line.words) <= WRAPPED_LABEL_WORDS and abs(below.line.x0 - placed.line.x0) <= blocks.COLUMN_TOLERANCE
                and blocks.whole("field.", f"{placed.text} {below.text}".rstrip(":")) is not None):
            # a label on lines of its own, wrapped in a narrow column ('Förslag till' / 'beslut')
            out.append(Placed(placed.page_no, Line((tuple(words) + tuple(below.line.words),)), placed.left, placed.right,
                              placed.ocr, placed.column))
            skip = True
            continue
        if (below is not None and below.page_no == placed.page_no and len(below.line.segments[0]) <= WRAPPED_LABEL_WORDS
                and len(words) > 1 and abs(below.line.x0 - placed.line.x0) <= blocks.COLUMN_TOLERANCE
                and blocks.leading_label("field.", placed.line) is None):
            tail = blocks.words_text(below.line.segments[0]).rstrip(":").strip()
            n = next((n for n in range(1, min(WRAPPED_LABEL_WORDS, len(words) - 1) + 1)
                      if words[n].x0 - words[n - 1].x1 >= LABEL_GAP * placed.line.size  # a column gap, no space
                      and blocks.whole("field.", f"{blocks.words_text(words[:n])} {tail}") is not None), None)
            if n is not None:
                label = (*words[:n], *below.line.segments[0])
                out.append(Placed(placed.page_no, Line((label, tuple(words[n:]))), placed.left, placed.right,
                                  placed.ocr, placed.column))
                if len(below.line.segments) > 1:  # 'förslag:  | bildningsväsendet 2022 och …': the value goes on
                    out.append(Placed(below.page_no, Line(below.line.segments[1:]), below.left, below.right,
                                      below.ocr, below.column))
                skip = True
                continue
        out.append(placed)
    return out


def _text_column(lines: Sequence[Placed]) -> float:
    """Where the text of these lines starts: the median left edge of the
    longest cell of each line long enough to be text."""
    xs = []
    for p in lines:
        cell = max(p.line.segments, key=lambda seg: sum(len(w.text) + 1 for w in seg))
        if sum(len(w.text) + 1 for w in cell) >= MIN_TEXT_CHARS:
            xs.append(cell[0].x0)
    return median(xs) if xs else 0.0


def _without_margin_mark(placed: Placed, body_x: float) -> Placed:
    """A line without the mark a signing service or a scan leaves in the page's
    left margin ('9c9-', 'e5c' beside 'Beslut'): a short first cell, the
    leftmost thing on the page, far left of the text column, with a digit or a
    hyphen in it (no label has one) or of one or two characters. A mark on
    a line of its own leaves an empty line."""
    segments = placed.line.segments
    first = segments[0]
    text = " ".join(w.text for w in first)
    mark = len(first) == 1 and (any(c.isdigit() or c == "-" for c in text) or len(text) <= 2)
    far_left = first[0].x0 <= placed.left + 1.0 and first[-1].x1 < body_x - 2 * blocks.COLUMN_TOLERANCE
    if not (mark and far_left):
        return placed
    return Placed(placed.page_no, Line(tuple(segments[1:])), placed.left, placed.right, placed.ocr)


def _unknown_heading(placed: Placed) -> bool:
    """A short bold line ending in a colon: a field heading, even one whose
    words paragraf does not know (or cannot read)."""
    text = placed.text.rstrip()
    return text.endswith(":") and len(text.split()) <= MAX_HEADING_WORDS and blocks.is_bold(placed.line)


def _set_off(placed: Placed, rest) -> bool:
    """Is the label part of the line (the words before `rest`) set off as a
    label: bold, ended by a colon, or in capitals?"""
    words = placed.line.words[: len(placed.line.words) - len(rest)]
    text = " ".join(w.text for w in words)
    bold = sum(len(w.text) for w in words if w.bold) * 2 > len(text.replace(" ", ""))
    return bold or text.rstrip().endswith(":") or text.isupper()


def _is_signature_caption(placed: Placed) -> bool:
    """'Vid protokollet', 'Justerandes sign | Protokollsutdrag intygas:', or a
    row of role words over signature lines ('Ordförande | Justerare | Sekreterare')."""
    cells = placed.line.segment_texts
    if blocks.whole("closing.", placed.text) or blocks.whole("closing.", cells[0]):
        return True
    if len(cells) < 2:
        return False
    roles = [blocks.whole("role.", cell) for cell in cells]
    # those who sign minutes: a table headed 'Ordinarie | Ersättare' is a list, not signatures
    return all(roles) and any(r.id in SIGNING_ROLES for r in roles)


SIGNING_ROLES = {"role.ordforande", "role.vice", "role.sekreterare", "role.justerare", "role.signatures"}
_FILLER_LINE = re.compile(r"^[\s.…_]{6,}$")  # a dotted or ruled line to sign on


def _signing_role(placed: Placed) -> bool:
    """Is the line one role of those who sign ('Sekreterare', 'Justerande'), as over a line to sign on?"""
    found = blocks.whole("role.", placed.text)
    return found is not None and found.id in SIGNING_ROLES


def _lines_after_on_page(lines: Sequence[Placed]) -> list[int]:
    """For each line, how many of the following lines stand on the same page."""
    out = [0] * len(lines)
    for k in range(len(lines) - 2, -1, -1):
        if lines[k + 1].page_no == lines[k].page_no:
            out[k] = out[k + 1] + 1
    return out


def _lines_before_on_page(lines: Sequence[Placed]) -> list[int]:
    """For each line, how many of the lines before it (among `lines`) stand on the same page."""
    out = [0] * len(lines)
    for k in range(1, len(lines)):
        if lines[k - 1].page_no == lines[k].page_no:
            out[k] = out[k - 1] + 1
    return out


_LIST_SEPARATORS = re.compile(r"^[\s,;]*(?:och|samt)?[\s,;.]*$")


def _cited_list(text: str) -> list[str]:
    """A line that lists attachments by label, run in ('Bilaga 1 Budget, Bilaga
    2 Plan och Bilaga 3'), → each; any other line is one title."""
    found = list(blocks.rule("attachment.cited").pattern.finditer(text))
    if len(found) < 2 or found[0].start() != 0:
        return [text]
    between = [text[a.end():b.start()] for a, b in zip(found, found[1:])] + [text[found[-1].end():]]
    if not all(_LIST_SEPARATORS.match(gap) for gap in between):
        return [text]
    return [m.group(0).strip() for m in found]


def _strip_marker(text: str) -> str:
    marker = blocks.list_marker(text)
    if marker and (not marker[0].isalnum() or marker[-1] in ".)"):  # '•', '–', and '1.' / 'a)' numbering a list
        text = text[len(marker):]
    elif _OCR_BULLETS.match(text):
        text = _OCR_BULLETS.sub("", text, count=1)  # '»« Tjänsteskrivelse': a bullet OCR read as two marks
    return text.strip()
