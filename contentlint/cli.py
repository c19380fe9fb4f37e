"""Command line: arguments → configuration → engine → reporters → exit code; nothing else."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TextIO

from contentlint import __version__
from contentlint.config import ConfigError, LinksConfig, Project, find_project, parse_config
from contentlint.diagnostics import Severity
from contentlint.discover import UsageError
from contentlint.messages import Lang, Message, detect_lang, msg, pick

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _format_names() -> list[str]:
    from contentlint.reporters import REPORTER_BY_NAME

    return list(REPORTER_BY_NAME)


def _format_spec(value: str) -> tuple[str, str | None]:
    name, _, path = value.partition(":")
    if name not in _format_names():
        raise argparse.ArgumentTypeError(
            f"unknown format '{name}' (choose from {', '.join(_format_names())})"
        )
    return name, path or None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="contentlint",
        description="Check STGM answer files: frontmatter, coverage, Markdown and links.",
    )
    parser.add_argument("--version", action="version", version=f"contentlint {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", type=Path, help="configuration file (default: search upward)")
    common.add_argument("--lang", choices=["tr", "en"], help="message language (default: configuration, then LANG)")

    reporting = argparse.ArgumentParser(add_help=False)
    reporting.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the content root)")
    reporting.add_argument(
        "--format", dest="formats", action="append", type=_format_spec, metavar="NAME[:PATH]",
        help=f"output format, repeatable; with :PATH written to a file ({', '.join(_format_names())})",
    )
    reporting.add_argument("--fail-on", choices=[s.value for s in Severity],
                           help="lowest severity that fails (default: error)")
    reporting.add_argument("--select", action="append", metavar="RULE", help="run only these rules (repeatable)")
    reporting.add_argument("--ignore", action="append", metavar="RULE", help="do not run these rules (repeatable)")
    reporting.add_argument("--no-cache", action="store_true",
                           help="do not reuse or store results of unchanged files or checked links")
    reporting.add_argument("--changed-since", metavar="REF",
                           help="only answer files changed since the merge base of REF and HEAD, e.g. origin/main")
    links = link_options_parser()

    check = commands.add_parser("check", parents=[common, reporting, links], help="check answer files")
    check.add_argument("--links", action="store_true", help="also check every link over the network")
    check.add_argument("--fix", action="store_true",
                       help="apply safe automatic fixes (see FIX in 'contentlint rules'), then report what is left")
    check.add_argument("--diff", action="store_true",
                       help="print the changes --fix would make as a unified diff and change nothing; "
                            "exit code 1 if there is anything to fix")

    commands.add_parser("links", parents=[common, reporting, links], help="check the links of answer files")
    from contentlint.audit.command import add_parser as add_audit_parser

    add_audit_parser(commands, [common, links])
    commands.add_parser("rules", parents=[common], help="list every rule")
    explain = commands.add_parser("explain", parents=[common], help="show a rule's documentation")
    explain.add_argument("rule", help="rule ID or name")
    commands.add_parser("config-schema", help="print the JSON Schema of the configuration")
    return parser


def link_options_parser() -> argparse.ArgumentParser:
    """The link checker's options, shared by every command that checks links."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("link checking (also [tool.contentlint.links])")
    group.add_argument("--timeout", metavar="SECONDS", help="time allowed for one request (default: 20)")
    group.add_argument("--retries", type=int, metavar="N", help="retries after 5xx, timeouts, resets (default: 3)")
    group.add_argument("--max-concurrency", type=int, metavar="N", help="requests at once in all (default: 32)")
    group.add_argument("--max-per-host", type=int, metavar="N", help="requests at once to one host (default: 4)")
    group.add_argument("--interval", metavar="SECONDS", help="minimum time between requests to one host (default: 0)")
    group.add_argument("--exclude", action="append", metavar="REGEX", help="do not check matching links (repeatable)")
    group.add_argument("--remap", action="append", metavar="'REGEX REPLACEMENT'",
                       help="rewrite request URLs, e.g. to a mirror or a test server (repeatable; first match wins)")
    group.add_argument("--cache", dest="link_cache", metavar="PATH",
                       help="SQLite file of link results (default: .contentlint/cache.sqlite)")
    group.add_argument("--max-cache-age", metavar="AGE", help="reuse working links checked within AGE (default: 1d)")
    group.add_argument("--allow-private", action="store_true", default=None,
                       help="allow requests to loopback, private and link-local addresses")
    group.add_argument("--user-agent", metavar="TEXT", help="User-Agent of the requests")
    group.add_argument("--no-progress", action="store_true", help="show no progress on stderr")
    return parser


