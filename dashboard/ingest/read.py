"""Read a release (.txt, .md, .html) into its main text, split into numbered
paragraphs with character offsets; page furniture is dropped.

Paragraph numbering (the gold annotations of ``benchmarks/ingest_corpus`` rely on
it, so it is kept stable):

- every block left once furniture is dropped is one paragraph, numbered from 1;
- a masthead line above the title (a short ALL-CAPS organisation name, "SUDAN
  JUSTICE CENTRE - PRESS RELEASE") keeps its number but is marked
  ``kind="masthead"``, so it is never taken for the title or for body text;
- in HTML, the title and dateline of an ``<article><header>`` are paragraphs 1
  and 2, as they are when they sit directly in ``<article>``;
- in Markdown, a block quote (``> ...``) is a paragraph of its own, and a list
  belongs to the paragraph that introduces it ("calls on X to:" and its items
  are one paragraph); so does an HTML list (``<ol>``, ``<ul>``) after a block
  ending with a colon.

Each read is independent: nothing is remembered between calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
import trafilatura
from charset_normalizer import from_bytes

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
PARAGRAPH_SEPARATOR = "\n\n"

#: Lines that are page furniture, not text: breadcrumbs, share buttons, menus.
BREADCRUMB = re.compile(r"^\s*\S[^.!?]{0,60}(\s+(>|»|›|/|\|)\s+\S[^.!?]{0,60}){1,}\s*$")
#: A full date in a line: a dateline, even when laid out like a breadcrumb.
DATED = re.compile(
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"\d{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"\d{1,2},?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
FURNITURE = re.compile(
    r"^\s*(share( this)?( on \w+)?|tweet|facebook|twitter|x|linkedin|whatsapp|email|"
    r"print|copy link|skip to (main )?content|menu|search|home|back to top|"
    r"(read|see) more|tags?:.*|topics?:.*)\s*:?\s*$",
    re.IGNORECASE,
)
RELATED = re.compile(r"^\s*(related|more|latest|recent)\b.{0,30}$", re.IGNORECASE)
DONATION = re.compile(
    r"\b(donate|donation|support our work|give (monthly|now|today)|become a member)\b",
    re.IGNORECASE,
)
MARKDOWN = [
    (re.compile(r"^#{1,6}\s*", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])"), r"\1"),
    # a list joins the paragraph that introduces it (blank lines before it go)
    (re.compile(r"\n(?:[ \t]*\n)*[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+"), "\n"),
    # a block quote stays a paragraph of its own
    (re.compile(r"^[ \t]*>[ \t]?", re.MULTILINE), ""),
]
#: A list item in trafilatura's text output.
HTML_LIST_ITEM = re.compile(r"^\s*[-*•]\s+")
#: A masthead: a short line in capitals naming the organisation ("ASIA RIGHTS
#: MONITOR", "SUDAN JUSTICE CENTRE - PRESS RELEASE").
MASTHEAD = re.compile(r"^[^a-z]{3,80}$")
MASTHEAD_WORDS = re.compile(r"[A-Z]{2,}(?:\s+[A-Z&'’.-]{2,}){1,}")
#: Title and dateline blocks of an article's own header.
HEADER_BLOCKS = ".//h1|.//h2|.//h3|.//p|.//time"


class DocumentError(ValueError):
    """A document that cannot be read, with the file named."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the main text; ``start``/``end`` index ``Document.text``.

    ``kind`` is "masthead" for an organisation's name line above the title,
    else "text"."""

    number: int
    text: str
    start: int
    end: int
    kind: str = "text"


@dataclass(frozen=True)
class Document:
    """The main text of a release."""

    name: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    html_title: str | None = None
    html_date: str | None = None

    @property
    def masthead(self) -> str | None:
        """The masthead line, if the release has one."""
        return next((p.text for p in self.paragraphs if p.kind == "masthead"), None)

    @property
    def content(self) -> tuple[Paragraph, ...]:
        """The paragraphs without the masthead."""
        return tuple(p for p in self.paragraphs if p.kind != "masthead")


def decode(data: bytes, path: Path | str) -> str:
    """Bytes to text in whatever encoding they are in; binary data is refused."""
    if not data.strip():
        raise DocumentError(path, "the file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "this looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DocumentError(path, "the text encoding could not be recognised")
        text = str(best)
        if best.encoding.startswith("cp125") or best.encoding.startswith("latin"):
            # short Western texts are often misread as another single-byte page
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                pass
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise DocumentError(path, "this looks like a binary file, not text")
    return text


def is_furniture(line: str) -> bool:
    """Whether a line is navigation, sharing or fundraising text."""
    stripped = line.strip()
    if not stripped:
        return True
    if FURNITURE.match(stripped):
        return True
    if BREADCRUMB.match(stripped):
        # "7 August 2024 | Rights Project | For immediate release" is a dateline
        return not DATED.search(stripped)
    return bool(DONATION.search(stripped)) and len(stripped) < 200


def clean_blocks(blocks: list[str]) -> list[str]:
    """Drop furniture blocks, and a 'Related …' heading with the short list under it."""
    kept: list[str] = []
    in_related = False
    for block in blocks:
        text = " ".join(block.split())
        if not text:
            continue
        if RELATED.match(text):
            in_related = True
            continue
        if in_related:
            # a related-items list is short lines without a full stop at the end
            if len(text) < 160 and not text.endswith((".", '."', ".”")):
                continue
            in_related = False
        if is_furniture(text):
            continue
        kept.append(text)
    return kept


def plain_blocks(text: str, markdown: bool = False) -> list[str]:
    """Blocks of a text file: paragraphs are separated by blank lines; within a
    block, furniture lines are dropped."""
    if markdown:
        for pattern, replacement in MARKDOWN:
            text = pattern.sub(replacement, text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text)
    lines = [line for line in text.split("\n") if line.strip()]
    if len(blocks) <= 2 < len(lines):
        blocks = lines  # no blank lines between paragraphs: one line each
    result = []
    for block in blocks:
        lines = [line for line in block.split("\n") if not is_furniture(line)]
        if lines:
            result.append(" ".join(line.strip() for line in lines))
    return result


def html_blocks(
    html: str, path: Path | str
) -> tuple[list[str], str | None, str | None]:
    """Main-text blocks of an HTML page (trafilatura), its title and date.

    Deduplication is off: trafilatura's cache is shared by the whole process, so
    with it a page read a few times (or a paragraph shared by two pages) would
    lose text. The title and dateline in an ``<article><header>``, which
    trafilatura drops, are put back in front."""
    extracted = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
    )
    if not extracted:
        raise DocumentError(path, "no main text found in this HTML page")
    blocks = join_lists([line for line in extracted.split("\n") if line.strip()])
    header = [line for line in article_header(html) if line not in blocks]
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata else None
    date = metadata.date if metadata else None
    return header + blocks, title, date


def join_lists(blocks: list[str]) -> list[str]:
    """List items ("- item", as trafilatura writes them) after a block ending
    with a colon join that block, without their markers."""
    joined: list[str] = []
    in_list = False
    for block in blocks:
        item = HTML_LIST_ITEM.match(block)
        if item and joined and (in_list or joined[-1].rstrip().endswith(":")):
            joined[-1] = f"{joined[-1].rstrip()} {block[item.end() :].strip()}"
            in_list = True
            continue
        in_list = False
        joined.append(block)
    return joined


def article_header(html: str) -> list[str]:
    """Short text blocks (title, dateline) of the first ``<article><header>``."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    headers = tree.xpath("//article//header")
    if not headers:
        return []
    lines = []
    for element in headers[0].xpath(HEADER_BLOCKS):
        text = " ".join(element.text_content().split())
        if text and len(text) <= 300 and text not in lines:
            lines.append(text)
    return lines


