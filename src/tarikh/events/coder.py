"""The coder: trigger hits -> events (or candidates) for one document.

``match`` finds trigger hits in a passage (pure); ``code_passage`` turns them
into events with roles and dates; ``dedupe`` keeps one event per repeated
act. A hit whose actors cannot be resolved is never coded with an invented
actor: it becomes a candidate with the reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..document import Document, Event
from . import roles as roles_mod
from .clauses import Span, clauses, enclosing, sentences
from .dating import Dater
from .lexicon import GAP, Lexicon, Trigger, cameo_table, fold_phrase, fold_with_map

CODED_KINDS = ("body", "abstract")
EVIDENCE_SPAN = 70  # characters each side of the trigger kept as evidence
_DEFINITE = re.compile(r"^(?:[وف])?(?:[بل])?(?:ال|لل)")


@dataclass
class Hit:
    trigger: Trigger
    span: Span
    text: str
    negated: bool = False
    negator: Span | None = None
    content: Trigger | None = None  # an act inside a received note ("تلقت ... مذكرة الاحتجاج")
    nominal: bool = False  # matched a verbal-noun form
    irrealis: bool = False  # "on the verge of", "could": the act did not happen
    wrapped: bool = False  # matched across a line whose halves the PDF swapped
    consumed: bool = False  # a link inside a framed chain, not an act of its own
    subjunctive: bool = False  # "وأن يجري تحقيقًا": what should or could be done, not what was


def _words(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\S+", folded)]


def match(text: str, lex: Lexicon, line_starts: list[int] | None = None) -> list[Hit]:
    """All non-overlapping trigger hits of a passage text (pure)."""
    folded, index = fold_with_map(text, lex.lang)
    raw: list[Hit] = []
    for trig in lex.triggers:
        for pat, nominal in ((trig.pattern, False), (trig.noun_pattern, True)):
            if pat is None:
                continue
            for m in pat.finditer(folded):
                span = Span(index[m.start()], index[m.end()])
                raw.append(Hit(trig, span, text[span.start:span.end], nominal=nominal))
    raw.extend(_wrapped(text, folded, index, lex, line_starts or []))
    # Overlaps: the higher priority wins, then the longer phrase.
    raw.sort(key=lambda h: (-h.trigger.priority, -(h.span.end - h.span.start), h.span.start))
    kept: list[Hit] = []
    for h in raw:
        overlapping = [k for k in kept if not (h.span.end <= k.span.start or h.span.start >= k.span.end)]
        if not overlapping:
            kept.append(h)
        elif overlapping[0].trigger.role == "receive" and overlapping[0].content is None \
                and h.trigger.role not in ("speech", "receive", "carrier", "order", "tell"):
            overlapping[0].content = h.trigger
    kept.sort(key=lambda h: h.span.start)
    rev = {orig: f for f, orig in enumerate(index)}
    for h in kept:
        fstart = rev.get(h.span.start, 0)
        _mark_negation(h, folded, fstart, index, lex)
        h.irrealis = _irrealis(folded, fstart, lex)
        h.subjunctive = lex.lang == "ar" and _subjunctive(folded, fstart, fold_phrase(h.text, "ar"), h.nominal)
    return kept


def _wrapped(text: str, folded: str, index: list[int], lex: Lexicon, line_starts: list[int]) -> list[Hit]:
    """Gap forms ("إنهاء … المراسلات") whose halves a PDF line holds in swapped order.

    Damaged lines often read "[end of the sentence] ... [its start]": the first
    words of a phrase close the line and its last words open it. Only the
    last three words of a line joined to its first three are tried.
    """
    if not line_starts:
        return []
    rev = {orig: f for f, orig in enumerate(index)}
    bounds = [rev.get(s, 0) for s in line_starts] + [len(folded)]
    out: list[Hit] = []
    gap_triggers = [t for t in lex.triggers if any(GAP in f for f in t.forms)]
    for a, b in zip(bounds, bounds[1:]):
        words = _words(folded[a:b])
        if len(words) < 6:
            continue
        head, tail = words[:3], words[-3:]
        joined = folded[a + tail[0][0]:a + tail[-1][1]] + " " + folded[a + head[0][0]:a + head[-1][1]]
        cut = tail[-1][1] - tail[0][0]
        for trig in gap_triggers:
            m = trig.pattern.search(joined)
            if m and m.start() < cut < m.end():
                fs, fe = a + tail[0][0] + m.start(), a + tail[-1][1]
                span = Span(index[fs], index[fe])
                out.append(Hit(trig, span, text[span.start:span.end], wrapped=True))
    return out


def _has_phrase(phrase: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text) is not None


def _mark_negation(hit: Hit, folded: str, fstart: int, index: list[int], lex: Lexicon) -> None:
    # Negators stand right before the act: "لم يوافق", "امتنعت عن منح", "did not agree".
    window = folded[max(0, fstart - 40):fstart]
    tail4 = " ".join(window.split()[-6:])
    for nn in lex.not_negators:  # "لا سيما", "إلى حد ما": no negation
        tail4 = re.sub(r"(?<!\w)" + re.escape(nn) + r"(?!\w)", "_", tail4)
    words = tail4.split()
    if words and re.search(r"[،,؛;.:]$", words[-1]):
        words = []
    tail = " ".join(words[-1:])
    if not tail and len(words) == 0:
        tail = ""
    tail2 = " ".join(words[-2:])
    for neg in lex.negators:
        m = None
        where = tail2 if " " in neg else tail
        for m in re.finditer(r"(?<!\w)" + re.escape(neg) + r"(?!\w)", where):
            pass
        if m is not None:
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


_AR_THAT = {"ان", "وان", "بان", "فان", "لان", "بانه", "بانها", "انه", "انها", "وبان"}


def _reported_subject(h: Hit, text: str, lex: Lexicon, hits: list[Hit] | None = None) -> bool:
    """A verbal noun right after the "أن" of a verb of saying or knowing is
    the subject of a reported clause ("أكد أن المداهمة عملية قانونية",
    "أدرك ... أن مذكرة الاحتجاج ... خطوة"): it names an act talked about
    (told before, or another's), not a new one. After a causal "أن" ("لا
    سيما وأن المؤتمر ... لم يثمر") the act is told."""
    if not h.nominal or lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 80):h.span.start], "ar")
    words = before.split()
    if not words or words[-1] not in _AR_THAT:
        return False
    lead = re.split(r"[.!?؟]", before)[-1].split()[-9:-1]
    if any(w.lstrip("وف") in lex.reporting or w in lex.reporting for w in lead):
        return True
    return any(g.trigger.role == "speech" and 0 <= h.span.start - g.span.end <= 80
               and not re.search(r"[.!?؟]", text[g.span.end:h.span.start]) for g in hits or [])


