"""What the page shows of a document's text: every string that came from a
document passes through `shown` before it reaches a template or a JSON
answer, which masks personal identity numbers (`extractors.entities.sensitive.
mask_text`: '19121212-****') unless the server was started with
--include-sensitive (`Pages` passes its setting at each call). Items marked
secret are withheld before that, in `web.app` (`warehouse.sensitive`).
Escaping is not done here: Jinja's autoescape does it in the templates, and
JSON needs none.

`marked` splits an excerpt into plain and matched runs for the search page,
at the places the search marked on the text as shown.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from extractors.entities.sensitive import mask_text
from warehouse import sensitive

IDENTIFIERS = sensitive.IDENTIFIERS  # values that are keys, not document text: links are built from them


def shown(text: str | None, include_sensitive: bool = False) -> str | None:
    """A text from a document as the page may show it: its valid personal
    identity numbers masked, unless `include_sensitive`."""
    return text if include_sensitive else mask_text(text)


def shown_all(data: Any, show: Callable[[str | None], str | None] | None = None) -> Any:
    """`data` (dicts, lists, strings) with `show` (default: `shown`, looked
    up at each call) applied to every string that is not an identifier, in
    dicts and lists at any depth (`warehouse.sensitive.map_text`)."""
    return sensitive.map_text(data, show or shown)


def marked(text: str, marks: list) -> list[tuple[str, bool]]:
    """`text` as runs (text, is_hit): the words the search matched (its
    `marks`, offsets into the excerpt, found on the text as shown: a masked
    number is never marked back into view)."""
    runs: list[tuple[str, bool]] = []
    position = 0
    for start, end in sorted((int(a), int(b)) for a, b in marks):
        if start < position or end > len(text or ""):
            continue
        if start > position:
            runs.append((text[position:start], False))
        runs.append((text[start:end], True))
        position = end
    if position < len(text or ""):
        runs.append((text[position:], False))
    return runs


def sek(value: float | None) -> str:
    """An amount in kronor with Swedish digit grouping: 1 250 000 kr."""
    if value is None:
        return ""
    whole = round(value)
    text = f"{whole:,}".replace(",", "\u202f") if abs(value - whole) < 0.005 else f"{value:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text} kr"
