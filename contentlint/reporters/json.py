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
    return {**_head(report), "diagnostics": [d.to_dict(lang) for d in report.diagnostics]}  # type: ignore[arg-type]


def _head(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "contentlint", "version": __version__},
        "summary": {
            "files": report.files,
            "errors": report.count(Severity.ERROR),
            "warnings": report.count(Severity.WARNING),
            "infos": report.count(Severity.INFO),
        },
    }


class JsonReporter(Reporter):
    name = "json"
    description = "one JSON document (schemas/report.schema.json)"

    def finish(self, report: Report) -> None:
        # A thousand diagnostics at a time: the whole document as one dict, then one string,
        # would hold a large tree's report in memory three times over, and one json.dumps per
        # diagnostic spends more on setting up the encoder than on encoding. json.dumps without
        # indent runs in C (json.dump and indent fall back to pure Python); a list's items are
        # joined with ", ", as between the slices.
        head = json.dumps(_head(report), ensure_ascii=False)
        write = self.stream.write
        write(head[:-1] + ', "diagnostics": [')
        lang = self.info.lang
        diagnostics = report.diagnostics
        for start in range(0, len(diagnostics), _SLICE):
            if start:
                write(", ")
            write(json.dumps([d.to_dict(lang) for d in diagnostics[start:start + _SLICE]], ensure_ascii=False)[1:-1])
        write("]}\n")


_SLICE = 1000
