"""Sentence-level patterns for statuses, counts, presidencies, proposals, documents, places, publishers, and the
bilateral and speech cues that several rules share."""

from __future__ import annotations

import re
from functools import lru_cache

from loader.facts import DIALOGUE_PARTNER, GUEST, INTERNATIONAL_ORG, MEMBER, OBSERVER, PERMANENT_BODY
from loader.patterns import PLACE_NAME, Gated, trie_pattern
from loader.vocabulary import MONTH_NAMES, NUMBERS, ORDINALS, SCO_BODY

NUMBER = r"(?P<n>\d{1,3}|" + trie_pattern(NUMBERS) + ")"
COUNT_KINDS = {
    "memberStateCount": re.compile(rf"\b{NUMBER}\s(?:full\s)?member(?:\sstates|\scountries|s)\b", re.I),
    "observerStateCount": re.compile(rf"\b{NUMBER}\sobserver(?:\sstates|\scountries|s)\b", re.I),
    "dialoguePartnerCount": re.compile(rf"\b{NUMBER}\sdialogue\spartners\b", re.I),
}
# "bringing the number of observer states to six": the count after a change
NUMBER_RAISED = {
    "observerStateCount": re.compile(rf"\bnumber\sof\s(?:SCO\s)?observer(?:\sstates|\scountries|s)\s(?:to|at)\s{NUMBER}\b"),
    "dialoguePartnerCount": re.compile(rf"\bnumber\sof\s(?:SCO\s)?dialogue\spartners\s(?:to|at)\s{NUMBER}\b"),
}
MEMBER_COUNT = Gated(rf"\b{NUMBER}-(?:member|nation|country)\s(?:(?:security|regional|Eurasian)\s)?"
                     rf"(?:bloc|organi[sz]ation|grouping|group|SCO|Shanghai\sCooperation)\b"
                     rf"|\b(?:[Ii]ts|the\sSCO's|the\s"
                     rf"organi[sz]ation's)\s{NUMBER.replace('<n>', '<n2>')}\s(?:full\s)?member\s(?:states|countries)\b"
                     rf"|\bnumber\sof\s(?:SCO\s)?(?:full\s)?member\s(?:states|countries)\sto\s{NUMBER.replace('<n>', '<n3>')}\b"
                     rf"|\b(?:SCO|[Oo]rgani[sz]ation|bloc|grouping)(?:,\s(?:set\sup|founded|created|established)\s[^,;]{{1,30}},)?"
                     rf"\s(?:now\s|currently\s)?(?:is\smade\sup\sof|comprises|consists\sof|"
                     rf"has|includes|brings\stogether|unites|groups|counts|numbers)\s(?:the\s)?{NUMBER.replace('<n>', '<n4>')}\s(?i:(?:full\s)?member"
                     rf"(?:\s(?:states|countries|nations)|s))\b|\ball\s{NUMBER.replace('<n>', '<n5>')}\s(?:SCO\s)?member\s(?:states|countries)\b"
                     rf"|\b[Tt]he\s(?P<n6>five|six|seven|eight|nine|ten|[5-9]|10)\s(?:SCO\s)?(?:full\s)?member(?:s\b|\s(?:states|countries|nations)\b)"
                     rf"|\b[Tt]he\s(?P<n7>five|six|seven|eight|nine|ten|[5-9]|10)\s(?:states|countries|nations)\sthat\s(?:make\sup|form|"
                     rf"comprise)\s(?:the\s)?(?:SCO|Shanghai\sCooperation)",
                     # "the two member states" is a part, not a count
                     words=("-member", "-nation", "-country", "member", "Member", "make up", "form", "comprise"))
CAPACITY_WORDS = [
    (re.compile(r"\bobserver", re.I), OBSERVER),
    (re.compile(r"\bdialogue partner", re.I), DIALOGUE_PARTNER),
    # not "the Xijiao State Guest Hotel", "a guest house"
    (re.compile(r"\bguests?\b(?![\s-](?:house|houses|hotel|book|list|speakers?|lecture))", re.I), GUEST),
    (re.compile(r"\bpermanent bod", re.I), PERMANENT_BODY),
    (re.compile(r"\binternational organi[sz]ations?\b", re.I), INTERNATIONAL_ORG),
    (re.compile(r"\bmember (?:states|countries)\b|\bmembers\b", re.I), MEMBER),
]
# "The heads of the six member states first met in a narrow format. Taking part were: ...": a meeting of the members
# "Thus the legislatures of all six SCO member states were represented": the states present are the members
ALL_MEMBERS_PRESENT = Gated(r"\ball\s(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:SCO\s)?member\s(?:states|countries|nations)"
                            r"(?:\sof\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation))?\s(?:were|was)\s(?:represented|present)\b"
                            r"|\ball\s(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:SCO\s)?member\s(?:states|countries|"
                            r"nations)\s(?:took\spart|attended|participated)\b", words=("all ",))
# "Ministers of all Member States took part in the meeting", "attended by delegations of all eight SCO member states":
# each member state of the day was there (ALL_MEMBERS_PRESENT checks the capacity of those the text names)
_ALL_MEMBERS = r"[Aa]ll\s(?:the\s)?(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)?(?:SCO\s)?(?i:member\s(?:states|countries|nations))" \
    r"(?:\sof\s(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?:\s\(SCO\))?)?"
ALL_MEMBERS_ATTENDED = Gated(rf"\b{_ALL_MEMBERS}\s(?:took\spart|attended|participated|joined|were\s(?:present|represented))\b"
                             rf"|\b(?:attended|joined)\sby\s(?:the\s)?(?:\w+\s){{0,6}}?(?:of|from)\s{_ALL_MEMBERS.replace('<n>', '<n2>')}",
                             words=("all ", "All "))
# "Russia's guests were ...": the host's guests are the other leaders, not guests in the SCO's sense
HOSTS_GUESTS = re.compile(r"\b(?:[A-Z][a-z]+'s|the\shost's|his|her|its)\sguests\b")
MEMBERS_MEETING = Gated(r"\b(?:leaders|heads(?:\sof\s(?:state|government|delegations?))?)\sof\s(?:the\s)?(?:\w+\s)?"
                        r"(?:SCO\s)?member\s(?:states|countries)\b(?=[^.;]*\b(?:narrow|restricted|limited)\sformat\b)",
                        words=("member",))
LIST_FOLLOWS = re.compile(r"^(?:Taking\spart|Participating|Present|Attending)\s(?:in\sit\s|in\sthe\smeeting\s)?(?:were|was)\b")
# "is expected to become a full member next year": a status still to come is no capacity
NOT_YET = re.compile(r"\b(?:become|becoming|join|joining|to\sbe|will\sbe|aspir\w*|seek\w*|applied\sto\sbe"
                     r"|(?:obtain|obtaining|gain|gaining|acquire|acquiring)\s(?:the\s)?status\sof(?:\san?)?(?:\sSCO)?)\s"
                     r"(?:a\s|an\s|the\s)?(?:full(?:-fledged)?\s|new\s|permanent\s)?$")  # "to obtain the status of SCO member states"
STATUS_OF_CAPACITY = {MEMBER: "memberOf", OBSERVER: "observerOf", DIALOGUE_PARTNER: "dialoguePartnerOf"}
NEW_STATUS = Gated(
    # "took Turkey on as a 'dialogue partner'" (not "urged the SCO to admit Pakistan as a member": a plan)
    r"\b(?:included|admitted|accepted|granted|welcomed|became|become|joined|alongside|took(?=[^;.]{1,40}?\son\sas\s))\b"
    r"(?P<who>[^;.]*?)"
    r"\bas\s(?:a\s|an\s)?['\"\u2018\u201c]?(?:new\s)?"
    r"(?:(?P<full>full\s)?(?P<kind>member(?:\sstates?)?|observers?(?:\sstates?)?|dialogue\spartners?))\b",
    re.I, words=("includ", "admit", "accept", "grant", "welcom", "became", "become", "join", "alongside", "took"))
# "granted observer status to Laos", "granted Egypt the status of dialogue partner", "approved observer status for Iran"
GRANTED_STATUS = Gated(
    r"\b(?:grant(?:ed|s|ing)?|gave|giv(?:e|es|ing)|conferred|accorded|approved|received|obtained)\s"
    r"(?:(?P<kind1>observer|dialogue\spartner|full\smember(?:ship)?|member)\s(?:state\s)?status"
    r"(?:\sin\s(?:the\s)?(?:SCO|organi[sz]ation))?\s(?:on|to|for)\s"
    r"(?P<who1>[^;.]*?)(?=[;.]|$|\s(?:and|as)\s[a-z])"
    r"|(?P<who2>[^;.]*?)\sthe\s(?:[a-z]+-?[a-z]+\s)?status\sof\s(?:an?\s)?(?:SCO\s)?"
    r"(?P<kind2>observer|dialogue\spartner|"
    r"full\smember|member\sstate)|(?P<who3>(?:[A-Z][a-z]+(?:,\s|\sand\s|\s)?){1,6})\s?(?P<kind3>observer|dialogue\spartner|"
    r"full\smember(?:ship)?)\s(?:state\s)?status\b"
    r"|the\sstatus\sof\s(?:an?\s)?(?:SCO\s)?(?P<kind4>observer|dialogue\spartner|full\smember|member\sstate)"
    r"\s(?:on|to)\s"
    r"(?P<who4>[^;.]*?)(?=[;.]|$|,?\s(?:and|as)\s[a-z]))"
    # "They also made Belarus and Sri Lanka 'dialogue partners'"
    r"|\bmade\s(?P<who5>(?:[A-Z][a-z]+(?:,\s|,?\sand\s|\s)?){1,6}?)\s?(?:an?\s|its\s)?['\"\u2018\u201c]?"
    r"(?P<kind5>observers?|dialogue\spartners?|full\smembers?)\b", words=("status", "made"))
NOT_FACT = re.compile(r"\b(?:process\sof|procedures?\s(?:of|for)|(?:start|begin)(?:s|ning)?\sgranting|will|would|"
                      r"to\s(?:become|obtain|gain|acquire|receive)|plans?\sto|intends?\sto|to\sbe\sdiscussed|applied|"
                      r"application|bid)\b", re.I)
SELF_MEMBER = Gated(
    r"\b(?P<we>We\sSCO\smember\sstates)\b|\bAs\sa\sfounding\smember(?:\sstate)?(?:\sof\sthe\sSCO)?,\s(?P<state>[A-Z][a-z]+)"
    r"|(?P<state2>[A-Z][a-z]+),\sas\sa\sfounding\smember\b", words=("founding", "We SCO"))
# "Iran became the ninth full member", "Azerbaijan and Armenia are dialogue partners of the SCO", "whose country
# joined the bloc as its 10th member", "Mongolia, which has observer status": the subject comes before the verb.
SUBJECT_STATUS = Gated(
    r"\b(?:is|are|has\sbeen|have\sbeen|became|has\sbecome|have\sbecome|remains|remain|has\sremained|"
    r"join(?:ed|s)(?:\s(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation(?:\s\(SCO\))?|organi[sz]ation|bloc|grouping))?\sas|"
    r"(?:was|were|has\sbeen|have\sbeen)\s(?:also\s|formally\s)?(?:admitted|accepted|welcomed)"
    r"(?:\sto\s(?:the\s)?(?:SCO|organi[sz]ation|bloc))?\sas|"
    r"(?:was|were|has\sbeen|have\sbeen)\s(?:granted|given|accorded)\s(?:the\s)?status\sof|"
    r"(?:has|have|has\shad|have\shad|holds?|enjoys?|(?:was|were|has\sbeen|have\sbeen)\s(?:granted|given|accorded)"
    # "Mongolia received observer status at the SCO", "Afghanistan gets observer status" (a headline's)
    r"|(?:has\s|have\s)?(?:received|receives|obtained|obtains|got|gets|won|wins|acquired))"
    r"(?=\s(?:an?\s|the\s)?(?:observer|dialogue\spartner)\sstatus)|(?:is|are)\s(?:among|one\sof)"
    r"|becomes)\s"
    r"(?:(?:now|currently|still|already|also)\s)?(?:officially\s|formally\s)?(?:the\s|an?\s|its\s|the\sSCO's\s)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)|" + trie_pattern(w for w, n in ORDINALS.items() if n <= 15) + r")\s)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|both|all)\s)?(?:other\s)?(?:new\s)?"
    r"(?:full(?:-fledged)?\s|permanent\s)?(?:SCO\s)?['\"\u2018\u201c]?"  # "are 'observers'", "are the other observers"
    r"(?P<kind>members?(?:\sstates?|\scountry|\scountries)?|observers?(?:\s(?:states?|nations?|countries))?|"
    r"dialogue\spartners?)\b"
    r"(?!\sof\s(?:the\s)?(?!SCO\b|Shanghai\b|Organi[sz]ation\b)[A-Z]|\sin\s(?:the\s)?(?!SCO\b)(?:[A-Z]{2,}|[A-Z][a-z]+\s"
    r"(?:Union|Organi[sz]ation|Group|Council|Community|Treaty|Forum)\b))",  # not "a member of the CSTO"; "... in Astana"
    words=("member", "observer", "dialogue partner"))
