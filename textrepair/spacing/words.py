"""Word lists and the unigram segmenter shared by the glued-word rules and model."""

from __future__ import annotations

import gzip
import itertools
import re
from functools import cache, lru_cache
from importlib import resources

from textrepair.language.code import CODE_WORDS
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import english_frequencies, in_spelling_dictionary, zipf, zipf_of

__all__ = [
    "BEGINNING_LETTERS",
    "BRAND_PREFIXES",
    "COMPOUND_HEADS",
    "IDENTIFIER_HEADS",
    "LINK_HEADS",
    "MONTHS",
    "NAME_PREFIXES",
    "REPORTING_VERBS",
    "SHORT_WORDS",
    "SUFFIX_PIECES",
    "UNITS",
    "WORD_PREFIXES",
    "derived_word",
    "function_glue",
    "has_function_word",
    "part_beginnings",
    "piece_zipf",
    "segment",
    "vouched",
    "wordnet_word",
]

MONTHS = (
    "January February March April May June July August September October November December"
).split()
"""The English month names, capitalised, in order (dates glued to words: ``April2010``)."""
MONTH_NAMES = (*MONTHS, "Sept", *(m[:3] for m in MONTHS if len(m) > 3))
"""The month names and their abbreviations (``Sept``, ``Jan``…; not ``May`` twice), names first."""

COMPOUND_HEADS = frozenset(
    """person people man men woman women room house land ship ware wood stone hold holder maker
    making keeper less ness ful wide proof worthy berg burg ville ton ford port ability able ably
    ment ments ion ions ism ist ists ize ship ships wise ward wards hood dom ery fully""".split()
)
"""Heads of real closed compounds (``newsperson``) and derivational endings that are also
words (``explain+ability``): such a split is a word, not glue. Common words that are also
glued often (``like``, ``way``) are left to the model."""

WORD_PREFIXES = frozenset(
    """over under non super multi micro sub tele thermo post pre auto inter trans mini mega
    cyber eco bio anti semi ultra uber extra hyper out off self co counter cross mid geo neuro
    psycho photo hydro electro macro meta poly mono pro""".split()
)
"""Productive prefixes (``over+delivering``, ``sub+processors``): with no function word
among the parts, such a split is one word."""

SUFFIX_PIECES = frozenset("ing ish ive ally ian ians ary ence ance ness ions ist ists ity".split())
"""Endings that wordfreq also lists as words (``decision+ing``, ``natural+ish``,
``forester+ian+a``): a segmentation never ends a word with one of them after a content word,
nor with ``ing`` after any word (``so+ing`` is a typo of ``doing``, not two words)."""

REPORTING_VERBS = frozenset(
    "says said told tells wrote writes reported reports according via per reads read".split()
)
"""Words that precede a linked name in news text (``saysFacebook``)."""

LINK_HEADS = REPORTING_VERBS | frozenset(
    """like including unlike versus despite amid among across toward towards within without
    near during behind called named dubbed titled featuring starring""".split()
)
"""Words that head the text before a link as function words do (``likeBaldur``,
``calledWorkfront``, ``toldCNN``): reporting verbs, prepositions the function-word list
lacks, and the words that introduce a name."""

IDENTIFIER_HEADS = frozenset(
    """use set get on handle is has add create init do make fetch load render update delete
    remove read write parse find show hide toggle open close run start stop check compute build
    format filter map sort print log send post put api my new old max min num all any last first
    next prev current default base main item list dict array string file image user data form
    page button text input output node event error result response request message config value
    key type class state count index self app web remote local global simple basic initial
    success failure callback target source room upper lower as same access admin content auth
    order account table line return refund address container service test validate prevent
    resolve flush contact article category title approved zero favorite fav""".split()
)
"""Words that begin camelCase identifiers (``useState``, ``onClick``, ``orderDate``): a
lower-case word glued to a capitalised one is split only when it is not one of them."""

UNITS = frozenset(
    """am pm th st nd rd s mm cm km kg mg ml hrs hr min mins mph ft gb mb tb kb ghz mhz lbs lb
    oz px pt em yrs yo k m x bn mn million billion trillion sec secs ms fps kw kwh mah""".split()
)
"""What follows a number inside one token and is not a glued word (``10pm``, ``5km``)."""

