"""The audit history is never lost silently: state problems exit 2 before the network work, an
empty content folder leaves the history alone, and two audits at once both count."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from aiohttp import web

from contentlint.audit.command import default_checker
from contentlint.audit.history import History, State
from contentlint.audit.run import audit
from contentlint.cli import main
from contentlint.config import Project, parse_config
from tests.conftest import HEADER, REPO, make_project
from tests.links_fakeweb import serve_in_thread

BODY = "[çalışan](https://links.example/ok), [bakımda](https://links.example/flaky), [silinmiş](https://links.example/gone)\n"
HISTORY = ".contentlint/history.sqlite"


class Site:
    def __init__(self) -> None:
        self.hits = 0

    def app(self) -> web.Application:
        async def page(request: web.Request) -> web.Response:
            self.hits += 1
            name = request.match_info["name"]
            if name == "gone":
                return web.Response(status=404, text="<title>Yok</title>", content_type="text/html")
            if name.startswith("flaky"):
                return web.Response(status=500, text="<title>Hata</title>", content_type="text/html")
            return web.Response(text=f"<title>Sayfa {name}</title>", content_type="text/html")

        app = web.Application()
        app.router.add_get("/{name}", page)
        return app


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Site, list[str]]]:
    make_project(tmp_path, {"content/answers/a.md": HEADER + BODY})
    (tmp_path / "contentlint.toml").write_text("cache = false\n[links]\nretries = 0\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C")
    state = Site()
    with serve_in_thread({"site": state.app()}) as ports:
        yield state, ["--remap", rf"^https://links\.example/ http://127.0.0.1:{ports['site']}/", "--no-progress",
                      "--format", "json:audit.json"]


def _rows(root: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(root / HISTORY) as db:
        return sorted(db.execute("SELECT url, first_seen, failing_since, failures, state FROM links"))


def _refused(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    err = capsys.readouterr().err
    assert "Traceback" not in err and all(word in err for word in words), err


# --- item 3: an empty content folder -------------------------------------------------------------

def test_an_audit_that_finds_no_links_leaves_the_history_alone_and_exits_2(
        site: tuple[Site, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, args = site
    assert main(["audit", *args]) == 1
    before = _rows(tmp_path)
    report = (tmp_path / "audit.json").read_bytes()
    (tmp_path / "content/answers/a.md").unlink()  # a failed checkout
    capsys.readouterr()
    assert main(["audit", *args]) == 2
    _refused(capsys, "No links were found", "knows 3")
    assert _rows(tmp_path) == before
    assert (tmp_path / "audit.json").read_bytes() == report
    assert main(["audit", "--lang", "tr", *args]) == 2
    _refused(capsys, "hiç bağlantı bulunamadı")


def test_a_link_missing_from_one_audit_keeps_its_streak(site: tuple[Site, list[str]], tmp_path: Path) -> None:
    _, args = site
    answer = tmp_path / "content/answers/a.md"
    assert main(["audit", *args]) == 1
    answer.write_text(HEADER + "[çalışan](https://links.example/ok)\n", encoding="utf-8")  # half a checkout
    assert main(["audit", *args]) == 0
    assert json.loads((tmp_path / "audit.json").read_text("utf-8"))["audit"]["links"] == []
    answer.write_text(HEADER + BODY, encoding="utf-8")
    assert main(["audit", *args]) == 1
    links = {link["url"].rsplit("/", 1)[-1]: link for link in
             json.loads((tmp_path / "audit.json").read_text("utf-8"))["audit"]["links"]}
    assert links["flaky"]["section"] == "newly_broken"  # its second failure, not a fresh first one
    assert links["gone"]["section"] == "still_broken"


# --- item 4: state problems are exit 2, found before the network ---------------------------------

def _damage_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096:] = b"\x5a" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def _foreign_values(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE links SET state = 'dunno'")


def _foreign_tables(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE links (address TEXT)")
        db.execute("PRAGMA user_version = 2")


Spoil = Callable[[Path], None]


@pytest.mark.parametrize(("spoil", "said"), [
    (_damage_pages, "damaged"),
    (_foreign_values, "not a contentlint link history"),
    (_foreign_tables, "not a contentlint link history"),
])
def test_a_spoilt_history_exits_2_before_any_request_and_keeps_the_reports(
        site: tuple[Site, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        spoil: Spoil, said: str) -> None:
    state, args = site
    assert main(["audit", *args]) == 1
    report = (tmp_path / "audit.json").read_bytes()
    spoil(tmp_path / HISTORY)
    spoilt = (tmp_path / HISTORY).read_bytes()
    hits = state.hits
    capsys.readouterr()
    assert main(["audit", *args]) == 2
    _refused(capsys, said, HISTORY)
    assert state.hits == hits
    assert (tmp_path / "audit.json").read_bytes() == report
    assert (tmp_path / HISTORY).read_bytes() == spoilt


@contextlib.contextmanager
def _read_only(path: Path) -> Iterator[Path]:
    """The file made read-only for this user (for root, immutable)."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a file read-only for root here")
        yield path
        subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        yield path


