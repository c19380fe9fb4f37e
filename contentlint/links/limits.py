"""Politeness: how many requests may be in flight, per host and in all, and when the next may start.

One :class:`Scheduler` hands out every request slot of a run. A free slot goes to the waiting host
with the most links left to check, so the busiest host, which sets the length of the run, is kept
as busy as its own limit allows while the small hosts fill the rest of the global limit.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections import deque
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
    """The state of one host: at most ``limit`` requests at once, ``interval`` apart, none while
    paused, and none at all once closed.

    A 429 halves the concurrency (then doubles the interval once it is 1) and pauses the host for
    its Retry-After; successes win the speed back step by step. ``remaining`` counts the host's
    links not yet decided: the scheduler serves the host with the most first.
    """

    def __init__(self, limit: int, interval: float, clock: Clock) -> None:
        self.configured_limit = limit
        self.configured_interval = interval
        self.limit = limit
        self.interval = interval
        self.active = 0
        self.remaining = 0
        self.answered = False
        self.timeouts = 0
        self.limited_since: float | None = None
        self.closed: Exception | None = None
        self.waiting: deque[asyncio.Future[None]] = deque()
        self._clock = clock
        self._next_start = 0.0
        self._paused_until = 0.0
        self._slowed_at = float("-inf")
        self._successes = 0

    def ready_at(self) -> float:
        return max(self._next_start, self._paused_until)

    def started(self, now: float) -> None:
        self.active += 1
        self._next_start = now + self.interval

    def slow_down(self, pause: float, sent_at: float) -> None:
        """The host said 429 (or 503 with Retry-After) to a request sent at ``sent_at``: pause,
        then go slower. Answers to requests that were already in flight at the last slow-down
        extend the pause but do not slow the host down again."""
        now = self._clock.now()
        if self.limited_since is None:
            self.limited_since = now
        self._paused_until = max(self._paused_until, now + pause)
        self._successes = 0
        if sent_at < self._slowed_at:
            return
        self._slowed_at = now
        if self.limit > 1:
            self.limit = max(1, self.limit // 2)
        else:
            self.interval = min(_SLOWEST, max(self.interval * 2, _FIRST_SLOWDOWN))

    def succeeded(self) -> None:
        self.answered = True
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

    def close(self, reason: Exception) -> None:
        """No more requests to this host: every waiting one and every later one gets ``reason``."""
        if self.closed is None:
            self.closed = reason
        while self.waiting:
            waiter = self.waiting.popleft()
            if not waiter.done():
                waiter.set_exception(self.closed)


class Scheduler:
    """Hands out the run's ``capacity`` request slots among the hosts' waiting requests."""

    def __init__(self, capacity: int, clock: Clock) -> None:
        self.capacity = capacity
        self.active = 0
        self._clock = clock
        # Hosts with waiting requests, the most links left first. A host's count only goes down, so
        # an entry may be stale (too high): it is corrected when it comes out on top.
        self._queue: list[tuple[int, int, HostGate]] = []
        self._queued: set[HostGate] = set()
        self._order = itertools.count()
        self._dispatching = False
        self._waker: asyncio.Task[None] | None = None
        self._wake_at = float("inf")

    async def acquire(self, gate: HostGate) -> None:
        """Wait for a slot for ``gate``'s host; raises the gate's reason once it is closed."""
        if gate.closed is not None:
            raise gate.closed
        now = self._clock.now()
        if (not self._dispatching and self.active < self.capacity and not gate.waiting
                and gate.active < gate.limit and gate.ready_at() <= now):
            # A slot nobody else is waiting for: no need to wait for the next turn of the loop.
            gate.started(now)
            self.active += 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        gate.waiting.append(waiter)
        if gate not in self._queued:
            self._queue_gate(gate)
        self._schedule()
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                self.release(gate)  # the slot was granted just as the request was given up
            elif waiter in gate.waiting:
                gate.waiting.remove(waiter)
            raise

    def release(self, gate: HostGate) -> None:
        gate.active -= 1
        self.active -= 1
        # Not at once: the request that ends first tells its host what the answer meant (a 429
        # pauses it, a timeout may close it) before the slot is handed on.
        self._schedule()

    def wake(self) -> None:
        """A gate changed (a pause, a closing): look again."""
        self._schedule()

    def _schedule(self) -> None:
        # Decisions are taken once per turn of the event loop, so requests that arrive together
        # compete by priority instead of by arrival.
        if not self._dispatching:
            self._dispatching = True
            asyncio.get_running_loop().call_soon(self._dispatch)

    def _queue_gate(self, gate: HostGate) -> None:
        self._queued.add(gate)
        heapq.heappush(self._queue, (-gate.remaining, next(self._order), gate))

    def _dispatch(self) -> None:
        self._dispatching = False
        now = self._clock.now()
        waiting: list[HostGate] = []  # hosts at their limit or paused: queued again afterwards
        while self.active < self.capacity and self._queue:
            key, _, gate = heapq.heappop(self._queue)
            while gate.waiting and gate.waiting[0].done():
                gate.waiting.popleft()  # given up (deadline, closed host)
            if not gate.waiting:
                self._queued.discard(gate)
            elif -key != gate.remaining:
                heapq.heappush(self._queue, (-gate.remaining, next(self._order), gate))
            elif gate.active >= gate.limit or gate.ready_at() > now:
                waiting.append(gate)
            else:
                gate.started(now)
                self.active += 1
                gate.waiting.popleft().set_result(None)
                heapq.heappush(self._queue, (key, next(self._order), gate))
        for gate in waiting:
            heapq.heappush(self._queue, (-gate.remaining, next(self._order), gate))
        if self.active < self.capacity:
            later = [g.ready_at() for g in waiting if g.active < g.limit]
            if later:
                self._wake_later(min(later))

    def _wake_later(self, when: float) -> None:
        if self._waker is not None and not self._waker.done() and self._wake_at <= when:
            return
        if self._waker is not None:
            self._waker.cancel()
        self._wake_at = when
        self._waker = asyncio.ensure_future(self._sleep_until(when))

    async def _sleep_until(self, when: float) -> None:
        await self._clock.sleep(max(0.0, when - self._clock.now()))
        self._wake_at = float("inf")
        self._waker = None
        self._dispatch()

    def close(self) -> None:
        if self._waker is not None:
            self._waker.cancel()
