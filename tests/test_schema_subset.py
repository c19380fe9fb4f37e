"""The compiled schema predicate agrees with jsonschema, and valid content needs no jsonschema.

``compile_schema`` may answer for jsonschema only if it answers the same: every instance below,
valid or not, is judged by both, for our packaged schemas and for schemas using each supported
keyword, hand-written and generated. A schema it compiles must also pass jsonschema's
``check_schema``, since no metaschema check is made for it.
"""

from __future__ import annotations

import datetime
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from jsonschema import exceptions, validators

from contentlint.config import ConfigError
from contentlint.context import Context
from contentlint.schema_subset import DRAFT_2020_12, compile_schema
from tests.conftest import HEADER, REAL_TITLE, REPO, make_project

PACKAGED = sorted((REPO / "contentlint" / "schemas").glob("*.json")) + sorted((REPO / "schemas").glob("*.json"))
ANSWER = json.loads((REPO / "contentlint" / "schemas" / "answer.schema.json").read_text("utf-8"))
QUESTIONS = json.loads((REPO / "contentlint" / "schemas" / "questions.schema.json").read_text("utf-8"))
BODY = "Gönüllülerle iş birliği için “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” sayfasına bakın.\n"
TITLES = [REAL_TITLE, "Gönüllülerle düzenli olarak çalışıyoruz.", "Gönüllü yönetimi için bir planımız var."]
THREE_CHOICES = "questions:\n  - id: 8\n    choices:\n" + "".join(
    f"      - id: {n}\n        title: {title}\n" for n, title in enumerate(TITLES, 1))

SCALARS: list[Any] = [
    None, True, False, 0, 1, -1, 2, 8, 1.0, 1.5, 0.0, -0.0, 2.0, -3.5, 10**30, -(10**30), 2**63,
    float("inf"), float("-inf"), float("nan"), Decimal("1"), Decimal("0.5"), Fraction(1, 2),
    "", " ", "a", " a", "a ", "a b", "ab", "abc", "abcd", "1", "12", "x1y", "\n", "a\n", "\u00a0a",
    REAL_TITLE, "Gönüllü", "ğüşİı", "😀😀", datetime.date(2023, 2, 28), b"ab",
]
CONTAINERS: list[Any] = [
    [], [1], [1, 2], [1, 2, 3], [True], [1.0], ["a"], [None], [[1]], [{"a": 1}], [1, "a"],
    {}, {"a": 1}, {"a": "x"}, {"a": True}, {"b": 1}, {"a": 1, "b": 2}, {"a": "x", "b": 2.0},
    {"a": None, "c": []}, {8: "x"}, {"a": [1, 2]}, {"a": {"a": 1}},
]
INSTANCES = SCALARS + CONTAINERS

# Each supported keyword, alone and together; the comments say what jsonschema does that a
# first guess would not.
HAND_WRITTEN: list[dict[str, Any]] = [
    {}, {"type": "integer"}, {"type": "number"}, {"type": "string"}, {"type": "boolean"},
    {"type": "null"}, {"type": "array"}, {"type": "object"}, {"type": ["string", "null"]},
    {"type": ["integer", "boolean"]}, {"minimum": 1}, {"minimum": 1.5}, {"maximum": 1},
    {"maximum": -0.5}, {"exclusiveMinimum": 0}, {"exclusiveMaximum": 10**20},
    {"minimum": 1, "maximum": 1.0}, {"minimum": float("nan")}, {"type": "integer", "minimum": 1},
    {"minLength": 2}, {"maxLength": 3}, {"minLength": 1, "maxLength": 1}, {"maxLength": 0},
    {"pattern": "b"},  # a search, not a match
    {"pattern": "^\\d+$"},  # \d is any Unicode digit; $ matches before a final newline
    {"pattern": "^\\S(.*\\S)?$"}, {"type": "string", "pattern": "ğ|😀"},
    {"items": {"type": "integer"}}, {"items": False}, {"items": True}, {"items": {}},
    {"minItems": 1}, {"maxItems": 2}, {"minItems": 2, "maxItems": 2, "items": {"minimum": 2}},
    {"properties": {"a": {"type": "string"}}}, {"properties": {"a": False}},
    {"properties": {"a": True, "b": {"type": "integer"}}, "required": ["a"]},
    {"required": []}, {"required": ["a", "b"]}, {"additionalProperties": False},
    {"additionalProperties": {"type": "integer"}}, {"additionalProperties": True},
    {"properties": {"a": {}}, "additionalProperties": False},
    {"properties": {"a": {"type": "integer"}}, "additionalProperties": {"type": "string"}},
    {"enum": [1, True, "1", None, [1], {"a": 1}, 1.5, [True]]},  # True is not 1, even in a list
    {"enum": [0, False, []]}, {"enum": []}, {"enum": [{"a": True}, [1.0, "x"]]},
    {"const": 1}, {"const": 0}, {"const": False}, {"const": None}, {"const": [1, {"a": True}]},
    {"const": {"a": 1}}, {"const": "a"}, {"const": float("nan")},
    {"title": "t", "description": "d", "$comment": "c", "examples": [1], "default": 3, "x-any": {"y": 1},
     "type": "object"},
    {"$schema": DRAFT_2020_12, "$id": "https://example.org/s.json", "type": "integer"},
    {"type": "object", "properties": {"a": {"type": "array", "items": {"type": "object", "required": ["a"],
     "properties": {"a": {"type": "integer", "exclusiveMinimum": 0}}, "additionalProperties": False}}}},
]


