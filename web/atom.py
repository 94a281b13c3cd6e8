"""A watch's hits as an Atom 1.0 feed (RFC 4287), one entry per hit, each
linking the item's page of `paragraf serve` (or the PDF page, for a hit on a
page outside every item). Ids are stable UUID URNs made from the warehouse
row, so a feed reader shows each hit once however often it polls."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Callable
from urllib.parse import quote
from xml.etree import ElementTree as ET

ATOM = "http://www.w3.org/2005/Atom"
KIND_WORDS = {"search": "sökning", "agreement": "avtal", "matter": "ärende"}


def _stamp(moment: dt.datetime) -> str:
    """RFC 3339 in UTC, as Atom dates are (the warehouse stores UTC without a zone)."""
    return moment.replace(microsecond=0).isoformat() + "Z"


def _urn(*parts: object) -> str:
    return uuid.uuid5(uuid.NAMESPACE_URL, "paragraf:" + ":".join(map(str, parts))).urn


def hit_url(base: str, hit: dict[str, Any]) -> str:
    if hit["item_id"]:
        return f"{base}/item/{quote(hit['item_id'], safe='')}"
    return f"{base}/pdf/{hit['document_id']}#page={hit['page_no'] or 1}"


def watch_feed(watch: dict[str, Any], hits: list[dict[str, Any]], base: str, self_url: str, warehouse: str,
               show: Callable[[str | None], str | None] = lambda s: s) -> bytes:
    """The feed of one watch (`warehouse.watches.list_watches` row) and its
    hits (`warehouse.watches.news` rows), newest first. `base` is the
    server's root URL without a trailing slash; `show` masks what the server
    does not show (personal identity numbers)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "sv"})

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            node.text = text
        return node

    what = f"{KIND_WORDS.get(watch['kind'], watch['kind'])} ”{watch['text']}”"
    sub(feed, "id", _urn(warehouse, "watch", watch["watch_id"], watch["created_at"].isoformat()))
    sub(feed, "title", f"paragraf: bevakning {watch['watch_id']}, {what}")
    sub(feed, "subtitle", "Nya träffar bland nyinlästa handlingar, efter varje inläsning")
    newest = max([h["found_at"] for h in hits], default=watch["created_at"])
    sub(feed, "updated", _stamp(newest))
    author = sub(feed, "author")
    sub(author, "name", "paragraf")
    sub(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    sub(feed, "link", rel="alternate", type="text/html", href=f"{base}/")
    sub(feed, "generator", "paragraf")
    for hit in hits:
        entry = sub(feed, "entry")
        sub(entry, "id", _urn(warehouse, "watch", watch["watch_id"], hit["document_id"], hit["item_id"] or f"page:{hit['page_no']}"))
        label = (hit["label"] or (f"§ {hit['number']}" if hit["source"] == "protokoll" else f"{hit['number']}.")) if hit["item_id"] else f"s. {hit['page_no']}"
        title = show(hit["title"]) or ""
        where = ", ".join(v for v in (hit["organ"], hit["meeting_date"]) if v) or hit["source_path"].rsplit("/", 1)[-1]
        sub(entry, "title", f"{where}: {label} {title}".strip())
        sub(entry, "updated", _stamp(hit["found_at"]))
        sub(entry, "link", rel="alternate", type="text/html", href=hit_url(base, hit))
        sub(entry, "summary", f"{hit['document_kind']} {hit['source_path'].rsplit('/', 1)[-1]}, s. {hit['page_no'] or '–'}: "
                              f"{label} {title}".strip())
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")
