"""Meetings beside the main one that a sentence reports: bilateral talks ("met with", "held talks with", "He also
met ...") and press events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Attended, Attributes, Candidate, Context, Convened, Stated
from loader.extraction.meetings import PRESS, YEAR, is_future, sentence_date
from loader.reading.dates import month_in
from loader.reading.sentences import Sentence
from loader.vocabulary import CAPITALS, GROUP_TITLES, HEAD_OF_GOVERNMENT_TITLES, MONTH_NAMES
from loader.extraction.mentions import PersonMention
from loader.patterns import Gated
from loader.facts import BILATERAL, CITY, MEETING, PRESS_EVENT, STATE, Meeting
from loader.vocabulary import NUMBERS, ORDINALS, THREE_WAY_FORMAT, WEEKDAYS

TWO_LEADERS = re.compile(r"\bthe\stwo(?:\s(?:leaders|ministers|presidents|prime\sministers|premiers|sides))?\s(?:also\s|had\s)?"
                         r"(?:last\s)?(?:met|held\stalks|held\sa\smeeting)\b|\btheir\s(?:last|previous)\s(?:meeting|talks)\s(?:was|were)\b",
                         re.I)
# "A and B had last met in Moscow in February", "Their last meeting was in Kazan": an earlier meeting of the two
LAST_MONTH = re.compile(rf"\blast\s(?:{'|'.join(MONTH_NAMES)})\b")
EARLIER_MONTH = re.compile(rf"\b(?:last|in(?:\s(?:late|early|mid))?)\s(?:{'|'.join(MONTH_NAMES)})\b")
EARLIER = re.compile(r"\b(?:had\s(?:last\s|previously\s|earlier\s)?met|last\smet|(?:last|previous)\s(?:meeting|talks)\s(?:was|were))\b",
                     re.I)
SAME_DAY = re.compile(r"\b(?:[Ll]ater|[Tt]he\ssame\sday|[Tt]hat\s(?:day|evening|morning|afternoon)|"
                      r"in\sthe\s(?:evening|morning|afternoon))\b")
# The subject of talks given by a pronoun: "He also met ...", "Besides the Iranian president, he received ...", or
# after an opening phrase ("On Friday, before the banquet, he met ...": `opening`, the subject of the sentence before)
PRONOUN_SUBJECT = re.compile(r"(?:[^,]{0,40},\s)?(?:He|She|His|Her)\b|(?:Besides|Apart\sfrom|Aside\sfrom|In\saddition\sto)\s"
                             r"[^,]{1,60},\s(?:he|she)\b|(?P<opening>(?:On|In|At|During|Later|Then|Earlier|Today|Yesterday|Afterwards)\b"
                             r"(?:[^,.;]{0,40}?,){0,2}[^,.;]{0,40}?\s(?:he|she)\s(?:also\s)?(?:met|held|had|sat|received)\b)")
SAME_DAY_AS_BEFORE = re.compile(r"(?:On\s)?[Tt]he\ssame\sday\b|(?:Later|Earlier)\s(?:on\s)?(?:that|the\ssame)\sday\b|"
                                r"That\s(?:same\s)?(?:day|evening|afternoon|morning)\b")
DAY_BEFORE = re.compile(r"\b(?:a|one)\sday\s(?:after|earlier)\b|\bthe\s(?:day\sbefore|previous\sday)\b(?!\s(?:the|its|their)\b)",
                        re.I)  # "The meetings came a day after X held talks", "A day earlier, X met Y"
DAY_NAMED = re.compile(r",\s(?:on\s)?(?:[A-Z]|\d)")  # the day a "day earlier" is, named right after it
FOLLOWING_DAY = re.compile(r"\bthe\s(?:following|next)\sday\b", re.I)
OCCASION = re.compile(r"\bwhen\smeeting\swith\b|\b[Ii]n\s(?:his|her|their)\s(?:meeting|talks)\swith\b|\b[Dd]uring\s(?:his\s|her\s|their\s)?(?:talks|meeting)\swith\b|\bwhile\smeeting\b")
# "Modi and Khan avoided each other; the Indian leader met Xi": the one of the people before of that state
DESCRIBED = re.compile(r"(?:\b[Tt]he\s|^)(?P<adj>[A-Z][a-z]+)\s(?:leader|president|prime\sminister|premier|minister|head\sof\sstate)\b")
BESIDES = re.compile(r"\b(?:[Bb]esides|[Aa]part\sfrom|[Ii]n\saddition\sto|[Aa]side\sfrom)\s(?:the\s)?$")
DESCRIBED_PARTNER = re.compile(r"\s(?:with\s)?" + DESCRIBED.pattern)
# "met his Iranian and Kazakh counterparts": of each state, the one who holds the speaker's title (named without a name;
# "his Chinese counterpart Li Shangfu" is a person mention of its own)
COUNTERPARTS = re.compile(r"\s(?:with\s)?(?:his|her|their)\s(?:(?P<adjs>[A-Z][a-z]+(?:(?:,\s|,?\sand\s)[A-Z][a-z]+)*)\s"
                          r"counterparts?\b(?!,?\s(?:[A-Z]|the\s[A-Z]))|counterparts?\sfrom\s(?P<states>[A-Z][a-z]+(?:(?:,\s|,?\sand\s)"
                          # "his Iranian and Kazakh counterparts", "his counterparts from Uzbekistan and ..."
                          r"[A-Z][a-z]+)*))"
                          # "met the Kazakh, Kyrgyz and Tajik premiers one after another"
                          r"|\s(?:with\s)?the\s(?P<adjs2>[A-Z][a-z]+(?:(?:,\s|,?\sand\s)[A-Z][a-z]+)+)\s"
                          r"(?P<group>premiers|prime\sministers|presidents|foreign\sministers|defen[cs]e\sministers)\b")
PRONOUN_OBJECT = re.compile(r"\s(?:him|her)\b")
THE_TALKS_BESIDE = re.compile(r"^(?:(?:The|Their|This|These|Both|All)\s(?:(?:two|three|four|five|bilateral)\s)*"
                              r"(?:meetings?|talks|conversations?))\s(?:all\s)?(?:took\splace|was\sheld|were\sheld)\b")
TALKS_SERIES = re.compile(r"\b(?:(?:bilateral|separate|sideline|one-on-one)\s(?:talks|meetings)|(?:series|string|round|"
                          r"flurry|number)\sof\s(?:bilateral\s|separate\s)?(?:talks|meetings))\b")
THE_TALKS_ALL = re.compile(r"^(?:(?:All|The)\s(?P<n>two|three|four|five)|These|All|Both|The\smeetings|"
                           r"Their\smeetings)\b")
NO_MEETING = re.compile(r"\b(?:no|not|never|without|avoid(?:ed|ing|s)?|skip(?:ped|ping|s)?)\s(?:[a-z-]+\s){0,3}$"
                        r"|n't\s(?:[a-z]+\s){0,2}$")  # "avoiding a face-to-face meeting between A and B"
RELATIVE_BEFORE = re.compile(r",?\s(?:who|which)\s(?:[a-z]+\s){0,2}$")  # "Modi, who held talks with X ..., B and C"
THAT_ONE = re.compile(r"\s(?:that|this)\s(?:meeting|summit|gathering|session|event)\b")  # the one the sentence named before
ALSO = re.compile(r"(?:He|She)\s(?:also|then|later)\b")
WHOM_AFTER = re.compile(r",\s(?:(?:both|all|each|neither|none)\sof\s)?(?:whom|who|which)\s")
RELATIVE_CLAUSE = re.compile(r",\s(?:whom|who|which)\s[^;.]*")
# "Natwar, who is representing Manmohan Singh, ": not the subject
SUBJECT_ASIDE = re.compile(r"(?<=[a-z]),\s(?:who|whose)\s[^,;.]{3,90},")
AMONG_WHO = re.compile(r"\bamong\sthe\s[^,;.]{3,60}?\swho\s(?:had\s|have\s|also\s)*$")
LIKELY = re.compile(r"\b(?:is|are)\s(?:also\s)?(?:likely|possible|planned|envisaged)\b")
# "X would like a meeting with Y", "X is expected on Sunday for talks with Y": wished for, to come
WISHED = re.compile(r"\b(?:would\s(?:like|want|welcome)|wants|hopes\sfor|(?:is|are)\s(?:expected|due)\b(?!\sto\b))")
NOT_HELD_AFTER = re.compile(r"\s(?:was|were)\s(?:not|never)\b|\sdid\snot\s(?:take\splace|happen|materiali[sz]e)"
                            r"|\s(?:was|were)\s(?:dropped|cancell?ed|called\soff|scrapped|postponed)\b")
AT_THE_AIRPORT = re.compile(r"\bat\s(?:the\s)?(?:[A-Z][\w-]*\s){0,3}(?:[Ii]nternational\s)?[Aa]irport\b")
GROUP_SUBJECT = re.compile(r"(?<!\btwo\s)\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads\sof\s(?:[Ss]tate|[Gg]overnment)|[Pp]residents|[Pp]remiers|[Dd]elegations)"
                           r"\s(?:had\s|have\s|also\s)*$")
# "the Head of State", "the president", "the Secretary-General met with ..." (a read-out's own)
HEAD_OF_STATE = re.compile(r"\b[Tt]he\s(?:Head\sof\s(?:the\s)?State|Leader\sof\sthe\sNation|"
                           r"(?P<title>president|prime\sminister|premier|Secretary-General)(?!\sof\b|'s\s|,))\b")
EVE = re.compile(r"\b(?:on\s)?the\seve\sof\b", re.I)
# "held talks on the sidelines of the defence ministers' meeting with his Chinese counterpart X"
# "... on the sidelines of the summit with X", "held three meetings on the sidelines: with A, with B and with C"
SIDELINES_THEN_PARTNER = re.compile(r"\s(?:on|at)\s(?:the\s)?(?:sidelines|margins|fringes)(?:\sof\s[^.;:]{3,90}?)?:?"
                                    r"\swith\s[^.;:]{0,50}")
PARTNER_GAP = re.compile(r"(?:[^.;:]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.){0,60}")  # initials may stand between: "with M. Mishustin"
NOT_PARTNER_GAP = re.compile(r"\b(?:said|says|noted|stressed|that|who|which|where|when|while|greetings|message|letter|"
                             r"behalf|conveyed|handed|delivered|invited|invitation|thanked|yesterday|today|tomorrow|"
                             r"earlier|later|exchange|handshake|greeted|chat|will|would|attended|accompanied|"
                             r"chairmanship|(?<!-)chaired|presided)\b")
# "... the greetings of X", "met A, and yesterday, B and I ...", "met A, and had a brief exchange with B", "met A, and
# will join B", "met A, attended by B": no talks with B
# "held talks with A and later received B": talks with B too, the same day
MORE_TALKS = re.compile(r",?\s(?:and\s)?(?:later\s|then\s|also\s|separately\s)?(?:received|met(?:\swith)?|held\s(?:talks|a\smeeting)\swith)\s"
                        r"(?:the\s)?|,?\sand\s(?:later|then|also|subsequently)(?:(?:\sin\sthe\sday|\sthe\ssame\sday|\sthat\sday),?\s(?:with\s)?|"
                        r",?\swith\s|\s)(?:the\s)?"  # "and later with X", "and later in the day X", "and later X"
                        # "He met A, whom ...; B; and C"; "...; General Secretary of the X Party and President Y; ..."
                        # "...: A (Thursday); the President of B, C": a list's day in brackets
                        r"|(?:,\s(?:whom|with\swhom)\s[^;.]{1,150}|\s\([^()]{1,40}\))?;\s(?:and\s)?"
                        r"(?:(?:[A-Z][\w'\u2019-]*|of|the|and)\s){0,12}")
# "met A on Monday afternoon, on the sidelines of the summit, and separately met B", "..., and separately with B": what
# comes before the next talks
LATER_TALKS = re.compile(r"(?P<lead>[^.;:]{0,80}?,)\sand\s(?:(?:later\s|then\s|also\s|separately\s)?"
                         r"(?:received|met(?:\swith)?|held\s(?:talks|a\smeeting)\swith)|separately\swith)\s(?:the\s)?")
# "held talks today with X": a day between the verb and the partner
DAY_THEN_PARTNER = re.compile(r"\s(?:today|yesterday)\swith\s(?:the\s)?(?:[A-Z][\w'-]*\s){0,4}")
CLAUSE_END = re.compile(r",\sand\s|;\s")
TALKS_NOUN = re.compile(r"(?:meetings?|talks?|discussions?|conversations?|consultations?|lunch|dinner|breakfast)$")
WITH = re.compile(r"\bwith\b")
# "I also had a meeting with X", "X and I held talks": the one who speaks in the first person
FIRST_PERSON = re.compile(r"(?:^|\s)I\s(?:also\s|then\s)?(?:had|held|met|received|hosted)\b|\band\sI\s")
VAGUE_TIME = re.compile(r"(?i:\b(?:last|earlier\sthis|this))\s(?:week|month|year)|\bnot\slong\sago|\brecent(?:ly)?\b|"
                        # "Over the two days X also held separate meetings with A, B and C", "Over his two days in
                        # Astana, ...": on one of them
                        r"\b(?:[Oo]ver|[Dd]uring|[Aa]cross)\s(?:the\s|his\s|her\s|their\s)?(?:two|three|2|3)\sdays\b|"
                        r"\bin\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
UNDATED = re.compile(r"\bwithout\s(?:giving|saying|specifying|naming)\s(?:the\s|a\s)?(?:dates?|day|when|(?:on\s)?which\sday)\b"
                     r"|\bdid\s(?:not|n't)\s(?:say|give|specify)\s(?:when|the\sdates?|(?:on\s)?which\sday)\b")
# "..., without giving the dates", "but his office did not say on which day"
IN_CITY_FIRST = re.compile(r"In\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\son\s[^,;.]{3,25})?,\s")
RECENT_DAYS = 7  # how far from the article's date the day of talks told without one may lie


def side_meetings(a: Article, seen: Seen) -> Iterator[Candidate]:
    """A press event, or else a three-way or bilateral meeting, that the sentence reports."""
    if (three_way := THREE_WAY.search(seen.text)) and not is_future(seen.text) and len(trio := _trio(a, seen)) == 3:
        yield from _three_way(a, seen, three_way, trio)  # and the talks of two of them the sentence also reports
    if PRESS.search(seen.text):
        yield from _press_event(a, seen)
    elif rel.bilateral_trigger(seen.text):
        for clause in _clauses(seen):
            yield from _bilateral(a, clause)
    else:
        if a.recent_bilateral and THE_TALKS_BESIDE.match(seen.text) and rel.SIDELINES.search(seen.text) and \
                (beside := _beside(a, seen)):
            # "The meeting took place on the sidelines of ...": the talks of the sentence before; "All three meetings
            # were held on the sidelines": all of them
            told = list(dict.fromkeys(m for _, m in reversed(a.talks_read)))
            if (every := THE_TALKS_ALL.match(seen.text)) is None:
                told = [a.recent_bilateral]
            elif every["n"] or every.group(0) == "Both":  # "All three meetings": the last three read
                told = told[:NUMBERS.get(every["n"] or "two")]
            else:  # "These meetings": those of the sentence before
                told = [m for at, m in a.talks_read if at == a.recent_bilateral_at]
            for talks in told:
                yield Attributes(talks, {"beside": beside})
        if rel.SIDELINES.search(seen.text) and (series := TALKS_SERIES.search(seen.text)) and not is_future(seen.text) \
                and (speaker := next((p.person for p in seen.people if p.person and p.end <= series.start()), None)):
            # "X held a string of bilateral talks with visiting defence chiefs on the sidelines of the meeting": his
            # talks told next are beside it
            beside = _beside(a, seen)
            yield Context({"sidelines": (beside, speaker) if beside else None})
        yield Context({"sentence_bilateral": None})


# ", and B met C", "; later he held talks with C", ", while B met C": another clause, with talks of its own
CLAUSE_BREAK = re.compile(r",\s(?:and|while|whereas|but)\s|;\s(?:and\s)?")
CLAUSE_PRONOUN = re.compile(r"\b(?:he|she)\b", re.I)
SUBJECT_REACH = 30  # how far into its clause a subject may stand
MOST_PARTNERS = 8  # the longest list of those met that one sentence is read for


def _clauses(seen: Seen) -> list[Seen]:
    """The sentence's clauses that each report talks of their own subject ("On Friday, A met B, and C met D": A and B,
    then "On Friday, C met D"); "he" in the second is the first one's subject. The whole sentence when there is one."""
    text = seen.text
    first = rel.bilateral_trigger(text)
    named = [p for p in seen.people if p.person and p.end <= first.start()]
    for cut in CLAUSE_BREAK.finditer(text, first.end()):
        rest = text[cut.end():]
        second = rel.bilateral_trigger(rest)
        if second is None:
            break
        # its subject, where a clause's subject stands: "and on Friday he", "while Sharif"
        subject = next((p for p in seen.people if p.person and cut.end() <= p.start <= cut.end() + SUBJECT_REACH
                        and p.end <= cut.end() + second.start()), None)
        pronoun = CLAUSE_PRONOUN.search(rest, 0, min(second.start(), SUBJECT_REACH + 3))
        if not named or (subject is None and pronoun is None):
            continue  # "met A, and later met B": one subject's talks, read as one
        lead = named[0].start
        # "On Friday, the eve of the summit, ", unless the clause names its own day ("..., and on Saturday he met C")
        opening = text[:lead] if (lead == 0 or text[:lead].endswith(", ")) and \
            not sentence_date(rest[:second.start()], seen.s.reference) else ""
        shift = len(opening) - cut.end()
        people = [p for p in seen.people if p.end <= len(opening)] + \
                 [replace(p, start=p.start + shift, end=p.end + shift) for p in seen.people if p.start >= cut.end()]
        if subject is None:  # "... and the same day he met X": the first clause's subject
            people.append(PersonMention(len(opening) + pronoun.start(), len(opening) + pronoun.end(), named[-1].person))
            people.sort(key=lambda p: p.start)
        placed = [(end + shift, m) for end, m in seen.placed if end > cut.end()]
        head = Seen(seen.s, [p for p in seen.people if p.end <= cut.start()],
                    [(end, m) for end, m in seen.placed if end <= cut.start()])
        head.text = text[:cut.start()]
        tail = Seen(seen.s, people, placed)
        tail.text = opening + rest
        return [head, *_clauses(tail)]
    return [seen]


