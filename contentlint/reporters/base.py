"""The reporter lifecycle shared by every output format: start, handle each diagnostic, finish."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, ClassVar, TextIO

from contentlint.messages import Lang

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report


# Control characters (a terminal or log would obey ESC sequences), the characters that break
# lines or reorder what follows them (a reader would see another text than the one written),
# lone surrogates and the two non-characters XML cannot hold. Tab and newline stay; each format
# decides about newlines.
_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]")


def visible(text: str) -> str:
    """``text`` with characters that must not reach a terminal, a log or XML shown as escapes.

    Messages quote the checked files, which may hold anything.
    """
    def escaped(found: re.Match[str]) -> str:
        code = ord(found.group())
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _INVISIBLE.sub(escaped, text)


def one_line(text: str) -> str:
    """:func:`visible`, with tabs and newlines escaped too: a field that must stay on its line
    (a file name in a heading, a message in the text output)."""
    return visible(text).replace("\t", "\\x09").replace("\n", "\\x0a")


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


@dataclass(frozen=True)
class SourceRoot:
    """The repository holding the project, which is where GitHub resolves a report's paths.

    Diagnostics carry paths relative to the project root; when the project is a folder inside
    a repository, annotations and code-scanning results need that folder as a prefix.
    """

    path: Path | None
    prefix: str

    def locate(self, relpath: str) -> str:
        if not relpath or PurePosixPath(relpath).is_absolute():
            return relpath
        return self.prefix + relpath


def source_root(report: Report) -> SourceRoot:
    """The nearest folder at or above the project root holding ``.git``, else the project root."""
    if report.project is None:
        return SourceRoot(None, "")
    project_root = report.project.root.resolve()
    for folder in (project_root, *project_root.parents):
        if (folder / ".git").exists():
            inner = project_root.relative_to(folder).as_posix()
            return SourceRoot(folder, "" if inner == "." else inner + "/")
    return SourceRoot(project_root, "")
