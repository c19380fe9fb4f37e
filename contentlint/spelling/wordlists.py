"""What every run needs from spelling before any word is decided: the accepted word lists and
the shape of a verdict. Kept apart from :mod:`contentlint.spelling.lexicon`, which is imported
only when a word has no cached verdict."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# (rule, candidates, best first); None for a correct word.
Verdict = tuple[str, tuple[str, ...]] | None


@dataclass(frozen=True)
class WordLists:
    """Accepted words: plain ones as written (lowercase ones also capitalised), and words with a
    model whose endings they take."""

    plain: frozenset[str] = frozenset()
    models: tuple[tuple[str, str], ...] = ()


def parse_words(lines: Iterable[str]) -> tuple[set[str], list[tuple[str, str]], list[tuple[int, str]]]:
    """Plain words, (word, model) pairs and the (line number, line) of lines that are neither."""
    plain: set[str] = set()
    models: list[tuple[str, str]] = []
    bad: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        fields = line.split("#", 1)[0].split()
        if len(fields) == 1:
            plain.add(fields[0])
        elif len(fields) == 2:
            models.append((fields[0], fields[1]))
        elif fields:
            bad.append((number, line.strip()))
    return plain, models, bad
