"""The pieces of a generated meeting document: the factors of its layout,
drawn at random, and its content (body, meeting, items, people), drawn from the
pools in generated_data/. generated_documents puts a document together and
writes its gold from it, never from the PDF.

The factor levels imitate the ways real Swedish kallelser, protokoll and
underlag are laid out; they were chosen without reading paragraf's rules. Each
factor has held-out levels: generated like the others, but meant to stay out
of the project's tests of reading rules, so that their figures tell whether
the rules carry beyond what they were written against.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("generated_data")
NA = "n/a"  # a factor that does not apply (an underlag has no items to number)


@dataclass(frozen=True)
class Factor:
    name: str
    levels: tuple[str, ...]
    held_out: tuple[str, ...]
    what: str


FACTORS: tuple[Factor, ...] = (
    Factor("kind", ("kallelse", "protokoll", "protokollsutdrag", "underlag"), ("protokollsutdrag",),
           "the document: notice with agenda, minutes, an extract of one or two §§ of minutes, supporting document"),
    Factor("body", ("municipal", "regional", "association"), ("association",),
           "who meets: a municipal board, a regional cooperation body, an association's meeting or board"),
    Factor("numbering", ("§ 5", "§5", "5 §", "KS § 5", "5.", "5", "5)", "Punkt 5", "Ärende 5"), ("5)", "Ärende 5"),
           "how an item's number is printed ('KS' stands for the body's abbreviation)"),
    Factor("subitems", ("none", "5.1", "5 a", "a)"), ("a)",),
           "sub-items under one or two items, each with its own heading (and decision in minutes)"),
    Factor("heading", ("same_line", "next_line", "margin", "table_row", "run_in"), ("run_in",),
           "number and title on one line; number alone, title below; number in a left margin column; "
           "a table row number | title | presenter | time; heading run into the first sentence of the text"),
    Factor("header", ("label_table", "running_header", "title_line", "prose"), ("prose",),
           "where body, date, time and place are: a label/value table, a header on every page, "
           "a title line with Tid/Plats lines, one sentence of prose"),
    Factor("labels", ("block", "organ", "inline", "prose"), ("prose",),
           "field labels: 'Förslag till beslut'/'Beslut' on their own lines; the body's own "
           "('Styrelsens förslag', 'Nämndens beslut'); 'Beslut: …' on the line; none ('Mötet beslutar att …')"),
    Factor("roll", ("lines", "inline", "none"), ("none",),
           "the people: one a line; one paragraph with commas; no roll (only officers named in the text)"),
    Factor("font", ("Helvetica", "Times", "Courier", "DejaVuSans"), ("Courier",),
           "body font (DejaVuSans: a TrueType font from /usr/share/fonts, when the machine has it)"),
    Factor("size", ("9", "10", "11", "12", "13"), ("9",), "body font size in points"),
    Factor("heading_weight", ("bold", "regular"), ("regular",), "headings bold or in the body's weight"),
    Factor("columns", ("one", "two"), ("two",), "body text in one or two columns"),
)
FACTOR = {f.name: f for f in FACTORS}
KIND_WEIGHTS = {"kallelse": 35, "protokoll": 40, "protokollsutdrag": 10, "underlag": 15}
IN_SAMPLE_SHARE = 0.5  # documents drawn without any held-out level
ITEM_FACTORS = ("numbering", "subitems", "heading", "labels", "roll")  # n/a for an underlag
TTF_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"), Path("/usr/share/fonts/TTF"))
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december")
WEEKDAYS = ("måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen")
DECISION_VERB = re.compile(r"\b(beslutar|beslutade|beslöt|beslutades|väljer|valdes|utses|rekommenderar|noterar|förklarar|"
                           r"har tagit del|föreslår|godkänns|godkändes|fastställs|noteras|läggs)\b", re.I)


def ttf_font() -> Path | None:
    """DejaVuSans.ttf where the machine has it (Debian's fonts-dejavu-core)."""
    return next((d / "DejaVuSans.ttf" for d in TTF_DIRS if (d / "DejaVuSans.ttf").is_file()), None)


def load(name: str) -> Any:
    """A pool of generated_data/, fresh (callers may change what they get)."""
    return json.loads(_text(name))


@functools.lru_cache(maxsize=None)
def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@dataclass
class Person:
    name: str
    party: str | None = None
    organization: str | None = None
    mark: str | None = None  # printed after the name in a roll: 'ordförande', 'kassör'


@dataclass
class Item:
    number: int
    label: str  # printed number: '§ 5', '5.1', 'a)'
    title: str
    presenters: list[Person] = field(default_factory=list)
    presenter_in_text: bool = False  # the description names the presenter ('Kassören X redogör …')
    time: str | None = None  # 'HH:MM'
    description: str | None = None
    proposal: str | None = None
    decision: str | None = None
    parent_label: str | None = None
    statement: bool = False  # the description is the minutes' own sentence (opening, closing): printed without a label


@dataclass
class Group:
    """A group of a roll: its printed heading, the role its people have, the people."""
    heading: str
    role: str
    people: list[Person]


@dataclass
class Document:
    file: str
    factors: dict[str, str]
    kind: str  # the gold kind: kallelse, protokoll, underlag
    organisation: str
    organ: str | None
    organ_abbr: str = ""
    subject: str = ""  # the body as the subject of a decision ('Stämman', 'Kommunstyrelsen')
    genitive: str = ""
    title: str = ""  # 'Protokoll fört vid styrelsemöte', 'Kallelse', 'Tjänsteskrivelse'
    date: dt.date | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    times_in_text: bool = False  # start and end printed in the opening and closing items
    groups: list[Group] = field(default_factory=list)
    officers: list[tuple[Person, str]] = field(default_factory=list)  # named in items or signatures
    signatures: list[tuple[str, Person]] = field(default_factory=list)
    justerare: list[Person] = field(default_factory=list)
    secretary: Person | None = None
    items: list[Item] = field(default_factory=list)
    paragraphs: list[tuple[str | None, str]] = field(default_factory=list)  # underlag: (subheading, text)
    case_number: str | None = None
    notes: list[str] = field(default_factory=list)
    organisation_printed: bool = True  # a layout may print its issuer nowhere; the gold then has none


# ---------------------------------------------------------------- factors


def draw_factors(rng: random.Random, ttf: bool = True) -> dict[str, str]:
    """One level per factor. Half the documents are drawn from the levels that
    are not held out only, so that the figure over documents with no held-out
    level rests on as many documents as the one over documents with some."""
    in_sample = rng.random() < IN_SAMPLE_SHARE

    def levels(f: Factor) -> list[str]:
        return [lv for lv in f.levels if (ttf or lv != "DejaVuSans") and not (in_sample and lv in f.held_out)]

    kinds = levels(FACTOR["kind"])
    factors = {"kind": rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]}
    for f in FACTORS[1:]:
        factors[f.name] = rng.choice(levels(f))
    if factors["kind"] == "underlag":
        factors.update({name: NA for name in ITEM_FACTORS})
    return factors


