"""The `sco-kg` command: build, serve, query, explain, validate, evaluate."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path

import click
from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent


def _default(name: str, relative: str) -> Path:
    return Path(os.environ.get(f"SCO_KG_{name}", ROOT / relative))


def _generated_at() -> datetime | None:
    """Build time for provenance: SOURCE_DATE_EPOCH when set (reproducible builds), else none recorded."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    return datetime.fromtimestamp(int(epoch), tz=timezone.utc) if epoch else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """sco-kg: a knowledge graph of SCO meetings, built from news articles and served over SPARQL."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--ontology-dir", type=click.Path(path_type=Path), default=lambda: _default("ONTOLOGY_DIR", "ontology"),
              show_default="ontology/", help="Directory holding sco.ttl.")
@click.option("--triples-dir", type=click.Path(path_type=Path), default=lambda: _default("TRIPLES_DIR", "triples"),
              show_default="triples/", help="Directory holding reference/ and links.ttl; the output goes here.")
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Output TriG file [default: TRIPLES_DIR/sco-kg.trig].")
@click.option("--no-infer", is_flag=True, help="Skip OWL 2 RL inference (no kgg:inferred graph).")
@click.option("--no-validate", is_flag=True, help="Skip the SHACL and consistency check.")
@click.option("--engine", type=click.Choice(["owlrl", "fast"]), default="owlrl", show_default=True,
              help="OWL 2 RL engine: owlrl (reference) or sco-kg's faster forward chainer.")
def build(paths, ontology_dir, triples_dir, output, no_infer, no_validate, engine) -> None:
    """Build triples/sco-kg.trig from the articles in PATHS (default: documents/)."""
    from loader.build import BuildError, build as run_build

    paths = list(paths) or [_default("DOCUMENTS_DIR", "documents")]
    try:
        report = run_build(paths, ontology_dir, triples_dir, output, infer=not no_infer,
                           validate=not no_validate, generated=_generated_at(), engine=engine)
    except BuildError as err:
        raise click.ClickException(str(err)) from err
    click.echo(f"Read {len(report.articles)} article(s); wrote {report.output}")
    click.echo(tabulate(sorted(report.triples.items()), headers=["graph", "triples"]))
    click.echo(tabulate(sorted(report.entities.items()), headers=["class", "entities"]))
    click.echo(tabulate([(k, f"{v:.2f}") for k, v in report.seconds.items()], headers=["phase", "seconds"]))
    for error in report.errors:
        click.echo(f"Error: {error}", err=True)
    if report.errors:
        sys.exit(1)
