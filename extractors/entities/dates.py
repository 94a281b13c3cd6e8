"""Sentences → the dates an item speaks of, with their precision: a day, a
month, a year, or a period ('hösten 2022'). Month names and period words
come from `rules/sv/header.json`; a textual date is read by dateparser, whose
own search is never used (it invents dates)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.entities.sentence import CONTEXT_CHARS, Sentence
from schemas.meeting import ItemDate, Precision


@cache
def _date_patterns() -> tuple[tuple[Precision, re.Pattern[str]], ...]:
    header = rules.load("header")
    months = "|".join(header["months"])
    periods = "|".join(sorted(header["periods"]["words"], key=len, reverse=True))
    return (
        (Precision.DAY, re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")),
        (Precision.DAY, re.compile(rf"(?<!\d)(\d{{1,2}})(?::[ae])?\s+({months})\s+(\d{{4}})(?!\d)", re.I)),
        (Precision.MONTH, re.compile(rf"\b({months})\s+(\d{{4}})(?!\d)", re.I)),
        (Precision.PERIOD, re.compile(rf"\b({periods})\s+(\d{{4}})(?!\d)", re.I)),
    )


@cache
def _dateparser():
    import dateparser

    return dateparser.DateDataParser(languages=["sv"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})


def item_dates(items_sentences: Sequence[Sentence]) -> list[ItemDate]:
    """Dates stated inside items: found by rule, parsed by dateparser configured
    once for Swedish, day before month; a season keeps its text as a period."""
    out = []
    for s in items_sentences:
        if s.item_number is None:
            continue
        taken: list[tuple[int, int]] = []
        for precision, pattern in _date_patterns():
            for m in pattern.finditer(s.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                date = _parse_date(precision, m)
                if date is None:
                    continue
                taken.append((m.start(), m.end()))
                out.append(ItemDate(item_number=s.item_number, date=date, raw=m.group(0), context=s.text[:CONTEXT_CHARS],
                                   precision=precision, box=s.box(m.start(), m.end(), m.group(0))))
    return out


def _parse_date(precision: Precision, m: re.Match[str]) -> dt.date | None:
    try:
        header = rules.load("header")
        if precision is Precision.PERIOD:
            return dt.date(int(m.group(2)), header["periods"]["words"][m.group(1).lower()], 1)
        if precision is Precision.MONTH:
            return dt.date(int(m.group(2)), header["months"].index(m.group(1).lower()) + 1, 1)
        if m.re is _date_patterns()[0][1]:  # ISO 8601: no need to ask dateparser (1–2 ms a call)
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        data = _dateparser().get_date_data(m.group(0))
        return data.date_obj.date() if data and data.date_obj else None
    except ValueError:
        return None
