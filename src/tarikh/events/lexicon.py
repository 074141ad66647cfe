"""Trigger lexicons and the CAMEO table, loaded from resource files.

Triggers are matched on a folded copy of the passage text whose characters
map back to the original offsets, so every hit points at the reading text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ResourceError
from ..resources import load
from .future import base_forms, future_forms

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
GAP = "…"
# Clitics: conjunction, then preposition, then article. Short stems only take
# the conjunction, so that "حث" (urge) does not match inside "بحث" (research).
_AR_PREFIX_FULL = "(?:[وف])?(?:[بلك])?(?:ال|ل)?"
_AR_PREFIX_SHORT = "(?:[وف])?"
# A verb takes the conjunction (and the lam of "ليتم"), never the article or a
# preposition: "أضاف" (added) must not match "بالإضافة" (in addition to).
_AR_PREFIX_VERB = "(?:[وف])?(?:ل)?"
_AR_SUFFIX = "(?:ه|ها|هم|هما|ت|تا|وا|ا|ي|نا|ات|ان|ين|ون|يه|اً|ًا)?"
_GAP_RE = r"(?:\s+\S+){0,4}?"
_GLUED_PREPS = ("ب", "ل")


def fold_with_map(text: str, lang: str) -> tuple[str, list[int]]:
    """Fold for matching; return the folded text and, per folded char, its offset in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if lang == "ar" and _DIACRITICS.match(ch):
            continue
        out.append(ch.translate(_FOLD).lower() if lang == "ar" else ch.lower())
        index.append(i)
    index.append(len(text))
    return "".join(out), index


def fold_phrase(text: str, lang: str) -> str:
    return fold_with_map(text, lang)[0]


@dataclass(frozen=True)
class Trigger:
    id: str
    cameo: str
    lang: str
    forms: tuple[str, ...]
    example: str
    role: str = "active"  # active | receive | passive | speech | propose | carrier
    negated: str | None = None
    governs: bool = False
    scene: bool = False
    venue: tuple[str, ...] = ()
    no_target: bool = False
    context_target: str | None = None  # topic | other
    priority: int = 0
    pair: bool = False
    from_is_target: bool = False
    frames: bool = False
    third_party: str | None = None
    object_first: bool = False  # "اتهم X بـ": the actor with a ب-complement is the object, not the subject
    story_pair: bool = False  # "استؤنفت المفاوضات": no party named, the story's two sides
    crowd: bool = False  # "خرجت التظاهرات في دمشق": the doers are the people of the place named
    by_forces: str | None = None  # the code when armed forces do it ("هاجمت القوات": 190, not 111)
    mutual: bool = False  # "London and Tehran restored relations": a joint subject did it with each other
    stative: bool = False  # "was furious at": a state of the subject, never a passive
    experiencer: bool = False  # "أثار … غضب X": the actor after the phrase feels it, and is the source
    speaker: bool = False  # a predicate ("مزيفة", "forged"): its act is the speaker's, never a nearby actor's
    not_before: tuple[str, ...] = ()  # words right after the match that make it another act ("وصل … إلى السلطة": came to power)
    refine: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sub-code, phrases): a phrase later in the sentence names the sub-code ("warned ... the breaking off of relations" -> 1313)
    nouns: tuple[str, ...] = ()  # verbal-noun forms (masdar, "protest", "rupture"): their agent follows them
    pattern: re.Pattern[str] = field(default=re.compile("$^"), compare=False, repr=False)
    noun_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # one word of each form that any match must contain as written (folded):
    # a text holding none of them cannot match, and is not searched
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)
    derived_pattern: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    derived_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)
    noun_keys: tuple[str, ...] = field(default=(), compare=False, repr=False)
    folded_heads: frozenset[str] = field(default=frozenset(), compare=False, repr=False)  # first words of the forms


def _word_re(word: str, lang: str, verb: bool = False) -> str:
    if lang != "ar":
        return re.escape(word)
    if len(word) <= 3:  # short stems: explicit forms only ("زار" must not match "وزارة")
        return _AR_PREFIX_SHORT + re.escape(word)
    return (_AR_PREFIX_VERB if verb else _AR_PREFIX_FULL) + re.escape(word) + _AR_SUFFIX


