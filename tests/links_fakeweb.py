"""Local stand-ins for the web that answer files link to, for the link tests and the benchmark.

``site_app`` behaves like a web site (STGM's Drupal included) by path: /ok/…, /missing/… (404),
/soft/… (200 "Sayfa bulunamadı"), /to-home/…, /node/N, /pdf/….pdf, /gone-pdf/….pdf (HTML),
/flaky/… (500, 500, 200), /limited/… (429 then 200), /always-429/… (Retry-After: 1), /bare-429/…
(no Retry-After), /loop/…, /chain/N, /reset, /hang….
``youtube_app`` answers /watch with 200 for anything (as YouTube does) and /oembed by the id's
prefix: deleted… 404, private… 401, noEmbed… 403, limited… 429 once, brokenApi… 500.
``ytimg_app`` serves thumbnails, except for private… videos.
Every app counts requests per path and the peak number of requests in flight.
"""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

PDF = b"%PDF-1.7\n" + b"0" * 4000 + b"\n%%EOF\n"
# Drupal puts a long <head> before the main heading.
LONG_HEAD = "<meta name='x' content='" + "x" * 6000 + "'>"
HANG_LIMIT = 30.0  # a handler that "never answers" still ends by itself


@dataclass
class Stats:
    """What a fake host saw: requests per (method, path?query), and the most at once."""

    requests: Counter[tuple[str, str]] = field(default_factory=Counter)
    in_flight: int = 0
    peak: int = 0
    headers: list[dict[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def count(self, path: str, method: str | None = None) -> int:
        return sum(n for (m, p), n in self.requests.items()
                   if (method is None or m == method) and (p == path or p.startswith(path + "?")))


def page(title: str, body: str = "", head: str = "") -> str:
    return f"<!doctype html><html><head>{head}<title>{title}</title></head><body>{body}</body></html>"


def _html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def _counted(stats: Stats, latency: float) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        stats.requests[(request.method, request.path_qs)] += 1
        stats.headers.append(dict(request.headers))
        stats.in_flight += 1
        stats.peak = max(stats.peak, stats.in_flight)
        try:
            if latency:
                await asyncio.sleep(latency)
            return await handler(request)
        finally:
            stats.in_flight -= 1
    return middleware


def _pdf(request: web.Request) -> web.Response:
    wanted = request.headers.get("Range", "")
    if wanted.startswith("bytes=0-"):
        end = min(int(wanted.removeprefix("bytes=0-") or len(PDF) - 1), len(PDF) - 1)
        return web.Response(body=PDF[:end + 1], status=206, content_type="application/pdf",
                            headers={"Content-Range": f"bytes 0-{end}/{len(PDF)}"})
    return web.Response(body=PDF, content_type="application/pdf")


def site_app(public: str, stats: Stats, latency: float = 0.0,
             paths: dict[str, str] | None = None, titles: dict[str, str] | None = None,
             absolute: bool = False) -> web.Application:
    """A web site whose public address is ``public`` (absolute redirects point there).

    ``paths`` gives real paths a behaviour: {"/stok-ogrenim-platformunda": "/soft/x"}; ``titles``
    gives the pages at real paths their <title>: {"/alias-20247": "Gönüllü Yönetimi | STGM"}.
    ``absolute``: every redirect names ``public`` (as many real sites do), not only /moved/.
    """
    tries: Counter[str] = Counter()
    origin = public if absolute else ""

    async def handle(request: web.Request) -> web.StreamResponse:
        path = (paths or {}).get(request.path, request.path)
        first, _, rest = path.strip("/").partition("/")
        tries[path] += 1
        if path == "/":
            return _html(page("Ana Sayfa | STGM", "<h1>Hoş geldiniz</h1>"))
        if path == "/user/login":
            return _html(page("Oturum aç | STGM", "<h1>Oturum aç</h1>"))
        if request.method == "HEAD" and first == "no-head":
            return web.Response(status=405)
        if first in ("ok", "no-head") or first.startswith("alias-"):
            title = (titles or {}).get(request.path, f"{rest or first} | Site")
            return _html(page(title, f"<h1>{rest}</h1><p id='bolum-1'>Metin</p>"))
        if first == "missing":
            return _html(page("404 Not Found"), status=404)
        if first == "removed":
            return _html(page("Gone"), status=410)
        if first == "forbidden":
            return _html(page("Forbidden"), status=403)
        if first == "soft":
            return _html(page("Sayfa bulunamadı | STGM", "<h1>Sayfa bulunamadı</h1>"))
        if first == "soft-en":
            return _html(page("Page Not Found – Example"))
        if first == "soft-h1":
            return _html(page("STGM", "<div id='main'><h1>Sayfa bulunamadı</h1></div>", LONG_HEAD))
        if first == "to-home":
            raise web.HTTPFound(f"{origin}/")
        if first == "to-login":
            raise web.HTTPFound(f"{origin}/user/login?destination={path}")
        if first == "node":
            raise web.HTTPMovedPermanently(f"{origin}/alias-{rest}")
        if first == "moved":
            raise web.HTTPMovedPermanently(f"{public}/ok/{rest}")
        if first == "redirect-to":
            raise web.HTTPFound(request.query["url"])
        if first == "temp":
            raise web.HTTPFound(f"{origin}/ok/{rest}")
        if first == "loop":
            raise web.HTTPFound(f"{origin}/loop/b" if rest == "a" else f"{origin}/loop/a")
        if first == "chain":
            hops = int(rest)
            if hops:
                raise web.HTTPFound(f"{origin}/chain/{hops - 1}")
            return _html(page("End of the chain"))
        if first == "flaky" and tries[path] <= 2:
            return _html(page("Error"), status=500)
        if first == "flaky":
            return _html(page("Recovered"))
        if first == "always-500":
            return _html(page("Error"), status=500)
        if first == "limited" and tries[path] == 1:
            return web.Response(status=429, headers={"Retry-After": "1"})
        if first == "limited":
            return _html(page("Served after waiting"))
        if first == "always-429":
            return web.Response(status=429, headers={"Retry-After": "1"})
        if first == "bare-429":
            return web.Response(status=429)
        if first == "reset":
            assert request.transport is not None
            request.transport.abort()
            return web.Response()
        if first == "hang":
            await asyncio.sleep(HANG_LIMIT)
            return web.Response()
        if first == "pdf":
            return _pdf(request)
        if first == "typed-pdf":
            return web.Response(body=PDF, content_type="application/pdf")
        if first == "gone-pdf":
            return _html(page("Belge bulunamadı", "<p>Aradığınız belge kaldırıldı.</p>"))
        if first == "zip-pdf":
            return web.Response(body=b"PK\x03\x04" + b"0" * 100, content_type="application/zip")
        return _html(page("404 Not Found"), status=404)

    app = web.Application(middlewares=[_counted(stats, latency)])
    app.router.add_route("*", "/{tail:.*}", handle)
    return app


def _video_behaviour(video: str, tries: Counter[str]) -> web.Response:
    tries[video] += 1
    if video.startswith("deleted"):
        return web.Response(status=404, text="Not Found")
    if video.startswith("private"):
        return web.Response(status=401, text="Unauthorized")
    if video.startswith("noEmbed"):
        return web.Response(status=403, text="Forbidden")
    if video.startswith("limited") and tries[video] == 1:
        return web.Response(status=429, headers={"Retry-After": "1"})
    if video.startswith("brokenApi"):
        return web.Response(status=500)
    if video.startswith("PLgone"):
        return web.Response(status=404, text="Not Found")
    return web.json_response({"title": f"Video {video}", "type": "video", "provider_name": "YouTube"})


def youtube_app(stats: Stats, latency: float = 0.0) -> web.Application:
    tries: Counter[str] = Counter()

    async def watch(request: web.Request) -> web.Response:
        return _html(page("YouTube", "<div>video</div>"))

    async def oembed(request: web.Request) -> web.Response:
        target = request.query.get("url", "")
        query = parse_qs(urlsplit(target).query)
        found = query.get("v") or query.get("list")
        if request.query.get("format") != "json" or not found:
            return web.Response(status=400, text="Bad Request")
        return _video_behaviour(found[0], tries)

    app = web.Application(middlewares=[_counted(stats, latency)])
    app.router.add_get("/watch", watch)
    app.router.add_get("/oembed", oembed)
    return app


def ytimg_app(stats: Stats, latency: float = 0.0) -> web.Application:
    async def thumbnail(request: web.Request) -> web.Response:
        if request.match_info["id"].startswith("private"):
            return web.Response(status=404)
        return web.Response(body=b"\xff\xd8\xff" + b"0" * 100, content_type="image/jpeg")

    app = web.Application(middlewares=[_counted(stats, latency)])
    app.router.add_get("/vi/{id}/hqdefault.jpg", thumbnail)
    return app



@contextmanager
def serve_in_thread(apps: dict[str, web.Application]) -> Iterator[dict[str, int]]:
    """Serve ``apps`` on 127.0.0.1 from a thread of their own (for code that runs its own event
    loop, like the CLI); yields each app's port."""
    loop = asyncio.new_event_loop()
    runners: list[web.AppRunner] = []
    ports: dict[str, int] = {}

    async def start() -> None:
        for name, app in apps.items():
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            runners.append(runner)
            server = site._server
            assert server is not None
            ports[name] = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop() -> None:
        for runner in runners:
            await runner.cleanup()

    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        asyncio.run_coroutine_threadsafe(start(), loop).result(timeout=10)
        yield ports
    finally:
        asyncio.run_coroutine_threadsafe(stop(), loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()
