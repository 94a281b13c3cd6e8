"""Imported once by the fork server that extraction workers are forked from
(`pipeline.ingest.worker_context`): the readers, the rules and the spaCy
matchers are loaded here, so every worker and every per-file child starts
with them and with nothing else (no DuckDB, no Arrow, no Prefect).

The fork server leaves by itself when the ingest that started it is gone, but
only once it has loaded all of this (seconds), and by a normal interpreter
exit, which with all of this loaded takes a second or more; so before
loading anything it takes the parent-death signal (when the ingest's main
thread started it) and watches that process (`PARAGRAF_FORK_SERVER_OF`, set
by the ingest), and is killed at once when it ends, and its workers with it
(their parent-death signal: `extractors.reading.lifetime`)."""

import os

def _started_by_ingest() -> int | None:
    """The ingest that started this fork server, when it did (and is not gone)."""
    started_by, _, _ = os.environ.get("PARAGRAF_FORK_SERVER_OF", "").partition(":")
    if not started_by.isdigit() or int(started_by) == os.getpid():
        return None
    if int(started_by) == os.getppid():
        return int(started_by)
    if _gone(int(started_by)):
        return int(started_by)  # killed while this started: die_with_parent leaves at once
    return None  # alive, and not our parent: not ours to watch


def _gone(pid: int) -> bool:
    """Whether `pid` has ended: no such process, or a zombie not yet reaped
    (killed while this started, its own parent not yet waiting on it:
    `os.kill(pid, 0)` still succeeds on a zombie, and this fork server, taking
    it for someone else's, would load everything and outlive it by seconds)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            state = stat.read().rpartition(b")")[2].split()[0]
    except (OSError, IndexError):
        return False
    return state in (b"Z", b"X")


if (_ingest := _started_by_ingest()) is not None:  # the fork server (workers inherit this module, loaded)
    from extractors.reading import lifetime

    # first: loading takes seconds, and a watching thread may wait that long for the interpreter
    lifetime.die_with_parent(_ingest, forked_by_main_thread=os.environ["PARAGRAF_FORK_SERVER_OF"].endswith(":main"))

from pipeline.extract import warm_up  # noqa: E402

warm_up()
