from __future__ import annotations

import random

from wordfreq import top_n_list, word_frequency, zipf_frequency

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
