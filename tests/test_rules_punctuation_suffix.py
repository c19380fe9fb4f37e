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
    # after a closing quote, a closing tag, closing emphasis: the space goes
    ("CL340", "\"501 Commons\" ın, <u>Öğrenim Platformu</u> na, **Sivil Toplum Kuruluşları** na.\n",
     [(6, 14), (6, 43), (6, 76)],
     "\"501 Commons\"ın, <u>Öğrenim Platformu</u>na, **Sivil Toplum Kuruluşları**na.\n"),
    # one capitalised word after markup: a proper name (Ankara’nın) or not (Rehbere)? reported only
    ("CL340", "ve <u>Kurum</u> una ve **Ankara** nın.\n", [(6, 16), (6, 34)], None),
    # after an abbreviation: the apostrophe, and the suffix as the letters are read
    ("CL340", "[<u>STGM</u>](https://x.org) nin, **KVKK** nın, <u>TBMM</u> den ve [AB](https://x.org) yi.\n",
     [(6, 29), (6, 43), (6, 60), (6, 87)],
     "[<u>STGM</u>](https://x.org)’nin, **KVKK**’nın, <u>TBMM</u>’den ve [AB](https://x.org)’yi.\n"),
    ("CL340", "[<u>STGM</u>](https://x.org) nın ve [TÜBİTAK](https://x.org) ın kararı.\n",
     [(6, 29), (6, 61)], "[<u>STGM</u>](https://x.org)’nin ve [TÜBİTAK](https://x.org)’ın kararı.\n"),
    # the file's own apostrophe, straight here; after a closing quote none is added (TDK: “O Belde”si)
    ("CL340", "Dernek'in [STK](https://x.org) lar ve “KVKK” nin.\n", [(6, 31), (6, 45)],
     "Dernek'in [STK](https://x.org)'lar ve “KVKK”nin.\n"),
    # the same mistakes in plain text: a space before the apostrophe, after it, after an abbreviation
    ("CL340", "STGM ’nin, Ankara ’da, Türkiye’ de, 2024 ’te ve KVKK ’nın.\n",
     [(6, 5), (6, 18), (6, 32), (6, 41), (6, 53)],
     "STGM’nin, Ankara’da, Türkiye’de, 2024’te ve KVKK’nın.\n"),
    ("CL340", "STGM nin çalışmaları, STK lar ve TBMM den gelen karar, AB yi anlatan.\n",
     [(6, 5), (6, 26), (6, 38), (6, 58)],
     "STGM’nin çalışmaları, STK’lar ve TBMM’den gelen karar, AB’yi anlatan.\n"),
    ("CL340", "STGM ’nın raporu\n", [(6, 5)], "STGM’nin raporu\n"),
    # across a line break: reported, not fixed (the next line's indentation is in between)
    ("CL340", "- [Platformu](https://x.org)\n  na kayıt olun.\n", [(6, 29)], None),
    # words, not suffixes: tur (tour), dur, sun, ün, ta (ta ki), la, and da/de after an abbreviation
    ("CL340", "“[<u>Mahalle Hafızası</u>](https://x.org)” tur rotası, [Rehber](https://x.org) dur, "
              "“Gönüllüler” sun, **STGM** ün kazandı, “[Son](https://x.org)” ta ki, [Nota](https://x.org) la "
              "ve TBMM de, AB ye değil, STK da.\n", [], None),
    # quotation marks, not apostrophes: ‘da’ and 'de' quoted, a single-quoted word before "de"
    ("CL340", "‘da’ bağlacı ile 'de' eki; ‘Türkiye’ de denir; 'Ankara' da güzel.\n", [], None),
    ("CL340", "Gönüllüler 'ne yapmalı' diye sordu, biz de ’ne zaman’ diye.\n", [], None),
    # an apostrophe inside a word earlier on the line is no quotation mark
    ("CL340", "STGM'nin 'Rehber' de dediği gibi; ‘STGM’nin Rehberi’ de öyle der.\n", [], None),
    # an abbreviation and a piece that is not its suffix, all-caps text, Roman numerals
    ("CL340", "ABD a bakın, ÖNEMLİ UYARI ve XX yy. ile II ye değil, NATO ya.\n", [], None),
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
        "'na' eki sözcüğünden boşlukla ayrılmış; ekler sözcüğe bitişik yazılır: 'Platformuna' "
        "(özel addan sonra kesme işaretiyle: İstanbul'da)"
    )
    assert (found.end_line, found.end_column) == (6, 80)  # the space and the suffix


def test_message_after_an_abbreviation_gives_the_form_as_read(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + "Kararı KVKK ’nün kurulu verdi.\n", rule="CL340")
    assert found.message.render("tr") == (
        "'’nün' eki kısaltmadan boşlukla ayrılmış; kısaltmaya gelen ek kesme işaretiyle ayrılır ve "
        "kısaltmanın okunuşuna uyar: 'KVKK’nin'"
    )
