"""The scoring behind `paragraf eval`, on hand-made gold and predictions."""

from __future__ import annotations

import copy

from pipeline.evaluate import TEXT_THRESHOLD, score_document, token_f1

GOLD = {
    "items": [
        {"number": 1, "title": "Mötet  öppnas", "section": None, "presenters": ["Eva Nord"], "scheduled_time": "09:00",
         "proposal": None, "decision": None, "attachments": []},
        {"number": 2, "title": "Avtal LOSUS", "section": "beslut", "presenters": ["Anna Berg", "Per Ek"],
         "scheduled_time": None, "proposal": "Nämnden föreslås besluta\n- att förlänga avtalet till och med 2025-12-31.",
         "decision": None, "attachments": ["Tjänsteskrivelse"]},
    ],
    "participants": [{"name": "Eva Nord", "party": "V", "organization": None, "role": "ordförande"}],
    "amounts": [{"item": 2, "value_sek": 200000, "raw": "200 000 kr"}],
    "agreements": [{"item": 2, "keywords": ["LOSUS", "utskrivning"], "in_decision": True}],
}


def predicted_from(gold):
    out = copy.deepcopy(gold)
    out["agreements"] = [{"item": 2, "name": "LOSUS-avtalet", "in_decision": True}]
    return out


def test_a_perfect_prediction_scores_one_everywhere():
    scores = score_document(GOLD, predicted_from(GOLD))
    assert {name: s.f1 for name, s in scores.items() if s.f1 != 1.0} == {}


def test_whitespace_and_bullets_do_not_count_but_words_do():
    pred = predicted_from(GOLD)
    pred["items"][0]["title"] = "Mötet öppnas"
    pred["items"][1]["proposal"] = "Nämnden föreslås besluta • att förlänga avtalet till och med 2025-12-31."
    assert score_document(GOLD, pred)["titles"].f1 == 1.0
    assert score_document(GOLD, pred)["proposals"].f1 == 1.0
    pred["items"][0]["title"] = "Mötet avslutas"
    titles = score_document(GOLD, pred)["titles"]
    assert (titles.tp, titles.fp, titles.fn) == (1, 1, 1)


