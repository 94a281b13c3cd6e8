"""Layout primitives: glyphs, words and lines of words on a page.

They are plain and cheap: a page holds thousands of them, they are built by
our own code, never parsed from outside, and validating each one would cost
more than reading the PDF. `Char` and `Word` are named tuples (a page has
1 000–2 500 glyphs, and a frozen dataclass costs four times as much to
build); `Line` is a slotted value object, frozen as a dataclass is.

A line of a page that is kept until its whole document is read is packed
(`Line.pack`): its words' texts, their left and right edges in one bytes
object of floats, their top, bottom, size and weight as one style (or a few,
numbered per word), and where its segments end — about 25 bytes a word
instead of the 170 of a `Word` with its floats. A long document holds every
line so until it is read, and a line costs less still where it can: its
words' texts are its text cut at its spaces (when that gives them back), its
edges are 32-bit floats (when they hold them exactly, as a PDF's do), and
lines of one document share equal styles and segment ends (a line at the
same height on every page): about 450 bytes a line of twelve words instead
of 850. Its `segments` are made
again, equal to the ones packed, when they are asked for, and kept while the
line is among the last WINDOW lines made so (a stage reads a line many times
over, and its neighbours); older lines let theirs go. `release_words`
lets every line's go, when its document is done. Text and position (`text`,
`x0`, `x1`, `top`, `bottom`, `size`, `segment_texts`) are read from the
packed form without making words.
"""

from __future__ import annotations

from array import array
from collections import deque
from dataclasses import FrozenInstanceError
from functools import partial
from itertools import accumulate, repeat
from typing import Any, NamedTuple

WINDOW = 4096  # lines whose words are made again and kept (about 8 MB of words); a document up to it makes each once


