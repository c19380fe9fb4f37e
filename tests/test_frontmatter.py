"""Frontmatter and schema checks: each problem at the line and column of the key or value."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from contentlint.config import Project
from contentlint.diagnostics import Diagnostic
from contentlint.engine import run
from tests.conftest import REAL_TITLE

Lint = Callable[..., list[Diagnostic]]
BODY = "Metin.\n"


def found(lint_source: Lint, source: str) -> list[tuple[str, int, int]]:
    return sorted((d.rule, d.line, d.column) for d in lint_source(source) if d.category == "schema")


@pytest.mark.parametrize(
    ("frontmatter", "expected"),
    [
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\n", [], id="valid"),
        pytest.param("title: Gönüllüler: nasıl çalışırız?\nquestion_id: 8\nchoice_id: 1\n",
                     [("CL103", 2, 18)], id="unquoted-colon"),
        pytest.param("title: [açık\nquestion_id: 8\n", [("CL103", 3, 12)], id="unclosed-flow"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 8\nquestion_id: 9\nchoice_id: 1\n",
                     [("CL104", 4, 1)], id="duplicate-key"),
        pytest.param(f"title: &t {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\nx: *t\n",
                     [("CL105", 2, 8), ("CL105", 5, 4)], id="anchor-and-alias"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 010\nchoice_id: 1\n",
                     [("CL106", 3, 14)], id="octal-trap"),
        pytest.param("title: !!python/object/apply:os.system ['true']\nquestion_id: 8\nchoice_id: 1\n",
                     [("CL107", 2, 8)], id="python-tag"),
        pytest.param("- title\n- 8\n", [("CL108", 2, 1)], id="a-list"),
        pytest.param(f"title: {REAL_TITLE}\nquestoin_id: 8\nchoice_id: 1\n",
                     [("CL111", 3, 1), ("CL112", 1, 1)], id="misspelt-key"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 8\n", [("CL112", 1, 1)], id="missing-key"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: \"8\"\nchoice_id: 1\n",
                     [("CL113", 3, 14)], id="quoted-number"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 08\nchoice_id: 1\n",
                     [("CL113", 3, 14)], id="leading-zero"),
        pytest.param("title: yes\nquestion_id: 8\nchoice_id: 1\n", [("CL113", 2, 8)], id="yes-is-bool"),
        pytest.param("title: ''\nquestion_id: 8\nchoice_id: 1\n", [("CL114", 2, 8)], id="empty-title"),
        pytest.param("title: ' Başlık'\nquestion_id: 8\nchoice_id: 1\n", [("CL114", 2, 8)], id="space-title"),
        pytest.param(f"title: {REAL_TITLE}\nquestion_id: 0\nchoice_id: 1\n", [("CL114", 3, 14)], id="zero-id"),
    ],
)
def test_frontmatter_problems_point_at_the_key_or_value(lint_source: Lint, frontmatter: str,
                                                         expected: list[tuple[str, int, int]]) -> None:
    assert found(lint_source, f"---\n{frontmatter}---\n{BODY}") == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Metin, ön bilgi yok.\n", [("CL101", 1, 1)]),
        ("\n---\ntitle: x\n---\n", [("CL101", 1, 1)]),
        ("---\ntitle: x\nquestion_id: 8\n", [("CL102", 1, 1)]),
    ],
)
def test_missing_or_unterminated_frontmatter(lint_source: Lint, source: str,
                                             expected: list[tuple[str, int, int]]) -> None:
    assert found(lint_source, source) == expected


@pytest.mark.parametrize(
    ("frontmatter", "tr_words", "en_words"),
    [
        ("title: x\nquestion_id: \"8\"\nchoice_id: 1\n", "tırnak", "quotes"),
        ("title: x\nquestion_id: 08\nchoice_id: 1\n", "sıfır", "leading zero"),
        ("title: on\nquestion_id: 8\nchoice_id: 1\n", "doğru/yanlış", "true/false"),
    ],
)
def test_yaml_traps_are_explained_in_both_languages(lint_source: Lint, frontmatter: str,
                                                    tr_words: str, en_words: str) -> None:
    [diagnostic] = [d for d in lint_source(f"---\n{frontmatter}---\n") if d.rule == "CL113"]
    assert tr_words in diagnostic.message.render("tr")
    assert en_words in diagnostic.message.render("en")


def test_quoted_number_is_fine_where_the_schema_wants_text(lint_source: Lint) -> None:
    catalog_title = "2024"
    assert found(lint_source, f"---\ntitle: \"{catalog_title}\"\nquestion_id: 8\nchoice_id: 1\n---\n") == []


def test_billion_laughs_is_refused_quickly(lint_source: Lint) -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    result = found(lint_source, "---\n" + "\n".join(levels) + "\n---\n")
    assert result and {rule for rule, _, _ in result} == {"CL105"}


def test_unknown_key_suggests_the_closest_allowed_key(lint_source: Lint) -> None:
    [d] = [d for d in lint_source(f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoise_id: 1\n---\n")
           if d.rule == "CL111"]
    assert "choice_id" in d.message.render("en")
    assert "mi demek istediniz" in d.message.render("tr")


def test_schema_is_data_a_project_can_replace(lint_source: Lint, tmp_path: object) -> None:
    import json
    from pathlib import Path

    schema = json.loads((Path(__file__).parent.parent / "schemas" / "answer.schema.json").read_text("utf-8"))
    schema["properties"]["summary"] = {"type": "string"}
    schema_path = Path(str(tmp_path)) / "custom.schema.json"
    schema_path.write_text(json.dumps(schema), encoding="utf-8")
    source = f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\nsummary: Özet\n---\n"
    assert found(lint_source, source) == [("CL111", 5, 1)]
    assert lint_source(source, rule="CL111", config={"schemas": {"answer": str(schema_path)}}) == []


def test_yaml_trap_advice_never_leads_to_a_type_error(lint_source: Lint) -> None:
    """Quoting 010 would make it text, which question_id refuses: the advice is the number meant."""
    [trap] = [d for d in lint_source(f"---\ntitle: {REAL_TITLE}\nquestion_id: 010\nchoice_id: 1\n---\n" + BODY)
              if d.rule == "CL106"]
    assert trap.message.render("tr").endswith("sekizlik tabanda 8 sayısı olarak okur; 10 yazın")
    assert "tırnak" not in trap.message.render("tr") and "quote" not in trap.message.render("en")
    following = f"---\ntitle: {REAL_TITLE}\nquestion_id: 10\nchoice_id: 1\n---\n" + BODY
    assert found(lint_source, following) == []


@pytest.mark.parametrize(("frontmatter", "turkish"), [
    ("title: Gönüllüler: nasıl çalışırız?\n", "YAML söz dizimi hatası: içinde ': ' geçen bir değer tırnak"),
    ("title: [açık\n", "YAML söz dizimi hatası: açılan bir '[' kapatılmamış"),
    ('title: "a\\qb"\n', "YAML söz dizimi hatası: çift tırnak içindeki ters eğik çizgi"),
    ("title: @etiket\n", "YAML söz dizimi hatası: değer bu karakterle başlayamaz"),
    ("title: 2024-13-45\n", "YAML '2024-13-45' değerini tarih olarak okur, ama böyle bir tarih ya da saat yok"),
])
def test_yaml_errors_in_turkish_have_no_english(lint_source: Lint, frontmatter: str, turkish: str) -> None:
    [problem] = [d for d in lint_source(f"---\n{frontmatter}question_id: 8\nchoice_id: 1\n---\n" + BODY)
                 if d.rule in ("CL103", "CL106", "CL107")]
    rendered = problem.message.render("tr")
    assert rendered.startswith(turkish)
    for english in ("found", "expected", "mapping", "while", "scanning", "character", "token", "month", "must"):
        assert english not in rendered


def test_schema_errors_without_a_message_of_their_own_are_turkish(
        project_factory: Callable[..., Project]) -> None:
    """A project's own schema need not carry x-messages: jsonschema's English stays out of Turkish."""
    schema = {"type": "object", "properties": {
        "title": {"type": "string", "maxLength": 10},
        "question_id": {"type": "integer", "maximum": 5},
        "choice_id": {"enum": [1, 2]}}}
    project = project_factory({
        "schemas/answer.schema.json": json.dumps(schema),
        "content/answers/a.md": f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 3\n---\n" + BODY,
    }, {"schemas": {"answer": "schemas/answer.schema.json"}})
    messages = sorted(d.message.render("tr") for d in run(project, use_cache=False).diagnostics if d.rule == "CL114")
    assert messages == ["'choice_id' geçersiz: 3 yazılmış; şunlardan biri olmalı: 1, 2",
                        "'question_id' geçersiz: 8 yazılmış; en çok 5 olabilir",
                        "'title' geçersiz: en çok 10 karakter olabilir"]
