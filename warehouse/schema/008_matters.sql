-- 008: matters (ärenden) across bodies — diary numbers normalised, references
-- from the text of items to §§ of other meetings, and the matters they form.
-- `matter_references` and `body_aliases` hold what each document says (replaced
-- with the document); `matters` and the `target_*` columns of
-- `matter_references` are derived from every stored row at the end of each
-- load (warehouse/matters.py: settle), so they never depend on the order in
-- which documents arrived.

-- items.case_number now holds the normal form ('KS 2024/512'); the printed one:
ALTER TABLE items ADD COLUMN case_number_raw VARCHAR;
-- an underlag's own diarienummer (its header: 'Diarienummer: KFJH 2024/0031')
ALTER TABLE documents ADD COLUMN case_number VARCHAR;
ALTER TABLE documents ADD COLUMN case_number_raw VARCHAR;

CREATE TABLE IF NOT EXISTS matter_references (
    document_id    VARCHAR NOT NULL,
    item_id        VARCHAR,                -- the item it stands in; NULL outside any item (an underlag)
    page_no        INTEGER NOT NULL,
    body           VARCHAR NOT NULL,       -- as written: 'Sociala vård- och omsorgsgruppen', 'SVOM', 'KS'
    short          VARCHAR,                -- the abbreviation written beside it: '(SVOM)'
    meeting_date   DATE,                   -- NULL when the reference states no date ('KU § 317')
    paragraph      INTEGER NOT NULL,       -- the § number
    raw            VARCHAR NOT NULL,       -- as written
    context        VARCHAR NOT NULL,       -- the sentence it stands in
    position       INTEGER NOT NULL,       -- order within the document
    target_organ   VARCHAR,                -- derived: the body it names, as the warehouse knows it
    target_item_id VARCHAR                 -- derived: the § it names, when that is stored
);

-- abbreviations a document defines: 'Sociala vård- och omsorgsgruppen (SVOM)'
CREATE TABLE IF NOT EXISTS body_aliases (
    document_id VARCHAR NOT NULL,
    short       VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    page_no     INTEGER NOT NULL
);

-- One row per (matter, item) link; an underlag linked by its own diarienummer
-- has item_id NULL. matter_key: the normalised diarienummer of the matter's
-- earliest numbered step, or, for a matter of references alone,
-- '<body> <YYYY-MM-DD> § <n>' of its earliest step.
CREATE TABLE IF NOT EXISTS matters (
    matter_key   VARCHAR NOT NULL,
    item_id      VARCHAR,
    document_id  VARCHAR NOT NULL,
    linked_by    VARCHAR NOT NULL CHECK (linked_by IN ('case_number', 'reference', 'underlag')),
    case_number  VARCHAR,                  -- this step's own diarienummer (normal form), if any
    -- copied from the step's item, meeting and document, so that a matter's
    -- path is read from this table alone:
    meeting_date DATE,
    organ        VARCHAR,
    source       VARCHAR,                  -- 'kallelse' or 'protokoll'; the document's kind for an underlag
    number       INTEGER,
    label        VARCHAR,
    title        VARCHAR,                  -- the item's title; an underlag's file path
    decision     VARCHAR,
    proposal     VARCHAR,
    page_start   INTEGER,
    title_folded VARCHAR                   -- ' ' + the title's words in lower case, no diacritics or punctuation (`paragraf matter WORDS`)
);

-- No index: on the 100 000-item bench warehouse a scan of `matters` answers
-- as fast as an ART index, and the table is rewritten at every load (README).

-- current_items lists the columns of items: migration 011 makes it again with the new one
-- (nothing reads it between the migrations of one run)
