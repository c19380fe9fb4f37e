"""JSON: the stable machine format, described by schemas/report.schema.json."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from contentlint import __version__
from contentlint.diagnostics import Severity
from contentlint.reporters.base import Reporter

if TYPE_CHECKING:
    from contentlint.engine import Report


def report_dict(report: Report, lang: str) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "contentlint", "version": __version__},
        "summary": {
            "files": report.files,
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "infos": report.count(Severity.INFO),
        },
        "diagnostics": [d.to_dict(lang) for d in report.diagnostics],  # type: ignore[arg-type]
    }


class JsonReporter(Reporter):
    name = "json"
    description = "one JSON document (schemas/report.schema.json)"

    def finish(self, report: Report) -> None:
        # dumps without indent runs in C; json.dump and indent fall back to pure Python, which
        # takes seconds on a large content tree.
        self.stream.write(json.dumps(report_dict(report, self.info.lang), ensure_ascii=False))
        self.stream.write("\n")
