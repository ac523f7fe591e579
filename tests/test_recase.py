"""Text written all in capitals, read in the case the rules expect."""

from datetime import date

from loader.extraction.recase import recased, shouting
from test_extract import facts_of


def test_a_flash_in_capitals_is_recognised_and_not_a_slug_or_a_plain_sentence():
    assert shouting("YEKATERINBURG -- IRANIAN PRESIDENT MAHMOUD AHMADINEJAD JOINED THE SESSION.")
    assert not shouting("1031 URGENT")
    assert not shouting("The SCO and the CSTO met in Dushanbe on Friday.")


def test_known_names_demonyms_titles_months_and_acronyms_keep_their_capitals(gazetteer):
    text = "YEKATERINBURG, JUNE 16 -- INDIAN PRIME MINISTER MANMOHAN SINGH AND ZARDARI MET ON SCO SIDELINES HERE."
    assert recased(text, gazetteer) == ("Yekaterinburg, June 16 -- Indian Prime Minister Manmohan Singh and Zardari "
                                        "met on SCO sidelines here.")


def test_a_wire_in_capitals_yields_its_meeting_and_who_came(gazetteer):
    facts = facts_of("SCO SUMMIT OPENS IN YEKATERINBURG\n\nYEKATERINBURG, RUSSIA, JUNE 16 -- LEADERS OF THE SIX "
                     "SHANGHAI COOPERATION ORGANISATION MEMBER STATES BEGAN TALKS HERE TUESDAY UNDER THE "
                     "CHAIRMANSHIP OF RUSSIAN PRESIDENT DMITRY MEDVEDEV. CHINESE PRESIDENT HU JINTAO AND KAZAKH "
                     "PRESIDENT NURSULTAN NAZARBAYEV ATTEND.", gazetteer, published=date(2009, 6, 16))
    assert ("position", "dmitry_medvedev", "President", "russia") in facts, facts
    attended = {f[2] for f in facts if f[0] == "participation"}
    assert {"hu_jintao", "nursultan_nazarbayev"} <= attended, facts
