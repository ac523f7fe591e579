"""Recognise meetings in a sentence: SCO councils, summits, forums and press events, with ordinal and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, timedelta

from loader.reading.dates import (ABSOLUTE, MONTH, RELATIVE_DAY, RELATIVE_OFFSET, WEEKDAY, month_in, parse_date,
                                  weekday_before, year_of)
from loader.facts import FORUM, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, MEETING, PRESS_EVENT
from loader.patterns import PLACE_NAME, Gated, trie_pattern
from loader.vocabulary import (
    COUNCIL_SERIES, DEFENCE_MINISTERS, FIRST_SCO_SUMMIT_YEAR, GENERIC_MEETING_WORDS, MINISTERIAL_SERIES, MONTH_NAMES,
    MEMBER_ALIASES, NUMBERS, ORDINALS, OTHER_GROUPS, OUTSIDE_LABELS, SCO_PLUS_NAME, STANDINGS, Series,
)

# "the 22nd", "the 15-th" (as translations write it), "the twenty-second", "the VI Conference" (Roman numerals, as CIS
# agencies number meetings)
ORDINAL = r"(?P<ord>\d{1,2})-?(?:st|nd|rd|th)|(?i:(?P<ordw>" + trie_pattern(ORDINALS) + "))" \
    r"|(?-i:(?P<roman>X{0,2}(?:IX|IV|VI{0,3}|I{2,3})|X{1,2}))(?=\s[A-Z])"
ROMAN = {"I": 1, "V": 5, "X": 10}
ORDINAL_WORD = r"\d{1,2}-?(?:st|nd|rd|th)|(?i:" + trie_pattern(ORDINALS) + ")"  # the same, without its groups
COUNCIL_NAMES = r"(?:the\s)?Heads\sof\s(?:the\s)?(?:Member\s)?States?|(?:the\s)?Heads\sof\sGovernments?|Foreign\sMinisters|" \
    r"Ministers\sof\sForeign\sAffairs|Government\sHeads|State\sHeads"  # "the ... government heads council" (translated)
# The abbreviations of official and South Asian usage: "the SCO-CHS", "the CHG", "SCO CFM"
COUNCIL_ABBREVIATION = Gated(r"\b(?:SCO[-\s])?(?P<abbr>CHS|CHG|CFM)\b", words=("CHS", "CHG", "CFM"))
ABBREVIATED = {"CHS": "HeadsOfStateCouncilMeeting", "CHG": "HeadsOfGovernmentCouncilMeeting", "CFM": "ForeignMinistersCouncilMeeting"}
PRIME_MINISTERS = r"(?:\s\((?:Prime\sMinisters?|Premiers?)\))?"
SCO_NAME = r"(?:Shanghai\sCooperation\sOrgani[sz]ation|SCO)(?:\s\(SCO\))?"
# The states that are or were members, by name: four or more of them in a row are the SCO's ("the heads of state of
# China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan met"); three may be another group's (RIC)
_MEMBER = r"(?:the\s)?" + trie_pattern(sorted(
    name for state, standings in STANDINGS.items() if any(kind == "member" for _, kind in standings)
    for name in (state.replace("_", " ").title(), *MEMBER_ALIASES.get(state, ()))))
MEMBER_STATES_LISTED = rf"{_MEMBER}(?:,\s{_MEMBER}){{2,}},?\sand\s{_MEMBER}"
# "the 22nd meeting of the SCO Council of Heads of State", "the Heads of Government (Prime Ministers) Council",
# "the SCO Heads of State Council meeting", "the Council of Foreign Ministers of the SCO"
COUNCIL = Gated(
    rf"\b(?:(?:{ORDINAL})\s)?(?:{SCO_NAME}\s)?(?:(?:regular|ordinary|annual|extraordinary|jubilee)\s)?"
    rf"(?:(?:meeting|session|summit)\sof\sthe\s(?:SCO(?:'s)?\s)?)?"
    rf"(?:Council\sof\s(?P<council>{COUNCIL_NAMES}){PRIME_MINISTERS}|(?P<council2>{COUNCIL_NAMES}){PRIME_MINISTERS}\sCouncil)"
    rf"(?P<tail>(?:\s(?:of\s)?(?:the\s)?(?:SCO\s)?(?:Member\sStates\s)?(?:of\s)?(?:the\s)?{SCO_NAME}"
    r"(?:\sMember\sStates)?)?(?:\s(?:meeting|session|summit))?)"
    r"(?P<when>\s(?:last|this)\s(?:year|[A-Z][a-z]+))?",
    re.I, words=("council",))
# "the Heads of State meeting", "SCO Heads of Government summit in Islamabad"
SHORT_COUNCIL = re.compile(r"\b(?:(?:the|an?)\s(?:SCO\s)?|SCO\s)(?P<council>Heads[\s-]of[\s-](?:State|Government))\s(?:meeting|summit)\b",
                           re.I)  # "a heads-of-government meeting"
YEARS_OWN = re.compile(r"\b(?:[Ll]ast|[Nn]ext|[Tt]his)\syear's\s(?:SCO\s)?$")
# "the prime ministers' meeting in Beijing", "the SCO premiers' session": the council of heads of government
PREMIERS_MEETING = Gated(rf"\b(?:the\s)?(?:(?:{ORDINAL})\s)?(?:SCO\s)?(?:[Pp]rime\s[Mm]inisters|[Pp]remiers)'\s"
                         r"(?i:meeting|session|council|summit)\b(?:\sof\s(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\b)?"
                         r"|\b(?:SCO|Shanghai\s(?:group|bloc)|(?:group|bloc|grouping)'s)\s(?:[Pp]rime\s[Mm]inisters|[Pp]remiers|PMs)\s"
                         r"(?i:meet|met|meeting|gather(?:ed|s)?|convene[ds]?)\b"  # "SCO Prime Ministers Gather In Tashkent"
                         # "prime ministers of the six-member Shanghai Cooperation Organisation (SCO) met here", "The heads
                         # of government of the ... met today"
                         # (or "as prime ministers of the six member states met")
                         r"|\b(?:[Pp]rime\s[Mm]inisters|[Pp]remiers|[Hh]eads\sof\s[Gg]overnment)\sof\s(?:the\s)?"
                         r"(?:(?:[\w-]+\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)"
                         r"|(?:two|three|four|five|six|seven|eight|nine|ten)\smember(?=\s(?:states|countries|nations)))"
                         r"(?:\s\(SCO\))?(?:\s(?:member\s)?(?:states|countries|nations))?(?:\s(?:are|were|have|had))?"
                         r"\s(?:met|meet|meeting|gathered|convened)\b"
                         # "the 12th meeting of the SCO's prime ministers"
                         r"|\b[Mm]eeting\sof\s(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?:'s)?\s(?:[Pp]rime\s[Mm]inisters|[Pp]remiers)\b"
                         # "the fifth meeting of the prime ministers of the SCO"
                         r"|\b[Mm]eeting\sof\s(?:the\s)?(?:[Pp]rime\s[Mm]inisters|[Pp]remiers|[Hh]eads\sof\s[Gg]overnment)"
                         # "of the Member States of the SCO"
                         r"\sof\s(?:the\s)?(?i:member\s(?:states|countries|nations)\sof\s(?:the\s)?)?"
                         r"(?:[\w-]+\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\b",
                         words=("ministers", "premiers", "Ministers", "Premiers", "overnment", "PMs"))
ORDINAL_BEFORE = re.compile(rf"\b(?:{ORDINAL})\s$")
# A meeting still to come: "ahead of the Tianjin summit", "to prepare the summit", "groundwork for the summit"
UPCOMING_BEFORE = re.compile(r"\b(?:ahead\sof|prepar\w*(?:\sfor)?|upcoming|forthcoming|run-up\sto|before|"
                             r"groundwork\sfor|(?:documents|drafts?|papers)\sfor|"
                             r"(?:pav(?:e|es|ed|ing)|clear(?:s|ed|ing)?)\s(?:the\s)?way\sfor|until|"
                             r"(?:agenda|road|path|stage)\s(?:for|to))\s(?:the\s)?(?:\S+\s){0,3}$", re.I)
# "The 22nd meeting of the council was held in Bishkek last year": the same council as the article's
# "gathered in Astana for their 14th meeting": the number of the meeting just named
# "held their first ever meeting", "ended their first-ever joint meeting"
THEIR_NUMBERED = re.compile(r"\b(?:for|at|held|ended|closed|concluded|wrapped\sup|opened)\s(?:their|its)\s"
                            rf"(?:{ORDINAL})(?:[\s-]ever)?\s(?:regular\s|annual\s|joint\s)?"
                            r"(?:meeting|session|summit)\b")
# "the second session of the Meeting of Agriculture Ministers": the number of the meeting named after it
NUMBERED_SESSION_OF = re.compile(rf"\b(?:{ORDINAL})\s(?:session|sitting)\sof\s(?:the\s)?$")
OF_THE_COUNCIL = re.compile(rf"\b(?:{ORDINAL})\smeeting\sof\sthe\scouncil\b(?P<when>.{{0,60}}?\b(?:last|this)\syear)?"
                            # "The council was chaired by X", "the council adopted ...": the article's council
                            r"|\b[Tt]he\s(?:SCO\s)?[Cc]ouncil(?=(?:,\s[^,;.]{1,60},)?\s(?:was\s(?:chaired|held|opened|"
                            r"presided|hosted|co-hosted|convened)|met|adopted|"
                            r"approved|opened|closed|ended|endorsed|decided|heard)\b)")
NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # "the six member states of the SCO"
_WHO = "|".join(f"(?:{series.participants})" for series in (*COUNCIL_SERIES.values(), *MINISTERIAL_SERIES))
# "of the six Shanghai Cooperation Organization member states"
_NUMBERED_SCO = rf"{NUMBER_WORD}\s(?=(?:SCO|Shanghai)\b[^.;]{{0,40}}\smember\s(?:states|countries|nations))"
_MEMBERS_OF = rf"(?:{NUMBER_WORD}\s)?member\s(?:states|countries|nations)\sof\s(?:the\s)?"
_NATION_SCO = rf"{NUMBER_WORD}-(?:nation|member)\s"  # "of the six-nation Shanghai Cooperation Organization"
MINISTERS_OF_THE_SCO = rf"(?:\s(?:of|from)\s(?:the\s)?(?:SCO\s)?(?:{_MEMBERS_OF}|{_NUMBERED_SCO}|{_NATION_SCO})?" \
    rf"{SCO_NAME}" \
    rf"(?:\s(?:member\s)?(?:states|countries|nations))?" \
    rf"|\s(?:of|from)\s(?:the\s)?(?:{NUMBER_WORD}\s)?(?:SCO\s)?(?:member\s)?" \
    r"(?:states|countries|nations)" \
    r"|\sof\sthe\s(?:\w+\s)?(?:states|countries|nations)\sthat\s(?:make\sup|form|belong\sto|comprise)\s(?:the\s)?" \
    rf"{SCO_NAME}" \
    r"|\sof\sthe\s(?:[\w-]+\s)?(?:bloc|grouping)" \
    rf"|\sof\s{MEMBER_STATES_LISTED})"  # "the defence chiefs of the eight-member bloc met"
# "the 15th Defence Ministers' Meeting", "a meeting of the defence ministers of the SCO member states",
# "SCO transport ministers met", "Defence ministers of the SCO member states convened", "SCO security council
# secretaries discuss regional threats" (a headline)
MINISTERIAL_MEETING = Gated(
    rf"\b(?:(?:{ORDINAL})\s)?(?:(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?:'s)?\s)?"
    rf"(?:(?:(?:meeting|session|conference|gathering)\sof\s(?:the\s)?"
    rf"(?:SCO\s|Shanghai\sCooperation\sOrgani[sz]ation\s(?:\(SCO\)\s)?|"
    rf"(?:SCO|group|bloc|grouping|organi[sz]ation)'s\s)?"  # "a meeting of the group's heads of government"
    rf"(?P<who>{_WHO}){MINISTERS_OF_THE_SCO}?)"
    rf"|(?P<who2>{_WHO})(?:'s?)?{MINISTERS_OF_THE_SCO}?(?:,\s(?:including|among\sthem|led\sby)\s[^,;.]{{3,60}},)?"
    # "the ministers, who met", "the heads of border services have gathered"
    r"(?:\s(?:are|were|have|had)|,?\swho(?:\shad)?|,(?=\smeeting\s(?:in|at)\s))?"
    r"(?:\s(?:last|previously|first|also|again))?"
    r"(?:\s(?:on\s[A-Z][a-z]+day|[A-Z][a-z]+day|today|yesterday|here)){0,2}\s(?:meeting|meet|session|council|"
    r"conference|met\b|convene[ds]?\b|gathered|gather\b|discuss(?:ed|es)?\b|review(?:ed|s)?\b|held\b|hold\b|decided\b|agreed\b|"
    r"signed\b|approved\b|adopted\b|endorsed\b|wrap(?:ped)?\sup\b|concluded\b|opened\b|closed\b|ended\b|"
    r"finished\b|completed\b|pledged\b|offered\b|vowed\b"
    # "Prosecutors-general of SCO member states on Wednesday pledged ... at their 14th meeting"
    # "received the heads of government of the SCO for their thirteenth meeting"
    rf"|(?:[a-z][^.;]{{0,80}}?\s)?(?:at|during|for)\stheir\s(?:{ORDINAL_WORD})\s(?:[\w-]+\s){{0,2}}"
    r"(?:meeting|session|conference)\b"
    # "The SCO foreign ministers had cleared the draft at their meeting in Tashkent on May 22"
    r"|(?:[a-z][^.;]{0,80}?\s)?(?:at|during)\stheir\s(?:last\s|previous\s|latest\s|regular\s|annual\s)?"
    r"(?:meeting|session|conference)\b(?=\s(?:in|on|last|this|held)\b))"
    r"|(?P<who3>defen[cs]e(?:\s(?:ministers|chiefs))?)(?:'s?)?\s(?:summit|huddle|conclave|moot)\b"
    # "after hosting the foreign ministers in Goa": a meeting of those the host received
    rf"|\bhost(?:ed|ing|s)?\s(?:the\s)?(?:SCO(?:'s)?\s)?(?P<who4>{_WHO})(?:{MINISTERS_OF_THE_SCO})?\b(?!\sof\s)"
    # "the meeting of the ministers of the SCO member states responsible for foreign trade": the remit after the states
    rf"|(?:meeting|session|conference)\sof\s(?:the\s)?(?P<head>ministers|heads\sof\s(?:the\s)?(?:ministries|agencies|"
    rf"departments)(?:\sand\s(?:departments|agencies))?){MINISTERS_OF_THE_SCO}\s(?=(?:responsible\sfor|in\scharge\sof|dealing\swith|for|of)\s))",
    re.I, word_start=True,
    words=("minister", "secretar", "prosecutor", "procurator", "justices", "supreme", "heads of", "advis", "chiefs",
           "coordinators", "speakers", "legislators", "defence summit", "defense summit", "defence meeting", "defense meeting",
           "defence huddle", "defense huddle", "defence conclave", "defense conclave", "defence moot", "defense moot",
           "rats council", "anti-terror", "council of", "fms", "nsas", "diplomats", "department leaders",
           "departments leaders", "sanitary doctors", "interbank", "inter-bank", "ibc", "consortium's",
           "business council", "youth council", "energy club"))
# "SCO leaders met in Astana", "The leaders of the Shanghai Cooperation Organisation are meeting in Astana today": the
# leaders of the SCO (never bare "the leaders") who meet hold a summit
# ("Meeting in St Petersburg, the presidents of its six member states signed a charter": theirs)
_OF_THE_SCO = rf"\sof\s(?:the\s)?(?:(?:SCO\s)?member\s(?:states|countries|nations)\sof\s(?:the\s)?)?{SCO_NAME}" \
    r"(?:\s(?:member\s)?(?:states|countries|nations))?|\sof\s(?:the\s)?SCO\smember\s(?:states|countries|nations)" \
    rf"|\sof\s(?:its|the\s(?:SCO's|organi[sz]ation's|group's|bloc's|{SCO_NAME}'s))\s(?:{NUMBER_WORD}\s)?member\s" \
    r"(?:states|countries|nations)"
LEADERS_MET = Gated(rf"\b(?:(?:{SCO_NAME})(?:'s)?\s(?:leaders|presidents)"
                    rf"|(?:[Tt]he\s)?(?:[Ll]eaders|[Pp]residents)(?:{_OF_THE_SCO}))"
                    r"(?:\s(?:are|were|have|had))?(?:\s(?:on\s[A-Z][a-z]+day|today|yesterday|here|also|jointly)){0,2}"
                    r"\s(?:meeting|meet|met|gathered|gather|gathering|convened|convene|signed|approved|adopted)\b",
                    words=("leaders", "presidents", "Leaders", "Presidents"))
OTHER_LEADERS = re.compile(r"\b(?:[Yy]oung|[Yy]outh|[Bb]usiness|[Rr]eligious|[Pp]arty|[Ss]tudent|[Ww]omen|"
                           r"[Cc]ommunity|[Oo]pposition|[Ii]ndustry|[Mm]edia|[Tt]ribal|[Ff]aith|[Cc]ivic|[Cc]orporate|"
                           r"[Tt]hought)\s$")
# one of these is in every ministerial match
MONTH_NAME = re.compile(MONTH)
SOON_MONTHS = 3  # "the June summit" in May: the coming one, not last year's
MEETING_NOUNS = ("meet", "host", "session", "council", "conference", "summit", "huddle", "conclave", "moot",
                "met", "convene", "gather", "discuss", "review", "held", "hold",
                "decided", "agreed", "signed", "approved", "adopted", "endorsed", "wrap", "concluded", "opened",
                "closed", "ended", "finished", "completed", "pledged", "offered", "vowed")
DEFENCE_SERIES = next(series for series in MINISTERIAL_SERIES if series.kind == DEFENCE_MINISTERS)
MINISTERIAL_WHO = [(re.compile(series.participants, re.I), series)
                   for series in (*COUNCIL_SERIES.values(), *MINISTERIAL_SERIES)]
NOT_CITY = "|".join(MONTH_NAMES)  # "the Astana summit in June 2017": a month, not a place
SUMMIT = re.compile(
    r"\b(?P<pre>(?:(?:last|this|next)\syear's\s|(?:last|this|next)\s[A-Z][a-z]+'s\s|(?:19|20)\d{2}\s)"
    r"(?:(?:virtual|online|annual|jubilee|anniversary|extraordinary)\s)?)?(?:[Tt]he\s)?(?:SCO\s)?"
    r"(?P<city>[A-Z][a-z]+\s(?:[A-Z][a-z]+\s)?)?(?P<pre2>(?:19|20)\d{2}\s)?(?:SCO\s)?(?P<noun>[Ss]ummit|moot)(?P<plural>s)?(?![a-z])"
    rf"(?P<post>(?:\s(?:of\s)?(?:19|20)\d{{2}}\b)?(?:\sof\sthe\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation(?:\s\(SCO\))?)(?=\sin\s))?"
    rf"(?:\sheld)?(?:\s(?:in|at)\s(?!{NOT_CITY}\b)(?P<city2>{PLACE_NAME}))?"
    rf"(?:\s(?:in|of)\s(?:(?:{NOT_CITY})\b(?:\s(?:19|20)\d{{2}}\b)?|(?:[A-Z][a-z]+\s)?(?:19|20)\d{{2}}\b))?"
    r"(?:\s(?:last|this|next)\s(?:year|[A-Z][a-z]+)|\s(?:a|an|\w+)\syears?\sago)?)",
)
# Capitalised words before "summit" that name no city: another summit than the article's, or a kind of summit
# "the East Asia Summit", "the Caspian summit": a region's summit, not a city's
REGION_WORD = re.compile(r"\b(?:Asia|Africa|Europe|America|Pacific|Caspian|Turkic|Arab|Islamic|Baltic|Nordic|Gulf)\b")
OTHER_SUMMIT_WORDS = {"Next", "Last", "Previous", "Upcoming", "Past", "Coming", "Future", "Forthcoming"}
SUMMIT_WORDS = {"Annual", "Extraordinary", "Jubilee", "Anniversary", "Virtual", "Online", "Special", "Informal",
                "Inaugural", "First", "Founding", "Historic", "This", "That", "Our", "Their", "Its", "Every", "Each"}
# "the BRICS summit", "the ASEAN-India summit": another group's
OTHER_GROUP_BEFORE = re.compile(r"\b(?!SCO\b)(?:[A-Z]{2,}|G\d{1,2})[\s-]$")
# "the first summit of the BRIC countries": another group's numbering
OF_OTHER_GROUP = re.compile(r"\sof\s(?:the\s)?(?!SCO\b)(?:[A-Z]{2,}|G\d{1,2})\b")
# "the 18th SCO Forum", "the 19th meeting of the Shanghai Cooperation Organization (SCO) Forum" (the SCO's expert
# forum, numbered as the SCO Forum), "the Forum on Poverty Reduction"
FORUM_RE = re.compile(
    rf"\b(?:the|The(?=\s(?:{ORDINAL_WORD}|SCO|Shanghai)))\s(?:(?:{ORDINAL})\s(?:(?:meeting|session)\sof\s(?:the\s)?)?)?"
    rf"(?P<name>(?:{SCO_NAME}\s)?(?:[A-Z][a-z]+\s(?:and\s)?)*Forum"
    r"(?:\s(?:for|on)\s[A-Z][\w-]+(?:\s(?:and\s)?[A-Z][\w-]+)*)?)"
)
SCO_NAMED = re.compile(rf"^{SCO_NAME}\s")
# "the SCO media forum", not "the SCO as a forum", "the SCO as one of several forums"
NAMED_FORUM = re.compile(r"\bthe\s(?P<name>SCO\s(?:(?!(?:as|a|an|of|one|is|was|several|another)\s)[a-z-]+\s){1,4}forum)"
                         r"(?!\snext\b)")
NAMED_SUMMIT = re.compile(r"\bthe\s(?P<name>(?:[A-Z][a-z]+-)+[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\sSummit)\b")
# "the BRICS summit in Kazan", "the 2008 CSTO summit": another group's summit, a meeting of its own
OTHER_GROUP_SUMMIT = Gated(rf"\b(?:(?P<year>(?:19|20)\d\d)\s)?(?P<group>{trie_pattern(OTHER_GROUPS)})(?:'s)?\s"
                           r"(?:[Ll]eaders'?\s)?[Ss]ummit\b(?:\s(?:in|at)\s(?P<city>(?:St\.?\s)?[A-Z][a-z]+))?"
                           # "the first summit of the BRIC countries"
                           rf"|\b[Ss]ummit\sof\s(?:the\s)?(?P<group2>{trie_pattern(OTHER_GROUPS)})"
                           r"(?:\s(?:countries|nations|states|leaders|group))?\b",
                           words=("ummit",))
# The SCO's one-off formats (loader.vocabulary.OUTSIDE_SERIES): "a session of the SCO-Afghanistan Contact Group", "the
# Special Conference on Afghanistan", "the joint meeting of the SCO and CSTO"
ONE_OFFS = {
    "contact group": Gated(r"\b(?:meeting|session|round)\sof\s(?:the\s)?SCO[\s-]Afghanistan\s[Cc]ontact\s[Gg]roup\b"
                           r"|\b(?:SCO[\s-]Afghanistan\s|the\s)[Cc]ontact\s[Gg]roup(?:'s)?\s"
                           r"(?:meeting|session|met|meets)\b",
                           words=("ontact",)),
    "special conference": Gated(r"\b[Ss]pecial\s[Cc]onference\son\sAfghanistan\b", words=("onference",)),
    "SCO-CSTO": Gated(r"\bjoint\s(?:SCO[\s-]CSTO|CSTO[\s-]SCO)\s(?:meeting|session|summit)\b"
                      r"|\bjoint\s(?:meeting|session)\sof\s(?:the\s)?(?:heads(?:\sof\sstate)?\sof\s(?:the\s)?)?"
                      r"(?:(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\sand\s(?:the\s)?"
                      r"(?:CSTO|Collective\sSecurity\sTreaty\sOrgani[sz]ation)|CSTO\sand\s(?:the\s)?SCO)\b"
                      r"|\b(?:SCO[\s-]CSTO|CSTO[\s-]SCO)\s(?:joint\s)?(?:meeting|session|summit)\b"
                      # "the SCO leaders held a joint session on Afghanistan with members of the Russia-led CSTO"
                      r"|\bjoint\s(?:meeting|session)\s(?:on\sAfghanistan\s)?with\s(?:the\s)?"
                      r"(?:members\sof\s(?:the\s)?)?(?:[\w-]+\s){0,3}?"
                      r"(?:CSTO|Collective\sSecurity\sTreaty\sOrgani[sz]ation)\b",
                      words=("CSTO", "Collective Security")),
}
# "the SCO Plus meeting", "in the SCO Plus format": the expanded meeting with partners, held beside a summit
SCO_PLUS = Gated(r"\bSCO(?:[\s-][Pp]lus\b|\+)[\"”]?(?:\s(?:meeting|format|session|summit))?", words=("Plus", "plus", "SCO+"))
# "the group's founding summit", "signed the founding declaration": the summit in Shanghai in 2001 that founded the SCO
# (not "the Declaration on the Establishment of the SCO Youth Council")
FOUNDING = Gated(r"\b(?:(?:[Tt]he|its)\s(?:SCO\s)?founding\ssummit"
                 r"|(?:the\s)?(?:SCO|bloc|group|grouping|organi[sz]ation)'s\sfounding\s(?:summit|meeting|session))\b"
                 r"(?!\sof\s(?:the\s)?(?!SCO\b|Shanghai\sCooperation)[A-Z\"\u201c])"
                 r"|\bsign(?:ed|ing)?\s(?!up\b)(?:[\w-]+\s){0,4}?(?:the\s)?(?:(?:SCO|organi[sz]ation|group|bloc)'s\s)?"
                 r"(?:founding\s(?:declaration|documents?|papers|act)|[Dd]eclaration\son\sthe\s[Ee]stablishment\sof\s"
                 r"(?:the\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)(?![\s-][A-Z]))(?:\sof\s(?:the\s)?SCO\b)?",
                 words=("founding", "stablishment"))
PRESS = Gated(r"met\swith\sthe\spress|(?:press|news)\sconference|joint\spress\s(?:event|meeting)|press\sbriefing|"
              r"media\sbriefing|brief(?:s|ed)?\s(?:the\s)?(?:media|journalists|reporters|the\spress)", re.I,
              words=("press", "news conference", "briefing", "brief"))
# "the first meeting of the Council attended by India as a member": first of a kind, not the meeting numbered one
# ("its first summit in person since 2019", "their first face-to-face summit": a first of its kind, not the first)
NOT_A_NUMBERING = re.compile(r"(?:\s(?:in\sperson|face[\s-]to[\s-]face|abroad|offline))?"
                             r"\s(?:attended|held\s(?:in|since|after|by|via|online|entirely|virtually)|hosted\sby|"
                             r"since|with|for\s(?:the|India|Pakistan|[A-Z])|as\s|in\swhich|"
                             r"where|after|under|to\sbe|of\sits\skind|ever)\b")
# "The tenth summit of the Shanghai Cooperation Organization", "the 22nd SCO summit": a numbered summit
# (or the first words of a line or of a list's item: "-> 17th SCO summit: Astana, 8-9 June 2017")
ORDINAL_SUMMIT = Gated(rf"(?:\b(?:[Tt]he|(?P<whose>(?:[Tt]he\s)?(?:SCO|bloc|group|grouping|organi[sz]ation)'s|its))\s"
                       rf"|^(?:[-=*\u2022\u2013\u2014]*>?\s)?|(?<=[;:]\s)|(?<=\s[-\u2013\u2014]\s))(?:{ORDINAL})\s"
                       r"(?:SCO\s[Ss]ummit|(?:annual\s)?[Ss]ummit(?=\sof\s(?:the\s)?(?:SCO|Shanghai\sCooperation))|"
                       r"(?:annual\s)?summit\b)",
                       words=("ummit",))  # "the 10th SCO summit", "the bloc's 10th annual summit"
GENERIC = Gated(rf"(?:\b(?:the|this|that|today's|yesterday's|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day's|(?:their|its)(?=\s(?:\d{{1,2}}(?:st|nd|rd|th)|{trie_pattern(ORDINALS)}|(?:one|two|three|four)-day|annual)\s))\s"
                rf"|(?<=\blast\syear's\s)|(?<=\bat\s)a\s)(?:SCO\s|Shanghai\sCooperation\sOrgani[sz]ation\s(?:\(SCO\)\s)?)?"
                rf"(?:(?:previous|last|next|following),?\s)?(?:(?:{ORDINAL}),?\s)?(?:(?:(?:one|two|three|four)-day|high-level|annual|regular|online|virtual|hybrid|"
                r"ministerial|enlarged|expanded|extended|plenary|restricted|extraordinary|emergency|informal|"
                r"founding|inaugural|(?:[a-z]+-)?anniversary|jubilee|"
                r"(?:narrow|restricted|expanded|extended|enlarged)-format)\s){0,2}"
                r"(?:meeting|meet|summit|session|moot|event|conclave|gathering|huddle|ministerial|conference)\b"
                r"(?!\s(?:of|between|with)\b(?!\s(?:the|their|its)\s(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation|"
                r"organi[sz]ation|bloc|grouping|group|ministers|council|body|format)\b))",
                # "The fourth meeting of the ministers was hosted by ..."
                re.I,
                word_start=True, words=GENERIC_MEETING_WORDS)
IN_FORMAT = re.compile(r"\s(?:held\s)?in\s(?:the\s)?")
SOMEONES_NTH = re.compile(r"(?:\sof\sthe\s(?:group|bloc|grouping|organi[sz]ation))?\s(?:for|since)\s")
FUTURE = Gated(r"\b(?:will|to\sbe\sheld|is\sto|shall|next\s(?:year|week|month)|(?:is|are)\sexpected\sto|"
               r"(?:is|are|was|were)\s(?:set|due|scheduled|slated)\sto)\b"
               # "X plans to attend", not "to discuss Russian plans to write off the debt" (the noun)
               r"|(?<!ian\s)(?<!ese\s)(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!ir\s)\bplans?\sto\b", re.I,
               word_start=True,
               words=("will", "to be held", "is to", "shall", "next", "plan", "expected", "set to", "due to", "scheduled to",
                      "slated to"))


@dataclass(frozen=True)
class MeetingMention:
    """A meeting named in a sentence; year None when the text does not fix it."""

    start: int
    end: int
    kind: str
    ordinal: int | None = None
    year: int | None = None
    month: int | None = None
    city_word: str | None = None
    name: str | None = None
    series: Series | None = None  # the regular series of a council or ministerial meeting
    generic: bool = False
    summit: bool = False  # named only by the word "summit", which the press uses for other councils too
    outside: str | None = None  # another group's summit ("BRICS") or a one-off: loader.vocabulary.OUTSIDE_SERIES


def _ordinal(match: re.Match) -> int | None:
    if match["ord"]:
        return int(match["ord"])
    if match["ordw"]:
        return ORDINALS[match["ordw"].lower()]
    if match.groupdict().get("roman"):
        values = [ROMAN[c] for c in match["roman"]]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return None


PREVIOUS_BEFORE = re.compile(r"\b(?:[Ll]ast|[Pp]revious|[Pp]receding)\s(?:[\w'-]+\s){0,3}$")
IN_CITY_AFTER = re.compile(rf"\s(?:held\s)?in\s(?P<city>{PLACE_NAME})\b(?!\s(?:[Rr]egion|[Pp]rovince|[Oo]blast))"
                           rf"(?:\s(?:in|on)\s(?:\d{{1,2}}(?:-\d{{1,2}})?\s)?(?P<month>{NOT_CITY})\b)?")


def city_after(text: str, mention: MeetingMention, reference: date | None) -> str | None:
    """The city written right after a meeting of a series that names none ("the last prime ministers' meeting in
    Astana"); not one still to come ("... in Samarkand in September") nor one the sentence reports as just held
    ("SCO premiers meet in Beijing on Friday"), unless it says "last"."""
    city = None if not mention.series or mention.city_word or mention.summit else IN_CITY_AFTER.match(text, mention.end)
    if city is None:
        return None
    if city["month"] and reference and MONTH_NAMES.index(city["month"]) + 1 > reference.month:
        return None
    day = sentence_date(text, reference) if reference else None
    if day and 0 <= (reference - day).days <= 7 and not PREVIOUS_BEFORE.search(text, max(0, mention.start - 30),
                                                                                mention.start):
        return None
    return city["city"]
OF_SHANGHAI_FIVE = re.compile(r"\sof\s(?:the\s)?[\"\u201c]?Shanghai\s(?:Five|5)\b")
# "3rd. Again in Russia, chaired by Putin." opening a timeline's card: the card's meeting, by its number alone
CARD_ORDINAL = re.compile(rf"(?:{ORDINAL})\.(?=\s|$)")


def card_opener(text: str) -> MeetingMention | None:
    """The numbered meeting a timeline card's text opens with ("3rd. Again in Russia"), not yet of any kind."""
    match = CARD_ORDINAL.match(text)
    return MeetingMention(0, match.end() - 1, "", _ordinal(match), generic=True) if match else None


def find_meetings(text: str, reference: date | None) -> list[MeetingMention]:
    """Every meeting mention in a sentence, left to right."""
    found: list[MeetingMention] = []
    lower = text.lower()
    council, summit, forum = "council" in lower, "summit" in lower or "moot" in lower, "forum" in lower
    for match in COUNCIL.finditer(text):
        series = COUNCIL_SERIES[council_kind(match["council"] or match["council2"])]
        year = month = None
        if match["when"]:
            year = year_of(match["when"], reference)
            if reference and (ym := month_in(match["when"], reference)):
                year, month = ym
        ordinal = None if match["ordw"] and NOT_A_NUMBERING.match(text, match.end()) else _ordinal(match)
        found.append(MeetingMention(match.start(), match.end(), series.kind, ordinal, year, month, series=series))
    for match in COUNCIL_ABBREVIATION.finditer(text):
        if not any(m.start <= match.start() < m.end for m in found):
            series = COUNCIL_SERIES[ABBREVIATED[match["abbr"]]]
            when = YEARS_OWN.search(text, max(0, match.start() - 20), match.start())  # "Last year's CFM"
            year = year_of(when.group(0), reference) if when else None
            found.append(MeetingMention(match.start(), match.end(), series.kind, year=year, series=series))
    for match in OF_THE_COUNCIL.finditer(text) if council else ():
        if not any(m.start <= match.start() < m.end for m in found):
            year = year_of(match["when"], reference) if match["when"] else None
            found.append(MeetingMention(match.start(), match.end(), "", _ordinal(match), year, name="council"))
    for match in SHORT_COUNCIL.finditer(text) if "meeting" in lower or summit else ():
        if not any(m.start <= match.start() < m.end for m in found):
            series = COUNCIL_SERIES[council_kind(match["council"])]
            found.append(MeetingMention(match.start(), match.end(), series.kind, generic=True, series=series))
    for match in PREMIERS_MEETING.finditer(text):
        if not any(m.start <= match.start() < m.end for m in found):
            series, start, ordinal = COUNCIL_SERIES[HEADS_OF_GOVERNMENT], match.start(), _ordinal(match)
            if ordinal is None and (before := ORDINAL_BEFORE.search(text, max(0, start - 20), start)):
                start, ordinal = before.start(), _ordinal(before)  # "the fifth meeting of the SCO prime ministers"
            found.append(MeetingMention(start, match.end(), series.kind, ordinal, series=series))
    for match in MINISTERIAL_MEETING.finditer(text) if any(word in lower for word in MEETING_NOUNS) else ():
        end = match.end()
        if match["head"]:  # the participants are the head and the remit after "of the SCO member states"
            remit = f"{match['head']} {text[end:]}"
            series = next((s for pattern, s in MINISTERIAL_WHO if (who := pattern.match(remit))
                           and who.end() > len(match["head"]) + 1), None)
            end += who.end() - len(match["head"]) - 1 if series else 0
        else:
            group = next(g for g in ("who", "who2", "who3", "who4") if match[g])  # the series whose participants these are
            series = DEFENCE_SERIES if group == "who3" else \
                next((s for pattern, s in MINISTERIAL_WHO if (who := pattern.match(text, match.start(group)))
                      and who.end() == match.end(group)), None)  # "the SCO defence huddle": the defence ministers'

        if series and not any(m.start <= match.start() < m.end for m in found):
            found.append(MeetingMention(match.start(), end, series.kind, _ordinal(match), series=series))
    for match in LEADERS_MET.finditer(text):
        if OTHER_LEADERS.search(text, max(0, match.start() - 20), match.start()):
            continue  # "Young leaders of SCO countries meet", "business leaders of the SCO met": not its heads of state
        if not any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found):
            series = COUNCIL_SERIES[HEADS_OF_STATE]
            found.append(MeetingMention(match.start(), match.end(), series.kind, series=series))
    for match in SUMMIT.finditer(text) if summit else ():
        if any(m.start <= match.start() < m.end for m in found):
            continue
        if match["noun"] == "moot" and not re.search(r"\d|\bago\b|\byear\b", match[0]):
            continue  # any meeting may be "the Tashkent moot"; "the Bishkek moot two years ago" is a past summit
        if any(match.start() < m.start < match.end() for m in found) and not match["city"]:
            continue
        phrase = (match["pre"] or "") + (match["pre2"] or "") + (match["post"] or "")
        city = (match["city"] or "").strip() or match["city2"] or None
        if city in OTHER_SUMMIT_WORDS or city and (city.lower() in ORDINALS or city.lower() in NUMBERS):
            continue  # "Next summit: Dushanbe, 2008" in a factbox, "Two summits in fourteen days": no city's
        if city in SUMMIT_WORDS:
            city = None  # "the Annual Summit", "this Jubilee summit": no city
        if city and MONTH_NAME.fullmatch(city):
            phrase, city = f"{phrase} {city}", None  # "the June summit": a month, not a city
        if city and (city in {"The", "Central", "Asia"} or REGION_WORD.search(city)) \
                or re.search(r"-\s*$|Central Asia", text[max(0, match.start() - 20):match.start() + 2]) \
                or OTHER_GROUP_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "the CICA summit in Dushanbe", "the BRICS summit", "the ASEAN-India summit", "the East Asia
            # Summit": another group's
        year = year_of(phrase, reference)
        month = None
        if reference and (ym := month_in(phrase, reference)):
            year, month = ym
            if year < reference.year and not re.search(r"\b(?:19|20)\d{2}\b|\blast\b", phrase) and \
                    (is_future(text) or UPCOMING_BEFORE.search(text, max(0, match.start() - 40), match.start())
                     or month - reference.month <= SOON_MONTHS):
                year = reference.year  # "is set to join at the summit in Astana in July", "prepares the leaders' summit
                # in Samarkand in September": this year's, not last
        generic = not (city or year)
        if generic and match["plural"]:
            continue  # "its previous summits": others than the article's
        found.append(MeetingMention(match.start(), match.end(), HEADS_OF_STATE, None, year, month, city, generic=generic,
                                    series=COUNCIL_SERIES[HEADS_OF_STATE], summit=True))
    for match in FORUM_RE.finditer(text) if forum else ():
        if match["name"] != "Forum":
            name = SCO_NAMED.sub("SCO ", " ".join(match["name"].split()))  # "Shanghai Cooperation Organization Forum"
            found.append(MeetingMention(match.start(), match.end(), FORUM, _ordinal(match), name=name))
    for match in NAMED_FORUM.finditer(text) if forum else ():
        if not any(m.start <= match.start() < m.end for m in found):
            found.append(MeetingMention(match.start(), match.end(), FORUM, name=match["name"]))
    for match in NAMED_SUMMIT.finditer(text) if summit else ():
        found.append(MeetingMention(match.start(), match.end(), MEETING, name=match["name"]))
    for match in ORDINAL_SUMMIT.finditer(text) if summit else ():
        if (match["whose"] or "SCO" in match.group(0) or " of " in text[match.end():match.end() + 4]
                or not text[match.start():match.start() + 3].lower().startswith("the")) and \
                not OF_OTHER_GROUP.match(text, match.end()) and \
                not any(m.start <= match.start() < m.end for m in found):
            ordinal = None if match["ordw"] and NOT_A_NUMBERING.match(text, match.end()) else _ordinal(match)
            found.append(MeetingMention(match.start(), match.end(), HEADS_OF_STATE, ordinal, generic=True,
                                        series=COUNCIL_SERIES[HEADS_OF_STATE]))
    for match in SCO_PLUS.finditer(text):
        found.append(MeetingMention(match.start(), match.end(), MEETING, name=SCO_PLUS_NAME))
    for match in OTHER_GROUP_SUMMIT.finditer(text) if summit else ():
        year = int(match["year"]) if match["year"] else None
        group = match["group"] or match["group2"]
        found.append(MeetingMention(match.start(), match.end(), MEETING, year=year, city_word=match["city"],
                                    name=f"{group} summit", outside=group))
    for key, pattern in ONE_OFFS.items():
        for match in pattern.finditer(text):
            found = [m for m in found if not match.start() <= m.start < match.end()]  # not "heads of state" in it
            found.append(MeetingMention(match.start(), match.end(), MEETING, name=OUTSIDE_LABELS[key], outside=key))
    for match in FOUNDING.finditer(text):
        within = [m for m in found if match.start() <= m.start < match.end() or m.start <= match.start() < m.end]
        found = [m for m in found if m not in within]  # "the founding summit in Shanghai": not a summit of today's
        city = next((m.city_word for m in within if m.city_word), None)
        found.append(MeetingMention(match.start(), match.end(), HEADS_OF_STATE, year=FIRST_SCO_SUMMIT_YEAR,
                                    city_word=city, series=COUNCIL_SERIES[HEADS_OF_STATE]))
    for match in PRESS.finditer(text):
        found.append(MeetingMention(match.start(), match.end(), PRESS_EVENT))
    found = [m for m in found if not (m.kind == HEADS_OF_STATE and m.generic and any(
        o is not m and o.start <= m.start < o.end for o in found))]
    numbered = []  # "The heads of the border services ... held their seventh meeting": the count of theirs
    for match in THEIR_NUMBERED.finditer(text) if found else ():
        named = [m for m in found
                 if m.series and m.start < match.start() and m.end <= match.end() and m.ordinal is None]
        if named:
            end = named[-1].end if named[-1].generic else max(named[-1].end, match.end())  # with "their first meeting"
            found[found.index(named[-1])] = replace(named[-1], ordinal=_ordinal(match), end=end)
            if not named[-1].generic:  # not "the preparations for next month's summit at their 17th annual meeting"
                numbered.append(match.span())
    found = [replace(m, ordinal=_ordinal(before)) if m.series and m.ordinal is None and
             (before := NUMBERED_SESSION_OF.search(text, max(0, m.start - 40), m.start)) else m for m in found]
    found = _merge_city_summits(found)
    found = [replace(m, city_word=city) if (city := city_after(text, m, reference)) else m for m in found]
    found = [with_nearby_year(text, m, reference) for m in found]
    for mention in summits_of_years(text, reference) if summit else ():
        if not any(m.start <= mention.start < m.end or m.series is mention.series and m.year == mention.year for m in found):
            found.append(mention)
    for match in GENERIC.finditer(text):
        named = next((m for m in found if m.name and IN_FORMAT.fullmatch(text, match.end(), m.start)), None)
        if named:  # "the first meeting held in the SCO+ format": that meeting
            found[found.index(named)] = replace(named, start=match.start())
        elif not any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found) \
                and not any(start <= match.start() < end for start, end in numbered):
            found.append(MeetingMention(match.start(), match.end(), "", _ordinal(match), generic=True))
    # "the first summit of the group for Hu Jintao", "his first SCO summit": a count of someone's summits
    found = [replace(m, ordinal=None) if m.ordinal and (SOMEONES_NTH.match(text, m.end) or
                                                          re.search(r"\b(?:his|her|their)\s$", text[max(0, m.start - 6):m.start]))
             else m for m in found]
    # "the sixth summit of the Shanghai Five": the SCO's forerunner, which the reference places by city and year only
    found = [m for m in found if not OF_SHANGHAI_FIVE.match(text, m.end)]
    return sorted(found, key=lambda m: m.start)


