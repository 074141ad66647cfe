"""Citations inside footnotes: parse fields, resolve Op. Cit. and Ibid."""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import Citation, Footnote
from ..normalize import fold
from ..resources import load

# "Op. Cit." and its Arabic equivalents refer back to the same author's full
# reference; "Ibid." / "المصدر نفسه" to the citation just before.
_OP_CIT = re.compile(r"\bop\.?\s*cit\.?|المصدر السابق|المرجع السابق|مصدر سابق|مرجع سابق", re.I)
_IBID = re.compile(r"\bibid\.?|\bibidem\b|المصدر نفسه|المرجع نفسه|نفس المصدر|نفس المرجع", re.I)
_PAGES = re.compile(r"(?:\bpp?\.|\bص(?:ص)?\.?)\s*(\d+)(?:\s*[-–]\s*(\d+))?", re.I)
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_VOLUME = re.compile(r"^(?:vol|no|ج|مج|ع)\.?\s*\d+$", re.I)
_PUBLISHER_HINT = re.compile(r"press|publish|books|limited|ltd|inc\.?|verlag|éditions|دار|مطبعة|منشورات|مكتبة", re.I)
_SEE = re.compile(r"(?:للمزيد من التفاصيل\s*)?(?:ينظر|يُنظر|انظر|راجع)\s*:?|(?:\bsee\b|\bcf\.)", re.I)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(fold(p) for p in load("common", "structure")["publication_places"]["places"])


def split_fields(text: str) -> list[str]:
    """Split on commas that are not inside brackets."""
    fields: list[str] = []
    depth = 0
    current = ""
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        if ch in ",،" and depth == 0:
            fields.append(current.strip())
            current = ""
        else:
            current += ch
    if current.strip():
        fields.append(current.strip())
    return [f.strip(" .") for f in fields if f.strip(" .")]


def _pages(text: str) -> str | None:
    m = _PAGES.search(text)
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)


def parse_reference(text: str, line: int | None = None) -> Citation | None:
    """Parse one reference: author, title, place, publisher, year, pages."""
    raw = " ".join(text.split())
    if not raw:
        return None
    fields = split_fields(raw)
    if not fields:
        return None
    author = fields[0]
    op_cit = bool(_OP_CIT.search(raw))
    ibid = bool(_IBID.search(raw))
    if ibid and not _OP_CIT.search(author) and _IBID.search(author):
        author = None
    pages = _pages(raw)
    if op_cit or ibid:
        return Citation(author=author if author and not _IBID.search(author) else None, pages=pages,
                        op_cit=True, line=line, raw=raw)
    rest = [f for f in fields[1:] if not _PAGES.fullmatch(f.strip()) and not _PAGES.match(f.strip())]
    year = None
    place = None
    publisher = None
    title = rest[0] if rest else None
    for field in rest[1:]:
        if _VOLUME.match(field):
            continue
        years = _YEAR.findall(field)
        if years and len(field) <= 12:
            year = int(years[-1])
            continue
        field = re.sub(r"^publisher\s*", "", field, flags=re.I)
        bracketed = re.match(r"^\[(.+?)\]\s*(.*)$", field)
        if bracketed:
            place, publisher = bracketed.group(1).strip(), bracketed.group(2).strip() or None
        elif ":" in field:
            place, publisher = (part.strip() for part in field.split(":", 1))
        elif fold(field) in _places():
            place = field
        elif _PUBLISHER_HINT.search(field) or publisher is None:
            publisher = field
        elif place is None:
            place = field
    if year is None:
        years = _YEAR.findall(raw)
        year = int(years[-1]) if years else None
    return Citation(author=author, title=title, publisher=publisher, place=place, year=year, pages=pages,
                    line=line, raw=raw)


def reference_text(footnote_text: str) -> str | None:
    """The part of a footnote that cites a work (after 'ينظر :' in a biography)."""
    m = None
    for m in _SEE.finditer(footnote_text):
        pass
    if m is not None:
        tail = footnote_text[m.end():].strip(" :")
        return _latin_tail(tail) or None
    return footnote_text


def _latin_tail(text: str) -> str:
    """A Latin reference keeps no Arabic words that the PDF damage left before it."""
    latin = re.search(r"[A-Za-z]", text)
    arabic = re.search(r"[\u0600-\u06ff]", text)
    if latin and arabic and arabic.start() < latin.start():
        tail = text[latin.start():]
        if not re.search(r"[\u0600-\u06ff]", tail):
            # back up to the start of the Latin word
            return tail
    return text


def _author_key(author: str | None) -> str:
    return fold(author or "").replace(" and ", " ").replace(" و", " ")


def _surname_key(author: str | None) -> str:
    """The first author's last name: "Gorodetsky, Op. Cit." cites "Gabriel Gorodetsky"."""
    first = re.split(r"\s+(?:and|&|و)\s+", fold(author or ""))[0].split()
    return first[-1] if first else ""


def _surnames_key(author: str | None) -> str:
    """Every author's last name: "Fursenko and Naftali, Op. cit." cites
    "Aleksandr Fursenko and Timothy Naftali"."""
    names = [n.split() for n in re.split(r"\s+(?:and|&|و)\s+|,\s*", fold(author or ""))]
    return " ".join(n[-1] for n in names if n)


def resolve(footnotes: list[Footnote]) -> None:
    """Point every Op. Cit. / Ibid. at the footnote of the full reference."""
    full_by_author: dict[str, int] = {}
    previous: Citation | None = None
    previous_fn: int | None = None
    for fn in footnotes:
        for cit in fn.citations:
            if not cit.op_cit:
                full_by_author.setdefault(_author_key(cit.author), fn.n)
                full_by_author.setdefault("surname:" + _surname_key(cit.author), fn.n)
                full_by_author.setdefault("surnames:" + _surnames_key(cit.author), fn.n)
                previous, previous_fn = cit, fn.n
                continue
            if cit.author:
                target = full_by_author.get(_author_key(cit.author))
                if target is None and len(_author_key(cit.author).split()) == 1:
                    target = full_by_author.get("surname:" + _surname_key(cit.author))
                if target is None:  # "Fursenko and Naftali": the surnames of a joint work
                    target = full_by_author.get("surnames:" + _surnames_key(cit.author))
            else:  # Ibid.: the citation just before
                target = previous_fn if previous is not None and not previous.op_cit else (
                    previous.resolves_to if previous is not None else None)
                if previous is not None:
                    cit.author = previous.author
            cit.resolves_to = target
            cit.resolved = target is not None
            previous, previous_fn = cit, fn.n
