"""Pure decisions: given what the history remembers and what this audit found, what to report.

A failed check is *suspect* until it has failed ``fail_after`` audits in a row, so one stray 500
or timeout never pages anyone; a failure that retrying cannot change (``LinkResult.certain``:
404/410, a deleted video, an HTML page behind a PDF link, a domain that no longer exists) is
*broken* at once. A result that could not be settled (rate limited, refused by the guard) is no
evidence either way: the streak and an earlier verdict stand.

A link an audit does not find in the content is no evidence either: a wrong path or a half
checked-out tree hides links that are still published. Its record stays as it was (streak,
since date, usages) and counts the audits that missed it; only when ``fail_after`` audits in a
row have missed it is it forgotten, and a problem link then counts as fixed (removed from the
content). A link found again carries on where it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from contentlint.audit.history import LinkHistory, State, Usage
from contentlint.links.model import LinkResult, LinkStatus

DEFAULT_FAIL_AFTER = 2


class Section(StrEnum):
    """Where a link appears in the audit report; the order is the report's order."""

    NEWLY_BROKEN = "newly_broken"
    STILL_BROKEN = "still_broken"
    SUSPECT = "suspect"
    FIXED = "fixed"
    REDIRECT = "redirect"
    MISMATCH = "mismatch"  # working links whose text names something other than the target


@dataclass(frozen=True, slots=True)
class Outcome:
    """The record to store and the section to report the link in (None: nothing to say)."""

    record: LinkHistory
    section: Section | None


def _failed(result: LinkResult) -> bool:
    return result.status is LinkStatus.BROKEN


def _unsettled(result: LinkResult) -> bool:
    return result.status is LinkStatus.UNVERIFIABLE


def checked(result: LinkResult) -> bool:
    """Whether the audit asked about this link at all (excluded and relative links are not)."""
    return result.status not in (LinkStatus.EXCLUDED, LinkStatus.SKIPPED)


def classify(url: str, previous: LinkHistory | None, result: LinkResult, usages: tuple[Usage, ...],
             now: float, fail_after: int = DEFAULT_FAIL_AFTER) -> Outcome:
    """Judge one URL checked at ``now``; ``previous`` is None for a URL no audit has seen."""
    before = previous or LinkHistory(url=url, first_seen=now)
    was = previous.state if previous is not None else State.OK
    base = replace(before, last_checked=now, result=result, usages=usages, missing=0)
    if _failed(result):
        failures = before.failures + 1
        since = before.failing_since if before.failing_since is not None else now
        broken = result.certain or failures >= fail_after
        record = replace(base, failures=failures, failing_since=since,
                         state=State.BROKEN if broken else State.SUSPECT)
    elif _unsettled(result):
        record = replace(base, state=State.BROKEN if was is State.BROKEN else State.SUSPECT)
    else:
        record = replace(base, failures=0, failing_since=None, last_ok=now, state=State.OK)
    return Outcome(record, _section(was, record, result))


def _section(was: State, record: LinkHistory, result: LinkResult) -> Section | None:
    if record.state is State.BROKEN:
        return Section.STILL_BROKEN if was is State.BROKEN else Section.NEWLY_BROKEN
    if record.state is State.SUSPECT:
        return Section.SUSPECT
    if was is not State.OK:
        return Section.FIXED
    if result.fix_url is not None:
        return Section.REDIRECT
    return None


def missing(previous: LinkHistory, fail_after: int = DEFAULT_FAIL_AFTER) -> Outcome | None:
    """A URL this audit did not find: the record to keep, or None when enough audits in a row
    have missed it to forget it (see :func:`removed` for what to report then)."""
    if previous.missing + 1 >= fail_after:
        return None
    return Outcome(replace(previous, missing=previous.missing + 1), None)


def removed(previous: LinkHistory) -> Section | None:
    """A URL no answer file has used for ``fail_after`` audits: a problem link the editors took
    out is fixed."""
    return Section.FIXED if previous.state is not State.OK else None
