"""Who took part in a meeting, for which state, in which capacity: participant lists under a heading, groups
("Delegations from China, Russia and India"), chairs of sessions, speakers at the meeting, and absences."""

from __future__ import annotations

import re
from collections.abc import Generator, Iterator

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import AllMembersAttended, Attended, Candidate, Chaired, Context
from loader.extraction.meetings import YEAR, is_future
from loader.extraction.mentions import PersonMention
from loader.extraction.rules.statuses import state_list
from loader.extraction.tables import RULE
from loader.facts import (BILATERAL, CITY, GUEST, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, IGO, MEMBER, ORGANIZATION,
                          PRESS_EVENT, STATE)
from loader.patterns import PLACE_NAME
from loader.reading.sentences import CLAUSE_VERB, Sentence
from loader.vocabulary import STANDINGS, gathered_titles

GROUP_FROM = re.compile(r"\b(?:[Dd]elegations?|[Ll]eaders|[Hh]eads(?:\sof\s(?:[Ss]tate|[Gg]overnment))?|[Rr]epresentatives|"
                        r"[Hh]eads\sand\s(?:representatives|officials)|"
                        r"[Mm]inisters(?:\sof\s(?:[Ff]oreign\s[Aa]ffairs|[Dd]efen[cs]e))?|"
                        r"[Pp]residents|[Pp]rime\s[Mm]inisters|"
                        # "the national coordinators of India, ...", "senior officials from A and B"
                        r"(?:[a-z]+\s)?(?:[Cc]oordinators|[Oo]fficials|[Ee]nvoys|[Dd]elegates|[Dd]iplomats|"
                        r"[Pp]rosecutors|[Jj]udges|[Jj]ustices|[Aa]mbassadors|[Ss]peakers|[Ee]xperts|"
                        r"[Bb]anks|[Ee]xecutives)"
                        r"|(?:[a-z]+\s){0,2}[Ss]ecretaries"  # "the security council secretaries of A, B"
                        # "A, B and their counterparts from C and D"
                        r"|[Oo]fficials\sand\sexperts|(?<=\btheir\s)(?:counterparts|colleagues)"
                        r"|(?<=\b(?:his|her)\s)(?:counterparts|colleagues)"
                        # "Railway chiefs or their deputies from A, B"
                        r"|(?:[A-Z]?[a-z]+\s)?chiefs(?:\sor\stheir\sdeputies)?)\s(?:from|of)\s(?:the\s)?"
                        # "of the ministries and agencies responsible for agriculture, food security ... of India, ..."
                        r"(?:(?:[a-z]+\s){0,4}(?:ministries|agencies|departments|services|bodies|authorities|"
                        r"administrations|courts|councils)\b[^.;:]{0,120}?\sof\s"
                        r"(?:the\s)?)?"
                        # "of all nine member states - A, B", "of the other nine SCO member states, namely A, B", "of the SCO
                        # Member States China, India", "of the six SCO members -- A, B"
                        r"(?:(?:(?:all|the\sother)\s(?:\w+\s)?"
                        r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)"
                        # "of the four observer states, Afghanistan, Belarus, ..."
                        r"(?:SCO\s)?(?:member|observer)(?:\sstates|\scountries|s)"
                        r"(?:,?\snamely|,|\s[\u2013\u2014-]{1,2}|:)?\s|"
                        r"(?:SCO\s)?(?:[Mm]ember|[Oo]bserver)\s[Ss]tates(?:\s[\u2013\u2014-]{1,2})?\s"
                        r"|(?:SCO\s)?[Dd]ialogue\s[Pp]artners\s)?(?=[A-Z])")
ABSENT = re.compile(r"[^.;]{0,20}?\b(?:did\snot|may\snot|might\snot|cannot|can't|unable|didn't|does\snot|will\snot|won't|"
                    r"could\snot|couldn't|was\snot|were\snot|is\snot|are\snot|isn't|aren't|never|skipped|boycotted|stayed\saway|stayed\s(?:at\s)?home|"
                    r"stayed\s(?:behind|in\s[A-Z][a-z]+)|"
                    r"had\sbeen\sexpected)\b")  # "X had been expected, was represented by Y"
# "Chinese, Indian, Kazakh and Uzbek leaders met behind closed doors": the states of a list of demonyms
DEMONYM_GROUP = re.compile(r"(?P<adjs>[A-Z][a-z]+(?:,\s[A-Z][a-z]+)*,?\sand\s[A-Z][a-z]+)\s(?:leaders|presidents|heads\sof\s"
                           r"(?:state|government)|prime\sministers|premiers|(?:foreign|defen[cs]e)\sministers|delegations)\b")
# A heading inside a joined protocol list, a few words and no one named: "Heads of the SCO member states",
# "Honorary guest of the chairing country"
SUBHEADING = re.compile(r"[\w\s'-]{3,80}")
# "... have already arrived in Bishkek", "Putin touched down in Tianjin", "X travelled to Dushanbe": at the meeting, when
# that is its city or the dateline's
ARRIVED_IN = re.compile(rf"\b(?:(?:arrived|touched\sdown|landed)\sin|(?:flew|travell?ed)\s(?:in)?to|flew\sin\sto)\s(?P<place>{PLACE_NAME})")
# "... arrived at the state residence, where they were greeted by the host": at the venue of the meeting
ARRIVED_BARE = re.compile(rel.ARRIVED_BARE)
# "... has arrived and was met by Prime Minister X", "greeted at the airport by": a host's official, not a guest
GREETED_BY = re.compile(r"\b(?:met|greeted|received|welcomed|seen\soff)\s(?:(?:at|on)\s(?:the\s)?(?:[\w-]+\s){0,3})?"
                        r"by\b")
# "28 August", "August 28, 2008": a day's heading over the next items of a list
DAY_LINE = re.compile(r"\d{1,2}\s[A-Z][a-z]+(?:\s(?:19|20)\d\d)?|[A-Z][a-z]+\s\d{1,2}(?:,\s(?:19|20)\d\d)?")
ARRIVED_AT_VENUE = re.compile(r"\barrived\sat\sthe\s(?:[\w-]+\s){0,3}(?:residence|venue|palace|hall|centre|center|complex|"
                              r"house|building)\b", re.I)
GROUP_BY_VIDEO = re.compile(r"\b(?:took\spart|takes?\spart|participated|participates?|joined\sin|attended|all\sjoined|"
                            r"(?<!\bwho\s)joined(?=\s(?:via|by)\s)|(?<=\bleaders\s)joining(?=\s(?:via|by)\s)|"
                            r"joined\sthe\s(?:meeting|summit|session)|"
                            r"addressed\s(?:it|the\s(?:meeting|summit|session|gathering)|(?:their|his|her)\s(?:colleagues|"
                            r"counterparts|peers|fellow\sleaders)))\s(?:[a-z]+\s){0,3}?(?:via|by)\svideo")
LIST_BREAK = re.compile(r"[;:]|\.\s")  # what ends the run of list items that one status word introduces
# "..., Russian presidential aide Yury Ushakov said": the source of the report, not a participant
SOURCE = re.compile(r",?\s(?:said|says|told\s(?:reporters|journalists|the\spress|the\smedia|media)|added|noted)\b"
                    r"(?!\s(?:after|while|before|during|at|in\s(?:a|his|her)\s(?:speech|address)))")
# who stands for a state without a name: "a deputy prime minister", "its ambassador", "deputy prosecutors-general"
DELEGATE_WORD = (r"(?:minister|delegation|ambassador|envoy|official|representative|secretary|chairman|speaker|"
                 r"premier|president|"
                 r"deputy|(?:prosecutor|procurator)(?:[\s-]general)?|judge|justice|head|chief|director|adviser)s?\b")
