from __future__ import annotations

import random
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from textrepair import fix_spacing, repair_and_explain
from textrepair.spacing import detokenize
from textrepair.spacing.token_shapes import line_tokens

REPO = Path(__file__).resolve().parents[2]

# Each case is one tokenizer-spaced document line (as a tokenizer leaves it) and the original.
CASES = [
    ("It ’s over , he said .", "It’s over, he said."),
    ("They do n't know and wo n't ask .", "They don't know and won't ask."),
    ("You ca n’t stop it ; we can not either .", "You can’t stop it; we cannot either."),
    ("Trump ’s campaign spent $ 44 million .", "Trump’s campaign spent $44 million."),
    (
        "A first - of - its - kind study , one - on - one .",
        "A first-of-its-kind study, one-on-one.",
    ),
    ("The report ( AP ) was clear .", "The report (AP) was clear."),
    ("He called it “ a mistake ” and left .", "He called it “a mistake” and left."),
    ('She said " no " twice .', 'She said "no" twice.'),
    ("[ Bloomberg , Reuters ] reported it !", "[Bloomberg, Reuters] reported it!"),
    ("The Smiths ' house is 80 per cent done .", "The Smiths' house is 80 per cent done."),
    ("It 's a 15 - year term , is n't it ?", "It's a 15-year term, isn't it?"),
    (
        "Join the all - employee meeting , it 's an all - time first .",
        "Join the all-employee meeting, it's an all-time first.",
    ),
    ("Wo n’t return .", "Won’t return."),
    ("Best place to sleep !!!!!!!", "Best place to sleep!!!!!!!"),
    ('Power Source , Inc. ( " CPS " ) called .', 'Power Source, Inc. ("CPS") called.'),
    ("It is an 18,000 - person agency .", "It is an 18,000-person agency."),
    ("I 'm out ta here !", "I'm outta here!"),
    # Universal Dependencies' splits of contractions written without the apostrophe,
    # and of thousands written after a number
    (
        "you r the best , who se car ? i d say 650 k or 39 K .",
        "your the best, whose car? id say 650k or 39K.",
    ),
    # "dunno" split like "gonna"; a word said twice and a closed compound keep their
    # hyphen beside a function word; a signature's tilde
    ("I du n no , he - he , a stop - over .", "I dunno, he-he, a stop-over."),
    # two dots between numbers are a range; between words, an ellipsis spaced after
    ("cost = 0.00 .. 2890.00 , not bad .. or good .", "cost = 0.00..2890.00, not bad.. or good."),
    ("Thanks for reading , all . See you !\n~ Ann", "Thanks for reading, all. See you!\n~Ann"),
    (
        '" ... there is no companion quite so loyal . "',
        '"...there is no companion quite so loyal."',
    ),
    ("Posters from the 70’s and 80’s .", "Posters from the 70’s and 80’s."),
    ("Thanks ,", "Thanks,"),
    ('Me and the big " G "', 'Me and the big "G"'),
    ("It is all about the $$$ .", "It is all about the $$$."),
    ("i m 15 and it s fine", "im 15 and its fine"),  # the writer's own "im", "its"
    ("We play D & D and spend on R & D .", "We play D&D and spend on R&D."),
    (
        'The clerics in Fallujah , " condemned the attack . "',
        'The clerics in Fallujah, "condemned the attack."',
    ),
    ("Salt & pepper , you & me .", "Salt & pepper, you & me."),
    (
        "Do n't drink Coke .......... drink tea ... or water .",
        "Don't drink Coke..........drink tea... or water.",
    ),
    ("( Laughter . )", "(Laughter.)"),
    (
        "Here are two examples : jane@example.com and dan@example.com .",
        "Here are two examples: jane@example.com and dan@example.com.",
    ),
    (
        "A do - gooder sold an add - on , and he said it - and left -- fast .",
        "A do-gooder sold an add-on, and he said it - and left -- fast.",
    ),
    ("I love it :-) . So there , it 's fine ;) !", "I love it :-). So there, it's fine ;)!"),
    ("They are going ’ head to head ’ in a vote", "They are going ’head to head’ in a vote"),
    (
        "See the file ( GISB draft ) .doc , not Microsoft .NET .",
        "See the file (GISB draft).doc, not Microsoft .NET.",
    ),
]


