"""loader/cache.py through loader.build: unchanged articles come from the cache, and the graph is the same."""

from __future__ import annotations

import shutil

import pytest

from conftest import DATA, ROOT
from loader.build import CACHE_NAME, build


@pytest.fixture
def workspace(tmp_path):
    """A copy of tests/data/documents and of the reference data, to build in."""
    documents, triples = tmp_path / "documents", tmp_path / "triples"
    shutil.copytree(DATA / "documents", documents)
    shutil.copytree(ROOT / "triples" / "reference", triples / "reference")
    shutil.copyfile(ROOT / "triples" / "links.ttl", triples / "links.ttl")
    return documents, triples


def run(workspace, name: str, **options):
    documents, triples = workspace
    output = triples.parent / name
    report = build([documents], ROOT / "ontology", triples, output, infer=False, validate=False, **options)
    return report, output.read_bytes()


def test_a_second_build_extracts_nothing_and_writes_the_same_graph(workspace):
    first, graph = run(workspace, "a.trig")
    assert first.cached == 0 and first.articles
    second, again = run(workspace, "b.trig")
    assert second.cached == len(second.articles) == len(first.articles) and again == graph
    assert second.warnings == first.warnings


def test_a_changed_article_alone_is_extracted_again(workspace):
    documents, _ = workspace
    run(workspace, "a.trig")
    article = sorted(documents.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nKazakh President Kassym-Jomart Tokayev attended.\n",
                       encoding="utf-8")
    report, graph = run(workspace, "b.trig")
    assert report.cached == len(report.articles) - 1
    _, fresh = run(workspace, "c.trig", use_cache=False)
    assert graph == fresh


def test_a_damaged_entry_is_extracted_again(workspace):
    _, triples = workspace
    _, graph = run(workspace, "a.trig")
    entry = next((triples / CACHE_NAME).rglob("*.nt"))
    entry.write_text("<broken", encoding="utf-8")
    report, again = run(workspace, "b.trig")
    assert report.cached == len(report.articles) - 1 and again == graph


def test_entries_of_other_code_are_removed_and_an_unwritable_cache_costs_nothing(workspace):
    _, triples = workspace
    stale = triples / CACHE_NAME / "0000000000000000"
    stale.mkdir(parents=True)
    _, graph = run(workspace, "a.trig")
    assert not stale.exists()
    shutil.rmtree(triples / CACHE_NAME)
    (triples / CACHE_NAME).write_text("not a folder", encoding="utf-8")
    report, again = run(workspace, "b.trig")
    assert report.cached == 0 and again == graph
