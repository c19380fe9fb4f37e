"""Placing inline tokens on their source: today's placement against the frozen one it replaced.

    python benchmarks/placement_bench.py [--rounds 2000] [--source fixed|original|PATH]

``tests/markdown_source_reference.py`` keeps the placement as it was before its plain-paragraph
path (the tests check both give the same result). Each round loads and parses the answer file
twice and times each placement on its own fresh copy, in alternating order, so both see a
document as cold as the engine's. Prints each one's median per file, in microseconds, and the
median and quartiles of the paired differences (the machine's noise shows in their spread).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from lint_bench import SOURCES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from contentlint import markdown_source
from contentlint.documents import Document, load_document
from tests import markdown_source_reference as reference


def _today(doc: Document) -> object:
    return markdown_source.inlines(doc)


def _forget() -> None:
    """Drop the document inlines() remembers, outside the timing: freeing it (the document, its
    tokens and their placement) would otherwise be timed with today's placement only."""
    markdown_source._CACHE.clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2000)
    parser.add_argument("--source", default="fixed", help="fixed, original, or an answer file's path")
    args = parser.parse_args()
    path = SOURCES.get(args.source) or Path(args.source)
    raw = path.read_bytes()

    def parsed() -> Document:
        doc = load_document(path, path.name, raw)
        _ = doc.tokens
        return doc

    frozen: list[float] = []
    today: list[float] = []
    for number in range(args.rounds):
        runs = [(reference.inlines, parsed(), frozen), (_today, parsed(), today)]
        for place, doc, spent in runs if number % 2 else reversed(runs):
            _forget()
            started = time.perf_counter()
            placed = place(doc)  # kept: freeing it is not placing it
            spent.append(time.perf_counter() - started)
            del placed
    gained = [(before - after) * 1e6 for before, after in zip(frozen, today, strict=True)]
    low, middle, high = statistics.quantiles(gained)
    print(f"{path.name}, {args.rounds} paired rounds, µs per file")
    print(f"  frozen placement {statistics.median(frozen) * 1e6:8.1f}")
    print(f"  today's          {statistics.median(today) * 1e6:8.1f}")
    print(f"  gained per file  {middle:8.1f}  (quartiles {low:.1f} .. {high:.1f})")


if __name__ == "__main__":
    main()
