"""The flat frontmatter fast path (contentlint.yamlflat) gives exactly what PyYAML's path gives.

Every comparison is strict: data with its types and key order, every key and value position,
problems, hints, and then every diagnostic of a whole run with and without the fast path.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import contentlint
from contentlint import yamlflat, yamlpos
from contentlint.config import find_project
from contentlint.documents import FRONTMATTER_RULES, Document, load_document
from contentlint.engine import run
from contentlint.yamlpos import LoadedYaml
from tests.conftest import CATALOG, ORIGINAL_ANSWER, REAL_TITLE, REPO, make_project

ANSWER_FILES = sorted(
    {ORIGINAL_ANSWER}
    | {path for path in REPO.glob("**/content/answers/**/*")
       if path.is_file() and ".venv" not in path.parts and ".git" not in path.parts}
)


def _typed(value: Any) -> Any:
    """``value`` with every type spelled out (True == 1 and dict order are not enough)."""
    if isinstance(value, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(item) for item in value])
    return (type(value).__name__, value)


def _canonical(loaded: LoadedYaml) -> Any:
    return (_typed(loaded.data), loaded.ok, list(loaded.values.items()), list(loaded.keys.items()),
            list(loaded.hints.items()), loaded.problems)


def _general(text: str) -> LoadedYaml:
    return yamlpos.load(text, 1, syntax_rule="CL103", rules=FRONTMATTER_RULES)


def _document(doc: Document) -> Any:
    fm = doc.frontmatter
    return (doc.text, doc.encoding, doc.bom, doc.readable, doc.parse_markdown, doc.problems, doc.body,
            doc.body_line, fm and (fm.start_line, fm.end_line, _canonical(fm.yaml), _typed(fm.data)))


@pytest.fixture
def general_only(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it to send every frontmatter through PyYAML, as before the fast path."""
    return lambda: monkeypatch.setattr(yamlflat, "load_flat", lambda text, line_offset: None)


def test_the_real_answer_file_takes_the_fast_path(monkeypatch: pytest.MonkeyPatch,
                                                  general_only: Callable[[], None]) -> None:
    taken: list[LoadedYaml | None] = []
    real = yamlflat.load_flat

    def spy(text: str, line_offset: int) -> LoadedYaml | None:
        taken.append(real(text, line_offset))
        return taken[-1]

    monkeypatch.setattr(yamlflat, "load_flat", spy)
    project = find_project(REPO)
    for path in (ORIGINAL_ANSWER, REPO / "content" / "answers" / "000_727566c4d5cc03bf.txt"):
        taken.clear()
        fast = contentlint.lint([path], config=project)
        assert len(taken) == 1 and taken[0] is not None
        assert taken[0].data == {"title": REAL_TITLE, "question_id": 8, "choice_id": 1}
        general_only()
        slow = contentlint.lint([path], config=project)
        monkeypatch.setattr(yamlflat, "load_flat", spy)
        assert [d.to_dict("tr") for d in fast.diagnostics] == [d.to_dict("tr") for d in slow.diagnostics]
        assert [d.to_dict("en") for d in fast.diagnostics] == [d.to_dict("en") for d in slow.diagnostics]


@pytest.mark.parametrize("path", ANSWER_FILES, ids=lambda path: str(path.relative_to(REPO)))
def test_every_answer_file_in_the_repository_loads_the_same(path: Path,
                                                            general_only: Callable[[], None]) -> None:
    raw = path.read_bytes()
    fast = load_document(path, "x", raw)
    general_only()
    assert _document(fast) == _document(load_document(path, "x", raw))


def test_the_repository_answer_files_mostly_take_the_fast_path() -> None:
    """Guards the comparison above against a fast path that never answers."""
    taken = 0
    for path in ANSWER_FILES:
        text = path.read_text(encoding="utf-8", errors="replace")
        _, _, rest = text.partition("---\n")
        head, found, _ = rest.partition("\n---\n")
        taken += found != "" and yamlflat.load_flat(head + "\n", 1) is not None
    assert len(ANSWER_FILES) >= 50 and taken >= len(ANSWER_FILES) * 3 // 4