def _passive(h: Hit, text: str, lex: Lexicon) -> bool:
    # "تم رفض الاقتراح", "ليتم قطع العلاقات": the verbal noun after تم is a passive act
    if lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 8):h.span.start], "ar").split()
    return bool(before) and before[-1] in ("تم", "وتم", "فتم", "ليتم", "يتم", "سيتم")


def _relative_subject(h: Hit, text: str, actors: list[roles_mod.Actor], lex: Lexicon) -> roles_mod.Actor | None:
    """A verb right after a relative pronoun has the noun before the pronoun
    as its subject: "مجلس التجارة، الذي رفض حجج تشامبرلين"."""
    if not lex.relatives:
        return None
    before = text[max(0, h.span.start - 60):h.span.start]
    m = re.search(r"(\S+)\s*$", before)
    if not m or fold_phrase(m.group(1), lex.lang) not in lex.relatives:
        return None
    at = h.span.start - len(before) + m.start()
    for a in reversed(actors):
        if a.mention is not None and a.mention.end <= at:
            gap = text[a.mention.end:at]
            return a if len(gap.strip(" ،,")) == 0 else None
    return None


def _last_person(actors: list[roles_mod.Actor], h: Hit, passage_start: int = 0) -> roles_mod.Actor | None:
    for a in reversed(actors):
        if a.mention is not None and a.mention.end <= h.span.start and a.prep is None \
                and a.entity is not None and a.entity.type == "person":
            return a
    return None


def _irrealis_after(h: Hit, text: str, clause: Span, lex: Lexicon) -> bool:
    """A verbal noun whose predicate is future or modal ("القطيعة لن تكون
    حكيمة", "قطع العلاقات أصبح حتميًا"): an act foreseen, not done."""
    if not lex.irrealis_after or not (h.nominal or not _finite(h) or _reported_subject_verb(h, text, lex)):
        return False
    ahead = fold_phrase(text[h.span.end:min(clause.end, h.span.end + 60)], lex.lang)
    ahead = re.split(r"(?<!\w)(?:" + "|".join(map(re.escape, lex.relatives or ("\x00",))) + r")(?!\w)", ahead)[0]
    return any(_has_phrase(m, ahead) for m in lex.irrealis_after)


