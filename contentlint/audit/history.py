"""What earlier audits saw, per URL, in SQLite (default ``.contentlint/history.sqlite``).

The database carries its schema version in ``PRAGMA user_version``; opening it applies the
missing migrations in order, inside one transaction, so a file written by an older contentlint
is upgraded in place and one written by a newer contentlint is refused rather than damaged.
Times are seconds since the epoch, taken from the caller (audits pass their clock in).

The history is precious, so every problem with it is a :class:`HistoryError` (the command line
exits 2), found as early as possible: opening checks the pages, the tables, that the file can be
written, and every stored value, before an audit spends time on the network. Saving happens in
one write transaction, which is also the lock between two audits of one history: the second
waits for the first (at most ``LOCK_TIMEOUT`` seconds), then re-reads and updates the rows in
place, so both audits count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
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
    both reset when the link works again. ``missing`` counts the audits in a row that did not
    find the link in the content (its usages are then the last ones seen).
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
    missing: int = 0


LOCK_TIMEOUT = 30.0


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


def _add_missing_v2(db: sqlite3.Connection) -> None:
    db.execute("ALTER TABLE links ADD COLUMN missing INTEGER NOT NULL DEFAULT 0")


# MIGRATIONS[i] brings a database from version i to version i + 1. Only ever append.
MIGRATIONS: tuple[Migration, ...] = (_create_v1, _add_missing_v2)

_LINK_COLUMNS = ("url, first_seen, last_checked, last_ok, failing_since, failures, state, last_status,"
                 " last_result, missing")
# Every column contentlint reads or writes; a database without them is not a history of ours.
_PROBES = (
    f"SELECT {_LINK_COLUMNS} FROM links LIMIT 0",
    "SELECT url, path, line, column, end_line, end_column, text FROM usages LIMIT 0",
    "SELECT id, finished_at, urls, broken, suspect, fixed FROM audits LIMIT 0",
)


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
        # Two audits may open a new history at once: the write lock comes first and the version
        # is read again under it, so the second finds the tables made and migrates nothing.
        db.execute("BEGIN IMMEDIATE")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
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


def _state_error(path: Path, exc: sqlite3.Error) -> HistoryError:
    """What a SQLite error means for the user of the history at ``path``."""
    text = str(exc).lower()
    if "full" in text or "i/o" in text:
        return HistoryError(msg(
            "The link history {path} could not be written ({error}; is the disk full?); it is as it was"
            " before this audit",
            "Bağlantı geçmişi {path} yazılamadı ({error_tr}; disk dolu olabilir mi?); bu denetimden önceki"
            " hâliyle duruyor",
            path=str(path), **reason(exc)))
    if "readonly" in text or "read-only" in text:
        return HistoryError(msg(
            "The link history {path} cannot be written (read-only file or folder); an audit must update it",
            "Bağlantı geçmişi {path} yazılamıyor (dosya ya da klasör salt okunur); denetimin onu güncellemesi"
            " gerekir",
            path=str(path)))
    if "locked" in text or "busy" in text:
        return HistoryError(msg(
            "Another audit has been saving the link history {path} for more than {seconds} seconds;"
            " try again when it has finished",
            "Başka bir denetim bağlantı geçmişi {path} dosyasını {seconds} saniyeden uzun süredir kaydediyor;"
            " o bitince yeniden deneyin",
            path=str(path), seconds=int(LOCK_TIMEOUT)))
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        return HistoryError(msg(
            "The link history {path} is damaged ({error}); move it away (its backup, if any, can replace it)"
            " to start a new one",
            "Bağlantı geçmişi {path} bozuk ({error_tr}); yenisini başlatmak için dosyayı başka yere taşıyın"
            " (varsa yedeği yerine konabilir)",
            path=str(path), **reason(exc)))
    return HistoryError(msg(
        "The link history {path} cannot be used: {error}", "Bağlantı geçmişi {path} kullanılamıyor: {error_tr}",
        path=str(path), **reason(exc)))


def _foreign(path: Path, detail: str) -> HistoryError:
    # The detail names SQLite's or contentlint's tables and values: it is told in English only.
    return HistoryError(msg(
        "{path} is not a contentlint link history ({error}); move it away to start a new one",
        "{path} bir contentlint bağlantı geçmişi değil; yenisini başlatmak için dosyayı başka yere taşıyın",
        path=str(path), error=detail,
    ))


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _optional_number(value: object) -> bool:
    return value is None or _number(value)


class History:
    """The history database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> History:
        """Open (or create) the history and check that an audit can use it; HistoryError if not."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=LOCK_TIMEOUT, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise HistoryError(msg(
                "Cannot open the link history {path}: {error}",
                "Bağlantı geçmişi {path} açılamadı: {error_tr}",
                path=str(path), **reason(exc),
            )) from None
        try:
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed: {check[0] if check else ''}")
            migrate(db, path, migrations)
            for probe in _PROBES:
                try:
                    db.execute(probe).fetchall()
                except sqlite3.OperationalError as exc:
                    raise _foreign(path, str(exc)) from None
            history = cls(db, path)
            history._check_writable()
            history.load()
        except sqlite3.DatabaseError as exc:
            db.close()
            if type(exc) is sqlite3.DatabaseError and "not a database" in str(exc):
                raise _foreign(path, str(exc)) from None
            raise _state_error(path, exc) from None
        except HistoryError:
            db.close()
            raise
        return history

    def _check_writable(self) -> None:
        # A real write, rolled back: the file and its folder (for the journal) must take one.
        version = self.version
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute(f"PRAGMA user_version = {version}")
        finally:
            self._db.execute("ROLLBACK")

    def __enter__(self) -> History:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @property
    def version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def locked(self) -> Iterator[None]:
        """One write transaction: other audits wait (bounded) until it ends; HistoryError on failure.
        What is read inside is what the audit's save will update."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _state_error(self.path, exc) from None
        try:
            yield
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            raise _state_error(self.path, exc) from None
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def load(self) -> dict[str, LinkHistory]:
        """Every record; HistoryError when a stored value is not one contentlint writes."""
        try:
            return self._load()
        except sqlite3.Error as exc:
            raise _state_error(self.path, exc) from None

    def _load(self) -> dict[str, LinkHistory]:
        usages: dict[str, list[Usage]] = {}
        for row in self._db.execute(
            "SELECT url, path, line, column, end_line, end_column, text FROM usages ORDER BY rowid"
        ):
            url, where, line, column, end_line, end_column, text = row
            if not (isinstance(where, str) and isinstance(text, str)
                    and all(isinstance(n, int) for n in (line, column, end_line, end_column))):
                raise _foreign(self.path, f"usages: unexpected values {row!r}"[:200])
            usages.setdefault(url, []).append(Usage(where, line, column, end_line, end_column, text))
        out: dict[str, LinkHistory] = {}
        for row in self._db.execute(
            "SELECT url, first_seen, last_checked, last_ok, failing_since, failures, state, last_result, missing"
            " FROM links"
        ):
            url, first_seen, last_checked, last_ok, failing_since, failures, state, result, missing = row
            if not (isinstance(url, str) and _number(first_seen) and isinstance(failures, int)
                    and isinstance(missing, int) and state in State._value2member_map_
                    and all(_optional_number(v) for v in (last_checked, last_ok, failing_since))
                    and (result is None or isinstance(result, str))):
                raise _foreign(self.path, f"links: unexpected values {row!r}"[:200])
            out[url] = LinkHistory(
                url=url, first_seen=first_seen, last_checked=last_checked, last_ok=last_ok,
                failing_since=failing_since, failures=failures, state=State(state),
                result=_result_from(result), usages=tuple(usages.get(url, ())), missing=missing,
            )
        return out

    def last_audit(self) -> float | None:
        row = self._db.execute("SELECT max(finished_at) FROM audits").fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def save(self, records: Iterable[LinkHistory], forget: Iterable[str], finished_at: float,
             counts: Mapping[str, int]) -> None:
        """Store one audit: each record updated in place (or added), forgotten URLs dropped, the
        audit logged; inside :meth:`locked` when given, else in a transaction of its own."""
        if not self._db.in_transaction:
            with self.locked():
                self.save(records, forget, finished_at, counts)
            return
        rows = list(records)
        try:
            self._db.executemany("DELETE FROM links WHERE url = ?", [(url,) for url in forget])
            self._db.executemany(
                f"INSERT INTO links ({_LINK_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET first_seen = excluded.first_seen,"
                " last_checked = excluded.last_checked, last_ok = excluded.last_ok,"
                " failing_since = excluded.failing_since, failures = excluded.failures, state = excluded.state,"
                " last_status = excluded.last_status, last_result = excluded.last_result,"
                " missing = excluded.missing",
                [(r.url, r.first_seen, r.last_checked, r.last_ok, r.failing_since, r.failures, r.state.value,
                  None if r.result is None else r.result.status.value, _result_json(r.result), r.missing)
                 for r in rows],
            )
            self._db.executemany("DELETE FROM usages WHERE url = ?", [(r.url,) for r in rows])
            self._db.executemany(
                "INSERT INTO usages VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(r.url, u.path, u.line, u.column, u.end_line, u.end_column, u.text) for r in rows for u in r.usages],
            )
            self._db.execute(
                "INSERT INTO audits (finished_at, urls, broken, suspect, fixed) VALUES (?, ?, ?, ?, ?)",
                (finished_at, sum(1 for r in rows if r.missing == 0), counts.get("broken", 0),
                 counts.get("suspect", 0), counts.get("fixed", 0)),
            )
        except sqlite3.Error as exc:
            raise _state_error(self.path, exc) from None
