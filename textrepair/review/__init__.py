"""See what was repaired: self-contained HTML review pages.

* :func:`document_html` (and :meth:`textrepair.RepairResult.to_html`): one document
  with every edit in place, removed chrome struck through and shaded by stage,
  fixes shown as before → after, spun spans marked with their likely originals on
  hover, the spin verdict and the language, and an input / output / both toggle.
* :class:`BatchReport` and :func:`report_html`: a whole run (``textrepair clean
  --report``): counts, edits per stage and language, histograms of the share
  removed as chrome and of spin scores, the hardest-hit documents with their own
  reviews, and the rejects.

Pages fetch nothing and run only their own small script; a document's text is
always escaped (see :mod:`textrepair.review.render`).

>>> import textrepair
>>> page = document_html(textrepair.repair_and_explain("<script>alert(1)</script> donâ€™t"))
>>> "<script>alert" in page, "&lt;script&gt;alert(1)&lt;/script&gt;" in page
(False, True)
"""

from __future__ import annotations

from textrepair.review.page import HtmlPage, document_html, report_from_files
from textrepair.review.report import BatchReport, report_html
from textrepair.review.view import DocumentView, ReviewSpan, spin_spans_on_input

__all__ = [
    "BatchReport",
    "DocumentView",
    "HtmlPage",
    "ReviewSpan",
    "document_html",
    "report_from_files",
    "report_html",
    "spin_spans_on_input",
]
