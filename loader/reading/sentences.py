"""Split an article into sentences, each with the date its relative expressions refer to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from calendar import monthrange
from datetime import date

from loader.reading.dates import ABSOLUTE, MONTH, parse_date, weekday_before
from loader.reading.documents import Document, dateline, dateline_date
from loader.vocabulary import (
    BODY_INSIDE_TITLE, COMMON_STATE_NAMES, ENVOY_POSTED_TO, EXCELLENCY, ORDINALS, RANK_WORDS, RANKS, STATE_FORM_NAMES,
    STATE_FORMS, STATE_INSIDE_TITLE, UNDER_THE_PRESIDENT, WEEKDAYS,
)
from loader.extraction.gazetteer import fold

ABBREVIATIONS = (
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|St|No|Gen|Col|Sen|Rep|Gov|Jr|Sr|Inc|Ltd|Co|vs|etc"
)
ORDINAL_WORDS = tuple(word.title() for word, n in ORDINALS.items() if n <= 10)  # "First, ..." starts a proposal point
BOUNDARY = re.compile(
    rf"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])|(?<=:)\s+(?=(?:{'|'.join(ORDINAL_WORDS)}),)"
)
NO_END = re.compile(rf"(?:\b(?:{ABBREVIATIONS}|Sh|Ch|Zh|Kh|Yu|Ya|Ts)|\b[A-Z]|\b[A-Z]\.[A-Z])\.$")  # "Sh. Mirziyoyev"
NO_END_REACH = 8  # NO_END looks at most this far back from a sentence end
# a chronology's date ending in a full stop, which opens its item: "November 25, 2010. The heads of government met ..."
# ("2 July 2025, Tianjin. The 12th Meeting ...": a digest's item, dated and placed)
DATE_ONLY = re.compile(r"(?:[A-Z][a-z]{2,8}\.?\s\d{1,2}(?:-\d{1,2})?,\s|\d{1,2}(?:-\d{1,2})?\s[A-Z][a-z]{2,8}\s)"
                       r"(?:19|20)\d\d(?:,\s[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?)?\.")


# "MONDAY, SEPTEMBER 1", "YESTERDAY - October 15", "Day 1: 15 October"; "3. BISHKEK, 4-5 DECEMBER": a digest's item,
# of that place and day
DAY_HEADING = re.compile(rf"(?:\d{{1,2}}[.)]\s(?!(?:{'|'.join(WEEKDAYS)}|yesterday|today)\b)"
                         r"(?P<place2>(?-i:[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){0,2})),\s)?"
                         rf"(?:(?:{'|'.join(WEEKDAYS)}|yesterday|today|day\s\d{{1,2}})(?:,|:|\s[-\u2013\u2014])?\s)?"
                         rf"(?P<date>{MONTH}\s\d{{1,2}}(?:[-\u2013]\d{{1,2}})?(?:,?\s\d{{4}})?|\d{{1,2}}(?:[-\u2013]\d{{1,2}})?\s{MONTH}"
                         # "2. BEIJING, APRIL 2018": a numbered item of that month
                         rf"(?:\s\d{{4}})?|(?(place2)(?:{MONTH}[-\u2013])?{MONTH}\s(?:19|20)\d\d|(?!)))"
                         # "11-12 OCTOBER - DUSHANBE": a digest's item, of that day and place
                         # "July 10, 2015 -- Ufa, Russia", "September 15, 2020 -- online": a timeline's entry
                         r"(?:\s(?:--?|[\u2013\u2014])\s(?:(?P<place>[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){0,2})"
                         r"(?:,\s[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+)?)?"
                         r"|online|virtual|by\svideo(?:\s?conference|\slink)?))?",
                         re.I)
# "● 2001 | SHANGHAI | 15 Jun": a timeline card's heading, of that day and place
_DAYS = r"\d{1,2}(?:[-\u2013]\d{1,2})?"
CARD_HEADING = re.compile(rf"(?:[\u25cf\u2022*-]\s)?(?P<year>(?:19|20)\d\d)\s\|\s"
                          rf"(?P<place>[A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){{0,2}})"
                          rf"\s\|\s(?P<date>{_DAYS}\s{MONTH}|{MONTH}\s{_DAYS})", re.I)
ITEM_DAY, ITEM_PLACE = "day", "day and place"  # what the heading over a digest's item gives it
ITEM_DIARY = "diary day"  # what a diary's weekday heading gives every sentence below it, to the next heading
# "MONDAY", "Tuesday evening:": a diary's day, the article's latest day of that name, for the paragraphs below it
WEEKDAY_HEADING = re.compile(rf"(?:On\s)?(?P<day>{'|'.join(WEEKDAYS)})(?:\s(?:morning|afternoon|evening|night))?:?", re.I)
RANGE_END = re.compile(r"[-\u2013]\d{1,2}")
ENTRY_STAMP = re.compile(r"(?:[-=_~]{3,}\s)?(?:\d{1,2}:\d{2}\s)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})"
                         r"(?:,?\s(?:\|\s)?\d{1,2}:\d{2})?(?=\s|$)")  # "---- 17.09.2021 | 21:05" over a news list's item
STAMPED_LINE = re.compile(r"\s*(?:\d{1,2}[./]\d{1,2}\s+)?\d{1,2}:\d{2}\s")  # "17:08 ...", "27/04 17:08 ..."
TICKER_STAMP = re.compile(r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})\s+\d{1,2}:\d{2}\s")  # day and month, no year
ENTRY_WORDS = 3  # the fewest words after a stamp that make its line an entry of that day, not a page's date
RECENT = 31  # the most days a ticker's entry may lie before the page's date
MONTH_HEADING = re.compile(rf"(?P<month>{MONTH})\s(?P<year>(?:19|20)\d{{2}})", re.I)  # "NOVEMBER 2018": the month of the items below
YEAR_HEADING = re.compile(r"[#=*\s]*(?P<year>(?:19|20)\d{2})[:*=\s]*")  # "2005", "== 2005 ==": a chronology's year
# "2015 - Zhengzhou. The 14th meeting, held on 14-15 December, ...": a chronicle's paragraph, of that year and place
YEAR_PLACE_OPENER = re.compile(r"(?P<year>(?:19|20)\d{2})\s[-\u2013\u2014]\s(?:(?P<place>[A-Z][A-Za-z'.-]+"
                               r"(?:\s[A-Z][A-Za-z'.-]+){0,2})|online|virtual)(?:,?\s[a-z]+){0,2}[.:]\s")
BULLET = re.compile(r"^\s*(?:-+>|=>|[-\u2022*\u2013\u2014\u00b7\u25aa\u25cf\u00bb\u203a\u2192\u27a4]|\d{1,2}[.)])\s+")
ITEM_END = re.compile(r"[\s;,.]+$")
MAX_SENTENCE_CHARS = 2_000  # a longer "sentence" (a list run together, a page of junk) is read in pieces this long
MAX_SENTENCES = 20_000  # an article with more sentences is read up to here: every rule then runs in bounded time
HEADING_WORDS = 15  # a line this short, without an end mark, is a headline, byline or list line, not wrapped prose
RUN_TOGETHER_TITLES = re.compile(r"\b(?:President|Prime\sMinister|Premier|Minister|Secretary(?:[-\s]General)?|Chairman|Director)\sof\b")
WORD_END, WORD_START = re.compile(r"[A-Za-z]+-$"), re.compile(r"[a-z]+")  # the halves of a word a line break cut
# "Modi-Raisi talks", "Imran Khan - Lukashenko talks": the talks of the two ("Modi and Raisi held talks")
PAIR_TALKS = re.compile(r"\b(?P<a>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s?[-\u2013]\s?(?P<b>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s"
                        r"(?:bilateral\s)?talks\b")
TABLE_ROW = " | "  # between the cells of a table copied as text (documents.clean writes them so)
TABLE_OF_MEETINGS = re.compile(r"\|?\s*(?:Year|Date|When)\s\|", re.I)  # the header of a table whose rows are meetings
ITEM_WORDS = 25  # a line-per-item list under a heading: each item a line of at most this many words


@dataclass(frozen=True)
class Sentence:
    """One sentence, its position, and the date that "on Thursday" or "October 26" is relative to."""

    text: str
    index: int
    paragraph: int
    reference: date | None
    place: str | None = None  # the dateline's place, for "said here"
    section: int = 0  # a new section starts at each dateline
    item: str = ""  # under a heading of its day (ITEM_DAY: "WEDNESDAY, 19 JUNE") or day and place (ITEM_PLACE)
    original: str = ""  # the sentence as written; `text` is folded (accents dropped, quotes unified)
    start: int = -1  # character offsets of the sentence in Document.text (-1 for the headline added by extraction)
    end: int = -1


class _Spans:
    """Text assembled from pieces of the document, remembering where each piece came from."""

    def __init__(self, document: str = ""):
        self.document = document  # the text the pieces come from
        self.parts: list[str] = []
        self.starts: list[int] = []  # where each piece starts in the assembled text
        self.origins: list[int] = []  # where it starts in the document (-1 for a separator)
        self.length = 0

    def add(self, piece: str, at: int) -> None:
        """Add document text that starts at offset `at`; `at` < 0 adds a separator (mapped to the text before)."""
        self.parts.append(piece)
        self.starts.append(self.length)
        self.origins.append(at)
        self.length += len(piece)

    def words(self, text: str, offset: int) -> None:
        """Add the words of document text (at `offset`), one space between them."""
        stripped = text.strip()
        if not stripped:
            return
        if self.parts and not self._wrapped_word(stripped):
            self.add(" ", -1)
        if "  " not in stripped and "\t" not in stripped:  # the usual line: one piece
            self.add(stripped, offset + text.index(stripped[0]))
            return
        for i, match in enumerate(re.finditer(r"\S+", text)):
            if i:
                self.add(" ", -1)
            self.add(match.group(0), offset + match.start())

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def _wrapped_word(self, line: str) -> bool:
        """Is the last line's end a word broken by a hyphen that `line` goes on with ("Kazakh-" over "stan")? Then
        the hyphen is dropped, unless `line` goes on in capitals ("Anti-" over "Terrorist") or the document writes
        the word with it elsewhere ("counter-terrorism")."""
        last = self.parts[-1]
        if not (last.endswith("-") and len(last) > 1 and last[-2].isalpha() and line[0].isalpha()):
            return False
        head, tail = WORD_END.search(last), WORD_START.match(line)
        if line[0].islower() and not (head and tail and f"{head.group(0)}{tail.group(0)}" in self.document):
            self.parts[-1] = last[:-1]
            self.length -= 1
        return True

    def _origin(self, position: int) -> int:
        """The document offset of the character at `position`; a separator's is that of the character before."""
        i = bisect_right(self.starts, position) - 1
        if self.origins[i] >= 0:
            return self.origins[i] + position - self.starts[i]
        while i > 0 and self.origins[i] < 0:
            i -= 1
        return self.origins[i] + len(self.parts[i]) - 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._origin(start), self._origin(end - 1) + 1


