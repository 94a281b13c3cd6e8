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
