"""PDF links: the first bytes must be a PDF, not the web page a server puts in its place."""

from __future__ import annotations

import re

from yarl import URL

from contentlint.links import model
from contentlint.links.checker import Hop, Read
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import msg

# A ranged request: the first KiB holds the signature; a server without ranges answers 200 and
# the checker still reads no more than this.
RANGE = {"Range": "bytes=0-1023"}
READ = Read(limit=1024, sniff=1024)
_TOTAL = re.compile(r"/\s*(\d+)\s*$")
# The Info dictionary's /Title, when it happens to sit in the bytes read anyway (small or
# linearized files): a literal string (with escapes) or a hex string.
_TITLE = re.compile(rb"/Title\s*(?:\(((?:\\.|[^\\)])*)\)|<([0-9A-Fa-f\s]*)>)", re.DOTALL)
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def is_pdf_path(url: URL) -> bool:
    return url.path.lower().endswith(".pdf")


def is_pdf_type(hop: Hop) -> bool:
    return hop.content_type == "application/pdf"


def size(hop: Hop) -> int | None:
    """The whole file's size: Content-Range's total for a 206, Content-Length for a 200."""
    found = _TOTAL.search(hop.headers.get("Content-Range", ""))
    if found:
        return int(found.group(1))
    length = hop.headers.get("Content-Length", "")
    return int(length) if hop.status == 200 and length.isdigit() else None


def _unescape(found: re.Match[bytes]) -> bytes:
    code = found.group(1)
    if code[:1].isdigit():
        return bytes([int(code, 8) & 0xFF])
    return _ESCAPES.get(code, b"" if code in (b"\n", b"\r") else code)


def title(body: bytes) -> str | None:
    """The document's /Title if the bytes read contain it; UTF-16 with a BOM, else Latin-1."""
    found = _TITLE.search(body)
    if found is None:
        return None
    if found.group(1) is not None:
        raw = _ESCAPE.sub(_unescape, found.group(1))
    else:
        digits = re.sub(rb"\s", b"", found.group(2))
        raw = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
    text = raw[2:].decode("utf-16-be", errors="replace") if raw.startswith(b"\xfe\xff") \
        else raw.decode("latin-1")
    return " ".join(text.replace("\x00", "").split()) or None


def judge(url: str, hop: Hop) -> LinkResult:
    """The verdict on a 200/206 answer to a link that promises a PDF."""
    if hop.body.lstrip()[:5] == b"%PDF-":
        return LinkResult(url, LinkStatus.OK, http_status=hop.status, size=size(hop), title=title(hop.body))
    head = hop.body.lstrip()[:15].lower()
    if hop.content_type in ("text/html", "application/xhtml+xml") or head.startswith((b"<!doctype", b"<html")):
        return LinkResult(url, LinkStatus.BROKEN, model.NOT_A_PDF, msg(
            "The PDF is gone; the server returns a web page instead",
            "PDF artık yok; sunucu onun yerine bir web sayfası döndürüyor",
        ), http_status=hop.status, certain=True)
    return LinkResult(url, LinkStatus.BROKEN, model.NOT_A_PDF, msg(
        "The link promises a PDF, but the server returns something else ({type})",
        "Bağlantı bir PDF vaat ediyor, ama sunucu başka bir şey döndürüyor ({type})",
        type=hop.content_type or "?",
    ), http_status=hop.status)
