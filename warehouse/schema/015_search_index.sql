-- 015: the search index, kept by the writer document by document.
-- Before, DuckDB's fts extension rebuilt one index over every item and page
-- after each ingest (a cost that grew with the warehouse) with a Snowball
-- stemmer that left "avtalet" as it was. Now each document's search units
-- (its items, and its pages) and their terms (Swedish lemmas and compound
-- parts: extractors/entities/words.py) are written in the same transaction
-- as the document, and replaced with it: adding a document touches no other
-- document's rows, and a kill leaves the index exactly as whole as the
-- documents. The text is masked before it is analysed (personal identity
-- numbers leave no digits here) unless the operator ingested with
-- --include-sensitive (`personal` says which units were).
-- Derived data: `paragraf export` leaves these tables out, and a warehouse
-- whose documents they do not cover (made before 015, or by an older
-- analyser: search_meta) is indexed again by the next ingest or search.

DROP SCHEMA IF EXISTS fts_main_search_docs CASCADE;
DROP TABLE IF EXISTS search_docs;
DROP TABLE IF EXISTS search_stopwords;

-- one row per item and per page of every stored document
CREATE TABLE IF NOT EXISTS search_units (
    unit        BIGINT PRIMARY KEY, -- a stable hash of doc_key (the key: a hit's unit is found by it)
    doc_key     VARCHAR NOT NULL,  -- 'item:<item_id>' or 'page:<document_id>:<page_no>'
    document_id VARCHAR NOT NULL,
    hit         VARCHAR NOT NULL,  -- 'item' or 'page'
    page_no     INTEGER,           -- the page (an item: its first page)
    item_id     VARCHAR,           -- the item (a page: the narrowest item spanning it)
    length      INTEGER NOT NULL,  -- words indexed (stopwords left out), for BM25
    personal    BOOLEAN NOT NULL   -- analysed with personal identity numbers unmasked
);

-- one row per term of a unit: how often, with what weight (a lemma of the
-- word 1, the last part of a compound 0.8, a first part 0.4), the unit's
-- length (so scoring needs no join), and at which word positions.
-- Levels, as a log-structured merge tree keeps them: the writer appends to
-- search_postings; at the end of a run a level grown past its size (10^6
-- rows, then 8 times more at each level) is merged into the next, rewritten
-- in term order. A term is then read from the few row groups of each sorted
-- level that can hold it (DuckDB's zone maps), whatever the warehouse's size,
-- and the first level stays small. The levels' union is the index; which
-- level holds a row is a function of the rows alone (merges happen only at a
-- run's end), so a resumed run ends with the same levels as one that was not
-- interrupted.
CREATE TABLE IF NOT EXISTS search_postings (
    term        VARCHAR NOT NULL,
    unit        BIGINT NOT NULL,
    tf          INTEGER NOT NULL,
    weight      REAL NOT NULL,
    length      INTEGER NOT NULL,
    positions   INTEGER[] NOT NULL
);
CREATE TABLE IF NOT EXISTS search_postings_1 AS SELECT * FROM search_postings WHERE false;
CREATE TABLE IF NOT EXISTS search_postings_2 AS SELECT * FROM search_postings WHERE false;
CREATE TABLE IF NOT EXISTS search_postings_3 AS SELECT * FROM search_postings WHERE false;
CREATE TABLE IF NOT EXISTS search_postings_4 AS SELECT * FROM search_postings WHERE false;
CREATE TABLE IF NOT EXISTS search_postings_5 AS SELECT * FROM search_postings WHERE false;

-- how many units the index holds and their summed length (BM25's N and
-- average length), kept by the writer with each load: one row
CREATE TABLE IF NOT EXISTS search_stats (
    units       BIGINT NOT NULL,
    length      BIGINT NOT NULL
);
INSERT INTO search_stats SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM search_stats);

-- the documents indexed, and by which analyser
CREATE TABLE IF NOT EXISTS search_documents (
    document_id VARCHAR NOT NULL,
    analyser    VARCHAR NOT NULL
);
