"""Motions, votes, dissents and conflicts of interest from minutes rendered
here in three heading layouts ('§ 5 Title' on one line, '§ 5' in a margin
column with the text indented, 'KS § 5  Dnr …' with the title below): the same
meeting, so the same rows must come out of every one, exactly. Then the
warehouse: the tables, their ids, the vote records, and the problem a vote
whose counts disagree with its names leaves."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.procedure.persons import read_people
from extractors.record import extract_document
from schemas.document import Kind
from schemas.procedure import Choice, Conflict, Dissent, DissentKind, Motion, MotionKind, Vote, VoteKind, VoteRecord
from tests.pdfmaker import Sheet
from warehouse.load import Warehouse

COLUMNS = (200, 240, 290)  # Ja, Nej, Avstår: offsets from the text column


def _header(sheet: Sheet) -> None:
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Kommunstyrelsen"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "2024-03-12"))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande ledamöter", True), (200, "Eva Nord (V) (ordförande)"))
    for name in ("Anna Berg (M)", "Per Ek (S)", "Lars Holm (C)", "Karin Ek (S)", "Olle Ek (M)"):
        sheet.line((200, name))
    sheet.line((60, "Tjänstgörande ersättare", True), (200, "Sara Lind (KD)"))
    sheet.line((60, "Sekreterare", True), (200, "Kim Dahl"))


def _table(sheet: Sheet, x: float, rows: list[tuple[str, int | None]], total: tuple[int, int, int]) -> None:
    ja, nej, avst = (x + c for c in COLUMNS)
    sheet.line((x, "Ledamot", True), (ja, "Ja", True), (nej, "Nej", True), (avst, "Avstår", True))
    for name, column in rows:
        cells = [(x, name)]
        if column is not None:
            cells.append(((ja, nej, avst)[column] + 3, "X"))
        sheet.line(*cells)
    sheet.line((x, "Summa"), (ja + 2, str(total[0])), (nej + 4, str(total[1])), (avst + 10, str(total[2])))


def _body(sheet: Sheet, number: int, x: float) -> None:
    def label(text: str) -> None:
        sheet.space(4).line((x, text), bold=True)

    def text(*lines: str) -> None:
        for t in lines:
            sheet.line((x, t))

    if number == 5:
        label("Sammanfattning")
        text("Förvaltningen har tagit fram en budget för 2025.")
        label("Förslag till beslut")
        text("Kommunstyrelsen godkänner budgeten.")
        label("Yrkanden")
        text("Anna Berg (M), Per Ek (S) och Lars Holm (C) yrkar bifall till förslaget.")
        text("Karin Ek (S) yrkar att ärendet återremitteras till förvaltningen.")
        text("Olle Ek (M) yrkar bifall till Karin Eks yrkande.")
        label("Propositionsordning")
        text("Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet.")
        label("Omröstning")
        text("Omröstning begärs. Ja-röst för att avgöra ärendet i dag, nej-röst för återremiss.")
        text("Med 4 ja-röster mot 2 nej-röster beslutar kommunstyrelsen att avgöra ärendet i dag.")
        _table(sheet, x, [("Eva Nord (V)", 0), ("Anna Berg (M)", 0), ("Per Ek (S)", 0), ("Lars Holm (C)", 0),
                          ("Karin Ek (S)", 1), ("Olle Ek (M)", 1)], (4, 2, 0))
        text("Ordföranden ställer sedan proposition på förslaget och finner det bifallet.")
        label("Beslut")
        text("Kommunstyrelsen godkänner budgeten.")
        label("Reservation")
        text("Karin Ek (S) och Olle Ek (M) reserverar sig mot beslutet till förmån för eget yrkande.")
    elif number == 6:
        label("Jäv")
        text("Lars Holm (C) anmäler jäv och deltar inte i handläggningen.")
        text("Sara Lind (KD) tjänstgör i Lars Holms ställe.")
        label("Sammanfattning")
        text("Detaljplanen för Norra hamnen har varit utställd.")
        label("Yrkanden")
        text("Per Ek (S) yrkar avslag på förslaget.")
        text("Ordföranden yrkar bifall till förslaget.")
        label("Beslutsgång")
        text("Ordföranden ställer proposition på förslaget mot Per Eks yrkande och finner att kommunstyrelsen")
        text("beslutar enligt förslaget.")
        label("Beslut")
        text("Kommunstyrelsen antar detaljplanen.")
        label("Reservation")
        text("Per Ek (S) reserverar sig skriftligt mot beslutet, bilaga 1.")
        label("Protokollsanteckning")
        text("Anna Berg (M) lämnar följande protokollsanteckning:")
        text("Trafiken till hamnen behöver utredas på nytt.")
    else:
        text("På grund av jäv deltar inte Olle Ek (M) i handläggningen.")
        label("Yrkanden")
        text("Karin Ek (S) yrkar bordläggning av ärendet.")
        label("Beslutsgång")
        text("Omröstning begärs. Ja-röst för att avgöra ärendet i dag, nej-röst för bordläggning.")
        text("Med 4 ja-röster (Eva Nord (V), Anna Berg (M), Per Ek (S)) mot 1 nej-röst (Karin Ek (S))")
        text("beslutar kommunstyrelsen att avgöra ärendet i dag.")
        label("Beslut")
        text("Kommunstyrelsen väljer Anna Berg till ombud.")


TITLES = {5: "Budget 2025", 6: "Detaljplan för Norra hamnen", 7: "Val av ombud"}


def _own_line(sheet: Sheet, number: int) -> float:
    sheet.line((60, f"§ {number} {TITLES[number]}"), size=12, bold=True, gap=20)
    return 60


def _margin(sheet: Sheet, number: int) -> float:
    sheet.line((40, f"§ {number}", True), (130, TITLES[number], True), size=11, gap=18)
    return 130


def _prefix_dnr(sheet: Sheet, number: int) -> float:
    sheet.line((60, f"KS § {number}", True), (160, f"Dnr KS 2024/{number}0"), size=11, gap=18)
    sheet.line((60, TITLES[number]), size=11, bold=True, gap=18)
    return 60


LAYOUTS = {"own-line": _own_line, "margin-column": _margin, "prefix-dnr": _prefix_dnr}


def _minutes(path: Path, heading) -> Path:
    sheet = Sheet()
    _header(sheet)
    for number in (5, 6, 7):
        sheet.new_page()  # each § on a page of its own: § 5 on page 2, § 6 on 3, § 7 on 4
        _body(sheet, number, heading(sheet, number))
    return sheet.render(path)


@pytest.fixture(scope="module", params=list(LAYOUTS))
def minutes(request, tmp_path_factory):
    path = _minutes(tmp_path_factory.mktemp("procedure") / f"{request.param}.pdf", LAYOUTS[request.param])
    return extract_document(path)


def _motion(item, ordinal, mover, party, kind, text, page, sentence, role=None, supports=None):
    return Motion(item_number=item, ordinal=ordinal, mover=mover, party=party, role=role, kind=kind, text=text,
                  supports=supports, page_no=page, sentence=sentence)


FIVE_BIFALL = "Anna Berg (M), Per Ek (S) och Lars Holm (C) yrkar bifall till förslaget."
SIX_CHAIR_PUTS = ("Ordföranden ställer proposition på förslaget mot Per Eks yrkande och finner att kommunstyrelsen "
                  "beslutar enligt förslaget.")
SEVEN_COUNTS = ("Med 4 ja-röster (Eva Nord (V), Anna Berg (M), Per Ek (S)) mot 1 nej-röst (Karin Ek (S)) "
                "beslutar kommunstyrelsen att avgöra ärendet i dag.")


def test_motions_one_row_per_mover_with_kind_and_support(minutes):
    assert minutes.kind is Kind.PROTOKOLL
    assert [i.number for i in minutes.items] == [5, 6, 7]
    assert minutes.motions == [
        _motion(5, 0, "Anna Berg", "M", MotionKind.APPROVE, "bifall till förslaget", 2, FIVE_BIFALL),
        _motion(5, 1, "Per Ek", "S", MotionKind.APPROVE, "bifall till förslaget", 2, FIVE_BIFALL),
        _motion(5, 2, "Lars Holm", "C", MotionKind.APPROVE, "bifall till förslaget", 2, FIVE_BIFALL),
        _motion(5, 3, "Karin Ek", "S", MotionKind.REFER_BACK, "att ärendet återremitteras till förvaltningen", 2,
                "Karin Ek (S) yrkar att ärendet återremitteras till förvaltningen."),
        _motion(5, 4, "Olle Ek", "M", MotionKind.APPROVE, "bifall till Karin Eks yrkande", 2,
                "Olle Ek (M) yrkar bifall till Karin Eks yrkande.", supports="Karin Ek"),
        _motion(6, 0, "Per Ek", "S", MotionKind.REJECT, "avslag på förslaget", 3, "Per Ek (S) yrkar avslag på förslaget."),
        # the chair is named by role: the roll names exactly one, so the row names her
        _motion(6, 1, "Eva Nord", "V", MotionKind.APPROVE, "bifall till förslaget", 3,
                "Ordföranden yrkar bifall till förslaget.", role="Ordföranden"),
        _motion(7, 0, "Karin Ek", "S", MotionKind.TABLE, "bordläggning av ärendet", 4,
                "Karin Ek (S) yrkar bordläggning av ärendet."),
    ]


def test_propositions_and_a_roll_call_read_from_text_and_table(minutes):
    table = [("Eva Nord", "V", Choice.YES), ("Anna Berg", "M", Choice.YES), ("Per Ek", "S", Choice.YES),
             ("Lars Holm", "C", Choice.YES), ("Karin Ek", "S", Choice.NO), ("Olle Ek", "M", Choice.NO)]
    votes = minutes.votes
    assert [v.model_copy(update={"records": []}) for v in votes] == [
        Vote(item_number=5, ordinal=0, kind=VoteKind.PROPOSITION, proposition="ärendet ska avgöras i dag",
             result="att så är fallet", winner="ärendet ska avgöras i dag", page_no=2,
             sentence="Ordföranden frågar först om ärendet ska avgöras i dag och finner att så är fallet."),
        Vote(item_number=5, ordinal=1, kind=VoteKind.ROLL_CALL, yes_for="att avgöra ärendet i dag",
             no_for="återremiss", yes=4, no=2, abstain=0, result="beslutar kommunstyrelsen att avgöra ärendet i dag",
             page_no=2, sentence="Omröstning begärs."),
        Vote(item_number=5, ordinal=2, kind=VoteKind.PROPOSITION, proposition="förslaget", result="det bifallet",
             winner="förslaget", page_no=2,
             sentence="Ordföranden ställer sedan proposition på förslaget och finner det bifallet."),
        Vote(item_number=6, ordinal=0, kind=VoteKind.PROPOSITION, proposition="förslaget mot Per Eks yrkande",
             result="att kommunstyrelsen beslutar enligt förslaget", winner="förslaget", page_no=3,
             sentence=SIX_CHAIR_PUTS),
        Vote(item_number=7, ordinal=0, kind=VoteKind.ROLL_CALL, yes_for="att avgöra ärendet i dag",
             no_for="bordläggning", yes=4, no=1, result="beslutar kommunstyrelsen att avgöra ärendet i dag",
             page_no=4, sentence="Omröstning begärs."),
    ]
    assert [(r.name, r.party, r.choice, r.page_no) for r in votes[1].records] == [(*row, 2) for row in table]
    assert all(r.raw.startswith(f"{r.name} ({r.party}) X") for r in votes[1].records)
    assert votes[1].consistent is True
    assert [(r.name, r.party, r.choice) for r in votes[4].records] == [
        ("Eva Nord", "V", Choice.YES), ("Anna Berg", "M", Choice.YES), ("Per Ek", "S", Choice.YES),
        ("Karin Ek", "S", Choice.NO)]


def test_counts_that_disagree_with_the_names_are_kept_with_a_problem(minutes):
    vote = minutes.votes[4]
    assert (vote.yes, vote.no, vote.consistent) == (4, 1, False)
    problems = [p for p in minutes.problems if "vote counts" in p.message]
    label = next(i.label for i in minutes.items if i.number == 7)  # '§ 7', 'KS § 7'
    assert [(p.page_no, p.message) for p in problems] == [(4, (
        f"{label}: the vote counts 4 ja, 1 nej but names 3 ja, 1 nej, 0 avstår; both are kept as printed"))]


def test_dissents_written_oral_and_a_note_with_its_text(minutes):
    oral = "Karin Ek (S) och Olle Ek (M) reserverar sig mot beslutet till förmån för eget yrkande."
    assert minutes.dissents == [
        Dissent(item_number=5, ordinal=0, kind=DissentKind.RESERVATION, name="Karin Ek", party="S", against="beslutet",
                in_favour_of="eget yrkande", written=False, page_no=2, sentence=oral),
        Dissent(item_number=5, ordinal=1, kind=DissentKind.RESERVATION, name="Olle Ek", party="M", against="beslutet",
                in_favour_of="eget yrkande", written=False, page_no=2, sentence=oral),
        Dissent(item_number=6, ordinal=0, kind=DissentKind.RESERVATION, name="Per Ek", party="S", against="beslutet",
                written=True, page_no=3, sentence="Per Ek (S) reserverar sig skriftligt mot beslutet, bilaga 1."),
        Dissent(item_number=6, ordinal=1, kind=DissentKind.NOTE, name="Anna Berg", party="M",
                text="Trafiken till hamnen behöver utredas på nytt.", page_no=3,
                sentence="Anna Berg (M) lämnar följande protokollsanteckning:"),
    ]


def test_conflicts_with_who_served_instead(minutes):
    assert minutes.conflicts == [
        Conflict(item_number=6, ordinal=0, name="Lars Holm", party="C", substitute="Sara Lind", substitute_party="KD",
                 page_no=3, sentence="Lars Holm (C) anmäler jäv och deltar inte i handläggningen."),
        Conflict(item_number=7, ordinal=0, name="Olle Ek", party="M", page_no=4,
                 sentence="På grund av jäv deltar inte Olle Ek (M) i handläggningen."),
    ]


def test_the_raw_text_stays_in_the_item_columns(minutes):
    five = next(i for i in minutes.items if i.number == 5)
    assert five.motions.startswith(FIVE_BIFALL)
    assert five.dissent.startswith("Karin Ek (S) och Olle Ek (M) reserverar sig")


def test_warehouse_tables_ids_and_records(tmp_path):
    record = extract_document(_minutes(tmp_path / "minutes.pdf", _own_line))
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_document(record)
        first = {t: wh.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("motions", "votes", "vote_records", "dissents", "conflicts")}
        wh.load_document(record)  # again: the same rows, the same ids
        again = {t: wh.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in first}
        assert first == again
        assert {t: len(rows) for t, rows in first.items()} == {
            "motions": 8, "votes": 5, "vote_records": 10, "dissents": 4, "conflicts": 2}
        rows = wh.con.execute("""
            SELECT i.number, m.mover, s.mover FROM motions m JOIN items i USING (item_id)
            JOIN motions s ON s.motion_id = m.supports_motion_id""").fetchall()
        assert rows == [(5, "Olle Ek", "Karin Ek")]
        by_choice = wh.con.execute("""
            SELECT i.number, v.yes, v.no, v.consistent, count(*) FILTER (WHERE r.choice = 'ja'), count(*) FILTER (WHERE r.choice = 'nej')
            FROM votes v JOIN items i USING (item_id) JOIN vote_records r USING (vote_id)
            GROUP BY ALL ORDER BY 1""").fetchall()
        assert by_choice == [(5, 4, 2, True, 4, 2), (7, 4, 1, False, 3, 1)]
        problems = wh.con.execute("SELECT page_no FROM problems WHERE message LIKE '%vote counts%'").fetchall()
        assert problems == [(4,)]


def test_a_sentence_whose_people_cannot_be_read_gives_a_problem_not_a_row():
    assert read_people("Anna Berg (M), Per Ek (S) och Lars Holm (C)") is not None
    assert read_people("Nämnden godkänner att Pia Berg (L)")[0].name == "Pia Berg"
    assert read_people("En ledamot") is None
    assert read_people("Vice ordförande Per Holm")[0].name == "Per Holm"


def test_decisions_json_and_search_carry_the_procedure(tmp_path):
    from warehouse.read import with_procedure
    from warehouse.search import SearchUnavailable, rebuild_index, search

    record = extract_document(_minutes(tmp_path / "minutes.pdf", _margin))
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record)
        rows = [{"document_id": record.document_id, "source": "protokoll", "number": n, "title": TITLES[n]} for n in (5, 6)]
        five, six = with_procedure(wh, rows)
        assert [m["mover"] for m in five["motions"]] == ["Anna Berg", "Per Ek", "Lars Holm", "Karin Ek", "Olle Ek"]
        assert [(v["kind"], v["yes"], len(v["records"])) for v in five["votes"]] == [
            ("proposition", None, 0), ("omröstning", 4, 6), ("proposition", None, 0)]
        assert [(d["kind"], d["name"], d["written"]) for d in six["dissents"]] == [
            ("reservation", "Per Ek", True), ("protokollsanteckning", "Anna Berg", None)]
        assert [(c["name"], c["substitute"]) for c in six["conflicts"]] == [("Lars Holm", "Sara Lind")]
        try:
            rebuild_index(wh)
        except SearchUnavailable:
            pytest.skip("the fts extension is not installed")
        items = [h["item_number"] for h in search(wh, "återremitteras") if h["hit"] == "item"]
        assert items == [5]  # the motion's words find its item, not only its page


def test_a_record_holds_procedure_rows_only_under_its_own_items(tmp_path):
    from pydantic import ValidationError

    from schemas.document import DocumentRecord, record_faults

    record = extract_document(_minutes(tmp_path / "minutes.pdf", _own_line))
    stray = record.motions[0].model_copy(update={"item_number": 99})
    with pytest.raises(ValidationError, match="a motion belongs to item 99"):
        DocumentRecord(**{**dict(record), "motions": [*record.motions, stray]})
    twice = record.model_copy(update={"dissents": [*record.dissents, record.dissents[0]]})
    assert record_faults(twice) == ["two dissents of item 5 share ordinal 0"]
    off_page = record.model_copy(update={"votes": [record.votes[1].model_copy(update={
        "records": [record.votes[1].records[0].model_copy(update={"page_no": 9})]})]})
    assert record_faults(off_page) == ["a vote of item 5 is on a page outside the document"]


REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "realdocs" / "pdf"


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realdocs is not on this machine")
def test_a_real_monetary_policy_protokoll_yields_its_vote_and_reservations():
    """A central bank's minutes (no parties, titles before names, past tense):
    the decision taken after a vote, two oral reservations against it, and
    an anonymous reservation in the discussion left as a problem, not a row."""
    found = sorted(REAL.glob("riksbank__pro_penningpolitiskt_160222*.pdf"))
    if not found:
        pytest.skip("that protokoll is not among the real documents here")
    record = extract_document(found[0])
    assert [(v.item_number, v.kind) for v in record.votes] == [(4, VoteKind.ROLL_CALL)]
    assert [(d.item_number, d.kind, d.written, d.party, len(d.name.split())) for d in record.dissents] == [
        (4, DissentKind.RESERVATION, False, None, 2), (4, DissentKind.RESERVATION, False, None, 2)]
    assert all(d.against and d.against.startswith("beslutet") for d in record.dissents)
    assert len([p for p in record.problems if "who made the reservation" in p.message]) == 1


def _other_forms(path: Path) -> Path:
    """Forms the first minutes do not print: a jäv announced under another §,
    a seconder, a roll-call table with a column for serving substitutes,
    reservations and a note named only under their headings, and an
    omröstningslista printed under the wrong §."""
    sheet = Sheet()
    _header(sheet)
    x = 60

    def label(text: str) -> None:
        sheet.space(4).line((x, text), bold=True)

    def text(*lines: str) -> None:
        for t in lines:
            sheet.line((x, t))

    def table(rows, total=None):
        ja, nej, avst = (330, 370, 420)
        sheet.line((x, "Ledamot", True), (170, "Tjänstgörande ersättare", True), (ja, "Ja", True), (nej, "Nej", True),
                   (avst, "Avstår", True))
        for member, serving, column in rows:
            cells = [(x, member)] + ([(170, serving)] if serving else []) + [((ja, nej, avst)[column] + 3, "X")]
            sheet.line(*cells)

    sheet.new_page()
    sheet.line((60, "§ 1 Justering"), size=12, bold=True, gap=20)
    label("Jäv")
    text("Olle Ek (M) anmäler jäv i § 3 och deltar inte i handläggningen.")
    label("Beslut")
    text("Anna Berg utses att justera protokollet.")
    sheet.new_page()
    sheet.line((60, "§ 2 Motion om cykelvägar"), size=12, bold=True, gap=20)
    label("Yrkanden")
    text("Anna Berg (M) med instämmande av Per Ek (S) yrkar avslag på motionen.")
    label("Omröstning")
    text("Omröstning begärs.")
    table([("Eva Nord (V)", None, 0), ("Lars Holm (C)", "Sara Lind (KD)", 1), ("Anna Berg (M)", None, 2)])
    text("Med 1 ja-röst mot 1 nej-röst och 1 avstår beslutar kommunstyrelsen att bifalla motionen.")
    label("Reservationer")
    text("Per Ek (S) och Karin Ek (S)")
    sheet.new_page()
    sheet.line((60, "§ 3 Detaljplan"), size=12, bold=True, gap=20)
    label("Beslut")
    text("Kommunstyrelsen antar detaljplanen.")
    label("Protokollsanteckning")
    text("Trafiken till hamnen behöver utredas.")
    text("Lars Holm (C)")
    label("Omröstningslista § 2")
    table([("Eva Nord (V)", None, 0), ("Per Ek (S)", None, 1)])
    return sheet.render(path)


def test_other_forms_of_motions_votes_dissents_and_conflicts(tmp_path):
    record = extract_document(_other_forms(tmp_path / "forms.pdf"))
    assert [i.number for i in record.items] == [1, 2, 3]
    seconded = "Anna Berg (M) med instämmande av Per Ek (S) yrkar avslag på motionen."
    assert record.motions == [
        _motion(2, 0, "Anna Berg", "M", MotionKind.REJECT, "avslag på motionen", 3, seconded),
        _motion(2, 1, "Per Ek", "S", MotionKind.REJECT, "avslag på motionen", 3, seconded, supports="Anna Berg"),
    ]
    vote, = record.votes
    assert (vote.item_number, vote.kind, vote.yes, vote.no, vote.abstain, vote.consistent) == (
        2, VoteKind.ROLL_CALL, 1, 1, 1, True)
    assert vote.result == "beslutar kommunstyrelsen att bifalla motionen"
    # the substitute serving for a member is the one who voted
    assert [(r.name, r.party, r.choice) for r in vote.records] == [
        ("Eva Nord", "V", Choice.YES), ("Sara Lind", "KD", Choice.NO), ("Anna Berg", "M", Choice.ABSTAIN)]
    assert [(d.item_number, d.kind, d.name, d.party, d.written, d.text) for d in record.dissents] == [
        (2, DissentKind.RESERVATION, "Per Ek", "S", False, None),
        (2, DissentKind.RESERVATION, "Karin Ek", "S", False, None),
        (3, DissentKind.NOTE, "Lars Holm", "C", None, "Trafiken till hamnen behöver utredas."),
    ]
    # announced under § 1, about § 3
    assert [(c.item_number, c.ordinal, c.name, c.page_no) for c in record.conflicts] == [(3, 0, "Olle Ek", 2)]
    # the omröstningslista printed under § 3 is § 2's: a problem, no rows
    assert [p.message for p in record.problems if "roll-call table" in p.message] == [
        "§ 3: a roll-call table for § 2 stands here, outside its §; it is not read"]


def test_the_history_in_a_summary_is_not_this_meetings_procedure(tmp_path):
    sheet = Sheet()
    _header(sheet)
    sheet.new_page()
    sheet.line((60, "§ 4 Taxor"), size=12, bold=True, gap=20)
    sheet.line((60, "Sammanfattning"), bold=True)
    sheet.line((60, "Kommunfullmäktige beslutade den 14 februari 2024 efter omröstning att höja taxan."))
    sheet.line((60, "Beslut"), bold=True)
    sheet.line((60, "Kommunstyrelsen godkänner informationen."))
    record = extract_document(sheet.render(tmp_path / "history.pdf"))
    assert [i.number for i in record.items] == [4]
    assert (record.motions, record.votes, record.dissents, record.conflicts) == ([], [], [], [])


def test_movers_after_the_verb_a_seconder_between_commas_and_agreement_with_another_motion(tmp_path):
    """'Under överläggningen yrkar X (S) bifall …' names its mover after the verb;
    'X yrkar, med instämmande av Y (S), avslag …' has a seconder; 'Y instämmer
    i X:s yrkande' supports X's motion; a group ('Socialdemokraternas
    ledamöter') is no person: a problem, not a row."""
    sheet = Sheet()
    _header(sheet)
    sheet.new_page()
    sheet.space(12).line((60, "§ 5  Motion om cykelvägar"), size=12, bold=True, gap=18)
    for label, lines in [
        ("Ärendebeskrivning", ["En motion om cykelvägar har kommit in."]),
        ("Förslag till beslut", ["Kommunstyrelsen avslår motionen."]),
        ("Yrkanden", ["Under överläggningen yrkar Per Ek (S) bifall till motionen.",
                      "Anna Berg (M) instämmer i Per Eks yrkande.",
                      "Lars Holm (C) yrkar, med instämmande av Karin Ek (S), avslag på motionen.",
                      "Under ärendets handläggning yrkar Olle Ek (M) att ärendet ska återremitteras."]),
        ("Beslut", ["Kommunstyrelsen avslår motionen."]),
        ("Reservation", ["Socialdemokraternas ledamöter reserverar sig mot beslutet."]),
    ]:
        sheet.space(4).line((60, label), bold=True)
        for line in lines:
            sheet.line((60, line))
    record = extract_document(sheet.render(tmp_path / "after-verb.pdf"))
    assert [(m.mover, m.party, m.kind, m.supports, m.text) for m in record.motions] == [
        ("Per Ek", "S", MotionKind.APPROVE, None, "bifall till motionen"),
        ("Anna Berg", "M", MotionKind.APPROVE, "Per Ek", "instämmer i Per Eks yrkande"),
        ("Lars Holm", "C", MotionKind.REJECT, None, "avslag på motionen"),
        ("Karin Ek", "S", MotionKind.REJECT, "Lars Holm", "avslag på motionen"),
        ("Olle Ek", "M", MotionKind.REFER_BACK, None, "att ärendet ska återremitteras"),
    ]
    assert record.dissents == []
    assert any("Socialdemokraternas ledamöter" in p.message for p in record.problems)
