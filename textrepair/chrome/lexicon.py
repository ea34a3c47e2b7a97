"""What page furniture says and looks like, in English and the other large web languages.

Each pattern is a signal for the line model, not a rule on its own: "Read more"
inside a sentence of the story is not chrome; a four-word line that is only
"Read more:" is.

>>> bool(CHROME_PHRASE.search("You May Also Like"))
True
>>> bool(RELATIVE_TIME.search("32 seconds -")), bool(RELATIVE_TIME.search("1 hour ago"))
(True, True)
>>> bool(CREDIT.search("(AP Photo/Paul Sakuma, File)"))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from textrepair.chrome.phrases import COMMENT_HEADERS, PHRASES, every

__all__ = [
    "BYLINE",
    "CHROME_PHRASE",
    "CITATION",
    "COMMENTS_HEADER",
    "COMMENT_AUTHOR",
    "CREDIT",
    "DATE",
    "GLUED_CAPS",
    "MANUAL_SECTION",
    "MARKDOWN",
    "PAPER_SECTION",
    "RELATIVE_TIME",
    "SENTENCE_END",
    "SEPARATORS",
    "TRUNCATED",
    "URL",
    "CaseFreePattern",
    "glued_caps",
    "has_credit",
    "is_citation",
]


class CaseFreePattern:
    """A case-insensitive pattern, matched on lower-cased text.

    Python's ``re.IGNORECASE`` folds case at every step of a long alternation;
    lower-casing the line once and matching a lower-case pattern finds the same
    spans about three times faster. Text whose lower-case form has another
    length (``İ``) is matched with ``re.IGNORECASE`` so that offsets stay right.

    >>> CaseFreePattern("read more").search("Then READ MORE:").span()
    (5, 14)
    """

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"write the pattern in lower case: {pattern!r}")
        self.pattern = pattern
        self._lower = re.compile(pattern)
        self._any_case = re.compile(pattern, re.IGNORECASE)

    def search(self, text: str) -> re.Match[str] | None:
        """The first match in ``text``, whatever its case (spans are ``text``'s)."""
        return self.search_lowered(text, text.lower())

    def search_lowered(self, text: str, lowered: str) -> re.Match[str] | None:
        """:meth:`search` when the caller has ``text.lower()`` already (``lowered``)."""
        if len(lowered) != len(text):
            return self._any_case.search(text)
        return self._lower.search(lowered)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Every match in ``text``; ``group()`` is the lower-cased match."""
        lowered = text.lower()
        if len(lowered) != len(text):
            return self._any_case.finditer(text)
        return self._lower.finditer(lowered)


_PHRASES = every(PHRASES)


def by_first_character(phrases: list[str]) -> str:
    """One alternation of ``phrases`` (patterns), grouped by their first character.

    Python's regex engine skips a branch that starts with a character other
    than the text's in one comparison, but enters every branch that starts with
    a group. Each phrase must start with a literal character that stands alone
    (no quantifier after it), or with ``\\d`` (such a phrase stays a branch of
    its own). The phrases that start with the same character become one
    branch, in their order, so the alternation matches what the phrases tried
    in order match: two phrases that start differently never match at the same
    place.

    >>> print(by_first_character(["read more", "related", "menu", r"\\d+ comments?"]))
    (?:r(?:ead more|elated)|m(?:enu)|\\d+ comments?)
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        if phrase.startswith(r"\d"):
            groups[phrase] = []
            continue
        first, rest = phrase[:1], phrase[1:]
        if not first or first in "([.^$|\\" or not rest or rest[0] in "?*+{":
            raise ValueError(f"a phrase must start with a literal character: {phrase!r}")
        groups.setdefault(first, []).append(rest)
    branches = [
        f"{first}(?:{'|'.join(rests)})" if rests else first for first, rests in groups.items()
    ]
    return "(?:" + "|".join(branches) + ")"


# Every phrase starts with a word character, so a word boundary before it is all that
# "(?:^|\b)" would say.
CHROME_PHRASE = CaseFreePattern(r"\b" + by_first_character(_PHRASES) + r"(?:\b|$)")
"""A phrase of page furniture ("Read more", "Newsletter", "Datenschutz")."""

_UNITS = (
    r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|"
    r"sekunden|minuten|stunden|tagen?|minutes|heures|jours|minutos|horas|días|dias|minuti|ore)"
)
RELATIVE_TIME = CaseFreePattern(
    r"\b\d{1,3}\s*" + _UNITS + r"\s*(?:ago|-|–|—|$)|\b(?:vor|il y a|hace|há)\s+\d{1,3}\s*" + _UNITS
)
"""A relative timestamp of a headline list ("32 seconds -", "1 hour ago", "vor 2 Stunden")."""

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DATE = CaseFreePattern(
    r"\b(?:" + _MONTHS + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTHS + r"\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b"
)
"""A calendar date ("Jan 29, 2025", "2025-01-29", "29.01.2025")."""

BYLINE = re.compile(r"^(?:by|von|par|por|di|door)\s+\p{Lu}".replace(r"\p{Lu}", "[A-ZÀ-Ý]"), re.I)
"""A byline ("By Korin Miller")."""

_AGENCY_ENDS = ("ap", "afp", "reuters", "epa", "getty images", "shutterstock", "bloomberg", "alamy")
_AGENCIES = "(?:" + "|".join(_AGENCY_ENDS) + ")"  # names a caption ends with
# The credit's kinds, in the order has_credit asks for them, each with what a line must
# hold for it there: an opening bracket, a line that ends with an agency's name (or "photo",
# ")" or "/" after it), "//", a colon. The bracket is the agency's own (not "(APL)") and no
# dash follows it: a wire story's dateline ("MEXICO CITY (AP) —", "KYIV, Dec 24 (Reuters) -")
# opens its first paragraph.
_CREDIT_KINDS = (
    r"\((?:ap|afp|reuters|epa|getty)\b[^)]*\)(?!\s*[—–-])",
    _AGENCIES + r"\s*(?:photo)?\s*[)/]?\s*$",
    r"//\s*getty",
    r"\bphoto(?:graph)?:\s|\bcredit:\s|\bimage:\s|\bfoto:\s",
)
CREDIT = CaseFreePattern("|".join(_CREDIT_KINDS))
"""A photo credit ("(AP Photo/Paul Sakuma, File)", "… EPA", "Tanja Ivanova//Getty Images")."""
_CREDIT_SEARCHES = tuple(re.compile(kind).search for kind in _CREDIT_KINDS)
_CREDIT_ENDINGS = (*_AGENCY_ENDS, "photo", ")", "/")


def has_credit(text: str, lowered: str) -> bool:
    """Whether :data:`CREDIT` finds a credit in ``text`` (``lowered`` is ``text.lower()``).

    The same answer, sooner: each kind of credit is looked for only in a line
    that holds what it needs, and alone.

    >>> line = "The mayor at the opening. (AP Photo/Paul Sakuma)"
    >>> has_credit(line, line.lower()), has_credit("A quiet street", "a quiet street")
    (True, False)
    >>> line = "MEXICO CITY (AP) — Mexico’s economy grew by 1.1% in the first quarter."
    >>> has_credit(line, line.lower()), has_credit("Propulsion Labs (APL)", "propulsion labs (apl)")
    (False, False)
    """
    if len(lowered) != len(text):
        return CREDIT.search(text) is not None
    bracket, agency, slashes, colon = _CREDIT_SEARCHES
    return bool(
        ("(" in lowered and bracket(lowered))
        or (lowered.rstrip().endswith(_CREDIT_ENDINGS) and agency(lowered))
        or ("//" in lowered and slashes(lowered))
        or (":" in lowered and colon(lowered))
    )


MARKDOWN = re.compile(r"!\[[^\[\]]*\]\([^()]*\)|\[\]\([^()]*\)|\[[^\[\]]*\]\(\s*\)|^#{1,6}\s*$")
"""Markdown remnants: images ("![]()"), empty links."""

URL = re.compile(r"https?://|www\.|(?<![\w.+-])[.+-]*\w[\w.+-]*@[\w-]+\.[\w.]+\b")
"""A URL or an e-mail address.

The address's local part is tried only where a run of its characters starts
(the look-behind), so a long run with no ``@`` (``a-a-a-…``) is scanned once, not
once from each of its characters (which took 21 s on 80,000 characters). It
finds an address exactly where the same pattern started at any word boundary
does: a boundary inside the run is there just when the run holds a word
character (tests/chrome/test_lexicon.py checks the two against each other).
"""

CITATION = re.compile(
    r"^[\s\d.*_]*\^(?:[\s\]*_(]|$)(?!\W*(?i:(?:back\s+)?(?:to\s+(?:the\s+)?)?top)\W*$)"
    r"|\bRetrieved(?: on)?(?: \d{1,2}\.?)?(?: [A-Z][a-z]+\.?)?(?: \d{1,2},)? \d{4}\b"
    r"|\bArchived from the original\b"
    r"|\b(?:[Aa]bgerufen am|[Cc]onsulté le|[Cc]onsultado (?:el|em)|[Cc]onsultato il) \d"
)
"""A note or reference of a reference list, as wikis and papers write them.

Wikipedia's back-link caret opening the line (after the list's number: ``^ Hoffman,
Jordan (2016).``, ``3. ^ a b``; not a link back to the top of the page, ``^ Back to top``),
or the date a source was read (``Retrieved 23 November 2016``, ``Retrieved 2021-06-16``,
``Abgerufen am 3. Mai 2020``), or an archived copy's mark.

>>> bool(CITATION.search("  52. **^** Hoffman, Jordan (September 25, 2016). The Guardian."))
True
>>> bool(CITATION.search(". Insider. Retrieved 2021-06-16.")), bool(CITATION.search("Retrieved"))
(True, False)
"""

_CITATION_MARKS = ("^", "etrieved", "rchived", "bgerufen", "onsult")


def is_citation(text: str) -> bool:
    """Whether :data:`CITATION` finds a note or reference in ``text``.

    The same answer, sooner: the pattern is tried only on a line that holds one of the
    marks each of its branches needs (most lines hold none: a search of every line cost a
    twentieth of the chrome stage).

    >>> is_citation("^ Keane, Basil (March 2009). Te Ara."), is_citation("Read more")
    (True, False)
    """
    return any(mark in text for mark in _CITATION_MARKS) and CITATION.search(text) is not None


SEPARATORS = re.compile(r"[|›»•·▪►◄→]")
"""Characters that separate menu items and breadcrumbs."""

SENTENCE_END = re.compile(r"[.!?…。！？।॥۔؟։።။][\"'”’»)\]」』）]*\s*$")
"""A line that ends a sentence (headlines, menu items and tags do not).

Besides Latin and CJK full stops: the Devanagari danda (Hindi, Marathi, Nepali ``।``, ``॥``),
the Urdu full stop and Arabic question mark (``۔``, ``؟``), and the Armenian, Ethiopic
and Burmese full stops (``։``, ``።``, ``။``).
"""

TRUNCATED = re.compile(r"\w[,;:]?\s?(?:\.\.\.|…)\s*$")
"""A line cut off with an ellipsis, as teasers of other stories are ("…and son,...")."""

GLUED_CAPS = re.compile(r"[a-z][A-Z][a-z]")
"""A lower-case letter glued to a capital: tags run together ("AnalyticaClinton")."""
# The capitals of GLUED_CAPS's places, found from the capital (few characters are one)
# rather than from every lower-case letter; two of them may share a lower-case letter
# ("aBcDe") that GLUED_CAPS's matches cannot share.
_GLUED_CAPITAL = re.compile(r"[A-Z](?<=[a-z][A-Z])(?=[a-z])")


def glued_caps(line: str) -> int:
    """How many matches :data:`GLUED_CAPS` finds in ``line`` (``len(findall)``), sooner.

    No capital between lower-case letters means no match, and one means one (a match
    before it would need a capital of its own); only with two or more are the matches
    counted as :data:`GLUED_CAPS` finds them.

    >>> glued_caps("Cambridge AnalyticaClintonTrump"), glued_caps("aBcDe"), glued_caps("iPhone")
    (2, 1, 1)
    """
    found = len(_GLUED_CAPITAL.findall(line))
    return found if found < 2 else len(GLUED_CAPS.findall(line))


COMMENTS_HEADER = re.compile(
    r"^\s*(?:\d+\s+)?(?:comments?|responses|replies|reader comments|discussion"
    r"|join the (?:discussion|conversation)|leave a (?:comment|reply)|post a comment"
    r"|add (?:a|your) comment|write a comment|(?:show|view|load)(?: all)? comments"
    r"|\d+ thoughts? on\b.*|\d+ (?:comments?|responses?|replies)\b.*"
    r"|comments? \(\d+\)|(?:" + "|".join(every(COMMENT_HEADERS)) + r")(?:\s*\(\d+\))?)\s*:?\s*$",
    re.IGNORECASE,
)
"""A line that opens a comments section ("39 Comments", "Leave a reply", "Kommentare (12)")."""

COMMENT_AUTHOR = re.compile(
    r"^\W{0,4}\S.{0,60}?\s(?:says|sagt|dit|dice|diz|zegt|pisze|skriver|säger|siger)\s*:\s*$",
    re.IGNORECASE,
)
"""The line above a reader's comment in a blog's comments ("Modern Wife sagt:", "Ed says:"),
as WordPress writes it in its languages (a forum's quote, "paulb203 said:", is the thread's
own post, not this)."""

PAPER_SECTION = re.compile(
    r"^\s*(?:\d+\.?\s*)?(?:abstract|introduction|methods|materials and methods|results"
    r"|conclusions?|references)\s*:?\s*$",
    re.IGNORECASE,
)
"""A section header of a scholarly paper ("Abstract", "2. Methods", "References")."""

MANUAL_SECTION = re.compile(r"^\s*(?:NAME|SYNOPSIS|DESCRIPTION|OPTIONS|EXAMPLES|SEE ALSO)\s*$")
"""A section header of a manual page, in capitals as man pages write them ("SYNOPSIS")."""
