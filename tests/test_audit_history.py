"""The history database: what it keeps between audits, its schema version and its migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from contentlint.audit.history import MIGRATIONS, History, HistoryError, LinkHistory, State, Usage
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import msg

URL = "https://www.stgm.org.tr/node/20247"
BROKEN = LinkResult(URL, LinkStatus.BROKEN, "CL402", msg("Server error {code}", "Sunucu hatası {code}", code=500),
                    http_status=500)
RECORD = LinkHistory(
    URL, first_seen=100.0, last_checked=300.0, last_ok=200.0, failing_since=300.0, failures=1,
    state=State.SUSPECT, result=BROKEN,
    usages=(Usage("content/answers/a.md", 6, 3, 6, 40, "Gönüllü Yönetimi"),
            Usage("content/answers/b.md", 9, 1, 9, 38, "")),
)


def test_a_new_history_is_created_at_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "history.sqlite"
    with History.open(path) as history:
        assert history.version == len(MIGRATIONS)
        assert history.load() == {}
        assert history.last_audit() is None
    assert path.is_file()


def test_records_round_trip_and_audits_are_logged(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with History.open(path) as history:
        history.save([RECORD], [], 300.0, {"suspect": 1})
    with History.open(path) as history:
        assert history.load() == {URL: RECORD}
        assert history.last_audit() == 300.0
        assert history.load()[URL].result.reason.render("tr") == "Sunucu hatası 500"  # type: ignore[union-attr]


def test_saving_replaces_usages_and_forgets_links(tmp_path: Path) -> None:
    other = LinkHistory("https://example.org/", first_seen=1.0, usages=(Usage("a.md", 1, 1, 1, 2, "x"),))
    with History.open(tmp_path / "h.sqlite") as history:
        history.save([RECORD, other], [], 1.0, {})
        moved = LinkHistory(URL, first_seen=100.0, state=State.OK, usages=(Usage("c.md", 2, 2, 2, 9, "y"),))
        history.save([moved], [other.url], 2.0, {})
        assert history.load() == {URL: moved}
        assert history.last_audit() == 2.0


def test_older_databases_are_migrated_in_place(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with History.open(path) as history:
        history.save([RECORD], [], 300.0, {})

    def add_notes(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE links ADD COLUMN note TEXT")

    with History.open(path, (*MIGRATIONS, add_notes)) as history:
        assert history.version == len(MIGRATIONS) + 1
        assert history.load() == {URL: RECORD}


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with History.open(path) as history:
        history.save([RECORD], [], 300.0, {})

    def broken(db: sqlite3.Connection) -> None:
        db.execute("ALTER TABLE links ADD COLUMN note TEXT")
        db.execute("THIS IS NOT SQL")

    with pytest.raises(HistoryError):
        History.open(path, (*MIGRATIONS, broken))
    with History.open(path) as history:
        assert history.version == len(MIGRATIONS)
        assert history.load() == {URL: RECORD}


def test_a_history_from_a_newer_contentlint_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    with History.open(path):
        pass
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    with pytest.raises(HistoryError) as raised:
        History.open(path)
    assert "newer contentlint" in raised.value.message.render("en")
    assert "güncelleyin" in raised.value.message.render("tr")


def test_a_file_that_is_not_a_database_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite"
    path.write_text("not a database at all, just some text " * 50, encoding="utf-8")
    with pytest.raises(HistoryError) as raised:
        History.open(path)
    assert str(path) in raised.value.message.render("tr")
    assert "geçmişi değil" in raised.value.message.render("tr")
