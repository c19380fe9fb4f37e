"""How one audit's result and the remembered history decide what the audit reports."""

from __future__ import annotations

from dataclasses import replace

import pytest

from contentlint.audit.classify import Section, classify, missing, removed
from contentlint.audit.history import LinkHistory, State, Usage
from contentlint.links.model import LinkResult, LinkStatus

URL = "https://www.stgm.org.tr/node/20247"
HERE = (Usage("content/answers/a.md", 6, 10, 6, 44, "Gönüllü Yönetimi"),)
DAY = 86_400.0
T0 = 1_700_000_000.0

OK = LinkResult(URL, LinkStatus.OK)
MOVED = LinkResult(URL, LinkStatus.REDIRECT, "CL406", fix_url="https://www.stgm.org.tr/gonullu")
SERVER_ERROR = LinkResult(URL, LinkStatus.BROKEN, "CL402", http_status=500)
NOT_FOUND = LinkResult(URL, LinkStatus.BROKEN, "CL401", http_status=404, certain=True)
RATE_LIMITED = LinkResult(URL, LinkStatus.UNVERIFIABLE, "CL413", http_status=429)


def seen(state: State, failures: int = 0, since: float | None = None) -> LinkHistory:
    return LinkHistory(URL, first_seen=T0 - 30 * DAY, last_checked=T0 - 7 * DAY, failures=failures,
                       failing_since=since, state=state, usages=HERE)


@pytest.mark.parametrize(
    ("previous", "result", "fail_after", "section", "state", "failures", "since"),
    [
        # First sighting.
        (None, OK, 2, None, State.OK, 0, None),
        (None, MOVED, 2, Section.REDIRECT, State.OK, 0, None),
        (None, SERVER_ERROR, 2, Section.SUSPECT, State.SUSPECT, 1, T0),
        (None, SERVER_ERROR, 1, Section.NEWLY_BROKEN, State.BROKEN, 1, T0),
        (None, NOT_FOUND, 2, Section.NEWLY_BROKEN, State.BROKEN, 1, T0),
        (None, RATE_LIMITED, 2, Section.SUSPECT, State.SUSPECT, 0, None),
        # A suspect link fails again, recovers, or cannot be checked.
        (seen(State.SUSPECT, 1, T0 - 7 * DAY), SERVER_ERROR, 2, Section.NEWLY_BROKEN, State.BROKEN, 2, T0 - 7 * DAY),
        (seen(State.SUSPECT, 1, T0 - 7 * DAY), SERVER_ERROR, 3, Section.SUSPECT, State.SUSPECT, 2, T0 - 7 * DAY),
        (seen(State.SUSPECT, 1, T0 - 7 * DAY), OK, 2, Section.FIXED, State.OK, 0, None),
        (seen(State.SUSPECT, 1, T0 - 7 * DAY), RATE_LIMITED, 2, Section.SUSPECT, State.SUSPECT, 1, T0 - 7 * DAY),
        # A broken link stays broken (since its first failure), until it works.
        (seen(State.BROKEN, 2, T0 - 14 * DAY), SERVER_ERROR, 2, Section.STILL_BROKEN, State.BROKEN, 3, T0 - 14 * DAY),
        (seen(State.BROKEN, 1, T0 - 7 * DAY), NOT_FOUND, 2, Section.STILL_BROKEN, State.BROKEN, 2, T0 - 7 * DAY),
        (seen(State.BROKEN, 2, T0 - 14 * DAY), RATE_LIMITED, 2, Section.STILL_BROKEN, State.BROKEN, 2, T0 - 14 * DAY),
        (seen(State.BROKEN, 2, T0 - 14 * DAY), OK, 2, Section.FIXED, State.OK, 0, None),
        (seen(State.BROKEN, 2, T0 - 14 * DAY), MOVED, 2, Section.FIXED, State.OK, 0, None),
        # A working link that fails once is only suspect.
        (seen(State.OK), SERVER_ERROR, 2, Section.SUSPECT, State.SUSPECT, 1, T0),
        (seen(State.OK), MOVED, 2, Section.REDIRECT, State.OK, 0, None),
    ],
)
def test_classify(previous: LinkHistory | None, result: LinkResult, fail_after: int, section: Section | None,
                  state: State, failures: int, since: float | None) -> None:
    outcome = classify(URL, previous, result, HERE, T0, fail_after)
    assert outcome.section is section
    record = outcome.record
    assert (record.state, record.failures, record.failing_since) == (state, failures, since)
    assert record.last_checked == T0 and record.result == result and record.usages == HERE
    assert record.first_seen == (T0 if previous is None else previous.first_seen)


@pytest.mark.parametrize(
    ("result", "last_ok"),
    [(OK, T0), (MOVED, T0), (SERVER_ERROR, T0 - 7 * DAY), (RATE_LIMITED, T0 - 7 * DAY)],
)
def test_last_ok_moves_only_when_the_link_works(result: LinkResult, last_ok: float) -> None:
    previous = LinkHistory(URL, first_seen=T0 - 7 * DAY, last_ok=T0 - 7 * DAY)
    assert classify(URL, previous, result, HERE, T0).record.last_ok == last_ok


@pytest.mark.parametrize(
    ("state", "section"), [(State.OK, None), (State.SUSPECT, Section.FIXED), (State.BROKEN, Section.FIXED)],
)
def test_a_problem_link_taken_out_of_the_content_is_fixed(state: State, section: Section | None) -> None:
    assert removed(seen(state, 1, T0)) is section


@pytest.mark.parametrize(("fail_after", "missed_before", "kept"),
                         [(2, 0, True), (2, 1, False), (3, 1, True), (1, 0, False)])
def test_a_link_missing_from_the_content_is_kept_until_fail_after_audits_miss_it(
        fail_after: int, missed_before: int, kept: bool) -> None:
    previous = replace(seen(State.BROKEN, 2, T0 - 14 * DAY), missing=missed_before)
    outcome = missing(previous, fail_after)
    if not kept:
        assert outcome is None
        return
    assert outcome is not None and outcome.section is None
    assert outcome.record == replace(previous, missing=missed_before + 1)


def test_a_link_found_again_carries_on_its_streak() -> None:
    previous = replace(seen(State.SUSPECT, 1, T0 - 14 * DAY), missing=1)
    record = classify(URL, previous, SERVER_ERROR, HERE, T0, 2).record
    assert (record.missing, record.failures, record.failing_since, record.state) == (0, 2, T0 - 14 * DAY, State.BROKEN)
