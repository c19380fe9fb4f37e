"""Every output format, looked up by name (this mapping also feeds --format's choices).

A format's module is imported only when the format is used: listing the names (for --help and
for checking --format) costs nothing, so a plain text run never loads SARIF or JUnit code.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import import_module

from contentlint.reporters.base import Reporter, RunInfo, emit

_WHERE = {
    "text": ("text", "TextReporter"),
    "json": ("json", "JsonReporter"),
    "sarif": ("sarif", "SarifReporter"),
    "github": ("github", "GithubReporter"),
    "junit": ("junit", "JunitReporter"),
    "markdown": ("markdown", "MarkdownReporter"),
}


class _Registry(Mapping[str, type[Reporter]]):
    def __getitem__(self, name: str) -> type[Reporter]:
        module, cls = _WHERE[name]
        reporter: type[Reporter] = getattr(import_module(f"contentlint.reporters.{module}"), cls)
        return reporter

    def __iter__(self) -> Iterator[str]:
        return iter(_WHERE)

    def __len__(self) -> int:
        return len(_WHERE)


REPORTER_BY_NAME: Mapping[str, type[Reporter]] = _Registry()

__all__ = ["REPORTER_BY_NAME", "Reporter", "RunInfo", "emit"]