def blocks(text: str) -> list[_Spans]:
    """The document as blocks to split into sentences: paragraphs, with headline, byline and bullet lines kept
    apart from each other, and a list introduced by a colon joined to its heading ("attended by: A; B; C")."""
    units: list[list[tuple[int, str]]] = []  # lines (offset, text) of each unit
    for paragraph in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        hard_wrapped = bool(HARD_WRAP.search(paragraph.group(0)))
        unit: list[tuple[int, str]] = []
        for line in re.finditer(r"[^\n]+", paragraph.group(0)):
            content = line.group(0)
            if not content.strip():
                continue
            previous = unit[-1][1].rstrip() if unit else ""
            if unit and (BULLET.match(content) or previous.endswith(":")  # a heading stands apart from its list
                         or STAMPED_LINE.match(content)  # a ticker's or feed's entry: "27/04 17:08 RAJNATH MEETS ..."
                         or YEAR_PLACE_OPENER.match(content)  # a chronicle's line: "2003 - Moscow. Third summit."
                         or TABLE_ROW in content or TABLE_ROW in previous  # a table's row is a unit of its own
                         or not previous.endswith((".", ",", ";", ":", "!", "?", "-")) and len(previous.split()) <= HEADING_WORDS
                         and not hard_wrapped and not _wrapped(previous, content)):
                units.append(unit)
                unit = []
            unit.append((paragraph.start() + line.start(), content))
        if unit:
            units.append(unit)
    result: list[_Spans] = []
    i = 0
    while i < len(units):
        spans = _Spans(text)
        for at, line in units[i]:
            spans.words(line, at)
        i += 1
        bulleted = i < len(units) and bool(BULLET.match(units[i][0][1]))
        if not spans.text.endswith(":") and bulleted and len(units[i - 1]) == 1 and _heading(spans.text) \
                and not CLAUSE_VERB.search(units[i][0][1]) and not _day_alone(spans.text):
            # "Heads of the SCO observer states" over a bulleted list: a heading without its colon; not "KEY TAKEAWAYS"
            # over bullets that each say something ("* Swaraj met Wang Yi on the sidelines"), nor a day's ("THURSDAY,
            # 8 JUNE") over the day's events
            spans.add(":", -1)
        if spans.text.endswith(":"):  # a heading: join the list that follows
            items = 0
            while i < len(units) and _list_item(units[i], bulleted):
                marker = BULLET.match(units[i][0][1])
                skip = marker.end() if marker else 0
                lines = [(at + skip, line[skip:]) if n == 0 else (at, line) for n, (at, line) in enumerate(units[i])]
                lines[-1] = (lines[-1][0], ITEM_END.sub("", lines[-1][1]))
                for n, (at, line) in enumerate(lines):  # protocol lines, one item each, or an item's wrapped lines
                    if items and (n == 0 or _title_lines(units[i])):
                        spans.add(";", -1)
                    spans.words(line, at)
                items, i = items + 1, i + 1
            if items:
                spans.add(".", -1)
        result.append(spans)
    return result


