-- 013: the organisation that issued each document, meetings keyed by it, and
-- aliases that keep every retired meeting id working.
--
-- `documents.organisation` is the kommun, region, authority or association a
-- document prints as its issuer (NULL when it prints none, and for documents
-- read by an extractor before version 7, until they are read again);
-- `organisation_evidence` says where it was read and which web address or
-- organisation number the document prints. `meetings.organisation` is the
-- organisation of a meeting's documents.
--
-- A meeting's id is '<organisation key>/<organ slug>/<date>', or
-- '<organ slug>/<date>' when no document of it prints an organisation — the
-- form every id had before, so this migration changes no row: existing
-- meetings keep their ids and documents, whatever their PDFs. When documents
-- read again move to a meeting of another id (their organisation now known),
-- the meeting they leave is retired and its id kept in `meeting_aliases`,
-- pointing at the meeting(s) its documents went to; every lookup by meeting
-- id resolves it (warehouse/meetings.py). `meetings.first_id` is the id a
-- meeting was first stored under — its own, or that of the meeting it
-- continues — and names it in the OParl export, so OParl ids do not change.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS organisation VARCHAR;
ALTER TABLE documents ADD COLUMN IF NOT EXISTS organisation_evidence VARCHAR;
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS organisation VARCHAR;
ALTER TABLE meetings ADD COLUMN IF NOT EXISTS first_id VARCHAR;
UPDATE meetings SET first_id = meeting_id WHERE first_id IS NULL;

CREATE TABLE IF NOT EXISTS meeting_aliases (
    old_id      VARCHAR NOT NULL,          -- a meeting id that is no longer a meeting
    meeting_id  VARCHAR NOT NULL,          -- a meeting its documents now belong to
    retired_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (old_id, meeting_id)
);
