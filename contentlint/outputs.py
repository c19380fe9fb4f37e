"""Report files: checked before any work, written only when the whole run succeeded.

A report path that names an input (an answer file, the catalog, the configuration, a schema),
contentlint's state (the result and link caches, the audit history) or another report of the
same run is refused before anything is opened. Each report is written to a temporary file
beside its target and put in its place by :meth:`ReportFiles.commit`; a run that fails, or
is stopped, leaves every earlier file as it was.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TextIO

from contentlint.atomic import commit, new_file_mode, remove_stale, temporary_beside
from contentlint.config import Project
from contentlint.discover import UsageError, discover
from contentlint.messages import Message, msg, reason

_SQLITE_COMPANIONS = ("", "-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Protected:
    path: Path
    what: Message


def _identity(path: Path) -> tuple[str, tuple[int, int] | None]:
    real = os.path.realpath(path)
    try:
        info = os.stat(real)
    except OSError:
        return real, None
    return real, (info.st_dev, info.st_ino)


def state_files(path: Path, what: Message) -> list[Protected]:
    """A SQLite file with its journal files."""
    return [Protected(path.with_name(path.name + suffix), what) for suffix in _SQLITE_COMPANIONS]


def input_files(project: Project, paths: Sequence[Path] | None) -> list[Protected]:
    """Every file a run over ``paths`` reads (finding the answer files walks the content)."""
    answer = msg("an answer file being checked", "denetlenen bir yanıt dosyası")
    try:
        protected = [Protected(t.path, answer) for t in discover(project, None).targets]
    except UsageError:
        protected = []  # no content folder: a run over named files checks only those
    if paths:
        protected += [Protected(t.path, answer) for t in discover(project, list(paths)).targets]
    protected.append(Protected(project.path(project.config.catalog), msg("the question catalog", "soru kataloğu")))
    if project.source is not None:
        protected.append(Protected(project.source, msg("the configuration file", "yapılandırma dosyası")))
    schemas = project.config.schemas
    for configured, default in ((schemas.answer, "answer.schema.json"), (schemas.questions, "questions.schema.json")):
        protected.append(Protected(project.path(configured or f"schemas/{default}"), msg("a schema", "bir şema")))
    return protected


def history_path(project: Project, configured: str | None = None) -> Path:
    """``--history``, else the configuration's ``audit.history``, else history.sqlite in cache_dir."""
    chosen = configured or project.config.audit.history
    if chosen:
        return project.path(chosen)
    return project.path(project.config.cache_dir) / "history.sqlite"


def project_state(project: Project, history: Path) -> list[Protected]:
    """contentlint's own state files, whether they exist yet or not (a run may create them)."""
    cache_dir = project.path(project.config.cache_dir)
    cache = msg("contentlint's cache", "contentlint'in önbelleği")
    protected = state_files(cache_dir / "results.sqlite", cache) + state_files(cache_dir / "cache.sqlite", cache)
    protected.append(Protected(cache_dir / "config.json", cache))
    if project.config.links.cache_file:
        protected += state_files(project.path(project.config.links.cache_file), cache)
    return protected + state_files(history, msg("the link history", "bağlantı geçmişi"))


class ReportFiles:
    """The run's report outputs (``(format, path or None for standard output)``); a context manager."""

    def __init__(self, outputs: Sequence[tuple[str, str | Path | None]], protected: Iterable[Protected], *,
                 make_folders: bool = False) -> None:
        self._make_folders = make_folders
        self._outputs = [(name, None if path is None else Path(path)) for name, path in outputs]
        self._refuse_collisions(list(protected))
        self._stack = ExitStack()
        self._files: list[tuple[IO[bytes], Path, Path]] = []
        self.streams: list[tuple[str, TextIO]] = []

    def _refuse_collisions(self, protected: list[Protected]) -> None:
        by_identity: dict[object, Message] = {}
        for item in protected:
            real, inode = _identity(item.path)
            by_identity.setdefault(real, item.what)
            if inode is not None:
                by_identity.setdefault(inode, item.what)
        for name, path in self._outputs:
            if path is None:
                continue
            real, inode = _identity(path)
            what = by_identity.get(real) or (by_identity.get(inode) if inode is not None else None)
            if what is not None:
                raise UsageError(msg(
                    "Refusing to write the {format} report to {path}: that is {what_en}",
                    "{format} raporu {path} dosyasına yazılmadı: bu dosya {what_tr}",
                    format=name, path=str(path), what_en=what.render("en"), what_tr=what.render("tr"),
                ))
            other = msg("the {format} report too", "{format} raporunun da hedefi", format=name)
            by_identity[real] = other
            if inode is not None:
                by_identity[inode] = other

    def __enter__(self) -> ReportFiles:
        try:
            for name, path in self._outputs:
                if path is None:
                    self.streams.append((name, sys.stdout))
                    continue
                self.streams.append((name, self._open(name, path)))
        except BaseException:
            self._stack.close()
            raise
        return self

    def _open(self, name: str, path: Path) -> TextIO:
        try:
            if self._make_folders:
                path.parent.mkdir(parents=True, exist_ok=True)
            remove_stale([path.parent])
            target = Path(os.path.realpath(path))
            raw, temporary = self._stack.enter_context(temporary_beside(target))
            os.chmod(temporary, new_file_mode(target))
        except OSError as exc:
            raise UsageError(msg(
                "Cannot write the {format} report to {path}: {error}",
                "{format} raporu {path} dosyasına yazılamıyor: {error_tr}",
                format=name, path=str(path), **reason(exc),
            )) from None
        self._files.append((raw, temporary, target))
        return io.TextIOWrapper(raw, encoding="utf-8", newline="\n")

    def commit(self) -> None:
        """Put every report in its place: the run succeeded."""
        for _, stream in self.streams:
            stream.flush()
        try:
            for raw, temporary, target in self._files:
                commit(raw, temporary, target)
        except OSError as exc:
            raise UsageError(msg(
                "Cannot write the reports: {error}", "Raporlar yazılamadı: {error_tr}", **reason(exc),
            )) from None

    def __exit__(self, *_: object) -> None:
        self._stack.close()

    def __iter__(self) -> Iterator[tuple[str, TextIO]]:
        return iter(self.streams)