def _day_alone(text: str) -> bool:
    """A heading of a day that names no place or event ("THURSDAY, 8 JUNE"): the items below tell what it saw."""
    return bool((heading := DAY_HEADING.fullmatch(text)) and not heading["place"] and not heading["place2"])


# a verb that makes a bullet or a line a statement of its own, not an item of a list
CLAUSE_VERB = re.compile(r"\b(?:held|met|meets|agreed|signed|adopted|approved|chaired|hosted|said|says|called|urged|discussed|"
                         r"keeps|joined|was|were|is|are|will)\b")


# the last word of a line that a sentence goes on from, or the first word of a line that goes on with one
GOES_ON = re.compile(r"\b(?:the|of|and|to|in|by|for|on|at|a|an|with|from|as|that|which|was|were|is|are)$")

# A paragraph broken into lines of even width, as a PDF's text or old wire copy: a word cut by a hyphen, or a line
# that goes on in lower case from one that ends in lower case or a comma. Its short lines are no headings.
HARD_WRAP = re.compile(r"[A-Za-z]-\n[ \t]*[a-z]|[a-z,]\n[ \t]*[a-z]")


def _wrapped(previous: str, line: str) -> bool:
    """Does `line` go on with the sentence of the line before, though that one is short and has no end mark (text
    broken into lines of even width, as a PDF's: "... Chairman of the People's Republic of" over "China Hu Jintao")?"""
    line = line.lstrip()
    return line[:1].islower() or line[:1].isalpha() and bool(GOES_ON.search(previous))  # not "(iv) ..."


