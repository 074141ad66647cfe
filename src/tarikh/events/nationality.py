"""Nationality adjectives as actors: "مذكرة الاحتجاج البريطاني", "Anglo-Soviet",
"protested against the British raid".

When no actor mention fills a role, a nationality word next to the act's
noun names the side (an actor with a country and no entity).
"""

from __future__ import annotations

import re

from .clauses import Span
from .lexicon import fold_phrase
from .participants import Actor

_OBJECT_PREP = {"ar": re.compile(r"(?<!\w)(?:علي|ضد|تجاه|حيال)\s+(\S+)\s+(\S+)(?:\s+(\S+))?(?:\s+(\S+))?"),
                # "protested against the British raid", "praised the Soviet experiment", "complained of Soviet interference"
                "en": re.compile(r"(?:\b(?:against|at|on|of|about|over)\s+(?:the\s+)?|^\s*the\s+)(\S+)\s+(\S+)")}


def nationality_after(text: str, offset: int, exclude: Actor | None) -> Actor | None:
    """A nationality word among the three after ``offset`` ("مذكرة الاحتجاج
    البريطاني": the note's sender), other than ``exclude``'s country."""
    from ..actors.lookup import country_code

    for tok in text[offset:offset + 40].split()[:3]:
        tok = tok.strip("،,؛;.:()\"'")
        code = country_code(tok) if tok and not tok.isdigit() else None
        if code and (exclude is None or code != exclude.country):
            return Actor(None, None, code, tok)
    return None


_EN_BEFORE = re.compile(r"(?:^|\s)(?:an?|the|this|that|its|their)\s+([A-Z][\w\-–]*)\s+$")


def nationality_before(text: str, offset: int, lang: str) -> Actor | None:
    """English: a nationality adjective right before an act's noun ("an
    American note of protest", "the British reply") names who made it."""
    from ..actors.lookup import country_code

    if lang != "en":
        return None
    m = _EN_BEFORE.search(text[max(0, offset - 40):offset])
    if not m or "-" in m.group(1) or "–" in m.group(1):
        return None  # "the Anglo-Soviet conference": two sides, not a sender
    code = country_code(m.group(1))
    return Actor(None, None, code, m.group(1)) if code else None


# "the Soviet reply of July 14 rejected", "a French note had demanded": the
# subject is a noun of one state's, named only by its nationality adjective
_EN_SUBJECT = re.compile(r"(?:^|[\s,;])(?:[Tt]he|[Aa]n?)\s+(?:(?:first|second|third|new|last|latest|final)\s+)?"
                         r"([A-Z][\w]*)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
                         r"(?:,?\s+of\s+[^;()]{1,40}?,?)?(?:\s+\w+ly)?(?:\s+(?:had|has|have|would|did))?\s*$")


def nationality_subject(lead: str, lang: str) -> Actor | None:
    """English: the nationality adjective of a subject noun standing right
    before the verb ("the Soviet reply of July 14 rejected the protests")."""
    from ..actors.lookup import country_code

    if lang != "en":
        return None
    m = _EN_SUBJECT.search(lead[-80:])
    if not m:
        return None
    code = country_code(m.group(1))
    return Actor(None, None, code, m.group(1)) if code else None


def nationality_pair(text: str, offset: int, lang: str) -> list[Actor] | None:
    """Two nationality words right after a noun: "المؤتمر البريطاني – السوفييتي",
    "Anglo-Soviet": the two sides of the act, in the order written."""
    from ..actors.lookup import country_code

    tail = text[offset:offset + 60]
    tokens = [t for t in re.split(r"[\s\-–—]+", tail) if t][:4]
    found: list[tuple[int, str, str]] = []
    for i, tok in enumerate(tokens):
        tok = tok.strip("،,؛;.:()\"'")
        if not tok or tok.isdigit():
            continue
        code = country_code(tok)
        if code:
            found.append((i, code, tok))
        elif found:
            break
        elif i >= 1:
            return None
    if len(found) < 2 or found[0][1] == found[1][1] or found[1][0] - found[0][0] > 1:
        return None
    return [Actor(None, None, c, tok) for _, c, tok in found[:2]]


# "the Anglo-Egyptian negotiations", "Soviet–Turkish talks": two nationality
# words joined by a hyphen or dash right before the act's noun
_EN_PAIR_BEFORE = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s*[-–—]\s*([A-Z][a-z]+)\s+$")


def nationality_pair_before(text: str, offset: int, lang: str) -> list[Actor] | None:
    """English: the two sides named before the act's noun ("the Anglo-Egyptian
    negotiations opened"), in the order written."""
    from ..actors.lookup import country_code

    if lang != "en":
        return None
    m = _EN_PAIR_BEFORE.search(text[max(0, offset - 40):offset])
    if not m:
        return None
    codes = [country_code(w) for w in m.groups()]
    if not all(codes) or codes[0] == codes[1]:
        return None
    return [Actor(None, None, c, w) for c, w in zip(codes, m.groups())]


# "جلت القوات عن الأراضي السورية", "withdrew from Egyptian territory": the
# land left, told by its nationality
_FROM_PREP = {"ar": re.compile(r"(?<!\w)(?:عن|من)\s+(\S+)\s+(\S+)"),
              "en": re.compile(r"\bfrom\s+(?:the\s+)?(\S+)\s+(\S+)")}


