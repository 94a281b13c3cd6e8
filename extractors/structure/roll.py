"""Placed lines → the participants of a meeting, from its roll.

A roll is read as a form, row by row: a role label (in a label column, run
in with a colon, as a heading over its names, split over two lines, or
misread by a broken text layer), then its people — one per line, in columns,
run on with commas or semicolons, ticked in a checkbox roll, or in a table
row with their role in a cell of its own — until a label that is not a role.
Signature blocks name their own roles ('Justerande Anna Berg', or a row of
roles over or under a row of names). Party, organisation, role notes,
'tjänstgör för' and remarks such as 'på distans' are read off around each
name; rolls printing surnames first are turned (`extractors.structure.name_order`). Role
words are rules in `rules/sv/structure.json`, the rest in `rules/sv/people.json`.
In a roll of those present, a note beside a name that names an office
('(kassör)', '(mötesordförande)', ', suppleant') is the person's role or
nothing, never an organisation. A notice that lists no one names who signs
it after its agenda ('Klara Ek, ordförande').
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Sequence

from extractors.structure import blocks, name_order, organisation_names
from extractors import rules
from extractors.reading import ocr
from extractors.reading.placed import Placed
from extractors.structure.header import within_edits
from extractors.structure.people import clean_name
from schemas.document import Line
from schemas.meeting import Participant, Role


# Whatever follows the last parenthesis and is no word: a note such as '§§1-9'.
_TRAILING_NOTE = re.compile(r"(?<=\))\s*(?P<note>[^\w(]*\d[^A-Za-zÅÄÖåäö(]*)$")
_SECTIONS_IN_BRACKETS = re.compile(r"\(\s*(?P<sections>§§?\s*[\d\s,–-]+[a-z]?)\s*\)")
_FILLER = re.compile(r"[.…_]{3,}|…+")  # dotted and ruled lines to sign on


def _rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("people") if r.id == rule_id)


# 'fullmäktiges ordförande', 'kommunstyrelsens ordförande': another body's office, not this meeting's
_GENITIVE_BEFORE = re.compile(r"(?<![\w-])[a-zåäö][\wåäö-]*[a-zåäö]s\s+$")


# a party between commas in a typed roll ('Gösta Lindberg, s, ordförande'): as typed, in either case
_TYPED_PARTY = r"(?:s|m|c|v|fp|kd|mp|sd|vpk|nyd|S|M|C|V|FP|KD|MP|SD|VPK|NYD)"
_PARTY_AFTER_COMMA = re.compile(rf",\s*(?P<party>{_TYPED_PARTY})\s*(?=,|\(|$)")
_SERVING_NOTE = re.compile(r"(?i)(?P<not>(?:ej|inte)\s+)?tj(?:änstgörande|g\.?)")


_SURNAME_COMMA = re.compile(r"^(?P<last>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?),\s*(?P<first>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?P<rest>(?:\s*[(:,.].*|\s+[a-zåäö].*)?)$")


def _parse_person(text: str, role: Role, inline_roles: bool = True) -> Participant | None:
    """'Katarina Nyberg Finn (S) (ordförande) (Region JH)', 'Lise Hjemgaard-
    Svensson (M), 1:a vice ordförande', 'Lisbet Gibson, RJH - Regionstaben',
    'Anda Embretzen (Härjedalens kommun) §§1-10', 'Tommy Nilsson (S) tjänstgör
    för Lars Johansson (S)' → one participant. `inline_roles` off (the others
    of a roll) keeps 'ordförande, riksbanksfullmäktige' as the organisation."""
    text = re.sub(r"\s+", " ", _FILLER.sub(" ", _SPECKS.sub(" ", text))).strip()
    if (m := _SURNAME_COMMA.match(text)) and clean_name(f"{m.group('first')} {m.group('last')}"):
        text = f"{m.group('first')} {m.group('last')}{m.group('rest')}"  # 'Ahlberg, Stig (m)': a roll by surname
    sections = None
    if m := _SECTIONS_IN_BRACKETS.search(text):
        sections = re.sub(r"\s+", "", m.group("sections"))
        text = (text[: m.start()] + text[m.end():]).strip()
    if m := _rule("roll.serves_for").search(text):
        text, role = text[: m.start()].strip(), Role.SERVING_SUBSTITUTE
    text = _rule("roll.remark").pattern.sub("", text).strip(" ,")
    if m := blocks.rule("participant.sections").pattern.search(text):
        sections = re.sub(r"\s+", "", m.group("sections"))
        text = text[: m.start()].rstrip(" ,")
    elif m := _TRAILING_NOTE.search(text):
        sections = m.group("note")  # '§§1-10' as OCR may read it ('881-10'): kept as printed
        text = text[: m.start()].rstrip()
    if inline_roles and role is Role.MEMBER:
        text, role = _office_notes(text, role)
    if inline_roles and (m := blocks.rule("role.inline").pattern.search(text)) and not _GENITIVE_BEFORE.search(text[: m.start("role")]):
        inline = blocks.whole("role.", m.group("role"))
        if inline is not None and inline.data["role"] in _ROLES:
            role = Role(inline.data["role"])
        text = (text[: m.start()] + " " + text[m.end():]).strip(" ,")
    party = None
    if (m := blocks.rule("participant.party").pattern.search(text)) and role is not Role.OTHER:
        party = m.group("party")
        party = party.upper() if party.islower() else party  # "(s)" is S, "(Saml)" as printed; officials and guests have no party: '(RJH)' is where they work
        text = (text[: m.start()] + " " + text[m.end():]).strip()
    if party is None and role is not Role.OTHER and (m := _PARTY_AFTER_COMMA.search(text)):
        party = m.group("party").upper()  # 'Gösta Lindberg, s, ordförande': a typed roll's party between commas
        text = (text[: m.start()] + text[m.end():]).strip()
    organization = None
    bracketed = re.findall(r"\(([^)]*)\)", text)
    if bracketed:
        organization = bracketed[-1].strip() or None
        text = re.sub(r"\([^)]*\)", " ", text)
        if "," in text:  # 'Rolf Ek (SFP), fullmäktiges ordförande': the name before the comma
            text = text.partition(",")[0]
    elif "," in text:
        text, _, rest = text.partition(",")
        organization = rest.strip(" ,") or None
    if organization and (serving := _SERVING_NOTE.fullmatch(organization)) and role in (Role.SUBSTITUTE, Role.MEMBER):
        # 'Elsa Pettersson, c (ej tjänstgörande)' under 'Ersättare': whether the substitute served
        role, organization = (Role.NON_SERVING_SUBSTITUTE if serving.group("not") else Role.SERVING_SUBSTITUTE), None
    name = clean_name(text)
    if name is None and (m := _NOTE_AFTER_NAME.fullmatch(text.strip())):
        name = clean_name(m.group("name"))  # 'Bertil Nyström skyddsombud': an office of its own beside the name
    if name is None:
        return None
    if organization is None and (m := blocks.rule("name.title_word").pattern.match(re.sub(r"\s+", " ", text).strip())):
        organization = m.group(0).strip()  # 'Ekonomichef Anders Svensson': the title says where they work
    return Participant(name=name, party=party, organization=organization, role=role, sections=sections)


_ROLES = {r.value for r in Role}
_SPECKS = re.compile(r"[\"“”„«»]")  # quotes a scan's specks make beside a typed name
_NOTE_AFTER_NAME = re.compile(r"(?P<name>(?:[A-ZÅÄÖ][\wåäöéü-]+\.?\s+){1,3}[A-ZÅÄÖ][\wåäöéü-]+)\.?\s+[a-zåäö][\wåäö.]*(?:\s+[a-zåäö][\wåäö.]*)?")
_BRACKETS = re.compile(r"\([^()]*\)")  # 'Johan Ek (sekr.)': a note beside a name in a list
_NOTE_PARTS = re.compile(r"\s*(?:,|/|\boch\b)\s*")
_NOTE_RANK = (Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY, Role.ATTESTER, Role.OTHER, Role.SUBSTITUTE, Role.MEMBER)


def _office_notes(text: str, role: Role) -> tuple[str, Role]:
    """A present person's notes that name offices, taken off the name: in
    brackets ('Elsa Berg (mötesordförande)', 'Per Ek (ombudsman, adjungerad)')
    or after a comma ('Eva Nord, suppleant'). A role word in a note is the
    person's role (the highest of them), an association office ('kassör',
    'revisor') leaves the roll's; neither is an organisation. A note naming
    anything else (a party, an employer) stays."""
    office = _rule("roll.office").pattern

    def noted(note: str) -> list[Role] | None:
        parts = [p.strip(" .:;") for p in _NOTE_PARTS.split(note)]
        parts = [p for p in parts if p]
        found = []
        for part in parts:
            if (r := blocks.whole("role.", part)) is not None and r.data["role"] in _ROLES:
                found.append(Role(r.data["role"]))
            elif office.fullmatch(part):
                found.append(role)
            else:
                return None
        return found or None

    roles: list[Role] = []
    for m in reversed(list(re.finditer(r"\(([^()]*)\)", text))):
        if (found := noted(m.group(1))) is not None:
            roles += found
            text = (text[: m.start()] + " " + text[m.end():]).strip()
    if "," in text and "(" not in text:
        head, _, note = text.partition(",")
        if (found := noted(note)) is not None:
            roles += found
            text = head.strip()
    if roles:
        role = min(roles, key=_NOTE_RANK.index) if all(r in _NOTE_RANK for r in roles) else role
    return text, role


@dataclass
class _List:
    """One roll under one label: the people it names as printed, in order."""

    people: list[Participant] = field(default_factory=list)
    turnable: bool = True  # names from a roll, whose order the document decides


def participants(lines: Sequence[Placed], size: float, document: Sequence[Placed] = ()) -> list[Participant]:
    """The participant lists among `lines` (the part of a document before its
    first item): a role heading or label, then its people — one per line, in
    columns, run on with commas or semicolons, or ticked in a checkbox roll —
    until a label that is not a role. In a signature block each line names
    its own role ('Justerande Margareta Winberg'), or a row of roles stands
    above or below a row of names. Rolls that print surnames first are turned
    ('Lindqvist Mikael' → 'Mikael Lindqvist'). A roll kept on a later page of
    `document` ('Beslutande: Enligt särskild förteckning, sidan 2') is read there."""
    pages = {p.page_no for p in lines}
    referred = {int(m.group("page")) for p in lines if (m := _rule("roll.elsewhere").search(p.text))} - pages
    lines = [*lines, *(p for p in document if p.page_no in referred)]
    tables, used = _headed_tables(lines)  # a table's row holds more (the party) than a signature
    lists = tables + _read_lists([p for k, p in enumerate(lines) if k not in used], size)  # its rows are read once
    orders = name_order.surname_first([[p.name for p in lst.people] for lst in lists], [not lst.turnable for lst in lists])
    out: list[Participant] = []
    for lst, reverse in zip(lists, orders):
        for person in lst.people:
            own = name_order.surname_first_score(person.name)  # a name's own evidence outweighs its list's
            if lst.turnable and (own > 0 or (reverse and own == 0)):
                person = person.model_copy(update={"name": name_order.turned(person.name)})
            _add(out, person)
            if person.role is Role.OTHER and person.organization and _names_secretary(person.organization):
                _add(out, Participant(name=person.name, role=Role.SECRETARY))
    return out


SEATS = frozenset({Role.MEMBER, Role.SERVING_SUBSTITUTE, Role.SUBSTITUTE, Role.NON_SERVING_SUBSTITUTE})


# the labels of a roll of seats; 'Suppleant:' beside 'Närvarande:' is a board's, whose people are present once
_SEAT_LABELS = frozenset({Role.MEMBER.value, Role.SERVING_SUBSTITUTE.value})


def public_body(organisation: str | None) -> bool:
    """Is the issuer a kommun, region, authority or company ('Strandholms
    kommun', 'Älvby Bostäder AB'), by the words of its name (people.json
    `public_bodies`), not an association?"""
    return bool(organisation) and _public_words().search(organisation.casefold()) is not None


@cache
def _public_words() -> re.Pattern[str]:
    words = rules.load("people")["public_bodies"]["words"]
    return re.compile(rf"(?<![\wåäö])(?:{'|'.join(map(re.escape, words))})(?![\wåäö])")


def holds_seats(lines: Sequence[Placed]) -> bool:
    """Is the roll among `lines` one of seats ('Beslutande', 'Ledamöter',
    'Ordinarie', 'Tjänstgörande ersättare': a body whose members hold them),
    not a bare 'Närvarande' (who came to an association's meeting), with or
    without its 'Suppleant:'?"""
    plain = _rule("roll.plain_present").pattern
    for placed in lines:
        if (found := blocks.leading_label("role.", placed.line)) is None:
            continue
        rule, rest = found
        label = blocks.words_text(placed.line.words[: len(placed.line.words) - len(rest)])
        if rule.data["role"] in _SEAT_LABELS and not plain.fullmatch(label.strip()):
            return True
    return False


def _names_secretary(organization: str) -> bool:
    return any(blocks.whole("role.sekreterare", part) for part in re.split(r"\s*,\s*", organization))


_SPECK_WORD = re.compile(rf"^[{re.escape(blocks.SPECKS)}]{{1,2}}$")  # what a scan's dust reads as, a word of its own


def _without_leading_speck(placed: Placed) -> Placed:
    """A scanned line without the speck OCR read before its first word (': Suppleanter: …')."""
    segments = placed.line.segments
    if not placed.ocr or len(placed.line.words) < 2 or not _SPECK_WORD.match(segments[0][0].text):
        return placed
    rest = (segments[0][1:], *segments[1:]) if len(segments[0]) > 1 else segments[1:]
    return dataclasses.replace(placed, line=Line(tuple(seg for seg in rest if seg)))


def _trailing_label(placed: Placed) -> Placed:
    """A sentence that ends by naming whom it goes to ('Kungörelse till
    kommunfullmäktiges sammanträde … tillställes ledamöterna:'): the role
    words before its colon, as the label of the list under it."""
    words = placed.line.words
    if len(placed.line.segments) > 1 or len(words) < 3 or not words[-1].text.endswith(":"):
        return placed  # 'Ordförande: | Justerare: | Sekreterare:' is a row of roles over signatures
    if blocks.whole("role.", words[0].text.rstrip(":")) is not None:
        return placed
    for n in (1, 2, 3):
        tail = words[-n:]
        if (found := blocks.whole("role.", blocks.words_text(tail).rstrip(":"))) is not None and found.data["role"] in _ROLES:
            return dataclasses.replace(placed, line=Line((tuple(tail),)))
    return placed


def _read_lists(lines: Sequence[Placed], size: float) -> list[_List]:
    # A form is read row by row, label beside value, even where the reading
    # order put its label column before its value column.
    lines = _side_by_side(_by_rows([_trailing_label(_without_leading_speck(p)) for p in lines]))
    value_x = _value_column(lines)
    lists: list[_List] = []
    role: Role | None = None
    signatures = False
    pending: Role | None = None  # a signature role whose name is on the next line
    group = 0  # groups of one roll, split by '---': members first, then others
    run: list[Placed] = []  # the lines of the current role's value
    heading_x: float | None = None  # where the current field's values start (below a heading label: at its x)
    plain = False  # the label is a bare 'Närvarande': a wide gap in its list parts members from others
    inner: tuple | None = None  # (role, heading_x, None) of the heading a one-line sub-list stands under

    def flush() -> None:
        nonlocal run
        if run and role is not None:
            lists.append(_List(_people_of(run, role, group)))
        run = []

    i = 0
    while i < len(lines):
        placed = lines[i]
        line = placed.line
        i += 1
        if (grid := _role_row(line)) is not None:
            flush()
            role = None
            lists.append(_List(_grid_people(grid, lines, i - 1), turnable=False))
            continue
        if role is not None and not signatures and run and _continues(run[-1], placed, heading_x):
            run[-1] = _joined(run[-1], placed)  # 'Susanne Eberstein, fullmäktiges' over 'ordförande'
            continue
        carries = role is not None and bool(run) and not signatures and _list_runs_on(run[-1].text, placed.text)
        if carries and placed.text.lstrip().startswith("("):
            run.append(placed)  # '…, Nils Persson' over '(kassör), Jonas Bäck': a note, no label
            continue
        if (role is not None and not signatures and run and placed.text.lstrip()[:1].islower()
                and not _OFFICE_THEN_NAME.match(placed.text.lstrip())  # 'kamrer Gun Ek': an entry of its own
                and not _MARK.match(placed.text.lstrip()) and not _rule("roll.checkbox").pattern.match(placed.text)
                and len(placed.text.split()) <= WRAPPED_NOTE_WORDS and run[-1].page_no == placed.page_no
                and abs(placed.line.x0 - run[-1].line.x0) <= blocks.COLUMN_TOLERANCE):
            run[-1] = _joined(run[-1], placed)  # 'Agnes Berg (V), Bräcke kommun, vice' over 'ordförande'
            continue
        if inner is not None and run and not _list_runs_on(run[-1].text, placed.text):  # after a run-in sub-list:
            flush()  # the heading's list goes on
            role, heading_x, inner = inner
        found = _label(line, value_x, lines[i] if i < len(lines) else None)
        if found is not None:
            label_role, rest, below_rest = found
            # 'Ersättare: Tommy Lund (S), Maj Edström (V)' within the names under a heading ('Övriga närvarande'):
            # a list of one line, after which the heading's list goes on
            nested = (role is not None and not signatures and heading_x is not None and rest and below_rest is None
                      and abs(line.x0 - heading_x) <= blocks.COLUMN_TOLERANCE and ":" in blocks.words_text(line.words[:len(line.words) - len(rest)]))
            outer = (role, heading_x, None) if nested else None
            flush()
            group = 0
            signatures = signatures or label_role == "signatures"
            role = Role(label_role) if label_role in _ROLES else None
            # where this field's values start: beside the label, or below it when nothing is beside it or
            # what is beside it heads the table's other columns ('Beslutande ledamöter | Parti | Närvaro §')
            heading_x = line.x0 if not rest or _heads_columns(rest) else rest[0].x0
            label_words = line.words[: len(line.words) - len(rest)]  # `rest` ends the line (blocks.leading_label)
            plain = _rule("roll.plain_present").pattern.fullmatch(blocks.words_text(label_words)) is not None
            if not rest or _FILLER.sub("", blocks.words_text(rest)).strip() == "":
                if signatures and role is not None:
                    pending, role = role, None
                continue
            placed = _Rest(placed, rest)
            inner = outer
            if below_rest is not None:
                i += 1
                if role is not None and not signatures and below_rest:
                    run.append(placed)
                    placed = _Rest(lines[i - 1], below_rest)
        elif _is_other_label(placed, None if heading_x is not None and abs(line.x0 - heading_x) <= blocks.COLUMN_TOLERANCE else value_x, size):
            flush()
            role, signatures, pending, heading_x = None, False, None, None
            continue
        if found is None and carries:
            run.append(placed)  # '…, Ulla' over 'Hermansson, Linnea Holm', wherever the next line starts
            continue
        if found is None and _opens_item(placed.text):
            flush()
            role, signatures, pending, heading_x = None, False, None, None
            continue
        if _rule("roll.separator").pattern.fullmatch(placed.text.strip()):
            flush()
            group += 1
            continue
        if signatures and role is None:
            text = _FILLER.sub(" ", placed.text).strip()
            signed = [p for c in _cell_texts(placed) if (p := _parse_person(c, pending))] if pending is not None else []
            if signed:
                lists.append(_List(signed, turnable=False))
                pending = None
            else:
                signed = []
                for chunk in re.split(r"\s*,\s*(?=\S)", text):
                    if (lead := _signature_role(chunk)) is None:
                        continue
                    person = _parse_person(lead[1], lead[0]) if lead[1].strip() else None
                    if person is not None:
                        signed.append(person)
                    else:
                        pending = lead[0]  # 'Sekreterare' ending the line, its name on the next
                lists.append(_List([p for p in signed if p], turnable=False))
            continue
        if role is not None:
            if plain and _after_gap(run, placed):
                flush()
                group += 1
            run.append(placed)
            if signatures:
                flush()
                role = None  # in a signature block each line names its own role
    flush()
    return lists


def _side_by_side(lines: list[Placed]) -> list[Placed]:
    """A roll set in two columns, a role heading over each ('Beslutande
    ledamöter      Övriga närvarande'): the left column's lines, then the
    right's, so that each list is read under its own heading. The columns
    end at a line that crosses the gap between them."""
    for k, placed in enumerate(lines):
        segments = placed.line.segments
        if len(segments) != 2 or not all(_role_heading(seg) for seg in segments):
            continue
        box = _rule("roll.checkbox").pattern
        if any(box.search(p.text) for p in lines[k + 1 : k + 4]):
            return lines  # a checkbox roll's columns ('ordinarie | ersättare' over ticks): `_ticked` reads them
        split = segments[1][0].x0 - blocks.COLUMN_TOLERANCE
        left, right, end = [], [], len(lines)
        for j in range(k, len(lines)):
            line = lines[j].line
            if lines[j].page_no != placed.page_no or any(seg[0].x0 < split < seg[-1].x1 for seg in line.segments):
                end = j
                break
            own_left = tuple(seg for seg in line.segments if seg[0].x0 < split)
            own_right = tuple(seg for seg in line.segments if seg[0].x0 >= split)
            if own_left:
                left.append(Placed(lines[j].page_no, Line(own_left), lines[j].left, lines[j].right, lines[j].ocr))
            if own_right:
                right.append(Placed(lines[j].page_no, Line(own_right), lines[j].left, lines[j].right, lines[j].ocr))
        return [*lines[:k], *left, *right, *lines[end:]]
    return lines


_FUNCTION_COLUMNS = frozenset({"funktion", "roll", "uppdrag"})
_PRESENCE_COLUMNS = frozenset({"närvaro", "närvarande"})


def _headed_tables(lines: Sequence[Placed]) -> tuple[list[_List], set[int]]:
    """Rolls set as a table under a row of column headings ('Namn | Funktion |
    Närvaro'): the people of the rows under it, in the role their function
    cell names ('Ordförande', 'Ledamot, hamnansvarig', 'Suppleant', 'Kassör'
    is a member's office, 'Adjungerad, varvschef' is another present with
    what they do), those a presence cell marks absent ('Frånvarande') left
    out. A row is a cell per heading, a name first; the table ends at the
    first line that is none. Also the indices of the lines read (headings and rows)."""
    headings = rules.load("people")["column_headings"]["words"]
    out: list[_List] = []
    used: set[int] = set()
    k = 0
    while k < len(lines):
        cells = [c.strip(" :").casefold() for c in _cell_texts(lines[k])]
        k += 1
        if len(cells) < 2 or not all(c in headings for c in cells) or cells[0] not in ("namn", "name"):
            continue
        function = next((j for j, c in enumerate(cells) if c in _FUNCTION_COLUMNS), None)
        presence = next((j for j, c in enumerate(cells) if c in _PRESENCE_COLUMNS), None)
        party = next((j for j, c in enumerate(cells) if c in ("parti", "grupp")), None)  # Finland-Swedish 'Grupp': the party group
        start = k - 1
        above = _heading_role(lines[start - 1]) if start else None  # 'Ej tjänstgörande ersättare' over 'Namn | Parti | Funktion'
        if function is None and presence is None and above is None:
            continue  # 'Namn | Sektion': a list of names `_read_lists` reads under its label
        if function is None and above is Role.OTHER:
            function = next((j for j, c in enumerate(cells) if j and j != party), None)  # 'Namn | Befattning' of others: what they do
        people: list[Participant] = []
        group: tuple[Role, str | None] | None = None  # a heading row inside the table: ('Valberedningen')
        while k < len(lines):
            row = _cell_texts(lines[k])
            if len(row) == 1 and k + 1 < len(lines) and 1 < len(_cell_texts(lines[k + 1])) <= len(cells):
                k += 1
                group = _table_group(row[0])
                continue
            if not 1 < len(row) <= len(cells):
                break
            k += 1
            if presence is not None and presence < len(row) and _absent(row[presence]):
                continue
            role, note = above or Role.MEMBER, None
            if function is not None and function < len(row):
                office, _, note = (part.strip() for part in row[function].partition(","))
                # 'Tjänstgörande ersättare för Tove Sandberg (S)': the role, and whom they serve for
                if (named := _signature_role(office)) is not None and (not named[1] or named[1].startswith("för ")):
                    # the heading above says more of a substitute than the cell's 'Ersättare' does
                    role = role if (named[0] is Role.SUBSTITUTE and role in _SUBSTITUTES) else named[0]
                elif not _rule("roll.office").pattern.fullmatch(office.casefold()):
                    note = row[function]  # what they do here ('varvschef'): noted, present as a member
            person = _parse_person(row[0], role)
            if person is None:
                k -= 1  # no row of the table ('Övriga närvarande | Karl Hedström, kommundirektör'): a label's
                break
            if role is Role.SUBSTITUTE and any(_rule("roll.serves_for").search(" " + cell) for cell in row[1:]):
                person = person.model_copy(update={"role": Role.SERVING_SUBSTITUTE})  # 'Ersättare | tjänstgör för …'
            if group is not None and person.role is Role.MEMBER:
                person = person.model_copy(update={"role": group[0], "organization": person.organization or group[1]})
            if role is Role.OTHER and note:
                person = person.model_copy(update={"organization": note})
            if party is not None and party < len(row) and person.party is None and (name := _party_name(row[party])):
                person = person.model_copy(update={"party": name})
            people.append(person)
        if people:
            out.append(_List(people))  # a roll table may print surnames first ('Berg Anna')
            used.update(range(start, k))
    return out, used


_SUBSTITUTES = frozenset({Role.SERVING_SUBSTITUTE, Role.NON_SERVING_SUBSTITUTE})


def _heading_role(placed: Placed) -> Role | None:
    """The role a heading line names on its own ('Ej tjänstgörande ersättare',
    'Övriga närvarande'), for the table under it."""
    found = blocks.whole("role.", placed.text.strip(" :"))
    return Role(found.data["role"]) if found is not None and found.data["role"] in _ROLES else None


def _table_group(heading: str) -> tuple[Role, str | None]:
    """The people under a heading row inside a roll table: in the role it
    names ('Ersättare'), else others present from the body it names, its note
    in brackets dropped ('Kårstyrelsen (närvaro- och yttranderätt)')."""
    text = re.sub(r"\s*\([^)]*\)\s*$", "", heading).strip(" :")
    found = blocks.whole("role.", text)
    if found is not None and found.data["role"] in _ROLES:
        return Role(found.data["role"]), None
    return Role.OTHER, text or None


def _party_name(cell: str) -> str | None:
    """A party cell as a roll keeps it: 'Moderaterna' → 'M', 'KD' as it is."""
    text = cell.strip(" ()")
    if _PARTY_CELL.fullmatch(text):
        return text
    if (m := blocks.rule("participant.party").pattern.fullmatch(f"({text})")) is not None:
        return m.group("party")  # 'Saml', 'Sannf': a party as the document's own language abbreviates it
    return rules.load("people")["party_names"]["names"].get(text.casefold())


def _absent(cell: str) -> bool:
    found = blocks.whole("role.", cell.strip(" :"))
    return found is not None and found.data["role"] == "absent"


def _role_heading(words) -> bool:
    """A heading over a list of those present ('Beslutande ledamöter', 'Övriga
    närvarande'), not an office a signature names ('ordförande | protokollförare')."""
    text = blocks.words_text(words).strip().rstrip(":")
    found = blocks.whole("role.", text)
    return found is not None and found.data["role"] in {r.value for r in (*SEATS, Role.OTHER)}


def _heads_columns(words: Sequence) -> bool:
    """Do the words beside a label head a roll table's columns ('Parti',
    'Parti Anmärkning Närvaro §')?"""
    first = blocks.words_text(words[:1]).strip(" :").casefold()
    return first in rules.load("people")["column_headings"]["words"]


def _by_rows(lines: Sequence[Placed]) -> list[Placed]:
    """Lines in rows from the top, the lines of one row joined left to right
    into one ('Utses att justera', set a little lower than its value beside
    it; 'Sara Malmkvist | ledamot | nr 151' read as three lines by OCR): a line
    whose middle lies within the row's first line shares its row."""
    out: list[Placed] = []
    row: list[Placed] = []

    def close() -> None:
        if not row:
            return
        ordered = sorted(row, key=lambda p: p.line.x0)
        first = ordered[0]
        if len(ordered) == 1:
            out.append(first)
            return
        segments = tuple(seg for p in ordered for seg in p.line.segments)
        out.append(Placed(first.page_no, Line(segments), first.left, first.right, first.ocr))

    for p in sorted(lines, key=lambda p: (p.page_no, p.line.top)):
        first = row[0] if row else None
        middle = (p.line.top + p.line.bottom) / 2
        if first is not None and p.page_no == first.page_no and first.line.top <= middle <= first.line.bottom:
            row.append(p)
            continue
        close()
        row = [p]
    close()
    return out


def _after_gap(run: list, placed) -> bool:
    """Does `placed` follow the list's last line after a blank line (twice the
    list's own line pitch or more)?"""
    if len(run) < 2:
        return False
    a, b = run[-2], run[-1]
    if not (a.page_no == b.page_no == placed.page_no):
        return False
    pitch = b.line.top - a.line.top
    return pitch > 0 and placed.line.top - b.line.top >= 1.8 * pitch


def _continues(previous, placed: Placed, value_x: float | None) -> bool:
    """Does `placed` carry on the entry above it: set in the value column,
    opening with a small letter ('ordförande' under 'Susanne Eberstein,
    fullmäktiges'), and no tick mark?"""
    text = placed.text.lstrip()
    return (
        value_x is not None
        and previous.page_no == placed.page_no
        and abs(placed.line.x0 - value_x) <= blocks.COLUMN_TOLERANCE
        and text[:1].islower()
        and not _OFFICE_THEN_NAME.match(text)
        and not _MARK.match(text)
        and not _rule("roll.checkbox").pattern.match(text)
        and not previous.text.rstrip().endswith((",", ";"))  # a run-on list is joined as a whole
    )


def _joined(previous, placed: Placed) -> Placed:
    line = Line((*previous.line.segments, *placed.line.segments))
    page_no = previous.page_no
    base = previous.placed if isinstance(previous, _Rest) else previous
    return Placed(page_no, line, base.left, base.right, base.ocr)


def _opens_item(text: str) -> bool:
    """'1. Mötet öppnas', '§ 3 Val av justerare': the agenda begins, the roll has ended."""
    return bool(blocks.rule("paragraph.heading").pattern.match(text) or re.match(r"^\d{1,3}\.\s+[A-ZÅÄÖ]", text))


@dataclass(frozen=True)
class _Rest:
    """The value part of a label line: the words after the label."""

    placed: Placed
    words: list

    @property
    def text(self) -> str:
        return blocks.words_text(self.words)

    @property
    def page_no(self) -> int:
        return self.placed.page_no

    @property
    def line(self):
        """The placed line's segments cut to `words`, which end it."""
        first = len(self.placed.line.words) - len(self.words)
        segments, at = [], 0
        for seg in self.placed.line.segments:
            if kept := seg[max(first - at, 0):]:
                segments.append(kept)
            at += len(seg)
        return type(self.placed.line)(tuple(segments))


def _cell_texts(placed) -> list[str]:
    return [blocks.words_text(seg) for seg in placed.line.segments if seg]


def _label(line, value_x: float | None, below: Placed | None):
    """(role, words after the label, the value words of the next line when the
    label goes on there) when the line opens with a role label: 'Beslutande | …', 'Ordförande = | …' (OCR),
    'Ej tjänstgörande | …' over 'ersättare | …', or one a broken text layer
    misspells ('Benlutande irdhnarhe')."""
    found = blocks.leading_label("role.", line) or blocks.label_run_into("role.", line, value_x)
    if found is not None:
        rule, rest = found
        if below is not None and rest and len(below.line.segments) > 1:
            two = f"{blocks.words_text(line.segments[0])} {blocks.words_text(below.line.segments[0])}"
            if (longer := blocks.whole("role.", two)) is not None and longer is not rule:
                return longer.data["role"], rest, [w for seg in below.line.segments[1:] for w in seg]
        return rule.data["role"], rest, None
    first = blocks.words_text(line.segments[0])
    cleaned = re.sub(r"^[^\wÅÄÖåäö]+|[^\wÅÄÖåäö)]+$", "", first)
    rest = [w for seg in line.segments[1:] for w in seg]
    if cleaned != first and (rule := blocks.whole("role.", cleaned)) is not None:
        return rule.data["role"], rest, None
    if below is not None and len(line.segments) > 1 and abs(below.line.x0 - line.x0) <= blocks.COLUMN_TOLERANCE:
        two = f"{cleaned} {blocks.words_text(below.line.segments[0])}"
        if (rule := blocks.whole("role.", two)) is not None:
            return rule.data["role"], rest, [w for seg in below.line.segments[1:] for w in seg]
    if len(line.words) <= 3 and (misread := _misread_role(cleaned)) is not None:
        return misread, rest, None
    return None


def _misread_role(text: str) -> str | None:
    folded = text.casefold()
    if len(folded) < 9 or ocr.all_words(re.findall(r"\w+", folded)):
        return None
    for label, role in rules.load("people")["fuzzy_labels"]["labels"].items():
        if within_edits(folded, label, max(2, len(label) // 4)):
            return role
    return None


def _role_row(line) -> list[tuple[float, float, str]] | None:
    """A row of role words heading columns of names ('Sekreterare | Ordförande |
    Justerare', 'ordförande | protokollförare'): each cell with its extent."""
    cells = [seg for seg in line.segments if seg]
    if len(cells) < 2:
        return None
    out = []
    for seg in cells:
        rule = blocks.whole("role.", blocks.words_text(seg))
        if rule is None or rule.data["role"] not in _ROLES:
            return None
        out.append((seg[0].x0, seg[-1].x1, rule.data["role"]))
    if {role for *_, role in out} <= {Role.MEMBER.value, Role.SUBSTITUTE.value}:
        return None  # 'ordinarie | ersättare' heads the columns of a roll, not signatures
    return out


def _grid_people(grid: list[tuple[float, float, str]], lines: Sequence[Placed], at: int) -> list[Participant]:
    """The names in the row just above (unless a row of roles above heads that
    row, nearer) or within three rows below a row of roles, each under the
    role whose cell it overlaps."""
    out = []
    candidates = [at - 1] if at > 0 and not _headed_above(lines, at - 1) else []
    candidates += list(range(at + 1, min(at + 4, len(lines))))
    for k in candidates:
        placed = lines[k]
        if k > at and _captioned_below(lines, k):
            break  # names over captions of their own
        people = []
        for seg in placed.line.segments:
            text = _FILLER.sub(" ", blocks.words_text(seg)).strip()
            if not text:
                continue
            middle = (seg[0].x0 + seg[-1].x1) / 2
            role = min(grid, key=lambda g: 0 if g[0] - 6 <= middle <= g[1] + 60 else abs(middle - (g[0] + g[1]) / 2))[2]
            if (person := _parse_person(text, Role(role), inline_roles=False)) is not None:
                people.append(person)
        if people:
            out.extend(people)
            break
    return out


def _adjacent(upper: Placed, lower: Placed) -> bool:
    """Does `lower` stand right under `upper`, closer than a line's height?"""
    return lower.line.top - upper.line.bottom < upper.line.bottom - upper.line.top


def _headed_above(lines: Sequence[Placed], k: int) -> bool:
    """Is the row `k` the names under the captions of a row of roles above
    it ('Sekreterare | Ordförande', a line to sign on, the names; then
    'Justerare | Justerare' further down), not names over the row of roles
    right under them ('Jonas Berg | Karin Ek' over 'protokollförare | ordförande')?"""
    if k + 1 < len(lines) and _adjacent(lines[k], lines[k + 1]):
        return False
    return any(_role_row(p.line) is not None for p in lines[max(0, k - 3): k])


def _captioned_below(lines: Sequence[Placed], k: int) -> bool:
    """Does a row of roles stand right under the row `k`: its own captions?"""
    return k + 1 < len(lines) and _role_row(lines[k + 1].line) is not None and _adjacent(lines[k], lines[k + 1])


COLUMNAR_SHARE = 0.75  # of a roll's lines in two cells or more, the second at one x: names side by side


def _columnar(run: list) -> bool:
    """Is a roll set in columns, a name a cell ('Backman Tor | Rönnqvist
    Stig' over 'Granqvist Ulla | Sjöholm Bengt'), so that a note under it
    ('(14 medlemmar)') does not make one list run on of its lines?"""
    second = [p.line.segments[1][0].x0 for p in run if len(p.line.segments) >= 2 and p.line.segments[1]]
    if len(run) < 3 or len(second) < COLUMNAR_SHARE * len(run):
        return False
    cells = [blocks.words_text(seg).strip() for p in run for seg in p.line.segments if seg]
    if any(c.endswith((",", "(", "-")) or c[:1].islower() or _OPEN_END.search(c) for c in cells):
        return False  # an entry wraps within its column ('Åberg, Tomas (M), vice' / 'ordförande'): the lines run on
    return sum(abs(x - second[0]) <= blocks.COLUMN_TOLERANCE for x in second) >= COLUMNAR_SHARE * len(second)


def _people_of(run: list, role: Role, group: int) -> list[Participant]:
    """The people of one role's value lines: a checkbox roll, a list run on over
    several lines, or one person per line (or per column)."""
    text = " ".join(p.text for p in run)
    if _rule("roll.checkbox").search(text):
        return _ticked(run, role)
    if any(_MARK.match(p.text) for p in run):
        return _marked(run, role)
    inline = group == 0
    if group > 0:
        role = Role.OTHER
    if len(run) > 1 and _runs_on(run) and not _columnar(run):
        out: list[Participant] = []
        for entry in _entries(run):  # a one-per-line roll where a line wraps ('… för Bertil Stål' / '(FP)') reads
            joined = " ".join(p.text for p in entry)  # entry by entry; a list run on with commas is one entry
            parts = re.split(r"\s*;\s*", joined) if ";" in joined else _NEXT_PERSON.split(joined)
            out += [p for part in parts if part.strip() for p in _one_per_person(part, [part], role, inline) if p]
        return out
    out = []
    for p in run:
        out.extend(x for x in _one_per_person(p.text, _cell_texts(p), role, inline) if x)
    return out


_PERSON_LINE = re.compile(rf"\W*[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)+\s*{_PARTY_AFTER_COMMA.pattern}")
_OFFICE_THEN_NAME = re.compile(r"[a-zåäö][\wåäö-]+\s+[A-ZÅÄÖ][\wåäöéü-]+(?:\s+[A-ZÅÄÖ][\wåäöéü-]+)+\s*$")
_OPEN_END = re.compile(r"(?<![\wåäö])(?:för|och|samt|av|till|med)$")  # a line that stops mid-phrase


def _entries(run: list) -> list[list]:
    """The lines of a role's value grouped into entries: a line that carries
    on the one above (`_runs_on`'s tests for one pair) joins its entry. A
    list run on with commas is one entry, wherever its lines break ('…,
    Gunnel' / 'Persson Westin (S) …') — unless most lines open with a name
    and its party ('Gösta Lindberg, s, ordförande'): a person a line, whose
    notes may wrap onto a line that opens with no name."""
    person_lines = [_PERSON_LINE.match(p.text) is not None for p in run]
    if sum(person_lines) >= 2 and sum(person_lines) * 2 >= len(run):
        groups: list[list] = []
        for p, opens in zip(run, person_lines):
            if opens or not groups:
                groups.append([p])
            else:
                groups[-1].append(p)
        return groups
    if any(p.text.rstrip().endswith((",", ";")) for p in run[:-1]) or sum(p.text.count(",") for p in run) > len(run):
        return [list(run)]
    groups: list[list] = [[run[0]]]
    for a, b in zip(run, run[1:]):
        if _runs_on([a, b]):
            groups[-1].append(b)
        else:
            groups.append([b])
    return groups


def _runs_on(run: list) -> bool:
    """Does the value continue from line to line ('…, Bo-Göran' / 'Danielsson (C) …')?"""
    for a, b in zip(run, run[1:]):
        end, start = a.text.rstrip(), b.text.lstrip()
        if not start:
            continue
        lower = start[:1].islower() and not _OFFICE_THEN_NAME.match(start)  # 'kamrer Gun Ek' opens an entry
        if _list_runs_on(end, start) or end.endswith(("-", "(")) or lower or start[:1] in "),;" \
                or _OPEN_END.search(end):  # '… tjänstgörande ersättare för' / 'Bertil Stål (FP)'
            return True
        if clean_name(start.split("(")[0].split(",")[0]) is None and ";" in a.text:
            return True
    return False


def _list_runs_on(end: str, start: str) -> bool:
    """Does a line carry on the list of the line above: the list breaks after a
    comma or inside a name, or the next line opens with the note of the last
    name ('(kassör), Jonas Bäck')?"""
    end, start = end.rstrip(), start.lstrip()
    return bool(start) and (end.endswith((",", ";")) or start.startswith("(") or _name_split_at_break(end, start))


def _name_split_at_break(end: str, start: str) -> bool:
    """Does the line break cut a name of a comma-separated list in two: '…,
    Sofia Nyström (kassör), Ulla' / 'Hermansson, Linnea Holm, …' — a lone
    word after the last comma, a lone word before the first, neither a name
    alone and the two together one?"""
    if "," not in end and "," not in start:
        return False  # one person a line: 'Anna Berg' over 'Per Ek'
    tail = re.split(r"[,;]|\s(?:och|samt)\s|\s&\s", end)[-1].strip()  # '…, Elin Dahlgren och Yusuf' / 'Demir (suppleant).'
    head = re.split(r"[,;(]", start)[0].strip()
    if len(tail.split()) != 1 or len(head.split()) != 1:
        return False
    return clean_name(tail) is None and clean_name(head) is None and clean_name(f"{tail} {head}") is not None


def _ticked(run: list, role: Role) -> list[Participant]:
    """A checkbox roll: '[X] Lindqvist Mikael, ordförande   [ ] Eklund Karita'.
    Ticked boxes are present; a box under an 'ersättare' column heading is a
    substitute who served."""
    box = _rule("roll.checkbox").pattern
    substitute_columns = [
        (seg[0].x0, seg[-1].x1)
        for p in run if not box.search(p.text)
        for seg in p.line.segments if seg and _is_substitute_heading(blocks.words_text(seg))
    ]
    out = []
    for p in run:
        words = list(p.line.words)
        starts = [k for k, w in enumerate(words) if box.match(w.text) or (w.text == "[" and k + 1 < len(words))]
        for n, k in enumerate(starts):
            stop = starts[n + 1] if n + 1 < len(starts) else len(words)
            entry = blocks.words_text(words[k:stop])
            m = box.match(entry)
            ticked = m is not None and (m.group("tick") is not None or (m.group("glyph") or "") in "☒☑■✓✔" and m.group("glyph"))
            if not ticked:
                continue
            x = words[k].x0
            here = Role.SERVING_SUBSTITUTE if any(a - 20 <= x <= b for a, b in substitute_columns) else role
            person = _parse_person(entry[m.end():], here)
            if person is not None:
                out.append(person)
    return out


# A tick standing alone in a column before the name: 'X   Lindqvist Mikael'.
_MARK = re.compile(r"^[xX✓✔☒☑]\s+(?=[A-ZÅÄÖ])")


def _marked(run: list, role: Role) -> list[Participant]:
    """A roll with a column of ticks: the marked rows were present, the rows
    whose name stands in the same column without a mark were not."""
    out = []
    for p in run:
        if (m := _MARK.match(p.text)) and (person := _parse_person(p.text[m.end():], role)) is not None:
            out.append(person)
    return out


def _is_substitute_heading(text: str) -> bool:
    folded = text.casefold().strip(" :")
    return any(within_edits(folded, word, 2) for word in rules.load("people")["substitute_headings"]["words"])


# 'Anna Berg (S), ordförande, Per Ek (M), Eva Nord (V)': a new person starts
# after a comma where a name and a parenthesis follow.
_NEXT_PERSON = re.compile(r"\s*[,;]\s*(?=[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}\s*\()")


def _one_per_person(text: str, cells: list[str], role: Role, inline: bool = True) -> list[Participant | None]:
    """A line listing several people — in columns ('Anna Berg (S)   Per Ek (M)'),
    after commas, or joined by 'och' ('Patrik Kemi och Nils Tallberg') — one
    participant each; a line with one person as it is."""
    if len(cells) > 1:
        if cells[0].strip(" :").casefold() in rules.load("people")["column_headings"]["words"]:
            return []  # 'Namn | Sektion': the head of a table of names
        if (holder := _office_row(cells)) is not None:  # 'Kassör | Linnea Berg'
            return [_parse_person(holder, Role.MEMBER, inline)]  # present, in an office of no roll
        cells = _party_cells_joined(cells)
        serving = len(cells) > 1 and clean_name(_BRACKETS.sub(" ", cells[0]).strip()) is not None and any(
            _rule("roll.serves_for").search(" " + cell) for cell in cells[1:])
        if serving:  # 'Britt-Marie Dahl (S) | ers. för Jonas Falk (S) | 21–34'
            person = _parse_person(cells[0], Role.SERVING_SUBSTITUTE, inline)
            return [person] if person else []
        in_cells = [_parse_person(cell, role, inline) for cell in cells]
        if all(in_cells):
            return in_cells
        # 'Kerstin Åberg (C)', 'Anna Holm (S), ordförande'
        first = _BRACKETS.sub(" ", cells[0])
        name_part, _, office = first.partition(",")
        named = clean_name((name_part if blocks.whole("role.", office.strip()) else first).strip()) is not None
        if in_cells[0] is not None and not any(in_cells[1:]) and named \
                and not any(_signature_role(cell) for cell in cells[1:]):
            person = in_cells[0]  # 'Ida Rask | Maskinsektionen': a name, then where they sit
            if len(cells) == 2 and person.organization is None and _names_organisation(cells[1]):
                person = person.model_copy(update={"organization": cells[1].strip()})  # '… | Lövsjö kommun'
            return [person]
        # a table row: 'Sara Malmkvist | ledamot | nr 151, gård 4' — the person, and their role in a cell of its own
        people = [p for p in in_cells if p]
        roles = [lead[0].value for cell in cells[1:] if (lead := _signature_role(cell)) is not None]
        if len(people) == 1 and len(roles) == 1 and named:
            return [people[0].model_copy(update={"role": Role(roles[0])})]
    if ";" in text:  # 'Birgitta Sälg, kommundirektör; Emma Krantz, kanslichef': a person, and what they do, each
        chunks = [c for c in text.split(";") if c.strip()]
        if len(chunks) > 1 and all(clean_name(_BRACKETS.sub(" ", c.split(",")[0]).strip()) for c in chunks):
            return [p for c in chunks for p in _one_per_person(c, [c], role, inline)]
    if (offices := _names_with_offices(text)) is not None:  # 'Erik Svahn, ordf, Anna Lund, v ordf, Oskar Backlund'
        return [_parse_person(part, role, inline) for part in offices]
    parts = [part for part in _NEXT_PERSON.split(text) if part.strip()]
    if len(parts) > 1:  # each part may list more: 'Karin Öberg (sekr.), Nils Persson' after 'Eva Ek (ordf.)'
        return [p for part in parts for p in _one_per_person(part, [part], role, inline)]
    if len(parts) == 1:  # 'Björn Gustavsson, Ingrid Krantz, Dick Holm', 'Patrik Kemi och Nils Tallberg'
        names_ = [n for n in _rule("roll.and").pattern.split(text) if n.strip()]
        joined = len(names_) > len(text.split(","))  # joined by 'och' / 'samt' / '&', not commas alone
        # two comma-separated parts are a name and where they work ('Frida Rhode, MiniMaria Jämtland'),
        # unless the second opens with a known first name
        if len(names_) > 1 and all(clean_name(_BRACKETS.sub(" ", n)) for n in names_) and (
            joined or len(names_) > 2 or name_order.surname_first_score(names_[-1]) < 0
        ):
            return [_parse_person(n, role, inline) for n in names_]
    return [_parse_person(part, role, inline) for part in parts]


def _names_organisation(cell: str) -> bool:
    """Is a cell an organisation's name and nothing else ('Lövsjö kommun', 'Region Gävleborg')?"""
    names = organisation_names.names_in(cell, alone=True)
    return len(names) == 1 and organisation_names.fold(names[0]) == organisation_names.fold(cell.strip(" ,."))


def _names_with_offices(text: str) -> list[str] | None:
    """A list run on with commas where an office follows its holder as a part
    of its own ('Erik Svahn, ordf, Anna Lund, v ordf, Oskar Backlund'): one
    text a person, the office kept with the name; None unless every other
    part is a name."""
    chunks = [c.strip() for c in text.split(",") if c.strip()]
    out: list[str] = []
    for chunk in chunks:
        if out and blocks.whole("role.", chunk.rstrip(" .")) is not None and "," not in out[-1]:
            out[-1] = f"{out[-1]}, {chunk}"
        elif clean_name(_BRACKETS.sub(" ", chunk).strip()) is not None:
            out.append(chunk)
        else:
            return None
    return out if len(out) > 1 and len(out) < len(chunks) else None


def _office_row(cells: Sequence[str]) -> str | None:
    """The holder in a roll row 'Kassör | Linnea Berg': an association's office
    (rule roll.office) in the label column, one name beside it."""
    if len(cells) == 2 and _rule("roll.office").pattern.fullmatch(cells[0].strip(" :").casefold()) \
            and clean_name(_BRACKETS.sub(" ", cells[1]).strip()) is not None:
        return cells[1]
    return None


_PARTY_CELL = re.compile(r"[A-ZÅÄÖ]{1,4}")  # 'S', 'KD', 'MP': a party in a column of its own


def _party_cells_joined(cells: list[str]) -> list[str]:
    """A table row with the party in a column of its own ('Kerstin Åberg | C |
    21–34'): the party joined to the name before it, as a roll prints it in
    brackets ('Kerstin Åberg (C)')."""
    out: list[str] = []
    for cell in cells:
        # 'Socialdemokraterna' written out is the party 'S' ('Britt-Marie Sandström | Socialdemokraterna')
        if out and "(" not in out[-1] and (party := _party_name(cell.strip())) is not None:
            out[-1] = f"{out[-1]} ({party})"
        else:
            out.append(cell)
    return out


def _signature_role(text: str) -> tuple[Role, str] | None:
    words = text.split()
    for n in range(min(3, len(words)), 0, -1):
        found = blocks.whole("role.", " ".join(words[:n]))
        if found is not None and found.data["role"] in _ROLES:
            return Role(found.data["role"]), " ".join(words[n:])
    return None


def _add(out: list[Participant], person: Participant | None) -> None:
    if person is None:
        return
    for known in out:
        if known.name == person.name and (known.role == person.role or (person.role is Role.OTHER and not person.organization)):
            return  # once a role; a name again among the others, with nothing more, is the same person (a signature under the roll)
    out.append(person)


def _value_column(lines: Sequence[Placed]) -> float | None:
    """Where the values of a label column start: the most used left edge of
    second cells ('Beslutande ledamöter | Katarina …')."""
    box = _rule("roll.checkbox").pattern
    xs = [ln.line.segments[1][0].x0 for ln in lines if len(ln.line.segments) > 1 and not box.match(ln.text)]
    starts = blocks.column_starts(xs, min_count=2)
    if not starts:
        return None
    return max(starts, key=lambda s: sum(1 for x in xs if abs(x - s) <= blocks.COLUMN_TOLERANCE))


def _is_other_label(placed: Placed, value_x: float | None, size: float) -> bool:
    """A label that is not a role ('Justeringens plats och tid', 'Organ'):
    it ends the list above it. A row of a checkbox roll, a rule between
    groups or a person's name is none."""
    line = placed.line
    if _rule("roll.checkbox").pattern.match(placed.text) or _rule("roll.separator").pattern.fullmatch(placed.text.strip()):
        return False
    first = line.segment_texts[0] if len(line.segments) > 1 else placed.text
    if clean_name(_SPECKS.sub("", re.split(r"[,(]", first)[0]).strip(" .")) is not None or _SURNAME_COMMA.match(first.strip()):
        return False  # a person's name is no label, wherever it stands ('Backman Anna' in a roll of ticks, '"Sture Hägg.', 'Ahlberg, Stig')
    if _office_row(line.segment_texts) is not None:
        return False  # 'Kassör | Linnea Berg': an office of the association beside its holder, in the roll
    if value_x is not None and line.x0 < value_x - blocks.COLUMN_TOLERANCE:
        return True
    return blocks.is_heading(line, size) and clean_name(placed.text) is None


WRAPPED_NOTE_WORDS = 3  # a short line in small letters under an entry of a roll ends its note ('ordförande')
_SIGNING_ROLES = (Role.SECRETARY, Role.ATTESTER)
_SIGNED = re.compile(r"(?P<name>[^,()]+),\s*(?P<note>[^,()]+)")
_NOTICE_ROLES = (Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY)


def signatories(lines: Sequence[Placed]) -> list[Participant]:
    """Who signs a notice that lists no one, after its agenda: a line each
    with a name and its office ('Klara Ek, ordförande', 'Per Lund, kassör').
    The chair, vice chair and secretary keep their role; another office of
    the association ('kassör') is 'övrig'."""
    office = _rule("roll.office").pattern
    out: list[Participant] = []
    for placed in lines:
        if not (m := _SIGNED.fullmatch(placed.text.strip())) or (name := clean_name(m.group("name"))) is None:
            continue
        note = m.group("note").strip(" .")
        rule = blocks.whole("role.", note)
        if rule is not None and rule.data["role"] in {r.value for r in _NOTICE_ROLES}:
            _add(out, Participant(name=name, role=Role(rule.data["role"])))
        elif office.fullmatch(note):
            _add(out, Participant(name=name, role=Role.OTHER))
    return out


def with_closing_signatures(found: Sequence[Participant], last_page: Sequence[Placed], size: float,
                            no_roll: bool = False) -> list[Participant]:
    """`found` and the secretaries and attesters a protokoll names where it
    ends ('Vid protokollet' over 'Jesper Johansson   Stefania Mammos',
    'Justeras' over the members' names), when the roll names them too. Minutes
    that print `no_roll` are signed by whoever kept them and chaired: a
    signature's office ('Vid protokollet' / 'Margit Holm, sekreterare',
    'Gunnel Råberg, ordförande') names its person's role, one entry per
    person with the highest office."""
    out = list(found)
    known = {p.name for p in found}
    for lst in _read_lists(last_page, size):
        for person in lst.people:
            # only people of this meeting: a bundled document's signatures name others
            if person.role in _SIGNING_ROLES and not person.organization and person.name in known:
                _add(out, person)
            elif no_roll and person.role in _OFFICES and not person.organization:
                _with_office(out, person)
    return out


_OFFICES = (Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY, Role.ATTESTER)  # highest first


def _with_office(out: list[Participant], person: Participant) -> None:
    """`person` in `out` with the highest office either entry holds: a plain
    entry takes the office, a higher office keeps its place."""
    same = [k for k, p in enumerate(out) if p.name == person.name]
    rank = _OFFICES.index(person.role)
    for k in same:
        if out[k].role in _OFFICES and _OFFICES.index(out[k].role) <= rank:
            return
    for k in same:
        out[k] = out[k].model_copy(update={"role": person.role})
    if not same:
        out.append(person)
    out[:] = list({(p.name, p.role): p for p in out}.values())
