"""`check --changed-since REF`: only the answer files a branch changed (pull requests check links there)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from contentlint.changed import changed_answers
from contentlint.cli import main
from tests.conftest import HEADER, make_project

BAD = HEADER.replace("choice_id: 1", "choice_id: 1\nextra: 1")


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args],
                   cwd=root, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, {
        "content/answers/a.md": HEADER + "A\n", "content/answers/b.md": HEADER + "B\n",
        "content/answers/e.md": HEADER + "E\n", "contentlint.toml": "cache = false\n",
    })
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "start")
    git(tmp_path, "checkout", "-q", "-b", "topic")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def change(repo: Path) -> None:
    """Edit a, add c (committed) and d (untracked), delete b, touch a file that is not an answer."""
    (repo / "content/answers/a.md").write_text(BAD + "A\n", encoding="utf-8")
    (repo / "content/answers/c.md").write_text(HEADER + "C\n", encoding="utf-8")
    (repo / "content/answers/b.md").unlink()
    (repo / "notes.txt").write_text("x", encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "change")
    (repo / "content/answers/d.md").write_text(HEADER + "D\n", encoding="utf-8")
    git(repo, "checkout", "-q", "main")
    (repo / "content/answers/e.md").write_text(HEADER + "E on main later\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "main moves on")
    git(repo, "checkout", "-q", "topic")


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_changed_answer_files_since_the_merge_base(repo: Path) -> None:
    change(repo)
    project = make_project(repo, {})
    assert names(changed_answers(project, "main")) == ["a.md", "c.md", "d.md"]
    assert names(changed_answers(project, "main", [repo / "content/answers/c.md"])) == ["c.md"]
    assert changed_answers(project, "HEAD") == [repo / "content/answers/d.md"]


def test_check_reports_only_the_changed_files(repo: Path) -> None:
    change(repo)
    assert main(["check", "--changed-since", "main", "--format", "json:out.json"]) == 1
    data = json.loads((repo / "out.json").read_text("utf-8"))
    assert data["summary"]["files"] == 3
    assert {d["path"] for d in data["diagnostics"]} <= {f"content/answers/{n}.md" for n in "acd"}
    assert any(d["path"] == "content/answers/a.md" and d["rule"] == "CL111" for d in data["diagnostics"])


def test_nothing_changed_means_nothing_checked(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "content/answers/b.md").write_text(BAD, encoding="utf-8")
    git(repo, "commit", "-q", "-am", "bad on purpose")
    assert main(["check", "--changed-since", "HEAD", "--lang", "en"]) == 0
    assert "0 files checked" in capsys.readouterr().out


def test_an_unknown_ref_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--changed-since", "origin/nope", "--lang", "tr"]) == 2
    err = capsys.readouterr().err
    assert "'origin/nope' ile karşılaştırılamıyor" in err and "Traceback" not in err
