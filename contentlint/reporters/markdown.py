"""Markdown for people on GitHub: a pull-request comment, an issue body or a job summary."""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from contentlint.diagnostics import Severity
from contentlint.messages import Lang, pick
from contentlint.reporters import words
from contentlint.reporters.base import Reporter, SourceRoot, one_line, source_root, visible

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

# GitHub refuses comment and issue bodies over 65,536 characters; keep room for a human's words.
COMMENT_BUDGET = 60_000
_MORE_LINE_RESERVE = 200

_ICON = {Severity.ERROR: "❌", Severity.WARNING: "⚠️", Severity.INFO: "ℹ️"}
# Characters that would start a link, code, emphasis, HTML (a stray "<!--" hides the rest of a
# comment) or end a table cell. '_' and '&' are left alone: they fill URLs, where an escape
# would cut GitHub's automatic link short.
_SPECIAL = re.compile(r"([\\`*\[\]|<>])")
_NEWLINES = re.compile(r"\r\n|\r|\n")


def escape(text: str) -> str:
    """Text that shows as written inside a Markdown table cell."""
    return "<br>".join(_SPECIAL.sub(r"\\\1", visible(part)) for part in _NEWLINES.split(text))


def _fence_for(text: str, least: int) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(least, longest + 1)


def code(text: str) -> str:
    """An inline code span that survives backticks in ``text``."""
    fence = _fence_for(text, 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def code_block(text: str) -> str:
    fence = _fence_for(text, 3)
    return f"{fence}text\n{text}\n{fence}"


def _source_link(root: SourceRoot, d: Diagnostic) -> str | None:
    """A link to the line on GitHub, when running in GitHub Actions."""
    server, repository, sha = (
        os.environ.get(v) for v in ("GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA")
    )
    path = root.locate(d.path)
    if not (server and repository and sha) or not path or path.startswith("/"):
        return None
    return f"{server}/{repository}/blob/{sha}/{quote(path)}#L{d.line}"


def _row(d: Diagnostic, root: SourceRoot, lang: Lang) -> str:
    position = f"{d.line}:{d.column}"
    link = _source_link(root, d)
    if link is not None:
        position = f"[{position}]({link})"
    message = escape(d.text(lang))
    if d.url and d.url not in d.text(lang):
        message += "<br>" + escape(d.url)
    hint = words.fix_hint(d, lang)
    if hint is not None:
        message += f"<br>{escape(words.fix_label(lang))}: {escape(hint)}"
    severity = f"{_ICON[d.severity]} {words.severity_word(d.severity, lang)}"
    return f"| {position} | {severity} | {code(d.rule)} {escape(d.name)} | {message} |"


def _more(hidden: int, lang: Lang) -> str:
    return pick(
        lang,
        f"… and {hidden} more {'finding' if hidden == 1 else 'findings'} not shown here; "
        "run `contentlint check` to see every one.",
        f"… ve burada gösterilmeyen {hidden} bulgu daha var; hepsini görmek için "
        "`contentlint check` komutunu çalıştırın.",
    )


def render(report: Report, lang: Lang, *, max_rows: int | None = None,
           budget: int = COMMENT_BUDGET) -> str:
    """The report as Markdown: a summary, then one table per file.

    Rows stop at ``max_rows`` or before the text would pass ``budget`` characters; a last line
    then says how many findings were left out.
    """
    if not report.diagnostics:
        icon = "✅"
    else:
        icon = _ICON[max((d.severity for d in report.diagnostics), key=lambda s: s.rank)]
    lines = ["### contentlint", "", f"{icon} **{escape(words.summary(report, lang))}**"]
    table_head = [
        pick(lang, "| Line:Col | Severity | Rule | Message |",
             "| Satır:Sütun | Önem | Kural | İleti |"),
        "| ---: | --- | --- | --- |",
    ]
    size = sum(len(line) + 1 for line in lines)
    root = source_root(report)
    shown = 0
    current: str | None = None
    for d in report.diagnostics:
        block = ["", f"#### {code(one_line(d.path))}", "", *table_head] if d.path != current else []
        block.append(_row(d, root, lang))
        cost = sum(len(line) + 1 for line in block)
        full = max_rows is not None and shown >= max_rows
        if full or size + cost + _MORE_LINE_RESERVE > budget:
            break
        lines += block
        size += cost
        shown += 1
        current = d.path
    if shown < len(report.diagnostics):
        lines += ["", _more(len(report.diagnostics) - shown, lang)]
    return "\n".join(lines) + "\n"


class MarkdownReporter(Reporter):
    name = "markdown"
    description = "Markdown tables for a pull-request comment or an issue"

    def finish(self, report: Report) -> None:
        self.stream.write(render(report, self.info.lang))
