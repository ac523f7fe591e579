"""Step 1 of the pipeline: read news files into Document records (decoding, cleaning, metadata)."""

from __future__ import annotations

import html
import os
import re
import stat
from collections import Counter
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from itertools import islice
from pathlib import Path

import ftfy

from loader.reading.dates import parse_date

MAX_BYTES = 20 * 1024 * 1024
FILE_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[_-]")
FILE_YEAR = re.compile(r"(?<![^\W_])(?:19|20)\d\d(?![^\W_])")  # a year as a word of the file name
# "BISHKEK, Oct. 26 (Xinhua) --", "Bishkek, 27 October 2023 (TDI):", "New Delhi, Jun 10 (PTI) Prime Minister", "BEIJING, July 4, 2023 /PRNewswire/ --",
# "DUSHANBE, 13.07.2018. /NIAT Khovar/.", "DUSHANBE, 28.07.2021 (NIAT "Khovar"). -",
# "DUSHANBE, September 17, 2021, Asia-Plus -",
# "NEW DELHI, March 29. /TASS/.", "New Delhi [India], April 28 (ANI):", "MOSCOW (Sputnik) -", "ASTANA. KAZINFORM -",
# "UFA, Russia (AP) --", "ISLAMABAD:"
DATELINE = re.compile(
    r"^(?P<place>(?:S[Tt]\.\s)?[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){0,3})(?:/[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+)?)?"
    r"(?:,? \[?(?P<region>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\]?"
    r"| \((?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)(?=, | \())?"  # "ST PETERSBURG (Russia), Nov 7:", "Ufa (Russia) (AFP)"
    # "ASTANA. November 30. KAZINFORM", "Astana. July 5. Kazakhstan Today -"
    r"(?:(?:,\s+|\.\s(?=[A-Z][a-z]{2,9}\.?\s\d{1,2}\.\s(?:[A-Z]{3,}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s[-\u2013\u2014]\s)))"
    r"(?P<date>(?:[A-Z][a-z]{2,9}|[A-Z]{3,9})\.? \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+ \d{4}|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)))?\.?"
    r"\s*(?:\((?P<agency>[^)]{2,40})\)|(?<=\d),\s(?P<agency3>[A-Z][A-Za-z-]+(?:\s[A-Z][A-Za-z-]+)?)(?=\s(?:--|[-\u2013\u2014])\s)|/\s?(?P<wire>[A-Za-z\"\u00ab\u00bb\u201c\u201d-]+(?: [A-Za-z\"\u00ab\u00bb\u201c\u201d-]+)?)\s?/|(?<=\.)\s(?P<agency2>[A-Z]{3,})\b"
    r"|(?<=\d\.)\s(?P<agency4>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\s[-\u2013\u2014]\s))?"
    r"(?:\s*(?=--|\u2014|\u2013|:|-\s)|(?<=[)/])\.\s+(?=[A-Z]|[-\u2013\u2014]{1,2}\s)|(?<=/)\s+(?=[A-Z])"
    r"|(?<=\))\s+(?=[A-Z])"
    r"|(?:(?<=[A-Z]{4}\.)|(?<=\d\.))\s+(?=[A-Z][a-z])"  # "ASTANA. Today the minister ...", "ASTANA, Nov 30. Today ..."
    r"|(?(agency2)\.?\s+(?=[A-Z][a-z])|(?!))|(?(date)(?<=[A-Za-z\d])\.?\s*$|(?!)))"  # "ASTANA. November 30. KAZINFORM Minister of ...", "Ulaanbaatar
    # /MONTSAME/ The", "Qingdao (China), Jun 10 (PTI) Prime Minister"
)


def dateline(paragraph: str) -> re.Match | None:
    """The dateline a paragraph opens with: a place, then a date or an agency; or a place in capitals alone
    ("ISLAMABAD:"), so that a sentence that happens to have a colon is not one."""
    match = DATELINE.match(paragraph)
    if match is None or paragraph[match.end():match.end() + 1].isupper() and match.group(0).rstrip().endswith(")") \
            and not (match["date"] or match["place"].isupper()):
        return None  # "Shavkat Mirziyoyev (Uzbekistan) Sadyr Japarov ...": a list, not "New Delhi, Jun 10 (PTI) The"
    if match["date"] or match["agency"] or match["wire"] or match["agency2"] or match["agency3"] or match["agency4"]:
        return match
    return match if match["place"].isupper() and len(match["place"]) >= 4 and not HEADING_WORDS.search(match["place"]) \
        else None


