"""A table of meetings copied as text: each row read as the statement it makes."""

from datetime import date

from loader.extraction.meetings import find_meetings
from loader.extraction.tables import meeting_rows
from loader.reading.documents import Document
from loader.reading.sentences import sentences
from test_extract import facts_of

TABLE = ("LI KEQIANG AT SCO HEADS OF GOVERNMENT MEETINGS\n\n"
         "Year | Meeting | Where, when | Chaired by | Note\n"
         "2014 | 13th | Astana, Dec 15 | Karim Massimov, Kazakh PM | pitched the Silk Road Economic Belt\n"
         "2015 | 14th | Zhengzhou, Dec 15 | Li Keqiang | China hosted\n"
         "2021 | 20th | online, Nov 25 | Askar Mamin, Kazakh PM |\n\n"
         "He did not miss one in ten years.")


def test_each_row_of_a_table_of_meetings_is_read_as_its_statement():
    found = sentences(Document("a", "a.txt", date(2023, 10, 27), "Li Keqiang dies", TABLE))
    mentions = {s.index: find_meetings(s.text, s.reference) for s in found}  # the heading names the series
    rows = [s for s in meeting_rows(found, mentions) if s.original.startswith("20")]
    assert rows[0].text == ("The 13th Meeting of the SCO Council of Heads of Government was held in Astana on Dec 15 "
                            "2014, chaired by Kazakh PM Karim Massimov. pitched the Silk Road Economic Belt.")
    assert rows[2].text.startswith("The 20th Meeting of the SCO Council of Heads of Government was held online "
                                   "on Nov 25")
    assert rows[0].original.startswith("2014 | 13th | Astana")  # the row as written stays its evidence


def test_a_table_of_meetings_yields_each_meeting_with_its_place_day_and_chair(gazetteer):
    facts = facts_of(TABLE, gazetteer, published=date(2023, 10, 27))
    for meeting, place, day, chair, ordinal in (
            ("sco_heads_of_government_council_2014", "astana", "2014-12-15", "karim_massimov", "13"),
            ("sco_heads_of_government_council_2015", "zhengzhou", "2015-12-15", "li_keqiang", "14")):
        assert {("held_in", meeting, place), ("date", meeting, day), ("chair", meeting, chair),
                ("ordinal", meeting, ordinal)} <= facts, facts
    assert ("position", "karim_massimov", "Prime Minister", "kazakhstan") in facts, facts
    assert ("date", "sco_heads_of_government_council_2021", "2021-11-25") in facts, facts


def test_a_table_of_people_is_no_table_of_meetings():
    text = "Who came\n\nCountry | Leader | Title\nChina | Xi Jinping | President\nRussia | Vladimir Putin | President"
    found = sentences(Document("a", "a.txt", date(2024, 7, 4), "Who came", text))
    assert meeting_rows(found, {s.index: find_meetings(s.text, s.reference) for s in found}) == found


def test_a_year_in_review_table_with_a_format_column_and_a_rule(gazetteer):
    text = ("The SCO in 2014\n\n| Date | Format | Venue | Chaired by | What happened |\n|---|---|---|---|---|\n"
            "| 30-31 July | Council of Foreign Ministers | Dushanbe | Sirojiddin Aslov, FM of Tajikistan | Drafts for "
            "the summit agreed. Wang Yi (China) attended. |\n"
            "| 24-29 Aug | \"Peace Mission 2014\" drill | Zhurihe | - | An exercise. |\n"
            "| 11-12 Sept | Council of Heads of State (14th) | Dushanbe | Emomali Rahmon, President of Tajikistan | "
            "Declaration signed. |")
    facts = facts_of(text, gazetteer, published=date(2014, 12, 30))
    assert {("date", "sco_foreign_ministers_council_2014", "2014-07-30"),
            ("chair", "sco_heads_of_state_council_2014", "emomali_rahmon"),
            ("ordinal", "sco_heads_of_state_council_2014", "14")} <= facts, facts
    assert not any(f[0] == "held_in" and f[2] == "zhurihe" for f in facts), facts
    assert ("participation", "sco_foreign_ministers_council_2014", "wang_yi", "china", "Member", "false") in facts, \
        facts


def test_a_padded_table_under_a_plus_rule_with_ordinals_only(gazetteer):
    facts = facts_of("MOSCOW, Nov 18 - The 24th meeting of the SCO Council of Heads of Government was held in "
                     "Moscow.\n\n"
                     "Background: the council since 2020\n\n"
                     "Meeting | Date           | Host       | Where                | Chaired by\n"
                     "--------+----------------+------------+----------------------+-----------------------------\n"
                     "19th    | 30 Nov 2020    | India      | by video conference  | Vice President M. Venkaiah Naidu\n"
                     "23rd    | 16 Oct 2024    | Pakistan   | Islamabad            | Prime Minister Shehbaz Sharif\n",
                     gazetteer, published=date(2025, 11, 20))
    assert {("chair", "sco_heads_of_government_council_2020", "venkaiah_naidu"),
            ("held_in", "sco_heads_of_government_council_2024", "islamabad"),
            ("ordinal", "sco_heads_of_government_council_2024", "23")} <= facts, facts


def test_a_meeting_column_that_names_each_row_s_meeting(gazetteer):
    text = ("SCO meetings hosted by Kazakhstan\n\n| Date | City | Meeting | Chaired by |\n|---|---|---|---|\n"
            "| 5 July 2005 | Astana | 5th meeting of the Council of Heads of State | President Nursultan Nazarbayev |\n"
            "| 8 June 2011 | Almaty | 9th meeting of prosecutors general | Prosecutor General Askhat Daulbayev |\n"
            "| 8 June 2016 | Astana | Meeting of defence ministers | Defence Minister Imangali Tasmagambetov |")
    facts = facts_of(text, gazetteer, published=None, name="kazinform-backgrounder")
    assert {("ordinal", "sco_heads_of_state_council_2005", "5"),
            ("held_in", "sco_prosecutors_general_meeting_2011", "almaty"),
            ("ordinal", "sco_prosecutors_general_meeting_2011", "9"),
            ("chair", "sco_defence_ministers_meeting_2016", "imangali_tasmagambetov")} <= facts, facts
    assert not any(f[0] == "meeting" and f[1] == "sco_heads_of_state_council_2016" for f in facts), facts
