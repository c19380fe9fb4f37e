"""The workflows call contentlint the way contentlint understands (their schema is checked in .ci/run)."""

from __future__ import annotations

import re
import shlex
from typing import Any

import pytest
import yaml

from contentlint.audit import gh_issue
from contentlint.cli import build_parser
from tests.conftest import REPO

WORKFLOWS = REPO / ".github" / "workflows"


def load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return data


def steps(name: str) -> list[dict[str, Any]]:
    return [step for job in load(name)["jobs"].values() for step in job["steps"]]


def commands(name: str, program: str) -> list[list[str]]:
    """Every command line in the workflow's run steps that starts with ``program``."""
    found = []
    for step in steps(name):
        text = step.get("run", "").replace("\\\n", " ")
        for line in text.splitlines():
            words = shlex.split(line, comments=True)
            if words[: len(program.split())] == program.split():
                found.append(words)
    return found


@pytest.mark.parametrize("name", ["content.yml", "link-audit.yml"])
def test_every_action_is_pinned_to_a_commit(name: str) -> None:
    used = [step["uses"] for step in steps(name) if "uses" in step]
    assert used and all(re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", u) for u in used), used


def test_the_audit_runs_weekly_and_on_demand_and_may_write_issues() -> None:
    workflow = load("link-audit.yml")
    triggers = workflow[True]  # YAML 1.1 reads the key 'on' as true
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert workflow["jobs"]["audit"]["permissions"] == {"contents": "read", "issues": "write"}


def test_the_audit_command_lines_parse() -> None:
    [audit] = commands("link-audit.yml", "contentlint audit")
    args = build_parser().parse_args(audit[1:])
    assert ("json", "audit.json") in args.formats and ("markdown", "audit.md") in args.formats
    [update] = commands("link-audit.yml", "python -m contentlint.audit.gh_issue")
    assert update[update.index("--report") + 1] == "audit.json" and update[update.index("--body") + 1] == "audit.md"
    uploads = [s for s in steps("link-audit.yml") if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert uploads[0]["with"] == {"name": gh_issue.ARTIFACT, "path": str(args.html), "retention-days": 30}


def test_pull_requests_check_links_of_changed_files_only() -> None:
    [check] = commands("content.yml", "contentlint check --links")
    args = build_parser().parse_args(check[1:])
    assert args.links and args.changed_since == "origin/$BASE_REF" and ("github", None) in args.formats
