"""The reporter lifecycle shared by every output format: start, handle each diagnostic, finish."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, TextIO

from contentlint.messages import Lang

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report


@dataclass
class RunInfo:
    """What every reporter may need besides the diagnostics."""

    lang: Lang
    files: int
    color: bool = False


class Reporter:
    name: ClassVar[str]
    description: ClassVar[str]

    def __init__(self, stream: TextIO, info: RunInfo) -> None:
        self.stream = stream
        self.info = info

    def start(self) -> None:
        """Called once before any diagnostic."""

    def handle(self, diagnostic: Diagnostic) -> None:
        """Called for each diagnostic, in sorted order."""

    def finish(self, report: Report) -> None:
        """Called once at the end with the whole report."""


def emit(reporter: Reporter, report: Report) -> None:
    reporter.start()
    for diagnostic in report.diagnostics:
        reporter.handle(diagnostic)
    reporter.finish(report)