def _reported_subject_verb(h: Hit, text: str, lex: Lexicon) -> bool:
    # "أن قطع العلاقات ... أصبح حتميًا": a form read as a verbal noun after "أن"
    if lex.lang != "ar":
        return False
    before = fold_phrase(text[max(0, h.span.start - 12):h.span.start], "ar").split()
    return bool(before) and before[-1] in ("ان", "وان", "بان")


def _irrealis(folded: str, fstart: int, lex: Lexicon) -> bool:
    window = folded[max(0, fstart - 60):fstart]
    window = " ".join(re.split(r"[،,؛;.:]", window)[-1].split()[-6:])
    return any(_has_phrase(m, window) for m in lex.irrealis)


_AR_AN = {"ان", "وان", "بان", "فان", "لان"}


def _subjunctive(folded: str, fstart: int, hit: str, nominal: bool = False) -> bool:
    """Arabic "أن" + imperfect verb: the act is one that should, could or was
    to be done ("يجب أن يتعرف الوفد ... وأن يجري تحقيقًا", "اقترح أن يقوم
    ممثلو الصناعة بزيارة"), not one told as done."""
    window = folded[max(0, fstart - 60):fstart]
    words = re.split(r"[،,؛;.:]", window)[-1].split()[-4:] + hit.split()[:1]
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


@dataclass
class State:
    """What the story has established so far in a section."""

    topic: roles_mod.Actor | None = None
    topic_target: roles_mod.Actor | None = None
    proposer: roles_mod.Actor | None = None  # the source of the last proposal told
    topic_passage: int | None = None  # the passage where the topic was last set
    context: list[roles_mod.Actor] = field(default_factory=list)
    section: int | None = None
    # the last report, statement or note published: its author, line and event
    # ("صدر التقرير الرسمي لوفد ..." ... "واكد التقرير أن ...")
    report: tuple[roles_mod.Actor, int, Event] | None = None
    superseded: set[int] = field(default_factory=set)  # ids of events replaced by what they say


_CARRIERS = ("speech", "receive", "carrier", "order", "tell")
# Words after which a verb form is a verbal noun or a subordinate verb
# (prepositions, "أن"): "في حث الحكومة" is "in urging the government".
_AR_GOVERNING = {"في", "علي", "الي", "من", "عن", "ب", "ل", "حول", "بعد", "قبل", "ان", "بان", "لان", "كي", "لكي", "حتي"}


def _conjoined(h: Hit, text: str) -> bool:
    """A verb with its own conjunction ("وطالب", "وانتقد") opens a new act of the same subject.

    The conjunction is a letter that can be taken off and leave the verb: in
    "وافق" or "فاوض" the و/ف is the verb's own first letter ("افق" is no verb)."""
    if h.nominal or not re.match(r"[وف]", h.text):
        return False
    rest = fold_phrase(h.text[1:], h.trigger.lang)
    return h.trigger.pattern.fullmatch(rest) is not None


