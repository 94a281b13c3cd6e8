-- 017: the posting date a document prints (documents.posted_on, 016: the day
-- its justering was put up on the notice board) says which of two documents of
-- one meeting is newer, after a printed revision and the justering date and
-- before the PDF's own modification date: a protokoll posted again later is
-- the later one, whatever order they were loaded in. (014 could not name it:
-- on a new warehouse 014 runs before 016 adds the column.)

CREATE OR REPLACE VIEW current_documents AS
SELECT meeting_id, source, document_id FROM (
    SELECT DISTINCT i.meeting_id, i.source, d.document_id, d.revision, d.attested_on, d.posted_on, d.pdf_modified_at
    FROM items i JOIN documents d USING (document_id)
    WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL
)
QUALIFY dense_rank() OVER (
    PARTITION BY meeting_id, source
    ORDER BY coalesce(revision, 0) DESC, attested_on DESC NULLS LAST, posted_on DESC NULLS LAST,
             pdf_modified_at DESC NULLS LAST, document_id
) = 1;
