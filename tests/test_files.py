"""Files that are not what they seem: each gets a diagnostic, and the run goes on."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from contentlint.diagnostics import Diagnostic
from contentlint.engine import Report
from tests.conftest import HEADER, REAL_TITLE

Lint = Callable[..., list[Diagnostic]]


def rules_at(diagnostics: list[Diagnostic], *rules: str) -> list[tuple[str, int, int]]:
    return sorted((d.rule, d.line, d.column) for d in diagnostics if d.rule in rules)


def test_windows_1254_file_names_the_probable_encoding(lint_source: Lint) -> None:
    raw = (HEADER + "Gönüllü iş birliği ağı\n").encode("cp1254")
    [d] = lint_source(raw, rule="CL001")
    assert (d.line, d.column) == (2, 9)  # the "ö" of the title "Gönüllülerle"
    assert "Windows-1254" in d.message.render("tr") and "UTF-8" in d.message.render("en")


def test_utf16_file_is_recognised(lint_source: Lint) -> None:
    [d] = lint_source((HEADER + "Metin\n").encode("utf-16"), rule="CL001")
    assert "UTF-16" in d.message.render("en")


def test_bom_and_crlf_are_reported_but_the_file_is_checked(lint_source: Lint) -> None:
    source = ("\ufeff" + HEADER + "Metin.\n").replace("\n", "\r\n").encode("utf-8")
    found = lint_source(source)
    assert rules_at(found, "CL002", "CL003") == [("CL002", 1, 1), ("CL003", 1, 4)]
    assert [d for d in found if d.category in ("schema", "coverage")] == []


def test_nul_byte_is_a_binary_file(lint_source: Lint) -> None:
    assert rules_at(lint_source((HEADER + "ab\x00cd\n").encode()), "CL004") == [("CL004", 6, 3)]


def test_file_over_the_size_limit_is_not_read(lint_source: Lint) -> None:
    big = HEADER + "x" * 2000 + "\n"
    assert rules_at(lint_source(big, config={"max_file_size": 1000}), "CL005") == [("CL005", 1, 1)]


def test_a_line_of_a_million_characters_skips_markdown_checks(lint_source: Lint) -> None:
    found = lint_source(HEADER + "a" * 900_000 + "\n")
    assert rules_at(found, "CL006") == [("CL006", 1, 1)]
    assert [d for d in found if d.category == "schema"] == []


@pytest.mark.parametrize(("body", "deep"), [
    (">" * 5000 + " derin\n", True), ("- " * 3000 + "x\n", True),
    ("[" * 50_000 + "\n", False), ("*" * 50_000 + "\n", False),
])
def test_deeply_nested_markdown_does_not_crash(lint_source: Lint, body: str, deep: bool) -> None:
    found = lint_source(HEADER + body)
    assert rules_at(found, "CL008", "CL009") == ([("CL008", 6, 1)] if deep else [])


def test_symlinks_out_of_the_content_root_and_loops_are_skipped(
        tmp_path: Path, lint_files: Callable[..., Report]) -> None:
    outside = tmp_path / "secret.md"
    outside.write_text(HEADER, encoding="utf-8")
    answers = tmp_path / "content" / "answers"
    answers.mkdir(parents=True)
    os.symlink(outside, answers / "out.md")
    os.symlink(answers / "loop2.md", answers / "loop1.md")
    os.symlink(answers / "loop1.md", answers / "loop2.md")
    os.symlink(tmp_path, answers / "up.md")
    (answers / "folder.txt").mkdir()
    report = lint_files({"content/answers/a.md": HEADER})
    skipped = sorted((d.path, d.rule) for d in report.diagnostics if d.rule == "CL007")
    assert skipped == [
        ("content/answers/folder.txt", "CL007"),
        ("content/answers/loop1.md", "CL007"),
        ("content/answers/loop2.md", "CL007"),
        ("content/answers/out.md", "CL007"),
        ("content/answers/up.md", "CL007"),
    ]
    assert report.files == 1


def test_symlink_inside_the_content_root_is_checked(tmp_path: Path, lint_files: Callable[..., Report]) -> None:
    answers = tmp_path / "content" / "answers"
    answers.mkdir(parents=True)
    (answers / "real.md").write_text(HEADER, encoding="utf-8")
    os.symlink(answers / "real.md", answers / "alias.md")
    report = lint_files({})
    assert report.files == 2
    assert [d.rule for d in report.diagnostics if d.rule == "CL201"] == ["CL201", "CL201"]


def test_only_answer_files_are_checked(lint_files: Callable[..., Report]) -> None:
    report = lint_files({
        "content/answers/a.txt": HEADER,
        "content/answers/deep/er/b.md": HEADER.replace("choice_id: 1", "choice_id: 2"),
        "content/answers/notes.docx": "x",
        "content/README.md": "# not an answer",
    })
    assert report.files == 2


def test_a_broken_file_does_not_stop_the_others(lint_files: Callable[..., Report]) -> None:
    report = lint_files({
        "content/answers/a.md": b"\xff\xfe\x00bad",
        "content/answers/b.md": f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\nx: 1\n---\n",
    })
    assert {(d.path, d.rule) for d in report.diagnostics} >= {
        ("content/answers/a.md", "CL001"), ("content/answers/b.md", "CL111")}


def test_document_lines_split_only_at_line_feeds() -> None:
    from contentlint.documents import Document

    doc = Document(Path("x.md"), "x.md", text="a\u2028b\r\nc\fd\n\ne")
    assert doc.lines == ["a\u2028b\r\n", "c\fd\n", "\n", "e"]
    assert Document(Path("x.md"), "x.md", text="").lines == []


@pytest.mark.parametrize("url", [
    "https://www.stgm.org.tr/node/20247", "https://www.youtube.com/watch?v=I_FEZm8FcKU&list=PL-x&index=4",
    "HTTP://Example.COM/a(b)?c=d;e#f", "mailto:a@b.org", "/relative/path.pdf", "a%20b", "ç ş", "https://ö.com/ğ",
    "https://x.org/%zz", "javascript:alert(1)", "https://x.org/a b", "",
])
def test_fast_link_normalisation_agrees_with_markdown_it(url: str) -> None:
    from markdown_it import MarkdownIt

    from contentlint.documents import markdown_parser

    assert markdown_parser().normalizeLink(url) == MarkdownIt("commonmark").normalizeLink(url)


def test_pipes_are_skipped_never_read(tmp_path: Path, lint_files: Callable[..., Report]) -> None:
    answers = tmp_path / "content" / "answers"
    answers.mkdir(parents=True)
    os.mkfifo(answers / "pipe.md")
    os.symlink(answers / "pipe.md", answers / "to-pipe.md")
    report = lint_files({"content/answers/a.md": HEADER})
    skipped = sorted(d.path for d in report.diagnostics if d.rule == "CL007")
    assert skipped == ["content/answers/pipe.md", "content/answers/to-pipe.md"]


def test_a_failing_rule_or_extractor_is_one_diagnostic_and_the_rest_still_runs(
        lint_source: Lint, monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from contentlint import engine, rules

    def broken(*args: object) -> list[object]:
        raise IndexError("boom")

    monkeypatch.setitem(rules.RULES, "CL370", dataclasses.replace(rules.RULES["CL370"], check=broken))
    monkeypatch.setattr(engine, "extract_links", broken)
    found = lint_source(HEADER + "Metin.\n\n\n<!-- contentlint-disable-next-line CL999 -->\n")
    failures = sorted(d.message.render("en") for d in found if d.rule == "CL009")
    assert failures == ["CL370 failed on this file (IndexError: boom); please report it",
                        "extract_links failed on this file (IndexError: boom); please report it"]
    assert {"CL351", "CL010"} <= {d.rule for d in found}
