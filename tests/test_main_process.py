"""What a run does to the process that calls it: the garbage collector is left as it was found,
and a run with worker processes gives exactly what a run without them gives."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from contentlint.cli import main
from contentlint.config import Project
from contentlint.engine import PARALLEL_THRESHOLD, run
from tests.conftest import CATALOG, ORIGINAL_ANSWER, REAL_TITLE, make_project


@pytest.fixture
def collector_state() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_the_caller_had_it(
        collector_state: None, project_factory: Callable[..., Project], enabled: bool) -> None:
    project = project_factory({"content/answers/a.txt": ORIGINAL_ANSWER.read_text("utf-8")})
    if enabled:
        gc.enable()
    else:
        gc.disable()
    report = run(project, use_cache=False)
    assert report.diagnostics
    assert gc.isenabled() is enabled


@pytest.mark.parametrize("enabled", [True, False])
def test_the_command_line_leaves_the_collector_as_it_found_it(
        collector_state: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], enabled: bool) -> None:
    # The check command keeps it paused until its report is written; a caller of main() in the
    # same process (a test, an editor plugin) must get it back as it was.
    make_project(tmp_path, {"content/answers/a.txt": ORIGINAL_ANSWER.read_text("utf-8")})
    monkeypatch.chdir(tmp_path)
    if enabled:
        gc.enable()
    else:
        gc.disable()
    assert main(["check", "--no-cache", "--format", "json"]) == 0
    assert '"warnings": ' in capsys.readouterr().out
    assert gc.isenabled() is enabled


def test_workers_give_what_one_process_gives(tmp_path: Path, project_factory: Callable[..., Project]) -> None:
    # Enough files for workers; half of them with findings, and a catalog a few of them miss.
    text = ORIGINAL_ANSWER.read_text("utf-8")
    body = text.split("---\n", 2)[2]
    count = PARALLEL_THRESHOLD + 20
    files = {}
    catalog = [CATALOG.rstrip("\n")]
    for index in range(count):
        q = 100 + index
        title = f"Soru {q}: {REAL_TITLE}"
        catalog.append(f"  - id: {q}\n    choices:\n      - id: 1\n        title: '{title}'")
        files[f"content/answers/{q}.txt"] = (
            f"---\ntitle: '{title if index % 7 else title + ' başka'}'\nquestion_id: {q}\nchoice_id: 1\n---\n"
            + (body if index % 2 else "Metin.\n"))
    project = project_factory(files, catalog="\n".join(catalog) + "\n")
    parallel = run(project, use_cache=False)
    alone = run(Project(project.root, project.config.model_copy(update={"jobs": 1}), None), use_cache=False)
    assert parallel.diagnostics == alone.diagnostics
    assert {d.rule for d in parallel.diagnostics} >= {"CL204", "CL205"}
    assert [(r.relpath, r.facts) for r in parallel.results] == [(r.relpath, r.facts) for r in alone.results]
