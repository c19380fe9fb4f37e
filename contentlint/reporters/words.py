"""Words every output format shares, in English and Turkish, so each says a thing the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from contentlint.diagnostics import Category, Severity
from contentlint.messages import Lang, pick

if TYPE_CHECKING:
    from contentlint.diagnostics import Diagnostic
    from contentlint.engine import Report

_SEVERITY = {
    Severity.ERROR: ("error", "hata"),
    Severity.WARNING: ("warning", "uyarı"),
    Severity.INFO: ("info", "bilgi"),
}


_CATEGORY = {
    "schema": ("schema", "şema"),
    "coverage": ("coverage", "kapsam"),
    "format": ("format", "biçim"),
    "link": ("link", "bağlantı"),
    "spelling": ("spelling", "yazım"),
    "usage": ("usage", "kullanım"),
}


def severity_word(severity: Severity, lang: Lang) -> str:
    return pick(lang, *_SEVERITY[severity])


def category_word(category: Category, lang: Lang) -> str:
    return pick(lang, *_CATEGORY[category])


def _count(n: int, one: str, many: str, turkish: str, lang: Lang) -> str:
    # Turkish keeps the singular after a number ("3 hata"); English does not.
    return pick(lang, f"{n} {one if n == 1 else many}", f"{n} {turkish}")


def counts(report: Report, lang: Lang) -> str:
    """'7 errors, 3 warnings, 0 notes' / '7 hata, 3 uyarı, 0 bilgi'."""
    errors, warnings, infos = (
        report.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    return ", ".join((
        _count(errors, "error", "errors", "hata", lang),
        _count(warnings, "warning", "warnings", "uyarı", lang),
        _count(infos, "note", "notes", "bilgi", lang),
    ))


def summary(report: Report, lang: Lang) -> str:
    """The one-sentence result of a run."""
    files = pick(lang, f"{_count(report.files, 'file', 'files', 'dosya', lang)} checked",
                 f"{report.files} dosya denetlendi")
    if not report.diagnostics:
        return pick(lang, f"{files}, no problems found.", f"{files}, sorun bulunmadı.")
    return f"{files}: {counts(report, lang)}."


def fix_hint(d: Diagnostic, lang: Lang) -> str | None:
    """How to fix the problem, for people; says so when ``--fix`` can do it."""
    if d.fix is None or not d.fix.description.en:
        return None
    from contentlint.rules import applies_fix  # the registry is loaded by the run that made ``d``

    hint = d.fix.description.render(lang)
    if applies_fix(d):
        hint += pick(lang, " (fixable with --fix)", " (--fix ile düzeltilebilir)")
    return hint


def fix_label(lang: Lang) -> str:
    return pick(lang, "fix", "öneri")
