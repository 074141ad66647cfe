"""Negation and modality: whether an act was done, not done, or only thought of.

A negated act ("لم يوافق", "did not agree") is coded with the trigger's
negated code or not at all; a hypothetical, future, modal, purposive or
subjunctive act ("on the verge of", "لن تكون", "لطرد", "وأن يجري") is no act
and becomes a candidate. These checks read the few words around a hit.
"""

from __future__ import annotations

import re

from .clauses import Span
from .framing import conjoined
from .hits import Hit, finite, has_phrase
from .lexicon import Lexicon, fold_phrase

_AR_AN = {"ان", "وان", "بان", "فان", "لان"}


def _only_then(folded: str, fstart: int, lex: Lexicon) -> bool:
    """Arabic "لم ... إلا" (not ... but): a restriction, not a negation ("لم
    تعترف بها إلا في 1949" is "recognized it only in 1949")."""
    if lex.lang != "ar":
        return False
    ahead = folded[fstart:fstart + 80]
    stop = re.search(r"[.!?؟،,؛]", ahead)
    ahead = ahead[:stop.start()] if stop else ahead
    return re.search(r"(?<!\w)(?:الا|إلا)(?!\w)", ahead) is not None


_ABSTAIN = {"امتناع", "امتنع", "امتنعت", "امتنعوا", "رفض", "رفضت", "رفضه", "رفضها"}


def mark_negation(hit: Hit, folded: str, fstart: int, index: list[int], lex: Lexicon) -> None:
    # Negators stand right before the act: "لم يوافق", "امتنعت عن منح", "did not agree".
    window = folded[max(0, fstart - 40):fstart]
    last_six = " ".join(window.split()[-6:])
    for nn in lex.not_negators:  # "لا سيما", "إلى حد ما": no negation
        last_six = re.sub(r"(?<!\w)" + re.escape(nn) + r"(?!\w)", "_", last_six)
    words = last_six.split()
    if words and re.search(r"[،,؛;.:]$", words[-1]):
        words = []
    if len(words) >= 2 and words[-1] in ("to", "any", "اي", "ايه"):
        words = words[:-1]  # "promised not to invade", "رافضا أي تفاوض": the negator stands before "to", "any"
    if len(words) >= 3 and words[-1] == "عن" and any(w.lstrip("وف") in _ABSTAIN for w in words[-4:-1]):
        # "امتناع حكومته عن قطع العلاقات": the abstaining, its subject between it and عن
        hit.negated = True
        return
    tail = " ".join(words[-1:])
    tail2 = " ".join(words[-2:])
    for neg in lex.negators:
        m = None
        where = tail2 if " " in neg else tail
        for m in re.finditer(r"(?<!\w)" + re.escape(neg) + r"(?!\w)", where):
            pass  # the last occurrence
        if m is not None:
            if _only_then(folded, fstart, lex):
                return  # "ولم تعترف بها ... إلا في 31 كانون الثاني 1949": it did, only then
            hit.negated = True
            off = fstart - len(where) + m.start()
            hit.negator = Span(index[max(off, 0)], index[min(max(off, 0) + len(neg), len(index) - 1)])
            return
    # A verbal noun as the subject of a negated sentence: "إن الاعتذار ... ليس له أي معنى".
    if hit.nominal and hit.trigger.negated and lex.lang == "ar":
        before = folded[max(0, fstart - 8):fstart].split()
        if before and before[-1] in ("ان", "إن", "بان", "وان"):
            ahead = folded[fstart:fstart + 140]
            stop = re.search(r"[.!?؟]", ahead)
            ahead = ahead[:stop.start()] if stop else ahead
            if re.search(r"(?<!\w)(?:ليس|لن|لا)(?!\w)", ahead):
                hit.negated = True


def irrealis_before(folded: str, fstart: int, lex: Lexicon) -> bool:
    """A modal or hypothetical phrase right before the act in its clause
    ("on the verge of", "could")."""
    window = folded[max(0, fstart - 60):fstart]
    window = " ".join(re.split(r"[،,؛;.:]", window)[-1].split()[-6:])
    if any(window.endswith(" " + m) or window == m for m in lex.topic_markers):
        return True  # "بشأن قطع العلاقات": a topic, right before the noun
    return any(has_phrase(m, window) for m in lex.irrealis)


