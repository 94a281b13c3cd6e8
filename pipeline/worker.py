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

_started_by, _, _how = os.environ.get("PARAGRAF_FORK_SERVER_OF", "").partition(":")
if _started_by and _started_by != str(os.getpid()):  # the fork server (workers inherit this module, loaded)
    from extractors.reading import lifetime

    # first: loading takes seconds, and a watching thread may wait that long for the interpreter;
    # an ingest already gone (killed while this started) means leaving at once
    lifetime.die_with_parent(int(_started_by), forked_by_main_thread=_how == "main")

from pipeline.extract import warm_up  # noqa: E402

warm_up()
