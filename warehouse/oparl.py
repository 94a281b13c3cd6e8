"""The warehouse as OParl 1.1 objects (https://schema.oparl.org/1.1/), for
civic-data tools that read council information systems.

How paragraf's records map:

| OParl | from | id (under the base URL) |
|---|---|---|
| System | the export | `/system` |
| Body | an organisation (`meetings.organisation`, `documents.organisation`); `paragraf` for what no organisation is known of | `/body/<organisation key>`, `/body/paragraf` |
| Organization | a body that meets (`meetings.organ`) within its Body | `/organization/<organisation key>/<slug>` (`/organization/<slug>` in `paragraf`) |
| Person, Membership | `participants`: a name, and its role in a body | `/person/<organisation key>/<slug>` (`/person/<slug>` in `paragraf`), `/membership/<hash>` |
| Meeting | `meetings` | `/meeting/<first_id>`: the id the meeting was first stored under, so a meeting whose id changed when its organisation was read keeps its OParl id |
| AgendaItem | the protokoll's §§, else the kallelse's items (`current_items`) | `/agendaitem/<item_id>` |
| Paper, Consultation | an item's diarienummer (`items.case_number`) within its Body, and each item that treats it | `/paper/<hash>`, `/consultation/<item_id>` |
| File | a PDF (`documents`), served at `<site>/pdf/<document_id>` | `/file/<document_id>` |

The organisation key is `schemas.ids.organisation_key` ('Högsby kommun' →
`hogsby-kommun`). A meeting, its agenda items, files and participants belong
to its organisation's Body; a document of no meeting to its own
organisation's. The Body `paragraf` is always written, and keeps the ids
every object had when it was the only Body.

Every object carries `id`, `type`, `created` and `modified` (the first and
last ingest of the documents it comes from). Files are laid out as the URLs
are: `system.json`, `bodies.json` (the list System.body names), and per Body
`body/<key>.json` and one external object list per type under `body/<key>/`
(`meetings.json`, …, each `{"data": […], "pagination": …, "links": {}}`);
objects are not written one file each. Meetings embed their agenda items and
files, persons their memberships, papers their consultations, as OParl 1.1 does.

Text goes through `extractors.entities.sensitive.mask_text`, and the decision of a
secret item reads '[sekretess]' (its `public` is false), unless
`include_sensitive`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Iterator
from urllib.parse import quote
from zoneinfo import ZoneInfo

from extractors.entities.sensitive import SECRET_TEXT, mask_text
from schemas.ids import organisation_key, slug, stable_hash

SCHEMA = "https://schema.oparl.org/1.1/"
BODY_KEY = "paragraf"
_ZONE = ZoneInfo("Europe/Stockholm")
# Roles that vote (OParl Membership.votingRight)
_VOTING = {"ordförande", "vice ordförande", "ledamot", "tjänstgörande ersättare"}


def _when(value: dt.datetime | None) -> str | None:
    """A stored UTC timestamp as xsd:dateTime with its offset."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.timezone.utc, microsecond=0).isoformat()


def _local(day: dt.date, hhmm: str | None) -> str | None:
    """A meeting's date and stated time (Swedish local time) as xsd:dateTime; None without a time."""
    if day is None or not hhmm:
        return None
    hour, minute = map(int, hhmm.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=_ZONE).isoformat()


@dataclass
class View:
    """The OParl objects of one export: files by path (relative to the oparl folder)."""

    files: dict[str, Any] = field(default_factory=dict)

    def objects(self) -> Iterator[dict[str, Any]]:
        """Every object written, embedded ones included, once per place it stands."""
        def walk(value: Any) -> Iterator[dict[str, Any]]:
            if isinstance(value, dict):
                if "type" in value and str(value["type"]).startswith(SCHEMA):
                    yield value
                for inner in value.values():
                    yield from walk(inner)
            elif isinstance(value, list):
                for inner in value:
                    yield from walk(inner)

        for payload in self.files.values():
            yield from walk(payload)


