"""JUnit XML for CI test dashboards (Jenkins, GitLab, GitHub test reporters).

The strict Apache Ant dialect, so that the strictest readers take it: one ``<testsuite>`` per
checked file, one ``<testcase>`` per finding. Errors and warnings are failures; a note is a
skipped test case, so a dashboard shows it without turning red. A file without findings is one
passing test case.
"""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from xml.etree import ElementTree as ET

from contentlint import __version__
from contentlint.diagnostics import Severity
from contentlint.messages import Lang, pick
from contentlint.reporters import words
from contentlint.reporters.base import Reporter, visible

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

def _classname(path: str) -> str:
    # Dashboards read dots in a class name as package separators: "b.md" would become class "md".
    return str(PurePosixPath(path).with_suffix("")) if PurePosixPath(path).suffix else path


def _case_name(d: Diagnostic, lang: Lang) -> str:
    where = pick(lang, f"line {d.line}, column {d.column}", f"{d.line}. satır, {d.column}. sütun")
    return f"{d.rule} {d.name} ({where})"


def _details(d: Diagnostic, lang: Lang) -> str:
    severity = words.severity_word(d.severity, lang)
    lines = [f"{d.path}:{d.line}:{d.column}: {severity} {d.rule} {d.name}", d.text(lang)]
    if d.url and d.url not in d.text(lang):
        lines.append(d.url)
    hint = words.fix_hint(d, lang)
    if hint is not None:
        lines.append(f"{words.fix_label(lang)}: {hint}")
    return "\n".join(lines)


def junit_tree(report: Report, lang: Lang, *, timestamp: datetime, hostname: str) -> ET.Element:
    by_path: dict[str, list[Diagnostic]] = {r.relpath: [] for r in report.results}
    for d in report.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    suites = ET.Element("testsuites")
    for number, path in enumerate(sorted(by_path)):
        found = by_path[path]
        notes = sum(1 for d in found if d.severity is Severity.INFO)
        name = visible(path)
        suite = ET.SubElement(suites, "testsuite", {
            "name": name, "package": name, "id": str(number),
            "tests": str(len(found) or 1), "failures": str(len(found) - notes), "errors": "0",
            "skipped": str(notes), "time": "0",
            "timestamp": timestamp.strftime("%Y-%m-%dT%H:%M:%S"), "hostname": hostname,
        })
        ET.SubElement(ET.SubElement(suite, "properties"), "property",
                      {"name": "contentlint.version", "value": __version__})
        classname = visible(_classname(path))
        if not found:
            ET.SubElement(suite, "testcase", {"name": pick(lang, "no problems", "sorun yok"),
                                              "classname": classname, "time": "0"})
        for d in found:
            case = ET.SubElement(suite, "testcase", {"name": visible(_case_name(d, lang)),
                                                     "classname": classname, "time": "0"})
            outcome = {"message": visible(d.text(lang))}
            if d.severity is Severity.INFO:
                element = ET.SubElement(case, "skipped", outcome)
            else:
                element = ET.SubElement(case, "failure", {**outcome, "type": d.severity.value})
            element.text = visible(_details(d, lang))
        ET.SubElement(suite, "system-out").text = ""
        ET.SubElement(suite, "system-err").text = ""
    return suites


class JunitReporter(Reporter):
    name = "junit"
    description = "JUnit XML for CI dashboards: a test suite per file, a failed test per finding"

    def finish(self, report: Report) -> None:
        tree = junit_tree(report, self.info.lang, timestamp=datetime.now(UTC),
                          hostname=socket.gethostname() or "localhost")
        ET.indent(tree)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(tree, encoding="unicode") + "\n")