def code_passage(doc: Document, p: int, lex: Lexicon, dater: Dater, state: State,
                 events: list[Event], candidates: list[dict[str, Any]]) -> None:
    passage = doc.passages[p]
    text = passage.text
    actors = roles_mod.passage_actors(doc, p)
    places = roles_mod.passage_places(doc, p) if lex.lang == "en" else []
    hits = match(text, lex, [a[0] for a in passage.anchors])
    # A negator that is itself an act ("رفض الاقتراح") is coded as that act
    # unless the act it negates has a negated code ("رفض منح القرض" -> 1221).
    negators = [h.negator for h in hits if h.negated and h.negator and h.trigger.negated]
    hits = [h for h in hits if not any(n.start <= h.span.start < n.end or h.span.start <= n.start < h.span.end
                                       for n in negators if n is not None) or h.negated]
    for sentence in sentences(text):
        in_sentence = [h for h in hits if h.span.start in sentence]
        clause_spans = clauses(text, sentence)
        coded: list[tuple[Hit, Event]] = []
        heads: dict[int, tuple[Hit, roles_mod.Roles]] = {}  # content hit -> the carrier that frames it
        reported: dict[int, tuple[roles_mod.Actor, int, Event]] = {}  # content hit -> the report that says it
        for h in in_sentence:
            if _is_venue(h, text, lex):  # "أعلن ... في اجتماع ... الذي افتتح في 21 آذار"
                dater.note_venue(p, h.span, sentence)
        for h in in_sentence:
            clause = enclosing(clause_spans, h.span.start)
            if h.consumed:
                continue
            framed = id(h) in heads
            if not framed and h.nominal and any((id(g) in heads or g.consumed) and 0 <= h.span.start - g.span.end <= 40
                                                and re.match(r"\s*و", text[g.span.end:h.span.start].split("–")[-1] or " و")
                                                for g in in_sentence if g is not h):
                continue  # "على استئناف المفاوضات ... وعقد مؤتمر": a second object of the same framed act
            if not framed and _is_content(h, in_sentence, clause, text, lex):
                continue
            if not framed and _is_object(h, in_sentence, text):
                continue
            if _is_venue(h, text, lex):
                _note_scene(dater, p, sentence)
                continue
            if h.trigger.scene:
                _note_scene(dater, p, sentence)
            if not framed and _purpose(h):
                h.irrealis = True
            if _reported_subject(h, text, lex, in_sentence) and not (h.negated and h.trigger.negated):
                continue  # "أكد أن المداهمة عملية قانونية": the act is what is talked about
            if _irrealis_after(h, text, clause, lex):
                h.irrealis = True
            if h.subjunctive and not (framed and heads[id(h)][0].trigger.role == "order"):
                h.irrealis = True  # a decision to act is coded as the act ("قرر أن يرسل")
            if lex.lang == "en" and h.trigger.role == "speech" and not h.nominal \
                    and re.match(r"\s+to\s+(?:have|be)\b", text[h.span.end:h.span.end + 12]):
                h.irrealis = True  # "a letter said to have been sent": hearsay, not a statement
            if h.irrealis:
                candidates.append(_candidate(passage.line_at(h.span.start), h, text[clause.start:clause.end].strip(),
                                             "hypothetical or unrealised act"))
                continue
            state.context.extend(a for a in actors if a.mention.end <= clause.start and a not in state.context)
            ctx = state.context + ([state.topic] if h.trigger.context_target == "topic" and state.topic else [])
            window = _window(text, clause, sentence, h)
            topic = state.topic
            if state.topic_passage != p:  # a dropped subject names the last person told of in this paragraph
                topic = _last_person(actors, h, passage_start=0) or topic
            nxt = next((g for g in in_sentence if g.span.start >= h.span.end and _finite(g) and g.trigger.role != "receive"), None)
            r = roles_mod.assign(h.trigger, h.span, window, actors, topic, ctx, lex.lang,
                                 nominal=h.nominal, conjoined=_conjoined(h, text), text=text,
                                 vso_end=nxt.span.start if nxt is not None and not h.nominal else None,
                                 passive=_passive(h, text, lex),
                                 subject=None if h.nominal else _relative_subject(h, text, actors, lex),
                                 sentence=sentence, places=places)
            if h.trigger.role == "speech" and _participle(h) and state.topic is not None:
                r = roles_mod.Roles(state.topic, r.target, "topic")
            if h.trigger.role == "speech" and state.report is not None and _document_subject(h, text, lex):
                # "واكد التقرير أن ...": the report speaks for its author
                author = state.report[0]
                target = r.target if r.target is not None and r.target.country != author.country else None
                r = roles_mod.Roles(author, target, "report")
            frame = heads.get(id(h))
            report = reported.get(id(h))
            if frame is not None and (r.how not in ("agent", "vso", "pair", "between") or h.trigger.speaker):
                fh, fr = frame
                r = roles_mod.Roles(fr.source, r.target or (fr.target if fh.trigger.role != "order" else None),
                                    fr.how if fr.how != "none" else r.how)
            if h.trigger.scene and r.source is not None and r.target is None:
                r = roles_mod.Roles(r.source, _counterpart(r.source, actors, clause, sentence), r.how)
            if h.trigger.context_target == "topic" and r.source is not None:
                r = _answer(r, text[clause.start:clause.end], state, lex)
            if r.source is not None and r.target is None and r.how == "topic" and not h.trigger.no_target:
                r.target = state.topic_target if state.topic_target and state.topic_target.country != r.source.country else None
            frames = h.trigger.role in ("speech", "order", "tell") or h.trigger.frames
            if frames and r.source is not None:
                content = _content_of(h, in_sentence, text, lex, actors)
                for c in content:
                    heads[id(c)] = (h, r)
                    if r.how == "report":
                        reported[id(c)] = state.report
                if h.trigger.role == "order" or (h.trigger.role == "speech" and _participle(h) and not content):
                    if not content:
                        candidates.append(_candidate(passage.line_at(h.span.start), h, text[clause.start:clause.end].strip(),
                                                     "order, decision or elaboration without a coded act"))
                    if r.how in ("vso", "svo", "agent"):
                        state.topic, state.topic_passage = r.source, p
                    continue
                if content:
                    if r.how in ("vso", "svo", "agent", "tell"):
                        state.topic, state.topic_passage = r.source, p
                    continue
            if h.trigger.third_party and r.source is not None:
                accused = _attributed(doc, p, h, sentence)
                if accused and accused != r.source.country:
                    r = roles_mod.Roles(r.source, roles_mod.Actor(None, None, accused, accused), r.how)
                    h = Hit(replace(h.trigger, cameo=h.trigger.third_party, id=h.trigger.id + "/third"), h.span, h.text,
                            nominal=h.nominal, wrapped=h.wrapped)
            if h.trigger.refine:
                h = _refined(h, text, sentence, lex)
            ev = _event(doc, p, h, r, dater, clause, sentence, candidates,
                        date_clause=_verb_phrase(h, in_sentence, clause, text) if lex.lang == "en" else None)
            if ev is None:
                continue
            if frame is not None:  # the line of the statement, order or agreement that frames the act
                ev.line = passage.line_at(frame[0].span.start)
            if report is not None:  # a report is coded by what it says, on the line where it is told
                ev.line = report[1]
                if report[2].cameo == "010":
                    state.superseded.add(id(report[2]))
            if h.trigger.role == "speech" and r.how != "report" and _publishes(h, lex):
                state.report = (r.source, ev.line, ev)
            coded.append((h, ev))
            if not h.nominal or r.how == "agent":
                state.topic, state.topic_target = r.source, r.target
                state.topic_passage = p
            if h.trigger.role == "propose":
                state.proposer = r.source
        _drop_carriers(coded, events)
        if state.superseded:
            events[:] = [e for e in events if id(e) not in state.superseded]
        state.context.extend(a for a in actors if a.mention.start in sentence and a not in state.context)


