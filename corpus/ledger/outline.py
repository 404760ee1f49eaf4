"""The heading tree of a notice as nodes holding their body lines, for finding ledger items.

`corpus.headings.parse_structure` gives each line its heading path; the ledger needs the
tree itself: which numbered heading holds which lines and which sub-headings.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from corpus.headings import Paragraph, parse_structure
from corpus.models import Heading


@dataclass
class Node:
    """A numbered heading (or the document root) with the lines and headings below it."""

    heading: Heading | None  # None for the root
    line: Paragraph | None  # the heading's own line
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    body: list[Paragraph] = field(default_factory=list)  # lines directly below, in order

    @property
    def depth(self) -> int:
        return 0 if self.parent is None else self.parent.depth + 1

    def ancestors(self) -> list["Node"]:
        """Headed ancestors, outermost first (the root excluded)."""
        chain: list[Node] = []
        node = self.parent
        while node is not None and node.heading is not None:
            chain.append(node)
            node = node.parent
        return chain[::-1]

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


def build_outline(text: str) -> Node:
    """The root node of `text`'s heading tree."""
    root = Node(None, None)
    stack: list[Node] = [root]
    for para in parse_structure(text).paragraphs:
        if para.heading is None:
            stack[-1].body.append(para)
            continue
        while len(stack) > 1 and stack[-1].heading.level >= para.heading.level:
            stack.pop()
        node = Node(para.heading, para, parent=stack[-1])
        stack[-1].children.append(node)
        stack.append(node)
    return root
