"""Quotes and punctuation in the prose (CL330–CL335): findings, positions and fixes."""

from __future__ import annotations

import pytest

from contentlint.rules.punctuation import pair_quotes
from tests.conftest import HEADER
from tests.test_rules_links import Case, Fixer, Lint, assert_case, fixer

__all__ = ["fixer"]  # the fixture, for pytest

CASES: list[Case] = [
    # quote-unbalanced: per paragraph; apostrophes are not quotes
    ("CL330", "“Gönüllü Yönetimi başlığı.\n\nKapanış” tek.\n", [(6, 1), (8, 8)], None),
    ("CL330", "Bir ‘açık ve «kapalı» ve “iki\nsatırda” alıntı.\n", [(6, 5)], None),
    ("CL330", "Derneği’nin “Rehber” kitabı, İstanbul'da, '90'lı yıllar, \"501 Commons\"ın sayfası, 5\" ekran, "
              "STGM’nin ‘tek’ ve `“kod` ve [“bağlantı”](https://x.org).\n", [], None),
    # quote-mixed: the closing mark is made to match the opening one
    ("CL331", "hazırlanan “[<u>Çalışanlar</u>](https://x.org)\" eğitim videosu\n", [(6, 47)],
     "hazırlanan “[<u>Çalışanlar</u>](https://x.org)” eğitim videosu\n"),
    ("CL331", "Bir \"düz” ve ‘tek' ve «açı\" metin.\n", [(6, 9), (6, 18), (6, 27)],
     "Bir \"düz\" ve ‘tek’ ve «açı» metin.\n"),
    ("CL331", "Bir ”ters” metin.\n", [(6, 5)], "Bir “ters” metin.\n"),  # opened with a closing mark
    # both marks the wrong way round (this made CL330 fail with an internal error)
    ("CL331", "Bir ”ters“ ve ’tek‘ ve »açı« metin.\n", [(6, 5), (6, 15), (6, 24)],
     "Bir “ters” ve ‘tek’ ve «açı» metin.\n"),
    # quote-style-mixed: the file's most used style wins, a tie goes to “…”
    ("CL335", "Bir \"a\" ve “b” ve “c”.\n\nİki \"d\"ın.\n", [(6, 5), (8, 5)], "Bir “a” ve “b” ve “c”.\n\nİki “d”ın.\n"),
    ("CL335", "Bir \"a\" ve \"b\" ve «c».\n", [(6, 19)], "Bir \"a\" ve \"b\" ve \"c\".\n"),
    ("CL335", "Bir \"a\" ve “b”.\n", [(6, 5)], "Bir “a” ve “b”.\n"),
    ("CL335", "Hepsi “a” ve “b” ve ‘c’ ve 'd' ve “e\" (karışık: CL331).\n", [], None),
    # punctuation-space-before
    ("CL332", "Gücüdür . Ve , sonra ; şöyle : ne ! ne ? bekle …\n", [(6, 8), (6, 13), (6, 21), (6, 29), (6, 34),
                                                                 (6, 39), (6, 47)],
     "Gücüdür. Ve, sonra; şöyle: ne! ne? bekle…\n"),
    ("CL332", "Bakın [<u>Rehber</u>](https://x.org) . Son `kod` .\n", [(6, 37), (6, 49)],
     "Bakın [<u>Rehber</u>](https://x.org). Son `kod`.\n"),
    ("CL332", "Dosya .pdf biçiminde :D ve :) olur; https://x.org/a .\n", [(6, 52)],
     "Dosya .pdf biçiminde :D ve :) olur; https://x.org/a.\n"),
    # punctuation-space-after-missing
    ("CL333", "Gönüllüler,çalışanlar;yöneticiler katılabilir.Başvurular açık.Not:Bu\n",
     [(6, 11), (6, 22), (6, 46), (6, 62), (6, 66)],
     "Gönüllüler, çalışanlar; yöneticiler katılabilir. Başvurular açık. Not: Bu\n"),
    ("CL333", "Bakın.[Sonraki](https://x.org) Prof.Dr. Ali\n", [(6, 6), (6, 36)],
     "Bakın. [Sonraki](https://x.org) Prof. Dr. Ali\n"),
    ("CL333", "3,5 saat, 10:30, T.C. ve Rehber.pdf, stgm.org.tr, https://x.org/a,B.C, ad@x.org.Tr, `a,b`\n",
     [], None),
    # punctuation-repeated: only the mechanical ones are fixed
    ("CL334", "Gönüllüler,, çalışanlar;; şunlar:: bekle.... son\n", [(6, 11), (6, 24), (6, 33), (6, 41)],
     "Gönüllüler, çalışanlar; şunlar: bekle... son\n"),
    ("CL334", "Bekle.. olur!! olur?? olur?! olur... https://x.org/a..b `a..b`\n", [(6, 6), (6, 13), (6, 20)],
     None),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), CASES)
def test_finding_and_fix(lint_source: Lint, fixer: Fixer, rule: str, body: str,
                         where: list[tuple[int, int]], fixed: str | None) -> None:
    assert_case(lint_source, fixer, rule, body, where, fixed)


def test_reversed_quotes_are_told_in_both_languages(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + "Bir ”ters“ metin.\n", rule="CL331")
    assert (found.line, found.column, found.end_line, found.end_column) == (6, 5, 6, 11)
    assert found.message.render("en") == "The quotation's marks are the wrong way round (”…“); write “…”"
    assert found.message.render("tr") == "Alıntının tırnakları ters yazılmış (”…“); “…” biçiminde yazın"


def test_mixed_quote_message_points_at_the_opening_mark(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + "Satır\nhazırlanan “Video\" izleyin.\n", rule="CL331")
    assert (found.line, found.column) == (7, 18)
    assert found.message.render("tr") == (
        "7. satır 12. sütunda “ ile açılan alıntı \" ile kapatılmış; ” ile kapatın: “…”"
    )


@pytest.mark.parametrize(("text", "problems"), [
    ("“a” ‘b’ «c» \"d\" 'e'", []),
    ("“a\"", [("mixed", 2)]),
    ("Derneği’nin İstanbul'da", []),
    ("‘Sivil Toplum Rehberi’ne göre", []),  # the closing quote is also the suffix's apostrophe
    ("‘Derneği’nin kitabı’ ve", []),
    ("\"501 Commons\"ın", []),
    ("“a ‘b” c", [("unclosed", 3)]),  # the inner quote is left open when the outer one closes
    ("a” b", [("unopened", 1)]),
    ("' a ’ b '", []),  # lone marks between spaces, and apostrophes, are never quotes left open
])
def test_quote_pairing(text: str, problems: list[tuple[str, int]]) -> None:
    assert [(p.kind, p.index) for p in pair_quotes(text).problems] == problems
