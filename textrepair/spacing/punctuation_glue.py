"""Spaces lost next to punctuation, where a link or bold text began or ended.

A scraper that strips each text node loses the space beside every inline
element: ``page.The``, ``fees,routinely``, ``said,a``, ``Record:26-1``,
``pressure(often``, ``service(PaaS)``, ``(SEO)continues``, ``1.Make a budget``,
``toxic– so``, ``staggering$5.7``, ``up38.7%``, ``Save 25%on``, ``unanswered,”he``,
``Orion(the Hunter)``, ``(silymarin)has``, ``.[134]The``, ``Retrieved30 April``,
``(2015).Making``, ``Battery life:13``, ``5.VELVET``, ``display |Battery``,
``Accessed at:https://``, ``rugby[361]and``, ``your data- Regularly``. Each
rule below is one pattern whose match ends where the space goes, and a check of
the token around it. Each pattern scans the text once, or is tried only where its
group's one shared scan stops (a mark glued to the next character, a digit after
a letter), which finds the same matches at a third of the cost. Tokens in code lines,
addresses and tokens over :data:`~textrepair.spacing.text_index.MAX_TOKEN`
characters are left alone, as are lists written without spaces
(``red,green,blue``) and calls (``f(a,b)``).

>>> from textrepair.edits import apply_edits
>>> from textrepair.spacing.text_index import TextIndex
>>> text = "Late fees,routinely charged in 2017,according to the report(often cited)."
>>> apply_edits(text, punctuation_edits(text, TextIndex(text), 0.85))
'Late fees, routinely charged in 2017, according to the report (often cited).'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import compress

import regex

from textrepair.edits import Edit
from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import zipf
from textrepair.spacing.glue_document import DocumentWords
from textrepair.spacing.glue_proposals import UNTOUCHABLE
from textrepair.spacing.text_index import TextIndex
from textrepair.spacing.words import LINK_HEADS, MONTH_NAMES, MONTHS, UNITS, segment, vouched

__all__ = ["prose_line", "punctuation_edits"]

STAGE = "spacing"
_COMMON = 3.0  # zipf of a word a rule asks to be common
_COUNTED_WORD = 3.5  # zipf of the word after a count's plus: 450+free
# Units of measurement after a number: a table's label glued to its value (Speed26.7 MPH,
# Capacity540 Wh, Power350W). Only units no word or name is spelled like.
_UNITS = (
    r"(?:(?i:mph|km/h|lbs|kg|oz|kwh|wh|mah|ghz|mhz|gb|tb|mm|cm|km|hrs|mins)"
    r"|miles|hours|minutes|seconds|days|weeks|months|years|percent|pounds|inches|feet|meters"
    r"|metres|watts|volts|W|V|Hz)"  # words in lower case: "told60 Minutes" is a title
)
_SECTION = re.compile(r"\d{1,3}(?:\.\d{1,3})+")  # a section's number: 3.2, 5.3.1
_GLUED_UNITS = UNITS | {"khz", "gbps", "mbps", "kbps", "wh"}  # after a number: 2.3Ghz
_RARE = 2.0  # zipf of a rare word the lexicon still knows (telehealth), unlike identifiers
_LABEL = 3.5  # zipf of a label before a number: Record:26, Age:20
_TRAILING = ".,;:!?)]\"'”’"
_TOKEN_OPENERS = "([\"'“‘"
_SEPARATORS = re.compile(r"[;:]|,(?!(?<=\d,)\d{3}(?!\d))")  # not a thousands' comma: $3,800
_LAST_WORD = re.compile(r"([A-Za-z]+|\d+)\W*$")
_PAREN_WORD = re.compile(r"\([a-z]+")  # pressure(often: not reversed(range(1, nor f(self,
_ASIDE = re.compile(r"\([ei]\.[ge]\.,?")  # up(e.g., from
# Words that open a bracketed aside after any word (rsync(or similar)): not not, is, in, if,
# which open a call's argument in prose about code.
_ASIDE_OPENERS = frozenset(
    """or and the a an which who such see also especially sometimes usually often mostly
    including none maybe formerly previously""".split()
)
_FIRST_WORD = re.compile(r"^\W*([A-Za-z]+|\d)")
_NUMBER = re.compile(r"[(“\"]?\d{1,4}")
# (PaaS), (NCES), (57%), (2023), ($8/user/month): not poly(1/eps) nor print(x)
_GROUP_AFTER_WORD = re.compile(r"\((?:[A-Z][a-z]*[A-Z][A-Za-z]*|\d+(?:\.\d+)?%|\d{4}|\$\d[^()]*)\)")
_GROUP = re.compile(r"\([A-Z\d][A-Za-z\d%.&/+-]+\)")  # (SEO), (2023), (82VG00TYUS), (57%)
_LETTERS_THEN_PAREN = re.compile(r"[“\"‘']?[A-Za-z]+[’']?[A-Za-z]*\(")  # a word and nothing else
_WORD_GROUP = re.compile(r"[“\"‘']?\(([A-Za-z]{3,})\)")  # (silymarin), (Open) at a token's start
_BRACKETED = re.compile(r"\([^()]*\)")  # (n.d.), (2015)
# An acronym opening a sentence as a possessive or a compound's head (IBM’s, US-based)
_ACRONYM_OPENS = re.compile(r"[A-Z]{2,}(?:['’]s\b|-[a-z]{3,})")
_BRAND = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")  # ExpressVPN, OpenAI, EcoFlow
_HEADED_NAME = re.compile(r"([a-z]{2,})([A-Z][a-z]{2,})")  # inTaurus, withAflac
_NAME_GLUE_HEADS = FUNCTION_WORDS | LINK_HEADS  # the words glued before such a name
# Act(PSA), Mushihimesama(2004), Collection(1993-2004), Umeda($$): an acronym, years, a price tier
_NAME_GROUP = re.compile(r"\((?:[A-Z]{3,6}|(?:19|20)\d\d(?:[-–](?:19|20)\d\d)?|\${1,4})\)")
_NAME_BEFORE = re.compile(r"[A-Z][A-Za-z\d]+$")  # Firefox, in cludeFirefox,Thunderbird
_NAME_AFTER = re.compile(r"[A-Z][A-Za-z\d]+(?![a-z]*\()")
_LINE_WINDOW = 200
_GROUP_WINDOW = 60
_SHARE = re.compile(r"\d+(?:\.\d+)?[%+]")  # 38%, 300+
# ($129.99+), ($1.50/user/month): two digits or more (a shell's or a regex's $1 is no price)
_PRICE_GROUP = re.compile(r"\([$£€](?=[\d,.]*\d[\d,.]*\d)\d[\d,]*(?:\.\d+)?\+?(?:/[a-z]+)*\)")
_PROSE_WORD = re.compile(r" [A-Za-z]{3,}")
_PROSE_SPACES = 3
# A label of one to five words at a line's start (Battery life:13): letters only, bounded
_LABEL_LINE = re.compile(r"[A-Z][A-Za-z’']*(?:[ \t][A-Za-z’']+){0,4}")
_MAX_LABEL = 48
_LOG_LEVELS = frozenset("TRACE DEBUG INFO NOTICE WARN WARNING ERROR CRITICAL FATAL".split())
_FOOTNOTE = re.compile(r"[.,;:)\"”’]\[(?:\d{1,3}|[a-z])\]$")  # it.[134]The, said,[a]and
# rugby[361]and: a note inside a sentence (two digits or three: arr[1]here is an index)
_MID_FOOTNOTE = re.compile(r"[A-Za-z]\[[1-9]\d{1,2}\]$")


@dataclass(frozen=True)
class _Rule:
    reason: str
    pattern: re.Pattern[str]  # the space goes at the match's end...
    check: Callable[[str, int], bool]  # (token, offset of the space in the token)
    before: bool = False  # ...or at its start
    context: Callable[[str, int], bool] | None = None  # (text, position of the space): the line
    lead: str = ""  # a group whose shared scan finds every place the pattern can start
    separator: bool = False  # the token's '|' is the rule's own mark, not code
    then: str = ""  # a grouped rule's class of the character after its first (test-checked)
    prose: bool = False  # only in a document that is not prose about code


def _words(token: str, at: int) -> tuple[str, str] | None:
    left = _LAST_WORD.search(token[:at])
    right = _FIRST_WORD.search(token[at:])
    return (left.group(1), right.group(1)) if left and right else None


def _one_separator(token: str) -> bool:
    """Not a list or a path written without spaces: ``red,green,blue``, ``a:b:c``, ``f(a,b)``."""
    core = token.rstrip(_TRAILING)
    return (
        len(_SEPARATORS.findall(core)) <= 1
        and "/" not in core
        and "(" not in core
        and "&" not in core  # entities: &quot;word, &#160;protected
    )


# Code's dotted names before a capitalised member: app.events|.Receiver (not U.S|.The, e.g|.The)
_MEMBER_CHAIN = re.compile(r"[\w-]*[A-Za-z0-9]\.[a-z]{2,}")


def _sentence_start(word: str) -> bool:
    """A capitalised common word or function word (``The``, ``Statistics``), not ``OECD``."""
    return word[1:].islower() and (word.lower() in FUNCTION_WORDS or zipf(word) >= _COMMON)


def _sentence(token: str, at: int) -> bool:
    """``page.The``, ``said.Alweendo``: a known word, sentence punctuation, a capitalised word.

    The word after is a known word or a name (capital, then lower case). Also a
    bracket closed before the stop (``(n.d.).Gemini``, ``bread).Verdict``), an
    acronym before it (``SEO.Use``), a rare lower-case word the lexicon knows
    (``telehealth.Data``) and a brand after a common word (``apps.ExpressVPN``).
    """
    mark = at - 1 - (token[at - 1] == "”")
    right = re.match(r"[“‘]?([A-Za-z]+)|\"['‘]?([A-Za-z]+|\d)", token[at:])
    if right is None or "&" in token:
        return False  # entities: &quot;Bootstrap
    if token[mark - 1 : mark] == '"':
        # a quoted title, then the next part of a citation: "Geography".Statistics
        return token[mark] == "." and _sentence_start(right.group(1) or "")
    bracket = token[:mark].endswith(")")
    if bracket:
        opened = token.rfind("(", 0, mark)
        if opened > 0 or (opened == 0 and not _BRACKETED.fullmatch(token, 0, mark)):
            return False  # calls: foo().Bar
        left = re.search(r"[A-Za-z\d]+", token[opened + 1 : mark])
    else:
        left = re.search(r"[A-Za-z]+$", token[:mark])
    if left is None or ("(" in token and not bracket):
        return False  # calls
    if not bracket and token.count(".") > 1 + (token[mark] == "."):
        return False
    if not bracket and token[mark] == "." and _MEMBER_CHAIN.fullmatch(token, 0, mark):
        return False  # a member of a dotted name: app.events.Receiver, Holiday.with.Ken
    if right.group(2) is not None:
        # (2007)."The Last Day: a citation's date, then its quoted title
        return (
            bracket
            and token[mark] == "."
            and (right.group(2).isdigit() or right.group(2)[0].isupper())
        )
    left_word, right_word = left.group(), right.group(1)
    known_right = zipf(right_word) >= _COMMON and right_word[1:].islower()
    # a sentence's usual first word: The, While, It (not a member such as Index or Directory)
    opener = right_word[1:].islower() and right_word.lower() in FUNCTION_WORDS
    if bracket:
        return opener or known_right
    if right_word.isupper() and len(right_word) > 1:
        # request.POST, Bar:PM; but market.IBM’s, market.US-based: a common word ends a
        # sentence and an acronym in the possessive or heading a compound starts the next
        return (
            token[mark] == "."
            and token.count(".") == 1
            and left_word.islower()
            and len(left_word) >= 4
            and zipf(left_word) >= _COMMON
            and token.startswith(left_word)
            and _ACRONYM_OPENS.match(token, at) is not None
        )
    if opener and len(left_word) >= 2 and not (token[mark] == ":" and left_word.isupper()):
        return True  # succinct.While, ROI.While, Store.The; not a log line's INFO:So
    if left_word.isupper() and len(left_word) >= 2:
        return token[mark] in ".!?" and token.startswith(left_word) and known_right  # SEO.Use
    if not token[mark - 2 : mark].isalpha() or not token[mark - 2 : mark].islower():
        return False  # otherwise two lower-case letters before the mark, as in page.The
    if token[mark] == "." and left_word[0].isupper() and token.startswith(left_word):
        return False  # member access in prose about code: String.Index, Cursor.Directory
    single = token.count(".") == 1 and token.startswith(left_word)  # not django.forms.ModelForm
    if _BRAND.fullmatch(right_word):
        # apps.ExpressVPN, help.EcoFlow: not request.POST
        return single and left_word.islower() and zipf(left_word) >= _COMMON and len(left_word) >= 4
    if zipf(left_word) < _COMMON:
        # a rare word the lexicon knows (telehealth.Data), not an identifier (pathlib.Path)
        return (
            single
            and left_word.islower()
            and len(left_word) >= 5  # not resp.Body, src.Close
            and zipf(left_word) >= _RARE
            and known_right
        )
    # a known word on the left; on the right a known word or a name (``said.Alweendo``)
    return zipf(right_word) >= _COMMON or (len(right_word) >= 3 and right_word[1:].islower())


_TITLED = re.compile(r"[A-Z][a-z]{3,}")  # four letters or more: not Fal.Con, Net.Data


def _titled_sentence(token: str, at: int) -> bool:
    """``Alba.Inter``, ``Conditions.Customize``: a capitalised word, a stop, a capitalised one.

    Prose about code writes a class's member so (``String.Index``), so the rule runs only in
    a document that is not about code (:attr:`_Rule.prose`). Both words have four letters or
    more (brands written with a dot are short: ``Fal.Con``, ``Fin.Link``, ``Net.Data``), the
    word after is no brand or acronym (``ExpressVPN``), and the token holds no other stop
    (``System.IO.File``).

    >>> _titled_sentence("Alba.Inter", 5), _titled_sentence("Alba.ExpressVPN", 5)
    (True, False)
    """
    mark = at - 1
    if token.count(".") != 1 or token[mark] != "." or not _TITLED.fullmatch(token, 0, mark):
        return False
    right = _TITLED.match(token, at)
    # not a brand or an acronym after it: ExpressVPN, OpenAI
    return right is not None and not token[right.end() : right.end() + 1].isalpha()


def _name_list(token: str, at: int) -> bool:
    """``Enterprise,Hertz,Avis``, ``OpenAI,Microsoft,NVIDIA``: names listed, their spaces lost.

    A capitalised name (or acronym) on each side of the comma, and no bracket, angle
    bracket or ``=`` in the token (``Map<String,Integer>``, ``f(A,B)``, ``A,B=1,2``).
    """
    return (
        _NAME_BEFORE.search(token, 0, at - 1) is not None
        and _NAME_AFTER.match(token, at) is not None
        and not any(c in token for c in "()<>[]{}=")
    )


_LIST_ITEM = re.compile(r"[a-z]{2,}(?: [a-z]{2,})?")


def _word_list(token: str, at: int) -> bool:
    """``rest,stretching,mobility``, ``berries,quinoa,oats``: common words listed, spaces lost.

    Three items or more, each lower-case letters; every item but the last (which may
    carry more glue, ``mobilityand``) a common word; no bracket, slash, ``=``, ``&``,
    colon or semicolon in the token (``f(a,b,c)``, ``a,b=1,2``). Where the list stands is
    the rule's context (:func:`_prose_list`).

    >>> _word_list("rest,stretching,mobilityand", 5), _word_list("red,green", 4)
    (True, False)
    >>> _word_list("x,y,z", 2), _word_list("f(a,b,c)", 4)
    (False, False)
    """
    core = token.strip(_TRAILING + _TOKEN_OPENERS)
    if any(c in core for c in "()<>[]{}=/&;:"):
        return False
    items = core.split(",")
    if len(items) < 3 or not all(map(_LIST_ITEM.fullmatch, items)):
        return False
    return all(zipf(item) >= _COMMON for item in items[:-1])


_OPTION = re.compile(r"(?:^|\s)--?[A-Za-z]")  # a command's option: -Q, --exclude
_CONJUNCTION = re.compile(r"\b(?:and|or)\b")
_LIST_REACH = 60  # characters after a comma in which a list's "and" or "or" must come


def _prose_list(text: str, pos: int) -> bool:
    """A list in prose: an ``and`` or ``or`` soon after ``pos``, on a prose line without options.

    English ends a list with a conjunction (``oats,rice,beans and fish``); a value list does
    not (``red,green,blue for the chart``), nor is a command's argument one
    (``purge -Q celery,foo,bar``).

    >>> _prose_list("eat more fruit, oats,rice,beans and fish today", 26)
    True
    >>> _prose_list("pick the colours red,green,blue for the chart", 20)
    False
    >>> _prose_list("then run celery purge -Q celery,foo,bar or wait", 31)
    False
    """
    if not prose_line(text, pos):
        return False
    start, _ = _line_around(text, pos, _LINE_WINDOW)
    if _OPTION.search(text, start, pos) is not None:
        return False
    _, end = _line_around(text, pos, _LIST_REACH)
    return _CONJUNCTION.search(text, pos, end) is not None


def _line_around(text: str, pos: int, reach: int) -> tuple[int, int]:
    """Where the line around ``pos`` starts and ends, at most ``reach`` characters either side.

    >>> _line_around("one\\ntwo words\\nthree", 6, 3)
    (4, 9)
    """
    start = text.rfind("\n", max(0, pos - reach), pos) + 1
    end = text.find("\n", pos, pos + reach)
    return max(start, pos - reach), end if end >= 0 else pos + reach


def _quotes_on_line(text: str, pos: int, end: int) -> int | None:
    """The straight quotes from the start of ``pos``'s line up to ``end``.

    None when the line starts more than ``_LINE_WINDOW`` characters before ``pos``.
    """
    start = text.rfind("\n", max(0, pos - _LINE_WINDOW), pos) + 1
    if start == 0 and pos > _LINE_WINDOW:
        return None
    return text.count('"', start, end)


def _opening_quote(text: str, pos: int) -> bool:
    """Whether the straight quote at ``pos`` opens a quotation: an even number of them before it.

    Counted from the line's start, which must lie within ``_LINE_WINDOW`` characters
    (``reports:"Stanford``, not the quote that closes ``"It ended."``).
    """
    quotes = _quotes_on_line(text, pos, pos)
    return quotes is not None and quotes % 2 == 0


def _closing_quote(text: str, pos: int) -> bool:
    """Whether the straight quote just before ``pos`` closes a quotation: an odd number up to it.

    Counted as :func:`_opening_quote` counts (``the"kitchen sink"comes``).
    """
    quotes = _quotes_on_line(text, pos, pos - 1)
    return quotes is not None and quotes % 2 == 1


_TITLE_REACH = 300  # characters looked back on the line for a title's opening quote


def _titled_quote(text: str, pos: int) -> bool:
    """A stop right after a closing quote ends a title of two words or more (``"GII Report".``).

    The line's last opening quote before it (within ``_TITLE_REACH`` characters) opens text
    that holds a space: not code's string (``"abc".Length``). A stop after anything else
    (``(PDF).``, ``(2000).``, ``" .``) is no quote's.

    >>> _titled_quote('^ "GII 2016 Report".Global', 20), _titled_quote('Call "abc".Length', 11)
    (True, False)
    """
    quote = pos - 2
    if quote < 0 or text[quote] not in '"”':
        return True
    start, _ = _line_around(text, quote, _TITLE_REACH)
    opening = max(text.rfind('"', start, quote), text.rfind("“", start, quote))
    return opening >= 0 and " " in text[opening:quote]


def _separated_list(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` holds two ``|`` or more: a list, not one stylised name.

    ``Mac|Life`` is a magazine's name; ``Houzz|Rocket Mortgage|Realtor.com`` a list.
    """
    start, end = _line_around(text, pos, _LINE_WINDOW)
    return text.count("|", start, end) >= 2


def prose_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` has spaces between words (not a CSV row).

    Three or more spaces within ``_LINE_WINDOW`` characters on either side.

    >>> prose_line("red,green,blue\\nIt is a line of prose.", 3), prose_line("It is a line.", 3)
    (False, True)
    """
    start, end = _line_around(text, pos, _LINE_WINDOW)
    return text.count(" ", start, end) >= _PROSE_SPACES


def _comma(token: str, at: int) -> bool:
    """``fees,routinely``, ``Mendes,Desjardins``, ``2017,according``, ``report,74%``."""
    words = _words(token, at)
    if words is None or not _one_separator(token):
        return False
    left, right = words
    if left.isupper() and len(left) < 3:
        return False  # TL;DR
    if left.isdigit():
        return right.isalpha() and zipf(right) >= _COMMON  # never 1,000
    if right.isdigit():
        return zipf(left) >= _COMMON
    return True


def _colon(token: str, at: int) -> bool:
    """``up:Royal``, ``We like:the``, ``Record:26-1-1``, ``cost:$4.88``, ``moment:38%``."""
    words = _words(token, at)
    if words is None or not _one_separator(token):
        return False
    left, right = words
    if left.isdigit() or left.isupper():
        return False  # times and ratios (3:30), tickers and labels in capitals (NYSE:NOW)
    if right.isdigit():
        return (
            token[at] == "$"
            or (left[0].isupper() and zipf(left) >= _LABEL)
            # a share or a count after a common word: moment:38% of, article:300+ free
            or (left.islower() and zipf(left) >= _COMMON and _SHARE.match(token, at) is not None)
        )
    # key:value, internal:local, except:pass: a colon before a lower-case word is left
    # alone, unless a capitalised label comes before it (Lunch:large salad)
    if not right[0].isupper():
        return (
            left[0].isupper()
            and left[1:].islower()
            and zipf(left) >= _LABEL
            and len(right) >= 3
            and zipf(right) >= _LABEL
        )
    # a known word before it, or a known word after it (Communicators:Understanding)
    return zipf(left) >= _COMMON or (len(left) >= 3 and zipf(right) >= _COMMON)


# A date's month and day before its year's comma (RetrievedMay 15,2017); abbreviated months too
_MONTH_DAY = re.compile(r"(?:" + "|".join(MONTH_NAMES) + r")\.? \d{1,2},$")


def _date_before(text: str, pos: int) -> bool:
    """``May 15,2017``: the comma before a year ends a month and a day."""
    return _MONTH_DAY.search(text, max(0, pos - 16), pos) is not None


def _label_line(text: str, pos: int) -> bool:
    """``Battery life:13 hours``, ``Best for:agencies``: a line that starts with a label.

    The label is one to five words (letters only) from the line's start, the first
    capitalised, its last a known word or an acronym (one word alone: a capitalised
    known word, ``Breakfast:savory``, never a log's ``INFO:So``); only ``_MAX_LABEL``
    characters are looked at.
    """
    colon = pos - 1
    window = max(0, colon - _MAX_LABEL)
    start = text.rfind("\n", window, colon) + 1
    cell = text.rfind("|", max(window, start), colon) + 1  # a row's cell: CPU:A19 |RAM:8GB
    if cell:
        start = cell + (text[cell : cell + 1] == " ")
    if start == 0 and colon > _MAX_LABEL:
        return False
    label = _LABEL_LINE.fullmatch(text, start, colon)
    if label is None:
        return False
    words = label.group().split()
    last = words[-1]
    if len(words) == 1:  # Breakfast:savory, RAM:8GB; not a log's level (DEBUG:This, INFO:So)
        if last.isupper():
            return last not in _LOG_LEVELS
        return last[1:].islower() and zipf(last) >= _COMMON
    return zipf(last) >= _COMMON or last.isupper()  # Battery life, Median GMAT


_PROSE_COLON_WORD = 4.0  # zipf of the words on both sides of a sentence's colon
_LITERALS = frozenset({"true", "false", "null", "none", "nil"})


def _prose_colon(token: str, at: int) -> bool:
    """A common word alone before the colon and a common word after it: ``promises:it``.

    >>> _prose_colon("types:hub", 6), _prose_colon("active:false", 7)
    (True, False)
    >>> _prose_colon("(internal:other", 10)
    False
    """
    words = _words(token, at)
    if words is None:
        return False
    left, word = words
    if left != token[: at - 1] or not left.islower():
        return False  # not the token's only word before the colon
    return (
        word not in _LITERALS
        and zipf(left) >= _PROSE_COLON_WORD
        and zipf(word) >= _PROSE_COLON_WORD
    )


_GLUED_COLON = re.compile(r"[a-z]:[a-z]")


def _one_glued_colon(text: str, pos: int) -> bool:
    """The line around ``pos`` glues no other colon between letters (not ``a:b and c:d``)."""
    start, end = _line_around(text, pos, _LINE_WINDOW)
    return len(_GLUED_COLON.findall(text, start, end)) == 1


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z&]{1,5}\)")


def _acronym_in_brackets(token: str, at: int) -> bool:
    """The token up to the space is an acronym in brackets: ``(ADA)``, ``(EC&M)``.

    >>> _acronym_in_brackets("(ADA)Seal", 5), _acronym_in_brackets("f(X)Y", 4)
    (True, False)
    """
    return _BRACKETED_ACRONYM.fullmatch(token, 0, at) is not None


def _open_paren(token: str, at: int) -> bool:
    """``pressure(often``: a word, then a parenthesis its token does not close.

    After a rare lower-case word too when the bracket opens as asides do
    (``rsync(or similar)``, ``up(e.g., from``).
    """
    words = _words(token, at)
    if words is None:
        return False
    if _ASIDE.fullmatch(token, at) is not None:
        return token[:at].isalpha()  # Taxonomy(e.g., too: no call's argument opens so
    if _PAREN_WORD.fullmatch(token, at) is None:
        return False
    if words[1] in _ASIDE_OPENERS and token[:at].isalpha() and token[:at].islower():
        return len(words[0]) >= 3
    return zipf(words[0]) >= _COMMON and zipf(words[1]) >= _COMMON


_ASIDE_WORD = 4.0  # zipf of the common word an aside opens with: using, thanks, during, or
# Common words that open a call's argument in code (new Foo(), count(distinct id), f(self x)),
# and the heads of a statement's condition (if(the user): no aside, though the word is common.
_ARGUMENT_WORDS = frozenset(
    """new self function let lambda async await typeof not var const int char void return yield
    def class struct select distinct case when""".split()
)
_CONDITION_HEADS = frozenset(
    "if for while switch catch return print elif with foreach until".split()
)
_CALLER = re.compile(r"[([{=<>]|[A-Za-z_]\.[A-Za-z_]")  # a call's or a member's shape before it
_CODE_NAME = re.compile(r"[a-z]+[A-Z]")  # setCount, useState: code's lower camel case


def _aside(token: str, at: int) -> bool:
    """``thefloor(using a pillow``, ``$499(or four``, ``low”(but is``: a bracketed aside opens.

    The bracket's first word ends the token (the aside goes on past it with a space,
    as prose does and a call's argument seldom does) and is a common lower-case word
    (:data:`_ASIDE_WORD`), not one that opens a call's argument in code
    (:data:`_ARGUMENT_WORDS`). Not after one letter (``O(log n)``), a condition's head
    (``if(``), a name written as code's are (``setCount(count + 1)``), a bracket, an
    operator or a member's name (``obj.run(``).
    """
    right = _FIRST_WORD.search(token[at + 1 :])
    if right is None or right.end() != len(token) - at - 1:
        return False
    word = right.group(1)
    if not word.islower() or word in _ARGUMENT_WORDS or zipf(word) < _ASIDE_WORD:
        return False
    head = token[:at]
    left = _LAST_WORD.search(head)  # the last word or number, before any marks
    if left is not None:
        name = left.group(1)
        if name.isalpha() and (
            len(name) < 2 or name.lower() in _CONDITION_HEADS or _CODE_NAME.match(name)
        ):
            return False
    return _CALLER.search(head) is None


def _close_paren(token: str, at: int) -> bool:
    """``authentication)wherever``: a parenthesis opened in an earlier token."""
    words = _words(token, at)
    return words is not None and "(" not in token[:at] and zipf(words[1]) >= _COMMON


def _bracket_opens_past(token: str, at: int) -> bool:
    """The token is one word and a bracket opened at ``at`` that goes on past the token."""
    return _LETTERS_THEN_PAREN.fullmatch(token, 0, at + 1) is not None and ")" not in token[at:]


def _open_group(token: str, at: int) -> bool:
    """``Orion(the Hunter)``, ``students(Nickow, Oreopoulos)``: a word, then prose in brackets.

    The token is one word and the bracket, and the group goes on past the token
    (prose in brackets has spaces). It opens with a word of two letters or more:
    a capitalised one after any word, a common lower-case one after a capitalised
    word (a lower-case word before one is the other rule's). Calls are not: a
    group closed within the token (``len(words)``, ``Announce(Note)``), one that
    opens with a number, a quote or one letter (``range(1, 6)``, ``print("Done``,
    ``product(A, B)``), or a word with inner capitals before it (``DumpCam(``).
    """
    if not _bracket_opens_past(token, at):
        return False
    words = _words(token, at)
    if words is None or len(words[0]) < 3 or len(words[1]) < 2:
        return False
    left, right = words
    headed = _HEADED_NAME.fullmatch(left)
    if headed is not None and headed.group(1) in _NAME_GLUE_HEADS:
        left = headed.group(2)  # inTaurus(the Bull): the head's own glue is the other rules'
    if not left[1:].islower() or not token[at + 1 : at + 2].isalpha():
        return False
    if right[0].isupper():
        return True
    return left[0].isupper() and zipf(right) >= _COMMON


def _titled_group(token: str, at: int) -> bool:
    """``Moving(4.96/5 rating)``, ``Umbrella(I ended``: a name, then an open bracket.

    The token does not close the bracket, which opens with a number, a price or ``I``.
    """
    if not _bracket_opens_past(token, at):
        return False
    left = _LAST_WORD.search(token[:at])
    return (
        left is not None
        and len(left.group(1)) >= 3
        and left.group(1)[0].isupper()
        and left.group(1)[1:].islower()
        and (token[at + 1 : at + 2] in {"$", "I"} or token[at + 1 : at + 2].isdigit())
    )


def _prose_group(text: str, pos: int) -> bool:
    """Whether the bracket opened at ``pos`` holds prose: ``(10% weighting)``, not ``(1, 2)``.

    A word of three letters or more after a space, before it closes within
    ``_GROUP_WINDOW`` characters.
    """
    close = text.find(")", pos, pos + _GROUP_WINDOW)
    return close > 0 and _PROSE_WORD.search(text, pos, close) is not None


def _group_at_start(token: str, at: int) -> bool:
    """``(silymarin)has``, ``(Open)allow``: a token that is one bracketed word, then a word.

    Not a bracketed prefix (``(re)introduce``, ``(non)sense``): the bracket holds
    three letters or more, and the two together are not a word.
    """
    group = _WORD_GROUP.fullmatch(token, 0, at)
    words = _words(token, at)
    if group is None or words is None or zipf(words[1]) < _COMMON:
        return False
    return zipf(group.group(1) + words[1]) == 0


def _footnote(token: str, at: int) -> bool:
    """``election.[77]Since``, ``it.[60]A``: a footnote marker, then the next sentence's word.

    Inside a sentence, a marker numbered 10 or more right after a word, then a common
    lower-case word: ``rugby[361]and``, ``justified[21]it`` (not an index: ``arr[1]here``).
    """
    words = _words(token, at)
    if words is None:
        return False
    right = words[1]
    if _FOOTNOTE.search(token, 0, at) is None:
        return (
            _MID_FOOTNOTE.search(token, 0, at) is not None
            and right.islower()
            and zipf(right) >= _COMMON
        )
    return zipf(right) >= _COMMON or (len(right) >= 3 and right[1:].islower())


def _word_before_dash(token: str, at: int) -> bool:
    """``data- Regularly``, ``Dividends- Index``: one word, a hyphen, then a capital.

    A hyphen used as a dash between a label and its text, glued to the label (the line
    starts with it: :func:`_label_before_dash`). The token
    is that one word (not ``Make-up-``, ``Hide.me-``), and not in capitals
    (``CILANTRO- The``, ``ENVIRONMENTALLY- FRIENDLY``: a page's own style).
    """
    left = token[:at]
    return len(left) >= 2 and left.isalpha() and not left.isupper()


def _label_before_dash(text: str, pos: int) -> bool:
    """The words from the line's start to the dash at ``pos`` are a label (:func:`_label_line`).

    ``Back up your data- Regularly``, ``Dividends- Index funds``; not a headline's
    attribution, ``Calm Diplomacy required in the Ghana-Israel row- Jinapor``.
    """
    return _label_line(text, pos + 1)


def _numbered(token: str, at: int) -> bool:
    """``1.Make a budget``, ``2)Spill``, ``5.VELVET``: a number, ``.`` or ``)``, a word.

    The word is a common one, a name or a word in capitals; the token holds only the
    number before it (not ``V4.With`` nor ``2.1.Intro``).
    """
    words = _words(token, at)
    if words is None or _NUMBER.fullmatch(token, 0, at - 1) is None:
        return False
    word = words[1]
    if "." in token[at:].rstrip(_TRAILING):
        return False  # 17.HUS.08214: a code
    return zipf(word) >= _COMMON or (len(word) >= 3 and (word.isupper() or word[1:].islower()))


# Words that stand before an amount in prose (``by 6.4 trillion``, ``up to 2 billion``,
# ``With 40+ campuses``, ``A 2017 study``): closed-class words and a few of degree.
_AMOUNT_HEADS = (FUNCTION_WORDS - {"i"}) | frozenset(
    "up over under nearly around almost approximately roughly least per between within".split()
)
_MAGNITUDES = r"(?:million|billion|trillion|thousand|hundred|percent|per cent)"
# What makes the digits after such a word an amount: a share, a "more than", a magnitude or
# measure after it, a range or a compound (``55-90 days``, ``7-day``), or a year before a word.
_AMOUNT = re.compile(
    r"\d+(?:,\d{3})*(?:\.\d+)?(?:%|\+(?![\w+])| (?:" + _MAGNITUDES + "|" + _UNITS + r")(?![\w-]))"
    r"|\d{1,3}(?:,\d{3})+ [a-z]"  # a count written with thousands' commas: over78,000 new
)
# Digits that may be an amount (checked by _amount): a share, "+", a magnitude or measure, a
# range or compound, a year before a word. Written into the rules' patterns, so that the
# checks run at a few places only.
_AMOUNT_AHEAD = r"(?=\d*(?:,\d{3})*(?:\.\d+)?(?:%|\+| [a-z])|\d{0,2}-(?:\d|[a-z]{3}))"
_AMOUNT_COMPOUND = re.compile(r"\d{1,3}-(?:\d{1,3}|[a-z]{3,})(?![\w-]*\()")
_YEAR_BEFORE_WORD = re.compile(r"(?:19|20)\d\d [a-z]{2}")


def _amount_head(token: str, at: int) -> bool:
    """The token's letters before the number are one word that stands before amounts.

    ``a`` and ``A`` only before two digits or more (not paper sizes, ``A4``).
    """
    left = token[:at]
    word = left.lstrip(_TOKEN_OPENERS)
    if not word.isalpha() or not (word.islower() or word.istitle()):
        return False  # not H100, iPhone15, X-S20
    return word.lower() in _AMOUNT_HEADS and (len(word) > 1 or token[at + 1 : at + 2].isdigit())


def _amount(text: str, pos: int) -> bool:
    """The digits at ``pos`` are an amount: ``6.4 trillion``, ``15%``, ``40+``, ``78,000 new``.

    After ``a`` or ``A`` (one letter) no range or compound (paper sizes: ``A4-sized``), and a
    year only when ``A`` opens a sentence (``A2017 study``; not a model, ``2019 A1990 model``).
    """
    if _AMOUNT.match(text, pos):
        return True
    one_letter = not text[pos - 2 : pos - 1].isalpha()
    if _YEAR_BEFORE_WORD.match(text, pos):
        return not one_letter or _opens_sentence(text, pos - 1)
    return not one_letter and _AMOUNT_COMPOUND.match(text, pos) is not None


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` starts a line or follows a sentence's end and a space."""
    if pos == 0 or text[pos - 1] == "\n":
        return True
    return text[pos - 1] == " " and text[pos - 2 : pos - 1] in {".", "!", "?", '"', "”"}


def _note_number(token: str, at: int) -> bool:
    """``tax.9Those``, ``adolescents.5Data``: a note's number after a sentence, then the next.

    The word after is a capitalised common word (``_sentence_start``); the token has no other
    full stop (not ``v1.2Beta``) and the word before the stop is one of lower-case letters.
    """
    words = _words(token, at)
    if words is None or token.count(".") > 1:
        return False
    stop = max(token.rfind(c, 0, at) for c in ".!?")
    return token[:stop].isalpha() and token[:stop].islower() and _sentence_start(words[1])


def _closed_group(token: str, at: int) -> bool:
    """``(SEO)continues``, ``(2023)and``: a bracketed acronym or number, then a common word."""
    opened = token.rfind("(", 0, at)
    words = _words(token, at)
    return (
        opened >= 0
        and words is not None
        and _GROUP.fullmatch(token, opened, at) is not None
        and zipf(words[1]) >= _COMMON
    )


def _group_after_word(token: str, at: int) -> bool:
    """``service(PaaS)``, ``half(57%)``: a common word, then a closed bracket.

    The bracket holds an acronym, a share, a year or a price, not ``poly(1/eps)``.
    """
    words = _words(token, at)
    close = token.find(")", at)
    return (
        words is not None
        and len(words[0]) >= 3
        and zipf(words[0]) >= _COMMON
        and close > at
        and _GROUP_AFTER_WORD.fullmatch(token, at, close + 1) is not None
    )


def _price_after_name(token: str, at: int) -> bool:
    """``Kit($160):``, ``Pro($58.64)``, ``HR($1.50/user/month)``: a product, then its price.

    The bracket holds a price alone (a currency sign and a number, a ``+`` or a rate after
    it; two digits or more: ``$1`` is a shell's or a regex's) and closes in the token, with
    nothing after it but punctuation; before it, a word or a model's number (PHP's ``$name``
    starts with no digit).
    """
    return _ends_with_group(token, at, _PRICE_GROUP)


def _ends_with_group(token: str, at: int, group: re.Pattern[str]) -> bool:
    """Whether the bracket at ``at`` closes in ``token`` as ``group``, with only marks after it.

    ``group`` must match the bracket whole; what follows it is punctuation alone.
    """
    close = token.find(")", at)
    if close < 0 or group.fullmatch(token, at, close + 1) is None:
        return False
    return all(c in _TRAILING for c in token[close + 1 :])


def _group_after_name(token: str, at: int) -> bool:
    """``Act(PSA)``, ``Wingstop(WING)``, ``Mushihimesama(2004)``: a name, then its acronym or year.

    The token is a capitalised word of three letters or more (any frequency: names and
    titles), a bracket closed in it that holds an acronym in capitals, a year or a span of
    years, or a price tier (``Umeda($$)``), and nothing after it but punctuation.
    """
    left = token[:at].lstrip(_TOKEN_OPENERS)
    return (
        len(left) >= 3
        and left.isalpha()
        and left[0].isupper()
        and left[1:].islower()
        and _ends_with_group(token, at, _NAME_GROUP)
    )


def _common_left(token: str, at: int) -> bool:
    words = _words(token, at)
    return words is not None and zipf(words[0]) >= _COMMON


def _common_right(token: str, at: int) -> bool:
    words = _words(token, at)
    return words is not None and zipf(words[1]) >= _COMMON


def _common_label(token: str, at: int) -> bool:
    """A common word, capitalised or not, before the number: a label (``Weight38.8 lbs``).

    Not a name with a capital inside (``iPhone15 GB``) nor a rare word.
    """
    words = _words(token, at)
    return words is not None and words[0][1:].islower() and zipf(words[0]) >= _COMMON


def _section_number(token: str, at: int) -> bool:
    """The token starts with a section's number (``3.2``, ``5.3.1``), then a word, not a unit.

    Tables of contents lose the space between them (``3.2Firefox Mobile``); a version or
    a measure glued to its unit stays (``2.3Ghz``).
    """
    words = _words(token, at)
    return (
        words is not None
        and _SECTION.fullmatch(token[:at]) is not None
        and words[1].lower() not in _GLUED_UNITS
    )


def _one_word_after(token: str, at: int) -> bool:
    """The token is a label's last word, its mark and one value: no list or path."""
    return _one_separator(token)


def _always(token: str, at: int) -> bool:
    return True


def _word_after_count(token: str, at: int) -> bool:
    """``450+free``, ``2000+courses``: a common word, no unit, after a count and its plus.

    Not ``60+fps`` or ``4+TB`` (units), nor code's ``float32+logscale`` (no common word).
    """
    right = _FIRST_WORD.search(token[at:])
    if right is None:
        return False
    word = right.group(1)
    return word.lower() not in _GLUED_UNITS and zipf(word) >= _COUNTED_WORD


_RULES = (
    # Each pattern starts with a punctuation mark and looks behind from there: many times
    # faster to scan than a pattern that starts with a letter or a look-behind.
    _Rule(
        "missing space after sentence punctuation",
        re.compile(
            r"[.!?;:,](?:(?<=[A-Za-z]{2}.)|(?<=[a-z\d.]\)[.!?])|(?<=[A-Za-z.!?]\"\.))"
            r"(?:(?<=[.!?])”)?(?=[A-Z][a-z]|[A-Z]{2}|[“‘][A-Za-z]|[AI][ \t]|I[’'](?:m|ve|ll|d)\b"
            r"|(?<=\)\.)\"[A-Z\d])"
        ),
        _sentence,
        lead="mark",
        then='[A-Z“‘”"]',
    ),
    _Rule(
        "missing space after sentence punctuation",
        re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{3})"),
        _titled_sentence,
        lead="mark",
        then="[A-Z]",
        prose=True,
    ),
    _Rule(
        "missing space after ','",
        re.compile(r"[,;](?<=[A-Za-z\d][,;])(?=[A-Za-z]{2}|\d|[aI][ \t])"),
        _comma,
        lead="mark",
        then=r"[A-Za-z\d]",
    ),
    _Rule(
        "missing space after ',' in a list of words",
        re.compile(r",(?<=[a-z]{2},)(?=[a-z]{2})"),
        _word_list,
        context=_prose_list,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space after ',' in a list of names",
        re.compile(r",(?<=[A-Za-z\d]{2},)(?=[A-Z][A-Za-z\d])"),
        _name_list,
        context=prose_line,
        lead="mark",
        then="[A-Z]",
    ),
    _Rule(
        "missing space after ':'",
        re.compile(r":(?<=[A-Za-z]{2}:)(?=[A-Za-z]|\$?\d)"),
        _colon,
        lead="mark",
        then=r"[A-Za-z$\d]",
    ),
    _Rule(
        "missing space after sentence punctuation",
        re.compile(r"\.(?<=[a-z]{2}\.)(?=\d+(?:\.\d+)?%)"),  # like statistics.81%expect
        _common_left,
        lead="mark",
        then=r"\d",
    ),
    _Rule(
        "missing space before a citation's volume",
        # Journal of History.27(1): 33–36, Sustaining Regions.6(1): 50–69
        re.compile(r"\.(?<=[A-Za-z]{2}\.)(?=\d{1,4} ?\(\d{1,4}(?:[–/-]\d{1,4})?\):)"),
        _always,
        lead="mark",
        then=r"\d",
    ),
    _Rule(
        "missing space after a citation's title",
        # "Review: 'Salvage'" .Variety, "Hermitian Matrices".MathPages.com, "GII 2016
        # Report"(PDF).Global Innovation Index, Morris, Rod (2000).Collins Field Guide, and
        # the stop on a line of its own after the title's ("… Movie Review"⏎.The Times of India)
        re.compile(
            r"\.(?:(?<=[\"”][ \n]\.)|(?<=[A-Za-z?!)'’][\"”]\.)|(?<=\((?:PDF|pdf)\)\.)"
            r"|(?<=\((?:1[5-9]|20)\d\d\)\.))(?=[A-Z][a-z])"
        ),
        _always,
        context=_titled_quote,
        lead="mark",
        then="[A-Z]",
        prose=True,
    ),
    _Rule(
        "missing space before a reference's label",
        # Cambridge University Press.ISBN978-0-521-83940-2, Medicine.PMID 18523023
        re.compile(r"\.(?<=[A-Za-z)]{2}\.)(?=(?:ISBN|ISSN|PMID|OCLC)[ \d])"),
        _always,
        lead="mark",
        then="[A-Z]",
    ),
    _Rule(
        "missing space after a count's '+'",
        # 450+free certificates, 2000+courses, 50+Popular Software, HDR10+high dynamic range
        re.compile(r"\+(?<=\d{2}\+)(?=[A-Za-z][a-z]{2,}(?![A-Za-z\d]))"),
        _word_after_count,
    ),
    _Rule(
        "missing space after a date's comma",
        re.compile(r",(?<=\d,)(?=(?:1[89]|20)\d\d(?!\d))"),
        _always,
        context=_date_before,
        lead="mark",
        then=r"\d",
    ),
    _Rule(
        "missing space after ','",
        re.compile(r",(?<=e\.g\.,|i\.e\.,)(?=[A-Za-z\d])"),  # (e.g.,ice baths)
        _always,
        lead="mark",
        then=r"[A-Za-z\d]",
    ),
    _Rule(
        "missing space after a label's ':'",
        re.compile(r":(?<=[A-Za-z]{2}:)(?=[A-Za-z]{2}|[aAI][ \t]|\$?\d)"),  # Best for:a latte
        _one_word_after,
        context=_label_line,
        lead="mark",
        separator=True,  # a row's cell: |Weight:3.37 lbs
        then=r"[A-Za-z$\d]",
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[a-z]{2}\()(?=[a-z]{2}|[ei]\.[ge]\.)"),
        _open_paren,
        before=True,
        lead="paren",
    ),
    _Rule(
        "missing space after ')'",
        re.compile(r"\)(?<=[a-z]\))(?=[a-z]{3})"),
        _close_paren,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space after ')'",
        re.compile(r"\)(?<=[A-Za-z]\))(?=[a-z]{2})"),
        _group_at_start,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[A-Za-z]{3}\()(?=[A-Za-z]{2})"),
        _open_group,
        before=True,
        lead="paren",
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[a-z]{2}\()(?=[\d$]|I )"),
        _titled_group,
        before=True,
        context=_prose_group,
        lead="paren",
    ),
    _Rule(
        "missing space after a footnote marker",
        re.compile(r"\](?<=[\da-z]\])(?=[A-Z][a-z]|[a-z]{2}|[AI][ \t])"),
        _footnote,
        lead="mark",
        then="[A-Za-z]",
    ),
    _Rule(
        "missing space before a date",
        re.compile(
            r"[0-9](?<=[a-z]{3}[0-9])(?:\d? (?=(?:"
            + "|".join(MONTHS)
            + r")(?![a-z]))|\d{3}-\d\d-\d\d(?![\w-]))"
        ),
        _common_left,  # Retrieved30 April, Retrieved2007-10-12 (three letters before the digit)
        before=True,
        lead="digit",
    ),
    _Rule(
        "missing space after a note's number",
        re.compile(r"[.!?](?<=[a-z]{2}[.!?])\d{1,2}(?=[A-Z][a-z])"),  # estate tax.9Those states
        _note_number,
        lead="mark",
        then=r"\d",
    ),
    _Rule(
        "missing space after a numbered item",
        re.compile(r"[.)](?<=\d[.)])(?=[A-Z][a-z]|[A-Z]{2})"),  # not "item 3.A"
        _numbered,
        lead="mark",
        then="[A-Z]",
    ),
    _Rule(
        "missing space after ')'",
        re.compile(r"\)(?<=[A-Z\d%]\))(?=[a-z]{2})"),
        _closed_group,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space before an opening quote",
        # in her"Go-To Dinners", the term"kitchen; not a string's prefix, f"x", rb"x", fr"x"
        re.compile(r'"(?<=[A-Za-z]{3}")(?=[A-Za-z])'),
        _common_left,
        before=True,
        context=_opening_quote,
        lead="mark",
        then="[A-Za-z]",
    ),
    _Rule(
        "missing space after a closing quote",
        re.compile(r'"(?<=[A-Za-z.,!?]")(?=[a-z]{2})'),  # Dinners"cookbook, this?"or
        _common_right,
        context=_closing_quote,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space before an opening quote",
        re.compile(r'"(?<=[A-Za-z]{2}[:.,;!?]")(?=[A-Z][a-z]|I[ \t’\'])'),  # reports:"Stanford
        _always,
        before=True,
        context=_opening_quote,
        lead="mark",
        then="[A-Z]",
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[A-Za-z\d]\()(?=[$£€]\d)"),
        _price_after_name,
        before=True,
    ),
    _Rule(
        "missing space before '(' opening an aside",
        re.compile(r"\((?<=[A-Za-z\d.!?+*%”\"™]\()(?=[a-z]{2,}[ \t])"),
        _aside,
        before=True,
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[a-z]{3}\()(?=[A-Z\d$])"),
        _group_after_word,
        before=True,
        lead="paren",
    ),
    _Rule(
        "missing space before '('",
        re.compile(r"\((?<=[A-Za-z][a-z]{2}\()(?=[A-Z]{3}|[12]\d{3}[-–)]|\$+\))"),
        _group_after_name,
        before=True,
        lead="paren",
    ),
    # A dash glued to the word before it, at the end of a phrase: one rule per dash, each
    # scanned for as a plain character (a class of the three is several times slower).
    *(
        _Rule(
            "missing space before a dash",
            re.compile(dash + r"(?<=[A-Za-z\d)]" + dash + ")" + rest + r"(?=\s|$)"),
            _always,
            before=True,
        )
        for dash, rest in (("–", ""), ("—", ""), ("-", "-"))  # a hyphen only doubled: word--
    ),
    _Rule(
        "missing space after ')'",
        # an acronym's brackets glued to the next word: American Dental Association (ADA)Seal,
        # Multiple Sclerosis (MS)from (not a prefix's: (Re)sourced)
        re.compile(r"\)(?<=[A-Z]\))(?=[A-Z][a-z]|[a-z]{3})"),
        _acronym_in_brackets,
        lead="mark",
        then="[A-Za-z]",
    ),
    _Rule(
        "missing space after ':'",
        # a price after a label's colon: Campaign management:$5,000, Furnace (heat pump):$2,800
        re.compile(r":(?<=[a-z)]:)(?=\$\d)"),
        _always,
        lead="mark",
        then=r"\$",
    ),
    _Rule(
        "missing space before '('",
        # a closing quotation mark glued to the brackets after it: “Worse is Better”(1989)
        re.compile(r"\((?<=[A-Za-z.!?]”\()"),
        _always,
        before=True,
    ),
    _Rule(
        "missing space after ':'",
        # a sentence's colon glued to the words it introduces, which go on: two main
        # types:hub motors, booking flights:sustainability, comfort (not code's main:app,
        # internal:local., nor a line of settings, retries:three and mode:fast)
        re.compile(r":(?<=[a-z]{2}:)(?=[a-z]{2,}(?:[ \t]+[a-z]|,))"),
        _prose_colon,
        context=_one_glued_colon,
        lead="mark",
        then="[a-z]",
        prose=True,
    ),
    _Rule(
        "missing space after a call's brackets",
        # an inline code element glued to the prose after it (the fetch()function, calling
        # toBehind()andtoFront()everywhere): no language writes a word right after "()"
        re.compile(r"\)(?<=[A-Za-z\d_]\(\))(?=[a-z]{3})"),
        _always,
        lead="mark",
        then="[a-z]",
    ),
    _Rule(
        "missing space after a dash",
        # a spaced en dash glued to the word after it (Paid vacations –Give your team); an em
        # dash so written opens a quotation's attribution ("…a charm." —Kayla Dillinger)
        re.compile(r"–(?<= –)(?=[A-Za-z])"),
        _always,
    ),
    _Rule(
        "missing space before a dash",
        # Back up your data- Regularly; not a suspended hyphen (Gyroscope- And Accelerometer-Based)
        re.compile(r"-(?<=[A-Za-z]{2}-)(?= (?!(?:And|Or|To|Nor)\b)[A-Z][a-z])"),
        _word_before_dash,
        before=True,
        context=_label_before_dash,
    ),
    _Rule(
        "missing space at a '|' separator",
        re.compile(r"\|(?<=[ \t]\|)(?=[A-Za-z\d$])"),  # display |Battery life
        _always,
        separator=True,
    ),
    _Rule(
        "missing space at a '|' separator",
        re.compile(r"\|(?<=[A-Za-z\d)%.]\|)(?=[ \t])"),  # Buy on Amazon| Buy on
        _always,
        before=True,
        separator=True,
    ),
    # A list of names glued at its separators: HomeAdvisor|Houzz|Rocket Mortgage (both sides)
    *(
        _Rule(
            "missing space at a '|' separator",
            re.compile(r"\|(?<=[A-Za-z\d)]{3}\|)(?=[A-Z][a-z]{2})"),
            _always,
            before=before,
            context=_separated_list,
            separator=True,
        )
        for before in (True, False)
    ),
    _Rule(
        "missing space after a reference mark",
        re.compile(r"\^(?<![^\n]\^)(?=[A-Z“\"])"),  # ^McLintock, Alexander: a line's back-link
        _always,
    ),
    _Rule(
        "missing space after a price",
        re.compile(r"\$(?<![A-Za-z\d]\$)\d[\d,]*(?:\.\d\d)?(?=[A-Z][a-z]{2})"),  # $74.99View
        _always,
    ),
    _Rule(
        "missing space before '$'",
        re.compile(r"\$(?<=[a-z]{2}\$)(?=\d)"),
        _common_left,
        before=True,
    ),
    _Rule(
        "missing space before a percentage",
        re.compile(r"[0-9](?<=[a-z]{2}[0-9])(?=\d*(?:\.\d+)?%)"),  # make up38.7% of: not 4x4%
        _common_left,
        before=True,
        lead="digit",
    ),
    _Rule(
        "missing space before an amount",
        re.compile(r"[0-9](?<=[a-z][0-9])" + _AMOUNT_AHEAD),  # by6.4 trillion, a15%, With40+
        _amount_head,
        before=True,
        context=_amount,
        lead="digit",
    ),
    _Rule(
        "missing space before an amount",
        re.compile(r"A(?<![\w]A)(?=\d)" + _AMOUNT_AHEAD),  # A2017 study, A56,000+ person team
        _amount_head,
        context=_amount,
    ),
    _Rule(
        "missing space before a measurement",
        re.compile(
            r"[0-9](?<=[a-z]{2}[0-9])(?=[\d,.]*\d ?" + _UNITS + r"(?![A-Za-z\d]))"
        ),  # Speed26.7 MPH
        _common_label,
        before=True,
        lead="digit",
    ),
    _Rule(
        "missing space after a section number",
        re.compile(r"\.(?<=\d\.)\d{1,3}(?=[A-Z][a-z]{2})"),  # contents: 3.2Firefox Mobile
        _section_number,
        lead="mark",
        then=r"\d",
    ),
    # from Google★★★★☆(29): not 4.8★; one rule per star, each scanned for as one plain
    # character (a class of the two scans every character, several times slower)
    *(
        _Rule(
            "missing space before a star rating",
            re.compile(star + r"(?<=[A-Za-z]" + star + r")(?=[★☆]{2})"),
            _always,
            before=True,
        )
        for star in "★☆"
    ),
    _Rule("missing space after '%'", re.compile(r"%(?<=\d%)(?=[a-z]{2})"), _common_right),
    _Rule("missing space at a quote", re.compile(r"”(?<=[a-z][,.!?]”)(?=[a-z]{2})"), _always),
    # Curly quotes glued to a word: "laughable“war", "room”it".
    _Rule(
        "missing space at a quote",
        re.compile(r"“(?<=[A-Za-z]“)(?=[A-Za-z])"),
        _always,
        before=True,
    ),
    _Rule("missing space at a quote", re.compile(r"”(?<=[A-Za-z]”)(?=[A-Za-z])"), _always),
)


# Shared scans: every match of a rule in a group starts at one of its group's places, so
# the rule is tried there only (the same matches as its own scan of the text, found once
# for the whole group). A mark or quote glued to what follows it (TextIndex.glued_marks,
# the same scan; the rules' first items keep the marks); a digit right after a letter; an
# opening bracket right after one.
_LEADS: dict[str, re.Pattern[str] | regex.Pattern[str]] = {
    "mark": re.compile(r"[.,;:!?)\]”’\"](?=\S)"),
    # an ASCII digit after a letter (a digit of another script after English letters is no
    # glue, and the rules of the group start with one); scanned by the regex module, which
    # finds [0-9] four times faster than re on web pages (the same places: a test compares)
    "digit": regex.compile(r"[0-9](?<=[a-z][0-9])"),
    # an opening bracket after a letter, which each rule of the group needs before it
    "paren": re.compile(r"\((?<=[A-Za-z]\()"),
}
_FIRST_ITEM = re.compile(r"\\.|\[[^\]]*\]|.")  # a pattern's first character or class


def _first_item(rule: _Rule) -> str:
    """The first character or class of the rule's pattern (``:`` for ``:(?<=…``, ``\\d``).

    A place of the rule's group where it does not match cannot start a match, so the rule
    is tried only at the places where it does.
    """
    item = _FIRST_ITEM.match(rule.pattern.pattern)
    return item.group() if item is not None else ""


_RULE_FIRSTS: dict[str, re.Pattern[str]] = {}  # filled below, once the rules are defined


def _places(rule: _Rule, text: str, places: dict[str, list[int]]) -> list[int]:
    """The places of the rule's group where its first item matches (one scan per group).

    With a ``then`` class, only those whose next character is in it: a rule's match
    always has one there.
    """
    first = _RULE_FIRSTS[rule.pattern.pattern]
    key = f"{rule.lead} {first.pattern}"
    found = places.get(key)
    if found is None:
        if rule.lead not in places:
            places[rule.lead] = [m.start() for m in _LEADS[rule.lead].finditer(text)]
        found = places[key] = _where(places[rule.lead], text, first, 0)
    if rule.then:
        then_key = f"{key} {rule.then}"
        if then_key not in places:
            places[then_key] = _where(found, text, _RULE_THENS[rule.then], 1)
        found = places[then_key]
    return found


def _where(group: list[int], text: str, item: re.Pattern[str], offset: int) -> list[int]:
    """The places of ``group`` whose character ``offset`` after them ``item`` matches.

    ``item`` is one character or class: it matches by that character alone, so each
    distinct character is tried once, not each place.
    """
    if offset:
        chars = [text[i + offset : i + offset + 1] for i in group]
    else:
        chars = list(map(text.__getitem__, group))
    distinct = set(chars)
    ok = {c for c in distinct if item.fullmatch(c)}
    return group if ok == distinct else list(compress(group, map(ok.__contains__, chars)))


def _matches(rule: _Rule, text: str, places: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """The rule's matches in ``text``, in order: by its own scan, or at its group's places.

    A rule whose pattern starts with one plain character is not scanned for in a text
    without that character (a search for one character is many times faster).
    """
    if not rule.lead:
        literal = _RULE_LITERALS.get(rule.pattern.pattern)
        if literal is None or literal in text:
            yield from rule.pattern.finditer(text)
        return
    end = 0
    for i in _places(rule, text, places):
        if i >= end:  # not inside the previous match, as a scan would not look there
            m = rule.pattern.match(text, i)
            if m is not None:
                end = m.end()
                yield m


_RULE_FIRSTS.update((r.pattern.pattern, re.compile(_first_item(r))) for r in _RULES if r.lead)
_RULE_THENS = {r.then: re.compile(r.then) for r in _RULES if r.then}
# the plain character each ungrouped rule's pattern starts with, where it starts with one
_RULE_LITERALS = {
    r.pattern.pattern: item[-1]
    for r in _RULES
    if not r.lead
    and not r.pattern.flags & re.IGNORECASE
    and (item := _first_item(r))
    and (
        (len(item) == 1 and item not in ".^$*+?{}[]|()\\")
        or (len(item) == 2 and item[0] == "\\" and not item[1].isalnum())
    )
}


# A web address glued to what comes before it: "at:https://", "Blog.https://", "athttps://".
_SCHEMES = ("https", "http")
_ADDRESS_REASON = "missing space before a web address"
_WORD_BEFORE = re.compile(r"(?<![A-Za-z\d])[A-Z]?[a-z]{2,}\Z")  # at, visit, Visit
_ADDRESS_WINDOW = 24  # characters looked at for the word before an address


def _address_starts(text: str) -> list[int]:
    """Where ``http://``, ``https://`` and ``www.`` start, in order (found by ``str.find``).

    >>> _address_starts("see https://a.org and www.b.org, not ftp://c")
    [4, 22]
    """
    starts = []
    at = text.find("://")
    while at >= 0:
        scheme = next(
            (s for s in _SCHEMES if at >= len(s) and text.startswith(s, at - len(s))), None
        )
        if scheme is not None:
            starts.append(at - len(scheme))
        at = text.find("://", at + 3)
    at = text.find("www.")
    while at >= 0:
        starts.append(at)
        at = text.find("www.", at + 4)
    # two ascending runs that never share a place ("h" and "w"): a linear merge
    return sorted(starts)


def _address_edits(text: str, index: TextIndex, confidence: float) -> Iterator[Edit]:
    """Spaces lost before a web address: ``Accessed at:https://``, ``Blog.https://``, ``athttps://``.

    After a mark, the token before it holds no address of its own (not a list of
    addresses written with commas); with no mark, a common lower-case word must end
    right before it (``at``, ``visit``, ``Visit``; not ``the|httpcrate``, which is no address).
    Never in a code line.
    """
    for pos in _address_starts(text):
        if pos == 0 or text[pos - 1].isspace():
            continue
        found = index.token(pos - 1)
        if found is None or index.is_code(pos - 1):
            continue
        start, token = found
        before = token[: pos - start]
        if not before:
            continue
        if before[-1] in ":.,":
            if len(before) < 2 or not (before[-2].isalnum() or before[-2] == ")"):
                continue
            if "://" in before or "www." in before:
                continue
        else:
            word = _WORD_BEFORE.search(before, max(0, len(before) - _ADDRESS_WINDOW))
            if word is None or zipf(word.group()) < _COMMON:
                continue
        yield Edit(STAGE, pos, pos, "", " ", _ADDRESS_REASON, confidence)


# A domain or e-mail address whose link lost the space before it: "atglossier.com",
# "toKenPom.com", "atletters@globaltraveler.com". The address's first label starts with
# one of these words, longest first.
_ADDRESS_HEADS = "contact email visit from with like via and for see at to on of by in or".split()
_DOMAIN_END = re.compile(r"\.(?:com|org|net|gov|edu|io|info|co|us|uk|ca|au)(?![A-Za-z0-9])|@")
_FIRST_LABEL = re.compile(r"[“\"‘'(]?([A-Za-z][A-Za-z0-9-]*)(?=[.@])")
_HEADED_ADDRESS_REASON = "missing space before a web or e-mail address"
_MAX_LABEL = 40  # letters of a first label looked at: a longer one is no glued link
_WHITESPACE = re.compile(r"\s")


def _address_head(label: str) -> int:
    """Where a word glued to the rest of an address's first ``label`` ends, or 0.

    The label is no word (``atlassian``, ``forbes``, ``info`` are) and the rest reads as a
    link's text: capitalised (``KenPom``), or else a word or name (``glossier``) or words of
    three letters or more (``musictheaterworks``) where the label's best segmentation, if
    any, starts with the word (``totallymoney`` is "totally money") and the rest's with no
    function word (``ontheissues.org`` is a site's name).

    >>> labels = ("atglossier", "toKenPom", "atlassian", "todoist", "ontheissues")
    >>> [_address_head(label) for label in labels]
    [2, 2, 0, 0, 0]
    """
    if zipf(label) > 0 or vouched(label.lower()):
        return 0
    for head in _ADDRESS_HEADS:
        if not label.lower().startswith(head) or len(label) < len(head) + 3:
            continue
        rest = label[len(head) :]
        if rest[0].isupper():  # the case changes where the link starts
            return len(head)
        if label[0].isupper():
            return 0  # a capitalised head only before a capitalised name (AtAccounting)
        whole = segment(label)
        if whole is not None and whole[0] != head:
            return 0
        if vouched(rest):
            return len(head)
        parts = segment(rest) if rest.isalpha() else None
        if parts is None or min(map(len, parts)) < 3 or parts[0] in FUNCTION_WORDS:
            return 0  # a site named by a phrase: ontheissues.org, lightofchristmas.com
        return len(head)
    return 0


def _headed_address_edits(text: str, index: TextIndex, confidence: float) -> Iterator[Edit]:
    """Spaces lost between a word and the address after it: ``atglossier.com``, ``toKenPom.com``.

    One look at each token that holds a domain's end or an ``@`` (never in a code line): the
    other ends and ``@`` of the token are passed over, so the work is linear in the text.
    """
    resume = 0
    for m in _DOMAIN_END.finditer(text):
        if m.start() < resume:
            continue  # in a token already looked at
        found = index.token(m.start())
        if found is None:  # a token too long to read: pass over it to its end
            space = _WHITESPACE.search(text, m.start())
            resume = len(text) if space is None else space.start()
            continue
        start, token = found
        resume = start + len(token)
        label = _FIRST_LABEL.match(token)
        if label is None or "://" in token or len(label.group(1)) > _MAX_LABEL:
            continue
        cut = _address_head(label.group(1))
        if cut and not index.is_code(start):
            yield Edit(
                STAGE,
                start + label.start(1) + cut,
                start + label.start(1) + cut,
                "",
                " ",
                _HEADED_ADDRESS_REASON,
                confidence,
            )


# A domain's end glued to the word after it: "Topic.comand", "iab.comfor", "Makeup.comin"
# (the pattern starts at its dot, which is many times faster to scan for than a letter).
_GLUED_DOMAIN_END = re.compile(
    r"\.(?<=[A-Za-z0-9]\.)(com|org|net|gov|edu|io)([a-z]+|[A-Z][a-z]+)(?![a-z]|\.[A-Za-z]|[@/])"
)
_ADDRESS_END_REASON = "missing space after a web or e-mail address"
_WORD_AFTER_ADDRESS = 3.5  # zipf of a word (not a function word) glued after an address


def _address_end_edits(text: str, index: TextIndex, confidence: float) -> Iterator[Edit]:
    """Spaces lost between an address's end and the next word: ``Topic.comand``, ``iab.comfor``.

    The word is a function word or a common one, capitalised or not (``hoka.comShop``: a
    shop's links one after another), and the end with it no word
    (``.company``, ``.network``, ``.compile`` are) nor a domain of its own (``orgsync.com``).
    Never in a code line.

    >>> text = "Watch it on Topic.comand Hulu, or mail ads@iab.comfor more. It is a .company site."
    >>> [text[e.start - 4 : e.start] for e in _address_end_edits(text, TextIndex(text), 0.85)]
    ['.com', '.com']
    """
    for m in _GLUED_DOMAIN_END.finditer(text):
        end, word = m.groups()
        if vouched(end + word) or zipf(end + word) >= _RARE:  # wordfreq knows web junk: comand
            continue
        if not ((word in FUNCTION_WORDS and len(word) > 1) or zipf(word) >= _WORD_AFTER_ADDRESS):
            continue
        if not index.is_code(m.start()):
            yield Edit(STAGE, m.start(2), m.start(2), "", " ", _ADDRESS_END_REASON, confidence)


def punctuation_edits(
    text: str, index: TextIndex, confidence: float, document: DocumentWords | None = None
) -> list[Edit]:
    """Insert the spaces lost next to punctuation (one linear scan of the text per rule or group).

    At most one edit per position: the first rule that finds it explains it. Addresses are
    otherwise left whole, but one glued to the word or mark before it is cut from it
    (:func:`_address_edits`, :func:`_headed_address_edits`), and so is the word glued after
    an address's end (:func:`_address_end_edits`). A rule for prose only asks ``document``
    (the text's words, read on first use) whether the text is prose about code.
    """
    edits: dict[int, Edit] = {e.start: e for e in _address_edits(text, index, confidence)}
    for e in itertools.chain(
        _headed_address_edits(text, index, confidence), _address_end_edits(text, index, confidence)
    ):
        edits.setdefault(e.start, e)
    places: dict[str, list[int]] = {"mark": index.glued_marks()}
    for rule in _RULES:
        for m in _matches(rule, text, places):
            pos = m.start() if rule.before else m.end()
            if pos in edits:
                continue
            found = index.token(pos - 1)
            if found is None:
                continue
            start, token = found
            checked = token.replace("|", "") if rule.separator else token
            if UNTOUCHABLE.search(checked) or not rule.check(token, pos - start):
                continue
            if rule.context is not None and not rule.context(text, pos):
                continue
            if index.is_code(pos - 1):
                continue
            if rule.prose:
                document = document or DocumentWords(text)
                if document.technical:
                    continue
            edits[pos] = Edit(STAGE, pos, pos, "", " ", rule.reason, confidence)
    return [edits[pos] for pos in sorted(edits)]
