"""SARIF output, validated against the schema GitHub code scanning uses, and read as GitHub reads it."""

from __future__ import annotations

import email.message
import importlib.metadata
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import jsonschema
import pytest

from contentlint import __version__
from contentlint import rules as registry
from contentlint.diagnostics import Severity
from contentlint.engine import Report, run
from contentlint.messages import Lang
from contentlint.reporters import sarif
from tests.conftest import FIXTURES, HEADER, REAL_TITLE, make_project
from tests.test_reporters_common import (
    ADVICE,
    FIX,
    ODD_NAME,
    empty_report,
    render,
    varied_report,
    with_fixes,
)

SARIF_SCHEMA = json.loads((FIXTURES / "external" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# The schema fails a meta-schema check (see tests/fixtures/external/README.md): iter_errors, not validate.
VALIDATOR = jsonschema.Draft202012Validator(SARIF_SCHEMA)
URI_REFERENCE = re.compile(r"[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+")
LEVELS = {"error": Severity.ERROR, "warning": Severity.WARNING, "note": Severity.INFO}


def sarif_of(report: Report, lang: Lang = "en") -> dict[str, Any]:
    document: dict[str, Any] = json.loads(render("sarif", report, lang))
    assert [e.message for e in VALIDATOR.iter_errors(document)] == []
    return document


def assert_github_accepts(document: dict[str, Any]) -> None:
    """What code scanning needs beyond the schema (and the one schema rule it cannot enforce)."""
    assert document["version"] == "2.1.0"
    (run_,) = document["runs"]
    rules = run_["tool"]["driver"]["rules"]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"]
        (location,) = result["locations"]
        physical = location["physicalLocation"]
        assert URI_REFERENCE.fullmatch(physical["artifactLocation"]["uri"])
        region = physical["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert region["endLine"] >= region["startLine"]


def test_real_output_is_valid_sarif(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    document = sarif_of(report)
    assert_github_accepts(document)
    (run_,) = document["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["language"] == "en-US"
    assert run_["tool"]["driver"]["name"] == "contentlint"
    assert run_["tool"]["driver"]["version"] == __version__
    assert run_["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.resolve().as_uri() + "/"}}
    results = run_["results"]
    assert len(results) == len(report.diagnostics)
    for result, d in zip(results, report.diagnostics, strict=True):
        assert result["ruleId"] == d.rule
        assert LEVELS[result["level"]] is d.severity
        assert result["message"]["text"].startswith(d.message.render("en"))
        assert ("fixes" in result) == (d.fix is not None and d.fix.edits != ())
        location = result["locations"][0]["physicalLocation"]
        assert unquote(location["artifactLocation"]["uri"]) == d.path
        assert location["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert location["region"]["startLine"] == d.line
        assert location["region"]["startColumn"] == d.column
        assert location["region"]["endLine"] == (d.end_line or d.line)
        assert location["region"].get("endColumn") == d.end_column


def test_output_without_results(tmp_path: Path) -> None:
    document = sarif_of(empty_report(tmp_path))
    assert document["runs"][0]["results"] == []
    assert len(document["runs"][0]["tool"]["driver"]["rules"]) == len(registry.RULES)


def test_region_of_a_range(tmp_path: Path) -> None:
    result = next(r for r in sarif_of(varied_report(tmp_path))["runs"][0]["results"] if r["ruleId"] == "CL111")
    assert result["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 6,
    }


def test_every_registered_rule_is_described(tmp_path: Path) -> None:
    driver = sarif_of(varied_report(tmp_path), "tr")["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == list(registry.RULES)
    for descriptor, rule in zip(driver["rules"], registry.RULES.values(), strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary.render("tr")
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning",
                                                              "info": "note"}[rule.severity.value]
        assert descriptor["help"]["text"] == rule.doc.strip()
        assert descriptor["properties"]["tags"] == [rule.category]
        assert descriptor["fullDescription"]["text"]
        assert "\nBad" not in descriptor["fullDescription"]["text"]


def test_rule_documentation_becomes_prose_and_an_example_block() -> None:
    descriptor = sarif.rule_descriptor(registry.get("CL101"), "en")
    assert descriptor["fullDescription"]["text"] == (
        "Every answer file starts with YAML frontmatter between two '---' lines."
    )
    assert descriptor["help"]["markdown"].startswith(descriptor["fullDescription"]["text"] + "\n\n```text\nBad:")
    assert descriptor["help"]["markdown"].endswith("```")
    assert f"title: {REAL_TITLE}" in descriptor["help"]["markdown"]


def test_hard_wrapped_documentation_is_unwrapped() -> None:
    descriptor = sarif.rule_descriptor(registry.get("CL003"), "en")
    assert "\n" not in descriptor["fullDescription"]["text"]
    assert " ".join(registry.get("CL003").doc.split("Bad")[0].split()) == descriptor["fullDescription"]["text"]


def test_fixes_with_edits_become_artifact_changes(tmp_path: Path) -> None:
    report = with_fixes(varied_report(tmp_path))
    document = sarif_of(report, "tr")
    assert_github_accepts(document)
    results = document["runs"][0]["results"]
    fixed, fix_result = next((d, r) for d, r in zip(report.diagnostics, results, strict=True) if d.fix is FIX)
    assert fix_result["fixes"] == [{
        "description": {"text": "Anahtarı silin"},
        "artifactChanges": [{
            "artifactLocation": {"uri": fixed.path, "uriBaseId": "%SRCROOT%"},
            "replacements": [
                {"deletedRegion": {"startLine": 5, "startColumn": 1, "endLine": 6, "endColumn": 1},
                 "insertedContent": {"text": ""}},
                {"deletedRegion": {"startLine": 2, "startColumn": 8, "endLine": 2, "endColumn": 20},
                 "insertedContent": {"text": REAL_TITLE}},
            ],
        }],
    }]
    assert fix_result["message"]["text"].endswith("\nöneri: Anahtarı silin (--fix ile düzeltilebilir)")
    advised = next(r for d, r in zip(report.diagnostics, results, strict=True) if d.fix is ADVICE)
    assert "fixes" not in advised
    assert advised["message"]["text"].endswith("\nöneri: Editöre sorun")


def test_paths_are_percent_encoded(tmp_path: Path) -> None:
    results = sarif_of(varied_report(tmp_path))["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "content/answers/yan%C4%B1t%2C%20ek%3A%201.md" in uris
    assert unquote("content/answers/yan%C4%B1t%2C%20ek%3A%201.md") == ODD_NAME


def test_paths_are_relative_to_the_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    project = make_project(tmp_path / "site", {"content/answers/a.md": "no frontmatter\n"})
    run_ = sarif_of(run(project, use_cache=False))["runs"][0]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.resolve().as_uri() + "/"
    (result,) = [r for r in run_["results"] if r["ruleId"] == "CL101"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "site/content/answers/a.md", "uriBaseId": "%SRCROOT%",
    }


def test_a_file_outside_the_project_gets_an_absolute_uri(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "x.md"
    outside.parent.mkdir()
    outside.write_text("no frontmatter\n", encoding="utf-8")
    project = make_project(tmp_path / "site", {"content/answers/a.md": HEADER + "Metin.\n"})
    report = run(project, [outside], use_cache=False)
    (result,) = [r for r in sarif_of(report)["runs"][0]["results"] if r["ruleId"] == "CL101"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": outside.as_uri()}


def test_information_uri_comes_from_the_package_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    declared = email.message.Message()
    declared["Project-URL"] = "Homepage, https://example.org/contentlint"
    monkeypatch.setattr(importlib.metadata, "metadata", lambda name: declared)
    assert sarif.information_uri() == "https://example.org/contentlint"
    log = sarif.sarif_log(Report(0, []), "en")
    assert log["runs"][0]["tool"]["driver"]["informationUri"] == "https://example.org/contentlint"
    assert [e.message for e in VALIDATOR.iter_errors(log)] == []
