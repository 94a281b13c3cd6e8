"""`paragraf eval`: the warehouse against `.gold.json` files.

Each field is scored as a set of facts — the document's kind, body,
organisation (only where the gold file has the key: older gold files do not
annotate it), date, start and end time and place; (item, value) pairs; people; amounts — with
precision, recall and F1. Titles, names, bodies and places match after
whitespace normalisation; proposals and decisions, which are long, match when
their word-token F1 reaches TEXT_THRESHOLD.

Items are keyed by their number, or by their printed label ("§ 3 a" → `3a`)
when the warehouse stores labels (`items.label`) and the gold gives
`printed_number`: two items may share a number.

Two averages, both printed:
- micro, per field: facts summed over all documents before dividing;
- **macro-F1**: the mean, over the fields, of each field's (micro) F1 — every
  field weighs the same, however many facts it has. A field with no fact in
  either gold or warehouse (nothing to find, nothing found) is left out of
  the mean; one where the warehouse found things the gold does not have
  counts with F1 0.

Documents fall into groups — a `group` key in the gold file, else the
subfolder of the gold folder the file sits in, else `all` — and each group
gets its per-field F1 and macro-F1, so the weakest template shows at once.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

NOT_ANNOTATED_WHEN_ABSENT = ("amounts", "agreements")
TEXT_THRESHOLD = 0.9  # token F1 at which a proposal or decision text counts as right
# "organisation" is scored only where a gold file has the key (older gold files do not annotate it)
HEADER_FIELDS = ("kind", "organ", "organisation", "meeting_date", "start_time", "end_time", "location")
STRUCTURE_FIELDS = ("items", "titles", "sections", "times", "presenters", "proposals", "decisions", "participants")
ENTITY_FIELDS = ("amounts", "agreements")
FIELDS = HEADER_FIELDS + STRUCTURE_FIELDS + ("attachments",) + ENTITY_FIELDS
SHORT = {  # column heads of the tables
    "kind": "kind", "organ": "organ", "organisation": "org", "meeting_date": "date", "start_time": "start", "end_time": "end",
    "location": "place", "items": "items", "titles": "titles", "sections": "sect", "times": "times",
    "presenters": "pres", "proposals": "prop", "decisions": "decis", "participants": "people",
    "attachments": "attach", "amounts": "amount", "agreements": "agree",
}
MACRO_DEFINITION = (
    "macro-F1 = mean over the fields of each field's F1 (facts summed over the documents first); "
    "a field with no fact in gold or warehouse is left out"
)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Score") -> "Score":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def facts(self) -> int:
        return self.tp + self.fp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentScore:
    file: str
    found: bool
    fields: dict[str, Score] = field(default_factory=dict)
    group: str = "all"

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.fields)


def macro_f1(fields: dict[str, Score]) -> float:
    """Mean F1 of the fields that have a fact in gold or warehouse (1.0 when none has)."""
    scored = [s.f1 for s in fields.values() if s.facts]
    return sum(scored) / len(scored) if scored else 1.0


# ---------------------------------------------------------------- normalisation


def norm(text: str | None) -> str:
    """Whitespace collapsed, bullets and quotes unified, NFC."""
    text = unicodedata.normalize("NFC", text or "")
    text = re.sub(r"^[•·▪\-–—*]\s+", "- ", text, flags=re.MULTILINE)
    text = text.translate(str.maketrans({"”": '"', "“": '"', "„": '"', "’": "'", "‘": "'"}))
    return re.sub(r"\s+", " ", text).strip()


def _tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", norm(text).casefold()))


def token_f1(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


_LABEL_NUMBER = (
    re.compile(r"§\s*(\d+)\s*([a-zåäö])?(?![\wåäö])", re.I),  # '§ 3 a', 'KS § 1', '§3b.'
    re.compile(r"(\d+)\s*([a-zåäö])?\s*§", re.I),  # '39 §', '3 a §'
    re.compile(r"(\d+)\s*([a-zåäö])?(?![\wåäö])", re.I),  # '9.', '3a'
)


def item_key(number: int | None, label: str | None) -> str:
    """An item's key: the number and letter of its printed label ('KS § 3 a'
    → '3a', '39 §' → '39'), else its number."""
    for pattern in _LABEL_NUMBER if label else ():
        if m := pattern.search(label):
            return m.group(1).lstrip("0").rjust(1, "0") + (m.group(2) or "").casefold()
    return norm(label).casefold() if label else str(number)


# ---------------------------------------------------------------- scoring


def _sets(gold: Iterable[Any], predicted: Iterable[Any]) -> Score:
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return Score(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _texts(gold: list[tuple[str, str | None]], predicted: list[tuple[str, str | None]]) -> Score:
    """(item key, text) pairs: a predicted text finds a gold text of the same
    item when their token F1 reaches TEXT_THRESHOLD; each finds at most one."""
    score = Score()
    unused = [(k, t) for k, t in predicted if t]
    for key, text in gold:
        if not text:
            continue
        match = next((p for p in unused if p[0] == key and token_f1(text, p[1]) >= TEXT_THRESHOLD), None)
        if match is None:
            score.fn += 1
        else:
            unused.remove(match)
            score.tp += 1
    score.fp += len(unused)
    return score


def _agreements(gold: list[dict], predicted: list[dict]) -> Score:
    """A gold mention is found by a predicted one in the same item whose name
    contains one of its keywords and whose in_decision agrees; each predicted
    mention finds at most one gold mention."""
    unused = list(predicted)
    tp = 0
    for g in gold:
        keywords = [k.casefold() for k in g.get("keywords", [])]
        for p in unused:
            if p["item"] == g["item"] and any(k in p["name"].casefold() for k in keywords) and bool(p["in_decision"]) == bool(g["in_decision"]):
                unused.remove(p)
                tp += 1
                break
    return Score(tp, len(unused), len(gold) - tp)


def _header(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Score]:
    """One fact per header field the gold annotates (a null gold value is a
    statement too: anything found there is a false positive)."""
    out = {}
    for name in HEADER_FIELDS:
        in_meeting = name in ("start_time", "end_time", "location")
        source = gold.get("meeting") if in_meeting else gold
        if not isinstance(source, dict) or name not in source:
            continue  # not annotated
        found = (predicted.get("meeting") or {}) if in_meeting else predicted
        g, p = norm(_text(source.get(name))), norm(_text(found.get(name)))
        out[name] = _sets([g] if g else [], [p] if p else [])
    return out


def _text(value: Any) -> str | None:
    return None if value is None else value.isoformat() if hasattr(value, "isoformat") else str(value)


def score_document(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Score]:
    """Every field for one document; `predicted` has the shape of warehouse.read.document_view."""
    labelled = any(i.get("label") for i in predicted.get("items", []))  # else numbers on both sides

    def keyed(items: list[dict], label: str) -> list[tuple[str, dict]]:
        return [(item_key(i["number"], i.get(label) if labelled else None), i) for i in items]

    gi, pi = keyed(gold.get("items", []), "printed_number"), keyed(predicted.get("items", []), "label")

    def pairs(items: list[tuple[str, dict]], key: str) -> list[tuple[str, str]]:
        return [(k, norm(i[key])) for k, i in items if i.get(key)]

    def listed(items: list[tuple[str, dict]], key: str) -> list[tuple[str, str]]:
        return [(k, norm(v)) for k, i in items for v in i.get(key) or []]

    def texts(items: list[tuple[str, dict]], key: str) -> list[tuple[str, str | None]]:
        return [(k, i.get(key)) for k, i in items]

    def people(rows: list[dict]) -> list[tuple]:
        return [(norm(r["name"]), r["role"], r.get("party"), norm(r.get("organization")) or None) for r in rows]

    scores = _header(gold, predicted) | {
        "items": _sets([k for k, _ in gi], [k for k, _ in pi]),
        "titles": _sets(pairs(gi, "title"), pairs(pi, "title")),
        "sections": _sets(pairs(gi, "section"), pairs(pi, "section")),
        "times": _sets(pairs(gi, "scheduled_time"), pairs(pi, "scheduled_time")),
        "presenters": _sets(listed(gi, "presenters"), listed(pi, "presenters")),
        "proposals": _texts(texts(gi, "proposal"), texts(pi, "proposal")),
        "decisions": _texts(texts(gi, "decision"), texts(pi, "decision")),
        "participants": _sets(people(gold.get("participants", [])), people(predicted.get("participants", []))),
        "attachments": _sets(listed(gi, "attachments"), listed(pi, "attachments")),
        "amounts": _sets(
            [(a["item"], round(float(a["value_sek"]), 2)) for a in gold.get("amounts", [])],
            {(a["item"], round(float(a["value_sek"]), 2)) for a in predicted.get("amounts", [])},
        ),
        "agreements": _agreements(gold.get("agreements", []), predicted.get("agreements", [])),
    }
    # GOLD.md: amounts and agreements are left out of a gold file that does not
    # annotate them; what is not annotated is not scored (a missing
    # "participants" key, by contrast, says the document lists nobody)
    return {name: score for name, score in scores.items() if name not in NOT_ANNOTATED_WHEN_ABSENT or name in gold}


# ---------------------------------------------------------------- against a warehouse


def group_of(gold: dict[str, Any], path: Path, gold_dir: Path) -> str:
    """The gold file's `group`, else the subfolder of gold_dir it sits in, else 'all'."""
    if gold.get("group"):
        return str(gold["group"])
    parts = path.parent.relative_to(gold_dir).parts
    return parts[0] if parts else "all"


