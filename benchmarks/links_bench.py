"""How close `contentlint links` comes to the fastest polite check, and whether it is right.

A server process plays 20 ordinary hosts plus www.stgm.org.tr, www.youtube.com and i.ytimg.com,
each on its own port, answering every request after 50 ms. 2,000 unique URLs (5 % broken: 404,
410, soft 404s, HTML behind .pdf, deleted and private videos) are spread over 20 answer files and
checked through --remap. The lower bound is the busiest host's requests, in rounds of
--max-per-host, times the latency (and never less than all requests in rounds of
--max-concurrency). A second run with the warm cache follows.

    python benchmarks/links_bench.py            # prints the figures; exit 1 if a URL is misjudged
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiohttp import web  # noqa: E402

from tests.links_fakeweb import Stats, site_app, youtube_app, ytimg_app  # noqa: E402

LATENCY = 0.05
PER_HOST = 4
CONCURRENCY = 128
GENERIC = [f"h{n:02d}.example.net" for n in range(20)]
STGM, YOUTUBE, YTIMG = "www.stgm.org.tr", "www.youtube.com", "i.ytimg.com"
HOSTS = [*GENERIC, STGM, YOUTUBE, YTIMG]


def corpus() -> dict[str, str | None]:
    """URL → the rule it deserves (None: no diagnostic)."""
    urls: dict[str, str | None] = {}
    for index, host in enumerate(GENERIC):
        base = f"https://{host}"
        urls.update({f"{base}/ok/{n}": None for n in range(84)})
        urls.update({f"{base}/pdf/rehber-{n}.pdf": None for n in range(2)})
        urls.update({f"{base}/moved/{n}": "CL406" for n in range(2)})
        urls.update({
            f"{base}/missing/a": "CL401", f"{base}/removed/a": "CL401", f"{base}/soft-en/a": "CL404",
            (f"{base}/gone-pdf/a.pdf" if index % 2 else f"{base}/to-home/a"): "CL412" if index % 2 else "CL404",
        })
    stgm = f"https://{STGM}"
    urls.update({f"{stgm}/ok/sayfa-{n}": None for n in range(66)})
    urls.update({f"{stgm}/node/{n}": "CL408" for n in range(2)})
    urls.update({f"{stgm}/pdf/yayin-{n}.pdf": None for n in range(2)})
    urls.update({f"{stgm}/soft/{n}": "CL404" for n in range(3)})
    urls.update({f"{stgm}/soft-h1/{n}": "CL404" for n in range(3)})
    urls.update({f"{stgm}/to-login/{n}": "CL404" for n in range(2)})
    urls.update({f"{stgm}/missing/{n}": "CL401" for n in range(2)})
    watch = f"https://{YOUTUBE}/watch?v="
    urls.update({f"{watch}v{n:09d}A": None for n in range(68)})
    urls.update({f"{watch}noEmbed{n:03d}0": "CL411" for n in range(2)})
    urls.update({f"{watch}deleted{n:03d}0": "CL410" for n in range(6)})
    urls.update({f"{watch}private{n:03d}0": "CL410" for n in range(4)})
    return urls


# -- the server process ------------------------------------------------------------------------

async def _serve() -> None:
    stats = {host: Stats() for host in HOSTS}
    apps: dict[str, web.Application] = {
        host: site_app(f"https://{host}", stats[host], LATENCY) for host in [*GENERIC, STGM]
    }
    apps[YOUTUBE] = youtube_app(stats[YOUTUBE], LATENCY)
    apps[YTIMG] = ytimg_app(stats[YTIMG], LATENCY)

    async def report(request: web.Request) -> web.Response:
        return web.json_response({h: {"requests": s.total, "peak": s.peak} for h, s in stats.items()})

    control = web.Application()
    control.router.add_get("/stats", report)
    ports: dict[str, int] = {}
    for name, app in [*apps.items(), ("control", control)]:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        server = site._server
        assert server is not None
        ports[name] = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    print(json.dumps(ports), flush=True)
    # Serve until the benchmark closes our stdin.
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)


# -- the benchmark -----------------------------------------------------------------------------

def _project(root: Path, urls: list[str]) -> None:
    answers = root / "content" / "answers"
    answers.mkdir(parents=True)
    files = 20
    titles = [f"Seçenek {n}" for n in range(files)]
    catalog = "questions:\n  - id: 1\n    choices:\n" + "".join(
        f"      - id: {n + 1}\n        title: {t}\n" for n, t in enumerate(titles))
    (root / "content" / "questions.yaml").write_text(catalog, encoding="utf-8")
    shared = [urls[0], urls[-1]]  # every file also links to these two: duplicates cost nothing
    for n in range(files):
        mine = urls[n::files] + shared
        body = "".join(f"- [Kaynak {i}]({url})\n" for i, url in enumerate(mine))
        text = f"---\ntitle: {titles[n]}\nquestion_id: 1\nchoice_id: {n + 1}\n---\nKaynaklar:\n\n{body}"
        (answers / f"{n:03d}.md").write_text(text, encoding="utf-8")


def _stats(port: int) -> dict[str, dict[str, int]]:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/stats") as answer:
        data: dict[str, dict[str, int]] = json.load(answer)
    return data


def _run(root: Path, ports: dict[str, int], extra: list[str]) -> tuple[float, list[dict[str, Any]]]:
    from contentlint.cli import main

    remap = [f"^https://{host.replace('.', chr(92) + '.')}/ http://127.0.0.1:{ports[host]}/" for host in HOSTS]
    out = root / "report.json"
    args = ["links", "--no-progress", "--format", f"json:{out}", "--max-per-host", str(PER_HOST), *extra]
    args += [item for rule in remap for item in ("--remap", rule)]
    os.chdir(root)
    started = time.perf_counter()
    main(args)
    elapsed = time.perf_counter() - started
    return elapsed, json.loads(out.read_text("utf-8"))["diagnostics"]


def _misjudged(expected: dict[str, str | None], diagnostics: list[dict[str, Any]]) -> list[str]:
    got: dict[str, str | None] = dict.fromkeys(expected)
    for d in diagnostics:
        got[d["url"]] = d["rule"]
    return [f"{url}: expected {expected[url]}, got {got[url]}" for url in expected if got[url] != expected[url]]


def bench(concurrency: int) -> int:
    expected = corpus()
    urls = list(expected)
    server = subprocess.Popen([sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert server.stdout is not None
        ports: dict[str, int] = json.loads(server.stdout.readline())
        with tempfile.TemporaryDirectory() as folder:
            root = Path(folder)
            _project(root, urls)
            cold, diagnostics = _run(root, ports, ["--max-concurrency", str(concurrency)])
            seen = _stats(ports["control"])
            warm, warm_diagnostics = _run(root, ports, ["--max-concurrency", str(concurrency)])
            again = _stats(ports["control"])
    finally:
        if server.stdin:
            server.stdin.close()
        server.wait(timeout=30)
    requests = {host: seen[host]["requests"] for host in HOSTS}
    total = sum(requests.values())
    busiest = max(HOSTS, key=lambda h: requests[h])
    bound = max(math.ceil(requests[busiest] / PER_HOST), math.ceil(total / concurrency)) * LATENCY
    wrong = _misjudged(expected, diagnostics) + _misjudged(expected, warm_diagnostics)
    broken = sum(1 for rule in expected.values() if rule not in (None, "CL406", "CL408", "CL411"))
    print(f"{len(urls)} unique URLs ({broken} broken) over {len(HOSTS)} hosts, {LATENCY * 1000:.0f} ms per request, "
          f"--max-per-host {PER_HOST}, --max-concurrency {concurrency}")
    print(f"requests sent: {total} (busiest host {busiest}: {requests[busiest]}); "
          f"peak per host: {max(seen[h]['peak'] for h in HOSTS)}")
    print(f"cold run:   {cold:.2f} s")
    print(f"lower bound: {bound:.2f} s")
    print(f"ratio:      {cold / bound:.2f} x")
    print(f"warm run:   {warm:.2f} s ({sum(again[h]['requests'] for h in HOSTS) - total} requests: "
          f"failures are always checked again)")
    print(f"misjudged:  {len(wrong)}")
    for line in wrong[:20]:
        print("  " + line)
    return 1 if wrong else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--max-concurrency", type=int, default=CONCURRENCY,
                        help=f"global limit (default {CONCURRENCY}: above hosts × --max-per-host)")
    args = parser.parse_args()
    if args.serve:
        asyncio.run(_serve())
        return 0
    return bench(args.max_concurrency)


if __name__ == "__main__":
    sys.exit(main())
