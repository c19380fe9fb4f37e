"""One audit: collect every link of the content, check them once each, judge them against history."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path

from contentlint import engine, suppress
from contentlint import rules as registry
from contentlint.audit.classify import DEFAULT_FAIL_AFTER, Outcome, Section, checked, classify, removed
from contentlint.audit.history import History, LinkHistory, State, Usage
from contentlint.audit.report import AuditReport, Entry, sort_entries
from contentlint.config import Project
from contentlint.discover import discover
from contentlint.documents import load_document
from contentlint.links.model import LinkResult

# Checks a batch of URLs as written and answers one result per URL. The default is the link
# engine (with the configured remap, cache and SSRF guard); tests may pass their own.
Checker = Callable[[Sequence[str]], Awaitable[Mapping[str, LinkResult]]]
Clock = Callable[[], float]


def history_path(project: Project, configured: str | None = None) -> Path:
    """``--history``, else the configuration's ``audit.history``, else history.sqlite in cache_dir."""
    chosen = configured or project.config.audit.history
    if chosen:
        return project.path(chosen)
    return project.path(project.config.cache_dir) / "history.sqlite"


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


def unsilenced(project: Project, usages: Mapping[str, Sequence[Usage]],
               results: Mapping[str, LinkResult]) -> dict[str, list[Usage]]:
    """The places still to report: where a link's rule is not selected, is ignored for the file
    or is suppressed by a comment, the audit stays as quiet as `check --links` would."""
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

    kept: dict[str, list[Usage]] = {}
    for written, places in usages.items():
        result = results.get(written)
        rule = result.rule if result is not None else None
        if rule is None or rule not in registry.RULES:
            kept[written] = list(places)
        else:
            kept[written] = [u for u in places if reported(rule, u)]
    return kept


def judge(history: Mapping[str, LinkHistory], usages: Mapping[str, Sequence[Usage]],
          results: Mapping[str, LinkResult], now: float, fail_after: int = DEFAULT_FAIL_AFTER,
          ) -> tuple[list[Entry], list[LinkHistory], list[str]]:
    """The report's entries, the records to store and the URLs to forget. Pure.

    ``usages`` and ``results`` are keyed by the URL as written; the history by the checked URL
    (``LinkResult.url``), so forms that differ only by fragment or host case share one record.
    """
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
    # Links no answer file uses any more, and links now excluded or silenced, leave the history.
    forget = [url for url in history
              if url not in grouped or not checked(grouped[url][0]) or not grouped[url][1]]
    for url in forget:
        section = removed(history[url]) if url not in grouped else None
        if section is not None:
            entries.append(Entry(section, history[url], history[url], removed=True))
    return sort_entries(entries), records, forget


async def audit(project: Project, checker: Checker, history: History, *, clock: Clock = time.time,
                fail_after: int = DEFAULT_FAIL_AFTER) -> AuditReport:
    files, usages = collect(project)
    results = await checker(list(usages))
    usages = unsilenced(project, usages, results)
    now = clock()
    known = history.load()
    previous_audit = history.last_audit()
    entries, records, forget = judge(known, usages, results, now, fail_after)
    report = AuditReport(entries, files, len(records), now, previous_audit, fail_after, project)
    counts = {
        "broken": report.broken,
        "suspect": sum(1 for r in records if r.state is State.SUSPECT),
        "fixed": len(report.section(Section.FIXED)),
    }
    history.save(records, forget, now, counts)
    return report
