"""Recognise people, their titles and states, states and organizations in one sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from loader.facts import CITY, IGO, ORGANIZATION, PERSON, STATE, Entity
from loader.extraction.gazetteer import Gazetteer, fold, slug
from loader.extraction.variants import without_honorific
from loader.patterns import Anchored, Gated, trie_pattern
from loader.vocabulary import (GOVERNMENT_WORDS, GROUP_TITLES, HEAD_OF_GOVERNMENT_TITLES, LEGISLATURES, PORTFOLIO_WORDS,
                               PORTFOLIOS, TITLE_BODY, TITLE_STATE, TITLES)

TITLE_WORDS = sorted({word for title in TITLES for word in title.split() if len(word) > 3} - {"affairs", "state", "government"})
INDIAN_HONORIFIC = re.compile(r"\b(?:Shri|Shree|Smt|Shrimati)\.?\s[A-Z]")
ARMED_FORCES = re.compile(r"^(?:Armed\sForces|Army|Navy|Air\sForce)\s(?=[A-Z])")  # the body a title names before a name
TITLE_HEADS = ("president", "minister", "premier", "councilor", "councillor", "secretary", "director", "chairman", "chairwoman", "chairperson", "king",
               "emir", "prince", "chancellor", "adviser", "advisor", "prosecutor", "procurator", "executive", "head of state",
               "justice", "representative", "coordinator", "ambassador", "chief of", "judiciary", "mantri")  # every title holds one
HEADLESS_TITLES = tuple(f" {title} " for title in TITLES if not any(head in title for head in TITLE_HEADS))  # "pm", "nsa"
# "First Vice President of the Islamic Republic of Afghanistan, Mr. Amrullah Saleh, First Vice President of ...": the
# name belongs to the title before it, and the title after it starts the next item of a protocol list
TITLE_OF_BEFORE = re.compile(r"\bof\s(?:the\s)?[A-Z][^,;:]{1,60},\s(?:Mr|Ms|Mrs|Dr)\.?\s$")
HONORIFIC_START = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?\s")
TITLE_BEFORE = re.compile(r"(?i:president|minister|premier|secretary-general|councill?or|chairman|director|adviser|advisor)\s$")
_PORTFOLIO = trie_pattern(PORTFOLIOS)
# After "Minister of", any run of the words portfolios are made of ("Water Resources, Agriculture and Processing
# Industry", "National Food Security and Research"); before "Minister", a portfolio the vocabulary lists (cheaper to scan)
_PORTFOLIO_WORD = rf"(?i:{trie_pattern(PORTFOLIO_WORDS)})(?![\w-])"
_ANY_PORTFOLIO = rf"{_PORTFOLIO_WORD}(?:(?:,\s|\sand\s|\s)(?:the\s)?{_PORTFOLIO_WORD}){{0,6}}"
_ONE_TITLE = (rf"(?:(?:first\s)?(?:deputy|vice)(?:\s|-(?=minister)))?(?:ambassador\sto\s(?:the\s)?[A-Z][a-z]+"
              rf"(?:\s(?:Arabia|States|Kingdom|Emirates|Korea|Lanka))?|{trie_pattern(TITLES)}"
              rf"|(?:{_PORTFOLIO}\sand\s)?{_PORTFOLIO}\sminister"
              rf"|minister\s(?:of\sstate\sfor\s|of\s|for\s)(?:the\s)?{_ANY_PORTFOLIO})")
_BODY_TITLE = trie_pattern([key for key, title in TITLES.items() if title in TITLE_BODY])  # "Secretary-General"
# a state's office in a title: "Chairman of the Cabinet of Ministers"
_OFFICES = r"(?:Cabinet\sof\sMinisters|Government)"
_OFFICE_TITLE = trie_pattern([key for key in TITLES if re.search(rf"\sof\sthe\s{_OFFICES}$", key, re.I)])
_OFFICE_END = rf"{_OFFICES}(?:[,.;]|\s[a-z]|$)"  # the office's name ends the apposition: no state of its own
_TITLE_START = r"(?:Prime|President|Premier|Chairman|Vice|First|Deputy|Minister|Foreign|Defen[cs]e|Secretary|Director)\b"
# "Deputy Prime Minister and Foreign Minister": two titles; "Minister of Science and Technology": one
TITLE_AND = re.compile(r"\sand\s(?=(?:[A-Za-z-]+\s)?(?:minister|president|premier|deputy|vice|first|prime|foreign|defen[cs]e|"
                       r"state|secretary)\b)", re.I)
PORTFOLIO_TITLE = re.compile(rf"(?:minister\s(?:of|for)\s(?:the\s)?(?P<p1>{_ANY_PORTFOLIO})|(?P<p2>{_PORTFOLIO})\sminister)", re.I)
TITLE = rf"(?:{_ONE_TITLE}\sand\s)?{_ONE_TITLE}(?![a-z])"  # not a plural: "SCO foreign ministers" names no one
# "the Chief Executive of Afghanistan, Abdullah Abdullah, the Prime Minister of Belarus, ...": a name after "<Title> of
# <State>," is an item of the list, not a name that the title after it belongs to
TITLED_ITEM_BEFORE = re.compile(rf"(?<![\w-])(?i:{_ONE_TITLE})\sof\s(?:the\s)?[A-Z][^,;:]{{1,60}},\s$")
# where a title can start (its first word): the patterns that open with a title are tried there only
TITLE_ANCHOR = r"(?<![\w-])(?i:" + trie_pattern({"first", "deputy", "vice", "ambassador", "minister"} | {
    key.split()[0] for key in TITLES} | {portfolio.split()[0] for portfolio in PORTFOLIOS}) + ")"
LONGER_NAME = re.compile(r"\s(?:[A-Z][a-z]|dollars?\b)")  # "Shanghai Spirit", "U.S. dollars": not the place
SIDE = re.compile(r"\b[Tt]he\s(?P<adj>[A-Z][a-z]+)\sside\b")
NAME_WORD = r"(?:(?:[A-Z][a-z]?\.){1,3}(?=\s)|[A-Z][a-z]+(?:[A-Z][a-z]{2,})?(?:['’-][A-Za-z]+)*|[A-Z](?=\s[A-Z](?:[a-z]|\s[A-Z][a-z])))"  # "Sh.", "A.A.", "M Venkaiah", "D Y Chandrachud"
NAME_WORD_RE = re.compile(rf"\b{NAME_WORD}\b")
NAME_PARTICLE = r"(?:al|el|bin|ibn|de|da|dos|van|von|ul|ud|ur)"  # "Moin ul Haque", "Lula da Silva", "el-Sisi"
NAME_PARTICLE_AFTER = re.compile(rf"(?:\s{NAME_PARTICLE}[ -]{NAME_WORD}(?:\s{NAME_WORD}){{0,2}})+")
NAME = rf"{NAME_WORD}(?:\s(?:{NAME_PARTICLE}[ -])?{NAME_WORD}){{0,4}}"
# honorifics before a name, and how many words must follow one for it to be left out ("Sheikh Hasina" is a name)
HONORIFICS = {"Sheikh": 2, "Shaikh": 2, "Sheik": 2, "Shri": 1, "Shree": 1, "Smt": 1, "Shrimati": 1,
              "Mr": 1, "Mrs": 1, "Ms": 1, "Mr.": 1, "Mrs.": 1, "Ms.": 1,  # "Mr Nazarbaev": Nazarbaev
              "Professor": 2, "Prof.": 2, "Prof": 2,  # "Professor Ekmeleddin Ihsanoglu"
              "Dr": 2, "Dr.": 2,  # "Dr. Satyapal Singh": Satyapal Singh
              "Syed": 2, "Sayed": 2, "Sayyid": 2, "Makhdoom": 2, "Mian": 2,  # "Syed Yusuf Raza Gilani", "Makhdoom Shah ..."
              "Datuk": 2, "Dato": 2, "Dato'": 2, "Seri": 2, "Tun": 2,  # Malay honours: "Datuk Seri Anwar Ibrahim"
              "Honorable": 2, "Honourable": 2}  # "the President of the Republic of China, Honorable Xi Jinping"
NOT_NAMES = {
    "The", "He", "She", "His", "Her", "On", "In", "At", "And", "But", "During", "For", "With", "Meeting",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "SCO", "China", "Also",
    "Council", "State", "Government", "Heads",
    "Cooperation", "Co-operation", "Relations", "Integration",  # "Minister of ... and Economic Cooperation <Name>"
    "Alongside", "Besides", "Beside", "Including", "Unlike", "Among", "After", "Before", "Without",  # "Alongside X"
}


def _family_name_he(words: list[str]) -> bool:
    """"Minister of Justice He Rong", "Vice Premier He Lifeng": He, a Chinese family name before a given name (not
    "He Says" in a headline)."""
    return len(words) == 2 and words[0] == "He" and words[1] not in NOT_NAMES and words[1].isalpha() \
        and not words[1].endswith("s")


ITEM_STATE = re.compile(r"(?:^|(?<=[:;]\s)|(?<=[-\u2022*\u2013]\s))(?P<state>[A-Z][\w'\u2019]*(?:\s[A-Z][\w'\u2019]*){0,3}):\s")

ITEM_END = re.compile(r";\s|\.\s|\n")
RESPECTIVELY = re.compile(r"\brespectively\b")
THEIR_TITLES = re.compile(r"\btheir\s(?:[\w-]+\s){0,3}[a-z-]+s,\s(?=[A-Z])")  # "... by their defence ministers, X and Y"
LIST_GAP = re.compile(r",\s|,?\sand\s")


@dataclass
class PersonMention:
    """A person named (or only described, person None) in a sentence, with the title and state given there."""

    start: int
    end: int
    person: str | None
    title: str | None = None
    of: str | None = None
    titles: tuple[str, ...] = ()
    named: bool = True  # False for "the Kazakh premier": a description, not a statement of the position
    stated_at: int = -1  # where "<State> was represented by" names the state the person came for


@dataclass
class Memory:
    """What one article has said so far: people by short name, and who holds which position."""

    short_names: dict[str, list[str]] = field(default_factory=dict)
    positions: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    titles: dict[str, set[str]] = field(default_factory=dict)  # the titles given each person, with a state or without
    last_person: str | None = None
    by_state: dict[str, str] = field(default_factory=dict)  # state -> the last person named who speaks for it

    def remember(self, person: str, label: str) -> None:
        for token in re.split(r"[\s]+", label):
            if token in HONORIFICS:
                continue  # "Mr Nazarbaev" makes "Nazarbaev" his, not "Mr"
            keys = {fold(token)}
            if "-" in token:
                keys.add(fold(token.split("-")[0]))
            for key in keys:
                people = self.short_names.setdefault(key, [])
                if person in people:
                    people.remove(person)
                people.append(person)

    def holder(self, title: str, of: str) -> str | None:
        """The person this article says holds the position ("the Kazakh premier" is its prime minister)."""
        titles = HEAD_OF_GOVERNMENT_TITLES if title in HEAD_OF_GOVERNMENT_TITLES else {title}
        for person, held in self.positions.items():
            if any((t, of) in held for t in titles):
                return person
        return None


PHRASE = r"[A-Z][\w.'-]*"
# "under the chairmanship of X, Secretary of ...": a person's name after "of", not a list of titles
OF_A_PERSON = re.compile(r"\b(?:chairmanship|presidency|leadership|participation|guidance)\sof\s$")
# the word after "of" inside a body's name written before a person's: "the Commonwealth of Independent States",
# "the Organisation of Islamic Cooperation", "the Association of Southeast Asian Nations"
_OF_IN_BODY = r"(?:Independent|Islamic|Arab|Southeast)\s"
INITIALS = r"(?:[A-Z][a-z]?\.){1,3}\s?[A-Z][a-z]"  # "V. Kasymov", "N.A. Nazarbayev", "Sh. Aziz": a name, not an organisation's word
ORG_ABBR = r"(?:\s\([A-Z]{2,6}\))?"
# a title that is one state's own (vocabulary.TITLE_STATE) with no name after it: the holder the article named before
TITLE_ALONE = Gated(r"\b(?P<title>" + "|".join(r"\s".join(map(re.escape, title.split())) for title in TITLE_STATE)
                    + r")\b(?-i:(?!\s(?:\(|Shri\b|Dr\b|[A-Z][a-z]+\s[A-Z])))", re.I, words=tuple(TITLE_STATE))  # no name after it
BARE_TITLE = re.compile(r"(?:^|(?<=,\s)|(?<=\band\s))(?:Prime\sMinister|President)(?=\sand\s|\s[a-z]|'s\s)"
                        # "called on the Secretary-General at the Secretariat": the one the article named
                        r"|(?<=\bthe\s)(?:SCO\s)?Secretary[-\s]General(?!\s(?:of\b|[A-Z]|and\b))")
TITLE_GLOSS = r"(?:\s\((?:[A-Z]{2,6}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3})\))?"  # "(NSA)", "Raksha Mantri (Defence Minister)"
# "Vyacheslav Kasymov, director of the RATS executive committee": a title that names its body, in lower case too
# (and "Akylbek Japarov, Chairman of the Cabinet of Ministers": a state's office whose name ends the apposition, the
# person's own state's)
BODY_APPOSITION = Gated(rf"(?<![\w-])(?P<name>{NAME}),\s(?:the\s)?(?i:(?P<title>{_BODY_TITLE}|(?:(?:first\s)?deputy\s)?"
                        rf"{_OFFICE_TITLE}))(?P<adj>(?!))?(?=[,.;]|\s[a-z]|$)", words=(", ",))
PERSON_PATTERNS = [  # (mode, pattern): how news text introduces a person with a title
    # "Sirojiddin Muhriddin, Tajikistan's foreign minister", "Ivan Petrov, the Russian deputy prime minister"
    ("suffix", Gated(rf"(?<![\w-])(?P<name>{NAME}),\s(?:the\s)?(?P<adj>{PHRASE}(?:\s{PHRASE}){{0,3}}?)(?:'s)?"
                     rf"\s(?i:(?P<title>{TITLE}))\b(?!\s(?:[A-Z]|of\b))", words=(", ",))),  # not a shorter title
    # "Shavkat Mirziyoyev, the president of Uzbekistan", "Zhang Ming, Secretary-General of the SCO"
    ("prefix", Gated(rf"(?<![\w-])(?P<name>{NAME}),\s(?:the\s)?(?i:(?P<title>{TITLE}))\sof\s(?:the\s)?(?!{_OFFICE_END})"
                     rf"(?P<adj>{PHRASE}(?:\s(?:of\s(?:the\s)?)?{PHRASE}){{0,3}}){ORG_ABBR}(?=[,.;]|\s[a-z]|$)",
                     words=(", ",))),  # "... of the Commonwealth of Independent States"
    # "India sent Murli Deora, its minister of petroleum": the state is the sentence's (loader.extraction.relations)
    ("prefix", Gated(rf"(?<![\w-])(?P<name>{NAME}),\s(?:its|their)\s(?i:(?P<title>{TITLE}))(?P<adj>(?!))?\b",
                     words=(", its ", ", their "))),
    # "China - Defence Minister Li Shangfu", "Kyrgyzstan (host) - ...": a list line that starts with the state
    ("suffix", Gated(rf"(?<![\w-])(?P<adj>{PHRASE}(?:\s{PHRASE})?)(?:\s\([a-z ,]{{2,30}}\))?\s[\u2013\u2014-]\s(?i:(?P<title>{TITLE}))\s(?P<name>{NAME})",
                     words=(" - ", " \u2013 ", " \u2014 "))),
    # "Kazakh Prime Minister Alikhan Smailov", "Iran's First Vice President Mohammad Mokhber", "the Indian foreign minister"
    ("suffix", re.compile(rf"(?<![\w-])(?P<adj>{PHRASE}(?:\s{PHRASE}){{0,5}}?)(?:'s)?{ORG_ABBR}\s(?:SCO\s)?"
                          rf"(?i:(?P<title>{TITLE}))(?:(?:\s|,\s(?!(?:[A-Z][a-z]+\s)?{_TITLE_START}))(?P<name>{NAME}))?")),
    # "Prime Minister of Belarus, Roman Golovchenko"; "Director of the Executive Committee of the SCO RATS Jumakhon Giyosov"
    # "President of the Republic of Kazakhstan Kassym-Jomart Tokayev"
    ("prefix", Anchored(rf"(?<![\w-])(?i:(?P<title>{TITLE}))\sof\s(?:the\s)?(?P<adj>{PHRASE}"
                        rf"(?:\s(?:of\s(?={_OF_IN_BODY})|(?<=Republic\s)of\s)?(?!{_TITLE_START}|{INITIALS}){PHRASE}){{0,7}}"
                        rf"(?:\sof\s(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?=\s(?:{INITIALS}|[A-Z][a-z]+\s[A-Z])))?)"
                        rf"{ORG_ABBR}(?:(?:,?\s|\s[\u2013\u2014-]\s)(?!(?i:{_ONE_TITLE})\b)(?P<name>{NAME}))?", TITLE_ANCHOR)),
    # "President Emomali Rahmon of Tajikistan", "Premier Li", "President Xi Jinping", "National Security Adviser (NSA) Ajit Doval"
    ("prefix", Anchored(rf"(?<![\w-])(?i:(?P<title>{TITLE})){TITLE_GLOSS}"
                        rf"(?:\s|,\s(?=(?:(?:Mr|Ms|Mrs|Dr)\.?\s)?[A-Z][a-z]+\s[A-Z]))(?P<name>{NAME})"
                        rf"(?:\sof\s(?P<adj>{PHRASE}(?:\s{PHRASE}){{0,3}}))?", TITLE_ANCHOR)),
    ("prefix", BODY_APPOSITION),
    # "his Russian counterpart, Vladimir Putin": the title is the one of the person before
    ("suffix", Gated(rf"(?<![\w-])(?P<adj>{PHRASE})\scounterpart,?\s(?P<name>{NAME})", words=("counterpart",))),
]


# A row of a copied table or of a list written as one: its cells, and what a cell adds to what it names
TABLE_CELL = re.compile(r"[^|\s][^|]*[^|\s]|[^|\s]")
DASHED_ROW = re.compile(r"(?:[*\u2022]\s)?(?P<a>[A-Z][\w.' -]{1,60}?)\s[-\u2013\u2014|]\s(?P<b>[A-Z][^,;]{2,60}),\s"
                        r"(?P<c>[A-Z][^,;]{2,80})")
ROW_NOTE = re.compile(r"\s?\((?:host|chair|chairman|chairing|presiding|via\svideo[\w\s-]*)\)|\[\d+\]|\[edit\]"
                      r"|\s?\([^()]{1,40}\)$|\*+$", re.I)  # "President (first SCO summit)", "Foreign Minister*": a note
TITLE_OF_BODY = re.compile(r"(?P<title>.+?)\s(?:of|for)\s(?:the\s)?(?P<body>[A-Z].+)")


def _cell_title(cell: str) -> tuple[str, str | None] | None:
    """The title a table cell holds, and the body it names after "of" ("Secretary-General of the SCO"), or None."""
    key = " ".join(cell.lower().split())
    if key in TITLES:
        return TITLES[key], None
    if (of := TITLE_OF_BODY.fullmatch(cell)) and of["title"].lower() in TITLES:
        return TITLES[of["title"].lower()], of["body"]
    if any(head in key for head in TITLE_HEADS) and cell[:1].isupper() and len(cell.split()) <= 8:
        return canonical_title(cell) if PORTFOLIO_TITLE.fullmatch(key) else " ".join(cell.split()), None
    return None


def canonical_title(raw: str) -> str:
    """The canonical form of a title as written: "minister of transport" -> "Transport Minister"."""
    key = " ".join(raw.lower().split())
    if key in TITLES:
        return TITLES[key]
    if key.startswith("ambassador to "):  # "Ambassador to China"
        return "Ambassador to " + " ".join(raw.split()[2:])
    if deputy := re.match(r"(?:first\s)?deputy\s", key):  # "Deputy Minister of Agriculture" -> "Deputy Agriculture Minister"
        return deputy[0].title() + canonical_title(key[deputy.end():])
    if key.startswith(("vice minister", "vice-minister", "minister of state for ")):  # "Vice Minister of Public
        return " ".join(raw.split())  # Security", "Minister of State for Commerce and Industry": no canonical form
    match = PORTFOLIO_TITLE.fullmatch(key)
    portfolio = (match["p1"] or match["p2"]) if match else key.removesuffix(" minister")
    return f"{portfolio.title().replace(' And ', ' and ')} Minister"


def _as_written(raw: str) -> str:
    """A title in its canonical form where it is one the vocabulary knows ("Minister of Foreign Affairs",
    "Minister of Agriculture"), else as the text writes it ("Secretary of the Ministry of External Affairs")."""
    key = re.sub(r"^(?:first\s)?deputy\s", "", " ".join(raw.lower().split()))
    return canonical_title(raw) if key in TITLES or PORTFOLIO_TITLE.fullmatch(key) else raw


# the plural title right before a name first: "Presidents A of X, B of Y" heads its list from A on
GROUP_HEADING = re.compile(r"\b(?-i:(?P<plural>Presidents|Prime\sMinisters|Foreign\sMinisters|Defen[cs]e\sMinisters)\s"
                           r"(?=[A-Z][a-z]+\s[A-Z]))|\b(?:the\s)?(?P<group>" + trie_pattern(GROUP_TITLES) + r")"
                           r"(?:\s(?!in\s|at\s|on\s)(?:of\s)?[^;:\u2013\u2014]{0,60}?)??(?:\s(?:--|[\u2013\u2014-])\s|:\s|,\s(?=[A-Z]))", re.I)
TRAILING_GROUP = re.compile(r",\s(?:all|both)\s(?P<group>" + trie_pattern(GROUP_TITLES) + r")\b", re.I)
GROUP_END = re.compile(r";|\s[\u2013\u2014-]\s|\bas\swell\sas\b|(?<!\b[A-Z])\.\s|\brespectively\b")  # a second dash closes the list


def _titled_by_heading(text: str, found: list[PersonMention], nationality: dict[str, str]) -> list[PersonMention]:
    """People listed under a plural title take it: "the foreign ministers of the member states - India's Sushma
    Swaraj, China's Wang Yi" are foreign ministers of their states."""
    if not found or "minister" not in text.lower() and "president" not in text.lower() and "secretar" not in text.lower():
        return found
    for trailing in TRAILING_GROUP.finditer(text):  # "... led by Kyrgyzstan's A, Tajikistan's B and C, all defence ministers"
        title = GROUP_TITLES[" ".join(trailing["group"].lower().split())]
        start = max((m.end() for m in re.finditer(r"[;:]|\.\s", text[:trailing.start()])), default=0)
        for mention in found:
            if start <= mention.start < trailing.start() and mention.title is None and mention.person and mention.of:
                mention.title, mention.titles = title, (title,)
    for heading in GROUP_HEADING.finditer(text):
        stop = GROUP_END.search(text, heading.end())
        end = stop.start() if stop else len(text)
        title = GROUP_TITLES[" ".join((heading["group"] or heading["plural"]).lower().split())]
        for mention in found:
            if heading.end() <= mention.start < end and mention.title is None and mention.person:
                mention.of = mention.of or nationality.get(mention.person)  # "Prime Ministers Modi and Sharif"
                if mention.of:
                    mention.title, mention.titles = title, (title,)
    return found


