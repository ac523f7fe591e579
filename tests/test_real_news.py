"""Structures of real news, each written here in our own words (never copied from an article), with the facts
extraction must find in it. Each case came from a real text that extraction misread (docs/extraction.md)."""

from datetime import date

import pytest

from loader.evaluate import fact_tuples
from loader.extraction.extract import extract_facts
from loader.extraction.meetings import sentence_date
from loader.reading.documents import Document, read_document
from test_extract import facts_of

CASES = [
    pytest.param(
        'Defence ministers of the SCO met in New Delhi on Friday. Besides the host, the gathering brought '
        'together the defense chiefs of the other member states, namely General Wei Dong of China, Colonel '
        'General Arman Sadykov of Kazakhstan and Lieutenant General Bakyt Osmonov of Kyrgyzstan. Belarus, an '
        'observer, whose defense minister, Lieutenant General Ivan Sokol, was also present.',
        date(2023, 4, 28),
        {('participation', 'sco_defence_ministers_meeting_2023', 'ivan_sokol', 'belarus', 'Observer', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2023', 'wei_dong', 'china', 'Member', 'false'),
         ('position', 'arman_sadykov', 'Defence Minister', 'kazakhstan'),
         ('position', 'bakyt_osmonov', 'Defence Minister', 'kyrgyzstan'),
         ('position', 'ivan_sokol', 'Defence Minister', 'belarus'),
         ('position', 'wei_dong', 'Defence Minister', 'china')},
        id='one_plural_title_over_ranked_names_and_their_states'),
    pytest.param(
        'The top security officials of the SCO states met at their 17th annual meeting in Tashkent. The '
        'meeting was chaired by Aziz Karimov, Secretary of the Security Council under the President of '
        "Uzbekistan. Pakistan's two-member delegation was led by Omar Farooq. On the margins of the meeting, "
        "Farooq held talks with Russia's Nikolai Patrushev, the Pakistani side said, without giving the "
        'date. The previous, 16th meeting of the SCO security council secretaries took place in Dushanbe in '
        'June last year.',
        date(2022, 8, 22),
        {('chair', 'sco_security_council_secretaries_meeting_2022', 'aziz_karimov'),
         ('held_in', 'sco_security_council_secretaries_meeting_2021', 'dushanbe'),
         ('meeting', 'bilateral_nikolai_patrushev_omar_farooq_2022', 'BilateralMeeting'),
         ('ordinal', 'sco_security_council_secretaries_meeting_2021', '16'),
         ('ordinal', 'sco_security_council_secretaries_meeting_2022', '17'),
         ('participation', 'sco_security_council_secretaries_meeting_2022', 'omar_farooq', 'pakistan', 'Member', 'false'),
         ('position', 'aziz_karimov', 'Secretary of the Security Council', 'uzbekistan')},
        id='a_security_council_secretaries_wire_from_another_capital'),
    pytest.param(
        "On Tuesday, Pakistan's Climate Change Minister Amna Malik represented Pakistan at the Fourth "
        'Meeting of SCO Heads of Ministries and Agencies responsible for Environmental Protection, hosted by '
        'India.',
        date(2023, 4, 20),
        {('host', 'sco_environment_ministers_meeting_2023', 'india'),
         ('meeting', 'sco_environment_ministers_meeting_2023', 'MinisterialMeeting'),
         ('ordinal', 'sco_environment_ministers_meeting_2023', '4'),
         ('participation', 'sco_environment_ministers_meeting_2023', 'amna_malik', 'pakistan', 'Member', 'false')},
        id='a_meeting_of_the_heads_of_ministries_responsible_for_a_portfolio'),
    pytest.param(
        "In Beijing, Pakistan's Ambassador to China Moin ul Haque called on SCO Secretary-General Zhang Ming "
        'on Monday.',
        date(2023, 4, 20),
        {('held_in', 'bilateral_moin_ul_haque_zhang_ming_2023_04_17', 'beijing')},
        id='talks_placed_by_the_city_that_opens_the_sentence'),
    pytest.param(
        'Here is what you need to know about the anniversary summit in Shanghai. The six presidents signed a '
        'declaration, one of ten documents approved on Thursday.',
        date(2006, 6, 16),
        {('date', 'sco_heads_of_state_council_2006', '2006-06-15')},
        id='the_day_documents_were_approved_dates_an_undated_meeting'),
    pytest.param(
        'ST PETERSBURG (Russia), Nov 7: Prime Minister Syed Yousuf Raza Gilani on Monday urged the SCO to '
        'open its doors to Pakistan.\n\nAddressing the 10th meeting of the SCO Council of Heads of Government, '
        'the prime minister said Pakistan had earned its place.\n\nThe six-member SCO - China, Russia, '
        'Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan - was set up in Shanghai in 2001.',
        date(2011, 11, 8),
        {('date', 'sco_heads_of_government_council_2011', '2011-11-07'),
         ('held_in', 'sco_heads_of_government_council_2011', 'saint_petersburg'),
         ('status', 'uzbekistan', 'memberOf', 'sco')},
        id='addressing_the_meeting_under_a_dateline_places_and_dates_it'),
    pytest.param(
        'Bishkek, June 14, 2019. / Kabar /. The meeting of the heads of state of the SCO has begun in a '
        'narrow format. Russian President Vladimir Putin and Pakistani Prime Minister Imran Khan have '
        'already arrived in Bishkek. The presidents of Belarus and Mongolia arrived as observer '
        'countries.\n\nChinese, Indian and Kazakh leaders met behind closed doors.\n\nSpeaking at the enlarged '
        'session of the SCO, President Sooronbay Jeenbekov noted that the SCO could become a platform. '
        'Addressing the session, Tajik President Emomali Rahmon pointed to poverty.',
        date(2019, 6, 14),
        {('date', 'sco_heads_of_state_council_2019', '2019-06-14'),
         ('participation', 'sco_heads_of_state_council_2019', '-', 'belarus', 'Observer', 'false'),
         ('participation', 'sco_heads_of_state_council_2019', '-', 'india', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2019', 'emomali_rahmon', 'tajikistan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2019', 'sooronbay_jeenbekov', 'kyrgyzstan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2019', 'vladimir_putin', 'russia', 'Member', 'false')},
        id='a_wire_on_the_opening_of_a_summit'),
    pytest.param(
        'On the morning of July 4, 2024 local time, President Xi Jinping attended the 24th meeting of the '
        'Council of Heads of State of the Shanghai Cooperation Organization (SCO) at the Independence Palace '
        'in Astana.',
        date(2024, 7, 5),
        {('held_in', 'sco_heads_of_state_council_2024', 'astana')},
        id='a_meeting_at_a_named_venue_in_a_city'),
    pytest.param(
        "President Xi Jinping hosted leaders in Tianjin for the 25th meeting of the SCO's heads of state "
        'council, a gathering that opened on Sunday. Prime Minister Shehbaz Sharif was there, of course. So '
        'were Narendra Modi and Vladimir Putin. In July 2015, Nawaz Sharif and Mr Modi met in Ufa on the '
        'sidelines of the SCO summit.',
        date(2025, 9, 4),
        {('chair', 'sco_heads_of_state_council_2025', 'xi_jinping'),
         ('held_in', 'sco_heads_of_state_council_2015', 'ufa'),
         ('ordinal', 'sco_heads_of_state_council_2025', '25'),
         ('participation', 'sco_heads_of_state_council_2025', 'shehbaz_sharif', 'pakistan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2025', 'vladimir_putin', 'russia', 'Member', 'false')},
        id='an_opinion_column_looking_back_at_several_summits'),
    pytest.param(
        'The 22nd meeting of the SCO Council of Heads of Government opened in Bishkek today.\n\nHeads of '
        'delegation of the member states at the CHG:\nKyrgyzstan (host, chair) - Chairman of the Cabinet of '
        'Ministers Bakyt Usenov\nChina - Premier Li Qiang\n\nDirector of the RATS Executive Committee Ivan '
        'Sorokin and Secretary-General Zhang Ming are also present.',
        date(2023, 10, 26),
        {('chair', 'sco_heads_of_government_council_2023', 'bakyt_usenov'),
         ('host', 'sco_heads_of_government_council_2023', 'kyrgyzstan'),
         ('participation', 'sco_heads_of_government_council_2023', 'li_qiang', 'china', 'Member', 'false'),
         ('participation', 'sco_heads_of_government_council_2023', 'zhang_ming', 'sco', '-', 'false'),
         ('position', 'bakyt_usenov', 'Chairman of the Cabinet of Ministers', 'kyrgyzstan'),
         ('position', 'ivan_sorokin', 'Director of the Executive Committee', 'sco_regional_anti_terrorist_structure')},
        id='a_live_blog_list_marks_the_host_and_chair_beside_a_state'),
    pytest.param(
        '11th meeting of heads of SCO emergency situations agencies held in New Delhi\n\nThe 11th meeting of the '
        'heads of departments of the SCO member states dealing with prevention and elimination of emergency '
        'situations took place in New Delhi on Thursday. India, which chairs the Shanghai Cooperation Organization '
        'this year, hosted the meeting. It was chaired by Minister of Home Affairs of India Amit Shah. The '
        'delegation of Pakistan, also a member state, joined via video link.',
        date(2023, 4, 21),
        {('chair', 'sco_emergency_situations_ministers_meeting_2023', 'amit_shah'),
         ('date', 'sco_emergency_situations_ministers_meeting_2023', '2023-04-20'),
         ('ordinal', 'sco_emergency_situations_ministers_meeting_2023', '11'),
         ('presidency', 'sco', 'india'),
         ('status', 'pakistan', 'memberOf', 'sco')},
        id='heads_of_departments_dealing_with_emergencies_chaired_by_a_minister'),
    pytest.param(
        'Ufa (Russia) (AFP) - Leaders of a security bloc on Friday cleared the way for India and Pakistan to '
        'become full members.\n\nThe decision came at the annual summit of the Shanghai Cooperation Organisation '
        '(SCO) in Ufa, capital of Russia\'s Bashkortostan region.\n\nEarlier on Friday, Narendra Modi and Nawaz '
        'Sharif held their first formal talks in more than a year on the sidelines of the summit.\n\nThe six-member '
        'bloc of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan was built around border security.',
        date(2015, 7, 10),
        {('held_in', 'sco_heads_of_state_council_2015', 'ufa'),
         ('meeting', 'bilateral_narendra_modi_nawaz_sharif_2015_07_10', 'BilateralMeeting'),
         ('status', 'tajikistan', 'memberOf', 'sco')},
        id='a_wire_with_a_country_and_an_agency_in_its_dateline'),
    pytest.param(
        'Today, in Dushanbe, the 21st meeting of the Council of Heads of State of the SCO took place.\n\nThe '
        'meeting was attended by:\n\nHeads of the SCO member states\n\u2013 President of the Republic of Kazakhstan '
        'Kassym-Zhomart Tokayev;\n\u2013 President of the Russian Federation Vladimir Putin (via videoconference).\n\n'
        'Heads of the SCO observer states\n\u2013 President of the Republic of Belarus Alexander Lukashenko;\n\u2013 '
        'President of Mongolia Ukhnaa Khurelsukh (via videoconference).\n\nHonorary guest of the chairing country\n'
        '\u2013 President of Turkmenistan Gurbanguly Berdimuhamedov.',
        date(2021, 9, 17),
        {('participation', 'sco_heads_of_state_council_2021', 'kassym_jomart_tokayev', 'kazakhstan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2021', 'vladimir_putin', 'russia', 'Member', 'true'),
         ('participation', 'sco_heads_of_state_council_2021', 'alexander_lukashenko', 'belarus', 'Observer', 'false'),
         ('participation', 'sco_heads_of_state_council_2021', 'ukhnaa_khurelsukh', 'mongolia', 'Observer', 'true'),
         ('participation', 'sco_heads_of_state_council_2021', 'gurbanguly_berdimuhamedow', 'turkmenistan', 'Guest',
          'false')},
        id='a_protocol_list_under_headings_without_colons'),
    pytest.param(
        'Bishkek, 3 November 2016 /Kabar/. The jubilee session of the Council of Heads of Government of the SCO '
        'member states ended this evening.\n\nThe fifteenth meeting of the Council of Heads of Government (Prime '
        'Ministers) of the Member States of the Shanghai Cooperation Organisation took place in the city of Bishkek '
        'on 2-3 November 2016.',
        date(2016, 11, 3),
        {('date', 'sco_heads_of_government_council_2016', '2016-11-02'),
         ('held_in', 'sco_heads_of_government_council_2016', 'bishkek')},
        id='a_communique_gives_the_days_of_a_meeting_of_two'),
    pytest.param(
        'Yesterday, the meeting of the SCO Council of Foreign Ministers took place in Moscow. Attending the session '
        'were the foreign ministers of the eight SCO member states \u2013 S. Jaishankar (India), M. Tileuberdi '
        '(Kazakhstan), Ch. Aidarbekov (Kyrgyzstan) and A. Kamilov (Uzbekistan).',
        date(2020, 9, 11),
        {('position', 'chingiz_aidarbekov', 'Foreign Minister', 'kyrgyzstan'),
         ('participation', 'sco_foreign_ministers_council_2020', 'abdulaziz_kamilov', 'uzbekistan', 'Member', 'false'),
         ('participation', 'sco_foreign_ministers_council_2020', 'mukhtar_tileuberdi', 'kazakhstan', 'Member', 'false')},
        id='a_plural_title_over_names_with_their_states_in_brackets'),
    pytest.param(
        'The SCO Council of Heads of Government met in Bishkek on Wednesday. It also brought '
        'together Tajik Prime Minister Akil Akilov, Pakistani Information Minister Amir Qadri and Afghan Second '
        'Vice President Nasir Hotak.',
        date(2012, 12, 5),
        {('participation', 'sco_heads_of_government_council_2012', 'oqil_oqilov', 'tajikistan', 'Member', 'false'),
         ('participation', 'sco_heads_of_government_council_2012', 'amir_qadri', 'pakistan', 'Observer', 'false'),
         ('position', 'amir_qadri', 'Information Minister', 'pakistan'),
         ('position', 'nasir_hotak', 'Second Vice President', 'afghanistan')},
        id='it_brought_together_more_portfolios_and_a_second_vice_president'),
    pytest.param(
        'The SCO summit opened in Dushanbe on Friday. Of the observers, Afghanistan, Iran and Mongolia sent '
        'their Presidents - Hamid Karzai, Hassan Rouhani and Tsakhiagiin Elbegdorj, respectively - while '
        'Pakistan was represented by Sartaj Aziz. The guests were welcomed warmly, Kremlin aide Yury Ushakov '
        'said.',
        date(2014, 9, 12),
        {('position', 'hamid_karzai', 'President', 'afghanistan'),
         ('participation', 'sco_heads_of_state_council_2014', 'sartaj_aziz', 'pakistan', 'Observer', 'false')},
        id='a_plural_title_over_a_list_closed_by_a_dash'),
    pytest.param(
        'Defence ministers of the SCO member states met in Moscow on Friday. Sergey Shoigu chaired the talks, '
        'which Wei Fenghe joined.',
        date(2020, 9, 4),
        {('chair', 'sco_defence_ministers_meeting_2020', 'sergei_shoigu'),
         ('participation', 'sco_defence_ministers_meeting_2020', 'wei_fenghe', 'china', 'Member', 'false')},
        id='defence_ministers_the_reference_knows_named_without_a_title'),
    pytest.param(
        'The 18th meeting of the SCO Council of Heads of State concluded on Sunday. It was hosted by China. The '
        'leaders of the eight member states met first in the restricted format: Russian President Vladimir '
        'Putin, Pakistani President Mamnoon Hussain and Kazakh President Nursultan Nazarbayev.',
        date(2018, 6, 10),
        {('host', 'sco_heads_of_state_council_2018', 'china'),
         ('participation', 'sco_heads_of_state_council_2018', 'vladimir_putin', 'russia', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2018', 'mamnoon_hussain', 'pakistan', 'Member', 'false')},
        id='it_was_hosted_by_and_the_leaders_of_the_member_states_met'),
    pytest.param(
        'Defence Minister Rajnath Singh on Saturday held bilateral meetings in Moscow with his counterparts on the '
        'sidelines of the meeting of Defence Ministers of the SCO member states. The meetings came a day after '
        'Mr. Singh held talks with Chinese Defence Minister Wei Fenghe. On Thursday, Mr. Singh held delegation-level '
        'talks with Russian Defence Minister Sergei Shoigu. The SCO Defence Ministers\' meeting was held in Moscow '
        'on Friday. It was attended by the Defence Ministers of all eight SCO member states - India, China, Russia '
        'and Pakistan.',
        date(2020, 9, 5),
        {('date', 'sco_defence_ministers_meeting_2020', '2020-09-04'),
         ('meeting', 'bilateral_rajnath_singh_wei_fenghe_2020_09_04', 'BilateralMeeting'),
         ('meeting', 'bilateral_rajnath_singh_sergei_shoigu_2020_09_03', 'BilateralMeeting'),
         ('participation', 'sco_defence_ministers_meeting_2020', 'wei_fenghe', 'china', 'Member', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2020', '-', 'pakistan', 'Member', 'false')},
        id='talks_a_day_before_and_the_ministers_of_all_member_states_named_elsewhere'),
    pytest.param(
        'The SCO security council secretaries met in Dushanbe on Wednesday. Last year, due to the pandemic, the '
        'meeting of the SCO security council secretaries was held via videoconference.',
        date(2021, 6, 23),
        {('meeting', 'sco_security_council_secretaries_meeting_2020', 'SecurityCouncilSecretariesMeeting')},
        id='last_year_opening_a_sentence_dates_the_meeting_it_names'),
    pytest.param(
        'Vice President Venkaiah Naidu on Monday chaired the 19th meeting of the SCO council of heads of '
        'government. The highest body, the council of heads of state, met via video conference on November 10 in a '
        'summit hosted virtually by Russia, which was joined by Chinese President Xi Jinping. The heads of the six '
        'member states of the SCO put their names to the declaration here on Tuesday.',
        date(2020, 11, 30),
        {('participation', 'sco_heads_of_state_council_2020', 'xi_jinping', 'china', 'Member', 'true')},
        id='a_council_that_met_via_video_conference'),
    pytest.param(
        'YEKATERINBURG, June 16 (RIA Novosti) -- SCO leaders signed the Yekaterinburg Declaration here on Tuesday, '
        'closing a two-day summit that opened on Monday. Leaders of three observer countries - Iranian President '
        'Mahmoud Ahmadinejad and Indian Prime Minister Manmohan Singh - sat in on the expanded session, and Afghan '
        'President Hamid Karzai came as a guest of Russian President Dmitry Medvedev.',
        date(2009, 6, 16),
        {('date', 'sco_heads_of_state_council_2009', '2009-06-15'),
         ('held_in', 'sco_heads_of_state_council_2009', 'yekaterinburg'),
         ('participation', 'sco_heads_of_state_council_2009', 'manmohan_singh', 'india', 'Observer', 'false'),
         ('participation', 'sco_heads_of_state_council_2009', 'hamid_karzai', 'afghanistan', 'Guest', 'false')},
        id='a_wire_flash_with_here_sat_in_on_and_a_guest_of_the_host'),
    pytest.param(
        'The 24th meeting of the SCO Council of Heads of Government was held in Moscow on 17-18 November. Mongolia, an '
        'observer state, was represented by its Prime Minister, and the State of Qatar, a dialogue partner of the '
        'Organisation, by Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani. Addressing the meeting, Kazakh Prime '
        'Minister Olzhas Bektenov noted that Kazakhstan, as one of the founding members of the Organisation, supports '
        'it. On the sidelines of the meeting today, Bektenov held talks with Russian Prime Minister Mikhail Mishustin. '
        'A day earlier, on arrival in Moscow, Bektenov met with Chinese Premier Li Qiang.',
        date(2025, 11, 18),
        {('participation', 'sco_heads_of_government_council_2025', '-', 'mongolia', 'Observer', 'false'),
         ('participation', 'sco_heads_of_government_council_2025', 'mohammed_bin_abdulrahman_al_thani', 'qatar',
          'DialoguePartner', 'false'),
         ('status', 'kazakhstan', 'memberOf', 'sco'),
         ('met_with', 'li_qiang', 'olzhas_bektenov', '2025-11-17', '-')},
        id='a_government_read_out_with_a_representative_unnamed_an_honorific_and_talks_on_arrival'),
    pytest.param(
        'ASTANA, 4 July (BelTA) - Belarus has officially joined the SCO as a member state. The heads of state signed '
        'a decision at a session of the SCO Heads of State Council in Astana today. Belarus became an SCO dialogue '
        'partner in 2010 and received observer status in 2015.\n\nAfter that Aleksandr Lukashenko took part in the '
        'first meeting held in the SCO+ format, which gathered SCO heads of state and leaders of observer states. The '
        'meeting was addressed by UN Secretary-General Antonio Guterres and President of Mongolia Ukhnaagiin '
        'Khurelsukh. PM Modi is not attending the session.',
        date(2024, 7, 4),
        {('participation', 'sco_plus_meeting_2024', 'alexander_lukashenko', 'belarus', 'Member', 'false'),
         ('participation', 'sco_plus_meeting_2024', 'antonio_guterres', 'united_nations', 'InternationalOrganization',
          'false')},
        id='the_sco_plus_format_addressed_by_a_member_that_was_an_observer_before'),
    pytest.param(
        'Qingdao [China], June 26: Defence ministers of the SCO met in Qingdao. The meeting, held on June 25-26, was '
        'chaired by Chinese Defence Minister Admiral Dong Jun. Pakistan\'s Defence Minister Khawaja Asif and Russian '
        'Defence Minister Andrey Belousov were among the ministers in the hall. On Thursday Defence Minister Rajnath '
        'Singh also met, on the margins of the meeting, Tajikistan\'s Defence Minister Colonel General Emomali '
        'Sobirzoda. Later in the evening, Singh and Dong sat down for their first one-on-one meeting, also on the '
        'sidelines. Singh toured the convention centre in Qingdao that hosted the 2018 SCO Summit.',
        date(2025, 6, 26),
        {('date', 'sco_defence_ministers_meeting_2025', '2025-06-25'),
         ('participation', 'sco_defence_ministers_meeting_2025', 'khawaja_asif', 'pakistan', 'Member', 'false'),
         ('meeting', 'bilateral_emomali_sobirzoda_rajnath_singh_2025_06_26', 'BilateralMeeting'),
         ('met_with', 'dong_jun', 'rajnath_singh', '2025-06-26', 'sco_defence_ministers_meeting_2025')},
        id='a_tv_page_on_defence_ministers_with_talks_on_the_margins'),
    pytest.param(
        'Abbas Araghchi spoke on Tuesday at the meeting of the Council of Foreign Ministers of the SCO in Tianjin. '
        'Foreign ministers of the other nine member states attended, among them Russia\'s Sergei Lavrov, India\'s S. '
        'Jaishankar and Kazakhstan\'s Murat Nurtleu. Pakistan, also a member, was represented by Deputy Prime Minister '
        'Ishaq Dar. Iran joined the SCO as a full member in July 2023.',
        date(2025, 7, 16),
        {('position', 'murat_nurtleu', 'Foreign Minister', 'kazakhstan'),
         ('status', 'pakistan', 'memberOf', 'sco'),
         ('status', 'iran', 'memberOf', 'sco'),
         ('participation', 'sco_foreign_ministers_council_2025', 'ishaq_dar', 'pakistan', 'Member', 'false')},
        id='ministers_of_the_other_member_states_attended_among_them_with_initials'),
    pytest.param(
        'ALMATY. KAZINFORM - The ninth meeting of the heads of border services of the SCO member states took place in '
        'Almaty today. The event was chaired by Director of the Border Service of Kazakhstan Daulet Sarsenbayev. '
        'Delegations of the border services of all nine member states - Kazakhstan, India and Iran - took part. '
        'Belarus and Mongolia attended as observers, together with the SCO Regional Anti-Terrorist Structure.',
        date(2023, 7, 5),
        {('chair', 'sco_border_service_heads_meeting_2023', 'daulet_sarsenbayev'),
         ('position', 'daulet_sarsenbayev', 'Director of the Border Service', 'kazakhstan'),
         ('participation', 'sco_border_service_heads_meeting_2023', '-', 'india', 'Member', 'false'),
         ('status', 'mongolia', 'observerOf', 'sco')},
        id='heads_of_border_services_chaired_by_the_director_of_a_state_agency'),
    pytest.param(
        'Varanasi (Uttar Pradesh) [India], March 17 (ANI): The SCO Tourism Ministers\' Meeting began in Kashi on '
        'Friday. The meeting was chaired by Union Tourism Minister G Kishan Reddy. The heads of delegation attending '
        'in person were: Yerzhan Yerkinbayev, Vice Minister of Culture and Sports, Kazakhstan; and Azamov Ulugbek '
        'Akhmatovich, First Deputy Minister of Culture and Tourism, Uzbekistan. Joining via video conference were '
        'Vladimir Ilyichev, Deputy Minister of Economic Development, Russia; and Aun Chaudhry, Adviser to the Prime '
        'Minister on Tourism and Sports, Pakistan, the ministry said.',
        date(2023, 3, 17),
        {('position', 'g_kishan_reddy', 'Tourism Minister', 'india'),
         ('position', 'yerzhan_yerkinbayev', 'Vice Minister of Culture and Sports', 'kazakhstan'),
         ('participation', 'sco_tourism_ministers_meeting_2023', 'ulugbek_azamov', 'uzbekistan', 'Member', 'false'),
         ('participation', 'sco_tourism_ministers_meeting_2023', 'aun_chaudhry', 'pakistan', 'Member', 'true')},
        id='a_protocol_list_written_name_title_state'),
    pytest.param(
        'KAZAN. April 29. KAZINFORM - The VI Conference of Ministers of Culture of the Shanghai Cooperation '
        'Organization member states was held in Kazan on April 26-28. Russia, which currently presides over the SCO, '
        'hosted the conference. India, Iran, Mongolia and Pakistan have the status of observers. The Organization?s '
        'observer countries were represented by Minister of Culture and Islamic Guidance of Iran Mohammad Hossein '
        'Saffar Harandi. The participants also reviewed the results of the previous, fifth conference, held in '
        'Cholpon-Ata on June 24, 2008. The seventh conference will be held in China in 2010.',
        date(2009, 4, 29),
        {('ordinal', 'sco_culture_ministers_meeting_2009', '6'),
         ('presidency', 'sco', 'russia'),
         ('status', 'pakistan', 'observerOf', 'sco'),
         ('participation', 'sco_culture_ministers_meeting_2009', 'mohammad_hossein_saffar_harandi', 'iran', 'Observer',
          'false'),
         ('held_in', 'sco_culture_ministers_meeting_2008', 'cholpon_ata'),
         ('ordinal', 'sco_culture_ministers_meeting_2008', '5')},
        id='a_cis_agency_numbering_meetings_in_roman_numerals'),
    pytest.param(
        'TASHKENT, Aug. 18 (Xinhua) -- Ministers of internal affairs and public security of the Shanghai Cooperation '
        'Organization (SCO) member states met here on Thursday. The fourth meeting of the ministers was hosted by '
        'Uzbekistan and chaired by Uzbek Interior Minister Pulat Bobojonov. Chinese Minister of Public Security Wang '
        'Xiaohong addressed the moot via video link from Beijing. The heads of the permanent bodies also attended: '
        'Secretary-General Zhang Ming, who joined via video link, and Ruslan Mirzayev, director of the Executive '
        'Committee of the Regional Anti-Terrorist Structure (RATS), who was present in the hall. The meeting is part of '
        'the preparations for the SCO Heads of State Council, which is scheduled to be held in Samarkand on Sept. 15-16.',
        date(2022, 8, 18),
        {('ordinal', 'sco_interior_ministers_meeting_2022', '4'),
         ('chair', 'sco_interior_ministers_meeting_2022', 'pulat_bobojonov'),
         ('participation', 'sco_interior_ministers_meeting_2022', 'wang_xiaohong', 'china', 'Member', 'true'),
         ('participation', 'sco_interior_ministers_meeting_2022', 'zhang_ming', 'sco', 'PermanentBody', 'true'),
         ('participation', 'sco_interior_ministers_meeting_2022', 'ruslan_mirzayev',
          'sco_regional_anti_terrorist_structure', 'PermanentBody', 'false')},
        id='ministers_of_internal_affairs_and_public_security_ahead_of_a_summit'),
    pytest.param(
        'Heads of the prosecution services of the SCO met on 1 October 2019 in Bishkek for the 17th Meeting of '
        'Prosecutors General of the SCO Member States. Armenia and Turkey, both dialogue partners of the SCO, sent '
        'Prosecutor-General Artur Davtyan and Chief Public Prosecutor Mehmet Akarca. Mr Jamshitov recalled that the '
        'Bishkek summit of the Heads of State Council in June had set the fight against crime as a priority.',
        date(2019, 10, 1),
        {('status', 'armenia', 'dialoguePartnerOf', 'sco'),
         ('status', 'turkey', 'dialoguePartnerOf', 'sco'),
         ('held_in', 'sco_heads_of_state_council_2019', 'bishkek')},
        id='both_dialogue_partners_and_this_year_s_summit_in_another_format_s_article'),
    pytest.param(
        'BEIJING, April 26 (Itar-Tass) -- Defence ministers of the SCO met in Beijing on Wednesday. The decision is recorded in a joint communique that the ministers signed at the end of their '
        'one-day meeting in the Chinese capital. The other delegations were led by Kyrgyzstan\'s Ismail Isakov and '
        'Uzbekistan\'s Ruslan Mirzaev, all defence ministers, while Kazakhstan sent its first deputy defence minister. '
        'Russian Defence Minister Sergei Ivanov told a news conference here after the talks that the drills were '
        'not directed against anyone.',
        date(2006, 4, 26),
        {('entity', 'tass', 'Organization'),
         ('adopted', 'sco_defence_ministers_meeting_2006', 'sco_defence_ministers_meeting_2006_joint_communique'),
         ('held_in', 'sco_defence_ministers_meeting_2006', 'beijing'),
         ('position', 'ismail_isakov', 'Defence Minister', 'kyrgyzstan'),
         ('participation', 'sco_defence_ministers_meeting_2006', '-', 'kazakhstan', 'Member', 'false'),
         ('held_in', 'press_event_beijing_2006_04_26', 'beijing')},
        id='a_wire_of_2006_with_a_communique_the_ministers_signed_and_all_defence_ministers'),
    pytest.param(
        'MOSCOW, Oct. 26 (Xinhua) -- The heads of government of the SCO held their fourth regular meeting here on '
        'Wednesday. China was represented by Premier Wen Jiabao; Kazakhstan by Prime Minister Daniyal Akhmetov; and '
        'Uzbekistan by Deputy Prime Minister Utkir Sultanov. Mongolia has held observer status in the SCO since last '
        'year.',
        date(2005, 10, 26),
        {('ordinal', 'sco_heads_of_government_council_2005', '4'),
         ('position', 'utkir_sultanov', 'Deputy Prime Minister', 'uzbekistan'),
         ('status', 'mongolia', 'observerOf', 'sco')},
        id='held_their_fourth_regular_meeting_and_states_represented_by_in_turn'),
    pytest.param(
        'ISLAMABAD - Andleeb Abbas represented Pakistan at the 19th meeting of the SCO Council of Heads of '
        'Government on Monday. Indian Vice President M. Venkaiah Naidu chaired the moot from New Delhi in place of '
        'Indian Prime Minister Narendra Modi. Heads of government of the other member states who joined the session '
        'via video link were: Premier Li Keqiang of China; and Prime Minister Askar Mamin of Kazakhstan. Earlier, on '
        'November 10, Prime Minister Imran Khan had addressed the SCO Council of Heads of State via video link.',
        date(2020, 11, 30),
        {('chair', 'sco_heads_of_government_council_2020', 'venkaiah_naidu'),
         ('participation', 'sco_heads_of_government_council_2020', 'askar_mamin', 'kazakhstan', 'Member', 'true'),
         ('meeting', 'sco_heads_of_state_council_2020', 'HeadsOfStateCouncilMeeting'),
         ('date', 'sco_heads_of_state_council_2020', '2020-11-10')},
        id='a_virtual_council_chaired_in_place_of_a_prime_minister'),
    pytest.param(
        'TEHRAN (Tasnim) - Iranian Defense Minister Mohammad Reza Gharaei Ashtiani took part in a session of the defense '
        'ministers of the Shanghai Cooperation Organization (SCO) in New Delhi on Friday, attending as the '
        'representative of an observer state for what is expected to be the last time. Addressing the session, he '
        'criticised foreign forces.',
        date(2023, 4, 28),
        {('held_in', 'sco_defence_ministers_meeting_2023', 'new_delhi')},
        id='a_meeting_in_a_city_told_far_from_its_dateline'),
    pytest.param(
        'The twelfth meeting of the Council of Heads of Government of the SCO member states took place in Minsk '
        'on 3 November 2027. 1. The delegations reviewed how the decisions of the meeting of the Council of Heads '
        'of State (Bishkek, 14-15 June 2027) were being carried out. 2. They welcomed the work done since the '
        'previous meeting of the Council (Tashkent, 2-3 December 2026).',
        date(2027, 11, 4),
        {('meeting', 'sco_heads_of_state_council_2027', 'HeadsOfStateCouncilMeeting'),
         ('date', 'sco_heads_of_state_council_2027', '2027-06-14'),
         ('held_in', 'sco_heads_of_state_council_2027', 'bishkek'),
         ('meeting', 'sco_heads_of_government_council_2026', 'HeadsOfGovernmentCouncilMeeting'),
         ('date', 'sco_heads_of_government_council_2026', '2026-12-02'),
         ('held_in', 'sco_heads_of_government_council_2026', 'tashkent'),
         ('date', 'sco_heads_of_government_council_2027', '2027-11-03')},
        id='a_communique_names_other_meetings_by_place_and_day_in_brackets'),
    pytest.param(
        'The twelfth meeting of the SCO Council of Heads of Government took place in Minsk on 3 November 2027. '
        'Trade has grown since the meeting in Tashkent last December, the premiers said.',
        date(2027, 11, 4),
        {('held_in', 'sco_heads_of_government_council_2026', 'tashkent'),
         ('held_in', 'sco_heads_of_government_council_2027', 'minsk')},
        id='the_meeting_with_an_earlier_month_is_the_previous_one_of_the_series'),
    pytest.param(
        'The SCO foreign ministers met in Astana on 21 May 2027. Who took part:\n'
        '- Pakistan: Foreign Minister Bilal Abranov\n- Iran: Foreign Minister Nurlan Tasabayev\n',
        date(2027, 5, 22),
        {('participation', 'sco_foreign_ministers_council_2027', 'bilal_abranov', 'pakistan', 'Member', 'false'),
         ('participation', 'sco_foreign_ministers_council_2027', 'nurlan_tasabayev', 'iran', 'Member', 'false'),
         ('position', 'bilal_abranov', 'Foreign Minister', 'pakistan')},
        id='a_list_whose_items_are_headed_by_their_state'),
    pytest.param(
        'The SCO foreign ministers met in Bishkek on 1 October 2019. Belarus and Iran were represented by Foreign '
        'Minister Ivan Petrov and Foreign Minister Ali Rezaei respectively.',
        date(2019, 10, 2),
        {('participation', 'sco_foreign_ministers_council_2019', 'ivan_petrov', 'belarus', 'Observer', 'false'),
         ('participation', 'sco_foreign_ministers_council_2019', 'ali_rezaei', 'iran', 'Observer', 'false'),
         ('position', 'ivan_petrov', 'Foreign Minister', 'belarus')},
        id='states_and_their_people_paired_respectively'),
    pytest.param(
        'Justice ministers of the SCO gathered in Dushanbe on 3 March 2027. Russia and Kyrgyzstan were represented '
        'by deputy ministers, while Belarus and Mongolia attended as observers. Iran also took part as an '
        'observer, as did Afghanistan and Cambodia. Lawyers from Pakistan, China and India attended too.',
        date(2027, 3, 4),
        {('participation', 'sco_justice_ministers_meeting_2027', '-', 'russia', 'Member', 'false'),
         ('participation', 'sco_justice_ministers_meeting_2027', '-', 'kyrgyzstan', 'Member', 'false'),
         ('participation', 'sco_justice_ministers_meeting_2027', '-', 'belarus', 'Observer', 'false'),
         ('participation', 'sco_justice_ministers_meeting_2027', '-', 'mongolia', 'Observer', 'false'),
         ('participation', 'sco_justice_ministers_meeting_2027', '-', 'afghanistan', 'Observer', 'false'),
         ('participation', 'sco_justice_ministers_meeting_2027', '-', 'cambodia', 'Observer', 'false')},
        id='a_list_of_states_as_the_subject_of_attendance'),
    pytest.param(
        'The SCO prime ministers met in Astana on Thursday. From the observer side there were the Chief Executive '
        'of Afghanistan, Omar Zaheer, the Prime Minister of Belarus, Ivan Sorokin, and the First Vice President of '
        'Iran, Reza Karimi. Envoys of the observer states '
        '-- Mongolian Deputy Prime Minister Bat Erdene and a deputy foreign minister from India -- addressed an '
        'expanded session. UN Under-Secretary-General for Political Affairs J. Tallis was also present.',
        date(2027, 11, 5),
        {('participation', 'sco_heads_of_government_council_2027', 'ivan_sorokin', 'belarus', 'Observer', 'false'),
         ('position', 'omar_zaheer', 'Chief Executive', 'afghanistan'),
         ('participation', 'sco_heads_of_government_council_2027', 'reza_karimi', 'iran', 'Observer', 'false'),
         ('participation', 'sco_heads_of_government_council_2027', 'bat_erdene', 'mongolia', 'Observer', 'false'),
         ('position', 'j_tallis', 'Under-Secretary-General for Political Affairs', 'united_nations'),
         ('participation', 'sco_heads_of_government_council_2027', 'j_tallis', 'united_nations',
          'InternationalOrganization', 'false')},
        id='there_were_and_an_expanded_session_and_a_un_official'),
    pytest.param(
        'The SCO summit opened in Minsk on Monday. Nepali Prime Minister Ram Thapa held a bilateral meeting with '
        'Russian President Vladimir Putin on Monday afternoon, on the sidelines of the summit, and separately met '
        'Lao President Sone Vongsa. On the sidelines, Uzbek Trade Minister Aziz Rakhimov also held talks today with '
        'Kazakh Trade Minister Erlan Bekov.',
        date(2027, 9, 6),
        {('meeting', 'bilateral_ram_thapa_vladimir_putin_2027_09_06', 'BilateralMeeting'),
         ('meeting', 'bilateral_ram_thapa_sone_vongsa_2027_09_06', 'BilateralMeeting'),
         ('meeting', 'bilateral_aziz_rakhimov_erlan_bekov_2027_09_06', 'BilateralMeeting')},
        id='a_second_partner_after_a_clause_and_talks_held_today_with'),
    pytest.param(
        'The Kyrgyz foreign ministry reported on its week. On 20 October, Foreign Minister Almaz Toktosunov received '
        "Ambassador of the People's Republic of China to the Kyrgyz Republic Liu Wei at the Ministry in Bishkek.",
        date(2027, 10, 22),
        {('meeting', 'bilateral_almaz_toktosunov_liu_wei_2027_10_20', 'BilateralMeeting'),
         ('position', 'liu_wei', 'Ambassador', 'china')},
        id='an_ambassador_of_one_state_to_another_received'),
    pytest.param(
        'ST. PETERSBURG, Russia (AP) — The leaders met for a one-day summit here on Friday. In a palace hall, Russian '
        'President Vladimir Putin, Kazakh President Nursultan Nazarbayev and Uzbek leader Islam Karimov put their '
        'names to the Charter of the Shanghai Cooperation Organization. Putin was flanked by Kyrgyz President Askar '
        'Akayev and Chinese President Jiang Zemin. Also at the summit were the UN Under-Secretary-General Anna '
        'McArdle and Tajik President Emomali Rahmon.',
        date(2002, 6, 7),
        {('held_in', 'sco_heads_of_state_council_2002', 'saint_petersburg'),
         ('adopted', 'sco_heads_of_state_council_2002', 'sco_charter'),
         ('participation', 'sco_heads_of_state_council_2002', 'nursultan_nazarbayev', 'kazakhstan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2002', 'askar_akayev', 'kyrgyzstan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2002', 'emomali_rahmon', 'tajikistan', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2002', 'anna_mcardle', 'united_nations',
          'InternationalOrganization', 'false')},
        id='a_wire_that_names_the_leaders_in_other_words'),
    pytest.param(
        'SCO trade ministers met in Moscow on Friday. They noted that the understandings reached at the meeting of '
        'the SCO heads of state in Tashkent in June were being put into practice. They agreed to submit a concept for approval at the meeting of the SCO Council of Heads of State in Minsk in December.',
        date(2027, 10, 22),
        {('meeting', 'sco_heads_of_state_council_2027', 'HeadsOfStateCouncilMeeting'),
         ('held_in', 'sco_heads_of_state_council_2027', 'tashkent')},
        id='a_past_summit_dated_by_its_month_in_a_sentence_that_looks_ahead'),
    pytest.param(
        'SCO defence ministers met in Minsk on Friday. Belarusian Defence Minister Ivan Sokolov presided. Iran and '
        'Mongolia, as observers, were represented by their defence ministers, Ali Rezaei and Bat Erdene. Also taking '
        'part by video link was Tajik Defence Minister Rustam Nazarov. SCO Secretary-General Zhang Ming delivered '
        'opening remarks. Chinese Defence Minister Dong Jun flew in for the meeting. On Thursday, Sokolov had talks '
        'with Indian Defence Minister Arjun Mehta, who leads the Indian delegation.',
        date(2027, 6, 12),
        {('chair', 'sco_defence_ministers_meeting_2027', 'ivan_sokolov'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'ali_rezaei', 'iran', 'Observer', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'bat_erdene', 'mongolia', 'Observer', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'rustam_nazarov', 'tajikistan', 'Member', 'true'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'zhang_ming', 'sco', '-', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'dong_jun', 'china', 'Member', 'false'),
         ('participation', 'sco_defence_ministers_meeting_2027', 'arjun_mehta', 'india', 'Member', 'false')},
        id='a_chair_who_presided_states_paired_with_their_ministers_and_other_ways_of_being_there'),
    pytest.param(
        'National coordinators meet in Minsk\n\nFrom 12 to 14 April 2027, a regular meeting of the Council of National '
        'Coordinators of the Member States of the Shanghai Cooperation Organization was held in Minsk. The meeting '
        'was attended by the national coordinators of the Republic of India, the Kyrgyz Republic and the Russian '
        'Federation.',
        date(2027, 4, 15),
        {('date', 'sco_national_coordinators_meeting_2027', '2027-04-12'),
         ('held_in', 'sco_national_coordinators_meeting_2027', 'minsk'),
         ('participation', 'sco_national_coordinators_meeting_2027', '-', 'india', 'Member', 'false'),
         ('participation', 'sco_national_coordinators_meeting_2027', '-', 'kyrgyzstan', 'Member', 'false'),
         ('participation', 'sco_national_coordinators_meeting_2027', '-', 'russia', 'Member', 'false')},
        id='a_council_of_national_coordinators_attended_by_the_coordinators_of_states'),
    pytest.param(
        'The SCO summit opened in Minsk on Wednesday. The Indian prime minister skipped the summit, sending Indian Foreign '
        'Minister Arjun Mehta. Earlier in the day the Secretary-General met President of Mongolia Bat Erdene, who is '
        'in Minsk for the summit.',
        date(2027, 7, 7),
        {('participation', 'sco_heads_of_state_council_2027', 'arjun_mehta', 'india', 'Member', 'false'),
         ('participation', 'sco_heads_of_state_council_2027', 'bat_erdene', 'mongolia', 'Observer', 'false')},
        id='who_was_sent_and_who_is_in_the_city_for_the_summit'),
    pytest.param(
        'The SCO summit opened in Minsk on Thursday. In a declaration issued at the end of the meeting, the members '
        'backed talks. The presidents also signed a joint declaration arguing that the war was over.',
        date(2027, 7, 8),
        {('adopted', 'sco_heads_of_state_council_2027', 'sco_heads_of_state_council_2027_declaration')},
        id='a_declaration_issued_at_the_end'),
    pytest.param(
        'The SCO summit opened in Minsk on Thursday. A declaration on the organisation\'s anniversary was signed at '
        'the end.',
        date(2027, 7, 8),
        {('adopted', 'sco_heads_of_state_council_2027', 'sco_heads_of_state_council_2027_declaration')},
        id='a_declaration_on_something_was_signed'),
    pytest.param(
        'The SCO summit opened in Minsk on Thursday. Following the summit, the Minsk Declaration of the Council of '
        'Heads of State of the SCO was signed.',
        date(2027, 7, 8),
        {('adopted', 'sco_heads_of_state_council_2027', 'sco_heads_of_state_council_2027_declaration')},
        id='the_declaration_of_the_council_of_the_sco_was_signed'),
    pytest.param(
        'SCO culture ministers confer\n\nThe capital of Belarus, Minsk, on April 26-28 played host to the VI '
        'Conference of Culture Ministers of the SCO member states.',
        date(2027, 4, 29),
        {('held_in', 'sco_culture_ministers_meeting_2027', 'minsk')},
        id='a_city_that_played_host_to_the_conference'),
    pytest.param(
        'Kazakhstan is one of the founding members of the SCO. India and Iran are currently observers in the SCO. '
        'Belarus joined at the Astana summit in 2024. Nepal became the tenth member in Minsk. Laos joined the '
        'organisation last year. Egypt, Qatar and now Laos are its three dialogue partners. The presidents of the '
        'six SCO members -- China, Russia and Kyrgyzstan among them -- posed for a photo.',
        date(2027, 6, 14),
        {('status', 'kazakhstan', 'memberOf', 'sco'), ('status', 'india', 'observerOf', 'sco'),
         ('status', 'iran', 'observerOf', 'sco'), ('status', 'belarus', 'memberOf', 'sco'),
         ('status', 'nepal', 'memberOf', 'sco'), ('status', 'egypt', 'dialoguePartnerOf', 'sco'),
         ('status', 'qatar', 'dialoguePartnerOf', 'sco'), ('status', 'china', 'memberOf', 'sco'),
         ('status', 'kyrgyzstan', 'memberOf', 'sco')},
        id='the_scos_make_up_in_other_words'),
    pytest.param(
        'The SCO summit opened in Minsk on Thursday. Xi was joined by the presidents of the Central Asian member '
        'states -- Almazbek Atambayev of Kyrgyzstan and Emomali Rahmon of Tajikistan. Also in the hall was Ivan Petrov, '
        'executive secretary of the Commonwealth of Independent States. Present too was the Secretary-General of the '
        'Organisation of Islamic Cooperation A.B.Rahman. Russian Chairman of the Government Oleg Smirnov spoke.',
        date(2027, 7, 8),
        {('position', 'almazbek_atambayev', 'President', 'kyrgyzstan'),
         ('position', 'emomali_rahmon', 'President', 'tajikistan'),
         ('position', 'ivan_petrov', 'Executive Secretary', 'commonwealth_of_independent_states'),
         ('position', 'a_b_rahman', 'Secretary-General', 'organisation_of_islamic_cooperation'),
         ('position', 'oleg_smirnov', 'Chairman of the Government', 'russia')},
        id='titles_of_bodies_with_of_in_their_names_and_presidents_over_a_dashed_list'),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_real_news_structures_yield_their_facts(gazetteer, text, published, expected):
    facts = facts_of(text, gazetteer, published=published)
    assert expected <= facts, expected - facts


def test_the_source_of_a_report_is_no_participant(gazetteer):
    facts = facts_of('The SCO summit opened in Ufa on Friday. Turkmen President Gurbanguly Berdimuhamedow '
                     'attended as a guest of the hosts, Russian presidential aide Yury Ushakov said.',
                     gazetteer, published=date(2015, 7, 10))
    people = {f[2] for f in facts if f[0] == 'participation'}
    assert 'gurbanguly_berdimuhamedow' in people and 'yury_ushakov' not in people



def test_i_in_a_transcript_is_its_speaker(gazetteer):
    document = Document("t", "t.txt", date(2021, 9, 17), "Press statement after the SCO summit",
                        "Press statement after the SCO summit\n\nEmomali Rahmon: Dear friends! Today Dushanbe hosted "
                        "the meeting of the Council of Heads of State of the SCO.\n\nOn the sidelines of today's summit "
                        "I also had a meeting with President Kassym-Jomart Tokayev, and yesterday Prime Minister Imran "
                        "Khan and I held talks.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert ("meeting", "bilateral_emomali_rahmon_kassym_jomart_tokayev_2021_09_17", "BilateralMeeting") in facts, facts
    assert not any(f[0] == "met_with" and "emomali_rahmon" not in f for f in facts), facts


def test_a_day_still_to_come_dates_no_talks(gazetteer):
    facts = facts_of('The SCO foreign ministers met in Dushanbe today. They prepared the summit scheduled to be held '
                     'in Dushanbe on 16-17 September 2021. On the sidelines, Pakistani Foreign Minister Shah Mahmood '
                     'Qureshi met Foreign Minister of China Wang Yi.', gazetteer, published=date(2021, 7, 14))
    talks = ("met_with", "shah_mahmood_qureshi", "wang_yi", "2021-07-14", "sco_foreign_ministers_council_2021")
    assert talks in facts, facts


def test_a_timeline_paragraph_is_about_the_meeting_it_opens_with(gazetteer):
    document = Document("t", "t.txt", date(2023, 12, 28), "The SCO in 2023: a year in review",
                        "The SCO in 2023: a year in review\n\nIndia hosted the 23rd meeting of the SCO Council of Heads of "
                        "State by video on 4 July.\n\nAPRIL\n\n* 28 April, New Delhi - The SCO defence ministers met in "
                        "the capital. Defence Minister Rajnath Singh chaired the meeting. On 27 April, on the sidelines of "
                        "the meeting, Singh held talks with Chinese Defence Minister Li Shangfu.\n\nA year later, the "
                        "ministers met in Astana.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert ("chair", "sco_defence_ministers_meeting_2023", "rajnath_singh") in facts, facts
    assert {("held_in", "sco_defence_ministers_meeting_2023", "new_delhi"),
            ("date", "sco_defence_ministers_meeting_2023", "2023-04-28")} <= facts, facts
    assert ("met_with", "li_shangfu", "rajnath_singh", "2023-04-27", "sco_defence_ministers_meeting_2023") in facts
    assert not any(f[0] == "chair" and f[1] == "sco_heads_of_state_council_2023" for f in facts), facts


def test_talks_beside_a_past_summit_take_its_year(gazetteer):
    document = Document("t", "t.txt", date(2025, 9, 3), "Turkiye and the SCO",
                        "Turkiye and the SCO\n\nErdogan flew home from Tianjin on Monday.\n\nThe 22nd meeting of the "
                        "SCO Council of Heads of State was hosted by Uzbekistan in Samarkand. On Friday, Sept. 16, "
                        "President Recep Tayyip Erdogan met Russian President Vladimir Putin on the sidelines of the summit.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert ("meeting", "bilateral_recep_tayyip_erdogan_vladimir_putin_2022_09_16", "BilateralMeeting") in facts, facts


def test_the_host_whose_guest_came_is_no_guest(gazetteer):
    facts = facts_of('The SCO summit opened in Samarkand on Thursday. Erdogan came as a special guest of Uzbek '
                     'President Shavkat Mirziyoyev.', gazetteer, published=date(2022, 9, 15))
    assert not any(f[0] == "participation" and f[2] == "shavkat_mirziyoyev" and f[4] == "Guest" for f in facts), facts


def test_a_timeline_item_over_a_list_and_a_meeting_avoided(gazetteer):
    document = Document("t", "t.txt", date(2023, 12, 28), "The SCO in 2023",
                        "The SCO in 2023\n\nIndia hosted the 23rd meeting of the SCO Council of Heads of State online. "
                        "Prime Minister Narendra Modi chaired the summit, while Russian President Vladimir Putin and "
                        "Pakistani Prime Minister Shehbaz Sharif all joined via video link. Holding it online avoided a "
                        "face-to-face meeting between Modi and Sharif.\n\nMAY\n\n* 4-5 May, Goa - The Council of Foreign "
                        "Ministers drew the most headlines. Those present:\n\n- Foreign Minister of China Qin Gang;\n\n"
                        "- Foreign Minister of Russia Sergey Lavrov.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {("held_in", "sco_foreign_ministers_council_2023", "goa"),
            ("participation", "sco_foreign_ministers_council_2023", "qin_gang", "china", "Member", "false"),
            ("participation", "sco_heads_of_state_council_2023", "vladimir_putin", "russia", "Member", "true")} <= facts, facts
    assert not any(f[0] == "met_with" for f in facts), facts


def test_an_item_with_a_standing_of_its_own_ends_a_list_of_members(gazetteer):
    facts = facts_of('The SCO Plus meeting in Astana brought together the leaders of the member states, Mongolia as an '
                     'observer state, and four dialogue partners.', gazetteer, published=date(2024, 7, 4))
    assert ("status", "mongolia", "memberOf", "sco") not in facts, facts


def test_the_previous_session_is_not_the_article_s_meeting(gazetteer):
    facts = facts_of('Speaking at the weekly press briefing on Thursday, the spokesperson said the Foreign Minister '
                     'would attend. He also took part in the previous session of the Council, which was held in '
                     'Tashkent in July last year.', gazetteer, published=date(2023, 4, 20))
    assert not any(f[0] == "held_in" and f[2] == "tashkent" and f[1].startswith("press_event") for f in facts), facts


def test_a_document_belongs_to_the_meeting_named_last_before_it(gazetteer):
    facts = facts_of('Leaders of the SCO met in Tianjin on Monday. The 2007 summit in Bishkek is remembered for its '
                     'treaty, and at the 2019 summit the leaders adopted the Bishkek Declaration.', gazetteer,
                     published=date(2025, 9, 12))
    assert ("adopted", "sco_heads_of_state_council_2019", "sco_heads_of_state_council_2019_declaration") in facts, facts


def test_the_one_in_whose_place_someone_came_is_no_participant(gazetteer):
    facts = facts_of('The 19th meeting of the SCO Council of Heads of Government was held on Monday. Indian Vice President '
                     'M. Venkaiah Naidu chaired the moot in place of Indian Prime Minister Narendra Modi.', gazetteer,
                     published=date(2020, 11, 30))
    assert not any(f[0] == "participation" and f[2] == "narendra_modi" for f in facts), facts


def test_an_interview_with_a_summit_hosted_by_video_and_the_capital_before_a_title(gazetteer):
    facts = facts_of("Two weeks before the leaders gather in the Kazakh capital, Secretary-General of the SCO Zhang Ming "
                     "spoke to us. President Kassym-Jomart Tokayev proposed the initiative at last year's summit, which "
                     "India hosted by videoconference on 4 July 2023.", gazetteer, published=date(2024, 6, 18))
    assert ("participation", "sco_heads_of_state_council_2023", "kassym_jomart_tokayev", "kazakhstan", "Member", "true") \
        in facts, facts
    assert not any(f[0] == "capital_of" for f in facts), facts


def test_a_meeting_in_the_port_city_of(gazetteer):
    facts = facts_of('Foreign Minister Abbas Araghchi spoke on Tuesday at the meeting of the Council of Foreign Ministers '
                     'of the SCO in the northern Chinese port city of Tianjin.', gazetteer, published=date(2025, 7, 16))
    assert ("held_in", "sco_foreign_ministers_council_2025", "tianjin") in facts, facts


def test_a_state_hosting_delegations_hosts_the_meeting(gazetteer):
    facts = facts_of('The SCO Tourism Ministers\' Meeting began in Kashi on Friday, with India, which holds the SCO '
                     'chairship this year, hosting delegations from all the member countries.', gazetteer,
                     published=date(2023, 3, 17))
    assert ("host", "sco_tourism_ministers_meeting_2023", "india") in facts, facts


def test_talks_with_the_observers_leaders_give_the_host_no_observer_capacity(gazetteer):
    facts = facts_of('Leaders of the six member states met in Shanghai on Thursday. Chinese President Hu Jintao held talks '
                     'here Friday with the leaders and representatives of the observer states of the SCO, a day after '
                     'they attended the summit.', gazetteer, published=date(2006, 6, 16))
    assert not any(f[0] == "participation" and f[2] == "hu_jintao" and f[4] == "Observer" for f in facts), facts

def test_ministers_of_the_member_states_responsible_for_a_remit(gazetteer):
    facts = facts_of('ALMATY, 3 October (Kazinform). The 20th meeting of the ministers of the SCO member states responsible '
                     'for foreign economic and foreign trade activities was held in Almaty today.', gazetteer,
                     published=date(2021, 10, 3))
    assert ("meeting", "sco_trade_ministers_meeting_2021", "MinisterialMeeting") in facts, facts
    assert ("ordinal", "sco_trade_ministers_meeting_2021", "20") in facts, facts


def test_heads_of_departments_dealing_with_emergencies_and_the_one_someone_spoke_for(gazetteer):
    facts = facts_of('Home Minister Rahul Verma on Tuesday chaired the 12th meeting of heads of departments of the Shanghai '
                     'Cooperation Organisation (SCO) member states dealing with the prevention and elimination of '
                     'emergency situations. Deputy Secretary-General Nurlan Akkoshkarov spoke on behalf of '
                     'Secretary-General Zhang Ming.', gazetteer, published=date(2024, 3, 12))
    assert ("chair", "sco_emergency_situations_ministers_meeting_2024", "rahul_verma") in facts, facts
    assert not any(f[0] == "participation" and f[2] == "zhang_ming" for f in facts), facts


def test_every_member_state_of_the_day_took_part(gazetteer):
    facts = facts_of('The 7th Meeting of the Ministers of Agriculture of the SCO Member States was held in Bishkek on '
                     '14 June 2022. Ministers and senior officials of the agriculture ministries of all Member States '
                     'took part in the meeting.', gazetteer, published=date(2022, 6, 14))
    states = {f[3] for f in facts if f[0] == "participation" and f[1] == "sco_agriculture_ministers_meeting_2022"}
    # the eight members of June 2022, from the reference list: not Iran (2023) nor Belarus (2024)
    assert states == {"china", "india", "kazakhstan", "kyrgyzstan", "pakistan", "russia", "tajikistan", "uzbekistan"}, facts


def test_all_nine_member_states_when_the_reference_list_has_eight_adds_no_one(gazetteer):
    facts = facts_of('The 7th Meeting of the Ministers of Agriculture of the SCO Member States was held in Bishkek on '
                     '14 June 2022. Delegations of all nine member states took part.', gazetteer, published=date(2022, 6, 14))
    assert not any(f[0] == "participation" for f in facts), facts


def test_the_organization_comprises_capitalised_member_states_and_the_side_that_chairs_it(gazetteer):
    facts = facts_of('The meeting of the SCO transport ministers was organised by the Kyrgyz side, which chairs the SCO '
                     'this year. The Organization comprises nine Member States: China, India, Iran, Kazakhstan, '
                     'Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan.', gazetteer, published=date(2025, 5, 20))
    assert ("count", "sco", "memberStateCount", "9") in facts, facts
    assert ("status", "iran", "memberOf", "sco") in facts, facts
    assert ("presidency", "sco", "kyrgyzstan") in facts, facts
    assert ("host", "sco_transport_ministers_meeting_2025", "kyrgyzstan") in facts, facts


def test_the_demonym_delegate_who_joined_by_video_is_the_one_named_before(gazetteer):
    facts = facts_of('Minister of Agriculture of the Republic of Kazakhstan Aidarbek Saparov took part in the 8th Meeting of '
                     'Ministers of Agriculture of the SCO Member States in Astana. The Kazakh minister joined the meeting '
                     'via video conference.', gazetteer, published=date(2023, 9, 5))
    assert ("participation", "sco_agriculture_ministers_meeting_2023", "aidarbek_saparov", "kazakhstan", "Member", "true") \
        in facts, facts


def test_protocol_items_with_titles_no_list_foresees(gazetteer):
    facts = facts_of('The Council of Foreign Ministers of the SCO met in Astana on 21 May 2024. Delegations took part: '
                     'Minister of Foreign Affairs of China Wang Yi; Secretary of the Ministry of External Affairs of '
                     'India Pavan Kapoor; Deputy Prime Minister - Minister of Foreign Affairs of Pakistan Mohammad Ishaq '
                     'Dar; Union Minister for Road Transport Shri Anil Sharma.', gazetteer, published=date(2024, 5, 21))
    assert ("position", "pavan_kapoor", "Secretary of the Ministry of External Affairs", "india") in facts, facts
    assert ("position", "ishaq_dar", "Deputy Prime Minister", "pakistan") in facts, facts
    assert ("position", "ishaq_dar", "Foreign Minister", "pakistan") in facts, facts
    assert ("position", "anil_sharma", "Road Transport Minister", "india") in facts, facts


def test_a_list_of_protocol_lines_with_one_too_long_for_a_heading(gazetteer):
    text = ('Delegations took part:\n'
            'Minister of Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev\n'
            'Deputy Prime Minister – Minister of Foreign Affairs of the Islamic Republic of Pakistan Mohammad Ishaq Dar\n'
            'Minister of Foreign Affairs of the Russian Federation Sergey Lavrov\n')
    facts = facts_of('The Council of Foreign Ministers of the SCO met in Astana on 21 May 2024.\n\n' + text, gazetteer,
                     published=date(2024, 5, 21))
    assert ("position", "sergey_lavrov", "Foreign Minister", "russia") in facts, facts


def test_the_council_of_the_anti_terrorist_structure_and_its_director_in_lower_case(gazetteer):
    facts = facts_of('TASHKENT, April 2 (Xinhua) -- The council of the Regional Anti-Terrorist Structure (RATS) of the '
                     'Shanghai Cooperation Organization (SCO) held its ninth meeting on Thursday. Representatives of the '
                     'member states attended, together with Vyacheslav Kasymov, director of the RATS executive committee. '
                     'The session was chaired by Vice Minister of Public Security of China Liu Jinguo, who holds the '
                     'rotating chairmanship of the council.', gazetteer, published=date(2009, 4, 2))
    assert ("meeting", "sco_rats_council_meeting_2009", "MinisterialMeeting") in facts, facts
    assert ("ordinal", "sco_rats_council_meeting_2009", "9") in facts, facts
    assert ("position", "vyacheslav_kasymov", "Director of the Executive Committee",
            "sco_regional_anti_terrorist_structure") in facts, facts
    assert not any(f[0] == "presidency" for f in facts), facts


def test_the_president_of_an_article_about_a_president_and_what_he_also_did(gazetteer):
    facts = facts_of('President Mamnoon Hussain addressed the SCO summit in Tashkent on Friday. Mr Hussain was joined by '
                     'Chinese President Xi Jinping and Russian President Vladimir Putin. Mr Modi had met Xi here on '
                     'Thursday. On the sidelines of the summit, the president met Afghan President Ashraf Ghani. He also '
                     'called on Uzbek President Islam Karimov. Mr Hussain returns home on Saturday.', gazetteer,
                     published=date(2016, 6, 24))
    talks = {(f[1], f[2], f[4]) for f in facts if f[0] == "met_with"}
    assert ("ashraf_ghani", "mamnoon_hussain", "sco_heads_of_state_council_2016") in talks, facts
    assert ("islam_karimov", "mamnoon_hussain", "sco_heads_of_state_council_2016") in talks, facts
    days = {f[1]: f[3] for f in facts if f[0] == "met_with"}
    assert days["islam_karimov"] == days["ashraf_ghani"], facts  # the same occasion as the talks before it


def test_he_met_the_chinese_president(gazetteer):
    facts = facts_of('Chinese President Xi Jinping opened the SCO summit in Qingdao on Sunday. President Hassan Rouhani '
                     'spoke at the summit. Before the expanded session, he met the Chinese president.', gazetteer,
                     published=date(2018, 6, 10))
    assert any(f[0] == "met_with" and f[1:3] == ("hassan_rouhani", "xi_jinping") for f in facts), facts


def test_the_prime_minister_of_an_article_about_one_and_a_welcome_at_the_airport(gazetteer):
    facts = facts_of('Pakistani Prime Minister Imran Khan addressed the SCO summit in Dushanbe on Friday, which Kazakh '
                     'President Kassym-Jomart Tokayev and Belarusian President Alexander Lukashenko attended too. The prime '
                     'minister arrived on Thursday and was received at the airport by Tajik Prime Minister Kokhir '
                     'Rasulzoda. On the sidelines of the summit on Thursday, the prime minister held separate meetings with '
                     'Tokayev and Lukashenko.', gazetteer, published=date(2021, 9, 17))
    talks = {(f[1], f[2]) for f in facts if f[0] == "met_with"}
    assert talks == {("alexander_lukashenko", "imran_khan"), ("imran_khan", "kassym_jomart_tokayev")}, facts


def test_some_by_video_while_others_in_person(gazetteer):
    facts = facts_of('The SCO summit in Dushanbe was held on Friday in a hybrid format. Russian President Vladimir Putin and '
                     'Chinese President Xi Jinping addressed it via video link, while President Kassym-Jomart Tokayev of '
                     'Kazakhstan attended in person.', gazetteer, published=date(2021, 9, 17))
    remote = {f[2]: f[5] for f in facts if f[0] == "participation"}
    assert remote == {"vladimir_putin": "true", "xi_jinping": "true", "kassym_jomart_tokayev": "false"}, facts


def test_a_delegation_led_by_an_unnamed_official_and_a_defence_secretary(gazetteer):
    facts = facts_of('ASTANA, 26 April (Kazinform) - The heads of the defence ministries of the SCO member states gathered on '
                     'Friday in Astana for their regular annual meeting. India was represented by Defence Secretary '
                     'Giridhar Aramane. The Pakistani delegation was led by the country\'s ambassador to Kazakhstan.',
                     gazetteer, published=date(2024, 4, 26))
    assert ("position", "giridhar_aramane", "Defence Secretary", "india") in facts, facts
    assert ("participation", "sco_defence_ministers_meeting_2024", "-", "pakistan", "Member", "false") in facts, facts
    assert ("entity", "pakistan", "State") in facts, facts


def test_talks_then_a_reception_and_a_brief_exchange_that_is_no_meeting(gazetteer):
    facts = facts_of('President Recep Tayyip Erdogan attended the SCO summit in Samarkand on Friday with Azerbaijani President '
                     'Ilham Aliyev, whose country is also a dialogue partner. On the sidelines of the summit, Erdogan held '
                     'talks with Aliyev and later received Pakistani Prime Minister Shehbaz Sharif. He also had a brief '
                     'exchange with Indian Prime Minister Narendra Modi.', gazetteer, published=date(2022, 9, 16))
    talks = {(f[1], f[2]) for f in facts if f[0] == "met_with"}
    assert talks == {("ilham_aliyev", "recep_tayyip_erdogan"), ("recep_tayyip_erdogan", "shehbaz_sharif")}, facts
    assert ("status", "azerbaijan", "dialoguePartnerOf", "sco") in facts, facts


def test_a_council_with_its_abbreviation_and_a_date_range_sixty_characters_on(gazetteer):
    facts = facts_of('Pakistan is hosting the 23rd meeting of the Council of Heads of Government (CHG) of the Shanghai '
                     'Cooperation Organisation on October 15-16, the largest diplomatic event in years.', gazetteer,
                     published=date(2024, 10, 16))
    assert ("date", "sco_heads_of_government_council_2024", "2024-10-15") in facts, facts


def test_a_state_that_attended_and_a_province_that_is_no_person(gazetteer):
    facts = facts_of('The 14th meeting of the SCO Council of Heads of Government was held on Tuesday in Zhengzhou, capital of '
                     "central China's Henan Province. Belarus attended for the first time as an observer, a status it was "
                     'granted at the SCO summit in Ufa in July. The SCO, founded in 2001, groups six member states -- China, '
                     'Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.', gazetteer, published=date(2015, 12, 15))
    assert ("participation", "sco_heads_of_government_council_2015", "-", "belarus", "Observer", "false") in facts, facts
    assert not any(f[0] == "entity" and f[2] == "Person" for f in facts), facts
    assert ("count", "sco", "memberStateCount", "6") in facts, facts


def test_premiers_who_approved_a_plan_an_elliptical_list_and_states_that_sent_deputies(gazetteer):
    facts = facts_of('BISHKEK, September 23 (Itar-Tass) - The heads of government of the Shanghai Cooperation Organisation '
                     '(SCO) member countries on Thursday approved a plan of measures. Russia was represented by Prime '
                     'Minister Mikhail Fradkov, China by Premier of the State Council Wen Jiabao and Kazakhstan by Prime '
                     'Minister Daniyal Akhmetov. Tajikistan and Uzbekistan sent deputy prime ministers.', gazetteer,
                     published=date(2004, 9, 23))
    attended = {f[3]: f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_government_council_2004"}
    assert attended == {"russia": "mikhail_fradkov", "china": "wen_jiabao", "kazakhstan": "daniyal_akhmetov",
                        "tajikistan": "-", "uzbekistan": "-"}, facts
    assert ("position", "wen_jiabao", "Premier", "china") in facts, facts


def test_a_retired_general_sent_by_a_state_by_contrast(gazetteer):
    facts = facts_of('The meeting of the secretaries of security councils of SCO member states opened in Beijing on Monday. '
                     'Pakistan, by contrast, sent its National Security Adviser, Lieutenant General (retd) Naseer Khan '
                     'Janjua.', gazetteer, published=date(2018, 5, 22))
    assert ("participation", "sco_security_council_secretaries_meeting_2018", "naseer_khan_janjua", "pakistan", "Member",
            "false") in facts, facts


def test_heads_of_government_of_the_six_member_states_approved_here_tuesday(gazetteer):
    facts = facts_of('BEIJING, Sept. 23 (Xinhua) -- Heads of government of the six member states of the Shanghai Cooperation '
                     'Organization (SCO) approved here Tuesday a long-term programme of multilateral trade and economic '
                     'cooperation. Chinese Premier Wen Jiabao chaired the meeting.', gazetteer, published=date(2003, 9, 23))
    assert ("chair", "sco_heads_of_government_council_2003", "wen_jiabao") in facts, facts
    assert ("date", "sco_heads_of_government_council_2003", "2003-09-23") in facts, facts


def test_a_meeting_of_the_groups_heads_of_government_and_of_the_scos_prime_ministers(gazetteer):
    facts = facts_of('TASHKENT, Nov 29 (Reuters) - Russian Prime Minister Dmitry Medvedev on Friday told a meeting of the '
                     "group's heads of government in the Uzbek capital that trade must grow. The 12th meeting of the SCO's "
                     'prime ministers was chaired by Uzbek Prime Minister Shavkat Mirziyoyev. The group\'s summit in Bishkek '
                     'in September was recalled.', gazetteer, published=date(2013, 11, 29))
    assert ("chair", "sco_heads_of_government_council_2013", "shavkat_mirziyoyev") in facts, facts
    assert not any(f[0] == "chair" and f[1].startswith("sco_heads_of_state") for f in facts), facts


def test_a_state_whose_expected_leader_did_not_come_was_represented_by_a_minister(gazetteer):
    facts = facts_of('The 23rd meeting of the Council of Heads of Government of the SCO member states was held in Islamabad. '
                     'Iran, whose First Vice President Mohammad Reza Aref had been expected, was represented by Minister of '
                     'Industry, Mine and Trade Seyyed Mohammad Atabak.', gazetteer, published=date(2024, 10, 16))
    attended = {(f[2], f[3]) for f in facts if f[0] == "participation"}
    assert attended == {("seyyed_mohammad_atabak", "iran")}, facts
    assert ("position", "seyyed_mohammad_atabak", "Industry, Mine and Trade Minister", "iran") in facts, facts


def test_the_president_of_the_sco_press_club_is_the_one_named_not_the_club(gazetteer):
    facts = facts_of('SCO Secretary-General Vladimir Norov held a press conference in Beijing on June 12. He thanked Andrei '
                     'Kirillov, head of the TASS bureau in Beijing and President of the SCO Press Club.', gazetteer,
                     published=date(2020, 6, 12))
    assert not any(f[0] == "entity" and f[1] == "press_club" for f in facts), facts


def test_a_plural_title_before_the_first_name_of_a_list_titles_it_too(gazetteer):
    facts = facts_of('The leaders met in Astana on Wednesday. Presidents Sooronbai Jeenbekov of Kyrgyzstan, Emomali Rahmon '
                     'of Tajikistan and Shavkat Mirziyoyev of Uzbekistan spoke after the host.', gazetteer,
                     published=date(2017, 6, 9))
    assert {("position", person, "President", state) for person, state in (
        ("sooronbay_jeenbekov", "kyrgyzstan"), ("emomali_rahmon", "tajikistan"), ("shavkat_mirziyoyev", "uzbekistan"))} \
        <= facts, facts


def test_who_attended_the_summit_as_a_guest_after_a_side_meeting(gazetteer):
    facts = facts_of('The 19th meeting of the SCO Council of Heads of State opened in Bishkek on Friday. On the margins, '
                     'Xi Jinping also received Turkmen President Gurbanguly Berdimuhamedow, who attended the summit as a '
                     'guest of the chair.', gazetteer, published=date(2019, 6, 14))
    assert ("participation", "sco_heads_of_state_council_2019", "gurbanguly_berdimuhamedow", "turkmenistan", "Guest",
            "false") in facts, facts


def test_a_leader_whose_country_hosted_the_meeting_gives_its_host(gazetteer):
    facts = facts_of('The SCO summit took place in Qingdao on Saturday. Xi Jinping, whose country hosted the summit, '
                     'opened the restricted session.', gazetteer, published=date(2018, 6, 10))
    assert ("host", "sco_heads_of_state_council_2018", "china") in facts, facts


def test_a_declaration_marking_an_anniversary_is_the_meetings_declaration(gazetteer):
    facts = facts_of('The SCO heads of state met in Dushanbe on Friday. They signed a declaration marking the twentieth '
                     'anniversary of the organization.', gazetteer, published=date(2021, 9, 17))
    assert ("adopted", "sco_heads_of_state_council_2021", "sco_heads_of_state_council_2021_declaration") in facts, facts


def test_an_undated_article_that_dates_an_earlier_meeting_of_another_council(gazetteer):
    facts = facts_of('The SCO Council of Heads of Government met by video link under the chairmanship of India. Earlier, '
                     'on 10 November 2020, the Prime Minister had addressed the SCO Council of Heads of State.', gazetteer,
                     published=None, name="pibwire-sco-heads-of-government")
    assert ("meeting", "sco_heads_of_state_council_2020", "HeadsOfStateCouncilMeeting") in facts, facts


def test_documents_listed_after_a_named_treaty_are_adopted_too(gazetteer):
    facts = facts_of('The summit opened in Bishkek on Thursday. The presidents signed the Treaty on Long-Term '
                     'Good-Neighbourliness, Friendship and Cooperation of the SCO member states, the Bishkek Declaration '
                     'and a joint communique.', gazetteer, published=date(2007, 8, 16))
    adopted = {f[2] for f in facts if f[0] == "adopted" and f[1] == "sco_heads_of_state_council_2007"}
    assert adopted == {"treaty_on_long_term_good_neighbourliness_friendship_and_cooperation_of_the_sco_member_states",
                       "sco_heads_of_state_council_2007_declaration", "sco_heads_of_state_council_2007_joint_communique"}


def test_leaders_listed_with_their_states_in_brackets_arriving_at_the_venue(gazetteer):
    facts = facts_of('The SCO summit was held in Bishkek on Thursday. In the morning the heads of the member states, '
                     'Hu Jintao (China), Vladimir Putin (Russia) and Islam Karimov (Uzbekistan), arrived at the state '
                     'residence.', gazetteer, published=date(2007, 8, 16))
    attended = {(f[2], f[3], f[4]) for f in facts if f[0] == "participation"}
    assert {("hu_jintao", "china", "Member"), ("vladimir_putin", "russia", "Member"),
            ("islam_karimov", "uzbekistan", "Member")} <= attended, facts


def test_a_demonym_standing_for_its_state_in_a_list_of_delegations_and_of_members(gazetteer):
    facts = facts_of('The meeting of the heads of border services of the SCO member states ended in New Delhi on Friday. It '
                     'was attended by representatives of the border services of Kazakhstan, China, Kyrgyz, Pakistan and '
                     'Tajikistan. The SCO comprises eight member states, namely India, Kazakhstan, China, Kyrgyz, Pakistan, '
                     'Russia, Tajikistan and Uzbekistan.', gazetteer, published=date(2022, 6, 17))
    attended = {f[3] for f in facts if f[0] == "participation" and f[1] == "sco_border_service_heads_meeting_2022"}
    assert attended == {"kazakhstan", "china", "kyrgyzstan", "pakistan", "tajikistan"}, facts
    assert {f[1] for f in facts if f[0] == "status" and f[2] == "memberOf"} == {
        "india", "kazakhstan", "china", "kyrgyzstan", "pakistan", "russia", "tajikistan", "uzbekistan"}, facts


def test_the_heads_of_border_authorities_are_the_border_services_series(gazetteer):
    facts = facts_of('The eighth meeting of the heads of border authorities of the competent bodies of the SCO member states '
                     'began on Wednesday, June 15.', gazetteer, published=date(2022, 6, 17))
    assert ("ordinal", "sco_border_service_heads_meeting_2022", "8") in facts, facts
    assert ("date", "sco_border_service_heads_meeting_2022", "2022-06-15") in facts, facts


def test_a_numbered_prime_ministers_meeting_and_last_years_meeting(gazetteer):
    facts = facts_of("Premier Li Keqiang spoke at the 12th Prime Ministers' Meeting of the SCO in Tashkent on Friday. Last "
                     "year's meeting in Bishkek was attended by then premier Wen Jiabao.", gazetteer,
                     published=date(2013, 11, 30))
    assert {("ordinal", "sco_heads_of_government_council_2013", "12"),
            ("held_in", "sco_heads_of_government_council_2013", "tashkent"),
            ("held_in", "sco_heads_of_government_council_2012", "bishkek"),
            ("participation", "sco_heads_of_government_council_2012", "wen_jiabao", "china", "Member", "false")} <= facts, \
        facts


def test_a_kazinform_dateline_a_numbered_session_and_delegations_led_by_ministers(gazetteer):
    facts = facts_of('ASTANA. November 30. KAZINFORM Minister of Agriculture of Kazakhstan Asylzhan Mamytbekov chaired the '
                     'second session of the Meeting of Agriculture Ministers of the SCO Member States here on Friday. The '
                     'delegations of China, Russia and Uzbekistan were led by ministers and their deputies.', gazetteer,
                     published=date(2012, 11, 30))
    meeting = "sco_agriculture_ministers_meeting_2012"
    assert {("held_in", meeting, "astana"), ("ordinal", meeting, "2")} <= facts, facts
    assert {f[3] for f in facts if f[0] == "participation" and f[1] == meeting and f[2] == "-"} == \
        {"china", "russia", "uzbekistan"}, facts


def test_talks_said_to_have_no_given_date_take_none_from_the_talks_before(gazetteer):
    facts = facts_of('The SCO summit opened in Dushanbe on Friday. On Friday, on the sidelines, Ebrahim Raisi held talks '
                     'with Imran Khan. He also met Gurbanguly Berdimuhamedov on the margins of the summit, his office said, '
                     'without giving a date.', gazetteer, published=date(2021, 9, 19))
    assert ("meeting", "bilateral_ebrahim_raisi_gurbanguly_berdimuhamedow_2021", "BilateralMeeting") in facts, facts


def test_a_deputy_who_took_part_on_a_states_side_and_leaders_who_addressed_colleagues_by_video(gazetteer):
    facts = facts_of('The ninth meeting of SCO trade ministers was held in Moscow on Friday. Deputy Minister of Economic '
                     'Development A. Slepnev also took part on the Russian side. Chinese President Xi Jinping addressed '
                     'his colleagues via video link.', gazetteer, published=date(2010, 10, 22))
    assert ("participation", "sco_trade_ministers_meeting_2010", "a_slepnev", "russia", "Member", "false") in facts, facts
    assert ("participation", "sco_trade_ministers_meeting_2010", "xi_jinping", "china", "Member", "true") in facts, facts


def test_talks_in_the_narrow_format_are_a_session_and_among_them_were_participants(gazetteer):
    facts = facts_of('Prime Minister of Belarus Sergei Rumas took part in the session of the Council of Heads of Government of '
                     'the SCO in Dushanbe on 12 October. The heads of government first held talks in the narrow format '
                     'chaired by Prime Minister of Tajikistan Kokhir Rasulzoda. Among them were Premier of the State '
                     'Council of China Li Keqiang and Chairman of the Russian Government Dmitry Medvedev.', gazetteer,
                     published=date(2018, 10, 12))
    assert not any(f[0] == "meeting" and f[2] == "BilateralMeeting" for f in facts), facts
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_government_council_2018"}
    assert {"li_keqiang", "dmitry_medvedev", "kokhir_rasulzoda", "sergei_rumas"} <= attended, facts


def test_a_flash_with_the_host_who_is_hosting_the_previous_summit_last_may_and_it_groups(gazetteer):
    facts = facts_of('TASHKENT, June 17. /ITAR-TASS/. The leaders of the six SCO member states opened their annual summit '
                     'here today. Uzbek President Islam Karimov, who is hosting the gathering, met his guests at the '
                     'residence. Putin recalled the previous summit, held in Moscow last May. It groups China, Russia, '
                     'Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.', gazetteer, published=date(2004, 6, 17))
    assert {("chair", "sco_heads_of_state_council_2004", "islam_karimov"),
            ("held_in", "sco_heads_of_state_council_2003", "moscow"),
            ("status", "kyrgyzstan", "memberOf", "sco")} <= facts, facts
    assert ("held_in", "sco_heads_of_state_council_2004", "moscow") not in facts, facts


def test_a_summit_meets_in_the_city_its_declaration_is_named_after(gazetteer):
    facts = facts_of('Qingdao, June 10, IRNA -- President Hassan Rohani addressed the leaders of the SCO on Sunday. At the '
                     'end of the summit the leaders signed the Qingdao Declaration. Rohani had arrived in Qingdao on '
                     'Saturday.', gazetteer, published=date(2018, 6, 10))
    assert ("held_in", "sco_heads_of_state_council_2018", "qingdao") in facts, facts
    virtual = facts_of('The SCO heads of state met by video link on Tuesday under the chairmanship of Russia. The leaders '
                       'adopted the Moscow Declaration.', gazetteer, published=date(2020, 11, 10))
    assert not any(f[0] == "held_in" for f in virtual), virtual


def test_a_city_name_with_an_apostrophe(gazetteer):
    facts = facts_of("Russian Prosecutor General Igor Krasnov took part on Wednesday in the 21st meeting of the prosecutors "
                     "general of the SCO member states, which was held in the Chinese city of Xi'an.", gazetteer,
                     published=date(2023, 11, 8))
    assert ("held_in", "sco_prosecutors_general_meeting_2023", "xi_an") in facts, facts


def test_a_heads_of_government_summit_in_a_live_blog_headline(gazetteer):
    document = Document(id="2024-10-16_live", source="2024-10-16_live.txt", published=date(2024, 10, 16),
                        title="LIVE: SCO Heads of Government summit in Islamabad - Day 2 updates",
                        text="Heads of delegation signed the joint communique on Wednesday.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {("held_in", "sco_heads_of_government_council_2024", "islamabad"),
            ("adopted", "sco_heads_of_government_council_2024", "sco_heads_of_government_council_2024_joint_communique")} \
        <= facts, facts


@pytest.mark.parametrize("sentence", ["Before the leaders left, Russia, the host, handed the chairmanship to Uzbekistan.",
                                      "The heads of delegations thanked the Russian Federation as host of the meeting."])
def test_a_host_in_apposition_or_thanked_as_host(gazetteer, sentence):
    facts = facts_of("The SCO summit was held in Yekaterinburg on Tuesday. " + sentence, gazetteer,
                     published=date(2009, 6, 16))
    assert ("host", "sco_heads_of_state_council_2009", "russia") in facts, facts


def test_sideline_talks_do_not_take_the_day_of_an_event_months_before(gazetteer):
    facts = facts_of('MINSK, 16 October (BelTA) - Prime Minister of Belarus Roman Golovchenko took part in the 23rd meeting '
                     'of the Council of Heads of Government of the SCO member states in Islamabad. Belarus joined the SCO as '
                     'its tenth member at the Astana summit on 4 July. On the sidelines, Roman Golovchenko met Mikhail '
                     'Mishustin.', gazetteer, published=date(2024, 10, 16))
    assert ("meeting", "bilateral_mikhail_mishustin_roman_golovchenko_2024", "BilateralMeeting") in facts, facts


def test_the_shanghai_five_summits_in_a_chronology_and_a_profile(gazetteer):
    facts = facts_of('The six presidents proclaimed the SCO in Shanghai yesterday. Milestones of the "Shanghai Five":\n'
                     '* April 1996, Shanghai -- the presidents of China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan meet '
                     'for the first time\n* Moscow, April 1997 - the second meeting\n* July 2000, Dushanbe -- fifth meeting; '
                     'Uzbek President Islam Karimov attends as an observer', gazetteer, published=date(2001, 6, 16))
    assert {("held_in", "shanghai_five_summit_1996", "shanghai"), ("held_in", "shanghai_five_summit_1997", "moscow"),
            ("held_in", "shanghai_five_summit_2000", "dushanbe"),
            ("participation", "shanghai_five_summit_2000", "islam_karimov", "uzbekistan", "Observer", "false")} <= facts, \
        facts
    assert not any(f[1].startswith("sco_heads_of_state_council_") and f[1] < "sco_heads_of_state_council_2001"
                   for f in facts), facts


def test_a_shanghai_five_summit_is_not_read_into_the_founding_of_the_sco(gazetteer):
    facts = facts_of('The SCO summit opened in Astana on Wednesday. The SCO was founded in Shanghai on June 15, 2001; its '
                     'roots go back to 1996, when five of its members began meeting as the "Shanghai Five".', gazetteer,
                     published=date(2017, 6, 8))
    assert not any(f[1].startswith("shanghai_five_summit") for f in facts), facts


def test_mr_before_a_known_name_and_a_title_that_was_the_person_before(gazetteer):
    facts = facts_of("The SCO was proclaimed in Shanghai yesterday by President Nursultan Nazarbaev of Kazakhstan. In 1996, "
                     "Mr Jiang, Boris Yeltsin, then Russia's president, Mr Nazarbaev and Mr Akaev signed an agreement.",
                     gazetteer, published=date(2001, 6, 16))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert "nursultan_nazarbayev" in people and not any(p.startswith("mr_") for p in people), facts
    assert ("position", "nursultan_nazarbayev", "President", "russia") not in facts, facts


def test_sat_down_with_besides_the_one_described_and_a_status_it_shares(gazetteer):
    facts = facts_of('SHANGHAI, June 16, 2006 (AFP) - Chinese President Hu Jintao sat down with Iranian President Mahmoud '
                     'Ahmadinejad in Shanghai on Friday. Iran attends as an observer, a status it shares with India, Pakistan '
                     'and Mongolia. Hu, who chaired the summit, had a crowded diary. Besides the Iranian president, he '
                     'received Pakistani President Pervez Musharraf.', gazetteer, published=date(2006, 6, 16))
    assert ("meeting", "bilateral_hu_jintao_mahmoud_ahmadinejad_2006_06_16", "BilateralMeeting") in facts, facts
    assert {("status", state, "observerOf", "sco") for state in ("iran", "india", "pakistan", "mongolia")} <= facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("bilateral_mahmoud_ahmadinejad_pervez") for f in facts), facts


def test_the_headings_of_a_listicle_of_summits_name_past_summits(gazetteer):
    facts = facts_of('Leaders of the SCO gather in Bishkek this Thursday for the summit.\n\n1. Shanghai, 2001: The birth\n\n'
                     'The presidents signed the founding declaration.\n\n5. Ufa, 2015: The door opens\n\nThe leaders decided to '
                     'start admitting India.', gazetteer, published=date(2019, 6, 12))
    assert {("held_in", "sco_heads_of_state_council_2001", "shanghai"),
            ("held_in", "sco_heads_of_state_council_2015", "ufa")} <= facts, facts


def test_a_summit_dated_before_the_sco_is_the_shanghai_fives(gazetteer):
    facts = facts_of('The SCO leaders meet in Dushanbe this week. On July 5, 2000, Emomali Rakhmonov hosted the group\'s '
                     'fifth summit in Dushanbe, a meeting of the "Shanghai Five".', gazetteer, published=date(2021, 9, 15))
    assert {("meeting", "shanghai_five_summit_2000", "Meeting"), ("date", "shanghai_five_summit_2000", "2000-07-05"),
            ("held_in", "shanghai_five_summit_2000", "dushanbe")} <= facts, facts


def test_states_that_were_represented_each_with_the_standing_its_item_gives(gazetteer):
    facts = facts_of('The 24th Meeting of the SCO Council of Heads of Government was held in Moscow on Tuesday. Mongolia as '
                     'an observer state, Turkmenistan as a guest, and the SCO dialogue partners Bahrain, Egypt and Qatar '
                     'were represented at the extended session.', gazetteer, published=date(2025, 11, 18))
    attended = {(f[3], f[4]) for f in facts if f[0] == "participation"}
    assert attended == {("mongolia", "Observer"), ("turkmenistan", "Guest"), ("bahrain", "DialoguePartner"),
                        ("egypt", "DialoguePartner"), ("qatar", "DialoguePartner")}, facts


def test_meetings_of_that_month_and_the_ministers_a_state_hosted(gazetteer):
    facts = facts_of("India joined the SCO in 2017. After hosting the foreign ministers in Goa in May 2023, New Delhi chose to "
                     "hold the leaders' summit that July, with Narendra Modi in the chair. In July 2024 Subrahmanyam "
                     "Jaishankar represented India in Astana and went to Islamabad for the heads of government meeting that "
                     "October.", gazetteer, published=date(2025, 8, 29))
    assert {("held_in", "sco_foreign_ministers_council_2023", "goa"),
            ("chair", "sco_heads_of_state_council_2023", "narendra_modi"),
            ("meeting", "sco_heads_of_government_council_2024", "HeadsOfGovernmentCouncilMeeting")} <= facts, facts
    assert not any(f[0] == "chair" and f[1] == "sco_foreign_ministers_council_2023" for f in facts), facts
    assert ("position", "narendra_modi", "Foreign Minister", "india") not in facts, facts  # not "the foreign ministers in Goa, ..."


def test_he_after_an_opening_phrase_is_the_last_subject_not_one_he_met(gazetteer):
    facts = facts_of("DUSHANBE, Sept 17 -- Iranian President Ebrahim Raisi attended the SCO summit on Friday. The busiest part "
                     "of Raisi's programme came on the margins. On Thursday, hours after landing, he met Uzbek President "
                     "Shavkat Mirziyoyev and Belarusian President Alexander Lukashenko on the sidelines of the summit.",
                     gazetteer, published=date(2021, 9, 17))
    met = {(f[1], f[2]) for f in facts if f[0] == "met_with"}
    assert met == {("ebrahim_raisi", "shavkat_mirziyoyev"), ("alexander_lukashenko", "ebrahim_raisi")}, facts


def test_the_prime_minister_after_a_long_opening_is_the_subject(gazetteer):
    facts = facts_of("DUSHANBE, Sep 17 (APP): Prime Minister Imran Khan attended the SCO summit on Friday. On the sidelines "
                     "of the summit on Thursday, the prime minister held separate meetings with Kassym-Jomart Tokayev and "
                     "Alexander Lukashenko. On Friday he also met President Ebrahim Raisi.",
                     gazetteer, published=date(2021, 9, 17))
    assert ("meeting", "bilateral_ebrahim_raisi_imran_khan_2021_09_17", "BilateralMeeting") in facts, facts


def test_talks_last_night_are_of_the_day_before(gazetteer):
    facts = facts_of("Yekaterinburg, Jun 16 (PTI) Prime Minister Manmohan Singh met Pakistan President Asif Ali Zardari here "
                     "today on the sidelines of the SCO summit. Singh also held separate meetings with Chinese President Hu "
                     "Jintao on the margins of the summit last night.", gazetteer, published=date(2009, 6, 16))
    assert ("meeting", "bilateral_hu_jintao_manmohan_singh_2009_06_15", "BilateralMeeting") in facts, facts


def test_he_after_two_opening_phrases_and_the_year_they_name(gazetteer):
    facts = facts_of("Emomali Rahmon has led Tajikistan since 1992 and hosts the SCO summit this week. He dropped the Russian "
                     "suffix from his surname in 2007. In June 2019, straight after the summit in Bishkek, he received Chinese "
                     "President Xi Jinping in Dushanbe.", gazetteer, published=date(2021, 9, 15))
    assert ("meeting", "bilateral_emomali_rahmon_xi_jinping_2019", "BilateralMeeting") in facts, facts


def test_a_protocol_list_of_titles_of_states_each_before_mr_and_a_name(gazetteer):
    facts = facts_of("India hosted the 19th Meeting of the Council of Heads of Government of the SCO today in virtual "
                     "format.\n\nThe following also took part via video-conference:\n\n- First Vice President of the "
                     "Islamic Republic of Afghanistan, Mr. Amrullah Saleh, First Vice President of the Islamic Republic of "
                     "Iran, Mr. E. Jahangiri, and Prime Minister of the Republic of Belarus, Mr. R.A. Golovchenko, "
                     "representing the SCO observer states;\n- Secretary General of the SCO, Mr. Vladimir Norov, and "
                     "Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure, Mr. Jumakhon "
                     "Giyosov, the heads of the two permanent bodies of the SCO.", gazetteer, published=date(2020, 11, 30))
    attended = {(f[2], f[3], f[4], f[5]) for f in facts if f[0] == "participation"}
    assert {("amrullah_saleh", "afghanistan", "Observer", "true"), ("vladimir_norov", "sco", "PermanentBody", "true"),
            ("jumakhon_giyosov", "sco_regional_anti_terrorist_structure", "PermanentBody", "true")} <= attended, facts
    assert not any(f[0] == "position" and f[1] == "amrullah_saleh" and f[3] == "iran" for f in facts), facts


def test_a_chair_named_short_after_his_full_name_and_the_press_after_the_meeting(gazetteer):
    facts = facts_of("The fifth meeting of the Council of Heads of State of the SCO was held in Astana on July 5. President "
                     "Hu Jintao and President Nursultan Nazarbayev of Kazakhstan attended the meeting, which was presided over "
                     "by Nazarbayev. In his speech, Hu Jintao reviewed the progress made since the Tashkent summit and put "
                     "forward a two-point proposal: first, to strengthen security cooperation; second, to advance economic "
                     "cooperation.\n\nAfter the meeting, Nazarbayev and Hu Jintao met the press at a joint "
                     "press conference in Astana.", gazetteer, published=date(2005, 7, 5))
    assert {("chair", "sco_heads_of_state_council_2005", "nursultan_nazarbayev"),
            ("meeting", "press_event_astana_2005_07_05", "PressEvent")} <= facts, facts
    assert {f[2] for f in facts if f[0] == "proposal_point"} == {"sco_heads_of_state_council_2005"}, facts


def test_previous_summits_in_st_petersburg_and_a_guest_still_to_come(gazetteer):
    facts = facts_of("YEKATERINBURG, June 16 (RIA Novosti) - SCO leaders signed the Yekaterinburg Declaration on Tuesday as "
                     "the group's annual summit drew to a close. Later on Tuesday, Dmitry Medvedev and Hu Jintao will be "
                     "joined by Brazilian President Luiz Inacio Lula da Silva for another summit. Russia hosted its previous "
                     "summits in St. Petersburg in 2002 and in Moscow in 2003.", gazetteer, published=date(2009, 6, 16))
    assert {("held_in", "sco_heads_of_state_council_2002", "saint_petersburg"),
            ("entity", "luiz_inacio_lula_da_silva", "Person")} <= facts, facts
    assert not any(f[0] == "participation" and f[2] == "luiz_inacio_lula_da_silva" for f in facts), facts
    assert ("held_in", "sco_heads_of_state_council_2009", "saint_petersburg") not in facts, facts


def test_who_was_present_at_the_meeting_and_a_chair_who_brought_others_together(gazetteer):
    facts = facts_of("Premier Li Qiang took part in the 22nd Meeting of the Council of Heads of Government of the SCO in "
                     "Bishkek on October 26. Present at the meeting were Prime Minister Alikhan Smailov of Kazakhstan and "
                     "Prime Minister Mikhail Mishustin of Russia.\n\nThe extended-format session, chaired by President of "
                     "Kyrgyzstan Sadyr Japarov, brought together the heads of the observer states. President of "
                     "Turkmenistan Serdar Berdimuhamedov attended as a guest of the host country, while Azerbaijan's "
                     "President Ilham Aliyev took part as leader of one of the organization's dialogue partners.",
                     gazetteer, published=date(2023, 10, 26))
    attended = {(f[2], f[4]) for f in facts if f[0] == "participation"}
    assert {("alikhan_smailov", "Member"), ("mikhail_mishustin", "Member"), ("ilham_aliyev", "DialoguePartner"),
            ("serdar_berdimuhamedow", "Guest")} <= attended, facts
    assert ("sadyr_japarov", "Observer") not in attended, facts


def test_guests_that_are_organisations_come_as_international_organisations(gazetteer):
    facts = facts_of("The eighth meeting of the Council of Heads of State of the SCO took place on 28 August 2008 in "
                     "Dushanbe. Guests of the host state were also present: President of Afghanistan Hamid Karzai and a "
                     "Deputy Secretary-General of the Collective Security Treaty Organisation.", gazetteer,
                     published=date(2008, 8, 28))
    attended = {(f[3], f[4]) for f in facts if f[0] == "participation"}
    assert ("collective_security_treaty_organization", "InternationalOrganization") in attended, facts


def test_a_briefing_on_the_president_who_led_his_delegation_and_the_talks_he_held(gazetteer):
    facts = facts_of("Ministry of Foreign Affairs, Islamabad\n\nPresident Mamnoon Hussain led Pakistan's delegation to the "
                     "18th meeting of the Council of Heads of State of the SCO, held in Qingdao on 9-10 June 2018. The "
                     "summit was hosted by President Xi Jinping, and President Xi Jinping spoke first.\n\nOn the sidelines, "
                     "the President held a meeting with President Xi Jinping on 9 June. On 10 June, he met President "
                     "Vladimir Putin.", gazetteer, published=date(2018, 6, 14))
    assert {("participation", "sco_heads_of_state_council_2018", "mamnoon_hussain", "pakistan", "Member", "false"),
            ("meeting", "bilateral_mamnoon_hussain_xi_jinping_2018_06_09", "BilateralMeeting"),
            ("meeting", "bilateral_mamnoon_hussain_vladimir_putin_2018_06_10", "BilateralMeeting")} <= facts, facts


def test_an_explainer_with_takeaways_a_meeting_hosted_it_and_the_last_one(gazetteer):
    facts = facts_of("Updated: May 22, 2019, 23:10 IST\n\nThe SCO Council of Foreign Ministers held a two-day meeting that "
                     "began on Tuesday. Kyrgyzstan, which holds the rotating presidency, hosted it. The ministers last "
                     "gathered as a council in Beijing in April 2018.\n\nKEY TAKEAWAYS\n* SCO CFM held in Bishkek\n"
                     "* Sushma Swaraj met Wang Yi on the sidelines on Wednesday\n* Drafts for the June 13-14 summit agreed",
                     gazetteer, published=date(2019, 5, 22))
    assert {("date", "sco_foreign_ministers_council_2019", "2019-05-21"),
            ("host", "sco_foreign_ministers_council_2019", "kyrgyzstan"),
            ("held_in", "sco_foreign_ministers_council_2018", "beijing")} <= facts, facts
    assert not any(f[0] == "date" and f[2] == "2019-06-13" for f in facts), facts


def test_wire_copy_on_premiers_of_the_sco_and_a_summit_the_body_met_at(gazetteer):
    facts = facts_of("BEIJING, Sept 23 (AFP) - China on Tuesday urged its neighbours to work towards a free trade area, as "
                     "prime ministers of the six-member Shanghai Cooperation Organisation (SCO) met here for talks. Their "
                     "first meeting took place in the Kazakh city of Almaty in September 2001.", gazetteer,
                     published=date(2003, 9, 23))
    assert {("meeting", "sco_heads_of_government_council_2003", "HeadsOfGovernmentCouncilMeeting"),
            ("held_in", "sco_heads_of_government_council_2001", "almaty")} <= facts, facts
    facts = facts_of("BISHKEK, Kyrgyzstan (AP) -- The presidents of Russia and China signed a treaty of friendship Thursday "
                     "at a summit that drew leaders from Iran and prepared to fly to Russia's Ural Mountains. The Shanghai "
                     "Cooperation Organization, which groups six nations, met in Bishkek under heavy security.", gazetteer,
                     published=date(2007, 8, 16))
    assert {("date", "sco_heads_of_state_council_2007", "2007-08-16"),
            ("held_in", "sco_heads_of_state_council_2007", "bishkek")} <= facts, facts
    assert not any(f[0] == "entity" and f[2] == "Person" for f in facts), facts


def test_leaders_who_completed_the_table_signed_together_or_came_for_its_state(gazetteer):
    facts = facts_of("MOSCOW, May 29 (Reuters) - The SCO summit opened in Moscow on Thursday. Russian President Vladimir "
                     "Putin, Kyrgyz President Askar Akayev and Uzbek President Islam Karimov completed the table. "
                     "Afghanistan, a guest of the organization, is represented by its Foreign Minister Abdullah Abdullah.",
                     gazetteer, published=date(2003, 5, 29))
    attended = {(f[2], f[3]) for f in facts if f[0] == "participation"}
    assert {("vladimir_putin", "russia"), ("askar_akayev", "kyrgyzstan"), ("islam_karimov", "uzbekistan"),
            ("abdullah_abdullah", "afghanistan")} <= attended, facts
    facts = facts_of("The SCO summit in Ufa ended on Friday. Chinese President Xi Jinping, Kazakhstan's Nursultan Nazarbayev "
                     "and Tajikistan's Emomali Rahmon signed the Ufa Declaration.", gazetteer, published=date(2015, 7, 10))
    attended = {f[2] for f in facts if f[0] == "participation"}
    assert {"xi_jinping", "nursultan_nazarbayev", "emomali_rahmon"} <= attended, facts


def test_a_chronology_of_dated_items_and_summits_of_a_list_of_years(gazetteer):
    facts = facts_of("ASTANA, June 14 (Kazinform) -- Leaders of the SCO will meet in Shanghai on Thursday.\n\nThe following is "
                     "a chronology of SCO summits.\n\n-- June 7, 2002 -- The second summit convenes in St. Petersburg. The "
                     "leaders sign the SCO Charter.\n\n-- June 17, 2004 -- The fourth summit, chaired by Uzbek President Islam "
                     "Karimov, takes place in Tashkent.\n\nDushanbe hosted SCO summits in 2008 and 2014.", gazetteer,
                     published=date(2006, 6, 14))
    assert {("date", "sco_heads_of_state_council_2002", "2002-06-07"),
            ("chair", "sco_heads_of_state_council_2004", "islam_karimov"),
            ("held_in", "sco_heads_of_state_council_2004", "tashkent")} <= facts, facts
    facts = facts_of("Dushanbe hosted SCO summits in 2008 and 2014, as well as the anniversary summit yesterday.", gazetteer,
                     published=date(2021, 9, 18))
    assert {("meeting", f"sco_heads_of_state_council_{year}", "HeadsOfStateCouncilMeeting") for year in (2008, 2014)} \
        <= facts, facts


def test_a_summit_dated_in_a_review_of_the_year_and_a_summit_still_expected(gazetteer):
    facts = facts_of("Foreign Minister Li Zhaoxing chaired the foreign ministers' meeting in Shanghai on May 15.\n\nThe "
                     "highlight of the year was the sixth summit, held in Shanghai on June 15 and chaired by President Hu "
                     "Jintao.", gazetteer, published=date(2006, 12, 27))
    assert {("date", "sco_heads_of_state_council_2006", "2006-06-15"),
            ("chair", "sco_heads_of_state_council_2006", "hu_jintao")} <= facts, facts
    facts = facts_of("The defence ministers of the SCO met in Astana on Wednesday. India and Pakistan are expected to become "
                     "full members at the summit of heads of state that opens in Astana on Thursday.", gazetteer,
                     published=date(2017, 6, 7))
    assert not any(f[0] == "date" and f[1] == "sco_heads_of_state_council_2017" for f in facts), facts


def test_a_digest_of_items_each_under_its_day_and_place(gazetteer):
    facts = facts_of("SCO MONITOR | October 2018\n\nOur round-up, in date order:\n\n10 OCTOBER - DUSHANBE\nChinese Premier Li "
                     "Keqiang held talks with his Tajik counterpart Kokhir Rasulzoda.\n\n11-12 OCTOBER - DUSHANBE\nThe 17th "
                     "meeting of the Council of Heads of Government was chaired by Prime Minister of Tajikistan Kokhir "
                     "Rasulzoda.\n\n12 OCTOBER - DUSHANBE\nAt a news conference after the meeting, SCO Secretary-General "
                     "Rashid Alimov said the Qingdao summit had helped.", gazetteer, published=date(2018, 11, 2))
    assert {("date", "sco_heads_of_government_council_2018", "2018-10-11"),
            ("held_in", "sco_heads_of_government_council_2018", "dushanbe"),
            ("meeting", "bilateral_kokhir_rasulzoda_li_keqiang_2018_10_10", "BilateralMeeting"),
            ("meeting", "press_event_dushanbe_2018_10_12", "PressEvent")} <= facts, facts


def test_a_review_by_months_dates_each_meeting_in_its_month(gazetteer):
    facts = facts_of("Bishkek, 12 June 2019 /Kabar/. Kabar looks back at the twelve months of Kyrgyzstan's chairmanship.\n\n"
                     "NOVEMBER 2018\nBishkek hosted the fifth meeting of agriculture ministers in November.\n\nMAY 2019\nThe "
                     "Council of Foreign Ministers followed in Bishkek on 21-22 May.", gazetteer, published=date(2019, 6, 12))
    assert {("held_in", "sco_agriculture_ministers_meeting_2018", "bishkek"),
            ("date", "sco_foreign_ministers_council_2019", "2019-05-21")} <= facts, facts


def test_an_honorific_before_a_known_name_and_observers_besides_the_members(gazetteer):
    facts = facts_of("DUSHANBE, Tajikistan, Nov 25 (APP): Prime Minister Syed Yusuf Raza Gilani addressed the 9th Heads of "
                     "Government Council (HGC) meeting of the SCO. The moot was chaired by Tajik Prime Minister Akil Akilov "
                     "and attended by Premier Wen Jiabao and Russian Prime Minister Vladimir Putin, besides representatives "
                     "of observer states Iran, India and Mongolia.", gazetteer, published=date(2010, 11, 25))
    attended = {(f[2], f[3], f[4]) for f in facts if f[0] == "participation"}
    assert {("wen_jiabao", "china", "Member"), ("vladimir_putin", "russia", "Member"), ("-", "iran", "Observer")} \
        <= attended, facts
    assert ("entity", "yousaf_raza_gilani", "Person") in facts, facts
    assert ("status", "china", "observerOf", "sco") not in facts, facts


def test_ministers_who_met_and_prepared_a_summit_still_to_come(gazetteer):
    facts = facts_of("BEIJING, May 11 (Xinhua) -- Foreign ministers of the Shanghai Cooperation Organization (SCO) met here "
                     "Friday and wrapped up political preparations for the summit the bloc's leaders will hold in the "
                     "Chinese capital next month. Chinese Foreign Minister Yang Jiechi chaired the meeting.", gazetteer,
                     published=date(2012, 5, 11))
    assert {("chair", "sco_foreign_ministers_council_2012", "yang_jiechi"),
            ("date", "sco_foreign_ministers_council_2012", "2012-05-11")} <= facts, facts
    assert not any(f[1] == "sco_heads_of_state_council_2012" for f in facts if f[0] in ("chair", "date")), facts


def test_a_weekly_digest_under_day_headings_with_a_summit_still_to_come(gazetteer):
    facts = facts_of("ASTANA. KAZINFORM - The Kazakh capital has hosted a string of SCO meetings.\n\nWEDNESDAY, 19 JUNE\n- The "
                     "transport ministers of the member states met via videoconference.\n\nFRIDAY, 21 JUNE\n- Astana hosted "
                     "the meeting of SCO energy ministers, chaired by Energy Minister Almasadam Satkaliyev.\n\nCOMING UP\n- "
                     "3-4 July: the 24th meeting of the Council of Heads of State in Astana.", gazetteer,
                     published=date(2024, 6, 22))
    assert {("date", "sco_transport_ministers_meeting_2024", "2024-06-19"),
            ("date", "sco_energy_ministers_meeting_2024", "2024-06-21"),
            ("chair", "sco_energy_ministers_meeting_2024", "almasadam_satkaliyev")} <= facts, facts
    assert not any(f[0] == "chair" and f[1] == "sco_transport_ministers_meeting_2024" for f in facts), facts


def test_members_present_as_were_observers_and_leaders_who_joined_by_video(gazetteer):
    facts = facts_of("The 21st meeting of the Council of Heads of State gathered in Dushanbe on 17 September. President of "
                     "Kazakhstan Kassym-Jomart Tokayev and Prime Minister of Pakistan Imran Khan were present in Dushanbe, "
                     "as were the leaders of two observer states, Alexander Lukashenko of Belarus and Ebrahim Raisi of Iran. "
                     "Russian President Vladimir Putin and Chinese President Xi Jinping joined via video link.", gazetteer,
                     published=date(2021, 12, 30))
    attended = {(f[2], f[4], f[5]) for f in facts if f[0] == "participation"}
    assert {("kassym_jomart_tokayev", "Member", "false"), ("imran_khan", "Member", "false"),
            ("alexander_lukashenko", "Observer", "false"), ("vladimir_putin", "Member", "true"),
            ("xi_jinping", "Member", "true")} <= attended, facts


def test_a_list_announced_by_a_colon_and_read_line_by_line_under_subheadings(gazetteer):
    facts = facts_of("India hosted the 19th meeting of the Council of Heads of Government of the SCO today.\n\n1. The meeting "
                     "was held in a virtual format. The following took part in it via video conference:\n\nHeads of "
                     "Government of SCO Member States -\nPrime Minister of the Republic of Kazakhstan A.U. Mamin\nPremier of "
                     "the State Council of the People's Republic of China Li Keqiang\n\nRepresentatives of SCO Observer "
                     "States -\nPrime Minister of the Republic of Belarus R.A. Golovchenko\n\n2. The Vice President said "
                     "the pandemic had hit the region hard.", gazetteer, published=date(2020, 11, 30))
    attended = {(f[2], f[4], f[5]) for f in facts if f[0] == "participation"}
    assert {("askar_mamin", "Member", "true"), ("li_keqiang", "Member", "true"),
            ("roman_golovchenko", "Observer", "true")} <= attended, facts


def test_an_emir_with_his_full_name_and_talks_of_the_leader_the_sentence_before_describes(gazetteer):
    facts = facts_of("ASTANA, 4 July (BelTA) - The 24th meeting of the SCO Council of Heads of State was held in Astana today. "
                     "The SCO Plus meeting was attended by Emir of Qatar Sheikh Tamim bin Hamad Al Thani and President "
                     "Aleksandr Lukashenko of Belarus.\n\nOver the two days in Astana the Belarusian leader held a number of "
                     "bilateral meetings. On Wednesday, on the sidelines of the summit, he had talks with Prime Minister of "
                     "Pakistan Shehbaz Sharif.", gazetteer, published=date(2024, 7, 4))
    assert {("position", "tamim_bin_hamad_al_thani", "Emir", "qatar"),
            ("meeting", "bilateral_alexander_lukashenko_shehbaz_sharif_2024_07_03", "BilateralMeeting")} <= facts, facts


def test_ministers_who_held_their_meeting_via_videoconference_all_took_part_remotely(gazetteer):
    facts = facts_of("MOSCOW, October 28. /TASS/. Transport ministers of the Shanghai Cooperation Organization (SCO) member "
                     "states on Wednesday held their eighth meeting via videoconference. The meeting was chaired by Russian "
                     "Transport Minister Yevgeny Ditrikh. Kazakhstan was represented by Minister of Industry and "
                     "Infrastructural Development Beibut Atamkulov.", gazetteer, published=date(2020, 10, 28))
    attended = {(f[2], f[5]) for f in facts if f[0] == "participation"}
    assert {("yevgeny_ditrikh", "true"), ("beibut_atamkulov", "true")} <= attended, facts


def test_delegations_of_members_by_video_as_did_an_observer(gazetteer):
    facts = facts_of("ASTANA. KAZINFORM - The seventh meeting of the health ministers of the SCO member states took place "
                     "today in Astana under the chairmanship of Kazakhstan's Minister of Healthcare Akmaral Alnazarova. The "
                     "delegations of China, India and Pakistan took part via videoconference, as did a representative of "
                     "Belarus, which holds observer status in the organization.", gazetteer, published=date(2024, 3, 14))
    attended = {(f[3], f[4], f[5]) for f in facts if f[0] == "participation" and f[2] == "-"}
    assert {("china", "Member", "true"), ("india", "Member", "true"), ("belarus", "Observer", "false")} <= attended, facts
    assert ("chair", "sco_health_ministers_meeting_2024", "akmaral_alnazarova") in facts, facts


def test_talks_on_the_same_day_as_the_talks_before(gazetteer):
    facts = facts_of("TIANJIN, September 1 (Armenpress). Prime Minister Nikol Pashinyan attended the SCO summit in Tianjin. "
                     "Yesterday, Nikol Pashinyan held talks in Tianjin with President of China Xi Jinping. On the same day, "
                     "on the sidelines of the summit, the Armenian Prime Minister met with President of Russia Vladimir "
                     "Putin.", gazetteer, published=date(2025, 9, 1))
    assert {("meeting", "bilateral_nikol_pashinyan_xi_jinping_2025_08_31", "BilateralMeeting"),
            ("meeting", "bilateral_nikol_pashinyan_vladimir_putin_2025_08_31", "BilateralMeeting")} <= facts, facts


def test_a_delegate_at_the_sco_plus_meeting_takes_the_standing_of_the_summit_day(gazetteer):
    facts = facts_of("ASTANA, 4 July (BelTA) - The 24th meeting of the SCO Council of Heads of State was held in Astana today. "
                     "Later in the day, the leaders moved on to the SCO Plus meeting, which was attended by President of "
                     "Azerbaijan Ilham Aliyev.", gazetteer, published=date(2024, 7, 4))
    assert ("participation", "sco_plus_meeting_2024", "ilham_aliyev", "azerbaijan", "DialoguePartner",
            "false") in facts, facts



@pytest.mark.parametrize("title, text, published, held_in", [
    pytest.param("Ten years on, the bloc looks back in Astana",
                 "The leaders adopted a declaration at the tenth-anniversary summit of the Shanghai Cooperation Organisation "
                 "on Wednesday. President Hu Jintao of China attended the summit.", date(2011, 6, 16),
                 {("sco_heads_of_state_council_2011", "astana")}, id="the_venue_the_reference_list_gives_that_year"),
    pytest.param("The bloc prepares for Tianjin",
                 "Leaders of the Shanghai Cooperation Organisation will gather for their summit later this month. President "
                 "Xi Jinping will chair the summit.", date(2025, 8, 20), set(), id="not_for_a_summit_still_to_come"),
    pytest.param("Premiers in Bishkek approve trade plan",
                 "BISHKEK, September 23 (Itar-Tass) - The heads of government of the Shanghai Cooperation Organisation on "
                 "Thursday approved a plan of measures for their trade programme.", date(2004, 9, 23),
                 {("sco_heads_of_government_council_2004", "bishkek")}, id="the_dateline_city_the_headline_names"),
    pytest.param("Ministers clear documents for the summit",
                 "SHANGHAI, May 15 (Xinhua) -- Foreign ministers of the member states of the Shanghai Cooperation "
                 "Organization met here Monday to prepare next month's summit. The Council of Foreign Ministers approved "
                 "the draft documents.", date(2006, 5, 15),
                 {("sco_foreign_ministers_council_2006", "shanghai")}, id="the_dateline_city_of_met_here"),
    pytest.param("Security chiefs review regional threats",
                 "BEIJING, Aug 22 (APP): The Council of Foreign Ministers of the Shanghai Cooperation Organization "
                 "approved the draft documents on Thursday.", date(2022, 8, 22), set(),
                 id="not_the_dateline_alone_where_the_reporter_filed_from"),
])
def test_where_the_main_meeting_met_when_no_sentence_places_it(gazetteer, title, text, published, held_in):
    document = Document(id="t", source="t.txt", published=published, title=title, text=text)
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {(f[1], f[2]) for f in facts if f[0] == "held_in"} == held_in, facts


def test_the_heads_of_government_of_the_sco_met_is_their_council(gazetteer):
    document = Document(id="t", source="t.txt", published=date(2007, 11, 2), title="SCO Prime Ministers Gather In Tashkent",
                        text="The heads of government of the six-member Shanghai Cooperation Organization (SCO) met today "
                             "in the Uzbek capital. The session was chaired by Uzbek Prime Minister Shavkat Mirziyoyev. "
                             "They recalled the SCO presidents' summit held in the Kyrgyz capital, Bishkek, in August.")
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {("meeting", "sco_heads_of_government_council_2007", "HeadsOfGovernmentCouncilMeeting"),
            ("chair", "sco_heads_of_government_council_2007", "shavkat_mirziyoyev")} <= facts, facts


def test_raksha_mantri_is_indias_defence_minister_and_the_subject_of_his_talks(gazetteer):
    facts = facts_of("Raksha Mantri Shri Rajnath Singh chaired the meeting of the Defence Ministers of the SCO member "
                     "states in New Delhi. On April 27, on the sidelines of the SCO Defence Ministers' Meeting, Raksha "
                     "Mantri held a bilateral meeting with General Li Shangfu.", gazetteer, published=date(2023, 4, 28))
    assert {("position", "rajnath_singh", "Defence Minister", "india"),
            ("meeting", "bilateral_li_shangfu_rajnath_singh_2023_04_27", "BilateralMeeting")} <= facts, facts


def test_a_title_with_its_abbreviation_and_the_abbreviation_alone_and_a_video_meeting_of_another_year(gazetteer):
    facts = facts_of("National security adviser (NSA) Ajit Doval on Wednesday joined his counterparts in Dushanbe for the "
                     "16th meeting of the secretaries of security councils of the SCO member states. Afghanistan was "
                     "represented at the meeting by its NSA, Hamdullah Mohib. In September last year, Doval walked out "
                     "of a meeting of the grouping's NSAs, held via video conference.", gazetteer,
                     published=date(2021, 6, 23))
    assert ("position", "ajit_doval", "National Security Adviser", "india") in facts, facts
    assert {("participation", "sco_security_council_secretaries_meeting_2021", "ajit_doval", "india", "Member", "false"),
            ("participation", "sco_security_council_secretaries_meeting_2021", "hamdullah_mohib", "afghanistan",
             "Observer", "false")} <= facts, facts


def test_leaders_who_came_to_the_host_city_in_person_attended_and_the_agency_after_the_date_published(gazetteer):
    document = Document(id="t", source="t.txt", published=None, title="The Tajik leader's week of talks",
                        text="DUSHANBE, September 17, 2021, Asia-Plus - Tajikistan hosted the 21st meeting of the Council "
                             "of Heads of State of the SCO in Dushanbe today.\n\nKazakh President Kassym-Jomart Tokayev and "
                             "Pakistani Prime Minister Imran Khan came to Dushanbe in person.",
                        datelines=("DUSHANBE, September 17, 2021, Asia-Plus ",))
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {("participation", "sco_heads_of_state_council_2021", "kassym_jomart_tokayev", "kazakhstan", "Member", "false"),
            ("participation", "sco_heads_of_state_council_2021", "imran_khan", "pakistan", "Member", "false"),
            ("date", "sco_heads_of_state_council_2021", "2021-09-17"),
            ("entity", "asia_plus", "Organization")} <= facts, facts


def test_he_as_a_family_name_after_a_title_and_a_summit_by_video_in_another_month(gazetteer):
    facts = facts_of("The 10th Meeting of Ministers of Justice of SCO Member States opened on Tuesday in Shanghai. It was "
                     "chaired by Chinese Minister of Justice He Rong. It was the first such meeting for Iran, which joined "
                     "the organization at the SCO summit held via video link in July. On the sidelines of the meeting on "
                     "Tuesday, He held talks with Russian Minister of Justice Konstantin Chuychenko.", gazetteer,
                     published=date(2023, 9, 6))
    assert {("position", "he_rong", "Justice Minister", "china"),
            ("chair", "sco_justice_ministers_meeting_2023", "he_rong"),
            ("participation", "sco_justice_ministers_meeting_2023", "he_rong", "china", "Member", "false"),
            ("meeting", "bilateral_he_rong_konstantin_chuychenko_2023_09_05", "BilateralMeeting")} <= facts, facts


def test_subheadings_of_a_list_on_lines_of_their_own_and_the_sentence_after_it(gazetteer):
    facts = facts_of("MOSCOW, November 18. /TASS/. The 24th meeting of the Council of Heads of Government of the SCO member "
                     "states was held in Moscow.\n\nHeads of delegations, according to the list published by the Cabinet:\n\n"
                     "SCO member states:\nPrime Minister of the Republic of Kazakhstan - Olzhas Bektenov;\nPrime Minister "
                     "of the Republic of Uzbekistan - Abdulla Aripov.\n\nObserver state:\nPrime Minister of Mongolia - "
                     "Gombojav Zandanshatar.\n\nQatar, an SCO dialogue partner, was represented by its Prime Minister "
                     "Mohammed bin Abdulrahman bin Jassim Al Thani.", gazetteer, published=date(2025, 11, 18))
    attended = {(f[2], f[3], f[4]) for f in facts if f[0] == "participation"}
    assert {("olzhas_bektenov", "kazakhstan", "Member"), ("abdulla_aripov", "uzbekistan", "Member"),
            ("gombojav_zandanshatar", "mongolia", "Observer"),
            ("mohammed_bin_abdulrahman_bin_jassim_al_thani", "qatar", "DialoguePartner")} <= attended, facts


def test_a_dash_list_of_full_members_a_status_still_to_obtain_and_a_trilateral_meeting(gazetteer):
    facts = facts_of("TASHKENT, June 24. /TASS/. India and Pakistan signed memorandums of obligations on Friday to obtain "
                     "the status of SCO member states. On Thursday, Russian President Vladimir Putin had a brief meeting "
                     "with Chinese President Xi Jinping on the sidelines of the summit. The two then held a trilateral "
                     "meeting with Mongolian President Tsakhiagiin Elbegdorj, Russian presidential aide Yury Ushakov told "
                     "reporters. The SCO currently has six full members - Kazakhstan, China, Kyrgyzstan, Russia, "
                     "Tajikistan and Uzbekistan.", gazetteer, published=date(2016, 6, 24))
    statuses = {(f[1], f[2]) for f in facts if f[0] == "status"}
    assert {(state, "memberOf") for state in ("kazakhstan", "china", "kyrgyzstan", "russia", "tajikistan",
                                              "uzbekistan")} == statuses, facts
    assert [f for f in facts if f[0] == "meeting" and f[2] == "BilateralMeeting"] == \
        [("meeting", "bilateral_vladimir_putin_xi_jinping_2016_06_23", "BilateralMeeting")], facts


def test_organisations_whose_representatives_were_present_new_partners_of_the_organization_and_a_raised_count(gazetteer):
    document = Document(id="t", source="t.txt", published=date(2015, 7, 10), title="Nazarbayev at the Ufa summit",
                        text="UFA. KAZINFORM - President Nursultan Nazarbayev took part today in the 15th meeting of the "
                             "Council of Heads of State of the SCO in Ufa. Representatives of the UN, the CIS and ASEAN were "
                             "also present. Belarus was granted observer status, bringing the number of observer states to "
                             "six, while Azerbaijan and Nepal became dialogue partners of the Organization.",
                        datelines=("UFA. KAZINFORM ",))
    facts = fact_tuples(extract_facts(document, gazetteer))
    assert {("participation", "sco_heads_of_state_council_2015", "-", org, "InternationalOrganization", "false")
            for org in ("united_nations", "commonwealth_of_independent_states", "asean")} <= facts, facts
    assert {("count", "sco", "observerStateCount", "6"), ("status", "azerbaijan", "dialoguePartnerOf", "sco"),
            ("status", "nepal", "dialoguePartnerOf", "sco"), ("entity", "kazinform", "Organization")} <= facts, facts


def test_the_vice_premier_of_the_state_council(gazetteer):
    facts = facts_of("Upon arrival in Beijing, Sh.Mirziyoyev was received by Vice Premier of the State Council of the PRC "
                     "Li Keqiang.", gazetteer, published=date(2009, 10, 14))
    assert ("position", "li_keqiang", "Vice Premier", "china") in facts, facts


def test_talks_whose_day_the_source_did_not_say(gazetteer):
    facts = facts_of("DUSHANBE, September 17 - President Emomali Rahmon chaired the SCO summit today. In the margins of the "
                     "summit, Rahmon also held talks with Alexander Lukashenko, but his office did not say on which day.",
                     gazetteer, published=date(2021, 9, 17))
    assert ("meeting", "bilateral_alexander_lukashenko_emomali_rahmon_2021", "BilateralMeeting") in facts, facts


def test_he_of_talks_in_a_row_stays_the_one_who_held_the_first_talks(gazetteer):
    facts = facts_of("DUSHANBE, September 19 - Iranian President Ebrahim Raisi made his debut at the SCO summit in Dushanbe "
                     "on Friday.\n\nThe busiest part of his programme took place on the margins. On Thursday, hours after he "
                     "arrived, he met Uzbek President Shavkat Mirziyoyev and Belarusian President Alexander Lukashenko on the "
                     "sidelines of the summit. On Friday, also on the sidelines, he held talks with Pakistani Prime Minister "
                     "Imran Khan.", gazetteer, published=date(2021, 9, 19))
    assert ("meeting", "bilateral_ebrahim_raisi_imran_khan_2021_09_17", "BilateralMeeting") in facts, facts


def test_he_after_a_sentence_about_the_two_leaders_is_still_the_one_who_held_the_talks(gazetteer):
    facts = facts_of("President Mamnoon Hussain represented Pakistan at the SCO summit in Qingdao. On the sidelines, the "
                     "President held a meeting with President Xi Jinping on 9 June. The two leaders reviewed progress on "
                     "the economic corridor. On 10 June, he met President Vladimir Putin.", gazetteer,
                     published=date(2018, 6, 14))
    assert ("meeting", "bilateral_mamnoon_hussain_vladimir_putin_2018_06_10", "BilateralMeeting") in facts, facts


@pytest.mark.parametrize("text, published, day", [
    pytest.param("The SCO summit is being held in the Uzbek capital on 23-24 June. President Nursultan Nazarbayev took "
                 "part today in the meeting of the Heads of State Council of the SCO in Tashkent.", date(2016, 6, 24),
                 "2016-06-23", id="is_being_held_on_a_range"),
    pytest.param("The three-day meeting of the chief justices of the supreme courts of the SCO member states, being held "
                 "from March 10-12, is presided over by Chief Justice of India D Y Chandrachud.", date(2023, 3, 11),
                 "2023-03-10", id="being_held_from_a_range"),
    pytest.param("BEIJING (AFP) - The Shanghai Cooperation Organisation on Thursday made Afghanistan an observer, as it "
                 "wrapped up a two-day summit in Beijing.", date(2012, 6, 7), "2012-06-06",
                 id="the_day_before_wrapped_up_a_two_day_summit"),
])
def test_the_first_day_of_a_meeting_of_several(gazetteer, text, published, day):
    facts = facts_of(text, gazetteer, published=published)
    assert [f[2] for f in facts if f[0] == "date" and not f[1].startswith("bilateral")] == [day], facts


def test_a_state_admitted_at_a_two_day_summit_takes_its_new_standing_there(gazetteer):
    facts = facts_of("BEIJING (AFP) - The Shanghai Cooperation Organisation on Thursday wrapped up a two-day summit in "
                     "Beijing. Afghan President Hamid Karzai attended the summit.", gazetteer, published=date(2012, 6, 7))
    assert ("participation", "sco_heads_of_state_council_2012", "hamid_karzai", "afghanistan", "Observer", "false") \
        in facts, facts


@pytest.mark.parametrize("text, published, summit", [
    pytest.param("The 10th Meeting of Ministers of Justice of SCO Member States opened on Tuesday in Shanghai. Iran joined "
                 "the organization as its ninth member state at the SCO summit held via video link in July.",
                 date(2023, 9, 6), "sco_heads_of_state_council_2023", id="in_an_earlier_month_this_year"),
    pytest.param("The SCO defence ministers met in New Delhi on Friday. Iran signed the memorandum of obligations at the "
                 "summit last September.", date(2023, 4, 28), "sco_heads_of_state_council_2022",
                 id="last_month_of_the_year_before"),
])
def test_a_summit_dated_by_its_month_alone_in_an_article_about_another_meeting(gazetteer, text, published, summit):
    facts = facts_of(text, gazetteer, published=published)
    assert ("meeting", summit, "HeadsOfStateCouncilMeeting") in facts, facts


def test_indian_official_titles_alone_a_gloss_after_a_title_and_a_rank_after_a_state(gazetteer):
    facts = facts_of("Raksha Mantri (Defence Minister) Shri Rajnath Singh attended the meeting of Defence Ministers of the "
                     "SCO member states in Moscow on 4 September. Earlier, on 3 September, Raksha Mantri held bilateral "
                     "talks with Defence Minister of the Russian Federation General Sergei Shoigu.\n\nExternal Affairs "
                     "Minister Dr. S. Jaishankar was in Moscow for the meeting of the SCO Council of Foreign Ministers on 10 "
                     "September. EAM met State Councilor and Foreign Minister of China Wang Yi in Moscow on 10 September.",
                     gazetteer, published=date(2020, 9, 17))
    assert {("position", "rajnath_singh", "Defence Minister", "india"),
            ("meeting", "bilateral_rajnath_singh_sergei_shoigu_2020_09_03", "BilateralMeeting"),
            ("meeting", "bilateral_subrahmanyam_jaishankar_wang_yi_2020_09_10", "BilateralMeeting")} <= facts, facts


def test_members_observers_and_partners_in_brackets_a_quoted_sco_plus_and_who_sat_between_whom(gazetteer):
    facts = facts_of('ASTANA, July 4 - President Ilham Aliyev attended the "SCO plus" meeting held in Astana. With the '
                     "accession of Belarus, the organization now has 10 member states (Belarus, China, India, Iran, "
                     "Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan), 2 observer states (Afghanistan, "
                     "Mongolia) and 14 dialogue partners (Azerbaijan, Armenia, Cambodia). At the summit, Tajikistan's "
                     "Emomali Rahmon sat between Uzbek President Shavkat Mirziyoyev and Chinese President Xi Jinping.",
                     gazetteer, published=date(2024, 7, 4))
    assert {("status", "belarus", "memberOf", "sco"), ("status", "mongolia", "observerOf", "sco"),
            ("status", "cambodia", "dialoguePartnerOf", "sco"),
            ("meeting", "sco_plus_meeting_2024", "Meeting")} <= facts, facts
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2024"}
    assert {"emomali_rahmon", "shavkat_mirziyoyev", "xi_jinping"} <= attended, facts


def test_the_day_written_after_a_meeting_outranks_the_days_of_a_visit(gazetteer):
    facts = facts_of("On 27-28 April, the Secretary-General paid a working visit to India to attend the meeting of defence "
                     "ministers of the SCO member states, hosted by India in New Delhi on 28 April.", gazetteer,
                     published=date(2023, 4, 29))
    assert ("date", "sco_defence_ministers_meeting_2023", "2023-04-28") in facts, facts


def test_a_short_name_in_another_known_spelling_of_a_person_named_before(gazetteer):
    facts = facts_of("BISHKEK, June 14 - President Alexander Lukashenko of Belarus and President Vladimir Putin of Russia "
                     "attended the SCO summit. Lukashenka held talks with Putin on the sidelines of the summit today.",
                     gazetteer, published=date(2019, 6, 14))
    assert ("meeting", "bilateral_alexander_lukashenko_vladimir_putin_2019_06_14", "BilateralMeeting") in facts, facts


def test_presidents_of_the_member_states_then_their_names_by_initials_with_their_states(gazetteer):
    facts = facts_of("The meeting of the SCO Council of Heads of State was held in Dushanbe. It was attended by Presidents "
                     "of the SCO member states N.Nazarbayev of Kazakhstan, A.Atambaev of Kyrgyzstan and I.Karimov of "
                     "Uzbekistan.", gazetteer, published=date(2014, 9, 12))
    attended = {f[2] for f in facts if f[0] == "participation"}
    assert {"nursultan_nazarbayev", "almazbek_atambayev", "islam_karimov"} <= attended, facts


def test_who_spoke_at_told_or_addressed_the_meeting_took_part_in_it(gazetteer):
    facts = facts_of("The SCO summit opened in Tianjin on Monday. President of Uzbekistan Shavkat Mirziyoyev and President "
                     "of Kyrgyzstan Sadyr Japarov also spoke at the meeting. \"We are ready,\" Pakistani Prime Minister "
                     "Shehbaz Sharif told the summit. Speaking at the session, Belarusian President Alexander Lukashenko "
                     "condemned sanctions. Iranian President Masoud Pezeshkian addressed Monday's summit by video link, "
                     "as did Turkish President Recep Tayyip Erdogan.", gazetteer, published=date(2025, 9, 1))
    attended = {f[2:] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2025"}
    assert {("shavkat_mirziyoyev", "uzbekistan"), ("sadyr_japarov", "kyrgyzstan"), ("shehbaz_sharif", "pakistan"),
            ("alexander_lukashenko", "belarus")} <= {f[:2] for f in attended}, facts
    assert {("masoud_pezeshkian", "true"), ("recep_tayyip_erdogan", "true")} <= {(f[0], f[3]) for f in attended}, facts


def test_who_came_for_the_meeting_in_their_own_standing_and_not_the_next_persons(gazetteer):
    facts = facts_of("The SCO summit opened in Tianjin on Monday. Recep Tayyip Erdogan, whose Turkiye is only a dialogue "
                     "partner, came for the SCO summit, where Xi Jinping unveiled a new initiative. Speaking at the summit "
                     "of 2019, Imran Khan will not be there.", gazetteer, published=date(2025, 9, 1))
    attended = {f[2:4] + (f[4],) for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2025"}
    assert ("recep_tayyip_erdogan", "turkey", "DialoguePartner") in attended, facts
    assert not any(f[0] == "xi_jinping" and f[2] == "DialoguePartner" for f in attended), facts


def test_leaders_who_flew_or_travelled_to_the_city_of_the_meeting_took_part_in_it(gazetteer):
    facts = facts_of("DUSHANBE, Sept 17 - The SCO summit was held in Dushanbe on Friday. Kazakh President Kassym-Jomart "
                     "Tokayev travelled to Dushanbe, as did Mongolian President Ukhnaa Khurelsukh. Russian President "
                     "Vladimir Putin touched down in Dushanbe on Thursday. Indian Prime Minister Narendra Modi flew to "
                     "Tokyo.", gazetteer, published=date(2021, 9, 17))
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2021"}
    assert {"kassym_jomart_tokayev", "ukhnaa_khurelsukh", "vladimir_putin"} <= attended, facts
    assert "narendra_modi" not in attended, facts


def test_ministers_of_the_other_member_states_namely_and_a_state_represented_by_an_unnamed_official(gazetteer):
    facts = facts_of("The SCO defence ministers' meeting was held in Qingdao on Wednesday. Defence ministers of the other "
                     "nine SCO member states, namely Belarus, India and Kyrgyzstan, attended the meeting. Uzbekistan was "
                     "represented by a deputy defence minister. Turkmenistan is attending as a guest of the chair.",
                     gazetteer, published=date(2025, 6, 26))
    states = {f[3] for f in facts if f[0] == "participation" and f[1] == "sco_defence_ministers_meeting_2025"}
    assert {"belarus", "india", "kyrgyzstan", "uzbekistan", "turkmenistan"} <= states, facts


def test_talks_and_later_in_the_day_with_another_and_a_noun_plans_to_is_no_future(gazetteer):
    facts = facts_of("BISHKEK, December 5 - The SCO heads of government met in Bishkek on Wednesday. On the sidelines of "
                     "the meeting, Dmitry Medvedev met Kyrgyz President Almazbek Atambaev on December 4 to discuss Russian "
                     "plans to write off debt. On Tuesday he met Tajik Premier Kokhir Rasulzoda, and later in the day "
                     "Chinese Premier Wen Jiabao. Wen was due "
                     "to fly on to Moscow for talks with Mongolian Prime Minister Norovyn Altankhuyag.",
                     gazetteer, published=date(2012, 12, 5))
    met = {f[1:3] for f in facts if f[0] == "met_with"}
    assert {("almazbek_atambayev", "dmitry_medvedev"), ("dmitry_medvedev", "wen_jiabao")} <= met, facts
    assert ("norovyn_altankhuyag", "wen_jiabao") not in met, facts


def test_states_represented_by_unnamed_officials_in_an_elliptic_list_and_a_title_the_vocabulary_lacks(gazetteer):
    facts = facts_of("The 17th Meeting of Prosecutors General of the SCO member states took place in Bishkek on Tuesday. "
                     "India was represented by Additional Solicitor General Pinky Anand, China by a deputy "
                     "procurator-general and Tajikistan by a deputy prosecutor general. From the observer states came "
                     "Prosecutor General of Belarus Alexander Konyuk; from the dialogue partners, Prosecutor General of "
                     "Armenia Artur Davtyan.", gazetteer, published=date(2019, 10, 2))
    attended = {f[2:5] for f in facts if f[0] == "participation" and f[1] == "sco_prosecutors_general_meeting_2019"}
    assert {("pinky_anand", "india", "Member"), ("-", "china", "Member"), ("-", "tajikistan", "Member"),
            ("alexander_konyuk", "belarus", "Observer"), ("artur_davtyan", "armenia", "DialoguePartner")} <= attended, facts


def test_founding_members_at_an_undated_sco_meeting_and_the_finance_ministers_and_central_bank_governors(gazetteer):
    facts = facts_of("The 29th meeting of the SCO RATS Council took place in Almaty, with the participation of delegations "
                     "of the competent authorities of Kazakhstan, China and Russia.", gazetteer, published=None,
                     name="undated_test")
    assert ("participation", "sco_rats_council_meeting", "-", "china", "Member", "false") in facts, facts
    facts = facts_of("The meeting of SCO finance ministers and central bank governors was held in Beijing on Tuesday.",
                     gazetteer, published=date(2025, 6, 4))
    assert ("meeting", "sco_finance_ministers_and_central_bank_governors_meeting_2025", "MinisterialMeeting") in facts, facts


def test_talks_on_the_same_day_as_an_arrival_dated_in_the_sentence_before(gazetteer):
    facts = facts_of("ASTANA, July 5 - The SCO summit was held in Astana on July 4. President Ilham Aliyev arrived in "
                     "Astana on July 3. On the same day, on the sidelines of the summit, he met with Chinese President Xi "
                     "Jinping.", gazetteer, published=date(2024, 7, 5))
    assert ("meeting", "bilateral_ilham_aliyev_xi_jinping_2024_07_03", "BilateralMeeting") in facts, facts


def test_a_name_then_its_capitalised_title_after_a_comma_but_not_a_shorter_title_before_the_next_name(gazetteer):
    facts = facts_of("The SCO education ministers met in Astana on Friday. The meeting was chaired by Yerlan Sagadiyev, "
                     "Kazakh Education and Science Minister, who welcomed the guests. Attending were Kazakh PM Olzhas "
                     "Bektenov, Kyrgyz Chairman of the Cabinet of Ministers Akylbek Japarov and others.",
                     gazetteer, published=date(2018, 10, 19))
    assert ("position", "yerlan_sagadiyev", "Education and Science Minister", "kazakhstan") in facts, facts
    assert ("position", "olzhas_bektenov", "Chairman", "kyrgyzstan") not in facts, facts


@pytest.mark.parametrize("headline, meeting", [
    ("SCO NSAs meet in Moscow", "sco_security_council_secretaries_meeting_2023"),
    ("SCO FMs meet in Goa", "sco_foreign_ministers_council_2023"),
    ("SCO top diplomats meet in Goa", "sco_foreign_ministers_council_2023"),
    ("SCO home ministers meet in Dushanbe", "sco_interior_ministers_meeting_2023"),
    ("SCO PMs meet in Bishkek", "sco_heads_of_government_council_2023"),
    ("SCO agriculture ministers convene in Bishkek", "sco_agriculture_ministers_meeting_2023"),
])
def test_meetings_named_by_the_short_forms_of_headlines(gazetteer, headline, meeting):
    document = Document(id="2023-06-02_test", source="2023-06-02_test.txt", published=date(2023, 6, 2), title=headline,
                        text=f"{headline}\n\nThe meeting took place on Friday.")
    assert ("meeting", meeting) in {f[:2] for f in fact_tuples(extract_facts(document, gazetteer))}


def test_a_meeting_of_the_month_last_year_that_opens_the_sentence_is_not_the_articles(gazetteer):
    facts = facts_of("DUSHANBE, June 23 - The SCO security council secretaries met in Dushanbe on Wednesday. In September "
                     "last year, Ajit Doval walked out of a meeting of the grouping's NSAs, held via video conference and "
                     "hosted by Nikolai Patrushev.", gazetteer, published=date(2021, 6, 23))
    assert ("chair", "sco_security_council_secretaries_meeting_2020", "nikolai_patrushev") in facts, facts
    assert not any(f[0] == "chair" and f[1] == "sco_security_council_secretaries_meeting_2021" for f in facts), facts


def test_their_deputies_named_respectively_and_a_caption_that_speaks_at_the_meeting(gazetteer):
    facts = facts_of("BISHKEK, September 23 - The SCO heads of government met in Bishkek on Thursday. Tajikistan and "
                     "Uzbekistan sent their deputy prime ministers, Asadullo Gulomov and Utkir Sultanov respectively. "
                     "Photo: Kyrgyz Prime Minister Nikolai Tanayev speaks at the meeting.", gazetteer,
                     published=date(2004, 9, 23))
    attended = {f[2:4] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_government_council_2004"}
    assert {("asadullo_gulomov", "tajikistan"), ("utkir_sultanov", "uzbekistan"), ("nikolai_tanayev", "kyrgyzstan")} \
        <= attended, facts
    assert ("position", "utkir_sultanov", "Deputy Prime Minister", "uzbekistan") in facts, facts


def test_the_day_a_storys_lead_gives_what_it_reports_dates_the_meeting(gazetteer):
    facts = facts_of("TASHKENT, Nov 29 (Reuters) - Russian Prime Minister Dmitry Medvedev on Friday urged fellow members of "
                     "the Shanghai Cooperation Organisation to give substance to an energy club. The 12th meeting of the "
                     "SCO's prime ministers was chaired by Uzbek Prime Minister Shavkat Mirziyoyev.", gazetteer,
                     published=date(2013, 11, 29))
    assert ("date", "sco_heads_of_government_council_2013", "2013-11-29") in facts, facts
    facts = facts_of("TASHKENT, June 18 - SCO Secretary-General Zhang Ming on Tuesday spoke to our agency. The 12th meeting "
                     "of the SCO's prime ministers will be chaired by Uzbek Prime Minister Shavkat Mirziyoyev.", gazetteer,
                     published=date(2024, 6, 18))
    assert not any(f[0] == "date" and f[1].startswith("sco_heads_of_government_council") for f in facts), facts


@pytest.mark.parametrize("sentence, expected", [
    ("The SCO's eight members are China, India, Kazakhstan and Russia.",
     {("china", "memberOf"), ("india", "memberOf"), ("kazakhstan", "memberOf"), ("russia", "memberOf")}),
    ("The six member nations -- China, Russia, Kazakhstan and Kyrgyzstan -- signed the treaty.",
     {("china", "memberOf"), ("russia", "memberOf"), ("kazakhstan", "memberOf"), ("kyrgyzstan", "memberOf")}),
    ("The member states of the Shanghai Cooperation Organization are Kazakhstan, China and Russia.",
     {("kazakhstan", "memberOf"), ("china", "memberOf"), ("russia", "memberOf")}),
    ("Founded in 2001, the SCO also has five observers -- Afghanistan, India and Iran -- and three dialogue partners.",
     {("afghanistan", "observerOf"), ("india", "observerOf"), ("iran", "observerOf")}),
    ("India and China are both members of the eight-nation grouping.", {("india", "memberOf"), ("china", "memberOf")}),
    ("Belarus, the SCO's newest member state, sent a deputy minister.", {("belarus", "memberOf")}),
    ("The SCO counts four observer states, namely the Islamic Republic of Afghanistan, the Republic of Belarus and "
     "Mongolia.", {("afghanistan", "observerOf"), ("belarus", "observerOf"), ("mongolia", "observerOf")}),
    ("Four states (Afghanistan, Belarus, Iran and Mongolia) have observer status.",
     {("afghanistan", "observerOf"), ("belarus", "observerOf"), ("iran", "observerOf"), ("mongolia", "observerOf")}),
])
def test_the_make_up_of_the_sco_in_the_words_of_news_boilerplate(gazetteer, sentence, expected):
    facts = facts_of(f"BISHKEK, June 5 - {sentence}", gazetteer, published=date(2021, 6, 5))
    assert {(subject, relation) for subject, relation in expected} <= {f[1:3] for f in facts if f[0] == "status"}, facts


def test_calls_greetings_meetings_not_held_and_meetings_of_many_are_no_bilateral_talks(gazetteer):
    facts = facts_of("TIANJIN, Sept 1 - The SCO summit was held in Tianjin on Monday. On Friday, President Kassym-Jomart "
                     "Tokayev had a telephone conversation with President Shavkat Mirziyoyev. On Sunday Tokayev had a short "
                     "conversation with Vladimir Putin in the hall. A meeting with Indian Prime Minister Narendra Modi was "
                     "not on the programme. Foreign ministers met in Tianjin on July 15 under Wang Yi, with Sergey Lavrov "
                     "at the table. Later, Tokayev held talks with Chinese President Xi Jinping.", gazetteer,
                     published=date(2025, 9, 1))
    met = {f[1:3] for f in facts if f[0] == "met_with"}
    assert met == {("kassym_jomart_tokayev", "xi_jinping")}, facts


def test_a_chronologys_present_tense_host_and_chair_and_who_sat_in_on_the_talks_before(gazetteer):
    facts = facts_of("BEIJING, June 14 - June 2004 -- Uzbek President Islam Karimov hosts the Tashkent summit.", gazetteer,
                     published=date(2006, 6, 14))
    assert ("chair", "sco_heads_of_state_council_2004", "islam_karimov") in facts, facts
    facts = facts_of("UFA, July 11 - The SCO summit was held in Ufa on Friday. On Friday morning Nawaz Sharif held talks "
                     "with Narendra Modi. Sartaj Aziz and Ajit Doval also sat in on the meeting.", gazetteer,
                     published=date(2015, 7, 11))
    assert not any(f[0] == "participation" and f[2] in ("sartaj_aziz", "ajit_doval") for f in facts), facts


def test_a_hyphenated_heads_of_government_meeting(gazetteer):
    facts = facts_of("MOSCOW, Oct 27 - Observers attended a heads-of-government meeting of the SCO for the first time.",
                     gazetteer, published=date(2005, 10, 27))
    assert ("meeting", "sco_heads_of_government_council_2005", "HeadsOfGovernmentCouncilMeeting") in facts, facts


@pytest.mark.parametrize("sentence, meeting, state", [
    ("The meeting of the SCO security council secretaries opened in Dushanbe. Tajikistan, which holds the rotating "
     "presidency, is hosting the two-day meet.", "sco_security_council_secretaries_meeting_2021", "tajikistan"),
    ("The SCO summit took place in Moscow, with Russia stepping in as host.", "sco_heads_of_state_council_2021", "russia"),
    ("The SCO summit was hosted virtually by Russia.", "sco_heads_of_state_council_2021", "russia"),
    ("The SCO summit opened in Shanghai. Host China's President Hu Jintao presided over the talks.",
     "sco_heads_of_state_council_2021", "china"),
])
def test_the_host_state_in_the_words_of_news(gazetteer, sentence, meeting, state):
    facts = facts_of(sentence, gazetteer, published=date(2021, 6, 23))
    assert ("host", meeting, state) in facts, facts


def test_a_final_declaration_a_joint_declaration_and_an_information_statement_were_adopted(gazetteer):
    facts = facts_of("BISHKEK, June 14 - The SCO summit was held in Bishkek on Friday. The leaders signed a final "
                     "declaration and about 20 other documents.", gazetteer, published=date(2019, 6, 14))
    assert ("adopted", "sco_heads_of_state_council_2019", "sco_heads_of_state_council_2019_declaration") in facts, facts
    facts = facts_of("MOSCOW, Sept 11 - The SCO foreign ministers met in Moscow on Thursday. Following the meeting, the "
                     "ministers adopted an information statement.", gazetteer, published=date(2020, 9, 11))
    assert ("adopted", "sco_foreign_ministers_council_2020", "sco_foreign_ministers_council_2020_statement") in facts, facts


def test_a_summits_city_and_year_in_an_article_about_another_meeting(gazetteer):
    facts = facts_of("NEW DELHI, Aug 29 - The SCO foreign ministers met in Tianjin on Tuesday. At Qingdao in 2018, India "
                     "stayed out of the paragraph of the declaration that endorsed the Belt and Road. In Beijing in 2012 "
                     "the weather was fine.", gazetteer, published=date(2025, 7, 15))
    meetings = {f[1] for f in facts if f[0] == "meeting"}
    assert "sco_heads_of_state_council_2018" in meetings, facts
    assert "sco_heads_of_state_council_2012" not in meetings, facts


def test_a_diarys_day_dates_a_semicolon_list_of_talks_and_today_he_is_the_subject_before(gazetteer):
    document = Document(id="2024-10-17_test", source="2024-10-17_test.txt", published=date(2024, 10, 17),
                        title="Two days in Islamabad",
                        text="Two days in Islamabad\n\nISLAMABAD: Pakistan hosted the SCO heads of government on "
                             "Wednesday.\n\nTUESDAY\n\nThe delegations arrived in the afternoon. Prime Minister Shehbaz "
                             "Sharif met Belarusian Prime Minister Roman Golovchenko, whom he congratulated on Belarus's "
                             "membership in July; Kazakh Prime Minister Olzhas Bektenov; and Uzbek Prime Minister Abdulla "
                             "Aripov. Today he met with Chinese Premier Li Qiang.")
    met = {f[1:4] for f in fact_tuples(extract_facts(document, gazetteer)) if f[0] == "met_with"}
    assert {("roman_golovchenko", "shehbaz_sharif", "2024-10-15"), ("olzhas_bektenov", "shehbaz_sharif", "2024-10-15"),
            ("abdulla_aripov", "shehbaz_sharif", "2024-10-15")} <= met, met
    assert any(f[:2] == ("li_qiang", "shehbaz_sharif") for f in met), met


@pytest.mark.parametrize("sentence, pair", [
    ("Modi and his Pakistani counterpart Nawaz Sharif met for about an hour on the sidelines.",
     ("narendra_modi", "nawaz_sharif")),
    ("Xi Jinping and Vladimir Putin, meeting on the sidelines of the summit, pledged closer ties.",
     ("vladimir_putin", "xi_jinping")),
])
def test_two_leaders_who_met_for_an_hour_or_meeting_on_the_sidelines(gazetteer, sentence, pair):
    facts = facts_of(f"UFA, July 10 - Prime Minister Narendra Modi attended the SCO summit in Ufa on Friday. {sentence}",
                     gazetteer, published=date(2015, 7, 10))
    assert pair in {f[1:3] for f in facts if f[0] == "met_with"}, facts


def test_the_russian_side_was_also_represented_by_a_deputy(gazetteer):
    facts = facts_of("MOSCOW, Oct 22 - The meeting of SCO trade ministers was held in Moscow today. The Russian side was "
                     "also represented by Deputy Minister of Economic Development A. Slepnev.", gazetteer,
                     published=date(2010, 10, 22))
    assert ("participation", "sco_trade_ministers_meeting_2010", "a_slepnev", "russia", "Member", "false") in facts, facts


def test_talks_told_in_a_relative_clause_of_another_month_keep_no_day(gazetteer):
    facts = facts_of("TEHRAN, July 5 - Iranian President Ebrahim Raisi addressed the SCO summit by video link on Tuesday. "
                     "Raisi, who held talks with "
                     "Chinese President Xi Jinping in Beijing in February, thanked Beijing.", gazetteer,
                     published=date(2023, 7, 5))
    assert ("meeting", "bilateral_ebrahim_raisi_xi_jinping_2023", "BilateralMeeting") in facts, facts


def test_who_reported_to_the_council_or_was_telling_the_summit_in_the_standing_of_the_words_before(gazetteer):
    facts = facts_of("UFA, July 10 - The SCO summit was held in Ufa on Friday. The heads of the SCO's permanent bodies, "
                     "Secretary General Dmitry Mezentsev and Director of the Executive Committee of the Regional "
                     "Anti-Terrorist Structure Yevgeny Sysoyev, reported to the council on the past year. Prime Minister "
                     "Nawaz Sharif urged unity, telling the summit that the region must act together.", gazetteer,
                     published=date(2015, 7, 10))
    attended = {f[2:5] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2015"}
    assert {("dmitry_mezentsev", "sco", "PermanentBody"), ("nawaz_sharif", "pakistan", "Observer")} <= attended, facts


def test_states_after_from_are_not_the_subject(gazetteer):
    facts = facts_of('SCO justice ministers met in Dushanbe on 3 March 2027. Lawyers from Pakistan, China and '
                     'India attended too.', gazetteer, published=date(2027, 3, 4))
    assert not {f for f in facts if f[0] == 'participation' and f[3] in ('pakistan', 'china')}


def test_a_title_case_headline_names_no_one(gazetteer):
    facts = facts_of('Rajnath Singh, Chinese Defence Minister Hold Talks In Moscow\n\nThe two ministers met on the '
                     'sidelines of the SCO meeting.', gazetteer, published=date(2020, 9, 5))
    assert not {f for f in facts if f[0] == 'entity' and f[2] == 'Person' and 'talks' in f[1]}


def test_a_council_still_to_come_is_not_last_years(gazetteer):
    facts = facts_of('SCO transport ministers met in Khiva on Thursday. They agreed to submit the concept for approval '
                     'at the meeting of the SCO Council of Heads of State in Samarkand in September.', gazetteer,
                     published=date(2022, 5, 12))
    assert not {f for f in facts if f[0] == 'meeting' and f[1] == 'sco_heads_of_state_council_2021'}


def test_a_summit_held_in_a_month_past_in_a_sentence_with_will(gazetteer):
    facts = facts_of("SCO prime ministers met in Tashkent on Friday. The governments will carry out the decisions of "
                     "the SCO presidents' summit held in the Kyrgyz capital, Bishkek, in August.", gazetteer,
                     published=date(2027, 11, 2))
    assert ('meeting', 'sco_heads_of_state_council_2027', 'HeadsOfStateCouncilMeeting') in facts


def test_last_years_summit_in_a_sentence_about_plans_and_another_groups_summit(gazetteer):
    facts = facts_of("The SCO summit opened in Bishkek on Thursday. Ahmadinejad, who also attended last year's summit "
                     "in Shanghai, attacked U.S. plans to place missiles in Poland. Xi goes on to the CICA summit in "
                     "Dushanbe and a SAARC summit in Kathmandu.", gazetteer, published=date(2007, 8, 16))
    meetings = {f[1] for f in facts if f[0] == 'meeting'}
    assert 'sco_heads_of_state_council_2006' in meetings
    assert meetings == {'sco_heads_of_state_council_2006', 'sco_heads_of_state_council_2007'}, meetings


def test_a_news_conference_on_the_summits_day_is_in_its_city(gazetteer):
    facts = facts_of('BEIJING, June 7 (Reuters) - The Shanghai Cooperation Organization summit opened in Beijing on '
                     'Wednesday. Leaders at the SCO summit admitted Turkey as a dialogue partner. Chinese President Hu '
                     'Jintao announced the decision at a news conference on Thursday. The two-day SCO summit closed '
                     'later on Thursday.', gazetteer, published=date(2012, 6, 7))
    assert ('held_in', 'press_event_beijing_2012_06_07', 'beijing') in facts, facts


def test_the_rest_of_a_list_in_apposition_and_talks_not_held(gazetteer):
    facts = facts_of('The SCO summit opened in Qingdao on Saturday. The remaining members, Kazakhstan, Kyrgyzstan, '
                     'Tajikistan and Uzbekistan, were represented by their presidents. Modi and Hussain sat at the '
                     'same table but held no bilateral talks.', gazetteer, published=date(2018, 6, 10))
    assert {('participation', 'sco_heads_of_state_council_2018', '-', state, 'Member', 'false')
            for state in ('kazakhstan', 'kyrgyzstan', 'tajikistan', 'uzbekistan')} <= facts
    assert not {f for f in facts if f[0] == 'meeting' and f[1].startswith('bilateral')}


def test_the_summit_beside_an_sco_plus_meeting_met_in_its_city(gazetteer):
    facts = facts_of('President Ivan Petrov has attended the "SCO Plus" meeting held in Astana, Kazakhstan, within the '
                     'framework of the summit of the Shanghai Cooperation Organization. On the sidelines of the summit '
                     'he met Xi Jinping.', gazetteer, published=date(2024, 7, 4))
    assert ('held_in', 'sco_heads_of_state_council_2024', 'astana') in facts


def test_a_dateline_day_without_a_year_and_a_lead_in_the_perfect_under_a_stamp(gazetteer):
    facts = facts_of('Security chiefs meet\n\nMINSK, 19 August. /Belta/. The 17th meeting of the Secretaries of '
                     'Security Councils of the member states of the Shanghai Cooperation Organization was held here.',
                     gazetteer, published=date(2027, 8, 19))
    assert ('held_in', 'sco_security_council_secretaries_meeting_2027', 'minsk') in facts
    facts = facts_of('Petrov takes part in SCO summit\n\n16 September 2027, 13:02\n\nMINSK, 16 September (BelTA) - '
                     'Belarusian President Ivan Petrov has taken part in the extended session of the 27th meeting of '
                     'the Heads of State Council of the SCO. Yesterday he met Xi Jinping.', gazetteer,
                     published=date(2027, 9, 16))
    assert ('date', 'sco_heads_of_state_council_2027', '2027-09-16') in facts


def test_the_people_a_byline_a_credit_line_and_a_quote_name(gazetteer):
    facts = facts_of('SCO leaders meet\n\nBy ANNA PETROVA and Karl Weiss\n\nMOSCOW (AP) -- The SCO summit opened in '
                     'Moscow on Friday. "It matters," said Irina Valkova, who follows regional security, and '
                     'Almaty-based analyst Marat Seitkali agreed. Neither joined the summit.\n\nAssociated Press writer '
                     'Yulia Orlova in Moscow contributed to this report.\n\n(Compiled by Martin Haller; editing by Ruth '
                     'Pinder)\n\nBy Our Special Correspondent', gazetteer, published=date(2027, 6, 7))
    people = {f[1] for f in facts if f[0] == 'entity' and f[2] == 'Person'}
    assert {'anna_petrova', 'karl_weiss', 'irina_valkova', 'marat_seitkali', 'yulia_orlova', 'martin_haller',
            'ruth_pinder'} == people, people
    assert not {f for f in facts if f[0] == 'participation'}


def test_outlets_in_bylines_and_citations(gazetteer):
    facts = facts_of('SCO summit opens\n\nBy ASSOCIATED PRESS\n\nThe SCO summit opened in Bishkek on Thursday, '
                     'Interfax reported. Al Jazeera and Bloomberg carried the news.', gazetteer,
                     published=date(2027, 6, 7))
    assert {('entity', outlet, 'Organization') for outlet in ('associated_press', 'interfax', 'al_jazeera',
                                                              'bloomberg')} <= facts


def test_an_sco_plus_meeting_later_the_same_day(gazetteer):
    facts = facts_of('ASTANA, 4 July (BelTA) - The SCO summit opened in Astana today. Later the same day the Head of '
                     'State chaired the "SCO Plus" meeting, attended by the leaders of partner countries.', gazetteer,
                     published=date(2027, 7, 4))
    assert ('date', 'sco_plus_meeting_2027', '2027-07-04') in facts


def test_a_venue_after_a_title_is_no_person(gazetteer):
    facts = facts_of('President Mahmoud Ahmadinejad spoke at the SCO summit in Shanghai on Thursday. Speaking at the '
                     'expanded session at the Shanghai International Convention Center, the Iranian president said the '
                     'region produces energy.', gazetteer, published=date(2006, 6, 15))
    assert not {f for f in facts if f[0] == 'entity' and f[2] == 'Person' and 'center' in f[1]}


def test_the_host_who_received_the_heads_of_delegations_sat_in_no_seat(gazetteer):
    facts = facts_of('SCO defence ministers met in Astana on Wednesday. Later on Wednesday, Kazakh President Nursultan '
                     'Nazarbayev received the heads of delegations at the Akorda.', gazetteer, published=date(2017, 6, 7))
    assert not {f for f in facts if f[0] == 'participation' and f[2] == 'nursultan_nazarbayev'}


def test_a_briefing_is_held_in_the_city_of_the_ministry_that_issued_it(gazetteer):
    facts = facts_of('Record of the Press Briefing by Spokesperson on 14th June 2027\n\nMinistry of Foreign Affairs, '
                     'Islamabad\n\nWelcome to the weekly press briefing at the Foreign Office. The SCO foreign ministers '
                     'met in Minsk last week.', gazetteer, published=date(2027, 6, 14))
    assert ('held_in', 'press_event_islamabad_2027_06_14', 'islamabad') in facts


def test_talks_that_did_not_take_place_are_likely_or_were_a_meeting_of_many(gazetteer):
    facts = facts_of('Iranian President Mahmoud Ahmadinejad attended the SCO summit in Shanghai on Thursday. A meeting '
                     'with Kazakh President Nursultan Nazarbayev, which officials had announced for Thursday, did not '
                     'take place. Later, a meeting with Russian President Vladimir Putin is likely. Premier Wen Jiabao '
                     'and Russian Prime Minister Mikhail Fradkov were among the heads of government who met in Dushanbe '
                     'on Friday.', gazetteer, published=date(2006, 6, 16))
    assert not {f for f in facts if f[0] == 'meeting' and f[1].startswith('bilateral')}


def test_the_prime_minister_of_the_story_is_the_one_it_names_most_though_the_reference_lacks_him(gazetteer):
    facts = facts_of('Prime Minister Rashid Kamel, representing President Abdel-Fattah El-Sisi, told the "SCO Plus" meeting '
                     'in Tianjin on Monday that the region needs peace. Russian President Vladimir Putin also spoke. Kamel '
                     'arrived in Tianjin on Saturday and was received the same afternoon by President Xi Jinping. On '
                     'Sunday, on the sidelines of the summit, the prime minister held talks with Indian Prime Minister '
                     'Narendra Modi.', gazetteer, published=date(2025, 9, 1))
    assert ('position', 'rashid_kamel', 'Prime Minister', 'egypt') in facts  # the state of the president he stood in for
    assert ('participation', 'sco_plus_meeting_2025', 'rashid_kamel', 'egypt', '-', 'false') in facts
    assert not {f for f in facts if f[0] == 'participation' and f[2] == 'abdel_fattah_el_sisi'}
    assert ('met_with', 'rashid_kamel', 'xi_jinping', '2025-08-30', '-') in facts
    assert ('met_with', 'narendra_modi', 'rashid_kamel', '2025-08-31', 'sco_heads_of_state_council_2025') in facts


def test_the_president_who_meets_the_man_the_story_is_about_is_another_president(gazetteer):
    facts = facts_of('Chinese President Xi Jinping arrived in Astana for the SCO summit on Wednesday. Xi was welcomed at '
                     'the airport. Kazakh President Kassym-Jomart Tokayev chaired the summit on Thursday. On the sidelines, '
                     'the president met with Xi Jinping.', gazetteer, published=date(2024, 7, 4))
    assert ('met_with', 'kassym_jomart_tokayev', 'xi_jinping', '2024-07-04', 'sco_heads_of_state_council_2024') in facts


def test_later_talks_beside_the_summit_of_an_sco_plus_story_and_a_list_of_partners_with_long_titles(gazetteer):
    facts = facts_of('President Ilham Aliyev took part in the "SCO Plus" meeting held within the framework of the SCO '
                     'summit in Astana.\n\nThe President arrived in Astana on July 3. On the same day, on the sidelines of '
                     'the summit, he met with Chinese President Xi Jinping. Later, Ilham Aliyev and Russian President '
                     'Vladimir Putin also held a meeting on the sidelines of the summit.\n\nOn the sidelines of the summit, '
                     'Prime Minister Pham Minh Chinh held separate meetings with Kyrgyz President Sadyr Japarov; General '
                     "Secretary of the Lao People's Revolutionary Party and Lao President Thongloun Sisoulith; and "
                     'Pakistani Prime Minister Shehbaz Sharif.', gazetteer, published=date(2024, 7, 4))
    summit = 'sco_heads_of_state_council_2024'
    assert ('met_with', 'ilham_aliyev', 'vladimir_putin', '2024-07-03', summit) in facts  # "Later": that day
    assert {f[2] for f in facts if f[0] == 'met_with' and f[1] == 'pham_minh_chinh'} == \
        {'sadyr_japarov', 'thongloun_sisoulith', 'shehbaz_sharif'}


def test_a_reprinted_wire_dates_its_meeting_by_its_own_dateline_not_by_the_paper(gazetteer):
    facts = facts_of('Local traders will watch the outcome of the meeting closely. The agency report follows.\n\n'
                     'TASHKENT, June 17 (AFP) - Chinese President Hu Jintao and Russia\'s Vladimir Putin joined host Islam '
                     'Karimov of Uzbekistan, who chaired the one-day summit of the Shanghai Cooperation Organisation.',
                     gazetteer, published=date(2004, 6, 18))
    assert ('date', 'sco_heads_of_state_council_2004', '2004-06-17') in facts


@pytest.mark.parametrize("lead, sentence, published, fact", [
    ("The SCO summit was held by video on Tuesday.",
     "Indian Prime Minister Narendra Modi, chairing from New Delhi, told his counterparts that terrorism must be fought.",
     date(2023, 7, 5), ('chair', 'sco_heads_of_state_council_2023', 'narendra_modi')),
    ("The SCO summit met in Yekaterinburg on Tuesday.",
     "Chinese President Hu Jintao told his counterparts that Beijing would lend 10 billion dollars.",
     date(2009, 6, 16), ('participation', 'sco_heads_of_state_council_2009', 'hu_jintao', 'china', 'Member', 'false')),
    ("The SCO health ministers met by video on Friday.",
     "The online session is being chaired from Moscow by Russian Health Minister Mikhail Murashko.",
     date(2020, 7, 24), ('chair', 'sco_health_ministers_meeting_2020', 'mikhail_murashko')),
    # the English of a close translation
    ("The SCO heads of government met in Astana on Thursday.", "The meeting was presided by the Prime Minister of "
     "Kazakhstan Arman Zhulanov.", date(2027, 10, 31), ('chair', 'sco_heads_of_government_council_2027', 'arman_zhulanov')),
    ("The SCO heads of government met in Astana on Thursday.", "On the margins of the meeting Mongolian Prime Minister "
     "Bilal Qureshi held a talk with the Chinese Premier Li Wei.", date(2027, 10, 31),
     ('met_with', 'bilal_qureshi', 'li_wei', '2027-10-28', 'sco_heads_of_government_council_2027')),
    ("The 27th meeting of the Council of Heads of State of the SCO was held by video on Tuesday.", "Also taking part "
     "in the meeting via videoconference were the President of Kazakhstan Arman Zhulanov and the Chairman of China Li Wei.",
     date(2027, 7, 4), ('participation', 'sco_heads_of_state_council_2027', 'li_wei', 'china', 'Member', 'true')),
])
def test_chairs_and_speakers_told_in_other_words(gazetteer, lead, sentence, published, fact):
    assert fact in facts_of(f"{lead}\n\n{sentence}", gazetteer, published=published)


def test_talks_of_two_told_as_a_pair_on_the_margins(gazetteer):
    facts = facts_of('Defence ministers of the SCO met in Minsk on Tuesday. On the sidelines Russian Defence Minister '
                     'Oleg Smirnov and Kazakh Defence Minister Arman Zhulanov discussed joint drills. Indian Defence '
                     'Minister Ravi Qureshi and his Chinese counterpart Ivan Petrov have held talks on the margins of the '
                     'meeting.\n\nA year earlier the ministers had gathered in Astana, and Smirnov and Petrov met on the '
                     'margins of that meeting.', gazetteer, published=date(2027, 4, 27))
    meeting = 'sco_defence_ministers_meeting_2027'
    assert ('met_with', 'arman_zhulanov', 'oleg_smirnov', '2027-04-27', meeting) in facts, facts  # "discussed" beside it
    assert ('met_with', 'ivan_petrov', 'ravi_qureshi', '2027-04-27', meeting) in facts, facts  # "and his counterpart"
    assert not any(f[0] == 'met_with' and f[1:3] == ('ivan_petrov', 'oleg_smirnov') and f[3] != '-' for f in facts), facts


def read_and_extract(folder, text, gazetteer, name="2027-06-20_page"):
    """The facts of an article read from a file, as the loader reads it (its text cleaned first)."""
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return fact_tuples(extract_facts(read_document(path), gazetteer))


@pytest.mark.parametrize("rows", [
    # a table copied from a web page, its cells apart by tabs
    "Participants\nMember states\nCountry\tLeader\tTitle\nChina\tLi Wei\tPresident\nKyrgyzstan\tArman Zhulanov\tPresident "
    "(host)\nObserver states\nCountry\tHead of delegation\tTitle\nIndia\tRavi Qureshi\t"
    "Minister of Petroleum and Natural Gas",
    # the same written with bars, under an encyclopedia's headings
    "2 Participants[edit]\nMember states[edit]\nCountry | Leader | Title\nChina | Li Wei | President\nKyrgyzstan | Arman "
    "Zhulanov | President (host)\nObserver states (as of 2027)[edit]\nCountry | Head of delegation | Title\nIndia | Ravi "
    "Qureshi | Minister of Petroleum and Natural Gas",
    # a list written as a table, with a remark between two of its parts
    "Attendance\nMember states\n China - Li Wei, President\n Kyrgyzstan - Arman Zhulanov, President (host)\nAfghanistan, "
    "an observer, was not invited.\nObserver\n India - Ravi Qureshi, Minister of Petroleum and Natural Gas",
])
def test_a_table_of_who_came_gives_each_row_its_seat_and_standing(gazetteer, tmp_path, rows):
    facts = read_and_extract(tmp_path, '2027 Bishkek SCO summit\n\nThe 27th meeting of the Council of Heads of State of '
                             f'the SCO was held in Bishkek on 16 June 2027.\n\n{rows}\n\nOutcomes\nThe leaders signed a '
                             'declaration.', gazetteer)
    summit = 'sco_heads_of_state_council_2027'
    assert {('participation', summit, 'li_wei', 'china', 'Member', 'false'),
            ('participation', summit, 'arman_zhulanov', 'kyrgyzstan', 'Member', 'false'),
            ('participation', summit, 'ravi_qureshi', 'india', 'Observer', 'false'),
            ('position', 'ravi_qureshi', 'Petroleum and Natural Gas Minister', 'india')} <= facts, facts


def test_the_fields_of_an_infobox_describe_the_article_s_meeting(gazetteer, tmp_path):
    facts = read_and_extract(tmp_path, '2027 Bishkek SCO summit\n\nThe 27th meeting of the Council of Heads of State of '
                             'the SCO took place in June 2027.\n\nHost country        Kyrgyzstan\nCities              '
                             'Bishkek\nChair: President Arman Zhulanov\nDate: 16 June 2027', gazetteer)
    summit = 'sco_heads_of_state_council_2027'
    assert {('host', summit, 'kyrgyzstan'), ('held_in', summit, 'bishkek'), ('chair', summit, 'arman_zhulanov'),
            ('date', summit, '2027-06-16')} <= facts, facts


def test_a_chronology_of_earlier_meetings_under_a_numbered_regular_meeting(gazetteer):
    facts = facts_of('BEIJING, Oct. 14 -- The ninth regular meeting of the Council of Heads of Government of the SCO opened '
                     'here Wednesday.\n\nFollowing is a review of earlier meetings:\n\n-- Sept. 14, 2021, Almaty: The heads '
                     'of government hold their first meeting. Premier Li Wei of China is among the participants.\n\n'
                     '-- Oct. 26, 2023, Moscow: Russian Prime Minister Oleg Smirnov chairs the third meeting.',
                     gazetteer, published=date(2027, 10, 14))
    assert {('ordinal', 'sco_heads_of_government_council_2027', '9'),
            ('date', 'sco_heads_of_government_council_2021', '2021-09-14'),
            ('held_in', 'sco_heads_of_government_council_2021', 'almaty'),
            ('participation', 'sco_heads_of_government_council_2021', 'li_wei', 'china', 'Member', 'false'),
            ('held_in', 'sco_heads_of_government_council_2023', 'moscow'),
            ('chair', 'sco_heads_of_government_council_2023', 'oleg_smirnov')} <= facts, facts


def test_the_paragraphs_under_an_item_of_a_calendar_are_about_its_meeting(gazetteer):
    facts = facts_of("KEY EVENTS OF THE CHAIRMANSHIP\n\n5-6 April 2027 - 12th Meeting of Secretaries of Security Councils\n\n"
                     "Venue: Astana. Heads of delegations: Arman Zhulanov, Secretary of the Security Council of Kazakhstan; "
                     "Ivan Petrov, Secretary of the Security Council of Russia.\n\n20-21 April 2027 - Meeting of the Council "
                     "of Foreign Ministers\n\nVenue: Astana. Chaired by Minister of Foreign Affairs of Kazakhstan Ravi "
                     "Qureshi.\n\nParticipants: Wang Yi (China), Sergey Lavrov (Russia).", gazetteer,
                     published=date(2027, 6, 12))
    council = 'sco_foreign_ministers_council_2027'
    assert {('chair', council, 'ravi_qureshi'), ('participation', council, 'wang_yi', 'china', 'Member', 'false'),
            ('participation', 'sco_security_council_secretaries_meeting_2027', 'ivan_petrov', 'russia', 'Member',
             'false')} <= facts, facts
    assert not any(f[0] == 'participation' and f[2] == 'wang_yi' and f[1] != council for f in facts), facts


def test_a_meeting_a_day_before_a_press_conference_at_a_guest_house(gazetteer):
    facts = facts_of('MOSCOW, September 11 - The two ministers met the press after their talks at the ministry\'s guest '
                     'house in Moscow, a day after the Moscow meeting of the Council of Foreign Ministers of the SCO, which '
                     'Russian Foreign Minister Sergey Lavrov chaired.', gazetteer, published=date(2020, 9, 11))
    assert ('date', 'sco_foreign_ministers_council_2020', '2020-09-10') in facts, facts
    assert ('participation', 'sco_foreign_ministers_council_2020', 'sergey_lavrov', 'russia', 'Member', 'false') in facts


@pytest.mark.parametrize("line, expected", [
    ("Members of the SCO are Nepal, China and Kyrgyzstan.", {("nepal", "memberOf"), ("china", "memberOf")}),
    ("Members (3) ........ Nepal, China, Kyrgyzstan", {("nepal", "memberOf"), ("kyrgyzstan", "memberOf")}),
    ("Observers (2) ...... Mongolia, Laos", {("mongolia", "observerOf"), ("laos", "observerOf")}),
    ("Dialogue partners: Egypt, Qatar", {("egypt", "dialoguePartnerOf"), ("qatar", "dialoguePartnerOf")}),
    ("The SCO, which was founded in 2001, groups China, Nepal and Kyrgyzstan.", {("nepal", "memberOf")}),
])
def test_the_make_up_of_the_sco_on_a_fact_sheet(gazetteer, tmp_path, line, expected):
    facts = read_and_extract(tmp_path, f"The SCO at a glance\n\nThe SCO held its summit in Minsk.\n\n{line}", gazetteer)
    assert {("status", state, relation, "sco") for state, relation in expected} <= facts, facts


def test_documents_a_council_ended_with(gazetteer):
    facts = facts_of('DUSHANBE, Sept 15 - The fifth meeting of the prime ministers of the SCO took place in Dushanbe on '
                     'Friday. The prime ministers ended their annual meeting in the Tajik capital with a joint communique. '
                     'They signed the Dushanbe Programme and a joint statement at the close of the meeting. They also '
                     'signed a joint communique and an Agreement on Cooperation in Customs Matters.', gazetteer,
                     published=date(2006, 9, 15))
    council = 'sco_heads_of_government_council_2006'
    assert {('ordinal', council, '5'), ('adopted', council, f'{council}_joint_communique'),
            ('adopted', council, f'{council}_statement'),
            ('adopted', council, 'agreement_on_cooperation_in_customs_matters')} <= facts, facts


def test_a_factbox_lists_what_was_signed_under_its_headings(gazetteer):
    facts = facts_of('SHANGHAI, June 15 (Reuters) - Leaders of the SCO met in Shanghai on Thursday for the 26th meeting of '
                     'the Council of Heads of State.\n\nFollowing are the main outcomes, according to officials:\n\nSIGNED\n'
                     '* Declaration on the Twenty-Fifth Anniversary of the SCO\n* Joint communique of the meeting\n\n'
                     'APPROVED\n* Programme of Cooperation in Combating Terrorism for 2027-2029\n\nWHAT NEXT\n'
                     '* China handed the chairmanship to Kyrgyzstan.', gazetteer, published=date(2026, 6, 15))
    summit = 'sco_heads_of_state_council_2026'
    assert {('adopted', summit, f'{summit}_declaration'), ('adopted', summit, f'{summit}_joint_communique'),
            ('adopted', summit, 'programme_of_cooperation_in_combating_terrorism_for_2027_2029')} <= facts, facts


@pytest.mark.parametrize("sentence, expected", [
    ("The four observer states sent a mixed bag of delegations.", ("observerStateCount", "4")),
    ("I extend a special welcome to the leaders of our three observer states.", ("observerStateCount", "3")),
    ("The SCO was founded in 2001, and its nine full members are China and Russia among others.", ("memberStateCount", "9")),
    ("The group's fourteen dialogue partners were not invited.", ("dialoguePartnerCount", "14")),
])
def test_all_of_one_kind_counted(gazetteer, sentence, expected):
    facts = facts_of(f"The SCO summit opened in Minsk on Thursday. {sentence}", gazetteer, published=date(2027, 7, 8))
    assert ("count", "sco", *expected) in facts, facts


def test_a_part_of_the_observers_is_no_count(gazetteer):
    facts = facts_of("The SCO summit opened in Minsk on Thursday. The two observer states that attended sent ministers.",
                     gazetteer, published=date(2027, 7, 8))
    assert not any(f[0] == "count" for f in facts), facts


def test_talks_in_a_relative_clause_end_with_it(gazetteer):
    facts = facts_of("The SCO summit opens in Tianjin on Sunday. Among those expected are Indian Prime Minister Ravi Qureshi, "
                     "who held talks with Japanese Prime Minister Ivan Petrov in Tokyo on Friday before flying on to China, "
                     "Pakistani Prime Minister Bilal Qureshi and Belarusian President Oleg Smirnov.", gazetteer,
                     published=date(2027, 8, 29))
    assert {f[1:3] for f in facts if f[0] == "met_with"} == {("ivan_petrov", "ravi_qureshi")}, facts


def test_an_official_read_out_calls_its_own_leader_prime_minister(gazetteer):
    facts = facts_of("Press releases\n\nPrime Minister Ravi Qureshi attended the SCO Summit in Bishkek on 14 June and "
                     "thanked President Arman Zhulanov of Kyrgyzstan.\n\nOn 13 June, Prime Minister met President Vladimir "
                     "Putin on the sidelines of the summit.", gazetteer, published=date(2027, 6, 15))
    assert {f[1:3] for f in facts if f[0] == "met_with"} == {("ravi_qureshi", "vladimir_putin")}, facts


def test_a_known_leader_heads_his_own_state_whatever_line_runs_into_his_title(gazetteer):
    facts = facts_of("Prime Minister concludes visit to the Kyrgyz Republic\nPrime Minister Narendra Modi emplaned for New "
                     "Delhi after attending the SCO Summit.", gazetteer, published=date(2019, 6, 15))
    assert ("position", "narendra_modi", "Prime Minister", "india") in facts, facts
    assert ("position", "narendra_modi", "Prime Minister", "kyrgyzstan") not in facts, facts


def test_a_newsletter_item_that_calls_its_meeting_only_the_summit(gazetteer):
    facts = facts_of("THE EVENING BRIEF\n\n1. SCO says yes to Laos\nLeaders of the Shanghai Cooperation Organisation meeting "
                     "in Minsk today approved a decision to admit Laos. Oleg Smirnov, who chaired the summit in the "
                     "Belarusian capital, was joined by Xi Jinping and Narendra Modi.", gazetteer,
                     published=date(2027, 7, 9))
    assert ("participation", "sco_heads_of_state_council_2027", "xi_jinping", "china", "Member", "false") in facts, facts


def test_a_news_list_dates_each_item_by_its_stamp(gazetteer):
    facts = facts_of("Ministry > Press service > News\n\n----------\n18.09.2027 | 14:20\nTalks with the President of Iran\n\n"
                     "On 18 September, President Emomali Rahmon held talks with President of Iran Ebrahim Raisi.\n\n"
                     "----------\n17.09.2027 | 21:05\nTalks with the Prime Minister of Pakistan\n\nAfter the SCO summit, "
                     "President Emomali Rahmon held talks with Prime Minister of Pakistan Imran Khan.", gazetteer,
                     published=date(2027, 9, 18))
    assert ("met_with", "emomali_rahmon", "imran_khan", "2027-09-17", "-") in facts, facts


def test_talks_under_a_day_heading_take_its_day(gazetteer):
    facts = facts_of("THE WEEK IN TIANJIN\n\nSATURDAY 29 AUG\n- UN Secretary-General Antonio Guterres met Chinese President "
                     "Xi Jinping on Saturday evening.\n\nSUNDAY 30 AUG\n- Xi held back-to-back meetings in Tianjin.\n- He also received Belarusian "
                     "President Alexander Lukashenko.", gazetteer, published=date(2026, 9, 5))
    assert ("met_with", "alexander_lukashenko", "xi_jinping") in {f[:3] for f in facts if f[0] == "met_with"}, facts
    assert any(f[0] == "met_with" and f[1] == "alexander_lukashenko" and f[3] == "2026-08-30" for f in facts), facts


def test_the_secretary_general_of_a_read_out_is_its_own(gazetteer):
    facts = facts_of("SCO Secretary-General Nurlan Yermekbayev travelled to Astana on Wednesday, 3 July. In Astana, the "
                     "Secretary-General met with the President of Kazakhstan, Kassym-Jomart Tokayev.", gazetteer,
                     published=date(2024, 7, 5))
    assert ("kassym_jomart_tokayev", "nurlan_yermekbayev") in {f[1:3] for f in facts if f[0] == "met_with"}, facts


@pytest.mark.parametrize("sentence", [
    "Afghanistan was represented at the meeting as a guest of Tajikistan, the host country.",
    "Massoud and Rapota attended as guests of the Tajik hosts.",
    "Tajikistan, this year's host, had lobbied hard to keep the final text moderate.",
    "Tajikistan is hosting both events.",
    "It was the council's 17th meeting, which Tajikistan hosted in the capital.",
    "Karzai was invited by the host, Tajikistan.",
    "The meeting was hosted here by Tajikistan.",
])
def test_the_host_told_through_its_guests_and_its_year(gazetteer, sentence):
    facts = facts_of(f"DUSHANBE, Sept 15 - The SCO heads of government met in Dushanbe on Friday.\n\n{sentence}", gazetteer,
                     published=date(2027, 9, 17))
    assert ("host", "sco_heads_of_government_council_2027", "tajikistan") in facts, facts


def test_malay_honours_are_no_part_of_the_name(gazetteer):
    facts = facts_of("The SCO Plus meeting was held in Tianjin on Monday. Malaysian Prime Minister Datuk Seri Anwar Ibrahim "
                     "attended as a guest.", gazetteer, published=date(2025, 9, 1))
    assert ("position", "anwar_ibrahim", "Prime Minister", "malaysia") in facts, facts


@pytest.mark.parametrize("sentence, pair, day", [
    ("Prime Minister of Kazakhstan Olzhas Bektenov met today with Prime Minister of Mongolia "
     "Luvsannamsrai Oyun-Erdene, who is in Bishkek for the meeting.",
     ("luvsannamsrai_oyun_erdene", "olzhas_bektenov"), "2027-10-26"),
    ("Russian Foreign Minister Sergey Lavrov met yesterday in Astana with SCO Secretary-General Nurlan Yermekbayev.",
     ("nurlan_yermekbayev", "sergey_lavrov"), "2027-10-25"),
    ("After talks between President Shavkat Mirziyoyev and Chinese President Xi Jinping on 24 October, the two sides "
     "signed a joint statement.", ("shavkat_mirziyoyev", "xi_jinping"), "2027-10-24"),
    ("On the sidelines, Russian President Vladimir Putin meets Kazakh President Kassym-Jomart Tokayev.",
     ("kassym_jomart_tokayev", "vladimir_putin"), None),
])
def test_talks_told_with_a_day_before_with_between_or_meets(gazetteer, sentence, pair, day):
    facts = facts_of(f"BISHKEK, Oct 26 - The SCO heads of government met in Bishkek on Tuesday.\n\n{sentence}",
                     gazetteer, published=date(2027, 10, 26))
    talks = {f[1:3]: f[3] for f in facts if f[0] == "met_with"}
    assert pair in talks, facts
    assert day is None or talks[pair] == day, facts


def test_a_headline_that_meets_a_title_alone_names_no_talks(gazetteer):
    facts = facts_of("Prime Minister meets President of China\n\nPrime Minister Narendra Modi held talks "
                     "with President Xi Jinping on the sidelines of the SCO summit in Bishkek on 13 June.", gazetteer,
                     published=date(2019, 6, 15))
    assert {f[1:3] for f in facts if f[0] == "met_with"} == {("narendra_modi", "xi_jinping")}, facts


@pytest.mark.parametrize("sentence, people", [
    ("The restricted session on Thursday brought together the heads of the member states: Chinese President Xi Jinping "
     "and Russian President Vladimir Putin.", {"xi_jinping", "vladimir_putin"}),
    ("The table included Russian Defence Minister Sergei Shoigu; Kazakhstan's Defence Minister, Colonel General Ruslan "
     "Zhaksylykov.", {"sergei_shoigu", "ruslan_zhaksylykov"}),
    ("Other ministers at the SCO meeting included Pakistan's Shah Mahmood Qureshi and Uzbekistan's Abdulaziz Kamilov.",
     {"shah_mahmood_qureshi", "abdulaziz_kamilov"}),
    ("Guests of the host included Indonesian President Prabowo Subianto and Malaysian Prime Minister Anwar Ibrahim.",
     {"prabowo_subianto", "anwar_ibrahim"}),
    ("The founders were all present: Russian President Vladimir Putin and Kazakh President Nursultan Nazarbayev.",
     {"vladimir_putin", "nursultan_nazarbayev"}),
    ("Also on the table: Kazakh President Nursultan Nazarbayev and Tajik President Emomali Rahmon.",
     {"nursultan_nazarbayev", "emomali_rahmon"}),
    ("Also seated: SCO Secretary-General Nurlan Yermekbayev", {"nurlan_yermekbayev"}),
    ("Kyrgyzstan sent Chairman of the Cabinet of Ministers Akylbek Japarov.", {"akylbek_japarov"}),
    ("India sent only its oil minister, Murli Deora, a choice diplomats read as a signal.", {"murli_deora"}),
])
def test_who_sat_at_the_table_told_in_other_words(gazetteer, sentence, people):
    facts = facts_of(f"ASTANA, July 4 - The SCO summit was held in Astana on Thursday.\n\n{sentence}", gazetteer,
                     published=date(2027, 7, 4))
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2027"}
    assert people <= attended, facts


def test_a_preposition_before_a_rank_is_no_part_of_the_name(gazetteer):
    facts = facts_of("The SCO defence ministers met in New Delhi on Friday. Alongside General Li Shangfu, China's "
                     "Defence Minister, the table included Russian Defence Minister Sergei Shoigu.", gazetteer,
                     published=date(2023, 4, 28))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert "li_shangfu" in people and not any(p.startswith("alongside") for p in people), facts


def test_each_summit_a_retrospective_dates_is_its_own(gazetteer):
    text = ("Building the house\n\nThe founding summit took place in Shanghai on 15 June 2001. The Astana "
            "summit of 5 July 2005 is the one most often cited. The fifth anniversary summit, back in Shanghai on 15 "
            "June 2006, was the most crowded so far.")
    for published in (None, date(2011, 3, 1)):  # a journal's section may carry no date at all
        facts = facts_of(text, gazetteer, published=published)
        dates = {f[1]: f[2] for f in facts if f[0] == "date"}
        assert dates.get("sco_heads_of_state_council_2005") == "2005-07-05", facts
        assert dates.get("sco_heads_of_state_council_2006") == "2006-06-15", facts
        assert dates.get("sco_heads_of_state_council_2001") == "2001-06-15", facts


def test_the_chiefs_of_general_staff_and_ranks_a_press_release_shortens(gazetteer):
    facts = facts_of("Lt Gen X led the Indian delegation to the meeting of the Chiefs of General Staff of the SCO "
                     "Member States held in Moscow on 28 Aug. The meeting was chaired by Gen Valery Gerasimov, Chief "
                     "of the General Staff of the Armed Forces of the Russian Federation.", gazetteer,
                     published=date(2018, 8, 30))
    assert ("meeting", "sco_chiefs_of_general_staff_meeting_2018", "MinisterialMeeting") in facts, facts
    assert ("chair", "sco_chiefs_of_general_staff_meeting_2018", "valery_gerasimov") in facts, facts
    assert ("position", "valery_gerasimov", "Chief of the General Staff", "russia") in facts, facts


def test_a_un_regional_commission_is_its_head_s_body(gazetteer):
    facts = facts_of("ESCAP Executive Secretary Shamshad Akhtar addressed the 14th meeting of the SCO Council of Heads "
                     "of Government in Zhengzhou on 15 December.", gazetteer, published=date(2015, 12, 15))
    assert ("position", "shamshad_akhtar", "Executive Secretary",
            "united_nations_economic_and_social_commission_for_asia_and_the_pacific") in facts, facts


@pytest.mark.parametrize("sentence", [
    "The heads of the border services of the SCO member countries, including Pakistan and China, held their seventh "
    "meeting in Tashkent on Thursday.",
    "The heads of the border services of the SCO member states held their seventh meeting in Tashkent on Thursday.",
])
def test_the_count_of_their_meetings_is_theirs(gazetteer, sentence):
    facts = facts_of(f"BEIJING: {sentence}", gazetteer, published=date(2019, 6, 8))
    assert ("ordinal", "sco_border_service_heads_meeting_2019", "7") in facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads_of_state") for f in facts), facts


def test_the_summit_being_prepared_takes_no_count_of_the_officials_meetings(gazetteer):
    facts = facts_of("BEIJING, Aug 22 (APP): The security council secretaries of the SCO states reviewed the "
                     "preparations for next month's summit at their 17th annual meeting in Tashkent.", gazetteer,
                     published=date(2022, 8, 22))
    assert not any(f[0] == "ordinal" and f[1].startswith("sco_heads_of_state") for f in facts), facts


def test_a_known_name_a_heading_writes_in_capitals(gazetteer):
    facts = facts_of("WHO'S WHO\n\nJIANG ZEMIN, 74 - China\nPresident since 1993.\n\nSCO SUMMIT OPENS IN SHANGHAI",
                     gazetteer, published=date(2001, 6, 16))
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert people == {"jiang_zemin"}, facts


def test_exam_notes_one_liners(gazetteer):
    facts = facts_of("SCO special\n\n-> 17th SCO summit: Astana, Kazakhstan, 8-9 June 2017.\n-> Host: Kazakh Prez "
                     "Nursultan Nazarbayev.\n-> Modi and Sharif attended.", gazetteer, published=date(2017, 6, 12))
    assert {("ordinal", "sco_heads_of_state_council_2017", "17"),
            ("chair", "sco_heads_of_state_council_2017", "nursultan_nazarbayev"),
            ("position", "nursultan_nazarbayev", "President", "kazakhstan")} <= facts, facts


def test_a_year_written_beside_a_summit_in_an_undated_text(gazetteer):
    facts = facts_of("Case study\n\nThe Ufa summit in 2015 admitted no one. Xi Jinping attended it.", gazetteer,
                     published=None)
    assert ("meeting", "sco_heads_of_state_council_2015", "HeadsOfStateCouncilMeeting") in facts, facts



def test_talks_beside_a_meeting_of_two_days_have_no_day_of_their_own(gazetteer):
    facts = facts_of("ASTANA - Kazakhstan's Minister of Defence, Lieutenant General of Aviation Dauren Kosanov, took "
                     "part in the meeting of defence ministers of the SCO member states held in Qingdao on 25-26 June."
                     "\n\nOn the sidelines, Kosanov held separate talks with Russian Defence Minister Andrei Belousov.",
                     gazetteer, published=date(2025, 6, 26))
    assert ("met_with", "andrei_belousov", "dauren_kosanov", "-", "sco_defence_ministers_meeting_2025") in facts, facts
    assert ("position", "dauren_kosanov", "Defence Minister", "kazakhstan") in facts, facts


def test_a_dated_meeting_of_another_series_in_a_card(gazetteer):
    facts = facts_of("The 25th meeting of the SCO Council of Heads of State took place in Tianjin on September 1.\n\n"
                     "AT THE COUNCIL TABLE\nVladimir Putin (Russia) \u00b7 Narendra Modi (India)\n\n"
                     "Jun 25-26 \u00b7 Qingdao \u00b7 SCO defence ministers' meeting, chaired by Defence Minister Dong "
                     "Jun. Rajnath Singh (India) and Khawaja Asif (Pakistan) were among those present.", gazetteer,
                     published=date(2025, 9, 2))
    attended = {f[1:3] for f in facts if f[0] == "participation"}
    assert {("sco_heads_of_state_council_2025", "vladimir_putin"), ("sco_heads_of_state_council_2025", "narendra_modi"),
            ("sco_defence_ministers_meeting_2025", "rajnath_singh")} <= attended, facts
    assert ("sco_heads_of_state_council_2025", "rajnath_singh") not in attended, facts


@pytest.mark.parametrize("line", ["16:50 IST | Modi-Raisi talks on the sidelines",
                                  "Sidelines: Imran Khan - Raisi talks this morning.",
                                  "-> Modi-Raisi talks on summit sidelines, 16 September."])
def test_talks_named_by_the_pair(gazetteer, line):
    facts = facts_of(f"SAMARKAND - The SCO summit opened in Samarkand on 16 September with Indian Prime Minister "
                     f"Narendra Modi, Pakistani Prime Minister Imran Khan and Iranian President Ebrahim Raisi."
                     f"\n\n{line}",
                     gazetteer, published=date(2022, 9, 16))
    talks = {f[1:3]: f[4] for f in facts if f[0] == "met_with"}
    assert any("ebrahim_raisi" in pair for pair in talks), facts
    assert set(talks.values()) == {"sco_heads_of_state_council_2022"}, facts


def test_two_named_documents_approved_together(gazetteer):
    facts = facts_of("TASHKENT, June 11 - The 10th meeting of the SCO Council of Heads of State was held in Tashkent "
                     "on Friday. The heads of state signed the Declaration of the Tashkent Summit and approved the "
                     "Regulations on the Procedure for Admitting New Members and the Rules of Procedure of the "
                     "Shanghai Cooperation Organization.", gazetteer, published=date(2010, 6, 12))
    adopted = {f[2] for f in facts if f[0] == "adopted"}
    assert {"regulations_on_the_procedure_for_admitting_new_members", "sco_heads_of_state_council_2010_declaration",
            "rules_of_procedure_of_the_shanghai_cooperation_organization"} <= adopted, facts


def test_a_past_summit_that_brought_together_its_leaders(gazetteer):
    facts = facts_of("BISHKEK, Sept 23 - The SCO prime ministers met in Bishkek on Thursday. They said they would "
                     "pursue what was agreed at the summit in Tashkent on June 17, which brought together Presidents "
                     "Nursultan Nazarbaev of Kazakhstan, Hu Jintao of China and Vladimir Putin of Russia.",
                     gazetteer, published=date(2004, 9, 23))
    attended = {f[1:3] for f in facts if f[0] == "participation"}
    assert {("sco_heads_of_state_council_2004", person)
            for person in ("nursultan_nazarbayev", "hu_jintao", "vladimir_putin")} <= attended, facts
    assert not any(meeting.startswith("sco_heads_of_government") for meeting, _ in attended), facts


def test_a_standing_given_to_others_is_not_the_chair_s(gazetteer):
    facts = facts_of("ASTANA, July 5 - The SCO summit opened in Astana on Tuesday. The leaders of the six member "
                     "states approved observer status for Pakistan and Iran at their meeting here, chaired by Kazakh "
                     "President Nursultan Nazarbayev, and accepted Sri Lanka as a dialogue partner.",
                     gazetteer, published=date(2005, 7, 5))
    assert ("chair", "sco_heads_of_state_council_2005", "nursultan_nazarbayev") in facts, facts
    assert {("status", state, "observerOf", "sco") for state in ("pakistan", "iran")} <= facts, facts
    capacities = {f[4] for f in facts if f[0] == "participation" and f[2] == "nursultan_nazarbayev"}
    assert capacities <= {"Member", "-"} and capacities, facts


@pytest.mark.parametrize("line", [
    "The meeting was attended by the leaders of the four SCO members - China, Russia, Kazakhstan and Uzbekistan - "
    "including Russian President Vladimir Putin.",
    "China, Russia, Kazakhstan and Uzbekistan were represented, along with the SCO Secretariat.",
    "The SCO was set up at a summit in Tashkent on May 3 by the presidents of China, Russia, Kazakhstan and "
    "Uzbekistan."])
def test_states_listed_as_present(gazetteer, line):
    facts = facts_of(f"TASHKENT, May 4 - An SCO summit was held in Tashkent on Thursday.\n\n{line}", gazetteer,
                     published=date(2017, 5, 4))
    states = {f[3] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2017"}
    assert {"china", "russia", "kazakhstan", "uzbekistan"} <= states, facts


def test_a_state_represented_by_someone_unknown_is_not_read_twice(gazetteer):
    facts = facts_of("KAZAN, April 28 - The SCO culture ministers met in Kazan on Tuesday. Kazakhstan was "
                     "represented at the event by Vice Minister of Culture A. Buribayev. A Mongolian delegation also "
                     "attends.", gazetteer, published=date(2009, 4, 28))
    parts = {f[2:4] for f in facts if f[0] == "participation"}
    assert ("-", "mongolia") in parts, facts
    assert ("-", "kazakhstan") not in parts, facts


def test_talks_in_narrow_format_are_a_session_of_the_summit(gazetteer):
    facts = facts_of("UFA, July 10 - The SCO summit was held in Ufa on Friday. Tajik President Emomali Rahmon sat "
                     "down for talks in narrow format with Chinese President Xi Jinping and Kazakh President "
                     "Nursultan Nazarbayev.",
                     gazetteer, published=date(2015, 7, 10))
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2015"}
    assert {"emomali_rahmon", "xi_jinping", "nursultan_nazarbayev"} <= attended, facts
    assert not any(f[0] == "met_with" for f in facts), facts


def test_member_and_observer_states_each_under_their_own_heading(gazetteer):
    facts = facts_of("TASHKENT, June 24 - The SCO summit was held in Tashkent on Friday. The enlarged session brought "
                     "together the heads of the member states China, Kazakhstan and Russia, and the leaders of the "
                     "observer states Belarus, Mongolia and Pakistan.", gazetteer, published=date(2016, 6, 24))
    capacities = {f[3]: f[4] for f in facts if f[0] == "participation"}
    assert capacities == {"china": "Member", "kazakhstan": "Member", "russia": "Member", "belarus": "Observer",
                          "mongolia": "Observer", "pakistan": "Observer"}, facts
    assert ("status", "china", "observerOf", "sco") not in facts, facts


def test_a_minister_of_state_for_a_portfolio_who_joined_through_video(gazetteer):
    facts = facts_of("NEW DELHI, Oct 28 - India today hosted the meeting of SCO trade ministers. Pakistan's Minister "
                     "of State for Commerce and Industry Hamid Qasim Lodhi took part through video conference.",
                     gazetteer, published=date(2020, 10, 28))
    assert ("position", "hamid_qasim_lodhi", "Minister of State for Commerce and Industry", "pakistan") in facts, facts
    assert ("participation", "sco_trade_ministers_meeting_2020", "hamid_qasim_lodhi", "pakistan", "Member",
            "true") in facts, facts


def test_a_weekly_s_item_on_a_first_ever_meeting_and_ministers_round_the_table(gazetteer):
    facts = facts_of("MOSCOW, May 23 - The Council of Foreign Ministers of the SCO member states met in Moscow on "
                     "Friday. Round the table were Marat Tazhin of Kazakhstan and Yang Jiechi of China.\n\n"
                     "Ministers of internal affairs and public security of the six SCO countries held their first ever "
                     "meeting in Yekaterinburg earlier this week.", gazetteer, published=date(2009, 5, 23))
    attended = {f[1:3] for f in facts if f[0] == "participation"}
    assert {("sco_foreign_ministers_council_2009", "marat_tazhin"),
            ("sco_foreign_ministers_council_2009", "yang_jiechi")} <= attended, facts
    assert ("ordinal", "sco_interior_ministers_meeting_2009", "1") in facts, facts


def test_a_since_clause_does_not_date_the_summit(gazetteer):
    facts = facts_of("NUR-SULTAN. President Kassym-Jomart Tokayev has taken part in the Shanghai Cooperation "
                     "Organization summit in Bishkek, his first trip abroad since he was sworn in on June 12. Leaders "
                     "of the eight member countries first met in narrow format: Chinese President Xi Jinping, Russian "
                     "President Vladimir Putin and Tokayev.", gazetteer, published=date(2019, 6, 14))
    assert not any(f[0] == "date" and f[2] == "2019-06-12" for f in facts), facts
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2019"}
    assert {"kassym_jomart_tokayev", "xi_jinping", "vladimir_putin"} <= attended, facts


def test_a_premiers_meeting_through_one_delegation(gazetteer):
    facts = facts_of("ZHENGZHOU, Dec 15 - Minister of State for External Affairs V.K. Singh, who led the Indian "
                     "delegation to the 14th meeting of the SCO Council of Heads of Government, spoke of old ties.\n\n"
                     "The meeting, which opened on Monday with a welcome banquet, brought together Russian Prime "
                     "Minister Dmitry Medvedev and Kazakh Prime Minister Karim Massimov.\n\n"
                     "The meeting comes a week after External Affairs Minister Sushma Swaraj travelled to Islamabad "
                     "for the Heart of Asia conference.", gazetteer, published=date(2015, 12, 15))
    attended = {f[2]: f[3] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_government_council_2015"}
    assert {"v_k_singh": "india", "dmitry_medvedev": "russia", "karim_massimov": "kazakhstan"}.items() <= \
        attended.items(), facts
    assert "sushma_swaraj" not in attended, facts


def test_who_was_asked_about_another_summit_was_not_at_the_news_conference(gazetteer):
    facts = facts_of("QINGDAO, June 10 - The SCO summit ended in Qingdao on Sunday. The heads of state signed 17 "
                     "documents, including the Qingdao Declaration. At the news conference on Sunday afternoon, "
                     "Russian President Vladimir Putin was asked about the G7 summit in Canada, where US President "
                     "Donald Trump backed out of the communique.", gazetteer, published=date(2018, 6, 10))
    assert ("adopted", "sco_heads_of_state_council_2018", "sco_heads_of_state_council_2018_declaration") in facts, facts
    attended = {f[2] for f in facts if f[0] == "participation"}
    assert "vladimir_putin" in attended and "donald_trump" not in attended, facts


def test_a_video_council_read_out_with_heads_of_sco_bodies(gazetteer):
    facts = facts_of("NUR-SULTAN. Prime Minister of Kazakhstan Askar Mamin chaired on Thursday the 20th meeting of "
                     "the Council of Heads of Government of the SCO member states. Kazakhstan took over the "
                     "chairmanship of the Council from India a year ago. Also connected by video link were the prime "
                     "ministers of Kyrgyzstan and Tajikistan. Director of the Executive Committee of the SCO Regional "
                     "Anti-Terrorist Structure J. Giyosov and Chairman of the Council of the SCO Interbank Consortium "
                     "Sirojiddin Ikromi also took part. The meeting adopted the Statement of the SCO Heads of "
                     "Government on trade.", gazetteer, published=date(2021, 11, 25))
    meeting = "sco_heads_of_government_council_2021"
    assert ("chair", meeting, "askar_mamin") in facts, facts
    assert not any(f[0] == "presidency" for f in facts), facts
    assert {("participation", meeting, "-", state, "Member", "true") for state in ("kyrgyzstan", "tajikistan")} <= facts
    assert ("position", "sirojiddin_ikromi", "Chairman of the Council", "sco_interbank_consortium") in facts, facts
    assert ("position", "jumakhon_giyosov", "Director of the Executive Committee",
            "sco_regional_anti_terrorist_structure") in facts, facts
    assert ("adopted", meeting, f"{meeting}_statement") in facts, facts


def test_who_is_also_attending_and_who_attended_before_the_sideline_talks(gazetteer):
    facts = facts_of("TASHKENT, June 24 - The SCO summit was held in Tashkent on Friday. Indian Prime Minister "
                     "Narendra Modi and Pakistani President Mamnoon Hussain attended; Modi and Chinese President Xi "
                     "Jinping met on the sidelines on 23 June. Doval held talks with Nikolai Patrushev, the secretary "
                     "of Russia's Security Council, who is also attending, on the sidelines of the summit.",
                     gazetteer, published=date(2016, 6, 24))
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2016"}
    assert {"narendra_modi", "mamnoon_hussain", "nikolai_patrushev"} <= attended, facts
    assert "xi_jinping" not in attended, facts


def test_a_protocol_list_in_parts_and_a_padded_table_of_delegations(gazetteer):
    facts = facts_of("MOSCOW, Nov 18 - The 24th meeting of the SCO Council of Heads of Government was held in Moscow."
                     "\n\nHeads of delegation of the member states:\n- Prime Minister of the Republic of Tajikistan - "
                     "Kokhir Rasulzoda.\n\nObserver state:\n- Prime Minister of Mongolia - Gombojav Zandanshatar.\n\n"
                     "Permanent bodies:\n- SCO Secretary-General Nurlan Yermekbayev.", gazetteer,
                     published=date(2025, 11, 18))
    meeting = "sco_heads_of_government_council_2025"
    assert {("participation", meeting, "gombojav_zandanshatar", "mongolia", "Observer", "false"),
            ("participation", meeting, "nurlan_yermekbayev", "sco", "PermanentBody", "false")} <= facts, facts
    table = facts_of("SAMARKAND, Sept 16 - The SCO summit was held in Samarkand on Friday.\n\n"
                     "Delegation         | Head of delegation             | Status\n"
                     "-------------------+--------------------------------+-------\n"
                     "China              | President Xi Jinping           | member\n"
                     "Mongolia           | President Ukhnaagiin Khurelsukh | observer\n", gazetteer,
                     published=date(2022, 9, 16))
    assert {("participation", "sco_heads_of_state_council_2022", "xi_jinping", "china", "Member", "false"),
            ("participation", "sco_heads_of_state_council_2022", "ukhnaa_khurelsukh", "mongolia", "Observer",
             "false")} <= table, table


def test_two_councils_of_one_day_in_one_report(gazetteer):
    facts = facts_of("Pakistan, India sit together at SCO defence huddle in Beijing\n\n"
                     "BEIJING (APP): Defence Minister Khurram Dastgir Khan on Tuesday spoke of terrorism, as the "
                     "defence chiefs of the eight-member bloc met in the Chinese capital. India was represented by "
                     "Defence Minister Nirmala Sitharaman.\n\nSeparately, Foreign Minister Khawaja Asif attended the "
                     "meeting of the SCO Council of Foreign Ministers, which was held in Beijing on the same day and "
                     "chaired by Foreign Minister Wang Yi.", gazetteer, published=date(2018, 4, 24))
    attended = {f[1:3] for f in facts if f[0] == "participation"}
    assert {("sco_defence_ministers_meeting_2018", "nirmala_sitharaman"),
            ("sco_foreign_ministers_council_2018", "khawaja_asif")} <= attended, facts
    assert ("chair", "sco_foreign_ministers_council_2018", "wang_yi") in facts, facts
    assert ("sco_foreign_ministers_council_2018", "nirmala_sitharaman") not in attended, facts


def test_official_state_names_initials_and_a_doctor_s_title(gazetteer):
    facts = facts_of("ASTANA, Sept 5 - The IX Meeting of Chairmen of Supreme Courts of the SCO member states was held "
                     "in Astana. The Meeting was chaired by Chairman of the Supreme Court of the Republic of "
                     "Kazakhstan Kairat Mami. Minister of Justice of the Republic of Kazakhstan Marat Beketayev also took part. "
                     "On the eve of the Meeting, K.A. Mami held a bilateral meeting with Chairman of the Supreme Court "
                     "of the Russian Federation V.M. Lebedev. Minister of State for Human Resource Development, Dr. "
                     "Satyapal Singh, led the Indian delegation.", gazetteer, published=date(2014, 9, 5))
    assert ("position", "marat_beketayev", "Justice Minister", "kazakhstan") in facts, facts
    assert ("position", "satyapal_singh", "Minister of State for Human Resource Development", "india") in facts, facts
    people = {f[1] for f in facts if f[0] == "entity" and f[2] == "Person"}
    assert "kairat_mami" in people and not any(p.startswith("kazakhstan_") for p in people), facts


def test_the_chair_signed_with_the_others_on_the_day_the_presidents_met(gazetteer):
    facts = facts_of("SHANGHAI (Kyodo) The presidents of China, Russia and four Central Asian countries, meeting in "
                     "Shanghai on Friday, founded a regional body called the Shanghai Cooperation Organization.\n\n"
                     "Chinese President Jiang Zemin, who presided over the one-day meeting, signed the declaration "
                     "with Russian President Vladimir Putin, Kyrgyz President Askar Akayev and Uzbek President Islam "
                     "Karimov.", gazetteer, published=date(2001, 6, 16))
    meeting = "sco_heads_of_state_council_2001"
    assert ("date", meeting, "2001-06-15") in facts, facts
    assert ("chair", meeting, "jiang_zemin") in facts, facts
    attended = {f[2] for f in facts if f[0] == "participation" and f[1] == meeting}
    assert {"jiang_zemin", "vladimir_putin", "askar_akayev", "islam_karimov"} <= attended, facts


def test_leaders_of_listed_states_signed_and_two_states_sent_lower_ranking_delegations(gazetteer):
    facts = facts_of("ST. PETERSBURG, June 7 (Yonhap) -- The leaders of Russia, China and Kazakhstan signed the "
                     "charter of the Shanghai Cooperation Organization at a one-day summit here Friday. India and "
                     "Pakistan sent lower-ranking delegations.", gazetteer, published=date(2002, 6, 7))
    states = {f[3] for f in facts if f[0] == "participation" and f[1] == "sco_heads_of_state_council_2002"}
    assert {"russia", "china", "kazakhstan", "india", "pakistan"} <= states, facts
    recalled = facts_of("TASHKENT, June 11 - The SCO summit opened in Tashkent. On June 15, 2001, the leaders of "
                        "China, Russia and Kazakhstan signed the declaration founding the SCO.", gazetteer,
                        published=date(2010, 6, 11))
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_state_council_2010" for f in recalled), recalled


def test_each_group_of_a_list_keeps_its_own_standing(gazetteer):
    facts = facts_of("Tashkent, Nov 2, IRNA -- The SCO heads of government met here on Friday. The session brought "
                     "together the heads of government of China, Russia and Tajikistan, and the representatives of "
                     "observer states India, Pakistan and Mongolia.", gazetteer, published=date(2007, 11, 2))
    capacities = {f[3]: f[4] for f in facts if f[0] == "participation"}
    expected = {"china": "Member", "russia": "Member", "tajikistan": "Member", "india": "Observer",
                "mongolia": "Observer"}
    assert {state: capacities.get(state) for state in expected} == expected, facts
    assert ("status", "china", "observerOf", "sco") not in facts, facts


def test_a_joint_declaration_after_a_treaty_and_the_communique_of_the_meeting(gazetteer):
    facts = facts_of("BISHKEK, Aug 16 - The SCO summit was held in Bishkek on Thursday. The six member nations signed "
                     "the Treaty on Long-Term Good-Neighborliness, Friendship and Cooperation and a joint declaration "
                     "calling for security in Central Asia.", gazetteer, published=date(2007, 8, 16))
    assert ("adopted", "sco_heads_of_state_council_2007", "sco_heads_of_state_council_2007_declaration") in facts, facts
    council = facts_of("BISHKEK, Oct 26 - The SCO Council of Heads of Government met in Bishkek on Thursday. After the "
                       "meeting, the leaders signed the joint communique of the meeting and approved the budget.",
                       gazetteer, published=date(2023, 10, 26))
    assert ("adopted", "sco_heads_of_government_council_2023",
            "sco_heads_of_government_council_2023_joint_communique") in council, council


def test_leaders_in_a_city_for_the_summit(gazetteer):
    facts = facts_of("Indian Prime Minister Narendra Modi and Pakistan's Prime Minister Imran Khan were both in "
                     "Bishkek, the capital of Kyrgyzstan, for the two-day annual summit of the Shanghai Cooperation "
                     "Organisation.", gazetteer, published=date(2019, 6, 14))
    assert ("held_in", "sco_heads_of_state_council_2019", "bishkek") in facts, facts


def test_the_council_which_someone_chaired(gazetteer):
    facts = facts_of("TASHKENT, June 24 - Uzbek President Islam Karimov welcomed his guests. Putin and Modi met in the "
                     "morning, before the start of the 16th meeting of the SCO Council of Heads of State, which "
                     "Karimov chaired.", gazetteer, published=date(2016, 6, 24))
    assert ("chair", "sco_heads_of_state_council_2016", "islam_karimov") in facts, facts


def test_a_live_blog_s_chair_and_talks_with_an_acting_prime_minister(gazetteer):
    facts = facts_of("BISHKEK, Nov 3 - The narrow-format meeting of the 15th session of the Council of Heads of "
                     "Government of the SCO member states has started in Bishkek. It is chaired by Sooronbai Jeenbekov."
                     "\n\nOn the sidelines of the council, Dmitry Medvedev met acting Prime Minister Sooronbai "
                     "Jeenbekov at Ala-Archa.", gazetteer, published=date(2016, 11, 3))
    assert ("chair", "sco_heads_of_government_council_2016", "sooronbay_jeenbekov") in facts, facts
    assert any(f[0] == "met_with" and f[1:3] == ("dmitry_medvedev", "sooronbay_jeenbekov") for f in facts), facts


@pytest.mark.parametrize("text", ["Tokayev took part in the summit, his first trip since he was sworn in on June 12.",
                                  "Since June 12, when he was sworn in, Tokayev has made no trip."])
def test_a_since_clause_gives_no_day(text):
    assert sentence_date(text, date(2019, 6, 14)) is None


def test_both_sides_of_talks_beside_a_ministers_meeting_were_at_it(gazetteer):
    text = ("QINGDAO, June 26 - The SCO defence ministers' meeting opened in Qingdao on Thursday. On the sidelines of "
            "the meeting, Indian Defence Minister Rajnath Singh held talks with Russian Defence Minister "
            "Andrei Belousov.")
    facts = facts_of(text, gazetteer, published=date(2025, 6, 26))
    for person, state in (("rajnath_singh", "india"), ("andrei_belousov", "russia")):
        assert ("participation", "sco_defence_ministers_meeting_2025", person, state, "Member", "false") in facts, facts
    # a summit: a leader's talks in town are no seat at the table, and a minister meets no premiers' council as one
    summit = facts_of("ASTANA, July 4 - On the sidelines of the SCO summit, Turkish President Recep Tayyip Erdogan met "
                      "Chinese President Xi Jinping.", gazetteer, published=date(2024, 7, 4))
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_state_council_2024" and f[2] == "xi_jinping"
                   for f in summit), summit
    council = facts_of("BISHKEK, Oct 26 - On the sidelines of the SCO Council of Heads of Government, Indian External "
                       "Affairs Minister S. Jaishankar met Kyrgyz President Sadyr Japarov.", gazetteer,
                       published=date(2023, 10, 26))
    assert not any(f[0] == "participation" and f[1] == "sco_heads_of_government_council_2023"
                   and f[2] == "sadyr_japarov" for f in council), council


def test_a_timeline_s_cards_are_the_meetings_of_their_years(gazetteer):
    text = ("The leaders of the SCO meet in Astana on 15 June 2011 for their tenth summit.\n\n"
            "\u25cf 2008 | DUSHANBE | 28 Aug\n"
            "8th. Host: Tajikistan.\n"
            "Chair: Emomali Rahmon\n\n"
            "\u25cf 2009 | YEKATERINBURG | 16 Jun\n"
            "9th summit. Dmitry Medvedev in the chair.\n\n"
            "\u25cf 2011 | ASTANA | 15 Jun\n"
            "10th. Nazarbayev hosts.")
    facts = facts_of(text, gazetteer, published=date(2011, 6, 14))
    for year, city, ordinal in (("2008", "dushanbe", 8), ("2009", "yekaterinburg", 9)):
        assert ("held_in", f"sco_heads_of_state_council_{year}", city) in facts, facts
        assert ("ordinal", f"sco_heads_of_state_council_{year}", str(ordinal)) in facts, facts
    assert ("chair", "sco_heads_of_state_council_2008", "emomali_rahmon") in facts, facts  # the card's second line
    assert ("chair", "sco_heads_of_state_council_2009", "dmitry_medvedev") in facts, facts
    assert not any(f[0] == "chair" and f[1] == "sco_heads_of_state_council_2011" and f[2] != "nursultan_nazarbayev"
                   for f in facts), facts


@pytest.mark.parametrize("sentence", [
    "Kazakhstan has hosted the summit three times, in Astana in 2005, 2011 and 2017.",
    "Host cities so far: Shanghai (2001, 2006), Astana (2005, 2011, 2017) and Bishkek (2007).",
    "Summit map: 2005 Astana \u00b7 2006 Shanghai \u00b7 2007 Bishkek \u00b7 2011 Astana \u00b7 2017 Astana"])
def test_a_list_of_summit_years_and_cities(gazetteer, sentence):
    facts = facts_of("ASTANA, June 9 - The SCO summit opened in Astana on Friday.\n\n" + sentence, gazetteer,
                     published=date(2017, 6, 9))
    for year in ("2005", "2011"):
        assert ("held_in", f"sco_heads_of_state_council_{year}", "astana") in facts, facts
    assert ("held_in", "sco_heads_of_state_council_2017", "astana") in facts, facts
    assert not any(f[0] == "held_in" and f[2] == "astana" and f[1] not in (
        "sco_heads_of_state_council_2005", "sco_heads_of_state_council_2011", "sco_heads_of_state_council_2017")
        for f in facts), facts


def test_arrivals_with_no_place_and_their_greeters(gazetteer):
    text = ("ASTANA, July 4 - The meeting of the SCO Council of Heads of State opened in Astana on Thursday.\n\n"
            "14:20 | Belarusian President Alexander Lukashenko has arrived. He was met by Prime Minister Olzhas "
            "Bektenov.\n\n"
            "15:05 | Pakistani Prime Minister Shehbaz Sharif has arrived and was greeted at the airport by Foreign "
            "Minister Murat Nurtleu.\n\n"
            "16:30 | Mongolian President Ukhnaa Khurelsukh landed at Astana International Airport.\n\n"
            "17:10 | Putin arrived in Beijing on a state visit.")
    facts = facts_of(text, gazetteer, published=date(2024, 7, 4))
    for person in ("alexander_lukashenko", "shehbaz_sharif", "ukhnaa_khurelsukh"):
        assert any(f[:3] == ("participation", "sco_heads_of_state_council_2024", person) for f in facts), facts
    for greeter in ("olzhas_bektenov", "murat_nurtleu", "vladimir_putin"):  # greeters, and a guest elsewhere
        assert not any(f[0] == "participation" and f[2] == greeter for f in facts), facts


def test_a_chronicle_of_arrivals(gazetteer):
    text = ("BISHKEK, 16.08.2007 - The heads of state arrived in Bishkek for the SCO summit.\n\n"
            "CHRONICLE OF ARRIVALS\n\n15 August\n\n"
            "14.30 - President of the People's Republic of China Hu Jintao. The guest was met by Prime Minister "
            "Almazbek Atambayev.\n\n"
            "16 August\n\n"
            "09.10 - President of the Republic of Tajikistan Emomali Rahmon.\n\n"
            "09.40 - President of the Russian Federation Vladimir Putin.")
    facts = facts_of(text, gazetteer, published=date(2007, 8, 16))
    for person in ("hu_jintao", "emomali_rahmon", "vladimir_putin"):
        assert any(f[:3] == ("participation", "sco_heads_of_state_council_2007", person) for f in facts), facts
    assert not any(f[0] == "participation" and f[2] == "almazbek_atambayev" for f in facts), facts


def test_the_first_summit_that_was_the_sixth_of_the_shanghai_five_and_a_heading_in_capitals(gazetteer):
    text = ("SHANGHAI, June 15 - Five presidents flew in for what the programme called the sixth summit of the "
            "\"Shanghai Five\". Today the gathering became the first summit of the Shanghai Cooperation "
            "Organization.\n\n"
            "WHO'S IN TOWN\n- Jiang Zemin, President of China (host)\n- Vladimir Putin, President of Russia\n"
            "- Islam Karimov, President of Uzbekistan")
    facts = facts_of(text, gazetteer, published=date(2001, 6, 15))
    assert not any(f[1] == "sco_heads_of_state_council_2006" for f in facts), facts  # no summit five years ahead
    for person in ("jiang_zemin", "vladimir_putin", "islam_karimov"):
        assert any(f[:3] == ("participation", "sco_heads_of_state_council_2001", person) for f in facts), facts


def test_a_table_of_who_came_without_titles(gazetteer):
    text = ("DUSHANBE, Sept 18 - The meeting of the SCO Council of Heads of State was held in Dushanbe on Friday.\n\n"
            "COUNTRY      | LEADER                     | HOW            | STATUS\n"
            "-------------|----------------------------|----------------|--------\n"
            "Tajikistan   | Emomali Rahmon (chair)     | in the hall    | member\n"
            "Russia       | Vladimir Putin             | by video link  | member\n"
            "Afghanistan  | -                          | no delegation  | observer\n"
            "Turkmenistan | Gurbanguly Berdimuhamedov  | in the hall    | guest of honour")
    facts = facts_of(text, gazetteer, published=date(2021, 9, 18))
    meeting = "sco_heads_of_state_council_2021"
    assert ("participation", meeting, "emomali_rahmon", "tajikistan", "Member", "false") in facts, facts
    assert ("participation", meeting, "vladimir_putin", "russia", "Member", "true") in facts, facts  # its row's video
    # after a row of no one, the table goes on; a variant spelling of a known leader
    assert ("participation", meeting, "gurbanguly_berdimuhamedow", "turkmenistan", "Guest", "false") in facts, facts


def test_heads_of_disaster_relief_departments_wrapped_up_their_meeting(gazetteer):
    text = ("Heads of the disaster relief departments of the six member states of the Shanghai Cooperation "
            "Organization wrapped up their second meeting in Beijing on Wednesday. Officials and experts from China, "
            "Kazakhstan and Russia attended.")
    facts = facts_of(text, gazetteer, published=date(2006, 11, 22))
    meeting = "sco_emergency_situations_ministers_meeting_2006"
    assert ("held_in", meeting, "beijing") in facts, facts
    assert ("ordinal", meeting, "2") in facts, facts
    for state in ("china", "kazakhstan", "russia"):
        assert ("participation", meeting, "-", state, "Member", "false") in facts, facts


def test_a_plural_title_over_surnames_and_talks_spoken_on_the_margins(gazetteer):
    text = ("2. (U) The eighth meeting of the SCO Council of Heads of State took place August 28 in Dushanbe. "
            "Presidents Nazarbayev, Medvedev, Hu Jintao and Karimov attended.\n\n"
            "3. (C) He confirmed that Nazarbayev spoke with Medvedev on the margins of the summit on August 28.")
    facts = facts_of(text, gazetteer, published=date(2008, 8, 29))
    for person, state in (("nursultan_nazarbayev", "kazakhstan"), ("dmitry_medvedev", "russia"),
                          ("hu_jintao", "china"), ("islam_karimov", "uzbekistan")):
        assert ("participation", "sco_heads_of_state_council_2008", person, state, "Member", "false") in facts, facts
        assert ("position", person, "President", state) in facts, facts
    assert ("met_with", "dmitry_medvedev", "nursultan_nazarbayev", "2008-08-28",
            "sco_heads_of_state_council_2008") in facts, facts


def test_the_next_summit_in_a_factbox_is_not_the_article_s(gazetteer):
    text = ("BISHKEK, AUG 16 - Petroleum minister Murli Deora on Thursday led the Indian delegation at the seventh "
            "summit of the Shanghai Cooperation Organisation in the Kyrgyz capital.\n\n"
            "SCO AT A GLANCE\n- Founded: June 15, 2001, Shanghai\n- Next summit: Dushanbe, 2008")
    facts = facts_of(text, gazetteer, published=date(2007, 8, 17))
    assert any(f[:3] == ("participation", "sco_heads_of_state_council_2007", "murli_deora") for f in facts), facts
    assert not any(f[0] == "participation" and f[1] != "sco_heads_of_state_council_2007" for f in facts), facts


def test_talks_on_the_sidelines_with_someone_over_two_days_have_no_day(gazetteer):
    text = ("ISLAMABAD, Oct 17 - The 23rd meeting of the SCO Council of Heads of Government was held in Islamabad on "
            "October 15-16.\n\nOver the two days Shehbaz Sharif also held separate meetings on the sidelines with "
            "Roman Golovchenko and Kokhir Rasulzoda.")
    facts = facts_of(text, gazetteer, published=date(2024, 10, 17))
    for other in ("kokhir_rasulzoda", "roman_golovchenko"):
        pair = sorted([other, "shehbaz_sharif"])
        assert ("met_with", *pair, "-", "sco_heads_of_government_council_2024") in facts, facts


def test_a_list_for_the_member_states_and_talks_beside_another_ministers_meeting(gazetteer):
    text = ("The 20th meeting of the SCO Council of Heads of State on November 10 was chaired by Russian President "
            "Vladimir Putin. For the member states: Prime Minister Narendra Modi, Chinese President Xi Jinping and "
            "Uzbek President Shavkat Mirziyoyev.\n\n"
            "Days earlier, Defence Minister Rajnath Singh had met his Chinese counterpart Wei Fenghe in the Russian "
            "capital, on the margins of the SCO defence ministers' meeting.")
    facts = facts_of(text, gazetteer, published=date(2020, 11, 11))
    for person in ("narendra_modi", "xi_jinping", "shavkat_mirziyoyev"):
        assert any(f[:3] == ("participation", "sco_heads_of_state_council_2020", person) for f in facts), facts
    assert ("met_with", "rajnath_singh", "wei_fenghe", "-", "sco_defence_ministers_meeting_2020") in facts, facts


def test_premiers_closed_their_council_and_one_met_the_others_premiers(gazetteer):
    text = ("TASHKENT, Nov 29 - SCO heads of government closed their two-day council in Tashkent today. Also at the "
            "table: Kyrgyz Prime Minister Zhantoro Satybaldiyev and Tajik Prime Minister Kokhir Rasulzoda.\n\n"
            "On the margins Chinese Premier Li Keqiang met the Kyrgyz and Tajik premiers one after another.")
    facts = facts_of(text, gazetteer, published=date(2013, 11, 29))
    assert ("held_in", "sco_heads_of_government_council_2013", "tashkent") in facts, facts
    for other in ("kokhir_rasulzoda", "zhantoro_satybaldiyev"):
        pair = sorted([other, "li_keqiang"])
        assert ("met_with", *pair, "2013-11-29", "sco_heads_of_government_council_2013") in facts, facts


def test_the_council_was_chaired_and_a_six_member_body_and_a_nominal_observer(gazetteer):
    text = ("TIANJIN, July 15 - The meeting of the SCO Council of Foreign Ministers was held in Tianjin on Tuesday. "
            "The council was chaired by Chinese Foreign Minister Wang Yi. The six-member body groups China, Russia, "
            "Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan. Afghanistan, nominally an SCO observer, had no seat.")
    facts = facts_of(text, gazetteer, published=date(2025, 7, 15))
    assert ("chair", "sco_foreign_ministers_council_2025", "wang_yi") in facts, facts
    assert ("status", "tajikistan", "memberOf", "sco") in facts, facts
    assert ("status", "afghanistan", "observerOf", "sco") in facts, facts


def test_in_the_capital_city_for_the_meeting(gazetteer):
    text = ("National security adviser Ajit Doval on Wednesday joined his counterparts from the SCO in the Tajik "
            "capital, Dushanbe, for the annual meeting of the secretaries of security councils of the grouping.")
    facts = facts_of(text, gazetteer, published=date(2021, 6, 23))
    assert ("held_in", "sco_security_council_secretaries_meeting_2021", "dushanbe") in facts, facts
    translated = facts_of("In Bishkek took place the 14th meeting of secretaries of Security Councils of SCO member "
                          "states.", gazetteer, published=date(2019, 5, 15))
    assert ("held_in", "sco_security_council_secretaries_meeting_2019", "bishkek") in translated, translated


def test_their_numbered_meeting_in_this_resort_city(gazetteer):
    text = ("SANYA, Hainan - Prosecutors-general of SCO member states on Wednesday pledged to share more "
            "information at their 14th meeting, held in this southern Chinese resort city. The meeting brought "
            "together the heads of prosecution services of China, Kazakhstan and Russia.")
    facts = facts_of(text, gazetteer, published=date(2016, 11, 30))
    meeting = "sco_prosecutors_general_meeting_2016"
    assert ("held_in", meeting, "sanya") in facts and ("entity", "sanya", "City") in facts, facts
    assert ("ordinal", meeting, "14") in facts, facts
    assert ("participation", meeting, "-", "kazakhstan", "Member", "false") in facts, facts
    # a past meeting the ministers had at no number is no meeting of theirs the article reports
    other = facts_of("TASHKENT - The tenth summit of the SCO, held here on Friday, ended with the leaders approving "
                     "a text the foreign ministers had agreed at their meeting here in May.", gazetteer,
                     published=date(2010, 6, 11))
    assert ("meeting", "sco_heads_of_state_council_2010", "HeadsOfStateCouncilMeeting") in other, other


def test_a_translation_s_hyphenated_ordinal(gazetteer):
    facts = facts_of("TASHKENT, 12 April - The 15-th meeting of the Council of the SCO Regional Anti-Terrorist "
                     "Structure was held in Tashkent on Friday.", gazetteer, published=date(2010, 4, 12))
    assert ("ordinal", "sco_rats_council_meeting_2010", "15") in facts, facts


def test_the_leaders_of_the_four_observer_states_and_a_chair_who_presided_from_home(gazetteer):
    text = ("NEW DELHI - Modi spoke at the 20th meeting of the SCO Council of Heads of State on Tuesday. Russian "
            "President Vladimir Putin presided from his residence outside Moscow. The heads of state of Kazakhstan and "
            "Uzbekistan, and leaders of the four observer states, Afghanistan, Belarus, Iran and Mongolia, also took "
            "part.")
    facts = facts_of(text, gazetteer, published=date(2020, 11, 11))
    meeting = "sco_heads_of_state_council_2020"
    assert ("chair", meeting, "vladimir_putin") in facts, facts
    assert ("participation", meeting, "-", "kazakhstan", "Member", "false") in facts, facts
    assert ("participation", meeting, "-", "belarus", "Observer", "false") in facts, facts


def test_top_prosecutors_ended_their_first_ever_meeting_at_a_guest_hotel(gazetteer):
    text = ("Top prosecutors from the six member states of the Shanghai Cooperation Organization ended their "
            "first-ever joint meeting in Shanghai yesterday. The two-day session at the Xijiao State Guest Hotel "
            "brought together delegations of China, Kazakhstan and Russia.")
    facts = facts_of(text, gazetteer, published=date(2002, 11, 2))
    meeting = "sco_prosecutors_general_meeting_2002"
    assert ("held_in", meeting, "shanghai") in facts and ("ordinal", meeting, "1") in facts, facts
    assert ("participation", meeting, "-", "china", "Member", "false") in facts, facts  # no guest of a hotel


def test_the_next_day_of_a_clause_about_the_partners_is_not_the_talks_day(gazetteer):
    text = ("SAMARKAND - The SCO summit ended in Samarkand on Friday. Russian President Vladimir Putin attended, as "
            "did Prime Minister Shehbaz Sharif of Pakistan.\n\nMr. Putin also held talks on Thursday with Mr. Sharif "
            "and with President Ebrahim Raisi of Iran, both of whom addressed the summit the next day.")
    facts = facts_of(text, gazetteer, published=date(2022, 9, 17))
    for other in ("ebrahim_raisi", "shehbaz_sharif"):
        pair = sorted([other, "vladimir_putin"])
        assert any(f[0] == "met_with" and f[1:4] == (*pair, "2022-09-15") for f in facts), facts


def test_and_a_session_the_following_day_is_another_clause_than_the_talks(gazetteer):
    text = ("TIANJIN - President Recep Tayyip Erdogan is at the SCO summit hosted by Chinese President Xi Jinping. "
            "At last year's gathering in Astana, Erdogan held talks with Russian President Vladimir Putin on July 3, "
            "2024, on the sidelines, and attended the SCO Plus session the following day.")
    facts = facts_of(text, gazetteer, published=date(2025, 9, 1))
    assert any(f[:4] == ("met_with", "recep_tayyip_erdogan", "vladimir_putin", "2024-07-03") for f in facts), facts


def test_sat_down_with_his_host_and_a_working_lunch(gazetteer):
    text = ("TIANJIN - President Recep Tayyip Erdogan is at the SCO summit hosted by Chinese President Xi Jinping. "
            "On Sunday, shortly after his plane landed, Erdogan sat down with his host Xi. On Monday he had a working "
            "lunch with Pakistani Prime Minister Shehbaz Sharif.")
    facts = facts_of(text, gazetteer, published=date(2025, 9, 1))
    assert any(f[:4] == ("met_with", "recep_tayyip_erdogan", "xi_jinping", "2025-08-31") for f in facts), facts
    assert any(f[:4] == ("met_with", "recep_tayyip_erdogan", "shehbaz_sharif", "2025-09-01") for f in facts), facts


def test_what_two_leaders_did_not_have_was_a_meeting(gazetteer):
    text = ("BISHKEK - Prime Minister Narendra Modi and Prime Minister Imran Khan attended the SCO summit here. "
            "What Mr Modi and Mr Khan did not have was a meeting with each other.")
    facts = facts_of(text, gazetteer, published=date(2019, 6, 15))
    assert not any(f[0] == "met_with" for f in facts), facts


def test_next_year_s_summit_in_another_city_is_not_this_one(gazetteer):
    text = ("BISHKEK - The leaders of the SCO met at the Ala-Archa residence on June 13th and 14th. Next year Russia "
            "is due to host the summit in Chelyabinsk. The Bishkek summit produced no surprises.")
    facts = facts_of(text, gazetteer, published=date(2019, 6, 15))
    assert ("held_in", "sco_heads_of_state_council_2019", "bishkek") in facts, facts
    assert not any(f[0] == "held_in" and f[2] == "chelyabinsk" for f in facts), facts


def test_officials_of_the_ministries_and_railway_chiefs_from_a_list_of_states(gazetteer):
    officials = facts_of("DUSHANBE - The first meeting of SCO energy ministers was held in Dushanbe on Friday. "
                         "Officials of the relevant ministries and agencies of Tajikistan, India and Kazakhstan, as "
                         "well as staff of the SCO Secretariat, attended the event.", gazetteer,
                         published=date(2021, 8, 13))
    meeting = "sco_energy_ministers_meeting_2021"
    assert ("participation", meeting, "-", "india", "Member", "false") in officials, officials
    chiefs = facts_of("DUSHANBE - The heads of the railway administrations of the SCO member states met by video link "
                      "on Thursday. Railway chiefs or their deputies from Pakistan, Russia and Uzbekistan joined.",
                      gazetteer, published=date(2021, 8, 19))
    assert any(f[:5] == ("participation", "sco_railway_administration_heads_meeting_2021", "-", "pakistan", "Member")
               for f in chiefs), chiefs


def test_spoke_for_the_observer_states_and_a_first_appearance(gazetteer):
    text = ("DUSHANBE - The SCO summit opened in Dushanbe on Thursday, chaired by Tajik President Emomali Rahmon. "
            "Mongolian President Nambaryn Enkhbayar spoke for the observer states. Iranian President Mahmoud "
            "Ahmadinejad made his first appearance at an SCO summit.")
    facts = facts_of(text, gazetteer, published=date(2008, 8, 28))
    meeting = "sco_heads_of_state_council_2008"
    assert ("participation", meeting, "nambaryn_enkhbayar", "mongolia", "Observer", "false") in facts, facts
    assert ("participation", meeting, "mahmoud_ahmadinejad", "iran", "Observer", "false") in facts, facts


def test_a_city_received_the_premiers_for_their_numbered_meeting(gazetteer):
    text = ("ASTANA - Over two days the capital received the heads of government of the Shanghai Cooperation "
            "Organization for their thirteenth meeting, on 14 and 15 December. Kazakhstan chairs the council this "
            "year and hosted the gathering; Prime Minister Karim Massimov presided.\n\nChinese Premier Li Keqiang "
            "landed first, on Sunday afternoon. Russian Prime Minister Dmitry Medvedev arrived later that night.\n\n"
            "In September Mr Massimov's president flew to Dushanbe for the SCO summit.")
    facts = facts_of(text, gazetteer, published=date(2014, 12, 16))
    meeting = "sco_heads_of_government_council_2014"
    assert ("ordinal", meeting, "13") in facts and ("chair", meeting, "karim_massimov") in facts, facts
    assert ("participation", meeting, "li_keqiang", "china", "Member", "false") in facts, facts
    assert ("participation", meeting, "dmitry_medvedev", "russia", "Member", "false") in facts, facts
    assert ("meeting", "sco_heads_of_state_council_2014", "HeadsOfStateCouncilMeeting") in facts, facts


def test_a_city_and_the_dateline_s_capital_hosted_the_meeting(gazetteer):
    city = facts_of("On 4-5 September 2014 Astana hosted the IX Meeting of Chairmen of Supreme Courts of the Member "
                    "States of the Shanghai Cooperation Organization.", gazetteer, published=date(2014, 9, 5))
    assert ("held_in", "sco_supreme_court_presidents_meeting_2014", "astana") in city, city
    capital = facts_of('DUSHANBE, 28.07.2021 (NIAT "Khovar"). - Today the capital hosted the eighteenth meeting of the '
                       "Defence Ministers of the Member States of the Shanghai Cooperation Organization.", gazetteer,
                       published=date(2021, 7, 28))
    assert ("held_in", "sco_defence_ministers_meeting_2021", "dushanbe") in capital, capital


def test_the_summit_a_meeting_prepares_in_a_later_month_is_this_year_s():
    from loader.extraction.meetings import find_meetings

    found = find_meetings("Meeting prepares the leaders' summit in Samarkand in September", date(2022, 7, 29))
    assert [(m.year, m.month, m.city_word) for m in found] == [(2022, 9, "Samarkand")]


def test_the_heads_of_state_of_four_or_more_member_states_met(gazetteer):
    text = ("SHANGHAI - On Friday, 15 June, the heads of state of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan "
            "and Uzbekistan met in the main hall of the centre and proclaimed the Shanghai Cooperation Organization. "
            "Chinese President Jiang Zemin presided.")
    facts = facts_of(text, gazetteer, published=date(2001, 6, 16))
    assert ("meeting", "sco_heads_of_state_council_2001", "HeadsOfStateCouncilMeeting") in facts, facts
    assert ("chair", "sco_heads_of_state_council_2001", "jiang_zemin") in facts, facts
    # three states may be another group's: Russia, India and China meet as RIC
    other = facts_of("MOSCOW - The foreign ministers of China, Russia and India met in Moscow on Friday.", gazetteer,
                     published=date(2020, 9, 11))
    assert not any(f[0] == "meeting" for f in other), other


def test_in_the_hall_in_person_flew_in_from_and_a_timeline_s_presides(gazetteer):
    text = ("DUSHANBE - The SCO summit opened in Dushanbe on Friday, chaired by Tajik President Emomali Rahmon. Kazakh "
            "President Kassym-Jomart Tokayev spoke first.\n\nIn the hall: Tokayev, Kyrgyz President Sadyr Japarov and "
            "Rahmon himself. The presidents of Uzbekistan and Turkmenistan were in the Tajik capital in person. "
            "Russian President Vladimir Putin flew in from Moscow, Chinese President Xi Jinping from Beijing.")
    facts = facts_of(text, gazetteer, published=date(2021, 9, 17))
    meeting = "sco_heads_of_state_council_2021"
    assert ("participation", meeting, "sadyr_japarov", "kyrgyzstan", "Member", "false") in facts, facts
    assert ("participation", meeting, "-", "uzbekistan", "Member", "false") in facts, facts
    assert ("participation", meeting, "vladimir_putin", "russia", "Member", "false") in facts, facts
    assert ("participation", meeting, "xi_jinping", "china", "Member", "false") in facts, facts
    card = facts_of("2007 -- Bishkek: the SCO summit is held in Bishkek. Kurmanbek Bakiyev presides.", gazetteer,
                    published=date(2014, 9, 11))
    assert ("chair", "sco_heads_of_state_council_2007", "kurmanbek_bakiyev") in card, card


def test_a_family_photo_line_names_who_was_there(gazetteer):
    text = ("SAMARKAND - The SCO summit opened in Samarkand on Friday.\n\nFamily photo of the leaders on the terrace: "
            "Chinese President Xi Jinping and Russian President Vladimir Putin; further along Indian Prime Minister "
            "Narendra Modi.")
    facts = facts_of(text, gazetteer, published=date(2022, 9, 16))
    assert ("participation", "sco_heads_of_state_council_2022", "narendra_modi", "india", "Member", "false") in facts, \
        facts


def test_signed_by_a_long_table_all_in_the_hall_the_frame_and_a_bare_chaired(gazetteer):
    text = ("BISHKEK - The SCO summit was held in Bishkek on Friday, chaired by Kyrgyz President Sooronbay Jeenbekov. "
            "Indian Prime Minister Narendra Modi and Pakistani Prime Minister Imran Khan spoke.\n\nThe documents were "
            "signed by Jeenbekov and Tajik President Emomali Rahmon. Modi and Khan sat at the same long table. "
            "Russian Foreign Minister Sergei Lavrov and China's Foreign Minister Wang Yi were all in the hall.\n\n"
            "Also in the frame: Kazakh PM Olzhas Bektenov.")
    facts = facts_of(text, gazetteer, published=date(2019, 6, 14))
    meeting = "sco_heads_of_state_council_2019"
    for agent, state in (("emomali_rahmon", "tajikistan"), ("imran_khan", "pakistan"), ("wang_yi", "china"),
                         ("olzhas_bektenov", "kazakhstan")):
        assert ("participation", meeting, agent, state, "Member", "false") in facts, (agent, facts)
    chaired = facts_of("ST PETERSBURG - The SCO heads of government met in St Petersburg on Monday. Russian Prime "
                       "Minister Vladimir Putin chaired.", gazetteer, published=date(2011, 11, 8))
    assert ("chair", "sco_heads_of_government_council_2011", "vladimir_putin") in chaired, chaired


def test_around_that_table_completed_the_picture_and_a_card_s_in_person(gazetteer):
    text = ("TIANJIN - The SCO summit was held in Tianjin on Monday.\n\nAround that table too: UN Secretary-General "
            "Antonio Guterres. Kyrgyz Foreign Minister Jeenbek Kulubaev completed the picture.\n\nBelarusian President "
            "Alexander Lukashenko - in person")
    facts = facts_of(text, gazetteer, published=date(2025, 9, 2))
    meeting = "sco_heads_of_state_council_2025"
    assert ("participation", meeting, "antonio_guterres", "united_nations", "InternationalOrganization", "false") \
        in facts, facts
    assert ("participation", meeting, "jeenbek_kulubaev", "kyrgyzstan", "Member", "false") in facts, facts
    assert ("participation", meeting, "alexander_lukashenko", "belarus", "Member", "false") in facts, facts


def test_heads_and_representatives_of_administrations_take_part_and_told_the_session(gazetteer):
    text = ("TASHKENT - The first meeting of the heads of railway administrations of the SCO member states opened in "
            "Tashkent today. The heads and representatives of the railway administrations of India, Kazakhstan and "
            "Russia take part in the meeting.")
    facts = facts_of(text, gazetteer, published=date(2018, 9, 19))
    for state in ("india", "kazakhstan", "russia"):
        assert ("participation", "sco_railway_administration_heads_meeting_2018", "-", state, "Member", "false") \
            in facts, (state, facts)
    told = facts_of("TASHKENT - Iranian First Vice-President Parviz Davoodi told the SCO heads of government session "
                    "here on Friday that Iran was ready to take part in its projects. The session was chaired by Uzbek "
                    "Prime Minister Shavkat Mirziyoyev.", gazetteer, published=date(2007, 11, 2))
    assert any(f[:3] == ("participation", "sco_heads_of_government_council_2007", "parviz_davoudi") for f in told), told
    refused = facts_of("ISLAMABAD - Pakistan's Prime Minister Imran Khan did not take part in the SCO heads of "
                       "government meeting held by video on Monday.", gazetteer, published=date(2020, 12, 1))
    assert not any(f[0] == "participation" and f[2] == "imran_khan" for f in refused), refused


def test_an_observer_of_the_shanghai_five_is_no_observer_of_the_sco(gazetteer):
    facts = facts_of("-- July 5, 2000, Dushanbe: the fifth summit of the Shanghai Five; Uzbek President Islam Karimov "
                     "takes part as an observer.", gazetteer, published=date(2012, 5, 11))
    assert ("participation", "shanghai_five_summit_2000", "islam_karimov", "uzbekistan", "Observer", "false") \
        in facts, facts
    assert ("status", "uzbekistan", "observerOf", "sco") not in facts, facts


def test_a_chronology_under_year_headings_numbers_its_summits(gazetteer):
    text = ("SCO: CHRONOLOGY OF MAIN EVENTS\n\n2002\n\n7 June, St. Petersburg - Second summit. The heads of state "
            "sign the SCO Charter.\n\n2003\n\n29 May, Moscow - Third summit, chaired by President Nursultan "
            "Nazarbayev of Kazakhstan.\n\n23 September, Beijing - Second meeting of the heads of government.\n\n"
            "2004\n\n23 September, Bishkek - Meeting of the heads of government.")
    facts = facts_of(text, gazetteer, published=None, name="embassy-chronology")
    for fact in (("held_in", "sco_heads_of_state_council_2002", "saint_petersburg"),
                 ("ordinal", "sco_heads_of_state_council_2002", "2"),
                 ("date", "sco_heads_of_state_council_2003", "2003-05-29"),
                 ("held_in", "sco_heads_of_state_council_2003", "moscow"),
                 ("chair", "sco_heads_of_state_council_2003", "nursultan_nazarbayev"),
                 ("date", "sco_heads_of_government_council_2003", "2003-09-23"),
                 ("held_in", "sco_heads_of_government_council_2004", "bishkek")):
        assert fact in facts, (fact, facts)
    # "the first summit held by video link" counts no summit
    video = facts_of("November 2020 - first summit held by video link, chaired by Russian President Vladimir Putin.",
                     gazetteer, published=date(2021, 6, 15))
    assert not any(f[0] == "ordinal" for f in video), video


def test_a_digest_s_next_paragraph_calls_the_meeting_it_reported_the_event(gazetteer):
    text = ("SCO Secretary-General: main activities of the week\n\nEnvironment meeting\n\nOn 18 April, the "
            "Secretary-General took part in the fourth Meeting of Heads of Ministries and Agencies of SCO Member "
            "States Responsible for Environmental Protection, held via video conference.\n\nDefence ministers in "
            "New Delhi\n\nOn 28 April, the Secretary-General attended the meeting of defence ministers of the SCO "
            "member states, hosted by India in New Delhi on 28 April.\n\nThe event was attended by the defence "
            "ministers of the member states: Li Shangfu (China) and Sergei Shoigu (Russia). Defence Minister of "
            "Belarus Viktor Khrenin also attended.")
    facts = facts_of(text, gazetteer, published=date(2023, 4, 29))
    assert any(f[:3] == ("participation", "sco_defence_ministers_meeting_2023", "viktor_khrenin") for f in facts), \
        facts  # the whole paragraph
    for agent, state in (("li_shangfu", "china"), ("sergei_shoigu", "russia")):
        assert ("participation", "sco_defence_ministers_meeting_2023", agent, state, "Member", "false") in facts, facts
        assert not any(f[:3] == ("participation", "sco_environment_ministers_meeting_2023", agent) for f in facts)


def test_delegations_some_of_them_by_video_are_not_all_remote(gazetteer):
    text = ("Tashkent, 17 May (UzA). The first meeting of the heads of plant quarantine services of the SCO member "
            "states was held in Tashkent today. Delegations of India, Kazakhstan and China, some of them via "
            "videoconference, took part.")
    facts = facts_of(text, gazetteer, published=date(2022, 5, 17))
    for state in ("india", "kazakhstan", "china"):
        assert ("participation", "sco_plant_quarantine_service_heads_meeting_2022", "-", state, "Member", "false") \
            in facts, (state, facts)


def test_a_dated_timeline_s_year_headings_and_its_items_summits(gazetteer):
    text = ("Afghanistan and the SCO: a timeline\n\nBy the Research Desk | Last updated: 20 September 2021\n\n"
            "The SCO foreign ministers met in Dushanbe on 14 July 2021.\n\n2004\n17 June, Tashkent - President Hamid "
            "Karzai attends an SCO summit for the first time, as a guest.\n\n2013\n13 September, Bishkek - Karzai "
            "speaks at the summit chaired by Kyrgyz President Almazbek Atambayev.")
    facts = facts_of(text, gazetteer, published=date(2021, 9, 20), name="afghanistan-timeline")
    for fact in (("held_in", "sco_heads_of_state_council_2004", "tashkent"),
                 ("date", "sco_heads_of_state_council_2004", "2004-06-17"),
                 ("chair", "sco_heads_of_state_council_2013", "almazbek_atambayev")):
        assert fact in facts, (fact, facts)


def test_other_groups_summits_are_meetings_of_their_own(gazetteer):
    text = ("MOSCOW - Russian President Vladimir Putin attended the SCO summit in Astana on July 4 and the BRICS "
            "summit in Kazan on October 23. Modi will attend the G20 summit next month.")
    facts = facts_of(text, gazetteer, published=date(2024, 10, 25))
    assert ("meeting", "brics_summit_2024", "Meeting") in facts, facts
    assert ("held_in", "brics_summit_2024", "kazan") in facts, facts
    assert ("participation", "sco_heads_of_state_council_2024", "vladimir_putin", "russia", "Member", "false") \
        in facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("g20") for f in facts), facts  # still to come
    # the SCO's standings are not BRICS's
    assert not any(f[0] == "participation" and f[1] == "brics_summit_2024" and f[4] != "-" for f in facts), facts


def test_the_sco_s_one_off_meetings(gazetteer):
    joint = facts_of("DUSHANBE - On the same day, a joint meeting of the heads of state of the SCO and CSTO on "
                     "Afghanistan was held in Dushanbe, chaired by Tajik President Emomali Rahmon.", gazetteer,
                     published=date(2021, 9, 18))
    assert ("chair", "sco_csto_joint_meeting_on_afghanistan_2021", "emomali_rahmon") in joint, joint
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads_of_state") for f in joint), joint
    conference = facts_of("MOSCOW - Foreign Minister Rangin Dadfar Spanta led the Afghan delegation to the Special "
                          "Conference on Afghanistan convened under the SCO in Moscow on Friday.", gazetteer,
                          published=date(2009, 3, 28))
    assert ("held_in", "sco_special_conference_on_afghanistan_2009", "moscow") in conference, conference
    assert any(f[:3] == ("participation", "sco_special_conference_on_afghanistan_2009", "rangin_dadfar_spanta")
               for f in conference), conference
    group = facts_of("DUSHANBE - The ministers then held a meeting of the SCO-Afghanistan Contact Group on Wednesday.",
                     gazetteer, published=date(2021, 7, 15))
    assert ("meeting", "sco_afghanistan_contact_group_meeting_2021", "Meeting") in group, group


def test_the_items_of_a_bulleted_fact_box(gazetteer):
    text = ("SCO foreign ministers meet by video\n\nAbout SCO (static GK):\n\n• Founded: 15 June 2001, in Shanghai\n"
            "• Members (8): China, India, Kazakhstan, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan\n"
            "• Observers (4): Afghanistan, Belarus, Iran, Mongolia\n"
            "• Dialogue partners (6): Armenia, Azerbaijan, Cambodia, Nepal, Sri Lanka, Turkey")
    facts = facts_of(text, gazetteer, published=date(2020, 5, 14))
    for state, relation in (("uzbekistan", "memberOf"), ("mongolia", "observerOf"), ("turkey", "dialoguePartnerOf")):
        assert ("status", state, relation, "sco") in facts, (state, facts)


def test_the_following_order_our_table_and_other_participants_with_an_aside(gazetteer):
    order = facts_of("DUSHANBE - The SCO summit opened in Dushanbe today. The heads of the member states came in the "
                     "following order: President of the Kyrgyz Republic Almazbek Atambayev and President of the "
                     "Russian Federation Vladimir Putin.", gazetteer, published=date(2014, 9, 12))
    assert ("participation", "sco_heads_of_state_council_2014", "almazbek_atambayev", "kyrgyzstan", "Member",
            "false") in order, order
    table = facts_of("ASTANA - The SCO summit was held in Astana today. For the first time the First Vice President of "
                     "Iran, Mr Mohammad Reza Aref, sat at our table.", gazetteer, published=date(2005, 7, 5))
    assert ("participation", "sco_heads_of_state_council_2005", "mohammad_reza_aref", "iran", "Observer", "false") \
        in table, table
    others = facts_of("ASTANA - The SCO defence ministers met in Astana on Friday.\n- Other participants: China's "
                      "Defence Minister Admiral Dong Jun, Belarusian Defence Minister Lt Gen Viktor Khrenin (Belarus "
                      "is currently an observer) and SCO Secretary-General Zhang Ming.", gazetteer,
                      published=date(2024, 4, 27))
    meeting = "sco_defence_ministers_meeting_2024"
    assert ("participation", meeting, "viktor_khrenin", "belarus", "Observer", "false") in others, others
    assert ("participation", meeting, "dong_jun", "china", "Member", "false") in others, others


def test_ministers_who_met_and_cleared_documents_for_next_month_s_summit(gazetteer):
    text = ("SCO foreign ministers clear documents for Dushanbe summit\n\nDUSHANBE, July 25 (Xinhua) -- Foreign "
            "ministers of the Shanghai Cooperation Organization (SCO) met in Dushanbe on Friday and approved the draft "
            "documents to be signed by the group's heads of state at their summit in the Tajik capital next month.\n\n"
            "Tajik Foreign Minister Hamrokhon Zarifi chaired the meeting.")
    facts = facts_of(text, gazetteer, published=date(2008, 7, 25))
    assert ("date", "sco_foreign_ministers_council_2008", "2008-07-25") in facts, facts
    assert ("chair", "sco_foreign_ministers_council_2008", "hamrokhon_zarifi") in facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads_of_state") for f in facts), facts


def test_a_three_way_meeting_of_three_named_leaders(gazetteer):
    text = ("UFA - On Thursday, July 9, the second trilateral meeting of President Tsakhiagiin Elbegdorj, President "
            "Vladimir Putin and President Xi Jinping took place in Ufa.")
    facts = facts_of(text, gazetteer, published=date(2015, 7, 10))
    meeting = "trilateral_tsakhiagiin_elbegdorj_vladimir_putin_xi_jinping_2015_07_09"
    assert {("meeting", meeting, "Meeting"), ("held_in", meeting, "ufa"), ("ordinal", meeting, "2"),
            ("participation", meeting, "xi_jinping", "china", "-", "false")} <= facts, facts
    both = facts_of("On Monday, Russian President Dmitry Medvedev held separate talks on the sidelines of the summit "
                    "with Pakistani President Asif Ali Zardari and Afghan President Hamid Karzai, followed by a "
                    "trilateral meeting of the three leaders.", gazetteer, published=date(2009, 6, 16))
    assert any(f[0] == "meeting" and f[1].startswith("trilateral_asif_ali_zardari_dmitry_medvedev_hamid_karzai")
               for f in both), both
    assert any(f[0] == "meeting" and f[1].startswith("bilateral_asif_ali_zardari_dmitry_medvedev") for f in both), both


def test_also_represented_and_a_caption_at_the_family_photo(gazetteer):
    also = facts_of("NEW DELHI - The SCO defence ministers met in New Delhi on Friday. Uzbekistan and Kyrgyzstan were "
                    "also represented.", gazetteer, published=date(2023, 4, 28))
    assert ("participation", "sco_defence_ministers_meeting_2023", "-", "uzbekistan", "Member", "false") in also, also
    photo = facts_of("TIANJIN - The SCO summit opened in Tianjin on Monday.\n\n[Photo: Sadyr Japarov, Xi Jinping and "
                     "Kassym-Jomart Tokayev at the family photo session of the SCO summit in Tianjin]", gazetteer,
                     published=date(2025, 9, 1))
    assert ("participation", "sco_heads_of_state_council_2025", "kassym_jomart_tokayev", "kazakhstan", "Member",
            "false") in photo, photo


def test_leaders_who_signed_at_a_meeting_the_sentence_names_in_another_year(gazetteer):
    text = ("BEIJING - The SCO turns 20 this week.\n\nThe SCO summit was held in Shanghai on June 15, 2001, where the "
            "presidents of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan signed the founding "
            "declaration.")
    facts = facts_of(text, gazetteer, published=date(2021, 6, 15))
    assert ("participation", "sco_heads_of_state_council_2001", "-", "uzbekistan", "Member", "false") in facts, facts


def test_a_rats_director_title_written_first_and_talks_last_october(gazetteer):
    rats = facts_of("TIANJIN - The SCO foreign ministers met in Tianjin on Tuesday. RATS Executive Committee Director "
                    "Ularbek Sharsheev also attended.", gazetteer, published=date(2025, 7, 15))
    assert ("position", "ularbek_sharsheev", "Director of the Executive Committee",
            "sco_regional_anti_terrorist_structure") in rats, rats
    kazan = facts_of("BEIJING - Jaishankar said ties had been improving since Prime Minister Narendra Modi and "
                     "President Xi Jinping met in Kazan last October.", gazetteer, published=date(2025, 7, 15))
    assert ("meeting", "bilateral_narendra_modi_xi_jinping_2024", "BilateralMeeting") in kazan, kazan


def test_talks_on_the_sidelines_then_with_and_leaders_who_met_at_a_residence(gazetteer):
    sidelines = facts_of("QINGDAO - Belarusian Defence Minister Viktor Khrenin held talks on the sidelines of the SCO "
                         "defence ministers' meeting with Chinese Defence Minister Dong Jun.", gazetteer,
                         published=date(2025, 6, 26))
    assert any(f[0] == "met_with" and f[1:3] == ("dong_jun", "viktor_khrenin") for f in sidelines), sidelines
    residence = facts_of("YEKATERINBURG - Russian President Dmitry Medvedev and Kazakh President Nursultan Nazarbayev "
                         "met at the Ural state residence shortly after the Kazakh President's arrival.", gazetteer,
                         published=date(2009, 6, 15))
    assert any(f[0] == "met_with" and f[1:3] == ("dmitry_medvedev", "nursultan_nazarbayev") for f in residence), \
        residence
    greeted = facts_of("TASHKENT - Kazakh President Nursultan Nazarbayev was met at the airport by Uzbek Prime "
                       "Minister Shavkat Mirziyoyev.", gazetteer, published=date(2016, 6, 23))
    assert not any(f[0] == "met_with" for f in greeted), greeted


def test_who_was_there_sent_arrived_by_evening_and_at_the_summit(gazetteer):
    sent = facts_of("ALMATY - The SCO summit opened in Almaty on Tuesday. The African Union sent Deputy "
                    "Chairperson Thomas Kwesi Quartey, and Turkmen President Serdar Berdimuhamedov was at the "
                    "summit as a guest. Mongolia also sent a delegation.", gazetteer, published=date(2026, 6, 9))
    meeting = "sco_heads_of_state_council_2026"
    assert {("participation", meeting, "-", "mongolia", "Observer", "false"),
            ("participation", meeting, "serdar_berdimuhamedow", "turkmenistan", "Guest", "false")} <= sent, sent
    assert any(f[0] == "participation" and f[2] == "thomas_kwesi_quartey" and f[3] == "african_union" for f in sent), \
        sent
    evening = facts_of("MINSK - The SCO prime ministers meet in Minsk on Wednesday. Kazakh Prime Minister Olzhas "
                       "Bektenov and Kyrgyz Chairman of the Cabinet of Ministers Adylbek Kasymaliev arrived by "
                       "evening. The meeting brought together the railway secretaries of Kazakhstan, Russia and "
                       "Uzbekistan.", gazetteer, published=date(2026, 11, 3))
    council = "sco_heads_of_government_council_2026"
    assert {("participation", council, "olzhas_bektenov", "kazakhstan", "Member", "false"),
            ("participation", council, "-", "uzbekistan", "Member", "false")} <= evening, evening


def test_a_host_who_greets_a_guest_at_the_entrance_and_a_delegate_who_stayed_home(gazetteer):
    greeted = facts_of("DUSHANBE - The SCO heads of government met in Dushanbe on Thursday. Prime Minister Kokhir "
                       "Rasulzoda greeted Russian Prime Minister Mikhail Mishustin at the entrance of the Kohi Somon "
                       "palace.", gazetteer, published=date(2026, 10, 22))
    assert ("participation", "sco_heads_of_government_council_2026", "mikhail_mishustin", "russia", "Member",
            "false") in greeted, greeted
    home = facts_of("ASTANA - The SCO foreign ministers met in Astana on Friday. Iran sent Deputy Foreign Minister "
                    "Ali Bagheri Kani: Foreign Minister Hossein Amir-Abdollahian stayed in Tehran.", gazetteer,
                    published=date(2024, 5, 21))
    assert not any(f[0] == "participation" and f[2] == "hossein_amir_abdollahian" for f in home), home


def test_an_anniversary_summit_dated_before_it_and_talks_with_him(gazetteer):
    summit = facts_of("MOSCOW - The SCO speakers met in Moscow on 30 May 2006. On 15 June 2006, the leaders of the six "
                      "gathered in Shanghai for the anniversary summit.", gazetteer, published=date(2016, 5, 30))
    assert {("meeting", "sco_heads_of_state_council_2006", "HeadsOfStateCouncilMeeting"),
            ("held_in", "sco_heads_of_state_council_2006", "shanghai")} <= summit, summit
    him = facts_of("BISHKEK - The SCO heads of government meet in Bishkek on Thursday. Chinese Premier Li Qiang "
                   "arrived on Tuesday. On Wednesday, President Sadyr Japarov received him at his residence.",
                   gazetteer, published=date(2023, 10, 26))
    assert any(f[0] == "met_with" and f[1:3] == ("li_qiang", "sadyr_japarov") for f in him), him


def test_ministers_who_met_a_council_hosted_and_chaired_and_who_posed_or_turned_up(gazetteer):
    who_met = facts_of("ASTANA - Kazakh Foreign Minister Kassym-Jomart Tokayev said on Saturday that the SCO foreign "
                       "ministers, who met here on Friday with Tokayev in the chair, had agreed on the summit's papers.",
                       gazetteer, published=date(2005, 6, 4))
    assert ("chair", "sco_foreign_ministers_council_2005", "kassym_jomart_tokayev") in who_met, who_met
    hosted = facts_of("BEIJING - The SCO foreign ministers met on Tuesday. The council, held at a state guesthouse, "
                      "was hosted and chaired by Foreign Minister Wang Yi.", gazetteer, published=date(2018, 4, 25))
    assert ("participation", "sco_foreign_ministers_council_2018", "wang_yi", "china", "Member", "false") in hosted, \
        hosted
    posed = facts_of("BISHKEK - The SCO summit opened on Thursday. Kyrgyz President Kurmanbek Bakiyev and Russian "
                     "President Vladimir Putin pose before the summit. Tajik President Emomali Rahmon has also turned "
                     "up. Kazakhstan's delegation also included Foreign Minister Marat Tazhin.", gazetteer,
                     published=date(2007, 8, 16))
    summit = "sco_heads_of_state_council_2007"
    assert {("participation", summit, "vladimir_putin", "russia", "Member", "false"),
            ("participation", summit, "emomali_rahmon", "tajikistan", "Member", "false"),
            ("participation", summit, "marat_tazhin", "kazakhstan", "Member", "false")} <= posed, posed


def test_talks_told_without_a_subject_under_a_days_heading_and_in_a_list_of_conversations(gazetteer, tmp_path):
    log = read_and_extract(tmp_path, "WEEKLY | October 28, 2023\n\nPremier Li Qiang flew home on Saturday. Below, "
                           "Li Qiang's trip day by day.\n\nTUESDAY, OCT. 24 - BISHKEK\n- Lands in the afternoon.\n\n"
                           "WEDNESDAY, OCT. 25 - BISHKEK\n- Meets President Sadyr Japarov at his residence.", gazetteer,
                           name="2023-10-28_weekly")
    assert ("met_with", "li_qiang", "sadyr_japarov", "2023-10-25", "-") in log, log
    post = facts_of("TASHKENT - External Affairs Minister S. Jaishankar is in Tashkent for the SCO foreign "
                    "ministers' meeting.\n\nMet Kyrgyz FM Jeenbek Kulubaev.", gazetteer, published=date(2022, 7, 29))
    assert any(f[0] == "met_with" and f[1:3] == ("jeenbek_kulubaev", "subrahmanyam_jaishankar") for f in post), post
    listed = facts_of("ASTANA - President Vladimir Putin took part in the SCO summit. His other sideline conversations "
                      "were with the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and President of Azerbaijan Ilham "
                      "Aliyev.", gazetteer, published=date(2024, 7, 4))
    assert any(f[0] == "met_with" and f[1:3] == ("ilham_aliyev", "vladimir_putin") for f in listed), listed


def test_met_the_prime_minister_of_a_state_but_not_at_the_airport_and_a_gapped_sender(gazetteer):
    talks = facts_of("ALMATY - Prime Minister Kassym-Jomart Tokayev met the Prime Minister of Kyrgyzstan Kurmanbek "
                     "Bakiyev on Friday.", gazetteer, published=date(2001, 9, 14))
    assert any(f[0] == "met_with" and f[1:3] == ("kassym_jomart_tokayev", "kurmanbek_bakiyev") for f in talks), talks
    airport = facts_of("ALMATY - At Almaty airport Prime Minister Kassym-Jomart Tokayev met the Prime Minister of "
                       "Kyrgyzstan Kurmanbek Bakiyev.", gazetteer, published=date(2001, 9, 13))
    assert not any(f[0] == "met_with" for f in airport), airport
    gapped = facts_of("DUSHANBE - The SCO foreign ministers met on Friday. Kazakhstan sent Marat Tazhin and "
                      "Uzbekistan Vladimir Norov. Also among the speakers was Mongolian Foreign Minister Sükhbaataryn "
                      "Batbold.", gazetteer, published=date(2008, 7, 25))
    council = "sco_foreign_ministers_council_2008"
    assert ("participation", council, "vladimir_norov", "uzbekistan", "Member", "false") in gapped, gapped
    assert any(f[0] == "participation" and f[1] == council and f[3] == "mongolia" and f[2] != "-" for f in gapped), \
        gapped


def test_joining_the_members_ministers_of_foreign_affairs_of_and_a_video_address(gazetteer):
    joining = facts_of("ASTANA - The SCO summit met on Thursday. Joining the ten members were Mongolia's "
                       "President Ukhnaagiin Khurelsukh, whose country is an observer, and Turkish President Recep "
                       "Tayyip Erdogan, a dialogue partner.", gazetteer, published=date(2024, 7, 4))
    summit = "sco_heads_of_state_council_2024"
    assert ("participation", summit, "ukhnaa_khurelsukh", "mongolia", "Observer", "false") in joining, joining
    sitting = facts_of("ISLAMABAD - The SCO heads of government met on Wednesday. The heads of government of "
                       "Kazakhstan and China, as well as the Ministers of Foreign Affairs of India and Iran, joined "
                       "the sitting. UN Secretary-General Antonio Guterres sent a video address.", gazetteer,
                       published=date(2024, 10, 16))
    council = "sco_heads_of_government_council_2024"
    assert {("participation", council, "-", "india", "Member", "false"),
            ("participation", council, "antonio_guterres", "united_nations", "InternationalOrganization",
             "true")} <= sitting, sitting


def test_a_gathering_wrapped_up_in_a_city_and_a_city_with_its_state_that_hosted(gazetteer):
    wrapped = facts_of("Justice ministers of the SCO member states wrapped up a two-day gathering in Qingdao on "
                       "Friday.", gazetteer, published=date(2026, 9, 5))
    assert ("held_in", "sco_justice_ministers_meeting_2026", "qingdao") in wrapped, wrapped
    hosted = facts_of("On 12 March 2026 the city of Cholpon-Ata, Kyrgyz Republic, hosted the 45th meeting of the "
                      "Council of the Regional Anti-Terrorist Structure of the SCO.", gazetteer,
                      published=date(2026, 3, 13))
    assert ("held_in", "sco_rats_council_meeting_2026", "cholpon_ata") in hosted, hosted


def test_statuses_the_other_observers_has_n_member_states_sat_in_as_observers_and_granting(gazetteer):
    facts = facts_of("Founded in 2001, the SCO, based in Beijing, has six Member States: China, Kazakhstan, "
                     "Kyrgyzstan, Russia, Tajikistan and Uzbekistan. India and Pakistan are the other observers. Iran "
                     "and Mongolia have sat in on SCO summits as observers since 2005.", gazetteer,
                     published=date(2016, 6, 24))
    assert {("status", "kyrgyzstan", "memberOf", "sco"), ("status", "pakistan", "observerOf", "sco"),
            ("status", "mongolia", "observerOf", "sco")} <= facts, facts
    granted = facts_of("The summit widened the circle, granting observer status to Belarus. The leaders also agreed to "
                       "start granting dialogue partner status to Egypt and Qatar.", gazetteer,
                       published=date(2015, 7, 10))
    assert ("status", "belarus", "observerOf", "sco") in granted, granted
    assert ("status", "egypt", "dialoguePartnerOf", "sco") not in granted, granted


def test_took_their_seats_invited_as_guests_speeches_by_video_and_a_meeting_that_also_brought_together(gazetteer):
    seats = facts_of("ASTANA - The SCO summit opened on Friday. Indian Prime Minister Narendra Modi and Pakistani "
                     "Prime Minister Nawaz Sharif took their seats as full members. Turkmen President Gurbanguly "
                     "Berdimuhamedow was invited as a guest of the host. Kazakh Prime Minister Bakytzhan Sagintayev "
                     "landed on Thursday.", gazetteer, published=date(2017, 6, 9))
    summit = "sco_heads_of_state_council_2017"
    assert {("participation", summit, "nawaz_sharif", "pakistan", "Member", "false"),
            ("participation", summit, "gurbanguly_berdimuhamedow", "turkmenistan", "Guest", "false"),
            ("participation", summit, "bakhytzhan_sagintayev", "kazakhstan", "Member", "false")} <= seats, seats
    courts = facts_of("SOCHI - The SCO supreme court chiefs met on Tuesday. The meeting, held under the chairmanship "
                      "of the Russian side, also brought together delegations of the supreme courts of India and "
                      "Kazakhstan. Heads and officials of the courts of China and Pakistan took part too.", gazetteer,
                      published=date(2019, 6, 19))
    meeting = "sco_supreme_court_presidents_meeting_2019"
    assert {("participation", meeting, "-", "kazakhstan", "Member", "false"),
            ("participation", meeting, "-", "pakistan", "Member", "false")} <= courts, courts


def test_a_joint_session_with_the_members_of_the_csto(gazetteer):
    facts = facts_of("DUSHANBE - Later on Friday, the SCO leaders held a joint session on Afghanistan with members of "
                     "the Russia-led Collective Security Treaty Organization.", gazetteer, published=date(2021, 9, 17))
    assert ("meeting", "sco_csto_joint_meeting_on_afghanistan_2021", "Meeting") in facts, facts


def test_the_spelling_kazakstan_of_the_early_years(gazetteer):
    facts = facts_of("The Organization has six member states: the Republic of Kazakstan, the People's Republic of "
                     "China, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan and the Republic "
                     "of Uzbekistan.", gazetteer, published=date(2004, 1, 15))
    assert ("status", "kazakhstan", "memberOf", "sco") in facts, facts


def test_joined_in_a_year_is_membership_not_attendance(gazetteer):
    facts = facts_of("TIANJIN - The SCO summit opened on Monday. India and Pakistan joined in 2017, Iran in 2023 and "
                     "Belarus in 2024, bringing the number of member states to ten.", gazetteer,
                     published=date(2025, 9, 1))
    assert {("status", "iran", "memberOf", "sco"), ("status", "belarus", "memberOf", "sco")} <= facts, facts
    assert not any(f[0] == "participation" and f[3] == "iran" for f in facts), facts


def test_talks_told_after_a_series_on_the_sidelines_are_beside_the_meeting(gazetteer):
    series = facts_of("MOSCOW - Defence Minister Sergei Shoigu held a round of bilateral meetings on Wednesday on the "
                      "sidelines of the SCO defence ministers' meeting. In his talks with Kazakh Defence Minister "
                      "Nurlan Yermekbayev, Shoigu spoke of joint drills. Shoigu also met Tajik Defence Minister "
                      "Sherali Mirzo.", gazetteer, published=date(2019, 4, 30))
    meeting = "sco_defence_ministers_meeting_2019"
    assert {f[4] for f in series if f[0] == "met_with"} == {meeting}, series
    three = facts_of("Iranian President Masoud Pezeshkian met Chinese President Xi Jinping on Monday. He also held "
                     "talks with Belarusian President Alexander Lukashenko and later met Uzbek President Shavkat "
                     "Mirziyoyev. All three meetings took place on the margins of the SCO summit in Tianjin.",
                     gazetteer, published=date(2025, 9, 1))
    summit = "sco_heads_of_state_council_2025"
    assert {(f[1], f[2], f[4]) for f in three if f[0] == "met_with"} == {
        ("masoud_pezeshkian", "xi_jinping", summit), ("alexander_lukashenko", "masoud_pezeshkian", summit),
        ("masoud_pezeshkian", "shavkat_mirziyoyev", summit)}, three
    also = facts_of("On the sidelines of the summit on Friday, the prime minister Imran Khan met Kazakh President "
                    "Kassym-Jomart Tokayev. He also met Iranian President Ebrahim Raisi on Friday.", gazetteer,
                    published=date(2021, 9, 17))
    assert {f[4] for f in also if f[0] == "met_with"} == {"sco_heads_of_state_council_2021"}, also
    flash = facts_of("14:05  Almazbek Atambayev and Vladimir Putin meet on sidelines of SCO summit in Beijing",
                     gazetteer, published=date(2012, 6, 6))
    assert ("met_with", "almazbek_atambayev", "vladimir_putin", "-", "sco_heads_of_state_council_2012") in flash, flash


def test_three_leaders_named_together_in_an_article_about_a_council_took_part_in_it(gazetteer):
    lead = "ASTANA, June 15 - The SCO summit opened in Astana on Wednesday. "
    seated = facts_of(lead + "First the heads of the member states - President of the Russian Federation Dmitry "
                      "Medvedev, President of the Kyrgyz Republic Roza Otunbayeva and President of the Republic of "
                      "Tajikistan Emomali Rahmon - sat down in the small hall.", gazetteer, published=date(2011, 6, 15))
    summit = "sco_heads_of_state_council_2011"
    assert {("participation", summit, "dmitry_medvedev", "russia", "Member", "false"),
            ("participation", summit, "emomali_rahmon", "tajikistan", "Member", "false")} <= seated, seated
    for other in ("Foreign mourners in Tashkent included Russian Prime Minister Dmitry Medvedev, Tajik President "
                  "Emomali Rahmon and Kyrgyz President Roza Otunbayeva.",
                  "Russian President Dmitry Medvedev, Tajik President Emomali Rahmon and Kyrgyz President Roza "
                  "Otunbayeva will also fly to Moscow in May.",
                  "In 2006 Russian President Vladimir Putin, Tajik President Emomali Rahmon and Kyrgyz President "
                  "Kurmanbek Bakiyev stood on the same stage."):
        facts = facts_of(lead + other, gazetteer, published=date(2011, 6, 15))
        assert not any(f[0] == "participation" and f[2] != "-" for f in facts), (other, facts)


def test_the_holder_of_the_office_a_council_gathers_named_in_its_article_took_part(gazetteer):
    lead = "ASTANA, May 21 - The SCO Council of Foreign Ministers met in Astana on Tuesday. "
    said = facts_of(lead + "Kyrgyz Foreign Minister Jeenbek Kulubaev said the bloc should open a development bank.",
                    gazetteer, published=date(2024, 5, 21))
    assert ("participation", "sco_foreign_ministers_council_2024", "jeenbek_kulubaev", "kyrgyzstan", "Member",
            "false") in said, said
    memory = facts_of(lead + "The ministers stood in memory of Iranian Foreign Minister Hossein Amir-Abdollahian.",
                      gazetteer, published=date(2024, 5, 21))
    assert not any(f[0] == "participation" and f[2] == "hossein_amir_abdollahian" for f in memory), memory


def test_two_ministers_who_signed_a_plan_on_the_sidelines_held_talks(gazetteer):
    facts = facts_of("DUSHANBE - SCO interior ministers met in Dushanbe on Friday. Russian Interior Minister Vladimir "
                     "Kolokoltsev and Tajik Interior Minister Ramazon Rahimzoda signed a plan of cooperation on the "
                     "sidelines of the meeting. The ministers signed a joint protocol.", gazetteer,
                     published=date(2015, 6, 5))
    assert ("met_with", "ramazon_rahimzoda", "vladimir_kolokoltsev", "2015-06-05",
            "sco_interior_ministers_meeting_2015") in facts, facts
    assert sum(f[0] == "met_with" for f in facts) == 1, facts


def test_a_factbox_with_dotted_leaders_and_a_live_line_in_the_present(gazetteer, tmp_path):
    facts = read_and_extract(tmp_path, "Leaders gather in Bishkek for SCO summit\n\nBISHKEK, June 14 - The SCO summit "
                             "opened in Bishkek on Friday.\n\nFACTBOX: WHO WAS AT THE TABLE IN BISHKEK\n\n"
                             "MEMBER STATES\n"
                             "Kyrgyzstan ........ Sooronbay Jeenbekov, President (chair)\nChina ............. Xi "
                             "Jinping, President\n\nOBSERVER STATES\nMongolia .......... Khaltmaagiin Battulga, "
                             "President (first SCO summit)\n", gazetteer, name="2019-06-14_factbox")
    summit = "sco_heads_of_state_council_2019"
    assert {("participation", summit, "xi_jinping", "china", "Member", "false"),
            ("participation", summit, "khaltmaagiin_battulga", "mongolia", "Observer", "false")} <= facts, facts
    live = facts_of("DUSHANBE - The SCO summit opened in Dushanbe on Friday.\n\n- China's Xi Jinping and Russia's "
                    "Vladimir Putin take part via video link", gazetteer, published=date(2021, 9, 17))
    assert ("participation", "sco_heads_of_state_council_2021", "xi_jinping", "china", "Member", "true") in live, live


def test_one_of_four_observer_nations_made_dialogue_partners_and_two_who_sat_down_together(gazetteer):
    facts = facts_of("YEKATERINBURG - The SCO summit opened on Tuesday. Iran is one of four observer nations along "
                     "with India, Mongolia and Pakistan. The leaders made Belarus and Sri Lanka \"dialogue partners\". "
                     "Indian Prime Minister Manmohan Singh and Pakistani President Asif Ali Zardari attended. "
                     "Singh and Zardari sat down together on Tuesday morning.", gazetteer, published=date(2009, 6, 16))
    assert {("status", "mongolia", "observerOf", "sco"), ("status", "iran", "observerOf", "sco"),
            ("status", "sri_lanka", "dialoguePartnerOf", "sco")} <= facts, facts
    assert ("met_with", "asif_ali_zardari", "manmohan_singh", "2009-06-16", "-") in facts, facts


def test_a_ministry_named_for_cooperation_is_no_part_of_its_ministers_name(gazetteer):
    facts = facts_of("SHANGHAI - SCO trade ministers met in Shanghai on Tuesday. The meeting was chaired by Chinese "
                     "Minister of Foreign Trade and Economic Cooperation Shi Guangsheng.", gazetteer,
                     published=date(2002, 5, 28))
    assert ("participation", "sco_trade_ministers_meeting_2002", "shi_guangsheng", "china", "Member", "false") in facts
    assert not any(f[0] == "entity" and f[1].startswith("cooperation_") for f in facts), facts


def test_earlier_meetings_of_a_ministers_series_named_by_city_and_year(gazetteer):
    facts = facts_of("MOSCOW - The SCO foreign ministers met in Moscow on Thursday. It was India's third such meeting "
                     "as a full member, after the ones in Beijing in 2018 and in Bishkek last year.", gazetteer,
                     published=date(2020, 9, 10))
    assert {("held_in", "sco_foreign_ministers_council_2018", "beijing"),
            ("held_in", "sco_foreign_ministers_council_2019", "bishkek")} <= facts, facts
    defence = facts_of("NEW DELHI - SCO defence ministers met in New Delhi on Friday. Their meeting in Moscow in 2020 "
                       "had been held in the shadow of the border clash.", gazetteer, published=date(2023, 4, 28))
    assert ("held_in", "sco_defence_ministers_meeting_2020", "moscow") in defence, defence
    # a city and a year that speak of no meeting: the summit that took Belarus in, not the ministers' meeting there
    joined = facts_of("TIANJIN - The SCO foreign ministers met in Tianjin on Tuesday. \"A year ago in Astana we were "
                      "accepted into the family,\" the Belarusian minister said.", gazetteer,
                      published=date(2025, 7, 15))
    assert not any(f[0] == "meeting" and f[1] == "sco_foreign_ministers_council_2024" for f in joined), joined


def test_the_leaders_of_the_sco_meeting_hold_its_summit(gazetteer):
    facts = facts_of("PRESENTER: The leaders of the Shanghai Cooperation Organisation are meeting in Astana today. "
                     "President Nursultan Nazarbayev is in the chair. Kazakhstan last hosted the summit six years ago, "
                     "in July 2005.", gazetteer, published=date(2011, 6, 15))
    summit = "sco_heads_of_state_council_2011"
    assert {("meeting", summit, "HeadsOfStateCouncilMeeting"), ("held_in", summit, "astana"),
            ("date", summit, "2011-06-15"), ("chair", summit, "nursultan_nazarbayev")} <= facts, facts
    assert not any(f[0] == "meeting" and f[1].startswith("sco_heads") for f in facts_of(
        "The leaders met on the sidelines of the forum on Tuesday.", gazetteer, published=date(2011, 6, 15)))


def test_a_standing_the_chair_announced_is_not_his_own(gazetteer):
    facts = facts_of("SAMARKAND - The SCO summit was held in Samarkand on Friday. Uzbek President Shavkat Mirziyoyev, "
                     "who chaired the meeting, announced that Bahrain had been granted dialogue partner status.",
                     gazetteer, published=date(2022, 9, 16))
    assert ("participation", "sco_heads_of_state_council_2022", "shavkat_mirziyoyev", "uzbekistan", "Member",
            "false") in facts, facts


def test_the_presidents_of_its_member_states_signing_hold_its_summit_and_a_press_event_in_a_capital(gazetteer):
    facts = facts_of("The SCO came of age on Friday. Meeting in St Petersburg, the presidents of its six member "
                     "states signed a charter. Around the table sat Jiang Zemin of China and Askar Akayev of "
                     "Kyrgyzstan.", gazetteer, published=date(2002, 6, 10))
    summit = "sco_heads_of_state_council_2002"
    assert {("held_in", summit, "saint_petersburg"),
            ("participation", summit, "askar_akayev", "kyrgyzstan", "Member", "false")} <= facts, facts
    press = facts_of("TASHKENT, June 17 - SCO leaders met in Tashkent on Thursday. At a news conference in the Uzbek "
                     "capital after the summit, Putin said the new body must not drown in paper.", gazetteer,
                     published=date(2004, 6, 17))
    assert ("held_in", "press_event_tashkent_2004_06_17", "tashkent") in press, press


def test_a_state_at_the_summit_is_the_one_leader_the_article_names_for_it_unless_he_stayed_away(gazetteer):
    facts = facts_of("ASTANA - The SCO summit opened in Astana on Thursday. Delegations from China and India took "
                     "part. In 2023, Chinese President Xi Jinping had visited Kazakhstan twice. Indian Prime Minister "
                     "Narendra Modi did not travel to Astana.", gazetteer, published=date(2024, 7, 4))
    summit = "sco_heads_of_state_council_2024"
    assert ("participation", summit, "xi_jinping", "china", "Member", "false") in facts, facts
    assert ("participation", summit, "-", "india", "Member", "false") in facts, facts
    assert not any(f[0] == "participation" and f[2] == "narendra_modi" for f in facts), facts


def test_known_leaders_by_family_name_with_their_state_or_in_a_row(gazetteer):
    facts = facts_of("ASTANA - The SCO summit was held in Astana on Friday. Observer delegations were led by Ghani "
                     "(Afghanistan) and Belarus's Lukashenko. Around the table were Nazarbayev, Atambayev, Rahmon and "
                     "Mirziyoyev. Deputy Minister Viktor Ozerov (Mongolia) also attended.", gazetteer,
                     published=date(2017, 6, 9))
    summit = "sco_heads_of_state_council_2017"
    assert {("participation", summit, "ashraf_ghani", "afghanistan", "Observer", "false"),
            ("participation", summit, "alexander_lukashenko", "belarus", "Observer", "false"),
            ("participation", summit, "almazbek_atambayev", "kyrgyzstan", "Member", "false"),
            ("participation", summit, "shavkat_mirziyoyev", "uzbekistan", "Member", "false")} <= facts, facts
    # a family name after a given name is that person's, not a reference leader's who shares it
    assert not any(f[0] == "participation" and f[2] not in {
        "ashraf_ghani", "alexander_lukashenko", "almazbek_atambayev", "shavkat_mirziyoyev", "nursultan_nazarbayev",
        "emomali_rahmon", "viktor_ozerov", "-"} for f in facts), facts


def test_a_city_that_hosts_the_meeting_in_a_headline_and_heads_who_have_gathered(gazetteer):
    facts = facts_of("Tashkent hosts meeting of SCO Council of Heads of Government\n\nThe prime ministers discussed "
                     "trade.", gazetteer, published=date(2013, 11, 29))
    assert ("held_in", "sco_heads_of_government_council_2013", "tashkent") in facts, facts
    border = facts_of("In Almaty the heads of border services of the SCO countries have gathered.", gazetteer,
                      published=date(2023, 7, 6))
    assert ("meeting", "sco_border_service_heads_meeting_2023", "MinisterialMeeting") in border, border


def test_someone_who_on_a_day_represented_a_state(gazetteer):
    facts = facts_of("BEIJING - The SCO security council secretaries met in Beijing on Tuesday. National Security "
                     "Adviser Muhammad Asim Malik on Tuesday represented Pakistan at the meeting.", gazetteer,
                     published=date(2025, 6, 24))
    assert ("participation", "sco_security_council_secretaries_meeting_2025", "muhammad_asim_malik", "pakistan",
            "Member", "false") in facts, facts


def test_their_counterparts_from_states_and_the_heads_of_agencies_of_states(gazetteer):
    facts = facts_of("BEIJING - Foreign Minister Wang Yi chaired the SCO foreign ministers' meeting in Beijing on "
                     "Tuesday, attended by Russian Foreign Minister Sergei Lavrov and his counterparts from Kazakhstan "
                     "and Kyrgyzstan.", gazetteer, published=date(2018, 4, 24))
    council = "sco_foreign_ministers_council_2018"
    assert {("participation", council, "-", "kazakhstan", "Member", "false"),
            ("participation", council, "-", "kyrgyzstan", "Member", "false")} <= facts, facts
    police = facts_of("YEKATERINBURG - SCO interior ministers met on Wednesday. The heads of the police and public "
                      "security agencies of Kazakhstan and China took part.", gazetteer, published=date(2009, 5, 20))
    assert ("participation", "sco_interior_ministers_meeting_2009", "-", "china", "Member", "false") in police, police


def test_someone_who_led_his_countrys_delegation(gazetteer):
    facts = facts_of("TIANJIN - SCO foreign ministers met in Tianjin on Tuesday. Russia's Deputy Foreign Minister "
                     "Andrei Rudenko, who led his country's delegation, spoke about Afghanistan.", gazetteer,
                     published=date(2025, 7, 15))
    assert ("participation", "sco_foreign_ministers_council_2025", "andrei_rudenko", "russia", "Member",
            "false") in facts, facts


def test_the_founding_summit_and_the_founding_declaration_are_the_summit_of_2001(gazetteer):
    facts = facts_of("BISHKEK - SCO foreign ministers met in Bishkek on Monday, a little over a year after the bloc's "
                     "founding summit in Shanghai. Of the six leaders who signed the founding declaration, only one "
                     "has since left office.", gazetteer, published=date(2002, 8, 12))
    assert {("meeting", "sco_heads_of_state_council_2001", "HeadsOfStateCouncilMeeting"),
            ("held_in", "sco_heads_of_state_council_2001", "shanghai")} <= facts, facts
    assert not any(f[1] == "sco_heads_of_state_council_2002" for f in facts), facts
    youth = facts_of("YEKATERINBURG - At the founding session of the youth council the delegates signed the "
                     "Declaration on the Establishment of the SCO Youth Council.", gazetteer,
                     published=date(2009, 5, 5))
    assert not any(f[1] == "sco_heads_of_state_council_2001" for f in youth), youth


def test_the_shanghai_convention_signed_together_with_the_founding_declaration(gazetteer):
    facts = facts_of("SHANGHAI - The SCO summit closed in Shanghai on Friday. The six presidents signed the "
                     "Declaration on the Establishment of the Shanghai Cooperation Organisation, together with the "
                     "Convention on Combating Terrorism, Separatism and Extremism.", gazetteer,
                     published=date(2001, 6, 15))
    council = "sco_heads_of_state_council_2001"
    assert {("adopted", council, f"{council}_declaration"),
            ("adopted", council, "shanghai_convention_on_combating_terrorism_separatism_and_extremism")} <= facts, facts


def test_known_leaders_by_initials_run_into_their_family_names(gazetteer):
    facts = facts_of("TASHKENT - The SCO summit opened in Tashkent on Thursday. Taking part were N.Nazarbayev, "
                     "A.A. Akayev and S.Lavrov (Russia). Also present was X. Putin.", gazetteer,
                     published=date(2004, 6, 17))
    council = "sco_heads_of_state_council_2004"
    assert {("participation", council, "nursultan_nazarbayev", "kazakhstan", "Member", "false"),
            ("participation", council, "askar_akayev", "kyrgyzstan", "Member", "false"),
            ("participation", council, "sergey_lavrov", "russia", "Member", "false")} <= facts, facts
    assert not any(f[0] == "participation" and f[2] == "vladimir_putin" for f in facts), facts  # not his initial


def test_groups_of_secretaries_of_councils_and_a_meeting_presided_over_that_brought_them_together(gazetteer):
    facts = facts_of("ASTANA - SCO security council secretaries met in Astana on Tuesday. The secretaries of the "
                     "security councils of Kyrgyzstan, Tajikistan and Uzbekistan also attended.", gazetteer,
                     published=date(2011, 4, 19))
    secretaries = "sco_security_council_secretaries_meeting_2011"
    assert {("participation", secretaries, "-", state, "Member", "false")
            for state in ("kyrgyzstan", "tajikistan", "uzbekistan")} <= facts, facts
    presided = facts_of("DUSHANBE - SCO prosecutors general met in Dushanbe on Friday. The meeting, presided over by "
                        "Tajikistan's Prosecutor General Yusuf Rahmon, brought together the heads of prosecution "
                        "services of China and Russia.", gazetteer, published=date(2014, 9, 12))
    prosecutors = "sco_prosecutors_general_meeting_2014"
    assert {("participation", prosecutors, "-", "china", "Member", "false"),
            ("participation", prosecutors, "-", "russia", "Member", "false")} <= presided, presided


def test_a_state_sent_a_minister_whose_title_names_two_portfolios(gazetteer):
    facts = facts_of("SHANGHAI - The SCO summit opened in Shanghai on Thursday. India, an observer, sent Petroleum "
                     "and Natural Gas Minister Murli Deora.", gazetteer, published=date(2006, 6, 15))
    assert ("participation", "sco_heads_of_state_council_2006", "murli_deora", "india", "Observer", "false") in facts, \
        facts


def test_a_series_meeting_in_a_city_is_the_one_held_there_unless_it_is_still_to_come(gazetteer):
    facts = facts_of("BEIJING - SCO prime ministers met in Beijing on Wednesday. The premiers praised the progress "
                     "made since the last prime ministers' meeting in Astana.", gazetteer, published=date(2009, 10, 14))
    assert {("meeting", "sco_heads_of_government_council_2008", "HeadsOfGovernmentCouncilMeeting"),
            ("held_in", "sco_heads_of_government_council_2008", "astana")} <= facts, facts
    ahead = facts_of("KHIVA - SCO transport ministers met in Khiva on Thursday. They will put the plan to the meeting "
                     "of the SCO Council of Heads of State in Samarkand in September.", gazetteer,
                     published=date(2022, 5, 12))
    assert not any(f[1] == "sco_heads_of_state_council_2022" for f in ahead), ahead
    own = facts_of("Meeting of SCO defence ministers in Bishkek\n\nThe ministers discussed security.", gazetteer,
                   published=date(2026, 6, 1))  # not the meeting of 2019, the last one there
    assert ("held_in", "sco_defence_ministers_meeting_2026", "bishkek") in own, own


def test_a_table_of_who_came_under_a_heading_with_an_aside(gazetteer):
    facts = facts_of("NEW DELHI - The SCO summit was held online on Tuesday under India's chair.\n\n"
                     "Who attended (all online)\n| Leader | Country | Status |\n"
                     "| Xi Jinping, President | China | Member |\n| Vladimir Putin, President | Russia | Member |\n",
                     gazetteer, published=date(2023, 7, 5))
    council = "sco_heads_of_state_council_2023"
    assert {("participation", council, "xi_jinping", "china", "Member", "true"),
            ("participation", council, "vladimir_putin", "russia", "Member", "true")} <= facts, facts


def test_arrivals_told_by_order_and_those_present(gazetteer):
    facts = facts_of("BISHKEK - The SCO summit opened in Bishkek on Friday. Russia's Vladimir Putin arrived a little "
                     "later, and China's Xi Jinping came last. Among those present were Kazakh President Kassym-Jomart "
                     "Tokayev and Uzbek President Shavkat Mirziyoyev.", gazetteer, published=date(2019, 6, 14))
    council = "sco_heads_of_state_council_2019"
    assert {("participation", council, "vladimir_putin", "russia", "Member", "false"),
            ("participation", council, "xi_jinping", "china", "Member", "false"),
            ("participation", council, "kassym_jomart_tokayev", "kazakhstan", "Member", "false"),
            ("participation", council, "shavkat_mirziyoyev", "uzbekistan", "Member", "false")} <= facts, facts


def test_councils_named_by_who_meets_and_a_summit_dated_with_an_ordinal_day(gazetteer):
    facts = facts_of("ISLAMABAD - Pakistan's delegation to the Bishkek Summit on 16th August, 2007 was led by the "
                     "Foreign Minister.", gazetteer, published=date(2016, 10, 14))
    assert ("date", "sco_heads_of_state_council_2007", "2007-08-16") in facts, facts
    ministers = facts_of("MOSCOW - The Shanghai Cooperation Organization's foreign ministers' council approved the "
                         "drafts on Friday.", gazetteer, published=date(2009, 5, 15))
    assert ("meeting", "sco_foreign_ministers_council_2009", "ForeignMinistersCouncilMeeting") in ministers, ministers
    premiers = facts_of("Prime ministers of the Shanghai Cooperation Organisation are meeting in Astana today.",
                        gazetteer, published=date(2013, 11, 29))
    assert ("meeting", "sco_heads_of_government_council_2013", "HeadsOfGovernmentCouncilMeeting") in premiers, premiers
    six = facts_of("BEIJING - Premier Wen Jiabao spoke as prime ministers of the six member states met in the Great "
                   "Hall of the People on Tuesday.", gazetteer, published=date(2003, 9, 24))
    assert ("meeting", "sco_heads_of_government_council_2003", "HeadsOfGovernmentCouncilMeeting") in six, six
    numbered = facts_of("BEIJING - Foreign ministers of the six Shanghai Cooperation Organization member states wrapped "
                        "up a one-day meeting in Beijing on Friday.", gazetteer, published=date(2012, 5, 12))
    assert ("meeting", "sco_foreign_ministers_council_2012", "ForeignMinistersCouncilMeeting") in numbered, numbered


def test_two_heads_of_government_who_held_the_numbered_regular_meeting(gazetteer):
    facts = facts_of("MOSCOW - Chinese Premier Wen Jiabao came to Moscow after the SCO meeting in Bishkek. On "
                     "Thursday, Premier Wen and Prime Minister Dmitry Medvedev held the 17th regular meeting and "
                     "signed a joint communique.", gazetteer, published=date(2012, 12, 7))
    assert ("met_with", "dmitry_medvedev", "wen_jiabao", "2012-12-06", "-") in facts, facts



def test_talks_placed_by_the_city_that_opens_the_sentence_or_by_a_capital(gazetteer):
    facts = facts_of("BISHKEK - SCO heads of government met in Bishkek on December 5. In Bishkek on December 4, "
                     "Premier Wen Jiabao met with President Almazbek Atambayev.", gazetteer,
                     published=date(2012, 12, 7))
    assert ("held_in", "bilateral_almazbek_atambayev_wen_jiabao_2012_12_04", "bishkek") in facts, facts
    capital = facts_of("BISHKEK - The SCO summit opened on Friday. Iranian President Hassan Rouhani and Russian "
                       "President Vladimir Putin held talks in the Kyrgyz capital on Thursday.", gazetteer,
                       published=date(2013, 9, 13))
    assert ("held_in", "bilateral_hassan_rouhani_vladimir_putin_2013_09_12", "bishkek") in capital, capital


def test_a_day_earlier_on_a_named_day_is_that_day(gazetteer):
    facts = facts_of("MOSCOW - The SCO foreign ministers met in Moscow on Saturday, 23 November. A day earlier, on "
                     "Friday, Kazakh Foreign Minister Kassym-Jomart Tokayev held talks with Russian Foreign Minister "
                     "Igor Ivanov.", gazetteer, published=date(2002, 11, 26))
    assert ("met_with", "igor_ivanov", "kassym_jomart_tokayev", "2002-11-22", "-") in facts, facts


def test_ministers_of_a_numbered_nation_bloc_who_finished_or_offered(gazetteer):
    finished = facts_of("SHANGHAI - Foreign ministers of the six-nation Shanghai Cooperation Organization finished a "
                        "one-day session here on Monday.", gazetteer, published=date(2006, 5, 16))
    assert ("meeting", "sco_foreign_ministers_council_2006", "ForeignMinistersCouncilMeeting") in finished, finished
    offered = facts_of("TASHKENT - Foreign ministers of the Shanghai Cooperation Organisation on Saturday offered "
                       "support to Kyrgyzstan.", gazetteer, published=date(2010, 5, 23))
    assert ("meeting", "sco_foreign_ministers_council_2010", "ForeignMinistersCouncilMeeting") in offered, offered


def test_a_meeting_named_in_a_relative_aside_is_not_the_one_attended(gazetteer):
    facts = facts_of("MOSCOW - Prime Minister Ts. Elbegdorj of Mongolia took part on Wednesday in the session of the "
                     "Council of Heads of Government of the SCO member states. The heads of government of Kazakhstan "
                     "and Tajikistan as well as representatives of India and Pakistan, which became observers at the "
                     "Astana summit this July, attended.", gazetteer, published=date(2005, 10, 27))
    assert ("participation", "sco_heads_of_government_council_2005", "-", "pakistan", "Observer", "false") in facts
    assert not any(fact[:2] == ("participation", "sco_heads_of_state_council_2005") for fact in facts), facts


def test_the_heads_of_the_member_states_emergency_agencies(gazetteer):
    for text in ("CHOLPON-ATA - The ninth meeting of the heads of the SCO member states' agencies dealing with the "
                 "prevention and elimination of emergency situations opened on Thursday.",
                 "CHOLPON-ATA - The minister spoke on the sidelines of a meeting of the heads of the SCO countries' "
                 "emergency agencies on Thursday."):
        facts = facts_of(text, gazetteer, published=date(2017, 8, 24))
        assert ("meeting", "sco_emergency_situations_ministers_meeting_2017", "MinisterialMeeting") in facts, facts


def test_a_long_standing_member_is_never_an_observer_by_a_word_of_the_sentence(gazetteer):
    facts = facts_of("SHANGHAI - At Thursday's summit of the SCO in Shanghai, hosted by Chinese President Hu Jintao, "
                     "three observer states came at the top: Pakistan's Pervez Musharraf, Iran's Mahmoud Ahmadinejad "
                     "and Mongolia's Nambaryn Enkhbayar.", gazetteer, published=date(2006, 6, 16))
    assert ("participation", "sco_heads_of_state_council_2006", "hu_jintao", "china", "Member", "false") in facts, facts
    assert ("participation", "sco_heads_of_state_council_2006", "pervez_musharraf", "pakistan", "Observer",
            "false") in facts, facts
    admitted = facts_of("ASTANA - India and Pakistan, still observers, were admitted at the summit. Indian Prime "
                        "Minister Narendra Modi attended as an observer.", gazetteer, published=date(2017, 6, 9))
    assert ("participation", "sco_heads_of_state_council_2017", "narendra_modi", "india", "Observer",
            "false") in admitted, admitted


def test_attending_the_meeting_via_video_link_were(gazetteer):
    facts = facts_of("BEIJING - Premier Li Keqiang on Tuesday chaired the 21st meeting of the Council of Heads of "
                     "Government of the SCO via video link. Attending the meeting via video link were Russian Prime "
                     "Minister Mikhail Mishustin, Kazakh Prime Minister Alikhan Smailov and Uzbek Prime Minister "
                     "Abdulla Aripov.", gazetteer, published=date(2022, 11, 1))
    assert ("participation", "sco_heads_of_government_council_2022", "abdulla_aripov", "uzbekistan", "Member",
            "true") in facts, facts


def test_a_counterpart_named_after_a_short_name_and_talks_sat_down_to_on_the_sidelines(gazetteer):
    facts = facts_of("TASHKENT - Iranian Justice Minister Alireza Avaei attended the meeting of SCO justice ministers "
                     "on Friday. Avaei also held a short meeting with his Belarusian counterpart, Oleg Slizhevsky, on "
                     "the sidelines of the meeting.", gazetteer, published=date(2017, 10, 21))
    assert ("met_with", "alireza_avaei", "oleg_slizhevsky", "2017-10-20", "sco_justice_ministers_meeting_2017") in facts
    assert ("position", "oleg_slizhevsky", "Justice Minister", "belarus") in facts, facts
    sat = facts_of("MOSCOW - On 4 September Defence Minister Rajnath Singh, in Moscow for the SCO defence ministers' "
                   "meeting that day, sat down on the sidelines with his Chinese counterpart Wei Fenghe.", gazetteer,
                   published=date(2020, 9, 5))
    assert ("met_with", "rajnath_singh", "wei_fenghe", "2020-09-04", "sco_defence_ministers_meeting_2020") in sat, sat


def test_leaders_of_the_sco_s_member_states_met_and_who_opened_or_was_invited_as_a_guest(gazetteer):
    met = facts_of("ASTANA - A day later the leaders of the Shanghai Cooperation Organisation's six member states met "
                   "in the same city, with President Nursultan Nazarbayev in the chair.", gazetteer,
                   published=date(2005, 7, 6))
    assert ("chair", "sco_heads_of_state_council_2005", "nursultan_nazarbayev") in met, met
    opened = facts_of("TASHKENT - The first meeting of the heads of railway administrations of the SCO member states "
                      "was held in Tashkent on Tuesday. The meeting was opened by First Deputy Prime Minister of the "
                      "Republic of Uzbekistan Achilbay Ramatov.", gazetteer, published=date(2018, 9, 19))
    assert ("participation", "sco_railway_administration_heads_meeting_2018", "achilbay_ramatov", "uzbekistan",
            "Member", "false") in opened, opened
    guest = facts_of("TASHKENT - The SCO summit opened on Thursday. The President of Afghanistan, Hamid Karzai, was "
                     "invited to the session as a guest of the Uzbek side.", gazetteer, published=date(2004, 6, 17))
    assert ("participation", "sco_heads_of_state_council_2004", "hamid_karzai", "afghanistan", "Guest",
            "false") in guest, guest


def test_the_city_a_delegate_travelled_to_for_the_meeting_and_those_who_met_there(gazetteer):
    went = facts_of("BISHKEK - Prime Minister Mukhammedkalyi Abylgaziev travelled to Tashkent for the meeting of the "
                    "SCO Council of Heads of Government on 2 November.", gazetteer, published=date(2019, 12, 30))
    assert ("held_in", "sco_heads_of_government_council_2019", "tashkent") in went, went
    met = facts_of("BEIJING - Premier Wen Jiabao was among the heads of government who met in Dushanbe on September 15 "
                   "under the chairmanship of Tajik Prime Minister Oqil Oqilov.", gazetteer,
                   published=date(2006, 12, 27))
    assert ("held_in", "sco_heads_of_government_council_2006", "dushanbe") in met, met


def test_in_a_joint_declaration_the_leaders_said(gazetteer):
    facts = facts_of("BEIJING - Leaders of the SCO met in Beijing on Thursday. In a joint declaration the leaders "
                     "rejected outside military intervention in the Middle East.", gazetteer,
                     published=date(2012, 6, 7))
    assert ("adopted", "sco_heads_of_state_council_2012", "sco_heads_of_state_council_2012_declaration") in facts, facts
    two = facts_of("MOSCOW - SCO foreign ministers met in Moscow on Thursday. Wang Yi and Subrahmanyam Jaishankar met "
                   "on the sidelines. In a joint statement, the two ministers said they had agreed on five points.",
                   gazetteer, published=date(2020, 9, 11))
    assert not any(fact[0] == "adopted" for fact in two), two


def test_a_project_named_in_a_speech_is_mentioned_at_the_meeting_not_at_the_talks_before(gazetteer):
    facts = facts_of("SHANGHAI - The SCO summit opened on Thursday. President Hu Jintao met Afghan President Hamid "
                     "Karzai on the sidelines of the summit. In his speech at the enlarged session, Ahmadinejad hoped "
                     "that the Iran-Pakistan-India gas pipeline would be finalized soon.", gazetteer,
                     published=date(2006, 6, 16))
    assert ("mentions", "sco_heads_of_state_council_2006", "iran_pakistan_india_gas_pipeline") in facts, facts


def test_proposals_set_out_as_what_he_called_priorities(gazetteer):
    called = facts_of("BEIJING - SCO leaders met in Beijing on Thursday. President Hu Jintao set out what he called "
                      "four priorities for the coming decade: first, political trust; second, security cooperation; "
                      "third, economic ties; fourth, exchanges between peoples.", gazetteer, published=date(2012, 6, 8))
    assert {("proposal_point", "hu_jintao", "sco_heads_of_state_council_2012", str(n)) for n in range(1, 5)} <= called
    lower = facts_of("MOSCOW - SCO foreign ministers met in Moscow on Thursday. Speaking at the meeting, Foreign "
                     "Minister Abdulaziz Kamilov put forward a number of proposals:\n\nfirst, to draw up a joint plan "
                     "of measures;\n\nsecond, to build the Trans-Afghan railway.", gazetteer,
                     published=date(2020, 9, 10))
    assert ("proposal_point", "abdulaziz_kamilov", "sco_foreign_ministers_council_2020", "2") in lower, lower


def test_a_translated_wire_presided_by_videoconference_with_pairs_split_by_semicolons(gazetteer):
    facts = facts_of("Beijing, Nov 1 (Prensa Latina) Chinese Premier Li Keqiang today presided by videoconference over "
                     "the 21st Meeting of the Council of Heads of Government of the Shanghai Cooperation Organization. "
                     "The prime ministers of Kazakhstan, Alikhan Smailov; Kyrgyzstan, Akylbek Japarov; and Uzbekistan, "
                     "Abdulla Aripov, took part via video link. The SCO, founded in 2001, is integrated by China, "
                     "Russia, India, Pakistan, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, and Iran is in the "
                     "process of adhesion.", gazetteer, published=date(2022, 11, 1))
    council = "sco_heads_of_government_council_2022"
    assert ("chair", council, "li_keqiang") in facts, facts
    assert ("participation", council, "li_keqiang", "china", "Member", "true") in facts, facts
    assert ("participation", council, "alikhan_smailov", "kazakhstan", "Member", "true") in facts, facts
    assert ("position", "akylbek_japarov", "Prime Minister", "kyrgyzstan") in facts, facts
    assert ("status", "tajikistan", "memberOf", "sco") in facts, facts
    assert ("status", "iran", "memberOf", "sco") not in facts, facts


def test_the_council_of_the_sco_s_regional_anti_terrorist_structure_named_in_full(gazetteer):
    facts = facts_of("TASHKENT - The council of the Shanghai Cooperation Organization (SCO) Regional Anti-Terrorist "
                     "Structure (RATS) closed its sixth meeting in Tashkent on Wednesday.", gazetteer,
                     published=date(2006, 3, 30))
    assert ("ordinal", "sco_rats_council_meeting_2006", "6") in facts, facts


def test_the_day_of_a_return_is_not_the_summit_s_and_the_chairmanship_in_the_organization_passed(gazetteer):
    facts = facts_of("Bishkek, 11.06.18. /Kabar/. President of the Kyrgyz Republic Sooronbay Jeenbekov returned to "
                     "Bishkek on the evening of June 10 from the city of Qingdao, where he took part in the meeting of "
                     "the Council of Heads of State of the Shanghai Cooperation Organization. By decision of the "
                     "Council, the chairmanship in the organization passed from China to Kyrgyzstan.", gazetteer,
                     published=date(2018, 6, 11))
    assert not any(fact[:2] == ("date", "sco_heads_of_state_council_2018") for fact in facts), facts
    assert ("presidency", "sco", "kyrgyzstan") in facts, facts


def test_a_second_partner_met_and_later_and_a_name_after_the_armed_forces(gazetteer):
    later = facts_of("BISHKEK - The SCO summit opened on Thursday. On the sidelines of the summit Narendra Modi met Xi "
                     "Jinping, and later Vladimir Putin.", gazetteer, published=date(2019, 6, 14))
    assert ("met_with", "narendra_modi", "vladimir_putin", "2019-06-13", "sco_heads_of_state_council_2019") in later
    forces = facts_of("BEIJING - Chief of the General Staff of the Russian Armed Forces Valery Gerasimov took part in "
                      "a meeting of the chiefs of general staff of the SCO member states on Thursday.", gazetteer,
                      published=date(2014, 8, 28))
    assert ("position", "valery_gerasimov", "Chief of the General Staff", "russia") in forces, forces


def test_a_minister_who_hosted_the_council_and_an_eight_member_security_grouping(gazetteer):
    facts = facts_of("MOSCOW - Both men were in Moscow for the Council of Foreign Ministers of the Shanghai "
                     "Cooperation Organization, the eight-member security grouping. Russian Foreign Minister Sergey "
                     "Lavrov hosted the council on Thursday.", gazetteer, published=date(2020, 9, 11))
    assert ("chair", "sco_foreign_ministers_council_2020", "sergey_lavrov") in facts, facts
    assert ("count", "sco", "memberStateCount", "8") in facts, facts


def test_in_the_capital_of_a_state_for_the_council(gazetteer):
    facts = facts_of("MOSCOW - Both men were in the Russian capital for the Council of Foreign Ministers of the "
                     "Shanghai Cooperation Organization on Thursday.", gazetteer, published=date(2020, 9, 11))
    assert ("held_in", "sco_foreign_ministers_council_2020", "moscow") in facts, facts


def test_an_indian_official_s_honorific_gives_the_state(gazetteer):
    facts = facts_of("NEW DELHI - The Minister of State for Culture, Shri Arjun Ram Meghwal, today participated in the "
                     "Meeting of Ministers of Culture of the Member States of the Shanghai Cooperation Organisation.",
                     gazetteer, published=date(2021, 8, 18))
    assert ("position", "arjun_ram_meghwal", "Minister of State for Culture", "india") in facts, facts


def test_among_the_guests_alongside_the_presidents_sat_invited_by_the_hosts_and_addressed_the_contact_group(gazetteer):
    summit = "sco_heads_of_state_council_2006"
    guests = facts_of("SHANGHAI - The SCO summit opened on Thursday. Among the guests was President Hamid Karzai of "
                      "Afghanistan.", gazetteer, published=date(2006, 6, 15))
    assert any(fact[:3] == ("participation", summit, "hamid_karzai") for fact in guests), guests
    sat = facts_of("SHANGHAI - The SCO summit opened on Thursday. Alongside the six presidents sat Pervez Musharraf, "
                   "Mahmoud Ahmadinejad and Nambaryn Enkhbayar.", gazetteer, published=date(2006, 6, 15))
    assert {f[2] for f in sat if f[:2] == ("participation", summit)} >= {"pervez_musharraf", "nambaryn_enkhbayar"}
    invited = facts_of("SHANGHAI - The SCO summit opened on Thursday. Afghan President Hamid Karzai was invited by "
                       "the Chinese hosts.", gazetteer, published=date(2006, 6, 15))
    assert any(fact[:3] == ("participation", summit, "hamid_karzai") for fact in invited), invited
    group = facts_of("DUSHANBE - A meeting of the SCO-Afghanistan Contact Group was held on Wednesday. Russian Foreign "
                     "Minister Sergey Lavrov and Chinese Foreign Minister Wang Yi also addressed the contact group.",
                     gazetteer, published=date(2021, 7, 15))
    assert ("participation", "sco_afghanistan_contact_group_meeting_2021", "wang_yi", "china", "Member",
            "false") in group, group


def test_a_council_named_in_a_machine_translation_s_word_order(gazetteer):
    facts = facts_of("Tashkent, November 2 (Xinhua) -- On the 2nd local time, the Shanghai Cooperation Organization "
                     "member states heads of government (prime minister) council eighteenth meeting was held in "
                     "Uzbekistan capital Tashkent.", gazetteer, published=date(2019, 11, 3))
    assert ("held_in", "sco_heads_of_government_council_2019", "tashkent") in facts, facts
    title = facts_of("The Shanghai cooperation organization member states government heads council 18th meeting is "
                     "held in Tashkent", gazetteer, published=date(2019, 11, 3))
    assert ("meeting", "sco_heads_of_government_council_2019", "HeadsOfGovernmentCouncilMeeting") in title, title


def test_how_a_delegate_came_told_in_an_aside_or_after_a_list_of_states(gazetteer):
    aside = facts_of("ASTANA, 13 May 2020 - Minister of Foreign Affairs of the Republic of Kazakhstan Mukhtar "
                     "Tileuberdi today took part, via videoconference, in an extraordinary meeting of the Council of "
                     "Foreign Ministers of the SCO member states chaired by Russian Foreign Minister Sergey Lavrov.",
                     gazetteer, published=date(2020, 5, 13))
    council = "sco_foreign_ministers_council_2020"
    assert ("participation", council, "mukhtar_tileuberdi", "kazakhstan", "Member", "true") in aside, aside
    assert ("participation", council, "sergey_lavrov", "russia", "Member", "false") in aside, aside
    listed = facts_of("NEW DELHI - India today hosted the meeting of the SCO trade ministers in a virtual format. "
                      "Ministers from Kazakhstan, Pakistan and Russia, as well as the Secretary-General of the SCO, "
                      "participated through video conference.", gazetteer, published=date(2020, 10, 28))
    assert ("participation", "sco_trade_ministers_meeting_2020", "-", "pakistan", "Member", "true") in listed, listed


def test_drug_control_and_frontier_chiefs_meet_and_young_leaders_hold_no_summit(gazetteer):
    drugs = facts_of("BEIJING, Nov 9 (APP): The heads of the competent authorities of the Shanghai Cooperation "
                     "Organization (SCO) member states responsible for combating illicit drug trafficking held their "
                     "10th meeting via video conference.", gazetteer, published=date(2020, 11, 9))
    assert ("meeting", "sco_drug_control_agency_heads_meeting_2020", "MinisterialMeeting") in drugs, drugs
    chiefs = facts_of("SCO anti-narcotics chiefs hold 10th meeting via video link", gazetteer,
                      published=date(2020, 11, 9))
    assert ("meeting", "sco_drug_control_agency_heads_meeting_2020", "MinisterialMeeting") in chiefs, chiefs
    border = facts_of("SHANGHAI - Heads of the border and frontier control authorities of the SCO member states met "
                      "in Shanghai on Wednesday.", gazetteer, published=date(2024, 7, 11))
    assert ("meeting", "sco_border_service_heads_meeting_2024", "MinisterialMeeting") in border, border
    young = facts_of("Young leaders of SCO countries meet in Astana, agree to set up eco-volunteer headquarters",
                     gazetteer, published=date(2024, 6, 21))
    assert not any(fact[0] == "meeting" for fact in young), young


def test_the_heads_of_its_member_states_meeting_in_a_city_and_a_page_head_before_the_lead(gazetteer):
    facts = facts_of("Kazakhstan Today | Politics | 05.07.2005 18:36\n\nSCO summit in Astana admits three observers\n\n"
                     "Astana. July 5. Kazakhstan Today - The Shanghai Cooperation Organization widened its circle on "
                     "Tuesday when the heads of its member states, meeting in Astana, granted observer status to "
                     "India, Pakistan and Iran.", gazetteer, published=date(2005, 7, 5))
    assert ("date", "sco_heads_of_state_council_2005", "2005-07-05") in facts, facts


def test_a_delegation_led_and_named_by_its_state_s_possessive(gazetteer):
    facts = facts_of("TASHKENT - The SCO summit opened on Thursday. President Mamnoon Hussain led Pakistan's "
                     "delegation, accompanied by Adviser to the Prime Minister on Foreign Affairs Sartaj Aziz.",
                     gazetteer, published=date(2016, 6, 24))
    attended = {fact[2] for fact in facts if fact[:2] == ("participation", "sco_heads_of_state_council_2016")}
    assert attended == {"mamnoon_hussain", "sartaj_aziz"}, facts


def test_a_news_conference_told_before_the_article_says_where_the_summit_met(gazetteer):
    facts = facts_of("The SCO summit opened on Thursday. \"The organisation has grown,\" President Islam Karimov "
                     "told a news conference after the talks. The leaders had gathered in Tashkent for the meeting.",
                     gazetteer, published=date(2004, 6, 17))
    assert ("held_in", "sco_heads_of_state_council_2004", "tashkent") in facts, facts
    assert ("meeting", "press_event_tashkent_2004_06_17", "PressEvent") in facts, facts
    assert not any(fact[1].startswith("press_event_unknown") for fact in facts if fact[0] == "meeting"), facts


def test_the_councils_of_the_sco_s_business_bodies_meet_and_a_body_s_chair_is_not_the_sco_s(gazetteer):
    bank = facts_of("MOSCOW, 30 October 2020 - The Council of the SCO Interbank Consortium held its 16th meeting today "
                    "via videoconference.", gazetteer, published=date(2020, 10, 30))
    assert ("meeting", "sco_interbank_consortium_council_meeting_2020", "Meeting") in bank, bank
    goa = facts_of("GOA - The Development Bank of Kazakhstan took over the rotating chairmanship of the Shanghai "
                   "Cooperation Organisation Interbank Consortium from India on Wednesday at the end of the "
                   "consortium's council meeting.", gazetteer, published=date(2023, 4, 26))
    assert ("meeting", "sco_interbank_consortium_council_meeting_2023", "Meeting") in goa, goa
    assert not any(fact[0] == "presidency" for fact in goa), goa
    business = facts_of("BISHKEK - A meeting of the Business Council of the Shanghai Cooperation Organization was held "
                        "today in Bishkek.", gazetteer, published=date(2019, 5, 17))
    assert ("held_in", "sco_business_council_meeting_2019", "bishkek") in business, business


def test_a_year_ender_s_item_under_a_numbered_heading_is_of_its_heading_s_year(gazetteer):
    facts = facts_of("RESULTS OF 2012: four dates\n\n1. BEIJING, 6-7 JUNE\nThe meeting of the SCO Council of Heads of "
                     "State admitted Afghanistan as an observer.\n\n3. BISHKEK, 4-5 DECEMBER\nFor two days the capital "
                     "hosted the prime ministers. The Council of Heads of Government was chaired by Prime Minister "
                     "Zhantoro Satybaldiev.", gazetteer, published=date(2012, 12, 28))
    assert ("meeting", "sco_heads_of_government_council_2012", "HeadsOfGovernmentCouncilMeeting") in facts, facts
    assert ("chair", "sco_heads_of_government_council_2012", "zhantoro_satybaldiyev") in facts, facts


def test_heads_of_ministries_and_agencies_of_a_portfolio_and_of_physical_culture_and_sports(gazetteer):
    science = facts_of("TASHKENT - Dr Jitendra Singh was addressing the sixth meeting of the Heads of Ministries and "
                       "Agencies of Science and Technology of the SCO member states, hosted by Uzbekistan in Tashkent.",
                       gazetteer, published=date(2022, 4, 9))
    assert ("held_in", "sco_science_and_technology_ministers_meeting_2022", "tashkent") in science, science
    sports = facts_of("TASHKENT - Tashkent on Friday hosted the first meeting of the heads of ministries and agencies "
                      "responsible for physical culture and sports of the member states of the SCO.", gazetteer,
                      published=date(2022, 5, 21))
    assert ("meeting", "sco_sports_ministers_meeting_2022", "MinisterialMeeting") in sports, sports


def test_the_heads_responsible_for_ict_development_meet_as_the_digital_ministers(gazetteer):
    facts = facts_of("KARAMAY - The fourth meeting of the heads of ministries and agencies responsible for ICT "
                     "development of the SCO member states took place in Karamay on June 17.", gazetteer,
                     published=date(2025, 6, 18))
    assert ("meeting", "sco_digital_development_ministers_meeting_2025", "MinisterialMeeting") in facts, facts
    assert not any(fact[1].startswith("sco_heads_of_state") for fact in facts if fact[0] == "meeting"), facts


def test_a_city_that_hosted_on_a_day_and_a_meeting_held_from_one_day_to_another(gazetteer):
    hosted = facts_of("ASTANA. KAZINFORM - New Delhi on April 20 hosted the 11th meeting of the heads of the emergency "
                      "agencies of the Shanghai Cooperation Organisation member states.", gazetteer,
                      published=date(2023, 4, 21))
    assert ("held_in", "sco_emergency_situations_ministers_meeting_2023", "new_delhi") in hosted, hosted
    days = facts_of("Qingdao [China], June 26 (ANI): Defence Minister Rajnath Singh on Thursday refused to sign the "
                    "joint document of the SCO Defence Ministers' Meeting here. As a result, the two-day meeting, held "
                    "from June 25 to 26 under China's chairmanship, ended without a joint communique.", gazetteer,
                    published=date(2025, 6, 27))
    assert ("date", "sco_defence_ministers_meeting_2025", "2025-06-25") in days, days


def test_a_state_office_that_ends_an_apposition_is_the_whole_title(gazetteer):
    facts = facts_of("BISHKEK - The SCO heads of government met in Bishkek on Thursday. It was chaired by Akylbek "
                     "Japarov, Chairman of the Cabinet of Ministers, and attended by Mikhail Mishustin, Chairman of "
                     "the Government.", gazetteer, published=date(2023, 10, 27))
    assert ("position", "akylbek_japarov", "Chairman of the Cabinet of Ministers", "kyrgyzstan") in facts, facts
    assert ("position", "mikhail_mishustin", "Chairman of the Government", "russia") in facts, facts


def test_a_founding_declaration_is_the_founding_summit_s_only(gazetteer):
    founding = facts_of("SHANGHAI - The presidents of six states met in Shanghai yesterday and signed a founding "
                        "declaration creating the Shanghai Cooperation Organisation.", gazetteer,
                        published=date(2001, 6, 16))
    assert ("adopted", "sco_heads_of_state_council_2001", "sco_heads_of_state_council_2001_declaration") in founding
    later = facts_of("ASTANA - The SCO summit opened in Astana on Wednesday. He is one of three men at the table who "
                     "also put their names to the founding declaration in Shanghai on 15 June 2001.", gazetteer,
                     published=date(2011, 6, 16))
    assert not any(fact[0] == "adopted" for fact in later), later
