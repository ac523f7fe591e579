"""server.cli and the README: the commands users are told about exist and behave as documented."""

import re
from pathlib import Path

from click.testing import CliRunner

from server.cli import main
from server.config import SETTINGS

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_every_setting_is_in_the_readme():
    for setting in SETTINGS:
        assert f"`{setting.name}`" in README, setting.name


def test_every_command_is_in_the_readme():
    for name in main.commands:
        assert f"`sco-kg {name}" in README, name


def test_ci_runs_the_readme_test_command():
    command = re.search(r"\*\*Test\*\*.*?\n\n {4}(\S[^\n]+)", README, re.S)[1].strip()
    assert command in (ROOT / ".ci" / "run").read_text()


def test_query_prints_a_table(corpus_trig):
    query = "PREFIX sco: <https://w3id.org/sco-kg/ontology#> SELECT ?m WHERE { ?m sco:ordinal 22 }"
    result = CliRunner().invoke(main, ["query", query, "--triples-dir", str(corpus_trig.parent)])
    assert result.exit_code == 0, result.output
    assert "sco_heads_of_government_council_2023" in result.output


def test_query_syntax_error_names_line_and_column(corpus_trig):
    result = CliRunner().invoke(main, ["query", "SELECT * WHERE {\n  ?s ?p ", "--triples-dir", str(corpus_trig.parent)])
    assert result.exit_code == 1
    assert re.search(r"Error: 2:\d+", result.output), result.output


def test_explain_an_inferred_triple(corpus_trig):
    result = CliRunner().invoke(main, ["explain", "res:li_qiang", "sco:participatedIn",
                                       "res:sco_heads_of_government_council_2023", "--trig", str(corpus_trig)])
    assert result.exit_code == 0, result.output
    assert "prp-inv" in result.output and "2023-10-27_bishkek-heads-of-government_xinhua" in result.output


def test_explain_a_triple_that_does_not_hold(corpus_trig):
    result = CliRunner().invoke(main, ["explain", "res:li_qiang", "sco:participatedIn", "res:sco_heads_of_state_council_2021",
                                       "--trig", str(corpus_trig)])
    assert result.exit_code == 1


def test_validate_the_corpus(corpus_trig):
    result = CliRunner().invoke(main, ["validate", "--trig", str(corpus_trig)])
    assert result.exit_code == 0, result.output


def test_evaluate_prints_scores():
    result = CliRunner().invoke(main, ["evaluate"])
    assert result.exit_code == 0, result.output
    overall = re.search(r"^overall\s+\d+\s+\d+\s+\d+\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", result.output, re.M)
    assert overall and float(overall[3]) >= 0.95


def test_evaluate_prints_a_score_per_article():
    result = CliRunner().invoke(main, ["evaluate"])
    stems = sorted(p.stem for p in (ROOT / "tests" / "gold").glob("*.tsv"))
    table = result.output.split("\narticle")[1]
    assert [line.split()[0] for line in table.splitlines()[2:] if line.strip()] == stems


def test_evaluate_refuses_to_score_nothing(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "another-article.tsv").write_text("entity\tchina\tState\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold")])
    assert result.exit_code == 1
    assert "no gold file" in result.output and "overall" not in result.output


def test_evaluate_names_an_article_extraction_fails_on_and_scores_the_others(tmp_path, monkeypatch):
    import loader.evaluate

    documents, gold = tmp_path / "documents", tmp_path / "gold"
    documents.mkdir(), gold.mkdir()
    for stem in ("2023-07-04_breaks", "2023-07-04_loads"):
        (documents / f"{stem}.txt").write_text("SCO summit\n\nChina took part.\n", encoding="utf-8")
        (gold / f"{stem}.tsv").write_text("entity\tchina\tState\n", encoding="utf-8")
    real = loader.evaluate.extract_facts

    def extract_facts(document, gazetteer):
        if document.id.endswith("breaks"):
            raise TypeError("a bug")
        return real(document, gazetteer)

    monkeypatch.setattr(loader.evaluate, "extract_facts", extract_facts)
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), "--documents", str(documents)])
    assert result.exit_code == 0, result.output
    assert "extraction failed on 2023-07-04_breaks (scored as finding nothing): TypeError: a bug" in result.output
    rows = {line.split()[0]: line.split()[1:4] for line in result.output.split("\narticle")[1].splitlines()[2:] if line}
    assert rows["2023-07-04_breaks"] == ["0", "0", "1"] and rows["2023-07-04_loads"][0] == "1"
