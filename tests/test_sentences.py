"""loader.reading.sentences: blocks, sentences and their offsets in the article text."""

from datetime import date

import pytest

from loader.reading.documents import Document
from loader.reading.sentences import MAX_SENTENCE_CHARS, sentences

ARTICLE = """SCO defence chiefs meet in Bishkek
Updated: Apr 30, 2019 10:12 IST

BISHKEK, April 30 (Kabar) -- The meeting was attended by:

- Minister of Defence of India Nirmala Sitharaman;
- Minister of Defence of the Republic of Kazakhstan Major General Nurlan Yermekbayev;

Prime Minister of Uzbekistan Sh. Mirziyoyev welcomed the guests."""


def _sentences():
    document = Document("a", "a.txt", date(2019, 4, 30), "SCO defence chiefs meet in Bishkek", ARTICLE)
    return document, sentences(document)


def test_headline_and_byline_are_sentences_of_their_own():
    _, found = _sentences()
    assert [s.original for s in found[:2]] == ["SCO defence chiefs meet in Bishkek", "Updated: Apr 30, 2019 10:12 IST"]


def test_a_list_is_joined_to_its_colon_heading():
    _, found = _sentences()
    joined = found[2]
    assert joined.original == ("The meeting was attended by: Minister of Defence of India Nirmala Sitharaman; Minister of "
                               "Defence of the Republic of Kazakhstan Major General Nurlan Yermekbayev.")
    assert joined.place == "Bishkek" and joined.reference == date(2019, 4, 30)


def test_extraction_reads_ranks_and_official_names_away():
    _, found = _sentences()
    assert "of Kazakhstan Nurlan Yermekbayev" in found[2].text


def test_two_letter_initials_do_not_end_a_sentence():
    _, found = _sentences()
    assert found[-1].original == "Prime Minister of Uzbekistan Sh. Mirziyoyev welcomed the guests."


def test_a_chronology_date_opens_its_item_and_ends_no_sentence():
    text = ("Timeline\n\nNovember 25, 2010. The heads of government met in Dushanbe. 15 June 2001. The SCO was founded."
            " 2 July 2025, Tianjin. The transport ministers met.")
    found = sentences(Document("a", "a.txt", None, "Timeline", text))
    assert [s.original for s in found][-3:] == ["November 25, 2010. The heads of government met in Dushanbe.",
                                                "15 June 2001. The SCO was founded.",
                                                "2 July 2025, Tianjin. The transport ministers met."]


def test_offsets_cut_each_sentence_out_of_the_text():
    document, found = _sentences()
    for sentence in found:
        span = document.text[sentence.start:sentence.end]
        assert span.startswith(sentence.original.split()[0]) and span.rstrip(".;").endswith(
            sentence.original.rstrip(".").split()[-1])
    assert document.text[found[-1].start:found[-1].end] == found[-1].original


@pytest.mark.parametrize("text, joined", [
    # plain lines in a paragraph of their own
    ("Heads of delegations of the member states:\n\nPrime Minister of Kazakhstan Alikhan Smailov\n"
     "Premier of China Li Qiang\n\nThe meeting ended at noon.",
     "Heads of delegations of the member states: Prime Minister of Kazakhstan Alikhan Smailov; Premier of China Li Qiang."),
    # lines right under the heading, in its paragraph
    ("Heads of delegation of the member states at the CHG:\nKyrgyzstan (host, chair) - Chairman of the Cabinet of "
     "Ministers Akylbek Zhaparov\nChina - Premier Li Qiang\n\nThe meeting ended at noon.",
     "Heads of delegation of the member states at the CHG: Kyrgyzstan (host, chair) - Chairman of the Cabinet of "
     "Ministers Akylbek Zhaparov; China - Premier Li Qiang."),
    # a paragraph of items, one per line
    ("Taking part were:\n\nPresident of Kazakhstan N.A. Nazarbaev;\nChairman of China Hu Jintao;\n"
     "President of Russia D.A. Medvedev.\n\nThe meeting ended at noon.",
     "Taking part were: President of Kazakhstan N.A. Nazarbaev; Chairman of China Hu Jintao; President of Russia "
     "D.A. Medvedev."),
])
def test_a_list_of_lines_is_joined_to_its_heading(text, joined):
    found = sentences(Document("b", "b.txt", None, "", text))
    assert [s.original for s in found] == [joined, "The meeting ended at noon."]