def object_nationality(text: str, hit: Span, window: Span, source: Actor, lang: str,
                       left: bool = False) -> Actor | None:
    """"احتجت الحكومة السوفييتية على الإجراء البريطاني", "protested against
    the British raid": a nationality word on the object names the side aimed
    at; ``left``: on the land an act leaves ("عن الأراضي السورية")."""
    from ..actors.lookup import country_code

    pat = (_FROM_PREP if left else _OBJECT_PREP).get(lang)
    if pat is None:
        return None
    # English "withdrew from": the preposition may close the trigger itself
    zone = text[hit.start if left and lang == "en" else hit.end:window.end]
    m = pat.search(fold_phrase(zone, lang))
    if not m:
        return None
    # Arabic: the adjective follows its noun, up to a short phrase ("على مراكز
    # عسكرية وأمنية فرنسية"); the words after a preposition belong elsewhere
    words = [w for w in m.groups() if w] if lang == "ar" else [m.group(1)]
    if lang == "ar":
        cut = next((i for i, w in enumerate(words) if i and w in _OBJECT_END["ar"]), len(words))
        words = words[:cut]
        words = words[:2][::-1] + words[2:]  # the first noun's adjective, the noun, then further along
    for word in words:
        raw = word.strip("،,؛;.:()\"'")
        code = country_code(raw) if raw and not raw.isdigit() else None
        if code and code != source.country:
            # the name as written, not as folded for matching
            written = next((w.strip("،,؛;.:()\"'") for w in zone.split()
                            if fold_phrase(w.strip("،,؛;.:()\"'"), lang) == raw), raw)
            return Actor(None, None, code, written)
    return None


# Words that end a direct object: a preposition or a conjunction starts
# another part of the clause, whose nationality words are not the object's.
_OBJECT_END = {"en": {"in", "at", "to", "from", "against", "on", "with", "for", "by", "of", "and", "that", "near"},
               "ar": {"في", "على", "الى", "من", "ضد", "مع", "عن", "ان", "بعد", "قبل", "عند", "حول", "تجاه", "حيال", "نحو", "ازاء", "لدي"}}


def _adjective_country(word: str) -> str | None:
    from ..actors.gazetteer import scan

    _, hits = scan(word)
    for h in hits:
        e = h.has("adj")
        if e:
            return e.key
    return None


# Words of quantity before "من" / "of" ("عدداً من", "a number of"): the object
# is what follows; value: how many words up to that "من" / "of".
_QUANTIFIERS = {"ar": {"عددا": 1, "عدد": 1, "بعض": 1, "كثيرا": 1, "مجموعه": 1, "عشرات": 1, "مئات": 1},
                "en": {"number": 1, "some": 1, "several": 1, "many": 1, "dozens": 1, "hundreds": 1, "most": 1}}


def direct_object_nationality(text: str, hit: Span, source: Actor, lang: str) -> Actor | None:
    """"froze Egyptian sterling balances", "قتلوا القنصل البريطاني": a material
    act whose direct object carries a nationality adjective is aimed at that
    state. The object is read from the verb on, over the subject when it comes
    between (Arabic VSO), up to the first preposition or punctuation; in
    Arabic the adjective follows a noun with ال, in English it precedes one."""
    first = re.match(r"\S+", text[hit.start:])
    pos = hit.start + (first.end() if first else 0)
    m = source.mention
    tokens = list(re.finditer(r"[^\s،,؛;.:()\"']+|[،,؛;.:()]", text[pos:hit.end + 60]))
    prev, skip, reach, end = "", 0, 6, hit.end + 40  # a quantifier lets the object reach further
    for n, t in enumerate(tokens):
        word, at = t.group(), pos + t.start()
        if n >= reach or at >= end:
            return None
        if m is not None and m.start <= at < m.end:
            prev = ""
            reach += 1  # the subject's words between the verb and its object do not count
            continue
        if skip:
            skip -= 1
            continue
        quantity = _QUANTIFIERS.get(lang, {}).get(fold_phrase(word, lang))
        if quantity is not None and n + quantity < len(tokens) and fold_phrase(tokens[n + quantity].group(), lang) in ("من", "of"):
            skip = quantity  # "عدداً من المنشآت البريطانية", "a number of British firms": the object after
            reach, end = reach + quantity + 1, end + 20
            continue
        if not word[0].isalnum() or fold_phrase(word, lang) in _OBJECT_END.get(lang, ()):
            return None
        code = _adjective_country(word)
        if lang == "en":
            follower = tokens[n + 1].group() if n + 1 < len(tokens) else ""
            fits = word[0].isupper() and follower[:1].islower()
        else:
            # after a noun with ال, or closing a proper name ("قرية ساقية سيدي يوسف التونسية"),
            # or an indefinite one after an indefinite noun ("ثلاثة دبلوماسيين أمريكيين")
            fits = bool(prev) and not _adjective_country(prev) and (
                (word.startswith("ال") and (prev.startswith("ال") or n >= 2))
                or (not word.startswith("ال") and not prev.startswith("ال")))
        if code and fits and code != source.country:
            return Actor(None, None, code, word)
        if code == source.country and m is not None and at < m.start:
            prev = word
            continue  # "انتقد السيناتور الأمريكي جون كينيدي السياسة الفرنسية": the subject's own title
        if code:  # a nationality word of the source's own side, or not on a noun
            return None
        prev = word
    return None


_EN_GOAL = re.compile(r"[^.;]{0,80}?\b(?:to|against|into|towards|toward)\s+the\s+([A-Z][\w-]+)\s+[a-z]")


def goal_nationality(text: str, hit: Span, window: Span, source: Actor, lang: str) -> Actor | None:
    """English: "stopped deliveries of steel and coal to the Soviet zone": a
    nationality word on the noun an act goes to names the side aimed at."""
    from ..actors.lookup import country_code

    if lang != "en":
        return None
    m = _EN_GOAL.match(text, hit.end, window.end)
    if m is None or "-" in m.group(1):
        return None
    code = country_code(m.group(1))
    return Actor(None, None, code, m.group(1)) if code and code != source.country else None
