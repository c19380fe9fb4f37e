"""The registry of every rule, by ID and by name. Adding a rule module means listing it here."""

from __future__ import annotations

from contentlint.diagnostics import CATEGORIES, Diagnostic
from contentlint.links import rules as links
from contentlint.rules import (
    coverage,
    files,
    frontmatter,
    html,
    links_format,
    punctuation,
    spelling,
    structure,
    suffixes,
    suppression,
    usage,
    whitespace,
)
from contentlint.rules.base import Rule

_MODULES = (
    files, suppression, frontmatter, coverage, whitespace, structure, links,
    links_format, html, punctuation, suffixes, usage, spelling,
)


class UnknownRuleError(KeyError):
    pass


def _build() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    names: set[str] = set()
    for module in _MODULES:
        for rule in module.RULES:
            if rule.id in rules or rule.name in names:
                raise ValueError(f"rule {rule.id} ({rule.name}) is registered twice")
            rules[rule.id] = rule
            names.add(rule.name)
    for rule in rules.values():
        for sibling in rule.emits:
            if sibling not in rules:
                raise ValueError(f"rule {rule.id} emits unknown rule {sibling}")
    return dict(sorted(rules.items()))


RULES: dict[str, Rule] = _build()
BY_NAME: dict[str, Rule] = {rule.name: rule for rule in RULES.values()}


def applies_fix(diagnostic: Diagnostic) -> bool:
    """Whether ``--fix`` applies the diagnostic's fix: it has edits and its rule is marked fixable.
    Other fixes (a spelling suggestion among several) are advice for the editor."""
    fix = diagnostic.fix
    rule = RULES.get(diagnostic.rule)
    return fix is not None and bool(fix.edits) and rule is not None and rule.fixable


def get(id_or_name: str) -> Rule:
    rule = RULES.get(id_or_name.upper()) or BY_NAME.get(id_or_name.lower())
    if rule is None:
        raise UnknownRuleError(id_or_name)
    return rule


def resolve(id_or_name: str) -> str | None:
    try:
        return get(id_or_name).id
    except UnknownRuleError:
        return None


def expand(selector: str) -> set[str]:
    """Rule IDs a selector names: an ID, a name, an ID prefix ('CL3', 'CL'), a category or 'ALL'."""
    token = selector.strip()
    if token.upper() == "ALL":
        return set(RULES)
    if token in CATEGORIES:
        return {r.id for r in RULES.values() if r.category == token}
    found = resolve(token)
    if found is not None:
        return {found}
    prefix = {rid for rid in RULES if rid.startswith(token.upper())}
    if prefix and token.upper().startswith("CL"):
        return prefix
    raise UnknownRuleError(selector)
