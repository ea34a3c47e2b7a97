"""Batch cleaning at corpus scale: 1 vs 2 workers, and Dask, on 100,000 generated documents.

The corpus is built from the WCXB gold articles and the seeds: each document is
a window of about 1,500 characters of an article; a quarter are damaged with
mojibake, a quarter with tokenizer spacing, a quarter with glued words, a
quarter left clean. Deterministic; cached under ``benchmarks/.cache``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.data import REPO, seeds, wcxb_pages
from benchmarks.glued_set import glue_page
from benchmarks.results import write_section

COMMAND = "python -m benchmarks batch"
CACHE = REPO / "benchmarks" / ".cache"
SHARD_SIZE = 10_000


def _mojibake(text: str, rng: random.Random) -> str:
    sentences = text.split(". ")
    for i in rng.sample(range(len(sentences)), k=min(3, len(sentences))):
        sentences[i] = sentences[i].encode("utf-8").decode("windows-1252", errors="replace")
    return ". ".join(sentences) + "\u00a0".encode().decode("windows-1252")


def _tokenize(text: str) -> str:
    text = re.sub(r"(\w)([,.;:!?)])", r"\1 \2", text)
    text = re.sub(r"([(])(\w)", r"\1 \2", text)
    return re.sub(r"(\w)(['’](?:s|re|ve|ll|d|m)\b|n['’]t\b)", r"\1 \2", text)


def build_corpus(n_docs: int, seed: int = 1) -> Path:
    folder = CACHE / f"batch_corpus_{n_docs}_{seed}"
    if (folder / "DONE").exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = [p["gold"] for p in wcxb_pages()] + list(seeds().values())
    for shard in range(0, n_docs, SHARD_SIZE):
        lines = []
        for i in range(shard, min(shard + SHARD_SIZE, n_docs)):
            article = rng.choice(sources)
            start = rng.randrange(max(1, len(article) - 1500))
            text = article[start : start + 1500]
            kind = ("clean", "mojibake", "tokenized", "glued")[i % 4]
            if kind == "mojibake":
                text = _mojibake(text, rng)
            elif kind == "tokenized":
                text = _tokenize(text)
            elif kind == "glued":
                text = glue_page(text, rng, per_page=2).text
            lines.append(
                json.dumps({"id": f"doc{i:06d}", "kind": kind, "text": text}, ensure_ascii=False)
            )
        (folder / f"shard{shard // SHARD_SIZE:03d}.jsonl").write_text(
            "\n".join(lines) + "\n", "utf-8"
        )
    (folder / "DONE").write_text("ok")
    return folder


def _digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.jsonl")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _run(args: list[str]) -> tuple[float, int]:
    """Seconds and peak RSS (MB) of the largest process of a ``textrepair clean`` run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "textrepair", "clean", *args], check=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) // 1024


def run(write: bool, n_docs: int = 100_000) -> None:
    corpus = build_corpus(n_docs)
    megabytes = sum(p.stat().st_size for p in corpus.glob("*.jsonl")) / 1e6
    rows = [
        "| run | seconds | documents/s | MB/s | speed-up | peak RSS of any process (MB) |",
        "|---|---|---|---|---|---|",
    ]
    digests: dict[str, str] = {}
    base = None
    runs = {
        "`--workers 1`": ["--workers", "1"],
        "`--workers 2`": ["--workers", "2"],
        "`--engine dask --workers 2` (LocalCluster)": ["--engine", "dask", "--workers", "2"],
    }
    for name, flags in runs.items():
        out = CACHE / f"batch_out_{len(digests)}"
        subprocess.run(["rm", "-rf", str(out)], check=True)
        stats = CACHE / f"batch_stats_{len(digests)}.json"
        seconds, peak = _run(
            [str(corpus), "-o", f"{out}/", *flags, "--stats", str(stats), "--no-progress"]
        )
        digests[name] = _digest(out)
        base = base or seconds
        counters = json.loads(stats.read_text())
        rows.append(
            f"| {name} | {seconds:.1f} | {n_docs / seconds:,.0f} | {megabytes / seconds:.2f} "
            f"| {base / seconds:.2f}× | {peak} |"
        )
    body = (
        f"Corpus: {n_docs:,} JSONL documents in {-(-n_docs // SHARD_SIZE)} shards, {megabytes:.0f} MB "
        "(windows of WCXB gold articles and the seeds; a quarter each clean, mojibake, "
        "tokenizer-spaced, glued), built by `benchmarks/batch.py`.\n\n"
        + "\n".join(rows)
        + f"\n\nRecords in = {counters['records_in']:,}, out = {counters['records_out']:,}, "
        f"rejected = {counters['rejected']:,}. Outputs of all runs identical: "
        f"**{len(set(digests.values())) == 1}** (sha256 {next(iter(digests.values()))}).\n\n"
        "Peak RSS is the largest single process of the run (the parent or a worker), "
        "from `getrusage(RUSAGE_CHILDREN)`."
    )
    print(body)
    if write:
        write_section("batch", COMMAND, body)
