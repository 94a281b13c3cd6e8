-- 018: which document of a meeting is current, kept by the writer instead of
-- ranked by every query.
--
-- The view current_documents ranked every document of every meeting, over the
-- distinct (meeting, source, document) of all items, whenever it was read:
-- 16 ms of the 150 of `decisions --agreement LOSUS --timeline` on 100 000
-- items, and more as the warehouse grows. A meeting's current document
-- changes only when one of its documents is loaded (or moves between
-- meetings), so the writer now keeps, in each load's transaction, for the
-- meetings that load touched (warehouse/load.py, `refresh_current`):
--   document_sources      one row per (meeting, source, document) of every ok
--                         document's items in a meeting: what the ranking ranks,
--                         replaced with its document (so a load re-ranks a
--                         meeting without reading `items`);
--   superseded_documents  the (meeting, source, document) the ranking of 017
--                         does NOT put first: an earlier version, a kallelse's
--                         agenda once another notice is newer. A few rows in
--                         most warehouses; what readers anti-join.
-- The views read them: current_documents is document_sources less the
-- superseded, current_items those documents' items plus the items of no
-- meeting — the same rows as before, ranked the same way (017's order).

CREATE TABLE IF NOT EXISTS document_sources (
    meeting_id  VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS superseded_documents (
    meeting_id  VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL
);

DELETE FROM document_sources;
INSERT INTO document_sources
SELECT DISTINCT i.meeting_id, i.source, i.document_id
FROM items i JOIN documents d USING (document_id)
WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL;

DELETE FROM superseded_documents;
INSERT INTO superseded_documents
SELECT meeting_id, source, document_id FROM (
    SELECT s.meeting_id, s.source, s.document_id, d.revision, d.attested_on, d.posted_on, d.pdf_modified_at
    FROM document_sources s JOIN documents d USING (document_id)
)
QUALIFY dense_rank() OVER (
    PARTITION BY meeting_id, source
    ORDER BY coalesce(revision, 0) DESC, attested_on DESC NULLS LAST, posted_on DESC NULLS LAST,
             pdf_modified_at DESC NULLS LAST, document_id
) > 1;

CREATE OR REPLACE VIEW current_documents AS
SELECT meeting_id, source, document_id FROM document_sources
ANTI JOIN superseded_documents USING (meeting_id, source, document_id);

CREATE OR REPLACE VIEW current_items AS
SELECT i.* FROM items i SEMI JOIN current_documents c
    ON c.meeting_id = i.meeting_id AND c.source = i.source AND c.document_id = i.document_id
UNION ALL
SELECT * FROM items WHERE meeting_id IS NULL;
