"""Sure signs of chrome that a line model, which weighs everything, can miss.

Each rule is narrow and names itself in the edit's reason. They run beside the
model: a line goes when a rule or the model says so.

>>> story = "The council approved the budget on Monday after a debate that went on late at night."
>>> lines = ["Audio By Carbonatix", story, "Latest Stories", "TOR runs a bus service", "2 hours -"]
>>> for reason in rule_reasons(lines):
...     print(reason or "-")
chrome: a short line of page furniture
-
chrome: a 'Latest Stories' list
chrome: a 'Latest Stories' list
chrome: a 'Latest Stories' list
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from textrepair.chrome.lexicon import (
    CHROME_PHRASE,
    GLUED_CAPS,
    MARKDOWN,
    RELATIVE_TIME,
    SENTENCE_END,
)
from textrepair.chrome.lines import line_words, with_cjk_words
from textrepair.chrome.markup import plain
from textrepair.chrome.phrases import (
    AFFILIATE_DISCLOSURES,
    CONSENT_NOTICES,
    DISCLOSURE_WORDS,
    LIST_LABELS,
    every,
)
from textrepair.language.code import looks_like_code

__all__ = ["is_prose", "rule_reasons"]

_LIST_LABELS = "(?:" + "|".join(every(LIST_LABELS)) + ")"
LIST_HEADER = re.compile(rf"^\s*{_LIST_LABELS}\s*[:.…]?\s*$", re.IGNORECASE)
# The same labels heading one link on the line itself: "READ MORE: Thorpe Park's new ride".
LABELLED_LINK = re.compile(rf"^\s*{_LIST_LABELS}\s*:\s*(?=\w)", re.IGNORECASE)
_MAX_LINK_WORDS = 25
CONSENT_NOTICE = re.compile("|".join(every(CONSENT_NOTICES)), re.IGNORECASE)
_MAX_NOTICE_WORDS = 80
AFFILIATE_DISCLOSURE = re.compile("|".join(every(AFFILIATE_DISCLOSURES)), re.IGNORECASE)
_MAX_DISCLOSURE_WORDS = 60
_TIMESTAMP_LINE = re.compile(
    r"^\s*[-–—]?\s*$|^\s*(?:" + RELATIVE_TIME.pattern + r")\s*[-–—]?\s*$", re.I
)
_CREDIT_END = re.compile(
    r"\((?:AP|AFP|Reuters|EPA|Getty|Photo|File)[^)]*\)\s*$|"
    r"[.,]\s*(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock|Alamy)\s*$|"
    r"(?:/|//)\s*Getty Images\s*$",
    re.IGNORECASE,
)
_CREDIT_LAST = frozenset("pPaAsS\u017fkK\u212ayY)")
# A credit under its label at the end of a caption, in the pages' languages: "… Pinheiro.
# Foto: AFP", "Bild: SN/APA/KEYSTONE", "/ Credit: Getty Images", "Photo Credit: Screenshot",
# Polish "Fot. Paweł Supernak".
# The label is capitalised (a line of prose or code writes "the base image: alpine") and the
# credit is one name or path, no sentence; it is searched for in the line's last characters.
_LABELLED_CREDIT = re.compile(
    r"(?<!\w)(?:(?:Photo|PHOTO|Foto|FOTO|Bild|BILD|Beeld|BEELD|Image|IMAGE|Credit|CREDIT"
    r"|Crédits?|CRÉDITS?|Zdjęcie|Фото|ФОТО)(?:\s+(?:[Cc]redits?|CREDITS?|[Pp]hoto|PHOTO))?"
    r"\s*:|Fot\.)\s*[^.!?:]{1,60}\)?\s*$"
)
_CREDIT_TAIL = 90  # characters: the longest label and a 60-character credit, with room to spare
_WORDS = re.compile(r"\w+")
_MAX_LIST = 40
_MAX_UNDER_FURNITURE = 3
_PROSE_WORDS = 16
_MAX_TAGS = 80  # characters: a run of tags is short (Chinese prose has no spaces to count)


def is_prose(line: str) -> bool:
    """A line of the story: long, or a sentence of eight words or more (headlines have none).

    In Chinese and Japanese, two characters count as a word.

    >>> is_prose("The council approved the budget on Monday after a long debate."), is_prose("News")
    (True, False)
    >>> is_prose("市議会は十四日、来年度の予算案を賛成多数で可決した。")
    True
    """
    words = with_cjk_words(line, len(_WORDS.findall(line)))
    return words >= _PROSE_WORDS or (words >= 8 and bool(SENTENCE_END.search(line)))


def _furniture(line: str, words: int, sentence: bool) -> bool:
    """A short line that is page furniture: "Audio By Carbonatix", "Daily Newsletter".

    ``words`` is the number of the line's words
    (:func:`~textrepair.chrome.lines.line_words`), ``sentence`` whether it ends a sentence.
    """
    if not words or words > 6 or sentence:
        return False
    hits = list(CHROME_PHRASE.finditer(line))
    if not hits:
        return False
    covered = sum(m.end() - m.start() for m in hits)
    return hits[0].start() <= 2 or covered >= 0.5 * len(line.strip()) or len(hits) >= 2


def _banner(line: str, words: int, sentence: bool) -> bool:
    """A banner of two chrome phrases or more ("Beta V.1.0 - Powered by automated translation")."""
    return (
        words <= 12
        and not sentence
        and (len({m.group().lower() for m in CHROME_PHRASE.finditer(line)}) >= 2)
    )


def _tag_run(line: str, words: int, sentence: bool) -> bool:
    """Tags glued together ("Cambridge AnalyticaClintonTrump"), not a line of code.

    Code glues capitals too (``builder.Services.AddHttpClient("MyApi")``,
    ``new FormData(document.getElementById(id))``): such a line
    (:func:`~textrepair.language.code.looks_like_code`) is the model's to judge, and a run
    of them inside the article stays as code does.

    >>> _tag_run("Cambridge AnalyticaClintonTrump", 3, False)
    True
    >>> _tag_run('builder.Services.AddHttpClient("MyApi")', 1, False)
    False
    """
    return (
        len(line) <= _MAX_TAGS
        and words <= 6
        and len(GLUED_CAPS.findall(line)) >= 2
        and not sentence  # a sentence is not a run of tags
        and not looks_like_code(line)
    )


def _credit_end(line: str) -> bool:
    """A photo caption's credit at the end of the line: an agency's, or one under its label.

    >>> _credit_end("Murat Yakin nach dem Spiel in Boston. Foto: AFP")
    True
    >>> _credit_end("Spontane Tanzeinlage des Publikums | Bild: Eva Kirchner-Rätsch/rbb")
    True
    >>> _credit_end("Pull the base image: alpine")
    False
    """
    # Every agency's credit (:data:`_CREDIT_END`) ends with ")" or a letter of the agencies'
    # names' last ones (p, a, s, k, y in either case, or a character that IGNORECASE takes
    # for one: the long s, the Kelvin sign); a line that ends otherwise is not searched.
    end = len(line.rstrip())  # a rendering may pad the line
    if line[end - 1 : end] in _CREDIT_LAST and _CREDIT_END.search(line):
        return True
    if ":" not in line and "Fot." not in line:  # every labelled credit holds one
        return False
    return _LABELLED_CREDIT.search(line, max(0, end - _CREDIT_TAIL)) is not None


def _consent_notice(line: str) -> bool:
    """A cookie consent notice, or a line of a consent tool's cookie table.

    >>> _consent_notice("We use cookies to give you the best experience on our website.")
    True
    >>> _consent_notice("This cookie is set by Cloudflare to support bot management.")
    True
    >>> _consent_notice("Bake the cookies for twelve minutes, then let them cool.")
    False
    """
    # Every notice holds the word (lower-case, capitalised or in capitals); most lines do
    # not, and are not searched.
    if "ookie" not in line and "OOKIE" not in line:
        return False
    return CONSENT_NOTICE.search(line) is not None


def _affiliate_disclosure(line: str) -> bool:
    """A page's disclosure that it earns from the shop links on it.

    >>> _affiliate_disclosure("As an Amazon Associate I earn from qualifying purchases.")
    True
    >>> _affiliate_disclosure("When you buy through our links, we may earn a commission.")
    True
    >>> _affiliate_disclosure("Estate agents earn a commission of about 1% on each sale.")
    False
    """
    lowered = line.lower()
    # Every disclosure holds one of these words; most lines hold none, and are not searched.
    if not any(word in lowered for word in DISCLOSURE_WORDS):
        return False
    return AFFILIATE_DISCLOSURE.search(line) is not None


def _markdown_only(line: str) -> bool:
    if "](" not in line and "#" not in line:  # every remnant MARKDOWN finds holds one
        return False
    rest = MARKDOWN.sub("", line)
    return rest != line and not any(c.isalnum() for c in rest)


def rule_reasons(
    written: list[str], shown: list[str] | None = None, phrased: Sequence[float] | None = None
) -> list[str]:
    """For each line, the reason a rule removes it, or "" when no rule applies.

    The rules read each line's :func:`~textrepair.chrome.markup.plain` text, so
    that a markdown heading or link says what the same line of plain text says.
    ``shown`` are the lines' :func:`~textrepair.chrome.markup.visible` texts
    when the caller has them already, and ``phrased`` (with ``shown``) whether
    :data:`~textrepair.chrome.lexicon.CHROME_PHRASE` finds a phrase in each: a
    line whose plain text is its shown text and that holds no phrase is no
    furniture or banner, and is not searched again.
    """
    if shown is None:
        lines = [plain(line) for line in written]
    else:
        lines = [plain(line, text) for line, text in zip(written, shown, strict=True)]
    # the lines the phrase rules need not search: plain() gave the shown text itself
    unphrased = (
        [
            not found and line is text
            for found, line, text in zip(phrased, lines, shown, strict=True)
        ]
        if phrased is not None and shown is not None
        else [False] * len(lines)
    )
    out = [""] * len(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():  # a bare link or image: nothing a reader sees but its markup
            out[i] = "chrome: markdown remnants" if _markdown_only(written[i]) else ""
            i += 1
            continue
        header = LIST_HEADER.match(line)
        words = line_words(line)  # a Chinese or Japanese line's two characters make a word
        sentence = bool(SENTENCE_END.search(line))
        if header or (not unphrased[i] and _furniture(line, words, sentence)):
            name = line.strip().rstrip(":.… ")
            reason = (
                f"chrome: a {name!r} list" if header else "chrome: a short line of page furniture"
            )
            out[i] = reason
            # The list under a header: short lines up to the next paragraph of prose.
            j = i + 1
            while j < len(lines) and j - i <= (_MAX_LIST if header else _MAX_UNDER_FURNITURE):
                if LIST_HEADER.match(lines[j]):
                    break
                if not header and CHROME_PHRASE.search(lines[j]) and line_words(lines[j]) < 25:
                    pass  # a prompt under its heading ("Get the news in your inbox daily.")
                elif is_prose(lines[j]) or (not header and SENTENCE_END.search(lines[j])):
                    break
                out[j] = reason if header else "chrome: under a line of page furniture"
                j += 1
            i = j
            continue
        if _TIMESTAMP_LINE.match(line):
            out[i] = "chrome: a relative timestamp"
        elif words <= _MAX_LINK_WORDS and LABELLED_LINK.match(line):
            out[i] = f"chrome: a {line.split(':')[0].strip()!r} link"
        elif words <= _MAX_NOTICE_WORDS and _consent_notice(line):
            out[i] = "chrome: a cookie consent notice"
        elif words <= _MAX_DISCLOSURE_WORDS and _affiliate_disclosure(line):
            out[i] = "chrome: an affiliate disclosure"
        elif words <= 80 and _credit_end(line):
            out[i] = "chrome: a photo caption with its credit"
        elif not unphrased[i] and _banner(line, words, sentence):
            out[i] = "chrome: a banner"
        elif _tag_run(line, words, sentence):
            out[i] = "chrome: tags glued together"
        elif _markdown_only(written[i]):
            out[i] = "chrome: markdown remnants"
        i += 1
    return out
