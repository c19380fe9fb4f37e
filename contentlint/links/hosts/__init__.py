"""What each kind of host needs: chosen by the link's original host, generic when none claims it."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol

from contentlint.links.hosts import generic, stgm
from contentlint.links.hosts import youtube as youtube

if TYPE_CHECKING:
    from contentlint.links.checker import Checker
    from contentlint.links.model import LinkResult
    from contentlint.links.urls import WebUrl


class HostKind(Protocol):
    def matches(self, host: str) -> bool: ...

    def check(self, checker: Checker, link: WebUrl) -> Awaitable[LinkResult]: ...


_KINDS: tuple[HostKind, ...] = (youtube, stgm)


def pick(host: str) -> HostKind:
    return next((kind for kind in _KINDS if kind.matches(host)), generic)
