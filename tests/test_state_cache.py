"""The result cache never holds a wrong result, never runs code, and heals when damaged."""

from __future__ import annotations

import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import web

from contentlint.cli import main
from contentlint.diagnostics import Diagnostic
from contentlint.engine import run
from tests.conftest import HEADER, make_project
from tests.links_fakeweb import serve_in_thread

DIRTY = HEADER + "Metin   \n"  # trailing white space: CL350
CLEAN = HEADER + "Metin.\n"


def _rules(diagnostics: list[Diagnostic]) -> set[str]:
    return {d.rule for d in diagnostics}


def _editor_between_reads(monkeypatch: pytest.MonkeyPatch, target: Path, edit: bytes | None) -> Path:
    """Simulate an editor saving ``target`` right after contentlint's first read of it (or, with
    ``edit=None``, the file briefly missing while an editor replaces it). A marker file decides,
    so the simulation holds in worker processes too; it fires once."""
    marker = target.with_name("editor-pending")
    marker.touch()
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == target and marker.exists():
            if edit is None and marker.read_text() == "vanish":
                marker.unlink()
                raise FileNotFoundError(2, "No such file or directory")
            data = real(self)
            if edit is None:
                marker.write_text("vanish")
            else:
                marker.unlink()
                target.write_bytes(edit)
            return data
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return marker


@pytest.mark.parametrize("files", [1, 260], ids=["in-process", "worker-processes"])
def test_a_file_edited_during_the_run_never_caches_a_wrong_result(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    extra = {f"content/answers/other{i}.md": CLEAN for i in range(files - 1)}
    project = make_project(tmp_path, {"content/answers/a.md": DIRTY, **extra})
    target = tmp_path / "content/answers/a.md"
    with monkeypatch.context() as patch:
        _editor_between_reads(patch, target, CLEAN.encode())
        run(project, use_cache=True)
    target.write_text(DIRTY, encoding="utf-8")  # the editor's change is undone
    assert "CL350" in _rules(run(project, use_cache=True).diagnostics)
    target.write_text(CLEAN, encoding="utf-8")
    assert "CL350" not in _rules(run(project, use_cache=True).diagnostics)


@pytest.mark.parametrize("files", [1, 260], ids=["in-process", "worker-processes"])
def test_a_file_briefly_missing_while_saved_is_not_reported_unreadable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    extra = {f"content/answers/other{i}.md": CLEAN for i in range(files - 1)}
    project = make_project(tmp_path, {"content/answers/a.md": DIRTY, **extra})
    target = tmp_path / "content/answers/a.md"
    with monkeypatch.context() as patch:
        _editor_between_reads(patch, target, None)
        found = _rules(run(project, use_cache=True).diagnostics)
    assert "CL007" not in found and "CL350" in found


def _stored(tmp_path: Path) -> sqlite3.Connection:
    return sqlite3.connect(tmp_path / ".contentlint" / "results.sqlite")


def test_a_tampered_catalog_entry_never_runs_code(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"content/answers/a.md": CLEAN})
    run(project, use_cache=True)
    proof = tmp_path / "code-ran"

    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            import os
            return os.system, (f"touch {proof}",)

    with _stored(tmp_path) as db:
        assert db.execute("UPDATE results SET value = ? WHERE key = 'catalog'", (pickle.dumps(Payload()),)).rowcount
    report = run(project, use_cache=True)
    assert not proof.exists()
    assert report.diagnostics == []  # the catalog was loaded again from the YAML


def test_a_damaged_result_cache_is_rebuilt_and_the_user_told_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    make_project(tmp_path, {"content/answers/a.md": DIRTY})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C")
    assert main(["check"]) == 0
    cache = tmp_path / ".contentlint" / "results.sqlite"
    with sqlite3.connect(cache) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(cache.read_bytes())
    data[100:len(data)] = b"\xff" * (len(data) - 100)  # every page after the header
    cache.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--format", "json"]) == 0
    first = capsys.readouterr()
    assert first.err.count("result cache") == 1 and "damaged" in first.err
    assert (tmp_path / ".contentlint" / "results.sqlite.corrupt").exists()
    assert '"CL350"' in first.out
    assert main(["check"]) == 0
    assert "damaged" not in capsys.readouterr().err


def test_a_file_that_is_not_a_cache_is_set_aside_not_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    make_project(tmp_path, {"content/answers/a.md": DIRTY})
    (tmp_path / ".contentlint").mkdir()
    with sqlite3.connect(tmp_path / ".contentlint" / "results.sqlite") as db:
        db.execute("CREATE TABLE results (name TEXT)")  # someone else's table of that name
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--lang", "tr"]) == 0
    assert "Sonuç önbelleği" in capsys.readouterr().err
    assert main(["check"]) == 0
    with _stored(tmp_path) as db:
        assert db.execute("SELECT count(*) FROM results").fetchone()[0] > 0


def test_a_damaged_link_cache_is_rebuilt_and_the_user_told_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    hits: list[str] = []

    async def page(request: web.Request) -> web.Response:
        hits.append(request.path)
        return web.Response(text="<title>Sayfa</title>", content_type="text/html")

    app = web.Application()
    app.router.add_get("/{name}", page)
    make_project(tmp_path, {"content/answers/a.md": HEADER + "[sayfa](https://links.example/a)\n"})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C")
    with serve_in_thread({"site": app}) as ports:
        args = ["links", "--no-progress", "--remap", rf"^https://links\.example/ http://127.0.0.1:{ports['site']}/"]
        (tmp_path / ".contentlint").mkdir()
        (tmp_path / ".contentlint" / "cache.sqlite").write_bytes(b"\x00not sqlite\x00" * 500)
        assert main(args) == 0
        err = capsys.readouterr().err
        assert err.count("link cache") == 1 and "damaged" in err and "Traceback" not in err
        assert main(args) == 0
        assert "damaged" not in capsys.readouterr().err
    assert hits == ["/a"]  # the rebuilt cache kept the first answer


def test_a_plain_run_removes_what_a_killed_fix_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_project(tmp_path, {"content/answers/a.md": CLEAN})
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    left = tmp_path / "content/answers" / f".a.md.contentlint-{child.pid}-q1w2.tmp"
    left.write_text("half", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 0
    assert not left.exists()
