"""Matters across bodies: references resolved to stored items, matters formed
from diary numbers and references, and the reads of `paragraf matter`.

`settle_matters` runs after a load (an ingest: once before readers are shown
the warehouse, and at its end), inside a transaction of its own, over
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
import functools
from typing import Any

import pyarrow

from extractors.entities.matters import case_number as parse_case_number
from extractors.entities.matters import fold, initials_match
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


_CURRENT = "paragraf_current_steps"


# what settle_matters rewrites: every matter, and the resolution of every
# stored reference (rows of documents that did not change included)
MATTER_TABLES = ("matters", "matter_references")


_STEP_COLUMNS = """i.item_id, i.document_id, i.meeting_id, i.source, i.number, i.label, i.case_number, i.title,
               i.decision, i.proposal, i.page_start, m.meeting_date, m.organ, m.organisation"""


def settle_matters(con, touched: tuple[set[str], set[str], set[str]] | None = None, seq: int | None = None) -> None:
    """Resolve every stored reference and rebuild `matters` (see the module
    docstring). The current items are read once into a temporary table (the
    view ranks every document of every meeting).

    `touched`: (documents stored, meetings whose documents changed, items the
    references of documents read again named) since the
    matters were last settled, when they were settled by this version
    (`matters.node` set): then only the references those can change are
    resolved again and only the matters that hold them rebuilt
    (`_settle_touched`), with the same rows as a settle of everything;
    `seq` (that settle's write number, `Warehouse.next_write`): the nodes whose
    matters it rewrote and the documents whose references it resolved again
    are appended to `settled_keys` under it, so a read snapshot takes those
    rows alone (020_settled_keys, warehouse/snapshot.py)."""
    if touched is not None:
        _settle_touched(con, *touched, seq=seq)
        return
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {_CURRENT} AS
        SELECT {_STEP_COLUMNS}
        FROM current_items i LEFT JOIN meetings m USING (meeting_id)""")
    try:
        _resolve_references(con)
        _rebuild_matters(con)
    finally:
        _drop(con, f"DROP TABLE IF EXISTS {_CURRENT}")


def _drop(con, statement: str) -> None:
    try:
        con.execute(statement)
    except Exception:  # noqa: BLE001 - a temporary object; the transaction may be failing already
        pass


def matters_settled_from(con) -> str | None:
    """The fingerprint of the documents the stored matters were settled
    from (`Warehouse.documents_fingerprint`), None when never noted."""
    row = con.execute(
        "SELECT comment FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'matters'").fetchone()
    return row[0] if row else None


def _register(con, name: str, columns: dict[str, list]) -> None:
    """Text columns as a temporary view (typed: a column of only NULLs is still text)."""
    con.register(name, pyarrow.table({k: pyarrow.array(v, type=pyarrow.string()) for k, v in columns.items()}))


def _resolved_bodies(con) -> bool:
    """Every (body, short) the references name, resolved against the bodies
    and abbreviations stored now, as the temporary view _STAGED; False when
    no reference is stored."""
    organs = [r[0] for r in con.execute("SELECT DISTINCT organ FROM meetings ORDER BY organ").fetchall()]
    aliases: dict[str, set[str]] = {}
    for short, name in con.execute("SELECT DISTINCT short, name FROM body_aliases").fetchall():
        aliases.setdefault(short, set()).add(name)
    bodies = con.execute("SELECT DISTINCT body, short FROM matter_references").fetchall()
    if not bodies:
        return False
    resolved = [(body, short, resolve_body(body, short, organs, aliases)) for body, short in bodies]
    _register(con, _STAGED, {
        "body": [r[0] for r in resolved], "short": [r[1] for r in resolved],
        "organ": [r[2] for r in resolved], "organ_slug": [slug(r[2]) if r[2] else None for r in resolved],
    })
    return True


