"""A whole generated document: build() draws its factors and content (with
generated_content's pieces), and gold() writes what it says in the gold format
of corpus/*.gold.json plus its factors and organisation.
"""

from __future__ import annotations

import functools
import random
import re
from typing import Any

from pipeline.bench.generated_content import (
    add_subitems,
    association_items,
    clock,
    DATA,
    Document,
    draw_factors,
    fill,
    Group,
    later,
    load,
    meeting_date,
    municipal_roll,
    Names,
    names_and,
    number_items,
    Person,
    public_items,
    role_of,
)


def build(seed: int | str, index: int, ttf: bool = True) -> Document:
    """Document `index` of the run with this seed: the same seed and index give the same document."""
    rng = random.Random(f"paragraf-generated:{seed}:{index}")
    factors = draw_factors(rng, ttf)
    kind = factors["kind"]
    file = f"gen-{index:05d}-{factors['body']}-{kind}.pdf"
    names = Names(rng)
    if kind == "underlag":
        doc = build_underlag(rng, factors, file, names)
    elif factors["body"] == "association":
        doc = build_association(rng, factors, file, names)
    else:
        doc = build_public(rng, factors, file, names)
    if factors["font"] != "DejaVuSans":
        map_strings(doc, printable)
    return doc


def build_public(rng: random.Random, factors: dict[str, str], file: str, names: Names) -> Document:
    kind = factors["kind"]
    regional = factors["body"] == "regional"
    pool = load("regional.json" if regional else "municipal.json")
    org, organ = rng.choice(pool["organisations"]), rng.choice(pool["organs"])
    doc = Document(file, factors, "protokoll" if kind == "protokollsutdrag" else kind, org["name"], organ["name"],
                   organ["abbr"], organ["abbr"] if regional else organ["name"], organ["genitive"])
    doc.date = meeting_date(rng)
    doc.start = clock(rng, 8, 18)
    doc.end = later(doc.start, rng.randrange(60, 300, 15)) if kind != "kallelse" or rng.random() < 0.4 else None
    doc.location = rng.choice(org["places"])
    doc.title = {"kallelse": rng.choice(("Kallelse", "Föredragningslista", "Kallelse med föredragningslista")),
                 "protokoll": rng.choice(("Protokoll", "Sammanträdesprotokoll")),
                 "protokollsutdrag": rng.choice(("Protokollsutdrag", "Utdrag ur protokoll"))}[kind]
    groups, officials, secretary = municipal_roll(rng, names, pool | {"organ": organ}, doc.kind, regional)
    deciding = groups[0].people
    chair, justerare = deciding[0], rng.choice(deciding[1:])
    doc.groups = groups if factors["roll"] != "none" else []
    if kind == "kallelse" and factors["roll"] != "none":
        doc.groups = [g for g in groups if g.role != "övrig"]
    values = {"subject": doc.subject, "decided": "beslutar", "year": str(doc.date.year), "next_year": str(doc.date.year + 1),
              "organisation": org["name"], "justerare": f"{justerare.name} ({justerare.party})"}
    raw = public_items(rng, doc, pool, names, officials, values, rng.randint(3, 7))
    if kind == "protokollsutdrag":  # an extract holds one or two items, with text under them where any has
        raw = [r for r in raw if r.get("description") or r.get("proposal")][: rng.randint(1, 2)] or raw[:1]
    if factors["subitems"] != "none":
        add_subitems(rng, raw, factors["body"])
    start = 1 if kind == "kallelse" and rng.random() < 0.8 else rng.randint(1, 150)
    doc.items = number_items(rng, doc, raw, start, values)
    if doc.kind == "protokoll":
        if any(r.get("elects") == "justerare" for r in raw):
            doc.officers.append((justerare, "justerare"))
        doc.justerare, doc.secretary = [justerare], secretary
        if factors["header"] == "label_table" or rng.random() < 0.5:
            doc.signatures = [("Sekreterare", secretary), ("Ordförande", chair), ("Justerande", justerare)]
    return doc


