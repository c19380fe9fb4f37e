"""Which moved links `--fix` may rewrite, and the edit that rewrites one.

A link is rewritten to where it leads only when that is certain to be the same page, now at its
lasting address: every redirect on the way was permanent (301/308), the page there answered
and is not a soft 404, and it is on the same site and not the site's home, login or consent
page. A temporary redirect (302, 303, 307) may change tomorrow; youtu.be and youtube.com are
both fine; an archived copy is advice, never applied.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from contentlint.diagnostics import Edit
from contentlint.links import model
from contentlint.links.extract import LinkRef
from contentlint.links.hosts import youtube
from contentlint.links.hosts.generic import is_home
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.links.urls import web_url

_GATES = re.compile(
    r"/(user/login|login|log-in|signin|sign-in|signup|register|giris|oturum-ac|uye-girisi|auth|sso|consent|"
    r"cookie-consent|gdpr|accounts?)(/|$|\.)", re.IGNORECASE)
_GATE_HOSTS = re.compile(r"^(consent|accounts|login|auth|sso|signin)\.", re.IGNORECASE)
# Characters a Markdown destination cannot hold as they are.
_UNSAFE = re.compile(r"[\s()<>\"'\\`\x00-\x1f\x7f]")


def _site(host: str) -> str:
    return host.lower().removeprefix("www.")


def target(result: LinkResult) -> str | None:
    """The URL --fix may write instead of ``result.url``, or None when it must not."""
    if result.rule not in model.MOVED or result.fix_url is None:
        return None
    if result.status not in (LinkStatus.REDIRECT, LinkStatus.WARNING):
        return None
    # The page the link ends at, reached by permanent redirects only, is the one to link to.
    if result.fix_url != result.final_url or not result.permanent:
        return None
    before, after = web_url(result.url), web_url(result.fix_url)
    if before is None or after is None or _UNSAFE.search(result.fix_url):
        return None
    if youtube.matches(before.host) or youtube.matches(after.host):
        return None  # youtu.be, youtube.com, consent pages: never rewritten
    if _site(before.host) != _site(after.host) or _GATE_HOSTS.match(after.host):
        return None
    if after.url.scheme == "http" and before.url.scheme == "https":
        return None
    if is_home(after.url) or _GATES.search(after.url.path):
        return None
    return result.fix_url


def written(text: str, ref: LinkRef) -> str | None:
    """The characters of ``text`` at ``ref``'s position (None when it spans lines)."""
    if ref.line != ref.end_line:
        return None
    lines = text.split("\n")
    if not 1 <= ref.line <= len(lines):
        return None
    return lines[ref.line - 1][ref.column - 1:ref.end_column - 1]


def with_fragment(written_url: str, new: str) -> str:
    """``new`` with the fragment the editor wrote, unless ``new`` has one of its own."""
    _, hash_mark, fragment = written_url.partition("#")
    return f"{new}#{fragment}" if hash_mark and "#" not in new else new


def edit(text: str, ref: LinkRef, result: LinkResult) -> Edit | None:
    """The edit that rewrites this occurrence of a moved link, or None when --fix must leave it.

    Only a destination written exactly as checked is rewritten: a reference link's label, an
    escaped or angle-bracketed address is left to the editor.
    """
    new = target(result)
    if new is None or written(text, ref) != ref.url:
        return None
    replacement = with_fragment(ref.url, new)
    if unquote(replacement) == unquote(ref.url):
        return None
    return Edit(ref.line, ref.column, ref.end_line, ref.end_column, replacement)

