-- 016: the appeal window of a Swedish kommun's or region's protokoll.
-- posted_on: the day the document prints that its justering was posted on the
-- anslagstavla ('Datum för anslags uppsättande', 'Anslaget sätts upp',
-- 'Justeringen har tillkännagivits … den …'); appeal_until: the last day for
-- laglighetsprövning, three weeks later (kommunallagen 13 kap. 5 §), moved to
-- the next weekday from a Saturday, Sunday or holiday (lag 1930:173). Both NULL
-- when the document prints no posting, and for Finland-Swedish bodies and
-- associations, whose rules differ. Documents loaded before this version are
-- read again by the next ingest (extractor version 7), which fills them.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS posted_on DATE;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS appeal_until DATE;

-- Watches (paragraf watch add|list|remove|news; warehouse/watches.py): a saved
-- search, agreement or matter, asked again after every ingest of the documents
-- first loaded since it was added. watch_hits holds each hit once (an item,
-- or a page outside every item: hit_key); watch_checked the documents a watch
-- has been asked about, written with its hits, so no document is reported twice
-- and none is skipped by an ingest stopped before it recorded them.
CREATE TABLE IF NOT EXISTS watches (
    watch_id INTEGER PRIMARY KEY,
    kind VARCHAR NOT NULL,          -- search, agreement or matter
    text VARCHAR NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS watch_hits (
    watch_id INTEGER NOT NULL,
    document_id VARCHAR NOT NULL,
    item_id VARCHAR,
    page_no INTEGER,
    title VARCHAR,
    found_at TIMESTAMP NOT NULL,
    hit_key VARCHAR NOT NULL,       -- the item_id, or 'page:N' for a page outside every item
    PRIMARY KEY (watch_id, document_id, hit_key)
);
CREATE TABLE IF NOT EXISTS watch_checked (
    watch_id INTEGER NOT NULL,
    document_id VARCHAR NOT NULL,
    PRIMARY KEY (watch_id, document_id)
);
