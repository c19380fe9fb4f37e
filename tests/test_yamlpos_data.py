"""The position-keeping YAML loader builds the data PyYAML builds, and the same positions on
either of its two ways of counting lines; broken catalogs are reported where they break."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import yaml

from contentlint import yamlpos
from contentlint.engine import Report
from tests.conftest import REAL_TITLE

RULES = {"duplicate": "DUP", "alias": "ALIAS", "tag": "TAG", "trap": "TRAP", "key": "KEY"}


def typed(data: Any) -> Any:
    """The data with every value's type: 1, 1.0 and True are not the same answer."""
    if isinstance(data, dict):
        return ("map", [(typed(k), typed(v)) for k, v in data.items()])
    if isinstance(data, list):
        return ("seq", [typed(v) for v in data])
    return (type(data).__name__, data)


# Documents whose data PyYAML (CSafeLoader, as contentlint uses it) can build.
BUILDABLE = [
    "questions:\n  - id: 1\n    choices:\n      - id: 1\n        title: 'Bir'\n      - id: 2\n        title: İki\n",
    "a: 1\nb: +5\nc: -5\nd: 0\ne: 010\nf: 0x1A\ng: 0b101\nh: 1_000\ni: 1:30\n",
    "a: 1.5\nb: .inf\nc: -.inf\nd: 1e+5\ne: yes\nf: off\ng: ~\nh: null\ni:\nj: ''\n",
    "a: 2024-01-02\nb: 2024-01-02T03:04:05Z\nc: '8'\nd: \"08\"\ne: ' 12 '\nf: ٣\n",
    "a: !!str 5\nb: !!int '7'\nc: !!float 1\nd: !!timestamp 2024-01-02\ne: !!null ''\nf: !!bool yes\n",
    "1: a\nyes: b\n~: c\n2024-01-02: d\n99999999999999999999: e\n",
    "<<: {a: 1, b: 2}\nb: 3\n",
    "=: 1\n",
    "a: 1\na: 2\nb: [1, 2]\nb: {c: d}\n",
    "a: {b: {c: [1, {d: 2}, [3, [4]]]}}\n",
    "- 1\n- [2, 3]\n- {a: b}\n- - x\n  - y\n",
    "5\n",
    "'text'\n",
    "a: [b, c]\r\nd: e\r\n",
    "a: 'x\u2028y'\nb: 2\n",
    "a: 1\rb: 2\r",
]

# Documents PyYAML refuses (a tag on the wrong kind of node, a value it cannot build).
REFUSED = [
    "a: !!map [1]\n",
    "a: !!seq {b: 1}\n",
    "a: !!str {b: 1}\n",
    "!!map [1]\n",
    "a: !!float abc\n",
    "a: !!int abc\n",
    "a: 2023-02-30\n",
    "a: !!python/object:os.system x\n",
    "a: !!map\n  b: !!seq {c: 1}\n",
    "a: 1\na: !!python/name:os.system x\n",
    "a: 1\na: !!map [1]\n",
]


# Documents PyYAML builds and contentlint does not allow.
NOT_ALLOWED = ["a: !!set {b}\n", "a: !!binary aGk=\n", "a: !!omap [b: 1]\n", "a: &x 1\nb: *x\n"]


@pytest.mark.parametrize("text", BUILDABLE)
def test_the_data_is_what_pyyaml_builds(text: str) -> None:
    loaded = yamlpos.load(text, 0, syntax_rule="SYNTAX", rules=RULES)
    assert loaded.ok
    assert typed(loaded.data) == typed(yaml.load(text, Loader=yaml.CSafeLoader))


@pytest.mark.parametrize("text", REFUSED)
def test_data_pyyaml_refuses_is_not_usable(text: str) -> None:
    with pytest.raises((yaml.YAMLError, ValueError)):
        yaml.load(text, Loader=yaml.CSafeLoader)
    loaded = yamlpos.load(text, 0, syntax_rule="SYNTAX", rules=RULES)
    assert not loaded.ok
    assert loaded.problems


@pytest.mark.parametrize("text", NOT_ALLOWED)
def test_data_contentlint_does_not_allow_is_not_usable(text: str) -> None:
    yaml.load(text, Loader=yaml.CSafeLoader)
    loaded = yamlpos.load(text, 0, syntax_rule="SYNTAX", rules=RULES)
    assert not loaded.ok
    assert loaded.problems


def test_positions_agree_with_and_without_unusual_line_breaks() -> None:
    # A U+2028 in the last value makes the loader map every position back through the text;
    # everything before it must stand where the plain count puts it.
    catalog = "questions:\n  - id: 8\n    choices:\n      - id: 1\n        title: \"Bir\"\n" \
              "      - id: 2\n        title: 'İki'\n  - id: 09\n    choices: []\n"
    plain = yamlpos.load(catalog, 3, syntax_rule="SYNTAX", rules=RULES)
    mapped = yamlpos.load(catalog + "last: \"a\u2028b\"\n", 3, syntax_rule="SYNTAX", rules=RULES)
    assert plain.values.pop(()) != mapped.values.pop(())  # the root now ends one line later
    del mapped.values[("last",)], mapped.keys[("last",)]
    assert plain.values == mapped.values and plain.keys == mapped.keys
    assert plain.values[("questions", 0, "choices", 1, "title")] == yamlpos.Pos(10, 16, 10, 21)
    assert not plain.problems and list(plain.hints) == [("questions", 1, "id")]


def catalog_findings(report: Report) -> list[tuple[str, int, int]]:
    return sorted((d.rule, d.line, d.column) for d in report.diagnostics if d.path == "content/questions.yaml")


CHOICE = f"      - id: 1\n        title: {REAL_TITLE}\n"


@pytest.mark.parametrize(("catalog", "expected"), [
    ("questions:\n  - id: 8\n    choices:\n" + CHOICE + CHOICE, [("CL211", 6, 13)]),
    ("questions:\n  - id: 8\n    id: 8\n    choices:\n" + CHOICE, [("CL210", 3, 5)]),
    ("questions:\n  - id: '8'\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: &q 8\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: !!python/int 8\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: 2024-01-02\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: 2024-02-30\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: " + "9" * 5000 + "\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\n  - id: 010\n    choices:\n" + CHOICE, [("CL210", 2, 9)]),
    ("questions:\r\n  - id: 8\r\n    choices:\r\n" + CHOICE.replace("\n", "\r\n"), []),
    ("\ufeffquestions:\n  - id: 8\n    choices:\n" + CHOICE, []),
    ("questions:\n  - id: 8\n    choices:\n      - id: 2\n        title: \"x\u2028y\"\n" + CHOICE
     + "  - id: 8\n    choices:\n" + CHOICE, [("CL204", 4, 13), ("CL211", 8, 9)]),
])
def test_broken_catalogs_are_reported_where_they_break(
        lint_files: Callable[..., Report], catalog: str, expected: list[tuple[str, int, int]]) -> None:
    answer = f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\n---\nMetin.\n"
    assert catalog_findings(lint_files({"content/answers/a.txt": answer}, catalog=catalog)) == expected