def test_a_read_only_history_exits_2_before_any_request(
        site: tuple[Site, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state, args = site
    assert main(["audit", *args]) == 1
    report = (tmp_path / "audit.json").read_bytes()
    hits = state.hits
    capsys.readouterr()
    with _read_only(tmp_path / HISTORY):
        assert main(["audit", *args]) == 2
    _refused(capsys, "cannot be written")
    assert state.hits == hits
    assert (tmp_path / "audit.json").read_bytes() == report


_FULL_DISK_AUDIT = """
import resource, signal, sys
size = int(sys.argv[1])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
from contentlint.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_full_disk_while_saving_exits_2_and_keeps_the_history(
        site: tuple[Site, list[str]], tmp_path: Path) -> None:
    state, args = site
    assert main(["audit", *args]) == 1
    before = _rows(tmp_path)
    hits = state.hits
    many = "".join(f"[sayfa {i}](https://links.example/page{i}-{'x' * 200})\n" for i in range(300))
    (tmp_path / "content/answers/a.md").write_text(HEADER + BODY + many, encoding="utf-8")
    limit = (tmp_path / HISTORY).stat().st_size
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_AUDIT, str(limit), "audit", *args[:-2]], cwd=tmp_path,
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert done.returncode == 2, done.stderr
    assert "could not be written" in done.stderr and "disk full" in done.stderr
    assert "Traceback" not in done.stderr
    assert state.hits > hits  # the links were checked: the disk filled while saving
    assert _rows(tmp_path) == before


def test_an_audit_report_never_overwrites_the_history(
        site: tuple[Site, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, args = site
    assert main(["audit", *args]) == 1
    history = (tmp_path / HISTORY).read_bytes()
    capsys.readouterr()
    assert main(["audit", *args, "--html", HISTORY]) == 2
    _refused(capsys, "link history")
    assert (tmp_path / HISTORY).read_bytes() == history
    assert main(["audit", *args, "--format", "markdown:content/answers/a.md"]) == 2
    assert (tmp_path / "content/answers/a.md").read_text("utf-8") == HEADER + BODY


# --- item 19: two audits at once ------------------------------------------------------------------

class MeetingHistory(History):
    """Both audits meet here, between reading the history and saving it (when the lock lets them)."""

    meeting = threading.Barrier(2, timeout=3)

    def last_audit(self) -> float | None:
        with contextlib.suppress(threading.BrokenBarrierError):  # the other audit is held by the lock
            self.meeting.wait()
        return super().last_audit()


def test_two_audits_at_once_both_count(site: tuple[Site, list[str]], tmp_path: Path) -> None:
    _, args = site
    port = args[1].rsplit(":", 1)[1].split("/")[0]
    project = Project(tmp_path, parse_config({
        "cache": False, "links": {"retries": 0, "remap": [rf"^https://links\.example/ http://127.0.0.1:{port}/"]},
    }, "test"), None)
    path = tmp_path / HISTORY
    MeetingHistory.meeting.reset()
    failures: list[BaseException] = []

    def one_audit(when: float) -> None:
        try:
            with MeetingHistory.open(path) as history:
                asyncio.run(audit(project, default_checker(project, "en", progress=False), history,
                                  clock=lambda: when))
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)

    threads = [threading.Thread(target=one_audit, args=(1000.0 + i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert [f.message.render("en") if hasattr(f, "message") else repr(f) for f in failures] == []
    with History.open(path) as history:
        flaky = history.load()["https://links.example/flaky"]
        assert (flaky.failures, flaky.state) == (2, State.BROKEN)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM audits").fetchone()[0] == 2

