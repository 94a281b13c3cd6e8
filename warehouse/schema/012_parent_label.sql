-- 012: sub-items ('2.1', '2 a' under '2.') are rows of items with their
-- parent's integer `number`; parent_label is the printed label of the item
-- they belong to, NULL for a top-level item. Warehouses re-read their
-- documents (extractor version 7), so no row needs a value here.

ALTER TABLE items ADD COLUMN parent_label VARCHAR;

-- current_items lists the columns of items: made again so that it has the new one
CREATE OR REPLACE VIEW current_items AS
SELECT i.* FROM items i JOIN current_documents USING (meeting_id, source, document_id)
UNION ALL
SELECT * FROM items WHERE meeting_id IS NULL;
