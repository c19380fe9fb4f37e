"""White space, line endings and invisible characters (CL350–CL358): findings, positions, fixes.

Each fixable case is fixed with the real fixer and then linted again: the rule must be silent on
the result, and the result must be exactly the text expected.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contentlint.context import Context
from contentlint.diagnostics import Diagnostic
from contentlint.documents import markdown_parser
from contentlint.engine import build_selection
from contentlint.fix import FileFix, fix_bytes
from contentlint.rules.whitespace import _REMOVABLE, _SPACES
from tests.conftest import HEADER, ORIGINAL_ANSWER, make_project, positions

Fixer = Callable[..., FileFix]


@pytest.fixture
def fixer(tmp_path: Path) -> Fixer:
    counter = iter(range(1_000_000))

    def fix(source: str | bytes, config: dict[str, Any] | None = None) -> FileFix:
        root = tmp_path / "fixer" / str(next(counter))
        root.mkdir(parents=True)
        project = make_project(root, {}, config)
        raw = source.encode("utf-8") if isinstance(source, str) else source
        path = project.root / "content" / "answers" / "a.md"
        return fix_bytes(path, "content/answers/a.md", raw, Context(project), build_selection(project))
    return fix


# (rule, body after HEADER, positions of the findings, body after --fix; None: no fix offered)
FIXABLE: list[tuple[str, str, list[tuple[int, int]], str | None]] = [
    # trailing-whitespace
    ("CL350", "Metin.   \n", [(6, 7)], "Metin.\n"),
    ("CL350", "Metin.\t\nİkinci.\n", [(6, 7)], "Metin.\nİkinci.\n"),
    ("CL350", "Bir\n   \nİki\n", [(7, 1)], "Bir\n\nİki\n"),
    ("CL350", "Son satır  \n\nYeni paragraf.\n", [(6, 10)], "Son satır\n\nYeni paragraf.\n"),
    ("CL350", "# Başlık \n", [(6, 9)], "# Başlık\n"),
    ("CL350", "Tek boşluk \nsonraki\n", [(6, 11)], "Tek boşluk\nsonraki\n"),
    # a hard line break: reported, never removed (that would join the two lines on the page)
    ("CL350", "Birinci satır  \nikinci satır\n", [(6, 14)], None),
    ("CL350", "- madde  \n  devamı\n", [(6, 8)], None),
    # multiple-blank-lines
    ("CL351", "Bir\n\n\nİki\n", [(8, 1)], "Bir\n\nİki\n"),
    ("CL351", "Bir\n\n\n\n\nİki\n", [(8, 1)], "Bir\n\nİki\n"),
    ("CL351", "\n\nBir\n", [(7, 1)], "\nBir\n"),
    # hard-tab: replaced by the spaces Markdown counts (to the next multiple of four)
    ("CL352", "Adım 1:\tFormu doldurun.\n", [(6, 8)], "Adım 1: Formu doldurun.\n"),
    ("CL352", "a\tb\tc\n", [(6, 2)], "a   b   c\n"),
    ("CL352", "-\tmadde\n", [(6, 2)], "-   madde\n"),
    ("CL352", ">\talıntı\n", [(6, 2)], ">   alıntı\n"),
    # missing-final-newline
    ("CL353", "Metin.", [(6, 7)], "Metin.\n"),
    ("CL353", "Metin.  ", [(6, 9)], "Metin.\n"),
    # trailing-blank-lines
    ("CL354", "Metin.\n\n", [(7, 1)], "Metin.\n"),
    ("CL354", "Metin.\n\n  \n\n", [(7, 1)], "Metin.\n"),
    ("CL354", "Metin.\n\n  ", [(7, 1)], "Metin.\n"),
    # invisible-character
    ("CL355", "Gönül\u00adlü\n", [(6, 6)], "Gönüllü\n"),
    ("CL355", "STGM\u200b\u200b web sitesi\n", [(6, 5)], "STGM web sitesi\n"),
    ("CL355", "a\ufeffb\u2060c\u200ed\n", [(6, 2)], "abcd\n"),  # one finding per line
    ("CL355", "\u200bMetin\n", [(6, 1)], "Metin\n"),
    ("CL355", "Metin  \u200b\nsonraki\n", [(6, 8)], "Metin\nsonraki\n"),
    ("CL355", "```\nkod\u200b\n```\n", [(7, 4)], "```\nkod\n```\n"),
    ("CL355", "[bağlantı](https://www.stgm.org.tr/\u200bnode/1)\n", [(6, 36)],
     "[bağlantı](https://www.stgm.org.tr/node/1)\n"),
    # removing these would turn the line into a heading, a list item or a blank line
    ("CL355", "\u200b# Başlık değil\n", [(6, 1)], None),
    ("CL355", "- \u200b- madde\n", [(6, 3)], None),
    ("CL355", "Bir\n\u200b\nİki\n", [(7, 1)], None),
    # text direction, control and private-use characters: for a person to check
    ("CL355", "a\u202eb\n", [(6, 2)], None),
    ("CL355", "a\x0cb\n", [(6, 2)], None),
    ("CL355", "\uf0b7 madde\n", [(6, 1)], None),
    # non-breaking-space
    ("CL356", "gönüllü\u00a0yönetimi\n", [(6, 8)], "gönüllü yönetimi\n"),
    ("CL356", "a\u2003\u2003b\n", [(6, 2)], "a b\n"),
    ("CL356", "\u00a0\u00a0    metin\n", [(6, 1)], "metin\n"),
    ("CL356", "Metin \u00a0\nsonraki\n", [(6, 7)], "Metin\nsonraki\n"),
    ("CL356", "Metin  \u00a0\nsonraki\n", [(6, 8)], "Metin\nsonraki\n"),  # no hard break appears
    ("CL356", "Metin\u2028devam\n", [(6, 6)], "Metin devam\n"),
    ("CL356", "[a](https://x.org/a\u00a0b)\n", [(6, 20)], None),  # a space would end the address
    ("CL356", "[a](https://x.org/a\u00a0b\u00a0c) ve <https://x.org/\u00a0>\n", [(6, 20)], None),
    ("CL356", "\u00a0- madde değil\n", [(6, 1)], None),
    # not deliberate: after a word that is no abbreviation, a month before a word, a sentence's end
    ("CL356", "Mart\u00a0ayında ve gönüllü.\u00a0Sonra evet.\u00a02024\n", [(6, 5)],
     "Mart ayında ve gönüllü. Sonra evet. 2024\n"),
    # not-nfc: each decomposed letter is reported and joined
    ("CL357", "go\u0308nu\u0308llu\u0308\n", [(6, 2)], "gönüllü\n"),
    ("CL357", "go\u0308nu\u0308llu\u0308\nve is\u0327\n", [(6, 2), (7, 5)], "gönüllü\nve iş\n"),
    ("CL357", "is\u0327 birlig\u0306i\n", [(6, 2)], "iş birliği\n"),
    ("CL357", "I\u0307stanbul\n", [(6, 1)], "İstanbul\n"),
    # mixed-line-endings (the header has LF, so LF is the file's usual ending)
    ("CL358", "a\r\nb\n", [(6, 2)], "a\nb\n"),
    ("CL358", "a\rb\n", [(6, 2)], "a\nb\n"),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), FIXABLE)
def test_finding_and_fix(lint_source: Callable[..., list[Diagnostic]], fixer: Fixer,
                         rule: str, body: str, where: list[tuple[int, int]], fixed: str | None) -> None:
    found = lint_source(HEADER + body, rule=rule)
    assert positions(found) == where
    assert all(d.category == "format" for d in found)
    assert [d.fix is not None for d in found] == [fixed is not None] * len(found)
    outcome = fixer(HEADER + body, {"select": ["CL35"]})
    if fixed is None:
        assert [d.rule for d in outcome.remaining if d.rule == rule] == [rule] * len(where)
        return
    assert outcome.fixed == HEADER + fixed
    assert lint_source(outcome.fixed, rule=rule) == []
    assert fixer(outcome.fixed, {"select": ["CL35"]}).changed is False  # nothing left to do


@pytest.mark.parametrize(("rule", "body"), [
    # white space inside code and raw HTML blocks is content
    ("CL350", "```\nkod   \n```\n"),
    ("CL350", "    girintili kod  \n"),
    ("CL350", "<pre>\nsatır  \n</pre>\n"),
    ("CL350", "Metin.\\\nikinci\n"),
    ("CL351", "```\nbir\n\n\n\niki\n```\n"),
    ("CL351", "Bir\n\nİki\n"),
    ("CL352", "```\n\tkod\n```\n"),
    ("CL352", "\t\tgirintili kod\n"),
    ("CL353", "Metin.\n"),
    ("CL354", "Metin.\n"),
    ("CL354", "```\nkod\n\n"),  # an unclosed code block runs to the end: its blank lines are code
    # a zero-width joiner inside an emoji is meant
    ("CL355", "Bilgisayar başında: 👩\u200d💻\n"),
    ("CL355", "Gönüllü\n"),
    # a number and its unit kept together
    ("CL356", "10\u00a0TL, 5\u00a0km, 3\u00a0Ekim\n"),
    # a date, a narrow no-break space in a number, and the space after an abbreviation
    ("CL356", "Başvurular 15\u00a0Mart\u00a02024 tarihinde, 1\u202f000 TL ile ve 3\u00a0Nisan 2024’te kapanır.\n"),
    ("CL356", "Dr.\u00a0Ayşe Yılmaz, Prof.\u00a0Dr.\u00a0Ali Kaya (s.\u00a014, No.\u00a05, bkz.\u00a0ek).\n"),
    ("CL356", "```\na\u00a0b\n```\n"),
    ("CL357", "gönüllü iş birliği İstanbul\n"),
    ("CL358", "Bir\nİki\n"),
])
def test_no_finding(lint_source: Callable[..., list[Diagnostic]], rule: str, body: str) -> None:
    assert lint_source(HEADER + body, rule=rule) == []


def test_a_crlf_file_is_not_mixed_and_keeps_crlf(lint_source: Callable[..., list[Diagnostic]],
                                                 fixer: Fixer) -> None:
    source = (HEADER + "Metin.  \n\n\nSon").replace("\n", "\r\n")
    assert lint_source(source, rule="CL358") == []
    [trailing] = lint_source(source, rule="CL350")  # "Metin.  " ends its paragraph: no line break
    assert trailing.fix is not None
    outcome = fixer(source)
    assert outcome.fixed == (HEADER + "Metin.\n\nSon\n").replace("\n", "\r\n")


def test_mixed_line_endings_follow_the_more_frequent(fixer: Fixer) -> None:
    source = HEADER.replace("\n", "\r\n") + "a\nb\r\n"
    outcome = fixer(source)
    assert [(d.rule, d.line) for d in outcome.applied] == [("CL358", 6)]
    assert outcome.fixed == (HEADER + "a\nb\n").replace("\n", "\r\n")


def test_frontmatter_characters_are_reported_but_not_fixed(lint_source: Callable[..., list[Diagnostic]],
                                                           fixer: Fixer) -> None:
    source = HEADER.replace("Gönüllülerle", "Go\u0308nu\u0308llu\u0308lerle\u00a0") + "Metin.\n"
    assert positions(lint_source(source, rule="CL357")) == [(2, 9)]
    assert positions(lint_source(source, rule="CL356")) == [(2, 23)]
    outcome = fixer(source)
    assert outcome.fixed == source
    assert {d.rule for d in outcome.remaining} >= {"CL356", "CL357"}


@pytest.mark.parametrize(("config", "body", "expected"), [
    ({"format": {"max_blank_lines": 2}}, "Bir\n\n\nİki\n", []),
    ({"format": {"max_blank_lines": 2}}, "Bir\n\n\n\nİki\n", [(9, 1)]),
])
def test_max_blank_lines(lint_source: Callable[..., list[Diagnostic]], config: dict[str, Any], body: str,
                         expected: list[tuple[int, int]]) -> None:
    assert positions(lint_source(HEADER + body, rule="CL351", config=config)) == expected


def test_nbsp_after_numbers_can_be_reported(fixer: Fixer) -> None:
    outcome = fixer(HEADER + "10\u00a0TL\n", {"format": {"nbsp_after_numbers": False}})
    assert outcome.fixed == HEADER + "10 TL\n"


def test_hard_line_break_message_explains_it(lint_source: Callable[..., list[Diagnostic]]) -> None:
    [found] = lint_source(HEADER + "Birinci satır  \nikinci satır\n", rule="CL350")
    assert "ters eğik çizgi" in found.message.render("tr")
    assert "line break" in found.message.render("en")
    assert (found.end_line, found.end_column) == (6, 16)


def test_the_real_answer_ends_with_a_blank_line(lint_source: Callable[..., list[Diagnostic]],
                                                fixer: Fixer) -> None:
    original = ORIGINAL_ANSWER.read_text("utf-8")
    found = [d for d in lint_source(original) if d.rule.startswith("CL35")]
    assert [(d.rule, d.line, d.column) for d in found] == [("CL354", 23, 1)]
    outcome = fixer(original, {"select": ["CL35"]})
    assert [d.rule for d in outcome.applied] == ["CL354"]
    assert outcome.fixed == original[:-1]


def test_with_every_rule_an_invisible_character_in_a_link_is_removed_not_encoded(fixer: Fixer) -> None:
    outcome = fixer(HEADER + "[Gönüllü yönetimi](https://www.stgm.org.tr/\u200bnode/20247)\n")
    assert outcome.fixed == HEADER + "[Gönüllü yönetimi](https://www.stgm.org.tr/node/20247)\n"


def test_without_markdown_tokens_characters_are_reported_but_not_fixed(
        lint_source: Callable[..., list[Diagnostic]]) -> None:
    # a line too long to parse (CL006): which lines are code is unknown
    source = HEADER + "```\na\u00a0b\n```\n" + "x" * 20_001 + "\n"
    [found] = lint_source(source, rule="CL356")
    assert (found.line, found.fix) == (7, None)


def _rendered(text: str) -> str:
    """The HTML of the body, with white space runs collapsed as a browser shows them and the
    characters the fixes remove taken out."""
    body = text.split("---\n", 2)[2]
    html = unicodedata.normalize("NFC", markdown_parser().render(body))
    html = "".join(" " if c in _SPACES else "" if c in _REMOVABLE else c for c in html)
    return " ".join(html.split())


@pytest.mark.parametrize("body", [
    "# Başlık \n\n\n\nMetin\u00a0ile  \nkırılma ve son \n\n-\tmadde\n-\tikinci\t\n",
    "```\nkod  \n\n\n\tgirinti\u00a0\n```\n\n\n\u200bSatır\u00ad\n\n> alıntı\t\n>\n> \tdevam\n\n\n",
    "Go\u0308nu\u0308llu\u0308 \u200b\n\u00a0\u00a0    metin\n\n| a\t| b |\n|---|---|\n| c\u00a0 | d\u200b |\n\n\n",
    "<div>\nham  HTML\t\n\n</div>\n\n[bağ\u00a0lantı](https://www.stgm.org.tr/node/1)  \n**kalın**\u2003metin",
    "1.\tbir\n2.\tiki\n\n\tkod bloğu\n\n\n    dört boşluk\n\u2028\n",
])
def test_fixes_keep_the_rendered_page(fixer: Fixer, body: str) -> None:
    outcome = fixer(HEADER + body, {"select": ["CL35"]})
    assert outcome.changed
    assert _rendered(outcome.fixed) == _rendered(HEADER + body)
