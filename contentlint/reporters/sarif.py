"""SARIF 2.1.0, the format GitHub code scanning and editors' problem viewers read."""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from contentlint import __version__
from contentlint import rules as registry
from contentlint.diagnostics import Severity
from contentlint.messages import Lang
from contentlint.reporters import words
from contentlint.reporters.base import Reporter, SourceRoot, source_root
from contentlint.reporters.markdown import code_block

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic, Edit
    from contentlint.engine import Report
    from contentlint.rules.base import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_LANGUAGE = {"en": "en-US", "tr": "tr-TR"}
# A rule's doc is prose, then its examples, which start at the first "Bad" line.
_EXAMPLES = re.compile(r"^Bad\b", re.MULTILINE)


def information_uri() -> str | None:
    """The project's home page, if the package declares one ([project.urls] in pyproject.toml)."""
    try:
        declared = metadata.metadata("contentlint").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    for entry in map(str, declared):
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "documentation", "repository", "source"):
            return url.strip()
    return None


def _split_doc(doc: str) -> tuple[str, str]:
    found = _EXAMPLES.search(doc)
    if found is None:
        return doc.strip(), ""
    return doc[: found.start()].strip(), doc[found.start():].strip()


def rule_descriptor(rule: Rule, lang: Lang) -> dict[str, Any]:
    """Rule metadata. The summary is in the run's language; the documentation exists in English."""
    prose, examples = _split_doc(rule.doc)
    # The doc is hard-wrapped for a terminal; viewers wrap text themselves.
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", prose) if p.strip()]
    help_markdown = "\n\n".join(paragraphs)
    if examples:
        help_markdown += "\n\n" + code_block(examples)
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary.render(lang)},
        "fullDescription": {"text": "\n\n".join(paragraphs) or rule.summary.en},
        "help": {"text": rule.doc.strip(), "markdown": help_markdown},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": [rule.category], "fixable": rule.fixable},
    }


def _region(line: int, column: int, end_line: int | None, end_column: int | None) -> dict[str, int]:
    # Without an end column a region runs to the end of its line, which suits a point finding.
    region = {"startLine": line, "startColumn": column, "endLine": end_line or line}
    if end_column is not None:
        region["endColumn"] = end_column
    return region


def _artifact(path: str, root: SourceRoot) -> dict[str, str]:
    located = root.locate(path)
    if PurePosixPath(located).is_absolute():
        return {"uri": Path(located).as_uri()}
    return {"uri": quote(located), "uriBaseId": SRCROOT}


def _replacement(edit: Edit) -> dict[str, Any]:
    return {
        "deletedRegion": _region(edit.line, edit.column, edit.end_line, edit.end_column),
        "insertedContent": {"text": edit.text},
    }


def _result(d: Diagnostic, index: int, root: SourceRoot, lang: Lang) -> dict[str, Any]:
    text = d.text(lang)
    hint = words.fix_hint(d, lang)
    if hint is not None:
        text += f"\n{words.fix_label(lang)}: {hint}"
    result: dict[str, Any] = {
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": _LEVEL[d.severity],
        "message": {"text": text},
    }
    if d.path:
        result["locations"] = [{"physicalLocation": {
            "artifactLocation": _artifact(d.path, root),
            "region": _region(d.line, d.column, d.end_line, d.end_column),
        }}]
    if d.fix is not None and d.fix.edits:
        result["fixes"] = [{
            "description": {"text": d.fix.description.render(lang)},
            "artifactChanges": [{
                "artifactLocation": _artifact(d.path, root),
                "replacements": [_replacement(e) for e in d.fix.edits],
            }],
        }]
    return result


def sarif_log(report: Report, lang: Lang) -> dict[str, Any]:
    # Every registered rule is listed, so a viewer can show what was checked, not only what failed.
    rules = list(registry.RULES.values())
    index = {rule.id: i for i, rule in enumerate(rules)}
    root = source_root(report)
    driver: dict[str, Any] = {
        "name": "contentlint",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [rule_descriptor(rule, lang) for rule in rules],
    }
    homepage = information_uri()
    if homepage is not None:
        driver["informationUri"] = homepage
    run: dict[str, Any] = {"tool": {"driver": driver}}
    if root.path is not None:
        uri = root.path.as_uri()
        run["originalUriBaseIds"] = {SRCROOT: {"uri": uri if uri.endswith("/") else uri + "/"}}
    run.update({
        "language": _LANGUAGE[lang],
        "columnKind": "unicodeCodePoints",
        "results": [_result(d, index[d.rule], root, lang) for d in report.diagnostics],
    })
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0, for GitHub code scanning"

    def finish(self, report: Report) -> None:
        json.dump(sarif_log(report, self.info.lang), self.stream, ensure_ascii=False, indent=2)
        self.stream.write("\n")
