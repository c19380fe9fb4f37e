"""The text report for people at a terminal."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from contentlint.diagnostics import Edit, Fix
from contentlint.engine import Report
from contentlint.messages import Lang, msg
from contentlint.reporters import words
from tests.test_reporters_common import empty_report, render, varied_report, with_fixes

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_colour_only_when_asked(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    plain, coloured = render("text", report), render("text", report, color=True)
    assert "\x1b" not in plain
    assert "\x1b[31m" in coloured and "\x1b[33m" in coloured and "\x1b[36m" in coloured
    assert ANSI.sub("", coloured) == plain


def test_grouped_by_file_with_aligned_columns(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    lines = ANSI.sub("", render("text", report, color=True)).splitlines()
    assert [line for line in lines if line and not line.startswith(" ")][:-1] == list(
        dict.fromkeys(d.path for d in report.diagnostics))
    findings = [line for line in lines if re.match(r"  \d+:\d+ ", line)]
    assert len(findings) == len(report.diagnostics)
    assert {line.index(d.message.render("en")[:12]) for line, d in zip(findings, report.diagnostics, strict=True)
            if "\x01" not in d.message.render("en")} == {20}


def test_fix_hints(tmp_path: Path) -> None:
    text = render("text", with_fixes(varied_report(tmp_path)), "tr")
    assert "           öneri: Anahtarı silin (--fix ile düzeltilebilir)\n" in text
    assert "           öneri: Editöre sorun\n" in text


def test_escape_sequences_from_files_do_not_reach_the_terminal(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    text = render("text", report, color=True)
    assert "\\x01" in text
    assert all(code.startswith("\x1b[") for code in re.findall(r"\x1b.{0,2}", text))


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "1 file checked, no problems found."),
    ("tr", "1 dosya denetlendi, sorun bulunmadı."),
])
def test_summary_without_findings(tmp_path: Path, lang: Lang, expected: str) -> None:
    assert render("text", empty_report(tmp_path), lang) == expected + "\n"


@pytest.mark.parametrize(("files", "severities", "en", "tr"), [
    (1, ["error"], "1 file checked: 1 error, 0 warnings, 0 notes.",
     "1 dosya denetlendi: 1 hata, 0 uyarı, 0 bilgi."),
    (3, ["error", "error", "warning", "info"], "3 files checked: 2 errors, 1 warning, 1 note.",
     "3 dosya denetlendi: 2 hata, 1 uyarı, 1 bilgi."),
])
def test_summary_counts(tmp_path: Path, files: int, severities: list[str], en: str, tr: str) -> None:
    sample = varied_report(tmp_path).diagnostics
    report = Report(files, [next(d for d in sample if d.severity.value == s) for s in severities])
    assert words.summary(report, "en") == en
    assert words.summary(report, "tr") == tr


def test_a_fix_that_fix_does_not_apply_is_not_announced_as_fixable(tmp_path: Path) -> None:
    """A spelling suggestion among several carries an edit but is advice: --fix leaves it."""
    from contentlint import rules

    report = varied_report(tmp_path)
    advice_rule = next(d for d in report.diagnostics if not rules.RULES[d.rule].fixable)
    edit = Fix(msg("Write “gönüllü”", "“gönüllü” yazın"), (Edit(6, 1, 6, 4, "gönüllü"),))
    report = dataclasses.replace(report, diagnostics=[
        dataclasses.replace(d, fix=edit) if d is advice_rule else d for d in report.diagnostics])
    output = render("text", report, "tr")
    assert "öneri: “gönüllü” yazın\n" in output
    assert "“gönüllü” yazın (--fix" not in output
