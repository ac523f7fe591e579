"""When, where, by whom: the date, city, host state and chair of a meeting, and whether it was held by video."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Attended, Attributes, Candidate, Chaired, HeldRemotely, Named
from loader.extraction.gazetteer import fold, slug
from loader.extraction.meetings import YEAR, is_future, sentence_date, without_since
from loader.reading.dates import MONTH, weekday_before
from loader.facts import BILATERAL, CITY, HEADS_OF_STATE, MEETING, STATE, Entity
from loader.patterns import PLACE_NAME, Gated
from loader.reading.sentences import ITEM_DAY, ITEM_PLACE
from loader.vocabulary import CAPITALS, MONTH_NAMES, WEEKDAYS

HOSTING = Gated(r"(?P<state>[A-Z][a-z]+)(?:,\s(?:which|that)\s[^,]{1,80},)?\s(?:is\s|was\s|has\s)?(?:on\s)?(?:successfully\s)?"
                r"host(?:ing|ed)\s(?:the\s)?(?:[Tt]hird|[A-Z0-9]|delegations\b|(?:this\s)?(?:[\w-]+\s)?(?:meeting|meet|summit|"
                r"ministers|leaders|session|moot|gathering|event)\b)",  # "is hosting the two-day meet"
                words=("host",))  # "with India, which holds the SCO chairship this year, hosting delegations from ..."
MEETING_VERB = re.compile(r"\b(?:held|took\splace|convened|opened|met|began|gathered|kicked\soff|got\sunder\s?way|hosted)\b|^On\s|,\son\s")
THE_CITY_BEFORE = re.compile(r"\b[Tt]he\s(?:[a-z]+\s)?(?:capital|city)\s$")  # "the capital hosted": the dateline's
ADDRESSING = re.compile(r"(?:Addressing|Speaking\s(?:at|to))\s(?:the|a)\s")
# "one of ten documents approved on Thursday", "Leaders of the SCO met in Shanghai on Thursday": the day of the
# article's meeting, where no sentence names the meeting
DONE_ON_DAY = re.compile(r"\b(?:documents?|declaration|agreements?|statement)\b[^.;]{0,40}?\b(?:approved|adopted|signed)\s"
                         r"(?=on\s)|\b(?:[Ll]eaders|[Hh]eads\sof\sstate|[Pp]residents)\s(?:of\s[^.;]{0,60}?)?"
                         r"(?:met|gathered|meeting\sin)\b")
# "The talks were chaired by ...", "The session was presided over by ...": the main meeting's chair
# "... at their meeting here, chaired by ...": the article's meeting, named only by a common noun
THE_TALKS_CHAIRED = re.compile(r"^(?:(?:The|This)\s(?:talks|session|discussions|deliberations|proceedings)\s"
                               r"(?:were|was|are|is)(?:\sbeing)?|It\s(?:was|is))\s"
                               r"(?:chaired|presided\sover)\sby\b"  # "It was chaired by ...": the meeting just named
                               r"|\b(?:their|the|its)\s(?:meeting|summit|session|talks|gathering)(?:\shere|\sthere)?,\s"
                               r"(?:chaired|presided\sover)\sby\b")
WEEKDAY_MENTION = re.compile(rf"\b(?P<day>{'|'.join(day.title() for day in WEEKDAYS)})'s\s(?:SCO\s)?"
                             r"(?:meeting|summit|session|gathering|moot|meet)\b")
# "the 16th meeting of the SCO Council of Heads of State, which Karimov chaired": the meeting named right before
WHICH_CHAIRED = Gated(r",\s(?:which|that)\s(?P<who>[A-Z][^,;.]{2,80}?)\s(?:chaired|presided\sover)\b",
                      words=("which", "that"))
ENDED = re.compile(r"\b(?:wrapped\sup|concluded|ended|closed)\b")
DURATION = re.compile(r"\b(?P<n>two|three|four|[234])(?:-day\b|\sdays\sof\b)", re.I)
# "Astana, the capital of Kazakhstan, hosted", "Cholpon-Ata, Kyrgyz Republic, hosted"
CAPITAL_APPOSITION = re.compile(r",\s(?:the\s)?(?:[A-Z][a-z]+\s)?capital(?:\s(?:city\s)?of\s[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?"
                                r"|,\s(?:the\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,")
DATES_IN_BRACKETS = re.compile(r"\s?\(([^()]{4,40}?\d[^()]{0,20})\)")
MENTION_IN = re.compile(r"(?:\sof\sthe\s(?:Shanghai\sCooperation\sOrgani[sz]ation|SCO|[Oo]rgani[sz]ation|bloc|"
                        r"grouping))?"  # "the annual meeting of the Shanghai Cooperation Organization in Bishkek"
                        rf"(?:\s(?:member\sstates|on\s(?:{MONTH}\s\d{{1,2}}|\d{{1,2}}\s{MONTH}|[A-Z][a-z]+day)"
                        r"(?:,?\s(?:19|20)\d\d)?))*"
                        r"(?:\s\([A-Z]{2,6}\))?(?:\sat\sthe(?:\s[A-Z][a-z]+){1,4}?(?=\sin\s))?"  # "(SCO) at the Independence Palace"
                        r"\s(?:held\s)?in\s(?:the\s)?(?:(?:[A-Za-z]+\s){1,4}?city\sof\s|(?:[a-z]+\s){0,2}?(?:city\sof\s)?)"
                        rf"(?P<place>{PLACE_NAME})")  # "in the northern Chinese port city of Tianjin"
# "Today St. Petersburg has held a meeting of ...", "The capital of Tatarstan, Kazan, on April 26-28 played host to the VI
# Conference": the city the meeting was held in
# ("New Delhi on April 20 hosted the 11th meeting of ...")
CITY_HELD = Gated(r"(?:^|,\s|\b[Tt]oday\s|\b[Yy]esterday\s)(?P<city>(?:St\.\s)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
                  r"(?:,\s(?:on|from)\s[^,]{3,30}|\son\s(?:[A-Z][a-z]+\s\d{1,2}|\d{1,2}\s[A-Z][a-z]+|[A-Z][a-z]+day))?"
                  r"\s(?:has\s|had\s)?(?:held|hosted|hosts|played\shost\sto)\s(?:(?:a|the)\s)?(?:[\w-]+\s){0,3}?"
                  r"(?:meeting|summit|session|"
                  r"[Cc]onference|[Ff]orum|[Mm]eeting)\b"
                  # "In Bishkek took place the 14th meeting of ...": a translation's order
                  r"|^In\s(?P<city2>(?:St\.\s)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)\s(?:took\splace|passed|was\sheld|"
                  r"were\sheld|opened|started|began|ended|closed)\s(?:the|a)\s",
                  words=("held", "hosted", "hosts", "played host", "In "))
# "were both in Bishkek, the capital of Kyrgyzstan, for the two-day annual summit", "Meeting in Astana, the presidents
# ...": the city of the meeting named right after, or of the article's
IN_CITY_FOR = Gated(r"\b(?:in|(?:travell?ed|went|flew|came|headed)\sto)\s(?P<capital>the\s[A-Z][a-z]+\scapital,\s)?"
                    r"(?P<city>(?:St\.\s)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
                    r"(?(capital),|(?:,\s[^,;.]{3,40},)?)"  # "in the Tajik capital, Dushanbe, for the"
                    r"\sfor\s(?:the|a|an|its|their)\s"
                    r"|^Meeting\sin\s(?P<city2>(?:St\.\s)?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)(?=,)"
                    # "were in the Russian capital for the Council of Foreign Ministers": the capital of that state
                    r"|\b(?:in|(?:travell?ed|went|flew|came|headed)\sto)\sthe\s(?P<adj>[A-Z][a-z]+)\scapital"
                    r"\sfor\s(?:the|a|its|their)\s",
                    words=(" for the ", " for a ", " for an ", " for its ", " for their ", "Meeting in "))
MENTION_IN_CAPITAL = re.compile(r"\s(?:held\s)?in\sthe\s(?P<adj>[A-Z][a-z]+)\scapital\b")
HOST_NOUN = Gated(r"\b(?:joined|by|with|of)\s(?:the\s)?host\s(?:country\s|nation\s|state\s)?(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
                  r"|\b(?P<state2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:played|plays|was|is|acted\sas)\s(?:the\s)?host\b(?!\s(?:to|of)\b)"
                  # "Russia, the host, handed ...", "the Russian Federation as host of the meeting"
                  r"|\b(?P<state3>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s(?:the\s)?host(?:\scountry|\snation|\sstate)?,"
                  r"|\b(?P<state4>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\sas\s(?:the\s)?host\sof\sthe\s(?:meeting|summit|session|council)\b"
                  # "Host China's President Hu Jintao", "besides host Russia", "with Russia stepping in as host"
                  r"|(?:^|\b(?:besides|and|as)\s)[Hh]ost\s(?P<state5>[A-Z][a-z]+)\b"
                  r"|\b(?P<state6>[A-Z][a-z]+)\s(?:stepping\sin|acting|serving)\sas\s(?:the\s)?host\b"
                  # "Kazakhstan, this year's host,", "as guests of the Tajik hosts", "a guest of Tajikistan, the host
                  # country", "Tajikistan is hosting both events"
                  r"|\b(?P<state7>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s(?:this\syear's|the\scurrent)\shost\b"
                  r"|\bguests?\sof\s(?:the\s)?(?P<state8>[A-Z][a-z]+)\shosts?\b"
                  r"|\bguests?\sof\s(?P<state9>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\sthe\shost\b"
                  r"|\b(?P<state10>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:is|was)\shosting\b(?!\s(?:next|the\snext)\b)"
                  # "the 23rd meeting of the CHG, which Pakistan hosted here", "invited by the host, China", "hosted
                  # here by India"
                  r"|\bwhich\s(?P<state11>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:hosted|has\shosted|is\shosting)\b"
                  r"|\bthe\shost(?:\scountry|\snation|\sstate)?,\s(?P<state12>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
                  r"|\bhosted\s(?:here|there)\sby\s(?P<state13>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b",
                  words=("host", "Host"))  # "joined host Uzbekistan", "Russia played host"
# "Kyrgyzstan (host, chair) - Chairman of the Cabinet of Ministers X": an item of a list of delegations
ITEM_ROLES = re.compile(r"(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s\((?P<roles>(?:host|chair|chairman|presiding)"
                        r"(?:(?:,\s|\sand\s)(?:host|chair|chairman|presiding))*)\)\s[\u2013\u2014:-]\s", re.I)
HELD_AFTER_MENTION = re.compile(rf",?\s(?:which\swas\s|that\swas\s)?(?:held|convened)(?:\sin\s(?P<place>{PLACE_NAME}))?"
                                rf"(?:\son\s(?P<date>\d{{1,2}}\s{MONTH}(?:\s(?:19|20)\d{{2}})?|{MONTH}\s\d{{1,2}}(?:,?\s(?:19|20)\d{{2}})?))?"
                                r"(?<=[a-z0-9])(?=[,.;]|\s(?:and|to|with)\b|$)")
# "The May 21-22 meeting in the Kyrgyz capital", "the 13-14 June summit": the date written on the meeting itself
DATED_MENTION = Gated(rf"\b[Tt]he\s(?P<date>(?:{MONTH}\s\d{{1,2}}(?:[-\u2013]\d{{1,2}})?|\d{{1,2}}(?:[-\u2013]\d{{1,2}})?\s{MONTH})"
                      r"(?:,?\s(?:19|20)\d{2})?)\s(?:SCO\s)?(?P<noun>meeting|summit|session|council|conference)\b",
                      words=("meeting", "summit", "session", "council", "conference"))
HELD_ON_DAYS = re.compile(rf"\b(?:took\splace|(?:was|were|is|are)\s(?:being\s)?held|(?<=,\s)(?:being\s)?held)\b[^.;]{{0,60}}?"
                          rf"\b(?:on|from)\s(?P<days>\d{{1,2}}\s?(?:[-\u2013]|\sto\s)\s?\d{{1,2}}\s{MONTH}"
                          rf"(?:\s(?:19|20)\d\d)?|{MONTH}\s\d{{1,2}}\s?(?:[-\u2013]|\sto\s)\s?(?:{MONTH}\s)?\d{{1,2}}"
                          r"(?:,?\s(?:19|20)\d\d)?)")  # "held from May 8 to 10"
OPENED = re.compile(r"\b(?:opened|began|begun|started|kicked\soff|got\sunder\s?way)\b")  # the first day of a meeting of several
# "On Wednesday, a day before the summit opened, ...": another day than the meeting's own
RELATIVE_TO_IT = re.compile(r"\b(?:a|one|two|three|the)\s(?:day|days|week|weeks)\s(?:before|after|ahead\sof)\s(?:the\s)?(?:[\w-]+\s){0,3}$")
WHOSE_COUNTRY_HOSTED = re.compile(r",\s(?:whose|his|her)\s(?:country|nation|government)\s(?:had\s)?(?:hosted|was\shosting|"
                                  r"is\shosting|hosts)\s(?:the\s)?(?:[a-z]+\s)?(?:meeting|summit|session|talks|gathering|event)\b")
HELD_HERE = Gated(r"\b(?:held|met|opened|took\splace|convened|concluded|began|gathered|hosted|session)\s"
                  rf"(?:{rel.HERE.pattern})", words=(" here", " this "))
ATTENDED = Gated(r"\b(?:attended|attend|joined)\b", words=("attend", "joined"))
ON_DAY = re.compile(r"\bon\s(?:the\safternoon\sof\s)?(?:[A-Z][a-z]+\.?\s\d|\d|[A-Z][a-z]+day)")
ATTENDED_IN = Gated(r"\battended\sthe\s(?:meeting|summit)\sin\s", words=("attended the",))
GENERIC_OBJECT = re.compile(r"\s(?:the|a)\s(?:[\w']+\s){0,3}?(?:meeting|summit|session|talks|gathering|council|conference)$")
APPOSITIVE_END = re.compile(r",\s(?:which|that|who|whose)\s[^,]*,\s?$")
IN_PLACE = re.compile(r"\bin\s([A-Z][a-z]+)")
IN_THE_CAPITAL = Gated(r"\b(?:held|met|took\splace|convened|gathered|opened)\s(?:[a-z]+\s){0,3}?in\sthe\s(?P<adj>[A-Z][a-z]+)\s"
                       r"capital\b", words=("capital",))


IT_WAS = re.compile(r"(?:It\s(?:was|had\sbeen)\s)?")
ANOTHER_YEAR = re.compile(r"\b(?:last|previous|past)\syear\b", re.I)
IN_MONTH = re.compile(rf"\bin\s({'|'.join(MONTH_NAMES)})\b")  # "the summit held via video link in July"


THE_BODY_MET = re.compile(r"(?:The\s)?(?:SCO|Shanghai\sCooperation\sOrgani[sz]ation)\b(?:\s\(SCO\))?(?:,[^.;]{1,160}?,)?"
                          r"\s(?:met|convened|gathered)\s(?:in|here|on|at)\b")


CHAIRED_FIRST = re.compile(r"(?:Chaired|Presided\sover)\sby\s")  # "Chaired by the Minister of ...": the article's meeting
# A field of an infobox or fact sheet on the meeting an article is about: "Chair: Xi Jinping", "Host country | Kyrgyzstan"
INFOBOX_FIELD = re.compile(r"(?:[-=*\u2022\u2013\u2014]*>?\s)?"
                           r"(?P<key>Chair(?:man|person|ed\sby)?|Presided\sby|Presiding|"
                           r"Host(?:\s(?:country|state|nation))?|"
                           r"Cit(?:y|ies)|Location|Venue(?:\(s\)|s)?|Dates?)(?::\s|\s\|\s)(?P<value>[^|]{2,80})", re.I)


def _infobox_field(a: Article, seen: Seen, field: re.Match) -> Iterator[Candidate]:
    """The chair, host state, city or date an infobox line gives the article's meeting."""
    key, value = field["key"].lower(), field["value"]
    if key.startswith(("chair", "presid")):
        if chair := next((p for p in seen.people if p.person and p.start >= field.start("value")), None):
            yield Chaired(a.main, chair, seen.text)
    elif key.startswith("host") and (state := a.state_named(value.split(",")[0].strip())):
        yield Attributes(a.main, {"host_state": state})
    elif key.startswith("host") and \
            (host := next((p for p in seen.people if p.person and p.start >= field.start("value")), None)):
        yield Chaired(a.main, host, seen.text)  # "Host: Kazakh President X": the one who hosted it chaired it
    elif key.startswith(("cit", "location", "venue")):
        if places := a.rec.entities(value, (CITY,)):
            yield Attributes(a.main, {"city": places[0][2]})
    elif (when := sentence_date(value, seen.s.reference)) and not a.facts.meetings[a.main].date:
        yield Attributes(a.main, {"date": when})


