"""loader.extraction.candidates: rules read the article and propose; only the merge (Article.apply) writes."""

import copy
from datetime import date

import pytest

from loader.extraction.article import Article
from loader.extraction.candidates import Attended, Attributes, Chaired, Context, Convened, Named, Stated
from loader.extraction.extract import RULES, _read
from loader.extraction.meetings import find_meetings
from loader.facts import HEADS_OF_STATE, Meeting
from loader.reading.documents import Document
from loader.reading.sentences import Sentence

TEXT = ("The 24th meeting of the SCO Council of Heads of State was held in Astana on 4 July 2024, chaired by "
        "President Kassym-Jomart Tokayev. Belarus became the tenth member state, and the leaders adopted the Astana "
        "Declaration.")


def _reading(gazetteer):
    article = Article(Document("t", "t.txt", date(2024, 7, 4), "", TEXT), gazetteer)
    sentence = Sentence(TEXT, 0, 0, date(2024, 7, 4))
    article.mentions = {0: find_meetings(TEXT, sentence.reference)}
    return article, _read(article, sentence)


def test_rules_propose_without_writing(gazetteer):
    article, seen = _reading(gazetteer)
    before = copy.deepcopy((article.facts, article.new_entities, article.bilateral, article.handed_over))
    proposed = [candidate for rule in RULES for candidate in rule(article, seen)]
    assert (article.facts, article.new_entities, article.bilateral, article.handed_over) == before
    kinds = {type(candidate) for candidate in proposed}
    assert {Named, Attributes, Chaired, Stated} <= kinds, proposed
    assert Stated("belarus", "memberOf", "sco", TEXT) in proposed


def test_the_merge_writes_what_a_rule_proposes(gazetteer):
    article, seen = _reading(gazetteer)
    for rule in RULES:
        for candidate in rule(article, seen):
            article.apply(candidate)
    meeting = article.facts.meetings["sco_heads_of_state_council_2024"]
    assert (meeting.city, meeting.chair) == ("astana", "kassym_jomart_tokayev")
    assert any(st.subject == "belarus" and st.predicate == "memberOf" for st in article.facts.statements)


def test_attributes_fill_unless_told_to_replace(gazetteer):
    article, _ = _reading(gazetteer)
    article.apply(Convened(Meeting("m", HEADS_OF_STATE, "Summit", date=date(2024, 7, 3))))
    article.apply(Attributes("m", {"date": date(2024, 7, 4), "city": "astana"}))
    assert (article.facts.meetings["m"].date, article.facts.meetings["m"].city) == (date(2024, 7, 3), "astana")
    article.apply(Attributes("m", {"date": date(2024, 7, 4)}, replace=True))
    assert article.facts.meetings["m"].date == date(2024, 7, 4)
    article.apply(Attended("m", None, "belarus", None, "Member", False, TEXT))
    assert [(p.on_behalf_of, p.capacity) for p in article.facts.participations] == [("belarus", "Member")]


def test_context_names_only_what_the_article_keeps(gazetteer):
    article, _ = _reading(gazetteer)
    article.apply(Context({"visit": True}))
    assert article.visit
    with pytest.raises(AttributeError, match="no reading context"):
        article.apply(Context({"vissit": True}))
