"""What checking one URL found: a value that the CLI, the cache and audits all read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from contentlint.messages import Message

# The rule that reports each kind of result; their documentation is in links/rules.py.
NOT_FOUND = "CL401"
HTTP_ERROR = "CL402"
UNREACHABLE = "CL403"
SOFT_404 = "CL404"
REDIRECT_LOOP = "CL405"
PERMANENT_REDIRECT = "CL406"
INSECURE = "CL407"
NODE_ALIAS = "CL408"
YOUTUBE_INVALID = "CL409"
YOUTUBE_UNAVAILABLE = "CL410"
YOUTUBE_NOT_EMBEDDABLE = "CL411"
NOT_A_PDF = "CL412"
RATE_LIMITED = "CL413"
UNVERIFIABLE = "CL414"
PRIVATE_ADDRESS = "CL415"
UNSUPPORTED_SCHEME = "CL416"
MALFORMED = "CL417"
FRAGMENT_MISSING = "CL418"
TEXT_MISMATCH = "CL419"
# The rules whose fix `links --fix` may apply (links/moved.py decides for each link).
MOVED = frozenset({PERMANENT_REDIRECT, INSECURE, NODE_ALIAS})


class LinkStatus(StrEnum):
    OK = "ok"  # works (perhaps with a note, e.g. a video whose owner disabled embedding)
    REDIRECT = "redirect"  # works, but the written URL should be replaced (permanent redirect, alias)
    WARNING = "warning"  # works, with a problem worth fixing (insecure scheme)
    UNVERIFIABLE = "unverifiable"  # could not be settled (rate limited, refused by the guard, 5xx API)
    BROKEN = "broken"  # readers cannot reach what the link promises
    EXCLUDED = "excluded"  # matched --exclude: not checked
    SKIPPED = "skipped"  # not a checkable link (relative path, #fragment only)

    @property
    def rank(self) -> int:
        """How bad: the worse of two results (a video inside a playlist) wins."""
        return _RANK[self]


_RANK = {
    LinkStatus.EXCLUDED: 0, LinkStatus.SKIPPED: 0, LinkStatus.OK: 1, LinkStatus.REDIRECT: 2,
    LinkStatus.WARNING: 3, LinkStatus.UNVERIFIABLE: 4, LinkStatus.BROKEN: 5,
}

# Results a later run may reuse: the link answered, so asking again within max_cache_age is waste.
REUSABLE = frozenset({LinkStatus.OK, LinkStatus.REDIRECT, LinkStatus.WARNING})


@dataclass(frozen=True, slots=True)
class LinkResult:
    """The verdict on one URL (written forms that differ only by fragment share it).

    ``rule`` is the CL4xx rule that reports it, None when there is nothing to report.
    ``certain`` marks failures that retrying will not change (404/410, a deleted video, an
    HTML page behind a PDF link, a domain name that does not exist).
    ``fix_url`` is the suggested replacement; ``final_url`` where redirects ended; ``permanent``:
    every redirect on the way there was permanent (301/308). ``title`` is the target's own title
    (page, video or PDF); ``archived`` a copy of a broken link's target in the Wayback Machine.
    """

    url: str
    status: LinkStatus
    rule: str | None = None
    reason: Message | None = None
    http_status: int | None = None
    final_url: str | None = None
    fix_url: str | None = None
    certain: bool = False
    title: str | None = None
    size: int | None = None
    anchors: frozenset[str] | None = None
    checked_at: float = 0.0
    from_cache: bool = False
    permanent: bool = False
    archived: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in REUSABLE

    def worse(self, other: LinkResult) -> LinkResult:
        return other if other.status.rank > self.status.rank else self

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (the cache stores it; audits may too)."""
        return {
            "url": self.url, "status": self.status.value, "rule": self.rule,
            "reason": None if self.reason is None else {
                "en": self.reason.en, "tr": self.reason.tr, "params": [list(p) for p in self.reason.params],
            },
            "http_status": self.http_status, "final_url": self.final_url, "fix_url": self.fix_url,
            "certain": self.certain, "title": self.title, "size": self.size,
            "anchors": None if self.anchors is None else sorted(self.anchors),
            "checked_at": self.checked_at, "permanent": self.permanent, "archived": self.archived,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinkResult:
        reason = data.get("reason")
        return cls(
            url=data["url"], status=LinkStatus(data["status"]), rule=data.get("rule"),
            reason=None if reason is None else Message(
                reason["en"], reason["tr"], tuple((str(k), v) for k, v in reason["params"])
            ),
            http_status=data.get("http_status"), final_url=data.get("final_url"),
            fix_url=data.get("fix_url"), certain=bool(data.get("certain")), title=data.get("title"),
            size=data.get("size"),
            anchors=None if data.get("anchors") is None else frozenset(data["anchors"]),
            checked_at=float(data.get("checked_at", 0.0)), permanent=bool(data.get("permanent")),
            archived=data.get("archived"),
        )