def _jsonschema_says(schema: Any, instance: Any) -> bool | str:
    return _outcome(validators.validator_for(schema)(schema).is_valid, instance)


def _outcome(is_valid: Callable[[Any], bool], instance: Any) -> bool | str:
    """The verdict, or the exception's name: comparing Decimal("1") with NaN raises in both."""
    try:
        return bool(is_valid(instance))
    except Exception as exc:
        return type(exc).__name__


def _variants(instance: Any) -> Iterator[Any]:
    """The instance, then every copy with one value replaced, one key dropped or added, or one
    list emptied, repeated or extended: the mistakes a frontmatter or a catalog can hold."""
    yield instance
    for value in INSTANCES:
        yield value
    if isinstance(instance, dict):
        for key in instance:
            yield {k: v for k, v in instance.items() if k != key}
            for inner in _variants(instance[key]):
                yield {**instance, key: inner}
        for extra in ("questoin_id", "Title", 8, ""):
            yield {**instance, extra: 1}
    elif isinstance(instance, list):
        yield []
        yield instance + instance
        for index, item in enumerate(instance):
            for inner in _variants(item):
                yield [*instance[:index], inner, *instance[index + 1:]]
        for value in INSTANCES:
            yield [*instance, value]


FRONTMATTER = {"title": REAL_TITLE, "question_id": 8, "choice_id": 1}
CATALOG_DATA = {"questions": [
    {"id": 8, "title": "Gönüllüler", "choices": [{"id": 1, "title": REAL_TITLE}, {"id": 2, "title": "İkinci"}]},
    {"id": 9, "choices": [{"id": 1, "title": "x"}]},
]}


@pytest.mark.parametrize(("schema", "document"), [(ANSWER, FRONTMATTER), (QUESTIONS, CATALOG_DATA)],
                         ids=["answer", "questions"])
def test_the_packaged_schemas_compile_and_agree_with_jsonschema(schema: dict[str, Any], document: Any) -> None:
    is_valid = compile_schema(schema)
    assert is_valid is not None
    verdicts = [(instance, _outcome(is_valid, instance), _jsonschema_says(schema, instance))
                for instance in _variants(document)]
    assert [v for v in verdicts if v[1] != v[2]] == []
    # Both verdicts occur, many times: the comparison is not one-sided.
    assert sum(ours is True for _, ours, _ in verdicts) > 20 and sum(ours is False for _, ours, _ in verdicts) > 200


@pytest.mark.parametrize("schema", HAND_WRITTEN, ids=lambda s: json.dumps(s)[:60])
def test_each_keyword_agrees_with_jsonschema(schema: dict[str, Any]) -> None:
    is_valid = compile_schema(schema)
    assert is_valid is not None
    disagreements = [i for i in INSTANCES if _outcome(is_valid, i) != _jsonschema_says(schema, i)]
    assert disagreements == []


