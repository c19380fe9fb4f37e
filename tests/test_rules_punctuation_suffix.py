"""Turkish suffixes cut off by a space after a link, a closing tag or a closing quote (CL340)."""

from __future__ import annotations

import pytest

from tests.conftest import HEADER
from tests.test_rules_links import Case, Fixer, Lint, assert_case, fixer

__all__ = ["fixer"]  # the fixture, for pytest

U = "https://www.stgm.org.tr/stok-ogrenme-platformu"

CASES: list[Case] = [
    # the real file's defect: the fix joins the suffix to the link, which renders "Platformuna"
    ("CL340", f"STGM [<u>STOK Platformu</u>]({U}) na kayıt olun.\n", [(6, 77)],
     f"STGM [<u>STOK Platformu</u>]({U})na kayıt olun.\n"),
    # with an apostrophe nothing is ambiguous, da/de included
    ("CL340", "[STGM](https://x.org) 'nin ve [İstanbul](https://x.org) ’da ve [Ankara](https://x.org) 'da.\n",
     [(6, 22), (6, 56), (6, 87)],
     "[STGM](https://x.org)'nin ve [İstanbul](https://x.org)’da ve [Ankara](https://x.org)'da.\n"),
    # after a closing quote, a closing tag, closing emphasis
    ("CL340", "\"501 Commons\" ın, <u>Kurum</u> una, **Kalın** ın.\n", [(6, 14), (6, 31), (6, 46)],
     "\"501 Commons\"ın, <u>Kurum</u>una, **Kalın**ın.\n"),
    # across a line break: reported, not fixed (the next line's indentation is in between)
    ("CL340", "- [Platformu](https://x.org)\n  na kayıt olun.\n", [(6, 29)], None),
    # words, not suffixes: the conjunction da/de, ya da, ne, and words that only start like one
    ("CL340", "[Rehber](https://x.org) de var, [Video](https://x.org) ya da [Kitap](https://x.org) ne zaman; "
              "[Büyüyen Örgütler](https://x.org) Derslerine; [a](https://x.org) e-posta; `kod` un; "
              "[a](https://x.org) [e](https://x.org) ve \"501 Commons\"ın sayfası.\n", [], None),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), CASES)
def test_finding_and_fix(lint_source: Lint, fixer: Fixer, rule: str, body: str,
                         where: list[tuple[int, int]], fixed: str | None) -> None:
    assert_case(lint_source, fixer, rule, body, where, fixed)


def test_message_shows_the_joined_word(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + f"STGM [<u>STOK Platformu</u>]({U}) na kayıt olun.\n", rule="CL340")
    assert found.message.render("tr") == (
        "'na' eki kelimesinden boşlukla ayrılmış; ekler kelimeye bitişik yazılır: 'Platformuna' "
        "(özel addan sonra kesme işaretiyle: İstanbul'da)"
    )
    assert (found.end_line, found.end_column) == (6, 80)  # the space and the suffix
