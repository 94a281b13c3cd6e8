"""The measuring tools: nothing a user's ingest or query runs.

`paragraf bench` and its single measurements — the ingest rate against raw
pdfplumber and pypdfium2 (`rate`, on corpora `corpus` renders), query timings
on a synthetic warehouse (`queries`), every page of `paragraf serve` (`pages`),
what publishing a read snapshot costs (`snapshot`), damaged copies of the
samples through ingest (`fuzz`) and ingests killed with SIGKILL and re-run
(`crash`). They import the product (`pipeline`, `warehouse`, `web`,
`extractors`); the product never imports them.
"""