# "In Shanghai in June 2001", "Yekaterinburg in 2009", "in Bishkek last year", "two years later in Bishkek", "four years
# ago in Astana": a city and a year, which in an article about the summits is the summit there that year, if the reference
# list places one there. "later" counts from the year the text named last.
_COUNT = r"(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_CITY = r"(?!(?:In|At|The|Then|And|But|By|Two|Three|Four|Five|Six|A|An)\b)(?:St\.\s)?[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?"
_RELATIVE = rf"[Ll]ast\syear|{_COUNT}\syears?\s(?:ago|later)"
CITY_YEAR = Gated(rf"\b(?P<city>{_CITY})(?:\sagain)?\s(?:(?:in|of)\s(?:(?:{NOT_CITY})\s)?(?P<year>(?:19|20)\d{{2}})\b"
                  rf"|(?P<relative>{_RELATIVE})\b)"
                  rf"|\b(?P<relative2>{_RELATIVE}),?\s(?:in|at)\s(?P<city2>{_CITY})\b"
                  # "* Almaty, July 1998 - the third meeting": an item of a chronology
                  # "1. Shanghai, 2001: The birth": the heading of a listicle's item; "03:05  St Petersburg, 7 June
                  # 2002: the SCO Charter is signed": a podcast's chapter
                  rf"|^(?:[*\u2022-]\s|\d{{1,2}}\.\s|\d{{1,2}}:\d{{2}}\s+)?(?P<city3>{_CITY}),\s"
                  rf"(?:\d{{1,2}}(?:-\d{{1,2}})?\s)?(?:(?:{NOT_CITY})\s)?(?P<year3>(?:19|20)\d{{2}})"
                  r"(?:\s[-\u2013\u2014]|:)"
                  rf"|^(?:[*\u2022-]\s)?(?:(?:{NOT_CITY})\s)?(?P<year4>(?:19|20)\d{{2}}),\s(?P<city4>{_CITY})\s[-\u2013\u2014]",
                  words=("19", "20", "ast year", "ago", "later"))
MORE_YEARS = re.compile(r"(?:,\s|,?\sand\s)(?P<year>(?:19|20)\d{2})\b")
CITY_YEARS_IN_BRACKETS = Gated(rf"\b(?P<city>{_CITY})\s\((?P<years>(?:19|20)\d{{2}}"
                               rf"(?:(?:,\s|,?\sand\s)(?:19|20)\d{{2}})*)\)", words=("(19", "(20"))
# "2018 Qingdao", "2005, Moscow (October 26):"
YEAR_CITY = re.compile(rf"\b(?P<year>(?:19|20)\d{{2}}),?\s(?P<city>{_CITY})\b")
CITY_SPACE_YEAR = re.compile(rf"\b(?P<city>{_CITY})\s(?P<year>(?:19|20)\d{{2}})\b")  # "Shanghai 2001, Moscow 2003"
YEARS_LATER = re.compile(rf"\b(?P<count>{_COUNT})\syears?\slater\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")

FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|created|set\sup|born|launched|registered)\s(?:\w+\s){0,2}$")


