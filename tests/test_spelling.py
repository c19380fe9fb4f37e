"""Spelling (CL601, CL602) and joined clitics (CL603-CL605), through lint runs and the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from contentlint.engine import run
from contentlint.fix import fix_paths
from contentlint.spelling import speller
from tests.conftest import HEADER, make_project
from tests.test_rules_links import Fixer, Lint, fixer

__all__ = ["fixer"]  # the fixture, for pytest

SPELLING = ["CL601", "CL602", "CL603", "CL604", "CL605"]
SELECT = 'select = ["CL601", "CL602", "CL603", "CL604", "CL605"]\n'  # for the command line


def found(lint_source: Lint, body: str, config: dict[str, Any] | None = None,
          header: str = HEADER) -> list[tuple[str, int, int, str]]:
    """(rule, line, column, first suggestion) of every spelling finding of ``body``."""
    diagnostics = lint_source(header + body, config={"select": SPELLING, **(config or {})})
    return [(d.rule, d.line, d.column, d.fix.edits[0].text if d.fix else "") for d in diagnostics]


# (body, findings as (rule, line, column, first suggestion), the body after --fix or None)
CASES: list[tuple[str, list[tuple[str, int, int, str]], str | None]] = [
    # Turkish letters missing: the only correction, so it is fixed; at a sentence's start too
    ("Gonullu ogrenciler icin basvuru formu hazirladik.\n",
     [("CL602", 6, 1, "Gönüllü"), ("CL602", 6, 9, "öğrenciler"), ("CL601", 6, 20, "için"),
      ("CL601", 6, 25, "başvuru"), ("CL602", 6, 39, "hazırladık")],
     "Gönüllü öğrenciler icin basvuru formu hazırladık.\n"),
    # a dropped, a doubled and a swapped letter, a vowel harmony slip: suggested, never applied
    ("Gönüllülerle iletşim kurmak için bilgilendirmee yanlız katılımcılarn listesine bakabilirsinz.\n",
     [("CL601", 6, 14, "iletişim"), ("CL601", 6, 34, "bilgilendirme"), ("CL601", 6, 49, "yalnız"),
      ("CL601", 6, 56, "katılımcıların"), ("CL601", 6, 80, "bakabilirsiniz")],
     None),
    ("Başvurular kurumumuzun internet sitesinden alınmaktdır.\n", [("CL601", 6, 44, "alınmaktadır")], None),
    # a proper name without its apostrophe, or written in lowercase
    ("Eğitim Ankarada, bir sonraki istanbulda değil istanbul’da yapılacak.\n",
     [("CL601", 6, 8, "Ankara’da"), ("CL601", 6, 30, "İstanbul’da"), ("CL602", 6, 47, "İstanbul")],
     "Eğitim Ankarada, bir sonraki istanbulda değil İstanbul’da yapılacak.\n"),
    # joined clitics
    ("Biliyorumki başvurular yarın kapanıyor; demekki acele etmeliyiz.\n",
     [("CL603", 6, 1, "Biliyorum ki"), ("CL603", 6, 41, "demek ki")],
     "Biliyorum ki başvurular yarın kapanıyor; demek ki acele etmeliyiz.\n"),
    ("Başvuru formunu doldurdunuzmu? Derneğimize üye olabilirmiyim?\n",
     [("CL604", 6, 17, "doldurdunuz mu"), ("CL604", 6, 48, "olabilir miyim")],
     "Başvuru formunu doldurdunuz mu? Derneğimize üye olabilir miyim?\n"),
    ("Yinede başvurunuzu erkenden yapmanızı öneririz. Bu konuda benimde bir sorum var.\n",
     [("CL605", 6, 1, "Yine de"), ("CL605", 6, 59, "benim de")],
     "Yine de başvurunuzu erkenden yapmanızı öneririz. Bu konuda benim de bir sorum var.\n"),
    # "kitapda" may be the conjunction or a locative with the wrong consonant: suggestions only
    ("Bu bilgi kitapda yok.\n", [("CL601", 6, 10, "kitapta")], None),
]


@pytest.mark.parametrize(("body", "expected", "fixed"), CASES)
def test_findings_and_fixes(lint_source: Lint, fixer: Fixer, body: str,
                            expected: list[tuple[str, int, int, str]], fixed: str | None) -> None:
    assert found(lint_source, body) == expected
    outcome = fixer(HEADER + body, SPELLING)
    assert outcome.fixed == HEADER + (fixed if fixed is not None else body)


CORRECT = [
    # the words themselves: locatives that are words, the relative -ki, set forms written joined
    "Bu belgeler bizde, o belgeler sizde kalsın; evdeki ve bugünkü işler belki de sanki bitmez, "
    "oysaki mademki geldiniz, hâlbuki yarınki toplantı var.\n",
    # the dictionary's gaps handled: circumflex, second-person possessives, our word list
    "Gönüllülerinizi internette ve web sitenizde bulabilirsiniz; kâğıt hâlinde de gönderebilirsiniz. "
    "Hibrit toplantılarda moderatörler psikososyal destek sunar; e-imza ile Kızılay’a başvurulur.\n",
    # TDK prefers "iş birliği", but that is the usage rules' business, not the speller's
    "Gönüllülerle işbirliği yapıyoruz.\n",
    # not prose: code, addresses, numbers, acronyms, names with a capital inside
    "`gonullu` kodunu www.stgm.org.tr adresinde ya da info@stgm.org.tr ile bulabilirsiniz; STGM’nin "
    "2024’te YouTube’da yayımladığı COVID-19 videosu, KVKK ve AB belgeleri https://stgm.org.tr/ogrnci "
    "sayfasında.\n",
    # link targets are not checked, their texts are (and are correct here)
    "[<u>Kaynaklar</u>](https://www.stgm.org.tr/stok-ogrenim-platformunda) ve "
    "“[<u>Gönüllü Yönetimi</u>](https://www.stgm.org.tr/node/20247)” başlığı.\n",
    # a capitalised word inside a sentence is a name: silent unless it lacks Turkish letters
    "İngilizce olan “501 Commons”ın sayfasını ve Sivil Toplum Kuruluşları Derneği’nin rehberini okuyun.\n",
    # abbreviations, apostrophes, hyphens, a question, a heading, a table
    "# Sıkça sorulan sorular\n\nBelgeler (örn. tüzük, vb.) için bkz. Dr. Ayşe Yılmaz’ın notu. "
    "Başvurdunuz mu? Sosyal-kültürel etkinlikler.\n\n| Adım | Açıklama |\n| --- | --- |\n"
    "| Başvuru | Formu doldurun |\n",
]


@pytest.mark.parametrize("body", CORRECT)
def test_correct_prose_is_silent(lint_source: Lint, body: str) -> None:
    assert found(lint_source, body) == []


def test_the_real_answer_has_no_spelling_finding(lint_source: Lint) -> None:
    text = (Path(__file__).resolve().parent.parent / "content" / "answers" / "000_727566c4d5cc03bf.txt").read_text()
    assert found(lint_source, text, header="") == []


def test_message_names_the_word_and_the_suggestions(lint_source: Lint) -> None:
    [diagnostic] = lint_source(HEADER + "Bütün gönülüler toplandı.\n", rule="CL601")
    assert diagnostic.message.render("en") == (
        "“gönülüler” is not in the dictionary; did you mean “gönüllüler”? (or “gönüller”, “görülüler”)")
    assert diagnostic.message.render("tr") == (
        "“gönülüler” sözlükte yok; doğrusu “gönüllüler” olabilir mi? (ya da “gönüller”, “görülüler”)")
    assert diagnostic.category == "spelling" and diagnostic.fix is not None
    # At a sentence's start only a slip or a dropped letter is suggested: it may be a name.
    [initial] = lint_source(HEADER + "Gönülüler toplandı.\n", rule="CL601")
    assert initial.message.render("en") == "“Gönülüler” is not in the dictionary; did you mean “Gönüllüler”?"


def test_the_title_is_checked(lint_source: Lint) -> None:
    header = "---\ntitle: Gonullulerle iş birliği\nquestion_id: 8\nchoice_id: 1\n---\n"
    assert found(lint_source, "Metin.\n", header=header) == [("CL602", 2, 8, "Gönüllülerle")]
    quoted = "---\ntitle: \"Gonullulerle iş birliği\"\nquestion_id: 8\nchoice_id: 1\n---\n"
    assert found(lint_source, "Metin.\n", header=quoted) == [("CL602", 2, 9, "Gönüllülerle")]


def test_a_word_split_by_markup_is_reported_without_an_edit(lint_source: Lint) -> None:
    [diagnostic] = lint_source(HEADER + "[<u>Ogrenci</u>](https://x.org)lerle görüştük.\n", rule="CL602")
    assert (diagnostic.line, diagnostic.column) == (6, 5)
    assert diagnostic.fix is None  # "Ogrenci…lerle" is not one piece of the source


def test_inline_suppression(lint_source: Lint) -> None:
    body = ("<!-- contentlint-disable-next-line misspelled-word -->\nBu iletşim kanalı.\n"
            "Bu iletşim kanalı.\n<!-- contentlint-disable CL601 -->\nBu iletşim kanalı.\n")
    assert found(lint_source, body) == [("CL601", 8, 4, "iletişim")]


def test_project_words_in_configuration_and_in_the_content(tmp_path: Path) -> None:
    body = "Moderasyon ekibimiz moderasyonu üstlenir; Sivilsayfalar listesine bakın. moderasyonlar\n"
    files = {"content/answers/a.md": HEADER + body}

    def words(config: dict[str, Any], word_file: str | None) -> list[str]:
        root = tmp_path / str(len(list(tmp_path.iterdir())))
        project = make_project(root, files, {"select": SPELLING, **config})
        if word_file is not None:
            (root / "content" / "words.txt").write_text(word_file, encoding="utf-8")
        return [d.message.render("en").split("”")[0].lstrip("“") for d in run(project, use_cache=False).diagnostics]

    assert words({}, None) == ["moderasyonu", "moderasyonlar"]
    # a plain word is accepted as written (and capitalised), not inflected
    assert words({"spelling": {"words": ["moderasyon"]}}, None) == ["moderasyonu", "moderasyonlar"]
    # with a model it takes the model's endings
    assert words({"spelling": {"words": ["moderasyon operasyon"]}}, None) == []
    assert words({}, "# our words\nmoderasyon operasyon\n") == []


def test_a_bad_word_list_line_is_named(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"content/answers/a.md": HEADER + "Metin.\n", "contentlint.toml": SELECT})
    (tmp_path / "content" / "words.txt").write_text("iyi\nüç sözcük birden\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "contentlint", "check", "--no-cache"], cwd=project.root,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "content/words.txt, line 2: 'üç sözcük birden'" in result.stderr


def test_a_model_missing_from_the_dictionary_is_named(tmp_path: Path) -> None:
    config = SELECT + '[spelling]\nwords = ["moderasyon operasyonn"]\n'
    project = make_project(tmp_path, {"content/answers/a.md": HEADER + "Metin.\n", "contentlint.toml": config})
    result = subprocess.run([sys.executable, "-m", "contentlint", "check", "--no-cache", "--lang", "tr"],
                            cwd=project.root, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "'moderasyon' için verilen 'operasyonn' örneği sözlükte yok" in result.stderr


def _cli(root: Path, *args: str, without_speller: bool = False) -> subprocess.CompletedProcess[str]:
    """contentlint in a new process; ``without_speller`` makes both Hunspell backends unimportable."""
    prelude = "import sys; sys.modules['hunspell'] = None; sys.modules['spylls.hunspell'] = None; " \
        if without_speller else "import sys; "
    code = prelude + "from contentlint.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, "check", "--format", "json", *args], cwd=root,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "LANG": "en_US.UTF-8"})


def _rules(result: subprocess.CompletedProcess[str]) -> list[tuple[str, int, int]]:
    return [(d["rule"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]]


def test_a_run_whose_words_were_all_seen_opens_no_dictionary(tmp_path: Path) -> None:
    project = make_project(tmp_path, {
        "content/answers/a.md": HEADER + "Gönüllülerle iletşim kurun.\n",
        "content/answers/b.md": HEADER + "Gönüllülerle iletişim kurun.\n",
        "contentlint.toml": SELECT,
    })
    root = project.root
    first = _cli(root)
    assert _rules(first) == [("CL601", 6, 14)]
    # Without any speller, the same findings from the result and verdict caches.
    assert _rules(_cli(root, without_speller=True)) == [("CL601", 6, 14)]
    # New words, correct or not, are decided by the dictionary's index without Hunspell.
    (root / "content" / "answers" / "c.md").write_text(HEADER + "Yeni bir sözcük, bir sozcuk.\n", encoding="utf-8")
    assert _rules(_cli(root, without_speller=True)) == [("CL601", 6, 14), ("CL601", 6, 22)]
    # A word the index cannot decide needs Hunspell: without it, a clear error, exit 2.
    (root / "content" / "answers" / "d.md").write_text(HEADER + "Yeni bir sözcük-kitapx.\n", encoding="utf-8")
    missing = _cli(root, without_speller=True)
    assert missing.returncode == 2 and "The spelling dictionary cannot be loaded" in missing.stderr
    # A changed word list decides again: the word is now accepted, the cached files stay cached.
    (root / "content" / "words.txt").write_text("iletşim\nsozcuk\nkitapx\n", encoding="utf-8")
    assert _rules(_cli(root)) == []


def test_cached_files_still_report_their_words(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"content/answers/a.md": HEADER + "Gonullu bir iletşim.\n"},
                           {"select": SPELLING})
    cold = run(project, use_cache=True)
    warm = run(project, use_cache=True)
    assert [(d.rule, d.column) for d in cold.diagnostics] == [("CL602", 1), ("CL601", 13)]
    assert warm.diagnostics == cold.diagnostics


def test_fix_applies_only_safe_corrections(tmp_path: Path) -> None:
    project = make_project(tmp_path, {
        "content/answers/a.md": HEADER + "Gonullu ogrenciler iletşim kurdu. Yinede geldimi?\n"
    }, {"select": SPELLING})
    fix_paths(project, write=True)
    text = (tmp_path / "content" / "answers" / "a.md").read_text(encoding="utf-8")
    assert text == HEADER + "Gönüllü öğrenciler iletşim kurdu. Yine de geldi mi?\n"


def test_fallback_backend_through_the_adapter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "hunspell", None)  # chunspell cannot be imported
    fallback = speller.load(tmp_path)
    assert fallback.backend == "spylls"
    assert fallback.spell("gönüllülerimizi") and fallback.spell("İstanbul")
    assert not fallback.spell("istanbul") and not fallback.spell("iletşim")
    fallback.add_with_affix("moderasyon", "operasyon")
    assert fallback.spell("moderasyonlarda") and not fallback.spell("moderasyonlerde")


def test_primary_backend_and_its_unpacked_dictionary(tmp_path: Path) -> None:
    primary = speller.load(tmp_path)
    assert primary.backend == "chunspell"
    assert primary.spell("gönüllülerimizi") and not primary.spell("gönüllülerinizi")
    unpacked = [p.name for p in tmp_path.rglob("tr_TR.*")]
    assert sorted(unpacked) == ["tr_TR.aff", "tr_TR.dic"]


def test_no_backend_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(sys.modules, "hunspell", None)
    monkeypatch.setitem(sys.modules, "spylls.hunspell", None)
    with pytest.raises(speller.SpellerUnavailable, match=r"chunspell: .*spylls: "):
        speller.load(tmp_path)


# Misspellings of the kinds editors make, each with the word meant.
MISSPELLINGS = [
    ("degerlendirme", "değerlendirme"), ("kuruluslarin", "kuruluşların"), ("ogretmen", "öğretmen"),
    ("sivıl", "sivil"), ("ıletişim", "iletişim"), ("yararlanabilirsinz", "yararlanabilirsiniz"),
    ("katılımcılarn", "katılımcıların"), ("bilgilnedirme", "bilgilendirme"), ("gönnüllüler", "gönüllüler"),
    ("örgütlerinn", "örgütlerin"), ("derneklerimze", "derneklerimize"), ("başvruu", "başvuru"),
    ("faliyet", "faaliyet"), ("kaynaklardan", None), ("toplantıda", None), ("yönetmelği", "yönetmeliği"),
    ("hazırlanmaktadr", "hazırlanmaktadır"), ("öğrenciler", None), ("gerçekleştirlecek", "gerçekleştirilecek"),
    ("ihtiyaçlarnıza", "ihtiyaçlarınıza"),
]


@pytest.mark.parametrize(("written", "meant"), MISSPELLINGS)
def test_misspellings_are_found_with_the_intended_word_first(lint_source: Lint, written: str,
                                                               meant: str | None) -> None:
    findings = found(lint_source, f"Bu {written} konusudur.\n")
    assert [f[3] for f in findings] == ([meant] if meant else [])



def test_forms_tdk_writes_otherwise_are_left_to_word_form_nonstandard(lint_source: Lint) -> None:
    body = "Bu herşey için orjinal bir belgedir.\n"
    both = lint_source(HEADER + body, config={"select": [*SPELLING, "CL501"]})
    assert [(d.rule, d.column) for d in both] == [("CL501", 4), ("CL501", 16)]
    # Without CL501 the speller reports them itself, and its suggestion is not offered to --fix.
    alone = lint_source(HEADER + body, config={"select": SPELLING})
    assert [(d.rule, d.column, d.fix.edits[0].text if d.fix else "") for d in alone] == [
        ("CL601", 4, "her şey"), ("CL601", 16, "orijinal")]


def test_words_decided_while_workers_run_give_the_same_findings(tmp_path: Path) -> None:
    # Above the parallel threshold, the main process decides each file's words as the workers hand
    # the files back, leaving to Hunspell (loaded afterwards) what the index cannot decide.
    bodies = ["Gönüllülerle iletişim kurun.\n", "Gonullu bir iletşim.\n", "Yeni bir sözcük-kitapx ve geldimi?\n"]
    files = {f"content/answers/{i:03}.md": HEADER + bodies[i % 3] for i in range(240)}
    found = {}
    for jobs in (1, 2):
        project = make_project(tmp_path / str(jobs), files, {"select": SPELLING, "jobs": jobs})
        report = run(project, use_cache=False)
        found[jobs] = [(d.path, d.rule, d.line, d.column, d.message.en) for d in report.diagnostics]
    assert found[1] == found[2]
    assert {rule for _, rule, *_ in found[2]} == {"CL601", "CL602", "CL604"}
