"""loader.reading.documents: decoding, cleaning and article metadata; bad files are reported by name."""

from datetime import date

import pytest

from loader.reading.documents import DocumentError, read_document, read_documents

ARTICLE = "BISHKEK, Oct. 26 (Xinhua) -- Chinese Premier Li Qiang met Kyrgyz President Sadyr Japarov here on Thursday.\n"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),
        ARTICLE.replace("\n", "\r\n").encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252-crlf"],
)
def test_encodings_read_to_the_same_text(tmp_path, encoded):
    document = read_document(write(tmp_path, "2023-10-27_x.txt", encoded))
    assert document.text == ARTICLE.strip()


def test_cp1252_punctuation_is_decoded(tmp_path):
    text = "Iran\u2019s First Vice President Mohammad Mokhber attended the SCO meeting in Bishkek."
    document = read_document(write(tmp_path, "a.txt", text.encode("cp1252")))
    assert "Iran\u2019s" in document.text


def test_html_is_stripped(tmp_path):
    html = b"<html><head><style>p{}</style></head><body><h1>SCO summit opens</h1><p>Leaders met in <b>Astana</b>.</p></body></html>"
    document = read_document(write(tmp_path, "b.txt", html))
    assert document.title == "SCO summit opens"
    assert "Leaders met in Astana." in document.text
    assert "<" not in document.text and "p{}" not in document.text


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty"), (b"   \n\n ", "empty"), (b"\x00\x01\x02binary\x00" * 50, "binary"), (b"Hi.", "no article text")],
    ids=["empty", "blank", "binary", "too-short"],
)
def test_unreadable_articles_are_reported_by_name(tmp_path, data, reason):
    with pytest.raises(DocumentError) as info:
        read_document(write(tmp_path, "broken.txt", data))
    assert info.value.path == "broken.txt"
    assert reason in info.value.reason


def test_one_bad_article_does_not_stop_the_others(tmp_path):
    good = write(tmp_path, "2023-10-27_good.txt", ARTICLE.encode())
    bad = write(tmp_path, "2023-10-27_bad.txt", b"")
    documents, errors = read_documents([good, bad])
    assert [d.source for d in documents] == ["2023-10-27_good.txt"]
    assert [e.path for e in errors] == ["2023-10-27_bad.txt"]


