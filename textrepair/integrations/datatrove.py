"""A datatrove pipeline step (optional extra: ``pip install 'textrepair[datatrove]'``).

Example (a real pipeline is in ``docs/batch.md``)::

    from textrepair.integrations.datatrove import TextRepair
    pipeline = [JsonlReader("in/"), TextRepair(explain=False), JsonlWriter("out/")]

The step repairs ``Document.text`` with every enabled stage, stores a compact
report in ``Document.metadata["textrepair"]`` (edits per stage, characters
removed and added, the version; every edit with ``explain=True``), and counts
``documents``, ``documents_changed`` and ``edits_<stage>`` in datatrove's stats.
A document whose text is not a string is passed on unchanged and counted as
``rejected``. textrepair's data loads once per worker process, on first use.
"""

from __future__ import annotations

from collections.abc import Iterator

from datatrove.data import Document
from datatrove.pipeline.base import PipelineStep

from textrepair.batch.process import repair_report
from textrepair.config import RepairConfig, resolve_config

__all__ = ["TextRepair"]


class TextRepair(PipelineStep):  # type: ignore[misc]
    """Repair each document's text and report what changed."""

    name = "🔧 textrepair"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: RepairConfig | str | None = None,
        explain: bool = False,
        metadata_key: str = "textrepair",
        **options: object,
    ) -> None:
        super().__init__()
        self.config = resolve_config(config, **options)
        self.explain = explain
        self.metadata_key = metadata_key

    def run(
        self, data: Iterator[Document], rank: int = 0, world_size: int = 1
    ) -> Iterator[Document]:
        """Yield every document of ``data``, repaired."""
        import textrepair  # heavy data loads lazily, once per worker process

        for document in data:
            self.stat_update("documents")
            if not isinstance(document.text, str):
                self.stat_update("rejected")
                yield document
                continue
            with self.track_time():
                result = textrepair.repair_and_explain(document.text, self.config)
            report = repair_report(result, self.explain)
            for stage, n in report["edits"].items():
                if n:
                    self.stat_update(f"edits_{stage}", value=n)
            if result.edits:
                self.stat_update("documents_changed")
            document.text = result.text
            document.metadata[self.metadata_key] = report
            self.update_doc_stats(document)
            yield document
