from __future__ import annotations

import random

from wordfreq import get_frequency_dict, top_n_list, word_frequency, zipf_frequency

from textrepair.language import lexicon
from textrepair.language.lexicon import LATIN_LANGUAGES, frequency_in, zipf_in
from textrepair.spin.wordnet import wordnet


def test_plain_words_score_as_wordfreq_scores_them() -> None:
    # zipf_in answers 0.0 itself for a lower-case ASCII word a language's table lacks;
    # wordfreq must agree on such words (absent and present) in every language asked.
    rng = random.Random(3)
    words = [w for w in top_n_list("en", 3000) if w.isascii() and w.isalpha()][::7]
    words += ["".join(rng.sample(words, 2)) for _ in range(150)]  # glued: "leaderinthe"
    words += [
        "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)) for _ in range(50)
    ]
    words += ["bundesregierung", "gracias", "merci", "obrigado", "grazie", "bedankt", "i", "ş"]
    zero = 0
    for lang in (*LATIN_LANGUAGES, "ar", "sr", "ru"):
        for word in words:
            expected = float(zipf_frequency(word, lang))
            assert zipf_in(word, lang) == expected, (word, lang)
            zero += expected == 0.0
    assert zero > 1000  # the shortcut's case is well covered


def test_frequencies_read_from_the_table_are_wordfreqs_to_the_last_bit() -> None:
    # frequency_in reads plain words and phrases of them from the table itself;
    # wordfreq's tokenizer, combination and rounding must give the same numbers.
    rng = random.Random(5)
    words = [w for w in top_n_list("en", 20000) if w.isascii() and w.isalpha()][::11]
    phrases = [" ".join(rng.sample(words, rng.randint(2, 4))) for _ in range(600)]
    lemmas = list(wordnet().index)[::40]  # "per centum", "on-line", "a cappella", "Lebanese pound"
    odd = ["", " ", "two  spaces", "Capital", "naïve", "o'clock", "x1", "qzxv", "the qzxv"]
    asked = 0
    for lang in ("en", "de", "fr", "ru"):
        for text in [*words, *phrases, *lemmas, *odd]:
            assert frequency_in(text, lang) == float(word_frequency(text, lang)), (text, lang)
            asked += 1
    assert asked > 10000


def test_known_elsewhere_reads_the_head_of_each_table_as_wordfreq_scores_it() -> None:
    # known_elsewhere reads only the words of Zipf 2.5 or more of each table; for every
    # word asked, that must give wordfreq's Zipf where it reaches 2.5 and nothing below.
    rng = random.Random(11)
    english = [w for w in top_n_list("en", 5000) if w.isascii() and w.isalpha()][::5]
    glued = ["".join(rng.sample(english, 2)) for _ in range(100)]  # "leaderinthe"
    asked = 0
    for lang in ("de", "fr", "es", "pt", "it", "nl"):
        table = get_frequency_dict(lang, "best")
        plain = [w for w in table if w.isascii() and w.isalpha() and w.islower()]
        # the words either side of Zipf 2.5 (frequency 10 ** -6.5), and a sample of the rest
        near = [w for w in plain if 10**-6.55 <= table[w] <= 10**-6.45]
        words = near + rng.sample(plain, 400) + english + glued
        for word in words:
            expected = float(zipf_frequency(word, lang))
            found = lexicon._head_zipf(word, lang)
            assert found == (expected if expected >= 2.5 else 0.0), (word, lang)
            asked += 1
        assert any(zipf_frequency(w, lang) == 2.5 for w in near)  # the boundary is there
    assert asked > 5000
    assert lexicon.known_elsewhere("Bundesregierung") and not lexicon.known_elsewhere("leaderin")
    # words with digits: a zeroed form missing from the head is below 2.5, others are asked
    numbered = ["told60", "mp3", "covid19", "2020", "1990", "h1n1", "4k", "x86", "a1", "g7"]
    numbered += [w + str(rng.randint(0, 2030)) for w in english[:200]]  # "said2019"
    numbered += [str(rng.randint(0, 99)) + w for w in english[:200]]  # "40boeing"
    for word in numbered:
        for lang in ("de", "fr", "es", "pt", "it", "nl"):
            expected = float(zipf_frequency(word, lang)) >= 2.5
            assert lexicon._numbered_common(word, lang) is expected, (word, lang)
    assert any(lexicon._numbered_common(w, "de") for w in ("2020", "1990", "mp3"))
