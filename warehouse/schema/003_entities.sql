-- 003: entities — amounts, agreements and their mentions, dates stated in items.

CREATE TABLE IF NOT EXISTS amounts (
    document_id VARCHAR NOT NULL,
    item_id     VARCHAR,                   -- NULL outside any item
    page_no     INTEGER NOT NULL,
    value_sek   DECIMAL(18, 2) NOT NULL,   -- normalised: Mkr ×1 000 000, tkr ×1 000
    raw         VARCHAR NOT NULL,          -- as written
    context     VARCHAR NOT NULL           -- the sentence or table row
);

-- The catalogue (extractors/rules/sv/agreements.json, synced at every ingest)
-- and agreements found in text under a name of their own ('new:…' ids).
CREATE TABLE IF NOT EXISTS agreements (
    agreement_id VARCHAR PRIMARY KEY,
    name         VARCHAR NOT NULL,         -- canonical
    aliases      VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS agreement_mentions (
    agreement_id VARCHAR NOT NULL,
    document_id  VARCHAR NOT NULL,
    item_id      VARCHAR,                  -- NULL outside any item
    page_no      INTEGER NOT NULL,
    surface      VARCHAR NOT NULL,         -- the words as written
    in_decision  BOOLEAN NOT NULL          -- inside the item's proposal or decision
);

CREATE TABLE IF NOT EXISTS item_dates (
    item_id     VARCHAR NOT NULL,
    date        DATE NOT NULL,
    raw         VARCHAR NOT NULL,
    context     VARCHAR NOT NULL,
    precision   VARCHAR NOT NULL CHECK (precision IN ('day', 'month', 'year', 'period')),
    document_id VARCHAR NOT NULL
);

CREATE INDEX IF NOT EXISTS agreement_mentions_by_agreement ON agreement_mentions (agreement_id);