def venue_mentions(text: str, reference: date | None, series: Series, city_of, last_year: int | None = None
                   ) -> list[MeetingMention]:
    """The meetings of `series` that a city and a year name, where the reference list places that year's meeting in
    that city; `city_of` gives a name's city slug (or None), `last_year` the year the text named last before."""
    found = []

    def add(start: int, end: int, city: str, year: int | None) -> None:
        if year and (place := city_of(city)) and series.venues.get(year) == place and \
                (reference is None or year <= reference.year):
            found.append(MeetingMention(start, end, series.kind, year=year, city_word=city, series=series))

    for match in CITY_YEAR.finditer(text):
        if FOUNDED_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "founded in Shanghai in 2001": the founding, not a summit
        city = match["city"] or match["city2"] or match["city3"] or match["city4"]
        relative, written = match["relative"] or match["relative2"], match["year"] or match["year3"] or match["year4"]
        add(match.start(), match.end(), city,
            int(written) if written else _relative_year(relative, text[:match.start()], reference, last_year))
        at = match.end()
        while match["year"] and (more := MORE_YEARS.match(text, at)):  # "in Astana in 2005, 2011 and 2017"
            add(more.start("year"), more.end(), city, int(more["year"]))
            at = more.end()
    for match in CITY_YEARS_IN_BRACKETS.finditer(text):  # "Shanghai (2001, 2006), Beijing (2012)"
        for year in YEAR.finditer(text, match.start("years"), match.end("years")):
            add(year.start(), year.end(), match["city"], int(year.group(0)))
    for match in YEAR_CITY.finditer(text):  # "2001 Shanghai · 2006 Shanghai · 2012 Beijing"
        if not any(m.start <= match.start("year") < m.end or m.start <= match.start("city") < m.end for m in found):
            add(match.start(), match.end(), match["city"], int(match["year"]))
    listed = list(CITY_SPACE_YEAR.finditer(text)) if len(YEAR.findall(text)) >= 2 else []
    for match in listed if len(listed) >= 2 else ():  # "Summits so far: Shanghai 2001, St Petersburg 2002, ..."
        if not any(m.start <= match.start() < m.end or match.start() <= m.start < match.end() for m in found):
            add(match.start(), match.end(), match["city"], int(match["year"]))
    return found


