"""`paragraf eval --generated N [--seed S]`: the layout randomizer.

It renders N meeting documents in random layouts, each with its gold file
(generated_content draws what a document says and how it is laid out,
generated_render prints it), ingests them into a fresh warehouse with the
`paragraf ingest` of this interpreter, scores them with pipeline.evaluate and
reports macro-F1 overall, per factor level, for the held-out levels, and for
the worst pair of levels of two factors.

The generated documents print no section headings (Beslutsärenden,
Informationsärenden) and no attachment lists, and their gold does not annotate
amounts and agreements: those four fields are left out of every macro-F1 here
(the other thirteen as pipeline.evaluate counts them). A field with nothing in
the gold would only count the warehouse's false finds, at the weight of a
whole field. The same seed gives the same documents and gold; it is printed, so a
random run can be repeated.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from pipeline import evaluate
from pipeline.bench.generated_content import FACTOR, FACTORS, NA, ttf_font
from pipeline.bench.generated_documents import build, gold
from pipeline.bench.generated_render import render

NOT_ANNOTATED = ("sections", "attachments", "amounts", "agreements")  # never printed as such, or not annotated
SCORED_FIELDS = tuple(f for f in evaluate.FIELDS if f not in NOT_ANNOTATED)
MIN_PAIR_DOCUMENTS = 10


def make_document(seed: str, index: int, folder: Path, ttf: bool) -> dict[str, Any]:
    """Render document `index` of the run and write its gold beside it; its gold."""
    doc = build(seed, index, ttf)
    pages = render(doc, folder / doc.file)
    record = gold(doc, pages)
    (folder / doc.file.replace(".pdf", ".gold.json")).write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
    return record


def _make_many(args: tuple[str, list[int], str, bool]) -> list[dict[str, Any]]:
    seed, indices, folder, ttf = args
    return [make_document(seed, i, Path(folder), ttf) for i in indices]


def generate(n: int, seed: str, folder: Path, workers: int | None = None) -> list[dict[str, Any]]:
    """N documents and their gold files in `folder`, in index order."""
    folder.mkdir(parents=True, exist_ok=True)
    ttf = ttf_font() is not None
    workers = max(1, min(workers or os.cpu_count() or 1, n // 25 or 1))
    if workers == 1:
        return _make_many((seed, list(range(n)), str(folder), ttf))
    chunks = [(seed, list(range(n))[w::workers], str(folder), ttf) for w in range(workers)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        records = [r for chunk in pool.map(_make_many, chunks) for r in chunk]
    return sorted(records, key=lambda r: r["file"])


def ingest(folder: Path, db: Path) -> dict[str, Any]:
    """`paragraf ingest` in a process of its own, so this module needs nothing of the extractors."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "ingest", str(folder), "--db", str(db), "--engine", "local", "--json"],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"paragraf ingest failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    try:
        return json.loads(done.stdout)
    except json.JSONDecodeError:
        return {"output": done.stdout.strip()[-2000:]}


# ---------------------------------------------------------------- figures


def macro(docs: list[evaluate.DocumentScore]) -> float:
    totals = evaluate.totals(docs)
    return evaluate.macro_f1({f: totals[f] for f in SCORED_FIELDS})


def summarise(scores: list[evaluate.DocumentScore], records: list[dict[str, Any]]) -> dict[str, Any]:
    """Every figure of the report: overall, per field, per factor level, held out, worst pairs."""
    factors_of = {r["file"]: r["factors"] for r in records}
    docs = [(s, factors_of[s.file]) for s in scores if s.file in factors_of]

    def having(pred) -> list[evaluate.DocumentScore]:
        return [s for s, f in docs if pred(f)]

    def figure(chosen: list[evaluate.DocumentScore]) -> dict[str, Any]:
        return {"documents": len(chosen), "macro_f1": round(macro(chosen), 4) if chosen else None}

    totals = evaluate.totals([s for s, _ in docs])
    levels: dict[str, dict[str, Any]] = {}
    for factor in FACTORS:
        levels[factor.name] = {}
        for level in (*factor.levels, NA):
            chosen = having(lambda f, fa=factor.name, lv=level: f.get(fa) == lv)
            if chosen or level != NA:
                levels[factor.name][level] = figure(chosen) | {"held_out": level in factor.held_out}

    def held(f: dict[str, str]) -> bool:
        return any(f.get(x.name) in x.held_out for x in FACTORS)

    pairs = []
    for a, b in itertools.combinations(FACTORS, 2):
        for la, lb in itertools.product(a.levels, b.levels):
            chosen = having(lambda f: f.get(a.name) == la and f.get(b.name) == lb)
            if len(chosen) >= MIN_PAIR_DOCUMENTS:
                pairs.append({"factors": [a.name, b.name], "levels": [la, lb]} | figure(chosen))
    pairs.sort(key=lambda p: (p["macro_f1"], -p["documents"]))
    return {
        "documents": len(docs),
        "found": sum(1 for s, _ in docs if s.found),
        "macro_f1": round(macro([s for s, _ in docs]), 4),
        "macro_definition": evaluate.MACRO_DEFINITION + f"; over the fields the generated gold annotates (not {', '.join(NOT_ANNOTATED)})",
        "fields": {f: {"f1": round(totals[f].f1, 4), "tp": totals[f].tp, "fp": totals[f].fp, "fn": totals[f].fn} for f in SCORED_FIELDS},
        "factors": {f.name: {"what": f.what, "held_out": list(f.held_out), "levels": levels[f.name]} for f in FACTORS},
        "held_out": {"any_held_out_level": figure(having(held)), "no_held_out_level": figure(having(lambda f: not held(f)))},
        "worst_pair": pairs[0] if pairs else None,
        "worst_pairs": pairs[:10],
        "min_pair_documents": MIN_PAIR_DOCUMENTS,
        "documents_scores": [{"file": s.file, "macro_f1": round(evaluate.macro_f1({k: v for k, v in s.fields.items() if k in SCORED_FIELDS}), 4),
                              "found": s.found, "factors": f} for s, f in docs],
    }


