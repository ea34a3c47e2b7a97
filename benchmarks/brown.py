"""The Brown Corpus's essays, editorials and fiction as plain text: literary genres for ``spin``.

The Brown Corpus (Francis and Kučera, 1961 American prose in 500 samples of
about 2,000 words) ships tagged and tokenized, one sentence a line
(``Scotty/np did/dod not/* go/vb back/rb to/in school/nn ./.``), paragraphs
after a blank line. :func:`detokenize` writes a sentence back as prose:
punctuation against its word, ```` `` ```` and ``''`` as curly quotes, ``--``
as a spaced dash. The spin suites read three of its sections as one genre
and five as another (:data:`GENRES`): long-form opinion and literary writing,
which the issue asks false positives to be counted on and which no other data
set here holds.

>>> detokenize("``/`` I'm/ppss+bem here/rb ,/, ''/'' he/pps said/vbd ./.".split())
'“I’m here,” he said.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from benchmarks.data import shared

GENRES: dict[str, tuple[str, ...]] = {
    # B press: editorial; G belles-lettres (biography, memoirs, essays); R humour
    "essays and opinion (Brown)": ("b", "g", "r"),
    # K general, L mystery, M science fiction, N adventure, P romance
    "fiction (Brown)": ("k", "l", "m", "n", "p"),
}
"""The spin suites' genre name of each group of the corpus's sections (file letters)."""
SAMPLES = {"b": 27, "g": 75, "r": 9, "k": 29, "l": 24, "m": 6, "n": 29, "p": 29}
"""How many samples each section used here holds (``cb01`` … ``cb27``)."""
FOLDER = ("data", "brown")

# written against the word before: punctuation, closing brackets and quotes ('' is ”)
_CLOSING = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "''", "'"})
_OPENING = frozenset({"(", "[", "``"})
_QUOTES = {"``": "“", "''": "”"}
_DOUBLED = frozenset("?!;:")
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def file_names() -> list[str]:
    """The names of the samples read, in the corpus's order (``cb01`` … ``cp29``)."""
    return [f"c{s}{k:02d}" for s, n in SAMPLES.items() for k in range(1, n + 1)]


def detokenize(tokens: Sequence[str]) -> str:
    """One tagged sentence (``word/tag`` tokens) as written prose.

    >>> detokenize("The/at fight/nn --/-- and/cc it/pps was/bedz hard/jj ;/. ;/.".split())
    'The fight -- and it was hard;'
    """
    out: list[str] = []
    glue_next = True  # no space before the first word, nor after an opening mark
    previous = ""
    for token in tokens:
        word = token.rsplit("/", 1)[0]
        if word == previous and word in _DOUBLED:
            continue  # the corpus writes a sentence-ending ?, ! or ; twice (1,748 "? ?")
        text = _QUOTES.get(word, _APOSTROPHE.sub("’", word))
        if not (glue_next or word in _CLOSING):
            out.append(" ")
        out.append(text)
        glue_next = word in _OPENING
        previous = word
    return "".join(out)


def paragraphs(raw: str) -> Iterator[str]:
    """The paragraphs of one sample file, each its sentences detokenized and joined."""
    for block in re.split(r"\n\s*\n", raw):
        sentences: list[str] = []
        for line in block.splitlines():
            tokens = line.split()
            if tokens and all(t.endswith("-hl") for t in tokens if t[0].isalnum()):
                yield detokenize(tokens)  # a headline, on a line of its own
            elif tokens:
                sentences.append(detokenize(tokens))
        if sentences:
            yield " ".join(sentences)


def brown_texts() -> list[tuple[str, str, str]]:
    """(genre, sample name, text) of every sample read, its paragraphs one a line."""
    section_genre = {s: genre for genre, sections in GENRES.items() for s in sections}
    out = []
    for name in file_names():
        raw = shared(*FOLDER, name).read_text(encoding="utf-8")
        out.append((section_genre[name[1]], name, "\n".join(paragraphs(raw))))
    return out
