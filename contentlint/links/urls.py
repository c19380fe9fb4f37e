"""A link as written → what is checked: a normalised web URL (the key that deduplicates and
caches), or a verdict that needs no network (mailto:, tel:, relative paths, bad syntax)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urljoin

from yarl import URL

from contentlint.links import model
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import Message, msg

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>.]+(\.[^@\s,;<>.]+)+$")
_TEL = re.compile(r"^\+?[0-9().\-]+$")
_BARE_HOST = re.compile(r"^(www\.|[a-z0-9-]+\.(com|org|net|gov|edu)(\.tr)?/)", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class WebUrl:
    """An http(s) link: ``key`` is its normalised form without fragment."""

    key: str
    url: URL
    fragment: str

    @property
    def host(self) -> str:
        return self.url.raw_host or ""


def normalise(url: URL) -> str:
    """Lower-case scheme and host (IDNA), no default port, '/' for an empty path, no fragment."""
    scheme = url.scheme.lower()
    host = (url.raw_host or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = url.explicit_port
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    query = f"?{url.raw_query_string}" if url.raw_query_string else ""
    return f"{scheme}://{netloc}{url.raw_path or '/'}{query}"


def web_url(text: str) -> WebUrl | None:
    """Parse an absolute http(s) URL; None when it is not one or cannot be parsed."""
    try:
        url = URL(text)
    except (ValueError, TypeError):
        return None
    if url.scheme.lower() not in _DEFAULT_PORTS or not url.raw_host:
        return None
    return WebUrl(normalise(url), url, url.fragment)


def join(base: str, location: str) -> WebUrl | None:
    """A redirect's Location, resolved against the URL that answered with it."""
    return web_url(urljoin(base, location.strip()))


def _offline(written: str, status: LinkStatus, rule: str | None, reason: Message | None,
             fix: str | None = None) -> LinkResult:
    return LinkResult(written, status, rule, reason, fix_url=fix)


def _check_mailto(written: str, rest: str) -> LinkResult:
    addresses = unquote(rest.split("?", 1)[0])
    bad = [a for a in addresses.split(",") if a.strip() and not _EMAIL.match(a.strip())]
    if bad or not addresses.strip():
        return _offline(written, LinkStatus.BROKEN, model.MALFORMED, msg(
            "The e-mail address '{address}' is not valid",
            "'{address}' geçerli bir e-posta adresi değil",
            address=(bad[0] if bad else addresses).strip(),
        ))
    return _offline(written, LinkStatus.OK, None, None)


def _check_tel(written: str, rest: str) -> LinkResult:
    number = unquote(rest.split(";", 1)[0])
    if not _TEL.match(number) or sum(c.isdigit() for c in number) < 3:
        return _offline(written, LinkStatus.BROKEN, model.MALFORMED, msg(
            "The telephone number '{number}' is not valid (digits, '+', '-', '.' and brackets only)",
            "'{number}' geçerli bir telefon numarası değil (yalnızca rakam, '+', '-', '.' ve parantez)",
            number=number,
        ))
    return _offline(written, LinkStatus.OK, None, None)


def classify(written: str) -> WebUrl | LinkResult:
    """What to do with a link as written: a web URL to check, or its verdict right away."""
    text = written.strip().removeprefix("<").removesuffix(">").strip()
    match = _SCHEME.match(text)
    if match is None:
        if text.startswith("#") or not text:
            return _offline(written, LinkStatus.SKIPPED, None, None)
        if _BARE_HOST.match(text):
            return _offline(written, LinkStatus.BROKEN, model.MALFORMED, msg(
                "The link has no 'https://' at its start, so it leads nowhere on the published page",
                "Bağlantının başında 'https://' yok; yayımlanan sayfada hiçbir yere gitmez",
            ), fix=f"https://{text}")
        return _offline(written, LinkStatus.SKIPPED, None, None)
    scheme = match.group(1).lower()
    rest = text[match.end():]
    if scheme == "mailto":
        return _check_mailto(written, rest)
    if scheme == "tel":
        return _check_tel(written, rest)
    if scheme not in _DEFAULT_PORTS:
        return _offline(written, LinkStatus.UNVERIFIABLE, model.UNSUPPORTED_SCHEME, msg(
            "Links with the '{scheme}:' scheme are not checked; only http and https are",
            "'{scheme}:' ile başlayan bağlantılar denetlenmez; yalnızca http ve https denetlenir",
            scheme=scheme,
        ))
    parsed = web_url(text)
    if parsed is None:
        return _offline(written, LinkStatus.BROKEN, model.MALFORMED, msg(
            "The address '{url}' is not a valid web address",
            "'{url}' geçerli bir web adresi değil",
            url=text,
        ))
    return parsed