def test_bullets_of_prose_under_a_heading_stay_sentences_of_their_own():
    text = ("The summit doubled as a stage for one-on-one talks:\n\n- Hu received Musharraf in Shanghai on Wednesday, the "
            "eve of the summit, for an hour-long meeting on trade and the security of Chinese engineers in Pakistan.\n- "
            "On Thursday, on the margins of the summit, Musharraf held separate talks with Putin, Ahmadinejad and Karzai, "
            "his aides said after the meetings.")
    found = sentences(Document("p", "p.txt", None, "", text))
    assert [s.original.lstrip("- ")[:20] for s in found] == ["The summit doubled a", "Hu received Musharra",
                                                            "On Thursday, on the "]


def test_an_overlong_sentence_is_read_in_pieces_with_a_warning():
    text = "Leaders " + "discussed trade and energy " * 200 + "at length. The summit ended."
    warnings: list[str] = []
    found = sentences(Document("c", "c.txt", None, "", text), warnings.append)
    assert all(len(s.original) <= MAX_SENTENCE_CHARS for s in found)
    assert " ".join(s.original for s in found) == " ".join(text.split())  # cut at spaces: no word lost
    assert found[-1].original == "The summit ended."
    assert len(warnings) == 1 and "1 sentence(s) longer than" in warnings[0]


def test_sentences_past_the_budget_are_left_out_with_a_warning(monkeypatch):
    monkeypatch.setattr("loader.reading.sentences.MAX_SENTENCES", 3)
    text = "One. Two. Three. Four. Five."
    warnings: list[str] = []
    found = sentences(Document("d", "d.txt", None, "", text), warnings.append)
    assert [s.original for s in found] == ["One.", "Two.", "Three."]
    assert warnings == ["only the first 3 sentences were read; the 11 characters from character 17 on were left out"]


def test_abbreviations_without_end_stay_one_sentence():
    text = "Mr. " * 50 + "Smith arrived. He spoke."
    found = sentences(Document("e", "e.txt", None, "", text))
    assert [s.original for s in found] == [("Mr. " * 50 + "Smith arrived.").strip(), "He spoke."]


def test_a_live_blog_day_heading_dates_the_entries_below_it():
    text = "MONDAY, SEPTEMBER 1\n\n09:40 IST\nThe summit opened today.\n\nSUNDAY, AUGUST 31\n\nLeaders arrived today."
    found = sentences(Document("g", "g.txt", date(2025, 9, 1), "", text))
    by_text = {s.original: s.reference for s in found}
    assert by_text["The summit opened today."] == date(2025, 9, 1)
    assert by_text["Leaders arrived today."] == date(2025, 8, 31)


def test_a_live_blog_day_heading_named_yesterday_or_by_its_number():
    text = "10:20am\nThe session opened today.\n\nYESTERDAY - October 15\n\n12:10pm\nTalks were held today.\n\n" \
           "Day 1: 14 October\n\nDelegations arrived today."
    found = sentences(Document("g", "g.txt", date(2024, 10, 16), "", text))
    by_text = {s.original: s.reference for s in found}
    assert by_text["The session opened today."] == date(2024, 10, 16)
    assert by_text["Talks were held today."] == date(2024, 10, 15)
    assert by_text["Delegations arrived today."] == date(2024, 10, 14)