def _random_schema(rng: random.Random, depth: int = 0) -> Any:
    """A schema of the supported keywords, now and then with a value the metaschema forbids."""
    if rng.random() < 0.1:
        return rng.choice([True, False])
    schema: dict[str, Any] = {}
    odd: list[Any] = [-1, 1.5, True, "3", None, [], {}, "(", ["a", "a"], "int", float("nan"), 10**20]
    for _ in range(rng.randint(1, 4)):
        keyword = rng.choice(["type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
                              "minLength", "maxLength", "pattern", "minItems", "maxItems", "required",
                              "enum", "const", "title", "examples", "properties", "additionalProperties",
                              "items", "format", "$id"])
        if rng.random() < 0.15:
            schema[keyword] = rng.choice(odd)
        elif keyword == "type":
            names = ["integer", "number", "string", "boolean", "null", "array", "object"]
            schema[keyword] = rng.choice(names) if rng.random() < 0.6 else rng.sample(names, rng.randint(1, 3))
        elif keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            schema[keyword] = rng.choice([0, 1, 2, -1, 1.5, 0.5, 1.0, 10**30])
        elif keyword in ("minLength", "maxLength", "minItems", "maxItems"):
            schema[keyword] = rng.randint(0, 3)
        elif keyword == "pattern":
            schema[keyword] = rng.choice(["a", "^a", "b$", "^\\S(.*\\S)?$", "\\d", "^$"])
        elif keyword == "required":
            schema[keyword] = rng.sample(["a", "b", "c"], rng.randint(0, 2))
        elif keyword == "enum":
            schema[keyword] = rng.sample([0, 1, True, False, None, "a", 1.0, [1], {"a": 1}], rng.randint(0, 3))
        elif keyword == "const":
            schema[keyword] = rng.choice([0, 1, True, False, None, "a", [1], {"a": 1}])
        elif keyword in ("title", "examples", "format", "$id"):
            schema[keyword] = {"title": "t", "examples": [], "format": "date", "$id": "https://e.org/x#y"}[keyword]
        elif depth < 2 and keyword == "properties":
            schema[keyword] = {name: _random_schema(rng, depth + 1) for name in rng.sample(["a", "b", "c"], 2)}
        elif depth < 2:
            schema[keyword] = _random_schema(rng, depth + 1)
    return schema


def test_generated_schemas_agree_with_jsonschema_and_its_metaschema() -> None:
    rng = random.Random(20261202)
    compiled = 0
    for _ in range(400):
        schema = _random_schema(rng)
        is_valid = compile_schema(schema) if isinstance(schema, dict) else None
        if is_valid is None:
            continue
        compiled += 1
        validators.validator_for(schema).check_schema(schema)  # whatever compiles is a valid schema
        assert [i for i in INSTANCES if _outcome(is_valid, i) != _jsonschema_says(schema, i)] == [], schema
    assert compiled > 150


@pytest.mark.parametrize("schema", [
    {"minLength": -1}, {"minLength": "1"}, {"maxItems": 1.5}, {"type": "int"}, {"type": []},
    {"type": ["string", "string"]}, {"required": ["a", "a"]}, {"required": "a"}, {"pattern": "("},
    {"properties": []}, {"properties": {"a": 3}}, {"items": [{}]}, {"minimum": "0"}, {"title": 5},
    {"examples": {}}, {"$id": "https://e.org/x#frag"}, {"$id": None},
    {"additionalProperties": None}, {"enum": "a"},
], ids=lambda s: json.dumps(s))
def test_what_the_metaschema_rejects_never_compiles(schema: dict[str, Any]) -> None:
    with pytest.raises(exceptions.SchemaError):
        validators.validator_for(schema).check_schema(schema)
    assert compile_schema(schema) is None


@pytest.mark.parametrize("schema", [
    {"format": "date"}, {"$ref": "#"}, {"anyOf": [{}]}, {"patternProperties": {"a": {}}}, {"prefixItems": [{}]},
    {"$schema": "http://json-schema.org/draft-04/schema#", "minimum": 1, "exclusiveMinimum": True},
    {"$schema": "http://json-schema.org/draft-07/schema#"}, {"$schema": "not a uri"}, {"$id": "x.json"},
    {"properties": {"a": {"$schema": DRAFT_2020_12}}},
], ids=lambda s: json.dumps(s))
def test_keywords_and_drafts_outside_the_subset_are_left_to_jsonschema(schema: dict[str, Any]) -> None:
    assert compile_schema(schema) is None