_THAT = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل)?[اأإ]ن(?:ه|ها|هم)?|that)(?!\w)|[:\"«]")


def _content_start(text: str, h: Hit, sentence: Span) -> int | None:
    """Where a statement's reported content begins: its "أن"/"that" or quotation."""
    m = _THAT.search(text, h.span.end, sentence.end)
    return m.start() if m else None


def _counterpart(source: roles_mod.Actor, actors: list[roles_mod.Actor], clause: Span, sentence: Span) -> roles_mod.Actor | None:
    # "حضر جلسة استثنائية في التاسع من كانون الثاني 1925، مع جوزيف ستالين":
    # the other party of a meeting may follow in the next clause, after its date.
    for a in actors:
        if a.mention is None or a.mention.start < clause.end or a.mention.start not in sentence:
            continue
        if a.mention.start - clause.end > 40:
            break
        if a.prep == "target" and (a.entity is None or source.entity is None or a.entity.id != source.entity.id):
            return a
    return None


def _publishes(h: Hit, lex: Lexicon) -> bool:
    """A statement act that names the text it issues ("صدر التقرير", "أصدر بيانا")."""
    folded = fold_phrase(h.text, lex.lang)
    return any(d in folded for d in lex.documents)


def _document_subject(h: Hit, text: str, lex: Lexicon) -> bool:
    """The subject of a statement verb is a text already told of: "واكد
    التقرير أن" (Arabic, after the verb), "the report stated" (English, before it)."""
    if lex.lang == "ar":
        words = fold_phrase(text[h.span.end:h.span.end + 30], "ar").split()[:1]
        return bool(words) and any(re.fullmatch("ال" + re.escape(d) + "(?:ه|ها)?", words[0].strip("،,:")) for d in lex.documents)
    words = fold_phrase(text[max(0, h.span.start - 30):h.span.start], lex.lang).split()[-1:]
    return bool(words) and words[0] in lex.documents


def _window(text: str, clause: Span, sentence: Span, h: Hit) -> Span:
    # A clause cut by PDF damage can lose its actors: a short clause (few
    # words) borrows the words up to its neighbours' ends within the sentence.
    if len(text[clause.start:clause.end].split()) >= 3:
        return clause
    return Span(max(sentence.start, clause.start - 60), min(sentence.end, clause.end + 60))


def _purpose(h: Hit) -> bool:
    # "حملتهم لطرد السوفييت", "للجلوس على طاولة المفاوضات": a verbal noun with
    # the lam of purpose names an aim, not an act.
    if not h.nominal or h.trigger.lang != "ar":
        return False
    word = fold_phrase(h.text, "ar").lstrip("وف")
    return word.startswith("ل") and not any(fold_phrase(f, "ar").startswith("ل") for f in h.trigger.nouns)


