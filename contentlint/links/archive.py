"""An archived copy for a broken link: the Wayback Machine's closest snapshot that was a 200.

One request to the availability API per dead URL, through the checker like every other request
(remap, SSRF guard, per-host limits, retries), and its answer kept in the link cache. A dead URL
is a certain failure (404/410, a deleted video…), asked about as it is checked, or one that an
audit finds broken after --fail-after failures in a row, asked about afterwards. The copy is
advice for the editor: --fix never writes it into a file.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from typing import TYPE_CHECKING
from urllib.parse import quote

from contentlint.links.checker import Read
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.urls import web_url

if TYPE_CHECKING:
    from contentlint.links.checker import Checker

API = "https://archive.org/wayback/available?url="
_ANSWER = Read(limit=65_536)


def api_url(url: str) -> str:
    return API + quote(url, safe="")


def snapshot(body: bytes) -> str | None:
    """The closest snapshot's address, if the API names one that was archived with status 200."""
    try:
        data = json.loads(body)
        closest = data["archived_snapshots"]["closest"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(closest, dict) or str(closest.get("status")) != "200" or closest.get("available") is False:
        return None
    found = web_url(str(closest.get("url", "")))
    if found is None or found.host not in ("web.archive.org", "archive.org"):
        return None
    # The API names its snapshots with http://; the archive serves them over https.
    return "https" + found.key.removeprefix("http") if found.key.startswith("http:") else found.key


async def copy_of(checker: Checker, url: str) -> str | None:
    """The archived copy of ``url`` (a checked URL), when the archive has one."""
    request = api_url(url)
    key = checker.remapper.apply(request)[0]
    cached = checker.cache.get(key) if checker.cache else None
    if cached is not None:
        return cached.fix_url
    try:
        hop = (await checker.follow(request, read=_ANSWER)).final
    except Exception:  # the archive out of reach or answering oddly says nothing about the link
        return None
    if hop.status != 200:
        return None
    found = snapshot(hop.body)
    if checker.cache:
        checker.cache.put(key, LinkResult(request, LinkStatus.OK, http_status=200, fix_url=found,
                                          checked_at=time.time()))
    return found


async def annotate(checker: Checker, result: LinkResult) -> LinkResult:
    """``result`` with the archived copy of its URL, when the archive has one."""
    return replace(result, archived=await copy_of(checker, result.url))
