"""`paragraf eval`: the warehouse against `.gold.json` files.

Each field is scored as a set of facts — (item number, value) pairs, people,
amounts — with precision, recall and F1, per document and over all of them
(micro-averaged: facts are summed before dividing). Titles, names and
organisations match after whitespace normalisation; proposals and decisions,
which are long, match when their word-token F1 reaches TEXT_THRESHOLD. Fields
with no facts in either gold or warehouse count as perfect for that document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

TEXT_THRESHOLD = 0.9  # token F1 at which a proposal or decision text counts as right
STRUCTURE_FIELDS = ("items", "titles", "sections", "times", "presenters", "proposals", "decisions", "participants")
ENTITY_FIELDS = ("amounts", "agreements")
FIELDS = STRUCTURE_FIELDS + ("attachments",) + ENTITY_FIELDS


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __iadd__(self, other: "Score") -> "Score":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

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


# ---------------------------------------------------------------- scoring


def _sets(gold: Iterable[Any], predicted: Iterable[Any]) -> Score:
    g, p = Counter(gold), Counter(predicted)
    tp = sum((g & p).values())
    return Score(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def _texts(gold: dict[int, str | None], predicted: dict[int, str | None]) -> Score:
    score = Score()
    for number in set(gold) | set(predicted):
        g, p = gold.get(number), predicted.get(number)
        if g and p and token_f1(g, p) >= TEXT_THRESHOLD:
            score.tp += 1
        else:
            score.fn += bool(g)
            score.fp += bool(p)
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


def score_document(gold: dict[str, Any], predicted: dict[str, Any]) -> dict[str, Score]:
    """Every field for one document; `predicted` has the shape of warehouse.read.document_view."""
    gi = {i["number"]: i for i in gold.get("items", [])}
    pi = {i["number"]: i for i in predicted.get("items", [])}

    def pairs(items: dict[int, dict], key: str) -> list[tuple[int, str]]:
        return [(n, norm(i[key])) for n, i in items.items() if i.get(key)]

    def listed(items: dict[int, dict], key: str) -> list[tuple[int, str]]:
        return [(n, norm(v)) for n, i in items.items() for v in i.get(key) or []]

    def people(rows: list[dict]) -> list[tuple]:
        return [(norm(r["name"]), r["role"], r.get("party"), norm(r.get("organization")) or None) for r in rows]

    return {
        "items": _sets(list(gi), list(pi)),
        "titles": _sets(pairs(gi, "title"), pairs(pi, "title")),
        "sections": _sets(pairs(gi, "section"), pairs(pi, "section")),
        "times": _sets(pairs(gi, "scheduled_time"), pairs(pi, "scheduled_time")),
        "presenters": _sets(listed(gi, "presenters"), listed(pi, "presenters")),
        "proposals": _texts({n: i.get("proposal") for n, i in gi.items()}, {n: i.get("proposal") for n, i in pi.items()}),
        "decisions": _texts({n: i.get("decision") for n, i in gi.items()}, {n: i.get("decision") for n, i in pi.items()}),
        "participants": _sets(people(gold.get("participants", [])), people(predicted.get("participants", []))),
        "attachments": _sets(listed(gi, "attachments"), listed(pi, "attachments")),
        "amounts": _sets(
            [(a["item"], round(float(a["value_sek"]), 2)) for a in gold.get("amounts", [])],
            {(a["item"], round(float(a["value_sek"]), 2)) for a in predicted.get("amounts", [])},
        ),
        "agreements": _agreements(gold.get("agreements", []), predicted.get("agreements", [])),
    }


# ---------------------------------------------------------------- against a warehouse


def evaluate(gold_dir: Path, db: Path) -> list[DocumentScore]:
    from schemas.ids import file_sha256
    from warehouse.load import Warehouse
    from warehouse.read import document_view, find_document

    gold_files = sorted(gold_dir.glob("*.gold.json"))
    if not gold_files:
        raise FileNotFoundError(f"{gold_dir} holds no *.gold.json files; point eval at a folder of gold annotations.")
    out = []
    with Warehouse(db, read_only=True) as wh:
        for path in gold_files:
            gold = json.loads(path.read_text(encoding="utf-8"))
            name = gold.get("file") or path.name.removesuffix(".gold.json") + ".pdf"
            pdf = gold_dir / name
            doc_id = find_document(wh, file_sha256(pdf) if pdf.exists() else "", name)
            predicted = document_view(wh, doc_id) if doc_id else {}
            out.append(DocumentScore(name, doc_id is not None, score_document(gold, predicted)))
    return out


def totals(scores: list[DocumentScore]) -> dict[str, Score]:
    total = {f: Score() for f in FIELDS}
    for doc in scores:
        for name, score in doc.fields.items():
            total[name] += score
    return total


def report(scores: list[DocumentScore]) -> str:
    total = totals(scores)
    lines = [
        f"paragraf eval — {len(scores)} gold files; micro-averaged over facts; "
        f"proposals/decisions match at token F1 ≥ {TEXT_THRESHOLD}",
        "",
        f"{'field':<13} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}",
    ]
    for name in FIELDS:
        s = total[name]
        lines.append(f"{name:<13} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}")
    lines += ["", "F1 per document:", f"{'document':<52} " + " ".join(f"{f[:6]:>6}" for f in FIELDS)]
    for doc in scores:
        label = doc.file if doc.found else f"{doc.file} (not in warehouse)"
        lines.append(f"{label[:52]:<52} " + " ".join(f"{doc.fields[f].f1:>6.2f}" for f in FIELDS))
    return "\n".join(lines)


def as_json(scores: list[DocumentScore]) -> dict[str, Any]:
    def one(s: Score) -> dict[str, float | int]:
        return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}

    return {
        "text_threshold": TEXT_THRESHOLD,
        "fields": {name: one(s) for name, s in totals(scores).items()},
        "documents": [
            {"file": d.file, "found": d.found, "fields": {n: one(s) for n, s in d.fields.items()}} for d in scores
        ],
    }
