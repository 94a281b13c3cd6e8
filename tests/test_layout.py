"""pages → lines → text, on hand-built glyphs: no PDF, no Prefect, no DuckDB."""

from __future__ import annotations

from extractors.reading.layout import (
    chars_to_lines,
    find_running_lines,
    lines_to_text,
    order_columns,
    strip_page_furniture,
    strip_stamp,
)
from schemas.document import Char, Line, Word


def glyphs(text: str, x: float, top: float, size: float = 10.0, advance: float = 5.0, spacing: float = 0.0,
           space_chars: bool = True) -> list[Char]:
    """One glyph per character, `advance` wide, `spacing` apart; spaces are
    emitted as space glyphs (as word processors do) unless space_chars=False,
    in which case a space is a gap of one advance."""
    out, cursor = [], x
    for ch in text:
        if ch == " ":
            if space_chars:
                out.append(Char(" ", cursor, cursor + advance * 0.55, top, top + size, size))
            cursor += advance * 0.55 + spacing
            continue
        out.append(Char(ch, cursor, cursor + advance, top, top + size, size))
        cursor += advance + spacing
    return out


def line_of(text: str, x: float = 60, top: float = 100, size: float = 10.0) -> Line:
    words, cursor = [], x
    for token in text.split(" "):
        width = 5.0 * len(token)
        words.append(Word(token, cursor, cursor + width, top, top + size, size))
        cursor += width + 3
    return Line((tuple(words),))


def texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


def test_letterspaced_title_is_one_word():
    chars = glyphs("Kallelse/föredragningslista", 60, 30, size=13, advance=6, spacing=3.2)
    assert texts(chars_to_lines(chars)) == ["Kallelse/föredragningslista"]


def test_letterspaced_words_keep_their_word_gaps():
    chars = glyphs("Protokoll", 60, 30, size=13, advance=6, spacing=3.0)
    chars += glyphs("Kommunstyrelsen", chars[-1].x1 + 14, 30, size=13, advance=6, spacing=3.0)
    assert texts(chars_to_lines(chars)) == ["Protokoll Kommunstyrelsen"]


def test_letterspaced_with_space_glyphs_between_letters():
    chars = glyphs("K a l l e l s e", 60, 30, size=13, advance=6)
    assert texts(chars_to_lines(chars)) == ["Kallelse"]


def test_single_letter_words_in_prose_are_not_joined():
    chars = glyphs("bo i Åre och i Berg", 60, 30)
    assert texts(chars_to_lines(chars)) == ["bo i Åre och i Berg"]


def test_digits_in_table_cells_are_not_joined():
    chars = []
    for i, digit in enumerate("39311"):
        chars += glyphs(digit, 300 + 40 * i, 50)
    assert chars_to_lines(chars)[0].text == "3 9 3 1 1"


def test_superscript_stays_on_its_line():
    chars = glyphs("beslutade", 60, 100) + [Char("¹", 105, 108, 97, 103, 6)] + glyphs("att", 112, 100)
    chars += glyphs("nästa rad", 60, 114)
    assert texts(chars_to_lines(chars)) == ["beslutade¹ att", "nästa rad"]


def test_wide_gaps_make_segments():
    chars = glyphs("1. Mötet öppnas", 62, 120) + glyphs("Tom Silverklo", 329, 120) + glyphs("13:00", 481, 120)
    (line,) = chars_to_lines(chars)
    assert line.segment_texts == ("1. Mötet öppnas", "Tom Silverklo", "13:00")
    assert line.text == "1. Mötet öppnas Tom Silverklo 13:00"


def test_gap_without_space_glyph_still_splits_words():
    chars = glyphs("Plats Teams", 60, 100, space_chars=False)
    assert texts(chars_to_lines(chars)) == ["Plats Teams"]


def test_running_header_and_footer_found_by_repetition():
    pages, heights = [], []
    for n in range(1, 6):
        pages.append([
            line_of("Socialnämnden 2023-04-12", top=30),
            line_of(f"Brödtext på sida {n} med unikt innehåll {n * 7}", top=300),
            line_of(f"Sida {n} av 5", top=800),
        ])
        heights.append(842.0)
    running = find_running_lines(pages, heights)
    assert running == [{0, 2}] * 5


