"""JUnit XML, validated against the strict Ant schema that CI dashboards read."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from contentlint.diagnostics import Severity
from contentlint.engine import Report
from contentlint.messages import Lang
from tests.conftest import FIXTURES
from tests.test_reporters_common import empty_report, render, varied_report, with_fixes

XSD = etree.XMLSchema(etree.parse(str(FIXTURES / "external" / "junit.xsd")))


def parsed(report: Report, lang: Lang = "en") -> etree._Element:
    text = render("junit", report, lang)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = etree.fromstring(text.encode("utf-8"))
    XSD.assertValid(root)
    return root


def test_real_output_is_valid(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    root = parsed(report)
    suites = root.findall("testsuite")
    checked = {r.relpath for r in report.results}
    flagged = {d.path for d in report.diagnostics}
    assert [s.get("name") for s in suites] == sorted(checked | flagged)
    assert [s.get("id") for s in suites] == [str(i) for i in range(len(suites))]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", suites[0].get("timestamp") or "")


def test_each_finding_is_a_test_case(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    root = parsed(report)
    for suite in root.findall("testsuite"):
        found = [d for d in report.diagnostics if d.path == suite.get("name")]
        cases = suite.findall("testcase")
        if not found:
            (case,) = cases
            assert case.get("name") == "no problems" and len(case) == 0
            assert suite.get("tests") == "1" and suite.get("failures") == "0"
            continue
        assert len(cases) == len(found) == int(suite.get("tests") or 0)
        failing = [d for d in found if d.severity is not Severity.INFO]
        assert suite.get("failures") == str(len(failing))
        assert suite.get("skipped") == str(len(found) - len(failing))
        assert suite.get("errors") == "0"
        for case, d in zip(cases, found, strict=True):
            assert case.get("name") == f"{d.rule} {d.name} (line {d.line}, column {d.column})"
            (outcome,) = case
            if d.severity is Severity.INFO:
                assert outcome.tag == "skipped"
            else:
                assert outcome.tag == "failure"
                assert outcome.get("type") == d.severity.value
            assert outcome.get("message") == d.message.render("en").replace("\x01", "\\x01")
            assert (outcome.text or "").startswith(f"{d.path}:{d.line}:{d.column}: ")


def test_class_names_have_no_file_suffix(tmp_path: Path) -> None:
    root = parsed(varied_report(tmp_path))
    suite = next(s for s in root.findall("testsuite") if s.get("name") == "content/answers/b.md")
    assert {c.get("classname") for c in suite.findall("testcase")} == {"content/answers/b"}


def test_turkish(tmp_path: Path) -> None:
    report = with_fixes(varied_report(tmp_path))
    root = parsed(report, "tr")
    names = [c.get("name") for c in root.iter("testcase")]
    assert "sorun yok" in names
    assert "CL111 frontmatter-unknown-key (5. satır, 1. sütun)" in names
    details = "\n".join(f.text or "" for f in root.iter("failure"))
    assert "content/answers/b.md:5:1: hata CL111 frontmatter-unknown-key" in details
    assert "öneri: Anahtarı silin (--fix ile düzeltilebilir)" in details


def test_no_findings(tmp_path: Path) -> None:
    root = parsed(empty_report(tmp_path))
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "content/answers/a.md"
    assert [c.get("name") for c in suite.iter("testcase")] == ["no problems"]
