"""Language data of the temporal tagger, loaded from resources/<lang>/timex/.

Everything language-specific (month names, ordinal words, qualifiers,
relative expressions, numbers, function words and the pattern templates)
comes from the YAML files; this module only folds spellings and turns word
lists into regex alternations. A ``Lexicon`` is built once per language and
process (``lexicon(lang)`` is cached), so regexes are compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterator

from .. import resources
from ..errors import ResourceError

# Same-length folding, so offsets in the folded text are offsets in the
# passage text: hamza-carrying alefs, alef maqsura and ta marbuta are written
# inconsistently in PDF-extracted Arabic, and Arabic-Indic digits are digits.
_FOLD_AR = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
    }
)


_LONE_TA = re.compile(r"(?<![\u0621-\u064A])ة")
_FOLDABLE = re.compile("[" + "".join(chr(c) for c in _FOLD_AR) + "]")


def _fold_char(m: re.Match[str]) -> str:
    return _FOLD_AR[ord(m.group())]


def fold(text: str, lang: str = "ar") -> str:
    """Fold spelling variants without changing the length of the text.

    >>> fold("آيار ١٩٢٥")
    'ايار 1925'
    """
    # only the few characters that fold are looked up: str.translate would
    # look up every Arabic character of the passage in a dict
    folded = _FOLDABLE.sub(_fold_char, text)
    if "ة" in text:
        # a lone ta marbuta is a fragment of a broken word, never the era
        # sign هـ after a year: keep it distinct ("1923 ة حزب" is no Hijri year)
        for m in _LONE_TA.finditer(text):
            folded = folded[: m.start()] + "ة" + folded[m.end() :]
    return folded


@dataclass
class Rule:
    id: str
    norm: str
    regex: re.Pattern[str]
    examples: list[str] = field(default_factory=list)
    kind: str | None = None  # for generated relative rules
    op: str | None = None
    needs_digit: bool = False  # no match is possible in a text without digits
    probe: re.Pattern[str] | None = None  # a cheap scan that finds every place a match may start
    needs_month: bool = False  # no match is possible far from a month name
    needs_words: list[frozenset[str]] = field(default_factory=list)  # each set: one of these words must occur


@dataclass
class Lexicon:
    lang: str
    months: dict[str, tuple[int, str, bool]]  # folded spelling -> (month, system, ambiguous)
    days: dict[str, int]
    centuries: dict[str, int]
    decades: dict[str, int]
    mods: dict[str, str]
    parts: dict[str, str]
    seasons: dict[str, str]
    cardinals: dict[str, int]
    units: dict[str, tuple[str, int, int]]  # folded form -> (unit, times, count implied by dual or 0)
    era_hijri: set[str]
    era_gregorian: set[str]
    not_year_before: list[str]
    not_year_after: set[str]
    citation_after: list[str]
    rules: list[Rule]
    instrument_nouns: set[str] = field(default_factory=set)  # "اتفاقية … لعام 1921": the year names it
    date_prepositions: set[str] = field(default_factory=set)  # "في", "on": what follows is a date
    exact_ambiguous: set[str] = field(default_factory=set)  # ambiguous month spellings as written
    before_words: set[str] = field(default_factory=set)  # offsets that count backwards
    link_displaced: bool = False  # join a yearless head to a year pushed away by visual order
    ignore_case: bool = False
    month_probe: re.Pattern[str] | None = None  # any month name, to find where month rules can match

    @property
    def rule_order(self) -> dict[str, int]:
        """Rule id -> rank: where two matches tie in length, the earlier rule wins."""
        if not hasattr(self, "_order"):
            self._order = {r.id: i for i, r in enumerate(self.rules)}
        return self._order

    def key(self, text: str) -> str:
        """Normalize a matched word for a dictionary lookup."""
        text = " ".join(fold(text, self.lang).split())
        text = re.sub(r"و\s+ال", "وال", text)
        return text.lower() if self.ignore_case else text

    def month(self, text: str) -> tuple[int, str, bool] | None:
        return self.months.get(self.key(text))


def _words(data: Any, where: str) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(w, (str, int)) for w in data):
        raise ResourceError(f"{where}: expected a list of words")
    return [str(w) for w in data]


def _atoms(word: str) -> list[str]:
    """A word as regex pieces: one per character, any space for a space."""
    atoms: list[str] = []
    for k, part in enumerate(word.split()):
        if k:
            atoms.append(r"\s+")
        if part.startswith("وال"):  # "والعشرين" is also written "و العشرين"
            atoms += ["و", r"\s*"]
            part = part[1:]
        atoms += [re.escape(ch) for ch in part]
    return atoms


def _trie_regex(node: dict[str, Any]) -> str:
    """A trie as a regex: shared prefixes are tried once, so a list of many
    month names costs the engine a few steps per position, not one per name;
    longer words are preferred, as in a longest-first alternation."""
    branches = [atom + _trie_regex(child) for atom, child in node.items() if atom != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: the longer ones first, then nothing
        return "(?:" + body + ")?"
    return body


def _alt(words: list[str], ignore_case: bool) -> str:
    """A regex alternation of words, longest first; spaces match any space."""
    trie: dict[str, Any] = {}
    for w in {fold(w).lower() if ignore_case else fold(w) for w in words}:
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return "(?:" + _trie_regex(trie) + ")" if trie else "(?!)"


def _invert(table: dict[Any, list[str]], where: str, ignore_case: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for value, words in (table or {}).items():
        for w in _words(words, where):
            k = " ".join(fold(w).split())
            out[k.lower() if ignore_case else k] = value
    return out


def _placeholders(data: dict[str, Any], ic: bool) -> dict[str, Callable[[str], str]]:
    words = data["words"]
    w = words["word_chars"]  # the letters that make a word go on
    clitics = _alt(_words(words.get("clitics", []), "clitics"), ic) if words.get("clitics") else ""
    clitic = f"(?:{clitics})?" if clitics else ""
    months = [n for m in data["months"]["months"] for n in m["names"]]
    ords = data["ordinals"]
    q = data["qualifiers"]
    nums = data["numbers"]
    unit_sg = [x for u in nums["units"] for x in u["singular"]]
    unit_pl = [x for u in nums["units"] for x in u.get("plural", [])]
    unit_dual = [x for u in nums["units"] for x in u.get("dual", [])]
    day_suffix = words.get("day_suffix", "")
    eras = _words(words["era_hijri"], "era_hijri") + _words(words["era_gregorian"], "era_gregorian")
    yk = _alt(_words(words["year_keywords"], "year_keywords"), ic)
    return {
        "P": lambda s: f"(?<![{w}]){clitic}",
        "E": lambda s: f"(?![{w}])",
        "DAY": lambda s: (
            f"(?P<day{s}>(?<!\\d)\\d{{1,2}}{day_suffix}(?![\\d{w}])|"
            f"(?:{_alt([x for v in ords['days'].values() for x in v], ic)})(?![{w}]))"
        ),
        # an ordinal word only ("السادس منه": a digit before منه is a count, not a day)
        "DAYWORD": lambda s: f"(?P<day{s}>{_alt([x for v in ords['days'].values() for x in v], ic)})(?![{w}])",
        "DAYN": lambda s: f"(?P<day{s}>\\d{{1,2}})",
        "MONTHN": lambda s: f"(?P<month{s}>\\d{{1,2}})",
        "MONTH": lambda s: f"(?P<month{s}>{_alt(months, ic)})(?![{w}])",
        "PAIR": lambda s: f"(?:\\s*[/(]\\s*(?P<pair{s}>{_alt(months, ic)})(?![{w}])\\s*\\)?)?",
        "YEAR": lambda s: f"(?P<year{s}>(?<!\\d)\\d{{3,4}}(?!\\d))",
        "ERA": lambda s: f"(?:\\s*(?P<era{s}>{_alt(eras, ic)})(?![{w}]))?",
        "ERAREQ": lambda s: f"(?P<era{s}>{_alt(eras, ic)})(?![{w}])",
        "YEARKW": lambda s: f"(?:{clitic}(?:{yk})(?![{w}]))",
        "MONTHKW": lambda s: f"(?:{_alt(_words(words.get('month_keyword', []), 'month_keyword'), ic)})",
        "QUAL": lambda s: f"(?P<qual{s}>{_alt([x for v in q['mods'].values() for x in v], ic)})",
        "PART": lambda s: f"(?P<part{s}>{_alt([x for v in q['parts'].values() for x in v], ic)})",
        "SEASON": lambda s: f"(?P<season{s}>{_alt([x for v in q['seasons'].values() for x in v], ic)})",
        "DECADE": lambda s: f"(?P<decade{s}>{_alt([x for v in ords['decades'].values() for x in v], ic)})",
        "CENTURY": lambda s: (
            f"(?P<century{s}>(?<!\\d)\\d{{1,2}}{day_suffix}(?!\\d)|"
            f"{_alt([x for v in ords['centuries'].values() for x in v], ic)})"
        ),
        "NUM": lambda s: f"(?P<num{s}>(?<!\\d)\\d{{1,3}}(?!\\d)|{_alt([x for v in nums['cardinals'].values() for x in v], ic)})",
        "UNIT": lambda s: f"(?P<unit{s}>{_alt(unit_sg + unit_pl, ic)})",
        "UNITSG": lambda s: f"(?P<unitsg{s}>{_alt(unit_sg, ic)})",
        "UNITDUAL": lambda s: f"(?P<unitdual{s}>{_alt(unit_dual, ic)})",
        "BOUND": lambda s: f"(?:{clitic}(?:{_alt(_words(nums.get('bounds', []), 'bounds'), ic)}))",
        "DASH": lambda s: r"\s*[-–—−‐‑]\s*",
    }


_PLACEHOLDER = re.compile(r"\{([A-Z]+)(\d?)\}")


def expand(template: str, table: dict[str, Callable[[str], str]], where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        name, suffix = m.group(1), m.group(2)
        if name not in table:
            raise ResourceError(f"{where}: unknown placeholder {{{name}}}")
        return table[name](suffix)

    return _PLACEHOLDER.sub(sub, template)


_DIGIT_PLACEHOLDERS = {"YEAR", "DAYN", "MONTHN", "DIGIT"}


def _optional_spans(template: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of the groups a match can do without (quantified by ? or *,
    lookarounds, alternations), and among them the plain alternations."""
    opens: list[int] = []
    optional: list[tuple[int, int]] = []
    alternations: list[tuple[int, int]] = []
    for i, ch in _syntax(template):
        if ch == "(":
            opens.append(i)
        elif ch == ")" and opens:
            start = opens.pop()
            body = template[start:i]
            lookaround = body.startswith(("(?<!", "(?<=", "(?!", "(?="))
            quantified = template[i + 1: i + 2] in ("?", "*") or template[i + 1: i + 3] == "{0"
            alternation = _top_level_bar(body, True)
            if lookaround or quantified or alternation:
                optional.append((start, i))
            if alternation and not (lookaround or quantified):
                alternations.append((start, i))
    return optional, alternations


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos <= b for a, b in spans)


