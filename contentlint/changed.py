"""The answer files a branch changed: what `check --changed-since REF` checks.

Changed means added, modified or renamed between the merge base of REF and HEAD and the
working tree (so uncommitted edits count too), plus new files git does not track yet; deleted
files have nothing to check.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from contentlint.config import Project
from contentlint.discover import UsageError, glob_regex
from contentlint.messages import msg, reason


def _git(root: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=root, capture_output=True, check=False)
    except OSError as exc:
        raise UsageError(msg("Cannot run git: {error}", "git çalıştırılamadı: {error_tr}",
                             **reason(exc))) from None
    if done.returncode != 0:
        raise UsageError(msg(
            "git {command} failed: {error}", "git {command} başarısız oldu: {error_tr}",
            command=args[0],
            error=done.stderr.decode("utf-8", "replace").strip() or f"exit code {done.returncode}",
            # git's own words, as it wrote them
            error_tr=done.stderr.decode("utf-8", "replace").strip() or f"çıkış kodu {done.returncode}",
        ))
    # File names are bytes: decoded as the file system does, a name that is not UTF-8 still
    # opens the right file.
    return os.fsdecode(done.stdout)


def _inside(path: Path, within: Sequence[Path]) -> bool:
    return any(path == folder or folder in path.parents for folder in within)


def changed_answers(project: Project, ref: str, within: Sequence[Path] | None = None) -> list[Path]:
    """Answer files changed since the merge base of ``ref`` and HEAD (among ``within``), in path order."""
    top = Path(_git(project.root, "rev-parse", "--show-toplevel").strip())
    try:
        base = _git(top, "merge-base", ref, "HEAD").strip()
    except UsageError:
        raise UsageError(msg(
            "Cannot compare with '{ref}': no such branch or commit, or no common history"
            " (in CI, fetch it first, e.g. with fetch-depth: 0)",
            "'{ref}' ile karşılaştırılamıyor: böyle bir dal ya da commit yok veya ortak geçmiş bulunmuyor"
            " (CI'da önce onu da çekin, örneğin fetch-depth: 0 ile)",
            ref=ref,
        )) from None
    names = _git(top, "diff", "--name-only", "-z", "--diff-filter=d", "--no-renames", base).split("\0")
    names += _git(top, "ls-files", "--others", "--exclude-standard", "-z").split("\0")
    content = project.content_root
    patterns = [glob_regex(p) for p in project.config.answers]
    found: set[Path] = set()
    for name in filter(None, names):
        path = top / name
        try:
            relative = path.relative_to(content).as_posix()
        except ValueError:
            continue
        if path.is_file() and any(p.match(relative) for p in patterns):
            found.add(path)
    if within is not None:
        found = {path for path in found if _inside(path, [Path(p).resolve() for p in within])}
    return sorted(found)