# ---------------------------------------------------------------- small pieces


class Names:
    """Invented people, no name twice in one document."""

    def __init__(self, rng: random.Random):
        people = load("people.json")
        self.rng, self.first, self.last, self.parties = rng, people["first_names"], people["last_names"], people["parties"]
        self.used: set[str] = set()

    def person(self, party: bool = False, organization: str | None = None, mark: str | None = None) -> Person:
        while True:
            name = f"{self.rng.choice(self.first)} {self.rng.choice(self.last)}"
            if name not in self.used:
                self.used.add(name)
                return Person(name, self.rng.choice(self.parties) if party else None, organization, mark)


def meeting_date(rng: random.Random) -> dt.date:
    day = dt.date(2019, 1, 7) + dt.timedelta(days=rng.randrange(0, 7 * 360))
    return day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=rng.randrange(0, 5))  # a weekday


def clock(rng: random.Random, earliest: int, latest: int) -> str:
    return f"{rng.randint(earliest, latest):02d}:{rng.choice((0, 0, 0, 15, 30, 45, rng.randrange(0, 60))):02d}"


def later(time: str, minutes: int) -> str:
    h, m = map(int, time.split(":"))
    total = min(h * 60 + m + minutes, 23 * 60 + 59)
    return f"{total // 60:02d}:{total % 60:02d}"


