"""Candidate glued words and how they would split, with the hard vetoes.

A run of letters/digits is a candidate only when nothing vouches for it (see
:func:`textrepair.spacing.words.vouched`), it is not part of an address, code,
contraction or hyphenated compound, no other large European language knows it,
and it does not occur twice in the document. Each candidate gets one proposal:
its camelCase/digit pieces; for mixed case or a name the document writes on its
own, a split using the document's own words (:mod:`textrepair.spacing.glue_document`);
or its best segmentation into known words. Whether to make the split is the
model's call (:mod:`textrepair.spacing.glue_model`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import KeysView, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import bigram_count, common_words, known_elsewhere, zipf
from textrepair.spacing.glue_document import (
    DocumentWords,
    document_parts,
    merge_known,
    splits_a_word,
)
from textrepair.spacing.text_index import TextIndex
from textrepair.spacing.words import (
    BRAND_PREFIXES,
    COMPOUND_HEADS,
    IDENTIFIER_HEADS,
    LINK_HEADS,
    MONTH_NAMES,
    MONTHS,
    NAME_PREFIXES,
    REPORTING_VERBS,
    SUFFIX_PIECES,
    UNITS,
    WORD_PREFIXES,
    function_glue,
    has_function_word,
    segment,
    vouched,
)

__all__ = ["UNTOUCHABLE", "Proposal", "function_word_pair", "proposals"]

# Tokens that are addresses, handles, code or markup: never split.
UNTOUCHABLE = re.compile(
    r"://|www\.|@|^[^\w\s]*#|[_=<>{}\\|]|\.(?:com|org|net|gov|edu|io|co|uk|de)\b"
    # a wiki's page names: Talk:Systemd, Category:Portage (not a how-to's "Template:Click"),
    # and names styled so: AWS's re:Invent
    r"|(?-i:\b(?:Talk|User|Category|Wikipedia|Special|Portal|MediaWiki|re):[A-Z])",
    re.I,
)
# The one run of two characters that may be glue: the article before a digit (a5%, a7-day)
_ARTICLE_DIGIT = re.compile(r"[aA][0-9]")
_LONG_RUN = re.compile(r"[A-Za-z0-9]{3,}|" + _ARTICLE_DIGIT.pattern + r"(?![A-Za-z0-9])")
_WORD_END = re.compile(r"[A-Za-z]+\Z")  # the letters right before a position
# Glued link text is a few words: longer runs (base64, hashes, DNA…) are never candidates,
# which also bounds the segmenter's work.
_MAX_RUN = 48
_SEARCHED_RUNS = 64  # up to this many distinct candidate runs are found by string search
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_TOKEN_EDGES = ".,;:!?()[]\"'“”‘’"
_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# PascalCase pairs are proposed only when they are among the most common English bigrams.
_PASCAL_BIGRAM = 50_000_000
_COMMON_ZIPF = 4.0
_TYPO_MIN_LENGTH = 5
_VERY_COMMON_ZIPF = 4.5
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_LONG_DOCUMENT_WORDS = 100  # distinct words
_CASE_GLUE_ZIPF = 3.0  # both words of describeNicole
_NUMBER_WORD_ZIPF = 4.0  # the word after a number: 2003study
_DIGIT_WORD = 5  # letters of a word after one digit: 2illustrates
_YEAR_WORD_ZIPF = 3.0  # a rarer word after a year: 2024begs, 2026keynote
_MEASURED_WORD_ZIPF = 1.0  # a word the lexicon knows, glued after a measure: cupsemisweet
# Function words that glue to a number before them (970is, 16or, 7that): not units (2in,
# 10am) nor text-speak (4all, 2be, 4me).
_NUMBER_FUNCTION_WORDS = frozenset(
    w
    for w in FUNCTION_WORDS
    if (len(w) >= 3 or w in {"is", "or", "to", "of", "on", "at", "as", "by", "an", "if"})
    and w not in UNITS
    and w not in {"all", "ever"}
)
_FUNCTION_PAIR = 5  # letters of two function words glued, repeated or not: fromthe, ofthe
_NAME_ZIPF = 3.0  # below this, a capitalised word the document writes alone is a name


_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTHS = frozenset(month.lower() for month in MONTHS)
_MONTH_ABBREVIATIONS = frozenset(m.lower() for m in MONTH_NAMES) - _MONTHS
_MONTH_NAME = "|".join(MONTH_NAMES)  # one alternation, for the patterns that look for a month
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")
# Capitalised function words that head glued link text at a sentence start: TheWaupaca
_CAPITAL_HEADS = frozenset("the a an at in on of for from with by to and but our after".split())
# ...and the possessives and conjunctions that open a sentence before a name (WhileBrady)
_SENTENCE_HEADS = _CAPITAL_HEADS | frozenset(
    "my its his her their this while when if as so".split()
)
# Words that lead into a link at a line's or sentence's start, capitalised: "Visit|Travelocity",
# "Click|Continue", "Using|Sprout", "Retrieved|October", as LINK_HEADS do mid-sentence.
_LINK_LEADS = LINK_HEADS | frozenset(
    """visit click use using choose meet read see try follow join check watch download contact
    call shop ask retrieved updated published""".split()
)
# Titles written before a person's name (PresidentDonald, ChefSungchul, PopeClement)
_TITLES = frozenset(
    """President Chef Host Captain Pope Senator Governor Judge Director Coach Professor
    Minister Chairman Founder Author Editor Sir King Queen Prince Princess Colonel Sergeant
    Detective Reverend Mayor Sheriff Commissioner Secretary Chancellor Speaker Chief Rapper
    Singer Actor Actress Dr Mr Mrs Ms Lady Lord Justice Ambassador Emperor Admiral""".split()
)
_GIVEN_NAME_ZIPF = 3.0  # a name after a title that the lists know (PresidentDonald, KingWilliam)
_CASE_CHANGE = re.compile(r"[a-z][A-Z]|[A-Za-z]\d|\d[a-z]")
_LOWER_UPPER = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SENTENCE_HEAD = "sentence head"  # a proposal made only where its run opens a sentence
# Proposals that a run written more than once does not turn down (see _judged)
_RULE_KINDS = frozenset({"camel", "digit", _SENTENCE_HEAD})
# A capitalised word glued to the next one through a lower-case connector (KingandJupiter)
_TITLED_BEFORE_TITLE = re.compile(r"[A-Z][a-z]+(?=[A-Z][a-z])")
_CONNECTORS = ("and", "or", "from", "with", "for", "at", "to", "in", "by", "of", "on", "via")
_CONNECTED_ZIPF = 2.5  # the word before the connector is at least this common
# What may follow an apostrophe inside an English word (longest first); a longer run is glue.
_CLITICS = ("re", "ve", "ll", "s", "t", "d", "m")
_CLITIC_WORD = 3  # letters of the common word glued after a clitic: they’renot, doesn’tneed
_POSSESSIVE_WORD_ZIPF = 3.0  # the word glued after a possessive's s: Center’shandout
_CLITIC_RUN_ZIPF = 2.5  # a run after an apostrophe this common is a word (wordfreq has "sthe")
# The heads of negations ("’t" follows), longest first: no English word ends in one before "’t".
_NEGATIONS = (
    "shouldn",
    "couldn",
    "wouldn",
    "weren",
    "doesn",
    "hasn",
    "haven",
    "hadn",
    "didn",
    "wasn",
    "aren",
    "isn",
    "don",
    "won",
)
_NEGATED_WORD_ZIPF = 2.0  # a word glued before a negation: quote|doesn’t
_ACRONYM_LETTERS = 5  # or an acronym this short: AI|isn’t


def _case_edge(text: str, end: int) -> bool:
    """A possessive (``Finland’s``) or a hyphen (``CX-50``) right after a run."""
    if text[end] == "-":
        return True
    return text[end + 1 : end + 2] == "s" and not text[end + 2 : end + 3].isalnum()


@dataclass(frozen=True)
class Proposal:
    """A candidate run at ``start`` and the parts it would split into."""

    start: int
    run: str
    parts: tuple[str, ...]
    kind: str  # "segment", "camel" (saysFacebook), "pascal" (HumanResources), "digit" (told60),
    # "clitic" (world’slargest, doesn’tneed: the word after a clitic),
    # "number" (reaching453, 2illustrates: the model's call, unlike "digit"),
    # "mixed" (earlierTesla, theNIH, TaxSlayeris: see glue_document),
    # "cased" (betweenMediumandHigh, recentForbesfeature: words cut at every case change)
    apart: bool = False  # the document writes two neighbouring parts apart elsewhere
    seen: float = 1.0  # share of the parts a long document also writes on their own
    repeated: bool = False  # the document writes the run more than once
    code: bool = False  # the document repeats a camelCase identifier or writes code's calls
    # bigram counts of (the content word before, the first part), (the last part, the word after)
    fit: tuple[int, int] = (0, 0)
    # how much more often English writes (the word before, the first part) and (the last part,
    # the word after) together than apart, function words included (see _association)
    assoc: tuple[float, float] = (0.0, 0.0)
    named: float = 1.0  # share of the capitalised parts a long document writes on their own


@lru_cache(maxsize=1 << 16)  # a run's pieces do not depend on its document
def _camel_parts(run: str, technical: bool = False) -> tuple[tuple[str, ...], str] | None:
    """Pieces of a camelCase/digit run, or None when it must stay whole.

    A lower-case word glued to a capitalised one (``describeNicole``, ``theWest``,
    ``inScience``), a function word glued to a number (``in2015``) and a number glued
    to a word (``2003study``) are the marks that a link's spaces were lost. In a
    ``technical`` document (one that repeats a camelCase identifier) only a function
    word or another link head (:data:`~textrepair.spacing.words.LINK_HEADS`: a reporting
    verb, ``like``, ``called``) may head such a run.
    """
    pieces = _CAMEL.findall(run)
    if len(pieces) < 2 or "".join(pieces) != run or len(pieces) > 3:
        return None
    if _code_then_function_word(pieces):
        return (pieces[0] + pieces[1], pieces[2]), "digit"  # Grit X2is, BLACKFRIDAY20to
    first = pieces[0]
    lowered_first = first.lower()
    function_head = (first in FUNCTION_WORDS and len(first) > 1) or first in LINK_HEADS
    # The2015, In2018, a2017: a function word (any case) before a year
    year_head = (
        len(pieces) == 2
        and _YEAR.fullmatch(pieces[1]) is not None
        and (first == "a" or (lowered_first in FUNCTION_WORDS and first[1:].islower()))
    ) or _month_then_date(pieces)
    prefixed = lowered_first in NAME_PREFIXES or lowered_first in BRAND_PREFIXES
    if prefixed and not (
        first in {"in", "on"}
        and len(pieces) == 2
        and (
            zipf(pieces[1]) >= _COMMON_ZIPF
            or (len(pieces[1]) == 4 and pieces[1].isdigit())
            or (_listed_name(pieces[1]) and zipf(run) == 0)
        )
    ):
        # McDonald, DeSantis, myCompass, eBay, iPhone, InDesign; but inScience, onNetflix,
        # inWellington, onQuora
        return None
    if any(p.isupper() and len(p) > 1 for p in pieces) and not (len(pieces) == 2 and function_head):
        return None  # acronyms and their plurals (ChatGPT, PDUs), but not theNIH, ofTSP
    if first.islower() and len(pieces) > 2:
        if _function_number_word(pieces):
            return tuple(pieces), "digit"  # and400individual, with300students
        return None  # code identifiers: hasMerchantReturnPolicy
    if first.isdigit():
        return _number_then_word(pieces)
    if first == "a" and len(pieces) == 2 and pieces[1].isdigit() and 2 <= len(pieces[1]) <= 3:
        return tuple(pieces), "number"  # a60 per cent, a250 million: the model's call
    has_digit = False
    for i, piece in enumerate(pieces):
        if piece.isdigit():
            prev = pieces[i - 1] if i else ""
            if year_head:
                has_digit = True
                continue
            if not (prev.islower() and (len(prev) >= 3 or (function_head and len(piece) >= 2))):
                return None  # product codes and model numbers: iPhone15, H100, mp3
            has_digit = True
        elif zipf(piece) < 2.0 and not (function_head and i == 1 and len(piece) >= 3):
            return None  # a rare piece, unless a function word precedes a name: ofFerussina
    head = first.islower() and first not in FUNCTION_WORDS and first not in LINK_HEADS
    if head and not technical and _word_then_number(pieces):
        return tuple(pieces), "number"  # reaching453, over900: the model's call
    if head and (technical or not _glued_case(pieces)):
        return None  # code identifiers: fileName, drawImageAt
    if first[0].isupper() and not year_head:
        lowered = [p.lower() for p in pieces]
        if not all(bigram_count(a, b) >= _PASCAL_BIGRAM for a, b in itertools.pairwise(lowered)):
            return None  # brands: PowerControl, SmartBoost, ChooseMyPlate
    kind = "digit" if has_digit else ("camel" if first.islower() else "pascal")
    return tuple(pieces), kind


_NAME_GLUE_WORD = 5  # letters of a content word glued after a name: Tonalpopping


def _name_then_word(parts: tuple[str, ...], document: DocumentWords) -> tuple[str, ...]:
    """``parts`` with a last piece such as ``Babbelthe`` cut into the name and the word after it.

    Link text glued on both sides (``calledBabbelthe``) is cut at its case change only; the
    last piece is cut again when it is no word and no name of its own, and it starts with a
    name the document writes alone (not a common or function word: ``Can|on``) and ends with a
    function word or a common word of five letters or more.

    >>> words = DocumentWords("Babbel and Kayak are apps. Babbel teaches. Can you?")
    >>> _name_then_word(("called", "Babbelthe"), words), _name_then_word(("the", "Canon"), words)
    (('called', 'Babbel', 'the'), ('the', 'Canon'))
    """
    last = parts[-1]
    if document.is_name(last):
        return parts
    cut = _name_and_word(last, document)
    return parts if cut is None else (*parts[:-1], *cut)


def _name_and_word(piece: str, document: DocumentWords) -> tuple[str, str] | None:
    """``piece`` (``Babbelthe``, ``Gibertiintroduced``) cut into a name and the word after it.

    The piece is capitalised, no word, and starts with a name the document writes alone
    (not a common or function word) before a function word or a common word of five
    letters or more; None when no such cut exists.
    """
    if len(piece) < 5 or not piece[1:].islower() or not piece[0].isupper():
        return None
    if zipf(piece) >= _NAME_ZIPF:
        return None
    for cut in range(len(piece) - 2, 2, -1):
        name, word = piece[:cut], piece[cut:]
        if (
            document.is_name(name)
            and name.lower() not in FUNCTION_WORDS
            and zipf(name) < _COMMON_ZIPF
            and (
                (word in FUNCTION_WORDS and len(word) > 1)
                or (len(word) >= _NAME_GLUE_WORD and zipf(word) >= _COMMON_ZIPF)
            )
        ):
            return name, word
    return None


# The short function words that may follow a rare name; others end names themselves
# (Levison is no Levis|on, Puebloan no Pueblo|an, Sonicare no Sonic|are)
_NAME_TAIL_WORDS = frozenset("is by in at to of".split())
_NAME_TAIL_LETTERS = 4  # or a function word this long: will, with, from


def _rare_name_and_word(run: str, document: DocumentWords) -> tuple[str, str] | None:
    """``Gibertiintroduced``, ``Scargiverwill``, ``Klookis``: a rare name, then the word after it.

    The cut of :func:`_name_and_word` (a name the document writes alone, then a common
    word or a function word), where the name is rare (Zipf below 3) and no word of
    another language (``Kunst|forum``), and a function word after it is one that ends
    no names: ``is``, ``by``, ``in``, ``at``, ``to``, ``of`` or one of four letters or more.

    >>> words = DocumentWords("Sam Giberti came. Sam Gibertiintroduced him. Levis met Levison.")
    >>> _rare_name_and_word("Gibertiintroduced", words), _rare_name_and_word("Levison", words)
    (('Giberti', 'introduced'), None)
    """
    cut = _name_and_word(run, document)
    if cut is None:
        return None
    name, word = cut
    if zipf(name) >= _NAME_ZIPF or known_elsewhere(name):
        return None
    tail = word not in FUNCTION_WORDS or len(word) >= _NAME_TAIL_LETTERS or word in _NAME_TAIL_WORDS
    return cut if tail else None


def _code_then_function_word(pieces: Sequence[str]) -> bool:
    """``X2is``, ``BLACKFRIDAY20to``, ``FP300which``: a code's number, then a function word.

    A name or code that ends in its number (``Polar Grit X2``, ``Fujifilm X-S20``, a coupon
    code) glued to the function word after it. Not a function word before the number
    (``in2021and``: the number is the glue's other side) nor units and text-speak
    (``4all``, ``2in``).

    >>> _code_then_function_word(["X", "2", "is"]), _code_then_function_word(["in", "2021", "and"])
    (True, False)
    """
    return (
        len(pieces) == 3
        and pieces[1].isdigit()
        and pieces[0].isalpha()
        and pieces[0].lower() not in FUNCTION_WORDS
        and pieces[2] in _NUMBER_FUNCTION_WORDS
    )


def _month_then_date(pieces: Sequence[str]) -> bool:
    """``April2010``, ``January30``, ``Feb2018``: a month's name, then a year or a day.

    A month's abbreviation only before a year.

    >>> [_month_then_date(p) for p in (("Feb", "2018"), ("Feb", "18"), ("April", "30"))]
    [True, False, True]
    """
    if len(pieces) != 2 or not pieces[0][1:].islower():
        return False
    month = pieces[0].lower()
    if month in _MONTHS:
        return _YEAR.fullmatch(pieces[1]) is not None or _DAY.fullmatch(pieces[1]) is not None
    return month in _MONTH_ABBREVIATIONS and _YEAR.fullmatch(pieces[1]) is not None


_KNOWN_NAME_ZIPF = 2.0  # a word or name wordfreq lists: Peru, Gartner, Fleishman


def _listed_name(piece: str) -> bool:
    """A capitalised word of three letters or more that the word lists know: ``Wellington``.

    Such a name after ``in`` or ``on``, in a run the lists do not know, is glue: brands of
    that shape are written so across the web, and the lists have them (``InDesign``,
    ``OnStar``, ``InVision``), while ``inWellington`` and ``onQuora`` are links that lost a
    space. So is one after a sentence's capitalised head (:func:`_capital_head_unwritten`).

    >>> _listed_name("Wellington"), _listed_name("Ponchatoulais"), _listed_name("DNS")
    (True, False, False)
    """
    return len(piece) >= 3 and piece[1:].islower() and zipf(piece) >= _KNOWN_NAME_ZIPF


_CAPITAL_HEADED = re.compile(r"(A|[A-Z][a-z]+)([A-Z][A-Za-z]*)")


def _capital_head(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``TheWaupaca``, ``AtHuso``, ``TheHP``, ``TheMotherDuck``: a capitalised head glued to a name.

    The document must write the name on its own elsewhere and the run only once
    (a brand such as ``TheStreet`` is written the same way each time), unless the head
    is ``The`` and the document shows the name apart from it as often
    (:func:`_the_before_a_name_again`: ``ThePhilips`` above each product). A capitalised
    word of three letters or more may follow a capitalised function word, or, outside prose
    about code, a title (``PresidentDonald``, ``ChefSungchul``) or a word that leads into a
    link (``VisitTravelocity``, ``ClickContinue``, ``RetrievedOctober``); after a title, a
    name the word lists know needs not be written alone (``PresidentDonald``,
    ``KingWilliam``: :data:`_GIVEN_NAME_ZIPF`) when the run is no word itself; a name with
    a second capital (an acronym or a two-piece name) only a word that heads link text
    to a name, in prose not about code: never ``In``, ``On`` or ``To``, which start
    identifiers and terms (``InSAR``, ``OnClick``, ``ToDo``).

    >>> words = DocumentWords("HP makes laptops. TheHP OmniBook is light.")
    >>> _capital_head("TheHP", words), _capital_head("InHP", words)
    (('The', 'HP'), None)
    """
    found = _CAPITAL_HEADED.fullmatch(run)
    if found is None:
        return None
    head, name = found.groups()
    if document.count(run) > 1 and not _the_before_a_name_again(head, name, run, document):
        return None
    if name[1:].islower():
        fits = len(name) >= 3 and (
            head.lower() in _CAPITAL_HEADS
            or (not document.technical and (head in _TITLES or head.lower() in _LINK_LEADS))
        )
    elif any(map(str.isupper, name[1:])):
        fits = head.lower() in _NAME_HEADS and not document.as_code(run)
    else:
        return None
    titled = head in _TITLES and zipf(name) >= _GIVEN_NAME_ZIPF and zipf(run) == 0
    return (head, name) if fits and (document.is_name(name) or titled) else None


def _capital_head_unwritten(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``InPeru``, ``AGartner``: a sentence's capitalised function word glued to a known word.

    The head is a function word, a possessive or a conjunction (:data:`_SENTENCE_HEADS`:
    ``WhileBrady``, ``MyToddler``), the word one wordfreq lists, and the run listed by no
    word list, however often the page writes it (a review glues ``TheLenovo`` above each
    model it links); it is split only where it opens a sentence (:func:`_opens_sentence`:
    mid-sentence it is a brand, ``Garmin InReach``).

    A brand written so is written so on the web too: wordfreq lists ``InVision``,
    ``FromSoftware`` and ``InStyle``, never ``InPeru``.

    >>> words = DocumentWords("It was hot there.")
    >>> _capital_head_unwritten("InPeru", words), _capital_head_unwritten("InVision", words)
    (('In', 'Peru'), None)
    >>> _capital_head_unwritten("AIwill", words)  # an acronym glued to a word
    """
    found = _CAPITAL_HEADED.fullmatch(run)
    if found is None or document.technical or zipf(run) > 0:
        return None
    head, name = found.groups()
    if head.lower() not in _SENTENCE_HEADS or not _listed_name(name):
        return None
    if name[0] == "I" and zipf(name[1:]) >= _COMMON_ZIPF:
        return None
    return (head, name)


def _the_before_a_name_again(head: str, name: str, run: str, document: DocumentWords) -> bool:
    """``ThePhilips`` under each of a review's products: ``The`` glued to a name each time.

    A brand of that shape (``TheStreet``) is written so each time, and its second word
    seldom on its own; the run repeats a lost space when the document also writes
    ``the`` apart before the name, or the name on its own at least as often as the run.
    """
    return head == "The" and (
        document.written_apart(head, name)
        or document.written_apart("the", name)
        or document.counts[name] >= document.count(run)
    )


_WRITTEN_NAME = re.compile(r"([a-z]{3,})([A-Z][a-z]{2,})")
_NAMED_WORD_ZIPF = 4.0  # the common word before the name: designers|Pnina, stars|Ayra


def _word_then_written_name(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``designersPnina``, ``starsAyra``: a common word glued to a name the document writes alone.

    The name is rare (Zipf below 3: a common word after it may make a brand, ``wikiHow``)
    and written on its own elsewhere in the document; the word is common and starts no
    identifiers, and the document is not about code.

    >>> words = DocumentWords("Pnina Tornai dressed her. She wore the wikiHow shirt. How?")
    >>> _word_then_written_name("designersPnina", words), _word_then_written_name("wikiHow", words)
    (('designers', 'Pnina'), None)
    """
    found = _WRITTEN_NAME.fullmatch(run)
    if found is None or document.technical:
        return None
    word, name = found.groups()
    if word in IDENTIFIER_HEADS or zipf(word) < _NAMED_WORD_ZIPF or zipf(name) >= _NAME_ZIPF:
        return None
    return (word, name) if document.is_name(name) else None


def _glued_case(pieces: list[str]) -> bool:
    """``describeNicole``, ``philosopherMax``: a common word, then a common capitalised one.

    Not a word that starts identifiers (``useState``, ``orderDate``), and both of three
    letters or more: two letters head brands (``pgAdmin``, ``dbForge``, ``ezCater``).
    """
    if len(pieces) != 2 or pieces[0] in IDENTIFIER_HEADS or min(map(len, pieces)) < 3:
        return False
    return zipf(pieces[0]) >= _CASE_GLUE_ZIPF and zipf(pieces[1]) >= _CASE_GLUE_ZIPF


def _function_number_word(pieces: Sequence[str]) -> bool:
    """``and400individual``, ``with300students``: a link's number glued to the words either side.

    A function word (or a word that leads into a link) of two letters or more, a number of
    two to four digits, and a common lower-case word of four letters or more (no unit's
    abbreviation nor an ordinal's or plural's ending: ``in5km``, ``in1980s``).

    >>> _function_number_word(["and", "400", "courses"]), _function_number_word(["sha", "2", "sum"])
    (True, False)
    """
    if len(pieces) != 3:
        return False
    head, number, word = pieces
    return (
        ((head in FUNCTION_WORDS and len(head) > 1) or head in LINK_HEADS)
        and number.isdigit()
        and 2 <= len(number) <= 4
        and word.islower()
        and len(word) >= 4
        and zipf(word) >= _COMMON_ZIPF
    )


def _ordinal_suffix(number: str) -> str:
    """The suffix English writes after ``number`` as an ordinal.

    >>> [_ordinal_suffix(n) for n in ("1", "2", "3", "4", "11", "12", "13", "21", "102")]
    ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'st', 'nd']
    """
    n = int(number[-2:])
    if 11 <= n <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_ORDINAL_WORD = 4  # letters of a common word glued after an ordinal (19thcentury)
_ORDINAL_WORD_ZIPF = 3.0  # its Zipf frequency: 95thpercentile, not 1stdibs


def _ordinal_then_word(pieces: list[str]) -> tuple[str, ...] | None:
    """``19thcentury``, ``21stCentury``, ``3rdand``: an ordinal glued to the word after it.

    The suffix is the number's own (``1st``, ``12th``, ``23rd``), and the word after it is
    capitalised, a function word of three letters or more, or a common word of four
    letters or more; not ``1stdibs`` (a rare word), nor ``7that`` and ``2024that``, where
    a number is glued to "that" (``th`` and ``at`` would leave a word of two letters).

    >>> runs = ("19thcentury", "5thSt", "7that", "1stdibs")
    >>> [_ordinal_then_word(_CAMEL.findall(r)) for r in runs]
    [('19th', 'century'), ('5th', 'St'), None, None]
    """
    number, suffix = pieces[0], _ordinal_suffix(pieces[0])
    if len(pieces) == 2 and pieces[1].startswith(suffix):
        word = pieces[1][len(suffix) :]
        common = len(word) >= _ORDINAL_WORD and zipf(word) >= _ORDINAL_WORD_ZIPF
        if not (common or (len(word) >= 3 and word in FUNCTION_WORDS)):
            return None
    elif len(pieces) == 3 and pieces[1] == suffix and pieces[2].istitle():
        word = pieces[2]
    else:
        return None
    return number + suffix, word


def _number_then_word(pieces: list[str]) -> tuple[tuple[str, ...], str] | None:
    """``2003study``, ``300experiment``: a number of two digits or more, then a common word.

    Not a unit or an ordinal (``10pm``, ``5km``, ``3rd``, ``1980s``), unless a word is
    glued after the ordinal (``19thcentury``: :func:`_ordinal_then_word`). One digit
    before a common word of five letters or more (``2illustrates``, ``3summarizes``; not
    ``4ever``) is the model's call.
    """
    ordinal = _ordinal_then_word(pieces)
    if ordinal is not None:
        return ordinal, "digit"
    if len(pieces) != 2 or not pieces[1].islower():
        return None
    word = pieces[1]
    measured = _measure_then_words(word)
    if measured is not None:
        return (pieces[0], *measured), "digit"  # 1cupsemisweet, 50gramssourdough, 12slices
    if word in UNITS:
        return None
    if word in _NUMBER_FUNCTION_WORDS:
        return tuple(pieces), "number"  # Forerunner 970is, Peregrine 16or, Outpost 7that
    if len(word) < 3 or zipf(word) < _NUMBER_WORD_ZIPF:
        if _YEAR.fullmatch(pieces[0]) and len(word) >= 4 and zipf(word) >= _YEAR_WORD_ZIPF:
            return tuple(pieces), "digit"  # 2024begs, 1971extends: a year, then a word
        words = _words_after_number(word) if len(pieces[0]) >= 2 else None
        return None if words is None else ((pieces[0], *words), "digit")
    if len(pieces[0]) < 2:
        return (tuple(pieces), "number") if len(word) >= _DIGIT_WORD else None
    return tuple(pieces), "digit"


def _words_after_number(word: str) -> tuple[str, ...] | None:
    """``datashows`` after ``2025``: the link text after a number glued to the word after it.

    The segmenter's split into two or more words, the first a common word (Zipf 4) and
    no unit (``2025datashows``, ``2014studypublished``; not ``5000mahbattery``).

    >>> _words_after_number("datashows"), _words_after_number("mahbattery")
    (('data', 'shows'), None)
    """
    parts = segment(word)
    if parts is None or len(parts) < 2 or not _plausible_segmentation(parts):
        return None
    first = parts[0]
    return parts if first not in UNITS and zipf(first) >= _NUMBER_WORD_ZIPF else None


# A recipe's or a shop's measures, spelled out: written apart from their number in prose
# (1 cup, 50 grams), unlike the abbreviated units (1lb, 5km: UNITS).
_MEASURES = tuple(
    sorted(
        """cup cups teaspoon teaspoons tablespoon tablespoons gram grams kilogram kilograms
        pound pounds ounce ounces slice slices large medium small clove cloves pinch stick
        sticks quart quarts pint pints liter liters litre litres package packages""".split(),
        key=len,
        reverse=True,
    )
)


def _measure_then_words(word: str) -> tuple[str, ...] | None:
    """``cupsemisweet`` -> ``cup``, ``semisweet``: a measure and the words glued after it.

    The measure alone (``slices``), followed by a known word (``sourdough``) or by words
    the segmenter splits (``largeeggs``); of the measures ``word`` starts with, the one
    that leaves the fewest pieces.

    >>> [_measure_then_words(w) for w in ("cupsemisweet", "slices", "cupid")]
    [('cup', 'semisweet'), ('slices',), None]
    """
    found: list[tuple[str, ...]] = []
    for measure in _MEASURES:
        if not word.startswith(measure):
            continue
        rest = word[len(measure) :]
        if not rest:
            return (measure,)
        if len(rest) >= 3 and zipf(rest) >= _MEASURED_WORD_ZIPF:
            found.append((measure, rest))
        else:
            parts = segment(rest)
            if parts is not None and _plausible_segmentation(parts):
                found.append((measure, *parts))
    # fewest pieces, then the commonest rarest piece: teaspoon|salt, not teaspoons|alt
    return min(found, key=lambda f: (len(f), -min(map(zipf, f[1:]))), default=None)


_NUMBER_THEN_FUNCTION_WORD = re.compile(r"(\d{1,4})([a-z]{2,5})([A-Z][A-Za-z]*)?")
# Function words glued after a name's number (not text-speak: 4you, 2be; nor units: 2in)
_AFTER_A_NAMED_NUMBER = frozenset(
    "and or is was are were to will with from for that as at on by of can has have".split()
)
_NAME_THEN_SPACE = re.compile(r"[A-Z][A-Za-z\d&-]*[ \t]\Z")  # Fighter , BCP , S&P
_NAME_WINDOW = 48  # characters looked at for the name before the number


def _number_after_a_name(text: str, start: int, run: str) -> tuple[str, ...] | None:
    """``Street Fighter 6is``, ``Forerunner 970or``: a name's number glued to a function word.

    The run at ``start`` is a number of one to four digits and a function word that is
    no unit or text-speak (``2in``, ``4all``), perhaps glued to a capitalised word in
    turn (``Halo 3andFallout``), after a capitalised word and a space: split by rule,
    also where the document repeats the run (each review of the Forerunner 970 glues it
    the same way).

    >>> _number_after_a_name("The Forerunner 970is good", 15, "970is")
    ('970', 'is')
    >>> _number_after_a_name("Buy 2 for 970is good", 11, "970is")
    """
    found = _NUMBER_THEN_FUNCTION_WORD.fullmatch(run)
    if found is None or found.group(2) not in _AFTER_A_NAMED_NUMBER:
        return None
    if _NAME_THEN_SPACE.search(text, max(0, start - _NAME_WINDOW), start) is None:
        return None
    return tuple(part for part in found.groups() if part)


# A reference's label glued to its number: "ISBN978-0-14-029875-8", "PMID18523023". Not PMC,
# whose identifiers are written with their letters (PMC2409139), nor DOIs.
_LABELLED_NUMBER = re.compile(r"(ISBN|ISSN|PMID|JSTOR|OCLC|LCCN)([0-9]+)")
# An article or a possessive's s glued to a capitalised word: the dictionary's "asocial",
# "theirs" and "score" are never written aSocial, theIRS or (Kadek’s)sCore.
_CASED_AFTER_ARTICLE = re.compile(r"(?:a|an|the|s)[A-Z]")


def _label_before_a_number(run: str) -> tuple[str, ...] | None:
    """``ISBN978``, ``PMID18523023``: a reference's label glued to its number.

    >>> _label_before_a_number("ISBN978"), _label_before_a_number("PMC2409139")
    (('ISBN', '978'), None)
    """
    found = _LABELLED_NUMBER.fullmatch(run)
    return None if found is None else (found.group(1), found.group(2))


# A determiner glued to a number that an ordinal's ending, a unit's capitals, a per cent sign
# or a hyphenated word shows to be a quantity: "the15th", "a4K", "a60%", "a10-cup".
_DETERMINERS = frozenset("a an the this that her his its our their your every each".split())
_DETERMINED_NUMBER = re.compile(r"([A-Za-z]{1,5})([0-9]{1,4})(st|nd|rd|th|[A-Z]{1,2})?")
_QUANTITY_AFTER = re.compile(r"%|\.[0-9]+%|-[a-z]{2,}")


def _determiner_before_a_number(text: str, end: int, run: str) -> tuple[str, ...] | None:
    """``the15th``, ``a4K``, ``a60%``, ``a10-cup``: a determiner glued to the quantity after it.

    The run ending at ``end`` is a determiner (lower-case or capitalised) and a number with an
    ordinal's ending or a unit's one or two capitals (``4K``, ``5MP``, ``3D``), or a number that
    a per cent sign or a hyphenated word follows. A capital ``A`` alone only before a per cent
    sign: ``A4``, ``A320`` and ``A5-sized`` are names and sizes.

    >>> [_determiner_before_a_number(t, len(r), r) for t, r in (("the15th", "the15th"),
    ...     ("a60%", "a60"), ("a10-cup", "a10"), ("A4-sized", "A4"), ("the4K", "the4K"))]
    [('the', '15th'), ('a', '60'), ('a', '10'), None, ('the', '4K')]
    """
    found = _DETERMINED_NUMBER.fullmatch(run)
    if found is None:
        return None
    head, number, tail = found.groups()
    if head.lower() not in _DETERMINERS or (not head[1:].islower() and len(head) > 1):
        return None
    if tail is None:
        after = _QUANTITY_AFTER.match(text, end)
        if after is None or (head == "A" and not after.group().endswith("%")):
            return None
    elif tail[0].isupper() and head == "A":
        return None
    return head, number + (tail or "")


# A word glued to the date after it: a month's name (or its abbreviation) that a day or year
# follows ("RetrievedMay 15,2017", "UpdatedFebruary 12", "OnJuly 4"), a day that a month's
# name follows ("Retrieved21 April2018") or a year that an ISO date's month and day follow
# ("Retrieved2012-05-10"): a citation's glue, repeated under every reference.
_WORD_THEN_MONTH = re.compile(rf"([A-Z][a-z]+)({_MONTH_NAME})")
_DATE_AFTER = re.compile(r" [0-9]{1,4}\b")
_WORD_THEN_DAY = re.compile(r"([A-Za-z][a-z]+)([1-9]|[12][0-9]|3[01])")
_MONTH_AFTER = re.compile(rf" (?:{_MONTH_NAME})(?![a-z])")
_WORD_THEN_YEAR = re.compile(r"([A-Za-z][a-z]+)((?:19|20)[0-9][0-9])")
_MONTH_DAY_AFTER = re.compile(r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])\b")


def _word_before_a_date(text: str, end: int, run: str) -> tuple[str, ...] | None:
    """``RetrievedMay 15,2017``, ``Retrieved21 April``: a word glued to the date after it.

    The run ending at ``end`` is a word of two letters or more glued to the start of a
    date: a month's name or abbreviation that a space and a day or a year follow (the
    word capitalised), a day that a space and a month's name follow, or a year that an
    ISO date's month and day follow. Split by rule (a citation repeats its glue under
    every reference, so also where the document repeats the run). Not a month glued to
    the word after it (``NovemberThumbtack``), which is the other rules' call, nor a
    name prefix's surname (``DeMarch``).

    >>> _word_before_a_date("Variety. RetrievedJul 3,2020.", 21, "RetrievedJul")
    ('Retrieved', 'Jul')
    >>> _word_before_a_date("Variety. Retrieved21 April2018.", 20, "Retrieved21")
    ('Retrieved', '21')
    >>> _word_before_a_date("Archived. Retrieved2012-05-10.", 23, "Retrieved2012")
    ('Retrieved', '2012')
    >>> _word_before_a_date("the OnMay app", 9, "OnMay") is None
    True
    >>> _word_before_a_date("the Galaxy21 Ultra", 15, "Galaxy21") is None
    True
    """
    found = _WORD_THEN_MONTH.fullmatch(run)
    if found is not None and _DATE_AFTER.match(text, end) is not None:
        if found.group(1).lower() in NAME_PREFIXES:
            return None  # a surname: DeMarch, McMay
        return found.group(1), found.group(2)
    found = _WORD_THEN_DAY.fullmatch(run)
    if found is not None and _MONTH_AFTER.match(text, end) is not None:
        return found.group(1), found.group(2)
    found = _WORD_THEN_YEAR.fullmatch(run)
    if found is not None and _MONTH_DAY_AFTER.match(text, end) is not None:
        return found.group(1), found.group(2)
    return None


def _split_by_position(text: str, start: int, run: str) -> tuple[tuple[str, ...], str] | None:
    """The rules that split ``run`` at ``start`` by what stands around it, with their kind.

    A name's number glued to a function word (``Forerunner 970is``), a word glued to the
    date after it (``Retrieved24 Feb``), a determiner glued to a quantity (``the15th``) and
    a reference's label glued to its number (``ISBN978``) and a row of buttons glued
    together (``SoundcoreView on``): each split by rule, also where the document repeats the
    run.

    >>> _split_by_position("By the15th century", 3, "the15th")
    (('the', '15th'), 'digit')
    """
    end = start + len(run)
    named_number = _number_after_a_name(text, start, run)
    if named_number is not None:
        return named_number, "digit"
    dated = _word_before_a_date(text, end, run)
    if dated is not None:
        return dated, "camel"
    quantity = _determiner_before_a_number(text, end, run) or _label_before_a_number(run)
    if quantity is not None:
        return quantity, "digit"
    button = _button_again(text, start, run)
    return None if button is None else (button, "camel")


# A line of buttons that lost the spaces between them: "View on SoundcoreView on Amazon"
_BUTTON = re.compile(r"([A-Z][a-z]{2,}) ([a-z]{2,4}) ")
_BUTTON_WINDOW = 64  # characters looked back for the start of the line


def _button_again(text: str, start: int, run: str) -> tuple[str, ...] | None:
    """``View on SoundcoreView on Amazon``: a line's first words again, glued to the one before.

    The line (starting at most 64 characters before the run) opens with a capitalised word
    and a short lower-case one (``View on``, ``Shop at``); the run ends with that first word
    and the same short word follows it: the next button of the row.

    >>> _button_again("View on SoundcoreView on Amazon", 8, "SoundcoreView")
    ('Soundcore', 'View')
    >>> _button_again("View on ReviewView of it", 8, "ReviewView") is None
    True
    """
    line = text.rfind("\n", max(0, start - _BUTTON_WINDOW), start) + 1
    if line == 0 and start > _BUTTON_WINDOW:
        return None
    found = _BUTTON.match(text, line, start)
    if found is None:
        return None
    word, joiner = found.groups()
    head = run[: -len(word)]
    if len(head) < 2 or not run.endswith(word):
        return None
    end = start + len(run)
    if text[end : end + len(joiner) + 2].lower() != f" {joiner} ":
        return None
    return head, word


def _word_then_number(pieces: list[str]) -> bool:
    """``reaching453``, ``using1``: a common word, then a number of one to three digits.

    Identifiers are shaped so too (``base64``, ``win32``, ``web3``): a run written twice is never
    glue, and the model weighs the rest. Longer numbers make user names (``paul2009``,
    ``chris7273``) and passwords.
    """
    return (
        len(pieces) == 2
        and pieces[1].isdigit()
        and 1 <= len(pieces[1]) <= 3
        and len(pieces[0]) >= 3
        and zipf(pieces[0]) >= _NUMBER_WORD_ZIPF
    )


def _plausible_segmentation(parts: tuple[str, ...]) -> bool:
    """Vetoes on a segmentation that no training data could teach the model.

    Single letters only "a" and "I"; no ending such as ``ing`` or ``ian`` after a
    content word; and no compound head, derivational ending or productive prefix
    without a function word among the parts (``newsperson``, ``explain+ability``,
    ``over+delivering``): such words are real even when no dictionary has them.
    """
    lowered = [p.lower() for p in parts]
    if any(len(p) == 1 and p not in {"a", "i"} for p in lowered):
        return False
    # the article first counts as a function word (awide); aside and aboard are vouched for
    has_function = lowered[0] == "a" or any(len(p) > 1 and p in FUNCTION_WORDS for p in lowered)
    if any(
        p in SUFFIX_PIECES and lowered[i - 1] not in FUNCTION_WORDS
        for i, p in enumerate(lowered)
        if i
    ):
        return False
    return has_function or not (lowered[-1] in COMPOUND_HEADS or lowered[0] in WORD_PREFIXES)


def _prefix_veto(run: str) -> bool:
    """Name and brand prefixes before a capital (McDonald, DeSantis, eBay, iPhone) stay whole.

    ``in`` and ``on`` before a common capitalised word are glue (``inInsurance``).
    """
    pieces = _CAMEL.findall(run)
    if len(pieces) < 2 or not pieces[1][:1].isupper():
        return False
    first = pieces[0].lower()
    if first in {"in", "on"} and pieces[0].islower() and zipf(pieces[1]) >= _COMMON_ZIPF:
        return False
    return first in NAME_PREFIXES or first in BRAND_PREFIXES


def _typo_of_common_word(run: str) -> bool:
    """A common word with one letter typed twice or left out (``Aweesome``, ``aways``).

    Such a run is a typo: splitting it makes nonsense (``A wee some``, ``a ways``).
    """
    lowered = run.lower()
    if len(lowered) < _TYPO_MIN_LENGTH:
        return False
    variants = {
        lowered[:i] + lowered[i + 1 :]
        for i in range(1, len(lowered))
        if lowered[i] == lowered[i - 1]
    }
    if any(zipf(v) >= _COMMON_ZIPF for v in variants):
        return True
    return lowered in _common_words_less_a_letter()


@cache
def _common_words_less_a_letter() -> frozenset[str]:
    """Each very common word with one letter a-z (not its first) left out: ``aways``."""
    return frozenset(
        word[:i] + word[i + 1 :]
        for word in common_words(_VERY_COMMON_ZIPF)
        for i in range(1, len(word))
        if word[i] in _LETTERS
    )


def _cuts(parts: Sequence[str]) -> set[int]:
    """The offsets in the run where ``parts`` cut it.

    >>> sorted(_cuts(("of", "King", "and", "Jupiter")))
    [2, 6, 9]
    """
    return set(itertools.accumulate(len(p) for p in parts[:-1]))


def _cased_cut(left: str, right: str, document: DocumentWords) -> bool:
    """Whether a cased split may cut between ``left`` and ``right`` (see :func:`_cased_parts`)."""
    if left == "I" and right[0].isupper():
        return False  # an interface's name: IHttpClientFactory
    if len(left) == 1 and len(right) == 1:
        return False  # AAA
    if right.islower():
        # no change of case here: not inside a word (Chrome|books, Gray|scale, In|line)
        return zipf(left + right) == 0
    if left.islower():
        # the change of case: recent|Forbes; in prose about code only after a word that
        # heads link text, as for camelCase (and|Forbes; not status|Text, format|Address)
        return not document.technical or left in FUNCTION_WORDS or left in LINK_HEADS
    # two capitalised words: a function word, a pair English writes often or the
    # document writes apart; not brands and identifiers (StreamElements, HttpClient)
    return (
        left.lower() in FUNCTION_WORDS
        or right.lower() in FUNCTION_WORDS
        or bigram_count(left, right) >= _PASCAL_BIGRAM  # case ignored
        or document.written_apart(left, right)
    )


def _cased_parts(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``betweenMediumandHigh``, ``recentForbesfeature``: words cut at every change of case.

    The segmenter's split of a mixed-case run into lower-case and capitalised words,
    cutting at every change from lower to upper case. :func:`_camel_parts` turns such
    runs down (two capitals or more, a rare piece) and :func:`document_parts` needs the
    document to name them; whether this split is glue or an identifier
    (``handleStatusChange``) is the model's call, after the vetoes of :func:`_cased_cut`.

    >>> words = DocumentWords("")
    >>> [_cased_parts(run, words) for run in ("recentForbesfeature", "iPhone", "WireGuard")]
    [('recent', 'Forbes', 'feature'), None, None]
    """
    parts = segment(run)
    if parts is None or not _plausible_segmentation(parts):
        return None
    if not all(p.islower() or p.istitle() for p in parts) or splits_a_word(run, parts, document):
        return None
    cuts = _cuts(parts)
    if any(m.start() not in cuts for m in _LOWER_UPPER.finditer(run)):
        return None
    pairs = list(itertools.pairwise(parts))
    if parts[0].islower() and any(a.istitle() and b.istitle() for a, b in pairs):
        return None  # a code identifier's shape: drawImageAt, handleStatusChange
    if not all(_cased_cut(a, b, document) for a, b in pairs):
        return None
    return parts


_ACRONYM_BETWEEN = re.compile(r"([a-z]+)([A-Z]{2,6})([a-z]{3,})")
_ACRONYM_WORD_ZIPF = 3.0  # the words glued either side of an acronym: publicIPaddress


def _acronym_between(run: str) -> tuple[str, ...] | None:
    """``theVPNprovider``, ``publicIPaddress``, ``testingGPUsand``: an acronym between two words.

    A function word, a word that heads link text or a common word, an acronym of two to
    six capitals (perhaps a plural's ``s``), then a common word; not where the acronym's
    last capital may start a word of its own (``likeECOChat``: ``Chat``). On the real
    glue of ``data/pages`` no gold text has such a run.

    >>> [_acronym_between(run) for run in ("theVPNprovider", "testingGPUsand", "likeECOChat")]
    [('the', 'VPN', 'provider'), ('testing', 'GPUs', 'and'), None]
    """
    found = _ACRONYM_BETWEEN.fullmatch(run)
    if found is None:
        return None
    head, acronym, tail = found.groups()
    if len(head) == 1 and head != "a":
        return None  # gRPC, iOS, eBay
    if head not in FUNCTION_WORDS and head not in LINK_HEADS and zipf(head) < _ACRONYM_WORD_ZIPF:
        return None
    plural = tail[0] == "s" and (
        tail[1:] in FUNCTION_WORDS
        or (not _known_after_acronym(tail) and _known_after_acronym(tail[1:]))
    )
    if plural:
        acronym, tail = acronym + "s", tail[1:]  # GPUs|and (not GPU|sand), RPMs|for
    if not _known_after_acronym(tail):
        return None
    if not plural and zipf(acronym[-1].lower() + tail) >= _ACRONYM_WORD_ZIPF:
        return None  # the last capital may start the word: ECOC|hat is ECO|Chat
    return head, acronym, tail


def _known_after_acronym(word: str) -> bool:
    """A common word, or a function word of two letters or more, after an acronym."""
    if len(word) == 2:
        return word in FUNCTION_WORDS
    return len(word) >= 3 and zipf(word) >= _ACRONYM_WORD_ZIPF


# Words that head link text before a name but start no identifier (not in, on, is, has, to,
# my: inStockOnly, toLowerCase, isValid, myValidationAlias are code)
_NAME_HEADS = frozenset(
    "the a an of by from at our your their and or for about via like with".split()
)
_COMPOUND_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def _compound_name_after_head(run: str) -> tuple[str, ...] | None:
    """``ofCollegeXpress``, ``byMarketScreener``, ``theTrustFabric``: a head before a name.

    A word that heads link text, glued to a name of two capitalised pieces or more. On
    the real glue of ``data/pages`` 184 such cuts were lost spaces and none was kept;
    one gold token has one (``aBbCcDd``, a pattern's letters).

    >>> _compound_name_after_head("byMarketScreener"), _compound_name_after_head("inStockOnly")
    (('by', 'MarketScreener'), None)
    """
    for i in range(1, min(len(run), 6)):
        if run[i].isupper():
            head, name = run[:i], run[i:]
            if head in _NAME_HEADS and _COMPOUND_NAME.fullmatch(name):
                return head, name
            return None
    return None


_OWN_WORD_ZIPF = 3.5  # a word the lists hardly know: the document's own (dac, pylint)
_OWN_WORD = 3  # letters


def _function_word_and_own_word(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``ofdac``, ``buprenorphineto``: a function word glued to a word the document writes alone.

    The word lists cannot split a run whose other part they hardly know (a name, a
    term, a command); the document can when it writes that part on its own
    elsewhere. Exactly one such cut must exist, and not in a document about code.

    >>> words = DocumentWords("The dac drives the fft. Read it from the dac.")
    >>> _function_word_and_own_word("ofdac", words), _function_word_and_own_word("ofdacs", words)
    (('of', 'dac'), None)
    """
    if document.as_code(run):
        return None
    cuts = []
    for i in range(2, len(run) - 1):
        head, tail = run[:i], run[i:]
        for function, word in ((head, tail), (tail, head)):
            if (
                len(function) > 1
                and function in FUNCTION_WORDS
                and len(word) >= _OWN_WORD
                and document.counts.get(word, 0) > 0
                and zipf(word) < _OWN_WORD_ZIPF
            ):
                cuts.append((head, tail))
    return cuts[0] if len(cuts) == 1 else None


_PREFIX_NAME = re.compile(r"(in|on|my)([A-Z][a-z]{2,})")


def _name_after_prefix_word(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """``inCharleston``, ``onElementor``, ``myCord``: a brand prefix glued to a name.

    ``in``, ``on`` and ``my`` start brands and identifiers (``InDesign``, ``onClick``,
    ``myHeaders``), so before a rare name they are glue only where the document writes
    the name on its own, the run once, and is not about code.

    >>> words = DocumentWords("Charleston is old. It began inCharleston.")
    >>> _name_after_prefix_word("inCharleston", words), _name_after_prefix_word("onClick", words)
    (('in', 'Charleston'), None)
    """
    found = _PREFIX_NAME.fullmatch(run)
    if (
        found is None
        or document.as_code(run)
        or document.count(run) > 1
        or not document.is_name(found.group(2))
    ):
        return None
    return found.group(1), found.group(2)


def _connected_names(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """Names glued through ``and``, ``or``, ``from``…: ``KingandJupiter``, ``ofThailandorCambodia``.

    Two capitalised words with a lower-case connector between them, all three glued:
    the link text on either side of "and" lost its spaces. The word before the connector
    is a word English knows or a name the document writes alone (``OnrampfromMathWorks``
    under a course list), the word with the connector is none (``Holland``, ``Chain``
    and ``Threat`` end so too), and the two names differ (``MarketsandMarkets`` is a
    brand). A function word or link head glued before the first name is cut off too;
    another word there leaves the run to the other splits.

    >>> words = DocumentWords("")
    >>> runs = ("ofKingandJupiter", "HollandAmerica", "MarketsandMarkets")
    >>> [_connected_names(r, words) for r in runs]
    [('of', 'King', 'and', 'Jupiter'), None, None]
    """
    cuts: list[int] = []
    first = len(run)  # where the first capitalised word starts
    for m in _TITLED_BEFORE_TITLE.finditer(run):
        first = min(first, m.start())
        word = m.group()
        connector = next((c for c in _CONNECTORS if word.endswith(c)), None)
        if connector is None or zipf(word) > 0:
            continue
        name = word[: -len(connector)]
        after = _CAMEL.match(run, m.end())
        if (
            len(name) < 3
            or (zipf(name) < _CONNECTED_ZIPF and not document.is_name(name))
            or (after is not None and after.group() == name)
        ):
            continue
        cuts += [m.start() + len(name), m.end()]
    if not cuts:
        return None
    head = run[:first]
    if head and head not in FUNCTION_WORDS and head not in LINK_HEADS:
        return None  # betweenMediumandHigh: the cased split's call
    if head:
        cuts.insert(0, len(head))
    bounds = [0, *cuts, len(run)]
    return tuple(run[a:b] for a, b in itertools.pairwise(bounds))


def _splits_further(run: str, parts: Sequence[str], connected: Sequence[str]) -> bool:
    """Whether ``parts`` make every cut of ``connected`` and more, not inside the last name.

    ``Bells|of|Steel|crumb`` goes further than ``Bells|of|Steelcrumb``, and
    ``National|Park|and|Zion`` than ``NationalPark|and|Zion``; ``Play|and|You|Tube`` cuts
    the name after the connector where its case changes (English seldom writes "you tube").

    >>> run = "PlayandYouTube"
    >>> _splits_further(run, ("Play", "and", "You", "Tube"), ("Play", "and", "YouTube"))
    False
    >>> run = "BellsofSteelcrumb"
    >>> _splits_further(run, ("Bells", "of", "Steel", "crumb"), ("Bells", "of", "Steelcrumb"))
    True
    """
    mine, theirs = _cuts(connected), _cuts(parts)
    if not mine < theirs:
        return False
    ends = dict(zip(itertools.accumulate(len(p) for p in parts), parts, strict=True))
    starts = dict(
        zip(itertools.accumulate((len(p) for p in parts[:-1]), initial=0), parts, strict=True)
    )
    last = len(run) - len(connected[-1])  # where the name after the last connector starts
    return all(
        cut < last
        or not (run[cut - 1].islower() and run[cut].isupper())
        or bigram_count(ends[cut], starts[cut]) >= _PASCAL_BIGRAM
        for cut in theirs - mine
    )


def _propose(run: str, document: DocumentWords) -> Proposal | None:
    """The split proposed for ``run`` (at offset 0), before the document-level vetoes.

    Names glued through a connector (:func:`_connected_names`) are a rule's split: the
    other splits leave them whole (``of|KingandJupiter``) or cut a name (``You|Tube``),
    unless one of them goes further without cutting a name (:func:`_splits_further`).
    """
    proposal = _plain_proposal(run, document)
    if run.islower() or run[1:].islower() or not run.isalpha():
        return proposal  # no capital inside: no names to connect
    connected = _connected_names(run, document)
    if connected is None or (
        proposal is not None and _splits_further(run, proposal.parts, connected)
    ):
        return proposal
    return Proposal(0, run, connected, "camel")


def _plain_proposal(run: str, document: DocumentWords) -> Proposal | None:
    """The split of ``run`` from its case, digits, the document's words and the segmenter."""
    mixed = not run.isalpha() or not (run.islower() or run[1:].islower())
    # "told60".islower() is True: check digits too
    camel = _camel_parts(run, document.has_identifiers) if mixed else None
    if camel is not None:
        return Proposal(0, run, _name_then_word(camel[0], document), camel[1])
    if mixed:  # a word that heads link text glued to a name
        headed = (
            (None if document.about_code else _compound_name_after_head(run))
            or _word_then_written_name(run, document)
            or _name_after_prefix_word(run, document)
            or _capital_head(run, document)
            or (None if document.as_code(run) else _acronym_between(run))
        )
        if headed is not None:
            return Proposal(0, run, headed, "camel")
        unwritten = _capital_head_unwritten(run, document)
        if unwritten is not None:
            return Proposal(0, run, unwritten, _SENTENCE_HEAD)
    if not run.isalpha():
        return None
    if _prefix_veto(run):
        return None
    named_word = None if mixed else _rare_name_and_word(run, document)  # capitalised runs only
    if named_word is not None:
        return Proposal(0, run, named_word, "camel")  # Gibertiintroduced, Scargiverwill
    named = mixed or (
        run[0].isupper()
        and any(
            document.is_name(run[:k]) and zipf(run[:k]) < _NAME_ZIPF for k in range(2, len(run) - 1)
        )
    )
    parts = document_parts(run, document) if named else None
    if parts is not None and not _plausible_segmentation(parts):
        parts = None
    # Plain words: the segmenter decides, unless the document names the first part
    # (``Trustpilot|and``, ``Jobber|to|run``).
    if not mixed and not (parts and document.is_name(parts[0]) and zipf(parts[0]) < _NAME_ZIPF):
        plain = segment(run)
        if plain is not None:
            plain = merge_known(plain, document)
        if plain is None or len(plain) < 2 or not _plausible_segmentation(plain):
            own = _function_word_and_own_word(run, document) if run.islower() else None
            return None if own is None else Proposal(0, run, own, "mixed")
        if _typo_of_common_word(run):
            return None
        return Proposal(0, run, plain, "segment")
    if parts:
        return Proposal(0, run, parts, "mixed")
    cased = _cased_parts(run, document) if mixed else None
    return Proposal(0, run, cased, "cased") if cased else None


def _may_be_glue(run: str) -> bool:
    """Whether ``run`` (a maximal letter/digit run) may be glued words at all.

    Two characters only when an article is glued to a digit (``a5%``, ``a7-day``:
    :func:`_determiner_before_a_number` says where).

    >>> _may_be_glue("a5"), _may_be_glue("x5"), _may_be_glue("saysFacebook")
    (True, False, True)
    """
    if len(run) == 2 and _ARTICLE_DIGIT.fullmatch(run):
        return True
    if not 3 <= len(run) <= _MAX_RUN or run.isdigit():
        return False
    if run.isupper():
        return _LABELLED_NUMBER.fullmatch(run) is not None  # ISBN978: the rest is an acronym
    return _CASED_AFTER_ARTICLE.match(run) is not None or not vouched(run)


# Runs already known never to be candidates, so that each document asks only about the
# runs it adds (one set difference, not a look-up per run). Cleared when it grows too big.
_SETTLED: set[str] = set()
_SETTLED_MAX = 1 << 18


def _candidate_runs(runs: KeysView[str]) -> list[str]:
    """The distinct ``runs`` that nothing vouches for, in no particular order."""
    candidates = []
    for run in itertools.filterfalse(_SETTLED.__contains__, runs):  # no set of every run built
        if _may_be_glue(run):
            candidates.append(run)
        else:
            _SETTLED.add(run)
    if len(_SETTLED) > _SETTLED_MAX:
        _SETTLED.clear()
    return candidates


def _occurrences(text: str, runs: list[str], counts: Mapping[str, int]) -> list[tuple[int, str]]:
    """Where ``runs`` occur in ``text`` as whole letter/digit runs, in order of position.

    ``counts`` says how often the text writes each run (:attr:`DocumentWords.counts`). A
    few runs are found by string search, each only until its last occurrence (a whole run
    cannot overlap another, nor start inside a longer run the search passed over), many by
    one scan of every run; both are linear in the text.

    >>> text = "saysFacebook, not Facebook; saysFacebook"
    >>> _occurrences(text, ["saysFacebook"], DocumentWords(text).counts)
    [(0, 'saysFacebook'), (28, 'saysFacebook')]
    """
    if len(runs) > _SEARCHED_RUNS:
        wanted = set(runs)
        return [(m.start(), m.group()) for m in _LONG_RUN.finditer(text) if m.group() in wanted]
    found: list[tuple[int, str]] = []
    n = len(text)
    for run in runs:
        left = counts[run]
        start = text.find(run) if left else -1
        while start >= 0:
            end = start + len(run)
            if (start == 0 or text[start - 1] not in _ALNUM) and (
                end == n or text[end] not in _ALNUM
            ):
                found.append((start, run))
                left -= 1
                if not left:
                    break
            start = text.find(run, end)
    found.sort()
    return found


_PREVIOUS_WORD = re.compile(r"([A-Za-z]+) \Z")
_NEXT_WORD = re.compile(r" ([A-Za-z]+)")
_FUNCTION_OR_NONE = FUNCTION_WORDS | {""}


_APART = (0.0, 0.0)
_BIGRAM_FLOOR = 6_400_000  # the least count symspellpy's bigram list holds
_BIGRAM_ZIPF_OFFSET = 6.0  # log10 of 1e18 / the tokens behind the bigram list (about 1e12)


def _association(first: str, second: str) -> float:
    """How much more often English writes ``first second`` than chance (log10, clipped to ±3).

    A pair the bigram list lacks scores at most 0: below 0 only when the two words are
    common enough that the list would hold them had English written them together
    (``the|of``); rare words the list lacks say nothing (``socks|due``: 0). 0 when either
    word is unknown.

    >>> _association("due", "to") > 2, _association("the", "of") < -1, _association("socks", "due")
    (True, True, 0.0)
    """
    za, zb = zipf(first), zipf(second)
    if not (za and zb):
        return 0.0
    count = bigram_count(first, second)
    chance = _BIGRAM_ZIPF_OFFSET - za - zb
    if not count:
        return max(-3.0, min(0.0, math.log10(_BIGRAM_FLOOR) + chance))
    return min(3.0, math.log10(count) + chance)


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words a single space before and after the run at ``start:end`` ("" for none).

    >>> _neighbours("He said thebest way", 8, 15), _neighbours("(thebest) way", 1, 8)
    (('said', 'way'), ('', ''))
    """
    before = _PREVIOUS_WORD.search(text, max(0, start - _MAX_RUN), start)
    after = _NEXT_WORD.match(text, end)
    return (before.group(1) if before else "", after.group(1) if after else "")


def _neighbour_assoc(left: str, right: str, proposal: Proposal) -> tuple[float, float]:
    """:func:`_association` of ``left`` and the first part, and of the last part and ``right``."""
    return _association(left, proposal.parts[0]), _association(proposal.parts[-1], right)


def _neighbour_fit(left: str, right: str, proposal: Proposal) -> tuple[int, int]:
    """How often English writes each neighbour next to the part beside it: ``said|the``.

    The bigram counts of the word before the run (``left``) and its first part, and of its
    last part and the word after (``right``; :func:`_neighbours`). A split that restores
    lost spaces usually reads on into its neighbours; a rare word cut into pieces seldom
    does. A function word pairs with almost anything, so only a content word counts (0
    otherwise, and without such a neighbour).

    >>> p = Proposal(0, "thebest", ("the", "best"), "segment")
    >>> [n > 0 for n in _neighbour_fit("said", "way", p)]
    [True, True]
    >>> _neighbour_fit("of", "", p)
    (0, 0)
    """
    return (
        bigram_count(left, proposal.parts[0]) if left.lower() not in _FUNCTION_OR_NONE else 0,
        bigram_count(proposal.parts[-1], right) if right.lower() not in _FUNCTION_OR_NONE else 0,
    )


def _glued_before_edge(proposal: Proposal | None, text: str, end: int) -> bool:
    """A run before ``'`` or ``-`` that is glue: ``andplant-based``, ``arechef’s``.

    It must split around a function word (or be the article before a compound:
    ``agame-changer``, or before a hyphen two common words of which the second starts a
    lower-case compound: ``favoritehigh-protein``, for the model to decide), and not be a
    dropped g (``cancellin’``) or the first half of a double-barrelled name
    (``Balland-Poirier``).
    """
    if proposal is None or proposal.kind != "segment":
        return False
    parts = proposal.parts
    hyphen = text[end] == "-"
    # the article before a compound: agame-changer, apoint-and-shoot
    article = hyphen and parts[0] == "a" and _article_and_word(parts)
    # a common word before a compound whose first half is a common word: favoritehigh-protein
    words = (
        hyphen
        and len(parts) == 2
        and proposal.run.islower()
        and len(parts[1]) >= 3
        and text[end + 1 : end + 2].islower()
        and all(zipf(p) >= _COMMON_ZIPF for p in parts)
    )
    if not (article or words or has_function_word(parts)):
        return False
    if hyphen:
        return not (proposal.run[0].isupper() and text[end + 1 : end + 2].isupper())
    return not proposal.run.endswith("in")


def _glued_after_hyphen(proposal: Proposal | None, text: str, start: int) -> bool:
    """A compound's last half glued to the next words: ``game-changerin``, ``long-termfinancial``.

    The run (at ``start``, after the hyphen) is lower case and splits around a function word
    after its first part (``top-levelworkflowsin``); or the compound's first half is a common
    word and the run splits into words (``long-termfinancial``) or at a case change
    (``ever-capablePhilips``, ``9-year-oldDaniela``), but not after a name that is no
    word (``systemd-firstboot``: a command).
    """
    if proposal is None:
        return False
    if proposal.kind == "digit" and _code_then_function_word(_CAMEL.findall(proposal.run)):
        return True  # a model's code after its hyphen: X-S20is, ESP32-C6to
    lower = proposal.kind == "segment" and proposal.run.islower()
    if lower and has_function_word(proposal.parts[1:]):
        return True
    if not (lower or proposal.kind == "camel"):
        return False
    head = _WORD_END.search(text, max(0, start - 1 - _MAX_RUN), start - 1)
    return head is not None and zipf(head.group()) >= _COMMON_ZIPF


_LOWER_HEAD = re.compile(r"[a-z]{3,}(?=[A-Z][a-z])")


def _name_after_compound(run: str) -> Proposal | None:
    """A compound's last half glued to a capitalised word: ``early-floweringClematis``.

    ``run`` follows a hyphen after a letter or digit. Its lower-case head, then a
    capital and lower-case letters, is glue at the change of case (on the real glue
    of ``data/pages`` 68 such cuts were lost spaces and two were not: a slug,
    ``Using-remoteStorage-for``, and an ID); the head is split too where it splits
    around a function word (``Michelin-recognizedandJames``).

    >>> _name_after_compound("recognizedandJames").parts
    ('recognized', 'and', 'James')
    >>> _name_after_compound("floweringClematis").parts, _name_after_compound("based")
    (('flowering', 'Clematis'), None)
    """
    found = _LOWER_HEAD.match(run)
    if found is None:
        return None
    head = found.group()
    pieces = None if vouched(head) else segment(head)
    if pieces is None or not has_function_word(pieces):
        pieces = (head,)
    return Proposal(0, run, (*pieces, run[found.end() :]), "camel")


def _clitic_glue(text: str, start: int, run: str) -> Proposal | None:
    """A word glued to the clitic before it: ``Redfin’sData``, ``world’slargest``, ``doesn’tneed``.

    After an apostrophe that follows a letter, a run can only be a clitic (``s``, ``t``
    after ``n``, ``re``, ``ve``, ``ll``, ``d``, ``m``); when it is a clitic and then a
    capitalised word, or a common word while the whole run is no word (``slargest``, not
    ``sweet``), the space after the clitic was lost. A possessive's ``s`` (after a letter
    or a digit, ``2017’sBreath``) may come before a name of any case (``FDA’sMedWatch``,
    ``it’sNVMe``) and before any word (``spediatrician``), and words glued in turn are split
    around a function word (``tjusta``, ``veautomatedsome``) or into common words
    (``ssuperworried``, ``tquitemake``); a run that wordfreq barely knows
    (``sthe``, glued in its own sources) is no word. Names written with an apostrophe
    start with a capital (``O’Shea``, ``D’Angelo``) and are never candidates.
    """
    if not (start >= 2 and text[start - 2].isalnum()):
        return None
    if run[0] == "s" and len(run) >= 3 and run[1].isupper():
        # a possessive before a name of any case (FDA’sMedWatch, it’sNVMe, 2017’sBreath)
        name = run[1:]
        return (
            Proposal(start, run, ("s", name), "camel") if name.isalpha() or name.isupper() else None
        )
    if not text[start - 2].isalpha():
        return None
    clitic = next((c for c in _CLITICS if run.startswith(c)), None)
    if clitic is None or (clitic == "t" and text[start - 2] != "n"):
        return None
    rest = run[len(clitic) :]
    if not (len(rest) >= _CLITIC_WORD and rest.isalpha() and rest.islower()):
        return None
    if zipf(run) >= _CLITIC_RUN_ZIPF or vouched(run):
        return None
    # a possessive's s before any word (child’spediatrician); other clitics before a common one
    floor = _POSSESSIVE_WORD_ZIPF if clitic == "s" else _COMMON_ZIPF
    rest_zipf = zipf(rest)
    if rest_zipf >= floor:
        return Proposal(start, run, (clitic, rest), "clitic")
    # ...or before words glued in turn, around a function word (isn’tjusta, I’veautomatedsome)
    # ...or common words (he’ssuperworried, doesn’tquitemake)
    words = segment(rest) if rest_zipf < _POSSESSIVE_WORD_ZIPF else None
    if words is None or len(words) < 2:
        return None
    if not (has_function_word(words) or min(map(zipf, words)) >= _COMMON_ZIPF):
        return None
    return Proposal(start, run, (clitic, *words), "clitic")


def _negation_glue(run: str, document: DocumentWords) -> Proposal | None:
    """A word glued to the negation after it: ``quotedoesn’t``, ``potatoesdon’t``, ``AIisn’t``.

    ``run`` ends right before ``’t``. No English word ends in ``isn``, ``doesn``, ``aren``
    and the like before ``’t``: what comes before such a head is a word of its own (a
    word, a short acronym or a name the document writes).

    >>> words = DocumentWords("Loomi AI helps.")
    >>> _negation_glue("quotedoesn", words).parts, _negation_glue("AIisn", words).parts
    (('quote', 'doesn'), ('AI', 'isn'))
    >>> _negation_glue("doesn", words), _negation_glue("zxqdoesn", words)
    (None, None)
    """
    head = next((h for h in _NEGATIONS if run.endswith(h) and len(run) > len(h) + 1), None)
    if head is None:
        return None
    word = run[: -len(head)]
    if not word.isalpha() or not (
        zipf(word) >= _NEGATED_WORD_ZIPF
        or (word.isupper() and len(word) <= _ACRONYM_LETTERS)
        or document.is_name(word)
    ):
        return None
    return Proposal(0, run, (word, head), "clitic")


# Adverbs and prepositions outside FUNCTION_WORDS that a page's repeated link ends before:
# "Read my review of this propertyhere." under every hotel, "Rest 2 minutesbetween sets".
_LINK_TAILS = frozenset(
    "here there between within without through after before over under against during "
    "across around".split()
)


def _repeated_glue(proposal: Proposal, document: DocumentWords) -> bool:
    """Whether a run the document writes more than once may still be glue.

    Only a segmentation around a function word (``thebest``, ``inthis``), or of a
    lower-case word and one of :data:`_LINK_TAILS` (``propertyhere``), in a document
    that does not write it as a call or member (``groupby(``, ``.takewhile``) and is not
    about code (:attr:`DocumentWords.about_code`). Two distinct function words
    (``fromthe``, ``ofthe``: a citation's "Archived fromthe original" each time) are no
    identifier even there, unless the document writes the run as a call or member.
    """
    parts = proposal.parts
    link_tail = len(parts) == 2 and proposal.run.islower() and parts[1] in _LINK_TAILS
    if proposal.kind != "segment" or not (
        has_function_word(parts) or _article_and_word(parts) or link_tail
    ):
        return False
    if function_word_pair(parts):
        return proposal.run not in document.called
    return not document.as_code(proposal.run)


def _article_and_word(parts: Sequence[str]) -> bool:
    """``a`` + ``free``: the article glued to a common word (``afree`` under each plan).

    >>> [_article_and_word(parts) for parts in (("a", "free"), ("a", "mino"), ("i", "os"))]
    [True, False, False]
    """
    return len(parts) == 2 and parts[0] in ("a", "A") and zipf(parts[1]) >= _COMMON_ZIPF


def function_word_pair(parts: Sequence[str]) -> bool:
    """``from`` + ``the``: two distinct function words of five letters or more together.

    >>> [function_word_pair(parts) for parts in (("from", "the"), ("of", "a"), ("he", "he"))]
    [True, False, False]
    """
    return (
        len(parts) == 2
        and parts[0] != parts[1]
        and len(parts[0]) + len(parts[1]) >= _FUNCTION_PAIR
        and all(len(w) > 1 and w in FUNCTION_WORDS for w in parts)
    )


def _written_apart_too(proposal: Proposal, document: DocumentWords) -> bool:
    """Whether a run the document writes more than once is also written apart.

    A page that repeats a link repeats its glue (``propertyhere`` under every hotel of a
    list, ``capitalgains`` in a summary and again in the text); where the document also
    writes two neighbouring parts apart (``capital gains``), the run is no word of its own.
    Not in a document about code, nor for a run it writes as a call or member.

    >>> words = DocumentWords("Tax on capitalgains. Capital gains rise. Tax capitalgains now.")
    >>> _written_apart_too(Proposal(0, "capitalgains", ("capital", "gains"), "segment"), words)
    False
    >>> words = DocumentWords("Tax on capitalgains. The capital gains rise. Tax capitalgains now.")
    >>> _written_apart_too(Proposal(0, "capitalgains", ("capital", "gains"), "segment"), words)
    True
    """
    return not document.as_code(proposal.run) and document.apart(proposal.parts)


def _written_as_code(run: str, document: DocumentWords) -> bool:
    """An identifier the document writes as code does, never split.

    A camelCase run called with no argument or a quoted one, or written as a member
    (``toBehind()``, ``popUntil("select")``, ``WebSocket.binaryType``), or any run that is
    both (``itertools.groupby()``). Not a run glued before a bracket of prose
    (``ofWalmart(during``), nor one called once (``theclone()``: the clone() method).

    >>> words = DocumentWords("Call toBehind(), read ws.binaryType, run itertools.groupby().")
    >>> [_written_as_code(r, words) for r in ("toBehind", "binaryType", "groupby", "theclone")]
    [True, True, True, False]
    """
    invoked, member = run in document.invoked, run in document.members
    if invoked and member:
        return True
    return (invoked or member) and run[0].islower() and _LOWER_UPPER.search(run) is not None


def _judged(run: str, document: DocumentWords, starts: Sequence[int]) -> Proposal | None:
    """The proposal for ``run`` in ``document`` (at offset 0), or None.

    ``starts`` are where the text writes the run (for :meth:`DocumentWords.copied`).
    """
    if _written_as_code(run, document):
        return None
    proposal = _propose(run, document)
    if proposal is None:
        return None
    head, tail = proposal.parts[0], proposal.parts[-1]
    # toldRest, forFilmland: not onClick, isFruit, doSomething
    # ...and a date (April2010: citations repeat it)
    glue_head = (
        head in REPORTING_VERBS
        or (head in FUNCTION_WORDS and zipf(tail) < _NAME_ZIPF)
        or _month_then_date(proposal.parts)
    )
    repeated = document.count(run) > 1 and not document.copied(run, starts)
    written_as_word = repeated and (
        proposal.kind not in _RULE_KINDS or (document.has_identifiers and not glue_head)
    )
    # a run written twice is a word, unless glued at a case change or number (and, in prose
    # about code, headed by a reporting verb, or by a function word before a name), or
    # split around a function word in prose (thebest, inthis), or written apart elsewhere
    # (capitalgains beside capital gains): the model weighs the repetition
    if written_as_word and not (
        _repeated_glue(proposal, document) or _written_apart_too(proposal, document)
    ):
        # ...but TheFinancial above each quote is a sentence's head glued to a known word
        head_split = _capital_head_unwritten(run, document) if proposal.kind == "pascal" else None
        if head_split is None:
            return None
        proposal = Proposal(0, run, head_split, _SENTENCE_HEAD)
    # Other languages' tables load on first use: ask them last, only about real proposals.
    if known_elsewhere(run) and not function_glue(run) and not _common_phrase(proposal):
        return None
    seen = sum(map(document.writes, proposal.parts)) / len(proposal.parts)
    capitals = [p for p in proposal.parts if p[:1].isupper() and len(p) > 1]
    named = sum(map(document.is_name, capitals)) / len(capitals) if capitals else 1.0
    if document.vocabulary < _LONG_DOCUMENT_WORDS:
        seen = named = 1.0  # a short text has too few words to vouch for anything
    return replace(
        proposal,
        apart=document.apart(proposal.parts),
        seen=seen,
        repeated=repeated,
        code=document.technical,
        named=named,
    )


_PHRASE_BIGRAM = 100_000_000  # "plan to", "up a", "data to": among the most common pairs


def _common_phrase(proposal: Proposal) -> bool:
    """A lower-case run whose parts are, pair by pair, among English's most common bigrams.

    ``datato``, ``planto``, ``gota``: another language's word (Italian *datato*), but glued
    English words far more often; the glue model still reads the other language's word
    among its features. A capitalised run (``Linkin``, ``Metin``, ``Aman``) stays a name.

    >>> _common_phrase(Proposal(0, "planto", ("plan", "to"), "segment"))
    True
    >>> _common_phrase(Proposal(0, "Metin", ("Met", "in"), "segment"))
    False
    """
    parts = proposal.parts
    return (
        proposal.run.islower()
        and len(parts) > 1
        and all(bigram_count(a, b) >= _PHRASE_BIGRAM for a, b in itertools.pairwise(parts))
    )


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a line or follows a sentence's end (quotes aside).

    Or a label's colon glued to it, as a link or a bold word after the label loses the
    space: the label heads what follows ("Why we like this one:TheAcer Chromebook").

    >>> _opens_sentence("Hot. InPeru it rained", 5), _opens_sentence("a Garmin InReach", 9)
    (True, False)
    >>> _opens_sentence("Our pick:TheAcer", 9), _opens_sentence("Our pick: ThePhilips", 10)
    (True, False)
    """
    i = start - 1
    if i >= 0 and text[i] == ":":
        return True  # a label glued to what it heads: "Why we like this one:TheAcer"
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in "\n.!?"


_OPENERS = frozenset(" \t\"'“‘(")


def proposals(
    text: str, index: TextIndex | None = None, document: DocumentWords | None = None
) -> list[Proposal]:
    """Every candidate glued run of ``text`` with its proposed split.

    Runs inside a token over :data:`~textrepair.spacing.text_index.MAX_TOKEN`
    characters are never candidates. Only the distinct runs are looked up, and only
    the few that nothing vouches for are then found in the text.

    >>> [(p.run, p.parts, p.kind) for p in proposals("hisdigital team saysFacebook won")]
    [('hisdigital', ('his', 'digital'), 'segment'), ('saysFacebook', ('says', 'Facebook'), 'camel')]
    """
    document = document or DocumentWords(text)
    runs = _candidate_runs(document.counts.keys())
    if not runs:
        return []
    index = index or TextIndex(text)
    out: list[Proposal] = []
    by_run: dict[str, Proposal | None] = {}  # a run's proposal does not depend on where it is
    n = len(text)
    found_runs = _occurrences(text, runs, document.counts)
    starts: dict[str, list[int]] = {}  # each run's places, found once for the copies check
    for start, run in found_runs:
        starts.setdefault(run, []).append(start)
    for start, run in found_runs:
        end = start + len(run)
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if before in "'’":
            clitic = _clitic_glue(text, start, run)
            if clitic is not None and not index.is_code(start):
                out.append(clitic)
            continue  # contractions
        hyphen_tail = before == "-" and start >= 2 and text[start - 2].isalpha()
        if (before == "-" and not hyphen_tail) or before.isalpha() or after.isalpha():
            continue  # hyphenated compounds, words with non-ASCII letters
        edge = after in "'’-" and not (_CASE_CHANGE.search(run) and _case_edge(text, end))
        # ...but ofFinland’s, theCX-50: the glue is at the case change; andplant-based,
        # arechef’s: it splits around a function word (checked below)
        found = index.token(start)
        if found is None:
            continue
        token = found[1]
        core = token.strip(_TOKEN_EDGES)
        if UNTOUCHABLE.search(token) or (core != run and vouched(core)):
            continue
        if core.startswith("/"):
            continue  # a command or an absolute path: /testforblocks, /worldborder, /srv/stack
        ruled = _split_by_position(text, start, run)
        if ruled is not None:
            if not index.is_code(start):
                out.append(Proposal(start, run, *ruled))
            continue
        if not run.islower() and index.is_code(start):
            continue
        if after in "'’" and text[end + 1 : end + 2] == "t" and not index.is_code(start):
            negation = _negation_glue(run, document)
            if negation is not None:  # quotedoesn’t: a word glued to the negation after it
                out.append(replace(negation, start=start))
                continue
        if run not in by_run:
            by_run[run] = _judged(run, document, starts[run])
        proposal = by_run[run]
        if proposal is not None and proposal.kind == _SENTENCE_HEAD:
            proposal = replace(proposal, kind="camel") if _opens_sentence(text, start) else None
        if edge and not _glued_before_edge(proposal, text, end):
            continue  # contractions, hyphenated compounds and names (Balland-Poirier)
        if hyphen_tail and not _glued_after_hyphen(proposal, text, start):
            # ...unless glued to a name (never inside a slug: Using-remoteStorage-for)
            proposal = _name_after_compound(run) if after not in "-_/" else None
            if proposal is None:
                continue  # a compound's own last half: cross-platform
        if proposal is not None:
            left, right = _neighbours(text, start, end)
            out.append(
                replace(
                    proposal,
                    start=start,
                    fit=_neighbour_fit(left, right, proposal),
                    # a run inside a longer token (float32+logscale) is no word among words
                    assoc=_neighbour_assoc(left, right, proposal) if core == run else _APART,
                )
            )
    return out