def required_placeholders(template: str) -> set[str]:
    """Placeholders a match cannot do without: those outside every optional
    group or alternation. A rule that needs a year can skip a passage with no
    digit at all, which saves most of the tagger's time."""
    if _top_level_bar(template, False):
        return set()
    optional, alternations = _optional_spans(template)
    required = {m.group(1) for m in _PLACEHOLDER.finditer(template) if not _inside(m.start(), optional)}
    if any(not _inside(m.start(), optional) for m in re.finditer(r"\[0-9\]|\\d|(?<![{,\\])[0-9]", template)):
        required.add("DIGIT")
    for a, b in alternations:  # "(1[0-9]{3}|20[0-9]{2})": every branch is digits
        if not any(x < a and b < y for x, y in optional) and all(
                _DIGIT_RE.search(x) for x in _branches(template[a:b])):
            required.add("DIGIT")
    return required


_PLAIN_WORDS = re.compile(r"^[\u0621-\u064aA-Za-z]{3,}(?:\\s\+[\u0621-\u064aA-Za-z]+)*$")


def required_words(template: str) -> list[frozenset[str]]:
    """Words a match must contain, each as a set of alternatives: a literal
    word outside every optional group ("القرن"), or a plain alternation of
    words ("(?:العام|السنة|عام|سنة)"). A text holding none of a set's words
    cannot match, whatever its length."""
    if _top_level_bar(template, False):
        return []
    optional, alternations = _optional_spans(template)
    out: list[frozenset[str]] = []
    top = [(a, b) for a, b in alternations if not any(x < a and b < y for x, y in optional)]
    for a, b in top:
        branches = _branches(template[a:b])
        if branches and branches[0].startswith("?:"):
            branches[0] = branches[0][2:]
        if branches and all(_PLAIN_WORDS.match(x) for x in branches):
            out.append(frozenset(x.split("\\s+")[0] for x in branches))
    for m in re.finditer(r"(?<![\\{A-Za-z_<>?])(?:[\u0621-\u064a]{4,}|[a-z]{4,})(?![A-Za-z_>}])", template):
        if not _inside(m.start(), optional):
            out.append(frozenset([m.group()]))
    return out


