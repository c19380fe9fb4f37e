"""One audit: collect every link of the content, check them once each, judge them against history."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from contentlint import engine, suppress
from contentlint import rules as registry
from contentlint.audit.classify import DEFAULT_FAIL_AFTER, Outcome, Section, checked, classify, missing, removed
from contentlint.audit.history import History, HistoryError, LinkHistory, State, Usage
from contentlint.audit.report import AuditReport, Entry, sort_entries
from contentlint.config import Project
from contentlint.discover import discover
from contentlint.documents import load_document
from contentlint.links import model
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.rules import mismatch
from contentlint.messages import msg
from contentlint.turkish import fold

# Checks a batch of URLs as written and answers one result per URL. The default is the link
# engine (with the configured remap, cache and SSRF guard); tests may pass their own.
Checker = Callable[[Sequence[str]], Awaitable[Mapping[str, LinkResult]]]
# Looks up an archived copy of each checked URL (None when there is none): for links that turn
# broken only by failing --fail-after audits in a row.
Archiver = Callable[[Sequence[str]], Awaitable[Mapping[str, str | None]]]
Clock = Callable[[], float]


def collect(project: Project) -> tuple[int, dict[str, list[Usage]]]:
    """How many answer files there are, and every URL with the places it is written, in file order."""
    report = engine.run(project)
    found: dict[str, list[Usage]] = {}
    for result in report.results:
        for link in result.links:
            if link.url.strip():
                found.setdefault(link.url, []).append(Usage(
                    result.relpath, link.line, link.column, link.end_line, link.end_column, link.text,
                ))
    return report.files, found


def _reporter(project: Project) -> Callable[[str, Usage], bool]:
    """Whether ``rule`` is to be reported at ``usage``: selected, not ignored for the file, not
    suppressed by a comment."""
    selection = engine.build_selection(project)
    comments: dict[str, suppress.Suppressions | None] = {}
    # A name that is not UTF-8 is reported with escapes: only the walk knows the real one.
    real_paths: dict[str, Path] = {}

    def suppressions(relpath: str) -> suppress.Suppressions | None:
        if relpath not in comments:
            path = project.root / relpath
            if not path.exists():
                if not real_paths:
                    real_paths.update((t.relpath, t.path) for t in discover(project).targets)
                path = real_paths.get(relpath, path)
            try:
                doc = load_document(path, relpath, path.read_bytes())
                comments[relpath] = suppress.parse(doc.body, doc.body_line, registry.resolve)
            except OSError:
                comments[relpath] = None
        return comments[relpath]

    def reported(rule: str, usage: Usage) -> bool:
        if rule not in selection.enabled or rule in selection.ignored_at(usage.path):
            return False
        found = suppressions(usage.path)
        return found is None or not found.covers(rule, usage.line)

    return reported


def unsilenced(project: Project, usages: Mapping[str, Sequence[Usage]],
               results: Mapping[str, LinkResult]) -> dict[str, list[Usage]]:
    """The places still to report: where a link's rule is not selected, is ignored for the file
    or is suppressed by a comment, the audit stays as quiet as `check --links` would."""
    reported = _reporter(project)
    kept: dict[str, list[Usage]] = {}
    for written, places in usages.items():
        result = results.get(written)
        rule = result.rule if result is not None else None
        if rule is None or rule not in registry.RULES:
            kept[written] = list(places)
        else:
            kept[written] = [u for u in places if reported(rule, u)]
    return kept


def mismatched(project: Project, usages: Mapping[str, Sequence[Usage]],
               results: Mapping[str, LinkResult]) -> dict[str, list[Usage]]:
    """The places whose link text names something other than the target's title (CL419)."""
    reported = _reporter(project)
    vague = frozenset(fold(text) for text in project.config.format.non_descriptive_link_texts)
    found: dict[str, list[Usage]] = {}
    for written, places in usages.items():
        result = results.get(written)
        if result is None or result.title is None:
            continue
        wrong = [u for u in places if reported(model.TEXT_MISMATCH, u)
                 and mismatch(u.text, written, result, vague) is not None]
        if wrong:
            found[written] = wrong
    return found