def build_association(rng: random.Random, factors: dict[str, str], file: str, names: Names) -> Document:
    kind = factors["kind"]
    pool = load("association.json")
    assoc = rng.choice(pool["associations"])
    meeting = rng.choice(pool["meetings"][assoc["type"]])
    subject = meeting["subject"]
    doc = Document(file, factors, "protokoll" if kind == "protokollsutdrag" else kind, assoc["name"], meeting["organ"],
                   meeting["abbr"], subject, subject + "s")
    doc.date = meeting_date(rng)
    doc.start = clock(rng, 17, 19) if rng.random() < 0.8 else clock(rng, 10, 14)
    doc.end = later(doc.start, rng.randrange(40, 180, 1)) if doc.kind == "protokoll" else None
    doc.location = rng.choice(assoc["places"])
    doc.times_in_text = doc.kind == "protokoll"
    doc.title = {"kallelse": meeting["kallelse_title"] if rng.random() < 0.6 else "Dagordning",
                 "protokoll": meeting["protokoll_title"], "protokollsutdrag": "Utdrag ur " + meeting["protokoll_title"][0].lower() + meeting["protokoll_title"][1:]}[kind]
    chair, secretary, treasurer = names.person(mark="ordförande"), names.person(), names.person(mark="kassör")
    adjusters = [names.person(), names.person()][: rng.choice((1, 2, 2))]
    members = [names.person() for _ in range(rng.randint(2, 6))]
    decided = rng.choice(("beslutar", "beslutade", "beslöt"))
    values = {"subject": subject, "decided": decided, "chair": chair.name, "secretary": secretary.name,
              "adjusters": names_and(adjusters), "treasurer": treasurer.name, "year": str(doc.date.year),
              "prev_year": str(doc.date.year - 1), "next_year": str(doc.date.year + 1), "association": assoc["name"],
              "voters": str(rng.randint(14, 60))}
    board = meeting["agenda"] in ("board", "constituent")
    roll_people = [chair, treasurer, secretary, *adjusters, *members]
    if factors["roll"] != "none" and (board or doc.kind == "protokoll"):
        heading = "Närvarande ledamöter" if board else rng.choice(("Närvarande", "Närvarande medlemmar"))
        if doc.kind == "kallelse":
            heading = "Kallade ledamöter"
        doc.groups = [Group(heading, "ledamot", roll_people)]
    elif factors["roll"] != "none":
        doc.factors["roll"] = "none"  # a notice of an annual meeting calls every member: no roll to print
    officers = {"ordföranden": chair, "kassören": treasurer}
    raw = association_items(rng, doc, pool, meeting, officers, values)
    if kind == "protokollsutdrag":
        raw = [r for r in raw if r.get("decision") and not r.get("elects")][: rng.randint(1, 2)] or raw[-3:-1]
    if doc.kind == "protokoll" and kind != "protokollsutdrag":
        for r in raw:
            if r.get("opens"):
                r["description"] = fill(rng.choice(pool["open_sentences"] if not board else pool["open_sentences"][:1]),
                                        {"opener": chair.name, "start": doc.start.replace(":", rng.choice((".", ":")))})
                doc.officers.append((chair, "ordförande"))
            if r.get("closes"):
                r["description"] = fill(rng.choice(pool["close_sentences"]), {"end": doc.end.replace(":", rng.choice((".", ":")))})
            elected = {"ordförande": [chair], "sekreterare": [secretary], "justerare": adjusters}.get(r.get("elects") or "", [])
            doc.officers += [(p, r["elects"]) for p in elected]
            if r.get("presenters"):
                r["presenter_in_text"] = True
    else:
        doc.times_in_text = False
        for r in raw:
            r["presenters"] = []  # the description names no one before the meeting
            r["presenter_in_text"] = False
            if r.get("description") and re.search(r"Kassören|Ordföranden", r["description"]):
                r["description"] = None
        if kind == "protokollsutdrag":
            doc.times_in_text, doc.end = False, later(doc.start, rng.randrange(40, 180))
    if factors["subitems"] != "none":
        add_subitems(rng, raw, "association")
    doc.items = number_items(rng, doc, raw, 1, values)
    if doc.kind == "protokoll":
        doc.justerare, doc.secretary = adjusters, secretary
        if kind == "protokollsutdrag" or rng.random() < 0.4:
            doc.signatures = [("Sekreterare", secretary), ("Ordförande", chair)] + [("Justerare", p) for p in adjusters]
    return doc