# "WHO'S IN TOWN:", "WHAT THEY SIGNED:": a heading in capitals over a list, not a dateline's place
HEADING_WORDS = re.compile(r"\b(?:WHO|WHAT|WHY|HOW|WHEN|WHERE|IN|OF|THE|AND|FOR|AT|ON|TO|IS|ARE|KEY)\b|'S\b")


WORD = re.compile(r"[A-Za-z]{2,}")
YEAR = re.compile(r"\b(?:19[89]\d|20\d\d)\b")
ISO_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})(?: \d{2}:\d{2})?\b")
# "Published: 24.06.2016 | 19:12", "Updated: Sep 05, 2020 21:48 IST", "Posted on June 16, 2009",
# "By Staff Reporter | 11 June 2010, 19:40"
BYLINE = re.compile(r"^(?:(?:Last\s|First\s)?(?:Published|Updated|Posted|Modified|Released|Created|Filed)(?:\son)?|Date|By\s[^|\n]{2,60}\|)"
                    r"\s*:?\s*(?P<date>.{6,40})",
                    re.I)
# A stamp inside a line of page furniture: "Photo gallery | Updated: ...", "By Global Times Published: Aug 30, 2025"
STAMP_IN_LINE = re.compile(r"(?:^|\|\s*|(?<=\s)(?=(?-i:Published|Updated|Posted)\b))(?:Last\s|First\s)?"
                           r"(?:Published|Updated|Posted|Modified)(?:\son)?\s*:?\s*(?P<date>.{6,40})", re.I)
DASHED_DATE = re.compile(r"\b(\d{1,2})-([A-Z][a-z]{2,8})-(\d{4})\b")  # "01-Sep-2025"
NUMERIC_DATE = re.compile(r"\b(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})"
                          r"|(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2}))\b")  # "2016-06-24", "2012-6-8"
# A line that is a date stamp alone: "Thu, 12/06/2012 - 10:52" (the weekday tells day-first from month-first),
# "June 10, 2018 21:05 JST", "Monday, 4 July 2024", "15:47, 05 July 2023 | GMT +6"
DATE_LINE = re.compile(r"^(?:\d{1,2}:\d{2},?\s)?(?:(?P<weekday>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s)?(?:(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y>\d{4})|"
                       r"(?P<iso>(?:19|20)\d{2}-\d{2}-\d{2})|"
                       r"(?P<written>[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?,?\s\d{4}))"
                       r"(?:,?\s*[-|,]?\s*\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s[A-Z]{2,4}|\s(?:GMT|UTC)[+-]\d{1,2})?)?"
                       r"(?:\s\|\s(?:GMT|UTC)\s?[+-]\s?\d{1,2})?\s*$")  # "15:47, 05 July 2023 | GMT +6", "Thursday 15 June 2006 18.47 BST"
CELL_BREAK = re.compile(r"\s(?:\||--|\u2014|\u00b7)\s|\s\|(?=\d)")  # "Ahmet Yildiz  |01.09.2025 - 11:42 GMT+3" too
# The place before a date on a line of its own, as press releases and communiqués date themselves: "Dushanbe, 14 July 2021"
# (or a section's name before a numeric one: "Uzbekistan 31/07/2014")
PLACE_BEFORE_DATE = re.compile(r"[A-Z][A-Za-z'-]+(?:\s[A-Z][A-Za-z'-]+){0,2}(?:,\s(?=\d|[A-Z][a-z]{2,8}\.?\s\d)"
                               r"|\s(?=\d{1,2}[./]\d{1,2}[./]\d{4}\b))")
BOILERPLATE = re.compile(
    r"^(home\b.*>|omniture$|collection$|suggest to a friend|also read:|about the author$|related posts$"
    r"|leave a reply$|your email address will not be published|share this|print$)",
    re.I,
)