def compile_forms(forms: list[str], lang: str, verbal: bool = False) -> re.Pattern[str]:
    """One pattern for a list of forms. ``verbal``: the forms are verbs (an
    entry's ``forms``): their first word takes no article or preposition."""
    if not forms:
        return re.compile("(?!x)x")  # matches nothing
    alts = []
    for form in forms:
        words = fold_phrase(form, lang).split()
        # a last word that is a one-letter preposition ("اعترف … ب") is glued
        # to the next word ("بإسرائيل"): the phrase ends inside that word
        glued = lang == "ar" and len(words) > 1 and words[-1] in _GLUED_PREPS
        parts = []
        for k, word in enumerate(words):
            if glued and k == len(words) - 1:
                parts.append(r"(?:[وف])?" + re.escape(word) + r"(?=\w)")
            else:
                parts.append(_GAP_RE if word == GAP else _word_re(word, lang, verb=verbal and k == 0))
        joined = ""
        for i, part in enumerate(parts):
            if i == 0 or part == _GAP_RE:
                joined += part
            else:
                joined += r"\s+" + part
        alts.append(joined + ("" if glued else r"(?!\w)"))
    alts.sort(key=len, reverse=True)  # longest form first: "مذكرة الاحتجاج" before "احتجاج"
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")")


def _keys(forms: list[str], lang: str) -> tuple[str, ...]:
    """The longest word of each form (its letters must appear in any match)."""
    keys = set()
    for form in forms:
        words = [w for w in fold_phrase(form, lang).split() if w != GAP]
        if words:
            keys.add(max(words, key=len))
    return tuple(sorted(keys))


def _context(value: Any) -> str | None:
    # "topic": the act answers the previous act (agree to / oppose a proposal);
    # true/"other": it is aimed at the other side of the dispute.
    if not value:
        return None
    return "topic" if value == "topic" else "other"


def _trigger(entry: dict[str, Any], lang: str, codes: dict[str, Any]) -> Trigger:
    for key in ("id", "cameo", "example"):
        if key not in entry:
            raise ResourceError(f"trigger {entry.get('id', '?')} ({lang}) lacks {key!r}")
    if not entry.get("forms") and not entry.get("nouns"):
        raise ResourceError(f"trigger {entry['id']} ({lang}) has neither 'forms' nor 'nouns'")
    cameo = str(entry["cameo"])
    refine = tuple((str(code), tuple(fold_phrase(ph, lang) for ph in phrases)) for code, phrases in (entry.get("refine") or {}).items())
    for code in (cameo, entry.get("negated"), entry.get("third_party"), *(c for c, _ in refine)):
        if code is not None and str(code) not in codes:
            raise ResourceError(f"trigger {entry['id']}: CAMEO code {code} is not in the code table")
    # the past tense as history tells it; derived forms of acts still to come or not done
    derived = future_forms(entry.get("forms") or []) if lang == "ar" else base_forms(entry.get("forms") or [])
    verbs = list(entry.get("forms") or [])
    derived = [f for f in derived if f not in verbs]
    return Trigger(
        id=entry["id"], cameo=cameo, lang=lang, forms=tuple(entry.get("forms") or ()), example=entry["example"],
        role=entry.get("role", "active"),
        negated=str(entry["negated"]) if entry.get("negated") else None,
        governs=bool(entry.get("governs")), scene=bool(entry.get("scene")),
        venue=tuple(fold_phrase(v, lang) for v in entry.get("venue", [])),
        no_target=entry.get("target") == "none", context_target=_context(entry.get("context_target")),
        priority=int(entry.get("priority", 0)),
        nouns=tuple(entry.get("nouns") or ()), pair=bool(entry.get("pair")),
        from_is_target=bool(entry.get("from_is_target")), frames=bool(entry.get("frames")),
        third_party=str(entry["third_party"]) if entry.get("third_party") else None,
        speaker=bool(entry.get("speaker")), object_first=bool(entry.get("object_first")),
        experiencer=bool(entry.get("experiencer")), stative=bool(entry.get("stative")),
        mutual=bool(entry.get("mutual")), by_forces=entry.get("by_forces"), crowd=bool(entry.get("crowd")),
        story_pair=bool(entry.get("story_pair")), refine=refine,
        not_before=tuple(fold_phrase(w, lang) for w in entry.get("not_before", [])),
        pattern=compile_forms(verbs, lang, verbal=True),
        # "ستسحب", "سوف ينسحب", "would withdraw", "refused to recognise": matched
        # apart, and yielding to a lexicon form they overlap ("offered to" before "to negotiate")
        derived_pattern=compile_forms(derived, lang, verbal=True) if derived else None,
        derived_keys=_keys(derived, lang),
        keys=_keys(verbs, lang), noun_keys=_keys(entry.get("nouns") or [], lang),
        folded_heads=frozenset(fold_phrase(f, lang).split()[0] for f in entry.get("forms") or [] if f.split()),
        noun_pattern=compile_forms(entry["nouns"], lang) if entry.get("nouns") else None,
    )


