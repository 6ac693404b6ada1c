"""Read a release (.txt, .md, .html) into its main text, split into numbered
paragraphs with character offsets; page furniture is dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import trafilatura
from charset_normalizer import from_bytes

MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
PARAGRAPH_SEPARATOR = "\n\n"

#: Lines that are page furniture, not text: breadcrumbs, share buttons, menus.
BREADCRUMB = re.compile(r"^\s*\S[^.!?]{0,60}(\s+(>|»|›|/|\|)\s+\S[^.!?]{0,60}){1,}\s*$")
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
    (re.compile(r"^\s*[-*+]\s+", re.MULTILINE), ""),
    (re.compile(r"^\s*>\s?", re.MULTILINE), ""),
]


class DocumentError(ValueError):
    """A document that cannot be read, with the file named."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the main text; ``start``/``end`` index ``Document.text``."""

    number: int
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """The main text of a release."""

    name: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    html_title: str | None = None
    html_date: str | None = None


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
    if FURNITURE.match(stripped) or BREADCRUMB.match(stripped):
        return True
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
    """Main-text blocks of an HTML page (trafilatura), its title and date."""
    extracted = trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_links=False,
        favor_precision=True,
        deduplicate=True,
    )
    if not extracted:
        raise DocumentError(path, "no main text found in this HTML page")
    metadata = trafilatura.extract_metadata(html)
    title = metadata.title if metadata else None
    date = metadata.date if metadata else None
    return [line for line in extracted.split("\n") if line.strip()], title, date


def build_document(
    name: str,
    blocks: list[str],
    html_title: str | None = None,
    html_date: str | None = None,
) -> Document:
    """Number the cleaned blocks and record where each sits in the joined text."""
    paragraphs = []
    offset = 0
    for number, text in enumerate(clean_blocks(blocks), start=1):
        paragraphs.append(Paragraph(number, text, offset, offset + len(text)))
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
