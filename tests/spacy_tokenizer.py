"""spaCy's Swedish tokenizer rules as `extractors/rules/sv/tokenizer.json`
holds them, read from spaCy itself: what the file was made from and what
`tests/test_tokens.py` checks it against. Only tests import spaCy.

    .venv/bin/python -m tests.spacy_tokenizer    # writes the file again (review it as a diff)
"""

from __future__ import annotations

import json
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent / "extractors" / "rules" / "sv" / "tokenizer.json"

ABOUT = (
    "The rules of spaCy's Swedish tokenizer (spacy.blank('sv'), spaCy {version}; MIT licence, Explosion AI), "
    "written out so that extractors/structure/tokens.py cuts text into the same tokens without loading spaCy: "
    "the presenter verbs of people.presenters_in_text are matched over these tokens. 'classes' are spaCy's "
    "character classes, named in the patterns as {{name}}; 'prefixes' are tried at a chunk's start, 'suffixes' "
    "at its end, 'infixes' inside it, 'url' keeps a web address whole, and 'exceptions' are chunks cut as "
    "listed (most kept whole). Made by `python -m tests.spacy_tokenizer`; tests/test_tokens.py checks that "
    "it still equals spaCy's, and that both tokenizers cut the same text into the same tokens."
)


def spacy_rules() -> dict:
    """The rules of `spacy.blank('sv')`'s tokenizer, each pattern with spaCy's
    character classes named instead of spelled out."""
    import spacy
    from spacy.lang import char_classes, punctuation, tokenizer_exceptions
    from spacy.lang.sv import Swedish
    from spacy.symbols import ORTH

    classes = {
        "alpha": char_classes.ALPHA,
        "alpha_lower": char_classes.ALPHA_LOWER,
        "alpha_upper": char_classes.ALPHA_UPPER,
        "quotes": char_classes.CONCAT_QUOTES,
        "quotes_but_apostrophe": char_classes.CONCAT_QUOTES.replace("'", ""),
        "punct": char_classes.PUNCT,
        "hyphens": char_classes.HYPHENS,
        "currency": char_classes.CURRENCY,
        "units": char_classes.UNITS,
        "icons": char_classes._other_symbols,
    }
    by_length = sorted(classes.items(), key=lambda kv: -len(kv[1]))

    def named(piece: str) -> str:
        for name, spelled in by_length:
            piece = piece.replace(spelled, "{" + name + "}")
        return piece

    defaults = Swedish.Defaults
    exceptions = {
        chunk: [token[ORTH] for token in tokens] for chunk, tokens in sorted(defaults.tokenizer_exceptions.items())
    }
    rules = {
        "about": ABOUT.format(version=spacy.__version__),
        "classes": classes,
        "prefixes": [named(p) for p in defaults.prefixes],
        "suffixes": [named(p) for p in defaults.suffixes],
        "infixes": [named(p) for p in defaults.infixes],
        "url": named(tokenizer_exceptions.URL_PATTERN),
        "exceptions": exceptions,
    }
    spelled_out = {k: [_spelled(p, classes) for p in rules[k]] for k in ("prefixes", "suffixes", "infixes")}
    assert spelled_out == {"prefixes": list(defaults.prefixes), "suffixes": list(defaults.suffixes),
                           "infixes": list(defaults.infixes)}, "a class name stands for what is not that class"
    assert _spelled(rules["url"], classes) == tokenizer_exceptions.URL_PATTERN
    assert punctuation.TOKENIZER_PREFIXES == defaults.prefixes
    return rules


def _spelled(piece: str, classes: dict[str, str]) -> str:
    for name, spelled in classes.items():
        piece = piece.replace("{" + name + "}", spelled)
    return piece


def write() -> None:
    RULES.write_text(json.dumps(spacy_rules(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"wrote {RULES}")


# ---------------------------------------------------------------- the presenter matcher as it ran on spaCy


def spacy_presenters_in_text(text: str, participants=()) -> tuple[list[str], bool]:
    """`people.presenters_in_text` as it was before it left spaCy (commit d7eedf8):
    spaCy's tokenizer and a `Matcher` of the presenter verbs."""
    from extractors.structure import people

    nlp, matcher = _spacy_matcher()
    doc = nlp(text)
    names: list[str] = []
    found_verb = False
    for match_id, start, end in matcher(doc):
        found_verb = True
        if nlp.vocab.strings[match_id] == "ACTIVE":
            i = start - 1
            while i >= 0 and (people._NAME_TOKEN.match(doc[i].text) or doc[i].lower_ in people._JOINERS):
                i -= 1
            span = doc[i + 1 : start].text
        else:
            j = end
            while j < len(doc) and (people._NAME_TOKEN.match(doc[j].text) or doc[j].lower_ in people._JOINERS):
                j += 1
            span = doc[end:j].text
        for name in people.split_names(span, participants):
            if name not in names:
                names.append(name)
    return names, found_verb


_MATCHER: list = []


def _spacy_matcher():
    if not _MATCHER:
        import spacy
        from spacy.matcher import Matcher

        from extractors.structure import blocks

        nlp = spacy.blank("sv")
        verb_rule = blocks.rule("presenter.verb")
        matcher = Matcher(nlp.vocab)
        matcher.add("ACTIVE", [[{"LOWER": {"IN": verb_rule.data["verbs"]}}]])
        matcher.add("PASSIVE", [[{"LOWER": {"IN": verb_rule.data["passive"]}}, {"LOWER": "av"}]])
        _MATCHER[:] = [nlp, matcher]
    return _MATCHER[0], _MATCHER[1]
