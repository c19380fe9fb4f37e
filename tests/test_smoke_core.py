from __future__ import annotations

from collections.abc import Callable

from contentlint.engine import Report
from tests.conftest import HEADER


def test_valid_answer_has_no_schema_or_coverage_problem(lint_files: Callable[..., Report]) -> None:
    report = lint_files({"content/answers/a.md": HEADER + "Metin.\n"})
    assert [d for d in report.diagnostics if d.category in ("schema", "coverage")] == []
    assert report.files == 1
