"""Plain-text reader: detect the encoding, refuse binary input."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..document import Source
from ..errors import BinaryInput, EmptyInput, UndecidableEncoding

# The Arabic article is the most frequent bigram of Arabic text; counting it
# tells the two legacy 8-bit Arabic encodings apart, which share many bytes.
_ARTICLE = "ال"


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(len(text), 1)


def _looks_utf16(data: bytes) -> str | None:
    if len(data) < 4:
        return None
    even_nul = data[0::2].count(0) / (len(data) / 2)
    odd_nul = data[1::2].count(0) / (len(data) / 2)
    # ASCII-heavy UTF-16 has a NUL in every other byte; Arabic UTF-16 has 0x06 there.
    high_even = data[0::2].count(6) / (len(data) / 2)
    high_odd = data[1::2].count(6) / (len(data) / 2)
    if odd_nul + high_odd > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul + high_even > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding name). Raise a typed error when it cannot decide."""
    if not data.strip():
        raise EmptyInput(f"{name}: the file is empty")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise UndecidableEncoding(f"{name}: has a UTF-16 byte-order mark but is not valid UTF-16") from None
    guess16 = _looks_utf16(data[:4096])
    if guess16:
        try:
            text = data.decode(guess16)
            if _control_ratio(text) < 0.01:
                return text, guess16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise BinaryInput(f"{name}: binary data (NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        if _control_ratio(text) > 0.01:
            raise BinaryInput(f"{name}: binary data (control characters), not a text document")
        return text, "utf-8"
    candidates: list[tuple[int, str, str]] = []
    for enc in ("cp1256", "iso8859-6"):
        try:
            decoded = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_ratio(decoded) > 0.01:
            continue
        candidates.append((decoded.count(_ARTICLE), enc, decoded))
    if not candidates:
        raise UndecidableEncoding(f"{name}: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6 text")
    candidates.sort(reverse=True)
    score, enc, decoded = candidates[0]
    if score == 0:
        raise UndecidableEncoding(f"{name}: not UTF-8 and no Arabic text found in Windows-1256 or ISO-8859-6")
    return decoded, ("windows-1256" if enc == "cp1256" else "iso-8859-6")


def read_text(path: Path) -> Source:
    data = path.read_bytes()
    text, encoding = decode_bytes(data, str(path))
    # CRLF is a transport detail: lines are split on \n, and \r is kept out of
    # line text by the line builder, so the text itself stays as read.
    return Source(path=str(path), text=text, encoding=encoding, kind="text")
