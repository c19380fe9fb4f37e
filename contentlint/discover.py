"""Find the answer files to check, without ever leaving the content root."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from contentlint.config import Project
from contentlint.diagnostics import Finding
from contentlint.messages import Message, msg
from contentlint.yamlpos import Problem

SKIPPED = "CL007"


class UsageError(Exception):
    def __init__(self, message: Message) -> None:
        super().__init__(message.en)
        self.message = message


@dataclass(frozen=True, slots=True)
class Target:
    path: Path
    relpath: str


@dataclass
class Discovery:
    targets: list[Target] = field(default_factory=list)
    skipped: list[tuple[str, Problem]] = field(default_factory=list)  # (relpath, problem)
    complete: bool = True


@lru_cache(maxsize=64)
def glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob with '**' (any number of folders), '*' and '?' that never cross '/'."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:[^/]+/)*")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def _matches(relative: str, patterns: tuple[str, ...]) -> bool:
    return any(glob_regex(p).match(relative) for p in patterns)


def _skip(found: Discovery, project: Project, path: Path, en: str, tr: str) -> None:
    found.skipped.append((project.relpath(path) if not path.is_symlink() else _link_relpath(project, path),
                          Problem(SKIPPED, Finding(1, 1, msg(en, tr, path=_link_relpath(project, path))))))


def _link_relpath(project: Project, path: Path) -> str:
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(project.root).as_posix()
    except ValueError:
        return absolute.as_posix()


def _consider(found: Discovery, project: Project, root: Path, path: Path) -> None:
    if path.is_symlink():
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            _skip(found, project, path, "{path} is a broken or looping symbolic link; skipped",
                  "{path} bozuk ya da döngüye giren bir sembolik bağlantı; atlandı")
            return
        if not real.is_relative_to(root):
            _skip(found, project, path, "{path} links outside the content folder; skipped",
                  "{path} içerik klasörünün dışını gösteriyor; atlandı")
            return
        if real.is_dir():
            _skip(found, project, path, "{path} is a link to a folder, not an answer file; skipped",
                  "{path} bir klasöre bağlantı, yanıt dosyası değil; atlandı")
            return
        found.targets.append(Target(path, _link_relpath(project, path)))
        return
    if path.is_dir():
        _skip(found, project, path, "{path} is a folder named like an answer file; skipped",
              "{path} yanıt dosyası gibi adlandırılmış bir klasör; atlandı")
        return
    if not path.is_file():
        _skip(found, project, path, "{path} is not a regular file; skipped",
              "{path} sıradan bir dosya değil; atlandı")
        return
    found.targets.append(Target(path, project.relpath(path)))


def _walk(found: Discovery, project: Project, root: Path, top: Path, patterns: tuple[str, ...]) -> None:
    for folder, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames.sort()
        base = Path(folder)
        for name in [*sorted(filenames), *dirnames]:
            path = base / name
            try:
                relative = path.relative_to(root).as_posix()
            except ValueError:
                relative = name
            if _matches(relative, patterns) or (top != root and _matches(name, _basenames(patterns))):
                _consider(found, project, root, path)
        # a folder that matched was reported; do not walk into it
        dirnames[:] = [d for d in dirnames if not _matches((base / d).relative_to(root).as_posix()
                                                            if (base / d).is_relative_to(root) else d, patterns)]


def _basenames(patterns: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(p.rsplit("/", 1)[-1] for p in patterns)


def discover(project: Project, paths: list[Path] | None = None) -> Discovery:
    root = project.content_root
    patterns = tuple(project.config.answers)
    found = Discovery()
    if not paths:
        if root.is_dir():
            _walk(found, project, root, root, patterns)
        else:
            raise UsageError(msg(
                "The content folder {path} does not exist",
                "{path} içerik klasörü bulunamadı",
                path=str(root),
            ))
        return found
    found.complete = False
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise UsageError(msg("{path} does not exist", "{path} bulunamadı", path=str(given)))
        if given.is_dir() and not given.is_symlink():
            resolved = given.resolve()
            if resolved == root:
                found.complete = True
            _walk(found, project, root, resolved, patterns)
        else:
            _consider(found, project, root if given.resolve().is_relative_to(root) else given.resolve().parent,
                      Path(os.path.abspath(given)))
    unique: dict[str, Target] = {}
    for target in found.targets:
        unique.setdefault(target.relpath, target)
    found.targets = list(unique.values())
    return found
