"""PDF reader: the text layer, line by line, in logical (reading) order.

pdfplumber gives every glyph with its position. A PDF draws text in *visual*
order: an Arabic line is laid out right to left, so its characters sorted by
``x`` read backwards, while a year or a Latin name inside it runs left to
right. We group the glyphs of each page into lines by their vertical
position, sort each line by ``x`` (visual order) and then apply the Unicode
bidirectional algorithm with the line's paragraph direction. For the common
case (one RTL paragraph with embedded LTR numbers and names) the algorithm
maps visual order back to logical order: the order of the runs is reversed,
Arabic runs are reversed, Latin and digit runs are kept, and brackets are
mirrored back.

Pages are joined in order with ``\\n`` between lines; a wide vertical gap
between two lines (a paragraph break) becomes one empty line, so structure
detection sees paragraphs the way it does in a text file.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..document import Source
from ..errors import CorruptFile, EncryptedPdf, ScannedPdf

# How PDF text decoded by pdfplumber is described in Source.encoding: the
# characters come from the PDF's text layer (font maps), not a byte codec.
PDF_ENCODING = "pdf-text-layer"

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

# A gap between two glyphs wider than this share of the font size is a space
# the PDF did not draw as a glyph (many producers position words instead).
_SPACE_GAP = 0.25
# Two lines whose baselines are further apart than this many typical line
# pitches have a blank line (a paragraph break) between them.
_PARAGRAPH_GAP = 1.6


@dataclass
class _TextLine:
    """Glyphs that share one baseline on a page."""

    top: float
    bottom: float
    chars: list[dict[str, Any]] = field(default_factory=list)

    def overlaps(self, char: dict[str, Any]) -> bool:
        """Does the glyph sit on this line? (vertical overlap of half its height)"""
        height = max(char["bottom"] - char["top"], 0.1)
        overlap = min(self.bottom, char["bottom"]) - max(self.top, char["top"])
        return overlap >= 0.5 * min(height, self.bottom - self.top or height)

    def add(self, char: dict[str, Any]) -> None:
        self.chars.append(char)
        self.top = min(self.top, char["top"])
        self.bottom = max(self.bottom, char["bottom"])


# --- opening the file -------------------------------------------------------------------


def _open_error(path: Path, exc: BaseException) -> Exception:
    """Translate what pdfminer raises on a bad file into our typed errors."""
    inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    name = type(inner).__name__
    if "Password" in name or "Encrypt" in name:
        return EncryptedPdf(f"{path}: the PDF is encrypted and needs a password; "
                            "remove the protection (e.g. print it to a new PDF) and try again")
    detail = str(inner) or name
    return CorruptFile(f"{path}: not a readable PDF ({name}: {detail})")


def _page_chars(path: Path) -> list[list[dict[str, Any]]]:
    """The glyphs of every page. Every failure of the PDF stack becomes a typed error."""
    import pdfplumber

    try:
        with pdfplumber.open(path) as pdf:
            return [list(page.chars) for page in pdf.pages]
    except (EncryptedPdf, CorruptFile):
        raise
    except RecursionError:
        raise CorruptFile(f"{path}: not a readable PDF (its object structure is circular or too deep)") from None
    except Exception as exc:  # noqa: BLE001 - pdfminer raises a zoo of types on damaged input
        raise _open_error(path, exc) from None


# --- glyphs to visual lines -------------------------------------------------------------


def _glyph_text(char: dict[str, Any]) -> str:
    """The glyph's text in *visual* order.

    A ligature (lam-alef) maps to several characters stored in logical order;
    reversing an Arabic ligature keeps it right once the whole line is
    reversed. Presentation forms are folded to the letters they show.
    """
    text = char.get("text") or ""
    if _PRESENTATION_FORMS.search(text):
        text = unicodedata.normalize("NFKC", text)
    if len(text) > 1 and _ARABIC.search(text):
        text = text[::-1]
    return text


def group_lines(chars: Iterable[dict[str, Any]]) -> list[_TextLine]:
    """Cluster the glyphs of one page into lines, top to bottom."""
    lines: list[_TextLine] = []
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if not (char.get("text") or "").strip() and not lines:
            continue
        for line in reversed(lines[-3:]):
            if line.overlaps(char):
                line.add(char)
                break
        else:
            lines.append(_TextLine(top=char["top"], bottom=char["bottom"], chars=[char]))
    lines.sort(key=lambda ln: ln.top)
    return lines


def _is_duplicate(prev: dict[str, Any], char: dict[str, Any]) -> bool:
    # Fake bold draws a glyph twice at nearly the same spot.
    return prev["text"] == char["text"] and abs(prev["x0"] - char["x0"]) < 0.5


_ARABIC_MARK = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")


def _is_arabic_mark(char: dict[str, Any]) -> bool:
    return bool(_ARABIC_MARK.fullmatch(char.get("text") or ""))


def _covers(base: dict[str, Any], mark: dict[str, Any]) -> bool:
    # Strictly inside: a zero-width mark placed at a glyph boundary already
    # stands where the producer meant it.
    centre = (mark["x0"] + mark["x1"]) / 2
    is_letter = bool(_ARABIC.search(base.get("text") or "")) and not _is_arabic_mark(base)
    return is_letter and base["x0"] < centre < base["x1"]


def visual_order(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Glyphs left to right, each Arabic vowel mark just left of its letter.

    A mark (fatha, tanween, shadda) is drawn over its letter, so sorting by
    ``x0`` may put it on either side. In visual order it must stand left of
    the letter: reversing the Arabic run then puts it after the letter, where
    it belongs in logical order.
    """
    ordered = sorted(chars, key=lambda c: c["x0"])
    out: list[dict[str, Any]] = []
    for char in ordered:
        if _is_arabic_mark(char) and out and _covers(out[-1], char):
            out.insert(len(out) - 1, char)
        else:
            out.append(char)
    return out


