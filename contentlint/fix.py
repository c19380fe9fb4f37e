"""Apply the edits of fixable diagnostics to text, and fix files with them (--fix, --diff).

Positions are the ones rules report: 1-based (line, column) in the whole file, columns in code
points, lines separated by '\\n' only (a CRLF line's '\\r' is its last character).
"""

from __future__ import annotations

import bisect
import codecs
import difflib
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from contentlint import rules as registry
from contentlint.atomic import commit, remove_stale, temporary_beside
from contentlint.config import Project, RuleSelection
from contentlint.context import Context
from contentlint.diagnostics import Diagnostic, Edit, Fix
from contentlint.discover import discover
from contentlint.documents import Document, load_document
from contentlint.engine import Report, build_selection, lint_document, run
from contentlint.messages import Message, msg, reason
from contentlint.spelling import check as spelling

_NO_DESCRIPTION = msg("edit", "düzenleme")
# Diagnostics that do not come from the document's rules, recomputed on each pass's text: the
# moved links of a run that checked them (links --fix).
Extra = Callable[[Document], list[Diagnostic]]


class EditError(ValueError):
    """An edit points outside the text or ends before it starts: a bug in the rule that made it."""


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _offset(starts: list[int], size: int, line: int, column: int) -> int:
    if not 1 <= line <= len(starts) or column < 1:
        raise EditError(f"position {line}:{column} is outside the text")
    offset = starts[line - 1] + column - 1
    limit = starts[line] if line < len(starts) else size
    if offset > limit:
        raise EditError(f"position {line}:{column} is past the end of its line")
    return offset


Span = tuple[int, int, str]  # start offset, end offset, replacement


def _spans(text: str, starts: list[int], edits: Sequence[Edit]) -> list[Span]:
    spans = []
    for edit in edits:
        start = _offset(starts, len(text), edit.line, edit.column)
        end = _offset(starts, len(text), edit.end_line, edit.end_column)
        if end < start:
            raise EditError(f"edit {edit.line}:{edit.column}-{edit.end_line}:{edit.end_column} "
                            "ends before it starts")
        spans.append((start, end, edit.text))
    return spans


class _Taken:
    """Spans already accepted in one pass, kept sorted so each overlap test is a binary search."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def clashes(self, start: int, end: int) -> bool:
        index = max(bisect.bisect_left(self.starts, start) - 1, 0)
        while index < len(self.starts) and self.starts[index] <= end:
            s, e = self.starts[index], self.ends[index]
            # Two insertions at one point clash: which goes first would be a guess.
            if (s < end and start < e) or s == e == start == end:
                return True
            index += 1
        return False

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def _apply(text: str, spans: list[Span]) -> str:
    # Back to front, so earlier offsets stay valid; at one start, the wider span first, so that
    # an insertion at the start of a replacement ends up before the replacement's text.
    pieces = []
    cursor = len(text)
    for start, end, replacement in sorted(spans, key=lambda s: (s[0], s[1]), reverse=True):
        pieces.append(text[end:cursor])
        pieces.append(replacement)
        cursor = start
    pieces.append(text[:cursor])
    return "".join(reversed(pieces))


def _select(text: str, fixes: Sequence[Fix], floor: int) -> tuple[list[int], list[Span]]:
    starts = _line_starts(text)
    taken = _Taken()
    chosen: list[int] = []
    spans: list[Span] = []
    for index, fix in enumerate(fixes):
        own = _spans(text, starts, fix.edits)
        mine = _Taken()
        clear = True
        for s, e, _ in own:
            if s < floor or taken.clashes(s, e) or mine.clashes(s, e):
                clear = False
                break
            mine.add(s, e)
        if not clear:
            continue
        for s, e, _ in own:
            taken.add(s, e)
        chosen.append(index)
        spans.extend(own)
    return chosen, spans


def apply_fixes(text: str, fixes: Sequence[Fix], *, floor: int = 0) -> tuple[str, list[int]]:
    """Apply the fixes that can go together in one pass; return the text and their indices.

    Each fix is applied whole or not at all. One that overlaps an earlier fix (or whose own
    edits overlap) waits: the fixer lints the result again and the rule reports it anew against
    the new text. A fix with an edit before offset ``floor`` (the frontmatter) is never applied.
    """
    chosen, spans = _select(text, fixes, floor)
    return _apply(text, spans), chosen


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits; an edit overlapping an earlier one in ``edits`` is skipped."""
    return apply_fixes(text, [Fix(_NO_DESCRIPTION, (edit,)) for edit in edits])[0]


# Each pass fixes what does not overlap; a few passes settle every real file. The bound stops a
# pair of rules whose fixes undo each other from looping forever.
MAX_PASSES = 10


