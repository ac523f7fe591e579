"""loader.extraction.extract: facts read from text, for people, places and meetings the reference data has never seen."""

from datetime import date
from pathlib import Path

import pytest

from loader.reading.documents import Document
from loader.evaluate import evaluate, fact_tuples
from loader.extraction.extract import extract_facts

ROOT = Path(__file__).resolve().parent.parent


def facts_of(text: str, gazetteer, published=date(2025, 9, 2), name="2025-09-02_test"):
    document = Document(id=name, source=name + ".txt", published=published, title="Test article", text=text)
    return fact_tuples(extract_facts(document, gazetteer))


def test_unknown_leaders_become_people_with_positions(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held in "
        "Tianjin on September 1. Leaders of member states including Kazakh President Arman Zhulanov and "
        "Pakistani Prime Minister Bilal Qureshi attended the meeting.",
        gazetteer,
    )
    assert ("entity", "arman_zhulanov", "Person") in facts
    assert ("position", "arman_zhulanov", "President", "kazakhstan") in facts
    assert ("position", "bilal_qureshi", "Prime Minister", "pakistan") in facts
    assert ("participation", "sco_heads_of_state_council_2025", "bilal_qureshi", "pakistan", "Member", "false") in facts
    assert ("status", "pakistan", "memberOf", "sco") in facts


def test_meeting_ordinal_date_and_city(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held in "
        "Tianjin on September 1.",
        gazetteer,
    )
    meeting = "sco_heads_of_state_council_2025"
    assert {("meeting", meeting, "HeadsOfStateCouncilMeeting"), ("ordinal", meeting, "25"),
            ("date", meeting, "2025-09-01"), ("held_in", meeting, "tianjin")} <= facts


def test_unknown_capital_is_read_from_the_text(gazetteer):
    facts = facts_of("Delegates arrived in Zarafshan, the capital of Uzbekistan, for the SCO talks.", gazetteer)
    assert ("capital_of", "zarafshan", "uzbekistan") in facts
    assert ("entity", "zarafshan", "City") in facts


def test_plans_are_not_statuses(gazetteer):
    facts = facts_of(
        "The meeting started the procedure of admitting Laos as an observer state and admitted Belarus as a full "
        "member state. Egypt will become a dialogue partner next year.",
        gazetteer,
    )
    assert ("status", "belarus", "memberOf", "sco") in facts
    assert not any(f[0] == "status" and f[1] in ("laos", "egypt") for f in facts)


def test_counts_of_members(gazetteer):
    facts = facts_of("The SCO now has ten member states, two observer states and 14 dialogue partners.", gazetteer)
    assert {("count", "sco", "memberStateCount", "10"), ("count", "sco", "observerStateCount", "2"),
            ("count", "sco", "dialoguePartnerCount", "14")} <= facts


def test_video_link_and_observer_capacity(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
        "Leaders of observer states including Mongolian President Batbold Tserendorj attended the meeting via video link.",
        gazetteer,
    )
    assert ("participation", "sco_heads_of_state_council_2025", "batbold_tserendorj", "mongolia", "Observer", "true") in facts


def test_bilateral_meeting_with_date_and_sidelines(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
        "On the sidelines of the summit, Chinese President Xi Jinping met with Nepali Prime Minister Ram Karki on August 31.",
        gazetteer,
    )
    assert ("met_with", "ram_karki", "xi_jinping", "2025-08-31", "sco_heads_of_state_council_2025") in facts


def test_relative_weekday_resolves_against_the_dateline(gazetteer):
    facts = facts_of(
        "TIANJIN, Sept. 1 (Xinhua) -- Chinese President Xi Jinping said here on Sunday that China is ready to work "
        "with Egypt, when meeting with Egyptian Prime Minister Samir Halawa.",
        gazetteer,
    )
    assert ("met_with", "samir_halawa", "xi_jinping", "2025-08-31", "-") in facts


def test_numbered_proposal_in_order(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
        "Kazakh President Arman Zhulanov put forward three proposals. First, deepen trade. "
        "Second, build railways. Third, protect the environment.",
        gazetteer,
    )
    points = sorted(f[3] for f in facts if f[0] == "proposal_point")
    assert points == ["1", "2", "3"]
    assert all(f[1:3] == ("arman_zhulanov", "sco_heads_of_state_council_2025") for f in facts if f[0] == "proposal_point")


def test_adopted_declaration(gazetteer):
    facts = facts_of(
        "The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
        "The leaders signed the Tianjin Declaration.",
        gazetteer,
    )
    assert ("adopted", "sco_heads_of_state_council_2025", "sco_heads_of_state_council_2025_declaration") in facts


def test_spelling_variants_are_one_person_but_namesakes_are_two(gazetteer):
    facts = facts_of(
        "Kyrgyz President Sadyr Zhaparov and Kyrgyz Prime Minister Akylbek Japarov attended the SCO meeting. "
        "President Japarov spoke first.",
        gazetteer,
    )
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert people == {"sadyr_japarov", "akylbek_japarov"}


@pytest.mark.parametrize("kind_floor", [0.85])
def test_corpus_meets_the_f1_targets(gazetteer, kind_floor):
    """Issue 3's targets on the corpus: overall F1 >= 0.95 and no kind of fact below 0.85."""
    result = evaluate(ROOT / "documents", Path(__file__).parent / "gold", gazetteer)
    assert result.overall.f1 >= 0.95, result.overall
    low = {kind: round(s.f1, 3) for kind, s in result.per_kind.items() if s.tp + s.fp + s.fn and s.f1 < kind_floor}
    assert not low, low


def test_articles_written_for_the_tests_meet_the_targets(gazetteer):
    """Six articles about meetings, people and places the corpus never mentions (tests/data/README.md)."""
    result = evaluate(Path(__file__).parent / "data" / "documents", Path(__file__).parent / "data" / "gold", gazetteer)
    assert result.overall.f1 >= 0.95, result.overall
    assert all(s.f1 >= 0.85 for s in result.per_kind.values() if s.tp + s.fp + s.fn), dict(result.per_kind)


def test_second_development_set_does_not_regress(gazetteer):
    """tests/dev/: eight articles in the styles of other outlets (PTI, TASS, Dawn, Kyodo, ...), written after the
    loader to find what it misses; tuned on, so this guards what was gained (0.86 when it was written, 0.93 now)."""
    result = evaluate(ROOT / "tests" / "dev" / "documents", ROOT / "tests" / "dev" / "gold", gazetteer)
    assert result.overall.f1 >= 0.92, result.overall


def test_held_out_articles_do_not_regress(gazetteer):
    """tests/heldout/ is never tuned on; this only guards against regressions (0.858 when it was written, 0.925 now)."""
    result = evaluate(ROOT / "tests" / "heldout" / "documents", ROOT / "tests" / "heldout" / "gold", gazetteer)
    assert result.overall.f1 >= 0.90, result.overall


def test_name_then_title_apposition(gazetteer):
    facts = facts_of("Talks were held with Ruslan Abdykadyrov, Kyrgyzstan's foreign minister, on the SCO agenda.", gazetteer)
    assert ("position", "ruslan_abdykadyrov", "Foreign Minister", "kyrgyzstan") in facts


def test_granted_status(gazetteer):
    facts = facts_of("The council granted dialogue partner status to Laos and Myanmar.", gazetteer)
    assert {("status", "laos", "dialoguePartnerOf", "sco"), ("status", "myanmar", "dialoguePartnerOf", "sco")} <= facts


def test_title_of_state_apposition(gazetteer):
    facts = facts_of("Dilnoza Rakhimova, the president of Uzbekistan, and Zhang Ming, Secretary-General of the SCO, "
                     "attended the summit.", gazetteer)
    assert ("position", "dilnoza_rakhimova", "President", "uzbekistan") in facts
    assert ("position", "zhang_ming", "Secretary-General", "sco") in facts


@pytest.mark.parametrize("sentence, state, relation", [
    ("Iran became the ninth full member of the organization on Tuesday.", "iran", "memberOf"),
    ("Azerbaijan and Armenia are dialogue partners of the SCO.", "armenia", "dialoguePartnerOf"),
    ("Mongolia, which has observer status, sent its president.", "mongolia", "observerOf"),
    ("Belarusian President Ivan Sokol, whose country joined the bloc as its 10th member, spoke.", "belarus", "memberOf"),
    ("Laos was granted the status of dialogue partner.", "laos", "dialoguePartnerOf"),
    ("Cambodia has been given observer status.", "cambodia", "observerOf"),
])
def test_status_stated_with_its_subject_first(gazetteer, sentence, state, relation):
    assert ("status", state, relation, "sco") in facts_of(sentence, gazetteer)


@pytest.mark.parametrize("sentence", [
    "China is a member of BRICS.",
    "Uzbekistan is expected to become a dialogue partner.",
    "Laos will be granted observer status next year.",
    "India is not an observer.",
])
def test_status_that_is_not_a_fact_about_the_sco(gazetteer, sentence):
    assert not [f for f in facts_of(sentence, gazetteer) if f[0] == "status"]


@pytest.mark.parametrize("sentence, city", [
    ("The summit was held in the port city of Tianjin.", "tianjin"),
    ("The summit was held in the Chinese coastal city of Qingdao.", "qingdao"),
    ("The summit took place in the resort town of Cholpon-Ata.", "cholpon_ata"),
])
def test_meeting_place_with_a_description(gazetteer, sentence, city):
    facts = facts_of("The 25th meeting of the SCO Council of Heads of State opened on Monday. " + sentence, gazetteer)
    assert ("held_in", "sco_heads_of_state_council_2025", city) in facts


def test_everyone_remote_and_inline_proposal_points(gazetteer):
    facts = facts_of(
        "The 25th meeting of the SCO Council of Heads of State was held on Tuesday. Chinese President Xi Jinping and "
        "Kazakh President Arman Zhulanov attended. All participants joined the meeting via videoconference. "
        "Xi put forward four proposals: first, to build trust; second, to trade more; third, to connect; and fourth, "
        "to exchange students.", gazetteer)
    meeting = "sco_heads_of_state_council_2025"
    assert ("participation", meeting, "arman_zhulanov", "kazakhstan", "Member", "true") in facts
    assert {("proposal_point", "xi_jinping", meeting, str(n)) for n in range(1, 5)} <= facts


def test_represented_by_and_handover(gazetteer):
    facts = facts_of(
        "The 20th meeting of the SCO Council of Heads of State was held on Tuesday. Russia has held the rotating "
        "presidency since last year. India was represented by External Affairs Minister Ravi Menon. "
        "The rotating presidency of the SCO passed from Russia to Tajikistan.", gazetteer)
    assert ("position", "ravi_menon", "Foreign Minister", "india") in facts
    assert ("presidency", "sco", "tajikistan") in facts and ("presidency", "sco", "russia") not in facts


def test_ministerial_meeting_with_its_format(gazetteer):
    facts = facts_of("The 16th Meeting of Defence Ministers of the SCO Member States was held in Bishkek yesterday.",
                     gazetteer, published=date(2019, 4, 30))
    assert ("meeting", "sco_defence_ministers_meeting_2019", "DefenceMinistersMeeting") in facts
    assert ("ordinal", "sco_defence_ministers_meeting_2019", "16") in facts
    assert ("date", "sco_defence_ministers_meeting_2019", "2019-04-29") in facts
    assert ("held_in", "sco_defence_ministers_meeting_2019", "bishkek") in facts


def test_protocol_list_with_official_state_names(gazetteer):
    facts = facts_of("The 22nd meeting of the SCO Council of Heads of Government was held in Bishkek. Taking part were "
                     "Prime Minister of the Republic of Kazakhstan Alikhan Smailov, Premier of the State Council of the "
                     "People's Republic of China Li Qiang and Prime Minister of the Russian Federation M.V. Mishustin.",
                     gazetteer, published=date(2023, 10, 26))
    meeting = "sco_heads_of_government_council_2023"
    for person, state in (("alikhan_smailov", "kazakhstan"), ("li_qiang", "china"), ("mikhail_mishustin", "russia")):
        assert ("participation", meeting, person, state, "Member", "false") in facts
    assert ("position", "li_qiang", "Premier", "china") in facts


def test_meeting_called_only_the_moot_gets_the_attendance(gazetteer):
    facts = facts_of("Leaders gather for SCO summit\n\nThe SCO summit opened here today. The moot was attended by Russia's "
                     "Vladimir Putin and India's Narendra Modi.", gazetteer, published=date(2009, 6, 15))
    assert ("participation", "sco_heads_of_state_council_2009", "vladimir_putin", "russia", "Member", "false") in facts
    assert ("participation", "sco_heads_of_state_council_2009", "narendra_modi", "india", "Observer", "false") in facts


def test_named_document_adopted(gazetteer):
    facts = facts_of("The 15th meeting of the SCO Council of Heads of State was held in Ufa. The leaders signed the Ufa "
                     "Declaration and approved the SCO Development Strategy until 2025.", gazetteer,
                     published=date(2015, 7, 10))
    assert ("adopted", "sco_heads_of_state_council_2015", "sco_heads_of_state_council_2015_declaration") in facts
    assert ("adopted", "sco_heads_of_state_council_2015", "sco_development_strategy_until_2025") in facts


def test_proposers_of_a_list_of_initiatives(gazetteer):
    facts = facts_of("Chinese President Xi Jinping asked members to support the Global Development Initiative and the "
                     "Global Security Initiative, both proposed by him.", gazetteer)
    assert ("proposed_by", "global_development_initiative", "xi_jinping") in facts
    assert ("proposed_by", "global_security_initiative", "xi_jinping") in facts


def test_article_without_any_date_keeps_meetings_without_year(gazetteer):
    facts = facts_of("Leaders of the SCO met on Friday in Bishkek for the 13th meeting of the Council of Heads of State.",
                     gazetteer, published=None, name="gallery")
    assert ("meeting", "sco_heads_of_state_council", "HeadsOfStateCouncilMeeting") in facts


def test_realistic_development_set_does_not_regress(gazetteer):
    """tests/realistic/dev: 2,098 articles with the structures of real news (protocol lists, datelines, bylines,
    bullets, truncation, variant spellings, ministerial formats, tables, feeds), tuned on (docs/extraction.md gives the
    figures)."""
    result = evaluate(ROOT / "tests" / "realistic" / "dev" / "documents", ROOT / "tests" / "realistic" / "dev" / "gold",
                      gazetteer)
    # 0.875 (precision 0.935) when round 35 (numbers and pictures; the meetings of 2024-2026) came in, 0.870 (0.932)
    # when rounds 47-50 did, 0.864 (0.928) when rounds 51-54 did, 0.869 (0.930) after stop 33's rules, 0.861 (0.927)
    # when rounds 55-58 did, 0.862 (0.927) when rounds 59-62 did, 0.860 (0.926) when rounds 63-66 did, 0.860
    # (0.925) when rounds 67-70 did, 0.858 (0.923) when rounds 71-74 did (a leader's trip and pages of several
    # meetings, at 0.78 precision on arrival), 0.860 (0.924) when rounds 75-77 did, 0.862 (0.926) when rounds 78-82
    # did, 0.860 (0.925) when rounds 83-91 did (coined ids of receptions, forums and one-off meetings), 0.857 (0.922)
    # when rounds 92-99 did (files named with a year and no date), 0.854 (0.920) when rounds 100-103 did, 0.859
    # (0.924) when rounds 104-111 did (long reads and the SCO's side bodies at 0.70 on arrival), 0.858 (0.923) when
    # rounds 112-119 did, 0.855 (0.922) when rounds 120-127 did, 0.853 (0.920) when rounds 128-135 did; each harder
    # round lowers the whole set's figure before its rules lift it again
    assert result.overall.f1 >= 0.853, result.overall
    assert result.overall.precision >= 0.92, result.overall
    assert not result.failed, result.failed


def test_realistic_never_tuned_split_does_not_regress(gazetteer):
    """tests/realistic/untuned (1,048 articles) is never tuned on and only its total is looked at (docs/extraction.md).
    0.837 when rounds 33-36 came in, 0.840 when rounds 37-40 did, 0.839 when rounds 41-46 did; 0.841 after stop 31's
    rules; 0.833 when rounds 47-50 came in, 0.834 after stop 32's rules; 0.828 when rounds 51-54 came in, 0.830
    after stop 33's rules; 0.825 when rounds 55-58 came in, 0.827 when rounds 59-62 did, 0.830 when rounds 63-66
    did, 0.833 when rounds 67-70 did, 0.830 when rounds 71-74 did, 0.832 when rounds 75-77 did, 0.834 when rounds
    78-82 did, 0.831 when rounds 83-91 did, 0.829 when rounds 92-99 did, 0.828 when rounds 100-103 did, 0.832 when
    rounds 104-111 did, 0.832 when rounds 112-119 did, 0.831 when rounds 120-127 did, 0.830 when rounds 128-135
    did."""
    result = evaluate(ROOT / "tests" / "realistic" / "untuned" / "documents",
                      ROOT / "tests" / "realistic" / "untuned" / "gold", gazetteer)
    assert result.overall.f1 >= 0.82, result.overall
    assert not result.failed, result.failed


def test_every_realistic_article_reads_without_its_date_and_in_capitals(gazetteer):
    """Robustness: no article that extraction reads may make it fail when the article's date is unknown (the file name
    and the text give none) or when the text is all capitals (a flash)."""
    from dataclasses import replace

    from loader.reading.documents import find_documents, read_documents

    documents, _ = read_documents(find_documents([ROOT / "tests" / "realistic" / "dev" / "documents",
                                                  ROOT / "tests" / "realistic" / "untuned" / "documents"]))
    for document in documents:
        for variant in (replace(document, published=None), replace(document, text=document.text.upper())):
            extract_facts(variant, gazetteer)  # raises on a bug


def test_a_year_written_beside_a_past_meeting_makes_it_another_meeting(gazetteer):
    facts = facts_of("The 7th meeting of the SCO Council of Heads of State was held in Bishkek today. It built on the "
                     "Shanghai summit of the Heads of State Council on 15 June 2006. The 7th meeting, six years after "
                     "the SCO was founded in 2001, was chaired by Kyrgyz President Kurmanbek Bakiyev.", gazetteer,
                     published=date(2007, 8, 16))
    assert ("meeting", "sco_heads_of_state_council_2006", "HeadsOfStateCouncilMeeting") in facts
    assert ("held_in", "sco_heads_of_state_council_2006", "shanghai") in facts
    assert ("chair", "sco_heads_of_state_council_2007", "kurmanbek_bakiyev") in facts
    assert not any(f[0] == "meeting" and f[1].endswith("2001") for f in facts)


def test_a_past_summit_named_by_its_city_is_found_in_the_reference_list(gazetteer):
    facts = facts_of("SCO defence ministers met in Bishkek on Monday. India and Pakistan joined the SCO at the Astana "
                     "summit. The Ufa summit had opened the door to them.", gazetteer, published=date(2019, 4, 29))
    assert ("held_in", "sco_heads_of_state_council_2017", "astana") in facts
    assert ("held_in", "sco_heads_of_state_council_2015", "ufa") in facts


def test_a_summit_still_to_come_or_too_long_ago_is_not_guessed(gazetteer):
    facts = facts_of("SCO foreign ministers met in Karakol to prepare the Bishkek summit. They recalled the Shanghai "
                     "summit.", gazetteer, published=date(2026, 5, 14))
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads_of_state_council_") for f in facts), facts


