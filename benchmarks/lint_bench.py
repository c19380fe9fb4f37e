"""Time `contentlint check` on a generated corpus shaped like the real answer file.

    python benchmarks/lint_bench.py [--files 10000] [--runs 5] [--source fixed|original|PATH]

Generates N answer files (the body of the real answer file with varied ids and titles: by
default the corrected copy in content/; `original` uses the file as it arrived, with its seven
real defects, so every file has findings) and a catalog that covers them, in a temporary folder, then runs the
whole `contentlint check` process: cold (no cache, every rule) and warm (the result cache from a
previous run). Prints the median wall time
of several runs and the peak memory of the process tree: the main process plus its workers,
summed as PSS (proportional set size: a page the forked workers share with the main process is
counted once in all, not once per process), sampled from /proc every 20 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = {
    "original": REPO / "tests" / "fixtures" / "original_000_727566c4d5cc03bf.txt",
    "fixed": REPO / "content" / "answers" / "000_727566c4d5cc03bf.txt",
}


def generate(root: Path, count: int, source: Path = SOURCES["original"]) -> None:
    text = source.read_text(encoding="utf-8")
    _, _, rest = text.partition("---\n")
    _, _, body = rest.partition("---\n")
    answers = root / "content" / "answers"
    answers.mkdir(parents=True)
    catalog = ["questions:"]
    per_question = 5
    for index in range(count):
        q, c = index // per_question + 1, index % per_question + 1
        title = f"Soru {q} için {c}. seçenek: gönüllülerle iş birliği"
        if c == 1:
            catalog.append(f"  - id: {q}\n    choices:")
        catalog.append(f"      - id: {c}\n        title: '{title}'")
        folder = answers / f"{q // 100:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{q:05d}_{c}.txt").write_text(
            f"---\ntitle: '{title}'\nquestion_id: {q}\nchoice_id: {c}\n---\n{body}", encoding="utf-8"
        )
    (root / "content" / "questions.yaml").write_text("\n".join(catalog) + "\n", encoding="utf-8")
    (root / "contentlint.toml").write_text("", encoding="utf-8")


def _tree_pss_kb(pid: int) -> int:
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        return 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def timed_run(root: Path, extra: list[str], *, measure_memory: bool = False) -> tuple[float, float]:
    """Wall seconds and, when asked, the peak MB of the process tree.

    Reading smaps costs the kernel real work, so timed runs do not sample memory: memory is
    measured in runs of its own.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "contentlint", "check", "--format", "json", *extra],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _tree_pss_kb(process.pid))
            stop.wait(0.02)

    sampler = threading.Thread(target=sample)
    if measure_memory:
        sampler.start()
    _, err = process.communicate()
    elapsed = time.perf_counter() - started
    stop.set()
    if measure_memory:
        sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"contentlint failed ({process.returncode}): {err.decode()[-2000:]}")
    return elapsed, peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", default="fixed", help="fixed (default), original, or the path of an answer file")
    args = parser.parse_args()
    source = SOURCES.get(args.source, Path(args.source))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(root, args.files, source)
        cold = [timed_run(root, ["--no-cache"])[0] for _ in range(args.runs)]
        cold_memory = timed_run(root, ["--no-cache"], measure_memory=True)[1]
        timed_run(root, [])  # fill the result cache
        warm = [timed_run(root, [])[0] for _ in range(args.runs)]
        warm_memory = timed_run(root, [], measure_memory=True)[1]
    print(f"files: {args.files} like {source.name} ({args.source}), runs: {args.runs}, cpus: {os.cpu_count()}")
    for label, times, memory in (("cold (--no-cache, all rules)", cold, cold_memory),
                                 ("warm (cached results)", warm, warm_memory)):
        print(f"{label:<30} median {statistics.median(times):6.2f} s  "
              f"(min {min(times):.2f}, max {max(times):.2f})  peak memory {memory:6.1f} MB")


if __name__ == "__main__":
    main()
