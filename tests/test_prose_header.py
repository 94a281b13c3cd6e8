"""A meeting's date, times and place read from running prose that wraps
across lines, and from what OCR makes of a scan's times and places.

A letter-style kallelse states its meeting in one sentence ('Varmt välkomna
till höstmöte … onsdagen den 4 oktober 2023 kl 19.00 i Klubbhuset, …'),
wherever its lines break, under a letter date that is not the meeting's;
minutes open and close in a sentence broken before its time ('… öppnade
mötet kl.' / '19.15.'); a scan prints 'kl 18. 30', 'kl .21.05' and 'Hos.
Lena Holm'. Names, associations and places are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.record import extract_document
from extractors.structure.header import find_times, place_from
from schemas.document import Kind
from tests.pdfmaker import Sheet

INVITATION = ("Varmt välkomna till höstmöte i Odlarföreningen Solbacken onsdagen den 4 oktober 2023 kl 19.00 "
              "i Klubbhuset, Ängsvägen 2. Vi bjuder på fika från kl 18.30.")


def _letter(path, sentence: str, cuts: tuple[int, ...], address: int = 3):
    """A kallelse as a letter: sender, address lines, a letter date, a title,
    a greeting and `sentence` broken into lines before the words at `cuts`."""
    s = Sheet()
    s.line((60, "Odlarföreningen Solbacken"), bold=True)
    for line in ["Ängsvägen 12", "412 60 Göteborg", "c/o Maria Lind", "info@solbacken.example"][:address]:
        s.line((60, line))
    s.space(10).line((60, "Göteborg 2023-09-01"))
    s.space(10).line((60, "Kallelse till höstmöte"), size=14, bold=True, gap=22)
    s.line((60, "Hej alla medlemmar!"))
    words = sentence.split()
    for a, b in zip((0, *cuts), (*cuts, len(words))):
        s.line((60, " ".join(words[a:b])))
    s.space(10).line((60, "Förslag till dagordning"), bold=True)
    for n, title in enumerate(["Mötets öppnande", "Val av ordförande för mötet", "Val av sekreterare",
                               "Styrelsens berättelse", "Mötets avslutande"], start=1):
        s.line((60, f"{n}. {title}"))
    return s.render(path)


@pytest.mark.parametrize("cut", range(1, 18))
def test_a_letter_states_its_meeting_in_a_sentence_wrapped_anywhere(tmp_path, cut):
    """Wherever the line breaks ('… den' / '4 oktober …', '… kl' / '19.00 i …',
    'Varmt' / 'välkomna till …'), the meeting is the sentence's: not the
    letter's date above, nor the coffee 'från kl 18.30' of the next sentence."""
    record = extract_document(_letter(tmp_path / "letter.pdf", INVITATION, (cut,)))
    assert record.kind is Kind.KALLELSE
    header = record.header
    assert (header.meeting_date, header.start_time, header.end_time, header.location) == (
        dt.date(2023, 10, 4), "19:00", None, "Klubbhuset, Ängsvägen 2")


def test_a_letter_sentence_over_three_lines_below_a_long_address(tmp_path):
    """Five address lines push the sentence down: it is looked for from the title."""
    record = extract_document(_letter(tmp_path / "letter.pdf", INVITATION, (9, 13), address=5))
    assert (record.header.meeting_date, record.header.start_time, record.header.location) == (
        dt.date(2023, 10, 4), "19:00", "Klubbhuset, Ängsvägen 2")


WHEN = "torsdagen den 16 maj 2024 kl. 18.30 i Församlingshemmet, Kyrkvägen 1."


@pytest.mark.parametrize("sentence", [
    f"Härmed kallas föreningens medlemmar till ordinarie föreningsstämma {WHEN} Röstlängd upprättas vid ingången.",
    f"Årsmötet hålls {WHEN.replace(' i ', ' på ')} Anmäl dig gärna.",
    f"Styrelsen bjuder härmed in till årsmöte {WHEN}",
    f"Ordinarie föreningsstämma i Brf Exempelgården äger rum {WHEN} Välkomna!",
    f"Välkommen på årsmöte i Odlarföreningen Solbacken {WHEN}",
    f"Odlarföreningen Solbacken håller årsmöte {WHEN} Kaffe serveras.",
])
def test_other_ways_of_calling_to_a_meeting_in_prose(tmp_path, sentence):
    record = extract_document(_letter(tmp_path / "letter.pdf", sentence, (6,)))
    assert (record.header.meeting_date, record.header.start_time, record.header.location) == (
        dt.date(2024, 5, 16), "18:30", "Församlingshemmet, Kyrkvägen 1")


@pytest.mark.parametrize("sentence", [
    "Välkommen till höstmöte i Odlarföreningen Solbacken. Motioner ska ha kommit in till styrelsen "
    "senast den 27 februari kl 12.00.",
    "Tack för i år! Nästa möte hålls tisdagen den 14 november 2023 kl 19.00 i Klubbhuset, Ängsvägen 2.",
])
def test_a_letter_whose_sentences_call_to_no_dated_meeting_states_none(tmp_path, sentence):
    """'den 27 februari' without a year, the letter's own date and the next
    meeting's date are not this meeting's."""
    record = extract_document(_letter(tmp_path / "letter.pdf", sentence, (8,)))
    assert (record.header.meeting_date, record.header.start_time, record.header.location) == (None, None, None)


