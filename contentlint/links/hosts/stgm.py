"""www.stgm.org.tr, a Drupal site: its not-found page answers 200, removed pages redirect to the
home or login page, /node/N has a readable alias, and every page is served over https."""

from __future__ import annotations

from typing import TYPE_CHECKING

from contentlint.links.hosts.generic import SitePolicy, check_page

if TYPE_CHECKING:
    from contentlint.links.checker import Checker
    from contentlint.links.model import LinkResult
    from contentlint.links.urls import WebUrl

HOSTS = frozenset({"stgm.org.tr", "www.stgm.org.tr"})
POLICY = SitePolicy(heading=True, login_redirect=True, node_alias=True, https=True)


def matches(host: str) -> bool:
    return host in HOSTS


async def check(checker: Checker, link: WebUrl) -> LinkResult:
    return await check_page(checker, link, POLICY)
