"""`paragraf bench fuzz`: damaged copies of good PDFs through the real command line.

Mutants are made from sample PDFs (corpus/ by default) by one or two of the
damages files suffer on their way to an archive — flipped bytes anywhere or
inside a stream, a stream cut short, a file cut off, a broken cross-reference
table or `startxref`, an object deleted, garbage before the header or after
`%%EOF` — from one seed, so a run is reproduced exactly. Every mutant is a
distinct file. They are ingested by `paragraf ingest FOLDER --json` in a new
process, and the warehouse it leaves is asked what became of each: exactly one
`documents` row per mutant, workers that died, tracebacks, the exit status,
the outcome of each (ok, ok with problems, or the error code), ok documents
with fewer pages than their source or with empty pages. Each mutant is then
read once more alone, timed, in the same guarded reader the workers use, to
name the slowest file.
"""

from __future__ import annotations

import collections
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from hashlib import sha256
from pathlib import Path
from typing import Callable

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b.*?endobj", re.DOTALL)
_XREF_ROW = re.compile(rb"\d{10} \d{5} [nf]")
_STARTXREF = re.compile(rb"startxref\s+(\d+)")


def _span(data: bytearray, pattern: re.Pattern, rng: random.Random, group: int = 0) -> tuple[int, int] | None:
    found = [m.span(group) for m in pattern.finditer(data)]
    return rng.choice(found) if found else None


def flip_bytes(data: bytearray, rng: random.Random) -> None:
    for _ in range(rng.randint(1, 64)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)


def flip_in_stream(data: bytearray, rng: random.Random) -> None:
    span = _span(data, _STREAM, rng, 1)
    if span is None or span[1] <= span[0]:
        return flip_bytes(data, rng)
    for _ in range(rng.randint(1, 16)):
        data[rng.randrange(*span)] ^= 1 << rng.randrange(8)


def cut_stream(data: bytearray, rng: random.Random) -> None:
    """A stream loses a piece of its data; its /Length still says the old size."""
    span = _span(data, _STREAM, rng, 1)
    if span is None or span[1] - span[0] < 2:
        return truncate(data, rng)
    start = rng.randrange(*span)
    del data[start:rng.randint(start + 1, span[1])]


