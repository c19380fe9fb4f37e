"""Every output format, looked up by name (this dict also feeds --format's choices)."""

from __future__ import annotations

from contentlint.reporters.base import Reporter, RunInfo, emit
from contentlint.reporters.github import GithubReporter
from contentlint.reporters.json import JsonReporter
from contentlint.reporters.junit import JunitReporter
from contentlint.reporters.markdown import MarkdownReporter
from contentlint.reporters.sarif import SarifReporter
from contentlint.reporters.text import TextReporter

REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    cls.name: cls
    for cls in (
        TextReporter, JsonReporter, SarifReporter, GithubReporter, JunitReporter, MarkdownReporter,
    )
}

__all__ = ["REPORTER_BY_NAME", "Reporter", "RunInfo", "emit"]