def subjunctive(folded: str, fstart: int, hit: str, nominal: bool = False) -> bool:
    """Arabic "أن" + imperfect verb: the act is one that should, could or was
    to be done ("يجب أن يتعرف الوفد ... وأن يجري تحقيقًا", "اقترح أن يقوم
    ممثلو الصناعة بزيارة"), not one told as done."""
    window = folded[max(0, fstart - 60):fstart]
    # quotation marks the PDF left between words ("قد" تسهل) are no words
    words = [w.strip("\"'«»“”") for w in re.split(r"[،,؛;.:]", window)[-1].split()[-4:] + hit.split()[:1]]
    words = [w for w in words if w]
    for i, w in enumerate(words[:-1]):
        if w in _AR_AN and _imperfect(words[i + 1]):
            return True
        if w in ("قد", "وقد") and _imperfect(words[i + 1]) and i + 2 < len(words) and nominal:
            return True  # "قد تسهل تجديد المفاوضات": may, not did (the act's noun follows the verb)
    return False


def _imperfect(word: str) -> bool:
    # ي/ت + stem; not a noun: no ta marbuta or feminine plural, not the
    # تفعيل verbal noun ("تقرير", "تحقيق"), not a word of two letters.
    if not re.fullmatch(r"[يت]\w{2,}", word) or word.endswith(("ه", "ات")):
        return False
    return not re.fullmatch(r"ت\w\wي\w", word)


def irrealis_after(h: Hit, text: str, clause: Span, lex: Lexicon) -> bool:
    """A verbal noun whose predicate is future or modal ("القطيعة لن تكون
    حكيمة", "قطع العلاقات أصبح حتميًا"): an act foreseen, not done."""
    if not lex.irrealis_after or not (h.nominal or not finite(h) or _reported_subject_verb(h, text, lex)):
        return False
    ahead = fold_phrase(text[h.span.end:min(clause.end, h.span.end + 60)], lex.lang)
    ahead = re.split(r"(?<!\w)(?:" + "|".join(map(re.escape, lex.relatives or ("\x00",))) + r")(?!\w)", ahead)[0]
    return any(has_phrase(m, ahead) for m in lex.irrealis_after)


def _reported_subject_verb(h: Hit, text: str, lex: Lexicon) -> bool:
    # "أن قطع العلاقات ... أصبح حتميًا": a form read as a verbal noun after "أن"
    if lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 12):h.span.start], "ar").split()
    return bool(before) and before[-1] in ("ان", "وان", "بان")


def purpose(h: Hit) -> bool:
    # "حملتهم لطرد السوفييت", "للجلوس على طاولة المفاوضات": a verbal noun with
    # the lam of purpose names an aim, not an act.
    if not h.nominal or h.trigger.lang != "ar":
        return False
    word = fold_phrase(h.text, "ar").lstrip("وف")
    firsts = {fold_phrase(f, "ar").split()[0] for f in h.trigger.nouns if f.split()}
    # a listed form whose ل belongs to it ("للتحقيق في") names no aim; a listed
    # form that is ل + another listed form ("لنفي") has the lam of purpose
    lexical = {f for f in firsts if f.startswith("ل") and f[1:] not in firsts}
    first = word.split()[0] if word.split() else word
    if not word.startswith("ل") or first in lexical:
        return False
    return not lexical or first[1:] in firsts


def hearsay(h: Hit, text: str, lex: Lexicon) -> bool:
    """"a letter said to have been sent": hearsay, not a statement."""
    return lex.lang == "en" and h.trigger.role == "speech" and not h.nominal \
        and re.match(r"\s+to\s+(?:have|be)\b", text[h.span.end:h.span.end + 12]) is not None


_PUNCT = "\"'«»“”()[]،,؛;:.!?؟"


def _after_words(h: Hit, text: str, lang: str, n: int) -> list[str]:
    return [w.strip(_PUNCT) for w in fold_phrase(text[h.span.end:h.span.end + 80], lang).split()[:n]]


