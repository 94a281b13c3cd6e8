"""`paragraf bench search`: the judged query set (search_queries.json beside
this file) run against a warehouse, scored by recall@20 and precision@10.

The set was judged before the Swedish analyser was written: each query says
in words what a researcher asking it wants, and, as the judgement made
exact, a pattern of the word forms that mean it (inflections and compounds
that carry the query's sense; never an unrelated word that happens to
contain its letters: `val` wants "valet" and "kommunvalet", not "avtal" or
"förvaltning"). `--judge` applies the patterns to a warehouse of
corpus-varied/ and the real PDFs and writes down what they accept: the items
whose text (title, summary, proposal, decision, motions, procedure, dissent)
says it, and every page that prints it. The scores read only those lists.

A *place* is a listed item, or a listed page that no listed item spans (an
item is what a researcher wants; a page where no item fits). A place is found
when a hit among the first 20 is that item, or a page hit on a listed page of
that place (a page the item spans, for an item). recall@20 = places found /
min(places, 20), at most 1 (a page hit can find several items on its page);
precision@10 = the share of the first 10 hits that are a
listed item or a listed page. Hits in files the set did not judge are left
out of both, as if the warehouse held the judged files only (a warehouse may
hold more than the set's files: their hits take none of the 20 places).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

QUERIES = Path(__file__).with_name("search_queries.json")

ITEM_TEXT = ("title", "summary", "proposal", "decision", "motions", "procedure", "dissent")


def load_queries(path: Path = QUERIES) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def dumps(data: dict[str, Any]) -> str:
    """The query set as JSON, one judged item or page a line."""
    def line(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    queries = []
    for query in data["queries"]:
        head = [f"   {line(k)}: {line(v)}," for k, v in query.items() if k not in ("items", "pages")]
        lists = [f'   "{name}": [' + ",\n    ".join(line(x) for x in query.get(name, [])) + "]" for name in ("items", "pages")]
        queries.append("  {\n" + "\n".join(head + [lists[0] + ",", lists[1]]) + "\n  }")
    top = [f" {line(k)}: {line(v)}," for k, v in data.items() if k != "queries"]
    return "{\n" + "\n".join(top) + '\n "queries": [\n' + ",\n".join(queries) + "\n ]\n}\n"


def _file(source_path: str) -> str:
    return Path(source_path).name


def _item_key(label: str | None, number: int | None) -> str:
    return label if label else f"#{number}"


def judge(wh, queries: dict[str, Any]) -> dict[str, Any]:
    """Each query's items and pages in `wh`, by its pattern (see the module
    docstring); the files judged are the warehouse's loaded documents."""
    con = wh.con
    has_label = bool(con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'items' AND column_name = 'label'").fetchone()[0])
    label = "i.label" if has_label else "NULL"
    fields = ", ".join(f"coalesce(i.{c}, '')" for c in ITEM_TEXT if _has(con, "items", c))
    items = con.execute(f"""
        SELECT d.source_path, {label}, i.number, i.page_start, i.page_end, concat_ws(' ', {fields})
        FROM items i JOIN documents d USING (document_id) WHERE d.status = 'ok'""").fetchall()
    pages = con.execute("""
        SELECT d.source_path, p.page_no, p.text FROM pages p JOIN documents d USING (document_id)
        WHERE d.status = 'ok'""").fetchall()
    files = sorted({_file(r[0]) for r in con.execute("SELECT source_path FROM documents WHERE status = 'ok'").fetchall()})
    out = dict(queries) | {"files": files}
    judged = []
    for query in queries["queries"]:
        pattern = re.compile(query["accept"], re.IGNORECASE)
        found_items = sorted({(_file(p), _item_key(lb, n)) for p, lb, n, _, _, text in items if pattern.search(text)})
        found_pages = sorted({(_file(p), n) for p, n, text in pages if pattern.search(text or "")})
        judged.append(query | {"items": [{"file": f, "item": k} for f, k in found_items],
                               "pages": [{"file": f, "page": n} for f, n in found_pages]})
    out["queries"] = judged
    return out


def _has(con, table: str, column: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?",
                            [table, column]).fetchone()[0])


@dataclass
class Score:
    query: str
    places: int
    found: int
    recall: float
    precision: float | None
    shown: int
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def _spans(wh) -> dict[tuple[str, str], tuple[int, int]]:
    """(file, item key) → the pages the item spans."""
    con = wh.con
    label = "i.label" if _has(con, "items", "label") else "NULL"
    spans: dict[tuple[str, str], tuple[int, int]] = {}
    for path, lb, number, start, end in con.execute(
            f"SELECT d.source_path, {label}, i.number, i.page_start, i.page_end FROM items i JOIN documents d USING (document_id)").fetchall():
        spans.setdefault((_file(path), _item_key(lb, number)), (start or 0, end or start or 0))
    return spans


