-- 016: the appeal window of a Swedish kommun's or region's protokoll.
-- posted_on: the day the document prints that its justering was posted on the
-- anslagstavla ('Datum för anslags uppsättande', 'Anslaget sätts upp',
-- 'Justeringen har tillkännagivits … den …'); appeal_until: the last day for
-- laglighetsprövning, three weeks later (kommunallagen 13 kap. 5 §), moved to
-- the next weekday from a Saturday, Sunday or holiday (lag 1930:173). Both NULL
-- when the document prints no posting, and for Finland-Swedish bodies and
-- associations, whose rules differ. Documents loaded before this version are
-- read again by the next ingest (extractor version 7), which fills them.
ALTER TABLE documents ADD COLUMN posted_on DATE;
ALTER TABLE documents ADD COLUMN appeal_until DATE;