@pytest.mark.parametrize("path", PACKAGED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_packaged_schemas_are_valid_json_schemas(path: Path) -> None:
    schema = json.loads(path.read_text("utf-8"))
    validators.validator_for(schema).check_schema(schema)


def _cli(root: Path, *, without_jsonschema: bool) -> subprocess.CompletedProcess[str]:
    prelude = "import sys; sys.modules['jsonschema'] = None; " if without_jsonschema else "import sys; "
    code = prelude + "from contentlint.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "check", "--no-cache", "--format", "json"], cwd=root,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "en_US.UTF-8"})


def test_a_cold_run_over_valid_files_never_imports_jsonschema(tmp_path: Path) -> None:
    files = {f"content/answers/a{n}.md": f"---\ntitle: {title}\nquestion_id: 8\nchoice_id: {n}\n---\n" + BODY
             for n, title in enumerate(TITLES, 1)}
    # A project's own copy of the schema is judged like the packaged one.
    files["schemas/answer.schema.json"] = json.dumps(ANSWER)
    make_project(tmp_path, files, catalog=THREE_CHOICES)
    done = _cli(tmp_path, without_jsonschema=True)
    assert (done.returncode, json.loads(done.stdout)["diagnostics"]) == (0, []), done.stderr


def test_invalid_frontmatter_gets_jsonschema_diagnostics(tmp_path: Path) -> None:
    make_project(tmp_path, {
        "content/answers/a.md": HEADER + BODY,
        "content/answers/b.md":
            f"---\ntitle: '{REAL_TITLE} '\nquestion_id: true\nchoice_id: 1\nsumary: x\n---\n" + BODY,
        "contentlint.toml": 'select = ["CL11"]\n',
    })
    done = _cli(tmp_path, without_jsonschema=False)
    found = [(d["path"], d["rule"], d["line"], d["column"], d["message"])
             for d in json.loads(done.stdout)["diagnostics"]]
    assert found == [
        ("content/answers/b.md", "CL114", 2, 8, "The title starts or ends with a space"),
        ("content/answers/b.md", "CL113", 3, 14, "'question_id' must be a whole number, not true"),
        ("content/answers/b.md", "CL111", 5, 1, "Unknown key 'sumary'; allowed keys: title, question_id, choice_id"),
    ]


@pytest.mark.parametrize(("bad", "error"), [
    ({**ANSWER, "required": ["title", "title"]}, "['title', 'title'] has non-unique elements"),
    ({**ANSWER, "properties": {**ANSWER["properties"], "title": {"type": "string", "minLength": -1}}},
     "-1 is less than the minimum of 0"),
    ({**ANSWER, "properties": {**ANSWER["properties"], "title": {"pattern": "("}}}, "'(' is not a 'regex'"),
], ids=["repeated-required", "negative-minLength", "bad-pattern"])
def test_a_configured_schema_that_is_not_a_json_schema_is_a_configuration_error(
        tmp_path: Path, bad: dict[str, Any], error: str) -> None:
    project = make_project(tmp_path, {"content/answers/a.md": HEADER + BODY, "my.schema.json": json.dumps(bad),
                                      "contentlint.toml": '[schemas]\nanswer = "my.schema.json"\n'},
                           {"schemas": {"answer": "my.schema.json"}})
    with pytest.raises(ConfigError) as raised:
        _ = Context(project).answer_check
    assert raised.value.message.render("en") == f"Schema my.schema.json is not a valid JSON Schema: {error}"
    # The run stops with the configuration error (exit 2), in one process as with workers.
    done = _cli(tmp_path, without_jsonschema=False)
    expected = f"contentlint: Schema my.schema.json is not a valid JSON Schema: {error}\n"
    assert (done.returncode, done.stderr) == (2, expected)
    for index in range(250):
        (tmp_path / "content" / "answers" / f"copy{index}.md").write_text(HEADER + BODY, encoding="utf-8")
    many = _cli(tmp_path, without_jsonschema=False)
    assert (many.returncode, many.stderr) == (done.returncode, done.stderr)
