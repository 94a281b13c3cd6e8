"""Reading: a file's bytes → its pages as placed lines of clean text.

In: a path (or bytes). Out: `RawPage`s with their lines, then clean `Page`s
(schemas.document) and the stream of `Placed` lines every later stage walks.
Nothing here knows what a kallelse or a § is.

- `backends`: the only modules that talk to a PDF library — PDFium (default,
  with the per-glyph loop of `pdfium_glyphs` and `_glyphs.c`) and pdfplumber
  (the reference) — each page's glyphs as `glyphs.Glyphs`; the checks that
  turn an unreadable file into an error code (`ExtractionError`), repaired
  copies and mended page trees, made in memory;
- `ocr`: Tesseract for a page without a usable text layer, or one whose text
  is not Swedish as printed;
- `layout`: glyphs → words and lines; running headers, footers and page
  stamps found by repetition and taken off; columns in reading order;
- `pages`: the above in order for one file; `placed`: the lines in reading
  order with their page; `boxes`: where a piece of text stands on its page;
- `guard`: one file read in a child process with a time limit and a memory
  cap, so a hostile file costs only that child. What the child runs is handed
  in (`guard.Extraction`); the reading room does not know it.
"""