# "the previous summits in Dushanbe took place in 2008 and 2014", "hosted the SCO summits of August 2008 and September 2014":
# one summit a year the list names
SUMMIT_YEARS = Gated(rf"\b[Ss]ummits\b[^.;]{{0,60}}?\b(?:in|of)\s(?P<years>(?:(?:{NOT_CITY})\s)?(?:19|20)\d{{2}}"
                     rf"(?:(?:,\s|,?\sand\s)(?:(?:{NOT_CITY})\s)?(?:19|20)\d{{2}})+)\b", words=("ummits",))


def summits_of_years(text: str, reference: date | None) -> list[MeetingMention]:
    """The summits a list of years names ("summits in 2008 and 2014"), each at its year; none still to come."""
    found = []
    for match in SUMMIT_YEARS.finditer(text):
        for year in YEAR.finditer(text, match.start("years"), match.end("years")):
            if FIRST_SCO_SUMMIT_YEAR <= int(year.group(0)) <= (reference.year if reference else 9999):
                found.append(MeetingMention(year.start(), year.end(), HEADS_OF_STATE, year=int(year.group(0)),
                                            series=COUNCIL_SERIES[HEADS_OF_STATE], summit=True))
    return found


# "The ministers last gathered as a council in Beijing in April 2018", "they had previously met in Tashkent in 2010": the
# meeting of the article's series that year, where it met
EARLIER_GATHERING = Gated(rf"\b(?:last|previously|first)\s(?:met|gathered|convened)\b(?:\sas\s(?:a\s)?(?:council|group|body))?"
                          rf"(?:\s(?:together|in\sperson))?\sin\s(?P<city>{PLACE_NAME})\s(?:in|on)\s(?:\d{{1,2}}\s)?"
                          rf"(?:(?:{NOT_CITY})\s(?:\d{{1,2}},?\s)?)?(?P<year>(?:19|20)\d{{2}})\b",
                          words=("last", "previously", "first"))


