"""The editor's loop loads only what it needs, and what it skips never hides a problem.

Speed itself is measured in benchmarks/startup_bench.py; these tests pin down the behaviour the
speed comes from: a run of one edited file, with the caches of an earlier run, imports no JSON
Schema validator, no pydantic, no worker pool and no report format it does not print.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CATALOG, HEADER, REPO

HEAVY = ("jsonschema", "pydantic", "multiprocessing", "concurrent.futures", "contentlint.reporters.sarif",
         "contentlint.reporters.junit", "aiohttp", "asyncio")
PROBE = """
import json, sys
from contentlint.cli import main
code = main(sys.argv[2:])
print(json.dumps({"code": code, "loaded": [m for m in json.loads(sys.argv[1]) if m in sys.modules]}))
"""
BODY = "Gönüllülerle iş birliği için “[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” sayfasına bakın.\n"


def _project(root: Path) -> Path:
    (root / "pyproject.toml").write_text('[tool.contentlint]\ncontent_root = "content"\n', encoding="utf-8")
    (root / "content" / "answers").mkdir(parents=True)
    (root / "content" / "questions.yaml").write_text(CATALOG, encoding="utf-8")
    answer = root / "content" / "answers" / "a.md"
    answer.write_text(HEADER + BODY, encoding="utf-8")
    return answer


def _check(root: Path, *args: str) -> tuple[int, list[str], str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), "check", "--format", "json", *args],
        cwd=root, capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO), "LANG": "C.UTF-8"},
    )
    *report, last = done.stdout.strip().splitlines()
    outcome = json.loads(last)
    return outcome["code"], outcome["loaded"], "\n".join(report)


def test_an_edited_file_with_an_unchanged_frontmatter_needs_none_of_the_heavy_modules(tmp_path: Path) -> None:
    answer = _project(tmp_path)
    # The editor's earlier runs: the first makes the cache folder, the second keeps the validated
    # configuration in it (nothing is written outside a cache folder that a run made).
    code, loaded, _ = _check(tmp_path)
    assert code == 0 and "pydantic" in loaded
    _check(tmp_path)
    answer.write_text(HEADER + BODY + "\nBir paragraf daha.\n", encoding="utf-8")
    code, loaded, report = _check(tmp_path, "content/answers/a.md")
    assert (code, loaded) == (0, []), report


def test_a_changed_frontmatter_is_validated_again(tmp_path: Path) -> None:
    answer = _project(tmp_path)
    _check(tmp_path)
    answer.write_text(HEADER.replace("question_id: 8", 'question_id: "8"') + BODY, encoding="utf-8")
    code, loaded, report = _check(tmp_path, "content/answers/a.md")
    assert "jsonschema" in loaded
    assert code == 1 and '"CL113"' in report


def test_a_changed_schema_forgets_what_the_old_one_accepted(tmp_path: Path) -> None:
    _project(tmp_path)
    _check(tmp_path)
    schema = json.loads((REPO / "schemas" / "answer.schema.json").read_text("utf-8"))
    schema["required"] = [*schema["required"], "summary"]
    schema["properties"]["summary"] = {"type": "string"}
    (tmp_path / "schemas").mkdir()
    (tmp_path / "schemas" / "answer.schema.json").write_text(json.dumps(schema), encoding="utf-8")
    code, _, report = _check(tmp_path, "content/answers/a.md")
    assert code == 1 and '"CL112"' in report
