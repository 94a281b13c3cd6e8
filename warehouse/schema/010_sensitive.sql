-- 010: personal data and secrecy markings found at extraction
-- (extractors/sensitive.py). One row per personal identity number
-- (personnummer, samordningsnummer) or secrecy marking ('Sekretess enligt OSL
-- 26 kap. 1 §') on a page. The raw number is never stored here: `masked` is
-- '19121212-****'; the digits stay only where the document has them (pages,
-- items) in the operator's own warehouse, and every output masks them
-- unless the operator passes --include-sensitive. No hash of the number
-- either: valid personnummer are few enough (about 40 million per century)
-- that any hash stored beside its salt is the number itself.
-- kind is one of 'personnummer', 'samordningsnummer', 'sekretess' (no CHECK:
-- DuckDB cannot change one later, and the values are validated by
-- schemas/sensitive.py before they are stored).

CREATE TABLE IF NOT EXISTS sensitive (
    document_id VARCHAR NOT NULL,
    item_id     VARCHAR,                   -- NULL outside any item
    page_no     INTEGER,
    kind        VARCHAR NOT NULL,
    masked      VARCHAR NOT NULL,          -- '19121212-****', or the marking's words
    rule_id     VARCHAR NOT NULL,          -- the rule of extractors/rules/sv/sensitive.json that found it
    x0          DOUBLE,                    -- box on the page, PDF points, origin top-left (NULL when
    top         DOUBLE,                    -- no single line holds it)
    x1          DOUBLE,
    bottom      DOUBLE
);
