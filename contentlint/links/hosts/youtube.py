"""YouTube: a watch page answers 200 even for a deleted video, so ask oEmbed instead.

Id shapes are checked offline. oEmbed answers 200 for a watchable video or playlist, 404/400 for
one that is gone, and 401/403 both for a private video (broken for readers) and for one whose
owner disabled embedding (fine to link to): the thumbnail, which private videos do not have,
settles that. Watch pages are never fetched (consent redirects, 429s).
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import quote

from yarl import URL

from contentlint.links import model
from contentlint.links.checker import Failure, Read
from contentlint.links.hosts import generic
from contentlint.links.model import LinkResult, LinkStatus
from contentlint.messages import Message, msg

if TYPE_CHECKING:
    from contentlint.links.checker import Checker
    from contentlint.links.urls import WebUrl

HOSTS = frozenset({
    "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtu.be",
    "youtube-nocookie.com", "www.youtube-nocookie.com",
})
# 11 characters of base64url encoding 64 bits: the last one carries only 4 bits.
_VIDEO_ID = re.compile(r"^[A-Za-z0-9_-]{10}[AEIMQUYcgkosw048]$")
_PLAYLIST_ID = re.compile(r"^(PL([A-Za-z0-9_-]{16}|[A-Za-z0-9_-]{32})|(?!PL)[A-Za-z0-9_-]{10,80})$")
_VIDEO_PATHS = ("embed", "shorts", "live", "v")
_OEMBED = Read(limit=65_536)


@dataclass(frozen=True, slots=True)
class Ref:
    video: str | None
    playlist: str | None


def matches(host: str) -> bool:
    return host in HOSTS


def parse(url: URL) -> Ref | Message | None:
    """The video and playlist a link shows; a Message when an id is malformed; None for other
    YouTube pages (channels…), which get the generic check."""
    host = (url.raw_host or "").lower()
    segments = [s for s in url.path.split("/") if s]
    playlist = url.query.get("list")
    video: str | None
    if host.endswith("youtu.be"):
        video = segments[0] if segments else ""
    elif segments == ["watch"]:
        video = url.query.get("v", "")
    elif segments == ["playlist"] or segments == ["embed", "videoseries"]:
        video, playlist = None, playlist or ""
    elif len(segments) == 2 and segments[0] in _VIDEO_PATHS:
        video = segments[1]
    else:
        return None
    if video is not None and not _VIDEO_ID.match(video):
        return msg(
            "'{id}' is not a YouTube video id (11 letters, digits, '-' or '_')",
            "'{id}' bir YouTube video kimliği değil (11 harf, rakam, '-' ya da '_' olmalı)",
            id=video,
        ) if video else msg("The YouTube link names no video", "YouTube bağlantısında video belirtilmemiş")
    if playlist is not None and not _PLAYLIST_ID.match(playlist):
        return msg(
            "'{id}' is not a YouTube playlist id", "'{id}' bir YouTube oynatma listesi kimliği değil",
            id=playlist,
        )
    return Ref(video, playlist)


async def check(checker: Checker, link: WebUrl) -> LinkResult:
    ref = parse(link.url)
    if ref is None:
        return await generic.check(checker, link)
    if isinstance(ref, Message):
        return LinkResult(link.key, LinkStatus.BROKEN, model.YOUTUBE_INVALID, ref, certain=True)
    jobs = []
    if ref.video is not None:
        video = ref.video
        jobs.append(checker.once(("youtube-video", video), lambda: _video(checker, video)))
    if ref.playlist is not None:
        playlist = ref.playlist
        jobs.append(checker.once(("youtube-playlist", playlist), lambda: _playlist(checker, playlist)))
    found = await asyncio.gather(*jobs)
    verdict = found[0]
    for other in found[1:]:
        verdict = verdict.worse(other)
    return replace(verdict, url=link.key, title=found[0].title)


def oembed_url(page: str) -> str:
    return f"https://www.youtube.com/oembed?url={quote(page, safe='')}&format=json"


async def _ask(checker: Checker, page: str) -> tuple[int, str | None] | LinkResult:
    """oEmbed's status and the title it gives; a LinkResult when YouTube could not be asked."""
    try:
        hop = (await checker.follow(oembed_url(page), read=_OEMBED)).final
    except Failure as failure:
        if failure.rule != model.UNREACHABLE:
            return failure.result(page)
        # YouTube being out of reach says nothing about the video.
        return LinkResult(page, LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, msg(
            "YouTube could not be asked about the link: {reason_en}",
            "Bağlantı YouTube'a sorulamadı: {reason_tr}",
            reason_en=failure.reason.render("en"), reason_tr=failure.reason.render("tr"),
        ))
    title = None
    if hop.status == 200:
        try:
            data = json.loads(hop.body)
            title = str(data["title"]) if isinstance(data, dict) and "title" in data else None
        except ValueError:
            title = None
    return hop.status, title


