"""The words extraction reads by, in one place: numbers, ordinals, months, weekdays, titles, military ranks,
official state names, and the SCO's meeting formats (the series each regular meeting belongs to)."""

from __future__ import annotations

import re

from loader.facts import (
    DEFENCE_MINISTERS, FOREIGN_MINISTERS, HEADS_OF_GOVERNMENT, HEADS_OF_STATE, MEETING, MINISTERIAL, SECURITY_SECRETARIES,
)

NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
    "twenty-fourth twenty-fifth".split(), start=1)}
MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Titles as news writes them (lower case) -> the canonical title of the position (tests/gold/README.md).
# Ministers of other portfolios are read by pattern (MINISTER_OF, PORTFOLIO_MINISTER) and written "<Portfolio> Minister".
TITLES = {
    "first vice president": "First Vice President",
    "first vice-president": "First Vice President",
    "second vice president": "Second Vice President",
    "second vice-president": "Second Vice President",
    "vice president": "Vice President",
    "vice-president": "Vice President",
    "president": "President",
    "head of state": "President",
    "prez": "President",  # exam notes' shorthand
    "prime minister": "Prime Minister",
    "pm": "Prime Minister",
    "fm": "Foreign Minister",
    "eam": "Foreign Minister",  # India's External Affairs Minister in Indian official copy
    "vice premier": "Vice Premier",
    "vice premier of the state council": "Vice Premier",
    "premier": "Premier",
    "premier of the state council": "Premier",
    "chairman of the government": "Chairman of the Government",  # Russia's head of government, as its protocol names it
    "chairman of the cabinet of ministers": "Chairman of the Cabinet of Ministers",
    "deputy prime minister": "Deputy Prime Minister",
    "first deputy prime minister": "First Deputy Prime Minister",
    "foreign minister": "Foreign Minister",
    "minister of foreign affairs": "Foreign Minister",
    "minister for foreign affairs": "Foreign Minister",
    "state councilor": "State Councilor",
    "state councillor": "State Councilor",
    "external affairs minister": "Foreign Minister",
    "minister of external affairs": "Foreign Minister",
    "minister of the external affairs": "Foreign Minister",
    "minister of state for external affairs": "Minister of State for External Affairs",
    "defence minister": "Defence Minister",
    "defense minister": "Defence Minister",
    "minister of defence": "Defence Minister",
    "minister of defense": "Defence Minister",
    "minister of national defence": "Defence Minister",
    "minister of national defense": "Defence Minister",
    "raksha mantri": "Defence Minister",  # Indian official usage (PIB): "Raksha Mantri Shri Rajnath Singh"
    "foreign secretary": "Foreign Secretary",
    "defence secretary": "Defence Secretary",
    "defense secretary": "Defence Secretary",
    "secretary of the security council": "Secretary of the Security Council",
    "security council secretary": "Secretary of the Security Council",
    "national security adviser": "National Security Adviser",
    "national security advisor": "National Security Adviser",
    "nsa": "National Security Adviser",
    "prosecutor general": "Prosecutor General",
    "prosecutor-general": "Prosecutor General",
    "procurator general": "Prosecutor General",
    "procurator-general": "Prosecutor General",
    "secretary-general": "Secretary-General",
    "secretary general": "Secretary-General",
    "secy-gen": "Secretary-General",
    "secy gen": "Secretary-General",
    "deputy secretary-general": "Deputy Secretary-General",
    "deputy secretary general": "Deputy Secretary-General",
    "under-secretary-general": "Under-Secretary-General",  # of the UN
    "under-secretary-general for political affairs": "Under-Secretary-General for Political Affairs",
    "under secretary-general": "Under-Secretary-General",
    "undersecretary-general": "Under-Secretary-General",
    "assistant secretary-general": "Assistant Secretary-General",
    "director of the executive committee": "Director of the Executive Committee",
    "director of the rats executive committee": "Director of the Executive Committee",
    "director of the sco rats executive committee": "Director of the Executive Committee",
    "rats executive committee director": "Director of the Executive Committee",  # "RATS Executive Committee Director X"
    "rats director": "Director of the Executive Committee",
    "chief justice": "Chief Justice",
    "president of the supreme court": "President of the Supreme Court",
    "chairman of the supreme court": "Chairman of the Supreme Court",
    "supreme court chairman": "Chairman of the Supreme Court",
    "head of the judiciary": "Head of the Judiciary",
    "judiciary chief": "Head of the Judiciary",
    "chief of the judiciary": "Head of the Judiciary",
    "joint secretary": "Joint Secretary",
    "permanent representative": "Permanent Representative",
    "national coordinator": "National Coordinator",
    "ambassador": "Ambassador",
    "deputy foreign minister": "Deputy Foreign Minister",
    "deputy defence minister": "Deputy Defence Minister",
    "chief of the general staff": "Chief of the General Staff",
    "executive secretary": "Executive Secretary",
    "chief executive": "Chief Executive",
    "chairman": "Chairman", "chairwoman": "Chairwoman", "chairperson": "Chairperson",
    "king": "King",
    "emir": "Emir",
    "crown prince": "Crown Prince",
    "chancellor": "Chancellor",
    "acting president": "Acting President",
    "acting prime minister": "Acting Prime Minister",
    "acting foreign minister": "Acting Foreign Minister",
    "managing director": "Managing Director",
}
# The titles of a head of government: "the Kazakh premier" is the one its article calls Prime Minister
HEAD_OF_GOVERNMENT_TITLES = frozenset({"Prime Minister", "Premier", "Chairman of the Government"})
# Those who sit at a summit: the head of state, or the head of government some states send
HEAD_OF_STATE_TITLES = HEAD_OF_GOVERNMENT_TITLES | {"President", "Acting President", "Emir", "King"}
# Titles that name the body they belong to when the text names none: "Secretary-General Vladimir Norov" in SCO news.
TITLE_BODY = {"Secretary-General": "sco", "Deputy Secretary-General": "sco", "Director of the Executive Committee": "sco_regional_anti_terrorist_structure"}
# Words before a title that name one state's government: "Union Home Minister" in Indian usage
GOVERNMENT_WORDS = {"Union": "india"}
# Titles as written that are one state's own: "Raksha Mantri held bilateral meetings" (India's defence minister)
TITLE_STATE = {"raksha mantri": "india", "eam": "india"}
# A list's heading gives its items their title: "the foreign ministers of the member states - India's X, China's Y".
GROUP_TITLES = {
    "foreign ministers": "Foreign Minister", "defence ministers": "Defence Minister", "defense ministers": "Defence Minister",
    "defence chiefs": "Defence Minister", "defense chiefs": "Defence Minister",
    "prime ministers": "Prime Minister", "premiers": "Premier", "presidents": "President",
    "vice presidents": "Vice President",
    "national security advisers": "National Security Adviser", "national security advisors": "National Security Adviser",
    "secretaries of the security councils": "Secretary of the Security Council",
    "secretaries of security councils": "Secretary of the Security Council",
    "prosecutors general": "Prosecutor General", "prosecutors-general": "Prosecutor General",
    "transport ministers": "Transport Minister", "deputy prime ministers": "Deputy Prime Minister",
}
# The portfolios of other ministers: "Minister of Transport" and "Transport Minister" are both "Transport Minister".
PORTFOLIOS = (
    "transport", "transport and communications", "trade", "foreign trade", "commerce", "commerce and industry",
    "economy", "economic development", "economic development and trade", "foreign economic activity",
    "foreign economic relations", "agriculture", "energy", "finance", "education", "health", "healthcare", "culture", "justice",
    "emergency situations", "emergencies", "interior", "internal affairs", "home affairs", "home", "science and technology",
    "tourism", "digital development", "industry", "environment", "natural resources", "labour", "labor", "sports",
    "petroleum and natural gas", "petroleum", "oil and gas", "energy and natural resources", "railways",
    "communications", "information technology", "water resources", "ecology", "investment", "mining", "climate change",
    # the ministries of the member states as they name themselves
    "education and science", "science and education", "science and higher education", "higher education",
    "higher education, science and innovation", "science, research and technology", "preschool and school education",
    "agriculture and rural affairs", "agriculture and food", "agriculture and food security", "culture and tourism",
    "culture and information", "culture and sports", "labour and social protection", "health and social protection",
    "public health", "emergency management", "public security", "digital development and communications",
    "digital technologies", "information and communications", "transport and infrastructure", "national economy",
    "economy and finance", "economy and commerce", "industry and trade", "energy and water resources",
    "natural resources and ecology", "ecology and natural resources", "environmental protection", "water resources and irrigation",
    "information", "information and broadcasting", "law", "law and justice", "planning", "planning and development",
    "parliamentary affairs", "defence production", "youth and sports", "labour and employment", "civil aviation",
    # India's ministries as they name themselves
    "agriculture and farmers welfare", "health and family welfare", "road transport and highways",
    "ports, shipping and waterways", "new and renewable energy", "chemicals and fertilizers", "textiles", "steel",
    "coal",
)
# The words portfolios are made of, for the ministries no list foresees
PORTFOLIO_WORDS = sorted({word for portfolio in PORTFOLIOS for word in portfolio.replace(",", "").split()} - {"and", "of"} | {
    "processing", "food", "security", "research", "rural", "urban", "social", "protection", "welfare", "employment",
    "housing", "construction", "infrastructure", "land", "forestry", "fisheries", "livestock", "irrigation", "youth",
    "family", "women", "public", "civil", "aviation", "road", "roads", "highways", "power", "electricity", "nuclear", "media",
    "innovation", "innovations", "information", "telecommunications", "posts", "statistics", "planning", "budget", "mine",
    "mass",  # "Minister of Culture and Mass Communications"
    "mines",
    "revenue", "taxes", "customs", "migration", "labor", "labour", "vocational", "training", "heritage", "arts",
    "physical", "affairs", "national", "defence", "defense", "foreign", "interior", "home", "water", "natural", "islamic",
    "guidance", "human", "resource", "resources", "farmers", "shipping", "waterways", "ports", "renewable",
    "enterprises", "aerospace"})
