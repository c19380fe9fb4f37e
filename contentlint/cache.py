"""Results of unchanged files, kept between runs.

Keyed by the file's bytes and path; the table is keyed by a fingerprint of contentlint's own
code, its configuration and schemas, so any change to those starts from an empty cache.
Entries are pickled: the file lives in the project's own cache folder and is written only by
contentlint.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contentlint.config import Project

if TYPE_CHECKING:
    from contentlint.context import Context

_PACKAGE = Path(__file__).parent


def code_fingerprint() -> bytes:
    """Changes whenever a source file of contentlint changes (so development never sees stale results)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(_PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.digest()


class ResultCache:
    def __init__(self, connection: sqlite3.Connection, fingerprint: str) -> None:
        self._db = connection
        self._fingerprint = fingerprint
        self._new: list[tuple[str, str, bytes]] = []
        self._loaded: dict[str, bytes] | None = None

    @classmethod
    def open(cls, project: Project, ctx: Context) -> ResultCache | None:
        folder = project.path(project.config.cache_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            gitignore = folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            db = sqlite3.connect(folder / "results.sqlite", timeout=5)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS results (fingerprint TEXT, key TEXT, value BLOB,"
                " PRIMARY KEY (fingerprint, key))"
            )
            catalog = ctx.catalog_path.read_bytes() if ctx.catalog_path.is_file() else b""
            fingerprint = project.fingerprint(code_fingerprint() + ctx.schema_bytes() + catalog)
            db.execute("DELETE FROM results WHERE fingerprint != ?", (fingerprint,))
            return cls(db, fingerprint)
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be opened only makes the run slower

    def get(self, key: str) -> Any:
        if self._loaded is None:
            # One query for every entry beats thousands of point queries.
            try:
                rows = self._db.execute(
                    "SELECT key, value FROM results WHERE fingerprint = ?", (self._fingerprint,)
                )
                self._loaded = dict(rows.fetchall())
            except sqlite3.Error:
                self._loaded = {}
        blob = self._loaded.get(key)
        if blob is None:
            return None
        try:
            return pickle.loads(blob)
        except Exception:
            return None

    def put(self, key: str, value: Any) -> None:
        self._new.append((self._fingerprint, key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)))

    def close(self) -> None:
        try:
            if self._new:
                with self._db:
                    self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._new)
            self._db.close()
        except sqlite3.Error:
            pass
