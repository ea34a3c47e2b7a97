"""Spin stage: detect synonym-spun text, mark the spun words, suggest the originals."""

from __future__ import annotations

from textrepair.spin.detect import SpinReport, SpinSpan, detect_spin

__all__ = ["SpinReport", "SpinSpan", "detect_spin"]
