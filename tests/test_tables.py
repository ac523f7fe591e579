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
