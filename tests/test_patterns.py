"""loader.patterns: a gate may skip a text only when the pattern could not match it."""

import re
from pathlib import Path

import pytest

from loader.extraction import extract  # noqa: F401 - imports every module that defines gated patterns
from loader.reading.documents import read_documents, find_documents
from loader.patterns import ANCHORED, GATED, Anchored, Gated, trie_pattern
from loader.reading.sentences import sentences

TESTS = Path(__file__).parent
FOLDERS = [TESTS.parent / "documents", TESTS / "data" / "documents", TESTS / "heldout" / "documents",
           TESTS / "dev" / "documents", TESTS / "realistic" / "dev" / "documents"]


@pytest.fixture(scope="module")
def all_sentences() -> list[str]:
    documents, errors = read_documents(find_documents(FOLDERS))
    assert documents and not errors
    return [s.text for d in documents for s in sentences(d)]


def test_the_gated_patterns_are_registered():
    assert len(GATED) >= 20


@pytest.mark.parametrize("gated", GATED, ids=lambda g: g.pattern[:30])
def test_every_match_holds_a_gate_word(gated: Gated, all_sentences):
    """Each match in the articles contains one of the gate words, so the gate never hides a match."""
    for text in all_sentences:
        for match in gated.regex.finditer(text):
            assert gated.may_match(match.group(0)), f"{match.group(0)!r} has none of {gated.words}"
        assert (gated.search(text) is None) == (gated.regex.search(text) is None)


@pytest.mark.parametrize("gated", [g for g in GATED if g.word_start], ids=lambda g: g.pattern[:30])
def test_a_pattern_said_to_start_a_word_finds_what_it_finds_without_the_guard(gated: Gated, all_sentences):
    """(?=\\w) before a pattern whose matches start with a word character changes none of its matches."""
    unguarded = re.compile(gated.pattern, gated.regex.flags)
    for text in all_sentences + [text.upper() for text in all_sentences[:2000]]:
        assert [m.span() for m in gated.regex.finditer(text)] == [m.span() for m in unguarded.finditer(text)], text


def test_a_guarded_pattern_keeps_its_lookbehind():
    guarded = Gated(r"(?<=\bat\s)a\smeeting|\bthe\ssummit", re.I, words=("meeting", "summit"), word_start=True)
    assert [m.group(0) for m in guarded.finditer("At the summit, they met at a meeting.")] == ["the summit", "a meeting"]
    assert guarded.search("held a meeting") is None


def test_most_gated_patterns_fire_in_the_articles(all_sentences):
    """The check above means something only for patterns that match somewhere."""
    firing = [g for g in GATED if any(g.regex.search(text) for text in all_sentences)]
    assert len(firing) >= 0.8 * len(GATED)


def test_gate_skips_texts_without_the_words_and_ignores_case_like_the_pattern():
    gated = Gated(r"\bheld\sin\s(?P<place>[A-Z][a-z]+)", words=("held",))
    assert gated.search("The meeting was held in Astana")["place"] == "Astana"
    assert gated.search("The meeting took place in Astana") is None
    assert list(gated.finditer("nothing here")) == []
    folded = Gated(r"on\sthe\ssidelines", re.I, words=("SIDELINES",))
    assert folded.search("On The Sidelines of the summit")


def test_the_title_gate_lets_every_title_through():
    from loader.extraction.mentions import TITLES, titled

    for title in TITLES:
        assert titled(title), title
        assert titled(f"The Kyrgyz {title.title()} said"), title
    assert not titled("The leaders met in Astana on Tuesday.")


def test_trie_pattern_matches_the_words_longest_first():
    words = ["minister", "minister of foreign affairs", "prime minister", "premier", "president", "vice president"]
    trie = re.compile(trie_pattern(words))
    for word in words:
        assert trie.fullmatch(word), word
    for other in ["minister of", "prem", "presidents", "", "vice"]:
        assert not trie.fullmatch(other), other
    assert trie.match("minister of foreign affairs Wang Yi").group() == "minister of foreign affairs"
    assert trie.match("minister of state").group() == "minister"
    longest_first = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    text = "the prime minister met the vice president and the minister of foreign affairs; premier Li"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in longest_first.finditer(text)]


@pytest.mark.parametrize("anchored", ANCHORED, ids=lambda a: a.pattern[:30])
def test_an_anchored_pattern_finds_what_the_full_scan_finds(anchored: Anchored, all_sentences):
    """Tried only where its anchor matches, the pattern finds every match a scan of every position finds, in the
    articles as written and in capitals (titles in the text's own case or not)."""
    for text in all_sentences + [text.upper() for text in all_sentences[:2000]]:
        assert [m.span() for m in anchored.finditer(text)] == [m.span() for m in anchored.regex.finditer(text)], text


def test_an_anchored_pattern_keeps_its_lookbehind_and_leftmost_matches():
    anchored = Anchored(r"(?<![\w-])(?i:minister|deputy\sminister)\s[A-Z][a-z]+", r"(?<![\w-])(?i:minister|deputy)")
    assert [m.group(0) for m in anchored.finditer("Deputy Minister Ivanov met Minister Petrov")] == \
        ["Deputy Minister Ivanov", "Minister Petrov"]
    assert anchored.search("co-minister Ivanov") is None
