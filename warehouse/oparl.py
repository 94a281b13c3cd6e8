"""The warehouse as OParl 1.1 objects (https://schema.oparl.org/1.1/), for
civic-data tools that read council information systems.

How paragraf's records map:

| OParl | from | id (under the base URL) |
|---|---|---|
| System | the export | `/system` |
| Body | the warehouse (one body, 'paragraf') | `/body/paragraf` |
| Organization | a body that meets (`meetings.organ`) | `/organization/<slug>` |
| Person, Membership | `participants`: a name, and its role in a body | `/person/<slug>`, `/membership/<hash>` |
| Meeting | `meetings` | `/meeting/<meeting_id>` |
| AgendaItem | the protokoll's §§, else the kallelse's items (`current_items`) | `/agendaitem/<item_id>` |
| Paper, Consultation | an item's diarienummer (`items.case_number`), and each item that treats it | `/paper/<hash>`, `/consultation/<item_id>` |
| File | a PDF (`documents`), served at `<site>/pdf/<document_id>` | `/file/<document_id>` |

Every object carries `id`, `type`, `created` and `modified` (the first and
last ingest of the documents it comes from). Files are laid out as the URLs
are: `system.json`, `bodies.json` (the list System.body names),
`body/paragraf.json` and one external object list per type under
`body/paragraf/` (`meetings.json`, …, each `{"data": […], "pagination": …,
"links": {}}`); objects are not written one file each. Meetings embed their
agenda items and files, persons their memberships, papers their
consultations, as OParl 1.1 does.

Text goes through `extractors.entities.sensitive.mask_text`, and the decision of a
secret item reads '[sekretess]' (its `public` is false), unless
`include_sensitive`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Iterator
from urllib.parse import quote
from zoneinfo import ZoneInfo

from extractors.entities.sensitive import SECRET_TEXT, mask_text
from schemas.ids import slug, stable_hash

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
    """The OParl view of `warehouse.export.oparl_sources` rows under `base_url`."""
    base = base_url.rstrip("/")
    site = base[: -len("/oparl")] if base.endswith("/oparl") else base
    show = (lambda text: text) if include_sensitive else mask_text
    secret = {row["item_id"] for row in sources["secret_items"]}

    def url(*parts: str) -> str:
        return "/".join([base, *(quote(str(p), safe="") for p in parts)])

    def stamp(obj: dict[str, Any], created, modified) -> dict[str, Any]:
        obj["created"], obj["modified"] = _when(created), _when(modified or created)
        return {k: v for k, v in obj.items() if v is not None}

    body_id = url("body", BODY_KEY)
    every = [r for key in ("meetings", "documents") for r in sources[key]]
    first = min((r.get("created") or r.get("ingested_at") for r in every), default=None)
    last = max((r.get("modified") or r.get("ingested_at") for r in every), default=None)

    files = {}
    for doc in sources["documents"]:
        name = PurePosixPath(doc["source_path"]).name
        files[doc["document_id"]] = stamp({
            "id": url("file", doc["document_id"]), "type": SCHEMA + "File", "name": name, "fileName": name,
            "mimeType": "application/pdf", "date": doc["meeting_date"].isoformat() if doc["meeting_date"] else None,
            "accessUrl": f"{site}/pdf/{doc['document_id']}",
            "meeting": [url("meeting", doc["meeting_id"])] if doc["meeting_id"] else None,
        }, doc["ingested_at"], doc["ingested_at"])

    organizations: dict[str, dict[str, Any]] = {}
    for meeting in sources["meetings"]:
        organ = organizations.setdefault(meeting["organ"], {
            "id": url("organization", slug(meeting["organ"])), "type": SCHEMA + "Organization", "body": body_id,
            "name": meeting["organ"], "membership": [], "created": meeting["created"], "modified": meeting["modified"],
        })
        organ["created"] = min(organ["created"], meeting["created"])
        organ["modified"] = max(organ["modified"], meeting["modified"])

    people: dict[str, dict[str, Any]] = {}
    memberships: dict[str, dict[str, Any]] = {}
    present: dict[str, list[str]] = {}
    for row in sources["participants"]:
        person_id = url("person", slug(row["name"]) or stable_hash(row["name"]))
        person = people.setdefault(person_id, {"id": person_id, "type": SCHEMA + "Person", "body": body_id,
                                               "name": row["name"], "membership": {},
                                               "created": row["created"], "modified": row["modified"]})
        person["created"], person["modified"] = min(person["created"], row["created"]), max(person["modified"], row["modified"])
        key = stable_hash(row["name"], row["organ"], row["role"])
        membership = memberships.setdefault(key, {
            "id": url("membership", key), "type": SCHEMA + "Membership", "person": person_id,
            "organization": organizations[row["organ"]]["id"] if row["organ"] in organizations else None,
            "role": row["role"], "votingRight": row["role"] in _VOTING,
            "created": row["created"], "modified": row["modified"],
        })
        membership["created"], membership["modified"] = (min(membership["created"], row["created"]),
                                                         max(membership["modified"], row["modified"]))
        person["membership"][key] = True
        if row["organ"] in organizations and membership["id"] not in organizations[row["organ"]]["membership"]:
            organizations[row["organ"]]["membership"].append(membership["id"])
        if row["kind"] == "protokoll" and person_id not in present.setdefault(row["meeting_id"], []):
            present[row["meeting_id"]].append(person_id)

    papers: dict[str, dict[str, Any]] = {}
    items_by_meeting: dict[str, list[dict[str, Any]]] = {}
    for item in sources["items"]:
        meeting_url = url("meeting", item["meeting_id"])
        consultation = None
        if item.get("case_number"):
            paper_key = stable_hash(item["case_number"])
            paper = papers.setdefault(paper_key, {
                "id": url("paper", paper_key), "type": SCHEMA + "Paper", "body": body_id,
                "name": show(item["title"]), "reference": item["case_number"], "consultation": [],
                "created": item["ingested_at"], "modified": item["ingested_at"],
            })
            paper["modified"] = max(paper["modified"], item["ingested_at"])
            consultation = stamp({
                "id": url("consultation", item["item_id"]), "type": SCHEMA + "Consultation", "paper": paper["id"],
                "agendaItem": url("agendaitem", item["item_id"]), "meeting": meeting_url,
                "authoritative": item["source"] == "protokoll" and bool(item["decision"]),
            }, item["ingested_at"], item["ingested_at"])
            paper["consultation"].append(consultation)
        hidden = item["item_id"] in secret
        decision = SECRET_TEXT if hidden and item["decision"] else show(item["decision"])
        items_by_meeting.setdefault(item["meeting_id"], []).append(stamp({
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
        meetings.append(stamp({
            "id": url("meeting", meeting["meeting_id"]), "type": SCHEMA + "Meeting",
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

    stamped = {key: stamp(dict(m), m["created"], m["modified"]) for key, m in memberships.items()}
    lists = {
        "organizations": [stamp(dict(o), o["created"], o["modified"]) for o in organizations.values()],
        "people": [stamp(p | {"membership": [stamped[key] for key in p["membership"]]}, p["created"], p["modified"])
                   for p in people.values()],
        "memberships": list(stamped.values()),
        "meetings": meetings,
        "agenda-items": [a for m in meetings for a in m["agendaItem"]],
        "papers": [stamp(dict(p), p["created"], p["modified"]) for p in papers.values()],
        "consultations": [c for p in papers.values() for c in p["consultation"]],
        "files": list(files.values()),
        "locations": [],
        "legislative-terms": [],
    }
    body_path = f"body/{BODY_KEY}"
    body = stamp({
        "id": body_id, "type": SCHEMA + "Body", "system": url("system"), "name": "paragraf",
        "shortName": "paragraf",
        "organization": url("body", BODY_KEY, "organizations"), "person": url("body", BODY_KEY, "people"),
        "meeting": url("body", BODY_KEY, "meetings"), "paper": url("body", BODY_KEY, "papers"),
        "agendaItem": url("body", BODY_KEY, "agenda-items"), "consultation": url("body", BODY_KEY, "consultations"),
        "file": url("body", BODY_KEY, "files"), "locationList": url("body", BODY_KEY, "locations"),
        "membership": url("body", BODY_KEY, "memberships"),
        "legislativeTermList": url("body", BODY_KEY, "legislative-terms"), "legislativeTerm": [],
    }, first, last)
    system = stamp({
        "id": url("system"), "type": SCHEMA + "System", "oparlVersion": SCHEMA, "name": "paragraf",
        "body": url("bodies"),
    }, first, last)
    view = View({"system.json": system, "bodies.json": _list([body]), f"{body_path}.json": body})
    for name, objects in lists.items():
        view.files[f"{body_path}/{name}.json"] = _list(objects)
    return view
