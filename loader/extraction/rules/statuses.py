"""What a sentence says about the SCO's make-up: member, observer and partner status, member counts, the
rotating presidency, and capitals. status_facts is pure: one sentence, its people and a way to find its states in;
proposed facts out, each a triple that the rule `statuses` states with the sentence as evidence."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from loader.extraction import relations as rel
from loader.extraction.article import Article, Seen
from loader.extraction.candidates import Candidate, Context, Named, Stated
from loader.extraction.gazetteer import Gazetteer, slug
from loader.extraction.meetings import is_future
from loader.extraction.mentions import PersonMention
from loader.facts import CITY, STATE, Entity
from loader.vocabulary import SCO_BODY

# Cheap test that a sentence may hold a status, a count, a presidency or a capital.
STATUS_WORDS = ("member", "observer", "join", "acceded", "admitted", "partner", "whose", "-nation", "-country", "groups", "includes", "comprises", "consists", "made up",
                "make up", "unites",
                "brings together", "composed", "presiden", "presides", "chair", "capital", "status", "admit", "founding", "founded",
                "established", "set up", "created")
STATUS_VERB = re.compile(r"\b(?:included|admitted|accepted|granted|welcomed|became|become|joined|alongside)\b", re.I)
OTHER_COUNCIL_CHAIR = re.compile(r"\sof\sthe\s(?:SCO\s)?(?:CHG|CFM|Council\sof\s(?:the\s)?(?:Heads\sof\sGovernment|Foreign)|"
                                 r"Heads\sof\sGovernment|(?:RATS\s)?[Cc]ouncil\b(?!\sof\s(?:the\s)?Heads\sof\sState)|"
                                 rf"{SCO_BODY})")  # or of a body: "the chair of the SCO Interbank Consortium"
# "X is among the SCO's dialogue partners, alongside countries such as A, B and C": they are too
ALONGSIDE = re.compile(r",?\s(?:alongside|along\swith|together\swith)\s(?:(?:other\s)?(?:countries|states|nations)"
                       r"(?:\ssuch\sas|\slike)\s|the\s(?!SCO\b)(?=[A-Z]))?")
GAPPED_YEARS = re.compile(r"(?:in\s(?:19|20)\d\d)?(?:,\s|,?\sand\s)(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\sin\s"
                          r"(?:19|20)\d\d\b")
NEGATED = re.compile(r"\b(?:not|never|yet\sto)\b|n't\b")  # "Turkey has not joined the bloc"
FindStates = Callable[[str], list[tuple[int, int, str]]]  # text -> (start, end, state id) of the states it names


@dataclass(frozen=True)
class Proposed:
    """subject sco:predicate object, as one sentence states it."""

    subject: str
    predicate: str
    object: str | int
    handover: bool = False  # a presidency handed over: it outranks any earlier holder in the article
    new_city: str | None = None  # the subject is a city the reference data does not know, named so


GRANTED_TO = re.compile(r"\s(?:on|to)\s")
# "Mongolia has taken part in the organization's work as an observer state since 2004"
STATUS_SINCE = re.compile(r"\bas\san?\s(?P<kind>observer|dialogue\spartner|member)(?:\s(?:state|country|nation))?\s"
                          r"(?:since|from)\s(?:\d{1,2}\s[A-Z][a-z]+\s|[A-Z][a-z]+\s)?(?:19|20)\d\d\b")
SHARED_STATUS = re.compile(r"\bas\san?\s(?P<kind>observer|dialogue\spartner|member)(?:\sstate)?,\sa\s(?:status|standing)\s"
                           r"(?:it|that\sit)\s(?:shares|shared|has\sshared)\swith\s")


def status_facts(text: str, people: list[PersonMention], find_states: FindStates, gazetteer: Gazetteer,
                 speaker_state: str | None) -> list[Proposed]:
    """Every status, count, presidency and capital the sentence states as a fact (plans are left out)."""
    lower = text.lower()
    for word in STATUS_WORDS:  # a plain loop of substring tests: cheaper than a regex scan
        if word in lower:
            break
    else:
        return []
    context = _Context(text, people, find_states, gazetteer)
    found = [Proposed("sco", relation, value) for relation, value in rel.counts(text)]
    found += _presidency(context)
    for match in rel.NEW_STATUS.finditer(text):
        if not rel.NOT_FACT.search(_clause(text, match.start()) + text[match.start():match.end()]):
            who = STATUS_VERB.split(match["who"])[-1]  # "granted Belarus observer status and admitted A as ...": A
            states = [state for _, _, state in find_states(who)]
            if not states and re.match(r"(?:joined|became|become)\b", match.group(0)):
                states = context.subjects(text[:match.start()])  # "Iran joined the SCO as a full member in July 2023"
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco") for state in states]
    for match in rel.GRANTED_STATUS.finditer(text):
        if not rel.NOT_FACT.search(_clause(text, match.start()) + match.group(0)):
            relation = rel.status_relation(match["kind1"] or match["kind2"] or match["kind3"] or match["kind4"]
                                           or match["kind5"])
            who = match["who1"] or match["who2"] or match["who3"] or match["who4"] or match["who5"] or ""
            states = [state for _, _, state in find_states(who)]
            if not states and (to := GRANTED_TO.match(text, match.end())):  # "a decision granting the status of
                states = context.state_list(to.end())  # dialogue partner to Belarus and Sri Lanka"
            found += [Proposed(state, relation, "sco") for state in states]
    for match in rel.APPOSITIVE_STATUS.finditer(text):
        head = text[:match.start()]
        states = context.states_before(match.start())
        if states and max(states)[0] >= len(head) - 60 and not rel.NOT_FACT.search(text[match.start():match.end() + 40]):
            listed = context.state_list(match.start(), backward=True) if match["all"] else []  # "A and B, both partners"
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco") for state in listed or [max(states)[1]]]
    for match in rel.ONE_OF_THE_KIND.finditer(text):
        before = context.states_before(match.start())
        if before and max(before)[0] >= match.start() - 40 and not rel.NOT_FACT.search(text[:match.start()]):
            others = context.state_list(match.end()) if match.group(0).endswith("with ") else []
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco") for state in [max(before)[1], *others]]
    for match in STATUS_SINCE.finditer(text):
        if not rel.NOT_FACT.search(text[:match.start()]):
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco")
                      for state in context.subjects(text[:match.start()])]
    for match in SHARED_STATUS.finditer(text):  # "Iran attends as an observer, a status it shares with India and Pakistan"
        if not rel.NOT_FACT.search(text[:match.start()]):
            before = context.states_before(match.start())
            subject = [max(before)[1]] if before and max(before)[0] >= match.start() - 40 else []
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco")
                      for state in subject + context.state_list(match.end())]
    for match in rel.KIND_THEN_LIST.finditer(text):
        if not rel.NOT_FACT.search(text[:match.start()].rsplit(", ", 1)[-1] + match.group(0)):
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco") for state in context.state_list(match.end())]
    for match in rel.LIST_THEN_KIND.finditer(text):
        if not rel.NOT_FACT.search(text[:match.end()]) and \
                (match["kind3"] or match["kind5"] or re.search(r"\b(?:SCO|organi[sz]ation|bloc|grouping)\b", text)):
            relation = rel.status_relation(match["kind"] or match["kind2"] or match["kind3"] or match["kind4"]
                                           or match["kind5"])
            found += [Proposed(state, relation, "sco") for state in context.state_list(match.start(), backward=True)]
    for match in rel.COMPRISES.finditer(text):
        found += [Proposed(state, "memberOf", "sco") for state in context.state_list(match.end())]
    for match in rel.JOINING_MEMBERS.finditer(text):
        if not rel.NOT_FACT.search(text[:match.start()]):
            found += [Proposed(state, "memberOf", "sco") for state in context.state_list(match.end())]
    for match in rel.FOUNDED_BY.finditer(text):
        if re.search(r"\b(?:SCO|organi[sz]ation|bloc|grouping|Shanghai\sCooperation)\b", text[:match.start()]):
            found += [Proposed(state, "memberOf", "sco") for state in context.state_list(match.end())]
    for match in rel.FOUNDING_MEMBER.finditer(text):
        found += [Proposed(state, "memberOf", "sco") for state in context.state_list(match.start(), backward=True)]
    for match in rel.SUBJECT_STATUS.finditer(text):
        head = text[:match.start()]
        if not (rel.NOT_FACT.search(head.rsplit(", ", 1)[-1] + match.group(0)) or re.search(r"\bnot\s", match.group(0))):
            others = context.state_list(along.end()) if (along := ALONGSIDE.match(text, match.end())) else []
            found += [Proposed(state, rel.status_relation(match["kind"]), "sco")
                      for state in context.subjects(head) + others]
    for match in rel.JOINED_ORGANISATION.finditer(text):
        head = text[:match.start()]
        clause = head.rsplit(", ", 1)[-1]
        if not (rel.NOT_FACT.search(clause + match.group(0)) or is_future(clause) or NEGATED.search(clause)):
            others = context.state_list(along.end()) if (along := ALONGSIDE.match(text, match.end())) else []
            # "India and Pakistan joined in 2017, Iran in 2023 and Belarus in 2024": each of them, in its year
            others += _gapped_years(text, match.end(), gazetteer)
            found += [Proposed(state, "memberOf", "sco") for state in context.subjects(head) + others]
    for match in rel.FOUNDED_WHEN_JOINED.finditer(text):
        if len(joined := context.state_list(match.end())) >= 2 and (state := gazetteer.lookup(match["state"])) \
                and state.kind == STATE:
            found += [Proposed(member, "memberOf", "sco") for member in (state.id, *joined)]
    for match in rel.WHOSE_COUNTRY.finditer(text):
        person = next((p for p in reversed(people) if p.end <= match.start()), None)
        state = person and (person.of or gazetteer.nationality.get(person.person))
        if state and state in gazetteer.entities and gazetteer.entities[state].kind == STATE:
            found.append(Proposed(state, rel.status_relation(match["kind"]), "sco"))
            if match["others"]:  # "... one of four SCO observers along with India, Iran and Mongolia"
                found += [Proposed(other, rel.status_relation(match["kind"]), "sco")
                          for other in context.state_list(match.start("others"))]
    for match in rel.SELF_MEMBER.finditer(text):
        named = find_states(match["state"] or match["state2"] or "")
        state = speaker_state if match["we"] else (named[0][2] if named else None)
        if state:
            found.append(Proposed(state, "memberOf", "sco"))
    return found + _capitals(text, gazetteer)


def _clause(text: str, at: int) -> str:
    """The clause a match at `at` belongs to: from the last comma before it ("X, which plans to join as ...")."""
    prefix = text[:at]
    return "" if prefix.endswith(" and ") else prefix.rsplit(", ", 1)[-1]


def _presidency(context: _Context) -> list[Proposed]:
    """"X handed over the presidency to Y" (Y, and it outranks), else "X, which holds the rotating presidency"."""
    text = context.text
    if (handover := rel.HANDOVER.search(text)) and not rel.NOT_FACT.search(text[:handover.start()]):
        found = context.gazetteer.lookup(handover["to"] or handover["to2"] or handover["to3"] or "")
        if found and found.kind == STATE:
            return [Proposed("sco", "rotatingPresidency", found.id, handover=True)]
    if (match := rel.PRESIDENCY.search(text)) and not rel.NOT_FACT.search(text[:match.end()]) \
            and not is_future(text[:match.end()]) and not OTHER_COUNCIL_CHAIR.match(text, match.end()):
        # not "..., when Nazarbaev takes over the rotating chairmanship", nor "the rotating chair of the SCO CHG"
        if match["state"] and (named := context.gazetteer.lookup(match["state"])) and named.kind == STATE:
            return [Proposed("sco", "rotatingPresidency", named.id)]  # "support for the chairmanship of X in the SCO"
        states = context.states_before(match.start())
        if states:
            return [Proposed("sco", "rotatingPresidency", max(states)[1])]
    return []


def _capitals(text: str, gazetteer: Gazetteer) -> list[Proposed]:
    """"Bishkek, the capital of Kyrgyzstan", "the Kazakh capital Astana"; a capital the reference data does not
    know becomes a new city."""
    found = []
    for pattern in rel.CAPITAL:
        for match in pattern.finditer(text):
            if "adj" in match.groupdict() and match["adj"]:
                state = gazetteer.state_of_adjective(match["adj"])
            else:
                named = gazetteer.lookup(match["state"])
                state = named.id if named and named.kind == STATE else None
            city = gazetteer.lookup(match["city"])
            if city is None and "," in text[match.start():match.start("city")]:
                continue  # "in the Kazakh capital, Secretary-General ... said": a new city only as "the Kazakh capital Astana"
            if state and city is None:
                found.append(Proposed(slug(match["city"]), "capitalOf", state, new_city=match["city"]))
            elif state and city.kind == CITY:
                found.append(Proposed(city.id, "capitalOf", state))
    return found


def _gapped_years(text: str, at: int, gazetteer: Gazetteer) -> list[str]:
    """The states of "..., Iran in 2023 and Belarus in 2024" after "joined in 2017": each a member too."""
    states = []
    while (gapped := GAPPED_YEARS.match(text, at)) and (state := gazetteer.lookup(gapped["state"])) \
            and state.kind == STATE:
        states.append(state.id)
        at = gapped.end()
    return states


@dataclass(frozen=True)
class _Context:
    text: str
    people: list[PersonMention]
    find_states: FindStates
    gazetteer: Gazetteer

    def states_before(self, at: int) -> list[tuple[int, str]]:
        """(position, state) of the states named before `at`, directly or as the state of a person."""
        states = [(start, state) for start, _, state in self.find_states(self.text[:at])]
        return states + [(p.start, p.of) for p in self.people if p.end <= at and self._is_state(p.of)]

    def _is_state(self, entity_id: str | None) -> bool:
        entity = self.gazetteer.entities.get(entity_id) if entity_id else None
        return entity is not None and entity.kind == STATE

    def subjects(self, head: str) -> list[str]:
        """The states a status sentence is about: the list of states just before the verb ("Afghanistan, Belarus
        and Mongolia - have observer status"), else those of the clause before it; for "X, whose country ..." the
        state of the person X; for "X, Y and Z, which ..." the list before the relative clause."""
        clauses = re.split(r";\s|:\s|,\s", head)
        if len(clauses) > 1 and rel.RELATIVE.match(clauses[-1]):
            before = len(head) - len(clauses[-1]) - 2
            if clauses[-1].lstrip().startswith("whose"):
                person = next((p for p in reversed(self.people) if p.end <= before), None)
                return [person.of] if person and self._is_state(person.of) else []
            return self.state_list(before, backward=True, text=head) or \
                [state for _, _, state in self.find_states(clauses[-2])]
        return self.state_list(len(head), backward=True, text=head) or \
            [state for _, _, state in self.find_states(clauses[-1])]

    def state_list(self, at: int, backward: bool = False, text: str | None = None) -> list[str]:
        return state_list(self.text if text is None else text, at, self.find_states, backward)


def state_list(text: str, at: int, find_states: FindStates, backward: bool = False) -> list[str]:
    """The run of states written as a list ("China, India and Pakistan") that starts at `at` (or, backward, ends
    there), allowing a dash, colon or comma and a few lowercase words in between."""
    states = find_states(text)
    if backward:
        states = [st for st in states if st[1] <= at]
        if not states or not rel.LIST_GAP_END.fullmatch(text[states[-1][1]:at]):
            return []
        run, commas = [states[-1]], False
        for item in reversed(states[:-1]):
            gap = text[item[1]:run[0][0]]
            if not rel.LIST_SEPARATOR.fullmatch(gap) or commas and gap.startswith(";"):
                break  # "A, B; C and D are observers": the semicolon ends the list of observers
            commas = commas or not gap.startswith(";")
            run.insert(0, item)
    else:
        states = [st for st in states if st[0] >= at]
        if not states or not rel.LIST_GAP_START.fullmatch(text[at:states[0][0]]):
            return []
        run, commas = [states[0]], False
        for item in states[1:]:
            gap = text[run[-1][1]:item[0]]
            if not rel.LIST_SEPARATOR.fullmatch(gap) or commas and gap.startswith(";"):
                break  # "groups A, B and C; D and E are observers": a list of commas ends at a semicolon
            commas = commas or not gap.startswith(";")
            run.append(item)
        # "the leaders of the member states, Mongolia as an observer state": an item with a standing of its own
        run = run[:next((i for i, item in enumerate(run) if OWN_STANDING.match(text, item[1])), len(run))]
        if len(run) > 1 and re.fullmatch(r",\s(?:and|but)\s", text[run[-2][1]:run[-1][0]]) and \
                OPENS_A_CLAUSE.match(text, run[-1][1]):
            run = run[:-1]  # "... is made up of A, B and C, and Iran is in the process of joining": a clause of its own
    return [state for _, _, state in run]


OPENS_A_CLAUSE = re.compile(r"\s(?:is|was|has)\b")
OWN_STANDING = re.compile(r"\s(?:as|is|was)\s(?:an?\s|the\s)?(?:observer|dialogue\spartner|guest|partner)")


def statuses(a: Article, seen: Seen) -> Iterator[Candidate]:
    """State what status_facts proposes; the first handover of the presidency read outranks later holders."""
    for fact in status_facts(seen.text, seen.people, a.states_listed, a.gaz,
                             a.speaker_state):
        if fact.predicate == "rotatingPresidency" and a.handed_over and not fact.handover:
            continue
        if fact.new_city:
            yield Named(Entity(fact.subject, CITY, fact.new_city))
        elif fact.predicate == "capitalOf":
            yield Named(fact.subject)
        yield Stated(fact.subject, fact.predicate, fact.object, seen.text)
        if fact.handover:
            yield Context({"handed_over": True})
