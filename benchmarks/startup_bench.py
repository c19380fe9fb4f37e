"""Start-up where editors wait: `contentlint check` against markdownlint-cli2 on the same files.

    python benchmarks/startup_bench.py [--runs 7] [--only one,200,3000] [--markdownlint PATH]

Three scenarios, each on answer files shaped like the real one (see lint_bench.py):

- **one file**, the editor's loop: a content repository of 200 answer files whose caches are warm
  from an earlier run; before every run one file's body gets a new sentence (so its cached
  result no longer applies, as after an edit) and `contentlint check FILE` runs on it, as the
  pre-commit hook does;
- **200 files** (STGM's whole content) and **3,000 files**, cold: `contentlint check --no-cache`.

markdownlint-cli2 (npm; `npm install --prefix benchmarks markdownlint-cli2` puts it where this
script looks, or give `--markdownlint`) checks the same files in the same folder. The two
commands run in turns, so a busy machine slows both alike; the figure is the ratio of the
medians. Python writes bytecode as a user's installation does (PYTHONDONTWRITEBYTECODE is
removed), and one untimed run of each command comes first.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from lint_bench import SOURCES, generate

HERE = Path(__file__).resolve().parent
TARGETS = {"one": 0.5, "200": 0.3, "3000": 0.26}  # issue 11: the most contentlint may take, × markdownlint-cli2


def _contentlint() -> list[str]:
    script = Path(sys.executable).with_name("contentlint")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "contentlint"]
    # Exit 1 means "findings" below, so a missing installation (also exit 1) must be caught here.
    # It runs where the timed commands run, outside the source tree, so an uninstalled checkout fails too.
    if subprocess.run([*command, "--version"], capture_output=True, cwd=tempfile.gettempdir()).returncode != 0:
        raise SystemExit(f"{' '.join(command)} --version failed: install the project first (pip install -e .)")
    return command


def _markdownlint(given: str | None) -> list[str]:
    found = given or shutil.which("markdownlint-cli2") or HERE / "node_modules" / ".bin" / "markdownlint-cli2"
    if not Path(found).exists():
        raise SystemExit("markdownlint-cli2 not found: `npm install --prefix benchmarks markdownlint-cli2` "
                         "or pass --markdownlint PATH")
    return [str(found)]


def _timed(command: list[str], cwd: Path) -> float:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return elapsed


def _pair(runs: int, ours: list[str], theirs: list[str], cwd: Path,
          before: Callable[[], None] = lambda: None) -> tuple[list[float], list[float]]:
    before()
    _timed(ours, cwd)
    _timed(theirs, cwd)
    mine: list[float] = []
    other: list[float] = []
    for _ in range(runs):
        before()
        mine.append(_timed(ours, cwd))
        other.append(_timed(theirs, cwd))
    return mine, other


def _one_file(root: Path, runs: int, ours: list[str], theirs: list[str]) -> tuple[list[float], list[float]]:
    generate(root, 200, SOURCES["fixed"])
    _timed([*ours, "check"], root)  # the caches an editor's earlier runs left
    edited = root / _answers(root)[17]
    original = edited.read_text(encoding="utf-8")
    edits = iter(range(10**6))

    def edit() -> None:
        edited.write_text(original + f"\nBu yanıt {next(edits)}. kez gözden geçirildi.\n", encoding="utf-8")

    relative = str(edited.relative_to(root))
    return _pair(runs, [*ours, "check", relative], [*theirs, relative], root, edit)


def _answers(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "content" / "answers").rglob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--only", default="one,200,3000", help="scenarios, comma-separated: one, 200, 3000")
    parser.add_argument("--markdownlint", help="the markdownlint-cli2 command (default: PATH, then benchmarks/)")
    args = parser.parse_args()
    ours, theirs = _contentlint(), _markdownlint(args.markdownlint)
    rows: list[tuple[str, list[float], list[float]]] = []
    for scenario in args.only.split(","):
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            if scenario == "one":
                mine, other = _one_file(root, args.runs, ours, theirs)
                label = "one file (warm caches, file edited)"
            else:
                count = int(scenario)
                generate(root, count, SOURCES["fixed"])
                mine, other = _pair(args.runs, [*ours, "check", "--no-cache"], [*theirs, *_answers(root)], root)
                label = f"{count} files, cold"
            rows.append((label, mine, other))
            target = TARGETS[scenario]
            ratio = statistics.median(mine) / statistics.median(other)
            print(f"{label:<38} contentlint {statistics.median(mine):6.3f} s (min {min(mine):.3f})  "
                  f"markdownlint-cli2 {statistics.median(other):6.3f} s (min {min(other):.3f})  "
                  f"ratio {ratio:.2f} (target ≤ {target})", flush=True)
    print(f"runs: {args.runs} each, paired; cpus: {os.cpu_count()}")


if __name__ == "__main__":
    main()
