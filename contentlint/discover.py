"""Find the answer files to check, without ever leaving the content root."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from contentlint.config import Project, printable_path
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


def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip("/") + "/")


class _Walker:
    """Classifies paths; all paths are absolute strings, compared without resolving each one."""

    def __init__(self, project: Project, found: Discovery) -> None:
        self.found = found
        self.root = str(project.root)
        self.content = str(project.content_root)
        self.patterns = tuple(project.config.answers)
        self.basenames = tuple(p.rsplit("/", 1)[-1] for p in self.patterns)

    def relpath(self, path: str) -> str:
        """What reports, caches and rules call the file; ``Target.path`` keeps the real name."""
        inside = _under(path, self.root) and path != self.root
        return printable_path(path[len(self.root) + 1:] if inside else path)

    def is_answer(self, path: str) -> bool:
        if _under(path, self.content) and path != self.content:
            return _matches(path[len(self.content) + 1:], self.patterns)
        return _matches(path.rsplit("/", 1)[-1], self.basenames)

    def skip(self, path: str, en: str, tr: str) -> None:
        relpath = self.relpath(path)
        self.found.skipped.append((relpath, Problem(SKIPPED, Finding(1, 1, msg(en, tr, path=relpath)))))

    def consider(self, path: str, *, is_link: bool, is_dir: bool, is_file: bool) -> None:
        if is_link:
            try:
                real = os.path.realpath(path, strict=True)
            except (OSError, RuntimeError):
                self.skip(path, "{path} is a broken or looping symbolic link; skipped",
                          "{path} bozuk ya da döngüye giren bir sembolik bağlantı; atlandı")
                return
            if not _under(real, self.content):
                self.skip(path, "{path} links outside the content folder; skipped",
                          "{path} içerik klasörünün dışını gösteriyor; atlandı")
                return
            if os.path.isdir(real):
                self.skip(path, "{path} is a link to a folder, not an answer file; skipped",
                          "{path} bir klasöre bağlantı, yanıt dosyası değil; atlandı")
                return
            if not os.path.isfile(real):  # a pipe or a device would block or never end
                self.skip(path, "{path} is not a regular file; skipped",
                          "{path} sıradan bir dosya değil; atlandı")
                return
        elif is_dir:
            self.skip(path, "{path} is a folder named like an answer file; skipped",
                      "{path} yanıt dosyası gibi adlandırılmış bir klasör; atlandı")
            return
        elif not is_file:
            self.skip(path, "{path} is not a regular file; skipped",
                      "{path} sıradan bir dosya değil; atlandı")
            return
        self.found.targets.append(Target(Path(path), self.relpath(path)))

    def walk(self, top: str) -> None:
        """Every answer file below ``top``; symbolic links to folders are never followed."""
        stack = [top]
        while stack:
            folder = stack.pop()
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                self.skip(folder, "{path} cannot be read; skipped", "{path} okunamadı; atlandı")
                continue
            subfolders = []
            for entry in entries:
                is_link = entry.is_symlink()
                is_dir = not is_link and entry.is_dir(follow_symlinks=False)
                if self.is_answer(entry.path):
                    self.consider(entry.path, is_link=is_link, is_dir=is_dir,
                                  is_file=entry.is_file(follow_symlinks=False))
                elif is_dir:
                    subfolders.append(entry.path)
            stack.extend(reversed(subfolders))


def discover(project: Project, paths: list[Path] | None = None) -> Discovery:
    found = Discovery()
    walker = _Walker(project, found)
    if not paths:
        if not project.content_root.is_dir():
            raise UsageError(msg(
                "The content folder {path} does not exist",
                "{path} içerik klasörü bulunamadı",
                path=printable_path(str(project.content_root)),
            ))
        walker.walk(walker.content)
        return found
    found.complete = False
    for given in paths:
        if not given.exists() and not given.is_symlink():
            raise UsageError(msg("{path} does not exist", "{path} bulunamadı",
                                 path=printable_path(str(given))))
        absolute = os.path.abspath(given)
        if given.is_dir() and not given.is_symlink():
            resolved = os.path.realpath(absolute)
            found.complete = found.complete or resolved == walker.content
            walker.walk(resolved)
        else:
            walker.consider(absolute, is_link=given.is_symlink(), is_dir=given.is_dir(),
                            is_file=given.is_file())
    unique: dict[str, Target] = {}
    for target in found.targets:
        unique.setdefault(target.relpath, target)
    found.targets = list(unique.values())
    return found
