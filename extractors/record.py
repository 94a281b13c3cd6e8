"""file → DocumentRecord: the whole of extraction for one file, as one pure
function of its bytes, and the one place where the stages meet.

`extract_document` reads the file (`extractors.reading`), `build_record`
hands the clean pages to each stage in turn — the kind and meeting header and
the items and participants (`extractors.structure`), how each decision was
made (`extractors.procedure`), amounts, agreements, dates, matters and
personal data (`extractors.entities`) — places what they found on the page
(`extractors.provenance`), and makes the parts consistent with each other
before the record leaves. No Prefect, no DuckDB: the flow calls this in a
worker and hands the record to the single writer."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from extractors import entities, procedure, provenance, structure
from extractors.entities import matters, sensitive
from extractors.entities.sentence import sentences
from extractors.reading import ocr, pages
from extractors.structure import header, organisation, version
from extractors.structure import kind as kinds
from extractors.reading.placed import place
from extractors.reading.backends import DEFAULT_BACKEND, ExtractionError, RawPage, Source, probe, read_source, repaired_copy
from schemas.document import DocumentRecord, ErrorCode, Kind, Line, Page, Problem, Status, TextSource
from schemas.ids import path_id
from schemas.text import release_words
from schemas.meeting import AgreementMention, Amount, Item, ItemDate, MeetingHeader


def extract_document(path: str | Path, backend: str = DEFAULT_BACKEND, document_id: str | None = None) -> DocumentRecord:
    """Read one file into a record. Never raises for a bad file: an unreadable
    one comes back as `status=failed` with an error code and a sentence that
    names the file and what to do.

    The file's bytes are read once, and the record's document_id is their
    sha256, whatever `document_id` the caller hashed earlier: a file rewritten
    in between is stored as what was read. `document_id` names a file that
    could not be read at all (else an id made from its path)."""
    path = Path(path)
    document_id = document_id or path_id(path)
    try:
        return _extract_file(path, backend, document_id)
    finally:
        release_words()  # the words its packed lines made again (schemas.text)


def _extract_file(path: Path, backend: str, document_id: str) -> DocumentRecord:
    try:
        source = read_source(path)
        document_id = source.document_id
        source = probe(source)
        try:
            return _extract(source, path, backend, document_id)
        except ExtractionError as exc:
            if exc.code is not ErrorCode.DAMAGED:
                raise
            copy = repaired_copy(source)  # in memory; the original is never touched
            if copy is None:
                raise
            try:
                record = _extract(copy, path, backend, document_id)
            except ExtractionError:
                raise exc from None  # the message names the file the user gave, not the copy
            record.problems.insert(0, Problem(message=f"read from a repaired copy ({exc.message})"))
            return record
    except ExtractionError as exc:
        return DocumentRecord.failed(document_id, str(path), exc.code, exc.message)
    except MemoryError:
        raise  # the memory cap of extractors.reading.guard turns this into 'too_large'
    except Exception as exc:  # a bug of ours must not lose the rest of the batch
        return DocumentRecord.failed(
            document_id,
            str(path),
            ErrorCode.INTERNAL,
            f"{path} could not be processed because of an internal error ({type(exc).__name__}: {exc}); "
            "please report it with the file attached.",
        )


def warm_up() -> None:
    """Import the readers and build the rule matchers once, in the process
    that extraction workers and their reader children are forked from
    (pipeline/worker.py, extractors.reading.guard), so none loads them again. The
    pdfplumber reader is imported where it is asked for."""
    import pikepdf  # noqa: F401
    import pypdfium2  # noqa: F401

    from extractors import rules as rule_files
    from extractors.entities import agreements, dates, money
    from extractors.reading import pdfium_glyphs
    from extractors.structure import blocks, people, tokens

    for name in rule_files.rule_files():
        if "rules" in rule_files.load(name):
            rule_files.rules(name)
    header.vocabulary()
    blocks.rule("agenda.row")
    pdfium_glyphs.warm_up()
    people._verbs()
    tokens.swedish()
    agreements._matcher()
    ocr.warm_up()
    money._amount_vocabulary()
    dates._date_patterns()
    # dateparser compiles hundreds of patterns on its first parse (0.4 s):
    # once here, inherited by every reader, not once per process
    dates._dateparser().get_date_data("12 mars 2024")


def _extract(read_from: Source, path: Path, backend: str, document_id: str) -> DocumentRecord:
    problems: list[Problem] = [Problem(message=note) for note in read_from.notes]
    raw_pages = pages.read_pages(read_from, backend, problems)
    record = build_record(document_id, str(path), raw_pages)
    record.problems[:0] = problems
    record.pdf_modified_at = read_from.modified_at
    return record


def build_record(document_id: str, source_path: str, raw_pages: list[tuple[RawPage, list[Line]]]) -> DocumentRecord:
    """Pages read → clean pages → kind and header → structure, procedure,
    entities → one consistent record: where the stages meet."""
    if not raw_pages:
        raise ExtractionError(ErrorCode.EMPTY, f"{source_path} is a PDF with no pages; fetch the file again.")
    if all(raw.blank for raw, _ in raw_pages):
        raise ExtractionError(ErrorCode.NO_TEXT, f"{source_path} has {len(raw_pages)} pages and none of them holds "
                              "any ink (blank pages); check that this is the document meant.")
    if not any(lines for _, lines in raw_pages):
        raise ExtractionError(
            ErrorCode.NO_TEXT,
            f"{source_path} has no text on any of its {len(raw_pages)} pages, and OCR found none either "
            "(a blank scan, or tesseract-ocr-swe missing: run scripts/install); check the file.",
        )
    clean, margins, problems = pages.clean_pages(raw_pages)
    head = header.head_of([(_in_columns(lines, page), raw.height) for (raw, lines), page in zip(raw_pages[:2], clean)])
    word_count = sum(len(ln.words) for p in clean for ln in p.lines)
    findings, decision = _kind(clean, head, word_count, problems)
    kind = decision.kind
    first_pages = [ln for p in clean[: header.FIELD_PAGES] for ln in p.lines]
    meeting = header.read_header(kind, head, _unique(margins), first_pages)
    issuer = _organisation(clean, problems)  # read apart from the body (organ): whose document it is
    meeting = meeting.model_copy(update={"organisation": issuer.name})
    found, named = _structure(kind, clean, findings, issuer.name)
    meeting = _with_stated_times(meeting, found.stated_times)
    how = _procedure(found, len(clean))
    linked, stated, matter_problems = _matters(found, _unique(margins), named.sentences)
    if kind in (Kind.KALLELSE, Kind.PROTOKOLL) and meeting.meeting_date and not meeting.organ:
        matter_problems.append(Problem(message=(
            f"no body that meets (nämnd, styrelse …) was found in this {kind.value}'s header, so it belongs "
            f"to no meeting; 'paragraf meetings' lists it under {meeting.meeting_date} as '(body not read)'")))
    parts = consistent_parts(
        len(clean), matters.with_case_numbers(found.items, stated), named.amounts, named.agreement_mentions,
        named.item_dates, problems + found.problems + how.problems + matter_problems,
    )
    attested_on = version.read_attested_on(kind, first_pages, _unique(margins), meeting.meeting_date)
    posted_on = version.read_posted_on(kind, clean, head, _unique(margins), meeting.meeting_date, attested_on)
    return DocumentRecord(
        document_id=document_id,
        source_path=source_path,
        status=Status.OK,
        kind=kind,
        page_count=len(clean),
        text_source=_document_source({p.text_source for p in clean}),
        header=meeting,
        pages=clean,
        participants=found.participants,
        revision=version.read_revision(head, _unique(margins)),
        organisation_evidence=issuer.evidence_text,
        attested_on=attested_on,
        posted_on=posted_on,
        appeal_until=version.appeal_until(posted_on),
        sensitive=_sensitive(clean, parts),
        **linked,
        **parts,
        motions=how.motions,
        votes=how.votes,
        dissents=how.dissents,
        conflicts=how.conflicts,
    )


def _in_columns(lines: list[Line], page: Page) -> list[Line]:
    """A page's lines as the header is read: where the page is set in columns
    (a sidebar of labels beside the roll), each column's lines in its own
    order under what stands above the text (a running header), so that a
    label's value is the line under it in its column, not the line beside it."""
    if not page.columns or not page.lines:
        return lines
    top = min(ln.top for ln in page.lines)
    return [*(ln for ln in lines if ln.top < top), *page.lines]


