"""English role constructions: passives, causatives, carried notes, joined
verbs and subjects standing before the clause.

English is SVO and names its subjects, but an apposition or a relative
clause can stand between subject and verb ("Chicherin, who was in Berlin,
condemned ..."), and a passive turns the roles round ("the embassy was
raided by the police"). Each ``*_roles`` function returns ``None`` when its
construction is not there.
"""

from __future__ import annotations

import re

from .clauses import Span
from .lexicon import Trigger
from .participants import Actor, Roles, bare

_EN_AUX = re.compile(r"\b(?:was|were|had been|has been|have been|is|are|being|be)\s+(?:\w+ly\s+)?$", re.I)
_EN_RECIPIENT = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:handed|given|sent|served with|presented with)\b[^,;]*$", re.I)
_EN_NEW_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:the|a|an|his|her|its|their|[A-Z]\w*)\b")
EN_CONJOINED = re.compile(r"(?:^|[\s,])(?:and|but)\s+(?:then\s+|also\s+|later\s+|\w+ly\s+)?$")
_EN_NO_SUBJECT = {"and", "but", "then", "also", "later", "subsequently", "thereupon", "finally", "who", "which", "that",
                  "he", "she", "it", "they", "we", "had", "has", "have", "was", "were", "would", "soon", "immediately",
                  "once", "duly", "thus", "therefore", "however", "instead", "again", "first", "not", "never", "jointly"}
_EN_CARRIER = re.compile(r"\b(?:sent|addressed|delivered|lodged|handed|presented|issued|submitted|dispatched|despatched|made|sends|lodges)\b", re.I)
_EN_CAUSATIVE = re.compile(r"\b(?:had|got)\s+((?:[\w'-]+\s+){1,12})$")


def sentence_subject(actors: list[Actor], hit: Span, window: Span, sentence: Span | None, text: str) -> list[Actor]:
    """The nearest bare actor before the verb in its sentence, when its clause
    has none: an apposition or relative clause stands between them."""
    if sentence is None:
        return []
    owner = None  # "a delegation of the TUC": taken only when no bare subject stands further back
    relative = _relative_before(text, sentence.start, hit.start)
    for a in reversed(actors):
        if a.mention is None or a.mention.end > hit.start or a.mention.start < sentence.start:
            continue
        if relative is not None and a.mention.start >= relative:
            continue  # "USS Missouri, which carried home the body of the ambassador, X, anchored": inside the relative clause
        if a.mention.start >= window.start:
            continue  # the clause's own actors were tried already
        if a.prep not in (None, "of"):
            continue
        between = text[a.mention.end:hit.start]
        if ";" in between or _EN_NEW_CLAUSE.search(between):
            break  # another clause with its own subject lies between
        if a.prep is None:
            return [a]  # "Scotland Yard, with the approval of the Prime Minister, raided"
        owner = owner or a
    return [owner] if owner else []


def _relative_before(text: str, start: int, end: int) -> int | None:
    """Where a relative clause set off by commas right before the verb begins
    (", which carried home the body of the late ambassador, Ertegün,")."""
    lead = text[start:end]
    if not re.search(r",\s*$", lead):
        return None
    found = [m for m in re.finditer(r",\s*(?:who|which|whose|whom)\b", lead)]
    if not found or ";" in lead[found[-1].start():]:
        return None
    return start + found[-1].start()


def conjoined_subject(topic: Actor | None, actors: list[Actor], hit: Span, sentence: Span | None) -> Actor | None:
    """The subject a verb joined by "and" to the last one shares: the last
    act's, if told in this sentence, else the sentence's first actor."""
    if sentence is None:
        return topic
    if topic is not None and topic.mention is not None and sentence.start <= topic.mention.start < hit.start:
        return topic
    first = next((a for a in actors if a.mention is not None and sentence.start <= a.mention.start < hit.start
                  and a.prep in (None, "of")), None)
    return first or topic


_EN_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,;:])(?:it|he|she|they)\s+(?:(?:\w+ly|had|has|have|also|then|again|soon|later|"
                                 r"would|did|not|once|twice)\s+)*$", re.I)
# what may open a sentence before its subject: "On 7 August 1946", "In late 1945,", "Meanwhile,"
_EN_OPENING = re.compile(r"\s*(?:(?:Meanwhile|However|Then|Later|Finally|Thereupon|Soon afterwards),?\s+)?"
                         r"(?:(?:On|In|By|At|From|During|After|Before|Early in|Late in)\s+[^,.;]{0,40}?\d{1,4}\s*,?\s+)?"
                         r"(?:[Tt]he\s+)?$")
_EN_OPENING_ADJECTIVE = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:(?:first|second|third|new|last|latest|final)\s+)?([A-Z]\w*)\s+[a-z]")