def test_a_month_after_a_summit_is_its_date_not_its_place(gazetteer):
    facts = facts_of("SCO defence ministers met in Bishkek on Monday. India joined at the Astana summit in June 2017, "
                     "and Kyrgyzstan took over the presidency at the Qingdao summit last June.", gazetteer,
                     published=date(2019, 4, 29))
    assert ("held_in", "sco_heads_of_state_council_2017", "astana") in facts
    assert ("held_in", "sco_heads_of_state_council_2018", "qingdao") in facts
    assert ("held_in", "sco_heads_of_state_council_2018", "astana") not in facts


def test_years_ago_dates_a_past_summit(gazetteer):
    facts = facts_of("SCO foreign ministers met in Dushanbe on Tuesday. The Bishkek summit two years ago was calmer.",
                     gazetteer, published=date(2021, 7, 13))
    assert ("held_in", "sco_heads_of_state_council_2019", "bishkek") in facts


def test_everyone_at_a_meeting_of_the_member_states_leaders_came_for_a_member_state(gazetteer):
    facts = facts_of("The ninth meeting of the SCO Heads of State Council opened in Yekaterinburg today. The meeting of the "
                     "leaders of the six member states in narrow format was chaired by President of Russia Dmitry "
                     "Medvedev. Taking part were President of Kazakhstan Nursultan Nazarbayev and President of Zedland "
                     "Arman Zhulanov.", gazetteer, published=date(2009, 6, 15))
    meeting = "sco_heads_of_state_council_2009"
    assert ("participation", meeting, "dmitry_medvedev", "russia", "Member", "false") in facts
    assert ("participation", meeting, "nursultan_nazarbayev", "kazakhstan", "Member", "false") in facts


def test_a_state_in_brackets_after_a_name_is_the_persons_state_and_an_organisation_is_no_observer(gazetteer):
    facts = facts_of("The 25th meeting of the SCO Heads of State Council opened in Tianjin today. Around the table: "
                     "President Arman Zhulanov (Kazakhstan); President Bilal Qureshi (Pakistan). The leaders of three "
                     "observer states addressed the expanded session, as did UN Secretary-General Antonio Guterres.",
                     gazetteer, published=date(2025, 9, 1))
    meeting = "sco_heads_of_state_council_2025"
    assert ("participation", meeting, "arman_zhulanov", "kazakhstan", "Member", "false") in facts
    assert ("participation", meeting, "bilal_qureshi", "pakistan", "Member", "false") in facts
    assert ("participation", meeting, "antonio_guterres", "united_nations", "InternationalOrganization", "false") in facts


def test_a_venue_city_and_year_in_an_article_about_the_summits_names_that_years_summit(gazetteer):
    facts = facts_of("The 14th meeting of the SCO Council of Heads of State was held in Dushanbe on September 12. "
                     "Yekaterinburg in 2009 added a convention; in Bishkek last year the talk was of Afghanistan. The "
                     "SCO was founded in Shanghai in 2001. Leaders visited Beijing in 2010.", gazetteer,
                     published=date(2014, 9, 15))
    assert ("held_in", "sco_heads_of_state_council_2009", "yekaterinburg") in facts
    assert ("held_in", "sco_heads_of_state_council_2013", "bishkek") in facts
    assert not any(f[0] == "meeting" and f[1].endswith(("2001", "2010")) for f in facts), facts


def test_past_summits_narrated_with_relative_years(gazetteer):
    facts = facts_of("The 14th meeting of the SCO Council of Heads of State was held in Dushanbe on September 12. In "
                     "Shanghai in June 2001, six presidents founded the group. At the Astana summit of 2005, observers "
                     "were admitted. Two years later in Bishkek, the heads of state signed a treaty. Three years ago in "
                     "Astana the leaders met again. At the Bishkek moot a year ago little happened.", gazetteer,
                     published=date(2014, 9, 15))
    assert ("held_in", "sco_heads_of_state_council_2001", "shanghai") in facts
    assert ("held_in", "sco_heads_of_state_council_2007", "bishkek") in facts
    assert ("held_in", "sco_heads_of_state_council_2011", "astana") in facts
    assert ("meeting", "sco_heads_of_state_council_2013", "HeadsOfStateCouncilMeeting") in facts


def test_a_city_moot_alone_is_the_articles_meeting(gazetteer):
    facts = facts_of("Foreign ministers of the SCO member states met in Tashkent on Friday. Bilawal spoke at the "
                     "Tashkent moot.", gazetteer, published=date(2022, 7, 29))
    assert not any(f[0] == "meeting" and f[2] == "HeadsOfStateCouncilMeeting" for f in facts), facts


def test_talks_with_a_leader_described_by_nationality(gazetteer):
    facts = facts_of("The 13th meeting of the SCO Heads of State Council was held in Bishkek on Friday. Iranian "
                     "President Hassan Rouhani addressed it. Russian President Vladimir Putin held separate talks with "
                     "the Iranian leader on the margins of the summit.", gazetteer, published=date(2013, 9, 13))
    assert any(f[:3] == ("met_with", "hassan_rouhani", "vladimir_putin") for f in facts), facts


def test_talks_beside_a_past_summit_take_its_year_and_the_described_speaker(gazetteer):
    facts = facts_of("The SCO turns twenty today. At the Bishkek moot two years ago, Indian Prime Minister Narendra "
                     "Modi and Pakistan's Imran Khan avoided each other; the Indian leader did hold talks with Chinese "
                     "President Xi Jinping on the sidelines of that summit.", gazetteer, published=date(2021, 6, 15))
    assert ("meeting", "bilateral_narendra_modi_xi_jinping_2019", "BilateralMeeting") in facts, facts
    assert not any(f[0] == "met_with" and "imran_khan" in f for f in facts)


def test_a_misspelt_known_name_without_a_title(gazetteer):
    facts = facts_of("The SCO summit opened in Tashkent on Thursday. On the sidelines, Indian Prime Minister Narendra "
                     "Modi met Xi Jingping.", gazetteer, published=date(2016, 6, 24))
    assert any(f[:3] == ("met_with", "narendra_modi", "xi_jinping") for f in facts), facts


def test_standing_capacities_hold_at_the_sco_plus_meeting(gazetteer):
    facts = facts_of("The SCO Plus meeting was held in Astana on July 4. Turkey, a dialogue partner, was represented by "
                     "President Recep Tayyip Erdogan. UN Secretary-General Antonio Guterres also attended the SCO Plus "
                     "meeting.", gazetteer, published=date(2024, 7, 4))
    assert ("participation", "sco_plus_meeting_2024", "recep_tayyip_erdogan", "turkey", "DialoguePartner",
            "false") in facts
    assert ("participation", "sco_plus_meeting_2024", "antonio_guterres", "united_nations", "InternationalOrganization",
            "false") in facts


def test_chairs_written_before_the_meeting_or_in_the_progressive(gazetteer):
    facts = facts_of("Chaired by Kazakh President Kassym-Jomart Tokayev, the SCO Plus meeting brought the partners "
                     "together in Astana on July 4.", gazetteer, published=date(2024, 7, 4))
    assert ("chair", "sco_plus_meeting_2024", "kassym_jomart_tokayev") in facts
    facts = facts_of("President Xi Jinping is chairing the \"SCO Plus\" meeting in Tianjin this afternoon.", gazetteer,
                     published=date(2025, 9, 1))
    assert ("chair", "sco_plus_meeting_2025", "xi_jinping") in facts
    facts = facts_of("SCO defence ministers met in Moscow. Russian Defence Minister Sergei Shoigu spoke. Ministers of "
                     "all eight states attended Friday's meeting in Moscow, which was presided over by Shoigu.", gazetteer,
                     published=date(2020, 9, 5))
    assert ("chair", "sco_defence_ministers_meeting_2020", "sergei_shoigu") in facts


def test_official_list_of_ministers_with_their_ministries_own_names(gazetteer):
    facts = facts_of("The 8th Meeting of Ministers of Education of the SCO Member States took place on 18 April 2024 in "
                     "Moscow.\n\nHeads of delegations of the SCO member states taking part in the Meeting:\n\n"
                     "• Minister of Science and Higher Education of the Republic of Kazakhstan Aru Temirbek;\n"
                     "• Minister of Education and Science of the Kyrgyz Republic Dana Osmonova;\n"
                     "• a representative of the Ministry of Education of the Republic of India.\n\n"
                     "The delegation of the Republic of Belarus, an observer state of the SCO, headed by Minister of "
                     "Education Pavel Lutsko, also attended the Meeting. SCO Deputy Secretary-General Omar Rahimi took "
                     "part.", gazetteer, published=date(2024, 4, 19))
    meeting = "sco_education_ministers_meeting_2024"
    assert ("position", "aru_temirbek", "Science and Higher Education Minister", "kazakhstan") in facts
    assert ("participation", meeting, "dana_osmonova", "kyrgyzstan", "Member", "false") in facts
    assert ("participation", meeting, "-", "india", "Member", "false") in facts
    assert ("participation", meeting, "pavel_lutsko", "belarus", "Observer", "false") in facts
    assert ("position", "omar_rahimi", "Deputy Secretary-General", "sco") in facts


def test_wire_copy_of_an_early_summit(gazetteer):
    facts = facts_of("DUSHANBE, Aug. 28 (Xinhua) -- The heads of state of the six-member Shanghai Cooperation "
                     "Organization (SCO) wound up their annual summit here on Thursday, putting their names to the "
                     "Dushanbe Declaration. Tajik President Emomali Rahmon presided over the one-day meeting. The leaders "
                     "approved the Regulations on the Status of Dialogue Partner of the SCO. Chinese President Hu Jintao "
                     "spoke. The Chinese leader held talks with Rahmon here on Tuesday. Russian President Dmitry Medvedev "
                     "met Afghan President Hamid Karzai on the sidelines on Thursday. He also held a separate sideline "
                     "meeting with Iranian President Mahmoud Ahmadinejad.", gazetteer, published=date(2008, 8, 28))
    meeting = "sco_heads_of_state_council_2008"
    assert ("count", "sco", "memberStateCount", "6") in facts
    assert ("adopted", meeting, f"{meeting}_declaration") in facts
    assert ("adopted", meeting, "regulations_on_the_status_of_dialogue_partner_of_the_sco") in facts
    assert ("chair", meeting, "emomali_rahmon") in facts
    assert ("met_with", "emomali_rahmon", "hu_jintao", "2008-08-26", "-") in facts
    assert ("met_with", "dmitry_medvedev", "hamid_karzai", "2008-08-28", meeting) in facts
    assert ("met_with", "dmitry_medvedev", "mahmoud_ahmadinejad", "2008-08-28", meeting) in facts


def test_observers_sent_came_in_person_and_led_delegations(gazetteer):
    facts = facts_of("The eighth meeting of the SCO Council of Heads of State was held in Dushanbe on Thursday. Iranian "
                     "President Mahmoud Ahmadinejad came in person, while India sent Murli Deora, its minister of "
                     "petroleum and natural gas. Mongolian Foreign Minister Sanjaasurengiin Oyun led the other two "
                     "observer delegations. Xi sent a message to the Kazakh President Nursultan Nazarbayev.", gazetteer,
                     published=date(2008, 8, 28))
    meeting = "sco_heads_of_state_council_2008"
    assert ("participation", meeting, "mahmoud_ahmadinejad", "iran", "Observer", "false") in facts
    assert ("participation", meeting, "murli_deora", "india", "Observer", "false") in facts
    assert ("position", "murli_deora", "Petroleum and Natural Gas Minister", "india") in facts
    assert ("participation", meeting, "sanjaasurengiin_oyun", "mongolia", "Observer", "false") in facts
    assert not any(f[0] == "participation" and f[2] == "nursultan_nazarbayev" for f in facts), facts


def test_news_digest_items_premiers_meeting_and_talks_of_two(gazetteer):
    facts = facts_of("Afghan President Hamid Karzai took part in Thursday's SCO summit in Tashkent as a guest. On the "
                     "sidelines of the summit he met Russian President Vladimir Putin. Russian President Vladimir Putin "
                     "and Uzbek leader Islam Karimov held talks in Tashkent on Wednesday. The programme was adopted at "
                     "the prime ministers' meeting in Beijing last September.", gazetteer, published=date(2004, 6, 17))
    assert any(f[:3] == ("met_with", "hamid_karzai", "vladimir_putin") for f in facts), facts
    assert ("met_with", "islam_karimov", "vladimir_putin", "2004-06-16", "-") in facts
    assert ("held_in", "sco_heads_of_government_council_2003", "beijing") in facts


def test_official_information_report(gazetteer):
    facts = facts_of("On 5 July 2005 the regular meeting of the Council of Heads of Member States of the SCO was held in "
                     "Astana. The Director of the Executive Committee of the Regional Anti-Terrorist Structure of the SCO "
                     "V. Kasymov took part in the work of the meeting. First Vice-President of the Islamic Republic of "
                     "Iran M.R. Aref attended as a guest. The heads of state took note of the results of the second "
                     "meeting of secretaries of security councils of the SCO member states, held in Astana on 2 June "
                     "2005. The Council decided to grant observer status in the SCO to the Republic of India and the "
                     "Islamic Republic of Iran. The heads of state signed the Declaration of the Heads of Member States "
                     "of the SCO.", gazetteer, published=date(2005, 7, 5))
    meeting = "sco_heads_of_state_council_2005"
    assert ("position", "vyacheslav_kasymov", "Director of the Executive Committee",
            "sco_regional_anti_terrorist_structure") in facts
    assert ("position", "mohammad_reza_aref", "First Vice President", "iran") in facts
    assert ("date", "sco_security_council_secretaries_meeting_2005", "2005-06-02") in facts
    assert ("held_in", "sco_security_council_secretaries_meeting_2005", "astana") in facts
    assert {("status", "india", "observerOf", "sco"), ("status", "iran", "observerOf", "sco")} <= facts
    assert ("adopted", meeting, f"{meeting}_declaration") in facts


def test_explainer_of_a_summit_and_its_history(gazetteer):
    facts = facts_of("Kyrgyz President Almazbek Atambayev hosted the 13th meeting of the SCO Council of Heads of State in "
                     "Bishkek on Friday. India sent its External Affairs Minister, Salman Khurshid. Russian President "
                     "Vladimir Putin and Iranian President Hassan Rouhani held their first meeting on the sidelines of "
                     "the summit on Friday. The SCO has six full members: China, Kazakhstan, Kyrgyzstan, Russia, "
                     "Tajikistan and Uzbekistan. Last year in Beijing, Afghanistan was made an observer.", gazetteer,
                     published=date(2013, 9, 14))
    meeting = "sco_heads_of_state_council_2013"
    assert ("chair", meeting, "almazbek_atambayev") in facts
    assert ("participation", meeting, "salman_khurshid", "india", "Observer", "false") in facts
    assert ("position", "salman_khurshid", "Foreign Minister", "india") in facts
    assert ("met_with", "hassan_rouhani", "vladimir_putin", "2013-09-13", meeting) in facts
    assert ("count", "sco", "memberStateCount", "6") in facts
    assert ("held_in", "sco_heads_of_state_council_2012", "beijing") in facts


def test_explainer_timeline_keeps_the_weeks_summit_as_its_frame(gazetteer):
    facts = facts_of("Explained: How Belarus became the SCO's tenth member\n\n[Photo: leaders at the SCO summit in "
                     "Astana on Thursday.]\n\nAt the summit held in the Russian city of Ufa in July 2015, under Russian "
                     "President Vladimir Putin's chairmanship, the leaders raised Belarus to observer status. At the "
                     "Samarkand summit of 15-16 September 2022, hosted by Uzbekistan, the member states signed a decision. "
                     "Kazakh President Kassym-Jomart Tokayev chaired the summit. China, which took over the presidency "
                     "from Kazakhstan, will help. The SCO now has ten members: Belarus, China, India, Iran, Kazakhstan, "
                     "Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan. Afghanistan and Mongolia are its two "
                     "observers.", gazetteer, published=date(2024, 7, 5), name="explainer-belarus")
    assert ("chair", "sco_heads_of_state_council_2024", "kassym_jomart_tokayev") in facts
    assert ("presidency", "sco", "china") in facts
    assert {("status", "belarus", "memberOf", "sco"), ("status", "mongolia", "observerOf", "sco")} <= facts
    assert not any(f[0] == "entity" and f[1].endswith("_s") for f in facts), facts


@pytest.mark.parametrize("sentence, person, title, state", [
    ("Kyrgyz Minister of Water Resources, Agriculture and Processing Industry Bakyt Torobaev spoke.", "bakyt_torobaev",
     "Water Resources, Agriculture and Processing Industry Minister", "kyrgyzstan"),
    ("Pakistan's Minister for National Food Security and Research Rana Tanveer Hussain spoke.", "rana_tanveer_hussain",
     "National Food Security and Research Minister", "pakistan"),
    ("Belarusian Agriculture and Food Minister Yuri Gorlov spoke.", "yuri_gorlov", "Agriculture and Food Minister",
     "belarus"),
    ("Russia's Deputy Minister of Agriculture Maxim Titov spoke.", "maxim_titov", "Deputy Agriculture Minister", "russia"),
    ("Iran's Judiciary Chief Gholamhossein Mohseni-Ejei spoke.", "gholamhossein_mohseni_ejei", "Head of the Judiciary",
     "iran"),
    ("Chief Justice of India R K Sharma spoke.", "r_k_sharma", "Chief Justice", "india"),
    ("Iranian Mining and Trade Minister Arash Karimi spoke.", "arash_karimi", "Mining and Trade Minister", "iran"),
    ("Pakistan's Minister for Climate Change Senator Amna Malik spoke.", "amna_malik", "Climate Change Minister",
     "pakistan"),
    ("Pakistan's Ambassador to China Moin ul Haque spoke.", "moin_ul_haque", "Ambassador to China", "pakistan"),
    ("Deputy National Security Adviser of India Rohan Mehta spoke.", "rohan_mehta", "Deputy National Security Adviser",
     "india"),
    ("Director of the Executive Committee of SCO's Regional Counter-Terrorist Structure Ivan Sorokin spoke.",
     "ivan_sorokin", "Director of the Executive Committee", "sco_regional_anti_terrorist_structure"),
])
def test_office_holders_of_any_ministry_or_court(gazetteer, sentence, person, title, state):
    assert ("position", person, title, state) in facts_of(sentence, gazetteer)


@pytest.mark.parametrize("sentence, meeting", [
    ("Agriculture ministers from SCO countries gathered in Kunming on Friday.", "sco_agriculture_ministers_meeting_2025"),
    ("The meeting of heads of supreme courts of SCO member states opened on Friday.",
     "sco_supreme_court_presidents_meeting_2025"),
    ("Defence chiefs of the SCO met in Bishkek on Friday.", "sco_defence_ministers_meeting_2025"),
    ("SCO premiers meet in Beijing on Friday.", "sco_heads_of_government_council_2025"),
])
def test_meetings_of_a_format_in_other_words(gazetteer, sentence, meeting):
    assert any(f[0] == "meeting" and f[1] == meeting for f in facts_of(sentence, gazetteer))


def test_the_summit_in_an_article_about_the_heads_of_government_is_their_meeting(gazetteer):
    facts = facts_of("The 23rd meeting of the Council of Heads of Government of the SCO opened in Islamabad on Wednesday. "
                     "Kazakh Prime Minister Arman Zhulanov is attending the summit.", gazetteer, published=date(2024, 10, 16))
    assert ("participation", "sco_heads_of_government_council_2024", "arman_zhulanov", "kazakhstan", "Member", "false") in facts


