"""The short ways of placing inline tokens on their source (a plain paragraph's walk, a one-line
content's line map) give exactly what the full aligner gives (every piece, link, offset and
prose field), on every answer file of the repository and on random Markdown made of what the
placement must handle."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from contentlint import markdown_source
from contentlint.documents import Document, load_document
from contentlint.markdown_source import Inline, Piece, inlines

ROOT = Path(__file__).resolve().parent.parent
ANSWER_FILES = sorted(
    [*ROOT.glob("content/**/*.txt"), *ROOT.glob("tests/corpus/**/*.txt"), *ROOT.glob("tests/fixtures/**/*.txt")]
)

# Inline pieces: plain ones (text, line breaks, tags, simple links) and every construct the
# placement treats on its own (escapes, entities, code, autolinks, images, emphasis, titles,
# <destinations>, references, nested brackets, raw HTML).
PLAIN = [
    "Gönüllü", "yönetimi", "İşbirliği", "a", " ", " ", "  ", "\t", "\n", "\n  ", "\n\t", " \n", "  \n", "   \n",
    "\\\n", "“", "”", ".", ",", ":", "-", "(", ")", "]", "&", "& ", "!", "\u00a0", "<u>", "</u>", "<br>",
    "[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)", "[kaynakları](https://stgm.org.tr/a)",
    "[<u>Çalışanlar</u>](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PL-&index=4)", "[](x)",
    "[a\nb](x)", "[a  \nb](x)", "[<u>\n</u>](x)", "[a](x)]", "[ a ](  x  )",
]
SPECIAL = [
    "\\*", "\\[", "\\\\", "\\&", "\\a", "&amp;", "&#93;", "&#x5d;", "&nbsp;", "&bogus;", "&#;", "`code`",
    "``a ` b``", "`a\nb`", "`", "<http://a.b/c>", "<a@b.c>", "<mailto:a@b.c>", "![alt](x.png)",
    "![<u>a</u> *b*](x \"t\")", "![a](<x y>)", "*em*", "**strong**", "_a_", "__a__", "~~s~~", "*a\nb*",
    "[a](x \"t\")", "[a](x 't')", "[a](x (t))", "[a](<x y>)", "[a]( <x> )", "[a](x y)", "[a]()", "[a](\n)",
    "[a](\nx\n)", "[a](x\\)y)", "[a](x(y))", "[a](javascript:x)", "[a](x&amp;y)", "[a] (x)", "[a]\n(x)",
    "[ref]", "[ref][]", "[x][ref]", "[Ref]", "[[a](x)](y)", "[a [b] c](x)", "[a *b*](x)", "[a `b`](x)",
    "[a\\]b](x)", "[a&amp;](x)", "[`a`](x)", "[![i](p)](x)", "<!-- c -->", "<a href=\"x\">", "<a\nhref=\"x\">",
    "<?p?>", "<u", "<", "[", "![", "*", "_", "\\", "&#", "<span\tclass=\"a\">",
]
BLOCK_STARTS = ["", "", "", "", "# ", "## ", "- ", "* ", "1. ", "2) ", "> ", "> > ", "  ", "   ", "\t"]


def _inline(rng: random.Random) -> str:
    special = rng.choice([0.0, 0.0, 0.05, 0.2, 0.5])
    return "".join(rng.choice(SPECIAL if rng.random() < special else PLAIN) for _ in range(rng.randint(1, 25)))


def _block(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.1:  # a table
        rows = [f"| {_cell(rng)} | {_cell(rng)} |" for _ in range(rng.randint(1, 3))]
        return "\n".join([rows[0], rng.choice(["|---|---|", "| :-- | --: |", "---|---"]), *rows[1:]])
    if kind < 0.15:
        return rng.choice(["[ref]: https://stgm.org.tr/r", "[ref]: <x y> \"t\"", "    code\n    more", "```\nx\n```",
                           "<div>\n*a*\n</div>", "---", "Başlık\n===", "<!-- a\nb -->"])
    start = rng.choice(BLOCK_STARTS)
    lines = [start + _inline(rng)]
    for _ in range(rng.randint(0, 2)):  # continuation lines, often indented
        lines.append(rng.choice(["", " ", "  ", "\t", "    "]) + _inline(rng))
    return "\n".join(lines)


def _cell(rng: random.Random) -> str:
    return "".join(rng.choice(["a", "b c", "`x`", "[a](x)", "<u>u</u>", "\\|", "&amp;", "*e*", " "])
                   for _ in range(rng.randint(0, 4)))


def _document(rng: random.Random) -> str:
    text = rng.choice(["\n\n", "\n"]).join(_block(rng) for _ in range(rng.randint(1, 5)))
    if rng.random() < 0.2:
        text = text.replace("\n", "\r\n")
    if rng.random() < 0.5:
        text += "\n"
    return "---\ntitle: t\nquestion_id: 1\nchoice_id: 1\n---\n" + text


def _pieces(pieces: list[Piece]) -> list[Any]:
    return [(id(piece.token), piece.start, piece.end, piece.link, type(piece)) for piece in pieces]


def _dump(found: tuple[Inline, ...]) -> list[Any]:
    """Every field of every inline, tokens by identity, links in the prose by their index."""
    out = []
    for inline in found:
        index = {id(link): number for number, link in enumerate(inline.links)}
        prose = inline.prose
        out.append([
            id(inline.token), inline.complete, _pieces(inline.pieces),
            [(id(link.token), link.kind, link.href, link.start, link.end, link.label_start, link.label_end,
              link.dest_start, link.dest_end, _pieces(link.pieces), link.located, link.text)
             for link in inline.links],
            [prose.text, prose._index, prose._body, prose.closings, prose._parts, prose._length,
             [(start, end, index[id(link)]) for start, end, link in prose.labels]],
        ])
    return out


def _same_as_aligner(doc: Document) -> None:
    """The placement equals the full aligner's, run on the same document and tokens with both
    short ways turned off."""
    markdown_source._CACHE.clear()
    placed = _dump(inlines(doc))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown_source, "_place_plain", lambda *_: None)
        patch.setattr(markdown_source, "_one_line", lambda *_: None)
        markdown_source._CACHE.clear()
        assert placed == _dump(inlines(doc))
    markdown_source._CACHE.clear()


@pytest.fixture
def plain_paths(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each inline took the plain-paragraph path (and, in the same list as the string
    "one line", each time the one-line map answered)."""
    taken: list[bool | str] = []
    place, one_line = markdown_source._place_plain, markdown_source._one_line

    def counted(*args: Any) -> Inline | None:
        placed = place(*args)
        taken.append(placed is not None)
        return placed

    def counted_line(*args: Any) -> Any:
        found = one_line(*args)
        if found is not None:
            taken.append("one line")
        return found

    monkeypatch.setattr(markdown_source, "_place_plain", counted)
    monkeypatch.setattr(markdown_source, "_one_line", counted_line)
    return taken  # type: ignore[return-value]


def test_answer_files_are_placed_as_the_aligner_places_them(plain_paths: list[bool]) -> None:
    assert len(ANSWER_FILES) > 40
    for path in ANSWER_FILES:
        raw = path.read_bytes()
        for text in (raw, raw.replace(b"\n", b"\r\n")):
            _same_as_aligner(load_document(path, path.name, text))
    assert plain_paths.count(True) > 500 and plain_paths.count("one line") > 200


def test_random_markdown_is_placed_as_the_aligner_places_it(plain_paths: list[bool]) -> None:
    rng = random.Random(11)
    for number in range(4000):
        path = Path(f"random_{number}.txt")
        _same_as_aligner(load_document(path, path.name, _document(rng).encode()))
    # Both ways were taken many times.
    assert plain_paths.count(True) > 2000
    assert plain_paths.count(False) > 2000
