"""Presenters, attachments and decisions as real minutes print them, in
invented text of the same forms: a presenter named with the department they
come from ('Eva Lund från avdelningen för analys redogjorde för …'), guests
who sat in on a range of §§, an attachment a decision or a title cites by
label ('protokollsbilaga A', '(Bilaga 3)', 'bilaga §4'), and the dissent
recorded under a labelled decision ('… reserverade sig mot beslutet')."""

from __future__ import annotations

import pytest

from extractors.record import extract_document
from extractors.structure.attachments import cited_in
from extractors.structure.decisions import part_dissent
from extractors.structure.fields import Fields
from extractors.structure.presenters import item_presenters, presenters_in_phrases
from schemas.meeting import Participant, Role
from tests.pdfmaker import Sheet


def test_a_presenter_named_with_where_they_work():
    text = ("Eva Lund från avdelningen för analys inledde med att redogöra för läget. "
            "Per Ek på Ekonomienheten och Sara Holm, ekonom, redogjorde därefter för budgeten.")
    assert presenters_in_phrases(text) == ["Eva Lund", "Per Ek", "Sara Holm"]
    assert presenters_in_phrases("Ekonomichefen i kommunen redogör för läget.") == []


def test_a_guest_of_one_paragraph_presents_it_a_bare_name_noted_for_a_range_sat_in():
    people = [Participant(name="Lena Ås", role=Role.OTHER, sections="§ 4"),
              Participant(name="Kim Berg", role=Role.OTHER, sections="§ 2-4"),
              Participant(name="Eva Nord", role=Role.OTHER, organization="Kommunförbundet", sections="§§ 5-6")]
    assert item_presenters(Fields(text={"summary": "Diskussion följde."}), 4, people) == ["Lena Ås"]
    assert item_presenters(Fields(text={"summary": "Diskussion följde."}), 3, people) == []
    # one invited from elsewhere for a few §§ came to present them
    assert item_presenters(Fields(text={"summary": "Diskussion följde."}), 6, people) == ["Eva Nord"]


@pytest.mark.parametrize(("title", "decision", "other", "cited"), [
    ("Penningpolitiskt beslut", "- att fastställa rapporten enligt förslaget, protokollsbilaga A, samt\n- att sänka räntan.",
     (), ["protokollsbilaga A"]),
    ("Beslut", "- i enlighet med protokollsbilaga B Beslut om ränta (inklusive bilagan Rapport).", (),
     ["protokollsbilaga B Beslut om ränta (inklusive bilagan Rapport)"]),
    ("Verksamhetsberättelse (Bilaga 3)", "Mötet beslutar att godkänna verksamhetsberättelsen.", (), ["Bilaga 3"]),
    ("Budget", "Mötet fastställde budgeten, bilaga §4.", (), ["bilaga §4"]),
    ("Revisionsberättelse", None, ("Revisorn läste sin berättelse (bilaga 2).",), ["bilaga 2"]),
    # a label named in running discussion is talk about a paper, not the item's attachment
    ("Läget", None, ("Förslaget som beskrivs i protokollsbilaga A bedöms få stöd.",), []),
    ("Val av justerare", "Till justerare valdes Eva Nord, se bilaga i protokollet.", (), []),
])
def test_cited_attachments(title, decision, other, cited):
    assert cited_in(title, decision, other) == cited


def test_dissent_under_a_decision_is_taken_out_up_to_the_attestation():
    decision, dissent = part_dissent(
        "- att fastställa budgeten,\n- att publicera den.\n"
        "Vice ordföranden Anna Berg reserverade sig mot beslutet. Hon ansåg att avgiften borde sänkas.\n"
        "Per Ek förordade en annan väg.\n"
        "Denna paragraf förklarades omedelbart justerad.")
    assert decision == "- att fastställa budgeten,\n- att publicera den.\nDenna paragraf förklarades omedelbart justerad."
    assert dissent.startswith("Vice ordföranden Anna Berg reserverade sig") and dissent.endswith("en annan väg.")
    assert part_dissent("Stadsdirektörens förslag godkändes.\nAnna Berg anmälde jäv.") == (
        "Stadsdirektörens förslag godkändes.\nAnna Berg anmälde jäv.", None)