def _heading(text: str) -> bool:
    """Is a line a short heading (no end mark, a few words, not a bullet itself)?"""
    return not text.endswith((".", ",", ";", "!", "?")) and len(text.split()) <= HEADING_WORDS and not BULLET.match(text)


# ("- June 25-26 - Qingdao, China: meeting of ...": a dated item of a list of key dates, without its year)
CHRONOLOGY_ITEM = re.compile(r"(?:\d{1,2}\s)?(?:[A-Z][a-z]{2,8}\.?\s)?(?:\d{1,2},?\s)?(?:19|20)\d\d\b"
                             rf"|(?:\d{{1,2}}(?:-\d{{1,2}})?\s{MONTH}|{MONTH}\s\d{{1,2}}(?:-(?:{MONTH}\s)?\d{{1,2}})?)"
                             r"\s[-\u2013\u2014:]\s")


def _list_item(unit: list[tuple[int, str]], bulleted: bool) -> bool:
    """Is this unit the next item of a list under a heading: a bullet line in a bulleted list, or in a list of
    plain lines one short line that ends no sentence ("Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene")?"""
    line = unit[0][1].strip()
    if DAY_HEADING.fullmatch(line):
        return False  # "8-10 OCTOBER - DUSHANBE": the heading of a digest's next item
    if line.count(TABLE_ROW) >= 2 and TABLE_OF_MEETINGS.match(line):
        return False  # "Year | Venue | Chair | India represented by" after "since then:": a table of meetings, whose
        # rows each tell of a meeting of their own (not "| Country | Represented by |" after "The line-up:")
    if bulleted:  # a bullet that is a whole sentence of prose ("- Hu received Musharraf on Wednesday, ...") is no item,
        # nor is an item of a chronology ("* April 1997, Moscow -- second meeting"): each tells an event of its own
        return bool(marker := BULLET.match(line)) and not CHRONOLOGY_ITEM.match(line, marker.end()) \
            and not (line.endswith(".") and len(" ".join(t for _, t in unit).split()) > ITEM_WORDS
                     and len(RUN_TOGETHER_TITLES.findall(line)) < 2)  # not "- Secretary General of ..., and Director of ..."
    if len(unit) > 1:  # a paragraph of items, one per line: "President of ... N.A. Nazarbaev;"
        lines = [text.strip() for _, text in unit]
        return all(len(item.split()) <= ITEM_WORDS for item in lines) and (
            all(item.endswith((";", ",")) for item in lines[:-1]) or _title_lines(unit))
    if line.endswith((".", ":", "!", "?")):  # a sentence, unless the short bullet that ends a list
        return bool(BULLET.match(line)) and line.endswith(".") and len(line.split()) <= ITEM_WORDS
    # items run together on one line: "Vice President of India M Venkaiah Naidu Prime Minister of Kazakhstan A.U. Mamin"
    return len(line.split()) <= ITEM_WORDS or len(RUN_TOGETHER_TITLES.findall(line)) >= 2


