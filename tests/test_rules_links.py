"""Links as written (CL301–CL308): findings, positions and fixes.

Each case is linted for one rule; where a fix is offered, the real fixer applies it, the result
must be exactly the text expected, and linting it again must find nothing for that rule.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from contentlint.context import Context
from contentlint.diagnostics import Diagnostic
from contentlint.engine import build_selection
from contentlint.fix import FileFix, fix_bytes
from tests.conftest import HEADER, make_project, positions

Lint = Callable[..., list[Diagnostic]]
Fixer = Callable[..., FileFix]
Case = tuple[str, str, list[tuple[int, int]], str | None]


@pytest.fixture
def fixer(tmp_path: Path) -> Fixer:
    """Fix one answer file with the real fixer, running only the rules ``select`` names."""
    counter = iter(range(1_000_000))

    def fix(source: str, select: list[str], config: dict[str, Any] | None = None) -> FileFix:
        root = tmp_path / "fixer" / str(next(counter))
        root.mkdir(parents=True)
        project = make_project(root, {}, {"select": select, **(config or {})})
        path = project.root / "content" / "answers" / "a.md"
        return fix_bytes(path, "content/answers/a.md", source.encode("utf-8"), Context(project),
                         build_selection(project))
    return fix


def assert_case(lint_source: Lint, fixer: Fixer, rule: str, body: str, where: list[tuple[int, int]],
                fixed: str | None, config: dict[str, Any] | None = None) -> list[Diagnostic]:
    """The rule finds ``where``; its fix (if ``fixed`` is not None) gives ``fixed`` and is final."""
    found = lint_source(HEADER + body, rule=rule, config=config)
    assert positions(found) == where
    assert all(d.category == "format" and d.message.en and d.message.tr for d in found)
    if not where:
        return found
    assert [d.fix is not None for d in found] == [fixed is not None] * len(found)
    if fixed is not None:
        outcome = fixer(HEADER + body, [rule], config)
        assert outcome.fixed == HEADER + fixed
        assert lint_source(outcome.fixed, rule=rule, config=config) == []
    return found


URL = "https://www.stgm.org.tr/node/20247"

CASES: list[Case] = [
    # link-empty: no text (tags alone are no text), no address, or only '#'
    ("CL301", f"Bakın: [](https://x.org) ve [<u></u>]({URL}).\n", [(6, 8), (6, 29)], None),
    ("CL301", "Bakın: [Gönüllü Yönetimi]() ve [Rehber](#).\n", [(6, 8), (6, 32)], None),
    ("CL301", f"Bakın: [![logo](logo.png)]({URL}) ve [`kod`]({URL}).\n", [], None),
    # link-markup-broken: text that only looks like a link
    ("CL302", "STGM [Bilgi Merkezi] (https://www.stgm.org.tr/bilgi) sayfası.\n", [(6, 6)],
     "STGM [Bilgi Merkezi](https://www.stgm.org.tr/bilgi) sayfası.\n"),
    ("CL302", "STGM (Bilgi Merkezi)[https://www.stgm.org.tr/bilgi] sayfası.\n", [(6, 6)],
     "STGM [Bilgi Merkezi](https://www.stgm.org.tr/bilgi) sayfası.\n"),
    ("CL302", f"STGM [[Bilgi Merkezi]({URL}) sayfası.\n", [(6, 6)], f"STGM [Bilgi Merkezi]({URL}) sayfası.\n"),
    ("CL302", f"STGM [Bilgi Merkezi]({URL})] sayfası.\n", [(6, 57)], f"STGM [Bilgi Merkezi]({URL}) sayfası.\n"),
    ("CL302", "STGM [Bilgi Merkezi](https://www.stgm.org.tr/bilgi sayfası.\n", [(6, 6)], None),
    ("CL302", "STGM Bilgi Merkezi](https://www.stgm.org.tr/bilgi) sayfası.\n", [(6, 19)], None),
    ("CL302", "Satır\n[Bilgi\nMerkezi] (https://x.org/a) sayfası.\n", [(7, 1)],
     "Satır\n[Bilgi\nMerkezi](https://x.org/a) sayfası.\n"),
    ("CL302", "- [Bilgi Merkezi]\n  (https://x.org/a) sayfası.\n", [(6, 3)], None),  # a line break: no fix
    # not links, and not broken: balanced brackets, code, a bracketed aside holding a link
    ("CL302", f"Kaynak [1] ve `[a] (https://x.org)` ve [bkz. [Rehber]({URL})].\n", [], None),
    ("CL302", "```\n[a] (https://x.org)\n```\n", [], None),
    ("CL302", "\\[a\\] (https://x.org) kaçışlı.\n", [], None),
    # url-bare
    ("CL303", "Bakın: https://www.stgm.org.tr/bilgi-merkezi.\n", [(6, 8)], None),
    ("CL303", "Bakın: www.stgm.org.tr (Bilgi Merkezi) ve (https://x.org/a_(b)).\n", [(6, 8), (6, 44)], None),
    ("CL303", "Bakın: <https://x.org> ve [https://x.org](https://x.org) ve `https://x.org`.\n", [], None),
    # link-text-not-descriptive, with Turkish case folding
    ("CL304", "Rehber için [buraya tıklayın](https://x.org).\n", [(6, 14)], None),
    ("CL304", "Rehber için [BURAYA TIKLAYINIZ!](https://x.org) ya da [Link](https://x.org).\n",
     [(6, 14), (6, 56)], None),
    ("CL304", "[İncele](https://x.org) ve [Click here](https://x.org).\n", [(6, 2), (6, 29)], None),
    ("CL304", "[Bağlantı Kurma Rehberi](https://x.org) ve [Tiklayin](https://x.org).\n", [], None),
    # link-text-sentence
    ("CL305", "Kaynaklar: [başlığı altında bulunan kaynakları inceleyebilirsiniz.](https://x.org)\n",
     [(6, 13)], None),
    ("CL305", "[Neden gönüllü olmalı?](https://x.org) ve [Ne yapmalı!](https://x.org)\n", [(6, 2), (6, 44)], None),
    ("CL305", "[bir iki üç dört beş altı yedi sekiz dokuz on on bir on iki on üç](https://x.org)\n",
     [(6, 2)], None),
    ("CL305", "[ABC Ltd. Şti.](https://x.org), [Örnek A.Ş.](https://x.org), [Kitaplar vb.](https://x.org)\n",
     [], None),
    # names, not sentences: quoted titles ending with ? or !, titles in title case, a long official
    # title in quotes, and the abbreviations of TDK's list at the end
    ("CL305", "“[<u>Hibe Başvurusu Nasıl Yapılır?</u>](https://www.stgm.org.tr/hibe)” başlıklı yazıyı ve "
              "“[<u>Neden gönüllülük?</u>](https://www.stgm.org.tr/gonulluluk)”nu okuyun.\n", [], None),
    ("CL305", "STGM’nin [<u>Neden Gönüllülük?</u>](https://x.org) ve [**Haydi Harekete Geç!**](https://x.org) "
              "yayınları.\n", [], None),
    ("CL305", "“[<u>Dernekler Yönetmeliği ile Dernekler Kanununun Uygulanmasına İlişkin Usul ve Esaslar "
              "Hakkında Genelgede Değişiklik Yapılmasına Dair Genelge</u>](https://x.org)” yayımlandı.\n",
     [], None),
    ("CL305", "[Sivil Toplum Rehberi, C. 2, s.](https://x.org), [Yönetmelikler vd.](https://x.org), "
              "[Dernek örn.](https://x.org), [Türkçe çev.](https://x.org), [bkz.](https://x.org)\n", [], None),
    # still sentences: unquoted, not a title; a quote on one side only
    ("CL305", "[Başvuru nasıl yapılır?](https://x.org) ve “[Başvuru nasıl yapılır?](https://x.org) diye\n",
     [(6, 2), (6, 46)], None),
    # url-unencoded: fixed only when the rendered address stays the same
    ("CL306", "[Rehber](<https://x.org/gönüllü rehberi.pdf>)\n", [(6, 11)],
     "[Rehber](<https://x.org/g%C3%B6n%C3%BCll%C3%BC%20rehberi.pdf>)\n"),
    ("CL306", "[Rehber](https://x.org/a|b{c}?q=%zz)\n", [(6, 10)], "[Rehber](https://x.org/a%7Cb%7Bc%7D?q=%25zz)\n"),
    ("CL306", "[Rehber](https://x.org/gönüllü rehberi.pdf)\n", [(6, 1)], None),  # not a link at all
    ("CL306", "[Rehber](https://x.org/a\\_b&amp;ü)\n", [(6, 10)], None),  # escapes: a person decides
    ("CL306", "[Vikipedi](https://tr.wikipedia.org/wiki/G%C3%B6n%C3%BCll%C3%BC) [IDN](https://gönüllü.org/)\n",
     [], None),
    # url-http: only hosts known to serve https
    ("CL307", "[Rehber](http://www.stgm.org.tr/node/1) ve <HTTP://youtu.be/I_FEZm8FcKU>\n", [(6, 10), (6, 45)],
     "[Rehber](https://www.stgm.org.tr/node/1) ve <https://youtu.be/I_FEZm8FcKU>\n"),
    ("CL307", "[Eski site](http://example.org/) ve [Rehber](https://www.stgm.org.tr/node/1)\n", [], None),
    # youtube-url-malformed
    ("CL308", "[Video](https://www.youtube.com/watch?v=I_FEZm8FcK) ve [Kısa](https://youtu.be/I_FEZm8FcKUx)\n",
     [(6, 9), (6, 63)], None),
    ("CL308", "[Video](https://www.youtube.com/watch?v=I_FEZm8FcKV)\n", [(6, 9)], None),  # impossible last letter
    ("CL308", "[Liste](https://www.youtube.com/playlist?list=PLNNUSz3jzVL64sskDhRNad) ve "
              "[Dizin](https://www.youtube.com/watch?v=I_FEZm8FcKU&index=dört) ve [Boş](https://www.youtube.com/watch)\n",
     [(6, 9), (6, 83), (6, 148)], None),
    ("CL308", "[Video](https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4)"
              " [Gömülü](https://www.youtube-nocookie.com/embed/I_FEZm8FcKU?start=30)"
              " [Kısa](https://youtu.be/I_FEZm8FcKU?t=1m30s) [Liste](https://www.youtube.com/playlist?list=UUabc)"
              " [Başka](https://vimeo.com/watch?v=1)\n", [], None),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), CASES)
def test_finding_and_fix(lint_source: Lint, fixer: Fixer, rule: str, body: str,
                         where: list[tuple[int, int]], fixed: str | None) -> None:
    assert_case(lint_source, fixer, rule, body, where, fixed)


def test_finding_spans_the_link_text_or_the_address(lint_source: Lint) -> None:
    body = "Bakın [buraya](https://x.org) ve [Video](https://youtu.be/abc).\n"
    vague = lint_source(HEADER + body, rule="CL304")[0]
    youtube = lint_source(HEADER + body, rule="CL308")[0]
    assert (vague.line, vague.column, vague.end_line, vague.end_column) == (6, 8, 6, 14)
    assert (youtube.column, youtube.end_column) == (42, 62)
    assert youtube.url == "https://youtu.be/abc"


def test_link_in_a_list_item_and_a_quote_is_placed_in_its_line(lint_source: Lint) -> None:
    body = "- madde\n  devamı [buraya](https://x.org)\n\n> alıntı\n> [link](https://x.org)\n"
    assert positions(lint_source(HEADER + body, rule="CL304")) == [(7, 11), (10, 4)]


def test_reference_links_are_checked_at_their_text(lint_source: Lint) -> None:
    body = "[buraya][rehber] ve [rehber].\n\n[rehber]: http://www.stgm.org.tr/node/1\n"
    assert positions(lint_source(HEADER + body, rule="CL304")) == [(6, 2)]
    http = lint_source(HEADER + body, rule="CL307")
    assert positions(http) == [(6, 2), (6, 22)]
    assert all(d.fix is None for d in http)  # the address is written elsewhere


@pytest.mark.parametrize(("config", "where"), [
    ({"non_descriptive_link_texts": ["ŞURAYA BAKIN"]}, [(6, 2)]),
    ({"non_descriptive_link_texts": []}, []),
])
def test_non_descriptive_texts_are_configurable(lint_source: Lint, config: dict[str, Any],
                                                where: list[tuple[int, int]]) -> None:
    body = "[şuraya bakın](https://x.org) ve [buraya tıklayın](https://x.org)\n"
    assert positions(lint_source(HEADER + body, rule="CL304", config={"format": config})) == where


def test_sentence_length_and_https_hosts_are_configurable(lint_source: Lint) -> None:
    config = {"format": {"max_link_text_words": 2, "https_hosts": ["example.org"]}}
    body = "[Gönüllü Yönetimi Rehberi](http://example.org/a) ve [Rehber](http://www.stgm.org.tr/)\n"
    assert positions(lint_source(HEADER + body, rule="CL305", config=config)) == [(6, 2)]
    assert positions(lint_source(HEADER + body, rule="CL307", config=config)) == [(6, 28)]


def test_sentence_message_quotes_the_link_text_cut_at_a_word(lint_source: Lint) -> None:
    body = ("[Derneklerin gönüllü yönetimi hakkında hazırlanan kaynakları başlığı altında "
            "inceleyebilirsiniz.](https://x.org)\n")
    [found] = lint_source(HEADER + body, rule="CL305")
    assert found.message.render("tr").startswith(
        "'Derneklerin gönüllü yönetimi hakkında hazırlanan kaynakları…' bağlantı metni bütün bir cümle")
    assert "'Derneklerin gönüllü yönetimi hakkında hazırlanan kaynakları…'" in found.message.render("en")


def test_bare_address_message_suggests_a_working_link(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + "Web: www.stgm.org.tr.\n", rule="CL303")
    assert found.message.render("tr").endswith("[STGM Bilgi Merkezi](https://www.stgm.org.tr)")
    assert found.url == "www.stgm.org.tr"


def test_messages_are_turkish_for_editors(lint_source: Lint) -> None:
    found = lint_source(HEADER + "[Video](https://youtu.be/abc)\n", rule="CL308")
    assert "YouTube video kimliği" in found[0].message.render("tr")
    assert "'abc'" in found[0].message.render("tr")