def _beside(a: Article, seen: Seen) -> str | None:
    """What talks on the sidelines are beside: the first meeting but talks the sentence names, else the main one."""
    return next((m for m in seen.meetings if a.facts.meetings[m].kind != BILATERAL), a.main)


# "sat down with Medvedev and Zardari for a three-way meeting", "the second trilateral meeting of Elbegdorj, Putin
# and Xi"
THREE_WAY = Gated(r"\b(?:(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s)?"
                  r"(?:trilateral|three-way|tripartite|three-sided)\s(?:meeting|summit|talks)\b", re.I,
                  words=("rilateral", "hree-way", "ripartite", "hree-sided"))


JOINED_THEM = re.compile(r"\b(?:were|was)\s(?:then\s|later\s)?joined\sby\b")  # "They were then joined by X for"


def _trio(a: Article, seen: Seen) -> list[str]:
    """The three people of a three-way meeting: those the sentence names; for a state it names without its leader,
    the one named for it before ("the heads of state of Mongolia, Russia and China"); "they were joined by X": the
    two of the talks before, and X."""
    trio = list(dict.fromkeys(p.person for p in seen.people if p.person))
    if len(trio) < 3:
        for _, _, state in a.rec.entities(seen.text, (STATE,)):
            person = a.memory.by_state.get(state)
            if person and person not in trio and not any(p.of == state for p in seen.people if p.person):
                trio.append(person)
    if len(trio) < 3 and JOINED_THEM.search(seen.text) and (talks := a.recent_bilateral):
        trio += [p.agent for p in a.facts.participations if p.meeting == talks and p.agent and p.agent not in trio]
    return trio


