"""The format rules' shortcuts change speed only: each gives what the plain way gives, on every
answer file in the repository and on random Markdown built from the pieces the shortcuts are
about (tags opened and closed in every order, links, addresses with every kind of character)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from contentlint.config import find_project
from contentlint.context import Context
from contentlint.documents import Document, load_document
from contentlint.markdown_source import Inline, inlines
from contentlint.rules import html, links_format, suffixes
from tests.test_markdown_fast import PLAIN, SPECIAL

ROOT = Path(__file__).resolve().parent.parent

TAGS = ["<u>", "</u>", "<b>", "</b>", "<i>", "</i>", "<br>", "<br/>", "<sup>", "</sup>", "<span class=x>",
        "</span>", "<U>", "</U>", "<!-- c -->", "<img src=x>"]
LINKS = ["[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)", "[a <u>b](x) c</u>", "<u>[a](x)</u>",
         "[**<u>a</u>**](x)", "[<u>a](x)", "[a</u>](x)", "[<b><u>a</u></b>](x)", "[<u><b>a</u></b>](x)",
         "[a](x) ve [b](y)", "“[<u>a</u>](x)”", "[<u>a</u> <u>b</u>](x)"]
BALANCED = ["<u>a</u>", "<b><u>a</u></b>", "<u>[a](x)</u>", "[<u>a</u>](x)", "<sup>1</sup>", "a<br>b",
            "<u>a<br>b</u>", "[<u><i>a</i></u>](x)"]
SUFFIXES = ["[<u>Platformu</u>](x) na ", "[<u>a</u>](x)’nın ", "</u> nın ", "” de ", "“Rehber” e ", "’ den ",
            "STGM nin ", "Ankara ’da ", "[**b**](x) ya ", "*a* nın ", "</b> dan ", "[a](x)\nnın ", "‘a’ nın "]
WORDS = ["söz ", "Ankara ", "ve ", "kaynakları ", "STGM ", "İstanbul ", " ", "\n", "**", "*", "&lt;u&gt;", "&#60;u>",
         "&#x3c;/u&#62;", "u>"]


def _paragraph(rng: random.Random) -> str:
    pools = (TAGS, LINKS, BALANCED, SUFFIXES, WORDS, PLAIN, SPECIAL)
    weights = (2, 2, 4, 2, 4, 2, 1) if rng.random() < 0.5 else (0, 1, 4, 2, 4, 2, 0)
    return "".join(rng.choice(rng.choices(pools, weights)[0]) for _ in range(rng.randint(1, 30)))


def _documents() -> Iterator[Document]:
    files = [*ROOT.glob("content/**/*.txt"), *ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("tests/fixtures/**/*.txt")]
    assert len(files) > 40
    for path in files:
        yield load_document(path, path.name, path.read_bytes())
    rng = random.Random(320)
    for number in range(3000):
        body = "\n\n".join(_paragraph(rng) for _ in range(rng.randint(1, 4)))
        raw = f"---\ntitle: x\nquestion_id: 1\nchoice_id: 1\n---\n{body}".encode()
        yield load_document(Path(f"random_{number}.txt"), f"random_{number}.txt", raw)


def test_an_address_told_clean_at_once_has_nothing_to_encode() -> None:
    must_encode = links_format._MUST_ENCODE
    rng = random.Random(306)
    characters = [chr(code) for code in range(0x250)] + ["ğ", "ş", "İ", "ı", "\u00a0", "\u2028", "😀", "\udc80"]
    urls = [f"https://www.stgm.org.tr/a{char}b" for char in characters]
    urls += [f"https://x.y/%{a}{b}" for a in "0aFg%" for b in "9fG "]
    urls += ["".join(rng.choice(characters[:0x80] + characters[-8:]) for _ in range(rng.randint(0, 20)))
             for _ in range(20_000)]
    urls += [link.href for doc in _documents() for inline in inlines(doc) for link in inline.links]
    clean = 0
    for url in urls:
        shortcut = "%" not in url and links_format._encoded().fullmatch(url) is not None
        assert shortcut == ("%" not in url and must_encode.search(url) is None), repr(url)
        clean += shortcut
    assert clean > 1000


def test_a_paragraph_without_a_link_or_a_less_than_sign_has_no_tag() -> None:
    """The HTML rules skip such paragraphs without looking at their pieces."""
    skipped = 0
    for doc in _documents():
        for inline in inlines(doc):
            if not inline.links and "<" not in inline.token.content:
                assert html._scan(inline)[0] == [], inline.token.content
                skipped += 1
    assert skipped > 500


def _reference_boundaries(inline: Inline) -> Iterator[tuple[int, bool]]:
    """suffixes._boundaries as it was before it gave a place only once."""
    text = inline.prose.text
    for index, _ in inline.prose.closings:
        if index > 0 and not text[index - 1].isspace():
            yield index, False
    for quote in suffixes._QUOTE_CLOSER.finditer(text) if any(map(text.__contains__, suffixes._CLOSERS)) else ():
        index = quote.start()
        if index > 0 and not text[index - 1].isspace():
            yield index + 1, quote.group() not in suffixes._APOSTROPHES or suffixes._closes_quote(text, index)


def test_suffixes_are_found_as_when_every_place_was_looked_at_as_often_as_markup_ends_there(
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = Context(find_project(ROOT))
    documents = list(_documents())
    found = [list(suffixes.check(doc, ctx)) for doc in documents]
    monkeypatch.setattr(suffixes, "_boundaries", _reference_boundaries)
    assert [list(suffixes.check(doc, ctx)) for doc in documents] == found
    assert sum(map(bool, found)) > 1000