def test_the_items_of_a_chronology_under_a_heading_are_sentences_of_their_own():
    from datetime import date as day

    from loader.reading.documents import Document
    from loader.reading.sentences import sentences

    text = ("Milestones of the group:\n\n* April 1996, Shanghai -- the five presidents meet\n* April 1997, Moscow -- second "
            "meeting\n\nAttended by:\n* President A\n* President B")
    found = [s.text for s in sentences(Document("t", "t.txt", day(2001, 6, 16), "Title", text))]
    assert "* April 1997, Moscow -- second meeting" in found, found
    assert any("President A" in s and "President B" in s for s in found), found


@pytest.mark.parametrize("written, read", [
    ("Defence Minister of the Russian Federation General Sergei Shoigu", "Defence Minister of Russia Sergei Shoigu"),
    ("Defence Minister of China General Wei Fenghe", "Defence Minister of China Wei Fenghe"),
    ("SCO Secretary General Zhang Ming", "SCO Secretary General Zhang Ming"),
    ("the UN General Assembly Hall", "the UN General Assembly Hall"),
    ("a General Staff officer", "a General Staff officer"),
])
def test_a_bare_general_after_a_state_is_a_rank_but_not_after_another_title(written, read):
    from loader.reading.sentences import plain

    assert plain(written) == read


def test_a_live_blog_entry_stamp_dates_the_entry_below_it():
    from loader.reading.documents import Document

    document = Document(id="t", source="t.txt", published=date(2019, 6, 14), title="Live blog",
                        text="Live blog\n\n18:12 14.6.2019\n\nThe leaders signed the declaration.\n\n20:05 13.6.2019\n\n"
                             "Modi met Xi this evening.")
    found = {s.text: s.reference for s in sentences(document)}
    assert found["The leaders signed the declaration."] == date(2019, 6, 14)
    assert found["Modi met Xi this evening."] == date(2019, 6, 13)


def test_a_diarys_weekday_headings_date_every_paragraph_below_them():
    text = ("Forty-eight hours in Islamabad\n\nMONDAY\n\nThe premier received Li Qiang at the airbase.\n\n"
            "He then drove to the PM House.\n\nTuesday evening:\n\nThe premier hosted a dinner.")
    found = sentences(Document("d", "d.txt", date(2024, 10, 17), "", text))
    days = {s.text: (s.reference, s.item) for s in found}
    assert days["He then drove to the PM House."] == (date(2024, 10, 14), "diary day")
    assert days["The premier hosted a dinner."] == (date(2024, 10, 15), "diary day")


@pytest.mark.parametrize("written, read", [
    ("received Ambassador of the People's Republic of China to the Kyrgyz Republic Liu Wei at the Ministry",
     "received Ambassador of China Liu Wei at the Ministry"),
    ("the Ambassador Extraordinary and Plenipotentiary of the Kingdom of Bahrain to the People's Republic of China, "
     "Omar Al-Sayed", "the Ambassador of Bahrain, Omar Al-Sayed"),
    ("the Permanent Representative of Kyrgyzstan to the SCO, Aibek Osmonov", "the Permanent Representative of "
     "Kyrgyzstan, Aibek Osmonov"),
    ("the Ambassador of India to Russia said", "the Ambassador of India to Russia said"),  # no name: left as it is
])
def test_an_envoy_is_read_with_the_state_they_stand_for(written, read):
    from loader.reading.sentences import plain

    assert plain(written) == read


PDF_TEXT = ("JOINT STATEMENT\n\n"
            "   On 12 May the defence ministers of the member states met in\n"
            "Dushanbe. Taking part were Minister of Defence of the Republic of Kazakh-\n"
            "stan A. Karimov, Minister of Defence of the Kyrgyz\n"
            "Republic B. Osmonov and the head of the Anti-\n"
            "Terrorist Centre. They backed cross-border drills and more cross-\n"
            "border patrols.\n")


