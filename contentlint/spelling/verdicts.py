"""Verdicts on word keys, kept between runs beside the result cache.

A table per fingerprint of everything a verdict depends on (contentlint's code, the dictionary,
the word lists), so changing any of them starts from no verdicts. Values are marshalled tuples.
"""

from __future__ import annotations

import marshal
import sqlite3
from pathlib import Path

from contentlint.spelling.lexicon import Verdict


class VerdictCache:
    def __init__(self, connection: sqlite3.Connection, fingerprint: str, known: dict[str, Verdict]) -> None:
        self._db = connection
        self._fingerprint = fingerprint
        self.known = known
        self._new: dict[str, Verdict] = {}

    @classmethod
    def open(cls, folder: Path, fingerprint: str) -> VerdictCache | None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / "spelling.sqlite", timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS verdicts (fingerprint TEXT, key TEXT, value BLOB,"
                       " PRIMARY KEY (fingerprint, key))")
            db.execute("DELETE FROM verdicts WHERE fingerprint != ?", (fingerprint,))
            rows = db.execute("SELECT key, value FROM verdicts WHERE fingerprint = ?", (fingerprint,)).fetchall()
            known: dict[str, Verdict] = {}
            for key, value in rows:
                try:
                    known[key] = marshal.loads(value)
                except (ValueError, EOFError, TypeError):
                    continue  # a damaged entry is decided again
            return cls(db, fingerprint, known)
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be opened only makes the run slower

    def put(self, key: str, verdict: Verdict) -> None:
        self.known[key] = verdict
        self._new[key] = verdict

    def close(self, used: set[str] | None = None) -> None:
        """Store new verdicts; given the keys of a run over the whole content, forget the others."""
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?)",
                    [(self._fingerprint, k, marshal.dumps(v)) for k, v in self._new.items()],
                )
                if used is not None:
                    stale = set(self.known) - used
                    self._db.executemany("DELETE FROM verdicts WHERE fingerprint = ? AND key = ?",
                                         [(self._fingerprint, k) for k in stale])
            self._db.close()
        except sqlite3.Error:
            pass