def test_body_line_in_margin_repeated_twice_in_long_document_stays():
    openings = ["Förslag till beslut", "Förslag till beslut", "Bakgrund", "Ärendet", "Yrkanden", "Beslut",
                "Reservation", "Expedieras till"]
    pages = [[line_of(first, top=70), line_of("brödtext", top=300)] for first in openings]
    running = find_running_lines(pages, [842.0] * len(pages))
    assert all(not r for r in running)


def test_header_line_keeps_text_but_loses_its_stamp():
    lines = [line_of("Regional utvecklingsförvaltning 1(2)", top=37), line_of("Brödtext", top=300)]
    content, margin = strip_page_furniture(lines, set(), 842.0)
    assert texts(content) == ["Regional utvecklingsförvaltning", "Brödtext"]
    assert texts(margin) == ["Regional utvecklingsförvaltning 1(2)"]


def test_bare_number_is_a_stamp_only_in_the_margin():
    assert strip_stamp("7", margin=True) == ""
    assert strip_stamp("7", margin=False) == "7"
    assert strip_stamp("Page 3 of 28", margin=False) == ""


def test_hyphenation_undone_but_compounds_kept():
    lines = [line_of("fortsatta utrednings-"), line_of("processen och hälso-"), line_of("och sjukvård i Mini-"),
             line_of("Maria verksamhet")]
    assert lines_to_text(lines) == "fortsatta utredningsprocessen\noch hälso-\noch sjukvård i Mini-Maria\nverksamhet"


def _two_column_page() -> list[Line]:
    lines = []
    left = ["Vänster spalt börjar här och", "fortsätter med mer text som", "fyller hela spalten ända till",
            "kanten av sin spalt innan den", "slutar på den sista raden nu", "och sista raden i vänster"]
    right = ["Höger spalt har egen text som", "läses först när vänster är", "slut och som också fyller sin",
             "bredd ända ut till högerkant", "på varje rad som står här nu", "och sista raden i höger"]
    for i, (a, b) in enumerate(zip(left, right)):
        la, lb = line_of(a, 60, 100 + 14 * i), line_of(b, 330, 100 + 14 * i)
        lines.append(Line(la.segments + lb.segments))
    return lines


def test_two_columns_read_left_then_right():
    ordered = order_columns(_two_column_page())
    assert texts(ordered)[:2] == ["Vänster spalt börjar här och", "fortsätter med mer text som"]
    assert texts(ordered)[6] == "Höger spalt har egen text som"


def test_agenda_rows_stay_row_by_row():
    rows = []
    for i, (title, who) in enumerate([("1. Mötet öppnas", "Tom Silverklo"), ("2. Val av justerare", "Tom Silverklo"),
                                      ("3. Dagordning", "Anna Berg"), ("4. Föregående protokoll", "Tom Silverklo"),
                                      ("5. Ekonomi", "Jan Persson, Åsa Eldebro"), ("6. Övriga frågor", "Alla")]):
        a, b, c = line_of(title, 62, 100 + 14 * i), line_of(who, 329, 100 + 14 * i), line_of("13:00", 481, 100 + 14 * i)
        rows.append(Line(a.segments + b.segments + c.segments))
    assert texts(order_columns(rows)) == texts(rows)


def _banded(left: list[tuple[str, float]], right: list[tuple[str, float]], right_x: float = 330) -> list[Line]:
    """Lines as the band-joiner leaves them: a left and a right line whose tops
    lie within 6 pt of each other share one Line."""
    placed = [(top, line_of(text, 60, top)) for text, top in left] + [(top, line_of(text, right_x, top)) for text, top in right]
    placed.sort(key=lambda p: p[0])
    out: list[tuple[float, Line]] = []
    for top, line in placed:
        if out and abs(out[-1][0] - top) < 6 and (out[-1][1].x0 < right_x) != (line.x0 < right_x):
            a, b = sorted((out[-1][1], line), key=lambda ln: ln.x0)
            out[-1] = (out[-1][0], Line(a.segments + b.segments))
        else:
            out.append((top, line))
    return [line for _, line in out]