def _resolve_references(con, steps: str = _CURRENT, todo: str | None = None) -> None:
    """Resolve the stored references (`todo`: only those this table names by
    document_id and position) against the current items `steps` holds."""
    if todo is None and not _resolved_bodies(con):
        return
    only = "" if todo is None else f" AND EXISTS (SELECT 1 FROM {todo} w WHERE w.document_id = r.document_id AND w.position = r.position)"
    try:
        con.execute(f"""
            UPDATE matter_references r SET target_organ = b.organ, target_item_id = NULL
            FROM {_STAGED} b WHERE r.body = b.body AND r.short IS NOT DISTINCT FROM b.short{only}""")
        con.execute(f"""
            UPDATE matter_references r SET target_item_id = t.item_id
            FROM (
                WITH {_MEETING_KEYS},
                cited AS (
                    SELECT r.document_id, r.position, r.paragraph, own.organisation_key AS own,
                           b.organ_slug || '/' || strftime(r.meeting_date, '%Y-%m-%d') AS grp
                    FROM matter_references r
                    JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                    JOIN documents d ON d.document_id = r.document_id
                    LEFT JOIN keyed own ON own.meeting_id = d.meeting_id
                    WHERE r.meeting_date IS NOT NULL AND b.organ IS NOT NULL{only}
                ),
                chosen AS ({_ONE_MEETING.format(candidates="SELECT c.*, k.meeting_id, k.organisation_key IS NOT DISTINCT FROM c.own AS same FROM cited c JOIN keyed k ON k.grp = c.grp")})
                SELECT c.document_id, c.position, arg_min(i.item_id, coalesce(i.label, '')) AS item_id
                FROM chosen c JOIN {steps} i ON i.meeting_id = c.meeting_id AND i.number = c.paragraph
                WHERE i.source = 'protokoll' AND i.document_id <> c.document_id
                GROUP BY ALL
            ) t
            WHERE r.document_id = t.document_id AND r.position = t.position""")
        undated = con.execute(
            f"SELECT count(*) FROM matter_references r WHERE meeting_date IS NULL AND target_organ IS NOT NULL{only}"
        ).fetchone()[0]
        if not undated:
            return
        con.execute(f"""
            UPDATE matter_references r SET target_item_id = t.item_id
            FROM (
                WITH {_MEETING_KEYS},
                candidates AS (
                    SELECT r.document_id, r.position, r.paragraph, i.item_id, m.meeting_id,
                           k.organisation_key IS NOT DISTINCT FROM own.organisation_key AS same
                    FROM matter_references r
                    JOIN documents d ON d.document_id = r.document_id
                    LEFT JOIN keyed own ON own.meeting_id = d.meeting_id
                    JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                    JOIN meetings m ON m.organ = b.organ
                    JOIN keyed k ON k.meeting_id = m.meeting_id
                    JOIN {steps} i ON i.meeting_id = m.meeting_id AND i.source = 'protokoll'
                     AND i.number = r.paragraph AND i.document_id <> r.document_id
                    WHERE r.meeting_date IS NULL AND b.organ IS NOT NULL{only}
                      AND (d.meeting_date IS NULL OR (m.meeting_date < d.meeting_date
                           AND m.meeting_date >= d.meeting_date - INTERVAL {UNDATED_WINDOW_DAYS} DAY))
                )
                SELECT document_id, position, any_value(item_id) AS item_id
                FROM (SELECT * FROM candidates QUALIFY same = max(same) OVER (PARTITION BY document_id, position))
                GROUP BY document_id, position
                HAVING count(DISTINCT meeting_id) = 1
            ) t
            WHERE r.document_id = t.document_id AND r.position = t.position""")
    finally:
        con.unregister(_STAGED)


# ---------------------------------------------------------------- settling what a load touched

_TODO = "paragraf_refs_todo"  # the references to resolve again
_EDGES = "paragraf_matter_edges"  # every resolved reference's two nodes
_NODES = "paragraf_matter_nodes"  # the nodes whose matters are rebuilt
_SEEDS = "paragraf_matter_seeds"
_TOUCHED_TEMPORARIES = (_CURRENT, _TODO, _EDGES, _NODES, _SEEDS, "paragraf_underlag", "paragraf_touched_docs", "paragraf_settled",
                        "paragraf_candidates", "paragraf_resolution_steps", "paragraf_ref_steps",
                        "paragraf_fresh_items", "paragraf_ref_nodes")


def _node_sql(alias: str = "i") -> str:
    """A step's node: its diarienummer as it joins ('case:…'), else its item id."""
    return f"coalesce('case:' || {_scoped(f'{alias}.case_number', f'{alias}.organ', f'{alias}.document_id', f'{alias}.organisation')}, {alias}.item_id)"


# what a step's node and the resolution of references read of it
_NODE_COLUMNS = "i.item_id, i.document_id, i.meeting_id, i.source, i.number, i.label, i.case_number, m.organ, m.organisation"