def test_several_megabytes_are_read(tmp_path):
    document = read_document(write(tmp_path, "big.txt", (ARTICLE * 40000).encode()))
    assert len(document.text) > 3_000_000


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("2023-10-27_x.txt", "Bishkek, 27 October 2023 (TDI): Li Qiang spoke.", date(2023, 10, 27)),
        ("x.txt", "BEIJING, July 4, 2023 /PRNewswire/ -- Xi will attend the summit.", date(2023, 7, 4)),
        ("x.txt", "Title of the piece\n\n2023-07-04 14:17 1895\n\nText of the SCO article here.", date(2023, 7, 4)),
        ("2021-09-17_x.txt", "On the afternoon of September 17, Xi attended the meeting of the SCO.", date(2021, 9, 17)),
        ("notes.txt", "Leaders of the SCO met to discuss cooperation and security.", None),
        ("guardian.txt", "Ahmadinejad uses Shanghai stage\n\nReporter in Shanghai\nThursday 15 June 2006 18.47 BST\n\n"
         "The SCO summit opened today.", date(2006, 6, 15)),
        ("wire.txt", "SCO summit ends\n\nBy Staff Reporter | 11 June 2010, 19:40 local time\n\nThe summit ended.",
         date(2010, 6, 11)),
        ("agency.txt", 'Speakers meet\n\nDushanbe, 31.05.2006 /NIAT "Khovar"/. The speakers met in Moscow yesterday.',
         date(2006, 5, 31)),
        ("montsame.txt", "Premier attends SCO meeting\n\nThu, 12/06/2012 - 10:52\n\nUlaanbaatar /MONTSAME/ The Premier "
         "returned home.", date(2012, 12, 6)),
        ("stamp.txt", "Premier attends SCO meeting\n\n05/07/2024 14:20\n\nThe Premier returned home.", date(2024, 7, 5)),
        ("nikkei.txt", "Xi shows off the SCO\n\nKAZUKI HORIE, staff writer\nJune 10, 2018 21:05 JST\n\nQINGDAO, China -- "
         "Xi presided on Sunday.", date(2018, 6, 10)),
        ("2018-06-11_x.txt", "Xi shows off the SCO\n\nJune 10, 2017\n\nXi presided on Sunday.", date(2018, 6, 11)),
        ("briefing.txt", "Record of the Weekly Press Briefing by the Spokesperson, Thursday, 20 April 2023\n\nGood "
         "afternoon.", date(2023, 4, 20)),
        ("analysis.txt", "GT analysis: an enlarged SCO gathers\n\nBy Global Times Published: Aug 30, 2025 10:52 PM\n\n"
         "Leaders meet on Sunday.", date(2025, 8, 30)),
        ("tv.txt", "Summit held\n\n16.08.2007, 18:42 | Views: 1 907 | Print | Send to a friend\n\nThe leaders met today.",
         date(2007, 8, 16)),
        ("weekly.txt", "DEFENCE WEEKLY\nVol 12, Issue 34 | 22 August 2007 | NEWS - LAND FORCES\n\nDrill ends\n\nThe "
         "exercise closed on 17 August.", date(2007, 8, 22)),
        ("wrap.txt", "MARKETS WRAP -- EMERGING EURASIA -- Tue 18 Nov 2025, 19:05 MSK\n\nThe council closed today.",
         date(2025, 11, 18)),
        ("cable.txt", "Reference ID: 08ASTANA2163\nCreated: 2008-11-03 10:21\nReleased: 2011-08-30\n\nSUBJECT: SCO "
         "PRIME MINISTERS MEET\n\nHeads of government met in Astana on October 30.", date(2008, 11, 3)),
    ],
    ids=["dateline-with-year", "wire-dateline", "iso-stamp", "file-name", "none", "stamp-with-a-dotted-time",
         "byline-after-author",
         "numeric-dateline", "stamp-month-first-by-its-weekday", "stamp-day-first", "written-stamp",
         "file-name-before-a-bare-date-line", "date-ending-the-headline", "stamp-after-the-byline",
         "stamp-before-page-furniture", "stamp-in-a-cell-of-the-masthead", "stamp-between-dashes-of-the-masthead",
         "created-before-released"],
)
def test_article_date_comes_from_text_then_file_name(tmp_path, name, text, expected):
    assert read_document(write(tmp_path, name, text.encode())).published == expected


def test_article_id_is_the_file_stem(tmp_path):
    document = read_document(write(tmp_path, "2023-10-27_Bishkek News.txt", ARTICLE.encode()))
    assert document.id == "2023-10-27_bishkek-news"
    assert document.source == "2023-10-27_Bishkek News.txt"


