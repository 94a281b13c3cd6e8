"""Lines → what a document says about its own version: a revision it states
('Reviderad föredragningslista', 'Version 2') and the date a protokoll was
attested ('Justeringens plats och tid … 2023-10-12'). Two documents of one
meeting stored by the same ingest are told apart by these (see the
current_items view); a document that states neither has revision 0 and no date.
Vocabulary: rules/sv/version.json."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from extractors.structure import header
from extractors import rules
from schemas.document import Kind, Line, Page


MARKER_WORDS = 6  # a revision marker stands in a segment of at most this many words


def _rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("version") if r.id == rule_id)


def read_revision(head: Sequence[Line], margins: Sequence[Line]) -> int:
    """The revision stated in the top of page 1 or a running header or
    footer: its number ('Version 2' → 2), 1 for a plain 'Reviderad', 0 for none.
    Only short segments count, the way a title or a stamp is set: a sentence
    ('Nämnden godkänner en reviderad plan …') is about something else."""
    found = 0
    rule = _rule("version.revised")
    for line in [*head, *margins]:
        for segment in line.segment_texts:
            if len(segment.split()) > MARKER_WORDS:
                continue
            for m in rule.pattern.finditer(segment):
                found = max(found, int(m.group("n")) if m.group("n") else 1)
    return found


def read_attested_on(kind: Kind, first_pages: Sequence[Line], margins: Sequence[Line],
                     meeting_date: dt.date | None) -> dt.date | None:
    """The date a protokoll states it was attested (justerat), on its first
    pages or in its running header or footer; never before the meeting."""
    if kind is not Kind.PROTOKOLL:
        return None
    rule = _rule("version.attested_on")
    for line in [*first_pages, *margins]:
        if (m := rule.search(line.text)) and (date := header.find_date(m.group("rest"))) is not None:
            if meeting_date is None or date >= meeting_date:
                return date
    return None


# ---------------------------------------------------------------- posting (anslag) and the appeal window

POSTING_PAGES_FIRST = 3  # the anslag/bevis box stands on the first pages of a protokoll …
POSTING_PAGES_LAST = 1  # … or on its last page
APPEAL_WEEKS = 3  # kommunallagen (2017:725) 13 kap. 5 §: three weeks from the posting


def read_posted_on(kind: Kind, pages: Sequence[Page], head: Sequence[Line], margins: Sequence[Line],
                   meeting_date: dt.date | None, attested_on: dt.date | None) -> dt.date | None:
    """The date a protokoll of a Swedish kommun or region prints for the
    posting of its justering on the anslagstavla ('Datum för anslags
    uppsättande 2023-10-16', 'Anslaget sätts upp 2023-12-14', 'Justeringen har
    tillkännagivits … den 14 mars 2025'). None when it prints none, and for a
    Finland-Swedish body or an association, whose rules of appeal differ (the
    document says which it is, see `_under_kommunallagen`): never guessed.

    The date stands after the label on its line, or, when the label is set on
    two lines ('Datum för' above 'anslags uppsättande'), after either part, or
    in the label's column on the line below; it ends where the next label
    ('Datum för anslags nedtagande') begins. A posting before the meeting, or
    before the attestation it follows, is a misreading and is dropped."""
    if kind is not Kind.PROTOKOLL:
        return None
    chosen = [*pages[:POSTING_PAGES_FIRST], *pages[max(POSTING_PAGES_FIRST, len(pages) - POSTING_PAGES_LAST):]]
    label = _rule("version.posted_on")
    found: tuple[dt.date, Sequence[Line]] | None = None
    for page in chosen:
        for index, line in enumerate(page.lines):
            if label.search(line.text) is None:
                continue
            if (date := _posting_date(page.lines, index)) is None:
                continue
            if (meeting_date and date < meeting_date) or (attested_on and date < attested_on):
                continue
            found = (date, page.lines)
            break
        if found:
            break
    if found is None or not _under_kommunallagen(pages, head, margins, found[1]):
        return None
    return found[0]


def _posting_date(lines: Sequence[Line], index: int) -> dt.date | None:
    line = lines[index]
    match = _rule("version.posted_on").search(line.text)
    if (date := _date_before_next_label(match.group("rest"))) is not None:
        return date
    # where the label's words end on its line: a value right of them, up to the next label
    label_words = _words_of(line, match.start(), match.start("rest"))
    if not label_words:
        return None
    left, right = label_words[0].x0, label_words[-1].x1
    above = lines[index - 1] if index > 0 else None
    if above is not None and _close(above, line):
        # 'Datum för' above 'anslags uppsättande': the value may stand right of either part
        start = [w for w in above.words if abs(w.x0 - left) <= 3]
        first = _rule("version.posting_label_start")
        if start and first.search(" ".join(w.text for w in above.words if w.x0 < right + 1 and w.x0 >= left - 3)):
            part_end = max(w.x1 for w in above.words if w.x0 < right + 1 and w.x0 >= left - 3)
            if (date := _date_right_of(above, part_end)) is not None:
                return date
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is not None and _close(line, below):
        column = [w for w in below.words if w.x0 >= left - 3 and w.x0 < right]
        if column and not _rule("version.posting_stop").search(column[0].text):
            return _date_before_next_label(" ".join(w.text for w in below.words if w.x0 >= column[0].x0))
    return None


def _words_of(line: Line, start: int, end: int) -> list:
    """The words of `line` whose text lies within line.text[start:end]."""
    out, at = [], 0
    for word in line.words:
        begin = line.text.find(word.text, at)
        at = begin + len(word.text)
        if begin >= start and at <= end + 1 and word.text.strip(":,"):
            out.append(word)
    return out


def _date_right_of(line: Line, x: float) -> dt.date | None:
    return _date_before_next_label(" ".join(w.text for w in line.words if w.x0 >= x))


def _date_before_next_label(text: str) -> dt.date | None:
    stop = _rule("version.posting_stop").search(text)
    return header.find_date(text[: stop.start()] if stop else text)


def _close(upper: Line, lower: Line) -> bool:
    """Two lines of one form row: the lower starts within two line heights of the upper."""
    return 0 <= lower.top - upper.top <= 2.2 * max(upper.size, lower.size)


def _under_kommunallagen(pages: Sequence[Page], head: Sequence[Line], margins: Sequence[Line],
                         posting_page: Sequence[Line]) -> bool:
    """Whether the document shows itself a Swedish kommun's or region's: such a
    body named in its head, running header or on the page of the posting, no
    mark of a Finland-Swedish body anywhere (besvärsanvisning,
    rättelseyrkande, statutes cited '410/2015') and no association in its head."""
    own = " ".join(line.text for line in [*head, *margins])
    if _rule("version.association").search(own):
        return False
    if any(_rule("version.not_swedish_municipal").search(page.text) for page in pages):
        return False
    named = own + " " + " ".join(line.text for line in posting_page)
    return _rule("version.swedish_public_body").search(named) is not None


def appeal_until(posted_on: dt.date | None) -> dt.date | None:
    """The last day for laglighetsprövning: three weeks from the posting, the
    same weekday (lag 1930:173 1 §); a last day on a Saturday, Sunday, public
    holiday, midsommarafton, julafton or nyårsafton moves to the next weekday
    (2 §)."""
    if posted_on is None:
        return None
    last = posted_on + dt.timedelta(weeks=APPEAL_WEEKS)
    while last.weekday() >= 5 or last in swedish_holidays(last.year):
        last += dt.timedelta(days=1)
    return last


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def swedish_holidays(year: int) -> frozenset[dt.date]:
    """The days a deadline does not end on besides Saturdays and Sundays:
    Sweden's allmänna helgdagar (lag 1989:253; nationaldagen since 2005, when
    annandag pingst stopped being one) and midsommarafton, julafton and
    nyårsafton (lag 1930:173 2 §)."""
    easter = easter_sunday(year)
    days = {
        dt.date(year, 1, 1), dt.date(year, 1, 6), dt.date(year, 5, 1),
        easter - dt.timedelta(days=2), easter, easter + dt.timedelta(days=1),  # långfredag, påskdagen, annandag påsk
        easter + dt.timedelta(days=39), easter + dt.timedelta(days=49),  # Kristi himmelsfärd, pingstdagen
        dt.date(year, 12, 24), dt.date(year, 12, 25), dt.date(year, 12, 26), dt.date(year, 12, 31),
    }
    days.add(dt.date(year, 6, 6) if year >= 2005 else easter + dt.timedelta(days=50))  # nationaldagen / annandag pingst
    midsummer = next(dt.date(year, 6, d) for d in range(20, 27) if dt.date(year, 6, d).weekday() == 5)
    days |= {midsummer, midsummer - dt.timedelta(days=1)}  # midsommardagen, midsommarafton
    days.add(next(dt.date(year, 10, 31) + dt.timedelta(days=n) for n in range(7)
                  if (dt.date(year, 10, 31) + dt.timedelta(days=n)).weekday() == 5))  # alla helgons dag
    return frozenset(days)
