-- 014: which document of a meeting is current is a function of the documents,
-- never of when or in which order they were loaded.
--
-- Until now the newest *load* won (then revision, justering date, kind, id):
-- a run killed and resumed loaded some documents later than an uninterrupted
-- run would, so another revision became current and current_items, matters
-- and search answered differently. "Newest" is now read from the documents
-- themselves, per meeting and source:
--   1. a printed revision or correction ('Reviderad', 'Rättelse', 'Version 2': documents.revision),
--   2. the justering date the document prints (documents.attested_on),
--   3. the PDF's own modification date (its /Info /ModDate: documents.pdf_modified_at, new here;
--      documents read before this version have none until they are read again),
--   4. the document id (the sha256 of the bytes), the smallest first, as the last tie-break.
-- Later is newer in 1-3; a document that does not state a thing ranks after
-- one that does. Any load order, any number of interruptions: the same answer.

ALTER TABLE documents ADD COLUMN IF NOT EXISTS pdf_modified_at TIMESTAMP;

-- What the writer changed, and when, so that a read snapshot is brought up to
-- date by what changed since it was made rather than by a copy of the whole
-- file (warehouse/snapshot.py). Every write of the writer takes the next
-- sequence number: documents.write_seq is that of the load that last wrote the
-- document (its rows in every per-document table go with it); write_log holds,
-- for each table a write rewrote whole or in part beyond one document's rows
-- (meetings, matters, the search index, runs), the number of its last write.
-- A snapshot's own highest number says which writes it holds.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS write_seq BIGINT;
UPDATE documents SET write_seq = 0 WHERE write_seq IS NULL;
CREATE TABLE IF NOT EXISTS write_log (name VARCHAR PRIMARY KEY, write_seq BIGINT NOT NULL);

CREATE OR REPLACE VIEW current_documents AS
SELECT meeting_id, source, document_id FROM (
    SELECT DISTINCT i.meeting_id, i.source, d.document_id, d.revision, d.attested_on, d.pdf_modified_at
    FROM items i JOIN documents d USING (document_id)
    WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL
)
QUALIFY dense_rank() OVER (
    PARTITION BY meeting_id, source
    ORDER BY coalesce(revision, 0) DESC, attested_on DESC NULLS LAST, pdf_modified_at DESC NULLS LAST, document_id
) = 1;