def _three_way(a: Article, seen: Seen, three_way: re.Match, people: list[str]) -> Iterator[Candidate]:
    """A meeting of three people (a trilateral of heads of state): its day, place and number; not an SCO meeting, so
    its participants take no SCO standing."""
    text, s = seen.text, seen.s
    day = sentence_date(text, s.reference) or (s.reference if s.item else None)  # a digest's item: its heading's day
    if day is None and a.recent_bilateral and JOINED_THEM.search(text):
        day = a.facts.meetings[a.recent_bilateral].date  # "They were then joined by X": the day of their talks
    if day is None and a.last_date and not a.last_days and s.reference and \
            abs((s.reference - a.last_date).days) <= RECENT_DAYS and not YEAR.search(text) \
            and not EARLIER_MONTH.search(text):  # the last day named: "Russia-China-Mongolia summit meeting / June
        day = a.last_date  # 23, 2016, 20:15, Tashkent / ... held the third trilateral meeting": that day
    known = s.reference or a.doc.published
    year = day.year if day else known.year if known else a.doc.year
    trio = sorted(people)
    meeting_id = f"trilateral_{'_'.join(trio)}" + (f"_{day:%Y_%m_%d}" if day else f"_{year}" if year else "")
    place = re.search(r"\bin\s([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)", text)
    found = a.gaz.lookup(place[1]) if place else None
    city = found.id if found and found.kind == CITY else None
    ordinal = ORDINALS[three_way["ordinal"].lower()] if three_way["ordinal"] else None
    names = ", ".join(a.label(p) for p in trio)
    yield Convened(Meeting(meeting_id, MEETING, f"Three-way meeting of {names} ({day or year})", ordinal, day, city,
                           format=THREE_WAY_FORMAT, evidence=text))
    named = {p.person: p for p in seen.people if p.person}
    for person in trio:
        mention = named.get(person)
        yield Attended(meeting_id, person, mention.of if mention else a.gaz.nationality.get(person), mention, None,
                       False, text)