def _hit_items(wh) -> Callable[[dict], set[str]]:
    """The item keys a hit names (by its label, or its document and number)."""
    con = wh.con
    label = "label" if _has(con, "items", "label") else "NULL"
    by_number: dict[tuple[str, int], set[str]] = {}
    for doc, lb, number in con.execute(f"SELECT document_id, {label}, number FROM items").fetchall():
        by_number.setdefault((doc, number), set()).add(_item_key(lb, number))

    def keys(hit: dict) -> set[str]:
        if hit.get("item_label"):
            return {hit["item_label"]}
        if hit.get("item_number") is None:
            return set()
        return by_number.get((hit["document_id"], hit["item_number"]), {f"#{hit['item_number']}"})

    return keys


def _judged_hits(run: Callable[..., list[dict]], query: dict, files: set[str], wanted: int = 20) -> list[dict]:
    """The first `wanted` hits in judged files, as if the warehouse held
    those files only: a hit in a file the set did not judge takes no place
    of the 20 (more hits are asked for until `wanted` are judged or the
    search has no more)."""
    limit = wanted
    while True:
        hits = run(query["query"], query, limit)
        judged = [h for h in hits if _file(h["source_path"]) in files]
        if len(judged) >= wanted or len(hits) < limit:
            return judged[:wanted]
        limit *= 2


def score(wh, queries: dict[str, Any], run: Callable[..., list[dict]]) -> list[Score]:
    """Each judged query run through `run(text, query)` (the hits, best
    first), scored as the module docstring says."""
    files = set(queries["files"])
    spans = _spans(wh)
    item_keys = _hit_items(wh)
    scores = []
    for query in queries["queries"]:
        items = {(i["file"], i["item"]) for i in query["items"]}
        pages = {(p["file"], p["page"]) for p in query["pages"]}
        spanned = {(f, n) for f, n in pages for (g, key) in items
                   if g == f and spans.get((g, key), (0, -1))[0] <= n <= spans.get((g, key), (0, -1))[1]}
        places: list[tuple] = [("item", f, k) for f, k in sorted(items)] + \
                              [("page", f, n) for f, n in sorted(pages - spanned)]
        hits = _judged_hits(run, query, files)
        found: set[tuple] = set()
        relevant_shown = 0
        wrong = []
        for rank, hit in enumerate(hits[:20]):
            f = _file(hit["source_path"])
            if hit["hit"] == "item":
                named = {("item", f, k) for k in item_keys(hit)}
                good = any((f, k) in items for _, _, k in named)
                found |= {p for p in named if p in places}
            else:
                good = (f, hit["page_no"]) in pages
                if good:
                    found |= {p for p in places if p[1] == f and (
                        (p[0] == "page" and p[2] == hit["page_no"]) or
                        (p[0] == "item" and spans.get((f, p[2]), (0, -1))[0] <= hit["page_no"] <= spans.get((f, p[2]), (0, -1))[1]))}
            if rank < 10:
                relevant_shown += good
                if not good:
                    wrong.append(f"{f} {'item ' + '/'.join(sorted(item_keys(hit))) if hit['hit'] == 'item' else 'p. ' + str(hit['page_no'])}")
        wanted = min(len(places), 20)
        shown = min(len(hits), 10)
        scores.append(Score(
            query=query["query"], places=len(places), found=len(found),
            recall=min(1.0, len(found) / wanted) if wanted else 1.0,
            precision=relevant_shown / shown if shown else (None if not places else 0.0),
            shown=shown,
            missed=[f"{p[1]} {p[0]} {p[2]}" for p in places if p not in found][:5],
            wrong=wrong[:5]))
    return scores


def summary(scores: list[Score], queries: dict[str, Any]) -> dict[str, Any]:
    short = {q["query"] for q in queries["queries"] if q.get("short")}

    def mean(values: list[float]) -> float:
        return round(sum(values) / len(values), 3) if values else 0.0

    def part(selected: list[Score]) -> dict[str, Any]:
        precisions = [s.precision if s.precision is not None else 0.0 for s in selected if s.places or s.shown]
        return {"queries": len(selected), "recall_at_20": mean([s.recall for s in selected]),
                "precision_at_10": mean(precisions)}

    return {"all": part(scores), "short words": part([s for s in scores if s.query in short]),
            "other": part([s for s in scores if s.query not in short])}


def report(scores: list[Score], queries: dict[str, Any], detail: bool = False) -> str:
    lines = [f"{'query':34s} {'places':>6s} {'found':>5s} {'R@20':>5s} {'P@10':>5s}"]
    for s in scores:
        p = "  -  " if s.precision is None else f"{s.precision:5.2f}"
        lines.append(f"{s.query[:34]:34s} {s.places:6d} {s.found:5d} {s.recall:5.2f} {p}")
        if detail:
            lines += [f"    missed {m}" for m in s.missed] + [f"    not wanted {w}" for w in s.wrong]
    for name, part in summary(scores, queries).items():
        lines.append(f"{name}: {part['queries']} queries, recall@20 {part['recall_at_20']:.3f}, "
                     f"precision@10 {part['precision_at_10']:.3f}")
    return "\n".join(lines)