# Moses splits differently from the Penn Treebank: the apostrophe from the word before
# ("don 't") or from both sides when it is curly ("you ’ re"), and more symbols.
MOSES_CASES = [
    ("They don 't know , and it isn 't fair .", "They don't know, and it isn't fair."),
    ("If you ’ re in , we don ’ t mind ; it ’ s fine .", "If you’re in, we don’t mind; it’s fine."),
    ("Annie O ’ Donnell met D 'Angelo .", "Annie O’Donnell met D'Angelo."),
    ("Put 5 % in a 401 ( k ) or a 501 ( c ) ( 3 ) .", "Put 5% in a 401(k) or a 501(c)(3)."),
    ("Call 281.848.1619 ( C ) today .", "Call 281.848.1619 (C) today."),
    (
        "It costs $ 10- $ 20 , or $ 35 – $ 40 in 2010 – 2012 .",
        "It costs $10-$20, or $35–$40 in 2010–2012.",
    ),
    ("Heat it to 120 ° F at 10 : 30 , up ( + 3.6 % ) .", "Heat it to 120°F at 10:30, up (+3.6%)."),
    ("A long ‑ term plan , rated A + + and ★ ★ ★ ★ ☆ .", "A long‑term plan, rated A++ and ★★★★☆."),
    (
        "Mail user @ example.com today . See CIS Benchmarks ® .",
        "Mail user@example.com today. See CIS Benchmarks®.",
    ),
    (
        "Cybersecurity M & A grew , but AI & ML did not .",
        "Cybersecurity M&A grew, but AI & ML did not.",
    ),
    (
        "So 2 + 2 = 4 , and the agency — it said — agreed .",
        "So 2 + 2 = 4, and the agency — it said — agreed.",
    ),
]


# Whole-text signals of Moses's style: compounds left whole mean its spaced hyphens are
# dashes, and there (not in Penn Treebank text) "@ user" and "snake _ case" are its splits.
MOSES_TEXTS = [
    (
        "A long-term , well-known , low-cost plan - everyone agrees - works .\nMail @ user on snake _ case .",
        "A long-term, well-known, low-cost plan - everyone agrees - works.\nMail @user on snake_case.",
    ),
    (
        "A self - driven plan , he said .\nWe met @ da lake , for _ in here .",
        "A self-driven plan, he said.\nWe met @ da lake, for _ in here.",
    ),
    (
        "It & # 39 ; s big : 1880 × 1800 px in C # , ( ~ $ 20 ) , rated $ $ $ .",
        "It&#39;s big: 1880×1800 px in C#, (~$20), rated $$$.",  # the encoding stage unescapes
    ),
    (
        "Call print ( ) on F5 ’ s verb + noun output .",
        "Call print() on F5’s verb + noun output.",
    ),
]


# The Penn Treebank's own escapes, and what nltk's TreebankWordTokenizer leaves.
TREEBANK_TEXTS = [
    (
        "The -LRB- AP -RRB- report , `` as usual , '' was late .",
        'The (AP) report, "as usual," was late.',
    ),
    (
        "Search ' piano lessons near me ' at home , TL ; DR , see https : //example.com .",
        "Search 'piano lessons near me' at home, TL;DR, see https://example.com.",
    ),
    (
        "Rated A++ -LRB- Superior -RRB- , they charge $ 35– $ 40 ;",
        "Rated A++ (Superior), they charge $35–$40;",
    ),
    ("Pick $ , $ $ , or $ $ $ for a route , he said .", "Pick $, $$, or $$$ for a route, he said."),
    (
        "An on-line , long-term , first - of - its - kind , one - on - one plan .",
        "An on-line, long-term, first-of-its-kind, one-on-one plan.",
    ),
]


@pytest.mark.parametrize(
    ("tokenized", "original"), CASES + MOSES_CASES + MOSES_TEXTS + TREEBANK_TEXTS
)
def test_tokenizer_spacing_is_undone(tokenized: str, original: str) -> None:
    assert fix_spacing(tokenized) == original


