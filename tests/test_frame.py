"""loader.extraction.frame: the article's main meeting, decided from all of its evidence."""

from datetime import date

from loader.extraction.frame import main_meeting
from loader.extraction.gazetteer import fold
from loader.extraction.meetings import find_meetings
from loader.reading.documents import Document
from loader.reading.sentences import sentences


def frame_of(title: str, body: str, published=date(2025, 7, 16)):
    document = Document("a", "a.txt", published, title, f"{title}\n\n{body}")
    found = [(s, find_meetings(s.text, s.reference)) for s in sentences(document)]
    return main_meeting(found, fold(title))


def test_a_named_meeting_outweighs_an_upcoming_summit():
    frame = frame_of("SCO foreign ministers lay groundwork for Tianjin summit",
                     "Foreign Minister Wang Yi chaired a meeting of the Council of Foreign Ministers in Tianjin on "
                     "Tuesday. The summit will be held in August. The summit is expected to adopt a strategy.")
    assert frame.mention.series.prefix == "sco_foreign_ministers_council"


def test_only_the_summit_still_gives_a_meeting():
    frame = frame_of("Leaders gather for the summit", "The summit opened today. The moot ended with a declaration.")
    assert frame.mention.series.prefix == "sco_heads_of_state_council"


def test_a_meeting_of_another_year_does_not_win():
    frame = frame_of("Defence ministers meet in Delhi",
                     "SCO defence ministers met in New Delhi today. Last year's summit in Samarkand was recalled.")
    assert frame.mention.series.prefix == "sco_defence_ministers_meeting"


def test_a_press_conference_about_a_meeting_is_the_event():
    frame = frame_of("SCO chief briefs media on outcome of heads of government meeting",
                     "Secretary-General Norov on Monday held a news conference in Beijing on the results of the 19th "
                     "meeting of the SCO Council of Heads of Government.", date(2020, 12, 14))
    assert frame.mention.kind == "PressEvent"


def test_no_meeting_no_frame():
    assert frame_of("Trade grows", "Exports rose by a tenth last year.") is None


def test_a_reported_meeting_of_another_year_still_counts_little():
    frame = frame_of("Leaders sign charter",
                     "The leaders signed a charter today. Putin hosted the gathering. He called it a success. It was "
                     "the second SCO summit. The group was proclaimed at a summit in Shanghai in June 2001, when the "
                     "five had met since 1996. At a closing news conference, Putin spoke.", date(2002, 6, 7))
    assert (frame.mention.series.prefix, frame.mention.ordinal) == ("sco_heads_of_state_council", 2)


def test_next_year_s_summit_is_not_the_mention_the_meeting_is_told_from():
    frame = frame_of("The Eurasian club meets",
                     "Leaders of the SCO met at the Ala-Archa residence on June 13th and 14th. Next year Russia is "
                     "due to host the summit in Chelyabinsk. The Bishkek summit produced no surprises.",
                     date(2019, 6, 15))
    assert "Chelyabinsk" not in frame.sentence.text and not frame.future, frame  # the leaders' meeting, or Bishkek's


def test_the_council_the_lead_names_by_its_members_and_not_a_past_summit_named_by_its_city():
    frame = frame_of("Belarus at the ministers' table",
                     "Belarus took its seat at the table of the SCO's foreign ministers for the first time. The "
                     "council met today in Tianjin. Belarus joined last July, at the Astana summit. Belarus joined at "
                     "the Astana summit, the minister recalled.", date(2025, 7, 15))
    assert frame.mention.series.prefix == "sco_foreign_ministers_council"


def test_the_summit_an_article_numbers_outweighs_a_council_it_recalls():
    frame = frame_of("Summitry on mute",
                     "HOST: On Tuesday the Shanghai Cooperation Organisation held its twentieth summit, and for the "
                     "first time nobody travelled anywhere. GUEST: A grid of faces. It was all on screens. Nobody "
                     "shook hands. The real diplomacy came earlier. Sergey Lavrov chaired the council of foreign "
                     "ministers in Moscow in September.", date(2020, 11, 13))
    assert frame.mention.series.prefix == "sco_heads_of_state_council" and frame.mention.ordinal == 20, frame


def test_a_later_day_after_the_mention_does_not_make_the_meeting_a_plan():
    frame = frame_of("SCO foreign ministers wrap up Issyk-Kul meeting, clear the way for Bishkek summit",
                     "CHOLPON-ATA - The Council of Foreign Ministers of the SCO completed its two-day session here on "
                     "Saturday, approving the documents that the heads of state are to sign in Bishkek on 13 "
                     "September. Kyrgyzstan chairs the SCO until the September summit, the 13th meeting of the "
                     "Council of Heads of State.", date(2013, 7, 13))
    assert frame.mention.series.prefix == "sco_foreign_ministers_council"


def test_a_summit_named_by_a_month_is_of_that_month():
    coming = find_meetings("Rules for new members readied for the June summit", date(2010, 5, 23))[0]
    assert (coming.city_word, coming.year, coming.month) == (None, 2010, 6)
    frame = frame_of("Mongolian premier in Moscow",
                     "Prime Minister Elbegdorj took part in the session of the Council of Heads of Government of the "
                     "SCO member states on Wednesday. Mongolia had been at the Astana summit this July as well.",
                     date(2005, 10, 27))
    assert frame.mention.series.prefix == "sco_heads_of_government_council"


def test_a_summit_of_the_sco_counts_as_named_and_page_clutter_is_not_the_lead():
    frame = frame_of("Xi and Putin put on a show of harmony",
                     "Share\n\nTweet\n\nEmail\n\nLISTEN TO ARTICLE\n\n4:51\n\nWhile the G-7 split over trade, two "
                     "leaders staged another kind of meeting. In Qingdao, the two leaders on Sunday wrapped up a "
                     "two-day summit of the Shanghai Cooperation Organization. Xi had met Modi in Wuhan in "
                     "April. At a news conference in Qingdao later on Sunday, Putin spoke.", date(2018, 6, 10))
    assert frame.mention.series.prefix == "sco_heads_of_state_council", frame


def test_a_count_of_summits_is_no_city_and_another_groups_first_summit_is_not_the_first_sco_summit():
    assert find_meetings("Three summits in ten days: how the capital coped", date(2019, 11, 3)) == []
    frame = frame_of("Three summits in ten days: how the capital coped",
                     "The city hosted the CIS leaders on 11 October. Yesterday's meeting was the 18th of the SCO "
                     "Council of Heads of Government.", date(2019, 11, 3))
    assert frame.mention.series.prefix == "sco_heads_of_government_council"
    other = find_meetings("On Tuesday the city hosted the first summit of the BRIC countries.", date(2009, 6, 18))
    assert [m.ordinal for m in other] == [None]


def test_a_first_summit_in_person_since_a_year_is_not_the_first_summit():
    found = find_meetings("It's the group's first summit in person since 2019.", date(2022, 9, 16))
    assert [m.ordinal for m in found] == [None], found