RATS = "sco_regional_anti_terrorist_structure"
RATS_DIRECTOR = "Director of the Executive Committee"
# "who heads the executive committee of the Regional Anti-Terrorist Structure", "The head of the SCO RATS Executive
# Committee, X", "The Executive Committee was represented by its director, X": the RATS's director
HEADS_RATS = re.compile(r"\b(?:heads?|headed|director|chief|chairman)\s(?:of\s)?(?:the\s)?(?:SCO\s)?(?:RATS\s)?"
                        r"[Ee]xecutive\s[Cc]ommittee\b"
                        r"|\b[Ee]xecutive\s[Cc]ommittee\b[^.;]{0,60}?\b(?:its|by)\s(?:director|head)\b", re.I)
RATS_NAMED = re.compile(r"\bRATS\b|Regional\s(?:Anti-?[Tt]error(?:ist|ism)|Counter-[Tt]error(?:ist|ism))\sStructure")


def _gap(mention: PersonMention, words: re.Match) -> int:
    """How many characters lie between a mention and some words (none where they overlap)."""
    return max(0, words.start() - mention.end, mention.start - words.end())


def _rats_directors(text: str, found: list[PersonMention], nationality: dict[str, str]) -> list[PersonMention]:
    """The director of the RATS Executive Committee (the SCO's only executive committee) speaks for the RATS, however
    the sentence names the body: "SCO RATS Executive Committee Director X", "X, who heads the executive committee of
    the Regional Anti-Terrorist Structure" (not a minister the reference list gives a state)."""
    for mention in found:
        if mention.person and mention.title == RATS_DIRECTOR and mention.of in (None, "sco"):
            mention.of = RATS
        elif mention.person and mention.of is None and mention.title is None and mention.person not in nationality \
                and RATS_NAMED.search(text) and \
                (heads := HEADS_RATS.search(text, max(0, mention.start - 90), mention.end + 90)) and \
                not any(other.person and other is not mention and _gap(other, heads) < _gap(mention, heads)
                        for other in found):
            mention.of, mention.title, mention.titles = RATS, RATS_DIRECTOR, (RATS_DIRECTOR,)
    return found


