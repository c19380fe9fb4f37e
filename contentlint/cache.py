"""Results of unchanged files, kept between runs.

Keyed by the file's bytes and path; the table is keyed by a fingerprint of contentlint's own
code, its configuration and schemas, so any change to those starts from an empty cache.
Every value is a marshalled tuple of plain values (file results: :mod:`contentlint.results`;
the catalog: :mod:`contentlint.catalog`), never a pickle: a tampered cache file can at worst
give wrong answers until the next change, never run code.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from contentlint.config import Project
from contentlint.messages import msg
from contentlint.state import open_cache

if TYPE_CHECKING:
    from contentlint.catalog import Catalog
    from contentlint.context import Context

_CATALOG_KEY = "catalog"
_MEMO_PREFIX = "memo:"

_PACKAGE = Path(__file__).parent


@functools.cache
def code_fingerprint() -> bytes:
    """Changes whenever a source file of contentlint changes (so development never sees stale results)."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(_PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.digest()


class ResultCache:
    """Per-file results (bytes from :mod:`contentlint.results`) and the loaded catalog."""

    def __init__(self, connection: sqlite3.Connection, fingerprint: str) -> None:
        self._db = connection
        self._fingerprint = fingerprint
        self._new: list[tuple[str, str, bytes]] = []
        self._used: set[str] = set()
        self._loaded: dict[str, bytes] | None = None

    @classmethod
    def open(cls, project: Project, ctx: Context) -> ResultCache | None:
        folder = project.path(project.config.cache_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            gitignore = folder / ".gitignore"
            if not gitignore.exists():
                gitignore.write_text("*\n", encoding="utf-8")
            db = open_cache(
                folder / "results.sqlite",
                "CREATE TABLE IF NOT EXISTS results (fingerprint TEXT, key TEXT, value BLOB,"
                " PRIMARY KEY (fingerprint, key));",
                "SELECT fingerprint, key, value FROM results LIMIT 0",
                msg("result cache", "Sonuç önbelleği"),
            )
            catalog = ctx.catalog_path.read_bytes() if ctx.catalog_path.is_file() else b""
            fingerprint = project.fingerprint(code_fingerprint() + ctx.schema_bytes() + catalog)
            db.execute("DELETE FROM results WHERE fingerprint != ?", (fingerprint,))
            return cls(db, fingerprint)
        except (OSError, sqlite3.Error):
            return None  # a cache that cannot be opened only makes the run slower

    def get(self, key: str) -> bytes | None:
        if self._loaded is None:
            # One query for every entry beats thousands of point queries.
            try:
                rows = self._db.execute(
                    "SELECT key, value FROM results WHERE fingerprint = ?", (self._fingerprint,)
                )
                self._loaded = dict(rows.fetchall())
            except sqlite3.Error:
                self._loaded = {}
        self._used.add(key)
        return self._loaded.get(key)

    def put(self, key: str, value: bytes) -> None:
        self._used.add(key)
        self._new.append((self._fingerprint, key, value))

    def get_memo(self) -> frozenset[str]:
        """Keys of facts learnt in earlier runs under this fingerprint (see ``Context.valid_frontmatter``)."""
        self.get(_CATALOG_KEY)  # loads every entry
        assert self._loaded is not None
        memo = [key for key in self._loaded if key.startswith(_MEMO_PREFIX)]
        self._used.update(memo)
        return frozenset(key.removeprefix(_MEMO_PREFIX) for key in memo)

    def put_memo(self, keys: set[str]) -> None:
        for key in keys:
            self.put(_MEMO_PREFIX + key, b"")

    def get_catalog(self) -> Catalog | None:
        from contentlint.catalog import decode_catalog

        blob = self.get(_CATALOG_KEY)
        return decode_catalog(blob) if blob is not None else None

    def put_catalog(self, catalog: Catalog) -> None:
        from contentlint.catalog import encode_catalog

        self.put(_CATALOG_KEY, encode_catalog(catalog))

    def close(self, *, prune: bool = False) -> None:
        """Store new entries; with ``prune`` (a run over the whole content) forget the rest."""
        try:
            with self._db:
                if self._new:
                    self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", self._new)
                if prune and self._loaded is not None and set(self._loaded) - self._used:
                    self._db.executemany(
                        "DELETE FROM results WHERE fingerprint = ? AND key = ?",
                        [(self._fingerprint, key) for key in set(self._loaded) - self._used],
                    )
            self._db.close()
        except sqlite3.Error:
            pass
