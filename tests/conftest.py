"""Shared fixtures. Paths are built from this file, never from the current directory."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/data/expected/*.ttl from the loader.")


# --- loader fixtures -----------------------------------------------------------------
@pytest.fixture(scope="session")
def gazetteer():
    """The reference names the loader links against."""
    from loader.gazetteer import load_gazetteer

    return load_gazetteer(ROOT / "triples" / "reference")


@pytest.fixture(scope="session")
def corpus_trig(tmp_path_factory) -> Path:
    """The corpus built once per test session (with inference and validation), as a TriG file."""
    from loader.build import build

    output = tmp_path_factory.mktemp("corpus") / "sco-kg.trig"
    report = build([ROOT / "documents"], ROOT / "ontology", ROOT / "triples", output)
    assert not report.errors, report.errors
    return output


@pytest.fixture(scope="session")
def corpus_store(corpus_trig):
    """The corpus graph in a pyoxigraph store, as the server sees it."""
    from loader.dataset import load_store

    return load_store(corpus_trig)