NAME_PREFIXES = frozenset("mc mac de la le di da van von du o al".split())
BRAND_PREFIXES = frozenset("my i e x we go get un re in on de mc o".split())

SHORT_WORDS = frozenset(
    "a i am an as at be by do he if in is it me my no of on or so to up us we".split()
)
"""The only parts shorter than three letters a segmentation may produce."""
_MIN_PART_ZIPF = 3.0
_MIN_LONG_PART_ZIPF = 2.5  # "merges", "tenderloin": long rarer words are still words
_MAX_PARTS = 6
_MAX_PIECE = 20  # letters in one part
BEGINNING_LETTERS = _MAX_PIECE
"""The longest beginning :func:`part_beginnings` holds."""
# A rarer word of five letters or more is still a part when the spelling dictionary lists
# it ("prioritizes" 2.3, "satiety" 2.0): left out, its whole run could not be split.
_MIN_DICTIONARY_PART = 5
_MIN_DICTIONARY_ZIPF = 1.5
# A word wordfreq lists at least this often vouches for itself (rare real words:
# "stannous" 1.4, "stablecoin" 1.6, "Parscale" 1.4)...
_VOUCHED_ZIPF = 1.0
# ...except glue made only of function words, which web text writes often enough to
# be listed ("ofthe" 3.3, "inthe" 2.6, "witha" 2.1) but below real compounds of
# function words ("into", "onto", "cannot", "upon" are all above 4).
_FUNCTION_GLUE_ZIPF = 4.0


def _after_function(lowered: str, cuts: tuple[int, ...]) -> bool:
    """Whether the last piece of a partial segmentation (up to ``cuts[-1]``) is a function word."""
    start = cuts[-2] if len(cuts) > 1 else 0
    return lowered[start : cuts[-1]] in FUNCTION_WORDS


_AMERICAN = re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$")


def _after_name(word: str, lowered: str, cuts: tuple[int, ...]) -> bool:
    """Whether the piece before ``cuts[-1]`` is a capitalised word and no function word.

    On the real glue of ``data/pages`` a capitalised word glued to ``an`` at the end of
    its run is a demonym (``Tokelauan``, ``Puebloan``, ``Jerseyan``) 193 times and a lost
    space twice (``Withan``, ``Consideran``), both after a function word or a verb.
    """
    start = cuts[-2] if len(cuts) > 1 else 0
    return word[start].isupper() and not _after_function(lowered, cuts)


def _part_zipf(lowered: str, z: float | None = None) -> float | None:
    """The rule :func:`piece_zipf` applies, to a lower-case word ("i" here stands for "I").

    ``z`` is the word's Zipf frequency when the caller has it already.
    """
    if len(lowered) < 3 and lowered not in SHORT_WORDS:
        return None
    if z is None:
        z = zipf(lowered)
    if z >= (_MIN_LONG_PART_ZIPF if len(lowered) >= 6 else _MIN_PART_ZIPF):
        return z
    dictionary_word = len(lowered) >= _MIN_DICTIONARY_PART and in_spelling_dictionary(lowered)
    return z if dictionary_word and z >= _MIN_DICTIONARY_ZIPF else None


@cache
def _parts() -> tuple[dict[str, float], frozenset[str]]:
    """The lower-case words :func:`_part_zipf` accepts, with their Zipf, and their beginnings.

    Every word of wordfreq's English list that reaches the lowest Zipf a part may have
    (a hair under it, so no rounding leaves one out) is asked once, on first use
    (~0.15 s). A piece that begins no accepted word cannot be a part, nor can any
    longer piece from the same place: :func:`segment` stops extending it there.
    """
    low = 0.99 * 10 ** (_MIN_LONG_PART_ZIPF - 9)
    lowest = 0.99 * 10 ** (_MIN_DICTIONARY_ZIPF - 9)
    accepted: dict[str, float] = {}
    for word, frequency in english_frequencies().items():
        if frequency >= low or (frequency >= lowest and len(word) >= _MIN_DICTIONARY_PART):
            # the Zipf zipf() would give, from the frequency at hand
            z = _part_zipf(word, zipf_of(frequency)) if word == word.lower() else None
            if z is not None:
                accepted[word] = z
    beginnings = {w[:k] for w in accepted for k in range(1, min(len(w), _MAX_PIECE) + 1)}
    return accepted, frozenset(beginnings)