def titled(text: str) -> bool:
    """May the sentence name a title? (A cheap test before the person patterns.)"""
    lower = text.lower()
    for head in TITLE_HEADS:
        if head in lower:
            return True
    if "counterpart" in lower:
        return True  # "his Belarusian counterpart, X": the title of the person before
    padded = f" {lower} ".replace(",", " ")
    for title in HEADLESS_TITLES:  # "PM Modi", "FM Wang Yi", "its NSA, X", "EAM met"
        if title in padded:
            return True
    return False


SUPERIOR_BEFORE = re.compile(r"\b(?:Secretary|Assistant|Adviser|Advisor|Aide|Deputy|Representative|Envoy)\s(?:of|to)\sthe\s$")
INITIALS_NAME = re.compile(r"^(?P<initials>(?:[A-Z][a-z]?\.\s?){1,3})\s?(?P<family>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)$")  # "Sh. Aziz"
OF_STATE = re.compile(r"\sof\s(?:the\s)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[,;.]|\s(?:and|as|were|was|who)\b|$)")
PATRONYMIC = re.compile(r"(?:ovich|evich|ovna|evna|ugli|ogli|uly|kyzy|qizi)$")
APPOSITIONS = (PERSON_PATTERNS[0][1], PERSON_PATTERNS[1][1])  # the first two, "<Name>, <title>": a name, or two list items?
# "India's Sushma Swaraj": a person introduced by the state alone, with no title
# Two or three capitalised words standing alone (not inside a longer run): a name, if it spells a known person's
NAME_IN_CAPITALS = re.compile(r"(?<![\w.'’-])[A-Z]{2,}(?:-[A-Z]{2,})?(?:\s[A-Z]{2,}(?:-[A-Z]{2,})?){1,3}(?![\w'’-])")
NAME_IN_CAPITALS_TEST = re.compile(r"[A-Z]{2}[A-Z]*\s[A-Z]{2}")  # a cheap test before it
CAPITALISED_RUN = re.compile(r"(?<![\w.'’-])(?:[A-Z][a-z]?\.\s?){0,3}"  # "K. Tokaev", "V.Norov": initials too
                             r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z]+(?:-[A-Z][a-z]+)?)*(?![\w'’-])")
# "Chairman of the State Duma Boris Gryzlov", "Speaker of the Jogorku Kenesh of Kyrgyzstan Marat Sultanov",
# "Chairman of the Majlisi Milli of the Majlisi Oli of Tajikistan, Mayor of Dushanbe Makhmadsaid Ubaidulloev"
LEGISLATURE_TITLE = Gated(
    r"\b(?P<head>(?:(?:First\s)?Deputy\s|Vice\s)?(?:Chairman|Chairwoman|Chairperson|Chair|Speaker|President))\sof\sthe\s"
    rf"(?P<body>{trie_pattern(LEGISLATURES)})(?:\sof\sthe\s{trie_pattern(LEGISLATURES)})?"
    r"(?:\sof\s(?:the\s)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?(?:,\s(?:the\s)?[A-Z][a-z]+\sof\s[A-Z][a-z]+)?"
    rf",?\s(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})\b",
    words=tuple(LEGISLATURES))
# "Director of the Border Service of Kazakhstan Daulet Sarsenbayev", "Chairman of the National Bank of Tajikistan X": the
# head of a state's agency, titled by it
AGENCY_TITLE = Gated(
    r"\b(?P<head>(?:(?:First\s)?Deputy\s)?(?:Director|Head|Chairman|Chairwoman|Chairperson|Chief|Commander|Governor)"
    r"(?:\sGeneral)?)\sof\sthe\s(?P<body>(?:[A-Z][a-z]+\s){0,4}(?:Service|Committee|Agency|Bank|Office|Department|Guard|"
    r"Force|Forces|Commission|Administration|Board|Authority|Directorate|Inspectorate|Troops))\sof\s(?:the\s)?"
    rf"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?\s(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})\b",
    words=("Director", "Head of", "Chairman", "Chairwoman", "Chairperson", "Chief", "Commander", "Governor"))
# "Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure X", "Chairman of the Council of the
# SCO Interbank Consortium Y": the head of a part of a known organisation; the reference tells where its name ends
BODY_PART_TITLE = Gated(
    r"\b(?P<head>(?:(?:First\s)?Deputy\s)?(?:Director|Head|Chairman|Chairwoman|Chairperson|Chair|President|Secretary))"
    r"\sof\sthe\s(?P<part>(?:Executive\s)?(?:Committee|Council|Board)(?:\sof\s(?:Directors|Governors))?)"
    r"\sof\s(?:the\s)?"
    r"(?P<rest>[A-Z][\w'-]*\.?(?:\s?[A-Z][\w'-]*\.?){2,8})",
    words=("of the Executive", "of the Council", "of the Board", "of the Committee"))
# An item of a protocol list written name first: "...: Lu Yingchuan, Deputy Minister of Culture and Tourism, China; and
# Aun Chaudhry, Adviser to the Prime Minister on Tourism, Pakistan"
NAME_TITLE_STATE = Gated(
    rf"(?:^|:\s|;\s(?:and\s)?|\b(?:were|are|included|include)\s)(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}}),\s"
    r"(?P<title>(?:(?:First|Acting|Executive|Senior)\s)?(?:Minister|Deputy|Vice|Chairman|Chairperson|Chairwoman|Adviser|"
    r"Advisor|Director|Head|President|Secretary|Ambassador|Governor|Prosecutor|Chief|Commander|Special|Prime|Premier)\b"
    r"[^,;:]{0,70}?),\s"  # "Nikol Pashinyan, Prime Minister, Armenia", "Kao Kim Hourn, Secretary-General, ASEAN"
    r"(?P<state>[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+){0,3}|[A-Z]{3,6})(?=\s?[;.]|,?\sand\s|,\s[a-z]|$)",
    words=tuple(f", {word}" for word in ("First", "Acting", "Executive", "Senior", "Minister", "Deputy", "Vice", "Chair",
                                         "Advis", "Director", "Head", "President", "Secretary", "Ambassador", "Governor",
                                         "Prosecutor", "Chief", "Commander", "Special", "Prime", "Premier")))
# The same item written title first, with a title no list foresees: "...: Secretary of the Ministry of External Affairs of
# India Dammu Ravi; Deputy Foreign Minister for Economic Diplomacy of Iran Mahdi Safari; ..."
TITLE_STATE_NAME = Gated(
    r"(?:^|:\s|;\s(?:and\s)?)(?P<title>(?:(?:First|Acting|Executive|Senior)\s)?(?:Minister|Deputy|Vice|Chairman|Chairperson|"
    r"Chairwoman|Adviser|Advisor|Director|Head|President|Secretary|Ambassador|Governor|Prosecutor|Chief|Commander|Special)\b"
    r"[^,;:]{0,80}?)\sof\s(?:the\s)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s"
    rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})(?=\s?[;.]|$)",
    words=("Minister", "Deputy", "Vice", "Chair", "Advis", "Director", "Head", "President", "Secretary", "Ambassador",
           "Governor", "Prosecutor", "Chief", "Commander", "Special"))
