-- 009: provenance to the box. Every item, field, presenter, participant,
-- amount, agreement mention and item date records where it stands in its PDF:
-- a page (1-based) and a box in PDF points with the origin at the top left of
-- the page (x0, x1 from the left edge; top, bottom from the top edge), as
-- pdfplumber reports words; OCRed pages in the same points of the page.
-- NULL where the text is not printed anywhere (see README, "Provenance").

-- the item's heading (label and title) on its first page
ALTER TABLE items ADD COLUMN IF NOT EXISTS page_no INTEGER;
ALTER TABLE items ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE items ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE items ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE items ADD COLUMN IF NOT EXISTS bottom DOUBLE;

-- one row per item, field and page: the union box of that field's lines on that page
CREATE TABLE IF NOT EXISTS field_boxes (
    item_id     VARCHAR NOT NULL,
    field       VARCHAR NOT NULL CHECK (field IN ('title', 'summary', 'proposal', 'decision', 'motions', 'procedure', 'dissent')),
    page_no     INTEGER NOT NULL,
    x0          DOUBLE NOT NULL,
    top         DOUBLE NOT NULL,
    x1          DOUBLE NOT NULL,
    bottom      DOUBLE NOT NULL,
    document_id VARCHAR NOT NULL
);
CREATE INDEX IF NOT EXISTS field_boxes_by_item ON field_boxes (item_id);

-- the name, the amount, the surface, the date as written
ALTER TABLE presenters ADD COLUMN IF NOT EXISTS page_no INTEGER;
ALTER TABLE presenters ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE presenters ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE presenters ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE presenters ADD COLUMN IF NOT EXISTS bottom DOUBLE;

ALTER TABLE participants ADD COLUMN IF NOT EXISTS page_no INTEGER;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS bottom DOUBLE;

ALTER TABLE amounts ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE amounts ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE amounts ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE amounts ADD COLUMN IF NOT EXISTS bottom DOUBLE;

ALTER TABLE agreement_mentions ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE agreement_mentions ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE agreement_mentions ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE agreement_mentions ADD COLUMN IF NOT EXISTS bottom DOUBLE;

ALTER TABLE item_dates ADD COLUMN IF NOT EXISTS page_no INTEGER;
ALTER TABLE item_dates ADD COLUMN IF NOT EXISTS x0 DOUBLE;
ALTER TABLE item_dates ADD COLUMN IF NOT EXISTS top DOUBLE;
ALTER TABLE item_dates ADD COLUMN IF NOT EXISTS x1 DOUBLE;
ALTER TABLE item_dates ADD COLUMN IF NOT EXISTS bottom DOUBLE;

-- current_items lists the columns of items: migration 011 makes it again with the new one
-- (nothing reads it between the migrations of one run)
