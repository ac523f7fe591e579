"""Spelling variants of known people's names: initials ("A.A. Surname", "Sh. Mirziyoyev"), reversed order,
transliterations and misspellings ("Mirziyoev", "Zhaparov", "Tokaev"), matched with rapidfuzz.

Strict on purpose: a wrong merge is worse than a miss. A variant matches a reference name only when its
family name is close, its initials agree with the given names, and no other person matches as well."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

INITIAL = re.compile(r"^(?:[A-Z][a-z]?\.?|[A-Z]{1,2})$")
SURNAME_MIN = 84  # rapidfuzz ratio of the family names: "Mirziyoev"/"Mirziyoyev" 95, "Zhaparov"/"Japarov" 87
GIVEN_MIN = 80    # of a written-out given name: "Kasym-Zhomart"/"Kassym-Jomart" 83
WHOLE_MIN = 88    # of the whole name, word order ignored, when no word is an initial
SURNAME_WITH_GIVEN_MIN = 80  # of the family names when the given name is written exactly: "Emomali Rehmon"
EXTRA_WORD_MIN = 92  # of each reference word, when the written name has one word more
INITIALS_SURNAME_MIN = 90  # of the family names, when the given names are initials, unless they transliterate alike
# Spellings of one Cyrillic sound in Latin letters: "Zhaparov"/"Japarov", "Rakhmon"/"Rahmon", "Mirziyoev"/"Mirziyoyev"
TRANSLITERATIONS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("yo", "o"), ("ye", "e"), ("ya", "a"), ("yu", "u"), ("iy", "i"),
                    ("ou", "u"))


def _transliterated(name: str) -> str:
    """A name with each sound spelt one way and no letter doubled."""
    key = name.lower()
    for written, sound in TRANSLITERATIONS:
        key = key.replace(written, sound)
    return re.sub(r"(.)\1", r"\1", key)


def _words(name: str) -> list[str]:
    """Words of a name, initials kept apart and an Indian honorific "-ji" dropped: "A.A. Japarov" -> ["A.", "A.",
    "Japarov"], "Modiji" -> "Modi"."""
    return [without_honorific(word) for word in re.findall(r"[A-Z][a-z]?\.|[A-Za-z][A-Za-z'-]*", name)]


def without_honorific(word: str) -> str:
    """A name without the Indian honorific "-ji" run into it: "Modiji" -> "Modi"."""
    return word[:-2] if len(word) > 5 and word.endswith("ji") else word


def _is_initial(word: str) -> bool:
    return bool(INITIAL.match(word)) and (word.endswith(".") or len(word) <= 2)


def _score(variant: list[str], reference: list[str], family_first: frozenset[str] = frozenset()) -> float:
    """How well a written name fits a reference name (0 when it does not); `family_first`: the first words of names
    written family name first, whose match says nothing of the given name ("Zhang Xinsheng" is not "Zhang Xinfeng")."""
    initials = [w.rstrip(".") for w in variant if _is_initial(w)]
    full = [w for w in variant if not _is_initial(w)]
    if not full:
        return 0.0
    if initials and len(full) >= 2 and fuzz.token_sort_ratio(" ".join(full).lower(), " ".join(reference).lower()) >= WHOLE_MIN:
        initials = []  # "M Venkaiah Naidu": the written-out names decide
    if not initials:
        if len(full) < 2:
            return 0.0
        written, known = " ".join(full).lower(), " ".join(reference).lower()
        # word order ignored ("Tokaev Kassym-Jomart"), or kept: sorting "Ermekbaev Nurlan" but "Nurlan Yermekbayev"
        # would put the same words in another order
        whole = max(fuzz.token_sort_ratio(written, known), fuzz.ratio(written, known))
        surname = max(fuzz.ratio(full[-1].lower(), reference[-1].lower()), fuzz.ratio(full[0].lower(), reference[-1].lower()))
        given_exact = len(full) == len(reference) and full[0].lower() == reference[0].lower() and reference[0] not in family_first
        if whole >= WHOLE_MIN and (surname >= SURNAME_MIN or given_exact and surname >= SURNAME_WITH_GIVEN_MIN):
            return whole
        # one extra word, a title or honorific ("Seyed Abbas Araghchi"): every reference word is there, nearly as is
        if len(full) == len(reference) + 1 and len(reference) >= 2 and all(
                max(fuzz.ratio(word.lower(), other.lower()) for other in full) >= EXTRA_WORD_MIN for word in reference):
            return float(EXTRA_WORD_MIN)
        return 0.0
    # Initials: the family name is the written-out word, and the reference's last; each initial starts one of the
    # other names, in order ("A. Abdullah" is no "Abdulla Aripov": his given name is not a family name)
    family = reference[-1]
    surname = fuzz.ratio(full[-1].lower(), family.lower())
    if surname < SURNAME_MIN or len(full) > 2:
        return 0.0
    if surname < INITIALS_SURNAME_MIN and _transliterated(full[-1]) != _transliterated(family):
        return 0.0  # "A. Kamalov" is not "Abdulaziz Kamilov": with initials only, a family name differs by spelling alone
    given = [word for word in reference if word is not family]
    given_parts = [part for word in given for part in word.split("-")]
    if not given_parts or not (given_parts[0].lower().startswith(initials[0].lower())
                               or _transliterated(given_parts[0]).startswith(_transliterated(initials[0]))):
        return 0.0  # the first initial is the first given name's ("Yu.R. Gilani": Yousaf); more ("M.V.") may be a patronymic
    if len(full) == 2 and max(fuzz.ratio(full[0].lower(), g.lower()) for g in given or [""]) < GIVEN_MIN:
        return 0.0
    return surname


class People:
    """The reference names of people, split into words once, with an index from each word to its people."""

    def __init__(self, names: dict[str, list[str]], family_first: frozenset[str] = frozenset()):
        self.names = {person: [_words(name) for name in forms] for person, forms in names.items()}
        self.family_first = family_first
        by_word: dict[str, set[str]] = {}
        for person, forms in self.names.items():
            for words in forms:
                for word in words:
                    if not _is_initial(word):
                        by_word.setdefault(word.lower(), set()).add(person)
        self.by_word = by_word
        self.words = sorted(by_word)

    def candidates(self, variant: list[str]) -> set[str]:
        """People one of whose words is close to a written-out word of the variant: every fit needs one."""
        found: set[str] = set()
        for word in variant:
            if not _is_initial(word):
                for match, _, _ in process.extract(word.lower(), self.words, scorer=fuzz.ratio,
                                                   score_cutoff=SURNAME_MIN, limit=None):
                    found |= self.by_word[match]
        return found


def best_match(name: str, people: People) -> str | None:
    """The one person (id) whose reference names fit `name`, or None when none or several fit; a name that fits no
    one as written is tried again as a scanned page misreads "m" ("Jiang Zernin", "Karirnov")."""
    found = _best_match(name, people)
    if found is None and "rn" in name:
        found = _best_match(name.replace("rn", "m"), people)
    return found


def _best_match(name: str, people: People) -> str | None:
    variant = _words(name)
    scores: dict[str, float] = {}
    for person in sorted(people.candidates(variant)):
        best = max((_score(variant, reference, people.family_first) for reference in people.names[person]), default=0.0)
        if best:
            scores[person] = best
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 3:
        return None  # two people fit about as well: leave it
    return ranked[0][0]