# Parliaments and their chambers, for "Chairman of the State Duma Boris Gryzlov", "Speaker of the Jogorku Kenesh of
# Kyrgyzstan Marat Sultanov": the state each belongs to where its name says it (None where many states have one).
LEGISLATURES = {
    "Federation Council": "russia", "State Duma": "russia", "Majlisi Milli": "tajikistan", "Majlisi Oli": "tajikistan",
    "Majlisi Namoyandagon": "tajikistan", "Jogorku Kenesh": "kyrgyzstan", "Oliy Majlis": "uzbekistan",
    "Legislative Chamber of the Oliy Majlis": "uzbekistan", "Senate of the Oliy Majlis": "uzbekistan",
    "Mazhilis": "kazakhstan", "Majilis": "kazakhstan", "National People's Congress": "china",
    "Standing Committee of the National People's Congress": "china", "Lok Sabha": "india", "Rajya Sabha": "india",
    "Islamic Consultative Assembly": "iran", "Majlis": "iran", "State Great Hural": "mongolia",
    "Council of the Republic": "belarus", "House of Representatives": None, "Senate": None, "National Assembly": None,
    "Parliament": None,
}
# Military and civil ranks and honorifics written before a name, never part of it: "Colonel General Ruslan
# Zhaksylykov", "General of the Army Sergei Shoigu", "Engr. Khurram Dastgir". A bare "General" only where a name
# follows it at the start of a list item ("namely General Li Shangfu of China, General Sergei Shoigu of Russia"):
# it also ends "Secretary General".
RANKS = re.compile(
    r"\b(?:General\sof\sthe\sArmy|Army\sGeneral|Colonel[\s-]General|Lieutenant[\s-]General|Lt\.?\sGen\.?|"
    r"Major[\s-]General|Maj\.?\sGen\.?|Brigadier(?:\sGeneral)?|Brig\.?\sGen\.?|(?:Vice\s|Rear\s)?Admiral|"
    r"Air\sChief\sMarshal|Field\sMarshal|Marshal|Colonel|Col\.?[\s-]Gen\.?|Engr\.|Engineer|H\.E\.|Dr\.|Senator|"
    # a press release's "Gen Valery Gerasimov", "Adm X"
    r"(?:Vice\s)?Adm\.?(?=\s[A-Z])|Gen\.?(?=\s[A-Z][a-z]+\s[A-Z][a-z])|"
    r"(?<=[Mm]inister\s)General|(?<=[Mm]inister,\s)General|(?:^|(?<=,\s)|(?<=\snamely\s)|(?<=\sand\s)"
    # "Defence Minister of China General Wei Fenghe": after a state's name, not after the word of another title
    r"|(?<=[a-z]\s)(?<!Secretary\s)(?<!Attorney\s)(?<!Consul\s)(?<!Director\s)(?<!Inspector\s)(?<!Governor\s)"
    r"(?<!Solicitor\s)(?<!Auditor\s)(?<!Surgeon\s)(?<!Procurator\s)(?<!Prosecutor\s)(?<!Postmaster\s)(?<!Accountant\s)"
    r"(?<!Comptroller\s)(?<!Advocate\s)(?<!Commissary\s)(?<!\sthe\s)(?<!\sa\s))General"
    r"(?=\s(?!Secretary|Assembly|Staff|Director|Prosecutor|Procurator|Consul|Manager|Counsel)(?:\([Rr]etd\.?\)\s)?[A-Z][a-z]+\s[A-Z][a-z]))"
    # "Lieutenant General of Aviation X", "Major General of Police Y", "Lieutenant General (retd) X"
    r"(?:\sof\s(?:the\s)?(?:Aviation|Air\sForces?|Police|Justice|Militia|Internal\sService|Border\sService))?"
    r"(?:\s\((?:[Rr]etd|[Rr]etired|R)\.?\))?\s(?=[A-Z])"
)
# "HE Sheikh Mohammed ...", "HE the Prime Minister": His (or Her) Excellency as Gulf agencies write it, left out
EXCELLENCY = re.compile(r"\bHE\s(?=(?:the\s)?[A-Z][a-z])")
# "Secretary of the Russian Security Council X" is read as "Russian Secretary of the Security Council X": the state
# written inside a title moves before it, where the person patterns look for it.
STATE_INSIDE_TITLE = re.compile(r"\b(?P<title>Secretary|Chairman|Chairperson|Head|Deputy\sChairman)\sof\sthe\s"
                                r"(?P<adj>[A-Z][a-z]+)\s(?P<body>Security\sCouncil|Cabinet\sof\sMinisters|Government)\b")
