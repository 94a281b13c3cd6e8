"""Named fault points: where a crash test may kill an ingest.

`PARAGRAF_CRASH_AT=<point>` makes an ingest kill itself with SIGKILL when it
reaches that point (`<point>:<n>`: the n-th time it does, in one process), so
that a test can kill a run exactly where a power cut or `kill -9` would hurt
most, then read the warehouse, run the ingest again and compare it with a run
that was never interrupted (`paragraf bench crash`, tests/test_fault_points.py).
A point reached in a worker or a reader child kills the ingest's main process
(the writer), not only itself: the children must then die on their own.

It lives at the bottom of the rooms because every room has a point: the
reading child, the warehouse's migrations and publishes, the writer's loop.
Unset (the normal case), `crash_point` is one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "PARAGRAF_CRASH_AT"
PID_ENV = "PARAGRAF_CRASH_PID"  # the ingest's main process: what a point in a child kills

# every point, in the order a run reaches them, with what has happened there
POINTS: dict[str, str] = {
    "after-walk": "the paths walked and hashed, nothing read yet",
    "worker-mid-document": "an extraction worker's reader child is reading a document",
    "after-commit": "a load's transaction committed (documents stored; matters not yet settled, nothing published)",
    "after-last-load": "the writer's last load committed (each document with its search rows); matters not yet settled, the index's levels not yet merged",
    "after-index": "the search index brought up to date at the run's end (unindexed documents indexed, levels merged) and committed, not yet checkpointed or published",
    "during-publish": "a read snapshot made beside the warehouse, not yet put in place",
    "publish-swapped": "a new read snapshot in place, its record (<db>.snapshot.json) not yet written",
    "after-publish": "a read snapshot published whole (after a load, or the run's last)",
    "after-run-record": "the run recorded in ingest_runs, its last snapshot not yet published",
    "during-migration": "a migration's statements applied inside its transaction, the migration not yet recorded",
}

_reached: dict[str, int] = {}


def crash_point(name: str) -> None:
    """Kill the ingest here with SIGKILL when PARAGRAF_CRASH_AT names this
    point (and this is the n-th time it is reached, for `<point>:<n>`)."""
    wanted = os.environ.get(ENV)
    if not wanted or not os.environ.get(PID_ENV):
        return  # armed by an ingest only (pipeline.ingest sets PID_ENV): never in a reader
    if name not in POINTS:
        raise ValueError(f"no fault point named {name!r}")
    point, _, nth = wanted.partition(":")
    if point != name:
        return
    _reached[name] = _reached.get(name, 0) + 1
    if _reached[name] < max(1, int(nth or 1)):
        return
    target = int(os.environ[PID_ENV])
    try:
        os.kill(target, signal.SIGKILL)
    except ProcessLookupError:
        pass
    if target != os.getpid():
        return  # a child: it dies with its parent, as it must whenever the parent dies
    signal.pause()  # SIGKILL is on its way


def arm(pid: int) -> None:
    """Called by an ingest as it starts (before its workers): points fire in
    this process and its children, and kill process `pid`."""
    if os.environ.get(ENV):
        os.environ[PID_ENV] = str(pid)


def check(value: str | None) -> str | None:
    """PARAGRAF_CRASH_AT as given, or a one-line reason it names no point."""
    if not value:
        return None
    point, _, nth = value.partition(":")
    if point not in POINTS or (nth and not nth.isdigit()):
        return (f"{ENV}={value!r} names no fault point; use one of {', '.join(POINTS)} "
                "(optionally ':N' for the N-th time it is reached)")
    return None
