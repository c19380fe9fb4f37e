"""The command line as editors and CI use it: exit codes, languages, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contentlint import __version__
from contentlint.cli import main
from contentlint.rules import RULES
from tests.conftest import HEADER, make_project

BAD = "---\ntitle: x\nquestion_id: 8\nchoice_id: 1\nextra: 1\n---\n"


@pytest.fixture
def in_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, {"content/answers/a.md": HEADER + "Metin.\n"})
    (tmp_path / "contentlint.toml").write_text("cache = false\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    return tmp_path


def test_clean_content_exits_0(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "no problems" in capsys.readouterr().out


def test_findings_exit_1_and_fail_on_decides(in_project: Path) -> None:
    (in_project / "content/answers/b.md").write_text(BAD.replace("choice_id: 1", "choice_id: 2"), encoding="utf-8")
    assert main(["check"]) == 1
    assert main(["check", "--ignore", "CL111", "--ignore", "CL2"]) == 0


def test_fail_on_warning(in_project: Path) -> None:
    (in_project / "content/answers/a.md").write_bytes(("\ufeff" + HEADER).encode())
    assert main(["check"]) == 0
    assert main(["check", "--fail-on", "warning"]) == 1


@pytest.mark.parametrize(
    ("env", "flag", "word"),
    [({"LANG": "tr_TR.UTF-8"}, [], "anahtar"), ({"LANG": "en_US.UTF-8"}, [], "Unknown key"),
     ({"LANG": "tr_TR.UTF-8"}, ["--lang", "en"], "Unknown key"), ({}, [], "Unknown key")],
)
def test_language_from_flag_then_environment(in_project: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                             flag: list[str], word: str) -> None:
    (in_project / "content/answers/a.md").write_text(BAD, encoding="utf-8")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    main(["check", *flag])
    assert word in capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--lang", "tr", "check"], ["--lang=tr", "check"], ["check", "--lang", "tr"],
                                  ["--lang", "en", "check", "--lang", "tr"]])
def test_lang_before_or_after_the_command(in_project: Path, capsys: pytest.CaptureFixture[str],
                                          argv: list[str]) -> None:
    (in_project / "content/answers/a.md").write_text(BAD, encoding="utf-8")
    assert main(argv) == 1
    out = capsys.readouterr().out
    assert "anahtar" in out and "dosya denetlendi" in out and "Unknown key" not in out


def test_language_from_configuration(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / "contentlint.toml").write_text("cache = false\nlang = 'tr'\n", encoding="utf-8")
    main(["check"])
    assert "dosya denetlendi" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv", [["check", "missing.md"], ["explain", "CL999"], ["check", "--select", "CL999"]],
)
def test_usage_errors_exit_2_without_traceback(in_project: Path, capsys: pytest.CaptureFixture[str],
                                               argv: list[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_unknown_format_is_a_usage_error(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", "--format", "xml"])
    assert caught.value.code == 2
    assert "unknown format 'xml'" in capsys.readouterr().err


def test_unwritable_report_path_exits_2_before_checking(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", f"json:{in_project / 'missing' / 'out.json'}"]) == 2
    assert "out.json" in capsys.readouterr().err


def test_bad_configuration_exits_2_naming_the_key(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / "contentlint.toml").write_text("colour = 1\n", encoding="utf-8")
    assert main(["check"]) == 2
    assert "'colour'" in capsys.readouterr().err


def test_rules_lists_every_rule(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    listed = {tuple(line.split()[:2]) for line in out.splitlines()[1:]}
    assert listed == {(rule.id, rule.name) for rule in RULES.values()}


def test_explain_shows_bad_and_good_examples(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "frontmatter-duplicate-key"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("CL104 frontmatter-duplicate-key") and "Bad" in out and "Good" in out


def test_every_rule_documents_a_bad_and_a_good_example() -> None:
    for rule in RULES.values():
        assert "Bad" in rule.doc and "Good" in rule.doc, rule.id
        assert "Hatalı" in rule.doc_tr and "Doğru" in rule.doc_tr, rule.id
        assert rule.summary.en and rule.summary.tr, rule.id


def test_explain_in_turkish(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "CL340", "--lang", "tr"]) == 0
    out = capsys.readouterr().out
    assert "Hatalı" in out and "Doğru" in out and "kategori: biçim" in out


def test_several_formats_at_once(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / "content/answers/a.md").write_text(BAD, encoding="utf-8")
    assert main(["check", "--format", "text", "--format", f"json:{in_project / 'out.json'}"]) == 1
    data = json.loads((in_project / "out.json").read_text("utf-8"))
    assert data["summary"]["errors"] >= 1
    assert "CL111" in capsys.readouterr().out


def test_python_dash_m_and_version(in_project: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")} | {"LANG": "C"}
    done = subprocess.run([sys.executable, "-m", "contentlint", "--version"], capture_output=True,
                          text=True, env=env, check=False)
    assert done.returncode == 0 and done.stdout.strip() == f"contentlint {__version__}"
    done = subprocess.run([sys.executable, "-m", "contentlint", "check"], capture_output=True,
                          text=True, env=env, check=False, cwd=in_project)
    assert done.returncode == 0, done.stderr


def test_cached_second_run_gives_the_same_report(in_project: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (in_project / "contentlint.toml").write_text("", encoding="utf-8")
    (in_project / "content/answers/a.md").write_text(BAD, encoding="utf-8")
    main(["check", "--format", "json"])
    first = capsys.readouterr().out
    from contentlint import engine

    def refuse(*args: object) -> None:
        raise AssertionError("an unchanged file was analysed again")

    monkeypatch.setattr(engine, "analyse", refuse)
    main(["check", "--format", "json"])
    assert capsys.readouterr().out == first
    (in_project / "content/answers/a.md").write_text(BAD + "x\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="analysed again"):
        main(["check", "--format", "json"])


def test_parallel_run_reports_exactly_what_one_process_reports(tmp_path: Path) -> None:
    from contentlint.config import Project
    from contentlint.engine import PARALLEL_THRESHOLD, run
    from tests.conftest import ORIGINAL_ANSWER

    body = ORIGINAL_ANSWER.read_text("utf-8").split("---\n", 2)[2]
    count = PARALLEL_THRESHOLD + 10
    catalog = "questions:\n" + "".join(
        f"  - id: {q}\n    choices:\n      - id: 1\n        title: Soru {q}\n" for q in range(1, count + 1))
    files = {f"content/answers/{q:04d}.txt": f"---\ntitle: Soru {q}\nquestion_id: {q}\nchoice_id: 1\n---\n{body}"
             for q in range(1, count + 1)}
    files["content/answers/bad.txt"] = b"\xff\xfe bozuk"
    project = make_project(tmp_path, files, {"jobs": 2}, catalog=catalog)
    parallel = run(project, use_cache=False)
    single = run(Project(project.root, project.config.model_copy(update={"jobs": 1}), None), use_cache=False)
    assert parallel.files == count + 1
    assert len(parallel.diagnostics) > count
    assert parallel.diagnostics == single.diagnostics


def test_readme_lists_every_rule() -> None:
    from tests.conftest import REPO

    readme = (REPO / "README.md").read_text("utf-8")
    missing = [f"{rule.id} {rule.name}" for rule in RULES.values() if f"| {rule.id} | `{rule.name}` |" not in readme]
    assert missing == [], "README's rule table is missing rules"


def test_file_system_errors_in_turkish(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "tr", "check", "--format", "json:yok/rapor.json"]) == 2
    err = capsys.readouterr().err
    assert "json raporu yok/rapor.json dosyasına yazılamıyor: böyle bir dosya ya da klasör yok" in err
    assert "No such file" not in err
    assert main(["check", "--lang", "en", "--format", "json:content"]) == 2
    assert "Is a directory" in capsys.readouterr().err
