"""Any web page: the status, where redirects lead, and whether a 200 page says "not found".

Site-specific modules (stgm) reuse this check with a stricter :class:`SitePolicy`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from yarl import URL

from contentlint.links import model
from contentlint.links.checker import PERMANENT, Chain, Read
from contentlint.links.hosts import pdf
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.pages import anchors as page_anchors
from contentlint.links.pages import decode, read_page, says_not_found
from contentlint.links.urls import web_url
from contentlint.messages import Message, msg

if TYPE_CHECKING:
    from contentlint.links.checker import Checker
    from contentlint.links.urls import WebUrl

# The title is near the top of a page; a page's main heading can sit after a long <head>.
_PAGE_LIMIT = 65_536
# Checking #fragments needs every id of the page.
_FRAGMENT_LIMIT = 2_097_152
_HOME = re.compile(r"^/?(index\.(php|html?|aspx?)|[a-z]{2}([-_][a-z]{2})?/?)?$", re.IGNORECASE)
_LOGIN = re.compile(r"/(user/login|login|signin|sign-in|giris|oturum-ac)(/|$)", re.IGNORECASE)
_NODE = re.compile(r"^/node/\d+/?$")
_HTML = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class SitePolicy:
    """What is known about a site beyond what every site does."""

    heading: bool = False  # its not-found page says so in the main heading (<h1>), not only the title
    login_redirect: bool = False  # a deep link that redirects to its login page is gone for readers
    node_alias: bool = False  # Drupal: /node/N redirects to the page's readable address
    https: bool = False  # it serves everything over https, so http:// links can be fixed blindly


GENERIC = SitePolicy()


def matches(host: str) -> bool:
    return True


async def check(checker: Checker, link: WebUrl) -> LinkResult:
    return await check_page(checker, link, GENERIC)


def _read(checker: Checker, policy: SitePolicy) -> Read:
    if checker.options.check_fragments:
        return Read(limit=_FRAGMENT_LIMIT)
    return Read(limit=_PAGE_LIMIT, until=b"</h1" if policy.heading else b"</title")


async def check_page(checker: Checker, link: WebUrl, policy: SitePolicy) -> LinkResult:
    if pdf.is_pdf_path(link.url):
        chain = await checker.follow(link.key, headers=pdf.RANGE, read=pdf.READ)
    elif checker.host_config(link.host).method == "head":
        chain = await checker.follow_head(link.key)
    else:
        chain = await checker.follow(link.key, read=_read(checker, policy))
    return judge(checker, link, chain, policy)


def is_home(url: URL) -> bool:
    return not url.raw_query_string and bool(_HOME.match(url.raw_path or "/"))


def permanent_target(chain: Chain) -> str | None:
    """Where the leading permanent redirects lead: the URL to write instead.

    Stops at the first temporary redirect, whose target the site may change again.
    """
    target = None
    for hop, following in zip(chain.hops, chain.hops[1:], strict=False):
        if hop.status not in PERMANENT:
            break
        target = following.url
    return target


def _https_version(link: WebUrl) -> str:
    return "https" + link.key.removeprefix("http")


def judge(checker: Checker, link: WebUrl, chain: Chain, policy: SitePolicy) -> LinkResult:
    """The verdict on a finished request chain."""
    final = chain.final
    status = final.status
    final_url = final.url if chain.redirected else None
    url = link.key
    permanent = chain.redirected and all(hop.status in PERMANENT for hop in chain.hops[:-1])

    def result(kind: LinkStatus, rule: str | None = None, reason: Message | None = None, *,
               certain: bool = False, fix: str | None = None) -> LinkResult:
        return LinkResult(url, kind, rule, reason, http_status=status, final_url=final_url, fix_url=fix,
                          certain=certain, permanent=permanent)

    if status in checker.accepted(link.host):
        return result(LinkStatus.OK)
    if status in (404, 410):
        return result(LinkStatus.BROKEN, model.NOT_FOUND, msg(
            "The page does not exist (HTTP {status})", "Sayfa yok (HTTP {status})", status=status,
        ), certain=True)
    if not 200 <= status < 300:
        return result(LinkStatus.BROKEN, model.HTTP_ERROR, msg(
            "The server answers with an error (HTTP {status})", "Sunucu hata veriyor (HTTP {status})",
            status=status,
        ))
    landed = web_url(final.url)
    if chain.redirected and landed is not None:
        if not is_home(link.url) and is_home(landed.url):
            return result(LinkStatus.BROKEN, model.SOFT_404, msg(
                "The page is gone: the link redirects to the site's home page ({url})",
                "Sayfa kaldırılmış: bağlantı sitenin ana sayfasına yönlendiriyor ({url})",
                url=final.url,
            ))
        if policy.login_redirect and _LOGIN.search(landed.url.path):
            return result(LinkStatus.BROKEN, model.SOFT_404, msg(
                "Readers cannot see the page: the link redirects to the login page ({url})",
                "Okurlar sayfayı göremiyor: bağlantı oturum açma sayfasına yönlendiriyor ({url})",
                url=final.url,
            ))
    title: str | None = None
    anchors: frozenset[str] | None = None
    size: int | None = None
    if pdf.is_pdf_path(link.url) or pdf.is_pdf_type(final):
        verdict = pdf.judge(url, final)
        if verdict.status is LinkStatus.BROKEN:
            return result(verdict.status, verdict.rule, verdict.reason, certain=verdict.certain)
        size, title = verdict.size, verdict.title
    elif final.content_type in _HTML and final.body:
        text = decode(final.body, final.charset)
        page = read_page(text)
        title = page.title or page.og_title
        markers = checker.options.not_found_markers
        said = page.title if says_not_found(page.title, markers) else \
            page.heading if policy.heading and says_not_found(page.heading, markers) else None
        if said:
            return result(LinkStatus.BROKEN, model.SOFT_404, msg(
                "The page is gone: the server answers 200 but the page says '{text}'",
                "Sayfa kaldırılmış: sunucu 200 yanıtı veriyor ama sayfada '{text}' yazıyor",
                text=said,
            ))
        if checker.options.check_fragments:
            anchors = page_anchors(text)
    found = _redirect_verdict(link, chain, policy, final_url)
    if found is not None:
        kind, rule, reason, fix = found
        return LinkResult(url, kind, rule, reason, http_status=status, final_url=final_url, fix_url=fix,
                          title=title, size=size, anchors=anchors, permanent=permanent)
    return LinkResult(url, LinkStatus.OK, http_status=status, final_url=final_url, title=title, size=size,
                      anchors=anchors, permanent=permanent)


def _redirect_verdict(link: WebUrl, chain: Chain, policy: SitePolicy, final_url: str | None
                      ) -> tuple[LinkStatus, str, Message, str | None] | None:
    """A working link that should be written differently: alias, permanent redirect, http://."""
    if policy.node_alias and final_url is not None and _NODE.match(link.url.path):
        return LinkStatus.REDIRECT, model.NODE_ALIAS, msg(
            "Link to the page's readable address instead of its node number: {url}",
            "Sayfaya düğüm numarasıyla değil, okunabilir adresiyle bağlantı verin: {url}",
            url=final_url,
        ), final_url
    insecure = link.url.scheme == "http"
    moved = permanent_target(chain)
    if moved is not None and not (insecure and moved == _https_version(link)):
        return LinkStatus.REDIRECT, model.PERMANENT_REDIRECT, msg(
            "The page has moved permanently to {url}", "Sayfa kalıcı olarak {url} adresine taşınmış",
            url=moved,
        ), moved
    if insecure:
        https = _https_version(link)
        known = policy.https or https in (moved, final_url)
        return LinkStatus.WARNING, model.INSECURE, msg(
            "The link uses insecure http://; use https://", "Bağlantı güvensiz http:// kullanıyor; https:// kullanın",
        ), https if known else None
    return None
