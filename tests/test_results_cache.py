"""The result cache's encoding keeps every field of every result."""

from __future__ import annotations

from collections.abc import Callable

from contentlint.engine import Report
from contentlint.messages import LANGS
from contentlint.results import FileResult, decode, decode_or_none, encode
from tests.conftest import ORIGINAL_ANSWER


def test_real_results_survive_encoding(lint_files: Callable[..., Report]) -> None:
    report = lint_files({"content/answers/a.txt": ORIGINAL_ANSWER.read_text("utf-8")})
    [result] = report.results
    assert result.diagnostics and result.links and result.facts is not None
    assert any(d.fix is not None and d.fix.edits for d in result.diagnostics)
    assert decode(encode(result)) == result
    without = decode(encode(result), links=False)
    assert without.links == () and (without.diagnostics, without.facts, without.words) == (
        result.diagnostics, result.facts, result.words)


def test_values_read_from_yaml_read_the_same_from_the_cache(lint_files: Callable[..., Report]) -> None:
    report = lint_files({"content/answers/a.txt":
                         "---\ntitle: [2024-01-01, null]\nquestion_id: 8\nchoice_id: 1\n---\n"})
    [result] = report.results
    fresh = [d.message.render(lang) for d in result.diagnostics for lang in LANGS]
    assert any('["2024-01-01", null]' in message for message in fresh)
    again = decode(encode(result))
    assert [d.message.render(lang) for d in again.diagnostics for lang in LANGS] == fresh


def test_damaged_entry_is_a_cache_miss() -> None:
    assert decode_or_none(b"\x00garbage") is None
    assert decode_or_none(encode(FileResult("a", [], None))[:-3]) is None
