"""What every extraction worker of the local engine does first.

Ctrl-C on a terminal reaches the whole process group, but only the writer
decides how an ingest stops, so a worker (and the reader children it forks)
ignores SIGINT; the writer stops a worker with SIGTERM, on which the worker
kills its reader child and leaves at once. Light on purpose: the writer
imports it to hand its name to the process pool."""

from __future__ import annotations

import os
import signal


def start_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    me = os.getpid()

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
