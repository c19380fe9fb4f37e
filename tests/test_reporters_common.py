"""What every output format shares: a varied real report to feed them, and the formats as a set.

The other tests/test_reporters_*.py modules import ``varied_report`` from here, so that every
format is checked against the same real diagnostics of several kinds.
"""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest

from contentlint import cli
from contentlint.diagnostics import Diagnostic, Edit, Fix, Severity
from contentlint.engine import Report, run
from contentlint.messages import Lang, msg
from contentlint.reporters import REPORTER_BY_NAME, RunInfo, emit, words
from contentlint.reporters.base import visible
from tests.conftest import CATALOG, HEADER, REAL_TITLE, make_project

ODD_NAME = "content/answers/yanıt, ek: 1.md"  # Turkish letters, a comma, a colon and a space
VARIED_CATALOG = CATALOG + """  - id: 9
    choices:
      - id: 1
        title: Başka
      - id: 2
        title: İkinci
      - id: 3
        title: Yanıtsız
"""
VARIED_FILES = {
    "content/answers/a.md": HEADER + "Metin.\n",
    # A title quoting a control character, a table pipe and an HTML comment opener.
    "content/answers/b.md": '---\ntitle: "x|y\\x01 <!-- z"\nquestion_id: 8\nchoice_id: 1\nextra: 1\n---\n'
                            "Metin\r\n",
    "content/answers/c.md": "\ufeffön bilgi yok\n",
    "content/answers/d.md": "---\ntitle: T\nquestion_id: 77\nchoice_id: 1\n---\n"
                            "M <!-- contentlint-disable CL999 -->\n",
    "content/answers/ok.md": "---\ntitle: Başka\nquestion_id: 9\nchoice_id: 1\n---\nMetin.\n",
    ODD_NAME: "---\ntitle: İkinci\nquestion_id: 9\nchoice_id: 2\n---\r\nMetin.\r\n",
}
# CRLF becomes a note so that all three severities occur.
VARIED_CONFIG = {"severity": {"CL003": "info"}}


def varied_report(root: Path) -> Report:
    """A real run over files with errors, warnings and notes of the schema, coverage and format
    categories, one clean file, and a finding in the catalog (a file that was not checked)."""
    project = make_project(root, dict(VARIED_FILES), VARIED_CONFIG, VARIED_CATALOG)
    report = run(project, use_cache=False)
    assert {d.severity for d in report.diagnostics} == set(Severity)
    assert {d.category for d in report.diagnostics} >= {"schema", "coverage", "format"}
    return report


def empty_report(root: Path) -> Report:
    report = run(make_project(root, {"content/answers/a.md": HEADER + "Metin.\n"}), use_cache=False)
    assert report.diagnostics == []
    return report


FIX = Fix(msg("Delete the key", "Anahtarı silin"),
          (Edit(5, 1, 6, 1, ""), Edit(2, 8, 2, 20, REAL_TITLE)))
ADVICE = Fix(msg("Ask the editor", "Editöre sorun"))


def with_fixes(report: Report) -> Report:
    """The report with a fix of two edits on its first diagnostic of a rule --fix applies, and
    advice on its first warning of another rule.

    The edits are made up; the diagnostics they are attached to are real.
    """
    from contentlint import rules

    fixable = next(d for d in report.diagnostics if rules.RULES[d.rule].fixable)
    advised = next(d for d in report.diagnostics if d.severity is Severity.WARNING and d.rule != fixable.rule)

    def fixed(d: Diagnostic) -> Diagnostic:
        if d is fixable:
            return dataclasses.replace(d, fix=FIX)
        if d is advised:
            return dataclasses.replace(d, fix=ADVICE)
        return d

    return dataclasses.replace(report, diagnostics=[fixed(d) for d in report.diagnostics])


def render(name: str, report: Report, lang: Lang = "en", color: bool = False) -> str:
    out = io.StringIO()
    emit(REPORTER_BY_NAME[name](out, RunInfo(lang, report.files, color)), report)
    return out.getvalue()


def test_every_format_is_offered_by_the_cli() -> None:
    assert set(REPORTER_BY_NAME) == {"text", "json", "sarif", "github", "junit", "markdown"}
    for name in REPORTER_BY_NAME:
        assert cli._format_spec(f"{name}:out.txt") == (name, "out.txt")
        assert REPORTER_BY_NAME[name].name == name


@pytest.mark.parametrize("name", sorted(REPORTER_BY_NAME))
def test_every_format_speaks_both_languages(tmp_path: Path, name: str) -> None:
    report = varied_report(tmp_path)
    english, turkish = render(name, report, "en"), render(name, report, "tr")
    sample = next(d for d in report.diagnostics if d.rule == "CL111")
    assert sample.message.render("en") in english
    assert sample.message.render("tr") in turkish
    assert sample.message.render("en") not in turkish


@pytest.mark.parametrize("name", sorted(REPORTER_BY_NAME))
def test_no_format_passes_control_characters_through(tmp_path: Path, name: str) -> None:
    report = varied_report(tmp_path)
    assert any("\x01" in d.message.render("en") for d in report.diagnostics)
    output = render(name, report, color=False)
    if name in ("json", "sarif"):
        # JSON escapes them itself; readers get the text exactly as found.
        assert "\\u0001" in output and "\x01" not in output
    else:
        assert "\x01" not in output and "\\x01" in output


@pytest.mark.parametrize(("text", "shown"), [
    ("plain ğüşıöç", "plain ğüşıöç"),
    ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ("escape \x1b[2J", "escape \\x1b[2J"),
    ("carriage\rreturn", "carriage\\x0dreturn"),
    ("C1 \x85 and DEL \x7f", "C1 \\x85 and DEL \\x7f"),
    ("surrogate \ud800, non-character \uffff", "surrogate \\ud800, non-character \\uffff"),
])
def test_visible(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_several_formats_in_one_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    project = make_project(tmp_path, dict(VARIED_FILES), VARIED_CONFIG, VARIED_CATALOG)
    config = tmp_path / "contentlint.toml"
    config.write_text('[severity]\nCL003 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    code = cli.main(["check", "--no-cache", "--lang", "tr", "--config", str(config),
                     "--format", "text", "--format", "sarif:out.sarif", "--format", "json:out.json",
                     "--format", "junit:out.xml"])

    assert code == 1
    expected = run(project, use_cache=False)
    stdout = capsys.readouterr().out
    assert stdout.rstrip().endswith(words.summary(expected, "tr"))
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [(d["path"], d["line"], d["rule"]) for d in report["diagnostics"]] == [
        (d.path, d.line, d.rule) for d in expected.diagnostics
    ]
    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    assert len(sarif["runs"][0]["results"]) == len(expected.diagnostics)
    assert (tmp_path / "out.xml").read_text(encoding="utf-8").startswith("<?xml")
    for d in expected.diagnostics:
        assert visible(d.message.render("tr")) in stdout