DELEGATE_NOUN = DELEGATE_WORD + r"(?!\s[A-Z])"
# "Mongolia, which received observer status last year, also sent a delegation": the state, past its aside
STATE_ASIDE = r"(?P<aside>,\s(?:which|whose)\s[^,;.]{1,120},)?"
SENT_UNNAMED = re.compile(r"\b(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
                          r"(?:(?:,\s|,?\sand\s)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)*)"
                          rf"{STATE_ASIDE}\s(?:only\s|also\s)?sent\s(?:(?:its|their|a)\s)?(?:[a-z-]+\s){{0,4}}"
                          rf"{DELEGATE_NOUN}")
# "The Uzbek minister joined the meeting via video conference": the state's delegate, named or not elsewhere
DEMONYM_DELEGATE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s(?P<adj>[A-Z][a-z]+)\s(?:[a-z-]+\s){0,3}"
                              r"(?:minister|delegation|delegate|side|representative|official|leader|president|premier)"
                              r"\s(?:also\s)?(?:joined|joins|took\spart|"
                              r"takes\spart|attended|attends|participated|participates|was\s(?:led|headed)\sby)\b")
# "represented by A, B and a Mongolian delegation": a state's unnamed delegate, as an item of a list
DEMONYM_DELEGATION_LISTED = re.compile(r"(?:,|\sand)\san?\s(?P<adj>[A-Z][a-z]+)\sdelegation\b(?=[,;.]|\sand\b|$)")
# "Belarus attended for the first time as an observer": a state that took part, its delegate unnamed
# "Belarus and Mongolia attended as observers", "The observer states - India, Iran and Pakistan - took part": each state
# of the list that ends there
STATE_ATTENDED = re.compile(r"(?:^|[,;]\s|\band\s)(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s[-\u2013\u2014])?"
                            rf"{STATE_ASIDE}\s(?:also\s|both\s)?"
                            r"(?:attended|took\spart|participated|(?:is|was|were|are)\sattending"
                            r"|(?:was|were)\s(?:also\s)?present"
                            # "A, B and C were represented"
                            r"|(?:was|were)\s(?:also\s)?represented(?![^,;.]*\bby\b))\b(?P<rest>[^,;.]*)")
UNNAMED_REPRESENTATIVE = re.compile(r"(?:its|their)\s(?:[a-z-]+\s){0,2}(?:[A-Z][a-z]+\s?){1,4}(?:[,;.]|\sand\b|$)"
                                    # "was represented by a deputy prime minister", "by a lower-ranking delegation",
                                    # "by deputy prosecutors general"
                                    rf"|(?:(?:its|their|an?)\s)?(?:[a-z-]+\s){{0,3}}{DELEGATE_NOUN}"
                                    # "by a Deputy Chairman of the Cabinet"
                                    rf"|an?\s(?:[A-Z][a-z-]+\s){{0,2}}(?i:{DELEGATE_WORD})(?!\s[A-Z])")
WHO_IT_GATHERED = re.compile(r",\s(?:which|that)\s(?:gathered|brought\stogether|included|involved|united)\b[^.;]*")
LIST_AFTER = re.compile(r"(?:\s(?:link|conference|call))?(?:\s(?:were|are|included)\b|:\s)")
# "held talks with the leaders and representatives of the observer states": talks with a group, not attendance
GROUP_PARTNERS = re.compile(r"(?:[^,;.]{0,30}?\bwith)?\s(?:the\s)?(?:leaders|representatives|heads|delegations|presidents|prime\sministers|"
                            r"counterparts)\b")
CLAUSE_BREAK = re.compile(r",\s(?:while|whereas|but)\s|;\s|\swhile\s")  # "A came in person, while B and C ..."
OWN_CLAUSE = re.compile(r",\s(?:who|which)\s[^,;]*")
CLAUSE_VERB_WORD = re.compile(r"\b(?:[a-z]{2,}ed|was|were|is|are|has|have|came|went|took|sent|joined|attend[s]?|led)\b")
IN_PLACE_OF = re.compile(r"\b(?:in\splace\sof|instead\sof|standing\sin\sfor|on\sbehalf\sof)\s(?:[A-Z][\w.-]*\s){0,5}$")  # the one absent
# the host, whose guest came (not "Guests of the host included X")
GUEST_OF = re.compile(r"\bguests?\sof\s(?:the\s|his\s|her\s)?(?:[\w-]+\s){0,3}$(?<!\swere\s)(?<!\sincluded\s)")
ON_THE_SIDE = re.compile(r"[^,.;]{0,40}?\bon\s(?:the\s)?(?P<adj>[A-Z][a-z]+)\s(?:side|delegation)\b")
REPRESENTATIVE = re.compile(r"[^,.;]{0,60}?\bas\s(?:a\s|the\s)?(?:special\s)?(?:representative|envoy)\sof\s")


# "... met Afghan President Hamid Karzai, who attended the summit as a guest of the host country": the person before
# the clause took part in the meeting it names, in the capacity it gives
WHO_ATTENDED = re.compile(r",\s(?:who|which)\s(?:also\s|had\s|was\s|were\s){0,2}(?:(?:attended|attending|took\spart\sin|"
                          r"taking\spart\sin|participated\sin|joined)\s(?:the\s)?(?:[A-Z]+\s)?"
                          r"(?:summit|meeting|session|council|gathering|forum|event|moot)\b"
                          # "X, who is also attending, ...", "Y, who leads the Indian delegation"
                          r"|(?<=\sis\s)(?:also\s)?attending(?=[,;.]|$)|(?:leads|led|heads|headed)\s(?:the\s)?[A-Z][a-z]+\sdelegation\b"
                          # "who leads the delegation of India"
                          r"|(?:leads|led|heads|headed)\sthe\sdelegation\sof\s(?:the\s)?[A-Z]"
                          # "X, Kyrgyzstan's deputy minister, who led his country's delegation"
                          r"|(?:leads|led|heads|headed)\s(?:his|her|its|their)\s(?:country's\s|nation's\s|state's\s)?"
                          r"delegation\b"
                          # "Y, who is in Samarkand for the summit"
                          r"|(?:is|was|are|were)\sin\s[A-Z][a-z]+\sfor\sthe\s(?:summit|meeting|session|council|gathering|forum|moot)\b)"
                          r"(?P<rest>[^,;.]*)")

# "Uzbek President Islam Karimov, who is hosting the gathering, met his guests": the host chairs it
WHO_HOSTED = re.compile(r",\s(?:who|which)\s(?:is\s|was\s)?(?:hosting|hosted|hosts|chairing|chaired|chairs|presiding\sover|"
                        r"presided\sover)\s(?:the\s)?(?:[A-Z]+\s)?(?:summit|meeting|session|council|gathering|forum|event|moot)\b")


def attended_by_clause(a: Article, seen: Seen) -> Iterator[Attended | Chaired]:
    """A person followed by ", who attended the summit (as a guest)" took part in it, by ", who is hosting the
    gathering" chaired it: the meeting the sentence names, or the main one."""
    for match in [*WHO_ATTENDED.finditer(seen.text), *WHO_HOSTED.finditer(seen.text)]:
        person = next((p for p in seen.people if p.person and p.end == match.start()), None)
        target = next((m for end, m in reversed(seen.placed) if end <= match.end() and
                       a.facts.meetings[m].kind not in (BILATERAL, PRESS_EVENT)), None) \
            or a.main
        if not (person and target) or is_future(seen.text):
            continue
        if match.re is WHO_HOSTED:
            yield Chaired(target, person, seen.text)
        else:
            yield Attended(target, person.person, person.of, person, rel.capacity_in(match["rest"]),
                           bool(rel.REMOTE.search(match["rest"])), seen.text)