# "Defense Ministers of Kazakhstan Saken Zhassuzakov, China Chang Wanquan, Russia Sergey Shoygu": one plural title,
# then pairs of a state and a name
TITLE_OF_STATES = Gated(rf"\b(?i:(?P<group>{trie_pattern(GROUP_TITLES)}))\sof\s(?=[A-Z])", words=tuple(GROUP_TITLES), flags=re.I)
STATE_AND_NAME = re.compile(rf"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,2}})"
                            r"(?=,\s|\sand\s|\s[a-z]|[.;]|$)")
ITEM_SEPARATOR = re.compile(r",\s(?:and\s)?|\sand\s")
# "the defense chiefs of the other member states, namely General Li Shangfu of China, General Sergei Shoigu of Russia":
# one plural title over the states' members, then pairs of a name and its state
TITLE_OF_MEMBERS = Gated(rf"\b(?P<group>{trie_pattern(GROUP_TITLES)})\sof\s(?:the\s)?(?:other\s|\w+\s)?(?:SCO\s)?"
                         r"(?:member\s|observer\s)?(?:states|countries|nations)(?:\sof\sthe\s(?:SCO|bloc|organi[sz]ation))?"
                         r"(?:\s(?:attended|were\spresent|took\spart))?"  # "Foreign ministers of the other nine member
                         r"(?:(?:,?\s(?:namely|including|among\sthem)|:|\s[\u2013\u2014-])\s|\s(?-i:(?=[A-Z])))", re.I,
                         words=tuple(GROUP_TITLES))  # states", "Presidents of the SCO member states N. Nazarbayev of Kazakhstan"
                         # attended, among them Russia's Sergei Lavrov, ..."
