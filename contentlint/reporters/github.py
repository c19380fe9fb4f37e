"""GitHub Actions: one workflow command per finding, and a job summary when the runner asks for one.

GitHub shows the annotations beside the changed lines of a pull request (only the first few per
step), so the job summary lists the rest as a table.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from contentlint.diagnostics import Severity
from contentlint.messages import Lang, msg, reason
from contentlint.reporters import markdown, words
from contentlint.reporters.base import Reporter, SourceRoot, source_root, visible

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

SUMMARY_ROWS = 100
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command: '%' and line breaks are encoded."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value: also ':' and ',', which would end the value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: Diagnostic, root: SourceRoot, lang: Lang) -> str:
    properties = {"file": root.locate(d.path), "line": str(d.line)}
    end_line = d.end_line or d.line
    # GitHub accepts columns only on a one-line range; its endColumn is the last column inside
    # the range, ours the first one after it.
    if end_line == d.line:
        properties["col"] = str(d.column)
        if d.end_column is not None and d.end_column > d.column:
            properties["endColumn"] = str(d.end_column - 1)
    properties["endLine"] = str(end_line)
    properties["title"] = f"{d.rule} {d.name}"
    text = d.text(lang)
    hint = words.fix_hint(d, lang)
    if hint is not None:
        text += f"\n{words.fix_label(lang)}: {hint}"
    listed = ",".join(f"{key}={escape_property(visible(value))}" for key, value in properties.items())
    return f"::{_COMMAND[d.severity]} {listed}::{escape_data(visible(text))}"


class GithubReporter(Reporter):
    name = "github"
    description = "GitHub Actions annotations, plus a job summary when $GITHUB_STEP_SUMMARY is set"

    def finish(self, report: Report) -> None:
        lang = self.info.lang
        # Written at the end: the repository root, which GitHub resolves paths from, is known
        # only from the report.
        root = source_root(report)
        for d in report.diagnostics:
            self.stream.write(annotation(d, root, lang) + "\n")
        summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
        if not summary_file:
            return
        try:
            with open(summary_file, "a", encoding="utf-8", newline="\n") as out:
                out.write(markdown.render(report, lang, max_rows=SUMMARY_ROWS) + "\n")
        except OSError as exc:
            sys.stderr.write(msg(
                "contentlint: cannot write the job summary to {path}: {error}",
                "contentlint: iş özeti {path} dosyasına yazılamadı: {error_tr}",
                path=summary_file, **reason(exc),
            ).render(lang) + "\n")
