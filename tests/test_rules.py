"""Every example and counterexample of every Swedish rule file, run as a test:
adding a rule to extractors/rules/sv/*.json adds its tests."""

from __future__ import annotations

import pytest

from extractors import rules


def _cases():
    for name in rules.rule_files():
        if "rules" not in rules.load(name):
            continue
        for rule in rules.rules(name):
            for text in rule.examples:
                yield pytest.param(rule, text, True, id=f"{rule.id}+{text}")
            for text in rule.counterexamples:
                yield pytest.param(rule, text, False, id=f"{rule.id}-{text}")


def _matches(rule: rules.Rule, text: str) -> bool:
    if rule.data.get("kind") == "whole":
        return rule.pattern.fullmatch(text.strip()) is not None
    return rule.search(text) is not None


@pytest.mark.parametrize(("rule", "text", "expected"), list(_cases()))
def test_rule_examples(rule: rules.Rule, text: str, expected: bool):
    assert _matches(rule, text) is expected


def test_every_rule_has_examples_and_counterexamples():
    for name in rules.rule_files():
        for rule in rules.rules(name) if "rules" in rules.load(name) else ():
            assert rule.examples and rule.counterexamples, rule.id