def test_a_preview_yields_no_meeting_until_it_is_held(gazetteer):
    text = ("The 24th meeting of the SCO Council of Heads of State will be hosted by Kazakhstan in Astana on July 4. The "
            "ministry said External Affairs Minister S. Jaishankar will lead the Indian side. On Tuesday, Jaishankar "
            "met Kazakh Foreign Minister Murat Nurtleu.")
    document = Document(id="ht", source="ht.txt", published=date(2024, 7, 2),
                        title="Jaishankar to lead Indian delegation to SCO summit", text=text)
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert not any(f[:2] == ("meeting", "sco_heads_of_state_council_2024") for f in facts), facts
    assert ("meeting", "bilateral_murat_nurtleu_subrahmanyam_jaishankar_2024_07_02", "BilateralMeeting") in facts
    report = Document(id="ht2", source="ht2.txt", published=date(2024, 7, 5),
                      title="Jaishankar to lead Indian delegation to SCO summit", text=text + " The summit was held on "
                      "July 4 in Astana.")
    assert ("meeting", "sco_heads_of_state_council_2024", "HeadsOfStateCouncilMeeting") in \
        fact_tuples(extract_facts(report, gazetteer))


def test_the_sco_bodies_take_a_capacity_only_where_the_text_states_it(gazetteer):
    facts = facts_of("The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
                     "SCO Secretary-General Nurlan Yermekbayev attended.", gazetteer, published=date(2025, 9, 1))
    assert ("participation", "sco_heads_of_state_council_2025", "nurlan_yermekbayev", "sco", "-", "false") in facts
    facts = facts_of("The 25th Meeting of the Council of Heads of State of the SCO was held in Tianjin on September 1. "
                     "The heads of the SCO permanent bodies, Secretary-General Nurlan Yermekbayev and RATS Executive "
                     "Committee Director Ularbek Sharsheev, attended.", gazetteer, published=date(2025, 9, 1))
    assert ("participation", "sco_heads_of_state_council_2025", "nurlan_yermekbayev", "sco", "PermanentBody",
            "false") in facts


def test_live_blog_of_a_video_summit(gazetteer):
    facts = facts_of("Iran joins as ninth member as PM Modi chairs virtual meet\n\nIndia is hosting the 23rd meeting of "
                     "the SCO Council of Heads of State today, held via video conference. Turkmen President Serdar "
                     "Berdimuhamedow joins as a guest of the chair. Li is scheduled to hold talks with Russian Prime "
                     "Minister Mikhail Mishustin via video link next week.", gazetteer, published=date(2023, 7, 4))
    meeting = "sco_heads_of_state_council_2023"
    assert ("host", meeting, "india") in facts
    assert ("status", "iran", "memberOf", "sco") in facts
    assert ("participation", meeting, "serdar_berdimuhamedow", "turkmenistan", "Guest", "true") in facts
    assert not any(f[0] == "meeting" and f[2] == "BilateralMeeting" for f in facts), facts


def test_an_earlier_meeting_of_the_two_is_another_meeting(gazetteer):
    facts = facts_of("DUSHANBE, Aug. 28 (Xinhua) -- Chinese President Hu Jintao and Russian President Dmitry Medvedev "
                     "held talks on the sidelines of the summit on Wednesday. The two had last met in Beijing in May.",
                     gazetteer, published=date(2008, 8, 28))
    assert ("held_in", "bilateral_dmitry_medvedev_hu_jintao_2008", "beijing") in facts
    assert ("date", "bilateral_dmitry_medvedev_hu_jintao_2008_08_27", "2008-08-27") in facts
    assert ("held_in", "bilateral_dmitry_medvedev_hu_jintao_2008_08_27", "beijing") not in facts
    facts = facts_of("PM Narendra Modi and Chinese President Xi Jinping met on the sidelines of the SCO summit this "
                     "morning. Their last meeting was in the Russian city of Kazan last October.", gazetteer,
                     published=date(2025, 9, 1))
    assert ("held_in", "bilateral_narendra_modi_xi_jinping_2024", "kazan") in facts


def test_new_members_joining_the_others_make_the_others_members(gazetteer):
    facts = facts_of("The 17th meeting of the SCO Council of Heads of State was held in Astana on Friday. Pakistan and "
                     "India became full members of the SCO, joining China, Russia and Kazakhstan in the grouping. Also at "
                     "the table was Chinese President Xi Jinping. Iran will become a member later, joining them.",
                     gazetteer, published=date(2017, 6, 9))
    assert {("status", state, "memberOf", "sco") for state in ("china", "russia", "kazakhstan", "india")} <= facts
    assert ("participation", "sco_heads_of_state_council_2017", "xi_jinping", "china", "Member", "false") in facts
    assert ("status", "iran", "memberOf", "sco") not in facts


def test_talks_are_beside_a_meeting_only_where_their_own_sentence_says_so(gazetteer):
    """The gold convention (tests/gold/README.md), and what both realistic splits bear out: "held several meetings on
    the sidelines. On Friday he met X" does not say that talk was one of them."""
    facts = facts_of("The 15th meeting of the SCO Council of Heads of State was held in Ufa on Friday. Earlier on Friday, "
                     "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Nawaz Sharif met on the sidelines of "
                     "the summit. On Thursday, Russian President Vladimir Putin held talks with Iranian President Hassan "
                     "Rouhani. Iranian President Hassan Rouhani held several meetings on the sidelines of the summit. On "
                     "Friday he met Afghan President Ashraf Ghani.", gazetteer, published=date(2015, 7, 10))
    meeting = "sco_heads_of_state_council_2015"
    assert ("met_with", "narendra_modi", "nawaz_sharif", "2015-07-10", meeting) in facts
    assert ("met_with", "hassan_rouhani", "vladimir_putin", "2015-07-09", "-") in facts
    assert ("met_with", "ashraf_ghani", "hassan_rouhani", "2015-07-10", "-") in facts


def test_a_status_word_before_a_list_holds_for_each_item(gazetteer):
    facts = facts_of("The SCO Plus meeting was held in Astana on July 4, attended by President of Mongolia Ukhnaa "
                     "Khurelsukh, whose country is an SCO observer, dialogue partners President of Azerbaijan Ilham Aliyev, "
                     "Emir of the State of Qatar Sheikh Tamim bin Hamad Al Thani and President of the Republic of Turkiye "
                     "Recep Tayyip Erdogan.", gazetteer, published=date(2024, 7, 4))
    assert ("participation", "sco_plus_meeting_2024", "ukhnaa_khurelsukh", "mongolia", "Observer", "false") in facts
    for person, state in (("ilham_aliyev", "azerbaijan"), ("tamim_bin_hamad_al_thani", "qatar"),
                          ("recep_tayyip_erdogan", "turkey")):
        assert ("participation", "sco_plus_meeting_2024", person, state, "DialoguePartner", "false") in facts


def test_the_summit_of_the_press_is_the_heads_of_government_meeting_held_there(gazetteer):
    facts = facts_of("The 23rd meeting of the SCO Council of Heads of Government opened in Islamabad on Wednesday. "
                     "Speaking at the Islamabad summit, Indian External Affairs Minister S Jaishankar called for trust.",
                     gazetteer, published=date(2024, 10, 16))
    assert ("participation", "sco_heads_of_government_council_2024", "subrahmanyam_jaishankar", "india", "Member",
            "false") in facts
    assert not any(f[0] == "meeting" and f[2] == "HeadsOfStateCouncilMeeting" for f in facts)


def test_the_one_met_is_no_subject_for_the_next_pronoun(gazetteer):
    facts = facts_of("SCO defence ministers met in Moscow on Friday. Indian Defence Minister Rajnath Singh arrived. "
                     "Held talks with Uzbekistan's Minister of Defence Bakhodir Kurbanov today, he wrote. His meeting with "
                     "Tajik Defence Minister Sherali Mirzo covered defence ties.", gazetteer, published=date(2020, 9, 4))
    assert any(f[:3] == ("met_with", "rajnath_singh", "sherali_mirzo") for f in facts), facts
    assert not any(f[0] == "met_with" and "sherali_mirzo" in f and "bakhodir_kurbanov" in f for f in facts)


@pytest.mark.parametrize("sentence, meeting", [
    ("The meeting of SCO industry ministers opened in Minsk on Friday.", "sco_industry_ministers_meeting_2025"),
    ("Heads of railway administrations of the SCO member states met in Tashkent on Friday.",
     "sco_railway_administration_heads_meeting_2025"),
    ("The Council of National Coordinators of the SCO met in Beijing on Friday.",
     "sco_national_coordinators_meeting_2025"),
    ("SCO speakers of parliaments met in Islamabad on Friday.", "sco_parliament_speakers_meeting_2025"),
    ("The heads of the sanitary and epidemiological services of the SCO countries met on Friday.",
     "sco_sanitary_and_epidemiological_service_heads_meeting_2025"),
    ("The first meeting of the heads of plant quarantine services of the SCO member states was held on Friday.",
     "sco_plant_quarantine_service_heads_meeting_2025"),
    ("The heads of the national tourism administrations of the SCO met by video link on Friday.",
     "sco_tourism_administration_heads_meeting_2025"),
    ("SCO tourism ministers met in Varanasi on Friday.", "sco_tourism_ministers_meeting_2025"),
])
def test_more_formats_of_the_sco(gazetteer, sentence, meeting):
    assert any(f[0] == "meeting" and f[1] == meeting for f in facts_of(sentence, gazetteer))


def test_a_meeting_named_only_the_meeting_is_the_one_of_its_participants_portfolio(gazetteer):
    facts = facts_of("KUNMING: The meeting opened here on Friday. Chinese Agriculture Minister Han Jun and Kazakh "
                     "Agriculture Minister Aidarbek Saparov attended the meeting of the Shanghai Cooperation "
                     "Organization.", gazetteer, published=date(2025, 6, 13))
    assert ("participation", "sco_agriculture_ministers_meeting_2025", "han_jun", "china", "Member", "false") in facts


def test_statements_adopted_along_with_the_declaration(gazetteer):
    meeting = "sco_heads_of_state_council_2020"
    for sentence in ("The leaders approved the Moscow Declaration, along with statements on the digital economy.",
                     "The heads of state adopted the Moscow Declaration and some 25 other documents, including a "
                     "statement on good-neighbourliness."):
        facts = facts_of("The 20th meeting of the SCO Council of Heads of State was held on November 10. " + sentence,
                         gazetteer, published=date(2020, 11, 10))
        assert ("adopted", meeting, f"{meeting}_statement") in facts, sentence
    facts = facts_of("The 20th meeting of the SCO Council of Heads of State was held on November 10. India refused to "
                     "sign the declaration and a statement on the economy.", gazetteer, published=date(2020, 11, 10))
    assert ("adopted", meeting, f"{meeting}_statement") not in facts


def test_a_read_out_dates_its_meeting_and_friday_s_summit_is_last_friday(gazetteer):
    facts = facts_of("President of Kazakhstan Kassym-Jomart Tokayev chaired the meeting of the Council of Heads of State "
                     "of the Shanghai Cooperation Organization in Astana.", gazetteer, published=date(2024, 7, 4))
    assert ("date", "sco_heads_of_state_council_2024", "2024-07-04") in facts
    facts = facts_of("Leaders line up before Friday's summit in Bishkek. The SCO Heads of State Council will meet in "
                     "Dushanbe next year.", gazetteer, published=date(2013, 9, 14))
    assert ("date", "sco_heads_of_state_council_2013", "2013-09-13") in facts
    facts = facts_of("Leaders will attend the meeting of the Council of Heads of State of the SCO in Astana.", gazetteer,
                     published=date(2024, 7, 1))
    assert not any(f[0] == "date" for f in facts), facts


@pytest.mark.parametrize("sentence", [
    "The two-day SCO summit concluded in Astana on July 4.",
    "The SCO summit concluded on Thursday after two days of talks.",
    "The SCO summit was held from 3 to 4 July in Astana.",
    "The SCO summit was held on 3 and 4 July in Astana.",
])
def test_a_meeting_of_two_days_is_dated_by_its_first(gazetteer, sentence):
    assert ("date", "sco_heads_of_state_council_2024", "2024-07-03") in facts_of(sentence, gazetteer,
                                                                                published=date(2024, 7, 5))


def test_a_chair_and_participants_joining_by_video_link(gazetteer):
    facts = facts_of("BEIJING, Nov. 1 (Kyodo) -- Chinese Premier Li Keqiang on Tuesday chaired a meeting of the SCO "
                     "Council of Heads of Government via video link from Beijing. Joining by video link were Russian Prime "
                     "Minister Mikhail Mishustin and Kazakh Prime Minister Alikhan Smailov.", gazetteer,
                     published=date(2022, 11, 1))
    meeting = "sco_heads_of_government_council_2022"
    assert ("participation", meeting, "li_keqiang", "china", "Member", "true") in facts
    assert ("participation", meeting, "mikhail_mishustin", "russia", "Member", "true") in facts
    assert ("participation", meeting, "alikhan_smailov", "kazakhstan", "Member", "true") in facts


def test_a_numbered_council_of_heads_of_state_is_of_its_year(gazetteer):
    facts = facts_of("The 22nd meeting of the SCO Council of Heads of State, hosted by Uzbekistan in Samarkand on Sept. "
                     "15-16, was the first a Turkish president attended.", gazetteer, published=date(2025, 9, 3))
    assert ("held_in", "sco_heads_of_state_council_2022", "samarkand") in facts
    assert not any(f[0] == "meeting" and f[1] == "sco_heads_of_state_council_2025" for f in facts), facts


def test_the_talks_chaired_by_and_their_numbered_meeting(gazetteer):
    facts = facts_of("ASTANA, June 7. /TASS/. Defence ministers of the SCO member states gathered in Astana for their "
                     "14th meeting on Wednesday. The talks were chaired by Kazakh Defence Minister Saken Zhasuzakov.",
                     gazetteer, published=date(2017, 6, 7))
    meeting = "sco_defence_ministers_meeting_2017"
    assert ("ordinal", meeting, "14") in facts
    assert ("chair", meeting, "saken_zhasuzakov") in facts


def test_a_foreign_ministers_story_with_abbreviations_and_greetings(gazetteer):
    facts = facts_of("DUSHANBE: The SCO Council of Foreign Ministers met here on Wednesday. Later, Foreign Minister Shah "
                     "Mahmood Qureshi called on President Emomali Rahmon and conveyed the greetings of Prime Minister Imran "
                     "Khan. Chinese FM Wang Yi spoke. Last year's CFM was held in Moscow in September.", gazetteer,
                     published=date(2021, 7, 15))
    assert ("held_in", "sco_foreign_ministers_council_2020", "moscow") in facts
    assert ("held_in", "sco_foreign_ministers_council_2021", "dushanbe") in facts
    assert ("position", "wang_yi", "Foreign Minister", "china") in facts
    assert any(f[:3] == ("met_with", "emomali_rahmon", "shah_mahmood_qureshi") for f in facts), facts
    assert not any(f[0] == "met_with" and "imran_khan" in f for f in facts), facts


def test_representation_takes_the_capacity_of_its_own_state_only(gazetteer):
    facts = facts_of("The 22nd meeting of the SCO Council of Heads of State opened in Samarkand on Thursday. Turkey, a "
                     "dialogue partner since 2012, was represented by President Recep Tayyip Erdogan, and Azerbaijan by "
                     "President Ilham Aliyev. President Ebrahim Raisi led the Iranian delegation; Iran, an observer, is "
                     "expected to become a full member next year.", gazetteer, published=date(2022, 9, 16))
    meeting = "sco_heads_of_state_council_2022"
    assert ("participation", meeting, "recep_tayyip_erdogan", "turkey", "DialoguePartner", "false") in facts
    assert ("participation", meeting, "ilham_aliyev", "azerbaijan", "DialoguePartner", "false") in facts
    assert ("participation", meeting, "ebrahim_raisi", "iran", "Member", "false") not in facts


def test_guests_present_and_heads_of_delegation_of_observers(gazetteer):
    facts = facts_of("The 7th meeting of the SCO Heads of State Council was held in Bishkek today. The session heard "
                     "the heads of delegation of the observer states - Minister of Petroleum and Natural Gas of the "
                     "Republic of India Murli Deora and President of Mongolia Nambaryn Enkhbayar. President of "
                     "Turkmenistan Gurbanguly Berdimuhamedow was present as a guest.", gazetteer,
                     published=date(2007, 8, 16))
    meeting = "sco_heads_of_state_council_2007"
    assert ("position", "murli_deora", "Petroleum and Natural Gas Minister", "india") in facts
    assert ("participation", meeting, "murli_deora", "india", "Observer", "false") in facts
    assert ("participation", meeting, "gurbanguly_berdimuhamedow", "turkmenistan", "Guest", "false") in facts


def test_council_and_ministerial_meetings_in_other_words(gazetteer):
    facts = facts_of("A regular meeting of the Council of Heads of Member States of the SCO was held on 16 August 2007 in "
                     "Bishkek.", gazetteer, published=date(2007, 8, 16))
    assert ("held_in", "sco_heads_of_state_council_2007", "bishkek") in facts
    facts = facts_of("Defence ministers of the SCO are meeting in New Delhi today. The meeting was held in the Indian "
                     "capital.", gazetteer, published=date(2023, 4, 28))
    assert ("held_in", "sco_defence_ministers_meeting_2023", "new_delhi") in facts
    assert ("date", "sco_defence_ministers_meeting_2023", "2023-04-28") in facts


def test_each_partner_of_a_bilateral_sentence_keeps_its_own_day(gazetteer):
    facts = facts_of("The ninth meeting of the SCO Heads of State Council opened on Monday in Yekaterinburg. On the "
                     "sidelines of the summit, Russian President Dmitry Medvedev held talks with Pakistani President Asif "
                     "Ali Zardari on Monday and received Afghan President Hamid Karzai on Tuesday morning, the Kremlin "
                     "said.", gazetteer, published=date(2009, 6, 16))
    assert ("date", "bilateral_asif_ali_zardari_dmitry_medvedev_2009_06_15", "2009-06-15") in facts
    assert ("date", "bilateral_dmitry_medvedev_hamid_karzai_2009_06_16", "2009-06-16") in facts


def test_talks_in_a_quoted_post_an_interaction_and_a_reception(gazetteer):
    facts = facts_of("SCO defence ministers met in Moscow on Friday. Indian Defence Minister Rajnath Singh wrote: \"Held "
                     "fruitful talks with Uzbekistan's Minister of Defence Bakhodir Kurbanov today.\" Later Russian "
                     "Security Council Secretary Nikolai Patrushev was received in Moscow by Russian President Vladimir "
                     "Putin.", gazetteer, published=date(2020, 9, 4))
    assert any(f[:3] == ("met_with", "bakhodir_kurbanov", "rajnath_singh") for f in facts), facts
    assert any(f[:3] == ("met_with", "nikolai_patrushev", "vladimir_putin") for f in facts), facts


def test_proposals_of_a_person_described_by_the_head_of_state_of_a_state(gazetteer):
    facts = facts_of("The 16th meeting of the SCO Heads of State Council opened in Tashkent today. President of "
                     "Kazakhstan Nursultan Nazarbayev and Chinese President Xi Jinping attended. Xi Jinping spoke first. "
                     "Addressing the expanded meeting, the Head of State of Kazakhstan put forward several proposals. "
                     "First, he suggested a joint transport programme. Second, he called for closer trade.", gazetteer,
                     published=date(2016, 6, 24))
    assert {f[1] for f in facts if f[0] == "proposal_point"} == {"nursultan_nazarbayev"}


