"""The parser contentlint uses gives exactly the tokens it gives with markdown-it's own block stage
(the fast path for paragraphs and headings changes speed only): every field of every token,
inline children included, and the env, on the answer files and on random documents made of
every line that starts or ends a block; and the fast path is the one the answer file takes."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import block, normalize
from markdown_it.token import Token

from contentlint import markdown_block_fast
from contentlint.documents import load_document, markdown_parser

ROOT = Path(__file__).resolve().parent.parent
ANSWER_FILES = sorted([
    *ROOT.glob("content/**/*.txt"), *ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("tests/fixtures/*.txt"),
])
REAL_ANSWER = ROOT / "content" / "answers" / "000_727566c4d5cc03bf.txt"

INDENTS = ["", "", "", "", " ", "  ", "   ", "    ", "     ", "\t", " \t", "  \t"]
# Lines that are paragraph text, then lines that start or end some other block, or come close.
PLAIN = [
    "Bir örgüt için gönüllüler", "text", "a  ", "a\\", "**Not:** b", "*Kaynak: x*", "_x_", "-x", "+x",
    "=x", "|x|", "| a | b |", "a | b", ":)", "[x](http://a.b/c)", "[a] b", "#x", "####### x", "1.x",
    "2023 yılında", "x]: y", "\u00a0x", "\x0cx", "\ufeffx", "\x1cx", "x\x85", "\u2003x", "ğüşıöç",
    "<u>x</u> y", "a <div>",
]
SPECIAL = [
    "#", "# h", "## h ##", "### h #", "#### h#", "###### h", "# #", "#\t", "#\th\t#\t", "##  ",
    ">", "> q", ">q", "-", "- i", "--", "---", "- - -", "-|-", "*", "* i", "***", "* * *", "+", "+ i",
    "_", "___", "_ _ _", "=", "==", "= =", "===  ", "1.", "1. i", "2) i", "10. i", "1234567890. i",
    "```", "```py", "~~~", "``", "<div>", "</div>", "<!-- c -->", "<u>x</u>", "<a", "<?x", "|", "|-",
    "|---|---|", "--|--", ":--", ":-:|-", "| :- | -: |", "[a]: /u", "[a]:", "[a]: /u 't'", "[\na]: /u",
    "[a]\n: /u", "]:", "\x00", "a\x00b",
]
BLANKS = ["", "", "", " ", "  \t", "\t"]
ENDINGS = ["\n", "\n", "\n", "\r\n", "\r"]


def _dump(tokens: list[Token]) -> list[dict[str, Any]]:
    """Every field of every token, children as dumps too (a field Token gains is compared too)."""
    return [
        {
            field.name: _dump(token.children) if field.name == "children" and token.children is not None
            else getattr(token, field.name)
            for field in dataclasses.fields(token)
        }
        for token in tokens
    ]


def _stock() -> MarkdownIt:
    """contentlint's parser with markdown-it's own normalize and block stages."""
    md = markdown_parser()
    md.core.ruler.at("normalize", normalize)
    md.core.ruler.at("block", block)
    return md


def _parse(md: MarkdownIt, text: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    env: dict[str, Any] = {}  # references and what was nested too deeply
    return _dump(md.parse(text, env)), env


def _counting_block_parser(md: MarkdownIt) -> list[int]:
    """Count the documents ``md`` hands to markdown-it's block parser (the fast path's fallback)."""
    calls = [0]
    original = md.block.parse

    def parse(*args: Any) -> list[Token] | None:
        calls[0] += 1
        return original(*args)

    md.block.parse = parse  # type: ignore[method-assign, assignment]
    return calls


def _heading(rng: random.Random) -> str:
    """An ATX heading, or nearly one: 1 to 7 '#', text, a closing sequence."""
    return (
        "#" * rng.randint(1, 7) + rng.choice(["", " ", "\t", "  ", "\u00a0"]) + rng.choice(["", "#", *PLAIN])
        + rng.choice(["", " ", " #", "#", " ##  ", "\t#\t", " \\#", " # #"])
    )


def _random_document(rng: random.Random) -> str:
    lines = []
    plain_only = rng.random() < 0.5  # half the documents could take the fast path
    for _ in range(rng.randint(0, 12)):
        kind = rng.random()
        if kind < 0.3:
            lines.append(rng.choice(BLANKS))
        elif kind < 0.4:
            lines.append(rng.choice(INDENTS[:7] if plain_only else INDENTS) + _heading(rng))
        elif kind < 0.6 or plain_only:
            lines.append(rng.choice(INDENTS[:7] if plain_only else INDENTS) + rng.choice(PLAIN))
        else:
            lines.append(rng.choice(INDENTS) + rng.choice(SPECIAL))
    text = "".join(line + rng.choice(ENDINGS) for line in lines)
    return text[:-1] if text and rng.random() < 0.3 else text  # often no final line break


@pytest.mark.parametrize("nesting", [22, 1, 0])
def test_random_markdown_parses_as_markdown_it_does(nesting: int) -> None:
    stock, ours = _stock(), markdown_parser()
    stock.options["maxNesting"] = ours.options["maxNesting"] = nesting
    fallbacks = _counting_block_parser(ours)
    rng = random.Random(nesting)
    documents = 4000 if nesting else 200
    for _ in range(documents):
        text = _random_document(rng)
        assert _parse(ours, text) == _parse(stock, text), repr(text)
    if nesting:  # both ways were taken, often
        assert documents * 0.2 < fallbacks[0] < documents * 0.8


@pytest.mark.parametrize("path", ANSWER_FILES, ids=lambda path: path.name)
def test_answer_files_parse_as_markdown_it_does(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    body = load_document(path, path.name, path.read_bytes()).markdown_body
    for source in (text, body):
        assert _parse(markdown_parser(), source) == _parse(_stock(), source)


def test_answer_files_are_enough() -> None:
    assert len(ANSWER_FILES) > 40


def _refuse(*args: Any) -> NoReturn:
    raise AssertionError("markdown-it's block parser was used")


def test_the_real_answer_file_takes_the_fast_path() -> None:
    body = load_document(REAL_ANSWER, REAL_ANSWER.name, REAL_ANSWER.read_bytes()).markdown_body
    ours = markdown_parser()
    ours.block.parse = _refuse  # type: ignore[method-assign, assignment]
    tokens, env = _parse(ours, body)
    assert (tokens, env) == _parse(_stock(), body)
    assert [token["type"] for token in tokens[:3]] == ["paragraph_open", "inline", "paragraph_close"]
    assert len(tokens) == 27


@pytest.mark.parametrize("text", [
    "a\n- b\n", "a\n\n    code\n", "a\n===\n", "| a |\n|---|\n", "[a]: /u\n", "> a\n", "a\n<div>\n",
    "a\n\t b\n", "```\na\n```\n",
])
def test_other_blocks_go_to_markdown_it(text: str) -> None:
    ours = markdown_parser()
    ours.block.parse = _refuse  # type: ignore[method-assign, assignment]
    with pytest.raises(AssertionError, match="block parser was used"):
        ours.parse(text)


def _no_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    return False


def _replaced_heading() -> MarkdownIt:
    md = markdown_parser()
    md.block.ruler.at("heading", _no_rule)
    return md


@pytest.mark.parametrize("make", [
    lambda: MarkdownIt("commonmark"),
    lambda: markdown_parser().disable("lheading"),
    lambda: markdown_parser().enable("strikethrough").disable("html_block"),
    _replaced_heading,
])
def test_install_refuses_other_block_rules(make: Callable[[], MarkdownIt]) -> None:
    with pytest.raises(ValueError, match="block fast path"):
        markdown_block_fast.install(make())
