"""An archived copy for a dead link: one Wayback Machine availability request per dead URL, as advice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from contentlint.cli import main
from tests.conftest import HEADER, make_project
from tests.links_fakeweb import Stats, serve_in_thread, site_app

ANSWER = "content/answers/a.md"
SITE = "https://www.example.org"
SNAPSHOT = "https://web.archive.org/web/20240105093000/https://www.example.org/missing/rehber"


def wayback_app(stats: Stats) -> web.Application:
    """archive.org's availability API: a snapshot for /missing/rehber (200) and /removed/x (only a 302)."""
    async def available(request: web.Request) -> web.Response:
        stats.requests[(request.method, request.path_qs)] += 1
        url = request.query.get("url", "")
        if url.endswith("/broken-api"):
            return web.Response(status=503)
        closest: dict[str, Any] | None = None
        if url == f"{SITE}/missing/rehber":
            closest = {"status": "200", "available": True, "timestamp": "20240105093000",
                       "url": "http://web.archive.org/web/20240105093000/https://www.example.org/missing/rehber"}
        elif url == f"{SITE}/always-500/rapor":
            closest = {"status": "200", "available": True, "timestamp": "20230101000000",
                       "url": f"http://web.archive.org/web/20230101000000/{url}"}
        elif url == f"{SITE}/removed/x":
            closest = {"status": "302", "available": True, "timestamp": "20200101000000",
                       "url": "http://web.archive.org/web/20200101000000/https://www.example.org/removed/x"}
        snapshots = {"closest": closest} if closest else {}
        return web.json_response({"url": url, "archived_snapshots": snapshots})

    app = web.Application()
    app.router.add_get("/wayback/available", available)
    return app


class Web:
    def __init__(self, ports: dict[str, int], site: Stats, archive: Stats) -> None:
        self.site, self.archive = site, archive
        self.args = [
            "--remap", f"^https://www\\.example\\.org/ http://127.0.0.1:{ports['site']}/",
            "--remap", f"^https://archive\\.org/ http://127.0.0.1:{ports['archive']}/",
            "--no-progress",
        ]


@pytest.fixture
def net() -> Iterator[Web]:
    site, archive = Stats(), Stats()
    apps = {"site": site_app(SITE, site), "archive": wayback_app(archive)}
    with serve_in_thread(apps) as ports:
        yield Web(ports, site, archive)


def run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str, name: str = "json") -> Any:
    monkeypatch.chdir(root)
    out = root / f"report.{name}"
    main([*args, "--format", f"{name}:{out}"])
    text = out.read_text("utf-8")
    return json.loads(text) if name in ("json", "sarif") else text


TEXT = HEADER + (f"[Rehber]({SITE}/missing/rehber) [Aynı rehber]({SITE}/missing/rehber#bolum)\n\n"
                 f"[Eski]({SITE}/removed/x) [Hiç arşivlenmemiş]({SITE}/missing/hic)\n\n"
                 f"[Çalışan]({SITE}/ok/sayfa) [Arşiv bozuk]({SITE}/missing/broken-api)\n\n"
                 f"[Belki geçici]({SITE}/always-500/rapor)\n")


def test_a_dead_link_gets_its_closest_200_snapshot_as_advice(
        tmp_path: Path, net: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {ANSWER: TEXT})
    diagnostics = run(tmp_path, monkeypatch, "links", "--archive", "--lang", "en", "--no-cache", "--retries", "0",
                      *net.args)["diagnostics"]
    fixes = {(d["url"], d["rule"]): d["fix"] for d in diagnostics}
    advice = {"description": f"An archived copy: {SNAPSHOT}", "edits": []}
    assert fixes[(f"{SITE}/missing/rehber", "CL401")] == advice
    assert fixes[(f"{SITE}/missing/rehber#bolum", "CL401")] == advice
    # Only a redirect was archived, nothing at all, or the archive failed: no advice.
    assert fixes[(f"{SITE}/removed/x", "CL401")] is None
    assert fixes[(f"{SITE}/missing/hic", "CL401")] is None
    assert fixes[(f"{SITE}/missing/broken-api", "CL401")] is None
    # One request per dead URL (the fragment does not make another); none for the working link,
    # none for a failure that may pass (a 500): only an audit's history can call that one dead.
    assert fixes[(f"{SITE}/always-500/rapor", "CL402")] is None
    asked = sorted(path for (_, path), n in net.archive.requests.items() for _ in range(n))
    assert len(asked) == len(set(asked)) == 4
    assert not any("ok%2Fsayfa" in path or "always-500" in path for path in asked)


def test_the_archive_is_asked_only_when_asked_for(tmp_path: Path, net: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {ANSWER: TEXT})
    diagnostics = run(tmp_path, monkeypatch, "links", "--no-cache", "--retries", "0", *net.args)["diagnostics"]
    assert all(d["fix"] is None for d in diagnostics)
    diagnostics = run(tmp_path, monkeypatch, "check", "--links", "--no-archive", "--no-cache", "--retries", "0",
                      *net.args)["diagnostics"]
    assert all(d["fix"] is None for d in diagnostics if d["category"] == "link")
    assert net.archive.total == 0


def test_the_answer_is_cached_and_fix_never_writes_it(
        tmp_path: Path, net: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + f"[Rehber]({SITE}/missing/rehber)\n"
    make_project(tmp_path, {ANSWER: text})
    run(tmp_path, monkeypatch, "links", "--archive", *net.args)
    assert net.archive.total == 1
    sarif = run(tmp_path, monkeypatch, "links", "--archive", "--fix", "--lang", "tr", *net.args, name="sarif")
    assert net.archive.total == 1 and net.site.count("/missing/rehber") == 2  # the dead link itself is asked again
    [result] = sarif["runs"][0]["results"]
    assert f"Arşivdeki kopyası: {SNAPSHOT}" in result["message"]["text"] and "fixes" not in result
    assert (tmp_path / ANSWER).read_text("utf-8") == text
    markdown = run(tmp_path, monkeypatch, "links", "--archive", "--lang", "en", *net.args, name="markdown")
    assert f"An archived copy: {SNAPSHOT}" in markdown


def test_audit_looks_archived_copies_up_by_default(tmp_path: Path, net: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {ANSWER: HEADER + f"[Rehber]({SITE}/missing/rehber) [Rapor]({SITE}/always-500/rapor)\n"})
    monkeypatch.chdir(tmp_path)

    def audit(*extra: str) -> dict[str, tuple[str, str | None]]:
        main(["audit", "--retries", "0", *extra, *net.args, "--format", "json:audit.json", "--html", "audit.html"])
        links = json.loads((tmp_path / "audit.json").read_text("utf-8"))["audit"]["links"]
        return {link["url"].rsplit("/", 2)[1]: (link["section"], link["archived"]) for link in links}

    # The 404 is dead at once; the 500 is suspect, and gets no lookup until it counts as broken.
    assert audit() == {"missing": ("newly_broken", SNAPSHOT), "always-500": ("suspect", None)}
    assert f'href="{SNAPSHOT}"' in (tmp_path / "audit.html").read_text("utf-8")
    assert net.archive.total == 1
    assert audit() == {"missing": ("still_broken", SNAPSHOT), "always-500": (
        "newly_broken", f"https://web.archive.org/web/20230101000000/{SITE}/always-500/rapor")}
    assert net.archive.total == 2  # the first answer came from the link cache
    assert audit("--no-archive") == {"missing": ("still_broken", None), "always-500": ("still_broken", None)}
    assert net.archive.total == 2