@pytest.mark.parametrize("line, place, when, agency", [
    ("ASTANA. KAZINFORM - The ministers met.", "ASTANA", None, "KAZINFORM"),
    ("MOSCOW (Sputnik) - The ministers met.", "MOSCOW", None, "Sputnik"),
    ("New Delhi [India], April 28 (ANI): Defence Minister", "New Delhi", "April 28", "ANI"),
    ("NEW DELHI, March 29. /TASS/. Secretary", "NEW DELHI", "March 29", "TASS"),
    ("TASHKENT, JUL 29 /DNA/ - The", "TASHKENT", "JUL 29", "DNA"),
    ("ISLAMABAD: Foreign Minister Qureshi", "ISLAMABAD", None, None),
    ("DUSHANBE, 13.07.2018. /NIAT \u00abKhovar\u00bb/. On July 12", "DUSHANBE", "13.07.2018", "NIAT \u00abKhovar\u00bb"),
    ("Ulaanbaatar /MONTSAME/ The Prime Minister of Mongolia", "Ulaanbaatar", None, "MONTSAME"),
    ("DUSHANBE, June 9, 2022, Asia-Plus -- Health ministers", "DUSHANBE", "June 9, 2022", "Asia-Plus"),
    ("DUSHANBE, September 17, 2021, Asia-Plus - For Tajikistan", "DUSHANBE", "September 17, 2021", "Asia-Plus"),
    ("DUSHANBE, September 15, Asia-Plus \u2014 Heads of government", "DUSHANBE", "September 15", "Asia-Plus"),
    ("ST PETERSBURG (Russia), Nov 7: Prime Minister", "ST PETERSBURG", "Nov 7", None),
    ("Qingdao (China), Jun 10 (PTI) Prime Minister Narendra Modi", "Qingdao", "Jun 10", "PTI"),
    ("TASHKENT, 19 August. /Dunyo IA/. The 17th meeting", "TASHKENT", "19 August", "Dunyo IA"),
    ("TASHKENT, June 17. /ITAR-TASS/. The leaders", "TASHKENT", "June 17", "ITAR-TASS"),
    ("KAZAN. April 29. KAZINFORM. The capital of Tatarstan", "KAZAN", "April 29", "KAZINFORM"),
    ("DUSHANBE, 13.07.2013 /NIAT \u201cKhovar\u201d/. Minister", "DUSHANBE", "13.07.2013", "NIAT \u201cKhovar\u201d"),
    ("MOSCOW/NEW DELHI, Sept 11 (Reuters) - India and China", "MOSCOW", "Sept 11", "Reuters"),
    ("ST. PETERSBURG, Russia (AP) \u2014 The leaders", "ST. PETERSBURG", None, "AP"),
    ("DUSHANBE, September 13, 2014", "DUSHANBE", "September 13, 2014", None),
    ("ASTANA. Today the Minister of Agriculture chaired", "ASTANA", None, None),
    ("ASTANA, Nov 30. Today the ministers met", "ASTANA", "Nov 30", None),
    ('DUSHANBE, 28.07.2021 (NIAT "Khovar"). - Today the capital', "DUSHANBE", "28.07.2021", 'NIAT "Khovar"'),
    ("Astana. July 5. Kazakhstan Today - The leaders met", "Astana", "July 5", "Kazakhstan Today"),
])
def test_datelines_of_many_outlets(line, place, when, agency):
    from loader.reading.documents import dateline

    match = dateline(line)
    assert (match["place"], match["date"], match["agency"] or match["wire"] or match["agency2"] or match["agency3"]
            or match["agency4"]) == (place, when, agency)


@pytest.mark.parametrize("line", ["Chinese President Xi: we must act", "SCO: leaders meet", "The summit -- a view",
                                  "Moscow. The talks went on", "SCO. The bloc met",
                                  "Shavkat Mirziyoyev (Uzbekistan) Sadyr Japarov (Kyrgyzstan)",
                                  "WHO'S IN TOWN: Jiang Zemin, President of China", "WHAT THEY SIGNED: a charter"])
def test_a_sentence_with_a_colon_is_no_dateline(line):
    from loader.reading.documents import dateline

    assert dateline(line) is None


