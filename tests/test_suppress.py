"""Inline suppression comments, applied by the engine for every rule."""

from __future__ import annotations

from collections.abc import Callable

from contentlint.diagnostics import Diagnostic
from tests.conftest import HEADER

Lint = Callable[..., list[Diagnostic]]
# CL010 reports unknown rules in comments; CL999 is never a rule, which makes a handy probe.
UNKNOWN = "<!-- contentlint-disable-next-line CL999 -->"


def test_unknown_rule_in_a_comment_is_reported_at_its_name(lint_source: Lint) -> None:
    found = lint_source(HEADER + f"Metin.\n{UNKNOWN}\n", rule="CL010")
    assert [(d.line, d.column) for d in found] == [(7, 36)]


def test_disable_next_line_silences_only_the_next_line(lint_source: Lint) -> None:
    body = ("<!-- contentlint-disable-next-line suppression-unknown-rule -->\n"
            f"{UNKNOWN}\n"
            f"{UNKNOWN}\n")
    assert [d.line for d in lint_source(HEADER + body, rule="CL010")] == [8]


def test_disable_enable_range_by_id_and_open_ended(lint_source: Lint) -> None:
    body = ("<!-- contentlint-disable CL010 -->\n"
            f"{UNKNOWN}\n"
            "<!-- contentlint-enable CL010 -->\n"
            f"{UNKNOWN}\n"
            "<!-- contentlint-disable -->\n"
            f"{UNKNOWN}\n")
    assert [d.line for d in lint_source(HEADER + body, rule="CL010")] == [9]


def test_suppression_does_not_reach_frontmatter_or_other_files(lint_source: Lint) -> None:
    source = "---\ntitle: x\nquestion_id: 8\nchoice_id: 1\nextra: 1\n---\n<!-- contentlint-disable -->\n"
    assert [d.rule for d in lint_source(source) if d.rule == "CL111"] == ["CL111"]