def piece_zipf(piece: str) -> float | None:
    """Zipf of ``piece`` (as the text writes it) as one word of a glued run, or None.

    A part needs Zipf ≥ 3, or ≥ 2.5 from six letters, or ≥ 1.5 from five letters
    when symspellpy's spelling dictionary lists it; shorter than three letters
    it must be a short function word; "i" only where the text writes "I".

    >>> piece_zipf("voter") is not None, piece_zipf("xq"), piece_zipf("i"), piece_zipf("I") > 6
    (True, None, None, True)
    """
    return None if piece == "i" else _parts()[0].get(piece.lower())


def part_beginnings() -> frozenset[str]:
    """The beginnings of every lower-case word :func:`piece_zipf` accepts.

    A piece of :data:`BEGINNING_LETTERS` letters or fewer that is not one of them cannot
    be a part, nor can any longer piece from the same place (a longer piece is not ruled
    out this way).

    >>> "regist" in part_beginnings(), "xq" in part_beginnings()
    (True, False)
    """
    return _parts()[1]


@lru_cache(maxsize=1 << 16)
def segment(word: str) -> tuple[str, ...] | None:
    """Best split of ``word`` into two to six known English words, or None.

    A unigram model over wordfreq: the most probable sequence of parts that
    :func:`piece_zipf` accepts. Each place extends its piece only while the piece
    begins such a word (:func:`_parts`), so most pieces are never looked up.

    >>> segment("voterregistration"), segment("Parscale") is None or True
    (('voter', 'registration'), True)
    """
    lowered = word.lower()
    n = len(lowered)
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    # ASCII keeps every piece's lower case at the same offsets as the word's: only then
    # may the pieces of ``lowered`` stand for those of ``word``.
    accepted, beginnings = _parts() if word.isascii() else ({}, None)
    # Forward from each place, the places in order: each end meets its starts in the
    # same order as a backward scan would, so ties go the same way.
    for start in range(n):
        prev = best[start]
        if prev is None or len(prev[1]) >= _MAX_PARTS:
            continue
        for end in range(start + 1, min(n, start + _MAX_PIECE) + 1):
            piece = lowered[start:end]
            if beginnings is not None and piece not in beginnings:
                break
            if (
                piece in SUFFIX_PIECES
                and prev[1]
                and (piece == "ing" or not _after_function(lowered, prev[1]))
            ):
                continue
            if piece == "an" and end == n and _after_name(word, lowered, prev[1]):
                continue  # a demonym's ending: "Tokelauan", "Jerseyan"
            if beginnings is None:
                z = piece_zipf(word[start:end])
            else:
                z = accepted.get(piece) if piece != "i" or word[start] == "I" else None
            if z is None:
                continue
            score = prev[0] + z - 9.0
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, (*prev[1], end))
    final = best[n]
    if final is None or len(final[1]) < 2:
        return None
    cuts = (0, *final[1])
    return tuple(word[a:b] for a, b in itertools.pairwise(cuts))


def has_function_word(parts: tuple[str, ...]) -> bool:
    """Whether a part of two letters or more is a function word (``clouds|are``).

    >>> has_function_word(("clouds", "are")), has_function_word(("a", "wide"))
    (True, False)
    """
    return any(len(p) > 1 and p.lower() in FUNCTION_WORDS for p in parts)


def function_glue(word: str) -> bool:
    """Whether ``word`` splits into function words only (``ofthe``, ``witha``)."""
    parts = segment(word) if word.isalpha() else None
    return parts is not None and all(p.lower() in FUNCTION_WORDS for p in parts)


