"""Files contentlint writes: reports never overwrite inputs or state, --fix never replaces a file
it should not, and no temporary file outlives a run."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from contentlint.cli import main
from tests.conftest import HEADER, REPO, make_project

ANSWER = "content/answers/a.md"
MESSY = HEADER + "Metin.   \n"
FIXED = HEADER + "Metin.\n"


@pytest.fixture
def in_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, {ANSWER: MESSY})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "C")
    return tmp_path


def _temporaries(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.tmp")]


# --- reports -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("target", "said"), [
    (ANSWER, "answer file"),
    ("content/questions.yaml", "question catalog"),
    (".contentlint/results.sqlite", "cache"),
    (".contentlint/history.sqlite", "link history"),
])
def test_a_report_never_overwrites_an_input_or_state(
        in_project: Path, capsys: pytest.CaptureFixture[str], target: str, said: str) -> None:
    main(["check"])  # makes the cache
    (in_project / ".contentlint" / "history.sqlite").write_bytes(b"history")
    before = (in_project / target).read_bytes()
    capsys.readouterr()
    assert main(["check", "--format", f"json:{target}"]) == 2
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert (in_project / target).read_bytes() == before


def test_a_report_path_through_a_symbolic_link_to_an_input_is_refused(in_project: Path) -> None:
    (in_project / "report.json").symlink_to(in_project / ANSWER)
    assert main(["check", "--format", "json:report.json"]) == 2
    assert (in_project / ANSWER).read_text("utf-8") == MESSY


def test_two_reports_to_one_path_are_refused(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (in_project / "out.txt").write_text("old report\n", encoding="utf-8")
    assert main(["check", "--format", "json:out.txt", "--format", "sarif:./out.txt"]) == 2
    assert "json report too" in capsys.readouterr().err
    assert (in_project / "out.txt").read_text("utf-8") == "old report\n"


def test_a_refused_report_leaves_the_earlier_reports_of_the_run_untouched(in_project: Path) -> None:
    (in_project / "out.json").write_text("old report\n", encoding="utf-8")
    assert main(["check", "--format", "json:out.json", "--format", f"text:{ANSWER}"]) == 2
    assert (in_project / "out.json").read_text("utf-8") == "old report\n"


def test_reports_are_replaced_only_when_the_run_succeeds(
        in_project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contentlint import engine

    (in_project / "out.json").write_text("old report\n", encoding="utf-8")

    def fail(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(engine, "run", fail)
        assert main(["check", "--format", "json:out.json"]) == 130
    assert (in_project / "out.json").read_text("utf-8") == "old report\n"
    assert _temporaries(in_project) == []
    assert main(["check", "--format", "json:out.json"]) == 0
    assert '"CL350"' in (in_project / "out.json").read_text("utf-8")
    assert _temporaries(in_project) == []


# --- --fix ---------------------------------------------------------------------------------------

def test_fix_refuses_a_read_only_file_and_exits_2(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.chmod(in_project / ANSWER, 0o444)
    assert main(["check", "--fix"]) == 2
    err = capsys.readouterr().err
    assert "read-only" in err and "Nothing to fix" not in err and "could not be written" in err
    assert (in_project / ANSWER).read_text("utf-8") == MESSY
    assert main(["check", "--fix", "--lang", "tr"]) == 2
    assert "yazma izniniz yok" in capsys.readouterr().err


def test_fix_refuses_a_file_with_hard_links(in_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.link(in_project / ANSWER, in_project / "copy.md")
    assert main(["check", "--fix"]) == 2
    assert "hard links" in capsys.readouterr().err
    assert (in_project / ANSWER).read_text("utf-8") == MESSY
    assert os.path.samefile(in_project / ANSWER, in_project / "copy.md")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to another user")
def test_fix_keeps_the_owner_of_the_file(in_project: Path) -> None:
    os.chown(in_project / ANSWER, 65534, 65534)
    assert main(["check", "--fix"]) == 0
    info = (in_project / ANSWER).stat()
    assert (info.st_uid, info.st_gid) == (65534, 65534)
    assert (in_project / ANSWER).read_text("utf-8") == FIXED


# --- temporary files -----------------------------------------------------------------------------

def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait(timeout=30)
    return child.pid


def test_a_stale_temporary_file_is_removed_by_the_next_run_a_live_one_is_kept(in_project: Path) -> None:
    answers = in_project / "content" / "answers"
    stale = answers / f".a.md.contentlint-{_dead_pid()}-k3j4.tmp"
    stale.write_text("half a file", encoding="utf-8")
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as alive:
        busy = answers / f".a.md.contentlint-{alive.pid}-x9y8.tmp"
        busy.write_text("being written", encoding="utf-8")
        assert main(["check", "--fix"]) == 0
        assert not stale.exists() and busy.exists()
        assert alive.stdin is not None
        alive.stdin.close()
    assert (in_project / ANSWER).read_text("utf-8") == FIXED


_STALL_IN_FSYNC = """
import os, pathlib, sys, time
real = os.fsync
def stall(fd):
    pathlib.Path("writing").touch()
    time.sleep(60)
