"""Command line: arguments → configuration → engine → reporters → exit code; nothing else."""

from __future__ import annotations

import argparse
import gc
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from pathlib import Path
from typing import Any, NoReturn, TextIO

from contentlint import __version__
from contentlint.atomic import Stopped, remove_stale, stop_signals_raise
from contentlint.config import ConfigError, LinksConfig, Project, find_project, parse_config
from contentlint.diagnostics import Severity
from contentlint.discover import UsageError
from contentlint.forkpool import WorkerLost
from contentlint.messages import Lang, Message, detect_lang, msg, pick
from contentlint.state import drain_notices

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _format_names() -> list[str]:
    from contentlint.reporters import REPORTER_BY_NAME

    return list(REPORTER_BY_NAME)


def _format_spec(value: str, lang: Lang = "en") -> tuple[str, str | None]:
    name, _, path = value.partition(":")
    if name not in _format_names():
        raise argparse.ArgumentTypeError(msg(
            "unknown format '{name}' (choose from {names})",
            "'{name}' diye bir çıktı biçimi yok; seçenekler: {names}",
            name=name, names=", ".join(_format_names()),
        ).render(lang))
    return name, path or None


def _duration(value: str, lang: Lang = "en", *, zero: bool = False) -> str:
    """A duration option: a finite number of seconds (or 500ms, 30s, 5m, 1h), above 0 unless
    ``zero``; a wait of 0, inf or NaN would never end. The configuration parses it again."""
    from contentlint.config import parse_seconds

    try:
        seconds = float(parse_seconds(value))
    except (TypeError, ValueError):
        seconds = float("nan")
    if not math.isfinite(seconds) or seconds < 0 or (seconds == 0 and not zero):
        raise argparse.ArgumentTypeError(msg(
            "expected a finite number of seconds {range} (e.g. 20, 500ms, 5m), got '{value}'",
            "{range_tr} sonlu bir saniye değeri olmalı (ör. 20, 500ms, 5m); verilen: '{value}'",
            value=value, range="of at least 0" if zero else "above 0",
            range_tr="0 ya da daha büyük" if zero else "0'dan büyük",
        ).render(lang))
    return value


def lang_from_argv(argv: Sequence[str]) -> Lang:
    """The language of the command line's own texts, known before argparse builds the parser.

    ``--lang tr``/``--lang=tr`` (or an abbreviation argparse would accept, such as ``--lan``), else
    LANG/LC_ALL. The configuration file's ``lang`` is deliberately not read: finding and parsing it
    needs ``--config``, which only the parser knows, and a broken configuration must not stop
    ``--help`` or argument errors from being shown.
    """
    explicit: str | None = None
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        option, equals, value = token.partition("=")
        if len(option) > 3 and "--lang".startswith(option):
            explicit = value if equals else next(tokens, None)
    return detect_lang(explicit)


