"""Checks on what callers pass in, with errors that say what to do instead."""

from __future__ import annotations

__all__ = ["ensure_text"]


def ensure_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a ``TypeError`` that explains.

    >>> ensure_text("ok")
    'ok'
    >>> ensure_text(b"raw")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: textrepair repairs str, not bytes: decode first, ...
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "textrepair repairs str, not bytes: decode first, e.g. "
            "data.decode('utf-8', errors='replace'), or use ftfy.guess_bytes(data) "
            "when the encoding is unknown"
        )
    if text is None:
        raise TypeError("textrepair got None where a str was expected")
    raise TypeError(f"textrepair repairs str, not {type(text).__name__}")
