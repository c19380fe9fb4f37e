"""Terminal text for people: grouped by file, colour only on a terminal, a summary line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from contentlint.diagnostics import Severity
from contentlint.messages import pick
from contentlint.reporters.base import Reporter

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_RESET, _BOLD, _DIM = "\033[0m", "\033[1m", "\033[2m"
_WORDS = {
    Severity.ERROR: ("error", "hata"),
    Severity.WARNING: ("warning", "uyarı"),
    Severity.INFO: ("info", "bilgi"),
}


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
            self.stream.write(self._paint(d.path, _BOLD) + "\n")
            self._current = d.path
        word = pick(lang, *_WORDS[d.severity])
        position = f"{d.line}:{d.column}"
        self.stream.write(
            f"  {position:<8} {self._paint(word, _COLORS[d.severity]):<7}  {d.text(lang)}  "
            f"{self._paint(f'{d.rule} {d.name}', _DIM)}\n"
        )
        if d.fix is not None and d.fix.edits == () and d.fix.description:
            hint = pick(lang, "fix", "öneri")
            self.stream.write(f"  {'':<8} {hint}: {d.fix.description.render(lang)}\n")

    def finish(self, report: Report) -> None:
        lang = self.info.lang
        errors, warnings, infos = (report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        if self._current is not None:
            self.stream.write("\n")
        if not report.diagnostics:
            line = pick(lang, f"{report.files} files checked, no problems found.",
                        f"{report.files} dosya denetlendi, sorun bulunmadı.")
        else:
            line = pick(
                lang,
                f"{report.files} files checked: {errors} errors, {warnings} warnings, {infos} notes.",
                f"{report.files} dosya denetlendi: {errors} hata, {warnings} uyarı, {infos} bilgi.",
            )
        self.stream.write(self._paint(line, _BOLD) + "\n")
