"""Read a review page back with the standard library's HTML parser, as a reader's eyes would.

For every reviewed document (``<article class="review">``) it rebuilds the text the
"input" view shows (everything but ``<ins>``) and the "output" view shows
(everything but ``<del>``), turning each labelled character box back into its code
point; and it lists the edits and spun marks as the page draws them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class ShownEdit:
    index: int
    stage: str
    title: str
    before: str = ""
    after: str = ""
    spun: bool = False


@dataclass
class ShownDocument:
    article_id: str
    input_text: str = ""
    output_text: str = ""
    edits: list[ShownEdit] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    mark_titles: list[str] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    language: str = ""


class ReviewParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.documents: list[ShownDocument] = []
        self.scripts: list[str] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.cards: dict[str, str] = {}
        self.bars: list[dict[str, str]] = []
        self.csp = ""
        self._stack: list[tuple[str, dict[str, str]]] = []
        self._doc: ShownDocument | None = None
        self._in_doc = 0
        self._edit: ShownEdit | None = None
        self._part = ""  # "del" or "ins" inside an edit
        self._mark: list[str] | None = None
        self._char_box = False
        self._script = False
        self._fact_term: str | None = None
        self._fact_part = ""
        self._table: str | None = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._card: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = a.get("class", "").split()
        if tag == "meta" and a.get("http-equiv") == "Content-Security-Policy":
            self.csp = a.get("content", "")
        if tag == "script":
            self._script = True
            self.scripts.append("")
        if tag == "article" and "review" in classes:
            self._doc = ShownDocument(a.get("id", ""))
            self.documents.append(self._doc)
        if self._doc is not None and tag == "div" and "doc" in classes:
            self._in_doc = len(self._stack) + 1
            self._doc.language = a.get("lang", "")
        if self._in_doc and tag == "span" and "e" in classes:
            assert self._doc is not None
            self._edit = ShownEdit(
                int(a["data-edit"]), a["data-stage"], a.get("title", ""), spun="spun" in classes
            )
            self._doc.edits.append(self._edit)
        if self._edit is not None and tag in ("del", "ins"):
            self._part = tag
        if self._in_doc and tag == "mark":
            self._mark = []
            assert self._doc is not None
            self._doc.mark_titles.append(a.get("title", ""))
        if tag == "span" and "ch" in classes:
            self._char_box = True
            self._text(chr(int(a["data-code"], 16)))
        if self._doc is not None and tag == "dt":
            self._fact_term, self._fact_part = "", "dt"
        if self._doc is not None and tag == "dd":
            self._fact_part = "dd"
            self._doc.facts[self._fact_term or ""] = ""
        if tag == "table":
            self._table = a.get("class", "") or f"table{len(self.tables)}"
            self.tables[self._table] = []
        if tag == "tr" and self._table is not None:
            self._row = []
        if tag in ("td", "th") and self._row is not None:
            self._cell = []
        if tag == "div" and "card" in classes:
            self._card = a.get("data-count", "")
            self.cards[self._card] = ""
        if tag == "rect" and "bar" in classes:
            self.bars.append(a)
        if tag not in ("meta", "br", "img", "input", "rect", "line"):
            self._stack.append((tag, a))

    def handle_endtag(self, tag: str) -> None:
        while self._stack:
            open_tag, _ = self._stack.pop()
            if open_tag == tag:
                break
        if tag == "script":
            self._script = False
        if tag == "div" and self._in_doc and len(self._stack) < self._in_doc:
            self._in_doc = 0
        if tag in ("del", "ins"):
            self._part = ""
        if tag == "span" and self._char_box:
            self._char_box = False
        elif tag == "span" and self._edit is not None and not self._part:
            self._edit = None
        if tag == "mark" and self._mark is not None:
            assert self._doc is not None
            self._doc.marks.append("".join(self._mark))
            self._mark = None
        if tag == "dd":
            self._fact_part = ""
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        if tag == "tr" and self._row is not None and self._table is not None:
            self.tables[self._table].append(self._row)
            self._row = None
        if tag == "table":
            self._table = None
        if tag == "div" and self._card is not None:
            self._card = None
        if tag == "article":
            self._doc = None

    def handle_data(self, data: str) -> None:
        if self._script:
            self.scripts[-1] += data
            return
        if self._char_box:
            return  # the box's symbol stands for the code point already added
        self._text(data)

    def _text(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._card is not None and self._stack and self._stack[-1][0] == "b":
            self.cards[self._card] += data
        if self._doc is not None and self._fact_part == "dt" and self._fact_term is not None:
            self._fact_term += data
        elif self._doc is not None and self._fact_part == "dd" and self._fact_term is not None:
            self._doc.facts[self._fact_term] += data
        if not self._in_doc or self._doc is None:
            return
        if self._mark is not None:
            self._mark.append(data)
        if self._edit is not None and self._part == "del":
            self._edit.before += data
            self._doc.input_text += data
        elif self._edit is not None and self._part == "ins":
            self._edit.after += data
            self._doc.output_text += data
        else:
            self._doc.input_text += data
            self._doc.output_text += data


def parse(page: str) -> ReviewParser:
    parser = ReviewParser()
    parser.feed(page)
    parser.close()
    return parser