def board_minutes(path):
    """Minutes of a board in the form of a central bank's: a roll with guests
    noted for §§, presenters with their departments, a decision label
    '<body> beslutade' over points citing lettered attachments, dissent under it."""
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=14, bold=True, gap=20)
    sheet.line((60, "Direktionen, Nr 4"))
    sheet.line((60, "DATUM:"), (150, "2031-03-12"))
    sheet.line((60, "MÖTESTID:"), (150, "09:00"))
    sheet.space(10).line((60, "NÄRVARANDE:"), (150, "Anna Berg, ordförande"))
    for name in ("Per Ek", "Olle Lind", "Kim Dahl (§ 2-3)", "Eva Lund (§ 1)", "Sara Holm (§ 1)"):
        sheet.line((150, name))
    sheet.space(10).line((60, "§1."), (100, "Det ekonomiska läget"), bold=True, gap=17)
    sheet.line((100, "Eva Lund från avdelningen för analys inledde med att redogöra för läget på"))
    sheet.line((100, "marknaderna. Sara Holm, chef för avdelningen för prognoser, redogjorde för utkastet."))
    sheet.space(10).line((60, "§2."), (100, "Diskussion"), bold=True, gap=17)
    sheet.line((100, "Per Ek inledde diskussionen och ansåg att räntan borde ligga kvar."))
    sheet.space(10).line((60, "§3."), (100, "Beslut om räntan"), bold=True, gap=17)
    sheet.line((100, "Direktionen beslutade"))
    sheet.line((110, "- att fastställa rapporten enligt förslaget, protokollsbilaga A, samt"))
    sheet.line((110, "- att lämna räntan oförändrad."))
    sheet.line((100, "Olle Lind reserverade sig mot beslutet att lämna räntan oförändrad. Han ansåg"))
    sheet.line((100, "att räntan borde sänkas."))
    sheet.space(6).line((100, "Denna paragraf förklarades omedelbart justerad."))
    sheet.space(20).line((60, "Justeras:"))
    sheet.line((60, "Anna Berg"), (300, "Per Ek"))
    return sheet.render(path)


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    return extract_document(board_minutes(tmp_path_factory.mktemp("board") / "board.pdf"))


def test_board_minutes_presenters_attachments_and_dissent(board):
    items = {i.number: i for i in board.items}
    assert sorted(items) == [1, 2, 3]
    assert items[1].presenters == ["Eva Lund", "Sara Holm"]
    assert items[2].presenters == [] and items[3].presenters == []  # Kim Dahl sat in on §§ 2-3
    assert [a.title for a in items[3].attachments] == ["protokollsbilaga A"]
    assert "reserverade" not in items[3].decision and items[3].decision.startswith("- att fastställa")
    assert "Olle Lind reserverade sig" in items[3].dissent


LABELS = ("Beslut", "Beslut:", "Bilagor:", "Förslag:")


def _minutes(path, organ: str, sections) -> object:
    """Minutes of `organ` with §§ (label, title, lines): a label line is bold,
    an empty line is space between paragraphs."""
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=14, bold=True, gap=20)
    sheet.line((60, organ))
    for label, title, lines in sections:
        sheet.space(10).line((60, label), (100, title), bold=True, gap=17)
        for text in lines:
            if text:
                sheet.line((100, text), bold=text in LABELS)
            else:
                sheet.space(12)
    return extract_document(sheet.render(path))


def test_an_attachment_listed_again_with_a_stop_is_one(tmp_path):
    """Finland-Swedish minutes list a § 's attachments with each handling, the
    second time with a stop the first had not."""
    record = _minutes(tmp_path / "twice.pdf", "Personalsektionen 12.3.2031", [
        ("1 §", "Anhållan om tillägg", ["Bilagor:", "Anhållan om tillägg, kock", "", "Förslag:", "Tillägget beviljas.",
                                        "_____", "", "Bilagor:", "Anhållan om tillägg, kock.", "Beslut:", "Förslaget godkändes."]),
        ("2 §", "Övriga ärenden", ["Beslut:", "Inga övriga ärenden."]),
    ])
    first = record.items[0]
    assert [a.title for a in first.attachments] == ["Anhållan om tillägg, kock"]
    assert first.decision == "Förslaget godkändes."


def test_a_label_an_earlier_item_cited_is_referred_back_to(tmp_path):
    record = _minutes(tmp_path / "back.pdf", "Styrelsen 2031-04-02", [
        ("§ 1", "Budget", ["Beslut", "Styrelsen fastställde budgeten enligt bilaga B."]),
        ("§ 2", "Publicering", ["Beslut", "Styrelsen beslutade att publicera besluten, utom bilaga B, den 3 april."]),
        ("§ 3", "Plan (Bilaga C)", ["Beslut", "Planen godkändes."]),
    ])
    assert [[a.title for a in i.attachments] for i in record.items] == [["bilaga B"], [], ["Bilaga C"]]