def all_members(a: Article, seen: Seen) -> Iterator[AllMembersAttended]:
    """"Ministers of all member states took part in the meeting": the meeting the sentence names, or the main one."""
    if (everyone := rel.ALL_MEMBERS_ATTENDED.search(seen.text)) and not is_future(seen.text) \
            and (target := next(iter(seen.meetings), None) or a.main):
        count = everyone["n"] or everyone["n2"]
        yield AllMembersAttended(target, rel.number(count) if count else None, seen.text)


JOINED_THE_GROUP = re.compile(r"\s(?:the\s)?(?:SCO|organi[sz]ation|bloc|grouping|group)\b"
                              r"(?!\s(?:meeting|summit|session))"
                              r"|\s(?:in\s(?:19|20)\d\d|as\s(?:an?\s|its\s|full\s)?(?:\w+\s)?members?)\b")
# "chaired by X, brought together the heads of the observer states": X's standing is not theirs
REPORTED = re.compile(r"\b(?:announced|said|declared|stated|noted|stressed|confirmed|told\s[\w\s]{1,20}?)\sthat\b")
OTHERS_VERB = re.compile(r"\b(?:brought|brings|bringing)\stogether\b|(?<!\bwere\s)(?<!\bwas\s)\b(?:welcomed|greeted|received)\b")
RECEIVED_DELEGATES = re.compile(r"\b(?:received|receives|welcomed|greeted|hosted\sa\sreception\sfor)\s(?:the\s)?(?:heads\sof\s"
                                r"(?:the\s)?delegations|participants|delegates|delegations)\b|\bheads\sof\s(?:the\s)?delegations\s"
                                r"(?:are|were|will\sbe)\s(?:expected\sto\sbe\s)?received\b")
LEADERS = re.compile(r"[Ll]eaders|[Pp]residents|[Hh]eads\sof\sstate|[Pp]rime\s[Mm]inisters|[Pp]remiers")
SIGNED_WITH = re.compile(r"[^.;,]{0,60}?\swith\s")
SIGNED = re.compile(r"\bsigned\b(?!\sby\b)|\bput\stheir\s(?:names|signatures)\sto\b")  # "... and Z put their names to the Charter"
# What a meeting's members did together, with three or more states named before it: "The heads of the foreign
# ministries of A, B, C and D discussed the agenda", "The energy ministers of A, B and C adopted a roadmap"
ACTED = re.compile(r"\b(?:adopted|approved|endorsed|discussed|reviewed|considered|exchanged\s(?:views|opinions)|"
                   r"expressed|reaffirmed|agreed)\b")
RELATIVE_ASIDE = re.compile(r",\s(?:which|who|whose)\s[^,;]+")  # ", which became observers at the Astana summit"
FUTURE_VERB = re.compile(r"\b(?:will|shall|(?:is|are)\s(?:set|due|expected|scheduled)\sto)\s(?:also\s)?(?:be\s)?$")