def _participle(h: Hit) -> bool:
    # "مضيفا", "مؤكدا", "مشيرا": a statement's elaboration, not a new act.
    return h.text.startswith("م") and h.text.rstrip("ًٌٍَُِّْ").endswith("ا")


def _own_subject(g: Hit, text: str, actors: list[roles_mod.Actor]) -> bool:
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


def _content_of(h: Hit, hits: list[Hit], text: str, lex: Lexicon, actors: list[roles_mod.Actor]) -> list[Hit]:
    """The acts a statement, an order or an agreement frames: later hits of the
    sentence, up to the next verb with its own conjunction (a new act). An
    order or an agreement frames one act: the last of the chain it opens
    ("أصدر أوامره بتشكيل لجنة ... للتحقيق", "وافق على ... حث ... على استئناف المفاوضات")."""
    out = []
    single = h.trigger.role == "order" or h.trigger.frames
    for g in hits:
        if g.span.start < h.span.end or g is h:
            continue
        if g.trigger.role in _CARRIERS:
            break
        if g.irrealis or (g.negated and not g.trigger.negated) or _is_venue(g, text, lex):
            continue  # "أعلن ... في اجتماع اللجنة": the meeting is where it was said
        if (_conjoined(g, text) or _own_subject(g, text, actors)) and g.span.start - h.span.end > 30:
            break
        if single and g.span.start - h.span.end > 120:
            break
        if h.trigger.frames and not single:
            break
        out.append(g)
        if single and g.nominal:
            break  # the act's noun closes the chain
    if single and out:
        if h.trigger.frames and not out[-1].nominal:
            return []  # "وافق على المقترح ثم قرر": agreement to a proposal, not to an act
        for g in out[:-1]:
            g.consumed = True  # links of the chain ("حث" in "وافق على حث ... على استئناف")
        return out[-1:]
    return out


def _attributed(doc: Document, p: int, h: Hit, sentence: Span) -> str | None:
    """The country a document named before the act in its passage is attributed to."""
    by_id = {e.id: e for e in doc.entities}
    best = None
    for m in doc.mentions:
        if m.passage != p or m.start >= h.span.start:
            continue
        ent = by_id.get(m.entity)
        if ent is not None and ent.type == "document" and ent.country:
            if best is None or m.start > best[0]:
                best = (m.start, ent.country)
    return best[1] if best else None


def _answer(r: roles_mod.Roles, clause_text: str, state: State, lex: Lexicon) -> roles_mod.Roles:
    # A reply to a proposal ("وافق ستالين على المقترح الأخير", "قوبل هذا المقترح
    # بمعارضة") answers whoever made the proposal, unless the proposal names
    # its author ("وافق تشامبرلين على مقترح هودجسون").
    folded = fold_phrase(clause_text, lex.lang)
    if r.target is not None and r.target.name and r.how != "topic":
        author = re.escape(fold_phrase(r.target.name, lex.lang).split()[0])
        if any(re.search(r"(?<!\w)(?:ال)?" + re.escape(n) + r"\s+" + author, folded) for n in lex.proposal_nouns):
            return r
    if state.proposer is not None and any(_has_phrase(n, folded) for n in lex.proposal_nouns):
        if state.proposer.entity is None or r.source.entity is None or state.proposer.entity.id != r.source.entity.id:
            return roles_mod.Roles(r.source, state.proposer, r.how)
    return r


def _is_object(h: Hit, hits: list[Hit], text: str) -> bool:
    # A verbal noun right after another act's verb is that act's object:
    # "أنكر ... تلك الاتهامات" is a denial, not an accusation; a noun behind a
    # demonstrative ("هذا المقترح") names an act already told.
    if not h.nominal:
        return False
    before = text[max(0, h.span.start - 12):h.span.start].split()
    if before and before[-1] in ("هذا", "هذه", "تلك", "ذلك", "this", "that", "these", "those"):
        return True
    for g in hits:
        if g is h or g.nominal or g.trigger.role in _CARRIERS:
            continue
        if g.span.end <= h.span.start and h.span.start - g.span.end <= 50 and not re.search(r"[،,؛;.]", text[g.span.end:h.span.start]):
            return True
    return False


def _is_content(h: Hit, hits: list[Hit], clause: Span, text: str, lex: Lexicon) -> bool:
    # GUIDELINES: a call for an inquiry is 020, not an inquiry: what a proposal,
    # appeal or demand names is its content, not a separate act.
    if h.trigger.governs or h.trigger.role in _CARRIERS:
        return False
    for g in hits:
        if g is h or not g.trigger.governs or g.span.start not in clause:
            continue
        if g.span.start > h.span.start and _finite(h):
            continue  # a finite verb before the appeal ("وافق ... في حث") is no content of it
        if not _DEFINITE.match(fold_with_map(g.text, lex.lang)[0]):
            return True
    return False


