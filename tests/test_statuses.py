"""loader.extraction.rules.statuses: a sentence's statements about the SCO's make-up, as pure proposals."""

import pytest

from loader.extraction.mentions import Memory, Recognizer
from loader.extraction.rules.statuses import status_facts
from loader.reading.sentences import plain


def proposed(text, gazetteer, speaker=None):
    """What the rules propose for a sentence as extraction reads it (official state names in common form)."""
    text = plain(text)
    recognizer = Recognizer(gazetteer)
    return {(f.subject, f.predicate, f.object, f.handover)
            for f in status_facts(text, [], lambda t: recognizer.entities(t, ("State",)), gazetteer, speaker)}


def test_a_member_list_after_made_up_of(gazetteer):
    facts = proposed("The SCO is made up of eight member states: China; India; Kazakhstan.", gazetteer)
    assert {f[0] for f in facts if f[1] == "memberOf"} == {"china", "india", "kazakhstan"}


def test_a_member_list_after_the_founding_year(gazetteer):
    facts = proposed("The SCO was established in 2001 and currently includes China, India and Kazakhstan.", gazetteer)
    assert {f[0] for f in facts if f[1] == "memberOf"} == {"china", "india", "kazakhstan"}


def test_lists_after_a_count_of_countries_and_observer_status(gazetteer):
    facts = proposed("The SCO consists of 8 countries: India, Kazakhstan and China.", gazetteer)
    assert {f[0] for f in facts if f[1] == "memberOf"} == {"india", "kazakhstan", "china"}
    facts = proposed("Four countries have observer status: Afghanistan, Belarus, Iran and Mongolia.", gazetteer)
    assert {f[0] for f in facts if f[1] == "observerOf"} == {"afghanistan", "belarus", "iran", "mongolia"}


def test_plans_are_not_statuses(gazetteer):
    assert not any(f[1] == "memberOf" for f in proposed("Iran is expected to join as a member next year.", gazetteer))


def test_a_handover_is_marked_to_outrank_earlier_holders(gazetteer):
    facts = proposed("Uzbekistan handed over the rotating presidency of the SCO to India.", gazetteer)
    assert ("sco", "rotatingPresidency", "india", True) in facts


def test_counts_and_capitals(gazetteer):
    facts = proposed("The SCO has 10 member states. Bishkek, the capital of Kyrgyzstan, hosted it.", gazetteer)
    assert ("sco", "memberStateCount", 10, False) in facts
    assert ("bishkek", "capitalOf", "kyrgyzstan", False) in facts


def test_we_member_states_is_the_speakers_state(gazetteer):
    assert ("china", "memberOf", "sco", False) in proposed("We SCO member states must stand together.", gazetteer, "china")


def test_member_lists_in_the_forms_news_uses(gazetteer):
    for text, states in (
        ("The SCO groups China, Russia and India, with Iran and Mongolia holding observer status.",
         {("china", "memberOf"), ("russia", "memberOf"), ("india", "memberOf"), ("iran", "observerOf"),
          ("mongolia", "observerOf")}),
        ("The organisation has China, Russia and Kazakhstan as its full members.",
         {("china", "memberOf"), ("russia", "memberOf"), ("kazakhstan", "memberOf")}),
        ("India and Pakistan joined the SCO as full members in 2017.", {("india", "memberOf"), ("pakistan", "memberOf")}),
        ("Its members are China and Russia.", {("china", "memberOf"), ("russia", "memberOf")}),
        ("The bloc, which includes China and India, met in Goa.", {("china", "memberOf"), ("india", "memberOf")}),
    ):
        assert {(f[0], f[1]) for f in proposed(text, gazetteer)} == states, text


def test_presidency_in_the_forms_news_uses(gazetteer):
    for text, state in (("Kyrgyzstan, which holds the SCO presidency until June, hosted the meeting.", "kyrgyzstan"),
                        ("The meeting was hosted by Russia as the current chair of the grouping.", "russia"),
                        ("The chairmanship of the Organisation passed to the Republic of Tajikistan.", "tajikistan"),
                        ("Tajikistan took over the rotating presidency of the SCO from Russia.", "tajikistan")):
        assert ("sco", "rotatingPresidency", state) in {f[:3] for f in proposed(text, gazetteer)}, text
    assert not any(f[1] == "rotatingPresidency" for f in proposed("India has chaired the council this year.", gazetteer))


