"""discover → read → parse → rules → suppress → select → sort. The only place rules are run."""

from __future__ import annotations

import gc
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contentlint import rules as registry
from contentlint import suppress
from contentlint.cache import ResultCache
from contentlint.config import Config, ConfigError, Project, RuleSelection, find_project, parse_config
from contentlint.context import Context
from contentlint.diagnostics import Diagnostic, Finding, Severity
from contentlint.discover import Discovery, Target, discover
from contentlint.documents import Corpus, Document, answer_facts, load_document
from contentlint.links.extract import LinkRef, extract_links
from contentlint.messages import msg, reason
from contentlint.results import FileResult, decode, decode_or_none, encode
from contentlint.rules.base import Rule
from contentlint.spelling import check as spelling
from contentlint.yamlpos import Problem

INTERNAL_ERROR = "CL009"
# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 200


@dataclass
class Report:
    files: int
    diagnostics: list[Diagnostic]
    results: list[FileResult] = field(default_factory=list)
    project: Project | None = None

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)

    def exit_code(self, fail_on: Severity) -> int:
        return 1 if any(d.severity.rank >= fail_on.rank for d in self.diagnostics) else 0


def build_selection(project: Project) -> RuleSelection:
    config = project.config

    def expand_all(selectors: Iterable[str], key: str) -> set[str]:
        out: set[str] = set()
        for selector in selectors:
            try:
                out |= registry.expand(selector)
            except registry.UnknownRuleError:
                raise ConfigError(msg(
                    "Configuration key '{key}': unknown rule '{rule}'",
                    "'{key}' ayarında bilinmeyen kural: '{rule}'",
                    key=key, rule=selector,
                )) from None
        return out

    enabled = expand_all(config.select, "select") if config.select else set(registry.RULES)
    enabled -= expand_all(config.ignore, "ignore")
    severities = {rid: rule.severity for rid, rule in registry.RULES.items()}
    for selector, severity in config.severity.items():
        for rid in expand_all([selector], f"severity.{selector}"):
            severities[rid] = severity
    path_ignores = tuple(
        (pattern, frozenset(expand_all(selectors, f"per_path_ignores.{pattern}")))
        for pattern, selectors in config.per_path_ignores.items()
    )
    return RuleSelection(frozenset(enabled), severities, path_ignores)


class Stamper:
    """Turns a rule's finding into a diagnostic, or drops it (disabled, ignored, suppressed)."""

    def __init__(self, selection: RuleSelection) -> None:
        self.selection = selection

    def stamp(self, rule_id: str, finding: Finding, relpath: str,
              suppressions: suppress.Suppressions | None = None) -> Diagnostic | None:
        rule = registry.RULES[rule_id]
        path = finding.path or relpath
        if rule_id not in self.selection.enabled or rule_id in self.selection.ignored_at(path):
            return None
        if suppressions is not None and finding.path is None and suppressions.covers(rule_id, finding.line):
            return None
        return Diagnostic(
            path=path, line=finding.line, column=finding.column, rule=rule_id, name=rule.name,
            category=rule.category, severity=self.selection.severities[rule_id],
            message=finding.message, end_line=finding.end_line, end_column=finding.end_column,
            url=finding.url, fix=finding.fix,
        )


def _document_rules(selection: RuleSelection) -> list[Rule]:
    return [
        rule for rule in registry.RULES.values()
        if rule.check is not None and ({rule.id, *rule.emits} & selection.enabled)
    ]


def _internal_error(part: str, exc: Exception) -> tuple[str, Finding]:
    return INTERNAL_ERROR, Finding(1, 1, msg(
        "{part} failed on this file ({error}); please report it",
        "{part} bu dosyada çalışırken hata verdi ({error}); lütfen bildirin",
        part=part, error=f"{type(exc).__name__}: {exc}",
    ))


