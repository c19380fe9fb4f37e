"""Check URLs from Python: the API behind `contentlint links` and scheduled audits.

    from contentlint.links.api import check_urls
    results = check_urls(["https://www.stgm.org.tr/node/20247"], LinksConfig())
    results[url].status, .rule, .reason, .http_status, .final_url, .fix_url, .certain, .title, .size

Keys of the result are the URLs exactly as given; forms of one URL that differ only by
fragment (or case of the host, default port…) are requested once and share one result.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path

from contentlint.config import LinksConfig
from contentlint.links.cache import LinkCache
from contentlint.links.checker import Checker
from contentlint.links.guard import Lookup
from contentlint.links.limits import Clock
from contentlint.links.model import LinkResult
from contentlint.links.progress import Progress


async def acheck_urls(urls: Iterable[str], options: LinksConfig | None = None, *,
                      cache_path: Path | None = None, lookup: Lookup | None = None,
                      clock: Clock | None = None, progress: Progress | None = None) -> dict[str, LinkResult]:
    """Check ``urls`` (as written) and return each one's result.

    ``cache_path``: an SQLite file of earlier results (None: no cache). ``lookup``: an async
    ``host -> [addresses]`` replacing DNS (tests). ``clock``: ``now()`` and ``sleep()`` for
    pacing and retries (tests). ``progress``: where to show how far the check is.
    """
    options = options or LinksConfig()
    cache = LinkCache.open(cache_path, options.max_cache_age, options) if cache_path else None
    checker = Checker(options, cache=cache, lookup=lookup, clock=clock, progress=progress)
    try:
        return await checker.check_urls(urls)
    finally:
        if cache:
            cache.close()


async def aarchived(urls: Iterable[str], options: LinksConfig | None = None, *, cache_path: Path | None = None,
                    lookup: Lookup | None = None) -> dict[str, str | None]:
    """The Wayback Machine's closest 200 snapshot of each (checked) URL, or None; one request per
    URL, with the same limits, remap, guard and cache as :func:`acheck_urls`."""
    options = options or LinksConfig()
    cache = LinkCache.open(cache_path, options.max_cache_age, options) if cache_path else None
    try:
        return await Checker(options, cache=cache, lookup=lookup).archived(urls)
    finally:
        if cache:
            cache.close()


def check_urls(urls: Iterable[str], options: LinksConfig | None = None, *,
               cache_path: Path | None = None, lookup: Lookup | None = None,
               clock: Clock | None = None, progress: Progress | None = None) -> dict[str, LinkResult]:
    """The blocking form of :func:`acheck_urls` (runs its own event loop)."""
    return asyncio.run(acheck_urls(urls, options, cache_path=cache_path, lookup=lookup, clock=clock,
                                   progress=progress))
