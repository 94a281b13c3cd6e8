-- 021: agreement_mentions without its index on agreement_id.
--
-- The index (003) held a few distinct keys — one per agreement of the
-- catalogue — each over a large share of the rows, so no read used it (DuckDB
-- scans rather than look up a key that matches more than a thousandth of a
-- table; `decisions` and the web page filter by a semi join on agreement_id),
-- while every write paid for it: the first change to the table in a process
-- read the index from the file, and every checkpoint wrote it back, both
-- growing with the table. On the bench warehouse of 10⁵ documents (5·10⁶
-- mentions) inserting 500 mentions took 1.7 s and the next CHECKPOINT 2.6–3.3 s
-- with it, 12 ms and 0.1 s without it — at every load, and again for the
-- read snapshot at every publish (docs/speed.md, "Round 9").

DROP INDEX IF EXISTS agreement_mentions_by_agreement;