def _kind(clean: list[Page], head: list[Line], word_count: int, problems: list[Problem]) -> tuple[structure.Findings | None, kinds.Decision]:
    """What both readers find, and the kind decided from it, the title and the
    text; where the kind differs from the one the title names, a problem row
    says why. A bug in the readers leaves the title and the text to decide."""
    try:
        findings = structure.find_structure(clean)
        series, lines, size = findings.series(), findings.text_window(), findings.size
    except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
        problems.append(Problem(message=(
            f"numbered headings could not be looked for ({type(exc).__name__}: {exc}); please report it with the file")))
        findings, series, size = None, [], 10.0
        lines = [placed for placed in place(clean) if placed.page_no <= structure.TEXT_PAGES]
    decision = kinds.kind_of(head, series, lines, size, word_count)
    if decision.titled is not None and decision.kind is not decision.titled:
        problems.append(Problem(page_no=1, message=(
            f"read as {_article(decision.kind)} although its title says {decision.titled.value}: {decision.why()}")))
    return findings, decision


def _article(kind: Kind) -> str:
    return f"an {kind.value}" if kind.value[0] in "aeiouåäöy" else f"a {kind.value}"


def _organisation(pages: list[Page], problems: list[Problem]) -> organisation.Organisation:
    """The issuer (extractors/structure/organisation.py); a bug in reading it
    is a problem of this document, never the loss of its pages."""
    try:
        return organisation.read_organisation(pages)
    except Exception as exc:  # noqa: BLE001
        problems.append(Problem(message=(
            f"the organisation that issued the document could not be read ({type(exc).__name__}: {exc}); "
            "please report it with the file")))
        return organisation.Organisation()


