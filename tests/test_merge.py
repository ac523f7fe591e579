"""loader.extraction.merge: each fact once, attributes filled from every mention, headline evidence replaced."""

from datetime import date

from loader.extraction.merge import FactStore
from loader.facts import BILATERAL, HEADS_OF_STATE, MEMBER, Meeting, Participation, Position


def test_a_meeting_named_twice_is_one_meeting_with_the_attributes_of_both():
    store = FactStore()
    store.meeting(Meeting("m", HEADS_OF_STATE, "Summit", city="astana"))
    store.meeting(Meeting("m", HEADS_OF_STATE, "Summit", date=date(2024, 7, 4), city="bishkek"))
    assert store.facts.meetings["m"].city == "astana" and store.facts.meetings["m"].date == date(2024, 7, 4)
    assert store.series == ["m"]


def test_set_fills_only_what_is_missing():
    store = FactStore()
    store.meeting(Meeting("m", HEADS_OF_STATE, "Summit", city="astana"))
    store.set("m", city="bishkek", host_state="kazakhstan", chair=None)
    meeting = store.facts.meetings["m"]
    assert (meeting.city, meeting.host_state, meeting.chair) == ("astana", "kazakhstan", None)


def test_a_statement_is_kept_once_and_the_body_replaces_the_headline_as_evidence():
    store = FactStore(headline="India joins SCO")
    store.statement("india", "memberOf", "sco", "India joins SCO")
    store.statement("india", "memberOf", "sco", "India became a full member.")
    store.statement("india", "memberOf", "sco", "India is a member.")
    assert [st.evidence for st in store.facts.statements] == ["India became a full member."]


def test_keep_statements_drops_and_reindexes():
    store = FactStore()
    store.statement("a", "p", "b", "s1")
    store.statement("c", "p", "d", "s2")
    store.keep_statements(lambda st: st.subject != "a")
    store.statement("c", "p", "d", "s3")
    store.statement("a", "p", "b", "s4")
    assert [(st.subject, st.evidence) for st in store.facts.statements] == [("c", "s2"), ("a", "s4")]


def test_a_participation_read_twice_is_completed_not_repeated():
    store = FactStore()
    assert store.participation(Participation("m", "xi_jinping", None, None, False, "s1"))
    assert not store.participation(Participation("m", "xi_jinping", "china", MEMBER, True, "s2", "president_of_china"))
    assert store.facts.participations == [Participation("m", "xi_jinping", "china", MEMBER, True, "s1",
                                                         "president_of_china")]


def test_unnamed_participants_are_told_apart_by_their_state():
    store = FactStore()
    assert store.participation(Participation("m", None, "india", None, False, "s"))
    assert store.participation(Participation("m", None, "china", None, False, "s"))
    assert not store.participation(Participation("m", None, "india", MEMBER, False, "s"))
    assert len(store.facts.participations) == 2


def test_a_position_is_kept_once():
    store = FactStore()
    store.position(Position("li_qiang", "Premier", "china", "s1"))
    store.position(Position("li_qiang", "Premier", "china", "s2"))
    store.position(Position("li_qiang", "Premier", "sco", "s3"))
    assert [p.evidence for p in store.facts.positions] == ["s1", "s3"]


def test_the_first_bilateral_meeting_of_a_pair_is_found_again():
    store = FactStore()
    first = Meeting("bilateral_a_b_2024_07_03", BILATERAL, "Bilateral", date=date(2024, 7, 3))
    store.meeting(first, ("a", "b"))
    store.meeting(Meeting("bilateral_a_b_2024_07_04", BILATERAL, "Bilateral"), ("a", "b"))
    assert store.bilateral(("a", "b")) == first and store.bilateral(("a", "c")) is None
    assert store.series == []