def test_two_grants_in_one_sentence_stay_apart(gazetteer):
    facts = {(f[0], f[1]) for f in proposed("The council granted Belarus observer status and admitted Azerbaijan and "
                                            "Nepal as dialogue partners.", gazetteer)}
    assert facts == {("belarus", "observerOf"), ("azerbaijan", "dialoguePartnerOf"), ("nepal", "dialoguePartnerOf")}


def test_among_its_dialogue_partners(gazetteer):
    facts = proposed("Armenia, Cambodia and Turkey are among its dialogue partners.", gazetteer)
    assert {f[0] for f in facts if f[1] == "dialoguePartnerOf"} == {"armenia", "cambodia", "turkey"}


def test_member_counts_in_passing_but_not_a_part_of_the_members(gazetteer):
    for text, n in (("The six members signed the Dushanbe Declaration.", 6),
                    ("Kyrgyzstan, one of the founders of the eight-nation bloc, hosts the summit.", 8),
                    ("The leaders of the six member states pose for a photo.", 6)):
        assert ("sco", "memberStateCount", n, False) in proposed(text, gazetteer), text
    assert not any(f[1] == "memberStateCount" for f in proposed("The two member states clashed.", gazetteer))


def test_whose_country_is_a_dialogue_partner(gazetteer):
    recognizer = Recognizer(gazetteer)
    text = "They heard Turkish President Recep Tayyip Erdogan, whose country is a dialogue partner of the bloc."
    people = recognizer.people(text, Memory(), {})
    facts = status_facts(text, people, lambda t: recognizer.entities(t, ("State",)), gazetteer, None)
    assert {(f.subject, f.predicate) for f in facts} == {("turkey", "dialoguePartnerOf")}


def test_granted_the_status_of_dialogue_partner_to_a_list(gazetteer):
    facts = proposed("The leaders granted the status of dialogue partner to Egypt, Qatar and Saudi Arabia, and signed "
                     "the Dushanbe Declaration.", gazetteer)
    assert {f[0] for f in facts if f[1] == "dialoguePartnerOf"} == {"egypt", "qatar", "saudi_arabia"}


def test_more_ways_to_state_a_status(gazetteer):
    for text, state, relation in (
            ("They granted Sri Lanka the status of SCO dialogue partner.", "sri_lanka", "dialoguePartnerOf"),
            ("Afghanistan, the fourth observer, was not represented.", "afghanistan", "observerOf"),
            ("SCO leaders sign declaration; Sri Lanka, Belarus made dialogue partners", "belarus", "dialoguePartnerOf")):
        assert (state, relation, "sco", False) in proposed(text, gazetteer), text


def test_a_semicolon_ends_a_list_written_with_commas(gazetteer):
    facts = {(f[0], f[1]) for f in proposed("The SCO groups Russia, China and Uzbekistan; India, Iran and Mongolia are "
                                            "observers.", gazetteer)}
    assert facts == {("russia", "memberOf"), ("china", "memberOf"), ("uzbekistan", "memberOf"), ("india", "observerOf"),
                     ("iran", "observerOf"), ("mongolia", "observerOf")}


def test_statuses_alongside_others_in_quotes_counted_held_and_also_admitted(gazetteer):
    along = proposed("Egypt is among the SCO's dialogue partners, alongside countries such as Qatar and Turkey.",
                     gazetteer)
    assert {f[0] for f in along if f[1] == "dialoguePartnerOf"} == {"egypt", "qatar", "turkey"}
    quoted = proposed("Iran, India and Mongolia are 'observers', which means they come to the second half.", gazetteer)
    assert {f[0] for f in quoted if f[1] == "observerOf"} == {"iran", "india", "mongolia"}
    counted = proposed("The grouping, built by Beijing and Moscow, now counts eight members -- China, Russia, "
                       "India and Pakistan.", gazetteer)
    assert {f[0] for f in counted if f[1] == "memberOf"} == {"china", "russia", "india", "pakistan"}
    held = proposed("Armenia has held the status of SCO dialogue partner since 2015.", gazetteer)
    assert ("armenia", "dialoguePartnerOf", "sco", False) in held
    admitted = proposed("In 2015 Armenia, Azerbaijan and Cambodia were also admitted as dialogue partners.", gazetteer)
    assert {f[0] for f in admitted if f[1] == "dialoguePartnerOf"} == {"armenia", "azerbaijan", "cambodia"}


