"""`paragraf schedule`: scheduled ingestion as a service.

The first round runs at once, then one every `--every` seconds or at each
time `--cron` names. A round is a Prefect flow run of `scheduled_ingest`
(fetch what the portal has that staging lacks, ingest the inbox and staging),
recorded by the Prefect server PREFECT_API_URL names. Each round prints one
line: files found, loaded, skipped, failed, new watch hits, and when the next
round comes.

Each round runs in a child process (`python -m pipeline.round`) of its own
session, so stopping is in this process's hands: SIGTERM (what systemd and
`docker stop` send) or SIGINT (Ctrl-C) between rounds ends the schedule at
once; during a round the child is asked to stop as `paragraf ingest` is on
Ctrl-C (the documents in hand are saved whole), and killed if it has not
within `STOP_SECONDS` (a killed ingest loses nothing committed: the next run
finishes it). No further round starts, no traceback is printed, and the
exit status is 0: a service stopped on request.

A file that fails is reported once, and again only when it changes (other
bytes, another error): an empty PDF in the inbox does not fill the log.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Callable

STOP_SECONDS = 1.0  # a round asked to stop is killed after this long (the schedule exits within 2 s)
POLL_SECONDS = 0.1


@dataclass
class Plan:
    db: str
    inbox: str | None
    portal: str | None
    staging: str | None
    every: float | None = None  # seconds between round starts, or …
    cron: str | None = None  # … a cron expression (local time)


def next_round(plan: Plan, started: dt.datetime, now: dt.datetime) -> dt.datetime:
    """When the round after one started at `started` begins: `every` seconds
    after that start (at once if the round took longer), else the next time
    the cron expression names after `now`."""
    if plan.every:
        return max(started + dt.timedelta(seconds=plan.every), now)
    from cronsim import CronSim

    return next(CronSim(plan.cron, now.replace(second=0, microsecond=0)))


@dataclass
class Reported:
    """The failures already told, by path: told again only when they change."""

    told: dict[str, tuple[str, str]] = field(default_factory=dict)

    def new(self, failures: list[dict]) -> list[dict]:
        fresh = []
        for f in failures:
            key = (f.get("document_id") or "", f.get("error_code") or "")
            if self.told.get(f["path"]) != key:
                self.told[f["path"]] = key
                fresh.append(f)
        return fresh


class Schedule:
    def __init__(self, plan: Plan, say: Callable[[str], None] = print, warn: Callable[[str], None] | None = None) -> None:
        self.plan, self.say = plan, say
        self.warn = warn or (lambda line: print(line, file=sys.stderr, flush=True))
        self.stopping = threading.Event()
        self.child: subprocess.Popen | None = None
        self.reported = Reported()
        self.passed_over: set[str] = set()

    # ------------------------------------------------------------ signals

    def on_signal(self, signum, frame) -> None:
        if not self.stopping.is_set():
            name = signal.Signals(signum).name
            os.write(2, f"paragraf: {name}: stopping the schedule; no further round.\n".encode())
        self.stopping.set()

    def run(self) -> int:
        previous = {s: signal.signal(s, self.on_signal) for s in (signal.SIGTERM, signal.SIGINT)}
        rounds = 0
        try:
            while not self.stopping.is_set():
                started = dt.datetime.now()
                outcome = self.round()
                if self.stopping.is_set():
                    if outcome is not None:
                        self.say(self.line(started, outcome, None))
                    break
                rounds += 1
                upcoming = next_round(self.plan, started, dt.datetime.now())
                self.say(self.line(started, outcome, upcoming))
                self.stopping.wait(max(0.0, (upcoming - dt.datetime.now()).total_seconds()))
        finally:
            for s, handler in previous.items():
                signal.signal(s, handler)
        self.warn(f"paragraf: schedule stopped after {rounds} round{'s' if rounds != 1 else ''}.")
        return 0

    # ------------------------------------------------------------ one round

    def round(self) -> dict | None:
        """Run one round in a child process; its outcome ({'summary': …} or
        {'error': …}), or None when it was stopped before it said."""
        plan = self.plan
        command = [sys.executable, "-m", "pipeline.round", "--db", plan.db]
        for flag, value in (("--inbox", plan.inbox), ("--portal", plan.portal), ("--staging", plan.staging)):
            if value:
                command += [flag, value]
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            env = os.environ | {"PREFECT_LOGGING_LEVEL": os.environ.get("PREFECT_LOGGING_LEVEL", "WARNING")}
            self.child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env,
                                          start_new_session=True)
            try:
                self._wait_or_stop(self.child)
            finally:
                self.child = None
            out.seek(0)
            err.seek(0)
            said = [line for line in out.read().decode("utf-8", "replace").splitlines() if line.startswith("{")]
            if said:
                return json.loads(said[-1])
            if self.stopping.is_set():
                return None
            last = [line for line in err.read().decode("utf-8", "replace").splitlines() if line.strip()]
            return {"error": last[-1] if last else "the round ended without a word"}

    def _wait_or_stop(self, child: subprocess.Popen) -> None:
        while True:
            try:
                child.wait(timeout=POLL_SECONDS)
                return
            except subprocess.TimeoutExpired:
                pass
            if self.stopping.is_set():
                break
        _signal_group(child, signal.SIGINT)  # as Ctrl-C on `paragraf ingest`: the documents in hand are saved
        try:
            child.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            _signal_group(child, signal.SIGKILL)
            child.wait()

    # ------------------------------------------------------------ what a round says

    def line(self, started: dt.datetime, outcome: dict | None, upcoming: dt.datetime | None) -> str:
        then = f"; next round at {upcoming:%H:%M}" + (f" ({upcoming:%Y-%m-%d})" if upcoming.date() != started.date() else "") \
            if upcoming else "; stopped, no further round"
        if outcome is None:
            return f"{started:%H:%M:%S} round stopped before it finished{then}"
        if "error" in outcome:
            return f"{started:%H:%M:%S} round failed: {outcome['error']}{then}"
        s = outcome["summary"]
        for note in s.get("passed_over", []):
            if note not in self.passed_over:
                self.passed_over.add(note)
                self.warn(f"passed over: {note}")
        failed = [f for f in s["files"] if f["outcome"] == "failed"]
        for f in self.reported.new(failed):
            self.warn(f"failed [{f['error_code']}]: {f['error']}")
        for note in s.get("warnings", []):
            self.warn(f"warning: {note}")
        news = sum(s.get("watch_news", {}).values())
        watched = f", {news} new watch hit{'s' if news != 1 else ''}" if news else ""
        return (f"{started:%H:%M:%S} round: found {len(s['files'])} files, loaded {s['ok']}, skipped {s['skipped']}, "
                f"failed {s['failed']}{watched} ({s['seconds']:.1f} s){then}")


def _signal_group(child: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(child.pid, signum)
    except (ProcessLookupError, PermissionError):
        pass