def earlier_gatherings(text: str, series: Series) -> list[MeetingMention]:
    """The earlier meetings of `series` a sentence places in a city and a year ("last gathered in Beijing in April
    2018")."""
    return [MeetingMention(match.start("city"), match.end(), series.kind, year=int(match["year"]), city_word=match["city"],
                           series=series) for match in EARLIER_GATHERING.finditer(text)]


# "On April 26, 1996, the five presidents signed an agreement ... in Shanghai": a year and, in the same sentence, the
# city where the series met that year, with a meeting's verb
MET_THERE = re.compile(r"\b(?:met|meet|gathered|signed|summit|meeting|talks|convened|sat\sdown)\b")


def year_and_venue_mentions(text: str, series: Series, city_of) -> list[MeetingMention]:
    """The meetings of `series` a sentence names by a year and that year's city anywhere in it (for a series whose
    years are few and far back, as the Shanghai Five's); one per year, at the city's name."""
    found = []
    if not MET_THERE.search(text):
        return found
    years = [(match.start(), int(match.group(0))) for match in YEAR.finditer(text)]
    for year in dict.fromkeys(y for _, y in years):
        venue = series.venues.get(year)
        for word in CITY_WORD.finditer(text) if venue else ():
            nearest = min(years, key=lambda found: abs(found[0] - word.start()))[1]  # "founded in Shanghai in 2001"
            if city_of(word.group(0)) == venue and nearest == year:
                found.append(MeetingMention(word.start(), word.end(), series.kind, year=year, city_word=word.group(0),
                                            series=series))
                break
    return found