def referred_back(h: Hit, text: str, lex: Lexicon) -> bool:
    """An act's noun that refers back to an act already told: "التحذير الوارد
    في المذكرة السابقة", "اجتماعه السابق مع", "the warning given in the earlier
    note", "his earlier meeting": the act is not told again here."""
    if not h.nominal or not (lex.back_refs or lex.back_refs_before):
        return False
    after = fold_phrase(text[h.span.end:h.span.end + 60], lex.lang)
    if lex.lang == "ar":
        words = _after_words(h, text, "ar", 2)
        # the first word after the noun, or the second when the first is the
        # rest of the noun itself (a pronoun suffix left outside the match)
        if words and (words[0] in lex.back_refs or (len(words) > 1 and len(words[0]) <= 2 and words[1] in lex.back_refs)):
            return True
    elif any(re.match(r"\s*" + re.escape(b) + r"(?!\w)", after) for b in lex.back_refs):
        return True
    before = fold_phrase(text[max(0, h.span.start - 30):h.span.start], lex.lang).split()
    before = [w.strip(_PUNCT) for w in before]
    return bool(before) and before[-1] in lex.back_refs_before


def rumoured(h: Hit, text: str, sentence: Span, hits: list[Hit], lex: Lexicon) -> bool:
    """An act told after a rumour noun in its sentence ("سرت شائعات تفيد بأن
    بريطانيا على استعداد لمنح قرض", "rumours that Britain had refused a loan")
    is what was rumoured, not an act. The rumour's content ends at a word of
    contrast ("لكن الخارجية سارعت لنفي هذه المعلومات") or at a verb with its
    own conjunction (a new act of the story)."""
    if not lex.rumours:
        return False
    before = fold_phrase(text[sentence.start:h.span.start], lex.lang)
    last = None
    for r in lex.rumours:
        for m in re.finditer(r"(?<!\w)(?:[وف]?(?:ب|ل)?)?" + re.escape(r) + r"(?!\w)", before):
            if last is None or m.end() > last:
                last = m.end()
    if last is None:
        return False
    rest = before[last:]
    if any(re.search(r"(?<!\w)" + re.escape(c) + r"(?!\w)", rest) for c in lex.contrast):
        return False
    cut = sentence.start + len(before[:last])
    return not any(cut <= g.span.start <= h.span.start and not g.nominal and conjoined(g) for g in hits)


def talked_of(h: Hit, text: str, clause: Span, lex: Lexicon) -> bool:
    """A verbal noun after a verb of pointing, speaking of or thinking and its
    preposition ("لم تشر بعد صراحة إلى التهديد بحرب جديدة", "referred to the
    threat of war"): the act is talked or thought of, not told."""
    if not h.nominal or not lex.topic_verbs:
        return False
    before = fold_phrase(text[max(clause.start, h.span.start - 60):h.span.start], lex.lang).split()
    before = [w.strip(_PUNCT) for w in before]
    if not before:
        return False
    preps = ("الي", "في", "عن", "علي") if lex.lang == "ar" else ("to", "of", "at", "the", "a")
    if before[-1] not in preps:
        return False
    for w in before[-5:-1]:
        if w in lex.topic_verbs or w.lstrip("وف") in lex.topic_verbs:
            return True
    return False


def lam_complement(h: Hit, text: str, lex: Lexicon) -> bool:
    """"سارعت لنفي هذه المعلومات": after a verb of haste the ل + verbal noun is
    the act done (hastened to deny), not a purpose."""
    if not lex.lam_complement:
        return False
    before = fold_phrase(text[max(0, h.span.start - 20):h.span.start], lex.lang).split()
    return bool(before) and (before[-1] in lex.lam_complement or before[-1].lstrip("وف") in lex.lam_complement)


def characterised(h: Hit, text: str, lex: Lexicon) -> bool:
    """A verbal noun an act is called ("the visit was read as a warning",
    "اعتبرت الزيارة بمثابة تحذير"): what something was taken for, not an act."""
    if not h.nominal or not lex.as_markers:
        return False
    before = fold_phrase(text[max(0, h.span.start - 20):h.span.start], lex.lang)
    return any(before.endswith(m) or before.endswith(m + " ") for m in lex.as_markers)


def domestic_instrument(h: Hit, text: str, lex: Lexicon) -> bool:
    """A signature put to a law, a bill or a decree ("Truman signed the act",
    "وقع الملك المرسوم"): a domestic step, not an agreement with another side."""
    if not h.trigger.cameo.startswith("057") or h.nominal or not lex.domestic_instruments:
        return False
    after = fold_phrase(text[h.span.end:h.span.end + 30], lex.lang)
    return any(re.match(r"\s*" + re.escape(n) + r"(?:\W|$)", after) for n in lex.domestic_instruments)
