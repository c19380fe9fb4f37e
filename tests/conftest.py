"""Shared test helpers: temporary projects, one-call linting, and no network but loopback."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from contentlint.config import Project, parse_config
from contentlint.diagnostics import Diagnostic
from contentlint.engine import Report, run

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ORIGINAL_ANSWER = FIXTURES / "original_000_727566c4d5cc03bf.txt"
REAL_TITLE = "Gönüllülerle iş birliği yapmayı istiyoruz ama bu konuda bir yaklaşımımız yok."
CATALOG = f"""questions:
  - id: 8
    choices:
      - id: 1
        title: {REAL_TITLE}
"""
HEADER = f"---\ntitle: {REAL_TITLE}\nquestion_id: 8\nchoice_id: 1\n---\n"


def _loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"
    return isinstance(address, (str, bytes))  # unix sockets


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests may only talk to servers they start on 127.0.0.1."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> Any:
        if not _loopback(address):
            raise ConnectionRefusedError(f"tests may not connect to {address!r}")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if not _loopback(address):
            raise ConnectionRefusedError(f"tests may not connect to {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)


def make_project(root: Path, files: dict[str, str | bytes], config: dict[str, Any] | None = None,
                 catalog: str | None = CATALOG) -> Project:
    """Write ``files`` (paths relative to ``root``) and the catalog; return the project."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    if catalog is not None:
        (root / "content").mkdir(exist_ok=True)
        (root / "content" / "questions.yaml").write_text(catalog, encoding="utf-8")
    (root / "content" / "answers").mkdir(parents=True, exist_ok=True)
    return Project(root, parse_config(config or {}, "test"), None)


@pytest.fixture
def project_factory(tmp_path: Path) -> Callable[..., Project]:
    def make(files: dict[str, str | bytes], config: dict[str, Any] | None = None,
             catalog: str | None = CATALOG) -> Project:
        return make_project(tmp_path, files, config, catalog)
    return make


@pytest.fixture
def lint_files(tmp_path: Path) -> Callable[..., Report]:
    """Lint a whole temporary project: ``lint_files({"content/answers/a.md": text})``."""
    def lint(files: dict[str, str | bytes], config: dict[str, Any] | None = None,
             catalog: str | None = CATALOG) -> Report:
        return run(make_project(tmp_path, files, config, catalog), use_cache=False)
    return lint


@pytest.fixture
def lint_source(tmp_path: Path) -> Callable[..., list[Diagnostic]]:
    """Lint one answer file; with ``rule``, keep only that rule's diagnostics.

    ``lint_source(HEADER + "body", rule="CL301")`` → diagnostics of CL301 in that file.
    """
    counter = iter(range(1_000_000))

    def lint(source: str | bytes, rule: str | None = None, config: dict[str, Any] | None = None,
             name: str = "answer.md") -> list[Diagnostic]:
        root = tmp_path / f"p{next(counter)}"
        project = make_project(root, {f"content/answers/{name}": source}, config)
        report = run(project, use_cache=False)
        return [d for d in report.diagnostics if rule is None or rule in (d.rule, d.name)]
    return lint


def positions(diagnostics: list[Diagnostic]) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in diagnostics]


@pytest.fixture
def real_answer() -> Iterator[str]:
    yield ORIGINAL_ANSWER.read_text(encoding="utf-8")