def pronoun_subject(lead: str) -> bool:
    """A subject pronoun right before the verb: "It charged that ...", "and he refused"."""
    return bool(_EN_PRONOUN_SUBJECT.search(lead))


def opening_subject(text: str, sentence: Span, actors: list[Actor]) -> Actor | None:
    """The subject a sentence opens with, the antecedent of the next
    sentence's "it" or "he": an actor ("On 19 March 1945 the Soviet
    government ..."), or a noun of one state's named by its nationality
    adjective ("The Soviet note of 7 August 1946 opened ...")."""
    from ..actors.lookup import country_code

    for a in actors:
        if a.mention is None or not (sentence.start <= a.mention.start < sentence.end):
            continue
        if a.prep is None and _EN_OPENING.fullmatch(text[sentence.start:a.mention.start]):
            return a
        break
    head = text[sentence.start:sentence.end]
    for m in _EN_OPENING_ADJECTIVE.finditer(head[:90]):
        if not _EN_OPENING.fullmatch(head[:m.start()] + "the "):
            continue
        code = country_code(m.group(1))
        return Actor(None, None, code, m.group(1)) if code else None
    return None


_EN_SET_OFF = re.compile(r",\s*(?:who|which|whose|whom|the|a|an)\b[^,;]*,\s*$")


def overt_subject(lead: str) -> bool:
    """Whether the words before an English verb in its clause end with a
    subject of their own ("In January 1927 Nationalist crowds seized"), so
    that the story's last actor is not the doer. A relative clause or an
    apposition between commas ("Marshall, who was in Moscow for the Council
    of Foreign Ministers, met") belongs to the subject before it."""
    lead = _EN_SET_OFF.sub(" ", lead)
    words = re.findall(r"[A-Za-z][\w'-]*", lead)
    while words and (words[-1].lower().endswith("ly") or words[-1].lower() in ("also", "then", "later", "jointly", "soon")):
        words.pop()
    if not words:
        return False
    last = words[-1].lower()
    if last in _EN_NO_SUBJECT or last.isdigit():
        return False
    # a date or a footnote marker opening the clause is no subject ("On 24 May", "In 1925")
    if re.search(r"(?:\d{4}|\d|\])\s*$", lead.rstrip(" ,")):
        return False
    return True


def is_passive(text: str, hit: Span) -> bool:
    """An auxiliary right before the verb or inside its form ("was expelled")."""
    aux = ("was", "were", "been", "is", "are", "be", "being")
    words = text[max(0, hit.start - 20):hit.start].lower().split()
    own = text[hit.start:hit.end].lower().split()
    if own and own[0].endswith("ing") and own[0] not in aux:
        return False  # "was withdrawing": the progressive is active
    return (bool(words) and words[-1] in aux) or any(w in aux for w in own)


def causative_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], text: str,
                    sentence: Span | None) -> Roles | None:
    """"the Home Office had twelve communist leaders arrested": the subject of
    "had" does the act, the actor between is the one acted on."""
    lead = text[window.start:hit.start]
    m = _EN_CAUSATIVE.search(lead)
    if m is None:
        return None
    had = Span(window.start + m.start(), window.start + m.start(1))
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    objects = [a for a in inside if had.end <= a.mention.start and a.mention.end <= hit.start]
    if not objects:
        return None
    before = [a for a in inside if a.mention.end <= had.start and a.prep in (None, "of")][::-1]
    subj = before[:1] or sentence_subject(actors, had, window, sentence, text)
    if not subj:
        return None
    return Roles(subj[0], None if trigger.no_target else objects[0], "svo")


def carrier_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], after: list[Actor],
                  context: list[Actor], text: str, sentence: Span | None) -> Roles | None:
    """A noun act carried by a verb: "the Foreign Office sent Moscow a note of
    protest", "Chamberlain addressed a note of protest to the Soviet
    government", "Rosengolts delivered a protest against the raid to the
    Foreign Office": the verb's subject is the doer, its other object the target."""
    lead = text[window.start:hit.start]
    found = None
    for found in _EN_CARRIER.finditer(lead):
        pass  # the last carrier verb
    if found is None:
        return None
    verb = Span(window.start + found.start(), window.start + found.end())
    if len(text[verb.end:hit.start].split()) > 6:
        return None
    inside = [a for a in actors if a.mention and window.start <= a.mention.start < window.end]
    before = [a for a in inside if a.mention.end <= verb.start][::-1]
    subj = [a for a in before if a.prep in (None, "of")][:1] or (
        [] if overt_subject(text[window.start:verb.start]) else sentence_subject(actors, verb, window, sentence, text))
    if not subj:
        return None
    source = subj[0]
    between = [a for a in inside if verb.end <= a.mention.start and a.mention.end <= hit.start and a.country != source.country]
    later = [a for a in after if a.mention.start >= hit.end and a.prep in ("target", "of") and a.country != source.country]
    target = (between or later or [None])[0]
    if target is None and trigger.context_target:
        target = next((a for a in reversed(context) if a.country != source.country), None)
    return Roles(source, None if trigger.no_target else target, "agent")