@dataclass
class FileFix:
    """What fixing one file did, or would do."""

    path: Path
    relpath: str
    original: str
    fixed: str
    bom: bool
    applied: list[Diagnostic] = field(default_factory=list)  # one per fix applied, over all passes
    remaining: list[Diagnostic] = field(default_factory=list)
    error: Message | None = None  # why the file was left as it was
    write_failed: bool = False  # the fix was made but could not be written

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def encoded(self) -> bytes:
        return (codecs.BOM_UTF8 if self.bom else b"") + self.fixed.encode("utf-8")

    def diff(self) -> str:
        """A unified diff of the fix, as ``git diff`` would show it."""
        lines = difflib.unified_diff(_lines(self.original), _lines(self.fixed),
                                     f"a/{self.relpath}", f"b/{self.relpath}")
        return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                       for line in lines)


def _lines(text: str) -> list[str]:
    # Split at '\n' only, like every position in contentlint (str.splitlines also splits at
    # U+2028 and form feeds, which would show false changes).
    parts = text.split("\n")
    return [part + "\n" for part in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def _fixable(diagnostic: Diagnostic) -> bool:
    return registry.applies_fix(diagnostic)


def _narrowest_first(text: str, diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Fixes that change less go first: when two overlap, the narrower one is the more precise
    repair (removing a zero-width space inside a link beats percent-encoding the whole link), and
    the wider one is proposed again, against the repaired text, in the next pass."""
    starts = _line_starts(text)

    def width(diagnostic: Diagnostic) -> int:
        assert diagnostic.fix is not None
        return sum(end - start for start, end, _ in _spans(text, starts, diagnostic.fix.edits))

    return sorted(diagnostics, key=width)


def fix_bytes(path: Path, relpath: str, raw: bytes, ctx: Context, selection: RuleSelection,
              extra: Extra | None = None, speller: spelling.Checker | None = None) -> FileFix:
    """Lint, apply the fixes that can go together, lint again… until nothing changes.

    Only fixes of rules marked fixable, of enabled and unsuppressed diagnostics, and only in the
    body: the frontmatter and the BOM are kept byte for byte, and so are the line endings
    (the text keeps its '\\r\\n' and rules compute positions on it).
    """
    doc = load_document(path, relpath, raw)
    result = FileFix(path, relpath, doc.text, doc.text, doc.bom)
    if speller is None and spelling.wanted(selection):
        speller = spelling.Checker(ctx.project, selection, use_cache=False)
    if not doc.readable:
        result.error = msg("not fixed: the file is not UTF-8 text", "düzeltilmedi: dosya UTF-8 metin değil")
        return result
    text = doc.text
    for _ in range(MAX_PASSES):
        found = lint_document(doc, ctx, selection, speller) + (extra(doc) if extra else [])
        diagnostics = sorted(found, key=Diagnostic.sort_key)
        candidates = _narrowest_first(text, [d for d in diagnostics if _fixable(d)])
        try:
            text, chosen = apply_fixes(text, [d.fix for d in candidates if d.fix is not None],
                                       floor=len(text) - len(doc.body))
        except EditError as exc:
            result.error = msg("not fixed: a rule proposed an impossible edit ({error}); please report it",
                               "düzeltilmedi: bir kural geçersiz bir düzeltme önerdi ({error}); lütfen bildirin",
                               error=str(exc))
            result.fixed, result.applied = result.original, []
            result.remaining = diagnostics
            return result
        if not chosen:
            result.remaining = diagnostics
            break
        result.applied.extend(candidates[i] for i in chosen)
        result.fixed = text
        doc = load_document(path, relpath, result.encoded())
    else:
        found = lint_document(doc, ctx, selection, speller) + (extra(doc) if extra else [])
        result.remaining = sorted(found, key=Diagnostic.sort_key)
    return result


class WriteError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


def write_atomically(path: Path, data: bytes, expected: bytes) -> None:
    """Replace the file's bytes, or leave it exactly as it was.

    The new bytes replace the original in one step (:mod:`contentlint.atomic`), so a crash or a
    full disk never leaves half a file. The file keeps its permission bits and its owner, a
    symbolic link stays a link, and a file changed by someone else since it was read
    (``expected``) is not overwritten. Replacing a file makes a new one, so a file this user may
    not write, whose owner could not be kept, or with other hard links (which would keep the old
    bytes) is refused rather than replaced.
    """
    target = Path(os.path.realpath(path))
    try:
        if target.read_bytes() != expected:
            raise WriteError(msg("not written: the file changed while it was being fixed",
                                 "yazılmadı: dosya düzeltilirken başka biri tarafından değiştirildi"))
        info = target.stat()
        if not os.access(target, os.W_OK) or not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            raise WriteError(msg("not written: the file is read-only for you",
                                 "yazılmadı: bu dosyaya yazma izniniz yok"))
        if info.st_nlink > 1:
            raise WriteError(msg(
                "not written: the file has {links} hard links, and replacing it would leave the others"
                " with the old text",
                "yazılmadı: dosyanın {links} sabit bağlantısı var; dosyayı değiştirmek ötekilerde eski"
                " metni bırakırdı",
                links=info.st_nlink,
            ))
        with temporary_beside(target) as (stream, temporary):
            stream.write(data)
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
            made = temporary.stat()
            if (made.st_uid, made.st_gid) != (info.st_uid, info.st_gid):
                try:
                    os.chown(temporary, info.st_uid, info.st_gid)
                except PermissionError:
                    raise WriteError(msg(
                        "not written: the file belongs to another user, and replacing it would make it yours",
                        "yazılmadı: dosya başka bir kullanıcıya ait; değiştirmek sahibini siz yapardı",
                    )) from None
            commit(stream, temporary, target)
    except OSError as exc:
        raise WriteError(msg("not written: {error}", "yazılamadı: {error_tr}", **reason(exc))) from None


def fix_paths(project: Project, paths: Sequence[Path] | None = None, *, write: bool,
              report: Report | None = None, extra: Extra | None = None) -> list[FileFix]:
    """Fix the answer files under ``paths`` (default: the content root); write them if ``write``.

    Only files with a fixable diagnostic in ``report`` (a lint run of the same paths, made here
    if not given) are read again and fixed, so a run over thousands of clean files costs one
    lint run. Files that cannot be read, are too large or are not UTF-8 text have no fixable
    diagnostic and are never touched.
    """
    report = report if report is not None else run(project, paths)
    wanted = {d.path for d in report.diagnostics if _fixable(d)}
    if not wanted:
        return []
    ctx = Context(project)
    selection = build_selection(project)
    speller = spelling.Checker(project, selection, use_cache=project.config.cache) \
        if spelling.wanted(selection) else None
    outcomes = []
    targets = [t for t in discover(project, list(paths) if paths else None).targets if t.relpath in wanted]
    if write:
        remove_stale({t.path.parent for t in targets})
    for target in targets:
        try:
            raw = target.path.read_bytes()
        except OSError:
            continue
        outcome = fix_bytes(target.path, target.relpath, raw, ctx, selection, extra, speller)
        if write and outcome.changed and outcome.error is None:
            try:
                write_atomically(target.path, outcome.encoded(), raw)
            except WriteError as exc:
                outcome.error = exc.message
                outcome.write_failed = True
        outcomes.append(outcome)
    if speller is not None:
        speller.close()
    return outcomes


def summary(outcomes: Sequence[FileFix], *, dry_run: bool) -> list[Message]:
    """What --fix did (or --diff would do), file by file, then in total."""
    lines = []
    fixes = files = 0
    for outcome in outcomes:
        if outcome.error is not None:
            error = outcome.error
            lines.append(Message("{path}: " + error.en, "{path}: " + error.tr,
                                 (*error.params, ("path", outcome.relpath))))
        if not outcome.changed or outcome.error is not None:
            continue
        counts: dict[str, int] = {}
        for diagnostic in outcome.applied:
            counts[diagnostic.name] = counts.get(diagnostic.name, 0) + 1
        names = ", ".join(name if n == 1 else f"{name} ×{n}" for name, n in counts.items())
        fixes += len(outcome.applied)
        files += 1
        lines.append(msg(
            "{path}: {count} {fixes_en} {verb_en} ({names})", "{path}: {count} düzeltme {verb_tr} ({names})",
            path=outcome.relpath, count=len(outcome.applied), names=names,
            fixes_en=_plural(len(outcome.applied), "fix"),
            verb_en="to apply" if dry_run else "applied", verb_tr="yapılacak" if dry_run else "yapıldı",
        ))
    unwritten = sum(1 for outcome in outcomes if outcome.write_failed)
    if unwritten:
        lines.append(msg("{count} {files_en} could not be written and {verb_en} unchanged.",
                         "{count} dosya yazılamadı, olduğu gibi bırakıldı.",
                         count=unwritten, files_en=_plural(unwritten, "file"),
                         verb_en="is" if unwritten == 1 else "are"))
    if not files:
        if not unwritten:
            lines.append(msg("Nothing to fix automatically.", "Otomatik düzeltilecek bir şey yok."))
    elif dry_run:
        lines.append(msg("{fixes} {fixes_en} in {files} {files_en} would be applied; nothing was written.",
                         "{files} dosyada {fixes} düzeltme yapılacak; hiçbir dosya değiştirilmedi.",
                         fixes=fixes, files=files, fixes_en=_plural(fixes, "fix"), files_en=_plural(files, "file")))
    else:
        lines.append(msg("Applied {fixes} {fixes_en} in {files} {files_en}.",
                         "{files} dosyada {fixes} düzeltme yapıldı.",
                         fixes=fixes, files=files, fixes_en=_plural(fixes, "fix"), files_en=_plural(files, "file")))
    return lines


def _plural(count: int, word: str) -> str:
    # Turkish keeps the singular after a number ("3 düzeltme"); only English needs this.
    return word if count == 1 else word + ("es" if word.endswith("x") else "s")