# --- hostile input folders: only regular files inside the folder are read, and nothing hangs or crashes ---
def hostile_entry(folder, kind: str):
    """An entry named like an article that is not one; returns its file name as the reader reports it."""
    import os

    if kind == "dangling-symlink":
        (folder / "gone.txt").symlink_to(folder / "missing")
    elif kind == "looping-symlink":
        (folder / "loop.txt").symlink_to(folder / "loop.txt")
    elif kind == "symlink-outside":
        outside = folder.parent / "secret.txt"
        outside.write_text(ARTICLE)
        (folder / "outside.txt").symlink_to(outside)
    elif kind == "symlink-to-device":
        (folder / "zero.txt").symlink_to("/dev/zero")
    elif kind == "folder":
        (folder / "folder.txt").mkdir()
    elif kind == "fifo":
        os.mkfifo(folder / "pipe.txt")
    elif kind == "bad-name":
        name = os.fsdecode(b"caf\xe9.txt")
        (folder / name).write_text(ARTICLE)
        return "caf\ufffd.txt"
    return next(p.name for p in folder.iterdir() if p.name != "2023-10-27_good.txt")


HOSTILE = ["dangling-symlink", "looping-symlink", "symlink-outside", "symlink-to-device", "folder", "fifo", "bad-name"]
REASONS = {"dangling-symlink": "symlink that leads nowhere", "looping-symlink": "symlink that leads nowhere",
           "symlink-outside": "outside the folder", "symlink-to-device": "outside the folder", "folder": "a folder",
           "fifo": "FIFO", "bad-name": "not valid UTF-8"}


@pytest.mark.parametrize("kind", HOSTILE)
def test_hostile_entries_are_reported_and_the_others_read(tmp_path, kind):
    from loader.reading.documents import find_documents

    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "2023-10-27_good.txt", ARTICLE.encode())
    name = hostile_entry(folder, kind)
    documents, errors = read_documents(find_documents([folder]))
    assert [d.source for d in documents] == ["2023-10-27_good.txt"]
    assert [e.path for e in errors] == [name]
    assert REASONS[kind] in errors[0].reason
    str(errors[0]).encode("utf-8")  # printable


def test_a_symlink_to_a_file_in_the_folder_is_read(tmp_path):
    write(tmp_path, "2023-10-27_good.txt", ARTICLE.encode())
    (tmp_path / "2023-10-27_link.txt").symlink_to(tmp_path / "2023-10-27_good.txt")
    assert read_document(tmp_path / "2023-10-27_link.txt").text == ARTICLE.strip()


def test_the_size_cap_is_counted_while_reading(tmp_path):
    from loader.reading.documents import read_bytes

    path = write(tmp_path, "big.txt", b"word " * 1000)
    assert len(read_bytes(path, 5000)) == 5000
    with pytest.raises(DocumentError, match="over the 4999 byte limit"):
        read_bytes(path, 4999)


def test_a_dateline_without_a_year_takes_the_year_the_text_names_most(tmp_path):
    text = ("SCO defence ministers meet\n\nBISHKEK, June 27 (AKIpress) -- Defence ministers met here on Wednesday to "
            "prepare the Peace Mission 2007 exercise, the largest since 2005. It opens in August 2007.\n")
    assert read_document(write(tmp_path, "akipress-defence.txt", text.encode())).published == date(2007, 6, 27)
    undated = "SCO ministers meet\n\nBISHKEK, June 27 (AKIpress) -- Defence ministers met here on Wednesday.\n"
    assert read_document(write(tmp_path, "akipress-undated.txt", undated.encode())).published is None


def test_a_year_the_file_name_gives_dates_a_dateline_without_one_and_stays_with_the_article(tmp_path):
    text = "SCO summit opens\n\nASTANA, July 5 (Wire) -- Leaders met here on Tuesday, as they did in 2004.\n"
    document = read_document(write(tmp_path, "wire-astana-summit-2005.txt", text.encode()))
    assert (document.published, document.year) == (date(2005, 7, 5), 2005)
    bare = "SCO summit opens\n\nLeaders of the six member states met in the Kazakh capital on Tuesday.\n"
    document = read_document(write(tmp_path, "wire-astana-summit-2005-update2.txt", bare.encode()))
    assert (document.published, document.year) == (None, 2005)
    two = read_document(write(tmp_path, "summits-2004-2005.txt", bare.encode()))
    dated = read_document(write(tmp_path, "2005-07-05_summit-2004.txt", bare.encode()))
    assert two.year is None and dated.year is None  # two years say none; a dated name says its own

