"""Progress reporting: a Rich bar on a terminal, nothing otherwise; a Prefect
flow run adds a line per file to its run log (`LogReporter`, `Both`)."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Protocol


class Reporter(Protocol):
    def start(self, files: int) -> None: ...

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None: ...

    def finish(self) -> None: ...


class NullReporter:
    def start(self, files: int) -> None:
        pass

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        pass

    def finish(self) -> None:
        pass


class RichReporter:
    """Files done of all, pages read, failures so far, on one line of stderr."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[pages]} pages · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = None
        self._pages = 0
        self._failed = 0

    def start(self, files: int) -> None:
        self._progress.start()
        self._task = self._progress.add_task("ingest", total=files, pages=0, failed=0)

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        self._pages += pages
        self._failed += outcome == "failed"
        self._progress.update(self._task, advance=1, pages=self._pages, failed=self._failed)

    def finish(self) -> None:
        self._progress.stop()


class LogReporter:
    """One line per file on a logger (a Prefect run logger: the run's log in the UI)."""

    def __init__(self, logger) -> None:
        self._logger = logger

    def start(self, files: int) -> None:
        self._logger.info("%d files offered", files)

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        if outcome == "failed":
            self._logger.warning("failed %s %s", path, detail)
        else:
            self._logger.info("%s %s%s", outcome, path, f" ({pages} pages)" if pages else "")

    def finish(self) -> None:
        pass


class Both:
    """Two reporters, each told everything."""

    def __init__(self, first: Reporter, second: Reporter) -> None:
        self._all = (first, second)

    def start(self, files: int) -> None:
        for r in self._all:
            r.start(files)

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        for r in self._all:
            r.advance(path, outcome, pages=pages, detail=detail)

    def finish(self) -> None:
        for r in self._all:
            r.finish()


# The reporter is context, not a flow parameter: flow parameters are recorded
# by the Prefect API and must be plain data.
_current: ContextVar["Reporter"] = ContextVar("paragraf_reporter", default=NullReporter())


def current_reporter() -> Reporter:
    return _current.get()


@contextmanager
def reporting(reporter: Reporter) -> Iterator[Reporter]:
    token = _current.set(reporter)
    try:
        yield reporter
    finally:
        _current.reset(token)
