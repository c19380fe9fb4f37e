"""The parser contentlint uses gives exactly the tokens it gives with markdown-it's own link
helpers (the shortcuts change speed only), on answer files and on random Markdown made of the
pieces the shortcuts must get right."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt, helpers
from markdown_it.token import Token

from contentlint.documents import markdown_parser

ROOT = Path(__file__).resolve().parent.parent

PIECES = [
    "[", "]", "(", ")", "<", ">", "`", "\\", "!", "a", " ", "\n", "\n\n", "*", "_", ":", "@", '"',
    "<u>", "</u>", "<a title=\">]\">", "<!-- ] -->", "<http://a]b>", "`]`", "\\]", "\\(", "&#93;",
    "&amp;", "](", "[x](", "(a)", "(<", "http://x.y/z", "http://x.y/(a)", "u\\)", "\\ ",
    "[a]: /u\n", "> ", "- ", "|", "---\n",
]


def _dump(tokens: list[Token]) -> list[Any]:
    return [
        (t.type, t.tag, t.nesting, t.content, t.markup, t.info, sorted(t.attrs.items()),
         t.map, t.level, t.hidden, _dump(t.children or []))
        for t in tokens
    ]


def _parsers(nesting: int) -> tuple[MarkdownIt, MarkdownIt]:
    stock, ours = markdown_parser(), markdown_parser()
    stock.helpers = helpers  # markdown-it's own
    stock.options["maxNesting"] = ours.options["maxNesting"] = nesting
    return stock, ours


def _parse(md: MarkdownIt, text: str) -> tuple[list[Any], dict[str, Any]]:
    env: dict[str, Any] = {}  # the parser notes there what was nested too deeply
    return _dump(md.parse(text, env)), env


@pytest.mark.parametrize("nesting", [22, 4, 2])
def test_random_markdown_parses_as_markdown_it_does(nesting: int) -> None:
    stock, ours = _parsers(nesting)
    rng = random.Random(nesting)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 40)))
        assert _parse(ours, text) == _parse(stock, text), text


def test_answer_files_parse_as_markdown_it_does() -> None:
    stock, ours = _parsers(markdown_parser().options["maxNesting"])
    files = [*ROOT.glob("content/**/*.txt"), *ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("tests/fixtures/*.txt")]
    assert len(files) > 40
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _parse(ours, text) == _parse(stock, text), path
