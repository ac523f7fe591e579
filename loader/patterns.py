"""Regular expressions behind a cheap substring test: most sentences hold none of a pattern's key words,
and `word in text` is far cheaper than a regex scan that tries every position (and, with re.I, every case)."""

from __future__ import annotations

import re

# The name of a place as news writes it: "Tianjin", "New Delhi", "Nur-Sultan", "Xi'an", "St. Petersburg"
PLACE_NAME = r"(?:St\.\s)?[A-Z][a-z]+(?:['\u2019][a-z]+)?(?:[- ][A-Z][a-z]+)?"
GATED: list[Gated] = []  # every gated pattern, for the test that its words are needed for a match
ANCHORED: list[Anchored] = []  # every anchored pattern, for the test that its anchor finds every match
_LOWER = ["", ""]  # the last text lower-cased, and its lower-case form: the patterns of one sentence share it


class Gated:
    """A compiled pattern that runs only on texts holding one of `words` (compared lower-cased if re.I)."""

    def __init__(self, pattern: str, flags: int = 0, *, words: tuple[str, ...], word_start: bool = False):
        # word_start: every match starts with a word character. Said first, as (?=\w), it lets sre turn away
        # spaces and punctuation at once, where it would try each branch of a long alternation in vain
        self.regex = re.compile(rf"(?=\w)(?:{pattern})" if word_start else pattern, flags)
        self.pattern = pattern
        self.word_start = word_start
        self.words = tuple(w.lower() for w in words) if flags & re.I else words
        self.ignore_case = bool(flags & re.I)
        GATED.append(self)

    def may_match(self, text: str) -> bool:
        if self.ignore_case:
            if text is not _LOWER[0]:
                _LOWER[:] = text, text.lower()
            text = _LOWER[1]
        for word in self.words:  # a plain loop: twice as fast as any() over a generator
            if word in text:
                return True
        return False

    def search(self, text: str) -> re.Match | None:
        return self.regex.search(text) if self.may_match(text) else None

    def finditer(self, text: str):
        return self.regex.finditer(text) if self.may_match(text) else iter(())

    def __repr__(self) -> str:
        return f"Gated({self.pattern[:40]!r}..., {self.words})"


def trie_pattern(words) -> str:
    """A regex group for any of `words`, factored by common prefixes: sre tries the branches of a group one by
    one, so "(?:pre(?:mier|sident))" is cheaper than "(?:premier|president)". Like a longest-first alternation,
    it tries the longer of two words that share a prefix first."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + build(root) + ")"


class Anchored:
    """A compiled pattern tried only where its anchor matches: for a pattern that starts with a long case-insensitive
    alternation (a title), which sre would try at every position of the text. Every match of the pattern must start
    at a match of the anchor; then its matches are those of `finditer`, found in a fraction of the time."""

    def __init__(self, pattern: str | re.Pattern, anchor: str, flags: int = 0):
        self.regex = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags)
        self.pattern = self.regex.pattern
        self.anchor = re.compile(anchor)
        ANCHORED.append(self)

    def finditer(self, text: str):
        end = 0
        for start in self.anchor.finditer(text):
            if start.start() >= end and (match := self.regex.match(text, start.start())):
                end = max(match.end(), match.start() + 1)
                yield match

    def search(self, text: str) -> re.Match | None:
        return next(self.finditer(text), None)

    def __repr__(self) -> str:
        return f"Anchored({self.pattern[:40]!r}...)"