# "since India and Pakistan joined the Eurasian security bloc", "were admitted to the SCO": the subjects became members
JOINED_ORGANISATION = Gated(
    r"\b(?:joined|joins|acceded\sto|(?:was|were|had\sbeen|have\sbeen)\sadmitted\s(?:to|into))\s(?:the\s)?"
    r"(?:[A-Z][a-z]+(?:-[a-z]+)?\s|[a-z]+\s){0,3}?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation|bloc|grouping|organi[sz]ation)\b(?!\sas\b)"
    r"|\bjoined\s(?=at\s(?:the\s)?(?:[A-Z][a-z]+\s)?(?:SCO\s)?summit\b)"  # "Belarus joined at the Astana summit in 2024"
    # "India and Pakistan joined in 2017 at a summit in Astana"
    r"|\bjoined\s(?=in\s(?:19|20)\d\d\sat\s(?:the\s|a\s)?(?:[A-Z][a-z]+\s)?(?:SCO\s)?summit\b)"
    r"|\bjoined\s(?=in\s(?:19|20)\d\d\b(?!\s(?:talks|meetings?|sessions?)))"  # "Iran joined in 2023"
    r"|\b(?:was|were)\sadmitted\s(?=at\s|in\s\d|during\s)",
    words=("join", "acceded", "admitted"))
# "The organization was proclaimed in June 2001, when Uzbekistan joined China, Russia, ...": the founders
FOUNDED_WHEN_JOINED = Gated(r"\b(?:organi[sz]ation|SCO|group|grouping|bloc)\s(?:was|were)\s(?:proclaimed|founded|established|"
                            r"created|set\sup|formed)\b[^.;]*?\b(?P<state>[A-Z][a-z]+)\sjoined\s(?=[A-Z])",
                            words=("joined",))
# "Erdogan, whose country is a dialogue partner of the bloc": the status of the person's state
WHOSE_COUNTRY = Gated(r",\swhose\s(?:country|state|nation)\s(?:is|has\sbeen)\s(?:also\s)?(?:an?\s|the\s|one\sof\s(?:the\s)?(?:\w+\s)?)?(?:SCO\s)?"
                      r"(?P<kind>member(?:\sstate)?|observer(?:\sstate)?|dialogue\spartner)s?\b"
                      r"(?:\s(?:of\s(?:the\s)?(?:SCO|bloc|organi[sz]ation)\s)?along\swith\s(?P<others>[^.;]+))?", words=("whose",))
# "nine member states - China, India, ...", "Its eight member states are India, ...", "observer states, Afghanistan, ..."
KIND_THEN_LIST = Gated(
    r"\b(?P<kind>[Mm]ember\sstates|[Mm]ember\scountries|[Oo]bserver\sstates|[Oo]bservers|[Dd]ialogue\spartners"
    # "its members: A, B", "and its six members - A, B - signed", "the SCO, whose members are A, B"
    r"|(?<=[Ii]ts\s)(?:full\s)?members|(?<=whose\s)(?:full\s)?members(?=\sare\s)"
    r"|(?<=[Ii]ts\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:full\s)?members"
    r"(?=\s(?:--|[-\u2013\u2014])\s)"
    r"|(?<=admitted\snew\s)members|(?<=admitting\snew\s)members"
    r"|(?<='s\s)(?:full\s)?members|(?<=\shave\s)observer\sstatus(?=:)|(?<=\shas\s)observer\sstatus(?=:)"
    # "has six full members - A, B", "now counts eight members -- A, B"
    r"|(?<=\s(?:has|had)\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:full\s)?members"
    r"|(?<=\scounts\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:full\s)?members"
    r"(?=\s?(?:--|[-\u2013\u2014:]))"
    # "The SCO's eight members are A, B", "The eight members of the organization - A, B -", "The six member nations -- A"
    r"|(?<='s\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:full\s)?members"
    r"|(?<=[Tt]he\s)(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:SCO\s)?(?:full\s)?(?:members|member\s(?:nations|states|countries))"
    r"(?=\s(?:of\s|are\s|--|[-\u2013\u2014]\s))"
    # "the six founding members - A, B -", "the founding members (A, B)"
    r"|(?<=[Tt]he\s)(?:(?:five|six)\s)?(?:founding|original)\smembers(?=\s(?:--|[-\u2013\u2014]|\()\s?)"
    # a line of a fact sheet: "Members of the SCO are A, B", "Observers (4) ...... A, B", "Dialogue partners: A, B"
    # (or an item of a bulleted list, which reading joined with "; ")
    r"|(?:^|(?<=;\s))(?:Full\s)?(?:Members|Member\sstates|Observers|Observer\sstates|Dialogue\spartners)"
    r"(?:\s\(\d{1,2}\))?"
    r"(?=\s?\.{2,}|\s\|\s|:|\sof\s))"
    r"(?:\s(?:of|in)\s(?:the\s)?(?:SCO|organi[sz]ation|bloc|grouping|Shanghai\sCooperation\sOrgani[sz]ation(?:\s\(SCO\))?))?"
    r"(?:\s?\.{2,}\s|\s\|\s|\s(?:are|were|include|including|comprise)\s|\s?(?:--|[-:\u2013\u2014])\s|[-\u2013\u2014](?=[A-Z])|,\s(?:namely\s|including\s)?|\s\((?=[A-Z])|"
    r"\s(?=[A-Z]))",  # "(Belarus, China, ...)", "four observer states, namely A, B"
    words=("member states", "member countries", "member nations", "observer", "dialogue partners", "members", "Member states",
           "Member countries", "Observer", "Members", "Dialogue partners"))
LIST_SEPARATOR = re.compile(r"(?:[,;]\s(?:and\s)?|\sand\s|\s?[-\u2013\u2014]\s|\sas\swell\sas\s)(?:now\s)?(?:the\s)?")
# "The eight-member bloc comprises China, Russia, India and Pakistan", "China, one of the founding members of the SCO"
# "The organisation was founded in Shanghai in 2001 by China, Russia, ...": the founders are members
# "The SCO was established in 2001 and currently includes China, India, ...", "The six-member SCO - China, Russia,
# ... - was set up in 2001": its members
FOUNDED_BY = Gated(r"\b(?:was|were)\s(?:founded|established|set\sup|created)\b[^.;]{0,40}?\bby\s(?:the\s)?"
                   r"(?:(?:presidents|leaders|heads\sof\sstate)\sof\s(?:the\s)?)?", words=("by",))
COMPRISES = Gated(r"(?:^It(?=\s(?:now\s|currently\s)?(?:comprises|consists|includes|groups|brings|unites|is))|"
                  # "The new six-member body groups China, Russia, ..."
                  r"\b(?:SCO|bloc|[Oo]rgani[sz]ation|grouping|group|\w+-(?:member|nation)\sbody))"
                  r"(?:,\s(?:which|that)\s(?:was|is)\s[^,;]{1,40},"
                  r"|,\s(?:which|that)|,\s(?:set\sup|founded|created|established)"
                  r"\s[^,;]{1,30},|\swas\s(?:set\sup|founded|created|established)\s[^,;.]{1,30}?\sand)?\s(?:now\s|currently\s)?"
                  r"(?:comprises|consists\sof|includes|groups|brings\stogether|unites|counts|numbers|is\s(?:now\s)?made\sup\sof|"
                  r"is\s(?:now\s)?(?:composed\sof|integrated\sby|formed\sby))\s"  # "is integrated by": a translation's
                  r"(?:(?:\w+|\d+)\s(?i:(?:full\s)?member(?:s|\s(?:states|countries|nations))|countries|states|nations)"
                  r"(?::|,\s(?:namely|that\sis|i\.e\.)|\s(?:--|[-\u2013\u2014]))?\s)?"  # "eight member states, namely A, B"
                  r"|\b(?:SCO|bloc|[Oo]rgani[sz]ation|grouping)(?:,\s[^,;]{1,40},)?\s(?:now\s|currently\s)?has\s"
                  r"(?:\w+|\d+)\s"
                  r"(?:full\s)?(?i:member(?:s|\s(?:states|countries|nations)))(?::|\s[-\u2013\u2014]{1,2})\s(?:the\s)?"
                  r"|\b\w+-(?:member|nation)\s(?:SCO|bloc|grouping|group|organi[sz]ation|club)"
                  r"\s(?:[\u2013\u2014-]\s|\(|of\s)",
                  words=("comprises", "consists of", "includes", "groups", "brings together", "unites", "made up of",
                         "composed of", "integrated by", "formed by", "has", "counts", "numbers", "-member", "-nation"))
# "India and Pakistan became full members of the SCO, joining China, Russia, ... in the grouping": those joined are members
JOINING_MEMBERS = Gated(r"\b(?:became|become|becomes|becoming|(?:was|were)\s(?:admitted|accepted)\sas)\s[^.;]{0,50}?\bmembers?\b"
                        r"[^.;]{0,60}?,\sjoining\s(?:the\s)?(?:(?:six|seven|eight|nine|founding|existing|other|current)\s)*"
                        r"(?:members?\s(?:states\s)?)?", words=("joining",))
# "with Iran, Belarus and Mongolia holding observer status", "has A, B and C as its full members": the list comes
# first, its status after
LIST_THEN_KIND = Gated(r"\s(?:holding|having|with|(?:has|have|had)\sheld)\s(?P<kind>observer|dialogue\spartner)\sstatus\b"
                       r"|\s(?:have|has|had|hold|holds)(?:\sheld)?\s(?:the\s)?status\sof\s(?:an?\s)?(?:SCO\s)?"
                       r"(?P<kind3>observers?|dialogue\spartners?)\b"
                       r"|\s(?:(?:were|was|have\sbeen|had\sbeen|attended|took\spart|participated"
                       # "have sat in on SCO summits as observers"
                       r"|(?:have\s|has\s)?sat\sin(?:\son\s[^,;.]{1,40}?)?)\s)?"
                       r"(?:as|made|named)\s(?:its\s)?(?:full\s)?(?:SCO\s)?"
                       r"(?P<kind2>members|observers|dialogue\spartners)\b"
                       # "the first summit that Belarus attends as an observer state"
                       r"|\s(?:attends|attended|participates)\sas\san?\s(?:SCO\s)?(?P<kind4>observer|dialogue\spartner)"
                       r"(?=\s(?:state|country)\b)"
                       # "A, B and C joined Mongolia as observers"
                       r"|\sjoined\s(?:[A-Z][a-z]+(?:,\s|\sand\s)?){1,4}\sas\s(?:SCO\s)?"
                       r"(?P<kind5>members|observers|dialogue\spartners)\b",
                       words=("status", " as ", " made ", " named "))
FOUNDING_MEMBER = Gated(r"(?:,\s(?:[^,;]{0,40}\sand\s)?(?:as\s)?|\s(?:is|was|are|were)\s)one\sof\sthe\s(?:\w+\s)?(?:founding|original)\smembers\b",
                        words=("founding members", "original members"))
LIST_GAP_START = re.compile(r"(?:the\s)?")
LIST_GAP_END = re.compile(r"\)?\s?(?:[-\u2013\u2014,]\s?)?(?:(?:now|currently|also|officially|formally|all)\s)*")  # "(A and B) have"
RELATIVE = re.compile(r"\s*(?:whose\s(?:country|nation)|which|that)\b")
# "Mongolia, an observer state of the SCO", "President Ilham Aliyev of Azerbaijan, an SCO dialogue partner"
APPOSITIVE_STATUS = Gated(
    r",\s(?:(?:currently|now|still|already|also|nominally|formally)\s)?(?:an?\s|the\s|(?P<all>both|all)\s)?"
    r"(?:SCO's\s)?(?:(?:first|second|third|fourth|"
    r"fifth|sixth|new|newest|latest|other)\s)?(?:SCO\s)?"
    r"(?P<kind>member\sstates?|member(?=,)|[Oo]bservers?(?:\sstates)?|observer\sstate|"
    r"dialogue\spartners?)"  # "Pakistan, also a member, ..."
    r"(?:\s(?:of|in)\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation))?\b(?!\sat\b)",
    words=("member", "observer", "Observer", "dialogue partner"))