# "Director of the RATS Executive Committee X" is read as "Director of the Executive Committee of the RATS X"
BODY_INSIDE_TITLE = re.compile(r"\b(?P<title>Director|Head|Chairman)\sof\sthe\s(?P<body>(?:SCO\s)?(?:RATS|Regional\s"
                               r"Anti-Terrorist\sStructure))\sExecutive\sCommittee\b")
# "Ambassador Extraordinary and Plenipotentiary of Bahrain to China, X", "Permanent Representative of Kyrgyzstan to the
# SCO, X" are read as "Ambassador of Bahrain, X": the post's state is the one they stand for, the one after "to" is left
ENVOY_POSTED_TO = re.compile(r"\b(?P<title>Ambassador|(?:Permanent|Special)\sRepresentative|Envoy)(?:\sExtraordinary\sand\s"
                             r"Plenipotentiary)?(?P<of>\sof\s(?:the\s)?[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})\sto\s(?:the\s)?"
                             r"(?:[A-Z][\w'-]*(?:\s(?:of\s(?:the\s)?)?[A-Z][\w'-]*){0,3}?)(?=,\s[A-Z]|\s(?:[A-Z]\.|[A-Z][a-z]+\s[A-Z]))")
# "Secretary of the Security Council under the President of Uzbekistan" is "Secretary of the Security Council of Uzbekistan"
# "Secretary of the Security Council under the President of X", "Chief of the General Staff of the Armed Forces of X":
# a title of X
UNDER_THE_PRESIDENT = re.compile(r"(?<=Council)\s(?:under|at)\sthe\sPresident\sof\s(?=(?:the\s)?[A-Z])"
                                 r"|(?<=Staff)\sof\sthe\s(?:Armed\sForces|Army)\sof\s(?=(?:the\s)?[A-Z])")
RANK_WORDS = ("General", "Gen", "Admiral", "Adm", "Marshal", "Colonel", "Col", "Brigadier", "Brig", "Engr", "Engineer",
              "H.E.", "Dr.", "Senator")