# A wire editor's note on what an update adds or corrects, on lines of its own: "(Adds Putin news conference,
# paragraphs 4-5; corrects spelling of ...)", "(updating with press conference, ...)". What it names is in the
# story; it is not a sentence of it.
WIRE_NOTE = re.compile(r"^\((?i:adds|adding|updates|updating|recasts|recasting|rewrites|corrects|correcting|changes|"
                       r"repeats|refiles|inserts|fixes|removes|writes\sthrough)\b[^()]{0,400}\)[ \t]*$", re.M)


class DocumentError(Exception):
    """An article that cannot be read; carries the file name and the reason."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True)
class Document:
    """One news article as plain text, with what its text and file name say about it."""

    id: str
    source: str
    published: date | None
    title: str
    text: str
    datelines: tuple[str, ...] = ()
    year: int | None = None  # the year the file name gives, where it gives no full date ("tass-bishkek-summit-2019")


def article_id(path: Path) -> str:
    """The stable article id: the file stem, lower-cased, with unsafe characters replaced."""
    return re.sub(r"[^a-z0-9_.-]+", "-", path.stem.lower()).strip("-")


def decode(data: bytes, name: str) -> str:
    """Bytes to text: BOMs first, then UTF-8, then Windows-1252; refuse binary data."""
    if not data.strip():
        raise DocumentError(name, "the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DocumentError(name, f"invalid UTF-16 text ({err.reason} at byte {err.start})") from err
    if b"\x00" in data[:4096]:
        raise DocumentError(name, "binary data, not a text article (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > len(text) // 100:
        raise DocumentError(name, "not text in UTF-8, UTF-16 or Windows-1252")
    return text


# "â€™", "Ã©", "Â ", "Ð¨": the signs of UTF-8 read in another code page
MOJIBAKE_SIGNS = ("\u00e2\u20ac", "\u00c3", "\u00c2", "\u00d0", "\u00d1")


def unmangled(text: str) -> str:
    """Text whose UTF-8 was once read in another code page ("Indiaâ€™s", "Ð¨ÐžÐ¡"), repaired by ftfy; other
    text as it is (a plain test first: most articles hold none of the signs)."""
    if any(sign in text for sign in MOJIBAKE_SIGNS):
        return ftfy.fix_encoding(text)
    return text


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "title"}
    SKIP = {"script", "style", "noscript", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Plain text from an article that still carries HTML markup."""
    if not re.search(r"<(p|div|br|html|body|span|a|h\d)\b[^>]*>", text, re.I):
        return html.unescape(text) if re.search(r"&(amp|nbsp|quot|#\d+);", text) else text
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    return "".join(parser.parts)


# between the cells of a table copied as text: a tab, or a wide gap, with the bar a padded table draws there
# ("19th    | 30 Nov 2020    | India"): one gap, not two
CELL_GAP = re.compile(r"[ \t]*(?:\t|\||   )[ \t|]*")
LEADER = re.compile(r"(?<=[\w)])(?: \.{2} | ?\.{4,} )")  # dots that lead the eye from a key to its value


def _cells(line: str) -> str:
    """A line of a table copied as text with its cells apart, as " | "."""
    return " | ".join(" ".join(cell.split()) for cell in CELL_GAP.split(line.strip())).strip()


def clean(text: str) -> str:
    """Normalise line ends and spaces, drop page furniture lines, keep paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    if "?s" in text:  # a plain test first: a regex scans the whole text at each call
        text = re.sub(r"(?<=[A-Za-z])\?(?=s\b)", "'", text)  # "People?s Republic": an apostrophe lost to the encoding
    lines = [_cells(line) if "\t" in line or "   " in line else " ".join(line.split()) for line in text.split("\n")]
    if ".." in text:  # "Members (6) ........ China, ...": a fact sheet's dotted leader parts a key from its value
        lines = [LEADER.sub(" | ", line) for line in lines]
    text = "\n".join(line for line in lines if not BOILERPLATE.match(line))
    if "(" in text:
        text = WIRE_NOTE.sub("", text)
    return (re.sub(r"\n{3,}", "\n\n", text) if "\n\n\n" in text else text).strip()


def _title(paragraphs: list[str]) -> str:
    for para in paragraphs[:3]:
        if dateline(para) or ISO_STAMP.match(para):
            continue
        if len(para) <= 200 and not para.endswith((".", ":")) and len(para.split()) >= 3:
            return para
    first = paragraphs[0] if paragraphs else ""
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    return sentence if len(sentence) <= 200 else sentence[:197].rsplit(" ", 1)[0] + "..."


def dateline_date(line: re.Match, reference: date | None = None) -> date | None:
    """The date a dateline gives ("Oct. 26", "27 October 2023", "13.07.2018"), a missing year the reference's."""
    if not line["date"]:
        return None
    return _byline_date(line["date"]) if NUMERIC_DATE.fullmatch(line["date"]) else \
        parse_date(line["date"].title(), reference)