def _finite(h: Hit) -> bool:
    """A finite verb, not a verbal noun: no noun form matched, and no
    preposition glued to it ("بقطع جميع العلاقات" is a verbal noun)."""
    if h.nominal:
        return False
    if h.trigger.lang != "ar":
        return True
    folded = fold_phrase(h.text, "ar")
    m = re.match(r"[وف]?[بل]", folded)
    return not (m and h.trigger.pattern.fullmatch(folded[m.end():]))


def _is_venue(h: Hit, text: str, lex: Lexicon) -> bool:
    if not h.trigger.venue:
        return False
    before = fold_with_map(text[max(0, h.span.start - 12):h.span.start], lex.lang)[0].split()
    # "وفي الاجتماع": the conjunction does not change the preposition.
    return bool(before) and (before[-1] in h.trigger.venue or before[-1][1:] in h.trigger.venue)


def _note_scene(dater: Dater, p: int, sentence: Span) -> None:
    for t in dater.in_span(p, sentence):
        dater.scene.add(t.id)


def _drop_carriers(coded: list[tuple[Hit, Event]], events: list[Event]) -> None:
    # A statement or a note is coded by what it says: when the same sentence
    # holds a stronger act, the speech verb or the note adds no event.
    strong = [e for h, e in coded if h.trigger.role not in _CARRIERS]
    for h, e in coded:
        if h.trigger.role in ("receive", "carrier") and strong and h.content is None:
            continue  # a received note with its own act ("مذكرة الاحتجاج") is that act
        events.append(e)


def _verb_phrase(h: Hit, hits: list[Hit], clause: Span, text: str) -> Span:
    """English: the part of a clause that belongs to one of several joined
    verbs ("recognised X on 1 February 1924 and signed two treaties with it
    in August 1924"): from the "and" before it to the "and" before the next
    act, so that each takes the date of its own verb phrase."""
    start, end = clause.start, clause.end
    for g in hits:
        if g is h or not (clause.start <= g.span.start < clause.end):
            continue
        if g.span.end <= h.span.start:
            ands = list(re.finditer(r"\band\b", text[g.span.end:h.span.start]))
            if ands:
                start = max(start, g.span.end + ands[-1].start())
        elif g.span.start >= h.span.end:
            ands = list(re.finditer(r"\band\b", text[h.span.end:g.span.start]))
            if ands:
                end = min(end, h.span.end + ands[-1].start())
    return Span(start, end)


def _event(doc: Document, p: int, h: Hit, r: roles_mod.Roles, dater: Dater, clause: Span,
           sentence: Span, candidates: list[dict[str, Any]], date_clause: Span | None = None) -> Event | None:
    passage = doc.passages[p]
    line = passage.line_at(h.span.start)
    evidence = passage.text[max(clause.start, h.span.start - EVIDENCE_SPAN):min(clause.end, h.span.end + EVIDENCE_SPAN)].strip()
    trig = h.trigger
    code, rule = trig.cameo, trig.id
    if h.content is not None:  # the received note is coded by what it is
        code, rule = h.content.cameo, f"{trig.id}+{h.content.id}"
    if h.negated:
        if not trig.negated:
            candidates.append(_candidate(line, h, evidence, "negated act without a negated code"))
            return None
        code, rule = trig.negated, trig.id + "/neg"
    if r.source is None:
        candidates.append(_candidate(line, h, evidence, "no resolvable actor"))
        return None
    if trig.scene and h.nominal and r.how == "topic":
        candidates.append(_candidate(line, h, evidence, "meeting without participants of its own"))
        return None  # "استمع اعضاء المؤتمر الثالث للسوفييت": a meeting noun names its own parties
    if trig.scene and r.target is None:
        candidates.append(_candidate(line, h, evidence, "meeting without a resolvable counterpart"))
        return None
    info = cameo_table()[code]
    confidence = {"agent": 0.8, "vso": 0.75, "svo": 0.7, "between": 0.75, "receive": 0.75, "pair": 0.7,
                  "tell": 0.7}.get(r.how, 0.5)
    if h.wrapped:
        confidence -= 0.1
    target = r.target.to_ref() if r.target else None
    tier = "core" if target and target["country"] != r.source.country else "extended"
    return Event(
        id="", line=line, cameo=code, goldstein=info["goldstein"] if info["goldstein"] is not None else 0.0,
        quad_class=int(info["quad_class"]), plover=info.get("plover"),
        source=r.source.to_ref(), target=target,
        date=dater.date(p, date_clause or clause, h.span, sentence, nominal=h.nominal or not _finite(h),
                        reactive=trig.context_target is not None,
                        content=_content_start(passage.text, h, sentence) if not h.nominal else None),
        evidence=evidence, rule=rule, confidence=confidence, tier=tier,
    )


