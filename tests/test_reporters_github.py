"""GitHub Actions workflow commands and the job summary."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from contentlint.diagnostics import Severity
from contentlint.engine import Report, run
from contentlint.reporters import github, words
from contentlint.reporters.base import source_root
from tests.conftest import make_project
from tests.test_reporters_common import ODD_NAME, empty_report, render, varied_report, with_fixes

COMMAND = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")


def unescape(text: str) -> str:
    for encoded, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(encoded, char)
    return text


def commands(output: str) -> list[tuple[str, dict[str, str], str]]:
    parsed = []
    for line in output.splitlines():
        found = COMMAND.fullmatch(line)
        assert found, line
        properties = dict(item.split("=", 1) for item in found.group(2).split(","))
        parsed.append((found.group(1), {k: unescape(v) for k, v in properties.items()}, unescape(found.group(3))))
    return parsed


@pytest.fixture(autouse=True)
def _no_step_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.mark.parametrize(("text", "data", "prop"), [
    ("plain", "plain", "plain"),
    ("100% sure", "100%25 sure", "100%25 sure"),
    ("two\nlines\r\n", "two%0Alines%0D%0A", "two%0Alines%0D%0A"),
    ("a: b, c", "a: b, c", "a%3A b%2C c"),
    ("%0A literally", "%250A literally", "%250A literally"),
])
def test_escaping(text: str, data: str, prop: str) -> None:
    assert github.escape_data(text) == data
    assert github.escape_property(text) == prop


def test_one_command_per_finding(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    parsed = commands(render("github", report))
    assert len(parsed) == len(report.diagnostics)
    kinds = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    for (kind, properties, message), d in zip(parsed, report.diagnostics, strict=True):
        assert kind == kinds[d.severity]
        assert properties["file"] == d.path
        assert properties["line"] == str(d.line)
        assert properties["endLine"] == str(d.end_line or d.line)
        one_line = (d.end_line or d.line) == d.line
        assert properties.get("col") == (str(d.column) if one_line else None)
        assert properties["title"] == f"{d.rule} {d.name}"
        assert message.startswith(d.message.render("en").replace("\x01", "\\x01"))


def test_a_one_line_range_ends_at_its_last_column(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    (properties,) = [p for _, p, _ in commands(render("github", report)) if p["title"].startswith("CL111")]
    # The key 'extra' spans columns 1 to 5; the diagnostic's end (6) is exclusive.
    assert (properties["col"], properties["endColumn"]) == ("1", "5")


def test_a_range_over_lines_has_no_columns(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    d = dataclasses.replace(report.diagnostics[0], end_line=report.diagnostics[0].line + 2, end_column=3)
    line = github.annotation(d, source_root(report), "en")
    (_, properties, _), = commands(line)
    assert "col" not in properties and "endColumn" not in properties
    assert properties["endLine"] == str(d.line + 2)


def test_file_names_are_escaped(tmp_path: Path) -> None:
    output = render("github", varied_report(tmp_path))
    assert "file=content/answers/yanıt%2C ek%3A 1.md," in output
    assert ODD_NAME in {p["file"] for _, p, _ in commands(output)}


def test_fix_hints_follow_the_message_on_a_new_line(tmp_path: Path) -> None:
    output = render("github", with_fixes(varied_report(tmp_path)), "tr")
    assert "%0Aöneri: Anahtarı silin (--fix ile düzeltilebilir)" in output
    assert "%0Aöneri: Editöre sorun" in output


def test_paths_are_relative_to_the_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    report = run(make_project(tmp_path / "site", {"content/answers/a.md": "no frontmatter\n"}), use_cache=False)
    files = {p["file"] for _, p, _ in commands(render("github", report))}
    assert files == {f"site/{d.path}" for d in report.diagnostics}
    assert "site/content/answers/a.md" in files


def test_job_summary_is_appended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("Earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    report = varied_report(tmp_path / "project")
    render("github", report, "tr")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("Earlier step\n### contentlint\n")
    assert words.summary(report, "tr") in text
    assert len(re.findall(r"^\| \d+:\d+ \|", text, re.MULTILINE)) == len(report.diagnostics)


def test_job_summary_is_capped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setattr(github, "SUMMARY_ROWS", 3)
    report = varied_report(tmp_path / "project")
    render("github", report)
    text = summary.read_text(encoding="utf-8")
    hidden = len(report.diagnostics) - 3
    assert f"… and {hidden} more findings not shown here" in text
    assert len(re.findall(r"^\| \d+:\d+ \|", text, re.MULTILINE)) == 3


def test_no_findings_no_commands(tmp_path: Path) -> None:
    assert render("github", empty_report(tmp_path)) == ""


def test_an_unwritable_summary_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "missing" / "summary.md"))
    report: Report = varied_report(tmp_path / "project")
    output = render("github", report, "tr")
    assert len(commands(output)) == len(report.diagnostics)
    assert "iş özeti" in capsys.readouterr().err
