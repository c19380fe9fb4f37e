"""What the audit writes: JSON (report schema + history), SARIF and GitHub diagnostics, Markdown."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from contentlint.audit import html, markdown
from contentlint.audit.command import write_outputs
from tests.audit_sample import ARCHIVED, BACK, DOWN, FINE, FINE_TITLE, FLAKY, GONE, MOVED, SCRIPT, A, B, sample_report
from tests.conftest import REPO


def output(name: str, lang: str = "tr") -> str:
    stream = io.StringIO()
    write_outputs(sample_report(), [(name, stream)], lang)  # type: ignore[arg-type]
    return stream.getvalue()


def schema(name: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((REPO / "schemas" / name).read_text(encoding="utf-8")))


def test_json_is_the_report_schema_plus_the_audit_with_history() -> None:
    data = json.loads(output("json"))
    schema("audit.schema.json").validate(data)
    schema("report.schema.json").validate({k: v for k, v in data.items() if k != "audit"})
    audit = data["audit"]
    assert audit["counts"] == {"newly_broken": 1, "still_broken": 1, "suspect": 2, "fixed": 1, "redirect": 1,
                               "mismatch": 1}
    assert audit["previous_audit"] == "2026-08-01T17:20:00Z" and audit["fail_after"] == 2
    links = {link["url"]: link for link in audit["links"]}
    assert links[DOWN]["failing_since"] == "2026-07-25T17:20:00Z" and links[DOWN]["failures"] == 3
    assert links[DOWN]["note"] == "2026-07-25 tarihinden beri, art arda 3 denetimdir çalışmıyor"
    assert [u["path"] for u in links[DOWN]["usages"]] == [A, B]
    assert links[BACK]["section"] == "fixed" and links[BACK]["last_ok"] == "2026-08-08T17:20:00Z"
    assert links[GONE]["certain"] is True and links[GONE]["message"] == "Sayfa bulunamadı (HTTP 404)"
    assert links[GONE]["archived"] == ARCHIVED and links[DOWN]["archived"] is None
    assert (links[FINE]["section"], links[FINE]["rule"], links[FINE]["title"]) == ("mismatch", "CL419", FINE_TITLE)
    assert links[FINE]["message"] == f"Bağlantı metni ‘Bilgi Merkezi’, ama hedef sayfanın başlığı ‘{FINE_TITLE}’"
    assert data["summary"] == {"files": 2, "errors": 3, "warnings": 3, "infos": 1}


def test_broken_links_are_errors_suspect_ones_warnings_and_fixed_ones_absent() -> None:
    diagnostics = json.loads(output("json", "en"))["diagnostics"]
    found = [(d["path"], d["line"], d["severity"], d["url"]) for d in diagnostics]
    assert found == [
        (A, 9, "error", GONE), (A, 21, "error", DOWN), (A, 30, "warning", FINE),
        (B, 3, "info", MOVED), (B, 7, "error", DOWN), (B, 12, "warning", FLAKY), (B, 20, "warning", SCRIPT),
    ]
    gone = diagnostics[0]
    assert (gone["rule"], gone["category"], gone["column"], gone["end_column"]) == ("CL401", "link", 12, 44)
    assert gone["message"] == "The page does not exist (HTTP 404) (found in this audit)"
    # An archived copy is advice: described, never an edit.
    assert gone["fix"] == {"description": f"An archived copy: {ARCHIVED}", "edits": []}
    assert diagnostics[2]["rule"] == "CL419"
    assert diagnostics[2]["fix"]["description"] == f"Check the address; the target's title is ‘{FINE_TITLE}’"
    moved = diagnostics[3]
    assert moved["fix"]["edits"] == [
        {"line": 3, "column": 20, "end_line": 3, "end_column": 66, "text": "https://www.stgm.org.tr/stok-ogrenme-platformu"}
    ]


def test_sarif_levels_follow_the_audit() -> None:
    results: list[dict[str, Any]] = json.loads(output("sarif"))["runs"][0]["results"]
    assert sorted(r["level"] for r in results) == ["error", "error", "error", "note", "warning", "warning", "warning"]
    gone = next(r for r in results if r["ruleId"] == "CL401")
    assert f"Arşivdeki kopyası: {ARCHIVED}" in gone["message"]["text"] and "fixes" not in gone


def test_github_annotations_follow_the_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    commands = [line.split(" ", 1)[0] for line in output("github").splitlines()]
    assert commands == ["::error", "::error", "::warning", "::notice", "::error", "::warning", "::warning"]


def test_markdown_has_a_section_per_kind_with_since_and_fix() -> None:
    text = output("markdown")
    headings = [line for line in text.splitlines() if line.startswith("### ")]
    assert headings == [
        "### ❌ Yeni bozulan bağlantılar (1)", "### 🔴 Hâlâ bozuk bağlantılar (1)",
        "### ⚠️ Şüpheli — bir sonraki denetimde yeniden bakılacak (2)",
        "### ✅ Son denetimden beri düzelenler (1)", "### ↪️ Güncellenmesi gereken yönlendirmeler (1)",
        "### 🔀 Metni hedefiyle uyuşmayan bağlantılar (1)",
    ]
    # Each kind of suggestion, and the one command that applies the redirects.
    assert f"| Arşivdeki kopyası: {ARCHIVED} |" in text
    assert "| Yeni adres: https://www.stgm.org.tr/stok-ogrenme-platformu |" in text
    assert f"| Hedefin başlığı: {FINE_TITLE.replace('|', chr(92) + '|')} |" in text
    assert "`contentlint links --fix` komutu" in text.split("### 🔀")[0].split("### ↪️")[1]
    assert ("| content/answers/a.md:21<br>content/answers/b.md:7 | Gönüllüler ile İşbirliği | "
            "https://stk.bilgi.edu.tr/media/GONULLU.pdf | 503 |") in text
    assert "Gönüllü \\<Yönetimi\\>" in text  # content text never becomes HTML in an issue
    english = output("markdown", "en")
    assert english.startswith("## Link audit — 2026-08-08\n\n**7 links in 2 files checked: 2 broken (1 new)")


def test_markdown_stays_within_the_issue_size_limit() -> None:
    text = markdown.render(sample_report(), "tr", budget=1500, html_name="link-audit.html")
    assert len(text) <= 1500
    assert "bağlantı daha var; hepsi HTML raporunda (link-audit.html)." in text
    assert "### ❌ Yeni bozulan bağlantılar (1)" in text


@pytest.mark.parametrize(
    ("lang", "words"),
    [("tr", ['<html lang="tr">', "Bağlantı denetimi — 2026-08-08", "Hâlâ bozuk", "Ne zamandan beri"]),
     ("en", ['<html lang="en">', "Link audit — 2026-08-08", "Still broken", "Since"])],
)
def test_the_html_report_speaks_the_run_s_language_and_loads_nothing(lang: str, words: list[str]) -> None:
    page = html.render(sample_report(), lang)  # type: ignore[arg-type]
    assert all(word in page for word in words)
    assert "default-src 'none'" in page
    # Nothing is fetched: no stylesheet, script or image from elsewhere (links only take the reader away).
    assert "<link" not in page and not re.search(r"\ssrc=", page) and "@import" not in page