def participation(a: Article, seen: Seen) -> Iterator[Candidate]:
    """Who took part in the meeting a sentence names (or the main one): lists, groups, delegations, speeches."""
    s, people, meetings, text = seen.s, seen.people, seen.meetings, seen.text
    if (everyone := rel.ALL_MEMBERS_PRESENT.search(text)) and not is_future(text):
        yield from _all_members_present(a, next(iter(meetings), a.main), rel.number(everyone["n"] or everyone["n2"]),
                                        text)
    yield from _who_attends(a, seen)
    trigger = rel.bilateral_trigger(text)
    if trigger and not any(p.start >= trigger.start() for p in people) and not GROUP_PARTNERS.match(text, trigger.end()):
        trigger = None  # "St. Petersburg has held a meeting of defence ministers": no one to have met
    sidelines = None if trigger else rel.SIDELINES.search(text)
    clause_end = text.rfind("; ", 0, sidelines.start()) if sidelines else -1
    if trigger and rel.ATTEND.search(text, 0, trigger.start()):
        people = [p for p in people if p.end <= trigger.start()]  # "after attending the summit and holding talks with Y"
    elif clause_end > 0 and rel.ATTEND.search(text, 0, clause_end):
        people = [p for p in people if p.end <= clause_end]  # "A and B attended; A and C met on the sidelines"
    elif trigger or sidelines:
        return
    if greeted := GREETED_BY.search(text):  # "X has arrived and was met by Y": Y met, X came
        clause_end = next((m.start() for m in re.finditer(r"[;.]\s", text) if m.start() > greeted.end()), len(text))
        people = [p for p in people if not greeted.end() <= p.start < clause_end]
    if received := RECEIVED_DELEGATES.search(text):  # "Putin received the heads of delegations in the Kremlin": the
        people = [p for p in people if p.start >= received.end()]  # host's courtesy, not a seat at the meeting
    if a.listing and a.listing[0] == s.index - 1 and (yield from _listed_line(a, seen)):
        return  # a line of the list; a line that says something is read as any other sentence
    if a.main and not people and not a.main_future and ((heading := LIST_HEADING.fullmatch(text))
                                                        or TABLE_HEADER.fullmatch(text)):
        # "Participants[edit]", "Attendance", "Country | Leader | Title": a table or list of who came, below
        remote = bool(heading and heading["aside"] and rel.REMOTE.search(heading["aside"]))  # "(all online)"
        yield Context({"listing": (s.index, a.main, remote, None)})
        return
    speech = rel.AT_MEETING.search(text) and rel.SPEECH_VERB.search(text)
    if not speech and (spoke := rel.SPOKE_TO.search(text)) and not rel.PARTICIPATE.search(text):
        yield from _speakers(a, seen, spoke)
        return
    status_list = ":" in text and rel.STATUS_HEADING.match(text) or rel.PHOTO_LINE.search(s.original)
    participate = rel.PARTICIPATE.search(text)
    if participate and participate.group(0) == "joined" and (states := a.rec.entities(text[participate.end():], (STATE,))) \
            and states[0][0] <= 1:
        participate = None  # "when Uzbekistan joined China, Russia and ...": joining a group, not attending a meeting
    if participate and participate.group(0) == "joined" and JOINED_THE_GROUP.match(text, participate.end()):
        participate = None  # "Iran joined in 2023", "Belarus joined the organisation as its tenth member": a membership
    if participate and participate.group(0) == "hosted" and re.search(r"\b(?:that|which)\s$", text[:participate.start()]):
        participate = rel.PARTICIPATE.regex.search(text, participate.end())  # "the centre that hosted the 2018 summit"
    signers, signed = [], None
    if not (participate or speech or status_list) and (signed := SIGNED.search(text)) and not trigger:
        together = SIGNED_WITH.match(text, signed.end())  # "X signed the declaration with A, B and C"
        signers = [p for p in people if p.person and (p.end <= signed.start()
                                                      or together and p.start >= together.end())]
    signing = len({p.person for p in signers}) >= 3
    if signing:  # "Xi, Nazarbayev, Atambayev, Rahmon and Karimov signed off on it": three or more, at a council
        participate, people = signed, signers
    elif signed and (group := GROUP_FROM.search(text, 0, signed.start())) and LEADERS.match(group.group(0)) \
            and (not YEAR.search(text) or seen.placed):  # not "On June 15, 2001, the leaders of ... signed" in a later
        # year's report, unless the sentence names that meeting ("... signed the declaration in Shanghai")
        participate, signing = signed, True  # "The leaders of Russia, China and Kazakhstan signed the charter"
    elif not (participate or speech or status_list or trigger) and (together := _acted_together(a, seen)):
        yield from together
        return
    if not (participate or speech or status_list):
        if roster := _roster(a, seen, people):  # in the standing the words before them give, by video if it says so
            capacity, remote = rel.capacity_in(text[:roster[0].start]), bool(rel.REMOTE.search(text))
            capacity = None if capacity == GUEST else capacity  # "the high guests - A, B, C - were met": a courtesy
            for person in roster:
                yield Attended(a.main, person.person, person.of, person, capacity, remote, text)
        for person in _office_holders(a, seen, people):
            yield Attended(a.main, person.person, person.of, person, None, bool(rel.REMOTE.search(text)), text)
        return
    if participate and not a.main_future and FUTURE_VERB.search(text, 0, participate.start()):
        return  # "Medvedev, Hu and Singh will be joined by Lula for ..." after the summit: still to come
    target = _attended_meeting(a, seen, participate, trigger, status_list) or (a.main if signing and not is_future(text)
                                                                              and not seen.placed else None)
    if target is None or a.recent_bilateral_at == s.index - 1 and THOSE_TALKS.search(text):
        return  # "Aziz and Doval also sat in on the meeting", after talks: those talks, not the article's meeting
    if LIST_ANNOUNCED.search(text) and not any(p.person for p in people):  # "The following took part in it via video
        yield Context({"listing": (s.index, target, bool(rel.REMOTE.search(text)), rel.capacity_in(text))})  # conference:"
        return
    if speech:
        first = next((p for p in people if p.person), None)
        if first:
            yield Attended(target, first.person, first.of, first, None, False, text)
        return
    which = re.search(r"\b(?:which|where)\s(?=[^,;]*\b(?:attended|joined)\b)", text)
    if which and re.match(r"\w+\s(?:he|she)\s", text[which.start():]) and \
            any(m.start > which.start() for m in a.mentions.get(s.index, ())):
        which = None  # "X travelled to Bishkek, where he attended the SCO meeting": X (not "from Oslo, where he
        # attended a conference")
    if which:
        people = [p for p in people if p.start > which.start()]
    if participate and participate.group(0).lower().startswith("sent") and not rel.REPRESENTED_BY.search(text) \
            and "video" not in participate.group(0):  # not "X sent a video address": X was there, by video
        people = [p for p in people if p.start >= participate.end()]  # "X stayed home and sent Y": Y came, not X
    remote_all = bool(re.search(r"\battended\s(?:the\s(?:meeting|summit)\s)?via\svideo|^(?:Also\s)?(?:[Pp]articipating|"
                                r"[Tt]aking\spart|[Jj]oining|[Aa]ttending|[Cc]onnected)"
                                r"(?:\s(?:in\s)?the\s(?:[\w-]+\s){0,2}?(?:meeting|summit|session))?"
                                r"\s(?:via|by)\svideo|\b(?:took\spart|participated|joined)\s(?:via|by)\s"
                                r"video[\w-]*(?:\s(?:link|conference|call))?:", text))
    # "Joining by video link were A, B and C", "The following also took part via video-conference: A; B; C"
    represented = [m.end() for m in re.finditer(r"representative\sof\s", text)]
    by_video = GROUP_BY_VIDEO.search(text)  # "A, B and C took part via video conference": each of them
    clause_start = _clause_start(text, by_video.start()) if by_video else 0
    listed_after = by_video and LIST_AFTER.match(text, by_video.end())  # "who joined via video link were: A; B; C"
    spans = [(p.start, p.end) for p in people]
    # where capacities are read: the text without the names of meetings ("the Council of Heads of Government of the
    # Member States" says nothing of anyone's standing)
    stated = _without_meeting_names(text, a.mentions.get(s.index, ()))
    for match in STATE_ATTENDED.finditer(text):  # the meeting named before it, else the main one
        told_by = match.start("aside") if match["aside"] else match.end()  # not the meeting its aside names
        attended = next((m for end, m in reversed(seen.placed) if end <= told_by), None) or a.main
        if not attended or not a.state_named(match["state"]):
            continue
        # "Belarus and Mongolia attended", "Iran took part as an observer, as did Pakistan, India and Mongolia"
        states = _listed(a, text, match.end("state"), backward=True) or [a.state_named(match["state"])]
        if (did := AS_DID.match(text, match.end())):
            states += _listed(a, text, did.end())
        for state in states:
            if not any(p.of == state for p in people):
                yield Attended(attended, None, state, None, rel.capacity_in(match["rest"]),
                               bool(rel.REMOTE.search(match["rest"])), text)
    for match in DEMONYM_DELEGATE.finditer(text):  # the one delegate of that state named so far, if there is one
        if (state := a.gaz.state_of_adjective(match["adj"])) and not any(p.of == state for p in people):
            named = {p.agent for p in a.facts.participations if p.meeting == target and p.on_behalf_of == state and p.agent}
            yield Attended(target, named.pop() if len(named) == 1 else None, state, None, None,
                           bool(rel.REMOTE.search(text[match.end():])), text)
    for match in DEMONYM_DELEGATION_LISTED.finditer(text) if participate else ():
        if (state := a.gaz.state_of_adjective(match["adj"])) and not any(p.of == state for p in people):
            yield Attended(target, None, state, None, None, False, text)
    for match in SENT_UNNAMED.finditer(text):  # "while Kazakhstan sent its first deputy defence minister", "A and B sent"
        for named in re.split(r",\s|,?\sand\s", match["state"]):
            if (state := a.state_named(named)) and not any(p.of == state for p in people):
                yield Attended(target, None, state, None, None, False, text)
    represented_at = len(text)
    for match in rel.REPRESENTED_BY.finditer(text):  # "Mongolia, an observer state, was represented by its Prime Minister"
        represented_at = min(represented_at, match.end())
        if UNNAMED_REPRESENTATIVE.match(text, match.end()) and (state := a.state_named(match["state"] or match["state2"])):
            # "China and Tajikistan were represented by deputy prosecutors general": each state of the list
            verb = re.search(r",?\s(?:was|were)\srepresented", match.group(0)) if match["state"] else None
            listed = max((_listed(a, text, end, backward=True) for end in (match.end("state"), match.start() + verb.start())),
                         key=len) if verb else []  # "The remaining members, A, B and C, were represented by ..."
            for state in listed or [state]:
                yield Attended(target, None, state, None, rel.capacity_in(stated[match.start():match.end()]), False, text)
    for more in rel.REPRESENTED_TOO.finditer(text, represented_at):  # "..., China by a deputy procurator-general"
        if UNNAMED_REPRESENTATIVE.match(text, more.end()) and (state := a.state_named(more["state"])):
            for state in _listed(a, text, more.end("state"), backward=True) or [state]:  # "A, B and C by their ..."
                yield Attended(target, None, state, None, None, False, text)
    found_groups, grouped = list(GROUP_FROM.finditer(text)), set()
    colon = list_colon = text.find(": ")
    heading = rel.capacity_in(stated[:colon]) if colon > 0 else None  # "heads of delegations of the member states:"
    for at, group in enumerate(found_groups):  # "Delegations from China, Russia and India attended"
        start, end = next(((a0, b0) for a0, b0 in rel.groups(text) if a0 <= group.start() < b0), (0, len(text)))
        # the standing its own part of the sentence says (not ", as did Belarus, an observer"), up to the next group:
        # not "the heads of government of China and Russia, and the representatives of observer states India, ..."
        stop = min(end, found_groups[at + 1].start()) if at + 1 < len(found_groups) else end
        capacity = rel.capacity_in(group.group(0)) or rel.capacity_in(stated[start:stop]) or \
            (heading if 0 < colon < group.start() else None)
        # how they came, told in their part of the sentence: "Ministers from A, B and C, as well as X, participated
        # through video conference"
        own = text[group.start():found_groups[at + 1].start() if at + 1 < len(found_groups) else len(text)]
        own = own[:cut.start()] if (cut := CLAUSE_BREAK.search(own)) else own
        remote = remote_all or bool(rel.REMOTE.search(own) and not rel.PARTLY_REMOTE.search(own))
        if not remote and (did := AS_DID_GROUP.search(text, 0, group.start())):  # "A and B joined via video link, as
            remote = bool(rel.REMOTE.search(text[:did.start()].rsplit("; ", 1)[-1]))  # did the leaders of C and D"
        for state in state_list(text, group.end(), lambda t: _states_and_organisations(a, t)):
            if not any(p.of == state for p in people):
                grouped.add(state)
                yield Attended(target, None, state, None, capacity, remote, text)
    of_members = rel.MEMBERS_MEETING.search(text) or a.members_at == s.index - 1 and rel.LIST_FOLLOWS.match(text)
    if of_members:
        colon, heading = -1, heading or MEMBER  # everyone the sentence lists came for a member state
    for start, end in rel.groups(text):
        chunk, stated_chunk = text[start:end], stated[start:end]
        members = [p for p in people if start <= p.start < end and not any(0 <= p.start - r <= 12 for r in represented)]
        listed_part = start if start > list_colon else list_colon + 1  # the part of the chunk inside the list
        if not members and list_colon > 0 and listed_part < end and \
                SUBHEADING.fullmatch(text[listed_part:end].strip(" ;")) and (subheading := rel.capacity_in(stated[listed_part:end])):
            heading, colon = subheading, start  # "...: Heads of the SCO observer states; President of Belarus X; ..."
            continue
        listed = None  # the capacity the list gave the item before: "dialogue partners A, B and C" are all partners
        unbracketed = BRACKETED.sub("", stated_chunk)  # not "..., X (Belarus is an observer), ...": one item's aside
        told = REPORTED.search(chunk)  # what the speaker announced that: of others
        told_at = start + told.start() if told else end
        for i, person in enumerate(members):
            after = text[person.end:members[i + 1].start if i + 1 < len(members) else end]
            if ABSENT.match(after) or SOURCE.match(after) or GUEST_OF.search(text, max(0, person.start - 60), person.start) \
                    or IN_PLACE_OF.search(text, max(0, person.start - 60), person.start):
                continue  # "Narendra Modi did not attend the summit", "..., aide Yury Ushakov said", "a guest of X"
            before = text[members[i - 1].end if i else start:person.start]
            own_end = (others.start() if (others := OTHERS_VERB.search(after)) else len(after))  # not "X brought together
            if reported := REPORTED.search(after, 0, own_end):  # "X, who chaired, announced that Bahrain had been
                own_end = reported.start()  # granted dialogue partner status": the standing told of another
            own = rel.capacity_in(stated[person.end:person.end + own_end]) or \
                rel.capacity_in(stated[person.start - len(before):person.start], last=True)
            capacity = rel.capacity_in(stated[person.stated_at:person.start]) if person.stated_at >= 0 else \
                own if others else \
                own or (listed if i and not LIST_BREAK.search(before) else None) or \
                (rel.capacity_in(unbracketed) if person.start > told_at or not told else
                 rel.capacity_in(BRACKETED.sub("", stated[start:told_at]))) or \
                (heading if person.start > colon else None)  # "<State>, an observer, was represented by"
            listed = capacity if own or listed and not LIST_BREAK.search(before) else None
            own_clause = OWN_CLAUSE.match(after)  # "Zhang Ming, who joined via video link, and ..."
            own_part = own_clause.group(0) if own_clause else after if i + 1 == len(members) else \
                aside.group(0) if (aside := HOW_ASIDE.match(after)) else after.split(",")[0]
            if listed_after and person.end <= by_video.start():  # "with X in the chair and the leaders joining via
                own_part = own_part[:by_video.start() - person.end]  # video conference: A, B": A's and B's way, not X's
            remote = remote_all or bool(by_video and not listed_after and clause_start <= person.start
                                        and person.end <= by_video.start()) or \
                bool(by_video and listed_after and person.start >= by_video.end()) or \
                bool(rel.REMOTE.search(own_part)) or \
                bool(not (i and re.search(r"\bwho\b", before)) and rel.REMOTE.search(CLAUSE_BREAK.split(before[-40:].rsplit(";", 1)[-1])[-1]))
            # "..., and, via video link, <Name>"
            of = person.of or _represents(a, text, person, people) or _its_state(a, text, person) or \
                _sender(a, text[:person.start], members, person)
            yield Attended(target, person.person, of, person, capacity, remote, text)
        for group in DEMONYM_GROUP.finditer(chunk):
            for adjective in re.split(r",\s(?:and\s)?|\sand\s", group["adjs"]):
                if (state := a.gaz.state_of_adjective(adjective)) and not any(p.of == state for p in people):
                    yield Attended(target, None, state, None, rel.capacity_in(stated_chunk), False, text)
        if rel.OTHER_MEMBERS.search(chunk):
            yield from _earlier_groups_are_members(a, text[:start], people, target, text)
        if members or not re.search(r"\b(?:leaders|countries|states|delegations|(?:were|was)\srepresented\s(?:at|in))\b", text):
            continue
        capacity = rel.capacity_in(stated_chunk) or (heading if start > colon else None)  # an item under "member states:"
        for st, end, state in a.rec.entities(chunk, (STATE,)):
            if not any(a <= start + st < b for a, b in spans) and state not in grouped:  # read with its group above
                yield Attended(target, None, state, None, _item_capacity(stated_chunk, st, end) or capacity,
                               bool(rel.REMOTE.search(chunk)), text)


