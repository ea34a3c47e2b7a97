from __future__ import annotations

import random

from wordfreq import top_n_list, zipf_frequency

from textrepair.language.lexicon import LATIN_LANGUAGES, zipf_in


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