os.fsync = stall
from contentlint.cli import main
sys.exit(main(["check", "--fix", "--no-cache"]))
"""


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stopped_fix_leaves_no_temporary_file(in_project: Path, signum: int) -> None:
    with subprocess.Popen([sys.executable, "-c", _STALL_IN_FSYNC], cwd=in_project,
                          env={**os.environ, "PYTHONPATH": str(REPO)}) as child:
        deadline = time.monotonic() + 30
        while not (in_project / "writing").exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert (in_project / "writing").exists()
        assert len(_temporaries(in_project)) == 1
        child.send_signal(signum)
        code = child.wait(timeout=30)
    assert code in (128 + signum, 130)
    assert _temporaries(in_project) == []
    assert (in_project / ANSWER).read_text("utf-8") == MESSY


def test_a_named_file_outside_any_content_folder_is_protected_too(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text(MESSY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "a.md", "--format", "json:a.md"]) == 2
    assert (tmp_path / "a.md").read_text("utf-8") == MESSY
    assert main(["check", "a.md", "--format", "json:out.json"]) == 1  # no catalog: CL210
    assert '"CL350"' in (tmp_path / "out.json").read_text("utf-8")


def test_what_a_killed_fix_left_is_removed_by_the_next_run(in_project: Path) -> None:
    with subprocess.Popen([sys.executable, "-c", _STALL_IN_FSYNC], cwd=in_project,
                          env={**os.environ, "PYTHONPATH": str(REPO)}) as child:
        deadline = time.monotonic() + 30
        while not (in_project / "writing").exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        child.kill()
        child.wait(timeout=30)
    assert len(_temporaries(in_project)) == 1
    assert main(["check", "--no-cache"]) == 0
    assert _temporaries(in_project) == []
    assert (in_project / ANSWER).read_text("utf-8") == MESSY


@pytest.mark.parametrize("target", [".contentlint/results.sqlite", ".contentlint/history.sqlite"])
def test_a_report_never_takes_the_place_of_state_not_made_yet(
        in_project: Path, capsys: pytest.CaptureFixture[str], target: str) -> None:
    (in_project / ".contentlint").mkdir()
    assert main(["check", "--no-cache", "--format", f"json:{target}"]) == 2
    assert "Refusing" in capsys.readouterr().err
    assert not (in_project / target).exists()


def test_a_report_keeps_the_mode_of_the_file_it_replaces_or_gets_the_usual_one(in_project: Path) -> None:
    old = os.umask(0o022)
    try:
        assert main(["check", "--format", "json:new.json"]) == 0
        assert stat.S_IMODE((in_project / "new.json").stat().st_mode) == 0o644
        os.chmod(in_project / "new.json", 0o640)
        assert main(["check", "--format", "json:new.json"]) == 0
        assert stat.S_IMODE((in_project / "new.json").stat().st_mode) == 0o640
    finally:
        os.umask(old)