def passive_roles(trigger: Trigger, hit: Span, window: Span, actors: list[Actor], before: list[Actor],
                  after: list[Actor], context: list[Actor], text: str, sentence: Span | None) -> Roles | None:
    """English passives: "the Soviet mission was expelled", "the embassy was
    raided by the police", "Rosengolts was handed a note ending relations".
    The subject is the one acted on; the doer is the "by" agent, else the
    other side last named in the story."""
    lead = text[max(window.start, hit.start - 40):hit.start]
    own = text[hit.start:hit.end]
    progressive = bool(re.match(r"\w+ing\b", own))  # "was withdrawing": active
    passive = not progressive and (bool(_EN_AUX.search(lead)) or bool(re.search(r"\b(?:was|were)\s", own, re.I)))
    recipient = not passive and bool(_EN_RECIPIENT.search(text[window.start:hit.start]))
    if not (passive or recipient):
        return None
    subj = (bare(before)[:1] or sentence_subject(actors, hit, window, sentence, text))
    target = subj[0] if subj else None
    agents = [a for a in after if a.mention.start - hit.end <= 40 and (
        a.prep == "agent" or re.search(r"\bby\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}$", text[hit.end:a.mention.start]))]
    if agents:
        if target is None and trigger.context_target and not trigger.no_target:
            # "relations were restored by the second Labour government": with the other side of the story
            target = next((a for a in reversed(context) if a.country != agents[0].country), None)
        return Roles(agents[0], None if trigger.no_target else target, "agent")
    owners = _owners_before(text[max(window.start, hit.start - 60):hit.start]) \
        if re.search(r"\b(?:was|were)\s", own) else None
    if owners is not None:
        # "the British and American restrictions were lifted": the trigger holds
        # the subject, whose nationality words name whose they were and who acted
        return Roles(owners, None if trigger.no_target else next(
            (a for a in reversed(context) if a.country and a.country not in _countries(owners)), None), "owner")
    by_nation = _by_nationality(text[hit.end:min(window.end, hit.end + 60)]) if not agents else None
    if by_nation is not None:
        # "a U-2 was shot down over Cuba by a Soviet surface-to-air missile": the
        # agent named by its nationality; the one acted on, if named, is the target
        return Roles(by_nation, None if trigger.no_target or target is None or target.country == by_nation.country
                     else target, "agent")
    if target is None:
        return None  # "Relations were broken off": the usual reading of the clause
    source = next((a for a in reversed(context) if a.country != target.country), None)
    if source is None:
        return Roles(None, None, "none")
    return Roles(source, None if trigger.no_target else target, "passive")


# "the British and American", "the Soviet": nationality words closing the lead
_EN_OWNERS = re.compile(r"\b[Tt]he\s+((?:[A-Z][a-z]+(?:,\s*|\s+and\s+))*[A-Z][a-z]+)\s+$")


def _owners_before(lead: str) -> Actor | None:
    """The nationality words right before a noun, as one actor: a single state,
    or a group of them ("the British and American restrictions")."""
    from ..actors.lookup import country_code
    from ..document import Entity

    m = _EN_OWNERS.search(lead)
    if not m:
        return None
    words = re.split(r",\s*|\s+and\s+", m.group(1))
    codes = [country_code(w) for w in words]
    if not codes or not all(codes):
        return None
    codes = list(dict.fromkeys(codes))
    if len(codes) == 1:
        return Actor(None, None, codes[0], words[0])
    group = Entity("~" + "+".join(codes), "organization", m.group(1), country=codes[0], members=codes)
    return Actor(None, group, codes[0], m.group(1))


def _countries(actor: Actor) -> list[str]:
    return list(actor.entity.members) if actor.entity is not None and actor.entity.members else [actor.country]


_EN_BY_ADJ = re.compile(r"^[^.;]{0,30}?\bby\s+(?:an?|the)\s+([A-Z][a-z]+)\s+[a-z]")


def _by_nationality(after: str) -> Actor | None:
    """"by a Soviet surface-to-air missile", "by the British fleet": a passive's
    agent told only by its nationality."""
    from ..actors.lookup import country_code

    m = _EN_BY_ADJ.match(after)
    code = country_code(m.group(1)) if m else None
    return Actor(None, None, code, m.group(1)) if code else None