def long_date(date: dt.date, weekday: bool = False) -> str:
    text = f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    return f"{WEEKDAYS[date.weekday()]} den {text}" if weekday else text


def fill(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group(0)), template)


def names_and(people: list[Person]) -> str:
    names = [p.name for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


def number_label(style: str, number: str, abbr: str) -> str:
    """The printed number of an item in a numbering style ('§ 5', '5 §', 'KS § 5', 'Punkt 5' …)."""
    return {
        "§ 5": f"§ {number}", "§5": f"§{number}", "5 §": f"{number} §", "KS § 5": f"{abbr} § {number}",
        "5.": f"{number}.", "5": number, "5)": f"{number})", "Punkt 5": f"Punkt {number}", "Ärende 5": f"Ärende {number}",
    }[style]


def sub_label(style: str, numbering: str, parent: int, index: int, abbr: str) -> str:
    letter = "abcdefgh"[index]
    if style == "5.1":
        return f"{parent}.{index + 1}"
    if style == "a)":
        return f"{letter})"
    return number_label(numbering, f"{parent} {letter}", abbr) if numbering not in ("5.", "5)") else f"{parent} {letter}"


# ---------------------------------------------------------------- the people of a meeting


def municipal_roll(rng: random.Random, names: Names, pool: dict, kind: str, regional: bool) -> tuple[list[Group], list[Person], Person]:
    """Groups of a municipal or regional roll, the officials (presenters are
    drawn from them) and the secretary."""
    members_org = pool.get("member_organisations")
    org = (lambda: rng.choice(members_org)) if regional else (lambda: None)
    chair = names.person(True, org(), "ordförande")
    vice = names.person(True, org(), "vice ordförande")
    members = [names.person(True, org()) for _ in range(rng.randint(3, 7))]
    deciding = [chair, vice, *members]
    groups = [Group(rng.choice(("Beslutande", "Ledamöter", "Beslutande ledamöter")), "ledamot", deciding)]
    if rng.random() < 0.5:
        groups.append(Group("Tjänstgörande ersättare", "tjänstgörande ersättare",
                            [names.person(True, org()) for _ in range(rng.randint(1, 2))]))
    if rng.random() < 0.6:
        heading = rng.choice(("Ersättare", "Ej tjänstgörande ersättare"))
        groups.append(Group(heading, "ersättare" if heading == "Ersättare" else "ej tjänstgörande ersättare",
                            [names.person(True, org()) for _ in range(rng.randint(1, 3))]))
    office = pool["organ"]["office"]
    officials = [names.person(False, office) for _ in range(rng.randint(2, 4))]
    secretary = names.person(False, None)
    if kind != "kallelse":
        groups.append(Group(rng.choice(("Övriga närvarande", "Övriga deltagare", "Tjänstepersoner")), "övrig", officials))
    return groups, officials, secretary


def role_of(group: Group, person: Person) -> str:
    return person.mark if person.mark in ("ordförande", "vice ordförande") else group.role


# ---------------------------------------------------------------- items


def decision_for_prose(decision: str, subject: str) -> str:
    """Without a label, a decision must say it is one: 'Kommunstyrelsen beslutar …'."""
    return decision if DECISION_VERB.search(decision.split("\n")[0]) else f"{subject} beslutar\n{decision}"


def pick(rng: random.Random, options: list[str], prose: bool) -> str:
    """A decision template; without labels one that names who decides."""
    if prose:
        options = [o for o in options if DECISION_VERB.search(o)] or options
    return rng.choice(options)


def public_items(rng: random.Random, doc: Document, pool: dict, names: Names, officials: list[Person],
                 values: dict[str, str], count: int) -> list[dict]:
    """Openers, matters and closers of a municipal or regional meeting, as dicts before numbering."""
    prose = doc.factors["labels"] == "prose"
    out = []
    for opener in pool["openers"]:
        if opener.get("elects") == "justerare" or rng.random() < 0.7:
            out.append({"title": opener["title"], "decision": fill(pick(rng, opener["decisions"], prose), values) if opener["decisions"] else None,
                        "elects": opener.get("elects")})
    matters = rng.sample(pool["matters"], min(count, len(pool["matters"])))
    for m in matters:
        proposal = fill(m["proposal"], values) if m.get("proposal") else None
        if "decision" in m:  # regional, from the gold files
            decision = m["decision"] or proposal or f"{values['subject']} har tagit del av informationen."
            npres = m.get("presenters", 1) or rng.randint(0, 1)
        else:
            variants = [proposal] + [fill(v, values) for v in m.get("decision_variants", [])]
            decision = rng.choice(variants) if rng.random() < 0.3 else proposal
            npres = rng.choice((0, 1, 1, 2))
        out.append({"title": fill(m["title"], values), "description": fill(m["description"], values) if m.get("description") else None,
                    "proposal": proposal, "decision": decision,
                    "presenters": rng.sample(officials, min(npres, len(officials)))})
    for closer in pool["closers"]:
        if rng.random() < 0.6:
            out.append({"title": closer["title"], "decision": fill(pick(rng, closer["decisions"], prose), values) if closer["decisions"] else None,
                        "presenters": rng.sample(officials, 1) if closer.get("informs") else []})
    return out


SUBITEMS_PUBLIC = (
    ("Informationsärenden", ("Information från förvaltningschefen", "Ekonomisk lägesrapport", "Rapport från arbetsutskottet",
                             "Information om pågående upphandlingar", "Redovisning av synpunkter och klagomål")),
    ("Anmälan av delegationsbeslut", ("Delegationsbeslut inom individ- och familjeomsorgen", "Delegationsbeslut inom äldreomsorgen",
                                      "Delegationsbeslut inom ekonomiområdet")),
)


def association_items(rng: random.Random, doc: Document, pool: dict, meeting: dict, officers: dict[str, Any],
                      values: dict[str, str]) -> list[dict]:
    prose = doc.factors["labels"] == "prose"

    def decision(options: list[str]) -> str | None:
        if not options:
            return None
        text = fill(pick(rng, options, prose), values)
        if prose and rng.random() < 0.25:  # the old form: 'Beslutades att …'
            text = re.sub(rf"^{values['subject']} {values['decided']} att", "Beslutades att", text)
        return text

    agenda = meeting["agenda"]
    openers = pool["openers"] if agenda in ("annual", "extra") else [o for o in pool["openers"] if o.get("opens") or o.get("elects") == "justerare"]
    out = []
    for o in openers:
        if o.get("opens") or o.get("elects") or rng.random() < 0.75:
            out.append({"title": o["title"], "decision": decision(o["decisions"]), "opens": o.get("opens"), "elects": o.get("elects")})
    body = pool[agenda]
    for m in rng.sample(body, min(len(body), rng.randint(3, 7))) if agenda != "annual" else [b for b in body if rng.random() < 0.7]:
        presenter = officers.get(m.get("presents", ""))
        description = fill(m["description"], values) if m.get("description") else None
        if presenter and description:  # 'Kassören redogör …' → 'Kassören Per Ek redogör …'
            who = m["presents"].capitalize()
            description = description.replace(who + " ", f"{who} {presenter.name} ", 1)
        out.append({"title": m["title"], "description": description,
                    "proposal": fill(m["proposal"], values) if m.get("proposal") else None,
                    "decision": decision(m["decisions"]), "presenters": [presenter] if presenter and description else [],
                    "presenter_in_text": bool(presenter and description), "subs": m.get("has_subitems")})
    for c in pool["closers"]:
        out.append({"title": c["title"], "description": fill(c["description"], values) if c.get("description") else None,
                    "decision": None, "closes": c.get("closes")})
    return out


SUBITEMS_ASSOCIATION = ("Rapporter", ("Rapport från ordföranden", "Rapport från kassören", "Rapport från fastighetsgruppen",
                                      "Rapport från festkommittén"))


def add_subitems(rng: random.Random, raw: list[dict], body: str) -> None:
    """Give one item (two in a long agenda) sub-items with their own headings."""
    parents = [r for r in raw if r.get("subs")]
    if not parents:
        title, subs = rng.choice(SUBITEMS_PUBLIC) if body != "association" else SUBITEMS_ASSOCIATION
        same = next((r for r in raw if r["title"] == title), None)
        if same:  # the agenda has that item already: it gets the sub-items
            same["subs"] = list(subs)
            parents = [same]
    if not parents:
        parent = {"title": title, "decision": None, "subs": list(subs)}
        closers = sum(1 for r in raw if r.get("closes") or r["title"] in ("Övriga frågor", "Mötet avslutas", "Mötets avslutande"))
        raw.insert(max(1, len(raw) - closers), parent)
        parents = [parent]
    for parent in parents[:2]:
        parent["sub_titles"] = rng.sample(parent["subs"], min(len(parent["subs"]), rng.randint(2, 3)))
        parent["decision"] = None  # the sub-items carry the decisions


def sub_decision(title: str, values: dict[str, str], prose: bool, rng: random.Random) -> str:
    s, d = values["subject"], values["decided"]
    if title.startswith("Val av"):
        return f"{s} {d} att omvälja sittande {title.removeprefix('Val av ').lower()} för ett år."
    if title.startswith("Motion"):
        return f"{s} {d} att bifalla motionen."
    if title.startswith("Rapport"):
        return f"{s} {d} att lägga rapporten till handlingarna."
    if prose or rng.random() < 0.5:
        return f"{s} {d} att lägga informationen till handlingarna."
    return "Informationen noteras."


def number_items(rng: random.Random, doc: Document, raw: list[dict], start: int, values: dict[str, str]) -> list[Item]:
    style, sub = doc.factors["numbering"], doc.factors["subitems"]
    prose = doc.factors["labels"] == "prose"
    protokoll = doc.kind == "protokoll"
    items: list[Item] = []
    for n, r in enumerate(raw, start):
        label = number_label(style, str(n), doc.organ_abbr)
        decision = r.get("decision") if protokoll else None
        if decision and prose:
            decision = decision_for_prose(decision, doc.subject)
        proposal = r.get("proposal") if not prose and rng.random() < (0.7 if doc.kind == "kallelse" else 0.5) else None
        statement = bool(protokoll and (r.get("opens") or r.get("closes")) and r.get("description"))
        description = r.get("description") if (statement or r.get("presenter_in_text") or rng.random() < 0.6) else None
        items.append(Item(n, label, r["title"], list(r.get("presenters") or []), bool(r.get("presenter_in_text")),
                          None, description, proposal, decision, statement=statement))
        for i, title in enumerate(r.get("sub_titles") or []):
            decision = sub_decision(title, values, prose, rng) if protokoll else None
            items.append(Item(n, sub_label(sub, style, n, i, doc.organ_abbr), title, decision=decision, parent_label=label))
    if doc.kind == "kallelse" and rng.random() < 0.5 and doc.start:
        time = doc.start
        for item in items:
            item.time = time
            time = later(time, rng.choice((5, 10, 15, 20, 30)))
    return items