def test_two_columns_of_headings_and_short_paragraphs_are_read_one_after_the_other():
    """Each column flows on its own (headings, gaps): the bands mix both sides
    at drifting heights, and many lines are one-sided; each side still holds
    wrapped text that fills its column."""
    left = [("§ 1", 100), ("Mötets öppnande", 113), ("Ordföranden hälsar alla välkomna och", 126),
            ("öppnar mötet.", 139), ("§ 2", 160), ("Val av justerare", 173), ("Styrelsen beslutar att välja Eva", 186),
            ("Ek till justerare för mötet.", 199), ("§ 3", 220), ("Budget", 233), ("Styrelsen beslutar att anta den nya", 246),
            ("budgeten för nästa år.", 259)]
    right = [("§ 4", 100), ("Rapporter", 113), ("Kassören redogör för utfallet mot", 126), ("budget för perioden.", 139),
             ("§ 5", 156), ("Övriga frågor", 169), ("Frågor om parkeringen diskuterades", 182), ("under en längre stund.", 195),
             ("§ 6", 212), ("Mötets avslutande", 225)]
    ordered = texts(order_columns(_banded(left, right)))
    assert ordered == [t for t, _ in left] + [t for t, _ in right]


def test_a_label_column_beside_wrapped_values_stays_row_by_row_even_out_of_phase():
    """Labels set vertically centred beside their values drift from the value
    lines, but a label never fills its column: a table, not two columns."""
    left = [("Beslutande", 107), ("Ersättare", 150), ("Övriga", 193), ("Justerare", 222), ("Plats", 250), ("Tid", 279)]
    right = [("Anna Berg (S) ordförande, Per Ek (M), Eva Nord (V),", 100), ("Lars Holm (C), Sara Lind (L), Maja Sund", 114),
             ("Olle Ås (S), Karin Björk (M), Nils Ek", 143), ("(KD), Ulla Sten (SD)", 157),
             ("Gun Berg, sekreterare, Åke Lund,", 186), ("ekonom", 200), ("Per Ek (M)", 215), ("Kommunhuset, sal Linden", 243),
             ("Kl. 9.00 till kl. 11.30 med paus", 272)]
    rows = _banded(left, right, right_x=200)
    assert texts(order_columns(rows)) == texts(rows)


def _gridded(left: list[str], right: list[str], right_x: float = 318, pitch: float = 12.0,
             first: list[str] = ()) -> list[Line]:
    """Two columns on one baseline grid, as a word processor sets them: a
    left and a right line at the same height share one Line; '' leaves the
    grid line empty on that side. `first` are full-width lines above."""
    out = [line_of(text, 60, 40 + 16 * k) for k, text in enumerate(first)]
    for i in range(max(len(left), len(right))):
        top = 100 + pitch * i
        parts = [line_of(text, x, top) for text, x in ((left[i] if i < len(left) else "", 60),
                                                        (right[i] if i < len(right) else "", right_x)) if text]
        if parts:
            out.append(Line(tuple(seg for part in parts for seg in part.segments)))
    return out


_LEFT_FLOW = ["§ 1 Mötets öppnande", "Ordföranden hälsar alla välkomna och", "öppnar mötet klockan sju på kvällen.", "",
              "§ 2 Val av justerare", "Mötet beslutar att välja Eva Ek och", "Per Holm att justera dagens protokoll.", "",
              "§ 3 Budget för nästa år", "Kassören redogör för förslaget och för", "utfallet mot budgeten under året som", "gått.",
              "Mötet beslutar att fastställa budgeten", "enligt styrelsens förslag till mötet.", "",
              "§ 4 Medlemsavgift", "Mötet beslutar att avgiften blir oförändrad", "under det kommande verksamhetsåret."]
_RIGHT_FLOW = ["samt att uttaxera avgiften senast den", "sista juni med hjälp av kassören.", "",
               "§ 5 Val av styrelse", "Mötet beslutar att välja om samtliga", "ledamöter i styrelsen för ett år till.", "",
               "§ 6 Mötets avslutande", "Ordföranden tackar alla och avslutar", "mötet klockan nio på kvällen i lokalen."]