def test_a_pdfs_lines_of_even_width_make_one_paragraph_with_its_cut_words_whole():
    found = sentences(Document("pdf", "pdf.txt", None, "", PDF_TEXT))
    assert [s.original for s in found] == [
        "JOINT STATEMENT", "On 12 May the defence ministers of the member states met in Dushanbe.",
        "Taking part were Minister of Defence of the Republic of Kazakhstan A. Karimov, Minister of Defence of the Kyrgyz "
        "Republic B. Osmonov and the head of the Anti-Terrorist Centre.",
        "They backed cross-border drills and more cross-border patrols."]  # the text writes "cross-border" whole too
    taking_part = found[2]
    assert PDF_TEXT[taking_part.start:taking_part.end].startswith("Taking part were")
    assert PDF_TEXT[taking_part.start:taking_part.end].endswith("Terrorist Centre.")


def test_a_line_that_ends_in_and_does_not_join_the_next_item_of_a_list():
    text = ("The minister put forward three proposals:\n\n(i) trade in local currencies should grow;\n"
            "(ii) the bank should open in Tashkent; and\n(iii) the railway should be finished.")
    found = [s.original for s in sentences(Document("l", "l.txt", None, "", text))]
    assert found[-1] == "(iii) the railway should be finished."


@pytest.mark.parametrize("written, read", [
    ("HE Sheikh Tamim bin Hamad Al Thani attended the summit.", "Sheikh Tamim bin Hamad Al Thani attended the summit."),
    ("On the sidelines, HE the Prime Minister met his Kazakh counterpart.",
     "On the sidelines, the Prime Minister met his Kazakh counterpart."),
    ("HE SAID THE SUMMIT WAS A SUCCESS.", "HE SAID THE SUMMIT WAS A SUCCESS."),  # a headline in capitals keeps its pronoun
])
def test_his_excellency_written_he_is_left_out(written, read):
    assert sentences(Document("he", "he.txt", None, "", written))[0].text == read


def test_a_timeline_card_heading_dates_and_places_its_item():
    text = "Fourteen summits\n\n\u25cf 2004 | TASHKENT | 17 Jun\n4th summit. Host: Uzbekistan.\n\n\u25cf 2005 | ASTANA"
    found = sentences(Document("a", "a.txt", date(2014, 9, 11), "Fourteen summits", text))
    item = next(s for s in found if s.original.startswith("4th"))
    assert (item.reference, item.place, item.item) == (date(2004, 6, 17), "Tashkent", "day and place")


def test_a_year_ender_s_numbered_headings_place_and_date_their_items():
    text = ("Four dates of 2012\n\n1. BEIJING, 6-7 JUNE\nThe summit met.\n\n2. BEIJING, APRIL 2018\nThe ministers met."
            "\n\n3. Tianjin, August-September 2025\nThe leaders met on Monday.")
    found = sentences(Document("y", "y.txt", date(2025, 9, 3), "Four dates of 2012", text))
    summit, ministers, leaders = (next(s for s in found if s.original.startswith(f"The {who}"))
                                  for who in ("summit", "ministers", "leaders"))
    assert (summit.reference, summit.place) == (date(2025, 6, 6), "Beijing")
    assert (ministers.reference, ministers.place) == (date(2018, 4, 30), "Beijing")
    assert (leaders.reference, leaders.place) == (date(2025, 9, 3), "Tianjin")  # not past the article's own day


def test_a_list_of_key_dates_without_years_keeps_its_items_apart():
    text = ("Results of the year\n\nKEY DATES\n- June 25-26 - Qingdao, China: meeting of SCO defence ministers\n"
            "- July 15 - Tianjin: meeting of the SCO Council of Foreign Ministers")
    found = [s.original for s in sentences(Document("k", "k.txt", date(2025, 12, 30), "Results of the year", text))]
    assert "- July 15 - Tianjin: meeting of the SCO Council of Foreign Ministers" in found, found


