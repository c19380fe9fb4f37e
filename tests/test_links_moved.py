"""`links --fix` and `check --links --fix`: moved links rewritten to where they lead, only when safe.

A local site plays a site that moved its pages; every refusal (temporary redirect, home, login or
consent page, soft 404, another site, a permanent redirect followed by a temporary one…) is a
link the fix must leave byte for byte.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from contentlint.cli import main
from tests.conftest import HEADER, ORIGINAL_ANSWER, make_project
from tests.links_fakeweb import Stats, page, serve_in_thread, site_app
from tests.test_links_cli import COMMONS, NODE, Hosts, hosts  # noqa: F401 (the fixture of the real answer's hosts)

ANSWER = "content/answers/a.md"
SITE = "https://www.example.org"


def moving_app(stats: Stats) -> web.Application:
    """www.example.org after a reorganisation (http:// and https:// are served alike)."""
    moves: dict[str, tuple[int, str]] = {
        "/old": (301, f"{SITE}/new"),
        "/old-308": (308, "/new"),
        "/temp": (302, "/new"),
        "/see-other": (303, "/new"),
        "/temp-307": (307, "/new"),
        "/to-home": (301, "/"),
        "/to-login": (301, "/user/login"),
        "/to-consent": (301, "https://consent.example.org/?continue=x"),
        "/to-cookies": (301, "/cookie-consent?return=/new"),
        "/elsewhere": (301, "https://other.example.net/new"),
        "/to-soft": (301, "/soft"),
        "/to-missing": (301, "/gone"),
        "/perm-then-temp": (301, "/middle"),
        "/middle": (302, "/new"),
        "/to-odd": (301, "/new(1)"),
        "/to-youtube": (301, "https://www.youtube.com/watch?v=I_FEZm8FcKU"),
    }

    async def handle(request: web.Request) -> web.StreamResponse:
        stats.requests[(request.method, request.path_qs)] += 1
        if request.path in moves:
            status, location = moves[request.path]
            return web.Response(status=status, headers={"Location": location})
        if request.path == "/soft":
            return web.Response(text=page("Page not found"), content_type="text/html")
        if request.path == "/gone":
            return web.Response(text=page("Gone"), status=404, content_type="text/html")
        title = {"/": "Example", "/user/login": "Log in"}.get(request.path, "Yeni Sayfa")
        return web.Response(text=page(title), content_type="text/html")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def insecure_app() -> web.Application:
    """http://www.example.org: every address moves to its https:// form."""
    async def handle(request: web.Request) -> web.Response:
        return web.Response(status=301, headers={"Location": f"{SITE}{request.path_qs}"})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def ok_app() -> web.Application:
    async def handle(request: web.Request) -> web.Response:
        return web.Response(text=page("Başka bir site"), content_type="text/html")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


class Web:
    def __init__(self, ports: dict[str, int], stats: Stats) -> None:
        self.stats = stats
        local = {name: f"http://127.0.0.1:{port}/" for name, port in ports.items()}
        rules = [
            ("^http://www\\.example\\.org/", local["http"]),
            ("^https://www\\.example\\.org/", local["site"]),
            ("^https://(consent\\.example\\.org|other\\.example\\.net|www\\.youtube\\.com)/", local["other"]),
            ("^https://www\\.stgm\\.org\\.tr/", local["stgm"]),
        ]
        self.args = [a for pattern, target in rules for a in ("--remap", f"{pattern} {target}")]
        self.args += ["--no-progress", "--no-cache"]


@pytest.fixture
def site() -> Iterator[Web]:
    stats = Stats()
    apps = {"site": moving_app(stats), "http": insecure_app(), "other": ok_app(),
            "stgm": site_app("https://www.stgm.org.tr", Stats(),
                             titles={"/alias-20247": "Gönüllü Yönetimi | STGM"})}
    with serve_in_thread(apps) as ports:
        yield Web(ports, stats)


def run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]]]:
    monkeypatch.chdir(root)
    out = root / "report.json"
    code = main([*args, "--lang", "en", "--format", f"json:{out}"])
    return code, json.loads(out.read_text("utf-8"))["diagnostics"] if out.exists() else []


