"""`contentlint links` and `check --links` on the real answer file, its hosts remapped to local servers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from contentlint.cli import main
from tests.conftest import HEADER, ORIGINAL_ANSWER, make_project
from tests.links_fakeweb import Stats, serve_in_thread, site_app, youtube_app, ytimg_app

NODE = "https://www.stgm.org.tr/node/20247"
SOFT = "https://www.stgm.org.tr/stok-ogrenim-platformunda"
PLATFORM = "https://www.stgm.org.tr/stok-ogrenme-platformu"
TO_HOME = "https://www.stgm.org.tr/sivil-toplum-okulu-stok/buyuyen-orgutler"
VIDEO = "https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4"
COMMONS = "https://www.501commons.org/resources/tools-and-best-practices/volunteer-management"
BILGI_PDF = "https://stk.bilgi.edu.tr/media/uploads/2015/01/31/GONULLU.pdf"
STGM_PDF = "https://www.stgm.org.tr/sites/default/files/2022-09/stgelecegi-gonullulukrehberi-derya-kap.pdf"

# What each link of the real file gets when its server behaves as set up below.
EXPECTED = {
    NODE: ("CL408", "warning", "https://www.stgm.org.tr/alias-20247"),
    SOFT: ("CL404", "error", None),
    TO_HOME: ("CL404", "error", None),
    COMMONS: ("CL406", "warning", "https://www.501commons.org/ok/volunteer-management"),
    BILGI_PDF: ("CL412", "error", None),
}


class Hosts:
    def __init__(self, ports: dict[str, int], stats: dict[str, Stats]) -> None:
        self.stats = stats
        self.remap = [
            f"^https://www\\.stgm\\.org\\.tr/ http://127.0.0.1:{ports['stgm']}/",
            f"^https://www\\.youtube\\.com/ http://127.0.0.1:{ports['youtube']}/",
            f"^https://i\\.ytimg\\.com/ http://127.0.0.1:{ports['ytimg']}/",
            f"^https://www\\.501commons\\.org/ http://127.0.0.1:{ports['commons']}/",
            f"^https://stk\\.bilgi\\.edu\\.tr/ http://127.0.0.1:{ports['bilgi']}/",
        ]

    def args(self) -> list[str]:
        return [item for rule in self.remap for item in ("--remap", rule)] + ["--no-progress"]


@pytest.fixture
def hosts() -> Iterator[Hosts]:
    stats = {name: Stats() for name in ("stgm", "youtube", "ytimg", "commons", "bilgi")}
    stgm_paths = {
        "/stok-ogrenim-platformunda": "/soft/x",
        "/stok-ogrenme-platformu": "/ok/stok",
        "/sivil-toplum-okulu-stok/buyuyen-orgutler": "/to-home/x",
        "/sites/default/files/2022-09/stgelecegi-gonullulukrehberi-derya-kap.pdf": "/pdf/rehber.pdf",
    }
    # The real pages' titles: every link text of the answer file agrees with its target (CL419 is silent).
    stgm_titles = {
        "/alias-20247": "Gönüllü Yönetimi | STGM",
        "/stok-ogrenme-platformu": "STOK Öğrenme Platformu | Sivil Toplum Geliştirme Merkezi",
    }
    apps = {
        "stgm": site_app("https://www.stgm.org.tr", stats["stgm"], paths=stgm_paths, titles=stgm_titles),
        "youtube": youtube_app(stats["youtube"]),
        "ytimg": ytimg_app(stats["ytimg"]),
        "commons": site_app("https://www.501commons.org", stats["commons"], paths={
            "/resources/tools-and-best-practices/volunteer-management": "/moved/volunteer-management",
        }, titles={"/ok/volunteer-management": "Volunteer Management – 501 Commons"}),
        "bilgi": site_app("https://stk.bilgi.edu.tr", stats["bilgi"], paths={
            "/media/uploads/2015/01/31/GONULLU.pdf": "/gone-pdf/GONULLU.pdf",
        }),
    }
    with serve_in_thread(apps) as ports:
        yield Hosts(ports, stats)


def where(text: str, url: str) -> tuple[int, int]:
    """The 1-based line and column at which ``url`` is written as a link destination."""
    for number, line in enumerate(text.split("\n"), start=1):
        found = line.find(f"]({url})")
        if found != -1:
            return number, found + 3
    raise AssertionError(f"{url} is not in the text")


def run(project_root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, list[dict[str, Any]]]:
    monkeypatch.chdir(project_root)
    out = project_root / "report.json"
    code = main([*args, "--format", f"json:{out}"])
    return code, json.loads(out.read_text("utf-8"))["diagnostics"]


def test_each_link_of_the_real_answer_gets_the_verdict_its_server_deserves(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    text = ORIGINAL_ANSWER.read_text("utf-8")
    make_project(tmp_path, {"content/answers/000_727566c4d5cc03bf.txt": text})
    code, diagnostics = run(tmp_path, monkeypatch, "links", *hosts.args(), "--lang", "en")
    got = {
        d["url"]: (d["rule"], d["severity"], d["fix"]["description"].removeprefix("Replace the link with ")
                   if d["fix"] else None, (d["line"], d["column"]))
        for d in diagnostics
    }
    assert got == {url: (*verdict, where(text, url)) for url, verdict in EXPECTED.items()}
    assert {d["category"] for d in diagnostics} == {"link"}
    assert code == 1
    # The video and its playlist were asked about, the watch page never; every link once.
    assert hosts.stats["youtube"].total == 2 and hosts.stats["youtube"].count("/watch") == 0
    assert hosts.stats["stgm"].count("/node/20247") == 1


def test_a_warm_cache_rerun_requests_only_what_failed(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {"content/answers/a.md": ORIGINAL_ANSWER.read_text("utf-8")})
    run(tmp_path, monkeypatch, "links", *hosts.args())
    before = {name: s.total for name, s in hosts.stats.items()}
    _, diagnostics = run(tmp_path, monkeypatch, "links", *hosts.args())
    after = {name: s.total for name, s in hosts.stats.items()}
    assert after["youtube"] == before["youtube"] and after["commons"] == before["commons"]
    assert after["bilgi"] == before["bilgi"] + 1  # the broken PDF is asked again
    assert len(diagnostics) == len(EXPECTED)
    assert (tmp_path / ".contentlint" / "cache.sqlite").is_file()


def test_links_found_after_a_check_warmed_the_cache(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    # A check run reads its results without their links; the cache must still hold them all.
    make_project(tmp_path, {"content/answers/a.md": ORIGINAL_ANSWER.read_text("utf-8")})
    run(tmp_path, monkeypatch, "check")
    run(tmp_path, monkeypatch, "check")
    _, diagnostics = run(tmp_path, monkeypatch, "links", *hosts.args())
    assert len([d for d in diagnostics if d["category"] == "link"]) == len(EXPECTED)


def test_check_links_adds_link_diagnostics_to_the_offline_ones(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    line = f"[Rehber]({BILGI_PDF}) ve [metin](www.stgm.org.tr/x)\n"
    make_project(tmp_path, {"content/answers/a.md": HEADER + line})
    _, offline = run(tmp_path, monkeypatch, "check", "--no-cache")
    _, online = run(tmp_path, monkeypatch, "check", "--links", "--no-cache", *hosts.args())
    assert [d for d in online if d["category"] != "link"] == offline
    assert [(d["rule"], d["line"], d["column"]) for d in online if d["category"] == "link"] == [
        ("CL412", 6, line.index(BILGI_PDF) + 1), ("CL417", 6, line.index("www.stgm") + 1),
    ]


def test_what_an_offline_rule_already_says_is_not_repeated(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    line = "[a](https://youtu.be/abc) [b](http://www.stgm.org.tr/ok/x)\n"
    make_project(tmp_path, {"content/answers/a.md": HEADER + line})
    remap = ["--remap", f"^http://www\\.stgm\\.org\\.tr/ {hosts.remap[0].split()[1]}"]
    _, together = run(tmp_path, monkeypatch, "check", "--links", "--no-cache", *remap, *hosts.args())
    assert sorted(d["rule"] for d in together if d["line"] == 6) == ["CL307", "CL308"]
    _, links_only = run(tmp_path, monkeypatch, "links", "--no-cache", *remap, *hosts.args())
    assert [d["rule"] for d in links_only] == ["CL409", "CL407"]


def test_suppression_comments_selection_and_per_host_severity_apply(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (f"<!-- contentlint-disable-next-line link-soft-404 -->\n[a]({SOFT})\n\n[b]({TO_HOME})\n\n"
            f"[c]({BILGI_PDF})\n")
    make_project(tmp_path, {"content/answers/a.md": HEADER + body})
    (tmp_path / "contentlint.toml").write_text(
        '[links.hosts."bilgi.edu.tr"]\nseverity = { "link-not-a-pdf" = "warning" }\n', encoding="utf-8")
    _, diagnostics = run(tmp_path, monkeypatch, "links", *hosts.args())
    assert [(d["rule"], d["line"], d["severity"]) for d in diagnostics] == [
        ("CL404", 9, "error"), ("CL412", 11, "warning"),
    ]
    _, selected = run(tmp_path, monkeypatch, "links", "--select", "link-not-a-pdf", *hosts.args())
    assert [d["rule"] for d in selected] == ["CL412"]


def test_messages_are_turkish_for_turkish_editors(
        tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {"content/answers/a.md": HEADER + f"[a]({BILGI_PDF})\n"})
    _, diagnostics = run(tmp_path, monkeypatch, "links", "--lang", "tr", *hosts.args())
    assert [d["message"] for d in diagnostics] == ["PDF artık yok; sunucu onun yerine bir web sayfası döndürüyor"]


@pytest.mark.parametrize("args", [
    ["--remap", "only-one-word"],
    ["--remap", "(unclosed http://x/"],
    ["--exclude", "(unclosed"],
    ["--timeout", "soon"],
    ["--max-per-host", "0"],
])
def test_bad_link_options_are_usage_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    make_project(tmp_path, {"content/answers/a.md": HEADER + "Metin.\n"})
    monkeypatch.chdir(tmp_path)
    assert exit_code(["links", *args]) == 2
    assert "Traceback" not in capsys.readouterr().err


def exit_code(argv: list[str]) -> int | str | None:
    """main's exit code, also when argparse refuses an argument (it exits)."""
    try:
        return main(argv)
    except SystemExit as exc:
        return exc.code


def test_progress_goes_to_stderr(tmp_path: Path, hosts: Hosts, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    make_project(tmp_path, {"content/answers/a.md": HEADER + f"[a]({BILGI_PDF}) [b]({STGM_PDF})\n"})
    monkeypatch.chdir(tmp_path)
    args = [a for a in hosts.args() if a != "--no-progress"]
    main(["links", "--lang", "en", *args])
    captured = capsys.readouterr()
    assert "links: 2/2 checked, 1 broken" in captured.err
    assert "links:" not in captured.out


def test_an_unknown_rule_in_host_severity_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    make_project(tmp_path, {"content/answers/a.md": HEADER + "Metin.\n"})
    (tmp_path / "contentlint.toml").write_text(
        '[links.hosts."example.org"]\nseverity = { "link-nope" = "warning" }\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["links", "--lang", "en"]) == 2
    assert "links.hosts.example.org.severity" in capsys.readouterr().err