CITY_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!\s(?:Five|5|Cooperation|Spirit|Convention|Declaration)\b)")


def _relative_year(phrase: str, before: str, reference: date | None, last_year: int | None) -> int | None:
    """The year of "two years later" (after the year named last) or of "two years ago" (before the article's)."""
    if later := YEARS_LATER.search(phrase):
        years = YEAR.findall(before)
        anchor = int(years[-1]) if years else last_year
        count = later["count"].lower()
        return anchor + (int(count) if count.isdigit() else NUMBERS.get(count, 1)) if anchor else None
    return year_of(phrase, reference) if reference else None


_TH = r"(?:st|nd|rd|th)?"  # "28th August, 2008"
NEARBY_YEAR_AFTER = re.compile(rf"[^.;]{{0,70}}?\b(?:on|in|of)\s(?:\d{{1,2}}{_TH}(?:-\d{{1,2}}{_TH})?\s)?"
                               rf"(?:[A-Z][a-z]+\.?,?\s)?(?:\d{{1,2}}{_TH}(?:-\d{{1,2}})?,?\s)?"
                               r"(?P<year>(?:19|20)\d{2})\b")
OTHER_EVENT = re.compile(r"\b(?:since|founded|established|created|began|set\sup|after|before|joined|became|anniversary|"
                         r"years?|months?|ago|first|last|previous|next)\b", re.I)
