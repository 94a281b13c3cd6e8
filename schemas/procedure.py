"""How a decision was made: motions (yrkanden), votes (propositionsordning and
omröstning) with each member's vote, dissents (reservation,
protokollsanteckning, avstår) and conflicts of interest (jäv).

Each part names the item it belongs to by `item_key`, like amounts and dates
(schemas.meeting), and carries the page and the sentence (or table row) it was
read from. A part's `ordinal` is its place among the parts of its kind in its
item, in reading order: with the item it makes the part's id.
"""

from __future__ import annotations

from enum import Enum

from pydantic import Field, model_validator

from schemas.compact import CompactModel
from schemas.meeting import ItemKey


class MotionKind(str, Enum):
    APPROVE = "bifall"  # bifall till förslaget / till X:s yrkande
    REJECT = "avslag"
    REFER_BACK = "återremiss"
    TABLE = "bordläggning"
    AMEND = "ändring"
    ADD = "tillägg"
    OTHER = "other"  # a motion of its own ('yrkar att avtalet förlängs till …')


class Motion(CompactModel):
    """One person's yrkande on an item. 'A (S), B (S) och C (C) yrkar bifall
    till förslaget' is three motions. `supports` is the name of the mover
    whose motion this one supports ('yrkar bifall till Y:s yrkande'), when
    that mover made a motion on the same item."""

    item_number: int
    ordinal: int = Field(ge=0)
    mover: str = Field(min_length=2)  # 'Anna Berg', or the role as printed ('Ordföranden') when unresolved
    party: str | None = None
    role: str | None = None  # the role word the text names the mover by ('Ordföranden'), if any
    kind: MotionKind
    text: str = Field(min_length=1)  # what is moved, after the verb ('bifall till Fredagsgruppens förslag')
    supports: str | None = None  # the mover this motion supports
    withdrawn: bool = False  # 'X tar tillbaka sitt beslutsförslag'
    page_no: int = Field(ge=1)
    sentence: str = Field(min_length=1)

    @property
    def item_key(self) -> ItemKey:
        return self.item_number


class VoteKind(str, Enum):
    PROPOSITION = "proposition"  # the chair puts proposals and finds one carried (acclamation)
    ROLL_CALL = "omröstning"  # a vote taken by roll call or counted


class Choice(str, Enum):
    YES = "ja"
    NO = "nej"
    ABSTAIN = "avstår"


class VoteRecord(CompactModel):
    """One member's vote in a roll call: from a table of X marks or a list of names after the counts."""

    name: str = Field(min_length=2)
    party: str | None = None
    choice: Choice
    page_no: int = Field(ge=1)
    raw: str = Field(min_length=1)  # the table row, or the words naming the member


class Vote(CompactModel):
    """A decision the chair put to the meeting: the propositionsordning's
    outcome, or an omröstning with what a yes and a no meant, the counts as
    printed and the named votes. `consistent` says whether the printed counts
    equal the named votes (None unless both are printed)."""

    item_number: int
    ordinal: int = Field(ge=0)
    kind: VoteKind
    proposition: str | None = None  # what was put ('Fredagsgruppens förslag mot Bianca Zandéns (V) yrkande')
    result: str | None = None  # what the chair found ('att SVOM beslutar enligt Fredagsgruppens förslag')
    winner: str | None = None  # the proposal or motion that carried, as named
    yes_for: str | None = None  # 'Ja-röst för …'
    no_for: str | None = None  # 'nej-röst för …'
    yes: int | None = Field(default=None, ge=0)
    no: int | None = Field(default=None, ge=0)
    abstain: int | None = Field(default=None, ge=0)
    records: list[VoteRecord] = Field(default_factory=list)
    page_no: int = Field(ge=1)
    sentence: str = Field(min_length=1)

    @property
    def item_key(self) -> ItemKey:
        return self.item_number

    @property
    def consistent(self) -> bool | None:
        counted = (self.yes, self.no, self.abstain)
        if not self.records or all(c is None for c in counted):
            return None
        named = {c: sum(1 for r in self.records if r.choice is c) for c in Choice}
        return all(
            printed is None or printed == named[choice]
            for printed, choice in zip(counted, (Choice.YES, Choice.NO, Choice.ABSTAIN))
        )


class DissentKind(str, Enum):
    RESERVATION = "reservation"
    NOTE = "protokollsanteckning"
    STATEMENT = "särskilt yttrande"
    ABSTENTION = "avstår"  # 'X avstår från att delta i beslutet'


class Dissent(CompactModel):
    """A reservation, protokollsanteckning or abstention by one person.
    `written` is True when the text says the reservation is written ('reserverar
    sig skriftligt', 'reservation bilaga'), False for an oral one, None for
    notes and abstentions."""

    item_number: int
    ordinal: int = Field(ge=0)
    kind: DissentKind
    name: str = Field(min_length=2)
    party: str | None = None
    against: str | None = None  # 'beslutet', 'beslutet att sänka reporäntan'
    in_favour_of: str | None = None  # 'eget yrkande om återremiss'
    written: bool | None = None
    text: str | None = None  # what a protokollsanteckning says, when printed
    page_no: int = Field(ge=1)
    sentence: str = Field(min_length=1)

    @property
    def item_key(self) -> ItemKey:
        return self.item_number

    @model_validator(mode="after")
    def _written_is_for_reservations(self) -> "Dissent":
        if self.written is not None and self.kind not in (DissentKind.RESERVATION, DissentKind.NOTE, DissentKind.STATEMENT):
            raise ValueError(f"a {self.kind.value} is neither written nor oral")
        return self


class Conflict(CompactModel):
    """'X anmäler jäv och deltar inte i handläggningen', with who served in
    X's place for that item ('Y (S) tjänstgör i X:s ställe', 'ersätts av Y')."""

    item_number: int
    ordinal: int = Field(ge=0)
    name: str = Field(min_length=2)
    party: str | None = None
    substitute: str | None = None
    substitute_party: str | None = None
    page_no: int = Field(ge=1)
    sentence: str = Field(min_length=1)

    @property
    def item_key(self) -> ItemKey:
        return self.item_number
