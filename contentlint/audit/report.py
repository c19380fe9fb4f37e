"""The audit's findings as values: entries per section, their diagnostics, and the JSON form."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from contentlint import rules as registry
from contentlint.audit.classify import Section
from contentlint.audit.history import LinkHistory, State, Usage
from contentlint.config import Project
from contentlint.diagnostics import Diagnostic, Edit, Fix, Severity
from contentlint.links import model
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.rules import archived_fix, mismatch, title_fix
from contentlint.messages import Lang, Message, msg

SECTIONS: tuple[Section, ...] = tuple(Section)
_SEVERITY = {
    Section.NEWLY_BROKEN: Severity.ERROR, Section.STILL_BROKEN: Severity.ERROR,
    Section.SUSPECT: Severity.WARNING, Section.REDIRECT: Severity.INFO, Section.MISMATCH: Severity.WARNING,
}
_BROKEN = (Section.NEWLY_BROKEN, Section.STILL_BROKEN)
# Used when the link rules are not registered under the result's ID (a custom checker).
_FALLBACK_NAME = "link-audit"


def day(timestamp: float | None) -> str:
    """A date both languages read the same way (UTC): 2026-11-28."""
    return "" if timestamp is None else time.strftime("%Y-%m-%d", time.gmtime(timestamp))


@dataclass(frozen=True, slots=True)
class Entry:
    """One URL in one section, with every place it is written.

    ``record`` is what the history holds after this audit, ``previous`` what it held before;
    ``removed``: no answer file uses the link any more (``record`` is then the last audit's).
    ``only``: the places the entry is about, when not all (the texts that do not match the
    target's title).
    """

    section: Section
    record: LinkHistory
    previous: LinkHistory | None = None
    removed: bool = False
    only: tuple[Usage, ...] | None = None

    @property
    def url(self) -> str:
        return self.record.url

    @property
    def result(self) -> LinkResult | None:
        return self.record.result

    @property
    def usages(self) -> tuple[Usage, ...]:
        return self.record.usages if self.only is None else self.only

    @property
    def since(self) -> float | None:
        """Since when the link fails; for a fixed link, since when it had been failing."""
        if self.section is Section.FIXED and self.previous is not None:
            return self.previous.failing_since
        return self.record.failing_since

    @property
    def fix_url(self) -> str | None:
        return None if self.result is None or self.removed else self.result.fix_url

    @property
    def archived(self) -> str | None:
        """An archived copy of a broken link's target, for the editor to link to instead."""
        if self.section not in _BROKEN or self.result is None or self.removed:
            return None
        return self.result.archived

    @property
    def title(self) -> str | None:
        """The target's real title, when the link text names something else."""
        return self.result.title if self.section is Section.MISMATCH and self.result else None

    def suggestion(self) -> tuple[Message, str] | None:
        """What to do, as a label and an address or a title: the reports' "Suggested fix"."""
        if self.fix_url is not None:
            return msg("New address", "Yeni adres"), self.fix_url
        if self.archived is not None:
            return msg("Archived copy", "Arşivdeki kopyası"), self.archived
        if self.title is not None:
            return msg("The target's title", "Hedefin başlığı"), self.title
        return None

    @property
    def http_status(self) -> int | None:
        return None if self.result is None else self.result.http_status

    def problem(self, usage: Usage | None = None) -> Message:
        """What is wrong (or, for a fixed link, what changed); ``usage``: at that place."""
        if self.section is Section.MISMATCH and self.result is not None:
            place = usage or (self.usages[0] if self.usages else None)
            found = None if place is None else mismatch(place.text, self.url, self.result)
            if found is not None:
                return found
        if self.section is Section.FIXED:
            if self.removed:
                return msg("The link was removed from the content", "Bağlantı içerikten kaldırılmış")
            return msg("The link works again", "Bağlantı yeniden çalışıyor")
        result = self.result
        if result is not None and result.reason is not None:
            return result.reason
        if self.section is Section.REDIRECT:
            return msg("The link redirects permanently to another address",
                       "Bağlantı kalıcı olarak başka bir adrese yönlendiriyor")
        return msg("The link does not work", "Bağlantı çalışmıyor")

    def history_note(self, fail_after: int, *, dated: bool = False) -> Message | None:
        """How long the link has been failing and what happens next, for people.

        ``dated`` adds the date the failures began, for outputs without a "since" column.
        """
        record = self.record
        if self.section in (Section.NEWLY_BROKEN, Section.STILL_BROKEN):
            if record.failures <= 1:
                return msg("found in this audit", "bu denetimde ortaya çıktı")
            if dated:
                return msg("failing since {since}, {count} audits in a row",
                           "{since} tarihinden beri, art arda {count} denetimdir çalışmıyor",
                           since=day(self.since), count=record.failures)
            return msg("failing for {count} audits in a row", "art arda {count} denetimdir çalışmıyor",
                       count=record.failures)
        if self.section is Section.SUSPECT:
            result = self.result
            if result is not None and result.status is LinkStatus.UNVERIFIABLE:
                return msg("could not be checked this time; checked again in the next audit",
                           "bu denetimde doğrulanamadı; bir sonraki denetimde yeniden bakılacak")
            return msg(
                "failing for {count} audit(s); counts as broken after {limit} in a row",
                "{count} denetimdir çalışmıyor; art arda {limit} denetimde çalışmazsa bozuk sayılır",
                count=record.failures, limit=fail_after,
            )
        return None

    def fix(self) -> Fix | None:
        target = self.fix_url
        if target is None:
            return archived_fix(self.archived) if self.archived else title_fix(self.title) if self.title else None
        return Fix(
            msg("Replace the link with {url}", "Bağlantıyı {url} adresiyle değiştirin", url=target),
            tuple(Edit(u.line, u.column, u.end_line, u.end_column, target) for u in self.usages),
        )


def _joined(first: Message, second: Message | None) -> Message:
    if second is None:
        return first
    return Message(f"{first.render('en')} ({second.render('en')})", f"{first.render('tr')} ({second.render('tr')})")


@dataclass
class AuditReport:
    entries: list[Entry]
    files: int
    urls: int
    finished_at: float
    previous_audit: float | None
    fail_after: int
    project: Project | None = None

    def section(self, section: Section) -> list[Entry]:
        return [e for e in self.entries if e.section is section]

    def counts(self) -> dict[Section, int]:
        return {s: len(self.section(s)) for s in SECTIONS}

    @property
    def broken(self) -> int:
        return sum(1 for e in self.entries if e.record.state is State.BROKEN and not e.removed)

    @property
    def exit_code(self) -> int:
        """1 when anything is broken; suspect links alone never fail the audit."""
        return 1 if self.broken else 0

    def diagnostics(self) -> list[Diagnostic]:
        """One per place a reported link is written; fixed links have none."""
        found: list[Diagnostic] = []
        for entry in self.entries:
            severity = _SEVERITY.get(entry.section)
            if severity is None or entry.result is None:
                continue
            rule_id = model.TEXT_MISMATCH if entry.section is Section.MISMATCH else entry.result.rule or ""
            rule = registry.RULES.get(rule_id)
            for usage in entry.usages:
                message = _joined(entry.problem(usage), entry.history_note(self.fail_after, dated=True))
                found.append(Diagnostic(
                    path=usage.path, line=usage.line, column=usage.column, rule=rule_id,
                    name=rule.name if rule else _FALLBACK_NAME, category="link", severity=severity,
                    message=message, end_line=usage.end_line, end_column=usage.end_column,
                    url=entry.url, fix=entry.fix(),
                ))
        found.sort(key=Diagnostic.sort_key)
        return found

    def to_dict(self, lang: Lang) -> dict[str, Any]:
        """The ``audit`` member of the JSON output: every section with the history fields."""
        counts = self.counts()
        return {
            "finished_at": _iso(self.finished_at),
            "previous_audit": _iso(self.previous_audit),
            "fail_after": self.fail_after,
            "urls": self.urls,
            "counts": {s.value: counts[s] for s in SECTIONS},
            "links": [_entry_dict(e, lang, self.fail_after) for e in self.entries],
        }


def _iso(timestamp: float | None) -> str | None:
    return None if timestamp is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))


