-- 005: the § or agenda number as printed ('KS § 3 a', '39 §', '§ 5'). The
-- integer `number` stays; item ids now come from the document and this label,
-- so two items of one document may share a number ('§ 3 a', '§ 3 b').

ALTER TABLE items ADD COLUMN label VARCHAR;

-- the view lists the columns of items: made again so that it has the new one
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