def evaluate(gold_dir: Path, db: Path) -> list[DocumentScore]:
    from schemas.ids import file_sha256
    from warehouse.read import document_view, find_document
    from warehouse.snapshot import open_reader

    gold_files = sorted(gold_dir.rglob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"{gold_dir} holds no *.gold.json files; point eval at a folder of gold annotations.")
    out = []
    with open_reader(db) as wh:  # its read snapshot while an ingest writes it
        for path in gold_files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            name = gold.get("file") or path.name.removesuffix(".gold.json") + ".pdf"
            pdf = path.parent / name
            doc_id = find_document(wh, file_sha256(pdf) if pdf.exists() else "", name)
            predicted = document_view(wh, doc_id) if doc_id else {}
            scores = score_document(gold, predicted)
            out.append(DocumentScore(name, doc_id is not None, scores, group_of(gold, path, gold_dir)))
    return out


def totals(scores: list[DocumentScore]) -> dict[str, Score]:
    """Per field, the facts of all the documents summed (micro average)."""
    total = {f: Score() for f in FIELDS}
    for doc in scores:
        for name, score in doc.fields.items():
            total[name] += score
    return total


def groups(scores: list[DocumentScore]) -> dict[str, list[DocumentScore]]:
    out: dict[str, list[DocumentScore]] = {}
    for doc in sorted(scores, key=lambda d: d.group):
        out.setdefault(doc.group, []).append(doc)
    return out