def _steps_sql(where: str, columns: str = _STEP_COLUMNS) -> str:
    """The current steps (`columns`, by default those `_CURRENT` holds)
    among the items `where` picks: the items chosen first, by a column of
    their own, so that only those are joined to their meetings and checked
    for being current (`current_items`: an item of no meeting, or of a
    current document of its meeting)."""
    return f"""SELECT {columns} FROM (SELECT * FROM items i WHERE {where}) i
               LEFT JOIN meetings m USING (meeting_id)
               WHERE i.meeting_id IS NULL OR EXISTS (
                   SELECT 1 FROM current_documents c
                   WHERE c.meeting_id = i.meeting_id AND c.source = i.source AND c.document_id = i.document_id)"""


def _settle_touched(con, documents: set[str], meetings: set[str], named: set[str] = frozenset(),
                    seq: int | None = None) -> None:
    """`settle_matters` for what changed since the last settle: the
    references that can resolve differently now, and the matters that hold
    an item, document or reference that changed — each of those matters
    whole (every node joined to it by a reference, before or after), so that
    the rows are those a settle of everything would write.

    What can change a reference's resolution: its own document was stored
    (its references are new); the bodies and abbreviations it may name
    changed (every (body, short) is resolved again, and the references whose
    body resolves otherwise now are taken); or the meeting it names — its
    body and day; any meeting of that body for one without a date — had its
    documents changed; or its own document's meeting did (which organisation
    it is of). `named`: the items the references of documents read again
    named before (their matters lose those references)."""
    from schemas.ids import group_of

    _register(con, "paragraf_touched_meetings", {"meeting_id": sorted(meetings)})
    try:
        # the documents whose steps may have changed: those stored, and every document of a touched meeting
        con.execute("""CREATE OR REPLACE TEMP TABLE paragraf_touched_docs AS
                       SELECT unnest($d) AS document_id UNION
                       SELECT document_id FROM documents WHERE meeting_id IN (SELECT meeting_id FROM paragraf_touched_meetings)""",
                    {"d": sorted(documents)})
        groups = sorted({group_of(m) for m in meetings})
        old_targets: list[str] = sorted(named)
        if _resolved_bodies(con):
            _register(con, "paragraf_touched_groups", {
                "grp": groups, "organ_slug": [g.rsplit("/", 1)[0] for g in groups]})
            try:
                con.execute(f"""
                    CREATE OR REPLACE TEMP TABLE {_TODO} AS
                    SELECT r.document_id, r.position FROM matter_references r
                    LEFT JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                    WHERE r.document_id IN (SELECT document_id FROM paragraf_touched_docs)
                       OR r.target_organ IS DISTINCT FROM b.organ
                       OR (r.meeting_date IS NOT NULL AND b.organ_slug || '/' || strftime(r.meeting_date, '%Y-%m-%d')
                           IN (SELECT grp FROM paragraf_touched_groups))
                       OR (r.meeting_date IS NULL AND b.organ_slug IN (SELECT organ_slug FROM paragraf_touched_groups))""")
            finally:
                con.unregister("paragraf_touched_groups")
            old_targets += [r[0] for r in con.execute(
                f"""SELECT DISTINCT r.target_item_id FROM matter_references r SEMI JOIN {_TODO} w
                    ON w.document_id = r.document_id AND w.position = r.position
                    WHERE r.target_item_id IS NOT NULL""").fetchall()]
            # the meetings those references may name (their body and day; every meeting of the body for
            # one without a date), and the current protokoll items of those meetings alone
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE paragraf_candidates AS
                WITH {_MEETING_KEYS},
                todo AS (SELECT r.meeting_date, b.organ, b.organ_slug FROM matter_references r
                         SEMI JOIN {_TODO} w ON w.document_id = r.document_id AND w.position = r.position
                         JOIN {_STAGED} b ON r.body = b.body AND r.short IS NOT DISTINCT FROM b.short
                         WHERE b.organ IS NOT NULL)
                SELECT meeting_id FROM keyed WHERE grp IN (
                    SELECT organ_slug || '/' || strftime(meeting_date, '%Y-%m-%d') FROM todo WHERE meeting_date IS NOT NULL)
                UNION SELECT meeting_id FROM meetings WHERE organ IN (SELECT organ FROM todo WHERE meeting_date IS NULL)""")
            con.execute(f"""CREATE OR REPLACE TEMP TABLE paragraf_resolution_steps AS {_steps_sql(
                "i.source = 'protokoll' AND i.meeting_id IN (SELECT meeting_id FROM paragraf_candidates)", _NODE_COLUMNS)}""")
            _resolve_references(con, steps="paragraf_resolution_steps", todo=_TODO)  # unregisters _STAGED
        else:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {_TODO} (document_id VARCHAR, position INTEGER)")
        # every resolved reference's nodes. An item of a document not touched since the last settle
        # is the step it was then (its row, its meeting and whether it is current are unchanged): a
        # current one that a resolved reference joined is in `matters`, with its node; one not there
        # was not current, and still is not. So the steps are derived again, from `items`, only for
        # the items of the touched documents and both ends of the references resolved again now
        # (which may join an item no matter held); the other ends' nodes are read from `matters`.
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE paragraf_fresh_items AS
            SELECT item_id FROM items WHERE document_id IN (SELECT document_id FROM paragraf_touched_docs)
            UNION SELECT r.item_id FROM matter_references r
                  SEMI JOIN {_TODO} w ON w.document_id = r.document_id AND w.position = r.position
                  WHERE r.item_id IS NOT NULL
            UNION SELECT r.target_item_id FROM matter_references r
                  SEMI JOIN {_TODO} w ON w.document_id = r.document_id AND w.position = r.position
                  WHERE r.target_item_id IS NOT NULL""")
        con.execute(f"""CREATE OR REPLACE TEMP TABLE paragraf_ref_steps AS {_steps_sql(
            "i.item_id IN (SELECT item_id FROM paragraf_fresh_items)", _NODE_COLUMNS)}""")
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE paragraf_ref_nodes AS
            SELECT i.item_id, {_node_sql()} AS node FROM paragraf_ref_steps i
            UNION ALL
            SELECT x.item_id, any_value(x.node) FROM matters x
            WHERE x.item_id IN (SELECT item_id FROM matter_references WHERE target_item_id IS NOT NULL
                                UNION SELECT target_item_id FROM matter_references WHERE target_item_id IS NOT NULL)
              AND x.item_id NOT IN (SELECT item_id FROM paragraf_fresh_items)
            GROUP BY x.item_id""")
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {_EDGES} AS
            SELECT coalesce(s.node, 'doc:' || r.document_id) AS a, t.node AS b, r.document_id, r.position
            FROM matter_references r
            JOIN documents d ON d.document_id = r.document_id AND d.status = 'ok'
            JOIN paragraf_ref_nodes t ON t.item_id = r.target_item_id
            LEFT JOIN paragraf_ref_nodes s ON s.item_id = r.item_id
            WHERE r.target_item_id IS NOT NULL AND (r.item_id IS NULL OR s.item_id IS NOT NULL)""")
        document_case = _scoped("d.case_number", "d.organ", "d.document_id", "d.organisation")
        con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_underlag AS {_UNDERLAG_SQL.format(case=document_case)}")
        # where to start: the nodes of the touched documents' steps as they are now and as the matters
        # hold them, their underlag, both ends of each reference resolved again, its earlier target
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {_SEEDS} AS
            SELECT {_node_sql()} AS node
            FROM ({_steps_sql("i.document_id IN (SELECT document_id FROM paragraf_touched_docs)", _NODE_COLUMNS)}) i
            UNION SELECT node FROM matters WHERE document_id IN (SELECT document_id FROM paragraf_touched_docs)
               OR item_id IN (SELECT unnest($old))
            UNION SELECT 'doc:' || document_id FROM paragraf_touched_docs
            UNION SELECT e.a FROM {_EDGES} e SEMI JOIN {_TODO} w ON w.document_id = e.document_id AND w.position = e.position
            UNION SELECT e.b FROM {_EDGES} e SEMI JOIN {_TODO} w ON w.document_id = e.document_id AND w.position = e.position""",
                    {"old": old_targets})
        _close_nodes(con)
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE {_CURRENT} AS
            SELECT * FROM ({_steps_sql(f"i.item_id IN (SELECT node FROM {_NODES})")}
                           UNION {_steps_sql(f"i.case_number IN (SELECT split_part(substr(node, 6), ' (', 1) "
                                             f"FROM {_NODES} WHERE node LIKE 'case:%')")}) i
            WHERE {_node_sql()} IN (SELECT node FROM {_NODES})""")
        _rebuild_matters(con, edges_from=_EDGES, nodes=_NODES)
        if seq is not None:  # what was rewritten, by key: every row of a node in _NODES, every reference in _TODO
            con.execute(f"""CREATE OR REPLACE TEMP TABLE paragraf_settled AS
                            SELECT 'matters' AS name, node AS key FROM {_NODES}
                            UNION SELECT 'matter_references', document_id FROM {_TODO}""")
            # one row a key, its last settle's number (a key settled again is not kept twice)
            con.execute("""DELETE FROM settled_keys s WHERE s.key IN (SELECT key FROM paragraf_settled)
                           AND EXISTS (SELECT 1 FROM paragraf_settled n WHERE n.name = s.name AND n.key = s.key)""")
            con.execute("INSERT INTO settled_keys SELECT name, key, $s FROM paragraf_settled", {"s": seq})
    finally:
        con.unregister("paragraf_touched_meetings")
        for table in _TOUCHED_TEMPORARIES:
            _drop(con, f"DROP TABLE IF EXISTS {table}")