def test_a_title_that_states_its_meeting_gives_its_time_and_place(tmp_path):
    s = Sheet()
    s.line((60, "Exempelbyns hembygdsförening"), bold=True)
    s.space(10).line((60, "Kallelse till årsmöte söndagen den 14 april 2024 kl. 15.00 i Bygdegården"), size=13, bold=True)
    s.line((60, "Alla medlemmar hälsas välkomna."))
    s.space(10).line((60, "1. Mötets öppnande")).line((60, "2. Val av ordförande för mötet")).line((60, "3. Mötets avslutande"))
    header = extract_document(s.render(tmp_path / "k.pdf")).header
    assert (header.meeting_date, header.start_time, header.location) == (dt.date(2024, 4, 14), "15:00", "Bygdegården")


# ---------------------------------------------------------------- minutes broken before their times, and a scan's


def _minutes(path, opening: list[str], closing: list[str], place: str = "Plats: Klubbstugan, Sjövägen 3"):
    s = Sheet()
    s.line((60, "Exempelbyns båtklubb"), bold=True)
    s.line((60, "Protokoll fört vid styrelsemöte"), size=14, bold=True, gap=22)
    s.line((60, "Datum: 3/9 2024"))
    s.line((60, place))
    s.space(10).line((60, "§ 41 Mötets öppnande"), bold=True)
    for text in opening:
        s.line((60, text))
    s.space(10).line((60, "§ 42 Val av justerare"), bold=True)
    s.line((60, "Styrelsen beslutade att utse Nils Berg att justera protokollet."))
    s.space(10).line((60, "§ 43 Bryggan"), bold=True)
    s.line((60, "Styrelsen beslutade att bryggdagen hålls lördagen den 5 oktober 2024 kl 9.00 vid hamnen."))
    s.space(10).line((60, "§ 44 Mötets avslutande"), bold=True)
    for text in closing:
        s.line((60, text))
    return s.render(path)


@pytest.mark.parametrize(("opening", "closing"), [
    (["Ordföranden Lena Holm hälsade alla välkomna och öppnade mötet kl.", "19.15."],
     ["Ordföranden tackade de närvarande och avslutade mötet kl", "21.05."]),
    (["Ordföranden Lena Holm hälsade alla de närvarande välkomna och", "öppnade mötet kl. 19.15."],
     ["Ordföranden tackade alla för visat intresse och förklarade", "mötet avslutat kl. 21.05."]),
    (["Ordföranden Lena Holm hälsade alla välkomna och öppnade", "mötet kl 19. 15."],
     ["Ordföranden tackade och avslutade mötet kl .21.05."]),
    (["Ordföranden Lena Holm öppnade mötet"], ["Ordföranden förklarade mötet avslutat", "kl 21.05"]),
])
def test_minutes_opened_and_closed_in_sentences_broken_before_their_times(tmp_path, opening, closing):
    record = extract_document(_minutes(tmp_path / "m.pdf", opening, closing))
    assert record.kind is Kind.PROTOKOLL
    expected_start = None if len(opening) == 1 else "19:15"  # 'öppnade mötet' with no time states none
    assert (record.header.start_time, record.header.end_time) == (expected_start, "21:05")
    assert record.header.meeting_date == dt.date(2024, 9, 3)  # not the bryggdag's date in § 43


def test_a_scanned_place_after_a_preposition_keeps_its_name(tmp_path):
    record = extract_document(_minutes(tmp_path / "m.pdf", ["Ordföranden öppnade mötet kl 19.15."],
                                       ["Mötet avslutades kl 21.05."], place="Plats: Hos. Lena Holm, Sjövägen 3, Exempelby"))
    assert record.header.location == "Hos Lena Holm, Sjövägen 3, Exempelby"


@pytest.mark.parametrize(("text", "expected"), [
    ("öppnade mötet kl 18. 30", ("18:30", None)),
    ("avslutade mötet kl .20.05", ("20:05", None)),
    ("kl. 9.15", ("09:15", None)),
    ("kl 13", ("13:00", None)),
    ("kl. 13:00-16:00", ("13:00", "16:00")),
])
def test_times_as_ocr_spaces_them(text, expected):
    assert find_times(text, bare=True) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("Hos. Lena Holm, Sjövägen 3", "Hos Lena Holm, Sjövägen 3"),
    ("Vid. Badplatsen, Exempelby", "Vid Badplatsen, Exempelby"),
    ("Klubbstugan. Möjlighet finns att delta via Teams.", "Klubbstugan"),  # a first sentence of a name ends the place
    ("Rådhuset. Sal B", "Rådhuset"),
])
def test_a_place_continues_after_an_opening_preposition_only(value, expected):
    assert place_from(value) == expected
