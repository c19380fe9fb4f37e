"""The documentation of every link, HTML, punctuation and suffix rule tells the truth: its Bad
example is reported by the rule and its Good example is not."""

from __future__ import annotations

import pytest

from contentlint.rules import html, links_format, punctuation, suffixes
from contentlint.rules.base import Rule
from tests.conftest import HEADER
from tests.test_rules_links import Lint

RULES = [rule for module in (links_format, html, punctuation, suffixes) for rule in module.RULES]


def examples(rule: Rule) -> tuple[str, str]:
    """The indented lines under 'Bad…:' and under 'Good…:' in the rule's documentation."""
    blocks: dict[str, list[str]] = {"Bad": [], "Good": []}
    current: list[str] | None = None
    for line in rule.doc.splitlines():
        if line.startswith(("Bad", "Good")):
            current = blocks[line.split()[0].rstrip(":")]
        elif current is not None and line.startswith("    "):
            current.append(line[4:])
        elif current is not None and line.strip():
            current = None
    return "\n".join(blocks["Bad"]) + "\n", "\n".join(blocks["Good"]) + "\n"


@pytest.mark.parametrize("rule", RULES, ids=[rule.id for rule in RULES])
def test_bad_example_is_reported_and_good_example_is_not(lint_source: Lint, rule: Rule) -> None:
    bad, good = examples(rule)
    assert bad.strip() and good.strip()
    config = {"select": [rule.id]}
    assert lint_source(HEADER + bad, rule=rule.id, config=config), bad
    assert lint_source(HEADER + good, rule=rule.id, config=config) == [], good