def report(summary: dict[str, Any]) -> str:
    def num(x: float | None) -> str:
        return "    –" if x is None else f"{x:.3f}"

    lines = [
        f"paragraf eval --generated {summary['documents']} --seed {summary['seed']}   "
        f"({summary['found']} in the warehouse; {summary['seconds']['total']:.0f} s: render {summary['seconds']['render']:.0f}, "
        f"ingest {summary['seconds']['ingest']:.0f}, score {summary['seconds']['score']:.0f})",
        "",
        f"macro-F1 {summary['macro_f1']:.3f}   ({summary['macro_definition']})",
        "per field: " + "  ".join(f"{evaluate.SHORT[f]} {v['f1']:.2f}" for f, v in summary["fields"].items()),
        "",
        "macro-F1 per factor level (docs; * held out: a level the tests of reading rules do not use):",
    ]
    for name, factor in summary["factors"].items():
        cells = [f"{level}{'*' if fig['held_out'] else ''} {num(fig['macro_f1'])} ({fig['documents']})"
                 for level, fig in factor["levels"].items()]
        lines.append(f"  {name:<15} " + "   ".join(cells))
    held = summary["held_out"]
    lines += [
        "",
        f"held out: documents with any held-out level {num(held['any_held_out_level']['macro_f1'])} "
        f"({held['any_held_out_level']['documents']});  with none {num(held['no_held_out_level']['macro_f1'])} "
        f"({held['no_held_out_level']['documents']})",
    ]
    held_levels = [f"{n}={lv}" for n, f in summary["factors"].items() for lv in f["held_out"]]
    lines.append("held-out levels: " + ", ".join(held_levels))
    worst = summary["worst_pair"]
    if worst:
        lines.append(f"worst pair (≥ {summary['min_pair_documents']} docs): {worst['factors'][0]}={worst['levels'][0]} & "
                     f"{worst['factors'][1]}={worst['levels'][1]}  macro-F1 {worst['macro_f1']:.3f} ({worst['documents']} docs)")
    return "\n".join(lines)


def resolve_seed(seed: str | None) -> str:
    if seed is None or seed == "random":
        return str(random.SystemRandom().randrange(1, 10**6))
    return seed


def run(n: int, seed: str | None = None, json_out: str | None = None, keep: str | None = None,
        fail_under: float | None = None, out=sys.stdout) -> int:
    """The command: generate, ingest, score, print; 1 when the macro-F1 is under fail_under."""
    seed = resolve_seed(seed)
    print(f"seed {seed}: rendering {n} documents …", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory(prefix="paragraf-generated-") as scratch:
        root = Path(keep) if keep else Path(scratch)
        folder, db = root / "documents", root / "generated.duckdb"
        if keep and (db.exists() or (folder.exists() and any(folder.iterdir()))):
            raise FileExistsError(f"{root} holds an earlier run ({folder.name}/, {db.name}); give --keep a new or empty folder.")
        t0 = time.perf_counter()
        records = generate(n, seed, folder)
        t1 = time.perf_counter()
        ingested = ingest(folder, db)
        t2 = time.perf_counter()
        scores = evaluate.evaluate(folder, db)
        summary = summarise(scores, records)
        t3 = time.perf_counter()
    summary = {"seed": seed, "seconds": {"render": round(t1 - t0, 1), "ingest": round(t2 - t1, 1), "score": round(t3 - t2, 1),
                                         "total": round(t3 - t0, 1)}, "ingest": ingested} | summary
    print(report(summary), file=out)
    if json_out:
        Path(json_out).write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    return int(fail_under is not None and summary["macro_f1"] < fail_under)


__all__ = ["FACTOR", "FACTORS", "generate", "run", "summarise", "report"]
