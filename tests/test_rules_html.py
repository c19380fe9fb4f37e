"""HTML in the Markdown (CL320–CL323): balance, allowed tags, and the underlining of links."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import HEADER, positions
from tests.test_rules_links import Case, Fixer, Lint, assert_case, fixer

__all__ = ["fixer"]  # the fixture, for pytest

A, B, C, D = (f"https://x.org/{name}" for name in "abcd")

CASES: list[Case] = [
    # html-tag-unbalanced
    ("CL320", "Metin <u>altı çizili devam.\n", [(6, 7)], None),
    ("CL320", "Metin altı</u> çizili.\n", [(6, 11)], None),
    ("CL320", "a <u><sup>2</u></sup> b\n", [(6, 6)], None),  # crossed: reported once
    ("CL320", f"Bakın [<u>metin]({A})</u> sonra.\n", [(6, 8), (6, 34)], None),
    ("CL320", "<u>a\n\nb</u>\n", [(6, 1), (8, 2)], None),  # a paragraph ends every tag
    ("CL320", "Metin <u>altı\nçizili</u> <br> <br/> <sup>2</sup> <!-- yorum --> `<u>` devam.\n", [], None),
    ("CL320", "<div>\n\nMetin\n\n</div>\n", [], None),  # raw HTML blocks: only the allowed list applies
    # html-tag-not-allowed: opening tags only; case does not matter
    ("CL321", '<span style="font-size: 11pt">Metin</span> <b>Önemli:</b> <U>u</U> <BR>\n', [(6, 1), (6, 44)],
     None),
    ("CL321", "<div>\nMetin\n</div>\n\n- madde\n\n  <p align=\"center\">\n  paragraf\n", [(6, 1), (12, 3)], None),
    ("CL321", "<!-- contentlint-disable-next-line CL304 -->\n[buraya](https://x.org)\n", [], None),
    # link-underline, default policy "consistent": the links that differ from the file's majority
    ("CL322", f"Bir [<u>a</u>]({A}) iki [<u>b</u>]({B}) üç [c]({C}).\n", [(6, 69)],
     f"Bir [<u>a</u>]({A}) iki [<u>b</u>]({B}) üç [<u>c</u>]({C}).\n"),
    ("CL322", f"Bir [<u>a</u>]({A}) iki [b]({B}) üç [c]({C}).\n", [(6, 6)],
     f"Bir [a]({A}) iki [b]({B}) üç [c]({C}).\n"),
    ("CL322", f"Bir [<u>a</u>]({A}) iki [b]({B}).\n", [(6, 38)],  # a tie: underlined, as the house does
     f"Bir [<u>a</u>]({A}) iki [<u>b</u>]({B}).\n"),
    ("CL322", f"Bir [<u>a</u>]({A}) ve <u>[b]({B})</u>.\n\n[c]({C}) değil, [<u>d</u>]({D}).\n", [(8, 2)],
     f"Bir [<u>a</u>]({A}) ve <u>[b]({B})</u>.\n\n[<u>c</u>]({C}) değil, [<u>d</u>]({D}).\n"),
    ("CL322", f"Bir [a]({A}) iki [b]({B}) ve [<u>Gönüllü</u> Yönetimi]({C}).\n", [(6, 55)], None),  # partly
    ("CL322", f"Hepsi düz: [a]({A}) ve [b]({B}).\n", [], None),
    # emphasis around the whole underlined text is not extra text: fully underlined
    ("CL322", f"[**<u>Bilgi Merkezi</u>**]({A}), [*<u>Rehber</u>*]({B}) ve [<u>Kılavuz</u>]({C}).\n", [], None),
    # but emphasis around a part, with text outside the underline, is still partial
    ("CL322", f"[<u>a</u>]({A}) ve [**<u>Gönüllü</u>** Yönetimi]({C}).\n", [(6, 33)], None),
    # underline-outside-link
    ("CL323", f"Başvurular <u>15 Mart</u> tarihinde; <u>[c]({C})</u> ve [<u>d</u>]({D}).\n", [(6, 12)], None),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), CASES)
def test_finding_and_fix(lint_source: Lint, fixer: Fixer, rule: str, body: str,
                         where: list[tuple[int, int]], fixed: str | None) -> None:
    assert_case(lint_source, fixer, rule, body, where, fixed)


@pytest.mark.parametrize(("policy", "body", "where", "fixed"), [
    ("require", f"Bir [a]({A}) ve [<u>b</u>]({B}).\n", [(6, 6)], f"Bir [<u>a</u>]({A}) ve [<u>b</u>]({B}).\n"),
    ("forbid", f"Bir [<u>a</u>]({A}) ve <u>[b]({B})</u> ve [c]({C}).\n", [(6, 6), (6, 40)],
     f"Bir [a]({A}) ve [b]({B}) ve [c]({C}).\n"),
    ("allow", f"Bir [<u>a</u>]({A}) ve [b]({B}) ve [<u>c</u> d]({C}).\n", [], None),
])
def test_underline_policy_is_a_setting(lint_source: Lint, fixer: Fixer, policy: str, body: str,
                                       where: list[tuple[int, int]], fixed: str | None) -> None:
    config = {"format": {"underline_in_links": policy}}
    assert_case(lint_source, fixer, "CL322", body, where, fixed, config)


def test_allowed_tags_are_a_setting(lint_source: Lint) -> None:
    config: dict[str, Any] = {"format": {"allowed_html": ["SPAN", "u"]}}
    found = lint_source(HEADER + "<span>Metin</span> <b>b</b> <sup>2</sup>\n", rule="CL321", config=config)
    assert positions(found) == [(6, 20), (6, 29)]
    assert "<SPAN>, <u>" in found[0].message.render("tr")


def test_unknown_underline_policy_is_a_configuration_error(lint_source: Lint) -> None:
    from contentlint.config import ConfigError, parse_config

    with pytest.raises(ConfigError):
        parse_config({"format": {"underline_in_links": "sometimes"}}, "test")