def _byline_date(text: str) -> date | None:
    """The date of a byline: "Sep 05, 2020 21:48 IST", "24.06.2016 | 19:12" (day first), "2016-06-24", "2012-6-8"."""
    if (numeric := NUMERIC_DATE.search(text)):
        year, month, day = (numeric["iy"], numeric["im"], numeric["id"]) if numeric["iy"] else \
            (numeric["y"], numeric["m"], numeric["d"])
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            return None
    found = parse_date(DASHED_DATE.sub(r"\1 \2 \3", text))  # "Updated 20:12, 01-Sep-2025"
    return found if found and re.search(r"\d{4}", text) else None


def _stamp_date(match: re.Match) -> date | None:
    """The date of a DATE_LINE: day first, unless only month first falls on the weekday it names."""
    if match["written"]:
        return parse_date(match["written"])
    if match["iso"]:  # "CHINA DAILY | 2007-08-17 | Page 1"
        try:
            return date.fromisoformat(match["iso"])
        except ValueError:
            return None
    year, a, b = int(match["y"]), int(match["a"]), int(match["b"])
    readings = []
    for day, month in ((a, b), (b, a)):
        try:
            readings.append(date(year, month, day))
        except ValueError:
            pass
    if match["weekday"]:
        readings = [d for d in readings if d.strftime("%a") == match["weekday"]]
    return readings[0] if readings else None


def file_year(path: Path) -> int | None:
    """The one year a file name without a date prefix gives as a word of its own ("afp-shanghai-summit-2006.txt")."""
    years = set(FILE_YEAR.findall(path.stem))
    return int(years.pop()) if len(years) == 1 and not FILE_DATE.match(path.name) else None


def _published(paragraphs: list[str], path: Path) -> date | None:
    """The article's date: a dated first dateline or stamp, else the file-name prefix, else a date alone on a line or
    ending the headline, else any dateline."""
    match = FILE_DATE.match(path.name)
    from_name = date(int(match[1]), int(match[2]), int(match[3])) if match else None
    for line in (line for para in paragraphs[:6] for line in para.split("\n")):
        byline = BYLINE.match(line) or len(line) <= 150 and STAMP_IN_LINE.search(line)  # "Photo gallery | Updated: ..."
        if byline and (found := _byline_date(byline["date"])):
            return found
    for para in paragraphs[:4]:
        stamp = ISO_STAMP.match(para)
        line = dateline(para)
        if stamp and (found := _byline_date(stamp[1])):  # not a document number "1127-25-07-2008"
            return found
        if line and line["date"] and re.search(r"\d{4}", line["date"]):
            return dateline_date(line)
    if from_name:
        return from_name
    for line in (line.strip() for para in paragraphs[:6] for line in para.split("\n")):  # a date alone on a line
        # or in a cell of the page's furniture: "16.08.2007, 18:42 | Views: 1 907 | Print", "Vol 12, Issue 34 |
        # 22 August 2007 | NEWS"
        # "MARKETS WRAP -- EMERGING EURASIA -- Tue 18 Nov 2025, 19:05 MSK": cells between dashes or dots too
        for cell in CELL_BREAK.split(line)[:3] if len(line) <= 150 else [CELL_BREAK.split(line, 1)[0]]:
            place = PLACE_BEFORE_DATE.match(cell)
            if (stamp := DATE_LINE.match(cell) or place and DATE_LINE.match(cell[place.end():])) and \
                    (found := _stamp_date(stamp)):
                return found
    headline = paragraphs[0].split("\n")[0].strip() if paragraphs else ""
    for tail in (m.end() for m in re.finditer(r",\s", headline)):  # "Record of the Weekly Briefing, Thursday, 20 April 2023"
        if (stamp := DATE_LINE.match(headline[tail:])) and (found := _stamp_date(stamp)):
            return found
    for para in paragraphs:
        line = dateline(para)
        if line and line["date"] and re.search(r"\d{4}", line["date"]):
            return dateline_date(line)
    named = file_year(path)  # "BISHKEK, June 27 (Kabar) --": the file name's year, else the year the text names most
    for para in paragraphs[:4]:  # often (the latest of a tie)
        line = dateline(para)
        if line and line["date"] and (named or (years := Counter(YEAR.findall("\n".join(paragraphs))))):
            year = str(named) if named else max(years, key=lambda y: (years[y], y))
            return parse_date(f"{line['date'].title()} {year}") or parse_date(line["date"].title(), date(int(year), 12, 31))
    return None