def _unverifiable(page: str, status: int) -> LinkResult:
    return LinkResult(page, LinkStatus.UNVERIFIABLE, model.UNVERIFIABLE, msg(
        "YouTube did not say whether it exists (HTTP {status}); check it by hand",
        "YouTube var olup olmadığını söylemedi (HTTP {status}); elle denetleyin",
        status=status,
    ), http_status=status)


async def _video(checker: Checker, video: str) -> LinkResult:
    page = f"https://www.youtube.com/watch?v={video}"
    asked = await _ask(checker, page)
    if isinstance(asked, LinkResult):
        return asked
    status, title = asked
    if status == 200:
        return LinkResult(page, LinkStatus.OK, http_status=status, title=title)
    if status in (400, 404):
        return LinkResult(page, LinkStatus.BROKEN, model.YOUTUBE_UNAVAILABLE, msg(
            "The YouTube video {id} has been removed or does not exist",
            "{id} kimlikli YouTube videosu kaldırılmış ya da hiç yok",
            id=video,
        ), http_status=status, certain=True)
    if status not in (401, 403):
        return _unverifiable(page, status)
    try:
        thumbnail = (await checker.follow_head(f"https://i.ytimg.com/vi/{video}/hqdefault.jpg")).final
    except Failure:
        return _unverifiable(page, status)
    if thumbnail.status == 200:
        return LinkResult(page, LinkStatus.OK, model.YOUTUBE_NOT_EMBEDDABLE, msg(
            "The video's owner does not allow it to be embedded in other sites; the link itself works",
            "Video sahibi videonun başka sitelere gömülmesine izin vermiyor; bağlantının kendisi çalışıyor",
        ), http_status=status)
    if thumbnail.status == 404:
        return LinkResult(page, LinkStatus.BROKEN, model.YOUTUBE_UNAVAILABLE, msg(
            "The YouTube video {id} is private: readers cannot watch it",
            "{id} kimlikli YouTube videosu gizli: okurlar izleyemez",
            id=video,
        ), http_status=status)
    return _unverifiable(page, status)


async def _playlist(checker: Checker, playlist: str) -> LinkResult:
    page = f"https://www.youtube.com/playlist?list={playlist}"
    asked = await _ask(checker, page)
    if isinstance(asked, LinkResult):
        return asked
    status, title = asked
    if status == 200:
        return LinkResult(page, LinkStatus.OK, http_status=status, title=title)
    if status in (400, 401, 403, 404):
        # A playlist cannot have embedding disabled: 401/403 means it is private.
        return LinkResult(page, LinkStatus.BROKEN, model.YOUTUBE_UNAVAILABLE, msg(
            "The YouTube playlist {id} has been removed or is private",
            "{id} kimlikli YouTube oynatma listesi kaldırılmış ya da gizli",
            id=playlist,
        ), http_status=status, certain=status in (400, 404))
    return _unverifiable(page, status)
