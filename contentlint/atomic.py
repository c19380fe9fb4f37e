"""Replacing a file in one step, and the temporary files that makes.

New bytes go to a temporary file in the target's folder, which then replaces the target by
rename, so a crash or a full disk never leaves half a file. The temporary file's name says who
made it (``.NAME.contentlint-PID-RANDOM.tmp``): it is removed when the process is stopped by
SIGINT, SIGTERM or SIGHUP (the command line turns those into exceptions, so ``finally`` runs),
and one left behind by a process that no longer exists (SIGKILL, power loss) is removed by the
next run that looks into that folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

_MARK = ".contentlint-"
_STALE = re.compile(r"^\..+\.contentlint-(\d+)-[^.]+\.tmp$")
_STOPPING = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@contextlib.contextmanager
def temporary_beside(target: Path) -> Iterator[tuple[IO[bytes], Path]]:
    """A new temporary file in ``target``'s folder, open for writing; removed on the way out
    unless the caller has renamed it (see :func:`commit`)."""
    # Between creating the file and knowing its name a stop signal would leave it behind.
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPPING)
    try:
        import tempfile  # only when a file is written (start-up of a plain check)

        handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}{_MARK}{os.getpid()}-",
                                        suffix=".tmp")
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream, path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def new_file_mode(target: Path) -> int:
    """The permission bits ``target`` has, or a new file would get from open() (0666 less the
    umask); a temporary file is made private (0600) and must be given these before it replaces."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def commit(stream: IO[bytes], temporary: Path, target: Path) -> None:
    """Make the bytes written so far durable, then put them in ``target``'s place."""
    stream.flush()
    os.fsync(stream.fileno())
    os.replace(temporary, target)


def remove_stale(folders: Iterable[Path]) -> None:
    """Remove temporary files that a contentlint process which no longer runs left here."""
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            match = _STALE.match(entry.name)
            if match is None or _alive(int(match[1])):
                continue
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


class Stopped(BaseException):
    """Raised in the main thread by a stop signal, so that every ``finally`` runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def stop_signals_raise() -> Iterator[None]:
    """While inside, SIGTERM and SIGHUP raise :class:`Stopped` (SIGINT already raises
    KeyboardInterrupt); handlers someone else installed, or an ignored signal, are left alone."""

    def stop(signum: int, _frame: object) -> None:
        raise Stopped(signum)

    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers (and receives the signals)
        return
    changed = [signum for signum in (signal.SIGTERM, signal.SIGHUP) if signal.getsignal(signum) is signal.SIG_DFL]
    for signum in changed:
        signal.signal(signum, stop)
    try:
        yield
    finally:
        for signum in changed:
            signal.signal(signum, signal.SIG_DFL)
