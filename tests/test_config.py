"""Configuration: found upward, validated strictly, and it decides which rules run where."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from contentlint.config import Config, ConfigError, find_project, parse_config
from contentlint.diagnostics import Diagnostic, Severity
from contentlint.engine import build_selection
from tests.conftest import REPO

Lint = Callable[..., list[Diagnostic]]
BAD = "---\ntitle: x\nquestion_id: 8\nchoice_id: 1\nextra: 1\n---\n"


def test_found_by_searching_upward_and_contentlint_toml_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.contentlint]\nlang = 'en'\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_project(deep).config.lang == "en"
    assert find_project(deep).root == tmp_path
    (tmp_path / "contentlint.toml").write_text("lang = 'tr'\n", encoding="utf-8")
    assert find_project(deep).config.lang == "tr"


def test_pyproject_without_a_section_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.contentlint]\nlang = 'tr'\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_project(inner).root == tmp_path


@pytest.mark.parametrize(
    ("toml", "words"),
    [("colour = 'red'\n", "'colour'"), ("max_file_size = 'big'\n", "'max_file_size'"),
     ("lang = 'de'\n", "'lang'"), ("[schemas]\nanswers = 'x'\n", "'schemas.answers'"),
     ("lang = \n", "contentlint.toml")],
)
def test_invalid_configuration_names_the_key(tmp_path: Path, toml: str, words: str) -> None:
    (tmp_path / "contentlint.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        find_project(tmp_path)
    assert words in caught.value.message.render("en")
    assert words in caught.value.message.render("tr")


def test_select_ignore_by_id_name_prefix_and_category(lint_source: Lint) -> None:
    assert [d.rule for d in lint_source(BAD) if d.rule == "CL111"] == ["CL111"]
    assert lint_source(BAD, rule="CL111", config={"ignore": ["CL111"]}) == []
    assert lint_source(BAD, rule="CL111", config={"ignore": ["frontmatter-unknown-key"]}) == []
    assert lint_source(BAD, rule="CL111", config={"ignore": ["CL1"]}) == []
    assert lint_source(BAD, rule="CL111", config={"select": ["coverage"]}) == []


def test_severity_override(lint_source: Lint) -> None:
    [d] = lint_source(BAD, rule="CL111", config={"severity": {"frontmatter-unknown-key": "info"}})
    assert d.severity is Severity.INFO


def test_per_path_ignores(lint_source: Lint) -> None:
    config = {"per_path_ignores": {"content/answers/legacy/*": ["CL111"]}}
    assert lint_source(BAD, rule="CL111", config=config, name="legacy/a.md") == []
    assert len(lint_source(BAD, rule="CL111", config=config, name="new/a.md")) == 1


def test_unknown_rule_in_configuration_is_an_error() -> None:
    from contentlint.config import Project

    project = Project(Path("."), Config(ignore=["CL999"]), None)
    with pytest.raises(ConfigError) as caught:
        build_selection(project)
    assert "CL999" in caught.value.message.render("tr")


def test_config_schema_file_is_current() -> None:
    committed = json.loads((REPO / "schemas" / "config.schema.json").read_text("utf-8"))
    assert committed == Config.model_json_schema(), (
        "schemas/config.schema.json is stale: run `contentlint config-schema > schemas/config.schema.json`"
    )


def test_packaged_schemas_are_copies_of_the_repository_schemas() -> None:
    for name in ("answer.schema.json", "questions.schema.json", "report.schema.json"):
        assert (REPO / "schemas" / name).read_bytes() == (REPO / "contentlint" / "schemas" / name).read_bytes()


def test_the_published_schema_accepts_what_the_validator_accepts() -> None:
    import jsonschema

    schema = json.loads((REPO / "schemas" / "config.schema.json").read_text("utf-8"))
    settings = {"links": {"timeout": "30s", "max_cache_age": "1d", "hosts": {"a.org": {"interval": "500ms"}}}}
    jsonschema.validate(settings, schema)
    assert parse_config(settings, "test").links.hosts["a.org"].interval == 0.5
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"links": {"timeout": "soon"}}, schema)
