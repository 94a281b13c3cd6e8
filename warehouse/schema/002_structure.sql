-- 002: the structure of meetings — items, presenters, attachments,
-- participants — plus problems per page and the extractor version that made
-- each document's rows (a newer extractor re-reads documents on the next ingest).

ALTER TABLE documents ADD COLUMN extractor_version INTEGER DEFAULT 1;

CREATE TABLE IF NOT EXISTS items (
    item_id        VARCHAR PRIMARY KEY,    -- hash of document_id, source and number
    document_id    VARCHAR NOT NULL,
    meeting_id     VARCHAR,
    source         VARCHAR NOT NULL CHECK (source IN ('kallelse', 'protokoll')),
    number         INTEGER NOT NULL,       -- agenda number or § number, as printed
    title          VARCHAR NOT NULL,
    section        VARCHAR CHECK (section IN ('information', 'beslut')),
    scheduled_time VARCHAR,                -- HH:MM from the agenda
    summary        VARCHAR,                -- Sammanfattning / Ärendebeskrivning
    proposal       VARCHAR,                -- Förslag till beslut
    decision       VARCHAR,                -- Beslut (protokoll)
    page_start     INTEGER NOT NULL,
    page_end       INTEGER NOT NULL,
    case_number    VARCHAR,                -- diarienummer beside a § heading
    motions        VARCHAR,                -- Yrkanden
    procedure      VARCHAR,                -- Propositionsordning, omröstning
    dissent        VARCHAR,                -- Reservation, protokollsanteckning
    distribution   VARCHAR,                -- Protokollsutdrag / Expedieras till
    attested       BOOLEAN NOT NULL        -- 'Paragrafen är justerad' / 'Omedelbart justerad'
);

CREATE TABLE IF NOT EXISTS presenters (
    item_id     VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,          -- 'First Last', no party
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL           -- order as printed
);

CREATE TABLE IF NOT EXISTS attachments (
    item_id     VARCHAR NOT NULL,
    title       VARCHAR NOT NULL,          -- a Beslutsunderlag line
    page_start  INTEGER,                   -- where it begins in the same PDF, when bundled
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS participants (
    meeting_id   VARCHAR,
    document_id  VARCHAR NOT NULL,
    name         VARCHAR NOT NULL,
    party        VARCHAR,
    organization VARCHAR,
    role         VARCHAR NOT NULL CHECK (role IN ('ordförande', 'vice ordförande', 'ledamot', 'ersättare',
        'tjänstgörande ersättare', 'ej tjänstgörande ersättare', 'övrig', 'sekreterare', 'justerare')),
    sections     VARCHAR                   -- '§§1-9' as printed beside the name
);

-- What went wrong on part of a document that still loaded (a page without
-- text, a layout whose items could not be read).
CREATE TABLE IF NOT EXISTS problems (
    document_id VARCHAR NOT NULL,
    page_no     INTEGER,
    message     VARCHAR NOT NULL
);

-- Per meeting and source, the items of the newest document: a corrected
-- protokoll republished for the same meeting replaces the earlier one in
-- answers, while both stay stored.
CREATE OR REPLACE VIEW current_items AS
WITH newest AS (
    SELECT i.meeting_id, i.source, arg_max(d.document_id, d.ingested_at) AS document_id
    FROM items i JOIN documents d USING (document_id)
    WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL
    GROUP BY ALL
)
SELECT i.* FROM items i JOIN newest USING (meeting_id, source, document_id)
UNION ALL
SELECT * FROM items WHERE meeting_id IS NULL;
