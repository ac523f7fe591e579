"""A synthetic corpus for measurement: N articles about invented SCO meetings in four house styles (a wire story
with a dateline, an official read-out with a protocol list, a bulleted digest and a feature), with invented people,
days and years, and the facts each article states, so that a benchmark checks that the build found them.

    .venv/bin/python bench/synthetic.py --articles 1000 --out /tmp/corpus   # writes *.txt and facts.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

# Real states and their real capitals (reference data), invented people: the extractor has to find unknown names
# by their titles, as it must in articles nobody has seen.
STATES = [("China", "Chinese", "Beijing"), ("Russia", "Russian", "Moscow"), ("Kazakhstan", "Kazakh", "Astana"),
          ("Kyrgyzstan", "Kyrgyz", "Bishkek"), ("Tajikistan", "Tajik", "Dushanbe"), ("Uzbekistan", "Uzbek", "Tashkent"),
          ("India", "Indian", "New Delhi"), ("Pakistan", "Pakistani", "Islamabad"), ("Iran", "Iranian", "Tehran")]
GIVEN = ["Arman", "Bilal", "Dilnoza", "Farid", "Gulnara", "Ivan", "Jasur", "Kamila", "Marat", "Nurlan", "Olga",
         "Ravi", "Timur", "Zarina", "Anvar", "Sabina", "Rustam", "Madina", "Oleg", "Vikram"]
# invented family names, from syllables no reference name is made of
FAMILY = [f"{first}{middle}{last}" for first in ("Ka", "Nu", "Ta", "Be", "Sa", "Mu", "Ra", "Zhu", "Ab", "Ul")
          for middle in ("ra", "la", "mi", "sa", "tu", "ke", "da", "no") for last in ("bekov", "zoda", "nov", "yev",
                                                                                    "ova", "jonov", "bayev", "ullin")]
# (council, title, id part, what news calls it, how its ordinal counts from the year, if it does)
COUNCILS = [("Council of Heads of State", "President", "heads_of_state_council", "summit", 2000),
            ("Council of Heads of Government", "Prime Minister", "heads_of_government_council", "meeting", 2001),
            ("Council of Foreign Ministers", "Foreign Minister", "foreign_ministers_council", "meeting", None)]
YEARS = range(2027, 2100)  # years no real meeting has, and that news would write as years
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def nth(number: int) -> str:
    """21 -> 21st, 12 -> 12th."""
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def slug(name: str) -> str:
    return name.lower().replace(" ", "_").replace("-", "_")


class World:
    """The invented meetings the articles report: one per council and year, each with its day, host and one
    delegate per state, a person who holds that title for that state in that decade only (names are unique)."""

    def __init__(self, rng: random.Random):
        self.rng, self.meetings = rng, {}
        names = [f"{given} {family}" for family in FAMILY for given in GIVEN]
        rng.shuffle(names)
        self.names = iter(names)
        self.holders: dict[tuple, str] = {}

    def holder(self, state: str, title: str, year: int) -> str:
        key = (state, title, year // 10)
        if key not in self.holders:
            self.holders[key] = next(self.names)
        return self.holders[key]

    def meeting(self) -> tuple:
        rng = self.rng
        series = rng.choice(COUNCILS)
        year = rng.choice(YEARS)
        if (series[2], year) not in self.meetings:
            host = rng.choice(STATES)
            attending = [host] + rng.sample([s for s in STATES if s != host], rng.randint(3, 6))
            day = date(year, rng.randint(1, 12), rng.randint(1, 28))
            people = [self.holder(state[0], series[1], year) for state in attending]
            self.meetings[series[2], year] = (series, day, attending, people)
        return self.meetings[series[2], year]


def article(number: int, world: World) -> tuple[str, str, dict]:
    """(file name, text, facts) of one article about one of the world's meetings."""
    rng = world.rng
    (council, title, series, noun, counted), day, attending, people = world.meeting()
    host, chair = attending[0], people[0]
    numbered = f"{nth(day.year - counted)} meeting" if counted else "meeting"
    when = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    published = day + timedelta(days=rng.choice([0, 1]))
    style = number % 4
    if style == 0:  # a wire story with a dateline
        lines = [f"SCO {council} meets in {host[2]}", "",
                 f"{host[2].upper()}, {MONTHS[day.month - 1][:3]}. {day.day} -- The {numbered} of the SCO "
                 f"{council} was held here on {when}, chaired by {host[1]} {title} {chair}."]
        lines += [f"{demonym} {title} {person} attended the {noun}." for (_, demonym, _), person
                  in zip(attending[1:], people[1:])]
    elif style == 1:  # an official read-out with a protocol list
        lines = [f"Joint communique of the {numbered} of the {council} of the SCO member states", "",
                 f"{host[2]}, {when}", "",
                 f"On {when}, {host[2]} hosted the {numbered} of the {council} of the member states of "
                 "the Shanghai Cooperation Organisation.", "",
                 "The meeting was attended by: " + ", ".join(f"{title} of {state} {person}" for (state, _, _), person
                                                             in zip(attending, people)) + ".", "",
                 f"The meeting was chaired by {title} of {host[0]} {chair}."]
    elif style == 2:  # a bulleted digest
        lines = [f"SCO digest: the {council} in {host[2]}", "",
                 f"The {numbered} of the SCO {council} took place in {host[2]} on {when}.", "Who took part:"]
        lines += [f"- {state}: {title} {person}" for (state, _, _), person in zip(attending, people)]
        lines += ["", f"{host[1]} {title} {chair} chaired the {noun}."]
    else:  # a feature
        lines = [f"What the {host[2]} {noun} of the SCO settled", "",
                 f"When the leaders gathered in {host[2]} on {when} for the {numbered} of the SCO "
                 f"{council}, the host, {host[1]} {title} {chair}, chaired the session.",
                 " ".join(f"{demonym} {title} {person} also took part in the {noun}."
                          for (_, demonym, _), person in zip(attending[1:], people[1:]))]
    facts = {"meeting": f"sco_{series}_{day.year}", "date": day.isoformat(), "chair": slug(chair),
             "participants": sorted((slug(person), slug(state)) for (state, _, _), person in zip(attending, people))}
    name = f"{published.isoformat()}_synthetic-{number:06d}.txt"
    return name, "\n".join(lines) + "\n", facts


def write_corpus(folder: Path, count: int, seed: int = 11) -> list[dict]:
    """Write count articles into folder; the facts of each, with its file name."""
    folder.mkdir(parents=True, exist_ok=True)
    world, facts = World(random.Random(seed)), []
    for number in range(count):
        name, text, stated = article(number, world)
        (folder / name).write_text(text, encoding="utf-8")
        facts.append({"file": name, **stated})
    return facts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    facts = write_corpus(args.out, args.articles, args.seed)
    with open(args.out / "facts.jsonl", "w", encoding="utf-8") as out:
        out.writelines(json.dumps(entry) + "\n" for entry in facts)
    print(f"wrote {len(facts)} articles and facts.jsonl to {args.out}")


if __name__ == "__main__":
    main()
