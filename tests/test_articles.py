"""server/articles.py: an article's text cut at the sentences that yield facts."""

from server.articles import Sentence, cut_text


def test_the_text_is_cut_at_each_sentence_and_nothing_is_lost():
    text = "Title\n\nFirst sentence. Second one. Third."
    first, third = Sentence(7, 22), Sentence(35, 41)
    parts = cut_text(text, [first, third])
    assert "".join(part for part, _ in parts) == text
    assert [(part, sentence) for part, sentence in parts if sentence] == [("First sentence.", first), ("Third.", third)]


def test_overlapping_and_outside_sentences_stay_unmarked():
    text = "One. Two. Three."
    parts = cut_text(text, [Sentence(0, 4), Sentence(2, 9), Sentence(10, 99), Sentence(5, 5)])
    assert "".join(part for part, _ in parts) == text
    assert [sentence.anchor for _, sentence in parts if sentence] == ["char=0,4"]