_DIGIT_RE = re.compile(r"\[0-9|\\d")


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The grouping characters of a regex ("(", ")", "|") with their
    offsets, skipping escaped characters and character classes."""
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        if ch in "()|":
            yield i, ch
        i += 1


def _top_bars(body: str, group: bool) -> list[int]:
    """Offsets of the "|" at the pattern's own level (a group body from its
    opening parenthesis when ``group``)."""
    depth, bars = 0, []
    for i, ch in _syntax(body, 1 if group else 0):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            bars.append(i)
    return bars


def _branches(body: str) -> list[str]:
    """The alternatives of a group body (from its opening parenthesis)."""
    cuts = [0] + _top_bars(body, True) + [len(body)]
    return [body[a + 1:b] for a, b in zip(cuts, cuts[1:])]


def _top_level_bar(body: str, group: bool) -> bool:
    """Does this pattern hold an alternation at its own level?"""
    return bool(_top_bars(body, group))


def _word_lists(data: dict[str, Any], ic: bool) -> dict[str, frozenset[str]]:
    """The words of each word-list placeholder, folded as the text is: a rule
    that needs one of them is skipped on a text holding none."""
    ords, q, nums = data["ordinals"], data["qualifiers"], data["numbers"]

    def first(word: Any) -> str:  # the first word only: the text may space the rest otherwise
        w = fold(str(word)).split()[0]
        return w.lower() if ic else w

    def words(table: dict[Any, list[str]]) -> frozenset[str]:
        return frozenset(first(w) for v in table.values() for w in v)

    return {
        "DECADE": words(ords.get("decades", {})),
        "QUAL": words(q["mods"]),
        "PART": words(q["parts"]),
        "SEASON": words(q["seasons"]),
        "BOUND": frozenset(first(w) for w in nums.get("bounds", [])),
    }


def _build_rules(data: dict[str, Any], ic: bool) -> list[Rule]:
    table = _placeholders(data, ic)
    lists = _word_lists(data, ic)
    flags = re.IGNORECASE if ic else 0
    rules: list[Rule] = []
    for entry in data["patterns"]["rules"]:
        where = f"{data['lang']}/timex/patterns.yaml rule {entry.get('id')}"
        try:
            # templates are folded like the text, so "إلى" in a rule matches "الى"
            regex = re.compile(expand(fold(entry["pattern"]), table, where), flags)
        except (re.error, KeyError) as exc:
            raise ResourceError(f"{where}: {exc}") from None
        rule = Rule(entry["id"], entry["norm"], regex, list(entry.get("examples", [])))
        needs = required_placeholders(entry["pattern"])
        rule.needs_words = required_words(fold(entry["pattern"])) + [
            lists[name] for name in needs if name in lists]
        rule.needs_digit = bool(needs & _DIGIT_PLACEHOLDERS)
        rule.needs_month = "MONTH" in needs
        rules.append(rule)
    all_phrases: list[str] = []
    for entry in data["relative"]["expressions"]:
        where = f"{data['lang']}/timex/relative.yaml {entry.get('id')}"
        all_phrases += _words(entry["phrases"], where)
        pattern = "{P}(?P<rel>" + _alt(_words(entry["phrases"], where), ic) + "){E}"
        regex = re.compile(expand(pattern, table, where), flags)
        rules.append(
            Rule(entry["id"], "relative", regex, list(entry["phrases"][:1]), kind=entry["kind"], op=entry["op"])
        )
    # One scan finds where any relative phrase could start; each relative rule
    # is then tried only there (fourteen scans of every passage become one).
    probe = re.compile(expand("{P}(?:" + _alt(all_phrases, ic) + "){E}", table, "relative probe"), flags)
    for rule in rules:
        if rule.norm == "relative":
            rule.probe = probe
    return rules


@lru_cache(maxsize=None)
def lexicon(lang: str) -> Lexicon:
    """The tagger's data for one language, built once per process."""
    files = resources.load(lang, "timex")
    need = ("months", "ordinals", "qualifiers", "relative", "numbers", "words", "patterns")
    missing = [n for n in need if n not in files]
    if missing:
        raise ResourceError(f"{lang}/timex: missing resource file(s) {', '.join(missing)}")
    data = dict(files, lang=lang)
    words = files["words"]
    ic = bool(words.get("ignore_case", False))
    months: dict[str, tuple[int, str, bool]] = {}
    for m in files["months"]["months"]:
        for name in _words(m["names"], "months"):
            k = " ".join(fold(name).split())
            months[k.lower() if ic else k] = (int(m["month"]), m["system"], bool(m.get("ambiguous", False)))
    units: dict[str, tuple[str, int, int]] = {}
    for u in files["numbers"]["units"]:
        for form, count in (("singular", 1), ("plural", 0), ("dual", 2)):
            for w in u.get(form, []):
                k = fold(w).lower() if ic else fold(w)
                units[k] = (u["unit"], int(u["times"]), count)
    ords = files["ordinals"]
    days = {k: int(v) for k, v in _invert(ords["days"], "ordinals.days", ic).items()}
    days = {re.sub(r"و\s+ال", "وال", k): v for k, v in days.items()}
    q = files["qualifiers"]
    return Lexicon(
        lang=lang,
        months=months,
        days=days,
        centuries={k: int(v) for k, v in _invert(ords.get("centuries", {}), "centuries", ic).items()},
        decades={k: int(v) for k, v in _invert(ords.get("decades", {}), "decades", ic).items()},
        mods=_invert(q["mods"], "qualifiers.mods", ic),
        parts=_invert(q["parts"], "qualifiers.parts", ic),
        seasons=_invert(q["seasons"], "qualifiers.seasons", ic),
        cardinals={k: int(v) for k, v in _invert(files["numbers"]["cardinals"], "cardinals", ic).items()},
        units=units,
        era_hijri={fold(w) for w in _words(words["era_hijri"], "era_hijri")},
        era_gregorian={fold(w) for w in _words(words["era_gregorian"], "era_gregorian")},
        not_year_before=_words(words.get("not_year_before", []), "not_year_before"),
        not_year_after={fold(w).lower() for w in _words(words.get("not_year_after", []), "not_year_after")},
        citation_after=_words(words.get("citation_after", []), "citation_after"),
        instrument_nouns={fold(w).lower() for w in _words(words.get("instrument_nouns", []), "instrument_nouns")},
        date_prepositions={fold(w).lower() for w in _words(words.get("date_prepositions", []), "date_prepositions")},
        rules=_build_rules(data, ic),
        exact_ambiguous={n for m in files['months']['months'] if m.get('ambiguous') for n in m['names']},
        before_words={fold(w).lower() if ic else fold(w) for w in files['numbers'].get('offsets', {}).get('before', [])},
        link_displaced=bool(words.get('link_displaced_years', False)),
        ignore_case=ic,
        month_probe=re.compile(_alt(list(months), ic), re.IGNORECASE if ic else 0),
    )
