"""`contentlint links` and `check --links`: the engine's documents → distinct URLs → checks →
one diagnostic per occurrence, stamped like every other rule's."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from contentlint import engine, suppress
from contentlint import rules as registry
from contentlint.config import ConfigError, Project, RuleSelection
from contentlint.diagnostics import Diagnostic, Severity
from contentlint.documents import Document, load_document
from contentlint.links import model
from contentlint.links.api import check_urls
from contentlint.links.checker import host_config
from contentlint.links.extract import LinkRef, extract_links
from contentlint.links.guard import Lookup
from contentlint.links.model import LinkResult
from contentlint.links.progress import Progress
from contentlint.links.rules import IDS, finding, title_finding
from contentlint.links.urls import web_url
from contentlint.messages import msg
from contentlint.turkish import fold

if TYPE_CHECKING:
    from contentlint.fix import FileFix

# Offline Markdown rules that already say what the link check would find again at the same link;
# when they are reported, the link check keeps quiet there.
_OFFLINE_TWINS = {
    rule_id: twin for rule_id, name in ((model.INSECURE, "url-http"), (model.YOUTUBE_INVALID, "youtube-url-malformed"))
    if (twin := registry.resolve(name)) is not None
}


def cache_path(project: Project) -> Path | None:
    if not project.config.cache:
        return None
    configured = project.config.links.cache_file
    return project.path(configured) if configured else project.path(project.config.cache_dir) / "cache.sqlite"


def check_project(project: Project, paths: Sequence[Path] | None = None, *, only_links: bool = False,
                  progress: Progress | None = None, lookup: Lookup | None = None,
                  known: Mapping[str, LinkResult] | None = None) -> engine.Report:
    """Run the engine, check every distinct URL of the files once, and merge the link diagnostics.

    ``only_links`` keeps only diagnostics of the link category (`contentlint links`); URLs in
    ``known`` (as written) are not asked again.
    """
    return check_links(project, paths, only_links=only_links, progress=progress, lookup=lookup, known=known)[0]


def check_links(project: Project, paths: Sequence[Path] | None = None, *, only_links: bool = False,
                progress: Progress | None = None, lookup: Lookup | None = None,
                known: Mapping[str, LinkResult] | None = None) -> tuple[engine.Report, dict[str, LinkResult]]:
    """:func:`check_project`, and the result of every URL as written."""
    _check_host_severities(project)
    report = engine.run(project, paths)
    selection = engine.build_selection(project)
    refs = {result.relpath: result.links for result in report.results if result.links}
    found: list[Diagnostic] = []
    results: dict[str, LinkResult] = {}
    if IDS & selection.enabled and refs:
        urls = {ref.url for links in refs.values() for ref in links}
        results = {url: known[url] for url in urls if known and url in known}
        results |= check_urls(urls - results.keys(), project.config.links, cache_path=cache_path(project),
                              lookup=lookup, progress=progress)
        for relpath, links in refs.items():
            found.extend(_diagnostics(project, selection, relpath, links, results))
    kept = [d for d in report.diagnostics if not only_links or d.category == "link"]
    said = {(d.path, d.line, d.url, d.rule) for d in kept}
    found = [d for d in found if (d.path, d.line, d.url, _OFFLINE_TWINS.get(d.rule)) not in said]
    merged = engine.Report(report.files, sorted(kept + found, key=Diagnostic.sort_key), report.results, project)
    return merged, results


def fix_links(project: Project, paths: Sequence[Path] | None = None, *, write: bool, only_links: bool = False,
              progress: Progress | None = None, lookup: Lookup | None = None
              ) -> tuple[list[FileFix], dict[str, LinkResult]]:
    """Check the links, then fix the files (written only if ``write``): moved links are rewritten
    to where they lead (see links/moved.py), together with every other safe fix unless
    ``only_links``. Returns what fixing did and every URL's result, for the report that follows."""
    from contentlint.fix import fix_paths

    report, results = check_links(project, paths, progress=progress, lookup=lookup)
    selection = engine.build_selection(project)

    def moved_links(doc: Document) -> list[Diagnostic]:
        found = _stamped(project, selection, doc.relpath, extract_links(doc), results, doc)
        return [d for d in found if d.rule in model.MOVED]

    target = project
    if only_links:
        # The document's own rules propose nothing: only the moved links are fixed.
        enabled = sorted(model.MOVED & selection.enabled)
        if not enabled:
            return [], results
        target = Project(project.root, project.config.model_copy(update={"select": enabled}), project.source)
        report = engine.Report(report.files, [d for d in report.diagnostics if d.rule in model.MOVED],
                               report.results, project)
    return fix_paths(target, paths, write=write, report=report, extra=moved_links), results


def _check_host_severities(project: Project) -> None:
    """links.hosts.*.severity may only name existing rules."""
    for host, config in project.config.links.hosts.items():
        for name in config.severity:
            if registry.resolve(name) is None:
                raise ConfigError(msg(
                    "Configuration key 'links.hosts.{host}.severity': unknown rule '{rule}'",
                    "'links.hosts.{host}.severity' ayarında bilinmeyen kural: '{rule}'",
                    host=host, rule=name,
                ))


def _diagnostics(project: Project, selection: RuleSelection, relpath: str, links: tuple[LinkRef, ...],
                 results: dict[str, LinkResult]) -> list[Diagnostic]:
    vague = _vague(project)
    pending = tuple(ref for ref in links if finding(ref, results[ref.url])
                    or title_finding(ref, results[ref.url], vague))
    if not pending:
        return []
    # The file's text (suppression comments, where a moved link is written) is only needed for
    # files with findings; the engine does not keep it.
    path = project.root / relpath
    try:
        doc: Document | None = load_document(path, relpath, path.read_bytes())
    except OSError:
        doc = None
    return _stamped(project, selection, relpath, pending, results, doc)


def _stamped(project: Project, selection: RuleSelection, relpath: str, links: Sequence[LinkRef],
             results: Mapping[str, LinkResult], doc: Document | None) -> list[Diagnostic]:
    suppressions = None if doc is None else suppress.parse(doc.body, doc.body_line, registry.resolve)
    vague = _vague(project)
    stamper = engine.Stamper(selection)
    out: list[Diagnostic] = []
    for ref in links:
        result = results.get(ref.url)
        if result is None:
            continue
        for found in (finding(ref, result, None if doc is None else doc.text), title_finding(ref, result, vague)):
            if found is None:
                continue
            rule_id, item = found
            diagnostic = stamper.stamp(rule_id, item, relpath, suppressions)
            if diagnostic is None:
                continue
            override = _host_severity(project, ref.url, rule_id)
            out.append(dataclasses.replace(diagnostic, severity=override) if override else diagnostic)
    return out



def _vague(project: Project) -> frozenset[str]:
    """CL304's link texts that name nothing: CL419 does not compare them with titles."""
    return frozenset(fold(text) for text in project.config.format.non_descriptive_link_texts)


def _host_severity(project: Project, url: str, rule_id: str) -> Severity | None:
    """The severity that the settings of ``url``'s host give ``rule_id``, if any."""
    parsed = web_url(url.strip())
    if parsed is None:
        return None
    configured = host_config(project.config.links, parsed.host).severity
    return next((severity for name, severity in configured.items() if registry.resolve(name) == rule_id), None)