def analyse(doc: Document, ctx: Context, selection: RuleSelection) -> FileResult:
    """Run every enabled document rule on one parsed document."""
    found: list[tuple[str, Finding]] = []
    # A bug in one rule must not stop the run or hide the other findings.
    for rule in _document_rules(selection):
        assert rule.check is not None
        try:
            found.extend((finding.rule or rule.id, finding) for finding in rule.check(doc, ctx))
        except ConfigError:
            raise  # the project's setup (a schema that is not one), not this file: exit 2
        except Exception as exc:
            found.append(_internal_error(rule.id, exc))
    links: tuple[LinkRef, ...] = ()
    try:
        links = extract_links(doc) if doc.readable else ()
    except Exception as exc:
        found.append(_internal_error("extract_links", exc))
    found.extend((p.rule, p.finding) for p in doc.problems)
    suppressions = suppress.parse(doc.body, doc.body_line, registry.resolve)
    found.extend((suppress.UNKNOWN_RULE, f) for f in suppressions.unknown)
    words = None
    if doc.readable and spelling.wanted(selection):
        try:
            words = spelling.collect(doc, suppressions)
        except Exception as exc:
            found.append(_internal_error("spelling", exc))
    stamper = Stamper(selection)
    diagnostics = [
        d for rule_id, finding in found
        if (d := stamper.stamp(rule_id, finding, doc.relpath, suppressions)) is not None
    ]
    return FileResult(doc.relpath, diagnostics, answer_facts(doc), links, words)


def lint_document(doc: Document, ctx: Context, selection: RuleSelection,
                  speller: spelling.Checker | None) -> list[Diagnostic]:
    """Every diagnostic of one document, spelling included when a checker is given."""
    result = analyse(doc, ctx, selection)
    if speller is None or result.words is None:
        return result.diagnostics
    return [*result.diagnostics, *speller.diagnostics([(doc.relpath, result.words)], lambda _: doc)]


def _problem_result(relpath: str, problem: Problem, selection: RuleSelection) -> FileResult:
    diagnostic = Stamper(selection).stamp(problem.rule, problem.finding, relpath)
    return FileResult(relpath, [diagnostic] if diagnostic else [], None)


def _read(target: Target, limit: int) -> bytes | Problem:
    try:
        size = target.path.stat().st_size
        if size > limit:
            return Problem("CL005", Finding(1, 1, msg(
                "The file is {size} bytes, more than the limit of {limit}; it was not checked",
                "Dosya {size} bayt; {limit} baytlık sınırı aşıyor, denetlenmedi",
                size=size, limit=limit,
            )))
        return target.path.read_bytes()
    except OSError as exc:
        return Problem("CL007", Finding(1, 1, msg(
            "The file cannot be read ({error}); skipped", "Dosya okunamadı ({error_tr}); atlandı",
            **reason(exc),
        )))


def cache_key(raw: bytes, relpath: str) -> str:
    """The result cache's key: the file's bytes and its path."""
    return hashlib.blake2b(raw + relpath.encode(), digest_size=20).hexdigest()


Analysed = tuple[FileResult, str | None]


def _analyse_target(target: Target, ctx: Context, selection: RuleSelection, raw: bytes | None = None) -> Analysed:
    """The file's result and the cache key of exactly the bytes analysed (None: not read).

    ``raw`` is what the caller already read; without it the file is read here. A file edited
    during the run then gets the result of the bytes that were analysed, under their own key.
    """
    read = _read(target, ctx.config.max_file_size) if raw is None else raw
    if isinstance(read, Problem):
        return _problem_result(target.relpath, read, selection), None
    return analyse(load_document(target.path, target.relpath, read), ctx, selection), cache_key(read, target.relpath)


def _analyse_in_worker(target: Target, ctx: Context,
                       selection: RuleSelection) -> tuple[bytes, str | None, tuple[str, ...]]:
    """The file's result, encoded (marshal is cheaper than pickling the objects, and the main
    process stores the same bytes in the cache), its cache key, and what the worker learnt for
    the memo."""
    result, key = _analyse_target(target, ctx, selection)
    return encode(result), key, ctx.take_learned()


def _jobs(configured: int, pending: int) -> int:
    if pending < PARALLEL_THRESHOLD or not hasattr(os, "fork"):
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, configured or cpus)


