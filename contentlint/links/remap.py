"""Rewrite request URLs: tests, offline mirrors and audits point the checker at other servers.

Only what goes on the wire changes; the checker keeps reasoning (and reporting) in the URLs as
written. The user chose each rule's target server, so the SSRF guard trusts a rewritten URL that
lands exactly there (scheme, host and port of the replacement) and nothing else: a URL that
merely contains a rule's pattern must not borrow that trust.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

Origin = tuple[str, str, int | None]


def origin(url: str) -> Origin | None:
    """(scheme, host, port) of an absolute http(s) URL; None for anything else."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.scheme.lower(), parts.hostname.lower(), port or (443 if parts.scheme.lower() == "https" else 80)


@dataclass(frozen=True, slots=True)
class RemapRule:
    pattern: re.Pattern[str]
    replacement: str
    target: Origin | None  # where the replacement points; None when a group reference builds it

    @classmethod
    def parse(cls, rule: str) -> RemapRule:
        """'REGEX REPLACEMENT' (validated by the configuration: exactly two words)."""
        pattern, replacement = rule.split()
        head = replacement.split("/", 3)
        fixed = "\\" not in "/".join(head[:3])
        return cls(re.compile(pattern), replacement, origin(replacement) if fixed else None)


class Remapper:
    def __init__(self, rules: Sequence[str]) -> None:
        self.rules = tuple(RemapRule.parse(rule) for rule in rules)

    def apply(self, url: str) -> tuple[str, bool]:
        """The URL to request, and whether it is trusted: a rule rewrote it to exactly that rule's
        target server. The first rule that matches wins."""
        for rule in self.rules:
            if rule.pattern.search(url):
                target = rule.pattern.sub(rule.replacement, url, count=1)
                return target, rule.target is not None and origin(target) == rule.target
        return url, False
