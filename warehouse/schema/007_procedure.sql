-- 007: how each decision was made, read from the text of each §: motions
-- (yrkanden), votes (propositionsordning and omröstning) with each member's
-- vote, dissents (reservation, protokollsanteckning, avstår) and conflicts of
-- interest (jäv). Every row names its item; ids are deterministic (the item id,
-- the kind of row and its place among the item's rows of that kind).

CREATE TABLE IF NOT EXISTS motions (
    motion_id   VARCHAR PRIMARY KEY,
    item_id     VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,          -- order among the item's motions
    mover       VARCHAR NOT NULL,          -- 'Anna Berg', or the role as printed ('Ordföranden') when unresolved
    party       VARCHAR,
    role        VARCHAR,                   -- the role word the text named the mover by, if any
    kind        VARCHAR NOT NULL CHECK (kind IN ('bifall', 'avslag', 'återremiss', 'bordläggning', 'ändring', 'tillägg', 'other')),
    text        VARCHAR NOT NULL,          -- what is moved
    supports    VARCHAR,                   -- the mover whose motion this one supports
    supports_motion_id VARCHAR,            -- that mover's motion on the same item
    withdrawn   BOOLEAN NOT NULL,
    page_no     INTEGER NOT NULL,
    sentence    VARCHAR NOT NULL           -- the sentence it was read from
);

CREATE TABLE IF NOT EXISTS votes (
    vote_id     VARCHAR PRIMARY KEY,
    item_id     VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    kind        VARCHAR NOT NULL CHECK (kind IN ('proposition', 'omröstning')),
    proposition VARCHAR,                   -- what the chair put
    result      VARCHAR,                   -- what the chair found, or the sentence after the counts
    winner      VARCHAR,                   -- the proposal or motion that carried, as named
    yes_for     VARCHAR,                   -- 'Ja-röst för …'
    no_for      VARCHAR,                   -- 'nej-röst för …'
    yes         INTEGER,                   -- counts as printed
    no          INTEGER,
    abstain     INTEGER,
    consistent  BOOLEAN,                   -- printed counts equal the named votes; NULL unless both are printed
    page_no     INTEGER NOT NULL,
    sentence    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS vote_records (
    vote_id     VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL,
    position    INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    party       VARCHAR,
    choice      VARCHAR NOT NULL CHECK (choice IN ('ja', 'nej', 'avstår')),
    page_no     INTEGER NOT NULL,
    raw         VARCHAR NOT NULL,          -- the table row, or the words naming the member
    PRIMARY KEY (vote_id, position)
);

CREATE TABLE IF NOT EXISTS dissents (
    dissent_id   VARCHAR PRIMARY KEY,
    item_id      VARCHAR NOT NULL,
    document_id  VARCHAR NOT NULL,
    position     INTEGER NOT NULL,
    kind         VARCHAR NOT NULL CHECK (kind IN ('reservation', 'protokollsanteckning', 'särskilt yttrande', 'avstår')),
    name         VARCHAR NOT NULL,
    party        VARCHAR,
    against      VARCHAR,                  -- 'beslutet'
    in_favour_of VARCHAR,                  -- 'eget yrkande om återremiss'
    written      BOOLEAN,                  -- a reservation: written (true) or oral (false)
    text         VARCHAR,                  -- what a protokollsanteckning says, when printed
    page_no      INTEGER NOT NULL,
    sentence     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS conflicts (
    conflict_id      VARCHAR PRIMARY KEY,
    item_id          VARCHAR NOT NULL,
    document_id      VARCHAR NOT NULL,
    position         INTEGER NOT NULL,
    name             VARCHAR NOT NULL,
    party            VARCHAR,
    substitute       VARCHAR,              -- who served in their place for the item
    substitute_party VARCHAR,
    page_no          INTEGER NOT NULL,
    sentence         VARCHAR NOT NULL
);

CREATE INDEX IF NOT EXISTS motions_by_item ON motions (item_id);
CREATE INDEX IF NOT EXISTS votes_by_item ON votes (item_id);
CREATE INDEX IF NOT EXISTS dissents_by_item ON dissents (item_id);
CREATE INDEX IF NOT EXISTS conflicts_by_item ON conflicts (item_id);