def _analyse_all(pending: list[tuple[Target, bytes | None]], ctx: Context, selection: RuleSelection,
                 workers: int, meanwhile: Callable[[], object],
                 each: Callable[[FileResult], None],
                 links: bool = True) -> tuple[list[tuple[Analysed, bytes | None]], set[str]]:
    """Analyse every target, from the bytes given with it or else where it is read (the main
    process never holds every file's bytes): each result with its cache key, and its encoding
    when a worker made it, and the memo keys learnt. ``meanwhile`` runs in this process while
    the workers work, and so does ``each`` on every result the workers hand back, with its
    links only if ``links``."""
    if workers <= 1:
        meanwhile()
        results: list[tuple[Analysed, bytes | None]] = [
            (_analyse_target(target, ctx, selection, raw), None) for target, raw in pending]
        return results, set(ctx.take_learned())
    # Imported here: a run of a few files (the editor's loop) never starts a worker.
    from contextlib import closing

    from contentlint.forkpool import fork_map

    # Load and compile the schema before forking so every worker inherits it instead of building
    # its own (jsonschema's validator only for a schema outside schema_subset: otherwise a worker
    # imports jsonschema only when it meets invalid frontmatter), and keep the garbage collector
    # away from what they inherit: scanning it would copy every inherited page into each worker.
    _ = ctx.answer_check
    targets = [target for target, _ in pending]
    gc.freeze()
    try:
        learned: set[str] = set()
        decoded: list[tuple[Analysed, bytes | None]] = []
        # The workers are forked: they inherit the targets, the context and the selection.
        with closing(fork_map(lambda index: _analyse_in_worker(targets[index], ctx, selection), len(targets),
                              workers, chunk=max(1, len(targets) // (workers * 8)),
                              meanwhile=meanwhile)) as encoded:
            for blob, key, keys in encoded:
                result = decode(blob, links=links)
                each(result)
                decoded.append(((result, key), blob))
                learned.update(keys)
        return decoded, learned
    finally:
        gc.unfreeze()


def _corpus_rules(selection: RuleSelection) -> list[Rule]:
    return [
        rule for rule in registry.RULES.values()
        if rule.check_corpus is not None and ({rule.id, *rule.emits} & selection.enabled)
    ]


def run(project: Project, paths: Sequence[Path] | None = None, *, use_cache: bool | None = None,
        links: bool = True, resume_collector: bool = True) -> Report:
    """Check the files; without ``links`` the results a worker or the cache gives hold no links
    (only a run that checks links uses them). The garbage collector is paused during the run
    (see _pause_collector); without ``resume_collector`` it stays paused: a process that only
    reports and ends need not have it walk everything the run built, once, at its first
    collection (0.2 s for 80,000 diagnostics)."""
    collector = gc.isenabled()
    try:
        return _run(project, paths, use_cache, links)
    finally:
        if collector and resume_collector:
            gc.enable()


def _pause_collector() -> None:
    """Once the workers are forked (they keep their collector), this process only builds what
    it keeps: the catalog's nodes, the decoded results, their diagnostics. None of it makes a
    reference cycle, and the cyclic collector, walking all of it again at every collection,
    would cost as much as the building (catalog of 10,000 choices: 0.49 s with it, 0.24 s
    without; decoding 10,000 results with 8 diagnostics each: 1.34 s, 0.57 s). In a run
    without workers the files are analysed here too: that makes no cycle either."""
    gc.disable()


def _run(project: Project, paths: Sequence[Path] | None, use_cache: bool | None, links: bool) -> Report:
    ctx = Context(project)
    selection = build_selection(project)
    found: Discovery = discover(project, list(paths) if paths else None)
    use_cache = project.config.cache if use_cache is None else use_cache
    cache = ResultCache.open(project, ctx) if use_cache else None
    if cache is not None:
        ctx.valid_frontmatter = cache.get_memo()
    results: list[FileResult | None] = [None] * len(found.targets)
    pending: list[tuple[int, Target, bytes | None]] = []
    for index, target in enumerate(found.targets):
        if cache is None:
            pending.append((index, target, None))
            continue
        # The key is the file's bytes: reading them here is the price of a cache hit.
        raw = _read(target, project.config.max_file_size)
        if isinstance(raw, Problem):
            results[index] = _problem_result(target.relpath, raw, selection)
            continue
        blob = cache.get(cache_key(raw, target.relpath))
        results[index] = decode_or_none(blob, links=links) if blob is not None else None
        if results[index] is None:
            # A small run analyses the very bytes it hashed; a large one lets the workers read
            # (and hash) again rather than hold every file here.
            pending.append((index, target, raw if len(pending) < PARALLEL_THRESHOLD else None))
            if len(pending) == PARALLEL_THRESHOLD:
                pending = [(i, t, None) for i, t, _ in pending]
    # The catalog is part of the cache's fingerprint, so a stored one is always current.
    stored_catalog = cache.get_catalog() if cache else None
    if stored_catalog is not None:
        ctx.__dict__["catalog"] = stored_catalog
    corpus_rules = _corpus_rules(selection)
    speller = spelling.Checker(project, selection, use_cache=use_cache) if spelling.wanted(selection) else None

    def meanwhile() -> None:
        _pause_collector()
        if corpus_rules:
            _ = ctx.catalog

    fresh, learned = _analyse_all([(t, raw) for _, t, raw in pending], ctx, selection,
                                  _jobs(project.config.jobs, len(pending)),
                                  meanwhile=meanwhile,
                                  each=lambda r: speller.prepare(r.words) if speller and r.words else None,
                                  links=links)
    for (index, target, _), ((result, key), blob) in zip(pending, fresh, strict=True):
        if cache and key is None:
            # Read when the key was made, unreadable for the worker: the file was being
            # replaced; one more read here settles it.
            (result, key), blob = _analyse_target(target, ctx, selection), None
        results[index] = result
        if cache and key is not None:
            cache.put(key, blob if blob is not None else encode(result))
    del fresh  # drop the blobs (a cache keeps its own) before the speller loads
    done = [r for r in results if r is not None]
    stamper = Stamper(selection)
    diagnostics = [d for r in done for d in r.diagnostics]
    diagnostics.extend(
        d for relpath, problem in found.skipped
        if (d := stamper.stamp(problem.rule, problem.finding, relpath)) is not None
    )
    if speller is not None:
        targets = {t.relpath: t for t in found.targets}

        def reload(relpath: str) -> Document | None:
            raw = _read(targets[relpath], project.config.max_file_size)
            return None if isinstance(raw, Problem) else load_document(targets[relpath].path, relpath, raw)

        # After the workers have gone: the dictionary (34 MB) is never in memory beside them.
        diagnostics.extend(speller.diagnostics([(r.relpath, r.words) for r in done if r.words is not None], reload))
        speller.close(prune=found.complete)
    corpus = Corpus([r.facts for r in done if r.facts is not None], found.complete)
    for rule in corpus_rules:
        assert rule.check_corpus is not None
        for finding in rule.check_corpus(corpus, ctx):
            d = stamper.stamp(finding.rule or rule.id, finding, finding.path or "")
            if d is not None:
                diagnostics.append(d)
    if cache:
        cache.put_memo(learned - ctx.valid_frontmatter)
        if stored_catalog is None and "catalog" in ctx.__dict__:
            cache.put_catalog(ctx.catalog)
        cache.close(prune=found.complete)
    diagnostics.sort(key=Diagnostic.sort_key)
    return Report(len(found.targets), diagnostics, done, project)


def lint(paths: Sequence[str | Path] | None = None, config: Project | Config | Mapping[str, Any] | None = None,
         *, use_cache: bool = False) -> Report:
    """Check answer files and return the report. The Python API for tests and other tools.

    ``config`` is a :class:`Project` (see :func:`contentlint.config.find_project`), a
    :class:`Config` or a mapping of configuration keys (both then rooted at the current folder);
    by default the configuration is searched upward from the current folder.
    """
    if isinstance(config, Project):
        project = config
    elif isinstance(config, Config):
        project = Project(Path.cwd().resolve(), config, None)
    elif config is not None:
        project = Project(Path.cwd().resolve(), parse_config(dict(config), "lint(config=...)"), None)
    else:
        project = find_project(Path.cwd())
    return run(project, [Path(p) for p in paths] if paths else None, use_cache=use_cache)
