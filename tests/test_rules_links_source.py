"""Where links and text stand in the file (contentlint.markdown_source, links.extract).

markdown-it gives inline tokens no positions; every rule of CL3xx and the link checker rely on
these being exact, so they are checked against the source itself: the text at each reported
position must be what the token says.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from markdown_it.common.utils import unescapeAll

from contentlint.documents import Document, load_document, markdown_parser
from contentlint.links.extract import LinkRef, extract_links
from contentlint.markdown_source import OPAQUE, inlines
from tests.conftest import HEADER, ORIGINAL_ANSWER


def document(body: str, header: str = HEADER) -> Document:
    return load_document(Path("a.md"), "a.md", (header + body).encode("utf-8"))


def at(doc: Document, link: LinkRef) -> str:
    """The file's text between a LinkRef's start and end."""
    assert link.line == link.end_line
    return doc.text.split("\n")[link.line - 1][link.column - 1:link.end_column - 1]


def test_real_answer_links_are_placed_on_their_addresses() -> None:
    doc = load_document(ORIGINAL_ANSWER, "a.txt", ORIGINAL_ANSWER.read_bytes())
    links = extract_links(doc)
    assert [(link.line, link.column) for link in links] == [
        (14, 126), (14, 220), (16, 55), (16, 145), (18, 120), (20, 101), (22, 138), (22, 310),
    ]
    assert all(at(doc, link) == link.url for link in links)
    assert links[4].url == ("https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-"
                            "&index=4")
    assert [link.text for link in links[:3]] == [
        "Gönüllü Yönetimi", "başlığı altında bulunan kaynakları inceleyebilirsiniz.",
        "STOK Çevrimiçi Öğrenim Platformu",
    ]


@pytest.mark.parametrize(("body", "expected"), [
    # (url as written, line, column, text)
    ("a [b](<https://x.org/a b> \"başlık\") c\n", [("https://x.org/a b", 6, 8, "b")]),
    ("[a\\]b](https://x.org/a\\_b?x=1&amp;y=2)\n", [("https://x.org/a_b?x=1&y=2", 6, 8, "a]b")]),
    ("&amp; `[x](y)` [*a* `k`](https://x.org/(a)b)\n", [("https://x.org/(a)b", 6, 26, "a k")]),
    ("<https://x.org/ğ> ve <ad@x.org>\n", [("https://x.org/ğ", 6, 2, "https://x.org/ğ"),
                                           ("mailto:ad@x.org", 6, 23, "ad@x.org")]),
    ("![Logo](logo.png) [![i](i.png)](https://x.org)\n",
     [("logo.png", 6, 9, "Logo"), ("https://x.org", 6, 33, "i"), ("i.png", 6, 25, "i")]),
    ("- madde\n  [iki\n  satır](https://x.org/b)\n\n> - [c](https://x.org/c)\n",
     [("https://x.org/b", 8, 10, "iki satır"), ("https://x.org/c", 10, 9, "c")]),
    ("# Başlık [a](https://x.org/h) #\n\n| a | [b](https://x.org/t) |\n|---|---|\n| | [c](https://x.org/u) |\n",
     [("https://x.org/h", 6, 14, "a"), ("https://x.org/t", 8, 11, "b"), ("https://x.org/u", 10, 9, "c")]),
    ("[a](https://x.org/a ][r] sonra\n\n[r]: https://x.org/r\n", [("https://x.org/r", 6, 2, "a")]),
    ("\u00a0\n[a](https://x.org/n)\n", [("https://x.org/n", 7, 5, "a")]),
    ("[a]()\n", [("", 6, 5, "a")]),
])
def test_links_are_found_where_they_are_written(body: str, expected: list[tuple[str, int, int, str]]) -> None:
    doc = document(body)
    links = extract_links(doc)
    assert [(link.url, link.line, link.column, link.text) for link in links] == expected
    for link in links:  # the address as written; a reference link's text (its address is elsewhere)
        written = at(doc, link)
        assert unescapeAll(written) == link.url.removeprefix("mailto:") or written in ("", link.text)


def test_crlf_files_keep_columns() -> None:
    doc = load_document(Path("a.md"), "a.md", (HEADER + "x\r\n[a](https://x.org/a) b\r\n").replace(
        "\n", "\r\n").replace("\r\r", "\r").encode())
    [link] = extract_links(doc)
    assert (link.line, link.column, link.end_column) == (7, 5, 20)


def test_prose_maps_each_character_to_the_file() -> None:
    doc = document("“[<u>Gönüllü</u>](https://x.org)” &amp; \\*kod `a` ![r](r.png)\nsatır\n")
    [inline] = inlines(doc)
    prose = inline.prose
    assert prose.text == f"“Gönüllü” & *kod {OPAQUE} {OPAQUE}\nsatır"
    body = doc.body
    assert body[prose.offset(prose.text.index("G"))] == "G"
    assert body[prose.offset(prose.text.index("”"))] == "”"
    assert body[prose.offset(prose.text.index("&")):].startswith("&amp;")
    assert body[prose.offset(prose.text.index("*")) - 1:].startswith("\\*")
    assert doc.body_position(prose.offset(prose.text.index("s"))) == (7, 1)
    # a link's end is where a word may go on: right after its ')'
    [(index, offset)] = [c for c in prose.closings if body[c[1] - 1] == ")"]
    assert prose.text[index] == "”" and body[offset] == "”"


_FRAGMENTS = [
    "word", "İstanbul'da", "“quote”", '"x"', "a  b", "[link](http://x.com/a)", "[l *em*](<u r> \"t\")",
    "<u>u</u>", "`co`de`", "``a`b``", "&amp;", "&nbsp;", "\\*", "\\[", "**b**", "_i_", "~~s~~",
    "![alt `c`](i.png)", "<https://q.com/ğ>", "<a@b.co>", "[r][ref]", "[ref]", "[ref][]", "[x](y 'title')",
    "[x]()", "[x](<>)", "[x]( <a b> )", "[x](a&amp;b)", "[j](javascript:x)", "[a\nb](c)", "(t)[u]",
    "[t] (u)", "x\\\ny", "x   \ny", "x\n   y", "\t", "<!-- c -->", "&#x41;", "&#65;", "[<u>a</u>](b)",
    "*", "_", "[", "]", "](x)", "[a](b", "é", "[a](b (c) d)", "[a](b\\)c)", "\\\\", "&bogus;", "\u00a0",
    "[![i](s)](h)",
]
_PREFIXES = ["", "> ", "- ", "1. ", "# ", "  ", "> - "]


def _paragraph(rng: random.Random) -> str:
    prefix = rng.choice(_PREFIXES)
    out = prefix
    for _ in range(rng.randint(1, 12)):
        out += rng.choice(_FRAGMENTS) + rng.choice([" ", "", "\n" + (prefix if rng.random() < 0.7 else "")])
    return out


@pytest.mark.parametrize("seed", range(4))
def test_every_inline_of_random_markdown_is_located_exactly(seed: int) -> None:
    """Many mixes of the constructs editors write, in lists, quotes and headings: each inline is
    located in full, every link's brackets and destination are where the parser saw them, and
    every prose character maps to itself (or to its escape or entity) in the file."""
    rng = random.Random(seed)
    md = markdown_parser()
    for _ in range(150):
        doc = document("\n\n".join(_paragraph(rng) for _ in range(3)) + "\n\n[ref]: http://ref.com\n")
        body = doc.body
        for inline in inlines(doc):
            assert inline.complete, inline.token.content
            for link in inline.links:
                assert body[link.start] in "[<!" and body[link.end - 1] in ")]>", body[link.start:link.end]
                if link.kind != "autolink":
                    assert body[link.label_start - 1] == "[" and body[link.label_end] == "]"
                if link.kind in ("inline", "image") and link.dest_start is not None:
                    assert md.normalizeLink(unescapeAll(body[link.dest_start:link.dest_end])) == link.href
            for index, char in enumerate(inline.prose.text):
                offset = inline.prose.offset(index)
                assert char == OPAQUE or body[offset] in (char, "&"), (inline.token.content, index)
