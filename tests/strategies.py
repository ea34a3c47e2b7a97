"""Hypothesis strategies for text that exercises every repair."""

from __future__ import annotations

from hypothesis import strategies as st

# Characters that mojibake, entities, controls and the lost-byte repairs are made of.
INTERESTING = (
    "aeouAEOU .,;:!?'\"-\n&#;x0123456789"
    "ÂÃâ€œ™˜šžŸ¢£©®°´·»¿ÄÅÇÉÑÖÜßàáâãäåçèéêëíîïñóôõöùúûüý"
    "\xa0\xad\x80\x81\x8d\x8f\x90\x93\x94\x9d\x00\x07\x1b\x7f\ufeff\ufffd"
    "’‘“”–—…•ðŸ‘¨\u200d\ud800\udc00\udbff\udfff"
    "√π┬┐Г©αΩ≤∑Жж"
)

interesting_text = st.text(alphabet=st.sampled_from(INTERESTING), max_size=60)
mojibake_words = st.sampled_from(
    [
        "donâ€™t",
        "â€œquoteâ€",
        "cafÃ©",
        "ParliamentÂ",
        "Â®",
        "&#39;",
        "&amp;",
        "voilÃ",
        "Ãñigo",
        "pi√π",
        "mГ©dicament",
        "tur\x92stico",
        "┬┐que",
    ]
)
mixed_text = st.lists(
    st.one_of(interesting_text, mojibake_words, st.text(max_size=20)), max_size=8
).map(" ".join)