def test_here_reaches_talks_that_were_the_occasion_of_the_remarks_only(gazetteer):
    text = ("SCO summit\n\nBISHKEK, Oct. 25 (Xinhua) -- Chinese Premier Li Qiang said here Wednesday that ties are strong. "
            "In his meeting with Kyrgyz President Sadyr Japarov, Li said Kyrgyzstan is a neighbour. Later Russian "
            "Prime Minister Mikhail Mishustin called on Li Qiang.")
    title, _, body = text.partition("\n\n")
    document = Document("d", "d.txt", date(2023, 10, 25), title, body)
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert ("held_in", "bilateral_li_qiang_sadyr_japarov_2023_10_25", "bishkek") in facts
    assert any(f[0] == "meeting" and "mikhail_mishustin" in f[1] for f in facts)
    assert not any(f[0] == "held_in" and "mikhail_mishustin" in f[1] for f in facts)


def test_a_date_range_written_on_the_meeting_is_its_date(gazetteer):
    facts = facts_of("Foreign Minister Shah Mehmood Qureshi yesterday told the SCO that Pakistan wanted peace, as the "
                     "Council of Foreign Ministers concluded its session. The May 21-22 meeting in the Kyrgyz capital was "
                     "chaired by Kyrgyz Foreign Minister Chingiz Aidarbekov.", gazetteer, published=date(2019, 5, 23))
    assert ("date", "sco_foreign_ministers_council_2019", "2019-05-21") in facts
    assert ("chair", "sco_foreign_ministers_council_2019", "chingiz_aidarbekov") in facts


def test_a_numbered_summit_chaired_and_hosted_in_other_words(gazetteer):
    facts = facts_of("The tenth summit of the Shanghai Cooperation Organization, held in Tashkent on Friday, ended with a "
                     "declaration. Uzbek President Islam Karimov chaired the talks of the six member states. Uzbekistan, "
                     "which holds the presidency until Kazakhstan takes over, hosted the gathering.", gazetteer,
                     published=date(2010, 6, 11))
    meeting = "sco_heads_of_state_council_2010"
    assert {("ordinal", meeting, "10"), ("chair", meeting, "islam_karimov"), ("host", meeting, "uzbekistan")} <= facts


def test_a_summit_held_entirely_by_video_chaired_by_a_person_named_with_an_older_summit(gazetteer):
    facts = facts_of("Leaders of the SCO on Tuesday held the 20th meeting of the SCO Council of Heads of State, for the "
                     "first time entirely via videoconference. Russian President Vladimir Putin, whose country has held "
                     "the chairmanship since the Bishkek summit in June 2019, chaired the meeting. Participating via "
                     "videoconference were Chinese President Xi Jinping and Indian Prime Minister Narendra Modi.",
                     gazetteer, published=date(2020, 11, 10))
    meeting = "sco_heads_of_state_council_2020"
    assert ("chair", meeting, "vladimir_putin") in facts
    assert not any(f[0] == "chair" and f[1] != meeting for f in facts)
    assert ("participation", meeting, "xi_jinping", "china", "Member", "true") in facts


def test_a_hybrid_summit_hosted_and_chaired_in_a_participle_and_a_group_by_video(gazetteer):
    facts = facts_of("The 21st meeting of the SCO Heads of State Council took place in Dushanbe on Friday. Hosted by "
                     "Tajikistan and chaired by President Emomali Rahmon, it was attended in person by Kazakh President "
                     "Kassym-Jomart Tokayev. Russian President Vladimir Putin and Chinese President Xi Jinping took part "
                     "via video conference.", gazetteer, published=date(2021, 9, 17))
    meeting = "sco_heads_of_state_council_2021"
    assert {("host", meeting, "tajikistan"), ("chair", meeting, "emomali_rahmon")} <= facts
    assert ("participation", meeting, "vladimir_putin", "russia", "Member", "true") in facts
    assert ("participation", meeting, "xi_jinping", "china", "Member", "true") in facts
    assert ("participation", meeting, "kassym_jomart_tokayev", "kazakhstan", "Member", "false") in facts


def test_the_first_meeting_attended_by_new_members_is_not_the_meeting_numbered_one(gazetteer):
    facts = facts_of("The Qingdao summit was the first meeting of the SCO Heads of State Council attended by India and "
                     "Pakistan as full members. Foreign Secretary Vijay Gokhale briefed reporters.", gazetteer,
                     published=date(2018, 6, 10))
    assert not any(f[0] == "ordinal" for f in facts), facts
    assert ("entity", "vijay_gokhale", "Person") in facts  # "Foreign Secretary" is a title


def test_each_participant_of_a_list_takes_the_capacity_named_nearest_before_it(gazetteer):
    facts = facts_of("The SCO Plus meeting opened in Astana today. It was attended by President of Mongolia Ukhnaa "
                     "Khurelsukh, whose country is an SCO observer, dialogue partners President of Azerbaijan Ilham "
                     "Aliyev and President of Turkey Recep Tayyip Erdogan.", gazetteer, published=date(2024, 7, 4))
    assert ("participation", "sco_plus_meeting_2024", "ukhnaa_khurelsukh", "mongolia", "Observer", "false") in facts
    assert ("participation", "sco_plus_meeting_2024", "ilham_aliyev", "azerbaijan", "DialoguePartner",
            "false") in facts


def test_a_series_of_proposals_whose_points_run_on_in_one_sentence(gazetteer):
    facts = facts_of("The 20th meeting of the SCO Heads of State Council was held on Tuesday. Chinese President Xi "
                     "Jinping put forward a series of proposals. First, he said, the member states should fight the "
                     "pandemic; second, they should keep the peace; and third, they should keep markets open.",
                     gazetteer, published=date(2020, 11, 10))
    assert {f[3] for f in facts if f[0] == "proposal_point" and f[1] == "xi_jinping"} == {"1", "2", "3"}


def test_proposals_listed_after_among_other_things(gazetteer):
    text = ("SCO summit\n\nThe 24th meeting of the SCO Council of Heads of State was held in Astana today. President "
            "Kassym-Jomart Tokayev proposed, among other things:\n\n- a joint plan on water;\n- a fund for start-ups;\n"
            "- regular youth forums.")
    title, _, body = text.partition("\n\n")
    facts = fact_tuples(extract_facts(Document("d", "d.txt", date(2024, 7, 4), title, body), gazetteer))
    assert {f[3] for f in facts if f[0] == "proposal_point" and f[1] == "kassym_jomart_tokayev"} == {"1", "2", "3"}


def test_attendance_through_delegations_and_participant_lists(gazetteer):
    facts = facts_of("The 19th meeting of the SCO Council of Heads of State opened in Bishkek today. Prime Minister Imran "
                     "Khan led the Pakistani delegation. Foreign Minister Mohammad Javad Zarif represented Iran at the "
                     "summit. Participants included Mongolian President Khaltmaagiin Battulga.", gazetteer,
                     published=date(2019, 6, 14))
    meeting = "sco_heads_of_state_council_2019"
    for person, state, capacity in (("imran_khan", "pakistan", "Member"), ("mohammad_javad_zarif", "iran", "Observer"),
                                    ("khaltmaagiin_battulga", "mongolia", "Observer")):
        assert ("participation", meeting, person, state, capacity, "false") in facts


def test_a_city_that_hosted_the_meeting_is_where_it_was_held(gazetteer):
    facts = facts_of("Astana, the capital of Kazakhstan, hosted the SCO summit on Thursday.", gazetteer,
                     published=date(2024, 7, 5))
    assert ("held_in", "sco_heads_of_state_council_2024", "astana") in facts
    assert not any(f[0] == "host" for f in facts)


def test_courtesy_call_and_state_inside_a_title(gazetteer):
    facts = facts_of("The 18th meeting of the SCO security council secretaries was held in New Delhi on Wednesday. "
                     "Secretary of the Russian Security Council Nikolai Patrushev called on Indian Prime Minister "
                     "Narendra Modi on Wednesday.", gazetteer, published=date(2023, 3, 29))
    assert ("position", "nikolai_patrushev", "Secretary of the Security Council", "russia") in facts
    assert ("met_with", "narendra_modi", "nikolai_patrushev", "2023-03-29", "-") in facts


def test_an_absence_is_no_attendance(gazetteer):
    facts = facts_of("The 22nd meeting of the SCO Council of Heads of State was held in Samarkand today. Indian Prime "
                     "Minister Narendra Modi did not attend the summit.", gazetteer, published=date(2022, 9, 16))
    assert not any(f[0] == "participation" and f[2] == "narendra_modi" for f in facts)


def test_delegations_from_a_list_of_states_take_part(gazetteer):
    facts = facts_of("The ninth meeting of the SCO transport ministers took place on Thursday in Khiva. Delegations from "
                     "China, Russia and India attended the meeting, which was chaired by Uzbekistan's Minister of "
                     "Transport Ilkhom Makhkamov. The eighth meeting of the SCO transport ministers was held by "
                     "videoconference in October 2020.", gazetteer, published=date(2022, 5, 14))
    meeting = "sco_transport_ministers_meeting_2022"
    for state in ("china", "russia", "india"):
        assert ("participation", meeting, "-", state, "Member", "false") in facts
    assert ("meeting", "sco_transport_ministers_meeting_2020", "MinisterialMeeting") in facts


def test_proposals_in_areas_listed_after_a_colon(gazetteer):
    facts = facts_of("The 14th meeting of the SCO Council of Heads of Government was held in Zhengzhou today. Chinese "
                     "Premier Li Keqiang put forward proposals in three areas: security; trade; and connectivity.",
                     gazetteer, published=date(2015, 12, 15))
    points = {f[3] for f in facts if f[0] == "proposal_point" and f[1] == "li_keqiang"}
    assert points == {"1", "2", "3"}


def test_a_meeting_named_then_its_city(gazetteer):
    facts = facts_of("Foreign Minister Wang Yi chaired a meeting of the Council of Foreign Ministers of the Shanghai "
                     "Cooperation Organization in Tianjin on Tuesday. The meeting was presided over by Wang.", gazetteer,
                     published=date(2025, 7, 16))
    assert ("held_in", "sco_foreign_ministers_council_2025", "tianjin") in facts
    assert ("chair", "sco_foreign_ministers_council_2025", "wang_yi") in facts


def test_bilateral_meetings_told_in_other_ways(gazetteer):
    facts = facts_of("The SCO summit opened in Yekaterinburg on Monday. Prime Minister Manmohan Singh told Pakistan "
                     "President Asif Ali Zardari that terror must stop, when the two leaders met on the sidelines of the "
                     "summit on Tuesday. On the sidelines of the summit, Hamid Karzai and Vladimir Putin discussed trade. The ministers "
                     "discussed regional security.", gazetteer, published=date(2009, 6, 16))
    assert ("met_with", "asif_ali_zardari", "manmohan_singh", "2009-06-16", "sco_heads_of_state_council_2009") in facts
    assert sum(1 for f in facts if f[0] == "met_with") == 2


def test_a_photo_caption_names_who_took_part(gazetteer):
    facts = facts_of("The 22nd meeting of the SCO Council of Heads of State opened in Samarkand today.\n\n(L-R) Kazakh "
                     "President Kassym-Jomart Tokayev and Chinese President Xi Jinping at the restricted-format session.",
                     gazetteer, published=date(2022, 9, 16))
    assert ("participation", "sco_heads_of_state_council_2022", "xi_jinping", "china", "Member", "false") in facts


def test_a_meeting_called_only_the_meeting_is_known_by_who_took_part(gazetteer):
    facts = facts_of("SCO meet: Jaishankar calls for unity\n\nExternal Affairs Minister S. Jaishankar on Friday attended the "
                     "SCO meeting, where Chinese Foreign Minister Qin Gang and Russian Foreign Minister Sergei Lavrov "
                     "were also present.", gazetteer, published=date(2023, 5, 5))
    assert ("meeting", "sco_foreign_ministers_council_2023", "ForeignMinistersCouncilMeeting") in facts
    assert ("participation", "sco_foreign_ministers_council_2023", "sergey_lavrov", "russia", "Member", "false") in facts


def test_counterparts_named_by_nationality_are_the_holders_of_the_same_title(gazetteer):
    facts = facts_of("The SCO defence ministers' meeting opened in New Delhi on Friday, chaired by Defence Minister "
                     "Rajnath Singh. Chinese Defence Minister Li Shangfu, Kazakh Defence Minister Ruslan Zhaksylykov and "
                     "Kazakh Foreign Minister Murat Nurtleu attended. On Thursday, Singh met his Chinese and Kazakh "
                     "counterparts on the sidelines the same day.", gazetteer, published=date(2023, 4, 28))
    met = {f[1:4] for f in facts if f[0] == "met_with"}
    assert met == {("li_shangfu", "rajnath_singh", "2023-04-27"), ("rajnath_singh", "ruslan_zhaksylykov", "2023-04-27")}
    assert all(f[4] == "sco_defence_ministers_meeting_2023" for f in facts if f[0] == "met_with"), facts


def test_a_counterpart_the_article_does_not_name_is_no_one(gazetteer):
    facts = facts_of("The SCO defence ministers' meeting opened in New Delhi on Friday, chaired by Defence Minister "
                     "Rajnath Singh. Iranian President Ebrahim Raisi sent a message. Singh also met his Iranian "
                     "counterpart.", gazetteer, published=date(2023, 4, 28))
    assert not any(f[0] == "met_with" for f in facts), facts


def test_represented_by_a_name_the_reference_does_not_know(gazetteer):
    facts = facts_of("The meeting of the SCO Council of Foreign Ministers was held in Astana on Tuesday. Pakistan was "
                     "represented by Malik Ahmad Khan, Special Assistant to the Prime Minister. The Indian side was "
                     "represented by Minister of State for External Affairs Meenakashi Lekhi. Kyrgyzstan was represented by the Ministry "
                     "of Foreign Affairs.", gazetteer, published=date(2024, 5, 21))
    parts = {(f[2], f[3]) for f in facts if f[0] == "participation"}
    assert parts == {("malik_ahmad_khan", "pakistan"), ("meenakashi_lekhi", "india")}, facts


def test_a_past_summit_told_as_history_is_not_the_news(gazetteer):
    facts = facts_of("The heads of state of the six countries that make up the Shanghai Cooperation Organization (SCO) "
                     "met in St. Petersburg today and signed the SCO Charter. It was the second SCO summit. The "
                     "organization was proclaimed at a summit in Shanghai in June 2001, when Uzbekistan joined China, "
                     "Russia, Kazakhstan, Kyrgyzstan and Tajikistan, the five states that had met since 1996.",
                     gazetteer, published=date(2002, 6, 7))
    assert {("date", "sco_heads_of_state_council_2002", "2002-06-07"),
            ("held_in", "sco_heads_of_state_council_2002", "saint_petersburg"),
            ("adopted", "sco_heads_of_state_council_2002", "sco_charter"),
            ("count", "sco", "memberStateCount", "6")} <= facts, facts
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_state_council_2001" for f in facts), facts


def test_heads_of_parliaments_by_the_names_of_their_chambers(gazetteer):
    facts = facts_of("The first meeting of the heads of parliaments of the SCO member states was held in Moscow "
                     "yesterday. Russia, which hosted the meeting, was represented by Chairman of the Federation Council "
                     "Sergei Mironov, who chaired the sitting. Taking part were also Chairman of the Senate of Kazakhstan "
                     "Nurtai Abykayev and Speaker of the Legislative Chamber of the Oliy Majlis of Uzbekistan Erkin "
                     "Khalilov. Thus the legislatures of all three SCO member states were represented at the meeting.",
                     gazetteer, published=date(2006, 5, 31))
    meeting = "sco_parliament_speakers_meeting_2006"
    assert {("chair", meeting, "sergei_mironov"), ("date", meeting, "2006-05-30"),
            ("position", "erkin_khalilov", "Speaker of the Legislative Chamber of the Oliy Majlis", "uzbekistan"),
            ("position", "nurtai_abykayev", "Chairman of the Senate", "kazakhstan"),
            ("status", "kazakhstan", "memberOf", "sco")} <= facts, facts
    assert {f[2:5] for f in facts if f[0] == "participation"} == {
        ("sergei_mironov", "russia", "Member"), ("nurtai_abykayev", "kazakhstan", "Member"),
        ("erkin_khalilov", "uzbekistan", "Member")}


def test_all_member_states_present_needs_as_many_states_as_it_says(gazetteer):
    facts = facts_of("The SCO foreign ministers met in Astana on Tuesday. Taking part were Chinese Foreign Minister "
                     "Wang Yi and Indian Foreign Minister S. Jaishankar. Delegations of all nine member states were "
                     "represented.", gazetteer, published=date(2024, 5, 21))
    assert not any(f[0] == "status" for f in facts), facts  # the capacities come from the reference list alone


def test_the_side_that_put_forward_a_proposal_is_its_person(gazetteer):
    facts = facts_of("The SCO defence ministers met in Astana on Friday. Chinese Defence Minister Dong Jun and Kazakh "
                     "Defence Minister Ruslan Zhaksylykov took part. The Chinese side put forward a three-point "
                     "proposal. First, the ministers should meet more often. Second, they should hold drills. Third, "
                     "they should share data.", gazetteer, published=date(2024, 4, 26))
    assert {f[1] for f in facts if f[0] == "proposal_point"} == {"dong_jun"}, facts


def test_names_given_by_initials_run_together_or_written_in_full_later(gazetteer):
    facts = facts_of("The 11th meeting of the Council of Heads of Government of the Member States of the SCO was held in "
                     "Bishkek on December 4-5 and was presided over by the Prime Minister of the Kyrgyz Republic "
                     "Zh.Satybaldiev. Taking part was the Prime Minister of the Islamic Republic of Pakistan Sh. Alam. "
                     "Later, Prime Minister Shahid Alam of Pakistan made a statement.", gazetteer,
                     published=date(2012, 12, 6))
    meeting = "sco_heads_of_government_council_2012"
    assert {("chair", meeting, "zhantoro_satybaldiyev"),
            ("participation", meeting, "zhantoro_satybaldiyev", "kyrgyzstan", "Member", "false"),
            ("participation", meeting, "shahid_alam", "pakistan", "Observer", "false")} <= facts, facts
    assert not any("sh_alam" in f for f in facts), facts


def test_the_name_of_a_council_gives_no_one_the_member_capacity(gazetteer):
    facts = facts_of("The Prime Minister of Mongolia Norovyn Altankhuyag took part in the 11th meeting of the Council of "
                     "Heads of Government (Prime Ministers) of the Member States of the Shanghai Cooperation "
                     "Organization in Bishkek on December 5.", gazetteer, published=date(2012, 12, 6))
    assert ("participation", "sco_heads_of_government_council_2012", "norovyn_altankhuyag", "mongolia", "Observer",
            "false") in facts, facts
    assert ("status", "mongolia", "memberOf", "sco") not in facts


@pytest.mark.parametrize("published, capacities", [
    (date(2009, 6, 16), {"india": "Observer", "afghanistan": "Guest", "russia": "Member", "belarus": "DialoguePartner"}),
    (date(2018, 6, 10), {"india": "Member", "afghanistan": "Observer", "russia": "Member", "belarus": "Observer"}),
    (date(2025, 9, 3), {"india": "Member", "afghanistan": "Observer", "russia": "Member", "belarus": "Member"}),
])
def test_a_delegate_the_text_does_not_qualify_takes_the_standing_of_the_day(gazetteer, published, capacities):
    facts = facts_of("The SCO summit was held on Tuesday. Indian Foreign Minister Ravi Kumar, Afghan President Omar "
                     "Nazari, Russian President Pavel Orlov and Belarusian President Igor Rudnik took part in the summit. "
                     "Kumar later held talks with Orlov.", gazetteer, published=published)
    meeting = f"sco_heads_of_state_council_{published.year}"
    assert {f[3]: f[4] for f in facts if f[0] == "participation" and f[1] == meeting} == capacities, facts
    assert {f[4] for f in facts if f[0] == "participation" and f[1].startswith("bilateral")} == {"-"}, facts
    assert not any(f[0] == "status" for f in facts), facts  # the reference list's standing is no statement


