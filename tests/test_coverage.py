"""Coverage: every catalog choice has exactly one answer, and every answer a catalog choice."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

from contentlint.config import Project
from contentlint.engine import Report, run
from tests.conftest import CATALOG, REAL_TITLE

LintFiles = Callable[..., Report]


def answer(q: int, c: int, title: str = REAL_TITLE) -> str:
    return f"---\ntitle: {title}\nquestion_id: {q}\nchoice_id: {c}\n---\nMetin.\n"


def coverage(report: Report) -> list[tuple[str, str, int, int]]:
    return sorted((d.rule, d.path, d.line, d.column) for d in report.diagnostics
                  if d.category == "coverage")


def test_complete_content_has_no_coverage_finding(lint_files: LintFiles) -> None:
    assert coverage(lint_files({"content/answers/a.txt": answer(8, 1)})) == []


def test_two_answers_for_one_choice_report_both_places(lint_files: LintFiles) -> None:
    report = lint_files({"content/answers/a.txt": answer(8, 1), "content/answers/b.txt": answer(8, 1)})
    assert coverage(report) == [("CL201", "content/answers/a.txt", 3, 1), ("CL201", "content/answers/b.txt", 3, 1)]
    by_path = {d.path: d.message.render("en") for d in report.diagnostics}
    assert "content/answers/b.txt:3" in by_path["content/answers/a.txt"]
    assert next(d.message.render("tr") for d in report.diagnostics if d.path == "content/answers/a.txt") == (
        "8. sorunun 1. seçeneğinin birden çok yanıtı var; şurada da yanıtlanmış: content/answers/b.txt:3")


def test_many_duplicates_name_a_few_places_and_count_the_rest(lint_files: LintFiles) -> None:
    files = {f"content/answers/{i}.txt": answer(8, 1) for i in range(6)}
    report = lint_files(files)
    message = next(d for d in report.diagnostics if d.path == "content/answers/0.txt").message.render("en")
    assert message.count("content/answers/") == 3 and message.endswith("(+2)")


def test_answers_outside_the_catalog(lint_files: LintFiles) -> None:
    report = lint_files({"content/answers/a.txt": answer(8, 1), "content/answers/b.txt": answer(99, 1),
                         "content/answers/c.txt": answer(8, 7)})
    assert coverage(report) == [("CL202", "content/answers/b.txt", 3, 1), ("CL203", "content/answers/c.txt", 3, 1)]


def test_missing_answer_is_reported_at_the_catalog_line(lint_files: LintFiles) -> None:
    catalog = CATALOG + "      - id: 2\n        title: İkinci seçenek\n"
    report = lint_files({"content/answers/a.txt": answer(8, 1)}, catalog=catalog)
    assert coverage(report) == [("CL204", "content/questions.yaml", 6, 13)]
    assert report.diagnostics[0].message.render("tr") == (
        "8. sorunun 2. seçeneğinin ('İkinci seçenek') yanıt dosyası yok")


def test_missing_answers_are_not_reported_when_only_some_files_are_checked(
        tmp_path: Path, project_factory: Callable[..., Project]) -> None:
    catalog = CATALOG + "      - id: 2\n        title: İkinci seçenek\n"
    project = project_factory({"content/answers/a.txt": answer(8, 1)}, catalog=catalog)
    report = run(project, [tmp_path / "content/answers/a.txt"], use_cache=False)
    assert coverage(report) == []


def test_title_compared_after_nfc_and_white_space_folding(lint_files: LintFiles) -> None:
    decomposed = unicodedata.normalize("NFD", REAL_TITLE).replace(" iş ", "  iş ")
    assert coverage(lint_files({"content/answers/a.txt": answer(8, 1, f"'{decomposed}'")})) == []


def test_title_mismatch_shows_where_they_differ(lint_files: LintFiles) -> None:
    report = lint_files({"content/answers/a.txt": answer(8, 1, REAL_TITLE.replace("yapmayı", "yapmak"))})
    [d] = [d for d in report.diagnostics if d.category == "coverage"]
    assert (d.rule, d.line, d.column) == ("CL205", 2, 8)
    assert d.message.render("tr") == (
        "Başlık, katalogdaki 8. sorunun 1. seçeneğinin başlığından farklı: "
        "burada '…iş birliği yapmak istiyoruz ama bu…', katalogda '…iş birliği yapmayı istiyoruz ama bu…'")


def test_catalog_errors_point_at_catalog_lines(lint_files: LintFiles) -> None:
    broken = "questions:\n  - id: 8\n    choices:\n      - id: 1\n        title: a: b\n"
    assert coverage(lint_files({"content/answers/a.txt": answer(8, 1)}, catalog=broken)) == [
        ("CL210", "content/questions.yaml", 5, 17)]
    invalid = "questions:\n  - id: 8\n    choices:\n      - id: one\n        title: x\n"
    assert coverage(lint_files({"content/answers/a.txt": answer(8, 1)}, catalog=invalid)) == [
        ("CL210", "content/questions.yaml", 4, 13)]


def test_catalog_duplicate_ids(lint_files: LintFiles) -> None:
    catalog = CATALOG + "      - id: 1\n        title: Tekrar\n"
    assert coverage(lint_files({"content/answers/a.txt": answer(8, 1)}, catalog=catalog)) == [
        ("CL211", "content/questions.yaml", 6, 13)]


def test_missing_catalog_is_one_clear_finding(lint_files: LintFiles) -> None:
    report = lint_files({"content/answers/a.txt": answer(8, 1)}, catalog=None)
    assert coverage(report) == [("CL210", "content/questions.yaml", 1, 1)]
