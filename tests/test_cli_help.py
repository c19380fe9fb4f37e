"""The command line's own texts (help, usage, argument errors) in Turkish and English."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from contentlint.cli import build_parser, lang_from_argv, main
from contentlint.messages import Lang

COMMANDS = [[], ["check"], ["links"], ["audit"], ["rules"], ["explain"], ["config-schema"]]


@pytest.fixture(autouse=True)
def _plain_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for var in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "250")  # one line per option, so phrases are not wrapped


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int | str | None, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    return exited.value.code, out, err


def test_check_help_in_turkish(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    code, out, _ = run(["check", "--help"], capsys)
    assert code == 0
    assert "güvenli otomatik düzeltmeleri uygular" in out
    assert out.startswith("kullanım: contentlint check")
    assert "seçenekler:" in out and "argümanlar:" in out and "bağlantı denetimi" in out
    assert "bu yardımı gösterir ve çıkar" in out
    for english in ("usage:", "options:", "positional arguments", "show this help", "apply safe automatic fixes"):
        assert english not in out


def test_argument_names_in_turkish_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--lang", "tr", "check", "--help"], capsys)
    assert code == 0
    for turkish in ("--config DOSYA", "--format BİÇİM[:YOL]", "--select KURAL", "--timeout SANİYE",
                    "--max-cache-age SÜRE", "--user-agent METİN", "[YOL ...]", "--changed-since DAL"):
        assert turkish in out
    for english in ("PATH", "NAME", "RULE", "SECONDS", "REGEX", "AGE", "TEXT", "REF", "CONFIG", "paths"):
        assert english not in out
    code, out, _ = run(["--lang=tr", "--help"], capsys)
    assert code == 0 and "KOMUT" in out and "COMMAND" not in out


def test_check_help_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["check", "--help"], capsys)
    assert code == 0
    assert "apply safe automatic fixes" in out
    assert out.startswith("usage: contentlint check")
    assert "options:" in out and "show this help message and exit" in out
    assert "güvenli" not in out and "kullanım" not in out


@pytest.mark.parametrize("argv", COMMANDS)
def test_every_help_follows_the_language(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, turkish, _ = run([*argv, "--help", "--lang", "tr"] if argv else ["--help", "--lang=tr"], capsys)
    assert code == 0 and turkish.startswith("kullanım:") and "bu yardımı gösterir" in turkish
    code, english, _ = run([*argv, "--help"], capsys)
    assert code == 0 and english.startswith("usage:") and "show this help" in english


def _helps(parser: argparse.ArgumentParser, where: str = "contentlint") -> Iterator[tuple[str, str | None]]:
    yield where, parser.description
    for action in parser._actions:
        yield f"{where} {'/'.join(action.option_strings) or action.dest}", action.help
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _helps(sub, f"{where} {name}")
    for group in parser._action_groups:
        yield f"{where} group", group.title


def test_every_help_string_exists_in_both_languages() -> None:
    english, turkish = dict(_helps(build_parser("en"))), dict(_helps(build_parser("tr")))
    assert english.keys() == turkish.keys()
    untranslated = [key for key, text in english.items()
                    if text and text not in ("positional arguments", "options") and text == turkish[key]]
    assert untranslated == []


def test_build_parser_still_defaults_to_english() -> None:
    parser = build_parser()
    assert parser.description is not None and parser.description.startswith("Check STGM")
    assert parser.parse_args(["check", "--fix"]).fix is True


def test_unknown_option_exits_2_in_turkish(capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    code, out, err = run(["check", "--fixx"], capsys)
    assert code == 2 and out == ""
    assert err == ("contentlint: komut satırı hatası: tanınmayan argüman: --fixx\n"
                   "Yardım için: contentlint check --help\n")


@pytest.mark.parametrize(("argv", "turkish"), [
    (["chek"], "'chek' geçerli bir seçim değil"),
    (["explain"], "gerekli argüman eksik: KURAL"),
    (["check", "--lang", "de"], "--lang: 'de' geçerli bir seçim değil; seçenekler: 'tr', 'en'"),
    (["check", "--timeout"], "--timeout: bir değer verilmeli"),
    (["check", "--retries", "iki"], "--retries: tam sayı olmalı; verilen: 'iki'"),
    (["check", "--format", "xml"], "--format: 'xml' diye bir çıktı biçimi yok; seçenekler: text"),
    (["audit", "--format", "xml"], "--format: 'xml' diye bir çıktı biçimi yok"),
    (["audit", "--fail-after", "0"], "--fail-after: 1 ya da daha büyük bir tam sayı olmalı; verilen: '0'"),
])
def test_argument_errors_in_turkish(argv: list[str], turkish: str, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    code, _, err = run(argv, capsys)
    assert code == 2
    assert err.startswith("contentlint: komut satırı hatası: ") and turkish in err
    assert "Yardım için: contentlint" in err
    assert "Traceback" not in err and "usage:" not in err and "error:" not in err


def test_lang_en_wins_over_turkish_environment(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    code, _, err = run(["check", "--lang", "en", "--fixx"], capsys)
    assert code == 2
    assert "usage: contentlint" in err and "error: unrecognized arguments: --fixx" in err
    assert "komut satırı" not in err and "Traceback" not in err
    code, out, _ = run(["check", "--help", "--lang=en"], capsys)
    assert code == 0 and "apply safe automatic fixes" in out


def test_lang_tr_wins_over_english_environment(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    code, _, err = run(["check", "--format", "xml", "--lang=tr"], capsys)
    assert code == 2 and "'xml' diye bir çıktı biçimi yok" in err


def test_english_errors_keep_argparse_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["check", "--format", "xml"], capsys)
    assert code == 2
    assert err.startswith("usage: contentlint check")
    assert "argument --format: unknown format 'xml' (choose from text, json" in err


@pytest.mark.parametrize(("argv", "env", "lang"), [
    (["check"], None, "en"),
    (["check"], "tr_TR.UTF-8", "tr"),
    (["check", "--lang", "tr"], None, "tr"),
    (["--lang=tr", "check"], None, "tr"),
    (["check", "--lan", "tr"], None, "tr"),
    (["check", "--lang", "en"], "tr_TR.UTF-8", "en"),
    (["check", "--lang", "tr", "--lang", "en"], None, "en"),
    (["check", "--lang", "de"], "tr_TR.UTF-8", "tr"),
    (["check", "--", "--lang", "tr"], None, "en"),
    (["check", "--lang"], None, "en"),
])
def test_language_is_read_from_argv_before_parsing(argv: list[str], env: str | None, lang: Lang,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    if env:
        monkeypatch.setenv("LANG", env)
    assert lang_from_argv(argv) == lang


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("command", [c[0] for c in COMMANDS if c])
def test_a_parser_built_for_one_command_says_what_the_whole_one_says(
        command: str, lang: Lang, capsys: pytest.CaptureFixture[str]) -> None:
    # main() builds only the command argv names; its help, usage and errors must not change.
    outputs = []
    for parser in (build_parser(lang), build_parser(lang, command)):
        for argv in ([command, "--help"], [command, "--no-such-option"]):
            with pytest.raises(SystemExit) as exited:
                parser.parse_args(argv)
            outputs.append((exited.value.code, *capsys.readouterr()))
    assert outputs[:2] == outputs[2:]
    assert outputs[0][0] == 0 and outputs[1][0] == 2 and outputs[0][1].startswith(("usage:", "kullanım:"))


@pytest.mark.parametrize("argv", [["--help"], ["--lang", "tr", "--help"], ["--he", "check"], ["--version"]])
def test_help_and_version_before_a_command_still_know_every_command(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(argv, capsys)
    assert code == 0
    if "--version" not in argv:
        assert all(name in out for name in ("check", "links", "audit", "rules", "explain", "config-schema"))
