"""Split runs that the plain segmenter cannot: mixed case, acronyms and the document's own words.

Link text glued to its neighbours keeps its own capitals and rare names:
``earlierTesla``, ``theNIH``, ``cleanUXand``, ``TaxSlayeris``,
``Jobbertorun``. English word lists cannot split these, but the document
usually can: the name (``Tesla``, ``TaxSlayer``, ``Jobber``) stands on its own
somewhere else in the same text. :func:`document_parts` finds the best split
of a run into pieces that are each an English word, an acronym at a case
boundary, or a token the document writes on its own elsewhere (same case).

It only proposes; the glued-word model decides, and the hard vetoes of
:mod:`textrepair.spacing.glue_proposals` (names, brands, codes, addresses)
apply before it is asked.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache
from operator import itemgetter, ne

from textrepair.language.function_words import FUNCTION_WORDS
from textrepair.language.lexicon import bigram_count, zipf
from textrepair.spacing.words import (
    BEGINNING_LETTERS,
    BRAND_PREFIXES,
    IDENTIFIER_HEADS,
    LINK_HEADS,
    part_beginnings,
    piece_zipf,
)

__all__ = ["DocumentWords", "document_parts", "merge_known"]

_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_WORD_SHAPE = re.compile(r"[A-Z]?[a-z]+")
# Bytes kept by DocumentWords.counts (ASCII letters and digits); every other byte is a space.
_RUN_BYTES = bytes(b if chr(b).isascii() and chr(b).isalnum() else ord(" ") for b in range(256))
_CAMEL_HEAD = re.compile(r"[a-z]+")
# A member after a dot (.takewhile) and the run before a "(" (groupby(): each pattern starts
# at its punctuation mark, which is many times faster to scan for than a letter.
_MEMBER = re.compile(r"\.(?<=[A-Za-z0-9_]\.)([a-z][A-Za-z0-9]*)")
_CALL = re.compile(r"\((?<=[A-Za-z0-9]\()")
_RUN_END = re.compile(r"[A-Za-z0-9]+\Z")
# A call with no argument or a quoted one: toBehind(), popUntil("select")
_BARE_CALL = re.compile(r"\((?<=[A-Za-z0-9]\()(?=[)\"'])")
# The ends of web addresses and abbreviations, which follow a "." as members do
_ADDRESS_ENDS = frozenset(
    "com org net gov edu io co uk de fr nz au ca jp us info biz me tv".split()
)
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_CODE_CALLS = 8  # distinct calls and members that make a document one about code
_MAX_CALLED = 48  # letters looked at before a "(": longer runs are never candidates anyway
_GLUE_HEADS = FUNCTION_WORDS | LINK_HEADS
_MAX_PIECES = 5
_MAX_PIECE = 24
# Two capitalised words meet inside a run ("NewYork") only when English writes them
# together this often (symspellpy's bigram counts); brands ("WeWork", "AirPods") do not.
_PASCAL_BIGRAM = 50_000_000
_NAME_SCORE_ZIPF = 4.0  # a name the document writes on its own scores like a common word
_ACRONYM_ZIPF = 3.5
_RARE_NAME_ZIPF = 3.0
_SUBJECTS = ("it", "he", "she", "they", "which", "who")
_PASSAGE = 40  # characters on each side of a word that show a passage written again


def _ascii_word(word: str) -> bool:
    """ASCII letters and digits only: in a text, a whole word of them is one of its runs."""
    return word.isascii() and word.isalnum()


def _same_end(a: str, b: str) -> bool:
    """Whether the shorter of two strings ends the longer."""
    return a.endswith(b) or b.endswith(a)


def _same_start(a: str, b: str) -> bool:
    """Whether the shorter of two strings starts the longer."""
    return a.startswith(b) or b.startswith(a)


class DocumentWords:
    """What a document itself says about its words, computed on first use.

    :meth:`is_name`: a capitalised token it writes on its own; :meth:`writes` and
    :meth:`count`: every token, case ignored (``markdown`` keeps ``markdownfilesin``
    from becoming ``mark down files in``); :meth:`mid_sentence`: a name it writes after a
    lower-case word (a name, not a sentence start); :meth:`apart`: two words
    it writes apart, in the same case (``Tutoring System`` vouches for
    splitting ``TutoringSystem``).

    >>> words = DocumentWords("Tesla sold cars. We met Jobber and TaxSlayer today.")
    >>> words.is_name("TaxSlayer"), words.mid_sentence("Jobber"), words.mid_sentence("Tesla")
    (True, True, False)
    >>> words.count("tesla"), words.writes("CARS"), words.vocabulary
    (1, True, 9)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._mid_sentence: dict[str, bool] = {}
        self._apart: dict[tuple[str, str], bool] = {}

    @cached_property
    def counts(self) -> Counter[str]:
        """The runs of ASCII letters and digits of the text, with their counts.

        Found by C-level passes, not a regex scan: every character that is not an ASCII
        letter or digit becomes a space (``?`` first, for non-ASCII ones), then the text
        is split on whitespace.
        """
        ascii_text = self.text.encode("ascii", "replace").translate(_RUN_BYTES).decode("ascii")
        return Counter(ascii_text.split())

    @cached_property
    def _cased(self) -> list[str]:
        """The distinct runs with a capital letter (found without a loop over every run)."""
        runs = list(self.counts)
        return list(itertools.compress(runs, map(ne, runs, map(str.lower, runs))))

    def is_name(self, token: str) -> bool:
        """Whether the document writes ``token``, a word with a capital letter, on its own."""
        return token in self.counts and token.isalpha() and not token.islower()

    @cached_property
    def has_identifiers(self) -> bool:
        """Whether a camelCase identifier occurs twice (``useState``): prose about code.

        Its head must start identifiers (:data:`~textrepair.spacing.words.IDENTIFIER_HEADS`:
        ``use``, ``set``, ``get``, ``on``, ``is``…) or the document must write it as a call
        or member: a link glued the same way each time is no identifier (``toldRest of
        World``, ``freePlumbing Services``), nor is a brand (``macOS``, ``edX``, ``aptX``),
        nor a possessive's ``s`` before a glued link (``Deloitte’sHuman Capital``).

        >>> DocumentWords("Call useState, then useState again.").has_identifiers
        True
        >>> DocumentWords("He toldRest of World, and toldRest of World more.").has_identifiers
        False
        >>> DocumentWords("Deloitte’sHuman met eBay; Deloitte’sHuman and eBay").has_identifiers
        False
        >>> DocumentWords("Call freePlumbing Services; freePlumbing Services").has_identifiers
        False
        """
        counts, cased = self.counts, self._cased
        camel = itertools.compress(cased, map(str.islower, map(itemgetter(0), cased)))
        return any(
            counts[t] > 1
            and (head := _CAMEL_HEAD.match(t)) is not None
            and len(head.group()) > 1
            and head.group() not in _GLUE_HEADS
            and (head.group() in IDENTIFIER_HEADS or t in self.called)
            for t in camel  # a lower-case start, found without a loop over every run
        )

    @property
    def about_code(self) -> bool:
        """Whether the document writes ``_CODE_CALLS`` distinct runs or more as code does.

        Such a document is about code: a run it repeats is an identifier (``formatters``,
        ``thenable``, ``endfor``), and a mark glued to a word is more often code than glue.

        >>> DocumentWords("Use itertools.groupby or takewhile(pred, it).").about_code
        False
        """
        return len(self.called) >= _CODE_CALLS

    def as_code(self, run: str) -> bool:
        """Whether ``run`` reads as code here: written as a call or member, or in prose about code.

        >>> DocumentWords("Use itertools.groupby or takewhile(pred, it).").as_code("groupby")
        True
        """
        return self.about_code or run in self.called

    @property
    def technical(self) -> bool:
        """Whether the document is prose about code: :attr:`has_identifiers` or :attr:`about_code`.

        >>> DocumentWords("Call useState, then useState again.").technical
        True
        """
        return self.has_identifiers or self.about_code

    @cached_property
    def members(self) -> frozenset[str]:
        """Runs written right after a ``.`` that follows a letter or digit, as members are.

        >>> sorted(DocumentWords("Use itertools.groupby and WebSocket.binaryType.").members)
        ['binaryType', 'groupby']
        """
        return frozenset(m.group(1) for m in _MEMBER.finditer(self.text))

    @cached_property
    def called(self) -> frozenset[str]:
        """Runs written as code is: right before ``(`` or right after a ``.`` (one scan).

        Not a web address's or an abbreviation's end (``nih.gov``, ``e.g.``), nor a number
        or a capitalised word right before a bracket (``1945(``, ``Zealand(``: prose whose
        space before the bracket was lost, as a link's is).

        >>> sorted(DocumentWords("Use itertools.groupby or takewhile(pred, it).").called)
        ['groupby', 'takewhile']
        >>> sorted(DocumentWords("See nih.gov, e.g. New Zealand(1945) or 1945(NZ).").called)
        []
        """
        members = (m for m in self.members if len(m) > 1 and m not in _ADDRESS_ENDS)
        before = (r for r in self._bracketed if not (r.isdigit() or _TITLE_WORD.fullmatch(r)))
        return frozenset(itertools.chain(members, before))

    @cached_property
    def _bracketed(self) -> frozenset[str]:
        """The runs written right before a ``(``."""
        return self._runs_before(_CALL)

    @property
    def code_marks(self) -> bool:
        """Whether the document writes eight runs or more before a ``(`` or after a ``.``.

        The looser reading of :attr:`about_code` (web addresses, names and numbers before a
        bracket count too) that the punctuation model's "code document" feature was trained on.

        >>> DocumentWords("Use itertools.groupby or takewhile(pred, it).").code_marks
        False
        """
        return len(self.members | self._bracketed) >= _CODE_CALLS

    @cached_property
    def invoked(self) -> frozenset[str]:
        """Runs written right before ``()`` or a quoted argument: surely code's calls.

        Glued prose writes a run before ``(`` too (``ofAmazon(during``), but seldom before
        an empty or quoted argument.

        >>> sorted(DocumentWords('Call toBehind() or popUntil("x"), ofAmazon(during').invoked)
        ['popUntil', 'toBehind']
        """
        return self._runs_before(_BARE_CALL)

    def _runs_before(self, bracket: re.Pattern[str]) -> frozenset[str]:
        """The letter/digit runs that end right where ``bracket`` matches (one scan)."""
        text, runs = self.text, set()
        for m in bracket.finditer(text):
            start = m.start()
            run = _RUN_END.search(text[max(0, start - _MAX_CALLED) : start])
            if run is not None:
                runs.add(run.group())
        return frozenset(runs)

    @cached_property
    def _case_forms(self) -> dict[str, list[str]]:
        """Each lower-cased run with a capital letter, and the runs it comes from."""
        forms: dict[str, list[str]] = {}
        for token in self._cased:
            forms.setdefault(token.lower(), []).append(token)
        return forms

    def count(self, word: str) -> int:
        """How often the document writes ``word``, case ignored."""
        lowered, counts = word.lower(), self.counts
        return counts[lowered] + sum(counts[t] for t in self._case_forms.get(lowered, ()))

    def writes(self, word: str) -> bool:
        """Whether the document writes ``word`` anywhere, case ignored."""
        lowered = word.lower()
        return lowered in self.counts or lowered in self._case_forms

    @cached_property
    def vocabulary(self) -> int:
        """How many distinct words the document writes, case ignored."""
        uncased = len(self.counts) - len(self._cased)
        return uncased + sum(1 for w in self._case_forms if w not in self.counts)

    def _occurrences(self, needle: str) -> Iterator[int]:
        """Start offsets of ``needle`` as whole tokens (not inside a longer word)."""
        text, start = self.text, self.text.find(needle)
        while start >= 0:
            end = start + len(needle)
            if (start == 0 or not text[start - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                yield start
            start = text.find(needle, start + 1)

    def mid_sentence(self, name: str) -> bool:
        """Whether the document writes ``name`` right after a lower-case word."""
        if name not in self._mid_sentence:
            text = self.text
            self._mid_sentence[name] = any(
                i >= 2
                and text[i - 1] == " "
                and (
                    text[i - 2].islower()
                    or (i >= 3 and text[i - 2] in ",;" and text[i - 3].islower())
                )
                for i in self._occurrences(name)
            )
        return self._mid_sentence[name]

    def copied(self, word: str, starts: Sequence[int]) -> bool:
        """Whether ``word`` is written more than once only because a passage is (a page's copy).

        Every occurrence is written the same way, with the same :data:`_PASSAGE` characters
        before and after it (fewer at the text's ends): a page that repeats a paragraph
        repeats its glue too, and the copy vouches for nothing. ``starts`` are where the
        text writes ``word`` as a run of ASCII letters and digits, in order (the caller has
        found them already: searching the text again for every run would cost the length
        of the text each time); those beside another letter or digit are not its own.

        >>> passage = "Last year we sawFacebook grow again."
        >>> DocumentWords(f"{passage} {passage}").copied("sawFacebook", [13, 50])
        True
        >>> DocumentWords("Our iPhone is new. Her iPhone is old.").copied("iPhone", [4, 23])
        False
        """
        text, first, found = self.text, None, 0
        for i in starts:
            end = i + len(word)
            if (i and text[i - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                continue  # inside a longer word (éabc): not an occurrence of its own
            before, after = text[max(0, i - _PASSAGE) : i], text[end : end + _PASSAGE]
            found += 1
            if first is None:
                first = before, after
            elif not (_same_end(before, first[0]) and _same_start(after, first[1])):
                return False
        return found > 1 and found == self.count(word)

    def written_apart(self, left: str, right: str) -> bool:
        """Whether the document writes ``left right`` as two words, one space between."""
        key = (left, right)
        if key not in self._apart:
            # two ASCII words written so are two of its runs: if one is not, no search
            self._apart[key] = (
                not (_ascii_word(left) and _ascii_word(right))
                or (left in self.counts and right in self.counts)
            ) and next(self._occurrences(f"{left} {right}"), None) is not None
        return self._apart[key]

    def apart(self, parts: tuple[str, ...]) -> bool:
        """Whether the document writes two neighbouring ``parts`` apart somewhere else.

        >>> DocumentWords("An Intelligent Tutoring System helps.").apart(("Tutoring", "System"))
        True
        """
        return any(self.written_apart(a, b) for a, b in itertools.pairwise(parts))


def _name_score(piece: str) -> float:
    """The score of ``piece`` as a name the document writes on its own (like a common word)."""
    return max(zipf(piece), _NAME_SCORE_ZIPF) - 9.0


@lru_cache(maxsize=1 << 16)
def _word_score(piece: str) -> float | None:
    """Log-probability-like score of ``piece`` as a word, None when it cannot be one.

    A piece the document writes as a name (not in lower case) scores as one instead
    (:func:`_name_score`); every other piece's score is the same in every document,
    so it is worked out once per process.
    """
    if piece == "I":
        return zipf(piece) - 9.0
    if _WORD_SHAPE.fullmatch(piece):
        z = piece_zipf(piece)
        return None if z is None else z - 9.0
    if _ACRONYM.fullmatch(piece):
        return _ACRONYM_ZIPF - 9.0
    return None


def _function(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS and (len(word) > 1 or word in {"a", "I"})


def _cut_ok(
    left: str, right: str, rest: tuple[str, ...], document: DocumentWords, titled: bool = False
) -> bool:
    """Whether glue between ``left`` and ``right`` is believable (``rest``: parts after left).

    * a function word before a capital (``the|NIH``, ``in|Insurance``, ``But|ABC``,
      but not a brand prefix: ``My|SQL``) or a name the document writes
      mid-sentence (``earlier|Tesla``), but not a code identifier (``table|Component``);
    * the pronoun ``I`` on either side (``how|much|work|I``, ``All|I|know``);
    * an acronym then a function word (``UX|and``), never an acronym against a
      capital (``Swift|UI``, ``SQL|Alchemy``);
    * a name then lower-case words with a function word or a link head among them
      (``TaxSlayer|is``, ``Programming|via|Saylor``),
      or a mixed-case name the document writes on its own then a word (``GitHub|customer``),
      or a rare name it writes on its own then a word English writes after a subject
      pronoun, mostly a verb (``Domo|provides``, not ``Kunst|forum``); never a name
      then a final ``an``, a demonym (``Tokelau|an``);
    * two capitalised words only when English writes them together very often
      (``New|York``, not ``We|Work``), or in a title whose lower-case function
      word shows the run is words (``Why|Choosing|the|Right``: ``titled``);
    * any two words the document itself writes apart elsewhere (``Tutoring|System``).
    """
    acronym_left = left.isupper() and len(left) > 1
    if document.written_apart(left, right) or "I" in (left, right):
        return True
    if _function(left) and left.lower() not in BRAND_PREFIXES and _ACRONYM.fullmatch(right):
        return True  # But|ABC, the|NIH; not My|SQL
    if acronym_left or _ACRONYM.fullmatch(right):
        if right[:1].isupper() and (acronym_left or left[-1:].isupper() or left[:1].isupper()):
            return False
        acronym, other = (left, right) if acronym_left else (right, left)
        if document.is_name(acronym) and other.islower():
            return True  # an acronym the document writes on its own: CPU|performance
        return _function(other)
    if left[-1].islower() and right[0].isupper():
        if left[0].isupper():
            return titled or bigram_count(left, right) >= _PASCAL_BIGRAM
        return _function(left) or left.lower() in LINK_HEADS or document.mid_sentence(right)
    if right[0].islower() and not left.islower():
        if right == "an" and not rest[1:]:
            return False  # a demonym: Tokelau|an, Pueblo|an (words.segment says so too)
        if not left[1:].islower() and document.is_name(left) and piece_zipf(right) is not None:
            return True  # a mixed-case name the document writes alone: GitHub|customer
        if (
            not rest[1:]
            and document.is_name(left)
            and zipf(left) < _RARE_NAME_ZIPF
            and _after_subject(right)
        ):
            return True  # a rare name the document writes alone, then a verb: Domo|provides
        return any(_function(p) or p in LINK_HEADS for p in rest if p.islower() or p == "I")
    return True


def _after_subject(word: str) -> bool:
    """Whether English writes ``word`` after a subject pronoun (``it provides``, ``who is``).

    What follows a name at the start of a sentence is mostly its verb; symspellpy's
    bigram counts know the common ones after ``it``, ``he``, ``she``, ``they``,
    ``which`` or ``who``, and no noun (``tile``, ``forum``).

    >>> _after_subject("provides"), _after_subject("forum")
    (True, False)
    """
    return any(bigram_count(subject, word) for subject in _SUBJECTS)


def merge_known(parts: tuple[str, ...], document: DocumentWords) -> tuple[str, ...]:
    """Rejoin neighbouring parts that the document writes as one word elsewhere.

    >>> merge_known(("mark", "down", "files", "in"), DocumentWords("Write markdown."))
    ('markdown', 'files', 'in')
    """
    out = list(parts)
    i = 0
    while i < len(out) - 1:
        joined = out[i] + out[i + 1]
        whole = len(out) == 2  # the run itself, which the document of course contains
        if not whole and len(joined) >= 5 and document.writes(joined):
            out[i : i + 2] = [joined]
        else:
            i += 1
    return tuple(out)


_WHOLE_WORD_ZIPF = 3.0
_CAPITALISED_PIECE = re.compile(r"(?<![A-Z])[A-Z][a-z]+")


def splits_a_word(run: str, parts: tuple[str, ...], document: DocumentWords) -> bool:
    """Whether ``parts`` cut a capitalised word of ``run`` that is a common word itself.

    A mixed-case run is cut at its changes of case; a cut inside one of its
    capitalised pieces (not an acronym's last letter) splits a word when the piece
    is a common word (``On|to|Commons``, ``In|line|Data``, ``The|As|us``), unless
    what comes before the cut is a name the document writes on its own, not a
    function word (``TurboTax|is``).

    >>> words = DocumentWords("TurboTax files taxes.")
    >>> splits_a_word("OntoCommons", ("On", "to", "Commons"), words)
    True
    >>> splits_a_word("TurboTaxis", ("TurboTax", "is"), words)
    False
    """
    cuts = list(itertools.accumulate(len(p) for p in parts[:-1]))
    for m in _CAPITALISED_PIECE.finditer(run):
        for cut in cuts:
            if (
                m.start() < cut < m.end()
                and zipf(m.group()) >= _WHOLE_WORD_ZIPF
                and (run[:cut].lower() in FUNCTION_WORDS or not document.is_name(run[:cut]))
            ):
                return True
    return False


_ASCII_LETTERS = re.compile(r"[A-Za-z]*")
_ASCII_CAPITAL = re.compile(r"[A-Z]")
_WORD_START = re.compile(r"[A-Za-z][a-z]*")  # a word's letters from a place
_ACRONYM_START = re.compile(r"[A-Z]{2,5}s?")  # an acronym's, at most


def _word_reach(run: str, lowered: str, start: int, beginnings: frozenset[str]) -> int:
    """The furthest end of a piece of ``run`` (ASCII) from ``start`` that may score as a word.

    :func:`_word_score` accepts ``I``, a capital or not with lower-case letters after it
    that begin an English word (``beginnings``, :func:`~textrepair.spacing.words.part_beginnings`;
    ``lowered`` is ``run`` in lower case), or an acronym of two to five capitals and an
    ``s``. A longer piece from ``start`` scores only as a name the document writes.

    >>> begins = frozenset({"a", "ab", "abo"})
    >>> _word_reach("aboxy", "aboxy", 0, begins), _word_reach("NIHsoft", "nihsoft", 0, begins)
    (3, 4)
    """
    reach = start + 1 if run[start] == "I" else start
    word = _WORD_START.match(run, start, start + _MAX_PIECE)  # no piece is longer
    if word is not None:
        # the beginnings hold every beginning of their words: the pieces that begin a
        # word end at start + 1 … some end, found by halving
        low, high = start, min(word.end(), start + BEGINNING_LETTERS)
        while low < high:
            middle = (low + high + 1) // 2
            if lowered[start:middle] in beginnings:
                low = middle
            else:
                high = middle - 1
        reach = max(reach, low if low < start + BEGINNING_LETTERS else word.end())
    acronym = _ACRONYM_START.match(run, start)
    if acronym is not None:
        reach = max(reach, acronym.end())
    return reach


def _letters_end(run: str, start: int, is_ascii: bool) -> int:
    """Where the letters of ``run`` from ``start`` end, looked for no further than a piece goes."""
    limit = min(len(run), start + _MAX_PIECE)
    if is_ascii:  # run.isascii(), asked once per run
        letters = _ASCII_LETTERS.match(run, start, limit)  # matches everywhere, if only ""
        return start if letters is None else letters.end()
    end = start
    while end < limit and run[end].isalpha():
        end += 1
    return end


def _better(
    best: list[tuple[float, tuple[int, ...]] | None],
    end: int,
    prev: tuple[float, tuple[int, ...]],
    score: float,
) -> None:
    """Keep the split up to ``end`` through ``prev`` and a piece of ``score`` if it is better."""
    current = best[end]
    if current is None or prev[0] + score > current[0]:
        best[end] = (prev[0] + score, (*prev[1], end))


def _best_cuts(run: str, document: DocumentWords) -> tuple[int, ...] | None:
    """Where the most probable split of ``run`` into scored pieces ends each piece (or None).

    A piece scores as a name the document writes (:func:`_name_score`) or as a word
    (:func:`_word_score`). The split is the same as scoring every piece of up to
    :data:`_MAX_PIECE` letters, the whole run aside, through at most :data:`_MAX_PIECES`
    pieces, ties going to the earlier start; but a piece is scored as a word only while
    it may be one (:func:`_word_reach`).
    """
    n, counts, is_ascii = len(run), document.counts, run.isascii()
    beginnings, lowered = part_beginnings() if is_ascii else None, run.lower()
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    # Forward from each place, the places in order: each end meets its starts in the
    # same order as a scan of each end's starts would, so ties go the same way.
    for start in range(n):
        prev = best[start]
        if prev is None or len(prev[1]) >= _MAX_PIECES:
            continue
        # neither a word nor a name holds a digit; the whole run is no piece
        last = min(n - (start == 0), start + _MAX_PIECE, _letters_end(run, start, is_ascii))
        reach = (
            last if beginnings is None else min(last, _word_reach(run, lowered, start, beginnings))
        )
        for end in range(start + 1, reach + 1):
            piece = run[start:end]
            if not piece.islower() and len(piece) >= 2 and piece in counts:
                score: float | None = _name_score(piece)
            else:
                score = _word_score(piece)
            if score is not None:
                _better(best, end, prev, score)
        if reach >= last:
            continue
        # beyond its reach, a piece is only a name the document writes (with a capital)
        capital = _ASCII_CAPITAL.search(run, start, last)
        if capital is None:
            continue
        for end in range(max(reach, capital.start(), start + 1) + 1, last + 1):
            piece = run[start:end]
            if piece in counts:
                _better(best, end, prev, _name_score(piece))
    final = best[n]
    return None if final is None else final[1]


def document_parts(run: str, document: DocumentWords) -> tuple[str, ...] | None:
    """Best split of ``run`` using English words, acronyms and the document's own names.

    Returns None when no believable split into two to five pieces exists.

    >>> words = DocumentWords("We met Tesla and TaxSlayer. Intelligent Tutoring System.")
    >>> document_parts("earlierTesla", words), document_parts("TaxSlayeris", words)
    (('earlier', 'Tesla'), ('TaxSlayer', 'is'))
    >>> [document_parts(run, words) for run in ("theNIH", "AirPods", "SwiftUI", "TutoringSystem")]
    [('the', 'NIH'), None, None, ('Tutoring', 'System')]
    """
    cuts = _best_cuts(run, document)
    if cuts is None or len(cuts) < 2:
        return None
    parts = tuple(run[a:b] for a, b in itertools.pairwise((0, *cuts)))
    if splits_a_word(run, parts, document):
        return None
    titled = any(p.islower() and len(p) > 1 and p in FUNCTION_WORDS for p in parts[1:])
    for i in range(len(parts) - 1):
        if not _cut_ok(parts[i], parts[i + 1], parts[i + 1 :], document, titled):
            return None
    return parts