def _list(items: list[dict[str, Any]]) -> dict[str, Any]:
    """An OParl external object list on one page."""
    return {
        "data": items,
        "pagination": {"totalElements": len(items), "elementsPerPage": max(len(items), 1), "currentPage": 1, "totalPages": 1},
        "links": {},
    }


def build(sources: dict[str, list[dict[str, Any]]], base_url: str, include_sensitive: bool = False) -> View:
    """The OParl view of `warehouse.export.oparl_sources` rows under `base_url`:
    one Body per organisation, and the Body 'paragraf' for what no
    organisation is known of."""
    base = base_url.rstrip("/")
    site = base[: -len("/oparl")] if base.endswith("/oparl") else base

    def url(*parts: str) -> str:
        return "/".join([base, *(quote(str(p), safe="") for p in parts)])

    every = [r for key in ("meetings", "documents") for r in sources[key]]
    first = min((r.get("created") or r.get("ingested_at") for r in every), default=None)
    last = max((r.get("modified") or r.get("ingested_at") for r in every), default=None)
    context = _Context(url, site, (lambda text: text) if include_sensitive else mask_text,
                       {row["item_id"] for row in sources["secret_items"]},
                       {m["meeting_id"]: url("meeting", m["first_id"] or m["meeting_id"]) for m in sources["meetings"]})
    view = View()
    bodies = []
    for key, (name, part) in _by_body(sources).items():
        body, lists = _body(key, name, part, context)
        bodies.append(body)
        view.files[f"body/{key}.json"] = body
        for list_name, objects in lists.items():
            view.files[f"body/{key}/{list_name}.json"] = _list(objects)
    view.files["system.json"] = _stamp({
        "id": url("system"), "type": SCHEMA + "System", "oparlVersion": SCHEMA, "name": "paragraf",
        "body": url("bodies"),
    }, first, last)
    view.files["bodies.json"] = _list(bodies)
    return view


@dataclass
class _Context:
    url: Any  # the id of an object: url(type, key …)
    site: str
    show: Any  # text as the export may show it (masked unless include_sensitive)
    secret: set[str]
    meeting_urls: dict[str, str]  # meeting_id → its OParl id (from the id it was first stored under)


def _stamp(obj: dict[str, Any], created, modified) -> dict[str, Any]:
    obj["created"], obj["modified"] = _when(created), _when(modified or created)
    return {k: v for k, v in obj.items() if v is not None}


def _by_body(sources: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[str, dict[str, list[dict[str, Any]]]]]:
    """The rows of each Body: its key (the organisation's key, schemas.ids,
    or BODY_KEY), its name as printed (the most frequent spelling), and the
    meetings, documents, items and participants that are its. A document
    belongs to its meeting's body, one of no meeting to its own organisation's."""
    of_meeting = {m["meeting_id"]: organisation_key(m["organisation"]) if m["organisation"] else BODY_KEY
                  for m in sources["meetings"]}
    names: dict[str, Counter] = {BODY_KEY: Counter()}
    parts: dict[str, dict[str, list]] = {BODY_KEY: {k: [] for k in ("meetings", "documents", "items", "participants")}}

    def put(key: str, what: str, row: dict[str, Any], name: str | None) -> None:
        parts.setdefault(key, {k: [] for k in ("meetings", "documents", "items", "participants")})[what].append(row)
        names.setdefault(key, Counter())
        if name:
            names[key][name] += 1

    for meeting in sources["meetings"]:
        put(of_meeting[meeting["meeting_id"]], "meetings", meeting, meeting["organisation"])
    for doc in sources["documents"]:
        own = organisation_key(doc["organisation"]) if doc["organisation"] else BODY_KEY
        put(of_meeting.get(doc["meeting_id"], own), "documents", doc, doc["organisation"])
    for what in ("items", "participants"):
        for row in sources[what]:
            put(of_meeting.get(row["meeting_id"], BODY_KEY), what, row, None)
    return {key: ("paragraf" if key == BODY_KEY else min(names[key], key=lambda n: (-names[key][n], n)), parts[key])
            for key in sorted(parts, key=lambda k: (k != BODY_KEY, k))}