def _runner(wh) -> Callable[..., list[dict]]:
    """The search as `paragraf search` runs it, with --fuzzy where the query
    is judged with it (and the search offers it)."""
    import inspect

    from warehouse import search

    fuzzy_ok = "fuzzy" in inspect.signature(search.search).parameters

    def run(text: str, query: dict, limit: int = 20) -> list[dict]:
        if fuzzy_ok and query.get("fuzzy"):
            return search.search(wh, text, limit, fuzzy=True)
        return search.search(wh, text, limit)

    return run


def main(db: str, judge_now: bool = False, detail: bool = False, json_path: str | None = None,
         queries_path: Path = QUERIES) -> str:
    """`paragraf bench search`: score the judged set on `db` (a warehouse of
    corpus-varied/ and the real PDFs); with `judge_now`, first write the
    set's items and pages from its patterns (the judging step)."""
    from warehouse.load import Warehouse

    queries = load_queries(queries_path)
    if judge_now:
        with Warehouse(db, read_only=True) as wh:
            judged = judge(wh, queries)
        queries_path.write_text(dumps(judged), encoding="utf-8")
        return f"judged {len(judged['queries'])} queries over {len(judged['files'])} files into {queries_path}"
    with Warehouse(db, read_only=True) as wh:
        scores = score(wh, queries, _runner(wh))
    if json_path:
        Path(json_path).write_text(json.dumps({"summary": summary(scores, queries), "queries": [s.__dict__ for s in scores]},
                                              ensure_ascii=False, indent=2), encoding="utf-8")
    return report(scores, queries, detail)


# ---------------------------------------------------------------- the index at scale

SCALE_QUERIES = ("avtal", "hemsjukvård", "ärende 4711", "LOSUS", '"att godkänna"', "samverkansavtal", "budget 2001",
                 "Syntetisk nämnd", "ny samverkansstruktur", "rehabilitering")


def scale(items: int, sample: Path, runs: int = 5) -> str:
    """A synthetic warehouse of `items` items (indexed as it is filled),
    one real protokoll added as an ingest adds it: what its index rows and
    the run's end cost, and the CPU and wall time of SCALE_QUERIES (the
    first run of each left out: it warms the file's pages)."""
    import statistics
    import tempfile
    import time

    from extractors.entities.agreements import catalogue
    from extractors.record import extract_document
    from warehouse import load as writer, search, synthetic
    from warehouse.load import Warehouse

    record = extract_document(sample.resolve())
    spent = {"index": 0.0}
    staged = writer.Warehouse._stage_search

    def timed(self, rec):
        started = time.perf_counter()
        staged(self, rec)
        spent["index"] += time.perf_counter() - started

    writer.Warehouse._stage_search = timed
    try:
        with tempfile.TemporaryDirectory(prefix="paragraf-bench-search-") as folder, \
                Warehouse(Path(folder) / "w.duckdb") as wh:
            wh.con.execute("SET enable_progress_bar = false")
            synthetic.fill(wh, items, [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()])
            started = time.perf_counter()
            wh.load_document(record, new=True)
            load = time.perf_counter() - started
            started = time.perf_counter()
            search.compact(wh)
            end = time.perf_counter() - started
            walls, cpus, lines = [], [], []
            for text in SCALE_QUERIES:
                wall, cpu = [], []
                for _ in range(runs + 1):
                    w0, c0 = time.perf_counter(), time.process_time()
                    hits = search.search(wh, text, 20)
                    wall.append((time.perf_counter() - w0) * 1000)
                    cpu.append((time.process_time() - c0) * 1000)
                walls += wall[1:]
                cpus += cpu[1:]
                lines.append(f"  {text:24s} {len(hits):3d} hits  CPU median {statistics.median(cpu[1:]):6.0f} ms, "
                             f"wall {statistics.median(wall[1:]):6.0f} ms")
    finally:
        writer.Warehouse._stage_search = staged

    def p95(values: list[float]) -> float:
        return sorted(values)[int(0.95 * (len(values) - 1))]

    count = format(items, ",").replace(",", " ")
    return "\n".join([
        f"{count} synthetic items: adding {sample.name} took {load * 1000:.0f} ms, of it its search index rows "
        f"{spent['index'] * 1000:.0f} ms; the run's end (the index's levels) {end * 1000:.0f} ms",
        *lines,
        f"queries: CPU p50 {statistics.median(cpus):.0f} ms, p95 {p95(cpus):.0f} ms; wall p50 {statistics.median(walls):.0f} ms, "
        f"p95 {p95(walls):.0f} ms ({runs} runs each)"])
