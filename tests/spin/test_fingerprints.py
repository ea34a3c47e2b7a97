"""Tortured-phrase lookup: longest match first, single-spaced words only, any case."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from textrepair.spin.fingerprints import _WORD, _phrases, find_fingerprints


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.expected) for f in find_fingerprints(text)]


def test_longest_phrase_first_and_case_kept() -> None:
    assert _found("A 10-overlap cross approval ran.") == [
        ("10-overlap cross approval", "10-fold cross validation")
    ]
    assert _found("Counterfeit Consciousness rules.") == [
        ("Counterfeit Consciousness", "artificial intelligence")
    ]


def test_words_must_be_joined_by_one_space() -> None:
    assert _found("counterfeit  consciousness") == []
    assert _found("counterfeit\nconsciousness") == []
    assert _found("counterfeit, consciousness") == []


def test_matches_do_not_overlap_and_every_one_is_found() -> None:
    text = "counterfeit consciousness counterfeit consciousness and profound learning"
    assert [e for _, e in _found(text)] == [
        "artificial intelligence",
        "artificial intelligence",
        "deep learning",
    ]


def _every_span(text: str) -> list[tuple[int, int, str]]:
    """The plain reading: at each word, the longest single-spaced phrase of the list."""
    table = _phrases()[0]
    longest = max(len(phrase.split()) for phrase in table)
    words = list(_WORD.finditer(text))
    found, i = [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            gaps = [text[words[k].end() : words[k + 1].start()] for k in range(i, i + n - 1)]
            key = " ".join(w.group().lower() for w in words[i : i + n])
            if all(gap == " " for gap in gaps) and key in table:
                found.append((words[i].start(), words[i + n - 1].end(), table[key][0]))
                i += n
                break
        else:
            i += 1
    return found


_PIECES = ("counterfeit", "consciousness", "10-overlap", "cross", "approval", "the", "Cross")


@given(
    st.lists(
        st.tuples(st.sampled_from(_PIECES), st.sampled_from((" ", "  ", ", ", "\n"))), max_size=12
    )
)
def test_the_lookup_finds_what_trying_every_span_finds(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in parts)
    assert [(f.start, f.end, f.expected) for f in find_fingerprints(text)] == _every_span(text)