# What the fast path must read itself, with the positions PyYAML's marks give.
@pytest.mark.parametrize("text", [
    f"title: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\n",
    "title: 'Soru 12 için 3. seçenek: gönüllülerle iş birliği'\nquestion_id: 12\nchoice_id: 3\n",
    'title: "İş birliği, bağış #1"   \nquestion_id: 0\n',
    "title: 'it''s ''quoted'' 😀𝒜'\nsummary: a 😀 b:c d#e  \n",
    "title:    spaced   out   \nx_y: 0o17\n",
])
def test_the_fast_path_reads_the_common_shapes(text: str) -> None:
    fast = yamlflat.load_flat(text, 1)
    assert fast is not None
    assert _canonical(fast) == _canonical(_general(text))


_IMPLICIT = [
    # bool, null
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False",
    "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    "~", "null", "Null", "NULL",
    # int: decimal, octal, binary, hexadecimal, base 60, '_', signs, and too long to build
    "0", "7", "8", "12", "007", "010", "08", "09", "0b101", "0b", "0x1A", "0x_", "0o17", "1_000",
    "+5", "-5", "+0", "-0", "1:30", "190:20:30", "0:59", "1_", "9" * 18, "9" * 19, "1" * 40, "1" * 5000,
    "٣", "0٣",
    # float, timestamp, merge, value, yaml
    "1.5", ".5", "1.", "1e5", "1.0e+5", ".inf", "-.Inf", ".NaN", "1_000.5", "6.8523015e+5",
    "190:20:30.15", "1.2.3", "2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
    "2023-02-30", "2001-1-1T1:1:1", "<<", "=", "!", "&", "*", "<a", "=a",
]
_TEXT = [
    "Gönüllülerle iş birliği", "ığüşöçİĞÜŞÖÇ", "😀", "𝒜", "中文", "\u00a0", "\u2028", "\x85", "\ufeff",
    "\t", "\r", "#", " #", "a#b", ": ", ":", "'", '"', "''", "\\", "\\n", "-", "- ", "? ", "?", "[", "]",
    "{", "}", ",", "&a", "*a", "!tag", "|", ">", "%", "@", "`", "  ", " ", "\x7f", "\x01", "\ufffe",
    "x", "Soru 8", "yok.", "8", "1:30", "b:", "b: ", " :", "#c",
]
_KEYS = ["title", "question_id", "choice_id", "summary", "x", "_", "a_b", "yes", "no", "on", "y", "null",
         "true", "Title", "key with space", "é", "k" * 64, "k" * 65, "k" * 1100, "<<", "8", "~"]
_SEPARATORS = [": ", ": ", ": ", ":  ", ":", ":\t", " : ", ":\u00a0"]
_EXTRA_LINES = ["", "# comment", "  indented: x", "- item", "title", "title:", "title: ", "...", "---",
                "? title", "title: a\n  continued", "title: |\n  block", "%YAML 1.1"]


# Pieces the fast path can take: Turkish, astral characters, a no-break space, quotes and '#' and
# ':' where they do not end a plain scalar.
_SAFE = ["x", "Soru", " ", "iş", "8", "Gönüllülerle", "İĞÜŞÖÇ", "😀", "𝒜", "\u00a0", "a#b", "a:b", "'", '"',
         "(c)", "1.", "yok.", "x", "Soru", " ", "iş", "8", "Gönüllülerle", "İĞÜŞÖÇ", "😀", "𝒜", "\u00a0",
         "-", "?", "=", "~", "%", "[a]", "{b}", ",", "!", "&", "*"]


def _value(rng: random.Random, stress: float) -> str:
    """A value built from safe pieces, with stressing pieces and spellings as often as ``stress``."""
    if rng.random() < stress:
        return rng.choice(_IMPLICIT)
    pieces = "".join(rng.choice(_TEXT if rng.random() < stress / 3 else _SAFE)
                     for _ in range(rng.randint(1, 4)))
    style = rng.random()
    if style < 0.3:
        quoted = pieces.replace("'", "''") if rng.random() > stress / 2 else pieces
        return f"'{quoted}'"
    if style < 0.45:
        return f'"{pieces}"'
    return pieces