def report(scores: list[DocumentScore]) -> str:
    total = totals(scores)
    by_group = groups(scores)
    lines = [
        f"paragraf eval — {len(scores)} gold files in {len(by_group)} group(s); "
        f"proposals/decisions match at token F1 ≥ {TEXT_THRESHOLD}",
        "",
        f"macro-F1 {macro_f1(total):.3f}   ({MACRO_DEFINITION})",
        "",
        "per field, micro-averaged (facts summed over all documents):",
        f"{'field':<13} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    for name in FIELDS:
        s = total[name]
        lines.append(f"{name:<13} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    heads = " ".join(f"{SHORT[f]:>6}" for f in FIELDS)
    weakest = min(by_group, key=lambda g: macro_f1(totals(by_group[g])))
    lines += ["", "F1 per group (– : no fact in gold or warehouse):", f"{'group':<18} {'docs':>4} {'macro':>6} {heads}"]
    for name, docs in by_group.items():
        t = totals(docs)
        mark = "  ← weakest" if name == weakest and len(by_group) > 1 else ""
        lines.append(f"{name[:18]:<18} {len(docs):>4} {macro_f1(t):>6.3f} {_cells(t)}{mark}")
    lines += ["", "F1 per document (* not in the warehouse):", f"{'document':<56} {'group':<12} {'macro':>6} {heads}"]
    for doc in scores:
        label = doc.file[:55] + ("" if doc.found else "*")
        lines.append(f"{label:<56} {doc.group[:12]:<12} {doc.macro_f1:>6.3f} {_cells(doc.fields)}")
    return "\n".join(lines)


def _cells(fields: dict[str, Score]) -> str:
    return " ".join(f"{fields[f].f1:>6.2f}" if f in fields and fields[f].facts else f"{'–':>6}" for f in FIELDS)


def as_json(scores: list[DocumentScore]) -> dict[str, Any]:
    def one(s: Score) -> dict[str, float | int]:
        return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}

    total = totals(scores)
    return {
        "text_threshold": TEXT_THRESHOLD,
        "macro_f1": round(macro_f1(total), 4),
        "macro_definition": MACRO_DEFINITION,
        "fields": {name: one(s) for name, s in total.items()},
        "groups": {
            name: {
                "documents": len(docs),
                "macro_f1": round(macro_f1(t := totals(docs)), 4),
                "fields": {n: one(s) for n, s in t.items()},
            }
            for name, docs in groups(scores).items()
        },
        "documents": [
            {"file": d.file, "group": d.group, "found": d.found, "macro_f1": round(d.macro_f1, 4),
             "fields": {n: one(s) for n, s in d.fields.items()}}
            for d in scores
        ],
    }
