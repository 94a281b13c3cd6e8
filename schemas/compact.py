"""Record parts that a long document holds in the thousands (amounts and their
boxes, mentions, pages) share the set of the names of their fields that were
given when they were made.

pydantic keeps that set (`model_fields_set`, what `exclude_unset` leaves out)
in every instance: 728 bytes once five names are in it, which for an amount
and its box is 1 456 of their 2 400 bytes. A part here shares the set with
every part made from the same names; it stays shared across a pickle (the
reader child sends the record to its worker pickled, and pickle writes a
shared object once), and a part whose field is assigned later gets a set of
its own first, so no other part sees the change. Nothing else differs: the
same fields, validation and dumps.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class SharedNames(set):
    """A set of field names that parts share: never changed in place (a part
    about to change it takes a copy first; `copy` gives a plain set)."""

    __slots__ = ()

    def __copy__(self) -> set[str]:
        return set(self)


_SHARED: dict[frozenset[str], SharedNames] = {}


def shared_names(names: set[str]) -> SharedNames:
    key = frozenset(names)
    found = _SHARED.get(key)
    if found is None:
        found = _SHARED[key] = SharedNames(key)
    return found


class CompactModel(BaseModel):
    """A pydantic model whose set of given field names is shared (see the module)."""

    def model_post_init(self, context: Any, /) -> None:
        object.__setattr__(self, "__pydantic_fields_set__", shared_names(self.__pydantic_fields_set__))

    def model_copy(self, *, update: Any = None, deep: bool = False):
        copied = super().model_copy(update=update, deep=deep)
        object.__setattr__(copied, "__pydantic_fields_set__", shared_names(copied.__pydantic_fields_set__))
        return copied

    def __setattr__(self, name: str, value: Any) -> None:
        self._own_names()
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        self._own_names()
        super().__delattr__(name)

    def _own_names(self) -> None:
        if type(self.__pydantic_fields_set__) is SharedNames:
            object.__setattr__(self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
