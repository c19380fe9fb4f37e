"""Headings and outline (CL370–CL374): findings and positions; none of them is fixed automatically."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from contentlint.diagnostics import Diagnostic
from contentlint.rules import RULES
from tests.conftest import HEADER, positions

Lint = Callable[..., list[Diagnostic]]


@pytest.mark.parametrize(("rule", "body", "where"), [
    # heading-increment
    ("CL370", "## Kaynaklar\n\n#### STGM yayınları\n", [(8, 1)]),
    ("CL370", "# A\n\n### B\n\n## C\n\n#### D\n", [(8, 1), (12, 1)]),
    ("CL370", "> ## Alıntı\n>\n> #### Alt\n", [(8, 3)]),
    ("CL370", "Bölüm\n=====\n\n### Alt\n", [(9, 1)]),
    # multiple-h1: every H1 after the first, pointing at the first
    ("CL371", "# Bir\n\n# İki\n\n# Üç\n", [(8, 1), (10, 1)]),
    ("CL371", "# Bir\n\nİki\n===\n", [(8, 1)]),
    # h1-repeats-title: compared with Turkish case folding, ignoring a final full stop
    ("CL372", "# Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok\n", [(6, 1)]),
    ("CL372", "# GÖNÜLLÜLERLE İŞ BİRLİĞİ YAPMAYI İSTİYORUZ AMA BU KONUDA BİR YAKLAŞIMIMIZ YOK.\n", [(6, 1)]),
    # empty-heading
    ("CL373", "#\n", [(6, 1)]),
    ("CL373", "##   \n", [(6, 1)]),
    ("CL373", "## <u></u>\n", [(6, 1)]),
    ("CL373", "### \u200b\n", [(6, 1)]),
    # emphasis-as-heading
    ("CL374", "**Faydalı kaynaklar**\n\nMetin.\n", [(6, 1)]),
    ("CL374", "Metin.\n\n*Ek bilgiler*\n", [(8, 1)]),
    ("CL374", "__Başvuru__\n", [(6, 1)]),
    # a bold "label: text" line whose label is not a note's may be a heading
    ("CL374", "**Adım 1: Başvuru formunu doldurun**\n", [(6, 1)]),
])
def test_finding(lint_source: Lint, rule: str, body: str, where: list[tuple[int, int]]) -> None:
    found = lint_source(HEADER + body, rule=rule)
    assert positions(found) == where
    assert all(d.fix is None and d.category == "format" for d in found)


@pytest.mark.parametrize(("rule", "body"), [
    ("CL370", "## A\n\n### B\n\n#### C\n\n## D\n"),
    ("CL370", "### İlk başlık herhangi bir düzeyde olabilir\n"),
    ("CL371", "# Tek\n\n## Alt\n"),
    ("CL371", "Metin, # işareti başlık değil.\n\n```\n# kod içinde yorum\n# bir daha\n```\n"),
    ("CL372", "# Gönüllü yönetimi\n"),
    ("CL373", "## Kaynaklar\n"),
    ("CL374", "**Önemli!**\n"),
    ("CL374", "**Not:** başvurular 1 Ekim'de kapanır.\n"),
    ("CL374", "**Kalın** ve **yine kalın**\n"),
    ("CL374", "- **Liste içinde**\n"),
    ("CL374", "> **Alıntı içinde**\n"),
    ("CL374", "**İki satırlık\nkalın yazı**\n"),
    # italic source, note and update lines are notes, not headings
    ("CL374", "Metin.\n\n*Kaynak: Sivil Toplum Geliştirme Merkezi, 2023*\n"),
    ("CL374", "*Not: Başvurular 15 Nisan 2024 tarihinde sona erer*\n"),
    ("CL374", "*Son güncelleme: 3 Nisan 2024*\n"),
    ("CL374", "_Çeviri: Ayşe Yılmaz_\n"),
    ("CL374", "**Kaynak: STGM Gönüllü Yönetimi Rehberi, s. 14**\n"),
])
def test_no_finding(lint_source: Lint, rule: str, body: str) -> None:
    assert lint_source(HEADER + body, rule=rule) == []


def test_h1_title_comparison_uses_turkish_case_rules(lint_source: Lint) -> None:
    header = HEADER.replace(
        "Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok.", "İstanbul ofisi")
    assert positions(lint_source(header + "# İSTANBUL OFİSİ\n", rule="CL372")) == [(6, 1)]
    # Python's lower() would make "ISTANBUL OFISI" equal to "istanbul ofisi"; in Turkish it is "ıstanbul ofısı"
    assert lint_source(header + "# ISTANBUL OFISI\n", rule="CL372") == []


def test_messages_name_levels_and_lines(lint_source: Lint) -> None:
    [jump] = lint_source(HEADER + "## A\n\n#### B\n", rule="CL370")
    assert jump.message.render("tr") == "Başlık düzeyi H2 düzeyinden H4 düzeyine atlıyor; H3 kullanın"
    [second] = lint_source(HEADER + "# A\n\n# B\n", rule="CL371")
    assert "6" in second.message.render("en")


def test_rules_are_documented_with_examples() -> None:
    for rule_id in ("CL370", "CL371", "CL372", "CL373", "CL374"):
        assert "Bad:" in RULES[rule_id].doc and "Good:" in RULES[rule_id].doc
        assert not RULES[rule_id].fixable


def test_a_long_line_is_quoted_cut_at_a_word(lint_source: Lint) -> None:
    body = "**Derneklerin gönüllülerle birlikte yürüttüğü çalışmaların sürdürülebilirliği için öneriler**\n"
    [found] = lint_source(HEADER + body, rule="CL374")
    assert found.message.render("tr").endswith(
        "('## Derneklerin gönüllülerle birlikte yürüttüğü çalışmaların…')")