def _others_summit(a: Article, dated: re.Match) -> bool:
    """Is "the June 13-14 summit", in an article about a ministers' meeting, the leaders' summit and not it?"""
    return dated["noun"] == "summit" and a.facts.meetings[a.main].kind not in (HEADS_OF_STATE, MEETING)


WHERE_CLAUSE = re.compile(r"\b(?:in|to|from)\s(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?),\swhere\b")


def _joined_from(a: Article, seen: Seen, city: str, end: int) -> bool:
    """Is the city in the state of one the sentence names before `end` (the city they joined by video from)?"""
    state = a.gaz.located_in.get(city)
    return bool(state) and (
        any(state in (p.of, a.gaz.nationality.get(p.person)) for p in seen.people if p.start < end)
        or any(found == state for _, _, found in a.rec.entities(seen.text[:end], (STATE,))))


def meeting_attributes(a: Article, seen: Seen) -> Iterator[Candidate]:
    """Date, place, host and chair of the meeting a sentence names (else of the main one, where it speaks of it)."""
    s, people, meetings, placed, text = seen.s, seen.people, seen.meetings, seen.placed, seen.text
    if a.main and not meetings and (field := INFOBOX_FIELD.fullmatch(text)):
        yield from _infobox_field(a, seen, field)
        return
    if a.main and "; " in text:  # the items of a list joined under its heading: "SCO special: ...; Host: X; ..."
        at = 0
        for item in text.split("; "):
            end = at + len(item.rstrip("."))
            if (field := INFOBOX_FIELD.fullmatch(text, at, end)) and \
                    not any(at <= mention.start < end for mention in a.mentions.get(s.index, ())):
                yield from _infobox_field(a, seen, field)
            at += len(item) + 2
    for where in WHERE_CLAUSE.finditer(text) if ", where " in text else ():
        # "returned to Dushanbe from Almaty, where he headed the delegation at the session of the Council": there
        clause_end = next((m.start() for m in re.finditer(r"[;.]\s", text) if m.start() > where.end()), len(text))
        meeting = next((m for end, m in placed if where.end() < end <= clause_end
                        and a.facts.meetings[m].kind != BILATERAL), None)
        if meeting and not a.facts.meetings[meeting].city and (place := a.gaz.lookup(where["place"])) \
                and place.kind == CITY:
            yield Attributes(meeting, {"city": place.id})
    target = meetings[0] if meetings else None
    if target and a.main and a.facts.meetings[target].organizer not in (None, "sco") and THE_BODY_MET.match(text):
        target = a.main  # "The SCO met in Yekaterinburg with X in the chair, and ... hosted the BRIC summit": its own
    if target is None and rel.MEMBERS_MEETING.search(text):
        target = a.main  # "the meeting of the leaders of the member states in narrow format": a session of it
    if target is None and a.main and (dated := DATED_MENTION.search(text)) and (when := sentence_date(
            dated["date"], s.reference)) and abs((when - (a.facts.meetings[a.main].date or when)).days) <= 3:
        target = a.main  # "The May 21-22 meeting in the Kyrgyz capital was chaired by ...": the main one
    if target is None and not is_future(text) and not rel.bilateral_trigger(text) and (
            rel.CHAIRED.search(text) or THE_TALKS_CHAIRED.search(text) or HOST_NOUN.search(text)
            or CHAIRED_FIRST.match(text)
            or (hosting := rel.HOSTED_BY.search(text)) and (hosting["state_first"] or IT_WAS.fullmatch(text[:hosting.start()]))):
        target = a.main  # "X chaired the talks", "Uzbekistan hosted the gathering", "Hosted by Tajikistan, it ...", "It was
        # hosted by China"
    if target is None and not is_future(text) and THE_BODY_MET.match(text):
        target = a.main  # "The Shanghai Cooperation Organization, which groups ..., met in Bishkek": its meeting
    if meetings and (venue := CITY_HELD.search(text)) and not is_future(text) and \
            (city := a.gaz.lookup(venue["city"] or venue["city2"])) and city.kind == CITY:
        held = next((m for end, m in seen.placed if end > venue.start("city" if venue["city"] else "city2")), None)
        if held:  # "Today St. Petersburg has held a meeting of ...", not "after hosting ..., New Delhi held the summit"
            yield Attributes(held, {"city": city.id})
    if (went := IN_CITY_FOR.search(text)) and not is_future(text) and \
            (city := a.gaz.lookup(went["city"] or went["city2"]) if not went["adj"] else
             a.gaz.entities.get(CAPITALS.get(a.gaz.state_of_adjective(went["adj"]), ""))) and city.kind == CITY:
        held = next((m for end, m in seen.placed if went.end() < end <= went.end() + 100), None) \
            if went["city"] or went["adj"] else target or a.main
        if held and a.facts.meetings[held].kind != BILATERAL:
            yield Attributes(held, {"city": city.id})
    for match in HOSTING.finditer(text):
        state = a.state_named(match["state"])
        hosted = next((m for m in meetings if a.facts.meetings[m].kind != BILATERAL), None)
        if state and hosted:
            yield Attributes(hosted, {"host_state": state})
    if target is None and a.main and not a.facts.meetings[a.main].date and not is_future(text) and \
            not rel.bilateral_trigger(text) and not rel.SIDELINES.search(text) and \
            (done := DONE_ON_DAY.search(text)) and (when := sentence_date(text[done.start():], s.reference)):
        yield Attributes(a.main, {"date": when})  # "ten documents approved on Thursday": the undated main meeting's day
    if target is None or target != a.main and a.facts.meetings[target].kind == BILATERAL:
        return
    if target == a.main and (dated := DATED_MENTION.search(text)) and not is_future(text) and not _others_summit(a, dated) \
            and (when := sentence_date(dated["date"], s.reference)):
        yield Attributes(target, {"date": when}, replace=True)  # "The May 21-22 meeting": its own
    elif target == a.main and (opened := OPENED.search(text)) and not is_future(text) \
            and not RELATIVE_TO_IT.search(text, max(0, opened.start() - 50), opened.start()) \
            and (when := sentence_date(text[opened.start():opened.end() + 30], s.reference)
                 or sentence_date(text[max(0, opened.start() - 40):], s.reference)):  # "a summit that opened on Monday"
        yield Attributes(target, {"date": when}, replace=True)  # the first day outranks
    elif target == a.main and (days := HELD_ON_DAYS.search(text)) and not is_future(text) \
            and (when := sentence_date(days["days"], s.reference)):
        yield Attributes(target, {"date": when}, replace=True)  # "took place ... on 2-3 November 2016": its first day
    if target == a.main and (ended := ENDED.search(text)) and (days := DURATION.search(text)) \
            and not HELD_ON_DAYS.search(text) \
            and (when := sentence_date(text[ended.start():], s.reference) or sentence_date(text[:ended.start()], s.reference)) \
            and a.facts.meetings[target].date in (None, when):  # the day it ended, if anything, was read so far
        length = rel.NUMBERS.get(days["n"].lower()) or int(days["n"])  # "wrapped up its two-day summit on Friday"
        yield Attributes(target, {"date": when - timedelta(days=length - 1)}, replace=True)
    if target == a.main and s.section and s.place and ADDRESSING.match(text) and not is_future(text) and \
            (city := a.gaz.lookup(s.place.title())) and city.kind == CITY:
        # "ST PETERSBURG, Nov 7: ... Addressing the 10th meeting of the Council, the prime minister said": there, then
        yield Attributes(target, {"city": city.id})
        if not a.facts.meetings[target].date and s.reference:
            yield Attributes(target, {"date": s.reference})
    # "X returned to Bishkek on June 10 from Qingdao, where he took part in the summit": the day of the return
    undated_main = target == a.main and not a.facts.meetings[target].date and not rel.RETURNED.search(text)
    verb = MEETING_VERB.search(text) if undated_main else None
    if verb and not is_future(text[:verb.end() + 30]) \
            and not (rel.bilateral_trigger(text) and (len(people) > 1 or rel.SIDELINES.search(text))):  # the talks' day
        yield Attributes(target, {"date": sentence_date(text, s.reference)})
    if undated_main and not a.facts.meetings[target].date and ATTENDED.search(text) \
            and (when := ON_DAY.search(without_since(text))):
        yield Attributes(target, {"date": sentence_date(text[when.start():], s.reference)})
    if undated_main and not a.facts.meetings[target].date and s.reference and (day := WEEKDAY_MENTION.search(text)):
        yield Attributes(target, {"date": weekday_before(s.reference, day["day"])})  # "before Friday's summit"
    held = next((m for m in _held_in(text) if not rel.HELD_GAP_NOT.search(m["gap"]) and a.is_place(m["place"])), None)
    if held and not rel.REMOTE.search(text[:held.end()]) and not is_future(text[:held.end()]):
        if held["adj"] and (state := a.gaz.state_of_adjective(held["adj"].strip())):
            yield Named(state)
        place = a.gaz.lookup(held["place"])
        if place is None and (held["kind"] or held["apposition"] or fold(held["place"]).upper() == (s.place or "").upper()):
            place = a.new_entities.get(slug(held["place"])) or Entity(slug(held["place"]), CITY, held["place"])
            yield Named(place)
        if place and place.kind == CITY:
            yield Attributes(target, {"city": place.id})
        elif place and place.kind == STATE:
            yield Attributes(target, {"host_state": place.id})
    if s.item in (ITEM_DAY, ITEM_PLACE) and (first := next((m for _, m in placed if a.facts.meetings[m].kind != BILATERAL), None)) \
            and not is_future(text):  # "11-12 OCTOBER - DUSHANBE / The 17th meeting of ...": that day and place
        yield Attributes(first, {"date": sentence_date(text, s.reference) or s.reference})
        if s.item == ITEM_PLACE and (place := a.gaz.lookup(s.place)) and place.kind == CITY:
            yield Attributes(first, {"city": place.id})
    series_placed = [m for _, m in placed if a.facts.meetings[m].kind != BILATERAL]
    if (item := rel.TIMELINE_ITEM.match(text)) and (first := next(iter(a.mentions.get(s.index, ())), None)) and \
            (meeting := dict(placed).get(first.end) if first.start - item.end() <= 4 else
             series_placed[0] if len(series_placed) == 1 and series_placed[0] != a.main else None):
        # "-- Oct. 26, 2005, Moscow: X chairs the fourth meeting": the item's one meeting, where its words come later
        if (when := sentence_date(item["date"], s.reference)):  # "* 29 March, New Delhi - The 18th Meeting of ..."
            yield Attributes(meeting, {"date": when})
        if item["place"] and (place := a.gaz.lookup(item["place"])) and place.kind == CITY:
            yield Attributes(meeting, {"city": place.id})
    for end, meeting in placed:  # "The two-day summit (September 15-16)": the dates in brackets are its own
        if (bracket := DATES_IN_BRACKETS.match(text, end)) and (when := sentence_date(bracket[1], s.reference)):
            yield Attributes(meeting, {"date": when})
        # "the meeting of ..., held in Astana on 2 June 2005, and of ...": each mention with its own place and day
        if (after := HELD_AFTER_MENTION.match(text, end)) and a.facts.meetings[meeting].kind != BILATERAL:
            if after["place"] and (place := a.gaz.lookup(after["place"])) and place.kind == CITY:
                yield Attributes(meeting, {"city": place.id})
            if after["date"] and (when := sentence_date(after["date"], s.reference)):
                yield Attributes(meeting, {"date": when})
    if not a.facts.meetings[target].city:
        for end, meeting in placed:  # "chaired a meeting of the Council of Foreign Ministers in Tianjin"
            if is_future(text[:end + 60]):
                continue  # "will attend the meeting in Tianjin", not "... in New Delhi, for what is expected to be ..."
            if meeting == target and (at := MENTION_IN.match(text, end)) and not rel.REMOTE.search(text[:at.end()]) \
                    and (city := a.gaz.lookup(at["place"])) and city.kind == CITY \
                    and not (rel.REMOTE.search(text) and _joined_from(a, seen, city.id, end)):
                # "Pakistan took part in the meeting in New Delhi through a video link": held there; not "joined the
                # summit via video link in New Delhi", "Xi attended the meeting in Beijing via video link"
                yield Attributes(target, {"city": city.id})
            elif meeting == target and (at := MENTION_IN_CAPITAL.match(text, end)) and \
                    (state := a.gaz.state_of_adjective(at["adj"])) in CAPITALS:
                yield Attributes(target, {"city": CAPITALS[state]})  # "the bloc's 10th summit in the Uzbek capital"
                yield Named(CAPITALS[state])
    if (host := HOST_NOUN.search(text)) and not is_future(text) and \
            (state := a.state_named(name := next(n for n in host.groups() if n)) or a.gaz.state_of_adjective(name)):
        yield Attributes(target, {"host_state": state})  # "joined host Uzbekistan for the summit"
    if (whose := WHOSE_COUNTRY_HOSTED.search(text)) and not is_future(text) and \
            (host := next((p.of or a.gaz.nationality.get(p.person) for p in people if p.end == whose.start()), None)):
        yield Attributes(target, {"host_state": host})  # "Hu, whose country hosted the meeting, presided over it"
    for item in ITEM_ROLES.finditer(text) if "(" in text else ():
        if "host" in item["roles"].lower() and (state := a.state_named(item["state"])):
            yield Attributes(target, {"host_state": state})
        if re.search(r"chair|presiding", item["roles"], re.I) and \
                (chair := next((p for p in people if item.start() <= p.start <= item.end() + 60 and p.person), None)):
            yield Chaired(target, chair, text)
    if (capital := IN_THE_CAPITAL.search(text)) and not is_future(text) and not rel.REMOTE.search(text) \
            and (state := a.gaz.state_of_adjective(capital["adj"])) in CAPITALS:
        yield Attributes(target, {"city": CAPITALS[state]})  # "was held in the Indian capital"
        yield Named(CAPITALS[state])
    if s.place and (HELD_HERE.search(text) or meetings and meetings[0] == a.main and rel.HERE.search(text)
                    and not rel.bilateral_trigger(text)) and not rel.REMOTE.search(text) and not is_future(text):
        city = a.place_here(s)
        if city is None and rel.THIS_CITY.search(text) and not a.gaz.lookup(s.place.title()):
            # "held in this southern Chinese resort city" under "SANYA, Hainan -": a city, though no list knows it
            city = slug(s.place)
            yield Named(Entity(city, CITY, s.place.title()))
        yield Attributes(target, {"city": city})
    if (hosted := rel.HOSTED_BY.search(text)):
        after = text[hosted.end():] if not hosted["state_first"] else \
            APPOSITIVE_END.sub("", text[:hosted.start()])  # "Uzbekistan, which ... until India takes over, hosted"
        host_people = [p for p in people if (p.start >= hosted.end()) != bool(hosted["state_first"])]
        states = a.rec.entities(after, (STATE,))
        city_host = hosted["state_first"] and (cities := a.rec.entities(after, (CITY,))) and \
            rel.LIST_GAP_END.fullmatch(CAPITAL_APPOSITION.sub("", after[cities[-1][1]:]))
        if city_host:  # "Astana, the capital of Kazakhstan, hosted the summit": a place, not a host state
            yield Attributes(target, {"city": cities[-1][2]})
            states = []
        elif hosted["state_first"] and not states and s.place and THE_CITY_BEFORE.search(text, 0, hosted.start()) \
                and (city := a.gaz.lookup(s.place.title())) and city.kind == CITY:
            yield Attributes(target, {"city": city.id})  # "DUSHANBE - Today the capital hosted the meeting"
        state_first = states and (not host_people or hosted["state_first"] and states[-1][0] > host_people[-1].start
                                  - hosted.start() or not hosted["state_first"] and states[0][0] + hosted.end() <
                                  host_people[0].start)
        if host_people and host_people[0].person and not state_first:
            yield Attributes(target, {"host_state": host_people[0].of})
            yield Chaired(target, host_people[0], text)
        elif states:
            state = states[-1][2] if hosted["state_first"] else states[0][2]
            yield Attributes(target, {"host_state": state})
            yield Attended(target, None, state, None, None, False, text)

    for chaired in rel.CHAIRED.finditer(text):  # "Kazakhstan chairs the council this year; Prime Minister X presided"
        if is_future(text[:chaired.end()]):
            break
        chair = next((p for p in reversed(people) if p.end <= chaired.start() and p.person), None)
        named = [m for end, m in placed if chaired.start() < end <= chaired.end()]
        if not named and chaired.group(0).endswith("in the chair"):  # "..., with X in the chair": the meeting before it
            named = [m for end, m in placed if end <= chaired.start()][-1:]
        clause = re.split(r"[,;.]\s|\sand\s(?:the|other)\s", text[chaired.start():], maxsplit=1)[0]
        # "chaired ... via video link from Beijing"; not "with X in the chair and the leaders joining via video"
        if chair:  # "X, ... since the Bishkek summit in June 2019, chaired the meeting": the meeting chaired is its own
            yield Chaired(named[0] if named else a.main if GENERIC_OBJECT.search(chaired.group(0)) and a.main else target,
                          chair, text, bool(rel.REMOTE.search(clause)))
            break
    for which in WHICH_CHAIRED.finditer(text):
        chair = next((p for p in people if which.start("who") <= p.start and p.end <= which.end("who") and p.person),
                     None)
        named = [m for end, m in placed if 0 <= which.start() - end <= 2]
        if chair and named and not is_future(text[:which.end()]):
            yield Chaired(named[-1], chair, text, bool(rel.REMOTE.search(text[which.end():which.end() + 30])))
    if (chaired := rel.CHAIRED_BY.search(text)) and not is_future(text[:chaired.end()]):
        chair = next((p for p in people if p.start >= chaired.end() and p.person), None)
        if chair:
            yield Chaired(target, chair, text)
    if (attended := ATTENDED_IN.search(text)) and not rel.REMOTE.search(text):
        where = IN_PLACE.search(text, attended.start())
        place = a.gaz.lookup(where[1]) if where else None
        if place and place.kind == STATE:
            yield Attributes(target, {"host_state": place.id})
        elif place and place.kind == CITY:
            yield Attributes(target, {"city": place.id})

