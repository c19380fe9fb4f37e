"""CL419: the link text against the target's own title (page, og:title, YouTube oEmbed, PDF /Title).

Each case is a link in one answer file; a local site serves each target with its title. The table
says which links warn: precision over recall, so most realistic pairs must stay silent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from contentlint.cli import main
from tests.conftest import HEADER, make_project
from tests.links_fakeweb import PDF, Stats, page, serve_in_thread

ANSWER = "content/answers/a.md"
SITE = "https://www.stgm.org.tr"
# Turkish titles are UTF-16 with a byte order mark, written as a hex string.
_TITLE_HEX = ("\ufeffHibe Başvuru Rehberi".encode("utf-16-be").hex().upper()).encode()
TITLED_PDF = b"%PDF-1.7\n1 0 obj\n<< /Producer (x) /Title <" + _TITLE_HEX + b"> >>\nendobj\n" + PDF[9:]

# (link text, what the target's page or file is, warns?)
CASES: list[tuple[str, str, bool]] = [
    ("Gönüllü Yönetimi", "Hibe Programları | STGM", True),
    ("Gönüllü Yönetimi", "Gönüllü Yönetimi | STGM", False),
    ("gönüllü yönetimine giriş", "GÖNÜLLÜ YÖNETİMİ | STGM", False),  # case and endings
    ("STOK Çevrimiçi Öğrenim Platformu", "STOK Öğrenme Platformu | Sivil Toplum Geliştirme Merkezi", False),
    ("insan hakları rehberi", "İNSAN HAKLARI | STGM", False),  # İ is the capital of i
    ("İstanbul Ofisi", "Ankara Ofisi Duyuruları", False),
    ("İstanbul Ofisi", "Ankara Temsilciliği", True),
    ("STGM Gönüllü Yönetimi", "Hibe Programları | STGM", True),  # the site's name is no shared word
    ("501 Commons", "Volunteer Management – 501 Commons", False),  # the text is the site's name
    ("Gönüllü Yönetimi", "Volunteer Management – Example", False),  # Turkish text, English page
    ("Gönüllü Yönetimi", "Ana Sayfa | STGM", False),  # generic titles
    ("Gönüllü Yönetimi", "YouTube", False),
    ("Gönüllü Yönetimi", "rehber_2022_son.pdf", False),
    ("Gönüllü Yönetimi", "", False),  # no title
    ("bu sayfa", "Hibe Programları | STGM", False),  # vague (CL304's domain)
    ("buraya tıklayın", "Hibe Programları | STGM", False),
    ("başlığı altında bulunan kaynakları inceleyebilirsiniz.", "Hibe Programları | STGM", False),  # a sentence
    ("Gönüllü Yönetimi", "og:Hibe Programları", True),  # no <title>: og:title
    ("Gönüllü Yönetimi", "og:Gönüllü Yönetimi Rehberi", False),
]


def titled_site(stats: Stats) -> web.Application:
    async def handle(request: web.Request) -> web.Response:
        stats.requests[(request.method, request.path_qs)] += 1
        if request.path == "/belge/hibe.pdf":
            return web.Response(body=TITLED_PDF[:1024], status=206, content_type="application/pdf",
                                headers={"Content-Range": f"bytes 0-1023/{len(TITLED_PDF)}"})
        index = int(request.path.rsplit("/", 1)[1])
        title = CASES[index][1]
        if title.startswith("og:"):
            text = f"<!doctype html><html><head><meta property='og:title' content='{title[3:]}'></head></html>"
        elif title:
            text = page(title)
        else:
            text = "<!doctype html><html><body><p>Başlıksız</p></body></html>"
        return web.Response(text=text, content_type="text/html")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def oembed(stats: Stats) -> web.Application:
    async def handle(request: web.Request) -> web.Response:
        stats.requests[(request.method, request.path_qs)] += 1
        return web.json_response({"title": "Kedi Videoları Derlemesi", "type": "video"})

    app = web.Application()
    app.router.add_get("/oembed", handle)
    return app


@pytest.fixture
def net() -> Iterator[tuple[list[str], Stats]]:
    stats = Stats()
    with serve_in_thread({"site": titled_site(stats), "youtube": oembed(stats)}) as ports:
        yield [
            "--remap", f"^https://www\\.stgm\\.org\\.tr/ http://127.0.0.1:{ports['site']}/",
            "--remap", f"^https://www\\.youtube\\.com/ http://127.0.0.1:{ports['youtube']}/",
            "--no-progress",
        ], stats


def run(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> list[dict[str, Any]]:
    monkeypatch.chdir(root)
    main([*args, "--format", f"json:{root / 'out.json'}"])
    found: list[dict[str, Any]] = json.loads((root / "out.json").read_text("utf-8"))["diagnostics"]
    return found


def test_only_a_text_and_a_title_that_share_no_word_warn(
        tmp_path: Path, net: tuple[list[str], Stats], monkeypatch: pytest.MonkeyPatch) -> None:
    args, _ = net
    body = "".join(f"[{text}]({SITE}/sayfa/{i})\n\n" for i, (text, _, _) in enumerate(CASES))
    make_project(tmp_path, {ANSWER: HEADER + body})
    diagnostics = run(tmp_path, monkeypatch, "links", "--no-cache", "--lang", "tr", *args)
    warned = {d["url"] for d in diagnostics if d["rule"] == "CL419"}
    assert warned == {f"{SITE}/sayfa/{i}" for i, (_, _, warns) in enumerate(CASES) if warns}
    first = next(d for d in diagnostics if d["url"] == f"{SITE}/sayfa/0")
    assert (first["name"], first["severity"], first["line"]) == ("link-text-mismatch", "warning", 6)
    assert first["message"] == "Bağlantı metni ‘Gönüllü Yönetimi’, ama hedef sayfanın başlığı ‘Hibe Programları | STGM’"
    assert first["fix"] == {"description": "Adresi denetleyin; hedefin başlığı ‘Hibe Programları | STGM’", "edits": []}


def test_videos_playlists_and_pdfs(tmp_path: Path, net: tuple[list[str], Stats],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    args, _ = net
    body = ("[Çalışanlar ve Gönüllüler](https://www.youtube.com/watch?v=I_FEZm8FcKU)\n\n"
            "[Çalışanlar ve Gönüllüler](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-)\n\n"
            f"[Gönüllü Yönetimi]({SITE}/belge/hibe.pdf)\n\n"
            f"[Hibe başvurusu rehberi]({SITE}/belge/hibe.pdf)\n")
    make_project(tmp_path, {ANSWER: HEADER + body})
    diagnostics = run(tmp_path, monkeypatch, "links", "--no-cache", "--lang", "en", *args)
    assert [(d["line"], d["message"]) for d in diagnostics if d["rule"] == "CL419"] == [
        (6, "The link text is ‘Çalışanlar ve Gönüllüler’, but the video's title is ‘Kedi Videoları Derlemesi’"),
        (10, "The link text is ‘Gönüllü Yönetimi’, but the document's title is ‘Hibe Başvuru Rehberi’"),
    ]


def test_a_warm_run_decides_from_the_cached_titles(
        tmp_path: Path, net: tuple[list[str], Stats], monkeypatch: pytest.MonkeyPatch) -> None:
    args, stats = net
    body = (f"[Gönüllü Yönetimi]({SITE}/sayfa/0)\n\n[Gönüllü Yönetimi]({SITE}/belge/hibe.pdf)\n\n"
            "[Çalışanlar](https://www.youtube.com/watch?v=I_FEZm8FcKU)\n")
    make_project(tmp_path, {ANSWER: HEADER + body})
    cold = run(tmp_path, monkeypatch, "links", *args)
    asked = stats.total
    warm = run(tmp_path, monkeypatch, "links", *args)
    assert stats.total == asked == 3
    assert [d["line"] for d in warm if d["rule"] == "CL419"] == [d["line"] for d in cold if d["rule"] == "CL419"] \
        == [6, 8, 10]


def test_a_suppression_comment_or_ignore_silences_it(
        tmp_path: Path, net: tuple[list[str], Stats], monkeypatch: pytest.MonkeyPatch) -> None:
    args, _ = net
    body = (f"<!-- contentlint-disable-next-line link-text-mismatch -->\n[Gönüllü Yönetimi]({SITE}/sayfa/0)\n\n"
            f"[Gönüllü Yönetimi]({SITE}/sayfa/0#bolum)\n")
    make_project(tmp_path, {ANSWER: HEADER + body})
    assert [d["line"] for d in run(tmp_path, monkeypatch, "links", "--no-cache", *args)] == [9]
    assert run(tmp_path, monkeypatch, "links", "--no-cache", "--ignore", "CL419", *args) == []


def test_the_audit_lists_mismatched_texts_with_the_real_title(
        tmp_path: Path, net: tuple[list[str], Stats], monkeypatch: pytest.MonkeyPatch) -> None:
    args, _ = net
    body = f"[Gönüllü Yönetimi]({SITE}/sayfa/0)\n\n[Hibe programları]({SITE}/sayfa/0)\n"
    make_project(tmp_path, {ANSWER: HEADER + body})
    monkeypatch.chdir(tmp_path)
    assert main(["audit", "--no-cache", "--lang", "tr", *args, "--format", "json:a.json",
                 "--format", "markdown:a.md"]) == 0  # a text mismatch is a warning, never a failed audit
    [link] = json.loads((tmp_path / "a.json").read_text("utf-8"))["audit"]["links"]
    assert (link["section"], link["rule"], link["title"]) == ("mismatch", "CL419", "Hibe Programları | STGM")
    assert [u["line"] for u in link["usages"]] == [6]  # only the text that does not match
    assert "| Hedefin başlığı: Hibe Programları \\| STGM |" in (tmp_path / "a.md").read_text("utf-8")
