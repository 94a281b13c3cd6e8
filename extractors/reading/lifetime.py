"""Children that die with their parent, however the parent ends.

An ingest is a tree of processes: the command (the writer), the fork server
its extraction workers come from, the workers, and each worker's reader child
(`extractors.reading.guard`). When the command ends by `kill -9`, a crash or
the out-of-memory killer, nothing of it may stay behind: an idle worker
holding the terminal's stdout for 18 minutes is a process the user has to
find and kill. Two mechanisms, because either alone has a gap:

- **the parent-death signal** (Linux `prctl(PR_SET_PDEATHSIG, SIGKILL)`): the
  kernel kills the child when the thread that forked it ends. Set only when
  that thread is the parent's main thread (a worker thread of a pool may end
  while its process lives on); the kernel clears it across `fork`, so every
  child sets its own, and checks that its parent has not already gone.
- **a pipe whose end the child watches**: the parent holds the only write
  end; when the parent's process is gone, however it ended, the kernel closes
  it, and a thread in the child that waits on the read end wakes to end of
  file and kills its own process. Where no pipe could be handed down (a pool
  process someone else started), the parent's pid is watched through a pidfd
  (Linux 5.3), else polled.

`tests/test_fault_points.py` kills the writer alone, mid-document, and looks
for any process of its tree 2 s later; `paragraf bench crash` counts them.
"""

from __future__ import annotations

import ctypes
import os
import select
import signal
import threading
import time

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 0.5  # where neither a pipe nor a pidfd can be watched

_libc = None


def _prctl():
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL(None, use_errno=True)
        except OSError:
            _libc = False
    return getattr(_libc, "prctl", None) if _libc else None


def set_parent_death_signal(expected_parent: int) -> None:
    """SIGKILL this process when its parent's forking thread ends (Linux);
    at once when the parent is already gone (`expected_parent` is not our
    parent any more)."""
    prctl = _prctl()
    if prctl is not None:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != expected_parent:
        os.kill(os.getpid(), signal.SIGKILL)


def watch_fd(fd: int, name: str = "paragraf-parent-watch", pidfd: bool = False) -> None:
    """A daemon thread that kills this process when `fd` (the read end of a
    pipe whose write end only the parent holds) reaches end of file, or (a
    pidfd) becomes readable: its process ended."""

    def watch() -> None:
        while True:
            try:
                select.select([fd], [], [])
                if pidfd or os.read(fd, 1) == b"":
                    break
            except InterruptedError:
                continue
            except OSError:
                break
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name=name, daemon=True).start()


def watch_pid(pid: int) -> None:
    """A daemon thread that kills this process when process `pid` ends:
    through a pidfd where the system has them, else by polling our parent."""
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        watch_fd(fd, "paragraf-parent-pidfd", pidfd=True)
        return

    def poll() -> None:
        while os.getppid() == pid:
            time.sleep(POLL_SECONDS)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=poll, name="paragraf-parent-poll", daemon=True).start()


_watching: set[int] = set()


def die_with_parent(parent: int, pipe_fd: int | None = None, forked_by_main_thread: bool = True) -> None:
    """Everything above, for a child of `parent`: the death signal when the
    main thread forked it, and a watch of `pipe_fd` (else of the parent's
    pid). Idempotent per process."""
    if os.getpid() in _watching:
        return
    _watching.add(os.getpid())
    if forked_by_main_thread:
        set_parent_death_signal(parent)
    elif os.getppid() != parent:
        os.kill(os.getpid(), signal.SIGKILL)
    if pipe_fd is not None:
        watch_fd(pipe_fd)
    else:
        watch_pid(parent)
    if os.getppid() != parent:  # gone while the watch was set up
        os.kill(os.getpid(), signal.SIGKILL)