# (as written, as fixed): the link text, the fragment and the rest of the line stay.
REWRITTEN = [
    (f"[Yeni]({SITE}/old)", f"[Yeni]({SITE}/new)"),
    (f"[Bölüm]({SITE}/old#bolum-2) sonra", f"[Bölüm]({SITE}/new#bolum-2) sonra"),
    (f"[308]({SITE}/old-308)", f"[308]({SITE}/new)"),
    ("[Düz](http://www.example.org/plain)", f"[Düz]({SITE}/plain)"),
    ("[Gönüllü Yönetimi](https://www.stgm.org.tr/node/20247)",
     "[Gönüllü Yönetimi](https://www.stgm.org.tr/alias-20247)"),
]
# Links --fix must leave exactly as they are.
REFUSED = [
    f"[Geçici]({SITE}/temp)",
    f"[303]({SITE}/see-other)",
    f"[307]({SITE}/temp-307)",
    f"[Ana sayfaya]({SITE}/to-home)",
    f"[Girişe]({SITE}/to-login)",
    f"[Onaya]({SITE}/to-consent)",
    f"[Çerez onayına]({SITE}/to-cookies)",
    f"[Başka site]({SITE}/elsewhere)",
    f"[Bulunamadı]({SITE}/to-soft)",
    f"[Yok]({SITE}/to-missing)",
    f"[Kalıcı, sonra geçici]({SITE}/perm-then-temp)",
    f"[Parantezli]({SITE}/to-odd)",
    f"[Videoya]({SITE}/to-youtube)",
    f"[Referans][eski]\n\n[eski]: {SITE}/old",
    "<!-- contentlint-disable-next-line link-permanent-redirect -->\n" + f"[Susturulmuş]({SITE}/old)",
]


def body(lines: list[str]) -> str:
    return "".join(f"{line}\n\n" for line in lines)