def _bilateral(a: Article, seen: Seen) -> Iterator[Candidate]:
    """Talks between two people: who, when, where, and beside which meeting; the meeting and its two participants."""
    s, people, meetings, text = seen.s, seen.people, seen.meetings, seen.text
    trigger = rel.bilateral_trigger(text)
    start = max(text.rfind(",", 0, trigger.start()), text.rfind(";", 0, trigger.start())) + 1
    end = min((i for i in (text.find(",", trigger.end()), text.find(";", trigger.end())) if i >= 0), default=len(text))
    if is_future(text[start:end]) or LIKELY.search(text, trigger.end(), end) or WISHED.search(text, start, end):
        return  # "Li is scheduled to hold talks with Mishustin next week", "a meeting with Wang Yi is likely": to come
    if AT_THE_AIRPORT.search(text, trigger.end(), end):
        return  # "The prime minister meets X at Manas International Airport": a greeting on arrival
    if NO_MEETING.search(text[start:trigger.start()]) or NOT_HELD_AFTER.search(text, trigger.end(), end) or \
            trigger.group(0).lower().startswith("meeting") and NOT_HELD_AFTER.search(text, trigger.end()):
        return  # "There was no meeting between Modi and Hussain", "A meeting with X was not on the programme"
    if AMONG_WHO.search(text, start, trigger.start()):
        return  # "A and B were among the heads of government who met in Dushanbe": a meeting of many
    if GROUP_SUBJECT.search(text, start, trigger.start()) and not any(p.person for p in people if p.end <= trigger.start()):
        return  # "Foreign ministers met in Tianjin under Wang Yi, with A and B at the table": a meeting of many
    asides = [m.span() for m in SUBJECT_ASIDE.finditer(text, 0, trigger.start())]
    before = [p for p in people if p.end <= trigger.start() and p.person  # not "Besides the Iranian president, he ..."
              and not BESIDES.search(text, max(0, p.start - 20), p.start)
              and not any(start <= p.start < end for start, end in asides)]  # "A, who stands in for B, met C": A
    partners, position = [], trigger.end() + (text[trigger.end():trigger.end() + 1] == ":")  # "met: A; B"
    # "A and B held talks on the sidelines, after riding in the Russian president's car": no partner without "with"
    with_partner = not TALKS_NOUN.search(trigger.group(0))
    described = DESCRIBED_PARTNER.match(text, trigger.end())  # "held talks with the Iranian leader"
    state = a.gaz.state_of_adjective(described["adj"]) if described and not any(
        described.start() <= p.start < described.end() for p in people) else None  # not "the Kazakh premier" read already
    if state and (person := a.memory.by_state.get(state)):
        partners, position = [PersonMention(described.start(), described.end(), person, of=state)], described.end()
    for mention in (p for p in people if p.start >= position):
        gap = text[position:mention.start]
        if not with_partner and not partners and not WITH.search(gap) or \
                not (PARTNER_GAP.fullmatch(gap) and not NOT_PARTNER_GAP.search(gap)
                     or MORE_TALKS.fullmatch(gap) and (partners or ";" not in gap)  # not "A and B meet; C speaks"
                or not partners and position == trigger.end() and (DAY_THEN_PARTNER.fullmatch(gap)
                                                                   or SIDELINES_THEN_PARTNER.fullmatch(gap))
                or partners and (later := LATER_TALKS.fullmatch(gap)) and not NOT_PARTNER_GAP.search(later["lead"])):
            break
        if mention.person:
            partners.append(mention)
        position = mention.end
    if partners and RELATIVE_BEFORE.search(text, max(0, start - 1), trigger.start()) and \
            (clause_end := text.find(", ", partners[0].end)) >= 0:
        partners = [p for p in partners if p.start < clause_end]  # "A, who held talks with X in Tokyo, B and C": X only
    reported = False  # "A and B met", "the meeting between A and B": two others, reported in passing
    if len(partners) >= 2 and text[trigger.start():trigger.end()] in ("meeting between", "talks between"):
        before, partners, reported = partners[:1], partners[1:2], True
    elif len(before) >= 2 and not partners and re.fullmatch(
            r"\s(?:and|,)\s(?:(?:the\s)?[A-Z][a-z]+\s(?:leader|counterpart)\s|(?:Mr|Mrs|Ms|Dr)\.?\s)?"
            r"|\sand\s(?:his|her)\s(?:\w+\scounterpart,?\s)?",
            text[before[-2].end:before[-1].start]):  # "Putin and Uzbek leader Islam Karimov held talks"
        # "A and B held talks" in passing; "A and B hold talks" (a headline, a ticker's line): the news of the day
        before, partners, reported = before[-2:-1], before[-1:], not trigger.group(0).startswith(("hold", "meet"))
    # "He also met ...", "Besides the Iranian president, he received ...": the last subject
    pronoun = PRONOUN_SUBJECT.match(text)
    if not partners and TWO_LEADERS.search(text):  # "... told Zardari ..., when the two leaders met"
        named = list(dict.fromkeys(p.person for p in before))
        if len(named) >= 2:
            before, partners = [p for p in before if p.person == named[-2]][-1:], \
                [p for p in before if p.person == named[-1]][-1:]
        elif not named and (current := a.recent_bilateral):  # "The two had last met in Beijing"
            pair = [p.agent for p in a.facts.participations if p.meeting == current and p.agent]
            if len(pair) == 2:
                before, partners = [PersonMention(0, 0, pair[0])], [PersonMention(0, 0, pair[1])]
    earlier = bool(EARLIER.search(text))
    reported = reported or earlier
    # "He" is the last subject; "On Friday, he" the subject of the sentence before, if it has one, else the protagonist
    recent = pronoun and (not pronoun["opening"] or a.subject_at >= s.index - 2)
    speaker = before[-1].person if before else (a.memory.last_person if recent else None) or a.protagonist()
    if FIRST_PERSON.search(text, start, trigger.end()):
        if before and not partners and re.search(r"\band\sI\s", text[before[-1].end:trigger.start()]):
            partners = before[-1:]  # "Prime Minister X and I held talks"
        speaker = a.first_person  # none when the article does not say who "I" is
    grounded = bool(before)  # the speaker is named, or described, in the sentence: not a guess
    if not before and trigger.start() == 0 and a.lead_person and all(p.person != a.lead_person for p in partners):
        speaker = a.lead_person  # "Meets Putin, Xi and Lukashenko" under the headline: the one the page is about
    if not before and any(p.person == speaker for p in partners) and \
            (said := re.search(r"\b(?:[Hh]e|[Ss]he|(?P<title>[Tt]he\s(?:[Pp]resident|[Pp]rime\s[Mm]inister|[Pp]remier|[Mm]inister)))\b",
                               text[:trigger.start()])):
        speaker = a.protagonist({p.person for p in partners})  # "he met Putin", Putin as often named: not Putin
        grounded = bool(said["title"])  # "the President held a meeting with President Xi": the other one
    if not before and (head := HEAD_OF_STATE.search(text, 0, trigger.start())) and \
            (president := the_president(a, head, {p.person for p in partners})):
        speaker, grounded = president, True  # "the Head of State also met with ...": the article's one president
    described = [m for m in DESCRIBED.finditer(text, before[-1].end if before else 0, trigger.start())
                 if not BESIDES.search(text, max(0, m.start() - 20), m.start())]  # "Besides the Iranian president, he"
    if described and (state := a.gaz.state_of_adjective(described[-1]["adj"])):  # "A and B ...; the Indian leader met"
        speaker = next((p.person for p in reversed(before) if state in (p.of, a.gaz.nationality.get(p.person))),
                       None) or a.memory.by_state.get(state, speaker)
    if not partners and speaker and (counterparts := COUNTERPARTS.match(text, trigger.end())):
        partners = _counterparts(a, counterparts, speaker)
    if not partners and speaker and PRONOUN_OBJECT.match(text, trigger.end()):
        # "A flew in ...; President B received him": A; "A arrived on Tuesday. On Wednesday, B received him": A too
        him = before[0].person if len(before) >= 2 else a.memory.last_person if a.subject_at >= s.index - 1 else None
        partners = [PersonMention(trigger.end() + 1, trigger.end() + 4, him)] if him and him != speaker else []
    partners = [p for p in partners if p.person != speaker]
    if len({p.person for p in partners}) == 2 and THREE_WAY.search(text) and "separate" not in text:
        partners = []  # "A met B and C for a trilateral meeting": one meeting of the three, not two talks
    sidelines = rel.SIDELINES.search(text)
    beside = _beside(a, seen) if sidelines else None
    that_one = bool(sidelines and THAT_ONE.match(text, sidelines.end()))  # "A and B met on the margins of that meeting"
    if that_one:
        beside = next((m for end, m in reversed(seen.placed) if end <= sidelines.start()
                       and a.facts.meetings[m].kind != BILATERAL), beside)
    if sidelines:  # talks on the sidelines of a meeting: the visit the article told of before is over
        several = beside and TALKS_SERIES.search(text)  # "held separate meetings with A and B on the sidelines of M"
        yield Context({"visit": False, "sidelines": (beside, speaker) if several else None})
    if speaker is None or not partners:
        return
    clause_end = CLAUSE_END.search(text, partners[-1].end)  # "met A today, and yesterday B and I ...": A's day is today
    # (and not "met A, who chaired today's session": the session's)
    talks = RELATIVE_CLAUSE.sub("", text[trigger.start():clause_end.start() if clause_end else len(text)])
    when = sentence_date(talks, s.reference) or sentence_date(text[:trigger.start()], s.reference) or \
        sentence_date(text[:trigger.start()] + RELATIVE_CLAUSE.sub("", text[trigger.start():]), s.reference) or \
        (s.reference if s.item or _under_a_days_heading(s, text, earlier) else None)
    # the talks' day; a digest's item, or a line under a day's heading ("WEDNESDAY, SEPT. 22 - BISHKEK"): the heading's
    past = a.years.get(beside) if beside and beside != a.main and not when else None
    if past and s.reference and past < s.reference.year:  # "on the sidelines of that summit": the summit's day or year
        when = a.facts.meetings[beside].date
    elif past and s.reference:
        past = None  # beside a meeting of the article's year (the summit of an article on its SCO Plus meeting): not past
    if (day_before := DAY_BEFORE.search(text, 0, trigger.start())) and (base := a.last_bilateral_date or a.last_date) \
            and not (DAY_NAMED.match(text, day_before.end())
                     and sentence_date(text[day_before.end():trigger.start()], s.reference)):
        # not "A day earlier, on Friday, X met Y", "The day before, 23 August, ...": the day it names
        when = base - timedelta(days=1)  # "The meetings came a day after X held talks with Y"
    if when and beside and (held := a.years.get(beside)) and held != when.year and not YEAR.search(text):
        try:  # "On Friday, Sept. 16, he met Putin on the sidelines of the summit" of 2022: September 2022
            when = when.replace(year=held)
        except ValueError:
            pass
    if when is None and SAME_DAY_AS_BEFORE.match(text) and (a.last_date or a.last_bilateral_date):
        when = a.last_date or a.last_bilateral_date  # "X arrived on July 3. On the same day, ... he met B": that day
    aside = WHOM_AFTER.search(text, partners[-1].end) if partners else None
    talks_end = min(end.start() for end in (aside, clause_end) if end) if aside or clause_end else len(text)
    if (following := FOLLOWING_DAY.search(text, 0, talks_end)):
        # not "..., both of whom addressed the summit the next day", "..., and attended the session the following
        # day": the day of something else
        base = sentence_date(text[:following.start()], s.reference) or a.last_bilateral_date or a.last_date
        when = base + timedelta(days=1) if base else None
    eve = EVE.search(text)
    # "X held a series of talks on the sidelines of the summit. ... He also met B": the same speaker's talks that
    # follow are beside it too, until the text tells of a visit or the eve
    series = a.sidelines and a.sidelines[1] in (speaker, None) and not (eve or earlier or reported or a.visit)
    # "He also met B on Friday" right after talks on the sidelines: beside the same meeting, where of its days
    also = a.facts.meetings.get(a.recent_bilateral) if pronoun and ALSO.match(text) and not eve \
        and a.recent_bilateral_at == s.index - 1 else None
    if eve and when is None and (target := next((m for m in meetings if a.facts.meetings[m].kind != BILATERAL),
                                                a.main)) and a.facts.meetings[target].date:
        when = a.facts.meetings[target].date - timedelta(days=1)  # "on the eve of the summit"
    near = text[:partners[-1].end + 30] if partners else text
    near = near[:trigger.end()] + RELATIVE_CLAUSE.sub("", near[trigger.end():])  # not "met A, whom he saw in July; B"
    vague = (bool(VAGUE_TIME.search(near)) or bool(UNDATED.search(text))) and when is None
    if eve and not sidelines:
        yield Context({"visit": True, "sidelines": None})  # held before the meeting, not beside it
    # "Li said here Thursday ... Li made the remarks when meeting with X": the talks are where the remarks were made
    city = a.place_here(s) or (a.here_city if OCCASION.search(text) and not reported and not vague else None)
    place = re.search(r"\bin\s(?:the\s(?:[A-Z][a-z]+\s)?(?:city|capital)\sof\s)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)",
                      text[trigger.start():]) or IN_CITY_FIRST.match(text)  # "in Beijing", "in the Russian city of
    # Kazan", "In Beijing, X called on Y", "In Moscow on December 6, A and B held ..."
    found = a.gaz.lookup(place[1]) if place else None
    if found and found.kind == CITY:
        city = found.id
    elif (capital := rel.IN_A_CAPITAL.search(text, trigger.start())) and \
            (capital_city := CAPITALS.get(a.gaz.state_of_adjective(capital["adj"]))):
        city = capital_city  # "held talks in the Kyrgyz capital"
    # "He also called on X" after talks reported in the sentence before: talks of the same occasion, its day and its
    # meeting (which the day of another event named in between does not change)
    alike = a.facts.meetings.get(a.recent_bilateral) if pronoun and ALSO.match(text) and not when \
        and a.recent_bilateral_at == s.index - 1 else None
    # the last day the article named, unless it is weeks from the article's own: "joined the SCO ... on 4 July" in an
    # October article is another event's day, not that of "On the sidelines, X met Y"
    recent = a.last_date if a.last_date and not (s.reference and abs((s.reference - a.last_date).days) > RECENT_DAYS) \
        and not a.last_days else None  # not the first of "25-26 June": talks on the sidelines may be of either day
    partners = partners[:MOST_PARTNERS]
    # "held talks with Zardari on Monday and received Karzai on Tuesday": each partner's own day, where given
    clauses = [text[partner.end:partners[i + 1].start] if i + 1 < len(partners) else
               text[partner.end:].split(", ")[0] if len(partners) > 1 else "" for i, partner in enumerate(partners)]
    owns = [sentence_date(clause, s.reference) if clause else None for clause in clauses]
    # "met: A (Thursday); B; C": the days the list gives are A's alone (not "met A and B on Monday": both's)
    bracketed = any(day and text.startswith(" (", p.end) for p, day in zip(partners[:-1], owns))
    for partner, own in zip(partners, owns):
        pair = tuple(sorted([speaker, partner.person]))
        existing = None if earlier else a.store.bilateral(pair)  # an earlier meeting of the two is another one
        day = own or (None if vague or bracketed else alike.date if alike else
                      when or (existing.date if existing else None) or (
            None if (reported and not SAME_DAY.search(text)
                     and not (sidelines and beside == a.main and not earlier and not that_one)) or vague or past else recent))
        # "Later, A and B met": no day; "A and B have held talks on the sidelines of the summit": the summit's day
        known = s.reference or a.doc.published
        if earlier and not day and known and (month := EARLIER_MONTH.search(text)):
            past = (month_in(month.group(0), known) or (None,))[0]  # "had last met in Beijing in May", "last October"
        elif not day and known and (month := LAST_MONTH.search(text, trigger.end())):
            past = (month_in(month.group(0), known) or (None,))[0]  # "since Modi and Xi met in Kazan last October"
        written = YEAR.findall(text, 0, trigger.start())  # "In June 2019, ..., he received X": that year's
        year = day.year if day else past or (int(written[-1]) if written else None) or \
            (known.year if known else a.doc.year)
        # "Earlier, Putin met X": this year's
        meeting_id = existing.id if existing and not (own or when) else f"bilateral_{pair[0]}_{pair[1]}" + (
            f"_{day:%Y_%m_%d}" if day else f"_{year}" if year else "")  # no year in an article with no date
        # beside a meeting only where its own sentence says so: "He also met A on Friday" after talks on the sidelines
        # may be of the visit, the eve or the day after
        side = beside or (existing.beside if existing else None) or (alike.beside if alike else None) or \
            (a.sidelines[0] if series and not sidelines else None) or (also.beside if also else None)
        if side and not beside and not alike and day and (held := a.facts.meetings[side].date) and \
                not held <= day <= held + timedelta(days=1):
            side = None  # "On Thursday, Putin held talks here with Rouhani": before the summit began (or days after it)
        names = " and ".join(a.label(p) for p in pair)
        yield Convened(Meeting(meeting_id, BILATERAL, f"Bilateral meeting of {names} ({day or year})",
                               date=day, city=city, beside=side, evidence=s.text), pair)
        yield Attributes(meeting_id, {"beside": side, "city": city})
        yield Context({"recent_bilateral": meeting_id, "recent_bilateral_at": s.index,
                       "talks_read": a.talks_read + ((s.index, meeting_id),)})
        if not reported and (grounded or pronoun):  # "he" in the next sentence, where no name is its subject: the same
            yield Context({"speaker_at": (s.index, speaker)})  # one as this sentence's, named or "he" itself
        if reported:
            yield Context({"sentence_bilateral": meeting_id})
        else:
            yield Context({"last_bilateral_date": day or a.last_bilateral_date, "bilateral": meeting_id,
                           "sentence_bilateral": None})
            if s.section and s.index - a.section_start <= 2 and a.section_bilateral is None:
                yield Context({"section_bilateral": meeting_id})
        for agent, mention in ((speaker, next((p for p in before if p.person == speaker), None)), (partner.person, partner)):
            held = (mention.title, mention.of) if mention and mention.of and mention.title else None
            of = mention.of if mention and mention.of else None
            yield Attended(meeting_id, agent, of, PersonMention(0, 0, agent, *held) if held else None, None, False,
                           s.text)
        yield Stated(pair[0], "metWith", pair[1], s.text)


