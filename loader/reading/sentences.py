"""Split an article into sentences, each with the date its relative expressions refer to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loader.reading.dates import parse_date
from loader.reading.documents import DATELINE, Document
from loader.vocabulary import COMMON_STATE_NAMES, ORDINALS, RANKS, STATE_FORM_NAMES, STATE_FORMS
from loader.extraction.gazetteer import fold

ABBREVIATIONS = (
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Col|Sen|Rep|Gov|Jr|Sr|Inc|Ltd|Co|vs|etc"
)
ORDINAL_WORDS = tuple(word.title() for word, n in ORDINALS.items() if n <= 10)  # "First, ..." starts a proposal point
BOUNDARY = re.compile(
    rf"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=:)\s+(?=(?:{'|'.join(ORDINAL_WORDS)}),)"
)
NO_END = re.compile(rf"(?:\b(?:{ABBREVIATIONS})|\b[A-Z]|\b[A-Z]\.[A-Z])\.$")


@dataclass(frozen=True)
class Sentence:
    """One sentence, its position, and the date that "on Thursday" or "October 26" is relative to."""

    text: str
    index: int
    paragraph: int
    reference: date | None
    place: str | None = None  # the dateline's place, for "said here"
    section: int = 0  # a new section starts at each dateline
    original: str = ""  # the sentence as written; `text` is folded (accents dropped, quotes unified)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph (abbreviations, initials and "H.E." do not end a sentence)."""
    result: list[str] = []
    position = 0
    text = " ".join(paragraph.split())
    for match in BOUNDARY.finditer(text):
        piece = text[position:match.start()].rstrip()
        if NO_END.search(piece):
            continue
        result.append(text[position:match.end()].strip())
        position = match.end()
    result.append(text[position:].strip())
    return [sentence for sentence in result if sentence]


def plain(text: str) -> str:
    """The text extraction reads: ranks before names dropped, official state names in their common form
    ("President of the Republic of Uzbekistan Colonel General X" -> "President of Uzbekistan X")."""
    if "Republic" in text or "Federation" in text or " of " in text:
        text = STATE_FORM_NAMES.sub(lambda m: COMMON_STATE_NAMES[m["name"]], text)
        text = STATE_FORMS.sub("", text)
    return RANKS.sub("", text)


def sentences(document: Document) -> list[Sentence]:
    """All sentences of a document, folded (see gazetteer.fold); a dateline ("BISHKEK, Oct. 26 (Xinhua) --")
    resets the reference date."""
    result: list[Sentence] = []
    reference, place, section = document.published, None, 0
    paragraphs = [p for p in document.text.split("\n\n") if p.strip()]
    for number, paragraph in enumerate(paragraphs):
        paragraph = " ".join(paragraph.split())
        line = DATELINE.match(paragraph)
        if line:
            reference = parse_date(line["date"], document.published) or reference
            place, section = line["place"].strip().title(), section + 1
            paragraph = re.sub(r"^[\s:\u2014\u2013-]+", "", paragraph[line.end():]) or paragraph
        for text in split_sentences(paragraph):
            result.append(Sentence(plain(fold(text)), len(result), number, reference, place, section, text))
    return result