# "Pakistan, one of the four observer states along with India, Iran and Mongolia", "Iran is currently one of the SCO's
# four observer states, together with A, B and C": the state before and the others
ONE_OF_THE_KIND = Gated(r"(?:,\s|\s(?:is|was|remains)\s(?:currently\s|now\s|still\s)?)one\sof\s(?:the\s)?"
                        r"(?:SCO's\s|its\s)?"
                        r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s"
                        r"(?P<kind>observer\sstates|observers|member\sstates|dialogue\spartners)"
                        r"(?:\sof\s(?:the\s)?SCO)?"
                        r"(?:,?\s(?:along|together)\swith\s)?", words=("one of",))
_OF_SCO = r"(?:SCO(?:'s)?\s|organi[sz]ation's\s|bloc's\s|grouping's\s|group's\s|its\s)?"
# (not "took over the chairmanship of the Council" of heads of government: a council's chair, not the SCO's)
_NOT_OF_A_COUNCIL = rf"(?!\sof\s(?:the\s)?(?:Council|CHG|CFM|[Hh]eads\sof|{SCO_BODY}))"
HANDOVER = Gated(rf"\b(?:handed(?:\sover)?|passed|transferred)\sthe\s{_OF_SCO}(?:rotating\s)?"
                 rf"(?:chair(?:manship)?|presidency)\b{_NOT_OF_A_COUNCIL}[^.;]*?\sto\s(?:the\s)?(?P<to>[A-Z][a-z]+)|"
                 r"\b(?:[Rr]otating\s)?(?:[Cc]hair(?:manship)?|[Pp]residency)"
                 r"(?:\s(?:of|in)\s(?:the\s)?(?:SCO|[Oo]rgani[sz]ation|bloc))?"
                 r"(?:\sfor\sthe\scoming\speriod)?\s(?:passed|went|was\shanded\sover|was\stransferred)\s"
                 r"(?:from\s[A-Z][a-z]+\s)?to\s(?:the\s)?(?P<to2>[A-Z][a-z]+)"
                 rf"|\b(?P<to3>[A-Z][a-z]+)(?:,\s(?:which|that))?\s(?:took\sover|assumed|has\staken\sover)\sthe\s{_OF_SCO}(?:rotating\s)?"
                 rf"(?:chair(?:manship)?|presidency)\b{_NOT_OF_A_COUNCIL}",
                 words=("chair", "presidency", "Chair", "Presidency"))
# "Kyrgyzstan, which holds the SCO presidency", "hosted by Russia as the current chair of the grouping"
PRESIDENCY = Gated(rf"\brotating\s(?:SCO\s)?(?:chair(?:manship)?|presidency)\b|\b(?:holds?|holding|has\sheld|currently\sholds)\s(?:the\s)?"
                   rf"(?:rotating\s)?{_OF_SCO}(?:chairmanship|presidency)\b|\bas\s(?:the\s)?{_OF_SCO}current\s(?:chair|president)\b"
                   r"|\b(?:currently\s)?(?:chairs|presides\sover)\sthe\s(?:SCO|organi[sz]ation|bloc|grouping|Shanghai\sCooperation\sOrgani[sz]ation)\b"
    r"|\b(?:chairmanship|presidency)\sof\s(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\sin\sthe\s(?:SCO|[Oo]rgani[sz]ation)\b",
                   re.I, words=("rotating", "chairmanship", "presidency", "current chair", "current president", "chairs the",
                                "presides over"))
# An item of a timeline: "* 29 March, New Delhi - The 18th Meeting of ...", "4-5 May, Goa - The Council of ...": the
# day and place of the meeting the item goes on to name
TIMELINE_ITEM = re.compile(r"(?:[A-Z]{3,}:\s)?(?:[*\u2022-]{1,2}\s)?(?P<date>\d{1,2}(?:-\d{1,2})?\s[A-Z][a-z]+(?:\s(?:19|20)\d\d)?|[A-Z][a-z]+\.?\s"
                           r"\d{1,2}(?:-\d{1,2})?(?:,\s(?:19|20)\d\d)?)"
                           r"(?:,\s(?P<place>(?:St\.\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
                           r"(?:\s[-\u2013\u2014]|:)\s")  # "* 28 April, New Delhi - The ...", "20-21 April 2017 - Meeting"
# Ways news says people were at the meeting, read both as a participation trigger (PARTICIPATE) and as a pointer to
# the article's meeting (ATTEND): "Pakistan's delegation was led by X", "Also in the hall were", "Chinese, Indian and
# Kazakh leaders met", "arrived as observer countries", "X was there", "It brought together"
# "The UN Secretary-General sent a video address": there, by video
VIDEO_ADDRESS = r"\b(?:sent|delivered|gave)\sa\s(?:recorded\s)?video\s(?:address|message|speech|statement)\b"
_PRESENT_IN_OTHER_WORDS = (r"^Among\sthem\s(?:were|was)\b|^Present\sat\s(?:the\s)?(?:[\w-]+\s){0,3}?(?:meeting|summit|session|talks|event|"
                           r"gathering|ceremony)\s(?:were|was)\b"
                           r"|\b(?:were|was)\s(?:also\s)?represented(?:\s(?:at|in)\b|(?=[,;.]|$))"
                           r"|delegations?(?:\s(?:from|of)\s[^.;]{1,120}?)?\s(?:was|were|is|are)\s(?:led|headed)\sby"
                           # "In the hall were A, B", "In the hall: A, B"
                           r"|in\sthe\s(?:hall|room)\s(?:were|was)|^In\sthe\s(?:hall|room)(?=\s?:)"
                           # "The presidents of A and B were in the Tajik capital in person"
                           r"|\b(?:were|was)\sin\s(?:the\s[A-Z][a-z]+\scapital|[A-Z][a-z]+)\sin\sperson\b"
                           r"|(?:leaders|presidents|heads\sof\sstate)"
                           r"(?:\sof\sthe\s(?:\w+\s){0,2}(?:states|countries|nations))?"
                           r"(?:\s(?:first|then|later|also))?\s(?:met|gathered)"
                           r"|arrived\sas|came\sas|sat\sin\son|sat\s(?:between|next\sto|beside|alongside)\s(?=[A-Z])|(?:was|were)\sthere|[Tt]hose\s(?:present|attending|taking\spart)\b|(?:was|were)\saddressed\sby"
                           r"|^It\s(?:also\s)?(?:brought|brings)\stogether"  # "It brought together": the meeting did
                           # "From the observer states came A, B and C", "X was also in the hall"
                           r"|^From\sthe\s[^,;]{3,60}?\scame\b|(?:was|were)\s(?:also\s|all\s)?in\sthe\s(?:hall|room)\b"
                           # "From the observer side there were the Prime Minister of Belarus, X, and ..."
                           r"|\bthere\s(?:were|was)\s(?:also\s)?(?-i:(?=the\s[A-Z]|[A-Z]))"
                           # "Also at the summit were A, B and C", "Xi was flanked by A and B"
                           r"|^(?:Also\s)?at\sthe\s(?:[\w-]+\s){0,2}?(?:summit|meeting|session|gathering|talks|table)\s(?:were|was)\b"
                           r"|\b(?:was|were|sat)\sflanked\sby\b"
                           # "Alongside the six presidents sat A, B and C", "X was invited by the Tajik hosts"
                           r"|^(?:Alongside|Beside|Next\sto)\s[^,;]{3,60}?\ssat\b"
                           r"|\b(?:was|were)\sinvited\sby\sthe\s(?:[A-Z][a-z]+\s)?hosts?\b"
                           # "The table included A", "Other ministers at the SCO meeting included B",
                           # "Guests of the host included C", "The six founders were all present: ..."
                           r"|\b(?:table|line-?up)\s(?:included|featured)\b"
                           r"|\b(?:ministers|leaders|delegates|participants|guests|attendees)\s(?:at|in)\sthe\s"
                           r"(?:[\w-]+\s){0,3}?(?:meeting|summit|session|talks|gathering|council)\s(?:included|were)\b"
                           r"|\bguests\sof\s(?:the\s)?(?:host|chair)(?:ing)?(?:\s(?:country|state|nation))?"
                           r"\s(?:were|included)\b"
                           r"|\b(?:were|was)\sall\spresent\b"
                           # "A and B were at the summit as guests"
                           r"|\b(?:were|was)\s(?:also\s)?at\sthe\s(?:[\w-]+\s){0,2}?"
                           r"(?:summit|meeting|session|gathering|talks|ceremony)\b"
                           # "A, B and C pose before the summit", "X and Y have also turned up",
                           # "Kazakhstan's delegation also included X"
                           r"|\bpos(?:e|es|ed|ing)\s(?:for\s(?:a|the)\s(?:family|group|official)\s(?:photo|picture)|"
                           r"before\sthe\s(?:[\w-]+\s){0,2}?(?:summit|meeting|session|talks))\b"
                           r"|\bturn(?:ed|s)?\sup\b(?=\s?[.,;]|\s?$|\s(?:in|at|for)\s)"
                           r"|\bdelegations?\s(?:also\s)?included\b|\bamong\sthe\sspeakers\b"
                           # "A and B took their seats as full members", "C and D were invited as guests of the host",
                           # "X, Y and Z delivered their speeches via video link"
                           r"|\btook\s(?:their|his|her)\s(?:seats?|places?)\b"
                           r"|\b(?:was|were)\sinvited\sas\s(?:an?\s)?(?:guests?|observers?)\b"
                           r"|\bdelivered\s(?:their|his|her)\s(?:speech(?:es)?|addresses|address|remarks)\b"
                           rf"|{VIDEO_ADDRESS}"
                           # "The host greeted Premier X at the entrance of the centre": X came to the meeting
                           r"|\b(?:greet(?:ed|s)|welcome[ds]|receive[ds])\s(?-i:[A-Z])[^.;]{0,80}?\sat\sthe\s"
                           r"(?:entrance|venue|red\scarpet|steps|doors?)\b"
                           # "Alexander Lukashenko - in person" (a card's line)
                           r"|(?<=\s[-\u2013\u2014]\s)in\sperson\b"
                           # "The documents were signed by A, B": they were there
                           r"|\b(?:were|was)\s(?:also\s)?signed\sby\b"
                           # "Also on the table: A, B and C", "Also seated: X"
                           r"|^(?:Also\s)?(?:(?:on|at|around)\sthe\stable|seated|present|attending|in\sattendance)(?=:)"
                           # "X delivered opening remarks", "Y flew in for the meeting"
                           r"|\b(?:delivered|gave|made)\s(?:the\s)?(?:opening|welcoming|closing|keynote)\s(?:remarks|speech|address)\b"
                           r"|\bflew\sin\sfor\b"
                           # "The heads of state came in the following order: A, B", "X and Y sat at our table"
                           r"|\b(?:came|arrived|entered)\sin\sthe\sfollowing\sorder\b|\bsat\sat\s(?:our|their)\stable\b"
                           # "Also connected by video link were the foreign ministers of A, B and C"
                           r"|^(?:Also\s)?connected\s(?:by|via)\svideo[\w-]*(?:\s(?:link|conference))?\s(?:were|was)\b"
                           # "sat down for talks in narrow format with A, B and C": a session of the meeting
                           r"|\b(?:talks|meeting|session)\s(?:in|at)\s(?:the\s|a\s)?"
                           r"(?:narrow|restricted|limited|extended|expanded|enlarged)"
                           r"(?:-format|\sformat|\scomposition)\swith\b"
                           # "The SCO was set up at a summit in Shanghai in 2001 by the presidents of A, B and C"
                           r"|\b(?:founded|set\sup|established|created|proclaimed|launched|formed)\s"
                           r"(?:at\s[^.;]{0,60}?\s)?by\s(?:the\s)?(?:presidents|leaders|heads\sof\sstate)"
                           r"\s(?:of|from)\b")