def the_president(a: Article, said: re.Match, besides: set[str] = frozenset()) -> str | None:
    """Who "the Head of State" (or "the president", "the prime minister") is: the person the article is about if it
    gives them that title, else the one it has named most often so far if it gives them the title (with or without a
    state), else the one person it gives it (of the state it speaks for, if it names several); never one of `besides`
    (those the president meets)."""
    said_title = (said["title"] or "").lower()
    titles = HEAD_OF_GOVERNMENT_TITLES if said_title in ("prime minister", "premier") else \
        {"Secretary-General"} if said_title == "secretary-general" else {"President"}
    presidents = [person for person, held in a.memory.positions.items()
                  if person not in besides and any(t in titles for t, _ in held)]
    exact = [person for person in presidents if any(t.lower() == said_title for t, _ in a.memory.positions[person])]
    presidents = exact or presidents  # "the prime minister": a Prime Minister before a Premier
    if a.lead_person in presidents:  # "the president" of an article about one: the one it is about
        return a.lead_person
    main = a.facts.meetings.get(a.main) if a.main else None
    if said_title == "prime minister" and len(exact) > 1 and main and main.chair in exact:
        return main.chair  # "the prime minister" among several: the one who chaired the article's meeting
    if (most := a.protagonist(besides)) and not titles.isdisjoint(a.memory.titles.get(most, ())):
        return most  # the one the article has named most often so far, given the title with or without a state
    if len(presidents) > 1 and a.speaker_state:
        presidents = [p for p in presidents if any((t, a.speaker_state) in a.memory.positions[p] for t in titles)]
    return presidents[0] if len(presidents) == 1 else None