LAST_MONTH_AFTER = re.compile(rf"[^.;]{{0,40}}?\b(?P<when>last\s(?:{NOT_CITY}))\b")
SENTENCE_YEAR = re.compile(r"(?:In|By)\s(?:[A-Z][a-z]+\s)?(?P<year>(?:19|20)\d{2}),\s(?!.*\b(?:19|20)\d{2}\b)")
ITEM_YEAR = re.compile(rf"(?:[-\u2013\u2014]+\s|[*\u2022]\s)?(?:(?:{NOT_CITY}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s"
                       rf"(?:\d{{1,2}},?\s)?|\d{{1,2}}\s(?:{NOT_CITY})\s)?(?P<year>(?:19|20)\d{{2}})"
                       rf"(?:,\s{PLACE_NAME})?(?:\s[-\u2013\u2014:]+|:)\s")  # "-- Sept. 23, 2003, Beijing: The second ..."
LAST_YEAR_FIRST = re.compile(r"(?:Last\syear|A\syear\sago),\s")
LAST_YEAR_AFTER = re.compile(r"[^.;]{0,70}?\b(?P<when>last\syear|(?:a|one|two|three|four|five)\syears?\sago)\b")
NEARBY_YEAR_BEFORE = re.compile(r"\b[IiOo]n\s(?:\d{1,2}\s)?(?:[A-Z][a-z]+\s)?(?:\d{1,2},?\s)?(?P<year>(?:19|20)\d{2}),?\s"
                                r"(?:at|during)\s(?:the\s|an?\s)?$"
                                r"|(?P<relative>(?:[Ll]ast|[Tt]his|[Nn]ext)\syear's|(?:19|20)\d{2})\s$")


