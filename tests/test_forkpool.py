"""The forked worker pool: results in order, a worker's exception or death reported in the
parent, and no worker left behind whatever happens (each is reaped: its pid is gone)."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from contentlint.forkpool import WorkerLost, fork_map


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # a zombie, not yet reaped, still answers
    except ProcessLookupError:
        return True
    return False


def _pids(log: Path) -> set[int]:
    return {int(line) for line in log.read_text().split()}


def _logging(log: Path, work: object) -> object:
    def logged(index: int) -> object:
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return work(index)  # type: ignore[operator]
    return logged


@pytest.mark.parametrize(("count", "workers", "chunk"), [(1, 2, 1), (7, 2, 3), (100, 2, 1), (100, 3, 7), (5, 8, 1)])
def test_results_come_back_in_order(count: int, workers: int, chunk: int) -> None:
    results = list(fork_map(lambda i: (i, i * i, str(i), os.getpid()), count, workers, chunk))
    assert [r[:3] for r in results] == [(i, i * i, str(i)) for i in range(count)]
    pids = {r[3] for r in results}
    assert os.getpid() not in pids and 1 <= len(pids) <= workers
    assert all(_gone(pid) for pid in pids)


def test_large_results_while_the_parent_is_busy() -> None:
    # Each slice's frame is far larger than a pipe's buffer, and the parent computes before reading.
    spent = []
    results = list(fork_map(lambda i: bytes([i % 256]) * 300_000, 40, 2, 3,
                            meanwhile=lambda: spent.append(sum(range(3_000_000)))))
    assert spent and [r[:1] for r in results] == [bytes([i % 256]) for i in range(40)]
    assert all(len(r) == 300_000 for r in results)


def test_a_workers_exception_is_raised_in_the_parent(tmp_path: Path) -> None:
    log = tmp_path / "pids"

    def work(index: int) -> int:
        if index == 13:
            raise ValueError(f"bozuk {index}")
        return index

    with pytest.raises(ValueError, match="bozuk 13"):
        list(fork_map(_logging(log, work), 40, 2, 2))  # type: ignore[arg-type]
    assert _pids(log) and all(_gone(pid) for pid in _pids(log))


def test_an_exception_pickle_cannot_carry_keeps_its_words() -> None:
    class Local(Exception):  # defined in a function: it cannot be pickled
        pass

    def work(index: int) -> int:
        raise Local("yerel hata")

    with pytest.raises(RuntimeError, match="Local: yerel hata"):
        list(fork_map(work, 4, 2, 1))


@pytest.mark.parametrize(("end", "status", "status_tr"), [
    (lambda: os._exit(3), "exit status 3", "çıkış kodu 3"),
    (lambda: os.kill(os.getpid(), signal.SIGKILL), f"signal {int(signal.SIGKILL)}",
     f"{int(signal.SIGKILL)} numaralı sinyal"),
])
def test_a_worker_that_dies_stops_the_map(tmp_path: Path, end: object, status: str, status_tr: str) -> None:
    log = tmp_path / "pids"

    def work(index: int) -> int:
        if index == 5:
            end()  # type: ignore[operator]
        return index

    with pytest.raises(WorkerLost, match=status) as lost:
        list(fork_map(_logging(log, work), 30, 2, 1))  # type: ignore[arg-type]
    assert f"({status_tr}); hiçbir şey yazılmadı" in lost.value.message.render("tr")
    assert _pids(log) and all(_gone(pid) for pid in _pids(log))


def test_workers_are_ended_when_the_parent_stops_early(tmp_path: Path) -> None:
    log = tmp_path / "pids"
    results = fork_map(_logging(log, lambda i: i), 10_000, 2, 10)  # type: ignore[arg-type]
    assert next(results) == 0
    results.close()  # the consumer gives up (an exception in its loop does the same)
    assert _pids(log) and all(_gone(pid) for pid in _pids(log))


def test_an_interrupt_in_the_parent_ends_the_workers(tmp_path: Path) -> None:
    log = tmp_path / "pids"

    def interrupted() -> None:
        deadline = time.monotonic() + 30
        while not (log.exists() and _pids(log)) and time.monotonic() < deadline:
            time.sleep(0.01)  # until a worker is at work, within a bound
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(fork_map(_logging(log, lambda i: i), 10_000, 2, 10, meanwhile=interrupted))  # type: ignore[arg-type]
    assert _pids(log) and all(_gone(pid) for pid in _pids(log))


def test_the_cli_reports_a_lost_worker_in_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    from contentlint import engine
    from contentlint.cli import main
    from tests.conftest import make_project

    files = {f"content/answers/{q:04d}.md": f"---\ntitle: Soru {q}\nquestion_id: {q}\nchoice_id: 1\n---\nMetin.\n"
             for q in range(engine.PARALLEL_THRESHOLD)}
    make_project(tmp_path, files)
    (tmp_path / "contentlint.toml").write_text("jobs = 2\n", encoding="utf-8")
    analyse = engine._analyse_target

    def dies_on_one(target: object, *args: object) -> object:
        if str(target.relpath).endswith("0100.md"):  # type: ignore[attr-defined]
            os._exit(7)
        return analyse(target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_analyse_target", dies_on_one)
    monkeypatch.chdir(tmp_path)
    for lang, expected in (("en", "A worker process ended unexpectedly (exit status 7); nothing was written"),
                           ("tr", "Bir alt süreç beklenmedik biçimde sonlandı (çıkış kodu 7); hiçbir şey yazılmadı")):
        assert main(["--lang", lang, "check", "--no-cache"]) == 2
        assert capsys.readouterr().err.strip() == f"contentlint: {expected}"


def test_without_fork_a_large_run_is_analysed_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from contentlint.config import Project
    from contentlint.engine import PARALLEL_THRESHOLD, run
    from tests.conftest import ORIGINAL_ANSWER, make_project

    body = ORIGINAL_ANSWER.read_text("utf-8").split("---\n", 2)[2]
    count = PARALLEL_THRESHOLD + 5
    catalog = "questions:\n" + "".join(
        f"  - id: {q}\n    choices:\n      - id: 1\n        title: Soru {q}\n" for q in range(1, count + 1))
    files = {f"content/answers/{q:04d}.txt": f"---\ntitle: Soru {q}\nquestion_id: {q}\nchoice_id: 1\n---\n{body}"
             for q in range(1, count + 1)}
    project = make_project(tmp_path, files, {"jobs": 2}, catalog=catalog)
    single = run(Project(project.root, project.config.model_copy(update={"jobs": 1}), None), use_cache=False)
    monkeypatch.delattr(os, "fork")  # as on Windows: a worker would be an AttributeError
    without_fork = run(project, use_cache=False)
    assert without_fork.files == count and len(without_fork.diagnostics) > count
    assert without_fork.diagnostics == single.diagnostics


def test_a_fork_that_fails_leaves_no_worker_and_no_open_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    real_fork = os.fork
    started: list[int] = []

    def second_fails() -> int:
        if started:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        pid = real_fork()
        if pid:
            started.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", second_fails)
    descriptors = len(os.listdir("/proc/self/fd"))
    with pytest.raises(BlockingIOError):
        list(fork_map(lambda i: i, 100, 2, 1))
    assert len(os.listdir("/proc/self/fd")) == descriptors
    assert len(started) == 1 and _gone(started[0])