def test_whole_tokenized_document() -> None:
    doc = "\n".join(t for t, _ in CASES)
    assert fix_spacing(doc) == "\n".join(o for _, o in CASES)


@pytest.mark.parametrize(
    "prose",
    [
        "The race ran from 2010 - 2012 on the Paris - Roubaix route, as usual.",
        "Prices rose – sharply – after the vote, officials said.",
        "He wrote: it was, in short, a disaster. Nobody disagreed.",
        "Read more : the full story, with photos.",
        "The students’ books and the Smiths’ dog - it’s fine.",
    ],
)
def test_ordinary_prose_keeps_its_spaced_dashes(prose: str) -> None:
    assert fix_spacing(prose) == prose


def test_a_writers_spaced_ellipses_are_not_tokenizer_spacing() -> None:
    prose = (
        "Pearl Oscar Dress ... STOLEN!\n"
        "The dress was taken from her hotel room ... TMZ has learned.\n"
        "Law enforcement sources tell us ... the dress was taken out of the room, "
        "which was not locked, while she was out."
    )
    assert fix_spacing(prose) == prose
    # a tokenized text that spaces its ellipsis also spaces its sentence ends
    assert (
        fix_spacing("He left ... and it ’s over .\nWe won .")
        == "He left... and it’s over.\nWe won."
    )


def test_a_grades_split_pluses_mark_a_tokenized_line() -> None:
    # "A ++" is a tokenizer's split of "A++": a line with no other mark is still tokenized
    assert fix_spacing("A ++\nThe best salon in 50 miles , trust me !!") == (
        "A++\nThe best salon in 50 miles, trust me!!"
    )
    assert fix_spacing("Great Job !\nThanks for fixing my door A ++++") == (
        "Great Job!\nThanks for fixing my door A++++"
    )
    prose = "We coded it in C++ and the grade was A++, as before. Notes: x ++ y."
    assert fix_spacing(prose) == prose


def test_one_tokenized_sentence_under_its_title_is_detokenized() -> None:
    # spaced commas alone mark a short sentence as tokenized, with or without its title
    sentence = "Great Job On Our New Solar System , The Panels Look Great , Thanks"
    restored = "Great Job On Our New Solar System, The Panels Look Great, Thanks"
    assert fix_spacing(sentence) == restored
    assert fix_spacing("Thanks For A Great Job\n" + sentence) == (
        "Thanks For A Great Job\n" + restored
    )
    # a longer text of such lines is a table or a list (ratings, prices), not a sentence
    listing = "Rated for:\nsatisfaction , texture , results\n$195.00\n4 payments of $48.75"
    assert fix_spacing(listing) == listing


@pytest.mark.parametrize("other", ["Gracias .", "Merci beaucoup !", "Mit freundlichen Grüßen ,"])
def test_short_texts_in_other_languages_are_left_alone(other: str) -> None:
    assert fix_spacing(other) == other


def test_code_lines_are_not_detokenized() -> None:
    doc = "The loop ( below ) is simple .\nfor ( i = 0 ; i < n ; i ++ ) { sum += x [ i ] ; }\n"
    out = fix_spacing(doc)
    assert out.splitlines()[0] == "The loop (below) is simple."
    assert out.splitlines()[1] == doc.splitlines()[1]


def test_a_mark_named_after_an_article_keeps_its_space() -> None:
    doc = (
        "Rust has the ? operator , which returns early .\n"
        "Is it simple ? Yes , once the ? is placed after a value .\n"
        "The grade was an A ."
    )
    assert fix_spacing(doc) == (
        "Rust has the ? operator, which returns early.\n"
        "Is it simple? Yes, once the ? is placed after a value.\n"
        "The grade was an A."
    )


def test_typeset_mathematics_keeps_its_spaces() -> None:
    doc = (
        "The Cauchy-Schwarz inequality , written out :\n"
        "( ∑ k = 1 n a k b k ) 2 ≤ ( ∑ k = 1 n a k 2 )\n"
        "3 x − 1 + ( 1 + x ) 2 is an example ."
    )
    lines = fix_spacing(doc).splitlines()
    assert lines[0] == "The Cauchy-Schwarz inequality, written out:"
    assert lines[1:] == doc.splitlines()[1:]