def with_nearby_year(text: str, mention: MeetingMention, reference: date | None) -> MeetingMention:
    """The year written next to a meeting that names none itself: "the Shanghai summit ... on 15 June 2006",
    "In 2005, at the Astana summit" (and, from the day the text is written, "last year")."""
    if mention.year or not mention.series:
        return mention
    near = NEARBY_YEAR_AFTER.match(text, mention.end)
    if near and OTHER_EVENT.search(text, mention.end, near.start("year")):
        near = None  # "the 21st meeting, 20 years after the SCO was founded in 2001": another event's year
    near = near or NEARBY_YEAR_BEFORE.search(text[max(0, mention.start - 40):mention.start]) or \
        SENTENCE_YEAR.match(text[:mention.start]) or \
        ITEM_YEAR.match(text[:mention.start])  # "In July 2015, X and Y met in Ufa ...", "-- June 7, 2002 -- The second summit"
    if near is None and reference is None:
        return mention
    if near is None and LAST_YEAR_FIRST.match(text) and not is_future(text):
        return replace(mention, year=reference.year - 1, generic=False)  # "Last year, ... the meeting was held by video"
    if near is None and (last := LAST_MONTH_AFTER.match(text, mention.end)) and (found := month_in(last["when"], reference)):
        return replace(mention, year=found[0], month=found[1], generic=False)  # "the meeting in Beijing last September"
    if near is None and (last := LAST_YEAR_AFTER.match(text, mention.end)) and \
            not OTHER_EVENT.search(text, mention.end, last.start("when")) and (year := year_of(last["when"], reference)):
        return replace(mention, year=year, generic=False)  # "the 16th meeting took place in Dushanbe in June last year"
    if near is None:
        return mention
    relative = near.groupdict().get("relative")
    year = year_of(relative, reference) if relative else int(near["year"])
    return replace(mention, year=year, generic=False) if year else mention


# "the leaders' summit that July", "Later that year, the summit ...": the year the text named last
THAT_WHEN_AFTER = re.compile(rf"[^.;]{{0,40}}?\b(?:that|the\ssame)\s(?P<when>year|{NOT_CITY})\b")
THAT_WHEN_FIRST = re.compile(rf"(?:(?:Later|Earlier)\s(?:in\s)?)?(?:[Tt]hat|[Tt]he\ssame)\s(?P<when>year|{NOT_CITY}),?\s")


def with_earlier_year(text: str, mention: MeetingMention, last_year: int | None) -> MeetingMention:
    """The year of a meeting "that July" or "later that year": the one written last before it, in the sentence or,
    failing that, in the sentences before (`last_year`)."""
    if mention.year or not mention.series:
        return mention
    that = THAT_WHEN_AFTER.match(text, mention.end) or THAT_WHEN_FIRST.match(text)
    if that is None:
        return mention
    years = YEAR.findall(text, 0, mention.start)
    year = int(years[-1]) if years else last_year
    if year is None:
        return mention
    month = MONTH_NAMES.index(that["when"]) + 1 if that["when"] in MONTH_NAMES else mention.month
    return replace(mention, year=year, month=month, generic=False)


def _merge_city_summits(found: list[MeetingMention]) -> list[MeetingMention]:
    """"the Shanghai summit of the Heads of State Council": one mention, the council's, held in that city."""
    result = list(found)
    for summit in found:
        council = next((m for m in result if m is not summit and m.series and summit.city_word and not m.city_word
                        and m.kind == summit.kind and summit.start < m.start < summit.end), None)
        if council is not None:
            result[result.index(council)] = replace(council, start=summit.start, city_word=summit.city_word)
            result.remove(summit)
    return result


def council_kind(name: str) -> str:
    """The class of the council a name says: "Heads of States" -> HeadsOfStateCouncilMeeting."""
    name = name.lower()
    return next(kind for kind in COUNCIL_SERIES if ("state" in name) == (kind == HEADS_OF_STATE)
                and ("government" in name) == (kind == "HeadsOfGovernmentCouncilMeeting"))


@lru_cache(maxsize=512)  # pure, and asked of one sentence by several rules
def sentence_date(text: str, reference: date | None) -> date | None:
    """The first date the sentence gives ("on October 26", "September 17, 2021", "on Thursday", "yesterday"), not the
    start of a period: "his first trip since he was sworn in on June 12"."""
    text = without_since(text)
    candidates = []
    absolute = ABSOLUTE.search(text)
    if absolute and (found := parse_date(absolute.group(0), reference)):
        candidates.append((absolute.start(), found))
    if reference and (match := WEEKDAY.search(text)) and not (absolute and 0 <= absolute.start() - match.end() <= 2):
        candidates.append((match.start(), weekday_before(reference, match[1])))  # not in "Tuesday, November 30"
    if reference and (match := RELATIVE_DAY.search(text)):
        candidates.append((match.start(), reference + timedelta(days=RELATIVE_OFFSET.get(" ".join(match["day"].lower().split()), 0))))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None


SINCE_CLAUSE = re.compile(r"\b[Ss]ince\b[^,;.]*")


def without_since(text: str) -> str:
    """The text with its "since ..." clauses blanked out (offsets kept): they date the start of a period."""
    return SINCE_CLAUSE.sub(lambda since: " " * len(since.group(0)), text) if "ince " in text else text


@lru_cache(maxsize=512)
def is_future(text: str) -> bool:
    """Does the sentence speak of something still to happen?"""
    return bool(FUTURE.search(text))



