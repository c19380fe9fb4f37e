"""Inline suppression comments in the Markdown body, applied once by the engine.

    <!-- contentlint-disable-next-line CL301 -->
    <!-- contentlint-disable CL301, link-text-sentence -->  …  <!-- contentlint-enable CL301 -->
    <!-- contentlint-disable -->  (every rule, until <!-- contentlint-enable -->)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from contentlint.diagnostics import Finding
from contentlint.messages import msg

UNKNOWN_RULE = "CL010"
_DIRECTIVE = re.compile(
    r"<!--\s*contentlint-(disable-next-line|disable|enable)\b([^>]*?)-->"
)
ALL = "*"


@dataclass
class Suppressions:
    # (first line, last line or None for open-ended, rule id or ALL)
    ranges: list[tuple[int, int | None, str]] = field(default_factory=list)
    unknown: list[Finding] = field(default_factory=list)

    def covers(self, rule: str, line: int) -> bool:
        return any(
            start <= line and (end is None or line <= end) and target in (rule, ALL)
            for start, end, target in self.ranges
        )


def parse(body: str, body_line: int, resolve: Callable[[str], str | None]) -> Suppressions:
    """Read the directives of ``body``; ``resolve`` turns an ID or name into a rule ID, or None."""
    found = Suppressions()
    if "contentlint-" not in body:
        return found
    open_since: dict[str, int] = {}
    for row, text in enumerate(body.split("\n")):
        line = body_line + row
        for match in _DIRECTIVE.finditer(text):
            kind = match.group(1)
            names = [n for n in re.split(r"[\s,]+", match.group(2).strip()) if n]
            targets: list[str] = []
            for name in names:
                rule = resolve(name)
                if rule is None:
                    column = match.start(2) + match.group(2).find(name) + 1
                    found.unknown.append(Finding(line, column, msg(
                        "Unknown rule '{name}' in a contentlint comment",
                        "contentlint yorumunda bilinmeyen kural: '{name}'",
                        name=name,
                    ), line, column + len(name)))
                else:
                    targets.append(rule)
            if not names:
                targets = [ALL]
            if kind == "disable-next-line":
                found.ranges.extend((line + 1, line + 1, t) for t in targets)
            elif kind == "disable":
                for t in targets:
                    open_since.setdefault(t, line)
            else:
                closing = list(open_since) if targets == [ALL] else targets
                for t in closing:
                    start = open_since.pop(t, None)
                    if start is not None:
                        found.ranges.append((start, line, t))
    found.ranges.extend((start, None, t) for t, start in open_since.items())
    return found
