"""Swedish search: the analyser (lemmas, compounds and the words it must not
split), the index the writer keeps (incremental, masked, in the document's
transaction), the query (phrases, filters, fuzzy, highlights), and on the
sample corpus the promise that `search avtal` finds every page printing
"avtalet" or "samverkansavtalet". The documents are invented, of the forms
real minutes print."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import duckdb
import pytest

from extractors.entities import words
from extractors.entities.agreements import catalogue
from extractors.record import extract_document
from pipeline.cli import main
from tests.pdfmaker import Sheet
from warehouse import search
from warehouse.load import Warehouse

REPO = Path(__file__).resolve().parents[1]
PERSONAL = "19811228-9874"  # a valid personnummer (Luhn), invented


# ---------------------------------------------------------------- the analyser


@pytest.mark.parametrize(("word", "lemma"), [
    ("avtalet", "avtal"), ("avtalen", "avtal"), ("avtalets", "avtal"),  # definite, plural, genitive
    ("nämndens", "nämnd"), ("beslutet", "beslut"), ("lagen", "lag"), ("valet", "val"), ("planerna", "plan"),
])
def test_a_word_is_indexed_under_its_lemma(word, lemma):
    assert lemma in words.index_terms(word)
    assert lemma in words.query_terms(lemma)


@pytest.mark.parametrize(("word", "parts"), [
    ("samverkansavtalet", {"samverkansavtal", "samverkan", "avtal"}),  # the linking -s-
    ("hyresavtalen", {"hyresavtal", "avtal"}),
    ("kommunvalet", {"kommunval", "kommun", "val"}),
    ("detaljplanen", {"detaljplan", "detalj", "plan"}),
    ("budgetramen", {"budgetram", "budget", "ram"}),
    ("kommunallagen", {"kommunallag", "lag"}),
    ("hemsjukvården", {"hemsjukvård", "sjukvård"}),
])
def test_a_compound_is_indexed_under_its_parts(word, parts):
    assert parts <= set(words.index_terms(word))


@pytest.mark.parametrize(("word", "not_a_part"), [
    ("avtal", "val"), ("avtalet", "tal"), ("förvaltningen", "val"), ("kvalitet", "val"),
    ("underlag", "lag"), ("förslaget", "lag"), ("lagring", "lag"), ("bilaga", "bil"), ("program", "ram"),
    ("planering", "plan"), ("ordförande", "ord"), ("framtid", "tid"), ("samtal", "tal"), ("område", "råd"),
])
def test_a_short_word_inside_an_unrelated_word_is_no_part_of_it(word, not_a_part):
    assert not_a_part not in words.index_terms(word)


def test_a_query_word_asks_for_its_lemmas_not_its_parts():
    assert words.query_terms("samverkansavtalet") == ("samverkansavtal",)
    assert "avtal" not in words.query_terms("samverkansavtal")
    assert words.query_terms("Losus") == ("losus",)  # unknown: the word itself


def test_a_noun_asks_for_its_verb_for_less_than_itself():
    from extractors.rules import load

    kin = load("search")["kin"]
    for noun, verb in kin["related"]:
        weights = dict(words.query_weights(noun))
        assert weights[noun] == 1.0 and 0 < weights[verb] < 1.0, (noun, verb)
    for noun, verb in kin["apart"]:
        assert verb not in dict(words.query_weights(noun)), (noun, verb)
    assert words.query_weights("funktionshindrade") == (("funktionshindrade", 1.0),)  # a verb asks for no noun


def test_the_compound_rules_keep_their_words_whole_and_split_their_others():
    from extractors.rules import load

    rules = load("search")
    for name in ("no_compound_after", "derivations", "participle_heads", "unflagged_heads"):
        assert all(words.compound(w) is None for w in rules[name]["whole"]), name
        assert all(words.compound(w) for w in rules[name]["split"]), name


# ---------------------------------------------------------------- invented documents


def protokoll(path: Path, body: str, date: str, paragraphs: list[tuple[int, str, list[str]]],
              kind: str = "Protokoll") -> Path:
    sheet = Sheet()
    sheet.line((60, kind), size=16, bold=True, gap=22)
    sheet.line((60, body), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, date))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande ledamöter", True), (200, "Eva Nord (V) (ordförande)"))
    sheet.line((60, "Sekreterare", True), (200, "Kim Dahl"))
    for number, title, lines in paragraphs:
        sheet.space(12).line((60, f"§ {number}", True), size=11, gap=18)
        sheet.line((60, title), size=11, bold=True)
        sheet.space(4).line((60, "Beslut"), bold=True)
        for line in lines:
            sheet.line((60, line))
    return sheet.render(path)


FIRST = [
    (1, "Val av justerare", ["Per Ek (S) utses att justera protokollet."]),
    (2, "Samverkansavtalet förlängs", ["Nämnden beslutar att samverkansavtalet och hyresavtalen förlängs.",
                                       "Ett nytt underlag tas fram av förvaltningen."]),
    (3, "Ny samverkansstruktur", ["Nämnden antar inriktningen om ny samverkansstruktur för vården."]),
    (4, "Ansökan om bistånd", [f"Nämnden beviljar bistånd till sökande {PERSONAL}."]),
    (5, "Tillgänglighet", ["Nämnden antar riktlinjer för personer med funktionshinder."]),
]
SECOND = [
    (1, "Budget", ["Kommunstyrelsen godkänner avtalet om budgeten."]),
    (2, "Struktur", ["Samverkansstruktur saknas; en ny modell tas fram."]),  # both words, not in a row
    (3, "Personal", ["Personalsektonen har yttrat sig."]),  # as OCR misreads it
    (4, "Yttrande", ["Rådet för funktionshindrade har yttrat sig."]),
]


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-docs")
    first = extract_document(protokoll(folder / "first.pdf", "Socialnämnden", "2024-03-12", FIRST))
    second = extract_document(protokoll(folder / "second.pdf", "Kommunstyrelsen", "2023-05-02", SECOND, "Kallelse"))
    return first, second


def build(db: Path, records, personal: bool = False) -> Path:
    with Warehouse(db) as wh:
        wh.index_personal = personal
        wh.sync_agreements([(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
        for record in records:
            wh.load_document(record)
    return db


@pytest.fixture(scope="module")
def db(records, tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("search") / "w.duckdb", records)


def hits(db: Path, text: str, limit: int = 50, **options) -> list[dict]:
    with Warehouse(db, read_only=True) as wh:
        return search.search(wh, text, limit, **options)


def titles(found: list[dict]) -> set[str]:
    return {h["item_title"] for h in found if h["hit"] == "item"}


def marked_words(hit: dict) -> list[str]:
    return [hit["excerpt"][s:e] for s, e in hit["marks"]]


def test_the_writer_indexes_each_document_as_it_loads_it(db):
    with Warehouse(db, read_only=True) as wh:
        assert search.index_state(wh) == "current"


def test_avtal_finds_the_definite_form_and_the_compounds(db):
    found = hits(db, "avtal")
    assert {"Samverkansavtalet förlängs", "Budget"} <= titles(found)
    words_marked = {w.casefold() for h in found for w in marked_words(h)}
    assert {"samverkansavtalet", "hyresavtalen", "avtalet"} <= words_marked


def test_val_finds_the_election_not_the_agreement_nor_the_office(db):
    found = hits(db, "val")
    assert titles(found) == {"Val av justerare"}
    assert all(w.casefold() == "val" for h in found for w in marked_words(h))


def test_lag_does_not_find_underlag(db):
    assert hits(db, "lag") == []


def test_a_noun_finds_its_verbs_participle_after_the_noun_itself(db):
    found = [h for h in hits(db, "funktionshinder") if h["hit"] == "item"]
    assert [h["item_title"] for h in found] == ["Tillgänglighet", "Yttrande"]
    assert [w.casefold() for w in marked_words(found[1])] == ["funktionshindrade"]


def test_a_phrase_needs_its_words_in_a_row(db):
    found = hits(db, '"ny samverkansstruktur"')
    assert "Ny samverkansstruktur" in titles(found)
    assert "Struktur" not in titles(found)  # "Samverkansstruktur saknas; en ny modell": both words, apart
    assert titles(hits(db, "ny samverkansstruktur")) >= {"Ny samverkansstruktur", "Struktur"}


def test_filters_by_body_kind_and_date(db):
    assert titles(hits(db, "avtal", body="Kommunstyrelsen")) == {"Budget"}
    assert titles(hits(db, "avtal", kind="protokoll")) == {"Samverkansavtalet förlängs"}
    assert titles(hits(db, "avtal", date_from=dt.date(2024, 1, 1))) == {"Samverkansavtalet förlängs"}
    assert titles(hits(db, "avtal", date_to=dt.date(2023, 12, 31))) == {"Budget"}
    assert hits(db, "avtal", date_from=dt.date(2025, 1, 1)) == []


def test_hits_can_be_kept_to_some_documents(db, records):
    first, second = records
    assert {h["document_id"] for h in hits(db, "avtal", documents=[second.document_id])} == {second.document_id}
    assert hits(db, "avtal", documents=[]) == []


def test_the_organisation_filter_keeps_the_documents_the_organisation_issued(records, tmp_path):
    path = build(tmp_path / "w.duckdb", records)
    assert hits(path, "avtal", organisation="Exempelby kommun") == []  # neither document prints it
    con = duckdb.connect(str(path))
    con.execute("UPDATE documents SET organisation = 'Exempelby kommun' WHERE organ = 'Kommunstyrelsen'")
    con.close()
    assert titles(hits(path, "avtal", organisation="Exempelby kommun")) == {"Budget"}


def test_a_hit_marks_the_words_that_matched(db):
    hit = next(h for h in hits(db, "avtal") if h["item_title"] == "Samverkansavtalet förlängs")
    assert [w.casefold() for w in marked_words(hit)] == ["samverkansavtalet", "samverkansavtalet", "hyresavtalen"]
    assert search.marked("ett avtal här", [(4, 9)]) == "ett [avtal] här"


def test_fuzzy_finds_an_ocr_misspelling_only_when_asked(db):
    assert hits(db, "personalsektionen") == []
    found = hits(db, "personalsektionen", fuzzy=True)
    assert titles(found) == {"Personal"} and marked_words(found[0]) == ["Personalsektonen"]


def test_the_index_holds_no_personnummer_digits(db, records, tmp_path):
    assert hits(db, "9874") == []
    assert all("9874" not in h["excerpt"] for h in hits(db, PERSONAL))  # the date part stays, as masked text shows it
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM search_postings WHERE term LIKE '%9874%'").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM search_units WHERE personal").fetchone()[0] == 0
    con.close()
    opened = build(tmp_path / "personal.duckdb", records, personal=True)  # ingest --include-sensitive
    assert titles(hits(opened, "9874", include_sensitive=True)) == {"Ansökan om bistånd"}


def test_adding_a_document_leaves_the_others_index_rows_as_they_were(records, tmp_path):
    first, second = records
    path = build(tmp_path / "w.duckdb", [first])
    query = """SELECT p.rowid, p.term, p.unit, p.tf, p.positions FROM search_postings p
               JOIN search_units u USING (unit) WHERE u.document_id = ? ORDER BY ALL"""
    con = duckdb.connect(str(path), read_only=True)
    before = con.execute(query, [first.document_id]).fetchall()
    units_before = con.execute("SELECT rowid, * FROM search_units ORDER BY ALL").fetchall()
    con.close()
    build(path, [second])
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute(query, [first.document_id]).fetchall() == before  # same rows, never rewritten
    units_after = con.execute("SELECT rowid, * FROM search_units ORDER BY ALL").fetchall()
    assert units_before == [u for u in units_after if u[3] == first.document_id]
    assert con.execute(query, [second.document_id]).fetchall()
    con.close()


def index_rows(path: Path) -> tuple[list, list]:
    con = duckdb.connect(str(path), read_only=True)
    units = con.execute("SELECT * FROM search_units ORDER BY ALL").fetchall()
    postings = con.execute("SELECT term, unit, tf, weight, positions FROM search_postings ORDER BY ALL").fetchall()
    con.close()
    return units, postings


def unindex(path: Path, document_ids: list[str]) -> None:
    """What a warehouse from before the index holds for these documents: no index rows."""
    con = duckdb.connect(str(path))
    for doc in document_ids:
        con.execute("DELETE FROM search_postings WHERE unit IN (SELECT unit FROM search_units WHERE document_id = ?)", [doc])
        for table in ("search_units", "search_documents"):
            con.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc])
    con.close()


def test_a_warehouse_indexed_in_part_is_stale_and_updated_to_the_same_rows(records, db, tmp_path):
    path = build(tmp_path / "w.duckdb", records)
    unindex(path, [records[1].document_id])
    with Warehouse(path) as wh:
        assert search.index_state(wh) == "stale"
        search.update_index(wh)
        assert search.index_state(wh) == "current"
    assert index_rows(path) == index_rows(db)  # what the writer stored is what the update stores


def test_loading_a_document_again_leaves_the_index_as_it_was(records, tmp_path):
    path = build(tmp_path / "w.duckdb", records)
    before = index_rows(path)
    con = duckdb.connect(str(path), read_only=True)
    stats = con.execute("SELECT * FROM search_stats").fetchall()
    con.close()
    with Warehouse(path) as wh:
        wh.load_document(records[0])  # not new: its rows are replaced
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT * FROM search_stats").fetchall() == stats
    assert stats[0][0] == con.execute("SELECT count(*) FROM search_units").fetchone()[0]
    con.close()
    assert index_rows(path) == before


def test_a_document_that_fails_to_load_leaves_no_index_rows(records, tmp_path, monkeypatch):
    path = build(tmp_path / "w.duckdb", [records[0]])
    from warehouse import load

    def broken(self, record, item_ids):
        raise RuntimeError("a stage failed")

    monkeypatch.setattr(load.Warehouse, "_stage_matters", broken)
    with Warehouse(path) as wh:
        with pytest.raises(RuntimeError):
            wh._load_group([records[1]], set())
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM search_units WHERE document_id = ?", [records[1].document_id]).fetchone()[0] == 0
    assert con.execute("SELECT count(DISTINCT document_id) FROM search_documents").fetchone()[0] == 1
    con.close()


# ---------------------------------------------------------------- the command line


def test_the_command_line_takes_the_filters_and_prints_the_marks(db, capsys):
    assert main(["search", "avtal", "--db", str(db), "--kind", "kallelse", "--from", "2023-01-01",
                 "--to", "2023-12-31", "--body", "Kommunstyrelsen", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {h["item_title"] for h in found if h["hit"] == "item"} == {"Budget"}
    assert main(["search", "avtal", "--db", str(db)]) == 0
    assert "[avtalet]" in capsys.readouterr().out
    assert main(["search", "personalsektionen", "--fuzzy", "--db", str(db)]) == 0
    assert "[Personalsektonen]" in capsys.readouterr().out


def test_a_date_that_is_not_a_date_is_one_line(db, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["search", "avtal", "--db", str(db), "--from", "2024-13-01"])
    assert stop.value.code == 2
    assert "'2024-13-01' is not a date YYYY-MM-DD" in capsys.readouterr().err


# ---------------------------------------------------------------- the sample corpus


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory) -> Path:
    pdfs = sorted((REPO / "corpus").glob("*.pdf"))
    return build(tmp_path_factory.mktemp("corpus") / "w.duckdb", [extract_document(p) for p in pdfs])


def test_the_update_of_a_whole_warehouse_stores_what_the_writer_stored(corpus_db, tmp_path):
    import shutil

    copy = tmp_path / "copy.duckdb"
    shutil.copy(corpus_db, copy)
    con = duckdb.connect(str(copy), read_only=True)
    documents = [r[0] for r in con.execute("SELECT document_id FROM documents").fetchall()]
    con.close()
    unindex(copy, documents)
    with Warehouse(copy) as wh:
        assert search.index_state(wh) == "stale"
        search.update_index(wh)
    assert index_rows(copy) == index_rows(corpus_db)


def test_search_avtal_finds_every_page_that_prints_avtalet_or_samverkansavtalet(corpus_db):
    con = duckdb.connect(str(corpus_db), read_only=True)
    printed = {(d, n) for d, n, text in con.execute("SELECT document_id, page_no, text FROM pages").fetchall()
               if re.search(r"\b(samverkans)?avtalet\b", text or "", re.IGNORECASE)}
    con.close()
    assert len(printed) >= 4
    # a page is found by its page hit, or by the hit of the item printed on it (whose page hit it replaces)
    found = {(h["document_id"], h["page_no"]) for h in hits(corpus_db, "avtal", 1000)}
    assert printed <= found


# ---------------------------------------------------------------- the judged query set


def test_bench_search_scores_places_found_and_hits_wanted(corpus_db):
    from pipeline.bench import search as bench

    con = duckdb.connect(str(corpus_db), read_only=True)
    path, label, start, end, pages = con.execute(
        """SELECT d.source_path, i.label, i.page_start, i.page_end, d.page_count FROM items i JOIN documents d USING (document_id)
           WHERE i.label IS NOT NULL AND d.page_count > i.page_end + 1 ORDER BY d.source_path, i.number LIMIT 1""").fetchone()
    con.close()
    name, outside = Path(path).name, end + 1
    queries = {"files": [name], "queries": [{
        "query": "q", "short": False, "items": [{"file": name, "item": label}],
        "pages": [{"file": name, "page": start}, {"file": name, "page": outside}]}]}
    shown = [{"hit": "page", "source_path": path, "document_id": "", "page_no": start, "item_label": None,
              "item_number": None},  # finds the item's place through its page
             {"hit": "page", "source_path": path, "document_id": "", "page_no": pages, "item_label": None,
              "item_number": None},  # a page nobody wanted
             {"hit": "page", "source_path": "elsewhere/other.pdf", "document_id": "", "page_no": 1,
              "item_label": None, "item_number": None}]  # a file the set did not judge: left out
    with Warehouse(corpus_db, read_only=True) as wh:
        [score] = bench.score(wh, queries, lambda text, query, limit=20: shown[:limit])
    assert (score.places, score.found, score.recall) == (2, 1, 0.5)  # the item; the page outside it not found
    assert score.precision == 0.5 and score.shown == 2

    # hits in files the set did not judge take none of the 20 places: the wanted page after 25 of them is found
    elsewhere = [dict(shown[2], page_no=n) for n in range(1, 26)]
    with Warehouse(corpus_db, read_only=True) as wh:
        [score] = bench.score(wh, queries, lambda text, query, limit=20: (elsewhere + shown[:1])[:limit])
    assert (score.found, score.precision, score.shown) == (1, 1.0, 1)


def test_the_judged_set_has_forty_queries_ten_short_words_and_a_judgement_each():
    from pipeline.bench.search import load_queries

    data = load_queries()
    assert len(data["queries"]) >= 40 and sum(q["short"] for q in data["queries"]) >= 10
    assert all(q["items"] or q["pages"] for q in data["queries"])
    for query in data["queries"]:  # what the researcher wants, in words and as a pattern
        assert query["want"] and re.compile(query["accept"])


def test_bench_search_measures_the_index_on_a_synthetic_warehouse(capsys):
    assert main(["bench", "search", "--items", "300", "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^300 synthetic items: adding svom-2025-03-07-protokoll.pdf took \d+ ms, of it its search index "
                     r"rows \d+ ms; the run's end \(the index's levels\) \d+ ms$", out, re.M), out
    assert re.search(r"^  LOSUS +\d+ hits  CPU median +\d+ ms, wall +\d+ ms$", out, re.M)
    assert re.search(r"^queries: CPU p50 \d+ ms, p95 \d+ ms; wall p50 \d+ ms, p95 \d+ ms \(1 runs each\)$", out, re.M)