def _with_stated_times(meeting: MeetingHeader, stated: tuple[str | None, str | None]) -> MeetingHeader:
    """The meeting's start and end as its minutes state them in prose ('Mötet
    öppnades kl 19.05'), which tell when it was held, over the header's
    announced times."""
    start, end = stated
    update = {name: value for name, value in (("start_time", start), ("end_time", end)) if value}
    return meeting.model_copy(update=update) if update else meeting


def _sensitive(pages: list[Page], parts: dict[str, list]) -> list:
    """Personal identity numbers and secrecy markings; a bug in finding
    them is a problem of this document, never the loss of its pages."""
    try:
        return sensitive.read_sensitive(pages, parts["items"])
    except Exception as exc:  # noqa: BLE001
        parts["problems"].append(Problem(message=(
            f"personal data and secrecy markings could not be looked for ({type(exc).__name__}: {exc}); "
            "please report it with the file")))
        return []


def consistent_parts(
    page_count: int,
    items: list[Item],
    amounts: list[Amount],
    mentions: list[AgreementMention],
    dates: list[ItemDate],
    problems: list[Problem],
) -> dict[str, list]:
    """Items and entities as a record can hold them (schemas.document.record_faults),
    each repair noted as a problem: spans and attachment pages kept within the
    document, an item read twice kept once, an amount or mention under an item
    that was not found kept outside any item, a date under one dropped (a date
    belongs to an item), anything on a page the document lacks dropped.
    Returns the fields of `DocumentRecord` by name."""
    problems = list(problems)

    def on_a_page(page_no: int | None) -> bool:
        return page_no is None or 1 <= page_no <= page_count

    held: dict = {}
    seen: dict = {}
    for item in items:
        item = _within_pages(item, page_count, problems)
        if item.identity in seen:
            problems.append(Problem(page_no=item.page_start, message=(
                f"item {item.label or item.key} ('{item.title[:60]}') was read a second time here; "
                f"the reading that starts on page {seen[item.identity].page_start} is kept")))
            continue
        seen[item.identity] = item
        held.setdefault(item.key, item)
    stray: dict = defaultdict(lambda: {"amounts": 0, "agreement mentions": 0, "dates": 0, "pages": set()})
    kept_amounts, kept_mentions, kept_dates = [], [], []
    lost_pages: set[int] = set()
    for name, parts, kept in (("amounts", amounts, kept_amounts), ("agreement mentions", mentions, kept_mentions)):
        for part in parts:
            if not on_a_page(part.page_no):
                lost_pages.add(part.page_no)
                continue
            if part.item_key is not None and part.item_key not in held:
                stray[part.item_key][name] += 1
                stray[part.item_key]["pages"].add(part.page_no)
                part = part.model_copy(update={"item_number": None})
            kept.append(part)
    for date in dates:
        if date.item_key not in held:
            stray[date.item_key]["dates"] += 1
            continue
        kept_dates.append(date)
    for key, counts in sorted(stray.items(), key=lambda kv: kv[0]):
        named = [(n, name if n > 1 else name[:-1]) for name in ("amounts", "agreement mentions", "dates") if (n := counts[name])]
        kept, dropped = counts["amounts"] + counts["agreement mentions"], counts["dates"]
        if kept and dropped:
            which = _enumerate(name for name in ("amounts", "mentions") if counts[name if name == "amounts" else "agreement mentions"])
            fate = f"the {which} are kept outside any item, the dates dropped (a date belongs to an item)"
        else:
            fate = "kept outside any item" if kept else "dropped (a date belongs to an item)"
        problems.append(Problem(page_no=min(counts["pages"], default=None), message=(
            f"{_enumerate(f'{n} {name}' for n, name in named)} {'was' if kept + dropped == 1 else 'were'} read "
            f"under item {key}, which is not among the {len(seen)} items found; {fate}")))
    if lost_pages:
        problems.append(Problem(message=(
            f"amounts or agreement mentions placed on pages {', '.join(map(str, sorted(lost_pages)))}, "
            f"which this {page_count}-page document lacks, are dropped")))
    problems = [
        p if on_a_page(p.page_no) else Problem(message=f"{p.message} (noted on page {p.page_no} of {page_count})")
        for p in problems
    ]
    return {
        "items": list(seen.values()),
        "amounts": kept_amounts,
        "agreement_mentions": kept_mentions,
        "item_dates": kept_dates,
        "problems": problems,
    }


