"""The rolling link-audit issue, with `gh` replaced by a fake on PATH that records every call."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from contentlint.audit.command import write_outputs
from contentlint.audit.gh_issue import main
from tests.audit_sample import sample_report

FAKE_GH = f"""#!{sys.executable}
import json, os, sys
args = sys.argv[1:]
with open(os.environ["GH_FAKE_LOG"], "a", encoding="utf-8") as log:
    log.write(json.dumps(args) + "\\n")
if os.environ.get("GH_FAKE_FAIL") == " ".join(args[:2]):
    sys.stderr.write("HTTP 403: Resource not accessible by integration\\n")
    sys.exit(1)
if args[:2] == ["issue", "list"]:
    print(os.environ["GH_FAKE_OPEN"])
elif args[:2] == ["issue", "create"]:
    print("https://github.com/stgm/content/issues/42")
"""


@pytest.fixture
def fake_gh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    gh = folder / "gh"
    gh.write_text(FAKE_GH, encoding="utf-8")
    gh.chmod(0o755)
    log = tmp_path / "gh.log"
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("GH_FAKE_LOG", str(log))
    for name in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_RUN_ID"):
        monkeypatch.delenv(name, raising=False)
    return log


def outputs(tmp_path: Path, broken: bool) -> list[str]:
    """The audit's JSON and Markdown files, as the workflow writes them."""
    report = sample_report()
    if not broken:
        report.entries = [e for e in report.entries if e.record.state.value != "broken"]
    json_out, md_out = io.StringIO(), io.StringIO()
    write_outputs(report, [("json", json_out), ("markdown", md_out)], "tr")
    (tmp_path / "audit.json").write_text(json_out.getvalue(), encoding="utf-8")
    (tmp_path / "audit.md").write_text(md_out.getvalue(), encoding="utf-8")
    return ["--report", str(tmp_path / "audit.json"), "--body", str(tmp_path / "audit.md"), "--lang", "tr"]


def calls(log: Path) -> list[list[str]]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


LIST = ["issue", "list", "--label", "link-audit", "--state", "open", "--json", "number", "--limit", "100"]


@pytest.mark.parametrize(
    ("open_issues", "broken", "expected", "said"),
    [
        ([], True, [["label", "create", "link-audit"], ["issue", "create"]], "#42 numaralı konu açıldı"),
        ([7], True, [["issue", "edit", "7", "--body-file"]], "#7 numaralı konu güncellendi"),
        ([7], False, [["issue", "edit", "7", "--body-file"], ["issue", "close", "7", "--reason", "completed"]],
         "#7 numaralı konu kapatıldı"),
        ([], False, [], "Bozuk bağlantı yok, açık konu da yok"),
        ([9, 7], True, [["issue", "close", "9", "--reason", "not planned"], ["issue", "edit", "7", "--body-file"]],
         "#7 numaralı konu güncellendi"),
    ],
)
def test_one_issue_is_created_updated_or_closed(
        fake_gh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        open_issues: list[int], broken: bool, expected: list[list[str]], said: str) -> None:
    monkeypatch.setenv("GH_FAKE_OPEN", json.dumps([{"number": n} for n in open_issues]))
    assert main(outputs(tmp_path, broken)) == 0
    made = calls(fake_gh)
    assert made[0] == LIST
    assert [call[:len(want)] for call, want in zip(made[1:], expected, strict=True)] == expected
    assert said in capsys.readouterr().out


def test_the_issue_body_is_the_markdown_report_with_a_link_to_the_run(
        fake_gh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GH_FAKE_OPEN", "[]")
    monkeypatch.setenv("GITHUB_SERVER_URL", "https://github.com")
    monkeypatch.setenv("GITHUB_REPOSITORY", "stgm/content")
    monkeypatch.setenv("GITHUB_RUN_ID", "123")
    assert main(outputs(tmp_path, True)) == 0
    create = calls(fake_gh)[-1]
    assert create[create.index("--title") + 1] == "Bozuk bağlantılar (bağlantı denetimi)"
    assert create[create.index("--label") + 1] == "link-audit"
    body = Path(create[create.index("--body-file") + 1]).read_text(encoding="utf-8")
    assert body.startswith("## Bağlantı denetimi — 2026-08-08")
    assert "### ❌ Yeni bozulan bağlantılar (1)" in body
    assert "[bu çalıştırmanın](https://github.com/stgm/content/actions/runs/123)" in body


def test_a_gh_failure_fails_the_step_with_gh_s_message(
        fake_gh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("GH_FAKE_OPEN", '[{"number": 7}]')
    monkeypatch.setenv("GH_FAKE_FAIL", "issue edit")
    assert main(outputs(tmp_path, True)) == 1
    assert "Resource not accessible by integration" in capsys.readouterr().err


def test_an_unreadable_report_is_explained(fake_gh: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "audit.md").write_text("x", encoding="utf-8")
    (tmp_path / "audit.json").write_text("{}", encoding="utf-8")
    assert main(["--report", str(tmp_path / "audit.json"), "--body", str(tmp_path / "audit.md"),
                 "--lang", "tr"]) == 2
    assert "Denetim raporu okunamadı" in capsys.readouterr().err
    assert not fake_gh.exists()