@functools.lru_cache(maxsize=None)
def seed_paragraphs() -> tuple[str, ...]:
    """Prose paragraphs of the seed texts (the project's own sample documents)."""
    out = []
    for path in sorted(DATA.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            text = re.sub(r"\s+", " ", block).strip()
            if 120 <= len(text) <= 700 and text.endswith(".") and "•" not in text and not re.match(r"^\d", text):
                out.append(text)
    return tuple(out)


def build_underlag(rng: random.Random, factors: dict[str, str], file: str, names: Names) -> Document:
    date = meeting_date(rng)
    if factors["body"] == "association":
        pool = load("association.json")
        org = rng.choice(pool["associations"])["name"]
        u = pool["underlag"]
        title = fill(rng.choice(u["titles"]), {"year": str(date.year), "prev_year": str(date.year - 1), "plus10": str(date.year + 10)})
        texts, heads, case = u["paragraphs"], u["subheadings"], None
    else:
        pool = load("regional.json" if factors["body"] == "regional" else "municipal.json")
        org = rng.choice(pool["organisations"])["name"]
        organ = rng.choice(pool["organs"])
        title = rng.choice(("Tjänsteskrivelse", "Rapport", "Utredning", "Underlag till beslut"))
        texts, heads = list(seed_paragraphs()), ["Bakgrund", "Ärendet", "Bedömning", "Konsekvenser", "Uppföljning"]
        case = f"Dnr {organ['abbr']} {date.year}/{rng.randint(12, 980)}"
    doc = Document(file, factors, "underlag", org, None, title=title, date=date, case_number=case)
    chosen = rng.sample(texts, min(len(texts), rng.randint(3, 7)))
    heads = rng.sample(heads, len(heads))
    doc.paragraphs = [(heads.pop() if heads and rng.random() < 0.4 else None, t) for t in chosen]
    doc.secretary = names.person()  # the author (handläggare), not a participant
    return doc


# ---------------------------------------------------------------- text the core fonts can print

CP1252_FALLBACK = str.maketrans({"\u2212": "-", "\u2010": "-", "\u2011": "-", "\u00ad": "", "\u200b": ""})


def printable(text: str) -> str:
    """Text a core PDF font (WinAnsi) can print: what it cannot is replaced, and the gold says what is printed."""
    text = text.translate(CP1252_FALLBACK)
    return "".join(c if _cp1252(c) else "?" for c in text)


def _cp1252(c: str) -> bool:
    try:
        c.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def map_strings(obj: Any, fn) -> Any:
    """Apply fn to every string held by a document (dataclasses, lists, tuples, dicts)."""
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        obj[:] = [map_strings(v, fn) for v in obj]
        return obj
    if isinstance(obj, tuple):
        return tuple(map_strings(v, fn) for v in obj)
    if isinstance(obj, dict):
        for k in list(obj):
            obj[k] = map_strings(obj[k], fn)
        return obj
    if hasattr(obj, "__dataclass_fields__"):
        for name in obj.__dataclass_fields__:
            setattr(obj, name, map_strings(getattr(obj, name), fn))
    return obj


# ---------------------------------------------------------------- gold


def participants(doc: Document) -> list[dict[str, Any]]:
    """One entry per person and role (the corpus convention): the roll with
    party and organisation as printed, then the officers named in items and
    signatures (elected chair, secretary, justerare) without them."""
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(person: Person, role: str, details: bool) -> None:
        if (person.name, role) not in seen:
            seen.add((person.name, role))
            out.append({"name": person.name, "party": person.party if details else None,
                        "organization": person.organization if details else None, "role": role})

    for group in doc.groups:
        for person in group.people:
            add(person, role_of(group, person), True)
    for person, role in doc.officers:
        add(person, role, False)
    for heading, person in doc.signatures:
        add(person, {"Sekreterare": "sekreterare", "Ordförande": "ordförande"}.get(heading, "justerare"), False)
    if any(group.heading in PLAIN_PRESENCE for group in doc.groups):
        return highest_office(out)
    return out


PLAIN_PRESENCE = ("Närvarande", "Närvarande medlemmar")  # those who came to an association's meeting, no seats
OFFICES = ("ordförande", "vice ordförande", "sekreterare", "justerare")  # highest first


def highest_office(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """GOLD.md's one entry per person, for a roll of those present: each
    person once, with their highest office of the meeting, in the place of
    their first entry (a roll of seats, 'Beslutande', keeps the seat beside
    the task, as the real gold does)."""
    def rank(entry: dict[str, Any]) -> int:
        return OFFICES.index(entry["role"]) if entry["role"] in OFFICES else len(OFFICES)

    best: dict[str, dict[str, Any]] = {}
    for entry in entries:
        if entry["name"] not in best or rank(entry) < rank(best[entry["name"]]):
            best[entry["name"]] = entry
    out, seen = [], set()
    for entry in entries:
        if entry["name"] not in seen:
            seen.add(entry["name"])
            out.append(best[entry["name"]])
    return out


ONLINE_PLACE = re.compile(r"^(?:digitalt|på distans|distans) via (?P<platform>.+)$", re.IGNORECASE)


def filed_place(place: str | None) -> str | None:
    """The place as the corpus gold files it: a meeting held 'Digitalt via Teams'
    is filed under its platform, 'Teams' (corpus-varied/svom-2024-02-02-protokoll)."""
    if place and (m := ONLINE_PLACE.match(place)):
        return m.group("platform")
    return place


def organ_printed(doc: Document) -> bool:
    """Whether the page names the body that meets (GOLD.md: the organ as
    printed). An association's notice titled only 'Dagordning' under a title
    line or a prose header ('Medlemmarna … kallas härmed till möte') never
    names its meeting body; a label table and a running header print it, and
    so does a board's prose call ('Styrelsens ledamöter … kallas')."""
    if doc.factors["body"] != "association" or doc.title != "Dagordning":
        return True
    header = doc.factors["header"]
    return header in ("label_table", "running_header") or (header == "prose" and doc.organ == "Styrelsen")


def gold(doc: Document, page_count: int) -> dict[str, Any]:
    underlag = doc.kind == "underlag"
    out: dict[str, Any] = {
        "file": doc.file,
        "group": f"{doc.factors['body']}-{doc.factors['kind']}",  # pipeline.evaluate's groups
        "kind": doc.kind,
        "organ": doc.organ if organ_printed(doc) else None,
        "meeting_date": None if underlag or not doc.date else doc.date.isoformat(),
        "page_count": page_count,
        "scanned": False,
        "meeting": {"start_time": None if underlag else doc.start, "end_time": None if underlag else doc.end,
                    "location": None if underlag else filed_place(doc.location)},
        "items": [
            {"number": i.number, "printed_number": i.label, "title": i.title, "section": None,
             "presenters": [p.name for p in i.presenters], "scheduled_time": i.time, "proposal": i.proposal,
             "decision": i.decision, "attachments": []} | ({"parent_label": i.parent_label} if i.parent_label else {})
            for i in doc.items
        ],
    }
    people = participants(doc)
    if people or underlag:
        out["participants"] = people
    out["notes"] = " ".join([
        "Generated by pipeline/bench/generated.py; the gold is written from the document's content, not read from the PDF.",
        "No section headings or attachment lists are printed; amounts and agreements are not annotated (the generated macro-F1 leaves those four fields out).",
        "Sub-items have their own numbered heading and are items (number = the parent's, printed_number as printed, parent_label)." if any(i.parent_label for i in doc.items) else "",
        "Officers named in items and signatures are participants without party or organisation, one entry per person and role." if doc.officers or doc.signatures else "",
        *doc.notes,
    ]).strip()
    out["organisation"] = doc.organisation if doc.organisation_printed else None  # as printed, never guessed
    out["factors"] = dict(doc.factors)
    return out