def link_overrides(args: argparse.Namespace, links: LinksConfig) -> dict[str, object]:
    """The [links] settings the command line changes; its remap rules come before the configured ones."""
    given = {
        "timeout": args.timeout, "retries": args.retries, "max_concurrency": args.max_concurrency,
        "max_per_host": args.max_per_host, "interval": args.interval, "cache_file": args.link_cache,
        "max_cache_age": args.max_cache_age, "allow_private": args.allow_private, "user_agent": args.user_agent,
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
    from contentlint.reporters import REPORTER_BY_NAME, RunInfo, emit

    if getattr(args, "fix", False) or getattr(args, "diff", False):
        from contentlint.fix import fix_paths, summary

        outcomes = fix_paths(project, args.paths or None, write=not args.diff)
        if args.diff:
            sys.stdout.writelines(outcome.diff() for outcome in outcomes)
        for line in summary(outcomes, dry_run=args.diff):
            _say(sys.stderr, line, lang)
        if args.diff:
            return EXIT_FINDINGS if any(outcome.changed for outcome in outcomes) else EXIT_OK
    formats: list[tuple[str, str | None]] = args.formats or [("text", None)]
    with ExitStack() as stack:
        # Output files are opened before the run so that a wrong path fails at once.
        streams: list[tuple[str, TextIO]] = []
        for name, path in formats:
            stream: TextIO = sys.stdout
            if path is not None:
                try:
                    stream = stack.enter_context(open(path, "w", encoding="utf-8", newline="\n"))
                except OSError as exc:
                    raise UsageError(msg(
                        "Cannot write the {format} report to {path}: {error}",
                        "{format} raporu {path} dosyasına yazılamıyor: {error}",
                        format=name, path=path, error=exc.strerror or str(exc),
                    )) from None
            streams.append((name, stream))
        paths = args.paths or None
        if args.changed_since:
            from contentlint.changed import changed_answers

            paths = changed_answers(project, args.changed_since, paths)
        if paths == []:
            report = engine.Report(0, [], [], project)  # nothing changed, nothing to check
        elif args.command == "links" or args.links:
            from contentlint.links.progress import Progress
            from contentlint.links.runner import check_project

            progress = None if args.no_progress else Progress(sys.stderr, lang)
            report = check_project(project, paths, only_links=args.command == "links", progress=progress)
        else:
            report = engine.run(project, paths)
        for name, stream in streams:
            color = stream is sys.stdout and stream.isatty() and not os.environ.get("NO_COLOR")
            emit(REPORTER_BY_NAME[name](stream, RunInfo(lang, report.files, color)), report)
    return report.exit_code(project.config.fail_on)


def cmd_rules(lang: Lang) -> int:
    from contentlint.reporters.words import category_word, severity_word
    from contentlint.rules import RULES

    header = pick(lang, "ID     NAME                            CATEGORY  SEVERITY  FIX     DESCRIPTION",
                  "KİMLİK AD                              KATEGORİ  ÖNEM      DÜZELT  AÇIKLAMA")
    print(header)
    for rule in RULES.values():
        fix = pick(lang, "yes", "evet") if rule.fixable else "-"
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
    fixable = pick(lang, "fixable with --fix", "--fix ile düzeltilebilir") if rule.fixable else ""
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
    parser = build_parser()
    args = parser.parse_args(argv)
    lang = detect_lang(getattr(args, "lang", None))
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    if args.command == "config-schema":
        return cmd_config_schema()
    try:
        project = _project(args)
        lang = detect_lang(getattr(args, "lang", None), project.config.lang)
        if args.command == "rules":
            return cmd_rules(lang)
        if args.command == "explain":
            return cmd_explain(args, lang)
        if args.command == "audit":
            from contentlint.audit.command import run as cmd_audit

            return cmd_audit(args, lang, project)
        return cmd_check(args, lang, project)
    except (ConfigError, UsageError) as exc:
        _say(sys.stderr, msg("contentlint: {problem}", "contentlint: {problem}",
                             problem=exc.message.render(lang)), lang)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
