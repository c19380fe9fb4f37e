"""Input written to break the tool: every command keeps going and says where the problem is."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markdown_it import MarkdownIt

from contentlint.cli import main
from tests.conftest import HEADER, make_project

# Every command that reads answer files, each with a JSON report to read back.
COMMANDS = [
    ["check"], ["check", "--links"], ["check", "--fix"], ["links"], ["audit"],
]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_project(tmp_path, {})
    # No request leaves the machine: the only web links are excluded.
    (tmp_path / "contentlint.toml").write_text(
        '[links]\nexclude = ["^https?://"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return tmp_path


def write(root: Path, name: str, text: str) -> None:
    (root / "content" / "answers" / name).write_text(text, encoding="utf-8", newline="")


def report(root: Path, args: list[str], *extra: str) -> dict[str, Any]:
    out = root / "out.json"
    code = main([*args, "--no-progress" if args[0] != "check" else "--no-cache", *extra,
                 "--format", f"json:{out}"])
    assert code in (0, 1)
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def found(data: dict[str, Any], *rules: str) -> list[tuple[str, str, int, int]]:
    """(file name, rule, line, column) of the diagnostics of ``rules``; audit reports list
    links, not diagnostics, and give none."""
    return sorted(
        (Path(d["path"]).name, d["rule"], d["line"], d["column"])
        for d in data.get("diagnostics", []) if d["rule"] in rules
    )


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_values_yaml_cannot_build_are_diagnostics_in_every_command(
        project: Path, args: list[str]) -> None:
    write(project, "date.md", "---\ntitle: 2023-02-30\nquestion_id: 8\nchoice_id: 1\n---\nMetin.\n")
    write(project, "time.md", "---\ntitle: 2023-02-28 25:00:00\nquestion_id: 8\nchoice_id: 1\n---\n")
    write(project, "long.md", f"---\ntitle: x\nquestion_id: {'9' * 5000}\nchoice_id: 1\n---\n")
    write(project, "hex.md", f"---\ntitle: x\nquestion_id: 8\nchoice_id: 0x{'f' * 4000}\n---\n")
    write(project, "base60.md", f"---\ntitle: x\nquestion_id: 1{':59' * 3000}\nchoice_id: 1\n---\n")
    write(project, "key.md", "---\ntitle: x\n2023-02-30: a\n---\n")
    data = report(project, args)
    assert found(data, "CL009") == []
    if args[0] == "check":
        assert found(data, "CL106", "CL009") == [
            ("base60.md", "CL106", 3, 14),
            ("date.md", "CL106", 2, 8), ("hex.md", "CL106", 4, 12),
            ("key.md", "CL106", 3, 1),
            ("long.md", "CL106", 3, 14), ("time.md", "CL106", 2, 8),
        ]


def test_unbuildable_values_are_explained_in_both_languages(project: Path) -> None:
    write(project, "a.md", f"---\ntitle: 2023-02-30\nquestion_id: {'9' * 5000}\nchoice_id: 1\n---\n")
    [date, number] = [d for d in report(project, ["check"])["diagnostics"] if d["rule"] == "CL106"]
    assert "YAML reads '2023-02-30' as a date" in date["message"]
    assert "a number 5000 characters long" in number["message"]
    [date_tr, number_tr] = [
        d for d in report(project, ["check"], "--lang", "tr")["diagnostics"] if d["rule"] == "CL106"]
    assert "tarih olarak okur" in date_tr["message"]
    assert "5000 karakterlik bir sayı" in number_tr["message"]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_values_a_tag_forces_into_another_type_are_diagnostics(project: Path, args: list[str]) -> None:
    # PyYAML's builders raise KeyError, IndexError or AttributeError on these: never a traceback.
    for name, value in [("bool", "!!bool maybe"), ("float", "!!float ''"), ("int", "!!int ''"),
                        ("hex", "!!int 0x"), ("date", "!!timestamp soon"), ("word", "!!float abc")]:
        write(project, f"{name}.md", f"---\ntitle: {value}\nquestion_id: 8\nchoice_id: 1\n---\nMetin.\n")
    write(project, "key.md", "---\ntitle: x\n!!bool maybe: a\n---\n")
    data = report(project, args)
    assert found(data, "CL009") == []
    if args[0] == "check":
        assert found(data, "CL106", "CL107") == [
            ("bool.md", "CL106", 2, 8), ("date.md", "CL106", 2, 8), ("float.md", "CL106", 2, 8),
            ("hex.md", "CL106", 2, 8), ("int.md", "CL106", 2, 8), ("key.md", "CL106", 3, 1),
            ("word.md", "CL106", 2, 8),
        ]
        [bool_en] = [d["message"] for d in data["diagnostics"] if d["path"].endswith("bool.md")]
        assert bool_en == ("YAML cannot read 'maybe' as the type its tag '!!bool' names; remove the tag, "
                           "or write a value of that type")
        [bool_tr] = [d["message"] for d in report(project, args, "--lang", "tr")["diagnostics"]
                     if d["path"].endswith("bool.md")]
        assert bool_tr == ("YAML 'maybe' değerini '!!bool' etiketinin belirttiği türde okuyamaz; "
                           "etiketi kaldırın ya da o türde bir değer yazın")


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_repeated_key_whose_last_value_cannot_be_built_is_a_diagnostic(project: Path, args: list[str]) -> None:
    # YAML keeps the last value of a repeated key; PyYAML's builder raised on it (AttributeError).
    write(project, "a.md", "---\ntitle: x\ntitle: !!timestamp soon\nquestion_id: 8\nchoice_id: 1\n---\nMetin.\n")
    data = report(project, args)
    assert found(data, "CL009") == []
    if args[0] == "check":
        messages = [d["message"] for d in data["diagnostics"] if d["rule"] == "CL107"]
        assert messages == ["YAML value could not be read: a value cannot be read as it is written (look at "
                            "the values with a '!!' tag)"]
        [tr] = [d["message"] for d in report(project, args, "--lang", "tr")["diagnostics"] if d["rule"] == "CL107"]
        assert tr == "YAML değeri okunamadı: bir değer, yazıldığı biçimde okunamıyor ('!!' etiketli değerlere bakın)"


def test_a_tagged_value_written_as_its_type_is_read(project: Path) -> None:
    write(project, "a.md", "---\ntitle: !!str 12\nquestion_id: !!int 8\nchoice_id: !!int '1'\n---\nMetin.\n")
    assert found(report(project, ["check"]), "CL106", "CL107", "CL113", "CL009") == []


def test_a_real_date_as_title_is_explained_not_shown_as_python(project: Path) -> None:
    write(project, "a.md", "---\ntitle: 2023-02-28\nquestion_id: 8\nchoice_id: 1\n---\n")
    [en] = [d["message"] for d in report(project, ["check"])["diagnostics"] if d["rule"] == "CL113"]
    [tr] = [d["message"] for d in report(project, ["check"], "--lang", "tr")["diagnostics"]
            if d["rule"] == "CL113"]
    assert en == "'title: 2023-02-28' is read by YAML as a date, not as text; put it in quotes"
    assert tr == "YAML 'title: 2023-02-28' değerini metin değil tarih olarak okur; tırnak içine alın"


def test_an_unbuildable_value_in_the_catalog_is_a_catalog_diagnostic(project: Path) -> None:
    (project / "content" / "questions.yaml").write_text(
        "questions:\n  - id: 8\n    choices:\n      - id: 1\n        title: 2023-02-30\n",
        encoding="utf-8")
    write(project, "a.md", HEADER)
    assert found(report(project, ["check"]), "CL210", "CL009") == [("questions.yaml", "CL210", 5, 16)]


@pytest.mark.parametrize("nesting", ["> " * 25, "- " * 15, "> - " * 8, "[" * 23])
def test_links_nested_too_deeply_are_reported_and_still_checked(
        project: Path, nesting: str) -> None:
    write(project, "a.md", HEADER + f"Giriş.\n\n{nesting}[a](javascript:alert(1)) ve [b](https://x.org)\n")
    column = len(nesting) + 5
    assert found(report(project, ["check", "--links"]), "CL008", "CL416") == [
        ("a.md", "CL008", 8, 1), ("a.md", "CL416", 8, column)]


def test_a_javascript_link_is_a_link(project: Path) -> None:
    """markdown-it drops such links when it renders HTML; a linter must see them, and must not
    'fix' the colon in their address as if it were prose."""
    write(project, "a.md", HEADER + "Metin [a](javascript:alert(1)) ve [b](file:///C:/x.pdf).\n")
    assert found(report(project, ["check", "--links"]), "CL416", "CL333") == [
        ("a.md", "CL416", 6, 11), ("a.md", "CL416", 6, 39)]


CR_BODY = (
    "Birinci satır [STGM](https://www.stgm.org.tr/a) 'nin sayfası “alıntı\" ve devam.\n\n"
    "İkinci paragraf <u>[Platform](http://www.stgm.org.tr/x)</u> na gidin.\n"
    "Üçüncü satır [video](https://youtu.be/abc) ve <b>kalın</b>.\n"
)


def test_cr_line_endings_give_the_same_findings_at_the_same_characters(project: Path) -> None:
    """Positions count '\\n' only: in a file of lone CRs every finding is on line 1, at the
    character where the LF file has it."""
    lf = HEADER + CR_BODY
    write(project, "lf.md", lf)
    write(project, "cr.md", lf.replace("\n", "\r"))
    data = report(project, ["check", "--links"])
    starts = [0] + [i + 1 for i, c in enumerate(lf) if c == "\n"]
    markdown = [(d["rule"], starts[d["line"] - 1] + d["column"])
                for d in data["diagnostics"] if d["path"].endswith("lf.md")]
    assert {rule for rule, _ in markdown} >= {"CL340", "CL331", "CL322", "CL307", "CL308", "CL321"}
    # Without its frontmatter (CL101), the CR file's "title: …" lines are prose to the speller.
    on_cr = [(d["rule"], d["line"], d["column"]) for d in data["diagnostics"]
             if d["path"].endswith("cr.md") and d["rule"] not in ("CL101", "CL358")
             and not (d["rule"] == "CL601" and d["column"] <= len(HEADER))]
    assert sorted(on_cr) == sorted((rule, 1, column) for rule, column in markdown)


@pytest.mark.parametrize(("header", "where"), [
    ("---\ntitle: a\rquestion_id: 8\nchoice_id: x\n---\n", (3, 12)),
    ('---\ntitle: "a\u2028b"\nquestion_id: 8\nchoice_id: x\n---\n', (4, 12)),
    ('---\ntitle: "a\x85b"\nquestion_id: 8\nchoice_id: x\n---\n', (4, 12)),
])
def test_frontmatter_positions_count_only_newlines(project: Path, header: str,
                                                   where: tuple[int, int]) -> None:
    """YAML also breaks lines at a lone CR, NEL and U+2028; positions do not."""
    write(project, "a.md", header + "Metin.\n")
    assert found(report(project, ["check"]), "CL113") == [("a.md", "CL113", *where)]


def test_a_file_of_lone_crs_is_told_so(project: Path) -> None:
    write(project, "cr.md", (HEADER + "Metin.\n").replace("\n", "\r"))
    en = {d["message"] for d in report(project, ["check"])["diagnostics"] if d["rule"] == "CL358"}
    tr = {d["message"] for d in report(project, ["check"], "--lang", "tr")["diagnostics"]
          if d["rule"] == "CL358"}
    assert en == {"The lines of this file end with CR alone (old Mac line endings); use LF"}
    assert tr == {"Bu dosyanın satırları tek başına CR ile bitiyor (eski Mac satır sonları); LF kullanın"}


def test_fixing_a_cr_file_gives_the_fixed_lf_file(project: Path) -> None:
    write(project, "lf.md", HEADER + CR_BODY)
    write(project, "cr.md", (HEADER + CR_BODY).replace("\n", "\r"))
    assert main(["check", "--fix", "--no-cache"]) == 1
    answers = project / "content" / "answers"
    assert (answers / "cr.md").read_bytes() == (answers / "lf.md").read_bytes()


# "kötü.md" written in Windows-1254: not a UTF-8 file name.
BAD_NAME = b"k\xf6t\xfc.md"
SHOWN = "content/answers/k\\xF6t\\xFC.md"


def write_bad_name(root: Path, text: str = HEADER + "Metin  .\n") -> Path:
    path = Path(os.fsdecode(os.fsencode(root / "content" / "answers") + b"/" + BAD_NAME))
    path.write_bytes(text.encode())
    return path


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """A new process, as CI runs it: its standard output is bytes that must be UTF-8."""
    env = {**os.environ, "LANG": "C.UTF-8", "PYTHONPATH": str(Path(__file__).parent.parent)}
    return subprocess.run([sys.executable, "-m", "contentlint", *args], cwd=root, env=env,
                          capture_output=True, check=False)


@pytest.mark.parametrize("args", [
    ["check"], ["check", "--format", "json"], ["check", "--format", "sarif"],
    ["check", "--format", "github"], ["check", "--format", "junit"],
    ["check", "--format", "markdown"], ["check", "--diff"], ["check", "--fix"],
], ids=" ".join)
def test_a_file_name_that_is_not_utf8_is_shown_with_escapes(project: Path, args: list[str]) -> None:
    path = write_bad_name(project)
    for _ in range(2):  # a cold cache, then a warm one
        done = run_cli(project, *args)
        assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
        assert b"Traceback" not in done.stderr
        out = done.stdout.decode("utf-8")
        if args[-1] in ("json", "sarif"):
            json.loads(out)
        shown = {"json": "k\\\\xF6t\\\\xFC.md", "sarif": "k%5CxF6t%5CxFC.md", "--fix": ""}
        assert shown.get(args[-1], SHOWN) in out
    # The file kept its name; --fix rewrote it in place.
    assert sorted(os.listdir(os.fsencode(path.parent))) == [BAD_NAME]
    assert path.read_bytes().endswith(b"Metin.\n" if args == ["check", "--fix"] else b"Metin  .\n")


def test_file_reports_and_audit_with_a_file_name_that_is_not_utf8(project: Path) -> None:
    write_bad_name(project, HEADER + "Metin [a](ftp://example.org/a).\n")
    assert main(["check", "--links", "--format", "json:check.json", "--format", "sarif:check.sarif",
                 "--format", "junit:check.xml", "--format", "markdown:check.md"]) == 0
    for name in ("check.json", "check.xml", "check.md"):
        assert "k\\xF6t\\xFC.md" in (project / name).read_text(encoding="utf-8").replace("\\\\", "\\")
    assert main(["audit", "--no-progress", "--html", "audit.html", "--format", "markdown:audit.md",
                 "--format", "json:audit.json"]) == 0
    assert "ftp://example.org/a" in (project / "audit.json").read_text(encoding="utf-8")


def test_changed_since_reads_file_names_that_are_not_utf8(project: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                       cwd=project, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", ".")
    git("commit", "-q", "-m", "start")
    write_bad_name(project)
    data = report(project, ["check"], "--changed-since", "main")
    assert found(data, "CL332") == [("k\\xF6t\\xFC.md", "CL332", 6, 6)]


# A file name that tries to end a Markdown heading, open an HTML comment (hiding the rest of a
# pull-request comment), colour a terminal and reverse the text after it.
HOSTILE = "a`\n<!--\n\x1b[31m|*_x\u202e.md"
HOSTILE_SHOWN = "content/answers/a`\\x0A<!--\\x0A\\x1B[31m|*_x\\u202E.md"
# What must never reach an output raw.
RAW = ("\x1b", "\u202e", "\x07", "\n<!--")


def hostile_project(root: Path, link: str = "https://x.org/a") -> None:
    write(root, HOSTILE, HEADER + f"Metin [<!-- `x`\x07 | \u202e@admin]({link}) .\n")
    write(root, "z.md", HEADER.replace("choice_id: 1", "choice_id: 2") + "Son metin.\n")


def test_markdown_report_shows_every_file_whatever_its_name(project: Path) -> None:
    hostile_project(project)
    main(["check", "--no-cache", "--format", "markdown:r.md", "--format", "json:r.json"])
    text = (project / "r.md").read_text(encoding="utf-8")
    assert not any(raw in text for raw in RAW)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert [t for t in tokens if t.type.startswith("html")] == []
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"
                and t.tag == "h4"]
    assert headings == [f"``{HOSTILE_SHOWN}``", "`content/answers/z.md`"]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == 2 + len(json.loads((project / "r.json").read_text())["diagnostics"])


def test_text_and_github_outputs_keep_one_finding_per_line(project: Path) -> None:
    hostile_project(project)
    main(["check", "--no-cache", "--format", "text:r.txt", "--format", "github:r.gh",
          "--format", "json:r.json"])
    diagnostics = json.loads((project / "r.json").read_text())["diagnostics"]
    text = (project / "r.txt").read_text(encoding="utf-8")
    assert not any(raw in text for raw in RAW)
    assert [line for line in text.splitlines() if line and not line.startswith(" ")][:2] == [
        HOSTILE_SHOWN, "content/answers/z.md"]
    annotations = (project / "r.gh").read_text(encoding="utf-8").splitlines()
    assert not any(raw in "\n".join(annotations) for raw in RAW)
    assert len(annotations) == len(diagnostics)
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in annotations)
    assert annotations[0].startswith(
        "::warning file=content/answers/a`\\x0A<!--\\x0A\\x1B[31m|*_x\\u202E.md,line=6,")


def test_step_summary_shows_every_file(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hostile_project(project)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(project / "summary.md"))
    main(["check", "--no-cache", "--format", "github:r.gh"])
    summary = (project / "summary.md").read_text(encoding="utf-8")
    assert not any(raw in summary for raw in RAW)
    assert "#### `content/answers/z.md`" in summary


def test_audit_markdown_and_html_escape_file_names_and_link_texts(project: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on: the link is unreachable
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    hostile_project(project, f"http://127.0.0.1:{port}/<!--")
    (project / "contentlint.toml").write_text("", encoding="utf-8")
    assert main(["audit", "--no-progress", "--allow-private", "--retries", "0",
                 "--html", "a.html", "--format", "markdown:a.md"]) == 0
    text = (project / "a.md").read_text(encoding="utf-8")
    assert not any(raw in text for raw in RAW)
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert [t for t in tokens if t.type.startswith("html")] == []
    shown = _HtmlText()
    shown.feed(MarkdownIt("commonmark").enable("table").render(text))
    assert f"{HOSTILE_SHOWN}:6" in shown.texts
    assert "<!-- x\\x07 | \\u202e@admin" in shown.texts
    page = (project / "a.html").read_text(encoding="utf-8")
    assert not any(raw in page for raw in RAW)
    seen = _HtmlText()
    seen.feed(page)
    assert seen.files == [HOSTILE_SHOWN]
    assert "<!-- x\\x07 | \\u202e@admin" in seen.texts


class _HtmlText(HTMLParser):
    """The file groups and the text of the audit page, as a browser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []
        self.texts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        file = dict(attrs).get("data-file")
        if tag == "tbody" and file is not None:
            self.files.append(file)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)


def test_audit_honours_suppressions_in_a_file_whose_name_is_not_utf8(project: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    comment = "<!-- contentlint-disable-next-line link-unreachable -->\n"
    write_bad_name(project, HEADER + comment + f"[a](http://127.0.0.1:{port}/x)\n")
    (project / "contentlint.toml").write_text("", encoding="utf-8")
    assert main(["audit", "--no-progress", "--allow-private", "--retries", "0",
                 "--format", "json:a.json"]) == 0
    assert json.loads((project / "a.json").read_text(encoding="utf-8"))["audit"]["links"] == []