def _held_in(text: str) -> Iterator[re.Match]:
    """Every HELD_IN match, overlapping ones too: "took place on the sidelines of the summit held in Samarkand" holds
    "held in Samarkand" inside a match the sidelines rule out."""
    at = 0
    while rel.HELD_IN.may_match(text) and (match := rel.HELD_IN.regex.search(text, at)):
        yield match
        at = match.start() + 1


# "the first summit in the bloc's history to be held entirely online": what was, not what will be
THE_FIRST_TO_BE = re.compile(r"\b(?:first|only|second|last)\s(?:[\w'-]+\s){0,6}?to\sbe\sheld\b")


def remote(a: Article, seen: Seen) -> Iterator[HeldRemotely]:
    """Meetings held by video: "All participants joined via video link", "the meeting, held online"."""
    text, meetings = seen.text, seen.meetings
    if rel.ALL_REMOTE.search(text) and (target := next(iter(meetings), None) or a.main):
        yield HeldRemotely(target)
    if (held := rel.HELD_REMOTELY.search(text)) and (not is_future(text) or THE_FIRST_TO_BE.search(text)):
        before = [m for end, m in seen.placed if end <= held.end() and a.facts.meetings[m].kind != BILATERAL]
        target = before[-1] if before else None if meetings or _other_time(a, seen) else a.main
        if target:
            yield HeldRemotely(target)


def _other_time(a: Article, seen: Seen) -> bool:
    """Does the sentence tell of another time than the main meeting's ("In September last year, ... a meeting of the
    grouping's NSAs, held via video conference")?"""
    main = a.facts.meetings.get(a.main) if a.main else None
    if main is None or main.date is None:
        return False
    when = sentence_date(seen.text, seen.s.reference)
    return bool(when and abs((when - main.date).days) > 3 or ANOTHER_YEAR.search(seen.text) or
                any(int(year) != main.date.year for year in YEAR.findall(seen.text)) or
                any(MONTH_NAMES.index(month) + 1 != main.date.month for month in IN_MONTH.findall(seen.text)))