# Official names of states: "the Republic of Kazakhstan", "the Islamic Republic of Pakistan", "the People's Republic
# of China", "the Kingdom of Saudi Arabia" name the state their last words name; two need their common name.
STATE_FORMS = re.compile(
    r"\b(?<!')(?:the\s)?(?:(?:Islamic|People's|Federal|Democratic|Socialist|Arab|Democratic\sSocialist)\s)?"
    r"(?:Republic|Kingdom|Sultanate)\sof\s(?:the\s)?(?=[A-Z])"
)
STATE_FORM_NAMES = re.compile(r"\b(?:the\s)?(?P<name>Russian\sFederation|Kyrgyz\sRepublic)\b")
COMMON_STATE_NAMES = {"Russian Federation": "Russia", "Kyrgyz Republic": "Kyrgyzstan"}

# Regular SCO meetings: class, id prefix (`<prefix>_<year>`), label, and the phrases that name the participants.


class Series:
    """A series of regular SCO meetings: `sco_defence_ministers_meeting_2023` is its meeting of 2023."""

    def __init__(self, kind: str, prefix: str, label: str, participants: str, venues: dict[int, str] | None = None,
                 numbered: bool = True):
        self.kind, self.prefix, self.label, self.participants = kind, prefix, label, participants
        self.venues = venues or {}  # year -> city slug, where the reference list knows it
        self.numbered = numbered  # are its meetings numbered one a year (not where extraordinary ones count too)?

    def years_in(self, city: str, before: int) -> list[int]:
        """The years up to `before` in which the series met in `city`, latest first."""
        return sorted((year for year, venue in self.venues.items() if venue == city and year <= before), reverse=True)

    def year_of_ordinal(self, ordinal: int) -> int | None:
        """The year of the series' meeting numbered `ordinal`, where it meets once a year without gaps since its
        first (the heads of state: the 22nd is 2022's)."""
        first = min(self.venues, default=None) if self.numbered else None
        annual = first is not None and all(year in self.venues for year in range(first, max(self.venues) + 1))
        return first + ordinal - 1 if annual and first + ordinal - 1 in self.venues else None

    def year_of_listed(self, ordinal: int) -> int | None:
        """The year of the n-th of the meetings its venues list, one a year, even where a year was skipped (the
        heads of government, who did not meet in 2002: the 14th is 2015's); for a chronicle that names each."""
        years = sorted(self.venues) if self.numbered else []
        return years[ordinal - 1] if 0 < ordinal <= len(years) else None

    def meeting_id(self, year: int | None) -> str:
        return f"{self.prefix}_{year}" if year else self.prefix

    def __repr__(self) -> str:
        return f"Series({self.prefix})"


# Where the councils met (reference list; a meeting held by video is listed at its chair's capital): "the Ufa
# summit" in an article of 2019 is the council of 2015.
SUMMIT_VENUES = dict(enumerate((
    "shanghai", "saint_petersburg", "moscow", "tashkent", "astana", "shanghai", "bishkek", "dushanbe", "yekaterinburg",
    "tashkent", "astana", "beijing", "bishkek", "dushanbe", "ufa", "tashkent", "astana", "qingdao", "bishkek", "moscow",
    "dushanbe", "samarkand", "new_delhi", "astana", "tianjin"), start=2001))
PREMIERS_VENUES = {
    2001: "almaty", 2003: "beijing", 2004: "bishkek", 2005: "moscow", 2006: "dushanbe", 2007: "tashkent", 2008: "astana",
    2009: "beijing", 2010: "dushanbe", 2011: "saint_petersburg", 2012: "bishkek", 2013: "tashkent", 2014: "astana",
    2015: "zhengzhou", 2016: "bishkek", 2017: "sochi", 2018: "dushanbe", 2019: "tashkent", 2020: "new_delhi",
    2021: "astana", 2022: "beijing", 2023: "bishkek", 2024: "islamabad", 2025: "moscow"}
# The regular meetings of three more series (reference list; the years not listed are not known here, and a year's
# extraordinary meeting is not one of them): "the ministers met in Bishkek last year", "the Goa meeting"
FOREIGN_MINISTERS_VENUES = {
    2002: "moscow", 2003: "tashkent", 2004: "beijing", 2005: "astana", 2006: "shanghai", 2007: "bishkek",
    2008: "dushanbe", 2009: "moscow", 2010: "tashkent", 2011: "almaty", 2012: "beijing", 2013: "cholpon_ata",
    2014: "dushanbe", 2015: "moscow", 2016: "tashkent", 2017: "astana", 2018: "beijing", 2019: "bishkek",
    2020: "moscow", 2021: "dushanbe", 2022: "tashkent", 2023: "goa", 2024: "astana", 2025: "tianjin"}
DEFENCE_MINISTERS_VENUES = {
    2002: "moscow", 2006: "beijing", 2007: "bishkek", 2009: "moscow", 2012: "beijing", 2013: "bishkek", 2015: "moscow",
    2017: "astana", 2018: "beijing", 2019: "bishkek", 2020: "moscow", 2021: "dushanbe", 2022: "tashkent",
    2023: "new_delhi", 2024: "astana", 2025: "qingdao"}
SECURITY_SECRETARIES_VENUES = {
    2007: "bishkek", 2009: "moscow", 2010: "tashkent", 2012: "beijing", 2015: "moscow", 2016: "tashkent",
    2017: "astana", 2018: "beijing", 2019: "bishkek", 2021: "dushanbe", 2022: "tashkent", 2023: "new_delhi",
    2024: "astana", 2025: "beijing"}
