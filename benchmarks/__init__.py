"""Benchmarks for textrepair: ``python -m benchmarks <suite>`` (see README)."""