def test_a_stamp_inside_a_line_of_page_furniture_dates_the_article(tmp_path):
    text = "In pictures: SCO summit\n\nPhoto gallery | World | Updated: 2006-06-15 21:40 Beijing time\n\nLeaders met.\n"
    assert read_document(write(tmp_path, "gallery-sco.txt", text.encode())).published == date(2006, 6, 15)


def test_a_stamp_with_unpadded_numbers_or_run_into_its_byline_dates_the_article(tmp_path):
    text = "SCO widens circle\n\nSource: Global Times  Published: 2012-6-8 0:42:17\n\nLeaders met in Beijing.\n"
    assert read_document(write(tmp_path, "gt-sco.txt", text.encode())).published == date(2012, 6, 8)
    text = "Erdogan, Putin meet in China\n\nAhmet Yildiz  |01.09.2025 - 11:42 GMT+3\n\nTIANJIN\n\nThey met.\n"
    assert read_document(write(tmp_path, "aa-flash.txt", text.encode())).published == date(2025, 9, 1)
    text = "LIVE: Key moments of the SCO summit\n\nUpdated 20:12, 01-Sep-2025\nCGTN\n\nLeaders met in Tianjin.\n"
    assert read_document(write(tmp_path, "cgtn-live.txt", text.encode())).published == date(2025, 9, 1)


def test_a_place_and_date_on_a_line_of_their_own_date_a_press_release(tmp_path):
    text = ("Minister attends SCO meeting\n\nPress Release No. 12/2021\nDushanbe, 14 July 2021\n\nThe foreign minister "
            "attended the meeting held here today. It reviewed the summit due on 16-17 September 2021.\n")
    assert read_document(write(tmp_path, "mofa-release.txt", text.encode())).published == date(2021, 7, 14)
    stamp = "SCO border chiefs meet\n\n15:47, 05 July 2023 | GMT +6\n\nALMATY. KAZINFORM - Chiefs met today.\n"
    assert read_document(write(tmp_path, "kazinform-border.txt", stamp.encode())).published == date(2023, 7, 5)
    prose = "Minister attends SCO meeting\n\nDushanbe, the capital, hosted the 2021 meeting.\n"
    assert read_document(write(tmp_path, "mofa-prose.txt", prose.encode())).published is None


def test_the_cells_of_a_copied_table_stay_apart(tmp_path):
    path = tmp_path / "2027-06-20_table.txt"
    path.write_text("Who came\n\nChina\tLi Wei\t President\nHost country      Kyrgyzstan\nA line  with  two spaces.\n"
                    "Members (3) ........ Nepal, China\nChair .. Li Wei\nAnd so ... it went.\n", encoding="utf-8")
    assert read_document(path).text.splitlines()[2:] == ["China | Li Wei | President", "Host country | Kyrgyzstan",
                                                         "A line with two spaces.", "Members (3) | Nepal, China",
                                                         "Chair | Li Wei", "And so ... it went."]


def test_a_padded_table_s_bars_are_one_gap_each(tmp_path):
    path = tmp_path / "2025-11-20_padded.txt"
    path.write_text("Meeting | Date           | Host\n--------+----------------+------\n"
                    "19th    | 30 Nov 2020    | India\n| 20th   | 25 Nov 2021 |   Kazakhstan |\n", encoding="utf-8")
    assert read_document(path).text.splitlines()[1:] == ["--------+----------------+------",
                                                         "19th | 30 Nov 2020 | India",
                                                         "| 20th | 25 Nov 2021 | Kazakhstan |"]


