"""Find the links of a document in its Markdown tokens (never with a regex over the text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from contentlint.markdown_source import as_written, inlines

if TYPE_CHECKING:
    from contentlint.documents import Document


@dataclass(frozen=True, slots=True)
class LinkRef:
    """One occurrence of a link: the URL as written and where it stands in the file.

    The position is the destination's; for a reference link (``[text][name]``), whose
    destination is written elsewhere, it is the label's. Images count as links: a missing
    image is a broken link too.
    """

    url: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str


def extract_links(doc: Document) -> tuple[LinkRef, ...]:
    found: list[LinkRef] = []
    for inline in inlines(doc):
        for link in inline.links:
            if link.dest_start is not None and link.dest_end is not None:
                start, end = link.dest_start, link.dest_end
            elif link.located:
                start, end = link.label_start, link.label_end
            else:
                start = end = link.start
            line, column = doc.body_position(start)
            end_line, end_column = doc.body_position(end)
            found.append(LinkRef(as_written(doc, link), line, column, end_line, end_column, link.text))
    return tuple(found)
