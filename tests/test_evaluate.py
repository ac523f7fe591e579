"""loader/evaluate.py: how extracted facts are compared with a gold file."""

from loader.evaluate import entailed_as_in_gold


def test_an_intergovernmental_organization_is_the_organization_the_gold_states():
    gold = {("entity", "commonwealth_of_independent_states", "Organization")}
    predicted = {("entity", "commonwealth_of_independent_states", "IntergovernmentalOrganization")}
    assert entailed_as_in_gold(predicted, gold) == gold


def test_a_class_the_extracted_one_does_not_entail_stays_a_miss():
    gold = {("entity", "sco", "IntergovernmentalOrganization"), ("entity", "khovar", "State")}
    predicted = {("entity", "sco", "Organization"), ("entity", "khovar", "Organization")}
    assert entailed_as_in_gold(predicted, gold) == predicted
