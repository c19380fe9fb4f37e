"""What the block fast path saves: markdown-it's block stage and whole parse of one answer file,
with contentlint's parser and with the same parser on markdown-it's own block stage.

    python benchmarks/block_bench.py [--rounds 15] [--parses 1000] [--source fixed|original|PATH]

The body (after the frontmatter) is parsed as contentlint parses it. Each round times both
parsers in turn (CPU time of this process, so that waiting for a busy core is not counted);
prints the median, min and max per parse in microseconds, and the median of the paired savings.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lint_bench import SOURCES
from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore, block, normalize

from contentlint.documents import load_document, markdown_parser


def _stage(md: MarkdownIt, body: str) -> Callable[[], None]:
    normalize_rule, block_rule = md.core.ruler.getRules("")[:2]

    def run() -> None:
        state = StateCore(body, md, {})
        normalize_rule(state)
        block_rule(state)

    return run


def _per_call(work: Callable[[], object], calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        work()
    return (time.process_time() - started) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--parses", type=int, default=1000)
    parser.add_argument("--source", default="fixed", help="fixed, original, or an answer file's path")
    args = parser.parse_args()
    source = SOURCES.get(args.source) or Path(args.source)
    body = load_document(source, source.name, source.read_bytes()).markdown_body
    fast, stock = markdown_parser(), markdown_parser()
    stock.core.ruler.at("normalize", normalize)
    stock.core.ruler.at("block", block)
    works = {
        "block stage, markdown-it": _stage(stock, body),
        "block stage, fast path": _stage(fast, body),
        "whole parse, markdown-it": lambda: stock.parse(body, {}),
        "whole parse, fast path": lambda: fast.parse(body, {}),
    }
    spent: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(args.rounds):
        for name, work in works.items():
            spent[name].append(_per_call(work, args.parses))
    print(f"{source.name}: µs per parse, median (min–max) of {args.rounds} rounds of {args.parses}")
    for name, values in spent.items():
        print(f"  {name:<26} {statistics.median(values):7.1f} ({min(values):.1f}–{max(values):.1f})")
    for part in ("block stage", "whole parse"):
        saved = [a - b for a, b in zip(spent[f"{part}, markdown-it"], spent[f"{part}, fast path"], strict=True)]
        print(f"  {part} saved: {statistics.median(saved):.1f} µs ({min(saved):.1f}–{max(saved):.1f}), paired")


if __name__ == "__main__":
    main()
