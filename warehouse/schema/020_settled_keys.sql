-- 020: what a settle of matters rewrote, by key, so that a read snapshot takes those rows alone.
--
-- A settle of what a load touched (019) rewrites the matters of a few nodes and
-- resolves a few references again, but it noted `matters` and
-- `matter_references` as rewritten whole (`write_log`), so every publish
-- compared both tables row by row with the staging copy — and on a warehouse of
-- 10⁵ documents found them too large to compare and copied the whole file
-- (0.9 s of publishing at 10² documents, 14.5 s at 10⁵: docs/speed.md, "Growing
-- warehouses"). Now such a settle appends here, with its write's number, the
-- nodes whose matters it deleted and wrote again (name 'matters', key
-- `matters.node`) and the documents whose references it resolved again (name
-- 'matter_references', key `document_id`); a publish deletes and copies the rows
-- of those keys alone (warehouse/snapshot.py, `_sync`). A settle of everything
-- still notes both tables whole and empties this table. A key holds one row, the
-- number of the last settle that rewrote it (a key settled again replaces its
-- row), so the table grows with the keys ever rewritten, not with the settles;
-- a copy takes the rows numbered above its own last write.

CREATE TABLE IF NOT EXISTS settled_keys (
    name      VARCHAR NOT NULL,  -- 'matters' or 'matter_references'
    key       VARCHAR NOT NULL,  -- a matters.node, or a document_id whose references were resolved again
    write_seq BIGINT NOT NULL    -- the last settle that rewrote it (its write_log number)
);