# "took part, via videoconference, in": how the one before it came (not "A and, via video link, B")
HOW_ASIDE = re.compile(r"[^,;]*?(?<!\sand)(?<!\sor),\s(?:via|by|through|over|virtually|online)\b[^,;]*,")
AS_DID = re.compile(r",?\sas\sdid\s")
AS_DID_GROUP = re.compile(r",?\sas\sdid\s(?:the\s)?$")
BRACKETED = re.compile(r"\([^()]{3,80}\)")
AS_STANDING = re.compile(r"\s(?:via\s[\w\s-]{3,20}?\s)?as\san?\s[a-z\s-]{3,30}?(?=[,;.]|\sand\b|$)")
SENTENCE_OPENING = re.compile(r"^(?:[A-Z][a-z]+\s){0,2}$")  # "Speaking at the session, X ...", "Also speaking at ..."


def _speakers(a: Article, seen: Seen, spoke: re.Match) -> Iterator[Attended]:
    """"A, B and C also spoke at the meeting", "X told the summit (by video link)", "Speaking at the session, X ...":
    the people named before the verb (or, when the verb opens the sentence, the first after it, and any after ", as
    did") took part in the meeting it names or the main one, each in the standing its own words give."""
    text = seen.text
    if is_future(text[:spoke.end()]) or ABSENT.search(text[:spoke.start()][-60:]):
        return
    pointed = next((m for end, m in seen.placed if spoke.end() <= end <= spoke.end() + 60), None)
    target = pointed or next((m for _, m in seen.placed if a.facts.meetings[m].kind not in (BILATERAL, PRESS_EVENT)), None) \
        or a.main
    if target is None or a.facts.meetings[target].kind in (BILATERAL, PRESS_EVENT):
        return
    people = [p for p in seen.people if p.person]
    if SENTENCE_OPENING.match(text[:spoke.start()]):
        speakers = people[:1] if people and people[0].start >= spoke.end() else []
    else:
        speakers = [p for p in people if p.end <= spoke.start()]
    if (did := AS_DID.search(text, spoke.end())):
        speakers += [p for p in people if p.start >= did.end()][:1]
    clause = CLAUSE_BREAK.split(text[spoke.end():])[0]
    # "The heads of the SCO's permanent bodies, A and B, reported to the council": the standing of the words before them
    heading = rel.capacity_in(text[:speakers[0].start]) if speakers and speakers[0].start < spoke.start() else None
    for i, person in enumerate(speakers):
        after = text[person.end:speakers[i + 1].start if i + 1 < len(speakers) and speakers[i + 1].start > person.end
                     else max(spoke.start(), person.end)]
        if ABSENT.match(after) or SOURCE.match(after):
            continue
        # "Erdogan, whose Turkiye is a dialogue partner, came for ...", "X addressed it as a dialogue partner"
        own = rel.capacity_in(after) or (rel.capacity_in(as_what.group(0)) if (as_what := AS_STANDING.match(text, spoke.end()))
                                         else None) or heading
        yield Attended(target, person.person, person.of or _its_state(a, text, person), person, own,
                       bool(rel.REMOTE.search(clause) or rel.REMOTE.search(after)), text)


