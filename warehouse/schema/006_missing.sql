-- 006: the error code `missing` (a file that vanished between discovery and
-- reading). DuckDB can neither alter nor drop a CHECK constraint, nor add a
-- column with one: error_code becomes a plain VARCHAR column with the same
-- values (it moves to the end of the table; columns other migrations add are
-- kept, whatever order they ran in). The codes are the ErrorCode enum of
-- schemas/document.py, which every record is validated against.

CREATE TEMP TABLE error_codes_003 AS SELECT document_id, error_code FROM documents WHERE error_code IS NOT NULL;
ALTER TABLE documents DROP COLUMN error_code;
ALTER TABLE documents ADD COLUMN error_code VARCHAR;
UPDATE documents SET error_code = old.error_code FROM error_codes_003 old WHERE old.document_id = documents.document_id;
DROP TABLE error_codes_003;