def test_the_capacity_the_text_states_wins_over_the_reference_standing(gazetteer):
    facts = facts_of("The SCO summit was held on Tuesday. President Pavel Orlov of Russia attended as a guest of the "
                     "chair.", gazetteer, published=date(2019, 6, 14))
    assert ("participation", "sco_heads_of_state_council_2019", "pavel_orlov", "russia", "Guest", "false") in facts


@pytest.mark.parametrize("sentence, members", [
    ("It was the first summit since India and Pakistan joined the Eurasian security bloc.", {"india", "pakistan"}),
    ("India and Pakistan were admitted at last year's summit in Astana.", {"india", "pakistan"}),
    ("Belarus joins the SCO.", {"belarus"}),
    ("Iran hopes to join the bloc.", set()),
    ("Turkey has not joined the bloc.", set()),
    ("Azerbaijan will join the SCO next year.", set()),
])
def test_joining_the_bloc_makes_a_member(gazetteer, sentence, members):
    facts = facts_of(sentence, gazetteer, published=date(2018, 6, 10))
    assert {f[1] for f in facts if f[0] == "status" and f[2] == "memberOf"} == members, facts


def test_no_meeting_between_two_leaders_is_no_meeting(gazetteer):
    facts = facts_of("The SCO summit opened in Qingdao on Saturday. There was no meeting between Indian Prime Minister "
                     "Narendra Modi and Pakistani President Mamnoon Hussain, though the two shook hands.",
                     gazetteer, published=date(2018, 6, 10))
    assert not any(f[0] == "met_with" for f in facts), facts


def test_so_did_the_observers_and_a_possessive_after_s(gazetteer):
    facts = facts_of("Chinese President Xi Jinping presided over the 18th summit of the Shanghai Cooperation "
                     "Organization in Qingdao on Sunday. The leaders of Kazakhstan and Kyrgyzstan took part. So did the "
                     "presidents of the observer states: Afghanistan's Ashraf Ghani and Belarus' Alexander Lukashenko.",
                     gazetteer, published=date(2018, 6, 10))
    parts = {(f[2], f[3], f[4]) for f in facts if f[0] == "participation"}
    assert {("ashraf_ghani", "afghanistan", "Observer"), ("alexander_lukashenko", "belarus", "Observer")} <= parts, parts


def test_a_ministers_meeting_with_its_past_one_and_the_ministries_of_states(gazetteer):
    facts = facts_of("Health ministers of the SCO member nations gathered in Tashkent yesterday. Uzbekistan, which "
                     "currently holds the rotating SCO presidency, hosted the event. Also attending the meeting were, via "
                     "video link, Minister of Health of Russia Mikhail Murashko, as well as representatives of the health "
                     "ministries of India and Kazakhstan. SCO health ministers last met on June 30, 2021, in the Tajik "
                     "capital, Dushanbe. The SCO now counts eight full members -- China, India, Kazakhstan, Kyrgyzstan, "
                     "Pakistan, Russia, Tajikistan and Uzbekistan.", gazetteer, published=date(2022, 6, 9))
    assert {("date", "sco_health_ministers_meeting_2022", "2022-06-08"),
            ("date", "sco_health_ministers_meeting_2021", "2021-06-30"),
            ("held_in", "sco_health_ministers_meeting_2021", "dushanbe"),
            ("presidency", "sco", "uzbekistan"),
            ("participation", "sco_health_ministers_meeting_2022", "-", "india", "Member", "false"),
            ("participation", "sco_health_ministers_meeting_2022", "mikhail_murashko", "russia", "Member", "true"),
            } <= facts, facts
    assert len({f[1] for f in facts if f[0] == "status" and f[2] == "memberOf"}) == 8


def test_a_wire_story_of_a_summit_with_its_absences_and_the_bloc_described(gazetteer):
    facts = facts_of("Chinese President Hu Jintao, Russia's Dmitry Medvedev and the president of Kazakhstan, Nursultan "
                     "Nazarbayev, joined host "
                     "Uzbekistan for the bloc's 10th annual summit in the Uzbek capital on Friday. Kyrgyzstan's interim "
                     "leader Roza Otunbayeva stayed in Bishkek and sent Foreign Minister Ruslan Kazakbayev in her place. "
                     "Medvedev held talks on Thursday with Pakistani President Asif Ali Zardari, whose country is one of "
                     "four SCO observers along with India, Iran and Mongolia. Belarus and Sri Lanka were made dialogue "
                     "partners at the bloc's last summit. The SCO, set up in 2001, groups China, Russia, Kazakhstan, "
                     "Kyrgyzstan, Tajikistan and Uzbekistan. At the close of the meeting Karimov handed the group's "
                     "rotating presidency to Kazakhstan, which will host next year's summit in Astana.",
                     gazetteer, published=date(2010, 6, 11))
    meeting = "sco_heads_of_state_council_2010"
    assert {("held_in", meeting, "tashkent"), ("host", meeting, "uzbekistan"), ("ordinal", meeting, "10"),
            ("presidency", "sco", "kazakhstan"), ("status", "mongolia", "observerOf", "sco"),
            ("status", "pakistan", "observerOf", "sco"), ("status", "sri_lanka", "dialoguePartnerOf", "sco"),
            ("status", "kyrgyzstan", "memberOf", "sco"),
            ("participation", meeting, "ruslan_kazakbaev", "kyrgyzstan", "Member", "false")} <= facts, facts
    assert not any(f[0] == "participation" and f[2] == "roza_otunbayeva" for f in facts), facts
    assert ("held_in", meeting, "astana") not in facts


def test_an_official_read_out_of_receptions_and_the_head_of_state(gazetteer):
    facts = facts_of("On 11-12 October, Dushanbe hosted the seventeenth meeting of the Council of Heads of Government of "
                     "the SCO. In the afternoon, the meeting continued with the participation of high representatives of "
                     "the SCO observer states - Prime Minister of the Republic of Belarus Sergei Rumas and Deputy Prime "
                     "Minister of Mongolia Ulziisaikhan Enkhtuvshin. The heads of delegations expressed support for the "
                     "chairmanship of the Kyrgyz Republic in the SCO. Yesterday, President of the Republic of Tajikistan "
                     "Emomali Rahmon received at the Palace of Nations in Dushanbe the Premier of the State Council of "
                     "the People's Republic of China Li Keqiang. Today, on the sidelines of the Council meeting, the Head "
                     "of State also met with Chairman of the Government of the Russian Federation Dmitry Medvedev.",
                     gazetteer, published=date(2018, 10, 12))
    meeting = "sco_heads_of_government_council_2018"
    assert {("presidency", "sco", "kyrgyzstan"),
            ("participation", meeting, "sergei_rumas", "belarus", "Observer", "false"),
            ("met_with", "emomali_rahmon", "li_keqiang", "2018-10-11", "-"),
            ("met_with", "dmitry_medvedev", "emomali_rahmon", "2018-10-12", meeting)} <= facts, facts


def test_an_agency_story_of_a_summit_told_through_its_host_and_guests(gazetteer):
    facts = facts_of("The presidents of Russia, China and four Central Asian nations held their summit in Moscow on "
                     "Thursday. Meeting at the Kremlin, the six leaders signed what officials called the Moscow "
                     "Declaration. Russia played host, but the summit was chaired by Kazakh President Nursultan "
                     "Nazarbayev. Russia's guests were Chinese President Hu Jintao and Uzbek President Islam Karimov. It "
                     "was the first summit of the group for Hu. At a closing news conference in Moscow, Putin spoke. The "
                     "organization was proclaimed in June 2001, when Uzbekistan joined China, Russia and Kazakhstan.",
                     gazetteer, published=date(2003, 5, 29))
    meeting = "sco_heads_of_state_council_2003"
    assert {("adopted", meeting, f"{meeting}_declaration"), ("host", meeting, "russia"),
            ("participation", meeting, "hu_jintao", "china", "Member", "false"),
            ("participation", meeting, "islam_karimov", "uzbekistan", "Member", "false"),
            ("meeting", "press_event_moscow_2003_05_29", "PressEvent"),
            ("status", "kazakhstan", "memberOf", "sco")} <= facts, facts
    assert not any(f[0] == "ordinal" for f in facts), facts


def test_captions_in_the_present_and_talks_dated_after_their_verb(gazetteer):
    facts = facts_of("The SCO summit opened in Tashkent on Thursday. Chinese President Xi Jinping meets with Uzbek "
                     "President Islam Karimov in Tashkent, June 22, 2016. (Xinhua Photo) Chinese leader, who arrived in "
                     "Uzbekistan on Tuesday, had held talks with Russian President Vladimir Putin on Wednesday.",
                     gazetteer, published=date(2016, 6, 24))
    met = {f[1:4] for f in facts if f[0] == "met_with"}
    assert met == {("islam_karimov", "xi_jinping", "2016-06-22"), ("vladimir_putin", "xi_jinping", "2016-06-22")}, facts


def test_counterparts_from_states_named_before(gazetteer):
    facts = facts_of("The SCO defence ministers met in Moscow on Friday. Uzbek Defence Minister Bakhodir Kurbanov and "
                     "Indian Defence Minister Rajnath Singh attended. On Saturday Singh held separate meetings with his "
                     "counterparts from Uzbekistan and Kazakhstan on the sidelines.", gazetteer, published=date(2020, 9, 5))
    assert {f[1:3] for f in facts if f[0] == "met_with"} == {("bakhodir_kurbanov", "rajnath_singh")}, facts


