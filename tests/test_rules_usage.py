"""Turkish usage (CL501–CL506): findings, positions, fixes, and silence on correct prose.

Each case is linted for one rule; where a fix is offered, the real fixer applies it, the result
must be exactly the text expected, and linting it again must find nothing for that rule.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from contentlint import cli
from tests.conftest import HEADER, ORIGINAL_ANSWER, REPO, positions
from tests.test_rules_links import Fixer, Lint, fixer

__all__ = ["fixer"]  # the fixture, for pytest

# (rule, body, where, fixed): fixed is the whole body after --fix, or None when nothing is fixed.
CASES: list[tuple[str, str, list[tuple[int, int]], str | None]] = [
    # word-form-nonstandard: endings kept, a capital kept at a sentence start
    ("CL501", "Gönüllülerle işbirliği yapmak için herşeyi planladık; yada bir kaç gün bekleyin.\n",
     [(6, 14), (6, 36), (6, 55), (6, 60)],
     "Gönüllülerle iş birliği yapmak için her şeyi planladık; ya da birkaç gün bekleyin.\n"),
    ("CL501", "İşbirliği protokolü imzalandı. Dernekler arası işbirliklerini ve işbirliğinde yaşanan "
              "sorunları pekçoğu hergün yaşıyor.\n",
     [(6, 1), (6, 48), (6, 66), (6, 97), (6, 105)],
     "İş birliği protokolü imzalandı. Dernekler arası iş birliklerini ve iş birliğinde yaşanan "
     "sorunları pek çoğu her gün yaşıyor.\n"),
    ("CL501", "Hiçbirşey yapmadık, herkez yanlız kaldı; şuanda orjinal belgeyi tesbit ettik ve farkettik ki "
              "şarzı bitmiş.\n",
     [(6, 1), (6, 21), (6, 28), (6, 42), (6, 49), (6, 65), (6, 81), (6, 94)],
     "Hiçbir şey yapmadık, herkes yalnız kaldı; şu anda orijinal belgeyi tespit ettik ve fark ettik ki "
     "şarjı bitmiş.\n"),
    ("CL501", "Toplantı çevrimiçi yapılacak; çevrimdışı kalanlara kayıt gönderilir.\n", [(6, 10), (6, 31)],
     "Toplantı çevrim içi yapılacak; çevrim dışı kalanlara kayıt gönderilir.\n"),
    # titles, names, capitals, ambiguous pairs, code and addresses stay silent
    ("CL501", "“Gönüllüler ile İşbirliği” kitabı, [İşbirliği Rehberi](https://x.org), Türk İşbirliği ve "
              "Koordinasyon Ajansı, İŞBİRLİĞİ, yada taşı, hiç bir kitap okudun mu, bir çok güzel kız, bir "
              "takım elbise, iş birliği, her şey, birçok, birkaç, hiçbir şey, yeraltı, `herşey` ve "
              "https://x.org/herşey adresi.\n", [], None),
    # ki-relative-apart
    ("CL502", "Ankara'da ki toplantıya ve derneğimizde ki eğitimlere katılabilirsiniz.\n", [(6, 1), (6, 28)],
     "Ankara'daki toplantıya ve derneğimizdeki eğitimlere katılabilirsiniz.\n"),
    ("CL502", "Öyle bir durumdayız ki hiçbir şey yapamıyoruz. Öyle bir anda ki herkes şaşırdı. O kadar "
              "kalabalık bir salonda ki kimse duymadı. Bu odada ki biz bile sığmadık. Sen de ki bu iş olmaz. "
              "Evdeki kitap. Bu durumda ki, elbette.\n", [], None),
    # word-repeated
    ("CL503", "Gönüllüler ile ile çalışanlar ve ve yöneticiler katılabilir.\n", [(6, 12), (6, 31)],
     "Gönüllüler ile çalışanlar ve yöneticiler katılabilir.\n"),
    ("CL503", "Gönüllüler ve\nve çalışanlar katılabilir.\n", [(6, 12)], None),  # across a line: reported
    ("CL503", "Yavaş yavaş, bir bir, ancak ancak, için için, sonra sonra, göre göre, çok çok, daha daha, ve, "
              "ve ilerledik.\n", [], None),
    # double-space
    ("CL504", "Gönüllüler  örgütün önemli   bir gücüdür.\n", [(6, 11), (6, 27)],
     "Gönüllüler örgütün önemli bir gücüdür.\n"),
    ("CL504", "Bitti.  Yeni cümle `a  b` ve satır  \nsonraki.\n\n| Ad | Soyad |\n|----|-------|\n"
              "| Ali  Veli | X |\n", [], None),
    # sentence-lowercase-start: reported, never fixed
    ("CL505", "Başvurular 15 Mart'ta açılıyor. formu doldurarak katılabilirsiniz. peki ya siz?\n",
     [(6, 33), (6, 68)], None),
    ("CL505", "gönüllüler örgütün gücüdür.\n", [(6, 1)], None),
    ("CL505", "Rehberi (bkz. ekteki liste) ve 2. bölümü, XX. yüzyıl, s. 12, vb. gibi, T.C. vatandaşları, "
              "Prof. Dr. Ayşe, A. Yılmaz. iPhone ile. e-Devlet üzerinden. stgm.org.tr adresine... ve sonra "
              "“Bitti.” dedi. “Neden Gönüllülük?” sorusu. Ne yapmalı? diye sorduk. Adres: www.stgm.org.tr. "
              "ad@stgm.org.tr yazın. question_id alanı zorunludur.\n", [], None),
    ("CL505", "- gönüllü yönetimi\n- insan kaynakları.\n\nŞunları inceleyin:\n\nrehberler ve videolar.\n\n"
              "[kaynaklar](https://x.org)\n", [], None),
    # apostrophe-common-noun: reported, never fixed automatically
    ("CL506", "Derneğin gönüllü'lerine ve kitap'ı okuyanlara teşekkür ederiz.\n", [(6, 10), (6, 28)], None),
    ("CL506", "İstanbul'da, STGM'nin, TBMM'de, 2023'te, 5 kg'dan, ‘gönüllü’yü, [kitap](https://x.org)'ı, "
              "*kitap*'ı, don't, children's, e-Devlet'e, a'dan z'ye, `kod'u` yazılır.\n", [], None),
]


@pytest.mark.parametrize(("rule", "body", "where", "fixed"), CASES)
def test_finding_and_fix(lint_source: Lint, fixer: Fixer, rule: str, body: str,
                         where: list[tuple[int, int]], fixed: str | None) -> None:
    found = lint_source(HEADER + body, rule=rule)
    assert positions(found) == where
    assert all(d.category == "usage" and d.message.en and d.message.tr for d in found)
    assert all(bool(d.fix and d.fix.edits) == (fixed is not None) for d in found)
    if fixed is not None:
        outcome = fixer(HEADER + body, [rule])
        assert outcome.fixed == HEADER + fixed
        assert lint_source(outcome.fixed, rule=rule) == []


def test_word_form_message_names_the_right_form(lint_source: Lint) -> None:
    [found] = lint_source(HEADER + "Herşeyi konuştuk.\n", rule="CL501")
    assert found.message.render("en") == "Write 'Her şeyi', not 'Herşeyi' (TDK Yazım Kılavuzu)"
    assert found.message.render("tr") == "'Herşeyi' değil, 'Her şeyi' yazılır (TDK Yazım Kılavuzu)"


def test_apostrophe_names_the_joined_word_only_where_it_is_certain(lint_source: Lint) -> None:
    found = lint_source(HEADER + "Derneğin gönüllü'lerine ve kitap'ı okuyanlara, online'a geçenlere.\n",
                        rule="CL506")
    assert [d.fix.description.render("tr") if d.fix else None for d in found] == [
        "'gönüllülerine' yazın", None, None]
    assert "kitabı" in found[1].message.render("tr")


def test_a_comma_glued_to_the_next_word_is_moved(lint_source: Lint, fixer: Fixer) -> None:
    body = "Gönüllüler ,çalışanlar ve yöneticiler ;bağışçılar katılır; 3 ,5 saat.\n"
    found = lint_source(HEADER + body, rule="CL332")
    assert positions(found) == [(6, 11), (6, 38)]
    assert found[0].message.render("tr").startswith("',' işareti sonraki sözcüğe bitişik yazılmış")
    assert fixer(HEADER + body, ["CL332"]).fixed == \
        HEADER + "Gönüllüler, çalışanlar ve yöneticiler; bağışçılar katılır; 3 ,5 saat.\n"


def test_usage_category_selects_the_family(lint_source: Lint) -> None:
    found = lint_source(HEADER + "herşey  hazır. ve ve bitti.\n", config={"select": ["usage"]})
    assert sorted({d.rule for d in found}) == ["CL501", "CL503", "CL504", "CL505"]


def test_silent_on_the_corrected_answer(lint_source: Lint) -> None:
    for path in sorted((REPO / "content" / "answers").iterdir()):
        assert lint_source(path.read_text("utf-8"), config={"select": ["usage"]}) == []


def test_real_answer_only_its_one_usage_mistake(lint_source: Lint, fixer: Fixer) -> None:
    source = ORIGINAL_ANSWER.read_text("utf-8")
    found = lint_source(source, config={"select": ["usage"]})
    assert [(d.rule, d.line, d.column) for d in found] == [("CL501", 20, 32)]
    assert "gönüllülerle iş birliği ile ilgili" in fixer(source, ["usage"]).fixed


def test_silent_on_the_correct_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """24 carefully edited answers (tests/corpus/correct): not one usage finding, nor CL332."""
    corpus = REPO / "tests" / "corpus" / "correct"
    project = tmp_path / "corpus"
    shutil.copytree(corpus, project)
    monkeypatch.chdir(project)
    assert cli.main(["check", "--no-cache", "--select", "usage", "--select", "CL332",
                     "--format", "json:report.json"]) == 0
    report = json.loads((project / "report.json").read_text("utf-8"))
    assert report["diagnostics"] == []
    assert len(list((project / "content" / "answers").iterdir())) >= 20