@lru_cache(maxsize=1 << 17)
def vouched(word: str) -> bool:
    """Whether a dictionary vouches for ``word`` as one word.

    symspellpy's spelling dictionary lists real words only; wordfreq also
    lists typo-glue ("ofthe", "tomake", "Thereis"), so its listing of a
    less common word counts only when the word does not split around a
    function word. WordNet vouches for the rare words both leave out
    (:func:`wordnet_word`: ``inclosed``, ``assorting``), and a list of programming
    languages' keywords that read as glued words (:data:`~textrepair.language.code.CODE_WORDS`:
    ``isinstance``, ``instanceof``).

    >>> vouched("washer"), vouched("stablecoin"), vouched("ofthe"), vouched("Googleoften")
    (True, True, False, False)
    >>> vouched("assorting"), vouched("abetter"), vouched("isinstance")
    (True, False, True)
    """
    if word.lower() in CODE_WORDS:
        return True
    if in_spelling_dictionary(word) or (
        "is" in word and in_spelling_dictionary(_AMERICAN.sub(r"iz\1", word))
    ):
        return True  # British spellings count too: materialisations, organised
    z = zipf(word)
    if z >= _FUNCTION_GLUE_ZIPF:
        return True
    if z >= _VOUCHED_ZIPF:
        parts = segment(word) if word.isalpha() else None
        if parts is None or not any(
            p.lower() in FUNCTION_WORDS and (len(p) > 1 or p in {"I", "a", "A"}) for p in parts
        ):
            return True
    return wordnet_word(word) or derived_word(word)


_ARTICLE_GLUE_ZIPF = 4.5  # a word this common after "a" or "an" is glue, WordNet or not
_MIN_STEM = 5  # letters of the word an adverb or a duration compound is made from
_DURATIONS = frozenset(
    """second seconds minute minutes hour hours day days night nights week weeks month months
    year years decade decades century centuries season seasons summer career session""".split()
)
"""Heads of closed duration compounds with ``long`` (``hourslong``, ``seasonlong``: AP style)."""


def derived_word(word: str) -> bool:
    """Whether ``word`` is an adverb in ``-ly`` of a listed word, or a duration in ``-long``.

    WordNet lists adjectives, not every adverb English makes of them
    (``indiscriminating`` but not ``indiscriminatingly``), nor the closed duration
    compounds newswriting uses (``hourslong``, ``yearslong``). Never a run that opens
    with a function word glued to a common word (``anearly``: "an early").

    >>> derived_word("indiscriminatingly"), derived_word("hourslong"), derived_word("anearly")
    (True, True, False)
    >>> derived_word("veryquickly"), derived_word("belong")
    (False, False)
    """
    if not (word.isalpha() and (word.islower() or word[1:].islower())) or len(word) < 8:
        return False
    low = word.lower()
    if low.endswith("long"):
        return low[:-4] in _DURATIONS
    if not low.endswith("ly"):
        return False
    stems = {low[:-2], low[:-1] + "e"} | ({low[:-3] + "y"} if low.endswith("ily") else set())
    if not any(
        len(stem) >= _MIN_STEM and (stem in _wordnet_words() or in_spelling_dictionary(stem))
        for stem in stems
    ):
        return False
    return not any(
        low.startswith(head) and zipf(low[len(head) :]) >= _MIN_PART_ZIPF
        for head in FUNCTION_WORDS
        if len(head) < len(low) - 3
    )


def wordnet_word(word: str) -> bool:
    """Whether WordNet lists ``word`` (a lemma, or a noun's or verb's inflection).

    Lower case or capitalised only (``meI``, ``asPiss`` are glue that WordNet's
    morphology would read as ``mei`` and ``aspis``); not the article before a very
    common word (``abetter``, ``acritical``: WordNet's ``abetter`` is rarer than the
    glue). The list (:data:`WORDNET_WORDS`) is read once per process.

    >>> wordnet_word("inclosed"), wordnet_word("coneflowers"), wordnet_word("abetter")
    (True, True, False)
    >>> wordnet_word("Inclosed"), wordnet_word("inClosed"), wordnet_word("hisdigital")
    (True, False, False)
    """
    if not (word.isalpha() and (word.islower() or word[1:].islower())):
        return False
    low = word.lower()
    if low not in _wordnet_words():
        return False
    return not any(
        low.startswith(head) and zipf(low[len(head) :]) >= _ARTICLE_GLUE_ZIPF
        for head in ("a", "an")
    )


WORDNET_WORDS = "wordnet_words.txt.gz"
"""One-word WordNet 3.0 lemmas and their noun and verb forms, built by
``scripts/build_wordnet_words.py`` (licence: ``textrepair/spin/WORDNET_LICENSE``)."""


@cache
def _wordnet_words() -> frozenset[str]:
    data = resources.files(__package__).joinpath(WORDNET_WORDS).read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))
