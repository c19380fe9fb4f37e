"""What earlier audits saw, per URL, in SQLite (default ``.contentlint/history.sqlite``).

The database carries its schema version in ``PRAGMA user_version``; opening it applies the
missing migrations in order, inside one transaction, so a file written by an older contentlint
is upgraded in place and one written by a newer contentlint is refused rather than damaged.
Times are seconds since the epoch, taken from the caller (audits pass their clock in).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from contentlint.links.model import LinkResult
from contentlint.messages import Message, msg, reason


class State(StrEnum):
    """What the last audit reported for a URL."""

    OK = "ok"
    SUSPECT = "suspect"
    BROKEN = "broken"


@dataclass(frozen=True, slots=True)
class Usage:
    """One place a URL is written: the answer file, the 1-based position and the link text."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True, slots=True)
class LinkHistory:
    """Everything the audits remember about one URL.

    ``failing_since`` is the first failure of the current streak and ``failures`` its length;
    both reset when the link works again.
    """

    url: str
    first_seen: float
    last_checked: float | None = None
    last_ok: float | None = None
    failing_since: float | None = None
    failures: int = 0
    state: State = State.OK
    result: LinkResult | None = None
    usages: tuple[Usage, ...] = ()


class HistoryError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


Migration = Callable[[sqlite3.Connection], None]


def _create_v1(db: sqlite3.Connection) -> None:
    db.execute(
        "CREATE TABLE links (url TEXT PRIMARY KEY, first_seen REAL NOT NULL, last_checked REAL,"
        " last_ok REAL, failing_since REAL, failures INTEGER NOT NULL DEFAULT 0,"
        " state TEXT NOT NULL, last_status TEXT, last_result TEXT)"
    )
    db.execute(
        "CREATE TABLE usages (url TEXT NOT NULL REFERENCES links (url) ON DELETE CASCADE,"
        " path TEXT NOT NULL, line INTEGER NOT NULL, column INTEGER NOT NULL,"
        " end_line INTEGER NOT NULL, end_column INTEGER NOT NULL, text TEXT NOT NULL)"
    )
    db.execute("CREATE INDEX usages_by_url ON usages (url)")
    db.execute(
        "CREATE TABLE audits (id INTEGER PRIMARY KEY, finished_at REAL NOT NULL, urls INTEGER NOT NULL,"
        " broken INTEGER NOT NULL, suspect INTEGER NOT NULL, fixed INTEGER NOT NULL)"
    )


# MIGRATIONS[i] brings a database from version i to version i + 1. Only ever append.
MIGRATIONS: tuple[Migration, ...] = (_create_v1,)


def migrate(db: sqlite3.Connection, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> None:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        raise HistoryError(msg(
            "{path} was written by a newer contentlint (history version {found}, this one knows {known});"
            " update contentlint",
            "{path} daha yeni bir contentlint ile yazılmış (geçmiş sürümü {found}, bu sürüm en çok {known});"
            " contentlint'i güncelleyin",
            path=str(path), found=version, known=len(migrations),
        ))
    if version == len(migrations):
        return
    with db:
        db.execute("BEGIN")
        for step in migrations[version:]:
            step(db)
        # PRAGMA takes no parameters; the value is an int we computed.
        db.execute(f"PRAGMA user_version = {len(migrations)}")


def _result_json(result: LinkResult | None) -> str | None:
    return None if result is None else json.dumps(result.to_dict(), ensure_ascii=False)


def _result_from(text: str | None) -> LinkResult | None:
    if text is None:
        return None
    try:
        return LinkResult.from_dict(json.loads(text))
    except (ValueError, KeyError, TypeError):
        return None  # a result stored by another version is only context; the state still holds


class History:
    """The history database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> History:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(msg(
                "Cannot open the link history {path}: {error}",
                "Bağlantı geçmişi {path} açılamadı: {error_tr}",
                path=str(path), **reason(exc),
            )) from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            migrate(db, path, migrations)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise HistoryError(msg(
                "{path} is not a contentlint link history ({error}); move it away to start a new one",
                "{path} bir contentlint bağlantı geçmişi değil ({error_tr}); yenisini başlatmak için "
                "dosyayı başka yere taşıyın",
                path=str(path), **reason(exc),
            )) from None
        except HistoryError:
            db.close()
            raise
        return cls(db, path)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def load(self) -> dict[str, LinkHistory]:
        usages: dict[str, list[Usage]] = {}
        for url, *fields in self._db.execute(
            "SELECT url, path, line, column, end_line, end_column, text FROM usages ORDER BY rowid"
        ):
            usages.setdefault(url, []).append(Usage(*fields))
        return {
            url: LinkHistory(
                url=url, first_seen=first_seen, last_checked=last_checked, last_ok=last_ok,
                failing_since=failing_since, failures=failures, state=State(state),
                result=_result_from(result), usages=tuple(usages.get(url, ())),
            )
            for url, first_seen, last_checked, last_ok, failing_since, failures, state, result in self._db.execute(
                "SELECT url, first_seen, last_checked, last_ok, failing_since, failures, state, last_result"
                " FROM links"
            )
        }

    def last_audit(self) -> float | None:
        row = self._db.execute("SELECT max(finished_at) FROM audits").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def save(self, records: Iterable[LinkHistory], forget: Iterable[str], finished_at: float,
             counts: Mapping[str, int]) -> None:
        """Store one audit at once: every record replaced, forgotten URLs dropped, the audit logged."""
        rows = list(records)
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM links WHERE url = ?", [(url,) for url in forget])
            self._db.executemany("DELETE FROM usages WHERE url = ?", [(r.url,) for r in rows])
            self._db.executemany(
                "INSERT OR REPLACE INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(r.url, r.first_seen, r.last_checked, r.last_ok, r.failing_since, r.failures, r.state.value,
                  None if r.result is None else r.result.status.value, _result_json(r.result)) for r in rows],
            )
            self._db.executemany(
                "INSERT INTO usages VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.url, u.path, u.line, u.column, u.end_line, u.end_column, u.text) for r in rows for u in r.usages],
            )
            self._db.execute(
                "INSERT INTO audits (finished_at, urls, broken, suspect, fixed) VALUES (?, ?, ?, ?, ?)",
                (finished_at, len(rows), counts.get("broken", 0), counts.get("suspect", 0), counts.get("fixed", 0)),
            )
