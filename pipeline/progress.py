"""Progress reporting: a Rich bar on a terminal, nothing otherwise; a Prefect
flow run adds a line per file to its run log (`LogReporter`, `Both`).

The bar's estimate is by bytes, not files: the engines read the largest files
first, so the first minutes finish few files and a count would stand still.
Before any file is read the estimate comes from a prior rate
(`PRIOR_BYTES_PER_SECOND` per worker, what this machine reads of a mixed batch
with scans), then from the bytes read so far; between two files it counts
down. The file being read is the next not yet done in the order the engine
takes them (largest first)."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterator, Protocol


PRIOR_BYTES_PER_SECOND = 100_000  # per worker: 31 MB of real PDFs, a third of them scans, in about 3 min on two


class Reporter(Protocol):
    def start(self, files: int) -> None: ...

    def plan(self, sizes: dict[str, int], workers: int) -> None: ...

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None: ...

    def finish(self) -> None: ...


class NullReporter:
    def start(self, files: int) -> None:
        pass

    def plan(self, sizes: dict[str, int], workers: int) -> None:
        pass

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        pass

    def finish(self) -> None:
        pass


class Estimate:
    """Bytes to read, bytes read, and what that says about the time left."""

    def __init__(self, clock=None) -> None:
        import time

        self.clock = clock or time.monotonic
        self.started = self.clock()
        self.order: list[str] = []  # the files to read, in the order the engine takes them
        self.sizes: dict[str, int] = {}
        self.done: set[str] = set()
        self.workers = 1
        self.read_at: float | None = None  # when the last file was read

    def plan(self, sizes: dict[str, int], workers: int) -> None:
        self.sizes = dict(sizes)
        self.order = sorted(sizes, key=lambda p: sizes[p], reverse=True)
        self.workers = max(1, min(workers, len(sizes) or 1))

    def advance(self, path: str) -> None:
        if path in self.sizes:
            self.done.add(path)
            self.read_at = self.clock()

    def current(self) -> list[str]:
        """The files being read now: the next ones not yet done, one per worker."""
        return [p for p in self.order if p not in self.done][: self.workers]

    def seconds_left(self) -> float | None:
        total = sum(self.sizes.values())
        if not total:
            return None
        read = sum(self.sizes[p] for p in self.done)
        now = self.clock()
        if read and self.read_at and self.read_at - self.started > 0:
            rate = read / (self.read_at - self.started)
            since = now - self.read_at
        else:
            rate = PRIOR_BYTES_PER_SECOND * self.workers
            since = now - self.started
        return max(1.0, (total - read) / rate - since) if read < total else 0.0


class RichReporter:
    """Files done of all, pages read, failures so far, the file being read and
    the time left, on one line of stderr."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[pages]} pages · {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("· {task.fields[eta]} · {task.fields[current]}"),
            console=Console(stderr=True),
            transient=True,
            refresh_per_second=2,
        )
        self._task = None
        self._pages = 0
        self._failed = 0
        self.estimate = Estimate()
        self._ticker = None

    def start(self, files: int) -> None:
        import threading

        self._progress.start()
        self._task = self._progress.add_task("ingest", total=files, pages=0, failed=0, eta="", current="")
        self._stop = threading.Event()
        self._ticker = threading.Thread(target=self._tick, daemon=True, name="paragraf-progress")
        self._ticker.start()

    def plan(self, sizes: dict[str, int], workers: int) -> None:
        self.estimate.plan(sizes, workers)
        self._show()

    def advance(self, path: str, outcome: str, pages: int = 0, detail: str = "") -> None:
        self._pages += pages
        self._failed += outcome == "failed"
        self.estimate.advance(path)
        self._progress.update(self._task, advance=1, pages=self._pages, failed=self._failed)
        self._show()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            self._show()

    def _show(self) -> None:
        if self._task is not None:
            self._progress.update(self._task, eta=eta_text(self.estimate.seconds_left()),
                                  current=", ".join(short(p) for p in self.estimate.current()))

    def finish(self) -> None:
        if self._ticker is not None:
            self._stop.set()
        self._progress.stop()


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return f"about {max(1, round(seconds))} s left"
    minutes, _ = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"about {hours} h {minutes:02d} min left" if hours else f"about {minutes} min left"


def short(path: str, width: int = 40) -> str:
    name = path.rsplit("/", 1)[-1]
    return name if len(name) <= width else name[: width - 1] + "…"


class LogReporter:
    """One line per file on a logger (a Prefect run logger: the run's log in the UI)."""

    def __init__(self, logger) -> None:
        self._logger = logger

    def start(self, files: int) -> None:
        self._logger.info("%d files offered", files)

    def plan(self, sizes: dict[str, int], workers: int) -> None:
        pass

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

    def plan(self, sizes: dict[str, int], workers: int) -> None:
        for r in self._all:
            getattr(r, "plan", lambda *_: None)(sizes, workers)

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
