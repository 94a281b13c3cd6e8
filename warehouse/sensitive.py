"""The personal data guard on the reading side: which items and pages are
secret, and rows made safe to show.

Extraction stores what it found in the `sensitive` table (masked forms only);
the raw text stays in `pages` and `items` of the operator's own warehouse.
Everything that shows or exports document text goes through here (or through
`extractors.entities.sensitive.mask_text` and `secret_items` directly, as the web page
does), unless the operator passed --include-sensitive:

- every text has its personal identity numbers masked (`mask_text`);
- an item marked secret keeps its title, and its text fields read
  `SECRET_TEXT` ('[sekretess]');
- a page with a secrecy marking, or within the pages of a secret item, is
  withheld the same way (its text would otherwise tell what the item hides).

All functions take a DuckDB connection (`Warehouse.con`) and only read.
A warehouse made before migration 010 has no `sensitive` table: nothing is
secret there, and numbers are still masked on output.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import duckdb

from extractors.entities.sensitive import ITEM_TEXT_FIELDS, SECRET_TEXT, mask_text

__all__ = ["mask_text", "SECRET_TEXT", "secret_items", "secret_pages", "guard_item", "guard_page", "guard_decisions",
           "guard_hits"]


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]).fetchone()[0])


# SQL other modules embed (warehouse/export.py): the secret items, and the
# pages they cover or a marking stands on
SECRET_ITEMS_SQL = "SELECT DISTINCT item_id FROM sensitive WHERE kind = 'sekretess' AND item_id IS NOT NULL"
SECRET_PAGES_SQL = """
    SELECT DISTINCT document_id, page_no FROM sensitive WHERE kind = 'sekretess' AND page_no IS NOT NULL
    UNION
    SELECT i.document_id, unnest(range(i.page_start, i.page_end + 1)) AS page_no
    FROM items i WHERE i.item_id IN (SELECT DISTINCT item_id FROM sensitive WHERE kind = 'sekretess' AND item_id IS NOT NULL)
"""


def secret_items(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The item_ids of items marked secret (their text fields are withheld)."""
    if not _has_table(con, "sensitive"):
        return set()
    return {row[0] for row in con.execute(SECRET_ITEMS_SQL).fetchall()}


def secret_pages(con: duckdb.DuckDBPyConnection) -> set[tuple[str, int]]:
    """(document_id, page_no) of every page whose text is withheld."""
    if not _has_table(con, "sensitive"):
        return set()
    return {(d, int(p)) for d, p in con.execute(SECRET_PAGES_SQL).fetchall()}


def _secret_numbers(con: duckdb.DuckDBPyConnection) -> set[tuple[str, int]]:
    """(document_id, number) of the secret items, for rows that name an item by its number."""
    if not _has_table(con, "sensitive"):
        return set()
    return {(d, n) for d, n in con.execute(
        f"SELECT document_id, number FROM items WHERE item_id IN ({SECRET_ITEMS_SQL})").fetchall()}


def guard_item(row: dict[str, Any], secret: bool) -> dict[str, Any]:
    """One item as a dict, safe to show: numbers masked in every text, the
    text fields (`ITEM_TEXT_FIELDS`) withheld when `secret`."""
    out = map_text(row, mask_text)
    for key, value in row.items() if secret else ():
        if key in ITEM_PROCEDURE_LISTS and isinstance(value, list):
            out[key] = []  # who moved, voted and reserved themselves in a secret item
        elif key in ITEM_TEXT_FIELDS and value is not None:
            out[key] = SECRET_TEXT
    return out


# Keys whose values are keys, links or positions, never document text (and
# any key ending in '_id'): what is shown or exported leaves them as stored.
IDENTIFIERS = frozenset({
    "document_id", "item_id", "meeting_id", "agreement_id", "vote_id", "matter_id",
    "meeting_date", "ingested_at", "date", "page_no", "page_start", "page_end", "number",
    "x0", "top", "x1", "bottom",
    "image", "pdf",  # the web page's links to a page image and a PDF
})

# The rows `warehouse.read.with_procedure` nests under an item.
ITEM_PROCEDURE_LISTS = frozenset({"motions", "votes", "dissents", "conflicts"})


def map_text(data: Any, show: Callable[[str | None], str | None]) -> Any:
    """`data` (dicts, lists, strings) with `show` applied to every string
    that is not under an identifier key, at any depth: masking for the
    commands' output and the web page alike."""
    if isinstance(data, str):
        return show(data)
    if isinstance(data, dict):
        return {k: v if k in IDENTIFIERS or k.endswith("_id") else map_text(v, show) for k, v in data.items()}
    if isinstance(data, (list, tuple)):
        return [map_text(v, show) for v in data]
    return data


def guard_page(con: duckdb.DuckDBPyConnection, document_id: str, page_no: int, text: str | None) -> str | None:
    """One page's text, safe to show: '[sekretess]' on a withheld page, else masked."""
    if text is not None and (document_id, page_no) in secret_pages(con):
        return SECRET_TEXT
    return mask_text(text)


def guard_decisions(con: duckdb.DuckDBPyConnection, rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """`warehouse.read.decisions` rows, safe to show."""
    secret = _secret_numbers(con)
    return [guard_item(row, (row["document_id"], row["number"]) in secret) for row in rows]


def guard_hits(con: duckdb.DuckDBPyConnection, hits: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """`warehouse.search.search` hits, safe to show: an item hit of a secret
    item, or a page hit on a withheld page, shows '[sekretess]' as its excerpt."""
    numbers, pages = _secret_numbers(con), secret_pages(con)
    out = []
    for hit in hits:
        withheld = ((hit["hit"] == "item" and (hit["document_id"], hit["item_number"]) in numbers)
                    or (hit["hit"] == "page" and (hit["document_id"], hit["page_no"]) in pages))
        out.append(hit | {
            "item_title": mask_text(hit.get("item_title")),
            "excerpt": SECRET_TEXT if withheld else mask_text(hit.get("excerpt")),
        } | ({"marks": []} if withheld and "marks" in hit else {}))
    return out


def guard_steps(con: duckdb.DuckDBPyConnection, steps: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A matter's steps (`warehouse.matters.matter_path`), safe to show: numbers
    masked, a secret item's title kept and its text fields withheld."""
    secret = secret_items(con)
    return [guard_item(step, step.get("item_id") in secret) for step in steps]
