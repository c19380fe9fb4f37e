"""`contentlint audit` from the command line, against local servers reached through --remap."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from contentlint.cli import main
from tests.conftest import HEADER, make_project
from tests.links_fakeweb import serve_in_thread

BODY = (
    "Bilgi için [çalışan sayfa](https://links.example/ok) bakın.\n\n"
    "Ayrıca [geçici hata veren sayfa](https://links.example/flaky) ve\n"
    "[silinmiş sayfa](https://links.example/gone) var.\n"
)


class Site:
    def __init__(self) -> None:
        self.flaky_fails = True

    def app(self) -> web.Application:
        async def page(request: web.Request) -> web.Response:
            name = request.match_info["name"]
            if name == "gone":
                return web.Response(status=404, text="<title>Yok</title>", content_type="text/html")
            if name == "flaky" and self.flaky_fails:
                return web.Response(status=503, text="<title>Bakım</title>", content_type="text/html")
            return web.Response(text=f"<title>Sayfa {name}</title>", content_type="text/html")

        app = web.Application()
        app.router.add_get("/{name}", page)
        return app


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Site, list[str]]]:
    make_project(tmp_path, {"content/answers/a.md": HEADER + BODY})
    (tmp_path / "contentlint.toml").write_text("[links]\nretries = 0\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    state = Site()
    with serve_in_thread({"site": state.app()}) as ports:
        yield state, ["--remap", rf"^https://links\.example/ http://127.0.0.1:{ports['site']}/", "--no-progress",
                      "--lang", "tr", "--format", "json:audit.json", "--format", "markdown:audit.md",
                      "--html", "report/link-audit.html"]


def sections(root: Path) -> dict[str, str]:
    data: dict[str, Any] = json.loads((root / "audit.json").read_text("utf-8"))
    return {link["url"].rsplit("/", 1)[-1]: link["section"] for link in data["audit"]["links"]}


def test_two_audits_a_blip_is_suspect_then_fixed_a_404_broken_at_once(
        site: tuple[Site, list[str]], tmp_path: Path) -> None:
    state, args = site
    assert main(["audit", *args]) == 1
    assert sections(tmp_path) == {"flaky": "suspect", "gone": "newly_broken"}
    assert "### ❌ Yeni bozulan bağlantılar (1)" in (tmp_path / "audit.md").read_text("utf-8")
    page = (tmp_path / "report/link-audit.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and "https://links.example/gone" in page
    assert (tmp_path / ".contentlint/history.sqlite").is_file()

    state.flaky_fails = False
    assert main(["audit", *args]) == 1
    assert sections(tmp_path) == {"flaky": "fixed", "gone": "still_broken"}

    # One audit that misses a link is no evidence that it was fixed; the second is.
    (tmp_path / "content/answers/a.md").write_text(HEADER + "[x](https://links.example/ok)\n", encoding="utf-8")
    assert main(["audit", *args]) == 0
    assert sections(tmp_path) == {}
    assert main(["audit", *args]) == 0
    assert sections(tmp_path) == {"gone": "fixed"}


def test_suspect_links_alone_exit_0(site: tuple[Site, list[str]], tmp_path: Path) -> None:
    _, args = site
    (tmp_path / "content/answers/a.md").write_text(HEADER + "[x](https://links.example/flaky)\n", encoding="utf-8")
    assert main(["audit", *args]) == 0
    assert main(["audit", "--fail-after", "3", *args]) == 0
    assert sections(tmp_path) == {"flaky": "suspect"}
    assert main(["audit", *args]) == 1
    assert sections(tmp_path) == {"flaky": "newly_broken"}


def test_history_path_from_the_configuration_and_the_command_line(
        site: tuple[Site, list[str]], tmp_path: Path) -> None:
    _, args = site
    (tmp_path / "contentlint.toml").write_text("[links]\nretries = 0\n[audit]\nhistory = 'data/links.sqlite'\n",
                                               encoding="utf-8")
    main(["audit", *args])
    assert (tmp_path / "data/links.sqlite").is_file()
    main(["audit", "--history", "elsewhere.sqlite", *args])
    rows = sqlite3.connect(tmp_path / "elsewhere.sqlite").execute("SELECT url, failures FROM links").fetchall()
    assert sorted(rows) == [("https://links.example/flaky", 1), ("https://links.example/gone", 1),
                            ("https://links.example/ok", 0)]


def test_a_damaged_history_is_a_usage_error_without_traceback(
        site: tuple[Site, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, args = site
    (tmp_path / ".contentlint").mkdir()
    (tmp_path / ".contentlint/history.sqlite").write_text("çöp " * 400, encoding="utf-8")
    assert main(["audit", *args]) == 2
    err = capsys.readouterr().err
    assert "bağlantı geçmişi değil" in err and "Traceback" not in err


@pytest.mark.parametrize("value", ["0", "-1", "iki"])
def test_fail_after_must_be_a_positive_number(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["audit", "--fail-after", value])
    assert raised.value.code == 2
    assert "at least 1" in capsys.readouterr().err