def test_links_fix_rewrites_moved_links_and_nothing_else(
        tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    before = HEADER + "Satır sonunda boşluk   \n\n" + body([old for old, _ in REWRITTEN] + REFUSED)
    make_project(tmp_path, {ANSWER: before})
    code, diagnostics = run(tmp_path, monkeypatch, "links", "--fix", *site.args)
    after = HEADER + "Satır sonunda boşluk   \n\n" + body([new for _, new in REWRITTEN] + REFUSED)
    assert (tmp_path / ANSWER).read_text("utf-8") == after
    assert "content/answers/a.md: 5 fixes applied" in capsys.readouterr().err
    # What is left is reported against the fixed file: no moved link is left to fix.
    assert [d for d in diagnostics if d["fix"] and d["fix"]["edits"]] == []
    assert code == 1  # the broken links are still there
    assert main(["links", "--diff", *site.args]) == 0


def test_diff_previews_the_rewrite_and_writes_nothing(
        tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    text = HEADER + f"[Yeni]({SITE}/old#bolum) ve [Geçici]({SITE}/temp)\n"
    make_project(tmp_path, {ANSWER: text})
    monkeypatch.chdir(tmp_path)
    assert main(["links", "--diff", "--lang", "en", *site.args]) == 1
    out, err = capsys.readouterr()
    assert (tmp_path / ANSWER).read_text("utf-8") == text
    assert out.startswith(f"--- a/{ANSWER}\n+++ b/{ANSWER}\n")
    assert out.endswith(f"-[Yeni]({SITE}/old#bolum) ve [Geçici]({SITE}/temp)\n"
                        f"+[Yeni]({SITE}/new#bolum) ve [Geçici]({SITE}/temp)\n")
    assert "1 fix in 1 file would be applied; nothing was written." in err


def test_the_fixed_file_keeps_its_bom_crlf_and_mode(tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + f"[Yeni]({SITE}/old) metin\n\n[Geçici]({SITE}/temp)\n"
    raw = codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8")
    make_project(tmp_path, {ANSWER: raw})
    os.chmod(tmp_path / ANSWER, 0o640)
    run(tmp_path, monkeypatch, "links", "--fix", *site.args)
    expected = text.replace(f"{SITE}/old", f"{SITE}/new")
    assert (tmp_path / ANSWER).read_bytes() == codecs.BOM_UTF8 + expected.replace("\n", "\r\n").encode("utf-8")
    assert stat.S_IMODE((tmp_path / ANSWER).stat().st_mode) == 0o640
    assert sorted(p.name for p in (tmp_path / "content" / "answers").iterdir()) == ["a.md"]


def test_check_links_fix_applies_the_offline_fixes_too(
        tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {ANSWER: HEADER + f"[Yeni]({SITE}/old)   \n\n\n\nSon\n"})
    run(tmp_path, monkeypatch, "links", "--fix", *site.args)
    assert (tmp_path / ANSWER).read_text("utf-8") == HEADER + f"[Yeni]({SITE}/new)   \n\n\n\nSon\n"
    run(tmp_path, monkeypatch, "check", "--links", "--fix", *site.args)
    assert (tmp_path / ANSWER).read_text("utf-8") == HEADER + f"[Yeni]({SITE}/new)\n\nSon\n"


def test_plain_fix_never_rewrites_links(tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    text = HEADER + f"[Yeni]({SITE}/old)\n"
    make_project(tmp_path, {ANSWER: text})
    run(tmp_path, monkeypatch, "check", "--fix", *site.args)
    assert (tmp_path / ANSWER).read_text("utf-8") == text
    assert site.stats.total == 0


def test_a_rewritten_link_is_requested_once_more_to_report_on_it(
        tmp_path: Path, site: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {ANSWER: HEADER + f"[Yeni]({SITE}/old) [Yok]({SITE}/to-missing)\n"})
    _, diagnostics = run(tmp_path, monkeypatch, "links", "--fix", *site.args)
    assert [(d["rule"], d["url"]) for d in diagnostics] == [("CL401", f"{SITE}/to-missing")]
    # The dead link is not asked again for the report; the new address is checked once.
    assert site.stats.count("/to-missing") == 1 and site.stats.count("/new") == 2


def test_rules_and_explain_say_which_command_fixes_moved_links(capsys: pytest.CaptureFixture[str]) -> None:
    main(["rules", "--lang", "en"])
    rows = {line.split()[0]: line.split()[4] for line in capsys.readouterr().out.splitlines()[1:]}
    assert [rows[rule] for rule in ("CL406", "CL407", "CL408", "CL401", "CL419", "CL307")] == [
        "links", "links", "links", "-", "-", "yes"]
    main(["explain", "link-node-alias", "--lang", "tr"])
    assert "links --fix ile düzeltilebilir" in capsys.readouterr().out


def test_the_real_answer_gets_its_two_moved_links_rewritten_and_nothing_else(
        tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    real: Hosts = request.getfixturevalue("hosts")
    raw = ORIGINAL_ANSWER.read_bytes()
    make_project(tmp_path, {ANSWER: raw})
    _, diagnostics = run(tmp_path, monkeypatch, "links", "--fix", *real.args())
    fixed = raw.replace(NODE.encode(), b"https://www.stgm.org.tr/alias-20247") \
        .replace(COMMONS.encode(), b"https://www.501commons.org/ok/volunteer-management")
    assert fixed != raw and (tmp_path / ANSWER).read_bytes() == fixed
    # The soft 404s and the HTML page behind a PDF link are left for the editor; no text mismatch.
    assert sorted(d["rule"] for d in diagnostics) == ["CL404", "CL404", "CL412"]