def test_a_footnote_at_the_foot_of_a_page_is_no_part_of_the_decision(tmp_path):
    sheet = Sheet()
    sheet.line((60, "PROTOKOLL"), size=14, bold=True, gap=20)
    sheet.line((60, "Direktionen 2031-04-02"))
    sheet.space(10).line((60, "§1."), (100, "Diskussion"), bold=True, gap=17)
    sheet.line((100, "Per Ek hänvisade till en artikel om räntor.7"))
    sheet.space(10).line((60, "§2."), (100, "Beslut om räntan"), bold=True, gap=17)
    sheet.line((100, "Direktionen beslutade"))
    sheet.space(300).line((100, "7 Lund, Eva (2030), Om räntor och priser. Ekonomisk tidskrift 2030:2, s. 1-9."), size=8)
    sheet.new_page()
    sheet.line((110, "- att lämna räntan oförändrad,"))
    sheet.line((110, "- att publicera beslutet den 3 april 2031."))
    record = extract_document(sheet.render(tmp_path / "foot.pdf"))
    decision = record.items[1].decision
    assert decision.startswith("- att lämna räntan oförändrad") and "tidskrift" not in decision


def test_a_presenter_called_by_first_name_is_the_participant_of_that_name():
    people = [Participant(name="Luisa Ek", role=Role.OTHER, organization="kulturchef"),
              Participant(name="Per Ek", role=Role.MEMBER), Participant(name="Per Lind", role=Role.MEMBER)]
    text = "Luisa Ek, ny kulturchef, är dagens gäst. Luisa berättar om sitt arbete och presenterar sig."
    assert presenters_in_phrases(text, people) == ["Luisa Ek"]
    # a name two participants share names nobody; one cited inside another's sentence is no subject
    assert presenters_in_phrases("Per redogjorde för läget.", people) == []
    assert presenters_in_phrases("Lind ansåg att de siffror som Luisa presenterade var för låga.", people) == []


def test_a_presenter_after_an_office_word_is_the_name_alone():
    assert presenters_in_phrases("Kassören Eva Nord redogör för motionen.") == ["Eva Nord"]
    assert presenters_in_phrases("Verksamhetsberättelsen föredrogs av sekreteraren Per Ek (bilaga 1).") == ["Per Ek"]


def test_a_presenter_who_goes_through_the_report():
    assert presenters_in_phrases("Ordföranden Eva Nord går igenom verksamhetsberättelsen för 2023.") == ["Eva Nord"]
    assert presenters_in_phrases("Per Ek gick kort igenom budgeten.") == ["Per Ek"]
    assert presenters_in_phrases("Årsredovisningen gicks igenom.") == []


def test_attachments_listed_by_label_run_in_after_bilagor(tmp_path):
    record = _minutes(tmp_path / "listed.pdf", "Årsmöte 2031-03-20", [
        ("§ 1", "Årsredovisning", ["Årsredovisningen gicks igenom.", "Bilagor: Bilaga 1 Resultaträkning, Bilaga 2 Balansräkning och Bilaga 3",
                                   "", "Beslut", "Årsmötet fastställde resultat- och balansräkningen."]),
        ("§ 2", "Enkät", ["Bilagor:", "Resultat enkät 2030, Föreningen Ekbacken", "", "Beslut", "Informationen noterades."]),
    ])
    assert [a.title for a in record.items[0].attachments] == ["Bilaga 1 Resultaträkning", "Bilaga 2 Balansräkning", "Bilaga 3"]
    assert [a.title for a in record.items[1].attachments] == ["Resultat enkät 2030, Föreningen Ekbacken"]


def test_a_presenter_named_by_the_role_they_hold():
    people = [Participant(name="Anna Berg", role=Role.CHAIR), Participant(name="Per Ek", role=Role.SECRETARY)]
    said = Fields(text={"summary": "Ordföranden redogör för verksamhetsåret. Sekreteraren redogjorde för medlemsläget."})
    assert item_presenters(said, 1, people) == ["Anna Berg", "Per Ek"]
    assert item_presenters(Fields(text={"summary": "Revisorn redogör för granskningen."}), 1, people) == []