def _item_capacity(text: str, start: int, end: int) -> str | None:
    """The standing an item of a list of states gives its own: "Mongolia as an observer state, Turkmenistan as a guest,
    and the SCO dialogue partners Bahrain, Egypt and Qatar" (after the state, else at the head of its run of states)."""
    if (own := OWN_STANDING_AFTER.match(text, end)):
        return rel.capacity_in(own.group(0))
    head = text[:start]
    while (item := LISTED_BEFORE.search(head)):  # back over "Bahrain, Egypt, " to "the SCO dialogue partners "
        head = head[:item.start()]
    segment = re.split(r",\s|;\s", head)[-1]
    return rel.capacity_in(segment) if segment.strip() and ITEM_HEAD.search(segment) else None


OWN_STANDING_AFTER = re.compile(r"\s(?:as|is|was)\san?\s[a-z\s-]{3,30}?(?=[,;.]|\sand\b|$)")
LISTED_BEFORE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s|,?\sand\s)$")
ITEM_HEAD = re.compile(r"\b(?:observers?|dialogue\spartners?|guests?|members?)(?:\sstates?|\scountries)?\s$")


# "<Name>, who is also attending", "<Name>, who arrived in Bishkek to take part in the meeting of ...", "<Name>, who is
# leading the Indian delegation at the summit": the person before it came to the meeting (named after it, else the
# sentence's council, else the article's)
WHO_ATTENDS = re.compile(r",\swho\s(?:is\s|was\s|has\sbeen\s)?(?:also\s)?(?:attending\b|(?:here|there)\sfor\b"
                         r"|arrived\sin\s[A-Z][a-z]+\sto\s(?:take\spart|participate)\sin\b"
                         r"|(?:leading|led|heading|headed)\s(?:the|his|her)\s(?:[A-Z][a-z]+\s)?delegation\b)")


def _who_attends(a: Article, seen: Seen) -> Iterator[Attended]:
    """The person a WHO_ATTENDS clause follows took part in the meeting."""
    text = seen.text
    for match in WHO_ATTENDS.finditer(text) if ", who " in text else ():
        person = next((p for p in reversed(seen.people) if p.end <= match.start()), None)
        if person is None or not person.person or match.start() - person.end > 80 or is_future(text[:match.end()]):
            continue
        clause = re.split(r"[,;]\s", text[match.end():], maxsplit=1)[0]
        named = [m for end, m in seen.placed if match.end() < end <= match.end() + len(clause)
                 and a.facts.meetings[m].kind not in (BILATERAL, PRESS_EVENT)]
        target = named[0] if named else next((m for _, m in seen.placed
                                              if a.facts.meetings[m].kind not in (BILATERAL, PRESS_EVENT)), a.main)
        if target and a.facts.meetings[target].kind not in (BILATERAL, PRESS_EVENT):
            yield Attended(target, person.person, person.of, person, None, False, text)


def _arrived_at_main(a: Article, seen: Seen) -> bool:
    """Does the sentence say people arrived at the venue, or in the main meeting's city (or the dateline's), or
    arrived with no place said in an article about a meeting held ("Putin has arrived.", "X landed at the airport")?"""
    if a.main and ARRIVED_AT_VENUE.search(seen.text):
        return True
    if not a.main:
        return False
    here = (a.facts.meetings[a.main].city, _dateline_city(a, seen.s))
    if arrived := ARRIVED_IN.search(seen.text):
        return bool(place := a.gaz.lookup(arrived["place"])) and place.id in here
    if not (bare := ARRIVED_BARE.search(seen.text)):
        return False
    if bare["airport"] and (place := a.gaz.lookup(bare["airport"])) and place.kind == CITY:
        return place.id in here  # "landed at Samarkand International Airport"
    return a.facts.meetings[a.main].kind not in (BILATERAL, PRESS_EVENT)


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts: after the last break before it. A semicolon breaks a clause only after a
    part with a verb: not in "The prime ministers of A, X; B, Y; and C, Z, took part via video link", a list."""
    start = 0
    for found in CLAUSE_BREAK.finditer(text, 0, end):
        if found.group(0) != "; " or CLAUSE_VERB_WORD.search(text, start, found.start()):
            start = found.end()
    return start


def _dateline_city(a: Article, s: Sentence) -> str | None:
    """The city of the sentence's dateline, where the reference knows it."""
    here = a.gaz.lookup(s.place.title()) if s.place else None
    return here.id if here else None


def _attended_meeting(a: Article, seen: Seen, participate: re.Match | None, trigger: re.Match | None,
                      status_list) -> str | None:
    """The meeting a sentence says people took part in: the one its verb names ("attended the ... summit"), else
    the first it names, else the article's main meeting; None when the verb names a meeting that is not one."""
    s, text = seen.s, seen.text
    resolved = dict(seen.placed)  # mention end -> meeting
    pointed = next((mention for mention in a.mentions.get(s.index, ()) if participate
                    and 0 <= mention.start - participate.end() <= 60
                    and not re.search(r"[,;]", text[participate.end():mention.start])), None)
    target = resolved.get(pointed.end) if pointed else None
    if target and a.facts.meetings[target].kind == BILATERAL:
        target = None
    if target is None and (trigger or pointed):
        return None  # "Xi and Putin attended the summit in Samarkand" in an article about another meeting
    asides = [clause.span() for clause in RELATIVE_ASIDE.finditer(text)
              if not (participate and clause.start() <= participate.start() < clause.end())]
    target = target or next((m for end, m in seen.placed if a.facts.meetings[m].kind != BILATERAL
                             and (m == a.main or not any(start < end <= stop for start, stop in asides))), None)
    # not "India, Iran and Pakistan, which became observers at the Astana summit this July, attended": an aside
    if target and participate and (went := ARRIVED_IN.match(text, participate.start())) and \
            (place := a.gaz.lookup(went["place"])) and place.kind == CITY and \
            (a.facts.meetings[target].city or _dateline_city(a, s)) not in (None, place.id):
        return None  # "The meeting comes a week after X travelled to Islamabad for ...": another city, another event
    future = is_future(text[:participate.end()] if participate else text)  # "X took part, ... is set to join"
    if target is None and not future and (rel.ATTEND.search(text) or status_list or _arrived_at_main(a, seen)):
        target = a.main  # "Chinese President Xi Jinping attended together with leaders of ..."
        if target and a.facts.meetings[target].kind == PRESS_EVENT:
            # who took part, told at a press conference: the council it speaks of, if the article names one
            target = a.store.series[0] if len(a.store.series) == 1 else None
    return target


NOT_A_ROSTER = re.compile(r"\b(?:not|never|no|without|instead|absent|skipped|visit(?:ed|s)?|phoned|called|letter|"
                          r"message|telegram|congratulat\w*|condolences|criticised|criticized|accused|urged|warned|"
                          r"banquet|dinner|reception|greetings|confirmed|expected|invited|mourners|funeral|memory|"
                          r"died|killed|death|late|crash|tribute|former|ousted|deposed|predecessor)\b|n't\b"
                          # "Uzbek President X met the delegation heads": the host's courtesy
                          r"|\bmet\s(?:with\s)?the\s(?:delegation|heads|ministers|participants|delegates|leaders)\b",
                          re.I)
