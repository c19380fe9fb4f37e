"""The Markdown report: a pull-request comment or issue body that renders as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from contentlint.reporters import markdown, words
from tests.test_reporters_common import empty_report, render, varied_report, with_fixes

ROW = re.compile(r"^\| (\d+):(\d+) \|", re.MULTILINE)
GITHUB_ENV = ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")


@pytest.fixture(autouse=True)
def _outside_github(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in GITHUB_ENV:
        monkeypatch.delenv(name, raising=False)


def cells(row: str) -> list[str]:
    """A table row's cells, split only at pipes that are not escaped."""
    return [c.strip() for c in re.split(r"(?<!\\)\|", row.strip())[1:-1]]


@pytest.mark.parametrize(("text", "escaped"), [
    ("düz metin", "düz metin"),
    ("a | b", "a \\| b"),
    ("two\nlines\r\nand\rmore", "two<br>lines<br>and<br>more"),
    ("<!-- hides the rest", "\\<!-- hides the rest"),
    ("`code` *bold* [link](x)", "\\`code\\` \\*bold\\* \\[link\\](x)"),
    ("C:\\path", "C:\\\\path"),
    ("https://www.youtube.com/watch?v=a_b&t=1", "https://www.youtube.com/watch?v=a_b&t=1"),
    ("bell\x07", "bell\\\\x07"),
])
def test_escape(text: str, escaped: str) -> None:
    assert markdown.escape(text) == escaped


@pytest.mark.parametrize(("text", "span"), [
    ("content/answers/a.md", "`content/answers/a.md`"),
    ("a`b", "``a`b``"),
    ("`edge`", "`` `edge` ``"),
])
def test_code_span(text: str, span: str) -> None:
    assert markdown.code(text) == span
    rendered = MarkdownIt().renderInline(span)
    assert rendered == f"<code>{text}</code>"


def test_report_of_real_findings(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    text = render("markdown", report)
    assert text.startswith("### contentlint\n\n❌ **" + words.summary(report, "en") + "**\n")
    headings = re.findall(r"^#### `(.*)`$", text, re.MULTILINE)
    assert headings == list(dict.fromkeys(d.path for d in report.diagnostics))
    rows = [line for line in text.splitlines() if ROW.match(line)]
    assert len(rows) == len(report.diagnostics)
    for row, d in zip(rows, report.diagnostics, strict=True):
        position, severity, rule, message = cells(row)
        assert position == f"{d.line}:{d.column}"
        assert severity.endswith(words.severity_word(d.severity, "en"))
        assert rule == f"`{d.rule}` {d.name}"
        assert message.startswith(markdown.escape(d.message.render("en")))


def test_every_row_renders_as_a_table_row(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    html = MarkdownIt("commonmark").enable("table").render(render("markdown", report))
    assert html.count("<tr>") == len(report.diagnostics) + len({d.path for d in report.diagnostics})
    assert "<!--" not in html and "&lt;!-- z" in html
    assert "x|y" in html


def test_turkish_with_fix_hints(tmp_path: Path) -> None:
    text = render("markdown", with_fixes(varied_report(tmp_path)), "tr")
    assert "| Satır:Sütun | Önem | Kural | İleti |" in text
    assert "<br>öneri: Anahtarı silin (--fix ile düzeltilebilir)" in text
    assert "<br>öneri: Editöre sorun" in text
    assert "❌ hata" in text and "⚠️ uyarı" in text and "ℹ️ bilgi" in text


def test_no_findings(tmp_path: Path) -> None:
    assert render("markdown", empty_report(tmp_path), "tr") == (
        "### contentlint\n\n✅ **1 dosya denetlendi, sorun bulunmadı.**\n"
    )


def test_rows_can_be_capped(tmp_path: Path) -> None:
    report = varied_report(tmp_path)
    text = markdown.render(report, "tr", max_rows=4)
    assert len(ROW.findall(text)) == 4
    hidden = len(report.diagnostics) - 4
    assert text.endswith(f"\n… ve burada gösterilmeyen {hidden} bulgu daha var; hepsini görmek için "
                         "`contentlint check` komutunu çalıştırın.\n")


@pytest.mark.parametrize("share", [0.3, 0.6, 0.9])
def test_text_stays_within_its_budget(tmp_path: Path, share: float) -> None:
    report = varied_report(tmp_path)
    budget = int(len(markdown.render(report, "en")) * share)
    text = markdown.render(report, "en", budget=budget)
    assert len(text) <= budget
    shown = len(ROW.findall(text))
    assert 0 < shown < len(report.diagnostics)
    assert f"… and {len(report.diagnostics) - shown} more" in text


def test_the_default_budget_fits_a_github_comment(tmp_path: Path) -> None:
    assert markdown.COMMENT_BUDGET <= 65_536
    report = varied_report(tmp_path)
    assert markdown.render(report, "en") == render("markdown", report)


def test_positions_link_to_the_file_on_github(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in zip(GITHUB_ENV, ("https://github.com", "stgm/icerik", "abc123"), strict=True):
        monkeypatch.setenv(name, value)
    text = render("markdown", varied_report(tmp_path))
    assert "| [5:1](https://github.com/stgm/icerik/blob/abc123/content/answers/b.md#L5) |" in text
    assert "(https://github.com/stgm/icerik/blob/abc123/content/answers/yan%C4%B1t%2C%20ek%3A%201.md#L" in text
