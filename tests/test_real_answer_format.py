"""The real answer file, as editors wrote it, under the link, HTML, quote, punctuation and suffix
rules: each real defect at its exact place, nothing else, and nothing once it is corrected."""

from __future__ import annotations

from contentlint.rules import html, links_format, punctuation, suffixes
from tests.conftest import ORIGINAL_ANSWER
from tests.test_rules_links import Fixer, Lint, fixer

__all__ = ["fixer"]  # the fixture, for pytest

MINE = [rule.id for module in (links_format, html, punctuation, suffixes) for rule in module.RULES]
CONFIG = {"select": MINE}

SENTENCE_LINK = ("[başlığı altında bulunan kaynakları inceleyebilirsiniz.]"
                 "(https://www.stgm.org.tr/stok-ogrenim-platformunda)")
# What an editor writes after reading the report.
CORRECTIONS = [
    (f"” {SENTENCE_LINK}",
     "” başlığı altında bulunan [<u>kaynakları</u>](https://www.stgm.org.tr/stok-ogrenim-platformunda) "
     "inceleyebilirsiniz."),
    ("stok-ogrenme-platformu) na kayıt", "stok-ogrenme-platformu)na kayıt"),
    ("index=4)\" eğitim", "index=4)” eğitim"),
    ("kapsayan \"[<u>501 Commons</u>](https://www.501commons.org/resources/tools-and-best-practices/"
     "volunteer-management)\"ın",
     "kapsayan “[<u>501 Commons</u>](https://www.501commons.org/resources/tools-and-best-practices/"
     "volunteer-management)”ın"),
    ("hazırlanan \"[<u>Gönüllüler ile İşbirliği</u>](https://stk.bilgi.edu.tr/media/uploads/2015/01/31/"
     "GONULLU.pdf)\" kitabını",
     "hazırlanan “[<u>Gönüllüler ile İşbirliği</u>](https://stk.bilgi.edu.tr/media/uploads/2015/01/31/"
     "GONULLU.pdf)” kitabını"),
]


def corrected(text: str, corrections: list[tuple[str, str]] = CORRECTIONS) -> str:
    for bad, good in corrections:
        assert text.count(bad) == 1, bad
        text = text.replace(bad, good)
    return text


def test_each_real_defect_is_found_where_it_is(lint_source: Lint) -> None:
    found = lint_source(ORIGINAL_ANSWER.read_text("utf-8"), config=CONFIG, name="000_727566c4d5cc03bf.txt")
    assert {(d.line, d.column, d.rule) for d in found} == {
        (14, 164, "CL305"),  # a whole sentence as the link text
        (14, 164, "CL322"),  # the only link of the file whose text is not underlined
        (16, 102, "CL340"),  # "Platformu</u>](…) na": the suffix cut off by a space
        (18, 212, "CL331"),  # “[…](…)" : opened curly, closed straight
        (20, 79, "CL335"),  # "[…](…)"ın : straight quotes, where the file's others are curly
        (22, 103, "CL335"),  # "[…](…)" kitabını ve … “[…](…)” : both styles in one sentence
    }
    messages = {d.rule: d.message.render("tr") for d in found}
    assert "'Platformuna'" in messages["CL340"]
    assert messages["CL331"] == "18. satır 85. sütunda “ ile açılan alıntı \" ile kapatılmış; ” ile kapatın: “…”"


def test_the_corrected_answer_is_clean(lint_source: Lint) -> None:
    assert lint_source(corrected(ORIGINAL_ANSWER.read_text("utf-8")), config=CONFIG) == []


def test_fix_repairs_the_mechanical_defects_and_leaves_the_rewording(lint_source: Lint, fixer: Fixer) -> None:
    original = ORIGINAL_ANSWER.read_text("utf-8")
    outcome = fixer(original, MINE)
    # The suffix and the quotes are repaired and the sentence link underlined like the others;
    # shortening the link text is left to the editor, so that finding remains.
    underlined = SENTENCE_LINK.replace("[", "[<u>", 1).replace(".](", ".</u>](")
    assert outcome.fixed == corrected(original, [*CORRECTIONS[1:], (SENTENCE_LINK, underlined)])
    assert [(d.line, d.rule) for d in lint_source(outcome.fixed, config=CONFIG)] == [(14, "CL305")]