def truncate(data: bytearray, rng: random.Random) -> None:
    del data[rng.randint(len(data) // 20, len(data) - 1):]


def break_xref(data: bytearray, rng: random.Random) -> None:
    rows = list(_XREF_ROW.finditer(data))
    choice = rng.randrange(3)
    if choice == 0 and rows:  # offsets that point nowhere
        for m in rng.sample(rows, rng.randint(1, len(rows))):
            data[m.start():m.start() + 10] = b"%010d" % rng.randrange(10**10)
    elif choice == 1 and (m := _STARTXREF.search(data)):  # startxref points nowhere
        data[m.start(1):m.end(1)] = str(rng.randrange(len(data) * 2)).encode()
    else:  # the table gone
        start = data.rfind(b"xref")
        end = data.rfind(b"trailer")
        if 0 <= start < end:
            data[start:end] = b" " * (end - start)
        else:
            flip_bytes(data, rng)


def delete_object(data: bytearray, rng: random.Random) -> None:
    span = _span(data, _OBJECT, rng)
    if span is None:
        return flip_bytes(data, rng)
    if rng.random() < 0.5:
        del data[span[0]:span[1]]  # every offset after it moves
    else:
        data[span[0]:span[1]] = b" " * (span[1] - span[0])  # offsets hold, the object is gone


def garbage_before(data: bytearray, rng: random.Random) -> None:
    data[0:0] = rng.randbytes(rng.choice([1, 16, 300, 1500]))


def garbage_after(data: bytearray, rng: random.Random) -> None:
    data.extend(rng.randbytes(rng.randint(1, 4096)))


MUTATORS: dict[str, Callable[[bytearray, random.Random], None]] = {
    f.__name__: f for f in (flip_bytes, flip_in_stream, cut_stream, truncate, break_xref,
                             delete_object, garbage_before, garbage_after)
}


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One mutant of `data` and the names of the damages done to it (one, or two in a row)."""
    names = rng.sample(sorted(MUTATORS), 2 if rng.random() < 0.25 else 1)
    out = bytearray(data)
    for name in names:
        MUTATORS[name](out, rng)
    return bytes(out), "+".join(names)


def make_mutants(sources: list[Path], folder: Path, count: int, seed: int) -> dict[Path, tuple[Path, str]]:
    """`count` distinct mutants in `folder` (mutant k from source k mod n), each
    mapped to its source and its damages; the same seed gives the same files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    originals = [p.read_bytes() for p in sources]
    seen = {sha256(d).digest() for d in originals}
    made: dict[Path, tuple[Path, str]] = {}
    for k in range(count):
        source = sources[k % len(sources)]
        while True:
            data, names = mutate(originals[k % len(sources)], rng)
            if data and sha256(data).digest() not in seen:
                break
        seen.add(sha256(data).digest())
        path = folder / f"{k:04d}-{names.replace('_', '-')}-{source.stem[:40]}.pdf"
        path.write_bytes(data)
        made[path] = (source, names)
    return made


def _ingest_command() -> list[str]:
    paragraf = Path(sys.executable).with_name("paragraf")
    return [str(paragraf)] if paragraf.exists() else [sys.executable, "-m", "pipeline.cli"]


def _timed_read(path: str) -> tuple[str, float, str, str | None, int | None, int]:
    from pipeline.extract import extract_batch

    started = time.perf_counter()
    (record,) = extract_batch([(path, "0" * 64)])
    return (path, time.perf_counter() - started, record.status.value,
            record.error_code.value if record.error_code else None, record.page_count, len(record.problems))


def timed_reads(files: list[Path], workers: int) -> dict[str, tuple[float, str, str | None, int | None, int]]:
    """Each file read alone by a guarded reader in a worker: (seconds, status, code, pages, problems)."""
    from pipeline.ingest import worker_context

    out = {}
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
        for path, *rest in pool.map(_timed_read, [str(f) for f in files]):
            out[path] = tuple(rest)
    return out


def fuzz(sources: list[Path], mutants: int, seed: int = 0, workers: int | None = None, timing: bool = True,
         keep: Path | None = None, progress: Callable[[str], None] = lambda _: None) -> dict:
    """Make the mutants, ingest them through the command line, and say what became of each."""
    import duckdb

    from pipeline.ingest import default_workers

    workers = workers or default_workers()
    with tempfile.TemporaryDirectory(prefix="paragraf-fuzz-") as temporary:
        folder = Path(keep) if keep else Path(temporary)
        progress(f"making {mutants} mutants of {len(sources)} PDFs (seed {seed}) in {folder / 'mutants'} …")
        made = make_mutants(sources, folder / "mutants", mutants, seed)
        db = folder / "fuzz.duckdb"
        if db.exists():
            db.unlink()
        env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
        env.setdefault("PARAGRAF_TIMEOUT_SECONDS", "120")
        progress(f"paragraf ingest {folder / 'mutants'} --workers {workers} …")
        started = time.perf_counter()
        done = subprocess.run([*_ingest_command(), "ingest", str(folder / "mutants"), "--db", str(db), "--json",
                               "--workers", str(workers)], env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        output = done.stdout + done.stderr
        result: dict = {"mutants": mutants, "seed": seed, "sources": [p.name for p in sources], "workers": workers,
                        "exit_status": done.returncode, "seconds": round(seconds, 1),
                        "tracebacks": output.count("Traceback (most recent call last)"),
                        "by_damage": {}}
        if result["tracebacks"]:
            result["traceback_excerpt"] = output[output.index("Traceback"):][:2000]
        rows: list[tuple] = []
        empty_pages: dict[str, int] = {}
        problems: dict[str, int] = {}
        recovered = 0
        if db.exists():
            con = duckdb.connect(str(db), read_only=True)
            try:
                rows = con.execute("SELECT source_path, document_id, status, error_code, error, page_count "
                                   "FROM documents").fetchall()
                empty_pages = dict(con.execute("SELECT document_id, count(*) FROM pages WHERE trim(text) = '' "
                                               "GROUP BY 1").fetchall())
                problems = dict(con.execute("SELECT document_id, count(*) FROM problems GROUP BY 1").fetchall())
                recovered = con.execute("SELECT count(DISTINCT document_id) FROM problems "
                                        "WHERE message LIKE '%reader crashed on it%'").fetchone()[0]
            finally:
                con.close()
        per_path = collections.Counter(Path(r[0]).name for r in rows)
        result["rows"] = len(rows)
        result["mutants_without_a_row"] = sorted(p.name for p in made if per_path[p.name] == 0)
        result["mutants_with_several_rows"] = sorted(n for n, c in per_path.items() if c > 1)
        source_pages, source_empty, source_problems = _source_baseline(sources)
        outcomes: collections.Counter = collections.Counter()
        fewer = with_empty = silent = 0
        dead = crashed_readers = 0
        internal: list[str] = []
        by_name = {p.name: p for p in made}
        for path, document_id, status, code, error, pages in rows:
            mutant = by_name.get(Path(path).name)
            origin = made[mutant][0].name if mutant else None
            if status == "ok":
                worse = origin is None or problems.get(document_id, 0) > source_problems[origin]
                outcomes["ok with problems" if worse else "ok"] += 1
                short = origin is not None and pages < source_pages[origin]
                fewer += short
                silent += short and not worse  # pages lost, and no problem row more than the source has
                with_empty += origin is not None and empty_pages.get(document_id, 0) > source_empty[origin]
            else:
                outcomes[code] += 1
                dead += "the worker stopped" in (error or "")
                crashed_readers += "made the PDF reader crash" in (error or "")
                if code == "internal":
                    internal.append(error or "")
            damage = "two damages" if mutant and "+" in made[mutant][1] else made[mutant][1] if mutant else "?"
            result["by_damage"].setdefault(damage, collections.Counter())[code or status] += 1
        result.update(outcomes=dict(outcomes.most_common()), dead_workers=dead, crashed_reader_children=crashed_readers,
                      read_by_the_reference_reader_after_a_crash=recovered,
                      ok_with_fewer_pages_than_source=fewer, of_them_silently=silent, ok_with_empty_pages=with_empty, internal_errors=internal[:10])
        result["by_damage"] = {k: dict(v) for k, v in sorted(result["by_damage"].items())}
        if timing:
            progress(f"each mutant read once more, alone and timed ({workers} workers) …")
            times = timed_reads(sorted(made), workers)
            slowest = max(times, key=lambda p: times[p][0])
            result["slowest"] = {"file": Path(slowest).name, "seconds": round(times[slowest][0], 2),
                                 "outcome": times[slowest][2] or times[slowest][1]}
            result["median_read_seconds"] = round(sorted(t[0] for t in times.values())[len(times) // 2], 3)
    return result


def _source_baseline(sources: list[Path]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Pages, pages without text, and problem rows of each unharmed source."""
    from extractors import record as extraction
    from extractors.reading.guard import extract_guarded

    pages, empty, problems = {}, {}, {}
    for source in sources:
        record = extract_guarded(extraction, source, "0" * 64)
        pages[source.name] = record.page_count or 0
        empty[source.name] = sum(not p.text.strip() for p in record.pages)
        problems[source.name] = len(record.problems)
    return pages, empty, problems


def report(result: dict) -> str:
    lines = [
        f"paragraf bench fuzz — {result['mutants']} mutants of {len(result['sources'])} PDFs, seed {result['seed']}, "
        f"{result['workers']} workers: paragraf ingest exit {result['exit_status']} in {result['seconds']:.1f} s",
        f"  documents rows: {result['rows']} for {result['mutants']} mutants "
        f"(without a row: {len(result['mutants_without_a_row'])}, with several: {len(result['mutants_with_several_rows'])})",
        f"  dead workers: {result['dead_workers']}; tracebacks: {result['tracebacks']}; reader children that "
        f"crashed: {result['crashed_reader_children']} unanswered, {result['read_by_the_reference_reader_after_a_crash']} "
        "read again by pdfplumber",
        "  outcomes: " + ", ".join(f"{name} {count}" for name, count in result["outcomes"].items())
        + " (ok with problems: more problem rows than its source has)",
        f"  ok with fewer pages than their source: {result['ok_with_fewer_pages_than_source']} "
        f"({result['of_them_silently']} without a problem row saying so); "
        f"ok with more empty pages than their source: {result['ok_with_empty_pages']}",
        "  by damage:",
        *(f"    {damage:<14} " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
          for damage, counts in result["by_damage"].items()),
    ]
    if "slowest" in result:
        s = result["slowest"]
        lines.append(f"  slowest file: {s['file']} ({s['outcome']}), {s['seconds']:.2f} s read alone "
                     f"(median {result['median_read_seconds']:.3f} s)")
    for error in result["internal_errors"]:
        lines.append(f"  internal: {error[:300]}")
    if result.get("traceback_excerpt"):
        lines.append("  first traceback:\n" + result["traceback_excerpt"])
    return "\n".join(lines)


def main_fuzz(corpus: Path, mutants: int, seed: int, workers: int | None, json_out: str | None) -> int:
    """Exit 0 when every mutant has exactly one row, no worker died and nothing
    printed a traceback; 1 otherwise."""
    if mutants < 1:
        raise ValueError(f"--mutants must be at least 1, not {mutants}")
    sources = sorted(corpus.glob("*.pdf"))
    if not sources:
        raise ValueError(f"{corpus} holds no PDF files to make mutants from; give a folder of PDFs (for example corpus/)")
    result = fuzz(sources, mutants, seed, workers, progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(report(result))
    if json_out:
        Path(json_out).parent.mkdir(parents=True, exist_ok=True)
        Path(json_out).write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    healthy = (result["rows"] == mutants and not result["mutants_without_a_row"] and not result["dead_workers"]
               and not result["tracebacks"] and result["exit_status"] in (0, 1))
    return 0 if healthy else 1