def _title_lines(unit: list[tuple[int, str]]) -> bool:
    """Is each line of a unit a protocol item of its own, a title and a name with no end mark ("Deputy Prime Minister -
    Minister of Foreign Affairs of Pakistan Mohammad Ishaq Dar" over "Minister of Foreign Affairs of Russia ...")?"""
    return len(unit) > 1 and all(RUN_TOGETHER_TITLES.search(line) and not line.rstrip().endswith((".", ";", ",", ":"))
                                 for _, line in unit)


def split_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a block (abbreviations, initials and "H.E." do not end a sentence)."""
    result: list[tuple[int, int]] = []
    position = 0
    for match in BOUNDARY.finditer(text):
        end = match.start()
        while end > position and text[end - 1].isspace():
            end -= 1
        if NO_END.search(text, max(position, end - NO_END_REACH), end) or DATE_ONLY.fullmatch(text, position, end):
            continue  # only the word before (linear in the text), or a date alone
        end = match.end()
        while text[end - 1].isspace():
            end -= 1
        result.append((position, end))
        position = match.end()
    result.append((position, len(text.rstrip())))
    return [(a, b) for a, b in result if text[a:b].strip()]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at spaces into pieces of at most MAX_SENTENCE_CHARS (a word longer than that is cut too)."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS + 1)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + 1 if text[cut] == " " else cut
    return pieces + [(start, end)]


# An initial run into the name it abbreviates: "Zh.Satybaldiev", "Ts.Elbegdorj", "A.A.Novikov"
DOT_CAPITAL = re.compile(r"\.[A-Z]")  # a cheap test before JOINED_INITIAL
JOINED_INITIAL = re.compile(r"(?<![A-Za-z.])((?:[A-Z][a-z]?\.){1,3})(?=[A-Z][a-z]{2,})")


def plain(text: str) -> str:
    """The text extraction reads: ranks before names dropped, official state names in their common form
    ("President of the Republic of Uzbekistan Colonel General X" -> "President of Uzbekistan X"), initials apart
    from the name ("Zh.Satybaldiev" -> "Zh. Satybaldiev")."""
    if DOT_CAPITAL.search(text):
        text = JOINED_INITIAL.sub(r"\1 ", text)
    if "Republic" in text or "Federation" in text or "Kingdom" in text or "Sultanate" in text:
        text = STATE_FORM_NAMES.sub(lambda m: COMMON_STATE_NAMES[m["name"]], text)
        text = STATE_FORMS.sub("", text)
    if " to " in text and ("Ambassador" in text or "Representative" in text or "Envoy" in text):
        text = ENVOY_POSTED_TO.sub(r"\g<title>\g<of>", text)
    if " of the " in text and ("Council" in text or "Ministers" in text or "Government" in text or "Staff" in text):
        text = UNDER_THE_PRESIDENT.sub(" of ", text)
        text = STATE_INSIDE_TITLE.sub(r"\g<adj> \g<title> of the \g<body>", text)
    if "Executive Committee" in text:
        text = BODY_INSIDE_TITLE.sub(r"\g<title> of the Executive Committee of the \g<body>", text)
    if "HE " in text:
        text = EXCELLENCY.sub("", text)
    if " talks" in text:
        text = PAIR_TALKS.sub(r"\g<a> and \g<b> held talks", text)
    return RANKS.sub("", text) if any(word in text for word in RANK_WORDS) else text


def sentences(document: Document, warn: Callable[[str], None] = lambda message: None) -> list[Sentence]:
    """All sentences of a document, folded (see gazetteer.fold), with their offsets in the document's text; a
    dateline ("BISHKEK, Oct. 26 (Xinhua) --") resets the reference date. Past the budgets (MAX_SENTENCE_CHARS,
    MAX_SENTENCES) the text is cut, and `warn` is told what was left out."""
    result: list[Sentence] = []
    long = 0
    for number, block, skip, reference, place, section, item in _blocks_in_context(document):
        body = block.text[skip:]
        for span in split_spans(body):
            pieces = _pieces(body, *span)
            long += len(pieces) > 1
            for a, b in pieces:
                start, end = block.span(skip + a, skip + b)
                if len(result) == MAX_SENTENCES:
                    warn(f"only the first {MAX_SENTENCES} sentences were read; the {len(document.text) - start} "
                         f"characters from character {start} on were left out")
                    return result
                written = body[a:b]
                result.append(Sentence(plain(fold(written)), len(result), number, reference, place, section, item, written,
                                       start, end))
                item = item if item == ITEM_DIARY else ""  # a digest item's heading dates its first sentence only
    if long:
        warn(f"{long} sentence(s) longer than {MAX_SENTENCE_CHARS} characters were read in pieces")
    return result


FIRST_TOLD = 1500  # how far into an undated article its first full date may stand
FEW_YEARS = 3  # the most years an undated article may name for its first date to be its own
YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def _first_told_date(text: str) -> date | None:
    """An article with no date of its own is read from the first full date its opening tells ("When the plane took
    off on the morning of 14 December 2015, ..."): "today" and the year of "the summit" are that day's. Not a
    chronology, a table or a retrospective, whose first date is one of many."""
    if len(set(YEARS.findall(text))) > FEW_YEARS:
        return None
    told = [(match.start(), day) for match in ABSOLUTE.finditer(text)
            if (match["y1"] or match["y2"]) and (day := parse_date(match.group(0)))]
    if not told or told[0][0] >= FIRST_TOLD:
        return None
    first = told[0][1]
    return first if first == max(day for _, day in told) else None  # not a retrospective's first of many days


def _first_day_of_year(text: str, year: int | None) -> date | None:
    """An undated article whose file name gives the year: the first day its opening tells without one ("was held in
    Almaty on 5 July"), in that year."""
    if year is None:
        return None
    first = next((match for match in ABSOLUTE.finditer(text[:FIRST_TOLD]) if not (match["y1"] or match["y2"])), None)
    return parse_date(first.group(0), date(year, 12, 31)) if first else None


def _ticker_day(stamp: re.Match, published: date | None) -> date | None:
    """The day of a ticker's entry stamped "27/04 17:08": day first (month first only where day first cannot be), in
    the month before the page's date at most."""
    if published is None:
        return None
    a, b = int(stamp["a"]), int(stamp["b"])
    for day, month in ((a, b), (b, a)):
        try:
            found = date(published.year, month, day)
        except ValueError:
            continue
        return found if 0 <= (published - found).days <= RECENT else None
    return None


MONTHS_FROM = re.compile(rf"^{MONTH}[-\u2013]", re.I)  # "August-" of "August-September 2025": its last month counts


def _month_end(month: re.Match | None, published: date | None) -> date | None:
    """The last day of the month a heading names ("NOVEMBER 2018"), or the article's day if that comes first: the
    items below are of that month."""
    first = parse_date(f"1 {month['month'].title()} {month['year']}", None) if month else None
    last = first.replace(day=monthrange(first.year, first.month)[1]) if first else None
    return min(last, published) if last and published and first <= published else last


def _blocks_in_context(document: Document):
    """(number, block, characters of dateline to skip, reference date, dateline place, section, what the heading over
    it gives a digest's item: ITEM_DAY, ITEM_PLACE or "") of each block."""
    told = None if document.published else _first_told_date(document.text)
    reference = document.published or (told if told and document.year in (None, told.year) else None) or \
        _first_day_of_year(document.text, document.year)  # (not a date of another year than the file name's)
    place, section, item, diary = None, 0, "", ""
    for number, block in enumerate(blocks(document.text)):
        text, skip = block.text, 0
        line = dateline(text)
        under, item, entry = item or diary, "", False
        if (weekday := WEEKDAY_HEADING.fullmatch(text.strip())) and document.published:
            reference, diary = weekday_before(document.published, weekday["day"]), ITEM_DIARY  # every paragraph below
        if DAY_HEADING.fullmatch(text) or line:
            diary = ""
        if (heading := DAY_HEADING.fullmatch(text)) and \
                (day := parse_date(RANGE_END.sub("", heading["date"]).title(), document.published)
                 or _month_end(MONTH_HEADING.fullmatch(MONTHS_FROM.sub("", heading["date"])), document.published)):
            reference = day  # a live blog's "MONDAY, SEPTEMBER 1": the entries below are of that day (the first of "8-10 May")
            item = ITEM_DAY  # the item below is of that day ("WEDNESDAY, 19 JUNE"), and place ("11-12 OCTOBER - DUSHANBE")
            if heading["place"] or heading["place2"]:
                place, section, item = (heading["place"] or heading["place2"]).title(), section + 1, ITEM_PLACE
        if (card := CARD_HEADING.fullmatch(text.strip())) and \
                (day := parse_date(f"{RANGE_END.sub('', card['date']).title()} {card['year']}", None)):
            reference, place, section, item = day, card["place"].title(), section + 1, ITEM_PLACE
        if (stamp := ENTRY_STAMP.match(text.strip())) and 1 <= int(stamp["m"]) <= 12 and 1 <= int(stamp["d"]) <= 31:
            try:  # a live blog's entry "18:12 14.6.2019": the entry below is of that day, and so is its own text (not
                reference = date(int(stamp["y"]), int(stamp["m"]), int(stamp["d"]))  # a page's "13.05.2022 | 11:32")
                entry = len(re.findall(r"[A-Za-z]{2,}", text.strip()[stamp.end():])) >= ENTRY_WORDS
                item = ITEM_DAY if entry else item
            except ValueError:
                pass
        if (stamp := TICKER_STAMP.match(text)) and (day := _ticker_day(stamp, document.published or reference)):
            reference, entry, item = day, True, ITEM_DAY  # "27/04 17:08 ...": the entry (here or below) is of that day
        if day := _month_end(MONTH_HEADING.fullmatch(text), document.published):
            reference = day
        year = YEAR_HEADING.fullmatch(text)
        if year and (not document.published or int(year["year"]) < document.published.year):
            reference = date(int(year["year"]), 12, 31)  # the items below are of that year
        elif year:
            reference = document.published  # the chronology has come to the year it was written in
        if line:
            reference = dateline_date(line, document.published) or reference
            place, section = line["place"].strip().title(), section + 1
            rest = re.sub(r"^[\s:\u2014\u2013-]+", "", text[line.end():])
            skip = len(text) - len(rest) if rest else 0
        if (opener := YEAR_PLACE_OPENER.match(text)) and not line:  # this paragraph only
            own = date(int(opener["year"]), 12, 31)
            own = min(own, document.published) if document.published else own
            yield (number, block, skip, own, opener["place"].title() if opener["place"] else None, section + 1,
                   ITEM_PLACE if opener["place"] else ITEM_DAY)
            continue
        yield number, block, skip, reference, place, section, under or (ITEM_DAY if entry else "")
