"""Adversarial input shapes: does any public function grow faster than its input?

Each shape is built at two sizes, ``SIZE`` and ``4 * SIZE`` characters, and run
through every public function (single core, best of ``repeat`` in CPU time, the
two sizes timed in alternation, a growth over the target confirmed by twice as many
more runs). A shape is
within the targets when every function takes at most ~5x the time for 4x the
input (times under ``FLOOR`` seconds are too small to judge and count as
within) and ``repair(text, "all")`` runs at no more than 10 s per MB.

The shapes are deterministic (fixed seeds), so every run measures the same text.
Every function first reads every shape once at 2,000 characters, so that tables
loaded on first use are not timed. ``python -m benchmarks adversarial --repeat 2``
takes about ten minutes.
"""

from __future__ import annotations

import gc
import math
import random
import time
from collections.abc import Callable

from wordfreq import top_n_list

import textrepair
from benchmarks.data import seeds
from benchmarks.results import write_section

COMMAND = "python -m benchmarks adversarial"
SIZE = 40_000  # smaller inputs sit near the stages' language and length gates, which flip
GROWTH_LIMIT = 5.0
SECONDS_PER_MB_LIMIT = 10.0
FLOOR = 0.02  # seconds: below this on the large input, growth is noise
_MEASURE = 0.1  # seconds: shorter calls are looped within one measurement

