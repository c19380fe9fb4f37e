"""Verdicts on word keys, kept between runs beside the result cache.

Rows are keyed by a fingerprint of everything a verdict depends on (contentlint's code, the
dictionary, the word lists), so changing any of them starts afresh. Verdicts are marshalled
tuples; beside them, the digests of the word sets (a file's words) found clean, which a warm run
checks instead of the words.
"""

from __future__ import annotations

import marshal
import sqlite3
from pathlib import Path

from contentlint.spelling.wordlists import Verdict


class VerdictCache:
    def __init__(self, connection: sqlite3.Connection, fingerprint: str, known: dict[str, Verdict],
                 clean: set[str]) -> None:
        self._db = connection
        self._fingerprint = fingerprint
        self.known = known
        self.clean = clean
        self._new: dict[str, Verdict] = {}
        self._new_clean: set[str] = set()

    @classmethod
    def open(cls, folder: Path, fingerprint: str) -> VerdictCache | None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(folder / "spelling.sqlite", timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS verdicts (fingerprint TEXT, key TEXT, value BLOB,"
                       " PRIMARY KEY (fingerprint, key))")
            db.execute("CREATE TABLE IF NOT EXISTS clean (fingerprint TEXT, digest TEXT,"
                       " PRIMARY KEY (fingerprint, digest))")
            db.execute("DELETE FROM verdicts WHERE fingerprint != ?", (fingerprint,))
            db.execute("DELETE FROM clean WHERE fingerprint != ?", (fingerprint,))
            clean = {row[0] for row in db.execute("SELECT digest FROM clean WHERE fingerprint = ?", (fingerprint,))}
            rows = db.execute("SELECT key, value FROM verdicts WHERE fingerprint = ?", (fingerprint,)).fetchall()
            known: dict[str, Verdict] = {}
            for key, value in rows:
                try:
                    known[key] = marshal.loads(value)
                except (ValueError, EOFError, TypeError):
                    continue  # a damaged entry is decided again
            return cls(db, fingerprint, known, clean)
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be opened only makes the run slower

    def put(self, key: str, verdict: Verdict) -> None:
        self.known[key] = verdict
        self._new[key] = verdict

    def put_clean(self, digest: str) -> None:
        self.clean.add(digest)
        self._new_clean.add(digest)

    def close(self, used: set[str] | None = None) -> None:
        """Store what is new; given the clean digests a run over the whole content used, forget
        the others (verdicts are kept: they are few, and valid as long as the fingerprint)."""
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?)",
                    [(self._fingerprint, k, marshal.dumps(v)) for k, v in self._new.items()],
                )
                self._db.executemany("INSERT OR REPLACE INTO clean VALUES (?, ?)",
                                     [(self._fingerprint, d) for d in self._new_clean])
                if used is not None:
                    self._db.executemany("DELETE FROM clean WHERE fingerprint = ? AND digest = ?",
                                         [(self._fingerprint, d) for d in self.clean - used])
            self._db.close()
        except sqlite3.Error:
            pass
