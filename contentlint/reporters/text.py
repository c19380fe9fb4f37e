"""Terminal text for people: grouped by file, colour only on a terminal, a summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from contentlint.diagnostics import Severity
from contentlint.reporters import words
from contentlint.reporters.base import Reporter, one_line

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET, _BOLD, _DIM = "\033[0m", "\033[1m", "\033[2m"


class TextReporter(Reporter):
    name = "text"
    description = "grouped by file, for people (default)"

    _current: str | None = None

    def _paint(self, text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if self.info.color else text

    def handle(self, d: Diagnostic) -> None:
        lang = self.info.lang
        if d.path != self._current:
            if self._current is not None:
                self.stream.write("\n")
            self.stream.write(self._paint(one_line(d.path), _BOLD) + "\n")
            self._current = d.path
        # Pad before painting: escape codes would otherwise count towards the column width.
        word = self._paint(f"{words.severity_word(d.severity, lang):<7}", _COLORS[d.severity])
        position = f"{d.line}:{d.column}"
        rule = self._paint(f"{d.rule} {d.name}", _DIM)
        self.stream.write(f"  {position:<8} {word}  {one_line(d.text(lang))}  {rule}\n")
        hint = words.fix_hint(d, lang)
        if hint is not None:
            self.stream.write(f"  {'':<8} {words.fix_label(lang)}: {one_line(hint)}\n")

    def finish(self, report: Report) -> None:
        if self._current is not None:
            self.stream.write("\n")
        self.stream.write(self._paint(words.summary(report, self.info.lang), _BOLD) + "\n")
