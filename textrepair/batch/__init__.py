"""Batch cleaning of corpora: files, directories and globs of text, JSONL and Parquet.

The command line (``textrepair clean``) drives :func:`run_batch`; see
``docs/batch.md``. Every input record ends up exactly once in the output or in
the rejects, in input order, and an interrupted run can be resumed.
"""

from __future__ import annotations

from textrepair.batch.runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "run_batch"]
