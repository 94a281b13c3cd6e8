"""Matters across bodies: references resolved to stored items, matters formed
from diary numbers and references, and the reads of `paragraf matter`.

`settle_matters` runs at the end of every load, inside its transaction, over
every stored row — never only over the documents just loaded — so what a
reference resolves to and which matter an item belongs to never depend on
the order in which documents arrived:

1. each body a reference names is resolved to a body of the warehouse
   (`meetings.organ`): by its name (case, diacritics and hyphens ignored, a
   genitive -s too), else by an abbreviation some stored document defines
   ('Sociala vård- och omsorgsgruppen (SVOM)'), else by initials that fit
   one body better than every other ('KS' → Kommunstyrelsen);
2. a reference with a date resolves to the § of that number in that body's
   protokoll of that date; one without ('KU § 317') to the one § of that
   number in that body's protokoll of the 400 days before the citing
   meeting, when there is exactly one;
3. items sharing a normalised diarienummer, an underlag carrying it, and the
   two ends of every resolved reference are joined (union-find); each such
   group is a matter, keyed by the diarienummer of its earliest numbered
   step, or '<body> <date> § <n>' of its earliest step when none has one.

Only the newest document of a meeting counts (the `current_items` view).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pyarrow

from extractors.matters import case_number as parse_case_number
from extractors.matters import fold, initials_match
from schemas.ids import slug

UNDATED_WINDOW_DAYS = 400
_STAGED = "paragraf_matters_staged"


# ---------------------------------------------------------------- bodies


def resolve_body(body: str, short: str | None, organs: list[str], aliases: dict[str, set[str]]) -> str | None:
    """The stored body (`organs`) a reference names, or None when no one body fits."""
    by_fold: dict[str, str] = {}
    for organ in organs:
        by_fold.setdefault(fold(organ), organ)
    words = body.split()
    names = [" ".join(words[k:]) for k in range(len(words)) if words[k][:1].isupper()]
    for name in names:  # the whole name first, then without leading words ('Ärendet Kommunstyrelsen')
        folded = fold(name)
        for candidate in (folded, folded[:-1] if folded.endswith("s") else None):
            if candidate and candidate in by_fold:
                return by_fold[candidate]
    abbreviations = [a for a in (short, body) if a and a.isupper() and len(a) <= 8 and " " not in a]
    for abbreviation in abbreviations:
        defined = {by_fold[fold(n)] for n in aliases.get(abbreviation, ()) if fold(n) in by_fold}
        if len(defined) == 1:
            return defined.pop()
        scores = {organ: initials_match(abbreviation, organ) for organ in organs}
        best = max(scores.values(), default=0)
        fitting = [organ for organ, score in scores.items() if score == best]
        if best and len({fold(o) for o in fitting}) == 1:
            return fitting[0]
    for name in names[:1]:  # a misread letter ('Personalsektonen'): one body within one edit
        close = {organ for f, organ in by_fold.items() if len(f) >= 10 and _one_edit(fold(name), f)}
        if len(close) == 1:
            return close.pop()
    return None


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return a == b
    if len(a) > len(b):
        a, b = b, a
    k = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[k + (len(a) == len(b)):] == b[k + 1:]


# ---------------------------------------------------------------- settling


def settle_matters(con) -> None:
    """Resolve every stored reference and rebuild `matters` (see the module docstring)."""
    _resolve_references(con)
    _rebuild_matters(con)


def _register(con, name: str, columns: dict[str, list]) -> None:
    con.register(name, pyarrow.table(columns))


def _resolve_references(con) -> None:
    organs = [r[0] for r in con.execute("SELECT DISTINCT organ FROM meetings ORDER BY organ").fetchall()]
    aliases: dict[str, set[str]] = {}
    for short, name in con.execute("SELECT DISTINCT short, name FROM body_aliases").fetchall():
        aliases.setdefault(short, set()).add(name)
    bodies = con.execute("SELECT DISTINCT body, short FROM matter_references").fetchall()
    if not bodies:
        return
    resolved = [(body, short, resolve_body(body, short, organs, aliases)) for body, short in bodies]
    _register(con, _STAGED, {
        "body": [r[0] for r in resolved], "short": [r[1] for r in resolved],
        "organ": [r[2] for r in resolved], "organ_slug": [slug(r[2]) if r[2] else None for r in resolved],
    })
    try:
        con.execute(f"""
            UPDATE matter_references r SET target_organ = b.organ, target_item_id = NULL
            FROM {_STAGED} b WHERE r.body = b.body AND r.short IS NOT DISTINCT FROM b.short""")
        con.execute(f"""
            UPDATE matter_references r SET target_item_id = t.item_id
            FROM (
                SELECT r.document_id, r.position, arg_min(i.item_id, coalesce(i.label, '')) AS item_id
                FROM matter_references r
                JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                JOIN current_items i
                  ON i.meeting_id = b.organ_slug || '/' || strftime(r.meeting_date, '%Y-%m-%d')
                 AND i.source = 'protokoll' AND i.number = r.paragraph AND i.document_id <> r.document_id
                WHERE r.meeting_date IS NOT NULL AND b.organ IS NOT NULL
                GROUP BY ALL
            ) t
            WHERE r.document_id = t.document_id AND r.position = t.position""")
        con.execute(f"""
            UPDATE matter_references r SET target_item_id = t.item_id
            FROM (
                SELECT r.document_id, r.position, any_value(i.item_id) AS item_id
                FROM matter_references r
                JOIN documents d ON d.document_id = r.document_id
                JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                JOIN meetings m ON m.organ = b.organ
                JOIN current_items i ON i.meeting_id = m.meeting_id AND i.source = 'protokoll'
                 AND i.number = r.paragraph AND i.document_id <> r.document_id
                WHERE r.meeting_date IS NULL AND b.organ IS NOT NULL
                  AND (d.meeting_date IS NULL OR (m.meeting_date < d.meeting_date
                       AND m.meeting_date >= d.meeting_date - INTERVAL {UNDATED_WINDOW_DAYS} DAY))
                GROUP BY ALL
                HAVING count(DISTINCT m.meeting_id) = 1
            ) t
            WHERE r.document_id = t.document_id AND r.position = t.position""")
    finally:
        con.unregister(_STAGED)


class _Groups:
    """Union-find over node names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        parent = self.parent.setdefault(node, node)
        while parent != node:
            grand = self.parent[parent]
            self.parent[node] = grand
            node, parent = parent, grand
        return node

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _rebuild_matters(con) -> None:
    con.execute("DELETE FROM matters")
    edges = con.execute("""
        SELECT coalesce(r.item_id, 'doc:' || r.document_id), r.target_item_id
        FROM matter_references r JOIN documents d USING (document_id)
        WHERE r.target_item_id IS NOT NULL AND d.status = 'ok'
          AND (r.item_id IS NULL OR r.item_id IN (SELECT item_id FROM current_items))""").fetchall()
    linked = {n for edge in edges for n in edge if not n.startswith("doc:")}
    _register(con, _STAGED, {"item_id": sorted(linked)})
    try:
        items = con.execute(f"""
            SELECT i.item_id, i.document_id, i.case_number, m.meeting_date, m.organ, i.number
            FROM current_items i LEFT JOIN meetings m USING (meeting_id)
            WHERE i.case_number IS NOT NULL OR i.item_id IN (SELECT item_id FROM {_STAGED})""").fetchall()
    finally:
        con.unregister(_STAGED)
    underlag = con.execute("""
        SELECT d.document_id, d.case_number FROM documents d
        WHERE d.status = 'ok' AND (d.case_number IS NOT NULL OR d.document_id IN (
            SELECT document_id FROM matter_references WHERE item_id IS NULL AND target_item_id IS NOT NULL))
          AND NOT EXISTS (SELECT 1 FROM items i WHERE i.document_id = d.document_id)""").fetchall()
    groups = _Groups()
    info = {item_id: (doc, case, date, organ, number) for item_id, doc, case, date, organ, number in items}
    for item_id, (_, case, *_rest) in info.items():
        groups.find(item_id)
        if case:
            groups.join(item_id, "case:" + case)
    for doc, case in underlag:
        groups.find("doc:" + doc)
        if case:
            groups.join("doc:" + doc, "case:" + case)
    for source, target in edges:
        if target in info and (source in info or source.startswith("doc:")):
            groups.join(source, target)
    members: dict[str, list[str]] = {}
    for node in list(groups.parent):
        members.setdefault(groups.find(node), []).append(node)
    far = dt.date.max
    rows: dict[str, list] = {k: [] for k in ("matter_key", "item_id", "document_id", "linked_by", "case_number", "meeting_date", "organ")}
    for nodes in members.values():
        steps = [n for n in nodes if n in info]
        docs = [n[4:] for n in nodes if n.startswith("doc:")]
        cases = sorted(n[5:] for n in nodes if n.startswith("case:"))
        if not cases and len(steps) + len(docs) < 2:
            continue  # an item alone, without a number: no matter
        if cases:
            first_seen = {c: min(((info[s][2] or far), info[s][3] or "") for s in steps if info[s][1] == c) if any(info[s][1] == c for s in steps) else (far, "") for c in cases}
            key = min(cases, key=lambda c: (first_seen[c], c))
        else:
            date, organ, number = min(((info[s][2] or far), info[s][3] or "", info[s][4]) for s in steps)
            key = f"{organ} {date.isoformat() if date != far else '?'} § {number}"
        for s in steps:
            doc, case, date, organ, _ = info[s]
            _add(rows, key, s, doc, "case_number" if case == key else "reference", case, date, organ)
        doc_cases = dict(underlag)
        for doc in docs:
            _add(rows, key, None, doc, "underlag", doc_cases.get(doc), None, None)
    if rows["matter_key"]:
        _register(con, _STAGED, rows)
        try:
            con.execute(f"INSERT INTO matters ({', '.join(rows)}) SELECT * FROM {_STAGED}")
        finally:
            con.unregister(_STAGED)