def _close_nodes(con) -> None:
    """_NODES: the seeds and every node joined to them — by a resolved
    reference now, by a matter they were in before (its rows are rewritten
    whole), or an underlag to its diarienummer — until nothing is added."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {_NODES} AS SELECT DISTINCT node FROM {_SEEDS} WHERE node IS NOT NULL")
    con.execute(f"CREATE OR REPLACE TEMP TABLE paragraf_frontier AS SELECT node FROM {_NODES}")
    try:
        while con.execute("SELECT count(*) FROM paragraf_frontier").fetchone()[0]:
            con.execute(f"""
                CREATE OR REPLACE TEMP TABLE paragraf_next AS
                WITH f AS (SELECT node FROM paragraf_frontier),
                     was AS (SELECT DISTINCT matter_key FROM matters WHERE node IN (SELECT node FROM f))
                SELECT DISTINCT node FROM (
                    SELECT node FROM matters WHERE matter_key IN (SELECT matter_key FROM was)
                    UNION ALL SELECT b FROM {_EDGES} WHERE a IN (SELECT node FROM f)
                    UNION ALL SELECT a FROM {_EDGES} WHERE b IN (SELECT node FROM f)
                    UNION ALL SELECT node FROM paragraf_underlag WHERE doc IN (SELECT node FROM f)
                    UNION ALL SELECT doc FROM paragraf_underlag WHERE node IN (SELECT node FROM f)
                ) WHERE node IS NOT NULL AND node NOT IN (SELECT node FROM {_NODES})""")
            con.execute(f"INSERT INTO {_NODES} SELECT node FROM paragraf_next")
            con.execute("CREATE OR REPLACE TEMP TABLE paragraf_frontier AS SELECT node FROM paragraf_next")
    finally:
        _drop(con, "DROP TABLE IF EXISTS paragraf_next")
        _drop(con, "DROP TABLE IF EXISTS paragraf_frontier")


# Each meeting's body and day ('<organ slug>/<date>', schemas.ids.meeting_group)
# and its organisation's key (the first part of a three-part id), so that a
# reference to 'Kommunstyrelsen 2024-05-06 § 5' finds the meetings of that
# body and day — the one of the citing document's own organisation first.
_MEETING_KEYS = """keyed AS (
    SELECT meeting_id, array_to_string(string_split(meeting_id, '/')[-2:], '/') AS grp,
           CASE WHEN len(string_split(meeting_id, '/')) = 3 THEN string_split(meeting_id, '/')[1] END AS organisation_key
    FROM meetings)"""
# Of a reference's candidate meetings (`candidates`: columns document_id,
# position, paragraph, meeting_id, same), those of the citing document's
# organisation when there are any; the reference resolves when that leaves one.
_ONE_MEETING = """
    SELECT document_id, position, paragraph, any_value(meeting_id) AS meeting_id
    FROM (SELECT * FROM ({candidates}) QUALIFY same = max(same) OVER (PARTITION BY document_id, position))
    GROUP BY ALL HAVING count(DISTINCT meeting_id) = 1"""


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


def _scoped(case: str, organ: str, document: str, organisation: str) -> str:
    """SQL: the diarienummer a step joins its matter by. A number with a
    series ('KS 2024/512') names its issuer; one without ('2024/512', every
    kommun has one) is unique only within the organisation and body that
    wrote it: it joins by '2024/512 (Kommunstyrelsen, Högsby kommun)' —
    '2024/512 (Kommunstyrelsen)' when the organisation is not printed — or
    by its document when no body is known. Bodies of one municipality that
    share a series-less diary still meet through the references between them."""
    return (f"CASE WHEN {case} IS NULL THEN NULL WHEN regexp_matches({case}, '^[0-9]') "
            f"THEN {case} || ' (' || coalesce({organ} || coalesce(', ' || {organisation}, ''), "
            f"'dokument ' || left({document}, 12)) || ')' ELSE {case} END")


# (a reference outside any item joins its document's node: 'doc:<document id>')
_EDGES_SQL = """
    SELECT coalesce('case:' || {source_case}, s.item_id, 'doc:' || r.document_id) AS a,
           coalesce('case:' || {target_case}, t.item_id) AS b, r.document_id, r.position
    FROM matter_references r
    JOIN documents d ON d.document_id = r.document_id AND d.status = 'ok'
    JOIN {steps} t ON t.item_id = r.target_item_id
    LEFT JOIN {steps} s ON s.item_id = r.item_id
    WHERE r.target_item_id IS NOT NULL AND (r.item_id IS NULL OR s.item_id IS NOT NULL)"""


def _edges_sql(steps: str) -> str:
    """(a, b, document_id, position): the nodes each resolved reference joins."""
    return _EDGES_SQL.format(source_case=_scoped("s.case_number", "s.organ", "s.document_id", "s.organisation"),
                             target_case=_scoped("t.case_number", "t.organ", "t.document_id", "t.organisation"),
                             steps=steps)


_UNDERLAG_SQL = """
    SELECT 'doc:' || d.document_id AS doc, 'case:' || {case} AS node FROM documents d
    WHERE d.status = 'ok' AND d.case_number IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM items i WHERE i.document_id = d.document_id)"""


def _rebuild_matters(con, edges_from: str | None = None, nodes: str | None = None) -> None:
    """Items sharing a diarienummer form one group in SQL; only the ends of
    resolved references (few) are joined in Python, over nodes that are
    diarienummer ('case:KS 2024/512'), items without one, and underlag
    ('doc:…'); then one INSERT … SELECT writes every row.

    `edges_from` and `nodes` (a settle of what a load touched): the edges
    come from that table (columns a, b), the matters of the nodes that table
    names (column node) are deleted and written again, and `_CURRENT` holds
    only their steps."""
    document_case = _scoped("d.case_number", "d.organ", "d.document_id", "d.organisation")
    if nodes is None:
        con.execute("DELETE FROM matters")
        edges = con.execute(f"SELECT a, b FROM ({_edges_sql(_CURRENT)})").fetchall()
        underlag = con.execute(_UNDERLAG_SQL.format(case=document_case)).fetchall()
    else:
        con.execute(f"DELETE FROM matters WHERE node IN (SELECT node FROM {nodes})")
        edges = con.execute(f"SELECT a, b FROM {edges_from} SEMI JOIN {nodes} n ON n.node = a").fetchall()
        underlag = con.execute(f"SELECT * FROM ({_UNDERLAG_SQL.format(case=document_case)}) u "
                               f"SEMI JOIN {nodes} n ON n.node = u.doc").fetchall()
    groups = _Groups()
    for a, b in edges:
        groups.join(a, b)
    for doc, case in underlag:
        if doc in groups.parent:
            groups.join(doc, case)
    members: dict[str, list[str]] = {}
    for node in list(groups.parent):
        members.setdefault(groups.find(node), []).append(node)
    keys = _group_keys(con, list(members.values()))
    found = [n for group in members.values() for n in group]
    _register(con, _STAGED, {"node": found, "matter_key": [keys[groups.find(n)] for n in found]})
    case = _scoped("i.case_number", "i.organ", "i.document_id", "i.organisation")
    underlag_only = "" if nodes is None else f" AND 'doc:' || d.document_id IN (SELECT node FROM {nodes})"
    try:
        con.execute(f"""
            INSERT INTO matters
            SELECT coalesce(g.matter_key, {case}), i.item_id, i.document_id,
                   CASE WHEN {case} = coalesce(g.matter_key, {case}) THEN 'case_number' ELSE 'reference' END,
                   i.case_number, i.meeting_date, i.organ, i.source, i.number, i.label, i.title, i.decision,
                   i.proposal, i.page_start, ' ' || regexp_replace(strip_accents(lower(i.title)), '[^a-z0-9]+', ' ', 'g'),
                   coalesce('case:' || {case}, i.item_id)
            FROM {_CURRENT} i
            LEFT JOIN {_STAGED} g ON g.node = coalesce('case:' || {case}, i.item_id)
            WHERE i.case_number IS NOT NULL OR g.node IS NOT NULL
            UNION ALL
            SELECT coalesce(g.matter_key, c.matter_key, {document_case}), NULL, d.document_id, 'underlag', d.case_number,
                   NULL, d.organ, d.kind, NULL, NULL, d.source_path, NULL, NULL, 1, ' ' || regexp_replace(strip_accents(lower(d.source_path)), '[^a-z0-9]+', ' ', 'g'),
                   'doc:' || d.document_id
            FROM documents d
            LEFT JOIN {_STAGED} g ON g.node = 'doc:' || d.document_id
            LEFT JOIN {_STAGED} c ON c.node = 'case:' || {document_case}
            WHERE d.status = 'ok' AND (d.case_number IS NOT NULL OR g.node IS NOT NULL)
              AND NOT EXISTS (SELECT 1 FROM items i WHERE i.document_id = d.document_id){underlag_only}""")
    finally:
        con.unregister(_STAGED)


def _group_keys(con, groups: list[list[str]]) -> dict[str, str]:
    """The key of each joined group (by its root, the smallest node): the
    diarienummer first stated at the earliest meeting, else '<body> <date>
    § <n>' of the earliest item ('<body>, <organisation> <date> § <n>' where
    the organisation is known: two kommuners' Kommunstyrelsen meet on one
    day), else the smallest node."""
    cases = sorted({n[5:] for g in groups for n in g if n.startswith("case:")})
    items = sorted({n for g in groups for n in g if not n.startswith(("case:", "doc:"))})
    first: dict[str, tuple] = {}
    if cases:
        wanted = set(cases)
        first = {c: (d or dt.date.max, c) for c, d in con.execute(
            f"SELECT {_scoped('case_number', 'organ', 'document_id', 'organisation')}, min(meeting_date) FROM {_CURRENT} "
            "WHERE case_number IS NOT NULL GROUP BY 1"
        ).fetchall() if c in wanted}
    steps = {}
    if items:
        steps = {i: (d or dt.date.max, o or "", n) for i, d, o, n in con.execute(
            """SELECT i.item_id, i.meeting_date, i.organ || coalesce(', ' || i.organisation, ''), i.number
               FROM paragraf_current_steps i
               SEMI JOIN (SELECT unnest($i) AS n) k ON k.n = i.item_id""", {"i": items}).fetchall()}
    keys = {}
    for group in groups:
        root = min(group)
        numbered = [n[5:] for n in group if n.startswith("case:")]
        if numbered:
            keys[root] = min(numbered, key=lambda c: first.get(c, (dt.date.max, c)))
            continue
        dated = [steps[n] for n in group if n in steps]
        if dated:
            date, organ, number = min(dated)
            keys[root] = f"{organ} {date.isoformat() if date != dt.date.max else '?'} § {number}"
        else:
            keys[root] = root
    return {root: key for root, key in keys.items()}


# ---------------------------------------------------------------- reads


STEP_COLUMNS = (
    "meeting_date", "organ", "source", "number", "label", "title", "decision", "proposal",
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
    keys = [r[0] for r in con.execute(  # a key as printed: '2024/7 (Byggnadsnämnden)', 'KS 2024/512'
        "SELECT DISTINCT matter_key FROM matters WHERE lower(matter_key) = lower($t)", {"t": text}).fetchall()]
    parsed = parse_case_number(text)
    if not keys and parsed is not None and parsed.year is not None:
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
        # each word begins a word of the title ('678' is not found in 'Ärende 1678'; 'samverkans' is in 'samverkansstruktur')
        condition = " AND ".join(f"x.title_folded LIKE '% ' || $w{k} || '%'" for k in range(len(words)))
        keys = [r[0] for r in con.execute(
            f"""SELECT DISTINCT x.matter_key FROM matters x WHERE {condition} ORDER BY 1 LIMIT {limit + 1}""",
            {f"w{k}": w for k, w in enumerate(words)}).fetchall()]
    if not keys:
        raise MatterNotFound(text)
    if len(keys) > 1:
        titles = dict(con.execute(
            """SELECT x.matter_key, arg_min(x.title, x.meeting_date) FROM matters x
               SEMI JOIN (SELECT unnest($k) AS k) w ON w.k = x.matter_key GROUP BY 1""", {"k": keys[:limit]}).fetchall())
        raise MatterAmbiguous([(k, titles.get(k, "")) for k in keys[:limit]])
    return keys[0]


def matter_path(wh, key: str) -> list[dict[str, Any]]:
    """The steps of a matter, oldest meeting first (an undated underlag last):
    each with its date, body, source, §/item, title, decision (`proposal`
    only when it has no decision yet) and how it is linked."""
    return matter_paths(wh, [key]).get(key, [])


def matter_paths(wh, keys: list[str]) -> dict[str, list[dict[str, Any]]]:
    """`matter_path` of several matters in one query."""
    if not keys:
        return {}
    return _paths(wh, "SELECT unnest($k) AS matter_key", {"k": keys})


_STEP_ORDER_SQL = """x.matter_key, x.meeting_date IS NULL, x.meeting_date, coalesce(x.source = 'protokoll', false),
                  coalesce(x.organ, ''), coalesce(x.number, 0), x.document_id, x.rowid"""


def _paths(wh, keys_sql: str, params: dict) -> dict[str, list[dict[str, Any]]]:
    """The steps of the matters `keys_sql` selects (a column matter_key),
    each matter's oldest first (an undated underlag last, a kallelse before
    the protokoll of its meeting: sorted by DuckDB with the matters' keys;
    steps that tie stay in the order the table holds them),
    made into dicts column by column."""
    table = wh.con.execute(
        f"""
        WITH wanted AS ({keys_sql})
        SELECT x.matter_key, strftime(x.meeting_date, '%Y-%m-%d') AS meeting_date, x.organ, x.source, x.number,
               x.label, x.title, x.decision, CASE WHEN x.decision IS NULL THEN x.proposal END AS proposal,
               x.linked_by, x.case_number, x.document_id, x.page_start, x.item_id
        FROM matters x JOIN wanted USING (matter_key)
        ORDER BY {_STEP_ORDER_SQL}
        """,
        params,
    ).fetch_arrow_table()
    columns = [column.to_pylist() for column in table.columns]
    names = table.column_names[1:]
    out: dict[str, list[dict[str, Any]]] = {}
    steps: list[dict[str, Any]] = []
    last = None
    for key, step in zip(columns[0], map(dict, map(functools.partial(zip, names), zip(*columns[1:])))):
        if key != last:  # the steps come matter by matter
            steps = out[key] = []
            last = key
        steps.append(step)
    return out


def matters_of_items(wh, item_ids: list[str]) -> dict[str, str]:
    """item_id → the key of the matter it belongs to (the first by key when several)."""
    if not item_ids:
        return {}
    return dict(wh.con.execute(
        "SELECT item_id, min(matter_key) FROM matters WHERE item_id IN (SELECT unnest($ids)) GROUP BY 1",
        {"ids": item_ids}).fetchall())


_AGREEMENT_MATTERS = """
    WITH hit AS (SELECT DISTINCT item_id FROM agreement_mentions WHERE in_decision AND agreement_id IN (SELECT unnest($ids)))
    SELECT x.document_id, x.source, x.number, min(x.matter_key) AS matter_key
    FROM matters x JOIN hit USING (item_id)
    GROUP BY ALL"""


_AGREEMENT_KEYS = """
    SELECT DISTINCT x.matter_key
    FROM matters x SEMI JOIN (SELECT item_id FROM agreement_mentions
                              WHERE in_decision AND agreement_id IN (SELECT unnest($ids))) a ON a.item_id = x.item_id"""


def agreement_matters(wh, rows: list[dict[str, Any]], agreement_ids: list[str]) -> list[dict[str, Any]]:
    """`decisions` rows (of these agreements) with the key of the matter each
    belongs to ('matter', None when none)."""
    if not rows:
        return rows
    keys = {(d, s, n): k for d, s, n, k in wh.con.execute(_AGREEMENT_MATTERS, {"ids": agreement_ids}).fetchall()}
    return [row | {"matter": keys.get((row["document_id"], row["source"], row["number"]))} for row in rows]


def agreement_timeline(wh, rows: list[dict[str, Any]], agreement_ids: list[str],
                       timeline: bool = True) -> tuple[list[dict[str, Any]], list[dict]]:
    """`decisions` rows each with its matter ('matter'); and (`timeline`) the
    matters in order of their first decision row, each with its whole path
    across bodies ({'matter', 'steps'}), the rows in no matter one group of their own."""
    if not timeline:
        return agreement_matters(wh, rows, agreement_ids), []
    paths = _paths(wh, _AGREEMENT_KEYS, {"ids": agreement_ids})
    keys = {(step["document_id"], step["source"], step["number"]): key for key, steps in paths.items() for step in steps}
    rows = [row | {"matter": keys.get((row["document_id"], row["source"], row["number"]))} for row in rows]
    out, seen = [], set()
    loose: dict[str, Any] | None = None  # the rows in no matter: one group, where the first of them stands
    for row in rows:
        if row["matter"] is None:
            if loose is None:
                loose = {"matter": None, "steps": []}
                out.append(loose)
            loose["steps"].append(row)
        elif row["matter"] not in seen:
            seen.add(row["matter"])
            out.append({"matter": row["matter"], "steps": paths.get(row["matter"], [])})
    return rows, out
