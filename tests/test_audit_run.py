"""Audits end to end: real HTTP on 127.0.0.1 through the link engine's remap, history on disk."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from contentlint.audit.classify import Section
from contentlint.audit.command import default_checker
from contentlint.audit.history import History, State
from contentlint.audit.report import AuditReport
from contentlint.audit.run import audit
from contentlint.config import Project
from contentlint.outputs import history_path
from tests.conftest import HEADER, make_project

DAY = 86_400.0
T0 = 1_785_000_000.0  # 2026-07-25
BODY = (
    "Bilgi için [çalışan sayfa](https://links.example/ok) bakın.\n\n"
    "Ayrıca [geçici hata veren sayfa](https://links.example/flaky) ve\n"
    "[silinmiş sayfa](https://links.example/gone) var.\n"
)
ServerFactory = Callable[..., Awaitable[TestServer]]


class Site:
    """A test server whose /flaky page fails or works as the test says."""

    def __init__(self) -> None:
        self.flaky_fails = True
        self.hits: dict[str, int] = {}

    def app(self) -> web.Application:
        async def page(request: web.Request) -> web.Response:
            name = request.match_info["name"]
            self.hits[name] = self.hits.get(name, 0) + 1
            if name == "gone":
                return web.Response(status=404, text="<title>Yok</title>", content_type="text/html")
            if name == "flaky" and self.flaky_fails:
                return web.Response(status=500, text="<title>Hata</title>", content_type="text/html")
            return web.Response(text=f"<html><title>Sayfa {name}</title><body>metin</body></html>",
                                content_type="text/html")

        app = web.Application()
        app.router.add_get("/{name}", page)
        return app


@pytest.fixture
async def site(aiohttp_server: ServerFactory) -> tuple[Site, int]:
    state = Site()
    server = await aiohttp_server(state.app(), host="127.0.0.1")
    return state, server.port


def project_for(root: Path, port: int, **audit: Any) -> Project:
    config = {
        "cache": False,
        "links": {"remap": [rf"^https://links\.example/ http://127.0.0.1:{port}/"], "retries": 0},
        "audit": audit,
    }
    return make_project(root, {"content/answers/a.md": HEADER + BODY}, config)


async def run_once(project: Project, when: float) -> AuditReport:
    with History.open(history_path(project)) as history:
        return await audit(project, default_checker(project, "tr"), history, clock=lambda: when,
                           fail_after=project.config.audit.fail_after)


def sections(report: AuditReport) -> dict[str, str]:
    return {e.url.rsplit("/", 1)[-1]: e.section.value for e in report.entries}


async def test_a_link_that_fails_once_is_suspect_then_fixed_and_a_404_is_broken_at_once(
        site: tuple[Site, int], tmp_path: Path) -> None:
    state, port = site
    project = project_for(tmp_path, port)

    first = await run_once(project, T0)
    assert sections(first) == {"flaky": "suspect", "gone": "newly_broken"}
    assert first.exit_code == 1 and first.broken == 1
    assert first.urls == 3 and first.files == 1

    state.flaky_fails = False
    second = await run_once(project, T0 + 7 * DAY)
    assert sections(second) == {"flaky": "fixed", "gone": "still_broken"}
    gone = second.section(Section.STILL_BROKEN)[0]
    assert gone.since == T0 and gone.record.failures == 2
    assert [(u.path, u.line, u.text) for u in gone.usages] == [("content/answers/a.md", 9, "silinmiş sayfa")]
    fixed = second.section(Section.FIXED)[0]
    assert fixed.since == T0  # it had been failing since the first audit
    assert second.previous_audit == T0
    assert state.hits == {"ok": 2, "flaky": 2, "gone": 2}


async def test_a_link_that_keeps_failing_becomes_broken_on_the_second_audit(
        site: tuple[Site, int], tmp_path: Path) -> None:
    _, port = site
    project = project_for(tmp_path, port)
    await run_once(project, T0)
    second = await run_once(project, T0 + 7 * DAY)
    assert sections(second) == {"flaky": "newly_broken", "gone": "still_broken"}
    with History.open(history_path(project)) as history:
        flaky = history.load()["https://links.example/flaky"]
    assert (flaky.state, flaky.failures, flaky.failing_since, flaky.last_checked) == (
        State.BROKEN, 2, T0, T0 + 7 * DAY)


async def test_only_suspect_links_do_not_fail_the_audit(site: tuple[Site, int], tmp_path: Path) -> None:
    _, port = site
    project = project_for(tmp_path, port, fail_after=3)
    (tmp_path / "content/answers/a.md").write_text(HEADER + "[x](https://links.example/flaky)\n", encoding="utf-8")
    report = await run_once(project, T0)
    assert sections(report) == {"flaky": "suspect"}
    assert report.exit_code == 0


async def test_a_broken_link_removed_from_the_content_is_fixed_and_forgotten(
        site: tuple[Site, int], tmp_path: Path) -> None:
    _, port = site
    project = project_for(tmp_path, port)
    await run_once(project, T0)
    (tmp_path / "content/answers/a.md").write_text(HEADER + "[x](https://links.example/ok)\n", encoding="utf-8")
    assert sections(await run_once(project, T0 + DAY)) == {}  # missed once: no evidence yet
    with History.open(history_path(project)) as history:
        kept = history.load()["https://links.example/gone"]
    assert (kept.state, kept.failing_since, kept.failures, kept.missing) == (State.BROKEN, T0, 1, 1)
    report = await run_once(project, T0 + 2 * DAY)
    assert sections(report) == {"flaky": "fixed", "gone": "fixed"}
    assert all(e.removed for e in report.entries)
    assert "kaldırılmış" in report.entries[0].problem().render("tr")
    with History.open(history_path(project)) as history:
        assert set(history.load()) == {"https://links.example/ok"}


@pytest.mark.parametrize(
    ("body", "audit_config"),
    [
        ("<!-- contentlint-disable-next-line CL401 -->\n[silinmiş sayfa](https://links.example/gone)\n", {}),
        ("[silinmiş sayfa](https://links.example/gone)\n", {"ignore": ["CL401"]}),
        ("[silinmiş sayfa](https://links.example/gone)\n", {"per_path_ignores": {"content/answers/*.md": ["CL401"]}}),
    ],
)
async def test_links_silenced_for_check_are_silent_in_the_audit_too(
        site: tuple[Site, int], tmp_path: Path, body: str, audit_config: dict[str, Any]) -> None:
    _, port = site
    config = {"cache": False, **audit_config,
              "links": {"remap": [rf"^https://links\.example/ http://127.0.0.1:{port}/"], "retries": 0}}
    project = make_project(tmp_path, {"content/answers/a.md": HEADER + body}, config)
    report = await run_once(project, T0)
    assert report.entries == [] and report.exit_code == 0
    with History.open(history_path(project)) as history:
        assert history.load() == {}


async def test_silencing_a_broken_link_drops_it_without_calling_it_fixed(
        site: tuple[Site, int], tmp_path: Path) -> None:
    _, port = site
    project = project_for(tmp_path, port)
    await run_once(project, T0)
    answer = tmp_path / "content/answers/a.md"
    answer.write_text(answer.read_text("utf-8").replace(
        "[silinmiş", "<!-- contentlint-disable-next-line CL401 -->\n[silinmiş"), encoding="utf-8")
    report = await run_once(project, T0 + DAY)
    assert sections(report) == {"flaky": "newly_broken"}