# The section titles argparse gives every parser ("optional arguments" before Python 3.10).
_HEADINGS_TR = {"positional arguments": "argümanlar", "options": "seçenekler", "optional arguments": "seçenekler"}


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size() tells it (COLUMNS, else the terminal,
    else 80): argparse asks for it on every argument added, and shutil's import (with bz2 and
    lzma) was 2 % of a one-file check."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns if sys.__stdout__ else 0
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _HelpFormatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _TurkishHelpFormatter(_HelpFormatter):
    """argparse's fixed words in help and usage texts, in Turkish."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(_HEADINGS_TR.get(heading, heading) if heading else heading)

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "kullanım: " if prefix is None else prefix)


# argparse's own error messages (English gettext strings), for editors who read Turkish. A
# message that matches none of these is shown as argparse wrote it.
_ARGPARSE_ERRORS_TR: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), turkish) for pattern, turkish in (
        (r"unrecognized arguments: (?P<args>.*)", "tanınmayan argüman: {args}"),
        (r"the following arguments are required: (?P<args>.*)", "gerekli argüman eksik: {args}"),
        (r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)",
         "{value} geçerli bir seçim değil; seçenekler: {choices}"),
        (r"expected one argument", "bir değer verilmeli"),
        (r"invalid int value: (?P<value>.*)", "tam sayı olmalı; verilen: {value}"),
        (r"invalid \S+ value: (?P<value>.*)", "{value} geçerli bir değer değil"),
        (r"ambiguous option: (?P<option>.*) could match (?P<matches>.*)",
         "{option} birden çok seçeneğe uyuyor: {matches}"),
    )
)
_ARGUMENT_PREFIX = re.compile(r"argument (?P<argument>.+?): (?P<rest>.*)", re.DOTALL)


def _argparse_error_tr(message: str) -> str:
    prefix = ""
    if match := _ARGUMENT_PREFIX.fullmatch(message):
        prefix, message = f"{match['argument']}: ", match["rest"]
    for pattern, turkish in _ARGPARSE_ERRORS_TR:
        if match := pattern.fullmatch(message):
            return prefix + turkish.format(**match.groupdict())
    return prefix + message


class CliParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts (-h, usage, section titles, errors) follow ``lang``."""

    def __init__(self, *args: Any, lang: Lang = "en", **kwargs: Any) -> None:
        self.lang: Lang = lang
        if kwargs.get("add_help", True):
            # -h comes from a parent so that it keeps its place before the other options.
            helper = argparse.ArgumentParser(add_help=False, formatter_class=_HelpFormatter)
            helper.add_argument("-h", "--help", action="help", help=pick(
                lang, "show this help message and exit", "bu yardımı gösterir ve çıkar"))
            kwargs["parents"] = [helper, *kwargs.get("parents", ())]
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", _TurkishHelpFormatter if lang == "tr" else _HelpFormatter)
        super().__init__(*args, **kwargs)
        self._help_prog = self.prog

    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None,
    ) -> tuple[Any, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        # Unrecognized arguments are reported by this (the top) parser; point to the command's help.
        command = getattr(parsed, "command", None)
        self._help_prog = f"{self.prog} {command}" if command else self.prog
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        if self.lang != "tr":
            super().error(message)
        self.exit(EXIT_USAGE, f"{self.prog.partition(' ')[0]}: komut satırı hatası: {_argparse_error_tr(message)}\n"
                              f"Yardım için: {self._help_prog} --help\n")


COMMANDS = ("check", "links", "audit", "rules", "explain", "config-schema")


def command_from_argv(argv: Sequence[str]) -> str | None:
    """The command argparse will run, when the command line names one before any other word:
    the only sub-parser worth building (building all of them is a tenth of a one-file check)."""
    tokens = iter(argv)
    for token in tokens:
        if not token.startswith("-"):
            return token if token in COMMANDS else None
        option, equals, _ = token.partition("=")
        if len(option) > 3 and "--lang".startswith(option) and not equals:
            next(tokens, None)  # its value
        elif token in ("--", "-h") or any(full.startswith(option) for full in ("--version", "--help")):
            return None  # the help or the version: argparse shows every command
    return None


def build_parser(lang: Lang = "en", command: str | None = None) -> CliParser:
    """The command line, its help and its errors in ``lang`` (``main`` picks it from argv): every
    command, or only ``command`` when argv names it (the others could not be reached)."""

    def text(en: str, tr: str) -> str:
        return pick(lang, en, tr)

    parser = CliParser(
        prog="contentlint", lang=lang,
        description=text("Check STGM answer files: frontmatter, coverage, Markdown and links.",
                         "STGM yanıt dosyalarını denetler: ön bilgi (frontmatter), kapsam, Markdown ve bağlantılar."),
    )
    parser.add_argument("--version", action="version", version=f"contentlint {__version__}",
                        help=text("show program's version number and exit", "sürüm numarasını gösterir ve çıkar"))
    # Also before the command ("contentlint --lang tr check"); the command's own --lang wins.
    parser.add_argument("--lang", dest="top_lang", choices=["tr", "en"], help=text(
        "message language (default: configuration, then LANG)", "ileti dili (varsayılan: yapılandırma, yoksa LANG)"))
    commands = parser.add_subparsers(dest="command", metavar=text("COMMAND", "KOMUT"), parser_class=CliParser)

    def wanted(name: str) -> bool:
        return command is None or command == name

    common = CliParser(add_help=False, lang=lang)
    common.add_argument("--config", type=Path, metavar=text("FILE", "DOSYA"), help=text(
        "configuration file (default: search upward)",
        "yapılandırma dosyası (varsayılan: bu klasörden yukarı doğru aranır)"))
    common.add_argument("--lang", choices=["tr", "en"], help=text(
        "message language (default: configuration, then LANG)", "ileti dili (varsayılan: yapılandırma, yoksa LANG)"))

    # The options of the commands that check files, built only when one of them may run.
    if not (wanted("check") or wanted("links") or wanted("audit")):
        _add_others(commands, common, text, wanted)
        return parser

    reporting = CliParser(add_help=False, lang=lang)
    reporting.add_argument("paths", nargs="*", type=Path, metavar=text("PATH", "YOL"), help=text(
        "files or folders (default: the content root)", "dosyalar ya da klasörler (varsayılan: bütün içerik klasörü)"))
    names = ", ".join(_format_names())
    reporting.add_argument(
        "--format", dest="formats", action="append", type=partial(_format_spec, lang=lang),
        metavar=text("NAME[:PATH]", "BİÇİM[:YOL]"),
        help=text(f"output format, repeatable; with :PATH written to a file ({names})",
                  f"çıktı biçimi, birden çok verilebilir; :YOL eklenirse dosyaya yazılır ({names})"),
    )
    reporting.add_argument("--fail-on", choices=[s.value for s in Severity], help=text(
        "lowest severity that fails (default: error)", "denetimi başarısız kılan en düşük önem (varsayılan: error)"))
    reporting.add_argument("--select", action="append", metavar=text("RULE", "KURAL"), help=text(
        "run only these rules (repeatable)", "yalnızca bu kuralları çalıştırır (birden çok verilebilir)"))
    reporting.add_argument("--ignore", action="append", metavar=text("RULE", "KURAL"), help=text(
        "do not run these rules (repeatable)", "bu kuralları çalıştırmaz (birden çok verilebilir)"))
    reporting.add_argument("--no-cache", action="store_true", help=text(
        "do not reuse or store results of unchanged files or checked links",
        "değişmemiş dosyaların ve denetlenmiş bağlantıların sonuçlarını ne yeniden kullanır ne saklar"))
    reporting.add_argument("--changed-since", metavar=text("REF", "DAL"), help=text(
        "only answer files changed since the merge base of REF and HEAD, e.g. origin/main",
        "yalnızca DAL ile HEAD'in ayrıldığı noktadan (ortak ata) beri değişen yanıt dosyaları; ör. origin/main"))
    links = link_options_parser(lang)

    if wanted("check"):
        _add_check(commands, [common, reporting, links], text)
    if wanted("links"):
        _add_links(commands, [common, reporting, links], text)
    if wanted("audit"):
        from contentlint.audit.command import add_parser as add_audit_parser

        add_audit_parser(commands, [common, links], lang)
    _add_others(commands, common, text, wanted)
    return parser


def _add_others(commands: Any, common: CliParser, text: Callable[[str, str], str],
                wanted: Callable[[str], bool]) -> None:
    lang = common.lang
    if wanted("rules"):
        commands.add_parser("rules", parents=[common], lang=lang,
                            help=text("list every rule", "bütün kuralları listeler"))
    if wanted("explain"):
        explain = commands.add_parser("explain", parents=[common], lang=lang, help=text(
            "show a rule's documentation", "bir kuralın açıklamasını gösterir"))
        explain.add_argument("rule", metavar=text("RULE", "KURAL"),
                             help=text("rule ID or name", "kuralın kimliği ya da adı"))
    if wanted("config-schema"):
        commands.add_parser("config-schema", lang=lang, help=text(
            "print the JSON Schema of the configuration", "yapılandırmanın JSON şemasını yazdırır"))


def _add_check(commands: Any, parents: list[CliParser], text: Callable[[str, str], str]) -> None:
    lang = parents[0].lang
    check = commands.add_parser("check", parents=parents, lang=lang,
                                help=text("check answer files", "yanıt dosyalarını denetler"))
    check.add_argument("--links", action="store_true", help=text(
        "also check every link over the network", "ayrıca bütün bağlantıları internet üzerinden denetler"))
    check.add_argument("--fix", action="store_true", help=text(
        "apply safe automatic fixes (see FIX in 'contentlint rules'), then report what is left",
        "güvenli otomatik düzeltmeleri uygular ('contentlint rules' çıktısındaki DÜZELT sütununa bakın), "
        "sonra kalan sorunları bildirir"))
    check.add_argument("--diff", action="store_true", help=text(
        "print the changes --fix would make as a unified diff and change nothing; "
        "exit code 1 if there is anything to fix",
        "--fix seçeneğinin yapacağı değişiklikleri birleşik fark (unified diff) biçiminde yazar, "
        "hiçbir dosyayı değiştirmez; düzeltilecek bir şey varsa çıkış kodu 1 olur"))



def _add_links(commands: Any, parents: list[CliParser], text: Callable[[str, str], str]) -> None:
    lang = parents[0].lang
    links_command = commands.add_parser("links", parents=parents, lang=lang, help=text(
        "check the links of answer files", "yanıt dosyalarındaki bağlantıları denetler"))
    links_command.add_argument("--fix", action="store_true", help=text(
        "rewrite moved links to their new address (permanent redirects, http to https, /node/N to its "
        "alias) when the new page works, then report what is left",
        "taşınmış bağlantıları yeni adresleriyle değiştirir (kalıcı yönlendirme, http yerine https, /node/N "
        "yerine okunabilir adres; yeni sayfa çalışıyorsa), sonra kalan sorunları bildirir"))
    links_command.add_argument("--diff", action="store_true", help=text(
        "print the changes --fix would make as a unified diff and change nothing; "
        "exit code 1 if there is anything to fix",
        "--fix seçeneğinin yapacağı değişiklikleri unified diff olarak yazar, hiçbir dosyayı değiştirmez; "
        "düzeltilecek bir şey varsa çıkış kodu 1 olur"))


def link_options_parser(lang: Lang = "en") -> CliParser:
    """The link checker's options, shared by every command that checks links."""

    def text(en: str, tr: str) -> str:
        return pick(lang, en, tr)

    parser = CliParser(add_help=False, lang=lang)
    group = parser.add_argument_group(text("link checking (also [tool.contentlint.links])",
                                           "bağlantı denetimi (yapılandırmada: [tool.contentlint.links])"))
    group.add_argument("--timeout", metavar=text("SECONDS", "SANİYE"), type=partial(_duration, lang=lang), help=text(
        "time allowed for one request (default: 20)", "bir isteğe tanınan süre (varsayılan: 20)"))
    group.add_argument("--deadline", metavar=text("SECONDS", "SANİYE"), type=partial(_duration, lang=lang), help=text(
        "time allowed for the whole link check; undecided links are reported (default: none; audit: 30m)",
        "bütün bağlantı denetimine tanınan süre; sonuçlanmayan bağlantılar bildirilir "
        "(varsayılan: yok; audit için 30m)"))
    group.add_argument("--retries", type=int, metavar="N", help=text(
        "retries after 5xx, timeouts, resets (default: 3)",
        "5xx yanıtı, zaman aşımı ya da kopan bağlantıdan sonra yeniden deneme sayısı (varsayılan: 3)"))
    group.add_argument("--max-concurrency", type=int, metavar="N", help=text(
        "requests at once in all (default: 32)", "toplamda aynı anda yapılabilecek istek sayısı (varsayılan: 32)"))
    group.add_argument("--max-per-host", type=int, metavar="N", help=text(
        "requests at once to one host (default: 4)",
        "tek bir sunucuya aynı anda yapılabilecek istek sayısı (varsayılan: 4)"))
    group.add_argument("--interval", metavar=text("SECONDS", "SANİYE"),
                       type=partial(_duration, lang=lang, zero=True), help=text(
        "minimum time between requests to one host (default: 0)",
        "aynı sunucuya yapılan iki istek arasındaki en kısa süre (varsayılan: 0)"))
    group.add_argument("--exclude", action="append", metavar=text("REGEX", "KALIP"), help=text(
        "do not check matching links (repeatable)",
        "bu düzenli ifadeye (KALIP) uyan bağlantıları denetlemez (birden çok verilebilir)"))
    group.add_argument("--remap", action="append", metavar=text("'REGEX REPLACEMENT'", "'KALIP YENİSİ'"), help=text(
        "rewrite request URLs, e.g. to a mirror or a test server (repeatable; first match wins)",
        "istek adreslerini yeniden yazar, ör. bir yansıya ya da test sunucusuna yönlendirmek için "
        "(birden çok verilebilir; ilk uyan kural geçerlidir)"))
    group.add_argument("--cache", dest="link_cache", metavar=text("PATH", "YOL"), help=text(
        "SQLite file of link results (default: .contentlint/cache.sqlite)",
        "bağlantı sonuçlarının tutulduğu SQLite dosyası (varsayılan: .contentlint/cache.sqlite)"))
    group.add_argument("--max-cache-age", metavar=text("AGE", "SÜRE"), help=text(
        "reuse working links checked within AGE (default: 1d)",
        "son SÜRE içinde denetlenmiş ve çalışan bağlantıları yeniden denetlemez (varsayılan: 1d)"))
    group.add_argument("--allow-private", action="store_true", default=None, help=text(
        "allow requests to loopback, private and link-local addresses",
        "yerel (loopback), özel ağ ve bağlantı-yerel (link-local) adreslere istek yapılmasına izin verir"))
    group.add_argument("--user-agent", metavar=text("TEXT", "METİN"), help=text(
        "User-Agent of the requests", "isteklerde gönderilecek User-Agent"))
    group.add_argument("--archive", action=argparse.BooleanOptionalAction, default=None, help=text(
        "ask the Wayback Machine for an archived copy of each broken link (default: on in 'audit', "
        "off otherwise)",
        "her bozuk bağlantı için Wayback Machine'de arşivlenmiş bir kopya arar (varsayılan: 'audit' "
        "komutunda açık, ötekilerde kapalı)"))
    group.add_argument("--no-progress", action="store_true", help=text(
        "show no progress on stderr", "hata çıkışında (stderr) ilerlemeyi göstermez"))
    return parser


def link_overrides(args: argparse.Namespace, links: LinksConfig) -> dict[str, object]:
    """The [links] settings the command line changes; its remap rules come before the configured ones."""
    given = {
        "timeout": args.timeout, "deadline": args.deadline, "retries": args.retries,
        "max_concurrency": args.max_concurrency,
        "max_per_host": args.max_per_host, "interval": args.interval, "cache_file": args.link_cache,
        "max_cache_age": args.max_cache_age, "allow_private": args.allow_private, "user_agent": args.user_agent,
        "archive": args.archive,
        "exclude": args.exclude and [*links.exclude, *args.exclude],
        "remap": args.remap and [*args.remap, *links.remap],
    }
    return {key: value for key, value in given.items() if value is not None}


def _say(stream: TextIO, message: Message, lang: Lang) -> None:
    stream.write(message.render(lang) + "\n")


def _project(args: argparse.Namespace) -> Project:
    project = find_project(Path.cwd(), getattr(args, "config", None))
    overrides: dict[str, object] = {}
    if getattr(args, "select", None):
        overrides["select"] = args.select
    if getattr(args, "ignore", None):
        overrides["ignore"] = [*project.config.ignore, *args.ignore]
    if getattr(args, "fail_on", None):
        overrides["fail_on"] = Severity(args.fail_on)
    if getattr(args, "no_cache", False):
        overrides["cache"] = False
    links = link_overrides(args, project.config.links) if hasattr(args, "remap") else {}
    if links:
        data = project.config.model_dump()
        data["links"].update(links)
        overrides["links"] = parse_config(data, "command line").links
    if overrides:
        project = Project(project.root, project.config.model_copy(update=overrides), project.source)
    return project


def cmd_check(args: argparse.Namespace, lang: Lang, project: Project) -> int:
    from contentlint import engine
    from contentlint.outputs import ReportFiles, history_path, input_files, project_state
    from contentlint.reporters import REPORTER_BY_NAME, RunInfo, emit

    checks_links = args.command == "links" or args.links
    known = None
    formats: list[tuple[str, str | None]] = args.formats or [("text", None)]
    paths = args.paths or None
    # Only a report path that exists can be an input (finding every input costs a walk); state
    # files are refused even before the run creates them.
    existing = any(path is not None and os.path.lexists(path) for _, path in formats)
    protected = project_state(project, history_path(project)) + (input_files(project, paths) if existing else [])
    # Report paths are checked, and their files made, before the run so that a wrong path fails
    # at once; they replace the old reports only when the run has succeeded.
    with ReportFiles(formats, protected) as outputs:
        unwritten = False
        if getattr(args, "fix", False) or getattr(args, "diff", False):
            from contentlint.fix import fix_paths, summary

            if checks_links:
                from contentlint.links.progress import Progress
                from contentlint.links.runner import fix_links

                outcomes, known = fix_links(project, paths, write=not args.diff,
                                            only_links=args.command == "links",
                                            progress=None if args.no_progress else Progress(sys.stderr, lang))
            else:
                outcomes = fix_paths(project, paths, write=not args.diff)
            if args.diff:
                sys.stdout.writelines(outcome.diff() for outcome in outcomes)
            for line in summary(outcomes, dry_run=args.diff):
                _say(sys.stderr, line, lang)
            if args.diff:
                return EXIT_FINDINGS if any(outcome.changed for outcome in outcomes) else EXIT_OK
            unwritten = any(outcome.write_failed for outcome in outcomes)
        if args.changed_since:
            from contentlint.changed import changed_answers

            paths = changed_answers(project, args.changed_since, paths)
        if paths == []:
            report = engine.Report(0, [], [], project)  # nothing changed, nothing to check
        elif checks_links:
            from contentlint.links.progress import Progress
            from contentlint.links.runner import check_project

            progress = None if args.no_progress else Progress(sys.stderr, lang)
            report = check_project(project, paths, only_links=args.command == "links", progress=progress,
                                   known=known)
        else:
            report = engine.run(project, paths, links=False, resume_collector=False)
        # Temporary files of a --fix that was killed (SIGKILL, power loss) go with the next run.
        # The folders by name first: 10,000 files share a few hundred folders, and a Path is dear.
        remove_stale({project.root / folder for folder in {os.path.dirname(result.relpath)
                                                           for result in report.results}})
        for name, stream in outputs:
            color = stream is sys.stdout and stream.isatty() and not os.environ.get("NO_COLOR")
            emit(REPORTER_BY_NAME[name](stream, RunInfo(lang, report.files, color)), report)
        outputs.commit()
    return EXIT_USAGE if unwritten else report.exit_code(project.config.fail_on)


def cmd_rules(lang: Lang) -> int:
    from contentlint.reporters.words import category_word, severity_word
    from contentlint.rules import RULES

    header = pick(lang, "ID     NAME                            CATEGORY  SEVERITY  FIX     DESCRIPTION",
                  "KİMLİK AD                              KATEGORİ  ÖNEM      DÜZELT  AÇIKLAMA")
    print(header)
    for rule in RULES.values():
        # Link rules are fixed only by a run that checks links: the column names that command.
        fix = ("links" if rule.category == "link" else pick(lang, "yes", "evet")) if rule.fixable else "-"
        print(f"{rule.id:<6} {rule.name:<31} {category_word(rule.category, lang):<9} "
              f"{severity_word(rule.severity, lang):<9} {fix:<7} {rule.summary.render(lang)}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace, lang: Lang) -> int:
    from contentlint import rules
    from contentlint.reporters.words import category_word, severity_word

    try:
        rule = rules.get(args.rule)
    except rules.UnknownRuleError:
        _say(sys.stderr, msg("Unknown rule '{rule}'; see 'contentlint rules'",
                             "'{rule}' diye bir kural yok; 'contentlint rules' ile listeye bakın",
                             rule=args.rule), lang)
        return EXIT_USAGE
    print(f"{rule.id} {rule.name} — {rule.summary.render(lang)}")
    fixable = ("" if not rule.fixable else
               pick(lang, "fixable with links --fix", "links --fix ile düzeltilebilir") if rule.category == "link"
               else pick(lang, "fixable with --fix", "--fix ile düzeltilebilir"))
    print(f"{pick(lang, 'category', 'kategori')}: {category_word(rule.category, lang)}, "
          f"{pick(lang, 'severity', 'önem')}: {severity_word(rule.severity, lang)} {fixable}".rstrip())
    print()
    print(rule.documentation(lang))
    return EXIT_OK


def cmd_config_schema() -> int:
    import json

    from contentlint.config import Config

    print(json.dumps(Config.model_json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(lang_from_argv(argv), command_from_argv(argv))
    args = parser.parse_args(argv)
    args.lang = getattr(args, "lang", None) or args.top_lang
    lang = detect_lang(args.lang)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.command == "config-schema":
        return cmd_config_schema()
    collector = gc.isenabled()  # a check leaves it paused until its report is written
    with stop_signals_raise():
        try:
            project = _project(args)
            lang = detect_lang(args.lang, project.config.lang)
            if args.command == "rules":
                return cmd_rules(lang)
            if args.command == "explain":
                return cmd_explain(args, lang)
            if args.command == "audit":
                from contentlint.audit.command import run as cmd_audit

                return cmd_audit(args, lang, project)
            return cmd_check(args, lang, project)
        except (ConfigError, UsageError, WorkerLost) as exc:
            _say(sys.stderr, msg("contentlint: {problem}", "contentlint: {problem}",
                                 problem=exc.message.render(lang)), lang)
            return EXIT_USAGE
        except KeyboardInterrupt:
            return 130
        except Stopped as exc:
            return 128 + exc.signum
        except BrokenPipeError:
            return EXIT_OK
        finally:
            if collector:
                gc.enable()
            for notice in drain_notices():
                _say(sys.stderr, msg("contentlint: {notice}", "contentlint: {notice}",
                                     notice=notice.render(lang)), lang)