def _add(rows: dict[str, list], *values) -> None:
    for column, value in zip(rows, values):
        rows[column].append(value)


# ---------------------------------------------------------------- reads


STEP_COLUMNS = (
    "meeting_date", "organ", "source", "number", "label", "title", "decision", "proposal", "outcome",
    "linked_by", "case_number", "document_id", "page_start", "item_id",
)


class MatterNotFound(LookupError):
    pass


class MatterAmbiguous(LookupError):
    def __init__(self, candidates: list[tuple[str, str]]) -> None:
        super().__init__("several matters match")
        self.candidates = candidates


def find_matter(wh, text: str, limit: int = 10) -> str:
    """The key of the one matter TEXT names: a diarienummer in any form
    ('Dnr RS/2023/145', 'rs 2023/145', '2023/145'), a matter key, or words
    of the title of one of its steps (every word, case and diacritics
    ignored). Raises MatterNotFound, or MatterAmbiguous with the candidates
    (key, a title)."""
    con = wh.con
    text = " ".join(text.split())
    keys: list[str] = []
    parsed = parse_case_number(text)
    if parsed is not None and parsed.year is not None:
        keys = [r[0] for r in con.execute(
            "SELECT DISTINCT matter_key FROM matters WHERE case_number = $c OR matter_key = $c ORDER BY 1",
            {"c": parsed.normal}).fetchall()]
        if not keys and parsed.series is None:  # '2023/145' for 'RS 2023/145'
            keys = [r[0] for r in con.execute(
                "SELECT DISTINCT matter_key FROM matters WHERE case_number LIKE '% ' || $c ORDER BY 1",
                {"c": parsed.normal}).fetchall()]
    if not keys:
        keys = [r[0] for r in con.execute(
            "SELECT DISTINCT matter_key FROM matters WHERE lower(matter_key) = lower($t)", {"t": text}).fetchall()]
    if not keys:
        words = [w for w in fold(text).split() if w]
        if not words:
            raise MatterNotFound(text)
        condition = " AND ".join(f"strip_accents(lower(i.title)) LIKE '%' || $w{k} || '%'" for k in range(len(words)))
        keys = [r[0] for r in con.execute(
            f"""SELECT DISTINCT x.matter_key FROM matters x JOIN items i USING (item_id)
                WHERE {condition} ORDER BY 1 LIMIT {limit + 1}""",
            {f"w{k}": w for k, w in enumerate(words)}).fetchall()]
    if not keys:
        raise MatterNotFound(text)
    if len(keys) > 1:
        titles = dict(con.execute(
            """SELECT x.matter_key, arg_min(i.title, x.meeting_date) FROM matters x JOIN items i USING (item_id)
               WHERE x.matter_key IN (SELECT unnest($k)) GROUP BY 1""", {"k": keys[:limit]}).fetchall())
        raise MatterAmbiguous([(k, titles.get(k, "")) for k in keys[:limit]])
    return keys[0]


