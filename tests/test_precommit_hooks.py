"""The pre-commit hooks, run by pre-commit itself (`pre-commit try-repo`) on a content repository.

pre-commit shows a hook's output only when the hook fails, so the hooks fail on warnings: the real
answer file as it arrived (eight warnings, no error) must stop the commit and show them. pre-commit
installs contentlint into an environment of its own, through pip, as it does for a user; the
environment is made once for the whole module.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CATALOG, ORIGINAL_ANSWER, REPO

CORRECTED = REPO / "content" / "answers" / "000_727566c4d5cc03bf.txt"
ANSWER = "content/answers/000_727566c4d5cc03bf.txt"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Editör", "-c", "user.email=editor@example.org", *args],
                   cwd=root, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def content_repo(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "content" / "answers").mkdir(parents=True)
    (tmp_path / "content" / "questions.yaml").write_text(CATALOG, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.contentlint]\ncontent_root = "content"\n', encoding="utf-8")
    shutil.copyfile(ORIGINAL_ANSWER, tmp_path / ANSWER)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    _git(tmp_path, "commit", "-q", "-m", "Yanıtlar")
    yield tmp_path


def _try_hook(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PRE_COMMIT_HOME": str(home), "LANG": "tr_TR.UTF-8", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(REPO), hook, "--all-files", "--color", "never"],
        cwd=repo, env=environment, capture_output=True, text=True, timeout=600,
    )


def test_the_check_hook_stops_a_commit_with_warnings_and_shows_them(content_repo: Path,
                                                                    pre_commit_home: Path) -> None:
    done = _try_hook(content_repo, "contentlint", pre_commit_home)
    assert done.returncode == 1, done.stdout + done.stderr
    for rule in ("CL305", "CL340", "CL331", "CL335"):
        assert rule in done.stdout
    assert (content_repo / ANSWER).read_bytes() == ORIGINAL_ANSWER.read_bytes()


def test_the_check_hook_passes_a_corrected_file(content_repo: Path, pre_commit_home: Path) -> None:
    shutil.copyfile(CORRECTED, content_repo / ANSWER)
    done = _try_hook(content_repo, "contentlint", pre_commit_home)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_fix_hook_applies_the_safe_fixes_and_reports_what_is_left(content_repo: Path,
                                                                      pre_commit_home: Path) -> None:
    done = _try_hook(content_repo, "contentlint-fix", pre_commit_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "files were modified by this hook" in done.stdout
    fixed = (content_repo / ANSWER).read_text(encoding="utf-8")
    assert fixed != ORIGINAL_ANSWER.read_text(encoding="utf-8")
    assert "“[<u>Çalışanlar ve Gönüllüler</u>]" in fixed and "eğitim videosuna" in fixed
    assert "CL305" in done.stdout  # not fixable: left for the editor, and shown
    again = _try_hook(content_repo, "contentlint-fix", pre_commit_home)
    assert "files were modified by this hook" not in again.stdout