# Who came, told as a list or a standing count: shared by PARTICIPATE (which proposes attendance) and ATTEND (which
# tells whether a sentence speaks of attendance at all)
_GUESTS_LISTED = (r"^So\s(?:did|were)\b|\b(?:(?:[Rr]epresentatives|[Gg]uest\smembers|[Gg]uests|[Dd]elegations)\b"
                  r"[^.:;]{0,60}\bincluded:|[Aa]ttendees\s(?:included|were)\b"
                  r"|(?:[A-Z][a-z]+'s|the\shost's|his|her|its)\sguests\s"
                  r"(?:were|included)\b|(?:with|saw)\sthe\sparticipation\sof(?=\s(?:the\s)?(?:high\s|heads\s|leaders\s|"
                  r"representatives\s|delegations\s|SCO\s(?:Secretary|Deputy)|(?!SCO|Eurasian)[A-Z][a-z])))")
# "Kyrgyzstan sent Chairman of the Cabinet X", "India sent only its oil minister": someone sent in a state's name
_SENT_SOMEONE = (r"(?:only\s|just\s)?(?-i:(?=(?:its|his|her|their)\s[a-z]|(?:its|their)\s[A-Z]|"
                 # "sent Petroleum and Natural Gas Minister Murli Deora"
                 r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:\s(?:and|&)\s[A-Z][a-z]+)?\s(?:of\s(?:the\s)?)?[A-Z]"
                 r"|(?:first\s)?(?:deputy|vice)\s[a-z]"
                 # "Mongolia also sent a delegation"
                 r"|an?\s(?:[\w-]+\s)?delegation\b"
                 # "India and Pakistan sent lower-ranking delegations"
                 r"|(?:lower|higher|junior|senior|low|high)[\w-]*\s(?:level\s)?"
                 r"(?:delegations?|officials?|ministers?)))")
# "X has arrived.", "X and Y landed. Both were met by ...", "landed at Samarkand International Airport": an arrival
# that names no other place, in a live page or a gallery of the meeting's arrivals
ARRIVED_BARE = (r"(?:has|have|had)\s(?:just\s|already\s)?(?:arrived|landed)\b(?!\s(?:in|at|on|to|from|for|with)\s)"
                r"|(?:arrived|landed|touched\sdown)(?=\s?[.;]|\s?$|\swithin\b|\sshortly\b|\searlier\b|\slast\snight\b"
                r"|\sthis\s(?:morning|afternoon|evening)\b"
                r"|\sby\s(?:the\s)?(?:evening|nightfall|night|morning|noon|midday)\b"
                r"|\son\s[A-Z][a-z]+day(?=\s?[.;]|\s?$)"  # "Modi landed on Saturday."
                # "X landed first, on Sunday afternoon", "Y arrived later that night."
                r"|\s(?:first|last|later(?:\sthat\s(?:night|day|evening))?|that\s(?:night|evening|morning|afternoon))"
                r"(?=[.,;]|$)|\sa\s(?:little|bit)\slater\b|\sfrom\sa\s(?:state|official|working)\svisit\b)"
                # "X was the last of the heads of state to arrive", "A was greeted first", "and B came last"
                r"|\bthe\s(?:last|first)\sof\sthe\s(?:heads\sof\s(?:state|government)|leaders|presidents|"
                r"prime\sministers|guests|delegations)\sto\sarrive\b|\bwas\sgreeted\s(?:first|last)\b"
                r"|\bcame\s(?:first|last)\b"
                rf"|landed\sat\s(?P<airport>{PLACE_NAME})\s(?:International\s)?[Aa]irport\b"
                r"|flew\sin\sfrom\b")  # "X flew in from Moscow, Y from Beijing": no other place than the meeting's
PARTICIPATE = Gated(
    rf"{_GUESTS_LISTED}|{ARRIVED_BARE}|\b(?:(?:attend(?:ed|s|ing)?|joined|join(?:s|ing)?|participat(?:ed|es|ing)|"
    r"took\spart|takes\spart|(?<!\bto\s)(?<!\bnot\s)(?<!n't\s)(?<!\bwould\s)take\spart|"
    r"taking\spart|hosted|chaired|"
    r"(?:were|was|are|is)\s(?:also\s)?present|represented\sby|(?:has|have|had)\staken\spart)\b"
    r"|(?:address|speech|remarks)\s(?:at|to)\b|addressed\s(?:the|their|his|her|an?)\s(?:\w+\s){0,2}(?:meeting|summit|"
    r"participants|delegations|gathering|session|event|leaders|moot|conference|forum|ministers|colleagues|counterparts|"
    r"contact\sgroup|council)\b"
    r"|(?:was|were)\sopened\sby\b|(?:was|were)\sinvited\sto\s(?:the\s)?(?:[\w-]+\s)?(?:session|summit|meeting)\sas\s"
    r"(?:a\s|an\s)?(?:guests?|observers?)\b"  # "The meeting was opened by X", "X was invited to the session as a guest"
    r"|in\sattendance\b|among\sthe\s(?:participants|attendees|ministers|leaders|delegates|heads|guests|invitees)\b|"
    r"among\sthose\s(?:present|attending|taking\spart|in\sattendance)\b|seated\s(?:around|at)\b|joined\sby\b"
    r"|(?:leaders|heads\sof\s(?:state|government)|ministers|delegations)\spresent\b|present\s(?:were|was)\b"
    r"|took\sseats?\b|(?:a?round|at)\s(?:the|that)\s(?:same\s)?(?:long\s|round\s)?table\b"
    r"|(?:completed|rounded\sout)\sthe\s(?:table|line-?up|picture)\b|came\sto\b|(?:arrived|touched\sdown|landed)\sin\b"
    r"|arrived\sat\sthe\b|(?:flew|travell?ed)\s(?:in)?to\b|flew\sin\sto\b|heads\sof\s(?:the\s)?delegations?\b"
    r"|(?:present|attending)\s(?:included|were)\b|list\sof\s(?:the\s)?participants\b"
    r"|(?:led|headed)\s(?:the\s|his\s|her\s|a\s|their\s)?(?:[\w'’-]+\s){0,3}?delegations?\b|represented\s(?=[A-Z])|participants\s(?:included|were)\b"
    r"|(?:meeting|summit|gathering|session|event|conference|moot|talks)"  # "the summit in Tashkent on June 17, which"
    r"(?:\s(?:on|in)\s(?:[A-Z][a-z]+\.?|\d{1,2})(?:\s(?:\d{1,2}|[A-Z][a-z]+))?(?:,?\s(?:19|20)\d\d)?){0,2}"
    r"(?:\sat\sthe(?:\s[A-Z][\w'-]+){1,5})?"  # "The session at the Xijiao State Guest Hotel brought together"
    # "The meeting, held under the chairmanship of X, also brought together"
    r"(?:,\s(?:which|that|held|chaired|co-chaired|hosted|presided|opened|organi[sz]ed)(?:\s[^,;.]{1,80}?,)?)?"
    # "The meeting took place in the ministry's building and brought together"
    r"(?:\s(?:took\splace|was\sheld|opened|convened)\b[^,;.]{0,80}?\sand)?"
    r"\s(?:has\s|had\s)?(?:also\s)?"
    r"(?:brought|brings|bringing)\stogether\b"
    rf"|(?:{_PRESENT_IN_OTHER_WORDS})\b"
    rf"|came\s(?:to\s(?:[A-Z][a-z'-]+\s){{1,2}})?in\sperson\b|(?:sent|sending)\s{_SENT_SOMEONE})",
    re.I, word_start=True,
    words=("so did", "included:", "opened by", "invited to", "invited by", "alongside", "beside", "next to",
           "to arrive", "was greeted", "guests were", "signed by",
           "long table", "same table",
           "round table", "that table", "our table", "their table", "following order",
           "the picture",
           "guests included", "participation of", "attend", "join", "particip",
           "took part", "take part", "takes part", "taking part", "taken part", "hosted", "chaired", "present",
           "address",
           "speech", "remarks", "represented by", "seated", "present", "took seat", "came to", "arrived",
           "touched down", "landed", "flew", "travelled to", "traveled to",
           "delegations", "list of", "delegation", "represented", "participants", "the table", "line-up", "lineup", "in person", "sent", "sending", "together", "in the hall", "in the room", "leaders met",
           "presidents met", "state met", "leaders gathered", "presidents gathered", "state gathered", "arrived as",
           "states met", "countries met", "came as", "sat in on", "sat between", "sat next to", "sat beside", "sat alongside", "addressed by", "among the", "nations met", "states gathered", "countries gathered",
           "so were", "was there", "were there", "there were", "there was", "also at the", "at the summit", "at the meeting", "at the session", "at the gathering",
           "at the talks", "at the table", "at the ceremony", "was at the", "were at the", "pose", "turned up",
           "took their", "took his", "took her", "invited as", "delivered their", "delivered his", "delivered her",
           "video address", "video message", "video speech", "video statement",
           "turns up", "turn up", "entrance", "venue",
           "red carpet", "the steps", "the door", "flanked by", "opening", "welcoming", "closing", "keynote",
           "flew in for",
           "came", "in the hall", "in the room", "included", "featured", "guests of", "ministers at", "ministers in",
           "format with", "composition with", "connected", "first met", "then met", "later met", "also met",
           "first gathered",
           "by the presidents", "by the leaders", "by the heads", "by presidents",
           "by leaders", "by heads",
           "leaders at", "leaders in", "delegates at", "delegates in", "guests at", "guests in"))
# Who spoke at the meeting, or came for it: "A, B and C also spoke at the meeting", "X told the summit", "X addressed
# Thursday's summit", "Guterres is among those addressing the session", "Modi came for the summit"; its speakers are
# the people named before it (and after "Speaking at the session," or ", as did")
SPOKE_TO = Gated(r"\b(?:spoke|speaks|[Ss]peaking)\s(?:at|to|before)\s(?:the\s)?(?:\"?[\w'-]+\"?\s){0,3}?(?:meeting|summit|session|gathering|"
                 r"council|forum|conference|moot|plenary)\b|\b(?:told|telling|reported\sto)\s(?:the\s)?(?:SCO\s)?"
                 r"(?:heads\sof\s(?:state|government)\s)?"
                 r"(?:\"?[\w'-]+\"?\s){0,2}?(?:meeting|summit|session|council|"
                 r"gathering|moot|plenary|delegates|participants)\b"
                 r"|\b(?:told|telling)\s(?:his|her|their)\s(?:fellow\s)?(?:counterparts|colleagues|(?:fellow\s)?leaders)\b"
                 r"|\baddressed\s(?:it\b|[A-Z][a-z]+day's\s(?:\w+\s)?"
                 r"(?:meeting|summit|session))|\bamong\sthose\s(?:addressing|attending|present|taking\spart|speaking)\b"
                 r"|\bcame\sfor\sthe\s(?:[\w'-]+\s){0,3}?(?:meeting|summit|session|gathering|moot)\b"
                 r"|\baddresses\s(?:the|a)\s(?:[\w'-]+\s){0,3}?(?:meeting|summit|session|gathering|moot|plenary)\b"
                 # "A and B spoke for the observer states", "X made his first appearance at an SCO summit"
                 r"|\bspoke\s(?:for|on\sbehalf\sof)\sthe\s(?:observer|member|guest)\s(?:states|countries)\b"
                 r"|\b(?:made|making)\s(?:his|her|their)\s(?:first\s|debut\s)?appearances?\sat\s(?:an?|the)\s(?:SCO\s)?"
                 r"(?:meeting|summit|session|gathering)\b",
                 words=("spoke", "speaks", "peaking", "told", "telling", "reported to", "addressed", "addresses", "among those",
                        "came for", "appearance"))
# A photo caption that names who is in the picture: "(L-R) Kazakh President ..., ...", "From left: Karimov, Rahmon"
PHOTO_LINE = Gated(r"^(?:\[?(?:Photo|Caption)[^\]:]*[\]:]\s)?(?:\((?:L-R|R-L|[Ff]rom\sleft)\)|From\sleft(?:\sto\sright)?:?|"
                   r"Left\sto\sright:?)\s|\bpose[sd]?\sfor\s(?:a|the)\s(?:\w+\s){0,2}photo"
                   # "Family photo of the leaders on the terrace: A, B", "Also in the frame: A, B"
                   r"|^(?:The\s)?[Ff]amily\sphoto\b[^:.;]{0,80}:\s|^Also\sin\sthe\s(?:frame|picture|photo)\s?:\s"
                   # "[Photo: A, B and C at the family photo session of the SCO summit]"
                   r"|^\[?(?:Photo|Caption)[^\]:]*[\]:]\s[^.;]{5,200}?\sat\sthe\s(?:family|group|official)\sphoto",
                   words=("L-R", "R-L", "rom left", "Left to right", "pose", "amily photo", "Also in the"))