# The capital of each state the reference data lists, for "held in the Indian capital" (not a fact to state:
# identity data, like the venues above)
CAPITALS = {
    "china": "beijing", "russia": "moscow", "kazakhstan": "astana", "kyrgyzstan": "bishkek", "tajikistan": "dushanbe",
    "uzbekistan": "tashkent", "india": "new_delhi", "pakistan": "islamabad", "iran": "tehran", "belarus": "minsk",
    "mongolia": "ulaanbaatar", "afghanistan": "kabul", "turkey": "ankara", "azerbaijan": "baku", "armenia": "yerevan",
    "cambodia": "phnom_penh", "nepal": "kathmandu", "sri_lanka": "colombo", "egypt": "cairo", "qatar": "doha",
    "saudi_arabia": "riyadh", "united_arab_emirates": "abu_dhabi", "kuwait": "kuwait_city", "bahrain": "manama",
    "maldives": "male", "myanmar": "naypyidaw", "turkmenistan": "ashgabat", "laos": "vientiane",
}
# Each state's standing in the SCO from the day the council granted it (reference list): the capacity a state's
# delegate has at an SCO meeting the article does not qualify. Turkmenistan, neutral, comes as a guest; Afghanistan
# came as the presidency's guest until it became an observer.
# States whose people's names are written family name first ("Zhang Xinfeng"): a shared first word says nothing of the
# given name (loader.extraction.variants)
FAMILY_NAME_FIRST = ("china",)
# Official names news gives member states in lists ("the Kyrgyz Republic, the Russian Federation"), beside their own
MEMBER_ALIASES = {"kyrgyzstan": ("Kyrgyz Republic",), "russia": ("Russian Federation",),
                  "china": ("People's Republic of China",)}
