"""Text written all in capitals (wire flashes, headlines, captions), read in the case the rules expect: lower case,
with the names the reference list knows, demonyms, titles before them, months, weekdays and the first word capitalised
("RUSSIAN PRESIDENT DMITRY MEDVEDEV CHAIRED" -> "Russian President Dmitry Medvedev chaired")."""

from __future__ import annotations

import re

from loader.extraction.gazetteer import Gazetteer
from loader.facts import PERSON
from loader.vocabulary import MONTH_NAMES, TITLES, WEEKDAYS

MIN_LETTERS = 20  # "1031 URGENT" is a wire's slug, not a sentence
WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# the words of titles, capitalised next to a name ("PRESIDENT", "PRIME MINISTER", "FOREIGN MINISTER")
TITLE_PARTS = {word for title in TITLES for word in title.split()} - {"of", "the", "and", "for", "to", "on"}
CALENDAR = {word.lower() for word in (*MONTH_NAMES, *WEEKDAYS)}
# the last names of known people that are common words too: left in lower case
COMMON_WORDS = {"may", "will", "long", "young", "king", "bill", "mark", "rich", "love", "hope"}


CAPITAL_WORDS = re.compile(r"[A-Z]{3,}[\s,.'-]+[A-Z]{2,}[\s,.'-]+[A-Z]{2,}")  # a cheap test first: three words


def shouting(text: str) -> bool:
    """Is a sentence written in capitals (at least MIN_LETTERS letters, nine in ten of them capitals)?"""
    if not CAPITAL_WORDS.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= MIN_LETTERS and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def recased(text: str, gazetteer: Gazetteer) -> str:
    """The sentence in lower case, with what the reference list and the vocabulary know capitalised."""
    chars = list(text.lower())
    capital = [False] * len(text)

    def mark(start: int, end: int) -> None:
        for i in range(start, end):
            capital[i] = True

    titled = text.title()  # the same length: the spans of known names in it are theirs in the text
    for start, end, entity_id in gazetteer.find_names(titled):
        mark(start, end)
    acronyms, family_names = _acronyms(gazetteer), _family_names(gazetteer)
    words = list(WORD.finditer(text))
    for word in words:
        plain = word.group(0).lower()
        if word.group(0) in acronyms:
            chars[word.start():word.end()] = word.group(0)  # "SCO", "RATS", "CSTO" stay as written
        elif plain in CALENDAR or plain in family_names or gazetteer.state_of_adjective(plain.title()):
            mark(word.start(), word.start() + 1)  # "JUNE", "ZARDARI" (a known person's last name), "KAZAKH"
    titles = [word for word in words if word.group(0).lower() in TITLE_PARTS]
    for _ in range(3):  # a title's words next to a capitalised word, "PRIME" next to "MINISTER" next to the name
        for word in titles:
            if not capital[word.start()] and _next_to_capital(text, word, capital):
                mark(word.start(), word.start() + 1)
    for i, flag in enumerate(capital):
        if flag and (i == 0 or not text[i - 1].isalpha()):
            chars[i] = text[i].upper()
    if words:
        first = words[0].start()
        chars[first] = chars[first].upper()
    return "".join(chars)


def _next_to_capital(text: str, word: re.Match, capital: list[bool]) -> bool:
    after = re.match(r"\s+(?=[A-Za-z])", text[word.end():])
    before = re.search(r"[A-Za-z]\s+$", text[:word.start()])
    return bool(after and capital[word.end() + after.end()]) or \
        bool(before and capital[word.start() - len(before.group(0))])


def _family_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The last words of the names of the people the reference list knows, in lower case ("zardari", "xi")."""
    if "family_names" not in gazetteer.cache:
        gazetteer.cache["family_names"] = frozenset(
            entity.label.split()[-1].lower() for entity in gazetteer.entities.values()
            if entity.kind == PERSON and entity.label.split()) - COMMON_WORDS
    return gazetteer.cache["family_names"]


def _acronyms(gazetteer: Gazetteer) -> frozenset[str]:
    """Names the reference list writes in capitals ("SCO", "CSTO", "UN")."""
    if "acronyms" not in gazetteer.cache:
        gazetteer.cache["acronyms"] = frozenset(name for name in gazetteer.names if name.isupper() and len(name) <= 8)
    return gazetteer.cache["acronyms"]