def test_two_columns_on_one_grid_with_a_short_right_column_are_read_left_then_right():
    """A word processor's columns: both sides on the same baselines (no
    drift), the right column ending half-way down, so most lines hold the
    left side only; a full-width title above stays above."""
    title = ["Protokoll fört vid årsmöte i Exempelbyns vägförening den 4 maj", "Plats: Bygdegården"]
    lines = _gridded(_LEFT_FLOW, _RIGHT_FLOW, first=title)
    assert texts(order_columns(lines)) == title + [t for t in _LEFT_FLOW if t] + [t for t in _RIGHT_FLOW if t]


def test_a_table_of_two_text_columns_whose_rows_start_together_stays_row_by_row():
    """Cells of two equal text columns wrap and fill like running text, but
    every row starts on both sides on one line, after the same gap: a table."""
    left = ["Förslaget om ny taxa för bygglov inom", "kommunens hela område från årsskiftet.", "",
            "Ansökan om bidrag till föreningens nya", "klubbstuga vid sjön i norra delen.", "",
            "Motion om fler laddplatser vid alla", "kommunens egna parkeringar i centrum.", "",
            "Revisionens rapport om intern kontroll", "under det gångna verksamhetsåret."]
    right = ["Nämnden beslutar att anta förslaget och", "att taxan gäller från första januari.", "",
             "Nämnden beslutar att bevilja bidraget", "med det belopp som föreningen sökt.", "",
             "Nämnden beslutar att avslå motionen", "", "",
             "Nämnden beslutar att lägga rapporten till", "handlingarna utan egna åtgärder."]
    rows = _gridded(left, right)
    assert texts(order_columns(rows)) == texts(rows)


def test_a_title_column_beside_a_wide_text_column_stays_row_by_row():
    """A table's narrow first column (item titles) beside wide wrapped text
    is not a column of its own: the two sides are not about as wide."""
    left = ["Val av justerare", "", "Budget för nästa år", "", "", "Medlemsavgift", "", "Övriga frågor"]
    right = ["Mötet beslutar att välja Eva Ek och Per Holm att justera protokollet.",
             "", "Kassören redogör för förslaget och för utfallet mot budgeten under året",
             "som gått. Mötet beslutar att fastställa budgeten enligt förslaget.", "",
             "Mötet beslutar att avgiften blir oförändrad under det kommande året.", "",
             "Frågor om vägens underhåll och snöröjningen diskuterades under en stund."]
    rows = _gridded(left, right, right_x=200)
    assert texts(order_columns(rows)) == texts(rows)


def test_two_small_rows_beside_a_tall_logo_text_stay_two_lines():
    """'SAMMANTRÄDESPROTOKOLL' over 'Sammanträdesdatum 2024-03-25' at the right,
    the logo's 'VINTERSJÖ KOMMUN' set across both at the left (an invented
    protokoll of the repository): its rows are lines of their own, not one line
    of interleaved letters ('SaSmAmMaMnAtrNädTeRsÄdDatEuSmP …')."""
    from pathlib import Path

    from extractors.reading.backends import get_backend, read_source

    pdf = Path(__file__).parent.parent / "corpus-municipal/4-round6-held-out/vintersjo-kf-2024-03-25-protokoll.pdf"
    raw = next(iter(get_backend("pdfium").pages(read_source(pdf))))
    texts = [" ".join(line.segment_texts) for line in chars_to_lines(raw.chars)]
    assert "VINTERSJÖ KOMMUN SAMMANTRÄDESPROTOKOLL" in texts and "Sammanträdesdatum 2024-03-25" in texts


def test_a_column_of_letters_turned_on_its_side_in_the_margin_is_not_parted_from_its_line():
    """A page's edge carries a document id set letter under letter; a body
    line beside it keeps its words, and the stacked letters are not pulled apart
    into rows of their own."""
    column = [Char(ch, 10, 16, 700 + 4.4 * k, 706 + 4.4 * k, 6) for k, ch in enumerate("c7e9a")]
    body = glyphs("Beslutsgång", 100, 700, size=10.0)
    before = len(chars_to_lines(column + body))
    assert any(line.text.endswith("Beslutsgång") for line in chars_to_lines(column + body))
    assert before <= 3