def _under_a_days_heading(s: Sentence, text: str, earlier: bool) -> bool:
    """A line under a day's heading ("WEDNESDAY, SEPT. 22 - BISHKEK"), telling of that day, not of an earlier one."""
    return bool(s.place) and s.place.lower() in WEEKDAYS and not earlier and not EARLIER_MONTH.search(text)


def _counterparts(a: Article, match: re.Match, speaker: str) -> list[PersonMention]:
    """The people "his Iranian and Kazakh counterparts" stand for: of each state, the one person the article gives the
    speaker's title; none where the article names no such person, or more than one."""
    titles = {GROUP_TITLES[" ".join(match["group"].lower().split())]} if match["group"] else \
        {title for title, _ in a.memory.positions.get(speaker, ())}
    if titles & HEAD_OF_GOVERNMENT_TITLES:
        titles |= HEAD_OF_GOVERNMENT_TITLES  # "his Kyrgyz counterpart" of a Premier: the Kyrgyz Prime Minister
    found = []
    for adjective in re.split(r",\s|,?\sand\s", match["adjs"] or match["states"] or match["adjs2"]):
        state = a.gaz.state_of_adjective(adjective)
        holders = {person for person, held in a.memory.positions.items() if person != speaker
                   and any(of == state and title in titles for title, of in held)} if state else set()
        if len(holders) == 1:
            found.append(PersonMention(match.start(), match.end(), holders.pop(), of=state))
    return found


REPORTED_CONTENT = re.compile(r"\b(?:about|where|that|whether)\b")


def _press_event(a: Article, seen: Seen) -> Iterator[Attended]:
    """Everyone named in a "met with the press" sentence took part in the press event, up to what they spoke of:
    not "X was asked about the G7 summit, where Y walked out", "X told a news conference that Y had agreed"."""
    event, end = next(((m, end) for end, m in seen.placed if a.facts.meetings[m].kind == PRESS_EVENT), (None, 0))
    if event and not is_future(seen.text[:end + 40]):  # not "at a news conference, X said leaders are expected to ..."
        told = REPORTED_CONTENT.search(seen.text, end)
        for person in seen.people:
            if person.person and (told is None or person.start < told.start()):
                yield Attended(event, person.person, person.of, person, None, False, seen.text)