def visual_text(line: _TextLine) -> str:
    """The line's text left to right, with spaces where the glyphs have gaps."""
    out: list[str] = []
    prev: dict[str, Any] | None = None
    right_edge: float | None = None  # of the letters so far; marks sit inside them
    for char in visual_order(line.chars):
        if prev is not None and _is_duplicate(prev, char):
            continue
        text = _glyph_text(char)
        mark = _is_arabic_mark(char)
        if right_edge is not None and not mark and out and not out[-1].endswith(" ") and not text.startswith(" "):
            size = min(prev.get("size") or 10, char.get("size") or 10) if prev else 10
            if char["x0"] - right_edge > _SPACE_GAP * size:
                out.append(" ")
        out.append(text)
        prev = char
        if not mark:
            right_edge = char["x1"] if right_edge is None else max(right_edge, char["x1"])
    return re.sub(r" {2,}", " ", "".join(out)).strip()


# --- visual to logical ------------------------------------------------------------------


# In an Arabic paper, a line with Arabic on it is a right-to-left paragraph
# even when a long Latin name or title outweighs its Arabic words ("آل سعود
# Abdulaziz Al Saud"); only a line that is overwhelmingly Latin (an English
# sentence quoting one Arabic word) is left-to-right.
_LATIN_SHARE_FOR_LTR = 4


def _letter_counts(text: str) -> tuple[int, int]:
    return len(_ARABIC.findall(text)), len(_LATIN.findall(text))


def document_direction(lines: Iterable[str]) -> str:
    """'R' for a document written mostly in Arabic script, else 'L'."""
    arabic = latin = 0
    for line in lines:
        a, b = _letter_counts(line)
        arabic, latin = arabic + a, latin + b
    return "R" if arabic and arabic >= latin else "L"


def paragraph_direction(text: str, document: str = "L") -> str:
    """The paragraph direction of one line: 'R' or 'L'.

    >>> paragraph_direction("Abdulaziz Al Saud دوعس لآ", document="R")
    'R'
    >>> paragraph_direction("Abdulaziz Al Saud دوعس لآ", document="L")
    'L'
    """
    arabic, latin = _letter_counts(text)
    if not arabic:
        return "L"
    if document == "R":
        return "R" if arabic * _LATIN_SHARE_FOR_LTR >= latin else "L"
    return "R" if arabic >= latin else "L"


def logical_text(visual: str, document: str = "R") -> str:
    """Reading order of a line given in visual order.

    >>> logical_text("1925 ماع")
    'عام 1925'
    >>> logical_text("Stanley Baldwin")
    'Stanley Baldwin'
    """
    if not _ARABIC.search(visual):
        return visual  # an LTR-only line is already in reading order
    from bidi import get_display

    return get_display(visual, base_dir=paragraph_direction(visual, document))


# --- digits laid out backwards ----------------------------------------------------------

_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_DIGIT_RUN = re.compile(r"\d{2,}")


def _plausible_year(digits: str) -> bool:
    return 1000 <= int(digits) <= 2099


def digits_reversed(lines: list[str]) -> bool:
    """Does the text show its numbers backwards (1925 as 5291)?

    Some producers draw each digit of a right-to-left line in right-to-left
    positions. A history paper is full of years, so when four-digit numbers
    that only make sense reversed outnumber plausible years, the digits are
    backwards throughout.
    """
    forward = backward = 0
    for line in lines:
        for m in _FOUR_DIGITS.finditer(line):
            digits = m.group()
            if _plausible_year(digits):
                forward += 1
            elif _plausible_year(digits[::-1]):
                backward += 1
    return backward >= 2 and backward > 2 * forward


def reverse_digit_runs(text: str) -> str:
    return _DIGIT_RUN.sub(lambda m: m.group()[::-1], text)


# --- the page stream --------------------------------------------------------------------


def _page_lines(chars: list[dict[str, Any]]) -> list[str]:
    """The visual lines of one page, a blank line at each paragraph gap."""
    text_lines = [ln for ln in group_lines(chars) if visual_text(ln)]
    if not text_lines:
        return []
    pitches = [b.top - a.top for a, b in zip(text_lines, text_lines[1:]) if b.top > a.top]
    typical = statistics.median(pitches) if pitches else 0.0
    out: list[str] = []
    for i, line in enumerate(text_lines):
        if i and typical and line.top - text_lines[i - 1].top > _PARAGRAPH_GAP * typical:
            out.append("")
        out.append(visual_text(line))
    return out


def extract_lines(pages: list[list[dict[str, Any]]]) -> list[str]:
    """Reading lines of all pages, in page order."""
    visual: list[str] = []
    for chars in pages:
        visual.extend(_page_lines(chars))
    direction = document_direction(visual)
    lines = [logical_text(line, direction) for line in visual]
    if digits_reversed(lines):
        lines = [reverse_digit_runs(line) if paragraph_direction(line, direction) == "R" else line for line in lines]
    return lines


def read_pdf(path: Path) -> Source:
    """Read the text layer of a PDF into a Source of kind ``pdf``."""
    pages = _page_chars(path)
    if not pages:
        raise CorruptFile(f"{path}: the PDF has no pages")
    if not any((c.get("text") or "").strip() for chars in pages for c in chars):
        raise ScannedPdf(f"{path}: the PDF has no text layer (a scanned image?); "
                         "run OCR on it first (e.g. ocrmypdf -l ara+eng) and read the result")
    text = "\n".join(extract_lines(pages))
    return Source(path=str(path), text=text, encoding=PDF_ENCODING, kind="pdf")
