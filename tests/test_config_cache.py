"""A configuration validated once is not validated again: no pydantic in a repeat run's start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contentlint.config import ConfigError, Severity, find_project

CONFIG = """[tool.contentlint]
content_root = "content"
fail_on = "warning"
[tool.contentlint.format]
max_blank_lines = 2
[tool.contentlint.links]
timeout = "5s"
exclude = ["^https://example\\\\.org/"]
[tool.contentlint.links.hosts."www.stgm.org.tr"]
accept = [403]
severity = {CL401 = "info"}
"""

PROBE = """
import sys
from pathlib import Path
from contentlint.config import find_project
project = find_project(Path(sys.argv[1]))
print(project.config.links.hosts["www.stgm.org.tr"].accept, project.config.links.timeout,
      "pydantic" in sys.modules, "tomllib" in sys.modules)
"""


def _project(root: Path, text: str = CONFIG, cache_folder: bool = True) -> Path:
    (root / "pyproject.toml").write_text(text, encoding="utf-8")
    if cache_folder:
        (root / ".contentlint").mkdir(exist_ok=True)
    return root


def _probe(root: Path) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_a_repeat_run_reads_the_validated_configuration_without_pydantic(tmp_path: Path) -> None:
    root = _project(tmp_path)
    assert _probe(root) == "[403] 5.0 True True"  # validated, then kept
    assert _probe(root) == "[403] 5.0 False False"  # kept for these very bytes: not even parsed


def test_the_kept_configuration_equals_a_validated_one(tmp_path: Path) -> None:
    root = _project(tmp_path)
    validated = find_project(root).config
    kept = find_project(root).config
    assert kept == validated
    assert kept.fail_on is Severity.WARNING
    assert kept.links.hosts["www.stgm.org.tr"].severity == {"CL401": Severity.INFO}
    assert kept.format.max_blank_lines == 2


def test_a_changed_configuration_is_validated_again(tmp_path: Path) -> None:
    root = _project(tmp_path)
    find_project(root)
    _project(root, CONFIG.replace("max_blank_lines = 2", "max_blank_lines = 0"))
    with pytest.raises(ConfigError) as caught:
        find_project(root)
    assert "max_blank_lines" in caught.value.message.render("en")


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"key": 1}', b'{"key": "x", "config": []}'])
def test_a_damaged_copy_is_validated_and_written_again(tmp_path: Path, damage: bytes) -> None:
    root = _project(tmp_path)
    find_project(root)
    kept = root / ".contentlint" / "config.json"
    kept.write_bytes(damage)
    assert find_project(root).config.links.timeout == 5.0
    assert json.loads(kept.read_bytes())["config"]["links"]["timeout"] == 5.0


def test_nothing_is_written_outside_a_cache_folder_contentlint_made(tmp_path: Path) -> None:
    root = _project(tmp_path, cache_folder=False)
    assert find_project(root).config.links.timeout == 5.0
    assert not (root / ".contentlint").exists()


def test_no_cache_in_the_configuration_keeps_nothing(tmp_path: Path) -> None:
    root = _project(tmp_path, CONFIG.replace('content_root = "content"', "cache = false"))
    find_project(root)
    assert not (root / ".contentlint" / "config.json").exists()


def test_a_configuration_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    (tmp_path / "contentlint.toml").write_bytes(b'content_root = "i\xe7erik"\n')
    with pytest.raises(ConfigError) as caught:
        find_project(tmp_path)
    assert "contentlint.toml: cannot read the configuration" in caught.value.message.render("en")


def test_a_comment_changed_in_the_file_still_finds_the_validated_configuration(tmp_path: Path) -> None:
    root = _project(tmp_path)
    first = find_project(root).config
    _project(root, CONFIG + "# a comment\n")
    assert _probe(root) == "[403] 5.0 False True"  # parsed, but the same table: not validated again
    assert _probe(root) == "[403] 5.0 False False"
    assert find_project(root).config == first


def test_an_empty_configuration_is_kept_too(tmp_path: Path) -> None:
    (tmp_path / "contentlint.toml").write_text("# defaults\n", encoding="utf-8")
    (tmp_path / ".contentlint").mkdir()
    probe = PROBE.replace('project.config.links.hosts["www.stgm.org.tr"].accept', "project.config.fail_on.value")
    first = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True, check=True)
    assert first.stdout.split() == ["error", "20.0", "False", "True"]  # read, nothing to validate
    assert second.stdout.split() == ["error", "20.0", "False", "False"]  # not even read
