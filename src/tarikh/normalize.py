"""Arabic normalization for matching (never for storage).

Folding changes text, so it is only used to compare strings; annotations
always point at the source text.
"""

import re
import unicodedata

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_TATWEEL = "\u0640"
_ALEF_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")


def fold_arabic(text: str) -> str:
    """Fold alef/hamza forms, ta marbuta, alef maqsura, tatweel and diacritics."""
    text = unicodedata.normalize("NFC", text)
    text = _DIACRITICS.sub("", text).replace(_TATWEEL, "")
    return text.translate(_ALEF_FORMS)


def western_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits (same length)."""
    return text.translate(_ARABIC_INDIC)


def fold(text: str) -> str:
    """Key for comparing names: Arabic folding, digits, case, spaces."""
    return " ".join(western_digits(fold_arabic(text)).casefold().split())


def is_arabic(text: str) -> bool:
    return bool(ARABIC_LETTER.search(text))
