"""Record parts share the set of their given field names (schemas/compact.py)
and are otherwise the models they were: same dumps, same copies, and a change
to one part is not seen by another."""

from __future__ import annotations

import pickle
from decimal import Decimal

from schemas.compact import SharedNames
from schemas.meeting import Amount
from schemas.provenance import Region


def _amount(n: int, **more) -> Amount:
    return Amount(item_number=2, page_no=1, value_sek=Decimal(n), raw=f"{n} kr", context=f"Beslut om {n} kr.",
                  **more)


def test_parts_made_from_the_same_names_share_one_set_also_after_a_pickle():
    boxed = [_amount(n, box=Region(page_no=1, x0=n, top=1, x1=n + 5, bottom=9)) for n in range(3)]
    assert boxed[0].model_fields_set is boxed[2].model_fields_set
    assert boxed[0].box.model_fields_set is boxed[2].box.model_fields_set
    assert _amount(1).model_fields_set == {"item_number", "page_no", "value_sek", "raw", "context"}  # no box given
    again = pickle.loads(pickle.dumps(boxed))
    assert again == boxed and again[0].model_fields_set is again[1].model_fields_set


def test_a_change_to_one_part_is_not_seen_by_another():
    first, second = _amount(1), _amount(2)
    first.box = Region(page_no=1, x0=0, top=0, x1=1, bottom=1)
    first.item_number = None
    assert "box" in first.model_fields_set and "box" not in second.model_fields_set
    assert type(second.model_fields_set) is SharedNames and second.item_number == 2
    copied = second.model_copy(update={"box": first.box})
    assert copied.model_fields_set == second.model_fields_set | {"box"} and "box" not in second.model_fields_set
    assert second.model_dump(exclude_unset=True) == {"item_number": 2, "page_no": 1, "value_sek": Decimal(2),
                                                     "raw": "2 kr", "context": "Beslut om 2 kr."}
