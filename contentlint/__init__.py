"""contentlint: content-quality and link checking for STGM's advice knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Report", "__version__", "lint"]

if TYPE_CHECKING:
    from contentlint.engine import Report, lint


def __getattr__(name: str) -> Any:
    # Imported on first use so that `contentlint --version` and the CLI start fast.
    if name in ("lint", "Report"):
        from contentlint import engine

        return getattr(engine, name)
    raise AttributeError(name)