def matter_path(wh, key: str) -> list[dict[str, Any]]:
    """The steps of a matter, oldest meeting first (an undated underlag last):
    each with its date, body, source, §/item, title, decision (or proposal
    when it has none yet) and how it is linked."""
    rows = wh.con.execute(
        """
        SELECT strftime(x.meeting_date, '%Y-%m-%d'), coalesce(x.organ, d.organ),
               coalesce(i.source, d.kind), i.number, i.label, coalesce(i.title, d.source_path),
               i.decision, i.proposal, coalesce(i.decision, i.proposal),
               x.linked_by, x.case_number, x.document_id, i.page_start, x.item_id
        FROM matters x
        JOIN documents d ON d.document_id = x.document_id
        LEFT JOIN items i ON i.item_id = x.item_id
        WHERE x.matter_key = $k
        ORDER BY x.meeting_date NULLS LAST, coalesce(i.source, d.kind) = 'protokoll', x.organ, i.number, x.document_id
        """,
        {"k": key},
    ).fetchall()
    return [dict(zip(STEP_COLUMNS, row)) for row in rows]


def matters_of_items(wh, item_ids: list[str]) -> dict[str, str]:
    """item_id → the key of the matter it belongs to (the first by key when several)."""
    if not item_ids:
        return {}
    return dict(wh.con.execute(
        "SELECT item_id, min(matter_key) FROM matters WHERE item_id IN (SELECT unnest($ids)) GROUP BY 1",
        {"ids": item_ids}).fetchall())


def agreement_matters(wh, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`decisions` rows with the key of the matter each belongs to ('matter', None when none)."""
    if not rows:
        return rows
    found = wh.con.execute(
        """
        SELECT k.document_id, k.source, k.number, min(x.matter_key)
        FROM (SELECT unnest($docs) AS document_id, unnest($sources) AS source, unnest($numbers) AS number) k
        JOIN items i ON i.document_id = k.document_id AND i.source = k.source AND i.number = k.number
        JOIN matters x ON x.item_id = i.item_id
        GROUP BY ALL
        """,
        {"docs": [r["document_id"] for r in rows], "sources": [r["source"] for r in rows],
         "numbers": [r["number"] for r in rows]},
    ).fetchall()
    keys = {(d, s, n): k for d, s, n, k in found}
    return [row | {"matter": keys.get((row["document_id"], row["source"], row["number"]))} for row in rows]