def is_masthead(text: str, number: int, count: int) -> bool:
    """A first line in capitals, short, with words (not a date), above more text."""
    return (
        number == 1
        and count > 2
        and bool(MASTHEAD.match(text))
        and bool(MASTHEAD_WORDS.search(text))
        and not re.search(r"\d", text)
    )


def build_document(
    name: str,
    blocks: list[str],
    html_title: str | None = None,
    html_date: str | None = None,
) -> Document:
    """Number the cleaned blocks and record where each sits in the joined text."""
    paragraphs = []
    offset = 0
    cleaned = clean_blocks(blocks)
    for number, text in enumerate(cleaned, start=1):
        kind = "masthead" if is_masthead(text, number, len(cleaned)) else "text"
        paragraphs.append(Paragraph(number, text, offset, offset + len(text), kind))
        offset += len(text) + len(PARAGRAPH_SEPARATOR)
    if not paragraphs:
        raise DocumentError(name, "no text left once page furniture is removed")
    text = PARAGRAPH_SEPARATOR.join(p.text for p in paragraphs)
    return Document(name, text, tuple(paragraphs), html_title, html_date)


def parse_text(name: str, text: str, kind: str = ".txt") -> Document:
    """A document from text already in memory (a paste in the page, a test)."""
    if kind in {".html", ".htm"} or (kind == "auto" and "<p" in text.lower()):
        blocks, title, date = html_blocks(text, name)
        return build_document(name, blocks, title, date)
    return build_document(
        name, plain_blocks(text, markdown=kind in {".md", ".markdown"})
    )


def read_document(path: Path | str, max_bytes: int = MAX_BYTES) -> Document:
    """Read and clean one release from disk."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise DocumentError(
            path,
            f"unsupported file type {suffix or '(none)'}; use "
            + ", ".join(sorted(SUFFIXES)),
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                path, f"the file is {size:,} bytes; the limit is {max_bytes:,}"
            )
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(path, f"cannot be read ({error.strerror})") from None
    return parse_text(path.name, decode(data, path), suffix)