def test_each_removed_space_is_an_explained_edit() -> None:
    result = repair_and_explain("It ’s done .")
    assert [(e.before, e.after, e.stage) for e in result.edits] == [(" ", "", "spacing")] * 2
    assert all(e.reason.startswith("tokenizer spacing") for e in result.edits)
    assert result.restore() == "It ’s done ."


@pytest.mark.parametrize(
    ("tokenized", "original"),
    [
        (
            "Jeffrey Synder , Ryan Hinze , Sheetal Patel",
            "Jeffrey Synder, Ryan Hinze, Sheetal Patel",
        ),
        ("Hey Vladi ,", "Hey Vladi,"),
        ('" Lenhart , Matthew "', '"Lenhart, Matthew"'),
    ],
)
def test_text_of_no_language_is_detokenized(tokenized: str, original: str) -> None:
    assert fix_spacing(tokenized) == original


def test_glued_words_are_split_in_english_only() -> None:
    # Names alone show no language: their spacing is repaired, but nothing is split.
    assert fix_spacing("Kristen Quinn , SarahMulholland") == "Kristen Quinn, SarahMulholland"


def test_treebank_escapes_are_replacements_that_restore() -> None:
    text = "He said `` no '' -LRB- twice -RRB- ."
    result = repair_and_explain(text)
    assert result.text == 'He said "no" (twice).'
    assert {e.before for e in result.edits if e.after} == {"``", "''", "-LRB-", "-RRB-"}
    assert result.restore() == text


def test_hyphen_compounds_rebuild_from_the_shipped_wordnet(tmp_path: Path) -> None:
    out = tmp_path / "hyphen_compounds.txt"
    script = REPO / "scripts" / "build_hyphen_compounds.py"
    subprocess.run([sys.executable, str(script), "--out", str(out)], check=True, cwd=REPO)
    shipped = resources.files("textrepair.spacing").joinpath("hyphen_compounds.txt")
    assert out.read_bytes() == shipped.read_bytes()
    assert {"do-gooder", "add-on", "on-line"} <= set(out.read_text().split())


def test_pairs_of_words_are_judged_as_every_rule_would(monkeypatch: pytest.MonkeyPatch) -> None:
    # _line_gaps judges a word next to a word, comma or full stop by the rules that can
    # join such a pair (split words, bare clitics, a mark after a word) and skips the rest;
    # with that shortcut turned off every rule runs. Random lines of words and of every
    # kind of token the rules name must close the same gaps both ways.
    words = "gon na wan got ta can not it s do nt m ve ll O D L TL DR C F J the a An".split()
    words += "you r who se i d K du n no stop over He he".split()
    words += "Donnell Angelo k C café straße Москва 東京 self driven user mail com".split()
    marks = "\" ' ’ ‘ “ ” ( ) [ ] , . ; : ! ? - – — / & + ++ # $ € @ _ ~ ° × % … .. ... ......."
    marks += " n't ’s 's 'Angelo :-) < > © ★ ☆ 10 2010 3.6 .doc e-mail long-term & # 39 ;"
    pool = words + marks.split()
    rng = random.Random(7)
    lines = [" ".join(rng.choice(pool) for _ in range(rng.randint(2, 14))) for _ in range(3000)]
    lines += [tokenized for tokenized, _ in CASES]
    tokens = [list(line_tokens(line, 0)) for line in lines]
    fast = [detokenize._line_gaps(t, split) for t in tokens for split in (True, False)]
    monkeypatch.setattr(detokenize, "SHORTCUT", False)
    every_rule = [detokenize._line_gaps(t, split) for t in tokens for split in (True, False)]
    assert fast == every_rule
    assert sum(map(len, fast)) > 3000  # the lines do close gaps


def test_line_tokens_are_the_space_separated_pieces_with_their_offsets() -> None:
    line = " it ’s\ta  b "
    found = list(line_tokens(line, 5))
    assert [t.text for t in found] == ["it", "’s\ta", "b"]
    assert all(line[t.start - 5 : t.end - 5] == t.text for t in found)
