"""Link results kept between runs in SQLite, keyed by the URL as requested (after remapping).

Working links are reused until they are ``max_age`` old; failures are never reused, so a link
that was down is always asked again. ``profile`` fingerprints the settings a verdict depends on
(markers, accepted statuses…): a row checked under other settings counts as missing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from pathlib import Path

from contentlint import __version__
from contentlint.config import LinksConfig
from contentlint.links.model import LinkResult
from contentlint.messages import msg
from contentlint.state import open_cache

# What a stored result holds; a row written before a field was added (``permanent``, which
# links --fix needs) counts as missing rather than as a result without it.
_FORMAT = 2


def profile(options: LinksConfig) -> str:
    """The settings a cached verdict depends on besides its URL."""
    relevant = options.model_dump(mode="json", include={"accept", "hosts", "not_found_markers", "check_fragments"})
    return hashlib.sha256(json.dumps([__version__, _FORMAT, relevant], sort_keys=True).encode()).hexdigest()[:16]


class LinkCache:
    def __init__(self, db: sqlite3.Connection, max_age: float, profile: str) -> None:
        self._db = db
        self._max_age = max_age
        self._profile = profile
        self._new: dict[str, LinkResult] = {}

    @classmethod
    def open(cls, path: Path, max_age: float, options: LinksConfig) -> LinkCache | None:
        try:
            db = open_cache(
                path,
                "CREATE TABLE IF NOT EXISTS links (key TEXT PRIMARY KEY, profile TEXT, checked_at REAL, result TEXT);",
                "SELECT key, profile, checked_at, result FROM links LIMIT 0",
                msg("link cache", "Bağlantı önbelleği"),
            )
            return cls(db, max_age, profile(options))
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be opened only makes the run slower

    def get(self, key: str) -> LinkResult | None:
        try:
            row = self._db.execute(
                "SELECT checked_at, result FROM links WHERE key = ? AND profile = ?", (key, self._profile)
            ).fetchone()
        except sqlite3.Error:
            return None
        if row is None or not isinstance(row[0], (int, float)) or time.time() - row[0] > self._max_age:
            return None
        try:
            found = LinkResult.from_dict(json.loads(row[1]))
        except (ValueError, KeyError, TypeError):
            return None
        return found if found.ok else None

    def put(self, key: str, result: LinkResult) -> None:
        if result.ok:
            self._new[key] = result

    def close(self) -> None:
        try:
            if self._new:
                with self._db:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?)",
                        [(key, self._profile, r.checked_at, json.dumps(r.to_dict(), ensure_ascii=False))
                         for key, r in self._new.items()],
                    )
            self._db.close()
        except sqlite3.Error:
            pass
