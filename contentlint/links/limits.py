"""Politeness: how many requests may be in flight, per host and in all, and when the next may start."""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

# After a 429 at concurrency 1, the pause between requests grows from here, up to the ceiling.
_FIRST_SLOWDOWN = 0.25
_SLOWEST = 30.0


class Clock(Protocol):
    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RealClock:
    def now(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class HostGate:
    """Admits requests to one host: at most ``limit`` at once, ``interval`` apart, none while blocked.

    Waiters are served first come, first served. A 429 halves the concurrency (then doubles the
    interval once it is 1) and blocks the host for Retry-After; successes win it back step by step.
    """

    def __init__(self, limit: int, interval: float, clock: Clock) -> None:
        self.configured_limit = limit
        self.configured_interval = interval
        self.limit = limit
        self.interval = interval
        self.active = 0
        self._clock = clock
        self._next_start = 0.0
        self._blocked_until = 0.0
        self._successes = 0
        self._turn = asyncio.Lock()
        self._freed = asyncio.Event()

    async def acquire(self) -> None:
        async with self._turn:
            while True:
                while self.active >= self.limit:
                    self._freed.clear()
                    await self._freed.wait()
                delay = max(self._next_start, self._blocked_until) - self._clock.now()
                if delay <= 0:
                    break
                await self._clock.sleep(delay)
            self.active += 1
            self._next_start = self._clock.now() + self.interval

    def release(self) -> None:
        self.active -= 1
        self._freed.set()

    def slow_down(self, pause: float) -> None:
        """The host said 429 (or 503 with Retry-After): wait ``pause``, then go slower."""
        self._blocked_until = max(self._blocked_until, self._clock.now() + pause)
        self._successes = 0
        if self.limit > 1:
            self.limit = max(1, self.limit // 2)
        else:
            self.interval = min(_SLOWEST, max(self.interval * 2, _FIRST_SLOWDOWN))

    def succeeded(self) -> None:
        if self.limit == self.configured_limit and self.interval == self.configured_interval:
            return
        self._successes += 1
        if self._successes < self.limit:
            return
        self._successes = 0
        if self.interval > self.configured_interval:
            self.interval = max(self.configured_interval, self.interval / 2)
            if self.interval < _FIRST_SLOWDOWN:
                self.interval = self.configured_interval
        else:
            self.limit = min(self.configured_limit, self.limit + 1)
            self._freed.set()
