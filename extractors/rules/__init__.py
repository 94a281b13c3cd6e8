"""Swedish vocabulary and patterns, kept as data in `sv/*.json`.

Each rule has an id, the phrase a reviewer reads, its pattern, and examples and
counterexamples; `tests/test_rules.py` runs every example of every rule, so a
rule added here is a rule tested.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Rule:
    id: str
    phrase: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


@cache
def load(name: str, language: str = "sv") -> dict[str, Any]:
    """The raw JSON of one rule file, e.g. load('layout')."""
    source = resources.files(__package__).joinpath(language, f"{name}.json")
    return json.loads(source.read_text(encoding="utf-8"))


@cache
def rules(name: str, language: str = "sv") -> tuple[Rule, ...]:
    compiled = []
    for raw in load(name, language)["rules"]:
        extra = {k: v for k, v in raw.items() if k not in {"id", "phrase", "pattern", "examples", "counterexamples"}}
        compiled.append(
            Rule(
                id=raw["id"],
                phrase=raw["phrase"],
                pattern=re.compile(raw["pattern"], 0 if raw.get("case_sensitive") else re.IGNORECASE),
                examples=tuple(raw.get("examples", ())),
                counterexamples=tuple(raw.get("counterexamples", ())),
                data=extra,
            )
        )
    return tuple(compiled)


@cache
def patterns(name: str, language: str = "sv") -> dict[str, re.Pattern[str]]:
    """The compiled pattern of each rule of one file, by rule id."""
    return {r.id: r.pattern for r in rules(name, language)}


def rule_files(language: str = "sv") -> list[str]:
    folder = resources.files(__package__).joinpath(language)
    return sorted(p.name.removesuffix(".json") for p in folder.iterdir() if p.name.endswith(".json"))