def _body(key: str, name: str, sources: dict[str, list[dict[str, Any]]], c: _Context) -> tuple[dict, dict[str, list]]:
    """One Body and its object lists. The Body 'paragraf' keeps the ids it
    always had; another body's organizations, people, memberships and papers
    are keyed within it (two kommuners' Kommunstyrelsen are two organizations)."""
    url, show = c.url, c.show
    scope = () if key == BODY_KEY else (key,)
    body_id = url("body", key)
    every = [r for what in ("meetings", "documents") for r in sources[what]]
    first = min((r.get("created") or r.get("ingested_at") for r in every), default=None)
    last = max((r.get("modified") or r.get("ingested_at") for r in every), default=None)

    files = {}
    for doc in sources["documents"]:
        file_name = PurePosixPath(doc["source_path"]).name
        files[doc["document_id"]] = _stamp({
            "id": url("file", doc["document_id"]), "type": SCHEMA + "File", "name": file_name, "fileName": file_name,
            "mimeType": "application/pdf", "date": doc["meeting_date"].isoformat() if doc["meeting_date"] else None,
            "accessUrl": f"{c.site}/pdf/{doc['document_id']}",
            "meeting": [c.meeting_urls[doc["meeting_id"]]] if doc["meeting_id"] in c.meeting_urls else None,
        }, doc["ingested_at"], doc["ingested_at"])

    organizations: dict[str, dict[str, Any]] = {}
    for meeting in sources["meetings"]:
        organ = organizations.setdefault(meeting["organ"], {
            "id": url("organization", *scope, slug(meeting["organ"])), "type": SCHEMA + "Organization", "body": body_id,
            "name": meeting["organ"], "membership": [], "created": meeting["created"], "modified": meeting["modified"],
        })
        organ["created"] = min(organ["created"], meeting["created"])
        organ["modified"] = max(organ["modified"], meeting["modified"])

    people: dict[str, dict[str, Any]] = {}
    memberships: dict[str, dict[str, Any]] = {}
    present: dict[str, list[str]] = {}
    for row in sources["participants"]:
        person_id = url("person", *scope, slug(row["name"]) or stable_hash(row["name"]))
        person = people.setdefault(person_id, {"id": person_id, "type": SCHEMA + "Person", "body": body_id,
                                               "name": row["name"], "membership": {},
                                               "created": row["created"], "modified": row["modified"]})
        person["created"], person["modified"] = min(person["created"], row["created"]), max(person["modified"], row["modified"])
        key_ = stable_hash(row["name"], row["organ"], row["role"], *scope)
        membership = memberships.setdefault(key_, {
            "id": url("membership", key_), "type": SCHEMA + "Membership", "person": person_id,
            "organization": organizations[row["organ"]]["id"] if row["organ"] in organizations else None,
            "role": row["role"], "votingRight": row["role"] in _VOTING,
            "created": row["created"], "modified": row["modified"],
        })
        membership["created"], membership["modified"] = (min(membership["created"], row["created"]),
                                                         max(membership["modified"], row["modified"]))
        person["membership"][key_] = True
        if row["organ"] in organizations and membership["id"] not in organizations[row["organ"]]["membership"]:
            organizations[row["organ"]]["membership"].append(membership["id"])
        if row["kind"] == "protokoll" and person_id not in present.setdefault(row["meeting_id"], []):
            present[row["meeting_id"]].append(person_id)

    papers: dict[str, dict[str, Any]] = {}
    items_by_meeting: dict[str, list[dict[str, Any]]] = {}
    for item in sources["items"]:
        meeting_url = c.meeting_urls[item["meeting_id"]]
        consultation = None
        if item.get("case_number"):
            paper_key = stable_hash(item["case_number"], *scope)
            paper = papers.setdefault(paper_key, {
                "id": url("paper", paper_key), "type": SCHEMA + "Paper", "body": body_id,
                "name": show(item["title"]), "reference": item["case_number"], "consultation": [],
                "created": item["ingested_at"], "modified": item["ingested_at"],
            })
            paper["modified"] = max(paper["modified"], item["ingested_at"])
            consultation = _stamp({
                "id": url("consultation", item["item_id"]), "type": SCHEMA + "Consultation", "paper": paper["id"],
                "agendaItem": url("agendaitem", item["item_id"]), "meeting": meeting_url,
                "authoritative": item["source"] == "protokoll" and bool(item["decision"]),
            }, item["ingested_at"], item["ingested_at"])
            paper["consultation"].append(consultation)
        hidden = item["item_id"] in c.secret
        decision = SECRET_TEXT if hidden and item["decision"] else show(item["decision"])
        items_by_meeting.setdefault(item["meeting_id"], []).append(_stamp({
            "id": url("agendaitem", item["item_id"]), "type": SCHEMA + "AgendaItem", "meeting": meeting_url,
            "number": item["label"] or str(item["number"]), "order": len(items_by_meeting.get(item["meeting_id"], [])) + 1,
            "name": show(item["title"]), "public": False if hidden else None,
            "consultation": consultation["id"] if consultation else None, "resolutionText": decision,
        }, item["ingested_at"], item["ingested_at"]))

    docs_by_meeting: dict[str, list[dict[str, Any]]] = {}
    for doc in sources["documents"]:
        if doc["meeting_id"]:
            docs_by_meeting.setdefault(doc["meeting_id"], []).append(doc)
    meetings = []
    for meeting in sources["meetings"]:
        docs = docs_by_meeting.get(meeting["meeting_id"], [])
        by_kind = {kind: [files[d["document_id"]] for d in docs if d["kind"] == kind] for kind in ("kallelse", "protokoll")}
        others = [files[d["document_id"]] for d in docs if d["kind"] not in ("kallelse", "protokoll")]
        meetings.append(_stamp({
            "id": c.meeting_urls[meeting["meeting_id"]], "type": SCHEMA + "Meeting",
            "name": f"{meeting['organ']} {meeting['meeting_date'].isoformat()}",
            "start": _local(meeting["meeting_date"], meeting["start_time"]),
            "end": _local(meeting["meeting_date"], meeting["end_time"]),
            "organization": [organizations[meeting["organ"]]["id"]],
            "participant": present.get(meeting["meeting_id"]) or None,
            "invitation": by_kind["kallelse"][-1] if by_kind["kallelse"] else None,
            "resultsProtocol": by_kind["protokoll"][-1] if by_kind["protokoll"] else None,
            "auxiliaryFile": (by_kind["kallelse"][:-1] + by_kind["protokoll"][:-1] + others) or None,
            "agendaItem": items_by_meeting.get(meeting["meeting_id"], []),
        }, meeting["created"], meeting["modified"]))

    stamped = {k: _stamp(dict(m), m["created"], m["modified"]) for k, m in memberships.items()}
    lists = {
        "organizations": [_stamp(dict(o), o["created"], o["modified"]) for o in organizations.values()],
        "people": [_stamp(p | {"membership": [stamped[k] for k in p["membership"]]}, p["created"], p["modified"])
                   for p in people.values()],
        "memberships": list(stamped.values()),
        "meetings": meetings,
        "agenda-items": [a for m in meetings for a in m["agendaItem"]],
        "papers": [_stamp(dict(p), p["created"], p["modified"]) for p in papers.values()],
        "consultations": [x for p in papers.values() for x in p["consultation"]],
        "files": list(files.values()),
        "locations": [],
        "legislative-terms": [],
    }
    body = _stamp({
        "id": body_id, "type": SCHEMA + "Body", "system": url("system"), "name": name,
        "shortName": name if key == BODY_KEY else None,
        "organization": url("body", key, "organizations"), "person": url("body", key, "people"),
        "meeting": url("body", key, "meetings"), "paper": url("body", key, "papers"),
        "agendaItem": url("body", key, "agenda-items"), "consultation": url("body", key, "consultations"),
        "file": url("body", key, "files"), "locationList": url("body", key, "locations"),
        "membership": url("body", key, "memberships"),
        "legislativeTermList": url("body", key, "legislative-terms"), "legislativeTerm": [],
    }, first, last)
    return body, lists
