"""Every output format, looked up by name (this dict also feeds --format's choices)."""

from __future__ import annotations

from contentlint.reporters.base import Reporter, RunInfo, emit
from contentlint.reporters.json import JsonReporter
from contentlint.reporters.text import TextReporter

REPORTER_BY_NAME: dict[str, type[Reporter]] = {
    cls.name: cls
    for cls in (TextReporter, JsonReporter)
}

__all__ = ["REPORTER_BY_NAME", "Reporter", "RunInfo", "emit"]