class Box(NamedTuple):
    """Text in a box on the page (PDF points, origin top-left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False


class Char(Box):
    """One glyph as the PDF backend reports it."""

    __slots__ = ()


class Word(Box):
    """Glyphs joined into a word by `extractors.reading.layout`."""

    __slots__ = ()


_new_word = partial(tuple.__new__, Word)
_made: deque["Line"] = deque()  # packed lines whose words are made, oldest first
_SPLIT = ("<the text cut at its spaces>",)  # a packed line's texts, when its text gives them back
# styles and segment ends the packed lines of a document share (forgotten with
# its words, or at SHARED entries: a document of lines all unlike keeps few)
_shared: dict = {}
SHARED = 1 << 16


def _share(value):
    """An equal value packed lines share: segment ends, or a style (see
    `_shareable`)."""
    found = _shared.get(value)
    if found is None:
        if len(_shared) >= SHARED:
            _shared.clear()
        found = _shared[value] = value
    return found


def _shareable(style: tuple) -> bool:
    """Whether a style is itself wherever it is equal: floats and a bool, no
    zero (0.0 and -0.0 are equal, so are 1 and 1.0, and True and 1)."""
    return (len(style) == 4 and type(style[0]) is type(style[1]) is type(style[2]) is float
            and type(style[3]) is bool and 0.0 not in style[:3])


def _compact_edges(edges: bytes) -> bytes:
    """float64 edges as float32 when they hold every one exactly (the same
    floats are read back), else as they are."""
    wide = memoryview(edges).cast("d")
    narrow = array("f", wide)
    return narrow.tobytes() if narrow.tolist() == wide.tolist() else edges


class Line:
    """Words on one baseline, split into segments at wide gaps (table cells,
    a label column beside its values). `text` joins the segments with one space;
    it is computed once, because the rules read it many times. Equal, hashed
    and shown by its segments, as the frozen dataclass it was."""

    __slots__ = ("text", "_segments", "_words", "_texts", "_edges", "_style", "_style_of", "_cuts")

    def __init__(self, segments: tuple[tuple[Word, ...], ...]) -> None:
        _set = object.__setattr__
        _set(self, "_segments", segments)
        _set(self, "_words", None)
        _set(self, "text", " ".join(w.text for seg in segments for w in seg))
        _set(self, "_texts", None)

    # ------------------------------------------------------------ packing

    def pack(self) -> "Line":
        """Keep the words packed (see the module); the same line, its words made
        again when asked for. A line with an empty segment stays as it is."""
        segments = self._segments
        if self._texts is not None or not segments or not all(segments):
            return self  # packed already, or nothing to pack
        words = [w for seg in segments for w in seg]
        styles: dict[tuple, int] = {}
        style_of = [styles.setdefault(w[3:], len(styles)) for w in words]
        if any(0.0 in style[:3] for style in styles):
            return self  # 0.0 and -0.0 are one key: such a line keeps its words as they are
        edges = array("d", [edge for w in words for edge in (w[1], w[2])]).tobytes()
        if len(styles) == 1:
            style, numbered = words[0][3:], None
        else:
            style, numbered = tuple(styles), bytes(style_of) if len(styles) <= 256 else tuple(style_of)
        self._fill(tuple(w[0] for w in words), edges, style, numbered, tuple(accumulate(map(len, segments))))
        return self

    @classmethod
    def packed(cls, texts: tuple[str, ...], edges: bytes, style: tuple, style_of: bytes | tuple[int, ...] | None,
               cuts: tuple[int, ...]) -> "Line":
        """A packed line made from its parts, no Word made: the words' texts,
        their left and right edges (float64, in turn), their (top, bottom,
        size, bold) — one such tuple, or a tuple of them and each word's
        number in it — and where each segment ends (in words)."""
        line = object.__new__(cls)
        object.__setattr__(line, "text", " ".join(texts))
        line._fill(texts, edges, style, style_of, cuts)
        return line

    def _fill(self, texts: tuple[str, ...], edges: bytes, style: tuple, style_of, cuts: tuple[int, ...]) -> None:
        """Keep the parts (`text` set first), each as small as it can be kept."""
        _set = object.__setattr__
        if all(texts) and self.text.count(" ") == len(texts) - 1:
            texts = _SPLIT  # no word is empty or holds a space: the text gives them back
        if style_of is None:
            if _shareable(style):
                style = _share(style)
        elif all(map(_shareable, style)):
            style = _share(tuple(map(_share, style)))
        _set(self, "_texts", texts)
        _set(self, "_edges", _compact_edges(edges))
        _set(self, "_style", style)
        _set(self, "_style_of", style_of)
        _set(self, "_cuts", _share(cuts))
        _set(self, "_segments", None)
        _set(self, "_words", None)

    def _word_texts(self) -> tuple[str, ...]:
        texts = self._texts
        return tuple(self.text.split(" ")) if texts is _SPLIT else texts

    def _edge_floats(self) -> memoryview:
        """The words' left and right edges, in turn."""
        edges = memoryview(self._edges)
        return edges.cast("f" if len(edges) == 8 * self._cuts[-1] else "d")

    @property
    def segments(self) -> tuple[tuple[Word, ...], ...]:
        segments = self._segments
        if segments is None:
            segments = self._unpack()
        return segments

    @property
    def words(self) -> tuple[Word, ...]:
        words = self._words
        if words is None:
            if self._texts is not None:
                self._unpack()
                return self._words
            words = tuple(w for seg in self._segments for w in seg)
            object.__setattr__(self, "_words", words)
        return words

    def _unpack(self) -> tuple[tuple[Word, ...], ...]:
        """Make the words again, keep them while this line is among the last WINDOW made."""
        edges = self._edge_floats().tolist()
        texts, style_of = self._word_texts(), self._style_of
        if style_of is None:
            top, bottom, size, bold = self._style
            words = tuple(map(_new_word, zip(texts, edges[0::2], edges[1::2], repeat(top), repeat(bottom),
                                             repeat(size), repeat(bold))))
        else:
            styles = self._style
            words = tuple(_new_word((text, x0, x1, *styles[k])) for text, x0, x1, k in
                          zip(texts, edges[0::2], edges[1::2], style_of))
        cuts = self._cuts
        segments = (words,) if len(cuts) == 1 else tuple(words[a:b] for a, b in zip((0, *cuts[:-1]), cuts))
        _set = object.__setattr__
        _set(self, "_segments", segments)
        _set(self, "_words", words)
        _made.append(self)
        if len(_made) > WINDOW:
            _forget(_made.popleft())
        return segments

    def _styles(self) -> tuple[tuple[float, float, float, bool], ...]:
        return (self._style,) if self._style_of is None else self._style

    # ------------------------------------------------------------ reading

    @property
    def segment_texts(self) -> tuple[str, ...]:
        if self._texts is not None:
            texts, cuts = self._word_texts(), self._cuts
            return tuple(" ".join(texts[a:b]) for a, b in zip((0, *cuts[:-1]), cuts))
        return tuple(" ".join(w.text for w in seg) for seg in self._segments)

    @property
    def x0(self) -> float:
        if self._texts is not None:
            return self._edge_floats()[0]
        return self._segments[0][0].x0

    @property
    def x1(self) -> float:
        if self._texts is not None:
            return self._edge_floats()[-1]
        return self._segments[-1][-1].x1

    @property
    def top(self) -> float:
        if self._texts is not None:
            return min(style[0] for style in self._styles())
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        if self._texts is not None:
            return max(style[1] for style in self._styles())
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        if self._texts is not None:
            return max(style[2] for style in self._styles())
        return max(w.size for w in self.words)

    # ------------------------------------------------------------ a value, as the dataclass was

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self is other or self.segments == other.segments

    def __hash__(self) -> int:
        return hash((self.segments,))

    def __repr__(self) -> str:
        return f"Line(segments={self.segments!r})"

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __reduce__(self):
        return (Line, (self.segments,))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """In a pydantic model, as the dataclass was: a Line, or a dict of its
        segments; dumped as {'segments': …}."""
        from pydantic_core import core_schema

        segments = handler.generate_schema(tuple[tuple[Word, ...], ...])
        as_dict = core_schema.typed_dict_schema({"segments": core_schema.typed_dict_field(segments)})
        from_dict = core_schema.no_info_after_validator_function(lambda d: cls(d["segments"]), as_dict)
        return core_schema.json_or_python_schema(
            json_schema=from_dict,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_dict]),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda line: {"segments": line.segments}, return_schema=as_dict),
        )


def _forget(line: Line) -> None:
    object.__setattr__(line, "_segments", None)
    object.__setattr__(line, "_words", None)


def release_words() -> None:
    """Every packed line lets the words it made go (its document is done)."""
    while _made:
        _forget(_made.popleft())
    _shared.clear()
