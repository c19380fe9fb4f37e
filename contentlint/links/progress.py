"""Progress of a link check on stderr: a bar on a terminal, a plain line now and then elsewhere."""

from __future__ import annotations

import time
from typing import TextIO

from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import Lang, pick

_WIDTH = 30


class Progress:
    def __init__(self, stream: TextIO, lang: Lang, *, tty: bool | None = None, every: float = 5.0) -> None:
        self.stream = stream
        self.lang = lang
        self.tty = stream.isatty() if tty is None else tty
        self.every = every if not self.tty else 0.1
        self.total = self.checked = self.broken = 0
        self._last = 0.0

    def start(self, total: int) -> None:
        self.total, self.checked, self.broken = total, 0, 0
        self._last = time.monotonic()

    def advance(self, result: LinkResult) -> None:
        self.checked += 1
        self.broken += result.status is LinkStatus.BROKEN
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self._show()

    def finish(self) -> None:
        if self.total:
            self._show()
            if self.tty:
                self.stream.write("\n")
        self.stream.flush()

    def line(self) -> str:
        return pick(
            self.lang,
            f"links: {self.checked}/{self.total} checked, {self.broken} broken",
            f"bağlantılar: {self.checked}/{self.total} denetlendi, {self.broken} bozuk",
        )

    def _show(self) -> None:
        if self.tty:
            filled = _WIDTH * self.checked // max(1, self.total)
            self.stream.write(f"\r[{'#' * filled}{'-' * (_WIDTH - filled)}] {self.line()}\x1b[K")
        else:
            self.stream.write(self.line() + "\n")
        self.stream.flush()
