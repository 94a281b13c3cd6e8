"""`paragraf bench stages [PATH...]`: where extraction spends its time.

Every given PDF is extracted in this one process, as a reader child does it
(the readers and rules loaded first, then the heap frozen, as the child is
forked after `gc.freeze`), with each stage's entry point wrapped: the CPU
time spent in a stage, not counting the stages it calls, is summed per
stage. Then the hand-over: the record's pages stripped of word positions and
pickled (the child), and unpickled (the writer). CPU time rather than the
wall clock, so that a figure taken on a shared machine still says where the
time goes.
"""

from __future__ import annotations

import functools
import gc
import importlib
import pickle
import time
from collections import defaultdict
from pathlib import Path
from typing import Iterable

# (module, function, stage): the entry points of the stages, as build_record calls them
STAGES = (
    ("extractors.reading.pages", "read_pages", "reading: glyphs from the PDF"),
    ("extractors.reading.layout", "chars_to_lines", "reading: lines from glyphs"),
    ("extractors.reading.pages", "_reread_untrue_pages", "reading: text-layer check"),
    ("extractors.reading.pages", "clean_pages", "reading: page furniture, columns"),
    ("extractors.structure.header", "head_of", "structure: kind and header"),
    ("extractors.structure.kind", "kind_of", "structure: kind and header"),
    ("extractors.structure.header", "read_header", "structure: kind and header"),
    ("extractors.structure.version", "read_revision", "structure: kind and header"),
    ("extractors.structure.version", "read_attested_on", "structure: kind and header"),
    ("extractors.structure", "read_structure", "structure: items, participants"),
    ("extractors.provenance", "place_structure", "provenance"),
    ("extractors.entities", "read_entities", "entities: fields of underlag"),
    ("extractors.entities", "sentences", "entities: sentences"),
    ("extractors.record", "sentences", "entities: sentences"),
    ("extractors.entities", "amounts", "entities: amounts"),
    ("extractors.entities", "agreement_mentions", "entities: agreements"),
    ("extractors.entities", "item_dates", "entities: dates"),
    ("extractors.entities.matters", "read_matters", "entities: matters"),
    ("extractors.entities.matters", "numbers_above", "entities: matters"),
    ("extractors.entities.matters", "document_case_number", "entities: matters"),
    ("extractors.entities.matters", "with_case_numbers", "entities: matters"),
    ("extractors.record", "_sensitive", "entities: personal data"),
    ("extractors.procedure", "read_procedure", "procedure"),
    ("extractors.record", "consistent_parts", "record: consistency"),
    ("extractors.record", "DocumentRecord", "record: validation"),
)


class _Clock:
    """Exclusive CPU time per stage: a stage's time stops while a stage it calls runs."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self.stack: list[list] = []
        self.wrapped: list[tuple] = []

    def unwrap(self) -> None:
        while self.wrapped:
            owner, name, original = self.wrapped.pop()
            setattr(owner, name, original)

    def enter(self, label: str) -> None:
        now = time.process_time()
        if self.stack:
            self.spent[self.stack[-1][0]] += now - self.stack[-1][1]
        self.stack.append([label, now])

    def leave(self) -> None:
        now = time.process_time()
        label, since = self.stack.pop()
        self.spent[label] += now - since
        if self.stack:
            self.stack[-1][1] = now

    def wrap(self, owner, name: str, label: str) -> None:
        original = getattr(owner, name)
        self.wrapped.append((owner, name, original))

        # a class keeps its own namespace: wraps' default would copy its
        # __dict__ (raw classmethod objects) onto the function
        @functools.wraps(original, updated=())
        def timed(*args, **kwargs):
            self.enter(label)
            try:
                return original(*args, **kwargs)
            finally:
                self.leave()

        setattr(owner, name, timed)


def stages(paths: Iterable[Path]) -> dict:
    from extractors import record

    record.warm_up()
    gc.collect()
    gc.freeze()  # as in a reader child, forked after gc.freeze()
    clock = _Clock()
    try:
        for module, name, label in STAGES:
            clock.wrap(importlib.import_module(module), name, label)
        return _timed(paths, record, clock)
    finally:
        clock.unwrap()  # the process goes on with the stages as they were (the suite runs on)
        gc.unfreeze()


def _timed(paths: Iterable[Path], record, clock: _Clock) -> dict:
    files = pages = 0
    total = time.process_time()
    for path in paths:
        clock.enter("record: the rest")
        read = record.extract_document(path)
        clock.leave()
        clock.enter("record: hand-over (child)")
        read.pages = [p.model_copy(update={"lines": [], "margin_lines": []}) for p in read.pages]
        payload = pickle.dumps(read)
        clock.leave()
        clock.enter("record: hand-over (writer)")
        pickle.loads(payload)
        clock.leave()
        files += 1
        pages += read.page_count
    total = time.process_time() - total
    return {"files": files, "pages": pages, "cpu_seconds": round(total, 3),
            "stages": {k: round(v, 4) for k, v in sorted(clock.spent.items(), key=lambda kv: -kv[1])}}


def report(result: dict) -> str:
    pages, total = max(result["pages"], 1), result["cpu_seconds"] or 1e-9
    lines = [f"paragraf bench stages — {result['files']} files, {result['pages']} pages: "
             f"{total:.2f} s CPU, {1000 * total / pages:.2f} ms a page", ""]
    for label, seconds in result["stages"].items():
        lines.append(f"  {label:<36} {seconds:7.2f} s {100 * seconds / total:5.1f} %  {1000 * seconds / pages:6.2f} ms/page")
    return "\n".join(lines)