def test_an_undated_article_is_read_from_the_first_full_date_it_tells_unless_it_names_many_years():
    story = ("Forty hours in Zhengzhou\n\nWhen the plane took off from Astana on the morning of 14 December 2015, it "
             "was minus twenty-six.\n\nToday the premiers meet.")
    assert {s.reference for s in sentences(Document("n", "n.txt", None, "Forty hours in Zhengzhou", story))} == \
        {date(2015, 12, 14)}
    table = "Summits\n\n15 June 2001 Shanghai\n\n7 June 2002 St Petersburg\n\n29 May 2003 Moscow\n\n17 June 2004 Astana"
    assert {s.reference for s in sentences(Document("t", "t.txt", None, "Summits", table))} == {None}


def test_a_ticker_s_entries_are_read_one_by_one_each_of_its_stamped_day():
    text = ("TICKER ARCHIVE - 27/28 APRIL 2023\n\n27/04 17:08 RAJNATH SINGH HOLDS TALKS WITH KAZAKH DEFENCE MINISTER\n"
            "27/04 17:35 RAJNATH MEETS IRAN DEFENCE MINISTER\n28/04 09:10 SCO DEFENCE MINISTERS' MEETING BEGINS")
    read = sentences(Document("t", "t.txt", date(2023, 4, 28), "TICKER ARCHIVE - 27/28 APRIL 2023", text))
    entries = [(s.text.split()[1], s.reference) for s in read if ":" in s.text.split()[1]]
    assert entries == [("17:08", date(2023, 4, 27)), ("17:35", date(2023, 4, 27)), ("09:10", date(2023, 4, 28))], read


def test_a_day_s_heading_over_bulleted_events_keeps_the_events_apart_and_dated():
    text = ("The week in review\n\nTUESDAY, 14 MAY\n* Trade ministers open the week in the capital.\n"
            "* A cooperation plan is signed.\n\nWEDNESDAY, 15 MAY\n* The premiers of two neighbours hold talks.")
    read = sentences(Document("w", "w.txt", date(2024, 5, 20), "The week in review", text))
    dated = {s.original: s.reference for s in read}
    assert dated.get("* Trade ministers open the week in the capital.") == date(2024, 5, 14), dated
    assert dated.get("* The premiers of two neighbours hold talks.") == date(2024, 5, 15), dated


def test_a_timeline_entry_headed_by_its_day_and_place_is_of_that_day_and_place():
    text = ("Ten years at one table\n\nJune 9, 2017 -- Astana, Kazakhstan\nBoth countries join at the summit.\n\n"
            "November 10, 2020 -- online\nBoth leaders address the first video summit.")
    read = {s.original: (s.reference, s.place) for s in sentences(
        Document("t", "t.txt", date(2025, 9, 3), "Ten years at one table", text))}
    assert read["Both countries join at the summit."] == (date(2017, 6, 9), "Astana"), read
    assert read["Both leaders address the first video summit."][0] == date(2020, 11, 10), read


def test_an_undated_article_is_not_read_from_a_date_of_another_year_than_its_file_name():
    story = "Ministers meet\n\nThe SCO was set up on 15 June 2001. The ministers met in Dushanbe on 31 July."
    read = sentences(Document("m", "m.txt", None, "Ministers meet", story, year=2014))
    assert {s.reference for s in read} == {date(2014, 7, 31)}, read


def test_a_chronicle_s_paragraph_opened_by_its_year_and_place_is_of_that_year_and_place():
    text = ("A decade of councils\n\n2015 - Zhengzhou. The ministers met on 14-15 December.\n\n"
            "2003 - Moscow. Third summit, 29 May.\n2005 - Astana. Fifth summit, 5 July.\n\nWhat it shows.")
    read = {s.text: (s.reference, s.place) for s in sentences(
        Document("c", "c.txt", date(2025, 12, 22), "A decade of councils", text))}
    assert read["The ministers met on 14-15 December."] == (date(2015, 12, 31), "Zhengzhou"), read
    assert read["Third summit, 29 May."] == (date(2003, 12, 31), "Moscow"), read  # one line, one year
    assert read["Fifth summit, 5 July."] == (date(2005, 12, 31), "Astana"), read
    assert read["What it shows."][0] == date(2025, 12, 22), read  # the chronicle over, the article's own day again
