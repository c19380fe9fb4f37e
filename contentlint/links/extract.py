"""Find the links of a document in its Markdown tokens (never with a regex over the text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it.token import Token

    from contentlint.documents import Document


@dataclass(frozen=True, slots=True)
class LinkRef:
    """One occurrence of a link: the URL as written and where it stands in the file."""

    url: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def _inline_links(doc: Document, token: Token, search_from: int) -> list[LinkRef]:
    found: list[LinkRef] = []
    children = token.children or []
    body = doc.body
    cursor = search_from
    for index, child in enumerate(children):
        if child.type != "link_open":
            continue
        href = str(child.attrGet("href") or "")
        label_parts = []
        for follower in children[index + 1:]:
            if follower.type == "link_close":
                break
            label_parts.append(follower.content)
        # The parser normalises the destination (percent-encoding); find it as written.
        written = child.info if child.info == "auto" else None
        start = body.find("](", cursor)
        if written is None and start != -1:
            url_start = start + 2
            if body.startswith("<", url_start):
                url_start += 1
            url_end = url_start
            depth = 0
            while url_end < len(body) and body[url_end] not in " \t\n>":
                if body[url_end] == "(":
                    depth += 1
                elif body[url_end] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                url_end += 1
            as_written = body[url_start:url_end]
            cursor = url_end
        else:
            as_written, url_start, url_end = href, cursor, cursor
        line, column = doc.body_position(url_start)
        end_line, end_column = doc.body_position(url_end)
        found.append(LinkRef(as_written or href, line, column, end_line, end_column, "".join(label_parts)))
    return found


def extract_links(doc: Document) -> tuple[LinkRef, ...]:
    found: list[LinkRef] = []
    starts = doc._body_line_starts
    for token in doc.tokens:
        if token.type == "inline" and token.children and token.map:
            found.extend(_inline_links(doc, token, starts[token.map[0]]))
    return tuple(found)