STANDINGS = {
    **{state: (("2001-06-15", "member"),) for state in
       ("china", "russia", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan")},
    "india": (("2005-07-05", "observer"), ("2017-06-09", "member")),
    "pakistan": (("2005-07-05", "observer"), ("2017-06-09", "member")),
    "iran": (("2005-07-05", "observer"), ("2023-07-04", "member")),
    "mongolia": (("2004-06-17", "observer"),),
    "afghanistan": (("2004-06-17", "guest"), ("2012-06-07", "observer")),
    "belarus": (("2009-06-16", "partner"), ("2015-07-10", "observer"), ("2024-07-04", "member")),
    "sri_lanka": (("2009-06-16", "partner"),),
    "turkey": (("2012-06-07", "partner"),),
    **{state: (("2015-07-10", "partner"),) for state in ("azerbaijan", "armenia", "cambodia", "nepal")},
    "turkmenistan": (("2007-08-16", "guest"),),
}
COUNCIL_SERIES = {
    HEADS_OF_STATE: Series(HEADS_OF_STATE, "sco_heads_of_state_council", "Meeting of the SCO Council of Heads of State",
                           # "the heads of its member states, meeting in Astana, granted ..."
                           r"heads\sof\sstates?|heads\sof\s(?:its|the\s(?:SCO's|organi[sz]ation's|bloc's|group's))\s"
                           r"(?:\w+\s)?member\sstates", SUMMIT_VENUES),
    HEADS_OF_GOVERNMENT: Series(HEADS_OF_GOVERNMENT, "sco_heads_of_government_council",
                                "Meeting of the SCO Council of Heads of Government", r"heads\sof\sgovernments?",
                                PREMIERS_VENUES),
    FOREIGN_MINISTERS: Series(FOREIGN_MINISTERS, "sco_foreign_ministers_council",
                              "Meeting of the SCO Council of Foreign Ministers",
                              r"foreign\sministers|ministers\sof\sforeign\saffairs|foreign\saffairs\sministers|FMs|"
                              r"top\sdiplomats",
                              FOREIGN_MINISTERS_VENUES, numbered=False),
}
# The summits of the Shanghai Five, the SCO's forerunner, 1996-2000: a summit of the heads of state before the SCO's first
# (2001) is one of theirs. Not one of SERIES: no rule reads a meeting of the SCO into them.
SHANGHAI_FIVE = Series(MEETING, "shanghai_five_summit", "Summit of the Shanghai Five", r"heads\sof\sstates?",
                       {1996: "shanghai", 1997: "moscow", 1998: "almaty", 1999: "bishkek", 2000: "dushanbe"})
SHANGHAI_FIVE_ORGANIZER = "shanghai_five"  # their organizer, in the reference list
FIRST_SCO_SUMMIT_YEAR = 2001
# Meetings outside the SCO's regular series whose ids still carry their year: other groups' summits, which news of
# SCO meetings names beside them ("the BRICS summit in Kazan"), and the SCO's own one-off formats. The group as written
# (or the one-off's key) -> (the prefix of the meeting's id, its organizer in the reference list)
OUTSIDE_SERIES = {
    "BRICS": ("brics_summit", "brics"), "BRIC": ("bric_summit", "brics"),
    "CSTO": ("csto_summit", "collective_security_treaty_organization"),
    "CIS": ("cis_summit", "commonwealth_of_independent_states"), "EAEU": ("eaeu_summit", "eurasian_economic_union"),
    "G20": ("g20_summit", "g20"), "G-20": ("g20_summit", "g20"), "G7": ("g7_summit", "g7"), "G-7": ("g7_summit", "g7"),
    "G8": ("g8_summit", None), "G-8": ("g8_summit", None), "OSCE": ("osce_summit", "osce"),
    "ASEAN": ("asean_summit", "asean"),
    "CICA": ("conference_on_interaction_and_confidence_building_measures_in_asia_summit",
             "conference_on_interaction_and_confidence_building_measures_in_asia"),
    "NATO": ("nato_summit", "nato"), "EU": ("european_union_summit", "european_union"),
    "contact group": ("sco_afghanistan_contact_group_meeting", "sco"),
    "special conference": ("sco_special_conference_on_afghanistan", "sco"),
    "SCO-CSTO": ("sco_csto_joint_meeting_on_afghanistan", None),  # joint: no one body organizes it
}
OUTSIDE_LABELS = {"contact group": "Meeting of the SCO-Afghanistan Contact Group",
                  "special conference": "Special Conference on Afghanistan",
                  "SCO-CSTO": "Joint meeting of the SCO and the CSTO"}
SCO_PLUS_NAME = "SCO Plus meeting"  # held beside each summit since 2024: one a year, `sco_plus_meeting_<year>`
THREE_WAY_FORMAT = "Three-way meeting"  # a meeting of three leaders beside a summit: no meeting of the SCO's
OTHER_GROUPS = [group for group in OUTSIDE_SERIES if group not in OUTSIDE_LABELS]  # the groups of OTHER_GROUP_SUMMIT


def _portfolio_ministers(portfolio: str, more: str = "") -> Series:
    """The meetings of the ministers of one portfolio: "agriculture ministers", "ministers of agriculture" (and
    `more` ways to name them): "the heads of ministries and agencies of science and technology", "... responsible for
    physical culture and sports"."""
    words = portfolio.replace(" ", r"\s")
    pattern = rf"{words}\sministers|ministers\sof\s(?:the\s)?{words}|heads\sof\s(?:the\s)?(?:ministries|departments)\sof\s" \
              rf"(?:the\s)?{words}|heads\sof\s(?:the\s)?ministries\sand\s(?:departments|agencies)\s" \
              rf"(?:responsible\sfor|in\scharge\sof|of)\s(?:the\s)?(?:physical\sculture\sand\s)?{words}" \
              + (f"|{more}" if more else "")
    return Series(MINISTERIAL, f"sco_{portfolio.replace(' ', '_')}_ministers_meeting",
                  f"Meeting of {portfolio.title().replace(' And ', ' and ')} Ministers", pattern)


def _heads_of(service: str, bodies: str, more: str) -> Series:
    """The meetings of the heads of one kind of service: "heads of customs services (administrations, agencies)"."""
    words = service.replace(" ", r"\s")
    pattern = rf"heads\sof\s(?:the\s)?{words}\s(?:{bodies}|administrations|services|agencies|departments|offices|" \
              rf"authorities|guards?|guard\sservices)|{more}"
    # the id names the participants as "supreme_court_presidents" does: "border_service_heads",
    # "drug_control_agency_heads"
    body = bodies[:-3] + "y" if bodies.endswith("ies") else bodies.removesuffix("s")
    return Series(MINISTERIAL, f"sco_{service.replace(' ', '_')}_{body}_heads_meeting",
                  f"Meeting of Heads of {service.title().replace(' And ', ' and ')} {bodies.title()}", pattern)


_IBC = r"(?:SCO\s)?(?:Inter-?bank\s(?:Consortium|Association)|IBC)"  # the SCO Interbank Consortium
# The SCO's bodies, whose chairs are not the SCO's: "the rotating chairmanship of the Shanghai Cooperation Organisation
# Interbank Consortium"
SCO_BODY = r"(?:SCO\s|Shanghai\sCooperation\sOrgani[sz]ation\s)?" \
    r"(?:Inter-?bank|IBC\b|Business\sCouncil|Youth\sCouncil|Energy\sClub)"
_STATES_OWN = r"(?:(?:member\s)?(?:states|countries)['\u2019]\s)?"  # "heads of the SCO member states' agencies"
MINISTERIAL_SERIES = [
    Series(DEFENCE_MINISTERS, "sco_defence_ministers_meeting", "Meeting of Defence Ministers",
           r"defen[cs]e\s(?:ministers|chiefs)|defen[cs]e(?=\s(?:summit|meeting))|ministers\sof\s(?:national\s)?defen[cs]e|"
           r"heads\sof\s(?:the\s)?(?:defen[cs]e\s"
           r"(?:ministries|agencies|departments)|military\sdepartments)", DEFENCE_MINISTERS_VENUES, numbered=False),
    Series(SECURITY_SECRETARIES, "sco_security_council_secretaries_meeting", "Meeting of Security Council Secretaries",
           r"secretaries\sof\s(?:the\s)?security\scouncils?|security\scouncil\ssecretaries|"
           r"national\ssecurity\sadvis[eo]rs|NSAs",
           SECURITY_SECRETARIES_VENUES, numbered=False),
    Series(MINISTERIAL, "sco_prosecutors_general_meeting", "Meeting of Prosecutors General",
           # "top prosecutors from the six member states ... ended their first-ever joint meeting"
           r"(?:top\s|chief\s)?(?:prosecutors|procurators)(?:[\s-]general)?|prosecutor[\s-]generals"),
    Series(MINISTERIAL, "sco_supreme_court_presidents_meeting", "Meeting of Supreme Court Presidents",
           r"(?:chief\sjustices|(?:presidents|chairm[ae]n|heads)\sof\s(?:the\s)?supreme\scourts|supreme\scourt\s(?:chiefs|presidents"
           r"|heads|judges))"),
    Series(MINISTERIAL, "sco_transport_ministers_meeting", "Meeting of Transport Ministers",
           r"transport\sministers|ministers\sof\s(?:transport|transport\sand\scommunications)"),
    Series(MINISTERIAL, "sco_trade_ministers_meeting", "Meeting of Trade Ministers",
           r"(?:foreign\s)?trade\sministers|commerce\sministers|(?:economy|economic)\sand\strade\sministers|ministers\s"
           r"(?:of|for|responsible\sfor|in\scharge\sof)\s(?:foreign\s)?(?:economic(?:\s(?:activit(?:y|ies)|relations|affairs))?"
           r"(?=\sand\s(?:foreign\s)?trade)|economic\s(?:activit(?:y|ies)|relations|affairs)|trade|commerce)"
           r"(?:\sand\s(?:foreign\s)?trade(?:\sactivit(?:y|ies))?)?"),
    Series(MINISTERIAL, "sco_emergency_situations_ministers_meeting", "Meeting of Emergency Situations Ministers",
           r"emergency\s(?:situations\s)?ministers|ministers\sof\semergenc(?:y\ssituations|ies)|heads\sof\s(?:the\s)?"
           rf"(?:SCO\s)?{_STATES_OWN}(?:ministries\sand\s)?(?:agencies|departments)\s"
           r"(?:of\s(?:the\s)?SCO\smember\sstates\s)?"
           r"(?:for|of|dealing\swith|responsible\sfor)\s(?:the\s)?(?:prevention\sand\s)?(?:elimination\sof\s)?"
           r"emergenc(?:y\ssituations|ies)"
           rf"|heads\sof\s(?:the\s)?(?:SCO\s)?{_STATES_OWN}"
           r"(?:emergenc(?:y\ssituations|ies|y)|disaster\s(?:relief|management))\s"
           r"(?:agencies|departments|services|ministries)"),
    # one format whose participants are both: the id names them both, as the series' ids name their participants
    Series(MINISTERIAL, "sco_finance_ministers_and_central_bank_governors_meeting",
           "Meeting of Finance Ministers and Central Bank Governors",
           r"finance\sministers(?:\sand\s(?:central\sbank\s(?:governors|heads|chiefs)|(?:governors|heads)\sof\s(?:the\s)?central\s"
           r"banks))?|ministers\sof\s(?:the\s)?finance(?:\sand\s(?:governors|heads)\sof\s(?:the\s)?central\sbanks)?|heads\sof\s"
           r"(?:the\s)?(?:ministries|departments)\sof\s(?:the\s)?finance"),
    Series(MINISTERIAL, "sco_interior_ministers_meeting", "Meeting of Interior Ministers",
           r"(?:interior(?:\sand\spublic\ssecurity)?|home)\sministers|ministers\sof\s(?:the\s)?interior|ministers\sof\s(?:internal|home)"
           r"\saffairs(?:\sand\spublic\ssecurity)?"),  # "Ministers of internal affairs and public security"
    *(_portfolio_ministers(portfolio, more) for portfolio, more in (
        ("economy", ""), ("agriculture", ""), ("energy", ""),
        ("education", ""), ("health", ""),
        ("culture", ""), ("justice", ""), ("science and technology", ""),
        ("tourism", ""), ("industry", ""),
        ("environment", r"ministers\sof\senvironmental\sprotection|heads\sof\s(?:the\s)?ministries\sand\s(?:departments|"
                        r"agencies)\sresponsible\sfor\senvironmental\sprotection"),
        # "the ministers responsible for information and communication technologies", "digital ministers", "the heads
        # of ministries and agencies responsible for ICT development"
        ("digital development", r"ministers\sof\s(?:information|digital)\stechnolog(?:y|ies)|digital\sministers"
                                r"|ICT\sministers|(?:ministers|heads\sof\s(?:the\s)?ministries\sand\s"
                                r"(?:departments|agencies))\sresponsible\sfor\s"
                                r"(?:ICT|information\sand\scommunications?\stechnolog(?:y|ies))"),
        ("labour", r"labor\sministers|ministers\sof\slabor"), ("sports", r"sport\sministers"),
        ("youth affairs", r"youth\sministers"), ("water resources", ""))),
    *(_heads_of(service, bodies, more) for service, bodies, more in (
        ("railway", "administrations", r"railway\schiefs"), ("customs", "services", r"customs\schiefs"),
        # "SCO border chiefs", "heads of the border and frontier control authorities"
        ("border", "services", r"border\s(?:guard\s)?chiefs|heads\sof\s(?:the\s)?(?:border|frontier)"
                               r"(?:\s(?:and|or)\s(?:border|frontier))?(?:\s(?:control|guard|protection))?\s"
                               r"(?:authorities|agencies|services|departments|bodies)"),
        ("audit", "institutions", r"heads\sof\s(?:the\s)?supreme\saudit\s(?:institutions|offices|bodies)"),
        # "heads of the national tourism administrations", "tourism department leaders"
        ("tourism", "administrations",
         r"heads\sof\s(?:the\s)?national\stourism\s(?:administrations|agencies|authorities)"
         r"|tourism\s(?:chiefs|departments?\sleaders)"),
        ("sanitary and epidemiological", "services", r"heads\sof\s(?:the\s)?sanitary\s(?:services|agencies|authorities)"
                                                     r"|sanitary\schiefs|chief\s(?:state\s)?sanitary\sdoctors"),
        # "heads of the competent anti-drug agencies", "drug control chiefs"
        ("drug control", "agencies",
         r"heads\sof\s(?:the\s)?(?:competent\s)?(?:anti-?drug|counter-?narcotics?|narcotics\scontrol)\s"
         r"(?:agencies|services|authorities|bodies|departments)"
         r"|(?:anti-?drug|drug\scontrol|(?:counter|anti)-?narcotics?)\schiefs"
         # "the heads of the competent authorities of the SCO member states responsible for combating illicit drug
         # trafficking"
         r"|heads\sof\s(?:the\s)?competent\s(?:authorities|agencies|bodies)\s(?:of\s(?:the\s)?(?:SCO\s|Shanghai\s"
         r"Cooperation\sOrgani[sz]ation\s(?:\(SCO\)\s)?)?member\sstates\s)?(?:responsible\sfor|in\scharge\sof|dealing\s"
         r"with)\s(?:combating\s|countering\s|fighting\s)?(?:illicit\s|illegal\s)?(?:drugs?|narcotics?)\b"),
        ("plant quarantine", "services",
         r"heads\sof\s(?:the\s)?(?:national\s)?plant\squarantine\s(?:and\sprotection\s)?"
         r"(?:services|agencies|authorities|organi[sz]ations)|plant\squarantine\schiefs"))),
    Series(MINISTERIAL, "sco_parliament_speakers_meeting", "Meeting of Speakers of Parliaments",
           r"speakers\sof\s(?:the\s)?parliaments?|parliament(?:ary)?\sspeakers|(?:heads|chairm[ae]n|chairpersons)\sof\s(?:the\s)?"
           r"(?:parliaments?|legislatures)|top\slegislators"),
    # the councils of the SCO's business bodies: "the Council of the SCO Interbank Consortium held its 16th meeting",
    # "the consortium's council meeting", "A meeting of the Business Council of the SCO was held today"
    Series(MEETING, "sco_interbank_consortium_council_meeting",
           "Meeting of the Council of the SCO Interbank Consortium",
           rf"(?:council|board)\sof\s(?:the\s)?{_IBC}|{_IBC}(?:'s)?\s(?:council|board)"
           r"|consortium's\s(?:council|board)"),
    Series(MEETING, "sco_business_council_meeting", "Meeting of the SCO Business Council",
           r"(?:SCO\s)?business\scouncil"),
    Series(MEETING, "sco_youth_council_meeting", "Meeting of the SCO Youth Council", r"(?:SCO\s)?youth\scouncil"),
    Series(MEETING, "sco_energy_club_meeting", "Meeting of the SCO Energy Club", r"(?:SCO\s)?energy\sclub"),
    Series(MINISTERIAL, "sco_national_coordinators_meeting", "Meeting of the Council of National Coordinators",
           r"(?:council\sof\s(?:the\s)?(?:SCO\s)?)?national\scoordinators"),
    Series(MINISTERIAL, "sco_chiefs_of_general_staff_meeting", "Meeting of Chiefs of General Staff",
           r"chiefs\sof\s(?:the\s)?general\sstaffs?(?:\sof\s(?:the\s)?armed\sforces)?|CsGS"),
    # the council of the SCO's anti-terrorist structure: the heads of the member states' competent authorities
    Series(MINISTERIAL, "sco_rats_council_meeting", "Meeting of the RATS Council",
           r"(?:SCO\s)?RATS\scouncil|(?:SCO\s)?anti-terror(?:ist)?\s(?:structure\s)?council|council\sof\s(?:the\s)?"
           r"(?:SCO\s|Shanghai\sCooperation\sOrgani[sz]ation\s(?:\(SCO\)\s)?)?"
           r"(?:RATS|Regional\sAnti-Terrorist\sStructure(?:\s\(RATS\))?)"),
]
SERIES = [*COUNCIL_SERIES.values(), *MINISTERIAL_SERIES]
SERIES_KINDS = {s.kind for s in SERIES} - {MEETING}  # the councils' and ministers' classes, not a plain Meeting's
SERIES_BY_PREFIX = {s.prefix: s for s in SERIES}
# Words that name a meeting without saying which: they refer to the article's main meeting.
GENERIC_MEETING_WORDS = ("meeting", "meet", "summit", "session", "moot", "event", "conclave", "gathering", "huddle", "conference",
                         "ministerial", "talks")
# The meeting an unnamed "meeting" is, from the title of those who took part in it
MEETING_OF_TITLE = {title: SERIES_BY_PREFIX[prefix] for title, prefix in (
    ("Foreign Minister", "sco_foreign_ministers_council"), ("Defence Minister", "sco_defence_ministers_meeting"),
    ("Secretary of the Security Council", "sco_security_council_secretaries_meeting"),
    ("National Security Adviser", "sco_security_council_secretaries_meeting"),
    ("Prosecutor General", "sco_prosecutors_general_meeting"), ("President", "sco_heads_of_state_council"),
    ("Chief Justice", "sco_supreme_court_presidents_meeting"),
    ("Finance Minister", "sco_finance_ministers_and_central_bank_governors_meeting"),
)} | {  # "Agriculture Minister" -> the meetings of agriculture ministers
    series.label.removeprefix("Meeting of ").removesuffix("s"): series for series in MINISTERIAL_SERIES
    if series.label.startswith("Meeting of ") and series.label.endswith(" Ministers")}

# The titles whose holders a meeting of each series gathers ("Defence Minister" for the defence ministers' meetings);
# not "President": a state may send its prime minister to the heads of state
TITLES_OF_SERIES: dict[str, list[str]] = {}
for _title, _series in MEETING_OF_TITLE.items():
    if _title != "President":
        TITLES_OF_SERIES.setdefault(_series.prefix, []).append(_title)


def gathered_titles(meeting_id: str, kind: str) -> frozenset[str] | list[str]:
    """The titles of those a meeting of an SCO series gathers: its ministers, or the heads of government."""
    if kind == HEADS_OF_GOVERNMENT:
        return HEAD_OF_GOVERNMENT_TITLES
    return TITLES_OF_SERIES.get(re.sub(r"_\d{4}$", "", meeting_id), ())
