"""`contentlint audit`: its arguments, and the wiring from them to the audit and its outputs."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from contentlint.config import Project
from contentlint.messages import Lang, msg, pick

if TYPE_CHECKING:
    from contentlint.audit.report import AuditReport
    from contentlint.audit.run import Archiver, Checker
    from contentlint.links.model import LinkResult

EXIT_USAGE = 2
# A scheduled audit must end even when many hosts hang; what is left open is reported as undecided.
AUDIT_DEADLINE = 1800.0


def _format_spec(value: str, lang: Lang = "en") -> tuple[str, str | None]:
    from contentlint.reporters import REPORTER_BY_NAME

    name, _, path = value.partition(":")
    if name not in REPORTER_BY_NAME:
        raise argparse.ArgumentTypeError(msg(
            "unknown format '{name}' (choose from {names})",
            "'{name}' diye bir çıktı biçimi yok; seçenekler: {names}",
            name=name, names=", ".join(REPORTER_BY_NAME),
        ).render(lang))
    return name, path or None


def _positive(value: str, lang: Lang = "en") -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(msg(
            "expected a whole number of at least 1, got '{value}'",
            "1 ya da daha büyük bir tam sayı olmalı; verilen: '{value}'", value=value,
        ).render(lang))
    return number


def add_parser(commands: Any, parents: Sequence[argparse.ArgumentParser], lang: Lang = "en") -> None:
    """The ``audit`` subcommand; ``parents`` bring the common and link-checking options."""

    def text(en: str, tr: str) -> str:
        return pick(lang, en, tr)

    parser = commands.add_parser("audit", parents=list(parents), lang=lang, help=text(
        "check every link of the content and compare with earlier audits (exit 1 when a link is broken)",
        "içerikteki bütün bağlantıları denetler ve önceki denetimlerle karşılaştırır "
        "(bozuk bağlantı varsa çıkış kodu 1)"))
    parser.add_argument(
        "--format", dest="formats", action="append", type=partial(_format_spec, lang=lang),
        metavar=text("NAME[:PATH]", "BİÇİM[:YOL]"),
        help=text("output format, repeatable; with :PATH written to a file. 'markdown' and 'json' carry the "
                  "audit's sections and history; the others list broken (error) and suspect (warning) links",
                  "çıktı biçimi, birden çok verilebilir; :YOL eklenirse dosyaya yazılır. 'markdown' ve 'json' "
                  "denetimin bölümlerini ve geçmişini içerir; ötekiler bozuk (error) ve şüpheli (warning) "
                  "bağlantıları listeler"),
    )
    parser.add_argument("--html", type=Path, metavar=text("PATH", "YOL"), help=text(
        "also write a self-contained HTML report here", "ayrıca buraya tek başına açılabilen bir HTML raporu yazar"))
    parser.add_argument("--history", metavar=text("PATH", "YOL"), help=text(
        "SQLite history file (default: configuration, then .contentlint/history.sqlite)",
        "bağlantı geçmişinin SQLite dosyası (varsayılan: yapılandırma, yoksa .contentlint/history.sqlite)"))
    parser.add_argument("--fail-after", type=partial(_positive, lang=lang), metavar="N", help=text(
        "failed audits in a row before a link counts as broken (default: configuration, then 2)",
        "bir bağlantının bozuk sayılması için art arda kaç denetimde çalışmaması gerektiği "
        "(varsayılan: yapılandırma, yoksa 2)"))
    parser.add_argument("--no-cache", action="store_true", help=text(
        "do not reuse results of unchanged files or links",
        "değişmemiş dosyaların ve bağlantıların önceki sonuçlarını kullanmaz"))


def default_checker(project: Project, lang: Lang, *, progress: bool = True) -> Checker:
    """The link engine with the project's options, link cache, remap and SSRF guard."""
    from contentlint.links.api import acheck_urls
    from contentlint.links.progress import Progress
    from contentlint.links.runner import cache_path

    options = project.config.links
    if options.deadline is None:
        options = options.model_copy(update={"deadline": AUDIT_DEADLINE})

    async def check(urls: Sequence[str]) -> dict[str, LinkResult]:
        return await acheck_urls(urls, options, cache_path=cache_path(project),
                                 progress=Progress(sys.stderr, lang) if progress else None)

    return check


def default_archiver(project: Project) -> Archiver:
    """Archived copies through the link engine, with the same options, cache, remap and guard."""
    from contentlint.links.api import aarchived
    from contentlint.links.runner import cache_path

    async def archived(urls: Sequence[str]) -> dict[str, str | None]:
        return await aarchived(urls, project.config.links, cache_path=cache_path(project))

    return archived


def write_outputs(report: AuditReport, formats: Sequence[tuple[str, TextIO]], lang: Lang) -> None:
    from contentlint import engine
    from contentlint.audit import markdown
    from contentlint.reporters import REPORTER_BY_NAME, RunInfo, emit
    from contentlint.reporters.json import report_dict

    as_lint = engine.Report(report.files, report.diagnostics(), [], report.project)
    for name, stream in formats:
        if name == "markdown":
            stream.write(markdown.render(report, lang))
        elif name == "json":
            data = {**report_dict(as_lint, lang), "audit": report.to_dict(lang)}
            json.dump(data, stream, ensure_ascii=False, indent=2)
            stream.write("\n")
        else:
            emit(REPORTER_BY_NAME[name](stream, RunInfo(lang, report.files)), as_lint)


def run(args: argparse.Namespace, lang: Lang, project: Project, checker: Checker | None = None) -> int:
    import asyncio

    from contentlint.audit import html
    from contentlint.audit.history import History, HistoryError
    from contentlint.audit.run import audit
    from contentlint.outputs import ReportFiles, history_path, input_files, project_state

    fail_after = args.fail_after or project.config.audit.fail_after
    if project.config.links.archive is None:
        # An audit reports dead links for editors to replace: an archived copy is on by default.
        links = project.config.links.model_copy(update={"archive": True})
        project = Project(project.root, project.config.model_copy(update={"links": links}), project.source)
    path = history_path(project, args.history)
    formats: list[tuple[str, str | None]] = args.formats or [("text", None)]
    pages = [("HTML", str(args.html))] if args.html else []
    protected = project_state(project, path) + input_files(project, None)
    # Report paths are checked and the history opened (and checked) before the network work;
    # the reports replace earlier ones only once the history has been saved.
    with ReportFiles([*formats, *pages], protected, make_folders=True) as outputs, ExitStack() as stack:
        try:
            history = stack.enter_context(History.open(path))
            # A checker given by the caller (tests) answers for the archive too: no lookups of our own.
            archiver = default_archiver(project) if checker is None and project.config.links.archive else None
            checker = checker or default_checker(project, lang, progress=not getattr(args, "no_progress", False))
            report = asyncio.run(audit(project, checker, history, fail_after=fail_after, archiver=archiver))
        except HistoryError as exc:
            sys.stderr.write(msg("contentlint: {problem}", "contentlint: {problem}",
                                 problem=exc.message.render(lang)).render(lang) + "\n")
            return EXIT_USAGE
        streams = list(outputs)
        write_outputs(report, streams[:len(formats)], lang)
        for _, page in streams[len(formats):]:
            page.write(html.render(report, lang))
        outputs.commit()
    return report.exit_code
