"""The JSON report and schemas/report.schema.json, checked against real output."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from contentlint import __version__, cli
from contentlint.diagnostics import Severity
from contentlint.engine import Report
from tests.conftest import REAL_TITLE, REPO, make_project
from tests.test_reporters_common import (
    ADVICE,
    FIX,
    VARIED_CATALOG,
    VARIED_FILES,
    empty_report,
    render,
    varied_report,
    with_fixes,
)

SCHEMA = json.loads((REPO / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def problems(document: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(document)]


def test_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_cli_output_with_diagnostics_of_several_kinds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path, dict(VARIED_FILES), catalog=VARIED_CATALOG)
    (tmp_path / "contentlint.toml").write_text('[severity]\nCL003 = "info"\n', encoding="utf-8")
    monkeypatch.chdir(project.root)

    assert cli.main(["check", "--no-cache", "--lang", "en", "--format", "json:report.json"]) == 1

    document = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert problems(document) == []
    found = document["diagnostics"]
    assert {d["severity"] for d in found} == {"error", "warning", "info"}
    assert {d["category"] for d in found} >= {"schema", "coverage", "format"}
    assert document["summary"] == {
        "files": 6,
        "errors": sum(d["severity"] == "error" for d in found),
        "warnings": sum(d["severity"] == "warning" for d in found),
        "infos": sum(d["severity"] == "info" for d in found),
    }
    assert document["tool"] == {"name": "contentlint", "version": __version__}
    unknown_key = next(d for d in found if d["rule"] == "CL111")
    assert unknown_key == {
        "path": "content/answers/b.md", "line": 5, "column": 1, "end_line": 5, "end_column": 6,
        "rule": "CL111", "name": "frontmatter-unknown-key", "category": "schema", "severity": "error",
        "message": unknown_key["message"], "url": None, "fix": None,
    }
    assert "'extra'" in unknown_key["message"]


def test_output_without_diagnostics(tmp_path: Path) -> None:
    document = json.loads(render("json", empty_report(tmp_path)))
    assert problems(document) == []
    assert document["diagnostics"] == []
    assert document["summary"] == {"files": 1, "errors": 0, "warnings": 0, "infos": 0}


def test_fixes_are_written_with_their_edits(tmp_path: Path) -> None:
    report = with_fixes(varied_report(tmp_path))
    document = json.loads(render("json", report, "tr"))
    assert problems(document) == []
    written = list(zip(report.diagnostics, (d["fix"] for d in document["diagnostics"]), strict=True))
    assert [fix is None for _, fix in written] == [d.fix is None for d in report.diagnostics]
    assert [fix for d, fix in written if d.fix is FIX] == [
        {"description": "Anahtarı silin", "edits": [
            {"line": 5, "column": 1, "end_line": 6, "end_column": 1, "text": ""},
            {"line": 2, "column": 8, "end_line": 2, "end_column": 20, "text": REAL_TITLE},
        ]},
    ]
    assert [fix for d, fix in written if d.fix is ADVICE] == [
        {"description": "Editöre sorun", "edits": []},
    ]


def test_language_follows_the_run(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    english = json.loads(render("json", report, "en"))["diagnostics"]
    turkish = json.loads(render("json", report, "tr"))["diagnostics"]
    assert [d["message"] for d in english] == [d.message.render("en") for d in report.diagnostics]
    assert [d["message"] for d in turkish] == [d.message.render("tr") for d in report.diagnostics]
    assert [d["severity"] for d in turkish] == [d.severity.value for d in report.diagnostics]


def _set(document: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


@pytest.mark.parametrize(("path", "value"), [
    (("extra",), 1),
    (("version",), 2),
    (("tool", "name"), "flake8"),
    (("summary", "errors"), -1),
    (("summary", "notes"), 0),
    (("diagnostics", 0, "category"), "style"),
    (("diagnostics", 0, "severity"), "fatal"),
    (("diagnostics", 0, "line"), 0),
    (("diagnostics", 0, "rule"), "E501"),
    (("diagnostics", 0, "end_column"), "5"),
    (("diagnostics", 0, "path"), ""),
    (("diagnostics", 0, "hint"), "x"),
    (("diagnostics", 0, "fix"), {"description": "x"}),
    (("diagnostics", 0, "fix"), {"description": "x", "edits": [{"line": 1, "column": 1}]}),
    (("diagnostics", 0, "fix"), {"description": "x", "edits": [], "safe": True}),
])
def test_schema_is_strict(tmp_path: Path, path: tuple[Any, ...], value: Any) -> None:
    document = json.loads(render("json", varied_report(tmp_path)))
    assert problems(document) == []
    assert problems(_set(document, path, value)) != []


def test_severity_in_the_report_is_the_configured_one(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    crlf = [d for d in json.loads(render("json", report))["diagnostics"] if d["rule"] == "CL003"]
    assert crlf and {d["severity"] for d in crlf} == {Severity.INFO.value}


def test_streamed_output_is_the_report_document(lint_files: Callable[..., Report]) -> None:
    import io

    from contentlint.reporters import RunInfo, emit
    from contentlint.reporters.json import JsonReporter, report_dict
    from tests.conftest import ORIGINAL_ANSWER

    report = lint_files({"content/answers/a.txt": ORIGINAL_ANSWER.read_text("utf-8"),
                         "content/answers/b.txt": "no frontmatter\n"})
    for lang in ("en", "tr"):
        out = io.StringIO()
        emit(JsonReporter(out, RunInfo(lang, report.files)), report)
        assert json.loads(out.getvalue()) == report_dict(report, lang)
        assert len(report_dict(report, lang)["diagnostics"]) > 5


@pytest.mark.parametrize("count", [1, 999, 1000, 1001, 2500])
def test_a_long_report_is_the_one_json_document(tmp_path: Path, count: int) -> None:
    # Written a slice of diagnostics at a time: the text must be the whole document's, whatever
    # the count (on either side of a slice's end).
    from itertools import cycle, islice

    from contentlint.reporters.json import report_dict

    report = with_fixes(varied_report(tmp_path))
    many = Report(report.files, list(islice(cycle(report.diagnostics), count)), report.results, report.project)
    for lang in ("en", "tr"):
        assert render("json", many, lang) == json.dumps(report_dict(many, lang), ensure_ascii=False) + "\n"
