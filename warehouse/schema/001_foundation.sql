-- 001: documents, pages and meetings (the foundation of the contract).
-- Applied once by warehouse.load.migrate(); the version is recorded in
-- schema_version, and later migrations are new files (002_….sql), never edits.

CREATE TABLE IF NOT EXISTS meetings (
    meeting_id   VARCHAR PRIMARY KEY,      -- '<organ slug>/<YYYY-MM-DD>'
    organ        VARCHAR NOT NULL,
    meeting_date DATE NOT NULL,
    start_time   VARCHAR,                  -- HH:MM, NULL if not stated
    end_time     VARCHAR,
    location     VARCHAR
);

CREATE TABLE IF NOT EXISTS documents (
    document_id  VARCHAR PRIMARY KEY,      -- sha256 hex of the file's bytes
    source_path  VARCHAR NOT NULL,         -- path as given at ingest (latest)
    kind         VARCHAR NOT NULL CHECK (kind IN ('kallelse', 'protokoll', 'underlag', 'okänd')),
    organ        VARCHAR,
    meeting_date DATE,
    meeting_id   VARCHAR,
    page_count   INTEGER,
    text_source  VARCHAR CHECK (text_source IN ('text', 'ocr', 'mixed', 'none')),
    status       VARCHAR NOT NULL CHECK (status IN ('ok', 'failed')),
    error_code   VARCHAR CHECK (error_code IN ('not_a_pdf', 'encrypted', 'damaged', 'empty', 'no_text',
                                               'too_large', 'timeout', 'internal')),
    error        VARCHAR,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS pages (
    document_id  VARCHAR NOT NULL,
    page_no      INTEGER NOT NULL,         -- 1-based
    text         VARCHAR NOT NULL,         -- clean text: no running headers, footers or stamps
    text_source  VARCHAR NOT NULL CHECK (text_source IN ('text', 'ocr')),
    PRIMARY KEY (document_id, page_no)
);

-- One row per ingest call, so an archivist can see what each run did.
CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    files_ok     INTEGER,
    files_skipped INTEGER,
    files_failed INTEGER,
    pages        INTEGER
);