def _within_pages(item: Item, page_count: int, problems: list[Problem]) -> Item:
    """The item with its span, attachment pages and presenters as the document can hold them."""
    def clamp(n: int) -> int:
        return min(max(n, 1), page_count)

    start, end = clamp(item.page_start), clamp(item.page_end)
    update: dict = {}
    if (start, end) != (item.page_start, item.page_end):
        problems.append(Problem(page_no=start, message=(
            f"item {item.key} was read as spanning pages {item.page_start}-{item.page_end} "
            f"of a {page_count}-page document; kept as pages {start}-{end}")))
        update |= {"page_start": start, "page_end": end}
    if any(a.page_start is not None and a.page_start > page_count for a in item.attachments):
        problems.append(Problem(page_no=start, message=(
            f"an attachment of item {item.key} was placed beyond page {page_count}; its page is left unknown")))
        update["attachments"] = [
            a if a.page_start is None or a.page_start <= page_count else a.model_copy(update={"page_start": None})
            for a in item.attachments
        ]
    presenters = [name for name in item.presenters if name.strip()]
    if len(presenters) != len(item.presenters):
        problems.append(Problem(page_no=start, message=f"a presenter of item {item.key} without a name is dropped"))
        update["presenters"] = presenters
        if item.presenter_boxes:  # kept parallel to the names
            update["presenter_boxes"] = [b for n, b in zip(item.presenters, item.presenter_boxes) if n.strip()]
    return item.model_copy(update=update) if update else item


def _enumerate(parts) -> str:
    parts = list(parts)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _structure(kind, pages: list[Page], findings: structure.Findings | None = None,
               issuer: str | None = None) -> tuple[structure.Structure, entities.Entities]:
    """Items, participants, amounts, agreements and dates (`issuer`: the
    organisation read apart, whose kind tells how its minutes list their
    officers); a bug in reading them costs this one document its structure
    (recorded as a problem), never its pages."""
    try:
        found = structure.read_structure(kind, pages, findings, issuer)
        found.items, found.participants = provenance.place_structure(found.items, found.participants, found.placed, found.owners)
    except Exception as exc:  # noqa: BLE001 - the pages are still worth loading
        problem = Problem(message=f"items could not be read ({type(exc).__name__}: {exc}); please report it with the file")
        return structure.Structure(problems=[problem]), entities.Entities([], [], [])
    try:
        return found, entities.read_entities(found.placed, found.owners, found.items)
    except Exception as exc:  # noqa: BLE001 - the items are still worth loading
        found.problems.append(Problem(message=(
            f"amounts, agreements and dates could not be read ({type(exc).__name__}: {exc}); please report it with the file")))
        return found, entities.Entities([], [], [])


def _procedure(found: structure.Structure, page_count: int) -> procedure.Procedure:
    """Motions, votes, dissents and conflicts of the items found; a bug in
    reading them costs the document only these (recorded as a problem)."""
    try:
        how = procedure.read_procedure(found.placed, found.owners, found.items, found.participants)
    except Exception as exc:  # noqa: BLE001 - the items are still worth loading
        return procedure.Procedure(problems=[Problem(message=(
            f"motions, votes and dissents could not be read ({type(exc).__name__}: {exc}); please report it with the file"))])
    return procedure.held_only(how, {item.key for item in found.items}, page_count)


def _matters(found: structure.Structure, margins: list[Line], said: list | None = None) -> tuple[dict, dict, list[Problem]]:
    """References to other meetings' §§, the abbreviations the document
    defines for bodies, and (a document without items: an underlag) its own
    diarienummer, from the sentences the entities were read from (`said`,
    else read here); a bug in reading them costs this document only them."""
    try:
        read = matters.read_matters(said or sentences(found.placed, found.owners), found.items)
        read.stated = matters.numbers_above(found.placed, found.owners, found.items) | read.stated
        own = None if found.items else matters.document_case_number(found.placed, [ln.text for ln in margins])
    except Exception as exc:  # noqa: BLE001 - the rest of the record is still worth loading
        return {}, {}, [Problem(message=(
            f"diary numbers and references could not be read ({type(exc).__name__}: {exc}); please report it with the file"))]
    return {"references": read.references, "body_aliases": read.aliases, "case_number": own}, read.stated, []


def _document_source(sources: set[TextSource]) -> TextSource:
    if sources == {TextSource.OCR}:
        return TextSource.OCR
    return TextSource.MIXED if TextSource.OCR in sources else TextSource.TEXT


def _unique(lines: list[Line]) -> list[Line]:
    seen: set[str] = set()
    out = []
    for line in lines:
        if line.text not in seen:
            seen.add(line.text)
            out.append(line)
    return out