def shown_name(path: Path) -> str:
    """A file's name as it can be printed: bytes that are not UTF-8 shown as \ufffd."""
    return os.fsencode(Path(path).name).decode("utf-8", errors="replace")


def _refuse_kind(mode: int) -> str | None:
    """Why a file of this mode is not read, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder, not a file; skipped"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe), not a file; skipped"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a file; skipped"
    return "not a regular file; skipped"


def _target(path: Path, name: str) -> Path:
    """The file to open for path: itself, or the regular file its symlink points to inside its folder."""
    if not path.is_symlink():
        return path
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as err:  # dangling or looping link
        raise DocumentError(name, f"a symlink that leads nowhere ({getattr(err, 'strerror', None) or err}); skipped")
    if not target.is_relative_to(path.parent.resolve()):
        raise DocumentError(name, f"a symlink to {target}, outside the folder {path.parent}; skipped")
    return target


def read_bytes(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular article file of at most `limit` bytes, counted while reading (a file may
    grow, or lie about its size); DocumentError naming the file for anything else."""
    path = Path(path)
    name = shown_name(path)
    if name != path.name:
        raise DocumentError(name, "the file name is not valid UTF-8; rename the file")
    try:
        target = _target(path, name)
        if (kind := _refuse_kind(target.stat().st_mode)) is not None:
            raise DocumentError(name, kind)
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)  # never blocks on a FIFO swapped in
        with os.fdopen(fd, "rb") as handle:
            if (kind := _refuse_kind(os.fstat(handle.fileno()).st_mode)) is not None:
                raise DocumentError(name, kind)
            data = handle.read(limit + 1)
    except OSError as err:
        raise DocumentError(name, err.strerror or str(err)) from err
    if len(data) > limit:
        raise DocumentError(name, f"over the {limit} byte limit for one article; skipped")
    return data


def read_document(path: Path) -> Document:
    """Read one article file; raise DocumentError naming the file when it cannot be read."""
    path = Path(path)
    data = read_bytes(path)
    text = clean(strip_html(unmangled(decode(data, path.name))))
    if len(list(islice(WORD.finditer(text), 5))) < 5:
        raise DocumentError(path.name, "no article text (fewer than five words)")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return Document(
        id=article_id(path),
        source=path.name,
        published=_published(paragraphs, path),
        title=_title(paragraphs),
        text=text,
        datelines=tuple(m.group(0) for p in paragraphs if (m := dateline(p))),
        year=file_year(path),
    )


def read_documents(paths: list[Path]) -> tuple[list[Document], list[DocumentError]]:
    """Read every article; the ones that fail are returned as errors, the others still load."""
    documents, errors = [], []
    for path in sorted(paths, key=lambda p: Path(p).name):
        try:
            documents.append(read_document(path))
        except DocumentError as err:
            errors.append(err)
        except Exception as err:  # noqa: BLE001 - a bug met on one article must not stop the others
            errors.append(DocumentError(Path(path).name, f"reading failed ({type(err).__name__}: {err}); please report "
                                                         f"this article as a bug"))
    return documents, errors


def find_documents(paths: list[Path]) -> list[Path]:
    """Expand directories into their *.txt entries (sorted); keep files as given. Entries that are no
    article (folders, FIFOs, devices, symlinks out of the folder) are kept, for read_document to report."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.txt")) if path.is_dir() else [path])
    return found
