"""Extraction: one file's bytes → one validated `DocumentRecord`, as pure
functions (no Prefect, no DuckDB). Rooms by stage, each importing only the
rooms below it (tests/test_rooms.py):

- `rules/`: the Swedish vocabulary and patterns, as data;
- `reading/`: PDF backends, glyphs, OCR, the guarded child, lines and clean pages;
- `structure/`: kind and meeting header, contents, items, fields, attachments,
  participants and names;
- `procedure/`: motions, votes, dissents and conflicts of each §;
- `entities/`: amounts, agreements, dates, matters, personal data;
- `provenance` and `record`: where the stages meet — `record.build_record`
  runs them in order, places what they found on the page and makes the parts
  of the record consistent before it leaves.
"""
