-- 004: the error code `missing` (a file that vanished between discovery and
-- reading). DuckDB cannot alter a CHECK constraint, so documents is rebuilt
-- with the same columns and the longer list of codes.

CREATE TABLE documents_004 (
    document_id  VARCHAR PRIMARY KEY,
    source_path  VARCHAR NOT NULL,
    kind         VARCHAR NOT NULL CHECK (kind IN ('kallelse', 'protokoll', 'underlag', 'okänd')),
    organ        VARCHAR,
    meeting_date DATE,
    meeting_id   VARCHAR,
    page_count   INTEGER,
    text_source  VARCHAR CHECK (text_source IN ('text', 'ocr', 'mixed', 'none')),
    status       VARCHAR NOT NULL CHECK (status IN ('ok', 'failed')),
    error_code   VARCHAR CHECK (error_code IN ('not_a_pdf', 'encrypted', 'damaged', 'empty', 'no_text',
                                               'too_large', 'timeout', 'internal', 'missing')),
    error        VARCHAR,
    ingested_at  TIMESTAMP NOT NULL,
    extractor_version INTEGER DEFAULT 1
);
INSERT INTO documents_004 SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_004 RENAME TO documents;
