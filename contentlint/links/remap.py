"""Rewrite request URLs: tests, offline mirrors and audits point the checker at other servers.

Only what goes on the wire changes; the checker keeps reasoning (and reporting) in the URLs as
written, and a target a rule produced is one the user chose, so the SSRF guard trusts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RemapRule:
    pattern: re.Pattern[str]
    replacement: str

    @classmethod
    def parse(cls, rule: str) -> RemapRule:
        """'REGEX REPLACEMENT' (validated by the configuration: exactly two words)."""
        pattern, replacement = rule.split()
        return cls(re.compile(pattern), replacement)


class Remapper:
    def __init__(self, rules: Sequence[str]) -> None:
        self.rules = tuple(RemapRule.parse(rule) for rule in rules)

    def apply(self, url: str) -> tuple[str, bool]:
        """The URL to request and whether a rule rewrote it; the first rule that matches wins."""
        for rule in self.rules:
            if rule.pattern.search(url):
                return rule.pattern.sub(rule.replacement, url, count=1), True
        return url, False
