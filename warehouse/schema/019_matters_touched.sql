-- 019: matters settled for what a load touched, not derived again from every row.
--
-- A settle derived every matter and resolved every reference from all stored
-- rows, so adding ten documents cost 0.3 s on a warehouse of 100 documents and
-- 12 s on one of 10 000 (docs/speed.md, "Growing warehouses"). Now each load
-- notes, in its own transaction, the documents it stored and the meetings it
-- touched (`matters_pending`), and the next settle resolves again only the
-- references those can change and rebuilds only the matters that hold them
-- (warehouse/matters.py, `settle_matters` with what was touched), then empties
-- the table in its own transaction. `matters.node` is the step's node in the
-- graph the matters are the parts of ('case:<diarienummer as it joins>', an
-- item id, 'doc:<document id>'), so a settle finds the matters a node was in.
-- A warehouse migrated here is settled whole once (its matters have no nodes).

ALTER TABLE matters ADD COLUMN IF NOT EXISTS node VARCHAR;

CREATE TABLE IF NOT EXISTS matters_pending (
    document_id VARCHAR,  -- a document stored since the last settle
    meeting_id  VARCHAR,  -- a meeting whose documents changed since then
    change      UBIGINT,  -- how the load changed the documents' fingerprint (Warehouse.documents_fingerprint):
    added       BOOLEAN,  -- the XOR of the document's terms before and after, and whether it is new; so a
                          -- settle knows whether the documents are those settled plus what was noted
    target_item_id VARCHAR  -- an item a reference of a document read again named (its matter is rebuilt)
);

COMMENT ON TABLE matters IS NULL;
