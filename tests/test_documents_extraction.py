"""loader.extraction.rules.documents: documents named and adopted, as pure proposals."""

from loader.extraction.rules.documents import document_facts


def test_declaration_and_named_strategy_adopted(gazetteer):
    found = document_facts("The leaders signed the Ufa Declaration and approved the SCO Development Strategy until 2025.",
                           "sco_heads_of_state_council_2015", [], gazetteer)
    assert ("sco_heads_of_state_council_2015", "adopted", "sco_heads_of_state_council_2015_declaration") in found.facts
    assert ("sco_heads_of_state_council_2015", "adopted", "sco_development_strategy_until_2025") in found.facts


def test_passive_communique(gazetteer):
    found = document_facts("A Joint Communique was adopted following the meeting.", "m", [], gazetteer)
    assert found.facts == [("m", "adopted", "m_joint_communique")]


def test_plans_adopt_nothing(gazetteer):
    found = document_facts("The summit is expected to adopt the Tianjin Declaration.", "m", [], gazetteer)
    assert found.facts == []


def test_documents_not_adopted(gazetteer):
    for text in ("India refused to sign the joint statement.", "No joint communique was adopted at the meeting.",
                 "The ministers failed to agree on a joint statement."):
        assert document_facts(text, "m", [], gazetteer).facts == [], text


def test_signing_two_documents_joined_by_and(gazetteer):
    found = document_facts("The leaders closed the summit by signing the Yekaterinburg Declaration and the SCO Convention "
                           "against Terrorism, the Kremlin said.", "m", [], gazetteer)
    assert set(found.facts) == {("m", "adopted", "m_declaration"), ("m", "adopted", "sco_convention_against_terrorism")}


def test_a_statement_of_the_council_was_adopted_but_one_issued_by_a_ministry_was_not(gazetteer):
    assert document_facts("A statement of the Heads of State Council was adopted as well.", "m", [], gazetteer).facts \
        == [("m", "adopted", "m_statement")]
    assert document_facts("They agreed, according to a statement issued by the foreign ministry.", "m", [],
                          gazetteer).facts == []


def test_a_package_of_documents_lists_what_was_signed(gazetteer):
    found = document_facts("The heads of state signed a package of documents, among them: the Tashkent Declaration on "
                           "the 15th anniversary of the SCO; the action plan for 2016-2020.", "m", [], gazetteer)
    assert found.facts == [("m", "adopted", "m_declaration")]


def test_named_documents_in_a_list_of_those_signed_and_council_statements(gazetteer):
    found = document_facts("The heads of state also signed 25 documents, including: the SCO Anti-Drug Strategy for "
                           "2024-2029; the Programme of Cooperation in Countering Terrorism, Separatism and Extremism "
                           "for 2025-2027.", "m", [], gazetteer)
    assert set(found.facts) == {("m", "adopted", "sco_anti_drug_strategy_for_2024_2029"), (
        "m", "adopted", "programme_of_cooperation_in_countering_terrorism_separatism_and_extremism_for_2025_2027")}
    assert len(found.named) == 2  # the programme once, with its years
    assert document_facts("Statements of the Council on good-neighbourliness and on waste management were adopted.",
                          "m", [], gazetteer).facts == [("m", "adopted", "m_statement")]
    assert document_facts("Following the meeting, the Astana Declaration of the Council of Heads of State was signed.",
                          "m", [], gazetteer).facts == [("m", "adopted", "m_declaration")]


def test_a_declaration_signed_by_the_leaders_in_an_apposition(gazetteer):
    assert document_facts("The Qingdao Declaration, signed by all eight leaders at the end of the summit, names China.",
                          "m", [], gazetteer).facts == [("m", "adopted", "m_declaration")]


def test_a_named_treaty_ends_before_the_declaration_listed_after_it(gazetteer):
    found = document_facts("The leaders signed the Treaty on Long-Term Good-Neighbourliness, Friendship and "
                           "Cooperation and the Bishkek Declaration.", "sco_heads_of_state_council_2007", [], gazetteer)
    assert ("sco_heads_of_state_council_2007", "adopted",
            "treaty_on_long_term_good_neighbourliness_friendship_and_cooperation") in found.facts, found.facts
    assert ("sco_heads_of_state_council_2007", "adopted", "sco_heads_of_state_council_2007_declaration") in found.facts