def test_joined_along_with_and_took_on_as_but_not_a_procedure_to_admit(gazetteer):
    joined = proposed("India joined the SCO, along with Pakistan, in 2017.", gazetteer)
    assert {f[0] for f in joined if f[1] == "memberOf"} == {"india", "pakistan"}
    took = proposed('The bloc on Thursday took Turkey on as a "dialogue partner".', gazetteer)
    assert ("turkey", "dialoguePartnerOf", "sco", False) in took
    plan = proposed("The heads of state took the decision to begin the procedure for Iran's admission as a member "
                    "state.", gazetteer)
    assert not any(f[1] == "memberOf" for f in plan)


def test_attends_as_an_observer_state_and_joined_in_a_year_at_a_summit(gazetteer):
    attends = proposed("It is the first SCO summit that Belarus attends as an observer state.", gazetteer)
    assert ("belarus", "observerOf", "sco", False) in attends
    joined = proposed("India and Pakistan joined in 2017 at a summit in Astana, bringing the membership to eight.",
                      gazetteer)
    assert {f[0] for f in joined if f[1] == "memberOf"} == {"india", "pakistan"}




def test_a_status_held_since_a_year_or_that_remains(gazetteer):
    assert ("mongolia", "observerOf", "sco", False) in proposed(
        "Mongolia has taken part in the organization's work as an observer state since 2004.", gazetteer)
    assert ("afghanistan", "observerOf", "sco", False) in proposed("Afghanistan remains an observer of the SCO.",
                                                                    gazetteer)


@pytest.mark.parametrize("text, expected", [
    ("President Mamnoon Hussain represented Pakistan, one of the four observer states along with India, Iran and "
     "Mongolia.", {"pakistan", "india", "iran", "mongolia"}),
    ("Iran is currently one of the SCO's four observer states, together with Afghanistan, Belarus and Mongolia.",
     {"iran", "afghanistan", "belarus", "mongolia"}),
    ("Belarus, which has had observer status in the SCO since 2015, was invited.", {"belarus"}),
    ("Pakistan, also an Observer, is undergoing the same procedure.", {"pakistan"}),
])
def test_observers_one_of_several_held_since_or_capitalised(gazetteer, text, expected):
    assert {f[0] for f in proposed(text, gazetteer) if f[1] == "observerOf"} == expected


def test_the_status_granted_to_a_list_after_it(gazetteer):
    for text in ("The heads of state approved a decision granting the status of SCO dialogue partner to Belarus and "
                 "Sri Lanka.", "The leaders gave Sri Lanka and Belarus the brand-new status of dialogue partner."):
        assert {f[0] for f in proposed(text, gazetteer) if f[1] == "dialoguePartnerOf"} == {"belarus", "sri_lanka"}



def test_members_named_after_its_number_or_whose_and_observers_who_joined_another(gazetteer):
    facts = proposed("The organisation was set up in Shanghai five years ago, and its six members - China, Russia "
                     "and Uzbekistan - signed a declaration on Thursday.", gazetteer)
    assert {f[0] for f in facts if f[1] == "memberOf"} == {"china", "russia", "uzbekistan"}, facts
    whose = proposed("The summit admitted India as an observer in the SCO, whose members are China, Russia and "
                     "Tajikistan.", gazetteer)
    assert {f[0] for f in whose if f[1] == "memberOf"} == {"china", "russia", "tajikistan"}, whose
    joined = proposed("Iran, India and Pakistan joined Mongolia as observers last year.", gazetteer)
    assert {"iran", "india", "pakistan"} <= {f[0] for f in joined if f[1] == "observerOf"}, joined
