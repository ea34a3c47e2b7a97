from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from textrepair import fix_spacing
from textrepair.spacing.glue_document import (
    DocumentWords,
    _best_cuts,
    _name_score,
    _word_score,
    document_parts,
    merge_known,
    splits_a_word,
)


def test_names_written_mid_sentence_are_told_from_sentence_starts() -> None:
    doc = DocumentWords("Component trees grow. We bought a Tesla, then sold it; Netflix agreed.")
    assert doc.mid_sentence("Tesla")
    assert doc.mid_sentence("Netflix")  # after "it;"
    assert not doc.mid_sentence("Component")  # only at the start of a sentence
    assert not doc.mid_sentence("Tes")  # whole tokens only


def test_a_capital_after_a_content_word_needs_the_document_to_name_it() -> None:
    assert document_parts("earlierTesla", DocumentWords("Buyers chose a Tesla.")) == (
        "earlier",
        "Tesla",
    )
    assert document_parts("tableComponent", DocumentWords("Component trees grow.")) is None


def test_words_written_apart_vouch_only_in_the_same_case() -> None:
    assert document_parts("TutoringSystem", DocumentWords("a Tutoring System")) == (
        "Tutoring",
        "System",
    )
    assert document_parts("TutoringSystem", DocumentWords("a tutoring system")) is None


def test_acronyms_meet_function_words_or_are_named_by_the_document() -> None:
    empty = DocumentWords("Nothing here.")
    assert document_parts("theNIH", empty) == ("the", "NIH")
    assert document_parts("CPUperformance", empty) is None
    assert document_parts("CPUperformance", DocumentWords("The CPU is fast.")) == (
        "CPU",
        "performance",
    )
    assert document_parts("SwiftUI", DocumentWords("Swift and UI.")) is None


def test_merge_keeps_words_the_document_writes_whole_but_never_rebuilds_the_run() -> None:
    doc = DocumentWords("See the markdown files.")
    assert merge_known(("mark", "down", "files", "in"), doc) == ("markdown", "files", "in")
    assert merge_known(("mark", "down"), DocumentWords("markdown")) == ("mark", "down")


@given(st.text(alphabet="abcdefghiklmnoprstuvwyNTSIHAPCU", min_size=3, max_size=30))
def test_parts_always_rebuild_the_run(run: str) -> None:
    parts = document_parts(run, DocumentWords("The NIH and Tesla met the CPU team."))
    assert parts is None or "".join(parts) == run


def test_the_pronoun_i_is_a_piece_and_glue_around_it_is_believed() -> None:
    empty = DocumentWords("Nothing here.")
    assert document_parts("howmuchworkI", empty) == ("how", "much", "work", "I")
    assert document_parts("AllIknow", empty) == ("All", "I", "know")


def test_a_function_word_may_meet_an_acronym_but_a_brand_prefix_may_not() -> None:
    empty = DocumentWords("Nothing here.")
    assert document_parts("ButABC", empty) == ("But", "ABC")
    assert document_parts("MySQL", empty) is None
    assert document_parts("SwiftUI", empty) is None


def test_a_mixed_case_name_the_document_writes_alone_may_meet_a_word() -> None:
    assert document_parts("GitHubcustomer", DocumentWords("We use GitHub daily.")) == (
        "GitHub",
        "customer",
    )
    assert document_parts("GitHubcustomer", DocumentWords("Nothing here.")) is None


def test_a_rare_name_the_document_writes_alone_may_meet_its_verb() -> None:
    named = DocumentWords("Domo also supports dashboards. Domo comes as one platform.")
    assert document_parts("Domoprovides", named) == ("Domo", "provides")
    # not without the name written alone, nor before a noun (a compound: Kunst|forum)
    assert document_parts("Domoprovides", DocumentWords("Nothing here.")) is None
    assert document_parts("Kunstforum", DocumentWords("Kunst and more Kunst.")) is None


def test_a_name_the_document_writes_alone_is_not_cut_before_a_final_an() -> None:
    # "Tokelauan" is a demonym: the name and "an" are no glue, though "an" is a function word
    named = DocumentWords("The Government of Tokelau meets. Each Tokelauan atoll sends one.")
    assert document_parts("Tokelauan", named) is None
    assert document_parts("Tokelauis", named) == ("Tokelau", "is")


def test_capitalised_words_split_in_a_title_with_a_function_word_only() -> None:
    empty = DocumentWords("Nothing here.")
    assert document_parts("WhyChoosingtheRight", empty) == ("Why", "Choosing", "the", "Right")
    assert document_parts("InternationalTraining", empty) is None


