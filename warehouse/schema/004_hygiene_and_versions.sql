-- 004: no stray objects, and a current_items that answers the same whatever
-- order the documents of one ingest arrived in.

-- Writers before this version left an empty view named "rows" behind (the
-- name under which each insert read its Arrow rows); inserts now read from a
-- temporary view that is never stored.
DROP VIEW IF EXISTS main."rows";

-- When the document was first stored: the time the writer that stored it was
-- opened, so the documents of one ingest share it (NULL for documents stored
-- before this version: their ingested_at stands in). Re-reading a document
-- later keeps it.
ALTER TABLE documents ADD COLUMN loaded_at TIMESTAMP;
-- What a document says about its own version: the justering (attestation)
-- date it states, and a revision it states ('Reviderad' 1, 'Version 2' 2; 0 none).
ALTER TABLE documents ADD COLUMN attested_on DATE;
ALTER TABLE documents ADD COLUMN revision INTEGER DEFAULT 0;
-- The times and place this document states for its meeting: a meeting's row
-- takes each from the first document stored that states it (a protokoll
-- before a kallelse stored with it, then the smallest document_id), whatever
-- order the documents arrived in.
ALTER TABLE documents ADD COLUMN start_time VARCHAR;
ALTER TABLE documents ADD COLUMN end_time VARCHAR;
ALTER TABLE documents ADD COLUMN location VARCHAR;

-- Per meeting and source, the items of the newest document: first stored
-- latest; among documents stored by one ingest, what they say (a higher
-- revision, a later justering date, a protokoll over a kallelse), then the
-- smallest document_id, so identical runs give identical answers.
CREATE OR REPLACE VIEW current_items AS
WITH newest AS (
    SELECT DISTINCT i.meeting_id, i.source, d.document_id
    FROM items i JOIN documents d USING (document_id)
    WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL
    QUALIFY dense_rank() OVER (
        PARTITION BY i.meeting_id, i.source
        ORDER BY coalesce(d.loaded_at, d.ingested_at) DESC, coalesce(d.revision, 0) DESC,
                 d.attested_on DESC NULLS LAST, (d.kind = 'protokoll') DESC, d.document_id
    ) = 1
)
SELECT i.* FROM items i JOIN newest USING (meeting_id, source, document_id)
UNION ALL
SELECT * FROM items WHERE meeting_id IS NULL;