def test_texts_below_the_threshold_are_wrong_and_missing_ones_are_misses():
    pred = predicted_from(GOLD)
    pred["items"][1]["proposal"] = "Nämnden beslutar något helt annat."
    assert token_f1(GOLD["items"][1]["proposal"], pred["items"][1]["proposal"]) < TEXT_THRESHOLD
    s = score_document(GOLD, pred)["proposals"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    pred["items"][1]["proposal"] = None
    s = score_document(GOLD, pred)["proposals"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 1)


def test_people_need_name_role_party_and_organisation():
    pred = predicted_from(GOLD)
    pred["participants"] = [{"name": "Eva Nord", "party": "V", "organization": None, "role": "ledamot"}]
    assert score_document(GOLD, pred)["participants"].f1 == 0.0
    pred["items"][1]["presenters"] = ["Anna Berg"]
    s = score_document(GOLD, pred)["presenters"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 1)


def test_agreements_match_by_keyword_item_and_in_decision():
    pred = predicted_from(GOLD)
    pred["agreements"] = [{"item": 2, "name": "Avtal om samverkan vid in- och utskrivning", "in_decision": True}]
    assert score_document(GOLD, pred)["agreements"].f1 == 1.0
    pred["agreements"] = [{"item": 2, "name": "Hemsjukvårdsavtalet", "in_decision": True}]
    s = score_document(GOLD, pred)["agreements"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    pred["agreements"] = [{"item": 2, "name": "LOSUS", "in_decision": False}]
    assert score_document(GOLD, pred)["agreements"].tp == 0


def test_an_empty_warehouse_misses_everything():
    scores = score_document(GOLD, {})
    assert scores["items"].recall == 0.0 and scores["participants"].recall == 0.0


def test_header_fields_are_facts_and_a_null_gold_value_makes_a_found_one_wrong():
    gold = GOLD | {"kind": "protokoll", "organ": "Socialnämnden", "meeting_date": "2024-09-20",
                   "meeting": {"start_time": "09:00", "end_time": None, "location": "Kommunhuset"}}
    pred = predicted_from(gold) | {"meeting": {"start_time": "09:00", "end_time": "11:30", "location": "Kommunhuset, sal 2"}}
    scores = score_document(gold, pred)
    assert {f: scores[f].f1 for f in ("kind", "organ", "meeting_date", "start_time")} == dict.fromkeys(
        ("kind", "organ", "meeting_date", "start_time"), 1.0)
    assert (scores["end_time"].tp, scores["end_time"].fp, scores["end_time"].fn) == (0, 1, 0)
    assert (scores["location"].tp, scores["location"].fp, scores["location"].fn) == (0, 1, 1)
    assert "kind" not in score_document({k: v for k, v in gold.items() if k != "kind"}, pred)  # not annotated


def test_organisation_is_scored_only_where_the_gold_file_annotates_it():
    pred = predicted_from(GOLD) | {"organisation": "Exempelby kommun"}
    assert "organisation" not in score_document(GOLD, pred)  # corpus gold files leave it out
    right = score_document(GOLD | {"organisation": "Exempelby  kommun"}, pred)["organisation"]
    assert (right.tp, right.fp, right.fn) == (1, 0, 0)  # whitespace normalised, as the other names
    unprinted = score_document(GOLD | {"organisation": None}, pred)["organisation"]
    assert (unprinted.tp, unprinted.fp, unprinted.fn) == (0, 1, 0)  # read where nothing is printed: wrong
    missed = score_document(GOLD | {"organisation": "Exempelby kommun"}, predicted_from(GOLD))["organisation"]
    assert (missed.tp, missed.fp, missed.fn) == (0, 0, 1)


def test_printed_labels_key_items_when_the_warehouse_stores_them():
    from pipeline.evaluate import item_key

    assert [item_key(3, "KS § 3 a"), item_key(39, "39 §"), item_key(3, "§3b."), item_key(9, "9."), item_key(4, None)] == [
        "3a", "39", "3b", "9", "4"]
    gold = {"items": [{"number": 3, "printed_number": "3a", "title": "Marknaden", "decision": None},
                      {"number": 3, "printed_number": "3b", "title": "Diskussion", "decision": None},
                      {"number": 4, "title": "Beslut om styrränta", "decision": "Styrräntan lämnas oförändrad."}]}
    labelled = {"items": [{"number": 3, "label": "§ 3a", "title": "Marknaden"},
                          {"number": 3, "label": "§ 3b", "title": "Diskussion"},
                          {"number": 4, "label": "§ 4", "title": "Beslut om styrränta", "decision": "Styrräntan lämnas oförändrad."}]}
    scores = score_document(gold, labelled)
    assert scores["items"].f1 == scores["titles"].f1 == scores["decisions"].f1 == 1.0
    swapped = copy.deepcopy(labelled)
    swapped["items"][0]["label"], swapped["items"][1]["label"] = "§ 3b", "§ 3a"
    assert score_document(gold, swapped)["titles"].tp == 1  # only § 4's title sits under the right label
    unlabelled = {"items": [{"number": 3, "title": "Marknaden"}, {"number": 4, "title": "Beslut om styrränta"}]}
    items = score_document(gold, unlabelled)["items"]  # without labels both sides fall back to numbers
    assert (items.tp, items.fp, items.fn) == (2, 0, 1)


def test_macro_f1_weighs_every_field_alike_and_leaves_out_fields_without_facts():
    from pipeline.evaluate import Score, macro_f1

    fields = {"items": Score(99, 0, 1), "amounts": Score(0, 5, 0), "sections": Score(0, 0, 0)}
    assert macro_f1(fields) == (Score(99, 0, 1).f1 + 0.0) / 2
    assert macro_f1({"sections": Score()}) == 1.0


def test_groups_come_from_the_gold_key_else_the_subfolder_and_the_report_names_the_weakest(tmp_path):
    from pipeline.evaluate import DocumentScore, Score, as_json, group_of, report

    (tmp_path / "scans").mkdir()
    assert group_of({"group": "netpub"}, tmp_path / "scans" / "a.gold.json", tmp_path) == "netpub"
    assert group_of({}, tmp_path / "scans" / "a.gold.json", tmp_path) == "scans"
    assert group_of({}, tmp_path / "a.gold.json", tmp_path) == "all"
    good = score_document(GOLD, predicted_from(GOLD))
    bad = score_document(GOLD, {})
    docs = [DocumentScore("a.pdf", True, good, "text"), DocumentScore("b.pdf", False, bad, "scans"),
            DocumentScore("c.pdf", True, good, "scans")]
    text = report(docs)
    assert "macro-F1" in text and "mean over the fields" in text
    weakest = next(line for line in text.splitlines() if "weakest" in line)
    assert weakest.startswith("scans")
    data = as_json(docs)
    assert data["groups"]["text"]["macro_f1"] == 1.0 and 0 < data["groups"]["scans"]["macro_f1"] < 1
    assert data["groups"]["scans"]["documents"] == 2 and data["documents"][1]["group"] == "scans"
    assert data["macro_f1"] < 1 and data["fields"]["items"]["fn"] == Score(0, 0, 2).fn


def test_amounts_and_agreements_a_gold_file_leaves_out_are_not_scored_but_a_missing_roll_is():
    """GOLD.md: a gold file that does not annotate amounts or agreements omits
    the key, and what is not annotated is not scored; omitting "participants"
    says the document lists nobody, so people found there are false."""
    predicted = {**GOLD, "amounts": [{"item": 4, "value_sek": 1000}],
                 "agreements": [{"item": 4, "agreement": "LOSUS", "surface": "LOSUS", "in_decision": True}]}
    unannotated = {k: v for k, v in GOLD.items() if k not in ("amounts", "agreements", "participants")}
    scores = score_document(unannotated, predicted)
    assert "amounts" not in scores and "agreements" not in scores
    assert scores["participants"].fp == len(GOLD["participants"]) and scores["participants"].tp == 0
    annotated = score_document({**unannotated, "amounts": [], "agreements": []}, predicted)
    assert annotated["amounts"].fp == 1