def test_a_capitalised_common_word_is_not_cut_into_smaller_words() -> None:
    empty = DocumentWords("Nothing here.")
    assert document_parts("OntoCommons", empty) is None  # not On|to|Commons
    assert document_parts("InlineData", empty) is None  # not In|line|Data
    assert splits_a_word("TheAsus", ("The", "As", "us"), empty)
    # a cut at the change of case, or in a piece that is no word, is not one
    assert not splits_a_word("theNIH", ("the", "NIH"), empty)
    assert not splits_a_word("AIto", ("AI", "to"), empty)
    assert not splits_a_word("Slayeris", ("Slayer", "is"), empty)
    # a name the document writes alone may take a word whose end makes a word with it
    named = DocumentWords("TurboTax files taxes. We like TurboTax.")
    assert not splits_a_word("TurboTaxis", ("TurboTax", "is"), named)
    assert splits_a_word("TurboTaxis", ("TurboTax", "is"), empty)


@given(st.text(alphabet=st.sampled_from("aZ09 _-.’éß\n\t\u00a0\u2028ı²٣K"), max_size=80))
def test_runs_are_counted_as_a_scan_for_ascii_letters_and_digits_would(text: str) -> None:
    # non-ASCII letters and digits (é, ß, ı, ², ٣, the Kelvin sign) end a run, as they end
    # [A-Za-z0-9]+, and so do every kind of space and punctuation
    assert DocumentWords(text).counts == Counter(re.findall(r"[A-Za-z0-9]+", text))


def _every_piece_cuts(run: str, document: DocumentWords) -> tuple[int, ...] | None:
    """The split :func:`_best_cuts` must find, by scoring every piece of the run."""
    n = len(run)
    best: list[tuple[float, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0.0, ())
    for end in range(1, n + 1):
        for start in range(max(0, end - 24), end):
            prev = best[start]
            if prev is None or len(prev[1]) >= 5 or end - start == n:
                continue
            piece = run[start:end]
            if not piece.islower() and len(piece) >= 2 and document.is_name(piece):
                score: float | None = _name_score(piece)
            else:
                score = _word_score(piece)
            current = best[end]
            if score is not None and (current is None or prev[0] + score > current[0]):
                best[end] = (prev[0] + score, (*prev[1], end))
    final = best[n]
    return None if final is None else final[1]


_NAMES = ["Tesla", "TaxSlayer", "NIH", "iPhone", "LinkedIn", "McDonald", "Ö", "USAs"]


@given(
    st.text(alphabet="abdeghilmnoprstuvwyNTSIHAPLDMcé0", min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=6),
    st.lists(st.sampled_from(_NAMES), max_size=4),
)
def test_pruned_split_is_the_split_of_every_piece(
    core: str, slices: list[tuple[int, int]], names: list[str]
) -> None:
    # names come glued into the run and stand alone in the document, as do pieces of it
    run = "".join(names[:2]) + core + "".join(names[2:])
    written = [run[i : i + k] for i, k in slices] + names
    document = DocumentWords(" ".join(written) + " and more words.")
    assert _best_cuts(run, document) == _every_piece_cuts(run, document)


_PIECES = ["ab", "Ab", "a1", "b", "ß", "aé", "²", "-", " ", "\n"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=6),
    st.lists(st.sampled_from(_PIECES), max_size=6),
    st.sampled_from(["ab", "Ab", "a1", "b", "aé", "ß"]),
    st.sampled_from(["ab", "b", "a1", "ß", "Ab"]),
    st.booleans(),
)
def test_words_written_apart_are_found_as_a_search_would(
    before: list[str], after: list[str], left: str, right: str, written: bool
) -> None:
    needle = f"{left} {right}"
    text = "".join(before) + (needle if written else "") + "".join(after)
    expected = any(
        text.startswith(needle, i)
        and (i == 0 or not text[i - 1].isalnum())
        and (i + len(needle) == len(text) or not text[i + len(needle)].isalnum())
        for i in range(len(text))
    )
    assert DocumentWords(text).written_apart(left, right) == expected


def test_addresses_and_names_before_brackets_do_not_make_prose_about_code() -> None:
    # a page of citations whose spaces before "(" were lost, with web addresses and "e.g."
    names = "Alexander Brian Crown David Decency Island Malcolm Michael Philip Simon".split()
    cites = " ".join(
        f"See the report by {n}(2019) on nih.gov, e.g. page {i}." for i, n in enumerate(names)
    )
    words = DocumentWords(cites)
    assert not words.about_code and words.code_marks  # the punctuation model's looser reading
    text = cites + " The gowns came from Israeli designersPnina Tornai. Pnina Tornai said so."
    assert "Israeli designers Pnina Tornai" in fix_spacing(text)
    code = " ".join(f"call parse{n}(x) then obj.get{n}" for n in names[:5])
    assert DocumentWords(code).about_code