NAME_OF_STATE = re.compile(rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})\sof\s(?:the\s)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b")
NAME_BRACKET_STATE = re.compile(rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,3}})\s\((?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")
# "The prime ministers of Kazakhstan, Alikhan Smailov; Kyrgyzstan, Akylbek Japarov; and ...": pairs split by semicolons
STATE_COMMA_NAME = re.compile(rf"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s"
                              rf"(?P<name>{NAME_WORD}(?:\s{NAME_WORD}){{1,2}})(?=[,;.]|\s[a-z]|$)")
ITEM_SEMICOLON = re.compile(r";\s(?:and\s)?")
PLURAL_TITLE_LISTS = [(TITLE_OF_STATES, STATE_AND_NAME, ITEM_SEPARATOR),
                      (TITLE_OF_STATES, STATE_COMMA_NAME, ITEM_SEMICOLON),
                      (TITLE_OF_MEMBERS, NAME_OF_STATE, ITEM_SEPARATOR),  # ", namely X of China"
                      (TITLE_OF_MEMBERS, NAME_BRACKET_STATE, ITEM_SEPARATOR)]  # "member states - S. Jaishankar (India)"
# "Tajikistan and Uzbekistan sent their deputy prime ministers, A and B respectively": each name holds the title, its
# state given by the order of the states before (Recognizer._respectively)
# "by their defence ministers, A and B (respectively)": each name takes the title (and, in _respectively, a state)
RESPECTIVE_NAMES = Gated(rf"\b(?:their|the)\s(?i:(?P<group>{trie_pattern(GROUP_TITLES)})),?\s"
                         rf"(?P<names>{NAME}(?:(?:,\s|,?\sand\s){NAME})+)(?:,?\srespectively\b|(?=\.\s|\.$|;|$))",
                         words=("respectively", "their "))
# "Presidents Nazarbayev, Medvedev, Hu Jintao and Karimov attended": a plural title over the names it gives each
TITLED_NAMES = Gated(r"(?<![\w-])(?P<group>Presidents|Prime\sMinisters|Foreign\sMinisters|Defen[cs]e\sMinisters)\s"
                     rf"(?P<names>{NAME}(?:(?:,\s|,?\sand\s){NAME})+)",
                     words=("Presidents", "Prime Ministers", "Foreign Ministers", "Defence Ministers",
                            "Defense Ministers"))
NAME_RE = re.compile(NAME)
# "the presidents of Kazakhstan, Kyrgyzstan and Tajikistan - Kassym-Jomart Tokayev, Sadyr Japarov and Emomali
# Rahmon": a plural title over states, then as many names, in the same order
_STATE_WORD = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
STATES_THEN_NAMES = Gated(rf"\b[Tt]he\s(?i:(?P<group>{trie_pattern(GROUP_TITLES)}))\sof\s(?:the\s)?"
                          rf"(?P<states>{_STATE_WORD}(?:(?:,\s|,?\sand\s){_STATE_WORD})+)\s?[-\u2013\u2014:(,]\s?"
                          rf"(?P<names>{NAME}(?:(?:,\s|,?\sand\s){NAME})+)",
                          words=(" of ",))
LIST_SEPARATOR = re.compile(r",\s(?:and\s)?|,?\sand\s")
# "Belarus' Alexander Lukashenko", "Brazil's Luiz Inacio Lula da Silva"
POSSESSIVE_NAME = re.compile(rf"(?<![\w-])(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|(?<=s)')\s"
                             rf"(?P<name>{NAME_WORD}(?:\s(?:{NAME_PARTICLE}[ -])?{NAME_WORD}){{1,3}})")
# A known leader by family name alone, with the state: "Belarus's Lukashenko", "Ghani (Afghanistan)", "Hu of China";
# or three or more in a row: "Around the table were Hu, Nazarbayev, Akayev, Rakhmonov and Karimov"
_FAMILY = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
POSSESSIVE_FAMILY_NAME = re.compile(rf"(?<![\w.-])(?P<adj>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s|(?<=s)')\s"
                                    rf"(?P<name>{_FAMILY})\b(?!\s[A-Z])")
FAMILY_NAME_OF_STATE = re.compile(rf"(?<![\w.-])(?<![A-Z][a-z]\s)(?<![A-Z]\.\s)(?P<name>{_FAMILY})\s"
                                  r"(?:\((?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)"
                                  r"|of\s(?P<state2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b)")
FAMILY_NAME_RUN = re.compile(rf"(?<![\w.-])(?<![A-Z][a-z]\s)(?<![A-Z]\.\s){_FAMILY}(?:,\s{_FAMILY}){{1,}}"
                             rf"(?:,?\sand\s{_FAMILY})?\b(?!\s[A-Z])")
FAMILY_NAMES_IN_A_RUN = 3
# "N.Nazarbayev", "S. Lavrov (Russia)", "A.A. Akayev": a known family name after initials, the first of which begins
# the given name of the one person it can be
INITIALS_FAMILY_NAME = re.compile(rf"(?<![\w.-])(?P<initial>[A-Z])[a-z]?\.(?:\s?[A-Z][a-z]?\.){{0,2}}\s?"
                                  rf"(?P<name>{_FAMILY})\b(?!\s[A-Z][a-z])")
# "Jadambyn Enkhbayar (Mongolia)": a given name before it, so another person than the leader of that family name
GIVEN_NAME_BEFORE = re.compile(r"\b(?!(?:The|In|At|On|By|And|Of|From|With|For|To|As|A|An)\s$)[A-Z][a-z]+\s$")
TALKS_WITH = re.compile(r"\b(?:talks|met|meets|meeting\swith)\b")  # "talks with Putin, Erdogan and Raisi": its rule's
# Capitalised words that make a phrase a thing rather than a person ("China's Belt and Road Initiative")
NOT_PERSON_WORDS = {
    "Initiative", "Road", "Belt", "Corridor", "Bank", "Council", "Ministry", "Forum", "Union", "Strategy", "Declaration",
    "Organization", "Organisation", "Party", "Army", "Republic", "Assembly", "Parliament", "Government", "Office",
    "Agency", "Committee", "Foreign", "Defence", "Defense", "National", "State", "Security", "Affairs", "Development",
    "Economic", "Silk", "Railway", "Pipeline", "Program", "Programme", "Plan", "Vision", "Project", "Summit", "Meeting",
    "Day", "University", "Institute", "Centre", "Center", "Fund", "Group", "News", "Times", "Daily", "Post", "Press",
    "Province", "Region", "Oblast", "Prefecture", "County", "District", "Territory", "Club",  # "China's Henan Province"
    "Structure", "Consortium", "Business", "Regional", "Anti-Terrorist",  # "SCO Regional Anti-Terrorist Structure"
    "Company", "Limited", "Ltd", "Corporation", "Holding", "Holdings", "Airlines", "Procuratorate",  # a firm's name
    "Mountains", "Mountain", "River", "Lake", "Sea", "Valley", "Desert", "Island", "Islands", "Gulf", "Basin",  # "Russia's
    # Ural Mountains"
    "Asian", "European", "Eurasian", "Arab", "Central", "Military", "Commission", "Board",  # "Russia's Central Asian
    # partners", "China's Central Military Commission", "Pakistan's Sports Board"
    "Peninsula", "Foundation",  # "China's Shandong Peninsula", "Russia's Roscongress Foundation"
}  # "<Name>, <title>": a name, or two list items?
# Words of a headline written in title case that no new person's name is made of
HEADLINE_WORDS = {"To", "Of", "From", "By", "As", "Hold", "Holds", "Held", "Talks", "Meet", "Meets", "Says", "Attend",
                  "Attends", "Visit", "Visits", "Sign", "Signs", "Discuss", "Discusses", "Arrives", "Leaves", "Urges",
                  "Receives", "Received", "Newly", "Appointed", "Calls", "Welcomes"}  # "Receives Newly Appointed"


class Recognizer:
    """Finds entity mentions in sentences, with the gazetteer and the article's memory."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.seen: dict[str, list] = {}  # sentence -> names found; cleared for each article by start_article()
        self.variants: dict[str, str | None] = {}  # name -> the known person it spells, likewise per article
        self.article_text, self.folded_text = "", None  # the article being read, and folded when first needed

    def start_article(self, text: str = "") -> None:
        """Forget the sentences of the article before (a cache across articles would flatter benchmarks
        built from repeated text, and grow without bound); keep the new article's text, where a name given by its
        initials may be written in full."""
        self.seen.clear()
        self.variants.clear()
        self.article_text, self.folded_text = text, None

    def _entity_of(self, text: str) -> str | None:
        state = self.gazetteer.state_of_adjective(text)
        if state:
            return state
        entity = self.gazetteer.lookup(text[:-2] if text.endswith("'s") else text)
        return entity.id if entity and entity.kind in (STATE, IGO, ORGANIZATION) else None

    def _affiliation(self, phrase: str | None, mode: str) -> tuple[str | None, str]:
        """The state or organization a capitalised phrase names, trying its tails ("The Kazakh") or heads
        ("SCO Regional Anti-Terrorist Structure Jumakhon Giyosov"); returns (id, the rest of the phrase)."""
        if not phrase:
            return None, ""
        phrase = re.sub(r"(?<=[a-z])\.$", "", phrase)  # "..., Foreign Minister of Uzbekistan." at a sentence's end
        if phrase in GOVERNMENT_WORDS:
            return GOVERNMENT_WORDS[phrase], ""  # "Union Tourism Minister G Kishan Reddy": India's
        words = re.sub(r"^([A-Z]{2,6})'s\s", r"\1 ", phrase).split()  # "SCO's Regional ... Structure": the SCO's body
        spans = [(k, len(words)) for k in range(len(words))] if mode == "suffix" else \
            [(0, k) for k in range(len(words), 0, -1)]
        for a, b in spans:
            found = self._entity_of(" ".join(words[a:b]))
            if found:
                # "... Structure of the SCO": a body of the SCO, nothing more; "of the Russian Armed Forces X": X
                rest = ARMED_FORCES.sub("", " ".join(words[b:]))
                return found, "" if rest in ("of the SCO", "of SCO", "of the Shanghai Cooperation Organization",
                                             "of the Shanghai Cooperation Organisation") else rest
        return None, ""

    @staticmethod
    def _title_of_named(text: str, memory: Memory) -> str | None:
        """The one title the article gave the last person a text names by a short name."""
        for word in reversed(NAME_WORD_RE.findall(text)):
            if len(people := memory.short_names.get(fold(word), ())) == 1:
                held = {title for title, _ in memory.positions.get(people[0], ())}
                return next(iter(held)) if len(held) == 1 else None
        return None

    def people(self, text: str, memory: Memory, new_entities: dict[str, Entity]) -> list[PersonMention]:
        """People in a sentence, left to right; resolves short names against the article so far."""
        found: list[PersonMention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= s or start >= e for s, e in taken)

        for match in (*LEGISLATURE_TITLE.finditer(text), *AGENCY_TITLE.finditer(text)):  # before the other titles,
            title = f"{match['head']} of the {match['body']}"  # which stop at "Chairman of the"
            state = match["state"] and self.gazetteer.lookup(match["state"])
            of = state.id if state and state.kind == STATE else LEGISLATURES.get(match["body"])
            if of is None:
                continue
            name = self._trim_name(match["name"])
            if name and not {*name.split()} & (NOT_NAMES | NOT_PERSON_WORDS) and \
                    (person := self.resolve(name, title, of, memory, new_entities)):
                found.append(PersonMention(match.start(), match.start("name") + len(name), person, title, of, (title,)))
                taken.append((match.start(), match.start("name") + len(name)))
        for match in BODY_PART_TITLE.finditer(text):
            if mention := self._body_part_head(match, memory, new_entities):
                found.append(mention)
                taken.append((mention.start, mention.end))
        for match in NAME_TITLE_STATE.finditer(text):  # "...: Yerzhan Yerkinbayev, Vice Minister of Culture, Kazakhstan;"
            state = self.gazetteer.lookup(match["state"])
            name = self._trim_name(match["name"])
            if state and state.kind in (STATE, IGO) and name and len(name.split()) >= 2 and not self._entity_of(name) \
                    and not {*name.split()} & (NOT_NAMES | NOT_PERSON_WORDS) and free(*match.span("name")):
                title = canonical_title(match["title"]) if match["title"].lower() in TITLES else match["title"]
                if person := self.resolve(name, title, state.id, memory, new_entities):
                    found.append(PersonMention(match.start("name"), match.end(), person, title, state.id, (title,)))
                    taken.append((match.start("name"), match.end()))
        for match in TITLE_STATE_NAME.finditer(text) if ";" in text else ():
            state, name = self.gazetteer.lookup(match["state"]), match["name"]
            if (state is None or state.kind != STATE) and " " in match["state"]:  # "of Pakistan Mohammad Ishaq Dar"
                first, given = match["state"].split(" ", 1)
                state, name = self.gazetteer.lookup(first), f"{given} {name}"
            name = self._trim_name(name)
            if state and state.kind == STATE and name and len(name.split()) >= 2 and not self._entity_of(name) and \
                    not {*name.split()} & (NOT_NAMES | NOT_PERSON_WORDS) and free(*match.span("title")) and \
                    free(*match.span("name")):
                # "Deputy Prime Minister - Minister of Foreign Affairs": two positions, the last one the title
                titles = tuple(_as_written(part) for part in re.split(r"\s[-\u2013\u2014]\s", match["title"]))
                if person := self.resolve(name, titles[-1], state.id, memory, new_entities):
                    found.append(PersonMention(match.start("title"), match.end(), person, titles[-1], state.id, titles))
                    taken.append((match.start("title"), match.end()))
        for heading_pattern, item_pattern, separator_pattern in PLURAL_TITLE_LISTS:
            for heading in heading_pattern.finditer(text):
                title, at = GROUP_TITLES[" ".join(heading["group"].lower().split())], heading.end()
                while (item := item_pattern.match(text, at)) and (of := self.gazetteer.state_of_adjective(item["state"])) \
                        and not self._entity_of(item["name"].split()[0]):
                    if (person := self.resolve(item["name"], title, of, memory, new_entities)) and free(*item.span()):
                        found.append(PersonMention(item.start(), item.end(), person, title, of, (title,)))
                        taken.append(item.span())
                    if not (separator := separator_pattern.match(text, item.end())):
                        break
                    at = separator.end()
        for heading in STATES_THEN_NAMES.finditer(text):
            title = GROUP_TITLES[" ".join(heading["group"].lower().split())]
            states = [self.gazetteer.lookup(name) for name in LIST_SEPARATOR.split(heading["states"])]
            items = list(NAME_RE.finditer(text, heading.start("names"), heading.end("names")))
            if len(states) != len(items) or not all(state and state.kind == STATE for state in states):
                continue
            for state, item in zip(states, items):
                name = self._trim_name(item.group(0))
                if name and free(*item.span()) and not self._entity_of(name) and \
                        (person := self.resolve(name, title, state.id, memory, new_entities)):
                    end = item.start() + len(name)
                    found.append(PersonMention(item.start(), end, person, title, state.id, (title,)))
                    taken.append(item.span())
        for heading in (*RESPECTIVE_NAMES.finditer(text), *TITLED_NAMES.finditer(text)):
            title = GROUP_TITLES[" ".join(heading["group"].lower().split())]
            for item in NAME_RE.finditer(text, heading.start("names"), heading.end("names")):
                name = self._trim_name(item.group(0))
                if name and free(*item.span()) and not self._entity_of(name) and \
                        (person := self.resolve(name, title, None, memory, new_entities)):
                    # "Presidents Putin, Nazarbayev and Karimov": each the holder of the title in his own state
                    of = self.gazetteer.nationality.get(person) if heading.re is TITLED_NAMES.regex else None
                    found.append(PersonMention(item.start(), item.start() + len(name), person, title, of, (title,)))
                    taken.append(item.span())
        if (row := self._table_row(text, memory, new_entities)) and free(row.start, row.end):
            found.append(row)  # "China | Hu Jintao | President", "Belarus - Alexander Lukashenko, President"
            taken.append((row.start, row.end))
        for mode, pattern in PERSON_PATTERNS if titled(text) else ():
            for match in pattern.finditer(text):
                groups = match.groupdict()
                if pattern in APPOSITIONS and self._list_item(text, match, trailing_and=pattern is APPOSITIONS[0]):
                    continue
                # "Secretary of the Minister of External Affairs X", "Assistant to the Prime Minister X": not the minister
                superior = mode == "prefix" and groups.get("title") and match.start() == match.start("title") and \
                    SUPERIOR_BEFORE.search(text, max(0, match.start() - 30), match.start())
                of, rest = self._affiliation(match["adj"], mode)
                if match["adj"] and of is None and mode == "suffix":
                    continue
                name = match["name"]
                name_end = match.end()
                if name and text[match.start("name") - 2] == "," and groups.get("title") and \
                        match.start("name") > match.start("title") and (self._next_item(name) or
                                                                        text.endswith("then ", 0, match.start())):
                    # "India's prime minister, Pakistani Prime Minister X"; ", then Russia's president, Mr Nazarbaev":
                    # the title was the person's before, not the next one's
                    name, name_end = None, match.end("title")
                if rest and name and mode == "prefix" and match.start("name") > match.start("adj") \
                        and any(word.lower() in TITLE_WORDS for word in name.split()):
                    name, name_end = None, match.end("adj")  # "<Title> of <State> <Name>, <next title> ...": a list
                if rest:
                    if name or not rest[0].isupper() or NOT_PERSON_WORDS.intersection(rest.split()):
                        continue  # "President of the SCO Press Club": a body of the SCO, not a person
                    name = rest
                    if more := NAME_PARTICLE_AFTER.match(text, match.end("adj")):
                        rest = name = f"{rest}{more.group(0)}"  # "Emir of Qatar Sheikh Tamim bin Hamad Al Thani"
                name = self._trim_name(name)
                if rest and name and (at := match["adj"].find(name)) >= 0:
                    name_end = match.start("adj") + at + len(name)
                elif rest and name and more and (at := text.find(name.split()[0], match.start("adj"))) >= 0:
                    name_end = at + len(name)
                if groups.get("title"):
                    raw_title = " ".join(match["title"].split())
                    if match["adj"] is None and not raw_title[0].isupper() and pattern is not BODY_APPOSITION and \
                            not text[:match.start("title")].endswith((" its ", " their ", ", whose ")):
                        continue
                    if of is None and text[:match.start("title")].endswith(", whose "):
                        # "Belarus, whose defence minister, Viktor Khrenin, ...": the state named last before it
                        named = [state for _, end, state in self.entities(text, (STATE,)) if end < match.start("title")]
                        of = named[-1] if named else None
                    parts = TITLE_AND.split(raw_title)
                    if not all(any(head in part.lower() for head in TITLE_HEADS) for part in parts):
                        parts = [raw_title]  # "Agriculture and Food Minister": one title
                    titles = tuple(canonical_title(t) for t in parts)
                    of = of or TITLE_STATE.get(raw_title.lower())
                else:
                    before = [m for m in found if m.end <= match.start() and m.title]
                    if before:
                        titles = (max(before, key=lambda m: m.end).title,)
                    elif held := self._title_of_named(text[:match.start()], memory):
                        titles = (held,)  # "Avaei held talks with his Belarusian counterpart, X": Avaei's title
                    else:
                        continue
                start = match.start()
                name_first = bool(match["name"]) and match["adj"] is not None and match.start("name") < match.start("adj")
                if mode == "suffix" and match["adj"] and not name_first:
                    start = match.start("adj") + match["adj"].rfind(self._tail_word(match["adj"], of))
                end = name_end if rest or not name or name_first else match.start("name") + len(name)
                if not free(start, end):
                    continue
                person = self.resolve(name, titles[-1], of, memory, new_entities) if name else None
                if person is None and name is None and of:
                    person = memory.holder(titles[-1], of)
                if name and person is None:
                    continue
                known = self.gazetteer.nationality.get(person) if name and " " in name else None  # a full name's
                of = of or TITLE_BODY.get(titles[-1]) or known
                if person is None and of is None:
                    continue  # "Premier of the State Council Wen Jiabao" read as "Premier of <something>": no one
                if superior:
                    start, titles = superior.start(), (None,)
                found.append(PersonMention(start, end, person, titles[-1], of, titles if titles[-1] else (),
                                           named=bool(name)))
                taken.append((start, end))
        for match in POSSESSIVE_NAME.finditer(text) if "'s " in text or "s' " in text else ():  # "Belarus' Lukashenko"
            of = self.gazetteer.state_of_adjective(match["adj"])
            name = self._trim_name(match["name"])
            if of and name and free(match.start(), match.end()) and not NOT_PERSON_WORDS.intersection(name.split()):
                person = self.resolve(name, None, of, memory, new_entities)
                if person:
                    found.append(PersonMention(match.start(), match.start("name") + len(name), person, None, of))
                    taken.append((match.start(), match.start("name") + len(name)))
        family = self.gazetteer.family_names().search(text)  # a known leader's family name: then the three below
        for match in POSSESSIVE_FAMILY_NAME.finditer(text) if family and ("'s " in text or "s' " in text) else ():
            of = self.gazetteer.state_of_adjective(match["adj"])
            if of and free(*match.span()) and (person := self._leader_by_family_name(match["name"], memory, of)):
                found.append(PersonMention(match.start(), match.end(), person, None, of))
                taken.append(match.span())
        for match in FAMILY_NAME_OF_STATE.finditer(text) if family and (" of " in text or "(" in text) else ():
            state = self.gazetteer.lookup(match["state"] or match["state2"])
            of = state.id if state and state.kind == STATE else None
            if of and free(*match.span()) and not GIVEN_NAME_BEFORE.search(text, 0, match.start()) and \
                    (person := self._leader_by_family_name(match["name"], memory, of)):
                found.append(PersonMention(match.start(), match.end(), person, None, of))
                taken.append(match.span())
        for run in FAMILY_NAME_RUN.finditer(text) if family and ", " in text and not TALKS_WITH.search(text) else ():
            items = [(item.span(), self._leader_by_family_name(item.group(0), memory))
                     for item in re.finditer(_FAMILY, run.group(0)) if item.group(0) != "and"]
            known = [(span, person) for span, person in items if person]
            if len(known) >= FAMILY_NAMES_IN_A_RUN and len({self.gazetteer.nationality.get(p) for _, p in known}) > 1:
                for (start, end), person in known:
                    if free(run.start() + start, run.start() + end):
                        found.append(PersonMention(run.start() + start, run.start() + end, person))
                        taken.append((run.start() + start, run.start() + end))
        for match in INITIALS_FAMILY_NAME.finditer(text) if family and "." in text else ():
            if free(*match.span()) and (person := self._initialled(match["initial"], match["name"], memory)):
                found.append(PersonMention(match.start(), match.end(), person))
                taken.append(match.span())
        for start, end, entity_id in self.entities(text, (PERSON,)):
            if free(start, end):
                of = None  # "Hu Jintao of China" in a list
                if (state := OF_STATE.match(text, end)) and (of := self.gazetteer.state_of_adjective(state["state"])):
                    end = state.end()
                found.append(PersonMention(start, end, entity_id, of=of))
                taken.append((start, end))
        for match in TITLE_ALONE.finditer(text):  # "EAM met ...", "Raksha Mantri held talks": a state's own title, alone
            title, of = canonical_title(match["title"]), TITLE_STATE[match["title"].lower()]
            if free(*match.span()) and (person := memory.holder(title, of)):
                found.append(PersonMention(match.start(), match.end(), person, title, of, (title,)))
                taken.append(match.span())
        for match in BARE_TITLE.finditer(text) if "Prime Minister" in text or "President" in text \
                or "Secretary" in text else ():
            # "Prime Minister proposed ...", "Prime Minister met President X": an official read-out's own leader, the
            # one person the article has given that title
            title = canonical_title(match[0].removeprefix("SCO "))
            held = {person for person, titles in memory.positions.items() if any(t == title for t, _ in titles)} or \
                {person for person, titles in memory.titles.items() if title in titles}
            if len(held) == 1 and free(*match.span()):
                person = held.pop()
                of = next((of for held_title, of in memory.positions.get(person, ()) if held_title == title), None)
                found.append(PersonMention(match.start(), match.end(), person, title, of, (title,)))
                taken.append(match.span())
        for match in CAPITALISED_RUN.finditer(text):  # "Modi met Xi Jingping": a known person, misspelt, without a title
            name = match.group(0)
            if 2 <= name.count(" ") + 1 <= 3 and free(match.start(), match.end()) and \
                    self.gazetteer.may_spell_a_person(name) and not ({*name.split()} & (NOT_NAMES | NOT_PERSON_WORDS)) \
                    and not any(word.lower() in TITLE_WORDS or self._entity_of(word) for word in name.split()):
                if name not in self.variants:
                    self.variants[name] = self.gazetteer.similar_person(name)
                if self.variants[name]:
                    found.append(PersonMention(match.start(), match.end(), self.variants[name]))
                    taken.append((match.start(), match.end()))
        for match in NAME_IN_CAPITALS.finditer(text) if NAME_IN_CAPITALS_TEST.search(text) else ():
            # "JIANG ZEMIN, 74 - China": a known person whose name a heading writes in capitals
            entity = self.gazetteer.lookup(match.group(0).title())
            if entity and entity.kind == PERSON and free(match.start(), match.end()):
                found.append(PersonMention(match.start(), match.end(), entity.id))
                taken.append((match.start(), match.end()))
        # short names: of people named before, and of those this sentence names in full before them ("President
        # Nursultan Nazarbayev of Kazakhstan attended the meeting, which was presided over by Nazarbayev")
        short_names, extra = memory.short_names, {}
        for mention in found:
            entity = self.gazetteer.entities.get(mention.person) or new_entities.get(mention.person)
            for token in entity.label.split() if entity else ():
                if token not in HONORIFICS and (key := fold(token)) not in short_names:
                    extra[key] = [mention.person]
        short_names = {**short_names, **extra} if extra else short_names
        words = NAME_WORD_RE.findall(text) if short_names else ()
        if not text.isascii():
            words = [fold(word) for word in words]
        words = [without_honorific(word) for word in words]  # "Modiji"
        for match in NAME_WORD_RE.finditer(text) if not short_names.keys().isdisjoint(words) else ():
            word = match.group(0)
            key = word if word.isascii() else fold(word)
            key = key if key in short_names else without_honorific(key)
            if key in short_names and free(match.start(), match.end()) and word not in NOT_NAMES:
                found.append(PersonMention(match.start(), match.end(), short_names[key][-1]))
                taken.append((match.start(), match.end()))
        found.sort(key=lambda m: m.start)
        found = [m for i, m in enumerate(found) if not (i and m.person and m.person == found[i - 1].person
                                                        and not text[found[i - 1].end:m.start].strip())]  # "Ajit" "Doval"
        found = self._of_item_heading(text, _titled_by_heading(text, found, self.gazetteer.nationality))
        if "xecutive" in text:
            found = _rats_directors(text, found, self.gazetteer.nationality)
        if "Shri" in text or "Smt" in text:  # "The Minister of State for Culture, Shri X": an Indian's honorific
            found = [replace(m, of="india") if m.person and m.of is None and m.title
                     and INDIAN_HONORIFIC.search(text, m.start, m.end) else m for m in found]
        return self._respectively(text, found)

    def _respectively(self, text: str, found: list[PersonMention]) -> list[PersonMention]:
        """"Belarus and Iran were represented by their prosecutors-general, X and Y respectively": the states named
        before the people, as many as they, give them their states in order."""
        if sum(1 for m in found if m.person) < 2:
            return found  # it takes two people, and what follows is dearer than this test
        at = RESPECTIVELY.search(text)
        people = [m for m in found if m.person and m.start < (at.start() if at else 0)]
        if not at and (their := THEIR_TITLES.search(text)):  # "Iran and Belarus are represented by their defence
            # ministers, X and Y": in the order of the states, without "respectively"
            after = [m for m in found if m.person and m.start >= their.end()]
            people = after[:1] if after and after[0].start == their.end() else []
            for m in after[1:]:
                if not LIST_GAP.fullmatch(text[people[-1].end:m.start]) if people else True:
                    break
                people.append(m)
            at = their
        if not at or len(people) < 2 or any(m.of for m in people):
            return found
        states = [entity for start, _, entity in self.entities(text[:people[0].start], (STATE,))]
        if len(states) != len(people) or len(set(states)) != len(states):
            return found
        pairs = dict(zip((m.start for m in people), states))
        return [replace(m, of=pairs[m.start]) if m.start in pairs else m for m in found]

    def _of_item_heading(self, text: str, found: list[PersonMention]) -> list[PersonMention]:
        """"Who took part: Pakistan: President Bilal Abranov; Iran: ...": an item headed by a state (a bullet or a
        list joined to its heading) gives the people in it that state, up to the item's end."""
        for heading in ITEM_STATE.finditer(text) if any(m.person and m.of is None for m in found) else ():
            place = self.gazetteer.lookup(heading["state"])
            if place is None or place.kind != STATE:
                continue
            end = ITEM_END.search(text, heading.end())
            stop = end.start() if end else len(text)
            found = [replace(m, of=place.id) if m.person and m.of is None and heading.end() <= m.start < stop else m
                     for m in found]
        return found

    @staticmethod
    def _list_item(text: str, match: re.Match, trailing_and: bool = True) -> bool:
        """Is "<Name>, the Indian foreign minister" two items of a list rather than a name and its apposition?
        A list goes on with "and"; "<Name>, the president of X, and ..." is an apposition all the same."""
        name = match["name"]
        return (any(word.lower() in TITLE_WORDS for word in name.split())
                or bool(TITLE_BEFORE.search(text[:match.start("name")]))
                or (text[:match.start("name")].endswith((" of ", " of the "))
                    and not OF_A_PERSON.search(text, 0, match.start("name")))
                or bool(TITLED_ITEM_BEFORE.search(text, max(0, match.start("name") - 120), match.start("name")))
                or bool(TITLE_OF_BEFORE.search(text, 0, match.start("name") + (
                    honorific.end() if (honorific := HONORIFIC_START.match(name)) else 0)))
                or trailing_and and text[match.end():match.end() + 6].startswith((", and", " and ")))

    def _next_item(self, name: str) -> bool:
        """Does a "name" after a comma start the next item of a list (a demonym, a state or a title)?"""
        first = name.split()[0]
        return bool(self.gazetteer.state_of_adjective(first)) or first.lower() in TITLE_WORDS or first == "Chair"

    def _tail_word(self, phrase: str, of: str | None) -> str:
        """The first word of the part of the phrase that named the affiliation."""
        words = phrase.split()
        for k in range(len(words)):
            if self._entity_of(" ".join(words[k:])) == of:
                return words[k]
        return words[0]

    def _table_row(self, text: str, memory: Memory, new_entities: dict[str, Entity]) -> PersonMention | None:
        """The person in a row of a table a text copies ("China | Hu Jintao | President", tab-separated cells read as
        " | "), or of a list written as one ("China - Xi Jinping, President (host)", "China ...... Xi Jinping,
        President", its dots read as " | "): a cell that names a state or an
        organization, one with a title, and one with a name, in any order."""
        if text.count(" | ") >= 2:
            cells = [(m.start(), m.end()) for m in TABLE_CELL.finditer(text)]
        elif (" - " in text or " | " in text) and (dashed := DASHED_ROW.fullmatch(text)):
            cells = [dashed.span(group) for group in ("a", "b", "c")]
        else:
            return None
        of = title = name = None
        for start, end in cells:
            cell = ROW_NOTE.sub("", text[start:end]).strip()
            if of is None and (found := self._entity_of(cell)):
                of = found
            elif title is None and (held := _cell_title(cell)):
                title, body = held
                of = of or (self._entity_of(body) if body else None)
            elif name is None and NAME_RE.fullmatch(cell) and not {*cell.split()} & (NOT_NAMES | NOT_PERSON_WORDS):
                name = (start, start + len(cell))
        if not (name and of) or not (written := self._trim_name(text[name[0]:name[1]])):
            return None
        if title is None:  # "Tajikistan | Emomali Rahmon (chair) | in the hall": a person the reference knows
            known = self.gazetteer.lookup(written)
            known = known.id if known and known.kind == PERSON else \
                None if known or " " not in written else self.gazetteer.similar_person(written)
            return PersonMention(name[0], name[0] + len(written), known, None, of) if known else None
        person = self.resolve(written, title, of, memory, new_entities)
        return PersonMention(name[0], name[0] + len(written), person, title, of, (title,)) if person else None

    def _trim_name(self, name: str | None) -> str | None:
        """The name without function words at its ends, and cut before a title or a demonym that starts the next
        item of a list ("Masoud Pezeshkian, Iran's president, Pakistani Prime Minister ...")."""
        if not name:
            return None
        words = name.rstrip(".,;:").split()
        if words and words[-1].endswith(("'s", "’s")):
            words[-1] = words[-1][:-2]  # "President Vladimir Putin's chairmanship": the name, not its possessive
        if len(words) == 3 and PATRONYMIC.search(words[2]):
            words = [words[1], words[0]]  # "Kurbanov Bakhodir Nizamovich": family name, given name, patronymic
        for i, word in enumerate(words):
            if word.lower() in TITLE_WORDS or i and self.gazetteer.state_of_adjective(word):
                words = words[:i]
                break
        while words and words[-1] in NOT_NAMES:
            words.pop()
        while words and (words[0] in NOT_NAMES or words[0] in HONORIFICS and len(words) > HONORIFICS[words[0]]) \
                and not _family_name_he(words):
            words.pop(0)  # "Sheikh Mohammed bin Abdulrahman Al Thani": the name without the honorific
        return " ".join(words) or None

    def _body_part_head(self, match: re.Match, memory: Memory, new_entities) -> PersonMention | None:
        """The person a BODY_PART_TITLE match names: the longest run of words after "of the" that the reference
        knows as an organisation is the body, the two to four words after it the name."""
        words = match["rest"].split()
        for cut in range(len(words) - 2, 0, -1):
            body = self._entity_of(" ".join(words[:cut]))
            if body is None or self.gazetteer.entities[body].kind == STATE:
                continue
            name = self._trim_name(" ".join(words[cut:cut + 4]))
            if not name or len(name.split()) < 2 or {*name.split()} & (NOT_NAMES | NOT_PERSON_WORDS):
                return None
            title = f"{match['head']} of the {match['part']}"
            title = TITLES.get(title.lower(), title)
            if person := self.resolve(name, title, body, memory, new_entities):
                end = match.start("rest") + match["rest"].find(name) + len(name)
                return PersonMention(match.start(), end, person, title, body, (title,))
            return None
        return None

    def resolve(self, name: str, title: str | None, of: str | None, memory: Memory, new_entities) -> str | None:
        """A person id for a name: reference data, then this article's short names, else a new person."""
        name = HONORIFIC_START.sub("", name, count=1) if HONORIFIC_START.match(name) and " " in name else name  # "Dr X"
        entity = self.gazetteer.lookup(name)
        if entity and entity.kind == PERSON:
            return entity.id
        if entity:
            return None
        if " " in name.strip(". "):
            if name not in self.variants:
                self.variants[name] = self.gazetteer.similar_person(name)
            if self.variants[name] and not self._other_state(self.variants[name], of):
                return self.variants[name]  # not "A. Saleh of Afghanistan" for Iran's Ali Akbar Salehi
            if (initials := INITIALS_NAME.match(name)) and (full := self._written_in_full(initials)):
                return self.resolve(full, title, of, memory, new_entities)  # "Sh. Aziz" ... "Shaukat Aziz"
        key = fold(name)
        candidates = memory.short_names.get(key) or memory.short_names.get(fold(name.split()[-1]), [])
        if " " not in name and candidates:
            if title and of:
                for person in reversed(candidates):
                    if (title, of) in memory.positions.get(person, ()):
                        return person
            if title:
                for person in reversed(candidates):
                    if any(t == title for t, _ in memory.positions.get(person, ())):
                        return person
            return candidates[-1]
        if " " not in name:
            return self.gazetteer.by_family_name(name) if title else None  # "PM Modi" before "Narendra Modi"
        if any(word in NOT_NAMES and not (i == 0 and word == "He") or word in HEADLINE_WORDS or word in NOT_PERSON_WORDS
               for i, word in enumerate(name.split())):
            return None  # "... Hold Talks In Moscow": a headline's words; "Shanghai International Convention Center": a place
        person = slug(name)
        new_entities.setdefault(person, Entity(person, PERSON, name))
        return person

    def _leader_by_family_name(self, name: str, memory: Memory, of: str | None = None) -> str | None:
        """The one reference person with this family name (and of this state, if given), else None; None too for a
        name the article has used (its own short names decide: "Enkhbayar" after "J. Enkhbayar")."""
        if name in NOT_NAMES or self.gazetteer.lookup(name) or fold(name) in memory.short_names:
            return None  # "China", "Astana": a name of something else
        person = self.gazetteer.by_family_name(name)
        return person if person and (of is None or self.gazetteer.nationality.get(person) == of) else None

    def _initialled(self, initial: str, name: str, memory: Memory) -> str | None:
        """The one person, of the article's or else of the reference's, whose family name this is and whose given
        name starts with `initial`."""
        candidates = memory.short_names.get(fold(name)) or [self.gazetteer.by_family_name(name)]
        people = {person for person in candidates if person and (entity := self.gazetteer.entities.get(person))
                  and entity.label.startswith(initial)}
        return people.pop() if len(people) == 1 else None

    def _other_state(self, person: str, of: str | None) -> bool:
        """Is `of` a state other than the one the reference says the person is a national of?"""
        entity = self.gazetteer.entities.get(of) if of else None
        nationality = self.gazetteer.nationality.get(person)
        return bool(entity and entity.kind == STATE and nationality and nationality != of)

    def _written_in_full(self, initials: re.Match) -> str | None:
        """The article's one full form of a name it also gives by initials: "Shaukat Aziz" for "Sh. Aziz"."""
        given = initials["initials"].split(".")[0]
        if self.folded_text is None:
            self.folded_text = fold(self.article_text)
        found = {m.group(0) for m in re.finditer(rf"\b{given}[a-z]+(?:\s[A-Z][a-z]+)?\s{re.escape(initials['family'])}\b",
                                                self.folded_text)}
        # "... of the Republic of Kazakhstan Kairat Mami" for "K.A. Mami": the name, not the state before it
        found = {name.split(" ", 1)[1] if self._entity_of(name.split(" ", 1)[0]) and name.count(" ") == 2 else name
                 for name in found}
        return found.pop() if len(found) == 1 else None

    def entities(self, text: str, kinds: tuple[str, ...]) -> list[tuple[int, int, str]]:
        """Known entities of the given kinds named in the text: (start, end, id)."""
        kept = self.seen.get(text)
        if kept is None:
            kept = []
            for start, end, entity_id in self.gazetteer.find_names(text):
                entity = self.gazetteer.entities[entity_id]
                if entity.kind in (CITY, STATE) and LONGER_NAME.match(text, end, end + 10):
                    continue  # part of a longer name: "Shanghai Spirit", "Beijing Winter Olympics", "U.S. dollars"
                kept.append((start, end, entity_id, entity.kind))
            for match in SIDE.finditer(text) if " side" in text else ():  # "the Tajik side", as diplomats name a state
                if state := self.gazetteer.state_of_adjective(match["adj"]):
                    kept.append((match.start(), match.end(), state, STATE))
            kept.sort()
            self.seen[text] = kept
        return [(s, e, i) for s, e, i, kind in kept if kind in kinds]