def _entry_dict(entry: Entry, lang: Lang, fail_after: int) -> dict[str, Any]:
    record, result = entry.record, entry.result
    note = entry.history_note(fail_after, dated=True)
    return {
        "url": entry.url,
        "section": entry.section.value,
        "state": record.state.value,
        "removed": entry.removed,
        "status": None if result is None else result.status.value,
        "rule": model.TEXT_MISMATCH if entry.section is Section.MISMATCH else None if result is None else result.rule,
        "http_status": entry.http_status,
        "message": entry.problem().render(lang),
        "note": None if note is None else note.render(lang),
        "fix_url": entry.fix_url,
        "archived": entry.archived,
        "title": None if result is None else result.title,
        "final_url": None if result is None else result.final_url,
        "certain": bool(result and result.certain),
        "failures": record.failures,
        "first_seen": _iso(record.first_seen),
        "last_checked": _iso(record.last_checked),
        "last_ok": _iso(record.last_ok),
        "failing_since": _iso(record.failing_since),
        "usages": [
            {"path": u.path, "line": u.line, "column": u.column, "text": u.text} for u in entry.usages
        ],
    }


def sort_entries(entries: Sequence[Entry]) -> list[Entry]:
    """Section order, then by the first place each link is written."""
    order = {s: i for i, s in enumerate(SECTIONS)}

    def key(e: Entry) -> tuple[int, str, int, str]:
        first = e.usages[0] if e.usages else None
        return (order[e.section], first.path if first else "", first.line if first else 0, e.url)

    return sorted(entries, key=key)
