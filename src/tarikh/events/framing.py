"""Act framing: which hits are acts of their own and which are framed by another.

A statement, an order, an agreement or a received note frames the acts it
says or orders ("أعلن أن ...", "قرر أن يرسل", "تلقت ... مذكرة الاحتجاج"): those
are coded as the framing actor's acts. A verbal noun can instead be the
object or content of another act, the venue of a statement, or the subject
of a reported clause: then it is no new act. These checks are pure.
"""

from __future__ import annotations

import re

from .clauses import Span
from .hits import Hit, finite
from .intent import announced_future
from .lexicon import Lexicon, fold_phrase, fold_with_map
from .participants import Actor

# Roles of triggers that carry another act rather than being one.
CARRIERS = ("speech", "receive", "carrier", "order", "tell")
# Words after which a verb form is a verbal noun or a subordinate verb
# (prepositions, "أن"): "في حث الحكومة" is "in urging the government".
_AR_GOVERNING = {"في", "علي", "الي", "من", "عن", "ب", "ل", "حول", "بعد", "قبل", "ان", "بان", "لان", "كي", "لكي", "حتي"}
_AR_THAT = {"ان", "وان", "بان", "فان", "لان", "بانه", "بانها", "انه", "انها", "وبان"}
_DEFINITE = re.compile(r"^(?:[وف])?(?:[بل])?(?:ال|لل)")
_THAT = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم)?|that)(?!\w)|[:\"«]")


def conjoined(h: Hit) -> bool:
    """A verb with its own conjunction ("وطالب", "وانتقد") opens a new act of the same subject.

    The conjunction is a letter that can be taken off and leave the verb: in
    "وافق" or "فاوض" the و/ف is the verb's own first letter ("افق" is no verb)."""
    if h.nominal or not re.match(r"[وف]", h.text):
        return False
    rest = fold_phrase(h.text[1:], h.trigger.lang)
    return h.trigger.pattern.fullmatch(rest) is not None


def own_subject(g: Hit, text: str, actors: list[Actor]) -> bool:
    """An Arabic verb followed at once by a bare actor (VSO: "وافق الوفد
    النقابي البريطاني") opens a main clause of its own: it is no longer
    the content of a statement told before it."""
    if g.nominal or g.trigger.lang != "ar":
        return False
    before = fold_phrase(text[max(0, g.span.start - 12):g.span.start], "ar").split()
    if before and before[-1] in _AR_GOVERNING:
        return False  # "في حث الحكومة", "أن يقوم": a verbal noun or a subordinate verb, not a new clause
    first_end = g.span.start + len(g.text.split()[0]) if g.text.split() else g.span.end
    for a in actors:
        if a.mention is None or a.mention.start < first_end:
            continue
        if a.mention.start < g.span.end:  # "أثار تشامبرلين مسألة": the subject inside a gap form
            return a.prep is None
        gap = text[g.span.end:a.mention.start]
        return a.prep is None and len(gap.split()) <= 1 and not re.search(r"[،,؛;.:\"]", gap)
    return False


def content_of(h: Hit, hits: list[Hit], text: str, lex: Lexicon, actors: list[Actor]) -> list[Hit]:
    """The acts a statement, an order or an agreement frames: later hits of the
    sentence, up to the next verb with its own conjunction (a new act). An
    order or an agreement frames one act: the last of the chain it opens
    ("أصدر أوامره بتشكيل لجنة ... للتحقيق", "وافق على ... حث ... على استئناف المفاوضات")."""
    out = []
    single = h.trigger.role == "order" or h.trigger.frames
    for g in hits:
        if g.span.start < h.span.end or g is h:
            continue
        if g.trigger.role in CARRIERS:
            break
        future = h.trigger.role in ("speech", "tell") and announced_future(g, text, lex, h.span.end)  # coded as an intent
        if (g.irrealis and not future) or (g.negated and not g.trigger.negated) or is_venue(g, text, lex):
            continue  # "أعلن ... في اجتماع اللجنة": the meeting is where it was said
        if h.trigger.role == "speech" and (g.subjunctive or (reported_subject(g, text, lex, hits)
                                                              and not (g.negated and g.trigger.negated))):
            continue  # "أعلن أن مفاوضات باريس قد تسهل تجديد المفاوضات": what may be, or is talked of
        if (conjoined(g) or own_subject(g, text, actors)) and g.span.start - h.span.end > 30:
            break
        if single and g.span.start - h.span.end > 120:
            break
        if h.trigger.frames and not single:
            break
        out.append(g)
        if single and g.nominal:
            break  # the act's noun closes the chain
    if single and out:
        infinitive = re.search(r"\bto\s*$", text[max(0, out[-1].span.start - 6):out[-1].span.start]) is not None
        if h.trigger.frames and not out[-1].nominal and not infinitive:
            return []  # "وافق على المقترح ثم قرر": agreement to a proposal, not to an act ("voted to nationalise" is one)
        for g in out[:-1]:
            g.consumed = True  # links of the chain ("حث" in "وافق على حث ... على استئناف")
        return out[-1:]
    return out


