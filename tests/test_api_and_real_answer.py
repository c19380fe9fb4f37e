"""The Python API, and the real answer file as the project ships it."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest

import contentlint
from contentlint.config import find_project
from contentlint.documents import load_document
from tests.conftest import ORIGINAL_ANSWER, REPO


def test_lint_api_returns_a_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = contentlint.lint(config=find_project(REPO))
    assert report.files >= 1
    assert all(d.category != "schema" for d in report.diagnostics)


def test_lint_api_takes_plain_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO)
    report = contentlint.lint(config={"select": ["schema"]})
    assert report.files >= 1
    assert {d.category for d in report.diagnostics} <= {"schema"}


def test_real_answer_frontmatter_and_coverage_are_valid() -> None:
    report = contentlint.lint([ORIGINAL_ANSWER], config=find_project(REPO))
    assert [d for d in report.diagnostics if d.category in ("schema", "coverage")] == []


def test_frontmatter_is_read_like_python_frontmatter_reads_it() -> None:
    """The publishing side reads files with python-frontmatter; we must agree with it."""
    raw = ORIGINAL_ANSWER.read_bytes()
    ours = load_document(ORIGINAL_ANSWER, "x", raw)
    theirs = frontmatter.loads(raw.decode("utf-8"))
    assert ours.frontmatter is not None and ours.frontmatter.data == theirs.metadata
    assert ours.body.strip() == theirs.content.strip()
    assert ours.body_line == 6  # lines 1-5 are the frontmatter


def test_the_shipped_answer_file_is_clean_offline() -> None:
    """content/ holds the real answer, corrected the way an editor would; no offline rule fires."""
    report = contentlint.lint(config=find_project(REPO))
    assert [(d.path, d.line, d.rule) for d in report.diagnostics] == []


def test_the_original_answer_still_has_its_defects() -> None:
    report = contentlint.lint([ORIGINAL_ANSWER], config=find_project(REPO))
    assert {d.rule for d in report.diagnostics} >= {"CL305", "CL331", "CL340", "CL354"}