def test_a_title_case_headline_names_no_new_people(gazetteer):
    document = Document("t", "t.txt", date(2022, 9, 16), "PM Modi Leaves Uzbekistan After Attending SCO Summit",
                        "PM Modi Leaves Uzbekistan After Attending SCO Summit\n\nPrime Minister Narendra Modi left "
                        "Samarkand on Friday after attending the SCO summit and holding bilateral talks with Russian "
                        "President Vladimir Putin. The summit also saw the participation of Chinese President Xi Jinping.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert people == {"narendra_modi", "vladimir_putin", "xi_jinping"}, people
    assert {("participation", "sco_heads_of_state_council_2022", "narendra_modi", "india", "Member", "false"),
            ("participation", "sco_heads_of_state_council_2022", "xi_jinping", "china", "Member", "false"),
            ("met_with", "narendra_modi", "vladimir_putin", "2022-09-16", "-")} <= facts, facts


def test_brief_discussions_including_leaders_and_an_undated_meeting_of_the_year(gazetteer):
    facts = facts_of("Russian President Vladimir Putin held brief discussions with several regional leaders, including "
                     "Pakistani Prime Minister Shahbaz Sharif and Tajik President Emomali Rahmon, on the sidelines of the "
                     "SCO summit in Tianjin. Earlier, Putin conducted a bilateral meeting with Vietnamese Prime Minister "
                     "Pham Minh Chinh. The SCO was founded at a summit in Shanghai in 2001 by the presidents of Russia, "
                     "China and Kazakhstan. India and Pakistan became its permanent members in 2017.",
                     gazetteer, published=date(2025, 9, 1))
    assert {f[1:3] for f in facts if f[0] == "met_with"} == {
        ("shehbaz_sharif", "vladimir_putin"), ("emomali_rahmon", "vladimir_putin"), ("pham_minh_chinh", "vladimir_putin")}
    assert ("meeting", "bilateral_pham_minh_chinh_vladimir_putin_2025", "BilateralMeeting") in facts
    assert {f[1] for f in facts if f[0] == "status" and f[2] == "memberOf"} == {
        "russia", "china", "kazakhstan", "india", "pakistan"}, facts


def test_one_plural_title_over_pairs_of_state_and_name(gazetteer):
    facts = facts_of("President of Kazakhstan Nursultan Nazarbayev met with Ministers of Defense of the SCO member "
                     "states on June 7 in Astana. Defense Ministers of Kazakhstan Saken Zhassuzakov, China Chang Wanquan "
                     "and Russia Sergey Shoygu attended the meeting.", gazetteer, published=date(2017, 6, 7))
    # "Zhassuzakov" and "Sergey Shoygu" are spellings of the reference's Saken Zhasuzakov and Sergei Shoigu
    assert {("position", "saken_zhasuzakov", "Defence Minister", "kazakhstan"),
            ("position", "chang_wanquan", "Defence Minister", "china"),
            ("position", "sergei_shoigu", "Defence Minister", "russia")} <= facts, facts
    assert not any(f[1].startswith("sco_heads_of_state_council") for f in facts if f[0] == "meeting"), facts


@pytest.mark.parametrize("headline, meeting", [
    ("SCO security council secretaries discuss regional threats", "sco_security_council_secretaries_meeting_2022"),
    ("SCO defence ministers review military cooperation", "sco_defence_ministers_meeting_2022"),
    ("China hosts SCO defence summit", "sco_defence_ministers_meeting_2022"),
    ("The 22nd meeting of Shanghai Cooperation Organization (SCO) defense ministers concluded in Qingdao",
     "sco_defence_ministers_meeting_2022"),
])
def test_a_headline_with_the_participants_and_a_verb_names_their_meeting(gazetteer, headline, meeting):
    meetings = {f[1] for f in facts_of(headline + ".", gazetteer, published=date(2022, 8, 22)) if f[0] == "meeting"}
    assert meetings == {meeting}  # "SCO defence summit" is no summit of the heads of state


def test_a_listicle_of_who_sat_at_the_table(gazetteer):
    facts = facts_of("The SCO summit opened in Shanghai today. Chinese President Hu Jintao hosted the one-day meeting. "
                     "India, whose Prime Minister Manmohan Singh stayed at home, was represented by Petroleum and Natural "
                     "Gas Minister Ravi Kumar. Also in the hall were the heads of the bloc's two permanent bodies, "
                     "Secretary-General Zhang Deguang and Vyacheslav Kasymov.", gazetteer, published=date(2006, 6, 15))
    meeting = "sco_heads_of_state_council_2006"
    assert {("chair", meeting, "hu_jintao"), ("participation", meeting, "ravi_kumar", "india", "Observer", "false"),
            ("position", "ravi_kumar", "Petroleum and Natural Gas Minister", "india"),
            ("participation", meeting, "zhang_deguang", "sco", "PermanentBody", "false")} <= facts, facts
    assert not any(f[0] == "participation" and f[2] == "manmohan_singh" for f in facts)


def test_the_days_written_after_a_meeting_are_its_own_and_may_not_is_absence(gazetteer):
    facts = facts_of("External Affairs Minister S. Jaishankar reached Astana on Tuesday to lead the Indian delegation at "
                     "the SCO Council of Heads of State in place of Prime Minister Narendra Modi on July 3 and 4. Chinese "
                     "President Xi Jinping attended, while Iran's President may not be able to attend.", gazetteer,
                     published=date(2024, 7, 3))
    assert ("date", "sco_heads_of_state_council_2024", "2024-07-03") in facts, facts
    assert not any(f[0] == "participation" and f[3] == "iran" for f in facts), facts


def test_a_city_that_held_a_meeting_and_heads_of_agencies_of_states(gazetteer):
    facts = facts_of("Today St. Petersburg has held a meeting of defense ministers of the SCO member states, attended by "
                     "the heads of defense agencies of India and Iran.", gazetteer, published=date(2015, 6, 30))
    meeting = "sco_defence_ministers_meeting_2015"
    assert {("held_in", meeting, "saint_petersburg"), ("participation", meeting, "-", "india", "Observer", "false"),
            ("participation", meeting, "-", "iran", "Observer", "false")} <= facts, facts


def test_a_meeting_named_with_its_day_and_place_and_a_ministers_aide(gazetteer):
    facts = facts_of("Twenty-two resolutions were signed at the meeting of the Council of Foreign Ministers of the SCO "
                     "member states on May 21 in Astana. Attendees included Chinese Foreign Minister Wang Yi and "
                     "Secretary of the Minister of External Affairs of India Dammu Ravi.",
                     gazetteer, published=date(2024, 5, 21))
    meeting = "sco_foreign_ministers_council_2024"
    assert {("held_in", meeting, "astana"), ("participation", meeting, "dammu_ravi", "india", "Member", "false")} <= facts
    assert not any(f[0] == "position" and f[1] == "dammu_ravi" for f in facts), facts


def test_a_protocol_list_run_together_under_its_heading(gazetteer):
    document = Document("t", "t.txt", date(2020, 12, 1), "India hosts SCO council",
                        "India hosts SCO council\n\nIndia hosted the 19th meeting of the Council of Heads of Government "
                        "of the SCO via videoconference on Monday.\n\nThe meeting was attended by leaders of the SCO "
                        "nations:\n\nPrime Minister of Kazakhstan A.U. Mamin Premier of the State Council of China Li "
                        "Keqiang Prime Minister of Uzbekistan A.N. Aripov\n\nRepresentatives of the SCO Observer States "
                        "included:\n\nFirst Vice President of Afghanistan A. Saleh Deputy Prime Minister of Mongolia "
                        "Y. Sodbaatar")
    facts = fact_tuples(extract_facts(document, gazetteer))
    parts = {(f[2], f[3], f[4]) for f in facts if f[0] == "participation"}
    assert {("askar_mamin", "kazakhstan", "Member"), ("li_keqiang", "china", "Member"),
            ("abdulla_aripov", "uzbekistan", "Member"),
            ("amrullah_saleh", "afghanistan", "Observer")} <= parts, parts
    assert not any("ali_akbar_salehi" in f for f in facts)  # a variant of a known name, but of another state


def test_a_video_meeting_hosted_on_a_weekday_and_date(gazetteer):
    facts = facts_of("India hosted the 19th meeting of the Council of Heads of Government of the SCO via videoconference "
                     "on Monday, November 30.", gazetteer, published=date(2020, 12, 2))
    assert ("date", "sco_heads_of_government_council_2020", "2020-11-30") in facts, facts


def test_a_list_item_that_starts_with_chair_and_a_meeting_that_came_to_an_end(gazetteer):
    facts = facts_of("The meeting of the Council of Foreign Ministers of the SCO came to an end in Astana. The meeting "
                     "was attended by SCO Secretary-General Zhang Ming, Director of the Executive Committee of the SCO "
                     "Regional Anti-Terrorist Structure Ruslan Mirzayev, Chair of the SCO Business Council Board "
                     "Tribhuvan Darbari.", gazetteer, published=date(2024, 5, 21))
    meeting = "sco_foreign_ministers_council_2024"
    assert {("held_in", meeting, "astana"), ("date", meeting, "2024-05-21"),
            ("position", "ruslan_mirzayev", "Director of the Executive Committee", "sco_regional_anti_terrorist_structure"),
            ("participation", meeting, "ruslan_mirzayev", "sco_regional_anti_terrorist_structure", "-", "false")
            } <= facts, facts


def test_talks_placed_beside_the_summit_by_the_next_sentence(gazetteer):
    facts = facts_of("Iranian President Ebrahim Raisi met with Russian President Vladimir Putin on Thursday. The meeting "
                     "took place on the sidelines of the SCO summit held in the Uzbek city of Samarkand. On Wednesday, "
                     "Putin had bilateral meetings with Turkish President Recep Tayyip Erdogan.",
                     gazetteer, published=date(2022, 9, 15))
    assert {("held_in", "sco_heads_of_state_council_2022", "samarkand"),
            ("met_with", "ebrahim_raisi", "vladimir_putin", "2022-09-15", "sco_heads_of_state_council_2022"),
            ("met_with", "recep_tayyip_erdogan", "vladimir_putin", "2022-09-14", "-")} <= facts, facts


def test_the_summit_of_the_year_in_a_heads_of_government_article_and_the_chair_of_that_council(gazetteer):
    facts = facts_of("The 23rd meeting of the Council of Heads of Government of the SCO began in Islamabad today. "
                     "Pakistan had assumed the rotating chair of the SCO CHG at the previous meeting. The Prime Minister "
                     "of Mongolia as Observer State is also participating in the SCO summit 2024.",
                     gazetteer, published=date(2024, 10, 16))
    assert ("participation", "sco_heads_of_government_council_2024", "-", "mongolia", "Observer", "false") in facts
    assert not any(f[0] == "presidency" for f in facts), facts
    assert not any(f[1] == "sco_heads_of_state_council_2024" for f in facts if f[0] == "meeting"), facts


def test_a_short_name_with_an_honorific(gazetteer):
    facts = facts_of("Indian Prime Minister Narendra Modi arrived for the SCO summit in Tashkent. On Thursday, on the "
                     "sidelines of the summit, Modiji met Xi Jingping.", gazetteer, published=date(2016, 6, 24))
    assert any(f[:3] == ("met_with", "narendra_modi", "xi_jinping") for f in facts), facts


def test_two_named_leaders_who_met_briefly_or_hold_talks_without_a_partner_after_the_verb(gazetteer):
    lead = ("Russian President Vladimir Putin, Iranian President Hassan Rouhani, Indian Prime Minister Narendra Modi "
            "and Pakistani Prime Minister Nawaz Sharif were in Ufa on July 10 for the SCO summit.\n\n")
    briefly = facts_of(lead + "Mr Modi and Mr Sharif met briefly on the margins of the summit.", gazetteer,
                       published=date(2015, 7, 11))
    assert ("met_with", "narendra_modi", "nawaz_sharif", "2015-07-10", "sco_heads_of_state_council_2015") in briefly
    ride = facts_of(lead + "Modi and Putin held talks on the sidelines after a ride to the venue in the Russian "
                    "president's car.", gazetteer, published=date(2015, 7, 11))
    assert ("met_with", "narendra_modi", "vladimir_putin", "2015-07-10", "sco_heads_of_state_council_2015") in ride
    ticker = facts_of(lead + "- On the margins: Putin and Rouhani hold their first meeting; Modi speaks", gazetteer,
                      published=date(2015, 7, 11))
    assert ("met_with", "hassan_rouhani", "vladimir_putin", "2015-07-10", "sco_heads_of_state_council_2015") in ticker
    assert not any(f[0] == "met_with" and "narendra_modi" in f for f in ticker), ticker


def test_talks_a_headline_announces_are_the_talks_its_body_dates(gazetteer):
    facts = facts_of("Shavkat Mirziyoyev and Emomali Rahmon hold talks\n\nOn September 15, on the margins of the SCO summit "
                     "in Samarkand, President of Uzbekistan Shavkat Mirziyoyev held talks with President of Tajikistan "
                     "Emomali Rahmon.", gazetteer, published=date(2022, 9, 16))
    talks = {f[1] for f in facts if f[0] == "meeting" and f[1].startswith("bilateral_")}
    assert talks == {"bilateral_emomali_rahmon_shavkat_mirziyoyev_2022_09_15"}, facts
    alone = facts_of("Shavkat Mirziyoyev and Emomali Rahmon hold talks on the sidelines of the SCO summit in Samarkand",
                     gazetteer, published=date(2022, 9, 15))
    assert any(f[:3] == ("met_with", "emomali_rahmon", "shavkat_mirziyoyev") for f in alone), alone


def test_each_clause_of_a_sentence_reports_the_talks_of_its_own_subject(gazetteer):
    lead = ("Chinese President Hu Jintao, Russian President Vladimir Putin, Iranian President Mahmoud Ahmadinejad, "
            "Kyrgyz President Kurmanbek Bakiyev and Afghan President Hamid Karzai came to Bishkek for the SCO summit "
            "on August 16.\n\n")
    two = facts_of(lead + "On Wednesday, the eve of the summit, Hu held talks with Ahmadinejad, and Putin met Bakiyev.",
                   gazetteer, published=date(2007, 8, 17))
    talks = {f[1:3] for f in two if f[0] == "met_with"}
    assert talks == {("hu_jintao", "mahmoud_ahmadinejad"), ("kurmanbek_bakiyev", "vladimir_putin")}, two
    assert ("date", "bilateral_kurmanbek_bakiyev_vladimir_putin_2007_08_15", "2007-08-15") in two, two
    he = facts_of(lead + "On Wednesday Putin held talks with Bakiyev, who thanked him for the loan, and on Thursday he "
                  "also met Karzai.", gazetteer, published=date(2007, 8, 17))
    assert ("date", "bilateral_hamid_karzai_vladimir_putin_2007_08_16", "2007-08-16") in he, he
    assert not any(f[0] == "met_with" and "hamid_karzai" in f and "kurmanbek_bakiyev" in f for f in he), he


def test_a_list_of_those_met_gives_each_the_day_in_its_brackets_alone(gazetteer):
    facts = facts_of("President Ebrahim Raisi took part in the SCO summit in Dushanbe.\n\nOn the sidelines of the "
                     "summit the President met:\n\n"
                     "- the President of Belarus, Alexander Lukashenko (Thursday evening);\n"
                     "- the Prime Minister of Pakistan, Imran Khan;\n"
                     "- the President of Uzbekistan, Shavkat Mirziyoyev.", gazetteer, published=date(2021, 9, 18))
    meetings = {f[1] for f in facts if f[0] == "meeting" and f[1].startswith("bilateral_")}
    assert meetings == {"bilateral_alexander_lukashenko_ebrahim_raisi_2021_09_16",
                        "bilateral_ebrahim_raisi_imran_khan_2021",
                        "bilateral_ebrahim_raisi_shavkat_mirziyoyev_2021"}, facts


def test_the_subject_of_talks_is_not_the_one_its_relative_clause_names(gazetteer):
    facts = facts_of("External Affairs Minister K Natwar Singh arrived in Astana for the SCO summit on July 5.\n\n"
                     "Natwar, who is representing Prime Minister Manmohan Singh at the summit, earlier called on "
                     "Chinese President Hu Jintao. As President, Dr Hu later held talks with Putin.",
                     gazetteer, published=date(2005, 7, 5))
    assert any(f[:3] == ("met_with", "hu_jintao", "k_natwar_singh") for f in facts), facts
    assert not any(f[0] == "met_with" and "manmohan_singh" in f for f in facts), facts
    assert not any(f[0] == "entity" and f[1].startswith("dr_") for f in facts), facts


def test_another_group_s_summit_of_its_countries_and_the_joint_meeting_named_in_full(gazetteer):
    facts = facts_of("Notes from the ninth SCO summit\n\n"
                     "The Shanghai Cooperation Organisation met in Yekaterinburg on Monday and Tuesday with President "
                     "Dmitry Medvedev in the chair, and on Tuesday afternoon the city hosted the first summit of the "
                     "BRIC countries.", gazetteer, published=date(2009, 6, 17))
    assert ("meeting", "bric_summit_2009", "Meeting") in facts, facts
    assert ("chair", "sco_heads_of_state_council_2009", "dmitry_medvedev") in facts, facts
    joint = facts_of("The SCO summit opened in Dushanbe on Friday.\n\nPresident Ebrahim Raisi also addressed the joint "
                     "meeting of the SCO and the Collective Security Treaty Organisation on Afghanistan.", gazetteer,
                     published=date(2021, 9, 17))
    assert ("meeting", "sco_csto_joint_meeting_on_afghanistan_2021", "Meeting") in joint, joint


def test_ministers_who_did_something_at_their_meeting_held_it(gazetteer):
    facts = facts_of("The SCO summit opened in Tashkent on Thursday.\n\nThe SCO foreign ministers had cleared the "
                     "draft rules at their meeting in Tashkent on May 22.", gazetteer, published=date(2010, 6, 11))
    assert {("meeting", "sco_foreign_ministers_council_2010", "ForeignMinistersCouncilMeeting"),
            ("date", "sco_foreign_ministers_council_2010", "2010-05-22")} <= facts, facts


def test_an_organisation_represented_by_a_named_official_and_talks_attended_by_aides(gazetteer):
    facts = facts_of("The SCO summit was held in Bishkek on August 16.\n\nTwo presidents attended as guests of the "
                     "hosts, and the United Nations was represented by B. Lynn Pascoe, its Under-Secretary-General.",
                     gazetteer, published=date(2007, 8, 17))
    assert ("participation", "sco_heads_of_state_council_2007", "lynn_pascoe", "united_nations",
            "InternationalOrganization", "false") in facts, facts
    aides = facts_of("President Recep Tayyip Erdogan arrived in Astana for the SCO summit on July 4.\n\nErdogan had a "
                     "meeting with Chinese President Xi Jinping, attended by Foreign Minister Hakan Fidan.",
                     gazetteer, published=date(2024, 7, 4))
    assert not any(f[0] == "met_with" and "hakan_fidan" in f for f in aides), aides


def test_names_with_particles_and_short_forms_of_known_leaders_and_no_regions_as_people(gazetteer):
    facts = facts_of("The first BRIC summit was held in Yekaterinburg on June 16, with Brazil's Luiz Inacio Lula da "
                     "Silva joining Medvedev. Egyptian President Abdel Fattah el-Sisi and Turkish President Tayyip "
                     "Erdogan later met Putin. Tashkent, long the most awkward of Russia's Central Asian partners, "
                     "was rewarded with a visit.", gazetteer, published=date(2009, 6, 17))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert {"luiz_inacio_lula_da_silva", "abdel_fattah_el_sisi", "recep_tayyip_erdogan"} <= people, people
    assert not {"luiz_inacio_lula", "abdel_fattah", "tayyip_erdogan", "central_asian"} & people, people



def test_a_headline_that_opens_with_a_leader_s_family_name_and_the_deck_under_it(gazetteer):
    headline = "Erdogan holds talks with leaders of seven countries in Astana"
    text = (headline + "\n\nMeets Putin, Xi, Lukashenko and Khurelsukh on SCO sidelines\n\nASTANA - Turkish President "
            "Recep Tayyip Erdogan held a string of meetings on the sidelines of the SCO summit in the Kazakh capital "
            "on Thursday, with Russian President Vladimir Putin, Chinese President Xi Jinping, Belarusian President "
            "Alexander Lukashenko and Mongolian President Ukhnaa Khurelsukh among them.")
    document = Document(id="t", source="t.txt", published=date(2024, 7, 4), title=headline, text=text)
    talks = {f[1:3] for f in fact_tuples(extract_facts(document, gazetteer)) if f[0] == "met_with"}
    assert ("alexander_lukashenko", "recep_tayyip_erdogan") in talks, talks
    assert not any("vladimir_putin" in pair and "alexander_lukashenko" in pair for pair in talks), talks


def test_a_vice_minister_and_a_minister_of_culture_and_mass_communications_take_part(gazetteer):
    facts = facts_of("A conference of SCO culture ministers was held in Dushanbe on Wednesday. Russia was represented "
                     "by Minister of Culture and Mass Communications Alexander Sokolov. Vice-Minister of Culture Zhao "
                     "Weisui attended for China.", gazetteer, published=date(2007, 4, 25))
    people = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_culture_ministers_meeting_2007"}
    assert {"alexander_sokolov", "zhao_weisui"} <= people, facts


def test_delegations_that_are_led_by_someone_and_the_states_that_follow_by_ellipsis(gazetteer):
    facts = facts_of("SCO interior ministers are meeting in Dushanbe today. China's delegation is led by Minister of "
                     "Public Security Guo Shengkun, Kazakhstan's by Interior Minister Kalmukhanbet Kasymov and "
                     "Kyrgyzstan's by Interior Minister Melis Turganbayev. Tajikistan's delegation is led by Ramazon "
                     "Rahimzoda, chairman of the host committee.", gazetteer, published=date(2015, 6, 5))
    meeting = "sco_interior_ministers_meeting_2015"
    assert {("participation", meeting, "kalmukhanbet_kasymov", "kazakhstan", "Member", "false"),
            ("participation", meeting, "melis_turganbayev", "kyrgyzstan", "Member", "false"),
            ("participation", meeting, "ramazon_rahimzoda", "tajikistan", "Member", "false")} <= facts, facts


def test_page_furniture_and_honorifics_make_no_new_people(gazetteer):
    facts = facts_of("The heads of the SCO railway administrations met by video link on Wednesday.\n\nRELATED\n\n"
                     "Tajik Foreign Minister Receives Newly Appointed Ambassador of Pakistan\n\nThe OIC's former "
                     "Secretary-General, Professor Ekmeleddin Ihsanoglu, sent greetings. China's Shandong Peninsula "
                     "hosted the exercise.", gazetteer, published=date(2021, 8, 19))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert not {"receives_newly_appointed", "professor_ekmeleddin_ihsanoglu", "shandong_peninsula"} & people, people


def test_a_council_which_met_under_a_chair_brought_together_ministers_it_held_no_talks(gazetteer):
    facts = facts_of("TASHKENT, July 29 -- Foreign ministers of the SCO ended their council in Tashkent on Friday. "
                     "The council, which met on July 28-29 under the chairmanship of Uzbek Foreign Minister Vladimir "
                     "Norov, brought together foreign ministers Wang Yi of China, Sergey Lavrov of Russia and Mukhtar "
                     "Tileuberdi of Kazakhstan.", gazetteer, published=date(2022, 7, 29))
    meeting = "sco_foreign_ministers_council_2022"
    assert {("participation", meeting, "wang_yi", "china", "Member", "false"),
            ("participation", meeting, "sergey_lavrov", "russia", "Member", "false"),
            ("participation", meeting, "mukhtar_tileuberdi", "kazakhstan", "Member", "false")} <= facts, facts
    assert not any(f[0] == "met_with" for f in facts), facts


def test_a_meeting_dated_by_its_second_day_starts_on_the_first_day_of_its_span(gazetteer):
    facts = facts_of("Almaty, Apr 20 -- Mongolia on Saturday joined the meeting of the heads of the supreme audit "
                     "institutions of the SCO member states by video link.\n\nThe three-day meeting, held from April "
                     "19 to 21, is chaired by the head of Kazakhstan's audit chamber.\n\nThe prime minister's visit to "
                     "Almaty from April 18-21 was his first.", gazetteer, published=date(2024, 4, 20))
    assert ("date", "sco_audit_institution_heads_meeting_2024", "2024-04-19") in facts, facts


def test_delegations_a_meeting_brought_together_and_states_represented_by_unnamed_officials(gazetteer):
    facts = facts_of("The SCO transport ministers met in Tashkent on Thursday. The meeting took place at the "
                     "ministry's new building and brought together delegations from China, Russia and Tajikistan. "
                     "Kazakhstan was represented by a vice minister, Kyrgyzstan, Pakistan and India by their "
                     "ambassadors, and Turkmenistan by a Deputy Chairman of the Cabinet of Ministers.",
                     gazetteer, published=date(2019, 10, 10))
    meeting = "sco_transport_ministers_meeting_2019"
    attended = {f[3] for f in facts if f[0] == "participation" and f[1] == meeting and f[2] == "-"}
    assert {"china", "russia", "tajikistan", "kazakhstan", "kyrgyzstan", "pakistan", "india",
            "turkmenistan"} <= attended, facts


def test_a_three_way_meeting_of_the_leaders_of_three_states_and_one_joined_by_a_third(gazetteer):
    facts = facts_of("QINGDAO, June 10 -- Russian President Vladimir Putin held talks with Chinese President Xi "
                     "Jinping on Saturday. Mongolian President Khaltmaagiin Battulga took part in the fourth "
                     "trilateral meeting of the heads of state of Mongolia, Russia and China on Sunday.", gazetteer,
                     published=date(2018, 6, 10))
    meeting = "trilateral_khaltmaagiin_battulga_vladimir_putin_xi_jinping_2018_06_10"
    assert {("meeting", meeting, "Meeting"), ("ordinal", meeting, "4"),
            ("participation", meeting, "vladimir_putin", "russia", "-", "false"),
            ("participation", meeting, "xi_jinping", "china", "-", "false")} <= facts, facts
    facts = facts_of("DUSHANBE, Sept 12 -- Russian President Vladimir Putin met Chinese President Xi Jinping in "
                     "Dushanbe on Thursday. They were then joined by Mongolian President Tsakhiagiin Elbegdorj for a "
                     "three-way meeting.", gazetteer, published=date(2014, 9, 12))
    meeting = "trilateral_tsakhiagiin_elbegdorj_vladimir_putin_xi_jinping_2014_09_11"
    assert ("participation", meeting, "xi_jinping", "china", "-", "false") in facts, facts


def undated_facts(text: str, gazetteer, year: int):
    """The facts of an article with no date of its own, whose file name gives `year`."""
    name = f"wire-{year}"
    return fact_tuples(extract_facts(Document(name, name + ".txt", None, "Test article", text, year=year), gazetteer))


def test_an_undated_article_whose_file_name_gives_the_year_reports_that_year_s_meetings(gazetteer):
    facts = undated_facts("Leaders of the SCO opened their summit in Astana on Tuesday, with Kazakh President Nursultan "
                          "Nazarbayev in the chair. On the sidelines, Russian President Vladimir Putin met Chinese "
                          "President Hu Jintao.", gazetteer, 2005)
    assert {("meeting", "sco_heads_of_state_council_2005", "HeadsOfStateCouncilMeeting"),
            ("chair", "sco_heads_of_state_council_2005", "nursultan_nazarbayev"),
            ("met_with", "hu_jintao", "vladimir_putin", "-", "sco_heads_of_state_council_2005")} <= facts, facts


def test_the_secretary_general_without_a_name_is_the_one_the_article_named(gazetteer):
    facts = facts_of("SCO Secretary-General Zhang Ming received visitors at the Secretariat this week.\n\nKazakhstan's "
                     "Ambassador to China, Shakhrat Nuryshev, called on the Secretary-General in Beijing on Tuesday.",
                     gazetteer, published=date(2022, 2, 10))
    assert ("met_with", "shakhrat_nuryshev", "zhang_ming", "2022-02-08", "-") in facts, facts


def test_the_prime_minister_who_held_talks_is_the_one_who_chaired_not_the_premier_named_most(gazetteer):
    facts = facts_of("BISHKEK: The SCO Council of Heads of Government met in Bishkek on Thursday, chaired by Kyrgyz "
                     "Prime Minister Akylbek Japarov. Chinese Premier Li Qiang made four proposals, and Li Qiang also "
                     "spoke of trade. Russian Prime Minister Mikhail Mishustin spoke too.\n\nBusy sidelines\n\nOn "
                     "Wednesday, the prime minister held separate meetings with his Tajik counterpart Kokhir "
                     "Rasulzoda and Belarusian Prime Minister Roman Golovchenko, all on the sidelines of the meeting. "
                     "Later, Japarov held three meetings on the sidelines: with Li Qiang, with Mikhail Mishustin and "
                     "with Kokhir Rasulzoda.",
                     gazetteer, published=date(2023, 10, 27))
    talks = {f[1:3] for f in facts if f[0] == "met_with"}
    assert {("akylbek_japarov", "kokhir_rasulzoda"), ("akylbek_japarov", "roman_golovchenko"),
            ("akylbek_japarov", "li_qiang"), ("akylbek_japarov", "mikhail_mishustin")} <= talks, talks
    assert not any("li_qiang" in pair and "roman_golovchenko" in pair for pair in talks), talks


def test_an_undated_article_whose_file_name_gives_the_year_dates_the_days_it_tells(gazetteer):
    facts = undated_facts("The 9th meeting of the heads of border services of the SCO member states was held in "
                          "Almaty on 5 July. It came a day after the SCO summit that India hosted by video conference "
                          "on 4 July.", gazetteer, 2023)
    assert {("date", "sco_border_service_heads_meeting_2023", "2023-07-05"),
            ("held_in", "sco_border_service_heads_meeting_2023", "almaty"),
            ("date", "sco_heads_of_state_council_2023", "2023-07-04")} <= facts, facts


def test_honorable_before_a_name_is_no_part_of_it(gazetteer):
    facts = facts_of("On July 5, the President of the Republic of Tajikistan, Honorable Emomali Rahmon, and the "
                     "President of the People's Republic of China, Honorable Xi Jinping, held talks in Dushanbe.",
                     gazetteer, published=date(2024, 7, 5))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert {"emomali_rahmon", "xi_jinping"} <= people and not any(p.startswith("honorable") for p in people), people


def test_the_director_of_the_rats_executive_committee_speaks_for_the_rats(gazetteer):
    facts = facts_of("The SCO Council of Heads of State met in Astana on Thursday. SCO RATS Executive Committee "
                     "Director Ruslan Mirzayev attended. Vyacheslav Kasymov, who once headed the executive committee "
                     "of the Regional Antiterrorist Structure, was a guest.", gazetteer, published=date(2024, 7, 4))
    rats = "sco_regional_anti_terrorist_structure"
    assert {("position", "ruslan_mirzayev", "Director of the Executive Committee", rats),
            ("participation", "sco_heads_of_state_council_2024", "ruslan_mirzayev", rats, "-", "false"),
            ("position", "vyacheslav_kasymov", "Director of the Executive Committee", rats)} <= facts, facts


def test_statuses_received_in_headlines_in_a_list_s_heading_and_in_an_n_member_club(gazetteer):
    facts = facts_of("Cambodia gets dialogue partner status, Laos becomes dialogue partner. By decision of the "
                     "leaders, Mongolia received observer status at the SCO.\n\n* Observers Iran and Belarus sent "
                     "officials.\n\nThe premiers met in Almaty, the six-member club of Russia, China, Kazakhstan, Kyrgyzstan, "
                     "Tajikistan and Uzbekistan.", gazetteer, published=date(2015, 7, 11))
    assert {("status", "cambodia", "dialoguePartnerOf", "sco"), ("status", "laos", "dialoguePartnerOf", "sco"),
            ("status", "mongolia", "observerOf", "sco"), ("status", "iran", "observerOf", "sco"),
            ("status", "belarus", "observerOf", "sco"), ("status", "tajikistan", "memberOf", "sco")} <= facts, facts


def test_leaders_who_decided_to_give_observer_status(gazetteer):
    facts = facts_of("ASTANA, July 5 -- SCO leaders decided at their summit here on Tuesday to give observer status "
                     "to India, Iran and Pakistan. They will give Mongolia a new role next year.", gazetteer,
                     published=date(2005, 7, 5))
    assert {("status", state, "observerOf", "sco") for state in ("india", "iran", "pakistan")} <= facts, facts


def test_indian_ministries_as_they_name_themselves_make_titles(gazetteer):
    facts = facts_of("New Delhi, May 12: Union Agriculture and Farmers Welfare Minister Narendra Singh Tomar chaired "
                     "the meeting of the SCO agriculture ministers on Friday. Union Minister of Health and Family "
                     "Welfare Mansukh Mandaviya also spoke.", gazetteer, published=date(2023, 5, 12))
    assert {("position", "narendra_singh_tomar", "Agriculture and Farmers Welfare Minister", "india"),
            ("chair", "sco_agriculture_ministers_meeting_2023", "narendra_singh_tomar"),
            ("position", "mansukh_mandaviya", "Health and Family Welfare Minister", "india")} <= facts, facts


def test_a_record_of_years_and_cities_names_the_councils_and_no_day_of_another_year(gazetteer):
    facts = facts_of("India has rarely sent its prime minister to the SCO Council of Heads of Government. The "
                     "record:\n\n2011, St Petersburg (November 7): the power minister.\n\n2017, Sochi: the external "
                     "affairs minister, India's first council as a full member.", gazetteer,
                     published=date(2024, 10, 14))
    assert {("held_in", "sco_heads_of_government_council_2011", "saint_petersburg"),
            ("held_in", "sco_heads_of_government_council_2017", "sochi")} <= facts, facts
    assert not any(f[0] == "date" and f[1].endswith(("_2011", "_2017")) and not f[2].startswith(f[1][-4:])
                   for f in facts), facts


def test_the_first_summit_to_be_held_entirely_online_was_held_online(gazetteer):
    facts = facts_of("President Tokayev took part via video conference on Tuesday in the 20th meeting of the Council "
                     "of Heads of State of the SCO, the first summit in the bloc's history to be held entirely online. "
                     "The meeting was chaired by Russian President Vladimir Putin.", gazetteer,
                     published=date(2020, 11, 10))
    assert ("participation", "sco_heads_of_state_council_2020", "vladimir_putin", "russia", "Member", "true") in facts


def test_the_leaders_who_joined_as_the_others_did_joined_by_video_too(gazetteer):
    facts = facts_of("The SCO leaders met on Tuesday. Chinese President Xi Jinping and Tajik President Emomali Rahmon "
                     "joined via video link, as did the leaders of the observer states Iran and Mongolia.", gazetteer,
                     published=date(2020, 11, 10))
    meeting = "sco_heads_of_state_council_2020"
    assert {("participation", meeting, "-", "iran", "Observer", "true"),
            ("participation", meeting, "-", "mongolia", "Observer", "true")} <= facts, facts


def test_the_meeting_of_the_prime_ministers_of_the_member_states_of_the_sco(gazetteer):
    facts = facts_of("From 4 to 6 December, Premier Wen Jiabao travelled to Kyrgyzstan, where he attended the 11th "
                     "Meeting of the Prime Ministers of the Member States of the Shanghai Cooperation Organization in "
                     "Bishkek.", gazetteer, published=date(2012, 12, 7))
    assert {("meeting", "sco_heads_of_government_council_2012", "HeadsOfGovernmentCouncilMeeting"),
            ("ordinal", "sco_heads_of_government_council_2012", "11"),
            ("participation", "sco_heads_of_government_council_2012", "wen_jiabao", "china", "Member", "false")
            } <= facts, facts


def test_a_corridor_of_three_states_named_in_another_order_is_the_same_project(gazetteer):
    facts = facts_of("The SCO Council of Heads of State met in Samarkand on Friday. Mongolian President Ukhnaa "
                     "Khurelsukh spoke of the Mongolia-Russia-China Economic Corridor at the meeting.", gazetteer,
                     published=date(2022, 9, 16))
    assert ("mentions", "sco_heads_of_state_council_2022", "china_mongolia_russia_economic_corridor") in facts, facts


def test_known_people_written_with_initials_in_a_list_of_who_came(gazetteer):
    facts = facts_of("The SCO Council of Foreign Ministers met in Tashkent on 5 September. Present were "
                     "K. Tokaev (Kazakhstan), I. Ivanov (Russia) and Li Zhaoxing (China).", gazetteer,
                     published=date(2003, 9, 6))
    meeting = "sco_foreign_ministers_council_2003"
    assert {("participation", meeting, "kassym_jomart_tokayev", "kazakhstan", "Member", "false"),
            ("participation", meeting, "igor_ivanov", "russia", "Member", "false")} <= facts, facts


def test_a_meeting_joined_by_video_from_elsewhere_was_held_in_the_city_named_after_it(gazetteer):
    facts = facts_of("ISLAMABAD: Pakistan took part in the meeting of SCO defence ministers in Astana on Friday "
                     "through a video link.", gazetteer, published=date(2024, 4, 26))
    assert ("held_in", "sco_defence_ministers_meeting_2024", "astana") in facts, facts


def test_talks_with_a_leader_named_by_a_capitalised_title_and_demonym(gazetteer):
    facts = facts_of("Iranian President Mahmoud Ahmadinejad and Indian Petroleum Minister Murli Deora attended the SCO "
                     "summit in Shanghai today. On the sidelines of the summit, Deora met the Iranian President.",
                     gazetteer, published=date(2006, 6, 15))
    assert ("met_with", "mahmoud_ahmadinejad", "murli_deora", "2006-06-15", "sco_heads_of_state_council_2006") in facts


def test_a_state_that_sent_a_delegation_after_an_aside_about_it_took_part(gazetteer):
    facts = facts_of("The SCO summit opened in Astana today. Mongolia, which received observer status at last year's "
                     "summit in Tashkent, also sent a delegation.", gazetteer, published=date(2005, 7, 5))
    assert ("participation", "sco_heads_of_state_council_2005", "-", "mongolia", "Observer", "false") in facts, facts


def test_a_delegation_named_by_its_demonym_in_a_list_of_who_represented_whom(gazetteer):
    facts = facts_of("The SCO summit was held here on Tuesday. The observer states were represented by Iranian "
                     "President Mahmoud Ahmadinejad, Pakistani President Asif Ali Zardari and a Mongolian delegation.",
                     gazetteer, published=date(2009, 6, 16))
    assert ("participation", "sco_heads_of_state_council_2009", "-", "mongolia", "Observer", "false") in facts, facts


def test_a_declaration_named_with_its_signing_in_an_aside_was_adopted(gazetteer):
    facts = facts_of("The SCO summit was held in Qingdao on Sunday. In the Qingdao Declaration, signed at the end of "
                     "the meeting, every member except India endorsed the Belt and Road.", gazetteer,
                     published=date(2018, 6, 10))
    assert ("adopted", "sco_heads_of_state_council_2018", "sco_heads_of_state_council_2018_declaration") in facts, facts


def test_a_meeting_that_ended_with_the_signing_of_a_communique_adopted_it(gazetteer):
    facts = facts_of("The two-day meeting of the SCO Council of Heads of Government concluded in Islamabad on "
                     "Wednesday with the signing of a joint communique.", gazetteer, published=date(2024, 10, 17))
    meeting = "sco_heads_of_government_council_2024"
    assert ("adopted", meeting, f"{meeting}_joint_communique") in facts, facts


def test_a_declaration_signed_after_a_named_treaty_was_adopted_too(gazetteer):
    facts = facts_of("The SCO summit was held in Bishkek on Thursday. The leaders signed the Treaty on Long-Term "
                     "Good-Neighborliness, Friendship and Cooperation and a declaration that called for stability.",
                     gazetteer, published=date(2007, 8, 16))
    assert ("adopted", "sco_heads_of_state_council_2007", "sco_heads_of_state_council_2007_declaration") in facts, facts


def test_the_city_a_leader_joined_from_by_video_is_not_where_the_meeting_was_held(gazetteer):
    facts = facts_of("On September 17, President Xi Jinping attended the 21st Meeting of the Council of Heads of State "
                     "of the SCO in Beijing via video link.", gazetteer, published=date(2021, 9, 17))
    assert not any(f[:2] == ("held_in", "sco_heads_of_state_council_2021") for f in facts), facts


def test_the_city_a_minister_returned_from_where_he_attended_the_meeting(gazetteer):
    facts = facts_of("DUSHANBE - Foreign Minister Hamrokhon Zarifi has returned to Dushanbe from Almaty, where last "
                     "week he headed the delegation at the session of the SCO Council of Foreign Ministers.", gazetteer,
                     published=date(2011, 5, 18))
    assert ("held_in", "sco_foreign_ministers_council_2011", "almaty") in facts, facts


def test_a_meeting_of_the_organisation_in_a_city(gazetteer):
    facts = facts_of("Ahmadinejad joined Russian President Vladimir Putin, Chinese President Hu Jintao and the leaders "
                     "of four former Soviet republics at the one-day annual meeting of the Shanghai Cooperation "
                     "Organization in Bishkek.", gazetteer, published=date(2007, 8, 16))
    assert ("held_in", "sco_heads_of_state_council_2007", "bishkek") in facts, facts


def test_talks_someone_would_like_or_is_expected_for_are_not_held(gazetteer):
    for text in ("The SCO foreign ministers met in Moscow on Thursday. Diplomats say Indian Prime Minister Narendra "
                 "Modi would like a meeting with Pakistani Prime Minister Nawaz Sharif on the margins.",
                 "The SCO summit opened in St Petersburg on Friday. Azerbaijani President Heydar Aliyev is expected "
                 "on Sunday for talks with Russian President Vladimir Putin."):
        facts = facts_of(text, gazetteer, published=date(2015, 6, 4))
        assert not any(f[0] == "met_with" for f in facts), facts


def test_talks_that_were_dropped_were_not_held(gazetteer):
    facts = facts_of("The SCO summit opened in Yekaterinburg on Monday. A meeting between Iranian President Mahmoud "
                     "Ahmadinejad and Russian President Dmitry Medvedev that had been pencilled in for Monday was "
                     "dropped.", gazetteer, published=date(2009, 6, 16))
    assert not any(f[0] == "met_with" for f in facts), facts


def test_a_greeting_at_the_airport_is_no_talks(gazetteer):
    facts = facts_of("The SCO summit opens in Bishkek on Friday.\n\nPrime Minister Zhantoro Satybaldiyev meets Hassan "
                     "Rouhani at Manas International Airport.", gazetteer, published=date(2013, 9, 12))
    assert not any(f[0] == "met_with" for f in facts), facts


def test_one_leader_meeting_two_others_for_a_trilateral_holds_no_bilateral_talks(gazetteer):
    facts = facts_of("Premiers meet\n\nOn the sidelines on Wednesday, Chinese Premier Li Qiang met Russian Prime "
                     "Minister Mikhail Mishustin and Mongolian Prime Minister Luvsannamsrai Oyun-Erdene for a "
                     "trilateral meeting.", gazetteer, published=date(2024, 10, 16))
    assert not any(f[0] == "met_with" for f in facts), facts
    assert ("meeting", "trilateral_li_qiang_luvsannamsrai_oyun_erdene_mikhail_mishustin_2024_10_16", "Meeting") in facts


def test_the_sco_called_a_forum_is_no_forum_meeting(gazetteer):
    facts = facts_of("The SCO summit was held by video on Tuesday. New Delhi sees the SCO as a forum to be managed "
                     "rather than led.", gazetteer, published=date(2023, 7, 5))
    assert not any(f[0] == "meeting" and f[2] == "Forum" for f in facts), facts


def test_a_meeting_of_the_sco_youth_council(gazetteer):
    facts = facts_of("Youth Council meets\n\nThe SCO Youth Council held its fourth meeting in Almaty on Wednesday.",
                     gazetteer, published=date(2011, 7, 14))
    assert ("meeting", "sco_youth_council_meeting_2011", "Meeting") in facts, facts
    assert ("held_in", "sco_youth_council_meeting_2011", "almaty") in facts, facts


def test_talks_described_as_a_short_conversation_were_held(gazetteer):
    facts = facts_of("Summit ends\n\nIndian External Affairs Minister Subrahmanyam Jaishankar attended the SCO summit "
                     "in Astana. On Thursday, on the sidelines of the summit, Jaishankar met Chinese Foreign Minister "
                     "Wang Yi - a short conversation in which both agreed to settle the border issues.", gazetteer,
                     published=date(2024, 7, 5))
    assert ("met_with", "subrahmanyam_jaishankar", "wang_yi", "2024-07-04", "sco_heads_of_state_council_2024") in facts


def test_the_day_in_a_clause_about_the_partner_is_not_the_day_of_the_talks(gazetteer):
    facts = facts_of("TASHKENT, July 28. Uzbek President Shavkat Mirziyoyev on Thursday received Russian Foreign "
                     "Minister Sergey Lavrov, who arrived in the Uzbek capital on Wednesday night, ahead of the SCO "
                     "foreign ministers' meeting.", gazetteer, published=date(2022, 7, 28))
    assert ("met_with", "sergey_lavrov", "shavkat_mirziyoyev", "2022-07-28", "-") in facts, facts


def test_talks_over_a_stay_of_two_days_have_no_known_day(gazetteer):
    facts = facts_of("Astana, July 5 (PTI) India today joined the SCO as an observer at the summit here. Over his two "
                     "days in Astana, External Affairs Minister K Natwar Singh held separate meetings on the margins of "
                     "the summit with Russian President Vladimir Putin and Kazakh President Nursultan Nazarbayev, who "
                     "chaired today's session.", gazetteer, published=date(2005, 7, 5))
    assert ("met_with", "k_natwar_singh", "vladimir_putin", "-", "sco_heads_of_state_council_2005") in facts, facts


def test_a_table_of_meetings_after_a_colon_is_read_row_by_row(gazetteer):
    facts = facts_of("India at the CHG\n\nIts representatives at the CHG meetings since then:\n\n"
                     "Year | Venue | Chair | India represented by\n"
                     "2017 | Sochi, Russia | Dmitry Medvedev | Sushma Swaraj, External Affairs Minister\n"
                     "2019 | Tashkent, Uzbekistan | Abdulla Aripov | Rajnath Singh, Defence Minister\n",
                     gazetteer, published=date(2022, 11, 2))
    assert ("held_in", "sco_heads_of_government_council_2017", "sochi") in facts, facts
    assert ("chair", "sco_heads_of_government_council_2019", "abdulla_aripov") in facts, facts


def test_that_summit_is_the_one_the_sentence_before_named(gazetteer):
    facts = facts_of("India hosted the SCO heads of government by video on Monday. Iran took part in the previous SCO "
                     "summit in November. That summit was chaired by Russian President Vladimir Putin.", gazetteer,
                     published=date(2020, 12, 1))
    assert ("chair", "sco_heads_of_state_council_2020", "vladimir_putin") in facts, facts
    assert not any(f[:2] == ("chair", "sco_heads_of_government_council_2020") for f in facts), facts


def test_founding_members_listed_before_the_observers_are_members_not_observers(gazetteer):
    facts = facts_of("The SCO summit was held in Astana on Friday. Apart from the six founding members - China, Russia, "
                     "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan - the expanded session was attended by leaders "
                     "of observer states Afghanistan, Belarus and Mongolia.", gazetteer, published=date(2017, 6, 9))
    assert ("status", "china", "memberOf", "sco") in facts, facts
    assert ("status", "mongolia", "observerOf", "sco") in facts, facts
    assert not any(f[0] == "status" and f[1] == "china" and f[2] != "memberOf" for f in facts), facts


def test_no_text_makes_a_founding_member_an_observer(gazetteer):
    facts = facts_of("The SCO summit was held in Astana on Friday. Apart from the founding members, China, Russia, "
                     "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, the session was attended by leaders of "
                     "observer states.", gazetteer, published=date(2017, 6, 9))
    assert not any(f[0] == "status" and f[2] == "observerOf" for f in facts), facts


def test_a_summit_hosted_by_video_link_was_joined_remotely_by_all(gazetteer):
    facts = facts_of("SCO summit goes online\n\nRussia is hosting this year's summit of the bloc's leaders by video link "
                     "because of the pandemic. President Vladimir Putin is chairing the meeting. Chinese President Xi "
                     "Jinping took part.", gazetteer, published=date(2020, 11, 10))
    assert ("participation", "sco_heads_of_state_council_2020", "xi_jinping", "china", "Member", "true") in facts, facts


def test_the_leaders_listed_after_joining_via_video_came_remotely_but_not_the_chair(gazetteer):
    facts = facts_of("On July 4, India hosted the 23rd meeting of the SCO Council of Heads of State. The summit was "
                     "held in virtual format, with Prime Minister Narendra Modi in the chair and the leaders joining via "
                     "video conference: China's Xi Jinping, Russia's Vladimir Putin.", gazetteer,
                     published=date(2023, 7, 5))
    meeting = "sco_heads_of_state_council_2023"
    assert ("participation", meeting, "xi_jinping", "china", "Member", "true") in facts, facts
    assert ("participation", meeting, "narendra_modi", "india", "Member", "false") in facts, facts


def test_talks_held_separately_with_a_second_leader_after_an_aside(gazetteer):
    facts = facts_of("Summit\n\nRussian President Vladimir Putin, Chinese President Xi Jinping and Turkish President "
                     "Recep Tayyip Erdogan attended the SCO summit in Astana on Thursday. On Wednesday, on the "
                     "sidelines of the summit, Putin held talks with Xi in Astana, their second meeting in less than two "
                     "months, and separately with Erdogan.", gazetteer, published=date(2024, 7, 5))
    assert ("met_with", "recep_tayyip_erdogan", "vladimir_putin", "2024-07-03",
            "sco_heads_of_state_council_2024") in facts, facts


def test_a_communique_signed_beside_a_budget_for_next_year_was_adopted(gazetteer):
    for text in ("The premiers signed a joint communique and approved the organization's budget for next year.",
                 "The prime ministers approved the SCO budget for 2006, which from January 1 will fund the secretariat, "
                 "and signed a joint communique."):
        facts = facts_of("SCO premiers meet in Moscow\n\nThe SCO prime ministers met in Moscow on Wednesday. " + text,
                         gazetteer, published=date(2005, 10, 27))
        meeting = "sco_heads_of_government_council_2005"
        assert ("adopted", meeting, f"{meeting}_joint_communique") in facts, facts


def test_a_declaration_to_be_signed_later_was_not_adopted(gazetteer):
    facts = facts_of("SCO ministers meet\n\nThe SCO foreign ministers met in Moscow on Wednesday. The ministers agreed "
                     "on the text of a declaration, which will be signed at the summit.", gazetteer,
                     published=date(2005, 6, 1))
    assert not any(f[0] == "adopted" for f in facts), facts


def test_a_summit_the_article_reports_outvotes_a_council_it_names_in_passing(gazetteer):
    facts = facts_of("Iran joins security bloc at India's online summit\n\nIran has become the ninth member of the SCO "
                     "at a summit hosted online by India on Tuesday. Indian Prime Minister Narendra Modi chaired the "
                     "meeting by video link from Delhi.\n\nIt was the Russian president's first appearance at an "
                     "international gathering since last month's mutiny. He thanked his fellow leaders for their support "
                     "and said Russians had stood together.\n\nIn a speech that appeared to be aimed at Pakistan, Mr Modi "
                     "said the bloc should not shy away from criticising countries that shelter terrorists. Mr Sharif, "
                     "speaking later at the summit, said terrorism should not be used to settle old scores.\n\n"
                     "The leaders adopted the New Delhi "
                     "Declaration.\n\nIn May, Pakistan's foreign minister came to Goa for the meeting of the SCO's foreign "
                     "ministers.", gazetteer,
                     published=date(2023, 7, 4))
    assert ("adopted", "sco_heads_of_state_council_2023", "sco_heads_of_state_council_2023_declaration") in facts, facts


def test_the_lead_dates_the_meeting_though_it_names_a_plan_for_next_year(gazetteer):
    facts = facts_of("Medvedev urges help for Afghanistan\n\nTASHKENT, Nov 29 (Reuters) - Russian Prime Minister Dmitry "
                     "Medvedev on Friday urged fellow members of the Shanghai Cooperation Organisation to rebuild "
                     "Afghanistan's economy before most foreign troops leave next year.\n\n\"The club could become a "
                     "platform,\" Medvedev told a meeting of the group's heads of government in the Uzbek capital.",
                     gazetteer,
                     published=date(2013, 11, 29))
    assert ("date", "sco_heads_of_government_council_2013", "2013-11-29") in facts, facts


def test_a_podcast_chapter_names_a_summit_by_city_and_day(gazetteer):
    facts = facts_of("The SCO at twenty\n\nThe SCO summit held in Dushanbe this week marked twenty years of the "
                     "organisation.\n\nCHAPTERS\n"
                     "00:00  Cold open\n01:10  Shanghai, 15 June 2001: Jiang Zemin hosts the founding summit\n"
                     "03:05  St Petersburg, 7 June 2002: the SCO Charter is signed\n"
                     "05:50  Astana, 5 July 2005: India, Iran and Pakistan come in as observers\n", gazetteer,
                     published=date(2021, 9, 20))
    assert ("held_in", "sco_heads_of_state_council_2002", "saint_petersburg") in facts, facts
    assert ("held_in", "sco_heads_of_state_council_2005", "astana") in facts, facts


def test_a_tickers_stamped_entry_dates_the_talks_it_reports(gazetteer):
    facts = facts_of("SCO defence ministers in Delhi: the day on the ticker\n\n"
                     "27/04 17:08  ON SCO SIDELINES, RAJNATH SINGH HOLDS TALKS WITH KAZAKH DEFENCE MINISTER "
                     "RUSLAN ZHAKSYLYKOV\n"
                     "28/04 09:10  SCO DEFENCE MINISTERS' MEETING BEGINS IN NEW DELHI WITH RAJNATH SINGH IN THE CHAIR\n",
                     gazetteer, published=date(2023, 4, 28), name="2023-04-28_test")
    assert ("date", "bilateral_rajnath_singh_ruslan_zhaksylykov_2023_04_27", "2023-04-27") in facts, facts


def test_a_live_pages_stamped_entry_dates_the_three_way_meeting_it_reports(gazetteer):
    facts = facts_of("Astana summit: live\n\n"
                     "03.07.2024 16:10 A trilateral meeting of the leaders of Azerbaijan, Turkey and Pakistan was held "
                     "in Astana: President Ilham Aliyev, President Recep Tayyip Erdogan and Prime Minister Shehbaz "
                     "Sharif.\n\n04.07.2024 10:00 The SCO summit opens in Astana.", gazetteer,
                     published=date(2024, 7, 4), name="2024-07-04_test")
    assert ("date", "trilateral_ilham_aliyev_recep_tayyip_erdogan_shehbaz_sharif_2024_07_03", "2024-07-03") in facts, \
        facts


def test_a_page_stamp_over_the_report_does_not_date_the_meeting(gazetteer):
    facts = facts_of("Regional news\n\n13.05.2022 | 11:32 | 846\n\nTransport ministers of the SCO met in Khiva\n\n"
                     "Yesterday, on May 12, the ninth meeting of the transport ministers of the Shanghai Cooperation "
                     "Organization member states was held in Khiva.", gazetteer,
                     published=date(2022, 5, 13), name="2022-05-13_test")
    assert not any(f[0] == "date" and f[2] == "2022-05-13" for f in facts), facts


def test_a_joint_statement_signed_at_talks_is_the_talks_document_not_the_summits(gazetteer):
    facts = facts_of("SCO widens circle as Beijing summit ends\n\nThe leaders of the Shanghai Cooperation Organization "
                     "wrapped up a two-day summit in Beijing on Thursday.\n\nRussian President Vladimir Putin held talks "
                     "with Hu Jintao on Tuesday before the summit, and the two sides signed a joint statement on their "
                     "strategic partnership.", gazetteer, published=date(2012, 6, 8), name="2012-06-08_test")
    talks = "bilateral_hu_jintao_vladimir_putin_2012_06_05"
    assert ("adopted", talks, talks + "_statement") in facts, facts
    assert not any(f[0] == "adopted" and f[1].startswith("sco_") for f in facts), facts


def test_the_two_presidents_sign_after_their_talks_but_the_leaders_adopt_at_the_summit(gazetteer):
    facts = facts_of("Xi in Dushanbe\n\nDUSHANBE, Aug 27 (Xinhua) -- Chinese President Hu Jintao held talks with "
                     "Tajik President Emomali Rahmon here on Wednesday, on the eve of the SCO summit. After the talks, "
                     "the two presidents signed a joint declaration on good-neighbourly relations.\n\nAt the summit on "
                     "Thursday, Hu met Russian President Dmitry Medvedev. The leaders signed the Dushanbe Declaration.",
                     gazetteer, published=date(2008, 8, 27), name="2008-08-27_test")
    talks = "bilateral_emomali_rahmon_hu_jintao_2008_08_27"
    assert ("adopted", talks, talks + "_declaration") in facts, facts
    assert not any(f[0] == "adopted" and f[1].startswith("bilateral_dmitry_medvedev") for f in facts), facts


def test_the_number_of_a_council_named_with_the_organisations_abbreviation_in_brackets(gazetteer):
    facts = facts_of("Erdogan, Putin meet in China\n\nTurkish President Recep Tayyip Erdogan met Vladimir Putin on Monday "
                     "on the sidelines of the 25th Shanghai Cooperation Organization (SCO) Heads of State Council Summit "
                     "in the Chinese city of Tianjin.", gazetteer, published=date(2025, 9, 1), name="2025-09-01_test")
    assert ("ordinal", "sco_heads_of_state_council_2025", "25") in facts, facts


def test_a_list_item_name_title_and_organisation_gives_the_organisations_head(gazetteer):
    facts = facts_of("Who came to Tianjin\n\nThe SCO summit was held in Tianjin on September 1. The following leaders "
                     "took part in the summit:\n\nDialogue partners\n- Nikol Pashinyan, Prime Minister, Armenia\n\n"
                     "International organisations\n- Antonio Guterres, Secretary-General, United Nations\n"
                     "- Kao Kim Hourn, Secretary-General, ASEAN", gazetteer)
    assert ("position", "nikol_pashinyan", "Prime Minister", "armenia") in facts, facts
    assert ("position", "antonio_guterres", "Secretary-General", "united_nations") in facts, facts
    assert ("position", "kao_kim_hourn", "Secretary-General", "asean") in facts, facts
    assert not any(f[0] == "position" and f[-1] == "sco" for f in facts), facts


def test_the_numbered_meeting_of_the_sco_forum_is_that_forum_not_a_summit(gazetteer):
    facts = facts_of("Iranian think tank joins SCO expert forum\n\nA delegation of the Institute for Political and "
                     "International Studies took part in the 19th meeting of the Shanghai Cooperation Organization (SCO) "
                     "Forum in Tashkent on June 5-6.", gazetteer, published=date(2024, 6, 6), name="2024-06-06_test")
    assert ("meeting", "sco_forum_19", "Forum") in facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads_of_state") for f in facts), facts


def test_three_leaders_who_met_for_trilateral_talks_held_no_talks_of_two(gazetteer):
    facts = facts_of("Bishkek summit day one\n\nVladimir Putin, Xi Jinping and Mongolian President Khaltmaagiin Battulga "
                     "have met for trilateral talks, their fifth meeting in this format.", gazetteer,
                     published=date(2019, 6, 14), name="2019-06-14_test")
    assert any(f[0] == "meeting" and f[1].startswith("trilateral_khaltmaagiin_battulga_vladimir_putin_xi_jinping")
               for f in facts), facts
    assert not any(f[0] == "meeting" and f[1].startswith("bilateral_") for f in facts), facts


def test_a_three_way_meeting_under_a_heading_with_its_day_is_of_that_day(gazetteer):
    facts = facts_of("Putin in Tashkent\n\nRussia-China-Mongolia summit meeting\n\nJune 23, 2016, 21:15, Tashkent\n\n"
                     "Vladimir Putin, President of China Xi Jinping and President of Mongolia Tsakhiagiin Elbegdorj held "
                     "the third trilateral meeting of the heads of state of the three countries in Tashkent.", gazetteer,
                     published=date(2016, 6, 24), name="2016-06-24_test")
    trio = "trilateral_tsakhiagiin_elbegdorj_vladimir_putin_xi_jinping_2016_06_23"
    assert ("date", trio, "2016-06-23") in facts, facts


def test_a_plural_title_over_states_then_as_many_names_gives_each_his_states_title(gazetteer):
    facts = facts_of("Samarkand summit\n\nThe SCO summit opened in Samarkand on Friday. The presidents of Kazakhstan, "
                     "Kyrgyzstan and Tajikistan - Kassym-Jomart Tokayev, Sadyr Japarov and Emomali Rahmon - arrived on "
                     "Thursday.", gazetteer, published=date(2022, 9, 16), name="2022-09-16_test")
    assert ("position", "kassym_jomart_tokayev", "President", "kazakhstan") in facts, facts
    assert ("position", "sadyr_japarov", "President", "kyrgyzstan") in facts, facts
    assert ("position", "emomali_rahmon", "President", "tajikistan") in facts, facts


def test_the_states_whose_ministers_did_something_together_at_the_meeting_took_part(gazetteer):
    facts = facts_of("Ministers meet in Bishkek\n\nBISHKEK, May 22. The regular meeting of the SCO Council of "
                     "Foreign Ministers opened here on Wednesday. The heads of the foreign ministries of India, "
                     "Kazakhstan, China and Russia reviewed the draft declaration.", gazetteer,
                     published=date(2019, 5, 22), name="2019-05-22_test")
    for state in ("india", "kazakhstan", "china", "russia"):
        assert ("participation", "sco_foreign_ministers_council_2019", "-", state, "Member", "false") in facts, facts
    two = facts_of("Ministers meet in Bishkek\n\nBISHKEK, May 22. The regular meeting of the SCO Council of Foreign "
                   "Ministers opened here on Wednesday. The foreign ministers of India and China discussed the border.",
                   gazetteer, published=date(2019, 5, 22), name="2019-05-22_test")
    assert not any(f[0] == "participation" for f in two), two  # two of them: talks, not the meeting


def test_the_secretary_general_with_whose_participation_a_meeting_was_held_took_part(gazetteer):
    facts = facts_of("Ministers meet in Bishkek\n\nBISHKEK, May 22. The meeting of the SCO Council of Foreign "
                     "Ministers was held with the participation of SCO Secretary-General V.Norov.", gazetteer,
                     published=date(2019, 5, 22), name="2019-05-22_test")
    norov = ("participation", "sco_foreign_ministers_council_2019", "vladimir_norov", "sco", "-", "false")
    assert norov in facts, facts


def test_a_summit_the_article_dates_after_its_own_day_is_not_its_news_even_in_the_headline(gazetteer):
    facts = facts_of("President to ministers: the Astana summit must be a turning point\n\nASTANA, April 21. The "
                     "president received the foreign ministers of the SCO member states, who have been meeting in "
                     "the capital for the regular session of the SCO Council of Foreign Ministers. Wang Yi and Sergey "
                     "Lavrov were present at the residence. The summit is scheduled for June 8-9.", gazetteer,
                     published=date(2017, 4, 21), name="2017-04-21_test")
    assert ("participation", "sco_foreign_ministers_council_2017", "sergey_lavrov", "russia", "Member",
            "false") in facts, facts
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_state_council_2017" for f in facts), facts


def test_a_meeting_dated_after_the_article_is_still_to_come_whatever_the_header_says(gazetteer):
    facts = facts_of("Ministry of Defence\n\nMinister to visit Tajikistan for SCO Defence Ministers' Meeting\n\nThe "
                     "defence minister will be in Dushanbe from July 27 to 29, 2021 to attend the meeting of Defence "
                     "Ministers of SCO member states to be held on July 28. The meeting is being hosted by the Defence "
                     "Minister of Tajikistan, Colonel General Sherali Mirzo. It may be recalled that the previous SCO "
                     "Defence Ministers' Meeting was held in Moscow on September 4, 2020.", gazetteer,
                     published=date(2021, 7, 27), name="2021-07-27_test")
    assert not any(f[0] == "meeting" and f[1] == "sco_defence_ministers_meeting_2021" for f in facts), facts
    assert ("date", "sco_defence_ministers_meeting_2020", "2020-09-04") in facts, facts


def test_a_ministers_council_named_without_a_verb_of_meeting_is_that_council(gazetteer):
    facts = facts_of("Ten years at one table\n\nAt the SCO foreign ministers' council in Bishkek in 2019, the two "
                     "ministers were seated side by side.", gazetteer,
                     published=date(2025, 9, 3), name="2025-09-03_test")
    assert ("meeting", "sco_foreign_ministers_council_2019", "ForeignMinistersCouncilMeeting") in facts, facts


def test_a_numbered_council_in_a_chronicle_of_councils_is_that_year_s(gazetteer):
    facts = facts_of("From Zhengzhou to Moscow: a decade of SCO prime ministers' councils\n\nThe Council of Heads of "
                     "Government is the SCO's second tier.\n\n2015 - Zhengzhou. The 14th "
                     "meeting, held on 14-15 December, was chaired by Chinese Premier Li Keqiang.\n\n2018 - Dushanbe. "
                     "Tajik Prime Minister Kokhir Rasulzoda chaired the 17th meeting on 11-12 October.\n\n2025 - "
                     "Moscow. The 24th meeting on 17-18 November was chaired by Russian Prime Minister Mikhail "
                     "Mishustin.",
                     gazetteer, published=date(2025, 12, 22), name="2025-12-22_test")
    assert ("chair", "sco_heads_of_government_council_2015", "li_keqiang") in facts, facts
    assert ("date", "sco_heads_of_government_council_2015", "2015-12-14") in facts, facts
    assert ("chair", "sco_heads_of_government_council_2018", "kokhir_rasulzoda") in facts, facts
    assert ("chair", "sco_heads_of_government_council_2025", "mikhail_mishustin") in facts, facts


def test_a_list_of_past_summits_does_not_outvote_the_summit_of_the_day(gazetteer):
    """A guard: each line of the list is now of its own year, and must not make that year's summit the news."""
    facts = facts_of("Ufa joins the club\n\nFor three days the city has lived on summit time. This is how Russia has "
                     "hosted the organisation:\n2002 - St Petersburg. Second summit, 7 June.\n2003 - Moscow. Third "
                     "summit, 29 May.\n2009 - Yekaterinburg. Ninth summit, 15-16 June.\n\nWho came\n\nBesides Vladimir "
                     "Putin, the member states were represented by Chinese President Xi Jinping at the summit.",
                     gazetteer, published=date(2015, 7, 10), name="2015-07-10_test")
    xi = ("participation", "sco_heads_of_state_council_2015", "xi_jinping", "china", "Member", "false")
    assert xi in facts, facts
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_state_council_2002" for f in facts), facts


def test_a_minister_of_a_portfolio_of_several_words_is_that_minister(gazetteer):
    facts = facts_of("Digital ministers meet\n\nALMATY, Feb 1. The meeting of SCO digital development ministers was "
                     "held in Almaty. Kazakh Minister of Digital Development, Innovation and Aerospace Industry Bagdat "
                     "Musin chaired it.", gazetteer, published=date(2024, 2, 1), name="2024-02-01_test")
    assert ("position", "bagdat_musin", "Digital Development, Innovation and Aerospace Industry Minister",
            "kazakhstan") in facts, facts


def test_a_weekday_the_leaders_will_meet_on_does_not_date_the_talks_told_after_it(gazetteer):
    facts = facts_of("Xi meets leaders in Qingdao\n\nQINGDAO, June 9 -- Chinese President Xi Jinping on Saturday held "
                     "meetings with leaders who came for the SCO summit. The leaders will hold restricted and enlarged "
                     "sessions on Sunday.\n\n-- XI MEETS MAMNOON HUSSAIN\n\nIn his meeting with Pakistani President "
                     "Mamnoon Hussain, Xi said the two countries are iron friends.", gazetteer,
                     published=date(2018, 6, 9), name="2018-06-09_test")
    assert ("date", "bilateral_mamnoon_hussain_xi_jinping_2018_06_09", "2018-06-09") in facts, facts