def judge(history: Mapping[str, LinkHistory], usages: Mapping[str, Sequence[Usage]],
          results: Mapping[str, LinkResult], now: float, fail_after: int = DEFAULT_FAIL_AFTER,
          mismatches: Mapping[str, Sequence[Usage]] | None = None,
          ) -> tuple[list[Entry], list[LinkHistory], list[str]]:
    """The report's entries, the records to store and the URLs to forget. Pure.

    ``usages``, ``results`` and ``mismatches`` (the places of working links whose text does not
    match the target's title) are keyed by the URL as written; the history by the checked URL
    (``LinkResult.url``), so forms that differ only by fragment or host case share one record.
    """
    wrong: dict[str, list[Usage]] = {}
    for written, places in (mismatches or {}).items():
        result = results.get(written)
        if result is not None:
            wrong.setdefault(result.url or written, []).extend(places)
    grouped: dict[str, tuple[LinkResult, list[Usage]]] = {}
    for written, places in usages.items():
        result = results.get(written)
        if result is not None:
            grouped.setdefault(result.url or written, (result, []))[1].extend(places)
    entries: list[Entry] = []
    records: list[LinkHistory] = []
    for url, (result, places) in grouped.items():
        if not checked(result) or not places:
            continue
        previous = history.get(url)
        outcome: Outcome = classify(url, previous, result, tuple(places), now, fail_after)
        records.append(outcome.record)
        if outcome.section is not None:
            entries.append(Entry(outcome.section, outcome.record, previous))
        elif url in wrong:
            entries.append(Entry(Section.MISMATCH, outcome.record, previous, only=tuple(wrong[url])))
    # Links now excluded or silenced leave the history: that is a decision, not an accident.
    forget = [url for url in history
              if url in grouped and (not checked(grouped[url][0]) or not grouped[url][1])]
    for url, previous in history.items():
        if url in grouped:
            continue
        kept = missing(previous, fail_after)
        if kept is not None:
            records.append(kept.record)
            continue
        forget.append(url)
        section = removed(previous)
        if section is not None:
            entries.append(Entry(section, previous, previous, removed=True))
    return sort_entries(entries), records, forget


async def audit(project: Project, checker: Checker, history: History, *, clock: Clock = time.time,
                fail_after: int = DEFAULT_FAIL_AFTER, archiver: Archiver | None = None) -> AuditReport:
    """Check every link and store what was seen; HistoryError (nothing stored) when the history
    cannot take it, or when the content has no links at all but the history knows some."""
    files, usages = collect(project)
    known = history.load()
    if not usages and known:
        raise HistoryError(msg(
            "No links were found in the content ({files} answer files under {root}), but the history knows"
            " {known}; the history was left as it was. Check the content folder (a wrong path or a failed"
            " checkout?)",
            "İçerikte hiç bağlantı bulunamadı ({root} altında {files} yanıt dosyası), ama geçmişte {known}"
            " bağlantı kayıtlı; geçmiş olduğu gibi bırakıldı. İçerik klasörünü denetleyin (yanlış bir yol ya"
            " da eksik indirilmiş bir depo olabilir)",
            files=files, root=project.config.content_root, known=len(known),
        ))
    results = await checker(list(usages))
    wrong = mismatched(project, usages, results)
    usages = unsilenced(project, usages, results)
    now = clock()
    if archiver is not None:
        # Links that cross --fail-after in this audit are dead now: ask for archived copies before
        # taking the lock (the network must not hold up another audit's save).
        _, records, _ = judge(known, usages, results, now, fail_after, wrong)
        late = [r.url for r in records if r.state is State.BROKEN and r.result is not None
                and r.result.status is LinkStatus.BROKEN and not r.result.certain and r.result.archived is None]
        if late:
            copies = await archiver(late)
            results = {written: replace(result, archived=copies[result.url]) if copies.get(result.url) else result
                       for written, result in results.items()}
    # Judged against the history as it is now, under the lock: another audit may have saved
    # since this one started, and both must count.
    with history.locked():
        known = history.load()
        previous_audit = history.last_audit()
        entries, records, forget = judge(known, usages, results, now, fail_after, wrong)
        checked_now = [r for r in records if r.missing == 0]
        report = AuditReport(entries, files, len(checked_now), now, previous_audit, fail_after, project)
        counts = {
            "broken": report.broken,
            "suspect": sum(1 for r in checked_now if r.state is State.SUSPECT),
            "fixed": len(report.section(Section.FIXED)),
        }
        history.save(records, forget, now, counts)
    return report