def _frontmatter(rng: random.Random) -> str:
    """A frontmatter text: half of them stress every line, the others only now and then."""
    stress = rng.choice([0.03, 0.3])
    keys = ["title", "question_id", "choice_id"] if rng.random() < 0.5 else []
    keys += [rng.choice(_KEYS) if rng.random() < stress else rng.choice(["summary", "x", "title"])
             for _ in range(rng.randint(0 if keys else 1, 2))]
    rng.shuffle(keys)
    lines = []
    for key in keys:
        if rng.random() < stress / 5:
            lines.append(rng.choice(_EXTRA_LINES))
            continue
        if key in ("title", "question_id", "choice_id") and rng.random() < 0.5:
            value = {"title": REAL_TITLE, "question_id": "8", "choice_id": "1"}[key]
        else:
            value = _value(rng, stress)
        separator = rng.choice(_SEPARATORS) if rng.random() < stress else ": "
        trailing = rng.choice([" ", "  ", " # note", "\t", "#x"]) if rng.random() < stress else ""
        lines.append(key + separator + value + trailing)
    text = "".join(line + "\n" for line in lines)
    roll = rng.random()
    if roll < stress / 10:
        text = text.replace("\n", "\r\n")
    elif roll < stress / 5:
        text = "\ufeff" + text
    elif roll < stress * 0.3:
        text = text.rstrip("\n")
    return text


def test_random_frontmatters_load_the_same_on_both_paths() -> None:
    rng = random.Random(20261202)
    taken = refused = 0
    for _ in range(10000):
        text = _frontmatter(rng)
        fast = yamlflat.load_flat(text, 1)
        if fast is None:
            refused += 1
            continue
        taken += 1
        assert _canonical(fast) == _canonical(_general(text)), text
    # Both sides of the boundary were exercised.
    assert taken > 2500 and refused > 2500


@pytest.mark.parametrize("value", _IMPLICIT + [f"'{v}'" for v in _IMPLICIT] + [f'"{v}"' for v in _IMPLICIT])
def test_every_implicit_type_spelling_loads_the_same(value: str) -> None:
    for text in (f"title: {value}\n", f"question_id: {value}  \nchoice_id: 1\n"):
        fast = yamlflat.load_flat(text, 1)
        assert fast is None or _canonical(fast) == _canonical(_general(text)), text


# Where a plain or quoted scalar ends, and what may follow it on its line.
_EDGES = ["abc:", "abc: ", "a :", "a: b", "a:b", "a #b", "a#b", "a\t#b", "a\tb", "a #", "a  ", "'a' #c", "'a'b",
          "'a' b", '"a"b', '"a" #c', "'a", '"a', "'a''", "'a, , '", '""', "' '", '" "', "' 8 '",
          "'8'", '"-8"', "' 08'", "'a\\b'", '"a\\b"', '"a\\"', "'it''s'", "'\u00a0'", "\u00a0", "a\u00a0",
          "\u3000", "a\u2028b", "a\x85b", "a\ufeffb", "a\x7fb", "😀:", "😀 #", "x" * 3000]


@pytest.mark.parametrize("value", _EDGES)
def test_scalar_edges_load_the_same(value: str) -> None:
    for text in (f"title: {value}\n", f"a: 1\ntitle:  {value}\nb: 2\n"):
        fast = yamlflat.load_flat(text, 1)
        assert fast is None or _canonical(fast) == _canonical(_general(text)), text


def test_a_whole_run_reports_the_same_with_and_without_the_fast_path(
        tmp_path: Path, general_only: Callable[[], None]) -> None:
    rng = random.Random(7)
    body = "Gönüllülerle iş birlikleri [STGM](https://www.stgm.org.tr) üzerinden yürütülür.\n"
    files: dict[str, str | bytes] = {
        f"content/answers/{index:03d}.txt": f"---\n{_frontmatter(rng)}---\n{body}" for index in range(150)}
    project = make_project(tmp_path, files, catalog=CATALOG)
    fast = run(project, use_cache=False)
    general_only()
    slow = run(project, use_cache=False)
    assert len(fast.diagnostics) > 150
    for lang in ("en", "tr"):
        assert [d.to_dict(lang) for d in fast.diagnostics] == [d.to_dict(lang) for d in slow.diagnostics]