# "SCO observer states: Prime Minister of Mongolia ...": a list of participants headed by their status
STATUS_HEADING = re.compile(r"(?:[-*\u2022\u2013]\s)?"  # a lone bullet before it
                            r"(?:(?:(?:Heads|Leaders|Representatives|Delegations)\sof\s|(?:For|From)\s)?(?:the\s)?"
                            r"(?:SCO\s)?"
                            r"(?:member|observer|dialogue\spartner|guest)\s(?:states?|countr(?:y|ies))\b[^:;.]{0,40}:"
                            # "Observer state:", "Dialogue partner:", "Permanent bodies:" over a protocol list's part
                            r"|(?:Observers?|Dialogue\spartners?|Guests?|Permanent\sbod(?:y|ies)"
                            r"|International\sorgani[sz]ations?):"
                            # "Participants: A (China), B (Russia)", "Heads of observer delegations: ..."
                            r"|(?:(?:Other\sp|P)articipants|Attendees|Attended\sby|(?:Heads\sof\s)?(?:the\s)?"
                            r"(?:(?:member|observer|guest)\s)?"
                            r"delegations)\b[^:;.]{0,30}:"
                            # "Who came: A, President of X; B, ...", "WHO'S IN TOWN: ..."
                            r"|Who\s(?:came|attended)\b[^:;.]{0,20}:|Who(?:'s|\u2019s|\sis)\sin\stown:)",
                            re.I)
ATTEND = re.compile(rf"{_GUESTS_LISTED}|\b(?:attend(?:ed|s|ing)?|joined|joins|joining|participat(?:ed|ing|es)|"
                    r"took\spart|taking\spart|takes?\spart|in\sattendance|(?:was|were)\sopened\sby|"
                    r"(?:a?round|at)\s(?:the|that)\s(?:same\s)?(?:long\s|round\s)?table|"
                    r"(?:completed|rounded\sout)\sthe\s(?:table|line-?up|picture)|"
                    r"addressed|represented\sby|(?:were|was|are|is)\s(?:also\s)?present|"
                    r"among\sthe\s(?:participants|attendees|ministers|leaders|delegates|heads|guests|invitees)|"
                    r"seated\s(?:around|at)|present\s(?:were|was)|"
                    r"heads\sof\s(?:the\s)?delegations?|(?:present|attending)\s(?:included|were)|list\sof\s(?:the\s)?participants|(?:led|headed)\s(?:the\s|his\s|her\s|a\s|their\s)?"
                    r"(?:[\w'\u2019-]+\s){0,3}?delegations?|represented\s(?=[A-Z])|participants\s(?:included|were)|"
                    r"came\s(?:to\s(?:[A-Z][a-z'-]+\s){1,2})?in\sperson"
                    rf"|{_PRESENT_IN_OTHER_WORDS}|sent\s{_SENT_SOMEONE})\b", re.I)
# "<Name> led the Pakistani delegation", "<Name>, who led the Indian delegation", "<Name> represented Iran": the state
# the person came for; "President Ali Bongo (Gabon)" in a list
# ("X, deputy head of the presidential administration, represented Belarus", "X on Tuesday represented Pakistan")
LED_FOR = re.compile(r"^(?:,\swho|,)?\s(?:led|headed)\s(?:the\s)?(?P<adj>[A-Z][a-z]+)\sdelegation\b"
                     r"|^(?:,\s[a-z][^,;()]{2,80},|\s(?:on\s)?[A-Z][a-z]+day|\s(?:today|yesterday|also))?"
                     r"\srepresented\s(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
                     r"|^\s\((?P<bracket>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")
# "Prime Minister X, representing President Y": X speaks for the state Y heads
STANDING_IN_FOR = re.compile(r",?\s(?:who\s(?:was\s)?)?(?:representing|represented|standing\sin\sfor|stood\sin\sfor|deputi[sz]ing\sfor|"
                             r"on\sbehalf\sof)\s(?:the\s)?")
# "All participants joined the meeting via videoconference": everyone at the meeting was remote
ALL_REMOTE = Gated(r"\b(?:all|the)\s(?:the\s)?(?:participants|leaders|delegations|heads\sof\s(?:state|government))\s"
                   r"(?:joined|attended|took\spart|participated)\b[^.;]*?(?:\bvia\s(?:a\s)?video|\bby\svideo|\bvirtually\b|\bonline\b)",
                   re.I, words=("video", "virtual", "online"))
# "Delegations of A, B and C, some of them via videoconference": not everyone of the list
PARTLY_REMOTE = re.compile(r"\b(?:some|several|a\sfew|one|two|three)\s(?:of\s(?:them|whom|these)\s)?"
                           r"(?:via|by|through|online|"
                           r"virtually)\b")
# "The meeting was held via videoconference", "held their eighth meeting via videoconference": everyone took part remotely
HELD_REMOTELY = Gated(r"\b(?:held|took\splace|conducted|convened|met|host(?:ed|ing|s))\s"
                      r"(?:(?:their|its|the|a|this\syear's)\s(?:[\w-]+\s){0,3}?(?:meeting|session|summit|conference)\s"
                      r"(?:of\s(?:the\s)?[\w'-]+(?:\s[\w'-]+)?\s)?)?"
                      # "is hosting this year's summit of the bloc's leaders by video link"
                      r"(?:via|by|through)\s(?:a\s)?video(?:\s?conference|\slink)"
                      r"|\bentirely\s(?:via|by|through)\s(?:a\s)?video(?:\s?conference|\slink)"
                      r"|\b(?:entirely|fully|wholly)\sonline\b",
                      re.I, words=("video", "online"))  # not "in a virtual format": the gold wants "via video"
# "India was represented by External Affairs Minister S. Jaishankar": the person came for that state
# "Turkey, a dialogue partner, was represented by", "The delegation of the Republic of Belarus, an observer state, headed by",
# "Pakistan's two-member delegation was led by"
REPRESENTED_BY = Gated(r"\b(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s[^,;]{1,90},)?\s(?:was|were)\srepresented(?:\s(?:at|in)\s(?:the\s)?"
                       r"(?:[a-z]+\s)?(?:summit|meeting|session|talks))?\sby\s"
                       r"|\b[Dd]elegation\sof\s(?:the\s)?(?:(?:Islamic|Kyrgyz|People's|Russian)\s)?(?:Republic\sof\s(?:the\s)?)?"
                       r"(?P<state2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s[^,;]{1,40},)?\s(?:was\s|is\s)?"
                       r"(?:headed|led)\sby\s"
                       r"|\b(?P<state3>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s(?:by\scontrast|for\sits\spart|in\sturn|meanwhile),)?"
                       r"\s(?:only\s|also\s)?sent\s(?:its\s|their\s)?(?=[A-Z])"
                       r"|\b[Tt]he\s(?P<adj>[A-Z][a-z]+)\s(?:side|delegation)\s(?:was\s|is\s)?(?:also\s)?"
                       r"(?:represented|headed|led)\sby\s"
                       r"|\b(?P<state4>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)'s\s(?:[\w-]+\s){0,2}delegation\s(?:was\s|is\s)?"
                       r"(?:headed|led)\sby\s",
                       words=("represented", "headed by", "led by", "sent"))
# "represented by Malik Ahmad Khan, Special Assistant to ...": a name the person patterns do not know, right after
NAME_REPRESENTING = re.compile(r"(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,3})(?=,\s|\s\(|\.|;|$|\s(?:who|at|in|as)\b)")
# "... represented by Additional Solicitor General Pinky Anand": a title the vocabulary lacks, then the name
TITLED_REPRESENTING = re.compile(r"(?P<title>(?:[A-Z][a-z]+\s){1,4})(?P<name>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){1,2})"
                                 r"(?=,\s|\s\(|\.|;|$|\s(?:who|at|in|as|and)\b)")
# "... was represented by X, and Azerbaijan by Y": read after REPRESENTED_BY, in the same sentence
# "..., China by a deputy procurator-general", "China's delegation is led by X, Kazakhstan's by Y and Kyrgyzstan's by Z"
REPRESENTED_TOO = re.compile(r"(?:[,;]\s(?:and\s)?|\sand\s)(?:the\s(?:State|Republic|Kingdom|Sultanate)\sof\s)?"
                             r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:'s)?(?:,\s[^,;]{1,40},)?\sby\s"
                             r"(?=[A-Z]|(?:an?|its|their)\s)")
# The people an article credits or quotes without a title: its byline's authors, contributors and editors, and the
# analysts it quotes ("By SERGEI KUDRIN", "Compiled by X; editing by Y", "said Irina Valkova, who follows ...",
# "Almaty-based analyst Marat Seitkali")
_CREDIT_NAME = r"(?:[A-Z][a-z]+|[A-Z]{2,})(?:[\s-](?:[A-Z]\.\s)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,})){1,2}"
_ROLE = (r"(?:analyst|expert|professor|researcher|fellow|scholar|economist|commentator|lecturer|spokes(?:person|man|woman)|"
         r"correspondent|editor|director|specialist)")
CREDITS = Gated(
    rf"^By:?\s(?:Dr\.?\s|Prof\.?\s)?(?P<name>{_CREDIT_NAME})(?:(?:,\s|\sand\s|\s&\s)(?P<name2>{_CREDIT_NAME}))?"
    r"(?=\s*(?:$|,|\||\sin\s[A-Z]|\s[-\u2013\u2014]))"
    rf"|\b(?:writers?|correspondents?|reporters?)\s(?P<name3>{_CREDIT_NAME})(?:\sin\s[A-Z][a-z]+)?\scontributed\b"
    rf"|\b(?:[Cc]ompiled|[Rr]eporting|[Ee]diting|[Ww]riting|[Aa]dditional\sreporting|[Aa]ssistance)\s(?:by|from)\s(?P<name4>{_CREDIT_NAME})"
    rf"|\((?:Editor|Editing|Reporting|Writing\sby)(?:\sby)?:?\s(?P<name5>{_CREDIT_NAME})\)"
    rf"|\b(?:said|says|according\sto)\s(?P<name6>{_CREDIT_NAME}),\s(?:who\s|(?:an?\s|the\s)?(?:[\w-]+\s){{0,3}}{_ROLE}\b)"
    rf"|\b{_ROLE}\s(?P<name7>{_CREDIT_NAME})\b",
    words=("By", "contributed", "ompiled by", "eporting by", "diting by", "riting by", "ssistance by", "ssistance from",
           "ompiled from", "eporting from", "diting from", "riting from",
           "Editor", "said", "says", "according", "analyst", "expert", "professor",
           "researcher", "fellow", "scholar", "economist", "commentator", "lecturer", "spokes", "correspondent", "editor",
           "director", "specialist"))
CREDIT_GROUPS = ("name", "name2", "name3", "name4", "name5", "name6", "name7")
# words of a byline that is a desk or a role, not a name ("By Our Special Correspondent", "By Web Desk")
CREDIT_NOT_NAMES = {"our", "staff", "reporter", "reporters", "correspondent", "special", "desk", "web", "writer", "senior",
                    "fellow", "diplomatic", "explainer", "policy", "dispatch", "times", "news", "agency", "bureau", "team",
                    "editor", "editorial", "online", "digital", "service", "report", "wire", "wires", "agencies", "the"}
OTHER_MEMBERS = re.compile(r"\b(?:other|fellow)\s(?:SCO\s)?member\s(?:states|countries)\b")
GROUP_SPLIT = re.compile(r";|\btogether with\b|\balong with\b|\bas well as\b|,?\sand\sattended\sby\b|,\s(?:while|whereas|besides|as\s(?:were|was|did))\b")
REMOTE = Gated(r"\b(?:via|through|over)\s(?:a\s)?video(?:\s(?:link|conference))?"
               rf"|\bvirtually\b|\bby\svideo(?:conference|link)?\b|\bonline\b|{VIDEO_ADDRESS}", re.I,
               words=("video", "virtual", "online"))