_PROSE = (
    "The city council approved the budget on Monday after a debate that lasted well into "
    "the night, with members split over how much to spend on schools and roads. "
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _random(alphabet: list[str], seed: int) -> Callable[[int], str]:
    def build(n: int) -> str:
        rng = random.Random(seed)
        out: list[str] = []
        size = 0
        while size < n:
            piece = rng.choice(alphabet)
            out.append(piece)
            size += len(piece)
        return "".join(out)[:n]

    return build


def _nested_brackets(n: int) -> str:
    return "(" * (n // 2) + ")" * (n - n // 2)


def _glued_pairs_twice(n: int) -> str:
    """Distinct glued word pairs, each written twice ("Then ablebody came. Later ablebody left.").

    Every repeated run is a new one, so a check that searches the text for each repeated
    run costs the text's length per run: time that grows with the square of the input,
    which a periodic shape (a handful of runs, however long the text) never shows.
    """
    words = [w for w in top_n_list("en", 3000)[500:] if w.isalpha() and len(w) > 4][:300]
    rng = random.Random(3)
    out: list[str] = []
    size = 0
    while size < n:
        run = rng.choice(words) + rng.choice(words)
        sentence = f"Then {run} came. Later {run} left."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:n]


def _seed_repeated(n: int) -> str:
    text = "\n".join(seeds().values())
    return _repeat(text + "\n")(n)


SHAPES: dict[str, Callable[[int], str]] = {
    "one long word": _repeat("abcdefghij"),
    "one long line of words": _repeat(_PROSE),
    "one character repeated": _repeat("a"),
    "many one-letter lines": _repeat("a\n"),
    "empty lines": _repeat("\n"),
    "CR-only line ends": _repeat("a short line\r"),
    "CRLF line ends": _repeat("a short line of text\r\n"),
    "whitespace only": _repeat(" \t "),
    "dense C0 controls": _repeat("a\x00b "),
    "dense C1 controls": _repeat("a\x85b\x9d "),
    "lone surrogates": _repeat("\ud800 x \udfff "),
    "byte-order marks": _repeat("\ufeffab"),
    "non-breaking spaces": _repeat("a\xa0\xa0b "),
    "random mojibake": _random(["Ã©", "â€™", "Â", "\x9d", "Ã¨", "â€œ", "Ã", "©", "â€", " "], 1),
    "mojibake words in prose": _repeat("The partyâ€™s â€œwar roomâ€ in ParliamentÂ said cafÃ©. "),
    "double mojibake": _repeat("doesnÃ¢â‚¬â„¢t "),
    "emoji mojibake with lost byte": _repeat("ðŸ˜ "),
    "HTML entities": _repeat("&amp;&#39;&lt;&quot;x "),
    "broken entities": _repeat("&#&#x&;&amp"),
    "nested brackets": _nested_brackets,
    "alternating brackets": _repeat("()[]{}<>"),
    "hyphen chain": _repeat("a-"),
    "dot chain": _repeat("a."),
    "spaced hyphens": _repeat("a - "),
    "spaced commas": _repeat("word , "),
    "tokenizer spacing": _repeat("it ’s what they do n’t say , he said . ( yes ) "),
    "glued words": _repeat("thecatsatonthematwithitshat"),
    "glued names": _repeat("saysFacebookGoogleoften"),
    "distinct glued runs, each twice": _glued_pairs_twice,
    "digits glued to words": _repeat("in2015 40Boeing "),
    "one long URL": lambda n: "https://example.com/" + _repeat("a/")(n - 20),
    "many URLs": _repeat("https://example.com/a?b=c&d=e "),
    "e-mail addresses": _repeat("first.last+tag@example.co.uk "),
    "markdown links": _repeat("[World](https://example.com/world) "),
    "markdown images": _repeat("![]()"),
    "markdown link menu": _repeat("  * [World](https://example.com/world)\n"),
    "pipe table": _repeat("| a | b | c |\n"),
    "emoji ZWJ sequences": _repeat("👨\u200d👩\u200d👧\u200d👦 "),
    "mixed scripts": _repeat("Hello Привет 你好 مرحبا γειά "),
    "CJK without spaces": _repeat("市議会は月曜日予算を承認した"),
    "combining marks": _repeat("a\u0301\u0302\u0303\u0304"),
    "zero-width characters": _repeat("a\u200b\u200c\u200db"),
    "repeated chrome lines": _repeat("Read more:\n32 seconds -\nSubscribe to our newsletter\n"),
    "all caps": _repeat("BREAKING NEWS TODAY "),
    "apostrophes and quotes": _repeat("’s ’s '\"'\" “”‘’ "),
    "long numbers": _repeat("1234567890"),
    "comma-joined words": _repeat("the,hisdigital,of,saysFacebook,and,thecat,"),
    "call brackets": _repeat("f(x) hisdigital a(b "),
    "tokenized code line": _repeat("x = f ( a , b ) ; it ’s "),
    "quotes after commas": _repeat(' , " so , " a'),
    "seed articles repeated": _seed_repeated,
}

FUNCTIONS: dict[str, Callable[[str], object]] = {
    "fix_encoding": textrepair.fix_encoding,
    "fix_spacing": textrepair.fix_spacing,
    "strip_chrome": textrepair.strip_chrome,
    "detect_spin": textrepair.detect_spin,
    "identify_language": textrepair.identify_language,
    "identify_blocks": textrepair.identify_blocks,
    "repair": textrepair.repair,
    "repair_and_explain (all)": lambda t: textrepair.repair_and_explain(t, "all"),
    "repair (all)": lambda t: textrepair.repair(t, "all"),
}


def _loops(func: Callable[[str], object], text: str) -> int:
    """Calls per measurement so that one measurement lasts at least ``_MEASURE`` seconds."""
    start = time.process_time()
    func(text)
    return max(1, min(100, math.ceil(_MEASURE / max(time.process_time() - start, 1e-6))))


def _once(func: Callable[[str], object], text: str, loops: int) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        for _ in range(loops):
            func(text)
        return (time.process_time() - start) / loops
    finally:
        gc.enable()


def _time_pair(
    func: Callable[[str], object], small: str, large: str, repeat: int
) -> tuple[float, float]:
    """Best CPU time per call on ``small`` and on ``large``, measured in alternation.

    CPU time (``time.process_time``) counts the work of this process only, so another
    process on the machine does not show up as growth; the code measured is single-threaded.
    A call shorter than ``_MEASURE`` is looped within each measurement (as ``timeit`` does),
    so that small times are not read at the timer's noise. The two sizes take turns, so a
    drift in the machine's speed (a virtual machine's neighbours, frequency scaling) falls on
    both alike instead of showing up as growth; the collector is off while timing.
    """
    loops_small, loops_large = _loops(func, small), _loops(func, large)
    best_small = best_large = float("inf")
    for _ in range(repeat):
        best_small = min(best_small, _once(func, small, loops_small))
        best_large = min(best_large, _once(func, large, loops_large))
    return best_small, best_large


def measure(
    repeat: int, size: int = SIZE, functions: tuple[str, ...] = tuple(FUNCTIONS)
) -> list[dict[str, object]]:
    chosen = {name: FUNCTIONS[name] for name in functions}
    for func in chosen.values():  # load every table once, outside the timings
        for build in SHAPES.values():
            func(build(2_000))
    rows = []
    for shape, build in SHAPES.items():
        small, large = build(size), build(4 * size)
        worst_growth, worst_func = 0.0, ""
        per_mb = 0.0
        further: dict[str, float] = {}  # growth from 4x to 16x, for functions over the target
        for name, func in chosen.items():
            t_small, t_large = _time_pair(func, small, large, repeat)
            growth = t_large / max(t_small, 1e-9) if t_large >= FLOOR else 1.0
            if growth > GROWTH_LIMIT:  # confirm: time both sizes again, keep the best of all
                again_small, again_large = _time_pair(func, small, large, 2 * repeat)
                t_small, t_large = min(t_small, again_small), min(t_large, again_large)
                growth = t_large / max(t_small, 1e-9) if t_large >= FLOOR else 1.0
            if growth > GROWTH_LIMIT:  # still over: does it keep growing from 4x to 16x?
                t_4x, t_16x = _time_pair(func, large, build(16 * size), repeat)
                further[name] = t_16x / max(t_4x, 1e-9)
            if growth > worst_growth:
                worst_growth, worst_func = growth, name
            if name == "repair (all)":
                per_mb = t_large / (len(large.encode("utf-8", "surrogatepass")) / 1e6)
        ok = worst_growth <= GROWTH_LIMIT and per_mb <= SECONDS_PER_MB_LIMIT
        rows.append(
            {
                "shape": shape,
                "growth": worst_growth,
                "function": worst_func,
                "per_mb": per_mb,
                "ok": ok,
                "further": further,
            }
        )
        print(
            f"{shape:32s} growth {worst_growth:5.2f} ({worst_func}) repair(all) {per_mb:6.2f} s/MB",
            flush=True,
        )
    return rows


def run(
    write: bool, repeat: int, size: int = SIZE, functions: tuple[str, ...] = tuple(FUNCTIONS)
) -> None:
    rows = measure(repeat, size, functions)
    within = sum(bool(r["ok"]) for r in rows)
    lines = [
        f"{len(SHAPES)} shapes, each at {size:,} and {4 * size:,} characters, through "
        f"{len(functions)} public functions ({', '.join(functions)}); single core, CPU time "
        f"per call (`time.process_time`, garbage collector off while timing, calls under "
        f"{_MEASURE} s looped within a measurement), best of {repeat} with the two sizes "
        f"timed in alternation, and "
        f"a growth over the target confirmed by {2 * repeat} more runs of both sizes; a "
        f"function still over it is also timed at {16 * size:,} characters, and its growth "
        f"from 4x to 16x is shown (a function whose work grows faster than its input grows "
        f"faster there too). Growth is the slowest function's time at 4x the input over its "
        f"time at 1x "
        f"(target ≤ {GROWTH_LIMIT:g}; times under {FLOOR} s count as 1); s/MB is "
        f'`repair(text, "all")` on the larger input (target ≤ {SECONDS_PER_MB_LIMIT:g}).',
        "",
        f"**{within} of {len(rows)} shapes within both targets.**",
        "",
        "| shape | growth at 4x | slowest-growing function | `repair(all)` s/MB | within "
        "| over the target: growth from 4x to 16x |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        further = r["further"]
        assert isinstance(further, dict)
        lines.append(
            f"| {r['shape']} | {r['growth']:.2f} | {r['function']} | {r['per_mb']:.2f} "
            f"| {'yes' if r['ok'] else '**no**'} | "
            + ", ".join(f"{name} {g:.2f}" for name, g in further.items())
            + " |"
        )
    body = "\n".join(lines)
    print(body)
    if write:
        write_section("adversarial", COMMAND, body)
