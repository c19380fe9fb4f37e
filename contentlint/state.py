"""Opening contentlint's own SQLite caches, and what the user must hear about them.

A cache only saves time, so a damaged one is set aside (never deleted: it may be someone's
evidence) and rebuilt, and the user is told once, in the run that found it. Notices collect
here and the command line prints them on standard error at the end of the run.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from contentlint.messages import Message, msg, reason

_NOTICES: list[Message] = []


def notify(message: Message) -> None:
    if message not in _NOTICES:
        _NOTICES.append(message)


def drain_notices() -> list[Message]:
    """The notices of this run, each once; the list is emptied."""
    out = list(_NOTICES)
    _NOTICES.clear()
    return out


def set_aside(path: Path) -> Path:
    """Rename a damaged state file to a free ``NAME.corrupt[.N]`` beside it, with its journal."""
    target = path.with_name(path.name + ".corrupt")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.corrupt.{number}")
    os.replace(path, target)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return target


def open_cache(path: Path, schema: str, probe: str, what: Message) -> sqlite3.Connection:
    """A connection to the cache at ``path`` with ``schema`` created; a file that is not a
    healthy SQLite database, or whose tables do not answer ``probe`` (a query naming every
    column used), is set aside and replaced by an empty one (one notice).

    Raises OSError or sqlite3.Error when even a new cache cannot be made.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return _connect(path, schema, probe)
    except sqlite3.DatabaseError as exc:
        if type(exc) is sqlite3.OperationalError and not _damaged(exc):
            raise
        moved = set_aside(path)
        notify(msg(
            "The {what} {path} was damaged ({error}); it was moved to {moved} and a new one was started",
            "{what_tr} {path} bozuktu ({error_tr}); {moved} adıyla kenara alındı ve yenisi başlatıldı",
            what=what.render("en"), what_tr=what.render("tr"), path=str(path), moved=str(moved), **reason(exc),
        ))
        return _connect(path, schema, probe)


def _damaged(exc: sqlite3.OperationalError) -> bool:
    # "database is locked" or "unable to open" say nothing about the file's content.
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def _connect(path: Path, schema: str, probe: str) -> sqlite3.Connection:
    db = sqlite3.connect(path, timeout=5)
    try:
        db.execute("PRAGMA journal_mode=WAL")
        check = db.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"database disk image is malformed: {check[0] if check else ''}")
        db.executescript(schema)
        try:
            db.execute(probe).fetchall()
        except sqlite3.OperationalError as exc:
            raise sqlite3.DatabaseError(f"not a contentlint cache: {exc}") from None
    except BaseException:
        db.close()
        raise
    return db