PROPOSAL = Gated(
    r"\b(?P<num>\w+)[- ]point\sproposal|\b(?:put\sforward|offered|made|raised|presented|puts\sforward|proposed|outlined|"
    r"unveiled|set\sout|laid\sout|put\sforth|advanced|tabled|submitted|named|listed|identified|outlined)\s"
    r"(?:what\s(?:he|she|it)\scalled\s)?(?:(?P<num2>\w+)|an?\s(?:series|number|set|package|range)\sof)\s"
    r"(?:(?:specific|concrete|key|main|major)\s)?(?:proposals|suggestions|priorities|initiatives|points|steps|tasks|ideas)\b|"
    r"\bthe\sfollowing\s(?:proposals|suggestions|steps|priorities|tasks)|\bpropose\sthe\sfollowing|"
    r"\bproposed,\samong\sother\sthings(?=:)|"
    r"\bproposals?\s(?:in|on)\s(?P<num3>\w+)\s(?:areas|fronts|aspects|points)\b|"
    r"\b(?:efforts|cooperation|work)\sin\s(?:the\sfollowing|(?P<num4>\w+))\s(?:aspects|areas)\b",
    re.I, words=("proposal", "suggestions", "priorities", "initiatives", "points", "steps", "propose the following",
                 "aspects", "areas", "tasks", "ideas", "proposed, among"))
