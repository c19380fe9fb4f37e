"""The audit as Markdown: the body of the rolling ``link-audit`` issue and the job summary."""

from __future__ import annotations

from contentlint.audit.classify import Section
from contentlint.audit.report import SECTIONS, AuditReport, Entry, day
from contentlint.messages import Lang, pick
from contentlint.reporters.base import one_line
from contentlint.reporters.markdown import COMMENT_BUDGET, escape

TITLE = ("Link audit", "Bağlantı denetimi")
_HEADING = {
    Section.NEWLY_BROKEN: ("❌", "Newly broken", "Yeni bozulan bağlantılar"),
    Section.STILL_BROKEN: ("🔴", "Still broken", "Hâlâ bozuk bağlantılar"),
    Section.SUSPECT: ("⚠️", "Suspect — checked again next time", "Şüpheli — bir sonraki denetimde yeniden bakılacak"),
    Section.FIXED: ("✅", "Fixed since the last audit", "Son denetimden beri düzelenler"),
    Section.REDIRECT: ("↪️", "Redirects to update", "Güncellenmesi gereken yönlendirmeler"),
    Section.MISMATCH: ("🔀", "Link text and target disagree", "Metni hedefiyle uyuşmayan bağlantılar"),
}
_LABEL = {
    Section.NEWLY_BROKEN: ("Newly broken", "Yeni bozuk"),
    Section.STILL_BROKEN: ("Still broken", "Hâlâ bozuk"),
    Section.SUSPECT: ("Suspect", "Şüpheli"),
    Section.FIXED: ("Fixed", "Düzeldi"),
    Section.REDIRECT: ("To update", "Güncellenmeli"),
    Section.MISMATCH: ("Text mismatch", "Metin uyuşmuyor"),
}
# The one command that applies the redirects section (the safe ones: see links/moved.py).
FIX_COMMAND = "contentlint links --fix"
_RESERVE = 400


def section_title(section: Section, lang: Lang) -> str:
    _, en, tr = _HEADING[section]
    return pick(lang, en, tr)


def section_label(section: Section, lang: Lang) -> str:
    """The one or two words a table cell or a badge has room for."""
    return pick(lang, *_LABEL[section])


def headline(report: AuditReport, lang: Lang) -> str:
    """One sentence: how many links, and what is wrong."""
    counts = report.counts()
    broken = counts[Section.NEWLY_BROKEN] + counts[Section.STILL_BROKEN]
    parts = pick(
        lang,
        f"{report.urls} links in {report.files} files checked: {broken} broken "
        f"({counts[Section.NEWLY_BROKEN]} new), {counts[Section.SUSPECT]} suspect, "
        f"{counts[Section.FIXED]} fixed, {counts[Section.REDIRECT]} to update.",
        f"{report.files} dosyadaki {report.urls} bağlantı denetlendi: {broken} bozuk "
        f"({counts[Section.NEWLY_BROKEN]} yeni), {counts[Section.SUSPECT]} şüpheli, "
        f"{counts[Section.FIXED]} düzelmiş, {counts[Section.REDIRECT]} güncellenmeli.",
    )
    if counts[Section.MISMATCH]:
        parts += pick(lang, f" {counts[Section.MISMATCH]} with a text that does not match the target.",
                      f" {counts[Section.MISMATCH]} bağlantının metni hedefiyle uyuşmuyor.")
    return parts


def redirect_note(lang: Lang) -> str:
    """Under the redirects: the command that rewrites them, and how to preview it."""
    return pick(lang, f"`{FIX_COMMAND}` rewrites the ones whose new page works on the same site; "
                      f"`{FIX_COMMAND.replace('--fix', '--diff')}` shows the changes first.",
                f"`{FIX_COMMAND}` komutu, yeni sayfası aynı sitede çalışan bağlantıları günceller; "
                f"`{FIX_COMMAND.replace('--fix', '--diff')}` değişiklikleri önce gösterir.")


def suggestion(entry: Entry, lang: Lang) -> str:
    """The "Suggested fix" cell, as plain text."""
    found = entry.suggestion()
    return "" if found is None else f"{found[0].render(lang)}: {found[1]}"


def _places(entry: Entry) -> str:
    return "<br>".join(escape(one_line(f"{u.path}:{u.line}")) for u in entry.usages)


def _row(entry: Entry, report: AuditReport, lang: Lang) -> str:
    problem = escape(entry.problem().render(lang))
    note = entry.history_note(report.fail_after)
    if note is not None:
        problem += f"<br>{escape(note.render(lang))}"
    status = str(entry.http_status) if entry.http_status is not None else "–"
    text = escape(entry.usages[0].text) if entry.usages and entry.usages[0].text else ""
    fix = escape(suggestion(entry, lang))
    return f"| {_places(entry)} | {text} | {escape(entry.url)} | {status} | {problem} | {day(entry.since)} | {fix} |"


def render(report: AuditReport, lang: Lang, *, budget: int = COMMENT_BUDGET, html_name: str | None = None) -> str:
    """Every non-empty section as a table; rows stop before ``budget`` characters."""
    lines = [f"## {pick(lang, *TITLE)} — {day(report.finished_at)}", "", f"**{escape(headline(report, lang))}**"]
    if report.previous_audit is not None:
        lines.append(pick(lang, f"Previous audit: {day(report.previous_audit)}.",
                          f"Bir önceki denetim: {day(report.previous_audit)}."))
    head = [
        pick(lang, "| Where | Link text | URL | HTTP | Problem | Since | Suggested fix |",
             "| Nerede | Bağlantı metni | Adres | HTTP | Sorun | Ne zamandan beri | Öneri |"),
        "| --- | --- | --- | ---: | --- | --- | --- |",
    ]
    size = sum(len(line) + 1 for line in lines)
    left_out = 0
    for section in SECTIONS:
        entries = report.section(section)
        if not entries:
            continue
        icon = _HEADING[section][0]
        block = ["", f"### {icon} {section_title(section, lang)} ({len(entries)})", "", *head]
        header = len(block)
        for entry in entries:
            row = _row(entry, report, lang)
            if size + sum(len(line) + 1 for line in block) + len(row) + _RESERVE > budget:
                left_out += 1
                continue
            block.append(row)
        if len(block) > header:
            if section is Section.REDIRECT:
                block += ["", redirect_note(lang)]
            lines += block
            size += sum(len(line) + 1 for line in block)
    if left_out:
        where = f" ({html_name})" if html_name else ""
        lines += ["", pick(
            lang,
            f"… and {left_out} more links not shown here; the HTML report{where} lists every one.",
            f"… ve burada gösterilmeyen {left_out} bağlantı daha var; hepsi HTML raporunda{where}.",
        )]
    if not report.entries:
        lines += ["", pick(lang, "✅ Every link works.", "✅ Bütün bağlantılar çalışıyor.")]
    return "\n".join(lines) + "\n"
