"""contentlint's parser gives exactly the tokens with its inline fast path as without it (the
fast path changes speed only), on answer files and on random Markdown made of the pieces at the
edge of what the fast path accepts; and it does take the fast path for answer paragraphs."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from contentlint.documents import load_document, markdown_parser
from contentlint.markdown_fast import FastInlineParse

ROOT = Path(__file__).resolve().parent.parent
REAL_ANSWER = ROOT / "content" / "answers" / "000_727566c4d5cc03bf.txt"

# What the fast path reads: words (Turkish letters, punctuation no rule starts at), spaces
# before line breaks, tags, plain links.
PLAIN = [
    "Gönüllü", "yönetimi", "İşbirliği", "ılık", "a", " ", " ", "  ", "   ", "\t", "\n", "\n  ", "\n\t",
    " \n", "  \n", "   \n", "\t\n", " \t\n", "“", "”", "’", ".", ",", ";", ":", "-", "#", "$", "%", "+", "=",
    ">", "@", "^", "{", "}", "~", "|", "(", ")", "]", "\"", "'", "/", "?", "&", "& ", "!", "! ", "\u00a0",
    "<u>", "</u>", "<U>", "<br>", "<a>", "</a>", "<x-y1>", "](", "](x)", "\r",
    "[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)",
    "[kaynakları](https://www.stgm.org.tr/stok-ogrenim-platformunda)",
    "[<u>Çalışanlar</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PL-&index=4)",
    "[a](x&amp;y)", "[a](x&#41;y)", "[a](x&bogus;y)", "[a](%41%zz)", "[a](ü/ğ ş)", "[a](HTTP://X.Y/Z)",
    "[](x)", "[ a ](  x  )", "[a\nb](\nx\n)", "[a  \nb](x)", "[<u>\n</u>](x)", "[a](javascript:x)",
    "[!](x)", "[&](x)", "[a](x\t)", "[a](x)]", "[a](<x>)", "[a](x<y)",
]
# What makes markdown-it read something else: every rule's first character, in every
# combination the fast path must leave to markdown-it.
SPECIAL = [
    "[", "[[", "![", "!", "<", ">", "`", "``", "\\", "\\\n", "*", "**", "_", "__", "&", "&amp;", "&#93;",
    "&#x5d;", "&#", "&#;", "&nbsp;", "&bogus;", "&a", "<http://a.b>", "<a@b.c>", "<u >", "<u/>", "</u x>",
    "<!-- c -->", "<?p?>", "<!X>", "<![CDATA[x]]>", "<a href=\"x\">", "<u", "\\]", "\\(", "\\ ", "`]`",
    "[x]", "[x][]", "[a]", "[a][]", "[x][a]", "[a]: /u\n", "\n[a]: /u \"t\"\n\n", "[a](x \"t\")",
    "[a](x 't')", "[a](x (t))", "[a](x(y))", "[a](x\\)y)", "[a](<x y>)", "[a]( <x> )", "[a](x y)",
    "[a]()", "[a](\n)", "[a](x\x01)", "[a](x\x7f)", "[a] (x)", "[a]\n(x)", "[[a](x)](y)", "![a](x)",
    "![<u>a</u>](x)", "[a *b*](x)", "[a_b](x)", "[a `b`](x)", "[a\\]b](x)", "[a<b>](x)", "[a&amp;](x)",
    "[a&#93;](x)", "[a](x)(y)", "\n\n", "> ", "- ", "1. ", "# ", "---\n", "===\n", "    ", "```\n", "|",
    "| a | b |\n|---|---|\n", "\x00", "~~", "__a__", "*a*",
]


def _dump(tokens: list[Token]) -> list[Any]:
    """Every field of every token, children included, in a comparable form."""
    return [
        [
            _dump(value) if name == "children" and value is not None else value
            for name, value in ((field.name, getattr(token, field.name)) for field in dataclasses.fields(token))
        ] + [list(token.attrs.items()), type(token)]
        for token in tokens
    ]


def _parse(md: MarkdownIt, text: str) -> tuple[list[Any], dict[str, Any]]:
    env: dict[str, Any] = {}  # the parser notes there references and what was nested too deeply
    return _dump(md.parse(text, env)), env


def _fast(md: MarkdownIt) -> FastInlineParse:
    fast = md.inline.parse
    assert isinstance(fast, FastInlineParse)
    return fast


def _parsers(nesting: int) -> tuple[MarkdownIt, MarkdownIt]:
    without, with_fast = markdown_parser(), markdown_parser()
    without.inline.parse = _fast(without).original  # type: ignore[method-assign, assignment]
    without.options["maxNesting"] = with_fast.options["maxNesting"] = nesting
    return without, with_fast


def _paragraph(rng: random.Random) -> str:
    """Mostly plain pieces, with a chance of each special one, at any place."""
    special = rng.choice([0.0, 0.0, 0.02, 0.1, 0.5])
    return "".join(
        rng.choice(SPECIAL if rng.random() < special else PLAIN) for _ in range(rng.randint(1, 30))
    )


@pytest.mark.parametrize("nesting", [22, 2, 1])
def test_random_markdown_parses_as_without_the_fast_path(nesting: int) -> None:
    without, with_fast = _parsers(nesting)
    rng = random.Random(nesting)
    for _ in range(2500):
        text = "\n\n".join(_paragraph(rng) for _ in range(rng.randint(1, 3)))
        assert _parse(with_fast, text) == _parse(without, text), repr(text)
    fast = _fast(with_fast)
    # Both ways were tried many times (with one level only, the fast path never applies).
    assert fast.fallbacks > 1000
    assert fast.taken > 1000 if nesting > 1 else fast.taken == 0


def test_long_paragraphs_parse_as_without_the_fast_path() -> None:
    without, with_fast = _parsers(markdown_parser().options["maxNesting"])
    link = "“[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” ve  \n"
    for text in [link * 1000, link * 1000 + "*", "a " * 50_000 + "\\", "[a " * 3_000, "<u" * 20_000,
                 "[<u>" + "a" * 50_000 + "](x", "[" + "a\n" * 5_000 + "](" + "b" * 5_000 + " "]:
        assert _parse(with_fast, text) == _parse(without, text), text[-50:]
    assert _fast(with_fast).taken == 1


def test_answer_files_parse_as_without_the_fast_path() -> None:
    without, with_fast = _parsers(markdown_parser().options["maxNesting"])
    files = [*ROOT.glob("content/**/*.txt"), *ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("tests/fixtures/**/*.txt")]
    assert len(files) > 40
    for path in files:
        raw = path.read_bytes()
        body = load_document(path, path.name, raw).markdown_body
        for text in (body, raw.decode("utf-8", "replace")):
            assert _parse(with_fast, text) == _parse(without, text), path
    assert _fast(with_fast).taken > 200


def test_every_paragraph_of_the_real_answer_takes_the_fast_path() -> None:
    md = markdown_parser()
    path = REAL_ANSWER
    tokens = md.parse(load_document(path, path.name, path.read_bytes()).markdown_body, {})
    paragraphs = [token for token in tokens if token.type == "inline"]
    links = [child for token in paragraphs for child in token.children or [] if child.type == "link_open"]
    assert (len(paragraphs), len(links)) == (9, 8)
    assert (_fast(md).taken, _fast(md).fallbacks) == (9, 0)


def test_markdown_it_reads_what_the_fast_path_leaves_to_it() -> None:
    md = markdown_parser()
    tokens = md.parse("[a]: /u\n\n*a* [a] `b` ![c](d)", {})
    assert [child.type for child in tokens[1].children or []] == [
        "em_open", "text", "em_close", "text", "link_open", "text", "link_close", "text", "code_inline", "text",
        "image",
    ]
    # The image's alt text is read by the fast path; the paragraph by markdown-it.
    assert (_fast(md).taken, _fast(md).fallbacks) == (1, 1)


def _shout(state: StateInline) -> None:
    for token in state.tokens:
        token.content = token.content.upper()


@pytest.mark.parametrize(("configure", "text"), [
    (lambda md: md.enable("strikethrough"), "~~a~~ [b](c)"),
    (lambda md: md.disable("html_inline"), "a <u>b</u>"),
    (lambda md: md.inline.ruler2.push("shout", _shout), "a [b](c)"),
    (lambda md: md.options.__setitem__("html", False), "a <u>b</u>"),
    (lambda md: setattr(md, "validateLink", MarkdownIt().validateLink), "[a](javascript:x) b"),
])
def test_parsers_the_fast_path_was_not_written_for_are_left_to_markdown_it(
    configure: Callable[[MarkdownIt], object], text: str,
) -> None:
    without, with_fast = _parsers(markdown_parser().options["maxNesting"])
    configure(without)
    configure(with_fast)
    assert _parse(with_fast, text) == _parse(without, text)
    assert (_fast(with_fast).taken, _fast(with_fast).fallbacks) == (0, 1)


def test_tokens_already_there_are_left_to_markdown_it() -> None:
    without, with_fast = _parsers(markdown_parser().options["maxNesting"])
    results = []
    for md in (without, with_fast):
        tokens = [Token("text", "", 0, content="a")]
        md.inline.parse("b [c](d)", md, {}, tokens)
        results.append(_dump(tokens))
        assert tokens[0].content == "ab "  # merged with the text that was there
    assert results[0] == results[1]
