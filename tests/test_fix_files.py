"""Fixing files: what is written, what is never touched, atomic writes, and the --fix/--diff CLI."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

import pytest

from contentlint import fix
from contentlint.cli import main
from contentlint.config import Project
from contentlint.context import Context
from contentlint.engine import build_selection
from contentlint.fix import fix_paths
from tests.conftest import HEADER, make_project

ANSWER = "content/answers/a.md"
MESSY = HEADER + "Gönüllü\u00a0yönetimi.   \n\n\n\nSon\u200b satır\n\n"
CLEAN = HEADER + "Gönüllü yönetimi.\n\nSon satır\n"


def _project(root: Path, content: str | bytes, config: dict[str, object] | None = None) -> Project:
    return make_project(root, {ANSWER: content}, {"cache": False, **(config or {})})


def _files(root: Path) -> list[str]:
    return sorted(p.name for p in (root / "content" / "answers").iterdir())


def test_fix_writes_the_fixed_text_and_reports_each_fix(tmp_path: Path) -> None:
    project = _project(tmp_path, MESSY)
    [outcome] = fix_paths(project, write=True)
    assert (tmp_path / ANSWER).read_text("utf-8") == CLEAN
    assert sorted(d.name for d in outcome.applied) == [
        "invisible-character", "multiple-blank-lines", "non-breaking-space", "trailing-blank-lines",
        "trailing-whitespace",
    ]
    assert [d for d in outcome.remaining if d.fix is not None] == []


def test_crlf_line_endings_and_bom_are_kept(tmp_path: Path) -> None:
    raw = codecs.BOM_UTF8 + MESSY.replace("\n", "\r\n").encode("utf-8")
    _project(tmp_path, raw)
    fix_paths(_project(tmp_path, raw), write=True)
    assert (tmp_path / ANSWER).read_bytes() == codecs.BOM_UTF8 + CLEAN.replace("\n", "\r\n").encode("utf-8")


def test_frontmatter_bytes_are_never_changed(tmp_path: Path) -> None:
    header = HEADER.replace("title: ", "title:  ").replace("choice_id: 1", "choice_id: 1   ") \
        .replace("yapmayı", "yap\u00admayı")
    project = _project(tmp_path, header + "Metin.  \n\n")
    [outcome] = fix_paths(project, write=True)
    written = (tmp_path / ANSWER).read_text("utf-8")
    assert written == header + "Metin.\n"
    assert [(d.rule, d.line) for d in outcome.remaining if d.rule == "CL355"] == [("CL355", 2)]


@pytest.mark.parametrize("raw", [
    HEADER.encode("cp1254") + "Gönüllü   \n\n\n".encode("cp1254"),  # not UTF-8 (CL001)
    HEADER.encode() + b"Metin   \n\x00\x01\n\n\n",  # binary (CL004)
])
def test_a_file_that_is_not_utf8_text_is_never_written(tmp_path: Path, raw: bytes) -> None:
    project = _project(tmp_path, raw)
    before = (tmp_path / ANSWER).stat().st_mtime_ns
    assert fix_paths(project, write=True) == []
    assert (tmp_path / ANSWER).read_bytes() == raw
    assert (tmp_path / ANSWER).stat().st_mtime_ns == before


def test_ignored_and_suppressed_rules_are_not_fixed(tmp_path: Path) -> None:
    body = ("Metin.  \n\n<!-- contentlint-disable multiple-blank-lines -->\n\nBir\n\n\nİki\n\n"
            "<!-- contentlint-enable multiple-blank-lines -->\n")
    project = _project(tmp_path, HEADER + body, {"ignore": ["trailing-whitespace"]})
    assert fix_paths(project, write=True) == []
    assert (tmp_path / ANSWER).read_text("utf-8") == HEADER + body


def test_overlapping_fixes_settle_over_several_passes(tmp_path: Path) -> None:
    # the blank lines hold spaces: trailing-whitespace and multiple-blank-lines edit the same lines
    project = _project(tmp_path, HEADER + "Bir\n  \n \t \n\t\nİki\t\n")
    [outcome] = fix_paths(project, write=True)
    assert (tmp_path / ANSWER).read_text("utf-8") == HEADER + "Bir\n\nİki\n"
    assert {d.name for d in outcome.applied} == {"trailing-whitespace", "multiple-blank-lines"}


def test_file_mode_is_kept(tmp_path: Path) -> None:
    project = _project(tmp_path, MESSY)
    os.chmod(tmp_path / ANSWER, 0o640)
    fix_paths(project, write=True)
    assert stat.S_IMODE((tmp_path / ANSWER).stat().st_mode) == 0o640
    assert _files(tmp_path) == ["a.md"]


def test_a_failed_write_leaves_the_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, MESSY)

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fix.os, "replace", refuse)
    [outcome] = fix_paths(project, write=True)
    assert (tmp_path / ANSWER).read_text("utf-8") == MESSY
    assert outcome.error is not None and "No space left" in outcome.error.render("en")
    assert _files(tmp_path) == ["a.md"]  # the temporary file is gone


def test_a_file_changed_meanwhile_is_not_overwritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, MESSY)
    real_fix_bytes = fix.fix_bytes

    def edit_during_fix(*args: object, **kwargs: object) -> fix.FileFix:
        outcome = real_fix_bytes(*args, **kwargs)  # type: ignore[arg-type]
        (tmp_path / ANSWER).write_text(MESSY + "Editörün eklediği satır\n", encoding="utf-8")
        return outcome

    monkeypatch.setattr(fix, "fix_bytes", edit_during_fix)
    [outcome] = fix_paths(project, write=True)
    assert outcome.error is not None
    assert (tmp_path / ANSWER).read_text("utf-8").endswith("Editörün eklediği satır\n")


@pytest.fixture
def in_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _project(tmp_path, MESSY)
    (tmp_path / "contentlint.toml").write_text("cache = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_diff_prints_the_changes_and_writes_nothing(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--diff", "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert (in_project / ANSWER).read_text("utf-8") == MESSY
    assert out.startswith(f"--- a/{ANSWER}\n+++ b/{ANSWER}\n")
    assert "-Gönüllü\u00a0yönetimi.   \n+Gönüllü yönetimi.\n" in out
    assert "5 fixes in 1 file would be applied; nothing was written." in err


def test_diff_marks_a_missing_final_newline(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / ANSWER).write_text(HEADER + "Metin.", encoding="utf-8")
    main(["check", "--diff"])
    assert "-Metin.\n\\ No newline at end of file\n+Metin.\n" in capsys.readouterr().out


def test_fix_then_reports_what_is_left(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / "content/answers/b.md").write_text(HEADER + "Satır  \nkırılması\n", encoding="utf-8")
    code = main(["check", "--fix", "--lang", "tr", "--fail-on", "warning"])
    out, err = capsys.readouterr()
    assert (in_project / ANSWER).read_text("utf-8") == CLEAN
    assert "content/answers/a.md: 5 düzeltme yapıldı" in err
    assert "1 dosyada 5 düzeltme yapıldı." in err
    assert "CL350" in out and "b.md" in out  # the hard line break is left for a person
    assert code == 1
    assert main(["check", "--diff"]) == 0


def test_undecodable_text_is_refused_even_when_asked_directly(tmp_path: Path) -> None:
    project = _project(tmp_path, "")
    raw = HEADER.encode("cp1254") + "Gönüllü   \n\n\n".encode("cp1254")
    outcome = fix.fix_bytes(tmp_path / ANSWER, ANSWER, raw, Context(project), build_selection(project))
    assert outcome.error is not None and not outcome.changed and outcome.applied == []