ROSTER_SIZE = 3
COUNCIL_KINDS = (HEADS_OF_STATE, HEADS_OF_GOVERNMENT)  # the councils of leaders, where a roster's titles vary


def _roster(a: Article, seen: Seen, people: list[PersonMention]) -> list[PersonMention]:
    """Three or more leaders of different states named together in an article about a council, in a sentence that
    names no other meeting and looks neither ahead nor back: "First the heads of the member states - A, B, C - met in
    narrow format", "A, B and C flew in from Bishkek for the final stage": its participants."""
    named = {p.person: p for p in people if p.person}
    if len(named) < ROSTER_SIZE or not _of_the_main_meeting(a, seen):  # the cheap test first
        return []
    main = a.facts.meetings[a.main]
    if main.kind not in COUNCIL_KINDS and any(p.title and p.title not in gathered_titles(main.id, main.kind)
                                               for p in named.values()):
        return []  # "Xi, Putin and Modi" in an article about the defence ministers: not theirs
    states = {p.of or a.gaz.nationality.get(p.person) for p in named.values()} - {None}
    return list(named.values()) if len(named) >= ROSTER_SIZE and len(states) >= ROSTER_SIZE else []


def _office_holders(a: Article, seen: Seen, people: list[PersonMention]) -> list[PersonMention]:
    """In an article about a council, those the sentence names with the title the council gathers, of a state with a
    standing in the SCO ("Kazakh Foreign Minister X said ...", "Iranian President X told reporters ...", in a sentence
    that names no other meeting and looks neither ahead nor back): its participants."""
    main = a.facts.meetings.get(a.main) if a.main else None
    if main is None or not any(p.title for p in people):
        return []
    titles = {"President"} if main.kind == HEADS_OF_STATE else gathered_titles(main.id, main.kind)
    when = str(main.date or a.reference_of(seen.s) or "9999")
    holders = [p for p in people if p.person and p.of and p.named and p.title in titles
               and STANDINGS.get(p.of, (("9999", ""),))[0][0] <= when]  # of a state the SCO had taken in by then
    return holders if holders and _of_the_main_meeting(a, seen) else []


def _of_the_main_meeting(a: Article, seen: Seen) -> bool:
    """Does the sentence speak of the article's meeting, held (not of another one, of the future or of a year)?"""
    main = a.facts.meetings.get(a.main) if a.main else None
    return not (main is None or a.main_future or main.kind in (BILATERAL, PRESS_EVENT)
                or a.recent_bilateral_at == seen.s.index  # "A and B held talks in narrow and extended formats"
                or any(m != a.main for _, m in seen.placed) or is_future(seen.text)
                or NOT_A_ROSTER.search(seen.text) or YEAR.search(seen.text))


THOSE_TALKS = re.compile(r"\b(?:sat\sin\son|attended|joined|took\spart\sin|(?:was|were)\s(?:also\s)?present\sat)\s"
                         r"(?:the|both|these|those)\s(?:meetings?|talks)\b(?!\s(?:of|on)\b)")
LIST_ANNOUNCED = re.compile(r":\.?$")  # a sentence that ends by announcing the list on the lines below it
SUBHEADING_END = re.compile(r"^(?P<heading>[^,;]{4,80}?)\s[-\u2013\u2014:]\s")  # "Representatives of SCO Observer States - "
# A heading over a table or list of who came: "Participants[edit]", "2 Participants", "Attendance", "Heads of delegation"
LIST_HEADING = re.compile(r"(?:(?:[-=_~*]\s?){3,}\s?)?(?:\d+(?:\.\d+)*\.?\s)?"
                          r"(?:(?:Factbox|Fact\sbox|Box|Sidebar|Graphic):\s)?"
                          r"(?:Participants|Participation|Attendance|Attendees|Delegations|"
                          r"Heads\sof\s(?:the\s)?delegations?|Participating\s(?:states|countries|leaders|delegations)|"
                          r"Who\sattended|Who\scame|Who(?:'s|\u2019s|\sis)\sin\stown|Leaders\sattending|Line-up|"
                          r"(?:Chronicle\sof\s(?:the\s)?)?Arrivals|"
                          r"Who\s(?:was|were)\s(?:there|at\sthe\s(?:[\w-]+\s)?table)|"
                          r"(?:At|Around)\sthe\s(?:[\w-]+\s)?table)(?:\sin\s[A-Z][a-z]+)?(?:\[edit\])?"
                          r"(?:\s\((?P<aside>[^()]{1,40})\))?", re.I)
# "AT THE COUNCIL TABLE", "FACTBOX: WHO WAS AT THE TABLE IN ASTANA", "Who attended (all online)"
# The header row of such a table: "Country | Leader | Title", "State | Head of delegation | Position"
_COLUMN = r"(?:Country|State|Member\sstate|Delegation|Organi[sz]ation|Leader|Name|Head\sof\s(?:the\s)?delegation|" \
          r"Representative|Participant|Title|Position|Office|Post|Capacity|Status|How|Mode|Format|Role|Notes?|Remarks)"
