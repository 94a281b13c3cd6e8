"""Which meeting each document belongs to, and the ids of retired meetings.

A document's own meeting is keyed by its organisation, body and date
(`schemas.ids.meeting_id`): two kommuners' Kommunstyrelsen on one day are two
meetings. A document that prints no organisation (a kallelse whose protokoll
does, or a document an older extractor read) belongs to the meeting of the
same body and day **when exactly one organisation has one**; when none has,
or several have, it keeps the meeting of no organisation
('<organ slug>/<date>', `schemas.ids.meeting_group`). `settle` decides this
inside each load's transaction, after its rows are in, over every stored
document of the bodies and days the load touched — so which meeting a
document is in depends on the documents stored, never on the order in which
they arrived.

A meeting whose documents have all gone to other meetings is retired: its
row is deleted and its id kept in `meeting_aliases` (old_id → each meeting
its documents went to; aliases that pointed at it follow them), so old links
keep working (`resolve`). A meeting created by the same load that retires a
meeting it wholly continues takes that meeting's `first_id`, the id the OParl
export names it by.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable

import pyarrow

from schemas.ids import group_of, meeting_group, meeting_id, organisation_key

_MOVES = "paragraf_meeting_moves"


def groups_present(con, groups: Iterable[str]) -> set[str]:
    """The meeting ids stored now in these groups (body and day)."""
    wanted = set(groups)
    dates = sorted({g.rsplit("/", 1)[1] for g in wanted})
    if not dates:
        return set()
    rows = con.execute(
        "SELECT meeting_id FROM meetings WHERE strftime(meeting_date, '%Y-%m-%d') IN (SELECT unnest($d))",
        {"d": dates}).fetchall()
    return {r[0] for r in rows if group_of(r[0]) in wanted}


def settle(con, groups: set[str], previous: dict[str, str], existed: set[str], now: dt.datetime,
           write_seq: int | None = None) -> set[str]:
    """Put every stored document of these groups in its meeting (see the
    module docstring), create the meetings that need a row, retire those
    left without documents. `previous`: document id → the meeting it was in
    before this load; `existed`: the meeting ids of these groups before this
    load; `write_seq`: the load's write number, given to a document moved to
    another meeting (its rows changed: read snapshots copy them again, see
    warehouse/snapshot.py). Returns the meeting ids whose documents changed."""
    groups = groups | {group_of(m) for m in previous.values()}
    if not groups:
        return set()
    dates = sorted({g.rsplit("/", 1)[1] for g in groups})
    rows = con.execute(
        """SELECT document_id, organ, organisation, meeting_date, meeting_id FROM documents
           WHERE status = 'ok' AND organ IS NOT NULL AND meeting_date IS NOT NULL
             AND strftime(meeting_date, '%Y-%m-%d') IN (SELECT unnest($d))""", {"d": dates}).fetchall()
    by_group: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        if (group := meeting_group(row[1], row[3])) in groups:
            by_group[group].append(row)
    moves: list[tuple[str, str | None, str]] = []  # (document, from, to)
    wanted: dict[str, tuple[str, dt.date, str | None]] = {}  # meeting id → organ, date, organisation
    for group, docs in by_group.items():
        named = {organisation_key(o): o for _, _, o, _, _ in sorted(docs, key=lambda d: d[0]) if o}
        only = next(iter(named.values())) if len(named) == 1 else None
        for document_id, organ, organisation, date, current in docs:
            target_organisation = organisation or only
            target = meeting_id(organ, date, target_organisation)
            wanted.setdefault(target, (organ, date, target_organisation))
            if target != current:
                moves.append((document_id, current, target))
    if moves:
        _move(con, moves, write_seq)
    _create(con, wanted)
    came_from = defaultdict(set)  # retired candidate → where its documents are now
    for document_id, before in previous.items():
        came_from[before].add(document_id)
    for document_id, before, _ in moves:
        if before:
            came_from[before].add(document_id)
    now_in = {d: m for d, _, _, _, m in rows}
    now_in.update({d: to for d, _, to in moves})
    candidates = groups_present(con, groups) | set(previous.values()) | {b for _, b, _ in moves if b}
    retired = _retire(con, candidates, {m: {now_in[d] for d in docs if now_in.get(d)} for m, docs in came_from.items()},
                      existed, now)
    con.execute("DELETE FROM meeting_aliases WHERE old_id IN (SELECT meeting_id FROM meetings)")  # a live id again
    return set(wanted) | retired | {b for _, b, _ in moves if b}


def _move(con, moves: list[tuple[str, str | None, str]], write_seq: int | None = None) -> None:
    """Documents, their items, participants and sources (018_current_kept) to their new meeting."""
    con.register(_MOVES, pyarrow.table({"document_id": [m[0] for m in moves], "meeting_id": [m[2] for m in moves]}))
    try:
        for table in ("documents", "items", "participants", "document_sources"):
            stamp = ", write_seq = $seq" if table == "documents" and write_seq is not None else ""
            con.execute(f"""UPDATE {table} t SET meeting_id = m.meeting_id{stamp} FROM {_MOVES} m
                            WHERE t.document_id = m.document_id""", {"seq": write_seq} if stamp else {})
    finally:
        con.unregister(_MOVES)


def _create(con, wanted: dict[str, tuple[str, dt.date, str | None]]) -> None:
    """A row for each meeting documents are in that has none (its times and
    place are settled from its documents after: Warehouse._settle_meetings)."""
    if not wanted:
        return
    ids = list(wanted)
    con.register(_MOVES, pyarrow.table({
        "meeting_id": ids, "organ": [wanted[i][0] for i in ids], "meeting_date": [wanted[i][1] for i in ids],
        "organisation": pyarrow.array([wanted[i][2] for i in ids], pyarrow.string()),
    }))
    try:
        con.execute(f"""INSERT INTO meetings (meeting_id, organ, meeting_date, organisation, first_id)
                        SELECT meeting_id, organ, meeting_date, organisation, meeting_id FROM {_MOVES}
                        ON CONFLICT (meeting_id) DO NOTHING""")
    finally:
        con.unregister(_MOVES)


def _retire(con, candidates: set[str], successors: dict[str, set[str]], existed: set[str], now: dt.datetime) -> set[str]:
    """Delete the candidates no document is in; keep each id as an alias of
    where its documents went. Returns the ids retired."""
    if not candidates:
        return set()
    held = {r[0] for r in con.execute(
        "SELECT DISTINCT meeting_id FROM documents WHERE meeting_id IN (SELECT unnest($m))",
        {"m": sorted(candidates)}).fetchall()}
    retired = sorted(candidates - held)
    if not retired:
        return set()
    firsts = dict(con.execute("SELECT meeting_id, coalesce(first_id, meeting_id) FROM meetings WHERE meeting_id IN "
                              "(SELECT unnest($m))", {"m": retired}).fetchall())
    continued: dict[str, str] = {}
    for old in retired:
        for new in sorted(successors.get(old, set()) - {old}):
            con.execute("INSERT INTO meeting_aliases VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [old, new, now])
            con.execute("""INSERT INTO meeting_aliases SELECT old_id, ?, retired_at FROM meeting_aliases
                           WHERE meeting_id = ? ON CONFLICT DO NOTHING""", [new, old])
        con.execute("DELETE FROM meeting_aliases WHERE meeting_id = ?", [old])
        went = successors.get(old, set()) - {old}
        if len(went) == 1 and (new := next(iter(went))) not in existed and old in firsts:
            continued[new] = min(continued.get(new, firsts[old]), firsts[old])
    for old in retired:  # what only the retired row knew (times and place stored before documents kept them)
        went = successors.get(old, set()) - {old}
        if len(went) == 1:
            con.execute("""UPDATE meetings n SET start_time = coalesce(n.start_time, o.start_time),
                                                end_time = coalesce(n.end_time, o.end_time),
                                                location = coalesce(n.location, o.location)
                           FROM meetings o WHERE o.meeting_id = ? AND n.meeting_id = ?""", [old, next(iter(went))])
    con.execute("DELETE FROM meetings WHERE meeting_id IN (SELECT unnest($m))", {"m": retired})
    for new, first in continued.items():
        con.execute("UPDATE meetings SET first_id = ? WHERE meeting_id = ?", [first, new])
    return set(retired)


def resolve(con, meeting_id_: str, has_aliases: bool = True) -> list[str]:
    """The meeting ids an id names now: itself when it is a meeting, else
    the meetings its documents went to when it was retired (oldest links
    included), else none."""
    if con.execute("SELECT 1 FROM meetings WHERE meeting_id = ?", [meeting_id_]).fetchone():
        return [meeting_id_]
    if not has_aliases:
        return []
    return [r[0] for r in con.execute(
        """SELECT a.meeting_id FROM meeting_aliases a JOIN meetings m USING (meeting_id)
           WHERE a.old_id = ? ORDER BY a.meeting_id""", [meeting_id_]).fetchall()]