@lru_cache(maxsize=None)
def cameo_table() -> dict[str, dict[str, Any]]:
    """CAMEO code -> {label, goldstein, quad_class, plover, plover_mode} (generated file)."""
    table = load("common", "cameo").get("codes")
    if not table:
        raise ResourceError("resources/common/cameo/codes.yaml is missing; run scripts/gen_cameo_table.py")
    return {str(k): v for k, v in table.items()}


@dataclass(frozen=True)
class Lexicon:
    lang: str
    triggers: tuple[Trigger, ...]
    negators: tuple[str, ...]
    carry_month: tuple[str, ...]
    no_carry: tuple[str, ...]
    irrealis: tuple[str, ...] = ()  # "on the verge of", "could": the act did not happen
    not_negators: tuple[str, ...] = ()  # phrases holding a negator word that negate nothing ("لا سيما")
    proposal_nouns: tuple[str, ...] = ()  # words by which a reply names the proposal it answers
    irrealis_after: tuple[str, ...] = ()  # future/modal predicates after a verbal noun ("لن تكون")
    topic_markers: tuple[str, ...] = ()  # "بشأن" right before a verbal noun: talked about, not done
    reporting: tuple[str, ...] = ()  # verbs of knowing and thinking that take an "أن" clause ("أدرك أن")
    relatives: tuple[str, ...] = ()  # relative pronouns ("الذي"): the verb after one has the noun before it as subject
    then: tuple[str, ...] = ()  # "at that time": the story goes back to a date told in passing
    reaction_refs: tuple[str, ...] = ()  # nouns by which a reaction names the act it answers ("على الإجراء")
    attributive: tuple[str, ...] = ()  # words opening a year attached to a noun ("لعام 1921", "of 1921")
    documents: tuple[str, ...] = ()  # nouns of the texts a statement issues (report, note): "واكد التقرير"
    back_refs: tuple[str, ...] = ()  # words after an act's noun that refer back to it ("التحذير الوارد في المذكرة السابقة")
    back_refs_before: tuple[str, ...] = ()  # words before an act's noun that refer back to it ("the earlier warning")
    rumours: tuple[str, ...] = ()  # nouns of rumours: the acts a rumour tells are no acts ("سرت شائعات بأن")
    contrast: tuple[str, ...] = ()  # words that end what a rumour tells ("لكن", "but")
    lam_complement: tuple[str, ...] = ()  # verbs after which ل + verbal noun is the act done ("سارعت لنفي")
    topic_verbs: tuple[str, ...] = ()  # verbs of pointing and thinking: "أشار إلى التهديد" talks of the act
    latter: tuple[str, ...] = ()  # "الأخير", "the latter": the last actor named before the act
    dual_subjects: tuple[str, ...] = ()  # "الجانبان", "the two governments": the two parties told before
    crowds: frozenset[str] = frozenset()  # "المتظاهرون": a doer with no name, of the country it acts in
    bodies: frozenset[str] = frozenset()  # "لجنة", "نواب": a doer with no name and no country to infer
    group_heads: frozenset[str] = frozenset()  # "زعيم المعارضة": a verbal noun after one names a group
    time_words: tuple[str, ...] = ()  # "بعد", "after": a verbal noun after one is a landmark, not the topic's act
    carriers: tuple[str, ...] = ()  # "أبلغ": a verb that carries an act named by its noun to an addressee
    as_markers: tuple[str, ...] = ()  # "as a", "بمثابة": the noun after is what something was called
    domestic_instruments: tuple[str, ...] = ()  # "the act", "المرسوم": what a signature makes law at home


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    data = load(lang, "events")
    spec = data.get("triggers") or {}
    codes = cameo_table()
    triggers = tuple(_trigger(e, lang, codes) for e in spec.get("triggers", []))
    ids = [t.id for t in triggers]
    if len(ids) != len(set(ids)):
        raise ResourceError(f"duplicate trigger ids in {lang}/events/triggers.yaml")
    dating = data.get("dating") or {}
    return Lexicon(
        lang=lang,
        triggers=triggers,
        negators=tuple(fold_phrase(n, lang) for n in spec.get("negators", [])),
        carry_month=tuple(fold_phrase(n, lang) for n in dating.get("carry_month", [])),
        no_carry=tuple(fold_phrase(n, lang) for n in dating.get("no_carry", [])),
        then=tuple(fold_phrase(n, lang) for n in dating.get("then", [])),
        reaction_refs=tuple(fold_phrase(n, lang) for n in dating.get("reaction_refs", [])),
        attributive=tuple(fold_phrase(n, lang) for n in dating.get("attributive", [])),
        irrealis=tuple(fold_phrase(n, lang) for n in spec.get("irrealis", [])),
        not_negators=tuple(fold_phrase(n, lang) for n in spec.get("not_negators", [])),
        proposal_nouns=tuple(fold_phrase(n, lang) for n in spec.get("proposal_nouns", [])),
        irrealis_after=tuple(fold_phrase(n, lang) for n in spec.get("irrealis_after", [])),
        topic_markers=tuple(fold_phrase(n, lang) for n in spec.get("topic_markers", [])),
        reporting=tuple(fold_phrase(n, lang) for n in spec.get("reporting", [])),
        relatives=tuple(fold_phrase(n, lang) for n in spec.get("relatives", [])),
        documents=tuple(fold_phrase(n, lang) for n in spec.get("documents", [])),
        back_refs=tuple(fold_phrase(n, lang) for n in spec.get("back_refs", [])),
        back_refs_before=tuple(fold_phrase(n, lang) for n in spec.get("back_refs_before", [])),
        rumours=tuple(fold_phrase(n, lang) for n in spec.get("rumours", [])),
        contrast=tuple(fold_phrase(n, lang) for n in spec.get("contrast", [])),
        lam_complement=tuple(fold_phrase(n, lang) for n in spec.get("lam_complement", [])),
        topic_verbs=tuple(fold_phrase(n, lang) for n in spec.get("topic_verbs", [])),
        latter=tuple(fold_phrase(n, lang) for n in spec.get("latter", [])),
        time_words=tuple(fold_phrase(n, lang) for n in spec.get("time_words", [])),
        carriers=tuple(fold_phrase(n, lang) for n in spec.get("carriers", [])),
        as_markers=tuple(fold_phrase(n, lang) for n in spec.get("as_markers", [])),
        domestic_instruments=tuple(fold_phrase(n, lang) for n in spec.get("domestic_instruments", [])),
        crowds=frozenset(fold_phrase(n, lang) for n in spec.get("crowds", [])),
        dual_subjects=tuple(fold_phrase(n, lang) for n in spec.get("dual_subjects", [])),
        bodies=frozenset(fold_phrase(n, lang) for n in spec.get("bodies", [])),
        group_heads=frozenset(fold_phrase(n, lang) for n in spec.get("group_heads", [])),
    )