TABLE_HEADER = re.compile(rf"{_COLUMN}(?:\s\|\s{_COLUMN}){{1,4}}", re.I)
# A heading of few words on a line of its own ("Guests of the host", "Observer states (as of 2007)[edit]")
SHORT_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?\s)?(?P<heading>[A-Z][\w\s'()-]{2,50}?)(?:\[edit\])?")
# Rows of a table or list the text goes on with on the next lines (a remark between two of its parts)
TABLE_ROWS = re.compile(r"\n(?:.{2,60}\n)?\s*[^\n|]{2,40}(?:\s\|\s[^\n|]+){2}"
                        r"|\n(?:.{2,60}\n)?\s*[A-Z][^\n,]{1,40}\s(?:[-\u2013\u2014|]|\.{3,})\s[A-Z][^\n,]+,\s")
SUBHEADING_LINE = re.compile(r"(?P<heading>[A-Z][^,;.]{3,60}?)\s?[-\u2013\u2014:]")  # "Observer state:" on a line of its own


NOT_SUBJECT = re.compile(r"\b(?:from|of|in|with|between|to|for|by)\s(?:the\s)?$")


def _listed(a: Article, text: str, at: int, backward: bool = False) -> list[str]:
    """The states of the list that starts at `at`, or of the list of two or more that ends there and is the subject
    of its verb (not "banks from China, Russia and Kazakhstan attended")."""
    states = state_list(text, at, a.states_listed, backward)
    if backward:
        found = [st for st in a.states_listed(text) if st[1] <= at]
        if len(states) < 2 or NOT_SUBJECT.search(text, 0, found[-len(states)][0]):
            return []
    return states


def _acted_together(a: Article, seen: Seen) -> list[Attended]:
    """The states a group's list names before what the group did at the meeting ("The heads of the foreign ministries
    of A, B, C and D discussed the agenda"): each took part, in the meeting the sentence names or the main one."""
    text = seen.text
    acted = ACTED.search(text)
    group = acted and GROUP_FROM.search(text, 0, acted.start())
    target = next(iter(seen.meetings), None) or (None if a.main_future else a.main)
    if not (group and group.start() < 40 and target) or YEAR.search(text) or is_future(text):
        return []
    states = state_list(text, group.end(), lambda t: _states_and_organisations(a, t))
    said = text[:acted.start()]
    return [Attended(target, None, state, None, rel.capacity_in(said), bool(rel.REMOTE.search(said)), text)
            for state in states if not any(p.of == state for p in seen.people)] if len(states) >= 3 else []


def _states_and_organisations(a: Article, text: str) -> list[tuple[int, int, str]]:
    """The states a text lists, and the international organisations other than the SCO's own bodies ("Representatives
    of the UN, the CIS, the CSTO and ASEAN were also present")."""
    found = a.states_listed(text)
    taken = [(start, end) for start, end, _ in found]
    found += [(start, end, org) for start, end, org in a.rec.entities(text, (IGO, ORGANIZATION))
              if org != "sco" and not org.startswith("sco_") and not any(s <= start < e for s, e in taken)]
    return sorted(found)


def _listed_line(a: Article, seen: Seen) -> Generator[Candidate, None, bool]:
    """A line of a list announced by the sentence before ("Prime Minister of Kazakhstan A.U. Mamin", under
    "Heads of Government of SCO Member States -"): its people took part, with the standing of its subheading.
    Returns whether the line was one of the list's."""
    s, text = seen.s, seen.text
    at, target, remote, standing = a.listing
    people = [p for p in seen.people if p.person]
    if not people and (heading := SUBHEADING_LINE.fullmatch(text) or SHORT_HEADING.fullmatch(text)) and \
            not CLAUSE_VERB.search(text) and (found := rel.capacity_in(heading["heading"]) or
                                               SUBHEADING_LINE.fullmatch(text) and standing):
        # "SCO member states:", "Observer state:", "Guests of the host": a subheading of the list, whose standing the
        # lines below it take
        yield Context({"listing": (s.index, target, remote, found)})
        return True
    if not people and (TABLE_HEADER.fullmatch(text) or RULE.fullmatch(text)):
        # "Country | Head of delegation | Title" over the next table, and the rule below it ("-------+------")
        yield Context({"listing": (s.index, target, remote, standing)})
        return True
    if not people and (DAY_LINE.fullmatch(text) or text.count(" | ") >= 2 and not CLAUSE_VERB.search(text)) \
            or GREETED_BY.search(text) and not rel.PARTICIPATE.search(text):
        # "28 August" over the next arrivals, "The high guest was met by Prime Minister X", a table's row of no one
        # ("Afghanistan | - | no delegation"): the list goes on
        yield Context({"listing": (s.index, target, remote, standing)})
        return True
    if CLAUSE_VERB.search(text) and not people and TABLE_ROWS.match(a.doc.text, s.end):
        # "Afghanistan, the other observer, was not invited." between two parts of a table: read, and the list goes on
        yield Context({"listing": (s.index, target, remote, standing)})
        return False
    if CLAUSE_VERB.search(text) or not people:  # a line that says something ends the list
        yield Context({"listing": None})
        return False
    if (sub := SUBHEADING_END.match(text)) and (heading := rel.capacity_in(sub["heading"])):
        standing = heading
    row = text.count(" | ") >= 2  # a table's row: "Russia | Vladimir Putin | by video link | member"
    for person in people:
        yield Attended(target, person.person, person.of, person, row and rel.capacity_in(text) or standing,
                       remote or row and bool(rel.REMOTE.search(text)), text)
    yield Context({"listing": (s.index, target, remote, standing)})
    return True


BESIDE_THE_MEMBERS = re.compile(r"\b(?:[Jj]oining|[Bb]esides|[Aa]longside)\sthe\s(?:\w+\s)?"
                                r"(?:member(?:s|\sstates)|leaders\sof\sthe\s(?:\w+\s)?members)\b")


def _without_meeting_names(text: str, mentions) -> str:
    """The text with the names of the meetings it mentions, and a host's "guests", blanked out, its offsets kept."""
    spans = [(mention.start, mention.end) for mention in mentions]
    spans += [match.span() for match in rel.HOSTS_GUESTS.finditer(text)] if "guests" in text else []
    spans += [match.span() for match in WHO_IT_GATHERED.finditer(text)]  # "..., which gathered leaders of observer states"
    spans += [match.span() for match in BESIDE_THE_MEMBERS.finditer(text)]  # "Joining the ten members were A and B"
    # "approved observer status for Iran", "accepted Turkey as a dialogue partner": a standing given to someone else
    spans += [match.span() for match in rel.GRANTED_STATUS.finditer(text)]
    spans += [match.span() for match in rel.NEW_STATUS.finditer(text) if re.search(r"\b[A-Z]", match["who"])]
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _all_members_present(a: Article, meeting: str | None, count: int, text: str) -> Iterator[Attended]:
    """"All six member states were represented": when exactly `count` states took part in the meeting, each came as
    a member."""
    present = [p for p in a.facts.participations if p.meeting == meeting and p.on_behalf_of and a.kind(p.on_behalf_of) == STATE]
    if len({p.on_behalf_of for p in present}) != count or any(p.capacity not in (None, MEMBER) for p in present):
        return
    for p in present:
        mention = PersonMention(0, 0, p.agent) if p.agent else None
        yield Attended(p.meeting, p.agent, p.on_behalf_of, mention, MEMBER, p.remote, text)


def _earlier_groups_are_members(a: Article, head: str, people: list[PersonMention], target: str,
                                text: str) -> Iterator[Attended]:
    """"X attended together with leaders of other member states": X came for a member state too."""
    for person in people:
        if person.end <= len(head) and person.person:
            yield Attended(target, person.person, person.of, person, rel.MEMBER, False, text)


ITS_TITLE = re.compile(r"\b(?:its|their)\s(?:[\w-]+\s){0,4}$")


def _its_state(a: Article, text: str, person: PersonMention) -> str | None:
    """"Afghanistan, an observer state, is represented by its National Security Adviser X": the state named before."""
    if not person.start or not ITS_TITLE.search(text, max(0, person.start - 60), person.start):
        return None
    states = a.rec.entities(text[:person.start], (STATE,))
    return states[-1][2] if states else None


# "The United Nations sent Under-Secretary-General X", "Armenia and Turkey, both dialogue partners, sent A and B": each
# came for the one who sent him, in the order they are named
SENT_BY = re.compile(r"\b(?:[Tt]he\s)?(?P<who>[A-Z][\w'-]*(?:(?:\s(?:of\s(?:the\s)?)?|,\s|,?\sand\s)[A-Z][\w'-]*){0,5})"
                     r"(?:,\s[^,;.]{1,60},)?\s(?:also\s|only\s|just\s)?sent\s(?:its\s|his\s|her\s|their\s)?"
                     r"[^,;.]{0,40}$")
GAPPED_STATE = re.compile(r"\sand\s(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s$")


def _sender(a: Article, before: str, sent: list[PersonMention], person: PersonMention) -> str | None:
    """The state or organisation that "sent" the person named right after `before`."""
    if not (match := SENT_BY.search(before)):
        return None
    if (gapped := GAPPED_STATE.search(before, match.end("who"))) and (state := a.state_named(gapped["state"])):
        return state  # "Kazakhstan sent Marat Tazhin and Uzbekistan Vladimir Norov": Norov for Uzbekistan
    names = re.split(r",\s(?:and\s)?|\sand\s", match["who"])
    senders = [e.id for name in names if (e := a.gaz.lookup(name)) and e.kind in (STATE, IGO)]
    if len(senders) != len(names):
        return None
    after = [p for p in sent if p.start >= match.end("who")]
    return senders[0] if len(senders) == 1 else \
        senders[after.index(person)] if len(after) == len(senders) and person in after else None


def _represents(a: Article, text: str, person: PersonMention, people: list[PersonMention]) -> str | None:
    """"X attended ... as a special representative of President Y": X came on behalf of Y's state; "X also took part
    on the Russian side": for Russia."""
    if (side := ON_THE_SIDE.match(text, person.end)) and (state := a.gaz.state_of_adjective(side["adj"])):
        return state
    if not REPRESENTATIVE.match(text[person.end:]):
        return None
    principal = next((p for p in people if p.start > person.end and p.person), None)
    return principal and (principal.of or a.home_state(principal.person) or (
        a.speaker_state if principal.person == a.lead_person else None))