def _candidate(line: int, h: Hit, evidence: str, reason: str) -> dict[str, Any]:
    return {"line": line, "trigger": h.text, "rule": h.trigger.id, "evidence": evidence, "reason": reason}


def _key(e: Event) -> tuple[Any, ...]:
    src = e.source or {}
    tgt = e.target or {}
    return (e.cameo, src.get("entity") or src.get("country"), tgt.get("country"))


def dedupe(events: list[Event]) -> list[Event]:
    """GUIDELINES: the same act repeated in one document is coded once (keep the best-dated).

    The same act is the same code by the same actor; inside a few lines of
    one paragraph, the same code between the same two countries."""
    kept: list[Event] = []
    for e in events:
        twin = next((k for k in kept if (_key(k) == _key(e) or _near_twin(k, e)) and _compatible(k, e)), None)
        if twin is None:
            kept.append(e)
        elif _precision(e) > _precision(twin):
            kept[kept.index(twin)] = e
    return kept


def _near_twin(a: Event, b: Event) -> bool:
    sa, sb = a.source or {}, b.source or {}
    ta, tb = a.target or {}, b.target or {}
    if a.cameo != b.cameo:
        return False
    if sa.get("entity") and sa.get("entity") == sb.get("entity") and abs(a.line - b.line) <= 5:
        return True  # the same actor's same act told twice in a paragraph
    if _person_id(sa) and _person_id(sb) and sa.get("entity") != sb.get("entity"):
        return False  # two persons each doing it ("Rakovsky denied ..., and Zinoviev denounced ...")
    return (abs(a.line - b.line) <= 1 and sa.get("country") == sb.get("country")
            and ta.get("country") == tb.get("country"))


def _refined(h: Hit, text: str, sentence: Span, lex: Lexicon) -> Hit:
    """The sub-code a phrase of the rest of the sentence names: "warned that
    further propaganda would lead to the breaking off of relations" is a
    threat to break relations (1313), not a threat in general (130)."""
    rest = fold_phrase(text[h.span.end:sentence.end], lex.lang)
    for code, phrases in h.trigger.refine:
        if any(_has_phrase(ph, rest) for ph in phrases):
            return Hit(replace(h.trigger, cameo=code, id=h.trigger.id + "/" + code), h.span, h.text,
                       negated=h.negated, negator=h.negator, nominal=h.nominal, wrapped=h.wrapped)
    return h


def _person_id(actor: dict) -> bool:
    return str(actor.get("entity") or "").startswith("p")


def _compatible(a: Event, b: Event) -> bool:
    if not a.date or not b.date:
        return True
    va, vb = a.date["value"], b.date["value"]
    return va.startswith(vb) or vb.startswith(va)


def _precision(e: Event) -> int:
    return len(e.date["value"]) if e.date else 0


def _pair_key(e: Event) -> tuple[Any, ...]:
    return (e.cameo, (e.source or {}).get("country"), (e.target or {}).get("country"))


def drop_abstract_repeats(events: list[Event], kinds: dict[int, tuple[str, str, bool]]) -> list[Event]:
    """GUIDELINES: the same act repeated in one document is coded once. An
    abstract restates the body (its dates are mostly the paper's span, not
    the act's), and a second abstract in another language restates the
    first: an abstract event is kept only when neither tells the same act.
    An abstract act dated in its own clause ("the conference of 1924") is
    the body's act only when the body's date agrees with it."""
    body: dict[tuple[Any, ...], list[str | None]] = {}
    for e in events:
        if kinds.get(id(e), ("body", "", False))[0] != "abstract":
            body.setdefault(_pair_key(e), []).append(e.date["value"] if e.date else None)
    seen: dict[tuple[Any, ...], str] = {}
    out = []
    for e in events:
        kind, lang, own = kinds.get(id(e), ("body", "", False))
        if kind == "abstract":
            key = _pair_key(e)
            if key in body and not (own and e.date and not any(
                    v is None or v.startswith(e.date["value"]) or e.date["value"].startswith(v) for v in body[key])):
                continue
            if key in seen and seen[key] != lang:
                continue
            seen.setdefault(key, lang)
        out.append(e)
    return out
