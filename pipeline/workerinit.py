"""What every extraction worker of the local engine does first.

Ctrl-C on a terminal reaches the whole process group, but only the writer
decides how an ingest stops, so a worker (and the reader children it forks)
ignores SIGINT; the writer stops a worker with SIGTERM, on which the worker
kills its reader child and leaves at once. A worker dies with the writer
however the writer ends (`extractors.reading.lifetime`): its parent, the fork
server, leaves when the writer is gone, which sends the worker its
parent-death signal, and the worker watches a pipe whose write end only the
writer holds. Light on purpose: the writer imports it to hand its name to the
process pool."""

from __future__ import annotations

import os
import signal


def start_worker(writer_alive=None) -> None:
    """`writer_alive`: the read end (a multiprocessing Connection) of the
    writer's pipe, which reaches end of file when the writer is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    me = os.getpid()
    from extractors.reading import lifetime

    lifetime.die_with_parent(os.getppid(), writer_alive.fileno() if writer_alive is not None else None)
    start_worker.writer_alive = writer_alive  # kept open for the life of the worker

    def stop(signum, frame) -> None:
        if os.getpid() == me:  # not in a reader child that inherited this handler
            from extractors.reading import guard

            for reader in list(guard._readers.values()):
                if reader.pid is not None:
                    try:
                        os.kill(reader.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
        os._exit(143)

    signal.signal(signal.SIGTERM, stop)