def second_object(h: Hit, hits: list[Hit], heads: dict[int, object], text: str) -> bool:
    """"على استئناف المفاوضات ... وعقد مؤتمر": a verbal noun joined by "و" to
    the act a statement or an order frames is a second object of that act."""
    return h.nominal and any((id(g) in heads or g.consumed) and 0 <= h.span.start - g.span.end <= 40
                             and re.match(r"\s*و", text[g.span.end:h.span.start].split("–")[-1] or " و")
                             for g in hits if g is not h)


def is_object(h: Hit, hits: list[Hit], text: str) -> bool:
    # A verbal noun right after another act's verb is that act's object:
    # "أنكر ... تلك الاتهامات" is a denial, not an accusation; a noun behind a
    # demonstrative ("هذا المقترح") names an act already told.
    if not h.nominal:
        return False
    before = text[max(0, h.span.start - 12):h.span.start].split()
    if before and before[-1] in ("هذا", "هذه", "تلك", "ذلك", "this", "that", "these", "those"):
        return True
    for g in hits:
        if g is h or g.nominal or g.trigger.role in CARRIERS:
            continue
        if g.span.end <= h.span.start and h.span.start - g.span.end <= 50 and not re.search(r"[،,؛;.]", text[g.span.end:h.span.start]):
            return True
    return False


def is_content(h: Hit, hits: list[Hit], clause: Span, lex: Lexicon) -> bool:
    # GUIDELINES: a call for an inquiry is 020, not an inquiry: what a proposal,
    # appeal or demand names is its content, not a separate act.
    if h.trigger.governs or h.trigger.role in CARRIERS:
        return False
    for g in hits:
        if g is h or not g.trigger.governs or g.span.start not in clause:
            continue
        if g.span.start > h.span.start and finite(h):
            continue  # a finite verb before the appeal ("وافق ... في حث") is no content of it
        if not _DEFINITE.match(fold_with_map(g.text, lex.lang)[0]):
            return True
    return False


def is_venue(h: Hit, text: str, lex: Lexicon) -> bool:
    if not h.trigger.venue:
        return False
    before = fold_with_map(text[max(0, h.span.start - 12):h.span.start], lex.lang)[0].split()
    # "وفي الاجتماع": the conjunction does not change the preposition.
    return bool(before) and (before[-1] in h.trigger.venue or before[-1][1:] in h.trigger.venue)


def reported_subject(h: Hit, text: str, lex: Lexicon, hits: list[Hit] | None = None) -> bool:
    """A verbal noun right after the "أن" of a verb of saying or knowing is
    the subject of a reported clause ("أكد أن المداهمة عملية قانونية",
    "أدرك ... أن مذكرة الاحتجاج ... خطوة"): it names an act talked about
    (told before, or another's), not a new one. After a causal "أن" ("لا
    سيما وأن المؤتمر ... لم يثمر") the act is told."""
    if lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 80):h.span.start], "ar")
    words = before.split()
    if not words or words[-1] not in _AR_THAT:
        return False
    if not h.nominal and not _nominal_after_that(h, words):
        return False
    lead = re.split(r"[.!?؟]", before)[-1].split()[-9:-1]
    if any(w.lstrip("وف") in lex.reporting or w in lex.reporting for w in lead):
        return True
    return any(g.trigger.role == "speech" and 0 <= h.span.start - g.span.end <= 80
               and not re.search(r"[.!?؟]", text[g.span.end:h.span.start]) for g in hits or [])


# "أنّ" takes a noun: a one-word verb form right after a bare "أن" is the
# verbal noun ("أشار إلى أن رفض الحكومة البريطانية ..."); with a pronoun
# ("أنه رفض") or after "بعد أن" it is a verb.
_BARE_THAT = {"ان", "وان", "بان", "فان", "لان"}
_THAT_VERB = {"بعد", "قبل", "منذ", "ما", "وبعد", "بمجرد"}


def _nominal_after_that(h: Hit, words: list[str]) -> bool:
    if len(h.text.split()) != 1 or words[-1] not in _BARE_THAT:
        return False
    return not (len(words) > 1 and words[-2] in _THAT_VERB)


def participle(h: Hit) -> bool:
    # "مضيفا", "مؤكدا", "مشيرا": a statement's elaboration, not a new act.
    return h.text.startswith("م") and h.text.rstrip("ًٌٍَُِّْ").endswith("ا")


def publishes(h: Hit, lex: Lexicon) -> bool:
    """A statement act that names the text it issues ("صدر التقرير", "أصدر بيانا")."""
    folded = fold_phrase(h.text, lex.lang)
    return any(d in folded for d in lex.documents)


def document_subject(h: Hit, text: str, lex: Lexicon) -> bool:
    """The subject of a statement verb is a text already told of: "واكد
    التقرير أن" (Arabic, after the verb), "the report stated" (English, before it)."""
    if lex.lang == "ar":
        words = fold_phrase(text[h.span.end:h.span.end + 30], "ar").split()[:1]
        return bool(words) and any(re.fullmatch("ال" + re.escape(d) + "(?:ه|ها)?", words[0].strip("،,:")) for d in lex.documents)
    words = fold_phrase(text[max(0, h.span.start - 30):h.span.start], lex.lang).split()[-1:]
    return bool(words) and words[0] in lex.documents


def content_start(text: str, h: Hit, sentence: Span) -> int | None:
    """Where a statement's reported content begins: its "أن"/"that" or quotation."""
    m = _THAT.search(text, h.span.end, sentence.end)
    return m.start() if m else None
