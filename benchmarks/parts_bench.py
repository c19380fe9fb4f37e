"""Where a file's time goes: each part of analysing one answer file, timed in one process.

    python benchmarks/parts_bench.py [--files 200] [--rounds 3] [--source fixed|original|PATH]

Generates answer files as lint_bench.py does, then analyses each one part by part, in the
order the engine runs them: loading (frontmatter and YAML), markdown-it's parse, placing the
inline tokens on their source, every document rule, the link extraction, suppression comments
and the spelling word collection. The first round warms the lazily compiled patterns; the
figure is the median over the other rounds of each part's time per file, in microseconds.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lint_bench import SOURCES, generate

from contentlint import rules as registry
from contentlint import suppress
from contentlint.config import find_project
from contentlint.context import Context
from contentlint.discover import discover
from contentlint.documents import answer_facts, load_document
from contentlint.engine import _document_rules, build_selection
from contentlint.links.extract import extract_links
from contentlint.markdown_source import inlines
from contentlint.spelling import check as spelling


def _drain(check: Callable[..., Any], *args: Any) -> list[Any]:
    return list(check(*args))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--source", default="fixed", help="fixed, original, or an answer file's path")
    args = parser.parse_args()
    source = SOURCES.get(args.source) or Path(args.source)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        generate(root, args.files, source)
        project = find_project(root)
        ctx = Context(project)
        selection = build_selection(project)
        targets = discover(project, None).targets
        files = [(t, t.path.read_bytes()) for t in targets]
        rounds: list[Counter[str]] = []
        for _ in range(args.rounds + 1):
            spent: Counter[str] = Counter()

            def timed(part: str, work: Callable[..., Any], *args: Any, spent: Counter[str] = spent) -> Any:
                started = time.perf_counter()
                result = work(*args)
                spent[part] += time.perf_counter() - started
                return result

            for target, raw in files:
                doc = timed("load", load_document, target.path, target.relpath, raw)
                timed("markdown-it parse", getattr, doc, "tokens")
                timed("inlines placed", inlines, doc)
                for rule in _document_rules(selection):
                    assert rule.check is not None
                    name = rule.id + (f" (+{len(rule.emits)} more)" if rule.emits else "")
                    timed(name, _drain, rule.check, doc, ctx)
                timed("extract_links", extract_links, doc)
                found = timed("suppressions", suppress.parse, doc.body, doc.body_line, registry.resolve)
                timed("spelling words", spelling.collect, doc, found)
                timed("answer facts", answer_facts, doc)
            rounds.append(spent)
        measured = rounds[1:]
        per_file = {part: statistics.median(r[part] for r in measured) / len(files) * 1e6 for part in rounds[0]}
    total = sum(per_file.values())
    print(f"{args.files} files like {source.name}; median of {args.rounds} rounds after a warm-up; µs per file")
    for part, value in sorted(per_file.items(), key=lambda item: -item[1]):
        print(f"  {part:<24} {value:8.1f}  {value / total:6.1%}")
    print(f"  {'total':<24} {total:8.1f}")


if __name__ == "__main__":
    main()