# "four proposals: first, to make ...; second, to build ...; and fourth, to expand ..."
INLINE_POINT = re.compile(r"(?:[:;]\s(?:and\s)?)(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                          r"(?:ly)?,\s", re.I)
POINT_LEAD = re.compile(
    r"^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth),\s(?:(?:he|she|Li|Xi|[A-Z][a-z]+)\s"
    r"(?:suggested|recommended|urged|proposed|said|noted|stressed|called\s(?:on|for))\s(?:that\s)?)?"
    r"(?:the\s)?(?:(?:SCO\s)?(?:members|member\sstates)\s(?:should\s)?|we\s(?:need\sto|should|must)\s|it\sis\snecessary\sto\s)?"
    r"(?:jointly\s|collectively\s|work\stogether\sto\s)?",
)
# "signed", "putting their names to the Dushanbe Declaration", "ended their annual meeting in the Tajik capital today
# with a joint communique": a document adopted
_ADOPT = r"(?:signed|adopted|approved|issued|released|endorsed|inked|signs?|adopts?|approves?|signing|adopting|approving|" \
    r"endorsing|put(?:ting)?\s(?:their|its)\s(?:names|signatures?)\sto|" \
    r"(?:ended|closed|concluded|wrapped\sup)(?:\s(?:their|its|the)\s(?:[\w-]+\s){0,4}?(?:meeting|summit|session|talks)" \
    r"(?:\s[^,.;]{0,40}?)?)?\swith)"
# "signed what officials called the ...", "signed 17 documents, including the ..."
_CALLED = r"(?:what\s(?:officials|they|organi[sz]ers)\s(?:called|dubbed|termed)\s" \
    r"|(?:(?:some|about|around|over|nearly|more\sthan|\d{1,3}|[a-z]+)\s){1,3}(?:other\s)?" \
    r"(?:documents|agreements|papers)" \
    r",?\s(?:including|among\sthem|notably|chief\samong\sthem)\s)?"
DOCUMENT = Gated(
    # "ended with the signing of a communique"
    rf"\b(?:{_ADOPT}|(?<=\bthe\s)signing\sof)(?:\sand\s{_ADOPT})?\s{_CALLED}"
    # "a final declaration", "an information statement", "a founding declaration" (only the founding summit's)
    r"(?:the\s|an?\s)?(?:(?:final|information|political|concluding)\s|(?P<founding>founding)\s)?"
    r"(?P<doc>(?P<joint>[Jj]oint\s)?[Cc]ommuni(?:que|qué)|(?:[A-Z][a-z]+\s)+Declaration(?:\s(?:on|of)\s[^,.;]+?)?"
    r"|Declaration\sof\sthe\s(?:Heads|Council|Leaders)\s[^,.;]*?|Declaration\sof\sthe\s[A-Z][a-z]+\s(?:Summit|Meeting)"
    r"|(?:[Jj]oint\s)?[Ss]tatements?"
    r"(?:\sof\sthe\s(?:SCO\s)?(?:[A-Z][a-z]+\s(?:of\s)?){1,3}?(?:Ministers|Council|State|Government))?"
    r"(?:\son\s[^,.;]+?)?|(?:[A-Z][a-z]+\s)*(?:joint\s)?[Dd]eclaration(?:\s(?:on|of)\sthe\s[A-Z][^,.;]*?)?)"
    r"(?=\sand\s[a-z]+ed\b|\s(?:and|to|at|with|in|after|during|following|on|by|here|that|which)\b"
    r"|\s[a-z]{3,}ing\b|[,.;]|$"
    r"|\sof\s(?:the\s|this\s)?(?:meeting|summit|session|council|talks)\b)"  # "the joint communique of the meeting"
    r"|(?:\b[Aa]\s|^)(?P<doc4>[Ss]tatements?)\s(?:of|by)\s(?:the\s)?(?:SCO\s)?(?:[A-Z][a-z]+\s(?:of\s)?){0,5}?(?:Council|Ministers|States)"
    r"(?:\s(?:on|about)\s[^.;]{1,100}?)?\s(?:was|were)\s(?:also\s)?(?:adopted|approved|signed)"  # "A statement of the ... was adopted"
    r"|\b(?:[Tt]he\s|[Aa]\s)?(?P<doc2>(?:[A-Z][a-z]+\s)+Declaration|[Jj]oint\s(?:[Cc]ommuni(?:que|qué)|[Dd]eclaration))"
    r"(?:\sof\sthe\s(?:SCO\s)?(?:[A-Z][a-z]+\s(?:of\s)?){1,5}?(?:Council|State|States)"
    r"(?:\sof\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation))?)?"
    r"(?:,\s(?=(?:signed|adopted|approved|issued)\s(?:by|at|on|after|during|following|in)\b)"
    r"|\s(?:(?:was|were)\s(?:also\s)?"
    r"|that\s(?:the\s)?[a-z]+\s)?)"  # "a joint communique that the ministers signed"
    rf"{_ADOPT}\b|\badoption\sof\s(?:the\s|a\s)?(?P<doc3>(?:[A-Z][a-z]+\s)+Declaration|[Jj]oint\s[Cc]ommuni(?:que|qué)|"
    r"(?:joint\s)?declaration(?=\s(?:on|of|marking|that|which)\b|[,.;]))"
    # "A declaration on the twentieth anniversary was signed", "In a declaration issued at the end of the meeting"
    r"|\b[Aa]\s(?P<doc5>(?:joint\s)?declaration)(?:\s(?:on|of|marking)\s[^,.;]{1,80}?)?\s(?:was|were)\s(?:also\s)?(?:signed|adopted|approved)\b"
    r"|\b[Aa]\s(?P<doc6>(?:joint\s)?declaration)\s(?:issued|adopted|signed|released)\s(?:at|after|following)\b"
    # "In a joint declaration the leaders rejected ...", "In a joint statement, the ministers said ..."
    r"|\b[Ii]n\sa\s(?P<doc7>(?:joint\s|final\s)?(?:declaration|statement|communiqu[eé]))"
    r"(?:\s(?:issued|released|adopted)\s[^,;.]{1,60})?,?\s(?:the|their)\s(?!two\b)(?:\w+\s)?"
    r"(?:leaders|ministers|heads|presidents|premiers|participants)\b",
    words=("signed", "names to", "signature", "adopted", "approv", "issued", "released", "endors", "inked", "adoption", "sign",
           "adopt", "ended", "closed", "concluded", "wrapped up", "In a ", "in a "))
# "signed a package of documents, among them: the Tashkent Declaration ...; the action plan ...": a list of them
DOCUMENT_LIST = Gated(rf"\b{_ADOPT}\s[^:;.]{{0,60}}\bdocuments\b[^:;.]{{0,30}}:\s"
                      # "Following are the main outcomes ...: SIGNED; Declaration on ...; Joint communique of the meeting"
                      r"|\b[Tt]he\s(?:main\s)?(?:outcomes|results)\b[^:;.]{0,60}:\s(?=(?:SIGNED|ADOPTED|APPROVED|Signed|Adopted|Approved);\s)"
                      r"|\b[Dd]ocuments\s(?:signed|adopted|approved)\b[^:;.]{0,30}:\s",  # "Documents signed:" over a list
                      words=("documents", "outcomes", "results", "Documents"))
LISTED_DOCUMENT = re.compile(r"^(?:the\s|a\s)?(?P<doc>(?P<joint>[Jj]oint\s)?[Cc]ommuni(?:que|qué)|(?:[A-Z][a-z]+\s)*Declaration|(?:joint\s)?declaration"
                             r"|(?:[Jj]oint\s)?[Ss]tatement)\b")
DOC_HEAD = r"(?:Programme|Program|Agreement|Treaty|Convention|Charter|Concept|Strategy|Regulations?|Memorandum)"
NAMED_DOCUMENT = re.compile(
    rf"\b(?P<name>(?:SCO|UN|United\sNations)\sCharter|Charter\sof\sthe\s(?:SCO|United\sNations|Shanghai\sCooperation\sOrgani[sz]ation)"
    rf"|(?:Shanghai\s)?{DOC_HEAD}\s(?:on|of)\s[A-Z][\w'-]*(?:(?:,\s|\s(?:(?:and|of|the|on|in|for|between|Between)\s)*)"
    rf"(?!(?:the\s)?{DOC_HEAD}\b)(?:SCO\s[Mm]ember\s[Ss]tates|[A-Z][\w'-]*|SCO))*)"
)
_DOC_WORD = r"(?:SCO\s[Mm]ember\s[Ss]tates|[A-Z][\w'-]*|SCO|\d{4}(?:-\d{4})?)"  # "... Cooperation of the SCO member states"
# "... Cooperation and the Bishkek Declaration": another document, not more of this one's name
_ANOTHER_DOCUMENT = r"(?:the\s|a\s)?(?:[A-Z][a-z]+\s)?(?:Declaration|Communiqu[eé]|Statement)\b"
_NAMED_HEAD = r"(?:Treaty|Charter|Convention|Agreement|Strategy|Programme|Program|Action\sPlan|Plan|Concept|Roadmap|" \
              r"Regulations?|Memorandum|Rules|Protocol|Statute)"
# "approved the SCO Development Strategy until 2025", "signed the Treaty on Long-Term Good-Neighbourliness, Friendship
# and Cooperation", "adopted the SCO Charter": a named document adopted at the meeting
_NAMED_DOCUMENT = (rf"(?P<name>(?:(?:SCO|[A-Z][\w'-]*)\s){{0,4}}{_NAMED_HEAD}"
                   rf"(?:\s(?:on|of|for|until|between|to|against)\s(?:the\s)?{_DOC_WORD}(?:(?:,\s(?:and\s)?|"
                   rf"\s(?:(?:and|of|the|on|in|for|to|until)\s)*)(?!(?:the\s)?{_NAMED_HEAD}\b|{_ANOTHER_DOCUMENT})"
                   rf"{_DOC_WORD})*)?)")
ADOPTED_NAMED = Gated(rf"\b{_ADOPT}(?:\sand\s{_ADOPT})?\s{_CALLED}the\s{_NAMED_DOCUMENT}",
                      words=("signed", "names to", "signature", "adopted", "approv", "endors", "inked", "sign", "adopt",
                             "ended", "closed", "concluded", "wrapped up"))
# "- the SCO Anti-Drug Strategy for 2024-2029;": a named document as an item of a list of documents
LISTED_NAMED = re.compile(rf"^(?:the\s)?{_NAMED_DOCUMENT}")
# "signing the Yekaterinburg Declaration and the SCO Convention against Terrorism": read right after a DOCUMENT match
AND_NAMED = re.compile(rf"\sand\sthe\s{_NAMED_DOCUMENT}")
# "signed the Treaty on ..., the Bishkek Declaration and a joint communique": the documents listed after one adopted
LISTED_AFTER = re.compile(r"(?:,\s(?:and\s)?|,?\s(?:as\swell\sas|together\swith)\s|\sand\s)(?:the\s|an?\s)?"
                          r"(?:(?P<doc>(?P<joint>[Jj]oint\s)?"
                          r"[Cc]ommuni(?:que|qué)|(?:[A-Z][a-z]+\s)+Declaration|[Jj]oint\s[Dd]eclaration"
                          # "... and a joint declaration calling for ...", "... and a declaration that called for ..."
                          r"|(?:[Jj]oint\s)?[Ss]tatement|(?<=\ba\s)declaration)"
                          r"(?=[,.;]|\s(?:and|as|on|at|after|during|following|in|with|that|which)\b|\s[a-z]{3,}ing\b|$)"
                          rf"|{_NAMED_DOCUMENT})")
# "..., both proposed by him", "... that he has proposed", "which he put forward last year", "proposed by President Xi"
PROPOSER_AFTER = re.compile(
    r"(?:\s\([A-Z]+\))?(?:,?\s(?:both|all|each|also)|,)?\s(?:(?:that|which)\s(?P<pronoun>he|she)\s(?:has\s|had\s|first\s)?"
    r"(?:proposed|put\sforward|initiated|launched|advanced)|(?:first\s)?(?:proposed|put\sforward|initiated|launched|advanced)"
    r"\sby\s(?:(?P<him>him|her)\b|(?:(?:Chinese|the\sChinese|[A-Z][a-z]+)\s)?(?:President\s|Premier\s|Prime\sMinister\s)?"
    r"(?P<who>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})))")
CAPITAL = [
    Gated(r"(?P<city>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?),\s(?:the\s)?capital(?:\scity)?\sof\s(?P<state>[A-Z][A-Za-z ]+?)\b(?=[,.;]|\son\b|$)",
          words=("capital",)),
    Gated(r"\bthe\s(?P<adj>[A-Z][a-z]+)\scapital(?:\scity)?,?\s(?P<city>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)",
          words=("capital",)),
    Gated(r"(?P<city>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?),\sthe\s(?P<adj>[A-Z][a-z]+)\scapital\b",
          words=("capital",)),
]
HELD_IN = Gated(
    r"\b(?:held|met|opened|took\splace|takes\splace|convenes|convened|concluded|came\sto\san\send|began|begun|started|gathered|kicked\soff|"
    r"wrapped\sup|"  # "wrapped up a two-day gathering in Shanghai"
    r"got\sunder\s?way|under\s?way|"
    r"taking\splace|being\sheld|hosted|(?:are|were|is)\smeeting|meet)\b(?P<gap>[^.;]{0,70}?)\bin\s(?:the\s)?"
    r"(?:(?:[a-z]+\s)?(?P<adj>[A-Z][a-z]+(?:'s)?\s)?(?:[a-z]+\s)?(?P<kind>capital|city|town|resort)(?:\scity)?(?:\sof)?,?\s)?"
    rf"(?P<place>{PLACE_NAME})"
    r"(?P<apposition>,\s(?:an?\s|the\s)[\w\s-]{0,30}?\b(?:city|town|capital)\b)?",
    words=("held", "met", "meet", "opened", "took place", "takes place", "convene", "concluded", "began", "begun", "started", "gathered",
           "kicked off", "wrapped up",
           "under", "taking place", "hosted"))
# What may stand between the verb and "in <place>": a time, "here", a venue; not a video link or another meeting.
HELD_GAP_NOT = re.compile(r"\b(?:video|virtual|online|sidelines|talks|with|since|after|before|during)\b", re.I)
# "X returned to Bishkek on June 10 from Qingdao, where he took part in the summit": the return's day, not the meeting's
RETURNED = re.compile(r"\b(?:returned|(?:arrived|came|flew)\s(?:back|home))\b")
CHAIRED = Gated(r"\b(?:chair(?:ed|ing|s)|presid(?:ed|ing|es)(?:\s(?:by|via)\svideo(?:\s?conference|\slink)?)?\sover)"
                r"\s(?:on\s[A-Z][a-z]+day\s|today\s|yesterday\s)?"
                r"(?:(?:the|a)\s(?:[\w'\"“”-]+\s){0,3}?(?i:meeting|summit|session|talks|"
                r"gathering|council|conference|sitting|deliberations|proceedings|moot|event)|it)\b|\bin\sthe\schair\b"
                # "Chief Justice of India X presided.", "X presided from his residence outside Moscow"
                # "Kurmanbek Bakiyev presides." (a timeline's present), "X chaired."
                r"|\bpresid(?:ed|es)(?=\.?$|\.\s|[,;]\s|\sfrom\b)|\bchaired(?=\.?$|\.\s)"
                r"|(?<=,\s)chairing\s(?:(?:it|the\s(?:meeting|summit|session))\s)?(?:from|in)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,)"  # "Modi, chairing from New Delhi, told"
                r"|\bhost(?:ed|s)\s(?:the\s)?(?:\w+\s)?(?:leaders|heads\sof\s(?:state|government)|presidents|prime\sministers)\b"
                # "Uzbek President Islam Karimov hosts the Tashkent summit" (a chronology's present)
                r"|(?<=[a-z]\s)host(?:ed|s)\sthe\s(?:[A-Z][a-z]+\s)?(?:SCO\s)?(?:summit|moot|council|session)\b",
                words=("chaired", "chairing", "chairs", "presided", "presiding", "presides", "in the chair", "hosted", "hosts"))
HOSTED_BY = Gated(r"\b[Hh]osted\s(?:virtually\s|online\s)?by\s|\b(?<=was\s)(?:organi[sz]ed|convened)\sby\s"
                  r"(?=the\s[A-Z][a-z]+\sside\b)|\b(?P<state_first>hosted)\s(?:it\b|the\s(?:\d{1,2}(?:st|nd|rd|th)\s|"
                  r"[a-z]+(?:st|nd|rd|th)\s|[IVX]{1,5}\s)?"
                  r"(?:SCO\s|(?:one|two|three|\d)-day\s|annual\s|anniversary\s)?(?:[Mm]eeting|[Ss]ummit|[Ss]ession|"
                  r"event|"
                  r"gathering|moot|talks|conference)\b)",  # "Astana hosted the IX Meeting of ..."
                  words=("osted", "rganized by", "rganised by", "onvened by"))
# "chaired by X", "being chaired from Moscow by X", "chaired online by X"
CHAIRED_BY = Gated(r"\b(?:[Cc]haired|[Pp]resided(?:\sover)?)(?:\s(?:from|in)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|\s(?:online|virtually|remotely))?"
                   r"\sby\s|\bunder\sthe\s(?:chairmanship|presidency|chair)\sof\s",
                   words=("hair", "presidency of", "resided"))
PUBLISHER = [
    Gated(r"^Source:\s(?P<name>.+?)\.?$", re.M, words=("Source:",)),
    Gated(r"\boriginally\spublished\sby\s(?:the\s)?(?P<name>[A-Z][\w' ]+?)(?:\.|,|$)",
          words=("originally published",)),
    Gated(r"\bA\sreport\sfrom\s(?P<name>[A-Z][\w' ]+?):", words=("A report from",)),
    Gated(r"^[A-Z][A-Za-z .'-]+,\s[^(\n]{3,25}\((?P<name>[^)]+)\)", re.M, words=("(",)),
]


def status_relation(kind: str) -> str:
    """The property for a status word: "full member" -> memberOf, "observer state" -> observerOf, ..."""
    kind = kind.lower()
    return "memberOf" if "member" in kind else "observerOf" if "observer" in kind else "dialoguePartnerOf"


def number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBERS[text.lower()]


def _member_count(match: re.Match) -> int:
    return number(next(match[g] for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7") if match[g]))


# "the four observer states sent delegations", "its six full members are", "our four observer states": all of a kind,
# counted (not "the two observer states that attended", a part of them)
ALL_OF_A_KIND = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Oo]ur|(?:the\s)?(?:SCO|[Gg]roup|[Bb]loc|[Oo]rgani[sz]ation|[Gg]rouping)'s)\s"
                           rf"{NUMBER}\s(?:SCO\s)?(?P<kind>observer\s(?:states|countries|nations)|observers|dialogue\spartners|"
                           r"(?:full\s)?member\s(?:states|countries|nations)|(?:full\s)?members)\b"
                           r"(?!\s(?:that|which|who|present|attending|invited|represented\sat)\b)")
KIND_OF_COUNT = {"observer": "observerStateCount", "dialogue": "dialoguePartnerCount"}
MEMBERS_AT_LEAST = 5  # the fewest members the SCO (and the Shanghai Five before it) ever had


def counts(text: str) -> list[tuple[str, int]]:
    """Organization composition ("nine member states, three observer states, and 14 dialogue partners"), or one
    count said of the organization itself ("the eight-member bloc", "its nine member states")."""
    lower = text.lower()
    if "number of" in lower and (raised := [(kind, number(m["n"])) for kind, rx in NUMBER_RAISED.items()
                                            if (m := rx.search(text))]):
        return raised  # "bringing the number of observer states to six"
    if lower.count("member") + lower.count("observer") + lower.count("dialogue partner") < 2:
        return [("memberStateCount", _member_count(m)) for m in [MEMBER_COUNT.search(text)] if m] or _all_of_a_kind(text)
    found = [(kind, number(m["n"])) for kind, rx in COUNT_KINDS.items() if (m := rx.search(text))]
    if len(found) < 2:
        found = [("memberStateCount", _member_count(m)) for m in [MEMBER_COUNT.search(text)] if m]
    return found or _all_of_a_kind(text)


def _all_of_a_kind(text: str) -> list[tuple[str, int]]:
    """"the four observer states", "its six full members": the count of one kind the text gives as a whole."""
    found = []
    for match in ALL_OF_A_KIND.finditer(text) if "observer" in text or "member" in text or "partners" in text else ():
        kind = next((count for word, count in KIND_OF_COUNT.items() if match["kind"].startswith(word)), "memberStateCount")
        if kind == "memberStateCount" and number(match["n"]) < MEMBERS_AT_LEAST:
            continue  # "The two member states clashed": two of them
        if kind not in dict(found):
            found.append((kind, number(match["n"])))
    return found


def capacity_in(text: str, last: bool = False) -> str | None:
    """The participation capacity a stretch of text names ("from member states", "observer states"); with `last`,
    the one named nearest its end ("..., an SCO observer, dialogue partners President X": dialogue partner)."""
    found = [(match.start(), capacity) for pattern, capacity in CAPACITY_WORDS for match in pattern.finditer(text)
             if not NOT_YET.search(text, max(0, match.start() - 40), match.start())]
    if not found:
        return None
    return max(found)[1] if last else next(capacity for pattern, capacity in CAPACITY_WORDS
                                          if any(c == capacity for _, c in found))


def groups(text: str) -> list[tuple[int, int]]:
    """Spans of a participation sentence that share one capacity."""
    bounds = [0] + [m.start() for m in GROUP_SPLIT.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def point_label(sentence: str) -> str:
    """A short topic for a proposal point: its first clause without the lead-in."""
    body = POINT_LEAD.sub("", sentence, count=1)
    clause = re.split(r",\s|;|\.\s|\.$|:", body, maxsplit=1)[0].strip()
    words = clause.split()
    label = " ".join(words[:12]) if len(words) > 12 else clause
    return (label[:1].upper() + label[1:]).rstrip(".")


def document_name(name: str) -> str:
    """A document's canonical name: "UN Charter" -> "United Nations Charter", "Charter of the Shanghai Cooperation
    Organization" -> "SCO Charter", the "Convention on Combating Terrorism, ..." of 2001 -> "Shanghai Convention
    on ..."."""
    name = " ".join(name.split()).rstrip(",")
    name = re.sub(r"^Convention\son\sCombating\sTerrorism,\sSeparatism\sand\sExtremism$", r"Shanghai \g<0>", name)
    name = re.sub(r"^Charter\sof\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)$", "SCO Charter", name)
    return re.sub(r"^UN\s", "United Nations ", name)


def _document_words(match: re.Match) -> str:
    """The words that name the document in a match of DOCUMENT or LISTED_DOCUMENT."""
    groups = match.groupdict()
    return next(groups[name] for name in ("doc", "doc2", "doc3", "doc4", "doc5", "doc6", "doc7") if groups.get(name))


def document_kind(match: re.Match) -> str:
    doc = _document_words(match).lower()
    if "communi" in doc:
        return "joint_communique"
    if "declaration" in doc:
        return "declaration"
    return "statement"


def document_label(match: re.Match) -> str:
    doc = " ".join(_document_words(match).split())
    return doc[:1].upper() + doc[1:]


# ---------------------------------------------------------------- shared by several rules
MEETING_SUBJECT = re.compile(r",\s(?:which|that)\s(?:had\s|first\s|last\s|also\s)?$")  # "The council, which met"
BILATERAL_TRIGGER = Gated(
    r"\b(?:met(?:\s(?:here|there|again|separately|today|yesterday|in\s[A-Z][a-z]+|on\s[A-Z][a-z]+day)){0,2}\swith|"
    r"meets\swith|"
    # "14:05 A and B meet on sidelines of SCO summit", "Putin and Rouhani hold their first meeting": a headline's
    r"(?<=[a-z]\s)meet\s(?:on|at|in)(?=\s(?:the\s)?(?:SCO\s|summit\s)?(?:sidelines|margins|fringes)\b)|"
    r"(?<=[a-z]\s)hold\s(?:their|a|an)\s(?:first\s|second\s|separate\s)?(?:bilateral\s)?(?:meeting|talks)\b|"
    r"(?<=[a-z]\s)hold\s(?:bilateral\s)?talks(?=$|\s(?:on|in|at|amid|over|as)\b)|"  # "Putin and Rouhani hold talks"
    r"meets(?=\s(?![A-Z][a-z]+\sof\b)(?:[A-Z][a-z]|host\s[A-Z]|the\s[A-Z][a-z]+(?:,\s|,?\sand\s)[A-Z]))|"
    r"[Mm]eeting\swith|talks\swith|meeting\sbetween|"
    r"talks\sbetween(?=\s(?:[A-Z]|the\s[A-Z]))|"
    r"(?:paid\sa\scourtesy\s|courtesy\s)?call(?:ed)?\son(?=\s(?:[A-Z]|the\s[A-Z]|his\s|her\s))|"
    r"sat\sdown\s(?:for|to)\s(?:a\s|an\s|their\s)?(?:[\w-]+\s){0,2}(?:meeting|talks)|"
    r"sat\sdown(?:\s(?:on|in)\sthe\s(?:sidelines|margins))?\swith(?=\s(?:[A-Z]|(?:his|her)\s(?:host\s|[A-Z])))|"
    r"sat\sdown\stogether\b|"
    r"met(?=,\s(?:on|in|at|during|ahead\sof)\s[^,;]{3,50},\s[A-Z])|"  # "he also met, on the margins of the meeting, X"
    r"(?:[Hh]eld|had|did\shold)\s(?:a\s|an\s|their\s|his\s|her\s)?(?:[\w-]+\s){0,2}"
    r"(?:meetings?|talks?|discussions?|conversations?|consultations?)|"
    # "A and B held the 17th regular meeting" (of the heads of government of two states)
    rf"(?:[Hh]eld|had)\sthe\s(?:\d{{1,2}}(?:st|nd|rd|th)|{trie_pattern(ORDINALS)})\s(?:regular\s|annual\s)?meeting\b|"
    r"(?:[Hh]eld|had)\s(?:a\s)?(?:working\s|private\s|informal\s)?(?:lunch|dinner|breakfast)(?=\swith\s)|"
    r"(?<!\bwas\s)(?<!\bwere\s)met(?=\sat\s(?:the\s)?(?!airport)[A-Z]?[\w-]+\s(?:[\w-]+\s)?(?:residence|palace|dacha|"
    r"Kremlin)\b)|"  # "A and B met at the Ural state residence"
    r"met(?=\s(?:twice|once|again|in\s|on\s|for\s|here|\w+\stimes|briefly|privately|informally|face-to-face|one-on-one|"
    r"[A-Z]|his\s|her\s|(?:acting|outgoing|incoming|newly\selected)\s[A-Z]"  # "met acting Prime Minister X"
    # "met the Kazakh president", "met the Kazakh, Kyrgyz and Tajik premiers"
    r"|the\s[A-Z][a-z]+(?:(?:,\s|,?\sand\s)[A-Z][a-z]+)*\s(?:[Pp]resident|[Pp]rime\s[Mm]inister|[Pp]remier|[Ll]eader|"
    r"(?:[Ff]oreign|[Dd]efen[cs]e)\s[Mm]inister)s?\b"
    # "met the Prime Minister of the Kyrgyz Republic K. Bakiev"
    r"|the\s(?:(?:First|Deputy|Vice|Acting)\s)?(?:President|Prime\sMinister|Premier|Chairman|Chairperson|Emir|Amir|"
    r"King|Crown\sPrince|(?:Foreign|Defen[cs]e)\sMinister|Minister|Secretary[-\s]General)\b))"
    # "Met Kyrgyz FM X." (a post), "- Meets President Putin in the Kremlin." (a trip's log): the page's own person
    r"|(?:^|(?<=^[-*\u2022]\s)|(?<=:\s))(?:Met|Meets)(?=\s(?:with\s)?[A-Z])"
    # "On the sidelines the President met: - the President of Belarus, A (Thursday); ...": a list of those met
    r"|\bmet(?=:\s(?:the\s)?[A-Z])"
    # "His other sideline conversations during the visit were with A, B and C"
    r"|(?:talks|meetings|conversations)\s(?:[^,;.]{0,40}?\s)?were\swith(?=\s(?:the\s)?[A-Z])"
    # "X spoke with Y on the margins of the summit"
    r"|interaction\swith|spoke\swith(?=\s(?:[A-Z]|his\s|her\s)[^.;]{0,80}\b(?:sidelines|margins|fringes)\b)"
    r"|was\s(?:also\s|later\s|then\s|first\s)?received(?:\s(?:in|at)\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
    # "was received the same afternoon by President Xi"
    r"(?:\s(?:the\ssame|that|the\sfollowing|the\snext)\s(?:day|morning|afternoon|evening)|\son\s[A-Z][a-z]+day|\slater)?\sby"
    r"|(?<=,\s)meeting\s(?:on|in)(?=\s(?:the\s)?(?:sidelines|margins)\b)"  # "Xi and Putin, meeting on the sidelines of"
    r"|[Tt]heir\s(?:last|previous)\s(?:meeting|talks)\s(?:was|were)|received(?=\s(?:at\s(?![^,;]{0,30}\bairport\b)[^,;]{1,50}?\s)?"
    r"(?:the\s)?[A-Z]))\b"
    # "President X received him at the residence": the one just named
    r"|\b(?:received|met)(?=\s(?:him|her)\s(?:at|in|on|for|today|yesterday|shortly|later|separately|the\ssame)\b)"
    r"|(?<=[a-z]\s)(?:discussed|signed)\b",
    words=("met", "meets", "meet on", "meet at", "meet in", "hold their", "hold a", "hold talks", "hold bilateral",
           "eeting with", "meeting between",
           "meeting on", "meeting in", "talks", "eld", "had",
           "did hold",
           "discussed", "signed",
           "call", "sat down",
           "interaction with", "spoke with",
           "received", "last meeting", "previous meeting", "Met", "Meets", "were with"))
SIDELINES = Gated(r"\b(?:on|in)\sthe\s(?:sidelines|margins|fringes)(?:\sof\b|(?=\s(?:on|in|at|with|later|earlier|"
                  r"after|before|"
                  r"the\s(?:same|next|following)\sday|(?:that|this)\s(?:day|morning|afternoon|evening))\b|[.,;:]|$)"
                  r"|(?<=^On\sthe\ssidelines)\s(?=[A-Z])|(?<=^On\sthe\smargins)\s(?=[A-Z]))"
                  r"|\bsideline\s(?:meeting|talks)\b|\bon\s(?:the\s)?(?:summit|SCO|meeting)\ssidelines\b"
                  r"|\bon\ssidelines\sof\b"
                  r"|^Sidelines:", re.I,
                  words=("sideline", "margins", "fringes"))  # "talks on summit sidelines"
AT_MEETING = Gated(
    r"(?:^|,\s)(?:At|During|In\s(?:his|her)\s(?:address|speech|remarks)\s(?:at|to)|[Ss]peaking\s(?:at|to)|Addressing|Opening)\b",
    words=("At", "During", "In h", "peaking", "Addressing", "Opening"))
SPEECH_VERB = Gated(
    r"\b(?:said|stressed|noted|urged|proposed|expounded|emphasi[sz]ed|advocated|underscored|pointed\s(?:out|to)|called|"
    r"highlighted|delivered|spoke|addressed|reached|put\sforward|warned|reiterated|outlined|recalled|suggested)\b",
    words=("said", "stressed", "noted", "urged", "proposed", "expounded", "emphasi", "advocated", "underscored",
           "pointed out", "pointed to", "called", "highlighted", "delivered", "spoke", "addressed", "reached",
           "put forward", "warned", "reiterated", "outlined", "recalled", "suggested"))
NOT_PLACES = set(MONTH_NAMES) | {"The", "A", "An", "His", "Her", "Their", "Its"}  # capitalised, yet never a place


# "here", "in this southern Chinese resort city" under a dateline: the dateline's city (the summit's, said there)
THIS_CITY = re.compile(r"\bin\sthis\s(?:[\w-]+\s){0,4}(?:city|capital|town)\b")
HERE = re.compile(rf"\bhere\b|{THIS_CITY.pattern}")
IN_A_CAPITAL = re.compile(r"\bin\sthe\s(?P<adj>[A-Z][a-z]+)\scapital\b")  # "a news conference in the Uzbek capital"
IN_A_FORMAT = re.compile(r"\s(?:in|at)\s(?:the\s|a\s)?"
                         r"(?:narrow|restricted|limited|extended|expanded|enlarged|broad|full|plenary)"
                        r"(?:-format|\sformat|\ssession|\scomposition)")


BY_PHONE = re.compile(r"\b(?:tele)?phon(?:e|ed)\b", re.I)
BRIEF = re.compile(r"\b(?:short|brief)\sconversation", re.I)  # "had a short conversation with X": no talks
MORE_SIDED = re.compile(r"\b(?:trilateral|tripartite|three-way|three-sided|quadrilateral|multilateral)\b", re.I)
FOR_MORE_SIDED = re.compile(r"\s(?:for|in)\s(?:a\s|an\s|the\s|their\s)?(?:[a-z]+\s)?" + MORE_SIDED.pattern, re.I)


AT_THE_AIRPORT = re.compile(r"\b(?:[Aa]t|[Ii]n)\s(?:the\s)?(?:[A-Z][\w-]*\s){0,3}(?:International\s)?[Aa]irport\b")


@lru_cache(maxsize=512)  # pure, and asked of one sentence by several rules
def bilateral_trigger(text: str) -> re.Match | None:
    """What makes a sentence report a bilateral meeting: "met with", "held talks with", "called on"; "X and Y
    discussed ...", "X and Y signed ..." only on the sidelines of a meeting."""
    trigger = BILATERAL_TRIGGER.search(text)
    if trigger and trigger.group(0) in ("discussed", "signed") and not SIDELINES.search(text):
        return None  # "A and B signed a plan on the sidelines of the meeting": talks; "A and B signed it": a document
    if trigger and trigger.group(0).startswith("met") and MEETING_SUBJECT.search(text, 0, trigger.start()):
        return None  # "The council, which met on May 23-24, brought together A, B and C": a meeting of many
    if trigger and IN_A_FORMAT.match(text, trigger.end()):
        return None  # "the heads of government first held talks in the narrow format": a session of the meeting
    if trigger and re.search(r"\b(?:no|not|never)\b", trigger.group(0)):
        return None  # "sat at the same table but held no bilateral talks"
    if trigger and (MORE_SIDED.search(trigger.group(0)) or FOR_MORE_SIDED.match(text, trigger.end())):
        return None  # "held a trilateral meeting with X", "A, B and C met for trilateral talks": three sides
    if trigger and (BY_PHONE.search(trigger.group(0)) or BY_PHONE.search(text, trigger.end(), trigger.end() + 60)
                    or BRIEF.search(trigger.group(0))):
        return None  # "had a telephone conversation with X", "spoke to X by phone", "had a short conversation with
        # X": no meeting (but "met X - a short conversation in which both agreed ...": talks)
    if trigger and trigger.group(0).lower() == "met" and AT_THE_AIRPORT.search(text, max(0, trigger.start() - 60),
                                                                               trigger.end() + 100):
        return None  # "At Almaty airport X met the Prime Minister of Y": a greeting on arrival, no talks
    return trigger