def test_text_once_read_in_the_wrong_code_page_is_repaired(tmp_path):
    path = tmp_path / "2020-09-10_mojibake.txt"
    path.write_text("Indiaâ€™s External Affairs Minister met Chinaâ€™s Wang Yi â€” a â€œfrankâ€\x9d talk.\n",
                    encoding="utf-8")
    assert read_document(path).text.startswith("India\u2019s External Affairs Minister met China\u2019s Wang Yi \u2014")
    clean = tmp_path / "2020-09-10_clean.txt"
    clean.write_text("Zhang Ming met Li Wei in Tashkent \u2014 \u201cclosely\u201d.\n", encoding="utf-8")
    assert read_document(clean).text == "Zhang Ming met Li Wei in Tashkent \u2014 \u201cclosely\u201d."


def test_a_wire_editors_note_on_what_an_update_adds_is_not_part_of_the_story(tmp_path):
    path = tmp_path / "2014-09-12_update.txt"
    path.write_text("UPDATE 1-Bloc urges talks\n\n(Adds Putin news conference, paragraphs 4-5; corrects spelling of\n"
                    "Mongolian president's name in paragraph 10)\n\nDUSHANBE, Sept 12 - Leaders met on Friday.\n\n"
                    "(Photo: the leaders in Dushanbe)", encoding="utf-8")
    text = read_document(path).text
    assert "news conference" not in text and "Leaders met on Friday." in text, text
    assert text.endswith("(Photo: the leaders in Dushanbe)"), text  # other lines in brackets stay


def test_an_agencys_note_that_it_is_updating_with_new_items_is_not_part_of_the_story(tmp_path):
    path = tmp_path / "2002-06-07_writethru.txt"
    path.write_text("2nd Ld-Writethru: Leaders sign charter\n(updating with press conference, background)\n\n"
                    "ST. PETERSBURG, June 7 - The leaders signed the charter here Friday.", encoding="utf-8")
    text = read_document(path).text
    assert "press conference" not in text and "signed the charter" in text, text


def test_an_iso_date_in_a_page_head_dates_the_article(tmp_path):
    text = ("Home | News | China\n\nCHINA DAILY  |  2007-08-17  |  Page 1  |  Top News\n\nSCO leaders ink pact\n\n"
            "BISHKEK - Leaders of the SCO yesterday signed a treaty.\n")
    assert read_document(write(tmp_path, "china-daily-page-one.txt", text.encode())).published == date(2007, 8, 17)


def test_a_document_number_shaped_like_a_date_is_no_date_and_no_crash(tmp_path):
    text = "PRESS RELEASE\n\n1127-25-07-2008\n\nOn 25 July Sergey Lavrov attended the SCO ministers' meeting.\n"
    document = read_document(write(tmp_path, "mfa-release-2008.txt", text.encode()))
    assert (document.published, document.year) == (None, 2008)


def test_an_unforeseen_failure_on_one_article_is_reported_by_name_and_the_others_load(tmp_path, monkeypatch):
    import loader.reading.documents as documents

    good = write(tmp_path, "good.txt", b"SCO ministers met in Astana on Friday to prepare the summit.\n")
    bad = write(tmp_path, "bad.txt", b"SCO ministers met in Bishkek on Friday to prepare the summit.\n")
    real = documents._published
    monkeypatch.setattr(documents, "_published", lambda paragraphs, path: real(paragraphs, path)
                        if path.name == "good.txt" else 1 / 0)
    loaded, errors = read_documents([good, bad])
    assert [d.source for d in loaded] == ["good.txt"]
    assert [e.path for e in errors] == ["bad.txt"] and "ZeroDivisionError" in errors[0].reason


def test_a_numeric_date_after_a_section_name_dates_the_article(tmp_path):
    text = ("Exchange rates from 30/07/2014\n\nSearch\n\nPolitics 31/07/2014\nMinister attends SCO council\n\n"
            "The minister took part in the council held on 30-31 July.\n")
    assert read_document(write(tmp_path, "agency-page-2014.txt", text.encode())).published == date(2014, 7, 31)
